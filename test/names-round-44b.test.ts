// Why this file exists: table tests, with hard negatives, for stop 44's second names round (pn44), read from the NAME
// misses of fixtures 28-32 in their three cases: a person's initials used inside a line after the note wrote the name
// out (in brackets right after the name, "Renata Szabo, CWOCN (RS)"; a table's cell that holds only them, "| RS"; the
// word after "by", "BATTERY CHANGED BY SW"; a co-signature's pair of two learned halves, "RECONCILED AL/PG":
// src/propagate.ts midInitials44()), and a surname that is also a town opening "LAST, FIRST" before a listed given name
// ("From: Hollis, Brianna": detect.ts citySurname44()). Positives were leaks or a name typed as a place, hard negatives
// the same frames with no person. Both engines; every name is made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";
const L = "LOCATION";

const WOUND =
  "Wound care · wound nurse Renata Szabo, CWOCN (RS)\n" +
  "Date | Wound | Dressing | By\n" +
  "03/01/2099 | sacral | foam | RS\n" +
  "03/05/2099 | sacral | foam | RS |\n";

const INITIALS_IN_A_LINE: ReadonlyArray<TypedCase> = [
  // in brackets after the name, then in a table's last cell, in the three cases
  [WOUND, [["Renata Szabo", N], ["RS", N], ["RS", N], ["RS", N]], ["CWOCN", "sacral"]],
  [WOUND.toUpperCase(), [["RENATA SZABO", N], ["RS", N], ["RS", N], ["RS", N]], ["CWOCN", "SACRAL"]],
  [WOUND.toLowerCase(), [["renata szabo", N], ["rs", N], ["rs", N], ["rs", N]], ["cwocn", "sacral"]],
  // after "by", before a cell's end
  ["Telemetry · tech Shonda Whitley (SW) · night shift\nT-30 | leads off 20 min; battery changed by SW | none\n",
    [["Shonda Whitley", N], ["SW", N], ["SW", N]], ["leads", "battery"]],
  ["TELEMETRY · TECHNICIAN: SHONDA WHITLEY (SW) · NIGHT SHIFT\nT-30 | LEADS OFF 20 MIN; BATTERY CHANGED BY SW | NONE\n",
    [["SHONDA WHITLEY", N], ["SW", N], ["SW", N]], ["LEADS", "BATTERY"]],
  // a co-signature's pair: both halves learned from two names found before
  ["INFANT TAGS CHECKED BY ANGELA LANDRY AND PAULETTE GUIDRY.\nTAG INVENTORY RECONCILED AL/PG 0700.\n",
    [["ANGELA LANDRY", N], ["PAULETTE GUIDRY", N], ["AL", N], ["PG", N]], ["INVENTORY", "RECONCILED"]],
  ["infant tags checked by angela landry and paulette guidry.\ntag inventory reconciled al/pg 0700.\n",
    [["angela landry", N], ["paulette guidry", N], ["al", N], ["pg", N]], ["inventory", "reconciled"]],
  // hard negatives: one learned half ("TB/HIV" after Dr. Thomas Brown), initials no name taught, a word of the lists
  // in a lower-case cell or after "by", brackets far from the name
  ["Dr. Thomas Brown saw him today. TB/HIV screen negative.\n", [["Thomas Brown", N]], ["TB", "HIV"]],
  ["Seen by Dr. Thomas Brown.\nScreening | result | by\nTB/HIV | negative | PT\n", [["Thomas Brown", N]], ["TB", "HIV", "PT"]],
  ["nurse ida tan, rn. pain controlled by it.\nitem | it |\n", [["ida tan", N]], ["it"]],
  ["Renata Szabo, CWOCN reviewed.\nStage 3 pressure injury, right sacrum (RS) measured today.\n",
    [["Renata Szabo", N]], ["RS", "sacrum"]],
  ["Wound | Side | Stage\nheel | RS | 2\n", [], ["RS"]],
];

const TOWN_SURNAMES: ReadonlyArray<TypedCase> = [
  // a town that is a surname opening "LAST, FIRST" before a listed given name, in the three cases
  // (two findings before stop 46; nam46's invertedField46() grows the surname over the given name at the field's
  // opening: one finding, the same tokens)
  ["[03/10/2099 09:12] From: Hollis, Brianna (MA)  To: front desk\n", [["Hollis, Brianna", N]], ["front"]],
  ["[03/10/2099 09:12] FROM: HOLLIS, BRIANNA (MA)  TO: FRONT DESK\n", [["HOLLIS, BRIANNA", N]], ["FRONT"]],
  ["[03/10/2099 09:12] from: hollis, brianna (ma)  to: front desk\n", [["hollis, brianna", N]], ["front"]],
  ["Case 7: Merriman, Bethel Ann · age 91\n", [["Merriman, Bethel Ann", N]], ["Case"]],
  ["CASE: WHEELOCK, THADDEUS · DOB 9/29/2050\n", [["WHEELOCK, THADDEUS", N]], ["CASE"]],
  // hard negatives: a state after the comma, a place's cue before the town, a postcode after the name, a town that
  // is no surname
  ["She moved to Salem, Virginia last year.\n", [], ["moved"]],
  ["Lives in Hollis, Brianna's school is near.\n", [["Brianna", N]], ["school"]],
  ["Tyler, Texas 75701\n", [], []],
  ["Flew in from Boston, Ashley met her at the gate.\n", [["Ashley", N]], ["gate"]],
];

const TOWN_KEPT: ReadonlyArray<TypedCase> = [
  // the place of the same frames stays a place
  ["She moved to Salem, Virginia last year.\n", [["Salem, Virginia", L]], []],
  ["Lives in Hollis, Brianna's school is near.\n", [["Hollis", L]], []],
  ["Tyler, Texas 75701\n", [["Tyler, Texas 75701", L]], []],
  ["Flew in from Boston, Ashley met her at the gate.\n", [["Boston", L]], []],
];

runTypedTable("stop 44b: a name's initials inside a line after the name was written out", [N], INITIALS_IN_A_LINE);
runTypedTable("stop 44b: a surname that is also a town opening LAST, FIRST", [N], TOWN_SURNAMES);
runTypedTable("stop 44b: the town of the same frames stays a place", [L], TOWN_KEPT);
