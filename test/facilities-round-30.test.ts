// Why this file exists: table tests, with hard negatives, for the stop 30 facilities round (fac30): a facility's name
// whose first words the place rule took alone as a town ("at Western Hills Psychiatric Institute" gave "Western", "at
// Hills Hospital" gave "Hills"), and the department phrases and generic facilities that stay words. Both engines. Names
// are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const FAC = "location:facility";
const ORG = "location:organization";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a place word (a town's suffix or a compass word) opening the name, after "at"/"to"/"from"
  ["Hospitalized at Western Hills Psychiatric Institute last spring.", [["Western Hills Psychiatric Institute", ORG]], ["Hospitalized", "spring"]],
  ["Seen at Hills Hospital today.", [["Hills Hospital", FAC]], ["Seen", "today"]],
  ["Transferred to Western Hospital overnight.", [["Western Hospital", FAC]], ["Transferred", "overnight"]],
  ["Records from Western Hills Medical Center were reviewed.", [["Western Hills Medical Center", FAC]], ["Records", "reviewed"]],
  // the facility rule's own names stay as they were
  ["Transferred to Boston Medical Center.", [["Boston Medical Center", FAC]], ["Transferred"]],
  ["Seen at Bozeman Hills Hospital today.", [["Bozeman Hills Hospital", FAC]], ["Seen", "today"]],
  // (a sentence's verb before the name stays out; a word after the head goes on with the older rules' name)
  ["Attends Rainbow Ridge Daycare.", [["Rainbow Ridge Daycare", ORG]], ["Attends"]],
  ["Films read at Harwick Hospital Imaging.", [["Harwick Hospital Imaging", FAC]], ["Films"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // departments and generic facilities named by English words only
  ["Seen at Burn Center today.", [], ["Burn", "Center"]],
  ["Seen at Sleep Disorders Center today.", [], ["Sleep", "Disorders", "Center"]],
  ["Transferred from Cancer Institute records.", [], ["Cancer", "Institute"]],
  ["Admitted to the hospital overnight.", [], ["hospital"]],
  ["Transferred from Outside Hospital.", [], ["Outside", "Hospital"]],
  ["Seen in the Heart Institute clinic.", [], ["Heart", "Institute"]],
  // a place word before a department, no facility head after it
  ["Lives at Western Hills with her son.", [["Western Hills", "location:city"]], ["Lives", "son"]],
];

runPlaceTable("facility names a town's guess cut short (stop 30 facilities round)", POSITIVES);
runPlaceTable("departments and generic facilities stay words (stop 30 facilities round)", NEGATIVES);
