import path from 'node:path';
import { pointerChild, type Problem, type Source } from '../diagnostics.js';
import { typeName } from '../model/names.js';
import type { SchemaDocument } from '../schema/read.js';
import { SUPPORTED_KEYWORDS } from '../schema/keywords.js';
import { isJsonObject } from '../schema/walk.js';
import { pointerTokens, valueAt, type DocumentSet, type LoadedDocument } from './documents.js';

/** A place in one of the files read: where a schema (or an operation) really stands. */
export interface Origin {
  readonly document: LoadedDocument;
  readonly pointer: string;
}

/**
 * Where the translation moved a node: what stood at `original` now stands at `content` (3.0's
 * `nullable` beside `allOf` makes the node `anyOf: [<node>, { type: null }]`, so its content moves
 * one level down). Pointers are relative to the anchor.
 */
export interface Wrap {
  readonly original: string;
  readonly content: string;
}

/** A part of a generated schema document that came from one place of the OpenAPI files. */
export interface Anchor {
  readonly prefix: string;
  readonly origin: Origin;
  readonly wraps: Wrap[];
  /**
   * A schema translated whole, so a `$ref` into the original place leads to the same place in it.
   * Not so an operation, which the table rebuilds (its parameters change places).
   */
  readonly schema?: true;
}

/** One schema document the reader yields: a component, a body, or the operations file. */
export interface Root {
  readonly file: string;
  readonly origin: Origin;
  /** The type name it gets (the component's key, the body's name); undefined keeps the file's own. */
  readonly title: string | undefined;
  readonly anchors: Anchor[];
  /** Keywords the reader adds to the root (`x-request-body` on an inline request body). */
  readonly extra: Record<string, unknown>;
  translated: unknown;
}

const COMPONENT = /^\/components\/schemas\/([^/]+)/;
/** More `$ref` hops than any real chain has; past them a chain is left where it stands (the translation reports cycles). */
const MAX_HOPS = 64;

/**
 * The schema roots of an OpenAPI reading and the `$ref`s between them. Every `$ref` of the files is
 * resolved here to a root and a pointer inside it, and written again relative to that root's
 * document, so the resolver downstream sees ordinary schema files referring to each other.
 */
export class Roots {
  readonly all: Root[] = [];
  /** Each root by the place it was made from (the first, where two are made from one place): `covering` looks places up here. */
  private readonly byPlace = new Map<LoadedDocument, Map<string, Root>>();
  /** Roots given another name than their own, each with a note where it stands. */
  readonly renamed: Problem[] = [];
  private readonly files = new Set<string>();
  /** The type names given so far, each with what took it ("Name" is, or a reservation's own words). */
  private readonly names = new Map<string, string>();
  private readonly pending: { node: Record<string, unknown>; from: string; origin: Origin; place?: { target: Root; rest: string } }[] = [];

  constructor(
    readonly documents: DocumentSet,
    readonly problems: Problem[],
  ) {}

  add(origin: Origin, name: string, title: string | undefined): Root {
    const base = `${origin.document.file}/${name}`;
    let file = `${base}.json`;
    for (let i = 2; this.files.has(file); i++) file = `${base}-${i}.json`;
    this.files.add(file);
    const root: Root = { file, origin, title: this.unique(title, origin), anchors: [{ prefix: '', origin, wraps: [], schema: true }], extra: {}, translated: undefined };
    this.all.push(root);
    const places = this.byPlace.get(origin.document) ?? new Map<string, Root>();
    this.byPlace.set(origin.document, places);
    if (!places.has(origin.pointer)) places.set(origin.pointer, root);
    return root;
  }

  /** The root made from exactly this place, if one was. */
  madeAt(origin: Origin): Root | undefined {
    return this.byPlace.get(origin.document)?.get(origin.pointer);
  }

  /** Resolves a `$ref` written in `from` to the place it names; reports and returns undefined when it names nothing. */
  resolve(ref: string, from: LoadedDocument, at: Source | undefined): Origin | undefined {
    const report = (message: string): undefined => {
      if (at !== undefined) this.problems.push({ ...at, message });
      return undefined;
    };
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
      return report(`"$ref": "${ref}" is an absolute URI; callgen does not fetch documents, so use a path relative to this file`);
    }
    const [filePart = '', fragment = ''] = ref.split('#', 2);
    const filePath = decodeFragment(filePart);
    if (filePath === undefined) return report(`"$ref": "${ref}" has a malformed %-escape in its path`);
    const target = path.resolve(path.dirname(from.absolutePath), filePath);
    const document = filePart === '' ? from : this.documents.load(target);
    if (document === undefined) {
      const why = this.documents.unreadable.get(target);
      return report(why === undefined ? `"$ref": "${ref}" names a file that is not usable (its problems are reported at that file)` : `"$ref": "${ref}" names a file that cannot be read: ${why}`);
    }
    const pointer = decodeFragment(fragment);
    if (pointer === undefined) return report(`"$ref": "${ref}" has a malformed %-escape in its fragment`);
    if (pointer !== '' && !pointer.startsWith('/')) {
      return report(`"$ref": "${ref}" uses a plain-name fragment; use a JSON Pointer fragment such as #/components/schemas/Name`);
    }
    if (valueAt(document.root, pointer) === undefined) {
      return report(`"$ref": "${ref}" points at nothing in ${document.file}`);
    }
    return { document, pointer };
  }

  /** Follows `$ref`s of OpenAPI objects (parameters, responses, request bodies, path items) to the object. */
  follow(node: unknown, origin: Origin): { node: unknown; origin: Origin } | undefined {
    const seen = new Set<string>();
    let current = { node, origin };
    while (isJsonObject(current.node) && typeof current.node['$ref'] === 'string') {
      const key = `${current.origin.document.file}#${current.origin.pointer}`;
      if (seen.has(key)) {
        this.problems.push({ ...sourceOf(origin), message: '"$ref" leads around a cycle of references and never reaches an object' });
        return undefined;
      }
      seen.add(key);
      const target = this.resolve(current.node['$ref'], current.origin.document, sourceOf(current.origin, '', '$ref'));
      if (target === undefined) return undefined;
      current = { node: valueAt(target.document.root, target.pointer), origin: target };
    }
    return current;
  }

  /**
   * A title whose type name no other root has. A document written for other tools may name two
   * components alike but for case or punctuation (`Name` and `name`, `OrderItem` and `order-item`),
   * or a component as an inline body is named (`AddFollowersRequest`) or as the operations table
   * exports a type (`Operation`), and cannot be asked to rename one; the later one gets a number,
   * with a note.
   */
  private unique(title: string | undefined, origin: Origin): string | undefined {
    if (title === undefined) return undefined;
    let chosen = title;
    for (let i = 2; this.names.has(typeName(chosen)); i++) chosen = `${title}${i}`;
    const earlier = this.names.get(typeName(title));
    if (earlier !== undefined) {
      this.renamed.push({ ...sourceOf(origin), message: `would be the type ${typeName(title)}, ${earlier}; it is named ${typeName(chosen)}` });
    }
    this.names.set(typeName(chosen), `as "${title}" is`);
    return chosen;
  }

  /** Type names no root may take, said `why` in a rename's note ("which the operations table exports"). */
  reserve(names: readonly string[], why: string): void {
    for (const name of names) this.names.set(name, why);
  }

  /** The root that holds a place, and the pointer inside it; a new root when none does yet. */
  rootOf(origin: Origin): { root: Root; rest: string } {
    const covering = this.covering(origin);
    if (covering !== undefined) return covering;
    const { document, pointer } = origin;
    const component = COMPONENT.exec(pointer);
    if (document.version === undefined && isOneSchema(document.root)) {
      // A schema file is named as in a schema folder: by its title, else by its file name.
      const titled = isJsonObject(document.root) && typeof document.root['title'] === 'string';
      this.add({ document, pointer: '' }, '', titled ? undefined : path.basename(document.file).replace(/\.[^.]*$/, ''));
    } else if (document.version !== undefined && component?.[1] !== undefined) {
      const key = pointerTokens(pointer)[2] ?? '';
      this.add({ document, pointer: pointerChild('/components/schemas', key) }, `components/schemas/${key}`, key);
    } else {
      const name = typeName(pointerTokens(pointer).slice(-2).join('-'));
      this.add(origin, `schemas/${name}`, name);
    }
    return this.covering(origin) ?? { root: this.all.at(-1) as Root, rest: '' };
  }

  /** The root made from the nearest place at or above `origin`: its pointer's prefixes, longest first, looked up (a scan of every root made large descriptions quadratic). */
  private covering(origin: Origin): { root: Root; rest: string } | undefined {
    const places = this.byPlace.get(origin.document);
    if (places === undefined) return undefined;
    for (let prefix = origin.pointer; ; prefix = prefix.slice(0, prefix.lastIndexOf('/'))) {
      const root = places.get(prefix);
      if (root !== undefined) return { root, rest: origin.pointer.slice(prefix.length) };
      if (prefix === '') return undefined;
    }
  }

  /**
   * Makes `node` a `$ref` to `origin`; which root holds the place is decided by `settle`, once the
   * operations file has made a root of every inline body (a response may name another operation's
   * body, read later), and the text is written by `finish`, when every root is translated.
   */
  refer(node: Record<string, unknown>, origin: Origin, from: string): void {
    this.pending.push({ node, from, origin });
  }

  /** A new `{ "$ref" }` node in the document `from` to `origin` (see `refer`). */
  reference(origin: Origin, from: string): Record<string, unknown> {
    const node: Record<string, unknown> = { $ref: '' };
    this.refer(node, origin, from);
    return node;
  }

  /** The schema a chain of `$ref`s leads to, found without reporting: a broken reference is reported where the schema is translated. */
  behind(node: unknown, document: LoadedDocument): { node: unknown; document: LoadedDocument } {
    let current = { node, document };
    for (let hops = 0; hops < MAX_HOPS && isJsonObject(current.node) && typeof current.node['$ref'] === 'string'; hops++) {
      const target = this.resolve(current.node['$ref'], current.document, undefined);
      if (target === undefined) return current;
      current = { node: valueAt(target.document.root, target.pointer), document: target.document };
    }
    return current;
  }

  /** Finds the root of every `$ref` made since the last call; true when that added roots, which then need translating. */
  settle(): boolean {
    const before = this.all.length;
    for (const reference of this.pending) {
      if (reference.place === undefined) {
        const { root, rest } = this.rootOf(reference.origin);
        reference.place = { target: root, rest };
      }
    }
    return this.all.length > before;
  }

  /** Writes every pending `$ref`, relative to its document and through the target's wraps. */
  finish(): void {
    this.settle();
    for (const { node, from, place } of this.pending) {
      if (place === undefined) continue;
      const { target, rest } = place;
      const relative = target.file === from ? '' : path.posix.relative(path.posix.dirname(from), target.file);
      const inside = translatedPlace(target, rest);
      node['$ref'] = `${encodeURI(relative)}${inside === '' && relative !== '' ? '' : `#${encodeURI(inside)}`}`;
    }
  }

  /** The schema documents for the resolver: files that live nowhere but in memory, beside the main document. */
  schemaDocuments(): SchemaDocument[] {
    return this.all.map((root) => ({ file: root.file, absolutePath: path.join(this.documents.folder, ...root.file.split('/')), root: root.translated }));
  }

  /** Where a problem found in a generated document really stands in the files read, and the other places its texts name. */
  locate(problem: Problem): Problem {
    const located = { ...this.place(problem), message: this.placesIn(problem.message, problem.file) };
    return problem.otherwise === undefined ? located : { ...located, otherwise: this.placesIn(problem.otherwise, problem.file) };
  }

  /** `text` with each place (`file.json#/pointer`) a generated document's problem names put where it stands in the files read. */
  private placesIn(text: string, from: string): string {
    return text.replace(/([^\s(),"]+\.json)#([^\s(),;"]*)/g, (place: string, written: string, pointer: string) => {
      // A generated "$ref" is written relative to the document that holds it.
      const file = [written, path.posix.join(path.posix.dirname(from), written)].find((f) => this.all.some((r) => r.file === f));
      if (file === undefined) return place;
      const located = this.place({ file, pointer, message: '' });
      return `${located.file}#${located.pointer}`;
    });
  }

  private place(problem: Problem): Problem {
    const root = this.all.find((r) => r.file === problem.file);
    if (root === undefined) return problem;
    const anchor = root.anchors
      .filter((a) => isWithin(problem.pointer, a.prefix))
      .reduce<Anchor | undefined>((best, a) => (best === undefined || a.prefix.length > best.prefix.length ? a : best), undefined);
    if (anchor === undefined) return { ...problem, file: root.origin.document.file, pointer: root.origin.pointer };
    const inside = backward(problem.pointer.slice(anchor.prefix.length), anchor.wraps);
    return { ...problem, file: anchor.origin.document.file, pointer: anchor.origin.pointer + inside };
  }
}

export function sourceOf(origin: Origin, ...tokens: string[]): Source {
  return { file: origin.document.file, pointer: tokens.filter((t) => t !== '').reduce(pointerChild, origin.pointer) };
}

/**
 * Whether a file that is no OpenAPI document is one schema (its keys are schema keywords), or a
 * file of named schemas (`schemas.yaml#/Pet`), whose every `$ref` target becomes a root of its own.
 */
function isOneSchema(root: unknown): boolean {
  return !isJsonObject(root) || Object.keys(root).some((key) => SUPPORTED_KEYWORDS.includes(key));
}

function isWithin(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/**
 * Where a place `rest` below a root's origin stands in its translated document: below the nearest
 * schema anchor that holds it (the root itself, or in the operations file a parameter's schema),
 * through that anchor's wraps. A place no schema anchor holds keeps its pointer, which then names
 * nothing there and is reported where the `$ref` stands.
 */
function translatedPlace(root: Root, rest: string): string {
  const pointer = root.origin.pointer + rest;
  const anchor = root.anchors
    .filter((a) => a.schema === true && a.origin.document === root.origin.document && isWithin(pointer, a.origin.pointer))
    .reduce<Anchor | undefined>((best, a) => (best === undefined || a.origin.pointer.length > best.origin.pointer.length ? a : best), undefined);
  return anchor === undefined ? rest : anchor.prefix + forward(pointer.slice(anchor.origin.pointer.length), anchor.wraps);
}

/** An original pointer inside a root, as it reads in the translated root. */
function forward(pointer: string, wraps: readonly Wrap[]): string {
  let original = '';
  let translated = '';
  for (const token of pointerTokens(pointer)) {
    const wrap = wraps.find((w) => w.original === original);
    if (wrap !== undefined) translated = wrap.content;
    original = pointerChild(original, token);
    translated = pointerChild(translated, token);
  }
  return translated;
}

/** A translated pointer as it reads in the original; a node the translation added reads as the node it wraps. */
function backward(pointer: string, wraps: readonly Wrap[]): string {
  let original = '';
  let translated = '';
  for (const token of pointerTokens(pointer)) {
    translated = pointerChild(translated, token);
    const wrap = wraps.find((w) => w.content === translated);
    original = wrap === undefined ? pointerChild(original, token) : wrap.original;
  }
  return original;
}

function decodeFragment(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
