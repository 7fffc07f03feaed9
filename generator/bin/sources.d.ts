// Types of sources.js, for the benchmark that times and clears its bundle.

/** Where the bundle of the generator's sources as they are now is, or will be once built. */
export declare function currentEntry(): string;

/** The CLI module built from the sources as they are now, or undefined when they cannot be bundled here. */
export declare function importFromSources(entry?: string): Promise<{ main(args: readonly string[]): Promise<number> } | undefined>;
