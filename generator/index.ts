export { generate, type GenerateOptions, type GenerateResult } from './pipeline.js';
