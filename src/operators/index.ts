// Why this file exists: the operators' entry points used by the redactor: option validation and one-pass application.

import type { Finding, RedactOptions, RedactResult } from "../types.js";
import { PhiscrubError } from "../errors.js";
import { OperatorState } from "./state.js";

export { OperatorState, normalizeValue, DEFAULT_MAX_SHIFT_DAYS, DEFAULT_HASH_LENGTH } from "./state.js";

/**
 * The state of redact() without options. Plain "[TYPE]" tags read and write no state (no numbering, no cache), so one
 * instance serves every such call: the 2 KB prompt path allocates no Maps.
 */
let defaultState: OperatorState | undefined;

/**
 * Validates redact() options once per call and returns the state that applies them: the caller's `state` when given
 * (a session), the shared default state without options, else a fresh one.
 */
export function operatorState(options: RedactOptions | undefined): OperatorState {
  if (options === undefined) return (defaultState ??= new OperatorState());
  if (options !== undefined && options !== null && typeof options === "object" && options.state !== undefined) {
    if (!(options.state instanceof OperatorState)) {
      throw new PhiscrubError("INVALID_OPTIONS", "expected state to be an OperatorState (new OperatorState(options))");
    }
    if (Object.keys(options).length !== 1) {
      throw new PhiscrubError(
        "INVALID_OPTIONS",
        "expected { state } alone: operators, key and context belong to new OperatorState(options)",
      );
    }
    return options.state;
  }
  return new OperatorState(options);
}

/** Validates redact() options (throws PhiscrubError). */
export function checkRedactOptions(options: RedactOptions | undefined): void {
  operatorState(options);
}

/** Replaces each finding; non-PHI text is copied unchanged. */
export function applyOperators(text: string, findings: readonly Finding[], options?: RedactOptions): RedactResult {
  return operatorState(options).apply(text, findings);
}
