// Why this file exists: the table of main's stop-26 place rules, positives and hard negatives, on both engines: a
// town's feature word after the town an address tail took ("Westbury Ridge, MA 01788"), a town's first word of
// where it lies before a town the place rule wrote ("Port Washburn", "Upper Tolland"), a house number after a
// residence verb with whom the person lives between ("LIVES WITH HIS WIFE AT 44 LIGHTHOUSE ROAD"), no employer after
// an occupation in brackets ("SON VIKRAM (ATTORNEY) AT BEDSIDE"), a town no list has and its feature word after
// "in"/"from"/"near" without a residence frame ("Labs with Dr. Lin's office in Tullis Point."), and practices named by a
// place and a short specialty ("Lakeside Eye", "Salem GI", "Boston ENT") with a facility head after it, and a
// clinician's practice in brackets after the name ("Ezekiel Carrasquillo, MD (Eastgate GI)"), and a possessive written
// apart as i2b2-style text tokenises it ("ST. MARY 'S HOSPITAL"), and the facility walk's "&" and sentence ends
// ("Rowan Hill Women & Infants Hospital"; "Boston Medical Center. Kotemones Clinic" are two places).
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const TAIL_TOWN_SUFFIX: RoundRows = [
  ["40 Chapel Street, Suite 5\nWestbury Ridge, MA 01788\nTel (508) 555-0100",
    [["LOCATION", "40 Chapel Street, Suite 5"], ["LOCATION", "Westbury Ridge, MA"], ["ZIP", "01788"], ["PHONE", "(508) 555-0100"]]],
  ["212 TANNER ROAD\nHADDAM LANDING, CT 06499", [["LOCATION", "212 TANNER ROAD"], ["LOCATION", "HADDAM LANDING, CT"], ["ZIP", "06499"]]],
  // a street or a facility after the feature word goes on with another name (as before this rule)
  ["Lives at 12 Oak Street, Salem Ridge Road is closed.", [["LOCATION", "12 Oak Street, Salem Ridge Road"]]],
];

const TOWN_PREFIX: RoundRows = [
  ["Diabetes Center, 901 Harbor Drive, Port Washburn", [["LOCATION", "901 Harbor Drive, Port Washburn"]]],
  ["Seen by Dr. Chandrasekhar at Smilecrest Dental in Upper Tolland.",
    [["NAME", "Chandrasekhar"], ["LOCATION", "Smilecrest Dental"], ["LOCATION", "Upper Tolland"]]],
  ["He lives in Great Barrington with his wife.", [["LOCATION", "Great Barrington"]]],
  // a prefix of another case is a word of the sentence
  ["Seen in the upper Boston area.", []],
];

const RESIDENCE_CLAUSE_NUMBER: RoundRows = [
  ["HE LIVES WITH HIS WIFE AT 44 LIGHTHOUSE ROAD.", [["LOCATION", "44 LIGHTHOUSE ROAD"]]],
  ["STAYS WITH HER SON AT 12 LIGHTHOUSE ROAD, TULLIS POINT.", [["LOCATION", "12 LIGHTHOUSE ROAD, TULLIS POINT"]]],
  // no residence verb in the clause, or a sentence between: a short number before core words stays a number in capitals
  ["SEEN WITH HIS WIFE AT 10 BEDSIDE ROUNDS. HE LIVES WITH HIS WIFE. AT 2 PAIN WAS", []],
];

const BRACKETED_OCCUPATION: RoundRows = [
  ["SON VIKRAM (ATTORNEY) AT BEDSIDE.", [["NAME", "VIKRAM"]]],
  // an occupation without brackets still names the employer
  ["SON IS A CASHIER AT TARGET.", [["LOCATION", "TARGET"]]],
];

const FEATURE_TOWN_AFTER_PREPOSITION: RoundRows = [
  ["Labs with Dr. Lin's office in Tullis Point. RTC 6 mo.", [["NAME", "Lin"], ["LOCATION", "Tullis Point"]]],
  // a core word or a medical word first, or the phrase going on, is no town
  ["Tenderness in Renal Point areas. Relief in Morphine Springs.", []],
];

const SHORT_SPECIALTY_PRACTICES: RoundRows = [
  ["Seen at Lakeside Eye Center and Salem Retina Clinic.", [["LOCATION", "Lakeside Eye Center"], ["LOCATION", "Salem Retina Clinic"]]],
  ["Seen at Boston ENT and Salem GI yesterday.", [["LOCATION", "Boston ENT"], ["LOCATION", "Salem GI"]]],
  ["cataracts OU (2069, Lakeside Eye).", [["DATE", "2069"], ["LOCATION", "Lakeside Eye"]]],
  // in ALL CAPS the short specialty must end its phrase; a side is no place
  ["LEFT EYE: 20/40. RIGHT EYE EXAM NORMAL.", []],
];

const CLINICIAN_AFFILIATIONS: RoundRows = [
  ["Pathologist: Ezekiel Carrasquillo, MD (Eastgate GI)", [["NAME", "Ezekiel Carrasquillo"], ["LOCATION", "Eastgate GI"]]],
  ["Endocrinologist: Dr. Philippa Long (Joslyn-Hart). PCP: Dr. Will Ferris.",
    [["NAME", "Philippa Long"], ["LOCATION", "Joslyn-Hart"], ["NAME", "Will Ferris"]]],
  ["ADMITTING PHYSICIAN: BARNABY KEANE, M.D. (KESSINGTON GI ASSOCIATES)",
    [["NAME", "BARNABY KEANE"], ["LOCATION", "KESSINGTON GI ASSOCIATES"]]],
  // roles, specialties, languages and clinical acronyms in brackets are words
  ["Seen by Dr. Ruiz (Hospitalist), Dr. Ames (Cardiology), Dr. Lee (Internal Medicine), Dr. Kim (Spanish speaking).",
    [["NAME", "Ruiz"], ["NAME", "Ames"], ["NAME", "Lee"], ["NAME", "Kim"]]],
  ["Reviewed by Dana Cole, MLS (ASCP). Dr. Oduya (SIADH workup) agrees.", [["NAME", "Dana Cole"], ["NAME", "Oduya"]]],
];

const DETACHED_POSSESSIVES: RoundRows = [
  ["admitted to St. Mary 's Hospital on 3/4", [["LOCATION", "St. Mary 's Hospital"], ["DATE", "3/4"]]],
  ["TRANSFERRED FROM ST. ELIZABETH 'S MEDICAL CENTER .", [["LOCATION", "ST. ELIZABETH 'S MEDICAL CENTER"]]],
  ["SHE WAS LAST ADMITTED TO ST. OTTILIE 'S .", [["LOCATION", "ST. OTTILIE 'S"]]],
  ["who was admitted from the Saint Oswin 's Vascular Clinic for a note", [["LOCATION", "Saint Oswin 's Vascular Clinic"]]],
  // a possessive of a common word or a number stays prose; a titled name keeps its own span
  ["the patient 's wife was here. in the 1990 's he smoked. Dr. Kotemones 's note", [["DATE", "1990"], ["NAME", "Kotemones"]]],
];

const FACILITY_WALK: RoundRows = [
  ["NICU Discharge Summary - Rowan Hill Women & Infants Hospital Level III NICU",
    [["LOCATION", "Rowan Hill Women & Infants Hospital"]]],
  ["Transferred to Kotemones Women & Infants Hospital.", [["LOCATION", "Kotemones Women & Infants Hospital"]]],
  // a sentence ends after a whole word's period; an abbreviation's period goes on
  ["Went to Boston Medical Center. Kotemones Clinic follows.",
    [["LOCATION", "Boston Medical Center"], ["LOCATION", "Kotemones Clinic"]]],
  // (a department of common words joined by "&" is none, and the walk does not cross the sentence back into it)
  ["Seen in the Heart & Vascular Center. Kotemones Clinic follows. Seen at Mt. Sinai Hospital.",
    [["LOCATION", "Kotemones Clinic"], ["LOCATION", "Mt. Sinai Hospital"]]],
];

runRoundTable("stop 26: a town's feature word in an address tail", TAIL_TOWN_SUFFIX);
runRoundTable("stop 26: the facility walk across '&' and sentence ends", FACILITY_WALK);
runRoundTable("stop 26: a possessive written apart", DETACHED_POSSESSIVES);
runRoundTable("stop 26: a clinician's practice in brackets", CLINICIAN_AFFILIATIONS);
runRoundTable("stop 26: a town and its feature word after a preposition", FEATURE_TOWN_AFTER_PREPOSITION);
runRoundTable("stop 26: practices named by a place and a short specialty", SHORT_SPECIALTY_PRACTICES);
runRoundTable("stop 26: a town's first word of where it lies", TOWN_PREFIX);
runRoundTable("stop 26: a house number after a residence verb and whom", RESIDENCE_CLAUSE_NUMBER);
runRoundTable("stop 26: no employer after an occupation in brackets", BRACKETED_OCCUPATION);
