// Why this file exists: hands a host that drives the WASM core itself (a JVM, wasmtime, the reference host in
// examples/host/) exactly the automaton tables, word table and settings that a Redactor built with the same options uses.

import type { EntityType, RedactorOptions } from "./types.js";
import { ENTITY_TYPES } from "./types.js";
import { compileDictionaries, resolveOptions } from "./builder.js";
import { expandAutomaton } from "./automaton/tables.js";
import { scannerMask } from "./builtins.js";
import { wordTableFor } from "./dictionaries/table.js";
import { ABI_VERSION, REASONS, SCAN_NAMES } from "./wasm/abi.js";

/** Everything a portable host needs besides build/phiscrub.wasm (see DESIGN.md "Portable ABI"). */
export interface PortableAutomaton {
  /** The ABI_VERSION these tables were built for; the module's abiVersion() must return the same number. */
  readonly abiVersion: number;
  /** The expanded DFA tables: copy them verbatim to a 4-byte-aligned address and pass it as `aut` to scanBegin. */
  readonly tables: Uint8Array;
  /**
   * The name/place word table: copy it verbatim to a 4-byte-aligned address (not overlapping the tables, input or
   * findings regions) and pass that address to setWordTable() once. Empty when the name pass is off (`scanners` has no
   * SCAN_NAMES bit): then do not call setWordTable().
   */
  readonly words: Uint8Array;
  /** The `scanners` argument of scanBegin: SCAN_* bits of the enabled entity types, SCAN_ALL_AGES, SCAN_NAMES. */
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
  /** Reason of each scanner reason code (info column with bit 31 clear), structured scanners and the name pass. */
  readonly scannerReasons: Readonly<Record<number, string>>;
}

/**
 * Compiles `options` (the same options as createRedactor) into the automaton tables, word table and settings a
 * portable host needs to reproduce `find()` without this wrapper. Throws the same PhiscrubError codes as
 * createRedactor.
 *
 * @example
 * const p = exportAutomaton({ deny: [{ type: "NAME", terms: ["Jane Doe"] }] });
 * fs.writeFileSync("tables.bin", p.tables); // load into the core's memory from any WebAssembly host
 * fs.writeFileSync("words.bin", p.words); // then setWordTable(its address) when p.words is not empty
 */
export function exportAutomaton(options?: RedactorOptions): PortableAutomaton {
  const opts = resolveOptions(options);
  const { serialized, reasons } = compileDictionaries(opts);
  const tables = expandAutomaton(serialized);
  // the same mask and word table as the builder's assemble()
  const scanners = (scannerMask(opts.enabled, opts.allAges) & (opts.nameDetector ? ~0 : ~SCAN_NAMES)) >>> 0;
  const words = (scanners & SCAN_NAMES) !== 0 ? wordTableFor(opts.words).slice() : new Uint8Array(0);
  return Object.freeze({
    abiVersion: ABI_VERSION,
    tables: tables.bytes,
    words,
    scanners,
    entityTypes: [...ENTITY_TYPES],
    entities: ENTITY_TYPES.filter((t) => opts.enabled.has(t)),
    threshold: opts.threshold,
    allow: [...opts.allow],
    patternReasons: reasons,
    scannerReasons: { ...REASONS },
  });
}
