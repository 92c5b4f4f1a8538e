// Why this file exists: the table of main's stop-24 name rules, positives and hard negatives, on both engines:
// "LAST, FIRST" after a person's label (a role's colon, "Dictated By:", "Read by:", "Signed:") where the names are
// rare or unknown to every list (surrogate names of de-identified records, short surnames such as "KOTE", a rarer
// given name that is also an English word after an unknown surname), while words of services, states of a signature
// and medical words in the same shape stay words; specialty centres named after a place ("Groton Endoscopy Center")
// while the head alone is no name ("the Burn Center"); a facility's name never reaches across a form's column gap or
// a title's spaced dash; health systems named "<place or name> Health" in mixed case ("Kessler Health"), while
// "good health", "Mental Health" and "GOOD HEALTH" stay words; in mixed-case text a short surname in capitals between a
// name in capitals and a credential ("ZELLNOI KOTE, M.D."), while acronyms before a credential stay words; staff
// initials after more record verbs and "by" ("GROSS DESCRIPTION BY TJK.", "SCANNED INTO CHART BY LMB 9/8/25").
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const LABEL_LAST_FIRST: RoundRows = [
  // rare and unknown names after a person's label
  ["Dictated By: KOTE, ZELLNOI P.", [["NAME", "KOTE, ZELLNOI P"]]],
  ["DICTATED BY: KOTE, ZELLNOI P.  D: 10/16/03", [["NAME", "KOTE, ZELLNOI P"], ["DATE", "10/16/03"]]],
  ["Attending physician: KOTE, ZELLNOI", [["NAME", "KOTE, ZELLNOI"]]],
  ["Signed: KOTE, ZELLNOI", [["NAME", "KOTE, ZELLNOI"]]],
  ["Dictated By: SMITHERSON, JOHN P.", [["NAME", "SMITHERSON, JOHN P"]]],
  ["Read by: Kote, Zellnoi", [["NAME", "Kote, Zellnoi"]]],
  // services, states of a signature and medical words in the same shape
  ["Attending: Cardiology, Neurology", []],
  ["Dictated by: Cardiology, Fellow", []],
  ["Signed: Electronically, pending", []],
  ["SIGNED: ELECTRONICALLY, PENDING", []],
  ["Reviewed by: Radiology, Pathology", []],
  ["ATTENDING: HOSPITALIST, TEAM", []],
  ["Dictated by: VOICE, RECOGNITION", []],
  ["Signed by: NURSING, STAFF", []],
  ["Attending: Hepatitis, Cirrhosis", []],
  ["Seen by: ortho, neurology", []],
  ["Allergies: Penicillin, Sulfa", []],
];

const SHORT_CAPS_SURNAMES: RoundRows = [
  ["Electronically Signed ZELLNOI KOTE, M.D.", [["NAME", "ZELLNOI KOTE"]]],
  ["Discussed with ZELLNOI KOTE, MD.", [["NAME", "ZELLNOI KOTE"]]],
  ["Pt with HTN CHF, MD aware. Labs: CBC BMP, MD notified.", []],
];

const BY_INITIALS: RoundRows = [
  ["GROSS DESCRIPTION BY RQV. MICROSCOPIC: BENIGN.", [["NAME", "RQV"]]],
  ["FAXED BY WTN 11/2/24. SCANNED INTO CHART BY HDL 1030", [["NAME", "WTN"], ["DATE", "11/2/24"], ["NAME", "HDL"]]],
  ["DRAWN BY JRT 10:30", [["NAME", "JRT"]]],
  // a count after the letters, or a test, service or credential after "by", is no stamp of who did it
  ["GIVEN BY ABC 2 UNITS. STUDY READ BY CTA. PROCEDURE PERFORMED BY IR. CONSENT OBTAINED BY RN.", []],
];

const SPECIALTY_CENTERS: RoundRows = [
  ["Procedure done at Groton Endoscopy Center, 12 Main St.",
    [["LOCATION", "Groton Endoscopy Center"], ["LOCATION", "12 Main St"]]],
  ["Seen at Northgate Fertility Center for IVF; prior care at Shoreline Pain Center.",
    [["LOCATION", "Northgate Fertility Center"], ["LOCATION", "Shoreline Pain Center"]]],
  ["transferred to Baystate Trauma Center", [["LOCATION", "Baystate Trauma Center"]]],
  // the head alone, or after English words only, is a department; surnames inside it make no person
  ["Admitted to the Burn Center. Seen in the Memory Center. Referred to the Pain Center.", []],
  ["at the Endoscopy Center; Level I Trauma Center; ENDOSCOPY CENTER NOTE", []],
  // a form's column gap (two blanks or a tab) opens another field: the heading before it is no part of the name
  ["COLONOSCOPY REPORT   Hudson Valley Surgery Center   10/27/2092",
    [["LOCATION", "Hudson Valley Surgery Center"], ["DATE", "10/27/2092"]]],
  ["OPERATIVE NOTE\tHudson Valley Surgery Center", [["LOCATION", "Hudson Valley Surgery Center"]]],
  // a title's dash between blanks, before a name; right before the head it stays inside the name
  ["Psychiatric Intake - Riverside Behavioral Health", [["LOCATION", "Riverside Behavioral Health"]]],
  ["Dental Progress Note - Riverside Community Dental Clinic", [["LOCATION", "Riverside Community Dental Clinic"]]],
  ["TRANSPORT: CITY OF WORCESTER EMS - AMBULANCE", [["LOCATION", "CITY OF WORCESTER EMS - AMBULANCE"]]],
];

const HEALTH_SYSTEMS: RoundRows = [
  ["PCP is Dr. Feldmann at Riverside Health.", [["NAME", "Feldmann"], ["LOCATION", "Riverside Health"]]],
  ["followed at Kessler Health; home with Bay State Home Health (RN/PT)",
    [["LOCATION", "Kessler Health"], ["LOCATION", "Bay State Home Health"]]],
  ["Keystone Mutual Health Insurance Company", [["LOCATION", "Keystone Mutual Health Insurance Company"]]],
  // English words before it, or no capitals to mark a name
  ["Referred to Behavioral Health. Mental Health and Public Health aware. Occupational Health cleared her.", []],
  ["The patient is in very good health. SHE IS IN GOOD HEALTH. POOR HEALTH. needs home health services", []],
];

runRoundTable("stop 24: LAST, FIRST after a person's label", LABEL_LAST_FIRST);
runRoundTable("stop 24: short surnames in capitals before a credential", SHORT_CAPS_SURNAMES);
runRoundTable("stop 24: staff initials after a record verb and by", BY_INITIALS);
runRoundTable("stop 24: specialty centres and column gaps", SPECIALTY_CENTERS);
runRoundTable("stop 24: health systems", HEALTH_SYSTEMS);
