// Why this file exists: JSONL/NDJSON redaction: selected fields (`text`, `messages.*.content`) are redacted in place and
// every other byte of the line is kept as it was; shared by the CLI and its worker threads (no Node built-ins).

import { PhiscrubError, describe } from "./errors.js";
import type { RedactResult } from "./types.js";

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
}

function node(path: string): PathNode {
  return { named: new Map(), star: undefined, leaf: false, path };
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
  return root;
}

/** Redacts one field value; `context` is the line's context value (date-shift / surrogate consistency), if any. */
export type FieldRedactor = (text: string, context: string | undefined) => RedactResult;

export interface JsonlOptions {
  /** Field paths to redact (see compilePaths). */
  readonly fields: readonly string[];
  /** Path of a field whose value (string or number) is the line's context id; a line without it is MISSING_FIELD. */
  readonly contextField?: string;
  /** Called for each redacted value with its concrete path ("messages.0.content") and the result. */
  readonly onField?: (path: string, result: RedactResult) => void;
}

const EMPTY: readonly PathNode[] = [];

/**
 * Redacts selected fields of JSON lines. `line()` returns the output line: the input string itself when nothing was
 * found (byte-for-byte), else the input with only the changed string tokens re-encoded.
 */
export class JsonlRedactor {
  private readonly root: PathNode;
  private readonly contextPath: readonly string[] | undefined;
  private s = "";
  private pieces: string[] = [];
  private last = 0;
  private context: string | undefined;
  private concrete: string[] = [];

  constructor(
    private readonly redact: FieldRedactor,
    private readonly options: JsonlOptions,
  ) {
    this.root = compilePaths(options.fields);
    if (options.contextField !== undefined) {
      if (typeof options.contextField !== "string" || options.contextField.length === 0 || options.contextField.includes("*")) {
        throw new PhiscrubError("INVALID_OPTIONS", `expected contextField to be a path without "*", got ${describe(options.contextField)}`);
      }
      this.contextPath = options.contextField.split(".");
    }
  }

  /**
   * Redacts one line (without its line break). Blank lines pass through. Throws INVALID_JSON (details.column: the
   * UTF-16 index where parsing failed, when known) or MISSING_FIELD (details.field). Messages never quote the input.
   */
  line(s: string): string {
    let i = 0;
    while (i < s.length && isWs(s.charCodeAt(i))) i++;
    if (i === s.length) return s;
    let parsed: unknown;
    try {
      parsed = JSON.parse(s);
    } catch (err) {
      throw invalidJson(err);
    }
    this.context = this.contextPath === undefined ? undefined : contextOf(parsed, this.contextPath, this.options.contextField!);
    this.s = s;
    this.pieces = [];
    this.last = 0;
    this.concrete = [];
    this.walk(i, [this.root], false);
    if (this.pieces.length === 0) return s;
    this.pieces.push(s.slice(this.last));
    const out = this.pieces.join("");
    this.pieces = [];
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
    const parsed = JSON.parse(s) as unknown;
    this.context = undefined;
    if (this.contextPath !== undefined) {
      try {
        this.context = contextOf(parsed, this.contextPath, this.options.contextField!);
      } catch {
        this.context = undefined;
      }
    }
    this.s = s;
    this.pieces = [];
    this.last = 0;
    this.concrete = [];
    this.walk(i, EMPTY, true);
    if (this.pieces.length === 0) return s;
    this.pieces.push(s.slice(this.last));
    const out = this.pieces.join("");
    this.pieces = [];
    this.s = "";
    return out;
  }

  /** Walks the (valid) JSON value at i; returns the index after it. */
  private walk(i: number, nodes: readonly PathNode[], all: boolean): number {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (!all && nodes.length === 0) return skipValue(s, i);
    if (all || nodes.some((n) => n.leaf)) {
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
    const seen = all ? undefined : new Set<string>();
    let k = 0;
    i = skipWs(s, i + 1);
    if (s.charCodeAt(i) !== close) {
      for (;;) {
        let key: string;
        if (isObj) {
          const kEnd = skipString(s, i);
          const raw = s.slice(i + 1, kEnd - 1);
          key = raw.includes("\\") ? (JSON.parse(s.slice(i, kEnd)) as string) : raw;
          i = skipWs(s, kEnd);
          i = skipWs(s, i + 1); // ':'
        } else key = String(k++);
        let childs: PathNode[] = [];
        if (!all) {
          for (const n of nodes) {
            const named = n.named.get(key);
            if (named !== undefined) {
              childs.push(named);
              seen!.add(key);
            }
            if (n.star !== undefined) childs.push(n.star);
          }
        } else childs = EMPTY as PathNode[];
        this.concrete.push(key);
        i = this.walk(i, childs, all);
        this.concrete.pop();
        i = skipWs(s, i);
        if (s.charCodeAt(i) === 0x2c) {
          i = skipWs(s, i + 1);
          continue;
        }
        break;
      }
    }
    if (seen !== undefined) {
      for (const n of nodes) {
        for (const name of n.named.keys()) {
          if (!seen.has(name)) throw missing(n.path === "" ? name : `${n.path}.${name}`, "absent");
        }
      }
    }
    return i + 1;
  }

  private leafValue(start: number, end: number, isString: boolean): void {
    const s = this.s;
    const token = s.slice(start, end);
    const text = !isString ? token : token.includes("\\") ? (JSON.parse(token) as string) : token.slice(1, -1);
    if (text.length === 0) return;
    const res = this.redact(text, this.context);
    this.options.onField?.(this.concrete.join("."), res);
    if (res.findings.length === 0 && res.text === text) return;
    this.pieces.push(s.slice(this.last, start), JSON.stringify(res.text));
    this.last = end;
  }
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

function contextOf(parsed: unknown, path: readonly string[], name: string): string {
  let v: unknown = parsed;
  for (const seg of path) {
    if (typeof v !== "object" || v === null || !Object.prototype.hasOwnProperty.call(v, seg)) throw missing(name, "absent");
    v = (v as Record<string, unknown>)[seg];
  }
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  throw missing(name, `expected a string or number context value, found ${v === null ? "null" : typeof v}`);
}

function missing(field: string, why: string): PhiscrubError {
  return new PhiscrubError("MISSING_FIELD", `expected field "${field}" in the JSON line, ${why}`, { field });
}

/** Turns a JSON.parse error into INVALID_JSON without echoing the input (V8 quotes a snippet of it). */
function invalidJson(err: unknown): PhiscrubError {
  const msg = err instanceof Error ? err.message : "";
  const at = msg.lastIndexOf("position ");
  let column: number | undefined;
  if (at >= 0) {
    let j = at + 9;
    let n = 0;
    let digits = 0;
    while (j < msg.length && msg.charCodeAt(j) >= 0x30 && msg.charCodeAt(j) <= 0x39) {
      n = n * 10 + msg.charCodeAt(j) - 0x30;
      j++;
      digits++;
    }
    if (digits > 0) column = n;
  }
  const where = column === undefined ? "" : ` (parsing stopped at character ${column})`;
  return new PhiscrubError("INVALID_JSON", `expected a JSON value on the line, got text that does not parse${where}`, column === undefined ? {} : { column });
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
