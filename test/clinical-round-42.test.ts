// Why this file exists: table tests, with hard negatives, for clinical round 42 (stop 49, fx49), read from the blind
// fixture 39's misses (diagnostic services reports, whose cc and referral lines name practice groups): a practice
// group named by a word, a practice's adjective or a specialty, and a group's head ("Olentangy Pediatric Group",
// "Harbinger Vascular Surgeons", "Triangle Behavioral Associates"; practiceHead49 in orgRun31End's walk, the frames of
// round 31: a word of where, a clinician's comma or bracket, a heading's dash or the line's start); a staff member's
// initials in lower case after a date's or a clock's number and "by" ("at 0012 by hdk.", stampByLower49: byInitials()
// reads capitals only). Both engines, the three cases where claimed. Names, places and numbers are made up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const PRACTICE_GROUPS: readonly TypedCase[] = [
  // a practice's adjective before the group's head (the base walked past "Group", which alone heads no name)
  ...cases("PCP: Dr. Hadiza Bello, Olentangy Pediatric Group, fax 614-555-0190",
    [["Hadiza Bello", "NAME"], ["Olentangy Pediatric Group", "LOCATION"]], []),
  // an organ's or a practice's adjective before "Surgeons" (the base read the first words as a town)
  ...cases("Follow-up at Harbinger Vascular Surgeons in 2 weeks.", [["Harbinger Vascular Surgeons", "LOCATION"]], []),
  // (as before the round: an English first word before a practice's adjective, after a word of where, in mixed case)
  ["Outpatient psychiatrist at Triangle Behavioral Associates since 2097.", [["Triangle Behavioral Associates", "LOCATION"]], []],
  // (as before the round: a specialty and its group head after a word of where)
  ...cases("Records from Sable Creek Medical Partners reviewed.", [["Sable Creek Medical Partners", "LOCATION"]], []),
  // hard negatives: practitioners counted or qualified, a group's head with no naming word before its specialty
  ...cases("Reviewed by two vascular surgeons today.", [], ["two vascular surgeons"]),
  ...cases("Discussed at Vascular Surgeons conference.", [], ["Vascular Surgeons"]),
  ...cases("Referred to Radiology Associates for read.", [], ["Radiology Associates"]),
  ...cases("Seen at Pediatric Cardiology Associates.", [], ["Pediatric Cardiology Associates"]),
  ...cases("Per outside medical group records.", [], ["medical group"]),
];

const STAMP_BY_INITIALS: readonly TypedCase[] = [
  // lower-case text: a clock, a date, a date and a clock before "by" (ALL CAPS and mixed case held them at the base)
  ...cases("Critical value called to and read back by Peter Voss, RN, on 03/13/2099 at 0012 by HDK.\nOrdering physician",
    [["Peter Voss", "NAME"], ["03/13/2099", "DATE"], ["HDK", "NAME"]], []),
  ...cases("RESULT PRINTED 06/02/2099 BY KK\nCOPY TO CHART", [["06/02/2099", "DATE"], ["KK", "NAME"]], []),
  // mixed case with the initials in lower case
  ["Called to Dana Ruiz, RN at 21:05 9/9 by kpl.\n\nIdentification", [["Dana Ruiz", "NAME"], ["9/9", "DATE"], ["kpl", "NAME"]], []],
  // hard negatives: a route, a test, a service or a word after a number and "by"
  ...cases("Given 5 mg at 0900 by ng.", [], ["ng"]),
  // (mixed and lower case: in ALL CAPS "3/14 BY CXR" is byInitials()'s at the base, left as it was)
  ["Line position confirmed 3/14 by cxr.", [["3/14", "DATE"]], ["cxr"]],
  ["line position confirmed 3/14 by cxr.", [["3/14", "DATE"]], ["cxr"]],
  ...cases("Seen 3/14 by pt.", [["3/14", "DATE"]], ["pt"]),
  ...cases("Dose reduced 3/14 by half.", [["3/14", "DATE"]], ["half"]),
  ...cases("Given at 0900 by mom.", [], ["mom"]),
];

runTypedTable("clinical round 42 (fx49): a practice group named by a word, a practice's adjective and a group's head",
  ["NAME", "LOCATION", "ORGANIZATION"], PRACTICE_GROUPS);
runTypedTable("clinical round 42 (fx49): a staff member's initials in lower case after a stamp and \"by\"", ["NAME", "DATE"],
  STAMP_BY_INITIALS);
