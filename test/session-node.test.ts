// Why this file exists: the Node Transform adapter ("phiscrub/node") keeps the streaming invariant and fails closed.
import { describe, expect, it } from "vitest";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createRedactorSync, RedactTransform } from "../src/node.js";

const r = createRedactorSync({ deny: [{ type: "NAME", terms: ["Jane Doe", "José Núñez"] }] });
const text = "Dear Jane Doe 😀, José Núñez wrote to jose@example.org.\n".repeat(200);

async function run(chunks: readonly (Buffer | string)[]): Promise<string> {
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(chunks, { objectMode: typeof chunks[0] === "string" }),
    new RedactTransform(r),
    new Writable({
      highWaterMark: 16, // tiny: exercises backpressure
      write(chunk: Buffer, _e, cb) {
        out.push(chunk);
        setImmediate(cb);
      },
    }),
  );
  return Buffer.concat(out).toString("utf8");
}

describe("RedactTransform (Node)", () => {
  it.each([1, 2, 3, 7, 4096])("Buffer chunks of %i bytes (splitting multi-byte characters) equal redact()", async (size) => {
    const bytes = Buffer.from(text, "utf8");
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    expect(await run(chunks)).toBe(r.redact(text).text);
  });

  it("string chunks equal redact()", async () => {
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += 5) chunks.push(text.slice(i, i + 5));
    expect(await run(chunks)).toBe(r.redact(text).text);
  });

  it("invalid UTF-8 fails the pipeline with INVALID_UTF8", async () => {
    await expect(run([Buffer.from("fine "), Buffer.from([0xc3, 0x28])])).rejects.toThrow(/INVALID_UTF8.*offset 5/);
  });
});
