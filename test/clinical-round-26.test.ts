// Why this file exists: table tests, with hard negatives, for clinical round 26 (stop 35), read from fixture 23's
// misses: a note's letterhead closed by a heading's separator ("HOSPICE OF THE NORTH COUNTRY - ADMISSION", "Shady Grove
// Fertility — SGF Rockville", "NORTHERN MAINE ORAL & MAXILLOFACIAL SURGERY, PA"), the organisation after a note's title
// and its dash ("Utilization Review — Evolent"), a payer's or a firm's code right after its name ("Payer: Aetna
// W188204417"), and a payer's field of English words closed by a member number's label ("INSURANCE: NORTHEAST DELTA
// DENTAL ID NDD774120963"). Both engines. Names, places and numbers are made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a letterhead opening the note, closed by a dash, a slash, a parenthesis, a middle dot, a column gap or a legal form
  ["Kessling Family Dental, PC\nRe: new patient", [["Kessling Family Dental, PC", ORG]], ["Re", "patient"]],
  ["CAPE FEAR UROLOGY, PA\n1400 W COLLEGE ST", [["CAPE FEAR UROLOGY, PA", ORG], ["1400 W COLLEGE ST", "location:address"]], []],
  ["Heart Center of the Ozarks, LLC\nRe: referral", [["Heart Center of the Ozarks, LLC", ORG]], ["referral"]],
  ["NORTHERN MAINE ORAL & MAXILLOFACIAL SURGERY, PA          OPERATIVE NOTE\n", [["NORTHERN MAINE ORAL & MAXILLOFACIAL SURGERY, PA", ORG]], ["OPERATIVE"]],
  ["CALIFORNIA POISON CONTROL SYSTEM (FRESNO DIVISION)\nCASE", [["CALIFORNIA POISON CONTROL SYSTEM", ORG], ["FRESNO", "location:city"]], ["CASE", "DIVISION"]],
  ["FLAGSTAFF MOBILE CRISIS TEAM (COUNTY CONTRACT)\n", [["FLAGSTAFF MOBILE CRISIS TEAM", ORG]], ["CONTRACT"]],
  ["Walla Walla Clinic · Rheumatology\n", [["Walla Walla Clinic", FAC]], ["Rheumatology"]],
  // the organisation after a note's title and its dash
  ["Utilization Review — Evolent (delegated for the plan)\n", [["Evolent", ORG]], ["Utilization", "Review", "delegated"]],
  ["PT Initial Evaluation — Kessling Physical Therapy\n", [["Kessling Physical Therapy", "location:organization"]], ["Initial", "Evaluation"]],
  ["Virtual Visit — Teladoc Health (video)\n", [["Teladoc Health", ORG]], ["Virtual", "Visit", "video"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a title, a department, a label or a sentence opening the note stays words
  ["DISCHARGE SUMMARY - PAGE 2\nHOSPITAL COURSE: stable.", [], ["DISCHARGE", "PAGE"]],
  ["Pulmonary Clinic — follow-up visit\n", [], ["Pulmonary", "Clinic"]],
  ["Sports Medicine / Concussion Clinic\n", [], ["Sports", "Medicine", "Concussion"]],
  ["CHIEF COMPLAINT: chest pain - 2 days.", [], ["CHIEF", "COMPLAINT"]],
  ["The Patient Is Here - for review.", [], ["Patient", "review"]],
  ["History And Physical - Admission\n", [], ["History", "Physical", "Admission"]],
  ["JOHN SMITH - FOLLOW-UP VISIT\n", [["JOHN SMITH", "name:neighbour"]], ["FOLLOW-UP"]],
  // a title's dash before English words or a lower-case phrase stays words
  ["Progress Note — Pain Management follow-up\n", [], ["Progress", "Pain", "Management"]],
  ["Virtual Visit — video, patient at home\n", [], ["Virtual", "video"]],
];

const TYPED: ReadonlyArray<TypedCase> = [
  // a code of letters and digits right after the payer's or the firm's name
  ["Payer: Aetna W188204417, auth pending", [["Aetna", "LOCATION"], ["W188204417", "ID"]], ["auth"]],
  // a payer's field of English words closed by a member number's label
  ["INSURANCE: NORTHEAST DELTA DENTAL ID NDD774120963; CROSSOVER", [["NORTHEAST DELTA DENTAL", "LOCATION"], ["NDD774120963", "ID"]], ["CROSSOVER"]],
  // a model's or a lens's code after a maker has too few digits; a billing class is no payer
  ["LENS ALCON SN60WF 21.0 D PLACED", [], ["SN60WF", "LENS"]],
  ["INSURANCE: SELF PAY ID 4471209 ON FILE", [["4471209", "ID"]], ["SELF", "PAY"]],
];

runPlaceTable("clinical round 26: a letterhead by its separator, the firm after a title's dash (stop 35)", [...POSITIVES, ...NEGATIVES]);
runTypedTable("clinical round 26: a payer's code, a payer's field of English words (stop 35)", ["ID", "LOCATION"], TYPED);
