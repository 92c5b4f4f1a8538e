// Why this file exists: table tests, with hard negatives, for stop 52b's identifier round (id52b): a UPS tracking
// number by its shape ("1Z" and sixteen letters and digits, the last ten digits: ups52b), a short plate after the
// plate cue and a state's code (shortPlate52b) and a plate after a state's code and "tag" (stateTag52b), in
// assembly/scanners/id52b.ts. Both engines, the three cases. Names and numbers are made up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const TYPES = ["ID", "MRN", "ACCOUNT", "HEALTH_PLAN", "DEVICE", "LICENSE", "VEHICLE", "PHONE", "DATE", "SSN"];

const UPS: readonly TypedCase[] = [
  // in blank-separated groups after the carrier's name, glued whole after a label, a blank after "1Z" or not
  ...cases("Kit shipped UPS 1Z 58T 204 02 3317 9046 to the lab.", [["1Z 58T 204 02 3317 9046", "ID"]], []),
  ...cases("Courier: UPS Next Day Air 1Z 6F2 118 01 5520 4417\nShip date pending", [["1Z 6F2 118 01 5520 4417", "ID"]], []),
  ...cases("Returned by 1Z999AA10123456784 today.", [["1Z999AA10123456784", "ID"]], []),
  ...cases("Label (1Z 3W7 0A5 03 4471 8820) printed.", [["1Z 3W7 0A5 03 4471 8820", "ID"]], []),
  // hard negatives: fifteen characters, letters in the last ten, a "1Z" glued to a word (the older phone scanner's
  // reading of the last groups stays: the rule takes nothing there)
  ...cases("Box 1Z 447 18W 02 2099 71 returned.", [["02 2099 71", "PHONE"]], ["1Z", "18W"]),
  ...cases("Code 1Z ABCD EFGH IJKL MN44 today.", [], ["1Z", "ABCD"]),
  ...cases("Grade A1Z 447 18W 02 2099 7184 noted.", [["02 2099 7184", "PHONE"]], ["A1Z", "18W"]),
];

const PLATES: readonly TypedCase[] = [
  // a short plate after the plate cue and a state's code; a plate after a state's code and "tag"
  ...cases("Second car seen: black Ram, partial plate IL 8J2, per officer.", [["IL 8J2", "VEHICLE"]], []),
  ...cases("Plate TX 7KW, towed.", [["TX 7KW", "VEHICLE"]], []),
  ...cases("He left driving a white F-150, GA tag RKT4471.\nDo not confirm.", [["RKT4471", "VEHICLE"]], []),
  ...cases("Truck with FL tag QJ8-2207 parked in bay 2.", [["QJ8-2207", "VEHICLE"]], []),
  // hard negatives: a platelet count, a tag that is no plate, tracking a weight, doses, a date, a phone number
  ...cases("Plate count 210 today; platelets 44 on 3/14.", [["3/14", "DATE"]], ["210", "44"]),
  ...cases("Kids tag along to visits; ID tag on the bag.", [], ["tag along", "ID tag"]),
  ...cases("She is tracking her weight, 142 lb, and takes 40 mg daily.", [], ["142", "40 mg"]),
  ...cases("Volar plate in 2A position, lot pending; no tag 4A2.", [], ["2A", "4A2"]),
  ...cases("Son in GA: call 404-555-0187 about the tag.", [["404-555-0187", "PHONE"]], []),
  // a state's code that is an English word in upper case ("ME", "OK", "HI") and a size after a code ("TX 4x4")
  ...cases("Plate ME 4X4 gauze; dinner plate OK 2B1; compression plate HI 5X6.", [], ["4X4", "2B1", "5X6"]),
  ...cases("Plate TX 4x4 shim, IL tag 10x12 frame.", [], ["4x4", "10x12"]),
];

runTypedTable("stop 52b (id52b): a UPS tracking number by its shape", TYPES, UPS);
runTypedTable("stop 52b (id52b): a short plate after a state's code, a plate after a state's code and \"tag\"", TYPES, PLATES);
