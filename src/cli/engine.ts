// Why this file exists: the per-batch work of the `phiscrub` CLI (decode, validate, redact, apply the --on-error
// policy), shared verbatim by the main thread and the worker threads so that N workers give the bytes one worker gives.

import * as bufferModule from "node:buffer";
import { Buffer } from "node:buffer";
import { PhiscrubError, type ErrorCode } from "../errors.js";
import { createRedactorSync } from "../builder.js";
import { ENTITY_TYPES } from "../types.js";
import type { EntityType, Finding, Operator, RedactOptions, RedactSession, Redactor, RedactorOptions } from "../types.js";
import { JsonlRedactor, LineEdits, unescapeJsonish, type ByteDecoder, type FieldResult } from "../jsonl.js";
import { firstInvalidUtf8 } from "../session.js";
import { OperatorState } from "../operators/index.js";

export type OnError = "fail" | "skip" | "redact-raw";

/** Everything a worker needs to rebuild the same engine (structured-clone safe). */
export interface CliConfig {
  /** Input kind: "text" (one session per file) or "jsonl" (selected fields of each line). */
  readonly input: "text" | "jsonl";
  /** Output kind: the redacted input, or "spans" (findings as JSONL, no PHI). */
  readonly output: "redacted" | "spans";
  readonly fields: readonly string[];
  readonly contextField?: string;
  readonly onError: OnError;
  readonly redactor: RedactorOptions;
  readonly redact: RedactOptions;
  /** Secret key for keyed operators (read from a file or an environment variable, never argv). */
  readonly key?: string;
  readonly maxLineBytes: number;
  readonly maxBufferSize: number;
}

/** One problem with one input line. Never carries input text. */
export interface LineError {
  readonly code: ErrorCode;
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** Byte offset in the input file: where the problem is (or where its line starts). */
  readonly offset: number;
  readonly message: string;
  /** What the policy did: "failed", "skipped" or "redacted-raw". */
  readonly action: "failed" | "skipped" | "redacted-raw";
}

export interface BatchIn {
  readonly file: string;
  readonly bytes: Uint8Array;
  /** Line number of the first line in `bytes` (1-based). */
  readonly firstLine: number;
  /** Byte offset of `bytes[0]` in the file. */
  readonly firstOffset: number;
}

export interface BatchOut {
  /** Output text (complete lines). */
  text: string;
  /** The output as UTF-8 when the engine wrote bytes (the JSONL engine always does; then `text` is empty). */
  bytes?: Uint8Array;
  /** Input lines handled (including skipped ones and the failing one). */
  lines: number;
  /** Findings per entity type, indexed like ENTITY_TYPES. */
  counts: number[];
  errors: LineError[];
  /** Set when a line failed under --on-error fail: `text` holds the lines before it, nothing after. */
  failed: boolean;
}

const TYPE_INDEX = new Map<EntityType, number>(ENTITY_TYPES.map((t, i) => [t, i]));

export function countFindings(counts: number[], findings: readonly { type: EntityType }[]): void {
  for (const f of findings) counts[TYPE_INDEX.get(f.type)!]! += 1;
}

/** UTF-8 length of s[from, to), without allocating. */
export function utf8Length(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const STATELESS = new Set(["tag", "remove", "keep"]);

/** True when every operator of `o` is tag, remove or keep (what replaceStateless implements). */
export function isStateless(o: RedactOptions): boolean {
  const plain = (op: Operator): boolean => STATELESS.has(op.kind) && !(op.kind === "tag" && op.indexed === true);
  if (o.defaultOperator !== undefined && !plain(o.defaultOperator)) return false;
  for (const op of Object.values(o.operators ?? {})) if (op !== undefined && !plain(op)) return false;
  return true;
}

/** The redact() options of the CLI config: operators plus the key and, per JSONL line, the context id. */
export function redactOptionsFor(cfg: CliConfig, context?: string): RedactOptions {
  return {
    ...cfg.redact,
    ...(cfg.key !== undefined ? { key: cfg.key } : {}),
    ...(context !== undefined ? { context } : {}),
  };
}

/**
 * The stateless built-in operators applied without allocating a RedactedFinding per finding: the JSONL hot path.
 * Must equal `redactor.redact(text, o).text` (a property test checks it); anything else goes through redact().
 */
export function replaceStateless(text: string, found: readonly Finding[], o: RedactOptions): string {
  let out = "";
  let last = 0;
  for (const f of found) {
    const kind = (o.operators?.[f.type] ?? o.defaultOperator ?? TAG).kind;
    out += text.slice(last, f.start);
    if (kind === "tag") out += `[${f.type}]`;
    else if (kind === "keep") out += f.text;
    last = f.end;
  }
  return out + text.slice(last);
}

const TAG = { kind: "tag" } as const;

function spanLine(file: string, line: number | undefined, field: string | undefined, f: Finding): string {
  // no finding text, no replacement: the audit trail must not carry PHI
  const o: Record<string, unknown> = { file };
  if (line !== undefined) o.line = line;
  if (field !== undefined) o.field = field;
  o.start = f.start;
  o.end = f.end;
  o.type = f.type;
  o.score = f.score;
  o.reason = f.reason;
  return JSON.stringify(o);
}

/** The batch as a string when it is valid UTF-8 (a fatal decoder), else undefined: the caller then goes line by line. */
function decodeStrict(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Node's simdutf check (Node >= 18.14): validates without building a string. */
const isUtf8 = (bufferModule as { isUtf8?: (b: Uint8Array) => boolean }).isUtf8;

/** True when `bytes` is valid UTF-8 (checked without a string where Node can, else by the fatal decoder). */
function validUtf8(bytes: Uint8Array, decoder: TextDecoder): boolean {
  return isUtf8 !== undefined ? isUtf8(bytes) : decodeStrict(decoder, bytes) !== undefined;
}

/** Output bytes of one batch, in a buffer of its own (so a worker can transfer it), grown by doubling. */
class ByteSink {
  private buf: Buffer;
  private len = 0;
  /** `spare`: an output buffer already written out, reused when large enough (no new memory per batch). */
  constructor(capacity: number, spare?: ArrayBuffer) {
    this.buf = spare !== undefined && spare.byteLength >= capacity ? Buffer.from(spare) : Buffer.allocUnsafeSlow(Math.max(capacity, 64));
  }
  private ensure(more: number): void {
    if (this.len + more <= this.buf.length) return;
    const next = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.len + more));
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }
  copy(src: Buffer, from: number, to: number): void {
    if (to <= from) return;
    this.ensure(to - from);
    if (to - from <= 16) {
      // a few bytes (between two replaced values): a loop costs less than Buffer.copy's checks
      const buf = this.buf;
      let at = this.len;
      for (let i = from; i < to; i++) buf[at++] = src[i]!;
      this.len = at;
    } else this.len += src.copy(this.buf, this.len, from, to);
  }
  write(s: string): void {
    // 3 bytes per UTF-16 unit is the most UTF-8 can take; count exactly only when that might not fit
    if (this.len + s.length * 3 > this.buf.length) this.ensure(Buffer.byteLength(s));
    this.len += utf8Write !== undefined ? utf8Write.call(this.buf, s, this.len, this.buf.length - this.len) : this.buf.write(s, this.len);
  }
  byte(c: number): void {
    this.ensure(1);
    this.buf[this.len++] = c;
  }
  take(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

/**
 * Buffer's own decoders over the batch (latin1 is the faster one and gives the same string for ASCII bytes), called
 * without toString()'s argument checks where Node has them (every supported version; checked, not assumed).
 */
interface BufferInternals {
  latin1Slice?: (this: Buffer, from: number, to: number) => string;
  utf8Slice?: (this: Buffer, from: number, to: number) => string;
  utf8Write?: (this: Buffer, s: string, offset: number, length: number) => number;
}
const internals = Buffer.prototype as unknown as BufferInternals;
const latin1Slice = internals.latin1Slice;
const utf8Slice = internals.utf8Slice;
const utf8Write = internals.utf8Write;
const decodeBytes: ByteDecoder = latin1Slice !== undefined && utf8Slice !== undefined
  ? (bytes, from, to, ascii) => (ascii ? latin1Slice : utf8Slice).call(bytes as Buffer, from, to)
  : (bytes, from, to, ascii) => (bytes as Buffer).toString(ascii ? "latin1" : "utf8", from, to);

/**
 * True when `bytes` hold no control character but line breaks and a '\r' right before one (CRLF), so no JSONL line
 * in them has a control character but a final '\r': the byte walker may then skip strings with memchr. One memchr
 * pass per control character (~1% of a batch's time), far cheaper than looking at every byte in JavaScript.
 */
function controlFree(bytes: Buffer): boolean {
  for (let v = 1; v < 0x20; v++) {
    if (v === 0x0a) continue;
    let k = bytes.indexOf(v);
    if (v === 0x0d) {
      for (; k >= 0; k = bytes.indexOf(v, k + 1)) if (k + 1 < bytes.length && bytes[k + 1] !== 0x0a) return false;
    } else if (k >= 0) return false;
  }
  return true;
}

/** The JSONL engine: one per thread. */
export class JsonlEngine {
  readonly redactor: Redactor;
  private readonly jr: JsonlRedactor;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private readonly lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
  private counts: number[] = [];
  private spans: string[] = [];
  private cur = { file: "", line: 0 };
  /** Every operator is a stateless built-in: replace without building RedactedFinding objects. */
  private readonly fast: boolean;
  /** Operator state of the current line (one document: indexed tags restart, the context is the line's). */
  private state: OperatorState | undefined;
  private stateLine = -1;
  private lineSerial = 0;
  /** Output buffers handed back once written (see `recycle`), reused for the next batches. */
  private readonly spare: ArrayBuffer[] = [];
  /** Redacted output goes through the byte walker (JsonlRedactor.lineBytes); spans need line()'s field paths. */
  private readonly byteWalk: boolean;
  private readonly edits = new LineEdits();

  constructor(readonly cfg: CliConfig, redactor?: Redactor) {
    this.redactor = redactor ?? createRedactorSync(cfg.redactor);
    this.fast = isStateless(cfg.redact);
    new OperatorState(redactOptionsFor(cfg)); // validates operators and key before any input
    const spans = cfg.output === "spans";
    this.byteWalk = !spans;
    this.jr = new JsonlRedactor((text, context) => this.redactText(text, context), {
      fields: cfg.fields,
      plainReplacements: this.fast,
      contextField: cfg.contextField,
      onField: spans
        ? (path: string, res: FieldResult) => {
            for (const f of res.findings) this.spans.push(spanLine(this.cur.file, this.cur.line, path, f));
          }
        : undefined,
    });
  }

  /** The operator step for one field value (the line's context id is parsed and checked; keyed operators use it). */
  private redactText(text: string, context?: string): FieldResult {
    if (this.fast) {
      const found = this.redactor.find(text);
      if (found.length === 0) return { text, findings: found };
      countFindings(this.counts, found);
      return { text: replaceStateless(text, found, this.cfg.redact), findings: found };
    }
    if (this.state === undefined || this.stateLine !== this.lineSerial) {
      this.state = new OperatorState(redactOptionsFor(this.cfg, context));
      this.stateLine = this.lineSerial;
    }
    const res = this.state.apply(text, this.redactor.find(text));
    countFindings(this.counts, res.findings);
    return res;
  }

  /**
   * Hands back the buffer of an earlier `out.bytes` once nothing reads it any more (it was written out): the next
   * batches write into it instead of new memory, which would only be freed by a full garbage collection.
   */
  recycle(buffer: ArrayBuffer): void {
    if (this.spare.length < 4 && buffer.byteLength > 0 && buffer.byteLength <= 1 << 20) this.spare.push(buffer);
  }

  /**
   * One batch of whole lines. The output is built as UTF-8 bytes in a buffer of its own (`out.bytes`, transferable):
   * an unchanged line is copied from the input bytes, never decoded back; each line is decoded on its own, so no
   * batch-sized string is made (those land in V8's large-object space and, on a worker's small heap, pile up until a
   * full collection).
   */
  process(b: BatchIn): BatchOut {
    this.counts = new Array<number>(ENTITY_TYPES.length).fill(0);
    const out: BatchOut = { text: "", lines: 0, counts: this.counts, errors: [], failed: false };
    const bytes = Buffer.from(b.bytes.buffer, b.bytes.byteOffset, b.bytes.length);
    const sink = new ByteSink(bytes.length + (bytes.length >> 3) + 64, this.spare.pop());
    if (validUtf8(bytes, this.decoder) && bytes.indexOf(0) < 0) {
      // fast path: the batch is valid UTF-8 without NUL, so every line decodes losslessly on its own
      let pos = 0;
      let copyFrom = 0; // input bytes [copyFrom, pos) are output as they are (unchanged lines and their line breaks)
      let line = b.firstLine;
      const edits = this.edits;
      const clean = this.byteWalk && controlFree(bytes);
      while (pos < bytes.length) {
        const nl = bytes.indexOf(0x0a, pos);
        const end = nl < 0 ? bytes.length : nl;
        if (this.byteWalk) {
          // the line's bytes are checked and walked in place: only the replaced values are decoded and encoded
          let handled = false;
          let failed: PhiscrubError | undefined;
          this.startLine(b.file, line);
          try {
            handled = this.jr.lineBytes(bytes, pos, end, decodeBytes, edits, clean);
          } catch (e) {
            if (!(e instanceof PhiscrubError)) throw e;
            failed = e;
          }
          if (handled) {
            out.lines++;
            for (let k = 0; k < edits.n; k++) {
              sink.copy(bytes, copyFrom, edits.from[k]!);
              sink.write(edits.json[k]!);
              copyFrom = edits.to[k]!;
            }
            pos = end + 1;
            line++;
            continue;
          }
          if (failed !== undefined) {
            // the redactor itself failed on a checked line: the policy, as line() would have met it
            const text = bytes.toString("utf8", pos, end);
            const r = this.onBadLine(this.errorOf(failed, text, b.firstOffset + pos), text, b.file, line, out);
            out.lines++;
            sink.copy(bytes, copyFrom, pos);
            if (r === null) {
              copyFrom = pos;
              break;
            }
            if (r === undefined) copyFrom = nl < 0 ? end : nl + 1;
            else {
              sink.write(r);
              copyFrom = end;
            }
            pos = end + 1;
            line++;
            continue;
          }
          this.lineSerial--; // line() takes the line over as the same document
        }
        const text = bytes.toString("utf8", pos, end);
        const r = this.handle(text, b.file, line, b.firstOffset + pos, undefined, out);
        out.lines++;
        if (r !== text) {
          // equal content would encode to the very input bytes: only a different line is written out
          sink.copy(bytes, copyFrom, pos);
          if (r === null) {
            copyFrom = pos;
            break;
          }
          if (r === undefined) copyFrom = nl < 0 ? end : nl + 1; // skipped: its line break goes too
          else {
            sink.write(r);
            copyFrom = end; // the line break, if any, is copied with what follows
          }
        }
        pos = end + 1;
        line++;
      }
      if (!out.failed) sink.copy(bytes, copyFrom, bytes.length);
    } else {
      // slow path: line by line, to name the exact line and byte of bad UTF-8 or NUL
      let pos = 0;
      let line = b.firstLine;
      while (pos < bytes.length) {
        let nl = bytes.indexOf(0x0a, pos);
        const end = nl < 0 ? bytes.length : nl;
        const lineBytes = bytes.subarray(pos, end);
        const lineOffset = b.firstOffset + pos;
        let text: string | undefined;
        let bad: { code: ErrorCode; offset: number; message: string } | undefined;
        const nul = lineBytes.indexOf(0);
        const inv = firstInvalidUtf8(lineBytes, true);
        if (nul >= 0 && (inv < 0 || nul < inv)) {
          bad = { code: "BINARY_INPUT", offset: lineOffset + nul, message: "expected text, got a NUL byte (binary data)" };
        } else if (inv >= 0) {
          bad = { code: "INVALID_UTF8", offset: lineOffset + inv, message: "expected UTF-8, got an invalid byte sequence" };
        } else text = this.decoder.decode(lineBytes);
        const r = this.handle(text, b.file, line, lineOffset, bad, out, lineBytes);
        out.lines++;
        if (r === null) break;
        if (r !== undefined) {
          sink.write(r);
          if (nl >= 0) sink.byte(0x0a);
        }
        if (nl < 0) nl = bytes.length;
        pos = nl + 1;
        line++;
      }
    }
    out.bytes = sink.take();
    return out;
  }

  /**
   * A new line: one document (its own operator state), named in spans and errors.
   */
  private startLine(file: string, line: number): void {
    this.cur.file = file;
    this.cur.line = line;
    this.lineSerial++;
  }

  /**
   * One line through line(). Returns the output line (no line break), undefined when the line produces no output
   * (skipped), or null when processing must stop (--on-error fail).
   */
  private handle(
    text: string | undefined,
    file: string,
    line: number,
    lineOffset: number,
    bad: { code: ErrorCode; offset: number; message: string } | undefined,
    out: BatchOut,
    rawBytes?: Uint8Array,
  ): string | undefined | null {
    this.startLine(file, line);
    const spans = this.cfg.output === "spans";
    let err = bad;
    if (err === undefined) {
      const before = this.spans.length;
      try {
        const res = this.jr.line(text!);
        if (spans) return this.takeSpans(before);
        return res;
      } catch (e) {
        if (!(e instanceof PhiscrubError)) throw e;
        this.spans.length = before;
        err = this.errorOf(e, text!, lineOffset);
      }
    }
    return this.onBadLine(err, text, file, line, out, rawBytes);
  }

  /** Where a line's error lies: its column (a UTF-16 index into the line) as a file byte offset, else the line start. */
  private errorOf(e: PhiscrubError, text: string, lineOffset: number): { code: ErrorCode; offset: number; message: string } {
    const col = typeof e.details.column === "number" ? e.details.column : undefined;
    return {
      code: e.code,
      offset: col === undefined ? lineOffset : lineOffset + utf8Length(text, 0, Math.min(col, text.length)),
      message: e.message,
    };
  }

  /**
   * A bad line under the --on-error policy. Returns the output line (no line break), undefined when the line produces
   * no output (skipped), or null when processing must stop (--on-error fail).
   */
  private onBadLine(
    err: { code: ErrorCode; offset: number; message: string },
    text: string | undefined,
    file: string,
    line: number,
    out: BatchOut,
    rawBytes?: Uint8Array,
  ): string | undefined | null {
    const spans = this.cfg.output === "spans";
    const policy = this.cfg.onError;
    const action = policy === "fail" ? "failed" : policy === "skip" ? "skipped" : "redacted-raw";
    out.errors.push({ code: err.code, file, line, offset: err.offset, message: stripCode(err.message), action });
    if (policy === "fail") {
      out.failed = true;
      return null;
    }
    if (policy === "skip") return undefined;
    return this.redactRaw(err.code, text ?? this.lossy.decode(rawBytes), line, spans);
  }

  /**
   * --on-error redact-raw: a line that lacks a field has every string and number redacted; any other bad line is
   * turned into text (lossy UTF-8, NUL as U+FFFD, JSON escapes undone so detectors see the characters), redacted as a
   * whole and wrapped as {"phiscrub_error": CODE, "line": N, "redacted_raw": "..."}. Nothing leaves unredacted.
   */
  private redactRaw(code: ErrorCode, text: string, line: number, spans: boolean): string | undefined {
    const before = this.spans.length;
    if (code === "MISSING_FIELD") {
      const res = this.jr.lineAll(text);
      return spans ? this.takeSpans(before) : res;
    }
    const raw = unescapeJsonish(text.split("\u0000").join("\uFFFD"));
    const res = this.redactText(raw);
    if (spans) {
      for (const f of res.findings) this.spans.push(spanLine(this.cur.file, line, "(raw)", f));
      return this.takeSpans(before);
    }
    return JSON.stringify({ phiscrub_error: code, line, redacted_raw: res.text });
  }

  private takeSpans(before: number): string | undefined {
    if (this.spans.length === before) {
      return undefined;
    }
    const out = this.spans.slice(before).join("\n");
    this.spans.length = before;
    return out;
  }
}

function stripCode(message: string): string {
  const i = message.indexOf(": ");
  return i > 0 && i < 24 ? message.slice(i + 2) : message;
}

/**
 * The text engine: one session per file, lines validated first (UTF-8, NUL) so a bad line can be skipped or
 * redacted from its lossy decoding under the policy. Runs on the main thread: the session is sequential.
 */
export class TextEngine {
  private session: RedactSession;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private readonly lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
  private counts: number[] = new Array<number>(ENTITY_TYPES.length).fill(0);
  private spans: string[] = [];
  private file = "";

  constructor(readonly cfg: CliConfig, readonly redactor: Redactor) {
    this.session = this.open("");
  }

  private open(file: string): RedactSession {
    this.file = file;
    const spans = this.cfg.output === "spans";
    return this.redactor.session({
      ...redactOptionsFor(this.cfg),
      maxBufferSize: this.cfg.maxBufferSize,
      release: "batched", // files: throughput over latency (the output is the same)
      onFindings: (fs) => {
        countFindings(this.counts, fs);
        if (spans) for (const f of fs) this.spans.push(spanLine(this.file, undefined, undefined, f));
      },
    });
  }

  /** Starts a new file (a new session: files are separate documents). */
  startFile(file: string): void {
    this.session = this.open(file);
  }

  private emit(redacted: string): string {
    if (this.cfg.output !== "spans") return redacted;
    if (this.spans.length === 0) return "";
    const out = this.spans.join("\n") + "\n";
    this.spans = [];
    return out;
  }

  process(b: BatchIn): BatchOut {
    this.counts = new Array<number>(ENTITY_TYPES.length).fill(0);
    const out: BatchOut = { text: "", lines: 0, counts: this.counts, errors: [], failed: false };
    const s = decodeStrict(this.decoder, b.bytes);
    if (s !== undefined && s.indexOf("\u0000") < 0) {
      out.lines = countLines(b.bytes);
      out.text = this.emit(this.push(s, b));
      return out;
    }
    const pieces: string[] = [];
    const bytes = b.bytes;
    let pos = 0;
    let line = b.firstLine;
    while (pos < bytes.length) {
      let nl = bytes.indexOf(0x0a, pos);
      if (nl < 0) nl = bytes.length - 1;
      const lineBytes = bytes.subarray(pos, nl + 1);
      const off = b.firstOffset + pos;
      const nul = lineBytes.indexOf(0);
      const inv = firstInvalidUtf8(lineBytes, true);
      out.lines++;
      if (nul < 0 && inv < 0) pieces.push(this.push(this.decoder.decode(lineBytes), b));
      else {
        const isNul = nul >= 0 && (inv < 0 || nul < inv);
        const code: ErrorCode = isNul ? "BINARY_INPUT" : "INVALID_UTF8";
        const policy = this.cfg.onError;
        out.errors.push({
          code,
          file: b.file,
          line,
          offset: off + (isNul ? nul : inv),
          message: isNul ? "expected text, got a NUL byte (binary data)" : "expected UTF-8, got an invalid byte sequence",
          action: policy === "fail" ? "failed" : policy === "skip" ? "skipped" : "redacted-raw",
        });
        if (policy === "fail") {
          out.failed = true;
          break;
        }
        if (policy === "redact-raw") pieces.push(this.push(this.lossy.decode(lineBytes).split("\u0000").join("\uFFFD"), b));
      }
      pos = nl + 1;
      line++;
    }
    out.text = this.emit(pieces.join(""));
    return out;
  }

  private push(s: string, b: BatchIn): string {
    try {
      return this.session.push(s);
    } catch (e) {
      if (e instanceof PhiscrubError && e.code === "BUFFER_LIMIT") {
        throw new PhiscrubError("BUFFER_LIMIT", `${b.file}: ${stripCode(e.message)}`, e.details as Record<string, unknown>);
      }
      throw e;
    }
  }

  /** Ends the current file: the rest of its session. */
  finishFile(): { text: string; counts: number[] } {
    this.counts = new Array<number>(ENTITY_TYPES.length).fill(0);
    const text = this.emit(this.session.finish());
    return { text, counts: this.counts };
  }
}

/** Newlines in `bytes`, plus one for a final line without a line break. */
export function countLines(bytes: Uint8Array): number {
  let n = 0;
  let i = bytes.indexOf(0x0a);
  while (i >= 0) {
    n++;
    i = bytes.indexOf(0x0a, i + 1);
  }
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) n++;
  return n;
}
