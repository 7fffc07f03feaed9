import { GENERATED, type Payload } from './payloads.js';
import { TYPIA_NAME } from './typia.js';

// Whether the typia peers judge the documented payloads as callgen does, and where not, what each
// side says: callgen's errors, typia's first error. A peer that accepts what callgen rejects
// checks less on that payload, so its time is not for the same work.

type Module = Record<string, (value: unknown) => unknown>;
type TypiaResult = { readonly success: boolean; readonly errors?: readonly { readonly path: string; readonly expected: string }[] };


/** One note per peer: how many payloads it judges as callgen does, and each where it does not. */
export function typiaAgreement(payloads: readonly Payload[], typia: Module, withoutFormats: Module): string[] {
  return [
    agreement('typia', payloads, typia),
    agreement('typia without formats', payloads, withoutFormats),
  ];
}

function agreement(label: string, payloads: readonly Payload[], typia: Module): string {
  const differ = payloads.flatMap((p) => {
    const result = typia[`validate${TYPIA_NAME[p.kind]}`]?.(p.value) as TypiaResult | undefined;
    if (result === undefined) throw new Error(`${label}: no validate${TYPIA_NAME[p.kind]}`);
    if (result.success === p.valid) return [];
    return [p.valid ? `${p.id} (typia: ${describeTypia(result)})` : `${p.id} (typia accepts; callgen: ${describeCallgen(p)})`];
  });
  const head = `${label} judges ${payloads.length - differ.length} of ${payloads.length} documented payloads as callgen does`;
  return differ.length === 0 ? `${head}.` : `${head}; not: ${differ.join('; ')}.`;
}

function describeTypia(result: TypiaResult): string {
  const first = result.errors?.[0];
  return first === undefined ? 'rejects' : `${first.path} must be ${first.expected}`;
}

function describeCallgen(payload: Payload): string {
  const result = GENERATED[payload.kind](payload.value);
  const errors = result.ok ? [] : result.errors;
  return errors.map((e) => `${e.path === '' ? '/' : e.path} ${e.message}`).join(', ');
}
