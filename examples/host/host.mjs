// Why this file exists: a tiny reference host that drives build/phiscrub.wasm through the documented portable ABI only
// (DESIGN.md "Portable ABI"), as a model for JVM/wasmtime hosts; plain JavaScript, no imports from the wrapper.
//
// Usage as a program (after `npm run build`):  node examples/host/host.mjs "Write to jane@example.org"
// Usage as a module:  const host = await loadHost(wasmBytes, exportAutomaton(options)); host.find(text)

/** Constants of ABI_VERSION 4, copied from DESIGN.md (a host must not need the wrapper's sources). */
export const ABI_VERSION = 4;
export const OUT_SLACK = 8;
export const INFO_DICTIONARY = 0x80000000;
export const SCAN_NAMES = 0x01000000;
const COLUMNS = 5; // start, end, type, info, score
const PAGE = 65536;
const ERRORS = {
  1: "bad automaton magic",
  2: "other automaton table version",
  3: "output region too small",
  4: "bad word table magic",
  5: "other word table version",
  6: "name pass requested without a word table",
};
const EXPORTS = ["memory", "abiVersion", "heapBase", "scanBegin", "scanNext", "scanDone", "setWordTable"];

const align = (n, a) => Math.ceil(n / a) * a;

/**
 * Instantiates the core with no imports, copies the automaton tables and the word table into its memory and installs
 * the word table. `portable` is what exportAutomaton() returns: { abiVersion, tables, words, scanners, entityTypes,
 * entities, threshold, allow, patternReasons, scannerReasons }. `outCap` is the number of rows of the findings region.
 */
export async function loadHost(wasmBytes, portable, { outCap = 1024 } = {}) {
  const module = await WebAssembly.compile(wasmBytes);
  if (WebAssembly.Module.imports(module).length !== 0) throw new Error("host: the core must not import anything");
  const instance = await WebAssembly.instantiate(module, {}); // no imports: an empty import object
  const ex = instance.exports;
  for (const name of EXPORTS) if (!(name in ex)) throw new Error(`host: the core does not export ${name}`);
  if (ex.abiVersion() !== ABI_VERSION || portable.abiVersion !== ABI_VERSION) {
    throw new Error(`host: expected ABI_VERSION ${ABI_VERSION}, module has ${ex.abiVersion()}, tables ${portable.abiVersion}`);
  }
  if (!(outCap > OUT_SLACK)) throw new Error(`host: outCap must exceed OUT_SLACK (${OUT_SLACK})`);
  return new Host(ex, portable, outCap);
}

class Host {
  constructor(ex, portable, outCap) {
    this.ex = ex;
    this.p = portable;
    this.outCap = outCap;
    const words = portable.words ?? new Uint8Array(0);
    // layout above heapBase(): automaton tables | word table | input | findings (each start 16-byte aligned)
    this.autPtr = align(ex.heapBase(), 16);
    this.wordsPtr = align(this.autPtr + portable.tables.length, 16);
    this.inPtr = align(this.wordsPtr + words.length, 16);
    this.inCap = 0;
    this.outPtr = 0;
    this.reserve(PAGE);
    new Uint8Array(ex.memory.buffer, this.autPtr, portable.tables.length).set(portable.tables);
    if (words.length > 0) {
      new Uint8Array(ex.memory.buffer, this.wordsPtr, words.length).set(words);
      const rc = ex.setWordTable(this.wordsPtr);
      if (rc !== 0) throw new Error(`host: setWordTable failed with code ${rc} (${ERRORS[rc] ?? "unknown"})`);
    } else if ((portable.scanners & SCAN_NAMES) !== 0) {
      throw new Error("host: scanners has SCAN_NAMES but no word table was given");
    }
    this.encoder = new TextEncoder();
  }

  /** Makes the input region hold `bytes` bytes, with the findings region after it; grows memory when needed. */
  reserve(bytes) {
    if (bytes <= this.inCap) return;
    this.inCap = align(Math.max(bytes, this.inCap * 2), PAGE);
    this.outPtr = this.inPtr + this.inCap;
    const need = this.outPtr + this.outCap * 4 * COLUMNS;
    const have = this.ex.memory.buffer.byteLength;
    if (need > have) this.ex.memory.grow(Math.ceil((need - have) / PAGE));
  }

  /** Scans UTF-8 bytes; returns raw findings with UTF-8 byte offsets, in the order the core reported them. */
  scanBytes(bytes) {
    this.reserve(bytes.length);
    new Uint8Array(this.ex.memory.buffer, this.inPtr, bytes.length).set(bytes);
    return this.run(bytes.length);
  }

  run(len) {
    const { ex, outCap } = this;
    const rc = ex.scanBegin(this.autPtr, this.inPtr, len, this.outPtr, outCap, this.p.scanners);
    if (rc !== 0) throw new Error(`host: scanBegin failed with code ${rc} (${ERRORS[rc] ?? "unknown"})`);
    const rows = [];
    let stalls = 0;
    for (;;) {
      const n = ex.scanNext();
      // a fresh view each time: memory.grow detaches old ArrayBuffers
      const col = new Uint32Array(ex.memory.buffer, this.outPtr, outCap * COLUMNS);
      for (let i = 0; i < n; i++) {
        rows.push({
          start: col[i],
          end: col[outCap + i],
          type: col[2 * outCap + i],
          info: col[3 * outCap + i],
          score: col[4 * outCap + i],
        });
      }
      if (ex.scanDone() === 1) return rows;
      if (n === 0 && ++stalls > 2) throw new Error("host: scanNext made no progress");
    }
  }

  /** The same findings as Redactor.find(text): UTF-16 offsets, filters and overlap merge applied. */
  find(text) {
    this.reserve(text.length * 3); // UTF-8 needs at most 3 bytes per UTF-16 unit
    const { written } = this.encoder.encodeInto(text, new Uint8Array(this.ex.memory.buffer, this.inPtr, this.inCap));
    const rows = this.run(written);
    const map = byteToUtf16Maps(text, written);
    const p = this.p;
    const list = [];
    for (const r of rows) {
      const type = r.type >= 1 && r.type <= p.entityTypes.length ? p.entityTypes[r.type - 1] : undefined;
      if (type === undefined || !p.entities.includes(type)) continue; // code 0: cue word, never reported
      const score = r.score / 1000;
      if (score < p.threshold) continue;
      const start = map ? map.down[r.start] : r.start;
      const end = map ? map.up[r.end] : r.end;
      if (end <= start) continue;
      const t = text.slice(start, end);
      if (p.allow.length > 0 && p.allow.includes(t.toLowerCase())) continue;
      const dict = (r.info & INFO_DICTIONARY) !== 0;
      list.push({
        type,
        start,
        end,
        text: t,
        score,
        source: dict ? "dictionary" : "scanner",
        reason: dict ? (p.patternReasons[r.info & 0x7fffffff] ?? "dictionary") : (p.scannerReasons[r.info] ?? `scanner:${r.info}`),
      });
    }
    return merge(text, list);
  }
}

/**
 * For each byte offset b of the UTF-8 encoding of `text` (TextEncoder: a lone surrogate becomes U+FFFD, 3 bytes),
 * down[b] is the UTF-16 index of the character containing b (for starts) and up[b] the index just past it (for
 * ends); at character boundaries both are the boundary. Null for ASCII text, where byte offsets are UTF-16 indices.
 */
function byteToUtf16Maps(text, byteLength) {
  if (byteLength === text.length) return null;
  const down = new Uint32Array(byteLength + 1);
  const up = new Uint32Array(byteLength + 1);
  let b = 0;
  for (let u = 0; u < text.length; ) {
    const c = text.codePointAt(u);
    const pair = c > 0xffff;
    const bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3; // a lone surrogate is U+FFFD: 3 bytes
    const units = pair ? 2 : 1;
    down[b] = u;
    up[b] = u;
    for (let k = 1; k < bytes; k++) {
      down[b + k] = u;
      up[b + k] = u + units;
    }
    b += bytes;
    u += units;
  }
  down[b] = text.length;
  up[b] = text.length;
  return { down, up };
}

/**
 * Overlap policy of DESIGN.md: sort by start (then longer first); fold left, merging each finding that overlaps the
 * running one into their union; the merged finding takes type, score, source and reason of the higher score (ties:
 * the longer span, where the running finding counts with its merged span, then the earlier start).
 */
function merge(text, list) {
  if (list.length < 2) return list;
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let cur = list[0];
  for (let i = 1; i < list.length; i++) {
    const f = list[i];
    if (f.start < cur.end) {
      const win = better(cur, f);
      const end = Math.max(cur.end, f.end);
      cur = end === cur.end && win === cur ? cur : { ...win, start: cur.start, end, text: text.slice(cur.start, end) };
    } else {
      out.push(cur);
      cur = f;
    }
  }
  out.push(cur);
  return out;
}

function better(a, b) {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb ? a : b;
  return a.start <= b.start ? a : b;
}

// As a program: the package's public entry builds the tables, this host does the rest.
if (typeof process !== "undefined" && import.meta.url === new URL(process.argv[1] ?? "", "file:").href) {
  const { readFile } = await import("node:fs/promises");
  const { exportAutomaton } = await import("../../dist/index.js");
  const wasm = await readFile(new URL("../../build/phiscrub.wasm", import.meta.url));
  const host = await loadHost(wasm, exportAutomaton());
  const text = process.argv.slice(2).join(" ") || "Write to jane.doe@example.org 😀";
  for (const f of host.find(text)) console.log(JSON.stringify(f));
}
