// Why this file exists: table tests, with hard negatives, for the address rules below a state (Safe Harbor's
// geographic subdivisions): US military and rural mail, "City ST ZIP" without a comma, more USPS street suffixes,
// ordinal streets, crossings, lone apartments and suites, European street lines. Both engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const CASES: ReadonlyArray<PlaceCase> = [
  // military mail: the unit or ship line and the post with its region code; in capitals the ZIP stays a ZIP
  ["Ship to PSC 0413, Box 8144\nAPO AA 42323 today.",
    [["PSC 0413, Box 8144", "location:po-box"], ["APO AA", "location:address"], ["42323", "format:zip-address"]], ["Ship", "today"]],
  ["Unit 4719 Box 7394\nDPO AP 70942",
    [["Unit 4719 Box 7394", "location:po-box"], ["DPO AP", "location:address"], ["70942", "format:zip-address"]], []],
  ["Send it to USNS Quorbel\nFPO AE 12345",
    [["USNS Quorbel\nFPO AE", "location:address"], ["12345", "format:zip-address"]], ["Send"]],
  ["Her son is on the USS Mahler\nFPO AP 96601.", [["USS Mahler\nFPO AP", "location:address"], ["96601", "format:zip-address"]], ["son"]],
  ["Mail: CMR 402 Box 1234\nAPO AE 09180",
    [["CMR 402 Box 1234", "location:po-box"], ["APO AE", "location:address"], ["09180", "format:zip-address"]], ["Mail"]],
  // in lower case the ZIP scanner does not know the region code: the address takes the ZIP
  ["send to uscgc quorbel\nfpo ae 44941 please", [["uscgc quorbel\nfpo ae 44941", "location:address"]], ["send", "please"]],
  // a ZIP after the post ends the address: a phone number after it keeps its type
  ["PSC 3294, Box 9168 APO AA 61487 617 555 1212",
    [["PSC 3294, Box 9168 APO AA", "location:po-box"], ["61487", "format:zip-address"], ["617 555 1212", "validator:nanp"]], []],
  // hard negatives: a ship named alone, "APO" without its region code, clinical "RR", "HC", "Unit"
  ["USS Enterprise is a ship. Flew to APO yesterday. RR 18, HC 35 cm. Unit 5 nurse called.",
    [["APO", "location:city"]], ["Enterprise", "RR", "18", "HC", "35", "Unit", "5"]],
  // rural routes and highway contract boxes
  ["Address: RR 2 Box 45, Hillsboro, WI 54634",
    [["RR 2 Box 45, Hillsboro, WI", "location:po-box"], ["54634", "format:zip-address"]], ["Address"]],
  ["Rural Route 3, Box 12A\nHC 68 Box 12", [["Rural Route 3, Box 12A", "location:po-box"], ["HC 68 Box 12", "location:po-box"]], []],
  // "City ST ZIP" without the comma; a credential that is also a state code is a name's ("Smith MD 12345")
  ["Mail to Boston MA 02115 or Quorbelton NH 03101.",
    [["Boston MA", "location:address"], ["02115", "format:zip-address"], ["Quorbelton NH", "location:address"],
      ["03101", "format:zip-address"]], ["Mail"]],
  ["Signed: Smith MD 12345", [["Smith", "name:credential"], ["12345", "format:zip-address"]], ["MD"]],
  // more USPS suffixes after a house number; surnames among them stay names after a first name
  ["She lives at 77 Maple Run, Dover, and he at 902 Birch Hollow.",
    [["77 Maple Run, Dover", "location:address"], ["902 Birch Hollow", "location:address"]], ["lives", "he"]],
  ["John Grove and Mary Hills came with Ann Springs.",
    [["John Grove", "name:neighbour"], ["Mary Hills", "name:neighbour"], ["Ann Springs", "name:neighbour"]], ["came"]],
  // clinical words that are street suffixes elsewhere are no street type here
  ["s/p 3 Vessel Coronary Bypass; a #26 Cutting Loop was used; 6 Minute Walk test; 2 Lateral Views.", [],
    ["Vessel", "Bypass", "Cutting", "Loop", "Minute", "Walk", "Lateral"]],
  // ordinal street names
  ["4410 W 28th Street, Minneapolis. She lives on 42nd Street.",
    [["4410 W 28th Street, Minneapolis", "location:address"], ["42nd Street", "location:address"]], ["lives"]],
  ["She finished in 2nd Place in the 5th Grade.", [], ["2nd", "Place", "5th"]],
  // crossings: one address, "the corner of" included (the crossing is where the person is)
  ["We met at the corner of Main St and Elm Ave yesterday.",
    [["the corner of Main St and Elm Ave", "location:address"]], ["met", "yesterday"]],
  ["They live at the intersection of Fifth Avenue and 42nd Street.",
    [["the intersection of Fifth Avenue and 42nd Street", "location:address"]], ["live"]],
  // a street after "corner of" without a USPS type, and any capitalised words as the second street
  ["My address is the corner of Quorbelgata 99 and Frederikke Coves", [["the corner of Quorbelgata 99 and Frederikke Coves", "location:address"]], ["address"]],
  ["It is the corner of Dalbrok 9 and Quorn Union, Reykjavik.",
    [["the corner of Dalbrok 9 and Quorn Union, Reykjavik", "location:address"]], ["It"]],
  ["Send it to the corner of ul. Cicha 86 and Leokadia Trail?", [["the corner of ul. Cicha 86 and Leokadia Trail", "location:address"]], ["Send"]],
  ["We stood at the corner of 74 Quorbel Street and ten more people came.", [["the corner of 74 Quorbel Street", "location:address"]],
    ["ten", "more", "people"]],
  // hard negatives: a corner of a body part or a room, in any case
  ["The corner of the bed was wet.", [], ["corner", "bed"]],
  ["A lesion at the corner of the mouth and lips. THE CORNER OF THE LEFT EYE AND LID. Corner of Wound 2 cm.", [],
    ["corner", "mouth", "lips", "CORNER", "EYE", "LID", "Wound"]],
  // Romance street types with their articles, written first; in lower case after a house number
  ["She lives at 86036 Rua do Arenque 1634, Goiânia; he at 26 rue des Quorbelles and 95 Avenue des Tuileries Apt. 892.",
    [["86036 Rua do Arenque 1634, Goiânia", "location:address"], ["26 rue des Quorbelles", "location:address"],
      ["95 Avenue des Tuileries Apt. 892", "location:address"]], ["lives", "he"]],
  // hard negatives: "rue" the English verb, "avenue" of treatment
  ["You will rue the day. 5 rue the day. Another avenue of treatment; 2 avenues of care.", [], ["rue", "avenue", "avenues", "day"]],
  // a street type written after one or two names: Hungarian "u.", Estonian "tee", Norwegian "gate", German "Str."
  ["Address: 17693 Király u. 15.\nTel: 555", [["17693 Király u. 15", "location:address"]], ["Address"]],
  ["Write to 04862 Victor Hugo u. 49. Suite 638 now", [["04862 Victor Hugo u. 49. Suite 638", "location:address"]], ["Write", "now"]],
  ["She moved to 6614 Luite tee 87 in May", [["6614 Luite tee 87", "location:address"]], ["moved"]],
  ["Meet me at 2224 Quorbys gate 232 tonight", [["2224 Quorbys gate 232", "location:address"]], ["Meet", "tonight"]],
  // hard negatives: gates, "str" and a lone "u" in prose
  ["The boarding gate 12 is closed. Use Terminal gate 7. Smith u 15 times. Biceps str 5/5.", [],
    ["gate", "u", "str", "boarding", "Terminal", "Biceps"]],
  // a street word naming the street after "on" outscores the names it holds
  ["He lives on Berg Hills Street.", [["Berg Hills Street", "location:address"]], ["lives"]],
  // an apartment or suite alone, ending its clause or before more address; in a sentence a suite is a room
  ["Please send it to Apt. 675\nThe clinic is in Suite 200 of the Arts Building.", [["Apt. 675", "location:address"]],
    ["Suite", "200"]],
  // European street lines: the house number after the name
  ["Ship to Ziegelgasse 19, Wien or Hauptstraße 5, 8010 Graz.",
    [["Ziegelgasse 19, Wien", "location:address"], ["Hauptstraße 5, 8010 Graz", "location:address"]], ["Ship"]],
  ["The station is on Villacher Strasse 89 near Via Franscini 71 and ul. Słowicza 10.",
    [["Villacher Strasse 89", "location:address"], ["Via Franscini 71", "location:address"], ["ul. Słowicza 10", "location:address"]],
    ["station", "near"]],
  ["22 Mellemvej 32", [["22 Mellemvej 32", "location:address"]], []],
  // a building number before a house number and a street type written first
  ["9554 62 Rue Gafsa Apt. 981", [["9554 62 Rue Gafsa Apt. 981", "location:address"]], []],
  // a direction spelled out before "City, ST" names part of the town; an abbreviated one or a lone word does not
  ["Lives in South Quorbelton, WA now; seen at Tyrell Clinic. South, MA.",
    [["South Quorbelton, WA", "location:address"], ["Tyrell Clinic", "location:facility"]], ["Lives", "now", "South,"]],
  // US regions below a state; countries the list lacked
  ["He grew up on Cape Cod, moved to the Upper Peninsula and then the Czech Republic.",
    [["Cape Cod", "location:city"], ["Upper Peninsula", "location:city"], ["Czech Republic", "location:country"]], ["grew"]],
  // lower-case chat: a known town and its state code in an address tail; a numbered road after a house number
  ["send it to po box 123 boston ma 02115 thanks", [["po box 123 boston ma 02115", "location:po-box"]], ["send", "thanks"]],
  ["my address is 45 oak avenue, apt 3b, dayton oh 45402", [["45 oak avenue, apt 3b, dayton oh 45402", "location:address"]], ["my"]],
  ["po box 12 salem or cambridge, we moved to 1200 route 9 and take route 9 to work",
    [["po box 12 salem", "location:po-box"], ["cambridge", "location:city"], ["1200 route 9", "location:address"]],
    ["or", "take", "work"]],
  // lower-case chat: "town, st 12345" after a comma, the codes that are words or credentials too ("ma", "va"), but not
  // "md" or "or" ("smith, md 12345" is a doctor and a number)
  ["mail to 12 elm st\nnewton, ma 02466 or quorbelton, va 22150 please",
    [["12 elm st", "location:address"], ["newton", "location:city-state"], ["02466", "format:zip-address"],
      ["quorbelton", "location:city-state"], ["22150", "format:zip-address"]], ["mail", "please"]],
  ["dr quorbel, md 12345 and tired, or 12345 times", [["quorbel", "name:title"]], ["md 12345", "tired, or 12345"]],
  // lower-case chat: a house number after "to", "from" or "near" and a street type that is no clinical abbreviation;
  // a dose or a count before the type is none
  ["ship to: 1600 pennsylvania ave and drove from 12 tower rd", [["1600 pennsylvania ave", "location:address"],
    ["12 tower rd", "location:address"]], ["ship", "drove"]],
  ["increase to 20 mg ave and titrate from 10 to 20 units rd", [], ["20 mg", "20 units"]],
  // where a person lives or stays, named like a facility
  ["She stays at the Pine Street Inn, then moved to Greenbriar Apartments; the hotel was closed.",
    [["Pine Street Inn", "location:organization"], ["Greenbriar Apartments", "location:facility"]], ["hotel"]],
  // hard negatives: feeding routes, an English word with a compound's ending, microlitres
  ["Feeding via NG tube 12 hours. VIA NASAL CANNULA 2 L. A 2 Brigade 3 soldier. Add 5 ul. Saline 10 ml. Use ul. Heparin 10.", [],
    ["NG", "NASAL", "CANNULA", "Brigade", "ul", "Saline", "Heparin"]],
];

runPlaceTable("addresses below a state: table of cases", CASES);
