// Why this file exists: a guard on the name pass's word-list mask table (assembly/names/detect.ts, listMasks()). Its
// masks are computed once per list and kept in a table of LIST_SLOTS slots keyed by the list's address; once the table is
// full, a list without a slot probes every slot and walks whole on every call (findings unchanged, the cost not): by stop
// 35 the detector's rounds had 265 lists in use in ALL CAPS text against 256 slots (docs/performance.md, "Stop 35"). This
// test counts the packed word lists the source can pass and keeps them under three quarters of the slots.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";

const src = readFileSync(new URL("../assembly/names/detect.ts", import.meta.url), "utf8");

describe("word-list mask table (stop 35)", () => {
  it("has room for every packed list of the detector, with a quarter of its slots free", () => {
    const slots = Number(/const LIST_SLOTS: u32 = (\d+);/.exec(src)?.[1]);
    const shift = Number(/const L_HASH_SHIFT: u32 = (\d+);/.exec(src)?.[1]);
    expect(slots).toBeGreaterThan(0);
    // the home slot is the top bits of a 32-bit product: one slot per value of those bits
    expect(2 ** (32 - shift)).toBe(slots);
    // every string literal that opens with a length character (a packed list, or one of a few other literals: an upper
    // bound on the lists in use)
    const lists = new Set(src.match(/"\\u00[0-9a-f]{2}[^"]*"/g) ?? []);
    expect(lists.size).toBeGreaterThan(100);
    expect(lists.size).toBeLessThan(slots * 0.75);
  });
});
