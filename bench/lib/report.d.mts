// Why this file exists: types of bench/lib/report.mjs for the TypeScript tests.
export const START: string;
export const END: string;
// the results object written by bench/run.mjs (see bench/results/*.json)
export function markdownReport(out: any, chartPath: string): string;
export function writeReadme(file: string, md: string): void;
