// Why this file exists: table tests, with hard negatives, for stop 40's round on identifiers, ages and dates (id40),
// read from the misses of the fixtures 20-27 in all three cases: codes whose second group opens with letters
// ("CC-S99-118720", "CGN-U44718820"), codes with a prefix of five to eight letters ("ALERT-44718"), a cued code's letter
// prefix before a letter-and-digit group ("ID AB-X12-3456"), a credential or a title inside a code ("PA #
// SHP-PA-99-61027", "MR GMV-22041" read as names), "HRN" and a bare "chart" as record-number cues, a bare cue's code
// letters and digits apart ("member EXL 881204470"), a month and a day over 12 in brackets ("team c (3/14)"), the coma
// scale's pair ("GCS 3/15", no date), a glued date with a two-digit year in lower case after a cue ("exam date: 14mar99"),
// "tracking" alone before a waybill ("FedEx tracking 7741 2208 9930"), a tenth with a clock time after it ("Meeting 2/10
// 14:00"), and ages over 89 in brackets after a relative's name in ALL CAPS and lower case. Both engines. Names and numbers are
// made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

const POSITIVES: ReadonlyArray<TypedCase> = [
  // a code whose second group opens with one or two letters glued to its digits (letterGroupCodeId40)
  ["Consultation report — case CC-S99-118720 (your case)", [["CC-S99-118720", "ID"]], ["Consultation", "your"]],
  ["1 PARAFFIN BLOCK A3, LABELLED OB-S99-0441. YOUR DIAGNOSIS", [["OB-S99-0441", "ID"]], ["PARAFFIN", "YOUR"]],
  ["coverage: cigna cgn-u44718820 via the state plan", [["cgn-u44718820", "ID"]], ["coverage", "via"]],
  ["Tissue sent as RX-QT12-558120 to the bank", [["RX-QT12-558120", "ID"]], ["Tissue", "bank"]],
  // a prefix of five to eight letters of one case before a run of five digits or more
  ["ALERT IIS SITE ALERT-44718\nVACCINE: TDAP", [["ALERT-44718", "ID"]], ["VACCINE"]],
  ["fund card corsar-88120.", [["corsar-88120", "ID"]], ["fund"]],
  ["MODEM AIRVIEW-55K20418 REPLACED", [["AIRVIEW-55K20418", "ID"]], ["REPLACED"]],
  ["Health Steps; CSHCN application CSHCN-99-04471 pending", [["CSHCN-99-04471", "ID"]], ["application", "pending"]],
  // a cued code keeps its letter prefix before a letter-and-digit group
  ["ID AB-X12-3456 on the band", [["AB-X12-3456", "ID"]], ["band"]],
  ["id kq-t44-7781 on the band", [["kq-t44-7781", "ID"]], ["band"]],
  // a credential or a title inside a code is no name (credInCodeId40, codeLettersId40)
  ["MEMBER 700441882   PA # SHP-PA-99-61027 VALID", [["700441882", "HEALTH_PLAN"], ["SHP-PA-99-61027", "ID"]], ["VALID"]],
  ["Pre-approved (ref HZN-PA-0882147).", [["HZN-PA-0882147", "ID"]], ["approved"]],
  ["DOB 7-22-2030     MR GMV-22041\nREFERRED", [["7-22-2030", "DATE"], ["GMV-22041", "ID"]], ["REFERRED"]],
  // "HRN" and "chart" label a record number
  ["Patient: Doe, Jane   HRN SR-118204   DOB 10/13/2051", [["Doe, Jane", "NAME"], ["SR-118204", "MRN"], ["10/13/2051", "DATE"]], ["Patient"]],
  ["DOB 22 Aug 2070. Chart HBC-0991.\nReason: review", [["22 Aug 2070", "DATE"], ["HBC-0991", "MRN"]], ["Reason"]],
  ["dob 3/3/2064 · chart csv-2290417\ncc: cough", [["3/3/2064", "DATE"], ["csv-2290417", "MRN"]], ["cough"]],
  ["OUR CHART HCO-004418 IS ATTACHED", [["HCO-004418", "MRN"]], ["ATTACHED"]],
  ["chart 12345678 reviewed", [["12345678", "MRN"]], ["reviewed"]],
  // a bare cue, a code's letters and a blank, then the digits (spacedPrefixId40)
  ["Excellus (member EXL 881204470).", [["EXL 881204470", "HEALTH_PLAN"]], ["member"]],
  ["YOUR PLAN IS MEDICA (MEMBER MED 80447182).", [["MED 80447182", "HEALTH_PLAN"]], ["PLAN"]],
  // a courier's waybill after "tracking" alone, in digit groups
  ["received 3/10/99 by FedEx tracking 7741 2208 9930.", [["3/10/99", "DATE"], ["7741 2208 9930", "ID"]], ["received"]],
  // a tenth with a 24-hour clock time after it is a day
  ["Meeting 2/10 14:00 (family room)", [["2/10", "DATE"]], ["Meeting"]],
  // a month and a day over 12 alone in brackets (parenDayId40)
  ["night signout - gen med team c (3/14), from the day team", [["3/14", "DATE"]], ["signout"]],
  ["Next mapping: 1 week (3/21) and 1 month.", [["3/21", "DATE"]], ["mapping"]],
  ["R MCA STROKE (7/24), L HEMIPARESIS", [["7/24", "DATE"]], ["STROKE"]],
  // a glued date in lower case with a two-digit year after a date's cue
  ["exam date: 14mar99   examiner: r. vance", [["14mar99", "DATE"], ["r. vance", "NAME"]], ["examiner"]],
  // ages over 89 in brackets after a relative's name in ALL CAPS and lower case (kinCasedFx40 since the merge), and a lower-case
  // row's nickname before the age and its sex letter
  ["LIVES WITH GRANDMOTHER WINIFRED QUIMBY (90), WHO DRIVES", [["WINIFRED QUIMBY", "NAME"], ["90", "AGE"]], ["DRIVES"]],
  ["lives with grandmother winifred quimby (90), who drives", [["winifred quimby", "NAME"], ["90", "AGE"]], ["drives"]],
  ["HER GRANDFATHER ELIAS BRANDT (96) IS AT HOME", [["ELIAS BRANDT", "NAME"], ["96", "AGE"]], ["HOME"]],
  ["res 4  kramer, willard \"bud\" 90 m  rm 21", [["kramer, willard", "NAME"], ["bud", "NAME"], ["90", "AGE"]], ["rm"]],
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // genes, alleles and variants: the digit runs are too short for a code
  ["HLA-B27 positive; EGFR-T790M and KRAS-G12C; HLA-B5801 negative", [], ["HLA", "EGFR", "KRAS"]],
  ["SARS-CoV-2 PCR negative, COVID-19 vaccine given", [], ["SARS", "COVID"]],
  ["hla-b27 positive; egfr-t790m; kras-g12c", [], ["hla", "egfr", "kras"]],
  // a long prefix with a short run, a year closing a code, a device model
  ["PROTOCOL ALERT-2024 IN FORCE; MODEL CARESCAPE-B450", [], ["PROTOCOL", "MODEL"]],
  // a name with a credential, a hyphenated surname after a title
  ["Seen by Jane Roe, PA-C today", [["Jane Roe", "NAME"]], ["Seen", "today"]],
  // "chart" alone with a short number: a volume or a year, no record
  ["I/O chart 1200 mL since midnight", [], ["chart", "1200"]],
  ["member since 20190 days", [], ["member"]],
  // counts in brackets: a plural or a count's word before them, a zero numerator, a day of 12 or under
  ["lymph nodes (2/16) involved", [], ["nodes", "2/16"]],
  ["margins positive (3/14)", [], ["positive", "3/14"]],
  ["THREE CORES (4/18) WITH CANCER", [], ["CORES", "4/18"]],
  ["strength (4/5) in both legs", [], ["strength", "4/5"]],
  ["SHE ANSWERED (12/15) CORRECTLY", [], ["ANSWERED", "12/15"]],
  // "tracking" alone before a short number, a score or a dose before a clock time
  ["tracking 1200 calories a day", [], ["tracking", "1200"]],
  ["PAIN 3/10 14:00 AFTER DOSE", [], ["PAIN", "3/10"]],
  ["dose 5/10 08:00 given", [], ["dose", "5/10"]],
  // the coma scale's pair and other pairs
  ["GCS 3/15 on arrival, BP 130/85", [], ["GCS", "3/15", "130/85"]],
  ["gcs 14/15 after naloxone", [], ["gcs", "14/15"]],
  // a glued lower-case date without a cue stays a code (test/clinical-round-28.test.ts's row)
  ["lot 12mar19 used", [], ["lot"]],
  // readings in brackets after a relative and a verb: no name before them
  ["MOTHER REPORTS HR (99) AT HOME", [], ["HR", "99"]],
  ["mother checks glucose (95) daily", [], ["glucose", "95"]],
  ["WIFE STATES TEMP (101) LAST NIGHT", [], ["TEMP", "101"]],
];

runTypedTable("ids round 40: identifiers, ages and dates (stop 40, id40)", ["DATE", "ID", "MRN", "AGE", "HEALTH_PLAN", "NAME"], [...POSITIVES, ...NEGATIVES]);
