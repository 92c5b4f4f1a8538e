// Why this file exists: builds test/fixtures/clinical-notes-2.jsonl, a second labelled set of US clinical notes written
// by hand (not from templates) to find misses and false positives the first fixture no longer shows: admission and
// discharge notes (ALL CAPS and mixed case), nursing, radiology, pathology, ED, phone-call, med-rec, social-work and
// therapy notes, letters with cc lines, portal messages. Every name, place and number is invented here; nothing is
// copied from any corpus. The notes are written with inline marks, ⟦CODE|text⟧, and this script removes the marks and
// computes the span offsets (never hand-counted). Usage: node scripts/make-clinical-fixture-2.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-2.jsonl", "make-clinical-fixture-2");

// ---------------------------------------------------------------------------------------------------------------
note("caps-dc-cardiac", `
⟦M|881203457⟧ ⟦H|FMC⟧
⟦M|2047715⟧
⟦I|52163/3B1X⟧
⟦I|778455⟧
⟦D|4/9/1998⟧ 12:00:00 AM
DISCHARGE SUMMARY
SIGNED
DIS
ADMISSION DATE :
⟦D|04/09/1998⟧
REPORT STATUS :
SIGNED
DISCHARGE DATE :
⟦D|04/15/1998⟧
PRINCIPAL DIAGNOSIS : ACUTE INFERIOR MYOCARDIAL INFARCTION .
ASSOCIATED DIAGNOSES : PARKINSON'S DISEASE ; BELL'S PALSY ( REMOTE ) ; BENIGN PROSTATIC HYPERTROPHY .
HISTORY OF PRESENT ILLNESS : MR. ⟦N|HOLLOWAY⟧ IS A ⟦A|91⟧ YEAR OLD RETIRED ⟦PROF|POSTAL WORKER⟧ WITH A HISTORY OF HYPERTENSION WHO PRESENTED TO THE ⟦H|FAIRVIEW MEDICAL CENTER⟧ EMERGENCY ROOM ON ⟦D|04/09/98⟧ WITH SUBSTERNAL CHEST PRESSURE . HE WAS GIVEN ASPIRIN AND NITROGLYCERIN AND WAS TRANSFERRED TO ⟦H|FMC⟧ FOR CATHETERIZATION . HIS PRIMARY CARE PHYSICIAN IS DR. ⟦N|ELIAS R. MONTGOMERY⟧ OF ⟦H|GREEN PRIMARY CARE⟧ IN ⟦C|MEDFORD⟧ .
PAST MEDICAL HISTORY : PARKINSON'S DISEASE DIAGNOSED IN ⟦D|1991⟧ , ON SINEMET . BELL'S PALSY ⟦D|1975⟧ . TURP ⟦D|1994⟧ .
MEDICATIONS ON ADMISSION : SINEMET 25/100 ONE TABLET T.I.D. , LOPRESSOR 25 MG B.I.D. , FLOMAX 0.4 MG Q.H.S.
SOCIAL HISTORY : HE LIVES WITH HIS DAUGHTER ⟦N|GRACE⟧ IN ⟦C|SOMERVILLE⟧ . REMOTE TOBACCO , QUIT IN ⟦D|1960⟧ . NO ALCOHOL .
PHYSICAL EXAMINATION : BLOOD PRESSURE 142/88 , HEART RATE 58 , RESPIRATIONS 18 , SATURATION 96% ON 2 LITERS . NECK : JVP 8 CM . HEART : REGULAR , NO MURMUR . EXTREMITIES : NO EDEMA . NEURO : RESTING TREMOR , COGWHEEL RIGIDITY .
HOSPITAL COURSE : THE PATIENT WENT TO THE CATHETERIZATION LABORATORY ON ⟦D|04/10/98⟧ WHICH SHOWED A 95% RIGHT CORONARY ARTERY LESION THAT WAS STENTED . A FOLEY CATHETER WAS PLACED FOR URINARY RETENTION AND REMOVED ON HOSPITAL DAY THREE . HE WAS SEEN BY DR. ⟦N|YOUNG⟧ OF NEUROLOGY WHO ADJUSTED HIS SINEMET . HE WILL FOLLOW UP WITH DR. ⟦N|MONTGOMERY⟧ IN ONE TO TWO WEEKS AND WITH CARDIOLOGY , DR. ⟦N|PATRICIA OYELARAN-BROWN⟧ , ON ⟦D|MAY 2⟧ .
DISCHARGE MEDICATIONS : ENTERIC COATED ASPIRIN 325 MG Q.D. , PLAVIX 75 MG Q.D. , LOPRESSOR 50 MG B.I.D. , SINEMET AS ABOVE .
CONDITION ON DISCHARGE : STABLE .
DISPOSITION : HOME WITH SERVICES .
Dictated By :
⟦N|ELSTON , JUDITH K.⟧ , M.D. ⟦I|JE45⟧
Attending :
⟦N|RAFAEL O. QUINTANILLA⟧ , M.D. ⟦I|RQ12⟧ ⟦I|IH384/0913⟧
Batch :
⟦I|58301⟧
Index No. ⟦I|HKXN7Y61LZ⟧
D :
⟦D|04/15/98⟧
T :
⟦D|04/17/98⟧
CC : 1. ⟦N|ELIAS R. MONTGOMERY⟧ , M.D. ⟦H|GREEN PRIMARY CARE⟧
[ report_end ]
`);

note("caps-dc-nicu", `
⟦M|009348121⟧ ⟦H|ST. BRENDAN'S⟧
⟦M|7730912⟧
DISCHARGE SUMMARY
ADMISSION DATE : ⟦D|11/02/2003⟧
DISCHARGE DATE : ⟦D|11/19/2003⟧
PATIENT : ⟦N|BABY GIRL OKAFOR⟧
HISTORY : ⟦N|BABY GIRL OKAFOR⟧ IS A 2.1 KG PRODUCT OF A 33 WEEK GESTATION BORN TO A 29 YEAR OLD G3 P1 MOTHER , ⟦N|ADAEZE OKAFOR⟧ , BY CESAREAN SECTION FOR NONREASSURING FETAL HEART TRACING . APGARS WERE 6 AND 8 AT ONE AND FIVE MINUTES . MATERNAL LABS : BLOOD TYPE O+ , ANTIBODY NEGATIVE , RPR NONREACTIVE , HEPATITIS B SURFACE ANTIGEN NEGATIVE , GBS UNKNOWN .
HOSPITAL COURSE : RESPIRATORY : SHE REQUIRED CPAP FOR 36 HOURS , THEN ROOM AIR . CARDIOVASCULAR : NO MURMUR . FEN : STARTED ON FEEDS DAY OF LIFE TWO , ADVANCED TO FULL FEEDS BY ⟦D|11/08⟧ . GI : PEAK BILIRUBIN 11.2 ON ⟦D|11/05⟧ , PHOTOTHERAPY FOR 48 HOURS . ID : BLOOD CULTURE NEGATIVE AT 48 HOURS , GRAM STAIN NO ORGANISMS . AMPICILLIN AND GENTAMICIN FOR 48 HOURS .
HEARING SCREEN PASSED ⟦D|11/17/03⟧ . HEPATITIS B VACCINE GIVEN ⟦D|11/18/03⟧ .
DISCHARGE WEIGHT 2.34 KG . HEAD CIRCUMFERENCE 31 CM .
FOLLOW UP : PEDIATRICIAN DR. ⟦N|MEI-LING CHOW⟧ , ⟦H|RIVERSIDE PEDIATRICS⟧ , ⟦P|(781) 555-0143⟧ , WITHIN 2 DAYS OF DISCHARGE . EARLY INTERVENTION REFERRAL MADE . VNA TO VISIT ⟦D|11/20⟧ .
MOTHER'S ADDRESS : ⟦S|47 WINTER STREET⟧ , ⟦C|LYNN⟧ , ⟦STATE|MA⟧ ⟦Z|01902⟧ .
⟦N|HARRIET D. WALLACE⟧ , M.D.
DICTATED BY : ⟦N|SAMUEL BROOKS⟧ , ⟦PROF|NNP⟧
TR : ⟦N|kb⟧
DD : ⟦D|11/19/03⟧
TD : ⟦D|11/20/03⟧ 9:14 A
cc : ⟦N|MEI-LING CHOW⟧ , M.D.
`);

note("longit-pcp-visit", `
Record date: ⟦D|2088-09-27⟧

⟦H|BAYVIEW FAMILY HEALTH⟧
⟦S|2270 Commonwealth Ave⟧
⟦C|Newton⟧, ⟦STATE|MA⟧ ⟦Z|02466⟧

⟦N|Rosalie Ferreira⟧
MRN: ⟦M|0123456⟧

Reason for visit: follow-up of diabetes and knee pain.

HPI: Mrs. ⟦N|Ferreira⟧ is a 64 yo woman, originally from ⟦COUNTRY|Cape Verde⟧, with type 2 DM, HTN and OA of both knees. Since her last visit in ⟦D|June⟧ she has been walking daily with her neighbor. Her A1c on ⟦D|8/30/88⟧ was 7.4 (was 8.1 in ⟦D|March⟧). She reports no hypoglycemia. Right knee pain is worse on stairs; she had a steroid injection by Dr. ⟦N|Kaminski⟧ (ortho) at ⟦H|Newton-Wellesley⟧ in ⟦D|2087⟧ which helped for 4 months.

Works as a ⟦PROF|cashier⟧ at ⟦O|Stop & Shop⟧ in ⟦C|Waltham⟧, stands 8 hours a day.

Meds: metformin 1000 mg bid, glipizide 5 mg qd, lisinopril 20 mg qd, atorvastatin 40 mg qhs, Tylenol prn.
Allergies: sulfa (rash).

Exam: BP 136/82, P 72, Wt 182 lb. Feet: monofilament intact, no ulcers. Knees: crepitus bilaterally, no effusion. McMurray negative. Lachman negative.

A/P:
1. DM2: improving. Continue current regimen. Recheck A1c in 3 months. Ophthalmology referral to Dr. ⟦N|Tran⟧.
2. OA knees: PT referral. May consider repeat injection.
3. HTN: at goal.
4. Health maintenance: flu shot today. Colonoscopy due ⟦D|2090⟧.

RTC 3 months.

⟦N|Ian Whitfield⟧, MD
`);

note("nursing-shift", `
NURSING PROGRESS NOTE  ⟦D|3/14/2091⟧  1900-0700

Pt: ⟦N|Kowalczyk, Stanislaw⟧   Unit No: ⟦M|123-45-67⟧   Rm 7B-12

Neuro: A&O x3, pleasant, follows commands. PERRL. Pt able to move all extremities.
CV: NSR 70s-80s on tele. BP 118/64 - 132/70. 1+ pitting edema bilat LE.
Resp: LS clear, diminished at bases. O2 sat 95% on 2L NC. IS 1250 mL.
GI: Tolerating cardiac diet. +BS. Last BM ⟦D|3/13⟧.
GU: Foley d/c'd at 0600 per order; pt to void by 1400.
Skin: Stage II on coccyx, dressing changed, Mepilex applied.
Pain: 3/10 R hip, Percocet 1 tab given at 2200 with relief.
Social: Wife ⟦N|Halina⟧ called at 2030 asking for update; number on file ⟦P|617-555-0172⟧. Son ⟦N|Piotr⟧ will visit in AM. Pt speaks Polish, uses interpreter line (ID ⟦I|40117⟧) for consent.
Safety: bed alarm on, call light in reach, fall risk score 45 (Morse).
Plan: Will monitor UO after Foley removal. PT eval today. Dr. ⟦N|Hope⟧ aware of K 3.3, repleted 40 mEq PO.

⟦N|Bridget Nakamura-Ellis⟧, RN
`);

note("radiology-ct", `
⟦H|LAKESHORE GENERAL HOSPITAL⟧ - DEPARTMENT OF RADIOLOGY
Patient Name: ⟦N|DUBOIS, MARIE-CLAIRE⟧        DOB: ⟦D|02/11/1950⟧
MR#: ⟦M|L4409812⟧        Acc#: ⟦I|RAD-2291774⟧
Exam Date: ⟦D|October 3, 2089⟧ 14:32
Referring: ⟦N|Abernathy, Cole⟧ MD

EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST

CLINICAL HISTORY: 39 year old female with RLQ pain, fever 101.3. Rule out appendicitis.

TECHNIQUE: Axial images from the lung bases through the pubic symphysis after 100 mL Omnipaque 350. Coronal and sagittal reformats. DLP 612 mGy-cm.

COMPARISON: Ultrasound ⟦D|9/28/2089⟧.

FINDINGS:
Lung bases: clear.
Liver: 1.2 cm hypodensity in segment 7, too small to characterize, likely cyst.
Gallbladder: no stones. Bile ducts not dilated.
Pancreas, spleen, adrenals: normal.
Kidneys: no hydronephrosis. No mass (no Wilms-type lesion in this adult).
Appendix: dilated to 11 mm with periappendiceal stranding and a 6 mm appendicolith. No abscess or free air.
Pelvis: uterus and adnexa unremarkable. Trace free fluid.
Bones: mild degenerative change L4-L5.

IMPRESSION:
1. Acute uncomplicated appendicitis.
2. Likely hepatic cyst.

Findings discussed with Dr. ⟦N|Abernathy⟧ by phone at 15:10 on ⟦D|10/3/89⟧.

Electronically signed: ⟦N|Devendra Ramaswamy⟧, MD  ⟦D|10/03/2089⟧ 15:22
`);

note("pathology", `
SURGICAL PATHOLOGY REPORT
⟦H|Mercy Hospital of Springvale⟧ Pathology Laboratory, ⟦S|85 Ridge Road⟧, ⟦C|Springvale⟧ ⟦STATE|ME⟧ ⟦Z|04083⟧   CLIA ⟦I|20D0987654⟧
Patient: ⟦N|Thibodeaux, Remy J⟧     Med Rec #: ⟦M|00-88-1932⟧
Case #: ⟦I|S89-14433⟧       Collected: ⟦D|07/22/2089⟧   Received: ⟦D|07/23/2089⟧
Submitting physician: ⟦N|Grant Lindqvist⟧, MD
Copy to: ⟦N|O'Shaughnessy, Fiona⟧ MD

CLINICAL INFORMATION: Rectal mass at 8 cm, Crohn's disease excluded.

GROSS DESCRIPTION: Received in formalin labeled with the patient's name and "rectum" is a segment of bowel, 14.5 cm in length. A 3.1 x 2.8 x 1.0 cm ulcerated mass is 4 cm from the distal margin. Representative sections in cassettes A1-A12.

MICROSCOPIC: Sections show moderately differentiated adenocarcinoma invading into the muscularis propria. Lymphovascular invasion is not identified. Twenty-two lymph nodes are negative (0/22). Mismatch repair proteins (MLH1, PMS2, MSH2, MSH6) are retained.

DIAGNOSIS: Rectum, low anterior resection: adenocarcinoma, moderately differentiated, pT2 pN0. Margins negative.

Gross: ⟦N|lmh⟧   Histo: ⟦N|rtp⟧
⟦N|Yusuf Al-Hashimi⟧, MD, Pathologist   Signed out ⟦D|07/26/2089⟧
`);

note("clinic-letter", `
⟦H|Northshore Neurology Associates⟧
⟦S|400 Lowell Street, Suite 210⟧
⟦C|Peabody⟧, ⟦STATE|MA⟧ ⟦Z|01960⟧
Tel ⟦P|(978) 555-0190⟧   Fax ⟦F|(978) 555-0191⟧

⟦D|January 18, 2094⟧

⟦N|Margaret Van der Berg⟧, MD
⟦H|Salem Family Practice⟧
⟦S|12 Derby Sq.⟧
⟦C|Salem⟧, ⟦STATE|MA⟧ ⟦Z|01970⟧

RE: Mr. ⟦N|Wade Hunt⟧
DOB: ⟦D|05/30/1961⟧

Dear Dr. ⟦N|Van der Berg⟧,

Thank you for asking me to see Mr. ⟦N|Hunt⟧, a 32 year old right-handed ⟦PROF|electrician⟧, for sudden left facial weakness. He awoke on ⟦D|January 9th⟧ unable to close his left eye. Exam showed a complete left lower motor neuron facial palsy with forehead involvement and no other deficits, consistent with Bell's palsy. He started prednisone on ⟦D|1/10⟧ and valacyclovir. Lyme serology was negative. He is already improving: House-Brackmann grade III today.

I have asked him to use lubricating drops and tape the eye at night. I will see him again in six weeks. If there is no further recovery by then, EMG/NCS would be reasonable.

Please do not hesitate to call me with questions.

Sincerely,

⟦N|Leonora Castellanos-Whitaker⟧, MD, PhD
Attending Neurologist

cc: ⟦N|Wade Hunt⟧, ⟦S|9 Baker's Lane⟧, ⟦C|Danvers⟧ ⟦STATE|MA⟧ ⟦Z|01923⟧
    Dr. ⟦N|Bill Ostrowski⟧, ⟦H|Beverly Hospital⟧ ENT
`);

note("phone-call", `
TELEPHONE ENCOUNTER    ⟦D|12/02/2090⟧ 10:45 AM
Caller: ⟦N|Hope Delacroix⟧ (daughter/HCP)  Callback: ⟦P|508-555-0136 x4411⟧
Patient: ⟦N|Delacroix, Antoine⟧  MRN ⟦M|5561023⟧

Daughter reports her father, who is ⟦A|ninety-two⟧, has had decreased appetite and more confusion for 2-3 days. No fever, no falls. Still taking Aricept and Namenda. Urine has been dark and foul smelling.

Advised: UA/culture at ⟦H|Quinsigamond Lab⟧ on ⟦S|Shrewsbury St⟧ today, push fluids, call back or go to the ED at ⟦H|UMass Memorial⟧ if worse. Rx for cephalexin deferred until culture back.

Discussed with Dr. ⟦N|Ayodele⟧ who agrees. Will call daughter tomorrow with result, ok to leave voicemail. Pager ⟦P|3-4417⟧ given for after hours.

⟦N|Carmen Ruiz⟧, RN, nurse triage
`);

note("ed-note", `
EMERGENCY DEPARTMENT NOTE
⟦H|Metro South Medical Center⟧ ED    Arrival ⟦D|08/15/2092⟧ 02:17
Patient: ⟦N|Raymond T. Okonkwo⟧   Age: 47   Sex: M   MRN ⟦M|MS-3380154⟧
Triage RN: ⟦N|J. Lemieux⟧   Attending: Dr. ⟦N|Priya Venkataraman⟧   Resident: Dr. ⟦N|Chase⟧

CC: MVC

HPI: 47M restrained driver in a single-vehicle MVC on ⟦LO|Route 9⟧ near the ⟦LO|I-95⟧ interchange at about 01:30, airbag deployed, + ETOH per EMS (⟦O|Framingham Fire Rescue⟧ 2). Complains of L chest wall pain and neck pain. No LOC per bystander. GCS 15 at scene.

PMH: HTN, GERD. Meds: amlodipine 5. NKDA.
SH: ⟦PROF|truck driver⟧ for ⟦O|Ryder⟧, lives in ⟦C|Natick⟧ with wife. 6 beers tonight.

Exam: T 36.9, HR 104, BP 151/94, RR 20, SpO2 97% RA. C-collar in place. L anterior chest wall tenderness, no crepitus. Abd soft. FAST negative. Moves all 4.

Results: EtOH 182. CXR: L 5th and 6th rib fractures, no PTX. CT C-spine: no fracture. Trop <0.01.

ED course: Fentanyl 50 mcg IV x2, lidocaine patch. C-collar cleared by NEXUS after CT. Incentive spirometry teaching.

Dispo: Admit to trauma surgery (Dr. ⟦N|Marchetti⟧) for pain control and pulmonary toilet. Wife ⟦N|Lydia⟧ at bedside, updated.

Signed ⟦N|Priya Venkataraman⟧ MD ⟦D|8/15/92⟧ 05:48
`);

note("med-rec", `
MEDICATION RECONCILIATION - ADMISSION
Date: ⟦D|2/6/2087⟧   Source: patient, pharmacy (⟦O|CVS⟧ #⟦I|2179⟧, ⟦S|Main St⟧, ⟦C|Andover⟧, ⟦P|978-555-0107⟧), PCP list
Patient: ⟦N|Sung-min Park⟧   MRN: ⟦M|7219034⟧

Home medications:
1. Warfarin 5 mg PO daily except 2.5 mg Mon/Fri - last dose ⟦D|2/5⟧ PM. INR 2.8 on admission.
2. Metoprolol succinate 50 mg PO daily.
3. Lasix 40 mg PO qAM (pt takes an extra 20 mg when weight up 3 lb).
4. Keppra 500 mg PO BID.
5. Levothyroxine 88 mcg PO daily.
6. Vitamin D3 2000 units daily.
7. Tylenol 650 mg q6h PRN; avoids NSAIDs.

Recently stopped: Coumadin dose changed by Anticoagulation Clinic on ⟦D|1/28⟧ (Dr. ⟦N|Sato⟧).
Allergies: penicillin (hives), shellfish.

Admission plan: hold warfarin tonight, heparin bridge per cardiology. Continue others. Will review with Dr. ⟦N|Rose Abramowitz⟧ on rounds.
Reconciled by: ⟦N|Tomasz Wisniewski⟧, PharmD  pager #⟦P|21873⟧
`);

note("social-work", `
SOCIAL WORK ASSESSMENT
⟦DAY|Tuesday⟧, ⟦D|5/19/2093⟧
Patient: ⟦N|Luz Marina Echeverría⟧, DOB ⟦D|9/4/1949⟧, MRN ⟦M|33-781-05⟧
Referral: team concern about safe discharge.

Pt is a 44 year old Spanish-speaking woman (interpreter ⟦N|Jorge⟧ #⟦I|7731⟧ used) admitted with CHF exacerbation. She lives at ⟦S|18 Brook Street, Apt 3R⟧, ⟦C|Lawrence⟧, ⟦STATE|MA⟧ ⟦Z|01841⟧, a third-floor walk-up, with her husband ⟦N|Ernesto⟧ and grandson ⟦N|Mateo⟧ (age 14). Husband recently retired from ⟦O|Raytheon⟧; pt worked for 20 years as a ⟦PROF|housekeeper⟧ at ⟦O|Holy Family Hospital⟧. Income: SSDI and husband's pension. Insurance: MassHealth ⟦I|100298817365⟧.

Supports: daughter ⟦N|Marisol Reyes-Echeverría⟧ (⟦P|978-555-0115⟧, cell ⟦P|978.555.0166⟧) lives in ⟦C|Haverhill⟧ and works at ⟦O|Market Basket⟧. Church: ⟦O|Iglesia Bautista Nueva Vida⟧.

Assessment: motivated, good insight, stairs a barrier. Plan: VNA referral to ⟦O|Merrimack Valley VNA⟧, elder services (⟦O|Elder Services of the Merrimack Valley⟧, contact ⟦N|Deb Shaughnessy⟧ ⟦P|800-555-0148⟧), fuel assistance application.

⟦N|Kathleen Mbeki⟧, LICSW   x⟦P|6-2210⟧
`);

note("signatures-cc", `
Patient: ⟦N|Fitzgerald, Colleen M.⟧  #⟦M|0098823⟧  ⟦D|06/21/95⟧
Visit summary: BP recheck, stable. Continue HCTZ. Labs in 3 months. Return ⟦D|September⟧.

______________________________
⟦N|Gregory Ashworth⟧, M.D.
Internal Medicine, ⟦H|Faulkner Hospital⟧
⟦S|1153 Centre Street⟧, ⟦C|Jamaica Plain⟧ ⟦Z|02130⟧
Office ⟦P|617-555-0184⟧  Fax ⟦F|617-555-0185⟧  ⟦E|gashworth@faulknermed.org⟧

Dictated but not read. DD: ⟦D|06/21/95⟧ DT: ⟦D|06/23/95⟧ ⟦N|GA⟧/⟦N|mfk⟧ Job #⟦I|0048812⟧
cc: Dr. ⟦N|Frank Delgado⟧ (cardiology)
    Dr. ⟦N|Marcus Young⟧
    Patient
`);

note("caps-operative", `
OPERATIVE REPORT
PATIENT NAME : ⟦N|MACDONALD , EWAN⟧
UNIT NUMBER : ⟦M|874-22-01⟧
DATE OF OPERATION : ⟦D|02/02/2096⟧
SURGEON : ⟦N|NATHANIEL P. ROSENBLUM⟧ , M.D.
ASSISTANT : ⟦N|AMARA DIALLO⟧ , M.D.
ANESTHESIA : GENERAL ENDOTRACHEAL , DR. ⟦N|FORD⟧
PREOPERATIVE DIAGNOSIS : RIGHT INGUINAL HERNIA .
POSTOPERATIVE DIAGNOSIS : RIGHT INDIRECT INGUINAL HERNIA .
OPERATION : RIGHT INGUINAL HERNIA REPAIR WITH MESH ( LICHTENSTEIN ) .
INDICATIONS : THE PATIENT IS A ⟦A|NINETY⟧ YEAR OLD MAN WITH A SYMPTOMATIC RIGHT INGUINAL HERNIA FOR TWO YEARS .
DESCRIPTION OF PROCEDURE : THE PATIENT WAS BROUGHT TO THE OPERATING ROOM AND PLACED SUPINE . AFTER INDUCTION OF GENERAL ANESTHESIA THE RIGHT GROIN WAS PREPPED AND DRAPED IN THE USUAL STERILE FASHION . AN OBLIQUE INCISION WAS MADE AND CARRIED DOWN TO THE EXTERNAL OBLIQUE APONEUROSIS , WHICH WAS OPENED IN THE DIRECTION OF ITS FIBERS . THE ILIOINGUINAL NERVE WAS IDENTIFIED AND PRESERVED . THE SAC WAS HIGH LIGATED WITH 2-0 VICRYL . A 6 X 14 CM PROLENE MESH WAS SECURED TO THE PUBIC TUBERCLE AND THE SHELVING EDGE OF POUPART'S LIGAMENT WITH RUNNING 2-0 PROLENE . THE EXTERNAL OBLIQUE WAS CLOSED WITH 3-0 VICRYL AND THE SKIN WITH 4-0 MONOCRYL . ESTIMATED BLOOD LOSS 10 CC . SPONGE AND NEEDLE COUNTS CORRECT X 2 . THE PATIENT WAS TAKEN TO THE PACU IN STABLE CONDITION .
⟦N|NATHANIEL P. ROSENBLUM⟧ , M.D.
DICTATED BY : ⟦N|NATHANIEL P. ROSENBLUM⟧ , M.D.
DD : ⟦D|02/02/96⟧
TD : ⟦D|02/03/96⟧ 11:20 A
TR : ⟦N|ljs⟧
BATCH : ⟦I|08814⟧
CC : ⟦N|ROSENBLUM , NATHANIEL P.⟧ ; DR. ⟦N|GRANT WILL⟧ , ⟦H|SOUTHCOAST HEALTH⟧
`);

note("cardio-consult", `
CARDIOLOGY CONSULTATION
Date of service: ⟦D|11-Apr-2085⟧
Requesting: Dr. ⟦N|Oduya⟧, hospitalist
Patient: ⟦N|Imelda Santos-Cruz⟧, ⟦D|04/11/85⟧, ⟦H|WMC⟧ # ⟦M|40019922⟧

Reason: new AF with RVR.

HPI: 79F with HTN, CKD 3 and hypothyroidism admitted ⟦D|4/9⟧ with dyspnea, found in AF at 140s. Rate controlled on diltiazem drip, now on PO diltiazem 60 q6. TSH 0.2. Echo ⟦D|4/10⟧: LVEF 55%, LA 4.6 cm, mild MR, no thrombus. CHA2DS2-VASc 5, HAS-BLED 2.

Exam: irregularly irregular, HR 88, BP 128/72, JVP 9 cm, bibasilar crackles. No Osler nodes, no Janeway lesions, no Roth spots. Homan's sign negative.

Impression: paroxysmal AF, likely precipitated by subclinical hyperthyroidism from levothyroxine excess (dose increased by Dr. ⟦N|Brown⟧ in ⟦D|February⟧).

Recommendations:
1. Apixaban 5 mg BID (Cr 1.3, wt 61 kg, age < 80).
2. Reduce levothyroxine to 75 mcg; recheck TSH in 6 weeks.
3. Continue diltiazem, switch to CD 240 mg daily at discharge.
4. Follow up with Dr. ⟦N|Laszlo Horvath⟧ at ⟦H|Westfield Cardiology⟧ in 2-4 weeks; ⟦P|413-555-0128⟧.

Thank you for this consult. Will sign off; please page with questions (pager ⟦P|14402⟧).
⟦N|Anjali Deshpande⟧, MD, cardiology fellow / ⟦N|K. Mahoney⟧, MD attending
`);

note("psych-intake", `
Psychiatry Intake
⟦D|03.07.2091⟧
ID: ⟦N|Dmitri Volkov⟧ is a 52 y/o divorced ⟦PROF|software engineer⟧ at ⟦O|Akamai⟧, referred by his PCP Dr. ⟦N|Esther Goldfarb⟧ for depression.

HPI: Since his layoff scare in the fall of ⟦D|2090⟧ he reports low mood, anhedonia, early waking at 4 am, 15 lb weight loss and passive SI without plan. Denies HI, AH/VH. Drinks 3-4 glasses of wine nightly. PHQ-9 = 19. GAD-7 = 12. MoCA 29/30.

Past psych: one episode of MDD in ⟦D|2079⟧ treated with sertraline by Dr. ⟦N|Nwachukwu⟧ at ⟦H|McLean⟧, outpatient. No hospitalizations, no suicide attempts.

Family: mother with bipolar disorder. Brother ⟦N|Sergei⟧ (⟦C|Brooklyn⟧) is supportive.

Social: lives alone in ⟦C|Arlington⟧; two daughters, ⟦N|Anya⟧ and ⟦N|Katya⟧, live with their mother in ⟦C|Portland⟧, ⟦STATE|Oregon⟧. Hobbies: chess, running. Guns: none.

MSE: casually dressed, good eye contact, speech normal rate, mood "flat", affect constricted, thought process linear, no SI today, insight and judgment fair.

Assessment: MDD, recurrent, moderate-severe; alcohol use disorder, mild.
Plan: start escitalopram 10 mg; CBT with ⟦N|Naomi Achterberg⟧, LICSW; safety plan reviewed; crisis line ⟦P|1-800-555-0199⟧; f/u 2 weeks.

⟦N|R. Castellano⟧, MD
`);

note("dc-instructions", `
DISCHARGE INSTRUCTIONS
Patient: ⟦N|Beatrice "Bea" Lindgren⟧   Discharged: ⟦D|Sept 8, 2090⟧
Discharging physician: Dr. ⟦N|Oluwaseun Adeyemi⟧

You were in the hospital for a COPD flare. You were treated with nebulizers, prednisone and doxycycline.

Appointments:
- Dr. ⟦N|Lisa Marie Tran⟧ (primary care), ⟦H|Harbor Health Center⟧, ⟦S|1135 Morton St⟧, ⟦C|Mattapan⟧ - ⟦DAY|Monday⟧ ⟦D|9/14⟧ at 10:15 AM. Phone ⟦P|617.555.0151⟧.
- Pulmonary Function Lab, ⟦H|BMC⟧, 2nd floor - ⟦D|10/2/2090⟧ 8:00 AM.
- Dr. ⟦N|Gideon Abara⟧ (pulmonology) - ⟦D|October 9⟧, 1:30 PM.

Medicines: finish prednisone 40 mg daily through ⟦D|9/12⟧. Use Spiriva once a day and albuterol as needed. Do not smoke.

Call ⟦P|617-555-0100, ext. 2⟧ or go to the nearest Emergency Room if you have trouble breathing, fever over 101, or chest pain.

Home oxygen from ⟦O|Lincare⟧ (⟦P|1-800-555-0177⟧), 2 liters at night.
MyChart: ⟦U|https://mychart.harborhealth.org⟧  username ⟦UN|blindgren47⟧
`);

note("transfer-bwh", `
TRANSFER NOTE
⟦D|7/1/2089⟧
⟦N|Yolanda Whitehorse⟧, 68F, ⟦H|BWH⟧ # ⟦M|12345678⟧, transferred from ⟦H|South Shore Hospital⟧ to ⟦H|BWH⟧ for ERCP.

Presented to ⟦H|SSH⟧ ⟦D|6/29⟧ with RUQ pain, T 38.6, Tbili 4.2, lipase 88. US: CBD 11 mm with stones. Started on Zosyn; blood cultures 1/2 GNR (E. coli, pan-sensitive per ⟦H|SSH⟧ micro). ERCP not available there over the holiday weekend.

At ⟦H|BWH⟧: seen by GI (Dr. ⟦N|Ishikawa⟧); ERCP with sphincterotomy and stone extraction ⟦D|7/1⟧. Murphy's sign negative post-procedure. Plan for lap chole this admission with Dr. ⟦N|Brennan-Moss⟧ (general surgery).

PCP: Dr. ⟦N|Farouk Haddad⟧, ⟦H|Brigham Primary Care - Weymouth⟧, ⟦P|781-555-0180⟧.
Outside records: faxed from ⟦H|SSH⟧ medical records ⟦F|781-555-0181⟧, requested by ⟦N|Marisa⟧ (unit secretary).
HCP: husband ⟦N|Thomas Whitehorse⟧ ⟦P|781-555-0122⟧.
`);

note("elderly-ages", `
GERIATRICS HOME VISIT
⟦D|Feb 14 2092⟧
Patient: ⟦N|Cornelius Abernathy-Pike⟧   MRN ⟦M|4490321⟧
The patient is ⟦A|ninety⟧. He lives with his wife, who is ⟦A|ninety-three⟧ years old, at ⟦S|6 Orchard Hill Road⟧ in ⟦C|Sudbury⟧. His sister, ⟦A|102⟧, lives at ⟦H|Wingate at Sudbury⟧.
He was last seen in clinic ⟦D|11/2091⟧.

Since then: one fall in ⟦D|December⟧ without injury. Appetite fair. Weight 141 lb (was 146). Hearing aids. Walker at home.

Exam: BP 108/62 seated, 96/58 standing, HR 66. Alert, oriented to person and place. MMSE 22/30 (was 24/30). Gait slow, Romberg positive. Tinel's negative at both wrists.

Assessment: ⟦A|90⟧-year-old man with mild dementia, orthostasis and falls.
Plan: stop tamsulosin, liberalize salt, PT/OT home safety eval through ⟦O|Parmenter VNA⟧, recheck in 4 weeks. Discussed with his son ⟦N|Everett⟧ who is his health care proxy.

⟦N|Simone Achebe⟧, NP
`);

note("pt-ot", `
PHYSICAL THERAPY EVALUATION
Name: ⟦N|Gallagher, Rose⟧      Date: ⟦D|1/22/2089⟧     Room: 512
Dx: L THA ⟦D|1/20/89⟧ (Dr. ⟦N|Sorensen⟧), posterior precautions.

Subjective: Pt reports pain 4/10 at rest, 7/10 with mobility. Lives alone in a 2-story house with 12 stairs and a railing on the right; ⟦PROF|retired teacher⟧. Goal is to return home.

Objective:
ROM: L hip flexion to 70 deg within precautions.
Strength: R LE 5/5, L hip 3-/5, L knee 4/5.
Bed mobility: min assist x1 for L LE.
Transfers: sit to stand with RW, CGA.
Gait: 40 ft with RW, step-to pattern, CGA, cues for sequencing.
Stairs: not attempted.
Balance: Berg 38/56.

Assessment: Pt will benefit from skilled PT to improve mobility. Rose early this morning and walked with nursing, good sign. Young for this procedure, motivated.

Plan: BID PT, stairs training tomorrow, d/c home with VNA vs rehab (⟦H|Youville House⟧) pending progress.

⟦N|Marcus Bell⟧, PT, DPT
`);

note("micro-lab", `
MICROBIOLOGY REPORT
Patient: ⟦N|Nguyen Thi Lan⟧ (⟦N|Lan Nguyen⟧)   Med Rec No: ⟦M|556-12-09⟧   Location: 6 North
Specimen: Blood culture, peripheral   Accession ⟦I|M24-0099812⟧   Collected ⟦D|09/09/2093⟧ 06:40

Gram stain: Gram positive cocci in clusters, 1 of 2 bottles, time to positivity 14 hours.
Called to and read back by ⟦N|A. Jefferson⟧, RN at 21:05 ⟦D|9/9⟧ by ⟦N|kpl⟧.

Identification: Staphylococcus epidermidis (coagulase negative).
Susceptibility: oxacillin R, vancomycin S (MIC 1), linezolid S, daptomycin S.
Comment: likely contaminant in 1 of 2 sets; correlate clinically.

Final ⟦D|09/12/2093⟧. Lab director: ⟦N|Harold F. Quigley⟧, MD, PhD. ⟦H|Central Valley Reference Laboratory⟧, ⟦S|1400 Industrial Pkwy⟧, ⟦C|Marlborough⟧, ⟦STATE|MA⟧.
`);

note("hospice-family", `
PALLIATIVE CARE FAMILY MEETING
Date: ⟦D|10/30/2094⟧  Location: 9 West family room
Patient: ⟦N|Joy Ellison⟧, 71, metastatic pancreatic cancer.

Present: patient; husband ⟦N|Art Ellison⟧; daughters ⟦N|Faith⟧ and ⟦N|Summer⟧; son-in-law ⟦N|Guy Marchand⟧; chaplain Rev. ⟦N|Abiodun Coker⟧; oncologist Dr. ⟦N|Ward⟧; RN ⟦N|Dawn⟧; SW ⟦N|Chris Lam⟧.

Discussion: we reviewed that the cancer has grown despite second-line chemotherapy (gemcitabine/nab-paclitaxel). Patient understands and states "I want to be home with my family." She has hope for ⟦DAY|Christmas⟧ at home. Faith is important to her; she belongs to ⟦O|St. Mark's Episcopal⟧.

Decisions: DNR/DNI confirmed, MOLST completed. Hospice referral to ⟦O|Care Dimensions⟧ for home hospice, start ⟦D|11/1⟧ if possible. Bill for the hospital bed will go to Medicare. Pain: switch to oxycodone ER 20 mg q12 with 5-10 mg q3h PRN.

Time spent 75 minutes, >50% counseling.
⟦N|Miriam Oyelaran⟧, MD, Palliative Care
`);

note("portal-message", `
Patient portal message received ⟦D|2091-04-02⟧ 19:22
From: ⟦N|Samantha O'Reilly⟧ <⟦E|sam.oreilly88@gmail.com⟧>
To: Dr. ⟦N|Bautista⟧'s team
Subject: rash after new antibiotic

Hi Dr. ⟦N|Bautista⟧, I started the Bactrim on ⟦DAY|Sunday⟧ and now have an itchy red rash on my chest and arms. No trouble breathing. Should I stop it? My pharmacy is the ⟦O|Walgreens⟧ on ⟦S|Hancock St⟧ in ⟦C|Quincy⟧. Thanks, ⟦N|Sam⟧

Reply ⟦D|4/3/91⟧ 07:55 (⟦N|Ana Bautista⟧, MD): Please stop the Bactrim. I sent doxycycline 100 mg twice daily for 7 days instead. Take Zyrtec for itching. If you get blisters, mouth sores or trouble breathing, go to the ER. I will call you at ⟦P|(617) 555-0137⟧ this afternoon.
Portal user id: ⟦UN|soreilly_2291⟧  Device: iPhone, IP ⟦IP|73.61.204.19⟧
`);

note("intl-patients", `
INTERNAL MEDICINE ADMISSION NOTE
⟦D|17 March 2090⟧
Patient: ⟦N|Chukwuemeka Adebayo-Okafor⟧   MRN: ⟦M|6680412⟧   SSN ⟦SSN|041-77-3196⟧
PCP: Dr. ⟦N|Svetlana Petrović⟧ at ⟦H|Codman Square Health Center⟧

CC: fever and cough x 5 days.
HPI: 58M originally from ⟦COUNTRY|Nigeria⟧, in the US since ⟦D|2071⟧, presenting with fever to 39.2, productive cough and R pleuritic pain. Traveled to ⟦C|Lagos⟧ ⟦D|Jan 2⟧ - ⟦D|Feb 10⟧ to visit his mother. No TB contacts known. HIV negative ⟦D|2088⟧.
PMH: DM2 (A1c 9.1), HTN, sickle trait.
SH: ⟦PROF|cab driver⟧, lives with wife ⟦N|Ngozi⟧ and 3 children in ⟦C|Dorchester⟧. No smoking.
Exam: T 38.8, HR 110, BP 124/70, RR 24, SpO2 91% RA -> 96% 3L. Bronchial breath sounds R base, egophony.
Labs: WBC 16.2, Cr 1.4, lactate 2.3. CXR: RLL consolidation. Sputum Gram stain: many PMNs, gram-positive diplococci.
A/P: CAP, CURB-65 = 2. Ceftriaxone + azithromycin. Blood cultures x2, urine Legionella and pneumococcal Ag. AFB x3 given travel, airborne isolation until negative. Insulin sliding scale.
Emergency contact: cousin ⟦N|Babatunde Ogunleye⟧ ⟦P|+1 617 555 0119⟧.
Admitting resident: ⟦N|Jun-ho Lee⟧, MD (PGY-2), pager ⟦P|31906⟧.
`);

note("caps-dc-ortho", `
⟦M|552019883⟧ ⟦H|PUMC⟧
⟦M|08112945⟧
⟦I|730415⟧
⟦D|10/11/2001⟧ 12:00:00 AM
HIP FRACTURE
DIS
ADMISSION DATE :
⟦D|10/11/2001⟧
REPORT STATUS :
DISCHARGE DATE :
⟦D|10/16/2001⟧
IDENTIFYING DATA : MS. ⟦N|MAY BRIDGEWATER⟧ IS A ⟦A|NINETY-FOUR⟧ YEAR OLD WOMAN FROM ⟦H|HILLCREST NURSING HOME⟧ WHO FELL ON ⟦D|10/10/01⟧ AND SUSTAINED A LEFT INTERTROCHANTERIC FRACTURE .
HOSPITAL COURSE : SHE UNDERWENT OPEN REDUCTION AND INTERNAL FIXATION WITH A GAMMA NAIL ON ⟦D|10/12/01⟧ BY DR. ⟦N|STAVROS PAPADOPOULOS⟧ . POSTOPERATIVELY SHE HAD DELIRIUM TREATED WITH LOW DOSE HALDOL AND REORIENTATION . HEMATOCRIT NADIR 26.1 , TRANSFUSED ONE UNIT . FOLEY REMOVED POD 2 . COUMADIN FOR DVT PROPHYLAXIS , GOAL INR 1.5 TO 2 .
SHE WILL RETURN TO ⟦H|HILLCREST⟧ ON ⟦D|10/16/01⟧ . FOLLOW UP IN ORTHOPEDIC CLINIC IN 6 WEEKS WITH DR. ⟦N|PAPADOPOULOS⟧ , ⟦P|617-555-0163⟧ . HER NIECE , ⟦N|LORRAINE DESROSIERS⟧ , WAS UPDATED BY PHONE ( ⟦P|401-555-0139⟧ ) .
DISCHARGE DIAGNOSES : 1. LEFT HIP FRACTURE . 2. DELIRIUM . 3. ANEMIA . 4. ALZHEIMER'S DEMENTIA .
⟦N|STAVROS PAPADOPOULOS⟧ , M.D.
DICTATING FOR :
⟦N|HENRIETTA K. BLOOM⟧ , M.D.
TR : ⟦N|wn⟧
DD : ⟦D|10/16/2001⟧
TD : ⟦D|10/16/2001⟧ 5:03 P
⟦I|730415⟧
CC : ⟦H|HILLCREST NURSING HOME⟧ , FAX ⟦F|781-555-0110⟧
[ report_end ]
`);

note("employer-note", `
Occupational Health Visit   ⟦D|08/03/2087⟧
Employee: ⟦N|Dwayne Washington⟧   Employer: ⟦O|Boston Scientific⟧, ⟦C|Marlborough⟧ campus   Employee ID ⟦I|E0045193⟧
Supervisor: ⟦N|Kim Park-Sullivan⟧, ⟦E|kim.parksullivan@bsci-example.com⟧

Work injury ⟦D|7/30⟧: lifting a 40 lb box in the warehouse, felt a pull in the low back. No radicular symptoms, no bowel/bladder changes. Straight leg raise negative bilaterally, strength 5/5, reflexes 2+ and symmetric.

Dx: lumbar strain.
Work status: modified duty, no lifting > 15 lb for 2 weeks, may return to full duty ⟦D|8/17⟧ if improved. Naproxen 500 mg BID with food. PT at ⟦H|Concentra⟧ ⟦C|Hudson⟧, 2x/week.
Workers comp claim #⟦I|WC-87-55102⟧ (⟦O|Liberty Mutual⟧, adjuster ⟦N|Tessa Greenberg⟧, ⟦P|800-555-0112 ext 7703⟧).

⟦N|Victor Almeida⟧, MD, MPH
`);

note("progress-caps-mixed", `
Medicine Progress Note - HD #4   ⟦D|5/23/2086⟧
S: Pt ⟦N|Wojciech Zielinski⟧ feels better, ate breakfast, walked hall x2. Wants to go home to ⟦C|Chicopee⟧. Daughter ⟦N|Agnieszka⟧ visiting from ⟦C|Hartford⟧.
O: Tm 37.4, HR 82, BP 130/76, RR 16, 94% RA. I/O 1.8/2.6 L. Wt 88.2 kg (89.9 on admit).
Lungs: few crackles L base. Ext: trace edema.
Labs: Na 134, K 4.1, Cr 1.1 (1.3), BNP 612 (1480). INR 1.1.
A/P: 81M w/ HFrEF (EF 30%) exacerbation 2/2 dietary indiscretion, improving.
1. HFrEF: Lasix 40 IV -> 40 PO tomorrow. Continue carvedilol, sacubitril-valsartan. Dietician consult. Daily weights.
2. AKI: resolved.
3. Dispo: likely home ⟦D|5/25⟧ with ⟦O|Cooley Dickinson VNA⟧. Cardiology f/u Dr. ⟦N|Aaronson⟧ ⟦D|6/2⟧ at ⟦H|Baystate⟧. Will d/w Dr. ⟦N|Hughes⟧.
___
⟦N|Leah Abernathy⟧, MD PGY-1, pgr ⟦P|5-9921⟧
Attending attestation: I saw and examined the patient with Dr. ⟦N|Abernathy⟧ and agree with her findings and plan. ⟦N|T. Hughes⟧, MD ⟦D|5/23/86⟧
`);

// ---------------------------------------------------------------------------------------------------------------
write();
