// Why this file exists: types of bench/score.mjs for the TypeScript tests.

export type SpanLike = readonly [number, number] | { readonly start: number; readonly end: number };
export interface ScoreDocInput {
  text: string;
  spans: ReadonlyArray<{ start: number; end: number; type: string }>;
  ignored?: ReadonlyArray<{ start: number; end: number }>;
}
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  perType: Record<string, { tokens: number; found: number }>;
}
export interface Summary {
  tp: number;
  fp: number;
  fn: number;
  recall: number;
  precision: number;
  f1: number;
  perType: Record<string, { tokens: number; recall: number }>;
}
export function newScore(): Score;
export function scoreDoc(score: Score, doc: ScoreDocInput, predicted: readonly SpanLike[]): Score;
export function summarize(score: Score): Summary;
export function scoreDocs(docs: readonly ScoreDocInput[], predictedPerDoc: ReadonlyArray<readonly SpanLike[]>): Summary;
