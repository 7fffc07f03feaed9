import { describe, expect, expectTypeOf, test } from 'vitest';
import * as both from '../../generated/index.js';
import * as beta from '../../generated/beta/index.js';
import * as v1 from '../../generated/v1.0/index.js';

// The per-version output folders as a bot developer meets them: what one API version lacks is not
// in its types, enums or validators, and a request that sends it is told which version has it.

const body = {
  callbackUri: 'https://bot.contoso.com/callback',
  targets: [{ identity: { user: { id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8', displayName: 'John' } } }],
  requestedModalities: ['audio'],
  mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
};

describe('a beta-only property on the create-call request', () => {
  test.each([
    ['ringingTimeoutInSeconds', 30],
    ['routingPolicies', ['noMissedCall']],
  ])('%s: the v1.0 request validator says it is beta only', (name, value) => {
    expect(v1.validateCreateCallRequest({ ...body, [name]: value })).toEqual({
      ok: false,
      errors: [{ path: `/${name}`, keyword: 'additionalProperties', message: 'is only in the Graph beta API' }],
      warnings: [],
    });
  });

  test.each([
    ['ringingTimeoutInSeconds', 30],
    ['routingPolicies', ['noMissedCall']],
  ])('%s: the beta and the two-version validators accept it', (name, value) => {
    expect(beta.validateCreateCallRequest({ ...body, [name]: value }).ok).toBe(true);
    expect(both.validateCreateCallRequest({ ...body, [name]: value }).ok).toBe(true);
  });

  test('a property no version has is still just unknown', () => {
    expect(v1.validateCreateCallRequest({ ...body, ringTimeout: 30 })).toMatchObject({
      ok: false,
      errors: [{ path: '/ringTimeout', keyword: 'additionalProperties', message: 'is not a known property' }],
    });
  });

  test('responses from the v1.0 endpoint may still carry it: unknown properties are accepted there', () => {
    expect(v1.validateCall({ ringingTimeoutInSeconds: 30 })).toEqual({ ok: true, value: { ringingTimeoutInSeconds: 30 }, warnings: [] });
  });

  test('the request types differ as the validators do', () => {
    expectTypeOf<v1.CreateCallRequest>().not.toHaveProperty('ringingTimeoutInSeconds');
    expectTypeOf<beta.CreateCallRequest>().toHaveProperty('ringingTimeoutInSeconds');
    expectTypeOf<both.CreateCallRequest>().toHaveProperty('routingPolicies');
  });
});

describe('types and enum members of one version', () => {
  test('beta-only types exist only in beta', () => {
    expect(Object.keys(v1.validatorsBySchemaName)).not.toContain('meetingCapability');
    expect(Object.keys(beta.validatorsBySchemaName)).toContain('meetingCapability');
    expect('routingPolicyValues' in v1).toBe(false);
    expect(beta.routingPolicyValues).toContain('noMissedCall');
  });

  test('a beta-only enum member is not a v1.0 member: requests refuse it, responses take it as a member added later', () => {
    expect(v1.callStateValues).not.toContain('ringing');
    expect(beta.callStateValues).toContain('ringing');
    expect(both.callStateValues).toContain('ringing');
    const v1Response = v1.validateCall({ state: 'ringing' });
    expect(v1Response.ok).toBe(true);
    expect(v1Response.warnings).toHaveLength(1);
    expect(beta.validateCall({ state: 'ringing' })).toMatchObject({ ok: true, warnings: [] });
  });
});
