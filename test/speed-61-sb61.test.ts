// Why this file exists: stop 61's speed round sb61 (docs/performance.md "Stop 61, sb61"; docs/names-rounds.md) changed
// how the name pass reads every token and gated two of run C's rules (rulesC59(), r59_sp59.ts) more narrowly, with no
// finding moved: the tokenizer's four-byte scan tests a letter on the case-folded bytes and a digit once each and keeps
// its class bits from bits 6 and 5 of the bytes, the token's shape is read by unsigned ranges with a digit tested first;
// letterRules34()'s call waits for letterMay61() (r61_sb61.ts: each rule's word by its length and first two letters,
// places32Gate() whole) and branchTown55()'s store number must open three bytes after the pending span's end. These rows
// put each rule of letterRules34() in its frame (a county's jail, units, a spelled e-mail, routes, a lake, a state, a US
// road, a street after "s.", "ninety", an interstate, a device's and a camera's tag, an area hospital, a court, a mile
// marker, a payer's code, initials, a message's sender), a branch's town after a store number and in brackets, words
// that pass the old gate and no rule ("with", "exam", "chest", "normal", "from", "four", "dry", "months", "needle"),
// numbers before words, and the tokenizer's shapes (possessives, "A'S", accented, Cyrillic and Serbian letters, letters
// with digits, one-, two- and three-letter tokens, a token at the input's end), in mixed case, ALL CAPS and lower case, on
// both engines. The findings are the stop's start's (main 556bc55), gaps included: a row records what the core finds,
// not what it should find. Invented names only.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const T = {
  LOCATION: "LOCATION",
  EMAIL: "EMAIL",
  DATE: "DATE",
  NAME: "NAME",
  AGE: "AGE",
  DEVICE: "DEVICE",
  ID: "ID",
  LICENSE: "LICENSE",
} as const;

const LETTER: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Taken to pierce county jail last night by deputies.\n",
    [[], [["PIERCE COUNTY JAIL", T.LOCATION]], [["pierce county jail", T.LOCATION]]], []),
  ...casedRowsEach("Transferred to the NICU at 0400 for monitoring.\n",
    [[], [], []], ["NICU"]),
  ...casedRowsEach("Seen in the ED by the night team, then the ER again.\n",
    [[], [], []], ["ED", "ER"]),
  ...casedRowsEach("Followed at the Lakeview CBOC monthly for refills.\n",
    [[["Lakeview CBOC", T.LOCATION]], [["LAKEVIEW CBOC", T.LOCATION]], [["lakeview cboc", T.LOCATION]]], []),
  ...casedRowsEach("Brought to Tarrow Emergency Department by ambulance.\n",
    [[["Tarrow", T.LOCATION]], [["TARROW", T.LOCATION]], [["tarrow", T.LOCATION]]], []),
  ...casedRowsEach("Her email is dlmoor at gmail dot com for the portal.\n",
    [[["dlmoor at gmail dot com", T.EMAIL]], [["DLMOOR AT GMAIL DOT COM", T.EMAIL]], [["dlmoor at gmail dot com", T.EMAIL]]], []),
  ...casedRowsEach("Lives off State Route 9 near the farm.\n",
    [[["State Route 9", T.LOCATION]], [["STATE ROUTE 9", T.LOCATION]], [["state route 9", T.LOCATION]]], []),
  ...casedRowsEach("Fishing trip to Lake Quennimaw last week.\n",
    [[["Lake Quennimaw", T.LOCATION]], [["LAKE QUENNIMAW", T.LOCATION]], [["lake quennimaw", T.LOCATION]]], []),
  ...casedRowsEach("Moved here from South Dakota in May.\n",
    [[["South Dakota", T.LOCATION], ["May", T.DATE]], [["SOUTH DAKOTA", T.LOCATION], ["MAY", T.DATE]], [["south dakota", T.LOCATION], ["may", T.DATE]]], []),
  ...casedRowsEach("Lives on US 20 east of town.\n",
    [[["US 20", T.LOCATION]], [["US 20", T.LOCATION]], [["us 20", T.LOCATION]]], []),
  ...casedRowsEach("Rt 44 crash, brought in by EMS.\n",
    [[], [], []], ["crash"]),
  ...casedRowsEach("She lives at 12 s. Orchard St with her son.\n",
    [[], [["S. ORCHARD", T.NAME]], [["12 s. orchard st", T.LOCATION]]], []),
  ...casedRowsEach("The patient is ninety. She walks daily.\n",
    [[["ninety", T.AGE]], [["NINETY", T.AGE]], [["ninety", T.AGE]]], []),
  ...casedRowsEach("Crash near the I-95 exit ramp at night.\n",
    [[["I-95", T.LOCATION]], [["I-95", T.LOCATION]], [["i-95", T.LOCATION]]], []),
  ...casedRowsEach("Logged from device Tab-SI-4F2A9C at intake.\n",
    [[["Tab-SI-4F2A9C", T.DEVICE]], [["TAB-SI-4F2A9C", T.DEVICE]], [["tab-si-4f2a9c", T.DEVICE]]], []),
  ...casedRowsEach("Photos on camera WC-Pad-0447 in the chart.\n",
    [[["WC-Pad-0447", T.DEVICE]], [["WC-PAD-0447", T.DEVICE]], [["wc-pad-0447", T.DEVICE]]], []),
  ...casedRowsEach("Seen at Dunmore Area Medical Center for chest pain.\n",
    [[["Dunmore Area Medical Center", T.LOCATION]], [["DUNMORE AREA MEDICAL CENTER", T.LOCATION]], [["dunmore area medical center", T.LOCATION]]], []),
  ...casedRowsEach("Superior Court of Arizona ordered the evaluation.\n",
    [[["Superior Court of Arizona", T.LOCATION]], [["SUPERIOR COURT OF ARIZONA", T.LOCATION]], [["superior court of arizona", T.LOCATION]]], []),
  ...casedRowsEach("Accident at mile marker 88 on the highway.\n",
    [[["mile marker 88", T.LOCATION]], [["MILE MARKER 88", T.LOCATION]], [["mile marker 88 on the highway", T.LOCATION]]], []),
  ...casedRowsEach("Payer: Aetna W188204417 on file.\n",
    [[["Aetna", T.LOCATION], ["W188204417", T.ID]], [["AETNA", T.LOCATION], ["W188204417", T.ID]], [["aetna", T.LOCATION], ["w188204417", T.ID]]], []),
  ...casedRowsEach("Consent initials JRT on the form.\n",
    [[["JRT", T.NAME]], [["JRT", T.NAME]], [["jrt", T.NAME]]], []),
  ...casedRowsEach("From: Dela Moorcroft\nTo: Dr. Ashbury\nSubject: labs\n",
    [[["Dela Moorcroft", T.NAME], ["Ashbury", T.NAME]], [["DELA MOORCROFT", T.NAME], ["ASHBURY", T.NAME]], [["dela moorcroft", T.NAME], ["ashbury", T.NAME]]], []),
];

const BRANCH: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Refills at Pillbox Pharmacy #4471 Dunmore\n",
    [[["Pillbox Pharmacy", T.LOCATION], ["4471", T.ID], ["Dunmore", T.LOCATION]], [["PILLBOX PHARMACY", T.LOCATION], ["4471", T.ID], ["DUNMORE", T.LOCATION]], [["pillbox pharmacy", T.LOCATION], ["4471", T.ID], ["dunmore", T.LOCATION]]], []),
  ...casedRowsEach("Picked up from Brookhaven Drug (Dunmore office) today.\n",
    [[["Brookhaven Drug", T.LOCATION], ["Dunmore", T.LOCATION]], [["BROOKHAVEN DRUG", T.LOCATION], ["DUNMORE", T.LOCATION]], [["brookhaven drug", T.LOCATION], ["dunmore", T.LOCATION]]], []),
];

const TOKENS: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Mr. O'Brien's daughter Mary's car, A'S grade.\n",
    [[["O'Brien", T.NAME], ["Mary", T.NAME]], [["O'BRIEN", T.NAME], ["MARY", T.NAME]], [["o'brien", T.NAME], ["mary", T.NAME]]], ["daughter", "grade"]),
  ...casedRowsEach("José Núñez and Živković visited with Иван.\n",
    [[["José Núñez", T.NAME], ["Živković", T.NAME], ["Иван", T.NAME]], [["JOSÉ NÚÑEZ", T.NAME], ["ИВАН", T.NAME]], [["josé núñez", T.NAME], ["иван", T.NAME]]], []),
  ...casedRowsEach("Codes 4B and AA0000000 were entered; ref A1b2.\n",
    [[["AA0000000", T.LICENSE]], [["AA0000000", T.LICENSE]], [["aa0000000", T.LICENSE]]], ["4B", "A1b2"]),
  ...casedRowsEach("Dr. Ng saw Al and Bo.\n",
    [[["Ng", T.NAME]], [["NG", T.NAME]], [["ng", T.NAME]]], ["saw"]),
  ...casedRowsEach("Ann\n",
    [[["Ann", T.NAME]], [["ANN", T.NAME]], [["ann", T.NAME]]], []),
  ...casedRowsEach("A\n",
    [[], [], []], []),
  ...casedRowsEach("Zed Quill",
    [[["Zed Quill", T.NAME]], [["ZED QUILL", T.NAME]], []], []),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Exam shows normal chest with clear lungs from the start.\n",
    [[], [], []], ["Exam", "normal", "chest", "clear", "from"]),
  ...casedRowsEach("Seen with family; went home from clinic with her aunt.\n",
    [[], [], []], ["with", "home", "from", "aunt"]),
  ...casedRowsEach("Drinks four cups of coffee a day, dry mouth at night.\n",
    [[], [], []], ["Drinks", "four", "day", "dry", "night"]),
  ...casedRowsEach("ICU stay was short; menu reviewed with dietitian.\n",
    [[], [], []], ["ICU", "menu"]),
  ...casedRowsEach("Needle biopsy of the nodule; months of night sweats.\n",
    [[], [], []], ["Needle", "nodule", "months"]),
  ...casedRowsEach("Took 5 mg at 0800, 10 mg at noon, 20 minutes apart.\n",
    [[], [], []], ["mg", "noon", "minutes"]),
  ...casedRowsEach("Dose 4 tabs; seen 3 times in 2 weeks for the same rash.\n",
    [[], [], []], ["tabs", "times", "weeks"]),
];

runTypedTable("stop 61 (sb61): letterRules34()'s rules behind letterMay61(), each in its frame", [T.LOCATION, T.EMAIL, T.DATE, T.NAME, T.AGE, T.DEVICE, T.ID, T.LICENSE], LETTER);
runTypedTable("stop 61 (sb61): branchTown55()'s town after a store number or in brackets", [T.LOCATION, T.EMAIL, T.DATE, T.NAME, T.AGE, T.DEVICE, T.ID, T.LICENSE], BRANCH);
runTypedTable("stop 61 (sb61): the tokenizer's shapes and hashes", [T.LOCATION, T.EMAIL, T.DATE, T.NAME, T.AGE, T.DEVICE, T.ID, T.LICENSE], TOKENS);
runTypedTable("stop 61 (sb61): hard negatives, words that passed letterRules34()'s old gate and no rule", [T.LOCATION, T.EMAIL, T.DATE, T.NAME, T.AGE, T.DEVICE, T.ID, T.LICENSE], NOT);
