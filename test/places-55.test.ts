// Why this file exists: table tests, with hard negatives, for stop 55's places rule (pl55): the town of a chain's
// branch one blank after the firm's store number, "Walgreens #4471 Columbia", and a branch's town in brackets before
// its "office", "(Rapid City office)": branchTown55() in assembly/names/r55_pl55.ts. Each row in mixed case, ALL CAPS
// and lower case. Both engines. Firms' branches and people are made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const TOWNS: TypedCase[] = [
  // (the store number after '#', the line's end closes the town)
  ...casedRows("Fills: Walgreens #4471 Columbia\nUDS today: negative.\n", [["Walgreens", L], ["Columbia", L]], ["UDS", "negative"]),
  // (" (" closes the town)
  ...casedRows("Pharmacy: Walgreens #5518 Harrisburg (tech on duty) called.\n", [["Walgreens", L], ["Harrisburg", L]], ["tech", "called"]),
  // (a bracket before the town and a branch's word after it, in the text's case: ALL CAPS and lower case; in mixed case
  // the lower-case "office" is not read yet, a gap this round leaves)
  ...casedRowsEach("Visit - Quillfeather Hospice (Rapid City office)   03/14\n",
    [[["Quillfeather Hospice", L]], [["QUILLFEATHER HOSPICE", L], ["RAPID CITY", L]],
      [["quillfeather hospice", L], ["rapid city", L]]], ["office", "Visit"]),
];

// the older reading stays: no town after the store number, a common English word, a bracket's office of no town
const NEGATIVES: TypedCase[] = [
  ...casedRows("Walgreens #4471 today.\n", [["Walgreens", L]], ["today"]),
  ...casedRows("Walgreens #4471 refill sent.\n", [["Walgreens", L]], ["refill", "sent"]),
  ...casedRows("Seen in clinic (home office) last week.\n", [], ["home", "office", "clinic"]),
  ...casedRows("Forms sent (main office) today.\n", [], ["main", "office"]),
  ...casedRows("Pt lives in fear of falling again.\n", [], ["fear", "falling"]),
  ...casedRows("Transferred from bed to chair with assist.\n", [], ["bed", "chair"]),
];

runTypedTable("stop 55, pl55: a branch's town after its firm's store number or in brackets before its office", [L], TOWNS);
runTypedTable("stop 55, pl55: hard negatives (the older reading stays)", [L], NEGATIVES);
