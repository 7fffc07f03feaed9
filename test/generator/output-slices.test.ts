import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { sha256 } from '../../generator/output/manifest.js';
import { slices } from '../../generator/output/slices.js';

// Large files are hashed and written a slice at a time; the bytes must be those of the whole text.
const utf8 = (parts: Iterable<string>): Buffer => Buffer.concat([...parts].map((part) => Buffer.from(part, 'utf8')));

test('slices join to the text and encode to its UTF-8 bytes: a surrogate pair is never cut, a lone surrogate stays lone', () => {
  const texts = ['', 'a', 'plain ascii text', 'é😀ab😀😀', '😀'.repeat(7), '\ud800x\udc00\ud83d', 'x'.repeat(10) + '😀'];
  for (const text of texts) {
    for (const size of [1, 2, 3, 5, 8]) {
      const parts = [...slices(text, size)];
      expect(parts.join('')).toBe(text);
      expect(parts.every((part) => part.length > 0 && part.length <= Math.max(size, 2))).toBe(true);
      expect(utf8(parts).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  }
});

test('the hash of a text is that of its UTF-8 bytes, for a text of several slices', () => {
  const text = `${'a'.repeat((1 << 20) - 1)}😀${'b'.repeat(1 << 20)}`;
  expect(sha256(text)).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
});
