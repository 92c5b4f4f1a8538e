// Why this file exists: the JSONL layer of the CLI in-process: field paths, byte-for-byte preservation, the strict JSON
// checker against JSON.parse, and the stateless operator fast path against redact().
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactorSync, PhiscrubError } from "../src/index.js";
import type { Operator, RedactOptions } from "../src/index.js";
import { JsonlRedactor, LineEdits, jsonError, unescapeJsonish, compilePaths, type JsonlOptions } from "../src/jsonl.js";
import { JsonlEngine, isStateless, replaceStateless, type CliConfig } from "../src/cli/engine.js";

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

describe("JsonlRedactor.lineBytes (the byte walker) against line()", () => {
  const decode = (b: Uint8Array, from: number, to: number, ascii: boolean): string =>
    Buffer.from(b.buffer, b.byteOffset, b.length).toString(ascii ? "latin1" : "utf8", from, to);

  /** What the engine tells lineBytes: no control character in the line but a final '\r'. */
  const clean = (b: Uint8Array, from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (b[k]! < 0x20 && !(b[k] === 0x0d && k === to - 1)) return false;
    return true;
  };

  /**
   * Runs one line both ways. When lineBytes() takes the line, line() must accept it too and the edited bytes must be
   * the bytes of line()'s output, with the same redactor calls (texts and contexts) in the same order; when it
   * declines, it must not have called the redactor (line() then decides everything, errors included).
   */
  function both(options: JsonlOptions, line: string): boolean {
    const calls: [string, string | undefined][][] = [[], []];
    const make = (k: number) => new JsonlRedactor((t, c) => (calls[k]!.push([t, c]), r.redact(t)), options);
    const bytes = Buffer.from(`${line}\n`); // a line break after the line, as in a batch
    const edits = new LineEdits();
    const took = make(0).lineBytes(bytes, 0, bytes.length - 1, decode, edits, clean(bytes, 0, bytes.length - 1));
    let want: string | undefined;
    let err: unknown;
    try {
      want = make(1).line(line);
    } catch (e) {
      err = e;
    }
    if (!took) {
      expect(calls[0]).toEqual([]);
      expect(edits.n).toBe(0);
      return false;
    }
    expect(err).toBeUndefined();
    const parts: Buffer[] = [];
    let last = 0;
    for (let k = 0; k < edits.n; k++) {
      parts.push(bytes.subarray(last, edits.from[k]), Buffer.from(edits.json[k]!));
      last = edits.to[k]!;
    }
    parts.push(bytes.subarray(last, bytes.length - 1));
    expect(Buffer.concat(parts).equals(Buffer.from(want!))).toBe(true);
    expect(calls[0]).toEqual(calls[1]);
    return true;
  }

  const optionSets: JsonlOptions[] = [
    { fields: ["text"] },
    { fields: ["text", "messages.*.content"], contextField: "id", plainReplacements: true },
    { fields: ["messages.1.content", "id"] },
    { fields: ["a.b", "a.*", "note"], contextField: "meta.pid" },
    { fields: ["*"], plainReplacements: true },
    { fields: ["é", "a.0"] },
  ];

  it.each([
    `{"text":"Jane Doe a@b.co","x":"Jane Doe"}`,
    `{"id":7,"text":"mail x@y.io","messages":[{"role":"u","content":"Jane Doe"},{"content":"José"}]}`,
    ` { "text" : "Jos\\u00e9 \\"q\\" x@y.io" , "z" : -1.5e+3 , "t": [true, false, null] }\r`,
    `{"a":{"b":"Jane Doe","c":{"d":["x@y.io",12]}},"meta":{"pid":"p1"},"note":null}`,
    `{"é":"Jane Doe 😀","a":["x@y.io"]}`,
    `{"text":5551234567}`,
    ``,
    `  `,
    `null`,
  ])("takes %s and matches line()", (line) => {
    let took = false;
    for (const o of optionSets) took = both(o, line) || took;
    expect(took).toBe(true);
  });

  it.each([
    [`{"te\\u0078t":"Jane Doe"}`, { fields: ["text"] }], // an escaped key on a selected path
    [`{"text":"a"`, { fields: ["text"] }],
    [`{"text":"a"} x`, { fields: ["text"] }],
    [`{"txt":"Jane Doe"}`, { fields: ["text"] }],
    [`{"text":"Jane Doe","id":{}}`, { fields: ["text"], contextField: "id" }],
    [`{"text":"a\tb"}`, { fields: ["text"] }], // a raw tab inside a string
    [`\uFEFF{"text":"a"}`, { fields: ["text"] }],
    [`${"[".repeat(200)}${"]".repeat(200)}`, { fields: ["text"] }],
  ])("declines %s (line() decides)", (line, o) => {
    expect(both(o as JsonlOptions, line)).toBe(false);
  });

  it("property: agrees with line() on generated lines and on mutations of them", () => {
    const str = fc.oneof(fc.constantFrom("Jane Doe", "x@y.io", "José é 😀", "", "a\"b\\c", "Jane Doe\u0001"), fc.string());
    const value = fc.oneof(str, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const obj = fc.record({
      id: fc.oneof(fc.integer(), str),
      text: fc.oneof(str, fc.integer(), fc.array(value, { maxLength: 3 }), fc.constant(null)),
      messages: fc.array(fc.record({ role: str, content: fc.oneof(str, fc.constant(null), fc.dictionary(str, value, { maxKeys: 2 })) }), { maxLength: 3 }),
      a: fc.oneof(fc.dictionary(fc.constantFrom("b", "c", "0"), value, { maxKeys: 3 }), fc.array(value, { maxLength: 2 })),
      meta: fc.record({ pid: fc.oneof(fc.integer(), str, fc.constant(null)) }),
      "é": fc.oneof(str, fc.constant(null)),
    }, { requiredKeys: [] });
    const line = fc.oneof(obj.map((o) => JSON.stringify(o)), obj.map((o) => JSON.stringify(o, null, 1).split("\n").join(" ")), fc.json({ maxDepth: 3 }));
    const insert = fc.constantFrom("", "x", "}", "]", "{", "[", ",", ":", '"', "\\", "\u0001", "\t", "\r", " ", "0", "-", "e", ".", "é", "\uFEFF", "n", "\\u00");
    let took = 0;
    let declined = 0;
    fc.assert(
      fc.property(line, fc.nat(), insert, fc.nat(3), fc.nat(optionSets.length - 1), (l, at, ch, how, k) => {
        const p = at % (l.length + 1);
        const m = how === 0 ? l : how === 1 ? l.slice(0, p) + l.slice(p + 1) : l.slice(0, p) + ch + l.slice(p);
        const wellFormed = Buffer.from(m).toString(); // a line the CLI sees is valid UTF-8
        if (both(optionSets[k]!, wellFormed)) took++;
        else declined++;
      }),
      { numRuns: 3000 },
    );
    // both ways were exercised
    expect(took).toBeGreaterThan(300);
    expect(declined).toBeGreaterThan(300);
  });
});

describe("JsonlRedactor.lineBytes over a batch of lines", () => {
  it("property: line by line through one buffer (backslashes found once per batch) it equals line() on each line", () => {
    const decode = (b: Uint8Array, from: number, to: number, ascii: boolean): string =>
      Buffer.from(b.buffer, b.byteOffset, b.length).toString(ascii ? "latin1" : "utf8", from, to);
    const long = fc.string({ minLength: 20, maxLength: 80 }).map((t) => `Jane Doe ${t} x@y.io`);
    const text = fc.oneof(long, long.map((t) => `${t}\\ "q" \n\t`), fc.constantFrom("José é 😀 and more text than a key has", "short"));
    const row = fc.record({ id: fc.integer(), text, other: fc.oneof(text, fc.constant(null)) });
    const lineOf = fc.tuple(row, fc.boolean(), fc.constantFrom("", "\r", "x", " ")).map(([o, spaced, tail]) =>
      (spaced ? JSON.stringify(o, null, 1).split("\n").join(" ") : JSON.stringify(o)) + tail);
    fc.assert(
      fc.property(fc.array(fc.array(lineOf, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 }), (batches) => {
       const o = { fields: ["text"], contextField: "id", plainReplacements: true };
       const fast = new JsonlRedactor((t) => r.redact(t), o);
       const slow = new JsonlRedactor((t) => r.redact(t), o);
       for (const lines of batches) { // one redactor meets several batches, as in the engine
        const bytes = Buffer.from(lines.join("\n"));
        let clean = true; // the engine's batch rule: no control byte but line breaks and a '\r' before one
        for (let k = 0; k < bytes.length; k++) {
          const c = bytes[k]!;
          if (c < 0x20 && c !== 0x0a && !(c === 0x0d && (k + 1 === bytes.length || bytes[k + 1] === 0x0a))) clean = false;
        }
        const edits = new LineEdits();
        let pos = 0;
        for (const l of lines) {
          const end = pos + Buffer.byteLength(l);
          let want: string | undefined;
          try {
            want = slow.line(l);
          } catch {
            want = undefined;
          }
          const took = fast.lineBytes(bytes, pos, end, decode, edits, clean);
          expect(took).toBe(want !== undefined); // these lines have nothing the byte walker leaves to line()
          if (took) {
            const parts: Buffer[] = [];
            let last = pos;
            for (let k = 0; k < edits.n; k++) {
              parts.push(bytes.subarray(last, edits.from[k]), Buffer.from(edits.json[k]!));
              last = edits.to[k]!;
            }
            parts.push(bytes.subarray(last, end));
            expect(Buffer.concat(parts).toString()).toBe(want);
          }
          pos = end + 1;
        }
       }
      }),
      { numRuns: 300 },
    );
  });
  it("starts over in a new batch (a backslash cursor left from the last one would hide an escape)", () => {
    const decode = (b: Uint8Array, from: number, to: number, ascii: boolean): string =>
      Buffer.from(b.buffer, b.byteOffset, b.length).toString(ascii ? "latin1" : "utf8", from, to);
    const j = new JsonlRedactor((t) => r.redact(t), { fields: ["text"], plainReplacements: true });
    const edits = new LineEdits();
    const first = Buffer.from(`{"id":1,"text":"${"a".repeat(40)}"}`);
    expect(j.lineBytes(first, 0, first.length, decode, edits, true)).toBe(true);
    const line = `{"id":1234567890,"text":"${"b".repeat(40)} \\" x@y.io"}`;
    const second = Buffer.from(line);
    expect(j.lineBytes(second, 0, second.length, decode, edits, true)).toBe(true);
    expect(edits.n).toBe(1);
    expect(edits.json[0]).toBe(JSON.stringify(JSON.parse(line).text.replace("x@y.io", "[EMAIL]")));
  });
});

describe("JsonlEngine batches (byte walker, control-character check, byte output)", () => {
  it("property: a batch's output is each line through line(), bad lines skipped, line endings kept (LF, CRLF, tabs)", () => {
    const cfg: CliConfig = {
      input: "jsonl", output: "redacted", fields: ["text", "messages.*.content"], onError: "skip", redactor: {}, redact: {},
      maxLineBytes: 1 << 20, maxBufferSize: 1 << 20,
    };
    const reference = new JsonlRedactor((t) => r.redact(t), { fields: cfg.fields, plainReplacements: true });
    const text = fc.oneof(
      fc.string({ maxLength: 60 }).map((t) => `Jane Doe ${t} x@y.io`),
      fc.constantFrom("José é 😀 x@y.io", "tab\tand\nnewline Jane Doe", "none", ""),
    );
    const row = fc.record({ id: fc.integer(), text, messages: fc.array(fc.record({ content: text }), { maxLength: 2 }) });
    // "x": a broken line; "raw": a raw tab inside a string (invalid JSON, which only a byte-by-byte check sees)
    const lineOf = fc.tuple(row, fc.constantFrom("", " ", "\t", "x", "raw"), fc.boolean()).map(([o, pad, cr]) => {
      const j = JSON.stringify(o);
      const l = pad === "x" ? j.slice(1) : pad === "raw" ? j.split("x@y.io").join("x@y.io\t") : `${pad}${j}${pad}`;
      return l + (cr ? "\r" : "");
    });
    fc.assert(
      fc.property(fc.array(lineOf, { minLength: 1, maxLength: 20 }), fc.boolean(), (lines, finalBreak) => {
        const engine = new JsonlEngine(cfg, r);
        const input = lines.join("\n") + (finalBreak ? "\n" : "");
        const out = engine.process({ file: "x", bytes: Buffer.from(input), firstLine: 1, firstOffset: 0 });
        const want: string[] = [];
        lines.forEach((l, i) => {
          let o: string | undefined;
          try {
            o = reference.line(l);
          } catch {
            o = undefined; // skipped, with its line break
          }
          if (o !== undefined) want.push(o + (i < lines.length - 1 || finalBreak ? "\n" : ""));
        });
        expect(Buffer.from(out.bytes!).toString()).toBe(want.join(""));
        expect(out.lines).toBe(lines.length);
      }),
      { numRuns: 200 },
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
