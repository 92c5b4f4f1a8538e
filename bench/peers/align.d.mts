// Why this file exists: types of bench/peers/align.mjs for the TypeScript tests.
export const MARK: string;
export function spansFromMarked(original: string, output: string): Array<[number, number]>;
export function countMarks(s: string): number;
