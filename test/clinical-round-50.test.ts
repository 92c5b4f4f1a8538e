// Why this file exists: table tests, with hard negatives, for clinical round 50 (stop 53, fx53), read from the blind
// fixture 47's misses (chronic disease and specialty clinics): a staff member's initials in the last column of a log's
// or a flowsheet's row that a number opens, after a column's blanks or a tab ("0800   96  104/58  22  94%   37.9   3/10
// KMO": rowInitials53 in assembly/names/r53_fx53.ts, called in detect.ts's laterRounds()). Mixed case, ALL CAPS and
// lower case; both engines. Names, initials and numbers are made up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const ROWS: readonly TypedCase[] = [
  // a vitals flowsheet's rows (a clock opens them), each closed by the nurse's initials
  ...cases("Vitals\n0800   96  104/58  22  94%   37.9   3/10  KMO\n1200   88  112/64  18  96%   37.4   2/10  KMO\n",
    [["KMO", "NAME"], ["KMO", "NAME"]], ["104/58", "37.9", "3/10"]),
  // an anticoagulation log's row (a date opens it)
  ...cases("INR log\n04/02/2099   2.1   35 mg   up to 37.5   04/09/2099   LMH\n", [["LMH", "NAME"]], ["2.1", "35 mg"]),
  // a treatment log's rows under a header (a treatment's number opens them)
  ...cases("TX  DATE        BG    TECH\n17  05/08/2099  188   CWS\n18  05/09/2099  142   AJT\n",
    [["CWS", "NAME"], ["AJT", "NAME"]], ["TECH", "188", "142"]),
  // a run sheet's rows, blanks or tabs between the cells; two letters
  ...cases("Run sheet\n0640   162/88   76   0.0    RB\n0710\t148/80\t74\t0.6\tJQT\n", [["RB", "NAME"], ["JQT", "NAME"]],
    ["162/88", "148/80"]),
  // a nursing note's timed line after its sentence
  ...cases("Nursing log\n0615  Zofran 4 mg IV given per order.  JLM\n", [["JLM", "NAME"]], ["Zofran", "IV"]),
  // hard negatives: a route, a frequency, a result, a problem's or a disposition's abbreviation closing a row; a row a
  // word opens (a table's row of numbers is what the rule reads)
  ...cases("Meds\n1. Lisinopril 10 mg   daily   PO\n2. Metformin 500 mg   bid   PRN\n", [], ["PO", "PRN", "Lisinopril"]),
  ...cases("Labs\n140   4.1   102   24   NEG\n7.40   40   88   ABN\n", [], ["NEG", "ABN"]),
  ...cases("Problems\n1.  Hypertension   HTN\n2.  Diabetes   DM\n", [], ["HTN", "DM"]),
  ...cases("ED log\n02825   67   N/V/D   4   0:25  OBS\n", [], ["OBS"]),
  ...cases("Row 5/12  2.4  OK\n", [], ["OK"]),
];

runTypedTable("clinical round 50 (fx53): a staff member's initials closing a log's row", ["NAME"], ROWS);
