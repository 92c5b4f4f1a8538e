// Why this file exists: loads the prebuilt word table (decoded once per process), merges user word lists into a
// per-redactor copy, and answers lookups from TypeScript (introspection and tests). The core probes the same bytes.

import { PhiscrubError } from "../errors.js";
import { decodeBase64 } from "../base64.js";
import type { WordList } from "../types.js";
import { WORD_TABLE_BASE64, WORD_TABLE_BYTE_LENGTH } from "./words.generated.js";
import { termKey, wordTokens } from "./hash.js";
import {
  F_ALLOW, F_FACILITY, F_FIRST_SHIFT, F_LAST_SHIFT, F_MW_MID, F_MW_PREFIX, F_PLACE_SHIFT, WT_HEADER_BYTES, WT_MAGIC,
  WT_VERSION,
} from "./layout.js";

let builtin: Uint8Array | undefined;

/** The built-in word table bytes (decoded once per thread; never mutated). */
export function builtinWordTable(): Uint8Array {
  if (builtin === undefined) {
    if (WORD_TABLE_BASE64.length === 0) {
      // the CLI's worker bundle leaves the table out: its main thread must have handed it over (adoptBuiltinWordTable)
      throw new PhiscrubError("INVALID_AUTOMATON", "expected the word table from the main thread (this bundle does not inline it)");
    }
    builtin = decodeBase64(WORD_TABLE_BASE64);
  }
  return builtin;
}

/**
 * Uses word table bytes decoded by another thread of the same build (the CLI passes them to its worker threads in a
 * SharedArrayBuffer; nothing writes to them). Checked like any table: size, magic and version.
 */
export function adoptBuiltinWordTable(bytes: Uint8Array): void {
  if (bytes.length !== WORD_TABLE_BYTE_LENGTH) {
    throw new PhiscrubError("INVALID_AUTOMATON", `expected a word table of ${WORD_TABLE_BYTE_LENGTH} bytes, got ${bytes.length}`);
  }
  new WordTable(bytes);
  builtin ??= bytes;
}

/** Most of the slots a table may fill after user words are merged (linear probing degrades beyond it). */
export const MAX_LOAD = 0.9;

/** A word table being read or extended. */
export class WordTable {
  readonly bytes: Uint8Array;
  private readonly words: Uint32Array;
  private readonly mask: number;
  private entries: number;

  constructor(bytes: Uint8Array) {
    if (bytes.length < WT_HEADER_BYTES || bytes.byteOffset % 4 !== 0) {
      throw new PhiscrubError("INVALID_AUTOMATON", "expected word table bytes (too short or misaligned)");
    }
    this.bytes = bytes;
    this.words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
    if (this.words[0] !== WT_MAGIC || this.words[1] !== WT_VERSION) {
      throw new PhiscrubError("INVALID_AUTOMATON", `expected a word table of version ${WT_VERSION} (bad magic or version)`);
    }
    this.mask = (1 << this.words[2]!) - 1;
    this.entries = this.words[3]!;
    if (WT_HEADER_BYTES + (this.mask + 1) * 8 !== bytes.length) {
      throw new PhiscrubError("INVALID_AUTOMATON", "word table size does not match its header");
    }
  }

  get slots(): number {
    return this.mask + 1;
  }

  get size(): number {
    return this.entries;
  }

  private find(key: [number, number]): number {
    const fp = (key[1] | 1) >>> 0;
    const base = WT_HEADER_BYTES >>> 2;
    let i = key[0] & this.mask;
    for (;;) {
      const f = this.words[base + i * 2]!;
      if (f === fp || f === 0) return base + i * 2;
      i = (i + 1) & this.mask;
    }
  }

  /** Data word of a term (1-3 words), 0 when absent. */
  lookup(term: string): number {
    const key = termKey(wordTokens(term));
    if (!key) return 0;
    return this.words[this.find(key) + 1]! >>> 0;
  }

  /** ORs `data` into the entry of a term (inserting it); returns false when the term has no 1-3 word key. */
  merge(term: string, data: number, set?: (old: number) => number): boolean {
    const toks = wordTokens(term);
    const key = termKey(toks);
    if (!key) return false;
    const s = this.find(key);
    if (this.words[s] === 0) {
      if (this.entries + 1 > this.slots * MAX_LOAD) {
        throw new PhiscrubError(
          "INVALID_OPTIONS",
          `expected at most ${Math.floor(this.slots * MAX_LOAD) - this.words[3]!} user words in total (the word table is full); ` +
            "use deny lists for larger term lists",
        );
      }
      this.words[s] = (key[1] | 1) >>> 0;
      this.entries++;
      this.words[3] = this.entries;
    }
    this.words[s + 1] = set ? set(this.words[s + 1]! >>> 0) >>> 0 : (this.words[s + 1]! | data) >>> 0;
    if (toks.length > 1) {
      this.merge(toks[0]!, F_MW_PREFIX);
      if (toks.length === 3) this.merge(toks[1]!, F_MW_MID);
    }
    return true;
  }
}

/** Strength 3 in a 2-bit field. */
const strong = (shift: number): number => 3 << shift;

/**
 * The word table of one redactor: the built-in table when there are no user lists, otherwise a copy with them
 * merged in (user names and places are strong; allowed words lose every name and place strength).
 */
export function wordTableFor(lists: readonly WordList[]): Uint8Array {
  const base = builtinWordTable();
  if (lists.length === 0) return base;
  const t = new WordTable(base.slice());
  for (const list of lists) {
    for (const term of list.terms) {
      switch (list.kind) {
        case "first": t.merge(term, strong(F_FIRST_SHIFT)); break;
        case "last": t.merge(term, strong(F_LAST_SHIFT)); break;
        case "place": t.merge(term, strong(F_PLACE_SHIFT)); break;
        case "facility": t.merge(term, F_FACILITY); break;
        case "allow":
          t.merge(term, 0, (old) => (old & ~(strong(F_FIRST_SHIFT) | strong(F_LAST_SHIFT) | strong(F_PLACE_SHIFT))) | F_ALLOW);
          break;
      }
    }
  }
  return t.bytes;
}
