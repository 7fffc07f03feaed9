import type { ValidationIssue, ValidationResult } from '../../generated/runtime.js';

/** A generated validator (only its call signature: the errata need no more). */
export type PayloadValidator = (value: unknown) => ValidationResult<unknown>;

/** The Graph API version whose generated validators judge a payload. */
export type GraphVersion = 'v1.0' | 'beta';

/** The validator that judges a payload, in which mode, and the rule that chose it. */
export interface Judge {
  /** The generated type: `Call`, or for a collection `Participant` (of its items). */
  readonly typeName: string;
  readonly schemaName: string;
  /** The TypeScript type of the payload: the response shape, the request shape (`…Input`), or a collection of it. */
  readonly tsType: string;
  readonly mode: 'request' | 'response';
  /** The version whose validators judge it (`generated/<version>/`); undefined: both versions' (`generated/`). */
  readonly version: GraphVersion | undefined;
  /** A list response: `value` holds items of the type. */
  readonly collection: boolean;
  readonly validate: PayloadValidator;
  readonly why: string;
}

/** `CreateCallRequest (v1.0, request mode)`: the type, and the version and mode it is judged in. */
export function judgedAs(judge: Judge): string {
  return `${judge.typeName} (${judge.version === undefined ? '' : `${judge.version}, `}${judge.mode} mode)`;
}

/**
 * A list response, `{ "@odata.context"?, "value": [...] }`, judged item by item with the judge of
 * its items; issues keep their pointers below `/value/<index>`.
 */
export function collectionOf(item: Judge): Judge {
  const validate: PayloadValidator = (value) => {
    const errors: ValidationIssue[] = [];
    const warnings: ValidationIssue[] = [];
    const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    const items = record?.['value'];
    const context = record?.['@odata.context'];
    if (context !== undefined && typeof context !== 'string') errors.push({ path: '/@odata.context', keyword: 'type', message: 'must be a string' });
    if (!Array.isArray(items)) errors.push({ path: '/value', keyword: 'type', message: 'must be an array (a collection response lists its items in value)' });
    for (const [index, each] of (Array.isArray(items) ? items : []).entries()) {
      const result = item.validate(each);
      const below = (issue: ValidationIssue): ValidationIssue => ({ ...issue, path: `/value/${index}${issue.path}` });
      if (!result.ok) errors.push(...result.errors.map(below));
      warnings.push(...result.warnings.map(below));
    }
    return errors.length === 0 ? { ok: true, value, warnings } : { ok: false, errors, warnings };
  };
  return { ...item, tsType: `{ '@odata.context'?: string; value: ${item.tsType}[] }`, collection: true, validate, why: `${item.why}, a collection of it` };
}
