import { afterAll, expect, test } from 'vitest';
import { loadSchemas, removeScratch, type Validate } from '../support/load.js';

// The OpenAPI Format Registry's number formats (what schemars writes for Rust's u8...u64, what
// OpenAPI tools write for int32/int64) are read as the ranges they name, checked on numbers only.
afterAll(removeScratch);

async function validatorOf(schema: Readonly<Record<string, unknown>>): Promise<{ validate: Validate; types: string }> {
  const loaded = await loadSchemas({ 'value.json': { title: 'value', ...schema } });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const validate = loaded.validators['value']?.response;
  if (validate === undefined) throw new Error('no validator');
  return { validate, types: loaded.result.files.find((f) => f.path === 'types.ts')?.text ?? '' };
}

const keywordsOf = (result: ReturnType<Validate>): string[] => (result.errors ?? []).map((e) => e.keyword);

test('uint8 with no type: a whole number from 0 to 255; other JSON types pass, as with any number keyword', async () => {
  const { validate } = await validatorOf({ format: 'uint8' });
  expect([0, 255, 7].map((v) => validate(v).ok)).toEqual([true, true, true]);
  expect(keywordsOf(validate(256))).toEqual(['maximum']);
  expect(keywordsOf(validate(-1))).toEqual(['minimum']);
  expect(keywordsOf(validate(1.5))).toEqual(['multipleOf']);
  expect(validate('300').ok).toBe(true);
});

test('beside "type": "integer" and a tighter bound of its own (as schemars writes them), the tighter bound holds', async () => {
  const { validate, types } = await validatorOf({ type: 'integer', format: 'uint16', minimum: 1 });
  expect(validate(65535).ok).toBe(true);
  expect(keywordsOf(validate(0))).toEqual(['minimum']);
  expect(keywordsOf(validate(65536))).toEqual(['maximum']);
  expect(types).not.toContain('multiple of');
});

test('int32, int64 and float bound what they name; double is any JSON number', async () => {
  const int32 = (await validatorOf({ type: 'integer', format: 'int32' })).validate;
  expect([-2147483648, 2147483647].map((v) => int32(v).ok)).toEqual([true, true]);
  expect(keywordsOf(int32(2147483648))).toEqual(['maximum']);
  const int64 = (await validatorOf({ type: 'integer', format: 'int64' })).validate;
  expect(int64(JSON.parse('9223372036854775807')).ok).toBe(true);
  expect(keywordsOf(int64(1e19))).toEqual(['maximum']);
  const float = (await validatorOf({ type: 'number', format: 'float' })).validate;
  expect(float(0.1).ok).toBe(true);
  expect(keywordsOf(float(1e39))).toEqual(['maximum']);
  const double = (await validatorOf({ type: 'number', format: 'double' })).validate;
  expect(double(1e300).ok).toBe(true);
});

test('a malformed bound beside a number format is refused where it stands, not the format', async () => {
  const loaded = await loadSchemas({ 'value.json': { title: 'value', type: 'integer', format: 'uint8', maximum: 'big' } });
  expect(loaded.ok ? [] : loaded.problems).toEqual(['value.json#/maximum: "maximum" must be a number']);
});
