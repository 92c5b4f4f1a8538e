// Why this file exists: table tests, with hard negatives, for stop 63's veterans' and military sites round (va63), in
// mixed case, ALL CAPS and lower case, both engines: a VA site named by its town before "VA Medical Center", "VA Health
// Care System", "VAMC", "CBOC" or an air base's "AFB" (vaSite63() in assembly/names/r63_va63.ts); a name's guess that
// is a site by its own words, "HALVERSEN VAMC", "Fort Brannock", "NAS Kelloway Island" (siteGuess63()); an
// organisation's span that is a VA health care system is a facility (vaSystem63()). Hard negatives: "the VA" alone
// (main's), "VA disability rating", "sputum AFB", "pt reports va clinic", "the local VAMC", "a fort of pillows",
// "summer camp", "Dr. Camp", "base of the skull", "US ARMY, SGT", "Camp, Lisa". Names and towns invented.
import { FAC, runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CASES: ReadonlyArray<PlaceCase> = [
  // (a town of English words before the site in lower case after a word of where; main found it in mixed case and ALL
  // CAPS only)
  ["transferred to gray rock junction va medical center on 3/4.", [["gray rock junction va medical center", FAC]], []],
  ["Transferred to Gray Rock Junction VA Medical Center on 3/4.", [["Gray Rock Junction VA Medical Center", FAC]], []],
  // (a town no list has before "VAMC" in ALL CAPS and lower case: main found nothing)
  ["PLAN: PULMONARY AT QUENBY VAMC; INHALER REFILLED.", [["QUENBY VAMC", FAC]], ["PULMONARY"]],
  ["plan: pulmonary at quenby vamc; inhaler refilled.", [["quenby vamc", FAC]], ["pulmonary"]],
  // (a town's abbreviated prefix and its period)
  ["referred to st. aldric va health care system for polytrauma.", [["st. aldric va health care system", FAC]], []],
  // (an air base after its town, in capitals: main found the town alone in mixed case, nothing in ALL CAPS)
  ["Stationed at Dunmere AFB, then Korea.", [["Dunmere AFB", FAC], ["Korea", "location:country"]], []],
  ["STATIONED AT DUNMERE AFB, THEN KOREA.", [["DUNMERE AFB", FAC], ["KOREA", "location:country"]], []],
  // (an organisation's span that is a VA system: a hospital's, as the fixtures label it)
  ["Consult to Kettering Falls VA Healthcare System MH for prazosin.", [["Kettering Falls VA Healthcare System", FAC]], ["prazosin"]],
  // (a name's guess that is a site: a base's word first, a site's initialism last)
  ["Prior duty: Fort Brannock, then deployed.", [["Fort Brannock", FAC]], ["deployed"]],
  ["Ordnanceman, NAS Kelloway Island; MST screen negative.", [["NAS Kelloway Island", FAC]], ["MST"]],
  // (a heading's dash ends the town: the heading's words stay out)
  ["DISCHARGE SUMMARY - HALVERSEN VA MEDICAL CENTER", [["HALVERSEN VA MEDICAL CENTER", FAC]], ["SUMMARY"]],
  // (an English word before a town's own word is the sentence's)
  ["PROVIDER SITE QUENBY VA CLINIC (VIA TELEHEALTH)", [["QUENBY VA CLINIC", FAC]], ["SITE"]],
];

const NOT: ReadonlyArray<PlaceCase> = [
  ["Seen at the VA today. VA disability rating 70%.", [["VA", FAC]], ["disability"]],
  ["seen at the va today. va disability rating 70%.", [], ["va", "disability"]],
  ["Sputum AFB x3 negative; sputum afb smear pending.", [], ["Sputum", "AFB", "afb"]],
  ["SPUTUM AFB X3 NEGATIVE.", [], ["SPUTUM", "AFB"]],
  ["CXR AT KERN MEDICAL, SPUTUM AFB X3 PENDING.", [["KERN MEDICAL", "location:organization"]], ["SPUTUM", "AFB"]],
  ["Pt reports VA clinic visit went well.", [], ["VA"]],
  ["PT REPORTS VA CLINIC VISIT WENT WELL.", [], ["VA", "REPORTS"]],
  ["pt reports va clinic visit went well.", [], ["va", "reports"]],
  ["Seen at the local VAMC and my VA clinic.", [], ["VAMC", "VA"]],
  ["Outside VA hospital records reviewed.", [], ["VA"]],
  ["Built a fort of pillows; went to summer camp.", [], ["fort", "camp"]],
  ["BUILT A FORT OF PILLOWS; WENT TO SUMMER CAMP.", [], ["FORT", "CAMP"]],
  ["Dr. Camp reviewed the base of the skull films; baseline.", [["Camp", "name:title"]], ["base", "baseline"]],
  ["US ARMY, SGT, 1990-1994.", [], ["ARMY", "SGT"]],
  ["Camp, Lisa   DOB 3/4/1950", [["Camp, Lisa", "name:neighbour"]], []],
];

runPlaceTable("stop 63 (va63): VA sites and air bases named by their towns, sites guessed as names, VA systems", CASES);
runPlaceTable("stop 63 (va63): hard negatives, the VA alone, AFB as a test, sites with no town, fort and camp as words", NOT);
