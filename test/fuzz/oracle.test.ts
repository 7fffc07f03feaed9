import { describe, expect, test } from 'vitest';
import { Fuzzer } from './engine.js';
import type { Transformation } from './modes.js';
import { SchemaSet, type Json } from './schemas.js';
import { fuzzSettings } from './settings.js';

// The oracle's transformations (modes.ts), each shown on a payload a person wrote: the generated
// validator and the transformed schemas agree on it, and without that one transformation Ajv says
// the opposite. Then the fuzzer itself, with each transformation left out in turn, must find
// disagreements: it is sensitive to every rule the transformations encode.

const set = new SchemaSet();
const settings = fuzzSettings();
const faithful = new Fuzzer(set);

const REQUEST: Json = {
  callbackUri: 'https://bot.contoso.com/callback',
  requestedModalities: ['audio'],
  mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
  targets: [{ identity: { user: { id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8', displayName: 'John' } } }],
};

const request = (extra: Record<string, Json>): Json => ({ ...(REQUEST as Record<string, Json>), ...extra });

interface Example {
  readonly transformation: Transformation;
  readonly why: string;
  readonly validator: string;
  readonly payload: Json;
  /** The verdict of the generated validator and of the faithful oracle; the oracle without the transformation says the opposite. */
  readonly ok: boolean;
}

const EXAMPLES: readonly Example[] = [
  { transformation: 'R1', why: 'a readOnly property in a request is only a warning, whatever its value', validator: 'validateCreateCallRequest', payload: request({ state: 42 }), ok: true },
  { transformation: 'R2', why: 'null is rejected in a request where x-nullable-in-request is false', validator: 'validateCreateCallRequest', payload: request({ subject: null }), ok: false },
  { transformation: 'R3', why: 'createCallRequest has the properties of call, merged from allOf', validator: 'validateCreateCallRequest', payload: request({ subject: 'Weekly sync' }), ok: true },
  { transformation: 'R4', why: 'an unknown property is an error in a request', validator: 'validateCreateCallRequest', payload: request({ priority: 'high' }), ok: false },
  { transformation: 'S1', why: 'a response may carry a member of an open enum added later', validator: 'validateCall', payload: { state: 'parked' }, ok: true },
  { transformation: 'F1', why: 'a uuid is the RFC 4122 string form, not a urn:uuid: URN', validator: 'validateCall', payload: { tenantId: 'urn:uuid:112f7296-5fa4-42ca-bae8-6a692b15d4b8' }, ok: false },
  { transformation: 'F2', why: 'an RFC 3339 offset has a colon', validator: 'validateCallTranscriptionInfo', payload: { state: 'active', lastModifiedDateTime: '2024-01-02T03:04:05+0100' }, ok: false },
];

const without = new Map<Transformation, Fuzzer>();
function fuzzerWithout(transformation: Transformation): Fuzzer {
  const existing = without.get(transformation);
  if (existing !== undefined) return existing;
  const created = new Fuzzer(set, { skip: new Set([transformation]) });
  without.set(transformation, created);
  return created;
}

describe('each transformation, on a hand-written payload', () => {
  test.each(EXAMPLES)('$transformation: $why', ({ transformation, validator, payload, ok }) => {
    expect(faithful.target(validator).generated(payload).ok).toBe(ok);
    expect(faithful.target(validator).ajv(payload).ok).toBe(ok);
    expect(fuzzerWithout(transformation).target(validator).ajv(payload).ok).toBe(!ok);
  });

  test('R1 and S1 leave a warning behind in the generated validators, not an error', () => {
    expect(faithful.target('validateCreateCallRequest').generated(request({ state: 42 })).warnings).toEqual(['/state readOnly']);
    expect(faithful.target('validateCall').generated({ state: 'parked' }).warnings).toEqual(['/state enum']);
  });

  test('R2 keeps null where a property says "x-nullable-in-request": true (passcode)', () => {
    const payload = { '@odata.type': '#microsoft.graph.joinMeetingIdMeetingInfo', joinMeetingId: '1234567890', passcode: null };
    expect(faithful.target('validateJoinMeetingIdMeetingInfoInput').generated(payload).ok).toBe(true);
    expect(faithful.target('validateJoinMeetingIdMeetingInfoInput').ajv(payload).ok).toBe(true);
    expect(faithful.target('validateJoinMeetingIdMeetingInfoInput').ajv({ ...payload, allowConversationWithoutHost: null }).ok).toBe(false);
  });
});

/** Where each transformation shows, with enough cases to see it under every seed tried (the default, 1 to 4). */
const SENSITIVITY: readonly { transformation: Transformation; validator: string; runs: number }[] = [
  { transformation: 'R1', validator: 'validateCreateCallRequest', runs: 300 },
  { transformation: 'R2', validator: 'validateCreateCallRequest', runs: 300 },
  { transformation: 'R3', validator: 'validateCreateCallRequest', runs: 300 },
  { transformation: 'R4', validator: 'validateCreateCallRequest', runs: 300 },
  { transformation: 'R5', validator: 'validateCreateCallRequest', runs: 300 },
  { transformation: 'S1', validator: 'validateCall', runs: 300 },
  { transformation: 'F1', validator: 'validateCall', runs: 3000 },
  { transformation: 'F2', validator: 'validateCallTranscriptionInfo', runs: 5000 },
];

describe('the fuzzer finds the difference when a transformation is left out', () => {
  test.each(SENSITIVITY)('without $transformation: disagreements on $validator', ({ transformation, validator, runs }) => {
    const fuzzer = fuzzerWithout(transformation);
    const tally = fuzzer.run(fuzzer.cases(validator), { seed: settings.seed, numRuns: runs });
    expect(tally.disagreements.length).toBeGreaterThan(0);
  });
});
