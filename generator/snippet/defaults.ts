/** The default `--import`: the generated folder beside the snippet, as the README uses it. */
export const DEFAULT_IMPORT = './generated/index.js';
