// Why this file exists: table tests, with hard negatives, for stop 62's round from fixture 66 (fx66): a portal or
// record system's login written in brackets or after a comma right after the person's name it is made of (nameLogin62
// in assembly/names/r62_fx66.ts, called from tenthRound() and rareRules() in detect.ts), typed ID. Both engines, the
// three cases where the rule claims them. Names and logins are made up.
import { casedRows as cases, caselessRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const NAME_LOGIN: readonly TypedCase[] = [
  // letters and digits: the login holds four letters opening the surname or the given name
  ...cases("From: Deborah Kittredge (debkitt57) to the care team", [["debkitt57", "ID"]], []),
  ...cases("Proxy access for Marisol Echeverría (mecheverria3) approved.", [["mecheverria3", "ID"]], []),
  ...cases("Sent by Anand Mukherjee (anandm_1979) at 6:15", [["anandm_1979", "ID"]], []),
  // after a comma, a hyphenated surname's first half
  ...cases("Caregiver: Lani Kealoha-Freitas, lanikf88, enrolled today.", [["lanikf88", "ID"]], []),
  // letters alone: ALL CAPS and lower case (in mixed case document propagation types an initial and the surname NAME,
  // "name:username", and a small word after a name does not reach the name pass's rules)
  ...caselessRows("Message from Gus Papadakis (gpapadakis) about oxygen", [["gpapadakis", "ID"]], []),
  ...caselessRows("Pt Helen Nowak (helenn) called.", [["helenn", "ID"]], []),
  // hard negatives: a relative's or a service's word, a nickname, the surname again, an address, no stem of the name
  ...cases("Mother Jane Doe (mom) called.", [], ["mom"]),
  ...cases("Dr. Ana Ruiz (anesthesia) agrees.", [], ["anesthesia"]),
  ...cases("Call Robert Smith (ortho) tomorrow.", [], ["ortho"]),
  ...cases("Seen with Katherine Moss (Kathy) today.", [], []),
  ...cases("Pt Helen Nowak (nowak) in room 4.", [], []),
  ...cases("Pt Helen Nowak (hnow@example.com) wrote.", [], []),
  ...cases("Pt Helen Nowak (dtr) called back.", [], ["dtr"]),
  ...cases("Pt Helen Nowak (ortiz12) called.", [], []),
];

runTypedTable("stop 62 (fx66): a login after the name it is made of", ["ID"], NAME_LOGIN);
