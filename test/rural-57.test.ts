// Why this file exists: table tests, with hard negatives, for stop 57's clinical round from fixture 56 (fy57), in mixed
// case, ALL CAPS and lower case, both engines: a rural grid road's address, a house number right before "Road"/"Rd" and
// the road's number ("Home: 44175 Road 815;", "lives at 6021 rd 27 n,"; gridRoad57y() in assembly/names/r57_fy.ts; hard
// negatives: a dose, a count, a score before "rd"/"Road" and a number); and a collective, an alliance or a growers' firm named by one to three words
// and that head alone after a label's colon, a word of where or through whom, "the" after one, a bracket, a comma or the
// line's start ("Doula: Gentle Arrivals Doula Collective", "GRANT: DELTA HEALTH ALLIANCE", "from the Somali Doula
// Collective"; collectiveOrg57y() in assembly/names/r57_fy.ts). A name whose words a name or place rule took first
// ("Doula from the Cedar Hollow Doula Collective": "Cedar" a capitalised name) stays as those rules leave it (left alone). Hard negatives: the
// therapeutic and working alliances of a psychotherapy note, a collective decision, "the growers", a lone head.
// Names invented.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const ROWS: ReadonlyArray<TypedCase> = [
  // a label's colon, the name closing the line
  ...casedRows("Grant: Quillmoor Valley Alliance\n", [["Quillmoor Valley Alliance", L]], ["Grant:"]),
  // a label's colon, a doula's word inside the name, a phone after the comma
  ...casedRows("Doula: Quiet Harbor Doula Collective, 555-0100\n", [["Quiet Harbor Doula Collective", L]], ["Doula:"]),
  // a word of through whom before the name, a comma after it
  ...casedRows("Funding via Harvest Table Alliance, renewed yearly.\n", [["Harvest Table Alliance", L]], ["Funding", "renewed"]),
  // a work's "at" before a growers' firm
  ...casedRows("Works at Sunny Slope Growers in season.\n", [["Sunny Slope Growers", L]], ["season"]),
  // a clause's word after the head
  ...casedRows("Donor: Corvane Organ Sharing Alliance notified at 0310.\n", [["Corvane Organ Sharing Alliance", L]], ["notified"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Therapeutic alliance strong; patient engaged.\n", [], ["alliance", "Therapeutic"]),
  ...casedRows("Good working alliance with her therapist.\n", [], ["working alliance"]),
  ...casedRows("Plan: treatment alliance reviewed with family.\n", [], ["treatment alliance"]),
  ...casedRows("A collective decision by the team was made.\n", [], ["collective decision"]),
  ...casedRows("Water from the growers was tested.\n", [], ["growers"]),
  ...casedRows("Alliance: good, per counselor.\n", [], ["Alliance"]),
  ...casedRows("Assessment: family alliance supportive.\n", [], ["family alliance"]),
];

const ROADS: ReadonlyArray<TypedCase> = [
  // an address's label and colon, a semicolon after the road's number
  ...casedRows("Home: 44175 Road 815; gate code on file.\n", [["44175 Road 815", L]], ["gate", "code"]),
  // a word of where, a direction after the road's number, then a comma
  ...casedRows("Lives at 6021 Rd 27 N, past the elevator.\n", [["6021 Rd 27 N", L]], ["past", "elevator"]),
];

const ROADS_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Increase to 120 rd 2 then recheck.\n", [], ["120", "rd 2"]),
  ...casedRows("Walked 100 road 2 times.\n", [], ["100", "road 2"]),
  ...casedRows("Score 250 Road 4.\n", [], ["250", "Road 4"]),
];

runTypedTable("stop 57 (fy57): a rural grid road's address, a house number before 'Road' and its number", [L], ROADS);
runTypedTable("stop 57 (fy57): numbers around 'rd' and 'road' that are no address stay", [L], ROADS_NOT);
runTypedTable("stop 57 (fy57): a collective, an alliance or a growers' firm named by its words and the head alone", [L], ROWS);
runTypedTable("stop 57 (fy57): alliances, collectives and growers of ordinary English stay words", [L], NOT);
