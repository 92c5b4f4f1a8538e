// Why this file exists: table tests, with hard negatives, for stop 55's identifier, fax and age rules (id55,
// assembly/scanners/id55.ts): a chart number after a row's "LAST, First" with a two-word surname, without brackets or
// after '#' typed MRN (chart55, asked by matches.ts's emit()); an uncued phone number in a fax's clause or header typed
// FAX (faxContext55, asked by phone.ts); an age over 89 glued to its letter after a census row's name (rowAge55, asked
// by age.ts). Each row in mixed case, ALL CAPS and lower case, both engines. Names, numbers and places are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const CHARTS: TypedCase[] = [
  ...casedRows("3/11 Vela Ortega, Rosalind (CMH-10477) — depot given", [["CMH-10477", "MRN"]], ["depot"]),
  ...casedRows("07/05/2099 | Pak, Min-seo (MHS0441207) | 7/3 | urine", [["MHS0441207", "MRN"]], ["urine"]),
  ...casedRows("Census\n1. KOVAR, TOMAS  PCH-30477  DOB 03/30/1947\n", [["PCH-30477", "MRN"]], ["Census"]),
  ...casedRows("Review: DALTREY, ENID CRM-3310442; OBI, KEMI CRM-3310519 - pain scores",
    [["CRM-3310442", "MRN"], ["CRM-3310519", "MRN"]], ["pain"]),
  ...casedRows("CONSULT\nQUILLAN, HORACE  #5509921   DOS: 10-14-92", [["5509921", "MRN"]], ["CONSULT"]),
  ...casedRows("Pt: Marva Tull  (MCH # 2201874)\nINR 3.1 today", [["2201874", "MRN"]], ["INR"]),
  ...casedRows("Ilse Brandt, 77F, BWH # 44120913, transferred", [["44120913", "MRN"]], ["transferred"]),
];

const CHART_NEGATIVES: TypedCase[] = [
  // a record's label standing where a given name would, a sentence's case, an authorisation's or a corrections' '#'
  ...casedRows("Coverage: Magnolia Health, ID MGH-771209918.\nNext visit", [["MGH-771209918", "ID"]], ["Coverage"]),
  ...casedRows("UNIT: RBC LR, DIN W0415 97 118442 6, O POS", [["W0415 97 118442", "ID"]], ["POS"]),
  ...casedRows("MRI spine: approved, auth # PA93-7718221, valid through June", [["PA93-7718221", "ID"]], ["valid"]),
  ...casedRows("INMATE HOLT, DARRELL   WDOC # 31488   HOUSING UNIT B", [["31488", "ID"]], ["HOUSING"]),
  ...casedRows("CALL 0742 AT PSC #118 (MAIN ST)", [["118", "ID"]], ["CALL"]),
];

const FAXES: TypedCase[] = [
  ...casedRows("Weekly CBC, BMP, ESR faxed to ID clinic 617-555-0179.\nNext visit", [["617-555-0179", "FAX"]], ["Weekly"]),
  ...casedRows("Report faxed to Oakdale County Department of Public Health (203) 555-0194\nDisease: salmonella",
    [["(203) 555-0194", "FAX"]], ["Disease"]),
  ...casedRows("*** FAX ***  FROM: BIRCHWOOD PEDIATRICS  978 555 0109  P. 001/003", [["978 555 0109", "FAX"]], ["FROM"]),
  ...casedRows("09:42 FROM:HILL HEALTH CENTER 662 555 0147   TO:16625550191   P.001/003",
    [["662 555 0147", "FAX"], ["16625550191", "FAX"]], ["HEALTH"]),
  ...casedRows("Ear, Nose & Throat - 12 Elm Rd - T 859-555-0141 F 859-555-0146", [["859-555-0141", "PHONE"], ["859-555-0146", "FAX"]],
    ["Throat"]),
];

const FAX_NEGATIVES: TypedCase[] = [
  // a clause after the fax's sentence, a fax's label in brackets, a letterhead's field before its "fax"
  ...casedRows("Faxed the consult note to the office of Dr. Amos Reyes yesterday. Daughter Lina 417-555-0169 requests a copy.",
    [["417-555-0169", "PHONE"]], ["requests"]),
  ...casedRows("Refill request (fax) · Thrifty Pharmacy, 21 Main St N, Bagley, MN 56621 · 218-555-0127 · fax 218-555-0128",
    [["218-555-0127", "PHONE"], ["218-555-0128", "FAX"]], ["Refill"]),
];

const AGES: TypedCase[] = [
  ...casedRows('4E  DOYLE, WINIFRED "PEG"     93F      3    FALL, HIP', [["93", "AGE"]], ["FALL"]),
  ...casedRows("2A  PETRIDES, ANTHEA              101F     2    AMS / UTI", [["101", "AGE"]], ["AMS"]),
  ...casedRows("NO HEAD STRIKE     LOCKHART, EDNA 96Y (4E 408)  SEEN 2220", [["96", "AGE"]], ["SEEN"]),
];

const AGE_NEGATIVES: TypedCase[] = [
  // a temperature or a count after a row's name, an age under 90
  ...casedRows("2A  PETRIDES, ANTHEA              88F     2    AMS", [], ["AMS"]),
  ...casedRows("fever, chills 101F overnight", [], ["chills", "overnight"]),
];

runTypedTable("id55: chart numbers after a row's name", ["MRN", "ID"], CHARTS);
runTypedTable("id55: chart hard negatives", ["MRN", "ID"], CHART_NEGATIVES);
runTypedTable("id55: fax clauses and headers", ["FAX", "PHONE"], FAXES);
runTypedTable("id55: fax hard negatives", ["FAX", "PHONE"], FAX_NEGATIVES);
runTypedTable("id55: census ages over 89", ["AGE"], AGES);
runTypedTable("id55: age hard negatives", ["AGE"], AGE_NEGATIVES);
