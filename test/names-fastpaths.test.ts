// Why this file exists: the name pass skips decide() for tokens it can prove decide nothing (assembly/names/detect.ts:
// quiet, weakInCaps, lowerExit, quietLetter, quietCode); these cases sit on each shortcut's boundary, where the token
// must still reach decide(), so a shortcut that skips too much loses a finding here. Both engines.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

const engines = ["wasm", "js"] as const;

// [text, the exact NAME/LOCATION finding texts]
const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  // ALL CAPS, a core word with weak name strengths: quiet alone, decided after a title
  ["THE PATIENT WILL RETURN IN MAY.", []],
  ["SEEN BY DR. WILL TODAY.", ["WILL"]],
  // a weak place before a state code: quiet without the comma, "City, ST" with it
  ["HE WORKS IN MOBILE AL NOW.", []],
  ["HE WAS SEEN IN HOME, IN 46201.", ["HOME, IN"]],
  // the capital A: an article, or an initial with its period or after a name
  ["A PATIENT WITH A COUGH.", []],
  ["Seen by A. Rose today.", ["A. Rose"]],
  ["SEEN BY DR. JOHN A. KOWALCZYK TODAY.", ["JOHN A. KOWALCZYK"]],
  ["KOWALCZYK, THEODORE A.", ["KOWALCZYK, THEODORE A"]],
  // letters and digits are never names
  ["MRN AB12345 SEEN TODAY.", []],
  // lower case: a colon before the word ("TR: jm") or all-lower-case text still reach decide()
  ["TR: jm", ["jm"]],
  ["the patient saw dr. smith today", ["smith"]],
];

describe.each(engines)("name pass shortcuts (%s)", (engine) => {
  const r = createRedactorSync({ engine, entities: ["NAME", "LOCATION"] });
  it.each(CASES)("%j", (text, expected) => {
    expect(r.find(text).map((f) => f.text)).toEqual(expected);
  });

  it("a core word that a user list makes a strong name is decided in ALL CAPS", () => {
    const withList = createRedactorSync({ engine, entities: ["NAME"], words: [{ kind: "first", terms: ["Will"] }] });
    expect(withList.find("THE PATIENT WILL RETURN TODAY.").map((f) => f.text)).toEqual(["WILL"]);
    expect(r.find("THE PATIENT WILL RETURN TODAY.")).toEqual([]);
  });
});
