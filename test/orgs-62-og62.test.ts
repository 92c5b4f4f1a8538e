// Why this file exists: table tests, with hard negatives, for stop 62's organisations round (og62), in mixed case, ALL
// CAPS and lower case, both engines. labelNoColon62() (assembly/names/r62_og62.ts) reads an organisation named right
// after a label without a colon ("vendor", "sponsor", "CRO", "insurer", "carrier", "employer", "manufacturer", "central
// lab", "reference lab") when its words close at their field's end or at a member's label, a code or a participle after
// them; capsEmployerEnd() stops at an adverb of time ("HE WORKS AT HOME NOW."). Hard negatives: "sponsor" as a verb and a
// person's sponsor, a heading ("Vendor Invoice Reconciliation"), the field's own words ("employer contact", "vendor rep",
// "carrier screen"), plain English after the label ("employer plan primary for her", "vendor to call son", "sponsor
// assessment pending"), one English word alone. Names invented; the labels are general vocabulary of notes.
import { casedRows, caselessRows, runPlaceTable, ORG, CITY, type PlaceCase } from "./helpers/place-table.js";

const FOUND: ReadonlyArray<PlaceCase> = [
  // a vendor's English words closed by a participle
  ...casedRows("Laundry vendor Crystal Springs Linen notified.", [["Crystal Springs Linen", ORG]], ["Laundry", "notified"]),
  // an insurer closed by the claim's label
  ...casedRows("Travel insurer Seven Corners claim opened.", [["Seven Corners", ORG]], ["Travel", "claim"]),
  // a study's central laboratory, letters with a digit first, closed by its requisition
  ...casedRows("NT-proBNP drawn; central lab Q2 Solutions requisition sent.", [["Q2 Solutions", ORG]], ["requisition"]),
  // an employer closed by a spaced dash before the occupation
  ...casedRows("Occupation: welder; employer Coastal Bend Gunite - estimator.", [["Coastal Bend Gunite", ORG]], ["welder", "estimator"]),
  // a sponsor in brackets, a legal form last
  ...casedRows("Protocol (sponsor Halden Endocrine LLC) enrolled.", [["Halden Endocrine LLC", ORG]], ["Protocol", "enrolled"]),
  // a reference laboratory and its town apart
  ...casedRows("Confirmed; reference lab Creative Testing Solutions, Tempe.", [["Creative Testing Solutions", ORG], ["Tempe", CITY]], ["Confirmed"]),
  // a vendor closed by a code before its phone line's words
  ...casedRows("Oxygen (vendor Northern Plains Respiratory 24H line).", [["Northern Plains Respiratory", ORG]], ["Oxygen", "line"]),
];

const NOT: ReadonlyArray<PlaceCase> = [
  // an adverb of time after a plain place of work (the ALL CAPS false positive "HOME NOW")
  ...caselessRows("He works at home now. She works at home today.", [], ["home", "now", "today"]),
  // "sponsor" as a verb, and a person's sponsor (a name, not a firm)
  ...casedRows("We agreed to sponsor local events.", [], ["local", "events"]),
  // a heading: the label opens its line and the value closes it
  ...casedRows("Vendor Invoice Reconciliation", [], ["Invoice", "Reconciliation"]),
  // the field's own words after the label
  ...casedRows("Employer plan primary for her.", [], ["plan", "primary"]),
  ...casedRows("Vendor rep needs a badge.", [], ["rep", "badge"]),
  ...casedRows("Carrier screen (panel) negative.", [], ["screen", "panel"]),
  ...casedRows("Carrier grievance decision pending.", [], ["grievance", "decision"]),
  // plain English after the label: a value that names none, a preposition first
  ...casedRows("The sponsor assessment pending; kits held.", [], ["assessment", "kits"]),
  ...casedRows("Vendor to call son.", [], ["call", "son"]),
  // a function word first: the older finding keeps its own span ("is" stays out)
  ...casedRows("Workers' comp carrier is Liberty Mutual, claim open.", [["Liberty Mutual", ORG]], ["is", "claim"]),
];

runPlaceTable("stop 62 (og62): an organisation named after a label without a colon", FOUND);
runPlaceTable("stop 62 (og62): verbs, headings, the field's own words and plain English after a label stay", NOT);
