// Why this file exists: table tests, with hard negatives, for clinical round 40 (stop 48, fx48), read from the blind
// fixture 37's misses (notes written on the unit: nursing shift notes, social-work and case-management assessments,
// death notes, chaplain notes): a state's or a county's agency named by its remit's words alone, with no head before
// "of" ("ALASKA STATE MEDICAL EXAMINER", "Texas Vital Statistics", "El Paso County Adult Probation"); a signer's
// initials after a hyphen that follows the line's last sentence ("AWARE OF ALL. - BO"). Mixed case, ALL CAPS and lower
// case where the rule claims them; both engines. Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach as cases3, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const AGENCIES: readonly TypedCase[] = [
  // after a state, "State" first or not
  ...cases("Reported to the Alaska State Medical Examiner today.", [["Alaska State Medical Examiner", "LOCATION"]], []),
  ...cases("Reported to the Nevada Medical Examiner today.", [["Nevada Medical Examiner", "LOCATION"]], []),
  ...cases("Birth certificate requested from Texas Vital Statistics.", [["Texas Vital Statistics", "LOCATION"]], []),
  ...cases("Copy ordered from Oregon Vital Records by mail.", [["Oregon Vital Records", "LOCATION"]], []),
  ...cases("Report made to Maine Child Protective Services at noon.", [["Maine Child Protective Services", "LOCATION"]], []),
  // after a county (in capitals and mixed case: lower case leaves the county alone, an older rule's)
  ...cases3("Supervised by El Paso County Adult Probation now.", [
    [["El Paso County Adult Probation", "LOCATION"]],
    [["EL PASO COUNTY ADULT PROBATION", "LOCATION"]],
    [["el paso county", "LOCATION"]],
  ], []),
  // hard negatives: records that are no agency's ("medical records"), a sentence between the state and the words, a
  // state before a hospital's unit, one remit's word alone
  ...cases3("Outside Texas medical records reviewed.", [[["Texas", "LOCATION"]], [["TEXAS", "LOCATION"]], []], ["medical records"]),
  ...cases("Moved from Ohio. Medical examiner was notified.", [["Ohio", "LOCATION"]], ["Medical examiner"]),
  ...cases("Lives in Iowa; protective services declined.", [["Iowa", "LOCATION"]], ["protective services"]),
];

const SIGN_OFF: readonly TypedCase[] = [
  // a hyphen after the line's last sentence, the initials closing the line
  ...cases("Aware of all changes. - BO\nPlan: callout to 6 North.", [["BO", "NAME"]], ["Plan"]),
  ...cases("Police liaison says no charges pending. - CN\n", [["CN", "NAME"]], []),
  ...cases("Home meds list reviewed with pharmacy. - GFN", [["GFN", "NAME"]], []),
  // hard negatives: a number's period, a field's hyphen, a clinical or unit abbreviation, a word, the line going on
  ...cases("Pt to CT at 2330. - RN\n", [], ["RN"]),
  ...cases("Diet - NPO\nActivity - OOB", [], ["NPO", "OOB"]),
  ...cases("Tolerated well. - PT\nNext visit.", [], ["PT"]),
  ...cases("Vitals stable. - OK\n", [], ["OK"]),
  ...cases("Lungs clear. - PRN meds given", [], ["PRN"]),
  // (a problem's abbreviation after a sentence is a problem list's next item: names round 47b's "continue meds. - DM")
  ...cases("Problems reviewed with team. - HTN\n", [], ["HTN"]),
];

runTypedTable("clinical round 40 (fx48): a state's or county's agency named by its remit alone", ["LOCATION", "ORGANIZATION"], AGENCIES);
runTypedTable("clinical round 40 (fx48): initials after a hyphen after the line's last sentence", ["NAME"], SIGN_OFF);
