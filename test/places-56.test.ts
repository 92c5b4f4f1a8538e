// Why this file exists: table tests, with hard negatives, for stop 56's places round (pl56): a town's or a water's
// feature word one blank after a place the older rules found ("Latta Crossroads, SC", "near Fort Peck Lake."):
// townFeature56(); and a street's house number left before a street taken for a town or a name, the address going on
// after it ("455 Broadway, Everett MA", "220 Fellsway West, Medford"): streetNumber56(); both in
// assembly/names/r56_pl.ts, called from detect.ts's pendingTails56p(). Each row in mixed case, ALL CAPS and lower case.
// Both engines. People, firms and streets are made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const N = "NAME";

const FEATURES: TypedCase[] = [
  // (the line's end or a period closes the feature word; the place is the text's last span or another follows)
  ...casedRows("Lives with her aunt near Fort Peck Lake. No pets.\n", [["Fort Peck Lake", L]], ["pets"]),
  ...casedRows("Lives near Fort Peck Lake. Wife Ingrid Sollander helps.\n", [["Fort Peck Lake", L], ["Ingrid Sollander", N]], ["helps"]),
  ...casedRows("Son lives in Jamaica Flats.\nIncome: SSDI.\n", [["Jamaica Flats", L]], ["Income"]),
  ...casedRows("Son lives in Jamaica Flats. Daughter Orla Vennick in Boston.\n",
    [["Jamaica Flats", L], ["Orla Vennick", N], ["Boston", L]], ["Daughter"]),
  // (a comma and a state's code after it; in mixed case the older rule takes the code too)
  ...casedRowsEach("Brother Tobin Quall drives in from Latta Crossroads, SC on weekends.\n",
    [[["Tobin Quall", N], ["Latta Crossroads, SC", L]], [["TOBIN QUALL", N], ["LATTA CROSSROADS", L]],
      [["tobin quall", N], ["latta crossroads", L]]], ["weekends"]),
];

const STREETS: TypedCase[] = [
  // (a comma before the number, the town's or the name's guess after it, then a comma and the town)
  ...casedRows("Pharmacy: Harlow Drug #2231, 455 Broadway, Everett MA, 617-555-0163.\n",
    [["Harlow Drug", L], ["455 Broadway", L], ["Everett", N]], ["Pharmacy"]),
  // (mixed case only: the older rules find no street's name in capitals or lower case here)
  ...casedRowsEach("Fell while shoveling snow at home, 220 Fellsway West, Medford. No LOC.\n",
    [[["220 Fellsway West", L], ["Medford", L]], [["MEDFORD", L]], [["medford", L]]], ["snow"]),
  ...casedRowsEach("Address 5618 Castle Hunt, San Antonio, TX 78218.\n",
    [[["5618 Castle Hunt", L], ["San Antonio", L]], [["SAN ANTONIO", L]], [["san antonio", L]]], []),
];

// the older reading stays: no feature word that closes the phrase, a number that opens no field, a log's time, no place
// after the name, a store number
const NEGATIVES: TypedCase[] = [
  ...casedRows("Seen in Houston. Point tenderness over the left knee.\n", [["Houston", L]], ["Point", "tenderness"]),
  ...casedRows("Moved to Denver bay 4 last night per charge nurse.\n", [["Denver", L]], ["bay", "night"]),
  ...casedRows("Traveled to Boston neck pain since.\n", [["Boston", L]], ["neck", "pain"]),
  ...casedRows("1145 Quintana, Amira   plan: discharge.\n", [["Quintana, Amira", N]], ["1145", "plan"]),
  ...casedRows("Bed 12 Lee, Boston team following.\n", [["Lee, Boston", N]], ["12", "team"]),
  ...casedRows("Walgreens #4471 Columbia, refill sent.\n", [["Walgreens", L], ["Columbia", L]], ["refill"]),
];

runTypedTable("stop 56, pl56: a town's feature word after a place found", [L, N], FEATURES);
runTypedTable("stop 56, pl56: a street's house number before a street taken for a town or a name", [L, N], STREETS);
runTypedTable("stop 56, pl56: hard negatives (the older reading stays)", [L, N], NEGATIVES);
