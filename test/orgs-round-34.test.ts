// Why this file exists: table tests, with hard negatives, for the stop 34 organisations round (org34): a payer's, a
// carrier's, a laboratory's or a network's one-word name that no list has, told by its compound's last part
// ("SelectHealth", "CAREFLITE") or by a payer's label before it ("supplement Wellmark ID"), and a VA's site initialism
// after its town ("Seattle VAMC"), in mixed case and ALL CAPS; and the words in the same frames that stay words (device
// and drug brands, portals, kinds of care, a longer name's first word). Both engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const COMPOUNDS: ReadonlyArray<PlaceCase> = [
  // a firm's compound after a word of where, a label, a comma or a slash, or closing its clause (mixed case: a camel's hump)
  ["Saliva collected today; billing to SelectHealth (member on file).", [["SelectHealth", ORG]], ["Saliva", "billing", "member"]],
  ["Transferred from the outside ICU by CareFlite. Access: R radial.", [["CareFlite", ORG]], ["Transferred", "ICU", "Access"]],
  ["PGT-A by CooperGenomics (report pending): 3 euploid.", [["CooperGenomics", ORG]], ["PGT-A", "report"]],
  ["Secondary: MassHealth Standard, renewal due.", [["MassHealth", ORG]], ["Secondary", "Standard", "renewal"]],
  ["Plan: 2x/wk x 12 wk. Insurance TennCare/BlueCare ID on file.", [["TennCare", ORG], ["BlueCare", ORG]], ["Plan", "Insurance", "ID"]],
  ["PCP: Dr. Sol Abramowitz, NorthShore - Skokie.", [["Sol Abramowitz", "name:title"], ["NorthShore - Skokie", ORG]], ["PCP"]],
  // in capitals: after a word of where, a payer's label or a slash, and closing its clause (or a compass word after it)
  ["PRIOR CT OBTAINED VIA POWERSHARE IMAGE EXCHANGE.", [["POWERSHARE", ORG]], ["PRIOR", "IMAGE", "EXCHANGE"]],
  ["PLAN: 2X/WK X 12 WK. INSURANCE HEALTHPARTNERS, CLAIM PENDING.", [["HEALTHPARTNERS", ORG]], ["INSURANCE", "CLAIM"]],
  ["BROUGHT BY LIFEFLIGHT NORTH. PASSENGER ALSO SEEN.", [["LIFEFLIGHT NORTH", ORG]], ["BROUGHT", "PASSENGER"]],
  // hard negatives: device and drug brands, portals, kinds of care, a longer name's first word, an e-mail's host
  ["She uses an EpiPen; SynchroMed pump refilled; InterStim off.", [], ["EpiPen", "SynchroMed", "InterStim"]],
  ["Message sent via MyHealth portal; PA submitted via CoverMyMeds.", [], ["MyHealth", "CoverMyMeds"]],
  ["Tried Detrol, Ditropan, and VESIcare for a month each.", [], ["Detrol", "VESIcare"]],
  ["VERBAL CONSENT TO TELEHEALTH OBTAINED. IDENTITY VERIFIED.", [], ["CONSENT", "TELEHEALTH"]],
  ["Visit conducted via TeleHealth. Patient at home.", [], ["Visit", "TeleHealth", "home"]],
  ["Refer to UrgentCare, then home.", [], ["UrgentCare", "home"]],
  ["Aftercare at home; skincare reviewed; daycare by grandmother.", [], ["Aftercare", "skincare", "daycare"]],
  ["INSURANCE: GULFSTAR HEALTH PLAN MEMBER ID ON FILE.", [["GULFSTAR HEALTH PLAN", ORG]], ["INSURANCE", "MEMBER", "FILE"]],
  ["Visits by ProHealth Physicians Wethersfield continue.", [["Wethersfield", "location:city"]], ["Visits", "continue"]],
];

const LABELS: ReadonlyArray<PlaceCase> = [
  // a word no list has, closing its clause, right after a payer's, a carrier's or a transport's label
  ["Insurance: Medicare A/B; supplement Wellmark ID on file.", [["Wellmark", ORG]], ["Insurance", "Medicare", "supplement"]],
  ["TRANSPORT: EAGLEMED FIXED-WING TO THE CITY.", [["EAGLEMED", ORG]], ["TRANSPORT", "FIXED-WING"]],
  // hard negatives: the label before an English word, a medical phrase with "secondary"
  ["Insurance: Medicare; secondary: none.", [], ["Insurance", "Medicare", "secondary", "none"]],
  ["Insurance: Self-pay. Carrier: Progressive, claim open.", [], ["Insurance", "Self-pay", "Progressive", "claim"]],
  ["Pneumonia secondary to Klebsiella, on ceftriaxone.", [], ["Pneumonia", "Klebsiella", "ceftriaxone"]],
  ["Referred to Physical Therapy; CC: Cardiology.", [], ["Physical", "Therapy", "Cardiology"]],
];

const VA_SITES: ReadonlyArray<PlaceCase> = [
  // a VA's or an army post's site initialism after its town (found just before it)
  ["He was seen at the Seattle VAMC last spring for his knee.", [["Seattle VAMC", FAC]], ["spring", "knee"]],
  ["Returned to the Bedford VAMC.", [["Bedford VAMC", FAC]], ["Returned"]],
  ["Seen at Fort Kessler CBOC on Monday.", [["Fort Kessler CBOC", FAC]], ["Seen", "Monday"]],
  // hard negatives: the initialism with no town before it, a doctor's name before it
  ["met at ACH for an ACH transfer", [], ["ACH", "transfer"]],
  ["the Dr. Ortiz AHC note", [["Ortiz", "name:title"]], ["AHC", "note"]],
];

runPlaceTable("firms' compound words (stop 34 organisations round)", COMPOUNDS);
runPlaceTable("a firm's word after a payer's label (stop 34 organisations round)", LABELS);
runPlaceTable("VA sites after their town (stop 34 organisations round)", VA_SITES);
