import { problemAt, type Problem } from '../diagnostics.js';
import { holdsOpenEnum } from './children.js';
import { valueName } from './names.js';
import { requestName } from './reach.js';
import type { NamedType, Shape } from './types.js';

// Names the run-time takes are not claims here: validators.ts imports a helper a generated validator
// also names (`isDate` of a type `Date`) as `$isDate`, and index.ts leaves out a run-time export a
// type is named like (`ValidationError`): see validators/index.ts and emit.ts.

interface Claim {
  readonly name: string;
  readonly what: string;
  readonly type: NamedType | undefined;
}

/**
 * Every name the emitters will write, checked against every other name of the same module: two
 * schemas whose names collide there (a type `ValidateFoo`, whose builder `validateFoo` is also
 * `Foo`'s validator) would make code that does not compile, or re-exports that shadow each other.
 */
export function nameCollisions(types: readonly NamedType[]): Problem[] {
  const validators: Claim[] = [fixed('validatorsBySchemaName')];
  const exported: Claim[] = [fixed('validatorsBySchemaName')];
  const typesModule: Claim[] = types.some((t) => holdsOpenEnum(t.shape)) ? [fixed('OpenEnum')] : [];
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
      problems.push(problemAt(holder.type.source, `${holder.what} would collide in ${module} with ${others} (both "${name}"); give the schema another "title" (in an OpenAPI document, another component name)`));
    }
  }
  return problems;
}
