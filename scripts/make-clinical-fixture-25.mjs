// Why this file exists: builds test/fixtures/clinical-notes-25.jsonl, a twenty-fifth labelled set of clinical notes
// written by hand in stop 37 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixture 24's generator and test file and README's paragraph on fixture 24 were read
// for the form and the labels), with the PHI density of the i2b2 de-identification notes, in report types and
// settings fixtures 1-24 hold least: a zoonosis (psittacosis) report from a state veterinarian, an oncology infusion
// chair note, a pharmacy refill log, a radiology addendum, a pathology second-opinion letter, a home-oxygen
// certificate of medical necessity, a tribal (Navajo Nation) clinic visit, a release-of-information log, a military
// post-deployment health assessment, a Social Security consultative examination, a critical access hospital's swing
// bed admission, an ASL interpreter's note, a chaplain's note, dental surgery under sedation, a CPAP titration study,
// a cascade genetic-testing letter, a state prison's chronic-care visit, a transient-dialysis request, a school
// seizure action plan, blood-lead surveillance at a smelter, a poison centre call, a search-and-rescue run sheet, a
// hospice revocation, a ski patrol accident report, a clinical trial SAE report, a pacemaker advisory letter, a
// transfer-centre log, a patient belongings inventory, a grievance response letter, a WIC referral, a black-lung
// (coal miner) exam, a nurse home visit, a telepharmacy verification, a morgue release log, a health risk assessment
// call, a school vision-screening referral, a lab send-out manifest, a birth-centre transfer, a VA caregiver
// programme note and a rural EMS intercept; 17 notes in ALL CAPS and 4 in lower case.
// Regions: the Ozarks, the Mississippi Delta, Appalachian Ohio, the Adirondacks, the Navajo Nation, the Qualla
// Boundary, the Nebraska Sandhills, northern Nevada, the Oregon coast, eastern Montana, Vermont, the North Country of
// New Hampshire, the Lowcountry, south Georgia, the Florida Panhandle, the Black Belt, north Louisiana, northeast
// Arkansas, Oklahoma's Green Country, southwest Kansas, the Hill Country, the Big Bend, the White Mountains of
// Arizona, the San Luis Valley, southwest Wyoming, the Magic Valley, north-central Washington, the Yukon-Kuskokwim
// Delta, Molokai, northern Minnesota and Wisconsin, Siouxland, southern Illinois, the Wabash Valley, southern West
// Virginia and eastern Kentucky, the Upper Cumberland.
// PHI forms sought: organisations with no head word, programmes and agencies of English words, tribes and chapters,
// employers, unions, insurers, PBMs, labs and couriers, schools and districts; facilities as system + campus and as
// one word; names as "LAST, FIRST M", "Last, First", initials, nicknames, hyphenated and particle surnames, names
// that are common words (Hope, Rose, Bill, Frank, Dawn, Young); ages over 89 as "AGE 91", "93 y.o.", "ninety-four",
// "a 97-year-old"; dates as "2099-03-14", "14-MAR-2099", "14MAR99", "3/14", "March 14th", "14 Mar 2099", "3.14.99",
// "Mar '99", "20990314"; IDs as prescription (Rx), claim, docket, inmate, service, DoD and VA numbers, plates and VINs,
// badge, licence, DEA, NPI, CLIA, serial, lot, kit, specimen, requisition, tracking and member numbers.
// Labelling follows fixtures 11-24: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are no PHI; clinicians' and
// transcriptionists' initials are PHI; titles, ranks, degrees and cue words stay outside the name; "the" stays outside
// a facility; room, bed, chair, unit and cell codes and departments are left unlabelled; nursing homes, assisted
// living, clinics with a place name, IHS and VA clinics are HOSPITAL; companies, insurers, schools, churches,
// pharmacies, agencies, jails, prisons, police, courts, tribes, chapters and military units are ORGANIZATION;
// counties, landmarks, bases, mines and reservations are LOCATION-OTHER; MRNs are MRN; member, Medicaid and Medicare
// numbers HEALTHPLAN; accession, case, claim, NPI, DEA, licence, Rx, inmate, plate and VIN numbers ID; serials, lots
// and kits DEVICE; extensions PHONE; Medicare and Medicaid as programmes unlabelled; study protocol numbers, ambulance
// unit numbers and drug, device and test names are no PHI.
// Every person, street, facility and number is invented here (real towns, and a few national firms, agencies and
// chains named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-24 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-25.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-25.jsonl", "make-clinical-fixture-25");
note("zoonosis-report", `
⟦O|Missouri Department of Health and Senior Services⟧ — Zoonotic Disease Report (psittacosis, probable)
Reported by: Dr. ⟦N|Leland Pruitt⟧, DVM, ⟦O|Ozark Avian & Exotic Veterinary Hospital⟧, ⟦S|3140 S Campbell Ave⟧, ⟦C|Springfield⟧, ⟦STATE|MO⟧ ⟦Z|65807⟧; ⟦P|417-555-0163⟧
Date received: ⟦D|2099-03-14⟧. Case no. ⟦I|MO-ZD-99-00218⟧. Local agency: ⟦O|Taney County Health Department⟧, ⟦C|Branson⟧.
Human case: ⟦N|Brenda Kay Stidham⟧, 52F, ⟦S|77 Hummingbird Ln⟧, ⟦C|Kirbyville⟧ ⟦Z|65679⟧, cell ⟦P|(417) 555-0148⟧. Works at ⟦O|Petland⟧ in ⟦C|Ozark⟧ as a bird room attendant.
Admitted ⟦D|3/9⟧ to ⟦H|Cox Medical Center Branson⟧ with fever, dry cough and bilateral infiltrates; Chlamydia psittaci PCR sent to the ⟦O|Missouri State Public Health Laboratory⟧ (specimen ⟦I|SPHL-99-044127⟧). Treated by Dr. ⟦N|Okoye⟧ with doxycycline.
Animal source: 2 cockatiels bought ⟦D|February 20th⟧ from a breeder, ⟦N|Earl Tennyson⟧ (⟦O|Tennyson Aviaries⟧, ⟦C|Forsyth⟧); one bird died ⟦D|3/1⟧. Leg band ⟦DEV|OZK-99-1187⟧. Necropsy by ⟦O|University of Missouri Veterinary Medical Diagnostic Laboratory⟧, accession ⟦I|VMDL-99-7720⟧.
Household: husband ⟦N|Dwayne Stidham⟧ and granddaughter ⟦N|Kaylee⟧, both well; advised to report fever.
Store quarantine ordered by ⟦O|Missouri Department of Agriculture⟧ state veterinarian Dr. ⟦N|Harriet Boatwright⟧.
Epidemiologist: ⟦N|Jun Takahashi-Moore⟧, MPH, ⟦E|jun.takahashi-moore@health.mo.example⟧.
`);

note("infusion-chair-caps", `
⟦H|MERCY CANCER CENTER⟧ - ⟦C|JONESBORO⟧ INFUSION SUITE      CHAIR 11      ⟦D|14-MAR-2099⟧
PT: ⟦N|WOMACK, TERRELL DEAN⟧   MRN ⟦M|NEA00418832⟧   DOB ⟦D|07/22/2041⟧   HT 178 CM WT 81.4 KG BSA 2.0
DX: STAGE IIIC COLON CA (PT3N2B), S/P R HEMICOLECTOMY ⟦D|01/05/99⟧ AT ⟦H|ST. BERNARDS MEDICAL CENTER⟧ (DR. ⟦N|ABERNATHY⟧).
REGIMEN: FOLFOX C4D1. OXALIPLATIN 170 MG, LEUCOVORIN 800 MG, 5-FU 800 MG BOLUS + 4800 MG CADD PUMP SN ⟦DEV|CADD-1188-20417⟧.
PORT ACCESSED 0815 BY ⟦N|JOLENE PARHAM⟧, RN, OCN. 20G HUBER. BLOOD RETURN +.
LABS: ANC 2.1, PLT 144. NEUROPATHY GR 1 (COLD SENSITIVITY). MAGNESIUM 1.8.
PREMEDS: ONDANSETRON 16 MG, DEXAMETHASONE 12 MG.
WIFE ⟦N|CHERYL WOMACK⟧ AT CHAIRSIDE; SHE DRIVES FROM ⟦C|PARAGOULD⟧ (⟦P|870-555-0194⟧). HE IS ON FMLA FROM ⟦O|NUCOR STEEL ARKANSAS⟧; PAPERWORK TO ⟦O|LINCOLN FINANCIAL GROUP⟧ CLAIM ⟦I|LFG-99-3318207⟧.
COPAY ASSIST: ⟦O|PAN FOUNDATION⟧ GRANT ⟦I|PAN-772041⟧.
PUMP DISCONNECT ⟦D|03/16/2099⟧ (⟦DAY|THURSDAY⟧) BY ⟦O|ARKANSAS HOME INFUSION⟧.
ONCOLOGIST: ⟦N|PRIYANKA DESHMUKH⟧, MD
`);

note("refill-log-lower", `
refill request log — ⟦O|delta drug co.⟧, ⟦S|214 washington ave⟧, ⟦C|greenville⟧ ⟦STATE|ms⟧ ⟦Z|38701⟧ — ⟦P|662-555-0172⟧ fax ⟦F|662-555-0173⟧
⟦D|3/14/99⟧ 0910 pt ⟦N|otis lee fairley⟧ dob ⟦D|5/2/1951⟧ called for rx# ⟦I|6640218⟧ lisinopril 20 mg and rx# ⟦I|6640219⟧ metformin 1000 mg. no refills left on ⟦I|6640219⟧; faxed dr. ⟦N|bankston⟧ at ⟦H|delta health system - the medical center⟧.
⟦D|3/14/99⟧ 1125 mrs. ⟦N|fairley⟧ (wife ⟦N|hattie⟧) says he's out of insulin glargine too. last fill ⟦D|2/10⟧. ins ⟦O|magnolia health⟧ id ⟦HP|mag558120447⟧, bin 004336 pcn mcaidadv. pa needed for pen.
⟦D|3/15/99⟧ 0840 dr ⟦N|bankston⟧'s nurse ⟦N|tonya⟧ called back, new rx ok'd. dea on file ⟦I|bb4471823⟧.
⟦D|3/15/99⟧ 1400 delivered by driver ⟦N|marcus hite⟧ to ⟦S|1109 nelson st⟧, signed by grandson ⟦N|jalen fairley⟧.
⟦D|3/16/99⟧ refill for ⟦N|ruby mae quinn⟧ (age ⟦A|94⟧, ⟦H|arcadia health & rehab⟧) cycle fill, 30 day blister cards. billed to ⟦O|humana⟧ part d ⟦HP|h4471-028⟧.
rph: ⟦N|k. vanlandingham⟧
`);

note("rad-addendum-caps", `
⟦H|ADIRONDACK HEALTH⟧ - ⟦H|ADIRONDACK MEDICAL CENTER⟧, ⟦C|SARANAC LAKE⟧      DEPARTMENT OF DIAGNOSTIC IMAGING
ADDENDUM TO REPORT   ACCESSION ⟦I|AMC-MR-2099-00417⟧
PATIENT: ⟦N|LAFOUNTAIN, ROLAND P⟧   MRN ⟦M|0066120873⟧   DOB ⟦D|11/30/1958⟧   EXAM: MRI BRAIN W/WO
ORIGINAL REPORT SIGNED ⟦D|03/12/2099⟧ 16:40 BY DR. ⟦N|SUNITA BHARDWAJ⟧.
ADDENDUM ⟦D|03/13/2099⟧ 09:02: AFTER REVIEW OF OUTSIDE IMAGES FROM ⟦H|UNIVERSITY OF VERMONT HEALTH NETWORK - CHAMPLAIN VALLEY PHYSICIANS HOSPITAL⟧, ⟦C|PLATTSBURGH⟧ (MRI ⟦D|08/2097⟧, RECEIVED ON CD FROM ⟦O|AMBRA HEALTH⟧ UPLOAD ⟦I|AMB-55210887⟧), THE 6 MM RIGHT CEREBELLOPONTINE ANGLE LESION IS UNCHANGED. FAVOR VESTIBULAR SCHWANNOMA. NO FURTHER IMAGING NEEDED FOR 12 MONTHS.
THE PREVIOUSLY DESCRIBED T2 HYPERINTENSITIES ARE CONSISTENT WITH CHRONIC SMALL VESSEL DISEASE; NOT MS. BELL'S PALSY HISTORY NOTED.
DISCUSSED WITH ORDERING PROVIDER ⟦N|MARGARET O'CONNELL-DUPREE⟧, NP (⟦O|NORTH COUNTRY FAMILY HEALTH CENTER⟧) BY PHONE ⟦P|518-555-0129⟧ AT 09:15.
ADDENDUM BY: ⟦N|SUNITA BHARDWAJ⟧, MD   ⟦N|SB⟧/⟦N|KLM⟧
`);

note("path-consult-letter", `
Department of Pathology, ⟦H|Cleveland Clinic⟧
Consultation report — case ⟦I|CC-S99-118720⟧ (your case ⟦I|OHS-99-0441⟧)
⟦D|March 16th, 2099⟧

Dear Dr. ⟦N|Whitacre⟧,
Thank you for sending the slides and block on Mr. ⟦N|Ezekiel Brandeberry⟧ (DOB ⟦D|6 Oct 1962⟧, your MRN ⟦M|OH1120448⟧) from ⟦H|OhioHealth O'Bleness Hospital⟧, ⟦C|Athens⟧, received ⟦D|3/10/99⟧ by ⟦O|FedEx⟧ tracking ⟦I|7741 2208 9930⟧.
Material: 6 H&E slides (A1-A6), 1 paraffin block A3, labelled ⟦I|OB-S99-0441⟧. Your diagnosis: atypical lymphoid infiltrate, R cervical node.
Our diagnosis: classic Hodgkin lymphoma, nodular sclerosis type. CD30+, CD15+, PAX5 weak, CD45-. EBER negative. Reed-Sternberg cells numerous.
The findings were discussed by phone with Dr. ⟦N|Caleb Whitacre⟧ on ⟦D|March 16⟧ and with his oncologist Dr. ⟦N|Imani Fairbanks-Oduya⟧ at ⟦O|Zanesville Hematology Oncology⟧.
Billing: ⟦O|Medical Mutual of Ohio⟧ member ⟦HP|MMO-2204418832⟧. Slides returned by courier; block retained for 30 days.
⟦N|Theodora Lindqvist⟧, MD, hematopathology. Phone ⟦P|216.555.0187⟧.
`);

note("home-oxygen-cmn-caps", `
CERTIFICATE OF MEDICAL NECESSITY CMS-484 - OXYGEN
SUPPLIER: ⟦O|SANDHILLS MEDICAL SUPPLY⟧, ⟦S|412 N MAIN ST⟧, ⟦C|VALENTINE⟧, ⟦STATE|NE⟧ ⟦Z|69201⟧   NSC # ⟦I|4471820013⟧   PH ⟦P|402-555-0138⟧
PATIENT: ⟦N|HOLLENBECK, ARLENE M⟧   DOB ⟦D|04-09-2006⟧ (AGE ⟦A|93⟧)   MBI ⟦HP|3KQ7-TN2-WX84⟧
ADDRESS: ⟦S|HC 63 BOX 41⟧, ⟦C|MERRIMAN⟧, ⟦STATE|NE⟧ ⟦Z|69218⟧   PH ⟦P|(402) 555-0111⟧
INITIAL DATE ⟦D|03/14/2099⟧   LENGTH OF NEED 99 MONTHS   HCPCS E1390, E0431
ABG/SAT: SPO2 86% ON ROOM AIR AT REST ⟦D|03/10/2099⟧, TESTED AT ⟦H|CHERRY COUNTY HOSPITAL⟧ BY ⟦N|DANA KREMLING⟧, RT.
LITERS PER MINUTE: 2 LPM CONTINUOUS. CONCENTRATOR SN ⟦DEV|IN5-99K04418⟧; PORTABLE E TANKS X6.
DX: COPD (J44.1), COR PULMONALE. FORMER RANCHER; SMOKED 60 PACK-YEARS.
NAME OF PERSON COMPLETING SECTION B: ⟦N|TAMI SCHIMEK⟧, LPN, EMPLOYED BY ⟦O|CHERRY COUNTY CLINIC⟧.
PHYSICIAN: ⟦N|GERALD P. ACKERSON⟧, MD   NPI ⟦I|1477208813⟧   ⟦C|AINSWORTH⟧ ⟦P|402-555-0199⟧
SIGNED ⟦D|14MAR99⟧
`);

note("tribal-clinic", `
⟦H|Chinle Comprehensive Health Care Facility⟧ — Family Medicine, ⟦O|Navajo Area Indian Health Service⟧
Visit ⟦D|3/14/2099⟧. Patient: ⟦N|Begay, Loretta Yazzie⟧, 67F, chart ⟦M|CHN-204417⟧, census # ⟦I|NN-0044182⟧.
Lives at ⟦C|Many Farms⟧ in the ⟦O|Many Farms Chapter⟧, 14 mi off pavement near ⟦C|Round Rock⟧; hauls water. Speaks Diné; her grandson ⟦N|Tyrese Begay⟧ interpreted (no outside interpreter wanted).
CC: foot ulcer L great toe x 3 wks. DM2 with A1c 9.8. Public health nurse ⟦N|Rosita Tsosie⟧ (⟦O|Navajo Nation CHR Program⟧) has been doing dressing changes.
Exam: 1.2 cm ulcer, probe to bone negative. Xray today: no osteomyelitis.
Plan: offloading shoe; wound care with CHR; podiatry at ⟦H|Tséhootsooí Medical Center⟧, ⟦C|Fort Defiance⟧ on ⟦D|3/28⟧. Referral sent via PRC (⟦I|PRC-99-11870⟧) for ⟦H|Flagstaff Medical Center⟧ vascular if no healing.
Traditional healer Mr. ⟦N|Hoskie Nez⟧ performing a ceremony this weekend—patient asked that we schedule around it.
Transport: ⟦O|Navajo Nation Division of Transportation⟧ van. Phone (cell, spotty) ⟦P|928-555-0115⟧.
Provider: ⟦N|Anjali Ramaswamy⟧, MD. Cosign ⟦N|W. Tohannie⟧, PA-C.
`);

note("roi-log-caps", `
⟦H|HAZARD ARH REGIONAL MEDICAL CENTER⟧ - HEALTH INFORMATION MANAGEMENT
RELEASE OF INFORMATION LOG        WEEK OF ⟦D|03/09/2099⟧
REQ ⟦I|ROI-99-01182⟧  ⟦D|03/09/99⟧  PT ⟦N|COMBS, JIMMY RAY⟧ MRN ⟦M|HZ-772041⟧  REQUESTOR ⟦O|SOCIAL SECURITY ADMINISTRATION⟧ DDS ⟦C|FRANKFORT⟧  RECORDS ⟦D|01/2097⟧-PRESENT  SENT VIA ⟦O|CIOX⟧ PORTAL ⟦D|03/10/99⟧
REQ ⟦I|ROI-99-01183⟧  ⟦D|03/09/99⟧  PT ⟦N|SLONE-BEGLEY, TRINA⟧ MRN ⟦M|HZ-441208⟧  REQUESTOR ATTY ⟦N|WENDELL CORNETT⟧, ⟦O|CORNETT & FUGATE PLLC⟧, ⟦C|WHITESBURG⟧  SUBPOENA (⟦O|PERRY CIRCUIT COURT⟧ NO. ⟦I|98-CI-00441⟧)  HELD FOR PT AUTHORIZATION
REQ ⟦I|ROI-99-01184⟧  ⟦D|03/10/99⟧  PT ⟦N|NAPIER, EULA⟧ (DECEASED ⟦D|02/26/2099⟧, AGE ⟦A|97⟧) REQUESTOR DAUGHTER/EXECUTOR ⟦N|GLENDA NAPIER HALL⟧ ⟦P|606-555-0171⟧  LETTERS TESTAMENTARY RECEIVED  MAILED TO ⟦S|88 TROUBLESOME CREEK RD⟧, ⟦C|HINDMAN⟧ ⟦Z|41822⟧
REQ ⟦I|ROI-99-01185⟧  ⟦D|03/11/99⟧  PT ⟦N|BOWLING, DALE⟧ MRN ⟦M|HZ-118830⟧  REQUESTOR ⟦O|KENTUCKY EMPLOYERS' MUTUAL INSURANCE⟧ CLAIM ⟦I|KEMI-99-20417⟧  FAXED TO ⟦F|859-555-0112⟧
REQ ⟦I|ROI-99-01186⟧  ⟦D|03/12/99⟧  PT ⟦N|HOPE CAUDILL⟧ MRN ⟦M|HZ-550127⟧  REQUESTOR ⟦H|UK HEALTHCARE⟧ (CONTINUITY OF CARE) - E-FAX ⟦F|859-555-0156⟧  SENT
CLERK: ⟦N|BRITTANY STACY⟧, RHIT   QA BY ⟦N|DONNA K. AMBURGEY⟧
`);

note("pdha-military-caps", `
POST-DEPLOYMENT HEALTH ASSESSMENT (DD FORM 2796) - PROVIDER REVIEW
SERVICE MEMBER: SGT ⟦N|DEMARCUS T. HOLLOWAY⟧   DOD ID ⟦I|1447208813⟧   DOB ⟦D|1999-08-30⟧
UNIT: ⟦O|2ND BATTALION, 8TH MARINES⟧, ⟦LO|CAMP LEJEUNE⟧, ⟦STATE|NC⟧   DEPLOYED ⟦D|09/2098⟧-⟦D|02/2099⟧ TO ⟦COUNTRY|DJIBOUTI⟧ (⟦LO|CAMP LEMONNIER⟧)
REVIEW DATE: ⟦D|2099-03-14⟧ AT ⟦H|NAVAL MEDICAL CENTER CAMP LEJEUNE⟧, DEPLOYMENT HEALTH CLINIC
EXPOSURES: BURN PIT SMOKE, SAND/DUST. ONE BLAST EXPOSURE ⟦D|11/18/98⟧ - MACE 2 SCORE 28, NO LOC.
SYMPTOMS: HEADACHES 2X/WK, TINNITUS R EAR, POOR SLEEP. PHQ-2 0. PC-PTSD-5 2.
PLAN: AUDIOLOGY (HEARING CONSERVATION), TBI CLINIC AT ⟦H|INTREPID SPIRIT CENTER⟧. SLEEP HYGIENE. SPOUSE ⟦N|ALYSSA HOLLOWAY⟧ (⟦P|910-555-0182⟧) CONCERNED ABOUT IRRITABILITY - MFLC REFERRAL.
CIVILIAN EMPLOYER (RESERVE RETURN?): N/A, ACTIVE DUTY. ⟦O|TRICARE⟧ PRIME.
PROVIDER: LCDR ⟦N|ELENA VOSKRESENSKAYA⟧, MC, USN   ⟦E|elena.voskresenskaya.mil@health.mil.example⟧
`);

note("ssa-ce-exam", `
Consultative Examination — Internal Medicine
For: ⟦O|Tennessee Disability Determination Services⟧, ⟦C|Nashville⟧. Claimant: ⟦N|Rutledge, Bobbie Jo⟧. SSN XXX-XX-⟦SSN|6612⟧, RQID ⟦I|T44120887⟧.
Exam ⟦D|March 14, 2099⟧ at ⟦O|Upper Cumberland Medical Evaluations⟧, ⟦S|1025 S Willow Ave⟧, ⟦C|Cookeville⟧, ⟦STATE|TN⟧ ⟦Z|38501⟧. Photo ID: TN driver's license ⟦I|118204471⟧ reviewed.
Claimant is a 49-year-old woman who drove herself from ⟦C|Livingston⟧; last worked ⟦D|June 2097⟧ at ⟦O|Flowers Foods⟧ bakery as a line worker. Alleges fibromyalgia, lumbar DDD, depression, Crohn's disease.
Records reviewed: ⟦H|Cookeville Regional Medical Center⟧ ED ⟦D|11/3/98⟧; ⟦O|Highlands Rheumatology⟧ (Dr. ⟦N|Pak⟧) ⟦D|1/2099⟧.
Exam: 18/18 tender points. SLR neg. Grip 4/5 bilat (Jamar 18 kg). Gait normal without device. Romberg negative. Tinel's and Phalen's negative.
Medical source statement: can lift 20 lb occasionally; sit 6 of 8 h; needs to change position every 30 min.
Examiner: ⟦N|Frank Oyelaran-Stokes⟧, MD. Fax to DDS ⟦F|615-555-0135⟧. Claimant's contact: sister ⟦N|Dawn Rutledge Harris⟧ ⟦P|931-555-0124⟧.
`);

note("cah-swing-bed-caps", `
⟦H|GARFIELD COUNTY HEALTH CENTER⟧ (CRITICAL ACCESS HOSPITAL) - ⟦C|JORDAN⟧, ⟦STATE|MONTANA⟧
SWING BED ADMISSION   ⟦D|03-14-2099⟧ 1400
PT: ⟦N|ODEGAARD, NILS ANTON⟧   MRN ⟦M|GCHC-08841⟧   AGE ⟦A|91⟧   DOB ⟦D|10-02-2007⟧
FROM: ⟦H|BILLINGS CLINIC⟧, ⟦C|BILLINGS⟧, S/P L HIP HEMIARTHROPLASTY ⟦D|03/08/2099⟧ (DR. ⟦N|RASMUSSEN-YELLOWTAIL⟧). FLOWN ⟦O|HELP FLIGHT⟧ BACK; LAST 170 MILES BY ⟦O|GARFIELD COUNTY AMBULANCE⟧.
HOME: RANCH 38 MILES NORTH ON ⟦S|HWY 59⟧, NEAR ⟦LO|FORT PECK LAKE⟧. WIFE ⟦N|INGRID⟧ (89) ALONE WITH THE CATTLE; NEIGHBOR ⟦N|BUCK HAGEMAN⟧ HELPING. PHONE ⟦P|406-555-0158⟧.
PLAN: PT/OT DAILY WITH ⟦N|KRISTA LUND⟧, PT. ENOXAPARIN 40 MG DAILY X 28 D. GOAL: HOME WITH WALKER, 2-3 WKS.
MEDICARE A SWING BED DAYS. SUPPLEMENT ⟦O|BLUE CROSS AND BLUE SHIELD OF MONTANA⟧ ⟦HP|YPM883120447⟧.
PCP/ADMITTING: ⟦N|RUTH ANN McCLATCHY⟧, FNP-C. BACKUP PHYSICIAN BY TELEHEALTH: DR. ⟦N|OSEI⟧, ⟦H|FRANCES MAHON DEACONESS HOSPITAL⟧, ⟦C|GLASGOW⟧.
`);

note("asl-interpreter", `
Interpreter services note — American Sign Language
⟦H|Rutland Regional Medical Center⟧, ⟦C|Rutland⟧, ⟦STATE|VT⟧. Encounter ⟦D|3/14/2099⟧ 10:00–11:20, Orthopedics clinic.
Patient: ⟦N|Gideon Marchetti-Rowe⟧, MRN ⟦M|RRMC-4471882⟧, Deaf, primary language ASL; reads English at about a 4th-grade level per his report.
Interpreter: ⟦N|Wren Castellanos⟧, NIC, on-site via ⟦O|Vermont Interpreter Referral Service⟧ (job ⟦I|VIRS-99-2207⟧). VRI on ⟦O|Stratus⟧ refused by patient after a prior frozen screen.
Provider: Dr. ⟦N|Anand Kulkarni⟧ discussed carpal tunnel release; consent signed after teach-back. Patient's partner ⟦N|Lark Bellweather⟧ (also Deaf) attended; contact by videophone ⟦P|802-555-0166⟧ or text.
Patient asked that the surgery date go by email to ⟦E|gmrowe.vt@mail.example⟧ — permission noted.
Surgery booked ⟦D|April 2nd⟧ at ⟦H|Rutland Regional⟧ OR; interpreter requested for pre-op, OR holding and PACU (CDI ⟦N|Marisol Quintanilla⟧ if available).
Employer accommodations letter for ⟦O|Casella Waste Systems⟧ to follow.
`);

note("chaplain-lower", `
spiritual care note — ⟦H|st. francis medical center⟧, ⟦C|monroe⟧ ⟦STATE|la⟧
⟦D|march 14⟧ 1930. visited mr. ⟦N|clarence "boot" thibodeaux⟧, room 412, ⟦A|ninety-four⟧ years old, at request of nurse ⟦N|gwen⟧.
he is catholic; parish ⟦O|st. matthew church⟧ in ⟦C|west monroe⟧; pastor fr. ⟦N|jude anyanwu⟧ called and will bring anointing tomorrow.
family present: daughters ⟦N|rose⟧ and ⟦N|faith thibodeaux-lemoine⟧, son-in-law ⟦N|bill lemoine⟧ (⟦P|318-555-0193⟧). grandson ⟦N|will⟧ flying in from ⟦C|houston⟧.
mr. ⟦N|thibodeaux⟧ shared stories of working 31 years for ⟦O|graphic packaging⟧ and his late wife ⟦N|odile⟧ (d. ⟦D|2093⟧). expressed peace; "i'm ready when he's ready."
prayed the rosary with family. hope and grace expressed; no spiritual distress.
plan: follow daily; notify on-call chaplain rev. ⟦N|d. mcelwee⟧ via pager ⟦P|318-555-0100⟧ ext ⟦P|4417⟧ if death imminent.
chaplain ⟦N|tobias nwankwo⟧, mdiv, bcc
`);

note("dental-sedation", `
Oral surgery — IV sedation record
⟦O|Lowcountry Oral Surgery & Dental Implants⟧, ⟦S|19 Professional Village Cir⟧, ⟦C|Beaufort⟧, ⟦STATE|SC⟧ ⟦Z|29902⟧ · ⟦P|843-555-0120⟧
Patient: ⟦N|Kiara Simmons-Gadsden⟧ · DOB ⟦D|2079.11.04⟧ · chart ⟦M|LOS-22917⟧ · DOS ⟦D|3.14.99⟧
Referred by Dr. ⟦N|Chidinma Okafor⟧, ⟦O|Port Royal Family Dentistry⟧, for #1, #16, #17, #32 and implant consult #30.
Escort/driver: mother ⟦N|Geraldine Gadsden⟧, cell ⟦P|843.555.0177⟧. NPO since midnight confirmed.
ASA II (asthma, albuterol PRN). Mallampati II. Sedation: midazolam 5 mg, fentanyl 100 mcg, propofol 60 mg titrated. Monitors: ECG, NIBP, SpO2, capnography (Rad-97).
Extractions uncomplicated; #30 socket grafted with ⟦O|Zimmer Biomet⟧ Puros allograft (lot ⟦DEV|ZB-4418820-07⟧). Collagen plug.
Rx sent to ⟦O|Walgreens⟧ on ⟦S|Robert Smalls Pkwy⟧: ibuprofen 600, chlorhexidine. Work note for ⟦O|Marine Corps Air Station Beaufort⟧ exchange (she is a cashier).
Surgeon: ⟦N|Henrik Solberg⟧, DMD, MD; SC license ⟦I|DEN-5520⟧; assistant ⟦N|Tasha Grant⟧, DAANCE.
Post-op call ⟦D|3/15⟧ by ⟦N|Tasha⟧.
`);

note("cpap-titration-caps", `
⟦H|MAGIC VALLEY SLEEP DISORDERS CENTER⟧ - ⟦H|ST. LUKE'S MAGIC VALLEY MEDICAL CENTER⟧, ⟦C|TWIN FALLS⟧, ⟦STATE|ID⟧
CPAP TITRATION STUDY   STUDY # ⟦I|SL-99-0318⟧   STUDY DATE ⟦D|03/13/2099⟧-⟦D|03/14/2099⟧
PATIENT: ⟦N|HERNANDEZ-VOGEL, MARCO A⟧   DOB ⟦D|15-JUN-1970⟧   MRN ⟦M|SLMV11820477⟧   BMI 38
REFERRING: ⟦N|JANELLE OAKS⟧, PA-C, ⟦O|JEROME FAMILY MEDICINE⟧
DIAGNOSTIC HST ⟦D|01/22/99⟧: AHI 41/H, NADIR 79%.
TITRATION: CPAP 5 -> 13 CM H2O; OPTIMAL 12 CM (AHI 3.1, SUPINE REM INCLUDED). FULL FACE MASK, AIRFIT F30 MEDIUM.
NO CENTRAL EMERGENCE. NO PERIODIC LIMB MOVEMENTS. EPWORTH 16.
OCCUPATION: ⟦PROF|LONG-HAUL TRUCK DRIVER⟧ FOR ⟦O|CRST⟧; DOT MEDICAL CARD EXPIRES ⟦D|05/2099⟧ - COMPLIANCE DATA REQUIRED. DME: ⟦O|NORCO MEDICAL⟧, DEVICE SN ⟦DEV|23191847662⟧, MODEM ⟦DEV|AIRVIEW-55K20418⟧.
TECH: ⟦N|CODY BRANDT⟧, RPSGT. INTERPRETED BY ⟦N|ABIGAIL STRAND⟧, MD, D.ABSM ⟦D|03/14/99⟧.
`);

note("cascade-letter", `
⟦H|Dartmouth Hitchcock Medical Center⟧ — Familial Cancer Program
⟦S|One Medical Center Drive⟧, ⟦C|Lebanon⟧, ⟦STATE|NH⟧ ⟦Z|03756⟧

⟦D|14 March 2099⟧

Dear Ms. ⟦N|Marguerite Beaulieu-Flynn⟧,
Your sister, ⟦N|Colette Beaulieu⟧, asked us to write to you. On ⟦D|February 27th⟧ she learned through our clinic that she carries a harmful change (pathogenic variant) in the BRCA2 gene, c.5946delT. Because you are her full sibling you have a 50% chance of carrying it as well.
Testing for just this one change is available to you at no cost through ⟦O|Invitae⟧'s family testing program (family code ⟦I|FAM-99-7720418⟧) if ordered by ⟦D|June 27, 2099⟧, or through your own doctor. Your results stay private; we will not share them with your sister unless you ask.
Men in the family can also carry it: your sons ⟦N|Luc⟧ and ⟦N|Andre⟧ may wish to talk to us when they are adults.
You can reach me at ⟦P|603-555-0142⟧ or ⟦E|genetics.fcp@hitchcock.example⟧. Our clinic also sees patients at the ⟦H|Norris Cotton Cancer Center North⟧ in ⟦C|St. Johnsbury⟧, ⟦STATE|VT⟧, closer to ⟦C|Littleton⟧.
Sincerely,
⟦N|Oona MacAllister⟧, ⟦STATE|MS⟧, LCGC, genetic counselor, for Dr. ⟦N|Teodor Vasquez-Holm⟧
`);

note("prison-chronic-care-caps", `
⟦O|GEORGIA DEPARTMENT OF CORRECTIONS⟧ - ⟦O|VALDOSTA STATE PRISON⟧ MEDICAL
CHRONIC CARE CLINIC (HTN/DM/HCV)   ⟦D|03/14/2099⟧
INMATE: ⟦N|TOOMBS, LAMAR DESHAWN⟧   GDC # ⟦I|1001447208⟧   DOB ⟦D|02/19/1984⟧   HOUSING J-2-114
ESCORT: OFFICER ⟦N|CRIBB⟧. VENDOR: ⟦O|WELLPATH⟧.
BP 152/94. A1C 8.9 (DRAWN ⟦D|03/02⟧, ⟦O|QUEST DIAGNOSTICS⟧ REQ ⟦I|QD-44120877⟧). HCV RNA 2.1M IU, GENOTYPE 1A.
HCV TX APPROVED BY STATEWIDE COMMITTEE ⟦D|03/10/99⟧; SOF/VEL X 12 WKS START ⟦D|03/21⟧. FIBROSCAN BY ⟦O|AUGUSTA UNIVERSITY⟧ TELEMEDICINE (DR. ⟦N|MCKINNEY-OBI⟧).
INCREASE AMLODIPINE 10 MG. METFORMIN 1000 BID. DIABETIC SNACK BAG CONTINUED.
MOTHER ⟦N|VERNELL TOOMBS⟧ CALLED GRIEVANCE LINE ⟦D|03/11⟧; RELEASE ON FILE. PAROLE HEARING ⟦D|08/2099⟧ - REENTRY REFERRAL TO ⟦O|GEORGIA DEPARTMENT OF COMMUNITY SUPERVISION⟧.
PROVIDER: ⟦N|SHARONDA WILKES⟧, NP-C   ⟦N|SW⟧/⟦N|jt⟧
`);

note("transient-dialysis", `
Transient (vacation) dialysis request
From: ⟦H|DaVita Gulf Breeze Dialysis⟧, ⟦C|Gulf Breeze⟧, ⟦STATE|FL⟧ — fax ⟦F|850-555-0143⟧, social worker ⟦N|Amber Crenshaw⟧, LMSW (⟦P|850-555-0141⟧)
To: ⟦H|Fresenius Kidney Care Kaunakakai⟧, ⟦C|Kaunakakai⟧, ⟦LO|Molokai⟧, ⟦STATE|HI⟧
Patient: ⟦N|Delbert Ray Purifoy⟧, DOB ⟦D|08/08/1954⟧, ESRD since ⟦D|2095⟧ (HTN nephropathy). CMS-2728 on file. Medicare ⟦HP|6WH4-JK8-PP12⟧; secondary ⟦O|Florida Blue⟧ ⟦HP|XJF440188720⟧.
Requested treatments: ⟦DAY|Mon⟧/⟦DAY|Wed⟧/⟦DAY|Fri⟧ ⟦D|April 13⟧–⟦D|April 24, 2099⟧ (6 tx), staying with his daughter ⟦N|Leilani Purifoy-Kahale⟧ at ⟦S|2 Kamehameha V Hwy⟧, ⟦C|Kaunakakai⟧ ⟦Z|96748⟧.
Access: L brachiocephalic AVF, 15g needles, buttonhole. EDW 88.5 kg. Rx: 4 h, Qb 400, Qd 600, 2K/2.5Ca, heparin 2000 u bolus.
Enclosed: H&P (Dr. ⟦N|Amaechi Bristow⟧, nephrologist, ⟦O|Panhandle Kidney Associates⟧), hep B sAg neg ⟦D|3/2/99⟧, last 3 run sheets, chest film ⟦D|1/2099⟧, standing orders, photo ID.
He flies ⟦O|Southwest⟧ to ⟦C|Honolulu⟧ then ⟦O|Mokulele Airlines⟧. Patient cell ⟦P|(850) 555-0190⟧.
`);

note("school-seizure-plan", `
Seizure Action Plan — ⟦D|2098⟧–⟦D|2099⟧ school year
Student: ⟦N|Mateo Ferreira-Quist⟧    Grade: 4    DOB: ⟦D|09/13/2089⟧    Teacher: Mrs. ⟦N|Honeycutt⟧
School: ⟦O|Tahlequah Upper Elementary⟧, ⟦O|Tahlequah Public Schools⟧; school nurse ⟦N|Dana Sixkiller⟧, RN (⟦P|918-555-0121⟧ ext ⟦P|2204⟧)
Parent/guardian: ⟦N|Renata Ferreira⟧ ⟦P|918-555-0179⟧ (cell); ⟦N|Jonas Quist⟧ ⟦P|918-555-0152⟧ (work, ⟦O|Cherokee Nation Businesses⟧)
Treating physician: Dr. ⟦N|Yolanda Redbird⟧, pediatric neurology, ⟦H|Saint Francis Children's Hospital⟧, ⟦C|Tulsa⟧ — ⟦P|918-555-0105⟧
Seizure type: focal impaired awareness, staring 30–60 s, lip smacking; rare generalized tonic-clonic (last ⟦D|Dec 2098⟧).
Daily meds: levetiracetam 500 mg BID (at home). Rescue: Valtoco 10 mg nasal for seizure > 5 min or 3 in one hour; call 911 and parent.
Triggers: missed sleep, fever. VNS: none. Helmet for PE: no. Field trip to ⟦LO|Illinois River⟧ ⟦D|May 4⟧ — nurse or trained staff must attend.
Insurance: ⟦O|SoonerCare⟧ ⟦HP|OK2044183320⟧. Plan reviewed ⟦D|8/20/98⟧; signed by parent and Dr. ⟦N|Redbird⟧ ⟦D|8/22/98⟧.
`);

note("lead-surveillance-caps", `
OCCUPATIONAL HEALTH - BLOOD LEAD MEDICAL SURVEILLANCE (29 CFR 1910.1025)
EMPLOYER: ⟦O|DOE RUN COMPANY⟧ - ⟦LO|BUICK RESOURCE RECYCLING FACILITY⟧, ⟦C|BOSS⟧, ⟦STATE|MO⟧   SAFETY: ⟦N|CARL MEINHARDT⟧ ⟦P|573-555-0132⟧
EMPLOYEE: ⟦N|STRICKLIN, WADE A⟧   EMP # ⟦I|DR-04417⟧   DOB ⟦D|12/03/1979⟧   JOB: FURNACE OPERATOR
CLINIC: ⟦H|IRON COUNTY MEDICAL CENTER⟧ OCC MED, ⟦C|PILOT KNOB⟧   DATE ⟦D|03/14/99⟧
BLL: 47 UG/DL (⟦D|03/06/99⟧, LAB ⟦O|MAYO CLINIC LABORATORIES⟧ ACC ⟦I|MCL-9920-44182⟧); PRIOR 38 (⟦D|12/2098⟧), 31 (⟦D|09/2098⟧). ZPP 96.
>= 40 ON 2 TESTS: MEDICAL REMOVAL PROTECTION PER STANDARD; ASSIGN TO NON-LEAD AREA WITH FULL PAY. REPEAT BLL MONTHLY.
SX: FATIGUE, CONSTIPATION, "METAL TASTE." NO WRIST DROP. BURTON LINES ABSENT. CR 1.1.
HOME: ⟦S|RR 2 BOX 118⟧, ⟦C|BUNKER⟧. CHILDREN AT HOME AGE 3 AND 6 - TAKE-HOME LEAD RISK: REFERRED TO ⟦O|REYNOLDS COUNTY HEALTH CENTER⟧ FOR CHILD BLL.
UNION: ⟦O|USW LOCAL 7-691⟧ REP ⟦N|TERRY JOE BYRD⟧ NOTIFIED WITH CONSENT.
PHYSICIAN: ⟦N|MARTIN OKONKWO-SHAW⟧, MD, MPH   ⟦N|MOS⟧/⟦N|DLR⟧
`);

note("poison-call-lower", `
poison center call record — ⟦O|arkansas poison and drug information center⟧ — case ⟦I|ar-99-031447⟧
⟦D|3/14/99⟧ 22:17. caller: ⟦N|crystal mcbride⟧, mother, from home in ⟦C|blytheville⟧ (⟦LO|mississippi county⟧). callback ⟦P|870-555-0126⟧.
pt: ⟦N|braxton mcbride⟧, 2 y/o m, ~13 kg. found with grandmother's pill organizer at ~21:45; up to 3 amlodipine 10 mg and 1 metoprolol 50 mg possibly missing.
grandmother ⟦N|wilma jean mcbride⟧, age ⟦A|90⟧, visiting from ⟦C|caruthersville⟧ ⟦STATE|mo⟧.
advice: go to ed now by ems. called ⟦H|great river medical center⟧ ed, spoke with dr. ⟦N|amos whitlow⟧ — recs: glucose q1h, ecg, observe ≥24 h; consider high-dose insulin if hypotensive; transfer to ⟦H|arkansas children's hospital⟧ or ⟦H|le bonheur⟧ for picu.
f/u call 23:40: bp 88/50, hr 96, glucose 142. transferring to le bonheur by ⟦O|arkansas children's angel one⟧.
f/u ⟦D|3/15⟧ 08:10: picu attending dr. ⟦N|shreya bhattacharjee⟧: stable, no pressors.
specialist in poison information: ⟦N|r. pendergrass⟧, pharmd, dabat. toxicologist on call: dr. ⟦N|h. muldoon⟧.
`);

note("sar-run-sheet-caps", `
⟦O|CHAFFEE COUNTY SEARCH AND RESCUE NORTH⟧ / ⟦O|CHAFFEE COUNTY EMS⟧ - PATIENT CARE REPORT
INCIDENT # ⟦I|CCSO-99-0314-022⟧   DATE ⟦D|03/14/2099⟧   PAGED 1148   PT CONTACT 1509   AT HOSPITAL 1812
LOCATION: ⟦LO|MOUNT PRINCETON⟧ SOUTH FACE, APPROX 12,200 FT; ⟦LO|SAN ISABEL NATIONAL FOREST⟧.
PT: ⟦N|VANDERMEULEN, SAMUEL J⟧   AGE 27   ⟦S|1830 PEARL ST⟧ APT 4, ⟦C|BOULDER⟧, ⟦STATE|CO⟧ ⟦Z|80302⟧   PH ⟦P|720.555.0168⟧
MOI: SKI MOUNTAINEERING FALL ~200 FT ON HARD SNOW. PARTNER ⟦N|LIAM O'ROURKE-BAKER⟧ ACTIVATED INREACH SOS (DEVICE IMEI ⟦DEV|300434065221870⟧).
ASSESSMENT: GCS 15. L TIB/FIB DEFORMITY, OPEN? NO. HYPOTHERMIC, CORE 34.8. SPO2 88% RA.
TX: SAGER SPLINT, HYPOWRAP, KETAMINE 0.3 MG/KG IN X2. LITTER LOWER 1,400 FT; ⟦O|FLIGHT FOR LIFE COLORADO⟧ UNABLE (WIND).
TRANSPORT: GROUND TO ⟦H|HEART OF THE ROCKIES REGIONAL MEDICAL CENTER⟧, ⟦C|SALIDA⟧. VEHICLE (CO PLATE ⟦I|SR4-471⟧) LEFT AT ⟦LO|COTTONWOOD PASS⟧ TRAILHEAD - SHERIFF NOTIFIED.
IC: ⟦N|DEB HOLLISTER⟧. MEDICAL LEAD: ⟦N|TOMAS RIVERA-KLINE⟧, EMT-P, CO CERT ⟦I|P-20417⟧. COLORADO SEARCH AND RESCUE FUND CARD ⟦I|CORSAR-88120⟧.
`);

note("hospice-revocation", `
Hospice — revocation of the Medicare hospice benefit
Agency: ⟦O|Hospice of the Big Bend⟧, ⟦C|Alpine⟧, ⟦STATE|TX⟧ (provider ⟦I|45-1887⟧). ⟦D|March 14, 2099⟧.
Patient: ⟦N|Ysidro "Chilo" Carrasco⟧, 78, DOB ⟦D|4/4/2020⟧, MBI ⟦HP|9RT2-KP4-HH71⟧. Elected hospice ⟦D|11/02/2098⟧ for end-stage COPD.
Reason given in his own words: "I want to go to ⟦C|Odessa⟧ and let them try the machine again." He wishes to pursue BiPAP and hospitalization at ⟦H|Medical Center Hospital⟧.
Effective date of revocation: ⟦D|03/15/2099⟧ (he understands he may re-elect later; remaining days in the current period are forfeited).
Present: wife ⟦N|Consuelo⟧, son ⟦N|Rogelio Carrasco⟧ (⟦P|432-555-0184⟧), RN case manager ⟦N|Hope Villalobos⟧, social worker ⟦N|Brenna Kingfisher⟧. Interpreter not needed.
Attending Dr. ⟦N|Matías Orozco-Grant⟧ informed; DME (oxygen concentrator, hospital bed) to be picked up by ⟦O|Big Bend Home Medical⟧ ⟦D|3/16⟧; he will keep the concentrator through Medicare Part B.
Signed by patient; witnessed by ⟦N|Hope Villalobos⟧, RN.
`);

note("ski-patrol-caps", `
⟦O|WHITE MOUNTAIN APACHE TRIBE⟧ - ⟦O|SUNRISE PARK RESORT⟧ SKI PATROL ACCIDENT/INCIDENT REPORT   # ⟦I|SPR-2099-0217⟧
DATE ⟦D|03/14/99⟧ (⟦DAY|SATURDAY⟧)   TIME 1342   RUN: INTERMEDIATE TRAIL NEAR LIFT 4 TOWER 9
INJURED: ⟦N|PETTIGREW, KINSLEY ANN⟧   AGE 14   SNOWBOARD   ABILITY: BEGINNER   RENTAL BOARD # ⟦DEV|SR-B-1182⟧
ADDRESS: ⟦S|4417 W CACTUS WREN DR⟧, ⟦C|GLENDALE⟧, ⟦STATE|AZ⟧ ⟦Z|85301⟧   GUARDIAN: FATHER ⟦N|BRANDON PETTIGREW⟧ ⟦P|623-555-0117⟧
DESCRIPTION: CAUGHT HEEL EDGE, FELL BACKWARD ON OUTSTRETCHED R HAND. DEFORMITY DISTAL R FOREARM. NO HEAD STRIKE, HELMET ON.
CARE: SAM SPLINT, SLING. TOBOGGAN TO FIRST AID ROOM 1405. CMS INTACT.
DISPOSITION: FATHER DROVE TO ⟦H|SUMMIT HEALTHCARE REGIONAL MEDICAL CENTER⟧, ⟦C|SHOW LOW⟧. RECOMMENDED ⟦O|WHITE MOUNTAIN ORTHOPEDICS⟧.
WITNESS: ⟦N|GAGE TOLEDO⟧ (LIFT OPS), ⟦P|928-555-0103⟧.
PATROLLERS: ⟦N|RORY BALDWIN-HASKIE⟧ (OEC ⟦I|4471208⟧), ⟦N|J. LUPE⟧. SUPERVISOR: ⟦N|MARIELA DOSELA⟧. REPORT TO ⟦O|SEDGWICK⟧ CLAIM ⟦I|30991844120001⟧.
`);

note("sae-report-caps", `
SERIOUS ADVERSE EVENT REPORT - INITIAL   SPONSOR: ⟦O|HALVORSEN BIOSCIENCES⟧   PROTOCOL HB-217-03
SITE 014: ⟦H|SANFORD BEMIDJI MEDICAL CENTER⟧, ⟦C|BEMIDJI⟧, ⟦STATE|MN⟧   PI: DR. ⟦N|KRISTOFFER NAASZ⟧
SUBJECT ⟦I|014-0072⟧   INITIALS ⟦N|R-L-B⟧   YEAR OF BIRTH ⟦D|1961⟧   SEX M
EVENT: ACUTE PANCREATITIS, ONSET ⟦D|09MAR2099⟧, AWARE ⟦D|11MAR2099⟧, REPORTED ⟦D|12MAR2099⟧.
SERIOUSNESS: HOSPITALIZATION ⟦D|09MAR2099⟧-⟦D|13MAR2099⟧ AT ⟦H|ESSENTIA HEALTH - FOSSTON⟧ (OUTSIDE HOSPITAL), THEN TRANSFER TO ⟦H|SANFORD BEMIDJI⟧.
STUDY DRUG: HB-217 OR PLACEBO (BLINDED), KIT ⟦DEV|K0447182⟧, LAST DOSE ⟦D|08MAR2099⟧. ACTION: DRUG INTERRUPTED.
LIPASE 1,840. CT: EDEMATOUS PANCREATITIS. NO GALLSTONES. TG 212. ALCOHOL: DENIES.
CAUSALITY (PI): POSSIBLY RELATED. EXPECTED PER IB: NO.
CRA: ⟦N|HEATHER YANG-OSTROWSKI⟧, ⟦O|PAREXEL⟧, ⟦E|heather.yangostrowski@parexel.example⟧. FAXED TO SAFETY ⟦F|+1 781 555 0190⟧ ⟦D|12-MAR-2099⟧.
COMPLETED BY: ⟦N|JODI LINDGREN⟧, CRC, ⟦P|218-555-0144⟧
`);

note("device-advisory-letter", `
⟦O|Siouxland Heart & Vascular⟧, ⟦S|2800 Pierce St⟧, Suite 400, ⟦C|Sioux City⟧, ⟦STATE|IA⟧ ⟦Z|51104⟧

⟦D|March 13, 2099⟧

Mr. ⟦N|Vernon Oltmanns⟧
⟦S|609 Main St⟧
⟦C|Le Mars⟧, ⟦STATE|IA⟧ ⟦Z|51031⟧

Re: Manufacturer advisory for your pacemaker — model Assurity MRI PM2272, serial ⟦DEV|7729104⟧

Dear Mr. ⟦N|Oltmanns⟧,
⟦O|Abbott⟧ has told physicians that a small number of devices in your model may lose battery power sooner than expected. Your device was implanted on ⟦D|10/18/2096⟧ at ⟦H|MercyOne Siouxland Medical Center⟧ by Dr. ⟦N|Esperanza Kuehl⟧. Your last remote check through the Merlin.net system (transmitter ⟦DEV|EX1150-448120⟧) on ⟦D|3/2/99⟧ was normal.
We will check it remotely every month instead of every three months. You do not need to do anything else. If you feel dizzy or faint, call us at ⟦P|712-555-0186⟧ or go to the nearest emergency department, such as ⟦H|Floyd Valley Healthcare⟧.
Your daughter ⟦N|Janine Oltmanns-Berg⟧, whom you named on your release form, was sent a copy.
Sincerely,
⟦N|Hollis Grantham⟧, RN, device clinic, for ⟦N|Anil Subramanyam⟧, MD, FHRS
`);

note("transfer-center-log-caps", `
⟦H|VANDERBILT UNIVERSITY MEDICAL CENTER⟧ TRANSFER CENTER - CALL LOG   ⟦D|03/14/2099⟧ NIGHT SHIFT
2214 CALLER DR. ⟦N|MIRANDA COLLIER⟧, ⟦H|CUMBERLAND MEDICAL CENTER⟧, ⟦C|CROSSVILLE⟧ ⟦P|931-555-0119⟧. PT ⟦N|GARRISON, LESTER⟧, 71 M, STEMI POST-TNK, FAILED REPERFUSION. ACCEPTED DR. ⟦N|OYAMA⟧ (CARDS). ⟦O|LIFEFLIGHT⟧ 3 DISPATCHED. TC # ⟦I|TC99-031402⟧.
2251 CALLER PA ⟦N|JEFF STROUD⟧, ⟦H|LIVINGSTON REGIONAL HOSPITAL⟧. PT ⟦N|KITTRELL, BONITA⟧, 58 F, SAH HUNT-HESS 3. ACCEPTED DR. ⟦N|FABIAN-MOREAU⟧ (NSGY) TO NEURO ICU BED 5. GROUND BY ⟦O|OVERTON COUNTY EMS⟧. TC # ⟦I|TC99-031403⟧.
2330 CALLER DR. ⟦N|SIMONE PACHECO⟧, ⟦H|HIGHLANDS MEDICAL CENTER⟧ (⟦C|SPARTA⟧). PT ⟦N|HALE, HENRY⟧, AGE ⟦A|92⟧, GI BLEED. DECLINED - NO BEDS; REFERRED TO ⟦H|TRISTAR CENTENNIAL⟧; PATIENT'S SON ⟦N|MARK HALE⟧ UPDATED ⟦P|615-555-0133⟧. TC # ⟦I|TC99-031404⟧.
0105 ⟦D|03/15⟧ CALLER RN ⟦N|TAMIKA BOYD⟧, ⟦H|VUMC WILSON COUNTY HOSPITAL⟧, ⟦C|LEBANON⟧. PEDS TO ⟦H|MONROE CARELL JR. CHILDREN'S HOSPITAL⟧: BABY GIRL ⟦N|YOUNG⟧ (MOTHER ⟦N|KELSEY YOUNG⟧), 6 D, FEVER. ACCEPTED DR. ⟦N|ABIODUN⟧. TC # ⟦I|TC99-031501⟧.
TRANSFER RN: ⟦N|LEANNE PHILPOT⟧   ⟦N|LP⟧
`);

note("belongings-inventory-caps", `
PATIENT BELONGINGS INVENTORY / VALUABLES ENVELOPE
⟦H|WINNEMUCCA HUMBOLDT GENERAL HOSPITAL⟧ ED ⟦D|03/14/2099⟧ 0215   ENVELOPE # ⟦I|HGH-V-20417⟧
PATIENT: ⟦N|ECHEVERRIA, JOSU MIKEL⟧   MRN ⟦M|HGH0077120⟧   DOB ⟦D|1/6/1966⟧
ITEMS: WALLET (BROWN LEATHER) WITH NV DRIVER LICENSE ⟦I|1500447182⟧, ⟦O|WELLS FARGO⟧ DEBIT CARD, ⟦O|NEVADA GOLD MINES⟧ EMPLOYEE BADGE ⟦I|NGM-33018⟧, CASH $142.
CELL PHONE (CRACKED SCREEN). WEDDING RING (YELLOW METAL). BELT BUCKLE "⟦O|WINNEMUCCA BASQUE CLUB⟧".
VEHICLE: 2086 F-250 PICKUP, VIN ⟦I|1FT7W2BT4KEC40872⟧, TOWED BY ⟦O|HUMBOLDT TOWING⟧ FROM ⟦S|I-80⟧ EXIT 176.
MEDICATIONS: ELIQUIS 5 MG BOTTLE (⟦O|RALEY'S PHARMACY⟧ ⟦C|ELKO⟧, RX ⟦I|7718204⟧) - SENT TO PHARMACY.
CLOTHING: JEANS, CANVAS JACKET (CUT - TRAUMA), BOOTS. BAGGED, LABELED.
RECEIVED BY: ⟦N|REBECCA IRIBARNE⟧, RN   WITNESS: SECURITY OFFICER ⟦N|JOSE LUIS ARRIOLA⟧ (BADGE ⟦I|HGH-S-14⟧)
RELEASED TO: WIFE ⟦N|MAITE ECHEVERRIA⟧ ⟦D|03/15/2099⟧ 0940, ID CHECKED (NV ⟦I|1500882047⟧).
`);

note("grievance-letter", `
⟦H|Samaritan Pacific Communities Hospital⟧
Patient Relations · ⟦S|930 SW Abbey St⟧ · ⟦C|Newport⟧, ⟦STATE|Oregon⟧ ⟦Z|97365⟧ · ⟦P|541-555-0137⟧

⟦D|March 16, 2099⟧

Ms. ⟦N|Rosalind Achterhof⟧
⟦S|4418 NE Pacific Coast Hwy⟧, ⟦C|Lincoln City⟧, ⟦STATE|OR⟧ ⟦Z|97367⟧

Re: Grievance ⟦I|GR-99-0092⟧ concerning your father, Mr. ⟦N|Barnaby Achterhof⟧ (age ⟦A|95⟧), ED visit of ⟦D|February 28, 2099⟧

Dear Ms. ⟦N|Achterhof⟧,
Thank you for your letter of ⟦D|3/2/99⟧ and for speaking with me on ⟦D|March 5th⟧. We reviewed the care your father received, including the 7-hour wait for a bed, the delay in his antibiotic and the report that his hearing aids were lost.
Our review, led by Dr. ⟦N|Keoni Amarante⟧, ED medical director, and nurse manager ⟦N|Frances Ellory⟧, found that the antibiotic was given 3 hours after it was ordered. We have changed how these orders are flagged. The hearing aids (⟦O|Phonak⟧, serials ⟦DEV|2214A0887⟧ and ⟦DEV|2214A0891⟧) were not found; we will reimburse their replacement through ⟦O|Costco Hearing Aid Center⟧ in ⟦C|Salem⟧.
If you are not satisfied, you may contact the ⟦O|Oregon Health Authority⟧ or ⟦O|Livanta⟧, the Medicare quality organization, at ⟦P|1-888-555-0115⟧.
Sincerely, ⟦N|Wendy Takeshita-Moss⟧, Patient Relations Manager · ⟦E|wtakeshitamoss@samhealth.example⟧
`);

note("wic-referral-lower", `
wic referral / medical documentation form — ⟦O|wyoming wic program⟧, ⟦O|sweetwater county⟧ clinic, ⟦C|rock springs⟧
date ⟦D|3-14-99⟧. participant: ⟦N|aubree lynn castillo⟧, dob ⟦D|11-30-98⟧ (3 mo). wic id ⟦I|wy0044718⟧.
parent: ⟦N|destiny castillo⟧, ⟦S|1108 elk st⟧ trlr 12, ⟦C|rock springs⟧ ⟦STATE|wy⟧ ⟦Z|82901⟧. ph ⟦P|307 555 0161⟧.
dx: cow's milk protein allergy (blood in stool, confirmed on elimination). formula requested: nutramigen 13 oz powder, 9 cans/mo x 6 mo.
hcp: dr. ⟦N|ellis brannock⟧, ⟦H|memorial hospital of sweetwater county⟧ pediatrics, npi ⟦I|1336018842⟧, fax ⟦F|307 555 0169⟧. signed ⟦D|3/13/99⟧.
dad ⟦N|junior castillo⟧ works at ⟦O|jim bridger power plant⟧; ins ⟦O|wyoming medicaid⟧ ⟦HP|wy88120447⟧.
wic rd: ⟦N|kendra tso⟧, rd, ld.
`);

note("black-lung-caps", `
COAL MINE WORKERS' HEALTH SURVEILLANCE / BLACK LUNG BENEFITS (DOL) EXAMINATION
CLAIMANT: ⟦N|HATFIELD, ORVILLE DEAN⟧   DOL CLAIM ⟦I|BL-99-004471⟧   DOB ⟦D|04/17/1952⟧   SSN ⟦SSN|401-44-8120⟧
EXAM ⟦D|MARCH 14, 2099⟧ AT ⟦H|NEW RIVER HEALTH - BLACK LUNG CLINIC⟧, ⟦C|SCARBRO⟧, ⟦STATE|WV⟧
COAL MINE EMPLOYMENT: 31 YEARS UNDERGROUND, ROOF BOLTER AND CONTINUOUS MINER OPERATOR: ⟦O|WESTMORELAND COAL⟧ (⟦D|1972⟧-⟦D|1986⟧), ⟦O|PEABODY⟧ ⟦LO|HARRIS NO. 1 MINE⟧ (⟦D|1986⟧-⟦D|2003⟧). LAST ⟦O|UMWA⟧ LOCAL 8843.
CXR (ILO): DR. ⟦N|RUPERT ASHWORTH⟧, B READER CERT ⟦I|BR-11872⟧: Q/R 2/2, LARGE OPACITY B. PMF.
PFT: FEV1 1.41 L (44%), FEV1/FVC 0.58, DLCO 48%. ABG AT REST PO2 61.
SMOKING: QUIT ⟦D|1990⟧, 15 PACK-YEARS.
OPINION: COMPLICATED PNEUMOCONIOSIS (PMF) ARISING FROM COAL MINE EMPLOYMENT; TOTALLY DISABLED FROM LAST COAL MINE WORK.
CLAIMANT REPRESENTED BY ⟦O|APPALACHIAN CITIZENS' LAW CENTER⟧ (⟦N|JOANNA VENABLE⟧). WIFE ⟦N|LAVONNE HATFIELD⟧ PRESENT.
EXAMINER: ⟦N|DONALD RASHID-COLEMAN⟧, MD, FCCP   DOL PROVIDER # ⟦I|WV-DOL-5520⟧   ⟦P|304-555-0150⟧
`);

note("nfp-home-visit", `
Nurse home visit — ⟦O|Nurse-Family Partnership⟧ at ⟦O|Southern Illinois Healthcare Foundation⟧
Client: ⟦N|Jaylynn Prater⟧, 19, 32 wks pregnant (G1). Visit ⟦D|3/14/2099⟧ 15:30 at her grandmother's trailer, ⟦S|18 Lakeview Mobile Estates⟧, ⟦C|Carterville⟧, ⟦STATE|IL⟧. Grandmother Mrs. ⟦N|Opal Dunning⟧ present for part.
FOB ⟦N|Tristan Keel⟧ incarcerated at ⟦O|Williamson County Jail⟧ until ⟦D|May⟧; she writes to him weekly.
Prenatal care at ⟦H|SIH Memorial Hospital of Carbondale⟧ OB clinic with Dr. ⟦N|Ngozi Pearce⟧; next appt ⟦D|3/21⟧. GBS swab ⟦D|4/4⟧.
Topics: breastfeeding plan, safe sleep (crib from ⟦O|Cribs for Kids⟧ arriving ⟦D|3/20⟧), car seat check with ⟦O|Carbondale Fire Department⟧.
Screen: EPDS 11 — discussed; she agreed to see ⟦O|Centerstone⟧ counselor; warm hand-off to ⟦N|Lacey Hinton⟧, LCPC (⟦P|618-555-0175⟧).
School: enrolled in GED classes at ⟦O|John A. Logan College⟧. Jobs: part-time at ⟦O|Dollar General⟧ on ⟦S|Illinois Ave⟧.
Her phone: ⟦P|618-555-0128⟧ (text only). Insurance: ⟦O|YouthCare⟧ ⟦HP|YC7720418814⟧.
Nurse home visitor: ⟦N|Bethany Orr-Whitlock⟧, RN, BSN.
`);

note("telepharmacy-verify", `
Telepharmacy — remote order verification log
Remote site: ⟦H|Sakakawea Medical Center⟧, ⟦C|Hazen⟧, ⟦STATE|ND⟧ (CAH); verifying pharmacist at hub ⟦O|Trinity Health Pharmacy Services⟧, ⟦C|Minot⟧. Session ⟦I|TPV-99-031417⟧ from workstation ⟦IP|172.20.14.88⟧.
⟦D|03/14/2099⟧ 02:12 — pt ⟦N|Hagen, Mavis J.⟧, MRN ⟦M|SMC0020418⟧, ⟦A|96⟧ yo F. Order: ceftriaxone 1 g IV q24h (UTI, CrCl 31). Verified.
02:20 — pt ⟦N|Two Crow, Ambrose⟧, MRN ⟦M|SMC0020577⟧. Order: heparin infusion per nomogram; weight 104 kg verified by RN ⟦N|Kelsey Wanner⟧ on camera. Pump library confirmed (Alaris, module ⟦DEV|12884470⟧).
02:41 — pt ⟦N|Hagen, Mavis J.⟧: zolpidem 10 mg PRN sleep — intervention: Beers list, age; recommended melatonin 3 mg; Dr. ⟦N|Lovisa Brekke⟧ (on call from ⟦H|CHI St. Alexius Health Dickinson⟧) agreed, order changed.
03:05 — pt ⟦N|Frank, Julius⟧, MRN ⟦M|SMC0020601⟧: vancomycin dosing by AUC; level ordered for 06:00.
Pharmacist: ⟦N|Sven Haugland⟧, RPh, ND license ⟦I|R-4418⟧. Video platform ⟦U|https://telerx.trinityhealth.example/session/TPV-99-031417⟧.
`);

note("morgue-release-caps", `
⟦H|ROBERT PACKER HOSPITAL⟧ DECEDENT CARE / MORGUE RELEASE LOG, ⟦C|SAYRE⟧, ⟦STATE|PA⟧
⟦D|03/13/99⟧ 2340 DECEDENT ⟦N|KOWALCHUK, STELLA⟧ MRN ⟦M|RPH-0448127⟧ AGE ⟦A|101⟧ TOD 2255 PRONOUNCED BY DR. ⟦N|OKEKE-BRANDT⟧. TAG ⟦I|M-99-0214⟧. CORONER ⟦O|BRADFORD COUNTY CORONER⟧ NOTIFIED DEP. CORONER ⟦N|R. VANDYKE⟧ - RELEASED, NO JURISDICTION.
⟦D|03/14/99⟧ 0610 RELEASED TO ⟦O|TUTTLE-BARNES FUNERAL HOME⟧, ⟦C|TOWANDA⟧, DRIVER ⟦N|CRAIG BARNES⟧ (FD LIC ⟦I|FD-044718-L⟧). VEHICLE PA PLATE ⟦I|LKM-4418⟧. VALUABLES: NONE.
⟦D|03/14/99⟧ 0915 DECEDENT ⟦N|BRIGHT, WESLEY A⟧ MRN ⟦M|RPH-0551209⟧ AGE 64 TOD 0820. ORGAN/TISSUE: ⟦O|CENTER FOR ORGAN RECOVERY & EDUCATION⟧ REF ⟦I|CORE-99-44120⟧ - TISSUE DONOR (CORNEAS). AUTOPSY REQUESTED BY WIFE ⟦N|SUSAN BRIGHT⟧ ⟦P|570-555-0181⟧.
⟦D|03/14/99⟧ 1410 BRIGHT RELEASED TO ⟦O|BLUE RIDGE TISSUE CENTER⟧ THEN ⟦O|KOLB FUNERAL HOME⟧ ⟦C|ATHENS⟧. SIGNED ⟦N|T. MAHONEY⟧, NURSING SUPERVISOR; SECURITY ⟦N|D. RUIZ⟧.
`);

note("hra-call", `
Medicare Advantage health risk assessment — telephonic
Plan: ⟦O|Peoples Health⟧ (MAPD), member ⟦HP|PH04471882⟧. ⟦D|Mar 14 '99⟧, 10:05–10:41.
Member: ⟦N|Evangeline "Vangie" Boudreaux⟧, 81, ⟦S|305 Rue Bonne Terre⟧, ⟦C|Houma⟧, ⟦STATE|LA⟧ ⟦Z|70360⟧ — ⟦P|985-555-0164⟧. Verified by DOB (⟦D|01/27/2018⟧) and address.
Lives alone; son ⟦N|Remy⟧ in ⟦C|Thibodaux⟧ visits Sundays; neighbor Miss ⟦N|Pearl⟧ checks daily.
PCP: Dr. ⟦N|Landry-Nguyen⟧, ⟦O|Ochsner Health⟧ ⟦C|Houma⟧. Conditions: CHF (EF 35%), AF on Eliquis, T2DM on Jardiance, CKD 3a, macular degeneration. Falls: 1 in past year.
Medications reviewed by pill bottle (she read labels; ⟦O|Rouses Pharmacy⟧).
Needs: transportation — referred to ⟦O|Terrebonne Council on Aging⟧; grab bars; hearing test (benefit through ⟦O|TruHearing⟧).
Advance directive: living will, agent son ⟦N|Remy Boudreaux⟧.
Assessor: ⟦N|Lauren Pitre⟧, LPN, for ⟦O|Signify Health⟧, employee ID ⟦I|SH-220418⟧.
`);

note("vision-screen-referral", `
School Vision Screening — Referral for Eye Examination
⟦O|Lake Superior School District⟧ · ⟦O|William Kelley School⟧, ⟦C|Silver Bay⟧, ⟦STATE|MN⟧ · Screening date ⟦D|3/12/99⟧
To the parent/guardian of ⟦N|Aiden Thorvaldsen⟧ (grade 2, DOB ⟦D|6/19/2091⟧):
Your child did not pass the vision screening done at school by ⟦O|Lions Club⟧ volunteers using the Spot Vision Screener (device ⟦DEV|SVS-44018-09⟧). Result: possible astigmatism, right eye.
Please take your child to an eye doctor, for example ⟦O|Northland Eye Care⟧ in ⟦C|Two Harbors⟧ or ⟦H|Essentia Health Eye Care - Duluth⟧. If cost is a problem, ⟦O|VSP⟧ ⟦O|Sight for Students⟧ vouchers are available from the school nurse.
Return the bottom of this form by ⟦D|April 10th⟧.
School nurse: ⟦N|Ingrid Halverson-Kaur⟧, LSN · ⟦P|218-555-0109⟧ · ⟦E|ihalverson@lssd.example⟧
----- (eye doctor completes) -----
Exam date ⟦D|3/28/99⟧. Findings: compound myopic astigmatism OD; glasses prescribed. Doctor: Dr. ⟦N|Paul Engebretsen⟧, OD. Clinic phone ⟦P|218-555-0160⟧.
`);

note("lab-sendout-caps", `
⟦H|PRAGUE COMMUNITY HOSPITAL⟧ LABORATORY - SEND-OUT MANIFEST   ⟦C|PRAGUE⟧, ⟦STATE|OK⟧   CLIA ⟦I|37D0887120⟧
PERFORMING LAB: ⟦O|ARUP LABORATORIES⟧ - ⟦C|SALT LAKE CITY⟧   CLIENT # ⟦I|ARUP-44718⟧   COURIER: ⟦O|UPS⟧ NEXT DAY AIR ⟦I|1Z 44R 718 01 2209 8812⟧
SHIP DATE ⟦D|20990314⟧   PACKED BY ⟦N|DAWNA KRIVANEK⟧, MLT   CHECKED BY ⟦N|E. HRUBY⟧
1. ⟦N|SVOBODA, MILAN⟧  ⟦M|PCH-30418⟧  DOB ⟦D|03/30/1947⟧  ACC ⟦I|L99-0314-006⟧  TEST: ANA IFA W/REFLEX, FROZEN SERUM
2. ⟦N|CHAPMAN, DEBRA LYNN⟧  ⟦M|PCH-30522⟧  DOB ⟦D|11/11/1970⟧  ACC ⟦I|L99-0314-011⟧  TEST: CELIAC PANEL
3. ⟦N|FRANK, HOPE⟧  ⟦M|PCH-30609⟧  DOB ⟦D|07/04/2004⟧ (AGE ⟦A|94⟧)  ACC ⟦I|L99-0314-014⟧  TEST: PROTEIN ELECTROPHORESIS
4. ⟦N|WASHBURN, JEREMIAH⟧  ⟦M|PCH-30611⟧  DOB ⟦D|09/09/2011⟧ (87)  ACC ⟦I|L99-0314-015⟧  TEST: LYME WESTERN BLOT
ORDERING: DR. ⟦N|ASHOK PILLAI⟧ (1, 3), ⟦N|WENDELL YOUNGBLOOD⟧, APRN-CNP (2, 4). RESULTS TO FAX ⟦F|405-555-0187⟧ AND ⟦O|OKLAHOMA SHINE⟧ HIE.
TEMP LOG: FREEZER -22C, BOX ⟦DEV|TLG-88120⟧ DATA LOGGER.
`);

note("birth-center-transfer", `
Birth center intrapartum transfer record
From: ⟦O|Heartland Birth Center⟧ (freestanding, AABC accredited), ⟦S|1201 W Wyatt Earp Blvd⟧, ⟦C|Dodge City⟧, ⟦STATE|KS⟧ ⟦Z|67801⟧ — ⟦P|620-555-0113⟧
To: ⟦H|Western Plains Medical Complex⟧ L&D. Transfer ⟦D|14 Mar 2099⟧ 06:50, non-emergent, by private car (husband driving), midwife following.
Client: ⟦N|Fenna Wiebe⟧, 28, G2P1001, 41w1d. DOB ⟦D|22 Aug 2070⟧. Chart ⟦M|HBC-0991⟧.
Reason: prolonged active phase (6 cm x 5 h), maternal exhaustion, request for epidural.
Labor: SROM 01:10 clear. GBS neg. Last FHR 135 with moderate variability, no decels. Vitals stable, T 37.4.
Husband ⟦N|Jakob Wiebe⟧ (⟦P|620-555-0188⟧). Speaks Plautdietsch and English; works at ⟦O|National Beef⟧.
Records handed to Charge RN ⟦N|Marisela Ontiveros⟧; care assumed by Dr. ⟦N|Arjun Reddy-Holloway⟧ (OB hospitalist).
Midwife: ⟦N|Callie Stoltzfus⟧, CPM, LM, KS license ⟦I|LM-0227⟧. Backup physician on file: Dr. ⟦N|Pfannenstiel⟧.
`);

note("va-caregiver", `
VA Program of Comprehensive Assistance for Family Caregivers — home visit
⟦H|Ralph H. Johnson VA Medical Center⟧ caregiver support program, ⟦C|Charleston⟧, ⟦STATE|SC⟧; visit at home in ⟦C|Walterboro⟧, ⟦D|03/14/2099⟧.
Veteran: ⟦N|Dontrell Manigault⟧, USMC (ret.), SC-connected 100% (TBI, PTSD, L BKA), last 4 ⟦SSN|7720⟧, ICN ⟦I|1044718820V447120⟧.
Caregiver: wife ⟦N|Shaniqua Manigault⟧, primary family caregiver since ⟦D|2094⟧, stipend tier 2. Also cares for her mother Mrs. ⟦N|Lottie Frazier⟧, ⟦A|ninety-one⟧, next door.
Home: ⟦S|117 Sniders Hwy⟧, ⟦C|Walterboro⟧, ⟦STATE|SC⟧ ⟦Z|29488⟧. Ramp built by ⟦O|Habitat for Humanity of Colleton County⟧; roll-in shower done.
Concerns: caregiver burnout (Zarit 41). Veteran attends ⟦O|Semper Fi & America's Fund⟧ adaptive fishing on ⟦LO|Edisto River⟧. Respite: 30 days/yr via ⟦H|Lowcountry Nursing & Rehab⟧ or in-home through ⟦O|Comfort Keepers⟧.
Follow-up: REACH VA coaching with ⟦N|Gloria Pinckney⟧, LCSW; ⟦P|843-555-0131⟧. Next visit ⟦D|June 2099⟧.
CSP coordinator: ⟦N|Terrence Ladson⟧, MSW — ⟦E|terrence.ladson@va.example⟧
`);

note("ems-intercept-caps", `
⟦O|SAN LUIS VALLEY EMS⟧ / ALS INTERCEPT WITH ⟦O|COSTILLA COUNTY AMBULANCE⟧   RUN # ⟦I|SLV-99-0881⟧   ⟦D|03/14/2099⟧
DISPATCH 0632: "ELDERLY MALE, DIFFICULTY BREATHING", ⟦S|412 MAIN ST⟧, ⟦C|SAN LUIS⟧, ⟦STATE|CO⟧ ⟦Z|81152⟧. BLS ON SCENE 0649, ALS INTERCEPT AT ⟦S|HWY 159⟧ & ⟦S|CR 15⟧ 0711.
PT: ⟦N|GALLEGOS, EPIFANIO⟧   AGE ⟦A|98⟧   DOB ⟦D|08-15-2000⟧   SPANISH-SPEAKING; GRANDDAUGHTER ⟦N|ARACELI GALLEGOS-MARTINEZ⟧ INTERPRETED ⟦P|719-555-0147⟧.
HX: CHF, AF, PACER (⟦O|MEDTRONIC⟧ ⟦DEV|PJN880412S⟧). MEDS: FUROSEMIDE, WARFARIN.
ASSESSMENT: RR 32, SPO2 78% RA, RALES TO APICES, BP 196/104. 12-LEAD: AF 118, PACED BEATS.
TX: CPAP 10 CM, NTG 0.4 SL X3, SPO2 94% AT 0735.
DESTINATION: ⟦H|SAN LUIS VALLEY HEALTH REGIONAL MEDICAL CENTER⟧, ⟦C|ALAMOSA⟧ - ARRIVED 0802. REPORT TO DR. ⟦N|ISELA MONDRAGON⟧.
BILLING: MEDICARE ⟦HP|4FR8-PP2-KT61⟧; ⟦O|COLORADO ACCESS⟧ SECONDARY. PCS SIGNED BY ⟦N|ARACELI⟧.
CREW: ⟦N|RAMON VIGIL⟧, EMT (COSTILLA); ⟦N|KAYLA ESPINOZA-DUNN⟧, PARAMEDIC (SLV) CO CERT ⟦I|P-33018⟧. UNIT 7.
`);
write();
