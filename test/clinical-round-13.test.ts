// Why this file exists: the table of the thirteenth clinical round's rules (fixture 9), positives and hard negatives,
// on both engines: the capitalised first half of a hyphenated surname before a found name ("Vasquez-Whitlock,
// Isidro"); a hyphenated surname after a quoted nickname; "veteran", "client", "inmate", "camper", "proband",
// "participant", "decedent", "counselor", "aide", "officer" and other roles naming the person after them; a titled
// surname before a colon; staff initials after a staff verb or a time and "by"; a middle initial before a parenthesis
// or a credential; a surname after a hyphenated pair of given names; a patient's dotted initials before an age and a
// sex; a CSV row's ISO dates; OSA, POLST, MOLST and ANES never a town or a name.
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const ROUND13: RoundRows = [
  // the capitalised first half of a hyphenated surname before the half a rule found
  ["MICU FLOWSHEET SUMMARY   Vasquez-Whitlock, Isidro   MRN 00558132",
    [["NAME", "Vasquez-Whitlock, Isidro"], ["MRN", "00558132"]]],
  ["Veteran: Delgado-Reyes, Fernando J  (SSN xxx-xx-8831)", [["NAME", "Delgado-Reyes, Fernando J"], ["SSN", "xxx-xx-8831"]]],
  // a prefix glued to an eponym or an antibody makes no surname
  ["Non-Hodgkin lymphoma. Anti-Smith antibodies negative. Stevens-Johnson syndrome.", []],
  // a hyphenated surname after a quoted nickname
  ["Patient: Dashiell \"Dash\" Montgomery-Ruiz, 19M", [["NAME", "Dashiell"], ["NAME", "Dash"], ["NAME", "Montgomery-Ruiz"]]],
  ["Pt: CORNELIUS \"NEIL\" ASHBY-GRANT   MRN: SL-2281945",
    [["NAME", "CORNELIUS"], ["NAME", "NEIL"], ["NAME", "ASHBY-GRANT"], ["MRN", "SL-2281945"]]],
  // who a record is about where it says no "patient"
  ["Participant Ruby-Jean Thistlewood (MRN 7720-31-84) was approached.",
    [["NAME", "Ruby-Jean Thistlewood"], ["MRN", "7720-31-84"]]],
  ["Proband Talia Ben-Haim (III-2), 38.", [["NAME", "Talia Ben-Haim"]]],
  // those words before English words stay words
  ["The veteran reports better sleep. Client Services called. Participant Information Sheet signed.", []],
  // more role cues: the name after them, the role word outside it; before a heading's words they stay words
  ["Escorted by Officer Quintero and seen with school counselor Ingrid Solvang; aide Rosemary at bedside.",
    [["NAME", "Quintero"], ["NAME", "Ingrid Solvang"], ["NAME", "Rosemary"]]],
  ["AIDE YESENIA PRESENT. ESCORTED BY OFFICER QUINTERO.", [["NAME", "YESENIA"], ["NAME", "QUINTERO"]]],
  ["Counselor Notes reviewed. Aide Schedule posted. Pharmacist Consult placed. Officer Training done.", []],
  // a titled surname before a colon; a label after a titled surname stays a word
  ["Retrieval 4/28 by Dr. Abimbola Fadeyi: 14 oocytes.", [["DATE", "4/28"], ["NAME", "Abimbola Fadeyi"]]],
  ["Seen by Dr. Smith Plan: continue. MS: alert.", [["NAME", "Smith"]]],
  // staff initials after a staff verb or a time and "by", closing the clause
  ["Gross: a 22 cm segment (gross by DMK, PA). Value phoned to the office at 10:02 by JBK.\nPhotos (taken by JRT).",
    [["NAME", "DMK"], ["NAME", "JBK"], ["NAME", "JRT"]]],
  ["CULTURE CALLED BACK 9/9 BY KPL.\nIDENTIFICATION: S AUREUS", [["NAME", "KPL"]]],
  // a test, a germ, a device, a service or a credential after "by" is none
  ["Warts caused by HPV. VT terminated by ATP. AVA 0.7 CM2 BY VTI.\nReviewed by GI) and given by RN.", []],
  // a middle initial before a parenthesis or a credential; "A" without its period is none
  // (the surname after "Pt" and the given name were two findings before stop 46; nam46's invertedField46() grows the
  // cue's surname over the given name at the field's opening: one finding, the same tokens)
  ["Pt HARRINGTON, SILAS J (MRN 0662193) seen.", [["NAME", "HARRINGTON, SILAS J"], ["MRN", "0662193"]]],
  ["PHYSICIAN: AKINYEMI, BOLANLE O MD   NPI", [["NAME", "AKINYEMI, BOLANLE O"]]],
  ["Pt Smith, John A (see below).", [["NAME", "Smith, John"]]],
  // a hyphenated pair of given names, then the surname even when it is also a town; a facility's head word stays its own
  ["RE: Marie-Claire Broussard   DOB 3/19/1949", [["NAME", "Marie-Claire Broussard"], ["DATE", "3/19/1949"]]],
  ["Seen with Jean-Pierre Lafayette today.", [["NAME", "Jean-Pierre Lafayette"]]],
  ["Guillain-Barre Syndrome. Jean-Pierre Hospital.", [["LOCATION", "Jean-Pierre Hospital"]]],
  // a patient's dotted initials before an age and a sex; a clock's, a country's and a route's letters are none
  ["Case 3: W.R., 68M from Kalispell. Case 4: J.D., 45 F.", [["NAME", "W.R."], ["LOCATION", "Kalispell"], ["NAME", "J.D."]]],
  ["Given at 9 A.M., 68F. In the U.S., 45 million. Take P.O., 20 mg.", []],
  // sleep apnoea, the portable orders forms and anaesthesia's shorthand are no town and no name
  ["SEVERE OSA. CODE STATUS: DNR PER POLST. MOLST ON FILE. AIRWAY: DR. KRISTIANSEN (ANES).", [["NAME", "KRISTIANSEN"]]],
  ["Severe OSA on CPAP. Airway: Dr. Kristiansen (Anes).", [["NAME", "Kristiansen"]]],
  // a CSV row's ISO dates, the second one after the first's comma
  ["2209311,Nguyen,Bao Chau,1990-02-14,2025-01-07 09:20,Strand K,206-555-0118",
    [["NAME", "Nguyen,Bao Chau"], ["DATE", "1990-02-14"], ["DATE", "2025-01-07 09:20"], ["PHONE", "206-555-0118"]]],
  ["Counts 1,990,214 and 2,025,107 cells.", []],
];

runRoundTable("thirteenth clinical round (fixture 9)", ROUND13);
