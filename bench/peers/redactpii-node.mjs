// Why this file exists: adapter for @redactpii/node: `new Redactor().redact(text)` with its default rules; only the
// replacement text is set (one marker) so that spans can be scored.
import { Redactor } from "@redactpii/node";
import { MARK, countMarks, spansFromMarked } from "./align.mjs";

export default {
  name: "@redactpii/node",
  pkg: "@redactpii/node",
  api: "new Redactor().redact(text)",
  async create() {
    return new Redactor({ globalReplaceWith: MARK });
  },
  run(r, text) {
    return countMarks(r.redact(text));
  },
  async spans(r, text) {
    return spansFromMarked(text, r.redact(text));
  },
};
