// Why this file exists: table tests, with hard negatives, for the second places round of stop 47 (pl47b), written from
// the misses of the two blind fixtures 35 and 36 grouped by form: a town of several English words before its state's
// code after a separator, a column gap or a facility's name ("ARUP Laboratories · Salt Lake City, UT": mwTownState47b()),
// a hospital's second head after "&" or "and" ("University of Iowa Hospitals & Clinics": andTail47b()), a neighbourhood
// in brackets after a ZIP ("MD 21224 (Highlandtown)": zipParen47b()) and retirement residences as facilities' heads
// (scripts/build-dictionaries.mjs). Mixed case, ALL CAPS and lower case; both engines. Places and bodies are made up or
// changed.
import { runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const ADDR = "location:address";
const FAC = "location:facility";
const ORG = "location:organization";
const CITY = "location:city";
const STATE = "location:city-state";

/** The row in mixed case, ALL CAPS and lower case: expected texts and kept words follow the text's case. */
/** The address of the bracket's hard negatives, as each case writes it (lower case keeps the ZIP in the address). */
function EXPECT_ADDR(text: string): ReadonlyArray<readonly [string, string]> {
  if (text.startsWith("address:")) return [["12 oak st, boston, ma 02114", ADDR]];
  const up = text.startsWith("ADDRESS:");
  return [[up ? "12 OAK ST, BOSTON, MA" : "12 Oak St, Boston, MA", ADDR], ["02114", "format:zip-address"]];
}

const TOWNS: ReadonlyArray<PlaceCase> = [
  // mwTownState47b: a town of two or three English words the gazetteer names as one, a comma and the state's code, after
  // a separator, a column gap or a facility's name (in lower case the town alone: the code is no finding there)
  ["Lab report: ARUP Laboratories · Salt Lake City, UT", [["ARUP Laboratories", ORG], ["Salt Lake City, UT", ADDR]], ["Lab", "report"]],
  ["LAB REPORT: ARUP LABORATORIES · SALT LAKE CITY, UT", [["ARUP LABORATORIES", ORG], ["SALT LAKE CITY, UT", ADDR]], ["LAB", "REPORT"]],
  ["lab report: arup laboratories · salt lake city, ut", [["arup laboratories", ORG], ["salt lake city", STATE]], ["lab", "report"]],
  ["Sent from the lab          Salt Lake City, UT", [["Salt Lake City, UT", ADDR]], ["Sent", "lab"]],
  ["SENT FROM THE LAB          SALT LAKE CITY, UT", [["SALT LAKE CITY, UT", ADDR]], ["SENT", "LAB"]],
  ["sent from the lab          salt lake city, ut", [["salt lake city", STATE]], ["sent", "lab"]],
  ["Clinic · Park City, UT 84060 · fax", [["Park City, UT", ADDR], ["84060", "format:zip-address"]], ["Clinic", "fax"]],
  ["CLINIC · PARK CITY, UT 84060 · FAX", [["PARK CITY, UT", ADDR], ["84060", "format:zip-address"]], ["CLINIC", "FAX"]],
  ["clinic · park city, ut 84060 · fax", [["park city", STATE], ["84060", "format:zip-address"]], ["clinic", "fax"]],
  // hard negatives: a code that is an English word or a credential with nothing closing it, words no town of the
  // gazetteer
  ...tri("Lives near Lake City, IN no distress.", [["Lake City", CITY]], ["Lives", "distress"]),
  ["SEEN BY GRAND ROUNDS, MD TODAY.", [], ["SEEN", "GRAND", "ROUNDS", "TODAY"]],
  ["seen by grand rounds, md today.", [], ["seen", "grand", "rounds", "today"]],
  ["PAIN IN THE ROCK SPRINGS, OR WORSE.", [], ["PAIN", "ROCK", "SPRINGS", "WORSE"]],
  ["pain in the rock springs, or worse.", [], ["pain", "rock", "springs", "worse"]],
];

const HEADS: ReadonlyArray<PlaceCase> = [
  // andTail47b: a hospital's second head after "&" or "and", closing the phrase
  ...tri("Seen at University of Iowa Hospitals & Clinics.", [["University of Iowa Hospitals & Clinics", ORG]], ["Seen"]),
  ...tri("Transfer to St. Anselm's Hospital and Medical Center, then home.", [["St. Anselm's Hospital and Medical Center", FAC]], ["Transfer", "home"]),
  ["Referred to Lahey Hospital & Medical Center in Burlington.", [["Lahey Hospital & Medical Center", FAC], ["Burlington", CITY]], ["Referred"]],
  ["REFERRED TO LAHEY HOSPITAL & MEDICAL CENTER IN BURLINGTON.", [["LAHEY HOSPITAL & MEDICAL CENTER", FAC], ["BURLINGTON", CITY]], ["REFERRED"]],
  // hard negatives: a second head that does not close its phrase, no facility's span before the heads
  ...tri("Admitted to Mercy Hospital and Clinic staff notified.", [["Mercy Hospital", FAC]], ["Admitted", "Clinic", "staff"]),
  ...tri("The hospital and medical center were closed.", [], ["hospital", "medical", "center", "closed"]),
  // retirement residences named after a place or an invented word (scripts/build-dictionaries.mjs)
  ...tri("Admit from Oaknoll Retirement Residence, call Dr Holland.", [["Oaknoll Retirement Residence", FAC], ["Holland", "name:title"]], ["Admit", "call"]),
  // hard negative: the head after English words
  ...tri("Moved to a retirement village last year.", [], ["Moved", "retirement", "village", "year"]),
];

const HOODS: ReadonlyArray<PlaceCase> = [
  // zipParen47b: a neighbourhood alone in brackets after a ZIP, closed by ')' or ';'
  ["Home: 3109 Eastern Ave, Baltimore, MD 21224 (Highlandtown). POA niece.", [["3109 Eastern Ave, Baltimore, MD", ADDR], ["21224", "format:zip-address"], ["Highlandtown", CITY]], ["Home", "POA", "niece"]],
  ["HOME: 3109 EASTERN AVE, BALTIMORE, MD 21224 (HIGHLANDTOWN). POA NIECE.", [["3109 EASTERN AVE, BALTIMORE, MD", ADDR], ["21224", "format:zip-address"], ["HIGHLANDTOWN", CITY]], ["HOME", "POA", "NIECE"]],
  ["home: 3109 eastern ave, baltimore, md 21224 (highlandtown). poa niece.", [["3109 eastern ave, baltimore, md 21224", ADDR], ["highlandtown", CITY]], ["home", "poa", "niece"]],
  ["Lives at 88 Ontario St., Providence, RI 02907 (South Side).", [["88 Ontario St", ADDR], ["Providence, RI", ADDR], ["02907", "format:zip-address"], ["South Side", CITY]], ["Lives"]],
  ["lives at 88 ontario st., providence, ri 02907 (south side).", [["88 ontario st", ADDR], ["providence, ri 02907", ADDR], ["south side", CITY]], ["lives"]],
  ["HOME: 1429 ARKWRIGHT ST, ST. PAUL, MN 55130   (PAYNE-PHALEN; LIVES WITH GRANDSON).", [["1429 ARKWRIGHT ST, ST. PAUL", ADDR], ["55130", "format:zip-address"], ["PAYNE-PHALEN", CITY]], ["HOME", "LIVES", "GRANDSON"]],
  // hard negatives: a phone's or an address's label, a relation, a note's words, a lab value's flag after five digits
  ...tri("Address: 12 Oak St, Boston, MA 02114 (home) phone on file.", [], ["home", "phone"]).map(([t, , n]) => [t, EXPECT_ADDR(t), n] as const),
  ...tri("Address: 12 Oak St, Boston, MA 02114 (mailing) phone on file.", [], ["mailing", "phone"]).map(([t, , n]) => [t, EXPECT_ADDR(t), n] as const),
  ...tri("Address: 12 Oak St, Boston, MA 02114 (see above).", [], ["see", "above"]).map(([t, , n]) => [t, EXPECT_ADDR(t), n] as const),
  ...tri("Address: 12 Oak St, Boston, MA 02114 (Mother) phone on file.", [], ["Mother", "phone"]).map(([t, , n]) => [t, EXPECT_ADDR(t), n] as const),
  ...tri("Address: 12 Oak St, Boston, MA 02114 (verified by phone).", [], ["verified", "phone"]).map(([t, , n]) => [t, EXPECT_ADDR(t), n] as const),
  ...tri("Lab result 12345 (High) repeat.", [], ["Lab", "result", "High", "repeat"]),
  ...tri("Glucose 21224 (Normal) today.", [], ["Glucose", "Normal", "today"]),
];

const STREETS: ReadonlyArray<PlaceCase> = [
  // zipAfterStreet47b: a lower-case street with no place's word before its number, its ZIP, town or phone after it
  ["addr 1417 s moffet ave joplin mo 64801. ph 417-555-0100", [["1417 s moffet ave joplin mo 64801", ADDR], ["417-555-0100", "cue:phone"]], ["addr", "ph"]],
  ["home was 1840 bardstown rd louisville 40205.", [["1840 bardstown rd louisville 40205", ADDR]], ["home", "was"]],
  ["at legacy montrose clinic, 1415 california st 832-548-5000.", [["legacy montrose clinic", FAC], ["1415 california st", ADDR], ["832-548-5000", "validator:nanp"]], []],
  // hard negatives: a time and an anatomical word before "ct", a dose's unit before the type, nothing after the type
  ["pain at 1400 head ct today.", [], ["pain", "1400", "head", "ct", "today"]],
  ["gave 100 units rd 12345 today.", [], ["gave", "units", "rd", "today"]],
  ["given 500 ml ln 12345", [], ["given", "ml", "ln"]],
  ["bp 1200 cc st 2 today", [], ["bp", "cc", "st", "today"]],
];

runPlaceTable("stop 47b places: a town of several words before its state's code", TOWNS);
runPlaceTable("stop 47b places: a hospital's second head, a retirement residence", HEADS);
runPlaceTable("stop 47b places: a neighbourhood in brackets after a ZIP", HOODS);
runPlaceTable("stop 47b places: a lower-case street before its ZIP, town or phone", STREETS);
