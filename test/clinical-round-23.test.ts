// Why this file exists: table tests, with hard negatives, for clinical round 23 (stop 32), read from fixture 20's
// misses: a hospital named by English words and a tail word after a word of where ("at Skunk River Medical", "from
// Virgin River Regional"), initials closing a line after a dictation's clock or a scribe's label ("TRANSCRIBED
// 12/04/2094 10:55 DLP", "scribe: bjh"), streets without a number after a home's word and "on"/"off" in ALL CAPS and
// lower case ("AT HOME ON SOUNDSIDE DR."), ages over 89 alone in brackets with "yrs" or after a relative ("(94 YRS)",
// "WIFE VERNA (91)"), and registry and serial cues ("UNOS TXF9271", "serials 2231XK418"). Both engines. Names, places
// and numbers are made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const FAC = "location:facility";
const INI = "name:initial";
const ADDR = "location:address";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a hospital's English words and its tail word after "at", "from", "to", "per", "via"
  ["She was seen at Skunk River Medical on 9/28 for a fall.", [["Skunk River Medical", FAC]], ["fall"]],
  ["He was admitted from Virgin River Regional on 5/2.", [["Virgin River Regional", FAC]], ["admitted"]],
  ["Records per Three Rivers Memorial were reviewed.", [["Three Rivers Memorial", FAC]], ["Records", "reviewed"]],
  ["Transferred to Copper Basin General, ICU bed 4.", [["Copper Basin General", FAC]], ["Transferred"]],
  ["Infusions at Mercy James Regional infusion suite", [["Mercy James Regional", FAC]], ["infusion"]],
  ["INTERVAL: ADMITTED AT DIXIE VALLEY REGIONAL FOR MILD REJECTION", [["DIXIE VALLEY REGIONAL", FAC]], ["INTERVAL", "REJECTION"]],
  ["pt seen at dixie valley memorial on 3/4", [["dixie valley memorial", FAC]], ["seen"]],
  // a name the organisation rule takes before "Medical" (a supplier, a practice) stays its organisation
  ["INTERVAL: ADMITTED AT DIXIE VALLEY MEDICAL FOR MILD REJECTION", [["DIXIE VALLEY MEDICAL", "location:organization"]], ["INTERVAL"]],
  ["home O2 from Breathwell Medical. Hospitalized in May.", [["Breathwell Medical", "location:organization"]], ["Hospitalized"]],
  // initials closing the line after a dictation's date and clock, or after a scribe's label
  ["Dictated 3/9/2091 14:02 kjb", [["kjb", INI]], ["Dictated"]],
  ["Tamsin Okafor-Lund, MD   scribe: bjh", [["Tamsin Okafor-Lund", "name:neighbour"], ["bjh", INI]], ["scribe"]],
  // in ALL CAPS and lower case, a street without its number after a home's word and "on"/"off", or "resident of"
  ["WATCHING THEIR SON AT HOME ON SOUNDSIDE DR. HE WORKS", [["SOUNDSIDE DR", ADDR]], ["HOME", "WORKS"]],
  ["A TWO-STORY CABIN OFF KALIFORNSKY BEACH RD, 14 STEPS TO BEDROOM", [["KALIFORNSKY BEACH RD", ADDR]], ["CABIN", "OFF", "STEPS"]],
  ["HOUSE ON PINE RIDGE DR WITH HIS WIFE", [["PINE RIDGE DR", ADDR]], ["HOUSE", "WIFE"]],
  ["she rents a cabin off kalifornsky beach rd.", [["kalifornsky beach rd", ADDR]], ["cabin", "off"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // generic, department and practice words before a tail word name a kind of hospital or a service
  ["He was transferred to General Medical floor.", [], ["General", "Medical"]],
  ["Seen at University Medical for a second opinion.", [], ["University", "Medical"]],
  ["Referred to Internal Medical clinic.", [], ["Internal", "Medical"]],
  ["Admitted to Step Down Medical overnight.", [], ["Step", "Medical"]],
  ["Sent to Pulmonary Regional follow-up.", [], ["Pulmonary", "Regional"]],
  ["RETURN TO WORK MEDICAL CLEARANCE GIVEN", [], ["WORK", "MEDICAL", "CLEARANCE"]],
  ["He went to the Regional office.", [], ["Regional", "office"]],
  ["Closed since Memorial Day weekend.", [], ["weekend"]],
  // a tail word before a facility's head or a capitalised word is the older rules' name
  ["She works at Skunk River Regional Medical Center.", [["Skunk River Regional Medical Center", "location:organization"]], ["works"]],
  // in ALL CAPS and lower case, English words alone name no hospital
  ["SEEN AT HIGH PLAINS REGIONAL.", [], ["HIGH", "PLAINS"]],
  ["went to the gym at high plains regional", [], ["gym", "plains"]],
  // a clock's meridiem, a credential and a listed word after a dictation's clock stay words
  ["Transcribed on 12/04/2094 at 10:55 AM", [], ["AM"]],
  ["Signed 10/4/2094 10:55 RN", [], ["RN"]],
  ["typed 10/4/2094 10:55 pm", [], ["pm"]],
  ["Vitals at 10:55 HR", [], ["HR"]],
  ["scribe: yes", [], ["yes"]],
  // a home's "on" before a title, a treatment or a determiner names no street
  ["AT HOME ON DR. SMITH'S ADVICE", [["SMITH", "name:title"]], ["HOME"]],
  ["AT HOME ON OXYGEN AND BED REST.", [], ["OXYGEN", "REST"]],
  ["stays home on the main road.", [], ["main", "road"]],
  ["HE IS OFF WORK UNTIL FRIDAY", [], ["WORK"]],
];

runPlaceTable("clinical round 23: hospitals by their words and a tail word after 'at', initials after a dictation's clock", POSITIVES);
runPlaceTable("clinical round 23: generic words before a tail, 'Memorial Day', English words in caps, clock words", NEGATIVES);

const SCANS: ReadonlyArray<TypedCase> = [
  // an age word alone in brackets, over 89
  ["DOB 6/30/2001 (94 YRS)   MRN BB004412", [["6/30/2001", "DATE"], ["94", "AGE"], ["BB004412", "MRN"]], ["YRS"]],
  ["Ida Feld (96 yrs) lives alone", [["Ida Feld", "NAME"], ["96", "AGE"]], ["lives"]],
  ["smoked for years (40 yrs) and quit", [], ["40"]],
  // a bare age in brackets after a relative, a name between or not, over 89
  ["FAMILY: WIFE VERNA (91) STAYING WITH NEIGHBORS", [["VERNA", "NAME"], ["91", "AGE"]], ["STAYING"]],
  ["her mother (94) lives with her", [["94", "AGE"]], ["mother"]],
  ["HR (92) regular, Glucose (101) fasting", [], ["92", "101"]],
  ["wife Mary (86) drives him", [["Mary", "NAME"]], ["86"]],
  // initials after a dictation's date and clock (every type on: with dates off, the phone scanner reads "12/04/2094 10")
  ["READ BY: AUGUSTUS VAN HORNE, MD   TRANSCRIBED 12/04/2094 10:55 DLP", [["AUGUSTUS VAN HORNE", "NAME"], ["12/04/2094", "DATE"], ["DLP", "NAME"]], ["TRANSCRIBED"]],
  // registry and serial cues
  ["MRN IZT-00418829   UNOS TXF9271   DOB 08/19/1971", [["IZT-00418829", "MRN"], ["TXF9271", "ID"], ["08/19/1971", "DATE"]], ["UNOS"]],
  ["Donor ID AGAF412 via the OPO", [["AGAF412", "ID"]], ["Donor"]],
  // (stop 33, loc33: the pair's second serial is PHI too and is now found, secondSerial33; this row listed the first only)
  ["current aids, serials 2231XK418 / 2231XK419", [["2231XK418", "DEVICE"], ["2231XK419", "DEVICE"]], ["aids"]],
  ["UNOS status 1A, donor #1 accepted", [], ["status", "1A"]],
];

runTypedTable("clinical round 23: ages in brackets, registry and serial cues", ["AGE", "ID", "MRN", "DEVICE", "NAME", "DATE"], SCANS);
