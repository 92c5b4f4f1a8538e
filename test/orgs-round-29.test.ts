// Why this file exists: table tests, with hard negatives, for the stop 29 organisations round (org29): organisations
// found by the frame around them rather than by a head word ("member of Grace Fellowship", "attends Lincoln Middle",
// "volunteers with Meals on Wheels", "caseworker from Catholic Charities", "comp carrier AmTrust"), and the frames'
// objects that stay words (the care team, therapy, public payers, people, products). Both engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // strong frames: membership, attending, volunteering, a student's school, a worker's or caseworker's agency, clergy
  ["She is a member of Grace Fellowship.", [["Grace Fellowship", ORG]], ["member", "of"]],
  ["He is a member of the Teamsters Union.", [["Teamsters Union", ORG]], ["member", "the"]],
  ["Son attends Lincoln Middle and plays soccer.", [["Lincoln Middle", ORG]], ["attends", "and", "soccer"]],
  ["She volunteers with Meals on Wheels twice a week.", [["Meals on Wheels", ORG]], ["volunteers", "twice"]],
  ["She volunteers with Habitat for Humanity.", [["Habitat for Humanity", ORG]], ["volunteers"]],
  ["She volunteers at Habitat on Saturdays.", [["Habitat", ORG]], ["volunteers", "Saturdays"]],
  ["Case worker from Catholic Charities called today.", [["Catholic Charities", ORG]], ["worker", "called"]],
  ["Her social worker with Harbor Family Services visited.", [["Harbor Family Services", ORG]], ["social", "visited"]],
  ["Pastor at Grace Fellowship visited today.", [["Grace Fellowship", ORG]], ["Pastor", "visited"]],
  ["My shift at Dockside Seafood ends at 6.", [["Dockside Seafood", ORG]], ["shift", "ends"]],
  ["Insured through Tufts.", [["Tufts", ORG]], ["Insured"]],
  // ALL CAPS: the employer rule's ending (capsEmployerEnd) judges the core words
  ["ATTENDS GRACE FELLOWSHIP.", [["GRACE FELLOWSHIP", ORG]], ["ATTENDS"]],
  ["MY SHIFT AT DOCKSIDE SEAFOOD; BACK TOMORROW.", [["DOCKSIDE SEAFOOD", ORG]], ["SHIFT", "BACK"]],
  // weak frames: a word no English list has names the supplier, the interpreters' service or the carrier
  ["Interpretation via LanguageLine.", [["LanguageLine", ORG]], ["Interpretation"]],
  ["Workers' comp carrier AmTrust claim pending.", [["AmTrust", ORG]], ["carrier", "claim"]],
  ["CORD BLOOD BANKED WITH CBR, KIT # 4471902.", [["CBR", ORG]], ["BANKED", "KIT"]],
  ["WORKERS' COMP CARRIER AMTRUST CLAIM # WC-7781.", [["AMTRUST", ORG]], ["CARRIER", "CLAIM"]],
  // a labelled field of a school
  ["School: Lincoln Middle", [["Lincoln Middle", ORG]], ["School"]],
  // a role's organisation in brackets after the person, an occupation's or a workplace's
  ["Doula Sunny Castellanos (Birthright Doulas) joined by phone.",
    [["Sunny Castellanos", "name:neighbour"], ["Birthright Doulas", ORG]], ["Doula", "joined"]],
  ["Rep Chad Whitlock (Zimmer Biomet) present.", [["Chad Whitlock", "name:neighbour"], ["Zimmer Biomet", ORG]], ["Rep", "present"]],
  ["doula Sky Delacourt (Mothering Roots Doula Collective) present",
    [["Sky Delacourt", "name:neighbour"], ["Mothering Roots Doula Collective", ORG]], ["doula", "present"]],
  ["LONG-HAUL TRUCK DRIVER (MIDWAY FREIGHTLINES) - DOT CERT DUE", [["MIDWAY FREIGHTLINES", ORG]], ["DRIVER", "DOT"]],
  ["Called at work (Drummond & Steele Cabinetry, 1800 Main St).",
    [["Drummond & Steele Cabinetry", ORG], ["1800 Main St", "location:address"]], ["Called", "work"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // the care's own teams, classes and therapies, and a lone English word
  ["She is a member of the Care Team.", [], ["Care", "Team"]],
  ["MEMBER OF THE CARE TEAM", [], ["CARE", "TEAM"]],
  ["Attends Physical Therapy twice weekly.", [], ["Physical", "Therapy"]],
  ["ATTENDS PHYSICAL THERAPY", [], ["PHYSICAL", "THERAPY"]],
  ["Attends AA Meetings nightly.", [], ["AA", "Meetings"]],
  ["She attends Bible Study.", [], ["Bible", "Study"]],
  ["Attends Church weekly.", [], ["Church"]],
  // a faith: a denomination's own words ("United", "Southern") name no congregation
  ["Her family attends United Pentecostal services.", [], ["United", "Pentecostal"]],
  ["He is a member of the United Methodist church.", [], ["United", "Methodist"]],
  // public payers
  ["Insured through Medicare.", [], ["Medicare"]],
  ["INSURED THROUGH MEDICARE", [], ["MEDICARE"]],
  ["Enrolled in Medicaid.", [], ["Medicaid"]],
  // a union, a school, a church, a program or a place of work in capitals after a strong frame
  ["MEMBER OF LOCAL UNION.", [], ["LOCAL", "UNION"]],
  ["PT ATTENDS SCHOOL DAILY.", [], ["SCHOOL"]],
  ["VOLUNTEERS AT CHURCH.", [], ["CHURCH"]],
  ["ATTENDS DAY PROGRAM.", [], ["DAY", "PROGRAM"]],
  ["HER BOSS AT WORK IS SUPPORTIVE.", [], ["WORK"]],
  ["ATTENDS NA MEETINGS.", [], ["NA", "MEETINGS"]],
  ["attends Cardiac Rehab.", [], ["Cardiac", "Rehab"]],
  ["volunteers with Hospice.", [], ["Hospice"]],
  // surgery's "coverage with" and "placed at" are no frames
  ["THERE WERE TWO AREAS OF COVERAGE WITH THE TISSUE FLAP RELOCATION.", [], ["TISSUE", "FLAP"]],
  // a person after a frame that could name one
  ["He volunteers with Mary Jones at the shelter.", [["Mary Jones", "name:neighbour"]], ["volunteers", "shelter"]],
  // a department, a product, a hospital: weak frames want a word no English list has; surgical verbs are no frame
  ["Delivered by the Department of Anesthesia.", [], ["Department", "Anesthesia"]],
  ["Covered with Mepilex.", [], ["Mepilex"]],
  ["Interpreter via Video.", [], ["Video"]],
  ["rep from Cardiology", [], ["Cardiology"]],
  ["carrier Status unknown", [], ["Status"]],
  ["pharmacy Consult requested", [], ["Consult"]],
  ["Refills through Mail Order.", [], ["Mail", "Order"]],
  // a clinician's specialty, a shift, a language, a sport in brackets after a person
  ["Dr. Lee (Cardiology) saw her.", [["Lee", "name:title"]], ["Cardiology"]],
  ["aide Mary Jones (Night Shift) reports", [["Mary Jones", "name:neighbour"]], ["Night", "Shift"]],
  ["interpreter Ana Ruiz (Spanish) present", [["Ana Ruiz", "name:neighbour"]], ["Spanish"]],
  ["coach Tim Byrne (Varsity Soccer) called", [["Tim Byrne", "name:neighbour"]], ["Varsity", "Soccer"]],
];

runPlaceTable("organisations after a frame of affiliation (stop 29 organisations round)", POSITIVES);
runPlaceTable("teams, therapies, public payers, people and products after such frames stay words (stop 29)", NEGATIVES);
