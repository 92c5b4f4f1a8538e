// Why this file exists: run by bench/run.mjs in a fresh process to time a cold start: importing phiscrub, the first
// createRedactor() (WASM compile included) and the first find(); prints one JSON line.
const t0 = performance.now(); // ms since this process started
const { createRedactor } = await import("../dist/index.js");
const t1 = performance.now();
const r = await createRedactor();
const t2 = performance.now();
const count = r.find(process.argv[2] ?? "").length;
const t3 = performance.now();
console.log(JSON.stringify({ nodeBootMs: t0, importMs: t1 - t0, createMs: t2 - t1, firstFindMs: t3 - t2, totalMs: t3, count }));
