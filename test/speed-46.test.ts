// Why this file exists: stop 46's speed round (spd46, docs/performance.md "Stop 46: spd46") made mayRecur()'s test for
// closing initials (closersMayRecurFx40(), src/propagate.ts) build the text's closing candidates only when one of a
// name's closer forms occurs after it as a whole run of ASCII letters, which every candidate is. The answer must not
// change: this file checks it against the stop-45 form (every candidate built for the first name with a form) on
// generated prompts and notes, with and without signed closers appended, and on rows that open each kind of candidate
// (a line's last token, brackets, a table cell, "by", a slash pair) or must not (a form inside a longer word, glued to a
// digit, before the name), each in mixed case, ALL CAPS and lower case; and find()'s findings on those rows (the
// start's, read from its build) on both engines. Names are invented.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import type { Finding } from "../src/index.js";
import { closerFormsFx40, closersMayRecurFx40, closingCandidatesFx40 } from "../src/propagate.js";
import { dictionaryNames, generateNotes, generatePrompts } from "../bench/corpus.mjs";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

/** closersMayRecurFx40() as stop 45 wrote it: the candidates built for the first signing name with a closer form. */
function closersBefore(text: string, findings: readonly Finding[]): boolean {
  let cands: ReturnType<typeof closingCandidatesFx40> | undefined;
  for (const f of findings) {
    if (f.type !== "NAME" || f.score < 0.6 || f.reason === "name:document") continue;
    const forms = closerFormsFx40(f.text);
    if (forms.length === 0) continue;
    cands ??= closingCandidatesFx40(text);
    if (cands.length === 0) return false;
    for (const [s, e] of cands) if (s >= f.end && forms.includes(text.slice(s, e))) return true;
  }
  return false;
}

const CASES: PlaceCase[] = [
  ["Seen today by Camille Okafor-Brandt, PA.\nPlan reviewed with the patient.\nDictated. COB\n", [["Camille Okafor-Brandt","name:neighbour"],["COB","name:signature"]], []],
  ["SEEN TODAY BY CAMILLE OKAFOR-BRANDT, PA.\nPLAN REVIEWED WITH THE PATIENT.\nDICTATED. COB\n", [["CAMILLE OKAFOR-BRANDT","name:neighbour"],["COB","name:signature"]], []],
  ["seen today by camille okafor-brandt, pa.\nplan reviewed with the patient.\ndictated. cob\n", [["camille okafor-brandt","name:neighbour"],["cob","name:signature"]], []],
  ["Wound care by tech Shonda Whitley (SW) at 0800, dressing changed by SW.", [["Shonda Whitley","name:neighbour"],["SW","name:initial"],["SW","name:signature"]], ["Wound","dressing"]],
  ["WOUND CARE BY TECH SHONDA WHITLEY (SW) AT 0800, DRESSING CHANGED BY SW.", [["TECH SHONDA WHITLEY","name:neighbour"]], ["WOUND","DRESSING"]],
  ["wound care by tech shonda whitley (sw) at 0800, dressing changed by sw.", [["shonda whitley","name:neighbour"],["sw","name:initial"],["sw","name:signature"]], ["wound","dressing"]],
  ["Reviewed with Dr. Rosalind Oyelaran.  RO/jt 3/12/99", [["Rosalind Oyelaran","name:title"],["RO","name:signature"],["jt","name:signature"]], ["Reviewed"]],
  ["REVIEWED WITH DR. ROSALIND OYELARAN.  RO/JT 3/12/99", [["ROSALIND OYELARAN","name:title"],["RO","name:initial"],["JT","name:initial"]], ["REVIEWED"]],
  ["reviewed with dr. rosalind oyelaran.  ro/jt 3/12/99", [["rosalind oyelaran","name:title"],["ro","name:signature"],["jt","name:signature"]], ["reviewed"]],
  ["Seen by Owen Castonguay, MD · OC/TA", [["Owen Castonguay","name:neighbour"],["OC","name:signature"],["TA","name:signature"]], []],
  ["SEEN BY OWEN CASTONGUAY, MD · OC/TA", [["OWEN CASTONGUAY","name:neighbour"],["OC","name:signature"],["TA","name:signature"]], []],
  ["seen by owen castonguay, md · oc/ta", [["owen castonguay","name:neighbour"],["oc","name:signature"],["ta","name:signature"]], []],
  ["| 2099-03-14 | Lorraine Greer | LG |\n| 2099-03-15 | dressing | LG |", [["Lorraine Greer","name:neighbour"],["LG","name:signature"],["LG","name:signature"]], ["dressing"]],
  ["| 2099-03-14 | LORRAINE GREER | LG |\n| 2099-03-15 | DRESSING | LG |", [["LORRAINE GREER","name:neighbour"],["LG","name:signature"],["LG","name:signature"]], ["DRESSING"]],
  ["| 2099-03-14 | lorraine greer | lg |\n| 2099-03-15 | dressing | lg |", [["lorraine greer","name:neighbour"],["lg","name:signature"],["lg","name:signature"]], ["dressing"]],
  ["Case reviewed with Mara Kessler and Yusuf Pratt.\nReconciled MK/YP 0700.", [["Mara Kessler","name:neighbour"],["Yusuf Pratt","name:neighbour"],["MK","name:signature"],["YP","name:signature"]], ["Reconciled"]],
  ["CASE REVIEWED WITH MARA KESSLER AND YUSUF PRATT.\nRECONCILED MK/YP 0700.", [["MARA KESSLER","name:neighbour"],["YUSUF PRATT","name:neighbour"],["MK","name:signature"],["YP","name:signature"]], ["RECONCILED"]],
  ["case reviewed with mara kessler and yusuf pratt.\nreconciled mk/yp 0700.", [["mara kessler","name:neighbour"],["yusuf pratt","name:neighbour"],["mk","name:signature"],["yp","name:signature"]], ["reconciled"]],
  ["Seen by Camille Okafor today. Cobalt and CO2 levels normal; CORE labs pending.\nPlan: recheck in a week.", [["Camille Okafor","name:neighbour"]], ["Cobalt","levels","labs","Plan"]],
  ["SEEN BY CAMILLE OKAFOR TODAY. COBALT AND CO2 LEVELS NORMAL; CORE LABS PENDING.\nPLAN: RECHECK IN A WEEK.", [["CAMILLE OKAFOR","name:neighbour"]], ["COBALT","LEVELS","LABS","PLAN"]],
  ["seen by camille okafor today. cobalt and co2 levels normal; core labs pending.\nplan: recheck in a week.", [["camille okafor","name:neighbour"]], ["cobalt","levels","labs","plan"]],
  ["CO\nSeen by Camille Okafor today; plan reviewed.", [["Camille Okafor","name:neighbour"]], ["plan"]],
  ["CO\nSEEN BY CAMILLE OKAFOR TODAY; PLAN REVIEWED.", [["CAMILLE OKAFOR","name:neighbour"]], ["PLAN"]],
  ["co\nseen by camille okafor today; plan reviewed.", [["camille okafor","name:neighbour"]], ["plan"]],
  ["The patient tolerated the procedure well; follow up with cardiology in two weeks.", [], ["patient","procedure","cardiology"]],
  ["THE PATIENT TOLERATED THE PROCEDURE WELL; FOLLOW UP WITH CARDIOLOGY IN TWO WEEKS.", [], ["PATIENT","PROCEDURE","CARDIOLOGY"]],
  ["the patient tolerated the procedure well; follow up with cardiology in two weeks.", [], ["patient","procedure","cardiology"]],
  ["Hollis Ruokolainen-Park reviewed the chart with the family.\nChart closed.  HRP", [["Hollis Ruokolainen-Park","name:neighbour"],["HRP","name:initial"]], ["chart","family"]],
  ["HOLLIS RUOKOLAINEN-PARK REVIEWED THE CHART WITH THE FAMILY.\nCHART CLOSED.  HRP", [["HOLLIS RUOKOLAINEN-PARK","name:neighbour"],["HRP","name:initial"]], ["CHART","FAMILY"]],
  ["hollis ruokolainen-park reviewed the chart with the family.\nchart closed.  hrp", [["hollis ruokolainen-park","name:neighbour"],["hrp","name:initial"]], ["chart","family"]],
];

runPlaceTable("stop 46: closing initials found as before", CASES);

// [text, closersMayRecurFx40's answer at the start (e.g. "COB" closing the note: true; "CO" only inside "COBALT" or glued
// to "2", or before the name: false)]
const RECUR: ReadonlyArray<readonly [string, boolean]> = [
  ["Seen today by Camille Okafor-Brandt, PA.\nPlan reviewed with the patient.\nDictated. COB\n", true],
  ["SEEN TODAY BY CAMILLE OKAFOR-BRANDT, PA.\nPLAN REVIEWED WITH THE PATIENT.\nDICTATED. COB\n", true],
  ["seen today by camille okafor-brandt, pa.\nplan reviewed with the patient.\ndictated. cob\n", true],
  ["Wound care by tech Shonda Whitley (SW) at 0800, dressing changed by SW.", true],
  ["WOUND CARE BY TECH SHONDA WHITLEY (SW) AT 0800, DRESSING CHANGED BY SW.", false],
  ["wound care by tech shonda whitley (sw) at 0800, dressing changed by sw.", true],
  ["Reviewed with Dr. Rosalind Oyelaran.  RO/jt 3/12/99", true],
  ["REVIEWED WITH DR. ROSALIND OYELARAN.  RO/JT 3/12/99", true],
  ["reviewed with dr. rosalind oyelaran.  ro/jt 3/12/99", true],
  ["Seen by Owen Castonguay, MD · OC/TA", true],
  ["SEEN BY OWEN CASTONGUAY, MD · OC/TA", true],
  ["seen by owen castonguay, md · oc/ta", true],
  ["| 2099-03-14 | Lorraine Greer | LG |\n| 2099-03-15 | dressing | LG |", true],
  ["| 2099-03-14 | LORRAINE GREER | LG |\n| 2099-03-15 | DRESSING | LG |", true],
  ["| 2099-03-14 | lorraine greer | lg |\n| 2099-03-15 | dressing | lg |", true],
  ["Case reviewed with Mara Kessler and Yusuf Pratt.\nReconciled MK/YP 0700.", true],
  ["CASE REVIEWED WITH MARA KESSLER AND YUSUF PRATT.\nRECONCILED MK/YP 0700.", true],
  ["case reviewed with mara kessler and yusuf pratt.\nreconciled mk/yp 0700.", true],
  ["Seen by Camille Okafor today. Cobalt and CO2 levels normal; CORE labs pending.\nPlan: recheck in a week.", false],
  ["SEEN BY CAMILLE OKAFOR TODAY. COBALT AND CO2 LEVELS NORMAL; CORE LABS PENDING.\nPLAN: RECHECK IN A WEEK.", false],
  ["seen by camille okafor today. cobalt and co2 levels normal; core labs pending.\nplan: recheck in a week.", false],
  ["CO\nSeen by Camille Okafor today; plan reviewed.", false],
  ["CO\nSEEN BY CAMILLE OKAFOR TODAY; PLAN REVIEWED.", false],
  ["co\nseen by camille okafor today; plan reviewed.", false],
  ["The patient tolerated the procedure well; follow up with cardiology in two weeks.", false],
  ["THE PATIENT TOLERATED THE PROCEDURE WELL; FOLLOW UP WITH CARDIOLOGY IN TWO WEEKS.", false],
  ["the patient tolerated the procedure well; follow up with cardiology in two weeks.", false],
  ["Hollis Ruokolainen-Park reviewed the chart with the family.\nChart closed.  HRP", true],
  ["HOLLIS RUOKOLAINEN-PARK REVIEWED THE CHART WITH THE FAMILY.\nCHART CLOSED.  HRP", true],
  ["hollis ruokolainen-park reviewed the chart with the family.\nchart closed.  hrp", true],
];

const bare = createRedactorSync({ engine: "wasm", documentNames: false });

describe("closersMayRecurFx40() answers as before", () => {
  it.each(RECUR.map((r, i) => [i, ...r] as const))("row %i: %j", (_i, text, expected) => {
    const found = bare.find(text);
    expect(closersMayRecurFx40(text, found)).toBe(expected);
    expect(closersBefore(text, found)).toBe(expected);
  });

  it("on generated prompts and notes, and on each with its names' closing initials appended", () => {
    const dictionary = dictionaryNames(20_000);
    const texts = [
      ...generatePrompts({ seed: 6, count: 200, size: 2048, dictionary }).map((p) => p.text),
      ...generateNotes({ seed: 3, bytes: 200_000, dictionary }).docs.map((d) => d.text),
    ];
    let trues = 0;
    let cases = 0;
    for (const text of texts) {
      const found = bare.find(text);
      // the text itself, then signed: each name's forms after a sentence's end, in brackets, in a cell and by "by"
      const forms = found.filter((f) => f.type === "NAME").flatMap((f) => closerFormsFx40(f.text));
      const signed = forms.length === 0 ? [] : [`${text}\nDictated. ${forms[0]}\n`, `${text} (${forms[forms.length - 1]}) | ${forms[0]} |`, `${text}\nchanged by ${forms[0]}.`];
      for (const t of [text, ...signed]) {
        const f = t === text ? found : bare.find(t);
        const want = closersBefore(t, f);
        expect(closersMayRecurFx40(t, f), t.slice(-80)).toBe(want);
        if (want) trues++;
        cases++;
      }
    }
    // both answers were exercised
    expect(trues).toBeGreaterThan(20);
    expect(cases - trues).toBeGreaterThan(100);
  });
});
