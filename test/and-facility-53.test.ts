// Why this file exists: table tests, with hard negatives, for stop 53 fx53b's round, read from the blind fixture 47's
// misses (chronic disease and specialty clinics): a facility's name that joins two service words with "and" before its
// head ("Covenant Heart and Vascular Institute", "Bronson Diabetes and Endocrinology Center"), and the "&" names whose
// first word is a hospital's own English word ("Providence Wound Care & Hyperbaric Center", "Memorial Health Heart &
// Vascular Institute"): andFacility53 in assembly/names/r53_fx53b.ts, called in detect.ts's placesTwentySeven(). Mixed
// case and ALL CAPS (lower case is left to the lower-case facility rules); both engines. Every name is made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

type Rows = ReadonlyArray<readonly [string, string]>;

/** A row in mixed case and ALL CAPS. */
function rows2(text: string, expected: Rows, never: readonly string[]): TypedCase[] {
  const up = (s: string) => s.toUpperCase();
  return [
    [text, expected, never],
    [up(text), expected.map(([t, y]) => [up(t), y] as const), never.map(up)],
  ];
}

const ROWS: readonly TypedCase[] = [
  // a header's facility after a heading's dash
  ...rows2("Device Clinic - Pacemaker Interrogation - Covenant Heart and Vascular Institute\nPaced 42%.",
    [["Covenant Heart and Vascular Institute", "LOCATION"]], ["Device Clinic", "Pacemaker", "Paced"]),
  // after a field's colon, a column gap after the head
  ...rows2("Clinic: Bronson Diabetes and Endocrinology Center   Clinic code 44718\nTIR 71%.",
    [["Bronson Diabetes and Endocrinology Center", "LOCATION"]], ["Clinic code", "TIR"]),
  // after "at" in a sentence
  ...rows2("Seen today at Kessling Kidney and Hypertension Clinic for follow-up.",
    [["Kessling Kidney and Hypertension Clinic", "LOCATION"]], ["Seen today", "follow-up"]),
  // "&" after a hospital's own English word
  ...rows2("Treatment log - Providence Wound Care & Hyperbaric Center\nDive 17 completed.",
    [["Providence Wound Care & Hyperbaric Center", "LOCATION"]], ["Treatment log", "Dive"]),
  ...rows2("Referred to Memorial Health Heart & Vascular Institute for ablation.",
    [["Memorial Health Heart & Vascular Institute", "LOCATION"]], ["ablation"]),
  // hard negatives: services and departments with no proper name before them stay words
  ...rows2("Follow up in Heart and Vascular Institute next month.", [], ["Heart and Vascular Institute"]),
  ...rows2("Seen in Cardiology and Heart Failure Clinic today.", [], ["Cardiology", "Heart Failure Clinic"]),
  ...rows2("Referred to Physical Medicine and Rehabilitation Clinic.", [], ["Physical Medicine and Rehabilitation Clinic"]),
  // two names listed with "and" stay two
  ...rows2("Attends Lincoln Elementary School and Lincoln Middle School.",
    [["Lincoln Elementary School", "LOCATION"], ["Lincoln Middle School", "LOCATION"]], ["Attends"]),
  ...rows2("Seen at Lakeside Eye Center and Salem Retina Clinic.",
    [["Lakeside Eye Center", "LOCATION"], ["Salem Retina Clinic", "LOCATION"]], ["Seen"]),
  ...rows2("History and Physical completed at bedside.", [], ["History and Physical"]),
];

runTypedTable("stop 53, fx53b: a facility's name joining two service words with 'and' or '&'", ["LOCATION"], ROWS);
