// Why this file exists: builds test/fixtures/clinical-notes-17.jsonl, a seventeenth labelled set of clinical notes
// written by hand in stop 29 to measure the tree blind: written without reading the name detector (assembly/), the
// test tables or earlier fixtures' misses (only fixture 16's generator form, its test file and the list of note kinds
// of fixtures 1-16 were read), in styles and PHI forms fixtures 1-16 hold least: i2b2-like discharge summaries with
// "Record #" / "Unit No" headers and hospitals written as staff write them ("BRIGHAM AND WOMEN'S", "MGH",
// "St. Luke's-Roosevelt"), an inpatient rehab admission, palliative and ethics consults, a PACU note, a stress test,
// a bronchoscopy, neuropsychological testing, a child-protection consult, a SANE exam, a transfusion reaction, a TB
// contact investigation, a notifiable-disease report, lactation, a safety-event report, a late entry, an SNF
// admission med rec, a seating clinic, a vocational letter, a jury-excusal letter, an employee needlestick, outside
// records from abroad, a tele-ICU note, a rapid response, chemo infusion, radiation oncology, cystoscopy, allergy skin
// testing, an ostomy nurse, clozapine monitoring, a law firm's records subpoena, a shelter respite and street medicine
// note, a refugee screening, a problem list, an ICU flowsheet, pre-admission testing, a colonoscopy and
// interdisciplinary rounds; 15 notes in ALL CAPS and 5 in lower case.
// PHI forms sought: dates as "2/14", "02-14-2097", "Feb 14th", "the 14th", "14 February", "'89"; ages as "91 y/o",
// "a 93-year-old", "ninety-two"; phones as "x4-1234", "pgr 12345", "ext. 5521"; clinicians as "R. Patel, MD/PhD";
// organisations of every kind (employers, schools, churches, agencies, insurers, pharmacies, shelters, law firms,
// unions, teams); street addresses inside prose; towns, counties, countries.
// Labelling follows fixtures 11-16: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons and clock times are left unlabelled; ages under 90 are no PHI, and "nonagenarian" / "over 90"
// (Safe Harbor's own 90-or-older category) are left unlabelled; clinicians' initials are PHI; titles, ranks and cue
// words stay outside the name; room and bed codes are left unlabelled; hospitals written as abbreviations (MGH, BWH)
// are HOSPITAL; nursing homes, rehab units and shelters giving care are HOSPITAL only when care is given there
// (a shelter as a place to live is ORGANIZATION); counties are LOCATION-OTHER; pagers and extensions are PHONE (cue
// words outside, an "x" glued to the digits inside); Record # and Unit No are MRN; case, kit, docket, juror, incident,
// A-numbers and blood-unit numbers are ID, member numbers HEALTHPLAN, serials and lots DEVICE.
// A few well-known hospital names are written as staff write them (the forms the brief asks for); every person, street,
// number and other place is invented here; nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-16 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-17.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-17.jsonl", "make-clinical-fixture-17");

// ---------------------------------------------------------------------------------------------------------------
note("i2b2-ds", `
⟦H|BRIGHAM AND WOMEN'S HOSPITAL⟧
Record #⟦M|884120⟧    Unit No: ⟦M|447-19-62⟧
DISCHARGE SUMMARY
Admission Date: ⟦D|02-14-2097⟧        Discharge Date: ⟦D|02-21-2097⟧
Attending: ⟦N|R. Patel, MD/PhD⟧        Dictated by: ⟦N|Lowell Fairbanks⟧, PA-C

HISTORY OF PRESENT ILLNESS: Mr. ⟦N|Ignatius Brannock⟧ is a 78 y/o man with CAD s/p CABG x3 at ⟦H|MGH⟧ in ⟦D|'89⟧, ischemic
cardiomyopathy (EF 30%), and CKD III who presented from his home in ⟦C|Wellfleet Harbor⟧ with three days of orthopnea.
He was seen by his cardiologist Dr. ⟦N|Okonkwo⟧ at ⟦H|BWH⟧ Heart & Vascular on ⟦D|2/10⟧, where his torsemide was held
for a creatinine of 2.4. His wife ⟦N|Philippa⟧ called the ⟦H|Brigham⟧ operator on the night of the ⟦D|13th⟧ when he could
not lie flat.

HOSPITAL COURSE: Diuresed with IV furosemide, net negative 6.1 L. Creatinine peaked at 2.9 on ⟦D|Feb 16th⟧ and
recovered to 2.2. Seen by Renal (Dr. ⟦N|Szabo-Whitcombe⟧), who advised torsemide 40 mg daily. Echo ⟦D|2/17⟧ unchanged from
the study of ⟦D|14 February 2096⟧. Foley removed HD 3. Gram stain of sputum with mixed flora, no treatment.

DISPOSITION: Home with ⟦O|Outer Cape VNA⟧. Follow up with Dr. ⟦N|Okonkwo⟧ on the ⟦D|28th⟧ and with PCP Dr. ⟦N|Hester Lindqvist⟧
(⟦O|Nauset Family Medicine⟧, ⟦P|508-555-0142⟧).
cc: ⟦N|Ramesh Patel⟧, MD/PhD; ⟦N|Hester Lindqvist⟧, MD
`);

note("i2b2-ds-caps", `
⟦H|ST. LUKE'S-ROOSEVELT HOSPITAL CENTER⟧
RECORD #⟦M|00912734⟧  UNIT NO ⟦M|5521847⟧
DISCHARGE SUMMARY   SIGNED
ADMIT: ⟦D|11/03/2094⟧   DISCHARGE: ⟦D|11/09/2094⟧   SERVICE: MEDICINE (TEAM 4B)
PATIENT: ⟦N|DESROSIERS, MARIE-CLAUDE⟧   AGE: ⟦A|91⟧   SEX: F
PCP: ⟦N|A. GOLDFARB⟧, MD - ⟦O|WEST END MEDICAL ASSOCIATES⟧, ⟦S|2260 BROADWAY⟧, ⟦C|NEW YORK⟧ ⟦Z|10024⟧
HPI: ⟦A|91⟧ Y/O FRENCH-SPEAKING WOMAN FROM ⟦COUNTRY|HAITI⟧, LIVING WITH HER GRANDSON ⟦N|JEAN-BAPTISTE DESROSIERS⟧ ON ⟦S|WEST 104TH
STREET⟧, BIBA AFTER A FALL AT ⟦O|ÉGLISE BAPTISTE BETHESDA⟧ DURING ⟦DAY|SUNDAY⟧ SERVICE. NO LOC. LEFT HIP PAIN.
PMH: HTN, AF ON APIXABAN, PARKINSON DISEASE (SINEMET), PRIOR ADMISSION TO ⟦H|ROOSEVELT⟧ ⟦D|06/2093⟧ FOR UROSEPSIS.
COURSE: XR WITH NONDISPLACED L FEMORAL NECK FX. ORTHO (DR ⟦N|KAPLAN-MENSAH⟧) - HEMIARTHROPLASTY ⟦D|11/04⟧. POD 2 DELIRIUM,
RESOLVED WITH REORIENTATION AND MELATONIN. FOLEY OUT POD 1. PT: WALKER, 50 FT.
DISPO: ⟦H|THE ATRIUM AT RIVERSIDE⟧ SUBACUTE REHAB, ⟦C|BRONX⟧. GRANDSON CELL ⟦P|(917) 555-0128⟧.
DICTATED BY: ⟦N|T. OYELARAN-BRIGGS⟧, MD  ⟦D|11/09/2094⟧  TRANSCRIBED: ⟦N|KMW⟧
`);

note("rehab-admit", `
Inpatient Rehabilitation Facility — Admission H&P
⟦H|Spaulding North Shore⟧ Rehabilitation Unit, 3 West        Date: ⟦D|Aug 2nd, 2095⟧
Patient: ⟦N|Cornelius Abernathy-Oduya⟧    MRN ⟦M|RH40029173⟧    Referring facility: ⟦H|Beverly Hospital⟧
Rehab diagnosis: R MCA ischemic stroke (⟦D|7/24⟧), L hemiparesis, L neglect. NIHSS 9 on arrival at outside hospital, 5 at transfer.
Prior level of function: independent, drove, ⟦PROF|retired machinist⟧ from ⟦O|General Dynamics⟧ (⟦O|IAM Local 2001⟧ retiree).
Lives with his wife ⟦N|Georgette⟧ in a two-story colonial at ⟦S|14 Pickering Lane⟧ in ⟦C|Danvers⟧, 4 steps to enter with a rail on
the right, bedroom upstairs. Daughter ⟦N|Simone Abernathy⟧ lives nearby in ⟦C|Peabody⟧ and works nights at ⟦O|Market Basket⟧.
Church: deacon at ⟦O|Second Congregational Church of Beverly⟧; pastor Rev. ⟦N|Elijah Moncrief⟧ has visited.
FIM-like admission scores: eating 5, grooming 3, bathing 2, transfers 2, ambulation 1 (rolling walker 10 ft with max A).
Plan: PT/OT/SLP 3 h/day, 5 days/wk; team conference ⟦DAY|Tuesday⟧ the ⟦D|8th⟧. Estimated LOS 16 days.
Anticoagulation per neurology at ⟦H|Lahey⟧ (Dr. ⟦N|Farida Qasimi⟧): aspirin + clopidogrel x21 d then ASA alone.
Family training with wife before dc; home safety eval by ⟦O|North Shore Elder Services⟧.
⟦N|Dorothea Vasquez-Lind⟧, DO, PM&R   pgr ⟦P|31877⟧
`);

note("palliative-consult", `
Palliative Care Consultation
Requesting: Dr. ⟦N|Emeka Nwachukwu⟧ (Hospital Medicine)   Date of service: ⟦D|3/9/2096⟧
Reason: goals of care for a ⟦A|93⟧-year-old woman with metastatic pancreatic cancer and recurrent cholangitis.

Ms. ⟦N|Winifred Castellanos⟧ is a ⟦A|93⟧-year-old retired schoolteacher (taught 40 years at ⟦O|Holy Redeemer School⟧ in ⟦C|East
Haverford⟧) who lives alone in her apartment on ⟦S|Linden Court⟧. She was diagnosed in ⟦D|December⟧ at ⟦H|Penn Presbyterian⟧ and
declined chemotherapy after meeting Dr. ⟦N|Ingrid Halvorsen-Obi⟧.
Family meeting today with: patient; niece and HCP ⟦N|Lourdes Castellanos-Reyes⟧ (on phone from ⟦C|San Antonio⟧); nephew ⟦N|Tobias⟧;
chaplain Sr. ⟦N|Agnes Murtagh⟧; RN ⟦N|Kelechi⟧; myself.
She states "I've had ninety-three good years, I want to go home to my cat." Full understanding of prognosis (weeks).
Code status changed to DNR/DNI, MOLST completed. Hospice referral to ⟦O|Delaware Valley Hospice⟧; intake nurse ⟦N|Brianne⟧
⟦P|610-555-0133⟧. Her parish, ⟦O|St. Bernadette's⟧, will bring communion.
Symptoms: pain 6/10 RUQ → oxycodone 5 mg q4h prn; nausea → haloperidol 0.5 mg. Bowel regimen senna/Miralax.
Thank you for this consult. ⟦N|Marisol Achterberg⟧, MD, Palliative Medicine, ⟦P|x4-7712⟧
`);

note("pacu-caps", `
POST ANESTHESIA CARE UNIT NOTE - ⟦H|MOUNT AUBURN HOSPITAL⟧
DATE: ⟦D|05-22-2093⟧  PT: ⟦N|FITZGERALD, ROSALEEN⟧  MRN: ⟦M|0048812⟧  AGE 67
PROCEDURE: LAP CHOLECYSTECTOMY  SURGEON: DR ⟦N|B. ACHEAMPONG⟧  ANESTHESIA: ⟦N|W. THORSTENSEN⟧, MD / ⟦N|L. KIRKBRIDE⟧, CRNA
ARRIVAL 1142 - ALDRETE 7, SPO2 93% ON 6L FM, PAIN 7/10.
1150 HYDROMORPHONE 0.4 MG IV. 1205 ONDANSETRON 4 MG IV FOR PONV. 1230 ALDRETE 9.
HUSBAND ⟦N|DECLAN FITZGERALD⟧ UPDATED BY PHONE ⟦P|617-555-0172⟧ PER PT REQUEST. RIDE HOME WITH SISTER ⟦N|NUALA⟧.
BLOCK: NONE. FOLEY: NONE. VOIDED IN PACU.
DISCHARGE CRITERIA MET 1325. DC TO PHASE II, THEN HOME TO ⟦C|WATERTOWN⟧.
PACU RN: ⟦N|GRETCHEN OLUWASEUN-PRATT⟧, RN   CALLED DR ⟦N|THORSTENSEN⟧ ON PGR ⟦P|22319⟧ RE: SPO2 - NO NEW ORDERS.
`);

note("stress-test", `
Exercise Treadmill Test with Myocardial Perfusion Imaging
⟦H|Hartford Hospital⟧ — Nuclear Cardiology Lab          Study date: ⟦D|Oct 3rd 2092⟧
Patient: ⟦N|Bartholomew Ng⟧  DOB: ⟦D|04-18-2031⟧  Acc#: ⟦I|NM92-118457⟧  Referring: ⟦N|Carmen Iturbide⟧, APRN (⟦O|ProHealth Physicians⟧ ⟦C|Wethersfield⟧)
Indication: exertional chest pressure walking up the hill on ⟦S|Prospect Avenue⟧ to his job at ⟦O|The Hartford⟧.
Protocol: Bruce. Exercised 8:12 min, 10.1 METs, peak HR 148 (92% APMHR), BP 118/76 → 182/84. Duke treadmill score +4.
ECG: 1 mm upsloping ST depression in II, III, aVF at peak, resolved by 1 min recovery. No arrhythmia.
SPECT: Tc-99m sestamibi rest/stress. Small, mild reversible defect in the inferolateral wall. TID 1.02. LVEF 61%.
Compared with outside study from ⟦H|Saint Francis⟧ dated the ⟦D|5th of June 2089⟧: new finding.
Impression: low-to-intermediate risk. Results called to ⟦N|C. Iturbide⟧, APRN at 14:20.
Interpreting physicians: ⟦N|Sunil Varghese⟧, MD; ⟦N|Heloise Abernethy⟧, MD, PhD
`);

note("bronch-caps", `
BRONCHOSCOPY REPORT   ⟦H|UMASS MEMORIAL⟧ - ⟦H|UNIVERSITY CAMPUS⟧
PATIENT: ⟦N|OKAFOR-LINDGREN, EZINNE⟧  MR# ⟦M|2231098⟧  DATE: ⟦D|JAN 19TH 2097⟧
ATTENDING: ⟦N|P. DESHPANDE⟧, MD  FELLOW: ⟦N|J. HOLLOWAY-KIM⟧, MD  RT: ⟦N|MARCUS BELLAMY⟧, RRT
INDICATION: 2.1 CM RUL NODULE, PET AVID (SUV 6.8), FORMER SMOKER 40 PK-YR, WORKED 30 YRS AT ⟦O|NORTON ABRASIVES⟧.
SEDATION: MODERATE, MIDAZOLAM 3 MG / FENTANYL 100 MCG.
FINDINGS: NORMAL VOCAL CORDS. MILD ERYTHEMA RUL ANTERIOR SEGMENT. NO ENDOBRONCHIAL LESION.
EBUS: STATIONS 4R, 7, 11R SAMPLED (22G NEEDLE, LOT ⟦DEV|EB4471902⟧). ROSE: 4R LYMPHOCYTES ONLY; 11R ATYPICAL CELLS.
BAL RUL: SENT FOR CULTURE, AFB, CYTOLOGY. GRAM STAIN PENDING.
COMPLICATIONS: NONE. EBL MINIMAL.
PLAN: PATH TO DR. ⟦N|ROSENTHAL-ABARA⟧ (CYTOPATHOLOGY). F/U THORACIC ONCOLOGY CLINIC ⟦D|1/26⟧. DAUGHTER ⟦N|ADAEZE⟧ DRIVING, ⟦P|508-555-0199⟧.
`);

note("neuropsych", `
Neuropsychological Evaluation — Confidential
⟦O|Center for Brain Health⟧, ⟦H|Dartmouth-Hitchcock⟧, ⟦C|Lebanon⟧, ⟦STATE|NH⟧
Examinee: ⟦N|Wendell Prosper Atkinson⟧    Dates of testing: ⟦D|Feb 14th⟧ and ⟦D|Feb 21st, 2096⟧    Report date: ⟦D|3/2/96⟧
Referred by: ⟦N|Yasmin El-Sayed⟧, MD (neurology) for memory complaints.
Background: 71 y/o right-handed man, 16 years of education (B.S., ⟦O|University of Vermont⟧). Worked 34 years as a claims
adjuster for ⟦O|Concord Group Insurance⟧; retired ⟦D|2094⟧. Married to ⟦N|Loretta⟧ for 45 years; they live on a farm on
⟦S|Old Turnpike Road⟧ in ⟦C|Enfield Center⟧. He volunteers at the ⟦O|Upper Valley Humane Society⟧ and sings in the choir of
⟦O|First Baptist Church of Enfield⟧. Collateral from his wife and from his son ⟦N|Gareth⟧, a ⟦PROF|state trooper⟧.
Tests: MoCA 22/30; RBANS total index 78; Trails A 52 s, B 171 s; Boston Naming 49/60; WCST 4 categories.
Impression: amnestic multidomain MCI, likely Alzheimer's type; vascular contribution possible (MRI ⟦D|1/11/96⟧, Fazekas 2).
Recommendations: driving evaluation at ⟦O|Hanover Driver Rehabilitation Services⟧; consider donepezil; retest in 12 months.
⟦N|Cordelia Ashworth-Bain⟧, PhD, ABPP-CN     Tel ⟦P|603-555-0164⟧
`);

note("child-protection", `
Child Protection Team Consultation
⟦H|Connecticut Children's⟧ — CPT      Date: the ⟦D|7th of April, 2093⟧     CPT case #⟦I|CPT-93-0412⟧
Patient: ⟦N|Kayden Mulroney⟧, 4 mo male     Mother: ⟦N|Alexis Mulroney⟧ (19)     Mother's partner: ⟦N|Travis Deluca⟧ (24)
Consult requested by ED attending Dr. ⟦N|Yolanda Pierre-Louis⟧ for a femur fracture in a non-ambulatory infant.
History per mother: baby "rolled off the couch" at the partner's apartment at ⟦S|77 Grove Street, Apt 2⟧, ⟦C|Meriden⟧ on ⟦D|4/5⟧.
Skeletal survey ⟦D|4/6⟧: spiral fracture R femur; healing posterior rib fractures R 7-8 (est. 2-3 wks old).
Exam: 2 cm bruise L cheek. Retinal exam by ophthalmology (Dr. ⟦N|Ruairi Bannerman⟧): no hemorrhages.
Labs: CBC, CMP, lipase, coags normal. Vit D 28.
Assessment: injuries highly concerning for physical abuse.
Report filed to ⟦O|DCF⟧ Careline, reference ⟦I|2093-041177⟧; investigator ⟦N|Monique Harrigan⟧ ⟦P|(203) 555-0117⟧.
⟦O|Meriden Police Department⟧ notified; Det. Sgt. ⟦N|Paul Yablonski⟧ to interview.
Safety plan: infant not to be discharged to partner's home; maternal grandmother ⟦N|Deborah Mulroney⟧ of ⟦C|Wallingford⟧ identified.
Pediatrician: ⟦O|Wallingford Pediatrics⟧, Dr. ⟦N|Anjali Moorthy⟧.
⟦N|Harriet B. Stoltzfus⟧, MD, Child Abuse Pediatrics
`);

note("sane-caps", `
SEXUAL ASSAULT NURSE EXAMINER (SANE) DOCUMENTATION - CONFIDENTIAL
FACILITY: ⟦H|MERCY MEDICAL CENTER⟧ ⟦C|SPRINGFIELD⟧ ED     DATE OF EXAM: ⟦D|09-02-2095⟧  TIME 0340
PATIENT: ⟦N|ALVARADO, JESSENIA⟧  DOB: ⟦D|12-11-2073⟧  MRN: ⟦M|M30018842⟧
SANE: ⟦N|ROBIN TAKAHASHI-DUNN⟧, RN, SANE-A
ADVOCATE PRESENT: ⟦N|KEISHA OMOTOSO⟧ FROM ⟦O|YWCA OF WESTERN MASSACHUSETTS⟧ RAPE CRISIS
LAW ENFORCEMENT: OFFICER ⟦N|D. FARRAGUT⟧, ⟦O|SPRINGFIELD POLICE DEPARTMENT⟧, BADGE ⟦I|1142⟧, INCIDENT # ⟦I|SPD-95-088213⟧
HISTORY: ASSAULT REPORTED APPROX 0100 ⟦D|09/02⟧ IN PARKING LOT BEHIND ⟦O|THE RUSTY ANCHOR⟧ BAR, ⟦S|MAIN ST⟧. ASSAILANT UNKNOWN.
EXAM: ABRASIONS BILAT WRISTS, 3 CM BRUISE L UPPER ARM. PHOTOS TAKEN (CAMERA ⟦DEV|SN-CX44019⟧).
KIT: STATE KIT # ⟦I|MA-SAEK-0447812⟧ SEALED AND HANDED TO OFFICER ⟦N|FARRAGUT⟧ 0555, CHAIN OF CUSTODY SIGNED.
MEDS: CEFTRIAXONE 500 MG IM, DOXYCYCLINE, METRONIDAZOLE, HIV NPEP (BIKTARVY X28 D), PLAN B.
FOLLOW UP: ⟦O|BAYSTATE INFECTIOUS DISEASE CLINIC⟧ IN 3 DAYS. PATIENT STAYING WITH FRIEND ⟦N|MARISOL⟧ IN ⟦C|CHICOPEE⟧, ⟦P|413-555-0168⟧.
`);

note("transfusion-reaction", `
Transfusion Service — Suspected Transfusion Reaction Investigation
⟦H|Yale New Haven Hospital⟧ Blood Bank        Reported: ⟦D|6/30/2094⟧ 21:15       Investigation #⟦I|TR-94-0261⟧
Recipient: ⟦N|Thaddeus Opoku-Hale⟧   MRN ⟦M|MR7710394⟧   Location: SICU bed 12   Ordering MD: ⟦N|Priscilla Vanterpool⟧
Component: RBC, unit ⟦I|W0417 94 118822⟧, group O Pos, collected ⟦D|6/21⟧ by the ⟦O|American Red Cross⟧ (⟦O|Connecticut Blood Services Region⟧).
Event: 45 minutes into the 2nd unit, T 38.9 (from 37.2), rigors, BP 96/50. Transfusion stopped by RN ⟦N|Delphine Agyeman⟧.
Clerical check: band, unit tag and crossmatch match. Post-transfusion DAT negative; no visible hemolysis; bilirubin 1.1, LDH 240.
Gram stain of bag: no organisms. Culture of bag and patient sent.
Interpretation: febrile non-hemolytic transfusion reaction, probable. TRALI/TACO not suspected (CXR clear, BNP 88).
Recommendation: leukoreduced products (already), premedicate with acetaminophen. Reported to ⟦O|ARC⟧ hospital services ⟦D|7/1⟧.
Reviewed by ⟦N|Anand Krishnaswamy⟧, MD, Medical Director, Transfusion Medicine    ext. ⟦P|5521⟧
`);

note("tb-contact-lower", `
tb contact investigation note - ⟦O|hampden county health department⟧ tb program
index case: ⟦N|florin dragomir⟧, 52 m, smear+ cavitary pulmonary tb dx ⟦D|3/3/95⟧ at ⟦H|baystate⟧. born in ⟦COUNTRY|romania⟧, in us since ⟦D|2081⟧.
infectious period est. ⟦D|dec 1⟧ to ⟦D|mar 10⟧. works as a cook at ⟦O|casa blanca diner⟧ on ⟦S|route 20⟧ in ⟦C|westfield⟧.
household: wife ⟦N|ioana⟧ (igra neg ⟦D|3/14⟧), son ⟦N|andrei⟧ 17 (igra pos, cxr neg - ltbi, start 3hp), daughter ⟦N|elena⟧ 9 (igra neg, window prophylaxis).
workplace: 11 coworkers listed by owner ⟦N|gus papadakis⟧; testing clinic on site ⟦D|the 22nd⟧.
other: attends ⟦O|holy trinity romanian orthodox church⟧ sundays - priest fr. ⟦N|mihai⟧ agreed to announce screening.
congregate: he stayed 2 nights at ⟦O|friends of the homeless⟧ shelter in ⟦C|springfield⟧ in ⟦D|january⟧ - shelter director ⟦N|dana whitcomb⟧ notified, list requested.
dot: daily by outreach worker ⟦N|jorge ocasio⟧ via video; pt phone ⟦P|413-555-0147⟧. address ⟦S|9 maple terrace⟧, ⟦C|westfield⟧ ⟦Z|01085⟧.
reported to state (⟦O|mdph⟧) case # ⟦I|ma-95-tb-0133⟧.
- ⟦N|r. oyelowo⟧, rn, phn
`);

note("notifiable-caps", `
CONFIDENTIAL MORBIDITY REPORT - FAXED TO ⟦O|FAIRFIELD COUNTY DEPARTMENT OF PUBLIC HEALTH⟧ ⟦F|(203) 555-0190⟧
DISEASE: SALMONELLOSIS (CULTURE CONFIRMED)     DATE OF REPORT: ⟦D|08/14/2096⟧     ONSET: ⟦D|08/07/2096⟧
PATIENT: ⟦N|HOLLISTER, BEATRIX ANNE⟧   DOB ⟦D|02/29/2064⟧   SEX F   RACE/ETHNICITY: DECLINED
ADDRESS: ⟦S|310 SOUNDVIEW AVE⟧, ⟦C|NORWALK⟧, ⟦STATE|CT⟧ ⟦Z|06854⟧    PHONE ⟦P|203-555-0105⟧
OCCUPATION: ⟦PROF|LINE COOK⟧ AT ⟦O|HARBORSIDE CLAM SHACK⟧ (FOOD HANDLER - YES)
HOSPITALIZED: YES, ⟦H|NORWALK HOSPITAL⟧ ⟦D|08/09⟧ - ⟦D|08/12⟧
LAB: ⟦O|QUEST DIAGNOSTICS⟧ ACCESSION ⟦I|QD88120457⟧, STOOL CX SALMONELLA ENTERITIDIS, ISOLATE SENT TO STATE LAB.
EXPOSURES: ATTENDED WEDDING AT ⟦O|SILVERMINE GUILD⟧ ⟦D|08/05⟧ (CATERED BY ⟦O|GIORDANO'S CATERING⟧); TRAVEL: NONE; PETS: BEARDED DRAGON.
REPORTING CLINICIAN: ⟦N|NAVEEN CHAUDHRY⟧, MD   ⟦P|203-555-0111⟧ X ⟦P|2204⟧
REPORTED BY: ⟦N|SHEILA MCCANDLESS⟧, RN, INFECTION PREVENTION
`);

note("lactation", `
Lactation Consultation — Mother-Baby Unit, ⟦H|Women & Infants Hospital⟧
Date: ⟦D|November 30th⟧, 09:40         IBCLC: ⟦N|Perpetua Onyango⟧
Mother: ⟦N|Soledad Ibarra-Whitfield⟧, G2P2, POD 1 after repeat C/S      Infant: Baby Boy ⟦N|Ibarra-Whitfield⟧, 39w1d, 3620 g
Reason: sore nipples, "baby won't stay on". First baby (⟦N|Mateo⟧, now 3) was formula fed after difficulties at ⟦H|Kent Hospital⟧.
Observed feed: shallow latch L breast, clicking. Oral exam: restricted lingual frenulum, Hazelbaker score 8 for function.
Plan: laid-back positioning, breast compression, hand expression taught; Medela pump rental via ⟦O|Rhode Island WIC⟧ office in ⟦C|Cranston⟧.
Referral: frenotomy evaluation with Dr. ⟦N|Ledbetter⟧ (⟦O|Ocean State ENT⟧), appointment the ⟦D|4th⟧.
Partner ⟦N|Darnell Whitfield⟧ present and supportive; he is on paternity leave from ⟦O|Electric Boat⟧.
Outpatient lactation: ⟦O|Mothers' Milk Bank of New England⟧ support group, Thursdays. Warm line ⟦P|401-555-0150⟧.
`);

note("ethics-consult", `
Clinical Ethics Consultation Note
⟦H|Johns Hopkins Bayview⟧ — Ethics Consultation Service        Date: ⟦D|1/15/2097⟧        Consult #⟦I|EC-97-004⟧
Requested by: ⟦N|Theo Amankwah⟧, MD (MICU attending), because of disagreement about continued ventilation.
Patient: ⟦N|Augustin Ferreira-Lowe⟧, a nonagenarian (born ⟦D|1999⟧) with advanced dementia, aspiration pneumonia and septic shock, day 12 of mechanical ventilation.
Surrogates: no health care agent. Wife deceased. Three children: ⟦N|Miguel⟧ (⟦C|Towson⟧), ⟦N|Celeste Ferreira⟧ (⟦C|Lisbon⟧, ⟦COUNTRY|Portugal⟧) and ⟦N|Raymond Lowe⟧ (⟦C|Glen Burnie⟧).
Under Maryland law the adult children share surrogate authority and must agree. ⟦N|Miguel⟧ and ⟦N|Raymond⟧ request comfort care;
⟦N|Celeste⟧, reached by video on ⟦D|Jan 14th⟧, asks that everything be done until she arrives on the ⟦D|18th⟧.
Prior wishes: a ⟦D|2089⟧ letter written to his pastor at ⟦O|Our Lady of Fatima Parish⟧ in ⟦C|Highlandtown⟧ states he "would not want machines".
Recommendations: 1) Continue current support until ⟦D|1/18⟧ to allow Ms. ⟦N|Ferreira⟧ to be present. 2) Family meeting with interpreter.
3) If disagreement persists, the ⟦O|Patient Care Advisory Committee⟧ will meet. 4) Risk management (⟦N|J. Obiora⟧, JD) aware.
⟦N|Miriam Castellano-Baird⟧, PhD, HEC-C     pager ⟦P|410-555-0127⟧
`);

note("safety-event-caps", `
PATIENT SAFETY EVENT REPORT (CONFIDENTIAL - PEER REVIEW PRIVILEGED)   EVENT ID: ⟦I|PSE-2093-18824⟧
FACILITY: ⟦H|LANKENAU MEDICAL CENTER⟧   UNIT: 5 EAST TELEMETRY   EVENT DATE: ⟦D|03/17/2093⟧ 0215
PATIENT: ⟦N|O'SULLIVAN, CORMAC⟧  MRN ⟦M|LMC004471⟧  AGE ⟦A|90⟧
EVENT TYPE: FALL WITH INJURY (HARM SCORE E)
DESCRIPTION: PT FOUND ON FLOOR NEXT TO BED BY NA ⟦N|TANISHA GREENLEE⟧ AT 0215. BED ALARM NOT ON. PT STATES HE WAS
"GOING TO FEED THE HORSES" - FORMERLY OWNED ⟦O|O'SULLIVAN STABLES⟧ IN ⟦C|MALVERN⟧. 2 CM LAC L FOREHEAD.
ACTIONS: RN ⟦N|BRENDAN TSE⟧ NOTIFIED HOSPITALIST DR ⟦N|F. ADELEKE⟧ (PGR ⟦P|4417⟧) 0220. CT HEAD NEG. LAC REPAIRED WITH DERMABOND.
FAMILY: SON ⟦N|FINBAR O'SULLIVAN⟧ NOTIFIED 0300 AT ⟦P|484-555-0138⟧.
CONTRIBUTING: MORSE 65, NEW TRAZODONE, FOLEY REMOVED EVENING BEFORE, NOCTURIA.
REPORTED BY: ⟦N|BRENDAN TSE⟧, RN   REVIEWED: ⟦N|C. VANDENBERG⟧, RN, NURSE MANAGER   ⟦D|03/18/2093⟧
`);

note("late-entry-lower", `
late entry for ⟦D|4/11⟧ - written ⟦D|4/12/2092⟧ 0810 by ⟦N|h. delacroix-ames⟧, rn
on ⟦D|4/11⟧ at approx 1930 pt's daughter ⟦N|priya ramakrishnan⟧ called from ⟦C|edison⟧ asking for an update. identity verified w/ password on file.
updated re: pt's transfer to step-down. she asked that her brother ⟦N|vikram⟧ not be given information; pt (mr. ⟦N|ramakrishnan⟧, 84) confirmed this.
also on ⟦D|4/11⟧ pt's home aide ⟦N|blessing⟧ from ⟦O|comfort keepers⟧ dropped off his hearing aids and cpap.
cpap serial ⟦DEV|rs22-90441187⟧ labeled and sent to biomed. hearing aids in bedside drawer.
pharmacy (⟦O|cvs⟧ on ⟦S|route 27⟧) called re: duplicate metoprolol rx - referred to dr. ⟦N|kowalski-mbeki⟧.
this entry was not made on ⟦D|4/11⟧ because of the rapid response on rm 614 (see note by ⟦N|t. asante⟧, rn).
`);

note("snf-medrec", `
Skilled Nursing Facility Admission — Medication Reconciliation
Facility: ⟦H|Maplewood Gardens Rehabilitation & Nursing⟧, ⟦S|45 Quarry Hill Road⟧, ⟦C|Amherst⟧       Admit ⟦D|2/14⟧ from ⟦H|Cooley Dickinson⟧
Resident: ⟦N|Evangeline Pettibone⟧   DOB ⟦D|07/02/2001⟧   Age ⟦A|95⟧    Attending: ⟦N|Gaurav Mehrotra⟧, MD   Pharmacist: ⟦N|Ling Ashcroft⟧, PharmD
Sources: hospital discharge list (⟦D|2/14/96⟧), pill bottles brought by son ⟦N|Royce Pettibone⟧, fill history from ⟦O|Rite Aid⟧ #⟦I|10472⟧ and ⟦O|Express Scripts⟧.
| Medication | Home | Hospital | SNF order | Comment |
| levothyroxine 75 mcg | daily | daily | continue | TSH 2.1 on ⟦D|2/10⟧ |
| warfarin | 3 mg M/W/F, 2 mg other | held | resume 2 mg | INR 1.6; goal 2-3; managed by ⟦O|Coumadin Clinic at Baystate⟧ |
| donepezil 10 mg | qhs | qhs | continue | |
| Will's Eye Formula (AREDS) | daily | not given | continue | patient's own supply |
| May Ultra probiotic | daily | stopped | discontinue | not needed |
| furosemide 20 mg | daily | 40 mg | 20 mg | wt 61.2 kg |
Discrepancy: hospital list omits brimonidine drops prescribed by Dr. ⟦N|Beaumont⟧ (⟦O|Pioneer Valley Eye⟧); order obtained.
Son's phone ⟦P|(413) 555-0182⟧; he lives at ⟦S|122 Shays Street⟧ and visits daily after work at ⟦O|UMass⟧ facilities.
`);

note("seating-clinic", `
Wheelchair Seating & Mobility Clinic — ⟦H|Gaylord Specialty Healthcare⟧
Client: ⟦N|Dashiell Moreau-Antwi⟧  Age 34  Dx: C6 ASIA B SCI (⟦D|2089⟧, diving accident at ⟦LO|Lake Quassapaug⟧)   Visit ⟦D|10/08/2095⟧
Team: ⟦N|Hollis Brandvold⟧, PT, ATP; vendor rep ⟦N|Tomasz Wierzbicki⟧, ATP, CRTS (⟦O|National Seating & Mobility⟧ - ⟦C|North Haven⟧ branch)
Current chair: Quickie power chair ⟦DEV|QPC-118830-R⟧, 7 years old, tilt actuator failing; cushion ROHO high profile.
Pressure mapping: peak 180 mmHg under R ischial tuberosity; history of stage 4 sacral wound treated at ⟦H|Hospital for Special Care⟧ in ⟦D|2093⟧.
Recommendation: new power wheelchair with power tilt/recline/elevate, alternative drive control (mini joystick), Jay J3 back.
Insurance: ⟦O|Husky Health⟧ (Medicaid) member ⟦HP|HSK401882273⟧; secondary ⟦O|Anthem Blue Cross⟧ through mother's employer ⟦O|Yale University⟧.
Home: ranch house with ramp built by ⟦O|Rebuilding Together New Haven⟧ at ⟦S|88 Blake Street⟧, ⟦C|Hamden⟧; doorways 34".
He works remotely for ⟦O|Sikorsky⟧ and plays power soccer with the ⟦O|Connecticut Crushers⟧.
LMN to Dr. ⟦N|Olumide Fashanu⟧ for signature. Mother ⟦N|Claudette Moreau⟧, ⟦P|203-555-0174⟧.
`);

note("voc-rehab-letter", `
⟦O|Lowell Occupational Health Associates⟧
⟦S|1 Merrimack Plaza, Suite 210⟧
⟦C|Lowell⟧, MA ⟦Z|01852⟧
Tel ⟦P|978-555-0120⟧   Fax ⟦F|978-555-0121⟧

⟦D|May 6, 2094⟧

Ms. ⟦N|Candace Oberholtzer⟧, Vocational Rehabilitation Counselor
⟦O|Massachusetts Rehabilitation Commission⟧
⟦S|51 Kearney Square⟧, ⟦C|Lowell⟧

RE: ⟦N|Darius Kowalczyk-Reid⟧ (DOB ⟦D|9/14/2060⟧), MRC case ⟦I|VR-0094-51127⟧

Dear Ms. ⟦N|Oberholtzer⟧:
I have followed Mr. ⟦N|Kowalczyk-Reid⟧ since his crush injury of the L hand on ⟦D|October 2nd⟧ at ⟦O|Merrimack Valley Steel Fabricators⟧,
where he was a welder and shop steward for ⟦O|Ironworkers Local 7⟧. He had ray amputation of the L ring finger at ⟦H|Lowell General⟧
(Dr. ⟦N|Nakamura-Price⟧) and 14 weeks of hand therapy at ⟦O|Pro Sports Physical Therapy⟧.
He has reached maximum medical improvement. Grip L 41 lb vs R 96 lb (Jamar, position 2). He cannot return to heavy welding.
He is interested in the CAD drafting certificate at ⟦O|Middlesex Community College⟧ starting ⟦D|September⟧. I support this plan.
His workers' compensation carrier is ⟦O|Liberty Mutual⟧, claim ⟦I|WC-449-18822-01⟧; adjuster ⟦N|Renata Sokolowski⟧.
Sincerely,
⟦N|Ernesto Valderrama⟧, MD, MPH
`);

note("jury-letter-caps", `
⟦O|CAPE ANN PRIMARY CARE⟧  -  ⟦S|300 WASHINGTON STREET⟧, ⟦C|GLOUCESTER⟧, MA ⟦Z|01930⟧  -  ⟦P|978-555-0108⟧
⟦D|JUNE 14TH, 2096⟧
TO: JURY COMMISSIONER, ⟦O|ESSEX COUNTY SUPERIOR COURT⟧, ⟦S|56 FEDERAL STREET⟧, ⟦C|SALEM⟧
RE: JUROR ⟦N|MARGUERITE DOUCETTE-HALE⟧, JUROR NO. ⟦I|J-559018⟧, SUMMONED FOR ⟦D|JULY 8⟧
TO WHOM IT MAY CONCERN:
MRS. ⟦N|DOUCETTE-HALE⟧ IS A ⟦A|92⟧-YEAR-OLD WOMAN UNDER MY CARE. SHE HAS MACULAR DEGENERATION (LEGALLY BLIND), SEVERE
SPINAL STENOSIS, AND IS THE SOLE CAREGIVER FOR HER HUSBAND ⟦N|LUCIEN⟧, WHO HAS PARKINSON'S DISEASE.
SHE IS NOT ABLE TO SERVE AS A JUROR AND I ASK THAT SHE BE PERMANENTLY EXCUSED. AT ⟦A|92⟧ SHE IS ALSO ELIGIBLE UNDER THE
AGE EXEMPTION.
SINCERELY,
⟦N|W. BRADFORD LOWELL⟧, MD
CC: PATIENT (⟦S|17 LOBSTER COVE ROAD⟧, ⟦C|ANNISQUAM⟧)
`);

note("needlestick", `
Employee Occupational Health — Blood/Body Fluid Exposure
⟦H|Tufts Medical Center⟧ Employee Health       Date of exposure: ⟦D|12/2⟧ 14:05     Seen: ⟦D|12/2/2092⟧ 14:50
Employee: ⟦N|Nomvula Achterberg-Diaz⟧, ⟦PROF|RN⟧, 7 North, employee ID ⟦I|E0448271⟧, badge ⟦I|77214⟧
Exposure: hollow-bore 22G IV catheter stick, L index finger, through glove, while starting IV on source patient.
Source patient: MRN ⟦M|T11048823⟧ (name withheld); consented to testing: HIV Ag/Ab neg, HCV Ab neg, HBsAg neg (⟦D|12/2⟧ 16:30).
Employee: HBV vaccinated at ⟦O|Boston College⟧ School of Nursing ⟦D|2084⟧, anti-HBs 112 (immune). Baseline labs drawn.
PEP: not indicated (source negative). Tdap ⟦D|3/2090⟧.
Follow-up: none needed per protocol. Report sent to ⟦O|Massachusetts Department of Public Health⟧ sharps injury surveillance.
Manager ⟦N|Rosemarie Quintanilla⟧ notified; safety-engineered catheter (BD Insyte Autoguard) lot ⟦DEV|2061884⟧ sent to Value Analysis.
⟦N|Bernard O. Lukacs⟧, NP, Employee Health    ⟦P|x6-3390⟧
`);

note("outside-records-abroad", `
Outside Records Review — International Patient Transfer
Received: ⟦D|14 February 2095⟧ via ⟦O|International Patient Services⟧, ⟦H|Massachusetts General Hospital⟧
Patient: ⟦N|Sebastián Albornoz Quiroga⟧, 58, citizen of ⟦COUNTRY|Chile⟧, resident of ⟦C|Viña del Mar⟧
Sending hospital: ⟦H|Clínica Los Carrera⟧, ⟦C|Quilpué⟧, Región de ⟦LO|Valparaíso⟧; attending Dr. ⟦N|Ximena Undurraga⟧, cardiac surgery.
Records (Spanish, translated by ⟦O|LanguageLine⟧): admitted ⟦D|2 de febrero de 2095⟧ with aortic dissection type A, repaired
⟦D|3/2/2095⟧ (European format: ⟦D|3 February⟧). Post-op AKI on CRRT until ⟦D|9 Feb⟧. Discharged ⟦D|12/02/2095⟧ (= ⟦D|12 Feb⟧).
Insurer: ⟦O|Isapre Colmena⟧, policy ⟦HP|CL-7730018842⟧; guarantee letter from ⟦O|Bupa Global⟧.
Son ⟦N|Matías Albornoz⟧ accompanies him; staying at ⟦O|Holiday Inn Express⟧ on ⟦S|Cambridge Street⟧; Chilean cell ⟦P|+56 9 5555 0187⟧.
Appointments: Dr. ⟦N|Sundt-Ocampo⟧ (cardiac surgery) ⟦D|Feb 17th⟧; imaging at ⟦H|MGH⟧ on the ⟦D|16th⟧.
Reviewed by ⟦N|Leona Barraclough⟧, RN, International Case Manager, ⟦P|617-555-0193⟧
`);

note("eicu-caps", `
TELE-ICU (ECARE) PHYSICIAN NOTE - ⟦O|ADVOCATE ECARE CENTER⟧ COVERING ⟦H|GOOD SAMARITAN⟧ ⟦C|DOWNERS GROVE⟧ MICU
DATE: ⟦D|09-30-2097⟧  TIME: 0312  PT: ⟦N|MBEKI-HARLAND, OSWALD⟧  MRN ⟦M|GS08844120⟧  BED 14
EVENT: NEW AF WITH RVR 150S, BP 88/50. BEDSIDE RN ⟦N|KATRINA VOLKOVA⟧ CALLED VIA CAMERA.
REVIEW: POD 2 AFTER SIGMOID COLECTOMY (DR ⟦N|HALABI⟧). LACTATE 2.8. K 3.2, MG 1.6.
ORDERS: AMIODARONE 150 MG IV BOLUS THEN 1 MG/MIN. KCL 40 MEQ IV, MAG 2 G. 500 ML LR BOLUS. REPEAT LACTATE 0500.
DISCUSSED WITH IN-HOUSE RESIDENT DR ⟦N|PELLETIER-OKAFOR⟧, PGR ⟦P|12345⟧, AND SURGERY ON CALL DR ⟦N|S. VUKOVIC⟧ AT ⟦P|X4-1234⟧.
0350: RATE 96, SR. BP 104/62.
WIFE ⟦N|ABENA⟧ NOT CALLED (0300) - DAY TEAM TO UPDATE AT ⟦P|630-555-0115⟧.
⟦N|G. LINDHOLM-ASANTE⟧, MD, ECARE INTENSIVIST
`);

note("rapid-response", `
Rapid Response Team Note — ⟦H|Rhode Island Hospital⟧, Jane Brown 4
Date/time called: ⟦D|Jul 4th⟧ 22:41 (⟦DAY|Independence Day⟧)         RRT lead: ⟦N|Cassius Obeng⟧, RN; MD: ⟦N|Lior Ben-Haim⟧, MD (PGY-3)
Patient: ⟦N|Wilhelmina Tavares⟧, 44F, admitted ⟦D|7/2⟧ for alcohol withdrawal. Trigger: RR 32, SpO2 86%, new confusion.
Assessment: CIWA 24, febrile 38.6, crackles R base. ABG 7.48/30/58. Likely aspiration.
Interventions: NRB → HFNC 40 L 60%, lorazepam 2 mg IV, blood cultures, CXR (RLL infiltrate), piperacillin-tazobactam.
Disposition: transfer to MICU bed 9 (accepted by Dr. ⟦N|Yevgenia Kolesnik⟧). Primary team (Dr. ⟦N|Ashby⟧) at bedside.
Family: partner ⟦N|Raquel Souza⟧ called at ⟦P|(401) 555-0166⟧; she is at work at ⟦O|Brown University⟧ Dining and will come.
Brown sputum noted. Will reassess in MICU. May need intubation.
`);

note("chemo-caps", `
INFUSION CENTER NURSING NOTE - ⟦H|DANA-FARBER⟧ / ⟦H|SOUTH SHORE HOSPITAL⟧ SATELLITE, ⟦C|WEYMOUTH⟧
DATE: ⟦D|FEB 14TH⟧  PT: ⟦N|CALLAHAN-NWOSU, BRIDGET⟧  MRN ⟦M|DF-2284471⟧  CHAIR 6
REGIMEN: FOLFOX C4D1 (STAGE III COLON CA). ONCOLOGIST: DR ⟦N|H. ZIMMERMAN-OSEI⟧. NP: ⟦N|KATHLEEN DUFRESNE⟧, NP.
PRE: CBC - ANC 1.9, PLT 142. CMP OK. NEUROPATHY GRADE 1 (COLD SENSITIVITY).
PORT ACCESSED 20G 3/4" HUBER, BLOOD RETURN +. PUMP ⟦DEV|CADD-5590118⟧ CONNECTED FOR 46H 5-FU, DISCONNECT ⟦DAY|THURSDAY⟧ BY ⟦O|COMMUNITY VNA⟧.
PT ASKED ABOUT RETURNING TO WORK AT ⟦O|STOP & SHOP⟧ BAKERY - LETTER FOR HR GIVEN. HUSBAND ⟦N|PADRAIG⟧ WAITING.
FINANCIAL: REFERRED TO ⟦O|CANCERCARE⟧ CO-PAY FOUNDATION; ⟦O|BLUE CROSS BLUE SHIELD OF MA⟧ MEMBER ⟦HP|XKB881002744⟧.
NEXT: ⟦D|2/28⟧. ⟦N|J. ABERNATHY-LOPES⟧, RN, OCN
`);

note("radonc-summary", `
Radiation Oncology Treatment Summary
⟦H|Lifespan Cancer Institute⟧, Department of Radiation Oncology, ⟦S|593 Eddy Street⟧, ⟦C|Providence⟧
Patient: ⟦N|Horatio Lindqvist-Mabry⟧  DOB ⟦D|3/8/2029⟧  MRN ⟦M|LCI7718204⟧  Dates of treatment: the ⟦D|3rd of January⟧ to ⟦D|Feb 14⟧, ⟦D|2095⟧
Diagnosis: prostate adenocarcinoma, Gleason 4+3=7, PSA 11.2, cT2b, unfavorable intermediate risk.
Treatment: VMAT 70 Gy in 28 fractions to prostate + proximal SV, with 6 months ADT (leuprolide started ⟦D|11/29/94⟧ by Dr. ⟦N|Oyelaran⟧, ⟦O|Anchor Medical Associates⟧).
Fiducials x3 placed ⟦D|12/5/94⟧. SpaceOAR hydrogel lot ⟦DEV|SO-44718⟧.
Toxicity: CTCAE grade 1 urinary frequency; grade 1 fatigue. No GI toxicity.
He drove in daily from ⟦C|Westerly⟧; the ⟦O|American Cancer Society⟧ Road to Recovery covered 9 rides.
Follow-up: PSA in 3 months with Dr. ⟦N|Ngozi Ashe-Templeton⟧; then alternating with urology.
cc: ⟦N|Fenwick Oyelaran⟧, MD; ⟦N|Rhoda Baptiste⟧, MD (PCP, ⟦O|Thundermist Health Center⟧)
`);

note("cysto-lower", `
cystoscopy note   ⟦D|2/14/97⟧   ⟦O|urology associates of cape cod⟧, ⟦C|hyannis⟧
pt: ⟦N|wallace tibbetts⟧  dob ⟦D|1/1/2011⟧  mrn ⟦M|uac-0041182⟧
surgeon: ⟦N|a. marchetti-oduya⟧, md   nurse: ⟦N|june⟧
indication: gross hematuria x2, 40 pk-yr smoker, ct urogram ⟦D|2/2⟧ at ⟦H|cape cod hospital⟧ w/o upper tract lesion.
procedure: flexible cystoscopy after 2% lidocaine jelly. urethra nl. prostate bilobar, mild. bladder: 1.5 cm papillary lesion r lateral wall, trabeculation.
ureteral orifices nl w/ clear efflux.
plan: turbt at ⟦H|cape cod hospital⟧ on ⟦D|the 28th⟧, preop w/ pcp dr. ⟦N|esposito⟧ at ⟦O|barnstable family practice⟧.
pt's wife ⟦N|marjorie⟧ drove him; they winter in ⟦C|venice⟧, fl after ⟦D|march 1⟧ - will try to do surveillance here first.
urine cytology sent to ⟦O|mayo clinic laboratories⟧. foley not needed.
`);

note("allergy-skin", `
Allergy & Immunology — Skin Testing Record
⟦O|Allergy and Asthma Center of Worcester⟧, ⟦S|21 Eastern Avenue⟧      Date: ⟦D|the 11th⟧ (⟦D|March 2093⟧)
Patient: ⟦N|Penelope Szymanska⟧, 9 y/o F   Parent: ⟦N|Agata Szymanska⟧   Referred by Dr. ⟦N|Kofi Boateng⟧ (⟦O|Worcester Pediatric Associates⟧)
Reason: hives after peanut butter cookie at a birthday party at ⟦O|Chuck E. Cheese⟧ in ⟦C|Auburn⟧ on ⟦D|2/20⟧.
SPT (Greer extracts): histamine 6 mm, saline 0 mm. Peanut 12 mm, almond 0, cashew 7 mm, walnut 0. Egg 0. Cat 5 mm, dust mite D. farinae 8 mm.
Component testing: Ara h 2 18.4 kU/L (sent to ⟦O|Viracor⟧).
Assessment: IgE-mediated peanut allergy; possible cashew sensitization. Allergic rhinitis.
Plan: strict avoidance, Auvi-Q 0.15 mg x2; school action plan faxed to nurse Mrs. ⟦N|Donahue⟧ at ⟦O|Tatnuck Magnet School⟧ fax ⟦F|508-555-0131⟧.
Cashew OFC at ⟦H|UMass Memorial Children's⟧ in ⟦D|June⟧. ⟦O|FARE⟧ handouts given.
⟦N|Chidinma Okoro-Walsh⟧, MD   ⟦P|508-555-0130⟧
`);

note("ostomy-caps", `
WOUND OSTOMY CONTINENCE NURSE CONSULT - ⟦H|LAHEY HOSPITAL & MEDICAL CENTER⟧ ⟦C|BURLINGTON⟧
DATE: ⟦D|04-04-2094⟧  PT: ⟦N|TREMBLAY, GUSTAVE⟧  AGE ⟦A|96⟧  MRN ⟦M|LH5508812⟧  ROOM 7-24
CONSULT FROM DR ⟦N|MAHMOUD EL-AMIN⟧ (COLORECTAL): NEW END COLOSTOMY POD 3 (HARTMANN'S FOR PERFORATED DIVERTICULITIS).
STOMA: 35 MM ROUND, BUDDED 1 CM, RED/MOIST. PERISTOMAL SKIN INTACT. OUTPUT PASTY BROWN.
APPLIANCE: HOLLISTER NEW IMAGE 2-PC 2 1/4" CUT-TO-FIT, BARRIER RING.
TEACHING: PT HARD OF HEARING, NIECE ⟦N|GINETTE BOUCHARD⟧ (LIVES WITH HIM AT ⟦S|8 MAPLE STREET⟧, ⟦C|WILMINGTON⟧) RETURN-DEMONSTRATED EMPTYING.
SUPPLIES: ORDERED THROUGH ⟦O|BYRAM HEALTHCARE⟧, FAX ⟦F|877-555-0114⟧; ⟦O|UNITED OSTOMY ASSOCIATIONS OF AMERICA⟧ INFO GIVEN.
HOME: ⟦O|ELDER SERVICES OF THE MERRIMACK VALLEY⟧ HOMEMAKER; VNA TO FOLLOW (⟦O|CIRCLE HOME⟧).
⟦N|YVETTE ST-PIERRE⟧, BSN, RN, CWOCN   ⟦P|X8-4471⟧
`);

note("clozapine", `
Clozapine Monitoring — Outpatient Psychiatry Pharmacist Note
⟦O|Mass Mental Health Center⟧ Clozapine Clinic     Visit: ⟦D|2/14/2097⟧
Patient: ⟦N|Lucius Ferreira-Okonjo⟧  DOB ⟦D|05/30/2070⟧  Prescriber: ⟦N|Rebecca Tanaka-Morrow⟧, MD   REMS patient ID ⟦I|CLZ-40048817⟧
ANC today 2,840/µL (drawn at ⟦O|Labcorp⟧ ⟦S|Brookline Ave⟧ PSC) — normal range; continue monthly monitoring. Last ANC ⟦D|1/17⟧ 3,100.
Dose: clozapine 350 mg qhs; level ⟦D|1/30⟧ 412 ng/mL (norclozapine 190). Smoking status: quit ⟦D|December 2096⟧ → watch levels.
Side effects: sialorrhea (glycopyrrolate 1 mg qhs helping), constipation (senna + docusate, BM q2d). No myocarditis sx.
Dispensed by ⟦O|Walgreens Specialty⟧ #⟦I|15529⟧; pharmacist ⟦N|Omar Haddad⟧ confirmed receipt of ANC.
Lives at ⟦O|Vinfen⟧ group residence on ⟦S|Fenwood Road⟧, house manager ⟦N|Trina Okafor⟧ (⟦P|617-555-0184⟧) supervises meds.
Day program: ⟦O|Boston Clubhouse⟧; part-time job at ⟦O|Harvard Medical School⟧ mailroom.
Next visit ⟦D|3/14⟧. ⟦N|S. Venkataraman⟧, PharmD, BCPP
`);

note("subpoena-response", `
⟦H|Beth Israel Deaconess Medical Center⟧ — Health Information Management, Release of Information
Date: ⟦D|October 21, 2093⟧       Log #⟦I|ROI-93-228814⟧

⟦O|Finnegan, Abernathy & Stroud, LLP⟧
Attn: ⟦N|Marcus J. Delahunt⟧, Esq.
⟦S|125 High Street, 22nd Floor⟧, ⟦C|Boston⟧, MA ⟦Z|02110⟧

Re: Subpoena duces tecum dated ⟦D|9/30/93⟧ — ⟦N|Fontaine⟧ v. ⟦O|Ridgeway Transit⟧, ⟦O|Suffolk Superior Court⟧ Civil Action No. ⟦I|2093-CV-01174⟧
Patient: ⟦N|Rosalind Fontaine⟧, DOB ⟦D|06/06/2058⟧, MRN ⟦M|BI-0088213⟧

Dear Attorney ⟦N|Delahunt⟧:
Enclosed are certified copies of records for dates of service ⟦D|3/12/93⟧ through ⟦D|8/1/93⟧ (ED visit, ⟦H|BIDMC Needham⟧ orthopedics
visits with Dr. ⟦N|Kwabena Sarfo⟧, and MRI of the lumbar spine), 84 pages, with the patient's HIPAA authorization signed ⟦D|9/22/93⟧.
Psychotherapy notes and records of the ⟦O|Bournewood⟧ admission are excluded: a court order or specific consent is required (M.G.L. c.112 §129A).
Invoice #⟦I|INV-55817⟧ for $42.50 is attached. Please direct questions to ⟦N|Gwendolyn Asare⟧, ROI Specialist, ⟦P|617-555-0176⟧, fax ⟦F|617-555-0177⟧,
⟦E|roi-requests@bidmc-example.org⟧.
`);

note("shelter-respite-lower", `
medical respite progress note - ⟦H|barbara mcinnis house⟧ (⟦O|bhchp⟧), ⟦S|780 albany st⟧
date: ⟦D|feb 14⟧    guest: ⟦N|terrence "tc" mcgillicuddy⟧   dob ⟦D|4/4/76⟧   np: ⟦N|roisin halloran⟧
s: day 6 after dc from ⟦H|bmc⟧ (cellulitis r leg, iv → po cephalexin). slept well. wants to get back to his spot under the ⟦S|mass ave⟧ connector before his stuff is taken.
used to stay at ⟦O|pine street inn⟧ but was barred in ⟦D|november⟧. sister ⟦N|colleen⟧ in ⟦C|quincy⟧, not in touch. case manager at ⟦O|bay cove⟧ is ⟦N|femi⟧.
o: afebrile. erythema receding from marked line (drawn ⟦D|2/9⟧). 2+ edema. venous stasis changes both legs.
a/p: cellulitis improving - finish cephalexin ⟦D|2/17⟧. compression wraps. housing: chronically homeless 11 yrs, vi-spdat 12, on ⟦O|boston housing authority⟧ list.
ssi application w/ ⟦O|greater boston legal services⟧ (atty ⟦N|nasreen qureshi⟧). id replaced at rmv ⟦D|the 12th⟧.
will see again tomorrow. brown discoloration of shins is chronic.
`);

note("street-medicine-caps", `
STREET MEDICINE OUTREACH ENCOUNTER - ⟦O|CAMDEN COALITION⟧ / ⟦O|CENTER FOR FAMILY SERVICES⟧ VAN
DATE: ⟦D|01-09-2096⟧  2140  LOCATION: UNDER ⟦S|ROUTE 676⟧ AT ⟦S|MICKLE BLVD⟧, ⟦C|CAMDEN⟧, ⟦LO|CAMDEN COUNTY⟧
CLIENT: "⟦N|DUKE⟧" (GIVES NAME AS ⟦N|MARVIN ODUYA-PRICE⟧, DOB ⟦D|03/1970⟧ - UNVERIFIED)
TEAM: ⟦N|SHAUNA PELLEGRINO⟧, NP; OUTREACH ⟦N|DEXTER MCNAIR⟧ (PEER, ⟦O|PROJECT H.O.P.E.⟧)
CC: "MY FEET ARE FROZE." TEMP 18F TONIGHT - CODE BLUE DECLARED BY COUNTY.
EXAM: BILAT FEET COOL, BLANCHING, NO BLISTERS, SENSATION INTACT. TRENCH FOOT EARLY.
TX: DRY SOCKS, BOOTS FROM ⟦O|CATHEDRAL KITCHEN⟧ DONATION. NALOXONE KIT GIVEN (LOT ⟦DEV|N4471-22⟧). DECLINED BUPRENORPHINE.
OFFERED WARMING CENTER AT ⟦O|VOLUNTEERS OF AMERICA DELAWARE VALLEY⟧ ⟦S|BROADWAY⟧ SITE - ACCEPTED, TRANSPORTED BY VAN.
F/U: ⟦DAY|WEDNESDAY⟧ VAN ROUTE. HIS PHONE (PREPAID) ⟦P|856-555-0139⟧.
`);

note("refugee-screening", `
Refugee Health Domestic Screening — Initial Visit
⟦O|Refugee Health Program⟧, ⟦H|Boston Medical Center⟧      Date: ⟦D|14 February⟧        Arrival in US: ⟦D|Jan 30th⟧
Patient: ⟦N|Amina Yusuf Abdirahman⟧, 27F   Alien # ⟦I|A212-448-901⟧   Resettlement agency: ⟦O|International Rescue Committee⟧ (caseworker ⟦N|Hodan Farah⟧)
Country of origin: ⟦COUNTRY|Somalia⟧; 9 years in ⟦LO|Dadaab⟧ refugee camp, ⟦COUNTRY|Kenya⟧. Language: Somali (interpreter ⟦N|Abdi⟧, ID ⟦I|40172⟧).
Household: husband ⟦N|Hassan Ali Warsame⟧ (34), children ⟦N|Fadumo⟧ (6) and ⟦N|Ilhan⟧ (2). Living at ⟦S|28 Bowdoin Street, Apt 3⟧, ⟦C|Dorchester⟧.
Overseas exam by ⟦O|IOM⟧ ⟦C|Nairobi⟧ ⟦D|11/2095⟧: CXR nl, syphilis neg. Presumptive albendazole and praziquantel given pre-departure.
Today: QuantiFERON positive; CXR normal → LTBI, refer to ⟦O|BMC TB Clinic⟧. Hgb 10.1 (MCV 71): iron deficiency. Hep B sAg neg, sAb pos.
Vaccines: catch-up MMR, Tdap, varicella per ACIP. Pregnancy test neg. Contraception counseling: declined.
PHQ-9 4; RHS-15 score 10 (positive) → referral to ⟦O|Boston Center for Refugee Health and Human Rights⟧.
Next: ⟦D|2/28⟧ with Dr. ⟦N|Lindiwe Mthembu-Carr⟧. MassHealth ID ⟦HP|100488217730⟧.
`);

note("problem-list-caps", `
ACTIVE PROBLEM LIST / PAST HISTORY - ⟦O|HARBOR HEALTH GEIGER-GIBSON⟧ PRIMARY CARE - PRINTED ⟦D|02-14-2097⟧
PATIENT: ⟦N|KEANEY, BRENDAN PATRICK⟧  DOB ⟦D|10-31-2005⟧  AGE ⟦A|91⟧  PCP: ⟦N|R. SATTERTHWAITE⟧, MD
1. CAD - NSTEMI ⟦D|'84⟧, PCI LAD AT ⟦H|BWH⟧; CABG X4 AT ⟦H|MGH⟧ ⟦D|2088⟧ (DR ⟦N|KOHLER⟧).
2. AAA 4.6 CM - EVAR AT ⟦H|BETH ISRAEL⟧ ⟦D|JAN 2091⟧, SURVEILLANCE CT YEARLY (LAST ⟦D|12/96⟧).
3. PARKINSON DISEASE - DX ⟦D|2093⟧, FOLLOWED AT ⟦H|MGH⟧ MOVEMENT DISORDERS (DR ⟦N|ABERNATHY-SINGH⟧), CARBIDOPA-LEVODOPA.
4. CKD 3B - CR 1.8, NEPHROLOGY ⟦H|CARNEY HOSPITAL⟧.
5. BPH - CHRONIC FOLEY SINCE ⟦D|11/2096⟧, CHANGED MONTHLY BY ⟦O|VNA OF BOSTON⟧.
6. HEARING LOSS - AIDS FROM ⟦O|COSTCO⟧ HEARING CENTER ⟦D|2095⟧.
7. H/O PROSTATE CA - XRT AT ⟦H|DANA-FARBER⟧ ⟦D|2079⟧.
SOCIAL: WIDOWED; LIVES WITH DAUGHTER ⟦N|MAUREEN KEANEY-OLIVEIRA⟧ AT ⟦S|55 ADAMS STREET⟧, ⟦C|DORCHESTER⟧. RETIRED ⟦O|MBTA⟧ MOTORMAN (⟦O|CARMEN'S UNION LOCAL 589⟧). ⟦COUNTRY|KOREA⟧ VETERAN - ⟦O|VA⟧ CARD.
HCP: ⟦N|MAUREEN KEANEY-OLIVEIRA⟧ ⟦P|617-555-0155⟧. ALT: SON ⟦N|KEVIN KEANEY⟧, ⟦C|SCITUATE⟧.
`);

note("icu-flowsheet-caps", `
MICU FLOWSHEET - NURSING NARRATIVE    ⟦H|UMASS MEMORIAL⟧ ⟦H|MEMORIAL CAMPUS⟧    ⟦D|03/05/2092⟧ 0700-1900
PT: ⟦N|ABERNATHY, CLEMENTINE R⟧   MRN ⟦M|U2040188⟧   BED 4   RN: ⟦N|DORIAN VASILIADIS⟧, RN   CHARGE: ⟦N|K. OSEI⟧
0700 REPORT FROM ⟦N|M. TRAN⟧, RN. VENT AC 450/16/+8/40%. PROPOFOL 30, FENT 50. RASS -2. CAM-ICU NEG.
0800 MD ROUNDS (DR ⟦N|FEINSTEIN⟧, FELLOW DR ⟦N|OGUNBIYI⟧): SBT TODAY, DIURESE, DC ART LINE.
1000 SBT PS 5/5 - RSBI 62. TOL WELL X 60 MIN.
1130 EXTUBATED TO 4L NC. SPO2 95%. STRONG COUGH. SPEECH EVAL ORDERED.
1300 HUSBAND ⟦N|AMBROSE ABERNATHY⟧ AT BEDSIDE, UPDATED. HE ASKS TO BE CALLED AT WORK (⟦O|WORCESTER PUBLIC SCHOOLS⟧, ⟦O|DOHERTY HIGH⟧) ⟦P|508-555-0122⟧ X ⟦P|3318⟧.
1500 FOLEY DC'D PER CAUTI PROTOCOL. BRADEN 13 - WAFFLE CUSHION.
1700 SON ⟦N|JEROME⟧ CALLED FROM ⟦COUNTRY|GERMANY⟧ (STATIONED AT ⟦O|RAMSTEIN AIR BASE⟧) - UPDATED WITH PT PERMISSION.
1850 REPORT TO ⟦N|L. FITZPATRICK⟧, RN.
`);

note("preadmission-caps", `
PRE-ADMISSION TESTING CENTER - ⟦H|NEWTON-WELLESLEY HOSPITAL⟧   VISIT ⟦D|08/18/2093⟧
PATIENT: ⟦N|VANDERHOOF, ISADORA⟧  DOB ⟦D|01/06/1959⟧  SURGERY: R TKA ⟦D|09/02/2093⟧ WITH DR ⟦N|E. CHOWDHURY-BLAKE⟧ (⟦O|NEW ENGLAND BAPTIST⟧ ORTHO GROUP)
ANESTHESIA SCREEN: ASA 2. OSA ON CPAP (⟦O|APRIA⟧). MALLAMPATI II. NO FAMILY HX MALIGNANT HYPERTHERMIA.
PRIOR ANESTHESIA: L TKA ⟦D|2089⟧ AT ⟦H|NEW ENGLAND BAPTIST⟧ - PONV. TONSILLECTOMY AS A CHILD IN ⟦COUNTRY|NETHERLANDS⟧.
LABS: CBC, BMP, T&S (⟦I|TS-93-88172⟧), HBA1C 6.1. EKG: NSR. MRSA SWAB SENT.
MEDS: HOLD MELOXICAM 7 DAYS, HOLD SEMAGLUTIDE 1 WEEK PRIOR.
RIDE: HUSBAND ⟦N|PIETER VANDERHOOF⟧, ⟦P|781-555-0171⟧. WILL GO TO ⟦H|HEBREW SENIORLIFE⟧ REHAB IF NEEDED; PREFERS HOME (⟦S|9 BEACON STREET⟧, ⟦C|NEWTON CENTRE⟧).
CHG WIPES AND INSTRUCTIONS GIVEN. PAT RN: ⟦N|FRANCESCA OLUWOLE⟧, RN
`);

note("colonoscopy-caps", `
COLONOSCOPY REPORT - ⟦H|CAMBRIDGE HEALTH ALLIANCE⟧ ⟦H|WHIDDEN⟧ ENDOSCOPY
PATIENT: ⟦N|MOSCOSO, EUSEBIO⟧  MRN ⟦M|CHA-44118721⟧  DATE ⟦D|02/14/2097⟧  AGE 50
ENDOSCOPIST: ⟦N|NADIA EL-HOURANI⟧, MD   REFERRING: ⟦N|O. BRANDT⟧, NP (⟦O|EVERETT FAMILY HEALTH⟧)
INDICATION: AVERAGE RISK SCREENING; FIT POSITIVE ⟦D|12/2096⟧ (⟦O|CIGNA⟧ MEMBER ⟦HP|U44018827⟧).
PREP: BOSTON BOWEL PREP SCALE 8 (3-3-2). SCOPE ⟦DEV|CF-HQ190L 2804417⟧.
FINDINGS: CECUM REACHED, APPENDICEAL ORIFICE AND ICV PHOTOGRAPHED. WITHDRAWAL TIME 9 MIN.
- 12 MM SESSILE POLYP ASCENDING COLON - HOT SNARE, CLIPS X2 (PARIS 0-IS).
- 4 MM POLYP SIGMOID - COLD SNARE.
- SMALL INTERNAL HEMORRHOIDS.
PATHOLOGY TO ⟦O|CHA PATHOLOGY⟧. REPEAT IN 3 YEARS IF ADENOMA.
ESCORT: DAUGHTER ⟦N|YESENIA MOSCOSO⟧, ⟦P|617-555-0148⟧. SPANISH INTERPRETER ⟦N|RAFAEL⟧ (ID ⟦I|2281⟧).
`);

note("rounds-lower", `
idt rounds 4 west - ⟦DAY|tues⟧ ⟦D|2/14⟧      facilitator: ⟦N|becca⟧ (cm)
rm 401a ⟦N|gallagher⟧ - ⟦A|94⟧ yo, uti/delirium. back to ⟦H|sunrise of wayland⟧ al when cleared; pt ⟦N|mohan⟧ says needs 1 assist. dtr ⟦N|fiona⟧ ok w/ plan.
rm 402 ⟦N|oyelowo-banks⟧ - chf, iv lasix day 3. lives alone on ⟦S|pleasant st⟧ in ⟦C|framingham⟧. cm to set up ⟦O|springwell⟧ home care + meals on wheels. ? ⟦DAY|thurs⟧ dc.
rm 405 mr. ⟦N|whitcombe⟧ - s/p fall, pelvic fx. snf referrals: ⟦H|wingate at sudbury⟧, ⟦H|marlborough hills⟧. ⟦O|tufts health plan⟧ auth pending (ref ⟦I|thp-93-77120⟧).
rm 407 ms. ⟦N|brown⟧ - cellulitis, iv vanc, wants to go home ⟦DAY|friday⟧ to ⟦C|natick⟧; picc? pharmacy (⟦N|lena⟧) to check ⟦O|option care⟧ coverage.
rm 409 ⟦N|delgado⟧ - etoh w/d, ciwa 4. sw (⟦N|marcus⟧) gave aa list + ⟦O|spectrum health systems⟧ info. wife ⟦N|rosa⟧ ⟦P|508-555-0159⟧.
rm 410 ⟦N|pham⟧ - nonagenarian w/ aspiration pna, goals of care mtg w/ son ⟦N|tuan⟧ the ⟦D|16th⟧ at 2pm. will sister be there? may need interpreter (vietnamese).
`);

write();
