// Why this file exists: table tests, with hard negatives, for the lines of a postal address block whose words are also
// names (round addr28, addressLine28/townLine28 in assembly/names/detect.ts): the town line between a street or unit
// line and a country or ", region" + postcode line, a town joined by a particle no person's name holds, and a dependent
// thoroughfare after the street on its line. Both engines. Addresses and names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ADDR = "location:address";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // the town line of a block (UPU order): a word of a surname list between the unit line and the country line
  ["Ship to:\n14 Linden Street\nSuite 960\nSchuld\nGermany 10069",
    [["14 Linden Street", ADDR], ["Suite 960", ADDR], ["Schuld", ADDR], ["Germany 10069", ADDR]], ["Ship"]],
  // ... in a quoted e-mail
  [">Suite 960\n>Schuld\n>Germany 10069", [["Suite 960", ADDR], ["Schuld", ADDR], ["Germany 10069", ADDR]], []],
  // ... before a comma-led region line and a postcode line
  ["Address:\n22 Talga Court Apt. 331\nKaster\n, VWV\n 04494",
    [["22 Talga Court Apt. 331", ADDR], ["Kaster", ADDR], ["VWV", ADDR], ["04494", ADDR]], ["Address"]],
  // ... or with the region code and the postcode closing the town's own line
  ["19902 Dobrovského 1394 Apt. 066\nSt Georges, QC 54256",
    [["19902 Dobrovského 1394 Apt. 066", ADDR], ["St Georges, QC 54256", ADDR]], []],
  // ... in ALL CAPS
  ["SUITE 960\nSCHULD\nGERMANY 10069", [["SUITE 960", ADDR], ["SCHULD", ADDR], ["GERMANY 10069", ADDR]], []],
  // ... a town of three words with a particle
  ["Apt. 322\nColle Di Tora\nItaly 95781", [["Apt. 322", ADDR], ["Colle Di Tora", ADDR], ["Italy 95781", ADDR]], []],
  // a town whose particle no person's name holds needs no country line
  ["4596 Tylova 285\n Suite 578\n Ostrov nad Ohrí\n", [["4596 Tylova 285", ADDR], ["Suite 578", ADDR], ["Ostrov nad Ohrí", ADDR]], []],
  // a dependent thoroughfare after the street on its line (British and Commonwealth order)
  ["I once lived at 178 Piermark Drive Zak Points\n Apt. 335\n Albany\n New Zealand 79879",
    [["178 Piermark Drive Zak Points", ADDR], ["Apt. 335", ADDR], ["Albany", ADDR], ["New Zealand 79879", ADDR]], ["lived"]],
  ["1317 Kimberly Way Laidlaw Green\n Apt. 962", [["1317 Kimberly Way Laidlaw Green", ADDR], ["Apt. 962", ADDR]], []],
  // ... after a European street's house number
  ["Meet me at Tungata 11 Rott Crossroad\n Apt. 322", [["Tungata 11 Rott Crossroad", ADDR], ["Apt. 322", ADDR]], ["Meet"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a given name and a name on the line are a person's, even before a country line
  ["12 Oak Street\nApt 4\nJohn Smith\nCanada",
    [["12 Oak Street", ADDR], ["Apt 4", ADDR], ["John Smith", "name:neighbour"], ["Canada", "location:country"]], []],
  // a name line after the unit, and no country or region line after it
  ["12 Oak Street\nApt 4\nKaster\nPhone 555 1234",
    [["12 Oak Street", ADDR], ["Apt 4", ADDR], ["Kaster", "name:dictionary"], ["555 1234", "cue:phone"]], ["Phone"]],
  // a degree after a name's comma is no region before a postcode
  ["Seen by Kaster, MD, PhD\nRoom 12", [["Kaster", "name:cue"]], ["Room", "12"]],
  // a person after a street on the same line, going on in prose, keeps the name
  ["He lives at 12 Oak Street John Hill is his brother",
    [["12 Oak Street", ADDR], ["John Hill", "name:neighbour"]], ["brother"]],
  // no address before: a name and a thoroughfare-like surname, a drug dose, a bed, a grade
  ["John Hill\nCanada", [["John Hill", "name:neighbour"], ["Canada", "location:country"]], []],
  ["Metoprolol 25 Green\nBed 4", [], ["Metoprolol", "Green", "Bed"]],
  ["Grade 3 Park\nRoom 12", [], ["Grade", "Park", "Room"]],
];

runPlaceTable("address block lines whose words are names (addr28)", POSITIVES);
runPlaceTable("person lines, doses and rooms stay out of address blocks (addr28)", NEGATIVES);
