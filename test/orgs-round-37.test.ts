// Why this file exists: table tests, with hard negatives, for the stop 37 organisations round (org37): a public agency
// named by its remit, head first ("Department of Children and Family Services", "Office of the Chief Medical Examiner",
// "Quillby Council on Aging"; agencyRemit37), and a body's naming words before its head, "of" and its place ("First
// Reformed Church of Holland", "Lantern Health of Kingsbury"; orgOfPlace37), in mixed case, ALL CAPS and (agencies)
// lower case; and a report's recipient after "reported to" ("Reported to NPDS.", firmAfterWhere33's clause words). Both
// engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // an agency named by its remit alone, "Services" last (a facility head the older agency rule never reached)
  ["Caseworker: Delphine Aroyo, Department of Children and Family Services, (312) 555-0188",
    [["Delphine Aroyo", "name:neighbour"], ["Department of Children and Family Services", ORG], ["(312) 555-0188", "validator:nanp"]], ["Caseworker"]],
  ["CASEWORKER: DELPHINE AROYO, DEPARTMENT OF CHILDREN AND FAMILY SERVICES, (312) 555-0188",
    [["DELPHINE AROYO", "name:neighbour"], ["DEPARTMENT OF CHILDREN AND FAMILY SERVICES", ORG], ["(312) 555-0188", "validator:nanp"]], ["CASEWORKER"]],
  ["caseworker: delphine aroyo, department of children and family services, (312) 555-0188",
    [["delphine aroyo", "name:cue"], ["department of children and family services", ORG], ["(312) 555-0188", "validator:nanp"]], ["caseworker"]],
  // "Human" was a capitalised name before
  ["Report faxed to Department of Health and Human Services today.", [["Department of Health and Human Services", ORG]], ["Report", "today"]],
  ["REPORT FAXED TO DEPARTMENT OF HEALTH AND HUMAN SERVICES TODAY.", [["DEPARTMENT OF HEALTH AND HUMAN SERVICES", ORG]], ["REPORT", "TODAY"]],
  // remits no older list ended with (core words: quiet() let them pass before)
  ["Defense counsel from the Department of Public Advocacy was present.", [["Department of Public Advocacy", ORG]], ["Defense", "counsel", "present"]],
  ["DEFENSE COUNSEL FROM THE DEPARTMENT OF PUBLIC ADVOCACY WAS PRESENT.", [["DEPARTMENT OF PUBLIC ADVOCACY", ORG]], ["DEFENSE", "PRESENT"]],
  ["Office of the Chief Medical Examiner, State of Vermont", [["Office of the Chief Medical Examiner", ORG], ["Vermont", "location:state"]], []],
  ["OFFICE OF THE CHIEF MEDICAL EXAMINER, STATE OF VERMONT", [["OFFICE OF THE CHIEF MEDICAL EXAMINER", ORG], ["VERMONT", "location:state"]], []],
  ["Evaluation ordered by the Office of Forensic Services, per court.", [["Office of Forensic Services", ORG]], ["Evaluation", "court"]],
  ["Case manager at the Area Agency on Aging today.", [["Area Agency on Aging", ORG]], ["Case", "manager", "today"]],
  ["LETTER FROM THE EXECUTIVE OFFICE OF ELDER AFFAIRS.", [["EXECUTIVE OFFICE OF ELDER AFFAIRS", ORG]], ["LETTER"]],
  // the body's own word before the head: a word no list has, a state's code
  ["TRANSPORT: QUILLBY COUNCIL ON AGING VAN FROM PLAINS", [["QUILLBY COUNCIL ON AGING", ORG], ["PLAINS", "location:city"]], ["TRANSPORT", "VAN"]],
  ["PROBATION OFFICER, WV DIVISION OF CORRECTIONS.", [["WV DIVISION OF CORRECTIONS", ORG]], ["PROBATION", "OFFICER"]],
  // (mixed case: "WV" was let go before the agency's turn and stayed out; since stop 54 (og54) a state's code in
  // capitals before a capitalised head joins it, as in ALL CAPS)
  ["Probation officer, WV Division of Corrections.", [["WV Division of Corrections", ORG]], ["Probation", "officer"]],
  // a state's agency after "to": an older rule wrote "Ohio Department", now continued
  ["Sent to Ohio Department of Health on 3/2.", [["Ohio Department of Health", ORG]], ["Sent"]],
  ["Referred to Kansas Department for Aging and Disability Services today.", [["Kansas Department for Aging and Disability Services", ORG]], ["Referred", "today"]],
  ["referred to department of social services for evaluation.", [["department of social services", ORG]], ["referred", "evaluation"]],
  // naming words before a head, "of" and a place
  ["Pastor from First Reformed Church of Holland, Pastor Dirk Vanterpool.",
    [["First Reformed Church of Holland", ORG], ["Pastor Dirk Vanterpool", "name:neighbour"]], []],
  ["PASTOR FROM FIRST REFORMED CHURCH OF HOLLAND, PASTOR DIRK VANTERPOOL.",
    [["FIRST REFORMED CHURCH OF HOLLAND", ORG], ["PASTOR DIRK VANTERPOOL", "name:neighbour"]], []],
  ["Travel Medicine Consultation — Lantern Health of Kingsbury", [["Lantern Health of Kingsbury", FAC]], ["Travel", "Medicine", "Consultation"]],
  // (ALL CAPS: the head's turn writes no place after it here; the name and the town both found, and since stop 45
  // (org45, orgOfJoin45) joined across "OF" into one organisation)
  ["TRAVEL MEDICINE CONSULTATION — LANTERN HEALTH OF KINGSBURY", [["LANTERN HEALTH OF KINGSBURY", ORG]], ["TRAVEL", "MEDICINE"]],
  ["Home health start of care - Bramblewood Healthcare of the Ozarks M0030", [["Bramblewood Healthcare of the Ozarks", FAC]], ["Home", "start", "care"]],
  // (a place's last word past the tokens read yet: the older walk's whole name is kept)
  ["HOME: ELDER SERVICES OF THE MERRIMACK VALLEY HOMEMAKER; VNA TO FOLLOW", [["ELDER SERVICES OF THE MERRIMACK VALLEY", ORG]], ["HOMEMAKER", "FOLLOW"]],
  // a report's registry, agency or blood supplier after "reported to" (firmAfterWhere33's clause words)
  ["Outcome: moderate effect. Reported to NPDS. SPI: R. Kowal, RN", [["NPDS", ORG], ["R. Kowal", "name:neighbour"]], ["Outcome", "SPI"]],
  ["Event reported to Vitalant (ref 22).", [["Vitalant", ORG]], ["Event"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a hospital's own department or division: a hospital service's or a specialty's word in the remit
  ["Seen by the Department of Medicine.", [], ["Department", "Medicine"]],
  ["Referred to Department of Rehabilitation Services.", [], ["Department", "Rehabilitation", "Services"]],
  ["REFERRED TO DEPARTMENT OF REHABILITATION SERVICES.", [], ["DEPARTMENT", "REHABILITATION", "SERVICES"]],
  ["Referred to the Division of Pediatric Services.", [], ["Division", "Pediatric", "Services"]],
  ["Consulted the Division of Emergency Services.", [], ["Division", "Emergency", "Services"]],
  ["Department of Nursing Services notified.", [], ["Department", "Nursing", "Services"]],
  // "Health" alone after a unit's word, or going on into another name
  ["Follow up with Department of Behavioral Health.", [], ["Department", "Behavioral", "Health"]],
  ["Enrolled in the Department of Health Sciences program.", [], ["Department", "Health", "Sciences"]],
  // a school's health office is a unit (the district keeps its own finding)
  ["Marrowvale Public Schools — Office of Health Services", [["Marrowvale Public Schools", ORG]], ["Office", "Health", "Services"]],
  // "Health" alone after the head, with no place before it (a form's or a hospital's word as often as an agency's)
  ["Forms sent per the Department of Health guidance.", [], ["Department", "Health"]],
  ["PER THE DEPARTMENT OF HEALTH.", [], ["DEPARTMENT", "HEALTH"]],
  // no remit's word
  ["Seen in the Office of the Dean.", [["Dean", "name:dictionary"]], ["Office"]],
  // a unit of a hospital before "of": no frame, or an agency's or a unit's head (the hospital alone is found)
  ["Transferred to Emergency Department of Salem Hospital.", [["Salem Hospital", FAC]], ["Emergency", "Department"]],
  ["Admitted to Intensive Care Unit of Salem Hospital.", [["Salem Hospital", FAC]], ["Intensive", "Care", "Unit"]],
  // no place after "of"
  ["Seen at Cancer Center of Excellence today.", [], ["Cancer", "Center", "Excellence"]],
  // a credential, a care role's initialism, a unit or a core word after "reported to"
  ["Pain reported to RN.", [], ["Pain", "RN"]],
  ["Symptoms reported to PCP.", [], ["PCP"]],
  ["Reported to MICU.", [], ["MICU"]],
  ["Reported to ICU team.", [], ["ICU"]],
  ["REPORTED TO HIM.", [], ["HIM"]],
  ["REPORTED TO FAMILY.", [], ["FAMILY"]],
  // an older finding kept whole
  ["Transferred to the Medical Center of Central Georgia today.", [["Medical Center of Central Georgia", FAC]], ["Transferred", "today"]],
];

runPlaceTable("org37: agencies by their remit, names before a head of a place", POSITIVES);
runPlaceTable("org37: hard negatives", NEGATIVES);
