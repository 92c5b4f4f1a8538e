// Why this file exists: types of bench/lib/chart.mjs for the TypeScript tests.
export function barChart(spec: {
  title: string;
  subtitle: string;
  bars: Array<{ label: string; value: number; kind: "phiscrub" | "peer" }>;
}): string;
// the results object written by bench/run.mjs
export function resultsChart(out: any): string;
