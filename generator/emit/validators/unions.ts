import { assertNever } from '../../diagnostics.js';
import { quote } from '../../model/names.js';
import type { JsonType, UnionShape } from '../../model/types.js';
import type { Code } from './code.js';
import { enumChecks } from './scalars.js';
import type { Pointer } from './path.js';
import type { Writer } from './writer.js';

// Checks of unions: decided by JSON type, then by one discriminator property.

const A_JSON_TYPE: Readonly<Record<JsonType, string>> = {
  null: 'null',
  boolean: 'a boolean',
  number: 'a number',
  string: 'a string',
  array: 'an array',
  object: 'an object',
};

/**
 * `nullOnlyInResponse`: in request mode null is refused, with its own message: no branch takes
 * it, and the type error it falls to reports it as null in a request (and leaves null out of what
 * it expects). `known`: the JSON type the caller established, so
 * only that branch is written.
 */
export function unionChecks(w: Writer, shape: UnionShape, value: string, path: Pointer, nullOnlyInResponse: boolean, known?: JsonType): Code[] {
  const expected = shape.byJsonType.map(([type, branches]) => noun(w, shape, type, branches)).join(' or ');
  const withoutNull = shape.byJsonType.filter(([type]) => type !== 'null').map(([type, branches]) => noun(w, shape, type, branches)).join(' or ');
  const nullRefused = nullOnlyInResponse && withoutNull !== expected && w.request;
  // A refused null falls through every branch to the type error, whose helper reports it as null in a request.
  const typeError: Code = { kind: 'report', report: w.errorCall(nullRefused ? 'typeErrorInRequest' : 'typeError', path, quote(nullRefused ? withoutNull : expected), value) };
  if (known !== undefined) {
    const branch = shape.byJsonType.find(([type]) => type === known);
    return branch === undefined ? [typeError] : branchesOf(w, shape, branch[0], branch[1], value, path);
  }
  let code: Code[] = [typeError];
  for (const [type, branches] of [...shape.byJsonType].reverse().filter(([type]) => !(nullRefused && type === 'null'))) {
    const checks = branchesOf(w, shape, type, branches, value, path);
    const then: Code[] = checks.length > 0 ? checks : [{ kind: 'comment', text: `Any ${type} is accepted here.` }];
    code = [{ kind: 'if', test: jsonTypeTest(w, type, value), then, otherwise: code }];
  }
  return code;
}

/** How a type error names what a union accepts of one JSON type: "an integer" where every number branch is one. */
function noun(w: Writer, shape: UnionShape, type: JsonType, branches: readonly number[]): string {
  const integers = type === 'number' && branches.every((i) => {
    const branch = shape.branches[i];
    const resolved = branch === undefined ? undefined : w.index.resolve(branch);
    return resolved?.kind === 'number' && resolved.integer;
  });
  return integers ? 'an integer' : A_JSON_TYPE[type];
}

function jsonTypeTest(w: Writer, type: JsonType, value: string): string {
  switch (type) {
    case 'null':
      return `${value} === null`;
    case 'array':
      return `Array.isArray(${value})`;
    case 'object':
      return `${w.use('isObject')}(${value})`;
    case 'boolean':
    case 'number':
    case 'string':
      return `typeof ${value} === '${type}'`;
    default:
      return assertNever(type);
  }
}

function branchesOf(w: Writer, shape: UnionShape, type: JsonType, branches: readonly number[], value: string, path: Pointer): Code[] {
  const only = branches.length === 1 ? shape.branches[branches[0] ?? 0] : undefined;
  if (only !== undefined) return w.check(only, value, path, type);
  if (type === 'object' && shape.discriminator !== undefined) return discriminated(w, shape, value, path);
  if (shape.typeless !== undefined) return admittedByEach(w, shape, shape.typeless, branches, type, value, path);
  // Several literal or enum branches of one JSON type: one closed set of values.
  const resolved = branches.flatMap((i) => {
    const branch = shape.branches[i];
    return branch === undefined ? [] : [w.index.resolve(branch)];
  });
  const values = resolved.flatMap((r) => (r.kind === 'literal' ? [r.value] : r.kind === 'enum' ? r.values : []));
  // The branches' values are distinct (model/unions.ts tries each branch otherwise), so a member
  // one branch keeps out of requests is in no other.
  const responseOnly = resolved.flatMap((r) => (r.kind === 'enum' ? r.responseOnly : []));
  return enumChecks(w, { kind: 'enum', values, open: false, responseOnly, memberVersions: new Map(), source: shape.source }, value, path);
}

/**
 * A value of a JSON type every listed branch admits, saying no `type` (model/typeless.ts): a `oneOf`
 * matches each of them, so it refuses the value as it refuses any value matching several branches;
 * an `anyOf` takes what one of them takes (any JSON value of the type; checked as the first checks it).
 */
function admittedByEach(w: Writer, shape: UnionShape, keyword: 'oneOf' | 'anyOf', branches: readonly number[], type: JsonType, value: string, path: Pointer): Code[] {
  const first = shape.branches[branches[0] ?? 0];
  if (keyword === 'anyOf') return first === undefined ? [] : w.check(first, value, path, type);
  return [{ kind: 'report', report: w.error(path, 'oneOf', `matches ${branches.length} of the ${shape.branches.length} schemas in "oneOf"; exactly one must match`) }];
}

function discriminated(w: Writer, shape: UnionShape, value: string, path: Pointer): Code[] {
  const discriminator = shape.discriminator;
  if (discriminator === undefined) return [];
  const tag = w.local('tag');
  const key = quote(discriminator.property);
  const at = path.property(discriminator.property);
  // Run-time helpers build both messages from the tags, with a hint for a tag one slip from one.
  const tags = w.constant('TAGS', `[${discriminator.values.map(([v]) => quote(v)).join(', ')}]`);
  const cases = discriminator.values.map(([tagValue, branch]) => {
    const branchShape = shape.branches[branch];
    return { labels: [quote(tagValue)], body: branchShape === undefined ? [] : w.check(branchShape, value, path, 'object') };
  });
  const fallback = shape.branches[discriminator.defaultBranch ?? -1];
  const absent: Code[] =
    fallback !== undefined
      ? w.check(fallback, value, path, 'object')
      : // A tag only clients send (writeOnly), or one no branch requires of the service (optional in a response),
        // may be missing from what the service sends: there a value without one is any branch it matches.
        tagOptionalInResponse(w, shape, discriminator.property) && !w.request
        ? w.check({ kind: 'choice', one: false, branches: shape.branches, source: shape.source }, value, path, 'object')
        : [{ kind: 'report', report: w.errorCall('missingTag', at, tags) }];
  const otherwise: Code[] = [{ kind: 'report', report: w.errorCall('unknownTag', at, tag, tags) }];
  return [
    { kind: 'const', name: tag, init: `${w.use('hasOwn')}(${value}, ${key}) ? ${value}[${key}] : undefined` },
    { kind: 'switch', on: tag, cases: [...cases, { labels: ['undefined'], body: absent }], otherwise },
  ];
}

/**
 * Whether every branch lets a response leave the tag out: write-only (OpenAPI: Rebilly's token
 * `mode`), or required of a request alone (GitHub's `user_view_type`, which no branch requires).
 */
function tagOptionalInResponse(w: Writer, shape: UnionShape, property: string): boolean {
  return shape.branches.every((branch) => {
    const resolved = w.index.resolve(branch);
    return resolved.kind === 'object' && resolved.properties.some((p) => p.name === property && (p.writeOnly === true || p.optionalInResponse === true));
  });
}
