// Why this file exists: adapter for @arcjet/redact: `await redact(text, options)` with every built-in entity (the
// default); only `replace` is set (one marker) so that spans can be scored.
import { redact } from "@arcjet/redact";
import { MARK, countMarks, spansFromMarked } from "./align.mjs";

const options = { replace: () => MARK };

export default {
  name: "@arcjet/redact",
  pkg: "@arcjet/redact",
  api: "await redact(text)",
  async: true,
  async create() {
    return null;
  },
  async run(_r, text) {
    const [out] = await redact(text, options);
    return countMarks(out);
  },
  async spans(_r, text) {
    const [out] = await redact(text, options);
    return spansFromMarked(text, out);
  },
};
