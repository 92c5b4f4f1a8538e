// Why this file exists: table tests, with hard negatives, for stop 57's clinical round from fixture 55 (fx57: end of
// life and after death), in mixed case, ALL CAPS and lower case, both engines: a hospice agency's name that the facility
// rules find is typed the organisation every fixture labels it (hospiceOrg57() in assembly/names/r57_fx.ts), while a
// hospice house, an inpatient unit, a note's "Location:" and a town joined after a comma or a dash stay the place; and a
// cemetery's name that no older rule found before its head is the place it names (cemetery57()), while "the family
// cemetery", "a veterans cemetery", "the cemetery" and a burial's cue stay words. Names invented.
import { casedRows, casedRowsEach, runPlaceTable } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";
const CTY = "location:county";

const HOSPICE = [
  ...casedRows("Referred to Quillmoor Valley Hospice for admission.\n", [["Quillmoor Valley Hospice", ORG]], ["Referred", "admission"]),
  ...casedRows("Agency: Golden Meadow Hospice, RN visit today.\n", [["Golden Meadow Hospice", ORG]], ["Agency", "visit"]),
];

const HOSPICE_NOT = [
  // (a hospice house is where the patient stays: the facility's reason is kept; "House" is left out by an older rule)
  ...casedRows("Transferred to Quillmoor Hospice House for GIP.\n", [["Quillmoor Hospice", FAC]], ["Transferred", "GIP"]),
  // (a note's place of service after "Location:" stays the facility)
  ...casedRows("Location: Quillmoor Hospice, 12 Elm Rd, Salem.\n", [["Quillmoor Hospice", FAC], ["12 Elm Rd, Salem", "location:address"]], []),
  ...casedRows("Discussed hospice care with the family.\n", [], ["hospice care", "family"]),
];

const CEMETERY = [
  // (in ALL CAPS an older rule reads "HIGHLAND" as a town and grows it over the head)
  ...casedRowsEach("Plot at Highland Cemetery beside his wife.\n",
    [[["Highland Cemetery", CTY]], [["HIGHLAND CEMETERY", "location:city"]], [["highland cemetery", CTY]]], ["Plot", "beside"]),
  ...casedRows("Cemetery: Holy Cross Cemetery, section 4.\n", [["Holy Cross Cemetery", CTY]], ["section"]),
  ...casedRows("Burial at Resurrection Cemetery after mass.\n", [["Resurrection Cemetery", CTY]], ["Burial", "mass"]),
];

const CEMETERY_NOT = [
  ...casedRows("He will be buried in the family cemetery.\n", [], ["family cemetery", "buried"]),
  ...casedRows("Wants burial at a veterans cemetery.\n", [], ["veterans cemetery", "burial"]),
  ...casedRows("Daughter visited the cemetery today.\n", [], ["cemetery", "visited"]),
  ...casedRows("Plot at National Cemetery requested.\n", [], ["National Cemetery"]),
  // (the merge of stop 57: a possessive before the words in ALL CAPS too, "HER DAD CEMETERY VISITS")
  ...casedRows("Talked about her dad cemetery visits.\n", [], ["dad cemetery", "visits"]),
];

runPlaceTable("stop 57 (fx57): a hospice agency's name is the organisation's", HOSPICE);
runPlaceTable("stop 57 (fx57): a hospice house, a place of service and hospice care stay a place and words", HOSPICE_NOT);
runPlaceTable("stop 57 (fx57): a cemetery's name before its head is a place", CEMETERY);
runPlaceTable("stop 57 (fx57): generic cemeteries and burial cues stay words", CEMETERY_NOT);
