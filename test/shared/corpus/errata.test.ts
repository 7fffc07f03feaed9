import { expect, test } from 'vitest';
import { main } from '../../../generator/cli.js';
import { checkErrataRegion, errataRegion } from '../../support/errata-doc.js';
import { captureIo } from '../../support/io.js';
import { sharedFolder } from '../support/shared.js';
import { EXPECTATIONS, TEMPLATE } from './expectations.js';
import { PAGES_DIR } from './corpus.js';

// docs/errata.md holds what `callgen lint-docs` reports for the whole API's pages (our verdicts,
// not the pages), between its markers; rewrite with
// CALLGEN_UPDATE_ERRATA=1 npx vitest run --config vitest.shared.config.ts test/shared/corpus/errata.test.ts

const KEY = 'lint-docs ../shared/graph-docs';

test('docs/errata.md holds the report of `callgen lint-docs graph-docs` (run in the shared folder)', async () => {
  expect(PAGES_DIR.startsWith(sharedFolder)).toBe(true);
  const io = captureIo(sharedFolder);
  // Exit 1: some documented payloads break the schemas (errata, each with its reason).
  expect(await main(['lint-docs', 'graph-docs'], io)).toBe(1);
  expect(io.stderr()).toBe('');
  const { actual, expected } = await checkErrataRegion(KEY, io.stdout());
  expect(actual).toBe(expected);
});

test('every payload the decisions of docs/errata.md name is an erratum of the expectations, and the other way round', async () => {
  const doc = await errataRegion('decisions');
  const named = new Set([...doc.matchAll(/`(api-reference\/[^`]+)`/g)].map((m) => m[1]));
  const errata = Object.entries(EXPECTATIONS).filter(([, e]) => e.why.startsWith('erratum')).map(([id]) => id);
  expect([...named].sort()).toEqual(errata.sort());
});

test('every payload expected to fail is an erratum the decisions name, or a resource page\'s template', async () => {
  const doc = await errataRegion('decisions');
  expect(doc).toContain('### Resource pages: templates, not payloads');
  const failing = Object.entries(EXPECTATIONS).filter(([, e]) => (e.errors ?? []).length > 0);
  const unexplained = failing.filter(([, e]) => !e.why.startsWith('erratum') && e.why !== TEMPLATE).map(([id]) => id);
  expect(unexplained).toEqual([]);
  const templates = failing.filter(([, e]) => e.why === TEMPLATE).map(([id]) => id);
  expect(templates.length).toBeGreaterThan(0);
  expect(templates.filter((id) => !id.includes('/resources/') || !id.endsWith('/json-representation/resource'))).toEqual([]);
});
