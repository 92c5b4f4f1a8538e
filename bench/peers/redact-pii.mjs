// Why this file exists: adapter for redact-pii (Solvvy): its SyncRedactor with the default built-in redactors, as a
// pipeline would call it; only the replacement text is set (one marker) so that spans can be scored.
import { SyncRedactor } from "redact-pii";
import { MARK, countMarks, spansFromMarked } from "./align.mjs";

export default {
  name: "redact-pii",
  pkg: "redact-pii",
  api: "new SyncRedactor().redact(text)",
  async create() {
    return new SyncRedactor({ globalReplaceWith: MARK });
  },
  /** The timed call; returns the number of redactions (for the count check). */
  run(r, text) {
    return countMarks(r.redact(text));
  },
  async spans(r, text) {
    return spansFromMarked(text, r.redact(text));
  },
};
