// Why this file exists: table tests, with hard negatives, for stop 60's organisations round (og60), in mixed case, ALL
// CAPS and lower case, both engines. One rule of assembly/names/r60_og60.ts, cuedOrg60(): English words alone before a
// strong organisation's head (a coalition, a foundation, a collective, partners, solutions, a bank, services...) are an
// organisation where a cue right before them announces one: a field's colon, an opening bracket closed after the head, a
// credential's comma, a heading's separator or a preposition of where or whence. Hard negatives: the clinical values of
// the same labels ("Sponsor: none", "Employer: retired", "Program: home exercise"), an article before the name ("sent to
// the Tumor Bank"), departments of two words ("Referred to Social Services"), a determiner first ("Indication: both
// partners"), an adjective ("pleasant and cooperative"). Names invented; the heads are general vocabulary.
import { casedRows, runPlaceTable, ORG, type PlaceCase } from "./helpers/place-table.js";

const CUED: ReadonlyArray<PlaceCase> = [
  // a field's colon
  ...casedRows("Support group: Open Door Coalition meets monthly.\n", [["Open Door Coalition", ORG]], ["Support", "meets"]),
  ...casedRows("Tissue: Heritage Gift Foundation.\n", [["Heritage Gift Foundation", ORG]], ["Tissue"]),
  // a preposition of whence
  ...casedRows("Funds are held by First Harvest Savings Bank today.\n", [["First Harvest Savings Bank", ORG]], ["Funds", "today"]),
  ...casedRows("She applied to Tall Pines Cares Foundation for copay help.\n", [["Tall Pines Cares Foundation", ORG]], ["applied", "copay"]),
  // an opening bracket closed right after the head
  ...casedRows("Housing help (Open Hands Housing Alliance) today.\n", [["Open Hands Housing Alliance", ORG]], ["Housing help", "today"]),
  // a heading's separator
  ...casedRows("Bone density report — Bright Horizon Imaging Partners\n", [["Bright Horizon Imaging Partners", ORG]], ["density", "report"]),
];

const NOT: ReadonlyArray<PlaceCase> = [
  // the clinical values of an organisation's labels
  ...casedRows("Sponsor: none. Employer: retired. Program: home exercise.\n", [], ["none", "retired", "home", "exercise"]),
  // an article before the name: no cue of this rule's
  ...casedRows("Specimen sent to the Tumor Bank today.\n", [], ["Tumor", "Bank"]),
  // a department of two words
  ...casedRows("Referred to Social Services for housing.\n", [], ["Social", "Services"]),
  // a determiner first ("both partners" are a couple, no firm)
  ...casedRows("Indication: both partners carriers.\n", [], ["both", "partners"]),
  // an adjective, no head's noun
  ...casedRows("The patient is pleasant and cooperative.\n", [], ["pleasant", "cooperative"]),
];

runPlaceTable("stop 60 (og60): English words before a strong organisation's head after a cue", CUED);
runPlaceTable("stop 60 (og60): labels' clinical values, articles, departments and generic words stay", NOT);
