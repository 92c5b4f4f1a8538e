// Why this file exists: table tests, with hard negatives, for the stop 36 organisations round (org36): a health system's,
// a payer's or a practice's own words before "Health" alone ("Passport Health", "PEOPLES HEALTH", "Calderbrook
// Community Health") after a frame of where, a payer's or an employer's label, a bracket or a field's start, and a
// hospital's or a firm's hyphenated double name after "at", "from" or a verb's "to" ("delivery at Wentworth-Douglass"),
// in mixed case and ALL CAPS (healthHead36, hyphenPlace36 in assembly/names/detect.ts). Both engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a word of where, the clause closing after "Health"
  ["He saw a travel clinic at Lantern Health in May.", [["Lantern Health", ORG]], ["travel", "clinic", "May"]],
  ["HE SAW A TRAVEL CLINIC AT LANTERN HEALTH IN MAY.", [["LANTERN HEALTH", ORG]], ["TRAVEL", "CLINIC", "MAY"]],
  ["Compliance data is due for Beacon Health; no driving until then.", [["Beacon Health", ORG]], ["Compliance", "driving"]],
  ["ANGIOGRAM AT DELTA HEALTH ON 3/17.", [["DELTA HEALTH", ORG]], ["ANGIOGRAM"]],
  // a payer's or an employer's label
  ["Coverage: Lantern Health / county plan.", [["Lantern Health", ORG]], ["Coverage", "county", "plan"]],
  ["COVERAGE: LANTERN HEALTH / COUNTY PLAN.", [["LANTERN HEALTH", ORG]], ["COVERAGE", "COUNTY", "PLAN"]],
  ["Employer: Lantern Health", [["Lantern Health", ORG]], ["Employer"]],
  ["MEDICARE PRIMARY, SECONDARY LANTERN HEALTH LH5518204.", [["LANTERN HEALTH", ORG]], ["MEDICARE", "SECONDARY"]],
  // a bracket, a kind's word between the name and "Health" (typed as the facility walk types it)
  ["INSURANCE VERIFIED (BRAMBLEWOOD MUTUAL HEALTH, MEMBER BMH4418).", [["BRAMBLEWOOD MUTUAL HEALTH", FAC]], ["INSURANCE", "MEMBER"]],
  // a form's column gap
  ["EXAMINER: R. OSEI, FNP   CALDERWICK COMMUNITY HEALTH   DATE 07/28/2092",
    [["R. OSEI", "name:neighbour"], ["CALDERWICK COMMUNITY HEALTH", FAC]], ["EXAMINER", "FNP", "DATE"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a state of health, a topic, a population or a place of care before "Health"
  ["PATIENT IS IN GOOD HEALTH.", [], ["GOOD", "HEALTH"]],
  ["LIMITED BY POOR HEALTH.", [], ["POOR", "HEALTH"]],
  ["DECLINE DUE TO FAILING HEALTH.", [], ["FAILING", "HEALTH"]],
  ["RETURNED TO BASELINE HEALTH.", [], ["BASELINE", "HEALTH"]],
  ["Referred to Employee Health.", [], ["Employee", "Health"]],
  ["REFERRED TO EMPLOYEE HEALTH.", [], ["EMPLOYEE", "HEALTH"]],
  ["Referred to Behavioral Health.", [], ["Behavioral", "Health"]],
  ["REFERRED TO BEHAVIORAL HEALTH.", [], ["BEHAVIORAL", "HEALTH"]],
  ["Follow up with Women's Health.", [], ["Women's", "Health"]],
  ["REFERRED TO MENTAL HEALTH.", [], ["MENTAL", "HEALTH"]],
  ["REFERRED TO BONE HEALTH.", [], ["BONE", "HEALTH"]],
  ["REPORTED TO PUBLIC HEALTH.", [], ["PUBLIC", "HEALTH"]],
  ["REPORTED TO COUNTY HEALTH.", [], ["COUNTY", "HEALTH"]],
  ["Referred to Travel Health.", [], ["Travel", "Health"]],
  ["SEEN AT HOME HEALTH.", [], ["HOME", "HEALTH"]],
  ["COVERAGE: MEDICAID / HOME HEALTH.", [], ["MEDICAID", "HOME", "HEALTH"]],
  ["Visit conducted via Virtual Health.", [], ["Virtual", "Health"]],
  ["(Mental Health)", [], ["Mental", "Health"]],
  // a verb after "to", one core word at a field's start (a heading), a plan's verb after its label
  ["EXERCISE TO IMPROVE HEALTH.", [], ["IMPROVE", "HEALTH"]],
  ["Walking daily to Improve Health.", [], ["Improve", "Health"]],
  ["Spiritual Health\nAttends church weekly.", [], ["Spiritual", "Health"]],
  ["SPIRITUAL HEALTH\nATTENDS CHURCH WEEKLY.", [], ["SPIRITUAL", "HEALTH"]],
  ["MATERNAL HEALTH\nG2P1", [], ["MATERNAL", "HEALTH"]],
  ["PLAN: MAINTAIN HEALTH.", [], ["MAINTAIN", "HEALTH"]],
  ["Plan: Optimize Health", [], ["Optimize", "Health"]],
  // an adverb before the name is none of it (the name itself is another rule's)
  ["(FORMERLY TRINITY HEALTH)", [["TRINITY HEALTH", FAC]], ["FORMERLY"]],
  // a heading's dash after "Health" leaves the longer name to the facility walk
  ["AT DELTA HEALTH - THE MEDICAL CENTER.", [["DELTA HEALTH - THE MEDICAL CENTER", FAC]], []],
];

const HYPHEN_POSITIVES: ReadonlyArray<PlaceCase> = [
  // a hospital's or a firm's double name after "at", "from" or a verb's "to", the phrase closing after it
  ["Plans delivery at Wentworth-Douglass this time.", [["Wentworth-Douglass", FAC]], ["delivery", "time"]],
  ["PLANS DELIVERY AT WENTWORTH-DOUGLASS THIS TIME.", [["WENTWORTH-DOUGLASS", FAC]], ["DELIVERY", "TIME"]],
  ["Prior admission at Ashworth-Kell in 2019.", [["Ashworth-Kell", FAC]], ["admission"]],
  ["PRIOR ADMISSION AT ASHWORTH-KELL IN 2019.", [["ASHWORTH-KELL", FAC]], ["ADMISSION"]],
  ["Prior admission at Arbour-HRI in 2019.", [["Arbour-HRI", FAC]], ["admission"]],
  ["Mother to drive to Pellingham-Fairview (10 min).", [["Pellingham-Fairview", FAC]], ["Mother", "drive"]],
  ["MOTHER TO DRIVE TO PELLINGHAM-FAIRVIEW (10 MIN).", [["PELLINGHAM-FAIRVIEW", FAC]], ["MOTHER", "DRIVE"]],
  ["Low air loss mattress ordered from Quillby-Rom.", [["Quillby-Rom", ORG]], ["mattress", "ordered"]],
];

const HYPHEN_NEGATIVES: ReadonlyArray<PlaceCase> = [
  // core English compounds of care
  ["Seen at Follow-Up today.", [], ["Follow-Up"]],
  ["SEEN AT FOLLOW-UP.", [], ["FOLLOW-UP"]],
  ["Transferred to Step-Down.", [], ["Step-Down"]],
  ["TRANSFERRED TO STEP-DOWN.", [], ["STEP-DOWN"]],
  ["Presented at Walk-In clinic.", [], ["Walk-In"]],
  ["Seen at Check-In.", [], ["Check-In"]],
  ["Admitted at Non-Invasive unit.", [], ["Non-Invasive"]],
  // an eponym's pair: no frame of where, three parts, or its scale's word after it
  ["Weakness progressed to Guillain-Barre.", [], ["Guillain-Barre"]],
  ["DUE TO GUILLAIN-BARRE.", [], ["GUILLAIN-BARRE"]],
  ["Rash consistent with Stevens-Johnson.", [], ["Stevens-Johnson"]],
  ["Converted to Roux-en-Y.", [], ["Roux-en-Y"]],
  ["Patient at Tanner-Whitehouse stage 3.", [], ["Tanner-Whitehouse"]],
  // a core English half leaves the pair to other rules ("Shop-Rite" is the employer rule's, test/names.test.ts)
  ["Transferred at Market-Fenwick today.", [], ["Market-Fenwick"]],
  ["Seen at Shop-Quillby today.", [], ["Shop-Quillby"]],
  // a town before its state is the place rules' (stop 34's "Pt from Wilkes-Barre, PA." keeps its city)
  ["Pt from Quillby-Marne, PA.", [["Quillby-Marne, PA", "location:address"]], []],
  // a possessive is a household's, no facility
  ["He lives at Ortiz-Bell's house.", [], ["house"]],
  // a firm of founders after a stint stays affiliationOrg()'s finding, typed as before
  ["Spent a year at Weeks-Rivas as an analyst.", [["Weeks-Rivas", ORG]], ["Spent", "analyst"]],
];

runPlaceTable("a name before \"Health\" alone after a frame (stop 36)", POSITIVES);
runPlaceTable("a hospital's or a firm's hyphenated double name after a frame of where (stop 36)", HYPHEN_POSITIVES);
runPlaceTable("compounds of care and eponyms' pairs stay words (stop 36)", HYPHEN_NEGATIVES);
runPlaceTable("states, topics and kinds of health stay words (stop 36)", NEGATIVES);
