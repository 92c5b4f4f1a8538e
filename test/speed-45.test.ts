// Why this file exists: stop 45's speed round (spd45, docs/performance.md "Stop 45: spd45") reads the token's start,
// length and shape into locals at the top of `step()` (assembly/names/detect.ts), before the gates of stops 38-42 that
// reloaded them from the token ring after every call they may make (idIssuer38's, ofTheOrg40's, publicBody41's,
// tradeFirmOrg40's, carrierOrg41's, reportAcronym42's and progForY38's tests). The same tests in the same order: no
// finding may change. The table holds the findings of stop 45's start (e401f75), read from its build, for one line per
// gate that fires and for plain clinical prose that must stay quiet, each in mixed case, ALL CAPS and lower case, on
// both engines. Names, places and organisations are invented or public bodies.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CASES: PlaceCase[] = [
  ["Coverage: Medical Mutual of Ohio member MMO-2204418832, copay on file.", [["Medical Mutual of Ohio", "location:organization"]], []],
  ["COVERAGE: MEDICAL MUTUAL OF OHIO MEMBER MMO-2204418832, COPAY ON FILE.", [["MEDICAL MUTUAL OF OHIO", "location:organization"]], []],
  ["coverage: medical mutual of ohio member mmo-2204418832, copay on file.", [["medical mutual of ohio", "location:organization"]], []],
  ["Discharged to Hospice of the Big Bend for comfort care.", [["Hospice of the Big Bend", "location:organization"]], []],
  ["DISCHARGED TO HOSPICE OF THE BIG BEND FOR COMFORT CARE.", [["HOSPICE OF THE BIG BEND", "location:organization"]], []],
  ["discharged to hospice of the big bend for comfort care.", [], []],
  ["Lives on the reservation; enrolled member of the Osage Nation per family.", [["Osage Nation", "location:organization"]], []],
  ["LIVES ON THE RESERVATION; ENROLLED MEMBER OF THE OSAGE NATION PER FAMILY.", [["OSAGE NATION", "location:organization"]], []],
  ["lives on the reservation; enrolled member of the osage nation per family.", [["osage nation", "location:organization"]], []],
  ["Transport by Gunnison Valley EMS to the emergency department.", [["Gunnison Valley EMS", "location:organization"]], []],
  ["TRANSPORT BY GUNNISON VALLEY EMS TO THE EMERGENCY DEPARTMENT.", [["GUNNISON VALLEY EMS", "location:organization"]], []],
  ["transport by gunnison valley ems to the emergency department.", [["gunnison valley ems", "location:organization"]], []],
  ["Husband drives for Roadrunner Transit and is away on weekdays.", [["Roadrunner Transit", "location:organization"]], []],
  ["HUSBAND DRIVES FOR ROADRUNNER TRANSIT AND IS AWAY ON WEEKDAYS.", [["ROADRUNNER TRANSIT", "location:organization"]], []],
  ["husband drives for roadrunner transit and is away on weekdays.", [["roadrunner transit", "location:organization"]], []],
  ["Plan: transfer by CareFlight to tertiary center.", [["CareFlight", "location:organization"]], []],
  ["PLAN: TRANSFER BY CAREFLIGHT TO TERTIARY CENTER.", [["CAREFLIGHT", "location:organization"]], []],
  ["plan: transfer by careflight to tertiary center.", [["careflight", "location:organization"]], []],
  ["Case reported to CDPH on admission per protocol.", [["CDPH", "location:organization"]], []],
  ["CASE REPORTED TO CDPH ON ADMISSION PER PROTOCOL.", [["CDPH", "location:organization"]], []],
  ["case reported to cdph on admission per protocol.", [["cdph", "location:organization"]], []],
  ["Crib from Cribs for Kids arriving tomorrow per social work.", [["Cribs for Kids", "location:organization"]], []],
  ["CRIB FROM CRIBS FOR KIDS ARRIVING TOMORROW PER SOCIAL WORK.", [], []],
  ["crib from cribs for kids arriving tomorrow per social work.", [], []],
  ["Seen with Dr. Ruiz, Physicians for Human Rights asylum network volunteer.", [["Ruiz", "name:title"], ["Physicians for Human Rights", "location:organization"]], []],
  ["SEEN WITH DR. RUIZ, PHYSICIANS FOR HUMAN RIGHTS ASYLUM NETWORK VOLUNTEER.", [["RUIZ", "name:title"]], []],
  ["seen with dr. ruiz, physicians for human rights asylum network volunteer.", [["ruiz", "name:title"]], []],
  ["The patient was seen today and is doing well; follow up in two weeks.", [], ["patient"]],
  ["THE PATIENT WAS SEEN TODAY AND IS DOING WELL; FOLLOW UP IN TWO WEEKS.", [], ["PATIENT"]],
  ["the patient was seen today and is doing well; follow up in two weeks.", [], ["patient"]],
  ["Incision closed with 3-0 Vicryl and the wound dressed; no drains for the patient.", [], ["patient", "Vicryl", "wound"]],
  ["INCISION CLOSED WITH 3-0 VICRYL AND THE WOUND DRESSED; NO DRAINS FOR THE PATIENT.", [], ["PATIENT", "VICRYL", "WOUND"]],
  ["incision closed with 3-0 vicryl and the wound dressed; no drains for the patient.", [], ["patient", "vicryl", "wound"]],
  ["Tolerated the procedure well and was taken to the recovery room in stable condition.", [], ["recovery", "procedure"]],
  ["TOLERATED THE PROCEDURE WELL AND WAS TAKEN TO THE RECOVERY ROOM IN STABLE CONDITION.", [], ["RECOVERY", "PROCEDURE"]],
  ["tolerated the procedure well and was taken to the recovery room in stable condition.", [], ["recovery", "procedure"]],
];

runPlaceTable("stop 45: step()'s token fields read once keep the start's findings", CASES);
