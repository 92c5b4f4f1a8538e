// Why this file exists: table tests, with hard negatives, for stop 51b's identifier round (id51b): a record system's
// login after "by" or a user label whatever verb or system stands before them (loginBy51b in detect.ts, byte tests in
// assembly/names/r51_id51b.ts), and a code of letters, a hyphen and digits opening a row under a header whose first
// column names an identifier (lineCode51b in assembly/scanners/id51b.ts). Both engines, the three cases. Names and
// numbers are made up.
import { casedRows as cases, caselessRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const LOGIN_BY: readonly TypedCase[] = [
  // "by" after a word no verb list holds: an initial glued to a listed surname, the field closed after it
  ...cases("Immunization entered in MIIS by dmccarthy.", [["dmccarthy", "ID"]], []),
  ...cases("Board printed by mthibodeaux\nRoom list follows", [["mthibodeaux", "ID"]], []),
  ...cases("Duplicate given name; fixed by kdowning at the desk.", [["kdowning", "ID"]], []),
  ...cases("Weekly census, export by klindqvist\nBed list below", [["klindqvist", "ID"]], []),
  // letters and digits after "by"; a second part glued by '.'
  ...cases("Admission (Walker unit) by twolcott2.", [["twolcott2", "ID"]], []),
  ...cases("Chart closed by moyelaran.pmrc\nNo further notes", [["moyelaran.pmrc", "ID"]], []),
  // a user label with no colon, and "logged in as"
  ...cases("Workstation locked (user nadebayo)\nReset done", [["nadebayo", "ID"]], []),
  ...cases("Enrolled in the portal, user ygarzatrev, confirmation sent.", [["ygarzatrev", "ID"]], []),
  ...cases("Mom is proxy on the portal (username ksolberghayes) and calls often.", [["ksolberghayes", "ID"]], []),
  // ("logged in as" in ALL CAPS and lower case: in mixed case a small word after "as" does not reach the name pass's
  // rules, and stays unfound as at the base)
  ...caselessRows("Order set opened. Logged in as jkwasniewski.", [["jkwasniewski", "ID"]], []),
  // hard negatives: words, listed names, a name's next word, an address, a word with digits
  ...cases("Brought in by ambulance.", [], ["ambulance"]),
  ...cases("Take one tablet by mouth daily.", [], ["mouth"]),
  ...cases("Results given by phone at noon.", [], ["phone"]),
  ...cases("The portal is user friendly.", [], ["friendly"]),
  ...cases("Rounded by team2 today.", [], ["team2"]),
  ...cases("Plan reviewed by oakes today.", [], []),
  ...cases("Note written by rosa lee after the visit.", [], []),
  ...cases("Plan verified by rn2 and charted by nursing.", [], ["rn2", "nursing"]),
  ...cases("Cleared by ortho. Covered by medicaid.", [], ["ortho", "medicaid"]),
  // letters and digits after "by" that are no initial and a listed surname: a gene's, a virus's name
  ...cases("Confirmed by ADAMTS13 activity; caused by COVID19.", [], []),
];

const ROW_CODE: readonly TypedCase[] = [
  // a row's first field under "CONTACT ID": letters, a hyphen and digits
  ...cases("CONTACT ID     NAME                 AGE\nLBK-003-14     FRIESEN, HELENA      38\nLBK-003-15     FRIESEN, JACOB       6",
    [["LBK-003-14", "ID"], ["LBK-003-15", "ID"]], []),
  // hard negatives: the first column names a date (no identifier's column), five letters before the hyphen
  ...cases("DOSE DATE      NAME                 AGE\nMAR-003-14     FRIESEN, HELENA      38", [], ["MAR-003-14"]),
  ...cases("CONTACT ID     NAME                 AGE\nABCDE-003-14   FRIESEN, HELENA      38", [], ["ABCDE-003-14"]),
];

runTypedTable("stop 51b (id51b): a login after \"by\" or a user label", ["ID"], LOGIN_BY);
runTypedTable("stop 51b (id51b): a code opening a row under an identifier's first column", ["ID"], ROW_CODE);
