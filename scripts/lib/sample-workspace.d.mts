// Types of sample-workspace.mjs for the TypeScript UI tests.
export const ROOT: string;
export const SAMPLE_WORKSPACE: string;
export const SAMPLE_JOURNAL: string;
export function copySampleWorkspace(destination?: string): { path: string; remove(): void };
