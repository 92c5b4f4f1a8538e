// Why this file exists: table tests, with hard negatives, for the stop 52 organisations round og52: a device maker's cell
// in an implant log's row, after the item's cell and a column's two blanks, before a catalog number that a column's gap
// and a lot's or a serial's cell follow ("SZ 4      STRYKER      5510-F-401   MHRK4471", "GLOBUS MEDICAL  1197.6545
// GM0448211": implantMaker52()). Hard negatives: a table's label before a number ("ROOM 22-W", "CLAIM 7720418-99"), a
// maker's word with no catalog number or no lot after it, a medical or core English word in the maker's place, a maker
// that opens its line. And the words glued by a hyphen before an organisation's span ("Lincoln-Lancaster County Health
// Department", "ALL-CARE STAFFING": hyphenStart52()); hard negatives a kind's prefix ("non-"), a digit, a person's name
// found before ("Dr Oduya-Stein, Texas Orthopedics" keeps "Oduya" the person's). Mixed case, ALL CAPS and lower case;
// both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri, casedRowsEach as triEach, ORG } from "./helpers/place-table.js";

const NAMED: ReadonlyArray<PlaceCase> = [
  ...tri("Femoral CR sz 4        STRYKER      5510-F-401   MHRK4471", [["STRYKER", ORG]], ["Femoral"]),
  ...tri("Tibial baseplate sz 4  Stryker      5520-B-400   LOT 9RT3301", [["Stryker", ORG]], ["Tibial"]),
  ...tri("Poly insert 11 mm CS   Stryker      5532-G-411   SN 44718AXQ", [["Stryker", ORG]], ["insert"]),
  ...tri("Pedicle screw 6.5 x 45 (x4)      Globus Medical  1197.6545     GM0448211", [["Globus Medical", ORG]], ["screw"]),
  ...tri("Interbody cage 10 mm 15 deg      Globus Medical  CREST-1015    CR22K0917", [["Globus Medical", ORG]], ["cage"]),
  ...tri("Bone cement (Simplex P w/ tobra)  Stryker 6197-9-001  LOT not tracked", [["Stryker", ORG]], ["cement"]),
  ...tri("Allograft DBM 5 cc               Kestrelbio      DBX-05        KB-2209-44815", [["Kestrelbio", ORG]], ["Allograft"]),
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a table's label before a number, a word in the maker's place that a core list holds
  ...tri("Admitted 3/14  Room 22-W  PHCC-1187 bed 2", [], ["Room"]),
  ...tri("Workers comp   Claim 7720418-99   14MAR2099 filed", [], ["Claim"]),
  ...tri("Pickup 0705    Frozen 44-118      PB447120", [], ["Frozen"]),
  ...tri("Cement used    Bone 6191-1-010    ZAD447", [], ["Bone"]),
  // a maker's word with no catalog number, or no lot after the number
  ...tri("Femoral CR sz 4        Kestrelbio   per rep", [], ["Femoral", "per"]),
  ...tri("Femoral CR sz 4        Kestrelbio   5510-F-401", [], ["Femoral"]),
  ...tri("Femoral CR sz 4        Kestrelbio   5510   MHRK4471", [], ["Femoral"]),
  // the maker's word opening its line (no item's cell before it)
  ...tri("Kestrelbio   5510-F-401   MHRK4471", [], []),
];

const GLUED: ReadonlyArray<PlaceCase> = [
  ...tri("Reported to Lincoln-Lancaster County Health Department on 3/12.", [["Lincoln-Lancaster County Health Department", ORG]], ["Reported"]),
  ...tri("Call from Toledo-Lucas County Health Department about lead.", [["Toledo-Lucas County Health Department", ORG]], ["lead"]),
  ...tri("Dispatch log — Clarksville-Montgomery County EMA notified.", [["Clarksville-Montgomery County EMA", ORG]], ["notified"]),
  ...tri("Sitter from All-Care Staffing tonight.", [["All-Care Staffing", ORG]], ["Sitter", "tonight"]),
  ...triEach("Union: SMART-TD Local 1447 rep called.", [[["SMART-TD Local", ORG]], [["SMART-TD LOCAL 1447", ORG]], [["smart-td local", ORG]]], ["Union", "called"]),
];

const GLUED_NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a kind's prefix, a digit glued before the body's name
  ...tri("Records sent to non-Lancaster County Health Department staff.", [["Lancaster County Health Department", ORG]], ["non", "staff"]),
  ...tri("Called 4-Lancaster County Health Department line.", [["Lancaster County Health Department", ORG]], ["Called", "line"]),
  // a person's name found before the hyphen keeps its part (the older findings, as at the base)
  ...triEach("Refer hand - Dr Oduya-Stein, Texas Orthopedics Hand Center.", [
    [["Oduya", "name:title"], ["Stein, Texas Orthopedics", ORG]],
    [["ODUYA", "name:title"], ["STEIN, TEXAS ORTHOPEDICS", ORG]],
    [["oduya-stein", "name:title"], ["texas orthopedics", ORG]],
  ], ["Refer"]),
];

runPlaceTable("og52: the words glued by a hyphen before an organisation's span", GLUED);
runPlaceTable("og52: a kind's prefix, a digit, a person's name before the hyphen", GLUED_NEGATIVES);
runPlaceTable("og52: a device maker's cell before its catalog number and its lot in an implant log's row", NAMED);
runPlaceTable("og52: a table's label, a core word, no catalog number, no lot, a line's first cell", NEGATIVES);
