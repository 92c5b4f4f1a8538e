// Why this file exists: builds test/fixtures/clinical-notes-13.jsonl, a thirteenth labelled set of clinical notes
// written by hand late in stop 25 to measure the tree blind: written without reading the name detector (assembly/),
// the test tables or the notes of fixtures 9-12 (only fixture 12's generator form and docs/clinical-fixtures.md were
// read), in the styles and PHI forms fixtures 1-12 hold least (counted over their texts first): MIMIC-style discharge
// summaries with their field header ("Admission Date: / Discharge Date: / Date of Birth: / Sex: / Service:") and
// "Followup Instructions" blocks ("Provider: ... Phone: ... Date/Time: ..."), addenda, obstetric and L&D notes,
// ophthalmology and dental notes; dates with ordinals and abbreviated months ("March 3rd", "the 14th of June",
// "Jan. 9", "Sept 22nd"), phones with "+1" and "ext.", P.O. boxes, names with Mc/Mac/O'/particles and international
// names; about a third in ALL CAPS and a few in lower case.
// Labelling follows fixtures 11-12: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons and clock times are left unlabelled; ages under 90 are no PHI; clinicians' initials are PHI;
// room and bed numbers and a unit's own name are left unlabelled; nursing homes and rehab facilities are HOSPITAL.
// Every name, place and number is invented here; nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-12 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-13.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-13.jsonl", "make-clinical-fixture-13");

// ---------------------------------------------------------------------------------------------------------------
note("mimic-dc-medicine", `
Name:  ⟦N|Delacroix-Membe, Yvette⟧              Unit No:   ⟦M|40218837⟧

Admission Date:  ⟦D|2148-02-11⟧              Discharge Date:   ⟦D|2148-02-17⟧

Date of Birth:  ⟦D|2071-09-30⟧             Sex:   F

Service: MEDICINE

Allergies:
Penicillins

Attending: ⟦N|Oswin Trabeck⟧, M.D.

Chief Complaint:
fevers, dysuria

Major Surgical or Invasive Procedure:
none

History of Present Illness:
Ms. ⟦N|Delacroix-Membe⟧ is a 76 y/o woman with DM2, CKD stage 3 and recurrent UTIs who presents from ⟦H|Larchmont Pines Rehabilitation⟧
with two days of fever to 102 and dysuria. She was seen at ⟦H|Quessett Urgent Care⟧ on ⟦D|Feb. 9⟧ and started on
nitrofurantoin. Her son ⟦N|Jean-Baptiste⟧ reports she has been more confused since ⟦DAY|Sunday⟧.

Past Medical History:
- DM2 (A1c 8.1 on ⟦D|Nov. 3rd⟧)
- CKD 3, baseline Cr 1.6
- s/p TAH ⟦D|2112⟧ at ⟦H|St. Bridget of Kildare Hospital⟧

Social History:
Widowed, retired ⟦PROF|seamstress⟧. Lived in ⟦C|Port Aldous⟧ until ⟦D|2146⟧, now at ⟦H|Larchmont Pines⟧. Attends ⟦O|Église Saint-Anselme⟧.

Brief Hospital Course:
UCx grew E. coli resistant to nitrofurantoin. Changed to ceftriaxone then cefpodoxime. Delirium cleared by ⟦D|2/14⟧.
ID (Dr. ⟦N|Okonkwo-Hale⟧) agreed with 7 day course.

Discharge Disposition:
Extended Care

Facility:
⟦H|Larchmont Pines Rehabilitation & Nursing⟧ - ⟦C|Port Aldous⟧

Followup Instructions:
Provider: ⟦N|RAFFERTY MCCLANAHAN⟧, MD Phone:⟦P|(617) 555-0412⟧ Date/Time:⟦D|2148-03-02⟧ 10:30
Provider: ⟦N|Oswin Trabeck⟧, MD ⟦H|Wexcombe Medical Associates⟧ Phone: ⟦P|617-555-0477 ext. 2213⟧ Date/Time: ⟦D|2148-03-09⟧ 2:15
`);

note("ob-triage", `
L&D TRIAGE NOTE   ⟦H|Fennimore Women's Pavilion⟧   ⟦D|June 14th, 2089⟧  0340

Pt: ⟦N|Thi Ngoc Hanh Truong⟧   MRN ⟦M|FW-2210984⟧   G2P1001 @ 38w2d by LMP ⟦D|9/18/88⟧, EDC ⟦D|6/25/89⟧

S: 31 yo presents with ctx q4-5 min since 2330. +FM, no LOF, no VB. Prenatal care with ⟦N|Marisol Aguerrebere⟧, CNM at
⟦H|Bellhaven Midwifery⟧. Prior SVD ⟦D|2086⟧ at ⟦H|Corliss Memorial⟧, uncomplicated. GBS neg ⟦D|5/30⟧.
Support person: husband ⟦N|Duc Truong⟧, cell ⟦P|+1 978 555 0163⟧. Interpreter (Vietnamese) ID ⟦I|VN-4471⟧ used.

O: BP 118/72, FHT 140s mod var +accels. SVE 4/80/-1.
A/P: early active labor, admit to L&D. Notify Dr. ⟦N|Kowalczyk⟧ (OB hospitalist) and ⟦N|M. Aguerrebere⟧.
⟦N|Gwendolyn Ashby-Frost⟧, RN
`);

note("dis-2006-caps-ortho", `
⟦M|339102871⟧ ⟦H|BVH⟧
⟦I|7716204⟧
⟦I|81550/3K2T⟧
⟦D|11/03/2077⟧ 12:00:00 AM
LEFT HIP FRACTURE
DIS
ADMISSION DATE : ⟦D|11/03/2077⟧
DISCHARGE DATE : ⟦D|11/08/2077⟧
PRINCIPAL DIAGNOSIS : LEFT INTERTROCHANTERIC FRACTURE
HISTORY OF PRESENT ILLNESS : MS. ⟦N|O'GALLAGHER⟧ IS AN ⟦A|NINETY-TWO⟧ YEAR OLD WOMAN FROM THE ⟦H|ARBORS AT MILLWICK⟧ WHO FELL ON ⟦D|NOVEMBER 2ND⟧ WHILE GETTING OUT OF BED . SHE WAS BROUGHT BY ⟦O|MILLWICK FIRE RESCUE⟧ TO THE ⟦H|BRAYVALE HOSPITAL⟧ EMERGENCY ROOM .
PAST MEDICAL HISTORY : ATRIAL FIBRILLATION ON COUMADIN ; RIGHT TKR ⟦D|2069⟧ BY DR. ⟦N|FAIRWEATHER⟧ ; DEMENTIA .
HOSPITAL COURSE : COUMADIN WAS REVERSED WITH VITAMIN K . SHE UNDERWENT IM NAILING ON ⟦D|11/04⟧ BY DR. ⟦N|MACPHAIL⟧ . POST-OPERATIVE HCT 26 .
DISPOSITION : TO ⟦H|KNOLLWOOD REHABILITATION CENTER⟧ .
DICTATED BY : ⟦N|ANGUS MACPHAIL⟧ , M.D. ⟦N|AM51⟧
ATTENDING : ⟦N|ANGUS MACPHAIL⟧ , M.D.
⟦N|AM51⟧ / ⟦N|jtr⟧
D : ⟦D|11/08/77⟧
T : ⟦D|11/09/77⟧
cc : ⟦N|BRIDGET FAIRWEATHER⟧ , M.D. ; ⟦N|LORCAN O'GALLAGHER⟧ ( SON )
`);

note("record-date-renal", `
Record date: ⟦D|2082-10-05⟧

⟦H|CASSOWAY NEPHROLOGY ASSOCIATES⟧

⟦N|Euphemia Braddock⟧ is seen today for CKD follow-up, referred by Dr. ⟦N|Sunil Venkataraghavan⟧ of ⟦H|Brisk Creek Health⟧.

HPI: 68F with CKD 4 from diabetic nephropathy. Last seen ⟦D|Aug. 11⟧. eGFR 19 (was 23 in ⟦D|April '82⟧). She has
been reluctant to discuss dialysis; her pastor, Rev. ⟦N|Ambrose Kittredge⟧ of ⟦O|Greater Hope Missionary Baptist⟧, came
with her today along with her niece ⟦N|Latrice⟧.

Social: Lives on ⟦S|Pocahontas Ave⟧ in ⟦C|Brisk Creek⟧. Worked 30 yrs as a ⟦PROF|school bus driver⟧ for ⟦O|Brisk Creek Unified⟧.

Plan: AV fistula mapping with Dr. ⟦N|Yusupova⟧ (vascular) on the ⟦D|23rd⟧. Transplant referral to ⟦H|Eastmarch Transplant Institute⟧.
Renal diet teaching with ⟦N|Hollis Greer⟧, RD.

⟦N|Cornelius Bähr⟧, MD
`);

note("nursing-icu-caps", `
NURSING PROGRESS NOTE 0700-1900   ⟦D|03/21/2091⟧
PT ⟦N|MCALLISTER, DUNCAN⟧ BED 14 MICU ⟦H|STERNWOOD UNIVERSITY HOSPITAL⟧
NEURO: SEDATED ON PROPOFOL, RASS -2. PERRL.
CV: NSR 70S-80S, LEVOPHED WEANED OFF AT 1100.
RESP: VENT AC 500/14/5/40%. SUCTIONED FOR THICK TAN SPUTUM.
GI/GU: TF AT GOAL. FOLEY PATENT.
SOCIAL: WIFE ⟦N|MOIRA⟧ AND DAUGHTER ⟦N|KENNA⟧ IN TO VISIT, UPDATED BY DR. ⟦N|ZELLWEGER-ACHTERBERG⟧. WIFE CAN BE REACHED AT ⟦P|207.555.0188⟧. FAMILY MEETING PLANNED ⟦DAY|THURSDAY⟧ WITH PALLIATIVE (FR. ⟦N|TOMASZ WIĘCKOWSKI⟧ TO ATTEND).
PLAN: CONTINUE SBT IN AM.
⟦N|J. PELLEGRINO-BAUM⟧, RN
`);

note("ed-provider", `
ED Provider Note - ⟦H|Halverton Regional Medical Center⟧
Date of service: ⟦D|Sept 22nd, 2090⟧

CC: "I cut my hand"
HPI: 44 yo RHD M ⟦PROF|carpenter⟧ who lacerated his L palm on a table saw at work (⟦O|Drummond & Steele Cabinetry⟧, ⟦S|1800 Industrial Pkwy⟧).
Brought in by coworker ⟦N|Bo Whitlock⟧. Last Td unknown.
Exam: 4 cm lac over thenar eminence, FDS/FDP intact, 2-pt disc intact.
Procedure: irrigated, 6 sutures 4-0 nylon.
Dispo: home. Hand clinic f/u with Dr. ⟦N|Ngozi Adeyemi-Clarke⟧ ⟦P|(413) 555-0190⟧ in 10-12 days. Workers comp claim
# ⟦I|WC-88-0443192⟧ per employer.
Pt: ⟦N|Reginald "Reggie" Toomey⟧   MRN ⟦M|000718823⟧
⟦N|Priya Raghunathan⟧, PA-C / ⟦N|Elliot Swanbeck⟧, MD
`);

note("addendum-lower", `
addendum ⟦D|1/9/73⟧ 16:20 - spoke w/ pt's daughter ⟦N|fiona mcquarrie⟧ (⟦P|555-0172⟧) who confirms pt takes eliquis not
coumadin. outside records from ⟦H|dunmore family health⟧ faxed to ⟦F|555-0199⟧, received. pcp dr ⟦N|abernethy-lowe⟧.
- ⟦N|t. okafor⟧ pharmd
`);

note("letter-ophtho", `
⟦H|GLENCAIRN EYE INSTITUTE⟧
⟦S|P.O. Box 1187⟧
⟦C|Glencairn⟧, ⟦STATE|VT⟧ ⟦Z|05744⟧
Phone ⟦P|802-555-0134⟧ | Fax ⟦F|802-555-0135⟧ | ⟦U|www.glencairneye.org⟧

⟦D|January 7th, 2074⟧

⟦N|Harriet Quimby-Osei⟧, MD
⟦H|Ravensworth Internal Medicine⟧
⟦S|22 Bellflower Court⟧
⟦C|Ravensworth⟧, ⟦STATE|VT⟧ ⟦Z|05761⟧

RE: ⟦N|Thaddeus Wolcott⟧   DOB: ⟦D|03/12/2009⟧

Dear Dr. ⟦N|Quimby-Osei⟧:

Thank you for referring Mr. ⟦N|Wolcott⟧, whom I saw on the ⟦D|4th of January⟧ for decreased vision OS. He has moderate
nonproliferative diabetic retinopathy OU with center-involving DME OS. Visual acuity 20/25 OD, 20/60 OS. We started
intravitreal aflibercept OS and will repeat monthly. He drives for ⟦O|Green Mountain Propane⟧ and I have advised him
about night driving.

Please do not hesitate to call me.

Sincerely,
⟦N|Ingrid Solvang⟧, MD
Retina Service
cc: ⟦N|Thaddeus Wolcott⟧
`);

note("dental-consult", `
Dental Consult - ⟦H|Marrowstone Hospital⟧ Oral Surgery
⟦D|04-Mar-2085⟧
Requested by: Dr. ⟦N|Fitzgerald⟧ (transplant)
Patient: ⟦N|Ozturk, Mehmet Ali⟧  MRN: ⟦M|5520918⟧
Reason: pre-transplant dental clearance.
Pt reports last dental visit ~2 yrs ago with Dr. ⟦N|Ravi Chandrasekhar⟧ at ⟦H|Smilecrest Dental⟧ in ⟦C|Upper Tolland⟧.
Exam: #3, #14 carious; #30 nonrestorable, periapical lucency on pano.
Plan: extract #30 under local; restore #3/#14 with outside dentist. Dental clearance letter faxed to ⟦H|MH⟧ transplant
office (fax ⟦F|555-0108⟧).
⟦N|Lucinda Voss⟧, DMD  ext. ⟦P|44718⟧
`);

note("record-date-cardiology-caps", `
RECORD DATE: ⟦D|2075-06-30⟧

⟦H|PEMBRIDGE HEART CENTER⟧
⟦N|NIKOLAI STRAVINSKAS⟧   MRN ⟦M|8810-442⟧

MR. ⟦N|STRAVINSKAS⟧ RETURNS FOR FOLLOW UP OF HIS HFREF. SINCE HIS VISIT ON ⟦D|MAR 3RD⟧ HE HAS HAD NO ADMISSIONS. HE TRAVELED TO ⟦C|VILNIUS⟧ IN ⟦D|MAY⟧ TO SEE HIS SISTER ⟦N|DANUTE⟧. DAUGHTER ⟦N|GRACE⟧ MANAGES HIS PILLBOX.
MEDS: ENTRESTO 49/51 BID, CARVEDILOL 12.5 BID, SPIRONOLACTONE 25, FUROSEMIDE 40.
ECHO ⟦D|5/2/75⟧: EF 30% (FROM 20% IN ⟦D|'73⟧).
ICD INTERROGATION (⟦O|MEDTRONIC⟧ REP ⟦N|KYLE BAPTISTE⟧): NO EVENTS.
PLAN: CONTINUE GDMT. CARDIAC REHAB AT ⟦O|PEMBRIDGE Y⟧. RTC 3 MONTHS WITH DR. ⟦N|FALKENRATH⟧.
⟦N|LEONORA FALKENRATH⟧, MD
`);

note("peds-well", `
Well Child Visit - 4 years
⟦H|Tuckahoe Pediatrics⟧, ⟦S|318 Old Mill Rd⟧, ⟦C|Tuckahoe Falls⟧
Date: ⟦D|10.14.2086⟧

⟦N|Amara Nwachukwu-Reyes⟧, DOB ⟦D|10/02/2082⟧, here with mother ⟦N|Chidinma⟧ and grandmother ⟦N|Rosa Reyes⟧.
Attends pre-K at ⟦O|Little Acorns Learning Center⟧. Mother works nights at ⟦O|Halloway Distribution⟧.
Development: hops on one foot, draws a person with 4 parts, tells stories.
Vaccines: DTaP, IPV, MMR, varicella given today; lot numbers in MAR.
Dental home: ⟦H|Tuckahoe Falls Community Dental⟧.
Next visit age 5. ⟦N|Hyacinth Obuya⟧, MD
`);

note("consult-psych-caps", `
PSYCHIATRY CONSULTATION - ⟦H|ST. WENCESLAUS MEDICAL CENTER⟧
DATE: ⟦D|JULY 19TH, 2081⟧
PATIENT: ⟦N|KEELEY, BRANWEN⟧   ROOM 812   MRN: ⟦M|SW00482291⟧
REASON: "SUICIDAL STATEMENTS" PER DR. ⟦N|HOLLOWAY-OKEKE⟧.
HPI: 27 YO WOMAN ADMITTED ⟦D|7/17⟧ AFTER ACETAMINOPHEN INGESTION. SHE REPORTS BREAKUP WITH BOYFRIEND (⟦N|DESHAWN⟧) AND LOSING HER JOB AT ⟦O|CORNERSTONE CREDIT UNION⟧. PREVIOUSLY TREATED AT ⟦H|RIVERBEND BEHAVIORAL HEALTH⟧ IN ⟦D|2078⟧. THERAPIST ⟦N|GAIL MORROW-PIKE⟧, LICSW.
COLLATERAL: MOTHER ⟦N|ROWENA KEELEY⟧ ⟦P|(304) 555-0151⟧ LIVES IN ⟦C|CALDER GAP⟧.
ASSESSMENT: MDD, RECURRENT, SEVERE. ELEVATED ACUTE RISK.
PLAN: 1:1 SITTER, SECTION 12 PAPERS, BED SEARCH (⟦H|OAKWELL PAVILION⟧ FIRST).
DR. ⟦N|ISIDORE FENWRIGHT⟧, MD / ⟦N|IF⟧
`);

note("mimic-dc-surgery", `
Name:  ⟦N|Sandoval, Esperanza⟧                 Unit No:   ⟦M|10994821⟧
Admission Date:  ⟦D|2139-12-01⟧     Discharge Date:   ⟦D|2139-12-05⟧
Date of Birth:  ⟦D|2082-04-17⟧     Sex:   F
Service: SURGERY
Attending: ⟦N|Pieter van der Walt⟧, MD
Chief Complaint: RUQ pain
Major Surgical or Invasive Procedure: laparoscopic cholecystectomy ⟦D|12/2⟧
History of Present Illness: 57F transferred from ⟦H|Orrington Community Hospital⟧ with acute cholecystitis. Seen there by
Dr. ⟦N|Sjöberg⟧, who started zosyn.
Social History: Married, ⟦PROF|bookkeeper⟧ at ⟦O|Tamarind Imports⟧. Lives with husband ⟦N|Arturo⟧ in ⟦C|East Orrington⟧.
Discharge Medications: oxycodone 5 mg q4h prn x 3 days, acetaminophen, docusate.
Discharge Disposition: Home
Followup Instructions:
Department: GENERAL SURGERY
When: ⟦DAY|WEDNESDAY⟧ ⟦D|2139-12-18⟧ at 9:40 AM
With: ⟦N|PIETER VAN DER WALT⟧, MD [⟦P|617-555-0123⟧]
Building: ⟦H|Thessaly Pavilion⟧ 4th fl ⟦S|1100 Commonwealth Terrace⟧
Campus: WEST     Best Parking: ⟦S|Ridgely St.⟧ Garage
`);

note("nursing-home-visit-lower", `
home visit note ⟦D|4/2/2083⟧. pt ⟦N|marguerite dubois-kamara⟧ seen at home ⟦S|17 linden st apt 2⟧, ⟦C|wexford mills⟧. lives w/ husband
⟦N|lamine⟧ (⟦PROF|retired postal worker⟧). wound LLE healing, 2x1.5 cm, no drainage. bp 132/80. meds reviewed, pt confused
about lasix dose, pillbox set up. nbr mrs. ⟦N|henstridge⟧ checks on her daily. next visit ⟦DAY|thurs⟧. reported to dr ⟦N|ferrante⟧
at ⟦H|wexford mills primary care⟧ ⟦P|555-0144⟧. ⟦N|k. lindqvist⟧ rn, ⟦O|northgate visiting nurses⟧
`);

note("ed-triage-caps", `
ED TRIAGE   ⟦H|COLDSPRING MEMORIAL HOSPITAL⟧   ARRIVAL ⟦D|08/09/2093⟧ 22:47
NAME: ⟦N|BEAUREGARD, TALLULAH⟧   AGE: ⟦A|94⟧   MRN: ⟦M|CMH7741902⟧
MODE: ⟦O|HARTWELL COUNTY EMS⟧ MEDIC 7
CC: FALL AT ⟦H|WILLOW BEND ASSISTED LIVING⟧, HEAD STRIKE, ON ELIQUIS.
PCP: DR. ⟦N|PRUDENCE ACHEBE⟧. POA: NEPHEW ⟦N|CALVIN BEAUREGARD⟧ ⟦P|(865) 555-0177⟧.
ESI 2. CT HEAD ORDERED. ⟦N|M. OYELARAN⟧ RN.
`);

note("letter-disability", `
⟦H|Northfield Spine & Rehabilitation⟧
⟦S|4400 Kestrel Boulevard, Suite 210⟧, ⟦C|Northfield⟧, ⟦STATE|MN⟧ ⟦Z|55057⟧

⟦D|February 28th, 2076⟧

To Whom It May Concern:

Mr. ⟦N|Caspian Oduya⟧ (DOB ⟦D|5/5/1991⟧) has been under my care since ⟦D|Oct. 2075⟧ for a lumbar disc herniation
with L5 radiculopathy. He is unable to return to his job as a ⟦PROF|warehouse associate⟧ at ⟦O|Brightline Fulfillment⟧ until
at least ⟦D|April 15th⟧. His claim number with ⟦O|Cardinal Mutual Insurance⟧ is ⟦I|CMI-20775-04⟧.

Questions may be directed to my office at ⟦P|507-555-0155, ext. 3⟧ or by email to ⟦E|spineclinic@northfieldspine.org⟧.

⟦N|Anneliese Vogt-Mbeki⟧, DO
Physical Medicine and Rehabilitation
`);

note("progress-hosp", `
Hospital Medicine Progress Note   ⟦D|Dec. 1, 2079⟧   HD#3
⟦N|Wojciechowski, Stanisław⟧  MRN ⟦M|11927734⟧  ⟦H|Tarrant Lake Hospital⟧ 5 West

S: No events overnight. Wife ⟦N|Halina⟧ at bedside, asks about going home by ⟦DAY|Christmas⟧.
O: T 98.9, BP 142/88, SpO2 94% RA. Crackles R base improving.
Labs: WBC 11.2 (from 15.8), Cr 1.0.
A/P: 79M with RLL CAP.
- Ceftriaxone/azithro day 3, switch to PO cefpodoxime tomorrow.
- PT eval; likely home with services from ⟦O|Tarrant Lake VNA⟧.
- Daughter ⟦N|Agnieszka Lindgren⟧ (HCP) updated by phone ⟦P|(952) 555-0191⟧.
Discussed with Dr. ⟦N|Mbatha⟧ (attending).
⟦N|Cormac Ó Briain⟧, MD (PGY-2) pager ⟦P|3318⟧
`);

note("op-note-caps", `
OPERATIVE REPORT
⟦H|VALEMONT GENERAL HOSPITAL⟧
PATIENT: ⟦N|QUILLFEATHER, ODALYS⟧   MR#: ⟦M|VG-3390128⟧   DATE OF SURGERY: ⟦D|SEPT. 9, 2084⟧
SURGEON: ⟦N|BARNABY ECKHARDT⟧, MD
ASSISTANT: ⟦N|SHIRIN TAVAKOLI⟧, MD
ANESTHESIA: GENERAL, DR. ⟦N|LUDMILA PETROVA-HAYES⟧
PREOPERATIVE DIAGNOSIS: RIGHT BREAST CANCER, CT2N0.
PROCEDURE: RIGHT SKIN-SPARING MASTECTOMY WITH SENTINEL LYMPH NODE BIOPSY; IMMEDIATE TISSUE EXPANDER BY DR. ⟦N|AMOS DELACOURT⟧ (PLASTICS, SEPARATE NOTE).
FINDINGS: TWO SENTINEL NODES, NEGATIVE ON FROZEN SECTION (DR. ⟦N|IKEDA⟧, PATHOLOGY).
EBL 150 ML. SPECIMENS TO PATHOLOGY, ACCESSION ⟦I|S84-22917⟧.
DICTATED ⟦D|09/09/84⟧ BY ⟦N|BE⟧ / TRANSCRIBED ⟦D|09/10/84⟧ BY ⟦N|KRW⟧
`);

note("record-date-dm-longit", `
Record date: ⟦D|2094-01-25⟧

Reason for visit: DM follow up, new pt to me (transferred from Dr. ⟦N|Castellanos⟧ who retired)

History: ⟦N|Augustin Merriweather⟧ is a 61 year old man with DM2 dx'd ⟦D|2079⟧, on insulin since ⟦D|'88⟧.
He moved here from ⟦C|Tupelo⟧ in ⟦D|2090⟧ to be near his daughter ⟦N|Simone⟧, a ⟦PROF|nurse⟧ at ⟦H|Greystone Medical Center⟧.
He works part-time at ⟦O|Hardison Hardware⟧ on ⟦S|Main St⟧. Denies hypoglycemia. Reports neuropathy feet.

Meds: Basaglar 40u, Humalog SS, metformin 1g bid, gabapentin 300 tid.
PE: BMI 33. Monofilament decreased bilat.
Labs: A1c 9.2 (⟦D|Oct⟧: 9.6). LDL 88.

Plan: Add Ozempic 0.25 weekly. Podiatry Dr. ⟦N|Ma⟧. Ophtho at ⟦H|Greystone⟧ eye clinic. Return late ⟦D|March⟧.

⟦N|Winifred Achterberg⟧, MD
`);

note("phone-call-log", `
Telephone Encounter  ⟦D|Mar 8 2077⟧ 11:05
Caller: ⟦N|Philomena Garza⟧ (self)  Call back: ⟦P|555-260-0187⟧
Reason: refill request, lisinopril 20 mg, pharmacy ⟦O|Bixby Drug⟧ on ⟦S|Holcomb Ave⟧ ⟦P|(580) 555-0112⟧.
Last seen ⟦D|Nov 22⟧ by Dr. ⟦N|Oyelowo⟧. BP log reviewed: 120s-130s.
Refilled x 90 days. Pt informed. -- ⟦N|Dana Liu⟧, LPN
`);

note("dis-2006-caps-cardiac", `
⟦M|552018374⟧ | ⟦H|NWH⟧ | ⟦I|21094773⟧ | | ⟦I|4420998⟧ | ⟦D|2/14/2064⟧ 12:00:00 AM | UNSTABLE ANGINA | SIGNED | DIS | ADMISSION DATE : ⟦D|2/14/2064⟧ REPORT STATUS : SIGNED
DISCHARGE DATE : ⟦D|2/19/2064⟧
ATTENDING : ⟦N|MCCRACKEN , ELOISE⟧ M.D.
SERVICE : CARDIOLOGY
HISTORY OF PRESENT ILLNESS : MR. ⟦N|ABERCROMBIE⟧ IS A 70 YEAR OLD MAN WITH KNOWN CAD , S/P PTCA TO RCA IN ⟦D|DEC. 2061⟧ AT ⟦H|NORWOOD HILLS⟧ , WHO PRESENTED WITH CRESCENDO ANGINA SINCE ⟦DAY|VALENTINE 'S DAY⟧ . HIS CARDIOLOGIST IS DR. ⟦N|TEMPLETON⟧ IN ⟦C|ASHBY FORGE⟧ .
SOCIAL HISTORY : MARRIED . RETIRED ⟦PROF|TRUCK DRIVER⟧ . WIFE ⟦N|NORMA⟧ . 40 PACK YEARS , QUIT ⟦D|2060⟧ .
HOSPITAL COURSE : CATH ON ⟦D|2/16⟧ SHOWED 90% PROXIMAL LAD ; DES PLACED BY DR. ⟦N|MCCRACKEN⟧ . UNEVENTFUL .
DISCHARGE MEDICATIONS : ASA 325 , PLAVIX 75 QD , ATENOLOL 50 QD , LIPITOR 80 .
FOLLOW UP : DR. ⟦N|TEMPLETON⟧ IN 1-2 WEEKS . CARDIAC REHAB AT ⟦O|ASHBY FORGE YMCA⟧ .
DICTATED BY : ⟦N|FARRUKH QURESHI⟧ , M.D. ⟦N|FQ03⟧
ATTENDING : ⟦N|ELOISE MCCRACKEN⟧ , M.D. ⟦N|EM12⟧
⟦N|EM12⟧ / ⟦N|lbs⟧
D : ⟦D|2/19/64⟧
T : ⟦D|2/21/64⟧
`);

note("consult-id", `
Infectious Disease Consultation
⟦H|Sorrelwood University Medical Center⟧ - ⟦D|May 2nd, 2087⟧

Requesting: Dr. ⟦N|Hamish Dunbar-Kerr⟧, orthopedics
Pt: ⟦N|Abdirahman Warsame⟧, 38M, MRN ⟦M|U7720931⟧

HPI: R knee PJI after TKA ⟦D|Jan. 2087⟧ at ⟦H|Clearbrook Surgical Hospital⟧. Cx from OR ⟦D|4/29⟧: MSSA.
Born in ⟦COUNTRY|Somalia⟧, in US since ⟦D|2071⟧, lives in ⟦C|Fallowfield⟧ with wife ⟦N|Hodan⟧ and 4 children. Works as a
⟦PROF|taxi driver⟧ for ⟦O|Bluebird Cab Co.⟧ QuantiFERON neg ⟦D|2085⟧ (⟦H|Fallowfield Community Health⟧).

Rec: cefazolin 2 g q8h x 6 wk via PICC then PO suppression; weekly CBC/BMP/CRP to ⟦H|SUMC⟧ OPAT (fax ⟦F|555-0163⟧).
OPAT RN ⟦N|Delphine Rusk⟧ x⟦P|6-4410⟧. Will follow.
⟦N|Gabriela Iturbide⟧, MD, ID fellow / ⟦N|Seamus McDermott⟧, MD
`);

note("ed-note-caps-pedi", `
PEDIATRIC ED NOTE - ⟦H|CHILDREN'S HOSPITAL OF WESTMARCH⟧
DATE ⟦D|12/25/2070⟧ (⟦DAY|CHRISTMAS DAY⟧)
PT: ⟦N|LIAM O'ROURKE-BANERJEE⟧  MRN ⟦M|CHW-558201⟧  AGE 3
HPI: SWALLOWED A BUTTON BATTERY PER FATHER ⟦N|DECLAN⟧ AT ~1400 AT GRANDPARENTS' HOUSE ON ⟦S|SYCAMORE HOLLOW RD⟧ IN ⟦C|PINE BARRENS⟧.
XR: 20 MM DISC IN ESOPHAGUS.
PLAN: HONEY GIVEN EN ROUTE; GI (DR. ⟦N|ABERNATHY⟧) TO OR FOR EMERGENT REMOVAL. POISON CENTER CASE ⟦I|PC-70-118822⟧.
⟦N|TOBIAS WREN⟧, MD
`);

note("pathology-report", `
SURGICAL PATHOLOGY REPORT
⟦H|Harcourt Valley Laboratories⟧   Accession: ⟦I|HV-S25-011873⟧
Patient: ⟦N|Lindqvist, Maj-Britt⟧   DOB: ⟦D|1958-11-19⟧   MRN: ⟦M|40-88213⟧
Collected: ⟦D|03/03/2072⟧   Received: ⟦D|03/04/2072⟧
Submitting physician: ⟦N|Ezekiel Carrasquillo⟧, MD (⟦H|Eastgate GI⟧)
FINAL DIAGNOSIS: Colon, sigmoid, polypectomy: tubular adenoma, low grade dysplasia.
Electronically signed by ⟦N|Marguerite Fontaine-Ibekwe⟧, MD on ⟦D|3/6/72⟧
`);

note("social-work-caps", `
SOCIAL WORK NOTE   ⟦D|10/30/2088⟧
PT: ⟦N|DARNELL "DJ" OKAFOR-JAMES⟧, 19 YO
MET WITH PT AND GRANDMOTHER ⟦N|BERNADETTE JAMES⟧ RE: DISCHARGE. PT LIVES WITH GRANDMOTHER AT ⟦S|2217 WEST CHALMERS ST, APT 3F⟧, ⟦C|HOLLISTON HEIGHTS⟧. ENROLLED AT ⟦O|TRI-COUNTY TECHNICAL COLLEGE⟧. NO INSURANCE; MEDICAID APPLICATION STARTED, CONFIRMATION ⟦I|MA-4471028⟧.
PROBATION OFFICER MS. ⟦N|VALDERRAMA⟧ ⟦P|(910) 555-0129⟧ NOTIFIED OF ADMISSION WITH PT CONSENT.
REFERRED TO ⟦O|SAFE PASSAGE YOUTH SERVICES⟧ FOR COUNSELING.
⟦N|ESTELLE BRIGHTWATER⟧, LCSW
`);

note("record-date-pcp-short", `
Record date: ⟦D|2069-11-02⟧
Patient: ⟦N|Ferris Quellinger⟧
Clinic: ⟦H|Hollybush Internal Medicine⟧
S: 73M here after ED visit at ⟦H|Dorrance General⟧ on ⟦DAY|Halloween⟧ for chest pain, ruled out. Wife ⟦N|Ottilie⟧ worried.
Lives in ⟦C|Hollybush⟧, volunteer fireman with ⟦O|Hollybush Hose Co. No. 2⟧.
Hx: HTN, HLD, AAA 3.9 cm (US ⟦D|June 2068⟧).
Plan: stress test at ⟦H|Dorrance⟧, repeat AAA US ⟦D|June⟧. Call ⟦P|555-0137⟧ with results. ⟦N|P. Alvarado-Nguyen⟧, NP
`);

note("hospice-lower", `
hospice admission note ⟦D|july 3, 2085⟧
pt ⟦N|ruth ann pettibone⟧, ⟦A|97⟧ yo, end stage dementia, at daughter's home ⟦S|88 cranberry bog rd⟧, ⟦C|south wellfleet⟧.
daughter ⟦N|marjorie⟧ and son-in-law ⟦N|pete⟧ primary caregivers. pastor rev. ⟦N|dana holloway⟧ (⟦O|first congregational of wellfleet⟧).
dnr/molst signed. attending dr ⟦N|kwabena asante⟧. equipment from ⟦O|capeside medical supply⟧. on call line ⟦P|1-800-555-0148⟧.
⟦N|b. tremblay⟧, rn case mgr, ⟦O|outer cape hospice⟧
`);

note("radiology-caps", `
⟦H|MERIDIAN IMAGING OF CASTLETON⟧
EXAM: CT ABDOMEN/PELVIS WITH CONTRAST   ACC# ⟦I|MIC8830917⟧
PATIENT: ⟦N|FAIRCLOTH, ODELL⟧   DOB ⟦D|07/07/1949⟧   EXAM DATE ⟦D|06/02/2071⟧
ORDERING: ⟦N|TRINH, KIM-LIEN⟧ MD
COMPARISON: CT ⟦D|JAN 5, 2070⟧ FROM ⟦H|CASTLETON MERCY⟧.
IMPRESSION: 1. NEW 2.1 CM HYPOENHANCING PANCREATIC HEAD LESION. 2. STABLE RENAL CYSTS.
CRITICAL RESULT CALLED TO DR. ⟦N|TRINH⟧ BY DR. ⟦N|ROLAND ASHWORTH⟧ AT 1612 ON ⟦D|6/2/71⟧, READ BACK.
`);

note("mimic-dc-neuro", `
Name:  ⟦N|Hakobyan, Armen⟧                  Unit No:   ⟦M|72190445⟧
Admission Date:  ⟦D|2155-08-02⟧              Discharge Date:   ⟦D|2155-08-09⟧
Date of Birth:  ⟦D|2090-01-15⟧             Sex:   M
Service: NEUROLOGY
Attending: ⟦N|Beatrix Lowenthal⟧, M.D.
Chief Complaint: L arm weakness, slurred speech
History of Present Illness: 65M, right-handed, ⟦PROF|chef⟧ at ⟦O|Ararat Grill⟧ in ⟦C|Watertown Square⟧, LKW 0900 on ⟦D|8/2⟧. His
coworker ⟦N|Gor⟧ called 911. Taken by ⟦O|Pro Ambulance⟧ to ⟦H|Belmont Ridge Hospital⟧, tPA given, transferred for thrombectomy.
Brief Hospital Course: TICI 2b recanalization of R M2. MRI: small R insular infarct. TTE: no thrombus. 30-day monitor
(Zio serial ⟦DEV|4471-AX-0932⟧). Started apixaban after AF seen on tele ⟦D|8/5⟧.
Discharge Disposition: Extended Care
Facility: ⟦H|Spaulding Cove Rehab⟧
Followup Instructions:
Provider: ⟦N|BEATRIX LOWENTHAL⟧, MD Phone:⟦P|617-555-0431⟧ Date/Time:⟦D|2155-09-14⟧ 1:00
Provider: NEUROLOGY STROKE CLINIC NP ⟦N|OLUWASEUN FALADE⟧ Phone:⟦P|617-555-0432⟧ Date/Time:⟦D|2155-09-14⟧ 1:30
`);

note("letter-peds-school", `
⟦D|August 30th, 2078⟧

Re: ⟦N|Penelope Achebe-Lund⟧, date of birth ⟦D|Jan. 11, 2067⟧

To the school nurse, ⟦O|Wolverton Middle School⟧:

⟦N|Penelope⟧ has type 1 diabetes and uses an Omnipod insulin pump and Dexcom CGM. Please allow her to carry snacks
and check glucose in class. Her parents, ⟦N|Tomas Lund⟧ and ⟦N|Adaeze Achebe⟧, can be reached at ⟦P|(262) 555-0108⟧.
Her diabetes educator is ⟦N|Kirsten Olafsdottir⟧, RN, CDE.

⟦N|Desmond Pryce-Whitaker⟧, MD
⟦H|Lakeshore Children's Diabetes Center⟧, ⟦S|901 Harbor Drive⟧, ⟦C|Port Washburn⟧
`);

note("nursing-med-surg", `
Nursing Note ⟦DAY|Tue⟧ ⟦D|11/5/74⟧ 1930
Pt ⟦N|Cunningham, Arlo⟧ POD1 s/p L TKA. Pain 4/10 on oxy q4h. Ambulated 20 ft w/ PT (⟦N|Shay⟧). Voiding. Dsg c/d/i.
Daughter ⟦N|Meadow⟧ called from ⟦C|Cedar Rapids⟧, updated per pt request. Pt's dog being watched by neighbor Mr. ⟦N|Villanueva⟧.
Plan d/c to ⟦H|Brookhollow Skilled Nursing⟧ tomorrow if cleared. Report to ⟦N|Trudy⟧ RN at 1900. -- ⟦N|Ximena Ruiz-Beltran⟧ RN
`);

note("consult-gi-caps", `
GI CONSULT NOTE   ⟦H|FOXGROVE MEDICAL CENTER⟧   ⟦D|APRIL 4TH, 2092⟧
REQUESTED BY: DR. ⟦N|MAGNUSSEN⟧ (MEDICINE)
PT: ⟦N|PARTHASARATHY, LAKSHMI⟧ 72F   MRN ⟦H|FMC⟧ ⟦M|2208817⟧
REASON: MELENA, HGB 6.8
HPI: ON NAPROXEN FOR OA, PRESCRIBED AT ⟦H|MINUTECLINIC⟧ ON ⟦D|3/20⟧. LAST EGD ⟦D|2089⟧ AT ⟦H|FOXGROVE⟧ BY DR. ⟦N|OYAMA⟧: GASTRITIS. SON ⟦N|VIKRAM⟧ (⟦PROF|ATTORNEY⟧) AT BEDSIDE.
PLAN: PPI GTT, EGD TODAY. CALL GI FELLOW DR. ⟦N|NAKASHIMA-BELL⟧ AT PAGER ⟦P|2-7719⟧.
⟦N|HIROSHI OYAMA⟧, MD
`);

note("ob-delivery", `
Delivery Note   ⟦D|Nov 27th 2091⟧
⟦N|Kateryna Hrytsenko⟧, 29 yo G1P0→G1P1, delivered a liveborn female "⟦N|Baby Girl Hrytsenko⟧" at 0612 via SVD over a 2nd degree lac.
Apgars 8/9, wt 3410 g. Placenta delivered intact. EBL 300.
Attending: Dr. ⟦N|Siobhan McGarrigle⟧. Resident: Dr. ⟦N|Ayodele Bankole⟧. Peds: Dr. ⟦N|Fenn⟧ present.
Partner ⟦N|Oleksandr⟧ at bedside. Cord blood banked with ⟦O|LifeThread Registry⟧, kit # ⟦I|LT-9901-5573⟧.
Pediatrician chosen: ⟦H|Sunbury Pediatric Group⟧. Breastfeeding; lactation (⟦N|Noreen⟧) to see.
`);

note("pt-eval", `
Physical Therapy Evaluation - ⟦H|Kingsbridge Outpatient Rehab⟧
Date: the ⟦D|9th of October, 2080⟧
Referring: ⟦N|Marcus Delgado-Finch⟧, MD
Patient: ⟦N|Rosalind Tiberius⟧, 58 y/o F, ⟦PROF|music teacher⟧ at ⟦O|St. Cuthbert's Academy⟧.
Dx: R adhesive capsulitis. Onset after fall on ice on ⟦DAY|New Year's Day⟧.
Home: 2-story house in ⟦C|Kingsbridge⟧, lives with partner ⟦N|Jo⟧. Goals: play the cello again, reach top shelf.
Plan: 2x/wk x 8 wk. Next appt ⟦D|Oct 16⟧. ⟦N|Hamza El-Amin⟧, PT, DPT
`);

note("record-date-copd-caps", `
RECORD DATE: ⟦D|2066-02-09⟧
⟦H|BRACKENRIDGE PULMONARY ASSOCIATES⟧
PATIENT: ⟦N|HORVATH, ZSOLT⟧
73 YO MAN WITH GOLD 3 COPD, ON HOME O2 2L FROM ⟦O|AIRWELL MEDICAL⟧. HOSPITALIZED AT ⟦H|BRACKENRIDGE REGIONAL⟧ ⟦D|DEC. 28⟧ - ⟦D|JAN. 4⟧ FOR EXACERBATION. NOW WALKING ON TREADMILL AT SILVER SNEAKERS GYM.
SMOKED UNTIL ⟦D|2061⟧. FORMER ⟦PROF|COAL MINER⟧ WITH ⟦O|KESTREL RUN MINING⟧ IN ⟦C|HARLAN FORK⟧.
WIFE ⟦N|ILONA⟧ DIED LAST ⟦D|MARCH⟧; DAUGHTER ⟦N|KATA⟧ LIVES NEARBY ON ⟦S|QUARRY RIDGE RD⟧.
PFT ⟦D|1/30/66⟧: FEV1 38%.
PLAN: TRELEGY, PULM REHAB, PNEUMOVAX. RTC ⟦D|MAY⟧. DR. ⟦N|AUGUSTINE PERELMAN⟧
`);

note("portal-lower-2", `
from: ⟦N|ngozi eze⟧
to: ⟦H|harcourt family medicine⟧ nurse line
date: ⟦D|5/19/2081⟧

hello, this is ⟦N|ngozi⟧ (mom of ⟦N|chiamaka eze⟧ dob ⟦D|3/3/2077⟧). she has had fever 2 days, 102.4 today, pulling at her right ear.
we are visiting my sister ⟦N|uchenna⟧ in ⟦C|greenvale⟧ until ⟦DAY|monday⟧. can dr ⟦N|whitfield⟧ call in amoxicillin to the ⟦O|rite aid⟧ on ⟦S|harmon st⟧? my
number is ⟦P|646 555 0193⟧ or email ⟦E|ngozi.eze77@mailbox.example⟧. thank you
`);

note("case-mgmt", `
Case Management Note - ⟦D|Jun. 6, 2086⟧
Pt: ⟦N|Bartholomew Achterkamp⟧ (MRN ⟦M|3319025⟧), ⟦H|Clearwater Bay Hospital⟧ 7 North
Plan: d/c to ⟦H|Sea Breeze Nursing & Rehabilitation⟧ (bed offer accepted, admissions coordinator ⟦N|Lorraine Fitzhugh⟧
⟦P|727-555-0170 x204⟧). Insurance: ⟦O|Gulfstar Health Plan⟧ member ID ⟦HP|GSH448120937⟧, auth # ⟦I|A-778120⟧ obtained ⟦D|6/5⟧.
Transport: ⟦O|Coastline Medical Transport⟧ at 1300 ⟦D|6/7⟧. Wife ⟦N|Genevieve⟧ aware and agrees.
⟦N|Tamsin Okoro-Blake⟧, RN CM  ext ⟦P|5521⟧
`);

note("ed-caps-trauma", `
TRAUMA ACTIVATION NOTE   ⟦H|GRANITE PEAK LEVEL I TRAUMA CENTER⟧   ⟦D|10-JUL-2079⟧
PT: UNKNOWN MALE "TRAUMA ZULU", LATER IDENTIFIED AS ⟦N|JEDEDIAH MCKINNEY⟧ BY DRIVER LICENSE ⟦I|S530-4419-8812⟧.
MVC ON ⟦LO|I-93⟧ NEAR EXIT 14 (⟦C|NORTH HADLEY⟧). BROUGHT BY ⟦O|LIFEFLIGHT NORTH⟧. PASSENGER ⟦N|CHERYL MCKINNEY⟧ TAKEN TO ⟦H|HADLEY COMMUNITY HOSPITAL⟧.
SURGEON: DR. ⟦N|OKONJO⟧. EM: DR. ⟦N|BRENNAN-SZABO⟧. GCS 14. FAST NEG. CT: L RIB FX 4-7, SMALL PTX.
CHEST TUBE PLACED. ADMIT TSICU. NOK: MOTHER ⟦N|IRMA MCKINNEY⟧ ⟦P|603-555-0114⟧.
`);

note("letter-reply-caps", `
⟦H|HALDANE ONCOLOGY GROUP⟧
⟦S|15 FOUNDRY SQUARE⟧, ⟦C|HALDANE⟧, ⟦STATE|OR⟧ ⟦Z|97412⟧
TEL ⟦P|541.555.0166⟧   FAX ⟦F|541.555.0167⟧

⟦D|OCTOBER 3RD, 2073⟧

DR. ⟦N|WILHELMINA OSTROVSKY⟧
⟦H|BLUE HERON FAMILY MEDICINE⟧
⟦S|PO BOX 77⟧, ⟦C|NESKOWIN BAY⟧, ⟦STATE|OR⟧ ⟦Z|97149⟧

RE: ⟦N|EAMON MACGILLIVRAY⟧, DOB ⟦D|02/29/2012⟧

DEAR ⟦N|WILHELMINA⟧,
I SAW MR. ⟦N|MACGILLIVRAY⟧ ON ⟦D|SEPTEMBER 28TH⟧. PET/CT SHOWS STAGE IIIA NSCLC. HE WILL START CHEMORADIATION WITH DR. ⟦N|ABIODUN⟧ AT ⟦H|HALDANE RADIATION ONCOLOGY⟧ ON ⟦D|OCT. 10⟧. HIS WIFE ⟦N|FENELLA⟧ ASKED THAT UPDATES GO TO HER AT ⟦E|FENELLA.MACG@COASTNET.EXAMPLE⟧.
WITH THANKS,
⟦N|CORNELIA VAN HOUTEN⟧, MD
CC: ⟦N|EAMON MACGILLIVRAY⟧
`);

note("progress-lower-signout", `
icu signout ⟦D|2/2⟧ night - from dr ⟦N|mcnair⟧ to dr ⟦N|o'shaughnessy⟧
bed 3 ⟦N|kowalski, irena⟧ 81f sepsis/uti, on levo 0.05, wean. dtr ⟦N|basia⟧ hcp ⟦P|555-0184⟧.
bed 7 ⟦N|achterberg, joost⟧ 55m dka, gap closed, transition to sq in am. endo dr. ⟦N|ferreira-lam⟧ aware.
bed 9 ⟦N|ngata, wiremu⟧ 47m etoh w/d, ciwa q1h. wife ⟦N|aroha⟧ asks for call if worse ⟦P|(208) 555-0145⟧.
`);

write();
