import type { Issue } from '../schema/types';

/**
 * Recognises, from the first bytes, text in an encoding the reader cannot take as an export:
 * UTF-32 (with or without a byte-order mark) and UTF-16 saved without one. Without this check
 * their NUL bytes make the file look binary, which would send the person looking for the wrong
 * mistake; the message says what the file is and how to save it instead. Returns null for
 * anything else (UTF-8, windows-1252 and UTF-16 with a BOM are read; empty and binary files are
 * refused by decodeExportBytes with their own messages).
 */
export function describeEncodingProblem(head: Uint8Array, file: string): Issue | null {
  const n = head.length;
  if (n < 4) return null;
  const resave =
    'save it again as "CSV UTF-8" (or download it from the portal again) and import that copy';
  if (
    (head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) ||
    (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff)
  ) {
    return problem(
      file,
      `${file}: the text is encoded as UTF-32, which the reader does not take; ${resave}`,
    );
  }
  // UTF-16 with a byte-order mark is read (decodeExportBytes).
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
  // Text in UTF-16/32 without a BOM: mostly ASCII, so one byte of every 2 (or 3 of every 4) is NUL.
  const at = [0, 1, 2, 3].map((phase) => zerosAt(head, 4, phase)) as [
    number,
    number,
    number,
    number,
  ];
  const le32 = at[1] > 0.9 && at[2] > 0.9 && at[3] > 0.9 && at[0] < 0.1;
  const be32 = at[0] > 0.9 && at[1] > 0.9 && at[2] > 0.9 && at[3] < 0.1;
  if (le32 || be32) {
    return problem(
      file,
      `${file}: the text looks like UTF-32 without a byte-order mark, which the reader does not take; ${resave}`,
    );
  }
  const even = zerosAt(head, 2, 0);
  const odd = zerosAt(head, 2, 1);
  if ((odd > 0.9 && even < 0.1) || (even > 0.9 && odd < 0.1)) {
    const order = odd > 0.9 ? 'little-endian' : 'big-endian';
    return problem(
      file,
      `${file}: the text looks like UTF-16 (${order}) without a byte-order mark, so its encoding cannot be known for sure; ${resave}`,
    );
  }
  return null;
}

/** Share of the bytes at positions ≡ phase (mod step) that are NUL. */
function zerosAt(head: Uint8Array, step: number, phase: number): number {
  let zeros = 0;
  let total = 0;
  for (let i = phase; i < head.length; i += step) {
    total += 1;
    if (head[i] === 0) zeros += 1;
  }
  return total === 0 ? 0 : zeros / total;
}

function problem(file: string, message: string): Issue {
  return { file, row: null, field: null, severity: 'error', code: 'wrong-encoding', message };
}
