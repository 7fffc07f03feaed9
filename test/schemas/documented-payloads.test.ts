import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractBundledPages } from '../../generator/commands/extract.js';
import { EXPECTATIONS, type PayloadKind } from './documented-payloads.expectations.js';
import { BASE_URI, createAjv, errorPairs } from './support.js';

// Every documented payload of the five "Create call" pages, found by callgen's extractor and
// validated by Ajv against the schema for its kind. The expected result of each is the table in
// documented-payloads.expectations.ts, written by reading the payload.

const SCHEMA_OF: Readonly<Record<PayloadKind, string>> = {
  request: 'createCallRequest',
  response: 'call',
  notification: 'commsNotifications',
};

const payloads = extractBundledPages()
  .filter((p) => p.kind !== 'other')
  .map((p) => ({ ...p, key: `${path.basename(p.file).slice(0, 3)}:${p.lines.start}` }));
const ajv = createAjv();

describe('the documented payloads', () => {
  test('there are 71, each with a written expectation, and each expectation has its payload', () => {
    expect(payloads).toHaveLength(71);
    expect(payloads.map((p) => p.key).sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  test('60 are valid; 11 are flagged, each with its reason', () => {
    const flagged = Object.entries(EXPECTATIONS).filter(([, e]) => e.errors.length > 0);
    expect(flagged.map(([key]) => key)).toEqual(['000:548', '002:485', '002:690', '002:1084', '002:1119', '002:1193', '002:1228', '003:46', '003:151', '004:83', '004:161']);
    for (const [key, e] of flagged) expect(e.why, key).toBeTruthy();
  });
});

describe.each(payloads.map((p) => ({ id: p.id, payload: p })))('$id', ({ payload }) => {
  const expected = EXPECTATIONS[payload.key];

  test(`is a ${expected?.kind ?? 'known'} payload that parses, after repairs where needed`, () => {
    expect(payload.kind).toBe(expected?.kind);
    expect(payload.parsed.ok).toBe(true);
  });

  test(expected?.errors.length === 0 ? 'is valid' : `is flagged: ${expected?.why ?? ''}`, () => {
    if (!payload.parsed.ok || expected === undefined) throw new Error(`${payload.key}: no payload or no expectation`);
    const validate = ajv.getSchema(`${BASE_URI}${SCHEMA_OF[expected.kind]}.json`);
    if (validate === undefined) throw new Error('schema missing');
    const valid = validate(payload.parsed.value);
    expect(errorPairs(valid ? [] : validate.errors)).toEqual([...new Set(expected.errors)].sort());
  });
});
