// Why this file exists: builds test/fixtures/clinical-notes-6.jsonl, a sixth labelled set of clinical notes written by
// hand to measure blind generalisation after five rounds of rules, in the styles of the i2b2/n2c2 discharge summaries
// and longitudinal records and of MIMIC-style notes that fixtures 1-5 cover little: "Record date:" headers, ALL CAPS
// discharge summaries ("ADMISSION DATE:", "UNIT NUMBER:", "DISCHARGE DATE:"), dictation trailers ("DD:/TD:" with
// transcription initials, "Dictated by:", "eScription document:", "BATCH:", "cc:" lists, "D:/T:"), doctors by initials
// or surname only ("Dr. Q", "seen by Farrell"), user names, hospital abbreviations of 3-5 capitals, letter-style
// consult notes ("Dear Dr."), ALL CAPS nursing flowsheet text, ages over 89 in several forms ("92yo", "ninety-three
// year old", "age 91"), dates in many forms ("2069-04-07", "4/7/69", "04/07", "April 7th", "the 7th"), phone
// extensions ("x4-5678"), patients' names mid-sentence without a title, relatives, street addresses and towns. Every
// name, place and number is invented here; nothing is copied from any corpus. Labelling follows fixture 5: weekdays and
// holidays are `ignored` (DAY), states, countries and professions too; seasons are left unlabelled (no Safe Harbor
// element); ages under 90 are no PHI. Inline marks ⟦CODE|text⟧ as in fixtures 3-5 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-6.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-6.jsonl", "make-clinical-fixture-6");

// ---------------------------------------------------------------------------------------------------------------
note("ds-caps-stacked", `
⟦M|448120937⟧ ⟦H|WCH⟧
⟦M|51277304⟧
⟦I|208817⟧
⟦D|4/7/2069⟧ 12:00:00 AM
CONGESTIVE HEART FAILURE
DIS
ADMISSION DATE: ⟦D|04/07/2069⟧
DISCHARGE DATE: ⟦D|04/13/2069⟧
UNIT NUMBER: ⟦M|318-44-72⟧
PATIENT: ⟦N|TREMBLAY, ODILE⟧
ATTENDING: ⟦N|CORMAC FENWICK⟧, M.D.
HISTORY OF PRESENT ILLNESS: MS. ⟦N|TREMBLAY⟧ IS A ⟦A|92⟧YO WOMAN WITH ISCHEMIC CARDIOMYOPATHY, EF 25%, WHO PRESENTS WITH THREE DAYS OF WORSENING DYSPNEA AND A 4 KG WEIGHT GAIN. SHE WAS SEEN IN THE ⟦H|WCH⟧ HEART FAILURE CLINIC BY DR. ⟦N|Q⟧ ON ⟦D|04/02⟧ AND HER TORSEMIDE WAS INCREASED WITHOUT BENEFIT.
PAST MEDICAL HISTORY: CAD S/P CABG ⟦D|2051⟧ AT ⟦H|LVMC⟧, ATRIAL FIBRILLATION, CKD STAGE 3, GOUT.
SOCIAL HISTORY: WIDOWED. LIVES WITH HER GRANDSON ⟦N|LUC⟧ AT ⟦S|22 FERRY LANE⟧ IN ⟦C|GLOUCESTER⟧. FORMER ⟦PROF|SCHOOL LIBRARIAN⟧. NO TOBACCO.
HOSPITAL COURSE: DIURESED WITH IV FUROSEMIDE 80 MG BID WITH NET NEGATIVE 6 LITERS. CREATININE PEAKED AT 2.1 ON ⟦D|4/10⟧. SEEN BY ⟦N|FENWICK⟧ AND BY THE PALLIATIVE CARE TEAM (DR. ⟦N|OKONJO-BRAND⟧) ON THE ⟦D|11TH⟧; GOALS OF CARE DISCUSSED WITH PATIENT AND GRANDSON.
DISCHARGE MEDICATIONS: TORSEMIDE 40 MG DAILY, METOPROLOL SUCCINATE 25 MG DAILY, APIXABAN 2.5 MG BID, ALLOPURINOL 100 MG DAILY.
FOLLOW UP: DR. ⟦N|FENWICK⟧ IN 1 WEEK, HEART FAILURE NURSE ⟦N|DELPHINE ARSENAULT⟧ ⟦P|X4-5678⟧.
DICTATED BY: ⟦N|HALLORAN, BRIGID⟧, M.D.
ATTENDING: ⟦N|CORMAC FENWICK⟧, M.D. ⟦I|CF71⟧
DD: ⟦D|04/13/69⟧  TD: ⟦D|04/14/69⟧ 10:02 A
⟦N|BH⟧/⟦N|rkt⟧
BATCH: ⟦I|55120⟧
eScription document:⟦I|1-2345678⟧ ⟦N|RKT⟧
cc: ⟦N|CORMAC FENWICK⟧, M.D.
    ⟦N|PIETRO GALLO⟧, M.D., ⟦H|CAPE ANN MEDICAL ASSOCIATES⟧
`);

note("record-date-pcp", `
Record date: ⟦D|2069-04-07⟧

⟦H|NORTHFIELD COMMUNITY HEALTH CENTER⟧
⟦S|71 Wendell Avenue⟧
⟦C|Pittsfield⟧, ⟦STATE|MA⟧ ⟦Z|01201⟧

Reason for visit: f/u HTN, DM2

Interval history: ⟦N|Ambrose⟧ returns after his trip to see his daughter ⟦N|Fenella⟧ in ⟦C|Burlington⟧, ⟦STATE|VT⟧ over ⟦DAY|Easter⟧. He was seen by ⟦N|Farrell⟧ in podiatry on the ⟦D|2nd⟧ for a callus. Says sugars 140-180 fasting. No CP/SOB. Wife ⟦N|Bettina⟧ now doing most of the cooking since her knee replacement in ⟦D|February⟧.

Meds: metformin 1000 bid, lisinopril 20, atorvastatin 40, ASA 81.

Exam: BP 138/84, P 72, wt 211 (was 218 on ⟦D|1/14/69⟧). Feet: healed callus L 1st MTP, monofilament intact.
A1c today 7.6 (8.1 in ⟦D|Jan⟧).

A/P: 
1. DM2 - improving. Continue metformin; recheck A1c ⟦D|July⟧. Eye exam overdue - referred to ⟦H|BMH⟧ ophtho.
2. HTN - ok.
3. Per ⟦N|Farrell⟧, custom orthotics; pt will call ⟦O|Hanger Clinic⟧.
RTC 3 months.

⟦N|Imogen T. Rasmussen⟧, MD
⟦N|ITR⟧/⟦UN|irasmussen3⟧
`);

note("record-date-followup", `
Record date: ⟦D|2070-01-19⟧

Patient Name: ⟦N|BERGQUIST, AMBROSE⟧ [ MRN: ⟦M|7781093⟧ ]
Date of Visit: ⟦D|1/19/70⟧

Mr. ⟦N|Bergquist⟧ is a 71 yo man here for urgent visit for cough x 10 days. Had a cold over ⟦DAY|Christmas⟧ and never shook it. His grandson ⟦N|Teodor⟧ had the same. Saw Dr. ⟦N|Oyelaran⟧'s NP ⟦N|Kasia⟧ at the ⟦H|Lenox Urgent Care⟧ on ⟦D|12/30⟧ and got a Z-pack.
CXR today: RLL infiltrate. Sat 94% RA.
Plan: levofloxacin 750 x 5d. Call if worse. Spoke with ⟦N|Bettina⟧ by phone at ⟦P|413-555-0176⟧ who will drive him to f/u on ⟦D|1/26⟧.

_____________________
⟦N|Imogen Rasmussen⟧, M.D.
`);

note("consult-letter", `
⟦H|HARBORVIEW NEUROLOGY ASSOCIATES⟧
⟦S|400 Brattle Street, Suite 210⟧
⟦C|Cambridge⟧, ⟦STATE|MA⟧ ⟦Z|02138⟧
Tel ⟦P|617-555-0133⟧  Fax ⟦F|617-555-0134⟧

⟦D|March 22, 2071⟧

⟦N|Winslow Achterberg⟧, M.D.
⟦H|Fresh Pond Internal Medicine⟧
⟦S|12 Concord Turnpike⟧
⟦C|Belmont⟧, ⟦STATE|MA⟧ ⟦Z|02478⟧

Re: ⟦N|Henrietta Vollmer⟧
DOB: ⟦D|09/30/1978⟧

Dear Dr. ⟦N|Achterberg⟧:

Thank you for referring ⟦N|Henrietta Vollmer⟧, a ⟦A|ninety-three⟧ year old right-handed woman, for evaluation of gait decline. She was accompanied by her son ⟦N|Rupert⟧ and his wife ⟦N|Clementine⟧, who live with her on ⟦S|Huron Avenue⟧.

Mrs. ⟦N|Vollmer⟧ reports that since the fall she had on ⟦D|January 9th⟧ she has been afraid to walk without her cane. Her MoCA today was 24/30. Exam shows a magnetic gait, mild bradykinesia without tremor, and a positive Romberg. MRI from ⟦H|MAH⟧ on ⟦D|2/14/71⟧ shows ventriculomegaly out of proportion to atrophy, and an Evans index of 0.34.

I have arranged a high-volume lumbar puncture with Dr. ⟦N|Sobczak⟧ on ⟦D|April 7th⟧ and will see her again on the ⟦D|21st⟧ to review the timed walks.

Thank you for allowing me to participate in her care. Please call me at ⟦P|617-555-0133⟧ ⟦P|x214⟧ with any questions.

Sincerely,

⟦N|Marguerite Ohanian⟧, M.D.

cc: ⟦N|Rupert Vollmer⟧ (son), ⟦S|88 Huron Avenue⟧, ⟦C|Cambridge⟧ ⟦STATE|MA⟧ ⟦Z|02138⟧
⟦N|MO⟧/⟦N|dfs⟧   D: ⟦D|03/22/71⟧   T: ⟦D|03/23/71⟧
`);

note("nursing-flowsheet-caps", `
NURSING FLOWSHEET NOTE  ⟦D|04/08/69⟧  0700-1900
NEURO: A+OX3. PLEASANT, FOLLOWS COMMANDS. C/O HA 3/10, TYLENOL GIVEN WITH RELIEF.
CV: AFIB 80S-90S. BP 110S/60S. +1 BLE EDEMA. TELE MONITORING.
RESP: LS CRACKLES BIBASILAR. 2L NC SAT 95%. ENCOURAGED IS.
GI/GU: TOL CARDIAC DIET. FOLEY D/C'D 0900, DTV BY 1500. I/O -1.4 L.
SKIN: STAGE 1 SACRUM, TURNED Q2H, MEPILEX APPLIED.
SOCIAL: DTR ⟦N|ROSALIND⟧ AT BEDSIDE MOST OF DAY, UPDATED BY DR ⟦N|K⟧. SON ⟦N|AUGUSTO⟧ CALLED FROM ⟦C|FITCHBURG⟧, # ⟦P|978-555-0102⟧. PT'S PASTOR REV ⟦N|LINDQVIST⟧ VISITED.
PLAN: CONT DIURESIS, AM LABS, PT/OT EVAL.
⟦N|J. MAHONEY⟧ RN / ⟦N|JM⟧
`);

note("nursing-flowsheet-caps-2", `
NSG NOTE 19-07: PT SLEPT IN SHORT NAPS. AT 0200 PT PULLED AT IV, REORIENTED. SITTER ⟦N|DEVONTE⟧ AT BS FROM 0300. DR ⟦N|HARTIGAN⟧ AWARE, NO NEW ORDERS.
0500 AM LABS SENT. K 3.4, REPLETED PER PROTOCOL.
WIFE ⟦N|MAUREEN⟧ CALLED AT 0615, UPDATED, WILL BE IN AFTER 10. PLEASE CALL HER CELL ⟦P|508-555-0119⟧ IF ANY CHANGE.
⟦N|TKL⟧ RN
`);

note("mimic-discharge", `
Admission Date:  ⟦D|2153-07-16⟧              Discharge Date:   ⟦D|2153-07-29⟧

Date of Birth:  ⟦D|2061-02-11⟧             Sex:   M

Service: MEDICINE

Allergies:
Penicillins

Attending:⟦N|Ostrowski⟧
Chief Complaint:
fever, hypotension

Major Surgical or Invasive Procedure:
PICC placement ⟦D|7-21⟧

History of Present Illness:
Mr. ⟦N|Quennell⟧ is a ⟦A|92⟧ year old man with a history of BPH s/p TURP, DM2 and dementia who was brought in from ⟦H|Oakhurst Manor⟧ after staff found him febrile to 102.4 and hypotensive to 82/40. Per his niece ⟦N|Philippa Dunmore⟧ (HCP), he has been more confused for 2 days. In the ED he received 3L NS and vancomycin/cefepime and was admitted to the ⟦H|FMC⟧ MICU.

Past Medical History:
- DM2, diet controlled
- dementia, likely Alzheimer type (followed by Dr. ⟦N|Pemberton⟧)
- BPH s/p TURP ⟦D|2139⟧

Social History:
Lives at ⟦H|Oakhurst Manor⟧ in ⟦C|Reading⟧ since ⟦D|2150⟧. Widower. Former ⟦PROF|machinist⟧ at ⟦O|Raytheon⟧.

Brief Hospital Course:
Urine grew E. coli resistant to FQ. Narrowed to ceftriaxone on ⟦D|7/18⟧, then ertapenem via PICC given ESBL. Transferred to the floor on hospital day 3. Seen by Geriatrics (Dr. ⟦N|Abimbola⟧) for delirium. ⟦N|Quennell⟧ will complete 14 days of ertapenem, last dose ⟦D|7/30⟧.

Discharge Disposition:
Extended Care

Facility:
⟦H|Oakhurst Manor⟧ - ⟦C|Reading⟧

                             ⟦N|Ines Ostrowski⟧ MD ⟦I|22-441⟧

Completed by:⟦D|2153-07-29⟧
`);

note("mimic-nursing-progress", `
NPN 7p-7a
Neuro: Pt sedated on propofol 30 mcg/kg/min, RASS -2. PERRL 3mm brisk. Moves all ext to stim.
CV: NSR 70s-80s, no ectopy. SBP 100-120s on levophed 0.04. CVP 8-10. K 3.9, Mg 1.8 repleted.
Resp: vent AC 500 x 14, PEEP 8, FiO2 40%. Sx for mod thick tan secretions. ABG 7.38/41/96.
GI: OGT to LWS, TF Nutren 2.0 @ 20 started per nutrition.
GU: foley draining clear yellow urine 40-60cc/hr.
Social: Wife ⟦N|Edna⟧ and son ⟦N|Rudy⟧ in to visit until 2100. ⟦N|Edna⟧ lives in ⟦C|Tewksbury⟧, asking for call with any change: ⟦P|978-555-0163⟧. Daughter ⟦N|Lorna⟧ flying in from ⟦C|Phoenix⟧ on ⟦DAY|Sunday⟧.
Plan: wean levophed to MAP > 65, SBT in AM, f/u cultures. Team aware of plan.
`);

note("mimic-radiology", `
[⟦D|2153-7-21⟧] 9:41 AM
 CHEST (PORTABLE AP)                                             Clip # ⟦I|8801234⟧
 Reason: PICC placement
 Admitting Diagnosis: URINARY TRACT INFECTION
 ______________________________________________________________________________
 ⟦H|FMC⟧ MEDICAL CONDITION:
  ⟦A|92⟧ year old man with urosepsis, new R basilic PICC
 REASON FOR THIS EXAMINATION:
  PICC placement
 ______________________________________________________________________________
                                 FINAL REPORT
 HISTORY: PICC placement.

 COMPARISON: ⟦D|7/16⟧.

 FINDINGS: Right-sided PICC terminates in the low SVC. Bibasilar atelectasis. No pneumothorax.

 IMPRESSION: PICC tip in low SVC. Findings d/w IV nurse ⟦N|Tamsin⟧ at 10:05.

 DR. ⟦N|VIKRAM SESHADRI⟧
 DR. ⟦N|E. KOWALCZYK-BRANDT⟧
`);

note("cath-caps", `
CARDIAC CATHETERIZATION REPORT
⟦H|ST. ELOI MEDICAL CENTER⟧ - ⟦H|SEMC⟧ CATH LAB
PATIENT: ⟦N|DUBEAU, MARCEL J⟧      MRN: ⟦M|0044129⟧      DATE: ⟦D|06-MAY-2072⟧
OPERATOR: ⟦N|RHEINHOLD⟧      FELLOW: ⟦N|ADEKUNLE⟧
REFERRING: ⟦N|P. VANTERPOOL⟧, MD (⟦H|NSMH⟧)
INDICATION: NSTEMI. TRANSFERRED FROM ⟦H|NSMH⟧ ON ⟦D|5/5⟧.
PROCEDURE: LEFT HEART CATH, CORONARY ANGIOGRAPHY, PCI OF MID LAD WITH 3.0 X 23 MM DES.
ACCESS: RIGHT RADIAL 6 FR.
FINDINGS: LM NORMAL. LAD 90% MID. LCX 30% PROX. RCA DOMINANT, MILD IRREGULARITIES.
RESULT: 0% RESIDUAL, TIMI 3 FLOW.
RECOMMENDATIONS: DAPT X 12 MONTHS. RETURN TO ⟦H|NSMH⟧ WHEN STABLE. DR. ⟦N|VANTERPOOL⟧ NOTIFIED BY PHONE ⟦P|X3-1140⟧.
D: ⟦D|05/06/72⟧  T: ⟦D|05/06/72⟧  ⟦N|RHR⟧/⟦N|PS⟧
`);

note("ed-abbrev-mixed", `
ED Attending Note   ⟦D|9/14/2068⟧
CC: fall
HPI: ⟦N|Grisel Ocasio⟧ is a ⟦A|95⟧ y/o F from home w/ her daughter ⟦N|Maribel⟧, s/p mechanical fall this AM getting out of bed. +HS, no LOC. On warfarin for AF (INR clinic at ⟦H|PVH⟧). Was admitted to ⟦H|BCH⟧ in ⟦D|June⟧ for CHF.
Exam: alert, oriented x2 (baseline per dtr). 3 cm scalp lac occiput. R hip with full ROM.
CT head neg. INR 2.8. Lac repaired by PA ⟦N|Kimball⟧ w/ staples.
Dispo: home with dtr. Staple removal in 7-10 days with PCP Dr. ⟦N|Faircloth⟧. ⟦N|Maribel⟧'s cell ⟦P|(413) 555-0190⟧.
Discussed with Dr. ⟦N|Yoo⟧ (trauma), who agrees.
⟦N|N. Castellanos-Reid⟧, MD
`);

note("psych-usernames", `
Behavioral Health Progress Note
Date of service: ⟦D|04/07⟧
Clinician: ⟦N|Desmond Achebe⟧, LICSW (user: ⟦UN|dachebe⟧)
Client ⟦N|Lucinda Farrow⟧ seen for individual session, 50 min. She reports her mood is "better since spring." Her partner ⟦N|Marisol⟧ moved in on the ⟦D|1st⟧; conflict with her ex ⟦N|Garrick⟧ over visitation of their son ⟦N|Theo⟧ (age 6) continues. She has returned to work at ⟦O|Pemberton Paper Co.⟧ three days a week.
PHQ-9 today 9 (was 17 on ⟦D|2/10⟧). Denies SI/HI.
Plan: continue CBT weekly. Next appt ⟦D|4/14⟧. Med mgmt with Dr. ⟦N|Lau⟧ (⟦P|x4-2210⟧).
Note entered by ⟦UN|dachebe⟧ ⟦D|04/07/2069⟧ 15:22; cosigned ⟦UN|wlau2⟧.
`);

note("op-caps-dictation", `
OPERATIVE NOTE
PATIENT: ⟦N|KWIATKOWSKI, TADEUSZ⟧   UNIT NUMBER: ⟦M|206-71-48⟧
DATE OF OPERATION: ⟦D|10/02/2067⟧
SURGEON: ⟦N|Q. LARKIN⟧, M.D.
ASSISTANT: DR. ⟦N|OYEBANJI⟧
PREOPERATIVE DIAGNOSIS: LEFT FEMORAL NECK FRACTURE.
PROCEDURE: LEFT HIP HEMIARTHROPLASTY, CEMENTED.
INDICATIONS: ⟦A|NINETY-ONE⟧ YEAR OLD WOMAN WHO FELL AT HER HOME IN ⟦C|SAUGUS⟧ ON ⟦D|9/30⟧.
DESCRIPTION: POSTERIOR APPROACH. SHORT EXTERNAL ROTATORS TAGGED AND REPAIRED. FEMORAL HEAD SIZED TO 45 MM. STABLE THROUGH FULL RANGE OF MOTION.
EBL 250 CC. NO COMPLICATIONS.
DISPOSITION: PACU, THEN ⟦H|ELLIS 9⟧.
⟦N|QUENTIN LARKIN⟧, M.D.
DD: ⟦D|10/02/67⟧ TD: ⟦D|10/03/67⟧ ⟦N|QL⟧/⟦N|mbh⟧
JOB #: ⟦I|330918⟧
cc: DR. ⟦N|HOLLIS⟧ (PCP), ⟦H|SAUGUS FAMILY PRACTICE⟧
`);

note("longit-old-style", `
Record date: ⟦D|2066-05-14⟧

                     ⟦H|MERRILL CENTER⟧ INTERNAL MEDICINE
                     ⟦S|1420 Quarry Road⟧, ⟦C|Braintree⟧ ⟦Z|02184⟧

⟦N|Hyacinth Ebanks⟧ is here with her husband ⟦N|Cleveland⟧ for routine f/u. 
She is ⟦A|ninety⟧ and remains remarkably independent, still walks to church (⟦O|Bethel AME⟧) every ⟦DAY|Sunday⟧. Last seen ⟦D|11/65⟧.
Problems:
  Osteoporosis: on alendronate since ⟦D|'61⟧. DEXA ⟦D|3/2065⟧ T -2.9.
  HTN: amlodipine 5.
  Hearing loss: aids from ⟦O|Beltone⟧ in ⟦C|Weymouth⟧.
ROS: neg except mild constipation.
PE: BP 132/70. Lungs clear. No edema.
Plan: continue. Flu shot in ⟦D|Oct⟧. Return ⟦D|11/2066⟧.

⟦N|Ashok Venkatraman⟧, M.D. / ⟦N|av⟧
`);

note("geri-home-visit", `
Home Visit - Geriatrics   ⟦D|August 3, 2069⟧
Pt: ⟦N|Ottilie Brandvold⟧, age ⟦A|91⟧, seen at her home, ⟦S|7 Linnaean Court⟧, ⟦C|Arlington⟧.
Present: pt, daughter-in-law ⟦N|Prudence Brandvold⟧, and home health aide ⟦N|Yesenia⟧ from ⟦O|Minuteman Home Care⟧.
Hx: ⟦A|91⟧-year-old with vascular dementia, afib off AC (falls), recurrent UTIs. Since our last visit on the ⟦D|6th of July⟧ she has had no falls. Eats 50% of meals. Sleeps most of the afternoon.
Exam: thin, pleasant, oriented to self. Sacral skin intact. 1+ edema.
Plan: continue current regimen; ⟦O|Minuteman⟧ VNA weekly; labs drawn at home, to ⟦H|MAH⟧ lab. Next visit early ⟦D|September⟧, before ⟦DAY|Labor Day⟧.
Contact: ⟦N|Prudence⟧ ⟦P|781-555-0158⟧ (cell), ⟦E|pbrandvold@kestrelmail.net⟧
⟦N|Tobias Wren⟧, NP
`);

note("dictation-d-t", `
CLINIC NOTE - ⟦H|PVH⟧ PULMONARY
⟦N|STAVROS PAPADAKIS⟧ is a 66 yo man with COPD GOLD 3 seen today ⟦D|11/2/68⟧.
He was hospitalized at ⟦H|PVH⟧ ⟦D|10/11-10/16⟧ for an exacerbation. Since then using albuterol 2-3 times a day. His wife ⟦N|Eleni⟧ reports he is still smoking 5 cigarettes a day on the porch.
PFTs ⟦D|10/28⟧: FEV1 0.98 L (34%). 6MWT 280 m with desaturation to 86%.
Plan: start home O2 2 L with exertion via ⟦O|Lincare⟧; pulmonary rehab at ⟦H|Holyoke Medical Center⟧; smoking cessation, varenicline.
Return ⟦D|January⟧.
⟦N|Beatrix Oduya⟧, M.D.
D: ⟦D|11/02/68⟧ T: ⟦D|11/04/68⟧ ⟦N|BO⟧:⟦N|kfw⟧  Job: ⟦I|00481223⟧
cc: ⟦N|Aurelio Sanmartín⟧, MD, ⟦H|Chicopee Family Health⟧
`);

note("nursing-home-caps", `
⟦H|BRIARCLIFF REHABILITATION AND NURSING CENTER⟧
NURSING NOTE - ⟦D|12/24/69⟧ 2300
RESIDENT: ⟦N|HOLLOWELL, WINIFRED⟧   AGE: ⟦A|96⟧
RESIDENT RESTING QUIETLY. FAMILY VISITED FOR ⟦DAY|CHRISTMAS EVE⟧ - SON ⟦N|ELLIOT⟧ AND GRANDDAUGHTER ⟦N|SAVANNAH⟧. ATE 75% OF SUPPER. DENIES PAIN.
NEW SKIN TEAR L FOREARM 2 CM, STERI-STRIPS APPLIED, DR. ⟦N|ABERNATHY⟧ NOTIFIED VIA ANSWERING SERVICE ⟦P|800-555-0147⟧, WILL SEE ON ROUNDS ⟦D|12/26⟧.
CALL LIGHT IN REACH. BED ALARM ON.
⟦N|R. OKEKE⟧, LPN
`);

note("peds-abbrev", `
Pediatric Sick Visit   ⟦D|2/9/2070⟧
⟦N|Zainab Oyelowo⟧, 3 yo F, brought by mom ⟦N|Folasade⟧ for fever x 2 days to 103, ear pulling. Attends ⟦O|Rainbow Ridge Daycare⟧ in ⟦C|Dorchester⟧. Older brother ⟦N|Tunde⟧ had strep last week.
Seen at ⟦H|CHB⟧ ED ⟦D|2/7⟧, told viral.
Exam: R TM bulging, erythematous. Throat mild erythema.
A/P: R AOM. Amoxicillin 90 mg/kg/day x 10 days. Tylenol/Motrin prn. Recheck if not improved in 48-72 h.
⟦N|Hollis Drummond⟧, MD  / RN ⟦N|Candace⟧ ⟦P|x6-4120⟧
`);

note("dc-instructions-ext", `
Discharge Instructions - ⟦H|Mount Auburn Hospital⟧
Patient: ⟦N|Felix Anand Rao⟧     Discharged: ⟦D|05/02/2072⟧
You were admitted for a kidney stone. Dr. ⟦N|Osei⟧'s urology team placed a ureteral stent on ⟦D|April 30th⟧.
Follow-up:
- Dr. ⟦N|Kwame Osei⟧, Urology, ⟦D|May 16⟧ at 10:30 AM, ⟦S|330 Mount Auburn Street⟧, 4th floor. Call ⟦P|617-555-0143⟧ ext. ⟦P|2231⟧ to confirm.
- Your primary care doctor, Dr. ⟦N|Yasmin Hadad⟧, within 1-2 weeks.
Call ⟦P|617-555-0100⟧ ⟦P|x5-5678⟧ (nurse line) for fever over 101, severe pain, or no urine for 8 hours.
Your wife ⟦N|Shalini⟧ was given a copy of these instructions.
`);

note("phone-initials", `
Telephone note ⟦D|6/11/71⟧ 4:40pm
Spoke w/ pt's wife ⟦N|Aurora⟧. Pt (Mr. ⟦N|Lindahl⟧) c/o dizziness after BP med increase on ⟦D|6/4⟧. Home BP 98/60. Advised to hold lisinopril and recheck tomorrow, call back ⟦DAY|Thurs⟧ with readings. ⟦N|Aurora⟧ agrees. Discussed w/ Dr. ⟦N|Q⟧ who agrees.
-- ⟦N|KLM⟧
`);

note("cardiology-letter-caps", `
⟦H|BAYSIDE HEART GROUP⟧
⟦S|2 TREMONT PLACE⟧, ⟦C|QUINCY⟧, ⟦STATE|MA⟧ ⟦Z|02169⟧

⟦D|JUNE 1, 2070⟧

DR. ⟦N|CONSTANCE MBEKI⟧
⟦H|WOLLASTON FAMILY MEDICINE⟧

RE: ⟦N|FERGUS O'DOHERTY⟧, DOB ⟦D|03/17/1974⟧

DEAR DR. ⟦N|MBEKI⟧:

I HAD THE PLEASURE OF SEEING MR. ⟦N|O'DOHERTY⟧ IN THE OFFICE TODAY. AS YOU KNOW HE IS A 96-KG MAN WITH HYPERTROPHIC CARDIOMYOPATHY WHO HAD AN ICD PLACED AT ⟦H|BWMC⟧ IN ⟦D|2066⟧. HIS BROTHER ⟦N|DECLAN⟧ DIED SUDDENLY AT AGE 44. HE HAS HAD NO SHOCKS. DEVICE INTERROGATION SHOWS NORMAL FUNCTION, BATTERY 7 YEARS.
ECHO TODAY: SEPTAL THICKNESS 21 MM, LVOT GRADIENT 30 MMHG AT REST.
WE WILL CONTINUE METOPROLOL AND SEE HIM IN SIX MONTHS. HIS SON ⟦N|CORMAC⟧ SHOULD HAVE SCREENING ECHO AND GENETIC TESTING; I GAVE HIM THE NUMBER OF OUR GENETIC COUNSELOR ⟦N|ADA PRZYBYLSKI⟧, ⟦P|617-555-0175⟧.
SINCERELY,
⟦N|LEOPOLD HAVERKAMP⟧, M.D.
⟦N|LH⟧/⟦N|MTC⟧   DD: ⟦D|06/01/70⟧   DT: ⟦D|06/02/70⟧
`);

note("onc-surnames", `
Oncology Follow-up   ⟦D|10/21/2069⟧
⟦N|Marisela Quintanar⟧ is seen today after cycle 3 of FOLFOX. Her case was discussed at tumor board on the ⟦D|18th⟧ with ⟦N|Farrell⟧ (surgery) and ⟦N|Ostrowski⟧ (rad onc); consensus is to complete 6 cycles then restage.
She is tolerating treatment with grade 1 neuropathy. Her sister ⟦N|Araceli⟧ drives her from ⟦C|Chelsea⟧. Works as a ⟦PROF|paralegal⟧ at ⟦O|Duquette & Marsh LLP⟧, on leave.
CEA 12 -> 6.1. CT ⟦D|10/14⟧: decreased liver lesions.
Plan: C4 ⟦D|10/28⟧. Seen with fellow Dr. ⟦N|Mireault⟧. I saw and examined the pt with Dr. ⟦N|M⟧ and agree with the plan.
⟦N|Helga Sturluson⟧, MD
`);

note("renal-seen-by", `
Renal Consult Follow-up, ⟦D|7/9/2071⟧
Pt seen by ⟦N|Vasquez-Tan⟧ this AM; discussed with ⟦N|Farrell⟧. AKI improving, Cr 3.1 -> 2.4. UOP 1.6 L. Renal US ⟦D|7/7⟧ no hydro.
Hold dialysis. Recheck BMP in AM. Will sign off if Cr continues to fall; pt can f/u with Dr. ⟦N|Vasquez-Tan⟧ at ⟦H|Riverbend Kidney Center⟧ in 2 wks.
Pager ⟦P|31442⟧ with questions. -- ⟦N|I. Farrell⟧, renal fellow
`);

note("ds-caps-family", `
DISCHARGE SUMMARY
NAME: ⟦N|PELLETIER, ROSAIRE⟧     UNIT NUMBER: ⟦M|7719402⟧
ADMISSION DATE: ⟦D|02/28/2068⟧     DISCHARGE DATE: ⟦D|03/04/2068⟧
PRINCIPAL DIAGNOSIS: COMMUNITY ACQUIRED PNEUMONIA.
HISTORY OF PRESENT ILLNESS: THIS IS A ⟦A|NINETY-FOUR⟧-YEAR-OLD FRENCH-SPEAKING MAN FROM ⟦C|MATTAPAN⟧ BROUGHT IN BY HIS DAUGHTER, ⟦N|GISELE⟧, WITH FEVER AND CONFUSION. HE IS FOLLOWED BY DR. ⟦N|THERIAULT⟧ AT ⟦H|MHC⟧.
HOSPITAL COURSE: TREATED WITH CEFTRIAXONE AND AZITHROMYCIN. SPEECH AND SWALLOW EVALUATION BY ⟦N|HOLLY BRISCOE⟧ SHOWED PENETRATION WITH THIN LIQUIDS; NECTAR-THICK DIET. BLOOD CULTURES FROM ⟦D|2/28⟧ NO GROWTH. ON ⟦D|MARCH 2ND⟧ HE WAS BACK TO BASELINE PER ⟦N|GISELE⟧.
DISPOSITION: HOME WITH HIS DAUGHTER AT ⟦S|45 RIVER STREET⟧, ⟦C|MATTAPAN⟧, WITH VNA FROM ⟦O|CARITAS HOME CARE⟧.
FOLLOW UP: DR. ⟦N|THERIAULT⟧ ⟦D|3/11⟧.
⟦N|ANNIKA SØRENSEN⟧, M.D.
DICTATED BY: ⟦N|SØRENSEN, ANNIKA⟧ M.D.
D: ⟦D|03/04/68⟧ T: ⟦D|03/05/68⟧ ⟦N|AS⟧/⟦N|ng⟧
eScription document: ⟦I|7-7740213⟧ ⟦N|NG⟧
`);

note("hp-social", `
Admission H&P   ⟦D|1/3/2072⟧
CC: chest pain
HPI: 68M with HTN, HLD presents with exertional chest pressure x 3 weeks, worse since ⟦DAY|New Year's⟧. Was shoveling snow at his home in ⟦C|Quincy⟧ this AM when he developed 8/10 pressure radiating to L arm. EMS gave ASA/NTG.
Social: Lives with his wife ⟦N|Joan⟧ in ⟦C|Quincy⟧; retired ⟦PROF|longshoreman⟧, worked 30 yrs at ⟦O|Conley Terminal⟧. 1 ppd x 40 yrs, quit ⟦D|2060⟧. Son ⟦N|Brendan⟧ is a ⟦PROF|firefighter⟧ in ⟦C|Milton⟧.
Family: father MI at 52.
PCP: ⟦N|Wendeline Ruiz⟧ at ⟦H|QMC⟧.
Exam: BP 164/92, HR 88. S4. Lungs clear.
ECG: 1 mm STD V4-V6. Trop 0.09.
A/P: NSTEMI. Heparin, ASA, atorva 80, metoprolol. Cards consulted (Dr. ⟦N|Z⟧ on call). Cath in AM.
⟦N|P. Ng⟧, MD (PGY2) / pager ⟦P|4-1187⟧
`);

note("addendum-dates", `
Addendum ⟦D|4/9/69⟧: Spoke with pt's son ⟦N|Ignatius⟧ by phone today (⟦P|(617) 555-0129⟧). He confirms that his mother, ⟦N|Rosamund Tiernan⟧, was last seen well on the evening of the ⟦D|5th⟧, and that she had been complaining of headaches since ⟦D|April 1st⟧. He also reports a prior TIA in spring ⟦D|2067⟧ evaluated at ⟦H|SMH⟧. He will bring her medication bottles tomorrow.
`);

note("radiology-caps-comparison", `
EXAM: MRI BRAIN WITHOUT AND WITH CONTRAST
DATE: ⟦D|04/08/2069⟧   ACC: ⟦I|MR6904081127⟧
PATIENT: ⟦N|TIERNAN, ROSAMUND⟧   AGE: ⟦A|90⟧   MRN: ⟦M|5520194⟧
REFERRING: DR. ⟦N|AXELROD⟧
CLINICAL INFORMATION: HEADACHE, CONFUSION.
COMPARISON: CT HEAD ⟦D|04/07/2069⟧ AND MRI ⟦D|3/30/67⟧ FROM ⟦H|SMH⟧.
FINDINGS: 1.8 CM RIGHT PARIETAL EXTRA-AXIAL HEMORRHAGE WITH MILD MASS EFFECT. NO MIDLINE SHIFT. CHRONIC SMALL VESSEL ISCHEMIC CHANGE. NO ENHANCING LESION.
IMPRESSION: SUBACUTE RIGHT PARIETAL SUBDURAL HEMATOMA. FINDINGS DISCUSSED WITH DR. ⟦N|AXELROD⟧ BY DR. ⟦N|NWOSU⟧ AT 14:20 ON ⟦D|4/8⟧.
⟦N|CHIDI NWOSU⟧, M.D.
`);

note("to-whom-letter", `
⟦D|September 12, 2070⟧

To Whom It May Concern:

⟦N|Bartholomew Ainsworth-Leigh⟧ (DOB ⟦D|07/04/1979⟧), of ⟦S|19 Orchard Hill Road⟧, ⟦C|Sudbury⟧, ⟦STATE|MA⟧ ⟦Z|01776⟧, is under my care for lumbar radiculopathy. He underwent L4-5 microdiscectomy at ⟦H|Emerson Hospital⟧ on ⟦D|8/29/70⟧. He may not lift more than 10 lb or drive a commercial vehicle until cleared, anticipated ⟦D|October 24th⟧. Please excuse him from jury duty at ⟦O|Middlesex Superior Court⟧.

If you have questions, please call my office at ⟦P|978-555-0188⟧, ⟦P|x3-0412⟧.

⟦N|Rohan Vishwakarma⟧, M.D.
⟦H|Concord Spine Center⟧
`);

note("transfer-abbrev", `
Transfer note: pt accepted from ⟦H|FMH⟧ ICU to ⟦H|PUH⟧ 12 West on ⟦D|3/3⟧. Outside records: admitted to ⟦H|FMH⟧ ⟦D|2/27⟧ with SBO, s/p ex lap ⟦D|2/28⟧ by Dr. ⟦N|Hennessey⟧. Course c/b anastomotic leak. Accepting surgeon: ⟦N|Nakagawa⟧. Transferring MD ⟦N|Lisbeth Crane⟧, ⟦P|207-555-0122⟧. Pt's husband ⟦N|Gideon⟧ following in car from ⟦C|Bangor⟧.
`);

note("icu-event-lower", `
icu event note ⟦D|11/5⟧ 0320
called to bedside by rn ⟦N|marisa⟧ for hypotension 78/40. pt mr. ⟦N|abernathy⟧ had been on neo 0.5, now at 2.0. 500 cc LR bolus. lactate 4.1. started vaso 0.04. d/w dr ⟦N|gunderson⟧ (attending) by phone, agrees. son ⟦N|ezra⟧ called and updated at ⟦P|603-555-0137⟧, will come in.
-- ⟦N|b. ruelas⟧ md pgy3
`);

note("clinic-portal-user", `
Clinic Note   ⟦D|03-15-2071⟧
Pt: ⟦N|Saoirse Okafor-Lynch⟧, 34F. Referred by Dr. ⟦N|Bhattacharya⟧ (⟦H|AGH⟧) for migraine.
Headaches since age 14, worse since starting work at ⟦O|Vantage Biologics⟧ in ⟦C|Waltham⟧. Sleep poor; her roommate ⟦N|Ines⟧ notes she snores.
Neuro exam nonfocal.
Plan: topiramate 25 mg qhs, titrate. Sleep study at ⟦H|NEBH⟧. Headache diary via portal (user ⟦UN|sokafor.lynch⟧; email ⟦E|saoirse.ol@fernmail.com⟧).
Return in 3 months or sooner.
⟦N|Teodora Blaskovic⟧, MD  ⟦N|TB⟧/⟦UN|tblaskov⟧
`);

note("caps-social-work", `
SOCIAL SERVICE NOTE ⟦D|05/19/2069⟧
PATIENT SEEN AT BEDSIDE WITH HER NEPHEW ⟦N|CASIMIR WOJTOWICZ⟧ (HCP). PT IS A ⟦A|97⟧ YEAR OLD RETIRED ⟦PROF|SEAMSTRESS⟧ WHO LIVES ALONE IN A SECOND FLOOR WALK-UP AT ⟦S|310 BOLTON STREET⟧, ⟦C|SOUTH BOSTON⟧. HER ONLY SON ⟦N|STANLEY⟧ DIED IN ⟦D|2064⟧. NEPHEW VISITS ⟦DAY|SATURDAYS⟧ AND DOES HER SHOPPING AT ⟦O|STAR MARKET⟧.
SERVICES: MEALS ON WHEELS THROUGH ⟦O|ETHOS⟧, HOMEMAKER 4 HRS/WK. PCP DR. ⟦N|DRISCOLL⟧ AT ⟦H|SBCHC⟧.
NEPHEW REQUESTS SHORT TERM REHAB; REFERRALS SENT TO ⟦H|MARIAN MANOR⟧ AND ⟦H|BOSTON HOME⟧. PT AGREEABLE BUT STATES "I AM GOING HOME BY ⟦DAY|MEMORIAL DAY⟧."
NEPHEW'S CELL ⟦P|617-555-0154⟧. WORK ⟦P|617-555-0160⟧ ⟦P|X220⟧.
⟦N|GWENDOLYN ASARE⟧, LICSW  PAGER ⟦P|2-4471⟧
`);

note("caps-ed-report", `
⟦H|LAKESHORE GENERAL HOSPITAL⟧ EMERGENCY DEPARTMENT RECORD
PATIENT: ⟦N|AMADOR, REINALDO⟧   MR#: ⟦M|LG00418823⟧   DATE: ⟦D|08/30/71⟧   TIME: 0215
AGE: 54   SEX: M   ARRIVAL: WALK-IN WITH FRIEND ⟦N|DESHAWN POLK⟧
CHIEF COMPLAINT: LACERATION L HAND.
HPI: CUT HAND ON BROKEN GLASS AT THE ⟦O|ANCHOR PUB⟧ ON ⟦S|WATER STREET⟧ APPROX 0100. TETANUS UNKNOWN.
EXAM: 4 CM LAC L THENAR EMINENCE, FULL FLEXOR/EXTENSOR FUNCTION, SENSATION INTACT.
PROCEDURE: IRRIGATED, 6 SIMPLE INTERRUPTED 4-0 ETHILON. TDAP GIVEN.
DISPO: HOME. SUTURE REMOVAL 10 DAYS AT ⟦H|LGH⟧ WALK-IN OR WITH PCP DR. ⟦N|FONTAINE⟧.
ATTENDING: ⟦N|M. OYELARAN⟧, MD   RESIDENT: ⟦N|KATZ⟧   NURSE: ⟦N|BRIDGET⟧
`);

// ---------------------------------------------------------------------------------------------------------------
write();
