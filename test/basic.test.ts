// Why this file exists: the acceptance lines of the foundation, end to end through the public API.
import { describe, expect, it } from "vitest";
import { createRedactor, createRedactorSync } from "../src/index.js";

describe("foundation acceptance", () => {
  it("finds an EMAIL after an emoji with UTF-16 offsets that slice exactly", async () => {
    const r = await createRedactor();
    const text = "😀 Contact jane.doe@example.org";
    const found = r.find(text);
    const email = found.find((f) => f.type === "EMAIL");
    expect(email).toBeDefined();
    expect(email!.text).toBe("jane.doe@example.org");
    expect(text.slice(email!.start, email!.end)).toBe(email!.text);
  });

  it("redacts with [TYPE] tags by default, from both engines", () => {
    for (const engine of ["wasm", "js"] as const) {
      const r = createRedactorSync({ engine, deny: [{ type: "NAME", terms: ["Jane Doe"] }] });
      expect(r.engine).toBe(engine);
      expect(r.redact("Jane Doe, jane@example.org.").text).toBe("[NAME], [EMAIL].");
    }
  });
});
