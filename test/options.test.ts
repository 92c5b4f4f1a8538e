// Why this file exists: invalid options and inputs raise the documented error codes, with messages that say what was
// expected and never echo the text.
import { describe, expect, it } from "vitest";
import { createRedactor, createRedactorSync, PhiscrubError, ENTITY_TYPES, type RedactorOptions } from "../src/index.js";

const cases: Array<[string, unknown, string]> = [
  ["options not an object", 42, "INVALID_OPTIONS"],
  ["unknown option", { colour: "red" }, "INVALID_OPTIONS"],
  ["entities not an array", { entities: "NAME" }, "INVALID_OPTIONS"],
  ["unknown entity", { entities: ["NAME", "PASSWORD"] }, "INVALID_ENTITY_TYPE"],
  ["deny not an array", { deny: { type: "NAME" } }, "INVALID_OPTIONS"],
  ["deny with unknown type", { deny: [{ type: "PERSON", terms: ["x"] }] }, "INVALID_ENTITY_TYPE"],
  ["deny terms not strings", { deny: [{ type: "NAME", terms: [1] }] }, "INVALID_OPTIONS"],
  ["deny empty term", { deny: [{ type: "NAME", terms: [""] }] }, "INVALID_PATTERN"],
  ["deny oversized term", { deny: [{ type: "NAME", terms: ["x".repeat(300)] }] }, "INVALID_PATTERN"],
  ["deny score out of range", { deny: [{ type: "NAME", terms: ["x"], score: 2 }] }, "INVALID_OPTIONS"],
  ["allow not strings", { allow: [null] }, "INVALID_OPTIONS"],
  ["threshold NaN", { threshold: Number.NaN }, "INVALID_OPTIONS"],
  ["threshold > 1", { threshold: 1.5 }, "INVALID_OPTIONS"],
  ["engine unknown", { engine: "gpu" }, "INVALID_OPTIONS"],
  ["maxInputLength zero", { maxInputLength: 0 }, "INVALID_OPTIONS"],
];

describe("invalid options", () => {
  for (const [name, options, code] of cases) {
    it(`${name} -> ${code} (sync and async builders)`, async () => {
      expect(() => createRedactorSync(options as RedactorOptions)).toThrowError(PhiscrubError);
      try {
        createRedactorSync(options as RedactorOptions);
      } catch (err) {
        expect((err as PhiscrubError).code).toBe(code);
        expect((err as PhiscrubError).message.startsWith(code)).toBe(true);
      }
      await expect(createRedactor(options as RedactorOptions)).rejects.toMatchObject({ code });
    });
  }
});

describe("invalid input", () => {
  const r = createRedactorSync({ maxInputLength: 10 });
  it("a non-string -> INVALID_INPUT", () => {
    expect(() => r.find(42 as unknown as string)).toThrowError(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
  it("too long -> INPUT_TOO_LARGE, without echoing the text", () => {
    const secret = "John Smith 123-45-6789";
    try {
      r.redact(secret);
      expect.unreachable();
    } catch (err) {
      expect((err as PhiscrubError).code).toBe("INPUT_TOO_LARGE");
      expect((err as Error).message).not.toContain("John");
    }
  });
  it("an unknown operator key -> INVALID_ENTITY_TYPE", () => {
    expect(() => r.redact("x", { operators: { PERSON: { kind: "tag" } } as never })).toThrowError(
      expect.objectContaining({ code: "INVALID_ENTITY_TYPE" }),
    );
  });
});

describe("allow list and entity selection", () => {
  it("allow-listed terms are never reported; disabled entities are not reported", () => {
    const r = createRedactorSync({
      entities: ENTITY_TYPES.filter((t) => t !== "EMAIL"),
      deny: [{ type: "NAME", terms: ["Grant", "Hope"] }],
      allow: ["HOPE"],
    });
    expect(r.find("Grant and Hope wrote to a@b.org").map((f) => f.text)).toEqual(["Grant"]);
  });
  it("the redactor is frozen", () => {
    const r = createRedactorSync();
    expect(Object.isFrozen(r)).toBe(true);
  });
});
