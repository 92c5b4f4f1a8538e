// Why this file exists: expands a serialized trie (src/automaton/trie.ts) into the dense DFA tables the core scans
// (layout in assembly/abi.ts): byte classes, premultiplied transitions with match/trigger bits, depth, outputs, links.
// Built in TypeScript so that one implementation serves both engines; loading is a linear pass (no pattern re-parsing).

import { PhiscrubError } from "../errors.js";
import {
  AUT_HEADER_WORDS, AUT_MAGIC, AUT_VERSION, MATCH_BIT, NONE, STATE_MASK, TRIGGER_BIT, TRIGGER_BYTES,
} from "../wasm/abi.js";
import { SER_MAGIC, SER_VERSION } from "./trie.js";

/** The expanded tables, ready to copy into the core's memory. */
export interface AutomatonTables {
  /** The whole region (header + arrays), 4-byte aligned, little-endian. */
  readonly bytes: Uint8Array;
  readonly classes: number;
  readonly states: number;
  readonly patterns: number;
  /**
   * wsPairs[c * 256 + b] = 1 when some pattern holds the (case-folded) byte b right after the whitespace character c
   * (c < WS_ROWS). A stream may be cut between c and a following byte that no pattern pairs with it: no dictionary
   * occurrence can span that point (src/session.ts).
   */
  readonly wsPairs: Uint8Array;
}

/** Rows of wsPairs: every ASCII whitespace character is below 0x21. */
export const WS_ROWS = 0x21;

function corrupt(what: string): never {
  throw new PhiscrubError("INVALID_AUTOMATON", `serialized automaton is corrupt: ${what}`);
}

/** Expands serialized trie bytes into DFA tables. Throws INVALID_AUTOMATON on corrupt input. */
export function expandAutomaton(ser: Uint8Array): AutomatonTables {
  if (ser.length < 20) corrupt(`expected at least 20 bytes, got ${ser.length}`);
  const dv = new DataView(ser.buffer, ser.byteOffset, ser.byteLength);
  if (dv.getUint32(0, true) !== SER_MAGIC) corrupt("bad magic number (not a phiscrub automaton)");
  const version = dv.getUint32(4, true);
  if (version !== SER_VERSION) {
    throw new PhiscrubError(
      "INVALID_AUTOMATON",
      `expected serialized automaton version ${SER_VERSION}, got ${version}`,
      { expected: SER_VERSION, actual: version },
    );
  }
  const n = dv.getUint32(8, true);
  const p = dv.getUint32(12, true);
  const edges = dv.getUint32(16, true);
  if (n === 0 || edges !== n - 1) corrupt(`expected edges = states - 1, got ${edges} edges for ${n} states`);

  // child lists (breadth-first: children of s are firstChild[s] .. firstChild[s]+count-1)
  const firstChild = new Uint32Array(n + 1);
  let o = 20;
  let next = 1;
  for (let s = 0; s < n; s++) {
    let c = 0;
    let shift = 0;
    for (;;) {
      if (o >= ser.length) corrupt("child counts run past the end");
      const b = ser[o++]!;
      c |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
      if (shift > 21) corrupt("child count too large");
    }
    firstChild[s] = next;
    next += c;
  }
  firstChild[n] = next;
  if (next !== n) corrupt(`child counts sum to ${next - 1}, expected ${n - 1}`);
  const bytesAt = o;
  o += edges;
  o += (4 - (o % 4)) % 4;
  if (o + p * 8 !== ser.length) corrupt(`expected ${o + p * 8} bytes, got ${ser.length}`);
  const childByte = ser.subarray(bytesAt, bytesAt + edges);

  // byte classes: class 0 = bytes no pattern uses; one class per used byte; one shared class for unused trigger bytes
  const classMap = new Uint8Array(256);
  let K = 1;
  const used = new Uint8Array(256);
  for (let i = 0; i < edges; i++) used[childByte[i]!] = 1;
  for (let b = 0; b < 256; b++) if (used[b]) classMap[b] = K++;
  let triggerClass = 0;
  for (const b of TRIGGER_BYTES) {
    if (used[b]) continue;
    if (triggerClass === 0) triggerClass = K++;
    classMap[b] = triggerClass;
  }
  if (K > 256) corrupt("more than 256 byte classes");
  for (let b = 0x41; b <= 0x5a; b++) classMap[b] = classMap[b | 0x20]!; // ASCII case-insensitive
  const triggerOfClass = new Uint8Array(K);
  for (const b of TRIGGER_BYTES) triggerOfClass[classMap[b]!] = 1;
  if (n * K > STATE_MASK) corrupt(`automaton too large: ${n} states x ${K} classes`);

  // layout of the region
  const headerBytes = AUT_HEADER_WORDS * 4;
  const transOff = headerBytes;
  const depthOff = transOff + n * K * 4;
  const outOff = depthOff + n * 4;
  const linkOff = outOff + n * 4;
  const patOff = linkOff + n * 4;
  const classOff = patOff + p * 4;
  const total = classOff + 256;
  const region = new Uint8Array(total);
  const words = new Uint32Array(region.buffer, 0, (total - 256) >>> 2);
  words.set(
    [AUT_MAGIC, AUT_VERSION, K, n, p, transOff, depthOff, outOff, linkOff, patOff, classOff, total],
    0,
  );
  const trans = words.subarray(transOff >>> 2, depthOff >>> 2);
  const depth = words.subarray(depthOff >>> 2, outOff >>> 2);
  const out = words.subarray(outOff >>> 2, linkOff >>> 2);
  const link = words.subarray(linkOff >>> 2, patOff >>> 2);
  const pat = words.subarray(patOff >>> 2, classOff >>> 2);
  region.set(classMap, classOff);

  out.fill(NONE);
  link.fill(NONE);
  for (let i = 0; i < p; i++) {
    const term = dv.getUint32(o + i * 4, true);
    if (term >= n || term === 0) corrupt(`pattern ${i} ends at invalid state ${term}`);
    out[term] = i; // a later pattern with the same (folded) bytes overrides an earlier one
    pat[i] = dv.getUint32(o + p * 4 + i * 4, true);
  }

  // breadth-first construction: fail[s] < s, so its row is final when s is reached
  const fail = new Uint32Array(n);
  const hasOut = new Uint8Array(n);
  for (let c = 0; c < K; c++) trans[c] = triggerOfClass[c] ? TRIGGER_BIT : 0;
  for (let s = 0; s < n; s++) {
    const row = s * K;
    if (s !== 0) trans.copyWithin(row, fail[s]! * K, fail[s]! * K + K);
    const d = depth[s]!;
    for (let e = firstChild[s]!; e < firstChild[s + 1]!; e++) {
      const ch = e; // child id (breadth-first numbering)
      const c = classMap[childByte[e - 1]!]!;
      const f = s === 0 ? 0 : (trans[fail[s]! * K + c]! & STATE_MASK) / K;
      fail[ch] = f;
      depth[ch] = d + 1;
      link[ch] = out[f] !== NONE ? f : link[f]!;
      hasOut[ch] = out[ch] !== NONE || hasOut[f] ? 1 : 0;
      trans[row + c] = ((ch * K) | (hasOut[ch] ? MATCH_BIT : 0) | (triggerOfClass[c] ? TRIGGER_BIT : 0)) >>> 0;
    }
  }
  // byte pairs (whitespace, next byte) inside patterns: the edge into child e carries childByte[e - 1]
  const wsPairs = new Uint8Array(WS_ROWS * 256);
  for (let s = 1; s < n; s++) {
    const c = childByte[s - 1]!;
    if (c >= WS_ROWS) continue;
    for (let e = firstChild[s]!; e < firstChild[s + 1]!; e++) wsPairs[c * 256 + childByte[e - 1]!] = 1;
  }
  return { bytes: region, classes: K, states: n, patterns: p, wsPairs };
}
