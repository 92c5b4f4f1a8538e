// Why this file exists: the table of the fourteenth clinical round's rules (fixture 11), positives and hard negatives,
// on both engines: HL7 v2 person fields ("PID|...|LAST^FIRST^M|", an ordering provider's "ID^LAST^FIRST") and
// addresses ("|77 QUARRY HILL RD^^BARRE^VT^05641|"); lower-case
// logins after "entered by" / "signed by" and after a dash closing a flowsheet line; names of common words after a
// title or a role when they close the person's field ("DR. JOY BRIGHT (PRIMARY CARE)", "TRIAGE RN MAY CHRISTIAN.");
// a form's column gap ending a facility's walk back; a rare capitalised word before an organisation's head ("Minuteman
// VNA"); transit authorities and collectives as organisation heads; practices named with a pair of body parts or
// services ("Tidewater Heart & Vascular", "WESTSHORE FOOT AND ANKLE"); a delimited export's "last, first" cell in lower
// case; litres after a number ("6 L. Echo") are no initial.
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const ROUND14: RoundRows = [
  // HL7 v2: the patient's name in PID-5 (family, given, middle initial), in any case, and the next of kin in NK1-2
  // (orgs15: PID-3's identifier before "^^^" and its assigning authority is the MRN, scanHl7Id; these rows had none)
  // (stop 54, hs54b: the assigning authority itself, PID-3's fourth component, is the hospital, hl7Facility54)
  ["PID|1||A7730215^^^MMC^MR||QUINTANILLA^ROSALBA^T||19520314|F",
    [["MRN", "A7730215"], ["LOCATION", "MMC"], ["NAME", "QUINTANILLA^ROSALBA^T"], ["ID", "19520314"]]],
  ["NK1|1|HALVERSEN^DAG|SPO|(555)555-0100", [["NAME", "HALVERSEN^DAG"], ["LOCATION", "SPO"], ["PHONE", "(555)555-0100"]]],
  ["pid|1||58812^^^mrn||mbeki^thandiwe||19800101|f", [["MRN", "58812"], ["NAME", "mbeki^thandiwe"], ["MRN", "19800101"]]],
  // a provider's ID^FAMILY^GIVEN^MIDDLE (the credential after empty components stays out; orgs15: the provider's
  // number before the name is an ID, scanHl7Id)
  ["ORC|RE||X1||||||||4471002^WICKSTROM^HELGA^L^^^MD", [["ID", "4471002"], ["NAME", "WICKSTROM^HELGA^L"]]],
  // coded fields are no names: a test and its name, a message type, a race code, a language outside PID-5
  ["OBR|1||W22|GLU^Glucose^L|||202501011010", [["ID", "202501011010"]]],
  ["OBX|1|CE|RACE^Race||W^White^HL70005||||||F", []],
  ["PID|1||1234^^^H^MR||DOE^JANE||19800101|F|||||||SPA^Spanish^ISO6392",
    [["MRN", "1234"], ["NAME", "DOE^JANE"], ["ID", "19800101"]]],
  // a surname that is a core English word, read before the quiet exits
  ["PID|1||1||DOE^JANE||19490521|F", [["NAME", "DOE^JANE"], ["ID", "19490521"]]],
  // an HL7 address: the house number opens the component, the city, state and postcode follow within the look-ahead
  ["PID|1||1||DOE^JANE||19490521|F|||77 QUARRY HILL RD^^BARRE^VT^05641||(802)555-0177",
    [["NAME", "DOE^JANE"], ["ID", "19490521"], ["LOCATION", "77 QUARRY HILL RD^^BARRE^VT^05641"], ["PHONE", "(802)555-0177"]]],
  ["pid|1||1||roe^ann||19880617|m|||5 harbor view dr^^gloucester^ma^01930||",
    [["NAME", "roe^ann"], ["ID", "19880617"], ["LOCATION", "5 harbor view dr^^gloucester^ma^01930"]]],
  // a caret outside an HL7 segment is no field separator
  ["Seen by Dr. Smith^Jones today.", [["NAME", "Smith"], ["NAME", "Jones"]]],
  // a login glued to a dash closing a flowsheet line; a dash inside a sentence is none
  ["Pt ambulated 200 ft with RW. -kbeaulieu", [["ID", "kbeaulieu"]]],
  ["Chest x -ray ordered today. Wound -clean and dry.", []],
  // a login after "entered by" / "signed by", closing the field; a given name before an initial and a surname is a
  // name, and a test after "documented by" is none
  ["Note entered by tquarles (Tamsin Quarles, RN) at 10:02.", [["ID", "tquarles"], ["NAME", "Tamsin Quarles"]]],
  ["Note entered by tquarles 03/02/2025 10:02", [["ID", "tquarles"], ["DATE", "03/02/2025"]]],
  ["electronically signed by ofelia r. castaneda, md on 4/2/2025", [["NAME", "ofelia r. castaneda"], ["DATE", "4/2/2025"]]],
  ["Response documented by cystoscopy and biopsy.", []],
  // names of common words after a title or a role, closing the field
  ["DR. JOY BRIGHT (PRIMARY CARE) 02/26/2026", [["NAME", "JOY BRIGHT"], ["DATE", "02/26/2026"]]],
  ["TRIAGE RN MAY CHRISTIAN. ASSIGNED TO FAST TRACK.", [["NAME", "MAY CHRISTIAN"]]],
  ["TEE 2/21 (Dr. Hunter Lane): no vegetation.", [["DATE", "2/21"], ["NAME", "Hunter Lane"]]],
  ["DR. ROSE YOUNG (HOSPITALIST) REQUESTED THE CONSULT.", [["NAME", "ROSE YOUNG"]]],
  // an adverb, a possessive, a function word after the name stay words
  ["INJECTIONS BY VNA NURSE PALOMA WEEKLY. DEXA NORMAL.", [["NAME", "PALOMA"]]],
  ["HER SISTER ANANYA'S WEDDING IS IN JUNE.", [["NAME", "ANANYA"], ["DATE", "JUNE"]]],
  ["CALL YOUR DR. IF YOU HAVE FEVER.", []],
  // a form's column gap ends a facility's name: the patient before "HOSPICE DX:" is a name
  ["PATIENT: ELEANOR VANDERMEER   HOSPICE DX: END-STAGE COPD", [["NAME", "ELEANOR VANDERMEER"]]],
  ["Referred to Cape Cod Hospice today.", [["LOCATION", "Cape Cod Hospice"]]],
  // a rare English word capitalised before an organisation's head; transit authorities and collectives
  ["Home care by Minuteman VNA since March.", [["LOCATION", "Minuteman VNA"], ["DATE", "March"]]],
  ["He drives for Hampton Roads Transit.", [["LOCATION", "Hampton Roads Transit"]]],
  ["Art therapy at Zelkova Collective.", [["LOCATION", "Zelkova Collective"]]],
  ["Public transit is limited. A collective decision. Mass Transit.", []],
  // a delimited export's "last, first" cell, quoted or between tabs, in lower case; a diagnosis or a town with its state
  // in a quoted cell is none
  // (stop 46: id46's letterSeven46() reads one letter and seven digits as a record number, here the encounter's id)
  ["encounter_id,patient_name,dob\ne9910240,\"pruitt, shanice\",1999-07-30,\"bhandari, kavya np\",x",
    [["ID", "e9910240"], ["NAME", "pruitt, shanice"], ["DATE", "1999-07-30"], ["NAME", "bhandari, kavya"]]],
  ["time\tpatient\n08:40\tvue, kaylee\tfr121450\tgundersen, lars pa\tkaukauna satellite",
    [["NAME", "vue, kaylee"], ["ID", "fr121450"], ["NAME", "gundersen, lars"], ["LOCATION", "kaukauna"]]],
  ["code,desc\n\"R07.9\",\"chest, pain\",\"knee, left\",x", []],
  // litres after a number are no initial; an initial after a word still is
  ["Diuresed 6 L. Echo 1/7 EF 35%.", [["DATE", "1/7"]]],
  ["Seen by J. Smith today.", [["NAME", "J. Smith"]]],
  // a practice named with a pair of body parts or services after a place, a name or an invented word
  ["Tidewater Heart & Vascular\n880 Kempsville Road", [["LOCATION", "Tidewater Heart & Vascular"], ["LOCATION", "880 Kempsville Road"]]],
  ["Referred by her PA (Valley Spine & Pain).", [["LOCATION", "Valley Spine & Pain"]]],
  ["PODIATRY, JAN 13, WESTSHORE FOOT AND ANKLE, FAX 440-555-0185.",
    [["DATE", "JAN 13"], ["LOCATION", "WESTSHORE FOOT AND ANKLE"], ["FAX", "440-555-0185"]]],
  ["Seen at Summit Bone and Joint Center.", [["LOCATION", "Summit Bone and Joint Center"]]],
  // after English words alone, or in an examination, the pair is the body's
  ["Chronic Foot and Ankle Pain. LEFT FOOT AND ANKLE SWELLING. EXAM: HEART AND LUNGS CLEAR. Heart & Lung sounds normal.", []],
];

runRoundTable("fourteenth clinical round (fixture 11)", ROUND14);
