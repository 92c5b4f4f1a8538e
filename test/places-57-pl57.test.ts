// Why this file exists: table tests, with hard negatives, for stop 57's places round (pl57): a street the older rules
// found grows over the words that close it (its numbered road's number "147 Quarry Road 88", a direction "41st St NW",
// a home's unit after a comma "8801 Ranch Rd 12, Bldg C, Rm 104", "18841 Fenkell Ave, upper") and a numbered road's
// prefix ("BIA Route 14"); a type-first street after its house number read as a name ("418 rue Bourque", "31208 Via
// Colinas, Unit 5") becomes the street's. assembly/names/r57_pl.ts, called from detect.ts's pendingTails57p(). Each row
// in mixed case, ALL CAPS and lower case, both engines. People, firms and streets are made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const N = "NAME";

const TAILS: TypedCase[] = [
  // (a county's or a highway's number after the road's word)
  ...casedRows("Patient prefers mail to 147 Quarry Road 88, Mount Ida AR 71957.\n", [["147 Quarry Road 88", L]], ["Patient"]),
  ...casedRows("Home: trailer at 1100 Old Hwy 87, Hardin 59034, three steps.\n", [["1100 Old Hwy 87", L]], ["trailer", "steps"]),
  // (a direction's letters after the street's type)
  ...casedRows("Pharmacy on 41st St NW, 507-555-0198, said refill needs PA.\n", [["41st St NW", L]], ["refill"]),
  ...casedRows("Restaurant on Cedar Ave S (family-owned).\n", [["Cedar Ave S", L]], ["family"]),
  // (a home's unit after a comma: a building and a room, a bare part of the house, a '#' and its letter)
  ...casedRowsEach("Address: 8801 Ranch Rd 12, Bldg C, Rm 104, Wimbleton TX 78676\n",
    [[["8801 Ranch Rd 12, Bldg C, Rm 104", L], ["Wimbleton TX", L]], [["8801 RANCH RD 12, BLDG C, RM 104", L], ["WIMBLETON TX", L]],
      [["8801 ranch rd 12, bldg c, rm 104, wimbleton tx 78676", L]]], []),
  ...casedRows("Home: 18841 Fenkell Ave, upper, Detroit 48223.\n", [["18841 Fenkell Ave, upper", L]], []),
  ...casedRowsEach("Home 81-447 Calle Tampico, #B, La Quinta 92253.\n",
    [[["81-447 Calle Tampico, #B", L]], [["81-447 CALLE TAMPICO, #B", L]], [["81-447 calle tampico, #b", L], ["quinta", N]]], []),
  // (a numbered road's prefix; in lower case no rule finds the road)
  ...casedRowsEach("Turn at the cattle guard onto BIA Route 14, third trailer.\n",
    [[["BIA Route 14", L]], [["BIA ROUTE 14", L]], []], ["cattle", "third"]),
];

const TYPE_FIRST: TypedCase[] = [
  // (a type-first street after its house number, read as a name before)
  ...casedRowsEach("They live at 418 rue Bourque, Loreauville, LA 70552.\n",
    [[["418 rue Bourque, Loreauville, LA", L]], [["418 RUE BOURQUE, LOREAUVILLE, LA", L]],
      [["418 rue bourque", L], ["loreauville, la 70552", L]]], []),
  ...casedRows("DOB 10 Jan 1994, 31208 Via Colinas, Unit 5, Temecula 92592.\n",
    [["31208 Via Colinas, Unit 5", L], ["Temecula 92592", L]], ["DOB"]),
];

// the older reading stays: a unit's word that no number or letter closes, a clinical phrase of the same shape, a
// bearing from a street, a highway's direction of travel, "via" and a number that no street follows
const NEGATIVES: TypedCase[] = [
  ...casedRows("Lot of pain in the left knee today.\n", [], ["Lot", "pain"]),
  ...casedRows("Space heater in the bedroom since January.\n", [], ["Space", "heater"]),
  ...casedRows("Route of administration changed to PO.\n", [], ["Route", "administration"]),
  ...casedRows("Unit B of the ICU is full tonight.\n", [], ["Unit", "ICU"]),
  ...casedRows("Point tenderness over the left knee.\n", [], ["Point", "tenderness"]),
  // (mixed case and lower case: ALL CAPS's older address tail reads "LOT OF" on, left as it was)
  ["Lives at 12 Oak St, lot of pain since the fall.\n", [["12 Oak St", L]], ["lot", "pain"]],
  ["lives at 12 oak st, lot of pain since the fall.\n", [["12 oak st", L]], ["lot", "pain"]],
  ["lives at 20 elm st, unit b of the building.\n", [["20 elm st", L]], ["unit", "building"]],
  ["Seen on Main St N of the bridge.\n", [["Main St", L]], ["N of", "bridge"]],
  ...casedRows("Route: US-41 S; snow delayed the crew.\n", [["US-41", L]], ["S;", "snow"]),
  ...casedRows("Given 2 via Fedex, Smith notified.\n", [["Fedex", L]], ["2 via", "notified"]),
];

runTypedTable("stop 57, pl57: a street's closing words (road number, direction, unit) and a road's prefix", [L, N], TAILS);
runTypedTable("stop 57, pl57: a type-first street after its house number", [L, N], TYPE_FIRST);
runTypedTable("stop 57, pl57: hard negatives (the older reading stays)", [L, N], NEGATIVES);
