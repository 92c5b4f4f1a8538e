// Why this file exists: the package build: ESM + CJS + type declarations for the "." and "./node" entries.
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", node: "src/node.ts", cli: "src/cli/main.ts", "cli-worker": "src/workers/worker.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  splitting: false,
  treeshake: true,
});
