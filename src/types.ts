// Why this file exists: the one vocabulary module: entity types, findings and options; every other module imports it.

import type { OperatorState } from "./operators/state.js";
import type { TokenMap } from "./operators/protect.js";

/**
 * The entity vocabulary: one code per HIPAA Safe Harbor category that text can carry (45 CFR 164.514(b)(2)).
 * The order is the numeric code used inside the WASM core (index + 1; code 0 is an internal cue word).
 *
 * | type | Safe Harbor | examples |
 * |---|---|---|
 * | NAME | A | "Mr. John Smith", "SMITH, JOHN" |
 * | LOCATION | B | "12 Main St Apt 4", "Boston", "St. Mary's Medical Center" |
 * | ZIP | B | "02114", "02114-2696" |
 * | DATE | C | "3/14/2024", "March 14th" |
 * | AGE | C | "92 y/o" (ages over 89) |
 * | PHONE | D | "(617) 555-1234" |
 * | FAX | E | "Fax: 617-555-1235" |
 * | EMAIL | F | "jane.doe@example.org" |
 * | SSN | G | "123-45-6789" |
 * | MRN | H | "MRN 00123456" |
 * | HEALTH_PLAN | I | Medicare MBI "1EG4-TE5-MK73", member ids |
 * | ACCOUNT | J | account numbers, payment cards, IBAN |
 * | LICENSE | K | DEA, NPI, driver's licences |
 * | VEHICLE | L | VIN, plates |
 * | DEVICE | M | UDI, implant serials |
 * | URL | N | "https://example.org/x" |
 * | IP | O | "10.0.0.1", "fe80::1" |
 * | ID | R | any other unique identifying number |
 */
export const ENTITY_TYPES = [
  "NAME", "LOCATION", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
  "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ID",
] as const;

/** One Safe Harbor entity category. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Which detector produced a finding. */
export type FindingSource = "dictionary" | "scanner";

/**
 * One detected identifier. `start`/`end` are UTF-16 string indices into the scanned text, half-open `[start, end)`,
 * so `text.slice(start, end) === finding.text` always holds.
 */
export interface Finding {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Confidence in [0, 1]. */
  readonly score: number;
  readonly source: FindingSource;
  /** Why it was found: "dictionary:deny", "format", "validator:luhn", "cue:MRN"... (audit and tuning). */
  readonly reason: string;
}

/** A user term list: every term is reported as `type` (a deny list), e.g. a hospital's staff names. */
export interface TermList {
  readonly type: EntityType;
  readonly terms: readonly string[];
  /** Score given to these findings (default 1). */
  readonly score?: number;
  /** Require word boundaries at both ends of each term (default true). */
  readonly wordBoundary?: boolean;
}

/**
 * Extra words for the name/place detector, merged into its built-in word table when the redactor is built (e.g. a
 * hospital's staff surnames or local town names). Terms are single words or phrases of up to 3 words, compared
 * case-insensitively. "first"/"last"/"place" entries stand alone as strong evidence; "facility" adds a facility head
 * word ("Hospice", "Pavilion"); "allow" removes every name and place meaning of a word ("Will" never alone).
 */
export interface WordList {
  readonly kind: "first" | "last" | "place" | "facility" | "allow";
  readonly terms: readonly string[];
}

/** Place names the detector reports: see {@link RedactorOptions.geography}. */
export type Geography = "all" | "below-state";

/** Which engine runs the scan. "auto": WASM when the host can compile it, else the plain-JS build of the same core. */
export type EngineKind = "wasm" | "js";
export type EngineChoice = EngineKind | "auto";

/** Options of {@link createRedactor}, validated once. */
export interface RedactorOptions {
  /** Entity types to report (default: all of {@link ENTITY_TYPES}). */
  readonly entities?: readonly EntityType[];
  /** Extra terms reported with a type (deny lists), merged with the built-in detectors. */
  readonly deny?: readonly TermList[];
  /** Terms never reported (compared case-insensitively with a finding's text). */
  readonly allow?: readonly string[];
  /**
   * Word lists merged into the name/place detector's built-in dictionaries (first names, surnames, places, facility
   * words, allowed words). Single-word `allow` terms are merged as "allow" words too.
   */
  readonly words?: readonly WordList[];
  /**
   * Run the built-in name/place/facility detector for NAME and LOCATION (default true). false leaves only deny lists
   * and scanners, e.g. to test dictionary semantics alone.
   */
  readonly nameDetector?: boolean;
  /**
   * Document-level name propagation (default true): a capitalised name token found once with strong evidence
   * ("Mr. Tandoc", score >= 0.6) is also reported at its later exact occurrences in the same text or session
   * ("Tandoc tolerated the procedure"; "TANDOC" in ALL CAPS), reason "name:document", score 0.6. Forward only:
   * an occurrence before the evidence is not reported. English words ("Brown", "Will") are never propagated. A
   * hospital's acronym found once as a facility ("BWH # 12345678") is reported the same way as LOCATION, reason
   * "location:document"; a person's initials in a later dictation trailer ("Imogen T. Rasmussen, MD ...
   * ITR/irasmussen3") as NAME, both parts, reason "name:signature", and a user name made of the name's first initial
   * and last word ("dachebe", "wlau2") as NAME, reason "name:username".
   */
  readonly documentNames?: boolean;
  /**
   * Which place names the name/place detector reports (default "all"). "all": states and countries named on their
   * own too ("moved from Haiti", "lives in Florida"), as clinical de-identification corpora (i2b2, MEDDOCAN) label
   * them; "below-state": only the subdivisions smaller than a state that Safe Harbor (B) requires (streets, cities,
   * counties, facilities, organisations, ZIPs). A state code inside an address ("Boston, MA") stays part of it.
   */
  readonly geography?: Geography;
  /** Report every age the AGE scanner finds, not only ages over 89 (Safe Harbor's rule). Default false. */
  readonly allAges?: boolean;
  /** Findings scoring below this are dropped (default 0.35: recall first; a missed identifier is a leak). */
  readonly threshold?: number;
  /** Engine choice (default "auto"). */
  readonly engine?: EngineChoice;
  /** Largest input accepted by find/redact, in UTF-16 code units (default 256 Mi). Larger input throws INPUT_TOO_LARGE. */
  readonly maxInputLength?: number;
}

/**
 * What replaces a finding in redact() (README "Replacement operators and reversible tokens").
 * - `tag`: "[NAME]"; with `indexed: true` "[NAME_1]", the same value (case and spacing ignored) the same index
 *   within one call or one {@link OperatorState}.
 * - `mask`: the same number of characters of `char` (default "*"); `keep` last characters stay visible (at most half);
 *   `keepSeparators` keeps non-alphanumerics ("****-****-****-1234").
 * - `hash`: "NAME_" + `length` hex characters (8-64, default 16) of
 *   HMAC-SHA-256(secret key, normalised value). Needs `key`.
 * - `surrogate`: a realistic fake value of the same shape and format; DATE findings are date-shifted and AGE
 *   findings generalised. Deterministic given `key` and the value. Needs `key`.
 * - `dateShift` (DATE only): the date moved by one offset per (`key`, `context`) in [-maxDays, maxDays] (default
 *   365, never 0), in its original format; `keepWeekday` (default true) uses whole weeks. Needs `key`.
 * - `generalize` (DATE, AGE, ZIP only): the Safe Harbor forms: year only, "90+" for ages over 89, 3-digit ZIP prefix
 *   or "000".
 * - `remove`: the empty string. `keep`: the original text (use only for types you have decided are not PHI).
 * Values an operator cannot read (an unparseable date or ZIP) fail closed to the "[TYPE]" tag.
 */
export type Operator =
  | { readonly kind: "tag"; readonly indexed?: boolean }
  | { readonly kind: "remove" }
  | { readonly kind: "keep" }
  | { readonly kind: "mask"; readonly char?: string; readonly keep?: number; readonly keepSeparators?: boolean }
  | { readonly kind: "hash"; readonly length?: number }
  | { readonly kind: "surrogate" }
  | { readonly kind: "dateShift"; readonly maxDays?: number; readonly keepWeekday?: boolean; readonly dayFirst?: boolean }
  | { readonly kind: "generalize" };

/** Names of the operators. */
export type OperatorKind = Operator["kind"];

/** A secret key for keyed operators: at least 16 random bytes, or a string of at least 16 bytes (UTF-8). */
export type SecretKey = Uint8Array | string;

/** Options of {@link Redactor.redact}. */
export interface RedactOptions {
  /** Operator per entity type; types not listed use `defaultOperator`. */
  readonly operators?: Partial<Record<EntityType, Operator>>;
  /** Default operator (default: tag, "[TYPE]"). */
  readonly defaultOperator?: Operator;
  /** Secret key of the keyed operators (hash, surrogate, dateShift); they refuse to run without one (MISSING_KEY). */
  readonly key?: SecretKey;
  /** Context id of date shifting, e.g. a patient id: one offset per (key, context). Default "". */
  readonly context?: string;
  /**
   * Carry operator state (indexed tag numbers, surrogate caches, the date offset) across calls, e.g. the chunks or
   * documents of one session: create it with `new OperatorState(options)` and pass `{ state }` alone.
   */
  readonly state?: OperatorState;
}

/** A finding as redact() applied it: `replacement` is what stands in the output. */
export interface RedactedFinding extends Finding {
  readonly replacement: string;
}

export interface RedactResult {
  readonly text: string;
  readonly findings: readonly RedactedFinding[];
}

/** Introspection of a built redactor. */
export interface RedactorInfo {
  readonly engine: EngineKind;
  /** Number of dictionary patterns in the automaton. */
  readonly patternCount: number;
  /** Automaton states. */
  readonly stateCount: number;
  /** Bytes of the expanded automaton tables. */
  readonly tableBytes: number;
  /**
   * Bytes of linear memory currently held by the core instance. The instance is shared by every redactor of this
   * thread on the same engine (redactors built with the same options also share their automaton), so this is not a
   * per-redactor cost.
   */
  readonly memoryBytes: number;
  readonly entities: readonly EntityType[];
  readonly threshold: number;
  /**
   * UTF-16 code units of context a session keeps on each side of a cut (twice the largest window of the enabled
   * detectors: 0 with only dictionaries and the email scanner). A session emits text once this much more has arrived
   * after a cut point, so it bounds how much finished text a stream holds back.
   */
  readonly contextWindow: number;
}

/** Options of {@link Redactor.session} and the stream adapters: redact() options plus streaming limits. */
export interface SessionOptions extends RedactOptions {
  /**
   * Most UTF-16 code units a session may hold back while it waits for a safe place to cut the stream (default
   * 16 Mi). Text without any cut point (an endless token, a huge single line when line breaks are the only cut
   * points) then fails with BUFFER_LIMIT: never silent truncation, never unredacted output.
   */
  readonly maxBufferSize?: number;
  /** Called with the findings of each emitted piece; offsets are UTF-16 indices into the whole stream's text. */
  readonly onFindings?: (findings: readonly RedactedFinding[]) => void;
  /**
   * When final text is released (the output is the same either way). "eager" (the default of `session()`): as soon
   * as a piece of at least the context window (`info.contextWindow`, W) is final, so output lags input by about W to
   * 2W units; each scan re-reads about 3W units of context, so small chunks cost up to ~4x one redact(). "batched"
   * (the default of the stream adapters and the CLI): each piece waits until the final text reaches twice what was
   * already released (at most 1 Mi units, 64W, and a quarter of maxBufferSize), so a long stream costs close to one
   * redact() and output lags input by up to two thirds of what has arrived, capped there.
   */
  readonly release?: "eager" | "batched";
}

/**
 * A synchronous incremental redactor. Invariant: for any chunking of a text, the concatenation of every push() result
 * and finish() equals `redact(text).text`. With release "eager" it holds back only what an unfinished match could
 * still need (the context window); "batched" holds back more, to scan less (see {@link SessionOptions.release}).
 */
export interface RedactSession {
  /** Adds a chunk and returns the redacted text that is now final (possibly ""). */
  push(chunk: string): string;
  /** Ends the stream and returns the rest. The session cannot be used afterwards. */
  finish(): string;
  /** UTF-16 code units currently held back. */
  readonly buffered: number;
}

/** The bytes variant: UTF-8 in, UTF-8 out; multi-byte characters may be split across chunks; invalid UTF-8 throws. */
export interface ByteRedactSession {
  push(chunk: Uint8Array): Uint8Array;
  finish(): Uint8Array;
  /** Bytes consumed so far. */
  readonly bytesIn: number;
}

/** An immutable, reusable redactor. Build one with {@link createRedactor} and share it. */
export interface Redactor {
  /** Detects identifiers; findings are sorted by start and never overlap. */
  find(text: string): Finding[];
  /** Replaces every finding (default: "[TYPE]" tags). */
  redact(text: string, options?: RedactOptions): RedactResult;
  /** A synchronous incremental session (see {@link RedactSession}). */
  session(options?: SessionOptions): RedactSession;
  /** A Web TransformStream of strings over a session (Node and browsers), "batched" unless `options.release` says "eager". */
  stream(options?: SessionOptions): TransformStream<string, string>;
  /**
   * Swaps every finding for a placeholder that survives an LLM ("[NAME_1]", one per distinct value) and returns a
   * `restore(reply)` that puts the originals back. Synchronous; pass `{ map }` to continue a conversation's mapping.
   */
  protect(text: string, options?: ProtectOptions): ProtectResult;
  readonly engine: EngineKind;
  readonly info: RedactorInfo;
}

/** Options of {@link Redactor.protect}. */
export interface ProtectOptions {
  /** The mapping to extend (a conversation's earlier turns); default a new one. */
  readonly map?: TokenMap;
}

/** What protect() returns. */
export interface ProtectResult {
  /** The text with placeholders. */
  readonly text: string;
  /** Findings with their placeholders as `replacement`; offsets into the original text. */
  readonly findings: readonly RedactedFinding[];
  /** The placeholder mapping (holds PHI: keep it in memory or export it encrypted). */
  readonly map: TokenMap;
  /** Puts the originals back into an LLM reply (placeholders repeated, reordered, dropped or case-changed). */
  restore(reply: string): string;
}
