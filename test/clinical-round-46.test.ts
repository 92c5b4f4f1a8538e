// Why this file exists: table tests, with hard negatives, for clinical round 46 (stop 51, fx51), read from the blind
// fixture 43's misses (surgical and procedural care): a chat or log handle opening its line, an initial glued to a
// listed surname (digits allowed), before its colon or a 24-hour clock and a colon ("ktrahan 0612: offer overnight",
// "jkellerman: mobile at the high school"; chatHandleEnd51 in assembly/names/r51_fx51.ts, called by chatLine51 from
// tenthRound in detect.ts, which keeps loginShape's refusals). Both engines, the three cases. Names and numbers are
// made up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const CHAT_HANDLE: readonly TypedCase[] = [
  // a handle, a clock and a colon, three lines; digits glued to the handle
  ...cases("transplant chat\nktrahan 0612: offer overnight, from the opo\nmhuang2 0615: called him\nktrahan 0618: ok",
    [["ktrahan", "ID"], ["mhuang2", "ID"], ["ktrahan", "ID"]], []),
  // a handle and its colon, no clock
  ...cases("nurses chat\njkellerman: mobile at the school today\nrnavarro: sending the spare kit", 
    [["jkellerman", "ID"], ["rnavarro", "ID"]], []),
  // hard negatives: headings and words opening a line before a colon or a clock (no initial glued to a surname, or a
  // word of the lists), a clock out of range, a handle inside the line
  ...cases("exam\nheent: normocephalic\nneuro 0800: intact\nvitals 0800: stable\nshall: remain npo", [],
    ["heent", "neuro", "vitals", "shall"]),
  ...cases("log\nbwalters 2560: see note", [], ["bwalters"]),
  // a heading of five letters before its colon alone: an initial and a short listed surname ("s" + "toma") is no handle
  ...cases("colostomy care\nstoma: 35 mm round, budded, pink", [], ["stoma"]),
];

runTypedTable("clinical round 46 (fx51): a chat or log handle opening its line before a colon or a clock", ["ID"],
  CHAT_HANDLE);
