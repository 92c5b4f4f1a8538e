// Why this file exists: compiles dictionary terms into a byte trie and serializes it compactly (the shippable form of
// a dictionary); src/automaton/tables.ts expands it into the DFA the core scans with.
//
// Serialized layout (little-endian):
//   u32 SER_MAGIC, u32 SER_VERSION, u32 states, u32 patterns, u32 edges
//   varint childCount[states]            states in breadth-first order; children of state s get consecutive ids
//   u8     childByte[edges]              ascending within a state; ASCII letters already folded to lower case
//   u32    terminal[patterns]            the state at which pattern p ends
//   u32    patInfo[patterns]             bits 0-7 entity code, bits 8-15 flags, bits 16-31 score (thousandths)
// The breadth-first order makes child ids implicit, so a 100k-term dictionary takes about 2 bytes per state.

import { PhiscrubError } from "../errors.js";

export const SER_MAGIC = 0x41534850; // "PHSA"
export const SER_VERSION = 1;

/** Longest dictionary term in UTF-8 bytes. */
export const MAX_PATTERN_BYTES = 255;

/** ASCII case folding: the automaton is case-insensitive for A-Z. */
export function foldByte(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
}

const encoder = new TextEncoder();

/** Packs a pattern's metadata word. */
export function patInfo(entityCode: number, flags: number, score: number): number {
  const s = Math.max(0, Math.min(1000, Math.round(score * 1000)));
  return ((s << 16) | ((flags & 0xff) << 8) | (entityCode & 0xff)) >>> 0;
}

/**
 * Incremental trie over case-folded UTF-8 bytes. Edges live in one open-addressing hash table keyed by
 * (state, byte), so 100k+ terms insert without an object per node.
 */
export class TrieBuilder {
  private states = 1;
  private keys: Int32Array; // state*256+byte+1 (0 = empty slot)
  private vals: Int32Array;
  private used = 0;
  private readonly terminals: number[] = [];
  private readonly infos: number[] = [];

  constructor(expectedStates = 1024) {
    let cap = 1024;
    while (cap < expectedStates * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
  }

  get patternCount(): number {
    return this.infos.length;
  }

  get stateCount(): number {
    return this.states;
  }

  /** Adds a term; returns its pattern id. Throws INVALID_PATTERN for empty or oversized terms. */
  add(term: string, info: number): number {
    const bytes = encoder.encode(term);
    if (bytes.length === 0) throw new PhiscrubError("INVALID_PATTERN", "expected a non-empty term, got an empty string");
    if (bytes.length > MAX_PATTERN_BYTES) {
      throw new PhiscrubError(
        "INVALID_PATTERN",
        `expected a term of at most ${MAX_PATTERN_BYTES} UTF-8 bytes, got one of ${bytes.length}`,
        { patternId: this.infos.length },
      );
    }
    let s = 0;
    for (let i = 0; i < bytes.length; i++) s = this.child(s, foldByte(bytes[i]!));
    this.terminals.push(s);
    this.infos.push(info >>> 0);
    return this.infos.length - 1;
  }

  private child(s: number, b: number): number {
    const key = s * 256 + b + 1;
    const mask = this.keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      const slot = h & mask;
      const k = this.keys[slot]!;
      if (k === key) return this.vals[slot]!;
      if (k === 0) {
        const id = this.states++;
        this.keys[slot] = key;
        this.vals[slot] = id;
        if (++this.used * 2 > this.keys.length) this.grow();
        return id;
      }
      h++;
    }
  }

  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.keys = new Int32Array(oldK.length * 2);
    this.vals = new Int32Array(oldK.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldK.length; i++) {
      const key = oldK[i]!;
      if (key === 0) continue;
      let h = Math.imul(key, 0x9e3779b1) >>> 0;
      while (this.keys[h & mask] !== 0) h++;
      this.keys[h & mask] = key;
      this.vals[h & mask] = oldV[i]!;
    }
  }

  /** Serializes the trie in breadth-first order (see the layout at the top of this file). */
  serialize(): Uint8Array {
    const n = this.states;
    const edges = n - 1;
    // Collect edges (parent, byte, child) and bucket them by parent, sorted by byte.
    const parent = new Int32Array(edges);
    const byte = new Uint8Array(edges);
    const childOf = new Int32Array(edges);
    let e = 0;
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i]!;
      if (key === 0) continue;
      parent[e] = Math.floor((key - 1) / 256);
      byte[e] = (key - 1) & 0xff;
      childOf[e] = this.vals[i]!;
      e++;
    }
    const count = new Int32Array(n + 1);
    for (let i = 0; i < edges; i++) count[parent[i]! + 1]!++;
    for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
    const order = new Int32Array(edges);
    const fill = count.slice(0, n);
    for (let i = 0; i < edges; i++) order[fill[parent[i]!]!++] = i;
    for (let s = 0; s < n; s++) {
      // sort each bucket by byte (buckets are small: insertion sort)
      const a = count[s]!;
      const b = count[s + 1]!;
      for (let i = a + 1; i < b; i++) {
        const v = order[i]!;
        let j = i - 1;
        while (j >= a && byte[order[j]!]! > byte[v]!) {
          order[j + 1] = order[j]!;
          j--;
        }
        order[j + 1] = v;
      }
    }
    // Breadth-first renumbering.
    const newId = new Int32Array(n);
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 1;
    queue[0] = 0;
    newId[0] = 0;
    const childCount = new Uint32Array(n);
    const childBytes = new Uint8Array(edges);
    let eb = 0;
    while (head < tail) {
      const s = queue[head]!;
      const bfs = head++;
      childCount[bfs] = count[s + 1]! - count[s]!;
      for (let i = count[s]!; i < count[s + 1]!; i++) {
        const ed = order[i]!;
        childBytes[eb++] = byte[ed]!;
        newId[childOf[ed]!] = tail;
        queue[tail++] = childOf[ed]!;
      }
    }
    let varBytes = 0;
    for (let i = 0; i < n; i++) varBytes += childCount[i]! < 0x80 ? 1 : childCount[i]! < 0x4000 ? 2 : 3;
    const p = this.infos.length;
    const headerBytes = 20;
    const body = headerBytes + varBytes + edges;
    const pad = (4 - (body % 4)) % 4;
    const total = body + pad + p * 8;
    const out = new Uint8Array(total);
    const dv = new DataView(out.buffer);
    dv.setUint32(0, SER_MAGIC, true);
    dv.setUint32(4, SER_VERSION, true);
    dv.setUint32(8, n, true);
    dv.setUint32(12, p, true);
    dv.setUint32(16, edges, true);
    let o = headerBytes;
    for (let i = 0; i < n; i++) {
      let c = childCount[i]!;
      while (c >= 0x80) {
        out[o++] = (c & 0x7f) | 0x80;
        c >>>= 7;
      }
      out[o++] = c;
    }
    out.set(childBytes, o);
    o += edges + pad;
    for (let i = 0; i < p; i++, o += 4) dv.setUint32(o, newId[this.terminals[i]!]!, true);
    for (let i = 0; i < p; i++, o += 4) dv.setUint32(o, this.infos[i]!, true);
    return out;
  }
}
