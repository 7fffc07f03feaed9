/** How many lines past a change are searched for the place where both texts agree again. */
const REALIGN = 64;

/**
 * The first few differing lines of a file (`generate --check`), enough to see what went stale:
 * each change as the lines of `before` it removes and the lines of `after` it adds, after
 * `context` unchanged lines and a header with its line in `before`; at most `limit` lines, then a
 * marker that more differs. Changes are found one after another, each realigned within `REALIGN`
 * lines, so a small change amid a large file shows as itself, and the work stays one pass however
 * large the file (validators.ts can be 50 MB).
 */
export function shortDiff(before: string, after: string, context = 1, limit = 12): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const lines: string[] = [];
  let [i, j, shown] = [0, 0, 0];
  for (;;) {
    while (i < a.length && j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1];
    const done = i >= a.length && j >= b.length;
    if (done || lines.length >= limit) return lines.length > limit ? [...lines.slice(0, limit), `  ... (${done ? `${lines.length - limit} more lines` : 'more differences below'})`].join('\n') : lines.join('\n');
    const from = Math.max(shown, i - context);
    if (lines.length === 0 || from > shown) lines.push(`@@ line ${i + 1} @@`);
    const [removed, added] = realign(a, b, i, j);
    lines.push(...a.slice(from, i).map((l) => `  ${l}`), ...a.slice(i, i + removed).map((l) => `- ${l}`), ...b.slice(j, j + added).map((l) => `+ ${l}`));
    [i, j] = [i + removed, j + added];
    shown = i;
  }
}

/**
 * How many lines of `a` from `i` and of `b` from `j` differ before the two agree again: the
 * nearest such place (fewest lines in all, within REALIGN each; removals first on a tie).
 */
function realign(a: readonly string[], b: readonly string[], i: number, j: number): [removed: number, added: number] {
  for (let total = 1; total <= 2 * REALIGN; total++) {
    for (let removed = Math.max(0, total - REALIGN); removed <= Math.min(total, REALIGN); removed++) {
      if (agree(a, b, i + removed, j + total - removed)) return [removed, total - removed];
    }
  }
  return [Math.min(REALIGN, a.length - i), Math.min(REALIGN, b.length - j)];
}

/** Whether line `i` of `a` is line `j` of `b`, or both texts end there. */
function agree(a: readonly string[], b: readonly string[], i: number, j: number): boolean {
  if (i >= a.length || j >= b.length) return i === a.length && j === b.length;
  return a[i] === b[j];
}
