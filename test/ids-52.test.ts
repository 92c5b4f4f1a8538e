// Why this file exists: table tests, with hard negatives, for stop 52's identifier round (id52): a cue word glued by
// '-' to its record's value is the value's letter prefix, found with it (gluedStart52 in assembly/scanners/id52.ts,
// called from dispatch.ts where idStart() left the cue out). Both engines, the three cases. Names and numbers are made
// up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const TYPES = ["ID", "MRN", "ACCOUNT", "HEALTH_PLAN", "DEVICE", "LICENSE", "VEHICLE", "PHONE", "DATE", "SSN"];

const GLUED_CUE: readonly TypedCase[] = [
  // the cue glued to the digits after a blank: an account's, a kit's, a form's, an authorisation's
  ...cases("Copay debited from account ACCT-52180-03. Next visit soon.", [["ACCT-52180-03", "ACCOUNT"]], []),
  ...cases("Saliva kit KIT-60291157; insurance billed.", [["KIT-60291157", "ID"]], []),
  ...cases("Chain of custody form CCF-5520931, MRO reviewed.", [["CCF-5520931", "ID"]], []),
  ...cases("Plan approved; auth AUTH-99-0612-3380 on file.", [["AUTH-99-0612-3380", "ID"]], []),
  ...cases("Registry check (IRIS ID ID-8805129). IGRA pending.", [["ID-8805129", "ID"]], []),
  // after '(' and before a code's letter group; a group of letters before the cue
  ...cases("Wildfire incident (ID-PAF-000912) closed.", [["ID-PAF-000912", "ID"]], []),
  ...cases("Billing account BH-ACCT-880231.\nNext line", [["BH-ACCT-880231", "ACCOUNT"]], []),
  ...cases("Requisition sent, kit inv-kit-33019284 mailed.", [["inv-kit-33019284", "ID"]], []),
  // hard negatives: the cue at the input's start keeps its digits alone; a label's ':' before the letters (a Spanish
  // record's kind, "CIPA: nhc-"); fewer than four digits; a dose, a lab value, a clock time, a phone number
  ...cases("MRN-7720415", [["7720415", "MRN"]], []),
  // a label's word of five letters or more glued to the digits stays out: "member-"
  ...cases("Reference plan member-5519027431 noted.", [["5519027431", "HEALTH_PLAN"]], []),
  ...cases("Form auth-12 signed today.", [], ["auth-12"]),
  ...cases("Kit-2 given, 40 mg twice daily.", [], ["Kit-2", "40"]),
  ...cases("Acct-level review: WBC 12.5, Hgb 9.8 at 14:30.", [], ["Acct-level", "12.5", "9.8", "14:30"]),
  ...cases("Account questions: call 614-555-0182 today.", [["614-555-0182", "PHONE"]], []),
];

runTypedTable("stop 52 (id52): a cue word glued by '-' to its value opens the value", TYPES, GLUED_CUE);
