import { isCall, isCommsNotifications, isCreateCallRequest } from '../../generated/validators.js';
import { createBenchAjv } from './ajv.js';
import { GENERATED, type Kind, loadDocumentedPayloads, SCHEMA_FILE } from './payloads.js';
import { timeInterleaved } from '../lib/timing.js';
import type { Family } from './processes.js';
import { TYPIA_NAME, TYPIA_THREE, TYPIA_UNTAGGED_THREE } from './typia.js';

// One validator family on one group of payloads, alone in this process: nothing else is loaded or
// warmed up beside it, so it runs as it would in an application. Prints one JSON line.
//   node --import tsx bench/validators/alone.ts <family> <request|response|notification> <valid|invalid> <samples>

export interface AloneResult {
  readonly nsPerOp: number;
  readonly spread: number;
  readonly payloads: number;
}

type Check = (value: unknown) => boolean;
const IS: Readonly<Record<Kind, Check>> = { request: isCreateCallRequest, response: isCall, notification: isCommsNotifications };

async function pick(family: Family, kind: Kind): Promise<Check> {
  switch (family) {
    case 'callgen validateX': {
      const validate = GENERATED[kind];
      return (v) => validate(v).ok;
    }
    case 'callgen isX':
      return IS[kind];
    case 'Ajv':
      return createBenchAjv(false).compile(SCHEMA_FILE[kind]);
    case 'Ajv allErrors':
      return createBenchAjv(true).compile(SCHEMA_FILE[kind]);
    case 'typia createValidate':
    case 'typia createIs':
      return typiaCheck(TYPIA_THREE, family === 'typia createIs', kind);
    case 'typia without formats createValidate':
    case 'typia without formats createIs':
      return typiaCheck(TYPIA_UNTAGGED_THREE, family === 'typia without formats createIs', kind);
    case 'nothing (baseline)':
      return () => true;
    default:
      throw new Error(`unknown family ${String(family)}`);
  }
}

/** typia's createIs, or createValidate's `success`, of a kind's type, from a compiled module. */
async function typiaCheck(module: string, is: boolean, kind: Kind): Promise<Check> {
  const typia = (await import(module)) as Record<string, Check | ((v: unknown) => { success: boolean })>;
  const name = `${is ? 'is' : 'validate'}${TYPIA_NAME[kind]}`;
  const fn = typia[name];
  if (fn === undefined) throw new Error(`${module} has no ${name}`);
  if (is) return fn as Check;
  const validate = fn as (v: unknown) => { success: boolean };
  return (v) => validate(v).success;
}

async function main(): Promise<void> {
  const [family, kind, validity, samplesText] = process.argv.slice(2) as [Family, Kind, string, string];
  const values = loadDocumentedPayloads().payloads.filter((p) => p.kind === kind && p.valid === (validity === 'valid')).map((p) => p.value);
  const run = await pick(family, kind);
  const [timing] = timeInterleaved([{ name: family, run }], values, { samples: Number(samplesText), warmupMs: 300, sampleMs: 50 });
  const result: AloneResult = { nsPerOp: timing?.nsPerOp ?? Number.NaN, spread: timing?.spread ?? Number.NaN, payloads: values.length };
  console.log(JSON.stringify(result));
}

await main();
