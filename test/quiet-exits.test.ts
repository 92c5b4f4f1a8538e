// Why this file exists: the table of the names pass's fast exits added in stop 26 (tokens step() no longer hands to
// decide(): a state code that is a core word in ALL CAPS without its comma or ZIP, a capitalised core word opening a
// sentence before a lower-case word, a never-a-name word after a number or before a lower-case word, a lower-case
// street/unit/facility word after a plain English word). Each exit is a speed change with no change of findings (the
// 42 dump files are byte-identical before and after); these rows sit on both sides of each exit's edge, so that a
// later rule that needs one of these tokens on its own turn fails here, on both engines.
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const CAPS_STATE_WORDS: RoundRows = [
  // the exit: no comma before, no number after
  ["PLACED IN THE OR. TAKEN TO THE OR IN STABLE CONDITION. ME AND HIM.", []],
  // its edges: "City, ST", "ST 02114"
  ["PLACED IN THE OR. MOVED TO INDIANAPOLIS, IN 46202.", [["LOCATION", "INDIANAPOLIS, IN"], ["ZIP", "46202"]]],
  ["RETURNED TO CARMEL, IN.", [["LOCATION", "CARMEL, IN"]]],
  ["Lives in Indianapolis, IN 46202 with her son.", [["LOCATION", "Indianapolis, IN"], ["ZIP", "46202"]]],
];

const OPENING_WORDS: RoundRows = [
  // the exit: a weak core word opening a sentence before a lower-case word
  ["Will follow up. He is stable. Then the fascia was closed. All layers were closed.", []],
  ["Hope to see her soon. Mark the site.", []],
  // its edges: a cue before, a capitalised word after, a title before
  ["Spoke with Will about meds. Will follow up.", [["NAME", "Will"]]],
  ["Hope Smith called. Hope to see her soon.", [["NAME", "Hope Smith"]]],
  ["Dr. Will Hope saw her. Will Smith was here.", [["NAME", "Will Hope"], ["NAME", "Will Smith"]]],
  ["WIFE HOPE AND SON MARK VISITED.", [["NAME", "HOPE"], ["NAME", "MARK"]]],
];

const NOT_NAME_WORDS: RoundRows = [
  // the exit: a drug, a suture or a unit after a number or before a lower-case word
  ["Closed with 3-0 Vicryl suture. Marcaine 0.25% injected. A 2 MM INCISION WAS MADE.", []],
  // its edge: a facility word after it goes to the facility rules (a real facility's unknown name is found)
  ["Seen at Kotemones Memorial Hospital after 3-0 Vicryl closure.", [["LOCATION", "Kotemones Memorial Hospital"]]],
];

const LOWER_ROLE_WORDS: RoundRows = [
  // the exit: a street, unit or facility word after a plain English word, in mixed case
  ["Taken to the operating room. At this point the disc space was cleared. Left in place. On the way.", []],
  // its edges: a foreign street word, a house number, a unit number
  ["She lives at ul. Miła 53 and at 12 Elm Street.", [["LOCATION", "ul. Miła 53"], ["LOCATION", "12 Elm Street"]]],
  ["Address: 12 Main Street, suite 200, Boston, MA. Seen by Dr. Jones.",
    [["LOCATION", "12 Main Street, suite 200, Boston, MA"], ["NAME", "Jones"]]],
  ["seen at mercy hospital yesterday", [["LOCATION", "mercy hospital"]]],
];

runRoundTable("stop 26 exits: a state code that is a core word in ALL CAPS", CAPS_STATE_WORDS);
runRoundTable("stop 26 exits: a weak core word opening a sentence", OPENING_WORDS);
runRoundTable("stop 26 exits: a never-a-name word after a number or before a lower-case word", NOT_NAME_WORDS);
runRoundTable("stop 26 exits: a lower-case role word after a plain word", LOWER_ROLE_WORDS);
