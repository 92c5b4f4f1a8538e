// Why this file exists: the CLI's worker plumbing in-process: the ordered pool (jobs only to ready workers, answers in
// submission order, a worker that cannot start fails every job), the base64 decoder the start-up uses (Node's and the
// portable one give the same bytes), and what a worker thread adopts from the main thread (checked, never trusted).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OrderedPool, WorkerStartError } from "../src/workers/pool.js";
import { decodeBase64, decodeBase64Atob } from "../src/base64.js";
import { WASM_BASE64 } from "../src/wasm/module.generated.js";
import { WORD_TABLE_BASE64, WORD_TABLE_BYTE_LENGTH } from "../src/dictionaries/words.generated.js";
import { adoptBuiltinWordTable, builtinWordTable } from "../src/dictionaries/table.js";
import { adoptWasmModule, wasmModuleSync } from "../src/wasm/load.js";
import { PhiscrubError } from "../src/errors.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "phiscrub-pool-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker script: ready after `delayMs` (or refusing with a start error), then echoes jobs doubled, slowly for odd ones. */
function workerFile(name: string, opts: { delayMs: number; refuse?: boolean }): string {
  const p = join(dir, `${name}.mjs`);
  writeFileSync(p, `
import { parentPort } from "node:worker_threads";
setTimeout(() => {
  parentPort.postMessage(${opts.refuse === true ? `{ ready: false, code: "INVALID_AUTOMATON", message: "no table" }` : `{ ready: true }`});
  parentPort.on("message", (n) => {
    const until = Date.now() + (n % 2 === 1 ? 5 : 0);
    while (Date.now() < until);
    parentPort.postMessage(n * 2);
  });
}, ${opts.delayMs});
`);
  return p;
}

describe("OrderedPool", () => {
  it("takes no job before a worker is ready (full), then answers every job in submission order", async () => {
    const pool = new OrderedPool<number, number>(workerFile("slow-start", { delayMs: 150 }), 2, undefined, { depth: 3 });
    try {
      expect(pool.readyCount).toBe(0);
      expect(pool.full).toBe(true); // the caller does the work itself meanwhile
      for (let i = 0; i < 100 && pool.readyCount < 2; i++) await new Promise((r) => setTimeout(r, 20));
      expect(pool.readyCount).toBe(2);
      expect(pool.full).toBe(false);
      const jobs = Array.from({ length: 40 }, (_, i) => pool.run(i));
      expect(await Promise.all(jobs)).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
      expect(pool.answered.reduce((a, n) => a + n, 0)).toBe(40);
      for (const n of pool.answered) expect(n).toBeGreaterThan(0);
      expect(pool.failed).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it("postBeforeReady: jobs wait in a starting worker's queue and still come back in order", async () => {
    const pool = new OrderedPool<number, number>(workerFile("queued", { delayMs: 100 }), 1, undefined, { depth: 4, postBeforeReady: true });
    try {
      expect(pool.full).toBe(false);
      const jobs = Array.from({ length: 4 }, (_, i) => pool.run(i + 1));
      expect(pool.full).toBe(true);
      expect(await Promise.all(jobs)).toEqual([2, 4, 6, 8]);
    } finally {
      await pool.close();
    }
  });

  it("a worker that cannot start fails the pool: queued jobs reject with its code, later ones too, and it is never full-but-waiting", async () => {
    const pool = new OrderedPool<number, number>(workerFile("refuse", { delayMs: 10, refuse: true }), 1, undefined, { depth: 2, postBeforeReady: true });
    try {
      const job = pool.run(1);
      await expect(job).rejects.toBeInstanceOf(WorkerStartError);
      await expect(job).rejects.toMatchObject({ code: "INVALID_AUTOMATON", message: "no table" });
      expect(pool.failed).toBeInstanceOf(WorkerStartError);
      expect(pool.full).toBe(true); // the caller keeps the work (and reports the failure)
      await expect(pool.run(2)).rejects.toBeInstanceOf(WorkerStartError);
    } finally {
      await pool.close();
    }
  });
});

describe("start-up payloads", () => {
  it("Node's base64 decoder gives the portable decoder's bytes, in a buffer of their own at offset 0", () => {
    for (const s of [WASM_BASE64, WORD_TABLE_BASE64, "", "QQ==", "QUI=", "QUJD", "AAECAwQFBgcICQ+/"]) {
      const a = decodeBase64(s);
      const b = decodeBase64Atob(s);
      expect(a.byteOffset).toBe(0);
      expect(a.buffer.byteLength).toBe(a.length);
      expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    }
    expect(decodeBase64(WORD_TABLE_BASE64).length).toBe(WORD_TABLE_BYTE_LENGTH);
  });

  it("adoptBuiltinWordTable checks size, magic and version; the same bytes in shared memory are accepted", () => {
    const table = builtinWordTable();
    const shared = new Uint8Array(new SharedArrayBuffer(table.length));
    shared.set(table);
    expect(() => adoptBuiltinWordTable(shared)).not.toThrow();
    expect(() => adoptBuiltinWordTable(table.subarray(0, table.length - 8))).toThrow(PhiscrubError);
    const bad = new Uint8Array(table.length);
    bad.set(table);
    bad[0] = bad[0]! ^ 0xff; // magic
    expect(() => adoptBuiltinWordTable(bad)).toThrow(/magic/);
  });

  it("adoptWasmModule takes only a compiled module; wasmModuleSync returns this thread's", () => {
    const mod = wasmModuleSync();
    expect(mod).toBeInstanceOf(WebAssembly.Module);
    expect(wasmModuleSync()).toBe(mod);
    expect(() => adoptWasmModule(mod!)).not.toThrow();
    expect(() => adoptWasmModule({} as WebAssembly.Module)).toThrow(PhiscrubError);
  });
});
