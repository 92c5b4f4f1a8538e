// Why this file exists: table tests, with hard negatives, for the stop 42 organisations round (org42): a firm named
// after a bare label ("Agency: Minuteman VNA", "WORKERS' COMP: PINNACOL ASSURANCE", "Lab: PAML", "DME vendor Big Sky
// Medical Supply": ORG_LABELS42, labelValue42), a lower-case value after a payer's, an employer's or such a label and its
// colon ("insurance: delta coastal member id", lowerLabelOrg42), an agency's acronym after a report's frame ("REPORTED TO
// CDPH", "FILED WITH OWCP", reportAcronym42), and a county's board read as the county ("LAWRENCE COUNTY BOARD PETITION",
// publicBody41). Mixed case, ALL CAPS and lower case; both engines. Names of people and firms are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  ["Agency: Minuteman VNA   Branch: Concord", [["Minuteman VNA",ORG],["Concord","location:facility"]], ["Branch"]],
  ["AGENCY: CIRCLE SURROGACY (CASE MANAGER ON FILE)", [["CIRCLE SURROGACY",ORG]], ["CASE","MANAGER"]],
  ["agency: bluebonnet home health   branch: north", [["bluebonnet home health",ORG]], ["branch"]],
  ["Workers' comp: Pinnacol Assurance claim 4471882.", [["Pinnacol Assurance",ORG]], ["claim"]],
  ["WORKERS' COMP: PINNACOL ASSURANCE CLAIM 4471882.", [["PINNACOL ASSURANCE",ORG]], ["CLAIM"]],
  ["Lab: PAML accession PM99-0314", [["PAML",ORG]], ["accession"]],
  ["DME vendor Big Sky Medical Supply to deliver tub bench.", [["Big Sky Medical Supply",ORG]], ["deliver","tub"]],
  ["Specimen sent, courier Spee-Dee Delivery pickup 1530.", [["Spee-Dee Delivery",ORG]], ["pickup"]],
  ["Coverage: Cigna CGN-U44718820; copay 20.", [["Cigna",ORG]], ["copay"]],
  ["insurance: delta coastal member id dc40118", [["delta coastal",ORG]], ["member"]],
  // (stop 43, loc43: the street after it, closed by the text's last period, is an address: lowerStreetTail43)
  ["employer: lone star cold storage llc, 4400 dock rd.", [["lone star cold storage llc",ORG],
    ["4400 dock rd","location:address"]], ["employer"]],
  ["insurance: highmark blue shield hmk-yzp-2044718, copay 20.", [["highmark blue shield",ORG]], ["copay"]],
  ["school: lake placid junction central school, school nurse aware.", [["lake placid junction central school",ORG]], ["nurse","aware"]],
  ["pharmacy: campus rx.\nmom present.", [["campus rx",ORG]], ["mom"]],
  ["Acute pesticide illness, mild. Reported to DSHS per protocol.", [["DSHS",ORG]], ["Acute","protocol"]],
  ["DQ DRIVER RESULT UPLOADED TO FMCSA REGISTRY.", [["FMCSA",ORG]], ["DRIVER","REGISTRY"]],
  ["CA-1 FILED WITH OWCP, CLAIM PENDING.", [["OWCP",ORG]], ["CLAIM"]],
  ["Adverse event reported to the FDA via MedWatch.", [["FDA",ORG],["MedWatch",ORG]], ["Adverse"]],
  ["Signage posted. Next call with DOH on Friday.", [["DOH",ORG]], ["Signage"]],
  ["FILED LAWRENCE COUNTY BOARD PETITION 3/2.", [["LAWRENCE COUNTY","location:county"]], ["PETITION"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // ("Carrier:" is no label of this round: it names an auto insurer in a payer's field, "Insurance: Self-pay. Carrier:
  // Progressive" (test/orgs-round-34.test.ts), and a gestational carrier in a surrogacy's record)
  ["Carrier: Kestrel Life\nExam date: 3/14", [], ["Exam"]],
  ["Agency: None", [], ["None"]],
  ["School: Grade 5, doing well.", [], ["Grade"]],
  ["school: junior at the high school.", [], ["junior"]],
  ["Lab: CBC and BMP pending.", [], ["CBC","BMP"]],
  ["labs 3/12 (umh lab): phos 3.4, mg 2.0", [], ["phos"]],
  ["medications at school: guanfacine er 2 mg.", [], ["guanfacine"]],
  ["TO THE SCHOOL NURSE, WOLVERTON MIDDLE SCHOOL:\n\nPENELOPE HAS TYPE 1 DIABETES.", [["WOLVERTON MIDDLE SCHOOL",ORG],["PENELOPE","name:dictionary"]], ["HAS","TYPE"]],
  ["carrier: brianna lytle-okonjo · dob 07/23/2065", [["brianna lytle-okonjo","name:neighbour"]], ["carrier"]],
  ["insurance: medicaid pending.", [], ["medicaid"]],
  ["insurance: self-pay", [], ["self"]],
  ["Reported to PCP by phone.", [], ["PCP"]],
  ["REPORTED TO SNF CHARGE NURSE.", [], ["SNF"]],
  ["Prior auth submitted to the plan today.", [], ["plan"]],
  ["Hospice MD Dr. Vasquez-Oduya notified.", [["Vasquez-Oduya","name:title"]], ["notified"]],
  ["CDR NOTIFIED VIA MEDPROS.", [], ["CDR"]],
  ["Entered in EDC by the coordinator.", [], ["EDC"]],
  ["She sat on the county board for years.", [], ["county","board"]],
];

runPlaceTable("org42: organisations after a bare label, lower-case label values, agencies after a report's frame", POSITIVES);
runPlaceTable("org42: hard negatives", NEGATIVES);
