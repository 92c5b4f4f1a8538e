// Why this file exists: types of bench/corpus.mjs for the TypeScript tests that share the generator.

export interface GtSpan {
  start: number;
  end: number;
  type: string;
  text: string;
  /** A "First Last" dictionary pattern occurs here (ASCII case-insensitively). */
  dict?: boolean;
  /** ... with exactly the pattern's case. */
  exact?: boolean;
}
export interface IgnoredSpan {
  start: number;
  end: number;
  type: null;
  text: string;
  label: string;
}
export interface GeneratedDoc {
  id: string;
  text: string;
  spans: GtSpan[];
  ignored: IgnoredSpan[];
  bytes: number;
}
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(arr: readonly T[]): T;
  chance(p: number): boolean;
  digits(n: number): string;
  upper(n: number, alphabet?: string): string;
}
export function rng(seed: number): Rng;
export function nameLists(): { first: string[]; last: string[] };
export function dictionaryNames(count?: number, seed?: number): string[];
export function generateNotes(options?: { seed?: number; bytes?: number; dictionary?: readonly string[] }): { docs: GeneratedDoc[]; bytes: number };
export function generatePrompts(options?: { seed?: number; count?: number; size?: number; dictionary?: readonly string[] }): GeneratedDoc[];
export function utf8Length(s: string): number;
export function slice(docs: readonly GeneratedDoc[], bytes: number): { docs: GeneratedDoc[]; bytes: number };
