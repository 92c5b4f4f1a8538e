// Why this file exists: builds test/fixtures/clinical-notes-19.jsonl, a nineteenth labelled set of clinical notes
// written by hand in stop 31 to measure the tree blind: written without reading the name detector (assembly/, src/),
// docs/names-rounds.md or the test tables (fixture 18's generator and test and docs/clinical-fixtures.md were read for
// the form and the labels), in the styles of the i2b2 de-identification notes and with their PHI density: i2b2-style
// discharge summaries (record headers, "DICTATED BY", "DD/DT", "cc:" lines), longitudinal outpatient records ("Record
// date:"), cardiology reports (cath, echo, Holter, a cardiology clinic letter), radiology (MRI, CT, mammography with
// comparison dates), surgical pathology, an endoscopy report, a sleep study, pulmonary function tests, consults
// (neurology, ID, geriatrics, nephrology), referral letters and clinic letters with "Dear Dr." and cc lists, ED notes,
// nursing notes, phone encounters, a transfer note between hospitals, an operative note, a psychiatric admission with a
// social history (employers, church, school, union), rehab and hospice notes, a paediatric well visit, an occupational
// health visit, anticoagulation and home-health calls, a death summary and an addiction-medicine intake; 15 notes in
// ALL CAPS and 5 in lower case.
// PHI forms sought, those fixtures 1-18 hold least: hospitals as staff write them (short forms, initialisms, "the VA",
// "St. X's", campus names, "X General", "X Memorial", a hospital with its campus after a dash or in parentheses, ward
// names left out); names as "LAST, FIRST M.", "Last, First", initials ("JRT/mk"), e-signatures ("Electronically
// signed by:"), cc lists, "Dear Dr. X:"; organisations as employers, insurers, schools, churches, pharmacies, agencies
// and unions; dates as "2094-03-17", "03/17/2094", "17 February 2090", "April 3rd, 2092", "3/17", "fall 2091" (the year labelled), "'89",
// "01.04.1941", "Jul-03-2093"; ages over 89 as "91-YEAR-OLD", "91 y/o", "aged 96", "NINETY-ONE", "AGE 94";
// IDs as accession, case, encounter, claim, policy, group, member and lab numbers; phones with extensions and pagers.
// Labelling follows fixtures 11-18: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are no PHI; clinicians' and
// transcriptionists' initials are PHI; titles, degrees and cue words stay outside the name; room, bed and ward codes and
// departments are left unlabelled; nursing homes, SNFs, rehab hospitals, clinics with a place name, VA clinics are
// HOSPITAL; companies, insurers, schools, churches, pharmacies, agencies and unions are ORGANIZATION; counties and
// regions are LOCATION-OTHER; MRNs and medical record numbers are MRN; member, policy and group numbers HEALTHPLAN;
// accession, case, encounter, claim and lab numbers ID; serials and lots DEVICE; pagers and extensions PHONE.
// Every person, street, hospital and number is invented here (a few towns and national firms are real names used as
// such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-18 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-19.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-19.jsonl", "make-clinical-fixture-19");

note("dc-summary-caps", `
⟦M|4417820⟧ | ⟦H|FHMC⟧ | ⟦I|88201374⟧ | | ⟦I|0921184⟧ | ⟦D|03/14/2094⟧ 12:00:00 AM | CHF EXACERBATION | SIGNED | DIS | ADMISSION DATE: ⟦D|03/14/2094⟧ REPORT STATUS: SIGNED
DISCHARGE DATE: ⟦D|03/21/2094⟧
PATIENT: ⟦N|WHITLOCK, AUGUSTINE P.⟧
ATTENDING: ⟦N|RAMANATHAN, PRIYA⟧, M.D.
HISTORY OF PRESENT ILLNESS: MR. ⟦N|WHITLOCK⟧ IS A ⟦A|91⟧-YEAR-OLD MAN WITH ISCHEMIC CARDIOMYOPATHY (EF 20% ON ECHO ⟦D|11/93⟧ AT ⟦H|ST. BRENDAN'S⟧), CRI, AND AF ON COUMADIN, WHO PRESENTS FROM ⟦H|MAPLE KNOLL MANOR⟧ WITH 10 LBS WEIGHT GAIN. HE WAS LAST ADMITTED HERE ⟦D|JANUARY 2094⟧ UNDER DR. ⟦N|FENWICK⟧. HIS DAUGHTER ⟦N|CLARICE OYELOWO⟧ NOTED INCREASED LE EDEMA OVER THE WEEKEND.
HOSPITAL COURSE: DIURESED WITH IV LASIX, NET NEGATIVE 6 L. CARDIOLOGY (DR. ⟦N|ABERCROMBIE⟧) FOLLOWED. CREATININE PEAKED AT 2.4 ON ⟦D|3/17⟧ AND RETURNED TO 1.9 BY ⟦D|3/20⟧. INR SUPRATHERAPEUTIC AT 4.1 ON ADMISSION, COUMADIN HELD X2.
DISPOSITION: BACK TO ⟦H|MAPLE KNOLL⟧. FOLLOW UP WITH DR. ⟦N|FENWICK⟧ IN ⟦H|FHMC⟧ CARDIOLOGY CLINIC ON ⟦D|4/2/94⟧ AT 10:30 AM, ⟦P|(413) 555-0142⟧. INR CHECK AT ⟦O|QUEST⟧ ON ⟦D|3/24⟧.
DICTATED BY: ⟦N|LEVANDOWSKI, TOMASZ⟧, M.D. ⟦N|TL⟧/⟦N|GRV⟧
ATTENDING: ⟦N|PRIYA RAMANATHAN⟧, M.D.
DD: ⟦D|03/21/94⟧ DT: ⟦D|03/22/94⟧ JOB #: ⟦I|40218⟧
CC: ⟦N|HAROLD FENWICK⟧, M.D., ⟦H|FAIRHAVEN MEDICAL ASSOCIATES⟧; ⟦H|MAPLE KNOLL MANOR⟧ FAX ⟦F|(413) 555-0177⟧
`);

note("cath-report", `
Cardiac Catheterization Report — ⟦H|Lindell Heart Institute⟧ at ⟦H|Pell Memorial⟧, Cath Lab 2
Patient: ⟦N|Dorsey, Lucinda M⟧     MRN: ⟦M|0093-118-42⟧     Procedure date: ⟦D|2091-08-09⟧     Acct: ⟦I|V00041178213⟧
Referring: ⟦N|Ignatius Poole⟧, MD (⟦H|Cedar Bluff Family Medicine⟧)     Operator: ⟦N|Bashir Al-Khoury⟧, MD     Fellow: ⟦N|M. Ostrowska⟧, MD
Indication: 67 yo woman with exertional chest pressure since ⟦D|June⟧, positive nuclear stress at ⟦H|Pell⟧ ⟦D|7/28/91⟧ (anterior ischemia, ~12% myocardium).
Access: R radial 6F. Findings: LM normal. LAD 90% proximal, D1 50%. LCx non-dominant, minor irregularities. RCA dominant, 40% mid.
Intervention: PCI of proximal LAD with Synergy 3.0 x 20 mm DES (lot ⟦DEV|0029481757⟧). TIMI 3 flow. No complications.
Plan: DAPT ASA + ticagrelor x 12 months. Cardiac rehab at ⟦H|Pell Memorial - Westgate campus⟧. She asked that results be sent to her sister ⟦N|Octavia Dorsey⟧, an RN at ⟦H|Queen of Angels⟧.
Electronically signed by: ⟦N|Bashir Al-Khoury⟧, MD ⟦D|08/09/2091⟧ 16:42
cc: ⟦N|Ignatius Poole⟧, MD; ⟦N|Ruth Anne Kessler⟧, NP (CHF clinic)
`);

note("echo-caps", `
⟦H|NORTHGATE GENERAL HOSPITAL⟧ - ECHOCARDIOGRAPHY LABORATORY
TRANSTHORACIC ECHOCARDIOGRAM REPORT
NAME: ⟦N|QUINTERO-MAYS, ROSALIND⟧      MR#: ⟦M|2281904⟧      DOB: ⟦D|05/02/2001⟧      AGE: ⟦A|93⟧
STUDY DATE: ⟦D|11-JUN-2094⟧    LOCATION: 6 NORTH RM 614    ACC#: ⟦I|EC94-006172⟧
ORDERING MD: ⟦N|T. VANTERPOOL⟧      READING MD: ⟦N|HELENA STRAND-BYRNE⟧, MD
INDICATION: SYNCOPE. COMPARED WITH PRIOR STUDY AT ⟦H|NGH⟧ DATED ⟦D|02/2092⟧ AND OUTSIDE STUDY FROM ⟦H|ST. OLAF'S⟧ (⟦D|SEPT 2093⟧).
FINDINGS: SEVERE CALCIFIC AORTIC STENOSIS, PEAK VELOCITY 4.6 M/S, MEAN GRADIENT 52 MMHG, AVA 0.6 CM2. LVEF 55-60%. MILD MR.
CONCLUSION: SEVERE AS, PROGRESSED SINCE ⟦D|2092⟧. RESULTS CALLED TO DR. ⟦N|VANTERPOOL⟧ AT PAGER ⟦P|3318⟧ ON ⟦D|6/11⟧ AT 14:05.
TAVR EVALUATION REFERRAL TO ⟦H|UNIVERSITY HOSPITAL⟧ STRUCTURAL HEART CLINIC, ⟦P|(608) 555-0193⟧.
`);

note("mri-report", `
⟦H|Bellhaven Imaging Center⟧          Exam: MRI Brain w/wo contrast          Accession: ⟦I|BIC2093-0448812⟧
Patient: ⟦N|Fitzgerald, Hollis J.⟧   MRN ⟦M|H0881274⟧   DOB ⟦D|2/9/1958⟧   Exam date: ⟦D|Oct 14 2093⟧
Referring physician: Dr. ⟦N|Noor Chaudhry-Lindqvist⟧, ⟦H|Riverside Neurology Associates⟧, ⟦S|220 Canal Street⟧, Suite 4, ⟦C|Amesbury⟧ ⟦STATE|MA⟧ ⟦Z|01913⟧
Clinical history: New-onset seizure ⟦D|10/02⟧. Outside CT from ⟦H|Anna Jaques⟧ ED ⟦D|10/2/93⟧ reportedly normal.
Comparison: MRI ⟦D|03/2089⟧ (⟦H|Beth Shalom⟧, images reviewed on PACS import).
Findings: 2.1 cm enhancing lesion in the left frontal lobe with surrounding vasogenic edema, new since ⟦D|2089⟧. No hemorrhage. Ventricles normal.
Impression: Enhancing left frontal mass; differential includes high-grade glioma vs metastasis. Recommend neurosurgical consultation.
Findings discussed by phone with Dr. ⟦N|Chaudhry-Lindqvist⟧'s nurse ⟦N|Gretchen⟧ at 15:20 on ⟦D|10/14⟧.
Interpreted by: ⟦N|Wendell K. Amadi⟧, MD    Transcribed: ⟦N|rmb⟧    ⟦D|10/14/2093⟧
`);

note("path-caps", `
SURGICAL PATHOLOGY REPORT     ⟦H|MERIDIAN VALLEY MEDICAL CENTER⟧ - DEPARTMENT OF PATHOLOGY
CASE: ⟦I|S94-22817⟧        RECEIVED: ⟦D|09/03/94⟧        REPORTED: ⟦D|09/08/94⟧
PATIENT: ⟦N|OKONKWO, BEATRICE A⟧     MRN: ⟦M|55-20-7713⟧     DOB: ⟦D|12/19/1952⟧
SUBMITTING PHYSICIAN: ⟦N|DESMOND R. HALLORAN⟧, MD     LOCATION: AMB SURG CTR, ⟦H|MVMC EAST⟧
CLINICAL HISTORY: RIGHT BREAST MASS 2:00, BI-RADS 5 ON MAMMOGRAM ⟦D|8/22/94⟧ AT ⟦H|WOMEN'S IMAGING OF ELK RIVER⟧. CORE BX ⟦D|8/26⟧ (⟦I|BX94-1190⟧) SHOWED IDC.
SPECIMEN: A. RIGHT BREAST, LUMPECTOMY. B. SENTINEL LYMPH NODE #1.
DIAGNOSIS: A. INVASIVE DUCTAL CARCINOMA, GRADE 2, 1.8 CM. MARGINS NEGATIVE (CLOSEST 3 MM, SUPERIOR). B. ONE LYMPH NODE NEGATIVE FOR CARCINOMA (0/1).
ER POSITIVE (95%), PR POSITIVE (60%), HER2 EQUIVOCAL (2+) BY IHC - FISH SENT TO ⟦O|NEOGENOMICS⟧ (REF ⟦I|NG-4471902⟧).
INTRADEPARTMENTAL CONSULTATION: DR. ⟦N|P. SZYMANSKI⟧ AGREES.
PATHOLOGIST: ⟦N|IFEOMA CHUKWU-ADLER⟧, MD    ⟦N|ICA⟧/⟦N|DW⟧    ELECTRONICALLY SIGNED ⟦D|09/08/94⟧
`);

note("neuro-consult", `
Neurology Consultation                         ⟦H|St. Cuthbert's Hospital⟧, 5 West
Date of consult: ⟦D|April 3rd, 2092⟧       Requested by: Dr. ⟦N|Maybury⟧ (hospitalist)       Reason: confusion, ?seizure
HPI: Mr. ⟦N|Anselm Grady⟧ is a 78 year old retired ⟦PROF|machinist⟧ (⟦O|Pratt & Whitney⟧, 34 years) with PD dx ⟦D|2085⟧, followed by Dr. ⟦N|Solveig Haraldsen⟧ at ⟦H|Lahey⟧ until she retired; since then seen at the ⟦H|VA⟧ in ⟦C|Bedford⟧ by Dr. ⟦N|Kwame Mensah-Barrett⟧. Brought in from his home in ⟦C|Billerica⟧ by his son ⟦N|Declan⟧ after 2 days of fluctuating confusion and visual hallucinations ("little people in the kitchen").
Meds: carbidopa/levodopa 25/100 1.5 tab QID, recently increased on ⟦D|3/20⟧; amantadine started late ⟦D|February⟧ by the ⟦H|VA⟧.
Exam: inattentive, oriented to self only. Resting tremor R>L, cogwheel rigidity. No focal weakness.
Data: EEG ⟦D|4/2⟧ diffuse slowing, no epileptiform discharges. CT head no acute process.
Assessment: delirium, likely medication-related (amantadine) superimposed on possible PD dementia.
Rec: stop amantadine; hold off on antipsychotics (if needed, quetiapine 12.5 mg only). Will call Dr. ⟦N|Mensah-Barrett⟧ at ⟦P|781-555-0112 x 4471⟧.
⟦N|Genevieve Tran-Oduya⟧, MD, Neurology   pager ⟦P|617-555-0188⟧
`);

note("referral-letter", `
⟦H|Westbrook Orthopaedic & Spine⟧
⟦S|1450 Hollister Avenue⟧, Suite 300
⟦C|Santa Rosa⟧, ⟦STATE|CA⟧ ⟦Z|95403⟧
Tel ⟦P|707.555.0161⟧   Fax ⟦F|707.555.0162⟧

⟦D|January 8, 2093⟧

⟦N|Marguerite Okafor⟧, MD
⟦H|Sonoma Valley Internal Medicine⟧
⟦S|88 Arnold Drive⟧
⟦C|Glen Ellen⟧, ⟦STATE|CA⟧ ⟦Z|95442⟧

RE: ⟦N|Thaddeus Brandvold⟧     DOB: ⟦D|07/14/1949⟧     Our #: ⟦M|WOS-220197⟧

Dear Dr. ⟦N|Okafor⟧:

Thank you for referring Mr. ⟦N|Brandvold⟧, whom I saw on ⟦D|January 6⟧ for right knee pain. He is a 73-year-old retired ⟦PROF|vintner⟧ who still works part-time at ⟦O|Hollow Oak Cellars⟧. X-rays today show severe medial compartment OA. He had an injection at ⟦H|Kaiser Santa Rosa⟧ in fall ⟦D|2091⟧ with 3 months of relief.

We discussed total knee arthroplasty and he would like to proceed after his daughter's wedding in ⟦C|Healdsburg⟧ on ⟦D|May 20th⟧. Surgery will be at ⟦H|Memorial⟧ (the ⟦H|Providence⟧ campus on ⟦S|Montgomery Dr⟧). He has Medicare with a ⟦O|Blue Shield⟧ supplement (ID ⟦HP|XEB884120031⟧). Pre-op clearance from you would be appreciated.

Sincerely,

⟦N|Rafael Iturbide-Shaw⟧, MD
cc: ⟦N|Thaddeus Brandvold⟧; ⟦N|Kenji Watanabe⟧, PT, ⟦O|Redwood Physical Therapy⟧
`);

note("clinic-letter-patient", `
⟦H|Harrowgate Dermatology⟧ · ⟦S|3 Pemberton Square⟧ · ⟦C|Concord⟧, ⟦STATE|NH⟧ ⟦Z|03301⟧ · ⟦P|603-555-0145⟧

⟦D|17 February 2090⟧

Ms. ⟦N|Delphine Archambault⟧
⟦S|19 Birch Hollow Road⟧
⟦C|Hopkinton⟧, ⟦STATE|NH⟧ ⟦Z|03229⟧

Dear Ms. ⟦N|Archambault⟧,

I am writing with the results of the biopsy taken from your left upper back at your visit on ⟦D|February 9⟧. The pathology (⟦O|Dartmouth Pathology Services⟧, case ⟦I|DPS-90-11873⟧) shows a mildly atypical nevus. This is not a melanoma. Because of your family history (your mother, ⟦N|Yvette⟧, had melanoma at age 50), I recommend a re-excision with narrow margins, which we can do in the office.

Please call ⟦N|Bernadette⟧ at our front desk to schedule; we have openings on ⟦DAY|Thursday⟧ mornings in ⟦D|March⟧. Your insurance (⟦O|Harvard Pilgrim⟧) does not require a referral for this.

With best wishes,
⟦N|Cornelius A. Whitfield⟧, MD, FAAD
cc: ⟦N|Lydia Szabo⟧, APRN, ⟦H|Concord Hospital Family Health Center - Hillsboro⟧
`);

note("ed-note-caps", `
⟦H|MERCY SOUTH⟧ EMERGENCY DEPARTMENT PHYSICIAN RECORD
PT NAME: ⟦N|LAFLEUR, JEAN-BAPTISTE⟧   MRN: ⟦M|M00284413⟧   CSN: ⟦I|3300918821⟧   ARRIVAL: ⟦D|12/24/91⟧ 02:14
TRIAGE NOTE: ⟦A|90⟧ Y/O M BIBA FROM ⟦H|GREENFIELD ASSISTED LIVING⟧ (⟦S|4100 S. TELEGRAPH RD⟧) AFTER UNWITNESSED FALL. ON ELIQUIS.
HPI: PT STATES HE "SLIPPED GOING TO THE BATHROOM." NO LOC PER STAFF AIDE ⟦N|TAMIKA⟧. DAUGHTER-IN-LAW ⟦N|MONIQUE LAFLEUR⟧ (HCP) AT ⟦P|248-555-0138⟧ AWARE. PRIOR HIP FRACTURE REPAIRED AT ⟦H|BEAUMONT ROYAL OAK⟧ ⟦D|2088⟧.
EXAM: 3 CM LAC R OCCIPUT, NO HEMATOMA. C-SPINE NONTENDER. R HIP FROM.
CT HEAD/C-SPINE: NO ACUTE. LAC REPAIRED, 4 STAPLES.
DISPO: BACK TO FACILITY. STAPLES OUT IN 7 DAYS BY PCP DR. ⟦N|ASHWORTH⟧ (⟦H|OAKLAND PRIMARY CARE - PONTIAC⟧). ⟦DAY|CHRISTMAS EVE⟧ - FACILITY NURSE ⟦N|J. KOWALCZYK⟧ GIVEN REPORT BY PHONE ⟦P|(248) 555-0150 EXT 22⟧.
ATTENDING: ⟦N|OLUWASEUN BRAITHWAITE⟧, DO    SCRIBE: ⟦N|K. MADDOX⟧
`);

note("nursing-lower", `
nursing progress note ⟦D|2/5/93⟧ 1900-0700   ⟦H|wellesley general⟧ 4 south rm 412
pt mrs. ⟦N|agnes pettibone⟧ alert, pleasantly confused overnight, reoriented x3. ⟦A|95⟧ yo, fall risk - bed alarm on, sitter requested from staffing (⟦N|denise⟧ in nursing office said none available until 0300).
vs stable. o2 2l nc sats 94%. voided x2. ate 50% of snack. skin: stage 2 to coccyx, mepilex changed.
daughter ⟦N|ruth pettibone-hale⟧ called at 2130 from ⟦C|framingham⟧, updated. asked that the priest from ⟦O|st. bridget's parish⟧ visit in am, paged pastoral care (fr. ⟦N|okoro⟧ on call, pgr ⟦P|5521⟧).
0200 pt attempted oob, found sitting edge of bed, no fall. md on call dr. ⟦N|yusupova⟧ aware, no new orders.
0600 labs drawn. plan d/c to ⟦H|wingate at needham⟧ when bed available, cm ⟦N|phyllis⟧ following.
⟦N|k. arsenault⟧, rn
`);

note("phone-lower", `
telephone encounter   ⟦D|06/02/2095⟧ 10:12   ⟦H|tri-county family health - dover⟧
caller: ⟦N|hector villanueva⟧ (pt's husband) re: pt ⟦N|esperanza villanueva⟧, dob ⟦D|3/3/1961⟧
reason: pt has had diarrhea x4 days since returning from ⟦C|cancun⟧ on ⟦D|5/29⟧. no blood, no fever. drinking ok. on metformin.
advised: hold metformin while diarrhea, oral rehydration, call back or go to ⟦H|bayhealth kent⟧ ed if blood in stool, fever > 101, or dizziness. stool studies ordered, can drop off at ⟦O|labcorp⟧ on ⟦S|s. governors ave⟧.
husband asked for a work note for pt for ⟦O|dover downs⟧ (she works in ⟦PROF|housekeeping⟧) for ⟦D|6/1⟧-⟦D|6/4⟧. routed to dr. ⟦N|achterberg⟧.
callback # ⟦P|302-555-0104⟧. pharmacy ⟦O|cvs⟧ on ⟦S|forrest ave⟧.
⟦N|lmn⟧, rn / reviewed ⟦N|n. achterberg⟧ md ⟦D|6/2⟧
`);

note("record-date-visit", `
Record date: ⟦D|2088-09-27⟧

⟦H|Harbor Point Health Center⟧
Internal Medicine

Patient: ⟦N|Ezekiel Marchbanks⟧       #⟦M|7719302⟧

Mr. ⟦N|Marchbanks⟧ returns for f/u of DM2, HTN, hyperlipidemia. Last seen ⟦D|6/88⟧. He had a retinal exam at ⟦H|Lighthouse Eye⟧ on ⟦D|9/2⟧ - no retinopathy per letter from Dr. ⟦N|Vasquez-Ortolani⟧. He started a new job as a ⟦PROF|driver⟧ for ⟦O|Coastline Transit Authority⟧ in ⟦D|August⟧ and is now working split shifts, which he says makes it hard to eat regularly. His wife ⟦N|Althea⟧ has been packing lunches.
A1c today 8.4 (7.6 in ⟦D|June⟧). BP 142/88. LDL 118.
He also asks about his brother ⟦N|Lamont⟧, who was just diagnosed with colon cancer at age 52 at ⟦H|Mass General⟧.
Plan: increase metformin to 1000 bid, add empagliflozin. Colonoscopy referral to ⟦H|HPHC⟧ GI (Dr. ⟦N|Fairweather⟧). Flu shot given, lot ⟦DEV|UJ449AA⟧. CDL medical exam form completed for ⟦O|DOT⟧.
RTC 3 months.
_____________________
⟦N|Cynthia Abernathy-Moss⟧, M.D.
`);

note("record-date-visit-2", `
Record date: ⟦D|2089-01-04⟧

Internal Medicine - ⟦H|HPHC⟧ Follow-up

⟦N|Ezekiel Marchbanks⟧ is seen today for DM2 and new complaint of L foot ulcer. He was seen at ⟦H|South Shore Urgent Care⟧ in ⟦C|Weymouth⟧ over ⟦DAY|New Year's⟧ weekend and given Keflex. Colonoscopy ⟦D|11/14/88⟧ with Dr. ⟦N|Fairweather⟧: 2 tubular adenomas, repeat in 3 years (⟦D|2091⟧).
He was put on light duty at ⟦O|CTA⟧ after the ulcer; supervisor Mr. ⟦N|Delgado⟧ needs a form. Union rep from ⟦O|ATU Local 589⟧ also called our office.
Exam: 1.5 cm ulcer plantar L 1st MTP, probes to tendon? No crepitus. DP pulses diminished.
A/P: Diabetic foot ulcer, r/o osteo - XR today, podiatry urgent referral to Dr. ⟦N|Imelda Sayre-Nakamura⟧ at ⟦H|South Shore Hospital⟧ wound center, ⟦P|781-555-0174⟧. A1c 7.9.
⟦N|Cynthia Abernathy-Moss⟧, M.D.   ⟦N|CAM⟧/⟦N|jrt⟧
`);

note("transfer-caps", `
INTERFACILITY TRANSFER NOTE - ⟦H|ST. AGATHA'S⟧ ICU TO ⟦H|UNIVERSITY OF VERMONT MEDICAL CENTER⟧ (⟦H|UVMMC⟧)
DATE: ⟦D|08-22-2096⟧  TIME: 1615
PATIENT: ⟦N|BOUCHARD, LOUIS-PHILIPPE⟧   DOB ⟦D|1/30/1960⟧   MRN ⟦M|SA-0338210⟧
ACCEPTING: DR. ⟦N|MIRIAM ESTERHAZY⟧, NEUROSURGERY, VIA TRANSFER CENTER (⟦P|802-555-0100⟧), REF # ⟦I|TC-96-82214⟧
REASON: SAH, HUNT-HESS 3, NEEDS ANGIO/COILING NOT AVAILABLE HERE.
HPI: FOUND DOWN BY COWORKER AT ⟦O|GREEN MOUNTAIN POWER⟧ SUBSTATION ON ⟦S|ROUTE 7⟧ IN ⟦C|FERRISBURGH⟧ THIS AM. CT HERE SHOWS DIFFUSE SAH. PRIOR CARE AT ⟦H|PORTER⟧ (⟦C|MIDDLEBURY⟧).
MODE: ⟦O|DHART⟧ ROTOR-WING, ETA 1730. SENT: CT DISC, MAR, LAST VS. WIFE ⟦N|SYLVIE⟧ DRIVING TO ⟦C|BURLINGTON⟧, CELL ⟦P|802-555-0131⟧.
SENDING MD: ⟦N|R. DELACROIX-HUNT⟧, MD   RN REPORT ⟦N|AMBER COLLINGWOOD⟧ TO ⟦N|JOSH⟧ ON SICU
`);

note("op-note-caps", `
OPERATIVE REPORT
⟦H|CALLOWAY COUNTY HOSPITAL⟧     ⟦C|MURRAY⟧, ⟦STATE|KY⟧
PATIENT: ⟦N|PEMBERTON, GRACE ELLEN⟧        MR # ⟦M|000447281⟧        DATE OF SURGERY: ⟦D|10/11/2093⟧
SURGEON: ⟦N|ALISTAIR NGUYEN-FORSYTHE⟧, M.D.     ASSISTANT: ⟦N|DEVON MCCRARY⟧, PA-C     ANESTHESIA: ⟦N|L. ABIODUN⟧, CRNA
PREOPERATIVE DIAGNOSIS: SYMPTOMATIC CHOLELITHIASIS.
PROCEDURE: LAPAROSCOPIC CHOLECYSTECTOMY WITH INTRAOPERATIVE CHOLANGIOGRAM.
INDICATIONS: THIS ⟦A|NINETY-ONE⟧-YEAR-OLD WOMAN, REFERRED BY DR. ⟦N|HOLLOWAY⟧ OF ⟦H|MAYFIELD CLINIC⟧, HAD 3 EPISODES OF BILIARY COLIC SINCE ⟦D|JULY⟧, THE LAST REQUIRING ADMISSION TO ⟦H|JACKSON PURCHASE⟧ ON ⟦D|SEPTEMBER 28⟧. SHE LIVES INDEPENDENTLY AND WISHED TO PROCEED.
DESCRIPTION: ... CRITICAL VIEW OF SAFETY OBTAINED. CHOLANGIOGRAM NORMAL. GALLBLADDER REMOVED IN ENDOCATCH BAG.
EBL MINIMAL. SPECIMEN TO PATHOLOGY. SHE WAS TAKEN TO PACU IN STABLE CONDITION. I SPOKE WITH HER NEPHEW ⟦N|WARREN PEMBERTON⟧ AFTERWARD.
⟦N|ANF⟧:⟦N|SLW⟧  D: ⟦D|10/11/93⟧ T: ⟦D|10/12/93⟧  DOC # ⟦I|1182047⟧
`);

note("psych-admit", `
Psychiatric Admission H&P — ⟦H|Briarwood Behavioral Health⟧, Adult Unit B       Admit: ⟦DAY|Sun⟧ ⟦D|5/4/97⟧ (legal status: Section 12)
Identifying data: ⟦N|Colm Fitzmaurice⟧, 34 y/o single male, ⟦PROF|graduate student⟧ in chemistry at ⟦O|Tufts⟧, living in ⟦C|Somerville⟧ with two roommates, transferred from ⟦H|CHA Cambridge⟧ ED after 2 days boarding.
HPI: Roommate ⟦N|Priyanka⟧ called ⟦O|Somerville PD⟧ on ⟦D|5/2⟧ when pt barricaded himself in his room, convinced his advisor Prof. ⟦N|Hildegard Voss⟧ was "broadcasting" his thoughts through the lab's fume hoods.
Past psych hx: one prior admission at ⟦H|Wendover⟧ ⟦D|2093⟧ (first-break psychosis), followed by Dr. ⟦N|Anjali Deshmukh⟧ at ⟦O|Cambridge Health Alliance⟧ outpatient; lost to f/u in ⟦D|2095⟧ when he lost his ⟦O|MassHealth⟧.
Social hx: grew up in ⟦C|Galway⟧, ⟦COUNTRY|Ireland⟧, came to the US in ⟦D|2090⟧ for college at ⟦O|Boston College⟧. Parents ⟦N|Seamus⟧ and ⟦N|Brid⟧ in ⟦COUNTRY|Ireland⟧, reached via WhatsApp. Attends ⟦O|St. Clement Eucharistic Shrine⟧ occasionally. Works weekends at ⟦O|Porter Square Books⟧.
MSE: disheveled, guarded, paranoid delusions, denies SI/HI, denies AH.
Plan: risperidone 1 mg bid; collateral from Dr. ⟦N|Deshmukh⟧ (⟦P|617-555-0157⟧); SW to assist with MassHealth reapplication; notify ⟦O|Tufts⟧ Dean of Students per pt's consent only.
⟦N|Obadiah Kessler-Wynn⟧, MD, attending psychiatrist
`);

note("rehab-dc", `
⟦H|Whitmore Rehabilitation Hospital⟧ — Discharge Summary
Patient: ⟦N|Sorensen, Margit⟧ | DOB ⟦D|01.04.1941⟧ | Admit ⟦D|2092-02-11⟧ | Discharge ⟦D|2092-03-02⟧ | Rehab MD: Dr. ⟦N|F. Abernethy⟧
Admitted from ⟦H|Lakeview Regional⟧ (⟦C|Coeur d'Alene⟧) after L MCA stroke on ⟦D|2/4⟧ treated with tPA. Course complicated by UTI (⟦D|2/17⟧), treated with nitrofurantoin.
FIM: admission 52 → discharge 88. Ambulates 150 ft with hemiwalker and CGA. Moderate expressive aphasia improving.
Discharge to home with husband ⟦N|Arne⟧ at ⟦S|711 Sherman Ave⟧, ⟦C|Coeur d'Alene⟧; first-floor setup done by son ⟦N|Erik Sorensen⟧ (works at ⟦O|Kootenai Electric⟧).
Services: home PT/OT/SLP through ⟦O|Heritage Home Health⟧ (start ⟦D|3/4⟧), outpatient SLP later at ⟦H|Kootenai Health⟧. DME from ⟦O|NW Medical Supply⟧ — hemiwalker, shower chair.
Follow-up: neurology Dr. ⟦N|Jovanovic⟧ ⟦D|3/18⟧; PCP Dr. ⟦N|Beaulieu⟧ within 1 week; stroke clinic at ⟦H|Sacred Heart⟧ in ⟦C|Spokane⟧ ⟦D|April⟧.
⟦N|Felicity Abernethy⟧, DO   dictated ⟦D|3/2/92⟧ by ⟦N|FA⟧, transcribed by ⟦N|MTQ⟧
`);

note("onc-letter", `
⟦H|Cranmore Cancer Center⟧ at ⟦H|Saint Ignatius Medical Center⟧
Division of Hematology/Oncology

⟦D|December 2, 2094⟧

Re: ⟦N|Pruett, Winifred⟧     MRN ⟦M|SIMC-88120⟧     DOB ⟦D|4/21/1940⟧

Dear Dr. ⟦N|Tamsin Greeley⟧ and Dr. ⟦N|Oyelaran⟧,

I saw your patient Mrs. ⟦N|Pruett⟧ in follow-up today for stage IIIA NSCLC. She completed concurrent chemoradiation (carboplatin/paclitaxel with 60 Gy at ⟦H|Cranmore⟧'s ⟦C|Fairlawn⟧ satellite) on ⟦D|9/30⟧ and started durvalumab on ⟦D|10/21/94⟧. CT chest ⟦D|11/28⟧ shows partial response. She has grade 1 pneumonitis, no steroids needed.

She lives with her daughter ⟦N|Harriet⟧ in ⟦C|Cuyahoga Falls⟧ and drives herself to infusions. She volunteers at ⟦O|Akron-Canton Regional Foodbank⟧ on ⟦DAY|Tuesdays⟧. Her husband was treated here in ⟦D|'89⟧.

Next infusion ⟦D|12/16⟧; restaging CT in ⟦D|February 2095⟧.

Sincerely,
⟦N|Hyun-woo Baek⟧, MD, PhD

cc: ⟦N|Tamsin Greeley⟧, MD (PCP), ⟦H|Summa Health⟧ Primary Care — ⟦C|Stow⟧; ⟦N|Babatunde Oyelaran⟧, MD (Radiation Oncology); ⟦N|Winifred Pruett⟧
`);

note("neuro-clinic-caps", `
⟦H|EASTMONT NEUROLOGY⟧ - MS CENTER
RECORD DATE: ⟦D|2095-07-19⟧
PATIENT: ⟦N|ABIGAIL FORTESCUE-NAKAMURA⟧   DOB: ⟦D|11/11/1987⟧   ACCT: ⟦I|7720149⟧
HISTORY: 37 YO RIGHT-HANDED ⟦PROF|TEACHER⟧ AT ⟦O|LINCOLN-SUDBURY REGIONAL HIGH SCHOOL⟧ WITH RRMS DIAGNOSED ⟦D|MARCH 2090⟧ AFTER OPTIC NEURITIS, ON OCRELIZUMAB SINCE ⟦D|2092⟧ (INFUSIONS AT ⟦H|ELLSWORTH⟧ INFUSION SUITE). LAST INFUSION ⟦D|6/1/95⟧.
INTERVAL: NO RELAPSES. MRI ⟦D|5/30/95⟧ AT ⟦H|ASHCROFT-WELLSTONE⟧ STABLE, NO NEW T2 LESIONS. FATIGUE WORSE AT END OF SCHOOL YEAR. HER HUSBAND ⟦N|DMITRI⟧ COMES WITH HER.
SHE IS PLANNING PREGNANCY; DISCUSSED WITH DR. ⟦N|ROSEMARY ACHTERBERG-FYFE⟧ (MFM, ⟦H|BRIGHAM⟧).
PLAN: CONTINUE OCRELIZUMAB, LAST DOSE BEFORE CONCEPTION IN ⟦D|DECEMBER⟧. VIT D. FMLA PAPERWORK FOR ⟦O|LSRHS⟧ COMPLETED. INSURANCE ⟦O|TUFTS HEALTH PLAN⟧ MEMBER ID ⟦HP|TH44718820⟧ - PRIOR AUTH RENEWED THROUGH ⟦D|7/31/96⟧.
RTC 6 MO. ⟦N|OSWALDO FERREIRA-LINDGREN⟧, MD
`);

note("pt-eval", `
Outpatient Physical Therapy Initial Evaluation — ⟦O|ProMotion Physical Therapy⟧, ⟦C|Eden Prairie⟧ clinic
Date: ⟦D|9/14/2096⟧   Patient: ⟦N|Brennan Tvedt⟧   DOB: ⟦D|04/04/1979⟧   Referring: Dr. ⟦N|Karin Lund⟧, ⟦H|Twin Cities Orthopedics⟧ - ⟦C|Edina⟧
Dx: s/p R ACL reconstruction (BTB autograft) ⟦D|8/31/96⟧ at ⟦H|TRIA⟧ by Dr. ⟦N|Halvorsen⟧.
Subjective: injured playing rec-league soccer (⟦O|MN Adult Soccer League⟧) on ⟦D|July 26⟧. Works as a ⟦PROF|software engineer⟧ at ⟦O|Medtronic⟧ in ⟦C|Fridley⟧, currently remote. Goal: return to soccer by spring ⟦D|2097⟧.
Objective: knee ROM 0-95°, quad lag 10°, mild effusion. Gait with 1 crutch.
Plan: 2x/wk x 12 wk. Insurance ⟦O|HealthPartners⟧, claim ⟦I|HP-96-3318704⟧, auth for 24 visits through ⟦D|12/31/96⟧.
⟦N|Solveig Kristiansen⟧, PT, DPT   ⟦P|952-555-0128⟧
`);

note("sw-lower", `
social work note - ⟦H|st. vincent's⟧ 7b      ⟦D|march 11, 2091⟧
met with pt ⟦N|walter kaminski⟧ and his wife ⟦N|dolores⟧ re: discharge plan. pt is a ⟦A|92⟧ y/o ⟦PROF|retired steelworker⟧ (⟦O|bethlehem steel⟧, ⟦O|uswa local 2599⟧ retiree) admitted ⟦D|3/6⟧ with pneumonia. they live in a 2-story rowhouse on ⟦S|e. 4th street⟧ in ⟦C|south side⟧. wife has early dementia per son ⟦N|stanley⟧ (lives in ⟦C|allentown⟧, ⟦P|610-555-0166⟧).
insurance: medicare + ⟦O|highmark⟧ supplement; va benefits (pt is korea-era vet) - referred to ⟦H|wilkes-barre va⟧ for aid & attendance eval.
options discussed: home with ⟦O|visiting angels⟧ 4 hrs/day (private pay) vs short-term rehab at ⟦H|gracedale⟧. pt prefers home. ⟦O|lehigh county aging & adult services⟧ referral sent ⟦D|3/11⟧ (case ⟦I|lc-91-44802⟧).
will f/u with son ⟦DAY|fri⟧. ⟦N|m. oyeyemi⟧, msw, lcsw x ⟦P|3349⟧
`);

note("hospice-referral", `
HOSPICE REFERRAL / FACE SHEET      ⟦O|Compassus⟧ — ⟦C|Fort Smith⟧ office        Received ⟦D|11/08/2090⟧ 14:20 by ⟦N|Tonya B.⟧
Patient: ⟦N|Ollie Mae Crenshaw⟧   DOB ⟦D|02/17/1997⟧   Age ⟦A|93⟧   Medicare ⟦HP|4QX7-RT2-MK81⟧   ⟦O|Arkansas Medicaid⟧ ⟦HP|3320418876⟧
Address: ⟦S|1208 N. 41st Terrace⟧, ⟦C|Fort Smith⟧, ⟦STATE|AR⟧ ⟦Z|72904⟧; lives with grandson ⟦N|Darnell Crenshaw⟧ (primary caregiver, ⟦P|479-555-0119⟧).
Referring: Dr. ⟦N|Lucius Pennywhistle⟧, ⟦H|Mercy Clinic Fort Smith - Rogers Ave⟧; hospital: ⟦H|Baptist-Fort Smith⟧ (d/c ⟦D|11/7⟧).
Terminal dx: end-stage heart failure (EF 15%), 3 admissions since ⟦D|August⟧. DNR signed ⟦D|10/30/90⟧. PPS 30%.
Church: ⟦O|Greater Mt. Zion Missionary Baptist⟧ — Pastor ⟦N|Elroy Whitaker⟧ requests chaplain coordination.
Funeral home preference: ⟦O|Edwards Funeral Home⟧.
`);

note("peds-well", `
Well Child Visit — 4 years       ⟦H|Little Harbor Pediatrics⟧       ⟦D|Aug. 19, 2093⟧
⟦N|Nia Oduya-Brennan⟧, DOB ⟦D|8/15/89⟧, here with mother ⟦N|Chidinma Oduya⟧ and baby brother ⟦N|Kofi⟧.
Attends ⟦O|Bright Horizons⟧ at ⟦O|Raytheon⟧ (mom's employer) 5 days/wk; starts pre-K at ⟦O|Hillcrest Elementary⟧ in ⟦D|September⟧. Father ⟦N|Liam Brennan⟧ deployed with ⟦O|US Navy⟧ (⟦LO|Naval Station Norfolk⟧) until ⟦D|December⟧.
Growth: 50th %ile. Development: on track (ASQ-3 passed). Vision/hearing passed.
Immunizations: DTaP #5, IPV #4, MMR #2, varicella #2 given (VIS ⟦D|8/6/21⟧). Lead level from ⟦D|2091⟧ normal.
Dental: sees Dr. ⟦N|Patel⟧ at ⟦O|Smile Pediatric Dentistry⟧. Fluoride varnish applied.
School forms for ⟦O|Wakefield Public Schools⟧ completed. Next visit age 5.
⟦N|Teodora Villanueva⟧, MD, FAAP
`);

note("ob-visit", `
Prenatal Visit — ⟦H|Seacoast Women's Health⟧, ⟦C|Portsmouth⟧     ⟦D|2094-05-06⟧
⟦N|Maribel Cárdenas-Whitt⟧ 29 yo G2P1001 at 28w2d (EDD ⟦D|8/3/94⟧ by 8 wk US).
1 hr GTT 148 → 3 hr GTT scheduled ⟦D|5/10⟧ at ⟦O|Quest⟧ ⟦S|Lafayette Rd⟧. Rh neg: RhoGAM today, lot ⟦DEV|P100418A⟧.
Prior delivery: SVD ⟦D|2091⟧ at ⟦H|Portsmouth Regional⟧ (PPH 900 mL). Plans delivery at ⟦H|Wentworth-Douglass⟧ this time, pre-registered, confirmation ⟦I|WD-22871⟧.
Works as ⟦PROF|barista⟧ at ⟦O|Breaking New Grounds⟧; husband ⟦N|Tobias Whitt⟧ is in the ⟦O|Coast Guard⟧, stationed at ⟦LO|Station Portsmouth Harbor⟧.
Tdap today. Kick counts reviewed. Next visit ⟦D|5/20⟧ with CNM ⟦N|Fern Halloway⟧.
⟦N|Adaeze Nwosu⟧, MD
`);

note("sleep-caps", `
⟦H|PIEDMONT SLEEP DISORDERS CENTER⟧ - POLYSOMNOGRAPHY REPORT
PATIENT: ⟦N|HARGROVE, DELMAR⟧    MRN: ⟦M|PSD-401182⟧   DOB: ⟦D|06/06/1968⟧   STUDY DATE: ⟦D|02/27/95⟧ (NIGHT OF ⟦DAY|MONDAY⟧)
REFERRING: DR. ⟦N|CASSIUS OYELARAN-PIKE⟧, ⟦H|WAKE FOREST BAPTIST - CLEMMONS⟧
HISTORY: 56 YO ⟦PROF|LONG-HAUL TRUCK DRIVER⟧ FOR ⟦O|OLD DOMINION FREIGHT LINE⟧, BMI 41, EPWORTH 17, WITNESSED APNEAS BY WIFE ⟦N|GLENDA⟧. DOT CARD EXPIRES ⟦D|4/95⟧.
RESULTS: AHI 58/HR, RDI 63, NADIR SPO2 71%. SPLIT NIGHT: CPAP TITRATED TO 13 CM H2O WITH RESOLUTION.
IMPRESSION: SEVERE OSA. RECOMMEND AUTO-CPAP 10-16 VIA ⟦O|ADAPTHEALTH⟧. COMPLIANCE DOWNLOAD IN 30 DAYS FOR ⟦O|FMCSA⟧.
INTERPRETING PHYSICIAN: ⟦N|EULALIA MARTINEZ-OKAFOR⟧, MD, D-ABSM   ⟦D|3/1/95⟧
TECH: ⟦N|R. STIDHAM⟧, RPSGT
`);

note("pft-caps", `
PULMONARY FUNCTION LABORATORY - ⟦H|ST. LUKE'S⟧ ⟦H|MERIDIAN CAMPUS⟧
NAME: ⟦N|ABERNATHY, CORNELL⟧  ID: ⟦M|SL0048812⟧  AGE: 71  HT 70 IN  WT 212 LB  DATE: ⟦D|03/03/93⟧
REF MD: ⟦N|STAVROPOULOS⟧   TECH: ⟦N|JLK⟧
SPIROMETRY: FVC 2.81 L (64%), FEV1 1.62 L (48%), FEV1/FVC 58. POST-BD FEV1 +9%.
LUNG VOLUMES: TLC 112%, RV 148%. DLCO 51%.
COMPARED WITH ⟦D|09/22/91⟧ (FEV1 1.91 L): DECLINE OF 290 ML.
INTERPRETATION: MODERATE-SEVERE OBSTRUCTION WITH AIR TRAPPING AND REDUCED DLCO, CONSISTENT WITH EMPHYSEMA. PT REPORTS 40 YEARS OF WORK AT ⟦O|BOISE CASCADE⟧ MILL - ? OCCUPATIONAL EXPOSURE.
READ BY ⟦N|HELMUT W. ZIEGLER⟧, MD ⟦D|3/4/93⟧
`);

note("egd-caps", `
ENDOSCOPY REPORT              ⟦H|GRANITE STATE GI⟧ ENDOSCOPY CENTER, ⟦C|NASHUA⟧
PATIENT: ⟦N|DUBOIS, THERESE M.⟧   DOB ⟦D|9-8-1955⟧   MRN ⟦M|0711842⟧   DATE ⟦D|5-2-2094⟧
ENDOSCOPIST: ⟦N|RAJIV S. MALHOTRA⟧, MD    SEDATION: MAC BY DR. ⟦N|P. KINNEAR⟧
REFERRED BY: ⟦N|LUCILLE BOATENG⟧, NP, ⟦H|FOUNDATION MEDICAL PARTNERS⟧
PROCEDURE: EGD AND COLONOSCOPY.
INDICATION: IRON DEFICIENCY ANEMIA (HGB 9.1 ON ⟦D|4/10/94⟧). LAST COLONOSCOPY ⟦D|2086⟧ AT ⟦H|ST. JOSEPH⟧ - NORMAL PER PT.
FINDINGS: EGD - 2 CM HIATAL HERNIA, CAMERON LESIONS. COLON - 8 MM SESSILE POLYP AT 30 CM REMOVED WITH COLD SNARE, DIVERTICULOSIS.
PATH PENDING (⟦I|GS94-3107⟧). RESULT LETTER WILL BE MAILED TO ⟦S|14 AMHERST ST⟧, APT 2B, ⟦C|NASHUA⟧ ⟦Z|03064⟧.
RECOMMEND PPI BID, IV IRON AT ⟦H|SNHMC⟧ INFUSION, REPEAT COLONOSCOPY 5-10 YEARS DEPENDING ON PATH.
`);

note("id-consult", `
Infectious Disease Consult — ⟦H|Brookhollow Medical Center⟧            ⟦D|Jul-03-2093⟧
Requesting: Dr. ⟦N|Ottoline Grange⟧ (medicine, team 3)
Reason: fever and eosinophilia after travel.
HPI: Mr. ⟦N|Ferdinand Osei⟧ is a 44 yo ⟦PROF|civil engineer⟧ with ⟦O|Bechtel⟧ who returned ⟦D|6/21⟧ from a 6-month posting near ⟦C|Kumasi⟧, ⟦COUNTRY|Ghana⟧, with fevers since ⟦D|6/28⟧. Took doxycycline "most days". Swam in ⟦LO|Lake Bosomtwe⟧ in ⟦D|April⟧. He saw a travel clinic at ⟦O|Passport Health⟧ in ⟦C|Sugar Land⟧ before leaving (⟦D|Dec 2092⟧).
Labs: eos 2,400. Malaria smears x3 negative (⟦D|7/1⟧, ⟦D|7/2⟧, ⟦D|7/3⟧). Schistosoma serology sent to ⟦O|CDC⟧ via ⟦O|Texas DSHS⟧ (specimen ⟦I|DSHS-93-0071182⟧).
Wife ⟦N|Abena⟧ and their children live in ⟦C|Katy⟧; kids attend ⟦O|Cinco Ranch High⟧.
Impression: acute schistosomiasis (Katayama) likely. Rec: praziquantel now and repeat in 6-8 wk; stool O&P x3; prior records from ⟦H|Korle Bu⟧ requested.
⟦N|Leopoldine Hartigan⟧, MD, Infectious Diseases, pager ⟦P|713-555-0109⟧
`);

note("geri-consult", `
Geriatrics Consult          ⟦H|Elmhurst Jewish Hospital⟧ (⟦H|EJH⟧), Acute Care for Elders unit      ⟦D|Nov 30, 2096⟧
Patient: ⟦N|Rosenzweig, Ida⟧, aged ⟦A|96⟧, admitted ⟦D|11/27⟧ from home after a fall with L pubic rami fractures.
She lives alone in her apartment at The ⟦O|Kensington⟧ (independent living) on ⟦S|Lake Shore Drive⟧; her niece ⟦N|Naomi Feld⟧ (HCP, ⟦C|Evanston⟧, ⟦P|847-555-0147⟧) visits weekly. Her husband ⟦N|Morris⟧ died in ⟦D|2089⟧. PCP: Dr. ⟦N|Sol Abramowitz⟧, ⟦H|NorthShore⟧ - ⟦C|Skokie⟧.
She was a ⟦PROF|bookkeeper⟧ for ⟦O|Marshall Field's⟧ for 41 years and is proud that at ⟦A|96⟧ she still does her own taxes.
Cognition: MoCA 24/30. Mood good. Gait: walker since ⟦D|2094⟧.
Recs: weight-bearing as tolerated per ortho (Dr. ⟦N|Yelena Mirsky⟧); avoid Benadryl; short-term rehab at ⟦H|Warren Barr⟧ or ⟦H|Selfhelp Home⟧ per her preference; goals of care: full code confirmed with pt and niece.
⟦N|Theodora Lindqvist-Amsel⟧, MD, Geriatric Medicine
`);

note("cardio-letter-caps", `
⟦H|PRAIRIE HEART CLINIC⟧ - ⟦C|SIOUX FALLS⟧
⟦D|MAY 9, 2092⟧
⟦N|GUNNAR T. HAUGLAND⟧, MD
⟦H|AVERA LINDQUIST⟧ INTERNAL MEDICINE
RE: ⟦N|BERTRAND OKONJO⟧   DOB ⟦D|10/10/1949⟧
DEAR ⟦N|GUNNAR⟧:
I SAW MR. ⟦N|OKONJO⟧ TODAY IN FOLLOW-UP OF HIS PAROXYSMAL ATRIAL FIBRILLATION. HIS 14-DAY ZIO PATCH (⟦D|4/11⟧-⟦D|4/25⟧, SERIAL ⟦DEV|ZX4418207⟧) SHOWED 18% AF BURDEN, RATES 70-130. HE FEELS PALPITATIONS WHEN HE IS CALVING ON HIS FARM NEAR ⟦C|CANTON⟧ AND WOULD LIKE TO DISCUSS ABLATION.
I HAVE REFERRED HIM TO DR. ⟦N|SIGRUN ELLINGBOE⟧ AT ⟦H|SANFORD WESTRIDGE MEDICAL CENTER⟧ FOR PVI. CONTINUE APIXABAN 5 BID AND METOPROLOL.
HE ASKED ME TO SEND A COPY OF THIS LETTER TO HIS DAUGHTER DR. ⟦N|IFEOMA OKONJO-BERG⟧, A CARDIOLOGIST AT ⟦H|MAYO⟧.
SINCERELY,
⟦N|LEOPOLD VAN DER HOEVEN⟧, MD, FACC
CC: ⟦N|IFEOMA OKONJO-BERG⟧, MD (⟦H|MAYO CLINIC⟧, ⟦C|ROCHESTER⟧)
`);

note("tx-progress-caps", `
RENAL TRANSPLANT CLINIC PROGRESS NOTE     ⟦H|BARNSWORTH⟧ TRANSPLANT CENTER     ⟦D|01/26/2096⟧
⟦N|MCALLISTER, DEONTAE⟧   MRN ⟦M|BJH7730182⟧   UNOS ID ⟦I|XQR4418⟧
S/P LIVING UNRELATED DONOR KIDNEY TX ⟦D|10/19/95⟧ (DONOR: FRIEND ⟦N|TREVOR OKAFOR⟧, WORKUP AT ⟦H|SLU HOSPITAL⟧). ESRD 2/2 FSGS, ON HD AT ⟦H|DAVITA NORTH COUNTY⟧ ⟦D|2092⟧-⟦D|2095⟧.
INTERVAL: ADMITTED TO ⟦H|CHRISTIAN NORTHEAST⟧ ⟦D|1/8⟧-⟦D|1/11⟧ FOR CMV VIREMIA, DISCHARGED ON VALGANCICLOVIR. CMV PCR ⟦D|1/22⟧ <200.
LABS: CR 1.4 (BASELINE 1.3). TAC TROUGH 7.8.
PLAN: CONTINUE TAC/MMF/PRED. CMV PCR Q2WK AT ⟦O|LABCORP⟧ FLORISSANT. RETURN TO WORK AT ⟦O|BOEING⟧ (⟦C|HAZELWOOD⟧) CLEARED ⟦D|2/15/96⟧, NOTE GIVEN. ⟦O|MISSOURI MEDICAID⟧ RENEWAL DUE ⟦D|3/96⟧.
SEEN WITH DR. ⟦N|ADEBAYO-KRAUSE⟧ (ATTENDING). ⟦N|CHARMAINE VOSBURGH⟧, NP  ⟦P|314-555-0171⟧
`);

note("anticoag-lower", `
anticoag clinic phone note  ⟦D|10/17/94⟧   ⟦H|fletcher allen⟧ acc
spoke w/ pt mr. ⟦N|horace tewksbury⟧ (dob ⟦D|12/1/32⟧) at home ⟦P|802 555 0122⟧. inr today 3.6 (goal 2-3) drawn at ⟦H|cvph⟧ lab in ⟦C|plattsburgh⟧.
pt reports he finished a course of bactrim from dr. ⟦N|lavoie⟧ at ⟦H|champlain valley urgent care⟧ on ⟦D|10/14⟧. no bleeding.
plan: hold warfarin tonight, then resume 5 mg daily except 2.5 mg ⟦DAY|mon⟧/⟦DAY|fri⟧. recheck inr ⟦D|10/21⟧ at ⟦O|quest⟧ on ⟦S|cornelia st⟧.
pt's neighbor ⟦N|bev⟧ drives him; aware. next clinic visit ⟦D|nov 4⟧.
⟦N|e. st. germain⟧, pharmd
`);

note("urgent-care", `
⟦H|MedExpress⟧ Urgent Care — ⟦C|Wheeling⟧, ⟦STATE|WV⟧                Visit ⟦D|01/15/2097⟧ 18:47
Patient: ⟦N|Caswell, Tobias R.⟧   DOB ⟦D|11-02-1983⟧   Acct ⟦I|WHG-0119-7742⟧
Employer: ⟦O|Murray Energy⟧ (via ⟦O|Ohio Valley Staffing⟧); insurance ⟦O|UMWA Health & Retirement Funds⟧, group ⟦HP|G-770418⟧.
CC: cough and fever x 5 days. Household contact (son ⟦N|Bryce⟧, 9th grade at ⟦O|Wheeling Park High School⟧) influenza A + on ⟦D|1/11⟧ at ⟦H|WVU Medicine Wheeling Hospital⟧.
Exam: T 101.8, RR 22, SpO2 93% RA, crackles RLL. CXR: RLL infiltrate (read by ⟦O|Radiology Associates of Ohio Valley⟧, Dr. ⟦N|K. Szabo⟧).
Dx: CAP. Rx: amoxicillin-clavulanate + azithromycin to ⟦O|Rite Aid⟧ ⟦S|National Rd⟧. Work note through ⟦D|1/20⟧. Return or go to ED at ⟦H|OVMC⟧ if worse.
⟦N|Jessamyn Pruitt-Calloway⟧, PA-C / supervising ⟦N|D. Farraday⟧, MD
`);

note("home-health-lower", `
skilled nursing visit note - ⟦O|amedisys⟧ home health (⟦C|bowling green⟧ branch)    ⟦D|4-12-96⟧   time in 0915 out 1005
pt: ⟦N|lottie hargis⟧   mr# ⟦M|ahh20418⟧   ⟦A|91⟧ y/o f   ⟦S|2203 russellville rd⟧ lot 14
homebound status: leaves home only for md visits with grandson ⟦N|cody⟧.
wound: r lower leg venous ulcer 3.2 x 2.0 cm, moderate serous drainage, unna boot reapplied. obtained order from dr. ⟦N|hatcher⟧ (⟦H|graves gilbert clinic⟧) by phone ⟦P|270-555-0185⟧ to increase to 2x/wk.
meds reconciled: lasix 40 daily filled at ⟦O|kroger pharmacy⟧ on ⟦S|scottsville rd⟧ on ⟦D|4/9⟧.
pt's church, ⟦O|living hope baptist⟧, bringing meals ⟦DAY|mon⟧/⟦DAY|wed⟧. next visit ⟦D|4/16⟧.
⟦N|tiffani mcdaniel⟧, rn   ⟦N|tm⟧
`);

note("dc-summary-2", `
Discharge Summary
⟦H|Fenwick Memorial Hospital⟧
Name: ⟦N|Lindqvist, Percival O.⟧        Unit No: ⟦M|621-44-09⟧
Admitted: ⟦D|9/12/2090⟧    Discharged: ⟦D|9/19/2090⟧
Service: MED, team ⟦N|Garfield⟧
Principal diagnosis: Upper GI bleed from duodenal ulcer.
History: 83 yo man, former ⟦PROF|postmaster⟧, from ⟦H|Copley Commons⟧ nursing facility in ⟦C|Laconia⟧, sent for melena and Hct 21. He had been taking naproxen bought at ⟦O|Hannaford⟧ for knee pain. Known to Dr. ⟦N|Ashbury⟧ at ⟦H|LRGH⟧ cardiology for AS.
Course: transfused 3 u PRBC. EGD ⟦D|9/13⟧ (Dr. ⟦N|Ng⟧): 1.5 cm DU with visible vessel, clipped and epi. H. pylori biopsy positive — on quadruple therapy. Hct stable 29-30 from ⟦D|9/15⟧.
Discharge meds: pantoprazole 40 bid, bismuth, tetracycline, metronidazole x 14 d.
Follow-up: Dr. ⟦N|Ng⟧ in ⟦H|FMH⟧ GI clinic ⟦D|Oct 24⟧; repeat EGD 8 weeks; PCP Dr. ⟦N|Quimby⟧.
Family: son ⟦N|Anders Lindqvist⟧ (⟦C|Manchester⟧) updated on ⟦D|9/18⟧.
Dictated by: ⟦N|Penelope Okafor⟧, MD for ⟦N|Reginald Garfield⟧, MD
D: ⟦D|09/19/90⟧ 15:02  T: ⟦D|09/20/90⟧ 07:11  ⟦N|PO⟧/⟦N|bsk⟧  Job ⟦I|77341⟧
`);

note("death-summary-caps", `
DEATH SUMMARY - ⟦H|HOLY COMFORTER⟧ (⟦H|MEADOWBROOK⟧)
PATIENT: ⟦N|CASTELLANOS, REMEDIOS⟧   MR# ⟦M|HR-2209187⟧   ADM ⟦D|02/02/2095⟧   EXPIRED ⟦D|02/09/2095⟧ AT 03:52
THIS ⟦A|97⟧ YO WOMAN FROM ⟦H|ST. JOSEPH'S MANOR⟧ WAS ADMITTED WITH UROSEPSIS AND ACUTE KIDNEY INJURY. COMFORT MEASURES INSTITUTED ⟦D|2/7⟧ AFTER FAMILY MEETING WITH HER SONS ⟦N|ALEJANDRO⟧ AND ⟦N|RUBEN CASTELLANOS⟧ AND PALLIATIVE CARE (DR. ⟦N|IMOGEN FAIRCLOTH⟧).
PRONOUNCED BY DR. ⟦N|T. MWANGI⟧ (NIGHT FLOAT). FAMILY PRESENT. AUTOPSY DECLINED. ⟦O|GIFT OF LIFE⟧ NOTIFIED, REF # ⟦I|GOL-0209-3318⟧ - NOT A CANDIDATE.
MEDICAL EXAMINER NOT REQUIRED. BODY RELEASED TO ⟦O|KOHN-FELDMAN MEMORIAL CHAPELS⟧.
PCP DR. ⟦N|HERSHEL ABRAMS⟧ NOTIFIED BY VOICEMAIL ⟦P|215-555-0163⟧. ATTENDING ⟦N|WINSTON O. ADEYEMI⟧, MD
`);

note("occ-health", `
Employee Health / Occupational Medicine — ⟦H|Covington Regional⟧ Employee Health Office
Date: ⟦DAY|Wed⟧, ⟦D|6/18/2097⟧     Employee: ⟦N|Shandra Pettigrew⟧     Employee ID: ⟦I|E0048817⟧     Dept: 3 East (med-surg)
Reason: needlestick, R index finger, at 05:40 on ⟦D|6/18⟧, hollow-bore needle after IM injection on pt (source pt MRN ⟦M|3318802⟧, consented to testing).
Source testing: HIV Ag/Ab, HBsAg, HCV Ab sent STAT; results by 1400.
Employee: HBV immune (anti-HBs 112 on ⟦D|1/9/94⟧), HIV/HCV baseline drawn. Tdap ⟦D|2093⟧.
Reported to supervisor ⟦N|Gail Ostrander⟧, RN; incident report ⟦I|IR-97-06-0418⟧; workers' comp via ⟦O|Sedgwick⟧ claim ⟦I|3A2297K41182⟧.
F/u: 6 wk, 3 mo, 6 mo labs. EAP info given (⟦O|ComPsych⟧ ⟦P|800-555-0150⟧).
⟦N|Nathaniel Strickland-Obi⟧, MD, MPH
`);

note("addiction-caps", `
ADDICTION MEDICINE INTAKE - ⟦H|RIVERBEND RECOVERY CENTER⟧ (OTP)   ⟦C|HUNTINGTON⟧, ⟦STATE|WV⟧
DATE: ⟦D|08/05/96⟧   CLIENT: ⟦N|TACKETT, JOLENE⟧   CLIENT # ⟦I|RRC-96-1187⟧   DOB ⟦D|3/15/1990⟧
REFERRED BY: ⟦O|CABELL COUNTY DRUG COURT⟧ (PROBATION OFFICER ⟦N|R. MULLINS⟧, ⟦P|304-555-0127⟧), DOCKET ⟦I|96-F-442⟧
HX: OUD SINCE AGE 19 AFTER RX OXYCODONE FOR A CAR WRECK ON ⟦S|I-64⟧. 2 PRIOR DETOXES AT ⟦H|PROVIDENCE RECOVERY⟧ AND ⟦H|PRESTERA⟧ (⟦D|2093⟧, ⟦D|2095⟧). LAST USE FENTANYL ⟦D|8/3⟧. NARCAN REVERSAL X1 ⟦D|JULY 4TH⟧ BY ⟦O|HUNTINGTON FIRE⟧.
SOCIAL: LIVES WITH MOTHER ⟦N|DARLENE TACKETT⟧ IN ⟦C|BARBOURSVILLE⟧. 2 CHILDREN IN KINSHIP CARE WITH GRANDMOTHER VIA ⟦O|WV DHHR⟧ (CPS WORKER ⟦N|ASHLEY PRINCE⟧). WORKED AT ⟦O|WENDY'S⟧ ON ⟦S|5TH AVE⟧ UNTIL ⟦D|MAY⟧.
PLAN: METHADONE INDUCTION 30 MG, UDS SENT. HCV AB POSITIVE ⟦D|2095⟧ - REFER TO ⟦H|MARSHALL HEALTH⟧ ID CLINIC.
⟦N|BERNARD KOPECKY⟧, DO, MEDICAL DIRECTOR
`);

note("ent-letter-caps", `
⟦H|COASTAL EAR, NOSE & THROAT⟧
⟦S|4410 OCEAN BLVD⟧, ⟦C|MYRTLE BEACH⟧, ⟦STATE|SC⟧ ⟦Z|29577⟧   PHONE ⟦P|843-555-0190⟧
⟦D|JUNE 30, 2091⟧
TO: DR. ⟦N|WYNONA PEABODY-SHAW⟧, ⟦H|GRAND STRAND FAMILY MEDICINE⟧
RE: ⟦N|ELDRIDGE FONTENOT⟧, ⟦A|90⟧ YEARS, DOB ⟦D|06/01/2001⟧
THANK YOU FOR SENDING MR. ⟦N|FONTENOT⟧ FOR HEARING LOSS. AUDIOGRAM ⟦D|6/28/91⟧ SHOWS MODERATE-SEVERE BILATERAL SNHL; WORD RECOGNITION 64% RIGHT, 52% LEFT. HE SERVED IN THE ⟦O|US ARMY⟧ (ARTILLERY) AND SHOULD BE ELIGIBLE FOR HEARING AIDS THROUGH THE ⟦H|VA⟧ - I HAVE SENT RECORDS TO THE ⟦H|MYRTLE BEACH VA CBOC⟧ AUDIOLOGY CLINIC (⟦P|843-555-0102⟧).
CERUMEN REMOVED BILATERALLY. NO EVIDENCE OF RETROCOCHLEAR PATHOLOGY; MRI NOT INDICATED AT THIS AGE.
HIS WIFE ⟦N|EUNICE⟧ ASKS ABOUT THE ⟦O|SCDHHS⟧ COMMUNICATION ACCESS PROGRAM; INFORMATION GIVEN.
RESPECTFULLY, ⟦N|COLLIER J. BEAUMONT III⟧, MD
`);

note("mammo-report", `
⟦H|Sierra Vista Roseville⟧ Breast Imaging Center
Exam: Bilateral Diagnostic Mammogram with Tomosynthesis          Date of service: ⟦D|2095-11-03⟧
Patient: ⟦N|Ng-Ferreira, Sabine⟧   MRN ⟦M|SR22017744⟧   Acc# ⟦I|MG9511030442⟧
Referring: ⟦N|Adriana Kowalczyk⟧, MD (⟦H|Sierra Vista Medical Group⟧, ⟦C|Rocklin⟧)
History: 61 y/o with palpable lump L breast 2 o'clock x 3 weeks. Mother (⟦N|Ilse⟧) with breast cancer at 58. Prior mammograms: ⟦D|10/2094⟧, ⟦D|10/2093⟧ here, and ⟦D|2091⟧ at ⟦H|Mercy Del Oro⟧ (obtained for comparison).
Findings: 1.4 cm irregular spiculated mass at 2:00, 6 cm FN, corresponding to the palpable finding, new since ⟦D|10/2094⟧. Axilla: no adenopathy.
Impression: BI-RADS 5. US-guided core biopsy scheduled ⟦D|11/7⟧ with Dr. ⟦N|Hallström⟧. Results communicated to the patient in person and to Dr. ⟦N|Kowalczyk⟧'s office (spoke with ⟦N|Marisol⟧) on ⟦D|11/3/95⟧.
⟦N|Caridad Oyelowo-Banks⟧, MD
`);

note("nephro-consult", `
Nephrology Consult Note      ⟦H|Providence St. Aidan⟧ (⟦H|PSA⟧)      ⟦D|Feb 19th, 2093⟧
Pt: ⟦N|Hiroshi "Hank" Tanabe⟧, 77M, MRN ⟦M|PSA-0044712⟧. Consult requested by Dr. ⟦N|Ebony Castellano⟧ for AKI (Cr 3.8 from baseline 1.4 in ⟦D|Dec⟧).
HPI: admitted ⟦D|2/17⟧ with vomiting after starting a new job as ⟦PROF|groundskeeper⟧ at ⟦O|Oregon Golf Club⟧ in ⟦C|West Linn⟧. Took ibuprofen 800 tid for back pain x 10 d. On lisinopril and HCTZ. Followed for CKD 3a by Dr. ⟦N|Raymond Oduya⟧ at ⟦H|Kaiser Sunnyside⟧ (last seen ⟦D|Nov 2092⟧).
Labs: K 5.9, HCO3 17, UA bland, FENa 0.4%. Renal US ⟦D|2/18⟧: no hydro.
Assessment: prerenal + NSAID/ACEi AKI.
Recs: IVF, hold lisinopril, HCTZ, NSAIDs. Renal diet. Check BMP q12h. No indication for HD now.
Daughter ⟦N|Keiko Tanabe-Morrow⟧ (⟦C|Beaverton⟧, ⟦P|503-555-0132⟧) asks for update by phone.
⟦N|Alasdair McKinnon-Oyeyemi⟧, MD (renal fellow) / Dr. ⟦N|S. Rubenfeld⟧ attending
`);

note("holter-caps", `
⟦H|CAPE HOLLOW VALLEY⟧ HEART & VASCULAR - HOLTER MONITOR REPORT
PATIENT: ⟦N|BLEDSOE, ARCHIBALD⟧   AGE ⟦A|94⟧   MRN ⟦M|CFV-118207⟧   HOOKUP ⟦D|07-14-2092⟧ 09:10   DURATION 48 HR
ORDERING: DR. ⟦N|NKEM ADEYEMI-ROSS⟧ (⟦H|HIGHSMITH-RAINEY⟧ PRIMARY CARE)   RECORDER SN ⟦DEV|H3-0047718⟧
INDICATION: DIZZINESS, 2 NEAR-SYNCOPAL EPISODES AT CHURCH (⟦O|HAYMOUNT UNITED METHODIST⟧) ON ⟦D|7/6⟧ AND ⟦D|7/13⟧.
FINDINGS: SINUS RHYTHM 48-102. 3 PAUSES >3 SEC, LONGEST 4.2 SEC AT 02:14 ON ⟦D|7/15⟧. NO SVT/VT. SYMPTOM DIARY: "DIZZY" AT 14:30 CORRESPONDED TO 3.4 SEC PAUSE.
IMPRESSION: SINUS NODE DYSFUNCTION WITH SYMPTOMATIC PAUSES - PACEMAKER EVALUATION RECOMMENDED. CALLED TO DR. ⟦N|ADEYEMI-ROSS⟧ ⟦D|7/16/92⟧ AND TO PT'S GRANDDAUGHTER ⟦N|LATOYA BLEDSOE⟧ (POA) AT ⟦P|910-555-0151⟧.
READ BY ⟦N|VIKRAM ANAND-SULLIVAN⟧, MD, FHRS
`);

write();
