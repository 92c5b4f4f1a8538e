// Why this file exists: the one vocabulary module: entity types, findings and options; every other module imports it.

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
  /** Report every age the AGE scanner finds, not only ages over 89 (Safe Harbor's rule). Default false. */
  readonly allAges?: boolean;
  /** Findings scoring below this are dropped (default 0.35: recall first; a missed identifier is a leak). */
  readonly threshold?: number;
  /** Engine choice (default "auto"). */
  readonly engine?: EngineChoice;
  /** Largest input accepted by find/redact, in UTF-16 code units (default 256 Mi). Larger input throws INPUT_TOO_LARGE. */
  readonly maxInputLength?: number;
}

/** What replaces a finding in redact(). Issue-specific operators extend this union. */
export type Operator =
  | { readonly kind: "tag" }
  | { readonly kind: "remove" }
  | { readonly kind: "keep" };

/** Options of {@link Redactor.redact}. */
export interface RedactOptions {
  /** Operator per entity type; types not listed use `defaultOperator`. */
  readonly operators?: Partial<Record<EntityType, Operator>>;
  /** Default operator (default: tag, "[TYPE]"). */
  readonly defaultOperator?: Operator;
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
  /** Bytes of linear memory currently held by the core instance. */
  readonly memoryBytes: number;
  readonly entities: readonly EntityType[];
  readonly threshold: number;
}

/** An immutable, reusable redactor. Build one with {@link createRedactor} and share it. */
export interface Redactor {
  /** Detects identifiers; findings are sorted by start and never overlap. */
  find(text: string): Finding[];
  /** Replaces every finding (default: "[TYPE]" tags). */
  redact(text: string, options?: RedactOptions): RedactResult;
  readonly engine: EngineKind;
  readonly info: RedactorInfo;
}
