// Why this file exists: a small worker_threads pool for the CLI: jobs go to whichever worker has room, results come
// back in submission order, and a bounded number in flight keeps memory flat however large the input.

import { Worker, type ResourceLimits } from "node:worker_threads";

interface Job<Req, Res> {
  readonly req: Req;
  readonly transfer: ArrayBuffer[];
  resolve(res: Res): void;
  reject(err: unknown): void;
}

export class OrderedPool<Req, Res> {
  private readonly workers: Worker[] = [];
  private readonly queue: Job<Req, Res>[] = [];
  /** Jobs posted to each worker, oldest first (a worker answers its messages in order). */
  private readonly posted = new Map<Worker, Job<Req, Res>[]>();
  private failure: unknown;
  private closing = false;
  private postedCount = 0;

  /**
   * `depth` jobs are posted to a worker at once, so that it starts the next one as soon as it answers, even while the
   * main thread is busy and has not yet seen the answer.
   */
  constructor(file: string | URL, size: number, workerData: unknown, resourceLimits?: ResourceLimits, private readonly depth = 2) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(file, { workerData, ...(resourceLimits !== undefined ? { resourceLimits } : {}) });
      const jobs: Job<Req, Res>[] = [];
      w.on("message", (res: Res) => {
        const job = jobs.shift();
        if (job !== undefined) this.postedCount--;
        job?.resolve(res);
        this.pump();
      });
      w.on("error", (err) => this.fail(err));
      w.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a worker thread exited with code ${code}`));
      });
      this.workers.push(w);
      this.posted.set(w, jobs);
    }
  }

  /** Workers in the pool. */
  get size(): number {
    return this.workers.length;
  }

  /** True when every worker has `depth` jobs posted: a new job would only wait in the queue. */
  get full(): boolean {
    return this.postedCount + this.queue.length >= this.workers.length * this.depth;
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
      // the worker with the fewest jobs posted
      let best: Job<Req, Res>[] | undefined;
      let bestWorker: Worker | undefined;
      for (const [w, jobs] of this.posted) {
        if (jobs.length < this.depth && (best === undefined || jobs.length < best.length)) {
          best = jobs;
          bestWorker = w;
        }
      }
      if (best === undefined || bestWorker === undefined) return;
      const job = this.queue.shift()!;
      best.push(job);
      this.postedCount++;
      bestWorker.postMessage(job.req, job.transfer);
    }
  }

  private fail(err: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = err;
    for (const jobs of this.posted.values()) {
      for (const job of jobs) job.reject(err);
      jobs.length = 0;
    }
    for (const job of this.queue) job.reject(err);
    this.postedCount = 0;
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
