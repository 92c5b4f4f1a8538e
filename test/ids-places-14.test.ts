// Why this file exists: table tests, with hard negatives, for three families that clinical notes write without the
// cue our detectors wanted (ids14): record numbers known by their shape alone ("SP-24-00871", "Reference
// UM-25-7781042", "Subject 017-044"), streets without a house number after a premises word and "on" in ALL CAPS and
// lower case ("DAYCARE ON ELM ST;"), and towns that are also English words after a residence or travel frame in ALL
// CAPS and lower case ("LIVES IN READING WITH HIS WIFE"). Both engines. Numbers, names and places are made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const ID_TYPES = ["ID", "LICENSE", "ZIP"];


// scanDashCode: 1-4 letters of one case, '-' or glued digits, digit groups joined by '-' (5+ digits in a run, or a run
// of 4 among 6+ digits ending in a digit)
const ID_POSITIVES: ReadonlyArray<TypedCase> = [
  // pathology and cytology accessions: letters and a two-digit year, glued or after a dash
  ["Outside slides S25-12345 reviewed.", [["S25-12345", "ID"]], ["Outside", "reviewed"]],
  ["CASE: SP-24-00871\nFINAL DIAGNOSIS: benign.", [["SP-24-00871", "ID"]], ["CASE", "FINAL"]],
  ["Cytology NG25-1123 negative for malignancy.", [["NG25-1123", "ID"]], ["Cytology", "negative"]],
  ["outside slides hh-92-3318 (4 slides)", [["hh-92-3318", "ID"]], ["slides", "4"]],
  // reference, requisition, authorisation, transfer and device numbers without a cue word
  ["Approved through 10/26/2025. Reference UM-25-7781042.", [["UM-25-7781042", "ID"]], ["Reference"]],
  ["Sent for MSI (req NG-7741902).", [["NG-7741902", "ID"]], ["MSI"]],
  ["Transfer center ref TC-260202-118.", [["TC-260202-118", "ID"]], ["Transfer", "center"]],
  ["MACHINE FMC-2008T-55120. DIALYZER OPTIFLUX.", [["FMC-2008T-55120", "ID"]], ["MACHINE", "DIALYZER"]],
  ["PICC placed (lot/serial PWR-5F-00318826).", [["PWR-5F-00318826", "ID"]], ["PICC"]],
  ["compliance case PRV-2024-0388 opened", [["PRV-2024-0388", "ID"]], ["compliance", "opened"]],
  ["Flight ALNW-240704-2 landed.", [["ALNW-240704-2", "ID"]], ["Flight", "landed"]],
  // a research subject and a study kit: their number right after the word
  ["Subject 017-044 enrolled 3/2.", [["017-044", "ID"]], ["Subject", "enrolled"]],
  ["Study drug kit K-3391 dispensed.", [["K-3391", "ID"]], ["Study", "dispensed"]],
  ["subject: 021-118", [["021-118", "ID"]], ["subject"]],
  // labels the lists lacked: a commercial driver's licence, an EMT's registry number, "DOC#" glued
  ["CDL # D41880273 (AZ)", [["D41880273", "LICENSE"]], ["AZ"]],
  ["NATIONAL REGISTRY # 8812290445", [["8812290445", "LICENSE"]], ["REGISTRY"]],
  ["DOC# 412896   DOB 9/9/1979", [["412896", "ID"]], ["DOB"]],
  // a European postcode with its country letter is an address's
  ["Hospital: Avda. Manuel Siurot S/N. E-41013. Sevilla.", [["E-41013", "ZIP"]], ["Hospital"]],
];

const ID_NEGATIVES: ReadonlyArray<TypedCase> = [
  // gene, protein and variant names, viruses and scores
  ["KRAS G12C, BRCA1 negative, HER2 3+, PD-L1 TPS 80%.", [], ["KRAS", "G12C", "BRCA1", "HER2", "PD-L1"]],
  ["COVID-19 PCR and SARS-CoV-2 antigen negative; HLA-DRB1-1501 typing sent.", [], ["COVID-19", "SARS-CoV-2", "HLA-DRB1-1501"]],
  ["PHQ-9 of 12, GAD-7 of 8, CHA2DS2-VASc 4.", [], ["PHQ-9", "GAD-7", "CHA2DS2-VASc"]],
  // billing and registry codes, genome positions, lab values written with a dash
  ["Billed CPT-99213 with ICD-10-CM E11.9; chr17-41276045 variant.", [], ["CPT-99213", "ICD-10-CM", "chr17-41276045"]],
  ["WBC-12000 and PLT-150000 on admission.", [], ["WBC-12000", "PLT-150000"]],
  // a year closing a code: a lab's date, a quarter, a fiscal year; a month written with a dash is a date
  ["HbA1c-2024 was 7.1. Q3-2024 review and FY2024-2025 budget.", [], ["HbA1c-2024", "Q3-2024", "FY2024-2025"]],
  // device and drug models, extensions, short codes
  ["St. Jude CD1359-40Q ICD; MK-3475 infusion; call x4-2210.", [], ["CD1359-40Q", "MK-3475"]],
  ["Bay B-12, room 4-East, NYHA-III, T2-weighted images.", [], ["B-12", "NYHA-III", "T2-weighted"]],
  // "Subject" and "Kit" label only a number right after them
  ["The plan is subject to change in 2024.", [], ["subject", "change"]],
  ["Narcan kit given, 4 mg intranasal x 2.", [], ["Narcan", "kit"]],
  ["subject 12 of 20 in the cohort", [], ["subject", "12", "20"]],
];

runTypedTable("record numbers by their shape, without a cue word (ids14)", ID_TYPES, ID_POSITIVES);
runTypedTable("codes of that shape that name no one (ids14)", ID_TYPES, ID_NEGATIVES);

const ADDR = "location:address";
const CITY = "location:city";

// premisesOn: a premises word before "on", a street closing its phrase; residenceTown: a weak place (a town that is an
// English word) after "in/from/near" in a residence or travel frame, its phrase ending after it
const PLACE_POSITIVES: ReadonlyArray<PlaceCase> = [
  ["ATTENDS LITTLE ACORNS DAYCARE ON ELM ST; STARTS PRE-K IN FALL.", [["LITTLE ACORNS DAYCARE", "location:organization"], ["ELM ST", ADDR]], ["ATTENDS", "STARTS"]],
  ["the pharmacy on lowell st? my cell is best", [["lowell st", ADDR]], ["pharmacy", "cell"]],
  ["the clinic on park ave is closed today", [["park ave", ADDR]], ["clinic", "closed"]],
  ["FOUND AT THE ANCHOR PUB ON WATER STREET APPROX 0100.", [["ANCHOR PUB", "location:organization"], ["WATER STREET", ADDR]], ["APPROX", "0100"]],
  ["HE LIVES IN READING WITH HIS WIFE.", [["READING", CITY]], ["LIVES", "WITH"]],
  ["he lives in reading with his wife.", [["reading", CITY]], ["lives", "with"]],
  ["she lives in fall river with her son.", [["fall river", CITY]], ["lives", "son"]],
  ["SHE'S AT MY HOUSE IN FALL RIVER UNTIL THANKSGIVING.", [["FALL RIVER", CITY]], ["HOUSE", "UNTIL"]],
  ["DAUGHTER FLYING IN FROM PHOENIX ON FRIDAY.", [["PHOENIX", CITY]], ["FLYING", "FROM"]],
  ["lives with her daughter in concord.", [["concord", CITY]], ["daughter"]],
  ["visiting her sister in bath, then home", [["bath", CITY]], ["visiting", "sister"]],
  // a person or a place just found before "in": located in the town
  ["OTHER CHILDREN: ANA LUCIA IN FALL RIVER, JAVIER (DECEASED).",
    [["ANA LUCIA", "name:neighbour"], ["FALL RIVER", CITY], ["JAVIER", "name:dictionary"]], ["CHILDREN", "DECEASED"]],
  ["transported to emerson hospital in concord, report called", [["emerson hospital", "location:facility"], ["concord", CITY]],
    ["transported", "report"]],
  // a premises word and its name before "on"
  ["MY PHARMACY SAFEWAY ON MISSION BLVD SAYS THEY NEVER GOT IT.", [["SAFEWAY", "location:organization"], ["MISSION BLVD", ADDR]],
    ["PHARMACY", "SAYS"]],
];

const PLACE_NEGATIVES: ReadonlyArray<PlaceCase> = [
  // no residence frame, or no town, or the phrase goes on
  ["She lives in fear of him.", [], ["fear"]],
  ["STAYS IN BED MOST DAYS.", [], ["BED"]],
  ["discharged home in stable condition", [], ["stable", "condition"]],
  ["lives in poverty, receives SNAP.", [], ["poverty"]],
  ["HOME IN TIME FOR DINNER.", [], ["TIME"]],
  ["soaking in bath twice a day", [], ["bath"]],
  ["she is visiting in clinic today", [], ["clinic"]],
  ["returned in stable condition", [], ["stable"]],
  ["LIVES IN A GROUP HOME IN SPANISH-SPEAKING AREA.", [], ["GROUP", "SPANISH"]],
  // a premises word and "on" without a street
  ["the store on the main road", [], ["store", "main", "road"]],
  ["pharmacy on call this weekend", [], ["call", "weekend"]],
  ["THE PHARMACY ON HOLD FOR 20 MIN.", [], ["HOLD"]],
  ["home on oxygen 2 l via nc", [], ["oxygen"]],
  ["the pharmacy staff on day shift", [], ["staff", "day", "shift"]],
  ["pharmacy refill on hold", [], ["refill", "hold"]],
  // a person before "in" and no town after it
  ["Dr. Lee in clinic today.", [["Lee", "name:title"]], ["clinic"]],
  ["JOHN IN BED, AWAKE.", [["JOHN", "name:dictionary"]], ["BED", "AWAKE"]],
  // a dwelling is no town, and a place before "from" locates nothing
  ["MOVED FROM HOME TO ASSISTED LIVING LAST YEAR.", [], ["HOME", "ASSISTED"]],
  ["96 YO F BROUGHT IN BY QUORNVILLE FIRE RESCUE FROM HOME.", [["QUORNVILLE FIRE RESCUE", "location:organization"]], ["HOME"]],
];

runPlaceTable("streets after a premises word and towns after a residence frame, without capitals (ids14)", PLACE_POSITIVES);
runPlaceTable("words in those frames that are no street and no town (ids14)", PLACE_NEGATIVES);
