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

test('a standard format callgen does not check is refused with its reason, and what to write instead', async () => {
  const loaded = await loadSchemas({
    'value.json': { title: 'value', type: 'object', properties: { host: { type: 'string', format: 'idn-hostname' } } },
  });
  expect(loaded.ok ? [] : loaded.problems).toEqual([
    `value.json#/properties/host/format: "format" "idn-hostname" is a format callgen does not check: the standard holds an "xn--" label to IDNA2008, which needs Punycode decoding and Unicode tables; remove it, or write a "pattern" that says which host names are accepted; or, to leave it unchecked, declare "annotations": ["format:idn-hostname"] in callgen.config.json (--annotation format:idn-hostname) (see callgen's docs/dialect.md, "Formats")`,
  ]);
});

test('a format declared an annotation ("format:<name>") is left unchecked; one callgen checks cannot be declared', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-format-annotation-'));
  await writeFile(path.join(folder, 'site.json'), JSON.stringify({ title: 'site', type: 'object', properties: { home: { type: 'string', format: 'path' }, host: { type: 'string', format: 'hostname' }, id: { type: 'string', format: 'uuid' } } }));
  const refused = await generate({ schemas: folder, out: path.join(folder, 'out') });
  expect(refused.ok ? [] : refused.problems.map((p) => `${p.pointer}: ${p.message}`)).toEqual([
    expect.stringMatching(/^\/properties\/home\/format: "format" "path" is not a format callgen checks .*; or, to leave it unchecked, declare "annotations": \["format:path"\] in callgen\.config\.json \(--annotation format:path\)$/),
    expect.stringMatching(/^\/properties\/host\/format: "format" "hostname" is a format callgen does not check: .*; or, to leave it unchecked, declare "annotations": \["format:hostname"\] in callgen\.config\.json \(--annotation format:hostname\) \(see callgen's docs\/dialect\.md, "Formats"\)$/),
  ]);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'out'), annotations: ['format:path', 'format:hostname'] });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  const site = loaded.validators['site']?.response;
  expect(site?.({ home: 'not/checked', host: 'not a host!' }).ok).toBe(true);
  expect(site?.({ id: 'not-a-uuid' })).toMatchObject({ ok: false, errors: [{ path: '/id', keyword: 'format' }] });
  expect(annotationRefusal('format:uuid')).toBe('"uuid" is a format callgen checks, not an annotation of another tool: declaring it would drop its check without a word');
  expect(annotationRefusal('format:')).toMatch(/^"format:" names no format/);
});
