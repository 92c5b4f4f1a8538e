// Why this file exists: table tests, with hard negatives, for stop 59's hospital round (og59), in mixed case, ALL CAPS
// and lower case: a health system's brand named "<words> Health" and its campus after a where-word ("at", "from", "to")
// in ALL CAPS and lower case ("thrombectomy at korvane health bellmoor", "TRANSFERRED FROM QUENBY HEALTH ST. ALDRIC'S":
// healthWhere59() in assembly/names/r59_og59.ts, called from og56's healthAlone56()), and the later short form of a
// facility whose first word the document pass learned alone ("WILLOWMERE" of "WILLOWMERE BEND MANOR" no longer blocks
// "WILLOWMERE BEND": src/propagate.ts, freeOfFindings59()). Hard negatives: a kind of health ("behavioral health", "bone
// health"), an unknown adjective ("cardiometabolic health"), a core word ("full health"), a public body ("county
// health"), a facility's head after "Health" (the facility rules'), a state after the head. Both engines; names invented.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const BRANDS: ReadonlyArray<TypedCase> = [
  // (in mixed case the facility rules read it by its capitals already)
  ...casedRowsEach("Thrombectomy at Korvane Health Bellmoor on 3/2.\n",
    [[["Korvane Health Bellmoor", L]], [["KORVANE HEALTH BELLMOOR", L]], [["korvane health bellmoor", L]]], ["Thrombectomy"]),
  ...casedRowsEach("Podiatry at Skellig Regional Health via referral.\n",
    [[["Skellig Regional Health", L]], [["SKELLIG REGIONAL HEALTH", L]], [["skellig regional health", L]]], ["referral"]),
  ...casedRowsEach("Cardiac rehab at Methodist Health Darrowby (closer to home).\n",
    [[["Methodist Health Darrowby", L]], [["METHODIST HEALTH DARROWBY", L]], [["methodist health darrowby", L]]], ["closer"]),
  ...casedRowsEach("Infant born 1/30 at Zephyra Health St. Aldric's; healthy.\n",
    [[["Zephyra Health St. Aldric's", L]], [["ZEPHYRA HEALTH ST. ALDRIC'S", L]], [["zephyra health st. aldric's", L]]], ["healthy"]),
  ...casedRowsEach("Admitted for long-term care from Quillon Health Navrelle after aspiration.\n",
    [[["Quillon Health Navrelle", L]], [["QUILLON HEALTH NAVRELLE", L]], [["quillon health navrelle", L]]], ["aspiration"]),
];

const LATER: ReadonlyArray<TypedCase> = [
  // (stop 58's row: in ALL CAPS the older pass learned "WILLOWMERE" alone, whose hit kept the phrase out; now the phrase
  // wins at its start. In lower case a phrase ending in a street's word, "bend", is left alone, as before.)
  ...casedRowsEach("Admitted from Willowmere Bend Manor on 3/2 with a fall.\nPlan: return to Willowmere Bend on 3/9.\n",
    [[["Willowmere Bend Manor", L], ["Willowmere Bend", L]], [["WILLOWMERE BEND MANOR", L], ["WILLOWMERE BEND", L]],
      [["willowmere bend manor", L]]], ["Plan"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Referred to behavioral health for counseling.\n", [[], [], []], ["behavioral", "health"]),
  ...casedRowsEach("Discussed ways to optimize bone health at home.\n", [[], [], []], ["optimize", "bone"]),
  ...casedRowsEach("Counseled to promote cardiometabolic health daily.\n", [[], [], []], ["cardiometabolic", "health"]),
  ...casedRowsEach("She returned to full health by the spring.\n", [[], [], []], ["full", "health"]),
  ...casedRowsEach("Referred to county health for TB testing.\n", [[], [], []], ["county", "health"]),
  // (a facility's head after "Health": the facility rules' span, as before)
  ...casedRowsEach("Discharged to Nieckwold Health Center in stable condition.\n",
    [[["Nieckwold Health Center", L]], [["NIECKWOLD HEALTH CENTER", L]], [["nieckwold health center", L]]], ["stable"]),
  // (a state after the head is no campus of this rule: in lower case it stays out; in mixed case and ALL CAPS the older
  // rules read the three words as one facility, as before)
  ...casedRowsEach("Followed at Keikolu Health Hawaii. Car seat: yes.\n",
    [[["Keikolu Health Hawaii", L]], [["KEIKOLU HEALTH HAWAII", L]], [["keikolu health", L]]], ["Car"]),
];

runTypedTable("stop 59 (og59): a health system's brand and campus after a where-word", [L], BRANDS);
runTypedTable("stop 59 (og59): a facility's short form after a token learned alone", [L], LATER);
runTypedTable("stop 59 (og59): hard negatives, kinds of health, adjectives, public bodies, heads, states", [L], NOT);
