// Why this file exists: table tests, with hard negatives, for stop 52c's facility rule (pl52c): a VA site's initialism
// ("vamc", "vahcs", "cboc") right after its town in lower case and ALL CAPS, and "vet center" right after its town in
// any case: vaSite52c() in assembly/names/r52_pl52c.ts; and "system" after a facility found up to its "health care":
// careSystem52c(). Each row in mixed case (vaSite34() reads the initialism's
// capitals there), ALL CAPS and lower case. Both engines. Towns and sites are made up or changed.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const SITES: TypedCase[] = [
  ...casedRowsEach("HBPC referral to Seattle VAMC home-based team.",
    [[["Seattle VAMC", L]], [["SEATTLE VAMC", L]], [["seattle vamc", L]]], ["referral", "team"]),
  ...casedRowsEach("PCP: Sarkisian,Aram (Brockton VAMC)",
    [[["Brockton VAMC", L]], [["BROCKTON VAMC", L]], [["brockton vamc", L]]], ["PCP"]),
  ...casedRowsEach("Labs at Quincy CBOC 5/16.",
    [[["Quincy CBOC", L]], [["QUINCY CBOC", L]], [["quincy cboc", L]]], ["Labs"]),
  ...casedRowsEach("Seen at the Mount Vernon CBOC today.",
    [[["Mount Vernon CBOC", L]], [["MOUNT VERNON CBOC", L]], [["mount vernon cboc", L]]], ["Seen", "today"]),
  ...casedRowsEach("Fayetteville VAMC also follows.",
    [[["Fayetteville VAMC", L]], [["FAYETTEVILLE VAMC", L]], [["fayetteville vamc", L]]], ["follows"]),
  // "vet center" after its town: the capitals' rules left it in mixed case too (the town alone, or a person's guess)
  ...casedRowsEach("Counselor Gus Mahoe at Honolulu Vet Center 808-555-0139.",
    [[["Honolulu Vet Center", L]], [["HONOLULU VET CENTER", L]], [["honolulu vet center", L]]], ["Counselor"]),
  ...casedRowsEach("Vet Center (Everett Vet Center) group Thursday",
    [[["Everett Vet Center", L]], [["EVERETT VET CENTER", L]], [["everett vet center", L]]], ["Vet", "group"]),
];

// "system" after a facility found up to its "health care": the older head ends at "care" in every case
const SYSTEMS: TypedCase[] = [
  ...casedRowsEach("Jessica Wolcott from the Minneapolis VA Health Care System reviewed it.",
    [[["Minneapolis VA Health Care System", L]], [["MINNEAPOLIS VA HEALTH CARE SYSTEM", L]], [["minneapolis va health care system", L]]], ["reviewed"]),
  ...casedRowsEach("Peer support contact — Fargo VA Health Care System — peer",
    [[["Fargo VA Health Care System", L]], [["FARGO VA HEALTH CARE SYSTEM", L]], [["fargo va health care system", L]]], ["support"]),
  // (a word glued by a hyphen after "system" keeps the older span)
  ...casedRowsEach("Boston Health Care System-wide policy",
    [[["Boston Health Care", L]], [["BOSTON HEALTH CARE", L]], [["boston health care", L]]], ["System", "policy"]),
];

// lower case and ALL CAPS: no town before the site, a doctor's name before it, the army's "ach", the older rules'
// reading of a unit after the site's comma, and the generic facility phrases
const both = (text: string, expected: ReadonlyArray<readonly [string, string]>, never: readonly string[]): TypedCase[] => [
  [text, expected, never],
  [text.toUpperCase(), expected.map(([t, y]) => [t.toUpperCase(), y] as const), never.map((w) => w.toUpperCase())],
];
const NEGATIVES: TypedCase[] = [
  ...both("took the dog to the vet center today", [], ["vet", "center"]),
  ...both("502-555-0117. vet center counselor russ called", [], ["vet", "center", "counselor"]),
  ...both("dr. everett vet center referral", [], ["vet", "center", "referral"]),
  ...both("met at ach for an ach transfer", [], ["ach", "transfer"]),
  // (the unit after the comma leaves the site to the older rules, as vaSite34() does: the town alone)
  ...both("mental health clinic - bedford vamc, bldg 7", [["bedford", L]], ["vamc", "bldg"]),
  ...both("went to urgent care", [], ["urgent", "care"]),
  ...both("the mental health center staff called", [], ["mental", "center", "staff"]),
  ...both("heart failure clinic", [], ["heart", "clinic"]),
  ...both("sent to the cancer center", [], ["cancer", "center"]),
  ...both("lives in a nursing home", [], ["nursing", "home"]),
  ...both("back to the hospital", [], ["hospital"]),
  ...both("the health care system is broken", [], ["health", "system"]),
];

runTypedTable("places 52c: a VA site or a vet center after its town (three cases)", [L], SITES);
runTypedTable("places 52c: 'system' after a facility's 'health care' (three cases)", [L], SYSTEMS);
runTypedTable("places 52c: hard negatives in lower case and ALL CAPS", [L], NEGATIVES);
