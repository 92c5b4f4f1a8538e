// Why this file exists: table tests, with hard negatives, for the second places/dates/ages round of stop 46 (lc46b),
// read from the LOCATION, DATE and AGE misses of fixtures 30-34 in their three cases: an age over 89 alone in brackets
// after a listed name, closing a list's item (nameBracket46b) or glued to its sex letter between a banner's column gaps
// (bannerParenAge46b); a lower-case dashed "may" date before a unit's word (dashedYear46b); a claim form's compact
// statement period (compactPeriod46b); a log's rows opened by days of one month (rowDay46b); the town after a grid
// address (gridTown46b); a state road's code and number (stateRoad46b). Both engines. Names and places are made up.
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const AGES: RoundRows = [
  // nameBracket46b: a listed given name or surname before the age in brackets, the item closing after ')'
  ["Seen: Katharina Wipf (91), her daughter-in-law Rebecca", [["AGE", "91"]]],
  ["SEEN: KATHARINA WIPF (91), HER DAUGHTER-IN-LAW REBECCA", [["AGE", "91"]]],
  ["seen: katharina wipf (91), her daughter-in-law rebecca", [["AGE", "91"]]],
  ["2. st. pierre, lucien (92) — egd, needs ride", [["AGE", "92"]]],
  ["2. ST. PIERRE, LUCIEN (92) — EGD, NEEDS RIDE", [["AGE", "92"]]],
  ["2. St. Pierre, Lucien (92) — EGD, needs ride", [["AGE", "92"]]],
  ["Visited: Margarethe Olsen (94); follow-up June", [["AGE", "94"]]],
  // hard negatives: readings, vital signs and analytes in brackets; English words that are also names; a word going on
  ["Vitals: Room Air (93), HR 88", []],
  ["VITALS: ROOM AIR (93), HR 88", []],
  ["Pulse Ox (95) / RR 16", []],
  ["pulse ox (95) / rr 16", []],
  ["Glucose (101), Sodium (135)", []],
  ["Will (95), Rose (93), Mark (92)", []],
  ["Katharina Wipf (91) tablets daily", []],
  // bannerParenAge46b: the age and its sex letter glued in brackets between column gaps, any case
  ["O'DWYER, CORMAC   MRN PSH-00719204   (91M)   ACCESS R FEM", [["AGE", "91"]]],
  ["o'dwyer, cormac   mrn psh-00719204   (91m)   access r fem", [["AGE", "91"]]],
  // hard negatives: a distance after a word, a French size, a temperature
  ["6mwt distance (90m) today", []],
  ["foley (16f) placed", []],
  ["tmax   (101f)   overnight", []],
];

const DATES: RoundRows = [
  // dashedYear46b: a lower-case "may" between dashes, the year glued, a unit's word after it
  ["albany medical center     14-may-2099 day 0", [["DATE", "14-may-2099"]]],
  ["infusion 14-may-2099 day 0 of car-t", [["DATE", "14-may-2099"]]],
  // hard negatives: the modal verb, a dose
  ["you may 2 tabs day 0", []],
  ["14-may be given", []],
  // compactPeriod46b: a claim form's statement period, six digits each
  ["FL4 TYPE 0111   FL6 050899 THRU 051399", [["DATE", "050899"], ["DATE", "051399"]]],
  ["fl4 type 0111   fl6 050899 thru 051399", [["DATE", "050899"], ["DATE", "051399"]]],
  ["Statement covers period 050899 through 051399", [["DATE", "050899"], ["DATE", "051399"]]],
  // hard negatives: no month, the period going back, more than a year apart
  ["ORDER 123456 THRU 654321", []],
  ["ITEMS 051399 THRU 050899", []],
  ["range 010198 to 010105", []],
  // rowDay46b: a log's rows opened by days of one month and a column's gap
  ["date        am          pm\n5/8         148/88 p72\n5/9         152/90 p74\n5/10        160/94 p80",
    [["DATE", "5/8"], ["DATE", "5/9"], ["DATE", "5/10"]]],
  ["DATE        AM          PM\n5/8         148/88 P72\n5/9         152/90 P74",
    [["DATE", "5/8"], ["DATE", "5/9"]]],
  // hard negatives: a grade's table, a single row, a fraction of a tablet
  ["Strength\n5/5    5/5\n4/5    5/5", []],
  ["Strength\n4/5    4/5\n4/4    5/5", []],
  ["Dose\n1/2    tab at night\n1/4    tab in am", []],
  ["5/8    148/88", []],
];

const PLACES: RoundRows = [
  // gridTown46b: the town after a grid address's comma
  ["Home 1340 W 400 N, Salt Lake City; grandmother drives", [["LOCATION", "1340 W 400 N, Salt Lake City"]]],
  ["HOME 1340 W 400 N, SALT LAKE CITY; GRANDMOTHER DRIVES", [["LOCATION", "1340 W 400 N, SALT LAKE CITY"]]],
  ["home 1340 w 400 n, salt lake city; grandmother drives", [["LOCATION", "1340 w 400 n, salt lake city"]]],
  // hard negatives: a unit with its number, a clause going on
  ["Home 1340 W 400 N, Apt 4", [["LOCATION", "1340 W 400 N"], ["LOCATION", "Apt 4"]]],
  ["home 1340 w 400 n, then left", [["LOCATION", "1340 w 400 n"]]],
  // stateRoad46b: a state road's code and number after a road's word or a house number
  ["a motor-vehicle accident on NY-28 near Hartwick.", [["LOCATION", "NY-28"], ["LOCATION", "Hartwick"]]],
  ["A MOTOR-VEHICLE ACCIDENT ON NY-28.", [["LOCATION", "NY-28"]]],
  ["a motor-vehicle accident on ny-28.", [["LOCATION", "ny-28"]]],
  ["Address 4471 KY-80, lives with daughter", [["LOCATION", "4471 KY-80"]]],
  // hard negatives: a tumour marker, an interleukin, an operating room, a code glued on, a mixed-case pair
  ["CA-125 of 40 on 3/2.", [["DATE", "3/2"]]],
  ["started on IL-2 infusion", []],
  ["taken to OR-2 at noon", []],
  ["on NY-28B", []],
  ["on Ny-28", []],
];

runRoundTable("stop 46, lc46b: ages", AGES, ["AGE"]);
runRoundTable("stop 46, lc46b: dates", DATES, ["DATE"]);
runRoundTable("stop 46, lc46b: places", PLACES, ["LOCATION", "DATE"]);
