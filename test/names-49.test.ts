// Why this file exists: table tests, with hard negatives, for stop 49's name round (nm49). A listed given name right
// after a role's or a relative's cue word, in ALL CAPS and lower case, with its surname, where a town's or a county's
// word among the two let the place rules take the surname ("INVESTIGATOR KEN PAYNE", "SUPT. WADE HOLLISTER", "HER SON
// GILBERT PARISH"), or an English given name was quiet in ALL CAPS ("PHARMACIST BILL OSTRANDER"), or the role word is
// one no cue list held ("PROSECTOR: DWAYNE HOOKS"). Hard negatives: a role word before a modal, a verb, a service or a
// possessive; a verb of speech before two words; an employer's firm. Both engines; names invented.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";
const L = "LOCATION";

const FOUND: ReadonlyArray<TypedCase> = [
  // a town's word as the surname, after a role word no cue list held before (mixed case: the capitals took it already)
  ...casedRows("Medical examiner investigator Ken Payne (case ME-99-0311) arrived.\n", [["Ken Payne", N]], ["arrived"]),
  // (mixed case is no part of this round: no rule reads a capitalised name after "Prosector:" yet)
  ...casedRowsEach("Prosector: Dwayne Hooks\nAuthorized by: next of kin.\n",
    [[], [["DWAYNE HOOKS", N]], [["dwayne hooks", N]]], ["Authorized"]),
  ...casedRows("Investigator Rhonda Mayfield called back today.\n", [["Rhonda Mayfield", N]], ["called"]),
  // after a rank's abbreviation and its period, a town's word as the surname
  ...casedRows("Supervisor: Supt. Wade Hollister\nMOI: struck on shoulder.\n", [["Wade Hollister", N]], ["Supervisor", "struck"]),
  // an English given name in ALL CAPS after a role's cue (quiet there before), a town as the surname
  ...casedRows("Pharmacist Bill Ostrander reviewed the list.\n", [["Bill Ostrander", N]], ["reviewed"]),
  // a county's word as the surname after a relative (mixed case: "Gilbert Parish" stays the county, as before)
  ...casedRowsEach("Her son Gilbert Parish lives in Portland.\n",
    [[["Gilbert Parish", L], ["Portland", L]], [["GILBERT PARISH", N], ["PORTLAND", L]], [["gilbert parish", N], ["portland", L]]],
    ["lives"]),
  // a surname after a two-word role, a phone after it
  ...casedRows("Nurse case manager Alondra Petty 804-555-0122 x 4415.\n", [["Alondra Petty", N]], ["manager"]),
  // (merge review) a third word closed by a comma and a credential: the credential's rule reads the name whole, the
  // pair (a town's word second, "Many") must not cut it
  ...casedRows("Ordering provider: Theresa Many Horses, MD\nLead, blood: 38 ug/dL (H).\n", [["Theresa Many Horses", N]], ["Lead"]),
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // a modal, a verb, a service, a possessive after the role word
  ...casedRows("The investigator will call the family.\n", [], ["investigator", "will", "call", "family"]),
  ...casedRows("Officer of the day notified.\n", [], ["Officer", "day"]),
  ...casedRows("Teacher reports she is tired in class.\n", [], ["Teacher", "reports", "tired"]),
  ...casedRows("Chaplain services offered to the family.\n", [], ["Chaplain", "services", "offered"]),
  ...casedRows("Neighbor's dog bit him on the leg.\n", [], ["Neighbor", "dog", "bit"]),
  ...casedRows("Nurse will call back tomorrow.\n", [], ["Nurse", "will", "call"]),
  // a verb of speech before two words; a prosector's report's words
  ...casedRows("Pt says other boys tease him.\n", [], ["says", "other", "boys"]),
  ...casedRows("Prosector: see gross description.\n", [], ["Prosector", "gross", "description"]),
];

runTypedTable("stop 49 (nm49): a listed given name and its surname after a role's or a relative's cue", [N, L], FOUND);
runTypedTable("stop 49 (nm49): hard negatives of the role-cue rule", [N], NEGATIVES);

// the rule's property: a listed given name and a surname a town's list holds too, after any of the role cues it reads,
// is one name in ALL CAPS and in lower case, on both engines
const ROLES = ["investigator", "prosector:", "pharmacist", "supervisor: supt.", "her son", "case manager", "interpreter"];
const GIVEN = ["ken", "wade", "bill", "dwayne", "rhonda", "gilbert", "grace"];
const SURNAMES = ["payne", "hollister", "ostrander", "mayfield", "parish", "mullins", "carr"];

describe("stop 49 (nm49): property, a given name and a town's word after a role's cue", () => {
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine });
    it(`${engine}: found whole in ALL CAPS and lower case`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...GIVEN), fc.constantFrom(...SURNAMES), fc.boolean(), (role, g, s, up) => {
          const c = (x: string) => (up ? x.toUpperCase() : x);
          const text = c(`${role} ${g} ${s} called back today.`);
          const name = c(`${g} ${s}`);
          return r.find(text).some((f) => f.type === N && f.text === name);
        }),
        { numRuns: 150 },
      );
    });
  }
});
