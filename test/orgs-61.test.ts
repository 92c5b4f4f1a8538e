// Why this file exists: table tests, with hard negatives, for stop 61's organisations round (og61), in mixed case, ALL
// CAPS and lower case, both engines. quiet() skipped a capitalised core word right after an organisation's label of
// ORG_LABELS42 ("CRO:", "Sponsor:", "Agency:", "Vendor:", "Courier:"), so labelValue42() never read a value that opens
// with one ("CRO: Worldwide Clinical Trials"): labelOpen61() in assembly/names/r61_og61.ts lets it through behind the
// colon. "IRB:" joins the labels ("IRB: Kestrel IRB"). Hard negatives: the labels' plain values ("Sponsor: none", "Lab:
// pending", "Program: home exercise", "Agency: Home Health", "Vendor: not yet chosen", "Courier: pending pickup"), a core word
// alone. Names invented; the labels are general vocabulary of research and home care notes.
import { casedRows, runPlaceTable, ORG, type PlaceCase } from "./helpers/place-table.js";

const CUED: ReadonlyArray<PlaceCase> = [
  // a study's contract research organisation and sponsor, English words first
  ...casedRows("Sponsor: Halden Vaccines AG   CRO: Worldwide Clinical Trials\nName", [["Halden Vaccines AG", ORG], ["Worldwide Clinical Trials", ORG]], ["Name"]),
  ...casedRows("CRO: Summit Clinical Research\n", [["Summit Clinical Research", ORG]], ["CRO"]),
  // a home care agency of English words
  ...casedRows("Agency: Gentle Hands Companions\n", [["Gentle Hands Companions", ORG]], ["Agency"]),
  // a study's review board
  ...casedRows("IRB: Kestrel IRB #20991187\n", [["Kestrel IRB", ORG]], ["IRB:"]),
];

const NOT: ReadonlyArray<PlaceCase> = [
  // the labels' plain values
  ...casedRows("Sponsor: none. Lab: pending. Program: home exercise.\n", [], ["none", "pending", "home", "exercise"]),
  ...casedRows("Agency: Home Health. Vendor: not yet chosen.\n", [], ["Home", "Health", "not", "chosen"]),
  // a core word alone after the label
  ...casedRows("CRO: Global\n", [], ["Global"]),
  ...casedRows("IRB: Approved\n", [], ["Approved"]),
  // a courier's value that names none
  ...casedRows("Courier: pending pickup\n", [], ["pending", "pickup"]),
];

runPlaceTable("stop 61 (og61): an organisation's label's value opening with a core word", CUED);
runPlaceTable("stop 61 (og61): labels' plain values and core words alone stay", NOT);
