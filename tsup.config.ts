// Why this file exists: the package build: ESM + CJS + type declarations for the "." and "./node" entries, the CLI,
// and the CLI's worker thread (built without the inlined word table: the main thread hands it the decoded bytes).
import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const common: Options = {
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  splitting: false,
  treeshake: true,
};

/**
 * The worker bundle's words.generated.ts without its 2.8 MB base64 literal (everything else kept): parsing that
 * literal cost each worker thread ~75 ms of CPU at start-up, and the worker never decodes it (adoptBuiltinWordTable).
 */
const noInlinedWordTable = {
  name: "no-inlined-word-table",
  setup(build: { onLoad(o: { filter: RegExp }, cb: (a: { path: string }) => { contents: string; loader: "ts" }): void }) {
    build.onLoad({ filter: /[\\/]dictionaries[\\/]words\.generated\.ts$/ }, (a) => {
      const src = readFileSync(a.path, "utf8");
      const out = src.replace(/(export const WORD_TABLE_BASE64\s*=\s*)"[^"]*"/, '$1""');
      if (out === src) throw new Error(`${a.path}: expected an inlined WORD_TABLE_BASE64 string to leave out`);
      return { contents: out, loader: "ts" };
    });
  },
};

export default defineConfig([
  { ...common, entry: { index: "src/index.ts", node: "src/node.ts", cli: "src/cli/main.ts" }, clean: true },
  { ...common, entry: { "cli-worker": "src/workers/worker.ts" }, clean: false, esbuildPlugins: [noInlinedWordTable] },
]);
