import { checkAgreement } from '../handwritten/agree.js';
import { validateCreateCallRequestByHand } from '../handwritten/createCallRequest.js';
import { count, ratio, type Section, type Target } from '../lib/report.js';
import { type Candidate, type Timing, timeInterleaved, type TimingOptions } from '../lib/timing.js';
import { createBenchAjv } from './ajv.js';
import { isCall, isCommsNotifications, isCreateCallRequest } from '../../generated/validators.js';
import { GENERATED, type Kind, loadDocumentedPayloads, type Payload, SCHEMA_FILE } from './payloads.js';
import { benchProcesses } from './processes.js';
import { prepareTypia, TYPIA_NAME, TYPIA_THREE, TYPIA_UNTAGGED_THREE } from './typia.js';
import { prepareTypiaUntagged } from './typia-untagged.js';
import { typiaAgreement } from './typia-agree.js';

// Part 1: the generated validators against typia, Ajv and a hand-written validator, on the
// documented payloads, grouped by kind and by the generated validator's verdict. The headline
// runs each family in a process of its own (processes.ts); the secondary table interleaves them
// in this one process, as round 1 did.

const CALLGEN = 'callgen validateX';
const CALLGEN_IS = 'callgen isX';
const TYPIA = 'typia createValidate';
const TYPIA_IS = 'typia createIs';
const AJV = 'Ajv';
const AJV_ALL = 'Ajv, allErrors';
const BY_HAND = 'hand-written';
const KINDS: readonly Kind[] = ['request', 'response', 'notification'];

interface Group {
  readonly kind: Kind;
  readonly valid: boolean;
  readonly payloads: readonly Payload[];
  readonly timings: readonly Timing[];
}

const IS: Readonly<Record<Kind, (value: unknown) => boolean>> = { request: isCreateCallRequest, response: isCall, notification: isCommsNotifications };

/** The headline (a process per family) and the secondary table (one process), in that order. */
export async function benchValidators(options: TimingOptions): Promise<Section[]> {
  const typiaNote = prepareTypia();
  const untaggedNote = prepareTypiaUntagged();
  const { payloads } = loadDocumentedPayloads();
  const groups = KINDS.flatMap((kind) => [true, false].map((valid) => ({ kind, valid, size: payloads.filter((p) => p.kind === kind && p.valid === valid).length }))).filter((g) => g.size > 0);
  const headline = benchProcesses(groups, options.samples);
  const typia = (await import(TYPIA_THREE)) as Record<string, (value: unknown) => unknown>;
  const agreement = typiaAgreement(payloads, typia, (await import(TYPIA_UNTAGGED_THREE)) as Record<string, (value: unknown) => unknown>);
  const secondary = benchInProcess(options, typia);
  return [{ ...headline, notes: [...headline.notes, `typia: ${typiaNote}. typia without formats: ${untaggedNote}.`, ...agreement] }, secondary];
}

function benchInProcess(options: TimingOptions, typia: Record<string, (value: unknown) => unknown>): Section {
  const { payloads, skipped } = loadDocumentedPayloads();
  const ajv = createBenchAjv(false);
  const ajvAll = createBenchAjv(true);
  const requests = payloads.filter((p) => p.kind === 'request').map((p) => p.value);
  const agreement = checkAgreement(requests);
  const handWrittenAgrees = agreement.disagreements.length === 0;

  const candidatesFor = (kind: Kind): Candidate[] => {
    const generated = GENERATED[kind];
    const typiaValidate = typia[`validate${TYPIA_NAME[kind]}`] as (value: unknown) => { success: boolean };
    const list: Candidate[] = [
      { name: CALLGEN, run: (v) => generated(v).ok },
      { name: CALLGEN_IS, run: IS[kind] },
      { name: TYPIA, run: (v) => typiaValidate(v).success },
      { name: TYPIA_IS, run: typia[`is${TYPIA_NAME[kind]}`] as (value: unknown) => boolean },
      { name: AJV, run: ajv.compile(SCHEMA_FILE[kind]) },
      { name: AJV_ALL, run: ajvAll.compile(SCHEMA_FILE[kind]) },
    ];
    if (kind === 'request' && handWrittenAgrees) list.push({ name: BY_HAND, run: (v) => validateCreateCallRequestByHand(v).ok });
    return list;
  };

  const groups: Group[] = [];
  for (const kind of KINDS) {
    for (const valid of [true, false]) {
      const subset = payloads.filter((p) => p.kind === kind && p.valid === valid);
      if (subset.length === 0) continue;
      const timings = timeInterleaved(candidatesFor(kind), subset.map((p) => p.value), options);
      groups.push({ kind, valid, payloads: subset, timings });
    }
  }

  const ajvDisagrees = payloads.filter((p) => ajvAll.compile(SCHEMA_FILE[p.kind])(p.value) !== p.valid);
  return {
    title: 'Validators in one process, interleaved (secondary)',
    header: ['payloads', 'n', 'validator', 'ops/s', 'ns/op', "time / callgen's", 'spread'],
    rows: groups.flatMap(rowsOf),
    notes: [
      `${payloads.length} documented payloads from test/corpus/graph-docs (${skipped} more found but not request, response or notification, or not parseable); valid or invalid as the generated validator judges them. One op validates one payload, timed in CPU time of the benchmark process (other load on the machine does not count); ${options.samples} interleaved samples per figure, median shown; spread is (slowest - fastest) / median.`,
      'Validators: requests with validateCreateCallRequest (request mode), responses with validateCall and notifications with validateCommsNotifications (response mode); Ajv with createCallRequest.json, call.json and commsNotifications.json.',
      `Ajv: Ajv2020 with ajv-formats, strict, the x- keywords as annotations, and a discriminator on the unions whose branches all require their tag (${ajv.discriminated.join(', ') || 'none'}); the others stay plain oneOf.`,
      `Ajv checks less than the generated validators on these schemas: it has no request mode (read-only warnings, null-in-request and unknown-property errors) and no open enums. Its verdict differs on ${ajvDisagrees.length} of ${payloads.length} payloads${ajvDisagrees.length > 0 ? ` (${ajvDisagrees.map((p) => p.id).join(', ')})` : ''}.`,
      handWrittenAgrees
        ? `Hand-written (bench/handwritten/): same findings as validateCreateCallRequest on ${agreement.checked} values (the documented requests and every one-field corruption of them).`
        : `Hand-written (bench/handwritten/) left out: it disagrees with validateCreateCallRequest on ${agreement.disagreements.length} of ${agreement.checked} values; first:\n${agreement.disagreements[0] ?? ''}`,
    ],
    // The targets are judged on the headline figures (a process per family); these are for comparison.
    targets: handWrittenTargets(groups),
  };
}

function rowsOf(group: Group): string[][] {
  const ours = group.timings.find((t) => t.name === CALLGEN);
  return group.timings.map((t, i) => [
    i === 0 ? `${group.kind}s, ${group.valid ? 'valid' : 'invalid'}` : '',
    i === 0 ? String(group.payloads.length) : '',
    t.name,
    count(t.opsPerSecond),
    count(t.nsPerOp),
    ours === undefined ? 'n/a' : ratio(t.nsPerOp / ours.nsPerOp),
    `${(t.spread * 100).toFixed(0)}%`,
  ]);
}

function handWrittenTargets(groups: readonly Group[]): Target[] {
  const ns = (g: Group, name: string): number => g.timings.find((t) => t.name === name)?.nsPerOp ?? Number.NaN;
  return groups
    .filter((g) => g.kind === 'request' && g.valid)
    .map((g) => {
      const vsHand = ns(g, CALLGEN) / ns(g, BY_HAND);
      return {
        name: 'requests, valid: validateX within 1.3x of the hand-written validator\'s time (in one process)',
        figure: Number.isFinite(vsHand) ? `${ratio(vsHand)} its time` : 'hand-written validator not timed',
        met: Number.isFinite(vsHand) ? vsHand <= 1.3 : undefined,
      };
    });
}
