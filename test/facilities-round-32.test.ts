// Why this file exists: table tests, with hard negatives, for the stop 32 facilities and organisations round (fac32):
// the name written right before its street address (a practice's letterhead line, a facility or an employer before its
// comma, "at" or a middle dot) and a facility's initialism in brackets after its name, in mixed case, ALL CAPS and
// lower case; and the persons, labels, departments and bracketed units that stay as they were. Both engines. Names
// are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const FAC = "location:facility";
const ORG = "location:organization";
const ADDR = "location:address";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const BEFORE_ADDRESS: ReadonlyArray<PlaceCase> = [
  // a letterhead: the name is its line, the address opens the next
  ["Quillfield Neurology Associates\n4410 Larkmoor Street\nSpringfield, MA 01103",
    [["Quillfield Neurology Associates", ORG], ["4410 Larkmoor Street", ADDR], ["Springfield, MA", ADDR], ["01103", "format:zip-address"]], []],
  // a middle dot between the name and its address
  ["Harrowmere Dermatology · 3 Pemberton Square, Boston", [["Harrowmere Dermatology", FAC], ["3 Pemberton Square, Boston", ADDR]], []],
  // "at" between, in ALL CAPS (an older rule's organisation pending on the name's words keeps its type)
  ["RETURN TO WEXLEY GARDENS CENTER AT 640 CONCORD AVENUE.", [["WEXLEY GARDENS CENTER", ORG], ["640 CONCORD AVENUE", ADDR]], ["RETURN"]],
  // an employer after a label, its legal form and "&" inside, in lower case
  ["employer: dunmore roofing & sheet metal llc, 3900 industrial way, pt works nights.",
    [["dunmore roofing & sheet metal llc", ORG], ["3900 industrial way", ADDR]], ["employer", "works", "nights"]],
];

const INITIALS: ReadonlyArray<PlaceCase> = [
  ["ADMITTED TO UNIVERSITY OF KESTREL MEDICAL CENTER (UKMC)\nSEEN TODAY.",
    [["UNIVERSITY OF KESTREL MEDICAL CENTER", FAC], ["UKMC", FAC]], ["ADMITTED", "SEEN"]],
  ["Records from Greystone Memorial Hospital (GMH) reviewed.", [["Greystone Memorial Hospital", FAC], ["GMH", FAC]], ["Records", "reviewed"]],
];

const CHAINS: ReadonlyArray<PlaceCase> = [
  ["BP 168/92 this morning at CVS in Peabody.", [["CVS", ORG], ["Peabody", "location:city"]], ["BP", "morning"]],
  ["INR CHECK AT QUEST ON 3/24.", [["QUEST", ORG]], ["INR", "CHECK"]],
  ["Received call from Hamid at CVS (1020 Main St, Waltham).", [["Hamid", "name:dictionary"], ["CVS", ORG], ["1020 Main St, Waltham", ADDR]], ["Received", "call"]],
  ["labs drawn at quest in florissant today. pt agrees with plan.", [["quest", ORG], ["florissant", "location:city"]], ["labs", "drawn", "today"]],
  ["Refill sent to Walgreens.", [["Walgreens", ORG]], ["Refill"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // an address after words that name no practice: a place to live, a label, a unit, a department
  ["Pt lives at home, 12 Main Street.", [["12 Main Street", ADDR]], ["lives", "home"]],
  ["Address\n12 Main Street", [["12 Main Street", ADDR]], ["Address"]],
  ["Suite 4, 12 Main Street", [["Suite 4, 12 Main Street", ADDR]], []],
  ["Cardiology Associates\n12 Main Street", [["12 Main Street", ADDR]], ["Cardiology", "Associates"]],
  ["Physical Therapy\n12 Main Street", [["12 Main Street", ADDR]], ["Physical", "Therapy"]],
  ["lives with daughter, 12 main street", [["12 main street", ADDR]], ["lives", "daughter"]],
  // a person before the address stays the person; a lawyer's suffix is no name
  ["John Smith\n12 Main Street", [["John Smith", "name:neighbour"], ["12 Main Street", ADDR]], []],
  ["Jane Doe, MD\n12 Main Street", [["Jane Doe", "name:neighbour"], ["12 Main Street", ADDR]], ["MD"]],
  ["MARCUS J. DELAHUNT, ESQ.\n125 HIGH STREET, 22ND FLOOR", [["MARCUS J. DELAHUNT", "name:neighbour"], ["125 HIGH STREET, 22ND FLOOR", ADDR]], ["ESQ"]],
  // a chain's name as a word or a procedure: no word of where before it, or a purpose after it
  ["Referred for CVS at 11 weeks.", [], ["CVS"]],
  ["He is on a quest to heal.", [], ["quest"]],
  // a unit or a test in brackets after a facility is no initialism of it
  ["Seen at Kelloway Hospital (ICU) today.", [["Kelloway Hospital", FAC]], ["ICU", "today"]],
  ["Labs at Kelloway Clinic (TSH pending).", [["Kelloway Clinic", FAC]], ["TSH", "pending"]],
];

runPlaceTable("the name before its street address (stop 32 facilities and organisations round)", BEFORE_ADDRESS);
runPlaceTable("a facility's initialism in brackets after its name (stop 32 facilities and organisations round)", INITIALS);
runPlaceTable("a national pharmacy's or laboratory's chain named alone (stop 32 facilities and organisations round)", CHAINS);
runPlaceTable("labels, persons, departments and units before an address or in brackets stay (stop 32 facilities and organisations round)", NEGATIVES);
