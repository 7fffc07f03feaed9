import { isUuid } from '../../generated/runtime.js';
import { badFormat, notAMember, nullInRequest, type Sink, wrongType } from './issues.js';

// Property values as a request may carry them. In a request `null` never means anything but "not
// set" (the one exception, a meeting passcode, is checked where it occurs), so every optional scalar
// here refuses it. The path of a property is only put together once it has something to report.

export function text(s: Sink, value: unknown, path: string, key: string): void {
  if (typeof value !== 'string') wrongScalar(s, value, `${path}/${key}`, 'a string');
}

export function flag(s: Sink, value: unknown, path: string, key: string): void {
  if (typeof value !== 'boolean') wrongScalar(s, value, `${path}/${key}`, 'a boolean');
}

export function guid(s: Sink, value: unknown, path: string, key: string): void {
  if (typeof value !== 'string') wrongScalar(s, value, `${path}/${key}`, 'a string');
  else if (!isUuid(value)) badFormat(s, `${path}/${key}`, 'uuid', value);
}

/** A string that must be there: `null` is just another wrong type. */
export function requiredText(s: Sink, value: unknown, path: string, key: string): void {
  if (typeof value !== 'string') wrongType(s, `${path}/${key}`, 'a string', value);
}

function wrongScalar(s: Sink, value: unknown, path: string, expected: string): void {
  if (value === null) nullInRequest(s, path);
  else wrongType(s, path, expected, value);
}

export const ENDPOINT_TYPES: ReadonlySet<string> = new Set(['default', 'voicemail', 'skypeForBusiness', 'skypeForBusinessVoipPhone']);

/** A nullable enum property: `null` is refused in a request, a non-string is a type error. */
export function endpointType(s: Sink, value: unknown, path: string): void {
  if (typeof value !== 'string') wrongScalar(s, value, `${path}/endpointType`, 'a string');
  else if (!ENDPOINT_TYPES.has(value)) notAMember(s, `${path}/endpointType`, [...ENDPOINT_TYPES], value);
}
