// Why this file exists: table tests, with hard negatives, for stop 60's clinical round from fixture 62 (fb60,
// correctional and detention health), in mixed case, ALL CAPS and lower case, both engines: a jail's or a prison's
// number for its inmate after its cue (src/builtins.ts: "JID 559201", "Jail ID 2290417", "Inmate No. 44719",
// "Booking Number: 2099-031774"). Hard negatives: the cues before no number ("inmate no longer", "JID pending", "jail
// ID card lost"). Names invented.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const I = "ID";

const IDS: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Cell M-2 Hollis, Jerome (JID 559201): BG 412.\n",
    [[["559201", I]], [["559201", I]], [["559201", I]]], ["Cell", "BG"]),
  ...casedRowsEach("Jail ID 2290417, pod 4 upper tier.\n", [[["2290417", I]], [["2290417", I]], [["2290417", I]]], ["pod", "tier"]),
  ...casedRowsEach("Booking Number: 2099-031774\n", [[["2099-031774", I]], [["2099-031774", I]], [["2099-031774", I]]], []),
  ...casedRowsEach("Inmate No. 44719 seen at sick call.\n", [[["44719", I]], [["44719", I]], [["44719", I]]], ["sick", "call"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Inmate no longer on suicide watch; JID pending.\n", [[], [], []], ["longer", "pending"]),
  ...casedRowsEach("Jail ID card lost at booking, inmate # pending.\n", [[], [], []], ["card", "booking", "pending"]),
];

runTypedTable("stop 60 (fb60): a jail's or a prison's number for its inmate after its cue", [I], IDS);
runTypedTable("stop 60 (fb60): hard negatives, the cues before no number", [I], NOT);
