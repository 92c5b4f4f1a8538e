// Why this file exists: reversible tokens for LLM round-trips: protect() swaps PHI for "[NAME_1]" placeholders,
// restore() puts the originals back in a reply, and the mapping can travel between processes encrypted (AES-GCM).

import { PhiscrubError, describe } from "../errors.js";
import type { EntityType, Finding, RedactResult } from "../types.js";
import { ENTITY_TYPES } from "../types.js";
import { aesGcmDecrypt, aesGcmEncrypt, fromBase64Url, toBase64Url, type EncryptionKey } from "../crypto/aesgcm.js";
import { utf8 } from "../crypto/sha256.js";
import { mergeOverlaps } from "../findings.js";
import { buildOutput } from "./state.js";

const TYPE_SET = new Set<string>(ENTITY_TYPES);
/** Prefix of an exported mapping; the same string is bound as AES-GCM additional data. */
const EXPORT_PREFIX = "phiscrub:map:v1:";
const OPENERS = "[<{(";
const CLOSERS = "]>})";

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A placeholder found in text: its span, type and index. */
interface Hit {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly index: number;
}

/**
 * Reads a placeholder at `i`, tolerating what LLMs do to them: any case ("[name_1]"), other brackets ("<NAME_1>",
 * "{NAME_1}", "(NAME_1)"), inner spaces ("[ NAME_1 ]"), a space or hyphen before the number inside brackets
 * ("[NAME 1]", "[NAME-1]"), markdown escapes ("\\[NAME\\_1\\]"), and no brackets at all ("NAME_1", between word
 * boundaries).
 */
function placeholderAt(s: string, i: number, loose = false): Hit | undefined {
  let p = i;
  let start = i;
  const open = OPENERS.indexOf(s[p]!);
  // a backslash before the opener belongs to the placeholder only when the closer is escaped too ("\[NAME_1\]", a
  // markdown escape); otherwise it is text of its own ("\" + "[NAME_1]") and must survive restore()
  const escapedOpen = open >= 0 && i > 0 && s.charCodeAt(i - 1) === 92;
  if (open >= 0) {
    p++;
    while (s[p] === " ") p++;
  } else if (!loose && i > 0 && isWordCode(s.charCodeAt(i - 1))) return undefined;
  const nameStart = p;
  let name = "";
  while (p < s.length) {
    const c = s.charCodeAt(p);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) {
      name += s[p];
      p++;
    } else if (c === 92 && s.charCodeAt(p + 1) === 95) {
      name += "_"; // markdown-escaped underscore "NAME\_1"
      p += 2;
    } else break;
    if (p - nameStart > 14) return undefined; // longer than "HEALTH\_PLAN\_": not a type (and keeps scans linear)
  }
  name = name.toUpperCase();
  if (name.endsWith("_")) name = name.slice(0, -1);
  else if (open >= 0 && (s[p] === " " || s[p] === "-")) p++;
  else return undefined;
  if (!TYPE_SET.has(name)) return undefined;
  const numStart = p;
  while (p < s.length && isDigitCode(s.charCodeAt(p))) p++;
  if (p === numStart || p - numStart > 9) return undefined;
  const index = Number(s.slice(numStart, p));
  if (open >= 0) {
    while (s[p] === " ") p++;
    const escapedClose = s.charCodeAt(p) === 92 && s[p + 1] === CLOSERS[open];
    if (escapedClose) p++;
    if (s[p] !== CLOSERS[open]) return undefined;
    p++;
    if (escapedOpen && escapedClose) start = i - 1;
  } else if (!loose && p < s.length && isWordCode(s.charCodeAt(p))) return undefined;
  return { start, end: p, type: name as EntityType, index };
}

function isNameCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The characters that can start or be inside a placeholder: the openers and the underscore. */
const ANCHORS = "[<{(_";

/**
 * Every placeholder-like token of `s`, left to right, non-overlapping. Only openers and underscores can start or
 * be inside a token, so the scan jumps between those (linear time) with one indexOf per anchor character (native
 * string search; a charCodeAt loop over every character cost ~5 ms per MB, most of protect()'s own time). `loose`
 * (used to reserve indices) also reports bare tokens without word boundaries, and overlapping ones: a boundary may
 * appear once a neighbouring value has been replaced by a placeholder ("NAME_1John" -> "NAME_1[NAME_2]"), and
 * restore() must not read such a token then.
 */
function scanPlaceholders(s: string, visit: (h: Hit) => void, loose = false): void {
  let i = 0;
  let done = 0; // end of the last reported token (strict mode never looks behind it)
  const n = s.length;
  const next = [-1, -1, -1, -1, -1]; // next index of each anchor at or after i (n: none)
  for (;;) {
    let at = n;
    for (let k = 0; k < 5; k++) {
      let x = next[k]!;
      if (x < i) {
        x = s.indexOf(ANCHORS[k]!, i);
        next[k] = x = x < 0 ? n : x;
      }
      if (x < at) at = x;
    }
    if (at >= n) break;
    i = at;
    const c = s.charCodeAt(i);
    if (c === 91 || c === 60 || c === 123 || c === 40) {
      const h = placeholderAt(s, i, loose);
      if (h !== undefined) {
        visit(h);
        if (!loose) {
          i = done = h.end;
          continue;
        }
      }
    } else if (c === 95) {
      // a bare token "TYPE_N" has a name ending at an underscore: try the starts of the name run before it
      let b = i;
      while (b > done && i - b < 14 && (isNameCode(s.charCodeAt(b - 1)) || s.charCodeAt(b - 1) === 92)) b--;
      let jumped = false;
      for (let st = b; st < i; st++) {
        const h = placeholderAt(s, st, loose);
        if (h !== undefined && h.end > i) {
          visit(h);
          if (!loose) {
            i = done = h.end;
            jumped = true;
            break;
          }
        }
        if (!loose) break; // strict: only the start of the run can begin a token (word boundary)
      }
      if (jumped) continue;
    }
    i++;
  }
}

/**
 * The placeholder mapping of a conversation: "[NAME_1]" <-> "Jane Doe". One placeholder per distinct (type, exact
 * value), numbered per type in order of first appearance. Holds PHI: keep it in memory, or export it encrypted.
 */
export class TokenMap {
  /** Per type: exact value -> its placeholder text "[TYPE_i]" (per-type maps: no "type + value" key string to build and
   * hash per finding, no placeholder string to format per finding). */
  private readonly byValue = new Map<EntityType, Map<string, string>>();
  /** "TYPE_i" -> value, in order of creation; placeholders made by protect() wait in `pending` until a reader needs
   * them (protect() only appends, restore() and lookup() read: no key string is built per finding). */
  private readonly byToken = new Map<string, string>();
  private readonly pendingType: EntityType[] = [];
  private readonly pendingIndex: number[] = [];
  private readonly pendingValue: string[] = [];
  private readonly next = new Map<EntityType, number>();

  /** Number of placeholders. */
  get size(): number {
    return this.byToken.size + this.pendingType.length;
  }

  /** The token index, with pending placeholders moved in. */
  private tokens(): Map<string, string> {
    const n = this.pendingType.length;
    if (n > 0) {
      for (let k = 0; k < n; k++) this.byToken.set(`${this.pendingType[k]}_${this.pendingIndex[k]}`, this.pendingValue[k]!);
      this.pendingType.length = 0;
      this.pendingIndex.length = 0;
      this.pendingValue.length = 0;
    }
    return this.byToken;
  }

  /**
   * Makes sure no new placeholder collides with a placeholder-like token already in `text` (so "[NAME_1]" typed by
   * the user is never "restored" into someone's name).
   */
  reserve(text: string): void {
    scanPlaceholders(
      text,
      (h) => {
        if ((this.next.get(h.type) ?? 0) < h.index) this.next.set(h.type, h.index);
      },
      true,
    );
  }

  /** The placeholder of a value ("[NAME_1]"), created on first use. */
  placeholder(type: EntityType, value: string): string {
    let values = this.byValue.get(type);
    if (values === undefined) this.byValue.set(type, (values = new Map()));
    let p = values.get(value);
    if (p === undefined) {
      const i = (this.next.get(type) ?? 0) + 1;
      this.next.set(type, i);
      p = `[${type}_${i}]`;
      values.set(value, p);
      this.pendingType.push(type);
      this.pendingIndex.push(i);
      this.pendingValue.push(value);
    }
    return p;
  }

  /** The original value of a placeholder (any case, with or without brackets), or undefined. */
  lookup(placeholder: string): string | undefined {
    const h = placeholderAt(placeholder, 0);
    return h === undefined || h.end !== placeholder.length ? undefined : this.tokens().get(`${h.type}_${h.index}`);
  }

  /**
   * Puts the originals back into `reply`. Placeholders may be repeated, reordered, dropped, case-changed or
   * re-bracketed; placeholder-like tokens this map does not know are left as written.
   */
  restore(reply: string): string {
    if (typeof reply !== "string") throw new PhiscrubError("INVALID_INPUT", `expected reply to be a string, got ${describe(reply)}`);
    let out = "";
    let last = 0;
    const tokens = this.tokens();
    scanPlaceholders(reply, (h) => {
      const v = tokens.get(`${h.type}_${h.index}`);
      if (v === undefined) return;
      out += reply.slice(last, h.start) + v;
      last = h.end;
    });
    return last === 0 ? reply : out + reply.slice(last);
  }

  /** Plain JSON of the mapping (contains PHI; prefer {@link exportMapping}). */
  toJSON(): { v: 1; entries: [EntityType, number, string][]; next: [EntityType, number][] } {
    const entries: [EntityType, number, string][] = [];
    for (const [token, value] of this.tokens()) {
      const sep = token.lastIndexOf("_");
      const type = token.slice(0, sep) as EntityType;
      // a value imported twice under two indices maps to the later one only (as placeholder() would use it)
      if (this.byValue.get(type)?.get(value) === `[${token}]`) entries.push([type, Number(token.slice(sep + 1)), value]);
    }
    return { v: 1, entries, next: [...this.next] };
  }

  /** Rebuilds a mapping from {@link toJSON} output; malformed data throws INVALID_MAPPING. */
  static fromJSON(data: unknown): TokenMap {
    const badMap = (why: string): never => {
      throw new PhiscrubError("INVALID_MAPPING", `expected a phiscrub token mapping (v1): ${why}`);
    };
    if (typeof data !== "object" || data === null) badMap(`got ${describe(data)}`);
    const d = data as { v?: unknown; entries?: unknown; next?: unknown };
    if (d.v !== 1) badMap(`version ${describe(d.v)}`);
    if (!Array.isArray(d.entries) || !Array.isArray(d.next)) badMap("entries and next must be arrays");
    const m = new TokenMap();
    for (const e of d.entries as unknown[]) {
      if (!Array.isArray(e) || e.length !== 3 || !TYPE_SET.has(e[0]) || !Number.isInteger(e[1]) || e[1] < 1 || typeof e[2] !== "string") {
        badMap("an entry is not [type, index, value]");
      }
      const [type, i, value] = e as [EntityType, number, string];
      if (m.byToken.has(`${type}_${i}`)) badMap(`duplicate placeholder ${type}_${i}`);
      let values = m.byValue.get(type);
      if (values === undefined) m.byValue.set(type, (values = new Map()));
      values.set(value, `[${type}_${i}]`);
      m.byToken.set(`${type}_${i}`, value);
      if ((m.next.get(type) ?? 0) < i) m.next.set(type, i);
    }
    for (const n of d.next as unknown[]) {
      if (!Array.isArray(n) || n.length !== 2 || !TYPE_SET.has(n[0]) || !Number.isInteger(n[1]) || n[1] < 0) badMap("a counter is not [type, n]");
      const [type, i] = n as [EntityType, number];
      if ((m.next.get(type) ?? 0) < i) m.next.set(type, i);
    }
    return m;
  }
}

/**
 * (stop 61, ni61) The identifier types whose value protect() swaps wherever else it occurs in the text, also glued
 * inside a longer token: the detector decides a token with what is glued to it ("NAME_1NAME" a login where it opens
 * its token, "aNAME_1NAME" of mixed case no login; "MRN 6640219" found, "6640219-01" left to be a token of its own),
 * so a value found in one place could stay readable in another, and protect() promises that none of its findings'
 * values is left in the text it returns. Names, places, dates and ages are not swept: their values are words and short
 * numbers that recur inside other words ("Ana" in "Anatomy") and propagation (src/propagate.ts) finds their whole
 * recurrences.
 */
const SWEPT_TYPES61: ReadonlySet<string> = new Set([
  "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "ID", "PHONE", "FAX", "EMAIL", "URL", "IP",
]);
/** (stop 61) Shortest value swept (a shorter one, "4B", recurs by chance); the width of the rolling hash below. */
const SWEPT_MIN61 = 5;
/** (stop 61) Reason of a finding sweepValues61() adds. */
export const SWEPT_REASON61 = "protect:recurrence";

/** (stop 61) Hash of the SWEPT_MIN61 code units of s at i. */
function head61(s: string, i: number): number {
  let h = 0;
  for (let k = 0; k < SWEPT_MIN61; k++) h = (Math.imul(h, 31) + s.charCodeAt(i + k)) | 0;
  return h;
}

/**
 * (stop 61, ni61) `list` (sorted, no overlaps) with a finding added at every other occurrence of an identifier's value
 * (SWEPT_TYPES61, SWEPT_MIN61 characters or more) that no finding covers: same type, score and placeholder. One pass
 * over the text with a rolling hash of each value's first characters, so many values cost no more than one.
 */
function sweepValues61(text: string, list: readonly Finding[]): readonly Finding[] {
  let heads: Map<number, Finding[]> | undefined;
  for (const f of list) {
    if (f.end - f.start < SWEPT_MIN61 || !SWEPT_TYPES61.has(f.type)) continue;
    const h = head61(f.text, 0);
    heads ??= new Map();
    const same = heads.get(h);
    if (same === undefined) heads.set(h, [f]);
    else if (!same.some((g) => g.text === f.text)) same.push(f);
  }
  if (heads === undefined) return list;
  let extra: Finding[] | undefined;
  const n = text.length;
  // 31^(SWEPT_MIN61 - 1), to take the oldest code unit out of the rolling hash
  let top = 1;
  for (let k = 1; k < SWEPT_MIN61; k++) top = Math.imul(top, 31);
  let h = n >= SWEPT_MIN61 ? head61(text, 0) : 0;
  let k = 0; // first finding that ends after i
  for (let i = 0; i + SWEPT_MIN61 <= n; i++) {
    if (i > 0) h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), top), 31) + text.charCodeAt(i + SWEPT_MIN61 - 1)) | 0;
    const same = heads.get(h);
    if (same === undefined) continue;
    while (k < list.length && list[k]!.end <= i) k++;
    for (const f of same) {
      const e = i + f.text.length;
      // (not where a finding overlaps: its own place, or a value partly swapped already)
      if (k < list.length && list[k]!.start < e) continue;
      if (!text.startsWith(f.text, i)) continue;
      (extra ??= []).push({ type: f.type, start: i, end: e, text: f.text, score: f.score, source: f.source, reason: SWEPT_REASON61 });
    }
  }
  return extra === undefined ? list : mergeOverlaps(text, [...list, ...extra]);
}

/**
 * Applies placeholders to sorted findings (overlaps merged first), and to every other occurrence of an identifier's
 * value (sweepValues61). Used by Redactor.protect().
 */
export function protectText(text: string, findings: readonly Finding[], map: TokenMap): RedactResult {
  let list = findings;
  for (let i = 1; i < findings.length; i++) {
    if (findings[i]!.start < findings[i - 1]!.end) {
      list = mergeOverlaps(text, [...findings]);
      break;
    }
  }
  list = sweepValues61(text, list);
  map.reserve(text);
  return buildOutput(text, list, (type, value) => map.placeholder(type, value));
}

/** Puts the originals of `map` back into an LLM reply (same as `map.restore(reply)`). Synchronous. */
export function restore(reply: string, map: TokenMap): string {
  if (!(map instanceof TokenMap)) throw new PhiscrubError("INVALID_INPUT", `expected a TokenMap, got ${describe(map)}`);
  return map.restore(reply);
}

/**
 * Encrypts a mapping with AES-GCM (16- or 32-byte raw key, or an AES-GCM CryptoKey) into a printable string.
 * Async because WebCrypto (globalThis.crypto.subtle) is promise-only; there is no synchronous AES in the platform.
 */
export async function exportMapping(map: TokenMap, key: EncryptionKey): Promise<string> {
  if (!(map instanceof TokenMap)) throw new PhiscrubError("INVALID_INPUT", `expected a TokenMap, got ${describe(map)}`);
  const sealed = await aesGcmEncrypt(key, utf8(JSON.stringify(map.toJSON())), utf8(EXPORT_PREFIX));
  return EXPORT_PREFIX + toBase64Url(sealed);
}

/**
 * Decrypts a mapping made by {@link exportMapping}. A wrong key or altered data throws DECRYPT_FAILED; text that is
 * not an exported mapping throws INVALID_MAPPING. Async for the same reason as exportMapping.
 */
export async function importMapping(blob: string, key: EncryptionKey): Promise<TokenMap> {
  if (typeof blob !== "string" || !blob.startsWith(EXPORT_PREFIX)) {
    throw new PhiscrubError("INVALID_MAPPING", `expected a string starting with "${EXPORT_PREFIX}", got ${describe(blob)}`);
  }
  const sealed = fromBase64Url(blob.slice(EXPORT_PREFIX.length));
  if (sealed === undefined) throw new PhiscrubError("INVALID_MAPPING", "expected base64url data after the prefix");
  const plain = await aesGcmDecrypt(key, sealed, utf8(EXPORT_PREFIX));
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new PhiscrubError("INVALID_MAPPING", "the decrypted mapping is not JSON");
  }
  return TokenMap.fromJSON(data);
}
