// Why this file exists: table tests, with hard negatives, for the places round of stop 49b (pl49b): a town of two or
// three words the gazetteer names as one before its state's code and a ZIP or its field's end, without the comma, in
// ALL CAPS (quiet() let its last word, a core English word before the code, through to townCode48b(): capsTownEnd49b())
// and after a facility's or an organisation's comma in the three case styles (facTownMw49()'s code close:
// facTownCode49b()). Mixed case, ALL CAPS and lower case; both engines. Places and bodies are made up or changed.
import { ADDR, ORG, FAC, CITY, STATE, ZIP, PHONE, runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CODE: ReadonlyArray<PlaceCase> = [
  // capsTownEnd49b: the town's last word before the code reaches townCode48b() in ALL CAPS; the code stays out
  ["US ADDRESS 6240 S 1100 E, SALT LAKE CITY UT 84121   PH 801-555-0124",
    [["6240 S 1100 E", ADDR], ["SALT LAKE CITY", STATE], ["84121", ZIP], ["801-555-0124", PHONE]], ["UT"]],
  ["us address 6240 s 1100 e, salt lake city ut 84121   ph 801-555-0124",
    [["6240 s 1100 e", ADDR], ["salt lake city", STATE], ["84121", ZIP], ["801-555-0124", PHONE]], ["ut"]],
  ["US address 6240 S 1100 E, Salt Lake City UT 84121   ph 801-555-0124",
    [["6240 S 1100 E", ADDR], ["Salt Lake City UT", ADDR], ["84121", ZIP], ["801-555-0124", PHONE]], []],
  ["SALT LAKE CITY UT 84121", [["SALT LAKE CITY", STATE], ["84121", ZIP]], ["UT"]],
  ["MAIL TO: SALT LAKE CITY UT 84121", [["SALT LAKE CITY", STATE], ["84121", ZIP]], ["MAIL", "UT"]],
  ["The patient is doing well today.\nMAIL TO: Salt Lake City UT 84121", [["Salt Lake City UT", ADDR], ["84121", ZIP]], ["MAIL"]],
  ["HOME: GREEN BAY WI 54301", [["GREEN BAY", STATE], ["54301", ZIP]], ["HOME", "WI"]],
  ["home: green bay wi 54301", [["green bay", STATE], ["54301", ZIP]], ["home", "wi"]],
  ["RAPID CITY SD 57701", [["RAPID CITY", STATE], ["57701", ZIP]], ["SD"]],
  ["rapid city sd 57701", [["rapid city", STATE], ["57701", ZIP]], ["sd"]],
  ["Patient resides at 12 Elm St, Rapid City SD 57701. No stairs.", [["12 Elm St, Rapid City SD", ADDR], ["57701", ZIP]], ["Patient", "stairs"]],
  ["LAKE CITY FL 32025", [["LAKE CITY", STATE], ["32025", ZIP]], ["FL"]],
  // a code that is a credential before its ZIP: the ZIP makes it the state
  ["OIL CITY PA 16301", [["OIL CITY", STATE], ["16301", ZIP]], ["PA"]],
  // one town, its code and a ZIP stay the older rule's (stop 48, main)
  ["we live in boston ma 02118", [["boston ma 02118", CITY]], ["live"]],
  ["WE LIVE IN BOSTON MA 02118", [["BOSTON MA", ADDR], ["02118", ZIP]], ["LIVE"]],
  ["We live in Boston MA 02118", [["Boston MA", ADDR], ["02118", ZIP]], ["live"]],
];

const FACILITY: ReadonlyArray<PlaceCase> = [
  // facTownCode49b: a town of several words after a facility's comma, closed by its code without the comma
  // (stop 63: a cancer institute where the patient is seen is the hospital's facility, as fixtures 67 and the older ones
  // label it, HOSPITAL in 24 of 25 "Cancer Institute" spans: fx67's hospitalTail63() types it so; the span is unchanged)
  ["HUNTSMAN CANCER INSTITUTE, SALT LAKE CITY UT     VISIT 03/14/2099",
    [["HUNTSMAN CANCER INSTITUTE", "location:facility"], ["SALT LAKE CITY", STATE]], ["VISIT"]],
  ["huntsman cancer institute, salt lake city ut     visit 03/14/2099",
    [["huntsman cancer institute", "location:facility"], ["salt lake city", STATE]], ["visit"]],
  ["Huntsman Cancer Institute, Salt Lake City UT     visit 03/14/2099",
    [["Huntsman Cancer Institute", "location:facility"], ["Salt Lake City", STATE]], ["visit"]],
  ["MERCY MEDICAL CENTER, GREEN BAY WI 54301", [["MERCY MEDICAL CENTER", FAC], ["GREEN BAY", STATE], ["54301", ZIP]], ["WI"]],
  ["mercy medical center, green bay wi 54301", [["mercy medical center", FAC], ["green bay", STATE], ["54301", ZIP]], ["wi"]],
  ["Mercy Medical Center, Green Bay WI 54301", [["Mercy Medical Center", FAC], ["Green Bay", STATE], ["54301", ZIP]], ["WI"]],
];

const NEGATIVE: ReadonlyArray<PlaceCase> = [
  // hard negatives: a code that is an English word with nothing closing it ("IN", "OR", "ME", "OK"), a credential
  // ("PA", "MD") after a person, a number like a ZIP that is no ZIP
  ["SHE WORKED AT LAKE CITY IN 2019.", [["LAKE CITY", ORG]], ["IN", "2019"]],
  ["she worked at lake city in 2019.", [], ["lake", "city", "in", "2019"]],
  ["TRANSFERRED FROM GREEN BAY OR MADISON", [["GREEN BAY", CITY], ["MADISON", "name:dictionary"]], ["OR"]],
  ["transferred from green bay or madison", [["green bay", CITY], ["madison", "name:dictionary"]], ["or"]],
  ["TRIP TO GREEN BAY OK PER DR. LEE", [["LEE", "name:title"]], ["GREEN", "BAY", "OK"]],
  ["trip to green bay ok per dr. lee", [["lee", "name:title"]], ["green", "bay", "ok"]],
  ["PARK CITY ME TOO", [], ["PARK", "CITY", "ME", "TOO"]],
  ["SEEN BY GRANT PARK PA", [], ["GRANT", "PARK", "PA"]],
  // (the span's text shows the credential stays out; "pa" is first found inside "park")
  ["seen by grant park pa", [["grant park", "name:neighbour"]], ["seen"]],
  ["REVIEWED BY ALICE SPRINGS MD", [["ALICE", "name:cue"]], ["SPRINGS", "MD"]],
  ["Signed: Grant Park, PA 12345", [["Grant Park", "name:credential"], ["12345", ZIP]], ["PA"]],
  ["MEMORIAL HOSPITAL, LAKE CITY OR", [], ["LAKE", "CITY", "OR"]],
  ["LAKE CITY FL 32025.5 MG", [], ["LAKE", "CITY", "FL", "32025"]],
  ["mercy medical center, green bay wi 54301.5", [["mercy medical center", FAC]], ["green", "bay", "wi", "54301"]],
  ["GREEN BAY WI 5430 UNITS", [], ["GREEN", "BAY", "WI", "5430"]],
];

runPlaceTable("places 49b: a town of several words before its code without the comma", CODE);
runPlaceTable("places 49b: a town of several words after a facility's comma, closed by its code", FACILITY);
runPlaceTable("places 49b: hard negatives", NEGATIVE);
