// Why this file exists: table tests, with hard negatives, for clinical round 20 (stop 29), read from fixture 17's misses:
// an ordinal day after "the" with a weekday, a field's colon, the end of its clause or a clock time ("Tuesday the 8th",
// "the night of the 13th when ...", "appointment the 4th."); a town's or county's public office ("Meriden Police
// Department", "ESSEX COUNTY SUPERIOR COURT", "boston housing authority"); a labour union's local with its number
// ("Ironworkers Local 7"); an institution written "<head> for <Name>" ("Center for Brain Health", "Hospital for Special
// Care"); a children's hospital named by its place ("Connecticut Children's"); transcriptionist initials after
// "Transcribed:"; "AND" is no street's name ("PGR 12345, AND DR SMITH" was one address). Both engines. Names, places
// and numbers are made up.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a town's, county's or state's public office: the place and the office are one organisation
  ["Safety plan made. Meriden Police Department notified; detective to interview.", [["Meriden Police Department", ORG]], ["notified", "detective"]],
  ["LAW ENFORCEMENT: OFFICER ON SCENE FROM SPRINGFIELD POLICE DEPARTMENT, BADGE ON FILE", [["SPRINGFIELD POLICE DEPARTMENT", ORG]], ["OFFICER", "BADGE"]],
  ["TO: JURY COMMISSIONER, ESSEX COUNTY SUPERIOR COURT", [["ESSEX COUNTY SUPERIOR COURT", ORG]], ["JURY", "COMMISSIONER"]],
  ["tb contact investigation - hampden county health department tb program", [["hampden county health department", ORG]], ["contact", "program"]],
  ["chronically homeless, on boston housing authority list since may", [["boston housing authority", ORG]], ["homeless", "list"]],
  ["Her son attends Springfield Public Schools in a special program.", [["Springfield Public Schools", ORG]], ["attends", "program"]],
  ["Guardianship granted by the Salem District Court last year.", [["Salem District Court", ORG]], ["Guardianship", "year"]],
  // a labour union's local with its number
  ["Retired welder, shop steward for Ironworkers Local 7 until 2090.", [["Ironworkers Local 7", ORG]], ["welder", "steward"]],
  ["retired machinist (IAM Local 2001 retiree)", [["IAM Local 2001", ORG]], ["machinist", "retiree"]],
  ["RETIRED BUS DRIVER (CARMEN'S UNION LOCAL 589).", [["CARMEN'S UNION LOCAL 589", ORG]], ["RETIRED", "DRIVER"]],
  // an institution written "<head> for <Name>"
  ["Neuropsychological evaluation at the Center for Brain Health today.", [["Center for Brain Health", ORG]], ["evaluation", "today"]],
  ["Stage 4 sacral wound treated at Hospital for Special Care in the past.", [["Hospital for Special Care", FAC]], ["wound", "past"]],
  ["R TKA (Dr. Goldfarb at Hospital for Special Surgery)", [["Goldfarb", "name:title"], ["Hospital for Special Surgery", FAC]], ["TKA"]],
  ["She is followed by the Society for Vascular Medicine registry.", [["Society for Vascular Medicine", ORG]], ["followed", "registry"]],
  // a children's hospital named by its place
  ["Seen at Connecticut Children's for a femur fracture.", [["Connecticut Children's", FAC]], ["femur", "fracture"]],
  ["TRANSFERRED TO OHIO CHILDREN'S BY AIR.", [["OHIO CHILDREN'S", FAC]], ["TRANSFERRED", "AIR"]],
  ["FOLLOWED AT TEXAS CHILDREN'S HOSPITAL CLINIC", [["TEXAS CHILDREN'S HOSPITAL CLINIC", "location:facility"]], ["FOLLOWED"]],
  // "Center" after a hospital's name ending in "Hospital"
  ["Admitted to Harlem Hospital Center for sepsis.", [["Harlem Hospital Center", FAC]], ["sepsis"]],
  ["St. Luke's-Roosevelt Hospital Center\nRecord #00912734", [["St. Luke's-Roosevelt Hospital Center", FAC]], ["Record"]],
  // (in ALL CAPS "CENTER" is a core word that never reaches the name detector: "HARLEM HOSPITAL" alone, a leftover)
  ["ADMITTED TO HARLEM HOSPITAL CENTER FOR SEPSIS.", [["HARLEM HOSPITAL", FAC]], ["ADMITTED", "SEPSIS"]],
  // transcriptionist initials after "Transcribed:" without "by"
  ["DICTATED BY: T. OYELARAN, MD  11/09/2094  TRANSCRIBED: KMW", [["T. OYELARAN", "name:neighbour"], ["KMW", "name:initial"]], ["DICTATED", "TRANSCRIBED"]],
  ["Dictated by: T. Oyelaran, MD. Transcribed: kmw", [["T. Oyelaran", "name:neighbour"], ["kmw", "name:initial"]], ["Transcribed"]],
  // a street named "And" is none: the number before is a value, "DR" the title
  ["PGR 12345, AND DR SMITH.", [["12345", "cue:pager"], ["SMITH", "name:title"]], ["AND"]],
  ["BP 120, AND DR JONES AGREED.", [["JONES", "name:title"]], ["120", "AGREED"]],
  ["Lives at 44 Andover Dr with wife.", [["44 Andover Dr", "location:address"]], ["wife"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a place before a word of another kind stays the place alone
  ["Meriden police came to the house.", [["Meriden", "location:city"]], ["police", "house"]],
  // "Local" before a dose or a percent, and in lower case
  ["Local 5 mL lidocaine infiltrated.", [], ["Local", "lidocaine"]],
  ["LOCAL 1% LIDOCAINE, 5 ML.", [], ["LOCAL", "LIDOCAINE"]],
  ["local 2 cm erythema at the site", [], ["local", "erythema"]],
  // "<head> for" and a reason, a number or a lower-case word
  ["Admitted to the Hospital for Evaluation of chest pain.", [], ["Hospital", "Evaluation"]],
  // (the lone capitalised "Center" is an older guess, score 0.45: this round adds nothing to it)
  ["Sent to the Center for Further Testing.", [["Center", "name:capitalised"]], ["Further", "Testing"]],
  ["Stayed in the hospital for 3 days.", [], ["hospital", "days"]],
  ["Back to the center for dressing changes.", [], ["center", "dressing"]],
  // "Children's" as a brand or after no place
  ["Give Children's Tylenol 160 mg every 6 hours.", [], ["Children", "Tylenol"]],
  ["GIVE CHILDREN'S MOTRIN 5 ML FOR FEVER.", [], ["CHILDREN", "MOTRIN"]],
  ["Read the children's books at bedtime.", [], ["children", "books"]],
  // more scales named after a person before their score (round 19's rule): PACU, MRI, melanoma, knee films, puberty
  ["ARRIVAL 1142 - ALDRETE 7, SPO2 93%. 1230 ALDRETE 9.", [], ["ALDRETE"]],
  ["White matter disease (MRI 1/11/96, Fazekas 2).", [], ["Fazekas"]],
  ["Melanoma, Breslow 1.2 mm, ulcerated.", [], ["Breslow"]],
  ["Knee films: Kellgren 3 medial compartment.", [], ["Kellgren"]],
  ["GU: normal male, Tanner 2, testes descended.", [], ["Tanner"]],
  // (after a title, or before an age, the name stays: "Dr. Aldrete", "Tanner 2 yo")
  ["Seen by Dr. Aldrete 3 days ago.", [["Aldrete", "name:title"]], ["days"]],
  // "center" after "hospital" in lower-case prose, or after no facility, stays a word
  ["Back to the hospital center desk.", [], ["hospital", "center"]],
  // an English word after "Transcribed:" is no initials
  ["ECHO: TRICUSPID REGURG. TRANSCRIBED: MILD", [], ["MILD"]],
];

runPlaceTable("clinical round 20: public offices, union locals, '<head> for <Name>', children's hospitals", POSITIVES);
runPlaceTable("clinical round 20: a place's other words, doses after Local, reasons after '<head> for', brands", NEGATIVES);

/** [text, dates expected] for the date scanner's ordinal day after "the". */
const DATES: ReadonlyArray<readonly [string, readonly string[]]> = [
  // a weekday or a field's colon before "the"
  ["Team conference Tuesday the 8th. Estimated LOS 16 days.", ["Tuesday", "8th"]],
  ["Date: the 11th (March 2093)", ["11th", "March 2093"]],
  // the end of its clause, "when", or a clock time after the day
  ["His wife called on the night of the 13th when he could not lie flat.", ["13th"]],
  ["Frenotomy evaluation with Dr. Ledbetter, appointment the 4th.", ["4th"]],
  ["testing clinic on site the 22nd.", ["22nd"]],
  ["goals of care mtg w/ son the 16th at 2pm.", ["16th"]],
  // a noun, a list or a range after the ordinal; a number over 31
  ["Transfusion stopped during the 2nd unit.", []],
  ["Lesion at the 4th ventricle.", []],
  ["Amputation of the 2nd, 3rd and 4th toes.", []],
  ["Weight at the 95th.", []],
  ["This is the 3rd time this month.", []],
];

describe("clinical round 20: an ordinal day after 'the' by its neighbours", () => {
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine, entities: ["DATE"] });
    for (const [text, expected] of DATES) {
      it(`${engine}: ${JSON.stringify(text)}`, () => {
        expect(r.find(text).map((f) => f.text)).toEqual(expected);
      });
    }
  }
});
