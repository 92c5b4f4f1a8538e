// Why this file exists: table tests, with hard negatives, for stop 54's facility rule (hs54): a facility or a senior
// community named "<name> at <place>", two places the older rules found with " at " between them, written as one
// facility (atJoin54() in assembly/names/r54_hs54.ts, called from span()). Each positive row in mixed case, ALL CAPS and
// lower case. Both engines. Facilities and towns are made up or common.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const AT_NAMES: TypedCase[] = [
  ...casedRows("His sister lives at Wingate at Sudbury.", [["Wingate at Sudbury", L]], ["sister", "lives"]),
  ...casedRows("Admitted from Brookhaven at Lexington (assisted living) after a fall.", [["Brookhaven at Lexington", L]],
    ["assisted", "fall"]),
  ...casedRows("She moved from Wingate at Needham when a bed opened.", [["Wingate at Needham", L]], ["when", "bed"]),
  ...casedRows("Mammogram at Delmarva Women's Health at Tidewater General last week.",
    [["Delmarva Women's Health at Tidewater General", L]], ["Mammogram", "week"]),
];

// a facility's own head in the second half or right after it (two facilities), a unit named by its services after
// "&", a time, a person, a relative's home
const NEGATIVES: TypedCase[] = [
  ...casedRows("Cath report from Cranmore Cancer Center at Saint Ignatius Medical Center today.",
    [["Cranmore Cancer Center", L], ["Saint Ignatius Medical Center", L]], ["report", "today"]),
  ...casedRows("Wound & Hyperbaric Center at St. Rafe's — Progress Note", [["St. Rafe's", L]], ["Wound", "Hyperbaric", "Progress"]),
  ...casedRows("Seen at Mercy Hospital at 3 PM.", [["Mercy Hospital", L]], ["PM"]),
  ...casedRows("Lives in Denver at her daughter's home.", [["Denver", L]], ["daughter", "home"]),
  ...casedRows("Hugo Smith at Sudbury called.", [["Sudbury", L]], ["called"]),
];

runTypedTable("hs54: a facility named <name> at <place>", [L], AT_NAMES);
runTypedTable("hs54: hard negatives", [L], NEGATIVES);
