// Why this file exists: table tests, with hard negatives, for stop 47's substitution round (sub47n). The round put
// real names no word list holds (Samoan, Navajo, Basque, Hmong, Somali, Irish ... : "Mebrat Waititi", "Fuimaono,
// Jiwoo") into the context of every gold NAME span of fixtures 1-34 and presidio (a harness outside the repository,
// docs/names-rounds.md "Stop 47, sub47n") and fixed the two general causes its misses shared in ALL CAPS and lower
// case, where no capital letter says "a name": a person's record label the field rule did not know (detect.ts
// lowerFieldName(), now also in ALL CAPS: "ADJUSTER: MEBRAT WAITITI", "applicant: fuimaono, jiwoo sefo") and a
// credential after the name the word table did not list (build-dictionaries.mjs F.CRED: "XENG GEBREYESUS, RDN",
// "aroha urkullu, htl"). Hard negatives: the same labels before clinical words, abbreviations that look like
// credentials after clinical words, and the brief's common words ("brown stool", "will follow", "hope to", "May").
// Mixed case, ALL CAPS and lower case; both engines; every name is made up of real names no list holds.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const LABELS: ReadonlyArray<TypedCase> = [
  // a person's label and its colon, then two to four words no list has (or a surname and a comma first)
  ...casedRows("Adjuster: Mebrat Waititi\n", [["Mebrat Waititi", N]], ["Adjuster"]),
  ...casedRows("Applicant: Fuimaono, Jiwoo Sefo   DOB 19 Jun 2080\n", [["Fuimaono, Jiwoo Sefo", N]], ["Applicant", "DOB"]),
  ...casedRows("Donor: Macaodha, Paramjit Pakou   age 24\n", [["Macaodha, Paramjit Pakou", N]], ["Donor", "age"]),
  ...casedRows("Employee: Macapagal, Aitor A   DOB 12/03/1979\n", [["Macapagal, Aitor A", N]], ["Employee"]),
  // ("student" is no cue in mixed case: "Aetna Student Health"; the field rule reads it in the other two; stop 48, fy48:
  // and in mixed case its colon makes it a form's field, roleField48, so the name is found in all three)
  ...casedRowsEach("Student: Hosteen Tuiasosopo   DOB 1/2/2080\n",
    [[["Hosteen Tuiasosopo", N]], [["HOSTEEN TUIASOSOPO", N]], [["hosteen tuiasosopo", N]]], ["Student", "DOB"]),
  // hard negatives: the same labels before clinical words, abbreviations and refusals
  ...casedRows("Donor: CMV negative\n", [], ["CMV", "negative"]),
  ...casedRows("Donor: HLA mismatch\n", [], ["HLA", "mismatch"]),
  ...casedRows("Guest: none\n", [], ["none"]),
  ...casedRows("Driver: self\n", [], ["self"]),
  ...casedRows("Crew: ALS unit 12\n", [], ["ALS", "unit"]),
  ...casedRows("Student: shadowing today\n", [], ["shadowing"]),
  ...casedRows("Parent: mother at bedside\n", [], ["mother", "bedside"]),
  ...casedRows("Alternate: none listed\n", [], ["none", "listed"]),
  ...casedRows("Sitter: PRN\n", [], ["PRN"]),
  ...casedRows("Pastor: declined visit\n", [], ["declined", "visit"]),
];

const CREDENTIALS: ReadonlyArray<TypedCase> = [
  // a credential the word table did not list after a name no list has, closing the signer's line
  ...casedRows("Diet teaching done.\nXeng Gebreyesus, RDN\n", [["Xeng Gebreyesus", N]], ["RDN", "Diet"]),
  ...casedRows("Slides stained.\nAroha Urkullu, HTL\n", [["Aroha Urkullu", N]], ["HTL", "Slides"]),
  ...casedRows("Recorder: none.\nNtxhi Tupuola, RCES\n", [["Ntxhi Tupuola", N]], ["RCES"]),
  ...casedRows("Crew: Jhun Sopoaga, EMT-B (driver)\n", [["Jhun Sopoaga", N]], ["EMT", "driver"]),
  ...casedRows("Vitals taken by Wisly Desir, LVN.\n", [["Wisly Desir", N]], ["LVN", "Vitals"]),
  ...casedRows("Latch assessed.\nTaehee Jang, IBCLC\n", [["Taehee Jang", N]], ["IBCLC", "Latch"]),
  ...casedRows("Rooming done by Kaibah Nez, CMA.\n", [["Kaibah Nez", N]], ["CMA", "Rooming"]),
  // hard negatives: clinical words before the same letters, the abbreviations left out (PHN, BCC, RD, PTA)
  ...casedRows("Lipids, CMA pending.\n", [], ["Lipids", "CMA"]),
  ...casedRows("Labs: CBC, CMA today.\n", [], ["CBC", "CMA"]),
  ...casedRows("Zoster, PHN persists.\n", [], ["Zoster", "PHN"]),
  ...casedRows("Basal cell, BCC excised.\n", [], ["Basal", "BCC"]),
  // the brief's common words: a stool's colour, a plan's verbs (and a month, a date)
  ...casedRows("Brown stool, will follow. Hope to discharge in May.\n", [], ["Brown", "Hope", "will"]),
  ...casedRows("Bell's palsy, Crohn disease; metformin.\n", [], ["Bell", "Crohn", "metformin"]),
];

runTypedTable("stop 47 (sub47n): a person's record label before names no list has", [N], LABELS);
runTypedTable("stop 47 (sub47n): a credential after names no list has", [N], CREDENTIALS);
