// Why this file exists: the CLI bundles leave out the inlined word table (parsing its 2.8 MB of base64 cost every
// thread ~75 ms of CPU at start-up); the build writes it to dist/words.bin and this reads it back, checked against the
// SHA-256 the build put in the bundle. Anything missing or different fails the run before any input is read.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { PhiscrubError } from "../errors.js";
import { adoptBuiltinWordTable } from "../dictionaries/table.js";

// set by the CLI build (tsup.config.ts); absent when the CLI runs from source, where the table is inlined
declare const __PHISCRUB_WORDS_SHA256__: string | undefined;
declare const __PHISCRUB_WORDS_BYTES__: number | undefined;

/** Reads dist/words.bin into the word table cache when this bundle was built without the inlined table. */
export function loadWordTableFile(): void {
  if (typeof __PHISCRUB_WORDS_SHA256__ !== "string") return;
  const url = new URL("./words.bin", import.meta.url);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(url);
  } catch (e) {
    throw new PhiscrubError("INVALID_AUTOMATON", `cannot read the word table ${url.pathname}: ${(e as NodeJS.ErrnoException).code ?? e} (reinstall or rebuild phiscrub)`);
  }
  const sha = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length !== __PHISCRUB_WORDS_BYTES__ || sha !== __PHISCRUB_WORDS_SHA256__) {
    throw new PhiscrubError("INVALID_AUTOMATON", `expected the word table ${url.pathname} of this build (${__PHISCRUB_WORDS_BYTES__} bytes, SHA-256 ${__PHISCRUB_WORDS_SHA256__}), got ${bytes.length} bytes, SHA-256 ${sha} (reinstall or rebuild phiscrub)`);
  }
  if (bytes.byteOffset % 8 !== 0) bytes = new Uint8Array(bytes);
  adoptBuiltinWordTable(bytes);
}
