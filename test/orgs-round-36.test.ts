// Why this file exists: table tests, with hard negatives, for the stop 36 organisations round (org36): a health system's,
// a payer's or a practice's own words before "Health" alone ("Passport Health", "PEOPLES HEALTH", "Calderbrook
// Community Health") after a frame of where, a payer's or an employer's label, a bracket or a field's start, in mixed
// case and ALL CAPS (healthHead36 in assembly/names/detect.ts). Both engines. Names are made up.
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

runPlaceTable("a name before \"Health\" alone after a frame (stop 36)", POSITIVES);
runPlaceTable("states, topics and kinds of health stay words (stop 36)", NEGATIVES);
