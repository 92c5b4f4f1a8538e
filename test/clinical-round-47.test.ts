// Why this file exists: table tests, with hard negatives, for clinical round 47 (stop 51, fy51), read from the blind
// fixture 44's misses (public, occupational and institutional health): a correctional or detention facility named by a
// place and its kind's head, at most two words of a jurisdiction, population, security level or service between them
// ("Lebanon Correctional Institution", "WASHINGTON STATE PENITENTIARY", "Hennepin County Adult Detention Center", "El Paso
// Service Processing Center": corrTail51 in assembly/names/r51_fy51.ts, called after a place's span in detect.ts's
// span()). Mixed case, ALL CAPS and lower case where claimed; both engines. Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const CORRECTIONAL: readonly TypedCase[] = [
  // a town and a two-word head
  ...cases("Transferred from Lebanon Correctional Institution on arrival.", [["Lebanon Correctional Institution", "LOCATION"]],
    ["on arrival"]),
  // a state, "State" and a one-word head; the town after its comma stays a place of its own (in lower case no rule takes
  // "washington" for a place, and the round reads only after one; stop 61's fc61, corrHead61(), finds the whole name at
  // its head "penitentiary" and keeps the town apart)
  ...casedRowsEach("SICK CALL - Washington State Penitentiary, Walla Walla", [
    [["Washington State Penitentiary", "LOCATION"], ["Walla Walla", "LOCATION"]],
    [["WASHINGTON STATE PENITENTIARY", "LOCATION"], ["WALLA WALLA", "LOCATION"]],
    [["washington state penitentiary", "LOCATION"], ["walla walla", "LOCATION"]],
  ], ["SICK CALL"]),
  // a county and a population's word before the head (in lower case the county's span is "hennepin" alone, and
  // "county" is no middle word of the round's: "<place> county <head>" is the county rules'; stop 61's fc61,
  // corrHead61(), finds the whole name at its head "detention center" in lower case)
  ...casedRowsEach("Booked into Hennepin County Adult Detention Center overnight.", [
    [["Hennepin County Adult Detention Center", "LOCATION"]],
    [["HENNEPIN COUNTY ADULT DETENTION CENTER", "LOCATION"]],
    [["hennepin county adult detention center", "LOCATION"]],
  ], ["overnight"]),
  // a city, "Service" and "Processing Center"
  ...cases("Detainee held at El Paso Service Processing Center since 2098.", [
    ["El Paso Service Processing Center", "LOCATION"], ["2098", "DATE"]], ["Detainee held"]),
  // a state and a security level before the head
  ...cases("Inmate at Wyoming Medium Correctional Institution requests glasses.", [
    ["Wyoming Medium Correctional Institution", "LOCATION"]], ["requests glasses"]),
  // "Prison" after "State" (found by the older rules too), the words after the head left out
  ...cases("Paroled from Iowa State Prison last year.", [["Iowa State Prison", "LOCATION"]], ["last year"]),
  // hard negatives: "prison" after no "State" or "Federal", a head that goes on into a clause, a head's first word alone
  // (mixed case only: in ALL CAPS and lower case an older rule takes "TEXAS PRISON", as it did before this round)
  ["Works as a Texas prison guard.", [["Texas", "LOCATION"]], ["prison guard"]],
  ...casedRowsEach("Ohio correctional officers brought him in.", [[["Ohio", "LOCATION"]], [["OHIO", "LOCATION"]], []],
    ["correctional officers"]),
  ...cases("Spent a week in Lebanon detention as a child.", [["Lebanon", "LOCATION"]], ["detention as"]),
];

runTypedTable("clinical round 47 (fy51): a correctional facility a place names", ["LOCATION", "DATE"], CORRECTIONAL);
