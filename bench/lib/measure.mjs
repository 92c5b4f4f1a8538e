// Why this file exists: the benchmark.js wrapper used by every suite (sync and async operations, one op = one pass
// over a slice), percentiles for latency, and the machine description written with the results.
import os from "node:os";
import { execFileSync } from "node:child_process";
import Benchmark from "benchmark";

/** Timing settings shared by the suites (run.mjs sets them from --time). */
export const settings = { maxTime: 3, minSamples: 5 };

/**
 * Times `fn` with benchmark.js. `fn` performs one operation (for throughput suites: one pass over a slice) and returns
 * a count; the last count is returned with the statistics so that the caller can assert it.
 * @param {string} name
 * @param {() => (number | Promise<number>)} fn
 * @param {{async?: boolean, maxTime?: number, minSamples?: number}} [opts]
 * @returns {Promise<{name: string, hz: number, meanSeconds: number, rme: number, samples: number, lastCount: number, counts: Set<number>}>}
 */
export function measure(name, fn, opts = {}) {
  const counts = new Set();
  let lastCount = NaN;
  return new Promise((resolve, reject) => {
    const common = {
      maxTime: opts.maxTime ?? settings.maxTime,
      minSamples: opts.minSamples ?? settings.minSamples,
      onComplete() {
        if (bench.error) reject(bench.error);
        else {
          resolve({
            name,
            hz: bench.hz,
            meanSeconds: bench.stats.mean,
            rme: bench.stats.rme,
            samples: bench.stats.sample.length,
            lastCount,
            counts,
          });
        }
      },
      onError(e) {
        reject(e.target?.error ?? e);
      },
    };
    const bench = opts.async
      ? new Benchmark(name, {
          ...common,
          defer: true,
          fn(deferred) {
            Promise.resolve(fn()).then(
              (n) => {
                lastCount = n;
                counts.add(n);
                deferred.resolve();
              },
              (err) => {
                bench.error = err;
                bench.abort();
                deferred.resolve();
              },
            );
          },
        })
      : new Benchmark(name, () => {
          lastCount = fn();
          counts.add(lastCount);
        }, common);
    bench.run({ async: true });
  });
}

/** The q-quantile (0..1) of a sorted Float64Array, nearest rank. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

export function median(values) {
  const s = Float64Array.from(values).sort();
  return quantile(s, 0.5);
}

function git(args) {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/** CPU, cores, memory, Node, OS and the load average (the machine is shared: load says how noisy the run was). */
export function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    commit: git(["rev-parse", "--short", "HEAD"]),
    // uncommitted changes other than the bench's own outputs (README.md and bench/results/ are rewritten by the run)
    dirty: (git(["status", "--porcelain", "--untracked-files=no", "--", ".", ":!README.md", ":!bench/results"]) ?? "") !== "",
  };
}
