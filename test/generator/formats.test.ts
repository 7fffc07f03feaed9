import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadValidators } from '../../generator/load.js';
import { generate } from '../../generator/pipeline.js';
import { annotationRefusal } from '../../generator/schema/annotations.js';
import { loadSchemas, removeScratch } from '../support/load.js';

// The formats callgen checks beyond its first five, each with values its standard allows and
// values it does not (the official suite's optional cases run in test/shared/json-schema-suite/).
afterAll(removeScratch);

const CASES: Readonly<Record<string, { readonly valid: readonly string[]; readonly invalid: readonly string[] }>> = {
  'uri-reference': {
    valid: ['http://example.com/a?b#c', '/path/to', 'relative/path', '../up', '#frag', '?q', '', '//host:80/p', '//[::1]/p', 'a%20b'],
    invalid: ['\\\\WINDOWS\\file', 'a b', '#frag#again', '%zz', ':no-scheme', '//[::ffff:192.168.0.01]/p', 'http://a:b:c/'],
  },
  iri: {
    valid: ['http://ƒøø.ßår/?∂éœ=πîx#πîüx', 'urn:isbn:0451450523', 'http://[2001:db8::1]/'],
    invalid: ['/relative', 'http://a b', 'http://[::ffff:192.168.0.01]'],
  },
  'iri-reference': {
    valid: ['//ƒøø.ßår/?∂éœ=πîx#πîüx', 'ƒøø', '#ƒrägmênt'],
    invalid: ['\\\\WINDOWS\\filëßåré', '#ƒrägmênt#more', 'a b'],
  },
  ipv4: { valid: ['192.168.0.1', '0.0.0.0', '255.255.255.255'], invalid: ['256.0.0.1', '1.2.3', '087.10.0.1', '1.2.3.4\n', '১২৭.0.0.1'] },
  ipv6: { valid: ['::1', '2001:db8::8a2e:370:7334', '::ffff:192.168.0.1', '1:2:3:4:5:6:7:8'], invalid: ['12345::', '1:2:3:4:5:6:7:8:9', ':::', '::ffff:192.168.0.01', 'fe80::1%eth0'] },
  duration: { valid: ['P4DT12H30M5S', 'P2W', 'PT36H', 'P1Y2M', 'PT0S'], invalid: ['P', 'PT', 'P1YT', 'P1D2H', 'PT1H2S', 'P1Y2W', 'PT0.5S', '-P1D'] },
  'uri-template': { valid: ['http://example.com/{term:1}/{term}', '{+var}', '{x,y}', '{a.b}', '{var*}', 'a%41b', ''], invalid: ['{}', '{a,,b}', '{v:0}', '{v:10000}', 'foo}bar', '{term', 'a b', '{a..b}'] },
  time: { valid: ['08:30:06Z', '23:59:60Z', '15:59:60-08:00', '23:20:50.52z', '12:34:56-00:00'], invalid: ['22:59:60Z', '24:00:00Z', '12:00:00', '8:3:6Z', '01:02:03+24:00', 'T08:30:06Z'] },
  'idn-email': { valid: ['실례@실례.테스트', 'δοκιμή@example.com', '"δοκιμή"@example.com', 'user@café.com', 'joe@[IPv6:::1]'], invalid: ['2962', 'user＠example.com', 'a@b@c', '.a@b.c', 'a@-b.c'] },
  'json-pointer': { valid: ['', '/a/b', '/a~0b/~1', '/'], invalid: ['a', '/~2', '/~'] },
  'relative-json-pointer': { valid: ['0', '1/a', '2#', '0/~1'], invalid: ['-1', '01', '/a', '1#/a'] },
  // As "pattern" compiles: ECMA-262 in unicode mode, where an escape that names nothing is an error.
  hostname: {
    valid: ['example.com', 'a', 'A-1.b2', 'xn--bcher-kva.example', 'XN--BCHER-KVA.de', `${'a'.repeat(63)}.com`, 'a--b'],
    invalid: ['', 'example.com.', '-a.com', 'a-.com', 'a_b.com', 'ab--c.com', 'xn--bcher-kv.de', 'bücher.de', `${'a'.repeat(64)}.com`, 'a b'],
  },
  'idn-hostname': {
    valid: ['bücher.example', 'xn--bcher-kva.example', '例え。テスト', 'παράδειγμα．δοκιμή', 'שלום.קום', 'example.com'],
    invalid: ['Bücher.example', 'bücher..example', 'a\u00b7b', '\u05d0.1a', 'xn--ls8h.la', '💩.la', `${'ü'.repeat(60)}.de`, 'a b'],
  },
  regex: { valid: ['^[a-z]+$', '(?<year>\\d{4})-\\k<year>', '(?<=a+)b', '[^]', '\\p{L}+', ''], invalid: ['^(abc]', '\\a', '(?P<name>x)', '(?i)abc', 'a{2,1}', '\\_'] },
};

test.each(Object.entries(CASES))('format "%s" accepts what its standard allows and refuses the rest', async (format, { valid, invalid }) => {
  const loaded = await loadSchemas({ 'value.json': { title: 'value', type: 'string', format } });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const validate = loaded.validators['value']?.response;
  expect(valid.filter((v) => validate?.(v).ok !== true)).toEqual([]);
  expect(invalid.filter((v) => validate?.(v).ok !== false)).toEqual([]);
  expect(validate?.(invalid[0])).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'format' }] });
});

test('a format callgen does not know is still refused, naming the ones it checks', async () => {
  const loaded = await loadSchemas({ 'value.json': { title: 'value', type: 'string', format: 'path' } });
  expect(loaded.ok ? [] : loaded.problems).toEqual([
    expect.stringMatching(/^value\.json#\/format: "format" "path" is not a format callgen checks \(uuid, .*, relative-json-pointer, regex; and on numbers int8, .*, double\); remove it or use "pattern"; or, to leave it unchecked, declare "annotations": \["format:path"\] in callgen\.config\.json \(--annotation format:path\)$/),
  ]);
});

test('a format declared an annotation ("format:<name>") is left unchecked; one callgen checks cannot be declared', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-format-annotation-'));
  await writeFile(path.join(folder, 'site.json'), JSON.stringify({ title: 'site', type: 'object', properties: { home: { type: 'string', format: 'path' }, id: { type: 'string', format: 'uuid' } } }));
  const refused = await generate({ schemas: folder, out: path.join(folder, 'out') });
  expect(refused.ok ? [] : refused.problems.map((p) => `${p.pointer}: ${p.message}`)).toEqual([
    expect.stringMatching(/^\/properties\/home\/format: "format" "path" is not a format callgen checks .*; or, to leave it unchecked, declare "annotations": \["format:path"\] in callgen\.config\.json \(--annotation format:path\)$/),
  ]);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'out'), annotations: ['format:path'] });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  const site = loaded.validators['site']?.response;
  expect(site?.({ home: 'not/checked' }).ok).toBe(true);
  expect(site?.({ id: 'not-a-uuid' })).toMatchObject({ ok: false, errors: [{ path: '/id', keyword: 'format' }] });
  expect(annotationRefusal('format:uuid')).toBe('"uuid" is a format callgen checks, not an annotation of another tool: declaring it would drop its check without a word');
  expect(annotationRefusal('format:')).toMatch(/^"format:" names no format/);
});

test('a folder that declared "format:hostname" while callgen refused it is told that callgen checks it now, and how to accept other names', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-format-hostname-'));
  await writeFile(path.join(folder, 'site.json'), JSON.stringify({ title: 'site', type: 'object', properties: { host: { type: 'string', format: 'hostname' } } }));
  const refused = await loadValidators({ schemas: folder, out: path.join(folder, 'out'), annotations: ['format:hostname'] });
  expect(refused.ok ? [] : refused.problems.map((p) => p.message)).toEqual([
    '"hostname" is a format callgen checks, not an annotation of another tool: declaring it would drop its check without a word (callgen once refused it, so declaring it was the way to leave it unchecked; it now checks host names by RFC 1123 and IDNA2008: for names outside the standard, such as "_sip._tcp.example.com", write a "pattern" instead of the "format")',
  ]);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'out') });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  expect(loaded.validators['site']?.response?.({ host: '_sip._tcp.example.com' })).toMatchObject({ ok: false, errors: [{ path: '/host', keyword: 'format', message: 'must be a host name' }] });
});
