// Why this file exists: table tests for stop 61's identifier round (ni61). First a CI defect property (5) of
// test/operators.protect.test.ts found once ({ seed: 1521155893, path: "186:0:3:3:3:3:14:16:25:22" }): a login-shaped
// record field ("NAME_1NAME", underscoreLogin45) found where it opens its token was left readable where a letter is
// glued before it ("aNAME_1NAME_", one token of mixed case, no login), so protect()'s text still held a finding's
// value. protect() now swaps every other occurrence of an identifier's value (sweepValues61, src/operators/protect.ts);
// the rows below are the counterexample, the variants /tmp/s61/cex.mjs showed and the sibling shapes a search over the
// property's alphabet found (a domain login "ab\NAME", lower-case runs "a1_date"), on both engines.
// Then identifiers after cues the round adds (src/builtins.ts): "Medical Records #" and "Records #" label a medical
// record number; "B&C #" and "SO#" a jail's number for its inmate; in three cases, with hard negatives.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";
import { PROTECT_DENY } from "./helpers/protect-terms.js";

const deny = PROTECT_DENY;
const engines = [createRedactorSync({ deny }), createRedactorSync({ deny, engine: "js" })];

/** [text, the identifier's value that must be swapped everywhere, how many places hold it]. */
const GLUED: ReadonlyArray<readonly [string, string, number]> = [
  // (the counterexample: the glued occurrence first)
  [" John Smith aNAME_1NAME_ John Smith NAME_1NAME_ ", "NAME_1NAME", 2],
  // (/tmp/s61/cex.mjs)
  [" John Smith 1NAME_NAME\\_ John Smith a1NAME_NAME_ ", "1NAME_NAME", 2],
  [" Ana 1NAME_NAME\\_ Ana a1NAME_NAME_ ", "1NAME_NAME", 2],
  [" Ana ]1NAME_NAME\\_ Ana a1NAME_NAME_ ", "1NAME_NAME", 2],
  // (siblings: a lower-case run glued after capitals or after a non-ASCII letter; a domain login after one)
  [" a1_date 2 John Smith NAME_a1_date 2 ", "a1_date", 2],
  [" b1_bdate 2 Ana éb1_bdate 2 ", "b1_bdate", 2],
  [" ab\\NAME_ John Smith éab\\NAME_ ", "ab\\NAME", 2],
  // (a record's number found after its cue, glued into a longer token elsewhere)
  ["MRN: 66402197. Ref 66402197-01 on file.", "66402197", 2],
];

describe("stop 61 ni61: protect() leaves no identifier's value readable (property 5's counterexample)", () => {
  it.each(GLUED)("%j", (text, value, places) => {
    for (const r of engines) {
      const p = r.protect(text);
      expect(p.restore(p.text)).toBe(text);
      for (const f of p.findings) expect(p.text).not.toContain(f.text);
      expect(p.text).not.toContain(value);
      expect(p.findings.filter((f) => f.text === value).length).toBe(places);
      // (one placeholder for the value everywhere)
      expect(new Set(p.findings.filter((f) => f.text === value).map((f) => f.replacement)).size).toBe(1);
    }
  });

  it("sweeps identifiers only: a name's value inside a longer word stays (\"Ana\" in \"Anatomy\")", () => {
    for (const r of engines) {
      const p = r.protect("Ana reviewed Anatomy notes; Analgesia given.");
      expect(p.text).toBe("[NAME_1] reviewed Anatomy notes; Analgesia given.");
      // find() is unchanged: the glued occurrence is protect()'s alone
      expect(r.find("MRN: 66402197. Ref 66402197-01 on file.").map((f) => f.text)).toEqual(["66402197"]);
      // (a value shorter than five characters is not swept)
      const q = r.protect("Room 4B. Bed 14B.");
      expect(q.restore(q.text)).toBe("Room 4B. Bed 14B.");
    }
  });
});

// ---- identifiers after their cue: the records office's number, a jail's book and case number, a sheriff's number ----
// (src/builtins.ts: "Medical Records #", "Records #" label a medical record number, typed MRN; "B&C #" and "SO#" label
// an inmate's number, typed ID; hard negatives: the words with no number, a count after them)
const CUED: ReadonlyArray<TypedCase> = [
  // (before the round: ID, untyped, from the rule after '#')
  ...casedRows("Outside records requested. Medical records # ADL-99-204718. Sending provider notified.\n", [["ADL-99-204718", "MRN"]], []),
  ...casedRows("Reviewed by Dana Lowry, MD. Records # STFRC-99-30471.\n", [["STFRC-99-30471", "MRN"]], ["MD"]),
  ...casedRows("Medical records no. 4471902 on file.\n", [["4471902", "MRN"]], []),
  // (before the round: a phone, then nothing)
  ...casedRows("NYSID 09447190K   B&C # 4412099018   Date: 10/13/2099\n", [["09447190K", "ID"], ["4412099018", "ID"]], []),
  ...casedRows("Transfer from county: so# 99-33418, pod 4 c-12.\n", [["99-33418", "ID"]], ["pod 4"]),
  // (hard negatives)
  ...casedRows("Medical records requested from the clinic; records # pending.\n", [], ["records # pending"]),
  ...casedRows("Old records #2 of 3 scanned.\n", [], ["#2 of 3"]),
  ...casedRows("B&C pending at intake. So # of visits unclear.\n", [], ["B&C pending", "So # of visits"]),
];
runTypedTable("stop 61 ni61: a records office's number and a jail's numbers after their cue", ["MRN", "ID", "PHONE"], CUED);
