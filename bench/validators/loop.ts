import { validateCreateCallRequestByHand } from '../handwritten/createCallRequest.js';
import { isCall, isCommsNotifications, isCreateCallRequest } from '../../generated/validators.js';
import { createBenchAjv } from './ajv.js';
import { GENERATED, type Kind, loadDocumentedPayloads, SCHEMA_FILE } from './payloads.js';

// One validator on one group of documented payloads, over and over, for a profiler to watch:
//   node --cpu-prof --cpu-prof-dir=bench/.work/prof --import tsx bench/validators/loop.ts \
//     <request|response|notification> <valid|invalid> <callgen|callgen-is|ajv|ajv-all|hand> [seconds]
//   npx tsx bench/profile.ts bench/.work/prof/<file>.cpuprofile

const [kindArg = 'request', validityArg = 'valid', who = 'callgen', secondsArg = '5'] = process.argv.slice(2);
const kind = kindArg as Kind;
if (!(kind in GENERATED)) throw new Error(`kind must be request, response or notification, not ${kindArg}`);
const values = loadDocumentedPayloads()
  .payloads.filter((p) => p.kind === kind && p.valid === (validityArg === 'valid'))
  .map((p) => p.value);
const validate = pick(who);
const until = performance.now() + Number(secondsArg) * 1000;
let valid = 0;
let calls = 0;
while (performance.now() < until) {
  for (const value of values) if (validate(value)) valid++;
  calls += values.length;
}
console.log(`${who} on ${values.length} ${validityArg} ${kind}s: ${calls} calls, ${valid} valid`);

function pick(name: string): (value: unknown) => boolean {
  switch (name) {
    case 'callgen':
      return (v) => GENERATED[kind](v).ok;
    case 'callgen-is':
      return { request: isCreateCallRequest, response: isCall, notification: isCommsNotifications }[kind];
    case 'ajv':
      return createBenchAjv(false).compile(SCHEMA_FILE[kind]);
    case 'ajv-all':
      return createBenchAjv(true).compile(SCHEMA_FILE[kind]);
    case 'hand':
      if (kind !== 'request') throw new Error('the hand-written validator is for requests only');
      return (v) => validateCreateCallRequestByHand(v).ok;
    default:
      throw new Error(`validator must be callgen, callgen-is, ajv, ajv-all or hand, not ${name}`);
  }
}
