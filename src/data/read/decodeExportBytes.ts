import type { Issue } from '../schema/types';

export type DecodeResult =
  { ok: true; text: string; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Turns the bytes of an uploaded or bundled export into text. Runs in the browser and in Node
 * (only TextDecoder, which both have).
 *
 * The portal writes UTF-8, but one reference copy went through MySQL and is not valid UTF-8;
 * it is read as windows-1252 instead, so its names, dates and counts (all ASCII) survive and
 * the reader can repair the punctuation. Binary files (an .xls/.xlsx/.zip picked by mistake)
 * are refused here so they never reach the CSV parser as garbage rows.
 */
export function decodeExportBytes(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length === 0)
    return { ok: false, issues: [fileError(file, 'empty-file', `${file}: empty file`)] };

  // Excel's "Unicode text" saves UTF-16 with a BOM; its NUL bytes are not a sign of binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), issues: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), issues: [] };

  if (looksBinary(bytes.subarray(0, 1024))) {
    return {
      ok: false,
      issues: [fileError(file, 'binary-file', `${file}: binary, not a CSV export`)],
    };
  }

  try {
    // TextDecoder drops a leading BOM by default; fatal makes invalid UTF-8 throw instead of
    // silently turning into U+FFFD.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: stripBom(text), issues: [] };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: true,
      text: stripBom(decodeWindows1252(bytes)),
      issues: [
        {
          file,
          row: null,
          field: null,
          severity: 'warning',
          code: 'invalid-utf8',
          message: `${file}: not valid UTF-8 (first bad byte at offset ${offset}); read as windows-1252, so non-ASCII characters may be wrong`,
        },
      ],
    };
  }
}

/** NUL never occurs in text; other control characters (except tab, CR, LF, FF) only rarely. */
export function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f)
      control += 1;
  }
  return head.length > 0 && control / head.length > 0.1;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Bytes 0x80–0x9F of windows-1252 (the five undefined ones map to the C1 control, as the
// WHATWG decoder does). Decoded by hand rather than with TextDecoder('windows-1252') because
// Node's TextDecoder decodes that label as plain Latin-1 (0x83 → U+0083, not ƒ), unlike
// browsers; the repair rules must see the same characters in both.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  // The native latin1 decoder is fast; Node's leaves 0x80–0x9F as C1 controls where a browser
  // gives windows-1252 punctuation, so map that range by hand to get the same text in both.
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Byte offset of the first byte that breaks UTF-8, for the warning message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) {
      const c = bytes[i + k];
      // The second byte of E0/ED/F0/F4 has a narrower range (no overlongs, surrogates, > U+10FFFF).
      const low = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
      const high = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c === undefined || c < low || c > high) return i;
    }
    i += length;
  }
  return i;
}

function fileError(file: string, code: string, message: string): Issue {
  return { file, row: null, field: null, severity: 'error', code, message };
}
