// Why this file exists: types for scripts/eval-lib.mjs, so that the TypeScript tests can import the scorer.
export interface Span { readonly start: number; readonly end: number; readonly type: string | null }
export interface Row { type: string; goldTokens: number; predTokens: number; recall: number; precision: number; f2: number; recallAnyType: number }
export interface Summary {
  rows: Row[];
  overall: { goldTokens: number; predTokens: number; recall: number; precision: number; f2: number };
  anyType: { recall: number; precision: number; f2: number };
}
export interface Tally { readonly __tally: unique symbol }
export const CORPUS_TYPE: Readonly<Record<string, string>>;
export const FALLBACK_TYPE: Readonly<Record<string, string>>;
export function corpusTypeOf(type: string, corpusTypes?: ReadonlySet<string>, reason?: string): string;
export function tokenize(text: string): Array<[number, number]>;
export function newTally(): Tally;
export function scoreDocument(tally: Tally, text: string, gold: readonly Span[], ignored: readonly Span[], predicted: readonly Span[], corpusTypes?: ReadonlySet<string>): void;
export function f2(p: number, r: number): number;
export function summarize(tally: Tally): Summary;
