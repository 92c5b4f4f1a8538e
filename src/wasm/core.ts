// Why this file exists: drives one core instance: lays out its memory (tables, input, output, scratch), encodes text
// straight into linear memory with encodeInto, runs the scan in bulk and returns findings as struct-of-arrays, with
// offsets converted to UTF-16 indices by the core (utf16Offsets, assembly/utf16.ts: the one place that converts them).

import { PhiscrubError } from "../errors.js";
import type { EngineKind } from "../types.js";
import { BEGIN_ERRORS, UTF16_BLOCK_SHIFT, type CoreExports } from "./abi.js";

const PAGE = 65536;
/** Rows of the findings region; the scan yields when it fills and resumes. */
export const OUT_CAP = 4096;
const COLUMNS = 5;

/**
 * Findings of one scan, struct-of-arrays. Valid until the next scan (the columns may be views of the core's memory).
 * Offsets are UTF-16 indices into the text after scan(text), UTF-8 byte offsets after scanBytes(bytes).
 */
export interface RawFindings {
  count: number;
  start: Uint32Array;
  end: Uint32Array;
  type: Uint32Array;
  info: Uint32Array;
  score: Uint32Array;
  /** UTF-8 bytes of the input. */
  byteLength: number;
}

const align = (n: number, a: number): number => Math.ceil(n / a) * a;

export class Core {
  readonly engine: EngineKind;
  private readonly ex: CoreExports;
  private readonly autPtr: number;
  private readonly inPtr: number;
  private inCap: number;
  private outPtr: number;
  private readonly encoder = new TextEncoder();
  /** Rows copied out of the findings region, for scans whose rows come in several batches. */
  private res: RawFindings;
  /**
   * The findings region itself (columns are views of linear memory): a scan whose rows all come in its last batch
   * returns this, with no copy and its offsets converted in place. That is a scan without the name pass and with
   * fewer than ~4,000 findings; with the name pass the automaton pass yields its rows first, so rows are copied unless
   * it found none.
   */
  private direct: RawFindings;
  /** Views of linear memory, rebuilt only when it grows (a scan of a 2 KB prompt should allocate no view). */
  private viewOf: ArrayBuffer | undefined;
  private mem32 = new Uint32Array(0);
  private inView = new Uint8Array(0);

  constructor(ex: CoreExports, engine: EngineKind, tables: Uint8Array, words?: Uint8Array) {
    this.ex = ex;
    this.engine = engine;
    this.autPtr = align(ex.heapBase(), 16);
    // the name/place word table (when given) sits between the automaton tables and the input region
    const wordsPtr = align(this.autPtr + tables.length, 16);
    const wordsLen = words?.length ?? 0;
    this.inPtr = align(wordsPtr + wordsLen, 16);
    this.inCap = 64 * 1024;
    this.outPtr = this.inPtr + this.inCap;
    this.ensureMemory(this.outPtr + OUT_CAP * 4 * COLUMNS);
    new Uint8Array(ex.memory.buffer, this.autPtr, tables.length).set(tables);
    if (words && wordsLen > 0) {
      new Uint8Array(ex.memory.buffer, wordsPtr, wordsLen).set(words);
      const rc = ex.setWordTable(wordsPtr);
      if (rc !== 0) {
        throw new PhiscrubError("INVALID_AUTOMATON", `setWordTable failed: ${BEGIN_ERRORS[rc] ?? `code ${rc}`}`, { code: rc });
      }
    }
    const cap = 1024;
    this.res = {
      count: 0,
      start: new Uint32Array(cap),
      end: new Uint32Array(cap),
      type: new Uint32Array(cap),
      info: new Uint32Array(cap),
      score: new Uint32Array(cap),
      byteLength: 0,
    };
    const none = new Uint32Array(0);
    this.direct = { count: 0, start: none, end: none, type: none, info: none, score: none, byteLength: 0 };
  }

  /** Bytes of linear memory held by this instance. */
  get memoryBytes(): number {
    return this.ex.memory.buffer.byteLength;
  }

  private ensureMemory(bytes: number): void {
    const have = this.ex.memory.buffer.byteLength;
    if (bytes <= have) return;
    const pages = Math.ceil((bytes - have) / PAGE);
    let ok = -1;
    try {
      ok = this.ex.memory.grow(pages);
    } catch {
      ok = -1;
    }
    if (ok < 0) {
      throw new PhiscrubError(
        "INPUT_TOO_LARGE",
        `the ${this.engine} core could not grow its memory to ${bytes} bytes`,
        { bytes },
      );
    }
  }

  /** Makes the input region hold at least `bytes` (moving the output region after it). */
  private reserveInput(bytes: number): void {
    if (bytes <= this.inCap) return;
    const cap = align(Math.max(bytes, this.inCap * 2), PAGE);
    this.ensureMemory(this.inPtr + cap + OUT_CAP * 4 * COLUMNS);
    this.inCap = cap;
    this.outPtr = this.inPtr + cap;
    this.viewOf = undefined;
  }

  /** Refreshes the memory views after a grow (a grown memory detaches the old buffer). */
  private views(): void {
    const buf = this.ex.memory.buffer;
    if (buf === this.viewOf) return;
    this.viewOf = buf;
    this.mem32 = new Uint32Array(buf);
    this.inView = new Uint8Array(buf, this.inPtr, this.inCap);
    const d = this.direct;
    const col = (k: number): Uint32Array => new Uint32Array(buf, this.outPtr + k * OUT_CAP * 4, OUT_CAP);
    d.start = col(0);
    d.end = col(1);
    d.type = col(2);
    d.info = col(3);
    d.score = col(4);
  }

  /** Encodes `text` into the input region and scans it. `scanners` is a mask of SCAN_* bits. */
  scan(text: string, scanners: number): RawFindings {
    // UTF-8 never needs more than 3 bytes per UTF-16 code unit
    this.reserveInput(text.length * 3);
    this.views();
    const { written } = this.encoder.encodeInto(text, this.inView);
    const res = this.run(written, scanners);
    // as many bytes as code units: ASCII, where byte offsets already are UTF-16 indices
    if (written !== text.length && res.count > 0) this.toUtf16(res);
    return res;
  }

  /**
   * Converts the offsets of `res` (byte offsets into the input region) to UTF-16 indices in the core: starts round
   * down, ends round up. Scratch after the findings region: starts, ends, then the checkpoint table.
   */
  private toUtf16(res: RawFindings): void {
    const n = res.count;
    const inPlace = res === this.direct;
    // rows still in the findings region are converted where they are; copied rows go through scratch after it
    const scratch = this.outPtr + OUT_CAP * 4 * COLUMNS;
    const starts = inPlace ? this.outPtr : scratch;
    const ends = inPlace ? this.outPtr + OUT_CAP * 4 : scratch + n * 4;
    const table = inPlace ? scratch : ends + n * 4;
    this.ensureMemory(table + 4 * ((res.byteLength >>> UTF16_BLOCK_SHIFT) + 1));
    this.views(); // after a grow, this also re-points the columns of `direct`
    const mem = this.mem32;
    const s = starts >>> 2;
    const e = ends >>> 2;
    const { start, end } = res;
    if (!inPlace) {
      for (let i = 0; i < n; i++) {
        mem[s + i] = start[i]!;
        mem[e + i] = end[i]!;
      }
    }
    const rc = this.ex.utf16Offsets(this.inPtr, res.byteLength, starts, ends, n, table);
    if (rc !== 0) {
      throw new PhiscrubError("WASM_FAILURE", `utf16Offsets failed: ${BEGIN_ERRORS[rc] ?? `code ${rc}`}`, { code: rc });
    }
    if (!inPlace) {
      for (let i = 0; i < n; i++) {
        start[i] = mem[s + i]!;
        end[i] = mem[e + i]!;
      }
    }
  }

  /** Scans UTF-8 bytes that are already valid (callers validate). */
  scanBytes(bytes: Uint8Array, scanners: number): RawFindings {
    this.reserveInput(bytes.length);
    new Uint8Array(this.ex.memory.buffer, this.inPtr, bytes.length).set(bytes);
    return this.run(bytes.length, scanners);
  }

  private run(len: number, scanners: number): RawFindings {
    const ex = this.ex;
    const rc = ex.scanBegin(this.autPtr, this.inPtr, len, this.outPtr, OUT_CAP, scanners);
    if (rc !== 0) {
      throw new PhiscrubError("WASM_FAILURE", `scanBegin failed: ${BEGIN_ERRORS[rc] ?? `code ${rc}`}`, { code: rc });
    }
    const res = this.res;
    res.count = 0;
    res.byteLength = len;
    let guard = 0;
    for (;;) {
      let n: number;
      try {
        n = ex.scanNext();
      } catch (err) {
        throw new PhiscrubError("WASM_FAILURE", `the ${this.engine} core trapped during a scan (${String(err)})`, {
          cause: err,
        });
      }
      if (res.count === 0 && ex.scanDone()) {
        // every row came in this last batch: hand out the findings region itself
        this.views();
        const d = this.direct;
        d.count = n;
        d.byteLength = len;
        return d;
      }
      if (n > 0) this.collect(n);
      if (ex.scanDone()) break;
      if (n === 0 && ++guard > 2) {
        throw new PhiscrubError("WASM_FAILURE", "the core made no progress (scanNext returned 0 before finishing)");
      }
    }
    return res;
  }

  private collect(n: number): void {
    const res = this.res;
    if (res.count + n > res.start.length) {
      const cap = Math.max(res.start.length * 2, res.count + n);
      for (const k of ["start", "end", "type", "info", "score"] as const) {
        const a = new Uint32Array(cap);
        a.set(res[k].subarray(0, res.count));
        res[k] = a;
      }
    }
    // the memory may have grown since the last view
    this.views();
    const mem = this.mem32;
    const col = this.outPtr >>> 2;
    const c = res.count;
    const { start, end, type, info, score } = res;
    // plain loops: a batch is usually a handful of rows, where ten subarray views cost more than the copy
    for (let i = 0; i < n; i++) {
      start[c + i] = mem[col + i]!;
      end[c + i] = mem[col + OUT_CAP + i]!;
      type[c + i] = mem[col + OUT_CAP * 2 + i]!;
      info[c + i] = mem[col + OUT_CAP * 3 + i]!;
      score[c + i] = mem[col + OUT_CAP * 4 + i]!;
    }
    res.count = c + n;
  }
}
