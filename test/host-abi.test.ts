// Why this file exists: proves the portable ABI of DESIGN.md is complete: the plain-JS reference host in examples/host/,
// which sees only build/phiscrub.wasm and exportAutomaton(), gives the same findings as find(). Document-level name
// propagation (src/propagate.ts) is a step of the TypeScript wrapper after the core, not part of the ABI: the
// redactors compared here turn it off (documentNames: false).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactorSync, exportAutomaton, ABI_VERSION, type RedactorOptions } from "../src/index.js";
import { loadHost, OUT_SLACK } from "../examples/host/host.mjs";

const wasm = readFileSync(new URL("../build/phiscrub.wasm", import.meta.url));

const DENY: RedactorOptions["deny"] = [
  { type: "NAME", terms: ["Jane Doe", "Jane", "Doe", "José Núñez", "Zoë", "李雷"] },
  { type: "LOCATION", terms: ["Springfield", "São Paulo"], score: 0.8 },
  { type: "MRN", terms: ["MRN-77"], wordBoundary: false, score: 0.5 },
];

const CLINICAL =
  "Dr. Maria Gonzalez saw Mr. John Smith (DOB 03/14/1931, age 92) at 12 Main Street, Springfield, IL 62704. " +
  "MRN: 4455667; SSN 123-45-6789; call (217) 555-0142 or fax 217-555-0199; smith.j@example.org 😀 Zoë Müller.";
const WORDS: RedactorOptions["words"] = [
  { kind: "first", terms: ["Qwyx"] },
  { kind: "last", terms: ["Blorbin"] },
  { kind: "place", terms: ["Zentara"] },
];

const CASES: { name: string; options: RedactorOptions; text: string }[] = [
  { name: "ASCII email", options: {}, text: "Write to jane.doe@example.org today." },
  { name: "emoji before email", options: {}, text: "😀 Contact jane.doe@example.org 😀" },
  { name: "deny terms, non-ASCII", options: { deny: DENY }, text: "José Núñez met Zoë and 李雷 in São Paulo." },
  { name: "leftmost-longest", options: { deny: DENY }, text: "Jane Doe and Jane, Doe." },
  { name: "overlap merge (name inside email)", options: { deny: [{ type: "NAME", terms: ["jane.doe"] }] }, text: "jane.doe@example.org" },
  { name: "lone surrogate", options: { deny: DENY }, text: "\ud800 Jane \udc00 Doe x@y.io" },
  { name: "threshold drops low scores", options: { deny: DENY, threshold: 0.9 }, text: "Jane in Springfield" },
  { name: "entities filter", options: { deny: DENY, entities: ["EMAIL"] }, text: "Jane a@b.co" },
  { name: "allow list", options: { deny: DENY, allow: ["jane"] }, text: "Jane Doe; Jane." },
  { name: "empty text", options: { deny: DENY }, text: "" },
  { name: "name pass and structured scanners", options: {}, text: CLINICAL },
  { name: "name pass off (nameDetector: false)", options: { nameDetector: false }, text: CLINICAL },
  { name: "user word lists merged into the word table", options: { words: WORDS }, text: "Seen by Qwyx Blorbin at Zentara." },
  { name: "allAges sets SCAN_ALL_AGES", options: { allAges: true }, text: "Patient is 42 years old, seen 3/4/2021." },
  { name: "entities filter over both passes (LOCATION, PHONE)", options: { entities: ["LOCATION", "PHONE"] }, text: CLINICAL },
];

describe("portable ABI: module shape", () => {
  it("imports nothing and exports exactly the documented functions and memory", () => {
    const mod = new WebAssembly.Module(wasm);
    expect(WebAssembly.Module.imports(mod)).toEqual([]);
    expect(WebAssembly.Module.exports(mod).map((e) => `${e.kind}:${e.name}`).sort()).toEqual(
      [
        "function:abiVersion", "function:heapBase", "function:scanBegin", "function:scanDone", "function:scanNext",
        "function:setWordTable", "function:utf16Offsets", "memory:memory",
      ],
    );
    const inst = new WebAssembly.Instance(mod, {});
    expect((inst.exports.abiVersion as () => number)()).toBe(ABI_VERSION);
    expect(exportAutomaton().abiVersion).toBe(ABI_VERSION);
  });

  it("validates with only the MVP features plus bulk memory (what DESIGN.md promises other runtimes)", () => {
    const wasmOpt = fileURLToPath(new URL("../node_modules/.bin/wasm-opt", import.meta.url));
    const wasmPath = fileURLToPath(new URL("../build/phiscrub.wasm", import.meta.url));
    const res = spawnSync(wasmOpt, [wasmPath, "--mvp-features", "--enable-bulk-memory-opt", "-o", "/dev/null"], { encoding: "utf8" });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).not.toContain("validator error");
  });

  it("reports UTF-8 byte offsets in the findings region", async () => {
    const deny: RedactorOptions["deny"] = [{ type: "NAME", terms: ["Zoë"] }];
    const bytes = new TextEncoder().encode("é😀 Zoë bob@x.io");
    const dec = new TextDecoder();
    // automaton pass only (name pass off): the deny hit and the e-mail scanner
    const plain = (await loadHost(wasm, exportAutomaton({ deny, nameDetector: false }))).scanBytes(bytes);
    expect(plain.map((r) => dec.decode(bytes.subarray(r.start, r.end)))).toEqual(["Zoë", "bob@x.io"]);
    expect(plain[0]).toMatchObject({ start: 7, end: 11, type: 1 });
    // default options: the word-level name pass (setWordTable) runs after the automaton pass and reports "Zoë" again,
    // with a name reason code (0x400-0x4ff) and the same UTF-8 byte offsets
    const rows = (await loadHost(wasm, exportAutomaton({ deny }))).scanBytes(bytes);
    expect(rows.map((r) => dec.decode(bytes.subarray(r.start, r.end)))).toEqual(["Zoë", "bob@x.io", "Zoë"]);
    expect(rows[0]).toMatchObject({ start: 7, end: 11, type: 1 });
    expect(rows[2]).toMatchObject({ start: 7, end: 11, type: 1 });
    expect(rows[2]!.info & 0xffffff00).toBe(0x400);
  });

  it("rejects an output region not larger than OUT_SLACK", async () => {
    await expect(loadHost(wasm, exportAutomaton(), { outCap: OUT_SLACK })).rejects.toThrow(/OUT_SLACK/);
  });
});

describe("portable ABI: reference host gives the same findings as find()", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const expected = createRedactorSync({ ...c.options, engine: "wasm", documentNames: false }).find(c.text);
      const host = await loadHost(wasm, exportAutomaton(c.options));
      expect(host.find(c.text)).toEqual(expected);
    });
  }

  it("the cases exercise the name pass (its reasons appear) and the host needs its word table", async () => {
    const expected = createRedactorSync({ engine: "wasm", documentNames: false }).find(CLINICAL);
    expect(expected.some((f) => f.reason.startsWith("name:"))).toBe(true);
    expect(expected.some((f) => f.reason.startsWith("location:"))).toBe(true);
    const user = createRedactorSync({ words: WORDS, engine: "wasm", documentNames: false }).find("Seen by Qwyx Blorbin at Zentara.");
    expect(user.map((f) => f.text)).toEqual(expect.arrayContaining(["Qwyx Blorbin", "Zentara"]));
    const p = exportAutomaton();
    expect(p.words.length).toBeGreaterThan(0);
    expect(exportAutomaton({ nameDetector: false }).words.length).toBe(0);
    // a host that sets SCAN_NAMES without installing the word table is refused, not silently name-blind
    await expect(loadHost(wasm, { ...p, words: new Uint8Array(0) })).rejects.toThrow(/word table/);
    // a corrupt word table is refused by setWordTable (code 4: bad magic)
    const bad = p.words.slice();
    bad[0] = bad[0]! ^ 0xff;
    await expect(loadHost(wasm, { ...p, words: bad })).rejects.toThrow(/setWordTable failed with code 4/);
  });

  it("resumes when the findings region fills (outCap = OUT_SLACK + 1, many findings)", async () => {
    const text = Array.from({ length: 300 }, (_, i) => `Jane${i % 2 ? " Doe" : ""} u${i}@ex.org é`).join(" ");
    const expected = createRedactorSync({ deny: DENY, engine: "wasm", documentNames: false }).find(text);
    expect(expected.length).toBeGreaterThan(500);
    const host = await loadHost(wasm, exportAutomaton({ deny: DENY }), { outCap: OUT_SLACK + 1 });
    expect(host.find(text)).toEqual(expected);
  });

  it("grows memory for a large input", async () => {
    const text = "😀 Jane Doe wrote to jane@example.org. ".repeat(20_000);
    const expected = createRedactorSync({ deny: DENY, engine: "wasm", documentNames: false }).find(text);
    const host = await loadHost(wasm, exportAutomaton({ deny: DENY }));
    expect(host.find(text)).toEqual(expected);
  });

  it("property: random texts of names, emails, emoji and non-ASCII agree with find()", async () => {
    const r = createRedactorSync({ deny: DENY, engine: "wasm", documentNames: false });
    const host = await loadHost(wasm, exportAutomaton({ deny: DENY }), { outCap: 16 });
    const piece = fc.constantFrom(
      "Jane", "Doe", " ", "Jane Doe", "José Núñez", "Zoë", "李雷", "São Paulo", "Springfield", "@", ".", "a@b.co",
      "jane.doe@example.org", "😀", "é", "\ud800", "\udc00", "x", "\n", "-", "_", "1", "MRN-77", "7",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(host.find(text)).toEqual(r.find(text));
      }),
      { numRuns: 300 },
    );
  });

  it("export.mjs writes files from which a host reproduces find() (what a JVM/wasmtime host would load)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "phiscrub-export-"));
    try {
      const options = { deny: DENY, threshold: 0.6, allow: ["zoë"] };
      writeFileSync(join(dir, "options.json"), JSON.stringify(options));
      const script = fileURLToPath(new URL("../examples/host/export.mjs", import.meta.url));
      const res = spawnSync(process.execPath, [script, join(dir, "out"), join(dir, "options.json")], { encoding: "utf8" });
      expect(res.status, res.stderr).toBe(0);
      const settings = JSON.parse(readFileSync(join(dir, "out", "portable.json"), "utf8"));
      const tables = new Uint8Array(readFileSync(join(dir, "out", "tables.bin")));
      const words = new Uint8Array(readFileSync(join(dir, "out", "words.bin")));
      expect(words.length).toBeGreaterThan(0); // the name pass is on by default: its word table must be exported
      const host = await loadHost(new Uint8Array(readFileSync(join(dir, "out", "phiscrub.wasm"))), { ...settings, tables, words });
      const text = "Zoë and José Núñez of São Paulo: jane@example.org, 李雷 😀 Jane Doe";
      expect(host.find(text)).toEqual(createRedactorSync({ ...options, engine: "wasm", documentNames: false }).find(text));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
