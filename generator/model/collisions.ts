import { problemAt, type Problem } from '../diagnostics.js';
import { valueName } from './names.js';
import { requestName } from './reach.js';
import type { NamedType, Shape } from './types.js';

/**
 * Names the generated modules take for themselves: the run-time helpers `validators.ts` imports.
 * (A type named like a run-time export, `ValidationError`, takes that name in `index.ts`, which then
 * leaves the run-time's out: see emit.ts.)
 */
const RUNTIME_IMPORTS = [
  'MAX_DEPTH', 'assertValid', 'canonical', 'codePointLength', 'createValidator', 'duplicateItems', 'escapeToken', 'fail', 'hasOwn',
  'isDate', 'isDateTime', 'isMultipleOf', 'isObject', 'isUri', 'isUuid', 'missing', 'notAMember', 'nullInRequest', 'readOnlyInRequest',
  'show', 'slip', 'trial', 'typeError', 'typeErrorInRequest', 'under', 'reported', 'unknownProperty', 'writeOnlyInResponse', 'Context', 'Validator', 'T',
];

interface Claim {
  readonly name: string;
  readonly what: string;
  readonly type: NamedType | undefined;
}

/**
 * Every name the emitters will write, checked against every other name of the same module and of
 * the runtime: two schemas whose names collide there (a title `Uuid`, whose `isUuid` is also a
 * run-time helper; a type `ValidateFoo`, whose builder `validateFoo` is also `Foo`'s validator)
 * would make code that does not compile, or re-exports that shadow each other.
 */
export function nameCollisions(types: readonly NamedType[]): Problem[] {
  const validators: Claim[] = [...RUNTIME_IMPORTS.map((name) => ({ name, what: `callgen's run-time name ${name}`, type: undefined })), fixed('validatorsBySchemaName')];
  const exported: Claim[] = [fixed('validatorsBySchemaName')];
  const typesModule: Claim[] = types.some((t) => t.shape.kind === 'enum' && t.shape.open) ? [fixed('OpenEnum')] : [];
  const byName = new Map(types.map((t) => [t.name, t]));
  for (const type of types) {
    const shapes = [...(type.requestBody ? [] : [type.name]), ...(type.hasRequestShape && requestName(type) !== type.name ? [requestName(type)] : [])];
    const declared = [
      ...shapes.map((name) => claim(type, name, 'type')),
      ...(type.shape.kind === 'enum' ? [claim(type, `${valueName(type.name)}Values`, 'member list')] : []),
      ...(hasBuilder(type, byName) ? [claim(type, valueName(type.name), 'builder')] : []),
    ];
    const checks = [claim(type, `check${type.name}`, 'check function')];
    const api = shapes.flatMap((name) => ['validate', 'is', 'assert'].map((prefix) => claim(type, `${prefix}${name}`, 'validator')));
    typesModule.push(...declared.filter((c) => c.what !== 'builder'));
    validators.push(...checks, ...api);
    exported.push(...declared, ...api);
  }
  return [...clashes(validators, 'validators.ts'), ...clashes(typesModule, 'types.ts'), ...clashes(exported, 'index.ts')];
}

/** Whether `builders.ts` writes a function for the type: a sendable object with a fixed (`const`) property. */
function hasBuilder(type: NamedType, byName: ReadonlyMap<string, NamedType>): boolean {
  const object = type.hasRequestShape ? resolve(type.shape, byName) : undefined;
  if (object?.kind !== 'object') return false;
  return object.properties.some((p) => {
    const shape = resolve(p.shape, byName);
    return !p.readOnly && (shape.kind === 'literal' || (shape.kind === 'enum' && shape.values.length === 1));
  });
}

function resolve(shape: Shape, byName: ReadonlyMap<string, NamedType>): Shape {
  const seen = new Set<string>();
  let current = shape;
  while (current.kind === 'ref' && !seen.has(current.target)) {
    seen.add(current.target);
    current = byName.get(current.target)?.shape ?? current;
  }
  return current;
}

function fixed(name: string): Claim {
  return { name, what: `the generated ${name}`, type: undefined };
}

function claim(type: NamedType, name: string, what: string): Claim {
  return { name, what: `the ${what} ${name} of "${type.schemaName}"`, type };
}

function clashes(claims: readonly Claim[], module: string): Problem[] {
  const byName = new Map<string, Claim[]>();
  for (const c of claims) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const problems: Problem[] = [];
  for (const [name, holders] of byName) {
    if (holders.length < 2) continue;
    for (const holder of holders) {
      if (holder.type === undefined) continue;
      const others = holders.filter((h) => h !== holder).map((h) => h.what).join(' and ');
      problems.push(problemAt(holder.type.source, `${holder.what} would collide in ${module} with ${others} (both "${name}"); give the schema another "title"`));
    }
  }
  return problems;
}
