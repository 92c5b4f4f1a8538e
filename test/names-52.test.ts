// Why this file exists: table tests, with hard negatives, for stop 52's name round (nm52), in mixed case, ALL CAPS and
// lower case: a signer's initials after a dash that follows a sentence's end and closes the line, where the older dash
// rules' lists or frames refuse them ("FAMILY NOTIFIED. -QZ", "—NC", "X230. - GFN", "— KX, ATC", signDash52()), and a
// staff member's initials after a staff verb's "by" that the older "by" rules' verbs or closes do not reach ("ASSISTED
// BY ZRK", "COLLECTED 03/14/2099 0210 BY QWT (PHLEB)", "BY XH AND QB.", byInitials52()), both in
// assembly/names/r52_nm52.ts. Hard negatives: answers and list items after a sentence's dash ("brown stool noted. -
// no", "will follow up. — OK", "meds. - DM", "- PT"), a unit after a number ("Weight 70. - kg"), services, tests and
// routes after "by" ("seen by GI", "evaluated by PT and OT", "by MRI and CT", "by IV (push)"). Both engines; initials
// invented.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const DASH: ReadonlyArray<TypedCase> = [
  ...casedRows("Family notified. -QZ\n", [["QZ", N]], ["Family", "notified"]),
  ...casedRows("Report called to charge RN. - VX\n", [["VX", N]], ["Report", "charge"]),
  ...casedRows("Next visit 4/7. - WZ, LCSW\n", [["WZ", N]], ["LCSW", "visit"]),
  ...casedRows("Form on file. — KX, ATC\n", [["KX", N]], ["ATC", "Form"]),
  // (letters a list reads as a state's code or a unit: after a sentence's dash, closing the line, they sign it)
  ...casedRows("Results faxed to the clinic. —NC\n", [["NC", N]], ["Results", "clinic"]),
  ...casedRows("Mailed the grief packet. —KG\n", [["KG", N]], ["Mailed", "packet"]),
  ...casedRows("Thank you for the card. — KY\n", [["KY", N]], ["Thank", "card"]),
  // (a dash glued to the initials opening the line after a sentence, no bullet on the next line)
  ...casedRows("Family meeting held.\n-ZQ\nFollow-up in 2 weeks.\n", [["ZQ", N]], ["Family", "Follow"]),
];

const DASH_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Brown stool noted. - no\n", [], ["Brown", "stool", "no"]),
  ...casedRows("Will follow up. — OK\n", [], ["follow", "OK"]),
  ...casedRows("Hope to see her soon. - SO\n", [], ["Hope", "SO"]),
  ...casedRows("Weight 70. - kg\n", [], ["Weight", "kg"]),
  ...casedRows("Plan: continue meds. - DM\n", [], ["Plan", "DM"]),
  ...casedRows("Dressing changed. - PT\n", [], ["Dressing", "PT"]),
  ...casedRows("Tolerated diet. - NPO\n", [], ["Tolerated", "NPO"]),
  ...casedRows("Ambulating. - RA\n", [], ["Ambulating", "RA"]),
  ...casedRows("Any questions? - NO\n", [], ["questions", "NO"]),
];

const BY: ReadonlyArray<TypedCase> = [
  ...casedRows("Closure assisted by ZRK\nNext line here.\n", [["ZRK", N]], ["Closure", "Next"]),
  ...casedRows("Uptake time 60 min. Injected by VJ.\n", [["VJ", N]], ["Uptake", "Injected"]),
  ...casedRows("Specimen collected 03/14/2099 0210 by QWT (phleb).\n", [["QWT", N]], ["Specimen", "phleb"]),
  ...casedRows("Assessment completed 03/16/2099 by XH and QB.\n", [["XH", N]], ["Assessment"]),
  ...casedRows("Log kept by TQ and Odalys Brennick, aide.\n", [["TQ", N], ["Odalys Brennick", N]], ["Log", "aide"]),
];

const BY_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Seen by GI and cardiology.\n", [], ["GI", "cardiology"]),
  ...casedRows("Evaluated by PT and OT.\n", [], ["PT", "OT"]),
  ...casedRows("Cleared by ENT (outpatient).\n", [], ["ENT", "outpatient"]),
  ...casedRows("Reviewed by MD and RN.\n", [], ["MD", "RN"]),
  ...casedRows("Assisted by PA (surgery).\n", [], ["PA", "surgery"]),
  ...casedRows("Dose changed by me.\n", [], ["Dose", "me"]),
  ...casedRows("Confirmed 3/14/99 by MRI and CT.\n", [], ["MRI", "CT"]),
  ...casedRows("Given 3/14 0800 by IV (push).\n", [], ["IV", "push"]),
  ...casedRows("Placed 3/14 by IR (fluoro).\n", [], ["IR", "fluoro"]),
  ...casedRows("Assessment completed 3/14 by SW and chaplain.\n", [], ["SW", "chaplain"]),
];

runTypedTable("stop 52 (nm52): a signer's initials after a sentence's dash, closing the line", [N], DASH);
runTypedTable("stop 52 (nm52): an answer, a list item or a unit after a sentence's dash is no signer", [N], DASH_NOT);
runTypedTable("stop 52 (nm52): initials after a staff verb's \"by\", a stamp between or a second person after", [N], BY);
runTypedTable("stop 52 (nm52): a service, a test or a route after \"by\" is no one's initials", [N], BY_NOT);
