// Why this file exists: writes what a non-Node host needs to run the core: tables.bin (the automaton tables to copy into
// linear memory), words.bin (the name/place word table for setWordTable; empty when the name pass is off) and
// portable.json (scanners, entity codes, threshold, allow list, reasons), from createRedactor options.
//
// Usage (after `npm run build`):  node examples/host/export.mjs OUT_DIR [OPTIONS.json]
//   OPTIONS.json holds createRedactor options, e.g. {"deny":[{"type":"NAME","terms":["Jane Doe"]}],"threshold":0.5}

import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { exportAutomaton } from "../../dist/index.js";

const [outDir, optionsFile] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node examples/host/export.mjs OUT_DIR [OPTIONS.json]");
  process.exit(2);
}
const options = optionsFile ? JSON.parse(readFileSync(optionsFile, "utf8")) : {};
const { tables, words, ...settings } = exportAutomaton(options);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "tables.bin"), tables);
writeFileSync(join(outDir, "words.bin"), words);
writeFileSync(join(outDir, "portable.json"), `${JSON.stringify(settings, null, 2)}\n`);
copyFileSync(new URL("../../build/phiscrub.wasm", import.meta.url), join(outDir, "phiscrub.wasm"));
console.error(
  `wrote ${join(outDir, "phiscrub.wasm")}, tables.bin (${tables.length} bytes), words.bin (${words.length} bytes) and portable.json`,
);
