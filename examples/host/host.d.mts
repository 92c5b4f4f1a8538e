// Why this file exists: types of the plain-JavaScript reference host, so TypeScript tests can import it.
import type { Finding, PortableAutomaton } from "../../src/index.js";

export declare const ABI_VERSION: number;
export declare const OUT_SLACK: number;
export declare const INFO_DICTIONARY: number;
export declare const SCAN_NAMES: number;

/** One row of the findings region: UTF-8 byte offsets, entity code, info word, score in thousandths. */
export interface RawRow {
  start: number;
  end: number;
  type: number;
  info: number;
  score: number;
}

export interface Host {
  scanBytes(bytes: Uint8Array): RawRow[];
  find(text: string): Finding[];
}

export declare function loadHost(
  wasmBytes: Uint8Array,
  portable: PortableAutomaton,
  options?: { outCap?: number },
): Promise<Host>;
