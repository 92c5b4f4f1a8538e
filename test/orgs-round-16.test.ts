// Why this file exists: table tests, with hard negatives, for the organisations and facilities of round 16 (stop 25):
// employers after "job at/with", "drives for" and an occupation's "with" (jobFrame), suppliers after "oxygen/equipment
// from" (serviceProvider), the facility heads "Pavilion", "Midwifery", "Dental" and "Behavioral Health" before a name
// of common words, a care home's or practice's services joined by "&" (ampServicePair), a store's counter after an
// employer in capitals, and a spaced dash that ends such a name. Both engines. Names and places are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // jobFrame: an occupation's "with", "job at/with", a driver's "for" (and occupations the list lacked: bookkeeper, miner)
  ["Social: married, bookkeeper at Quillon Textiles. Nonsmoker.", [["Quillon Textiles", ORG]], ["Social", "Nonsmoker"]],
  ["He drives for Blue Ridge Propane and works nights.", [["Blue Ridge Propane", ORG]], ["drives", "works"]],
  ["LOST HER JOB AT HARBORVIEW CREDIT UNION IN MAY.", [["HARBORVIEW CREDIT UNION", ORG]], ["LOST", "JOB"]],
  ["She left her job with Pennock Savings Bank last year.", [["Pennock Savings Bank", ORG]], ["left", "last"]],
  ["RETIRED MINER WITH CALLOWAY FORK COAL.", [["CALLOWAY FORK COAL", ORG]], ["RETIRED", "MINER"]],
  ["Volunteer fireman with Ostrava Hose Co.", [["Ostrava Hose Co", ORG]], ["Volunteer", "fireman"]],
  // serviceProvider: a supplier of oxygen, equipment or supplies after "from"
  ["Equipment from Dunfield Medical Supply, on call line 24/7.", [["Dunfield Medical Supply", ORG]], ["Equipment", "call"]],
  ["HOME OXYGEN FROM GALLOWAY MEDICAL SUPPLY.", [["GALLOWAY MEDICAL SUPPLY", ORG]], ["HOME", "OXYGEN"]],
  // a store's counter after the name is where in it
  ["JOB AT PRICEWELL FOODS DELI.", [["PRICEWELL FOODS", ORG]], ["DELI"]],
  // the new heads after a frame or a field's label
  ["Seen at Wrenfield Midwifery for prenatal care.", [["Wrenfield Midwifery", FAC]], ["prenatal"]],
  ["Building: Corvale Pavilion 3rd floor", [["Corvale Pavilion", FAC]], ["Building", "floor"]],
  ["PREVIOUSLY TREATED AT MARSHCREEK BEHAVIORAL HEALTH.", [["MARSHCREEK BEHAVIORAL HEALTH", FAC]], ["TREATED"]],
  ["Dental home: Dunmore Hollow Pediatric Dental", [["Dunmore Hollow Pediatric Dental", FAC]], ["home"]],
  ["SEEN AT BRIGHTWATER DENTAL IN MAY.", [["BRIGHTWATER DENTAL", FAC]], ["SEEN"]],
  // ampServicePair: services joined by "&" after a name
  ["d/c to Cedar Hollow Nursing & Rehabilitation today.", [["Cedar Hollow Nursing & Rehabilitation", FAC]], ["today"]],
  ["Follow up at Kestrel Spine & Rehabilitation.", [["Kestrel Spine & Rehabilitation", FAC]], ["Follow"]],
  // a dash between blanks ends the name; a head that goes on is the facility rule's
  ["Psychiatric Intake - Millbrook Behavioral Health", [["Millbrook Behavioral Health", FAC]], ["Psychiatric", "Intake"]],
  ["Crown molded at Pellwood Dental Lab.", [["Pellwood Dental Lab", ORG]], ["Crown"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a condition after "with", a core word after "job at" or "drives for"
  ["Former teacher with Lyme disease.", [], ["Lyme", "disease"]],
  ["FORMER MINER WITH BLACK LUNG.", [], ["BLACK", "LUNG"]],
  ["She drives for dialysis three times a week.", [], ["dialysis"]],
  ["He drives for Hours to work.", [], ["Hours"]],
  ["LOST HIS JOB AT NIGHT.", [], ["NIGHT"]],
  ["Works as a nurse with Dr. Patel.", [["Patel", "name:title"]], ["nurse"]],
  // oxygen's use, device or time, no supplier
  ["O2 WITH EXERTION, O2 VIA NASAL CANNULA.", [], ["EXERTION", "NASAL", "CANNULA"]],
  ["O2 FROM HOME CONCENTRATOR.", [], ["HOME", "CONCENTRATOR"]],
  ["Equipment from Room 4 returned.", [], ["Room"]],
  // departments and services: no name before the pair or the head
  ["Referred to Physical Medicine & Rehabilitation.", [], ["Physical", "Medicine", "Rehabilitation"]],
  ["d/c to skilled nursing; Skilled Nursing & Rehab unit.", [], ["Skilled", "Nursing", "Rehab"]],
  ["Dept. of Nursing & Rehabilitation", [], ["Nursing", "Rehabilitation"]],
  ["Seen by Pediatric Dental clinic.", [], ["Pediatric", "Dental"]],
  ["Referred to Outpatient Behavioral Health.", [], ["Outpatient", "Behavioral"]],
  ["Admitted to the Pavilion for observation.", [], ["Pavilion"]],
  ["Heart & Vascular follow-up in 2 weeks.", [], ["Heart", "Vascular"]],
];

runPlaceTable("employers after a job's or an occupation's frame, new facility heads, services joined by '&' (orgs16)", POSITIVES);
runPlaceTable("conditions, core words, departments and services in those frames that name no one (orgs16)", NEGATIVES);
