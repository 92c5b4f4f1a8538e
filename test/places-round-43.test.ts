// Why this file exists: table tests, with hard negatives, for the stop 43 places round (loc43), read from the LOCATION
// misses of fixtures 20-30 in their three cases: a lower-case street closed by a direction, a unit's letter or a field's
// end other than a comma ("1207 3rd ave nw, ...", "400 w 3rd st; ...": lowerStreetTail43), no building number or clock
// across a column's gap ("dob 19-nov-1947   1108 w 14th st"), a ZIP after an address's town with no state code
// ("KNIK CROSSING 99654.", "makawao uplands 96768;": zipAfterTown43 in the scanners), and a lower-case town between a
// place's comma and a state's ("rutland regional medical center, fair haven, vt": lowerTownState43). Both engines.
// Names and places are made up or changed.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ADDR = "location:address";
const ZIP = "format:zip-address";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const STREETS: ReadonlyArray<PlaceCase> = [
  // lowerStreetTail43 (lower case only: mixed case and ALL CAPS read the capitals): a direction, a unit's letter, then
  // a field's end; and no building number or clock across a column's gap (all cases)
  ["home: 1207 3rd ave nw, tolley forks, nd 58299   parents",
    [["1207 3rd ave nw, tolley forks, nd 58299",ADDR]], ["home","parents"]],
  ["reunification at the civic center, 400 w 3rd st; contact pastor",
    [["400 w 3rd st",ADDR]], ["contact","pastor"]],
  ["school health services\n806 n washington st · bismarck, nd 58501",
    [["806 n washington st",ADDR],["bismarck","location:city-state"],["58501",ZIP]], ["school","health"]],
  ["deliver to: 1108 w 14th st unit b, monahans tx 79756",
    [["1108 w 14th st unit b, monahans tx 79756",ADDR]], ["deliver"]],
  ["shelter: bayou civic arena, 346 civic center blvd      opened aug 28",
    [["346 civic center blvd",ADDR]], ["opened"]],
  ["big lake clinic, 301 n florida ave           0850    frozen",
    [["301 n florida ave",ADDR]], ["0850","frozen"]],
  ["dob 19-nov-1947   1108 w 14th st unit b, monahans tx 79756",
    [["1108 w 14th st unit b, monahans tx 79756",ADDR]], ["dob"]],
];

const ZIPS: ReadonlyArray<PlaceCase> = [
  // zipAfterTown43: a town of letters after a comma or a middle dot, back to a street's group (in all three cases;
  // "LIVES AT 3855 OLINDA RD, ..." in capitals and mixed case the address's tail took already, and still does)
  ["ADDRESS: MILE 12.5 KNIK-GOOSE BAY RD, KNIK CROSSING 99654. MAIL: PO BOX 2207",
    [["99654",ZIP],["PO BOX 2207","location:po-box"]], ["MAIL"]],
  ["address: mile 12.5 knik-goose bay rd, knik crossing 99654. mail: po box 2207",
    [["99654",ZIP],["po box 2207","location:po-box"]], ["mail"]],
  ["Address: Mile 12.5 Knik-Goose Bay Rd, Knik Crossing 99654. Mail: PO Box 2207",
    [["99654",ZIP],["PO Box 2207","location:po-box"]], ["Mail"]],
  ["LIVES AT 3855 OLINDA RD, MAKAWAO UPLANDS 96768; WITH HER GRANDDAUGHTER",
    [["3855 OLINDA RD, MAKAWAO UPLANDS 96768",ADDR]], ["WITH","GRANDDAUGHTER"]],
  // (stop 55, fy55: the whole town and its ZIP join the address, as in ALL CAPS and mixed case: townZip55() closes the
  // gap this row recorded, "makawao" alone and the ZIP apart)
  ["lives at 3855 olinda rd, makawao uplands 96768; with her granddaughter",
    [["3855 olinda rd, makawao uplands 96768",ADDR]], ["with","granddaughter"]],
  ["Lives at 3855 Olinda Rd, Makawao Uplands 96768; with her granddaughter",
    [["3855 Olinda Rd, Makawao Uplands 96768",ADDR]], ["with","granddaughter"]],
  ["ADDRESS: 2 OLD STAGECOACH RD, LAKE VIEW MILL, DILLON COUNTY 29563\nPLACE OF DEATH",
    // (stop 44, loc44: the town's feature word "MILL" joins the address, and the county after it)
    [["2 OLD STAGECOACH RD, LAKE VIEW MILL, DILLON COUNTY",ADDR],["29563",ZIP]], ["PLACE","DEATH"]],
  ["unit found: 1120 caledonia st apt 3, la crosse 54603 — landlord",
    // (stop 49, pl49: the town of two words by its gazetteer entry joins the address with its ZIP, mwTownTail49(); fixture
    // 30-lo's gold calls "la crosse" a LOCATION; the row had pinned the miss)
    [["1120 caledonia st apt 3, la crosse 54603",ADDR]], ["landlord"]],
  ["lives at 118 county road 41, sherman gin ms 38869 · 662-555-0144.",
    // (stop 44, loc44: the town's feature word "gin" joins the address, its state's code and ZIP after it)
    [["118 county road 41, sherman gin ms 38869",ADDR],["662-555-0144","validator:nanp"]], ["lives"]],
  // (merged with nam43: a line opened by a number reads as lower case, so the street and the town are found too)
  ["1200 hilyard st, suite 310 · eugene, or 97401 · clia 38d0981127",
    [["1200 hilyard st, suite 310",ADDR],["eugene","location:city-state"],["97401",ZIP]], ["clia"]],
  // (a street written type first after its number: "chalan", "rue")
  ["patient · dob 6/11/1983 · 134 chalan pale arnold, dededo, guam 96929 · 671-555-0147",
    [["arnold","name:dictionary"],["dededo","location:city"],["96929",ZIP],["671-555-0147","validator:nanp"]], ["patient"]],
  ["PATIENT · DOB 6/11/1983 · 134 CHALAN PALE ARNOLD, DEDEDO, GUAM 96929 · 671-555-0147",
    [["ARNOLD","name:dictionary"],["DEDEDO","location:city"],["96929",ZIP],["671-555-0147","validator:nanp"]], ["PATIENT"]],
  ["Patient · DOB 6/11/1983 · 134 Chalan Pale Arnold, Dededo, Guam 96929 · 671-555-0147",
    [["Arnold","name:dictionary"],["Dededo","location:city"],["96929",ZIP],["671-555-0147","validator:nanp"]], ["Patient"]],
  ["list mailed to 212 rue beauregard, lafayette 70508.",
    [["beauregard, lafayette","name:neighbour"],["70508",ZIP]], ["list","mailed"]],
];

const TOWNS: ReadonlyArray<PlaceCase> = [
  // lowerTownState43: a lower-case town between a place's comma and a state's, then the line's end or a ZIP
  // (stop 48, og48b: the same span, now opened by the facility's rule, caselessHead48(), which the town joins)
  ["referred from green hills manor, ames, ia\nreason: falls",
    [["green hills manor, ames, ia",FAC]], ["reason","falls"]],
  ["pcp: strand medical center, myrtle bay, sc 29577",
    [["strand medical center, myrtle bay, sc 29577",FAC]], ["pcp"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a scan's "ct", a doctor's "dr" after a function word, "st" after a unit: no street before a weak end
  // a number after a label, a unit, or with no street's group before its town: no ZIP
  // a clinical word after a facility's comma, then a state's code that is a word and no ZIP or line end: no town
  ["had 2 prior head ct - negative for bleed",
    [], ["prior","head","ct"]],
  ["called 911 or dr; no answer",
    [], ["911","dr"]],
  ["ecg: 2 mm st  depression in v4",
    [], ["mm","st","depression"]],
  ["gave 12 mg dr; total 12345 units",
    [], ["12345"]],
  ["bp 120/80, hr 72, weight 15000",
    [], ["15000"]],
  ["2 doses given, patient 12345 seen",
    [], ["12345"]],
  ["took 2 tabs at bedtime, springfield 12345 times",
    [["springfield","location:city"]], ["12345"]],
  ["lives at 12 oak st, mrn 44718 on file",
    [["12 oak st",ADDR]], ["44718"]],
  ["LIVES AT 12 OAK ST, MRN 44718 ON FILE",
    [["12 OAK ST",ADDR]], ["44718"]],
  ["seen 2 days ago on the unit, total 12345",
    [], ["12345"]],
  ["increase to 20 units rd · recheck in 2 weeks",
    [], ["units","rd"]],
  ["seen at cedar ridge hospital, resting, md at bedside",
    [["cedar ridge hospital",FAC]], ["resting"]],
  ["seen at cedar ridge hospital, stable, ok to discharge",
    [["cedar ridge hospital",FAC]], ["stable"]],
  ["seen at cedar ridge hospital, awake and alert, in no distress",
    [["cedar ridge hospital",FAC]], ["awake","alert"]],
  // (a ZIP that goes on with the clause closes no town, as test/places-round-38.test.ts's "tillmore 01970 with wife")
  ["lives at 3855 olinda rd, makawao uplands 96768 with her granddaughter",
    [["3855 olinda rd, makawao",ADDR]], ["96768","granddaughter"]],
  // (a dose's clause is no street's group: "20 mg daily" ends with no street type)
  ["given 20 mg daily, lisinopril, bp 12345",
    [], ["12345"]],
];

runPlaceTable("stop 43 places (loc43): lower-case streets' ends", STREETS);
runPlaceTable("stop 43 places (loc43): a ZIP after a town with no state", ZIPS);
runPlaceTable("stop 43 places (loc43): a lower-case town before its state", TOWNS);
runPlaceTable("stop 43 places (loc43): hard negatives", NEGATIVES);
