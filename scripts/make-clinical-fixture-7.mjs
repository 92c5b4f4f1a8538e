// Why this file exists: builds test/fixtures/clinical-notes-7.jsonl, a seventh labelled set of clinical notes written
// by hand to measure blind generalisation after ten rounds of rules, in note kinds of US hospital records that fixtures
// 1-6 hold few of: radiology and pathology reports with accession numbers, operative and anaesthesia notes, nursing
// shift and flowsheet notes, psychiatry and social-work notes with collateral from relatives, schools, employers and
// churches, ED triage, discharge instructions with clinic addresses and portal user names, referral and work letters,
// outside-records summaries, telephone encounters, consult notes with cc: lists, a registration face sheet; about a
// third in ALL CAPS. PHI as i2b2/MIMIC label it: patients, relatives and clinicians (with initials and dictation
// trailers such as "JS/mtr"), hospitals and departments as acronyms and full names, streets, towns, zips, employers,
// schools, churches, dates in many formats, ages over 89, phones, faxes, pagers, MRNs, accession and account numbers,
// emails and user names. Every name, place and number is invented here; nothing is copied from any corpus, and the
// notes were written before reading the detector's rules. Labelling follows fixtures 5-6: weekdays and holidays are
// `ignored` (DAY), as are states, countries and professions; seasons are left unlabelled; ages under 90 are no PHI.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-6 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-7.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-7.jsonl", "make-clinical-fixture-7");

// ---------------------------------------------------------------------------------------------------------------
note("rad-ct-caps", `
⟦H|ST. BRENDAN'S MEDICAL CENTER⟧ - DEPARTMENT OF RADIOLOGY
PATIENT: ⟦N|KOWALCZYK, HALINA M⟧          MRN: ⟦M|0048812276⟧
ACCESSION: ⟦I|CT-23-0917745⟧          EXAM DATE: ⟦D|11/14/2023⟧ 16:42
REFERRING: ⟦N|ABERNETHY, CALLUM⟧ MD (⟦H|SBMC⟧ EMERGENCY DEPT)
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
CLINICAL HISTORY: ⟦A|91⟧ Y/O F WITH RLQ PAIN, LEUKOCYTOSIS.
COMPARISON: CT A/P ⟦D|03/02/2021⟧ FROM ⟦H|MERCY VALLEY HOSPITAL⟧ (OUTSIDE IMAGES LOADED TO PACS ON ⟦D|11/14⟧).
FINDINGS: INFLAMED APPENDIX MEASURING 14 MM WITH PERIAPPENDICEAL FAT STRANDING. NO FREE AIR. NO ABSCESS. SIGMOID DIVERTICULOSIS WITHOUT DIVERTICULITIS. 2 CM SIMPLE LEFT RENAL CYST, UNCHANGED.
IMPRESSION:
1. ACUTE UNCOMPLICATED APPENDICITIS.
2. NO CHANGE IN LEFT RENAL CYST (BOSNIAK I).
CRITICAL RESULT CALLED TO DR. ⟦N|ABERNETHY⟧ BY DR. ⟦N|NWACHUKWU⟧ AT 17:05 ON ⟦D|11/14/23⟧, READ BACK CONFIRMED.
ELECTRONICALLY SIGNED BY: ⟦N|OBIAGELI NWACHUKWU⟧, MD ⟦D|11/14/2023⟧ 17:11
`);

note("rad-mammo", `
Bilateral Screening Mammogram with Tomosynthesis
Patient: ⟦N|Rosalba Quintanilla⟧   DOB: ⟦D|06/22/1961⟧   MRN: ⟦M|3317-0842⟧
Exam date: ⟦D|Feb 6, 2024⟧   Acc #: ⟦I|MG2402060113⟧
Technologist: ⟦N|KLR⟧
History: Annual screening. Maternal aunt with breast cancer at 52. No current complaints.
Comparison: ⟦D|01/30/2023⟧ and ⟦D|01/18/2022⟧, and outside films from ⟦H|Cape Cod Imaging⟧ dated ⟦D|2019⟧.
Breast composition: heterogeneously dense (c).
Findings: In the left breast at 2 o'clock, 6 cm from the nipple, there is a new 7 mm focal asymmetry seen on the CC view only. No suspicious calcifications. Right breast negative.
Impression: BI-RADS 0, incomplete. Additional imaging of the left breast recommended.
The patient will be contacted by our breast imaging coordinator ⟦N|Yesenia⟧ at ⟦P|(508) 555-0183⟧ to schedule diagnostic views at the ⟦H|Hyannis Women's Imaging Center⟧.
Interpreted by: ⟦N|Margit Solberg-Hale⟧, M.D.
`);

note("rad-mri-dictated", `
MRI LUMBAR SPINE WITHOUT CONTRAST
Date of service: ⟦D|2081-07-09⟧
Ordering provider: ⟦N|Tobias Wren⟧, PA-C, ⟦H|Riverbend Spine & Pain⟧
Indication: 58M, low back pain radiating to L leg x 6 wks, failed PT at ⟦O|Peak Motion Physical Therapy⟧.
Technique: Sagittal T1, T2, STIR; axial T2.
Findings: L4-5 broad-based disc bulge with superimposed left subarticular protrusion contacting the traversing left L5 nerve root. Moderate left lateral recess narrowing. L5-S1 facet arthropathy. Conus terminates at L1.
Impression: Left L4-5 subarticular protrusion contacting L5 root, correlating with symptoms.
Dictated by: ⟦N|Ansel Moreau-Diallo⟧, MD
Transcribed by: ⟦N|pkt⟧   D: ⟦D|07/09/81⟧ 14:20   T: ⟦D|07/10/81⟧ 08:02   Job #: ⟦I|448127⟧
`);

note("path-surgical-caps", `
SURGICAL PATHOLOGY REPORT
⟦H|NORTH SHORE UNIVERSITY HOSPITAL⟧ - ANATOMIC PATHOLOGY
ACCESSION #: ⟦I|S23-041877⟧
PATIENT: ⟦N|DELACROIX, EMMANUEL J.⟧     MED REC #: ⟦M|NS-7720193⟧     ACCT #: ⟦I|880214463⟧
DOB: ⟦D|04/11/1955⟧     COLLECTED: ⟦D|10/02/2023⟧     RECEIVED: ⟦D|10/03/2023⟧
SURGEON: ⟦N|HOLLIS BRANDVOLD⟧, MD
CLINICAL HISTORY: RIGHT COLON MASS ON COLONOSCOPY ⟦D|09/12/23⟧ (DR. ⟦N|PETRAKIS⟧).
SPECIMEN: A. RIGHT COLON AND TERMINAL ILEUM. B. ADDITIONAL DISTAL MARGIN.
GROSS DESCRIPTION: A. RECEIVED FRESH LABELED WITH THE PATIENT'S NAME "⟦N|DELACROIX⟧" AND "RIGHT COLON" IS A 24 CM SEGMENT OF COLON WITH 6 CM OF TERMINAL ILEUM. AN ULCERATED MASS MEASURES 4.2 X 3.8 CM. REPRESENTATIVE SECTIONS IN CASSETTES A1-A14. (GROSSED BY ⟦N|T. OYELOWO⟧, PA(ASCP))
FINAL DIAGNOSIS:
A. COLON, RIGHT, HEMICOLECTOMY: INVASIVE ADENOCARCINOMA, MODERATELY DIFFERENTIATED, INVADING THROUGH MUSCULARIS PROPRIA INTO PERICOLORECTAL TISSUE (PT3). MARGINS NEGATIVE. 0/22 LYMPH NODES (PN0). MMR PROTEINS INTACT.
B. MARGIN: BENIGN COLONIC MUCOSA.
I HAVE PERSONALLY REVIEWED THE SLIDES AND RENDERED THE DIAGNOSIS.
⟦N|ROWENA FAIRWEATHER-OKAFOR⟧, MD, PATHOLOGIST  ⟦D|10/06/2023⟧
CC: ⟦N|HOLLIS BRANDVOLD⟧, MD; ⟦N|GEORGIOS PETRAKIS⟧, MD (⟦H|NSUH⟧ GI)
`);

note("path-cytology-outside", `
Cytopathology Consultation
Outside case: ⟦I|FN-2022-3391⟧ from ⟦H|Baystate Franklin Medical Center⟧, ⟦C|Greenfield⟧ ⟦STATE|MA⟧ (referring pathologist Dr. ⟦N|Ilse Vandermeer⟧)
Our case no.: ⟦I|CC22-1187⟧   Received ⟦D|8/19/22⟧
Patient: ⟦N|Haruto Ishikawa⟧, MRN ⟦M|6602219⟧
Material: 4 Diff-Quik and 4 Pap-stained smears, 1 cell block, thyroid right lobe FNA performed ⟦D|8/11/22⟧.
Diagnosis: Thyroid, right lobe, FNA: Suspicious for papillary thyroid carcinoma (Bethesda V). Nuclear grooves and occasional pseudoinclusions present.
Comment: We agree with the outside interpretation. Discussed with Dr. ⟦N|Vandermeer⟧ by phone on ⟦D|8/22⟧. Molecular testing can be sent on the cell block on request; call ⟦P|413-555-0147⟧.
Slides returned by courier to ⟦H|BFMC⟧ ⟦D|8/23/2022⟧.
⟦N|Priyanka Raghunathan⟧, MD
`);

note("op-note-caps", `
OPERATIVE REPORT
PATIENT NAME: ⟦N|MCGILLICUDDY, SEAMUS⟧
MEDICAL RECORD NUMBER: ⟦M|00-41-88-29⟧
DATE OF OPERATION: ⟦D|JANUARY 17, 2078⟧
SURGEON: ⟦N|ANTONIA VRABEL⟧, M.D.
ASSISTANT: ⟦N|DESMOND ACHTERHOF⟧, M.D. (PGY-4)
ANESTHESIOLOGIST: ⟦N|LUDMILA SERGEYEVNA⟧, M.D.
ANESTHESIA: GENERAL ENDOTRACHEAL.
PREOPERATIVE DIAGNOSIS: SYMPTOMATIC CHOLELITHIASIS.
POSTOPERATIVE DIAGNOSIS: SAME.
PROCEDURE: LAPAROSCOPIC CHOLECYSTECTOMY WITH INTRAOPERATIVE CHOLANGIOGRAM.
INDICATIONS: THIS IS A 47-YEAR-OLD MAN WITH RECURRENT BILIARY COLIC, SEEN IN CLINIC ON ⟦D|12/20/77⟧. RISKS INCLUDING BILE DUCT INJURY WERE DISCUSSED WITH HIM AND HIS WIFE ⟦N|NORA⟧.
DESCRIPTION OF PROCEDURE: THE PATIENT WAS BROUGHT TO OR 7 AND PLACED SUPINE. AFTER INDUCTION, THE ABDOMEN WAS PREPPED AND DRAPED. A 12 MM HASSON PORT WAS PLACED AT THE UMBILICUS. THE CRITICAL VIEW OF SAFETY WAS OBTAINED. CHOLANGIOGRAM SHOWED FREE FLOW INTO THE DUODENUM WITHOUT FILLING DEFECTS. THE CYSTIC DUCT AND ARTERY WERE CLIPPED AND DIVIDED. THE GALLBLADDER WAS REMOVED IN AN ENDOCATCH BAG.
ESTIMATED BLOOD LOSS: 15 ML.
SPECIMENS: GALLBLADDER TO PATHOLOGY.
COMPLICATIONS: NONE.
DR. ⟦N|VRABEL⟧ WAS PRESENT AND SCRUBBED FOR THE ENTIRE PROCEDURE.
⟦N|ANTONIA VRABEL⟧, M.D.
⟦N|AV⟧/⟦N|mtr⟧
DD: ⟦D|01/17/78⟧
DT: ⟦D|01/18/78⟧
JOB: ⟦I|0781177⟧
`);

note("op-brief-mixed", `
Brief Operative Note
Date: ⟦D|3/4/2024⟧
Pre-op dx: R distal radius fx
Post-op dx: same
Procedure: ORIF R distal radius, volar plate
Surgeon: ⟦N|Fenwick Oduya⟧, MD
Assistant: ⟦N|Carly Brandt⟧, PA-C
Anesthesia: Regional (supraclavicular block) + MAC; ⟦N|J. Szymanski⟧, CRNA, supervised by Dr. ⟦N|Alvarado-Finch⟧
EBL: minimal. Tourniquet 52 min.
Implants: Acu-Loc 2 plate, lot ⟦DEV|8816-2291⟧
Specimens: none
Dispo: PACU then home with husband ⟦N|Wendell⟧. F/u Ortho Clinic (⟦S|1 Jefferson Way⟧, 3rd floor) in 2 weeks, ⟦P|781-555-0168⟧.
`);

note("anesthesia-preop", `
Anesthesia Pre-procedure Evaluation  ⟦D|5/28/24⟧
Pt ⟦N|Eulalia Fontenot⟧ is a ⟦A|93⟧ y.o. female scheduled for hip hemiarthroplasty with Dr. ⟦N|Castellano⟧.
PMH: HTN, AFib on apixaban (last dose ⟦D|5/26⟧ AM), CKD3, mild AS (AVA 1.3 on TTE ⟦D|4/2024⟧ at ⟦H|Ochsner⟧).
Airway: Mallampati II, edentulous. ASA 3.
Plan: spinal with propofol sedation. Discussed with pt and her granddaughter ⟦N|Amélie⟧ (POA), who can be reached at ⟦P|504-555-0112⟧.
Consent obtained. ⟦N|R. Thibodeaux⟧, MD (anesthesia), pager ⟦P|4417⟧
`);

note("nursing-shift-mixed", `
RN Shift Note ⟦D|12/09⟧ 1900-0730, 6 North
Pt A&Ox2 (baseline per daughter). Bed alarm on, fall precautions maintained. Sitter ⟦N|Marisol⟧ at bedside 2300-0700.
VS stable overnight, afebrile. Pain 2/10 L hip, oxycodone 2.5 mg x1 at 0215.
Voided x2. Heparin gtt per protocol, PTT 68 at 0400, no rate change per pharmacist ⟦N|Idris⟧.
Daughter ⟦N|Caridad Espinal⟧ called at 2130 asking about discharge; told her Dr. ⟦N|Ferreira-Lund⟧ will round in AM. Her number is ⟦P|(401) 555-0190⟧, she prefers texts.
Charge RN ⟦N|Oluwaseun⟧ aware of pt's increased confusion at 0300; rapid response not called, CAM neg at 0500.
Report given to ⟦N|Brianna K.⟧, RN.
-- ⟦N|Tamsin Yardley⟧, RN
`);

note("nursing-flowsheet-caps", `
⟦D|02/11/2079⟧ 0800 NSG ASSESSMENT - ⟦H|BAKER 5⟧
VS: T 37.1 HR 88 RR 18 BP 142/78 SPO2 96% 2L
NEURO: ALERT, ORIENTED TO SELF ONLY. PERRLA.
RESP: DIMINISHED BASES. IS 750.
CARDIAC: NSR ON TELE.
GI: NPO FOR EGD TODAY WITH DR. ⟦N|OKONKWO⟧.
SKIN: PRESSURE INJURY STAGE 2 L HEEL, WOUND RN ⟦N|SIOBHAN⟧ CONSULTED.
FAMILY: HUSBAND ⟦N|ARMAND⟧ AT BEDSIDE, STATES PT WAS LAST WELL ⟦DAY|SUNDAY⟧. SON ⟦N|PHILIPPE⟧ FLYING IN FROM ⟦C|MONTREAL⟧ TONIGHT.
1400: PT TRANSPORTED TO ENDO, RETURNED 1530. HGB 7.4, 1 UNIT PRBC STARTED 1610 PER DR ⟦N|LINDGREN-BAH⟧.
⟦N|K. ABERCROMBIE⟧, RN  EXT ⟦P|6-4471⟧
`);

note("psych-consult", `
Psychiatry Consultation-Liaison Note
Date: ⟦D|September 3, 2022⟧
Requesting: Dr. ⟦N|Ngozi Eze⟧ (Medicine, ⟦H|Kingsbrook⟧ 4 West)
Reason: SI in setting of intentional acetaminophen ingestion.
HPI: ⟦N|Dashiell Prentiss⟧ is a 19 y/o sophomore at ⟦O|Emerson College⟧ who was brought to the ED by his roommate ⟦N|Kofi⟧ after taking ~30 x 500 mg tablets on ⟦D|9/1⟧ following a breakup. He had been seeing a counselor at the ⟦O|Emerson Counseling Center⟧ since spring ⟦D|2022⟧ but stopped in ⟦D|June⟧. Works part-time at ⟦O|Trader Joe's⟧ on ⟦S|Boylston St⟧.
Collateral: mother ⟦N|Vivienne Prentiss⟧ (⟦P|860-555-0125⟧) from ⟦C|West Hartford⟧ reports prior attempt at 16 (hospitalized at ⟦H|Institute of Living⟧). Father not involved.
MSE: Disheveled, poor eye contact, speech soft. Mood "empty." Affect constricted. Endorses passive SI, denies plan. No AH/VH.
Assessment: MDD, severe, single episode vs recurrent; high acute risk.
Recommendations: Section 12 in place. 1:1 sitter. Inpatient psychiatric admission when medically cleared; bed search via ⟦O|MBHP⟧. Sertraline 25 mg daily.
⟦N|Leopold Achebe-Strand⟧, MD, Psychiatry C-L, pager ⟦P|617-555-0931⟧
`);

note("psych-inpt-caps", `
PSYCHIATRY PROGRESS NOTE - ⟦H|WESTBOROUGH BEHAVIORAL HEALTHCARE HOSPITAL⟧
DATE: ⟦D|04-22-2080⟧   UNIT: ⟦H|CEDAR⟧
PT: ⟦N|GALLAGHER, BRONAGH⟧   MR# ⟦M|WB-009182⟧
S: PT SLEPT 6 HRS. ATTENDED GROUP X2. STATES "I WANT TO CALL MY SISTER ⟦N|UNA⟧." SPOKE WITH CASE MANAGER ⟦N|FERNANDO⟧ RE: HOUSING; PREVIOUSLY STAYED AT ⟦O|PINE STREET INN⟧.
O: CALM, COOPERATIVE, LINEAR. DENIES SI/HI. NO EPS ON HALOPERIDOL.
A/P: SCHIZOAFFECTIVE D/O, IMPROVING. CONT HALDOL DEC 100 MG, NEXT DUE ⟦D|05/06⟧. FAMILY MTG ⟦DAY|FRIDAY⟧ W/ SISTER ⟦N|UNA GALLAGHER-ROONEY⟧ AND PASTOR FR. ⟦N|TIERNAN⟧ FROM ⟦O|ST. COLUMBKILLE PARISH⟧.
⟦N|H. BJORNSDOTTIR⟧, MD / ⟦N|HB⟧
`);

note("social-work-dc", `
Social Work Discharge Planning Note
⟦D|07/15/2023⟧
Met with pt Mr. ⟦N|Thaddeus Okoro⟧ and his wife ⟦N|Adaeze⟧ at bedside. Pt is a ⟦A|90⟧-year-old retired ⟦PROF|bus driver⟧ for ⟦O|MBTA⟧, lives with wife in a 3-family home at ⟦S|47 Glenway Street⟧, ⟦C|Dorchester⟧ ⟦Z|02121⟧; 14 steps to enter. Pt's daughter ⟦N|Chinwe Okoro-Banks⟧ lives upstairs and works nights at ⟦H|Carney Hospital⟧.
Insurance: ⟦O|Tufts Health Plan⟧ Medicare Preferred, member ID ⟦HP|TH88214407⟧.
Pt active member of ⟦O|Morning Star Baptist Church⟧; church van available for appointments.
Plan: home with ⟦O|Bay State Home Health⟧ (RN/PT), intake ⟦N|Lorraine⟧ ⟦P|617-555-0176⟧, fax ⟦F|617-555-0177⟧. Rolling walker delivered by ⟦O|NEHM⟧. Wife agrees to plan.
⟦N|Beatriz Mendonça⟧, LICSW ⟦P|x3-2290⟧
`);

note("social-work-caps", `
SOCIAL WORK ASSESSMENT  ⟦D|03/30/77⟧
REFERRAL: SUSPECTED ELDER SELF-NEGLECT, PER DR ⟦N|MAGNUSSON⟧.
PT ⟦N|WILHELMINA STROUD⟧ IS A ⟦A|95⟧ YO WIDOW LIVING ALONE AT ⟦S|1180 OLD COUNTY ROAD⟧, ⟦C|SMITHFIELD⟧ ⟦STATE|RI⟧ ⟦Z|02917⟧. FOUND BY NEIGHBOR ⟦N|GUS PAPADAKIS⟧ ON FLOOR. HOME WITHOUT HEAT SINCE ⟦D|MARCH 20⟧. ONLY RELATIVE A NEPHEW, ⟦N|CORNELIUS STROUD⟧, IN ⟦C|TUCSON⟧, ⟦STATE|AZ⟧ (⟦P|520-555-0143⟧).
PROTECTIVE SERVICES REPORT FILED WITH ⟦O|DIVISION OF ELDERLY AFFAIRS⟧, CASE # ⟦I|EA-77-01942⟧, WORKER MS. ⟦N|RENATA DUVALL⟧.
PT REFUSES NURSING HOME, STATES SHE "WILL DIE IN THE HOUSE ⟦N|HAROLD⟧ BUILT."
PLAN: CAPACITY EVAL BY PSYCH ⟦D|3/31⟧. ⟦N|T. OSEI-BONSU⟧, LCSW
`);

note("ed-triage-caps", `
ED TRIAGE NOTE   ARRIVAL ⟦D|06/03/24⟧ 22:47   MODE: EMS (⟦O|LIFEGUARD AMBULANCE⟧ MEDIC 12)
PT: ⟦N|RUIZ-PACHECO, ESTEBAN⟧   DOB ⟦D|10/19/1970⟧   MRN ⟦M|E4419027⟧
CC: CHEST PAIN X 2 HRS, RADIATING TO L ARM, DIAPHORETIC.
ACUITY: ESI 2. STEMI ALERT NOT CALLED - ECG READ BY DR ⟦N|HALVORSEN⟧ AT 22:51, NSR, NO ST ELEVATION.
VS: BP 168/94 HR 102 RR 20 SPO2 97% RA T 36.8.
PT ACCOMPANIED BY COWORKER ⟦N|DARNELL⟧ FROM ⟦O|COSTCO⟧ IN ⟦C|EVERETT⟧; WIFE ⟦N|MARICELA⟧ NOTIFIED BY PHONE ⟦P|425-555-0108⟧.
ALLERGIES: NKDA. ASA 324 MG GIVEN BY EMS.
TRIAGE RN: ⟦N|B. OKAFOR⟧
`);

note("ed-triage-mixed", `
ED Triage  ⟦D|1/22/2025⟧ 10:15
Arrived by private car with mother. 4yo M with fever 103.1 since ⟦D|Jan 20⟧, decreased PO, 2 wet diapers today.
Attends ⟦O|Little Sprouts Early Learning⟧ in ⟦C|Medford⟧; several classmates sick per mom (⟦N|Keziah Mbeki⟧, ⟦P|339-555-0162⟧).
PCP: Dr. ⟦N|Yvonne Castellanos⟧, ⟦H|Medford Pediatric Associates⟧.
Immunizations UTD per mom. No sick contacts at home except sister ⟦N|Zuri⟧ (cough).
Triage: ESI 3. Ibuprofen 10 mg/kg given at 10:22. To Peds ED room 14.
Triage RN ⟦N|Anneliese Kroft⟧ / ⟦UN|akroft2⟧
`);

note("dc-instructions", `
DISCHARGE INSTRUCTIONS
Patient: ⟦N|Gwendolyn Ashby-Torres⟧        Discharge date: ⟦D|April 9, 2024⟧
You were in the hospital for: pneumonia.
Your follow-up appointments:
- Dr. ⟦N|Lucinda Fairbairn⟧ (primary care), ⟦H|Fallon Health Plymouth Medical Center⟧, ⟦S|22 Alden Drive⟧, ⟦C|Plymouth⟧ ⟦STATE|MA⟧ ⟦Z|02360⟧. ⟦DAY|Tuesday⟧ ⟦D|April 16⟧ at 10:40 AM. Phone ⟦P|508-555-0151⟧.
- Chest X-ray at ⟦H|Jordan Hospital Imaging⟧ in 6 weeks (around ⟦D|May 21⟧); no appointment needed, walk-in hours 8-4.
- Pulmonary clinic: Dr. ⟦N|Anand Subramaniam⟧ will call you to schedule.
Medicines: Finish amoxicillin-clavulanate through ⟦D|4/13⟧.
Call your doctor or return if you have fever over 101, trouble breathing, or chest pain.
Questions after hours: nurse line ⟦P|1-800-555-0199⟧.
You can see your results on the patient portal; your user name is ⟦UN|gashbytorres⟧.
Instructions reviewed with patient and her son ⟦N|Miguel⟧ by ⟦N|Dana Kovacevic⟧, RN.
`);

note("dc-instructions-caps", `
⟦H|MEMORIAL HOSPITAL OF SOUTH BEND⟧
DISCHARGE INSTRUCTIONS - CARDIOLOGY
NAME: ⟦N|VANDERKOOI, PIETERNELLA⟧   ACCT: ⟦I|5502291847⟧   ADMIT: ⟦D|08/28/2023⟧   DISCHARGE: ⟦D|08/31/2023⟧
DIAGNOSIS: NEW ATRIAL FIBRILLATION.
FOLLOW UP WITH: DR. ⟦N|KRISHNAMURTHY⟧, ⟦H|BEACON HEART AND VASCULAR⟧, ⟦S|615 N MICHIGAN ST SUITE 200⟧, ⟦C|SOUTH BEND⟧, ⟦STATE|IN⟧ ⟦Z|46601⟧, ON ⟦D|09/12/2023⟧ AT 1:30 PM. PHONE ⟦P|574-555-0132⟧.
ANTICOAGULATION CLINIC: ⟦D|9/5⟧ - CALL ⟦N|PAM⟧ AT ⟦P|574-555-0139⟧, OPTION 4.
TAKE APIXABAN 5 MG TWICE DAILY. DO NOT STOP UNLESS DR. ⟦N|KRISHNAMURTHY⟧ TELLS YOU TO.
SIGNED: ⟦N|R. DEJONG⟧, RN   PATIENT/REPRESENTATIVE: ⟦N|HENDRIK VANDERKOOI⟧ (SPOUSE)
`);

note("referral-letter", `
⟦H|Pioneer Valley Gastroenterology⟧
⟦S|300 Shaker Road, Suite 4B⟧
⟦C|Longmeadow⟧, ⟦STATE|MA⟧ ⟦Z|01106⟧
Phone ⟦P|413-555-0188⟧ | Fax ⟦F|413-555-0189⟧

⟦D|October 30, 2079⟧

⟦N|Marisa Delgado-Whitcomb⟧, MD
Division of Hepatology
⟦H|Baystate Medical Center⟧
⟦S|759 Chestnut Street⟧
⟦C|Springfield⟧, ⟦STATE|MA⟧ ⟦Z|01199⟧

RE: ⟦N|Augustin Lemaire⟧   DOB ⟦D|02/14/1949⟧   Our MRN ⟦M|PV-33018⟧

Dear ⟦N|Marisa⟧,

I would be grateful if you would see Mr. ⟦N|Lemaire⟧, a delightful 74 year old retired machinist from ⟦O|Smith & Wesson⟧, for evaluation of cirrhosis. Ultrasound on ⟦D|10/2⟧ at ⟦H|Mercy Medical Center⟧ showed a nodular liver and splenomegaly; MELD today is 11. His EGD with me on ⟦D|10/24⟧ showed small varices without red wale signs.

He lives in ⟦C|East Longmeadow⟧ with his partner ⟦N|Colette Arsenault⟧, who drives him to appointments and can be reached at ⟦P|413-555-0104⟧.

With thanks and kind regards,

⟦N|Ezekiel Brightwater⟧, MD

cc: Dr. ⟦N|Sunita Pillai⟧ (PCP), ⟦H|Longmeadow Family Practice⟧
    Patient
⟦N|EB⟧:⟦N|lkm⟧
`);

note("work-letter", `
⟦D|March 12, 2024⟧

To: Human Resources, ⟦O|Raytown Unified School District⟧

Re: Ms. ⟦N|Corinne Blackwood⟧

Ms. ⟦N|Blackwood⟧ has been under my care at the ⟦H|Truman Medical Center Lakewood⟧ Family Medicine clinic since ⟦D|2019⟧. She underwent surgery on ⟦D|February 27, 2024⟧ and is unable to return to her position as a ⟦PROF|second-grade teacher⟧ at ⟦O|Blue Ridge Elementary⟧ until ⟦D|April 8, 2024⟧. She may then return with a 20-lb lifting restriction for 4 weeks.

Please contact my office at ⟦P|816-555-0174⟧ with questions.

⟦N|Obadiah Kessler⟧, DO
`);

note("outside-records", `
Outside Records Review
Records received by fax on ⟦D|11/02/2022⟧ from ⟦H|Good Samaritan Hospital⟧ (⟦C|Brockton⟧), requested by ⟦N|Celeste⟧ in HIM, 42 pages.
- ED visit ⟦D|9/14/22⟧: syncope, CT head neg, discharged. ED attending ⟦N|P. Lachance⟧.
- Admission ⟦D|10/1/22⟧-⟦D|10/6/22⟧: NSTEMI, cath by Dr. ⟦N|Haddad⟧ showed 90% mid LAD, DES x1. Discharged on DAPT.
- Echo ⟦D|10/3/22⟧: EF 45%, inferior hypokinesis.
- Cardiology f/u at ⟦H|Signature Healthcare⟧ with Dr. ⟦N|Marguerite Osei⟧ on ⟦D|10/20/22⟧: doing well.
- Prior PCP Dr. ⟦N|Lemuel Fitzhugh⟧ (retired ⟦D|2021⟧); old records at ⟦O|Brockton Family Medicine⟧ not yet obtained.
Summary entered by ⟦N|Hyun-woo Baek⟧, MD ⟦D|11/03/22⟧
`);

note("outside-records-caps", `
TRANSFER RECORDS SUMMARY
SENDING FACILITY: ⟦H|ST. ELIZABETH'S MEDICAL CENTER⟧, ⟦S|736 CAMBRIDGE ST⟧, ⟦C|BRIGHTON⟧
SENDING MD: DR. ⟦N|AUGUSTINE MBEKI⟧ (HOSPITALIST) TEL ⟦P|617-555-0117⟧
DATE OF TRANSFER: ⟦D|13-AUG-2081⟧
REASON: NEEDS ERCP NOT AVAILABLE ON WEEKEND.
HOSPITAL COURSE AT ⟦H|SEMC⟧: ADMITTED ⟦D|08/11/81⟧ WITH CHOLANGITIS. BLOOD CX ⟦D|8/11⟧ E. COLI. ON PIP-TAZO SINCE ⟦D|8/11⟧. TBILI 6.2 -> 4.9.
CODE STATUS: FULL CODE PER HCP (SON ⟦N|TIMOTHEUS⟧, ⟦P|857-555-0126⟧).
PT IS A ⟦A|NINETY-TWO⟧ YEAR OLD WOMAN, FORMERLY A ⟦PROF|SEAMSTRESS⟧ AT ⟦O|FILENE'S⟧.
ACCEPTING MD: DR. ⟦N|C. NAKASHIMA-REYES⟧, GI.
`);

note("telephone-encounter", `
Telephone Encounter
⟦D|08/07/2023⟧ 2:14 PM
Caller: ⟦N|Lorenzo Bianchi⟧ (son)   Callback: ⟦P|(973) 555-0137⟧
Patient: ⟦N|Graziella Bianchi⟧, ⟦A|94⟧ yo, MRN ⟦M|1120-4471⟧
Reason: Mom more short of breath since ⟦DAY|Saturday⟧, legs more swollen, weight up 5 lb per her home aide ⟦N|Rosemary⟧ from ⟦O|Visiting Angels⟧.
Advice: Per Dr. ⟦N|Castellucci⟧, increase furosemide to 40 mg BID x 3 days, recheck BMP ⟦DAY|Thursday⟧ ⟦D|8/10⟧ at the ⟦H|Montclair⟧ lab. If worse, go to ⟦H|Mountainside ED⟧.
Son verbalized understanding. ⟦N|Aoife Brennan⟧, RN
`);

note("telephone-pharmacy", `
Phone note - ⟦D|1/3/25⟧
Received call from ⟦N|Hamid⟧ at ⟦O|CVS⟧ (⟦S|1020 Main St⟧, ⟦C|Waltham⟧), ⟦P|781-555-0141⟧, re: pt ⟦N|Saoirse Dunleavy⟧ (DOB ⟦D|7/30/88⟧). Insurance requires PA for semaglutide. PA submitted via CoverMyMeds, key ⟦I|BXT7KQ2M⟧.
Left VM for pt at ⟦P|781-555-0145⟧.
-- ⟦N|mjo⟧
`);

note("consult-cc-mixed", `
Nephrology Consultation
Date of consult: ⟦D|06/18/2081⟧
Requesting physician: Dr. ⟦N|Lysander Quaye⟧, Hospital Medicine
Reason: AKI
HPI: Ms. ⟦N|Okonkwo-Reyes⟧ is a 66 yo woman with DM2, HTN, admitted ⟦D|6/16⟧ for cellulitis, whose creatinine rose from 1.1 (baseline, ⟦D|March 2081⟧ at ⟦H|Lahey⟧) to 2.8 today after vancomycin and IV contrast on ⟦D|6/17⟧.
Social: Works as a ⟦PROF|paralegal⟧ at ⟦O|Goodwin Procter⟧. Lives in ⟦C|Melrose⟧ with her husband ⟦N|Ignatius⟧.
Assessment and plan: AKI, likely ATN vs AIN. Stop vancomycin, urine eos, renal US. No indication for dialysis.
Thank you for this consult. We will follow.
⟦N|Farida Nasrallah⟧, MD, Renal Fellow; seen and discussed with Dr. ⟦N|Bertrand Halloway⟧
cc: ⟦N|Lysander Quaye⟧, MD
    ⟦N|Priscilla Wentworth⟧, MD (PCP, ⟦H|Melrose-Wakefield Hospital⟧)
    ⟦N|Bertrand Halloway⟧, MD
`);

note("consult-cc-caps", `
INFECTIOUS DISEASE CONSULTATION
DATE: ⟦D|12/02/2080⟧
PATIENT: ⟦N|ZIELINSKI, BOGDAN⟧  ROOM: 817B  MR#: ⟦M|2280-4411⟧
REQUESTED BY: DR. ⟦N|WINTERBOTTOM⟧ (ORTHOPEDICS)
REASON: PROSTHETIC KNEE INFECTION.
HISTORY: 71 YO MAN S/P L TKA ⟦D|2076⟧ AT ⟦H|NEW ENGLAND BAPTIST⟧, NOW WITH DRAINING SINUS. ASPIRATE ⟦D|11/29⟧ GREW MSSA. HE IS A RETIRED ⟦PROF|FIREFIGHTER⟧ FROM ⟦C|QUINCY⟧. DAUGHTER ⟦N|AGNIESZKA⟧ IS A NURSE AT ⟦H|SOUTH SHORE HOSPITAL⟧.
RECOMMENDATIONS: 2-STAGE REVISION PER DR. ⟦N|WINTERBOTTOM⟧. CEFAZOLIN 2 G Q8H. OPAT VIA ⟦O|OPTION CARE⟧ AFTER PICC. WEEKLY CBC, BMP, ESR, CRP FAXED TO ID CLINIC ⟦F|617-555-0172⟧.
⟦N|MAGDALENA FROST-ADEYEMI⟧, M.D.
CC: DR. ⟦N|ELLIOT WINTERBOTTOM⟧
    DR. ⟦N|SHEILA MACPHERSON⟧, ⟦H|QUINCY MEDICAL GROUP⟧
⟦N|MFA⟧/⟦N|JS⟧ D: ⟦D|12/02/80⟧ T: ⟦D|12/03/80⟧
`);

note("face-sheet", `
PATIENT REGISTRATION / FACE SHEET
Name: ⟦N|Thibodeaux, Marcelline A.⟧     MRN: ⟦M|4418820⟧     Acct: ⟦I|V00019928471⟧
DOB: ⟦D|03/08/1931⟧   Age: ⟦A|93⟧   Sex: F   Marital: Widowed   Religion: Catholic
Address: ⟦S|211 Bayou Teche Rd⟧, ⟦C|Breaux Bridge⟧, ⟦STATE|LA⟧ ⟦Z|70517⟧
Home phone: ⟦P|337-555-0121⟧
Employer: Retired (⟦O|Lafayette Parish School System⟧)
Emergency contact: ⟦N|Remy Thibodeaux⟧ (son) ⟦P|337-555-0128⟧ / ⟦N|Odette Guidry⟧ (daughter) ⟦P|225-555-0136⟧
Guarantor: ⟦N|Remy Thibodeaux⟧, ⟦S|14 Rue Chartres⟧, ⟦C|Lafayette⟧ ⟦STATE|LA⟧ ⟦Z|70501⟧
Primary insurance: Medicare   ID: ⟦HP|1EG4-TE5-MK72⟧
Secondary: ⟦O|Blue Cross Blue Shield of Louisiana⟧   ID: ⟦HP|XUB889214703⟧   Group ⟦I|77120⟧
PCP: Dr. ⟦N|Jean-Luc Arceneaux⟧
Registered by: ⟦UN|dguillory⟧ ⟦D|05/27/2024⟧ 06:51
`);

note("ds-geriatric-mixed", `
Discharge Summary
Admit: ⟦D|2/2/2082⟧   Discharge: ⟦D|2/9/2082⟧
Attending: ⟦N|Wolfgang Eriksen⟧, MD   PCP: ⟦N|Faye Ridgeway⟧, NP
Brief HPI: ⟦A|101⟧-year-old woman from ⟦H|Brookhaven at Lexington⟧ (assisted living) with a fall and R hip pain. Found by aide ⟦N|Precious⟧ at 0600 on ⟦D|2/2⟧.
Hospital course: R femoral neck fracture, treated nonoperatively after family meeting on ⟦D|2/3⟧ with her daughters ⟦N|Harriet⟧ and ⟦N|Lavinia Cosgrove⟧ and palliative care (Dr. ⟦N|Yamamoto⟧). Pain controlled with scheduled acetaminophen and low-dose oxycodone. Delirium on ⟦D|2/5⟧-⟦D|2/6⟧ resolved.
Discharge to: ⟦H|Lexington Health Care Center⟧ for skilled nursing with hospice consult (⟦O|Care Dimensions⟧).
Code: DNR/DNI, MOLST on file (signed ⟦D|1/12/82⟧).
Contacts: ⟦N|Harriet Cosgrove⟧ ⟦P|781-555-0109⟧ (HCP); ⟦N|Lavinia⟧ ⟦P|603-555-0181⟧.
Dictated by ⟦N|Wolfgang Eriksen⟧, MD. ⟦N|WE⟧/⟦N|bjh⟧ ⟦D|02/09/82⟧
`);

note("chaplain-note", `
Spiritual Care Note ⟦D|10/27/23⟧
Visited Mr. ⟦N|Ebenezer Addo⟧ at request of his wife ⟦N|Comfort⟧. Pt is an elder at ⟦O|Church of Pentecost⟧ in ⟦C|Worcester⟧ and asked that his pastor, Rev. ⟦N|Kwame Asante⟧, be called. Left message for Rev. ⟦N|Asante⟧ at ⟦P|508-555-0113⟧. Prayed with pt and family. Pt's brother ⟦N|Yaw⟧ arriving from ⟦COUNTRY|Ghana⟧ on ⟦D|Nov 1⟧.
Chaplain ⟦N|Miriam Feldstein-Oyelaran⟧, MDiv, BCC (pager ⟦P|3-8812⟧)
`);

note("ob-ld-nursing", `
L&D Nursing Note ⟦D|7/19/24⟧ 0415
G2P1 at 39w2d admitted in active labor, 6 cm. EDD ⟦D|7/24/24⟧. Prenatal care at ⟦H|Cambridge Birth Center⟧ with CNM ⟦N|Ingrid Halvorsen⟧.
Support person: partner ⟦N|Theo Nakamura-Lind⟧. Doula ⟦N|Saffron⟧ arrived 0400.
GBS neg ⟦D|6/28⟧. FHR 135, moderate variability, accels present. Epidural placed 0350 by Dr. ⟦N|Oyediran⟧.
Birth plan on chart; pt requests delayed cord clamping. Peds (NICU team) not needed unless mec.
⟦N|L. Fairchild⟧ RN
`);

note("dialysis-caps", `
HEMODIALYSIS TREATMENT NOTE - ⟦H|DAVITA WALPOLE⟧ - ⟦D|10/04/2079⟧
PT: ⟦N|OYELARAN, BABATUNDE⟧   ID ⟦M|DV-55120-8⟧   CHAIR 9   MWF 2ND SHIFT
ACCESS: L AVF, GOOD THRILL/BRUIT. CANNULATED X2 15G WITHOUT DIFFICULTY BY ⟦N|RAQUEL⟧ PCT.
PRE WT 84.2 KG, EDW 81.5. UF GOAL 3.0 L. BP PRE 166/92.
PT REPORTS MISSED ⟦DAY|MONDAY⟧ TX DUE TO RIDE ISSUE WITH ⟦O|GATRA⟧. SW MS. ⟦N|IFEOMA⟧ TO ARRANGE BACKUP TRANSPORT; WIFE ⟦N|FOLASADE⟧ CAN DRIVE ⟦DAY|FRIDAYS⟧.
POST WT 81.4. BP POST 138/80. NO CRAMPING.
NEPHROLOGIST DR. ⟦N|SZABO⟧ ROUNDED, NO ORDER CHANGES.
⟦N|C. HOLLOWAY⟧, RN CHARGE
`);

note("portal-lower", `
patient message via portal ⟦D|11/18/2024⟧ 9:42 pm
from: ⟦UN|m.ferreira77⟧ (⟦N|marta ferreira⟧)
hi dr ⟦N|lindqvist⟧, my mom ⟦N|ilda⟧ has had a cough for a week and now fever 101. she's at my house in ⟦C|fall river⟧ until ⟦DAY|thanksgiving⟧. can she be seen at the ⟦H|swansea⟧ office? you can call me at ⟦P|508-555-0167⟧ or email ⟦E|marta.ferreira@ocean-mail.net⟧. thanks, ⟦N|marta⟧

reply ⟦D|11/19/2024⟧ 8:05 am by ⟦N|kirsten lindqvist⟧ md:
hi ⟦N|marta⟧ - yes, scheduled with ⟦N|janelle⟧ np tomorrow ⟦D|11/20⟧ 10:20 at ⟦S|2201 grand army hwy⟧. bring her med list.
`);

note("hp-caps-ages", `
ADMISSION HISTORY AND PHYSICAL
⟦H|YALE NEW HAVEN HOSPITAL⟧ - ⟦H|SAINT RAPHAEL CAMPUS⟧
DATE: ⟦D|09/09/2077⟧
PT: ⟦N|D'AMBROSIO, FILOMENA⟧   ⟦A|98⟧ F   MRN ⟦M|YNH-4420981⟧
CC: "I CAN'T GET MY BREATH."
HPI: ⟦A|98⟧ YO F FROM ⟦C|EAST HAVEN⟧ WHO LIVES WITH HER ⟦A|90⟧-YEAR-OLD SISTER ⟦N|CONCETTA⟧. BROUGHT IN BY GRANDNEPHEW ⟦N|SAL VITIELLO⟧ WHO FOUND HER DYSPNEIC THIS AM. LAST ADMITTED ⟦D|JUNE 2077⟧ FOR CHF AT ⟦H|SRC⟧.
SH: NEVER SMOKED. ATTENDS ⟦O|ST. VINCENT DE PAUL CHURCH⟧ DAILY. FORMERLY OWNED ⟦O|D'AMBROSIO'S BAKERY⟧ ON ⟦S|WOOSTER STREET⟧.
ASSESSMENT: ACUTE ON CHRONIC HFPEF.
PLAN: IV DIURESIS, ECHO, PALLIATIVE CONSULT. DISCUSSED WITH DR. ⟦N|RAINIER OKAMURA⟧ (ATTENDING).
⟦N|BENEDIKT HOLLSTEIN⟧, MD PGY-2   PAGER ⟦P|203-555-0188⟧
`);

note("wound-care-initials", `
Wound Care Consult  ⟦D|Jan. 5, 2026⟧
Consult requested by ⟦N|S. Ogunleye⟧, NP for sacral wound.
Pt: ⟦N|Hollis Brandywine⟧, 77M, transferred from ⟦H|Hebrew SeniorLife⟧ ⟦D|1/3⟧.
Stage 3 sacral pressure injury 4 x 3 x 0.5 cm, 20% slough, moderate serous drainage, no odor. Photos in media tab (taken by ⟦N|JRT⟧).
Plan: Medihoney, foam border dressing, change daily and prn. Low air loss mattress ordered from ⟦O|Hill-Rom⟧. Reposition q2h.
Wife ⟦N|Philomena⟧ updated at bedside.
⟦N|Jocasta R. Tremaine⟧, RN, CWOCN  ⟦N|JRT⟧/⟦UN|jtremai1⟧
`);

// ---------------------------------------------------------------------------------------------------------------
write();
