// Why this file exists: a small worker_threads pool for the CLI: jobs go to whichever worker is ready and has room,
// results come back in submission order, and a bounded number in flight keeps memory flat however large the input.

import { Worker, type ResourceLimits } from "node:worker_threads";

interface Job<Req, Res> {
  readonly req: Req;
  readonly transfer: ArrayBuffer[];
  resolve(res: Res): void;
  reject(err: unknown): void;
}

/** The first message of a worker: its engine is built (or why it could not be). */
export type ReadyMessage = { readonly ready: true } | { readonly ready: false; readonly code: string; readonly message: string };

/** A worker that could not build its engine (the code and message it reported). */
export class WorkerStartError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface PoolOptions {
  readonly resourceLimits?: ResourceLimits;
  /** Jobs posted to one worker at once (default 2). */
  readonly depth?: number;
  /**
   * Post jobs to a worker before it has reported ready (they wait in its message queue). Default false: until a worker
   * is ready, `full` is true and the caller does the work itself, so a starting worker never holds up the output.
   */
  readonly postBeforeReady?: boolean;
}

interface Slot<Req, Res> {
  readonly worker: Worker;
  /** Jobs posted, oldest first (a worker answers its messages in order). */
  readonly jobs: Job<Req, Res>[];
  ready: boolean;
  /** Jobs this worker has answered. */
  done: number;
}

export class OrderedPool<Req, Res> {
  private readonly slots: Slot<Req, Res>[] = [];
  private readonly queue: Job<Req, Res>[] = [];
  private failure: unknown;
  private closing = false;
  /** Room for jobs (posted plus queued) on the workers that may be posted to now. */
  private room = 0;
  private readonly depth: number;
  private readonly early: boolean;

  /**
   * `depth` jobs are posted to a worker at once, so that it starts the next one as soon as it answers, even while the
   * main thread is busy and has not yet seen the answer. Each worker's first message must be a {@link ReadyMessage}.
   */
  constructor(file: string | URL, size: number, workerData: unknown, options: PoolOptions = {}) {
    this.depth = options.depth ?? 2;
    this.early = options.postBeforeReady === true;
    for (let i = 0; i < size; i++) {
      const w = new Worker(file, { workerData, ...(options.resourceLimits !== undefined ? { resourceLimits: options.resourceLimits } : {}) });
      const slot: Slot<Req, Res> = { worker: w, jobs: [], ready: false, done: 0 };
      if (this.early) this.room += this.depth;
      w.on("message", (msg: Res | ReadyMessage) => {
        if (!slot.ready) {
          const r = msg as ReadyMessage;
          if (r.ready !== true) {
            this.fail(new WorkerStartError(r.code, r.message));
            return;
          }
          slot.ready = true;
          if (!this.early) this.room += this.depth;
          this.pump();
          return;
        }
        const job = slot.jobs.shift();
        slot.done++;
        job?.resolve(msg as Res);
        this.pump();
      });
      w.on("error", (err) => this.fail(err));
      w.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a worker thread exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** Workers in the pool. */
  get size(): number {
    return this.slots.length;
  }

  /** Workers that have built their engine. */
  get readyCount(): number {
    return this.slots.reduce((n, s) => n + (s.ready ? 1 : 0), 0);
  }

  /** Jobs answered by each worker. */
  get answered(): number[] {
    return this.slots.map((s) => s.done);
  }

  /** The first failure of a worker (start-up, crash or exit), if any. */
  get failed(): unknown {
    return this.failure;
  }

  /** True when no worker can take a job now (none ready, or each has `depth` posted): a new job would only wait. */
  get full(): boolean {
    let posted = this.queue.length;
    for (const s of this.slots) posted += s.jobs.length;
    return posted >= this.room;
  }

  /** Runs `req` on some worker. Await the returned promises in submission order to keep output order. */
  run(req: Req, transfer: ArrayBuffer[] = []): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      if (this.failure !== undefined) {
        reject(this.failure);
        return;
      }
      this.queue.push({ req, transfer, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      // the worker with the fewest jobs posted, among those that may be posted to
      let best: Slot<Req, Res> | undefined;
      for (const s of this.slots) {
        if (!s.ready && !this.early) continue;
        if (s.jobs.length < this.depth && (best === undefined || s.jobs.length < best.jobs.length)) best = s;
      }
      if (best === undefined) return;
      const job = this.queue.shift()!;
      best.jobs.push(job);
      best.worker.postMessage(job.req, job.transfer);
    }
  }

  private fail(err: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = err;
    this.room = 0;
    for (const s of this.slots) {
      for (const job of s.jobs) job.reject(err);
      s.jobs.length = 0;
    }
    for (const job of this.queue) job.reject(err);
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
