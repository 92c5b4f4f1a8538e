// Why this file exists: table tests, with hard negatives, for stop 51's name round (nm51), in mixed case, ALL CAPS and
// lower case: a staff member's initials after a staff role's label and its colon ("TECH: KLM / RDT", "EP LAB RN: DLS",
// staffInitials51()) and a surname alone after a rank or an office the cue lists lack ("CHIEF NAPIER", "OFC STRAND BADGE
// 1187", "DET. GRAVES,", rankSurname51()), both in assembly/names/r51_nm51.ts. Hard negatives: a label's clinical value
// ("RT: RA", "TECH: CT", "NURSE: N/A"), "Lt." as a side, a rank before a core word ("CHIEF COMPLAINT", "OFFICER ON
// DUTY"). Both engines; names and initials invented.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const INITIALS: ReadonlyArray<TypedCase> = [
  ...casedRows("Contrast: 100 mL IV. No reaction. Tech: GWT / PLN\n", [["GWT", N], ["PLN", N]], ["Contrast", "reaction"]),
  ...casedRows("Fellow reviewed.   Techs: DNF, HJW (R. EEG T.)\n", [["DNF", N], ["HJW", N]], ["Fellow", "EEG"]),
  ...casedRows("Sedation: moderate.   Techs: KS / WRB\n", [["KS", N], ["WRB", N]], ["Sedation", "moderate"]),
  ...casedRows("Monitoring by RN. RT: FLQ.\n", [["FLQ", N]], ["Monitoring"]),
  ...casedRows("Report final.   Transcribed: MZD 04/11/2099   Signed\n", [["MZD", N]], ["Report", "Signed"]),
  ...casedRows("Lab RN: TPW     Mapping specialist on call\n", [["TPW", N]], ["Mapping", "specialist"]),
  // (a registry's credential no list holds after the comma stays out of the name)
  ...casedRows("Protocol: one-day rest/stress.   Nuc tech: RQB, CNMT\n", [["RQB", N]], ["CNMT", "Protocol"]),
  // (without the colon: the initials close their line, or a message's colon or a bracket follows them)
  ...casedRows("Report called to the floor.\nNurse WQX\n", [["WQX", N]], ["Report", "floor"]),
  ...casedRows("Reply by RN TZB: the order is in.\n", [["TZB", N]], ["Reply", "order"]),
  ...casedRows("Registry abstractor PQ (see cover sheet) reviewed.\n", [["PQ", N]], ["Registry", "cover"]),
];

const INITIALS_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("RT: RA, sats 95% on room air.\n", [], ["RA", "sats"]),
  ...casedRows("Tech: CT done, MRI pending.\n", [], ["CT", "MRI"]),
  ...casedRows("Nurse: N/A. RN: yes, aware.\n", [], ["N/A", "yes"]),
  ...casedRows("RT: NC 2L, tolerating well.\n", [], ["NC", "tolerating"]),
  ...casedRows("Tech: MD aware of results.\n", [], ["MD", "aware"]),
  ...casedRows("Anesthesia: MAC with propofol.\n", [], ["MAC", "propofol"]),
  // ("RT" is a side without its colon; a label's value no one's initials)
  ...casedRows("Status post RT TKA\n", [], ["RT", "TKA"]),
  ...casedRows("Seen by nurse PRN\n", [], ["PRN"]),
];

const RANKS: ReadonlyArray<TypedCase> = [
  ...casedRows("Count verified by two nurses and Chief Okonjo.\n", [["Okonjo", N]], ["Chief", "nurses"]),
  ...casedRows("Kansas City church (pastor Mugwanya).\n", [["Mugwanya", N]], ["pastor"]),
  ...casedRows("Lost his squad leader, SSGT HOLLINGWORTH, in Nov 2004.\n", [["HOLLINGWORTH", N]], ["SSGT", "squad"]),
];

const RANKS_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Chief complaint: chest pain. Chief resident aware.\n", [], ["Chief", "complaint", "resident"]),
  ...casedRows("Pt c/o lt. knee pain. Lt. hip tender.\n", [], ["knee", "hip"]),
  ...casedRows("Officer on duty notified. Det. work-up pending.\n", [], ["Officer", "duty", "work"]),
  ...casedRows("Pastor visited the family. Chief of staff aware.\n", [], ["Pastor", "visited", "staff"]),
];

runTypedTable("stop 51 (nm51): a staff member's initials after a staff role's label and its colon", [N], INITIALS);
runTypedTable("stop 51 (nm51): a label's clinical value is no one's initials", [N], INITIALS_NOT);
runTypedTable("stop 51 (nm51): a surname alone after a rank or an office", [N], RANKS);
runTypedTable("stop 51 (nm51): a rank before a word that names no one", [N], RANKS_NOT);
