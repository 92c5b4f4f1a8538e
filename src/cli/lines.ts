// Why this file exists: cuts the CLI's input bytes into batches of whole lines (order, line numbers and byte offsets
// known up front) and turns a line longer than --max-line-bytes into one marker instead of unbounded memory.

import { Buffer } from "node:buffer";

export type Item =
  | { readonly kind: "lines"; readonly bytes: Buffer; readonly firstLine: number; readonly firstOffset: number; readonly lineCount: number }
  | { readonly kind: "toolong"; readonly line: number; readonly offset: number };

function newlines(b: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) n++;
  return n;
}

export class LineBatcher {
  private parts: Buffer[] = [];
  private partsLen = 0;
  /** Bytes of the unfinished last line held at the end of parts. */
  private lineLen = 0;
  /** Number of the first line in parts (1-based). */
  private line = 1;
  /** File offset of the first byte in parts (or of the next byte when parts is empty). */
  private offset = 0;
  /** Dropping the rest of a too-long line up to its newline. */
  private discarding = false;
  /** Bytes read so far. */
  total = 0;

  constructor(
    private readonly batchBytes: number,
    private readonly maxLineBytes: number,
  ) {}

  push(chunk: Buffer, out: Item[]): void {
    this.total += chunk.length;
    let pos = 0;
    let seg = 0; // chunk[seg, pos) holds complete lines not yet in parts
    while (pos < chunk.length) {
      if (this.discarding) {
        const nl = chunk.indexOf(0x0a, pos);
        if (nl < 0) {
          this.offset += chunk.length - pos;
          return;
        }
        this.offset += nl + 1 - pos;
        this.line++;
        this.discarding = false;
        pos = seg = nl + 1;
        continue;
      }
      const nl = chunk.indexOf(0x0a, pos);
      const end = nl < 0 ? chunk.length : nl;
      if (this.lineLen + (end - pos) > this.maxLineBytes) {
        const carried = this.lineLen; // bytes of this line that arrived in earlier chunks
        this.take(chunk, seg, pos);
        this.dropTail(carried);
        this.flush(out);
        out.push({ kind: "toolong", line: this.line, offset: this.offset });
        this.offset += carried;
        this.discarding = true;
        seg = pos;
        continue;
      }
      if (nl < 0) {
        this.lineLen += end - pos;
        pos = end;
        break;
      }
      this.lineLen = 0;
      pos = nl + 1;
      if (this.partsLen + (pos - seg) >= this.batchBytes) {
        this.take(chunk, seg, pos);
        seg = pos;
        this.flush(out);
      }
    }
    if (!this.discarding) this.take(chunk, seg, chunk.length);
  }

  private take(chunk: Buffer, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(chunk.subarray(from, to));
    this.partsLen += to - from;
  }

  private dropTail(n: number): void {
    if (n === 0) return;
    const all = Buffer.concat(this.parts, this.partsLen);
    this.parts = [all.subarray(0, all.length - n)];
    this.partsLen -= n;
    this.lineLen = 0;
  }

  /** Emits every complete line held (the unfinished tail stays). */
  private flush(out: Item[]): void {
    const n = this.partsLen - this.lineLen;
    if (n <= 0) return;
    const all = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.partsLen);
    const bytes = all.subarray(0, n);
    const lineCount = newlines(bytes) + (bytes[n - 1] === 0x0a ? 0 : 1);
    out.push({ kind: "lines", bytes, firstLine: this.line, firstOffset: this.offset, lineCount });
    this.line += lineCount;
    this.offset += n;
    this.parts = this.lineLen > 0 ? [all.subarray(n)] : [];
    this.partsLen = this.lineLen;
  }

  /** End of input: the last line may lack its newline. */
  end(out: Item[]): void {
    if (this.discarding) return;
    this.lineLen = 0;
    this.flush(out);
  }
}
