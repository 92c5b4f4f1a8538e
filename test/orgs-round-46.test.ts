// Why this file exists: table tests, with hard negatives, for the stop 46 organisations round (org46): a practice's, a
// care home's or a county agency's name that pairs two services with "&" after its own words ("Big Bend Heart &
// Vascular", "LEGACY HEIGHTS NURSING & REHAB", "discharge to hamilton rehab & nursing", "Hamilton County Job & Family
// Services", "Gulf Coast Dermatology & Mohs Surgery": ampPair46 in assembly/names/detect.ts, read at the word after
// "& "). Hard negatives: a department's or a specialty's pair with no name before it ("Seen by Hematology & Oncology",
// "Dept. of Nursing & Rehab", "Pediatric Allergy & Asthma clinic", "skilled nursing & rehab", "left foot & ankle",
// "chronic pain & sleep issues"), a sentence's verb before the pair ("Prefers Skilled Nursing & Rehab"), a hospital found
// whole before the pair ("BWH Heart & Vascular" is its department). Mixed case, ALL CAPS and lower case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const FAC = "location:facility";

const PAIRS: ReadonlyArray<PlaceCase> = [
  ...tri("Referred to Legacy Heights Nursing & Rehab for therapy.", [["Legacy Heights Nursing & Rehab", FAC]], ["Referred", "therapy"]),
  ...tri("Seen at Big Bend Heart & Vascular today.", [["Big Bend Heart & Vascular", FAC]], ["Seen", "today"]),
  ...tri("PCP at Iron Range Chiropractic & Wellness.", [["Iron Range Chiropractic & Wellness", "location:organization"]], ["PCP"]),
  ...tri("Shoes: diabetic shoe Rx to Coastal Orthotics & Prosthetics today.", [["Coastal Orthotics & Prosthetics", "location:organization"]], ["diabetic", "shoe"]),
  ...tri("Referred to Arkansas River Pain & Spine (Dr. Merriweather).", [["Arkansas River Pain & Spine", FAC], ["Merriweather", "name:title"]], ["Referred"]),
  ...tri("Discharge to Hamilton Rehab & Nursing without med rec.", [["Hamilton Rehab & Nursing", FAC]], ["Discharge", "without"]),
  ...tri("PT with Hays Ortho & Sports PT post-op.", [["Hays Ortho & Sports PT", FAC]], ["post"]),
  ...tri("Northwest Oncology & Hematology\nInfusion visit note", [["Northwest Oncology & Hematology", "location:organization"]], ["Infusion", "visit"]),
  ["Gulf Coast Dermatology & Mohs Surgery · Gulf Breeze office", [["Gulf Coast Dermatology & Mohs Surgery", FAC]], ["office"]],
  ["GULF COAST DERMATOLOGY & MOHS SURGERY · GULF BREEZE OFFICE", [["GULF COAST DERMATOLOGY & MOHS SURGERY", FAC]], ["OFFICE"]],
  ["Caseworker: Tremaine Oduya, Hamilton County Job & Family Services.", [["Tremaine Oduya", "name:neighbour"], ["Hamilton County Job & Family Services", "location:organization"]], ["Caseworker"]],
  ["refer vascular (dr aucoin, acadiana vein & vascular) for duplex.", [["aucoin", "name:title"], ["acadiana vein & vascular", FAC]], ["refer", "duplex"]],
  ["HIGH DESERT ORAL & MAXILLOFACIAL SURGERY\nOPERATIVE NOTE", [["HIGH DESERT ORAL & MAXILLOFACIAL SURGERY", FAC]], ["OPERATIVE"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...tri("Seen by Hematology & Oncology today.", [], ["Hematology", "Oncology"]),
  ...tri("Pediatric Allergy & Asthma clinic follow-up.", [], ["Allergy", "Asthma"]),
  ...tri("Discharged to skilled nursing & rehab tomorrow.", [], ["skilled", "nursing", "rehab"]),
  ...tri("Swelling of the left foot & ankle noted.", [], ["left", "foot", "ankle"]),
  ...tri("Dept of Nursing & Rehab notified.", [], ["Nursing", "Rehab"]),
  ...tri("She has chronic pain & sleep issues.", [], ["chronic", "pain", "sleep"]),
  ...tri("Heart & Vascular follow-up in 2 weeks.", [], ["Heart", "Vascular"]),
  ...tri("Hx: Chronic Pain & Spine issues.", [], ["Chronic", "Pain", "Spine"]),
  ["Prefers Skilled Nursing & Rehab near home.", [], ["Prefers", "Skilled", "Rehab"]],
  ["Physical Medicine & Rehabilitation consulted.", [], ["Physical", "Medicine", "Rehabilitation"]],
  ["PHYSICAL MEDICINE & REHABILITATION CONSULTED.", [], ["PHYSICAL", "MEDICINE", "REHABILITATION"]],
  ["physical medicine & rehabilitation consulted.", [], ["physical", "medicine", "rehabilitation"]],
  ["Ear, Nose & Throat referral placed.", [], ["Ear", "Nose", "Throat"]],
  ["Diet & exercise counseling; weight & diabetes reviewed.", [], ["weight", "diabetes"]],
];

runPlaceTable("org46: a practice's or a care home's pair of services joined by '&' after its name", PAIRS);
runPlaceTable("org46: pairs of services that name no practice stay words", NEGATIVES);
