import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { removeScratch } from '../../support/load.js';
import { sharedPath } from '../support/shared.js';
import { readSuiteFile, runGroup } from './harness.js';

// The suite's optional format tests (draft 2020-12) for the formats callgen checks: the standard
// leaves format assertion optional, callgen asserts these, so their grammars must be the ones the
// standard names (RFC 3339, RFC 3986, RFC 4122, RFC 5321, RFC 1123 and IDNA2008, ...). Each
// exception is listed here with its reason; one that no longer happens fails too.
const folder = sharedPath('json-schema-test-suite', 'tests', 'draft2020-12', 'optional', 'format');

const DEVIATIONS: Readonly<Record<string, string>> = {
  'uri: leading zero in an embedded IPv4 address is invalid':
    'isUri checks the characters of a bracketed IP literal, not the grammar of the IPv6 address inside it',
};

afterAll(removeScratch);

test.each(['date', 'date-time', 'email', 'ipv4', 'ipv6', 'duration', 'time', 'idn-email', 'uri-template', 'iri', 'iri-reference', 'json-pointer', 'relative-json-pointer', 'regex', 'uri', 'uri-reference', 'uuid', 'hostname', 'idn-hostname'])('format "%s" follows its standard', async (format) => {
  const wrong: string[] = [];
  for (const group of await readSuiteFile(path.join(folder, `${format}.json`))) {
    const outcome = await runGroup(group);
    if (outcome.kind !== 'generated') throw new Error(`${group.description}: ${outcome.kind}`);
    for (const verdict of outcome.verdicts) {
      if (verdict.actual !== verdict.expected) wrong.push(`${format}: ${verdict.description}`);
    }
  }
  const declared = Object.keys(DEVIATIONS).filter((key) => key.startsWith(`${format}: `));
  expect(wrong).toEqual(declared);
});
