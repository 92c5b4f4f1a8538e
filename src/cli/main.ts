#!/usr/bin/env node
// Why this file exists: the `phiscrub` command: reads files or stdin, redacts text or JSONL on worker threads in
// order, writes stdout or --out (temp file + rename on success), reports counts, and fails closed with exit codes.

import { createReadStream, createWriteStream, promises as fsp, rmSync, type WriteStream } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { basename, dirname, join } from "node:path";
import { Buffer } from "node:buffer";
import type { Readable, Writable } from "node:stream";
import { PhiscrubError, type ErrorCode } from "../errors.js";
import { ENTITY_TYPES, type EntityType, type TermList } from "../types.js";
import { createRedactorSync } from "../builder.js";
import { EXIT, HELP, VERSION, parseArgs, termsOf, withTerms, type ParsedArgs } from "./args.js";
import { JsonlEngine, TextEngine, redactOptionsFor, type BatchOut, type CliConfig, type LineError } from "./engine.js";
import { LineBatcher, type Item } from "./lines.js";
import { OrderedPool, WorkerStartError } from "../workers/pool.js";
import type { WorkerInit, WorkerRequest, WorkerResponse } from "../workers/worker.js";
import { wasmModuleSync } from "../wasm/load.js";
import { builtinWordTable } from "../dictionaries/table.js";
import { loadWordTableFile } from "./payloads.js";

// Small batches keep memory flat (measured: 1 MiB batches cost ~50 MB more peak RSS than 128 KiB, for no speed)
const BATCH_BYTES = 128 * 1024;
const READ_CHUNK = 128 * 1024;
/**
 * Young-generation cap of each worker thread's heap (MB), chosen for the memory target (a 1 GB run under ~150 MB RSS
 * with two workers). Measured over 200 MB of JSONL: 8 saves ~20% of the workers' CPU (less garbage collection) but
 * adds ~10-60 MB of peak RSS.
 */
const WORKER_YOUNG_MB = 4;
/**
 * Batches queued on each worker thread before the main thread redacts one itself. The main thread also reads, splits
 * and writes, so with a short queue a worker ran dry while the main thread was busy: measured over 200 MB with
 * `--workers 2`, main/worker CPU was 1.21-1.26 with 2 queued and 1.02-1.04 with 4 (balanced), at the same peak RSS.
 */
const WORKER_QUEUE = 4;

class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    readonly code: ErrorCode | "INTERNAL",
    message: string,
  ) {
    super(message);
  }
}

interface FileStats {
  file: string;
  bytes: number;
  lines: number;
  findings: Record<string, number>;
  errors: Record<string, number>;
  skipped: number;
  redactedRaw: number;
}

function newStats(file: string): FileStats {
  return { file, bytes: 0, lines: 0, findings: {}, errors: {}, skipped: 0, redactedRaw: 0 };
}

function addCounts(st: FileStats, counts: readonly number[]): void {
  counts.forEach((n, i) => {
    if (n > 0) {
      const t = ENTITY_TYPES[i] as EntityType;
      st.findings[t] = (st.findings[t] ?? 0) + n;
    }
  });
}

/** Output with backpressure that surfaces EPIPE and write errors instead of hanging. */
class Output {
  bytes = 0;
  private error: NodeJS.ErrnoException | undefined;
  constructor(readonly stream: Writable) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      this.error ??= e;
    });
  }
  get failed(): NodeJS.ErrnoException | undefined {
    return this.error;
  }
  async write(s: string): Promise<void> {
    if (s.length === 0) return;
    await this.writeBytes(Buffer.from(s, "utf8"));
  }
  /** `written` is called once the stream no longer holds `b` (so its memory can be reused), never on an error. */
  async writeBytes(b: Uint8Array, written?: () => void): Promise<void> {
    if (b.length === 0) return;
    if (this.error !== undefined) throw this.error;
    this.bytes += b.length;
    const ok = written === undefined ? this.stream.write(b) : this.stream.write(b, (err) => {
      if (err === undefined || err === null) written();
    });
    if (!ok) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off("drain", done);
          this.stream.off("error", done);
          this.stream.off("close", done);
          resolve();
        };
        this.stream.on("drain", done);
        this.stream.on("error", done);
        this.stream.on("close", done);
      });
    }
    if (this.error !== undefined) throw this.error;
  }
  async end(): Promise<void> {
    if (this.error !== undefined) throw this.error;
    await new Promise<void>((resolve, reject) => {
      if (this.stream === process.stdout) {
        // never close fd 1; wait until what we wrote is flushed
        this.stream.write("", (err) => (err ? reject(err) : resolve()));
        return;
      }
      this.stream.end((err?: Error | null) => (err ? reject(err) : resolve()));
    });
    if (this.error !== undefined) throw this.error;
  }
}

class Progress {
  private timer: NodeJS.Timeout | undefined;
  private readonly t0 = Date.now();
  done = 0;
  constructor(private readonly total: number | undefined) {
    this.timer = setInterval(() => this.draw(), 200);
    this.timer.unref();
  }
  private draw(): void {
    const s = (Date.now() - this.t0) / 1000;
    const mb = this.done / 1e6;
    const rate = s > 0 ? mb / s : 0;
    let line = `phiscrub ${mb.toFixed(1)} MB`;
    if (this.total !== undefined && this.total > 0) {
      const pct = Math.min(100, (100 * this.done) / this.total);
      const eta = rate > 0 ? (this.total / 1e6 - mb) / rate : 0;
      const width = 24;
      const fill = Math.round((pct / 100) * width);
      line += ` / ${(this.total / 1e6).toFixed(1)} MB [${"#".repeat(fill)}${" ".repeat(width - fill)}] ${pct.toFixed(0)}% ETA ${eta.toFixed(0)}s`;
    }
    line += ` ${rate.toFixed(1)} MB/s`;
    process.stderr.write(`\r${line}\x1b[K`);
  }
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    process.stderr.write("\r\x1b[K");
  }
}

function errorLine(e: LineError): string {
  return `phiscrub: ${e.file}:${e.line}: byte offset ${e.offset}: ${e.code}: ${e.message} (${e.action})\n`;
}

async function readKey(args: ParsedArgs): Promise<string | undefined> {
  if (args.keyFile !== undefined) {
    let key: string;
    try {
      key = await fsp.readFile(args.keyFile, "utf8");
    } catch (e) {
      throw new CliFailure(EXIT.IO, "IO_ERROR", `cannot read --key-file ${args.keyFile}: ${(e as NodeJS.ErrnoException).code ?? e}`);
    }
    key = key.endsWith("\r\n") ? key.slice(0, -2) : key.endsWith("\n") ? key.slice(0, -1) : key;
    if (key.length === 0) throw new CliFailure(EXIT.USAGE, "USAGE", `expected a non-empty key in --key-file ${args.keyFile}`);
    return key;
  }
  const name = args.keyEnv ?? "PHISCRUB_KEY";
  const v = process.env[name];
  if (args.keyEnv !== undefined && (v === undefined || v.length === 0)) {
    throw new CliFailure(EXIT.USAGE, "USAGE", `expected environment variable ${name} (--key-env) to hold a key, got nothing`);
  }
  return v !== undefined && v.length > 0 ? v : undefined;
}

async function readTerms(file: string, flag: string): Promise<string[]> {
  try {
    return termsOf(await fsp.readFile(file, "utf8"));
  } catch (e) {
    throw new CliFailure(EXIT.IO, "IO_ERROR", `cannot read ${flag} file ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  await fsp.writeFile(tmp, text);
  await fsp.rename(tmp, file);
}

interface RunState {
  totals: FileStats;
  perFile: FileStats[];
  out: Output;
  progress: Progress | undefined;
  /** JSONL batches redacted by the main thread and by each worker thread (a complete run only). */
  batches?: { main: number; workers: number[] };
}

async function run(args: ParsedArgs, state: RunState): Promise<void> {
  const deny: TermList[] = [];
  for (const d of args.denyFiles) deny.push({ type: d.type, terms: await readTerms(d.file, "--deny") });
  const allow = args.allowFile !== undefined ? await readTerms(args.allowFile, "--allow") : undefined;
  const key = await readKey(args);
  const cfg: CliConfig = withTerms(args.config, deny, allow, key);

  // the word table from dist/words.bin (the CLI bundles do not inline it), checked, before anything else is built
  loadWordTableFile();
  const files = args.files.length > 0 ? args.files : ["-"];
  const cores = typeof availableParallelism === "function" ? availableParallelism() : cpus().length;
  const nWorkers = cfg.input === "jsonl" ? (args.workers ?? cores) : 1;
  let pool: OrderedPool<WorkerRequest, WorkerResponse> | undefined;
  if (nWorkers > 1) {
    // the workers start first, so that their start-up (loading the bundle, building the engine) runs while this thread
    // builds its own engine and reads; they share this thread's compiled WASM module (compiled here first, ~10 ms) and
    // its decoded word table (the worker bundle does not inline it: parsing it cost each worker ~75 ms of CPU)
    const wasmModule = cfg.redactor.engine !== "js" ? wasmModuleSync() : undefined;
    const table = builtinWordTable();
    const wordTable = new Uint8Array(new SharedArrayBuffer(table.length));
    wordTable.set(table);
    const init: WorkerInit = { cfg, wordTable, ...(wasmModule !== undefined ? { wasmModule } : {}) };
    pool = new OrderedPool(new URL("./cli-worker.js", import.meta.url), nWorkers - 1, init, {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      depth: WORKER_QUEUE,
      postBeforeReady: process.env.PHISCRUB_TEST_POST_BEFORE_READY === "1",
    });
  }
  try {
    let redactor;
    try {
      redactor = createRedactorSync(cfg.redactor);
      // validate operators and key once, before any input is read
      redactor.redact("", redactOptionsFor(cfg));
    } catch (e) {
      if (e instanceof PhiscrubError) throw new CliFailure(EXIT.USAGE, "USAGE", e.message);
      throw e;
    }
    // the main thread is one of the N: it redacts a batch itself whenever no worker thread is ready or has room (one
    // redactor and one V8 heap fewer than N worker threads: ~35 MB less memory, no idle main thread)
    const local = cfg.input === "jsonl" ? new JsonlEngine(cfg, redactor) : undefined;
    const text = cfg.input === "text" ? new TextEngine(cfg, redactor) : undefined;
    const eng: Engines = { pool, local, text, nWorkers, inputSpare: [], outputSpare: [], localBatches: 0 };
    for (const file of files) await runFile(file, cfg, state, eng);
    // a worker that failed to start after this thread did all the work still fails the run: something is wrong
    if (pool?.failed !== undefined) throw workerFailure(pool.failed);
    state.batches = { main: eng.localBatches, workers: pool?.answered ?? [] };
  } finally {
    await pool?.close();
  }
}

function workerFailure(err: unknown): CliFailure {
  if (err instanceof CliFailure) return err;
  if (err instanceof WorkerStartError) return new CliFailure(EXIT.INTERNAL, "INTERNAL", `a worker thread could not start: ${err.code}: ${err.message}`);
  return new CliFailure(EXIT.INTERNAL, "INTERNAL", `a worker thread failed: ${err instanceof Error ? err.message : String(err)}`);
}

interface Engines {
  pool: OrderedPool<WorkerRequest, WorkerResponse> | undefined;
  local: JsonlEngine | undefined;
  text: TextEngine | undefined;
  nWorkers: number;
  /**
   * Buffers moved back from the workers (their input copies) and output buffers already written out: reused for the
   * next batches, so the main thread does not allocate ~3 bytes per input byte that only a full garbage collection
   * would free (measured: that garbage was tens of MB of peak RSS on a 1 GB run).
   */
  inputSpare: ArrayBuffer[];
  outputSpare: ArrayBuffer[];
  /** Batches this thread redacted itself (the rest went to the workers). */
  localBatches: number;
}

const MAX_SPARE = 8;
/** Buffers of batches with very long lines are not kept: spares stay a few MB at most. */
const MAX_SPARE_BYTES = 8 * BATCH_BYTES;

function keepSpare(list: ArrayBuffer[], b: ArrayBuffer): void {
  if (list.length < MAX_SPARE && b.byteLength <= MAX_SPARE_BYTES) list.push(b);
}

async function runFile(file: string, cfg: CliConfig, state: RunState, eng: Engines): Promise<void> {
  const name = file === "-" ? "<stdin>" : file;
  const st = newStats(name);
  state.perFile.push(st);
  let input: Readable;
  if (file === "-") input = process.stdin;
  else {
    try {
      const s = await fsp.stat(file);
      if (s.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    } catch (e) {
      throw new CliFailure(EXIT.IO, "IO_ERROR", `cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? e}`);
    }
    input = createReadStream(file, { highWaterMark: READ_CHUNK });
  }
  eng.text?.startFile(name);
  const batcher = new LineBatcher(BATCH_BYTES, cfg.maxLineBytes);
  const inflight: Promise<BatchOut>[] = [];
  let nextId = 0;
  // batches submitted and not yet written: the workers' queues plus a few done on the main thread
  const limit = eng.pool === undefined ? 2 : eng.pool.size * (WORKER_QUEUE + 2) + 2;

  const submit = (item: Item): void => {
    if (item.kind === "toolong") {
      inflight.push(Promise.resolve(tooLong(item.line, item.offset, name, cfg)));
      return;
    }
    const req: WorkerRequest = { id: nextId++, file: name, bytes: item.bytes, firstLine: item.firstLine, firstOffset: item.firstOffset };
    if (eng.text !== undefined) inflight.push(Promise.resolve(eng.text.process(req)));
    else if (eng.pool === undefined || eng.pool.full) {
      const spare = eng.outputSpare.pop();
      if (spare !== undefined) eng.local!.recycle(spare);
      eng.localBatches++;
      inflight.push(Promise.resolve(eng.local!.process(req)));
    } else {
      // a copy in a buffer of its own, moved (not cloned) to the worker and moved back with the answer
      const n = item.bytes.length;
      let ab = eng.inputSpare.pop();
      if (ab === undefined || ab.byteLength < n) ab = Buffer.allocUnsafeSlow(Math.max(n, BATCH_BYTES * 2)).buffer as ArrayBuffer;
      const copy = new Uint8Array(ab, 0, n);
      copy.set(item.bytes);
      const spare = eng.outputSpare.splice(0, 2);
      const p = eng.pool.run({ ...req, bytes: copy, spare }, [ab, ...spare]).then((res) => {
        if (!res.ok) throw new CliFailure(res.code === "INTERNAL" ? EXIT.INTERNAL : EXIT.DATA, res.code as ErrorCode, res.message);
        keepSpare(eng.inputSpare, res.input);
        res.out.bytes = res.bytes;
        return res.out;
      }, (e: unknown) => {
        throw workerFailure(e);
      });
      p.catch(() => undefined); // abandoned after an earlier failure: the first failure is the one reported
      inflight.push(p);
    }
  };

  const drain = async (keep: number): Promise<void> => {
    while (inflight.length > keep) {
      const out = await inflight.shift()!;
      await consume(out, st, state, cfg, eng.local !== undefined ? eng.outputSpare : undefined);
    }
  };

  const items: Item[] = [];
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      st.bytes += chunk.length;
      batcher.push(chunk, items);
      for (const it of items) {
        submit(it);
        if (inflight.length >= limit) await drain(limit - 1);
      }
      items.length = 0;
      if (state.progress !== undefined) state.progress.done += chunk.length;
    }
  } catch (e) {
    if (e instanceof CliFailure || e instanceof PhiscrubError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (state.out.failed !== undefined) throw e;
    throw new CliFailure(EXIT.IO, "IO_ERROR", `cannot read ${name}: ${err.code ?? err.message}`);
  } finally {
    if (file !== "-") input.destroy();
  }
  batcher.end(items);
  for (const it of items) submit(it);
  await drain(0);
  if (eng.text !== undefined) {
    const rest = eng.text.finishFile();
    addCounts(st, rest.counts);
    addCounts(state.totals, rest.counts);
    await state.out.write(rest.text);
  }
  if (st.bytes === 0) {
    const e: LineError = {
      code: "EMPTY_INPUT", file: name, line: 0, offset: 0, message: "expected at least one byte, got an empty input",
      action: cfg.onError === "fail" ? "failed" : "skipped",
    };
    record(e, st, state, cfg.onError !== "fail");
    if (cfg.onError === "fail") throw new CliFailure(EXIT.DATA, "EMPTY_INPUT", `${name}: byte offset 0: EMPTY_INPUT: ${e.message}`);
  }
}

function tooLong(line: number, offset: number, file: string, cfg: CliConfig): BatchOut {
  const action = cfg.onError === "fail" ? "failed" : cfg.onError === "skip" ? "skipped" : "redacted-raw";
  const err: LineError = {
    code: "LINE_TOO_LONG", file, line, offset,
    message: `expected lines of at most ${cfg.maxLineBytes} bytes (--max-line-bytes), got a longer one; it was not buffered`,
    action,
  };
  // redact-raw cannot redact what it refused to hold: JSONL gets a marker line (line count kept), text nothing
  const text = action === "redacted-raw" && cfg.input === "jsonl" && cfg.output === "redacted"
    ? JSON.stringify({ phiscrub_error: "LINE_TOO_LONG", line, redacted_raw: null }) + "\n"
    : "";
  return { text, lines: 1, counts: [], errors: [err], failed: action === "failed" };
}

function record(e: LineError, st: FileStats, state: RunState, print = true): void {
  for (const s of [st, state.totals]) {
    s.errors[e.code] = (s.errors[e.code] ?? 0) + 1;
    if (e.action === "skipped") s.skipped++;
    if (e.action === "redacted-raw") s.redactedRaw++;
  }
  if (print) process.stderr.write(errorLine(e));
}

/** `spare`: where a JSONL engine's output buffer goes once written (JSONL output is always a buffer of its own). */
async function consume(out: BatchOut, st: FileStats, state: RunState, cfg: CliConfig, spare?: ArrayBuffer[]): Promise<void> {
  st.lines += out.lines;
  state.totals.lines += out.lines;
  addCounts(st, out.counts);
  addCounts(state.totals, out.counts);
  const b = out.bytes;
  if (b !== undefined) {
    const ab = b.buffer as ArrayBuffer;
    await state.out.writeBytes(b, spare === undefined ? undefined : () => keepSpare(spare, ab));
  }
  else await state.out.write(out.text);
  out.errors.forEach((e, i) => record(e, st, state, !(out.failed && i === out.errors.length - 1)));
  if (out.failed) {
    const e = out.errors[out.errors.length - 1]!;
    throw new CliFailure(EXIT.DATA, e.code, `${e.file}:${e.line}: byte offset ${e.offset}: ${e.code}: ${e.message}`);
  }
  void cfg;
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`phiscrub: ${(e as Error).message}\n`);
    return EXIT.USAGE;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return EXIT.OK;
  }
  if (args.version) {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.OK;
  }
  const t0 = Date.now();
  let tmp: string | undefined;
  let sink: Writable = process.stdout;
  if (args.out !== undefined) {
    const existing = await fsp.stat(args.out).catch(() => undefined);
    if (existing !== undefined && !existing.isFile()) {
      // a device or pipe (/dev/stdout, a FIFO): write to it directly, never rename over it
      sink = createWriteStream(args.out, { flags: "a" });
    } else {
      tmp = join(dirname(args.out), `.${basename(args.out)}.${process.pid}.${Date.now()}.tmp`);
      sink = createWriteStream(tmp, { flags: "wx" });
      // interrupted: remove the temporary file, exit like a shell does for the signal (130 / 143)
      const temp = tmp;
      for (const [sig, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
        process.once(sig, () => {
          try {
            rmSync(temp, { force: true });
          } finally {
            process.exit(code);
          }
        });
      }
    }
  }
  const out = new Output(sink);
  const showProgress = args.progress ?? process.stderr.isTTY === true;
  let total: number | undefined;
  if (showProgress && args.files.length > 0 && !args.files.includes("-")) {
    total = 0;
    for (const f of args.files) total += (await fsp.stat(f).catch(() => ({ size: 0 }))).size;
  }
  const state: RunState = {
    totals: newStats("*"), perFile: [], out, progress: showProgress ? new Progress(total) : undefined,
  };
  let code: number = EXIT.OK;
  let failure: CliFailure | undefined;
  try {
    await run(args, state);
    await out.end();
    if (tmp !== undefined) await fsp.rename(tmp, args.out!);
  } catch (e) {
    failure = toFailure(e, out, state);
    code = failure.exitCode;
    if (sink !== process.stdout) (sink as WriteStream).destroy();
    if (tmp !== undefined) await fsp.rm(tmp, { force: true });
  }
  state.progress?.stop();
  if (failure !== undefined) process.stderr.write(`phiscrub: ${failure.message}\n`);
  const t = state.totals;
  const summary = {
    phiscrub: VERSION,
    ok: failure === undefined,
    exitCode: code,
    ...(failure !== undefined ? { error: failure.code } : {}),
    format: args.config.output === "spans" ? "spans" : args.config.input,
    lines: t.lines,
    bytesIn: state.perFile.reduce((a, f) => a + f.bytes, 0),
    bytesOut: out.bytes,
    findings: t.findings,
    errors: t.errors,
    skipped: t.skipped,
    redactedRaw: t.redactedRaw,
    durationMs: Date.now() - t0,
    /** Peak resident memory of the whole process (all worker threads included). */
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    /** CPU time of the whole process (all threads): throughput per CPU-second does not depend on other load. */
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    /** JSONL batches (~128 KiB) redacted by the main thread and by each worker thread. */
    ...(state.batches !== undefined ? { batches: state.batches } : {}),
    inputs: state.perFile,
  };
  if (failure === undefined && (t.skipped > 0 || t.redactedRaw > 0)) {
    process.stderr.write(`phiscrub: ${t.skipped} line(s) skipped, ${t.redactedRaw} line(s) redacted raw (--on-error); see above\n`);
  }
  if (args.report) process.stderr.write(`${JSON.stringify({ lines: t.lines, findings: t.findings, errors: t.errors, skipped: t.skipped, redactedRaw: t.redactedRaw })}\n`);
  if (args.manifest !== undefined) {
    try {
      await writeAtomic(args.manifest, `${JSON.stringify(summary, null, 2)}\n`);
    } catch (e) {
      process.stderr.write(`phiscrub: cannot write --manifest ${args.manifest}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
      if (code === EXIT.OK) code = EXIT.IO;
    }
  }
  return code;
}

function toFailure(e: unknown, out: Output, state: RunState): CliFailure {
  if (e instanceof CliFailure) return e;
  const io = out.failed ?? (e as NodeJS.ErrnoException);
  if (io !== undefined && (io.code === "EPIPE" || io.code === "ERR_STREAM_DESTROYED")) {
    const f = state.perFile[state.perFile.length - 1];
    return new CliFailure(
      EXIT.IO, "OUTPUT_CLOSED",
      `OUTPUT_CLOSED: the reader closed the output while ${f?.file ?? "input"} was being written ` +
        `(after line ${f?.lines ?? 0}, input byte offset ${f?.bytes ?? 0}); output is incomplete`,
    );
  }
  if (out.failed !== undefined) {
    return new CliFailure(EXIT.IO, "IO_ERROR", `IO_ERROR: cannot write the output: ${out.failed.code ?? out.failed.message}`);
  }
  if (e instanceof PhiscrubError) {
    const data = ["BUFFER_LIMIT", "INVALID_UTF8", "BINARY_INPUT", "INVALID_JSON", "MISSING_FIELD", "LINE_TOO_LONG"].includes(e.code);
    return new CliFailure(data ? EXIT.DATA : EXIT.INTERNAL, e.code, e.message);
  }
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code === "string" && err.code.startsWith("E")) return new CliFailure(EXIT.IO, "IO_ERROR", `IO_ERROR: ${err.code}: ${err.message}`);
  return new CliFailure(EXIT.INTERNAL, "INTERNAL", `internal error: ${err?.stack ?? String(e)}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`phiscrub: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = EXIT.INTERNAL;
  },
);
