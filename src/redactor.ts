// Why this file exists: the immutable Redactor returned by the builder: find() and redact() over one core instance.

import { PhiscrubError, describe } from "./errors.js";
import type {
  EngineKind, Finding, ProtectOptions, ProtectResult, RedactOptions, RedactResult, RedactSession, Redactor, RedactorInfo,
  SessionOptions,
} from "./types.js";
import type { ResolvedOptions } from "./builder.js";
import type { AutomatonTables } from "./automaton/tables.js";
import type { Core } from "./wasm/core.js";
import { FindingFilter, NO_REASONS, STATE_LEVEL_REASONS, Selection } from "./findings.js";
import { operatorState } from "./operators/index.js";
import { TokenMap, protectText } from "./operators/protect.js";
import { createSession, cutCharTable, type SessionHost } from "./session.js";
import { RedactTransformStream } from "./stream.js";
import { contextWindow } from "./builtins.js";
import { NameMemory, PROPAGATED_SCORE, SEARCH_FORMS_MAX, mayRecur, propagateNames } from "./propagate.js";
import { WordTable } from "./dictionaries/table.js";

export class RedactorImpl implements Redactor {
  readonly engine: EngineKind;
  private readonly core: Core;
  /** Filter, sort and overlap merge of the core's rows, with scratch reused by every call. */
  private readonly sel: Selection;
  private readonly scanners: number;
  private readonly maxInputLength: number;
  private readonly tables: AutomatonTables;
  private readonly opts: ResolvedOptions;
  private readonly host: SessionHost;
  /** The session window of the detectors this redactor enables (computed once). */
  private readonly window: number;
  /** The word table document-level name propagation consults (undefined: propagation off). */
  private readonly nameWords: WordTable | undefined;
  private readonly propagate: boolean;
  private readonly acceptPropagated: (t: string) => boolean;

  constructor(
    core: Core, opts: ResolvedOptions, tables: AutomatonTables, reasons: readonly string[], scanners: number, words?: Uint8Array,
  ) {
    this.core = core;
    this.engine = core.engine;
    this.opts = opts;
    this.tables = tables;
    this.scanners = scanners;
    this.maxInputLength = opts.maxInputLength;
    this.sel = new Selection(
      new FindingFilter({
        enabled: opts.enabled,
        threshold: opts.threshold,
        allow: opts.allow,
        patternReasons: reasons,
        dropReasons: opts.geography === "below-state" ? STATE_LEVEL_REASONS : NO_REASONS,
      }),
    );
    this.window = contextWindow(scanners);
    this.propagate = words !== undefined && opts.documentNames && opts.enabled.has("NAME");
    this.nameWords = words !== undefined ? new WordTable(words) : undefined;
    const allow = opts.allow;
    const ok = PROPAGATED_SCORE >= opts.threshold;
    this.acceptPropagated = (t) => ok && (allow.size === 0 || !allow.has(t.toLowerCase()));
    // sessions scan windows with the core's findings and carry the name memory across pieces themselves
    this.host = {
      find: (text) => this.findCore(text),
      names: this.propagate ? { memory: () => new NameMemory(this.nameWords), apply: (t, f, m) => propagateNames(t, f, m, this.acceptPropagated) } : undefined,
      cutChars: cutCharTable(tables.bytes), wsPairs: tables.wsPairs, window: this.window, maxInput: this.maxInputLength };
    Object.freeze(this);
  }

  get info(): RedactorInfo {
    return {
      engine: this.engine,
      patternCount: this.tables.patterns,
      stateCount: this.tables.states,
      tableBytes: this.tables.bytes.length,
      memoryBytes: this.core.memoryBytes,
      entities: [...this.opts.enabled],
      threshold: this.opts.threshold,
      contextWindow: this.window,
    };
  }

  private check(text: unknown): asserts text is string {
    if (typeof text !== "string") {
      throw new PhiscrubError("INVALID_INPUT", `expected text to be a string, got ${describe(text)}`);
    }
    if (text.length > this.maxInputLength) {
      throw new PhiscrubError(
        "INPUT_TOO_LARGE",
        `expected at most ${this.maxInputLength} UTF-16 code units (maxInputLength), got ${text.length}`,
        { length: text.length, maxInputLength: this.maxInputLength },
      );
    }
  }

  find(text: string): Finding[] {
    const found = this.findCore(text);
    // (most documents name each person once: no form they teach occurs again, and no memory is built)
    if (!this.propagate || !mayRecur(text, found)) return found;
    // a memory for this call only: no settling after the search
    return propagateNames(text, found, new NameMemory(this.nameWords), this.acceptPropagated, SEARCH_FORMS_MAX, false);
  }

  /** The detectors' findings before document-level name propagation (what a session scans each window with). */
  private findCore(text: string): Finding[] {
    return this.select(text).findings(text);
  }

  /** Scans `text` and selects its findings, still struct-of-arrays (valid until the next call). */
  private select(text: string): Selection {
    this.check(text);
    return this.sel.select(text, this.core.scan(text, this.scanners));
  }

  redact(text: string, options?: RedactOptions): RedactResult {
    const state = operatorState(options); // validates before any scan
    // document-level propagation works on Finding objects (src/propagate.ts); without it, straight from the
    // selection: the Finding objects of find() would only be copied into RedactedFinding ones
    if (this.propagate) return state.apply(text, this.find(text));
    return state.applySelection(text, this.select(text));
  }

  protect(text: string, options?: ProtectOptions): ProtectResult {
    const given = options?.map;
    if (options !== undefined && (typeof options !== "object" || options === null || Object.keys(options).some((k) => k !== "map"))) {
      throw new PhiscrubError("INVALID_OPTIONS", `expected protect options to be { map? }, got ${describe(options)}`);
    }
    if (given !== undefined && !(given instanceof TokenMap)) {
      throw new PhiscrubError("INVALID_OPTIONS", `expected map to be a TokenMap, got ${describe(given)}`);
    }
    const map = given ?? new TokenMap();
    const out = protectText(text, this.find(text), map);
    return { text: out.text, findings: out.findings, map, restore: (reply: string) => map.restore(reply) };
  }

  session(options?: SessionOptions): RedactSession {
    return createSession(this.host, options);
  }

  stream(options?: SessionOptions): TransformStream<string, string> {
    return new RedactTransformStream(this, options);
  }
}
