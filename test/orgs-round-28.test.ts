// Why this file exists: table tests, with hard negatives, for stop 28's organisations round (assembly/names/detect.ts:
// congregation28(), datedAt28(), fromFormerJob28() in afterWorkCue(), the saint's possessive before a lower-case word in
// saintBefore(), a credential on the signer's line in letterheadOrg(), more OCCUPATIONS; word-table heads of employers,
// suppliers, pavilions, shelters, home care, detox, law practices, food banks, senior centres,
// interpreting firms; town feature words "narrows" and "forks"; "loop" as a house-number line's street type):
// congregations named without "Church", the place of a dated event after "at" or "from", former employers after
// "from", a signature's practice, in mixed case, ALL CAPS and lower case. Both engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CITY = "location:city";
const ADDR = "location:address";
const FAC = "location:facility";
const ORG = "location:organization";
const TITLE = "name:title";

// a letter's body, so that a signature below lies past the letterhead rule's first 240 bytes
const LETTER = "Thank you for the referral of this pleasant patient, whom I saw today for follow-up of her diabetes and " +
  "thyroid nodules. We reviewed her home glucose log, adjusted her basal insulin, and ordered a repeat ultrasound in six " +
  "months. Please call with any questions.\n";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a congregation named by its kind word after a church, its clergy or a verb of attending (a saint's name keeps the
  // saint rule's reason, a facility's)
  ["Walks daily with her church group at Grace Lutheran.", [["Grace Lutheran", ORG]], ["church", "group"]],
  ["Message left for her pastor, Rev. Golden of Oakvale First Baptist.",
    [["Golden", TITLE], ["Oakvale First Baptist", ORG]], ["pastor", "Message"]],
  ["Still walks to church (Bethel AME) every week.", [["Bethel AME", ORG]], ["church", "week"]],
  ["PASTOR FR. TIERNAN FROM ST. COLUMBKILLE PARISH VISITED.",
    [["TIERNAN", TITLE], ["ST. COLUMBKILLE PARISH", "location:organization"]], ["PASTOR", "VISITED"]],
  ["Priest from Annunciation Greek Orthodox Cathedral visited.", [["Annunciation Greek Orthodox Cathedral", ORG]], ["Priest", "visited"]],
  ["pastor rev. dana holloway (first congregational of wellfleet) called.",
    [["dana holloway", TITLE], ["first congregational of wellfleet", ORG]], ["pastor", "called"]],
  ["She volunteers at St. Bridget Parish food pantry.", [["St. Bridget Parish", "location:organization"]], ["volunteers", "food"]],
  ["Pastor from Greater Mt. Zion Baptist visited.", [["Greater Mt. Zion Baptist", ORG]], ["Pastor", "visited"]],
  ["She attends First Baptist.", [["First Baptist", ORG]], ["attends"]],
  // (a determiner before the name stays out: "our")
  ["grab bars installed by his church (our savior's lutheran).", [["savior's lutheran", ORG]], ["church", "our"]],
  // a former job's employer after "from"
  ["Retired machinist from Ostrander Tool & Die.", [["Ostrander Tool & Die", ORG]], ["Retired", "machinist"]],
  ["RETIRED SHIPFITTER FROM GALLOWAY DRYDOCK.", [["GALLOWAY DRYDOCK", ORG]], ["RETIRED", "SHIPFITTER"]],
  ["Her husband was let go from Tremont Fabricators last week.", [["Tremont Fabricators", ORG]], ["husband", "last"]],
  // more occupations that name their employer after "at"/"for" without a verb (OCCUPATIONS)
  ["S: PT IS A LINEMAN FOR RIDGEBACK ELECTRIC COOPERATIVE AND WANTS TO RETURN.", [["RIDGEBACK ELECTRIC COOPERATIVE", ORG]], ["LINEMAN", "WANTS"]],
  ["PT WAS A SCHOOLTEACHER AT STONE COUNTY ELEMENTARY FOR 41 YEARS.", [["STONE COUNTY ELEMENTARY", ORG]], ["SCHOOLTEACHER", "YEARS"]],
  ["She is a teller at Harborside Credit Union.", [["Harborside Credit Union", ORG]], ["teller"]],
  // employers and suppliers named after a place, a founder or invented words (word-table heads)
  ["He is a lineman for Ridgeback Electric Cooperative.", [["Ridgeback Electric Cooperative", ORG]], ["lineman"]],
  ["Employer/sponsor: Crestline Semiconductor, engineer.", [["Crestline Semiconductor", ORG]], ["Employer", "engineer"]],
  ["EMPLOYER HOLLOWAY STEEL FABRICATORS NOTIFIED.", [["HOLLOWAY STEEL FABRICATORS", ORG]], ["EMPLOYER", "NOTIFIED"]],
  ["Equipment from Capeside Medical Supply.", [["Capeside Medical Supply", ORG]], ["Equipment"]],
  // the place of a dated event after "at"
  ["Prior PCI 2088 at Kessington.", [["Kessington", FAC]], ["Prior", "PCI"]],
  ["TTE 4/2024 at Quorvale (AVA 1.3).", [["Quorvale", FAC]], ["TTE", "AVA"]],
  ["PRIOR PCI 2088 AT KESSINGTON.", [["KESSINGTON", FAC]], ["PRIOR", "PCI"]],
  // (an organisation's reason before a comma and an acronym, which then stays a word)
  ["Prior delivery 2022 at Abbott Northwestern, SVD.", [["Abbott Northwestern", ORG]], ["SVD", "delivery"]],
  // ... or after "from", with a short name's word
  ["Comparison: CT 03/14/2023 from Riverside Regional.", [["Riverside Regional", FAC]], ["Comparison"]],
  ["COMPARISON: CT JAN 5, 2070 FROM CASTLETON MERCY.", [["CASTLETON MERCY", FAC]], ["COMPARISON"]],
  // a signature's organisation line after the signer's credential (past a letterhead's first 240 bytes)
  [LETTER + "Sincerely,\nHarriet Quimby-Osei, MD\nRavensworth Internal Medicine\n22 Bellflower Court",
    [["Harriet Quimby-Osei", "name:neighbour"], ["Ravensworth Internal Medicine", ORG], ["22 Bellflower Court", ADDR]], ["Sincerely"]],
  [LETTER + "Rafael Ortolano, M.D.\nGreenbriar Family Practice\n40 Chapel Street",
    [["Rafael Ortolano", "name:neighbour"], ["Greenbriar Family Practice", FAC], ["40 Chapel Street", ADDR]], ["Thank"]],
  // pavilions, shelters, respite houses, home care agencies, detox units, open MRI centres, law practices, cold stores
  ["3rd floor of the Haugland Pavilion.", [["Haugland Pavilion", FAC]], ["floor"]],
  ["POSTPARTUM DAY 2 - MAGNOLIA BAY WOMEN'S PAVILION", [["MAGNOLIA BAY WOMEN'S PAVILION", FAC]], ["POSTPARTUM"]],
  ["Pt would prefer respite at Mercy Respite House for IV antibiotics.", [["Mercy Respite House", FAC]], ["prefer"]],
  ["Has been staying at Hope House Women's Shelter on Atlantic Ave.",
    [["Hope House Women's Shelter", "location:organization"], ["Atlantic Ave", ADDR]], ["staying"]],
  ["Aide from Assabet Home Helpers M/W/F.", [["Assabet Home Helpers", ORG]], ["Aide"]],
  ["Transfer to Maplewood Detox planned.", [["Maplewood Detox", FAC]], ["Transfer", "planned"]],
  ["MRI 4/20 at Allenport Open MRI: disc protrusion", [["Allenport Open MRI", FAC]], ["disc"]],
  ["Attorney Byron Talbot, Esq., of Talbot & Quist Elder Law.",
    [["Byron Talbot", "name:neighbour"], ["Talbot & Quist Elder Law", ORG]], ["Attorney"]],
  ["cc: Delancey Cold Storage HR", [["Delancey Cold Storage", ORG]], ["HR"]],
  ["She volunteers at the Merrimack Valley Food Bank.", [["Merrimack Valley Food Bank", ORG]], ["volunteers"]],
  ["Meals from Ashcombe Senior Center.", [["Ashcombe Senior Center", FAC]], ["Meals"]],
  ["Interpreter booked through Pacific Rim Language Services.", [["Pacific Rim Language Services", ORG]], ["Interpreter"]],
  ["Volunteer with Hollybush Fire Company.", [["Hollybush Fire Company", ORG]], ["Volunteer"]],
  // a saint's possessive before a lower-case word
  ["From the St. Anne's group in Dorchester.", [["St. Anne's", FAC], ["Dorchester", CITY]], ["group"]],
  // towns ending in "Narrows" and "Forks", a house-number line ending in "Loop"
  ["Herbal product from a shop in Cedar Narrows.", [["Cedar Narrows", CITY]], ["shop"]],
  ["Home: HC 61 Box 14, Calloway Forks, WV", [["HC 61 Box 14, Calloway Forks, WV", "location:po-box"]], ["Home"]],
  ["Address: 3900 Industrial Loop, Mesquite Flats, AZ", [["3900 Industrial Loop, Mesquite Flats, AZ", ADDR]], ["Address"]],
  ["Lives at 12 Cedar Loop, Easton.", [["12 Cedar Loop, Easton", ADDR]], ["Lives"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a faith, not a congregation: the kind word alone or after a denomination's own words
  ["Lutheran pastor visited today.", [], ["Lutheran", "pastor"]],
  ["She attends United Methodist services.", [], ["United", "Methodist"]],
  ["Pastor called; Pt attends Greek Orthodox services.", [], ["Greek", "Orthodox"]],
  ["LUTHERAN PASTOR VISITED TODAY.", [], ["LUTHERAN", "PASTOR"]],
  // (lower case: "southern" is a denomination's own word; "baptist" alone keeps an older weak surname guess, 0.40)
  ["her pastor says she is southern baptist", [["baptist", "name:dictionary"]], ["southern", "pastor"]],
  // no church, clergy or attending before the name
  ["Supports: Eastern Parkway Tabernacle members bring meals.", [], ["Tabernacle"]],
  // a facility's head after the kind word is the facility rule's; a parish that is a county stays one
  ["Transferred to Methodist Hospital; pastor aware.", [["Methodist Hospital", FAC]], ["pastor"]],
  ["She attends First Baptist Church of Salem.", [["First Baptist Church of Salem", ORG]], ["attends"]],
  ["He lives in Orleans Parish with his wife.", [["Orleans Parish", "location:county"]], ["lives", "wife"]],
  // no former job before "from", or no name after it
  ["A machinist from Ohio.", [["Ohio", "location:state"]], ["machinist"]],
  ["Retired from teaching in 2010.", [], ["Retired", "teaching"]],
  ["He was laid off from work in May.", [], ["work"]],
  // the heads alone or after English words; an occupation before a place that is no employer
  ["Call Medical Supply for a walker.", [], ["Medical", "Supply"]],
  ["He is a server at the hospital.", [], ["server", "hospital"]],
  ["She was a greeter at church on Sundays.", [], ["greeter", "church"]],
  ["He worked at the shipyard for 30 years.", [], ["shipyard"]],
  ["Joined an Electric Cooperative.", [], ["Electric", "Cooperative"]],
  // a dated value at a time or state, a titled person, a unit
  ["Pain 4/10 at Rest.", [], ["Rest"]],
  ["Hgb 7.2 on 3/4 at Baseline.", [], ["Baseline"]],
  ["Seen 2/3 at Dr. Wu's office.", [["Wu", TITLE]], ["office"]],
  ["Lasix 40 mg at Bedtime.", [], ["Bedtime"]],
  ["Started 2019 at Lisinopril 10 mg.", [], ["Lisinopril"]],
  ["Restarted 3/2024 at Metoprolol 25 mg.", [], ["Metoprolol"]],
  ["PAIN 4/10 AT REST.", [], ["REST"]],
  ["hgb 7.2 on 3/4 at baseline.", [], ["baseline"]],
  ["CT 2088 at Kessington General Hospital showed no bleed.", [["Kessington General Hospital", FAC]], ["showed"]],
  // a signature's line of English words is a job or a department, no organisation
  [LETTER + "Sincerely,\nHarriet Quimby-Osei, MD\nInternal Medicine\n22 Bellflower Court",
    [["Harriet Quimby-Osei", "name:neighbour"], ["22 Bellflower Court", ADDR]], ["Internal", "Medicine"]],
  ["Jane Roe, MD\nChief Resident\n12 Main St", [["Jane Roe", "name:neighbour"], ["12 Main St", ADDR]], ["Chief", "Resident"]],
  // the new heads alone or after English words
  ["Seen in the Surgical Pavilion.", [], ["Surgical", "Pavilion"]],
  ["Referred to a women's shelter.", [], ["shelter"]],
  ["Admitted to Inpatient Detox.", [], ["Inpatient", "Detox"]],
  ["Discussed Elder Law options.", [], ["Elder", "Law"]],
  ["Needs an Open MRI.", [], ["Open", "MRI"]],
  ["Stored in Cold Storage.", [], ["Cold", "Storage"]],
  ["Called Interpreter Services.", [], ["Interpreter", "Services"]],
  ["Went to the Senior Center.", [], ["Senior", "Center"]],
  ["Referred to the Food Bank.", [], ["Food", "Bank"]],
  ["Attends Adult Day Health.", [], ["Adult", "Day"]],
  // a dated value from a service or an unnamed hospital
  ["Labs 2/4 from General Anesthesia.", [], ["General", "Anesthesia"]],
  ["CT 3/14/2023 from Outside Hospital.", [], ["Outside", "Hospital"]],
  // a saint's herb, a hospital with its head
  ["St. John's wort daily.", [], ["John", "wort"]],
  ["Admitted to St. Mary's Hospital.", [["St. Mary's Hospital", FAC]], ["Admitted"]],
  // a loop that is no street, narrows that are no town
  ["Placed a 2 cm loop.", [], ["loop"]],
  ["The lumen narrows in Distal segments.", [], ["narrows"]],
  // a drug class before "Drug" ("drug" was tried as a head and dropped: clinical adjectives no list has pass as a
  // founder's word)
  ["Antiepileptic Drug Level pending.", [], ["Antiepileptic", "Drug"]],
  ["History of Illicit Drug Use.", [], ["Illicit", "Drug"]],
];

runPlaceTable("congregations, former employers and dated places of the stop 28 organisations round", POSITIVES);
runPlaceTable("faiths, jobs, dated values and heads alone stay words (stop 28 organisations round)", NEGATIVES);
