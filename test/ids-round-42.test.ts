// Why this file exists: table tests, with hard negatives, for stop 42's round on identifiers (id42), read from the misses
// of the fixtures 24-29 in all three cases: a short code of a word's letters, '-' and a zero-padded or four-to-five-digit
// group ("CB-0101 to CB-0105", "MCDSS-POSC-0447", "TN-99-071", "IAC-7718": shortDashCode42, scanDashCode's relaxed
// digit test) and a number after a code's letters and one blank ("(OEC 4471208)", "NNEPC 99-04418", "TS 0044718":
// scanSpacedCode42), both in assembly/scanners/ids.ts.
// Both engines. Names and numbers are made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

const POSITIVES: ReadonlyArray<TypedCase> = [
  // both ends of a range of zero-padded codes (shortDashCode42)
  ["Clothing bags tagged CB-0101 to CB-0105, held for the family.", [["CB-0101", "ID"], ["CB-0105", "ID"]], ["Clothing", "held"]],
  ["CLOTHING BAGS TAGGED CB-0101 TO CB-0105, HELD FOR THE FAMILY.", [["CB-0101", "ID"], ["CB-0105", "ID"]], ["CLOTHING", "HELD"]],
  ["clothing bags tagged cb-0101 to cb-0105, held for the family.", [["cb-0101", "ID"], ["cb-0105", "ID"]], ["clothing", "held"]],
  // a first group of five letters, a second of four (dispatch.ts's two letter groups, up to six letters)
  ["intake worker Ms. Pardell, reference MCDSS-POSC-0447.\nServices", [["MCDSS-POSC-0447", "ID"]], ["Services"]],
  ["INTAKE WORKER, REFERENCE MCDSS-POSC-0447.\nSERVICES", [["MCDSS-POSC-0447", "ID"]], ["SERVICES"]],
  // an agency's, a badge ring's, a booth's, a notice's number
  ["ARREST ABSTRACT   (AGENCY WV-0418)   ARREST DATE", [["WV-0418", "ID"]], ["ARREST"]],
  ["Deep dose under apron 18 mrem; ring R-0447 2.1 rem.", [["R-0447", "ID"]], ["apron", "ring"]],
  ["calibrated by the vendor. Booth IAC-7718.\nTech", [["IAC-7718", "ID"]], ["Booth", "Tech"]],
  ["trespass notice issued (TN-99-071). Seen again", [["TN-99-071", "ID"]], ["trespass", "Seen"]],
  ["trespass notice issued (tn-99-071). seen again", [["tn-99-071", "ID"]], ["trespass", "seen"]],
  // a number after a code's letters and one blank (scanSpacedCode42)
  ["OTHERS: RORY PELLINGHAM (OEC 4471208), J. DOE", [["OEC 4471208", "ID"]], ["OTHERS"]],
  ["others: rory pellingham (oec 4471208), j. doe", [["oec 4471208", "ID"]], ["others"]],
  ["lab accredited, CAP 8812047\nPatient: seen", [["CAP 8812047", "ID"]], ["Patient"]],
  ["reported to the poison center (case NNEPC 99-04418) today", [["NNEPC 99-04418", "ID"]], ["poison", "today"]],
  ["REPORTED TO THE POISON CENTER (CASE NNEPC 99-04418) TODAY", [["NNEPC 99-04418", "ID"]], ["POISON", "TODAY"]],
  ["in the presence of donors; tamper seal TS 0044718; shipped", [["TS 0044718", "ID"]], ["donors", "shipped"]],
  ["county board petition MI 99-044\nDescription", [["MI 99-044", "ID"]], ["Description"]],
  // a spelled age over 89 alone in brackets after a person's name (detect.ts parenSpelledAge42)
  ["Kin: grandmother Ione Hatfield (ninety-three) en route from Ashby.", [["ninety-three", "AGE"]], ["grandmother", "route"]],
  ["KIN: GRANDMOTHER IONE HATFIELD (NINETY-THREE) EN ROUTE FROM ASHBY.", [["NINETY-THREE", "AGE"]], ["GRANDMOTHER", "ROUTE"]],
  ["kin: grandmother ione hatfield (ninety-three) en route from ashby.", [["ninety-three", "AGE"]], ["grandmother", "route"]],
  // ages over 89 stay found in every phrasing
  ["aged 93; 93 y/o; a 93yo man; a 93-year-old; AGE: 93; she is ninety-three.",
    [["93", "AGE"], ["93", "AGE"], ["93", "AGE"], ["93", "AGE"], ["93", "AGE"], ["ninety-three", "AGE"]], ["aged", "man"]],
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // a form's, a study's, a protocol's or a model's number
  ["insulin-treated (ITDM FORM MCSA-5870 completed by Dr. Vell)", [], ["MCSA-5870"]],
  ["itdm form mcsa-5870 completed", [], ["mcsa-5870"]],
  ["Research visit - study HF-ADAPT-0217 today", [], ["HF-ADAPT-0217"]],
  ["model XN-1000 analyser; model XN-2044 spare", [], ["XN-1000", "XN-2044"]],
  // a round four-digit number (a model's), short groups, genes and scores
  ["the KX-2000 pump and the T-1000 unit", [], ["KX-2000", "T-1000"]],
  // an investigational drug's code after its sponsor's letters (DRUG_SPONSORS42; ids-places-14's "MK-3475 infusion")
  ["MK-3475 infusion; started AZD-9291; BMS-9362 arm", [], ["MK-3475", "AZD-9291", "BMS-9362"]],
  ["COVID-19 negative; PHQ-9 of 4; ICD-10-CM; CA-125 of 40; HLA-B27", [], ["COVID-19", "PHQ-9", "CA-125"]],
  // after prose's, a date's or a lab's word and a blank; a range; a count
  ["MRN was reviewed with the family and 7654321", [], ["7654321"]],
  ["DOB 13451930", [], ["13451930"]],
  ["PLT 2500000 today; WBC 1200000; viral load 4400000", [], ["2500000", "1200000", "4400000"]],
  ["SINUS, HR 38-104, MEAN 61; ARC 70-120; ARS 36-530", [], ["38-104", "70-120", "36-530"]],
  ["una cifra de 1500000 al ingreso", [], ["1500000"]],
  ["IRB STUDY 0044718 approved", [], ["0044718"]],
  // a lab panel's analytes are no "LAST, FIRST" before a value in brackets (ANALYTES42); a number word after no name
  ["Lab - Sodium, Potassium (95)", [], ["95"]],
  ["LAB - SODIUM, POTASSIUM (95)", [], ["95"]],
  ["   glucose, calcium (92) drawn", [], ["92"]],
  ["the score (ninety-one) today; sats (ninety) on RA", [], ["ninety-one", "ninety"]],
  // ages of 89 and under are not labelled
  ["aged 89; 89 y/o; an 89yo man; AGE: 89; grandmother Ione Hatfield (eighty-nine)", [], ["89", "eighty-nine"]],
];

runTypedTable("ids round 42: identifiers (stop 42, id42)", ["ID", "MRN", "AGE", "HEALTH_PLAN"], [...POSITIVES, ...NEGATIVES]);
