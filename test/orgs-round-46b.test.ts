// Why this file exists: table tests, with hard negatives, for the stop 46 second organisations round (og46b): a care
// agency's, a practice's or a plan's name of common words before a two-word care head in lower case and ALL CAPS ("pt
// from adoration home health", "REFERRED BY OLATHE FAMILY MEDICINE": careHeadName46b in assembly/names/detect.ts), a
// payer's name between its field word and the member's code ("Insurance Humana Gold Plus H2447182044":
// payerBeforeId46b), and the plural and one-word spellings of a plan ("Community First Health Plans", "Superior
// HealthPlan": scripts/build-dictionaries.mjs). Hard negatives: a verb, an adverb, a determiner or a kind of care before
// the head ("to resume home health", "with daily home health", "from her health plan", "from county home health", "at
// outpatient primary care"), a public programme or a field word before the code ("Insurance Medicare 1EG4TE5MK73",
// "Primary Insurance A1234567"). Mixed case, ALL CAPS and lower case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

/** The row in ALL CAPS and lower case only (mixed case is read by older rules, or by none). */
function two(text: string, spans: ReadonlyArray<readonly [string, string]>, never: readonly string[]): PlaceCase[] {
  const conv = [(s: string) => s.toUpperCase(), (s: string) => s.toLowerCase()];
  return conv.map((c) => [c(text), spans.map(([t, r]) => [c(t), r] as const), never.map(c)] as const);
}

const CARE_HEADS: ReadonlyArray<PlaceCase> = [
  ...tri("Exercises with home PT from Adoration Home Health tomorrow.", [["Adoration Home Health", ORG]], ["Exercises", "tomorrow"]),
  ...tri("Referred by Olathe Family Medicine for clearance.", [["Olathe Family Medicine", FAC]], ["Referred", "clearance"]),
  ...two("Aide visits via Bayada Home Health twice weekly.", [["Bayada Home Health", ORG]], ["Aide", "twice"]),
  ...two("Records sent to Amedisys Home Health today.", [["Amedisys Home Health", ORG]], ["Records", "today"]),
  ...two("Claim denied by Blue Harbor Health Plan last week.", [["Blue Harbor Health Plan", ORG]], ["Claim", "week"]),
  ...two("Seen at Countryside Family Medicine (Dr. Ames).", [["Countryside Family Medicine", FAC], ["Ames", "name:title"]], ["Seen"]),
];

const CARE_NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...tri("Plan to resume home health tomorrow.", [], ["resume", "home", "health"]),
  // (ALL CAPS: "DAILY HOME HEALTH" is an older rule's, commonWordsOrg(), as at the round's start)
  ["Discharged with daily home health visits.", [], ["daily", "home"]],
  ["discharged with daily home health visits.", [], ["daily", "home"]],
  ...tri("Questions from her health plan about coverage.", [], ["her", "health", "plan"]),
  ...tri("Records from county home health reviewed.", [], ["county", "home"]),
  ...tri("Follow up at outpatient primary care.", [], ["outpatient", "primary"]),
  ...tri("Referred to skilled home health.", [], ["skilled", "home"]),
  ...tri("Will follow up with new primary care.", [], ["new", "primary"]),
  ...tri("Call from the health plan today.", [], ["health", "plan"]),
  ...tri("Orders faxed from pediatric family medicine.", [], ["pediatric", "family"]),
  ...tri("Aide arrives from local home health agency.", [], ["local", "home"]),
];

const PAYERS: ReadonlyArray<PlaceCase> = [
  ...tri("Insurance Humana Gold Plus H2447182044. Daughter at bedside.", [["Humana Gold Plus", ORG]], ["Insurance", "Daughter"]),
  ...tri("Secondary Wellmark Blue PPO WMK0447120391 on file.", [["Wellmark Blue PPO", ORG]], ["Secondary"]),
  ...tri("insurance: Quartz member id Q10447182203", [["Quartz", ORG]], ["insurance", "member"]),
];

const PAYER_NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...tri("Insurance Medicare 1EG4TE5MK73 verified.", [], ["Insurance", "Medicare"]),
  ...tri("Primary Insurance A1234567 on file.", [], ["Primary", "Insurance"]),
  ...tri("Primary Self Pay A1234567 noted.", [], ["Self", "Pay"]),
  ...tri("Secondary Medicaid ID XJ4471820 active.", [], ["Secondary", "Medicaid"]),
];

runPlaceTable("og46b: a name of common words before a two-word care head", CARE_HEADS);
runPlaceTable("og46b: a kind of care, a verb or a determiner before the head stays words", CARE_NEGATIVES);
runPlaceTable("og46b: a payer's name between its field word and the member's code", PAYERS);
runPlaceTable("og46b: a public programme or a field word before the code stays words", PAYER_NEGATIVES);
