// Why this file exists: a small worker_threads pool for the CLI: jobs go to whichever worker is idle, results come back
// in submission order, and a bounded number in flight keeps memory flat however large the input.

import { Worker, type ResourceLimits } from "node:worker_threads";

interface Job<Req, Res> {
  readonly req: Req;
  readonly transfer: ArrayBuffer[];
  resolve(res: Res): void;
  reject(err: unknown): void;
}

export class OrderedPool<Req, Res> {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job<Req, Res>[] = [];
  private readonly running = new Map<Worker, Job<Req, Res>>();
  private failure: unknown;
  private closing = false;

  constructor(file: string | URL, size: number, workerData: unknown, resourceLimits?: ResourceLimits) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(file, { workerData, ...(resourceLimits !== undefined ? { resourceLimits } : {}) });
      w.on("message", (res: Res) => {
        const job = this.running.get(w);
        this.running.delete(w);
        this.idle.push(w);
        job?.resolve(res);
        this.pump();
      });
      w.on("error", (err) => this.fail(err));
      w.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a worker thread exited with code ${code}`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
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
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(w, job);
      w.postMessage(job.req, job.transfer);
    }
  }

  private fail(err: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = err;
    for (const job of this.running.values()) job.reject(err);
    for (const job of this.queue) job.reject(err);
    this.running.clear();
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
