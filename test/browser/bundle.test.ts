// Why this file exists: the prebuilt browser bundles in real headless Chromium: same findings as Node, the automatic
// JS fallback under a strict CSP (async and sync builders), the IIFE build, the size budget, and in-page latency.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { createRedactor } from "../../src/index.js";
import { NOTE, NOTE_OPTIONS, ROOT, SKIP_BROWSER, launch, startServer, type TestServer } from "./harness.js";

/**
 * Budget for each minified browser file (raw bytes; WASM core, its JS fallback and the operators inlined). Today they
 * are ~60 KB; with the scanners (issue 3) ~150 KB, and the built-in name/place word table (issue 4) will add ~2.8 MB,
 * so the merged files should land near 3 MB: the budget leaves ~1 MB of headroom and flags drift beyond it (README).
 * Stop 41 crossed 4 MiB (4,233,523 bytes, 1,571,074 gzipped: the word table's base64 2.80 MB, the core's WASM base64
 * 0.66 MB for 496 KB of WASM, ~0.77 MB of JavaScript, most of it the core's wasm2js twin, both grown with every rules
 * round) and the budget was raised to 4.5 MiB. Stop 50 moved the wasm2js twin into its own file,
 * dist/browser/phiscrub.jscore.js, loaded only where WebAssembly is refused (README, "Size budget"), and the budget is
 * back at 4 MiB for the two files every page loads.
 */
export const BUNDLE_BUDGET_BYTES = 4 * 1024 * 1024;
/** Budget for the separately loaded JS core (the core's wasm2js build alone: 0.82 MB at stop 50). */
export const JS_CORE_BUDGET_BYTES = 1.25 * 1024 * 1024;
const BUNDLES: [string, number][] = [
  ["phiscrub.js", BUNDLE_BUDGET_BYTES],
  ["phiscrub.global.js", BUNDLE_BUDGET_BYTES],
  ["phiscrub.jscore.js", JS_CORE_BUDGET_BYTES],
];

type PageResult = {
  engine?: string;
  findings?: unknown[];
  redacted?: string;
  error?: { name: string; code: string; message: string };
};

async function nodeExpectation(): Promise<{ findings: unknown[]; redacted: string }> {
  const r = await createRedactor(NOTE_OPTIONS);
  // through JSON, as the page's results are
  return JSON.parse(JSON.stringify({ findings: r.find(NOTE), redacted: r.redact(NOTE).text }));
}

describe("browser bundle sizes", () => {
  it.each(BUNDLES)("dist/browser/%s stays within its budget (%i bytes) and carries no Node built-ins", (file, budget) => {
    const path = join(ROOT, "dist/browser", file);
    const bytes = readFileSync(path);
    const gz = gzipSync(bytes, { level: 9 }).length;
    console.log(`[bundle] ${file}: ${bytes.length} bytes, ${gz} gzipped (budget ${budget})`);
    expect(statSync(path).size).toBeLessThanOrEqual(budget);
    const text = bytes.toString("utf8");
    for (const needle of ['"node:', "require(\"fs\")", "require(\"crypto\")", "process.versions"]) {
      expect(text.includes(needle), `${file} must not contain ${needle}`).toBe(false);
    }
  });
});

describe.skipIf(SKIP_BROWSER)("browser bundle in headless Chromium", () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launch>>;
  let expected: { findings: unknown[]; redacted: string };

  beforeAll(async () => {
    expected = await nodeExpectation();
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(prefix: string, page = "bundle.html"): Promise<{ page: Page; errors: string[] }> {
    const p = await browser.context.newPage();
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(String(e)));
    await p.goto(`${server.origin}/${prefix}/fixtures/${page}`);
    if (page === "bundle.html") await p.waitForFunction(() => document.getElementById("status")?.textContent === "ready");
    return { page: p, errors };
  }

  it("(1) the ESM bundle redacts a note in the page with the same findings as Node, on the WASM engine", async () => {
    expect(expected.findings.length).toBeGreaterThan(0);
    const { page, errors } = await open("plain");
    const got = (await page.evaluate(
      ([note, opts]) => (globalThis as any).phiscrubPage.run(note, opts),
      [NOTE, NOTE_OPTIONS] as const,
    )) as PageResult;
    expect(got.error).toBeUndefined();
    expect(got.engine).toBe("wasm");
    expect(got.findings).toEqual(expected.findings);
    expect(got.redacted).toBe(expected.redacted);
    // the synchronous builder on the main thread: same findings, whichever engine the browser allows synchronously
    const sync = (await page.evaluate(
      ([note, opts]) => (globalThis as any).phiscrubPage.runSync(note, opts),
      [NOTE, NOTE_OPTIONS] as const,
    )) as PageResult;
    console.log(`[bundle] createRedactorSync on a page main thread: engine ${sync.engine}`);
    expect(sync.findings).toEqual(expected.findings);
    expect(errors).toEqual([]);
    // where WebAssembly runs, the page never fetches the separately shipped JS core
    expect(server.requests.filter((p) => p.endsWith("/phiscrub.jscore.js"))).toEqual([]);
    await page.close();
  });

  it("(2) under CSP script-src 'self' WASM is refused and the async and sync builders fall back to the JS engine with identical findings", async () => {
    const { page, errors } = await open("csp");
    const run = (fn: "run" | "runSync", opts: object) =>
      page.evaluate(([f, note, o]) => (globalThis as any).phiscrubPage[f](note, o), [fn, NOTE, opts] as const) as Promise<PageResult>;

    // the JS core is its own file: before it has run, the sync builder cannot load it and fails closed, typed
    const syncFirst = await run("runSync", NOTE_OPTIONS);
    expect(syncFirst.findings).toBeUndefined();
    expect(syncFirst.redacted).toBeUndefined();
    expect(syncFirst.error?.name).toBe("PhiscrubError");
    expect(syncFirst.error?.code).toBe("JS_CORE_UNAVAILABLE");
    expect(syncFirst.error?.message).toContain("phiscrub.jscore.js");

    // the async builder imports it from next to the ESM bundle (allowed by script-src 'self')
    const asyncAuto = await run("run", NOTE_OPTIONS);
    expect(asyncAuto.error).toBeUndefined();
    expect(asyncAuto.engine).toBe("js");
    expect(asyncAuto.findings).toEqual(expected.findings);
    expect(asyncAuto.redacted).toBe(expected.redacted);
    expect(server.requests.filter((p) => p === "/csp/dist/browser/phiscrub.jscore.js")).toHaveLength(1);

    // and once it has run, the sync builder has it too
    const syncAuto = await run("runSync", NOTE_OPTIONS);
    expect(syncAuto.engine).toBe("js");
    expect(syncAuto.findings).toEqual(expected.findings);

    // the refusal is real, and asking for WASM explicitly fails closed with a typed error
    const forced = await run("run", { ...NOTE_OPTIONS, engine: "wasm" });
    expect(forced.error?.name).toBe("PhiscrubError");
    expect(forced.error?.code).toBe("WASM_UNAVAILABLE");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the IIFE build defines globalThis.phiscrub for classic scripts (content scripts) with the same findings", async () => {
    const { page } = await open("plain", "global.html");
    const got = (await page.evaluate(async ([note, opts]) => {
      const P = (globalThis as any).phiscrub;
      const r = await P.createRedactor(opts);
      return { engine: r.engine, findings: r.find(note), redacted: r.redact(note).text };
    }, [NOTE, NOTE_OPTIONS] as const)) as PageResult;
    expect(got.engine).toBe("wasm");
    expect(got.findings).toEqual(expected.findings);
    await page.close();
  });

  it("under a strict CSP the IIFE build fails closed without the JS core file, and runs the JS engine once it is loaded", async () => {
    // classic scripts (and content scripts) cannot import: the page lists the JS core file itself
    for (const [html, loaded] of [["global.html", false], ["global-jscore.html", true]] as const) {
      const { page, errors } = await open("csp", html);
      const got = (await page.evaluate(async ([note, opts]) => {
        const P = (globalThis as any).phiscrub;
        const out: Record<string, unknown> = {};
        for (const [name, make] of [["async", () => P.createRedactor(opts)], ["sync", () => P.createRedactorSync(opts)]] as const) {
          try {
            const r = await make();
            out[name] = { engine: r.engine, findings: r.find(note), redacted: r.redact(note).text };
          } catch (err: any) {
            out[name] = { error: { name: err?.name, code: err?.code, message: String(err?.message) } };
          }
        }
        return out;
      }, [NOTE, NOTE_OPTIONS] as const)) as Record<"async" | "sync", PageResult>;
      for (const mode of ["async", "sync"] as const) {
        const res = got[mode];
        if (loaded) {
          expect(res.error, `${html} ${mode}`).toBeUndefined();
          expect(res.engine).toBe("js");
          expect(res.findings).toEqual(expected.findings);
          expect(res.redacted).toBe(expected.redacted);
        } else {
          expect(res.findings, `${html} ${mode}`).toBeUndefined();
          expect(res.error?.code).toBe("JS_CORE_UNAVAILABLE");
          expect(res.error?.message).toContain("phiscrub.jscore.js");
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("(4) latency of redacting a 2 KB prompt inside the page: median and p99 over 1,000 runs", async () => {
    const { page } = await open("isolated");
    const prompt = twoKbPrompt();
    expect(prompt.length).toBeGreaterThanOrEqual(2000);
    expect(prompt.length).toBeLessThanOrEqual(2100);
    const nodeCount = (await createRedactor(NOTE_OPTIONS)).find(prompt).length;
    const rows: string[] = [];
    for (const engine of ["wasm", "js"] as const) {
      for (const op of ["redact", "protect"] as const) {
        const res = (await page.evaluate(
          ([p, o, operation]) => (globalThis as any).phiscrubPage.latency(p, o, 1000, 200, operation),
          [prompt, { ...NOTE_OPTIONS, engine }, op] as const,
        )) as { engine: string; times: number[]; isolated: boolean; findings: number };
        expect(res.engine).toBe(engine);
        expect(res.isolated).toBe(true);
        expect(res.findings).toBe(nodeCount);
        expect(res.times).toHaveLength(1000);
        const sorted = [...res.times].sort((a, b) => a - b);
        const median = sorted[499]! / 2 + sorted[500]! / 2;
        const p99 = sorted[989]!;
        rows.push(`${engine.padEnd(4)} ${op.padEnd(7)} median ${(median * 1000).toFixed(0)} us, p99 ${(p99 * 1000).toFixed(0)} us`);
        // a guard against pathological regressions only (shared, noisy machine; timer resolution 5 us)
        expect(p99).toBeLessThan(50);
      }
    }
    console.log(`[latency] ${prompt.length}-char prompt, ${nodeCount} findings, 1,000 runs after 200 warm-up, Chromium ${browser.context.browser()?.version() ?? ""}\n  ${rows.join("\n  ")}`);
    await page.close();
  });
});

/** A ~2 KB chat prompt about a patient, with identifiers spread through it. */
export function twoKbPrompt(): string {
  const parts = [
    "Please help me write a discharge summary. ",
    NOTE,
    " The patient reports intermittent chest pain over the last two weeks, worse on exertion, relieved by rest. ",
    "No fever, no cough. Vitals stable: BP 128/82, HR 76, SpO2 98% on room air. ECG shows normal sinus rhythm. ",
    "Troponin negative x2. Her daughter (reachable at daughter.doe@example.net) asked for a copy of the results. ",
    "Medications: aspirin 81 mg daily, atorvastatin 40 mg nightly, metoprolol 25 mg twice daily. ",
    "Plan: outpatient stress test, cardiology follow-up in 2 weeks, return precautions reviewed. ",
  ];
  let s = parts.join("");
  const filler = "Continue lifestyle counselling, low-sodium diet and daily walks; contact jane.doe@example.org with questions. ";
  while (s.length + filler.length <= 2048) s += filler;
  return s;
}
