// Why this file exists: table tests, with hard negatives, for stop 49's third list of known US organisations (ok49):
// the kinds that notes of transport, transplant, blood donation, interpreting, refugee health, jails and occupational
// health name (scripts/build-dictionaries.mjs, ORG_ALONE49 and ORG_FRAMED49, read by og48's orgWord48()): organ
// procurement organisations and tissue banks, blood and plasma centres, air medical and ambulance operators,
// interpreter services, resettlement agencies, correctional health contractors, workers' compensation administrators,
// staffing agencies, home care chains and employers by brand. A coined name is taken alone in the text's case (mixed
// case, ALL CAPS, lower case); a name of English words, a surname or a clinical abbreviation ("Gift of Life", "Tyson",
// "AMR") only after a frame of employment or place. Hard negatives: the same words as prose, a person, a finding.
import { runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const ORG = "location:organization";

const ALONE: ReadonlyArray<PlaceCase> = [
  // organ procurement, tissue and blood
  ...tri("Donation referral called to LifeGift overnight.", [["LifeGift", ORG]], ["Donation", "referral", "overnight"]),
  ...tri("Family met with the OneLegacy coordinator.", [["OneLegacy", ORG]], ["Family", "coordinator"]),
  ...tri("Tissue recovery by MTF Biologics was declined.", [["MTF Biologics", ORG]], ["Tissue", "recovery"]),
  ...tri("Two units of platelets from LifeSouth.", [["LifeSouth", ORG]], ["units", "platelets"]),
  // (a surname first: in ALL CAPS and lower case the older name and town rules read "CARTER" first, left alone)
  ["Two units of platelets from Carter BloodCare.", [["Carter BloodCare", ORG]], ["units", "platelets"]],
  ...tri("She sells plasma at CSL Plasma twice weekly.", [["CSL Plasma", ORG]], ["sells", "weekly"]),
  // air medical and ambulance operators
  ...tri("Flown by Air Methods to the trauma bay.", [["Air Methods", ORG]], ["Flown", "trauma"]),
  ...tri("Transfer arranged through Global Medical Response.", [["Global Medical Response", ORG]], ["Transfer", "arranged"]),
  // interpreters, resettlement, jails, claims
  ...tri("Spanish interpreter via Stratus Video used.", [["Stratus Video", ORG]], ["interpreter", "used"]),
  ...tri("Resettled by USCRI last spring.", [["USCRI", ORG]], ["Resettled", "spring"]),
  ...tri("Medical records requested from NaphCare.", [["NaphCare", ORG]], ["Medical", "records"]),
  ["Claim handled by Gallagher Bassett.", [["Gallagher Bassett", ORG]], ["Claim", "handled"]],
  ...tri("Workers' comp carrier is Pinnacol, claim open.", [["Pinnacol", ORG]], ["carrier", "claim"]),
  // staffing agencies and employers by brand
  ...tri("Travel nurse placed by Aerotek.", [["Aerotek", ORG]], ["Travel", "nurse"]),
  ...tri("Works second shift at Sanderson Farms.", [["Sanderson Farms", ORG]], ["Works", "shift"]),
  // (in mixed case "Buc-ee's" has a capitalised and a lower-case part, which orgWord48() does not join: left alone)
  ["CASHIER AT BUC-EE'S ON WEEKENDS.", [["BUC-EE'S", ORG]], ["CASHIER", "WEEKENDS"]],
  ["cashier at buc-ee's on weekends.", [["buc-ee's", ORG]], ["cashier", "weekends"]],
  ...tri("Drives for Swift Transportation, long haul.", [["Swift Transportation", ORG]], ["Drives", "haul"]),
  // (in ALL CAPS and lower case an older rule reads "at corecivic", "at chobani" as a facility first, left alone)
  ["Dispatcher at CoreCivic, nights.", [["CoreCivic", ORG]], ["Dispatcher", "nights"]],
  ["Packs yogurt at Chobani.", [["Chobani", ORG]], ["Packs", "yogurt"]],
];

// a name of English words, a surname or a clinical abbreviation: only after a frame ("from", "at", "via", "works", ...)
const FRAMED: ReadonlyArray<PlaceCase> = [
  ...tri("Coordinator from Gift of Life met the family.", [["Gift of Life", ORG]], ["Coordinator", "family"]),
  ...tri("Flown from the scene via Life Flight.", [["Life Flight", ORG]], ["Flown", "scene"]),
  ...tri("Aide from Home Instead visits daily.", [["Home Instead", ORG]], ["Aide", "daily"]),
  // (a surname: in lower case the older name and town rules read "tyson", "ryder" first, the same redaction)
  ["Works at Tyson on the deboning line.", [["Tyson", ORG]], ["Works", "deboning"]],
  ["WORKS AT TYSON ON THE DEBONING LINE.", [["TYSON", ORG]], ["WORKS", "DEBONING"]],
  ["Retired from Ryder after 20 years.", [["Ryder", ORG]], ["Retired", "years"]],
  ["RETIRED FROM RYDER AFTER 20 YEARS.", [["RYDER", ORG]], ["RETIRED", "YEARS"]],
  // (in ALL CAPS and lower case the given name "Amr" of the name lists reads it first, as before this list)
  ["Transported via AMR to the ED.", [["AMR", ORG]], ["Transported"]],
  // (in ALL CAPS "QUEST" is not reached: left alone)
  ["Labs drawn at Quest last week.", [["Quest", ORG]], ["Labs", "week"]],
  ["labs drawn at quest last week.", [["quest", ORG]], ["labs", "week"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // (mixed case only: in ALL CAPS and lower case the name lists' given name "Amr" took it before this list too)
  ["No evidence of AMR on biopsy; C4d negative.", [], ["AMR", "biopsy"]],
  ...tri("Organ donation is the gift of life, the family said.", [], ["gift", "life"]),
  // (mixed case only: in ALL CAPS an older rule took "LIFE FLIGHT" and "AIR EVAC" before this list, and with their
  // entries lower case does the same; the fixtures label both ("via life flight", "air evac 54"))
  ["Life flight was called to the scene.", [], ["Life", "flight"]],
  ["Air evac was requested by the team.", [], ["Air", "evac"]],
  ...tri("Her quest for pain relief continues.", [], ["quest", "relief"]),
  ...tri("She feels right at home here.", [], ["right", "home"]),
  ...tri("Sibling may be the match for her kidney.", [], ["match", "kidney"]),
  ...tri("Infinite legacy of care, he wrote.", [], ["Infinite", "legacy"]),
  ...tri("Five guys were hurt in the crash.", [], ["Five", "guys"]),
  ...tri("Walking with a cane; raising cane height today.", [], ["raising", "cane"]),
  ...tri("Dr. Tyson reviewed the films.", [["Tyson", "name:title"]], ["reviewed", "films"]),
];

runPlaceTable("ok49: an organisation of the third list, taken alone", ALONE);
runPlaceTable("ok49: an organisation of the third list, after a frame", FRAMED);
runPlaceTable("ok49: hard negatives", NEGATIVES);
