// Why this file exists: builds the prebuilt browser files (no bundler needed by the user), WASM inlined in both:
// dist/browser/phiscrub.js (minified ESM, `<script type="module">`/import) and dist/browser/phiscrub.global.js (minified
// IIFE defining `globalThis.phiscrub`, for MV3 content scripts, which cannot be modules), plus the core's wasm2js twin
// as its own file, dist/browser/phiscrub.jscore.js (a script that registers itself on globalThis; needed only where
// WebAssembly is refused: src/wasm/fallback.browser.ts), then copies the IIFE and the JS core into
// examples/extension/lib/ so the unpacked extension loads them. Run by `npm run build` after tsup (tsup cleans dist/).
import { build } from "tsup";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "dist/browser");

/** The browser files take the JS core from its own file: src/wasm/fallback.ts -> src/wasm/fallback.browser.ts. */
const separateJsCore = {
  name: "phiscrub-separate-js-core",
  setup(build) {
    build.onResolve({ filter: /^\.\/fallback\.js$/ }, (args) =>
      args.importer.endsWith(join("src", "wasm", "load.ts")) ? { path: join(root, "src/wasm/fallback.browser.ts") } : undefined,
    );
  },
};

const common = {
  config: false, // do not pick up tsup.config.ts (the Node package build)
  entry: { phiscrub: join(root, "src/index.ts") },
  outDir,
  platform: "browser", // fails the build if anything under "." reaches for a Node built-in
  target: "es2022",
  minify: true,
  sourcemap: true,
  dts: false,
  clean: false,
  splitting: false,
  treeshake: true,
  silent: true,
  esbuildPlugins: [separateJsCore],
};

await build({ ...common, format: ["esm"], define: { __PHISCRUB_JSCORE_AUTOLOAD__: "true" }, outExtension: () => ({ js: ".js" }) });
await build({
  ...common,
  format: ["iife"],
  globalName: "phiscrub",
  define: { __PHISCRUB_JSCORE_AUTOLOAD__: "false" },
  outExtension: () => ({ js: ".global.js" }),
});
// One file serves every loader: an IIFE with no exports runs the same as a classic script, a content script and an
// ES module (the ESM bundle's async builder imports it by URL).
await build({
  ...common,
  esbuildPlugins: [],
  entry: { "phiscrub.jscore": join(root, "src/wasm/jscore.ts") },
  format: ["iife"],
  outExtension: () => ({ js: ".js" }),
});

const extLib = join(root, "examples/extension/lib");
mkdirSync(extLib, { recursive: true });
for (const f of ["phiscrub.global.js", "phiscrub.global.js.map", "phiscrub.jscore.js", "phiscrub.jscore.js.map"]) copyFileSync(join(outDir, f), join(extLib, f));

for (const f of ["phiscrub.js", "phiscrub.global.js", "phiscrub.jscore.js"]) {
  const bytes = readFileSync(join(outDir, f));
  console.log(`build-browser: dist/browser/${f} ${bytes.length} bytes (${gzipSync(bytes, { level: 9 }).length} gzipped)`);
}
