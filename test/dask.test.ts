// Why this file exists: runs examples/dask/phiscrub_dask.py on a real Dask cluster (a scheduler and two worker processes
// on 127.0.0.1) and checks the shard contract: byte-identical output, one commit per shard, retry after SIGKILL of a
// worker, a clear failure with nothing written when the scheduler is unreachable, and no stray processes.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PYTHON = process.env.PHISCRUB_PYTHON ?? "/usr/bin/python3";
const REQUIRED = process.env.PHISCRUB_REQUIRE_DASK === "1";
const DRIVER = fileURLToPath(new URL("../examples/dask/phiscrub_dask.py", import.meta.url));
const CLI = process.env.PHISCRUB_DASK_CLI ?? fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const PHISCRUB = `${process.execPath} ${CLI}`;
const SHARDS = 16;
const LINES = 400;

const probe = spawnSync(PYTHON, ["-c", "import distributed; print(distributed.__version__)"], { encoding: "utf8" });
const available = probe.status === 0;
const why = `Python with Dask distributed not usable at ${PYTHON} (${(probe.stderr || String(probe.error ?? "")).trim().split("\n").pop()}); ` +
  "install it with `apt-get install -y python3-distributed` or set PHISCRUB_PYTHON";
if (!available && !REQUIRED) console.warn(`[dask] SKIPPED: ${why}`);

describe.runIf(!available && REQUIRED)("Dask distributed (required by PHISCRUB_REQUIRE_DASK=1)", () => {
  it("is installed", () => {
    throw new Error(why);
  });
});

/** Deterministic pseudo-random generator (mulberry32), so the shards are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["patient", "seen", "today", "José", "Zoë", "😀", "née", "李雷", "follow-up", "\"quoted\"", "tab\there", "Dr.", "at"];
function shardText(i: number): string {
  const r = rng(1000 + i);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  let out = "";
  for (let n = 0; n < LINES; n++) {
    const words = Array.from({ length: 4 + Math.floor(r() * 12) }, () => pick(WORDS));
    if (r() < 0.6) words.splice(Math.floor(r() * words.length), 0, `${pick(["jane.doe", "bob", "p.k"])}${n}@${pick(["example.org", "mail.co"])}`);
    out += JSON.stringify({ id: `${i}-${n}`, text: words.join(" "), meta: { shard: i, n } }) + "\n";
  }
  return out;
}

/** Every process this file starts, each in its own process group so that cleanup also reaches its children. */
const started: ChildProcess[] = [];
function start(args: string[], log: string): ChildProcess {
  const fd = openSync(log, "a");
  const p = spawn(PYTHON, args, { detached: true, stdio: ["ignore", fd, fd] });
  closeSync(fd);
  started.push(p);
  return p;
}
function killGroup(p: ChildProcess): void {
  if (p.pid === undefined) return;
  try {
    process.kill(-p.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Pids of live (non-zombie) processes whose command line mentions `needle`. */
function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, "utf8");
      const state = readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1]?.[0];
      if (cmd.includes(needle) && state !== "Z") pids.push(Number(d));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}
function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const fields = readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[1]) === pid && fields[0] !== "Z") kids.push(Number(d));
    } catch {
      // exited meanwhile
    }
  }
  return kids;
}
function cmdline(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return [];
  }
}
function stamp(path: string): string {
  const st = statSync(path, { bigint: true });
  return `${st.ino}:${st.mtimeNs}:${st.ctimeNs}`;
}
function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));
async function waitFor<T>(what: string, ms: number, f: () => T | undefined): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(15);
  }
}

interface Report {
  shards: number;
  workers: number;
  wall_seconds: number;
  totals: Record<string, unknown>;
  retried_shards: string[];
  results: { shard: string; output: string; attempts: number; worker_pid: number; duplicate_attempt: boolean }[];
}

/** Runs the driver to completion; resolves with its exit code and stderr (also saved to `log`). */
function runDriver(args: string[], log: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(PYTHON, [DRIVER, ...args], { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    started.push(p);
    let stderr = "";
    p.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    p.on("close", (code) => {
      writeFileSync(log, stderr);
      resolve({ code, stderr });
    });
  });
}

describe.runIf(available)("Dask distributed: one phiscrub task per shard", () => {
  let dir = "";
  let expected: Buffer;
  let inputBytes = 0;
  let refManifest: { lines: number; bytesIn: number; bytesOut: number; findings: Record<string, number> };
  let address = "";
  const workers: ChildProcess[] = [];
  const wall: Record<number, number> = {};

  const outputsOf = (out: string) => Buffer.concat(
    Array.from({ length: SHARDS }, (_, i) => readFileSync(join(out, `shard-${String(i).padStart(2, "0")}.jsonl`))),
  );
  const driverArgs = (out: string, minWorkers: number) => [
    "--scheduler", address, "--input", join(dir, "in", "*.jsonl"), "--out-dir", out, "--report", join(dir, `${out.split("/").pop()}.report.json`),
    "--phiscrub", PHISCRUB, "--min-workers", String(minWorkers), "--connect-timeout", "30",
  ];
  const readReport = (out: string): Report => JSON.parse(readFileSync(join(dir, `${out.split("/").pop()}.report.json`), "utf8")) as Report;

  /** The output directory holds exactly one output and one manifest per shard: no temporary or staging file. */
  function expectOnlyCommittedFiles(out: string): void {
    const names = readdirSync(out).sort();
    const want = Array.from({ length: SHARDS }, (_, i) => `shard-${String(i).padStart(2, "0")}.jsonl`);
    expect(names).toEqual([...want, ...want.map((n) => `${n}.manifest.json`)].sort());
  }

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`the phiscrub CLI is missing at ${CLI}: run npm run build`);
    dir = mkdtempSync(join(tmpdir(), "phiscrub-dask-"));
    mkdirSync(join(dir, "in"));
    for (let i = 0; i < SHARDS; i++) writeFileSync(join(dir, "in", `shard-${String(i).padStart(2, "0")}.jsonl`), shardText(i));
    // the single-process reference run over the same data, in shard order
    const all = join(dir, "all.jsonl");
    const data = Array.from({ length: SHARDS }, (_, i) => shardText(i)).join("");
    inputBytes = Buffer.byteLength(data);
    writeFileSync(all, data);
    const ref = spawnSync(process.execPath, [CLI, "--format", "jsonl", "--field", "text", "--workers", "1", "--manifest", join(dir, "all.manifest.json"), all], { maxBuffer: 1 << 28 });
    if (ref.status !== 0) throw new Error(`single-process phiscrub failed: ${ref.stderr.toString()}`);
    expected = ref.stdout;
    expect(expected.toString("utf8").split("\n").length - 1).toBe(SHARDS * LINES);
    refManifest = JSON.parse(readFileSync(join(dir, "all.manifest.json"), "utf8")) as typeof refManifest;

    const schedFile = join(dir, "scheduler.json");
    start(["-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
      "--scheduler-file", schedFile], join(dir, "scheduler.log"));
    address = await waitFor("the scheduler file", 60_000, () => {
      try {
        return (JSON.parse(readFileSync(schedFile, "utf8")) as { address?: string }).address;
      } catch {
        return undefined;
      }
    });
    for (const name of ["worker-a", "worker-b"]) {
      workers.push(start(["-m", "distributed.cli.dask_worker", address, "--name", name, "--nthreads", "1", "--no-nanny",
        "--no-dashboard", "--host", "127.0.0.1", "--death-timeout", "60", "--local-directory", join(dir, name)],
      join(dir, `${name}.log`)));
    }
  });

  afterAll(async () => {
    for (const p of started) killGroup(p);
    if (dir) {
      // no process of this run may survive it (workers, scheduler, driver, phiscrub children)
      const stray = await waitFor("stray processes to exit", 10_000, () => {
        const left = processesMentioning(dir);
        return left.length === 0 ? left : undefined;
      }).catch(() => processesMentioning(dir));
      // PHISCRUB_KEEP_DASK_DIR=1 keeps the data and the scheduler, worker and driver logs for debugging
      if (process.env.PHISCRUB_KEEP_DASK_DIR === "1") console.log(`[dask] kept ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
      expect(stray, "stray processes after the Dask tests").toEqual([]);
    }
  });

  it("2 workers: combined output is byte-identical to one process; each shard committed exactly once", async () => {
    const out = join(dir, "out2");
    const { code, stderr } = await runDriver(driverArgs(out, 2), join(dir, "run2.log"));
    expect(code, stderr).toBe(0);
    wall[2] = readReport(out).wall_seconds;
    expect(outputsOf(out).equals(expected)).toBe(true);
    expectOnlyCommittedFiles(out);
    const report = readReport(out);
    expect(report.workers).toBe(2);
    expect(report.shards).toBe(SHARDS);
    expect(new Set(report.results.map((r) => r.output)).size).toBe(SHARDS);
    expect(report.results.every((r) => r.attempts === 1 && !r.duplicate_attempt)).toBe(true);
    expect(new Set(report.results.map((r) => r.worker_pid)).size).toBe(2); // both workers took part
    // the gathered manifests add up to the single-process run's manifest
    expect(report.totals).toMatchObject({
      lines: refManifest.lines, bytesIn: refManifest.bytesIn, bytesOut: refManifest.bytesOut, findings: refManifest.findings,
    });
    expect(refManifest.lines).toBe(SHARDS * LINES);
    expect(Object.values(refManifest.findings).reduce((a, b) => a + b, 0)).toBeGreaterThan(SHARDS * LINES / 2);
  }, 180_000);

  it("refuses to overwrite existing output shards (exit 2), before contacting the scheduler", async () => {
    const out = join(dir, "out2");
    const before = readdirSync(out).map((n) => stamp(join(out, n)));
    const args = driverArgs(out, 2);
    args[args.indexOf("--report") + 1] = join(dir, "again.report.json");
    const { code, stderr } = await runDriver(args, join(dir, "run-again.log"));
    expect(code).toBe(2);
    expect(stderr).toContain("refusing to overwrite");
    expect(readdirSync(out).map((n) => stamp(join(out, n)))).toEqual(before);
    expect(existsSync(join(dir, "again.report.json"))).toBe(false);
  }, 60_000);

  it("SIGKILL of a worker mid-task: its tasks are retried on the other worker, output still byte-identical", async () => {
    const out = join(dir, "out-kill");
    const victim = workers[0]!.pid!;
    let killedChildren: number[] = [];
    let killedShard = "";
    const before = new Map<string, string>(); // output -> inode and mtime when the worker was killed
    const manifestsBefore = new Map<string, string>();
    const run = runDriver(driverArgs(out, 2), join(dir, "run-kill.log"));
    // kill the worker while one of its phiscrub children is running and at least two shards are committed
    await waitFor("worker-a to be running a shard after two commits", 60_000, () => {
      const committed = existsSync(out) ? readdirSync(out).filter((n) => n.endsWith(".jsonl")).length : 0;
      if (committed < 2) return undefined;
      const kids = childrenOf(victim);
      // a phiscrub child that has exec'd: its last argument is the shard it is cleaning
      const argv = kids.map((k) => cmdline(k)).find((a) => a.includes(CLI) && a[a.length - 1]!.startsWith(join(dir, "in")));
      if (argv === undefined) return undefined;
      process.kill(victim, "SIGKILL");
      killedChildren = kids;
      killedShard = argv[argv.length - 1]!;
      for (const n of readdirSync(out)) {
        if (!n.endsWith(".jsonl")) continue;
        before.set(n, stamp(join(out, n)));
        manifestsBefore.set(n, stamp(join(out, `${n}.manifest.json`)));
      }
      return true;
    });
    const { code, stderr } = await run;
    expect(code, stderr).toBe(0);
    expect(outputsOf(out).equals(expected)).toBe(true);
    expectOnlyCommittedFiles(out);
    const report = readReport(out);
    // the shard interrupted by the kill was run again, and committed by the surviving worker
    const interrupted = report.results.find((r) => r.shard === killedShard);
    expect(interrupted, `report entry for ${killedShard}`).toBeDefined();
    expect(interrupted!.attempts).toBeGreaterThanOrEqual(2);
    expect(interrupted!.worker_pid).toBe(workers[1]!.pid);
    expect(report.retried_shards).toContain(killedShard);
    // (Dask also recomputes results that lived only in the killed worker's memory, hence possibly more than one)
    console.log(`[dask] SIGKILL of worker-a mid-shard: ${report.retried_shards.length} shard(s) started more than once`);
    // results held by the killed worker are recomputed by Dask; such a duplicate attempt finds its output committed,
    // checks it is byte-identical and leaves it alone: no output is ever written twice
    for (const [n, st] of before) {
      expect(stamp(join(out, n)), n).toBe(st);
      expect(stamp(join(out, `${n}.manifest.json`)), `${n}.manifest.json`).toBe(manifestsBefore.get(n));
    }
    // the killed worker's phiscrub child died with it (no orphan keeps writing)
    await waitFor("the killed worker's children to exit", 10_000, () => (killedChildren.some(alive) ? undefined : true));
    expect(alive(victim)).toBe(false);
  }, 180_000);

  it("1 worker (after the kill): same output; wall time vs 2 workers is reported (informative)", async () => {
    const out = join(dir, "out1");
    if (alive(workers[0]!.pid!)) {
      killGroup(workers[0]!); // the kill test did not get that far: make this run a 1-worker run anyway
      await sleep(1000);
    }
    const { code, stderr } = await runDriver(driverArgs(out, 1), join(dir, "run1.log"));
    expect(code, stderr).toBe(0);
    const report = readReport(out);
    expect(report.workers).toBe(1);
    expect(outputsOf(out).equals(expected)).toBe(true);
    expectOnlyCommittedFiles(out);
    wall[1] = report.wall_seconds;
    console.log(`[dask] ${SHARDS} shards x ${LINES} lines (${(inputBytes / 1e6).toFixed(2)} MB): 1 worker ${wall[1]}s, 2 workers ${wall[2]}s ` +
      "(informative only: 2 shared cores)");
  }, 180_000);

  it("scheduler unreachable: the driver fails with a clear error and writes nothing", async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, "127.0.0.1", () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => resolve(p));
      });
    });
    const out = join(dir, "out-unreachable");
    const args = driverArgs(out, 1);
    args[1] = `tcp://127.0.0.1:${port}`;
    args[args.indexOf("--connect-timeout") + 1] = "2";
    const { code, stderr } = await runDriver(args, join(dir, "run-unreachable.log"));
    expect(code).toBe(3);
    expect(stderr).toContain(`cannot reach the Dask scheduler at tcp://127.0.0.1:${port}`);
    expect(stderr).toContain("nothing was written");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, "out-unreachable.report.json"))).toBe(false);
  }, 60_000);

  it("a bad shard fails the run with phiscrub's error; no partial output of it, no staging left", async () => {
    const inBad = join(dir, "in-bad");
    mkdirSync(inBad);
    writeFileSync(join(inBad, "a.jsonl"), shardText(0));
    writeFileSync(join(inBad, "b.jsonl"), shardText(1) + "{not json\n");
    const out = join(dir, "out-bad");
    const args = driverArgs(out, 1);
    args[args.indexOf("--input") + 1] = join(inBad, "*.jsonl");
    const { code, stderr } = await runDriver([...args, "--retries", "0"], join(dir, "run-bad.log"));
    expect(code).toBe(1);
    expect(stderr).toContain("a shard failed");
    expect(stderr).toContain(`phiscrub exited with code 3 on shard ${join(inBad, "b.jsonl")}`);
    expect(stderr).not.toContain("{not json"); // the CLI names line and offset, never the content
    expect(existsSync(join(out, "b.jsonl"))).toBe(false);
    expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
  }, 60_000);
});
