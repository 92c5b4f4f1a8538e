// Why this file exists: table tests, with hard negatives, for clinical round 45 (stop 50, fy50), read from the blind
// fixture 42's misses (maternal, child and family care): "Loop" as a street's type where the street closes at it ("14 Red
// Cloud Loop, Pine Ridge": the word lists give "loop" the street flag, loopOpen50 in assembly/names/r50_fy50.ts refuses
// it before another word, "loop recorder", "loop diuretic", "loop ileostomy"); an agency a denomination opens and a
// service's head closes ("LUTHERAN FAMILY SERVICES", "lutheran family resettlement services", "Presbyterian Health Plan",
// with a state's name after "of" in mixed case and ALL CAPS: denomOrg50 in r50_fy50.ts). Mixed case, ALL CAPS and lower
// case where claimed; both engines. Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const LOOPS: readonly TypedCase[] = [
  // a house number, two words and "Loop", a comma and the town after it
  ...casedRowsEach("Home: 14 Red Cloud Loop, Pine Ridge SD 57770.", [
    [["14 Red Cloud Loop, Pine Ridge SD", "LOCATION"]],
    [["14 RED CLOUD LOOP, PINE RIDGE SD", "LOCATION"]],
    [["14 red cloud loop, pine ridge sd 57770", "LOCATION"]],
  ], ["Home"]),
  // a direction before the name, a comma after the type
  ...casedRowsEach("Clinic at 1250 NE Bishop Loop, Colfax Springs, WA 99111.", [
    [["1250 NE Bishop Loop, Colfax Springs, WA", "LOCATION"]],
    [["1250 NE BISHOP LOOP, COLFAX SPRINGS, WA", "LOCATION"]],
    [["1250 ne bishop loop, colfax springs, wa 99111", "LOCATION"]],
  ], ["Clinic"]),
  // a unit designator after the type
  ...casedRowsEach("She lives at 9 Elk Loop Apt 2 in Bend.", [
    [["9 Elk Loop Apt 2", "LOCATION"], ["Bend", "LOCATION"]],
    [["9 ELK LOOP APT 2 IN BEND", "LOCATION"]],
    [["9 elk loop apt 2", "LOCATION"], ["bend", "LOCATION"]],
  ], ["She lives"]),
  // hard negatives: a device, a drug's class, a stoma, bowel
  ...cases("s/p 1 implantable loop recorder placed, no events.", [], ["loop recorder"]),
  ...cases("Furosemide 40 mg, a loop diuretic, held.", [], ["loop diuretic"]),
  ...cases("Day 2 loop ileostomy output 600 mL.", [], ["loop ileostomy"]),
  ...cases("CT: 3 dilated small bowel loop.", [], ["bowel loop"]),
];

const DENOMS: readonly TypedCase[] = [
  // a denomination, a middle word and "Services" in a bracket after a language (ALL CAPS and lower case; mixed case
  // was found before)
  ...cases("Interpreter Halima Adamu (Hausa, Lutheran Family Services).", [["Lutheran Family Services", "LOCATION"]], ["Hausa"]),
  // two middle words
  ...cases("Arrived 2087 via Lutheran Family Resettlement Services (case worker Olivia Strand).",
    [["Lutheran Family Resettlement Services", "LOCATION"]], ["case worker"]),
  // a state after "of" (mixed case and ALL CAPS; in lower case "of" is the older rules')
  ...casedRowsEach("Now at Lutheran Social Service of Minnesota employment program.", [
    [["Lutheran Social Service of Minnesota", "LOCATION"]],
    [["LUTHERAN SOCIAL SERVICE OF MINNESOTA", "LOCATION"]],
    [],
  ], ["employment program"]),
  // "Plan" after "Health" (a member number after it is the health plan's; in lower case the payer's cue rule takes the
  // run; stop 51b, og51b: payerPlan51b() now names the payer in lower case too, fixture 38-lo's gold span)
  ...casedRowsEach("Ins Presbyterian Health Plan PHS-448102.", [
    [["Presbyterian Health Plan", "LOCATION"]],
    [["PRESBYTERIAN HEALTH PLAN", "LOCATION"]],
    [["presbyterian health plan", "LOCATION"]],
  ], []),
  // hard negatives: a service or services with no middle word and no state, a denomination and a word of no head,
  // "plan" after no "health"
  ...cases("A Catholic service was held at the chapel.", [], ["Catholic service"]),
  ...cases("The Jewish family came to visit.", [], ["Jewish family"]),
  ...cases("The Methodist church plan was shared.", [], ["Methodist church plan"]),
];

runTypedTable("clinical round 45 (fy50): \"Loop\" closing a street", ["LOCATION"], LOOPS);
runTypedTable("clinical round 45 (fy50): an agency a denomination opens", ["LOCATION"], DENOMS);
