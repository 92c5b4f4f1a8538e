// Why this file exists: builds test/fixtures/clinical-notes-8.jsonl, an eighth labelled set of clinical notes written
// by hand to measure blind generalisation after eleven rounds of rules, in note kinds of US hospital records that
// fixtures 1-7 hold few of: i2b2-style discharge summaries with pipe-separated header rows and "Dictated By:/Attending:/
// cc:" trailers with doctor codes, MIMIC-style summaries, echo and cath reports, oncology treatment summaries, L&D and
// neonatal notes, transplant notes, physical/occupational/speech therapy notes, home-health and hospice visits,
// pharmacy and prior-authorisation notes, case management and insurance letters, dental and ophthalmology notes,
// behavioural-health intake, pre-op checklists, transfer forms, a death summary and an autopsy report, research consent,
// lab requisitions, device clinic and access-audit notes, patient portal chats in lower case; about a third in ALL CAPS.
// PHI as i2b2/MIMIC label it: patients, relatives and clinicians (as "LAST, FIRST M", initials, nicknames, hyphenated
// and particle surnames, non-Anglo names), hospitals, clinics, practices, nursing homes, pharmacies, schools,
// employers, churches and insurers, streets, towns, zips, dates in many formats, ages over 89, phones, faxes and pagers
// with extensions, MRNs, account, plan, licence and device numbers, VINs, URLs, IPs, emails and user names. Every name,
// place and number is invented here; nothing is copied from any corpus, and the notes were written before reading the
// detector's rules. Labelling follows fixtures 5-7: weekdays and holidays are `ignored` (DAY), as are states, countries
// and professions; seasons are left unlabelled; ages under 90 are no PHI.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-7 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-8.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-8.jsonl", "make-clinical-fixture-8");

// ---------------------------------------------------------------------------------------------------------------
note("i2b2-ds-header", `
⟦I|553841255⟧ | ⟦H|XTO⟧ | ⟦M|08432156⟧ | | ⟦I|4482991⟧ | ⟦D|5/14/2003⟧ 12:00:00 AM | CHEST PAIN | Signed | DIS | Admission Date: ⟦D|5/14/2003⟧ Report Status: Signed
Discharge Date: ⟦D|5/19/2003⟧
ATTENDING: ⟦N|TREMBLAY, JACQUES R.⟧ M.D.
SERVICE: Cardiology, ⟦H|Xavier Teaching Hospital⟧
PRINCIPAL DIAGNOSIS: Unstable angina.
HISTORY OF PRESENT ILLNESS: Mr. ⟦N|Szczepanski⟧ is a 67-year-old retired ⟦PROF|steelworker⟧ with a history of CABG in ⟦D|1998⟧ at ⟦H|Allegheny General⟧ who presented with three days of exertional chest pressure. He was seen by his cardiologist Dr. ⟦N|Vo Thanh Binh⟧ on ⟦D|5/12⟧ who sent him to the emergency room.
HOSPITAL COURSE: He ruled out for MI by enzymes. Catheterization on ⟦D|5/16/03⟧ showed a patent LIMA to LAD and an occluded SVG to OM1, which was stented. He did well post procedure.
DISPOSITION: Home with his wife ⟦N|Halina⟧. Follow up with Dr. ⟦N|Vo⟧ in two weeks at ⟦H|Monroeville Heart Associates⟧, telephone ⟦P|412-555-0193⟧.
Dictated By: ⟦N|QUINTERO-BALL, MARISOL⟧
Attending: ⟦N|JACQUES R. TREMBLAY⟧, M.D. ⟦N|JT44⟧
⟦N|MQ⟧/⟦N|xsm⟧ DD: ⟦D|05/19/03⟧ DT: ⟦D|05/21/03⟧ DV: ⟦D|05/19/03⟧
cc: ⟦N|Thanh Binh Vo⟧, M.D.
******** Not reviewed by Attending Physician ********
`);

note("i2b2-ds-caps", `
⟦I|118204977⟧ | ⟦H|PUOMC⟧ | ⟦M|7710442⟧ | | ⟦I|993120⟧ | ⟦D|11/02/1999⟧ 12:00:00 AM | PNEUMONIA | | DIS | ADMISSION DATE: ⟦D|11/02/1999⟧ REPORT STATUS:
DISCHARGE DATE: ⟦D|11/08/1999⟧
HISTORY OF PRESENT ILLNESS: THE PATIENT IS A ⟦A|91⟧-YEAR-OLD WOMAN FROM THE ⟦H|FAIRHAVEN NURSING HOME⟧ WHO WAS SENT IN WITH FEVER AND HYPOXIA. SHE IS FOLLOWED BY DR. ⟦N|OYELOWO-PRICE⟧ THERE.
PAST MEDICAL HISTORY: ALZHEIMER'S DEMENTIA, CHF, HYPOTHYROIDISM.
SOCIAL HISTORY: WIDOWED. HER NIECE, ⟦N|DOROTEA FALCONE⟧, IS HER HEALTH CARE PROXY AND LIVES IN ⟦C|NORTH ANDOVER⟧.
HOSPITAL COURSE: RIGHT LOWER LOBE PNEUMONIA TREATED WITH CEFTRIAXONE AND AZITHROMYCIN. SWALLOW EVALUATION ON ⟦D|11/04⟧ BY ⟦N|KATHLEEN O'SHAUGHNESSY⟧ SHOWED SILENT ASPIRATION WITH THIN LIQUIDS.
DISCHARGE CONDITION: STABLE.
DISCHARGE DISPOSITION: RETURN TO ⟦H|FAIRHAVEN⟧.
DICTATED BY: ⟦N|AMARA N. ESSIEN⟧, M.D. ⟦N|AE22⟧
ATTENDING: ⟦N|GUNNAR P. LINDAHL⟧, M.D. ⟦N|GL01⟧
⟦N|AE22⟧/⟦N|BMT⟧
BATCH: ⟦I|44812⟧ INDEX NO. ⟦I|ZLRT7710Q2⟧ D: ⟦D|11/08/99⟧ T: ⟦D|11/10/99⟧
CC: 1. ⟦N|OYELOWO-PRICE, FUNMILAYO⟧, M.D., ⟦H|FAIRHAVEN NURSING HOME⟧
`);

note("mimic-ds", `
Admission Date:  [⟦D|2188-3-11⟧]              Discharge Date:   [⟦D|2188-3-17⟧]

Date of Birth:  [⟦D|2109-12-30⟧]             Sex:   M

Service: MEDICINE

Allergies:
Penicillins / Sulfa (Sulfonamide Antibiotics)

Attending:[⟦N|Hadley Okonjo⟧]
Chief Complaint:
hematemesis

History of Present Illness:
78 y/o M w/ EtOH cirrhosis c/b varices, who was transferred from [⟦H|St. Anselm Regional⟧] after 3 episodes of coffee-ground emesis. Per his daughter [⟦N|Rhiannon⟧], he had been drinking again since his brother's funeral in [⟦C|Pawtucket⟧] on [⟦D|3-2⟧].

Social History:
Lives alone in apartment on [⟦S|Cushing Ave⟧]. Formerly worked at [⟦O|Narragansett Electric⟧].

Discharge Disposition:
Extended Care

Facility:
[⟦H|Harborview Rehab and Nursing⟧] - [⟦C|Quincy⟧]

Followup Instructions:
Dr. [⟦N|Eun-ji Park⟧] (Hepatology) [⟦D|2188-3-29⟧] at 10:00, [⟦P|617-555-0155⟧]

                             [⟦N|Hadley Okonjo⟧] MD [⟦I|88-ABJ⟧]

Completed by:[⟦D|2188-3-18⟧]
`);

note("echo-caps", `
TRANSTHORACIC ECHOCARDIOGRAM REPORT
⟦H|COASTAL CAROLINA HEART INSTITUTE⟧ - ECHO LAB
PATIENT: ⟦N|PRIDGEN, LOUELLA MAE⟧   MRN: ⟦M|CC00928814⟧   DOB: ⟦D|02/29/1932⟧   AGE: ⟦A|92⟧
STUDY DATE: ⟦D|14 MAR 2024⟧   STUDY #: ⟦I|TTE-24-03311⟧
ORDERING: ⟦N|H. BAUCOM⟧, MD   SONOGRAPHER: ⟦N|TJW⟧
INDICATION: DYSPNEA, MURMUR.
HT 155 CM  WT 52 KG  BSA 1.49  BP 148/62  RHYTHM: SR
LV: NORMAL SIZE, EF 60-65% BY BIPLANE SIMPSON. GRADE II DIASTOLIC DYSFUNCTION.
AORTIC VALVE: SEVERELY CALCIFIED. PEAK VELOCITY 4.3 M/S, MEAN GRADIENT 44 MMHG, AVA 0.7 CM2 BY VTI.
MITRAL: MAC, MILD MR.
RVSP 42 MMHG.
CONCLUSION: SEVERE CALCIFIC AORTIC STENOSIS. COMPARED WITH STUDY OF ⟦D|06/2022⟧, GRADIENT HAS INCREASED.
RESULT DISCUSSED WITH DR. ⟦N|BAUCOM⟧'S NURSE ⟦N|CHARLENE⟧ AT ⟦P|910-555-0147 EXT 3⟧.
READ BY: ⟦N|DESHAWN MCKINNEY-OYE⟧, MD, FASE   ⟦D|03/14/2024⟧ 15:02
`);

note("cath-report", `
Cardiac Catheterization Report
Patient: ⟦N|Abdirahman Warsame⟧  MRN ⟦M|55-018-772⟧  Procedure date: ⟦D|Oct. 3rd, 2023⟧
Operator: ⟦N|Ingeborg Aasland⟧, MD; Fellow: ⟦N|Rafael "Rafa" Montejo⟧, MD
Referring: ⟦N|Liesl van der Merwe⟧, MD (⟦H|Lakeshore Cardiology⟧)
Indication: NSTEMI, troponin 2.1.
Access: R radial, 6 Fr. Heparin 5000 units.
Findings: LM normal. LAD 95% proximal, TIMI 2. LCx 40%. RCA dominant, mild disease.
Intervention: PCI of proximal LAD with Xience Skypoint 3.0 x 18 mm (lot ⟦DEV|1042887A⟧, ref ⟦DEV|1500300-18⟧). Final TIMI 3, 0% residual.
Closure: TR band. Contrast 110 mL. Fluoro 9.2 min.
Plan: DAPT x 12 months. Pt's son ⟦N|Mohamed⟧ (interpreter declined; family interprets) updated in waiting room. Cardiac rehab referral to ⟦O|YMCA of Greater Seattle⟧ program.
`);

note("onc-summary", `
Oncology Treatment Summary and Survivorship Care Plan
Patient: ⟦N|Nkechi Abara-Lund⟧    DOB: ⟦D|1968-07-04⟧    MRN: ⟦M|ONC7739120⟧
Diagnosis: Left breast invasive ductal carcinoma, pT2N1a, ER+/PR+/HER2-, diagnosed ⟦D|08/2022⟧ (core biopsy at ⟦H|Piedmont Breast Center⟧).
Treatment:
- Left lumpectomy and SLNB ⟦D|9/19/2022⟧, Dr. ⟦N|Corrigan Ashe⟧.
- Dose-dense AC-T ⟦D|10/2022⟧ - ⟦D|02/2023⟧ at ⟦H|Northside Infusion Center⟧; cycle 3 delayed 1 week for neutropenia.
- Whole breast RT 50 Gy/25 fx + boost, completed ⟦D|April 21, 2023⟧ (Dr. ⟦N|Sebastián Iturbe⟧, ⟦H|Emory Winship Radiation Oncology⟧).
- Anastrozole started ⟦D|5/2023⟧, planned 5-10 years.
Clinical trial: enrolled in NCT05512347 substudy, participant ID ⟦I|RS-0417-0332⟧.
Care team: medical oncologist ⟦N|Yusuf Balogun-Meyer⟧, MD ⟦P|404-555-0128⟧; nurse navigator ⟦N|Trinity⟧ ⟦P|404-555-0129 x221⟧.
Employer: returned to work at ⟦O|Delta Air Lines⟧ ⟦D|June 2023⟧.
`);

note("ld-delivery-caps", `
DELIVERY NOTE - ⟦H|ST. CATHERINE OF SIENA WOMEN'S PAVILION⟧
MOTHER: ⟦N|HERNANDEZ-ROJAS, YESENIA⟧   MRN ⟦M|SC2231908⟧   G3P2103
DATE/TIME OF DELIVERY: ⟦D|06/27/2081⟧ 03:14
DELIVERING PROVIDER: ⟦N|N. ADEBAYO⟧, CNM; BACKUP DR. ⟦N|FRIEDRICHSEN⟧
NSVD OF LIVE FEMALE INFANT OVER INTACT PERINEUM. APGARS 8 AND 9. WEIGHT 3280 G.
NUCHAL CORD X1, REDUCED. PLACENTA DELIVERED SPONTANEOUSLY, 3 VESSEL CORD, INTACT.
EBL 300 ML. PITOCIN 20 UNITS IN 1 L POST DELIVERY.
FATHER OF BABY ⟦N|JOSUE ROJAS⟧ PRESENT AND CUT CORD. BABY NAMED ⟦N|ISABELLA MARIE⟧.
CORD BLOOD BANKED WITH ⟦O|CBR⟧, KIT # ⟦DEV|CBR-4471902⟧.
PEDIATRICIAN: DR. ⟦N|OKORO⟧ AT ⟦H|BAYSIDE PEDIATRICS⟧, ⟦P|(631) 555-0121⟧.
`);

note("nicu-admit", `
NICU Admission Note
Baby Boy ⟦N|Tran⟧ ("Twin A"), born ⟦D|01/08/2025⟧ at 0612 at 33w1d, BW 1890 g
Mother: ⟦N|Tran Thi Mai⟧, 29 y.o. G1P0→2, MRN ⟦M|4402-1187⟧; father ⟦N|Nguyen Van Khoa⟧ (⟦P|714-555-0102⟧).
Prenatal: di-di twins, followed at ⟦H|Hoag MFM⟧ by Dr. ⟦N|Ashkenazi⟧. BMZ complete ⟦D|1/6⟧. Mag given.
Delivery: C/S for preterm labor with twin B breech. Apgars 7/8. CPAP +5 in DR.
Exam: AGA, mild retractions, no dysmorphic features.
Plan: CPAP, D10 at 80 mL/kg/d, sepsis eval (BCx, CBC), amp/gent x 48 h. Donor milk consent signed by mom; milk from ⟦O|Mothers' Milk Bank of California⟧.
Parents speak Vietnamese; interpreter ⟦N|Lan⟧ (ID ⟦I|4471⟧) used.
⟦N|Guadalupe Arreola⟧, NNP-BC / attending Dr. ⟦N|Feinstein-Abiola⟧
`);

note("transplant-clinic", `
Kidney Transplant Clinic - Post-transplant Visit
⟦D|March 3, 2024⟧
Pt: ⟦N|Bartholomew "Bart" Kiplagat⟧, 54M, LDKT ⟦D|11/15/2023⟧ at ⟦H|Barnes-Jewish⟧ (donor: sister ⟦N|Wanjiru Kiplagat-Ross⟧, UNOS ID ⟦I|ABCX113⟧).
Meds: tacrolimus 3 mg BID (trough 7.8 on ⟦D|2/28⟧), mycophenolate 500 BID, prednisone 5.
Cr 1.2 (baseline). BK PCR negative. DSA negative ⟦D|1/24⟧.
Labs drawn at ⟦O|Quest⟧ in ⟦C|Florissant⟧ (draw site ⟦S|1250 N New Florissant Rd⟧), results faxed to ⟦F|314-555-0188⟧.
Insurance: ⟦O|Anthem BCBS⟧, member ⟦HP|YRK844102236⟧; meds via ⟦O|Accredo⟧ specialty pharmacy ⟦P|1-800-555-0140⟧.
Coordinator ⟦N|Bernadette LaRocque⟧, RN ⟦P|314-555-0177⟧, option 2
`);

note("pt-eval", `
Physical Therapy Initial Evaluation
Date: ⟦D|8-14-23⟧
Patient: ⟦N|Siddharth Venkataraman⟧  DOB ⟦D|4-2-1959⟧  Referring MD: ⟦N|Lorraine Goldfarb⟧
Dx: R TKA ⟦D|8/1/23⟧ (Dr. ⟦N|Goldfarb⟧ at ⟦H|Hospital for Special Surgery⟧)
Subjective: Pt reports pain 4/10, sleeping in recliner. Lives w/ wife ⟦N|Padma⟧ in 2nd floor walk-up on ⟦S|W 104th St⟧. Works remotely as ⟦PROF|actuary⟧ for ⟦O|MetLife⟧.
Objective: AROM R knee 8-92 deg. Quad lag 10 deg. TUG 14.2 s. Gait w/ RW, antalgic.
Assessment: Good rehab potential.
Plan: 2x/wk x 8 wks. HEP issued via ⟦U|medbridgego.example.com⟧ code ⟦I|7XKQ2LM⟧.
⟦N|Colm Ó Briain⟧, PT, DPT   Lic. # ⟦I|PT-017744⟧
`);

note("ot-caps", `
OCCUPATIONAL THERAPY DAILY NOTE  ⟦D|02.12.2080⟧
PT: ⟦N|ABERNATHY-QUIGLEY, ROSEMARY⟧   RM 412   ⟦A|96⟧ YO F
DX: L CVA WITH R HEMIPARESIS.
S: PT STATES "MY HAND WON'T LISTEN." DAUGHTER-IN-LAW ⟦N|PEGGY⟧ PRESENT.
O: UB DRESSING MIN A, LB DRESSING MOD A. R GRIP 4 LB VS L 28 LB (JAMAR). TOILET TRANSFER CGA WITH GRAB BAR.
A: PROGRESSING TOWARD GOALS. SAFE FOR D/C TO ⟦H|MAPLE RIDGE SKILLED NURSING⟧ VS HOME WITH 24 HR ASSIST.
P: CONT DAILY OT. FAMILY TRAINING ⟦DAY|THURSDAY⟧ WITH SON ⟦N|RANDALL QUIGLEY⟧.
⟦N|T. NAKASHIMA⟧, OTR/L   ⟦N|TN⟧/⟦UN|TNAKASH⟧
`);

note("slp-note", `
Speech-Language Pathology: Clinical Swallow Evaluation
⟦DAY|Thu⟧ ⟦D|4/11/24⟧
Pt ⟦N|Reginald Fortescue-Mbeki⟧ seen at bedside, ⟦H|Hartwell 7⟧. ⟦A|90⟧yo M, post-extubation day 2.
Oral mech: reduced labial seal R. Voice wet after thin liquids via cup.
Trials: puree - WFL; soft solids - prolonged mastication; thin - cough x3/3.
Recs: dysphagia level 2 (minced & moist), mildly thick liquids, meds crushed in puree, upright 90°. MBSS ⟦D|4/12⟧ at 1300.
Discussed w/ RN ⟦N|Oksana⟧ and pt's partner ⟦N|Cyril⟧. SLP ⟦N|Anjali Bhattacharya-Ross⟧, MS, CCC-SLP, ext. ⟦P|5-2210⟧
`);

note("home-health", `
Home Health Skilled Nursing Visit
Agency: ⟦O|Sunrise Valley Home Care⟧   Visit date: ⟦D|12/06/2023⟧   Time in 0930 / out 1025
Patient: ⟦N|Earline Tubbs⟧, ⟦S|8810 County Road 12⟧, ⟦C|Bastrop⟧, ⟦STATE|TX⟧ ⟦Z|78602⟧
Gate code 4471#, dog in yard - call ahead at ⟦P|512-555-0176⟧.
Homebound status: leaves home only for dialysis at ⟦H|Fresenius Bastrop⟧ (⟦DAY|Mon⟧/⟦DAY|Wed⟧/⟦DAY|Fri⟧).
Assessment: BP 152/84, lungs clear, 2+ pitting edema BLE, wt 198 lb (+3 lb since ⟦D|11/29⟧). Glucometer log 140s-210s.
Teaching: low sodium diet reviewed with pt and grandson ⟦N|Jaylen⟧. Med box filled for week.
Notified PCP Dr. ⟦N|Castañeda⟧'s office (spoke with ⟦N|Yolanda⟧) re: weight gain, fax sent to ⟦F|512-555-0179⟧.
Next visit ⟦D|12/08⟧. ⟦N|Wren Hollister⟧, RN
`);

note("hospice-caps", `
HOSPICE NURSE VISIT NOTE - ⟦O|HEARTLAND HOSPICE OF THE OZARKS⟧
DATE: ⟦D|JAN 9 2025⟧  PATIENT: ⟦N|BUCHANAN, ALOYSIUS "AL"⟧  ⟦A|99⟧ YO M
TERMINAL DX: END STAGE COPD. LEVEL OF CARE: ROUTINE HOME CARE.
LOCATION: PATIENT'S HOME, ⟦S|4 HICKORY HOLLOW LN⟧, ⟦C|MOUNTAIN HOME⟧, ⟦STATE|AR⟧ ⟦Z|72653⟧.
PAIN 3/10, DYSPNEA AT REST, O2 4L VIA CONCENTRATOR (⟦O|LINCARE⟧ SERIAL ⟦DEV|LNC77120449⟧).
PRIMARY CAREGIVER: DAUGHTER ⟦N|JOLENE BUCHANAN-PRUITT⟧, TEL ⟦P|870-555-0142⟧. SHE REQUESTS CHAPLAIN VISIT FROM PASTOR ⟦N|EZRA MALLOY⟧ OF ⟦O|TWIN LAKES FREE WILL BAPTIST⟧.
COMFORT KIT IN HOME. MORPHINE CONC 5 MG SL Q2H PRN USED X3 IN 24 H.
HOSPICE MD DR. ⟦N|VASQUEZ-ODUYA⟧ NOTIFIED. IDT REVIEW ⟦D|01/14/25⟧.
⟦N|M. KOWALSKI⟧, RN CASE MANAGER   ON-CALL ⟦P|1-877-555-0160⟧
`);

note("pharmacy-anticoag", `
Anticoagulation Clinic - Pharmacist Note (telephone)
⟦D|05/17/2024⟧
Pt: ⟦N|Wojciech Zawadzki⟧ (DOB ⟦D|11/30/1941⟧), goal INR 2-3 for mechanical AVR.
INR today 1.6 (POC, drawn at ⟦O|Walgreens⟧ #07114 on ⟦S|Ridge Rd⟧).
Missed 2 doses while visiting daughter ⟦N|Agata⟧ in ⟦C|Kraków⟧ (⟦COUNTRY|Poland⟧) ⟦D|May 3-10⟧.
Plan: warfarin 7.5 mg today and tomorrow then resume 5 mg daily except 7.5 mg ⟦DAY|Mon⟧/⟦DAY|Fri⟧. Enoxaparin bridge not indicated per Dr. ⟦N|Haldane⟧.
Recheck ⟦D|5/24⟧. Rx sent to ⟦O|Hy-Vee Pharmacy⟧ ⟦P|(319) 555-0130⟧.
⟦N|Ifunanya Obi⟧, PharmD, CACP   ⟦UN|iobi@ridgeviewhealth⟧
`);

note("prior-auth", `
PRIOR AUTHORIZATION REQUEST - LETTER OF MEDICAL NECESSITY
Date: ⟦D|February 20, 2025⟧
To: ⟦O|CareSource⟧ Pharmacy Prior Authorization Department, Fax ⟦F|1-866-555-0114⟧
Member: ⟦N|DeMarcus Whitfield⟧   Member ID: ⟦HP|CSO8810427701⟧   Group: ⟦I|OH-MCD-7731⟧   DOB: ⟦D|09/09/2011⟧
Medication: dupilumab 300 mg SC q2 weeks
Diagnosis: severe atopic dermatitis (L20.9), EASI 31.
Prior therapies: triamcinolone 0.1% (⟦D|2022⟧-⟦D|2023⟧), tacrolimus 0.1% (⟦D|2023⟧), phototherapy at ⟦H|Dayton Children's Dermatology⟧ ⟦D|Sept - Dec 2024⟧ (discontinued: missed school at ⟦O|Stivers School for the Arts⟧).
Prescriber: ⟦N|Ramona Szabo-Whitlock⟧, MD   NPI ⟦I|1336618842⟧   Phone ⟦P|937-555-0165⟧   Fax ⟦F|937-555-0166⟧
Guardian contact: ⟦N|Tameka Whitfield⟧ (mother) ⟦P|937-555-0190⟧
`);

note("case-mgmt-caps", `
CASE MANAGEMENT NOTE  ⟦D|09-19-2079⟧ 1120
PT ⟦N|OKAFOR, CHUKWUEMEKA⟧ MR# ⟦M|0093-4471-2⟧ ADM ⟦D|9/15⟧ DX SEPSIS/UTI.
PAYER: ⟦O|HUMANA GOLD PLUS HMO⟧ ID ⟦HP|H51880447⟧. AUTH # ⟦I|HUM-2207718⟧ FOR SNF OBTAINED FROM REVIEWER ⟦N|DONNA⟧ (⟦P|800-555-0187 X 44120⟧).
SNF OFFERS: ⟦H|BRIGHTON GARDENS OF TAMPA⟧ (ACCEPTED), ⟦H|SUNCOAST MANOR⟧ (NO BED). PT AND WIFE ⟦N|IJEOMA⟧ CHOSE BRIGHTON GARDENS.
TRANSPORT: ⟦O|SUNSTAR⟧ WHEELCHAIR VAN ⟦D|9/20⟧ 1000, CONF # ⟦I|SS99102⟧.
REPORT CALLED TO ⟦N|LAKEISHA⟧ RN AT SNF, ⟦P|813-555-0119⟧.
⟦N|R. FONSECA⟧, RN CM   PAGER ⟦P|813-555-0150 #221⟧
`);

note("insurance-denial", `
⟦O|Keystone Mutual Health Insurance Company⟧
⟦S|1400 Market Street, 9th Floor⟧, ⟦C|Harrisburg⟧, ⟦STATE|PA⟧ ⟦Z|17101⟧

⟦D|July 2, 2024⟧

⟦N|Florence Adjei-Mensah⟧
⟦S|227 Linden Court⟧
⟦C|Camp Hill⟧, ⟦STATE|PA⟧ ⟦Z|17011⟧

Re: Notice of Adverse Benefit Determination
Member ID: ⟦HP|KMH-661-20-4471⟧   Claim #: ⟦I|24A0188137⟧   Date of service: ⟦D|05/13/2024⟧

Dear Ms. ⟦N|Adjei-Mensah⟧:

We reviewed the request from ⟦N|Gideon Falkenrath⟧, MD, ⟦H|Penn State Health Holy Spirit Medical Center⟧, for an MRI of the lumbar spine. This service is not covered because the records do not show six weeks of conservative treatment.

You may appeal within 180 days. Call Member Services at ⟦P|1-800-555-0126⟧ (TTY 711) or write to the Appeals Unit at the address above. You may also visit ⟦U|https://www.keystonemutual-example.com/appeals⟧.

Sincerely,
⟦N|Priscilla Van Houten⟧, MD, Medical Director
`);

note("dental", `
Dental Progress Note - ⟦H|Riverside Community Dental Clinic⟧
⟦D|06/22/23⟧   Pt: ⟦N|Luz Marina Cifuentes⟧, chart # ⟦M|D-22871⟧
CC: "my back tooth on the bottom hurts when I drink cold."
Exam: #30 deep distal caries, percussion +, cold prolonged >10 s. PA radiograph: periapical radiolucency #30.
Dx: symptomatic irreversible pulpitis w/ symptomatic apical periodontitis #30.
Tx today: 2 carp 2% lido 1:100k IANB, pulpectomy #30, CaOH, IRM. Rx amoxicillin 500 mg TID x7d, ibuprofen 600.
Referral: endo to Dr. ⟦N|Aurelio Benedetti⟧, ⟦H|Benedetti Endodontics⟧ ⟦P|(559) 555-0137⟧. Medi-Cal ⟦HP|91447210B⟧.
Pt's daughter ⟦N|Yuliana⟧ interpreted. Provider: ⟦N|Min-seo Kang⟧, DDS / assist ⟦N|Brisa⟧
`);

note("ophtho-caps", `
OPHTHALMOLOGY CLINIC NOTE - ⟦H|WILLS EYE⟧ SATELLITE, ⟦C|CHERRY HILL⟧
PT: ⟦N|FITZGERALD, MAEVE B⟧  DOB ⟦D|08/15/1930⟧  ⟦A|94⟧F  MRN ⟦M|WE-118273⟧  VISIT ⟦D|10/21/2024⟧
CC: DECREASED VISION OS X 2 WKS.
VA CC: OD 20/40, OS CF 3 FT. IOP 14/16 (TONOPEN).
SLE: PCIOL OU. DFE: OS SUBRETINAL HEMORRHAGE AND FLUID, CNVM. OD DRUSEN, RPE MOTTLING.
OCT MACULA OS: SRF, PED.
A/P: WET AMD OS - AFLIBERCEPT 2 MG INTRAVITREAL OS TODAY, LOT ⟦DEV|4412A07⟧. CONSENT SIGNED BY PT AND SON ⟦N|DECLAN⟧. RTC 4 WKS.
DRIVING: ADVISED NOT TO DRIVE. PT GAVE UP LICENSE ⟦D|2022⟧.
⟦N|A. GUPTA-LARSEN⟧, MD / SCRIBE ⟦N|KAYLEIGH M.⟧
`);

note("bh-intake", `
Behavioral Health Intake Assessment
⟦O|Crossroads Counseling Services⟧, ⟦S|77 Tremont Place⟧, ⟦C|Bangor⟧
Date: ⟦D|11/14/24⟧   Clinician: ⟦N|Ottilie Marchetti⟧, LCPC
Client: ⟦N|Jaxon Pelletier⟧ ("⟦N|JJ⟧"), 17 yo, junior at ⟦O|Hermon High School⟧. Referred by school counselor Mrs. ⟦N|Dufresne⟧.
Presenting problem: panic attacks since ⟦D|August⟧, school refusal, cannabis vaping daily.
Family: lives with mother ⟦N|Krystal Pelletier⟧ and stepfather ⟦N|Travis Gagnon⟧; biological father ⟦N|Derek Pelletier⟧ incarcerated at ⟦O|Maine State Prison⟧. Older brother ⟦N|Brayden⟧ in the Army at ⟦LO|Fort Drum⟧.
Work: bagger at ⟦O|Hannaford⟧ on ⟦S|Stillwater Ave⟧ 15 h/wk.
Risk: denies SI/HI; no prior attempts. Safety plan completed.
Dx: Panic disorder; cannabis use disorder, mild.
Plan: weekly CBT; psychiatric eval with Dr. ⟦N|Abernethy-Olu⟧; release signed for ⟦H|Northern Light Acadia Hospital⟧ records.
Mother's cell ⟦P|207-555-0183⟧; email ⟦E|krystal.pelletier81@mailbox-example.net⟧.
`);

note("preop-checklist-caps", `
PRE-OPERATIVE CHECKLIST   OR 14 - ⟦H|MERIDIAN SURGICAL CENTER⟧
PATIENT: ⟦N|LEBLANC, THIBAULT J⟧   DOB: ⟦D|1/7/1950⟧   MRN: ⟦M|MSC-440917⟧   DOS: ⟦D|03/11/2025⟧
ID BAND VERIFIED: Y   CONSENT SIGNED: Y (WITNESS ⟦N|G. OKWUOSA⟧)
PROCEDURE: R TOTAL HIP ARTHROPLASTY   SURGEON: ⟦N|PATEL, HEMANT K⟧   SITE MARKED: Y (⟦N|HKP⟧)
NPO SINCE: 2200 ⟦D|3/10⟧   LAST DOSE APIXABAN: ⟦D|3/8⟧ AM
H&P DATED ⟦D|02/27/25⟧ BY ⟦N|CASSANDRA NWOSU⟧, NP (⟦H|MERIDIAN PRIMARY CARE⟧).
LABS: HGB 13.1, K 4.2, TYPE & SCREEN ⟦D|3/6⟧, BLOOD BANK # ⟦I|BB2503060447⟧.
IMPLANTS/DEVICES: PACEMAKER (⟦O|MEDTRONIC⟧ AZURE, SN ⟦DEV|RNB447120S⟧) - REP ⟦N|DUSTIN⟧ NOTIFIED ⟦P|(225) 555-0138⟧.
RIDE HOME: WIFE ⟦N|GENEVIEVE⟧ ⟦P|225-555-0133⟧.
RN: ⟦N|S. THIBODEAUX-KING⟧   ⟦D|03/11/25⟧ 0545
`);

note("transfer-form-caps", `
INTERFACILITY TRANSFER FORM
FROM: ⟦H|MCCURTAIN MEMORIAL HOSPITAL⟧, ⟦C|IDABEL⟧ ⟦STATE|OK⟧   TO: ⟦H|OU MEDICAL CENTER⟧ MICU
PATIENT: ⟦N|TAHCHAWWICKAH, WINONA⟧   DOB ⟦D|12-DEC-1958⟧   MRN (SENDING) ⟦M|MMH0077412⟧
DATE: ⟦D|04/02/2080⟧   TIME CALLED: 1915
ACCEPTING MD: DR. ⟦N|HALVERSON⟧   TRANSFER CENTER RN: ⟦N|BRITTANY⟧ REF # ⟦I|TC-80-04-0219⟧
REASON: DKA WITH AKI, NEEDS CRRT.
MODE: ⟦O|AIR EVAC LIFETEAM⟧ ROTOR, TAIL N417AE.
NEXT OF KIN: HUSBAND ⟦N|ROY TAHCHAWWICKAH⟧ ⟦P|580-555-0129⟧; TRIBAL HEALTH: ⟦H|CHOCTAW NATION HEALTH CLINIC⟧, CDIB ON FILE.
SENDING MD: ⟦N|ELI BEARHEART⟧, DO   PHONE ⟦P|580-555-0100 EXT 4211⟧
`);

note("death-summary-caps", `
DEATH SUMMARY
PATIENT: ⟦N|MACALLISTER, HAMISH D⟧   MRN ⟦M|887120⟧   ADM ⟦D|11/28/2078⟧   EXPIRED ⟦D|12/01/2078⟧ 04:47
ATTENDING: DR. ⟦N|FERREIRA DA SILVA⟧
THE PATIENT WAS A ⟦A|97⟧-YEAR-OLD MAN ADMITTED FROM ⟦H|GLENCROFT RETIREMENT COMMUNITY⟧ WITH UROSEPSIS. GOALS OF CARE DISCUSSED ON ⟦D|11/29⟧ WITH HIS SON ⟦N|ANGUS⟧ AND DAUGHTER ⟦N|FIONA MACALLISTER-REID⟧; TRANSITIONED TO COMFORT MEASURES. HE DIED PEACEFULLY WITH FAMILY AT BEDSIDE.
PRONOUNCED BY: ⟦N|L. ABUBAKAR⟧, MD (NIGHT FLOAT).
AUTOPSY: DECLINED. MEDICAL EXAMINER NOT NOTIFIED (NOT A REPORTABLE DEATH). ⟦O|NEW ENGLAND DONOR SERVICES⟧ CALLED, REF ⟦I|NEDS-7841120⟧: NOT A CANDIDATE.
FUNERAL HOME: ⟦O|MCCARTHY & SONS FUNERAL HOME⟧, ⟦C|MARBLEHEAD⟧ ⟦P|781-555-0111⟧.
DEATH CERTIFICATE SIGNED ⟦D|12/01/78⟧.
`);

note("autopsy", `
Final Autopsy Report
Autopsy no.: ⟦I|A25-0044⟧    Performed: ⟦D|Jan 17, 2025⟧, 09:30
Decedent: ⟦N|Isidore Beaumont-Achterberg⟧, ⟦A|103⟧ y/o M    Hospital no. ⟦M|3361902⟧
Prosector: ⟦N|Hyacinth Omondi⟧, MD; assisted by ⟦N|Radek Novotný⟧ (diener)
Authorization: signed by ⟦N|Celestine Beaumont⟧ (granddaughter, POA) on ⟦D|1/16/25⟧, limited to chest and abdomen.
Clinical summary: Resident of ⟦H|Linden Hill Care Home⟧ in ⟦C|Saranac Lake⟧, found unresponsive ⟦D|1/15⟧; pronounced at ⟦H|Adirondack Medical Center⟧.
Anatomic diagnoses:
1. Acute transmural myocardial infarction, posterolateral LV, with rupture and hemopericardium (450 mL).
2. Severe coronary atherosclerosis, LCx 95%.
3. Nephrosclerosis, benign.
Cause of death: cardiac tamponade due to ruptured acute MI.
Report copied to Dr. ⟦N|Kasimir Lindqvist⟧ (attending) and the family via Ms. ⟦N|Beaumont⟧.
`);

note("research-consent", `
Research Consent Note
Study: IRB #2024-0713 "Remote Monitoring After Heart Failure Discharge" (PI: Dr. ⟦N|Maximilian Oyelaran-Hirsch⟧)
Date/time: ⟦D|2024-09-05⟧ 14:20
Participant ⟦N|Ruby-Jean Thistlewood⟧ (MRN ⟦M|7720-31-84⟧) was approached in room 5 West 12 by ⟦N|Consuelo Ibarra⟧, CRC. Consent form version ⟦D|06/14/2024⟧ reviewed. Pt's granddaughter ⟦N|Addison⟧ present. Questions answered; pt able to teach back purpose, risks (data breach), and right to withdraw.
Consent and HIPAA authorization signed; copy given. Study ID assigned: ⟦I|HF-RM-0199⟧. Tablet serial ⟦DEV|T8K2-00451-Z⟧ issued; home Wi-Fi setup by ⟦O|Comcast⟧ not needed.
Study line ⟦P|(608) 555-0194⟧; coordinator email ⟦E|cibarra@uwhealth-example.org⟧.
`);

note("lab-requisition-caps", `
LABORATORY REQUISITION - ⟦O|LABCORP⟧ ACCT ⟦I|40117720⟧
PHYSICIAN: ⟦N|AKINYEMI, BOLANLE O⟧ MD   NPI ⟦I|1093381127⟧   ⟦H|GREENSPRING INTERNAL MEDICINE⟧
ADDRESS: ⟦S|2100 GREENSPRING DR STE 310⟧, ⟦C|TIMONIUM⟧, ⟦STATE|MD⟧ ⟦Z|21093⟧   PH ⟦P|410-555-0134⟧  FAX ⟦F|410-555-0135⟧
PATIENT: ⟦N|STAVROPOULOS, EVANGELIA⟧   DOB ⟦D|03/19/1933⟧   SEX F   PT ID ⟦M|GIM-100442⟧
PATIENT ADDRESS: ⟦S|19 FALLS RD APT 2C⟧, ⟦C|LUTHERVILLE⟧ ⟦Z|21093⟧   PH ⟦P|443-555-0116⟧
BILL TO: MEDICARE ⟦HP|3TR7-KX8-PQ21⟧; SECONDARY ⟦O|AARP MEDICARE SUPPLEMENT⟧ ⟦HP|AARP0447120391⟧
COLLECTION DATE: ⟦D|20240812⟧   TIME: 0815   FASTING: Y
TESTS: CMP, CBC W/ DIFF, LIPID, TSH, HBA1C, VIT D
DX: E11.9, E78.5, E03.9
`);

note("portal-chat-1", `
⟦D|mar 2⟧ 7:18am - ⟦UN|sunnyd_1955⟧ wrote:
good morning, this is ⟦N|dolores ybarra⟧ (dob ⟦D|6/1/55⟧). my pharmacy ⟦O|safeway⟧ on ⟦S|mission blvd⟧ says they never got my metformin refill?? dr ⟦N|oyelaran⟧ said she sent it

⟦D|mar 2⟧ 9:02am - ⟦N|carmen⟧ (ma, ⟦H|hayward family medicine⟧) wrote:
hi ⟦N|dolores⟧, i see it went to the ⟦O|safeway⟧ in ⟦C|castro valley⟧ by mistake. i've resent it to ⟦S|mission blvd⟧ store ⟦P|510-555-0148⟧. should be ready after 2pm today.

⟦D|mar 2⟧ 9:10am - ⟦UN|sunnyd_1955⟧ wrote:
thank u ⟦N|carmen⟧!! also my grandson ⟦N|mateo⟧ will pick it up, is that ok
`);

note("portal-chat-2", `
secure message thread - opened ⟦D|10/07/2024⟧
from patient (⟦N|haruki tanabe⟧): hey, i got the letter about my colonoscopy at the ⟦H|kaiser⟧ in ⟦C|roseville⟧ on ⟦D|oct 21⟧. do i need someone to drive me? my wife ⟦N|noriko⟧ works at ⟦O|intel⟧ in ⟦C|folsom⟧ that day.
reply from ⟦N|b. ochoa⟧, rn (gi dept): yes you need a ride home, uber/taxi alone is not allowed. if your wife can't come, your friend or family can. prep instructions are at ⟦U|kp-example.org/colonprep⟧. call ⟦P|916-555-0173⟧ if questions.
from patient: ok my neighbor ⟦N|gary fenstermacher⟧ can do it. thx
`);

note("device-clinic", `
Device Clinic - Remote Interrogation Review
Pt: ⟦N|Lutfiyya Al-Khatib⟧   DOB: ⟦D|3 Feb 1947⟧   MRN: ⟦M|HCA-2209174⟧
Device: dual-chamber ICD, Boston Scientific Resonate, model D433, serial ⟦DEV|722118⟧; RA lead serial ⟦DEV|PSN-448210⟧. Implanted ⟦D|01/2019⟧ by Dr. ⟦N|Marchetti⟧ at ⟦H|Medical City Dallas⟧.
Transmission ⟦D|07/30/2024⟧ via LATITUDE communicator ⟦DEV|LCM-0044718⟧.
Battery 6.5 yrs. Leads stable. AT/AF burden <1%. 1 VT episode ⟦D|7/22⟧ 03:14, terminated by ATP.
Pt contacted: reports no shock, was asleep. Husband ⟦N|Fawzi⟧ confirms.
Next remote ⟦D|10/29/24⟧. Reviewed by ⟦N|Henrik Solvang⟧, RN, CCDS; EP attending Dr. ⟦N|Nandini Chaudhry⟧.
`);

note("ed-mva", `
ED Provider Note - Trauma (Level 2)
⟦D|8/03/2023⟧ 17:40
Pt: ⟦N|Zebulon Pruett⟧, 34 M, restrained driver of 2016 pickup (VIN ⟦I|1FTEW1EG4GFA77120⟧, plate ⟦I|TNX-4471⟧) vs. guardrail on ⟦LO|I-40⟧ near exit 87 (⟦C|Cookeville⟧), airbag deployed. Brought by ⟦O|Putnam County EMS⟧ unit 6.
Driver's license ⟦I|TN 118204477⟧ scanned to chart; employer ⟦O|Oreck Logistics⟧ (CDL holder) - work comp claim ⟦I|WC-23-44170⟧.
Primary intact. Secondary: seatbelt sign across chest, sternal tenderness.
CT chest: nondisplaced sternal fx, no mediastinal hematoma. Trop neg x2.
Dispo: obs for telemetry. Girlfriend ⟦N|Kaylee Dunaway⟧ at bedside (⟦P|931-555-0104⟧). THP trooper Sgt. ⟦N|Webb⟧, badge 2217, took statement.
⟦N|Imogen Castellvi⟧, MD (ED attending)
`);

note("audit-note", `
HIM Privacy Office - Access Audit Note
Date: ⟦D|2024-11-04⟧
Complaint: patient ⟦N|Marguerite Oduya-Finch⟧ (MRN ⟦M|0082214⟧) reports that a coworker at ⟦O|Hillcrest Elementary School⟧ knew of her admission of ⟦D|10/12/24⟧.
Audit of EHR access ⟦D|10/12/24⟧-⟦D|10/20/24⟧ found one access without treatment relationship: user ⟦UN|jdelrosario3⟧ (⟦N|Jomar del Rosario⟧, unit clerk, 3 East), workstation ⟦I|WS-3E-0217⟧, IP ⟦IP|10.44.17.202⟧, on ⟦D|10/14/24⟧ 21:07, chart viewed 4 min.
Mr. ⟦N|del Rosario⟧ is the spouse of the coworker. Referred to HR (⟦N|Deanna Pickering⟧) and compliance case ⟦I|PRV-2024-0388⟧.
Patient notified by letter ⟦D|11/04/2024⟧ and by phone (⟦P|859-555-0122⟧). Report filed on ⟦U|https://ocrportal.example.gov⟧.
Privacy officer: ⟦N|Annika Strøm⟧, RHIA ⟦E|astrom@bluegrassmed-example.org⟧
`);

note("genetics-counsel", `
Genetic Counseling Note
⟦D|Dec. 12, 2023⟧ - Cancer Genetics Program, ⟦H|Dartmouth-Hitchcock⟧
Proband: ⟦N|Gwyneth ap Rhys⟧, 41F, referred by Dr. ⟦N|O'Faolain⟧ for family history.
Pedigree: mother ⟦N|Bronwen⟧ (ovarian ca at 52, deceased ⟦D|2009⟧), maternal aunt ⟦N|Eirlys Pritchard⟧ (breast ca at 45, living in ⟦C|Cardiff⟧), maternal grandfather (pancreatic ca). Father ⟦N|Owain ap Rhys⟧, ⟦A|91⟧, well.
Testing: 84-gene panel sent to ⟦O|Invitae⟧, requisition ⟦I|RQ-3318471⟧, ⟦D|12/12/23⟧.
Sister ⟦N|Cerys Llewellyn-Hart⟧ (⟦C|Burlington⟧, ⟦STATE|VT⟧) interested in cascade testing; letter mailed to ⟦S|14 Orchard Terrace⟧.
⟦N|Morwenna Tull⟧, MS, CGC
`);

note("school-nurse-caps", `
SCHOOL HEALTH OFFICE VISIT - ⟦O|LINCOLN-SUDBURY REGIONAL HIGH SCHOOL⟧
DATE: ⟦D|10/3/24⟧ 10:55   STUDENT: ⟦N|OYEWOLE, TEMITOPE "TEMI"⟧   GR 10   HR 214
CC: HEAD INJURY IN PE (COLLIDED WITH ⟦N|LIAM K.⟧ DURING FLAG FOOTBALL).
NO LOC. HA 5/10, MILD NAUSEA. PUPILS EQUAL. SCAT5 SYMPTOM SCORE 9.
MOTHER ⟦N|ADEBOLA OYEWOLE⟧ CALLED AT WORK (⟦O|BIOGEN⟧, ⟦P|617-555-0198 X7712⟧), PICKED UP 11:40. ADVISED EVAL AT ⟦H|EMERSON HOSPITAL⟧ OR PCP DR. ⟦N|WEINTRAUB-LOPEZ⟧.
CONCUSSION FORM SENT TO ATHLETIC TRAINER MR. ⟦N|DIPIETRO⟧ AND GUIDANCE (MS. ⟦N|ACHTERBERG⟧).
⟦N|J. ST. CLAIR⟧, RN, NCSN
`);

note("interpreter-clinic", `
Family Medicine Visit - ⟦H|La Clínica del Valle⟧, ⟦C|Yakima⟧
⟦D|09/30/2024⟧
Pt ⟦N|Juana de la Cruz Mendoza⟧, 62F, here with daughter ⟦N|Xóchitl⟧. Spanish interpreter ⟦N|Ernesto⟧ (ID ⟦I|YK-117⟧) by video.
Works seasonal at ⟦O|Stemilt⟧ packing house; lives on ⟦S|S 3rd Ave⟧ ⟦Z|98902⟧.
CC: f/u DM2. A1c 8.9 (⟦D|9/16⟧). Home glucose 160-230. Reports running out of insulin glargine early ⟦D|Sept⟧.
Plan: glargine 22 u qhs, enroll in ⟦O|Lilly Cares⟧ assistance (application # ⟦I|LC-884120⟧); diabetes education with ⟦N|Marisela Ochoa⟧, CDCES on ⟦DAY|Tuesday⟧ ⟦D|10/8⟧.
Next visit in 6 weeks. Dr. ⟦N|Teodoro Villaseñor⟧ / ⟦N|tv⟧
`);

note("wound-hyperbaric-caps", `
HYPERBARIC OXYGEN THERAPY TREATMENT RECORD
⟦H|SOUTHWEST WOUND CARE CENTER⟧ AT ⟦H|BANNER DEL WEBB⟧
PT: ⟦N|ESPINOZA, RAMÓN⟧   ACCT ⟦I|BDW-22019448⟧   TX #17 OF 40   DATE ⟦D|27-APR-2024⟧
DX: DIABETIC FOOT ULCER L 1ST MET HEAD, WAGNER 3, S/P DEBRIDEMENT BY DR. ⟦N|ZOLTÁN HEGEDŰS⟧ ⟦D|4/1/24⟧.
CHAMBER 2 (⟦O|SECHRIST⟧ 3600H, SN ⟦DEV|36H-9910447⟧). 2.4 ATA X 90 MIN WITH 2 AIR BREAKS.
PRE GLUCOSE 188. EARS CLEARED. NO CONFINEMENT ANXIETY.
TECH: ⟦N|D. YAZZIE⟧, CHT   SUPERVISING MD: ⟦N|WINTHROP⟧
`);

// ---------------------------------------------------------------------------------------------------------------
write();
