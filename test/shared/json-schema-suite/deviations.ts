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

export const DEVIATIONS: readonly Deviation[] = [];
