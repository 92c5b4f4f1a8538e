// Why this file exists: the synchronous incremental core behind every streaming path (Web streams, Node streams, the
// CLI): push(chunk) -> the redacted text that is final, finish() -> the rest, exactly equal to one batch redact().

import { PhiscrubError, describe } from "./errors.js";
import type {
  ByteRedactSession, Finding, RedactResult, RedactSession, RedactedFinding, SessionOptions,
} from "./types.js";
import { operatorState } from "./operators/index.js";
import { WS_ROWS } from "./automaton/tables.js";
import type { NameMemory } from "./propagate.js";

/** Default {@link SessionOptions.maxBufferSize}: 16 Mi UTF-16 code units (32 MiB of string). */
export const DEFAULT_MAX_BUFFER_SIZE = 16 * 1024 * 1024;

/** ASCII whitespace: the only characters the session may cut after (and only those no automaton pattern uses). */
const WHITESPACE = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20] as const;

/**
 * The replacement step: turns a piece of text and its findings (offsets into that piece) into output. Pluggable so
 * that stateful operators (consistent indexed tags, surrogates) keep one state for the whole session.
 */
export type RedactStep = (text: string, findings: readonly Finding[]) => RedactResult;

/** What a session needs from its redactor. */
export interface SessionHost {
  /** Batch detection over a whole string: the redactor's find() before document-level name propagation (see names). */
  find(text: string): Finding[];
  /** cutChars[c] = 1 when the ASCII character c may end a piece (whitespace that no automaton pattern or trigger uses). */
  readonly cutChars: Uint8Array;
  /**
   * wsPairs[c * 256 + b] = 1 when an automaton pattern holds byte b right after the whitespace character c
   * (src/automaton/tables.ts): a piece may also end after c when the next character's first UTF-8 byte, case-folded,
   * is not such a b. Absent: cut characters only.
   */
  readonly wsPairs?: Uint8Array;
  /** The enabled detectors' window in UTF-16 code units (src/builtins.ts contextWindow()). */
  readonly window: number;
  /** The longest text `find` accepts (the redactor's maxInputLength); a session keeps its scans well below it. */
  readonly maxInput?: number;
  /**
   * Document-level name propagation (src/propagate.ts), applied to each emitted piece with one memory for the whole
   * session, as find() applies it to the whole text. Absent: off. `find` above must not apply it itself.
   */
  readonly names?: {
    memory(): NameMemory;
    apply(text: string, findings: readonly Finding[], memory: NameMemory): Finding[];
  } | undefined;
}

/**
 * Which whitespace characters may end a piece: those in byte class 0 of the automaton (no pattern contains them and
 * they wake no scanner), so the automaton is back at its root after each of them. `tables` is the expanded automaton
 * region (layout in assembly/abi.ts: header word 10 is the offset of classMap[256]).
 */
export function cutCharTable(tables: Uint8Array): Uint8Array {
  const dv = new DataView(tables.buffer, tables.byteOffset, tables.byteLength);
  const classOff = dv.getUint32(40, true);
  const table = new Uint8Array(128);
  for (const c of WHITESPACE) if (tables[classOff + c] === 0) table[c] = 1;
  return table;
}

const IS_WS = new Uint8Array(WS_ROWS);
for (const c of WHITESPACE) IS_WS[c] = 1;

/** First byte of the UTF-8 encoding of x[q] (TextEncoder's: a lone surrogate is U+FFFD), ASCII letters folded. */
function leadByte(x: string, q: number): number {
  const c = x.charCodeAt(q);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  if (c < 0x800) return 0xc0 | (c >> 6);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = q + 1 < x.length ? x.charCodeAt(q + 1) : 0;
    if (d >= 0xdc00 && d <= 0xdfff) return 0xf0 | ((((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) >> 18);
    return 0xef;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0xef;
  return 0xe0 | (c >> 12);
}

/**
 * True when a piece may end at q (0 < q <= x.length): x[q-1] is a cut character, or whitespace that no automaton
 * pattern pairs with the character at q (known only once x[q] has arrived). Either way no dictionary occurrence spans
 * q, so the automaton's leftmost-longest choices on both sides do not depend on each other.
 */
function cutAt(host: SessionHost, x: string, q: number): boolean {
  const ch = x.charCodeAt(q - 1);
  if (ch >= 128) return false;
  if (host.cutChars[ch] === 1) return true;
  const pairs = host.wsPairs;
  return pairs !== undefined && ch < WS_ROWS && IS_WS[ch] === 1 && q < x.length && pairs[ch * 256 + leadByte(x, q)] === 0;
}

function checkSessionOptions(options: SessionOptions | undefined): { maxBufferSize: number; batched: boolean } {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new PhiscrubError("INVALID_OPTIONS", `expected session options to be an object, got ${describe(options)}`);
  }
  const maxBufferSize = options?.maxBufferSize ?? DEFAULT_MAX_BUFFER_SIZE;
  if (typeof maxBufferSize !== "number" || !Number.isInteger(maxBufferSize) || maxBufferSize < 1) {
    throw new PhiscrubError("INVALID_OPTIONS", `expected maxBufferSize to be a positive integer, got ${describe(maxBufferSize)}`);
  }
  if (options?.onFindings !== undefined && typeof options.onFindings !== "function") {
    throw new PhiscrubError("INVALID_OPTIONS", `expected onFindings to be a function, got ${describe(options.onFindings)}`);
  }
  const release = options?.release;
  if (release !== undefined && release !== "eager" && release !== "batched") {
    throw new PhiscrubError("INVALID_OPTIONS", `expected release to be "eager" or "batched", got ${describe(release)}`);
  }
  return { maxBufferSize, batched: release === "batched" };
}

/**
 * The text a session has not emitted yet, kept as the chunks that brought it: appending is O(1) and the whole is
 * joined once, when it is scanned (a `pend += chunk` string would be flattened, i.e. copied whole, by the next
 * character read: quadratic in the pending length over many small chunks). Cut points are searched through a
 * forward cursor, so each unit is visited O(1) times however many chunks are pending.
 */
export class PendingText {
  private parts: string[] = [];
  /** Total UTF-16 code units pending. */
  length = 0;
  /** Index of the part where the next search starts, and that part's offset in the pending text. */
  private cur = 0;
  private curStart = 0;

  append(chunk: string): void {
    if (chunk.length === 0) return;
    this.parts.push(chunk);
    this.length += chunk.length;
  }

  /** The pending text as one string (joined once; later calls return it without copying). */
  text(): string {
    const parts = this.parts;
    if (parts.length === 0) return "";
    if (parts.length > 1) {
      parts[0] = parts.join("");
      parts.length = 1;
      this.cur = 0;
      this.curStart = 0;
    }
    return parts[0]!;
  }

  /** Drops the first n units (after text(): the emitted piece). */
  drop(n: number): void {
    const rest = this.text().slice(n);
    this.parts = rest.length === 0 ? [] : [rest];
    this.length = rest.length;
    this.cur = 0;
    this.curStart = 0;
  }

  /**
   * The largest cut point q (cutAt) with lo <= q <= hi, or 0 when there is none (1 <= lo, hi <= length). Reads the
   * units [lo - 1, hi + 2) only. Searches must come in non-decreasing order of lo until the next text() or drop().
   */
  lastCut(host: SessionHost, lo: number, hi: number): number {
    if (lo > hi) return 0;
    const a = lo - 1;
    const b = Math.min(hi + 2, this.length);
    const parts = this.parts;
    while (this.cur < parts.length - 1 && this.curStart + parts[this.cur]!.length <= a) {
      this.curStart += parts[this.cur++]!.length;
    }
    let x = "";
    for (let i = this.cur, start = this.curStart; start < b; i++) {
      const p = parts[i]!;
      x += a <= start && start + p.length <= b ? p : p.slice(Math.max(a - start, 0), Math.min(b - start, p.length));
      start += p.length;
    }
    // x[i] is pending unit a + i; cutAt judges x[q - a - 1] and, when it has arrived, the character after it
    for (let q = hi; q >= lo; q--) if (cutAt(host, x, q - a)) return q;
    return 0;
  }
}

/**
 * Largest piece a session accumulates before it scans and emits (UTF-16 code units, 2 MiB of string): each scan
 * re-reads about 3W units around the piece (2W of left context, W of look-ahead), so pieces of up to 64W, capped
 * here, keep that re-reading under 5% of the work once a stream is long.
 */
export const MAX_PIECE = 1 << 20;

/**
 * How it stays exact. The stream is cut only at a cut point (cutAt): just after a cut character (see cutCharTable),
 * or after whitespace that no automaton pattern pairs with the next character, at least W = window units before the
 * end of what has arrived, and not inside any finding. Each scan covers `ctx + pend`: `ctx` is committed text kept as
 * left context (it starts at a cut point and holds at least 2W units when W > 0), `pend` the text not yet emitted. No
 * dictionary occurrence spans a cut point (it would contain the pair of characters around it), so the automaton's
 * leftmost-longest choice is the union of its choices on both sides, and its state one byte after the cut is the
 * state of a scan started there; scanners see W units on both sides, which their declared window
 * says is all they can use. Findings that start in `ctx` were emitted before; one that crosses into `pend` means a
 * detector reached beyond its window and the session fails closed (WINDOW_EXCEEDED).
 *
 * How it stays fast. Each scan re-reads about 3W units besides the piece it emits (2W of left context, W of
 * look-ahead). With release "eager" a piece is emitted as soon as W units of it are final (output lags input by W to
 * 2W units; small chunks cost up to ~4x one redact()); with "batched" each later piece waits until the final text
 * reaches twice what was already emitted (never more than MAX_PIECE or 64W, a quarter of maxBufferSize, or what
 * keeps a scan within a quarter of the redactor's maxInputLength), so a stream of N units costs about
 * N + 3W log3(N / W) units of scanning (then 3W per 64W). Over maxBufferSize either mode first emits what is final.
 * Pushes never re-read or join the buffer: chunks wait in PendingText (joined once per scan), and only the units
 * between the previous and the new eligibility limit are searched for a cut point, backwards from the limit.
 */
class Session implements RedactSession {
  private ctx = "";
  /** The text not yet emitted (joined once per scan, never per push). */
  private readonly pend = new PendingText();
  /** Absolute UTF-16 offset of the first pending unit in the whole stream. */
  private base = 0;
  /** The largest eligible cut point found, as an index into the pending text (0: none). */
  private ready = 0;
  /** Pending-text index up to which cut points were searched (the eligibility limit of the previous push). */
  private searched = 0;
  /** Every cut point <= floor was tried and crossed a finding: wait for a later one. */
  private floor = 0;
  /** Units emitted so far (the next piece may be about twice as long). */
  private emitted = 0;
  private done = false;
  private readonly maxBufferSize: number;
  /** The most units a piece may grow to before it is emitted (W when W is 0 or pieces cannot grow). */
  private readonly pieceCap: number;
  /** Names learned from the text emitted so far (document-level propagation); undefined when the host has none. */
  private readonly memory: NameMemory | undefined;

  constructor(
    private readonly host: SessionHost,
    private readonly step: RedactStep,
    private readonly options: SessionOptions | undefined,
  ) {
    const checked = checkSessionOptions(options);
    this.maxBufferSize = checked.maxBufferSize;
    this.memory = host.names?.memory();
    const w = host.window;
    let cap = checked.batched ? Math.min(MAX_PIECE, 64 * w, Math.floor(this.maxBufferSize / 4)) : w;
    if (host.maxInput !== undefined) cap = Math.min(cap, Math.floor(host.maxInput / 4) - 3 * w);
    this.pieceCap = Math.max(cap, w);
  }

  get buffered(): number {
    return this.pend.length;
  }

  push(chunk: string): string {
    if (typeof chunk !== "string") {
      throw new PhiscrubError("INVALID_INPUT", `expected a string chunk, got ${describe(chunk)}`);
    }
    this.live();
    try {
      return this.pushChunk(chunk);
    } catch (err) {
      this.done = true;
      throw err;
    }
  }

  finish(): string {
    this.live();
    this.done = true;
    if (this.pend.length === 0) return "";
    return this.emit(this.pend.length, true);
  }

  private live(): void {
    if (this.done) {
      throw new PhiscrubError("SESSION_FINISHED", "expected a live session, got one that finished or failed earlier");
    }
  }

  private pushChunk(chunk: string): string {
    if (chunk.length === 0) return "";
    this.pend.append(chunk);
    const w = this.host.window;
    const limit = this.pend.length - w;
    if (limit > this.searched) {
      // the largest cut point in [searched, limit] (searched itself again: with W = 0 it was the end of the text, and a
      // whitespace character there is judged only once the character after it has arrived)
      const q = this.pend.lastCut(this.host, Math.max(this.searched, this.ready + 1, 1), limit);
      if (q > this.ready) this.ready = q;
      this.searched = limit;
    }
    let out = "";
    // emit pieces of at least W units (each scan re-reads ~3W units of context), growing with the stream (see above);
    // over maxBufferSize, emit whatever is final before deciding that there is no cut point
    const due = this.ready >= this.target() || this.pend.length > this.maxBufferSize;
    if (this.ready > this.floor && this.ready >= w && due) out = this.emit(this.ready, false);
    const held = this.pend.length;
    if (held > this.maxBufferSize) {
      throw new PhiscrubError(
        "BUFFER_LIMIT",
        `expected a cut point (whitespace outside any identifier) within maxBufferSize = ${this.maxBufferSize} ` +
          `UTF-16 code units, got ${held} units without one starting at offset ${this.base}`,
        { offset: this.base, buffered: held, maxBufferSize: this.maxBufferSize },
      );
    }
    return out;
  }

  /** How much final text the next piece waits for: W first, then twice what was emitted, up to the cap. */
  private target(): number {
    const w = this.host.window;
    if (w === 0) return 0;
    const t = 2 * this.emitted;
    return t <= w ? w : t >= this.pieceCap ? this.pieceCap : t;
  }

  /** Emits pend[0, c) for the largest usable cut point c <= limit (all of pend when final). */
  private emit(limit: number, final: boolean): string {
    const ctx = this.ctx;
    const pend = this.pend.text();
    const L = ctx.length;
    const x = L === 0 ? pend : ctx + pend;
    const found = x.length === 0 ? [] : this.host.find(x);
    for (const f of found) {
      if (f.start < L && f.end > L) this.windowExceeded(f, L);
    }
    let c = limit;
    if (!final) {
      c = this.chooseCut(x, L, L + limit, found) - L;
      if (c <= 0) {
        this.floor = limit;
        return "";
      }
    }
    // findings of the emitted piece, shifted to piece offsets
    let piece: Finding[] = [];
    for (const f of found) {
      if (f.start < L) continue;
      if (f.start >= L + c) break;
      piece.push(L === 0 ? f : { ...f, start: f.start - L, end: f.end - L });
    }
    const text = c === pend.length ? pend : pend.slice(0, c);
    // a piece starts and ends at whitespace, so propagation sees whole tokens, as in one pass over the whole text
    if (this.memory !== undefined) piece = this.host.names!.apply(text, piece, this.memory);
    const res = this.step(text, piece);
    if (this.options?.onFindings !== undefined && res.findings.length > 0) {
      const base = this.base;
      this.options.onFindings(
        base === 0 ? res.findings : res.findings.map((f): RedactedFinding => ({ ...f, start: f.start + base, end: f.end + base })),
      );
    }
    // keep left context, then drop the emitted text
    this.ctx = this.leftContext(x, L + c);
    this.pend.drop(c);
    this.base += c;
    this.emitted += c;
    this.ready = this.ready > c ? this.ready - c : 0;
    this.searched = this.searched > c ? this.searched - c : 0;
    this.floor = 0;
    return res.text;
  }

  /** The largest q <= hi, q > L, that is a cut point (cutAt) with no finding strictly around q; L when none. */
  private chooseCut(x: string, L: number, hi: number, found: readonly Finding[]): number {
    let k = found.length - 1;
    let q = hi;
    while (q > L) {
      while (k >= 0 && found[k]!.start >= q) k--;
      if (k >= 0 && found[k]!.end > q) {
        q = found[k]!.start; // every cut inside this finding is unusable
        continue;
      }
      if (cutAt(this.host, x, q)) return q;
      q--;
    }
    return L;
  }

  /** The committed text a later scan needs: from the latest cut point at least 2W before `end` (or nothing). */
  private leftContext(x: string, end: number): string {
    const w = this.host.window;
    if (w === 0) return "";
    for (let p = end - 2 * w; p > 0; p--) if (cutAt(this.host, x, p)) return x.slice(p, end);
    return x.slice(0, end);
  }

  private windowExceeded(f: Finding, L: number): never {
    throw new PhiscrubError(
      "WINDOW_EXCEEDED",
      `expected every ${f.type} finding to lie within the detectors' declared window (${this.host.window} units), ` +
        `got one crossing an already emitted cut point at stream offset ${this.base} (span ${f.start - L}..${f.end - L})`,
      { type: f.type, offset: this.base },
    );
  }
}

/**
 * A string session over `host`. `step` defaults to one OperatorState for the whole session, built from the redact()
 * part of `options` (or the `state` given there): indexed tags, surrogates and date offsets stay consistent across
 * chunks, exactly as in one redact() call over the whole text.
 */
export function createSession(host: SessionHost, options?: SessionOptions, step?: RedactStep): RedactSession {
  checkSessionOptions(options);
  let s = step;
  if (s === undefined) {
    const { maxBufferSize: _m, onFindings: _f, release: _r, ...redactOptions } = options ?? {};
    const state = operatorState(Object.keys(redactOptions).length > 0 ? redactOptions : undefined);
    s = (text: string, findings: readonly Finding[]) => state.apply(text, findings);
  }
  return new Session(host, s, options);
}

/**
 * Index of the first byte of the first invalid UTF-8 sequence in `b`, or -1. A sequence cut short by the end of `b`
 * counts as invalid only when `final`.
 */
export function firstInvalidUtf8(b: Uint8Array, final: boolean): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : -1;
      const d = b[i + k]!;
      if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Length of a trailing, possibly incomplete UTF-8 sequence of `b` (0-3 bytes) that the next chunk may complete. */
function incompleteTail(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k]!;
    if (c < 0x80) return 0;
    if (c >= 0xc0) {
      const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return len > k ? k : 0;
    }
  }
  return 0;
}

class ByteSession implements ByteRedactSession {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private readonly encoder = new TextEncoder();
  private tail = new Uint8Array(0);
  private consumed = 0;
  private done = false;

  constructor(private readonly inner: RedactSession) {}

  get bytesIn(): number {
    return this.consumed;
  }

  push(chunk: Uint8Array): Uint8Array {
    if (!(chunk instanceof Uint8Array)) {
      throw new PhiscrubError("INVALID_INPUT", `expected a Uint8Array chunk, got ${describe(chunk)}`);
    }
    if (this.done) throw new PhiscrubError("SESSION_FINISHED", "expected a live session, got one that finished or failed earlier");
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      this.done = true;
      throw this.invalid(chunk, false);
    }
    const t = incompleteTail(chunk);
    if (t > 0 || this.tail.length > 0) {
      const joined = chunk.length >= 3 ? chunk : concat(this.tail, chunk);
      const tt = chunk.length >= 3 ? t : incompleteTail(joined);
      this.tail = joined.slice(joined.length - tt);
    }
    this.consumed += chunk.length;
    try {
      return this.encoder.encode(this.inner.push(text));
    } catch (err) {
      this.done = true;
      throw err;
    }
  }

  finish(): Uint8Array {
    if (this.done) throw new PhiscrubError("SESSION_FINISHED", "expected a live session, got one that finished or failed earlier");
    this.done = true;
    let text: string;
    try {
      text = this.decoder.decode();
    } catch {
      throw this.invalid(new Uint8Array(0), true);
    }
    return this.encoder.encode(this.inner.push(text) + this.inner.finish());
  }

  private invalid(chunk: Uint8Array, final: boolean): PhiscrubError {
    const joined = concat(this.tail, chunk);
    let at = firstInvalidUtf8(joined, final);
    if (at < 0) at = final ? 0 : joined.length; // defensive: the decoder refused but the validator did not
    const offset = this.consumed - this.tail.length + at;
    return new PhiscrubError(
      "INVALID_UTF8",
      `expected UTF-8 text, got an invalid${final ? " or truncated" : ""} byte sequence at byte offset ${offset}`,
      { offset },
    );
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * The bytes variant of a session: UTF-8 in, UTF-8 out. Multi-byte characters split across chunks are joined; invalid
 * UTF-8 throws INVALID_UTF8 with the byte offset; a byte order mark passes through unchanged.
 */
export function createByteSession(session: RedactSession): ByteRedactSession {
  return new ByteSession(session);
}
