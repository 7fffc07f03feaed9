import { SaxesParser, type SaxesTagNS } from 'saxes';

/**
 * What `callgen drift` needs of a Graph CSDL document: structured types with their properties,
 * enum types with their members, and bound actions with their parameters. Names are short
 * (`call`, not `microsoft.graph.call`); primitive types keep their `Edm.` prefix.
 */
export interface Csdl {
  readonly types: ReadonlyMap<string, CsdlType>;
  /** Every type name the document mentions (property, parameter and base types), defined or not. */
  readonly mentioned: ReadonlySet<string>;
  readonly actions: readonly CsdlAction[];
}

export type CsdlType = CsdlStructured | CsdlEnum;

export interface CsdlStructured {
  readonly kind: 'complex' | 'entity';
  readonly name: string;
  readonly baseType: string | undefined;
  readonly abstract: boolean;
  /** Structural properties only: navigation properties are reached by URL, never sent inline. */
  readonly properties: readonly CsdlProperty[];
  readonly line: number;
}

export interface CsdlEnum {
  readonly kind: 'enum';
  readonly name: string;
  readonly members: readonly string[];
  readonly line: number;
}

export interface CsdlProperty {
  readonly name: string;
  /** `Edm.String`, or the short name of a metadata type. */
  readonly type: string;
  readonly collection: boolean;
  readonly nullable: boolean;
}

export interface CsdlAction {
  readonly name: string;
  /** The binding parameter's type (`call`, `participant`); undefined for an unbound action. */
  readonly boundTo: string | undefined;
  readonly boundToCollection: boolean;
  /** Parameters after the binding parameter. */
  readonly parameters: readonly CsdlProperty[];
  readonly line: number;
}

export type CsdlRead = { readonly ok: true; readonly csdl: Csdl } | { readonly ok: false; readonly line: number; readonly column: number; readonly message: string };

const EDM = 'http://docs.oasis-open.org/odata/ns/edm';
/** Graph's metadata declares `Alias="graph"`; slices of it keep the `graph.` names and may drop the alias. */
const GRAPH_ALIAS = 'graph';

/** Reads a CSDL XML document with a strict, namespace-aware parser; malformed XML is reported with its line and column. */
export function readCsdl(text: string): CsdlRead {
  const builder = new CsdlBuilder();
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failure: { line: number; column: number; message: string } | undefined;
  parser.on('error', (error) => {
    failure ??= { line: parser.line, column: parser.column, message: error.message.replace(/^\d+:\d+: /, '') };
  });
  parser.on('opentag', (tag) => {
    if (failure === undefined) failure = builder.open(tag, parser.line);
  });
  parser.on('closetag', (tag) => builder.close(tag));
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= { line: parser.line, column: parser.column, message: error instanceof Error ? error.message : String(error) };
  }
  if (failure !== undefined) return { ok: false, ...failure };
  if (!builder.sawSchema) return { ok: false, line: 1, column: 0, message: `no <Schema> element in the ${EDM} namespace: not a CSDL document` };
  return { ok: true, csdl: builder.result() };
}

type Failure = { line: number; column: number; message: string } | undefined;

class CsdlBuilder {
  sawSchema = false;
  readonly #types = new Map<string, CsdlType>();
  readonly #mentioned = new Set<string>();
  readonly #actions: CsdlAction[] = [];
  readonly #prefixes = new Set([GRAPH_ALIAS]);
  #current: { kind: 'complex' | 'entity' | 'enum' | 'action'; name: string; line: number; attrs: Record<string, string>; items: (CsdlProperty | string)[] } | undefined;

  open(tag: SaxesTagNS, line: number): Failure {
    if (tag.uri !== EDM) return undefined;
    const attrs = Object.fromEntries(Object.entries(tag.attributes).map(([key, attr]) => [attr.local === '' ? key : attr.local, attr.value]));
    const name = attrs['Name'];
    const needName = (): Failure => ({ line, column: 0, message: `<${tag.local}> has no Name attribute` });
    switch (tag.local) {
      case 'Schema':
        this.sawSchema = true;
        for (const prefix of [attrs['Namespace'], attrs['Alias']]) if (prefix !== undefined) this.#prefixes.add(prefix);
        return undefined;
      case 'ComplexType':
      case 'EntityType':
      case 'EnumType':
      case 'Action':
        if (name === undefined) return needName();
        this.#current = { kind: KINDS[tag.local] ?? 'complex', name, line, attrs, items: [] };
        return undefined;
      case 'Property':
      case 'Parameter':
        if (name === undefined) return needName();
        if (attrs['Type'] === undefined) return { line, column: 0, message: `<${tag.local} Name="${name}"> has no Type attribute` };
        this.#current?.items.push(this.property(name, attrs['Type'], attrs['Nullable']));
        return undefined;
      case 'NavigationProperty':
      case 'ReturnType':
        // Only to know the name: a type reached by URL, or an action's result, which a slice may not define.
        if (attrs['Type'] !== undefined) this.property('', attrs['Type'], undefined);
        return undefined;
      case 'Member':
        if (name === undefined) return needName();
        this.#current?.items.push(name);
        return undefined;
      default:
        return undefined;
    }
  }

  close(tag: SaxesTagNS): void {
    const current = this.#current;
    if (tag.uri !== EDM || current === undefined || KINDS[tag.local] !== current.kind) return;
    this.#current = undefined;
    const { kind, name, line, attrs, items } = current;
    const properties = items.filter((i): i is CsdlProperty => typeof i !== 'string');
    if (kind === 'enum') this.#types.set(name, { kind, name, members: items.filter((i): i is string => typeof i === 'string'), line });
    else if (kind === 'action') {
      const [binding, ...parameters] = properties;
      const bound = attrs['IsBound'] === 'true' && binding !== undefined;
      this.#actions.push({ name, boundTo: bound ? binding.type : undefined, boundToCollection: bound && binding.collection, parameters: bound ? parameters : properties, line });
    } else {
      const baseType = attrs['BaseType'] === undefined ? undefined : this.shortName(attrs['BaseType']);
      this.#types.set(name, { kind, name, baseType, abstract: attrs['Abstract'] === 'true', properties, line });
    }
  }

  result(): Csdl {
    return { types: this.#types, mentioned: this.#mentioned, actions: this.#actions };
  }

  private property(name: string, type: string, nullable: string | undefined): CsdlProperty {
    const collection = /^Collection\((.*)\)$/.exec(type);
    const element = this.shortName(collection?.[1] ?? type);
    return { name, type: element, collection: collection !== null, nullable: nullable !== 'false' };
  }

  /** `graph.call` and `microsoft.graph.call` → `call`; `Edm.String` stays; other namespaces keep their qualifier. */
  private shortName(qualified: string): string {
    const dot = qualified.lastIndexOf('.');
    const short = this.#prefixes.has(qualified.slice(0, dot)) ? qualified.slice(dot + 1) : qualified;
    if (!short.startsWith('Edm.')) this.#mentioned.add(short);
    return short;
  }
}

const KINDS: Readonly<Record<string, 'complex' | 'entity' | 'enum' | 'action'>> = {
  ComplexType: 'complex',
  EntityType: 'entity',
  EnumType: 'enum',
  Action: 'action',
};
