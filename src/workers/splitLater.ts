/**
 * Decodes UTF-8 lines (each ended by '\n') a slice at a time, yielding to the page between slices,
 * so a million names never hold the main thread for long: each slice (64 KiB, some 2,000 lines)
 * is decoded natively (TextDecoder) and split in one go.
 */
export async function splitLater(
  bytes: Uint8Array,
  count: number,
  slice = 1 << 16,
): Promise<string[]> {
  const decoder = new TextDecoder();
  const out: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    let end = Math.min(bytes.length, at + slice);
    // Cut after a line break so no character or line is split between slices.
    while (end < bytes.length && bytes[end - 1] !== 0x0a) end += 1;
    const lines = decoder.decode(bytes.subarray(at, end)).split('\n');
    lines.pop();
    for (const line of lines) out.push(line);
    at = end;
    if (at < bytes.length) await nextTask();
  }
  if (out.length !== count)
    throw new RangeError(`splitLater: expected ${count} lines, got ${out.length}`);
  return out;
}

/**
 * A new task a few milliseconds later: the gap is idle time in which the browser can paint and
 * run its garbage collector incrementally, instead of in one long pause after a million strings.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 4));
}
