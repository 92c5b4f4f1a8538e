// Why this file exists: table tests, with hard negatives, for the stop 50 organisations round og50: a pharmacy's name
// is the organisation the fixtures label it, whichever rule found it as a facility (pharmacyOrg50()), and a pharmacy's
// span grown over its branch's town or street is two findings, the pharmacy and the place (pharmacyTail50()); known US
// organisations whose last word is a head ("Donor Alliance", "XPO Logistics", "Heartland Alliance") are read from og48's
// word table where no word of the text's case opens a wider name before them (headedOpen50()). Hard negatives: a
// hospital's own pharmacy stays the hospital's facility, a pharmacy with no name stays unredacted, the head rule's wider
// name ("Chesapeake Donor Alliance") stays whole, prose stays ("the heartland alliance of farmers", "the exact
// sciences"). Mixed case, ALL CAPS and lower case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri, casedRowsEach as triEach, ORG, FAC, CITY, ADDR } from "./helpers/place-table.js";

/** A row with no finding in mixed case and in lower case. */
function mixedLower(text: string, never: readonly string[]): PlaceCase[] {
  return [[text, [], never], [text.toLowerCase(), [], never.map((w) => w.toLowerCase())]];
}

const NAMED: ReadonlyArray<PlaceCase> = [
  // a pharmacy's name, typed an organisation in every case
  ...tri("Rx sent to Brightwater Pharmacy yesterday.", [["Brightwater Pharmacy", ORG]], ["Rx", "yesterday"]),
  ...tri("Meds picked up at Lindqvist Family Pharmacy by her son.", [["Lindqvist Family Pharmacy", ORG]], ["Meds", "son"]),
  ...tri("Sent to Meijer Pharmacy on Alpine Ave.", [["Meijer Pharmacy", ORG], ["Alpine Ave", ADDR]], ["Sent"]),
  // a pharmacy and its branch's town or street: two findings
  ...tri("Prescription sent to Harmon Pharmacy Dunmore for pickup.", [["Harmon Pharmacy", ORG], ["Dunmore", CITY]], ["pickup"]),
  ...triEach("Refill called to Kessler Pharmacy Maple Ave today.", [
    [["Kessler Pharmacy", ORG], ["Maple Ave", ADDR]],
    [["KESSLER PHARMACY", ORG], ["MAPLE AVE", ADDR]],
    // (lower case: the older rules end the facility at "pharmacy"; stop 54's pharmacyStreet54 (fy54) reads the branch's
    // street after it, as in the other two cases)
    [["kessler pharmacy", ORG], ["maple ave", ADDR]],
  ], ["Refill", "today"]),
  // a known organisation whose last word is a head, after a frame or a field's colon or a bracket
  ...tri("Serologies sent to Donor Alliance lab today.", [["Donor Alliance", ORG]], ["Serologies", "lab"]),
  ...tri("Coordinator from Donor Alliance called back.", [["Donor Alliance", ORG]], ["Coordinator", "called"]),
  ...triEach("Case manager from Heartland Alliance visited.", [
    [["Heartland Alliance", ORG]],
    // (ALL CAPS: an older rule reads "HEARTLAND" alone first, as before)
    [["HEARTLAND", ORG]],
    [["heartland alliance", ORG]],
  ], ["Case", "visited"]),
  // (older rules read these already in every case; rows that the headed entries keep)
  ...tri("Works at XPO Logistics on second shift.", [["XPO Logistics", ORG]], ["Works", "shift"]),
  ...tri("Works at Koch Foods on second shift.", [["Koch Foods", ORG]], ["Works", "shift"]),
  ...tri("Employer: GEO Group (detention officer).", [["GEO Group", ORG]], ["Employer", "detention"]),
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a hospital's own pharmacy stays the hospital's facility (the fixtures label the hospital, a place)
  ...tri("Called Brookfield Hospital Pharmacy about the dose.", [["Brookfield Hospital Pharmacy", FAC]], ["Called", "dose"]),
  // a pharmacy with no name
  ...tri("Discussed with the outpatient pharmacy.", [], ["outpatient", "pharmacy"]),
  ...tri("Pharmacy consult placed; pharmacy to dose vancomycin.", [], ["Pharmacy", "consult", "vancomycin"]),
  // the head rule's wider name stays whole
  ...tri("Referral line: Chesapeake Donor Alliance will call.", [["Chesapeake Donor Alliance", ORG]], ["Referral", "call"]),
  // prose: an article before the words, and "exact sciences" (left out of the list); mixed case and lower case (in ALL
  // CAPS older rules read "HEARTLAND ALLIANCE OF FARMERS" and "EXACT SCIENCES" as an organisation, as before)
  ...mixedLower("He loved the heartland alliance of farmers.", ["heartland", "alliance"]),
  ...mixedLower("He loved the exact sciences in school.", ["exact", "sciences"]),
  ...mixedLower("Strong in exact sciences and music.", ["exact", "sciences"]),
];

runPlaceTable("og50: a pharmacy's name is an organisation; known names that end in a head", NAMED);
runPlaceTable("og50: a hospital's pharmacy, a pharmacy with no name, a wider name, prose", NEGATIVES);
