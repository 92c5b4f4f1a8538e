// Why this file exists: table tests, with hard negatives, for stop 41's round on identifiers (id41), read from the misses
// of the fixtures 20-28 in all three cases: a code after a word's '#' that no cue list names ("DRIVER # RVR-331",
// "MDOC # K4471", "(#114)", "AGENCY # LRVNA 30447": scanHashCode41) and a long code of letters and six digits or more
// without a cue, as a plan's member ID or an agency's number is written ("Horizon NJ Health 3HZ447182011", "via
// Ambetter U7041882903": scanLongCode41), both in assembly/scanners/ids.ts.
// Both engines. Names and numbers are made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

const POSITIVES: ReadonlyArray<TypedCase> = [
  // a long code of letters and six digits or more: a plan's member ID after the plan's name (scanLongCode41)
  ["Insurance: Keystone Valley Health 3KV447182011. Next visit", [["3KV447182011", "ID"]], ["Insurance", "Next"]],
  ["INSURANCE: KEYSTONE VALLEY HEALTH 3KV447182011. NEXT VISIT", [["3KV447182011", "ID"]], ["INSURANCE", "NEXT"]],
  ["coverage is her own plan via Ambrook U7041882903; she pays", [["U7041882903", "ID"]], ["coverage", "pays"]],
  ["state plan ProviderOne 108847720WA.", [["108847720WA", "ID"]], ["state"]],
  ["state plan providerone 108847720wa.", [["108847720wa", "ID"]], ["state"]],
  // a code after a word's '#' that no cue list names (scanHashCode41)
  ["DRIVER: LOYD BEASLEY (DRIVER # RVR-331)   VEHICLE: VAN", [["RVR-331", "ID"]], ["VEHICLE"]],
  ["driver: loyd beasley (driver # rvr-331)   vehicle: van", [["rvr-331", "ID"]], ["vehicle"]],
  ["FELL FROM BRAZOS HAUL TRUCK #HT-41, ~5 FT", [["HT-41", "ID"]], ["FELL"]],
  ["MASS CASUALTY LOG   MCI # BV-MCI-99-004\nINCIDENT: BUS", [["BV-MCI-99-004", "ID"]], ["INCIDENT"]],
  ["Reported to state, NORA # 99-STM-0314\nIP nurse: on call", [["99-STM-0314", "ID"]], ["IP"]],
  ["removed by venue staff (Crowd Guard security #CS-221). EtOH", [["CS-221", "ID"]], ["venue"]],
  ["PAROLE RELEASE CARD, MDOC # K4471 - DL SUSPENDED", [["K4471", "ID"]], ["DL", "SUSPENDED"]],
  ["the examiner's AME # 44718-1 · renewed yearly", [["44718-1", "ID"]], ["examiner's", "renewed"]],
  ["BOOKED TODAY   SO #: 188420\nDATE/TIME", [["188420", "ID"]], ["BOOKED", "DATE"]],
  ["OFFICERS HALLORAN (#114) AND VANDERZEE (#121) RESPONDED", [["114", "ID"], ["121", "ID"]], ["RESPONDED"]],
  ["glasses from Walmart Vision Center #2217 – Casper", [["2217", "ID"]], ["glasses"]],
  // the code's letters and one blank before its digits after the '#'
  ["DOB 05-14-2003 · agency # LRVNA 30447\nPresent: patient", [["05-14-2003", "DATE"], ["LRVNA 30447", "ID"]], ["Present", "agency"]],
  ["dob 05-14-2003 · agency # lrvna 30447\npresent: patient", [["05-14-2003", "DATE"], ["lrvna 30447", "ID"]], ["present", "agency"]],
  ["RODEO ENTRY   CARD # PRCA 44718   NEXT EVENT", [["PRCA 44718", "ID"]], ["RODEO", "NEXT"]],
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // a vaccine's, a tooth's, a node's or a cycle's number after '#': too few digits
  ["Imms today: DTaP #5, IPV #4, Hep A #1. Exam: #3, #14 carious", [], ["DTaP", "IPV"]],
  ["IMMS TODAY: DTAP #5, IPV #4, MMR #2; EXTRACTION #1, #16, #17, #32", [], ["DTAP", "EXTRACTION"]],
  ["sentinel node #2 negative; IVF #2 planned; soccer (#14) coach", [], ["node", "IVF", "soccer"]],
  // a dose's count, a street's unit, a study's number
  ["oxycodone 5 mg #120 dispensed; dispense #1200 units", [], ["oxycodone", "dispense"]],
  ["Percocet, #1000 tabs; catheter #FR-16-A2; abc#12345, note#123456", [], ["Percocet", "1000", "FR-16-A2", "12345"]],
  ["IRB #2024-0713 approved the consent", [], ["IRB", "approved"]],
  ["irb #2024-0713 approved the consent", [], ["irb", "approved"]],
  // decades' ranges, a unit glued to a count, a trial's registry number, a study's number after IRB
  ["Sugars 140s-210s this week; BP 120s-130s", [], ["Sugars", "140s-210s"]],
  ["GIVEN 250000units OF VITAMIN D; 100000IU WEEKLY", [], ["GIVEN", "250000units", "100000IU"]],
  ["screen for the trial (NCT07118842) today", [], ["trial", "NCT07118842"]],
  ["IRB STUDY00018822 approved", [], ["IRB", "STUDY00018822"]],
  // genes, variants and short codes stay: too few digits
  ["HLA-B5801 negative; EGFR-T790M; CYP2D6*4 carrier", [], ["HLA", "EGFR", "CYP2D6"]],
  ["model XN-1000 analyser, lot 12mar19", [], ["model", "analyser"]],
  // sizes after '#' (a catheter's, a needle's, a blade's), a device's model number, equipment
  ["A #24-French Foley catheter, a #18-gauge needle and a #10-blade", [], ["French", "gauge", "blade"]],
  ["A #24-FRENCH FOLEY CATHETER AND A #18-GAUGE NEEDLE", [], ["FRENCH", "GAUGE"]],
  ["Model Name: Sigma, model #:  12345, lead placed", [], ["Model", "12345"]],
  ["visit from the crash cart #CC-208 today", [], ["cart", "CC-208"]],
  // a size in three dimensions, glued dates and their range in lower case without a cue
  ["tumoración de 14X10X10 cm y otra de 51x19x22 mm", [], ["14X10X10", "51x19x22"]],
  ["hospitalization 09mar2099-13mar2099 at the hospital", [], ["hospitalization"]],
  // after letters and a blank: a range, a phone's groups, a ZIP+4, a count, too few digits, an obstetric history
  ["output de 1500-2000 ml/día; LN 135-145", [], ["output", "1500-2000"]],
  ["PLT 2500000 today; WBC 1200000", [], ["PLT", "2500000"]],
  ["ROM 5-0-98 at the shoulder; gravida 5, para 1-0-3-1", [], ["ROM", "para"]],
  ["una cifra de plaquetas de 394000 al ingreso", [], ["plaquetas", "394000"]],
];

runTypedTable("ids round 41: identifiers (stop 41, id41)", ["DATE", "ID", "MRN", "AGE", "HEALTH_PLAN", "PHONE"], [...POSITIVES, ...NEGATIVES]);
