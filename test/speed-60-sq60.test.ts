// Why this file exists: stop 60's speed round on the name pass's tokenizer and quiet() (sq60, docs/performance.md "Stop
// 60, sq60"; docs/names-rounds.md "Stop 60, sq60"): the token ring's fields read and written at a constant offset (rd(),
// wr()), the tokenizer's one-blank gap read without its loop, and two filters of a word list's hashes (r60_sq60.ts)
// before wordIn() (quiet()'s agency's remit, pushToken()'s lower-case refusals). Exact by construction: these rows
// keep the start's findings (main 040a525), gaps included, on what those changes touch: apostrophes (O'Brien, a
// possessive, a right single quotation mark, contractions, "MARY 'S"), hyphens and digits, non-ASCII letters (Latin-1,
// Latin Extended-A, Greek, Cyrillic, a two-byte initial), emoji and symbols between words, gaps of one blank, two, a tab,
// a newline, a no-break space and punctuation, an agency's remit that quiets no word ("Her health is poor") and one that
// lets its last word reach decide() ("COUNCIL ON AGING"), and the lower-case refusals ("anc nadir", "Reg Thompson"),
// each in mixed case, ALL CAPS and lower case, on both engines. A row records what the core finds, not what it should.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string, string]>];

const ROWS: Row[] = [
  ["Seen by Dr. O'Brien with Mary's son; D’Angelo’s wife called. We'll call; don't worry, I'm fine. Transferred to ST. MARY 'S HOSPITAL.", [["O'Brien","NAME","name:title"],["Mary","NAME","name:cue"],["D’Angelo","NAME","name:cue"],["ST. MARY 'S HOSPITAL","LOCATION","location:facility"]]],
  ["SEEN BY DR. O'BRIEN WITH MARY'S SON; D’ANGELO’S WIFE CALLED. WE'LL CALL; DON'T WORRY, I'M FINE. TRANSFERRED TO ST. MARY 'S HOSPITAL.", [["O'BRIEN","NAME","name:title"],["MARY","NAME","name:cue"],["D’ANGELO","NAME","name:cue"],["ST. MARY 'S HOSPITAL","LOCATION","location:facility"]]],
  ["seen by dr. o'brien with mary's son; d’angelo’s wife called. we'll call; don't worry, i'm fine. transferred to st. mary 's hospital.", [["o'brien","NAME","name:title"],["mary","NAME","name:dictionary"],["d’angelo","NAME","name:cue"],["st. mary 's hospital","LOCATION","location:facility"]]],
  ["Read by: r. Gupta-Fairbanks; Smith-Jones Ortiz visited room 12B, bed 4B, MRN AB12345, lot 7-A.", [["Smith-Jones Ortiz","NAME","name:neighbour"],["AB12345","MRN","cue:mrn"]]],
  ["READ BY: R. GUPTA-FAIRBANKS; SMITH-JONES ORTIZ VISITED ROOM 12B, BED 4B, MRN AB12345, LOT 7-A.", [["R. GUPTA-FAIRBANKS","NAME","name:neighbour"],["SMITH-JONES ORTIZ","NAME","name:neighbour"],["AB12345","MRN","cue:mrn"]]],
  ["read by: r. gupta-fairbanks; smith-jones ortiz visited room 12b, bed 4b, mrn ab12345, lot 7-a.", [["r. gupta-fairbanks","NAME","name:initial"],["smith-jones ortiz","NAME","name:neighbour"],["ab12345","MRN","cue:mrn"]]],
  ["José Núñez and Živković Đorđe met Σοφία Παπαδοπούλου and Иван Петров; Agatha Á Ottarsdóttir signed.", [["José Núñez","NAME","name:neighbour"],["Živković Đorđe","NAME","name:neighbour"],["Σοφία Παπαδοπούλου","NAME","name:neighbour"],["Иван Петров","NAME","name:neighbour"],["Agatha Á Ottarsdóttir","NAME","name:neighbour"]]],
  ["JOSÉ NÚÑEZ AND ŽIVKOVIĆ ĐORĐE MET ΣΟΦΊΑ ΠΑΠΑΔΟΠΟΎΛΟΥ AND ИВАН ПЕТРОВ; AGATHA Á OTTARSDÓTTIR SIGNED.", [["JOSÉ NÚÑEZ","NAME","name:neighbour"],["AGATHA Á OTTARSDÓTTIR","NAME","name:neighbour"]]],
  ["josé núñez and živković đorđe met σοφία παπαδοπούλου and иван петров; agatha á ottarsdóttir signed.", [["josé núñez","NAME","name:neighbour"],["agatha","NAME","name:dictionary"]]],
  ["Seen by Dr. Lee 😀 today → follow up with Maria Lopez 👍.\tNurse Kim Tran  called—twice.", [["Lee","NAME","name:title"],["Maria Lopez","NAME","name:neighbour"],["Kim Tran","NAME","name:neighbour"]]],
  ["SEEN BY DR. LEE 😀 TODAY → FOLLOW UP WITH MARIA LOPEZ 👍.\tNURSE KIM TRAN  CALLED—TWICE.", [["LEE","NAME","name:title"],["MARIA LOPEZ","NAME","name:neighbour"],["KIM TRAN","NAME","name:neighbour"]]],
  ["seen by dr. lee 😀 today → follow up with maria lopez 👍.\tnurse kim tran  called—twice.", [["lee","NAME","name:title"],["maria lopez","NAME","name:neighbour"],["kim tran","NAME","name:neighbour"]]],
  ["Patient  Quorrel,\tHelen\nwas seen . Dr.Smith ; Ms. Ávila (Bogotá) and Mr. Øyvind Berg.", [["Quorrel,\tHelen","NAME","name:cue"],["Smith","NAME","name:title"],["Ávila","NAME","name:title"],["Bogotá","LOCATION","location:city"],["Øyvind Berg","NAME","name:title"]]],
  ["PATIENT  QUORREL,\tHELEN\nWAS SEEN . DR.SMITH ; MS. ÁVILA (BOGOTÁ) AND MR. ØYVIND BERG.", [["QUORREL,\tHELEN","NAME","name:cue"],["SMITH","NAME","name:title"],["ÁVILA","NAME","name:title"],["BOGOTÁ","LOCATION","location:city"],["ØYVIND BERG","NAME","name:title"]]],
  ["patient  quorrel,\thelen\nwas seen . dr.smith ; ms. ávila (bogotá) and mr. øyvind berg.", [["quorrel,\thelen","NAME","name:cue"],["smith","NAME","name:title"],["ávila","NAME","name:title"],["bogotá","LOCATION","location:city"],["øyvind berg","NAME","name:title"]]],
  ["Referred to the Department of Public Advocacy, the Office for Civil Rights and the Council on Aging by Ellen Marsh.", [["Department of Public Advocacy","LOCATION","location:organization"],["Office for Civil Rights","LOCATION","location:organization"],["Council","NAME","name:capitalised"],["Ellen Marsh","NAME","name:neighbour"]]],
  ["REFERRED TO THE DEPARTMENT OF PUBLIC ADVOCACY, THE OFFICE FOR CIVIL RIGHTS AND THE COUNCIL ON AGING BY ELLEN MARSH.", [["DEPARTMENT OF PUBLIC ADVOCACY","LOCATION","location:organization"],["OFFICE FOR CIVIL RIGHTS","LOCATION","location:organization"],["COUNCIL ON AGING","LOCATION","location:organization"],["ELLEN MARSH","NAME","name:neighbour"]]],
  ["referred to the department of public advocacy, the office for civil rights and the council on aging by ellen marsh.", [["department of public advocacy","LOCATION","location:organization"],["office for civil rights","LOCATION","location:organization"],["council on aging","LOCATION","location:organization"],["ellen marsh","NAME","name:neighbour"]]],
  ["Caseworker: Vanessa Ugwu, Department of Children and Family Services; faxed to Department of Health and Human Services.", [["Vanessa Ugwu","NAME","name:neighbour"],["Department of Children and Family Services","LOCATION","location:organization"],["Department of Health and Human Services","LOCATION","location:organization"]]],
  ["CASEWORKER: VANESSA UGWU, DEPARTMENT OF CHILDREN AND FAMILY SERVICES; FAXED TO DEPARTMENT OF HEALTH AND HUMAN SERVICES.", [["VANESSA UGWU","NAME","name:neighbour"],["DEPARTMENT OF CHILDREN AND FAMILY SERVICES","LOCATION","location:organization"],["DEPARTMENT OF HEALTH AND HUMAN SERVICES","LOCATION","location:organization"]]],
  ["caseworker: vanessa ugwu, department of children and family services; faxed to department of health and human services.", [["vanessa ugwu","NAME","name:cue"],["department of children and family services","LOCATION","location:organization"],["department of health and human services","LOCATION","location:organization"]]],
  ["Her health is poor; social services and quality of care reviewed with Rose Hale; public safety officer present.", [["Rose Hale","NAME","name:neighbour"]]],
  ["HER HEALTH IS POOR; SOCIAL SERVICES AND QUALITY OF CARE REVIEWED WITH ROSE HALE; PUBLIC SAFETY OFFICER PRESENT.", []],
  ["her health is poor; social services and quality of care reviewed with rose hale; public safety officer present.", [["rose hale","NAME","name:neighbour"]]],
  ["Division of Health Service Regulation; Board of Medical Examiners; Bureau of State Hearings; Dept. of Agriculture.", [["Division of Health Service Regulation","LOCATION","location:organization"],["Board of Medical Examiners","LOCATION","location:organization"],["Bureau of State Hearings","LOCATION","location:organization"]]],
  ["DIVISION OF HEALTH SERVICE REGULATION; BOARD OF MEDICAL EXAMINERS; BUREAU OF STATE HEARINGS; DEPT. OF AGRICULTURE.", [["DIVISION OF HEALTH SERVICE REGULATION","LOCATION","location:organization"],["BOARD OF MEDICAL EXAMINERS","LOCATION","location:organization"],["BUREAU OF STATE HEARINGS","LOCATION","location:organization"]]],
  ["division of health service regulation; board of medical examiners; bureau of state hearings; dept. of agriculture.", [["division of health service regulation","LOCATION","location:organization"],["board of medical examiners","LOCATION","location:organization"],["bureau of state hearings","LOCATION","location:organization"]]],
  ["Nadir Khan noted anc nadir 0.4; full rom; Reg Thompson updated by kaylee (reg); Aud Halvorsen, father with aud.", [["Nadir Khan","NAME","name:neighbour"],["Reg Thompson","NAME","name:neighbour"],["Aud Halvorsen","NAME","name:neighbour"]]],
  ["NADIR KHAN NOTED ANC NADIR 0.4; FULL ROM; REG THOMPSON UPDATED BY KAYLEE (REG); AUD HALVORSEN, FATHER WITH AUD.", [["KHAN","NAME","name:dictionary"],["REG THOMPSON","NAME","name:neighbour"],["KAYLEE","NAME","name:dictionary"],["REG","NAME","name:dictionary"],["AUD HALVORSEN","NAME","name:neighbour"],["AUD","NAME","name:dictionary"]]],
  ["nadir khan noted anc nadir 0.4; full rom; reg thompson updated by kaylee (reg); aud halvorsen, father with aud.", [["khan","NAME","name:dictionary"],["thompson","NAME","name:dictionary"],["kaylee","NAME","name:dictionary"],["halvorsen","NAME","name:dictionary"]]],
  ["16 Fr Coude placed by Fr. Michael Doyle; 14 Fr. Foley; Sister Anne Ruiz visited.", [["Michael Doyle","NAME","name:title"],["Anne Ruiz","NAME","name:neighbour"]]],
  ["16 FR COUDE PLACED BY FR. MICHAEL DOYLE; 14 FR. FOLEY; SISTER ANNE RUIZ VISITED.", [["MICHAEL DOYLE","NAME","name:title"],["ANNE RUIZ","NAME","name:neighbour"]]],
  ["16 fr coude placed by fr. michael doyle; 14 fr. foley; sister anne ruiz visited.", [["michael doyle","NAME","name:title"],["anne ruiz","NAME","name:neighbour"]]],
];

describe("stop 60, sq60: the tokenizer's and quiet()'s faster paths keep the start's findings", () => {
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine });
    for (const [text, expected] of ROWS) {
      it(`${engine}: ${JSON.stringify(text).slice(0, 120)}`, () => {
        expect(r.find(text).map((f) => [f.text, f.type, f.reason])).toEqual(expected);
      });
    }
  }
});
