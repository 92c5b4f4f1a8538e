// Why this file exists: table tests, with hard negatives, for stop 57's name round (nm57), in mixed case, ALL CAPS and
// lower case: staff initials the older sign-off rules left (slashChain57() and typistInitials57() in
// assembly/names/r57_nm.ts): the author's and the typist's initials glued by slashes closing a note after its signer's
// name, one member the name's initials ("RN Jerome Quill. JQ/TH"), or before a sign-off verb ("KO/AH/PS   SIGNED"),
// and a typist's initials right after "transcribed" ("transcribed KLM / JOB", "transcribed mlk. Critical"); and a
// two-word surname of the Plains nations the older list lacked ("Loretta Running Crane", "Amos Whirlwind Horse":
// nam44()'s lists). Hard negatives: clinical pairs closing a note ("BP/HR", "TB/HIV", "PT/OT", "DM/HTN" after a
// doctor's name), a pair in the note's body, "transcribed the", the same English words outside a name ("a tall bull", "old crane injury"), and the issue's: "Mr. Brown" vs "brown
// stool", "Dr. Will" vs "will follow up", abbreviations "BP", "OT", "PT", "DO", "ok". Both engines; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const INITIALS: ReadonlyArray<TypedCase> = [
  // (a chain of two or three members after the signer's name, closing the note)
  ...casedRows("Plan reviewed with family. RN Jerome Quill. JQ/TH\n", [["Jerome Quill", N], ["JQ", N], ["TH", N]], ["Plan"]),
  ...casedRows("Seen with Dr. Audrey Pellworth.\nNC/AP/KT\n", [["Audrey Pellworth", N], ["NC", N], ["AP", N], ["KT", N]], []),
  // (before a sign-off verb after a column's blanks, no name needed)
  ...casedRows("Reviewed with pharmacy.\nKO/AH/PS   SIGNED 3/21/99 0512\n", [["KO", N], ["AH", N], ["PS", N]], ["pharmacy", "SIGNED"]),
  // (a typist's initials right after "transcribed", before a slash's job number, a stamp or the clause's end)
  ...casedRows("Dictated by Dr. Amos Quill 3/14/2099; transcribed KLM / JOB 4471820\n", [["Amos Quill", N], ["KLM", N]], ["JOB"]),
  ...casedRows("Signed Amos Quill, MD; transcribed mlk. Critical finding called.\n", [["Amos Quill", N], ["mlk", N]], ["Critical"]),
  ...casedRows("Dictated by Amos Quill, MD, transcribed jmr 03/14/99.\n", [["Amos Quill", N], ["jmr", N]], []),
];

const PLAINS: ReadonlyArray<TypedCase> = [
  ...casedRows("Found by sister Loretta Running Crane confused at home.\n", [["Loretta Running Crane", N]], ["confused"]),
  ...casedRows("Chaplain Amos Whirlwind Horse visited.\n", [["Amos Whirlwind Horse", N]], ["visited"]),
  ...casedRows("Family asked for Rev. Marlene Jumping Eagle to visit.\n", [["Marlene Jumping Eagle", N]], ["visit"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  // (clinical pairs closing a note, no signer's name before them)
  ...casedRows("Vitals stable. BP/HR\n", [], ["BP", "HR"]),
  ...casedRows("Counseled on TB.\nTB/HIV\n", [], ["TB", "HIV"]),
  ...casedRows("Discharge tomorrow. PT/OT\n", [], ["PT", "OT"]),
  ...casedRows("Seen by Dr. Amos Quill.\nCounseled on TB.\nTB/HIV\n", [["Amos Quill", N]], ["TB", "HIV"]),
  // (a pair in the note's body)
  ...casedRows("Pain 3/10. JW/AFN reviewed chart.\nPlan: home.\n", [], ["JW", "AFN"]),
  // (a word after "transcribed")
  ...casedRows("Transcribed the dictation on 3/14.\nNotes transcribed and signed.\n", [], ["the", "and"]),
  // (the surnames' words outside a name)
  ...casedRows("Kicked by a tall bull at the ranch; old crane injury.\n", [], ["tall", "bull", "old", "crane"]),
  // (the issue's: a title's name and the same word in a clause; abbreviations that look like initials)
  ...casedRows("Mr. Brown reports brown stool. Dr. Will said we will follow up.\n", [["Brown", N], ["Will", N]], ["stool", "follow"]),
  // (a problem pair after a doctor's name whose initials no member is; in capitals main's older typist's-pair rule reads
  // "DM/HTN" already: recorded, not this rule's)
  ...casedRowsEach("Seen by Dr. Amos Quill.\nDM/HTN\n",
    [[["Amos Quill", N]], [["AMOS QUILL", N], ["DM", N], ["HTN", N]], [["amos quill", N]]], []),
  ...casedRows("Seen by PT and OT today. BP ok. DO follow up.\n", [], ["PT", "OT", "BP", "ok", "DO"]),
];

runTypedTable("stop 57 (nm57): staff initials, a slash chain closing the note, a typist's after 'transcribed'", [N], INITIALS);
runTypedTable("stop 57 (nm57): a two-word surname of the Plains nations", [N], PLAINS);
runTypedTable("stop 57 (nm57): hard negatives, clinical pairs, words after the typist's verb, English words, abbreviations", [N], NOT);
