// Why this file exists: table tests, with hard negatives, for stop 58's hospital round (og58), in mixed case, ALL CAPS
// and lower case: a facility's later short form, its name phrase without its head, found again in the same document
// after the facility was found in full ("Willowmere Bend Manor" ... "return to Willowmere Bend": placePhrases58g(),
// learnPhrases58g() and the phrase search in src/propagate.ts). Hard negatives: a phrase made of facilities' generic
// words only ("Regional Medical"), a clinical word in the name ("Chronic Care Clinic" ... "chronic care"), the phrase
// before the full name (the pass reads forward only). In lower case a phrase ending in a street's word ("bend",
// "hollow") is left alone. Both engines; names invented.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const LATER: ReadonlyArray<TypedCase> = [
  // (in ALL CAPS the older pass learns "WILLOWMERE" alone; stop 58 recorded its hit keeping the phrase out, stop 59 (og59,
  // freeOfFindings59() in src/propagate.ts) lets the phrase win at its start)
  ...casedRowsEach("Admitted from Willowmere Bend Manor on 3/2 with a fall.\nPlan: return to Willowmere Bend on 3/9.\n",
    [[["Willowmere Bend Manor", L], ["Willowmere Bend", L]], [["WILLOWMERE BEND MANOR", L], ["WILLOWMERE BEND", L]],
      [["willowmere bend manor", L]]], ["Plan"]),
  ...casedRowsEach("Transferred from Quarry Hollow State Hospital 4/1.\nRecommend 30-day restoration at Quarry Hollow.\n",
    [[["Quarry Hollow State Hospital", L], ["Quarry Hollow", L]], [["QUARRY HOLLOW STATE HOSPITAL", L], ["QUARRY HOLLOW", L]],
      [["quarry hollow state hospital", L]]], ["restoration"]),
  ...casedRowsEach("Moved from Thistledown Oaks Assisted Living in May.\nDaughter drove her back to Thistledown Oaks.\n",
    [[["Thistledown Oaks Assisted Living", L], ["Thistledown Oaks", L]],
      [["THISTLEDOWN OAKS ASSISTED LIVING", L], ["THISTLEDOWN OAKS", L]],
      [["thistledown oaks assisted living", L], ["thistledown oaks", L]]], ["Daughter"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  // (generic words only: no phrase; in ALL CAPS and lower case the core finds no facility here)
  ...casedRowsEach("Seen at Regional Medical Center of Tarnby.\nRegional medical staff notified.\n",
    [[["Regional Medical Center of Tarnby", L]], [], []], ["staff"]),
  // (a clinical word of the name's own)
  ...casedRowsEach("Seen at Chronic Care Clinic of Tarnby.\nChronic care plan reviewed.\n",
    [[["Chronic Care Clinic of Tarnby", L]], [["CHRONIC CARE CLINIC", L]], [["chronic care clinic", L]]], ["care plan"]),
  // (before the full name: the pass reads forward only)
  ...casedRowsEach("Plan: back to Willowmere Bend. Note from Willowmere Bend Manor reviewed.\n",
    [[["Willowmere Bend Manor", L]], [["WILLOWMERE BEND MANOR", L]], [["willowmere bend manor", L]]], ["Plan"]),
];

runTypedTable("stop 58 (og58): a facility's later short form, its name phrase without its head", [L], LATER);
runTypedTable("stop 58 (og58): hard negatives, generic phrases, clinical words, earlier mentions", [L], NOT);
