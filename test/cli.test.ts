// Why this file exists: end-to-end tests of the built `phiscrub` CLI (spawned `node dist/cli.js`): formats, worker
// output identical to one worker, and every bad-input case failing closed with file, line and byte offset.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRedactorSync } from "../src/index.js";

const CLI = join(__dirname, "..", "dist", "cli.js");
let dir: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` (npm test does) before these tests");
  dir = mkdtempSync(join(tmpdir(), "phiscrub-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function cli(args: string[], input?: string | Uint8Array, env?: Record<string, string>) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), raw: r.stdout };
}

const r = createRedactorSync();


describe("phiscrub CLI: formats", () => {
  it("--help documents flags and exit codes", () => {
    const out = cli(["--help"]);
    expect(out.code).toBe(0);
    for (const s of ["--on-error", "--workers", "--manifest", "--field", "Exit codes", "3  bad input"]) expect(out.stdout).toContain(s);
  });

  it("text from a file and from stdin equals redact() of the whole text", () => {
    const text = "Write to jane.doe@example.org 😀\nor é@x.io? no: b@c.de\n".repeat(50) + "last a@b.co";
    const p = file("note.txt", text);
    expect(cli([p]).stdout).toBe(r.redact(text).text);
    expect(cli([], text).stdout).toBe(r.redact(text).text);
    expect(cli(["-"], text).stdout).toBe(r.redact(text).text);
  });

  it("jsonl: selected and nested fields are redacted, everything else is kept byte for byte", () => {
    const lines = [
      `{"id": 1,  "text": "mail a@b.co", "n": 1.50, "u": "\\u00e9 x@y.org", "messages": [ ]}`,
      `{"id":2,"messages":[{"role":"user","content":"I am x@y.org"},{"role":"assistant","content":"hi"}],"text":"none here"}`,
      `{"id":3,"text":"J\\u00f6rg j@k.com\\n","messages":[]}`,
    ];
    const out = cli(["--field", "text", "--field", "messages.*.content", "--workers", "1", "--on-error", "skip"], lines.join("\n") + "\n");
    expect(out.code).toBe(0);
    const got = out.stdout.split("\n");
    expect(got).toHaveLength(4);
    expect(got[0]).toBe(`{"id": 1,  "text": "mail [EMAIL]", "n": 1.50, "u": "\\u00e9 x@y.org", "messages": [ ]}`);
    expect(got[1]).toBe(`{"id":2,"messages":[{"role":"user","content":"I am [EMAIL]"},{"role":"assistant","content":"hi"}],"text":"none here"}`);
    expect(JSON.parse(got[2]!)).toEqual({ id: 3, text: r.redact("Jörg j@k.com\n").text, messages: [] });
  });

  it("spans: findings with offsets into the field value, never the identifier", () => {
    const out = cli(["--format", "spans", "--field", "text"], `{"text":"é mail a@b.co"}\n{"text":"none"}\n`);
    expect(out.code).toBe(0);
    const spans = out.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(spans).toEqual([{ file: "<stdin>", line: 1, field: "text", start: 7, end: 13, type: "EMAIL", score: 0.95, reason: expect.any(String) }]);
    expect(out.stdout).not.toContain("a@b.co");
  });

  it("--operator applies per type; a bare --key is refused; --key-env must exist", () => {
    expect(cli(["--operator", "EMAIL=remove"], "to a@b.co.").stdout).toBe("to .");
    expect(cli(["--operator", "EMAIL=bogus"], "x").code).toBe(2);
    expect(cli(["--key", "s3cret"], "x").code).toBe(2);
    expect(cli(["--key-env", "PHISCRUB_TEST_NO_SUCH_VAR"], "x").code).toBe(2);
    expect(cli(["--key-env", "K"], "a@b.co", { K: "k" }).code).toBe(2); // INVALID_KEY: shorter than 16 bytes
    expect(cli(["--key-env", "K", "--operator", "EMAIL=hash"], "a@b.co", { K: "0123456789abcdef" }).stdout).toMatch(/^EMAIL_[0-9a-f]{16}$/);
    expect(cli(["--nope"]).code).toBe(2);
  });
});

/** A JSONL file of a few MB (several 1 MiB batches), with bad lines sprinkled in. */
function bigJsonl(bad: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < 30000; i++) {
    if (bad && i % 5000 === 4999) out.push(`{"text": "broken ${i} x${i}@y.org"`);
    else if (bad && i % 7000 === 6999) out.push(`{"other": "no text ${i}@y.org"}`);
    else out.push(JSON.stringify({ id: i, text: `Visit ${i}: mail p${i}@example.org or é${i}@ex.io 😀`, meta: { k: i } }));
  }
  return out.join("\n") + "\n";
}

describe("phiscrub CLI: workers", () => {
  it.each(["skip", "redact-raw", "fail"])("--workers 1, 2 and 3 give byte-identical output and exit codes (--on-error %s)", (policy) => {
    const p = file(`big-${policy}.jsonl`, bigJsonl(true));
    const runs = [1, 2, 3].map((w) => cli(["--field", "text", "--on-error", policy, "--workers", String(w), p]));
    // workers take batches only once ready, so on a small input the main thread may do them all: the same runs with
    // batches posted to the workers from the start (the test seam) make the workers redact, error lines included
    const manifests: string[] = [];
    for (const w of [2, 3]) {
      const m = join(dir, `big-${policy}-${w}.manifest.json`);
      manifests.push(m);
      runs.push(cli(["--field", "text", "--on-error", policy, "--workers", String(w), "--manifest", m, p], undefined, { PHISCRUB_TEST_POST_BEFORE_READY: "1" }));
    }
    expect(runs[0]!.raw.length).toBeGreaterThan(policy === "fail" ? 100_000 : 2_000_000);
    for (const run of runs.slice(1)) {
      expect(run.code).toBe(runs[0]!.code);
      expect(Buffer.compare(run.raw, runs[0]!.raw)).toBe(0);
      expect(run.stderr).toBe(runs[0]!.stderr);
    }
    expect(runs[0]!.code).toBe(policy === "fail" ? 3 : 0);
    expect(runs[0]!.stdout).not.toContain("@example.org");
    if (policy !== "fail") {
      for (const [i, m] of manifests.entries()) {
        const b = (JSON.parse(readFileSync(m, "utf8")) as { batches: { main: number; workers: number[] } }).batches;
        expect(b.workers).toHaveLength(i + 1);
        for (const n of b.workers) expect(n).toBeGreaterThan(0);
        expect(b.main + b.workers.reduce((a, n) => a + n, 0)).toBeGreaterThan(20);
      }
    }
  });

  it("output that outgrows its input, untouched lines and blank lines, over many batches, equal redact() per line", () => {
    // a 3-byte mask character per masked ASCII character: batches come out about twice their size (the output buffer grows)
    const mask = { kind: "mask", char: "€" } as const;
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) {
      if (i % 3 === 0) lines.push(JSON.stringify({ id: i, text: "nothing to see here é 😀" }));
      else if (i % 101 === 0) lines.push("");
      else lines.push(JSON.stringify({ id: i, text: `a${i}@example.org b${i}@example.org c${i}@example.org é` }));
    }
    const input = lines.join("\n"); // no final line break: the last line ends the input
    const p = file("grow.jsonl", input);
    const args = ["--field", "text", "--operator", `EMAIL=${JSON.stringify(mask)}`, p];
    const a = cli([...args, "--workers", "1"]);
    const b = cli([...args, "--workers", "2"]);
    const early = { PHISCRUB_TEST_POST_BEFORE_READY: "1" };
    expect(a.code).toBe(0);
    expect(a.raw.length).toBeGreaterThan(1.5 * Buffer.byteLength(input));
    expect(Buffer.compare(a.raw, b.raw)).toBe(0);
    expect(Buffer.compare(a.raw, cli([...args, "--workers", "2"], undefined, early).raw)).toBe(0);
    // --out (asynchronous file writes, where output buffers go back for reuse after each write) gives the same bytes
    for (const w of ["1", "2", "3"]) {
      const out = join(dir, `grow-${w}.out.jsonl`);
      expect(cli([...args, "--workers", w, "--out", out], undefined, early).code).toBe(0);
      expect(Buffer.compare(readFileSync(out), a.raw)).toBe(0);
    }
    const got = a.stdout.split("\n");
    expect(got).toHaveLength(lines.length);
    got.forEach((g, i) => {
      const line = lines[i]!;
      if (line === "" || line.includes("nothing")) expect(g).toBe(line);
      else {
        const o = JSON.parse(line) as { id: number; text: string };
        expect(JSON.parse(g)).toEqual({ id: o.id, text: r.redact(o.text, { operators: { EMAIL: mask } }).text });
      }
    });
  });
});

describe("phiscrub CLI: payload files (dist/words.bin, dist/cli-fallback.cjs)", () => {
  it("--engine js loads the wasm2js core from its file and gives the WASM engine's bytes, with workers too", () => {
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) lines.push(JSON.stringify({ id: i, text: `Dr. Jane Smith saw pt ${i} on 03/04/2021, call 617-555-${String(1000 + i)} or j${i}@example.org` }));
    const p = file("engines.jsonl", lines.join("\n") + "\n");
    const wasm = cli(["--field", "text", "--workers", "1", p]);
    expect(wasm.code).toBe(0);
    for (const w of ["1", "2"]) {
      const js = cli(["--field", "text", "--engine", "js", "--workers", w, p], undefined, { PHISCRUB_TEST_POST_BEFORE_READY: "1" });
      expect(js.code).toBe(0);
      expect(Buffer.compare(js.raw, wasm.raw)).toBe(0);
    }
  });

  it("a word table that is missing or not this build's fails the run before any output (exit 1, INVALID_AUTOMATON)", () => {
    const copy = mkdtempSync(join(dir, "dist-"));
    const dist = join(__dirname, "..", "dist");
    for (const f of ["cli.js", "cli-worker.js", "cli-fallback.cjs", "words.bin"]) writeFileSync(join(copy, f), readFileSync(join(dist, f)));
    writeFileSync(join(copy, "package.json"), `{"type":"module"}`);
    const run = () => {
      const r = spawnSync(process.execPath, [join(copy, "cli.js"), "--field", "text"], { input: `{"text":"mail a@b.co"}\n` });
      return { code: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
    };
    expect(run()).toMatchObject({ code: 0, stdout: `{"text":"mail [EMAIL]"}\n` });
    const words = readFileSync(join(copy, "words.bin"));
    const mid = words.length >> 1;
    words[mid] = words[mid]! ^ 1; // one bit of one slot: same size, magic and version
    writeFileSync(join(copy, "words.bin"), words);
    const bad = run();
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("INVALID_AUTOMATON");
    expect(bad.stderr).toContain("SHA-256");
    rmSync(join(copy, "words.bin"));
    const missing = run();
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/cannot read the word table .*ENOENT/);
  });
});

describe("phiscrub CLI: keyed operators and context", () => {
  it("--operator with a key file and --context-field: workers agree, originals never appear", () => {
    const key = file("key.txt", "a-secret-key-of-at-least-16-bytes\n");
    const lines: string[] = [];
    for (let i = 0; i < 4000; i++) {
      lines.push(JSON.stringify({ patient_id: `p${i % 13}`, text: `Dr. mail ${i % 50}x@example.org and Jane Doe about a${i}@b.co` }));
    }
    const deny = file("names.txt", "Jane Doe\n");
    const p = file("keyed.jsonl", lines.join("\n") + "\n");
    const args = ["--field", "text", "--context-field", "patient_id", "--key-file", key, "--deny", `NAME=${deny}`,
      "--operator", "EMAIL=surrogate", "--operator", 'NAME={"kind":"tag","indexed":true}'];
    const a = cli([...args, "--workers", "1", p]);
    const b = cli([...args, "--workers", "2", p]);
    const c = cli([...args, "--workers", "2", p], undefined, { PHISCRUB_TEST_POST_BEFORE_READY: "1" });
    expect(a.code).toBe(0);
    expect(Buffer.compare(a.raw, b.raw)).toBe(0);
    expect(Buffer.compare(a.raw, c.raw)).toBe(0);
    expect(a.stdout).not.toContain("@example.org");
    expect(a.stdout).not.toContain("Jane Doe");
    expect(a.stdout).toContain("[NAME_1]");
    expect(cli(["--field", "text", "--operator", "EMAIL=surrogate", p]).code).toBe(2); // MISSING_KEY: a usage error
  });
});

describe("phiscrub CLI: bad input fails closed", () => {
  const cases: { name: string; content: Uint8Array; code: string; line: number; offset: number; args?: string[] }[] = [
    { name: "malformed JSON", content: Buffer.from(`{"text":"ok"}\n{"text": "a@b.co" oops}\n`), code: "INVALID_JSON", line: 2, offset: 32 },
    { name: "missing field", content: Buffer.from(`{"text":"ok"}\n{"txt":"a@b.co"}\n`), code: "MISSING_FIELD", line: 2, offset: 14 },
    { name: "invalid UTF-8", content: Buffer.concat([Buffer.from(`{"text":"ok"}\n{"text":"a@b.co \u00e9`), Buffer.from([0xc3, 0x28]), Buffer.from(`"}\n`)]), code: "INVALID_UTF8", line: 2, offset: 32 },
    { name: "NUL / binary", content: Buffer.concat([Buffer.from(`{"text":"ok"}\nab`), Buffer.from([0, 1, 2, 0xff]), Buffer.from(`\n`)]), code: "BINARY_INPUT", line: 2, offset: 16 },
    { name: "NUL in a text file", content: Buffer.concat([Buffer.from(`line one a@b.co\nx`), Buffer.from([0, 0, 0])]), code: "BINARY_INPUT", line: 2, offset: 17, args: ["--format", "text"] },
    { name: "invalid UTF-8 in a text file", content: Buffer.concat([Buffer.from(`line one a@b.co\n\nxy`), Buffer.from([0xff])]), code: "INVALID_UTF8", line: 3, offset: 19, args: ["--format", "text"] },
  ];

  it.each(cases)("$name: --on-error fail exits 3 naming file, line and byte offset; --out is not created", (c) => {
    const p = file(`bad-${c.code}-${c.line}.in`, c.content);
    const out = join(dir, `out-${c.code}.txt`);
    const res = cli([...(c.args ?? ["--field", "text"]), "--out", out, p]);
    expect(res.code).toBe(3);
    expect(res.stderr).toContain(`${p}:${c.line}: byte offset ${c.offset}: ${c.code}`);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it.each(cases)("$name: --on-error skip drops the line, reports and counts it in the manifest", (c) => {
    const p = file(`bad-skip-${c.code}-${c.line}.in`, c.content);
    const manifest = join(dir, `m-${c.code}-${c.line}.json`);
    const res = cli([...(c.args ?? ["--field", "text"]), "--on-error", "skip", "--manifest", manifest, p]);
    expect(res.code).toBe(0);
    expect(res.stderr).toContain(`${p}:${c.line}: byte offset ${c.offset}: ${c.code}`);
    expect(res.stderr).toContain("1 line(s) skipped");
    const m = JSON.parse(readFileSync(manifest, "utf8")) as { skipped: number; errors: Record<string, number>; lines: number };
    expect(m.skipped).toBe(1);
    expect(m.errors[c.code]).toBe(1);
    expect(res.stdout).not.toContain("a@b.co");
  });

  it.each(cases)("$name: --on-error redact-raw emits a redacted stand-in, never the raw identifier", (c) => {
    const p = file(`bad-raw-${c.code}-${c.line}.in`, c.content);
    const res = cli([...(c.args ?? ["--field", "text"]), "--on-error", "redact-raw", p]);
    expect(res.code).toBe(0);
    expect(res.stdout).not.toContain("a@b.co");
    if (c.args === undefined) {
      const lines = res.stdout.trim().split("\n");
      expect(lines).toHaveLength(2);
      for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    }
  });

  it("an empty file is an error (exit 3) under fail, reported and counted under skip", () => {
    const p = file("empty.jsonl", "");
    const a = cli(["--field", "text", p]);
    expect(a.code).toBe(3);
    expect(a.stderr).toContain(`${p}: byte offset 0: EMPTY_INPUT`);
    const b = cli(["--field", "text", "--on-error", "skip", p]);
    expect(b.code).toBe(0);
    expect(b.stderr).toContain("EMPTY_INPUT");
  });

  it("a missing input file is an I/O error (exit 4)", () => {
    const res = cli([join(dir, "no-such-file.txt")]);
    expect(res.code).toBe(4);
    expect(res.stderr).toContain("ENOENT");
  });

  it("a 200 MB single line is refused without buffering it (LINE_TOO_LONG), or skipped", () => {
    const p = join(dir, "huge.jsonl");
    const fd = openSync(p, "w");
    writeSync(fd, `{"text":"ok a@b.co"}\n{"text":"`);
    const block = Buffer.alloc(1 << 20, 0x61);
    for (let i = 0; i < 200; i++) writeSync(fd, block);
    writeSync(fd, `"}\n{"text":"tail x@y.org"}\n`);
    closeSync(fd);
    const fail = cli(["--field", "text", "--workers", "1", p]);
    expect(fail.code).toBe(3);
    expect(fail.stderr).toContain(`${p}:2: byte offset 21: LINE_TOO_LONG`);
    const skip = cli(["--field", "text", "--on-error", "skip", "--workers", "1", p]);
    expect(skip.code).toBe(0);
    expect(skip.stdout).toBe(`{"text":"ok [EMAIL]"}\n{"text":"tail [EMAIL]"}\n`);
    const text = cli(["--format", "text", p]);
    expect(text.code).toBe(3);
    expect(text.stderr).toContain(`${p}:2: byte offset 21: LINE_TOO_LONG`);
    rmSync(p);
  });

  it("a closed stdout pipe stops the run with OUTPUT_CLOSED (exit 4)", async () => {
    const p = file("pipe.jsonl", bigJsonl(false));
    const child = spawn(process.execPath, [CLI, "--field", "text", "--workers", "2", p], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(4);
    expect(stderr).toContain("OUTPUT_CLOSED");
    expect(stderr).toContain(p);
  });

  it("SIGTERM during --out removes the temporary file and leaves no output (exit 143)", async () => {
    const sub = mkdtempSync(join(dir, "sig-"));
    const p = file("sig.jsonl", bigJsonl(false).repeat(4));
    const out = join(sub, "out.jsonl");
    const child = spawn(process.execPath, [CLI, "--field", "text", "--workers", "1", "--out", out, p], { stdio: "ignore" });
    for (let i = 0; i < 200 && readdirSync(sub).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(sub).length).toBe(1); // the temporary file exists while it runs
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(143);
    expect(readdirSync(sub)).toEqual([]);
  });

  it("--out is written through a temporary file and renamed on success", () => {
    const p = file("ok.jsonl", `{"text":"a@b.co"}\n`);
    const out = join(dir, "ok.out.jsonl");
    const res = cli(["--field", "text", "--out", out, "--manifest", join(dir, "ok.manifest.json"), p]);
    expect(res.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(`{"text":"[EMAIL]"}\n`);
    const m = JSON.parse(readFileSync(join(dir, "ok.manifest.json"), "utf8")) as Record<string, unknown>;
    expect(m).toMatchObject({ ok: true, exitCode: 0, lines: 1, findings: { EMAIL: 1 }, errors: {}, skipped: 0 });
    expect(JSON.stringify(m)).not.toContain("a@b.co");
  });
});
