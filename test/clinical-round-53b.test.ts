// Why this file exists: table tests, with hard negatives, for clinical round 53b (stop 54, fy54b), the second round on
// the blind fixture 50's misses: a street named without a house number that names a site right after it ("at our archer
// rd site", "at the Kimball Ave house", "AT THE KALISTE SALOOM RD OFFICE", "Medical Park Dr bldg C": streetSite54b in
// assembly/names/r54_fy54b.ts, called in detect.ts's decide() street walk after pharmacyStreet54). Mixed case, ALL CAPS
// and lower case; both engines. Names, places and numbers are made up.
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const L = "LOCATION";

const ROWS: RoundRows = [
  // after an anchor word ("at our", "at the", "to"), in the three cases
  ["booked you both tues apr 21 3:15 at our archer rd site with dr fenwick.", [["DATE", "tues apr 21"], [L, "archer rd"], ["NAME", "fenwick"]]],
  ["BOOKED YOU BOTH TUES APR 21 3:15 AT OUR ARCHER RD SITE WITH DR FENWICK.", [["DATE", "TUES APR 21"], [L, "ARCHER RD"], ["NAME", "FENWICK"]]],
  ["Family found the papers at the Kimball Ave house.", [[L, "Kimball Ave"]]],
  ["he's at the manning dr entrance 984-555-0141", [[L, "manning dr"], ["PHONE", "984-555-0141"]]],
  ["HE'S AT THE MANNING DR ENTRANCE 984-555-0141", [[L, "MANNING DR"], ["PHONE", "984-555-0141"]]],
  ["First session 5/18/2099 at the Kaliste Saloom Rd office.", [["DATE", "5/18/2099"], [L, "Kaliste Saloom Rd"]]],
  ["FIRST SESSION 5/18/2099 AT THE KALISTE SALOOM RD OFFICE.", [["DATE", "5/18/2099"], [L, "KALISTE SALOOM RD"]]],
  ["first session 5/18/2099 at the kaliste saloom rd office.", [["DATE", "5/18/2099"], [L, "kaliste saloom rd"]]],
  ["i've resent it to mission blvd store 510-555-0148.", [[L, "mission blvd"], ["ID", "510-555-0148"]]],
  // an abbreviated direction and an ordinal
  ["field visit to e. 25th st address - not home.", [[L, "e. 25th st"]]],
  ["FIELD VISIT TO E. 25TH ST ADDRESS - NOT HOME.", [[L, "E. 25TH ST"]]],
  ["A RAMP AT THE W 12TH ST ENTRANCE.", [[L, "W 12TH ST"]]],
  // after a comma or a colon; the type's period before the site word
  ["Employer Tyson Foods (deboning line, Berry St plant).", [[L, "Tyson Foods"], [L, "Berry St"]]],
  ["EMPLOYER TYSON FOODS (DEBONING LINE, BERRY ST PLANT).", [[L, "TYSON FOODS"], [L, "BERRY ST"]]],
  ["Best Parking: Ridgely St. Garage", [[L, "Ridgely St"]]],
  ["Dr. Sunniva Haugen (movement disorders), Medical Park Dr bldg C.", [["NAME", "Sunniva Haugen"], [L, "Medical Park Dr"]]],
  // hard negatives: a doctor's office or clinic, a side or the same street, a lymph node's site, an ECG's segment, a
  // dietitian's and a speech therapist's office, a spelled-out type in ALL CAPS, an injection's site
  ["called the eye dr office for records", []],
  ["she called her heart dr clinic today", []],
  ["use the side st entrance after hours", []],
  ["USE THE SIDE ST ENTRANCE AFTER HOURS", []],
  ["USE THE MAIN ROAD ENTRANCE AFTER HOURS", []],
  ["lives at the same st address as before", []],
  ["tenderness at the axillary ln site", []],
  ["TENDERNESS AT THE AXILLARY LN SITE", []],
  ["ANTERIOR ST ELEVATION, NONE AT THE INFERIOR ST SITE", []],
  ["referred to the renal rd office", []],
  ["SEEN AT THE OUTPATIENT ST CLINIC TODAY", []],
  ["seen at the peds st clinic today", []],
  ["SEEN AT THE PEDS ST CLINIC TODAY", []],
  ["injection site clean, at the iv site no redness", []],
];

runRoundTable("clinical round 53b (stop 54, fy54b): a numberless street that names the site after it", ROWS);
