// Why this file exists: table tests, with hard negatives, for clinical round 27 (stop 36), read from fixture 24's
// misses: a state's or a county's agency named by its remit ("Dare County Department of Health and Human Services",
// "Indiana State Department of Health", "KENTUCKY OFFICE OF VOCATIONAL REHABILITATION", lower "kansas department for
// aging and disability services", "HAWAII POLICE DEPARTMENT", "Nevada Highway Patrol"), a court named by its county
// ("CIRCUIT COURT OF MCCRACKEN COUNTY"), a county's EMS, regional jail and processing centre, and the numbers of an
// indictment, a guest folio, an employee, a research screening, a rabies tag and a microchip. Both engines. Names, places
// and numbers are made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const ORG = "location:organization";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a county's agency: a head before "of"/"for"/"on" and its remit's words, past the look-ahead too
  ["Results were faxed to the Delmont County Department of Health and Human Services.", [["Delmont County Department of Health and Human Services", ORG]], ["Results"]],
  ["REPORTED TO BRAXTON COUNTY DEPARTMENT OF SOCIAL SERVICES - INTAKE", [["BRAXTON COUNTY DEPARTMENT OF SOCIAL SERVICES", ORG]], ["INTAKE"]],
  // a state's agency, "State" between
  ["The Florida Department of Children and Families was called.", [["Florida Department of Children and Families", ORG]], ["called"]],
  ["NOTIFIED THE TEXAS DEPARTMENT OF FAMILY AND PROTECTIVE SERVICES.", [["TEXAS DEPARTMENT OF FAMILY AND PROTECTIVE SERVICES", ORG]], ["NOTIFIED"]],
  ["Referred to the Kentucky Office of Vocational Rehabilitation.", [["Kentucky Office of Vocational Rehabilitation", ORG]], ["Referred"]],
  ["Per the Indiana State Department of Health, the screen is positive.", [["Indiana State Department of Health", ORG]], ["screen"]],
  ["Report sent to the Minnesota Board of Behavioral Health.", [["Minnesota Board of Behavioral Health", ORG]], ["Report"]],
  ["Kentucky Department for Medicaid Services sent a letter.", [["Kentucky Department for Medicaid Services", ORG]], ["letter"]],
  ["waiver: kansas department for aging and disability services via the plan", [["kansas department for aging and disability services", ORG]], ["waiver", "plan"]],
  // a state's police and highway patrol
  ["HAWAII POLICE DEPARTMENT - MEDICAL EXAMINER SECTION", [["HAWAII POLICE DEPARTMENT", ORG]], ["MEDICAL", "SECTION"]],
  ["Stopped by the Nevada Highway Patrol on I-80.", [["Nevada Highway Patrol", ORG], ["I-80", "location:address"]], ["Stopped"]],
  ["Seen by a Michigan State Police trooper.", [["Michigan State Police", ORG]], ["trooper"]],
  // a court named by its county, a county's EMS, regional jail and processing centre
  ["Order of the Probate Court of Ashby County dated today.", [["Probate Court of Ashby County", ORG]], ["Order", "dated"]],
  ["IN THE CIRCUIT COURT OF FENWICK COUNTY, KENTUCKY", [["CIRCUIT COURT OF FENWICK COUNTY, KENTUCKY", ORG]], []],
  ["BOOKED INTO THE CORLEY COUNTY REGIONAL JAIL ON 5/2", [["CORLEY COUNTY REGIONAL JAIL", ORG]], ["BOOKED"]],
  ["transferred to Doyle County Processing Center overnight", [["Doyle County Processing Center", ORG]], ["overnight"]],
  ["911 -> HARTWELL COUNTY EMS STATION 4.", [["HARTWELL COUNTY EMS", ORG]], ["STATION"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a remit's word before a hospital unit's word is a department's name: the state alone
  ["She trained in the Ohio Department of Emergency Medicine residency.", [["Ohio", "location:state"]], ["Department", "Emergency", "Medicine"]],
  ["OHIO DEPARTMENT OF EMERGENCY MEDICINE", [["OHIO", "location:state"]], ["DEPARTMENT", "EMERGENCY"]],
  // a head with no remit, a county's department of a specialty, a bare department, a court of no county
  ["Texas Department: see attached.", [["Texas", "location:state"]], ["Department"]],
  ["Delmont County Department of Surgery", [["Delmont County", "location:county"]], ["Department", "Surgery"]],
  ["The court of appeals ruled.", [], ["court", "appeals"]],
  ["He lives in Ohio.", [["Ohio", "location:state"]], ["lives"]],
  ["Board of Nursing complaint filed.", [], ["Board", "Nursing"]],
];

const TYPED: ReadonlyArray<TypedCase> = [
  // an indictment's, a folio's, an employee's and a research screening's numbers
  ["COMMONWEALTH V. DOE     INDICTMENT NO. 98-CR-00417", [["98-CR-00417", "ID"]], ["COMMONWEALTH"]],
  ["Indictment # 2097-CR-1182 was returned.", [["2097-CR-1182", "ID"]], ["returned"]],
  ["GUEST: SMITH   CABIN 8217   FOLIO 44120877", [["44120877", "ID"]], ["8217"]],
  ["OFFICER: BADGE 2211   EMPLOYEE ID E-04418", [["2211", "ID"], ["E-04418", "ID"]], ["OFFICER"]],
  ["Employee #: 0044187", [["0044187", "ID"]], []],
  ["Screening # S-1142, subject ID PRH-04-0031", [["S-1142", "ID"], ["PRH-04-0031", "ID"]], []],
  // an animal's rabies tag and microchip
  ["RABIES TAG 2097-KDH-0418, MICROCHIP 985112004718832", [["2097-KDH-0418", "DEVICE"], ["985112004718832", "DEVICE"]], ["RABIES"]],
  ["rabies tag # 44-1187 seen on collar", [["44-1187", "DEVICE"]], ["collar"]],
  // counts and words after the cue words
  ["Screening 2 of 3 was done.", [], ["Screening"]],
  ["The employee 4 years ago fell.", [], ["employee"]],
  ["tag 2 of the chart", [], ["tag"]],
];

runPlaceTable("clinical round 27: a state's or a county's agency, a court of a county (stop 36)", [...POSITIVES, ...NEGATIVES]);
runTypedTable("clinical round 27: indictment, folio, employee, screening, rabies tag and microchip numbers (stop 36)", ["ID", "DEVICE"], TYPED);
