// Why this file exists: table tests, with hard negatives, for stop 30's rules on main, written from the general forms
// of US notes (not from a fixture's strings): streets named without a house number in any frame of where
// (framedStreet30), numbered roads in lower case (lowerRoute21) and county roads (countyRoad30), the floor after its
// ordinal in an address tail, a census line's patient after the bed or room (bedName30), name particles and hyphenated
// given names in a person's field (particleLastFirst30, hyphenFirstAfterComma30), a staff member's core-word given
// name before a verb (staffName), the writer after "I'm" (selfIntro30), a name before its relation in brackets
// (parenKin30), a month/day that reads like a fraction after the test or event it dates or in brackets after a value
// (date.ts eventDated), an age and sex letter alone in brackets (age.ts parenAge30), a blood component's donation
// number (ids.ts scanBloodUnit), a check letter closing a dashed code, and a civil action's number. Each positive was
// a leak or half a leak before. Both engines; every name, street and number is made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const ADDR = "location:address";
const NB = "name:neighbour";

const STREETS: ReadonlyArray<PlaceCase> = [
  // mixed case: after any lower-case word, a comma or a bracket (decide() took only "on", "off" and "along")
  ["EMS picked him up near Blue Hill Avenue.", [["Blue Hill Avenue", ADDR]], ["EMS", "picked"]],
  ["Works at a deli down Tremont Street.", [["Tremont Street", ADDR]], ["deli"]],
  ["Moved from Harvard Avenue to Beacon Street last year.", [["Harvard Avenue", ADDR], ["Beacon Street", ADDR]], ["Moved", "last"]],
  ["found behind the bar, Main St. by EMS.", [["Main St", ADDR]], ["bar", "EMS"]],
  ["Pt was hit by a car at Mickle Blvd and 5th St.", [["Mickle Blvd", ADDR], ["5th St", ADDR]], ["car"]],
  ["Sleeps under the Mass Ave connector.", [["Mass Ave", ADDR]], ["Sleeps", "connector"]],
  // ALL CAPS: the abbreviations after a word of where or a comma; "ST" after a common street word or a name
  ["PT FOUND AT MICKLE BLVD, CAMDEN.", [["MICKLE BLVD, CAMDEN", ADDR]], ["FOUND"]],
  ["FOUND BEHIND THE BAR, MAIN ST. BY EMS.", [["MAIN ST", ADDR]], ["BAR", "EMS"]],
  // lower case: a numbered road after a word of where
  // (stop 32: the pharmacy's chain before its branch is found too, typed as the older label rule types a pharmacy)
  ["pharmacy (cvs on route 27) called re refill", [["cvs", "location:facility"], ["route 27", ADDR]], ["pharmacy", "refill"]],
  ["cook at a diner on route 20, westfield", [["route 20, westfield", ADDR]], ["diner"]],
  ["lives off route 9", [["route 9", ADDR]], ["lives"]],
  // lower case after "on": one of the commonest street words alone before an abbreviated type
  ["called pharmacy (walgreens on main st) re refill", [["walgreens", "location:organization"], ["main st", ADDR]], ["pharmacy", "refill"]],
  // a county road by its number (the county rule read "ON COUNTY" as a county; the number was lost)
  ["MVC vs tree on County Road 12 near Ashford.", [["County Road 12", ADDR], ["Ashford", "location:city"]], ["tree"]],
  ["MVC VS TREE ON COUNTY ROAD 12 NEAR ASHFORD MILLS.", [["COUNTY ROAD 12", ADDR], ["ASHFORD MILLS", "location:city"]], ["ON", "TREE"]],
  ["He lives in Marin County.", [["Marin County", "location:county"]], ["lives"]],
  // a state's two-letter code between a town and its ZIP in lower case (the ZIP leaked)
  ["we live in boston ma 02118", [["boston ma 02118", "location:city"]], ["live"]],
  // the floor after its ordinal goes on with the address (it ended it, and the town after it was lost or a person)
  ["Clinic, 88 Depot Street, 2nd Floor, Lowther, VT", [["88 Depot Street, 2nd Floor, Lowther, VT", ADDR]], ["Clinic"]],
  ["125 HIGH STREET, 22ND FLOOR, BOSTON, MA", [["125 HIGH STREET, 22ND FLOOR, BOSTON, MA", ADDR]], []],
  ["lives at 330 Mount Auburn Street, 4th floor. Call her daughter.", [["330 Mount Auburn Street, 4th floor", ADDR]], ["Call"]],
];

const STREET_NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a sentence's first words, an ECG's segment, the route of a drug, a court
  ["Main Street was closed, so she was late.", [], ["Main", "Street"]],
  ["EKG: SINUS TACH, INFERIOR ST. NO Q WAVES.", [], ["INFERIOR", "ST"]],
  ["NSR, LATERAL ST CHANGES", [], ["LATERAL", "ST"]],
  ["changed the route to iv; route 2 of the protocol", [], ["route", "2"]],
  ["the bus route 9 schedule", [], ["route", "9"]],
  ["pt on main st depression", [], ["main", "st"]],
  ["Seen at St. Mary's.", [["St. Mary's", "location:facility"]], ["Seen"]],
];

const CENSUS: ReadonlyArray<PlaceCase> = [
  // the patient after "Bed"/"Room"/"Rm" and the number, a colon, a dash or a blank between
  ["Bed 3: Oyelowo, CHF", [["Oyelowo", NB]], ["CHF"]],
  ["Census:\nBed 3: Oyelowo-Banks, CHF", [["Oyelowo-Banks", NB]], ["Census", "CHF"]],
  ["Bed 2 Hernandez-Ruiz: sepsis", [["Hernandez-Ruiz", NB]], ["sepsis"]],
  ["rm 402 oyelowo-banks - chf, iv lasix", [["oyelowo-banks", NB]], ["chf", "lasix"]],
  ["ROOM 12 - KOWALCZYK, 81M", [["KOWALCZYK", NB]], ["ROOM"]],
  // ... with the given name after the surname's comma
  ["census:\n2) rm 514 tanaka-ellis, george 94m - dnr/dni, hip fx, ortho following. wife at bedside.",
    [["tanaka-ellis, george", NB]], ["census", "dnr", "wife"]],
  // an empty bed, a precaution, a unit's wing
  ["Bed 3: Empty", [], ["Empty"]],
  ["BED 4: CLEAN", [], ["CLEAN"]],
  ["rm 12: isolation", [], ["isolation"]],
  ["Room 4: Contact precautions", [], ["Contact", "precautions"]],
  ["MRN 44 · Room 3-West 310", [], ["West"]],
];

const PARTICLES: ReadonlyArray<PlaceCase> = [
  // name particles opening a person's field, and the given name after the comma (a core English word included)
  ["Patient: de Souza, Ana", [["de Souza, Ana", NB]], ["Patient"]],
  ["Attending: DE LA CRUZ, MARIA", [["DE LA CRUZ, MARIA", NB]], ["Attending"]],
  ["PATIENT: DE JESUS, ANGEL", [["DE JESUS, ANGEL", NB]], ["PATIENT"]],
  ["Patient: Van Buren, Martin", [["Van Buren, Martin", NB]], ["Patient"]],
  ["Patient: St. Pierre, Jacques", [["St. Pierre, Jacques", NB]], ["Patient"]],
  ["Seen by Dr. St. Pierre today", [["St. Pierre", NB]], ["Seen", "today"]],
  ["Seen by Dr. de la Cruz today.", [["de la Cruz", NB]], ["Seen", "today"]],
  // the particle is the surname; a hyphenated given name after "LAST,"
  ["Patient: LE, THI MAI", [["LE, THI MAI", NB]], ["Patient"]],
  ["Patient: KIM, SOO-JIN", [["KIM, SOO-JIN", NB]], ["Patient"]],
  // a lone letter after a title, a particle outside a person's field, a diagnosis after its label
  ["Dr. Y then closed the wound.", [], ["then", "closed"]],
  ["The word de la Cruz appears.", [["Cruz", "name:dictionary"]], ["word", "de", "la"]],
  ["Dx: de Quervain tenosynovitis", [], ["Quervain"]],
  // a verb after a surname that is a particle
  ["DR. LE WILL SEE HER", [["LE", "name:title"]], ["WILL"]],
];

const STAFF: ReadonlyArray<PlaceCase> = [
  // a staff role's core-word given name before a verb of being told or telling, in ALL CAPS and lower case
  ["NURSE HOPE CALLED.", [["HOPE", "name:cue"]], ["NURSE", "CALLED"]],
  ["nurse joy notified.", [["joy", "name:cue"]], ["nurse", "notified"]],
  ["nurse grace notified of results", [["grace", "name:cue"]], ["results"]],
  // no given name, or a modal
  ["NURSE CALL LIGHT ON.", [], ["CALL", "LIGHT"]],
  ["nurse will call back", [], ["will", "call"]],
];

const SELF_AND_KIN: ReadonlyArray<PlaceCase> = [
  // the writer after "I'm" / "I am"
  ["I'm Bob from accounting", [["Bob", "name:cue"]], ["accounting"]],
  ["Hi, I'm Frank.", [["Frank", "name:cue"]], ["Hi"]],
  ["hey i'm sara and i have a question", [["sara", "name:cue"]], ["question"]],
  ["I'm Zellnoi.", [["Zellnoi", "name:cue"]], []],
  // a core word that goes on the sentence, a nationality, an adjective
  ["I'm Fine thanks", [], ["Fine"]],
  ["hi i'm cambodian and I'm Belizean.", [], ["cambodian", "Belizean"]],
  ["i'm sure it is fine", [], ["sure"]],
  // a given name before its relation in brackets
  ["Emergency contact: Grace (wife) 617-555-0101", [["Grace", "name:cue"], ["617-555-0101", "cue:phone"]], ["contact", "wife"]],
  ["EMERGENCY CONTACT: GRACE (WIFE)", [["GRACE", "name:cue"]], ["CONTACT", "WIFE"]],
  // after "LAST," the pair's own rules take both names
  ["PROPOSED DONOR: OYELARAN, FOLASADE (SISTER), 38", [["OYELARAN, FOLASADE", "name:cue"]], ["DONOR", "SISTER"]],
  ["Pain (left) worse", [], ["Pain", "left"]],
];


const EVENT_DATES: ReadonlyArray<TypedCase> = [
  // a test or event, then the month/day closing its phrase, a colon or a clause's word
  ["Skeletal survey 4/6: spiral fracture.", [["4/6", "DATE"]], ["fracture"]],
  ["ct urogram 2/2 at the outside hospital", [["2/2", "DATE"]], ["urogram"]],
  ["erythema receding from marked line (drawn 2/9).", [["2/9", "DATE"]], ["drawn"]],
  ["R MCA stroke (7/24), L hemiparesis.", [["7/24", "DATE"]], ["stroke"]],
  ["Echo 3/4 showed EF 40%.", [["3/4", "DATE"]], ["Echo"]],
  // a value's date in brackets after it; the verbs of doing and scheduling
  ["A1c 8.9 (9/16). Home glucose 160.", [["9/16", "DATE"]], ["A1c", "8.9"]],
  ["Returns 2/4.", [["2/4", "DATE"]], ["Returns"]],
  ["GTT scheduled 7/9 at the clinic", [["7/9", "DATE"]], ["GTT", "clinic"]],
  ["One UTI treated 3/7 (nitrofurantoin).", [["3/7", "DATE"]], ["UTI", "nitrofurantoin"]],
  // an entry's heading dated after "from"
  ["labs from 2/2: k 5.8, phos 7.1", [["2/2", "DATE"]], ["labs", "5.8"]],
  // a month and day joined by a dash, after "on" or the event it dates
  ["Seen on 10-23 for f/u.", [["10-23", "DATE"]], ["Seen"]],
  ["PICC placement 7-21", [["7-21", "DATE"]], ["PICC"]],
  ["sleeps on 3-4 pillows; on 5-10 mg daily; INR 3.6 today (goal 2-3).", [], ["3-4", "5-10", "2-3"]],
  // counts and scores after the same words, or no event word before
  ["given 1/2 tab; completed 3/4 cycles; see 5/5 strength", [], ["1/2", "3/4", "5/5"]],
  ["murmur grade 2 (2/6) heard", [], ["2/6"]],
  ["blood cultures 2/2 positive; biopsy 2/6 cores positive", [], ["2/2", "2/6"]],
  ["Strength 4/5, murmur 2/6, pulses 2/4, pain (7/10)", [], ["4/5", "2/6", "2/4", "7/10"]],
  ["lymph nodes positive (2/9)", [], ["2/9"]],
  ["seen 1/2 tab daily", [], ["1/2"]],
];

const IDS: ReadonlyArray<TypedCase> = [
  // an ISBT 128 donation number, grouped or glued
  ["Component: RBC, unit W0417 94 118822, group O Pos", [["W0417 94 118822", "ID"]], ["RBC", "Pos"]],
  // a check letter closing a dashed code
  ["Quickie power chair QPC-118830-R, 7 years old", [["QPC-118830-R", "ID"]], ["Quickie", "7"]],
  ["Outside slides S25-12345-A reviewed", [["S25-12345-A", "ID"]], ["slides"]],
  // a civil action's number
  ["Superior Court Civil Action No. 2093-CV-01174", [["2093-CV-01174", "ID"]], ["Superior"]],
  // a warrant's number
  ["Search warrant #62-SW-96-1188 signed by the judge", [["62-SW-96-1188", "ID"]], ["signed", "judge"]],
  // two letters closing the code, a vitamin, a unit's wing (a letter group after the first dash is round 21's second
  // prefix group: "DDS-SC-97-440182", test/clinical-round-21.test.ts)
  ["code S25-12345-AB", [], ["S25-12345-AB"]],
  ["Bay B-12, room 4-East", [], ["B-12", "East"]],
  ["HLA-B27 positive, COVID-19 negative, unit W0417 94", [], ["HLA-B27", "W0417"]],
  ["code AB-123456-CD", [], ["AB-123456-CD"]],
];

const BRACKET_AGES: ReadonlyArray<TypedCase> = [
  // an age over 89 and its sex letter alone in brackets
  ["Rosa Diaz (93F) with CHF", [["93", "AGE"]], ["CHF"]],
  ["Pt (94M) here", [["94", "AGE"]], []],
  // over 89 after a relative, a given name and "is"/"was"
  ["my mom rosa is 92", [["92", "AGE"]], []],
  ["her husband Joe was 94 when he died", [["94", "AGE"]], []],
  ["patient weight is 92.", [], ["92"]],
  // a temperature after a fever's or a reading's word, a catheter's French size
  ["fever (101F) overnight; Tmax (99F); Foley (16F) placed", [], ["101F", "99F", "16F"]],
];

runPlaceTable("streets without a house number in any frame of where (stop 30)", STREETS);
runPlaceTable("sentence openings, ECG segments, drug routes and saints stay out (stop 30)", STREET_NEGATIVES);
runPlaceTable("a census line's patient after the bed or room (stop 30)", CENSUS);
runPlaceTable("name particles and hyphenated given names in a person's field (stop 30)", PARTICLES);
runPlaceTable("a staff member's core-word given name before a verb (stop 30)", STAFF);
runPlaceTable("the writer after \"I'm\" and a name before its relation in brackets (stop 30)", SELF_AND_KIN);
runTypedTable("a month/day after the test or event it dates (stop 30)", ["DATE"], EVENT_DATES);
runTypedTable("blood units, check letters and civil actions (stop 30)", ["ID"], IDS);
runTypedTable("an age and sex letter alone in brackets, an age after a relative's given name (stop 30)", ["AGE"], BRACKET_AGES);
