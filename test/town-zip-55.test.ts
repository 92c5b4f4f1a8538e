// Why this file exists: table tests, with hard negatives, for stop 55's clinical round (fy55, from fixture 52's
// misses): in lower-case text, the town of an address written right after the street's type or direction with no
// comma (or after a direction's comma), closed by its ZIP code, a state's code between allowed ("we moved to 2205
// wingfield hills rd sparks 89436", "home 6211 w ustick rd meridian 83646.", "updated to 212 e 7th st superior wi 54880
// per pt", "2240 leonard st nw, walker 49534"): the town and the ZIP join the address (townZip55() in
// assembly/names/r55_fy55.ts, called from detect.ts's continueTail()). Towns that are English words were refused there
// without the ZIP. Hard negatives: a dose's or a time's unit and a count after the street ("st units 10000", "rd
// given 10000 units", "st twice 12345 times"), a clinical word after a comma ("rd, insulin 10000 units."), a ZIP that
// does not close its phrase. Both engines; names and streets invented.
import { ADDR, runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const TOWN_ZIP: ReadonlyArray<PlaceCase> = [
  ["ok btw, we moved to 2205 wingfield hills rd sparks 89436\nthx",
    [["2205 wingfield hills rd sparks 89436", ADDR]], ["thx"]],
  ["mom paid. home 6211 w ustick rd meridian 83646.", [["6211 w ustick rd meridian 83646", ADDR]], ["paid"]],
  ["updated to 212 e 7th st superior wi 54880 per pt. called.",
    [["212 e 7th st superior wi 54880", ADDR]], ["called"]],
  ["lives with her at 2240 leonard st nw, walker 49534. home care to call.",
    [["2240 leonard st nw, walker 49534", ADDR]], ["home", "care"]],
  ["mailed to 415 quarry rd elk mound 54739; no reply", [["415 quarry rd elk mound 54739", ADDR]], ["reply"]],
  ["new address: 88 harbor ave bay view 02139-4410\nphone same",
    [["88 harbor ave bay view 02139-4410", ADDR]], ["phone"]],
];

const NOT: ReadonlyArray<PlaceCase> = [
  ["sent to 455 mill st units 10000", [["455 mill st", ADDR]], ["units", "10000"]],
  ["lives at 12 oak st given 10000 units", [["12 oak st", ADDR]], ["given", "10000"]],
  ["pt drove from 1200 w 3rd st twice 12345 times", [["1200 w 3rd st", ADDR]], ["twice", "12345"]],
  ["lives at 88 pine rd, insulin 10000 units.", [["88 pine rd", ADDR]], ["insulin", "10000"]],
  ["moved to 30 cedar rd walker 49534 feet away", [["30 cedar rd", ADDR]], ["walker", "49534"]],
];

runPlaceTable("stop 55 (fy55): a lower-case town closed by its ZIP right after the street", TOWN_ZIP);
runPlaceTable("stop 55 (fy55): hard negatives, units, counts and clinical words after the street", NOT);
