// Why this file exists: table tests, with hard negatives, for the stop 39 places round (loc39), read from the LOCATION
// tokens of fixtures 20-26 in their three cases that no finding covered: a town of core English words right after a
// facility's, a firm's or a street's comma, or a facility's spaced dash, closing its phrase ("FROM HOLLOWAY MEMORIAL
// HOSPITAL, ELGIN (", "..., SHOW LOW.", "TRELLIS LABORATORIES - GRAND JUNCTION   CLIENT", "4417 cooper rd, blue ash."),
// joined to the facility's span (the facility's initials come from the words before the comma or dash); and in ALL
// CAPS a facility's name of capitals after a form's label opening its line
// ("SENDING: BLUE MESA HOSPITAL, BLANDING, UT"); a hospital's one or two words no list has, or an eponym's hospital, after a
// care verb's "at"/"to"/"from" ("transferred to Lahey for cath", "SEEN AT OCHSNER LAST YEAR"). Both engines. Names
// and places are made up (the towns are real towns' names, as the rule is about them).
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const FAC = "location:facility";
const ORG = "location:organization";
const CITY = "location:city";
const ADDR = "location:address";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a town after a facility's comma, before a bracket, in the three cases
  ["COMPARISON: CT CHEST 02/11/2098 FROM HOLLOWAY MEMORIAL HOSPITAL, ELGIN (IMAGES PUSHED).",
    [["HOLLOWAY MEMORIAL HOSPITAL, ELGIN", FAC]], ["COMPARISON", "IMAGES", "PUSHED"]],
  ["Comparison: CT chest 02/11/2098 from Holloway Memorial Hospital, Elgin (images pushed).",
    [["Holloway Memorial Hospital, Elgin", FAC]], ["Comparison", "images", "pushed"]],
  ["comparison: ct chest 02/11/2098 from holloway memorial hospital, elgin (images pushed).",
    [["holloway memorial hospital, elgin", FAC]], ["comparison", "images", "pushed"]],
  // closing the line; closing before a period (a town of two core words)
  ["Records from Tallbrook Comprehensive Cancer Center, Buffalo\nReviewed today.",
    [["Tallbrook Comprehensive Cancer Center, Buffalo", FAC]], ["Records", "Reviewed", "today"]],
  ["SEEN AT QUILLON REGIONAL MEDICAL CENTER, SHOW LOW. RECOMMENDED REST.",
    [["QUILLON REGIONAL MEDICAL CENTER, SHOW LOW", FAC]], ["SEEN", "RECOMMENDED", "REST"]],
  ["seen at quillon regional medical center, show low. recommended rest.",
    [["quillon regional medical center, show low", FAC]], ["seen", "recommended", "rest"]],
  // a street's type as the town's last word
  ["wic program, larkspur county clinic, rock springs\ndate 3-14",
    [["larkspur county clinic, rock springs", FAC]], ["wic", "program", "date"]],
  ["WIC PROGRAM, LARKSPUR COUNTY CLINIC, ROCK SPRINGS\nDATE 3-14",
    [["LARKSPUR COUNTY CLINIC, ROCK SPRINGS", FAC]], ["WIC", "PROGRAM", "DATE"]],
  // after a firm's comma; after a spaced dash before a column gap
  ["EMPLOYER: TRI-STATE CONTAINER CORP, WHEELING\nCLAIMANT: SEE ABOVE",
    [["TRI-STATE CONTAINER CORP, WHEELING", ORG]], ["EMPLOYER", "CLAIMANT", "ABOVE"]],
  ["PERFORMING LAB: TRELLIS LABORATORIES - GRAND JUNCTION   CLIENT # 4471",
    [["TRELLIS LABORATORIES - GRAND JUNCTION", ORG]], ["PERFORMING", "CLIENT"]],
  // a site's word closes the town's phrase and stays out of it
  ["Quarry Eye Institute — Murray office\nDate: 3/4", [["Quarry Eye Institute", ORG], ["Murray", CITY]], ["office", "Date"]],
  // after a street's comma with no ZIP: every word a place's, a name's or one no list has
  ["lives at 4417 cooper rd, blue ash.\nno stairs", [["4417 cooper rd, blue ash", ADDR]], ["lives", "stairs"]],
  // in ALL CAPS a facility's name after a form's label opening its line
  ["SENDING: BLUE MESA HOSPITAL, BLANDING, UT - DR. LAVERKIN",
    [["BLUE MESA HOSPITAL, BLANDING, UT", FAC], ["LAVERKIN", "name:title"]], ["SENDING"]],
  // a hospital's one or two words no list has (or an eponym's hospital) after a care verb's "at"/"to"/"from"
  ["Plan: transferred to Lahey for cath.", [["Lahey", FAC]], ["Plan", "transferred", "cath"]],
  ["She was seen at Ochsner last year.", [["Ochsner", FAC]], ["seen", "last", "year"]],
  ["SEEN AT OCHSNER LAST YEAR.", [["OCHSNER", FAC]], ["SEEN", "LAST", "YEAR"]],
  ["plan: transferred to lahey for cath.", [["lahey", FAC]], ["plan", "transferred", "cath"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a department, a unit, a campus after the facility's comma
  ["Seen at Mercy Hospital, Emergency Department.", [["Mercy Hospital", FAC]], ["Emergency", "Department"]],
  ["Seen at Mercy Hospital, Main Campus.", [["Mercy Hospital", FAC]], ["Main", "Campus"]],
  ["Kestrel Memorial Hospital, Bldg C.", [["Kestrel Memorial Hospital", FAC]], ["Bldg"]],
  // a service of medical shape; a service's words after a dash (no place's, name's or unknown word among them)
  ["KESTREL MEMORIAL MEDICAL CENTER, NEURODIAGNOSTICS\nEEG REPORT", [["KESTREL MEMORIAL MEDICAL CENTER", FAC]], ["NEURODIAGNOSTICS", "REPORT"]],
  ["Harbor Health Plan - Utilization Management\nDate: 3/4", [["Harbor Health Plan", ORG]], ["Utilization", "Management"]],
  ["Kestrel Memorial Hospital - Discharge Summary\nAdmitted 3/1", [["Kestrel Memorial Hospital", FAC]], ["Discharge", "Summary"]],
  ["LINDEN RIDGE HEALTH CARE - DECLINED, NO BEDS", [["LINDEN RIDGE HEALTH CARE", FAC]], ["DECLINED", "BEDS"]],
  // an occupation or a verb after the comma
  ["Employer: Crestline Semiconductor, process engineer.", [["Crestline Semiconductor", ORG]], ["process", "engineer"]],
  ["Mount Olive AME Church, visited weekly by her pastor.", [["Mount Olive AME Church", ORG]], ["visited", "weekly", "pastor"]],
  ["lives at 12 oak st, lives alone.", [["12 oak st", ADDR]], ["alone"]],
  // a person after the facility's comma (a given name and a surname)
  ["Referred by Dr. Ames, Kestrel Family Clinic, Jane Doerr, RN.",
    [["Ames", "name:title"], ["Kestrel Family Clinic", FAC], ["Jane Doerr", "name:neighbour"]], ["Referred", "RN"]],
  // a works' word after the town: the clause goes on, no town ("TOLEDO" stays the names' guess, as before)
  ["EMPLOYER: BRAXTON GLASS CORP, TOLEDO PLANT\nEXAM DATE", [["BRAXTON GLASS CORP", ORG], ["TOLEDO", "name:dictionary"]], ["PLANT", "EXAM"]],
  // a form's label before words that name no place
  ["DISPOSITION: OUTSIDE HOSPITAL.", [], ["OUTSIDE", "HOSPITAL"]],
  ["HX: STATE HOSPITAL, 1990", [], ["STATE", "HOSPITAL"]],
  ["DISPOSITION: HOME WITH SERVICES\nFOLLOW-UP", [], ["HOME", "SERVICES"]],
  // a service, a unit, a drug or a clinic's service word after a care verb's preposition
  ["TRANSFERRED TO FLOOR.", [], ["FLOOR"]],
  ["Transferred to Medicine.", [], ["Medicine"]],
  ["Seen at Urgent Care yesterday.", [], ["Urgent", "Care"]],
  ["Followed at Coumadin clinic monthly.", [], ["Coumadin", "clinic"]],
  ["Transferred to Lovenox for bridging.", [], ["Lovenox"]],
  ["seen at picu rounds", [], ["picu"]],
  ["Switched to XARELTO, then admitted to NSICU.", [], ["XARELTO", "NSICU"]],
];

runPlaceTable("stop 39 places: towns after a facility's comma or dash, labelled facilities in ALL CAPS", POSITIVES);
runPlaceTable("stop 39 places: hard negatives", NEGATIVES);
