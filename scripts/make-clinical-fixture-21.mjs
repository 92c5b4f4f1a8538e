// Why this file exists: builds test/fixtures/clinical-notes-21.jsonl, a twenty-first labelled set of clinical notes
// written by hand in stop 33 to measure the tree blind: written without reading the name detector (assembly/, src/),
// docs/names-rounds.md or the test tables (fixture 20's generator and test file and the last section of
// docs/clinical-fixtures.md were read for the form and the labels), with the PHI density of the i2b2
// de-identification notes, in report types fixtures 1-20 hold least: radiology (CT, echo, EEG), surgical pathology,
// an EMS patient-care report, a poison-centre case, occupational health and workers' compensation, VA primary care, a
// troop medical clinic, a jail intake, hospice and home-health visits, a sleep study, genetic counselling, an infusion
// record, kidney-transplant coordination, audiology, podiatry, an addiction intake (ASAM), an insurance appeal letter,
// an autopsy, an immunisation record, a lab requisition, an MRO drug-test verification, a cath-lab report, a radiation
// oncology summary, hyperbaric oxygen, a chaplain's note, an ethics consult, nutrition, a well-child visit, a
// transfusion-reaction investigation, neuropsychology, a tumour board, a school nurse, allergy, dental urgent care, ED
// discharge instructions, IVF and a forensic competency evaluation; 16 notes in ALL CAPS and 3 in lower case. Regions:
// the Pacific Northwest, the Upper Midwest and Iron Range, northern New England and the North Country, Acadiana, the
// Plains, the Four Corners, Appalachia's edges, the Central Valley, the Ozarks, the Lowcountry, Hawaii.
// PHI forms sought: facilities of every shape ("X Medical Center", "St. X", initialisms alone and after the name,
// system + campus, one-word brand names, "X at Y", a town as a site); organisations as employers, vendors, labs,
// agencies, schools, churches, courts, tribes, carriers and military units; ages over 89 as "AGE 91", "93 YEAR OLD",
// "Age: 102", "97 YEARS"; dates as "14 FEB 2097", "02-APR-2097", "12FEB97", "Mar 3, 2097", "the 2/11"; IDs as
// accession, case, claim, booking, run, CCF, CDL, DEA, NPI, CLIA, DIN, lot, serial, VIN and activation codes.
// Labelling follows fixtures 11-20: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are no PHI; clinicians' and
// transcriptionists' initials are PHI; titles, ranks, degrees and cue words stay outside the name; "the" stays outside
// a facility; room, bed, chair and unit codes and departments are left unlabelled; nursing homes, assisted living,
// hospice houses, clinics with a place name and VA clinics are HOSPITAL; companies, insurers, schools, churches,
// pharmacies, agencies, jails, police departments, courts, tribes and units are ORGANIZATION; counties, forests and
// cemeteries are LOCATION-OTHER; MRNs are MRN; member, Medicaid and Medicare numbers HEALTHPLAN; accession, case,
// claim, NPI, DEA, licence and requisition numbers ID; serials, lots and donation numbers DEVICE; extensions PHONE.
// Every person, street, facility and number is invented here (real towns, and a few national firms and agencies named
// as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-20 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-21.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-21.jsonl", "make-clinical-fixture-21");
note("ct-abdomen-caps", `
⟦H|KLAMATH BASIN MEDICAL CENTER⟧ - DEPARTMENT OF RADIOLOGY          ⟦S|2865 DAGGETT AVE⟧, ⟦C|KLAMATH FALLS⟧, ⟦STATE|OR⟧ ⟦Z|97601⟧
PATIENT: ⟦N|TOLLEFSON, MARGIT A⟧     MRN: ⟦M|KB00731942⟧     ACCT: ⟦I|V0088412275⟧     DOB: ⟦D|11/02/2003⟧
EXAM: CT ABDOMEN/PELVIS WITH IV CONTRAST     DATE OF SERVICE: ⟦D|03/17/2097⟧ 14:22     ACCESSION: ⟦I|CT-97-0044815⟧
ORDERING: ⟦N|GUSTAFSON, ERIK⟧ MD (⟦H|CHILOQUIN FAMILY CLINIC⟧)     READ BY: ⟦N|PRZYBYLSKI, NADIA⟧ MD
COMPARISON: CT ⟦D|08/29/2095⟧ FROM ⟦H|SKY LAKES⟧, OBTAINED VIA ⟦O|POWERSHARE⟧ IMAGE EXCHANGE.
CLINICAL HISTORY: ⟦A|93⟧ YEAR OLD FEMALE WITH LLQ PAIN AND FEVER.
FINDINGS: SIGMOID DIVERTICULITIS WITH 2.8 CM PERICOLIC ABSCESS. NO FREE AIR. STABLE 1.1 CM RIGHT ADRENAL ADENOMA. ATROPHIC KIDNEYS. CHOLELITHIASIS WITHOUT CHOLECYSTITIS.
IMPRESSION: COMPLICATED SIGMOID DIVERTICULITIS. IR CONSULT FOR DRAINAGE RECOMMENDED.
CRITICAL RESULT CALLED TO DR. ⟦N|GUSTAFSON⟧ AT 14:51 ON ⟦D|3/17⟧, READ BACK CONFIRMED. ALSO FAXED TO ⟦F|541-555-0187⟧.
DICTATED ⟦D|03/17/2097⟧ 14:40 / TRANSCRIBED ⟦D|03/17/2097⟧ 15:02 ⟦N|NP⟧/⟦N|RDG⟧
`);

note("surgical-pathology", `
⟦O|Cascade Pathology Associates⟧, P.C. · ⟦S|1200 Hilyard St⟧, Suite 310 · ⟦C|Eugene⟧, ⟦STATE|OR⟧ ⟦Z|97401⟧ · CLIA ⟦I|38D0981127⟧
SURGICAL PATHOLOGY REPORT                                   Case: ⟦I|SP97-08812⟧
Patient: ⟦N|Okonkwo-Reyes, Delphine⟧        DOB: ⟦D|4/19/2051⟧        MRN: ⟦M|0004471208⟧
Submitting physician: ⟦N|Thaddeus Vandermolen⟧, MD — ⟦H|McKenzie-Willamette⟧ Surgical Associates
Copy to: ⟦N|Priya Ramanathan⟧, MD (oncology, ⟦H|Willamette Valley Cancer Institute⟧)
Collected: ⟦D|Mar 3, 2097⟧     Received: ⟦D|Mar 4, 2097⟧     Reported: ⟦D|Mar 7, 2097⟧
Specimen: A. Left breast, 12 o'clock, core biopsy. B. Left axillary sentinel lymph node.
Final diagnosis: A. Invasive ductal carcinoma, Nottingham grade 2 (3+2+2), 1.4 cm on imaging. DCIS, cribriform, intermediate grade. B. One lymph node negative for metastatic carcinoma (0/1).
ER positive (95%, strong), PR positive (60%), HER2 IHC 2+ — equivocal; reflex FISH sent to ⟦O|NeoGenomics⟧ (requisition ⟦I|NG-3318047⟧) on ⟦D|3/7/97⟧.
Intradepartmental consultation: Dr. ⟦N|Hui-Min Castellanos⟧ agrees.
Gross description by ⟦N|J. Whitefeather⟧, PA(ASCP). Blocks A1-A3, B1-B4.
Electronically signed ⟦D|03/07/2097⟧ by ⟦N|Lorcan Abernethy-Diaz⟧, MD
`);

note("ems-run-caps", `
⟦O|NORTH COUNTRY AMBULANCE⟧ - PATIENT CARE REPORT          RUN # ⟦I|2097-004418⟧     UNIT: MEDIC 14 (VIN ⟦I|1FDUF5HT9KDA40127⟧)
DATE: ⟦D|02/11/97⟧   DISPATCHED 06:12   ON SCENE 06:24   TRANSPORT 06:41   AT DEST 07:08
CREW: ⟦N|BOUCHARD, T⟧ (PARAMEDIC, LIC ⟦I|NY-P-118472⟧), ⟦N|LAFOUNTAIN, K⟧ (EMT-B)
INCIDENT LOCATION: ⟦S|418 STATE ROUTE 374⟧, ⟦C|DANNEMORA⟧ - RESIDENCE, ⟦LO|CLINTON COUNTY⟧
PT: ⟦N|DESROSIERS, NORBERT J⟧   AGE ⟦A|91⟧   DOB ⟦D|05/30/2005⟧   PHONE ⟦P|(518) 555-0199⟧
CC: FOUND DOWN BY SON ⟦N|LUC⟧ ON KITCHEN FLOOR, UNKNOWN DOWN TIME, WOODSTOVE OUT, HOUSE 48 F.
ASSESSMENT: GCS 13 (E3V4M6). SKIN COLD. T 33.8 C (TYMPANIC). BP 102/58, HR 52 IRREG, RR 16, SPO2 93% RA, BGL 71.
R HIP SHORTENED AND EXT ROTATED. NO HEAD TRAUMA SEEN.
TX: WARM BLANKETS, HEAT PACKS, O2 2 LPM NC, IV 18G L AC, 250 ML WARM NS, FENTANYL 25 MCG IV X1. TRACTION NOT APPLIED (HIP).
DEST: ⟦H|CHAMPLAIN VALLEY PHYSICIANS HOSPITAL⟧ (⟦H|CVPH⟧) ED, REPORT TO RN ⟦N|GAGNON⟧. ⟦H|ALICE HYDE⟧ ON DIVERSION.
MEDS PER SON: METOPROLOL, APIXABAN, "A WATER PILL". PCP DR. ⟦N|OUELLETTE⟧ AT ⟦H|PLATTSBURGH PRIMARY CARE⟧.
SON'S CELL ⟦P|518-555-0137⟧. PT INSURED ⟦O|FIDELIS CARE⟧ #⟦HP|FC44120987⟧.
`);

note("poison-control", `
⟦O|Northern New England Poison Center⟧ — Case Record       Case #: ⟦I|NNEPC-2097-01882⟧
Call received: ⟦D|April 2, 2097⟧, 19:47   Caller: mother (⟦N|Brianna Thibodeau⟧), home, ⟦C|Lewiston⟧, ⟦STATE|ME⟧   Callback ⟦P|207-555-0112⟧
Patient: ⟦N|Colton Thibodeau⟧, 2 yr 4 mo, 13 kg
Exposure: found with grandmother's pill organizer ~19:30; up to 3 tabs amlodipine 10 mg and 1 tab glipizide 5 mg missing (grandmother ⟦N|Yvette Pelletier⟧ visiting from ⟦C|Madawaska⟧).
Recommendation: refer to ED now. Called ahead to ⟦H|Central Maine Medical Center⟧ (⟦H|CMMC⟧) ED, spoke with Dr. ⟦N|Amadou Diallo-Frechette⟧. Advised glucose q1h x 24 h (glipizide), 24 h admission for amlodipine; octreotide if hypoglycemic.
Follow-up 21:15 (SPI ⟦N|R. Kowalczyk⟧): BG 58 at 20:50, D10 bolus given, admitted to peds (⟦H|CMMC⟧ has no PICU; transfer to ⟦H|Barbara Bush Children's⟧ if hypotension).
Follow-up ⟦D|4/3⟧ 09:10: BG stable on octreotide, BP 88/50. Toxicologist on call: ⟦N|Hollis Achterberg⟧, MD.
Follow-up ⟦D|4/4⟧ 11:30: discharged home. Case closed, outcome: moderate effect. Reported to ⟦O|NPDS⟧.
SPI: ⟦N|Rosalind Kowalczyk⟧, RN, CSPI  (ext. ⟦P|4471⟧)
`);

note("occ-health-wc-caps", `
⟦H|IRON RANGE OCCUPATIONAL HEALTH⟧, ⟦S|1130 E HOWARD ST⟧, ⟦C|HIBBING⟧ ⟦STATE|MN⟧ ⟦Z|55746⟧
WORK STATUS REPORT / FIRST REPORT OF INJURY          DATE OF VISIT: ⟦D|01/22/2097⟧
EMPLOYEE: ⟦N|MATTSON, DARRELL K⟧     SSN: ⟦SSN|468-55-0192⟧     DOB: ⟦D|07/14/2049⟧
EMPLOYER: ⟦O|HULL RUST TACONITE CO⟧ (⟦O|HRT⟧), ⟦S|PO BOX 388⟧, ⟦C|CHISHOLM⟧     SUPERVISOR: ⟦N|GARY LAHTI⟧ ⟦P|218-555-0163⟧
CARRIER: ⟦O|SFM MUTUAL⟧   CLAIM #: ⟦I|WC-97-3318820⟧   ADJUSTER: ⟦N|KELSEY BRANDVOLD⟧ (⟦E|KBRANDVOLD@SFMIC-CLAIMS.COM⟧)
DOI: ⟦D|01/20/2097⟧ APPROX 02:30 NIGHT SHIFT. JOB: HAUL TRUCK OPERATOR, 19 YRS.
MECHANISM: SLIPPED ON ICED LADDER DESCENDING CAT 793 TRUCK #⟦I|HT-41⟧, FELL ~5 FT ONTO L SHOULDER. SEEN SAME NIGHT AT ⟦H|FAIRVIEW RANGE⟧ ED, XR NEG.
EXAM: L SHOULDER PAINFUL ARC 70-120, + HAWKINS, + EMPTY CAN, STRENGTH 4/5 ER. NEUROVASC INTACT.
DX: L ROTATOR CUFF STRAIN, R/O TEAR.
WORK STATUS: RESTRICTED - NO LIFTING > 10 LB L ARM, NO OVERHEAD, NO LADDERS/CLIMBING. MRI ORDERED AT ⟦H|ESSENTIA HEALTH-VIRGINIA⟧ IF NO BETTER IN 2 WKS.
PT 2X/WK AT ⟦O|NORTHLAND THERAPY⟧. RECHECK ⟦D|02/05/2097⟧.
PROVIDER: ⟦N|SIGRID HALVORSEN-OJA⟧, PA-C   NPI ⟦I|1386204471⟧
`);

note("va-primary-care", `
⟦H|VA Puget Sound Health Care System⟧ — ⟦H|Mount Vernon CBOC⟧
PACT Primary Care Note     ⟦D|May 9, 2097⟧
Veteran: ⟦N|Harlan Eugene Pruitt⟧   Last 4: ⟦SSN|0417⟧   ICN ⟦M|1017734291V448210⟧   Age: ⟦A|96⟧   SC 70% (tinnitus, PTSD, DM2 - Agent Orange)
PACT team: PCP ⟦N|Marisol Etxeberria⟧, MD; RN care manager ⟦N|Dennis Yamaguchi⟧, RN; clerk ⟦N|Tawny Sampson⟧.
Served US Army ⟦D|1969⟧-⟦D|71⟧, ⟦O|1st Cavalry Division⟧, ⟦COUNTRY|Vietnam⟧ (⟦C|Binh Long⟧). Retired ⟦O|Georgia-Pacific⟧ mill, ⟦C|Bellingham⟧.
Lives with daughter ⟦N|Cheryl Pruitt-Ng⟧ on ⟦S|Chuckanut Dr⟧ outside ⟦C|Bow⟧. Community care: podiatry with Dr. ⟦N|Halvorson⟧ at ⟦H|Skagit Regional Health⟧ via MISSION Act referral (consult ⟦I|SEOC-2097-113904⟧).
A1c 7.9 (was 7.4 in ⟦D|January⟧). BP 148/82. Foot exam: monofilament absent bilat. PHQ-2 negative. PC-PTSD-5: 3.
Plan: increase metformin; retinal imaging at CBOC TeleEye ⟦D|5/23⟧; HBPC referral to ⟦H|Seattle VAMC⟧ home-based team. Beneficiary travel eligible. Vet Center (⟦H|Everett Vet Center⟧) group Thursdays.
My HealtheVet secure message sent. Daughter's phone ⟦P|360-555-0124⟧.
/es/ ⟦N|MARISOL ETXEBERRIA⟧, MD  Signed: ⟦D|05/09/2097⟧ 16:12
`);

note("military-tmc-caps", `
⟦H|TROOP MEDICAL CLINIC 4⟧, ⟦C|FORT DRUM⟧ - ⟦H|GUTHRIE AHC⟧ SATELLITE     SICK CALL NOTE     ⟦D|14 FEB 2097⟧
SM: SGT ⟦N|RAMIREZ-OKAFOR, DESHAWN L⟧   DOD ID ⟦I|1562200487⟧   UNIT: B CO, ⟦O|2-22 INF⟧, ⟦O|1BCT⟧, ⟦O|10TH MTN DIV⟧
AGE 27   DUTY PHONE ⟦P|315-555-0176⟧   SQUAD LDR SSG ⟦N|KOWALSKI⟧
S: R ANKLE INVERSION ON RUCK MARCH ⟦D|12 FEB⟧ ON ⟦S|RANGE 48 RD⟧. SEEN AT ⟦H|SAMARITAN MEDICAL CENTER⟧ ED OFF POST (⟦C|WATERTOWN⟧) ⟦D|12FEB97⟧, XR NEG PER SM; RECORDS REQ'D VIA ⟦O|TRICARE⟧ NETWORK.
O: ECCHYMOSIS LAT MALLEOLUS, ATFL TTP, ANT DRAWER NEG. OTTAWA NEG TODAY.
A: GRADE II R ANKLE SPRAIN.
P: PROFILE (DA 3349) 14 DAYS, NO RUNNING/RUCKING, PT AT ⟦H|WILCOX⟧ PT CLINIC. RTC ⟦D|28 FEB 2097⟧. CDR NOTIFIED VIA MEDPROS.
PROVIDER: CPT ⟦N|ABERNATHY, L.⟧, PA-C, 1BCT SURGEON CELL
`);

note("correctional-intake-caps", `
⟦O|ST. CLAIR COUNTY SHERIFF'S OFFICE⟧ - ⟦O|ST. CLAIR COUNTY JAIL⟧ MEDICAL UNIT (⟦O|WELLPATH⟧)
RECEIVING SCREENING / INTAKE HEALTH ASSESSMENT     BOOKED: ⟦D|03/28/2097⟧ 23:40
INMATE: ⟦N|CROWDER, JAMISON T⟧   BOOKING # ⟦I|2097-001873⟧   SO # ⟦I|441027⟧   DOB ⟦D|09/09/2061⟧
ARRESTING AGENCY: ⟦O|PORT HURON PD⟧. HOUSING: MEDICAL OBS CELL M-3.
HX: OUD ON BUPRENORPHINE 16 MG DAILY VIA ⟦H|BLUE WATER RECOVERY CENTER⟧ (DR. ⟦N|FENWICK⟧), LAST DOSE ⟦D|3/28⟧ AM PER PT; PHARMACY ⟦O|MEIJER PHARMACY #214⟧ ⟦C|FORT GRATIOT⟧ VERIFIED BY PHONE ⟦P|810-555-0150⟧. HEP C TREATED ⟦D|2094⟧.
SUICIDE SCREEN: NEG. COWS 4 AT 00:15. CIWA 2.
PLAN: CONTINUE MOUD PER JAIL MAT PROGRAM (⟦O|MDHHS⟧ GRANT), DR. ⟦N|ZAHRA QURESHI⟧ ON CALL APPROVED. RELEASE OF INFO SIGNED FOR ⟦H|BLUE WATER RECOVERY⟧ AND ⟦H|MCLAREN PORT HURON⟧.
EMERGENCY CONTACT: GIRLFRIEND ⟦N|KAYLEIGH DUBOIS⟧ ⟦P|(810) 555-0119⟧, ⟦S|2216 DIVISION ST⟧ APT 3, ⟦C|PORT HURON⟧.
SCREENED BY ⟦N|B. OYELARAN⟧, LPN   REVIEWED ⟦D|03/29/2097⟧ ⟦N|T. MARCHETTI⟧, RN HSA
`);

note("hospice-visit", `
⟦O|Hospice of the Western Reserve⟧ — RN Case Manager Visit Note
Patient: ⟦N|Agnieszka (Agnes) Wojciechowski⟧   DOB ⟦D|1/6/2004⟧   Age ⟦A|93⟧   Hospice ID ⟦M|HWR-55812⟧   Medicare (MBI) ⟦HP|4TW8-QK2-RM61⟧
Visit date: ⟦D|03/02/2097⟧, 10:05-11:20     Location: home, ⟦S|5714 Broadview Rd⟧, ⟦C|Parma⟧, ⟦STATE|OH⟧ ⟦Z|44134⟧
Terminal dx: end-stage COPD; benefit period 3 (began ⟦D|2/14/97⟧). Attending: Dr. ⟦N|Benedykt Szymanski⟧ (⟦H|Parma Community⟧); hospice physician Dr. ⟦N|Lucia Abara⟧.
Primary caregiver: son ⟦N|Stanley⟧ ("⟦N|Stash⟧"), lives with her; granddaughter ⟦N|Kasia Wojciechowski-Reed⟧ comes weekends from ⟦C|Lakewood⟧.
S: more dyspneic at rest, sleeps in recliner. Son asks about the priest from ⟦O|St. Charles Borromeo⟧ coming for anointing.
O: RR 28, SpO2 86% on 3 L concentrator (⟦O|Lincare⟧ serial ⟦DEV|LC5RX221908⟧), PPS 30%, FAST n/a. Sacral skin intact.
Plan: increase morphine concentrate to 5 mg q2h prn; lorazepam for air hunger-related anxiety; chaplain Rev. ⟦N|Ngozi Ashby⟧ to call; social worker ⟦N|Dalia Furman⟧, MSW to discuss respite at ⟦H|David Simpson Hospice House⟧.
Pharmacy: ⟦O|Enclara⟧, delivery by 16:00. On-call line ⟦P|216-555-0140⟧.
⟦N|Renata Kos⟧, RN, CHPN
`);

note("home-health-lower", `
⟦O|bayou teche home health⟧ - skilled nursing visit     ⟦D|03/11/97⟧     visit 6 of 9
pt: ⟦N|broussard, odelia m⟧   age ⟦A|90⟧   moc#: ⟦HP|LA-771002931⟧   referring: dr ⟦N|guidry⟧ (⟦H|iberia medical center⟧)
address: ⟦S|1408 east main st⟧, ⟦C|new iberia⟧ ⟦Z|70560⟧ - pink house behind the ⟦O|piggly wiggly⟧, dog in yard
homebound: yes, leaves home only for church (⟦O|st. peter's⟧) and md visits, needs walker and daughter's help.
s: daughter ⟦N|clarice landry⟧ reports less swelling. pt says she's "doing fine, cher".
o: bp 138/70, hr 74, wt 61.2 kg (down 1.4 kg since ⟦D|3/4⟧). 2+ pitting ble. lungs diminished bases. lasix 40 taken.
a: chf, improving with titration.
p: continue daily weights, next visit ⟦D|3/13⟧. spoke with ⟦N|guidry⟧'s nurse ⟦N|tamika⟧ at ⟦P|337-555-0107⟧. labs (bmp) drawn, taken to ⟦O|quest⟧ pcs on ⟦S|admiral doyle dr⟧.
⟦N|jolene hebert⟧, rn   ⟦N|jh⟧
`);
note("sleep-study", `
⟦H|Lakeshore Sleep Disorders Center⟧ at ⟦H|Holland Hospital⟧ · ⟦S|602 Michigan Ave⟧, ⟦C|Holland⟧, ⟦STATE|MI⟧ ⟦Z|49423⟧ · AASM accredited
POLYSOMNOGRAPHY REPORT — SPLIT-NIGHT
Patient: ⟦N|Verbeek, Cornelis J.⟧   DOB: ⟦D|10/21/2053⟧   MRN: ⟦M|HH-2207719⟧   Study #: ⟦I|PSG-97-0312⟧   Date of study: ⟦D|03/12/2097⟧-⟦D|03/13/2097⟧
Referring: ⟦N|Anneke Visscher-Boone⟧, DO (⟦H|Zeeland Family Medicine⟧)   Technologist: ⟦N|Marcus Tubergen⟧, RPSGT
Indication: loud snoring, witnessed apneas per wife ⟦N|Hendrika⟧, ESS 14, resistant HTN. Commercial driver for ⟦O|Gordon Food Service⟧ (DOT card expires ⟦D|6/2097⟧).
Diagnostic portion (TST 148 min): AHI 47.2/h, RDI 52.0, supine AHI 68, nadir SpO2 78%, T90 21%.
Titration: CPAP 5-13 cm H2O; optimal 11 cm with AHI 2.1, supine REM observed. Mask: ResMed AirFit F20 medium.
Impression: severe obstructive sleep apnea, adequately titrated on CPAP 11.
Recommendations: CPAP 11 via DME ⟦O|Apria⟧ (order faxed to ⟦F|616-555-0145⟧); compliance download at 31 and 90 days for ⟦O|Priority Health⟧; no driving when drowsy — FMCSA letter given.
Interpreting physician: ⟦N|Rafael Ochoa-Vandenberg⟧, MD, D.ABSM   Signed ⟦D|3/15/2097⟧
`);

note("genetic-counseling", `
Cancer Genetics Program — ⟦H|Huntsman Cancer Institute⟧ satellite at ⟦H|Intermountain St. George⟧
Genetic Counseling Consult Note     ⟦D|February 26, 2097⟧
Patient: ⟦N|Lindsay Ann Hjelmstad⟧   DOB ⟦D|8/8/2066⟧   MRN ⟦M|40217736⟧   Referred by ⟦N|Kenji Nakashima-Orr⟧, MD (OB/GYN, ⟦H|Desert Sky Women's Health⟧)
Reason: family history. Mother ⟦N|Joyce⟧ (d. 61, ovarian ca dx 57, treated at ⟦H|LDS Hospital⟧); maternal aunt ⟦N|Marlene Pratt⟧ breast ca at 44, alive in ⟦C|Cedar City⟧; maternal grandfather prostate ca at 68. Paternal side: Norwegian, limited info; father ⟦N|Gunnar⟧, 70, well.
Pedigree drawn (3 generations). Ashkenazi ancestry: none reported.
Risk assessment: CanRisk 10-year breast risk 4.8%, lifetime 29%; meets NCCN criteria for testing.
Testing: 84-gene panel ordered through ⟦O|Invitae⟧, kit ⟦I|INV-7718204⟧, saliva collected today; billing to ⟦O|SelectHealth⟧ (member ⟦HP|SH0088217403⟧), prior auth ⟦I|PA-97-221045⟧ approved. GINA discussed, including that it does not cover life insurance (she works for ⟦O|Zions Bank⟧).
Aunt ⟦N|Marlene⟧ had testing ⟦D|2093⟧ at ⟦O|Myriad⟧ — patient will ask for the report; release form sent to ⟦E|marlene.pratt.cc@canyonmail.net⟧ per her request.
Results visit by phone in 3 weeks; portal user ⟦UN|lhjelmstad66⟧ at ⟦U|https://mychart.hci-stgeorge.org/results⟧.
⟦N|Tessa Vukovich⟧, MS, CGC   ⟦P|435-555-0181⟧
`);

note("infusion-center-caps", `
⟦H|TRI-CITIES INFUSION CENTER⟧ / ⟦H|KADLEC⟧ OUTPATIENT ONCOLOGY - ⟦S|888 SWIFT BLVD⟧, ⟦C|RICHLAND⟧ ⟦STATE|WA⟧
INFUSION RECORD - CYCLE 4 DAY 1     ⟦D|04/07/2097⟧     CHAIR 11
PT: ⟦N|ABERCROMBIE-TSOSIE, NORMAN⟧   MRN ⟦M|KR0398812⟧   DOB ⟦D|02/26/2049⟧   WT 81.4 KG   BSA 1.98
REGIMEN: FOLFOX + BEVACIZUMAB (PROTOCOL GI-2097-07), ONCOLOGIST DR. ⟦N|SUNDARAM⟧. CONSENT ON FILE ⟦D|01/13/97⟧.
LABS ⟦D|4/6⟧ (⟦O|LABCORP⟧ ⟦C|KENNEWICK⟧): ANC 1.9, PLT 142, CR 0.9, UPCR 0.4.
PORT: R CHEST ⟦O|BARD⟧ POWERPORT, LOT ⟦DEV|REBF2247⟧, PLACED ⟦D|12/2096⟧ AT ⟦H|TRIOS⟧. BLOOD RETURN +.
MEDS: OXALIPLATIN 85 MG/M2 (LOT ⟦DEV|OX40918B⟧), LEUCOVORIN, 5-FU BOLUS, 46-H PUMP (CADD SN ⟦DEV|CL7702145⟧), BEVACIZUMAB 5 MG/KG (LOT ⟦DEV|BV55021K⟧).
PT REPORTS COLD DYSESTHESIA X 5 DAYS, NO NEUROPATHY BETWEEN CYCLES. BP 152/88 - DR. ⟦N|SUNDARAM⟧ AWARE, OK TO TREAT.
PUMP DISCONNECT ⟦D|04/09/97⟧ BY ⟦O|PROVIDENCE HOME HEALTH⟧ NURSE ⟦N|C. ESPINOZA⟧. PT DRIVES FROM ⟦C|PASCO⟧; WIFE ⟦N|LORETTA⟧ ⟦P|509-555-0158⟧.
⟦N|R. VILLALOBOS⟧, RN, OCN   2ND CHECK ⟦N|D. AKINS⟧, RN
`);

note("kidney-transplant-coord", `
Kidney/Pancreas Transplant Program — ⟦H|University of Kansas Health System⟧ (⟦H|KU Med⟧), Pre-Transplant Coordinator Note
Date: ⟦D|Jan 30, 2097⟧     Candidate: ⟦N|Ruiz-Henley, Maribel⟧   DOB ⟦D|3/3/2072⟧   MRN ⟦M|KU11840277⟧   UNOS ID ⟦I|AHF4417⟧
Listed ⟦D|9/14/2095⟧, blood type O, cPRA 81%, waiting time credit from dialysis start ⟦D|6/2/2093⟧ at ⟦H|DaVita Olathe East⟧.
Living donor evaluation: sister ⟦N|Graciela Ruiz⟧ (⟦C|Garden City⟧) — incompatible (B); entered paired exchange via ⟦O|National Kidney Registry⟧ (NKR pair ⟦I|NKR-P-22918⟧). Second potential donor, coworker ⟦N|Travis Oberholtzer⟧ from ⟦O|Garmin⟧, started screening; his coordinator ⟦N|Beth Kaminski⟧, RN.
Updates needed: dental clearance (Dr. ⟦N|Pham⟧, ⟦O|Olathe Smiles Dentistry⟧) — received ⟦D|1/22⟧; mammogram ⟦D|11/2096⟧ normal at ⟦H|Olathe Medical Center⟧; cardiology stress test due ⟦D|3/2097⟧.
Insurance: ⟦O|Blue Cross and Blue Shield of Kansas City⟧ (⟦HP|XKC903318842⟧) + Medicare Part B (MBI ⟦HP|2QM4-WT8-HK27⟧). Transplant social worker ⟦N|Ayesha Pennington⟧ completed psychosocial.
Patient prefers texts: ⟦P|913-555-0116⟧; husband ⟦N|Dale Henley⟧ ⟦P|913-555-0127⟧. Home: ⟦S|15922 W 132nd Terrace⟧, ⟦C|Olathe⟧, ⟦STATE|KS⟧ ⟦Z|66062⟧.
⟦N|Wendell Obi⟧, RN, CCTC
`);

note("audiology-caps", `
⟦H|HEARTLAND HEARING & BALANCE⟧ - ⟦C|SIOUX CITY⟧ / ⟦C|LE MARS⟧     AUDIOLOGIC EVALUATION     DOS ⟦D|02/03/2097⟧
PATIENT: ⟦N|KRUMWIEDE, WILHELMINA⟧ ("⟦N|MINNIE⟧")   DOB: ⟦D|11/11/2002⟧   AGE: ⟦A|94⟧   ACCT ⟦I|HHB-004431⟧
REFERRED BY: DR. ⟦N|JENSVOLD⟧, ⟦H|FLOYD VALLEY HEALTHCARE⟧. ACCOMPANIED BY DAUGHTER-IN-LAW ⟦N|PEG KRUMWIEDE⟧.
HX: BILATERAL HL, WORSE R. CURRENT AIDS (⟦O|STARKEY⟧ LIVIO, SN ⟦DEV|2210448731⟧ L / ⟦DEV|2210448732⟧ R) FIT ⟦D|2093⟧ AT ⟦O|MIRACLE-EAR⟧ ⟦C|STORM LAKE⟧.
OTOSCOPY: CERUMEN R, REMOVED WITH CURETTE.
PURE TONES: MOD-SEVERE SLOPING SNHL BILAT. SRT 55 R / 45 L. WRS 52% R / 68% L AT MCL. TYMPS TYPE A.
RECS: NEW BTE AIDS, R RIC; COVERAGE VIA ⟦O|WELLMARK⟧ MEDICARE ADVANTAGE HEARING BENEFIT (MEMBER ⟦HP|WMA77210045⟧) THROUGH ⟦O|TRUHEARING⟧. CAPTIONED PHONE APPLICATION (⟦O|IOWA RELAY⟧) COMPLETED.
LIVES AT ⟦H|PRAIRIE VIEW ASSISTED LIVING⟧, ⟦S|1401 3RD AVE SW⟧, ⟦C|LE MARS⟧. FAX TO FACILITY ⟦F|712-555-0168⟧.
⟦N|KRISTA ANDERBERG⟧, AU.D., CCC-A
`);

note("podiatry", `
⟦H|Low Country Foot & Ankle⟧ — ⟦C|Beaufort⟧ office (⟦S|990 Ribaut Rd⟧)
Podiatry Progress Note    ⟦D|4/14/97⟧
Pt: ⟦N|Leroy Gadsden Sr.⟧   DOB ⟦D|2/2/2044⟧   Chart # ⟦M|LFA-13379⟧   PCP: Dr. ⟦N|Aurelia Heyward⟧ (⟦H|Beaufort Jasper Hampton Comprehensive Health⟧, "⟦H|BJHCHS⟧")
Diabetic foot check + debridement of R hallux ulcer (Wagner 1), now 0.6 x 0.4 cm from 1.1 x 0.8 on ⟦D|3/17⟧. Offloading: CAM boot from ⟦O|Hanger⟧ in ⟦C|Port Royal⟧.
Pt is a retired shrimper, still helps his grandson ⟦N|Dorian⟧ on the boat out of ⟦LO|Lady's Island⟧ — advised to keep boot dry.
Vascular: DP/PT 1+; ABI ⟦D|1/2097⟧ at ⟦H|Beaufort Memorial⟧ vascular lab 0.78 R.
Nails 1-5 bilat debrided (onychomycosis, class findings qualify per Medicare). Shoes: diabetic shoe Rx to ⟦O|Coastal Orthotics & Prosthetics⟧ (fax ⟦F|843-555-0193⟧).
RTC 2 wks. Wife ⟦N|Hattie⟧ drives; ph ⟦P|843-555-0132⟧.
⟦N|Simone Okafor-Legare⟧, DPM
`);

note("addiction-intake", `
⟦O|Prairie Rose Recovery⟧ — Outpatient & IOP, ⟦S|214 N Main St⟧, ⟦C|Minot⟧, ⟦STATE|ND⟧ ⟦Z|58703⟧
Comprehensive Biopsychosocial Assessment (ASAM)     ⟦D|2/19/2097⟧     Clinician: ⟦N|Janelle Two Bears⟧, LAC
Client: ⟦N|Brekke, Tyler Lars⟧   DOB ⟦D|6/15/2071⟧   Client ID ⟦M|PRR-3081⟧   Referral: ⟦O|Ward County⟧ drug court (case ⟦I|51-2096-CR-01412⟧), PO ⟦N|Dana Feist⟧ ⟦P|701-555-0186⟧
Substance history: alcohol since 14, daily since oil-field layoff from ⟦O|Nabors Drilling⟧ (⟦C|Williston⟧) in ⟦D|2094⟧; methamphetamine IV x 2 yrs, last use ⟦D|2/10⟧. Two DUIs (⟦D|2092⟧, ⟦D|2095⟧). Detox ⟦D|Dec 2096⟧ at ⟦H|Trinity Health⟧ ⟦H|St. Joseph's⟧ campus in ⟦C|Minot⟧.
Family: parents ⟦N|Arne⟧ and ⟦N|Shirley Brekke⟧ farm near ⟦C|Velva⟧; 5-year-old daughter ⟦N|Kinsley⟧ lives with her mom in ⟦C|Bismarck⟧; CPS (⟦O|Burleigh County Human Service Zone⟧) involved.
Spiritual: grew up at ⟦O|Our Savior's Lutheran⟧; now attends NA at ⟦O|Vincent United Methodist⟧ on ⟦DAY|Tuesdays⟧.
Dimensions: D1 moderate (no current w/d), D2 low (Hep C Ab+ — referred to ⟦H|First District Health Unit⟧), D3 moderate (PHQ-9 14), D4 moderate, D5 high, D6 high (living with using friends on ⟦S|4th Ave NW⟧).
Level of care: ASAM 2.1 IOP; sober living referral to ⟦O|Oxford House Magic City⟧. MAT eval with Dr. ⟦N|Oyelowo⟧.
ROIs: drug court, PO, ⟦O|ND Human Services⟧, mother (⟦P|701-555-0104⟧).
`);

note("insurance-appeal-letter", `
⟦H|Chesapeake Regional Rheumatology⟧
⟦S|736 Battlefield Blvd N⟧, Suite 200 · ⟦C|Chesapeake⟧, ⟦STATE|VA⟧ ⟦Z|23320⟧ · Tel ⟦P|757-555-0129⟧ · Fax ⟦F|757-555-0173⟧

⟦D|March 20, 2097⟧

⟦O|Optima Health⟧
Attn: Appeals & Grievances
⟦S|P.O. Box 62876⟧
⟦C|Virginia Beach⟧, ⟦STATE|VA⟧ ⟦Z|23466⟧

RE: Level 1 appeal, denial ⟦I|DN-97-0448127⟧ dated ⟦D|3/6/2097⟧
Member: ⟦N|Tamsin Okoro-Whitlock⟧   DOB ⟦D|9/29/1988⟧   Member ID ⟦HP|OPT7729041002⟧   Group ⟦HP|NNSB-4410⟧

To whom it may concern:
I am writing to appeal the denial of ustekinumab for my patient, Ms. ⟦N|Okoro-Whitlock⟧, who has psoriatic arthritis with axial disease. She failed methotrexate (⟦D|2094⟧-⟦D|2095⟧, transaminitis), adalimumab (⟦D|2095⟧-⟦D|2096⟧, loss of response with antibodies documented by ⟦O|Prometheus Laboratories⟧, accession ⟦I|PL-66120873⟧) and secukinumab (⟦D|Aug 2096⟧ to ⟦D|Jan 2097⟧, recurrent candidiasis). Your step-therapy criteria are met.
She is a welder at ⟦O|Newport News Shipbuilding⟧ and has missed 14 days of work since ⟦D|January⟧.
Enclosed: records from ⟦H|Sentara Norfolk General⟧ and from her prior rheumatologist, Dr. ⟦N|Farrokh Zand⟧ at ⟦H|Riverside Regional Medical Center⟧.
Sincerely,
⟦N|Imogen Castellane-Baptiste⟧, MD, FACR   NPI ⟦I|1558370124⟧
cc: ⟦N|Tamsin Okoro-Whitlock⟧, ⟦S|4109 Shipwright Ln⟧, ⟦C|Suffolk⟧, ⟦STATE|VA⟧ ⟦Z|23435⟧
`);

note("autopsy-caps", `
⟦O|OFFICE OF THE MEDICAL INVESTIGATOR⟧ - STATE OF ⟦STATE|NEW MEXICO⟧ (⟦O|OMI⟧), ⟦C|ALBUQUERQUE⟧
REPORT OF POSTMORTEM EXAMINATION          OMI CASE # ⟦I|OMI-2097-01277⟧
DECEDENT: ⟦N|ZAMORA-BEGAY, ROSALIO⟧   AGE: ⟦A|97⟧ YEARS   SEX: M   DOB: ⟦D|08/23/1999⟧
DATE OF DEATH: ⟦D|02/16/2097⟧ (FOUND)   DATE OF EXAM: ⟦D|02/18/2097⟧ 09:00
PLACE OF DEATH: RESIDENCE, ⟦S|HC 61 BOX 2218⟧, ⟦C|RAMAH⟧, ⟦LO|MCKINLEY COUNTY⟧
INVESTIGATOR: ⟦N|FIDEL CHAVARRIA⟧ (FIELD DEPUTY); REPORTING AGENCY: ⟦O|RAMAH NAVAJO POLICE⟧, OFFICER ⟦N|T. NEZ⟧, BADGE ⟦I|4418⟧
HISTORY: LAST SEEN ALIVE ⟦D|2/14⟧ BY NEPHEW ⟦N|HERMAN BEGAY⟧, WHO DELIVERS FIREWOOD. FOUND ⟦D|2/16⟧ IN BED; PROPANE HEATER ON, ROOM CLOSED. PMD DR. ⟦N|ALTSISI⟧, ⟦H|PINE HILL HEALTH CENTER⟧.
EXTERNAL: WELL-DEVELOPED ELDERLY MAN, CHERRY-RED LIVIDITY. NO INJURIES.
INTERNAL: HEART 510 G, LAD 80% STENOSIS. LUNGS EDEMATOUS.
TOXICOLOGY (⟦O|NMS LABS⟧, ⟦I|WO-97-118804⟧): CARBOXYHEMOGLOBIN 62% SATURATION. ETHANOL NEG.
CAUSE OF DEATH: CARBON MONOXIDE TOXICITY. CONTRIBUTORY: ATHEROSCLEROTIC CARDIOVASCULAR DISEASE. MANNER: ACCIDENT.
⟦N|OLUWASEUN ABERNATHY-CRUZ⟧, MD, FORENSIC PATHOLOGIST   ⟦D|03/30/2097⟧
`);
note("vaccination-record", `
Immunization Record — ⟦H|Sandhills Pediatrics⟧, ⟦S|3315 Fernandina Rd⟧, ⟦C|Columbia⟧, ⟦STATE|SC⟧ (state registry: SIMON ID ⟦I|SC004471829⟧)
Child: ⟦N|Amari Jo Pettigrew⟧   DOB ⟦D|06/04/2092⟧   MRN ⟦M|SP-88120⟧   Parent/guardian: ⟦N|Keisha Pettigrew⟧ (mother), ⟦P|803-555-0171⟧
Insurance: ⟦O|Healthy Connections⟧ Medicaid ⟦HP|SC8830412276⟧ — VFC eligible
Vaccines given today ⟦D|4/22/2097⟧ (4-yr visit):
- DTaP-IPV (Kinrix), lot ⟦DEV|K7H42⟧, exp 11/2098, L deltoid IM, VIS 8/6/21 edition given
- MMRV (ProQuad), lot ⟦DEV|Y019442⟧, SC R arm
- Influenza, declined by parent this season (signed refusal)
Previously: Hep B #1 ⟦D|6/5/92⟧ at ⟦H|Prisma Health Baptist Parkridge⟧ nursery; 2, 4, 6-month series ⟦D|2092⟧-⟦D|2093⟧ at ⟦H|Palmetto Health-USC Pediatrics⟧; 12-month vaccines ⟦D|6/20/2093⟧ at ⟦O|CVS MinuteClinic⟧ ⟦C|Irmo⟧ (⟦O|CVS⟧ record fax ⟦F|803-555-0146⟧).
School form (DHEC 2740) completed for ⟦O|Rosewood Elementary⟧ 4K.
Administered by: ⟦N|Quintessa Rhames⟧, LPN. Reviewed: Dr. ⟦N|Ellison⟧.
`);

note("lab-requisition-caps", `
⟦O|PACIFIC NORTHWEST LABORATORIES⟧ (⟦O|PNWL⟧) - TEST REQUISITION     REQ # ⟦I|R97-3312048⟧     BARCODE ⟦I|7700412998813⟧
ORDERING CLIENT: ⟦H|ISLAND COUNTY FAMILY MEDICINE⟧, ⟦S|101 N MAIN ST⟧, ⟦C|COUPEVILLE⟧ ⟦STATE|WA⟧ ⟦Z|98239⟧   ACCT ⟦I|C-11820⟧
PHYSICIAN: ⟦N|HAUGEN-MORRISSEY, IVAR⟧ MD   NPI ⟦I|1740299318⟧   UPIN N/A
PATIENT: ⟦N|SKAGEN, BIRGIT E⟧   DOB ⟦D|12/30/2005⟧   AGE ⟦A|91⟧   SEX F   PT PHONE ⟦P|360-555-0108⟧
PT ADDRESS: ⟦S|2287 PENN COVE RD⟧, ⟦C|OAK HARBOR⟧ ⟦Z|98277⟧
BILL TO: MEDICARE   MBI ⟦HP|7RK2-JD4-MN19⟧   SECONDARY: ⟦O|PREMERA BLUE CROSS⟧ ⟦HP|PBC404418827⟧
COLLECTION: ⟦D|03/05/97⟧ 08:15 FASTING Y   DRAWN BY ⟦N|T.O.⟧ AT PSC ⟦H|WHIDBEY HEALTH⟧ ⟦C|CLINTON⟧
TESTS: CMP (322000), CBC W DIFF (005009), TSH (004259), B12/FOLATE, VIT D 25-OH, UA W REFLEX.
DX: R53.83 FATIGUE, D64.9 ANEMIA, E03.9.
HL7 ORDER FROM EMR HOST ⟦IP|10.44.18.207⟧. RESULTS TO PORTAL ⟦U|HTTPS://RESULTS.PNWLABS.COM/PROVIDER/C-11820⟧ AND FAX ⟦F|360-555-0191⟧.
`);

note("dot-mro", `
Medical Review Officer Verification — ⟦O|Gateway MRO Services⟧, ⟦C|St. Louis⟧, ⟦STATE|MO⟧
CCF (custody and control form) # ⟦I|4471028839⟧     Specimen ID ⟦I|0018824712⟧     Collected ⟦D|01/08/2097⟧ at ⟦O|Accu-Test Collections⟧, ⟦S|3901 N Lindbergh Blvd⟧, ⟦C|Bridgeton⟧
Donor: ⟦N|Eldon Raymond Schaefer⟧   CDL ⟦I|M417-2209-8841⟧ (⟦STATE|MO⟧)   Employer: ⟦O|Bi-State Freight Lines⟧ (DER: ⟦N|Carla Wentz⟧, ⟦P|314-555-0135⟧)   Reason: random (DOT/FMCSA)
Lab: ⟦O|Clinical Reference Laboratory⟧ (⟦C|Lenexa⟧, ⟦STATE|KS⟧) reported ⟦D|1/10⟧: oxycodone 640 ng/mL, oxymorphone 210 ng/mL.
Interview ⟦D|1/11/2097⟧ 10:20 by phone (⟦P|636-555-0177⟧): donor states post-op Rx. Rx verified with ⟦O|Walgreens #07718⟧, ⟦C|St. Charles⟧: oxycodone 5 mg #20 filled ⟦D|12/29/2096⟧, prescriber Dr. ⟦N|Vikram Seshadri⟧ (⟦H|SSM Health St. Joseph Hospital - St. Charles⟧), DEA ⟦I|BS4418203⟧.
Verified result: NEGATIVE (legitimate medical explanation). Safety concern letter: yes — advised employer of fitness-for-duty evaluation under 49 CFR 40.327 given dosing and safety-sensitive duty.
⟦N|Gerhard T. Oberle⟧, MD, MRO (MROCC cert ⟦I|MRO-118220⟧)   ⟦E|goberle@gatewaymro.com⟧
`);

note("echo-report-caps", `
⟦H|ST. LUKE'S DULUTH⟧ - ECHOCARDIOGRAPHY LAB
TRANSTHORACIC ECHO REPORT     STUDY DATE ⟦D|02-APR-2097⟧     ACCESSION ⟦I|E9712204⟧
NAME: ⟦N|LINDQVIST, ASTRID M⟧   MRN ⟦M|SLD-0092247⟧   DOB ⟦D|14-JAN-2006⟧   AGE ⟦A|91⟧   HT 160 CM WT 57 KG
REFERRING: DR. ⟦N|PIETILA⟧ (⟦H|LAKEWALK FAMILY MEDICINE⟧)   SONOGRAPHER: ⟦N|BRENNA KOSKI⟧, RDCS   READER: DR. ⟦N|HAKIM OYEYEMI⟧
INDICATION: SYNCOPE, SYSTOLIC MURMUR.
FINDINGS: LVEF 60-65% (BIPLANE). NORMAL LV SIZE. MODERATE CONCENTRIC LVH. GRADE II DIASTOLIC DYSFUNCTION, E/E' 18.
AORTIC VALVE: SEVERELY CALCIFIED, VMAX 4.6 M/S, MEAN GRADIENT 52 MMHG, AVA (VTI) 0.7 CM2, DVI 0.22.
MITRAL: MAC, MILD MR. RVSP 44 MMHG. IVC 2.1 CM < 50% COLLAPSE.
IMPRESSION: SEVERE CALCIFIC AORTIC STENOSIS. COMPARED WITH ⟦D|06/2094⟧ STUDY AT ⟦H|ESSENTIA ST. MARY'S⟧ (MEAN GRADIENT 31) - PROGRESSION.
REFER TO STRUCTURAL HEART CLINIC (TAVR) AT ⟦H|ABBOTT NORTHWESTERN⟧, ⟦C|MINNEAPOLIS⟧. CALLED TO DR. ⟦N|PIETILA⟧ ⟦D|4/2⟧ 15:30.
ELECTRONICALLY SIGNED: ⟦N|HAKIM OYEYEMI⟧, MD, FASE
`);

note("cath-report", `
Cardiac Catheterization Laboratory — ⟦H|Baylor Scott & White Heart Hospital – Plano⟧
Procedure date: ⟦D|3/1/2097⟧   Patient: ⟦N|Hollingsworth, Beau Everett⟧   MRN ⟦M|BSW81127745⟧   FIN ⟦I|4470918823⟧   Age 58
Operators: ⟦N|Adaeze Nwachukwu-Lane⟧, MD (primary); ⟦N|Tobias Grünwald⟧, MD (fellow). Nursing: ⟦N|R. Delacroix⟧, RN; ⟦N|M. Sato⟧, RCIS.
Indication: NSTEMI, troponin 2.4, transferred from ⟦H|Medical City McKinney⟧ by ⟦O|CareFlite⟧.
Access: R radial, 6 Fr. Heparin 70 U/kg.
Findings: LM normal. LAD 90% proximal, TIMI 3. LCx 40%. RCA dominant, 60% mid (FFR 0.86).
Intervention: proximal LAD PCI with a 3.0 x 18 mm DES (lot ⟦DEV|0009817745⟧, ref ⟦DEV|SYN30018⟧), post-dilated 3.5 NC. 0% residual. IVUS MSA 7.9 mm².
Complications: none. TR band placed.
Plan: DAPT with ticagrelor x 12 months; high-intensity statin; cardiac rehab at ⟦H|Texas Health Presbyterian Allen⟧ (closer to home on ⟦S|Stacy Rd⟧, ⟦C|Allen⟧).
Wife ⟦N|Charla⟧ updated in family waiting area at 11:40.
`);

note("eeg-report", `
⟦H|Children's Mercy Kansas City⟧ — Clinical Neurophysiology
ROUTINE EEG REPORT (awake and drowsy)    EEG #: ⟦I|EEG-97-04419⟧
Name: ⟦N|Adeyemi, Oluwadamilare "Dami"⟧   DOB: ⟦D|11/09/2086⟧   MRN: ⟦M|CM-01847712⟧   Date: ⟦D|01/27/2097⟧
Referring: ⟦N|Sabrina Kettleson⟧, APRN (⟦H|CMKC⟧ neurology, ⟦H|Broadway⟧ clinic)
History: 10-year-old with staring spells in class reported by teacher at ⟦O|Lee's Summit Elementary⟧ (Mrs. ⟦N|Hinojosa⟧), 10-20/day.
Technique: 21 electrodes, 10-20 system; HV 3 min, photic stimulation. Tech: ⟦N|Jordan Akerele⟧, R. EEG T.
Findings: PDR 9 Hz. During HV at 2 min, a 9-second run of generalized 3 Hz spike-and-wave with behavioral arrest and eyelid flutter; two more brief bursts.
Impression: abnormal EEG consistent with childhood absence epilepsy.
Reading physician: ⟦N|Consolata Ferraro-Imbert⟧, MD. Discussed with mother (⟦N|Folasade Adeyemi⟧) by phone ⟦P|816-555-0163⟧ on ⟦D|1/27⟧.
`);

note("radonc-summary-caps", `
⟦H|MARSHFIELD MEDICAL CENTER⟧ - ⟦H|MINOCQUA⟧ CANCER CENTER     RADIATION ONCOLOGY TREATMENT SUMMARY
PATIENT: ⟦N|GRZESKOWIAK, LEONARD F⟧   MRN ⟦M|MMC5507212⟧   DOB ⟦D|03/19/2048⟧
DIAGNOSIS: NSCLC, RUL, STAGE IA2 (CT1BN0M0), SQUAMOUS. BX ⟦D|11/14/2096⟧ (NAV BRONCH, DR. ⟦N|EKSTRAND⟧, ⟦H|ASPIRUS WAUSAU⟧).
TREATMENT: SBRT 54 GY IN 3 FRACTIONS, ⟦D|01/06/2097⟧ - ⟦D|01/13/2097⟧, VMAT, 4D-CT PLANNED, ITV. LINAC SERIAL ⟦DEV|TB-3221⟧.
TOLERANCE: GRADE 1 FATIGUE. NO PNEUMONITIS SX. 
FOLLOW-UP: CT CHEST 3 MONTHS (⟦D|APRIL 2097⟧) IN ⟦C|RHINELANDER⟧; VISIT WITH DR. ⟦N|YEUNG-ABERNETHY⟧. SMOKING CESSATION VIA ⟦O|WI TOBACCO QUIT LINE⟧. PT DRIVES FROM ⟦C|LAC DU FLAMBEAU⟧; LODGING AT ⟦O|HOPE LODGE⟧ NOT NEEDED.
PHYSICIAN: ⟦N|SUNNIVA YEUNG-ABERNETHY⟧, MD   PHYSICIST: ⟦N|R. BAUMGARTNER⟧, PHD   DOSIMETRIST: ⟦N|C. HUTTER⟧
CC: DR. ⟦N|LUDWIG⟧, PCP, ⟦H|HOWARD YOUNG⟧ CLINIC, FAX ⟦F|715-555-0180⟧
`);

note("hyperbaric-caps", `
⟦H|SOUTH GEORGIA WOUND & HYPERBARIC CENTER⟧ AT ⟦H|PHOEBE SUMTER⟧ - ⟦C|AMERICUS⟧ ⟦STATE|GA⟧
HBO TREATMENT NOTE     DIVE #18 OF 40     ⟦D|04/03/2097⟧
PT: ⟦N|TIPPINS, ROOSEVELT⟧   MRN ⟦M|PS-660214⟧   DOB ⟦D|10/10/2050⟧   CHAMBER: MONOPLACE #2 (SN ⟦DEV|SE-2401-4417⟧)
DX: LATE RADIATION CYSTITIS (PROSTATE XRT ⟦D|2091⟧ AT ⟦H|EMORY WINSHIP⟧), HEMATURIA.
PROFILE: 2.0 ATA X 90 MIN, 2 AIR BREAKS. PRE: BP 142/80, BG 162, EARS CLEARED (TEED 0 BILAT). POST: NO BAROTRAUMA, NO CONFINEMENT ISSUES.
HEMATURIA LESS PER PT; UROLOGY F/U WITH DR. ⟦N|MBEKI-HARDWICK⟧ ⟦D|4/24⟧ AT ⟦O|SOUTHWEST GEORGIA UROLOGY⟧ (⟦C|ALBANY⟧).
TRANSPORT: ⟦O|SOWEGA COUNCIL ON AGING⟧ VAN FROM ⟦C|PLAINS⟧, PICKUP 07:15. DAUGHTER ⟦N|BERNADETTE TIPPINS-COOK⟧ ⟦P|229-555-0123⟧.
CHAMBER OPERATOR: ⟦N|K. ODOM⟧, CHT   SUPERVISING MD: ⟦N|ALISTAIR MACPHERSON⟧, MD, UHM
`);

note("chaplain-lower", `
spiritual care note - ⟦H|mercy medical center⟧ ⟦C|cedar rapids⟧     ⟦D|3/8/97⟧
pt: ⟦N|hruska, bohumil⟧   rm 512   age ⟦A|99⟧   referred by rn ⟦N|kayla⟧ for end-of-life support
visited with pt and his niece ⟦N|vera novak⟧ (from ⟦C|solon⟧). pt is czech catholic, member of ⟦O|st. wenceslaus⟧ parish for 80 years, sang in its choir; was a typesetter at the ⟦O|gazette⟧ until ⟦D|2035⟧.
pt asked for sacrament of the sick; called fr. ⟦N|tomas dvoracek⟧ (⟦P|319-555-0159⟧), who came at 15:40 and anointed.
niece asked about burial at ⟦LO|czech national cemetery⟧ beside his wife ⟦N|ludmila⟧ (d. ⟦D|2089⟧); referred to ⟦O|brosh funeral home⟧ and sw ⟦N|ortega⟧.
will follow daily. - chaplain ⟦N|deb oyelaran-fisk⟧, mdiv, bcc
`);
note("ethics-consult", `
Clinical Ethics Consultation — ⟦H|Dartmouth Hitchcock Medical Center⟧ (⟦H|DHMC⟧), ⟦C|Lebanon⟧, ⟦STATE|NH⟧
Date of request: ⟦D|Feb 9, 2097⟧   Requested by: Dr. ⟦N|Wren Aldous-Kimura⟧, MICU attending
Patient: ⟦N|Fairbanks, Ezra Nathaniel⟧   MRN ⟦M|DH-3304178⟧   Age ⟦A|102⟧   Admitted ⟦D|2/2/2097⟧ from ⟦H|Kendal at Hanover⟧
Question: disagreement between surrogates about continuing mechanical ventilation.
Background: retired ⟦O|Dartmouth College⟧ classics professor; widower. Advance directive (⟦D|2088⟧, witnessed by his attorney ⟦N|Prudence Whitcomb⟧ of ⟦O|Whitcomb & Ladd⟧, ⟦C|Hanover⟧) names his stepson ⟦N|Marcus Delahunt⟧ as agent; it declines "prolonged life support without hope of returning to my books". His daughter ⟦N|Ruth Fairbanks-Soto⟧, flying in from ⟦C|Tucson⟧, asks for "everything" until she arrives ⟦D|2/11⟧.
Meeting ⟦D|2/10⟧ 14:00 (family room 4): Mr. ⟦N|Delahunt⟧, Ms. ⟦N|Fairbanks-Soto⟧ by video (⟦O|Zoom⟧ link sent to ⟦E|rfsoto@saguaro-net.com⟧; joined from ⟦IP|71.226.40.183⟧), Dr. ⟦N|Aldous-Kimura⟧, RN ⟦N|Pilar Estabrook⟧, palliative care (Dr. ⟦N|Oduya⟧), ethics (author).
Recommendation: the agent's decision grounded in the written directive is ethically and legally supported (NH RSA 137-J). Time-limited trial of 48 h honored to allow daughter's arrival. Ethics will attend the follow-up meeting ⟦D|2/12⟧.
⟦N|Bartholomew Ashdown⟧, PhD, HEC-C, Clinical Ethics Service, pager ⟦P|603-555-0199⟧
`);

note("nutrition-caps", `
⟦H|AVERA MCKENNAN HOSPITAL & UNIVERSITY HEALTH CENTER⟧ - CLINICAL NUTRITION
NUTRITION ASSESSMENT     ⟦D|03/23/2097⟧     RM 6-214
PT: ⟦N|STOLTENBERG, HAROLD D⟧   MRN ⟦M|AV7730418⟧   AGE ⟦A|90⟧   HT 175 CM   WT 58.1 KG (USUAL 66 KG ⟦D|12/2096⟧)   BMI 19
REFERRAL: MST 3; ADMITTED ⟦D|3/21⟧ FROM ⟦H|GOOD SAMARITAN SOCIETY - LUTHER MANOR⟧ WITH ASPIRATION PNA.
DIET HX PER NIECE ⟦N|DARLENE⟧: MECHANICAL SOFT, ENSURE BID, POOR INTAKE SINCE WIFE ⟦N|IRENE⟧ DIED IN ⟦D|NOVEMBER⟧.
NFPE: MODERATE TEMPORAL/CLAVICLE WASTING, MILD EDEMA. MEETS ASPEN CRITERIA: SEVERE MALNUTRITION IN CONTEXT OF CHRONIC ILLNESS.
SLP (⟦N|A. FJELSTAD⟧) RECS: DYSPHAGIA PUREE, MILDLY THICK LIQUIDS.
ESTIMATED NEEDS: 1700-1900 KCAL, 70-85 G PROTEIN.
PLAN: MAGIC CUP BID, PROSOURCE, CALORIE COUNT X 72 H; COMMUNICATE TO ⟦H|LUTHER MANOR⟧ DIETITIAN ⟦N|JOANNE RUUD⟧ ⟦P|605-555-0143⟧ AT DC. MEALS ON WHEELS N/A.
⟦N|MEGAN TSCHETTER⟧, MS, RDN, LN
`);

note("well-child", `
⟦H|Valley Children's Primary Care⟧ – ⟦C|Visalia⟧ (⟦S|3120 S Mooney Blvd⟧)
Well Child Visit – 18 months     DOS: ⟦D|04/19/2097⟧
Child: ⟦N|Itzel Guadalupe Zamudio-Ochoa⟧   DOB ⟦D|10/17/2095⟧   MRN ⟦M|VC-5517802⟧   Medi-Cal ⟦HP|91830447A⟧ (⟦O|Anthem Blue Cross⟧ Medi-Cal managed care)
Here with mother ⟦N|Yesenia Ochoa⟧ and grandmother Doña ⟦N|Refugio⟧; Spanish interpreter ⟦N|Arturo⟧ (ID ⟦I|INT-0447⟧) via ⟦O|LanguageLine⟧.
Dad ⟦N|Efraín Zamudio⟧ works at ⟦O|Ruiz Foods⟧ in ⟦C|Dinuba⟧; family lives at ⟦S|1115 W Tulare Ave⟧ Apt 7, ⟦C|Visalia⟧ ⟦Z|93277⟧.
Development: 8 words, walks well, M-CHAT-R 1 (low risk). Daycare at ⟦O|Family HealthCare Network⟧ Early Head Start.
Growth: wt 10.1 kg (35%), ht 81 cm (48%), HC 46 cm (50%).
Lead: capillary 6.1 µg/dL (⟦D|3/2097⟧) — venous confirm today; home built 1954, and grandmother uses a clay pot from ⟦COUNTRY|Mexico⟧ — ⟦O|Tulare County Public Health⟧ lead program notified (case ⟦I|TCPH-L-97-0213⟧).
Vaccines: Hep A #2, DTaP #4 given. WIC at ⟦O|WIC Visalia Mooney⟧ continues.
⟦N|Rosario Beltrán-Hughes⟧, MD
`);

note("blood-bank-caps", `
⟦H|BILLINGS CLINIC⟧ TRANSFUSION SERVICE - SUSPECTED TRANSFUSION REACTION INVESTIGATION
REPORTED: ⟦D|03/02/2097⟧ 02:18 BY RN ⟦N|T. HARDGRAVE⟧, 5 WEST     INVESTIGATION # ⟦I|TR-97-0019⟧
RECIPIENT: ⟦N|BIRDINGROUND, CLARENCE⟧   MRN ⟦M|BC1177203⟧   DOB ⟦D|07/04/1963⟧   ABO/RH O POS
UNIT: RBC LR, DIN ⟦DEV|W0415 97 118442 6⟧, O POS, FROM ⟦O|VITALANT⟧ ⟦C|BILLINGS⟧; ISSUED 01:05, STARTED 01:20, STOPPED 02:05 (~200 ML).
SX: FEVER 38.9 (BASELINE 37.0), RIGORS, BP 148/90 (FROM 130/78). NO HEMOGLOBINURIA.
LAB: CLERICAL CHECK OK. POST DAT NEG. VISUAL HEMOLYSIS NEG. BILI 0.8. BAG AND PT BLOOD CULTURES SENT.
INTERPRETATION: FEBRILE NON-HEMOLYTIC TRANSFUSION REACTION. TRALI/TACO NOT SUPPORTED. RECOMMEND PREMED ACETAMINOPHEN.
REPORTED TO ⟦O|VITALANT⟧ (REF ⟦I|VT-MT-22918⟧) AND HEMOVIGILANCE. PT IS ⟦O|CROW TRIBE⟧ MEMBER; IHS PRC NOTIFIED FOR ⟦H|CROW/NORTHERN CHEYENNE HOSPITAL⟧ F/U.
MEDICAL DIRECTOR: ⟦N|ELSPETH MACAULAY-ROANHORSE⟧, MD   ⟦D|03/02/2097⟧
`);

note("neuropsych", `
Neuropsychological Evaluation — ⟦O|Front Range Neuropsychology, PLLC⟧, ⟦S|1835 Franklin St⟧ #400, ⟦C|Denver⟧, ⟦STATE|CO⟧ ⟦Z|80218⟧
Examinee: ⟦N|Quill, Theodora R.⟧   DOB ⟦D|02/28/2001⟧   Age ⟦A|96⟧   Education 17 years   Dates of testing: ⟦D|2/3⟧ and ⟦D|2/5/2097⟧
Referral: Dr. ⟦N|Ansel Whitford-Bajwa⟧, neurology, ⟦H|UCHealth⟧ ⟦H|Anschutz⟧ Memory Clinic; question of capacity to manage finances after a scam (⟦O|Denver Police⟧ report ⟦I|DPD-97-004418⟧; bank: ⟦O|FirstBank⟧ ⟦C|Lakewood⟧ branch).
Background: retired ⟦O|Colorado School of Mines⟧ librarian; lives alone at ⟦H|Clermont Park⟧ independent living; nephew ⟦N|Bertrand Quill⟧ (⟦C|Boulder⟧) holds springing POA.
Tests: WTAR, MoCA 21/30, RBANS, TMT A/B, BNT-15, Animals 11, Financial Capacity Instrument (short form).
Results: relative sparing of language and attention; marked impairment of delayed recall (RBANS DM SS 62) and financial judgment items.
Impression: major neurocognitive disorder, probable Alzheimer's type; lacks capacity for complex financial decisions. Recommend activating POA; report to ⟦O|Denver Human Services⟧ APS (intake ⟦I|APS-97-11820⟧).
⟦N|Lucinda Farrow-Maki⟧, PhD, ABPP-CN   Psychometrist: ⟦N|Kyle Baptiste⟧
`);

note("tumor-board", `
Multidisciplinary Thoracic Tumor Board — ⟦H|Roswell Park Comprehensive Cancer Center⟧, ⟦C|Buffalo⟧     ⟦DAY|Wednesday⟧, ⟦D|April 1, 2097⟧
Case 3: ⟦N|Szczepanski, Walter⟧, 71, MRN ⟦M|RP-00481129⟧. Presented by Dr. ⟦N|Aisling Moynihan⟧ (fellow).
Hx: former steelworker (⟦O|Bethlehem Steel⟧, ⟦C|Lackawanna⟧, 30 yrs), 60 pack-years, asbestos exposure. Referred by Dr. ⟦N|Okonjo⟧ at ⟦H|Mercy Hospital of Buffalo⟧ after CT ⟦D|2/20⟧ showed 4.1 cm LLL mass.
Path: EBUS ⟦D|3/9⟧ (Dr. ⟦N|Fitzgerald-Osei⟧), station 7 and 11L positive, adenocarcinoma; NGS (⟦O|Foundation Medicine⟧ ⟦I|ORD-0882173⟧): KRAS G12C, PD-L1 TPS 60%.
PET ⟦D|3/14⟧: no distant disease. Brain MRI negative.
Consensus: stage IIIA (T2bN2M0); concurrent chemoradiation then durvalumab; screen for the KRAS trial (NCT07118842). Radiation at ⟦H|Roswell Park⟧ ⟦C|Amherst⟧ site per patient request.
Social work: wife ⟦N|Danuta⟧ does not drive; rides via ⟦O|American Cancer Society⟧ Road To Recovery.
Attendees: Drs. ⟦N|Moynihan⟧, ⟦N|Patel-Greco⟧, ⟦N|Lindqvist⟧, ⟦N|Okafor⟧; navigator ⟦N|Shawna Kibler⟧, RN.
`);

note("school-nurse-lower", `
health office visit - ⟦O|centennial middle school⟧, ⟦O|boise school district⟧     ⟦D|02/24/97⟧ 10:40
student: ⟦N|jaxon merriweather-cho⟧   gr 7   dob ⟦D|5/5/2084⟧   sid ⟦I|448120⟧
c/o: hit in head by basketball in pe (coach ⟦N|dunleavy⟧), no loc. headache 3/10, mild nausea.
assessment: alert, oriented, pupils equal, balance ok, concussion symptom checklist score 4.
action: ice, rest in office 30 min, called mom ⟦N|heather cho⟧ at work (⟦O|st. luke's⟧ billing office, ⟦P|208-555-0110⟧), she picked him up at 11:20. heads up sheet given, no sports until cleared by pcp (dr ⟦N|abernathy-voss⟧, ⟦H|primary health meridian⟧).
incident report filed in ⟦O|infinite campus⟧. athletic trainer ⟦N|k. yoon⟧ notified by email (⟦E|kyoon@boiseschools.org⟧).
- ⟦N|gwen toussaint⟧, rn, ncsn
`);

note("allergy-clinic", `
⟦O|Allergy & Asthma Specialists of the Ozarks⟧ — ⟦C|Springfield⟧ & ⟦C|Joplin⟧
New patient consult     ⟦D|January 16, 2097⟧
Patient: ⟦N|Ledbetter, Cassidy Rae⟧   DOB ⟦D|4/1/2079⟧   Chart ⟦M|AASO-27704⟧   PCP Dr. ⟦N|Hiroshi Brandt⟧ (⟦H|CoxHealth⟧ ⟦H|Branson⟧)
HPI: two episodes of hives and lip swelling after red meat, both 4-6 h after dinner (⟦DAY|Thanksgiving⟧ and ⟦D|Dec 28⟧); one required epinephrine at ⟦H|Mercy Hospital Springfield⟧ ED. Many tick bites — she is a ranger at ⟦LO|Mark Twain National Forest⟧ (⟦O|US Forest Service⟧, ⟦O|Ava-Cassville-Willow Springs Ranger District⟧).
Labs sent to ⟦O|Viracor⟧ (⟦I|VC-2097-5518204⟧): alpha-gal IgE 12.4 kU/L; beef 4.1, pork 3.2.
Assessment: alpha-gal syndrome.
Plan: avoid mammalian meat; caution with gelatin, carrageenan; EpiPen 0.3 x2; medical alert info; work note for ⟦O|USFS⟧ regarding tick-prevention gear. Cetuximab avoidance flagged in ⟦O|Epic⟧.
⟦N|Octavia Randolph-Nkemelu⟧, MD   cc: Dr. ⟦N|Brandt⟧ (fax ⟦F|417-555-0151⟧)
`);

note("dental-ed-caps", `
⟦H|UNIVERSITY OF MISSISSIPPI MEDICAL CENTER⟧ (⟦H|UMMC⟧) - SCHOOL OF DENTISTRY URGENT CARE     ⟦D|03/16/2097⟧
PT: ⟦N|PEOPLES, CORNELIUS JR⟧   MRN ⟦M|UM2204417⟧   DOB ⟦D|01/19/2070⟧   PHONE ⟦P|601-555-0114⟧
REFERRED FROM ⟦H|MERIT HEALTH RANKIN⟧ ED (⟦C|BRANDON⟧) FOR FACIAL SWELLING.
CC: "MY JAW SWOLE UP SINCE ⟦DAY|FRIDAY⟧." PT WORKS NIGHTS AT ⟦O|NISSAN CANTON⟧ PLANT, NO DENTAL INS.
EXAM: R SUBMANDIBULAR SWELLING, TRISMUS 28 MM, FLOOR OF MOUTH SOFT. #30 GROSS CARIES, PERIAPICAL RL.
A: #30 ODONTOGENIC ABSCESS, BUCCAL/SUBMANDIBULAR SPACE; NO AIRWAY COMPROMISE.
P: I&D, EXT #30 UNDER LA (STUDENT ⟦N|T. NGUYEN-BOLDEN⟧, D3; FACULTY DR. ⟦N|ARCENEAUX⟧). AMOX-CLAV 875 BID X 7D. F/U ⟦D|3/18⟧. SLIDING FEE APP VIA ⟦O|MS DENTAL FOUNDATION⟧; ALSO REFERRED TO ⟦H|JACKSON-HINDS COMPREHENSIVE HEALTH CENTER⟧ DENTAL.
`);

note("ed-discharge-caps", `
⟦H|OUR LADY OF LOURDES REGIONAL MEDICAL CENTER⟧ - EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS
⟦S|4801 AMBASSADOR CAFFERY PKWY⟧, ⟦C|LAFAYETTE⟧ ⟦STATE|LA⟧ ⟦Z|70508⟧     ⟦P|(337) 555-0102⟧
NAME: ⟦N|THIBODEAUX, REMY P⟧   DOB: ⟦D|08/01/1997⟧   VISIT #: ⟦I|E970221184⟧   DATE: ⟦D|04/05/2097⟧
DIAGNOSIS: CLOSED FRACTURE R DISTAL RADIUS (SPLINTED).
YOUR PROVIDER TODAY: DR. ⟦N|ANTOINETTE BERGERON⟧ / ⟦N|JESSE CORMIER⟧, PA-C
FOLLOW UP: ⟦O|LAFAYETTE BONE & JOINT CLINIC⟧, DR. ⟦N|LEJEUNE⟧, ⟦S|1101 S COLLEGE RD⟧ - CALL ⟦P|337-555-0189⟧ FOR APPT IN 5-7 DAYS.
RX SENT TO: ⟦O|WALGREENS⟧ ⟦S|2810 JOHNSTON ST⟧ - HYDROCODONE/APAP 5/325 #8.
WORK NOTE: OFF WORK UNTIL ⟦D|04/12/2097⟧ (⟦O|ACADIANA OILFIELD SERVICES⟧).
MYCHART ACTIVATION CODE: ⟦I|7K4QX-2M8PD-HH91T⟧   ⟦U|WWW.LOURDESRMC.COM/MYCHART⟧
`);

note("fertility", `
⟦H|Shady Grove Fertility⟧ — ⟦C|Towson⟧ Center · IVF Cycle Summary
Patient: ⟦N|Abimbola Carrington⟧ (DOB ⟦D|7/22/2060⟧, MRN ⟦M|SGF-1104477⟧)   Partner: ⟦N|Kwame Carrington⟧ (DOB ⟦D|3/14/2058⟧)
Cycle # ⟦I|IVF-97-2210⟧; stimulation start ⟦D|3/3/2097⟧, antagonist protocol; trigger ⟦D|3/13⟧; retrieval ⟦D|3/15⟧ at the ⟦H|Rockville⟧ ASC, Dr. ⟦N|Perpetua Lindgren-Ashe⟧; 14 oocytes, 11 MII, ICSI (embryologist ⟦N|H. Balogun⟧).
Day 5/6 blastocysts: 5, all biopsied; PGT-A by ⟦O|CooperGenomics⟧ (⟦I|CG-55129084⟧): 3 euploid. Frozen, tank ⟦DEV|CRYO-B7⟧ canister 3.
Insurance: ⟦O|CareFirst BlueCross BlueShield⟧ (MD mandate) member ⟦HP|CFB448812097⟧; financial counselor ⟦N|Lydia Marchetti⟧.
FET planned ⟦D|May 2097⟧. Patient works as an engineer at ⟦O|Northrop Grumman⟧ (⟦C|Linthicum⟧); prefers calls after 5 pm, ⟦P|410-555-0185⟧.
`);

note("competency-eval", `
⟦H|Western State Hospital⟧ — Center for Forensic Services, ⟦C|Lakewood⟧, ⟦STATE|WA⟧
Competency to Stand Trial Evaluation (RCW 10.77), in-jail
Defendant: ⟦N|Kealoha, Bryson Makani⟧   DOB ⟦D|12/12/2074⟧   Cause No. ⟦I|97-1-00418-27⟧ (⟦O|Pierce County Superior Court⟧)   Order signed ⟦D|1/29/2097⟧ by Judge ⟦N|Rosalind Ferreira-Odum⟧
Interview: ⟦D|February 6, 2097⟧, 2 h, ⟦O|Pierce County Jail⟧ mental health unit; defense counsel ⟦N|Ignatius Okwu⟧ (⟦O|Department of Assigned Counsel⟧) present; DPA ⟦N|Megan Stroud⟧ notified.
Sources: jail medical (⟦O|Pierce County Jail⟧ health services), records from ⟦H|MultiCare Good Samaritan Hospital⟧ (⟦C|Puyallup⟧) admission ⟦D|Oct 2096⟧, ⟦O|Tacoma Police⟧ incident ⟦I|TPD-2096-118204⟧, collateral from his aunt ⟦N|Leilani Kealoha⟧ in ⟦C|Hilo⟧ (⟦P|808-555-0131⟧).
Background: born in ⟦C|Hilo⟧, moved to ⟦C|Tacoma⟧ in ⟦D|2093⟧, worked at the ⟦O|Port of Tacoma⟧; Navy service ⟦D|2093⟧-⟦D|2095⟧ (⟦O|USS Nimitz⟧), discharged general.
Mental status: disorganized, responding to internal stimuli; fixed belief that his attorney works for "the Port".
Opinion: lacks capacity to assist counsel; recommend 45-day restoration at ⟦H|Western State⟧.
⟦N|Ngaio Whitcombe-Reyes⟧, PsyD, Forensic Evaluator
`);
write();
