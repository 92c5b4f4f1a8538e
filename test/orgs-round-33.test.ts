// Why this file exists: table tests, with hard negatives, for the stop 33 organisations round (org33): armed services,
// a state's public agencies, a firm before its representative, and a firm's or hospital's word alone after a word of
// where in a supplier's or a laboratory's clause, in mixed case, ALL CAPS and lower case; and the words in the same
// frames that stay words ("navy blue", "sales rep", "sent to PACU", "O2 VIA NRB"). Both engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const SERVICES: ReadonlyArray<PlaceCase> = [
  // (stop 57, oh57: the installation is found whole now, militaryBase57h(); fixture 19 labels "Naval Station Norfolk")
  ["Her father is deployed with US Navy (Naval Station Norfolk) until December.",
    [["US Navy", ORG], ["Naval Station Norfolk", "location:facility"]], ["father", "deployed"]],
  ["HE SERVED IN THE US ARMY (ARTILLERY) AND SHOWS NO DEFICIT.", [["US ARMY", ORG]], ["SERVED", "ARTILLERY"]],
  ["Husband is in the Coast Guard, stationed in Maine.", [["Coast Guard", ORG], ["Maine", "location:state"]], ["Husband"]],
  ["He served in the Army National Guard for six years.", [["Army National Guard", ORG]], ["served", "six"]],
  ["HUSBAND RETIRED FROM THE AIR FORCE IN 2090.", [["AIR FORCE", ORG]], ["HUSBAND", "RETIRED"]],
  ["husband is in the coast guard and travels often.", [["coast guard", ORG]], ["husband", "travels"]],
  // hard negatives: a colour, a crowd, the pronoun before a word
  ["She wore navy blue scrubs; the army of volunteers helped.", [], ["navy", "army"]],
  ["He works at home and told us navy beans were his favourite.", [], ["home", "us", "navy"]],
];

const AGENCIES: ReadonlyArray<PlaceCase> = [
  ["Kinship care via WV DHHR (CPS worker on file).", [["WV DHHR", ORG]], ["Kinship", "CPS"]],
  ["INCIDENT REPORT TO PA DOH NOT REQUIRED.", [["PA DOH", ORG]], ["INCIDENT", "REQUIRED"]],
  ["Serology sent to CDC via Texas DSHS today.", [["CDC", FAC], ["Texas DSHS", ORG]], ["Serology", "today"]],
  ["DMV form filed with Delaware DMV.", [["Delaware DMV", ORG]], ["form"]],
  ["Insurance: Arkansas Medicaid, renewal due.", [["Arkansas Medicaid", ORG]], ["Insurance", "renewal"]],
  ["Care managed through NYS OMH clinic.", [["NYS OMH", ORG]], ["Care", "clinic"]],
  // hard negative: a state code that is an English word in ALL CAPS
  ["LIVES IN DSS HOUSING PER CASE MANAGER.", [], ["LIVES", "IN", "HOUSING"]],
];

const FIRMS: ReadonlyArray<PlaceCase> = [
  // a firm before its representative
  // (in ALL CAPS and lower case; a capitalised firm in mixed case is left, see docs/names-rounds.md "Stop 33")
  ["PUMP REPLACED BY OMNIPOD REP TODAY.", [["OMNIPOD", ORG]], ["PUMP", "REP"]],
  ["pump replaced by omnipod rep today. pt agrees with plan.", [["omnipod", ORG]], ["pump", "rep"]],
  ["ICD INTERROGATION (MEDTRONIC REP ON SITE): NO EVENTS.", [["MEDTRONIC", ORG]], ["ICD", "REP", "SITE"]],
  // a supplier's or a laboratory's clause before "via", "from", "to"
  ["Recommend NPWT at 125 mmHg via KCI; low air loss mattress.", [["KCI", ORG]], ["NPWT", "mattress"]],
  ["Wound vac from Zorvex, unit serial pending.", [["Zorvex", ORG]], ["Wound", "unit"]],
  ["FISH SENT TO NEOGENX (REF 44).", [["NEOGENX", ORG]], ["FISH", "SENT", "REF"]],
  // the reference's label after the firm's comma stays a word (it had been read as a name's credential)
  ["PRIOR AUTH SUBMITTED TO ZORBEX, REF PA-7719024.", [["ZORBEX", ORG]], ["AUTH", "REF"]],
  // a hospital's initialism after "at" or "to" in mixed case
  ["Prior MBS at HPRMC in August showed mild penetration.", [["HPRMC", FAC]], ["MBS", "August"]],
  ["Return to ED at OVMC if worse.", [["OVMC", FAC]], ["Return", "ED", "worse"]],
  // hard negatives: English words or a care setting in the same frames
  ["The sales rep left samples; drug rep visit declined.", [], ["sales", "drug", "rep"]],
  ["Labs sent to PACU with the patient.", [], ["Labs", "PACU"]],
  ["O2 VIA NRB, SATS 94%.", [], ["NRB", "SATS"]],
  ["Pt works at home; retired from teaching; takes it by mouth; came through the ED.", [], ["home", "teaching", "mouth", "ED"]],
  ["Labs sent via MyChart message today.", [], ["MyChart", "message"]],
  ["Local anesthesia with 1% lidocaine.", [], ["Local", "lidocaine"]],
];

runPlaceTable("armed services (stop 33 organisations round)", SERVICES);
runPlaceTable("a state's public agencies (stop 33 organisations round)", AGENCIES);
runPlaceTable("firms before their rep and after a supplier's word of where (stop 33 organisations round)", FIRMS);
