import { afterAll, expect, test } from 'vitest';
import { loadSchemas, removeScratch, type Loaded } from '../support/load.js';

// A oneOf whose tags clash, or whose branches may leave the tag out, is refused in a schema
// folder (bad-schemas/duplicate-discriminator, two-default-branches): its author meant exactly
// one branch per value. An anyOf means at least one, so the same branches are simply tried, as
// JSON Schema reads them.

afterAll(removeScratch);

const user = { title: 'user', type: 'object', properties: { '@odata.type': { const: '#user' }, name: { type: 'string' } } };
const app = { title: 'app', type: 'object', properties: { '@odata.type': { const: '#app' }, appId: { type: 'string' } } };
const legacyUser = { title: 'legacyUser', type: 'object', properties: { '@odata.type': { const: '#user' }, login: { type: 'string' } }, required: ['@odata.type'] };

function responseOf(loaded: Loaded, name: string) {
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const validate = loaded.validators[name]?.response;
  if (validate === undefined) throw new Error(`no validator for ${name}`);
  return validate;
}

test('an anyOf whose branches may leave the tag out tries each branch: one match is enough', async () => {
  const identity = responseOf(await loadSchemas({ 'user.json': user, 'app.json': app, 'identity.json': { title: 'identity', anyOf: [{ $ref: 'user.json' }, { $ref: 'app.json' }] } }), 'identity');
  expect([identity({}).ok, identity({ name: 'Ada' }).ok, identity({ '@odata.type': '#app', appId: 'a' }).ok]).toEqual([true, true, true]);
  // The error names the branch whose tag the value carries, and its errors follow.
  expect(identity({ '@odata.type': '#app', appId: 1 })).toMatchObject({
    ok: false,
    errors: [
      { path: '', keyword: 'anyOf', message: 'must match at least one of the 2 schemas in "anyOf"; the errors of the nearest, anyOf/1, follow' },
      { path: '/appId', keyword: 'type', message: 'must be a string' },
    ],
  });
});

test('an anyOf whose branches share a tag accepts a value either branch accepts', async () => {
  const account = responseOf(
    await loadSchemas({ 'user.json': { ...user, required: ['@odata.type'] }, 'legacyUser.json': legacyUser, 'account.json': { title: 'account', anyOf: [{ $ref: 'user.json' }, { $ref: 'legacyUser.json' }] } }),
    'account',
  );
  expect([account({ '@odata.type': '#user', name: 'Ada' }).ok, account({ '@odata.type': '#user', login: 'ada' }).ok]).toEqual([true, true]);
  // Both branches fail once: the first is the nearest.
  expect(account({ '@odata.type': '#user', name: 1, login: 2 })).toMatchObject({
    ok: false,
    errors: [
      { path: '', keyword: 'anyOf', message: 'must match at least one of the 2 schemas in "anyOf"; the errors of the nearest, anyOf/0, follow' },
      { path: '/name', keyword: 'type', message: 'must be a string' },
    ],
  });
});

test('the same branches under oneOf are still refused, naming why', async () => {
  const loaded = await loadSchemas({ 'user.json': user, 'app.json': app, 'identity.json': { title: 'identity', oneOf: [{ $ref: 'user.json' }, { $ref: 'app.json' }] } });
  expect(loaded.ok ? [] : loaded.problems).toEqual([
    'identity.json#/oneOf: 2 branches of this union may leave out "@odata.type", so a value without it cannot be told which branch it is; make "@odata.type" required in every branch, or in all but one (which then takes a value without it)',
  ]);
});
