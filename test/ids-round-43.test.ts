// Why this file exists: table tests, with hard negatives, for stop 43's round on identifiers, ages and dates (id43),
// read from the misses of fixtures 20-30 in all three cases: a value under an aligned table's header field of the same
// rank (csv.ts rankColumn43: a worklist's MRN, a log's AGE, a line list's ONSET day), an age over 89 after a row's
// "LAST, FIRST" with a code or "P/U" before it, a room's code in its brackets or middle dots around it (age.ts), codes
// after letters with a '-' ("EPI-X 99-04471"), with a year after them ("HPD 0447182-99"), led or closed by a letter
// ("PAR-E014", "LC-7718-A"), a login ("BY RGUAJARDO2", "[mlucero3]"), a client's code ("CODE MA0412M"), extensions
// after a comma ("LEAD TECH, X 4417", lower-case "bryant, ext 308"), a register's number ("REG NO 44718-179") and the
// first day of a list ("3/10, 3/17"). Both engines. Names and numbers are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string]>, readonly string[]];

/** A row in mixed case, ALL CAPS and lower case (test/helpers/place-table.ts). */
const cases3 = (row: Row): TypedCase[] => casedRows(...row);

const POSITIVES: ReadonlyArray<Row> = [
  // a worklist's MRN column, its header written wider than its values (rankColumn43)
  ["ACCESSION    PATIENT                           MRN      EXAM\nA52316228  TRAN, BAO NGOC             8747363  MR ENTEROGRAPHY\nA53652632  HALVORSEN, EINAR J         7916430  CT RENAL STONE",
    [["A52316228", "ID"], ["8747363", "MRN"], ["A53652632", "ID"], ["7916430", "MRN"]], ["RENAL", "STONE"]],
  // an age over 89 under a log's AGE column, its header's field of the same rank (alignedAgeFx40, rankColumn43); 44 stays
  ["COT  TIME   BIB      NAME                        AGE  COMPLAINT / TX / DISPO\nA4   1040   7718     QUACH, LINH                     44   BLISTERS - RELEASED\nA5   1057   30418    FEATHERSTONE, ROSCOE            90   FINISHED! DIZZY - RELEASED",
    [["7718", "ID"], ["30418", "ID"], ["90", "AGE"]], ["44", "BLISTERS", "DIZZY"]],
  // an age in brackets after a row's "LAST, FIRST" with a log's abbreviation or a code before the surname (rowLead43)
  ["TRIP 44718201  0600 P/U FOSTER, MAMIE (96), RT 3 BOX 212", [["44718201", "ID"], ["96", "AGE"]], ["TRIP"]],
  ["2. BH0044722 Farnsworth, Celeste (92) — POLST scanned", [["BH0044722", "ID"], ["92", "AGE"]], ["POLST", "scanned"]],
  // with a room's code in the brackets (roomAfterAge43), between middle dots (dotAge43)
  ["Greeley, Fern (93, 6E-21) | cipro d3 | stop", [["93", "AGE"]], ["cipro", "stop"]],
  ["Patient: Gunderson, Astrid · 95 · dx: end-stage COPD · home", [["95", "AGE"]], ["Patient", "end-stage"]],
  // a code's letters with a '-' before the number (spacedPrefixId42), a year after the number (scanSpacedCode42)
  ["arrived from Kampala   NOTICE EPI-X 99-04471\nAddress on file", [["EPI-X 99-04471", "ID"]], ["NOTICE", "Address"]],
  ["Okafor, Chidi (missing person HPD 0447182-99).", [["HPD 0447182-99", "ID"]], ["missing"]],
  // a check letter closing a short code, a letter opening its zero-padded group (shortDashCode42)
  ["02:20 liver out (box LC-7718-A), kidneys en bloc", [["LC-7718-A", "ID"]], ["liver", "kidneys"]],
  ["evacuation order (Butte County sheriff zone PAR-E014)\nReceiving sites", [["PAR-E014", "ID"]], ["zone", "Receiving"]],
  // a login after "by" at a line's end, alone in square brackets closing a signature (loginId43)
  ["Worklist printed at 0640 by RGUAJARDO2\nAccession", [["RGUAJARDO2", "ID"]], ["Worklist", "Accession"]],
  ["Marisa Lucero, DO on 3/14/2099 11:48 am [mlucero3]", [["3/14/2099", "DATE"], ["mlucero3", "ID"]], []],
  // extensions: "X" after a role's comma (phraseExtension22), "ext" after a lower-case name (scanNamedExtension39)
  ["Queue owner: Rosalinda Guajardo, lead tech, X 4417. Downtime", [["4417", "PHONE"]], ["Downtime"]],
  ["surgery scheduler Tonya Bryant, ext 308.", [["308", "PHONE"]], ["surgery"]],
  // a register's number after its cue (src/builtins.ts)
  ["Inmate: Al-Hashimi, Tareq   REG NO 44718-179   unit SHU", [["44718-179", "ID"]], ["unit"]],
  // an air cargo's waybill after its cue (src/builtins.ts)
  ["kidney out via Delta Cargo (air waybill 006-44718822), courier Ivan", [["006-44718822", "ID"]], ["kidney", "courier"]],
  // a programme's client code after "code" (clientCode43)
  ["Code MA0412M — returning, 40 out / 38 in", [["MA0412M", "ID"]], ["returning"]],
  // a screening log's numbers under its "Screen #" column (COL_ID; test/clinical-round-32.test.ts's tables)
  ["Screen # | initials | age | MRN | outcome\n014-001 | R.T.H. | 67 | HCI88204 | enrolled\n014-003 | A.O. | 91 | HCI89012 | declined\n",
    [["014-001", "ID"], ["HCI88204", "MRN"], ["014-003", "ID"], ["91", "AGE"], ["HCI89012", "MRN"]], ["enrolled", "declined"]],
  // a line list's onset day under its column (dayCell43), the first day of a list of days (dayListFx43)
  ["RM    RESIDENT                    AGE   ONSET     SCRAPING\n12    ABRAMS, JUNE                  91    3/8       NEG",
    [["91", "AGE"], ["3/8", "DATE"]], ["NEG"]],
  ["ivermectin given 3/10, 3/17 per protocol", [["3/10", "DATE"], ["3/17", "DATE"]], ["ivermectin", "protocol"]],
  // a month/day dated by a record's or a pharmacy's event word before it, closing its phrase (date.ts EVENT_WORDS)
  ["PA approved 3/10 (ref pending); derm consult confirmed 3/5.", [["3/10", "DATE"], ["3/5", "DATE"]], ["approved", "consult"]],
  ["Dispensed 3/9, caught by mother; doxycycline starting 3/10.", [["3/9", "DATE"], ["3/10", "DATE"]], ["caught"]],
  ["transfer delay (peer review 4/9, Dr. Elkins); PPD read 4/4.", [["4/9", "DATE"], ["4/4", "DATE"]], ["transfer", "PPD"]],
];

const NEGATIVES: ReadonlyArray<Row> = [
  // an allele, genes' variants, a model's round number and a model's code keep out of the letter-led and check-letter codes
  ["HLA-B5701 negative; HLA-B27; EGFR-T790M; KRAS-G12C; XN-1000-A; model T-1234-B", [], ["HLA-B5701", "XN-1000-A", "T-1234-B"]],
  // a gene or a virus after "by", not at a line's end or closing a sentence
  ["confirmed by ADAMTS13 activity; caused by COVID19.", [], ["ADAMTS13", "COVID19"]],
  // a range of motion after a joint's or a motion's comma
  ["knee flex 120, ext 110. r knee, ext 110. flexion, ext 100.", [], ["110", "100"]],
  // a list of drugs before a value in brackets, values with a reading in the brackets, vitals between dots
  ["Meds 2 aspirin, lisinopril (90)", [], ["90"]],
  ["sats (95, RA) and HR (92, 4L); BP (94, 60)", [], ["95", "92", "94"]],
  ["Vitals · 95 · 98.6 · HR 92 · RR 18", [], ["95", "92"]],
  // fractions, scores and doses in a list; a score's column
  ["take 1/2, 1/4 tab; strength 4/5, 4/5; pain 3/10, 2/10", [], ["1/2", "1/4", "4/5", "3/10"]],
  // fractions and scores after the event words: a dose, a count of pages, a score going on
  ["dispensed 1/2 tab; read 3/4 of the chapter; strength confirmed 4/5 bilaterally", [], ["1/2", "3/4", "4/5"]],
  ["NAME      STRENGTH   REFLEX\nAnn Lee   4/5        2/4", [], ["4/5", "2/4"]],
  // billing and diagnosis codes, a code's status, short codes after "code"
  ["ICD code E11.9; CPT code 99213; code blue at 0400; code B2; code AB1234", [], ["E11.9", "99213", "B2", "AB1234"]],
  // a waybill's cue with no number after it
  ["waybill pending; AWB to follow 2 boxes", [], ["waybill", "AWB", "2"]],
  // a lab table's values, a study's number, a word with a '-' before a number, a lab value with a dash
  ["TEST        RESULT      UNITS     RANGE\nGLUCOSE     1100        MG/DL     70-99", [], ["1100", "70-99"]],
  ["study HF 0447182-99 results", [], ["0447182-99"]],
  ["post-op 1234567 and PLT 2500000-10", [], ["1234567", "2500000"]],
];

runTypedTable("ids round 43: identifiers, ages and dates (stop 43, id43)", ["ID", "MRN", "AGE", "PHONE", "DATE", "HEALTH_PLAN"],
  [...POSITIVES.flatMap(cases3), ...NEGATIVES.flatMap(cases3)]);
