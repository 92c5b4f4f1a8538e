// Why this file exists: table tests, with hard negatives, for the stop 54 organisations round og54 (assembly/names/
// r54_og54.ts and its call sites in detect.ts): a public agency named by a remit the older lists lacked ("Missouri
// Department of Agriculture", "Kansas Department of Health and Environment", "Office for Civil Rights", "Office of
// Special Counsel", "Ohio Bureau of State Hearings", "Tennessee Board of Medical Examiners", "Department of Public
// Works"), a remit's possessive ("Department of Children's Services"), "State" inside a remit but not after it ("Texas
// Department of State Health Services"; "Department of Agriculture | state veterinarian"), a state's code in capitals
// before a capitalised head ("NC Division of Health Service Regulation"), and in lower case a county's agency named head
// first or a court of the county ("velmont county department of public health", "probate court of ashgrove county"),
// in mixed case, ALL CAPS and lower case. Hard negatives: a hospital's departments and offices ("Department of
// Radiology", "Emergency Department", "Office of Patient Experience", "Department of Nursing Services", "Division of
// Pediatric Services"), "Office of Quality" and "Department of Quality and Patient Safety", generic "the department"
// and "office visit". Both engines. Counties, names and towns are made up.
import { ORG, runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const AGENCIES: ReadonlyArray<PlaceCase> = [
  // remit words the older lists lacked
  ...tri("Quarantine ordered by Missouri Department of Agriculture state veterinarian today.", [["Missouri Department of Agriculture", ORG]], ["veterinarian"]),
  ...tri("He called the Kansas Department of Health and Environment hotline.", [["Kansas Department of Health and Environment", ORG]], ["hotline"]),
  ...tri("You may complain to the Office for Civil Rights.", [["Office for Civil Rights", ORG]], ["complain"]),
  ...tri("Counsel: Office of Special Counsel.", [["Office of Special Counsel", ORG]], []),
  ...tri("Tennessee Board of Medical Examiners notified.", [["Tennessee Board of Medical Examiners", ORG]], ["notified"]),
  ...tri("Employer: Broome County Department of Public Works (highway crew).", [["Broome County Department of Public Works", ORG]], ["highway"]),
  // a remit's possessive; "State" inside the remit
  ...tri("Intake by the Tennessee Department of Children's Services today.", [["Tennessee Department of Children's Services", ORG]], ["Intake", "today"]),
  ...tri("Specimen sent to the Texas Department of State Health Services lab.", [["Texas Department of State Health Services", ORG]], ["lab"]),
  // a county's agency head first and a court of the county (lower case is new; the capitals' rule reads the others)
  ...tri("Faxed to Velmont County Department of Public Health today.", [["Velmont County Department of Public Health", ORG]], ["today"]),
  ...tri("Petition filed in the Probate Court of Ashgrove County, hearing 4/3.", [["Probate Court of Ashgrove County", ORG]], ["Petition", "hearing"]),
  ...tri("Legal: Varnell County Adult Probation (officer notified).", [["Varnell County Adult Probation", ORG]], ["officer"]),
  // a state's code before the head: mixed case and ALL CAPS (lower case keeps the code out: "nc", "nd" are words too)
  ["Reported to NC Division of Health Service Regulation 5/1.", [["NC Division of Health Service Regulation", ORG]], ["Reported"]],
  ["REPORTED TO NC DIVISION OF HEALTH SERVICE REGULATION 5/1.", [["NC DIVISION OF HEALTH SERVICE REGULATION", ORG]], ["REPORTED"]],
  ["reported to nc division of health service regulation 5/1.", [["division of health service regulation", ORG]], ["reported"]],
  ["Spill reported to the ND Dept of Environmental Quality today.", [["ND Dept of Environmental Quality", ORG]], ["Spill"]],
  ["SPILL REPORTED TO THE ND DEPT OF ENVIRONMENTAL QUALITY TODAY.", [["ND DEPT OF ENVIRONMENTAL QUALITY", ORG]], ["SPILL"]],
  ["spill reported to the nd dept of environmental quality today.", [["dept of environmental quality", ORG]], ["spill"]],
  ["Appeal filed with the Ohio Bureau of State Hearings by 3/24.", [["Ohio Bureau of State Hearings", ORG]], ["Appeal"]],
  ["APPEAL FILED WITH THE OHIO BUREAU OF STATE HEARINGS BY 3/24.", [["OHIO BUREAU OF STATE HEARINGS", ORG]], ["APPEAL"]],
  ["appeal filed with the ohio bureau of state hearings by 3/24.", [["bureau of state hearings", ORG]], ["appeal"]],
  // a county's remit alone after a county of two words stays the older rules' (mixed and lower case)
  ["Caseworker from Crow Wing County Community Services called.", [["Crow Wing County Community Services", ORG]], ["Caseworker"]],
  ["caseworker from crow wing county community services called.", [["crow wing county community services", ORG]], ["caseworker"]],
  // hard negatives: a hospital's departments and offices, "quality" alone, generic words
  ...tri("Referred to the Office of Quality for review.", [], ["Office", "Quality"]),
  ...tri("Referred to the Department of Quality and Patient Safety.", [], ["Department", "Quality", "Safety"]),
  ...tri("Seen in the Department of Radiology and the Emergency Department.", [], ["Department", "Radiology", "Emergency"]),
  ...tri("Discussed at the Office of Patient Experience and the Emergency Department.", [], ["Office", "Patient", "Experience"]),
  ...tri("Department of Nursing Services and Division of Pediatric Services were paged.", [], ["Nursing", "Pediatric", "Services"]),
  ...tri("Seen in the department for an office visit; the department will call.", [], ["department", "office"]),
];

runPlaceTable("stop 54 (og54): a public agency named by its remit, a county's agency and court in lower case", AGENCIES);
