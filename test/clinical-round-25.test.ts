// Why this file exists: table tests, with hard negatives, for clinical round 25 (stop 34), read from fixture 22's
// misses: a saint's "St." before the place or name found after it ("AT ST. JOSEPH", "FROM: ST. ELIZABETH BOARDMAN"), a
// town's "Area" hospital ("CHARLESTON AREA MEDICAL CENTER"), a state court by its kind and its state
// ("Superior Court of Arizona"), a mile marker on a road ("I-495 northbound at mile marker 88"), a laboratory, an oil
// company, a mine, a ranch and a therapy contractor as organisation heads ("Vantrex Sciences", "Marathon Petroleum",
// "Blackhawk Mining", "Etcheverry Land & Livestock", "Brightwell Therapies"), and the cues of a lab requisition, an
// aircraft's tail number and an airline booking ("REQ Q5581207", "N-NUMBER N417AL"). Both engines. Names, places and
// numbers are made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a town's "Area" hospital, in every letter case
  ["LABS DRAWN AT CHARLESTON AREA MEDICAL CENTER TODAY.", [["CHARLESTON AREA MEDICAL CENTER", FAC]], ["LABS", "TODAY"]],
  ["Admitted to Lakota Area Hospital overnight.", [["Lakota Area Hospital", FAC]], ["Admitted", "overnight"]],
  ["followed at brainerd area health system", [["brainerd area health system", FAC]], ["followed"]],
  ["TRANSFERRED FROM KLAMATH AREA REGIONAL HOSPITAL", [["KLAMATH AREA REGIONAL HOSPITAL", FAC]], ["TRANSFERRED"]],
  // a state court by its kind and its state, or its county
  ["Court-ordered evaluation, Superior Court of Arizona, on petition.", [["Superior Court of Arizona", ORG]], ["Court-ordered", "petition"]],
  ["ORDER OF THE DISTRICT COURT OF MARYLAND DATED", [["DISTRICT COURT OF MARYLAND", ORG]], ["ORDER", "DATED"]],
  ["Summons from the Circuit Court of Cook County arrived.", [["Circuit Court of Cook County", ORG]], ["Summons", "arrived"]],
  // a mile marker
  ["MVC on I-495 northbound at mile marker 88 per EMS", [["I-495", "location:address"], ["mile marker 88", "location:address"]], ["MVC", "EMS"]],
  ["FOUND AT MILE MARKER 37, CONSCIOUS", [["MILE MARKER 37", "location:address"]], ["FOUND", "CONSCIOUS"]],
  // a saint's "St." before the place or the name found after it, in its letter case
  // (stop 47, sub47p: a saint's town after "at" or "in" is a town now, saintTown47(): the same text, a place's reason)
  ["LAST COLONOSCOPY 2086 AT ST. JOSEPH - NORMAL PER PT.", [["ST. JOSEPH", "location:city"]], ["COLONOSCOPY", "NORMAL"]],
  ["FROM: ST. ELIZABETH BOARDMAN (ACUTE STAY", [["ST. ELIZABETH BOARDMAN", "name:neighbour"]], ["FROM", "ACUTE"]],
  ["grandson lives in st. paul", [["st. paul", "location:city"]], ["grandson"]],
  // the new organisation heads after a place, a founder or invented words
  ["UDT by Vantrex Sciences was consistent.", [["Vantrex Sciences", ORG]], ["UDT", "consistent"]],
  ["On disability from Marathon Petroleum since the fire.", [["Marathon Petroleum", ORG]], ["disability", "fire"]],
  ["Roof bolter, Blackhawk Mining for 30 years.", [["Blackhawk Mining", ORG]], ["Roof", "years"]],
  ["Family operation: Etcheverry Land & Livestock.", [["Etcheverry Land & Livestock", ORG]], ["Family"]],
  ["PT/OT 5x/wk via Brightwell Therapies.", [["Brightwell Therapies", ORG]], ["PT/OT"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // "area" after an English word, a department or in another shape stays a word
  ["SENT TO THE AREA HOSPITAL FOR CT", [], ["AREA", "HOSPITAL"]],
  ["LOCAL AREA HOSPITAL WAS ON DIVERSION", [], ["LOCAL", "AREA"]],
  ["Boxes in the waiting area medical staff use.", [], ["waiting", "area", "medical"]],
  ["the surgical area health center staff", [], ["surgical", "area"]],
  // a court without its kind, its state or in mixed shapes stays words
  ["Appeal to the Court of Appeals is pending.", [], ["Court", "Appeals"]],
  ["went to family court of her own accord", [], ["family", "court"]],
  ["The Superior court of appeal denied it.", [], ["Superior", "court"]],
  // a title or an ordinal before a name is no saint's "St."
  ["Seen by Dr. Paul today.", [["Paul", "name:title"]], ["Dr.", "today"]],
  // a mile, a marker and a number in other frames
  ["Walks a mile; marker 3 placed at the lesion.", [], ["mile", "marker"]],
  ["tumor marker 125 was normal", [], ["marker"]],
  // English words alone before the new heads stay words
  ["He did coal mining for 30 years.", [], ["coal", "mining"]],
  ["Discussed targeted therapies with oncology.", [], ["targeted", "therapies"]],
  ["She studies Health Sciences at college.", [], ["Health", "Sciences"]],
  ["Exposure to petroleum distillates.", [], ["petroleum"]],
];

runPlaceTable("clinical round 25: Area hospitals, state courts, mile markers and new organisation heads", POSITIVES);
runPlaceTable("clinical round 25: English words before Area, courts without their kind or state, heads after English words", NEGATIVES);

const SCANS: ReadonlyArray<TypedCase> = [
  ["URINE CYTOLOGY SENT TO QUEST (REQ Q5581207).", [["Q5581207", "ID"]], ["CYTOLOGY"]],
  ["FLIGHT: AIR LIFE N-NUMBER N417AL - WEATHER HOLD", [["N417AL", "ID"]], ["WEATHER"]],
  ["O2 req 2L NC; req for PT/OT placed", [], ["req", "2L"]],
];

runTypedTable("clinical round 25: requisition and tail-number cues", ["ID"], SCANS);
