// Why this file exists: JSONL/NDJSON redaction: selected fields (`text`, `messages.*.content`) are redacted in place and
// every other byte of the line is kept as it was; shared by the CLI and its worker threads (no Node built-ins).

import { PhiscrubError, describe } from "./errors.js";
import type { Finding } from "./types.js";

/** What redacting one value produced: the output text and the findings (offsets into the value). */
export interface FieldResult {
  readonly text: string;
  readonly findings: readonly Finding[];
}

/**
 * A compiled set of field paths. Segments are separated by "."; "*" matches every key of an object and every index of
 * an array; a number matches that array index. Everything below a selected path is redacted: every string, and every
 * number whose text holds an identifier (it then becomes a JSON string).
 */
interface PathNode {
  readonly named: Map<string, PathNode>;
  star: PathNode | undefined;
  leaf: boolean;
  /** The path up to this node, for error messages. */
  readonly path: string;
  /** Cached child lists for the one-node case (no allocation per member): named key -> [child, star?]. */
  namedNext: Map<string, readonly PathNode[]>;
  starNext: readonly PathNode[];
  /** Named keys in a fixed order, for the seen-mask. */
  names: string[];
  /** `names` as UTF-8 bytes (the byte walker compares keys in place). */
  nameBytes: Uint8Array[];
}

function node(path: string): PathNode {
  return { named: new Map(), star: undefined, leaf: false, path, namedNext: new Map(), starNext: [], names: [], nameBytes: [] };
}

const UTF8 = new TextEncoder();

/** True when `s` has no lone surrogate (its UTF-8 bytes decode back to it), so comparing bytes is comparing text. */
function wellFormed(s: string): boolean {
  return new TextDecoder().decode(UTF8.encode(s)) === s;
}

function allWellFormed(n: PathNode): boolean {
  for (const k of n.names) if (!wellFormed(k)) return false;
  for (const c of n.named.values()) if (!allWellFormed(c)) return false;
  return n.star === undefined || allWellFormed(n.star);
}

function finalize(n: PathNode): void {
  n.names = [...n.named.keys()];
  n.nameBytes = n.names.map((k) => UTF8.encode(k));
  n.starNext = n.star !== undefined ? [n.star] : [];
  for (const [k, c] of n.named) n.namedNext.set(k, n.star !== undefined ? [c, n.star] : [c]);
  for (const c of n.named.values()) finalize(c);
  if (n.star !== undefined) finalize(n.star);
}

/** Compiles field paths ("text", "messages.*.content"); throws INVALID_OPTIONS on an empty path or segment. */
export function compilePaths(fields: readonly string[]): PathNode {
  if (!Array.isArray(fields) || fields.length === 0) {
    throw new PhiscrubError("INVALID_OPTIONS", `expected at least one field path, got ${describe(fields)}`);
  }
  const root = node("");
  for (const f of fields) {
    if (typeof f !== "string" || f.length === 0) {
      throw new PhiscrubError("INVALID_OPTIONS", `expected a field path like "text" or "messages.*.content", got ${describe(f)}`);
    }
    let n = root;
    for (const seg of f.split(".")) {
      if (seg.length === 0) throw new PhiscrubError("INVALID_OPTIONS", `expected no empty segment in field path "${f}"`);
      const path = n.path === "" ? seg : `${n.path}.${seg}`;
      if (seg === "*") n = n.star ??= node(path);
      else {
        let c = n.named.get(seg);
        if (c === undefined) n.named.set(seg, (c = node(path)));
        n = c;
      }
    }
    n.leaf = true;
  }
  finalize(root);
  return root;
}

/** Redacts one field value; `context` is the line's context value (date-shift / surrogate consistency), if any. */
export type FieldRedactor = (text: string, context: string | undefined) => FieldResult;

export interface JsonlOptions {
  /** Field paths to redact (see compilePaths). */
  readonly fields: readonly string[];
  /** Path of a field whose value (string or number) is the line's context id; a line without it is MISSING_FIELD. */
  readonly contextField?: string;
  /**
   * Replacements never contain a character JSON must escape ('"', '\\', control characters, lone surrogates), as with
   * the tag/remove/keep operators: a value that needed no escapes is then written back without re-escaping.
   */
  readonly plainReplacements?: boolean;
  /** Called for each redacted value with its concrete path ("messages.0.content") and the result. */
  readonly onField?: (path: string, result: FieldResult) => void;
}

const EMPTY: readonly PathNode[] = [];

/**
 * What lineBytes() found in one line: replace input bytes [from[k], to[k]) by the UTF-8 of json[k], for k < n, in
 * order; every other byte of the line stays as it is. Reused from line to line (no allocation per line).
 */
export class LineEdits {
  n = 0;
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly json: string[] = [];
}

/** Decodes bytes[from, to), valid UTF-8; `ascii` when every byte is below 0x80 (a faster decoding then gives the same). */
export type ByteDecoder = (bytes: Uint8Array, from: number, to: number, ascii: boolean) => string;

/** Nesting the byte walker handles itself; deeper lines take the string path (which has its own limits). */
const BYTES_MAX_DEPTH = 128;

/** Bytes that end a plain run inside a JSON string: '"', '\\' and the control characters. */
const STRING_STOP = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) STRING_STOP[c] = 1;
STRING_STOP[0x22] = 1;
STRING_STOP[0x5c] = 1;

/** Leaf kinds recorded by the byte walker. */
const LEAF_PLAIN = 0;
const LEAF_ESCAPED = 1;
const LEAF_NUMBER = 2;

/**
 * Redacts selected fields of JSON lines. `line()` returns the output line: the input string itself when nothing was
 * found (byte-for-byte), else the input with only the changed string tokens re-encoded.
 */
export class JsonlRedactor {
  private readonly root: PathNode;
  private readonly contextPath: readonly string[] | undefined;
  private s = "";
  /**
   * The output up to `last` when a value was replaced (`changed`), joined once per line: a flat string encodes several
   * times faster than a chain of concatenations.
   */
  private pieces: string[] = [];
  private changed = false;
  private readonly rootNodes: readonly PathNode[];
  private last = 0;
  private context: string | undefined;
  private concrete: string[] = [];
  /** The byte walker's line: bytes[.., bEnd), and what the last scanned string held (an escape; bytes >= 0x80). */
  private b: Uint8Array = new Uint8Array(0);
  private bEnd = 0;
  private esc = false;
  private hi = 0;
  /**
   * The caller checked that the line holds no control character but a final '\r': strings are then skipped with
   * indexOf (memchr) instead of byte by byte, and the next backslash is found once per batch region (bsFrom..bsAt).
   */
  private clean = false;
  private bsFrom = Infinity;
  private bsAt = 0;
  /** Where the value of the first root member named like a one-segment context field starts (-1: none) and ends. */
  private ctxAt = -1;
  private ctxEnd = -1;
  /** Leaves found by the byte walker: (start, end, kind) triples, in line order. */
  private readonly leaves: number[] = [];
  private readonly contextBytes: readonly Uint8Array[] | undefined;
  /** The context field's name when it is one segment (found by the walk of the root object). */
  private readonly ctx1: Uint8Array | undefined;
  /** Field and context names are well formed (no lone surrogate): comparing UTF-8 bytes is comparing keys. */
  private readonly bytesOk: boolean;

  constructor(
    private readonly redact: FieldRedactor,
    private readonly options: JsonlOptions,
  ) {
    this.root = compilePaths(options.fields);
    this.rootNodes = [this.root];
    if (options.contextField !== undefined) {
      if (typeof options.contextField !== "string" || options.contextField.length === 0 || options.contextField.includes("*")) {
        throw new PhiscrubError("INVALID_OPTIONS", `expected contextField to be a path without "*", got ${describe(options.contextField)}`);
      }
      this.contextPath = options.contextField.split(".");
    }
    this.contextBytes = this.contextPath?.map((k) => UTF8.encode(k));
    this.ctx1 = this.contextBytes?.length === 1 ? this.contextBytes[0] : undefined;
    this.bytesOk = allWellFormed(this.root) && (this.contextPath ?? []).every(wellFormed);
  }

  /**
   * The fast twin of line() over UTF-8 bytes: one pass checks that bytes[start, end) is exactly one JSON value
   * (RFC 8259, what JSON.parse accepts) and finds the selected values in place; only those are decoded and redacted,
   * and `edits` receives their replacements (no string of the whole line, no JSON.parse). Returns false, having called
   * nothing and changed nothing, when the line needs line() instead: invalid JSON, a missing field, an escaped key on
   * a selected path, deep nesting, `onField` in use. Then line() reports exactly what it always did. `bytes` must be
   * valid UTF-8 without line breaks in [start, end). Errors of the redactor itself propagate as from line().
   */
  lineBytes(bytes: Uint8Array, start: number, end: number, decode: ByteDecoder, edits: LineEdits, clean = false): boolean {
    edits.n = 0;
    if (!this.bytesOk || this.options.onField !== undefined) return false;
    if (bytes !== this.b || start < this.bsFrom) this.bsFrom = Infinity; // another batch: the backslash cursor restarts
    this.b = bytes;
    this.bEnd = end;
    this.clean = clean;
    this.ctxAt = -1;
    const i = this.bws(start);
    if (i === end) return true; // a blank line passes through
    const leaves = this.leaves;
    leaves.length = 0;
    const e = this.bval(i, this.rootNodes, false, 0, decode);
    if (e < 0 || this.bws(e) !== end) return false;
    let context: string | undefined;
    if (this.contextBytes !== undefined) {
      const c = this.bcontext(start, decode);
      if (c === undefined) return false;
      context = c;
    }
    this.context = context;
    // every check passed: now (and only now) the redactor runs, value by value in line order, as line() runs it
    const plainOut = this.options.plainReplacements === true;
    for (let k = 0; k < leaves.length; k += 3) {
      const from = leaves[k]!;
      const to = leaves[k + 1]!;
      const kind = leaves[k + 2]! & 3;
      const ascii = leaves[k + 2]! < 4;
      let text: string;
      if (kind === LEAF_PLAIN) text = decode(bytes, from + 1, to - 1, ascii);
      else if (kind === LEAF_ESCAPED) text = JSON.parse(decode(bytes, from, to, ascii)) as string;
      else text = decode(bytes, from, to, true);
      if (text.length === 0) continue;
      const res = this.redact(text, context);
      if (res.findings.length === 0 && res.text === text) continue;
      const n = edits.n++;
      edits.from[n] = from;
      edits.to[n] = to;
      edits.json[n] = kind === LEAF_PLAIN && plainOut ? `"${res.text}"` : JSON.stringify(res.text);
    }
    return true;
  }

  private bws(i: number): number {
    const b = this.b;
    const end = this.bEnd;
    while (i < end) {
      const c = b[i]!;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) break;
      i++;
    }
    return i;
  }

  /** i at '"': index after the closing quote, or -1 (control character, bad escape, no end). Sets esc and hi. */
  private bstr(i: number): number {
    const b = this.b;
    const end = this.bEnd;
    let hi = 0;
    let esc = false;
    let j = i + 1;
    // on a clean line a long string goes to bstrLong after a few bytes (keys and short values end before)
    const stop = this.clean ? Math.min(end, j + 24) : end;
    for (;;) {
      // the plain run: one table look-up per byte
      let c = 0;
      while (j < stop) {
        c = b[j]!;
        if (STRING_STOP[c] !== 0) break;
        hi |= c;
        j++;
      }
      if (j >= stop) return stop < end ? this.bstrLong(j, esc) : -1;
      if (c === 0x22) {
        this.esc = esc;
        this.hi = hi;
        return j + 1;
      }
      if (c !== 0x5c) return -1; // a control character
      j = this.bescape(j);
      if (j < 0) return -1;
      esc = true;
    }
  }

  /** j at a backslash inside a string: index after its escape sequence, or -1 when it is not a JSON escape. */
  private bescape(j: number): number {
    const b = this.b;
    const end = this.bEnd;
    if (j + 1 >= end) return -1;
    const e = b[j + 1]!;
    if (e === 0x75) {
      if (j + 5 >= end) return -1;
      for (let k = 2; k < 6; k++) {
        const h = b[j + k]!;
        if (!((h >= 0x30 && h <= 0x39) || (h >= 0x61 && h <= 0x66) || (h >= 0x41 && h <= 0x46))) return -1;
      }
      return j + 6;
    }
    if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) return j + 2;
    return -1;
  }

  /**
   * The rest of a string from j on a clean line (no control character to look for): the next quote not inside an
   * escape, found with indexOf; each backslash before it is checked as an escape. `hi` is unknown here (0x80).
   */
  private bstrLong(j: number, esc: boolean): number {
    const b = this.b;
    let q = b.indexOf(0x22, j);
    for (;;) {
      if (q < 0 || q >= this.bEnd) return -1;
      const bs = this.nextBackslash(j);
      if (bs > q) {
        this.esc = esc;
        this.hi = 0x80;
        return q + 1;
      }
      j = this.bescape(bs);
      if (j < 0) return -1;
      esc = true;
      if (j > q) q = b.indexOf(0x22, j); // that quote was escaped
    }
  }

  /** The first backslash at or after j (Infinity: none in the buffer), each found once while j moves forward. */
  private nextBackslash(j: number): number {
    if (j < this.bsFrom || j > this.bsAt) {
      const k = this.b.indexOf(0x5c, j);
      this.bsFrom = j;
      this.bsAt = k < 0 ? Infinity : k;
    }
    return this.bsAt;
  }

  /** i at '-' or a digit: index after the number, or -1. */
  private bnum(i: number): number {
    if (this.b[i] === 0x2d) i++;
    if (i < this.bEnd && this.b[i] === 0x30) i++;
    else if (this.bdigit(i)) i = this.bdigits(i);
    else return -1;
    if (i < this.bEnd && this.b[i] === 0x2e) {
      if (!this.bdigit(i + 1)) return -1;
      i = this.bdigits(i + 1);
    }
    if (i < this.bEnd && (this.b[i] === 0x65 || this.b[i] === 0x45)) {
      i++;
      if (i < this.bEnd && (this.b[i] === 0x2b || this.b[i] === 0x2d)) i++;
      if (!this.bdigit(i)) return -1;
      i = this.bdigits(i);
    }
    return i;
  }

  private bdigit(i: number): boolean {
    return i < this.bEnd && this.b[i]! >= 0x30 && this.b[i]! <= 0x39;
  }

  private bdigits(i: number): number {
    while (this.bdigit(i)) i++;
    return i;
  }

  /** True when bytes[i, i + w.length) spell the ASCII word `w`. */
  private bword(i: number, w: string): boolean {
    if (i + w.length > this.bEnd) return false;
    for (let k = 0; k < w.length; k++) if (this.b[i + k] !== w.charCodeAt(k)) return false;
    return true;
  }

  private bsame(from: number, to: number, key: Uint8Array): boolean {
    if (to - from !== key.length) return false;
    const b = this.b;
    for (let k = 0; k < key.length; k++) if (b[from + k] !== key[k]) return false;
    return true;
  }

  private leaf(from: number, to: number, kind: number, ascii: boolean): void {
    this.leaves.push(from, to, kind | (ascii ? 0 : 4));
  }

  /**
   * The byte walker (line()'s walk, container and leafValue, with the JSON check of every byte fused in): the value at
   * i with the path nodes that reach it; returns the index after it, or -1 for "take the string path".
   */
  private bval(i: number, nodes: readonly PathNode[], all: boolean, depth: number, decode: ByteDecoder): number {
    const c = this.b[i];
    const skip = !all && nodes.length === 0;
    let leaf = all;
    for (let k = 0; k < nodes.length && !leaf; k++) leaf = nodes[k]!.leaf;
    if (c === 0x7b || c === 0x5b) {
      if (depth >= BYTES_MAX_DEPTH) return -1;
      if (leaf) return this.bcontainer(i, EMPTY, true, depth, decode);
      return this.bcontainer(i, skip ? EMPTY : nodes, false, depth, decode);
    }
    if (c === 0x22) {
      const e = this.bstr(i);
      if (e < 0) return -1;
      if (leaf) this.leaf(i, e, this.esc ? LEAF_ESCAPED : LEAF_PLAIN, this.hi < 0x80);
      else if (!skip) return -1; // a path runs into a string: MISSING_FIELD, told by line()
      return e;
    }
    if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) {
      const e = this.bnum(i);
      if (e < 0) return -1;
      if (leaf) this.leaf(i, e, LEAF_NUMBER, true);
      else if (!skip) return -1;
      return e;
    }
    if (c === 0x6e) return this.bword(i, "null") ? i + 4 : -1; // present, nothing to redact
    if (!leaf && !skip) return -1;
    if (c === 0x74) return this.bword(i, "true") ? i + 4 : -1;
    if (c === 0x66) return this.bword(i, "false") ? i + 5 : -1;
    return -1;
  }

  private bcontainer(i: number, nodes: readonly PathNode[], all: boolean, depth: number, decode: ByteDecoder): number {
    const b = this.b;
    const isObj = b[i] === 0x7b;
    const close = isObj ? 0x7d : 0x5d;
    const track = !all && nodes.length > 0;
    const one = track && nodes.length === 1 && nodes[0]!.names.length <= 31 ? nodes[0]! : undefined;
    let mask = 0;
    const seen = track && one === undefined ? new Set<string>() : undefined;
    let k = 0;
    i = this.bws(i + 1);
    if (b[i] === close && i < this.bEnd) i++;
    else {
      for (;;) {
        let childs: readonly PathNode[] = EMPTY;
        if (isObj) {
          if (i >= this.bEnd || b[i] !== 0x22) return -1;
          const kEnd = this.bstr(i);
          if (kEnd < 0) return -1;
          if (track) {
            if (this.esc) return -1; // an escaped key on a selected path: line() decodes it
            if (one !== undefined) {
              const names = one.nameBytes;
              for (let n = 0; n < names.length; n++) {
                if (this.bsame(i + 1, kEnd - 1, names[n]!)) {
                  childs = one.namedNext.get(one.names[n]!)!;
                  mask |= 1 << (n & 31);
                  break;
                }
              }
              if (childs === EMPTY) childs = one.starNext;
            } else {
              childs = this.children(nodes, decode(b, i + 1, kEnd - 1, this.hi < 0x80), undefined, seen);
            }
          }
          const ctxKey = depth === 0 && this.ctxAt < 0 && this.ctx1 !== undefined && this.bsame(i + 1, kEnd - 1, this.ctx1);
          i = this.bws(kEnd);
          if (i >= this.bEnd || b[i] !== 0x3a) return -1;
          i = this.bws(i + 1);
          if (ctxKey) this.ctxAt = i; // the walk below checks the value; bcontext reads it
        } else {
          const idx = k++;
          if (track) {
            if (one !== undefined && one.named.size === 0) childs = one.starNext;
            else {
              const key = String(idx);
              childs = this.children(nodes, key, one, seen);
              if (one !== undefined) {
                const n = one.names.indexOf(key);
                if (n >= 0) mask |= 1 << (n & 31);
              }
            }
          }
        }
        if (i >= this.bEnd) return -1;
        const at = i;
        i = this.bval(i, childs, all, depth + 1, decode);
        if (i < 0) return -1;
        if (at === this.ctxAt) this.ctxEnd = i;
        i = this.bws(i);
        if (i >= this.bEnd) return -1;
        const d = b[i];
        if (d === 0x2c) {
          i = this.bws(i + 1);
          continue;
        }
        if (d === close) {
          i++;
          break;
        }
        return -1;
      }
    }
    if (track) {
      for (const n of nodes) {
        for (let j = 0; j < n.names.length; j++) {
          const got = one !== undefined ? j < 31 && (mask & (1 << j)) !== 0 : seen!.has(n.names[j]!);
          if (!got) return -1;
        }
      }
    }
    return i;
  }

  /**
   * contextOf() over the checked bytes: the context value, or undefined for "take the string path". A one-segment
   * context field was located by the walk itself (ctxAt); a longer path is followed from the line start, skipping
   * values without checking them again.
   */
  private bcontext(start: number, decode: ByteDecoder): string | undefined {
    const b = this.b;
    const segs = this.contextBytes!;
    let at: number;
    let to: number;
    if (segs.length === 1) {
      if (this.ctxAt < 0) return undefined;
      at = this.ctxAt;
      to = this.ctxEnd;
    } else {
      let i = this.bws(start);
      for (const seg of segs) {
        if (b[i] !== 0x7b) return undefined;
        i = this.bws(i + 1);
        let found = false;
        while (i < this.bEnd && b[i] === 0x22) {
          const kEnd = this.bskipString(i);
          if (this.bslash(i, kEnd)) return undefined; // an escaped key: line() decodes it
          const hit = this.bsame(i + 1, kEnd - 1, seg);
          i = this.bws(this.bws(kEnd) + 1);
          if (hit) {
            found = true;
            break;
          }
          i = this.bws(this.bskip(i));
          if (b[i] === 0x2c) i = this.bws(i + 1);
        }
        if (!found) return undefined;
      }
      at = i;
      to = this.bskip(i);
    }
    const c = b[at];
    if (c === 0x22) {
      return this.bslash(at, to) ? (JSON.parse(decode(b, at, to, false)) as string) : decode(b, at + 1, to - 1, false);
    }
    if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) return decode(b, at, to, true);
    return undefined;
  }

  /** True when bytes[from, to) hold a backslash. */
  private bslash(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.b[k] === 0x5c) return true;
    return false;
  }

  /** i at the opening quote of a checked string: the index after its closing quote. */
  private bskipString(i: number): number {
    const b = this.b;
    let j = i + 1;
    for (;;) {
      const q = b.indexOf(0x22, j);
      if (q < 0 || q >= this.bEnd) return this.bEnd; // unreachable on a checked line
      let k = q - 1;
      while (b[k] === 0x5c) k--;
      if ((q - 1 - k) % 2 === 0) return q + 1;
      j = q + 1;
    }
  }

  /** i at a checked value: the index after it. */
  private bskip(i: number): number {
    const b = this.b;
    const end = this.bEnd;
    const c = b[i];
    if (c === 0x22) return this.bskipString(i);
    if (c !== 0x7b && c !== 0x5b) {
      while (i < end) {
        const d = b[i];
        if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x09 || d === 0x0d) break;
        i++;
      }
      return i;
    }
    let depth = 0;
    while (i < end) {
      const d = b[i];
      if (d === 0x22) {
        i = this.bskipString(i);
        continue;
      }
      if (d === 0x7b || d === 0x5b) depth++;
      else if ((d === 0x7d || d === 0x5d) && --depth === 0) return i + 1;
      i++;
    }
    return i;
  }

  /**
   * Redacts one line (without its line break). Blank lines pass through. Throws INVALID_JSON (details.column: the
   * UTF-16 index where parsing failed, when known) or MISSING_FIELD (details.field). Messages never quote the input.
   */
  line(s: string): string {
    let i = 0;
    while (i < s.length && isWs(s.charCodeAt(i))) i++;
    if (i === s.length) return s;
    // V8's parser is the fastest strict check; ours runs only to say where a bad line goes wrong
    let bad = -1;
    try {
      JSON.parse(s);
    } catch {
      bad = Math.max(jsonError(s), 0);
    }
    if (bad >= 0) {
      throw new PhiscrubError(
        "INVALID_JSON",
        `expected one JSON value on the line, got invalid JSON at character ${bad}`,
        { column: bad },
      );
    }
    this.context = this.contextPath === undefined ? undefined : contextOf(s, this.contextPath, this.options.contextField!);
    this.s = s;
    this.pieces.length = 0;
    this.changed = false;
    this.last = 0;
    this.concrete.length = 0;
    try {
      this.walk(i, this.rootNodes, false);
    } catch (err) {
      if (err instanceof RangeError) {
        throw new PhiscrubError("INVALID_JSON", "expected JSON nested at most a few thousand levels deep, got deeper");
      }
      throw err;
    }
    return this.assemble(s);
  }

  /** The line with its replaced fields: the untouched line itself when nothing was replaced. */
  private assemble(s: string): string {
    if (!this.changed) return s;
    this.pieces.push(s.slice(this.last));
    const out = this.pieces.join("");
    this.pieces.length = 0;
    this.s = "";
    return out;
  }

  /**
   * Redacts every string and number of a valid JSON line, whatever the selected fields (the redact-raw fallback for a
   * line that lacks a field: nothing of it can pass unredacted).
   */
  lineAll(s: string): string {
    const i = skipWs(s, 0);
    if (i === s.length) return s;
    try {
      JSON.parse(s);
    } catch {
      throw new PhiscrubError("INVALID_JSON", "expected one JSON value on the line");
    }
    this.context = undefined;
    if (this.contextPath !== undefined) {
      try {
        this.context = contextOf(s, this.contextPath, this.options.contextField!);
      } catch {
        this.context = undefined;
      }
    }
    this.s = s;
    this.pieces.length = 0;
    this.changed = false;
    this.last = 0;
    this.concrete.length = 0;
    this.walk(i, EMPTY, true);
    return this.assemble(s);
  }

  /** Walks the (valid) JSON value at i; returns the index after it. */
  private walk(i: number, nodes: readonly PathNode[], all: boolean): number {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (!all && nodes.length === 0) return skipValue(s, i);
    let leaf = all;
    for (let k = 0; k < nodes.length && !leaf; k++) leaf = nodes[k]!.leaf;
    if (leaf) {
      if (c === 0x22) {
        const end = skipString(s, i);
        this.leafValue(i, end, true);
        return end;
      }
      if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        const end = skipScalar(s, i);
        this.leafValue(i, end, false);
        return end;
      }
      if (c === 0x7b || c === 0x5b) return this.container(i, EMPTY, true);
      return skipScalar(s, i); // true, false, null
    }
    if (c === 0x7b || c === 0x5b) return this.container(i, nodes, false);
    if (c === 0x6e) return skipScalar(s, i); // null: present, nothing to redact
    const n = nodes.find((x) => x.named.size > 0) ?? nodes[0]!;
    const want = n.named.size > 0 ? `${n.path === "" ? "" : `${n.path}.`}${[...n.named.keys()][0]}` : `${n.path}.*`;
    throw missing(want, "found a value that is not an object or array");
  }

  private container(i: number, nodes: readonly PathNode[], all: boolean): number {
    const s = this.s;
    const isObj = s.charCodeAt(i) === 0x7b;
    const close = isObj ? 0x7d : 0x5d;
    const track = this.options.onField !== undefined;
    const one = nodes.length === 1 && nodes[0]!.names.length <= 31 ? nodes[0]! : undefined;
    // named keys seen: a bit mask in the one-node case, a set otherwise
    let mask = 0;
    const seen = !all && one === undefined ? new Set<string>() : undefined;
    let k = 0;
    i = skipWs(s, i + 1);
    if (s.charCodeAt(i) !== close) {
      for (;;) {
        let key: string | undefined;
        let childs: readonly PathNode[] = EMPTY;
        if (isObj) {
          const kEnd = skipString(s, i);
          const plain = !hasBackslash(s, i + 1, kEnd - 1);
          if (!all) {
            if (one !== undefined && plain) {
              // compare in place: no key string for the common case
              const names = one.names;
              for (let n = 0; n < names.length; n++) {
                const name = names[n]!;
                if (name.length === kEnd - i - 2 && s.startsWith(name, i + 1)) {
                  childs = one.namedNext.get(name)!;
                  mask |= 1 << (n & 31);
                  break;
                }
              }
              if (childs === EMPTY) childs = one.starNext;
            } else {
              key = plain ? s.slice(i + 1, kEnd - 1) : (JSON.parse(s.slice(i, kEnd)) as string);
              childs = this.children(nodes, key, one, seen);
              if (one !== undefined) {
                const n = one.names.indexOf(key);
                if (n >= 0) mask |= 1 << (n & 31);
              }
            }
          }
          if (track) this.concrete.push(key ?? (plain ? s.slice(i + 1, kEnd - 1) : (JSON.parse(s.slice(i, kEnd)) as string)));
          i = skipWs(s, kEnd);
          i = skipWs(s, i + 1); // ':'
        } else {
          const idx = k++;
          if (!all) {
            if (one !== undefined && one.named.size === 0) childs = one.starNext;
            else {
              key = String(idx);
              childs = this.children(nodes, key, one, seen);
              if (one !== undefined) {
                const n = one.names.indexOf(key);
                if (n >= 0) mask |= 1 << (n & 31);
              }
            }
          }
          if (track) this.concrete.push(key ?? String(idx));
        }
        i = this.walk(i, childs, all);
        if (track) this.concrete.pop();
        i = skipWs(s, i);
        if (s.charCodeAt(i) === 0x2c) {
          i = skipWs(s, i + 1);
          continue;
        }
        break;
      }
    }
    if (!all) {
      for (const n of nodes) {
        for (let j = 0; j < n.names.length; j++) {
          const name = n.names[j]!;
          const got = one !== undefined ? j < 31 && (mask & (1 << j)) !== 0 : seen!.has(name);
          if (!got) throw missing(n.path === "" ? name : `${n.path}.${name}`, "absent");
        }
      }
    }
    return i + 1;
  }

  private children(nodes: readonly PathNode[], key: string, one: PathNode | undefined, seen: Set<string> | undefined): readonly PathNode[] {
    if (one !== undefined) return one.namedNext.get(key) ?? one.starNext;
    const out: PathNode[] = [];
    for (const n of nodes) {
      const named = n.named.get(key);
      if (named !== undefined) {
        out.push(named);
        seen!.add(key);
      }
      if (n.star !== undefined) out.push(n.star);
    }
    return out;
  }

  private leafValue(start: number, end: number, isString: boolean): void {
    const s = this.s;
    // one slice: a string's contents are its text unless they hold an escape
    const inner = isString ? s.slice(start + 1, end - 1) : s.slice(start, end);
    const plain = !isString || inner.indexOf("\\") < 0;
    const text = plain ? inner : (JSON.parse(s.slice(start, end)) as string);
    if (text.length === 0) return;
    const res = this.redact(text, this.context);
    this.options.onField?.(this.concrete.join("."), res);
    if (res.findings.length === 0 && res.text === text) return;
    // a string written without escapes has nothing to escape, nor have plain replacements: no JSON.stringify pass
    const out = isString && plain && this.options.plainReplacements === true ? `"${res.text}"` : JSON.stringify(res.text);
    this.pieces.push(s.slice(this.last, start), out);
    this.changed = true;
    this.last = end;
  }
}

function hasBackslash(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 0x5c) return true;
  return false;
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipWs(s: string, i: number): number {
  while (i < s.length && isWs(s.charCodeAt(i))) i++;
  return i;
}

/** i at an opening quote of a valid string; returns the index after its closing quote. */
function skipString(s: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = s.indexOf('"', j);
    if (q < 0) return s.length; // unreachable for valid JSON
    let b = q - 1;
    while (s.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** A number or literal: runs to the next delimiter. */
function skipScalar(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x7d || c === 0x5d || isWs(c)) break;
    i++;
  }
  return i;
}

function skipValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 0x22) return skipString(s, i);
  if (c !== 0x7b && c !== 0x5b) return skipScalar(s, i);
  let depth = 0;
  while (i < s.length) {
    const d = s.charCodeAt(i);
    if (d === 0x22) {
      i = skipString(s, i);
      continue;
    }
    if (d === 0x7b || d === 0x5b) depth++;
    else if (d === 0x7d || d === 0x5d) {
      if (--depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}

/** The context value at `path` of the valid JSON text `s` (string or number), found without parsing the line. */
function contextOf(s: string, path: readonly string[], name: string): string {
  let i = skipWs(s, 0);
  for (const seg of path) {
    if (s.charCodeAt(i) !== 0x7b) throw missing(name, "absent");
    i = skipWs(s, i + 1);
    let found = false;
    while (s.charCodeAt(i) === 0x22) {
      const kEnd = skipString(s, i);
      // compared in place: a key without escapes is its own text
      const hit = hasBackslash(s, i + 1, kEnd - 1)
        ? (JSON.parse(s.slice(i, kEnd)) as string) === seg
        : kEnd - i - 2 === seg.length && s.startsWith(seg, i + 1);
      i = skipWs(s, skipWs(s, kEnd) + 1);
      if (hit) {
        found = true;
        break;
      }
      i = skipWs(s, skipValue(s, i));
      if (s.charCodeAt(i) === 0x2c) i = skipWs(s, i + 1);
    }
    if (!found) throw missing(name, "absent");
  }
  const c = s.charCodeAt(i);
  if (c === 0x22) {
    const end = skipString(s, i);
    return hasBackslash(s, i + 1, end - 1) ? (JSON.parse(s.slice(i, end)) as string) : s.slice(i + 1, end - 1);
  }
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return s.slice(i, skipScalar(s, i));
  throw missing(name, "expected a string or number context value");
}

/** Deepest nesting accepted (deeper lines are INVALID_JSON rather than a stack overflow). */
export const MAX_JSON_DEPTH = 512;

/**
 * Strict JSON (RFC 8259) check of one line without building values: -1 when `s` is exactly one JSON value with
 * optional whitespace around it, else the UTF-16 index of the first offending character. Nesting is limited to
 * MAX_JSON_DEPTH.
 */
export function jsonError(s: string): number {
  const n = s.length;
  const stack = new Uint8Array(MAX_JSON_DEPTH + 1); // 1: object, 2: array
  let depth = 0;
  let i = skipWs(s, 0);
  for (;;) {
    // expect a value at i
    let c = s.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      if (depth === MAX_JSON_DEPTH) return i;
      stack[++depth] = c === 0x7b ? 1 : 2;
      i = skipWs(s, i + 1);
      c = s.charCodeAt(i);
      if ((c === 0x7d && stack[depth] === 1) || (c === 0x5d && stack[depth] === 2)) {
        depth--;
        i++;
      } else if (stack[depth] === 1) {
        i = objectKey(s, i);
        if (i < 0) return -i - 1;
        continue;
      } else continue;
    } else if (c === 0x22) {
      i = stringEnd(s, i);
      if (i < 0) return -i - 1;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      i = numberEnd(s, i);
      if (i < 0) return -i - 1;
    } else if (c === 0x74 && s.startsWith("true", i)) i += 4;
    else if (c === 0x66 && s.startsWith("false", i)) i += 5;
    else if (c === 0x6e && s.startsWith("null", i)) i += 4;
    else return Math.min(i, n);
    // after a value: close containers or move to the next member
    for (;;) {
      i = skipWs(s, i);
      if (depth === 0) return i === n ? -1 : i;
      c = s.charCodeAt(i);
      const top = stack[depth];
      if (c === 0x2c) {
        i = skipWs(s, i + 1);
        if (top === 1) {
          i = objectKey(s, i);
          if (i < 0) return -i - 1;
        }
        break;
      }
      if ((c === 0x7d && top === 1) || (c === 0x5d && top === 2)) {
        depth--;
        i++;
        continue;
      }
      return Math.min(i, n);
    }
  }
}

/** At a member's key: checks `"key" ws : ws` and returns the index of its value, or -(error index) - 1. */
function objectKey(s: string, i: number): number {
  if (s.charCodeAt(i) !== 0x22) return -i - 1;
  const e = stringEnd(s, i);
  if (e < 0) return e;
  const colon = skipWs(s, e);
  if (s.charCodeAt(colon) !== 0x3a) return -colon - 1;
  return skipWs(s, colon + 1);
}

/** i at '"': index after the closing quote, or -(error index) - 1 (control character, bad escape, no end). */
function stringEnd(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 0x5c) {
      const e = s.charCodeAt(j + 1);
      if (e === 0x75) {
        for (let k = 2; k < 6; k++) {
          const h = s.charCodeAt(j + k);
          if (!((h >= 0x30 && h <= 0x39) || (h >= 0x61 && h <= 0x66) || (h >= 0x41 && h <= 0x46))) return -(j + k) - 1;
        }
        j += 6;
        continue;
      }
      if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        j += 2;
        continue;
      }
      return -(j + 1) - 1;
    }
    j++;
  }
  return -n - 1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** i at '-' or a digit: index after the number, or -(error index) - 1. */
function numberEnd(s: string, i: number): number {
  if (s.charCodeAt(i) === 0x2d) i++;
  if (s.charCodeAt(i) === 0x30) i++;
  else if (isDigit(s.charCodeAt(i))) while (isDigit(s.charCodeAt(i))) i++;
  else return -i - 1;
  if (s.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(s.charCodeAt(i))) return -i - 1;
    while (isDigit(s.charCodeAt(i))) i++;
  }
  const e = s.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = s.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    if (!isDigit(s.charCodeAt(i))) return -i - 1;
    while (isDigit(s.charCodeAt(i))) i++;
  }
  return i;
}

function missing(field: string, why: string): PhiscrubError {
  return new PhiscrubError("MISSING_FIELD", `expected field "${field}" in the JSON line, ${why}`, { field });
}

/**
 * Undoes JSON string escapes wherever they appear (best effort, for text that is not valid JSON), so that detectors
 * see "Jos\u00e9" as "José" before a malformed line is redacted as plain text.
 */
export function unescapeJsonish(s: string): string {
  if (!s.includes("\\")) return s;
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length - 1; i++) {
    if (s.charCodeAt(i) !== 0x5c) continue;
    const e = s[i + 1]!;
    let rep: string | undefined;
    let len = 2;
    if (e === "n") rep = "\n";
    else if (e === "t") rep = "\t";
    else if (e === "r") rep = "\r";
    else if (e === "b") rep = "\b";
    else if (e === "f") rep = "\f";
    else if (e === '"' || e === "\\" || e === "/") rep = e;
    else if (e === "u" && i + 6 <= s.length) {
      const hex = s.slice(i + 2, i + 6);
      let v = 0;
      let ok = true;
      for (let k = 0; k < 4; k++) {
        const h = hex.charCodeAt(k);
        const d = h >= 0x30 && h <= 0x39 ? h - 0x30 : h >= 0x61 && h <= 0x66 ? h - 87 : h >= 0x41 && h <= 0x46 ? h - 55 : -1;
        if (d < 0) ok = false;
        v = v * 16 + d;
      }
      if (ok) {
        rep = String.fromCharCode(v);
        len = 6;
      }
    }
    if (rep === undefined) continue;
    out += s.slice(last, i) + rep;
    last = i + len;
    i += len - 1;
  }
  return out + s.slice(last);
}
