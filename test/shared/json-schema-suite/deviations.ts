/**
 * Where callgen knowingly departs from the JSON Schema test suite, and why. `refused`: generate
 * refuses the group with a message (a keyword outside the dialect); otherwise the group generates
 * and the named case (or, without `test`, any case of the group) gets the other verdict.
 */
export interface Deviation {
  readonly file: string;
  /** The group's description; undefined means every group of the file. */
  readonly group?: string;
  /** The case's description; undefined means any case of the group. */
  readonly test?: string;
  readonly refused: boolean;
  readonly reason: string;
}

const METASCHEMA = 'it refers to the 2020-12 meta-schema by its URL, and callgen does not fetch schemas (remote "$ref" is refused)';
const REMOTE = 'remote "$ref" (a schema served at http://localhost:1234/): callgen does not fetch schemas';
const UNEVALUATED = '"unevaluatedProperties"/"unevaluatedItems" beside a composition or "$ref" depend on what other subschemas evaluated, which straight-line code does not track; refused (alone they are read as "additionalProperties"/"items", "unevaluatedProperties" beside "allOf" of object schemas for the merged object, and beside a "oneOf"/"anyOf" of inline object schemas as a rule per name: those groups pass)';
const FORMAT_ASSERTED = 'callgen asserts the formats it knows (the suite treats format as an annotation by default): a value in the wrong format is rejected';

export const DEVIATIONS: readonly Deviation[] = [
  { file: 'defs.json', group: 'validate definition against metaschema', refused: true, reason: METASCHEMA },
  { file: 'ref.json', group: 'remote ref, containing refs itself', refused: true, reason: METASCHEMA },
  { file: 'refRemote.json', refused: true, reason: REMOTE },
  { file: 'dynamicRef.json', refused: true, reason: '"$dynamicRef" resolves by the path the validator took; refused' },
  { file: 'vocabulary.json', refused: true, reason: 'callgen reads one fixed dialect; "$vocabulary" is refused' },
  { file: 'unevaluatedItems.json', refused: true, reason: UNEVALUATED },
  { file: 'unevaluatedProperties.json', refused: true, reason: UNEVALUATED },
  { file: 'not.json', group: "collect annotations inside a 'not', even if collection is disabled", refused: true, reason: UNEVALUATED },
  ...['email', 'date', 'date-time', 'uri', 'uuid', 'uri-reference', 'iri', 'iri-reference', 'ipv4', 'ipv6', 'json-pointer', 'relative-json-pointer', 'duration', 'uri-template', 'time', 'idn-email', 'regex', 'hostname', 'idn-hostname'].map((format) => ({
    file: 'format.json',
    group: `${format} format`,
    test: `invalid ${format} string is only an annotation by default`,
    refused: false,
    reason: FORMAT_ASSERTED,
  })),
];
