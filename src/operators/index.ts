// Why this file exists: applies replacement operators to findings and builds the output string in one pass.

import { PhiscrubError, describe } from "../errors.js";
import type { Finding, Operator, RedactOptions, RedactResult, RedactedFinding } from "../types.js";
import { ENTITY_TYPES } from "../types.js";

const TAG: Operator = Object.freeze({ kind: "tag" });

/** Validates redact() options once per call (cheap: a handful of keys). */
export function checkRedactOptions(options: RedactOptions | undefined): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null) {
    throw new PhiscrubError("INVALID_OPTIONS", `expected redact options to be an object, got ${describe(options)}`);
  }
  const ops = options.operators ?? {};
  for (const key of Object.keys(ops)) {
    if (!(ENTITY_TYPES as readonly string[]).includes(key)) {
      throw new PhiscrubError("INVALID_ENTITY_TYPE", `expected an operator key from ENTITY_TYPES, got "${key}"`);
    }
    checkOperator((ops as Record<string, unknown>)[key], `operators.${key}`);
  }
  if (options.defaultOperator !== undefined) checkOperator(options.defaultOperator, "defaultOperator");
}

function checkOperator(op: unknown, where: string): void {
  const kind = (op as { kind?: unknown } | null)?.kind;
  if (kind !== "tag" && kind !== "remove" && kind !== "keep") {
    throw new PhiscrubError(
      "INVALID_OPTIONS",
      `expected ${where} to be {kind: "tag" | "remove" | "keep"}, got ${describe(kind ?? op)}`,
    );
  }
}

function replacementFor(f: Finding, op: Operator): string {
  switch (op.kind) {
    case "tag":
      return `[${f.type}]`;
    case "remove":
      return "";
    case "keep":
      return f.text;
  }
}

/** Replaces each (sorted, non-overlapping) finding; non-PHI text is copied unchanged. */
export function applyOperators(text: string, findings: readonly Finding[], options?: RedactOptions): RedactResult {
  const ops = options?.operators;
  const dflt = options?.defaultOperator ?? TAG;
  const pieces: string[] = [];
  const out: RedactedFinding[] = [];
  let last = 0;
  for (const f of findings) {
    const replacement = replacementFor(f, ops?.[f.type] ?? dflt);
    pieces.push(text.slice(last, f.start), replacement);
    out.push({ ...f, replacement });
    last = f.end;
  }
  pieces.push(text.slice(last));
  return { text: pieces.join(""), findings: out };
}
