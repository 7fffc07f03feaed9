import type { EnumShape, Literal } from './types.js';

/** The members of an enum a request may hold: all but those the service only sends (`x-response-only-members`). */
export function requestMembers(shape: EnumShape): readonly Literal[] {
  if (shape.responseOnly.length === 0) return shape.values;
  return shape.values.filter((v) => typeof v !== 'string' || !shape.responseOnly.includes(v));
}
