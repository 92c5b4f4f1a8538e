// Why this file exists: the built package works as a consumer sees it: ESM import and CJS require of dist/, through
// the package's own exports map (a spawned Node process resolving "phiscrub" by name).
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "..");

function runAsConsumer(file: string, code: string): string {
  const dir = mkdtempSync(join(tmpdir(), "phiscrub-consumer-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(root, join(dir, "node_modules", "phiscrub"), "dir");
    writeFileSync(join(dir, file), code);
    return execFileSync(process.execPath, [join(dir, file)], { cwd: dir, encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("package entry points", () => {
  it("ESM: import { createRedactor } from 'phiscrub'", () => {
    const out = runAsConsumer(
      "esm.mjs",
      `import { createRedactor } from "phiscrub";
       const r = await createRedactor();
       const f = r.find("😀 Contact jane.doe@example.org");
       console.log(JSON.stringify([r.engine, f[0].type, f[0].text]));`,
    );
    expect(JSON.parse(out)).toEqual(["wasm", "EMAIL", "jane.doe@example.org"]);
  });

  it("CJS: require('phiscrub') with the synchronous builder", () => {
    const out = runAsConsumer(
      "cjs.cjs",
      `const { createRedactorSync } = require("phiscrub");
       const r = createRedactorSync();
       console.log(JSON.stringify(r.redact("write to jane.doe@example.org").text));`,
    );
    expect(JSON.parse(out)).toBe("write to [EMAIL]");
  });

  it("phiscrub/node resolves in both module systems", () => {
    const esm = runAsConsumer("n.mjs", `import * as m from "phiscrub/node"; console.log(typeof m.createRedactor);`);
    const cjs = runAsConsumer("n.cjs", `console.log(typeof require("phiscrub/node").createRedactor);`);
    expect([esm.trim(), cjs.trim()]).toEqual(["function", "function"]);
  });
});
