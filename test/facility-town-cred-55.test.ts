// Why this file exists: table tests, with hard negatives, for stop 55's clinical round 54 (fx55), in mixed case, ALL
// CAPS and lower case: a listed town that no name list holds, written right after a facility's or an organisation's
// comma and before a state's code that is also a credential ("NMS Labs, Horsham PA", "Lehigh Valley Hospital, Allentown
// PA"), is the town, not a person with a credential (facilityTownCred55() in assembly/names/r55_fx55.ts). Hard
// negatives: a surname alone after a facility's comma and before a credential ("Mercy Clinic, Jones PA", "Mercy Clinic,
// Jackson MD", "Mercy Hospital, Kowalczyk MD"), a PA-C, two words after the comma, and a code that does not close its
// field. Both engines; names, towns and facilities invented or general.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const N = "NAME";

const TOWN: ReadonlyArray<TypedCase> = [
  ...casedRows("Femoral blood sent to NMS Labs, Horsham PA, work order 4471.\n",
    [["NMS Labs, Horsham", L]], ["Femoral", "PA", "work"]),
  ...casedRows("Transferred from Lehigh Valley Hospital, Allentown PA\n",
    [["Lehigh Valley Hospital, Allentown", L]], ["Transferred", "PA"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Seen at Mercy Clinic, Jones PA.\n", [["Mercy Clinic", L], ["Jones", N]], ["Seen", "PA"]),
  ...casedRows("Mercy Clinic, Jackson MD\n", [["Mercy Clinic", L], ["Jackson", N]], ["MD"]),
  ...casedRows("Mercy Hospital, Kowalczyk MD\n", [["Mercy Hospital", L], ["Kowalczyk", N]], ["MD"]),
  ...casedRows("Mercy Clinic, Dana Kohl PA\n", [["Mercy Clinic", L], ["Dana Kohl", N]], ["PA"]),
  ...casedRows("Follow-up with Reyes PA-C today.\n", [["Reyes", N]], ["Follow-up", "today"]),
];

runTypedTable("stop 55 (fx55): a town between a facility's comma and a state's code that is also a credential", [L], TOWN);
runTypedTable("stop 55 (fx55): hard negatives, a surname alone, two words, a PA-C", [L, N], NOT);
