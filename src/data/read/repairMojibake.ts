/**
 * Repairs the garbled punctuation that re-saved copies of the portal export carry, so names
 * read as the portal wrote them. Every rule below comes from a pattern seen in a real copy;
 * PROVENANCE.md of the hhs-ocr reference data lists them.
 *
 * Two of the families are lossy: the tool that produced them replaced the last byte(s) of a
 * UTF-8 sequence with `?`, so ’ “ – ‘ all collapse to the same garbage. Those are resolved from
 * the surrounding characters (see `guessLostPunctuation`), which reproduces the original for
 * every name in the reference data except `Hawai‘i` (an ʻokina, which comes out as ’).
 */
export function repairMojibake(text: string): { text: string; repaired: boolean } {
  // Every rule below needs a character outside printable ASCII or a `??`: most cells have neither.
  if (!/[^\x20-\x7e]|\?\?/.test(text)) return { text, repaired: false };
  let out = text;

  // ” — kaycaitt archive (read as windows-1252: bytes 83 3F 9D) and kaycaitt investigation
  // (double-encoded UTF-8 followed by the same `???` loss). Must run before the ambiguous
  // rule so the opening-quote guess can see the closing quote.
  out = out.replace(/ƒ\?\u009d|â€™\?\?\?Â\u009d/g, '”');
  out = out.replace(/ƒ\?›/g, '•');
  out = out.replace(/ƒ\?\?|â€™\?\?\?/g, (_match, offset: number, whole: string) =>
    guessLostPunctuation(whole, offset, offset + _match.length),
  );
  // U+FFFD written as EF BF BD and read back as windows-1252 becomes `‹¨«` (kaycaitt archive);
  // turn it back into U+FFFD so the rule below handles both copies the same way.
  out = out.replace(/‹¨«/g, '\uFFFD');
  // The portal itself has `Mary���s`: an apostrophe the portal lost. Between a letter and a
  // letter the only punctuation that fits is the apostrophe.
  out = out.replace(/(?<=\p{L})\uFFFD+(?=\p{L})/gu, '’');
  // The portal also has `Children\x19s`: U+2019 cut down to its low byte. Same for its siblings.
  // eslint-disable-next-line no-control-regex -- these control characters are the garbage being repaired
  out = out.replace(/[\u0013\u0014\u0018\u0019\u001c\u001d]/g, (c) => LOW_BYTE_PUNCTUATION[c] ?? c);
  // C2 A0 (no-break space) came out as `?ÿ` in the kaycaitt archive.
  out = out.replace(/\?ÿ/g, '\u00a0');
  // Two-byte UTF-8 sequences lost both bytes to `??`. After a word and before a separator the
  // only instance is ® (`mscripts®`, `America®`); inside a word the letter cannot be recovered
  // from context, so known words are listed (Spanish names of Puerto Rico entities).
  out = out.replace(/(?<=\p{L})\?\?(?=[\s,.)]|$)/gu, '®');
  for (const [pattern, word] of LOST_LETTER_WORDS) out = out.replace(pattern, word);
  out = reverseDoubleEncoding(out);

  return { text: out, repaired: out !== text };
}

const LOW_BYTE_PUNCTUATION: Record<string, string> = {
  '\u0013': '–',
  '\u0014': '—',
  '\u0018': '‘',
  '\u0019': '’',
  '\u001c': '“',
  '\u001d': '”',
};

const LOST_LETTER_WORDS: [RegExp, string][] = [
  [/Cl\?\?nic/g, 'Clínic'],
  [/Oncol\?\?gic/g, 'Oncológic'],
  [/Puertorrique\?\?/g, 'Puertorriqueñ'],
];

/**
 * ’, ‘, “ and – all became the same bytes. Spaces on both sides → en dash (`SCL Health – Kansas`);
 * at the start of a word → an opening quote, double if a closing quote follows (`(“CVS”)`),
 * single otherwise (`Heart ‘n Home`); anywhere else → apostrophe (`Children’s`, `Physicians’`).
 */
function guessLostPunctuation(whole: string, start: number, end: number): string {
  const before = start > 0 ? whole[start - 1] : undefined;
  const after = whole[end];
  const spaceBefore = before === undefined || /\s/.test(before);
  const spaceAfter = after === undefined || /\s/.test(after);
  if (spaceBefore && spaceAfter) return '–';
  if (spaceBefore || before === '(' || before === '"' || before === '[') {
    const rest = whole.slice(end);
    return /[”"]|ƒ\?\u009d|â€™\?\?\?Â\u009d/.test(rest) ? '“' : '‘';
  }
  return '’';
}

// Windows-1252 characters of bytes 0x80–0x9F; the rest of 0x80–0xFF is Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function cp1252Byte(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code >= 0xa0 && code <= 0xff) return code;
  const i = CP1252_HIGH.indexOf(ch);
  return i >= 0 ? 0x80 + i : null;
}

/**
 * UTF-8 text that was read as windows-1252 and saved again as UTF-8 (`â€™` for ’, `Ã©` for é).
 * Each candidate sequence is turned back into bytes and kept only if those bytes are one valid
 * UTF-8 character, so genuine accented text is left alone.
 */
function reverseDoubleEncoding(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const lead = cp1252Byte(text[i] ?? '');
    const length =
      lead === null || lead < 0xc2 || lead > 0xf4 ? 0 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    const decoded = length > 0 ? decodeUtf8(text.slice(i, i + length), length) : null;
    if (decoded === null) {
      out += text[i];
      i += 1;
    } else {
      out += decoded;
      i += length;
    }
  }
  return out;
}

function decodeUtf8(chars: string, length: number): string | null {
  if (chars.length !== length) return null;
  const bytes: number[] = [];
  for (const ch of chars) {
    const b = cp1252Byte(ch);
    if (b === null) return null;
    bytes.push(b);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}
