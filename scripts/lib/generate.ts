// The generator lives in scripts/lib/generate/; this path stays for the scripts that import it.
export { generate, readPlan } from './generate/index'
export type { GenerateInput, GenerateResult } from './generate/index'
