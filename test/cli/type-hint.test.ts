import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

// A mistyped --type gets the one name it most likely meant, as a mistyped command or flag does,
// rather than a list of every type (146 for the curated schemas) to search by eye.
describe('a mistyped --type', () => {
  test('validate: "did you mean", without the list', async () => {
    const io = captureIo();
    expect(await main(['validate', '--type', 'comsNotifications', 'payload.json'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^callgen validate: no type named "comsNotifications"; did you mean "commsNotifications"\?\nUsage: /);
  });

  test('validate: a name near none still lists the known types', async () => {
    const io = captureIo();
    expect(await main(['validate', '--type', 'frobnicate', 'payload.json'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^callgen validate: no type named "frobnicate"; known types: acceptJoinResponse, .*, call, /);
  });

  test('snippet: "did you mean" among the request types', async () => {
    const io = captureIo();
    expect(await main(['snippet', '--type', 'createCallReqest', 'payload.json'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^callgen snippet: no request type named "createCallReqest"; did you mean "createCallRequest"\?\nUsage: /);
  });
});
