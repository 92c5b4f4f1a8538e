// Why this file exists: table tests, with hard negatives, for the ALL CAPS rules of round 17 (stop 26): places of care
// that mixed case finds by their capitals, read in capitals from other evidence (a where-frame and a hospital's
// short-name word, a health system's "HEALTH" after a proper name's word, a street's type after "ON", a core word inside
// a facility's name after a proper name's word, framed organisation heads, a town's compass word, a short house
// number's street closed by its town; the frames also in lower case) and the "Insurance:" field's insurer. Both
// engines. Names and places are made up; the negatives are clinical ALL CAPS prose.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";
const ADDR = "location:address";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // capsAtPlace: a place or name and a hospital's short-name word after "AT"/"FROM"; a word no list has closing its phrase
  ["PRIOR DELIVERY 2019 AT QUELLMORE MEMORIAL, UNCOMPLICATED.", [["QUELLMORE MEMORIAL", FAC]], ["PRIOR", "UNCOMPLICATED"]],
  ["CABG IN 2009 AT TRENHOLDEN GENERAL WHO PRESENTED WITH ANGINA.", [["TRENHOLDEN GENERAL", FAC]], ["WHO", "PRESENTED"]],
  ["COLONOSCOPY 2022 AT DRAYCOTTE REGIONAL NORMAL.", [["DRAYCOTTE REGIONAL", FAC]], ["COLONOSCOPY", "NORMAL"]],
  ["PRIOR PRP OD 2020 AT VELLACOURT EYE.", [["VELLACOURT EYE", FAC]], ["PRIOR", "PRP"]],
  ["TRANSFERRED FROM MARSHWICK REGIONAL AFTER 3 EPISODES.", [["MARSHWICK REGIONAL", FAC]], ["TRANSFERRED", "EPISODES"]],
  ["PRIOR DELIVERY 2022 AT ABBOTSFORTH NORTHWESTERN, SVD.", [["ABBOTSFORTH NORTHWESTERN", ORG]], ["SVD", "PRIOR"]],
  ["REDO 2011 AT KESSWICKHAM, HERE FOR FOLLOW-UP.", [["KESSWICKHAM", FAC]], ["REDO", "HERE"]],
  ["A RADIOLOGIST AT BRINDLEMOOR, JOINED BY PHONE.", [["BRINDLEMOOR", FAC]], ["RADIOLOGIST", "JOINED"]],
  // (a line may wrap after "AT")
  ["RETINOPATHY FOLLOWED AT\nPELLINGTON EYE FOR YEARS.", [["PELLINGTON EYE", FAC]], ["RETINOPATHY", "YEARS"]],
  // capsHealthName: "HEALTH" after a proper name's word, framed where a place of care stands
  ["QUANTIFERON NEG 2021 (MARROWICK COMMUNITY HEALTH).", [["MARROWICK COMMUNITY HEALTH", FAC]], ["QUANTIFERON"]],
  ["REFERRED BY HER PCP OF DUNWORTHY VALLEY HEALTH.", [["DUNWORTHY VALLEY HEALTH", FAC]], ["REFERRED", "PCP"]],
  ["FOLLOWED AT TELLUMBRA HEALTH SINCE 2019.", [["TELLUMBRA HEALTH", FAC]], ["FOLLOWED", "SINCE"]],
  ["PSYCHIATRIC INTAKE - RIVERSIDE BEHAVIORAL HEALTH", [["RIVERSIDE BEHAVIORAL HEALTH", FAC]], ["PSYCHIATRIC", "INTAKE"]],
  // capsStreetOn: a street's type after "ON" closes a street no frame introduced
  ["PART-TIME CASHIER ON BRADDOCK AVE, WEEKENDS ONLY.", [["BRADDOCK AVE", ADDR]], ["CASHIER", "WEEKENDS"]],
  ["UA AT THE LAB ON PELHAM ST TODAY, PUSH FLUIDS.", [["PELHAM ST", ADDR]], ["LAB", "TODAY"]],
  ["LIVES IN A WALK-UP ON W 112TH ST. WORKS REMOTELY.", [["W 112TH ST", ADDR]], ["WALK", "WORKS"]],
  ["SLEEPS AT A SHELTER ON GLENDOWER AVENUE SINCE MARCH.", [["GLENDOWER AVENUE", ADDR]], ["SHELTER", "SINCE"]],
  // capsCoreInName: a core word inside a facility's name after a proper name's word
  ["SERVICE: CARDIOLOGY, PEMBERTHY TEACHING HOSPITAL\nDIAGNOSIS: NSTEMI", [["PEMBERTHY TEACHING HOSPITAL", FAC]], ["CARDIOLOGY", "DIAGNOSIS"]],
  // framed organisation heads in capitals: institute, elementary (school)
  ["TRANSPLANT REFERRAL TO WESTMARCH TRANSPLANT INSTITUTE.", [["WESTMARCH TRANSPLANT INSTITUTE", ORG]], ["REFERRAL"]],
  ["A COWORKER AT BRIARCLIFFE ELEMENTARY SCHOOL KNEW OF IT.", [["BRIARCLIFFE ELEMENTARY SCHOOL", ORG]], ["COWORKER", "KNEW"]],
  // capsTownPrefix: a town's core opening word after "IN/FROM/NEAR"
  ["LIVES WITH HUSBAND IN EAST ORRINGTON.", [["EAST ORRINGTON", "location:city"]], ["HUSBAND"]],
  ["GREW UP IN NEW CORVATHE. QUIT TOBACCO 1998.", [["NEW CORVATHE", "location:city"]], ["GREW", "QUIT"]],
  // capsStreetTown: a short house number's street closed by its town, with no frame before the number
  ["HOME: TWO-STORY COLONIAL AT 34 LARCH LANE IN SHREWSBURY, 5 STEPS.", [["34 LARCH LANE", ADDR], ["SHREWSBURY", "location:city"]], ["COLONIAL", "STEPS"]],
  ["AT DAUGHTER'S HOME 88 CRANBERRY BOG RD, SOUTH WELLFLEET.", [["88 CRANBERRY BOG RD, SOUTH WELLFLEET", ADDR]], ["DAUGHTER"]],
  // the same frames in lower-case notes, where no word has a capital either
  ["prior svd 2019 at draycotte regional, uncomplicated. redo 2011 at kesswickham, here for f/u.",
    [["draycotte regional", FAC], ["kesswickham", FAC]], ["prior", "here"]],
  ["part-time cashier on braddock ave, weekends only.", [["braddock ave", ADDR]], ["cashier", "weekends"]],
  ["lives with husband in east orrington.", [["east orrington", "location:city"]], ["husband"]],
  ["quantiferon neg 2021 (marrowick community health).", [["marrowick community health", FAC]], ["quantiferon"]],
  // residenceTown: "TO" after a move, and a year after "IN" closing the town
  ["FROM THE AZORES, WHO MOVED TO FALL RIVER IN 1989.", [["FALL RIVER", "location:city"]], ["MOVED"]],
  ["who moved to fall river in 1989.", [["fall river", "location:city"]], ["moved"]],
  // relativeListName in capitals and lower case: a relative's second child no list has, after "AND"
  ["LIVES WITH HER CHILDREN ZOFIIA (14) AND DMYTRAS (9), 2ND FLOOR.", [["ZOFIIA", "name:cue"], ["DMYTRAS", "name:neighbour"]], ["FLOOR"]],
  ["lives with her children zofiia (14) and dmytras (9), 2nd floor.", [["zofiia", "name:cue"], ["dmytras", "name:neighbour"]], ["floor"]],
  // labelledOrg: "Insurance:" names the insurer; the plan's "member" word and type stay out
  ["INSURANCE: HALCYAN GOLD PLUS MEMBER H48821900, AUTH PENDING.", [["HALCYAN GOLD PLUS", ORG]], ["MEMBER", "AUTH"]],
  ["Insurance: Tellstar Health Plan member ID TS448120937, auth pending", [["Tellstar Health Plan", ORG]], ["member", "auth"]],
  ["insurance: Brightfell Health HMO, auth pending", [["Brightfell Health", ORG]], ["HMO", "auth"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // clinical words after "AT"/"FROM": a medical ending, a short code, a core word, a side
  ["STONES SEEN AT CYSTOSCOPY.", [], ["CYSTOSCOPY"]],
  ["PACED AT VVIR, RATE 60.", [], ["VVIR"]],
  ["STABLE AT BASELINE, NO CHANGES.", [], ["BASELINE"]],
  ["RECOVERED FROM GENERAL ANESTHESIA WITHOUT ISSUE.", [], ["GENERAL", "ANESTHESIA"]],
  ["REDNESS AT LEFT EYE AND RIGHT EYE.", [], ["LEFT", "EYE", "RIGHT"]],
  ["SEEN AT LAPAROSCOPY, NO IMPLANTS.", [], ["LAPAROSCOPY"]],
  ["STARTED AT LISINOPRIL 20 MG.", [], ["LISINOPRIL"]],
  ["MASS AT CARINA BIFURCATION.", [], ["CARINA", "BIFURCATION"]],
  // "HEALTH" after core words or without a frame
  ["IN GOOD HEALTH UNTIL LAST WEEK.", [], ["GOOD", "HEALTH"]],
  ["HISTORY OF MENTAL HEALTH ISSUES.", [], ["MENTAL", "HEALTH"]],
  ["REFERRED TO BEHAVIORAL HEALTH.", [], ["BEHAVIORAL", "HEALTH"]],
  ["PUBLIC HEALTH NOTIFIED.", [], ["PUBLIC", "HEALTH"]],
  ["DISCUSSED BONE HEALTH AND CARDIOVASCULAR HEALTH.", [], ["BONE", "CARDIOVASCULAR", "HEALTH"]],
  ["REFERRED TO OCCUPATIONAL HEALTH.", [], ["OCCUPATIONAL", "HEALTH"]],
  // "ON" before a road that has no name, an ECG's ST segment, a scan
  ["NEW CHANGES ON ADMISSION ST DEPRESSION IN V4.", [], ["ADMISSION", "ST", "DEPRESSION"]],
  ["SLIPPED ON ICY ROAD, FELL ON LEFT HIP.", [], ["ICY", "ROAD"]],
  ["ON THE ROAD TO RECOVERY.", [], ["ROAD"]],
  ["NODULE ON CT SCAN, STABLE.", [], ["CT", "SCAN"]],
  // a core word and its head with no proper name before; a frame word; an acronym and its department
  ["TRANSFERRED TO THE TEACHING HOSPITAL.", [], ["TEACHING", "HOSPITAL"]],
  ["F/U PCGH STROKE CLINIC IN 6 WEEKS.", [], ["STROKE", "CLINIC"]],
  ["CHRONIC OTITIS MEDIA WITH EFFUSION.", [], ["OTITIS", "MEDIA"]],
  // a compass word before a clinical word; a count's street words with no town after them
  ["NEW PAIN IN NEW LOCATION.", [], ["LOCATION"]],
  ["IN NEW ONSET AFIB, RATE CONTROLLED.", [], ["ONSET", "AFIB"]],
  ["WALKS 2 BLOCKS DOWN THE ROAD, STOPS TO REST.", [], ["BLOCKS", "ROAD"]],
  ["TAKE 2 PUFFS EVERY WAY, DAILY.", [], ["PUFFS", "WAY"]],
  // lower case: clinical words and roads in the same frames
  ["stones seen at cystoscopy. in good health, on the road to recovery.", [], ["cystoscopy", "good", "health", "road"]],
  ["started on dialysis rd today; stable at baseline.", [], ["dialysis", "baseline"]],
  // a move to a place of care
  ["MOVED TO LONG TERM CARE IN 2019.", [], ["LONG", "TERM", "CARE"]],
  ["MOVED TO HOME IN 2019.", [], ["HOME"]],
  // a drug after a relative's name and "AND"
  ["SON KAZIMYR AND METOPROLOL STARTED.", [["KAZIMYR", "name:cue"]], ["METOPROLOL"]],
  // (stop 51, nm51: the sergeant's surname after "SGT." is a name too, rankSurname51(); "SGT" stays)
  ["ESCORTED BY OFFICER VALLENUEVA AND SGT. KRUGMANN.", [["VALLENUEVA", "name:cue"], ["KRUGMANN", "name:cue"]], ["SGT"]],
  // public coverage programs and no insurer
  ["Insurance: Medicare A/B, no secondary.", [], ["Medicare"]],
  ["INSURANCE: NONE.", [], ["NONE"]],
  ["INSURANCE: SELF-PAY", [], ["SELF", "PAY"]],
  ["INSURANCE: MEDICAID PENDING.", [], ["MEDICAID", "PENDING"]],
];

runPlaceTable("ALL CAPS places of care read from frames, short-name words, health systems and street types (caps17)", POSITIVES);
runPlaceTable("clinical ALL CAPS words in those frames that name no place (caps17)", NEGATIVES);
