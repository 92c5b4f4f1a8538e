// Why this file exists: the JSONL layer of the CLI in-process: field paths, byte-for-byte preservation, the strict JSON
// checker against JSON.parse, and the stateless operator fast path against redact().
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactorSync, PhiscrubError } from "../src/index.js";
import type { Operator, RedactOptions } from "../src/index.js";
import { JsonlRedactor, jsonError, unescapeJsonish, compilePaths } from "../src/jsonl.js";
import { isStateless, replaceStateless } from "../src/cli/engine.js";

const r = createRedactorSync({ deny: [{ type: "NAME", terms: ["Jane Doe", "José"] }] });
const jr = (fields: string[], contextField?: string) =>
  new JsonlRedactor((t) => r.redact(t), { fields, ...(contextField !== undefined ? { contextField } : {}) });

describe("JsonlRedactor", () => {
  it.each([
    [["text"], `{"text":"Jane Doe a@b.co","x":"Jane Doe"}`, `{"text":"[NAME] [EMAIL]","x":"Jane Doe"}`],
    [["messages.*.content"], `{"messages":[{"content":"Jane Doe"},{"content":"ok","role":"Jane Doe"}]}`, `{"messages":[{"content":"[NAME]"},{"content":"ok","role":"Jane Doe"}]}`],
    [["messages.1.content"], `{"messages":[{"content":"Jane Doe"},{"content":"Jane Doe"}]}`, `{"messages":[{"content":"Jane Doe"},{"content":"[NAME]"}]}`],
    [["note"], `{"note":{"a":["Jane Doe",{"b":"x@y.io"}],"n":12}}`, `{"note":{"a":["[NAME]",{"b":"[EMAIL]"}],"n":12}}`],
    [["t"], `{"t":"Jos\\u00e9 \\"q\\" x@y.io"}`, `{"t":"[NAME] \\"q\\" [EMAIL]"}`],
    [["a.b"], ` { "a" : { "b" : "none" } , "z" : 1.0e3 } `, ` { "a" : { "b" : "none" } , "z" : 1.0e3 } `],
    [["text"], `{"text":null}`, `{"text":null}`],
    [["messages.*.content"], `{"messages":[]}`, `{"messages":[]}`],
    [["text"], ``, ``],
    [["text"], `   `, `   `],
  ])("%j: %s", (fields, line, want) => {
    expect(jr(fields).line(line)).toBe(want);
  });

  it.each([
    [["text"], `{"txt":"a"}`, "MISSING_FIELD", "text"],
    [["messages.*.content"], `{"messages":[{"role":"u"}]}`, "MISSING_FIELD", "messages.*.content"],
    [["a.b"], `{"a":"str"}`, "MISSING_FIELD", "a.b"],
    [["text"], `{"text":"a"`, "INVALID_JSON", undefined],
    [["text"], `{"text":"a"} x`, "INVALID_JSON", undefined],
  ])("%j on %s throws %s", (fields, line, code, field) => {
    let err: unknown;
    try {
      jr(fields).line(line);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PhiscrubError);
    expect((err as PhiscrubError).code).toBe(code);
    if (field !== undefined) expect((err as PhiscrubError).details.field).toBe(field);
    expect((err as PhiscrubError).message).not.toContain("str"); // never echoes input
  });

  it("reads the context field (string or number) and requires it", () => {
    const seen: (string | undefined)[] = [];
    const j = new JsonlRedactor((t, ctx) => (seen.push(ctx), r.redact(t)), { fields: ["text"], contextField: "meta.pid" });
    j.line(`{"meta":{"x":[1,{"pid":0}],"pid":"p-7"},"text":"a"}`);
    j.line(`{"meta":{"pid":42},"text":"a"}`);
    expect(seen).toEqual(["p-7", "42"]);
    expect(() => j.line(`{"meta":{},"text":"a"}`)).toThrow(/MISSING_FIELD/);
  });

  it("rejects bad paths", () => {
    expect(() => compilePaths([])).toThrow(/INVALID_OPTIONS/);
    expect(() => compilePaths(["a..b"])).toThrow(/INVALID_OPTIONS/);
  });

  it("property: selected strings become redact(value), everything else is unchanged; no finding = same bytes", () => {
    const value = fc.oneof(
      fc.constantFrom("Jane Doe", "x@y.io", "plain", "José é 😀", ""),
      fc.string(),
      fc.integer(),
      fc.constant(null),
    );
    const obj = fc.record({
      text: fc.oneof(fc.constantFrom("Jane Doe at a@b.co", "nothing", "Jos\u00e9"), fc.string()),
      messages: fc.array(fc.record({ role: fc.string(), content: fc.oneof(fc.string(), fc.constant("mail x@y.io")) }), { maxLength: 3 }),
      other: fc.dictionary(fc.string(), value, { maxKeys: 3 }),
    });
    const j = jr(["text", "messages.*.content"]);
    const plain = new JsonlRedactor((t) => r.redact(t), { fields: ["text", "messages.*.content"], plainReplacements: true });
    fc.assert(
      fc.property(obj, fc.boolean(), fc.boolean(), (o, pretty, usePlain) => {
        const line = pretty ? JSON.stringify(o, null, 1).split("\n").join(" ") : JSON.stringify(o);
        const out = (usePlain ? plain : j).line(line);
        const want = {
          ...o,
          text: r.redact(o.text).text,
          messages: o.messages.map((m) => ({ ...m, content: r.redact(m.content).text })),
        };
        expect(JSON.parse(out)).toEqual(want);
        const changed = r.find(o.text).length > 0 || o.messages.some((m) => r.find(m.content).length > 0);
        if (!changed) expect(out).toBe(line);
      }),
      { numRuns: 300 },
    );
  });
});

describe("jsonError (strict JSON check used to locate bad lines)", () => {
  it("property: agrees with JSON.parse on valid JSON and on mutations of it", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), fc.nat(), fc.constantFrom("", "x", "}", "]", ",", '"', "\\", "\u0001", " ", "0", "-", "e", "."), fc.boolean(), (json, at, ch, del) => {
        expect(jsonError(json)).toBe(-1);
        const p = at % (json.length + 1);
        const m = del ? json.slice(0, p) + json.slice(p + 1) : json.slice(0, p) + ch + json.slice(p);
        let ok = true;
        try {
          JSON.parse(m);
        } catch {
          ok = false;
        }
        expect(jsonError(m) === -1).toBe(ok);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    [`{"a":1,}`, 7], [`[1 2]`, 3], [`{"a" 1}`, 5], [`"\u0001"`, 1], [`01`, 1], [`{"a":tru}`, 5], [`"\\x"`, 2],
  ])("%s fails at %i", (s, at) => {
    expect(jsonError(s)).toBe(at);
  });

  it("rejects nesting deeper than the limit instead of overflowing", () => {
    expect(jsonError("[".repeat(600) + "]".repeat(600))).toBeGreaterThanOrEqual(0);
  });
});

describe("stateless operator fast path", () => {
  const kinds: Operator[] = [{ kind: "tag" }, { kind: "remove" }, { kind: "keep" }];
  it("equals redact().text for every combination of tag/remove/keep", () => {
    const text = "Jane Doe (a@b.co) met José at x@y.io 😀 Jane Doe";
    const found = r.find(text);
    expect(found.length).toBeGreaterThan(3);
    for (const d of kinds) for (const n of kinds) for (const e of kinds) {
      const o: RedactOptions = { defaultOperator: d, operators: { NAME: n, EMAIL: e } };
      expect(isStateless(o)).toBe(true);
      expect(replaceStateless(text, found, o)).toBe(r.redact(text, o).text);
    }
    expect(replaceStateless(text, found, {})).toBe(r.redact(text).text);
  });

  it("undoes JSON escapes for redact-raw", () => {
    expect(unescapeJsonish(`Jos\\u00e9 \\"x\\" a\\nb \\q`)).toBe(`José "x" a\nb \\q`);
  });
});
