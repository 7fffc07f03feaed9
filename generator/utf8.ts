import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

// Every file callgen reads as text (a schema, an OpenAPI document, a config, a payload, a page,
// CSDL metadata) must be UTF-8, as JSON is (RFC 8259, section 8.1). Node's own decoder puts U+FFFD
// in place of each byte that is not part of a UTF-8 character, without a word, so a schema saved as
// Windows-1252 would silently change an enum member ("café") or a pattern, and a payload would be
// validated as text it does not hold. These read strictly and throw, saying where, so that each
// caller reports the file as it reports one it cannot read.

/** The file's text; throws when it cannot be read or is not UTF-8. */
export async function readUtf8(file: string): Promise<string> {
  return decode(await readFile(file));
}

/** The file's text, synchronously; throws when it cannot be read or is not UTF-8. */
export function readUtf8Sync(file: string): string {
  return decode(readFileSync(file));
}

/** Bytes read elsewhere (standard input) as text; throws when they are not UTF-8. */
export function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  const problem = notUtf8(bytes, text);
  if (problem !== undefined) throw new Error(problem);
  return text;
}

/** Why `text`, decoded from `bytes`, is not what the file holds; undefined when it decoded cleanly. */
export function notUtf8(bytes: Buffer, text: string): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'not UTF-8: the file starts with a UTF-16 byte order mark (Windows PowerShell 5 writes UTF-16 with ">"); save it as UTF-8';
  }
  // The decoder writes U+FFFD for every malformed sequence; one the file holds itself is the bytes EF BF BD.
  let offset = 0;
  let decoded = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(text.slice(decoded, at));
    decoded = at;
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
    const lines = text.slice(0, at).split('\n');
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return `not UTF-8: byte 0x${byte} at line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1} is not part of a UTF-8 character (was the file saved as Windows-1252 or Latin-1?); save it as UTF-8`;
  }
  return undefined;
}
