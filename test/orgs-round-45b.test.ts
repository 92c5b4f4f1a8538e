// Why this file exists: table tests, with hard negatives, for the stop 45 second organisations round (og45): a body's
// head after a span already decided grows it into one organisation (headTail45b: a place's, a facility's or a name's
// guess, then up to two words and a head of HEADS45B closing the phrase: "Idaho Collection Bureau", "Brown University",
// "Rose Park Elementary", "Toledo Clinic Cardiology"), and a region's or a landscape's word names a practice in
// orgRun31End()'s frames (GEO45B: "Coastal Urology Associates", "Coastal Cardiology"). Hard negatives: departments with
// no name before them ("Pediatric Cardiology", "the Oncology clinic", "Family Practice resident", "Home Health", "Social
// Services", "Hematology/Oncology", "Urology consult"), a place and a head across a sentence's period or not closing
// ("Moved from Texas. Oncology", "Texas, health insurance"), a hospital's department ("Mount Carrow Hospital Cardiology
// service", "Kadlec Outpatient Oncology"), "Survivorship Care Plan", a titled name ("Dr. Brown Oncology note"), "Coastal
// erosion", "University of Michigan guidelines", "Case Management". Mixed case, ALL CAPS and lower case where the rule
// holds (a head after a span needs the span: a state or a surname guessed in lower-case text is not); both engines.
// (Rows whose other findings come from older rules show them as those rules write them.)
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const HEADS: ReadonlyArray<PlaceCase> = [
  ["Collections agency if unpaid: Idaho Collection Bureau.", [["Idaho Collection Bureau",ORG]], ["agency","unpaid"]],
  ["COLLECTIONS AGENCY IF UNPAID: IDAHO COLLECTION BUREAU.", [["IDAHO COLLECTION BUREAU",ORG]], ["AGENCY","UNPAID"]],
  ["Student at Brown University (dean notified).", [["Brown University",ORG]], ["Student","notified"]],
  ["Do not show school (Rose Park Elementary) or street.", [["Rose Park Elementary",ORG]], ["school","street"]],
  ["Heart doctor: Toledo Clinic Cardiology 419-555-0125.", [["Toledo Clinic Cardiology",ORG],["419-555-0125","validator:nanp"]], ["Heart","doctor"]],
  ["HEART DOCTOR: TOLEDO CLINIC CARDIOLOGY 419-555-0125.", [["TOLEDO CLINIC CARDIOLOGY",ORG],["419-555-0125","validator:nanp"]], ["HEART","DOCTOR"]],
  ["heart doctor: toledo clinic cardiology 419-555-0125.", [["toledo clinic cardiology",ORG],["419-555-0125","validator:nanp"]], ["heart","doctor"]],
  ["Referred to Coastal Urology Associates for cystoscopy.", [["Coastal Urology Associates",ORG]], ["Referred","cystoscopy"]],
  ["REFERRED TO COASTAL UROLOGY ASSOCIATES FOR CYSTOSCOPY.", [["COASTAL UROLOGY ASSOCIATES",ORG]], ["REFERRED","CYSTOSCOPY"]],
  ["referred to coastal urology associates for cystoscopy.", [["coastal urology associates",ORG]], ["referred","cystoscopy"]],
  ["Seen at Coastal Cardiology today.", [["Coastal Cardiology",FAC]], ["Seen","today"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ["Seen by Pediatric Cardiology today.", [], ["Pediatric","Cardiology"]],
  ["SEEN BY PEDIATRIC CARDIOLOGY TODAY.", [], ["PEDIATRIC","CARDIOLOGY"]],
  ["seen by pediatric cardiology today.", [], ["pediatric","cardiology"]],
  ["Oncology clinic follow-up in 2 weeks.", [], ["Oncology","clinic"]],
  ["ONCOLOGY CLINIC FOLLOW-UP IN 2 WEEKS.", [], ["ONCOLOGY","CLINIC"]],
  ["oncology clinic follow-up in 2 weeks.", [], ["oncology","clinic"]],
  ["Family Practice resident called.", [], ["Family","Practice"]],
  ["FAMILY PRACTICE RESIDENT CALLED.", [], ["FAMILY","PRACTICE"]],
  ["family practice resident called.", [], ["family","practice"]],
  ["Home Health to visit Tuesday.", [], ["Home","Health"]],
  ["HOME HEALTH TO VISIT TUESDAY.", [], ["HOME","HEALTH"]],
  ["home health to visit tuesday.", [], ["home","health"]],
  ["Social Services consulted for placement.", [], ["Social","Services"]],
  ["SOCIAL SERVICES CONSULTED FOR PLACEMENT.", [], ["SOCIAL","SERVICES"]],
  ["social services consulted for placement.", [], ["social","services"]],
  ["Hematology/Oncology following.", [], ["Hematology","Oncology"]],
  ["HEMATOLOGY/ONCOLOGY FOLLOWING.", [], ["HEMATOLOGY","ONCOLOGY"]],
  ["hematology/oncology following.", [], ["hematology","oncology"]],
  ["Urology consult placed.", [], ["Urology","consult"]],
  ["UROLOGY CONSULT PLACED.", [], ["UROLOGY","CONSULT"]],
  ["urology consult placed.", [], ["urology","consult"]],
  ["Moved from Texas. Oncology follow-up arranged.", [["Texas","location:state"]], ["Oncology"]],
  ["MOVED FROM TEXAS. ONCOLOGY FOLLOW-UP ARRANGED.", [["TEXAS","location:state"]], ["ONCOLOGY"]],
  ["moved from texas. oncology follow-up arranged.", [["texas","location:state"]], ["oncology"]],
  ["Lives in Texas, health insurance pending.", [["Texas","location:state"]], ["health","insurance"]],
  ["LIVES IN TEXAS, HEALTH INSURANCE PENDING.", [["TEXAS","location:state"]], ["HEALTH","INSURANCE"]],
  ["lives in texas, health insurance pending.", [["texas","location:state"]], ["health","insurance"]],
  ["Transferred from Mount Carrow Hospital Cardiology service.", [["Mount Carrow Hospital",FAC]], ["Cardiology","service"]],
  ["TRANSFERRED FROM MOUNT CARROW HOSPITAL CARDIOLOGY SERVICE.", [["MOUNT CARROW HOSPITAL",FAC]], ["CARDIOLOGY","SERVICE"]],
  ["transferred from mount carrow hospital cardiology service.", [["mount carrow hospital",FAC]], ["cardiology","service"]],
  ["Kadlec Outpatient Oncology, infusion chair 4.", [["Kadlec","name:dictionary"]], ["Outpatient","Oncology"]],
  ["KADLEC OUTPATIENT ONCOLOGY, INFUSION CHAIR 4.", [["KADLEC","name:dictionary"]], ["OUTPATIENT","ONCOLOGY"]],
  ["kadlec outpatient oncology, infusion chair 4.", [["kadlec","name:dictionary"]], ["outpatient","oncology"]],
  ["Survivorship Care Plan reviewed with patient.", [], ["Care","Plan"]],
  ["SURVIVORSHIP CARE PLAN REVIEWED WITH PATIENT.", [], ["CARE","PLAN"]],
  ["survivorship care plan reviewed with patient.", [], ["care","plan"]],
  ["Dr. Brown Oncology note reviewed.", [["Brown","name:title"]], ["Oncology","note"]],
  ["DR. BROWN ONCOLOGY NOTE REVIEWED.", [["BROWN","name:title"]], ["ONCOLOGY","NOTE"]],
  ["dr. brown oncology note reviewed.", [["brown","name:title"]], ["oncology","note"]],
  ["Coastal erosion near the home; no head injury.", [], ["Coastal","erosion"]],
  ["COASTAL EROSION NEAR THE HOME; NO HEAD INJURY.", [], ["COASTAL","EROSION"]],
  ["coastal erosion near the home; no head injury.", [], ["coastal","erosion"]],
  ["University of Michigan guidelines were followed.", [], ["guidelines"]],
  ["UNIVERSITY OF MICHIGAN GUIDELINES WERE FOLLOWED.", [], ["GUIDELINES"]],
  ["university of michigan guidelines were followed.", [], ["guidelines"]],
  ["Lexington Case Management called today.", [["Lexington Case","name:neighbour"]], ["Management"]],
  ["LEXINGTON CASE MANAGEMENT CALLED TODAY.", [["LEXINGTON CASE","name:neighbour"]], ["MANAGEMENT"]],
  ["lexington case management called today.", [["lexington case","name:neighbour"]], ["management"]],
];

runPlaceTable("og45: a body's head after a decided span; a region's word naming a practice", HEADS);
runPlaceTable("og45: departments, clinical phrases and sentences stay words", NEGATIVES);
