// Why this file exists: table tests, with hard negatives, for the stop 51 organisations round og51: a facility's name that
// ends in an agency's, a practice's or a congregation's head ("Aspirus Home Health", "St. Hedwig Parish", "Pine Street
// Inn") is the organisation the fixtures label it (orgHead51()); a county's agency by its acronym or an office's two words
// after the county ("Fresno County WIC", "Greene County Public Administrator": countyAgency51()); an organisation's span
// that opens with a head takes its kind's words before it where a frame, a mark or the line's start bounds them
// ("Visiting Nurse Association of ...", "Mothers' Milk Bank of ...": orgStart51()). Hard negatives: the heads in prose,
// a hospital's own service, a county alone, a wider facility, prose with "bank of", "association between", "gift of
// life". Mixed case, ALL CAPS and lower case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri, casedRowsEach as triEach, ORG, FAC, ADDR } from "./helpers/place-table.js";

const COUNTY = "location:county";

const NAMED: ReadonlyArray<PlaceCase> = [
  // a facility's name ending in an organisation's head, typed an organisation in every case
  ...tri("Hospice referral to Aspirus Home Health today.", [["Aspirus Home Health", ORG]], ["Hospice", "today"]),
  ...tri("Start of care by Wiregrass Home Health this week.", [["Wiregrass Home Health", ORG]], ["Start", "week"]),
  ...tri("Mass at St. Hedwig Parish on Sunday.", [["St. Hedwig Parish", ORG]], ["Mass", "Sunday"]),
  ...tri("Stays at Harbor Light Men's Shelter most nights.", [["Harbor Light Men's Shelter", ORG]], ["Stays", "nights"]),
  ...tri("Sleeps at Pine Street Inn most nights.", [["Pine Street Inn", ORG]], ["Sleeps", "nights"]),
  ...tri("Brace from Coastal Orthotics & Prosthetics fitted.", [["Coastal Orthotics & Prosthetics", ORG]], ["Brace", "fitted"]),
  ...tri("Seen at Tri-State Orthopaedics last week.", [["Tri-State Orthopaedics", ORG]], ["Seen", "week"]),
  ...tri("Shelter: Harbor Light Men's Shelter.", [["Harbor Light Men's Shelter", ORG]], []),
  ...triEach("PT at Athletico Physical Therapy twice weekly.", [
    [["Athletico Physical Therapy", ORG]],
    [["ATHLETICO PHYSICAL THERAPY", ORG]],
    // (lower case: no older rule finds the practice, as before)
    [],
  ], ["twice"]),
  // a county's agency by its acronym or an office's two words
  ...tri("WIC: Fresno County WIC appointment on Tuesday.", [["Fresno County WIC", ORG]], ["appointment"]),
  ...tri("Report filed with Oneida County DSS today.", [["Oneida County DSS", ORG]], ["Report", "today"]),
  ...tri("Referred to Greene County Public Administrator today.", [["Greene County Public Administrator", ORG]], ["Referred", "today"]),
  // the kind's words before a head the older rules opened the name with
  ...triEach("Agency: Visiting Nurse Association of the Fox Valley", [
    [["Visiting Nurse Association of the Fox Valley", ORG]],
    [["VISITING NURSE ASSOCIATION OF THE FOX VALLEY", ORG]],
    // (lower case: the older rules end the name before "valley", as at the base; the kind's words are taken all the same)
    [["visiting nurse association of the fox", ORG]],
  ], ["Agency"]),
  ...tri("Referred to the Visiting Nurse Association of Ohio.", [["Visiting Nurse Association of Ohio", ORG]], ["Referred"]),
  ...tri("Donor milk from the Mothers' Milk Bank of New England today.", [["Mothers' Milk Bank of New England", ORG]], ["Donor", "today"]),
  ...tri("Gave number for Legal Services of Northern California.", [["Legal Services of Northern California", ORG]], ["Gave", "number"]),
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // the heads with no name before them stay words
  ...tri("Needs home health after discharge.", [], ["home", "health"]),
  ...tri("Referred to home care and physical therapy.", [], ["home", "care", "physical", "therapy"]),
  // a hospital's own service stays the hospital's facility
  ...tri("Seen at Mercy Medical Center Home Care yesterday.", [["Mercy Medical Center Home Care", FAC]], ["Seen", "yesterday"]),
  // a county alone stays a county; a wider facility stays whole; an acronym in lower case in mixed-case text is no agency's
  ...tri("Lives in Fresno County with her aunt.", [["Fresno County", COUNTY]], ["Lives", "aunt"]),
  ...tri("Lives in Fresno County; wic benefits active.", [["Fresno County", COUNTY]], ["benefits"]),
  ...tri("Seen at Hidalgo County WIC Clinic for formula.", [["Hidalgo County WIC Clinic", FAC]], ["Seen", "formula"]),
  ...triEach("Fresno County dss worker visited.", [
    [["Fresno County", COUNTY]],
    [["FRESNO COUNTY DSS", ORG]],
    [["fresno county dss", ORG]],
  ], ["worker", "visited"]),
  // the walk back gives up at a patient's or a note's words: the older span stays as it was
  ...tri("Pt needs legal services of some kind.", [], ["needs", "legal", "services"]),
  ...tri("Called Legal Services of Northern California today.", [["Services of Northern California", ORG]], ["Called", "Legal"]),
  ...tri("Family Services of Central Ohio called.", [["Services of Central Ohio", ORG]], ["Family"]),
  // prose: "bank of", "association between", "gift of life", a family's association, a parish with no name; in ALL CAPS
  // an older rule reads "BANK OF THE RIVER" and "THE PARISH", as at the base
  ...triEach("He studied the bank of the river.", [[], [["BANK OF THE RIVER", ORG]], []], ["studied"]),
  ...tri("There is an association between smoking and cancer.", [], ["association", "between"]),
  ...tri("She said the transplant was a gift of life.", [], ["gift", "life"]),
  ...tri("Her family association with the church is strong.", [], ["family", "association", "church"]),
  ...tri("The patient's bank of records was reviewed.", [], ["bank", "records"]),
  ...tri("The Association of Nurses met today.", [], ["Association", "Nurses"]),
  ...triEach("Mass at the parish on Sunday.", [[], [["THE PARISH", COUNTY]], []], ["Mass", "Sunday"]),
  // (a street named like the inn stays a street; lower case finds none, as before)
  ...triEach("Lives near Pine Street.", [[["Pine Street", ADDR]], [["PINE STREET", ADDR]], []], ["Lives"]),
];

runPlaceTable("og51: an organisation's head, a county's agency, a kind's words before a head", NAMED);
runPlaceTable("og51: heads in prose, a hospital's service, a county alone, the walk's stops", NEGATIVES);
