import path from 'node:path';
import { byCodeUnit, problemAt, type Problem, type Source } from '../diagnostics.js';
import type { ResolvedSchemas } from '../schema/resolve.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { typeName } from './names.js';
import { markRequestShapes } from './reach.js';
import { shapeOfNode, type BuildContext } from './shapes.js';
import type { Model, NamedType, Shape } from './types.js';
import { versionsOf } from './annotations.js';
import { aliasCycleProblems } from './aliases.js';
import { buildOperations, operationShapeProblems } from './operations.js';
import { isOperationsFile } from '../schema/operations.js';
import { nameCollisions } from './collisions.js';

/** How many named types may be under construction at once, each built from the next. */
const MAX_CHAIN = 256;

interface Candidate {
  readonly node: JsonObject | boolean;
  readonly schemaName: string;
  /** For an untitled `$ref` target: a longer name from its whole pointer, taken when the short one is shared. */
  readonly fullName?: string;
  readonly source: Source;
}

/**
 * Builds the one model from resolved schemas. Every file root and every `$ref` target becomes a
 * named type, so cycles always pass through a name and never need inlining.
 */
export function buildModel(resolved: ResolvedSchemas, schemaFolder: string): { model: Model; problems: Problem[]; notes: Problem[] } {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const candidates = collectCandidates(resolved);
  const nameOf = assignNames(candidates, notes);
  const byName = new Map<string, Candidate>();
  for (const [candidate, name] of nameOf) byName.set(name, candidate);
  const nameOfNode = new Map([...byName].filter(([, c]) => typeof c.node !== 'boolean').map(([name, c]) => [c.node, name] as const));
  // Shapes are built on demand: `allOf` and union analysis need the shapes of the types they name.
  const shapes = new Map<string, Shape>();
  const building = new Set<string>();
  const context: BuildContext = {
    problems,
    nameOfTarget: (refNode) => {
      const target = resolved.targetOf.get(refNode);
      return target === undefined ? undefined : nameOfNode.get(target as JsonObject);
    },
    targetOf: (refNode) => resolved.targetOf.get(refNode),
    nodeOfNamed: (name) => byName.get(name)?.node,
    shapeOfNamed: (name) => {
      const built = shapes.get(name);
      const candidate = byName.get(name);
      if (built !== undefined || candidate === undefined || building.has(name)) return built;
      if (building.size >= MAX_CHAIN) {
        // Each type on the way is being built by recursion; a longer chain would overflow the stack.
        const unknown: Shape = { kind: 'unknown', source: candidate.source };
        problems.push(problemAt(candidate.source, `"${name}" ends a chain of more than ${MAX_CHAIN} types each built from the next (by "allOf", a union or "$ref" beside other keywords), longer than callgen follows; shorten the chain`));
        shapes.set(name, unknown);
        return unknown;
      }
      building.add(name);
      const shape = shapeOfNode(candidate.node, candidate.source, context);
      building.delete(name);
      shapes.set(name, shape);
      return shape;
    },
  };
  const finished: NamedType[] = [];
  for (const [name, candidate] of byName) {
    const shape = context.shapeOfNamed(name);
    if (shape !== undefined) finished.push(namedType(candidate, name, shape));
  }
  problems.push(...aliasCycleProblems(finished));
  const operations = buildOperations(resolved, context);
  // A type an operation sends is a request root as much as an `x-request-body` one.
  const sent = operations.flatMap((o) => (o.requestBody === undefined ? [] : [o.requestBody]));
  const withRequestShapes = markRequestShapes(finished, problems, sent);
  // Names derived from the type names are worth checking once the type names themselves are sound.
  if (problems.length === 0) problems.push(...nameCollisions(withRequestShapes));
  withRequestShapes.sort((a, b) => byCodeUnit(a.name, b.name));
  problems.push(...operationShapeProblems(operations, withRequestShapes));
  return { model: { types: withRequestShapes, operations, schemaFolder }, problems, notes };
}

function namedType(candidate: Candidate, name: string, shape: Shape): NamedType {
  const node = isJsonObject(candidate.node) ? candidate.node : {};
  const description = typeof node['description'] === 'string' ? node['description'] : undefined;
  return {
    name,
    schemaName: candidate.schemaName,
    description,
    shape,
    versions: versionsOf(node),
    deprecated: node['deprecated'] === true,
    requestBody: node['x-request-body'] === true,
    hasRequestShape: false,
    ...(isJsonObject(node['x-drift-decisions']) ? { driftDecisions: node['x-drift-decisions'] as Record<string, string> } : {}),
    source: candidate.source,
  };
}

/**
 * File roots in file order, then `$ref` targets that are not roots, in the order they are first
 * referenced. An operations file (only `x-operations` and annotations) defines no type.
 */
function collectCandidates(resolved: ResolvedSchemas): Candidate[] {
  const candidates: Candidate[] = [];
  const seen = new Set<unknown>();
  for (const document of resolved.documents) {
    if (!isJsonObject(document.root) && typeof document.root !== 'boolean') continue;
    seen.add(document.root);
    if (isOperationsFile(document.root)) continue;
    const base = path.posix.basename(document.file, '.json');
    candidates.push({ node: document.root, schemaName: titleOf(document.root) ?? base, source: { file: document.file, pointer: '' } });
  }
  for (const target of resolved.targetOf.values()) {
    // `true` and `false` targets are inlined where they are referenced.
    if (seen.has(target) || !isJsonObject(target)) continue;
    seen.add(target);
    const source = resolved.sourceOf.get(target);
    if (source === undefined) continue;
    const tokens = source.pointer.split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
    const base = path.posix.basename(source.file, '.json');
    const title = titleOf(target);
    candidates.push(
      title !== undefined
        ? { node: target, schemaName: title, source }
        : { node: target, schemaName: `${base}-${tokens.at(-1) ?? ''}`, fullName: fullName(base, tokens), source },
    );
  }
  return candidates;
}

/** A name from the whole pointer: `schema-a-b` for `schema.json#/$defs/a/$defs/b` (`schema-def` where the tokens are empty). */
function fullName(base: string, tokens: readonly string[]): string {
  const named = tokens.filter((t) => t !== '' && !['$defs', 'definitions', 'properties'].includes(t));
  return [base, ...(named.length > 0 ? named : ['def'])].join('-');
}

function titleOf(node: unknown): string | undefined {
  return isJsonObject(node) && typeof node['title'] === 'string' && node['title'].trim() !== '' ? node['title'] : undefined;
}

/**
 * TypeScript names, one per candidate. Several schemas may make one name: titles are annotations
 * and JSON Schema lets two schemas share one (CycloneDX's `Signature`, one per schema version), and
 * distinct titles can make one name (`my-type`, `my_type`). The first keeps it (one named by its
 * title or file before one named by its place, then in candidate order) and each other is
 * numbered (`Signature2`), with a note that says how to choose its name instead.
 */
function assignNames(rawCandidates: readonly Candidate[], notes: Problem[]): Map<Candidate, string> {
  const shortNames = new Map<string, number>();
  for (const c of rawCandidates) shortNames.set(typeName(c.schemaName), (shortNames.get(typeName(c.schemaName)) ?? 0) + 1);
  // An untitled target whose short name is shared, or empty, is named by its whole pointer instead.
  const candidates = rawCandidates.map((c) =>
    c.fullName !== undefined && ((shortNames.get(typeName(c.schemaName)) ?? 0) > 1 || c.schemaName.endsWith('-')) ? { ...c, schemaName: c.fullName } : c,
  );
  const byName = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const name = typeName(candidate.schemaName);
    byName.set(name, [...(byName.get(name) ?? []), candidate]);
  }
  const nameOf = new Map<Candidate, string>();
  const taken = new Set(byName.keys());
  for (const [name, holders] of byName) {
    const keeper = holders.find((h) => h.fullName === undefined) ?? holders[0];
    if (keeper === undefined) continue;
    nameOf.set(keeper, name);
    for (const holder of holders) {
      if (holder === keeper) continue;
      let n = 2;
      while (taken.has(`${name}${n}`)) n++;
      const numbered = `${name}${n}`;
      taken.add(numbered);
      // The registry of validators is keyed by schema name: a shared title gives way to the type name there too.
      const shared = holders.some((other) => other !== holder && other.schemaName === holder.schemaName);
      nameOf.set(shared ? { ...holder, schemaName: numbered } : holder, numbered);
      notes.push(problemAt(holder.source, `${namedHow(holder, name)}, which ${place(keeper)} is; it is named "${numbered}"${nameHint(holder)}`));
    }
  }
  return nameOf;
}

/** How a candidate came by a type name it must give up: its title, its file name or its place. */
function namedHow(candidate: Candidate, name: string): string {
  if (candidate.fullName !== undefined) return `this schema, named by its place, would become the type "${name}"`;
  const by = titleOf(candidate.node) !== undefined ? 'title' : 'file name';
  return `this schema's ${by} ${JSON.stringify(candidate.schemaName)} would make the type "${name}"`;
}

/** How to choose the name instead: a distinct title, with a letter or digit where the title had none (`顧客`). */
function nameHint(candidate: Candidate): string {
  if (/[\p{L}\p{N}]/u.test(candidate.schemaName)) return ' (give it a distinct "title" to choose its name)';
  return ` (type names are made of the letters and digits of a title or file name, and ${JSON.stringify(candidate.schemaName)} has none: give it a title with some)`;
}

function place(candidate: Candidate): string {
  return `${candidate.source.file}#${candidate.source.pointer}`;
}
