// Why this file exists: table tests, with hard negatives, for clinical round 18 (stop 27), read from fixture 15's misses:
// an age over 89 and a sex letter after a name and its comma ("Evangelos Papadimitriou, 91 M"); prescription, BIN and
// alien-registration numbers after their cues; service firms, practices, labs and insurers after a frame in ALL CAPS
// ("FROM CHARTSAFE RECORD SERVICES") or in a form's cell ("MD  SONORAN OCCUPATIONAL HEALTH  LICENSE"); occupational and
// sports medicine practices; staffing agencies and credit unions; lower-case sign-off initials glued to a dash ("for
// sig. -jm"); the surname "Le" closing a name ("Dr. Le", "husband Trung Le"); a "Drs" list with each doctor's service
// in brackets; a legal form after the comma closing an organisation's name ("Delancey Cold Storage, Inc."); "sig" is
// no town, a "Hasson trocar" no person; in lower-case text an organisation opened by a word no list has after a frame
// ("from chartsafe record services").
// Both engines. Names, places and numbers are made up.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";
const INI = "name:initial";
const NB = "name:neighbour";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // service firms, practices, labs and insurers in ALL CAPS after a frame, an unknown word among their words
  ["INVOICE TO FOLLOW FROM CHARTSAFE RECORD SERVICES ON OUR BEHALF.", [["CHARTSAFE RECORD SERVICES", ORG]], ["INVOICE", "BEHALF"]],
  ["CASEWORKER FROM LUTHERAN SERVICES IN IOWA CALLED.", [["LUTHERAN SERVICES IN IOWA", ORG]], ["CASEWORKER", "CALLED"]],
  ["F/U WITH DR OKAFOR AT CHESSICK NEUROLOGY GROUP IN 4 WK.", [["OKAFOR", "name:title"], ["CHESSICK NEUROLOGY GROUP", ORG]], ["WK"]],
  ["RECORDS SENT TO MARCHBANKS UROLOGY ASSOCIATES.", [["MARCHBANKS UROLOGY ASSOCIATES", ORG]], ["RECORDS"]],
  ["BLOCK SENT TO QUELLMAN REFERENCE LABORATORY FOR NGS.", [["QUELLMAN REFERENCE LABORATORY", ORG]], ["BLOCK", "NGS"]],
  // ... or in a form's cell (a line's start, a column gap or a dash between blanks on each side)
  // (stop 48, nm48b: a name before a credential at a label's field in ALL CAPS is read by the signature rule now, reason
  // name:credential; the span is the same)
  ["TREATING PHYSICIAN: MEERA SUBRAMANIAN, MD  SONORAN OCCUPATIONAL HEALTH  LICENSE MD-44120",
    [["MEERA SUBRAMANIAN", "name:credential"], ["SONORAN OCCUPATIONAL HEALTH", FAC]], ["TREATING", "LICENSE"]],
  ["1. VIJAY PATEL MD - CARDIOLOGY - BRANNOCK CARDIOVASCULAR ASSOCIATES - 01/13/2091",
    [["VIJAY PATEL", NB], ["BRANNOCK CARDIOVASCULAR ASSOCIATES", ORG]], ["CARDIOLOGY"]],
  ["NOTES - QUELLMAN REFERENCE LABORATORY - RESULTS", [["QUELLMAN REFERENCE LABORATORY", ORG]], ["NOTES", "RESULTS"]],
  // occupational and sports medicine practices: a letterhead's line, a frame
  ["Keystone Occupational Medicine\n55 Forge Road", [["Keystone Occupational Medicine", FAC], ["55 Forge Road", "location:address"]], []],
  ["Cleared by Dr. Halverson at Blue Ridge Sports Medicine last fall.",
    [["Halverson", "name:title"], ["Blue Ridge Sports Medicine", FAC]], ["fall"]],
  ["CLEARED AT TWIN LAKES SPORTS MEDICINE ON 11/20.", [["TWIN LAKES SPORTS MEDICINE", FAC]], ["CLEARED"]],
  // staffing agencies and credit unions
  ["She banks at Harborside Credit Union.", [["Harborside Credit Union", ORG]], ["banks"]],
  ["employer: harborside credit union, teller.", [["harborside credit union", ORG]], ["employer", "teller"]],
  ["Sitter from Carewell Staffing tonight.", [["Carewell Staffing", ORG]], ["Sitter", "tonight"]],
  // a legal form after the comma that closes an organisation's or practice's name
  ["Employer: Delancey Cold Storage, Inc. Date of injury 4/2", [["Delancey Cold Storage, Inc", ORG]], ["Employer", "Date"]],
  ["Works at Brannock Tool Works, LLC in town.", [["Brannock Tool Works, LLC", ORG]], ["town"]],
  ["Referred to Corbin Hollow Rheumatology, PLLC for eval.", [["Corbin Hollow Rheumatology, PLLC", FAC]], ["eval"]],
  // lower-case text: an organisation opened by a word no list has after a frame or a field's label
  ["invoice to follow from chartsafe record services on our behalf.", [["chartsafe record services", ORG]], ["invoice", "behalf"]],
  ["a coworker at hillcrest elementary school knew of it.", [["hillcrest elementary school", ORG]], ["coworker", "knew"]],
  ["she had a scan at halvern breast imaging center last week.", [["halvern breast imaging center", FAC]], ["scan", "week"]],
  ["jouko is from gradiant research llc", [["gradiant research llc", ORG]], ["jouko"]],
  // the surname "Le" closing a name after a title or a given name; a doctor's service in brackets inside a "Drs" list
  ["seen by Dr. Le today", [["Le", "name:title"]], ["today"]],
  ["Mr. Le called back.", [["Le", "name:title"]], ["called"]],
  ["Support: husband Trung Le and doula Bethany", [["Trung Le", NB], ["Bethany", "name:cue"]], ["Support"]],
  ["Dr. Thanh Le saw her", [["Thanh Le", "name:title"]], ["saw"]],
  ["DR. LE WILL SEE HER", [["LE", "name:title"]], ["WILL"]],
  ["Drs. Hwang (cardiology), Petrakis (GI) and Ostrowski agree.",
    [["Hwang", "name:title"], ["Petrakis", "name:title"], ["Ostrowski", "name:title"]], ["cardiology", "GI", "agree"]],
  ["ATTENDEES: DRS OYELOWO (ONC), BRANDT-KIMURA (RT), ESPOSITO (PATH)",
    [["OYELOWO", "name:title"], ["BRANDT-KIMURA", "name:title"], ["ESPOSITO", "name:title"]], ["ONC", "PATH"]],
  // lower-case sign-off initials glued to a dash after a sentence, ending the line or before the signer's name
  ["son has a key. routed to dr vasquez. -jm", [["vasquez", "name:title"], ["jm", INI]], ["routed"]],
  ["questions page me. -ck (chioma kalu, pgy2)", [["ck", INI], ["chioma kalu", NB]], ["questions"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // services, practices and labs of English words only, after a frame
  ["REFERRED TO PROTECTIVE SERVICES.", [], ["PROTECTIVE", "SERVICES"]],
  ["CONSULT TO SOCIAL SERVICES", [], ["SOCIAL", "SERVICES"]],
  ["VIA EMERGENCY MEDICAL SERVICES", [], ["EMERGENCY", "SERVICES"]],
  ["SEEN BY CARDIOLOGY ASSOCIATES", [], ["CARDIOLOGY", "ASSOCIATES"]],
  ["RESULTS FROM REFERENCE LABORATORY", [], ["REFERENCE", "LABORATORY"]],
  ["PT ATTENDS THE SUPPORT GROUP.", [], ["SUPPORT", "GROUP"]],
  ["CHRONIC OTITIS MEDIA, RECURRENT.", [], ["OTITIS", "MEDIA"]],
  // services and departments of English words in a form's cells
  ["DISPO:  PHYSICAL THERAPY  2X/WK", [], ["PHYSICAL", "THERAPY"]],
  ["PLAN  -  HOME HEALTH  -  CALL PCP", [], ["HOME", "HEALTH"]],
  ["REFERRALS:\nOCCUPATIONAL HEALTH  PENDING", [], ["OCCUPATIONAL", "HEALTH"]],
  ["SERVICE  INTERNAL MEDICINE  ROOM 4", [], ["INTERNAL", "MEDICINE"]],
  ["ORDER FROM  MEDICAL SUPPLY SERVICES  DELIVERED", [], ["MEDICAL", "SERVICES"]],
  ["STATUS - SOCIAL SERVICES - DONE", [], ["SOCIAL", "SERVICES"]],
  // sports and occupational medicine as a service or a department
  ["Referred to Sports Medicine for the ankle.", [], ["Sports", "Medicine"]],
  ["Occupational Medicine clearance pending.", [], ["Occupational", "Medicine"]],
  ["Follow-up with Occupational Health in 2 weeks.", [], ["Occupational", "Health"]],
  // staffing and funds of English words (no head "fund": see scripts/build-dictionaries.mjs)
  ["Nurse Staffing was short tonight.", [], ["Nurse", "Staffing"]],
  ["works at the credit union downtown", [], ["credit", "union"]],
  ["Paid from a Trust Fund.", [], ["Trust", "Fund"]],
  // lower-case text: English words, drugs and procedures before a head, or no frame before the unknown word
  ["referred to social services today", [], ["social", "services"]],
  ["pt attends the support group weekly", [], ["support", "group"]],
  ["called from hydrocodone group", [], ["hydrocodone", "group"]],
  ["the patient went to the catheterization laboratory today", [], ["catheterization", "laboratory"]],
  ["chartsafe record services sent it", [], ["chartsafe", "services"]],
  // a legal form after a town or a drug: no organisation before it
  ["He lives in Salem, Inc. is his employer", [["Salem", "location:city"]], ["Inc"]],
  ["Lisinopril, Inc", [], ["Lisinopril", "Inc"]],
  // the article "Le" before a word or a capitalised name, and alone
  ["Le patient est stable.", [], ["Le", "patient"]],
  ["husband Jean Le Blanc at bedside", [["Jean Le Blanc", NB]], ["bedside"]],
  ["il est le patient de dr martin", [["martin", "name:title"]], ["le"]],
  // a bracket after a word that is no doctor of a "Drs" list
  ["Drs. Hwang and Petrakis (cardiology), Lasix (oral), 40 mg", [["Hwang", "name:title"], ["Petrakis", "name:title"]], ["Lasix"]],
  // a prescription's or signature's "sig" is no town; a trocar named after its inventor is no person
  ["home health order pending md sig. routed to dr vasquez for sig.", [["vasquez", "name:title"]], ["sig"]],
  ["ROUTED TO DR VASQUEZ FOR SIG.", [["VASQUEZ", "name:title"]], ["SIG"]],
  ["Sig: 1 tab po daily", [], ["Sig"]],
  ["A Hasson trocar was placed at the umbilicus.", [], ["Hasson"]],
  // lower-case shorthand and words after a dash
  ["agree with plan. -ok", [], ["ok"]],
  ["see above. -done", [], ["done"]],
  ["plan: tylenol. -prn", [], ["prn"]],
  ["labs pending -bmp", [], ["bmp"]],
  ["pain 3/10. -abd soft", [], ["abd"]],
];

runPlaceTable("clinical round 18: caps service firms after a frame, sports and occupational practices, staffing, lower initials", POSITIVES);
runPlaceTable("clinical round 18: English-word services, departments, shorthand after a dash", NEGATIVES);

/** [text, entities, findings expected as [text, type]] for the AGE and ID scanners. */
const SCANS: ReadonlyArray<readonly [string, readonly string[], ReadonlyArray<readonly [string, string]>]> = [
  // an age over 89 and a sex letter after a capitalised name and its comma
  ["Patient: Evangelos Papadimitriou, 91 M      MRN SM-3380412", ["AGE"], [["91", "AGE"]]],
  ["bed 4 - Delphine Rousseau, 97 F, post-op hip", ["AGE"], [["97", "AGE"]]],
  ["RESIDENT: PRUITT, ODESSA, 95 F", ["AGE"], [["95", "AGE"]]],
  ["Jones, 91F", ["AGE"], [["91", "AGE"]]],
  // temperatures and younger ages stay out
  ["Fever, 102 F overnight.", ["AGE"], []],
  ["FEVER, 102 F OVERNIGHT.", ["AGE"], []],
  ["TMAX, 101 F", ["AGE"], []],
  ["Temp, 100 F", ["AGE"], []],
  ["HR 88, 99 F", ["AGE"], []],
  ["chills, 101 F at home", ["AGE"], []],
  ["Smith, 88 M", ["AGE"], []],
  // prescription, BIN and alien-registration numbers after their cues
  ["RX#: H7702193", ["ID"], [["H7702193", "ID"]]],
  ["Rx No. 6620184 oxycodone", ["ID"], [["6620184", "ID"]]],
  ["Insurance: Tar Heel Advantage, BIN 610591, PCN ADV", ["ID"], [["610591", "ID"]]],
  ["A-number: A-219-884-031", ["ID"], [["A-219-884-031", "ID"]]],
  // short numbers after the same words stay out
  ["sharps bin 2 full", ["ID"], []],
  ["Rx 1 tab daily", ["ID"], []],
];

describe("clinical round 18: an age after a name's comma, prescription, BIN and A-numbers", () => {
  for (const engine of ["wasm", "js"] as const) {
    for (const [text, entities, expected] of SCANS) {
      const r = createRedactorSync({ engine, entities: entities as never });
      it(`${engine}: ${JSON.stringify(text)}`, () => {
        expect(r.find(text).map((f) => [f.text, f.type])).toEqual(expected);
      });
    }
  }
});
