import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../src/data/read/readExportStream';

/** A file on disk as the worker's reader sees a File: sized, read in byte ranges. */
export function fileSource(file: string): ByteSource & { close(): void } {
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  return {
    size,
    async read(start, end) {
      const buffer = Buffer.allocUnsafe(end - start);
      let done = 0;
      while (done < buffer.length) {
        const n = readSync(fd, buffer, done, buffer.length - done, start + done);
        if (n === 0) break;
        done += n;
      }
      return buffer.subarray(0, done);
    },
    close: () => closeSync(fd),
  };
}
