// Why this file exists: table tests, with hard negatives, for stop 56's name round (nm56), in mixed case, ALL CAPS and
// lower case: a person's name cut after its given name (givenSurname56() in assembly/names/r56_nm56.ts). The surname one
// blank after a given name is a word the neighbour rule refused: an eponym the surname lists hold ("Scribe: Kylie
// Pfannenstiel"), a capitalised English word before a field's end ("by Tamsin Quill;"), a word before a label's colon
// ("PT Bryce Kettelhut: 100 ft"); and a chat handle's initial ("marcus t: ok"). Hard negatives: a verb or a common
// word after a given name ("Pt Jimmy walked", "Called Jimmy Payment: none"), a label after a name ("Dolores re:
// discharge"), an abbreviation or an eponym's head ("dat neg.", "Jimmy Foley catheter"), a credential glued by a hyphen
// ("INGRID PA-C"), an e-mail's "e-mail", a clause's lone letter ("min a."). Both engines; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const SURNAMES: ReadonlyArray<TypedCase> = [
  // (an eponym of the not-name list that the surname lists hold, after a cue's given name)
  ...casedRows("Scribe: Kylie Pfannenstiel\nPatient seen today.\n", [["Kylie Pfannenstiel", N]], ["Patient"]),
  // (a word after it: mixed case and capitals; in lower case only before a field's end)
  ...casedRowsEach("Neighbour Jimmy Deaver helps with the stairs.\n",
    [[["Jimmy Deaver", N]], [["JIMMY DEAVER", N]], [["jimmy", N]]], ["stairs"]),
  // (an unknown word before a label's colon; the older neighbour rule reads it in capitals and lower case already)
  ...casedRows("Shrinker on. PT Bryce Kettelhut: 100 ft with walker.\n", [["Bryce Kettelhut", N]], ["walker"]),
  ...casedRows("Premium explained by Tamsin Quill; policy renewed.\n", [["Tamsin Quill", N]], ["policy"]),
];

const HANDLES: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("house chat 3/14\nmarcus t: all good, see you at 5\n",
    [[["marcus t", N]], [["MARCUS T", N]], [["marcus t", N]]], ["house", "good"]),
  ...casedRowsEach("rems group\nbethany k (rn) 07:12: labs fine\ncarlos r 07:41: ok\n",
    [[["bethany k", N], ["carlos r", N]], [["BETHANY K", N], ["CARLOS R", N]], [["bethany k", N], ["carlos r", N]]], ["labs"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  // (in capitals and lower case the older neighbour rule reads "JIMMY PAYMENT" as one name: recorded, not this rule's)
  ...casedRowsEach("Pt Jimmy walked today. Called Jimmy Payment: none due.\n",
    [[["Jimmy", N], ["Jimmy", N]], [["JIMMY", N], ["JIMMY PAYMENT", N]], [["jimmy", N], ["jimmy payment", N]]], ["walked"]),
  ...casedRows("Met with his wife Dolores re: discharge plan.\n", [["Dolores", N]], ["re:", "discharge"]),
  // (capitals and lower case: "DAT" is a given name of the dictionaries, an older guess; "NEG" stays)
  ...casedRowsEach("Post sample: DAT neg. Visual hemolysis neg.\n", [[], [["DAT", N]], [["dat", N]]], ["neg"]),
  ...casedRows("Neighbour Jimmy Foley catheter in place.\n", [["Jimmy", N]], ["Foley", "catheter"]),
  ...casedRowsEach("Seen by Lillehammer, Ingrid PA-C   3   shave x3\n",
    [[["Lillehammer, Ingrid", N]], [["LILLEHAMMER, INGRID", N]], [["lillehammer, ingrid", N]]], ["PA-C"]),
  ...casedRowsEach("Gait 150 ft, stairs 14 w/ rail min a.\nPlan: 5x/wk.\n", [[], [], [["min", N]]], ["a.", "Plan"]),
];

runTypedTable("stop 56 (nm56): a given name's surname the neighbour rule refused", [N], SURNAMES);
runTypedTable("stop 56 (nm56): a chat handle, a given name and its surname's initial", [N], HANDLES);
runTypedTable("stop 56 (nm56): hard negatives, verbs, labels, abbreviations, eponyms' heads, credentials", [N], NOT);
