// Why this file exists: table tests, with hard negatives, for stop 50b's name round (nm50b). In ALL CAPS and lower
// case, a surname that is a rarer English word ("REDBIRD", "HUMMINGBIRD", "ANTELOPE", "KINGFISHER") after a given name
// a role's, a relative's or a title's cue opened is the person's, where the clause closes after it (a mark, a phone
// number, a finite verb, "in"/"at"): rareSurname50b() in assembly/names/r50_nm50b.ts. Hard negatives: a relative's
// state, a specialty, a contact's word, a patient's state after the name, and the brief's phrases with no name at all.
// Both engines; names invented.
import { caselessRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const FOUND: ReadonlyArray<TypedCase> = [
  ...caselessRows("RN coordinator Delpha Redbird 405-555-0199 ext 3312.\n", [["Delpha Redbird", N]], ["coordinator"]),
  ...caselessRows("Says he's from out of town, mom Loretta Redbird works at the casino.\n", [["Loretta Redbird", N]], ["mom", "works"]),
  ...caselessRows("Mother Alberta Hummingbird (enrolled member) signed.\n", [["Alberta Hummingbird", N]], ["Mother", "enrolled"]),
  ...caselessRows("Case manager: Brooke Antelope, RN. Plan reviewed with the team.\n", [["Brooke Antelope", N]], ["manager", "Plan"]),
  ...caselessRows("Social worker Brenna Kingfisher. Interpreter not needed.\n", [["Brenna Kingfisher", N]], ["worker", "Interpreter"]),
  ...caselessRows("Grandson Tyler Kingfisher, 15, drives her.\n", [["Tyler Kingfisher", N]], ["Grandson", "drives"]),
  // (a title's given name: ALL CAPS here; in lower case the rule reads a note the lower-case mode holds, as fixture 25's
  // and 31's lower-case copies, "treating physician: dr. yolanda redbird, pediatric neurology")
  ...caselessRows("Referred to Dr. Leah Bowstring, pediatric neurology.\n", [["Leah Bowstring", N]], ["Referred", "pediatric"]).slice(0, 1),
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // a relative's state or a patient's after the given name: the given name alone, as before
  ...caselessRows("Daughter Ann estranged.\n", [["Ann", N]], ["estranged"]),
  ...caselessRows("Husband Troy supportive.\n", [["Troy", N]], ["supportive"]),
  ...caselessRows("Uncle Alphonse schizophrenia.\n", [["Alphonse", N]], ["schizophrenia"]),
  ...caselessRows("Navigator Aisha pager 4471.\n", [["Aisha", N]], ["pager"]),
  // the brief's phrases: no name
  ...caselessRows("The neighbor helped her home.\n", [], ["neighbor", "helped"]),
  ...caselessRows("Sister unit called.\n", [], ["Sister", "unit"]),
  ...caselessRows("Nurse practitioner will call.\n", [], ["practitioner"]),
  ...caselessRows("Case manager will call back.\n", [], ["manager", "will"]),
  ...caselessRows("Grave concern for sepsis.\n", [], ["Grave", "concern"]),
  ...caselessRows("Take by mouth and rest.\n", [], ["mouth"]),
  ...caselessRows("Joy at the news was shared.\n", [], ["Joy"]),
];

runTypedTable("stop 50b (nm50b): a rarer English word as the surname after a cue's or a title's given name", [N], FOUND);
runTypedTable("stop 50b (nm50b): hard negatives", [N], NEGATIVES);
