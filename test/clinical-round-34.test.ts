// Why this file exists: table tests, with hard negatives, for clinical round 34 (stop 43, fx43), read from the blind
// fixture 31's misses: a hospital named by common English words with its town right after it, as letterheads,
// registries and sign-off lines write it ("Checklist · Mission Hospital (Asheville, NC) · applicant", "COLLECTION SITE:
// MISSION HOSPITAL, ASHEVILLE"), and a person's initials in brackets right after the name they abbreviate, as a staff
// list or a log's key defines them ("EMBRYOLOGISTS: MEREDITH T. RUIZ (MTR), KWAME D. BOATENG (KDB)"). Mixed case, ALL
// CAPS and lower case; both engines. Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach as cases3, runTypedTable, type TypedCase } from "./helpers/place-table.js";

type Rows = ReadonlyArray<readonly [string, string]>;

// (LOCATION findings only: a town after a head with no name before it is read by the older rules, as a city in mixed
// case and ALL CAPS and as a name in lower case)
const TOWN_AFTER: readonly TypedCase[] = [
  // a comma or a bracket, then a town the place list knows (or a known pair, or any word before a state)
  ...cases3("Medical Staff Office · Mission Hospital (Asheville, NC) · applicant file", [
    [["Mission Hospital", "LOCATION"], ["Asheville, NC", "LOCATION"]],
    [["MISSION HOSPITAL", "LOCATION"], ["ASHEVILLE, NC", "LOCATION"]],
    [["mission hospital", "LOCATION"], ["asheville", "LOCATION"]],
  ], []),
  ...cases("Collection site: Mission Hospital, Asheville", [["Mission Hospital, Asheville", "LOCATION"]], []),
  ...cases("Genetics review · Suburban Hospital (Bethesda) · counselor", [["Suburban Hospital", "LOCATION"], ["Bethesda", "LOCATION"]], []),
  ...cases("Firearm report     Union Hospital, Terre Haute", [["Union Hospital, Terre Haute", "LOCATION"]], []),
  ...cases("Review · Mission Hospital (Brookmont, MD) · follow-up", [["Mission Hospital", "LOCATION"]], []),
  // hard negatives: words that say which kind of hospital (psychiatric, teaching, day, partial), no name before the
  // head, a person after the comma, a bracket of a person's name or of no known town, the town on the next line
  ...cases3("Seen in Psychiatric Hospital (Boston) last year", [[["Boston", "LOCATION"]], [["BOSTON", "LOCATION"]], []], ["Psychiatric"]),
  ...cases3("Teaching Hospital (Boston) staff", [[["Boston", "LOCATION"]], [["BOSTON", "LOCATION"]], []], ["Teaching"]),
  ...cases3("Day Hospital (Denver) program", [[["Denver", "LOCATION"]], [["DENVER", "LOCATION"]], []], ["Day Hospital"]),
  // (stop 58, pl58: the town after the facility head's comma, closing its field, is now found, townAfterPlace58p();
  // "Partial Hospital" itself stays unredacted)
  ...cases3("Admitted to Partial Hospital, Boston.", [[["Boston", "LOCATION"]], [["BOSTON", "LOCATION"]], [["boston", "LOCATION"]]],
    ["Partial Hospital"]),
  ...cases3("returned to Hospital (London) last week", [[["London", "LOCATION"]], [["LONDON", "LOCATION"]], []], ["Hospital"]),
  ...cases("Review · Mission Hospital, Lopez reports", [], ["Mission"]),
  ...cases("Review · Mission Hospital (Mary Jones) · follow-up", [], ["Mission"]),
  ...cases("Review · Mission Hospital (Brookmont) · follow-up", [], ["Mission", "Brookmont"]),
  ...cases("Review · Mission Hospital\nAsheville Pediatrics", [["Asheville Pediatrics", "LOCATION"]], ["Mission"]),
];

const BRACKET_INITIALS: readonly TypedCase[] = [
  ...cases("Embryologists: Meredith T. Ruiz (MTR), Kwame D. Boateng (KDB), Anna-Lena Weiss (ALW).", [
    ["Meredith T. Ruiz", "NAME"], ["MTR", "NAME"], ["Kwame D. Boateng", "NAME"], ["KDB", "NAME"], ["Anna-Lena Weiss", "NAME"],
    ["ALW", "NAME"],
  ], []),
  ...cases("specialist Ruben Whitlock (RW) · to committee", [["Ruben Whitlock", "NAME"], ["RW", "NAME"]], []),
  ...cases("Transcribed by Lorraine G. Whitlock (LGW) at 0900", [["Lorraine G. Whitlock", "NAME"], ["LGW", "NAME"]], []),
  // hard negatives: brackets of other letters or with more in them, a credential, a test's or a state's code, the
  // bracket after a credential rather than right after the name
  ...cases("Meredith Ruiz (KDB) noted", [["Meredith Ruiz", "NAME"]], ["KDB"]),
  ...cases("Patient Mary Roberts (MR 44718) was seen.", [["Mary Roberts", "NAME"]], ["MR 44718"]),
  ...cases("Seen by Carol Taylor (CT) today", [["Carol Taylor", "NAME"]], ["(CT)"]),
  ...cases("Dr. John Smith (HIV clinic) saw him.", [["John Smith", "NAME"]], ["HIV"]),
  ...cases("Meredith Ruiz, RN (MR) noted", [["Meredith Ruiz", "NAME"]], ["(MR)"]),
];

runTypedTable("clinical round 34 (fx43): a hospital of common words before its town", ["LOCATION"], TOWN_AFTER);
runTypedTable("clinical round 34 (fx43): a person's initials in brackets right after the name", ["NAME"], BRACKET_INITIALS);
