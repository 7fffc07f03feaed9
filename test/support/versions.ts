import type { Judge } from '../../generator/docs/judge.js';

// A payload judged by one API version's validators is typed by that version's generated types:
// the typed-payload tests import each version's folder as a namespace and qualify the type.

const NAMESPACE = { 'v1.0': 'V1', beta: 'Beta' } as const;

/** `type` as the judge's version names it: `V1.CreateCallRequest`, or `type` itself for both versions' folder. */
export function typeInVersion(judge: Judge, type: string): string {
  return judge.version === undefined ? type : `${NAMESPACE[judge.version]}.${type}`;
}

/** The namespace imports of the per-version folders below `generated` (a relative module path). */
export function versionImports(generated: string): string[] {
  return Object.entries(NAMESPACE).map(([version, namespace]) => `import type * as ${namespace} from '${generated}/${version}/index.js';`);
}
