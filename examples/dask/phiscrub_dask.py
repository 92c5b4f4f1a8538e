#!/usr/bin/env python3
"""Why this file exists: runs the `phiscrub` CLI over many JSONL shards on a Dask cluster (one task per shard) under the
shard contract of README "Scaling out", committing each output shard exactly once and gathering the manifests.

Usage:
  python3 phiscrub_dask.py --scheduler tcp://HOST:8786 --input 'data/*.jsonl' --out-dir clean/ [--report report.json]
  python3 phiscrub_dask.py --local 2 --input 'data/*.jsonl' --out-dir clean/      # a LocalCluster on this machine
  ... -- --field messages.*.content                                               # extra phiscrub arguments

Every worker must see the input files and --out-dir at the same paths (a shared file system) and must be able to run
the --phiscrub command. Exit codes: 0 success, 1 a shard failed, 2 bad arguments, 3 scheduler unreachable or no
workers (nothing written).
"""

from __future__ import annotations

import argparse
import ctypes
import filecmp
import glob
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import uuid

EXIT_SHARD_FAILED = 1
EXIT_USAGE = 2
EXIT_UNREACHABLE = 3
STAGING_PREFIX = ".phiscrub-staging-"
STDERR_TAIL = 2000
NOT_SUMMED = {"exitCode"}  # manifest numbers that are not counts
MAXED = {"maxRssBytes"}  # manifest numbers aggregated by maximum


class DriverError(Exception):
    """A failure the driver reports on one line, with its exit code."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def _die_with_parent() -> None:
    """Linux: the phiscrub child is killed when the worker that started it dies (no orphan keeps writing)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def run_shard(cmd: list[str], extra: list[str], shard: str, out_path: str, manifest_path: str, staging: str) -> dict:
    """One task: phiscrub writes into the staging directory, then the result is committed with an exclusive link.

    A retried or duplicated task either commits first or finds the output already committed (and checks it is
    byte-identical, which the determinism of phiscrub guarantees); a killed attempt leaves files only in staging.
    """
    name = os.path.basename(out_path)
    attempt = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
    # one marker per attempt: the driver counts them to report retries
    with open(os.path.join(staging, f"{name}.{attempt}.started"), "w", encoding="utf-8") as f:
        f.write(f"{os.uname().nodename} {os.getpid()}\n")
    tmp_out = os.path.join(staging, f"{name}.{attempt}.out")
    tmp_manifest = os.path.join(staging, f"{name}.{attempt}.manifest.json")
    argv = [*cmd, *extra, "--out", tmp_out, "--manifest", tmp_manifest, shard]
    started = time.monotonic()
    proc = subprocess.run(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_die_with_parent,
        check=False,
    )
    seconds = time.monotonic() - started
    if proc.returncode != 0:
        for p in (tmp_out, tmp_manifest):
            if os.path.exists(p):
                os.unlink(p)
        tail = proc.stderr.decode("utf-8", "replace")[-STDERR_TAIL:].strip()
        raise RuntimeError(f"phiscrub exited with code {proc.returncode} on shard {shard}: {tail}")
    with open(tmp_manifest, encoding="utf-8") as f:
        manifest = json.load(f)
    if not isinstance(manifest, dict):
        raise RuntimeError(f"phiscrub wrote a manifest that is not a JSON object for shard {shard}")
    # hard links are atomic and exclusive: at most one attempt ever commits each file. The manifest goes first, so
    # an existing output always has its manifest; one left by an attempt that died in between has the same counts.
    try:
        os.link(tmp_manifest, manifest_path)
    except FileExistsError:
        pass
    duplicate = False
    try:
        os.link(tmp_out, out_path)
    except FileExistsError:
        if not filecmp.cmp(tmp_out, out_path, shallow=False):
            raise RuntimeError(f"two attempts of shard {shard} produced different output (nondeterminism)")
        duplicate = True
    os.unlink(tmp_out)
    os.unlink(tmp_manifest)
    return {
        "shard": shard,
        "output": out_path,
        "manifest": manifest,
        "seconds": round(seconds, 3),
        "worker_pid": os.getpid(),
        "worker_host": os.uname().nodename,
        "duplicate_attempt": duplicate,
    }


def sum_counts(total: dict, add: dict) -> None:
    """Adds the numbers of a manifest into `total`, key by key, recursively (lines, findings per type, errors...);
    peaks such as maxRssBytes keep their maximum."""
    for key, value in add.items():
        if isinstance(value, bool) or key in NOT_SUMMED:
            continue
        if isinstance(value, (int, float)):
            total[key] = max(total.get(key, 0), value) if key in MAXED else total.get(key, 0) + value
        elif isinstance(value, dict):
            sub = total.setdefault(key, {})
            if isinstance(sub, dict):
                sum_counts(sub, value)


def parse_args(argv: list[str]) -> argparse.Namespace:
    extra: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1 :]
    ap = argparse.ArgumentParser(description="Run phiscrub over JSONL shards on a Dask cluster, one task per shard.")
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local", type=int, metavar="N", help="start a LocalCluster of N worker processes here")
    ap.add_argument("--input", required=True, help="glob of JSONL shards (quote it), e.g. 'data/*.jsonl'")
    ap.add_argument("--out-dir", required=True, help="directory for output shards and their manifests")
    ap.add_argument("--report", help="write the JSON report here (default: stdout)")
    ap.add_argument("--phiscrub", default="phiscrub", help="command that runs the CLI (default: phiscrub)")
    ap.add_argument("--format", default="jsonl", help="phiscrub --format (default: jsonl)")
    ap.add_argument("--field", default="text", help="phiscrub --field (default: text)")
    ap.add_argument("--threads", type=int, default=1, help="phiscrub --workers per task (default 1: Dask runs the tasks)")
    ap.add_argument("--connect-timeout", type=float, default=10.0, help="seconds to reach the scheduler (default 10)")
    ap.add_argument("--min-workers", type=int, default=1, help="workers to wait for before submitting (default 1)")
    ap.add_argument("--retries", type=int, default=1, help="extra attempts of a task that raised (default 1)")
    args = ap.parse_args(argv)
    args.extra = ["--format", args.format, "--field", args.field, "--workers", str(args.threads), *extra]
    return args


def plan(args: argparse.Namespace) -> list[tuple[str, str, str]]:
    """(shard, output, manifest) for every input; checks everything that can be checked before connecting."""
    shards = sorted(os.path.abspath(p) for p in glob.glob(args.input))
    if not shards:
        raise DriverError(f"no input file matches {args.input!r}", EXIT_USAGE)
    out_dir = os.path.abspath(args.out_dir)
    seen: dict[str, str] = {}
    jobs = []
    for shard in shards:
        name = os.path.basename(shard)
        if name in seen:
            raise DriverError(f"two input shards share the file name {name!r}: {seen[name]} and {shard}", EXIT_USAGE)
        seen[name] = shard
        out = os.path.join(out_dir, name)
        if os.path.abspath(out) == shard:
            raise DriverError(f"--out-dir would overwrite the input shard {shard}", EXIT_USAGE)
        jobs.append((shard, out, os.path.join(out_dir, name + ".manifest.json")))
    existing = [o for _, o, m in jobs for o in (o, m) if os.path.exists(o)]
    if existing:
        raise DriverError(f"refusing to overwrite {len(existing)} existing output file(s), e.g. {existing[0]}", EXIT_USAGE)
    return jobs


def connect(args: argparse.Namespace):
    """A connected Client (and the LocalCluster it owns, if any); raises DriverError before anything is written."""
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if args.local is not None:
            cluster = LocalCluster(
                n_workers=args.local, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
            )
            client = Client(cluster, timeout=args.connect_timeout)
        else:
            client = Client(args.scheduler, timeout=args.connect_timeout)
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {args.scheduler}" if args.scheduler else "a local Dask cluster"
        raise DriverError(
            f"cannot reach {where} within {args.connect_timeout:g}s ({type(err).__name__}: {err}); nothing was written",
            EXIT_UNREACHABLE,
        ) from None
    try:
        client.wait_for_workers(args.min_workers, timeout=args.connect_timeout)
    except (OSError, TimeoutError):
        n = len(client.scheduler_info().get("workers", {}))
        client.close()
        if cluster is not None:
            cluster.close()
        raise DriverError(
            f"the scheduler has {n} worker(s), expected at least {args.min_workers} within {args.connect_timeout:g}s;"
            " nothing was written",
            EXIT_UNREACHABLE,
        ) from None
    return client, cluster


def run(args: argparse.Namespace) -> dict:
    from distributed import as_completed

    jobs = plan(args)
    cmd = shlex.split(args.phiscrub)
    client, cluster = connect(args)
    try:
        workers = len(client.scheduler_info().get("workers", {}))
        run_id = uuid.uuid4().hex[:12]
        out_dir = os.path.abspath(args.out_dir)
        os.makedirs(out_dir, exist_ok=True)
        staging = os.path.join(out_dir, STAGING_PREFIX + run_id)
        os.mkdir(staging)
        started = time.monotonic()
        try:
            futures = [
                client.submit(
                    run_shard, cmd, args.extra, shard, out, manifest, staging,
                    key=f"phiscrub-{run_id}-{i:06d}", pure=False, retries=args.retries,
                )
                for i, (shard, out, manifest) in enumerate(jobs)
            ]
            results = []
            for fut in as_completed(futures):
                # result() waits for a shard whose result was lost with a killed worker: Dask computes it again (a
                # status test here failed such a run with "None", the shard being recomputed, not failed); a task that
                # raised after its retries raises here
                try:
                    results.append(fut.result())
                except Exception as err:  # noqa: BLE001 - any task failure ends the run with its message
                    client.cancel(futures)
                    raise DriverError(f"a shard failed after {args.retries} retries: {err}", EXIT_SHARD_FAILED) from err
            wall = time.monotonic() - started
            attempts: dict[str, int] = {}
            for marker in os.listdir(staging):
                if marker.endswith(".started"):
                    name = marker[: -len(".started")].rsplit(".", 1)[0]  # "<name>.<attempt>.started"
                    attempts[name] = attempts.get(name, 0) + 1
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    results.sort(key=lambda r: r["shard"])
    totals: dict = {}
    for r in results:
        r["attempts"] = attempts.get(os.path.basename(r["output"]), 1)
        sum_counts(totals, r["manifest"])
    return {
        "shards": len(results),
        "workers": workers,
        "wall_seconds": round(wall, 3),
        "totals": totals,
        "retried_shards": [r["shard"] for r in results if r["attempts"] > 1],
        "results": results,
    }


def write_report(report: dict, path: str | None) -> None:
    text = json.dumps(report, indent=2, sort_keys=True) + "\n"
    if path is None:
        sys.stdout.write(text)
        return
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        report = run(args)
    except DriverError as err:
        print(f"phiscrub-dask: error: {err}", file=sys.stderr)
        return err.code
    write_report(report, args.report)
    print(
        f"phiscrub-dask: {report['shards']} shard(s) on {report['workers']} worker(s) in {report['wall_seconds']}s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
