// Why this file exists: table tests, with hard negatives, for the stop 44 places round (loc44), read from the LOCATION
// misses of fixtures 27-31 in their three cases: a hospital's acronym before "HOSPITAL" ("AT MDI HOSPITAL", "SEEN AT UNM
// HOSPITAL": acronymWord44, acronymFound44), "by" and its agent closing a name before a two-word head ("AT VESSBURG
// FAMILY CLINIC BY HOLLY REINKE"), a town's feature word in an address's tail ("15 Sound Side Rd, Wanchese Neck.":
// townFeature44), a grid address ("250 W 300 N": gridAddress44 in the scanners), a Canadian postcode ("windsor, on n9a
// 4k2": canadaPost44), a landmark named after a town just found ("WOLF CREEK DAM", "Tahlequah City Cemetery":
// landmark44) and, in ALL CAPS and lower case, a town before a state's code at a field's end ("REPORT - LEAD GULCH, SD
// ", "los fresnos, tx     03/14": townBeforeState44). Both engines. Names and places are made up or changed.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ADDR = "location:address";
const ZIP = "format:zip-address";
const FAC = "location:facility";
const CITY = "location:city";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const HOSPITALS: ReadonlyArray<PlaceCase> = [
  // acronymWord44 / acronymFound44: an acronym before "HOSPITAL" after a word of where (all three cases; mixed case
  // read the capitals before)
  ["HEMATOMA AFTER HIS VASECTOMY AT MDI HOSPITAL.\nEXAM: NORMAL TESTES",
    [["MDI HOSPITAL",FAC]], ["HEMATOMA","EXAM","NORMAL"]],
  ["hematoma after his vasectomy at mdi hospital.\nexam: normal testes",
    [["mdi hospital",FAC]], ["hematoma","exam","normal"]],
  ["hematoma after his vasectomy at MDI Hospital.\nExam: normal testes",
    [["MDI Hospital",FAC]], ["hematoma","Exam","normal"]],
  ["NEPHROLOGY E-CONSULT TO UNM HOSPITAL (DR. KIONA YAZZIE). RTC 3 MO.",
    [["UNM HOSPITAL",FAC],["KIONA YAZZIE","name:title"]], ["NEPHROLOGY","RTC"]],
  ["nephrology e-consult to unm hospital (dr. kiona yazzie). rtc 3 mo.",
    [["unm hospital",FAC],["kiona yazzie","name:title"]], ["nephrology","rtc"]],
  ["Nephrology e-consult to UNM Hospital (Dr. Kiona Yazzie). RTC 3 mo.",
    [["UNM Hospital",FAC],["Kiona Yazzie","name:title"]], ["Nephrology","RTC"]],
  // (the acronym the acronym rule found alone takes the head)
  ["SEEN AT UNM HOSPITAL FOR LABS.",
    [["UNM HOSPITAL",FAC]], ["SEEN","LABS"]],
  ["seen at unm hospital for labs.",
    [["unm hospital",FAC]], ["seen","labs"]],
];

const BY_CLOSES: ReadonlyArray<PlaceCase> = [
  // "by" and its agent close a name before a two-word head after a word of where (mixed case read the capitals)
  ["IM AT VESSBURG FAMILY CLINIC BY HOLLY REINKE, NP.\nPARTNERS",
    [["VESSBURG FAMILY CLINIC",FAC],["HOLLY REINKE","name:neighbour"]], ["PARTNERS"]],
  ["im at vessburg family clinic by holly reinke, np.\npartners",
    [["vessburg family clinic",FAC],["holly reinke","name:neighbour"]], ["partners"]],
  ["IM at Vessburg Family Clinic by Holly Reinke, NP.\nPartners",
    [["Vessburg Family Clinic",FAC],["Holly Reinke","name:neighbour"]], ["Partners"]],
  ["referred to landmark wound center by dr. ames",
    [["landmark wound center",FAC],["ames","name:title"]], ["referred"]],
];

const TOWNS: ReadonlyArray<PlaceCase> = [
  // townFeature44: the town's feature word in an address's tail, closing the town (all three cases)
  ["lives at 15 sound side rd, wanchese neck.\ndispensary",
    [["15 sound side rd, wanchese neck",ADDR]], ["dispensary"]],
  ["LIVES AT 15 SOUND SIDE RD, WANCHESE NECK.\nDISPENSARY",
    [["15 SOUND SIDE RD, WANCHESE NECK",ADDR]], ["DISPENSARY"]],
  ["Lives at 15 Sound Side Rd, Wanchese Neck.\nDispensary",
    [["15 Sound Side Rd, Wanchese Neck",ADDR]], ["Dispensary"]],
  ["SISTER, 17 CANAL ST, APT 2R, AMSTERDAM LOCKS, 518-555-0159",
    [["17 CANAL ST, APT 2R, AMSTERDAM LOCKS",ADDR],["518-555-0159","validator:nanp"]], ["SISTER"]],
  ["custodial, at 58 Cedar Br Rd, Chatsworth Bog NJ) phoned",
    [["58 Cedar Br Rd, Chatsworth Bog NJ",ADDR]], ["custodial","phoned"]],
  ["REGION VNA, 186 WAUKEWAN ST, MEREDITH NECK, NH 03253 · MAR. 14",
    [["186 WAUKEWAN ST, MEREDITH NECK, NH",ADDR],["03253",ZIP]], []],
  ["found at 1880 e mingus ave, apt 4, clarkdale mill; child asleep",
    [["1880 e mingus ave, apt 4, clarkdale mill",ADDR]], ["child","asleep"]],
];

const GRID: ReadonlyArray<PlaceCase> = [
  // gridAddress44: a house number, a compass letter, the grid's number and a compass letter, then the phrase's end
  ["CLINIC, 250 W 300 N, ROOSEVELT WELLS, UT 84066",
    [["250 W 300 N",ADDR],["ROOSEVELT","name:dictionary"],["WELLS, UT",ADDR],["84066",ZIP]], ["CLINIC"]],
  ["clinic, 250 w 300 n, roosevelt wells, ut 84066",
    [["250 w 300 n",ADDR],["roosevelt","name:dictionary"],["wells","location:city-state"],["84066",ZIP]], ["clinic"]],
  ["Clinic, 250 W 300 N, Roosevelt Wells, UT 84066",
    [["250 W 300 N",ADDR],["Roosevelt","name:dictionary"],["Wells, UT",ADDR],["84066",ZIP]], ["Clinic"]],
  ["lives at 2280 w 4700 s, taylorsville",
    [["2280 w 4700 s",ADDR],["taylorsville",CITY]], ["lives"]],
];

const POSTCODES: ReadonlyArray<PlaceCase> = [
  // canadaPost44: a Canadian postcode after its province's code, in the tail; the next field stays out
  ["ADDRESS: 1180 OUELLETTE AVE UNIT 902, WINDSOR, ON N9A 4K2   NOK: HUSBAND",
    [["1180 OUELLETTE AVE UNIT 902, WINDSOR, ON N9A 4K2",ADDR]], ["NOK","HUSBAND"]],
  ["address: 1180 ouellette ave unit 902, windsor, on n9a 4k2   nok: husband",
    [["1180 ouellette ave unit 902, windsor, on n9a 4k2",ADDR]], ["nok","husband"]],
  ["Address: 1180 Ouellette Ave Unit 902, Windsor, ON N9A 4K2   NOK husband",
    [["1180 Ouellette Ave Unit 902, Windsor, ON N9A 4K2",ADDR]], ["NOK","husband"]],
];

const LANDMARKS: ReadonlyArray<PlaceCase> = [
  // landmark44: a landmark's head (and one word between) after a town just found (all three cases)
  ["FLOOD ALERT: WATER RELEASED AT WOLF CREEK DAM. RESIDENTS",
    [["WOLF CREEK DAM",CITY]], ["WATER","RESIDENTS"]],
  ["flood alert: water released at wolf creek dam. residents",
    [["wolf creek dam",CITY]], ["water","residents"]],
  ["Flood alert: water released at Wolf Creek Dam. Residents",
    [["Wolf Creek Dam",CITY]], ["water","Residents"]],
  ["BURIED AT TAHLEQUAH CITY CEMETERY 3/14",
    [["TAHLEQUAH CITY CEMETERY",CITY]], ["BURIED"]],
  ["buried at tahlequah city cemetery 3/14",
    [["tahlequah city cemetery",CITY]], ["buried"]],
  ["Buried at Tahlequah City Cemetery 3/14",
    [["Tahlequah City Cemetery",CITY]], ["Buried"]],
  ["LIVES ON PINE RIDGE RESERVATION WITH HER SON",
    [["PINE RIDGE RESERVATION",CITY]], ["WITH","SON"]],
  // (a church's name just found takes "cemetery")
  ["BURIAL, SARDIS METHODIST CHURCH CEMETERY, 3/16",
    [["BURIAL, SARDIS METHODIST CHURCH CEMETERY","location:organization"]], []],
];

const TOWN_STATE: ReadonlyArray<PlaceCase> = [
  // townBeforeState44: a town of one to three words opening its field, a state's code, then the field's end (ALL CAPS
  // and lower case; mixed case read the capitals before); the town alone, the code left out
  ["ELOPEMENT REPORT - LEAD GULCH, SD      REPORT # SEC-99",
    [["LEAD GULCH","location:city-state"]], ["SD","REPORT"]],
  ["elopement report - lead gulch, sd      report # sec-99",
    [["lead gulch","location:city-state"]], ["sd","report"]],
  ["TIME OF DRAW 0158   ST. JOHNSBURY CENTER, VT\nSUBJECT: PELKEY",
    [["ST. JOHNSBURY CENTER","location:city-state"],["PELKEY","name:dictionary"]], ["DRAW","VT"]],
  ["time of draw 0158   st. johnsbury center, vt\nsubject: pelkey",
    [["st. johnsbury center","location:city-state"],["pelkey","name:dictionary"]], ["draw","vt"]],
  ["service processing center, los fresnos, tx     03/14/2099 2215",
    [["los fresnos","location:city-state"]], ["tx"]],
  // (no tail after the town: the name after the address stays a name)
  ["2270 commonwealth ave\nnewton, ma 02466\n\nrosalie ferreira",
    [["2270 commonwealth ave",ADDR],["newton","location:city-state"],["02466",ZIP],["rosalie ferreira","name:neighbour"]], []],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a care level's or a unit's acronym, the article's typo, a kind's word: no hospital's name
  ["PT WAS SENT TO LTC HOSPITAL FOR REHAB.",
    [], ["LTC","HOSPITAL"]],
  ["transferred to osh hospital, then home",
    [], ["osh","hospital"]],
  ["admitted to icu hospital day 2",
    [], ["icu","hospital"]],
  ["SENT TO OUTSIDE HOSPITAL BY EMS.",
    [], ["OUTSIDE","HOSPITAL"]],
  // (the older rules' "teh" stays alone: the head joins no typo)
  ["went to teh hospital by car",
    [["teh",FAC]], ["hospital"]],
  // "by" closes no kind's words
  ["seen at the wound center by the nurse",
    [], ["wound","center","nurse"]],
  ["DRESSING CHANGED AT FAMILY CLINIC BY RN.",
    [], ["FAMILY","CLINIC"]],
  // a body word that goes on with the clause, or after a sentence's end: no town's feature
  ["lives at 12 oak st, boston neck pain since fall",
    [["12 oak st, boston",ADDR]], ["neck","pain"]],
  ["LIVES AT 12 OAK ST, BOSTON. NECK SUPPLE.",
    [["12 OAK ST, BOSTON",ADDR]], ["NECK","SUPPLE"]],
  // compass letters and numbers whose phrase goes on: no grid address
  ["gave 5 w 30 s then rechecked",
    [], ["30"]],
  ["walked 200 w 50 s rest",
    [], ["200","50"]],
  ["lead 12 s 40 e today",
    [], ["12","40"]],
  // a province's code with no postcode after it, or a postcode's shape broken
  ["lives at 12 oak st, apt 2 on the left",
    [["12 oak st, apt 2",ADDR]], ["left"]],
  ["lives at 12 oak st, windsor, on a1c 7 days",
    [["12 oak st, windsor",ADDR]], ["a1c","days"]],
  // a landmark's word after a comma, or after no town found, or before a street's type
  ["lives in boston, bridge of nose tender",
    [["boston",CITY]], ["bridge","nose"]],
  ["she lives in Springfield, park benches",
    [["Springfield",CITY]], ["park"]],
  ["fell at the park near home",
    [], ["park"]],
  ["moved to WOLF CREEK DAM ROAD last year",
    [["WOLF CREEK",CITY]], ["DAM","ROAD"]],
  // (a park takes no word between: the facility list's "state park" reads it)
  ["PICNIC AT LAKE TSOSIE STATE PARK.",
    [["LAKE TSOSIE STATE PARK",FAC]], ["PICNIC"]],
  // clinical words before a state's code that is a clinical abbreviation, a credential or a word, or no field's end
  ["HX: CAD, MI     NEURO: INTACT",
    [], ["CAD","MI","NEURO"]],
  ["JOHN SMITH, MD      DATE: 3/14",
    [["JOHN SMITH","name:neighbour"]], ["MD","DATE"]],
  ["DX: CHEST PAIN, SC\nPLAN",
    [], ["CHEST","PAIN","SC"]],
  ["G2P1, GA 32 WKS",
    [], ["GA","WKS"]],
  ["hx htn, hld, ckd, ca\nplan",
    [], ["htn","ckd","ca"]],
  ["ASSESSMENT: STABLE, NJ\nPLAN",
    [], ["STABLE","NJ"]],
  ["REVIEWED WITH FAMILY, NY\n",
    [], ["FAMILY","NY"]],
  ["SEEN BY DERMATOLOGY, SD\n",
    [], ["DERMATOLOGY","SD"]],
];

runPlaceTable("stop 44 places (loc44): a hospital's acronym before its head", HOSPITALS);
runPlaceTable("stop 44 places (loc44): \"by\" closes a facility's name", BY_CLOSES);
runPlaceTable("stop 44 places (loc44): a town's feature word in an address", TOWNS);
runPlaceTable("stop 44 places (loc44): grid addresses", GRID);
runPlaceTable("stop 44 places (loc44): Canadian postcodes", POSTCODES);
runPlaceTable("stop 44 places (loc44): landmarks named after a town", LANDMARKS);
runPlaceTable("stop 44 places (loc44): a town before a state's code", TOWN_STATE);
runPlaceTable("stop 44 places (loc44): hard negatives", NEGATIVES);
