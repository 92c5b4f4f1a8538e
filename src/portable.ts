// Why this file exists: hands a host that drives the WASM core itself (a JVM, wasmtime, the reference host in
// examples/host/) exactly the automaton tables and settings that a Redactor built with the same options would use.

import type { EntityType, RedactorOptions } from "./types.js";
import { ENTITY_TYPES } from "./types.js";
import { compileDictionaries, resolveOptions } from "./builder.js";
import { expandAutomaton } from "./automaton/tables.js";
import { scannerMask } from "./builtins.js";
import { ABI_VERSION, REASONS } from "./wasm/abi.js";

/** Everything a portable host needs besides build/phiscrub.wasm (see DESIGN.md "Portable ABI"). */
export interface PortableAutomaton {
  /** The ABI_VERSION these tables were built for; the module's abiVersion() must return the same number. */
  readonly abiVersion: number;
  /** The expanded DFA tables: copy them verbatim to a 4-byte-aligned address and pass it as `aut` to scanBegin. */
  readonly tables: Uint8Array;
  /** The `scanners` argument of scanBegin (SCAN_* bits for the enabled entity types). */
  readonly scanners: number;
  /** Entity type of each code of the type column: `entityTypes[code - 1]`; code 0 is an internal cue word. */
  readonly entityTypes: readonly EntityType[];
  /** Entity types to report; findings of other types are dropped. */
  readonly entities: readonly EntityType[];
  /** Minimum score (0..1); the score column holds thousandths. */
  readonly threshold: number;
  /** Lower-cased texts never reported (allow list). */
  readonly allow: readonly string[];
  /** Reason of each dictionary pattern id (info column with bit 31 set: `info & 0x7fffffff`). */
  readonly patternReasons: readonly string[];
  /** Reason of each scanner reason code (info column with bit 31 clear). */
  readonly scannerReasons: Readonly<Record<number, string>>;
}

/**
 * Compiles `options` (the same options as createRedactor) into the automaton tables and settings a portable host
 * needs to reproduce `find()` without this wrapper. Throws the same PhiscrubError codes as createRedactor.
 *
 * @example
 * const p = exportAutomaton({ deny: [{ type: "NAME", terms: ["Jane Doe"] }] });
 * fs.writeFileSync("tables.bin", p.tables); // load into the core's memory from any WebAssembly host
 */
export function exportAutomaton(options?: RedactorOptions): PortableAutomaton {
  const opts = resolveOptions(options);
  const { serialized, reasons } = compileDictionaries(opts);
  const tables = expandAutomaton(serialized);
  return Object.freeze({
    abiVersion: ABI_VERSION,
    tables: tables.bytes,
    scanners: scannerMask(opts.enabled),
    entityTypes: [...ENTITY_TYPES],
    entities: ENTITY_TYPES.filter((t) => opts.enabled.has(t)),
    threshold: opts.threshold,
    allow: [...opts.allow],
    patternReasons: reasons,
    scannerReasons: { ...REASONS },
  });
}
