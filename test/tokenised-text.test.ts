// Why this file exists: text whose punctuation is written apart from its words, as tokenised corpus exports print it
// (i2b2-style: "Dictated By : LUKE , SIMPSON", "( 617 ) 555-0129", "October 3 , 2089", "St. Mary 's"), must be read
// as its glued form is. Each row is written glued; the test derives the tokenised form with tokenise() and expects the
// same findings in both (their texts tokenised the same way), on both engines. Stop 27 measured the gap on the
// tokenised copies of fixtures 1-14 (docs/names-rounds.md, "Stop 27, main: punctuation written apart").
import { describe, expect, it } from "vitest";
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

/**
 * The tokenised form: a blank before ',', ';', ':' and ')' glued to a word (not a ':' or ',' between two digits:
 * "18:06", "3,000"), a blank after '(', and a blank before the period that ends the text or a line after a lower-case
 * letter or a digit ("today." -> "today ."; "Dr." and "M.D." stay).
 */
function tokenise(text: string): string {
  return text
    .replace(/(?<=[^\s(])([,;:)])/g, (m, c: string, off: number, s: string) =>
      (c === ":" || c === ",") && /\d/.test(s[off - 1] ?? "") && /\d/.test(s[off + 1] ?? "") ? m : ` ${c}`)
    .replace(/\((?=\S)/g, "( ")
    .replace(/(?<=[a-z0-9])\.(?=\n|$)/g, " .");
}

const GLUED: RoundRows = [
  // telephone numbers: the area code in parentheses, an extension after a comma, a hospital extension after its name
  ["Call (617) 555-0129 today.", [["PHONE", "(617) 555-0129"]]],
  ["Fax: (978) 555-0191", [["FAX", "(978) 555-0191"]]],
  ["Call 617-555-0100, ext. 2 or go to the ED.", [["PHONE", "617-555-0100, ext. 2"]]],
  ["Seen at Zaidale Memorial Hospital, 6-8194.", [["LOCATION", "Zaidale Memorial Hospital"], ["PHONE", "6-8194"]]],
  // ages over 89: in apposition, after "is", at death
  ["His sister, 102, lives at home.", [["AGE", "102"]]],
  ["She is 93.", [["AGE", "93"]]],
  ["Father died at 94.", [["AGE", "94"]]],
  // dates: a year after the day's comma, a month/year in parentheses, a dated heading's colon, a dated earlier value
  ["Exam Date: October 3, 2089", [["DATE", "October 3, 2089"]]],
  ["PSA rose from 6.1 (4/92) to 8.8 (9/92).", [["DATE", "4/92"], ["DATE", "9/92"]]],
  ["Labs 2/8: Na 139", [["DATE", "2/8"]]],
  ["Weight 88 kg (3/88: 91 kg)", [["DATE", "3/88"]]],
  ["A1c 9.2 (Oct: 9.6)", [["DATE", "Oct"]]],
  // names and places framed by parentheses and colons
  ["Referred by Dr. Bhattacharya (AGH) for migraine.", [["NAME", "Bhattacharya"], ["LOCATION", "AGH"]]],
  ["Ezekiel Carrasquillo, MD (Eastgate GI)", [["NAME", "Ezekiel Carrasquillo"], ["LOCATION", "Eastgate GI"]]],
  ["D: 11/02/68 T: 11/04/68 BO:kfw", [["DATE", "11/02/68"], ["DATE", "11/04/68"], ["NAME", "BO"], ["NAME", "kfw"]]],
  ["Cosigned by Harold Ng, MD on 02/12/2026 at 18:06 (hng4)", [["NAME", "Harold Ng"], ["DATE", "02/12/2026"], ["ID", "hng4"]]],
  ["Referring: FAIRCLOTH, JUNE M, MD", [["NAME", "FAIRCLOTH, JUNE M"]]],
  ["Her children Sofiia (14) and Dmytro (9) live with her.", [["NAME", "Sofiia"], ["NAME", "Dmytro"]]],
  ["Patient: ZETTFYFE, YOLIE", [["NAME", "ZETTFYFE, YOLIE"]]],
  // hard negatives: counts, scores and doses in parentheses or before a colon, a room number
  ["She counted (2/16) correct.", []],
  ["Motor 4/5: intact.", []],
  ["Take (1/2) tab daily.", []],
  ["Seen in room (412) today.", []],
  ["Strength (5/5) in all extremities; reflexes 2+.", []],
];

const TOKENISED: RoundRows = GLUED.map(([text, expected]) =>
  [tokenise(text), expected.map(([type, t]) => [type, tokenise(t)] as const)] as const);

describe("tokenise() (the test's own transform)", () => {
  it("writes punctuation apart as tokenised exports do, and leaves clock times, numbers and abbreviations", () => {
    expect(tokenise("Call (617) 555-0129, ext. 2 at 18:06 on 3,000 days; Dr. M.D. said: fine.")).toBe(
      "Call ( 617 ) 555-0129 , ext. 2 at 18:06 on 3,000 days ; Dr. M.D. said : fine .");
  });
  it("changes every row of the table (each row tests the tokenised form)", () => {
    for (const [text] of GLUED) expect(tokenise(text)).not.toBe(text);
  });
});

runRoundTable("punctuation glued (the rows as written)", GLUED);
runRoundTable("punctuation written apart (the same rows, tokenised)", TOKENISED);
