// Why this file exists: the one builder: validates options once, compiles the automaton, loads a core and returns a
// frozen Redactor. Nothing is validated again per call.

import { PhiscrubError, describe } from "./errors.js";
import { ENTITY_TYPES } from "./types.js";
import type { EngineChoice, EntityType, Geography, Redactor, RedactorOptions, TermList, WordList } from "./types.js";
import { wordTableFor } from "./dictionaries/table.js";
import { MAX_PATTERN_BYTES, TrieBuilder, patInfo } from "./automaton/trie.js";
import { expandAutomaton, type AutomatonTables } from "./automaton/tables.js";
import { ENTITY_CUE, PAT_WORD_BOUNDARY, entityCode } from "./wasm/abi.js";
import { sharedInstance, sharedInstanceSync } from "./wasm/load.js";
import { Core } from "./wasm/core.js";
import { BUILTIN_TERMS, CUE_LISTS, scannerMask } from "./builtins.js";
import { SCAN_NAMES } from "./wasm/abi.js";
import { RedactorImpl } from "./redactor.js";

const encoder = new TextEncoder();

/** Default minimum score: low, because a missed identifier is a leak and an extra redaction only a cost. */
export const DEFAULT_THRESHOLD = 0.35;
/** Default largest input (UTF-16 code units). */
export const DEFAULT_MAX_INPUT_LENGTH = 256 * 1024 * 1024;

const KNOWN_OPTIONS = new Set(["entities", "deny", "allow", "threshold", "engine", "maxInputLength", "words", "nameDetector", "allAges", "geography", "documentNames"]);
const WORD_KINDS = new Set(["first", "last", "place", "facility", "allow"]);

function bad(message: string, details: Record<string, unknown> = {}): never {
  throw new PhiscrubError("INVALID_OPTIONS", message, details);
}

function checkEntity(value: unknown, where: string): EntityType {
  if (typeof value !== "string" || !(ENTITY_TYPES as readonly string[]).includes(value)) {
    throw new PhiscrubError(
      "INVALID_ENTITY_TYPE",
      `expected ${where} to be one of ${ENTITY_TYPES.join(", ")}, got ${typeof value === "string" ? `"${value}"` : describe(value)}`,
      { where },
    );
  }
  return value as EntityType;
}

/** Validated, normalised options. */
export interface ResolvedOptions {
  readonly enabled: ReadonlySet<EntityType>;
  readonly deny: readonly TermList[];
  readonly allow: ReadonlySet<string>;
  readonly threshold: number;
  readonly engine: EngineChoice;
  readonly maxInputLength: number;
  /** User word lists for the name/place detector (including single-word allow terms). */
  readonly words: readonly WordList[];
  readonly nameDetector: boolean;
  /** Document-level name propagation (src/propagate.ts). */
  readonly documentNames: boolean;
  readonly allAges: boolean;
  readonly geography: Geography;
}

export function resolveOptions(options: RedactorOptions | undefined): ResolvedOptions {
  const o = options ?? {};
  if (typeof o !== "object" || o === null || Array.isArray(o)) bad(`expected options to be an object, got ${describe(o)}`);
  for (const k of Object.keys(o)) if (!KNOWN_OPTIONS.has(k)) bad(`unknown option "${k}"`, { option: k });

  let enabled: Set<EntityType>;
  if (o.entities === undefined) enabled = new Set(ENTITY_TYPES);
  else {
    if (!Array.isArray(o.entities)) bad(`expected entities to be an array, got ${describe(o.entities)}`);
    enabled = new Set(o.entities.map((e, i) => checkEntity(e, `entities[${i}]`)));
  }

  const deny: TermList[] = [];
  if (o.deny !== undefined) {
    if (!Array.isArray(o.deny)) bad(`expected deny to be an array of {type, terms}, got ${describe(o.deny)}`);
    o.deny.forEach((list, i) => {
      if (typeof list !== "object" || list === null) bad(`expected deny[${i}] to be {type, terms}, got ${describe(list)}`);
      const type = checkEntity(list.type, `deny[${i}].type`);
      if (!Array.isArray(list.terms)) bad(`expected deny[${i}].terms to be an array of strings, got ${describe(list.terms)}`);
      (list.terms as readonly unknown[]).forEach((t, j) => {
        if (typeof t !== "string") bad(`expected deny[${i}].terms[${j}] to be a string, got ${describe(t)}`);
        if (t.length === 0) throw new PhiscrubError("INVALID_PATTERN", `expected deny[${i}].terms[${j}] to be non-empty`);
      });
      const score = list.score ?? 1;
      if (typeof score !== "number" || !(score >= 0 && score <= 1)) {
        bad(`expected deny[${i}].score to be a number in [0, 1], got ${describe(score)}`);
      }
      if (list.wordBoundary !== undefined && typeof list.wordBoundary !== "boolean") {
        bad(`expected deny[${i}].wordBoundary to be a boolean, got ${describe(list.wordBoundary)}`);
      }
      deny.push({ type, terms: [...(list.terms as readonly string[])], score, wordBoundary: list.wordBoundary ?? true });
    });
  }

  const allow = new Set<string>();
  if (o.allow !== undefined) {
    if (!Array.isArray(o.allow)) bad(`expected allow to be an array of strings, got ${describe(o.allow)}`);
    o.allow.forEach((t, i) => {
      if (typeof t !== "string") bad(`expected allow[${i}] to be a string, got ${describe(t)}`);
      allow.add(t.toLowerCase());
    });
  }

  const threshold = o.threshold ?? DEFAULT_THRESHOLD;
  if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1)) {
    bad(`expected threshold to be a number in [0, 1], got ${describe(threshold)}`);
  }
  const engine = o.engine ?? "auto";
  if (engine !== "auto" && engine !== "wasm" && engine !== "js") {
    bad(`expected engine to be "auto", "wasm" or "js", got ${describe(engine)}`);
  }
  const maxInputLength = o.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (typeof maxInputLength !== "number" || !Number.isInteger(maxInputLength) || maxInputLength < 1) {
    bad(`expected maxInputLength to be a positive integer, got ${describe(maxInputLength)}`);
  }
  const words: WordList[] = [];
  if (o.words !== undefined) {
    if (!Array.isArray(o.words)) bad(`expected words to be an array of {kind, terms}, got ${describe(o.words)}`);
    o.words.forEach((list, i) => {
      if (typeof list !== "object" || list === null) bad(`expected words[${i}] to be {kind, terms}, got ${describe(list)}`);
      if (!WORD_KINDS.has(list.kind as string)) {
        bad(`expected words[${i}].kind to be one of ${[...WORD_KINDS].join(", ")}, got ${describe(list.kind)}`);
      }
      if (!Array.isArray(list.terms)) bad(`expected words[${i}].terms to be an array of strings, got ${describe(list.terms)}`);
      (list.terms as readonly unknown[]).forEach((t, j) => {
        if (typeof t !== "string" || t.trim().length === 0) bad(`expected words[${i}].terms[${j}] to be a non-empty string, got ${describe(t)}`);
      });
      words.push({ kind: list.kind, terms: [...(list.terms as readonly string[])] });
    });
  }
  const allowWords = [...allow].filter((t) => t.length > 0 && !t.includes(" "));
  if (allowWords.length > 0) words.push({ kind: "allow", terms: allowWords });
  const nameDetector = o.nameDetector ?? true;
  if (typeof nameDetector !== "boolean") bad(`expected nameDetector to be a boolean, got ${describe(nameDetector)}`);
  const documentNames = o.documentNames ?? true;
  if (typeof documentNames !== "boolean") bad(`expected documentNames to be a boolean, got ${describe(documentNames)}`);
  const allAges = o.allAges ?? false;
  if (typeof allAges !== "boolean") bad(`expected allAges to be a boolean, got ${describe(allAges)}`);
  const geography = o.geography ?? "all";
  if (geography !== "all" && geography !== "below-state") {
    bad(`expected geography to be "all" or "below-state", got ${describe(geography)}`);
  }
  return { enabled, deny, allow, threshold, engine, maxInputLength, words, nameDetector, documentNames, allAges, geography };
}

/** Compiles deny lists (and, later, built-in dictionaries) into serialized trie bytes plus per-pattern reasons. */
export function compileDictionaries(opts: ResolvedOptions): { serialized: Uint8Array; reasons: string[] } {
  const trie = new TrieBuilder();
  const reasons: string[] = [];
  const mask = scannerMask(opts.enabled);
  for (const cue of CUE_LISTS) {
    if (cue.scanners !== undefined && (cue.scanners & mask) === 0) continue; // no enabled scanner reads it
    // cue patterns carry their cue id where other patterns carry a score (bits 16-31)
    const info = (((cue.id & 0xffff) << 16) | ((cue.wordBoundary === false ? 0 : PAT_WORD_BOUNDARY) << 8) | ENTITY_CUE) >>> 0;
    for (const term of cue.terms) {
      trie.add(term, info);
      reasons.push(`cue:${cue.id}`);
    }
  }
  for (const list of BUILTIN_TERMS) {
    if (!opts.enabled.has(list.type)) continue;
    const info = patInfo(entityCode(list.type), PAT_WORD_BOUNDARY, list.score);
    for (const term of list.terms) {
      trie.add(term, info);
      reasons.push(list.reason);
    }
  }
  for (const list of opts.deny) {
    const info = patInfo(entityCode(list.type), list.wordBoundary === false ? 0 : PAT_WORD_BOUNDARY, list.score ?? 1);
    for (const term of list.terms) {
      trie.add(term, info);
      reasons.push("dictionary:deny");
      for (const v of caseVariants(term)) {
        trie.add(v, info);
        reasons.push("dictionary:deny");
      }
    }
  }
  return { serialized: trie.serialize(), reasons };
}

/** ASCII-only lower case: the form the automaton itself folds to. */
function asciiFold(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c | 0x20) : s[i];
  }
  return out;
}

/** Upper-cases the first letter of each word and lower-cases the rest ("JOSÉ DE LA O" -> "José De La O"). */
function titleCase(term: string): string {
  let out = "";
  let start = true;
  for (const ch of term.toLowerCase()) {
    out += start ? ch.toUpperCase() : ch;
    start = ch === " " || ch === "-" || ch === "'" || ch === "’" || ch === "." || ch === "\t";
  }
  return out;
}

/**
 * The extra spellings a deny term needs because the automaton folds ASCII letters only: for a term with non-ASCII
 * letters, its lower-case, upper-case and title-case forms ("José" also finds "JOSÉ" and "josé"; "ÅSA" finds "Åsa").
 * A deny list must not leak a name because a note is in capitals. Forms the automaton already treats as the same
 * term, and forms longer than the pattern limit, are left out.
 */
export function caseVariants(term: string): string[] {
  let ascii = true;
  for (let i = 0; i < term.length && ascii; i++) ascii = term.charCodeAt(i) < 0x80;
  if (ascii) return [];
  const title = titleCase(term);
  const seen = new Set([asciiFold(term)]);
  const out: string[] = [];
  for (const v of [term.toLowerCase(), term.toUpperCase(), title]) {
    const k = asciiFold(v);
    if (seen.has(k) || encoder.encode(v).length > MAX_PATTERN_BYTES) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

/** Most automata kept by {@link compiledFor} (each ~0.8 MB with every entity type on). */
const COMPILED_MAX = 4;
const compiledCache = new Map<string, { tables: AutomatonTables; reasons: string[] }>();

/**
 * The automaton of `opts`. Without deny lists it depends on the enabled types alone, so it is compiled once per set of
 * types and reused (least recently used out after COMPILED_MAX): a redactor built again with the same options skips
 * compiling ~1,400 patterns and, on the shared instance, shares their region. Deny lists are compiled each time.
 */
function compiledFor(opts: ResolvedOptions): { tables: AutomatonTables; reasons: string[] } {
  const key = opts.deny.length === 0 ? ENTITY_TYPES.filter((t) => opts.enabled.has(t)).join(",") : undefined;
  const hit = key !== undefined ? compiledCache.get(key) : undefined;
  if (hit && key !== undefined) {
    compiledCache.delete(key);
    compiledCache.set(key, hit);
    return hit;
  }
  const { serialized, reasons } = compileDictionaries(opts);
  const made = { tables: expandAutomaton(serialized), reasons };
  if (key !== undefined) {
    compiledCache.set(key, made);
    for (const k of compiledCache.keys()) {
      if (compiledCache.size <= COMPILED_MAX) break;
      compiledCache.delete(k);
    }
  }
  return made;
}

function assemble(opts: ResolvedOptions, load: (tables: Uint8Array, words?: Uint8Array) => Core): Redactor {
  const { tables, reasons } = compiledFor(opts);
  const mask = scannerMask(opts.enabled, opts.allAges) & (opts.nameDetector ? ~0 : ~SCAN_NAMES);
  // the prebuilt word table is shared; a copy is made only when user word lists must be merged in
  const words = (mask & SCAN_NAMES) !== 0 ? wordTableFor(opts.words) : undefined;
  const core = load(tables.bytes, words);
  return new RedactorImpl(core, opts, tables, reasons, mask, words);
}

/**
 * Builds a redactor: validates `options` once, compiles the dictionaries and instantiates the core (the compiled
 * WebAssembly.Module is cached per process). With engine "auto" it falls back to the plain-JS core when the host
 * refuses WebAssembly (`redactor.engine` tells which one runs).
 *
 * @example
 * const r = await createRedactor({ deny: [{ type: "NAME", terms: ["Jane Doe"] }] });
 * r.redact("Jane Doe, jane@example.org").text; // "[NAME], [EMAIL]"
 */
export async function createRedactor(options?: RedactorOptions): Promise<Redactor> {
  const opts = resolveOptions(options);
  const inst = await sharedInstance(opts.engine);
  return assemble(opts, (tables, words) => new Core(inst, tables, words));
}

/**
 * The synchronous twin of {@link createRedactor} for contexts that cannot await. On a browser main thread, where
 * synchronous compilation of a module over 4 KB is refused, "auto" runs the plain-JS core instead.
 */
export function createRedactorSync(options?: RedactorOptions): Redactor {
  const opts = resolveOptions(options);
  const inst = sharedInstanceSync(opts.engine);
  return assemble(opts, (tables, words) => new Core(inst, tables, words));
}
