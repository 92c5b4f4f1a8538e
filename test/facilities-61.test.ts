// Why this file exists: table tests, with hard negatives, for stop 61's facility round (fc61), in mixed case, ALL CAPS
// and lower case, both engines: a jail's, a prison's or a detention centre's own words before its head ("penitentiary",
// "detention center", "correctional facility", "correctional institution", "correctional complex"),
// written at the head and never across a bracket or its comma (corrHead61() in assembly/names/r61_fc61.ts, called from
// facilityOrPlace() once the word table's facility bit reached the head); and a field's label ending in a hospital's
// head before its colon refused in ALL CAPS and lower case (labelHead61(), caselessName60()'s mend). Hard negatives:
// "jail" and the heads in ordinary phrases ("held in jail for 3 days", "county jail", "the regional jail", "detention
// center holds", "Juvenile Detention Center": no own word), "prison ministry", "the center of the lesion". Names
// invented.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const NAMED: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Transferred from Kessler Detention Center on 10/3.\n",
    [[["Kessler Detention Center", L]], [["KESSLER DETENTION CENTER", L]], [["kessler detention center", L]]], ["Transferred"]),
  ...casedRowsEach("Site: Tallmadge Correctional Complex, Anchorage — DOC notified.\n",
    [[["Tallmadge Correctional Complex", L]], [["TALLMADGE CORRECTIONAL COMPLEX", L]], [["tallmadge correctional complex", L]]],
    ["Site", "notified"]),
  // (the bracket and the person's comma are not crossed)
  ...casedRowsEach("Patient (incarcerated, Harlow Correctional Institution) seen today.\n",
    [[["Harlow Correctional Institution", L]], [["HARLOW CORRECTIONAL INSTITUTION", L]], [["harlow correctional institution", L]]],
    ["incarcerated"]),
  ...casedRowsEach("Sent to Northfield State Penitentiary on 3/4.\n",
    [[["Northfield State Penitentiary", L]], [["NORTHFIELD STATE PENITENTIARY", L]], [["northfield state penitentiary", L]]], ["Sent"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Inmate was held in jail for 3 days before transfer.\n", [[], [], []], ["jail"]),
  ...casedRowsEach("Spent two nights in county jail last month.\n", [[], [], []], ["county", "jail"]),
  ...casedRowsEach("Returned to the regional jail after the visit.\n", [[], [], []], ["regional", "jail"]),
  ...casedRowsEach("Chaplain runs a prison ministry on Sundays.\n", [[], [], []], ["prison", "ministry"]),
  ...casedRowsEach("Mass at the center of the lesion measures 2 cm.\n", [[], [], []], ["center"]),
  ...casedRowsEach("History of multiple jail stays and detention center holds.\n", [[], [], []], ["jail", "detention"]),
  ...casedRowsEach("Incarcerated at Juvenile Detention Center until discharge.\n", [[], [], []], ["Juvenile", "Detention"]),
  // (a field's label before its colon: the hospital after it is found, the label is not)
  ...casedRowsEach("Donor hospital: Wrenfield Regional Medical Center\n",
    [[["Wrenfield Regional Medical Center", L]], [["WRENFIELD REGIONAL MEDICAL CENTER", L]], [["wrenfield regional medical center", L]]],
    ["Donor", "hospital"]),
];

runTypedTable("stop 61 (fc61): a jail's, a prison's or a detention centre's own words before its head", [L], NAMED);
runTypedTable("stop 61 (fc61): hard negatives, the heads in ordinary phrases, a label before its colon", [L], NOT);
