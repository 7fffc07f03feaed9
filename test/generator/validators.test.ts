import { describe, expect, test } from 'vitest';
import * as constraints from './__snapshots__/constraints/index.js';
import * as empty from './__snapshots__/empty-objects/index.js';
import * as maps from './__snapshots__/maps/index.js';
import * as nested from './__snapshots__/nested-unions/index.js';
import * as nullable from './__snapshots__/nullable/index.js';
import * as playlist from './__snapshots__/arrays-of-unions/index.js';
import * as recursion from './__snapshots__/recursion/index.js';
import * as tickets from './__snapshots__/request-response/index.js';
import { show } from '../../generator/emit/runtime/runtime.js';
import * as awkward from './__snapshots__/awkward-enums/index.js';
import * as inheritance from './__snapshots__/allof-inheritance/index.js';
import * as untyped from './__snapshots__/untyped-unions/index.js';
import * as protoKeys from './__snapshots__/prototype-keys/index.js';
import * as oddNames from './__snapshots__/odd-names/index.js';
import * as oddNamesRuntime from './__snapshots__/odd-names/runtime.js';
import * as inlineOpen from './__snapshots__/inline-open-enums/index.js';
import * as extension from './__snapshots__/extension-objects/index.js';
import * as paradox from './__snapshots__/self-negation/index.js';
import * as impossible from './__snapshots__/impossible-combinations/index.js';
import * as undeclared from './__snapshots__/required-undeclared/index.js';
import * as reminders from './__snapshots__/response-only-members/index.js';

// The validators of the fixture snapshots, run. Every expected issue below was written by hand from
// the fixture schema; `issues` keeps tests short where only path and keyword matter.
function issues(result: { ok: boolean; errors?: readonly { path: string; keyword: string }[] }): string[] {
  return (result.ok ? [] : (result.errors ?? [])).map((e) => `${e.path} ${e.keyword}`);
}

describe('type, const and required', () => {
  test('wrong JSON types name what was expected and received', () => {
    expect(nested.validateCircle({ kind: 'circle', radius: 'big' })).toEqual({
      ok: false,
      errors: [{ path: '/radius', keyword: 'type', message: 'must be a number', expected: 'a number', received: 'string' }],
      warnings: [],
    });
    expect(issues(nested.validateCircle([]))).toEqual([' type']);
    expect(issues(nested.validateCircle(null))).toEqual([' type']);
  });

  test('a missing required property is reported at its own path', () => {
    expect(issues(nested.validateCircle({ kind: 'circle' }))).toEqual(['/radius required']);
  });

  test('a const property must hold exactly its value', () => {
    expect(nested.validateCircle({ kind: 'square', radius: 1 })).toMatchObject({
      ok: false,
      errors: [{ path: '/kind', keyword: 'const', expected: '"circle"', received: '"square"' }],
    });
  });

  test('NaN, Infinity and BigInt are not JSON numbers', () => {
    expect(issues(nested.validateCircle({ kind: 'circle', radius: Number.NaN }))).toEqual(['/radius type']);
    expect(issues(nested.validateCircle({ kind: 'circle', radius: Infinity }))).toEqual(['/radius type']);
    expect(issues(nested.validateCircle({ kind: 'circle', radius: 1n }))).toEqual(['/radius type']);
    expect(nested.validateCircle({ kind: 'circle', radius: -0 }).ok).toBe(true);
  });
});

describe('string and number constraints', () => {
  test('formats, pattern and lengths', () => {
    const result = constraints.validateMeasurement({
      id: '86dc81db-c112-4228-9222-63f3esaa1edb',
      at: '2024-01-02 03:04',
      day: '2024-1-2',
      source: 'http://example.com',
      code: 'x',
    });
    expect(issues(result)).toEqual(['/id format', '/at format', '/day format', '/source pattern', '/code minLength']);
    expect(constraints.validateMeasurement({ code: '😀😀' }).ok).toBe(true); // two code points, four UTF-16 units
    expect(issues(constraints.validateMeasurement({ code: 'abcde' }))).toEqual(['/code maxLength']);
  });

  test('valid values of every format pass', () => {
    expect(
      constraints.validateMeasurement({
        id: '112F7296-5FA4-42CA-BAE8-6A692B15D4B8',
        at: '2024-01-02T03:04:05.678Z',
        day: '2024-01-02',
        source: 'https://bot.contoso.com/callback',
      }),
    ).toEqual({ ok: true, value: expect.anything(), warnings: [] });
  });

  test('bounds and integers', () => {
    expect(issues(constraints.validateMeasurement({ celsius: -300, count: 11 }))).toEqual(['/celsius minimum', '/count maximum']);
    expect(issues(constraints.validateMeasurement({ celsius: 1000 }))).toEqual(['/celsius exclusiveMaximum']);
    expect(issues(constraints.validateMeasurement({ count: 1.5 }))).toEqual(['/count type']);
  });

  test('format "email" is RFC 5321\'s Mailbox, as JSON Schema 2020-12 says', () => {
    const email = (text: string): boolean => tickets.validatePerson({ email: text }).ok;
    // A dot-string or a quoted local part; a host name or an address literal (IPv4, IPv6, a tag).
    for (const valid of ['te~st@example.com', 'a.b.c@example.com', '"joe bloggs"@example.com', '"joe@bloggs"@example.com', '"a\\"b"@example.com', 'joe@[127.0.0.1]', 'joe@[IPv6:::1]', 'joe@[IPv6:2001:db8::8a2e:370:7334]', 'postmaster@localhost']) {
      expect(email(valid), valid).toBe(true);
    }
    // The old check (anything around one "@" and a dot) let each of these through.
    for (const invalid of ['.test@example.com', 'test.@example.com', 'te..st@example.com', 'joe@invalid=domain.com', 'joe@[127.0.0.300]', 'joe@[IPv6:1:2:3]', 'joe@[x-tag:text]', 'joe@-example.com', 'joe@example-.com', 'joe@example.com!', 'jöe@example.com', `joe@${'x'.repeat(64)}.com`, '"joe"bloggs"@example.com']) {
      expect(email(invalid), invalid).toBe(false);
    }
  });

  test('a format regular expression stays linear on adversarial input', () => {
    const long = `a@${'a'.repeat(200_000)}`;
    const started = performance.now();
    expect(tickets.validatePersonInput({ email: long }).ok).toBe(false);
    for (const text of [`a@${'a.'.repeat(100_000)}!`, `${'a.'.repeat(100_000)}.@b`, `a@[${'1:'.repeat(50_000)}]`, `a@[a:${'a'.repeat(200_000)}`, `"${'\\a'.repeat(100_000)}`]) {
      expect(tickets.validatePersonInput({ email: text }).ok).toBe(false);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('enums', () => {
  test('closed enums reject other values in both modes', () => {
    expect(issues(awkward.validateAwkward({ quote: 'its' }))).toEqual(['/quote enum']);
    expect(awkward.validateAwkward({ quote: "it's", numbers: 1.5, mixed: null, single: 'only' }).ok).toBe(true);
    expect(issues(awkward.validateAwkward({ mixed: 'true' }))).toEqual(['/mixed enum']);
  });

  test('an open enum accepts an unknown member in responses with a notice, and rejects it in requests', () => {
    const response = tickets.validateTicket({ '@odata.type': '#shop.ticket', status: 'archived' });
    expect(response).toMatchObject({ ok: true, warnings: [{ path: '/status', keyword: 'enum', received: '"archived"' }] });
    expect(issues(tickets.validateTicket({ '@odata.type': '#shop.ticket', status: 3 }))).toEqual(['/status enum']);
  });

  test('an open enum written inline (in a property, an item, a branch) is open in responses and closed in requests', () => {
    const survey = { answer: 'maybe', answers: ['blue'], mood: 'bored' };
    expect(inlineOpen.validateSurvey(survey)).toMatchObject({ ok: true, warnings: [{ path: '/answer', keyword: 'enum' }, { path: '/answers/0', keyword: 'enum' }, { path: '/mood', keyword: 'enum' }] });
    expect(issues(inlineOpen.validateSurveyInput(survey))).toEqual(['/answer enum', '/answers/0 enum', '/mood enum']);
    expect(inlineOpen.validateSurveyInput({ answer: 'yes', answers: ['red'], mood: null })).toEqual({ ok: true, value: { answer: 'yes', answers: ['red'], mood: null }, warnings: [] });
  });
});

describe('response-only enum members (x-response-only-members)', () => {
  const sentinel = 'must be one of "email", "sms"; "unknownFutureValue" is a member the service sends, and refuses in a request';

  test('a response holds them; a request refuses them, saying why, wherever the enum stands', () => {
    const reminder = { channel: 'unknownFutureValue', fallbacks: ['email', 'unknownFutureValue'], state: 'expired', size: 'retired' };
    expect(reminders.validateReminder(reminder)).toEqual({ ok: true, value: reminder, warnings: [] });
    expect(reminders.isReminder(reminder)).toBe(true);
    expect(reminders.validateReminderInput(reminder)).toEqual({
      ok: false,
      errors: [
        { path: '/channel', keyword: 'enum', message: sentinel, received: '"unknownFutureValue"' },
        { path: '/fallbacks/1', keyword: 'enum', message: sentinel, received: '"unknownFutureValue"' },
        { path: '/state', keyword: 'enum', message: 'must be one of "pending", "sent"; "expired" is a member the service sends, and refuses in a request', received: '"expired"' },
        { path: '/size', keyword: 'enum', message: 'must be one of "small", "large", "tiny"; "retired" is a member the service sends, and refuses in a request', received: '"retired"' },
      ],
      warnings: [],
    });
    expect(reminders.isReminderInput(reminder)).toBe(false);
  });

  test('the other members pass in both modes, and a value of neither list is refused without the explanation', () => {
    const reminder = { channel: 'sms', fallbacks: ['email'], state: 'sent', size: 'tiny' };
    expect(reminders.validateReminderInput(reminder)).toEqual({ ok: true, value: reminder, warnings: [] });
    expect(reminders.validateReminder(reminder).ok).toBe(true);
    expect(reminders.validateReminderInput({ channel: 'fax' })).toMatchObject({ ok: false, errors: [{ path: '/channel', message: 'must be one of "email", "sms"' }] });
    // The named enum has a request shape of its own, with its validators.
    expect(reminders.isChannelInput('unknownFutureValue')).toBe(false);
    expect(reminders.isChannel('unknownFutureValue')).toBe(true);
    expect(reminders.validateChannel('pager')).toMatchObject({ ok: true, warnings: [{ keyword: 'enum', received: '"pager"' }] });
  });
});

describe('objects in request and response mode', () => {
  test('"x-" extensions: keys a pattern matches are checked by it, and a pattern that says nothing admits any value', () => {
    const channel = { kind: 'channel', address: 'orders', 'x-owner': 'team-a' };
    expect(extension.validateChannelInput(channel).ok).toBe(true);
    expect(issues(extension.validateChannelInput({ ...channel, 'x-owner': 1, other: true }))).toEqual(['/x-owner type', '/other additionalProperties']);
    expect(issues(extension.validateChannel({ ...channel, other: true, range: ['a', 'open', 'more'] }))).toEqual(['/range/2 false']);
    expect(extension.validateVendorNotes({ note: 'n', 'y-any': { deep: [1] }, 'x-text': 't', other: 1 }).ok).toBe(true);
    expect(issues(extension.validateVendorNotes({ 'x-text': 2 }))).toEqual(['/x-text type']);
  });

  test('unknown properties are errors in requests and accepted in responses', () => {
    expect(tickets.validatePerson({ email: 'a@b.example', nickname: 'x' }).ok).toBe(true);
    expect(tickets.validatePersonInput({ email: 'a@b.example', nickname: 'x' })).toEqual({
      ok: false,
      errors: [{ path: '/nickname', keyword: 'additionalProperties', message: 'is not a known property' }],
      warnings: [],
    });
  });

  test('a readOnly property in a request is a warning, not an error', () => {
    const result = tickets.validateCreateTicket({ '@odata.type': '#shop.ticket', priority: 'low', id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8' });
    expect(result).toMatchObject({ ok: true, warnings: [{ path: '/id', keyword: 'readOnly' }] });
  });

  test('"at least one of" and inherited requirements of a request body', () => {
    expect(issues(tickets.validateCreateTicket({ '@odata.type': '#shop.ticket' }))).toEqual(['/priority required', ' required']);
    expect(issues(tickets.validateCreateTicket({ priority: 'high' }))).toEqual(['/@odata.type required']);
  });

  test('allOf merges the base type and lets the derived type narrow a property', () => {
    // Issues of the properties present come in key order, then the required ones that are absent.
    expect(issues(inheritance.validateDog({ breed: 'collie', legs: 2 }))).toEqual(['/legs minimum', '/name required']);
    expect(inheritance.validateDog({ name: 'Rex', breed: 'collie', legs: 4 }).ok).toBe(true);
  });

  test('a property redeclared without narrowing must meet the inherited rule too, as allOf says', () => {
    // bird.json redeclares legs with only a maximum: animal.json's minimum 0 still holds (Ajv agrees).
    expect(issues(inheritance.validateBird({ name: 'Tweety', legs: -1 }))).toEqual(['/legs minimum']);
    expect(issues(inheritance.validateBird({ name: 'Tweety', legs: 3 }))).toEqual(['/legs maximum']);
    expect(issues(inheritance.validateBird({ name: '', legs: 2, wings: 2 }))).toEqual(['/name minLength']);
    expect(inheritance.validateBird({ name: 'Tweety', legs: 0 }).ok).toBe(true);
    // Both rules are one number check: a value of the wrong type is told so once.
    expect(issues(inheritance.validateBird({ name: 'Tweety', legs: 'two' }))).toEqual(['/legs type']);
  });

  test('a property redeclared without readOnly, writeOnly or x-nullable-in-request: false stays what the base says, as every member holds', () => {
    // stamped.json's later member redeclares stamp (readOnly in the base), secret (writeOnly) and note with rules of its own only.
    const request = inheritance.validateStampedInput({ stamp: 'filed', secret: 'long enough' });
    expect(request).toMatchObject({ ok: true, warnings: [{ path: '/stamp', keyword: 'readOnly' }] });
    const response = inheritance.validateStamped({ stamp: 'filed', secret: 'long enough' });
    expect(response).toMatchObject({ ok: true, warnings: [{ path: '/secret', keyword: 'writeOnly' }] });
    // The base keeps null out of a request; the redeclaration's null is a response value only.
    expect(issues(inheritance.validateStampedInput({ note: null }))).toEqual(['/note type']);
    expect(inheritance.validateStamped({ note: null }).ok).toBe(true);
    // Both members' rules still apply where they are checked.
    expect(issues(inheritance.validateStampedInput({ secret: 'abc', label: 'too long a label' }))).toEqual(['/secret minLength', '/label maxLength']);
    expect(issues(inheritance.validateStamped({ stamp: 'x'.repeat(41) }))).toEqual(['/stamp maxLength']);
  });

  test("allOf inheritance keeps each member's other object rules: patterns, counts, names and dependencies", () => {
    expect(inheritance.validateAnnotated({ id: 'a', revision: 2, 'x-note': 'ok' }).ok).toBe(true);
    expect(issues(inheritance.validateAnnotated({}))).toEqual([' minProperties']);
    expect(issues(inheritance.validateAnnotated({ id: 'a', 'x-note': 1 }))).toEqual(['/x-note type', '/revision dependentRequired']);
    expect(issues(inheritance.validateAnnotated({ id: 'a', revision: 1, 'x-a': 'a', 'x-b': 'b' }))).toEqual([' maxProperties']);
    expect(issues(inheritance.validateAnnotated({ 'x-toolong': 'a' }))).toEqual(['/x-toolong propertyNames']);
  });

  test('additionalProperties: a schema checks every undeclared value; false closes the object in every mode', () => {
    expect(issues(maps.validateDictionary({ total: 3, a: 1, b: 'two' }))).toEqual(['/b type']);
    expect(issues(empty.validateAnything({ closed: { x: 1 }, nothing: 0, open: { y: 1 } }))).toEqual(['/closed/x additionalProperties', '/nothing false']);
    // An object that declares no property is any object, in a request too (OpenAPI's free-form object).
    expect(empty.validateAnythingInput({ empty: { x: 1 }, open: { a: 'a', y: 1 } }).ok).toBe(true);
    expect(issues(empty.validateAnythingInput({ closed: { x: 1 }, empty: 1 }))).toEqual(['/closed/x additionalProperties', '/empty type']);
  });

  test('JSON Pointer escaping of unknown keys (RFC 6901)', () => {
    expect(issues(tickets.validatePersonInput({ 'a/b~c': 1 }))).toEqual(['/a~1b~0c additionalProperties']);
  });
});

describe('nullability', () => {
  test('null passes in responses and is refused in requests where it only means "not set"', () => {
    expect(nullable.validateProfile({ nickname: null, address: null, age: null }).ok).toBe(true);
    expect(issues(nullable.validateProfileInput({ nickname: null, address: null, clearable: null }))).toEqual(['/nickname type', '/address type']);
  });
});

describe('unions', () => {
  test('the branch is chosen by the discriminator and only its errors are reported', () => {
    expect(issues(nested.validateShape({ kind: 'square', side: 'long' }))).toEqual(['/side type']);
    expect(issues(nested.validateShape({ kind: 'circle' }))).toEqual(['/radius required']);
  });

  test('a missing or unknown discriminator is one clear error', () => {
    expect(nested.validateShape({ radius: 1 })).toMatchObject({
      ok: false,
      errors: [{ path: '/kind', keyword: 'discriminator', message: 'is required to tell which type this is: one of "circle", "square", "triangle"' }],
    });
    expect(nested.validateShape({ kind: 'hexagon' })).toMatchObject({
      ok: false,
      errors: [{ path: '/kind', keyword: 'discriminator', received: '"hexagon"' }],
    });
  });

  test('a union that JSON types cannot decide is decided by its tag, or tried branch by branch, as JSON Schema says', () => {
    // Branches without "type" accept every non-object: a string matches both, so oneOf fails and anyOf passes.
    expect(issues(untyped.validateShipment({ carrier: 'x' }))).toEqual(['/carrier oneOf']);
    expect(untyped.validateShipment({ anyCarrier: 'x' }).ok).toBe(true);
    expect(untyped.validateShipment({ carrier: { kind: 'courier', company: 'x' }, anyCarrier: { kind: 'post' } }).ok).toBe(true);
    // An object goes to the branch its tag names; no branch's tag is reported as such.
    expect(issues(untyped.validateShipment({ carrier: { kind: 'ship' }, anyCarrier: { kind: 'ship' } }))).toEqual(['/carrier/kind discriminator', '/anyCarrier/kind discriminator']);
    expect(issues(untyped.validateShipment({ carrier: { kind: 'post', office: 1 } }))).toEqual(['/carrier/office type']);
    // Two string branches beside tagged objects: a uuid or digits, or a tagged object.
    expect(untyped.validateShipment({ reference: '123' }).ok).toBe(true);
    expect(untyped.validateShipment({ reference: { system: 'dhl', code: '1' } }).ok).toBe(true);
    expect(issues(untyped.validateShipment({ reference: 'abc' }))).toEqual(['/reference oneOf', '/reference format']);
    expect(issues(untyped.validateShipment({ reference: { system: 'fedex', code: '1' } }))).toEqual(['/reference oneOf', '/reference/system const']);
  });

  test('object branches that share a tag and differ in what they require are tried branch by branch, not refused', () => {
    expect(untyped.validateReviewEvent({ action: 'review_requested', number: 1, reviewer: 'ada' }).ok).toBe(true);
    expect(untyped.validateReviewEvent({ action: 'review_requested', number: 1, team: 'core' }).ok).toBe(true);
    expect(untyped.validateReviewEvent({ action: 'closed', number: 1 }).ok).toBe(true);
    // Neither kind, and both at once (oneOf: exactly one must match).
    // The two branches of its action each lack one name; the first is the nearest.
    expect(issues(untyped.validateReviewEvent({ action: 'review_requested', number: 1 }))).toEqual([' oneOf', '/reviewer required']);
    expect(issues(untyped.validateReviewEvent({ action: 'review_requested', number: 1, reviewer: 'ada', team: 'core' }))).toEqual([' oneOf']);
  });

  test('arrays of unions check each item by its JSON type, then by discriminator', () => {
    const result = playlist.validatePlaylist({ entries: ['intro', { type: 'pause', seconds: 0 }, 7], tags: ['a', 1, 1.5] });
    expect(issues(result)).toEqual(['/entries/1/seconds exclusiveMinimum', '/entries/2 type', '/tags/2 type']);
    expect(issues(playlist.validatePlaylist({ entries: [] }))).toEqual(['/entries minItems']);
  });
});

describe('names a schema shares with the run-time', () => {
  test('a type named ValidationError is the one index.ts exports; the run-time class is in runtime.ts', () => {
    const error: oddNames.ValidationError = { loc: ['query', 'q', 0], msg: 'field required', type: 'missing' };
    expect(oddNames.validateValidationError(error).ok).toBe(true);
    expect(issues(oddNames.validateValidationError({ loc: [true], msg: 'x' }))).toEqual(['/loc/0 type', '/type required']);
    expect(Object.keys(oddNames)).not.toContain('ValidationError');
    expect(() => oddNames.assertValidationError({})).toThrow(oddNamesRuntime.ValidationError);
  });

  test('types named like run-time helpers (Date, Uri, Object, Valid...) have their own isX; the helpers still check', () => {
    expect(oddNames.isDate('2024-02-29')).toBe(true);
    expect(issues(oddNames.validateDate('2023-02-29'))).toEqual([' format']);
    expect(oddNames.isDateTime('2024-02-29T10:00:00Z') && oddNames.isUri('https://a.example/') && oddNames.isUuid('7d4f3a52-9c1e-4b2a-8f00-0123456789ab')).toBe(true);
    expect(oddNames.isMultipleOf(1.5) && !oddNames.isMultipleOf(1.25)).toBe(true);
    expect(oddNames.isObject({ on: '2024-01-01', inner: { at: '2024-01-01T00:00:00Z' } })).toBe(true);
    expect(issues(oddNames.validateObject({ on: 'soon', inner: [] }))).toEqual(['/on format', '/inner type']);
    expect(() => oddNames.assertValid({ id: 'x' })).toThrow(oddNamesRuntime.ValidationError);
    expect(oddNames.validateValid({ home: 'https://a.example/' }).ok).toBe(true);
  });
});

describe('recursion and hostile values', () => {
  test('recursive types validate at every depth', () => {
    const tree = { label: 'root', children: [{ label: 'a', children: [{ label: 'b', children: [{}] }] }] };
    expect(issues(recursion.validateTreeNode(tree))).toEqual(['/children/0/children/0/children/0/label required']);
  });

  test('a union that refers back to the array type it is in tells arrays apart, not objects', () => {
    expect(recursion.validateNestedList(['a', ['b', ['c']], []]).ok).toBe(true);
    expect(issues(recursion.validateNestedList(['a', ['b', [1]]]))).toEqual(['/1/1/0 type']);
    expect(issues(recursion.validateNestedList([{}]))).toEqual(['/0 type']);
  });

  test('a recursive union checks its value against a recursive branch without calling it a cycle', () => {
    const node = { label: 'a', children: [{ label: 'b' }] };
    expect(recursion.validateOutline(node)).toEqual({ ok: true, value: node, warnings: [] });
    expect(recursion.isOutline(['x', node, [node]])).toBe(true);
    expect(issues(recursion.validateOutline([{ label: 1 }]))).toEqual(['/0/label type']);
    const list: unknown[] = ['x'];
    list.push(list);
    expect(issues(recursion.validateOutline(list))).toEqual(['/1 cycle']);
    const tree: { label: string; children: unknown[] } = { label: 'a', children: [] };
    tree.children.push(tree);
    expect(recursion.isOutline(tree)).toBe(false);
    expect(recursion.isOutline([tree])).toBe(false);
  });

  test('a type that checks the same value against itself again, without a step down, ends at once as a cycle', () => {
    expect(recursion.validateSelfCondition({ x: 'a' })).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'cycle' }] });
    expect(recursion.isSelfCondition({})).toBe(false);
    // A branch of another type at the same value is still no cycle (outline.json): only the same check again is.
    expect(recursion.isOutline({ label: 'a' })).toBe(true);
  });

  test('rules no value of the established JSON type can meet compile, and fail as JSON Schema says', () => {
    expect(issues(impossible.validateDependent({ a: 'a' }))).toEqual([' const']);
    expect(impossible.validateDependent({}).ok).toBe(true);
    expect(issues(impossible.validateNames({ x: {} }))).toEqual(['/x propertyNames']);
    expect(impossible.validateNames({}).ok).toBe(true);
    expect(impossible.validateNarrowed(0).ok).toBe(true);
    expect(impossible.validateNarrowed(null).ok).toBe(true);
    expect(impossible.validateNarrowed(1).ok).toBe(false);
  });

  test('a name only "required" lists is held to additionalProperties, or to the pattern it matches', () => {
    expect(undeclared.validateLabels({ name: 'abc', 'x-owner': 'team-a' }).ok).toBe(true);
    expect(issues(undeclared.validateLabels({ name: 'abcd', 'x-owner': 1 }))).toEqual(['/name maxLength', '/x-owner type']);
    expect(issues(undeclared.validateLabels({ 'x-owner': 'a' }))).toEqual(['/name required']);
    expect(undeclared.validateSealed({ id: 1 }).ok).toBe(false);
    expect(undeclared.isSealed({})).toBe(false);
  });

  test('a const or enum value that is not of the type beside it fails that type, as JSON Schema says', () => {
    expect(impossible.validateMismatch({ word: 'a' }).ok).toBe(true);
    expect(impossible.validateMismatch({ word: null }).ok).toBe(true);
    expect(issues(impossible.validateMismatch({ word: 1, five: 5, shape: { k: 1 } }))).toEqual(['/word type', '/five type', '/shape type']);
    // One "type" beside a null member, as Teams' app manifest writes it: generated, and null fails.
    expect(impossible.validateMismatch({ tier: 'tier1' }).ok).toBe(true);
    expect(issues(impossible.validateMismatch({ tier: null }))).toEqual(['/tier type']);
  });

  test('a type that refers to itself at the same value (not, dependentSchemas) gets one verdict from validateX and isX', () => {
    for (const value of [{}, { a: 'x' }, { a: 1 }, { b: [] }, 'a', 1, null]) {
      expect(paradox.validateParadox(value).ok, JSON.stringify(value)).toBe(paradox.isParadox(value));
      expect(paradox.validateParadoxInput(value).ok, JSON.stringify(value)).toBe(paradox.isParadoxInput(value));
    }
  });

  test('a level that passes through a union and its branch at the same value counts once toward the depth limit', () => {
    const nest = (levels: number): unknown => {
      let node: unknown = 'leaf';
      for (let i = 0; i < levels; i++) node = { children: [node] };
      return node;
    };
    expect(recursion.validateSyntaxNode(nest(200))).toMatchObject({ ok: true });
    expect(recursion.isSyntaxNode(nest(200))).toBe(true);
    expect(recursion.validateSyntaxNode(nest(300))).toMatchObject({ ok: false, errors: [{ keyword: 'maxDepth' }] });
  });

  test('a cyclic value is an error, not a hang', () => {
    const item: { value: number; next?: unknown } = { value: 1 };
    item.next = item;
    expect(issues(recursion.validateListItem(item))).toEqual(['/next cycle']);
  });

  test('absurd depth is an error, not a stack overflow', () => {
    let list: unknown = null;
    for (let i = 0; i < 100_000; i++) list = { value: i, next: list };
    const result = recursion.validateListItem(list);
    expect(issues(result)[0]).toMatch(/ maxDepth$/);
  });

  test('throwing getters and Proxy traps become an issue, never an exception', () => {
    const getter = Object.defineProperty({}, 'label', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(recursion.validateTreeNode(getter)).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'unreadable' }] });
    const proxy = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); }, getOwnPropertyDescriptor: () => { throw new Error('trap'); } });
    expect(recursion.validateTreeNode(proxy).ok).toBe(false);
  });

  test('__proto__ and constructor keys are plain data and the prototype is untouched', () => {
    const payload = JSON.parse('{"label":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown;
    expect(issues(recursion.validateTreeNode(payload))).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // Inherited properties are never read: an object that inherits its label is no JSON object, and
    // one without a prototype is judged by its own properties.
    expect(issues(recursion.validateTreeNode(Object.create({ label: 'inherited' })))).toEqual([' type']);
    expect(issues(recursion.validateTreeNode(Object.create(null)))).toEqual(['/label required']);
  });
});

describe('the validator interfaces', () => {
  test('is… narrows, assert… throws a ValidationError with every issue', () => {
    expect(nested.isCircle({ kind: 'circle', radius: 2 })).toBe(true);
    expect(() => nested.assertCircle({ kind: 'circle' })).toThrowError(/not a valid Circle: \/radius is required/);
  });

  test('Standard Schema v1: vendor, version, and issues with path segments', () => {
    const standard = tickets.validatePersonInput['~standard'];
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe('callgen');
    expect(standard.validate({ email: 'a@b.example' })).toEqual({ value: { email: 'a@b.example' } });
    expect(standard.validate({ 'a/b': 1 })).toEqual({ issues: [{ message: 'is not a known property', path: ['a/b'] }] });
  });

  test('a schema and a fixed property named __proto__ are own properties of the registry and of what the builder makes', () => {
    expect(Object.keys(protoKeys.validatorsBySchemaName)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(protoKeys.validatorsBySchemaName)).toBe(Object.prototype);
    expect(protoKeys.validatorsBySchemaName['typeName']).toBeUndefined();
    const built = protoKeys.proto({ name: 'x' });
    expect(JSON.stringify(built)).toBe('{"name":"x","__proto__":"#proto"}');
    expect(protoKeys.validateProtoInput(built).ok).toBe(true);
  });

  test('the registry offers both modes by schema name', () => {
    const entry = tickets.validatorsBySchemaName['person'];
    expect(entry?.typeName).toBe('Person');
    expect(entry?.request?.mode).toBe('request');
    expect(entry?.response?.mode).toBe('response');
    expect(tickets.validatorsBySchemaName['createTicket']?.response).toBeUndefined();
  });
});

describe('quoting received values', () => {
  // show() quotes plain text itself and leaves anything JSON.stringify would escape to it: the
  // result must be JSON.stringify's, cut at 80 characters as before.
  test.each([
    ['plain text', 'microsoft.graph.call'],
    ['an empty string', ''],
    ['a quote', 'say "hi"'],
    ['a backslash', 'C:\\calls'],
    ['control characters', 'a\nb\tc\u0000d\u001f'],
    ['a surrogate pair', 'call \uD83D\uDE00'],
    ['a lone surrogate', 'bad \uD83D end'],
    ['line separators and DEL', 'x\u2028y\u2029z\u007f'],
    ['a long text', 'x'.repeat(100)],
    ['a long text with a quote past the cut', `${'x'.repeat(90)}"`],
  ])('%s', (_name, text) => {
    expect(show(text)).toBe(JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text));
  });
});
