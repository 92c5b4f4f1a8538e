// Why this file exists: table tests, with hard negatives, for the stop 38 organisations round (org38): a reference
// code's issuer named before it, whose code's letters are the name's initials or open its first word ("Medical Mutual
// of Ohio member MMO-2204418832", "PAN FOUNDATION GRANT PAN-772041"; idIssuer38), and a firm's word after a word of where
// told by the service named after it or a reference's label after its bracket ("sent via CIOX portal", "via Propio (ID
// PRP-30117)"; firmAfterWhere33's new frames), with a chief officer's initialism kept out ("Reported to CNO."), in mixed
// case, ALL CAPS and lower case. Both engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // the code's letters are the initials ("of", "for", "and", "&" skipped), after a label or two
  ["Billing: Quarrytown Mutual of Ohio member QMO-2204418832. Slides returned.", [["Quarrytown Mutual of Ohio", ORG]], ["Billing", "Slides"]],
  ["BILLING: QUARRYTOWN MUTUAL OF OHIO MEMBER QMO-2204418832. SLIDES RETURNED.", [["QUARRYTOWN MUTUAL OF OHIO", ORG]], ["BILLING", "SLIDES"]],
  ["billing: quarrytown mutual of ohio member qmo-2204418832. slides returned.", [["quarrytown mutual of ohio", ORG]], ["billing", "slides"]],
  ["Self-collected swabs via Molecular Testing Labs kit MTL-K-4471209, returned 4/29.", [["Molecular Testing Labs", ORG]], ["swabs"]],
  ["SELF-COLLECTED SWABS VIA MOLECULAR TESTING LABS KIT MTL-K-4471209, RETURNED.", [["MOLECULAR TESTING LABS", ORG]], ["SWABS", "RETURNED"]],
  ["ORGAN/TISSUE: CENTER FOR ORGAN RECOVERY & EDUCATION REF CORE-99-44120 - TISSUE DONOR", [["CENTER FOR ORGAN RECOVERY & EDUCATION", ORG]], ["TISSUE", "DONOR"]],
  ["Requestor: Harlan Employers' Mutual Insurance claim HEMI-99-20417 faxed today.", [["Harlan Employers' Mutual Insurance", ORG]], ["Requestor", "faxed"]],
  ["REQUESTOR: HARLAN EMPLOYERS' MUTUAL INSURANCE CLAIM HEMI-99-20417 FAXED.", [["HARLAN EMPLOYERS' MUTUAL INSURANCE", ORG]], ["REQUESTOR", "FAXED"]],
  ["Flown by Air Evac Lifeteam (transport record AEL-97-20117) to the trauma bay.", [["Air Evac Lifeteam", ORG]], ["Flown", "trauma"]],
  ["flown by air evac lifeteam (transport record ael-97-20117) to the trauma bay.", [["air evac lifeteam", ORG]], ["flown", "trauma"]],
  // a word of medical shape when a label stands before the code
  ["PAP DUE - DONE TODAY, SENT TO BRACKEN PATHOLOGY LABS REQ BPL-41188-07.", [["BRACKEN PATHOLOGY LABS", ORG]], ["PAP", "REQ"]],
  // no label: a blank alone before the code
  ["SECONDARY: PREMERA BLUE CROSS PBC404418827", [["PREMERA BLUE CROSS", ORG]], ["SECONDARY"]],
  // three letters or more open the first of two words whose second is a firm's head
  ["COPAY ASSIST: PAN FOUNDATION GRANT PAN-772041.", [["PAN FOUNDATION", ORG]], ["COPAY", "ASSIST", "GRANT"]],
  ["last fill 2/10. ins magnolia health id mag558120447, bin 004336", [["magnolia health", ORG]], ["fill", "ins", "bin"]],
  // a firm's word after a word of where: a service's word after it, or a reference's label after its bracket or comma
  ["RECORDS 01/2097-PRESENT  SENT VIA CIOX PORTAL 03/10/99", [["CIOX", ORG]], ["RECORDS", "PORTAL"]],
  ["Travel via DAV van (driver Russ Kilgore).", [["DAV", ORG], ["Russ Kilgore", "name:neighbour"]], ["Travel", "van"]],
  ["Tele-rehab via MOVN app; username on file.", [["MOVN", ORG]], ["app", "username"]],
  ["Interpreter Ana Tzoc via Propio (ID PRP-30117).", [["Ana Tzoc", "name:neighbour"], ["Propio", ORG]], ["Interpreter"]],
  ["INTERPRETER VIA PROPIO (ID PRP-30117).", [["PROPIO", ORG]], ["INTERPRETER"]],
  // a clause's verb of records and parcels
  ["Outside records faxed to CIOX, 3 pages.", [["CIOX", ORG]], ["records", "pages"]],
  // "X for Y" after a frame, closing its phrase (mixed case)
  ["Safe sleep (crib from Cribs for Kids arriving 3/20).", [["Cribs for Kids", ORG]], ["crib", "arriving"]],
  ["Seen at the house by Dr. Lena Ruiz, Physicians for Human Rights asylum network.",
    [["Lena Ruiz", "name:title"], ["Physicians for Human Rights", ORG]], ["asylum", "network"]],
  ["Referred to Center for Family Services today.", [["Center for Family Services", ORG]], ["Referred", "today"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a word alone before its code: a device's model, a label's initialism
  ["Follow up in 2 weeks with Zio (order ZIO-92-77104).", [], ["Zio", "order"]],
  ["Pump: CADD-Solis SN SOL-6610294. Weekly CBC.", [], ["Solis", "Pump"]],
  ["CPT case #CPT-93-0412", [], ["CPT", "case"]],
  ["Records requested (ROI ROI-97-04417).", [], ["ROI", "Records"]],
  ["Current chair: Quickie power chair QPC-118830-R, 7 years old.", [], ["Quickie", "power", "chair"]],
  ["CURRENT CHAIR: QUICKIE POWER CHAIR QPC-118830-R, 7 YEARS OLD.", [], ["QUICKIE", "POWER", "CHAIR"]],
  ["Hearing screen passed; hep B vaccine lot HBV-71K42 given.", [], ["hep", "vaccine"]],
  ["wv csmp checked today (report csmp-9977120).", [], ["csmp", "checked", "today"]],
  ["(NKR pair NKR-P-22918)", [], ["pair"]],
  // a label's own initials, a hospital's own unit
  ["Medical Record Number MRN-4471209 on file.", [], ["Medical", "Record", "Number"]],
  ["Prior Auth PA-5520417 approved.", [], ["Prior", "Auth"]],
  ["Seen in Emergency Room ER-22 overnight.", [], ["Emergency", "Room"]],
  ["PHYSICAL THERAPY PT-2231 ORDERED.", [], ["PHYSICAL", "THERAPY"]],
  // a scale's or a stage's short code after its own term's words (no label, fewer than four digits)
  ["Screening: Generalized Anxiety Disorder (GAD-7) 12, moderate.", [], ["Generalized", "Anxiety", "Disorder"]],
  ["Hospital Anxiety Depression Scale (HADS-14) 9.", [], ["Hospital", "Anxiety", "Scale"]],
  ["CHRONIC KIDNEY DISEASE CKD-3 STABLE.", [], ["CHRONIC", "KIDNEY", "DISEASE"]],
  // two letters: too few to tell
  ["Referred by Delta Coastal DC-40017782.", [], ["Delta", "Coastal"]],
  // a nursing officer's initialism, a patient portal, a person after "by"
  ["Reported to CNO.", [], ["CNO"]],
  ["REPORTED TO CNO.", [], ["CNO"]],
  ["Escalated to CMO today.", [], ["CMO"]],
  ["Login via MyChart portal.", [], ["MyChart"]],
  ["REQUESTED BY MARISA (UNIT SECRETARY).", [["MARISA", "name:dictionary"]], []],
  // "X for Y" of a note's own phrases: a result, a request, a hospital service, a heading
  ["(Positive for Influenza A)", [], ["Positive", "Influenza"]],
  ["(Candidate for Surgery)", [], ["Candidate", "Surgery"]],
  ["Referred to Cardiology for Chest Pain.", [], ["Cardiology", "Chest", "Pain"]],
  ["Discussed (Plan for Discharge) today.", [], ["Plan", "Discharge"]],
  ["Reason for Referral: knee pain.", [], ["Reason", "Referral"]],
  ["POSITIVE FOR INFLUENZA A.", [], ["POSITIVE", "INFLUENZA"]],
  // a pharmacy's own word after it stays in its name
  ["Filled at Walgreens Specialty, delivered 3/2.", [["Walgreens Specialty", ORG]], []],
];

runPlaceTable("org38: a code's issuer, a firm's word by its service or its reference", POSITIVES);
runPlaceTable("org38: hard negatives", NEGATIVES);
