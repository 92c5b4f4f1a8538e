// Why this file exists: the package build: ESM + CJS + type declarations for the "." and "./node" entries, and the
// CLI with its worker thread, which read the large generated payloads from files of their own instead of parsing them
// as JavaScript at every start (dist/words.bin, dist/cli-fallback.cjs: see src/cli/payloads.ts).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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

const WORDS = "src/dictionaries/words.generated.ts";
const LITERAL = /(export const WORD_TABLE_BASE64\s*=\s*)"([^"]*)"/;

/** The word table bytes of this build (words.generated.ts is written by `npm run build:dict` before this runs). */
function wordTableBytes(): Buffer {
  const m = LITERAL.exec(readFileSync(WORDS, "utf8"));
  if (m === null || m[2]!.length === 0) throw new Error(`${WORDS}: expected an inlined WORD_TABLE_BASE64 string`);
  return Buffer.from(m[2]!, "base64");
}

type Build = {
  onLoad(o: { filter: RegExp }, cb: (a: { path: string }) => { contents: string; loader: "ts" }): void;
  onEnd(cb: () => void): void;
};

/**
 * The CLI bundles without the two payloads that cost every thread ~115 ms of CPU to parse at start-up (measured on
 * Node 20): the 2.8 MB base64 word table (written to dist/words.bin, checked against its SHA-256 when read) and the
 * 0.9 MB wasm2js fallback core (loaded from dist/cli-fallback.cjs only when the JS engine is used).
 */
function cliPayloads(bytes: Buffer) {
  return {
    name: "cli-payloads",
    setup(build: Build) {
      build.onLoad({ filter: /[\\/]dictionaries[\\/]words\.generated\.ts$/ }, (a) => {
        const src = readFileSync(a.path, "utf8");
        return { contents: src.replace(LITERAL, '$1""'), loader: "ts" };
      });
      build.onLoad({ filter: /[\\/]wasm[\\/]fallback\.generated\.ts$/ }, () => ({
        contents: `import { createRequire } from "node:module";
/** The wasm2js core, loaded on first use from the file next to this bundle (the CLI's --engine js). */
export function instantiateFallback(): any {
  return (createRequire(import.meta.url)("./cli-fallback.cjs") as { instantiateFallback(): any }).instantiateFallback();
}
`,
        loader: "ts",
      }));
      build.onEnd(() => {
        mkdirSync("dist", { recursive: true });
        writeFileSync("dist/words.bin", bytes);
      });
    },
  };
}

export default defineConfig(() => {
  const words = wordTableBytes();
  return [
    { ...common, entry: { index: "src/index.ts", node: "src/node.ts" }, clean: true },
    {
      ...common,
      entry: { cli: "src/cli/main.ts", "cli-worker": "src/workers/worker.ts" },
      clean: false,
      esbuildPlugins: [cliPayloads(words)],
      define: {
        __PHISCRUB_WORDS_SHA256__: JSON.stringify(createHash("sha256").update(words).digest("hex")),
        __PHISCRUB_WORDS_BYTES__: String(words.length),
      },
    },
    { ...common, entry: { "cli-fallback": "src/wasm/fallback.generated.ts" }, format: ["cjs"], dts: false, sourcemap: false, clean: false },
  ];
});
