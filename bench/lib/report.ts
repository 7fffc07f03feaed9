// What each part of the benchmark hands back to bench/run.ts: a table, notes that say what the
// figures mean, and its targets, each judged from a measured figure.

export interface Target {
  readonly name: string;
  /** The measured figure the verdict rests on, in words. */
  readonly figure: string;
  /** `undefined` when the figure could not be measured (a failed or skipped run). */
  readonly met: boolean | undefined;
}

export interface Section {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly notes: readonly string[];
  readonly targets: readonly Target[];
}

export function printSection(section: Section, log: (line: string) => void = console.log): void {
  log(`\n## ${section.title}\n`);
  for (const line of tableLines(section.header, section.rows)) log(line);
  if (section.notes.length > 0) log('');
  for (const note of section.notes) log(`- ${note}`);
  if (section.targets.length > 0) log('');
  for (const t of section.targets) log(`${verdict(t.met)} ${t.name}: ${t.figure}`);
}

export function verdict(met: boolean | undefined): string {
  return met === undefined ? '[n/a]   ' : met ? '[met]   ' : '[MISSED]';
}

/** A Markdown table, padded so it also reads as plain text. */
export function tableLines(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** 1234567 -> "1,234,567" (three significant digits below 1,000). */
export function count(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n >= 1000 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3);
}

export function ratio(n: number): string {
  return Number.isFinite(n) ? `${n.toFixed(2)}x` : 'n/a';
}

export function seconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a';
}
