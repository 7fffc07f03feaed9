// Large generated files (validators.ts is 50 MB at 3,000 synthetic types) are hashed and written a
// slice at a time: encoding the whole text to UTF-8 at once made a buffer as large as the file,
// twice over (the manifest's hash, the write), at the moment the process was at its largest.

/** About 1 MB of text a slice. */
const SLICE = 1 << 20;

/**
 * `text` in slices of at most `size` UTF-16 code units (two when `size` is 1), never between the two halves of a surrogate
 * pair, so each slice encodes to UTF-8 exactly as its part of the whole text does.
 */
export function* slices(text: string, size = SLICE): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    // Not between a pair's halves: one back, or one on when the slice would be empty.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end += end - 1 > start ? -1 : 1;
    yield text.slice(start, end);
    start = end;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
