// Why this file exists: table tests, with hard negatives, for the stop 44 organisations round (org44): a clinician's
// practice in brackets right after the clinician's name or credential ("C. WASHINGTON-PIERCE, MD (DELTA HEALTH CENTER)",
// "Dr. Theriot (Lafourche Crossing Clinic)": practiceBracket44), and a federal agency's initialism as the party that
// acts ("reported to the FDA", "OSHA NOTIFIED", "SSA claim", "SEEN BY USCG HELO", "ATF not involved": federalAgency44),
// and "PLLC", "LLC" or "LLP" closing a firm's name no rule found ("FRONT RANGE NEUROPSYCHOLOGY, PLLC": legalTail44).
// Mixed case, ALL CAPS and lower case; both engines. Names of people and practices are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const PRACTICES: ReadonlyArray<PlaceCase> = [
  // (stop 59: nm59's nameLead59() takes the initial before the surname found, "C. Washington-Pierce", as the lower-case
  // row below always did)
  ["Read by: C. Washington-Pierce, MD (Delta Health Center) - new conduction disease.", [["C. Washington-Pierce","name:credential"],["Delta Health Center",FAC]], ["conduction"]],
  ["READ BY: C. WASHINGTON-PIERCE, MD (DELTA HEALTH CENTER) - NEW CONDUCTION DISEASE.", [["C. WASHINGTON-PIERCE","name:credential"],["DELTA HEALTH CENTER",FAC]], ["CONDUCTION"]],
  ["read by: c. washington-pierce, md (delta health center) - new conduction disease.", [["c. washington-pierce","name:credential"],["delta health center",FAC]], ["conduction"]],
  ["Referred by Dr. Abdikadir Warsame (Lake Superior Community Health Center) for CT.", [["Abdikadir Warsame","name:title"],["Lake Superior Community Health Center",FAC]], ["CT"]],
  ["REFERRED BY DR. ABDIKADIR WARSAME (LAKE SUPERIOR COMMUNITY HEALTH CENTER) FOR CT.", [["ABDIKADIR WARSAME","name:title"],["LAKE SUPERIOR COMMUNITY HEALTH CENTER",FAC]], ["CT"]],
  ["referred by dr. abdikadir warsame (lake superior community health center) for ct.", [["abdikadir warsame","name:title"],["lake superior community health center",FAC]], ["ct"]],
  ["Ordering provider Margaret O'Connell-Dupree, NP (North Country Family Health Center) by phone.", [["Margaret O'Connell-Dupree","name:neighbour"],["North Country Family Health Center",FAC]], ["phone"]],
  ["ORDERING PROVIDER MARGARET O'CONNELL-DUPREE, NP (NORTH COUNTRY FAMILY HEALTH CENTER) BY PHONE.", [["MARGARET O'CONNELL-DUPREE","name:neighbour"],["NORTH COUNTRY FAMILY HEALTH CENTER",FAC]], ["PHONE"]],
  ["ordering provider margaret o'connell-dupree, np (north country family health center) by phone.", [["margaret o'connell-dupree","name:neighbour"],["north country family health center",FAC]], ["phone"]],
  ["Referring: C. Bierlein, MD (Thumb Area Orthopedics)", [["C. Bierlein","name:neighbour"],["Thumb Area Orthopedics",ORG]], ["Referring"]],
  ["REFERRING: C. BIERLEIN, MD (THUMB AREA ORTHOPEDICS)", [["C. BIERLEIN","name:neighbour"],["THUMB AREA ORTHOPEDICS",ORG]], ["REFERRING"]],
  ["referring: c. bierlein, md (thumb area orthopedics)", [["c. bierlein","name:credential"],["thumb area orthopedics",ORG]], ["referring"]],
  ["PCP Dr. Theriot (Lafourche Crossing Clinic) was called.", [["Theriot","name:title"],["Lafourche Crossing Clinic",FAC]], ["called"]],
  ["PCP DR. THERIOT (LAFOURCHE CROSSING CLINIC) WAS CALLED.", [["THERIOT","name:title"],["LAFOURCHE CROSSING CLINIC",FAC]], ["CALLED"]],
  ["pcp dr. theriot (lafourche crossing clinic) was called.", [["theriot","name:title"],["lafourche crossing clinic",FAC]], ["called"]],
];

const AGENCIES: ReadonlyArray<PlaceCase> = [
  ["This correction has been reported to the FDA. Adverse events can also be reported.", [["FDA",ORG]], ["Adverse"]],
  ["THIS CORRECTION HAS BEEN REPORTED TO THE FDA. ADVERSE EVENTS CAN ALSO BE REPORTED.", [["FDA",ORG]], ["ADVERSE"]],
  ["this correction has been reported to the fda. adverse events can also be reported.", [["fda",ORG]], ["adverse"]],
  ["Tail N447LO.\nOSHA notified by the safety manager.", [["OSHA",ORG]], ["safety"]],
  ["TAIL N447LO.\nOSHA NOTIFIED BY THE SAFETY MANAGER.", [["OSHA",ORG]], ["SAFETY"]],
  ["tail n447lo.\nosha notified by the safety manager.", [["osha",ORG]], ["safety"]],
  ["Catholic Charities house. HSI special agent Patrick Dunleavy informed.", [["Catholic Charities",ORG],["HSI",ORG],["Patrick Dunleavy","name:neighbour"]], ["special"]],
  ["catholic charities house. hsi special agent patrick dunleavy informed.", [["catholic charities",ORG],["hsi",ORG],["patrick dunleavy","name:neighbour"]], ["special"]],
  ["Has applied for SSDI (SSA claim SSA-0447182-DI).", [["SSA",ORG]], ["SSDI"]],
  ["HAS APPLIED FOR SSDI (SSA CLAIM SSA-0447182-DI).", [["SSA",ORG]], ["SSDI"]],
  ["has applied for ssdi (ssa claim ssa-0447182-di).", [["ssa",ORG]], ["ssdi"]],
  ["Seen by USCG helo corpsman.", [["USCG",ORG]], ["helo"]],
  ["SEEN BY USCG HELO CORPSMAN.", [["USCG",ORG]], ["HELO"]],
  ["seen by uscg helo corpsman.", [["uscg",ORG]], ["helo"]],
  ["Case ECSO-99-1882. ATF not involved.", [["ATF",ORG]], ["involved"]],
  ["CASE ECSO-99-1882. ATF NOT INVOLVED.", [["ATF",ORG]], ["INVOLVED"]],
  ["case ecso-99-1882. atf not involved.", [["atf",ORG]], ["involved"]],
  ["No flights until August; NSF notified.", [["NSF",ORG]], ["flights"]],
  ["NO FLIGHTS UNTIL AUGUST; NSF NOTIFIED.", [["NSF",ORG]], ["FLIGHTS"]],
  ["no flights until august; nsf notified.", [["nsf",ORG]], ["flights"]],
  ["CA-1 filed with OWCP, claim 550447188.", [["OWCP",ORG]], ["filed"]],
  ["CA-1 FILED WITH OWCP, CLAIM 550447188.", [["OWCP",ORG]], ["FILED"]],
  ["ca-1 filed with owcp, claim 550447188.", [["owcp",ORG]], ["filed"]],
  ["Product reported to CPSC (report CPSC-SR-99-0447182).", [["CPSC",ORG]], ["Product"]],
  ["PRODUCT REPORTED TO CPSC (REPORT CPSC-SR-99-0447182).", [["CPSC",ORG]], ["PRODUCT"]],
  ["product reported to cpsc (report cpsc-sr-99-0447182).", [["cpsc",ORG]], ["product"]],
  ["Branch: USMC", [["USMC",ORG]], ["Branch"]],
  ["BRANCH: USMC", [["USMC",ORG]], ["BRANCH"]],
  ["branch: usmc", [["usmc",ORG]], ["branch"]],
];

const LEGAL_TAILS: ReadonlyArray<PlaceCase> = [
  ["NEUROPSYCHOLOGICAL EVALUATION — FRONT RANGE NEUROPSYCHOLOGY, PLLC, 1835 FRANKLIN ST #400", [["FRONT RANGE NEUROPSYCHOLOGY, PLLC",ORG],["1835 FRANKLIN ST #400","location:address"]], ["EVALUATION"]],
  ["neuropsychological evaluation — front range neuropsychology, pllc, 1835 franklin st #400", [["front range neuropsychology, pllc",ORG],["1835 franklin st #400","location:address"]], ["evaluation"]],
  ["Employer: Sunbelt Roofing & Sheet Metal LLC, 3900 Industrial Loop", [["Sunbelt Roofing & Sheet Metal LLC",ORG],["3900 Industrial Loop","location:address"]], ["Employer"]],
  ["EMPLOYER: SUNBELT ROOFING & SHEET METAL LLC, 3900 INDUSTRIAL LOOP", [["SUNBELT ROOFING & SHEET METAL LLC",ORG],["3900 INDUSTRIAL LOOP","location:address"]], ["EMPLOYER"]],
  ["employer: sunbelt roofing & sheet metal llc, 3900 industrial loop", [["sunbelt roofing & sheet metal llc",ORG],["3900 industrial loop","location:address"]], ["employer"]],
  ["MEMBER'S ATTORNEY: RENATA OYELOWO, OYELOWO & GENTILE PLLC, ONEONTA.", [["RENATA OYELOWO","name:neighbour"],["OYELOWO & GENTILE PLLC",ORG],["ONEONTA","location:city"]], ["ATTORNEY"]],
  ["member's attorney: renata oyelowo, oyelowo & gentile pllc, oneonta.", [["renata oyelowo","name:cue"],["oyelowo & gentile pllc",ORG],["oneonta","location:city"]], ["attorney"]],
];

// (a care kind's, a specialty's or a department's bracket after a clinician, a care kind's initialism, a bracket with a
// clause in it, a bracket with no clinician before it; an agency as a rule's, a form's or a standard's author, a test's
// or a disease's initialism, a service after a veteran's name)
const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ["Dr. Smith (Sports Medicine) saw her.", [["Smith","name:title"]], ["Sports","Medicine"]],
  ["DR. SMITH (SPORTS MEDICINE) SAW HER.", [["SMITH","name:title"]], ["SPORTS","MEDICINE"]],
  ["dr. smith (sports medicine) saw her.", [["smith","name:title"]], ["sports","medicine"]],
  ["Dr. Smith (Community Health Center) saw her.", [["Smith","name:title"]], ["Community","Health"]],
  ["DR. SMITH (COMMUNITY HEALTH CENTER) SAW HER.", [["SMITH","name:title"]], ["COMMUNITY","HEALTH"]],
  ["dr. smith (community health center) saw her.", [["smith","name:title"]], ["community","health"]],
  ["Dr. Smith (Cardiology Clinic) saw her.", [["Smith","name:title"]], ["Cardiology","Clinic"]],
  ["DR. SMITH (CARDIOLOGY CLINIC) SAW HER.", [["SMITH","name:title"]], ["CARDIOLOGY","CLINIC"]],
  ["dr. smith (cardiology clinic) saw her.", [["smith","name:title"]], ["cardiology","clinic"]],
  ["RUTH ANNE KESSLER, NP (CHF CLINIC) COPIED.", [["RUTH ANNE KESSLER","name:neighbour"]], ["CHF","CLINIC"]],
  ["follows with dr. isabel montague (ptsd clinic) monthly.", [["isabel montague","name:title"]], ["ptsd","clinic"]],
  ["HUSBAND EMEKA (FMLA FROM EPIC SYSTEMS) HELPS.", [["EMEKA","name:cue"]], ["FMLA","EPIC"]],
  ["husband emeka (fmla from epic systems) helps.", [["emeka","name:cue"]], ["fmla","epic"]],
  ["Seen (Delta Health Center) today.", [], ["Delta"]],
  ["SEEN (DELTA HEALTH CENTER) TODAY.", [], ["DELTA"]],
  ["seen (delta health center) today.", [], ["delta"]],
  ["Dr. Lee (the Health Center) called.", [["Lee","name:title"]], ["Health"]],
  ["DR. LEE (THE HEALTH CENTER) CALLED.", [["LEE","name:title"]], ["HEALTH"]],
  ["dr. lee (the health center) called.", [["lee","name:title"]], ["health"]],
  ["Under FDA rules, however, you are deferred.", [], ["FDA"]],
  ["UNDER FDA RULES, HOWEVER, YOU ARE DEFERRED.", [], ["FDA"]],
  ["under fda rules, however, you are deferred.", [], ["fda"]],
  ["Recordable on OSHA 300 log.", [], ["OSHA"]],
  ["RECORDABLE ON OSHA 300 LOG.", [], ["OSHA"]],
  ["recordable on osha 300 log.", [], ["osha"]],
  ["SSA enumeration requested.", [], ["SSA"]],
  ["SSA ENUMERATION REQUESTED.", [], ["SSA"]],
  ["ssa enumeration requested.", [], ["ssa"]],
  ["USCG doc 1044718 on file.", [], ["USCG"]],
  ["USCG DOC 1044718 ON FILE.", [], ["USCG"]],
  ["uscg doc 1044718 on file.", [], ["uscg"]],
  ["Anti-SSA positive, NSF risk discussed.", [], ["SSA","NSF"]],
  ["ANTI-SSA POSITIVE, NSF RISK DISCUSSED.", [], ["SSA","NSF"]],
  ["anti-ssa positive, nsf risk discussed.", [], ["ssa","nsf"]],
  ["FDA-approved device.", [], ["FDA"]],
  ["FDA-APPROVED DEVICE.", [], ["FDA"]],
  ["fda-approved device.", [], ["fda"]],
  ["Enc: FDA donor eligibility fact sheet.", [], ["FDA"]],
  ["ENC: FDA DONOR ELIGIBILITY FACT SHEET.", [], ["FDA"]],
  ["enc: fda donor eligibility fact sheet.", [], ["fda"]],
  ["Veteran, USMC (ret.), SC-connected.", [], ["USMC"]],
  ["VETERAN, USMC (RET.), SC-CONNECTED.", [], ["USMC"]],
  ["Approved by FDA in 2019.", [], ["FDA"]],
  ["APPROVED BY FDA IN 2019.", [], ["FDA"]],
  ["Seen at Cardiology, PLLC today.", [], ["Cardiology","PLLC"]],
  ["SEEN AT CARDIOLOGY, PLLC TODAY.", [], ["CARDIOLOGY","PLLC"]],
  ["seen at cardiology, pllc today.", [], ["cardiology","pllc"]],
  ["PATIENT AND FAMILY LLC", [], ["PATIENT","FAMILY"]],
  ["billed by the llc.", [], ["llc"]],
  ["BILLED BY THE LLC.", [], ["LLC"]],
  ["DOSE INC TO 20 MG", [], ["DOSE","INC"]],
  ["dose inc to 20 mg", [], ["dose","inc"]],
];

runPlaceTable("org44: a clinician's practice in brackets after the name or the credential", PRACTICES);
runPlaceTable("org44: a federal agency's initialism as the party that acts", AGENCIES);
runPlaceTable("org44: PLLC, LLC or LLP closing a firm's name no rule found", LEGAL_TAILS);
runPlaceTable("org44: hard negatives", NEGATIVES);
