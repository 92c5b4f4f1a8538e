// Why this file exists: builds the prebuilt browser files (no bundler needed by the user), WASM inlined in both:
// dist/browser/phiscrub.js (minified ESM, `<script type="module">`/import) and dist/browser/phiscrub.global.js (minified
// IIFE defining `globalThis.phiscrub`, for MV3 content scripts, which cannot be modules), then copies the IIFE into
// examples/extension/lib/ so the unpacked extension loads it. Run by `npm run build` after tsup (tsup cleans dist/).
import { build } from "tsup";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "dist/browser");

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
};

await build({ ...common, format: ["esm"], outExtension: () => ({ js: ".js" }) });
await build({ ...common, format: ["iife"], globalName: "phiscrub", outExtension: () => ({ js: ".global.js" }) });

const extLib = join(root, "examples/extension/lib");
mkdirSync(extLib, { recursive: true });
for (const f of ["phiscrub.global.js", "phiscrub.global.js.map"]) copyFileSync(join(outDir, f), join(extLib, f));

for (const f of ["phiscrub.js", "phiscrub.global.js"]) {
  const bytes = readFileSync(join(outDir, f));
  console.log(`build-browser: dist/browser/${f} ${bytes.length} bytes (${gzipSync(bytes, { level: 9 }).length} gzipped)`);
}
