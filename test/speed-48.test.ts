// Why this file exists: stop 48's speed round (spd48, docs/performance.md "Stop 48: spd48") measured the word table's
// lookup cache (assembly/names/table.ts: 16,384 direct-mapped slots of 128 KiB in front of the 2 MB table) and tried it
// two-way (dropped: more instructions, no faster). A cache changes how fast a token's dictionary data is read, never
// the data, so these rows pin the findings of the round's start (687e020, read from its build) on texts that make the
// cache work hard, for this cache and any later one: words that share a cache line ("michael", "status", "cutaneous",
// "roughed" share one two-way set, "michael" and "cutaneous" one direct-mapped slot; "mary", "mass", "severely";
// "david", "molluscum", "circumference"; "william", "cystoscopy", "maxillomandible"), repeated so that each probe
// pushes another out and reads it back, multi-word entries (their combined keys go through the same cache: "New York
// City", "New Hampshire") and one word repeated (a hit), in mixed case, ALL CAPS and lower case, on both engines. With
// the two-way cache's second slot answering the first slot's data (a copy of the source, asc, the module patched into a
// copy of the dist) the ALL CAPS and lower-case rows of the first text changed ("STATUS" named). A second test
// alternates two redactors whose word tables differ (a user's surname list): installing a table clears the cache, so
// each keeps its own answers whatever ran before.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CASES: PlaceCase[] = [
  ["Michael reports his status is good; the cutaneous lesion on Michael's arm was roughed up; status post excision, Michael Trent was seen, cutaneous exam normal, status stable.", [["Michael","name:dictionary"],["Michael","name:dictionary"],["Michael Trent","name:neighbour"]], ["status","cutaneous","excision"]],
  ["MICHAEL REPORTS HIS STATUS IS GOOD; THE CUTANEOUS LESION ON MICHAEL'S ARM WAS ROUGHED UP; STATUS POST EXCISION, MICHAEL TRENT WAS SEEN, CUTANEOUS EXAM NORMAL, STATUS STABLE.", [["MICHAEL","name:dictionary"],["ON MICHAEL","name:neighbour"],["MICHAEL TRENT","name:neighbour"]], ["STATUS","CUTANEOUS","EXCISION"]],
  ["michael reports his status is good; the cutaneous lesion on michael's arm was roughed up; status post excision, michael trent was seen, cutaneous exam normal, status stable.", [["michael","name:dictionary"],["michael","name:dictionary"],["michael trent","name:neighbour"]], ["status","cutaneous","excision"]],
  ["Mary had a mass, severely tender; Mary Ellison says the mass hurts severely; mass smaller today, Mary Ellison calm.", [["Mary","name:dictionary"],["Mary Ellison","name:neighbour"],["Mary Ellison","name:neighbour"]], ["mass","severely","tender"]],
  ["MARY HAD A MASS, SEVERELY TENDER; MARY ELLISON SAYS THE MASS HURTS SEVERELY; MASS SMALLER TODAY, MARY ELLISON CALM.", [["MARY","name:dictionary"],["MARY ELLISON","name:neighbour"],["MARY ELLISON","name:neighbour"]], ["MASS","SEVERELY","TENDER"]],
  ["mary had a mass, severely tender; mary ellison says the mass hurts severely; mass smaller today, mary ellison calm.", [["mary","name:dictionary"],["mary ellison","name:neighbour"],["mary ellison","name:neighbour"]], ["mass","severely","tender"]],
  ["David Kowalski had molluscum; circumference 34 cm; David's molluscum cleared; head circumference normal per Dr. David Kowalski.", [["David Kowalski","name:neighbour"],["David","name:dictionary"],["David Kowalski","name:title"]], ["molluscum","circumference"]],
  ["DAVID KOWALSKI HAD MOLLUSCUM; CIRCUMFERENCE 34 CM; DAVID'S MOLLUSCUM CLEARED; HEAD CIRCUMFERENCE NORMAL PER DR. DAVID KOWALSKI.", [["DAVID KOWALSKI","name:neighbour"],["DAVID","name:dictionary"],["MOLLUSCUM","name:neighbour"],["DAVID KOWALSKI","name:title"]], ["MOLLUSCUM","CIRCUMFERENCE"]],
  ["david kowalski had molluscum; circumference 34 cm; david's molluscum cleared; head circumference normal per dr. david kowalski.", [["david kowalski","name:neighbour"],["david","name:dictionary"],["molluscum","name:neighbour"],["david kowalski","name:title"]], ["molluscum","circumference"]],
  ["William Osei underwent cystoscopy; maxillomandible fixation planned; cystoscopy repeated with William Osei at Mercy Hospital; William agrees.", [["William Osei","name:neighbour"],["William Osei","name:neighbour"],["Mercy Hospital","location:facility"],["William","name:dictionary"]], ["cystoscopy","fixation"]],
  ["WILLIAM OSEI UNDERWENT CYSTOSCOPY; MAXILLOMANDIBLE FIXATION PLANNED; CYSTOSCOPY REPEATED WITH WILLIAM OSEI AT MERCY HOSPITAL; WILLIAM AGREES.", [["WILLIAM OSEI","name:neighbour"],["WILLIAM OSEI","name:neighbour"],["MERCY HOSPITAL","location:facility"],["WILLIAM","name:dictionary"]], ["CYSTOSCOPY","FIXATION"]],
  ["william osei underwent cystoscopy; maxillomandible fixation planned; cystoscopy repeated with william osei at mercy hospital; william agrees.", [["william osei","name:neighbour"],["william osei","name:neighbour"],["mercy hospital","location:facility"],["william","name:dictionary"]], ["cystoscopy","fixation"]],
  ["Lives in New York; moved from New York City to San Antonio, then New Hampshire, then New York again; seen at New York Presbyterian.", [["New York","location:city"],["New York City","location:city"],["San Antonio","location:city"],["New Hampshire","location:city"],["New York","location:city"],["New York Presbyterian","location:city"]], ["Lives","moved"]],
  ["LIVES IN NEW YORK; MOVED FROM NEW YORK CITY TO SAN ANTONIO, THEN NEW HAMPSHIRE, THEN NEW YORK AGAIN; SEEN AT NEW YORK PRESBYTERIAN.", [["NEW YORK","location:city"],["NEW YORK CITY","location:city"],["SAN ANTONIO","location:city"],["NEW HAMPSHIRE","location:city"],["NEW YORK","location:city"],["NEW YORK PRESBYTERIAN","location:city"]], ["LIVES","MOVED"]],
  ["lives in new york; moved from new york city to san antonio, then new hampshire, then new york again; seen at new york presbyterian.", [["new york","location:city"],["new york city","location:city"],["san antonio","location:city"],["new hampshire","location:city"],["new york","location:city"],["new york presbyterian","location:city"]], ["lives","moved"]],
  ["Smith, Smith and Smith: Dr. Smith saw Mrs. Smith and Smith's son; Smith Clinic called Smith.", [["Smith, Smith and Smith","location:organization"],["Smith","name:title"],["Smith","name:title"],["Smith","name:cue"],["Smith","name:cue"]], ["saw","son"]],
  ["SMITH, SMITH AND SMITH: DR. SMITH SAW MRS. SMITH AND SMITH'S SON; SMITH CLINIC CALLED SMITH.", [["SMITH","name:title"],["SMITH","name:title"]], ["SAW","SON"]],
  ["smith, smith and smith: dr. smith saw mrs. smith and smith's son; smith clinic called smith.", [["smith","name:title"],["smith","name:title"]], ["saw","son"]],
];

runPlaceTable("stop 48, spd48: the word table's lookup cache keeps the start's findings", CASES);

describe("stop 48, spd48: redactors with different word tables, called in turn", () => {
  for (const engine of ["wasm", "js"] as const) {
    it(`${engine}: each keeps its own findings whatever the other probed before`, () => {
      const text = "Michael reports his status is good; Roughed Cutaneous and Status Molluscum were seen by Mary Severely.";
      const plain = createRedactorSync({ engine, entities: ["NAME", "LOCATION"] });
      const own = createRedactorSync({ engine, entities: ["NAME", "LOCATION"], words: [{ kind: "last", terms: ["Roughed", "Molluscum", "Severely"] }] });
      const a = plain.find(text).map((f) => [f.text, f.reason]);
      const b = own.find(text).map((f) => [f.text, f.reason]);
      expect(a).not.toEqual(b); // the user's surnames change what the second one finds
      for (let i = 0; i < 4; i++) {
        expect(own.find(text).map((f) => [f.text, f.reason])).toEqual(b);
        expect(plain.find(text).map((f) => [f.text, f.reason])).toEqual(a);
        expect(plain.find(text.toUpperCase()).length).toBeGreaterThan(0);
        expect(own.find(text).map((f) => [f.text, f.reason])).toEqual(b);
      }
    });
  }
});
