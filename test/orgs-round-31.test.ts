// Why this file exists: table tests, with hard negatives, for the stop 31 organisations round (org31): an
// organisation's name ending in its head word (a practice's, a pharmacy's, a supplier's, an insurer's, police and fire)
// after a word of where, after a clinician's comma or bracket, after a role label's colon or a heading's dash, in mixed
// case, ALL CAPS and lower case alike (orgRun31 in assembly/names/detect.ts). Both engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
// a practice's or a specialty's name is typed as the facility rules type practices
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a practice after a word of where, two words that may name it before a practice's head
  ["PCP is Dr. Quillan at Marrowfield Family Practice, 555-0100.",
    [["Quillan", "name:title"], ["Marrowfield Family Practice", FAC], ["555-0100", "format:phone"]], ["PCP"]],
  ["pcp is dr. quillan at marrowfield family practice, 555-0100.",
    [["quillan", "name:title"], ["marrowfield family practice", FAC], ["555-0100", "format:phone"]], ["pcp"]],
  ["PCP IS DR. QUILLAN AT MARROWFIELD FAMILY PRACTICE, 555-0100.",
    [["QUILLAN", "name:title"], ["MARROWFIELD FAMILY PRACTICE", FAC], ["555-0100", "format:phone"]], ["PCP"]],
  // a clinician's practice in brackets or after a comma and a credential
  ["CC: DR. ABERNATHY (WEST TALLOW PULMONARY)", [["ABERNATHY", "name:title"], ["WEST TALLOW PULMONARY", FAC]], ["CC"]],
  ["cc: dr. abernathy (west tallow pulmonary)", [["abernathy", "name:title"], ["west tallow pulmonary", FAC]], ["cc"]],
  ["Referring: Tomas Pereira, MD (Brackenridge Internal Medicine).",
    [["Tomas Pereira", "name:neighbour"], ["Brackenridge Internal Medicine", FAC]], ["Referring", "MD"]],
  ["referring: tomas pereira, md, brackenridge internal medicine",
    [["tomas pereira", "name:cue"], ["brackenridge internal medicine", FAC]], ["referring"]],
  ["j. halvorsen rn, kettleby visiting nurses", [["j. halvorsen", "name:credential"], ["kettleby visiting nurses", ORG]], ["rn"]],
  // an agency after a heading's dash, closing its line
  ["home health visit note - dunwiddie home health services", [["dunwiddie home health services", ORG]], ["visit", "note"]],
  ["HOME HEALTH VISIT NOTE - DUNWIDDIE HOME HEALTH SERVICES", [["DUNWIDDIE HOME HEALTH SERVICES", ORG]], ["VISIT", "NOTE"]],
  // a role label's organisation, with a head or without one
  ["SUPPLIER: GRANITE PEAK MEDICAL SUPPLY, 12 MAIN ST",
    [["GRANITE PEAK MEDICAL SUPPLY", ORG], ["12 MAIN ST", "location:address"]], ["SUPPLIER"]],
  ["supplier: granite peak medical supply", [["granite peak medical supply", ORG]], ["supplier"]],
  ["Supplier: Granite Peak Medical Supply", [["Granite Peak Medical Supply", ORG]], ["Supplier"]],
  ["pharmacy: corliss drug on elm st", [["corliss drug", ORG], ["elm st", "location:address"]], ["pharmacy"]],
  ["PAYER: ZENTARA", [["ZENTARA", ORG]], ["PAYER"]],
  // police and fire: two English words before the head after "by", a member after the head
  ["911 CALL LOGGED BY FOX RUN FIRE 02:10.", [["FOX RUN FIRE", ORG]], ["CALL", "LOGGED"]],
  // (stop 51, nm51: the officer's rank stays out of the name, as fixtures 18 and 23 label "OFC SCHRADER", "OFC
  // HINOJOSA", rankSurname51())
  ["SEEN WITH OFFICERS FROM THE TOWN; HALLORAN PD OFC DEWITT PRESENT",
    [["HALLORAN PD", ORG], ["DEWITT", "name:cue"]], ["OFFICERS", "TOWN", "OFC"]],
  // a supplier's word no list has after "from", the sentence going on
  ["home O2 from Breathwell Medical. Hospitalized in May.", [["Breathwell Medical", ORG]], ["Hospitalized"]],
  ["HOME O2 FROM BREATHWELL MEDICAL. HOSPITALIZED IN MAY.", [["BREATHWELL MEDICAL", ORG]], ["HOSPITALIZED"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // services, specialties and departments named by English words only
  ["Discharged to home with Home Care.", [], ["Home", "Care"]],
  ["He returns from Physical Therapy today.", [], ["Physical", "Therapy"]],
  ["CC: Cardiology", [], ["Cardiology"]],
  ["cc: cardiology, pulmonology", [], ["cardiology", "pulmonology"]],
  ["Seen by Pediatric Cardiology.", [], ["Pediatric", "Cardiology"]],
  ["Follow up with Family Medicine in 2 weeks.", [], ["Family", "Medicine"]],
  ["FOLLOW UP WITH PRIMARY CARE IN 1 WEEK.", [], ["PRIMARY", "CARE"]],
  // a specialty in brackets after a clinician: one English word before a practice's head
  ["REFERRED BY DR LEE (ADOLESCENT MEDICINE) FOR ABSENCES", [["LEE", "name:title"]], ["ADOLESCENT", "MEDICINE"]],
  ["Refill sent per Pharmacy.", [], ["Pharmacy"]],
  ["refills sent to the pharmacy today", [], ["pharmacy"]],
  ["went to local pharmacy", [], ["local", "pharmacy"]],
  // role labels whose value is no organisation
  ["Insurance: Medicare", [], ["Medicare"]],
  ["INSURANCE: NONE", [], ["NONE"]],
  ["EMPLOYER: RETIRED", [], ["RETIRED"]],
  ["Employer: self-employed", [], ["self"]],
  // "PD" as peritoneal dialysis or Parkinson's disease; "church" alone
  ["Patient with PD on carbidopa-levodopa.", [], ["PD"]],
  ["PD catheter exit site clean.", [], ["PD"]],
  ["CHRONIC PD VIA CYCLER AT HOME", [], ["PD", "CYCLER"]],
  ["She attends church on Sundays.", [], ["church"]],
  ["She stopped going to church.", [], ["church"]],
  // a unit, a treatment, an infinitive, a test after a word of where
  ["transferred to Postanesthesia Care Unit in stable condition.", [], ["Postanesthesia", "Care", "Unit"]],
  ["uncontrolled by maximum tolerated medical therapy.", [], ["maximum", "therapy"]],
  ["SW TO ARRANGE BACKUP TRANSPORT TOMORROW.", [], ["ARRANGE", "BACKUP", "TRANSPORT"]],
  ["treadmill test with myocardial perfusion imaging", [], ["myocardial", "imaging"]],
  ["to provide additional blood supply for healing", [], ["provide", "supply"]],
];

runPlaceTable("organisations ending in their head after a frame of where, a clinician, a label or a dash (stop 31)", POSITIVES);
runPlaceTable("services, specialties, labels' plain values, PD and church stay words (stop 31)", NEGATIVES);
