// Why this file exists: builds test/fixtures/clinical-notes-14.jsonl, a fourteenth labelled set of clinical notes
// written by hand in stop 26 to measure the tree blind: written without reading the name detector (assembly/), the
// test tables or earlier fixtures' misses (only fixture 13's generator form and its docs section were read), in
// styles fixtures 1-13 hold least: ED triage and nursing flowsheet lines, hospice and home-health visits, well-child
// notes with parents, psychiatric evaluations with collateral from family, radiology and cardiology reports with
// referring physicians, prior-authorisation and insurance letters, telephone encounters, transfer summaries between
// named facilities, wound-care and dialysis notes, surgical consents and death summaries; names from many origins,
// staff initials, pagers, ward and room codes, street addresses with units, counties, small towns, churches, schools
// and employers, device serials, plan and account numbers, ages over 89 and dates in many forms; 16 notes in ALL
// CAPS and 5 in lower case.
// Labelling follows fixtures 11-13: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons and clock times are left unlabelled; ages under 90 are no PHI; clinicians' initials are PHI;
// room, bed, chair and ward codes and a unit's own name are left unlabelled; nursing homes, rehab and dialysis units
// are HOSPITAL; counties are LOCATION-OTHER; pagers and extensions are PHONE (cue words outside); group, claim,
// account, NPI and authorisation numbers are ID, member numbers HEALTHPLAN, serials DEVICE; device makers and drug
// brands are left unlabelled unless a maker is someone's employer.
// Every name, place and number is invented here; nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-13 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-14.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-14.jsonl", "make-clinical-fixture-14");

// ---------------------------------------------------------------------------------------------------------------
note("ed-triage", `
ED TRIAGE  ⟦H|Hollins Ferry Regional Medical Center⟧   Arrival: ⟦D|04/17/2091⟧ 22:14   Mode: EMS (⟦O|Tazley Volunteer Rescue Squad⟧, unit 7)
Pt: ⟦N|Oyelaran, Babatunde K.⟧   DOB ⟦D|08/02/1958⟧   MRN ⟦M|HF00739215⟧   Acct ⟦I|5520194473⟧
CC: "my chest feels heavy"
Triage acuity: ESI 2. Onset approx 2100 while shoveling at home (⟦S|318 Cobbler Lane⟧, ⟦C|Tazley Station⟧).
VS: T 98.1  HR 104  BP 168/94  RR 20  SpO2 95% RA  Pain 7/10
Allergies: sulfa (rash). Meds: lisinopril, metformin, ASA 81.
Hx: HTN, DM2, stent ⟦D|2087⟧ at ⟦H|St. Columba's⟧ (Dr. ⟦N|Haverkamp⟧).
Wife ⟦N|Folasade⟧ at bedside, cell ⟦P|(540) 555-0127⟧.
EKG at 22:19 shown to Dr. ⟦N|Lindqvist⟧ -> to Resus 2. Fall risk: Morse 25. Braden n/a.
Triage RN: ⟦N|K. Abernathy-Soto⟧ / ⟦N|KAS⟧
`);

note("flowsheet-caps", `
⟦H|MERCER VALLEY HOSPITAL⟧ - 6 WEST MED/SURG - NURSING FLOWSHEET
PT: ⟦N|DZIEDZIC, HALINA⟧   RM 614-B   MRN ⟦M|00482271⟧   ADM ⟦D|11/29/89⟧   ATT: ⟦N|PRAKASH⟧
SHIFT DATE ⟦D|12/02/89⟧
0400  VS 97.9 / 88 / 132/70 / 18 / 96% 2L. FOLEY DRAINING CLEAR YELLOW 350 ML.  ⟦N|JLM⟧
0615  PT C/O NAUSEA, ZOFRAN 4 MG IV GIVEN PER ORDER.  ⟦N|JLM⟧
0800  BRADEN 14, MORSE 55. BED ALARM ON. SON ⟦N|TADEUSZ⟧ CALLED, UPDATED.  ⟦N|RFO⟧
1030  DR ⟦N|PRAKASH⟧ AT BEDSIDE. NEW ORDER LASIX 40 IV X1.  ⟦N|RFO⟧
1400  AMBULATED 50 FT WITH PT (⟦N|DESHAWN⟧) AND WALKER. TOL WELL.  ⟦N|RFO⟧
1900  REPORT GIVEN TO ⟦N|M. OKAFOR⟧ RN. ⟦N|R. FONTAINE-ORTIZ⟧ RN
`);

note("hospice-visit", `
Hospice RN Visit Note - ⟦O|Lantern House Hospice & Palliative Care⟧
Patient: ⟦N|Marguerite Thibodeaux⟧   Age: ⟦A|96⟧   Visit date: ⟦DAY|Tue⟧ ⟦D|January 8, 2086⟧
Location: home, ⟦S|44 Orchard Row, Unit 2⟧, ⟦C|Bayou Chênaie⟧, ⟦STATE|LA⟧ ⟦Z|70394⟧ (⟦LO|Bonnecroix Parish⟧)
Hospice dx: end-stage heart failure. Attending of record: ⟦N|Philippe Arceneaux⟧, MD. Primary caregiver: daughter ⟦N|Claudette Guidry⟧ (⟦P|985-555-0190⟧).

S: Daughter reports pt sleeping 18-20 h/day, taking sips only. No BM x 3 days. Says "Mama is at peace." Pt's priest,
Fr. ⟦N|Remy Boudreaux⟧ of ⟦O|St. Anselm Catholic Church⟧, gave anointing ⟦DAY|Sunday⟧.
O: BP 92/58, HR 58 irreg, RR 22 with pauses. Mottling bilat knees. Sacral area intact. PPS 20%.
A: actively declining, likely days.
P: Roxanol 5 mg SL q2h prn dyspnea, Levsin for secretions. Bereavement referral to ⟦N|Odile Fontenot⟧, MSW. Chaplain ⟦N|Isaiah Broussard⟧ to visit ⟦D|1/9⟧.
Next RN visit ⟦D|1/10/86⟧ or sooner. On-call line ⟦P|1-800-555-0166⟧.
⟦N|Vivienne LeBlanc⟧, RN, CHPN
`);

note("well-child-15mo", `
Well Child Check - 15 month
⟦H|Sprucewood Pediatrics⟧ - ⟦C|Millbrae Junction⟧ office
Date of service: ⟦D|3/5/2090⟧
Child: ⟦N|Amara Nwachukwu-Bell⟧   DOB: ⟦D|11/28/2088⟧   MRN: ⟦M|SP-118204⟧
Accompanied by: mother ⟦N|Chidinma Nwachukwu⟧ and father ⟦N|Trevor Bell⟧. Older sibling ⟦N|Kelechi⟧ (4 yo) also present.

Interval hx: Seen in ED at ⟦H|Lakeview Children's⟧ ⟦D|Jan 30⟧ for croup, dexamethasone x1, resolved. Attends ⟦O|Busy Bees Family Daycare⟧ 3 days/wk
(provider Mrs. ⟦N|Rosalind Ferreira⟧). Mom works at ⟦O|Halvorsen Tool & Die⟧ nights; dad is a ⟦PROF|long-haul trucker⟧.
Diet: whole milk 16 oz, table foods. Sleep: 11 h + nap. Dev: walks well, 5 words ("mama", "dada", "ball", "dog", "up"), points.
M-CHAT-R not due until 18 mo. ASQ-3 all areas above cutoff.
Exam: Wt 10.4 kg (48%), Ht 78 cm (55%), HC 46.5 cm. TMs clear. Heart RRR no murmur. Hips stable. Denver would be normal.
Imms today: DTaP #4, Hib #4, Hep A #1. VIS given to mother. Lot numbers in MAR.
Anticipatory guidance: car seat rear-facing, poison control ⟦P|1-800-555-0122⟧, water heater <120F.
RTC 18 mo WCC late ⟦D|May⟧ with Dr. ⟦N|Yamamoto-Greer⟧.
⟦N|Priya Raghunathan⟧, MD
`);

note("psych-eval-collateral", `
PSYCHIATRIC EMERGENCY EVALUATION
⟦H|Granite Point Behavioral Health Center⟧ - Crisis Stabilization Unit
Date: ⟦D|September 19, 2084⟧   Time: 1545
Patient: ⟦N|Dmitri A. Volkonsky⟧, 34 M   MRN ⟦M|GP-2290117⟧
Source: patient, chart, collateral from mother (⟦N|Larisa Volkonsky⟧, by phone ⟦P|412-555-0138⟧) and roommate (⟦N|Tobias Ekwueme⟧).
Legal: brought on a pink slip (302) petitioned by ⟦O|Allegrane County Sheriff's Office⟧, Deputy ⟦N|Hartsock⟧ #⟦I|4471⟧.

HPI: Pt is a 34 y/o single man, employed as a ⟦PROF|line cook⟧ at ⟦O|The Copper Kettle Diner⟧ until ~2 wk ago. Per mother, stopped Abilify
in ⟦D|July⟧ after moving out of her home in ⟦C|Shalcross Heights⟧ to an apartment on ⟦S|Brereton St, Apt 5⟧. Roommate reports pt has not slept
in 4 nights, talking about "signals coming through the TV weather channel" and barricading the door. Today threatened a neighbor,
Mr. ⟦N|Ostrowski⟧, with a kitchen knife. Denies SI. Endorses HI toward neighbor "if he keeps watching me."
Past psych: schizoaffective d/o, bipolar type. Hospitalized x3, last ⟦D|Feb 2083⟧ at ⟦H|Western Hills Psychiatric Institute⟧ (Dr. ⟦N|Amadi⟧).
Outpt psychiatrist: Dr. ⟦N|Sunita Varghese⟧ at ⟦O|Three Rivers Community Mental Health⟧; case manager ⟦N|Keisha Pruitt⟧.
Substance: cannabis daily, EtOH rarely. UDS + THC.
Family hx: maternal uncle with schizophrenia (died ⟦D|2061⟧); father with AUD.
MSE: disheveled, guarded, pressured speech, tangential, paranoid delusions re neighbor, +AH, no VH. Insight poor. Judgment poor.
Risk: moderate-high to others. C-SSRS negative for SI.
Plan: admit involuntary. Restart aripiprazole 10 mg, olanzapine 5 mg prn agitation. Notify mother per pt's signed ROI.
⟦N|Ngozi Okpara-Williams⟧, PMHNP-BC   pager ⟦P|3391⟧
Attending: ⟦N|Harold Feinstein-Ruiz⟧, MD
`);

note("ct-report-caps", `
⟦H|DUNMORE COMMUNITY HOSPITAL⟧ DEPARTMENT OF RADIOLOGY
PATIENT: ⟦N|ABERNATHY, CLIVE R⟧     MRN: ⟦M|DCH4410293⟧     DOB: ⟦D|06/14/1951⟧
ACCESSION: ⟦I|CT-25-0093318⟧     EXAM DATE: ⟦D|02/11/2092⟧ 14:52
REFERRING PHYSICIAN: ⟦N|FAIRCLOTH, JUNE M⟧, MD   (⟦O|DUNMORE FAMILY CARE⟧)
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
CLINICAL INDICATION: RLQ PAIN, FEVER. EVAL APPENDICITIS.
COMPARISON: CT A/P ⟦D|08/23/2089⟧ FROM ⟦H|KESSLING MEMORIAL⟧.
TECHNIQUE: 100 ML OMNIPAQUE 350. DLP 612 MGY-CM.
FINDINGS: DILATED APPENDIX 13 MM WITH PERIAPPENDICEAL FAT STRANDING AND A 2.1 CM RIM-ENHANCING COLLECTION, CONSISTENT WITH
PERFORATED APPENDICITIS WITH ABSCESS. MECKEL'S DIVERTICULUM NOT SEEN. LIVER, SPLEEN, PANCREAS UNREMARKABLE. SMALL HIATAL HERNIA.
IMPRESSION:
1. PERFORATED APPENDICITIS WITH 2.1 CM PERIAPPENDICEAL ABSCESS.
2. NO FREE AIR.
CRITICAL RESULT CALLED TO DR. ⟦N|FAIRCLOTH⟧ BY DR. ⟦N|WINTERBOURNE⟧ AT 15:20 ON ⟦D|02/11/92⟧, READ BACK CONFIRMED.
DICTATED BY: ⟦N|ALARIC WINTERBOURNE⟧, MD   SIGNED ⟦D|02/11/2092⟧ 15:31
`);

note("echo-report", `
Transthoracic Echocardiogram Report
⟦H|Ridgeway Heart & Vascular Institute⟧, ⟦S|2100 Tolliver Parkway, Suite 300⟧, ⟦C|Ashcombe⟧, ⟦STATE|KY⟧ ⟦Z|40361⟧
Patient: ⟦N|Hyun-woo Baek⟧     MRN: ⟦M|RHV-0062714⟧     DOB: ⟦D|1949-12-03⟧     Study date: ⟦D|2091-07-22⟧
Referring: ⟦N|Marisa Odegaard⟧, DO     Interpreting: ⟦N|Tendai Mushonga⟧, MD, FACC     Sonographer: ⟦N|LBW⟧
Indication: dyspnea on exertion, murmur.
Height 168 cm  Weight 71 kg  BSA 1.81  BP 142/80  Rhythm: sinus
Findings:
- LV normal size, LVEF 55-60% by Simpson's biplane. Grade I diastolic dysfunction.
- Aortic valve: calcified trileaflet, peak velocity 4.3 m/s, mean gradient 44 mmHg, AVA 0.8 cm2 by continuity. Severe AS.
- Mitral valve: mild MAC, trace MR. No Lambl's excrescences evident.
- RVSP 38 mmHg. IVC normal with >50% collapse.
Compared with prior study ⟦D|March 2089⟧ (AVA 1.1): progression.
Conclusion: severe calcific aortic stenosis. Recommend structural heart referral (Dr. ⟦N|Castellanos⟧, TAVR clinic).
Electronically signed by ⟦N|Tendai Mushonga⟧, MD on ⟦D|07/22/2091⟧ at 16:08.
`);

note("prior-auth-letter", `
⟦H|Corbin Hollow Rheumatology, PLLC⟧
⟦S|610 Wexley Avenue, Suite 12⟧
⟦C|Pell Harbor⟧, ⟦STATE|ME⟧ ⟦Z|04218⟧
Phone ⟦P|(207) 555-0171⟧ | Fax ⟦F|(207) 555-0172⟧

⟦D|October 2, 2087⟧

⟦O|Acadia Shore Health Plan⟧
Attn: Pharmacy Prior Authorization Dept.
⟦S|P.O. Box 5508⟧, ⟦C|Augustine Falls⟧, ⟦STATE|ME⟧ ⟦Z|04331⟧

RE: Request for prior authorization - adalimumab-adaz (Hyrimoz) 40 mg SC q14 days
Member: ⟦N|Siobhan Ní Dhuibhir⟧     DOB: ⟦D|04/30/1979⟧
Member ID: ⟦HP|ASH77120946⟧     Group: ⟦I|GRP-30881⟧     Reference #: ⟦I|PA-2087-114952⟧

To Whom It May Concern:

I am writing on behalf of my patient, Ms. ⟦N|Ní Dhuibhir⟧, who has seropositive rheumatoid arthritis diagnosed in ⟦D|2081⟧
(RF 88, anti-CCP >250). She has failed methotrexate 25 mg weekly (⟦D|2081⟧-⟦D|2084⟧, transaminitis) and leflunomide
(⟦D|2084⟧-⟦D|2086⟧, inadequate response: CDAI 31 on ⟦D|8/14/87⟧). Sulfasalazine caused a drug rash. Hydroxychloroquine is
contraindicated given her maculopathy documented by Dr. ⟦N|Bartholomew Szeto⟧ at ⟦H|Pell Harbor Eye Associates⟧.
QuantiFERON negative ⟦D|9/3/2087⟧; hepatitis B sAg/cAb negative.
She works as a ⟦PROF|dental hygienist⟧ and her hand synovitis now prevents her from working. I ask that you approve a TNF
inhibitor as step therapy per your plan's own criteria.

Please contact my office with any questions. Our NPI is ⟦I|1558032917⟧.

Sincerely,

⟦N|Anneliese Vukovich⟧, MD
Board Certified, Rheumatology
`);

note("appeal-letter-caps", `
⟦O|GREAT LAKES MUTUAL INSURANCE COMPANY⟧
APPEALS AND GRIEVANCES UNIT - ⟦S|1800 HARBORVIEW BLVD⟧, ⟦C|SOUTHPORT⟧, ⟦STATE|WI⟧ ⟦Z|53178⟧

⟦D|MAY 14, 2093⟧

MR. ⟦N|RAYMOND TKACHENKO⟧
⟦S|2291 COUNTY ROAD HH, LOT 14⟧
⟦C|OXBOW PRAIRIE⟧, ⟦STATE|WI⟧ ⟦Z|54830⟧

RE: NOTICE OF APPEAL DECISION
MEMBER ID: ⟦HP|GLM-448120773-01⟧     CLAIM NO.: ⟦I|2093-0417-88213⟧     DATE OF SERVICE: ⟦D|01/22/2093⟧
PROVIDER: ⟦H|NORTHWOODS SURGICAL HOSPITAL⟧

DEAR MR. ⟦N|TKACHENKO⟧:

WE HAVE COMPLETED OUR REVIEW OF YOUR APPEAL RECEIVED ON ⟦D|MARCH 3, 2093⟧ REGARDING THE DENIAL OF COVERAGE FOR AN INPATIENT
ADMISSION ON ⟦D|JANUARY 22, 2093⟧ (LAPAROSCOPIC CHOLECYSTECTOMY). YOUR APPEAL WAS REVIEWED BY ⟦N|GERALDINE OKWUOSA⟧, MD, A
BOARD-CERTIFIED GENERAL SURGEON WHO WAS NOT INVOLVED IN THE ORIGINAL DECISION.

DECISION: OVERTURNED. THE ADMISSION MET INTERQUAL CRITERIA GIVEN THE BILIRUBIN OF 4.2 AND ERCP PERFORMED ON ⟦D|1/23⟧. PAYMENT WILL
BE ISSUED TO THE PROVIDER WITHIN 30 DAYS.

IF YOU HAVE QUESTIONS, CALL MEMBER SERVICES AT ⟦P|1-888-555-0109⟧ (TTY 711), ⟦DAY|MONDAY⟧ THROUGH ⟦DAY|FRIDAY⟧, 8 AM TO 6 PM.

SINCERELY,
⟦N|DOLORES FITZHUGH-AMARAL⟧, RN
APPEALS COORDINATOR, EXT. ⟦P|4417⟧
CC: ⟦N|WALLACE MBEKI-STRAND⟧, MD (ATTENDING)
`);

note("telephone-encounter", `
Telephone Encounter
⟦H|Brightwater Family Medicine⟧
Patient: ⟦N|Esperanza Villalobos-Ruiz⟧   DOB: ⟦D|02/09/1966⟧   MRN: ⟦M|BFM-404417⟧
Call received: ⟦D|12/28/2088⟧ 09:42 by ⟦N|Tamsin Greaves⟧, LPN
Caller: patient's husband, ⟦N|Joaquín Ruiz⟧, callback ⟦P|956-555-0183⟧ (cell, OK to leave message)
Reason for call: Pt fell in the bathtub last night (⟦DAY|Christmas⟧ weekend), L wrist swollen, pain 6/10, can move fingers. No head strike, no LOC.
Takes Eliquis for afib.
Advice: Ottawa-type rules not applicable to wrist; advised urgent care for x-ray today. Nearest open: ⟦H|Rio Seco Urgent Care⟧ on ⟦S|Calle Alameda⟧.
Husband asks if Dr. ⟦N|Oduya⟧ can see her ⟦DAY|Monday⟧ ⟦D|12/31⟧ instead; offered 10:20 slot, accepted.
Routed to Dr. ⟦N|Celestine Oduya⟧ for review.
---
Reviewed ⟦D|12/28/88⟧ 11:05. Agree with plan. Hold Eliquis? No - continue. Pls send UC note to chart. -⟦N|CO⟧
`);

note("transfer-summary", `
INTERFACILITY TRANSFER SUMMARY
Sending facility: ⟦H|Cheney Ridge Critical Access Hospital⟧, ⟦C|Cheney Ridge⟧, ⟦STATE|NE⟧   Receiving: ⟦H|Platte Mercy Medical Center⟧ MICU
Transfer date: ⟦D|Nov 3, 2090⟧   Mode: rotor wing (⟦O|AirLife Prairie⟧ tail ⟦I|N417AL⟧)
Patient: ⟦N|Elwood J. Hagström⟧, ⟦A|91⟧ y/o M   MRN (sending) ⟦M|CR-33092⟧
Accepting physician: ⟦N|Nadia Rahimi-Sorensen⟧, MD (MICU), accepted at 0215 via transfer center (⟦N|Kyle⟧, ⟦P|402-555-0115⟧).
Sending physician: ⟦N|Bo Thorvaldsen⟧, PA-C, with supervising physician Dr. ⟦N|Amos Littlewolf⟧.

Reason for transfer: septic shock from pneumonia requiring vasopressors; no ICU at our facility.
Course here: presented ⟦D|11/2⟧ 2140 from home in ⟦C|Verdigre Flats⟧ (lives with wife ⟦N|Ingrid⟧, 89, at ⟦S|RR 2 Box 41⟧) with
fever, hypoxia. CXR RLL consolidation. Lactate 4.8. 30 mL/kg LR, vanc/pip-tazo, norepi 0.08 via R IJ CVC placed 2350.
Intubated 0105 for hypoxic failure (7.5 ETT 23 at lip). Foley in place.
Code status: FULL per wife and son ⟦N|Lars Hagström⟧ (⟦P|308-555-0164⟧, lives in ⟦C|Loup Bend⟧), HCPOA on file.
Pending: blood cx x2, sputum cx, Legionella urine Ag.
Copies of chart, imaging disc and MAR sent with crew (RN ⟦N|Shayla Two Bulls⟧, medic ⟦N|Gus Petrakis⟧).
`);

note("wound-clinic-caps", `
⟦H|SAINT RAPHAEL WOUND CARE & HYPERBARIC CENTER⟧
PROGRESS NOTE   DOS: ⟦D|06-03-2085⟧
PATIENT: ⟦N|MCCORKLE, VERNON T.⟧   MRN: ⟦M|SR0093317⟧   PCP: DR. ⟦N|ADEBAYO-KING⟧   REFERRED BY: DR. ⟦N|TRAN VAN LOC⟧ (VASCULAR)
HISTORY: 71 Y/O M WITH DM2 (A1C 9.4), PAD S/P L SFA STENT ⟦D|04/2085⟧, HERE FOR WEEKLY CARE OF L PLANTAR 1ST MET HEAD ULCER,
WAGNER GRADE 2. WORKS PART TIME AS A ⟦PROF|GREETER⟧ AT ⟦O|HOLLOWAY'S HOME CENTER⟧ AND STANDS ALL SHIFT DESPITE ADVICE.
WIFE ⟦N|BERNADINE⟧ DOES DRESSING CHANGES AT HOME (⟦S|77 SUMMIT TERRACE, APT 3C⟧, ⟦C|GLENMORRIS⟧).
WOUND: 2.1 X 1.8 X 0.4 CM (LAST WEEK 2.6 X 2.0 X 0.5). BASE 80% GRANULAR, 20% SLOUGH. MODERATE SEROUS DRAINAGE. NO PROBE TO BONE.
PERIWOUND CALLUS. NO CELLULITIS. ABI 0.78 ON ⟦D|5/20⟧.
PROCEDURE: SELECTIVE SHARP DEBRIDEMENT TO SUBCUTANEOUS TISSUE, 3.8 SQ CM, WITH #15 BLADE AND CURETTE. MINIMAL BLEEDING, HEMOSTASIS
WITH PRESSURE. DRESSING: AQUACEL AG, FOAM, KERLIX. TCC APPLIED BY ⟦N|ROSEMARY ACHTERBERG⟧, CWOCN.
PLAN: TOTAL CONTACT CAST CHANGE TWICE WEEKLY. OFFLOADING REINFORCED. RETURN ⟦DAY|FRIDAY⟧ ⟦D|6/7⟧. HBO NOT INDICATED AT THIS TIME.
⟦N|LUCINDA HARROWGATE⟧, DPM
`);

note("dialysis-run", `
⟦H|Riverbend Dialysis - Keel Street⟧ | In-Center Hemodialysis Treatment Record
Pt: ⟦N|Tupou, Sione⟧   DOB ⟦D|10/16/1960⟧   Facility ID ⟦M|RDK-50219⟧   Chair 11, ⟦DAY|Tues⟧/⟦DAY|Thurs⟧/⟦DAY|Sat⟧ 2nd shift
Treatment date: ⟦D|8/8/2089⟧   Nephrologist: Dr. ⟦N|Ifeoma Chukwu⟧   Charge RN: ⟦N|B. Okonjo-Park⟧   PCT: ⟦N|Lani⟧
Machine: 2008T serial ⟦DEV|2008T-4K91137⟧   Dialyzer: Optiflux 180   Bath: 2K/2.5Ca
Access: L brachiocephalic AVF (created ⟦D|2/14/2087⟧ by Dr. ⟦N|Ramalingam⟧ at ⟦H|Keel Street Vascular Access Center⟧). Thrill/bruit +. 15g x2.
Pre wt 104.6 kg, EDW 101.0. Pre BP 172/88. Goal UF 3.6 L.
1.5 h: BP 98/60, cramping L calf. UF paused, NS 200 mL, cramps resolved. Resumed at reduced rate.
Post wt 101.9 kg. Post BP 138/76. Kt/V (monthly, ⟦D|7/30⟧) 1.41.
Meds given: Epogen 4000 u IV, Venofer 100 mg IV, heparin 2000 u bolus.
Pt reports his church, ⟦O|Free Wesleyan Church of Tonga - Eastside⟧, drives him on ⟦DAY|Saturdays⟧; wife ⟦N|Mele⟧ drives ⟦DAY|Tues⟧/⟦DAY|Thurs⟧.
Next labs ⟦D|8/27⟧. Social worker ⟦N|Rachel Fuentes-Adair⟧ to discuss transplant re-referral to ⟦H|Harborlight Transplant Center⟧.
`);

note("surgical-consent-caps", `
⟦H|WESTBROOK GENERAL HOSPITAL⟧
CONSENT FOR OPERATION OR PROCEDURE AND ANESTHESIA
PATIENT NAME: ⟦N|ALVAREZ-QUIÑONES, MARÍA DEL CARMEN⟧     MRN: ⟦M|WG-7719402⟧     DOB: ⟦D|03/22/1948⟧
I, ⟦N|MARÍA DEL CARMEN ALVAREZ-QUIÑONES⟧, AUTHORIZE DR. ⟦N|NIKOLAOS PAPADAKIS⟧ AND ASSISTANTS TO PERFORM:
RIGHT TOTAL KNEE ARTHROPLASTY
THE NATURE, PURPOSE, RISKS (INCLUDING INFECTION, BLEEDING, DVT/PE, NERVE INJURY, STIFFNESS, NEED FOR FURTHER SURGERY, DEATH),
BENEFITS AND ALTERNATIVES HAVE BEEN EXPLAINED TO ME. I CONSENT TO ANESTHESIA BY ⟦O|KEYSTONE ANESTHESIA PARTNERS⟧.
I DO / DO NOT (CIRCLE) CONSENT TO BLOOD TRANSFUSION.  INITIALS: ⟦N|MCAQ⟧
INTERPRETER USED: YES  LANGUAGE: SPANISH   INTERPRETER NAME/ID: ⟦N|HÉCTOR SALAZAR⟧ / ⟦I|SP-0418⟧
PATIENT SIGNATURE: (SIGNED)     DATE: ⟦D|09/14/2090⟧   TIME: 0640
WITNESS: ⟦N|DEBORAH YOUNGBLOOD⟧, RN     DATE: ⟦D|09/14/2090⟧
PHYSICIAN STATEMENT: I HAVE EXPLAINED THE PROCEDURE ABOVE TO THE PATIENT. ⟦N|N. PAPADAKIS⟧, MD   ⟦D|9/14/90⟧ 0655
DAUGHTER ⟦N|GUADALUPE⟧ PRESENT (⟦P|(915) 555-0133⟧), HCP FORM ON FILE.
`);

note("death-summary", `
DEATH SUMMARY
⟦H|Fairhaven Regional Hospital⟧ - Hospitalist Service
Name: ⟦N|Winifred Oduya-Pembroke⟧   MRN: ⟦M|FR-1140927⟧   Age: ⟦A|94⟧   Sex: F
Date of admission: ⟦D|1/3/2092⟧   Date of death: ⟦D|1/6/2092⟧   Time of death: 03:47
Pronounced by: ⟦N|Akash Bhattacharjee⟧, MD (night hospitalist)
Cause of death: (a) septic shock, (b) ischemic colitis, (c) atrial fibrillation. Manner: natural.

Brief summary: Mrs. ⟦N|Oduya-Pembroke⟧ was a ⟦A|94⟧-year-old woman from ⟦H|Maplecrest Assisted Living⟧ admitted with abdominal pain and bloody stool.
CT showed colitis of the splenic flexure. Family (son ⟦N|Cornelius Pembroke⟧, HCP; granddaughter ⟦N|Temperance "Tempe" Ayodele⟧) chose comfort
measures on ⟦D|1/5⟧ after a meeting with palliative care (Dr. ⟦N|Hosseini⟧) and the chaplain, Rev. ⟦N|Marcus Oyelowo⟧.
She died peacefully with her son at the bedside.

Notifications: son at bedside; PCP Dr. ⟦N|Lydia Fenwick-Obi⟧ notified by voicemail ⟦D|1/6⟧ 08:10; ⟦O|Northeast LifeShare Network⟧
called 04:02, referral #⟦I|NEDS-92-04418⟧, not a candidate. Medical examiner not notified (natural death, no injury).
Autopsy declined. Body released to ⟦O|Whitcombe & Daughters Funeral Home⟧, ⟦C|East Ardsley⟧.
Death certificate completed and signed ⟦D|01/06/2092⟧.
`);

note("ed-physician-caps", `
⟦H|PORTAGE LAKES MEDICAL CENTER⟧ EMERGENCY DEPARTMENT PHYSICIAN RECORD
NAME: ⟦N|YAZZIE, DELBERT⟧   AGE: 58   MRN: ⟦M|PL-200418⟧   DATE: ⟦D|07/04/2086⟧   ARRIVED: 1912 BY PRIVATE VEHICLE
PCP: ⟦N|HOSTETLER⟧, ⟦H|CHIMNEY WASH INDIAN HEALTH CLINIC⟧
HPI: 58 YO M WITH HX OF CIRRHOSIS (ETOH, SOBER SINCE ⟦D|2084⟧) BROUGHT BY NEPHEW ⟦N|TYRELL BEGAY⟧ FOR HEMATEMESIS X2 AT A FAMILY
⟦DAY|FOURTH OF JULY⟧ PICNIC AT ⟦LO|LAKE TSOSIE STATE PARK⟧. ~1 CUP BRIGHT RED BLOOD EACH TIME. LIGHTHEADED. NO ABD PAIN.
MEDS: PROPRANOLOL 20 BID, LACTULOSE, SPIRONOLACTONE, FUROSEMIDE.
EXAM: BP 94/52 HR 118. PALE. SCLERAL ICTERUS. CAPUT MEDUSAE. SPLENOMEGALY. NO ASTERIXIS. RECTAL: MAROON, HEME +.
GLASGOW-BLATCHFORD 14. CHILD-PUGH C.
ED COURSE: 2 LARGE BORE IVS. 2 U PRBC (UNCROSSMATCHED, THEN TYPE SPECIFIC). OCTREOTIDE BOLUS AND DRIP. CEFTRIAXONE 1 G.
PANTOPRAZOLE 80 MG IV. GI (DR. ⟦N|NAKAGAWA-REYES⟧, PAGER ⟦P|617-0044⟧) FOR URGENT EGD. MICU (DR. ⟦N|BELLWEATHER⟧) ACCEPTS.
DISPO: MICU, BED 12, CRITICAL CARE TIME 55 MIN EXCLUDING PROCEDURES.
⟦N|HIRAM ZUKERMAN-OSEI⟧, MD   ⟦D|07/04/86⟧ 2140
`);

note("nursing-note-lower", `
nursing note ⟦D|3/21⟧ 1900-0700 - 5 north, rm 522
pt ⟦N|gabrielle fontenot-haynes⟧ alert, oriented x3. c/o incisional pain 5/10, dilaudid 0.5 mg iv at 2200 and 0300 w/ relief to 2/10.
jp drain #1 30 ml serosang, #2 10 ml. emptied x2. dressing c/d/i. scds on. ambulated in hall x2 w/ standby assist.
foley removed 0600 per order, due to void by 1200 - passed on.
husband ⟦N|darnell⟧ called 2330 asking about discharge, told likely ⟦DAY|thursday⟧ pending dr ⟦N|whitcombe⟧. he asked that we also
update her sister, ms. ⟦N|odette⟧ - pt gave verbal ok. sister's number ⟦P|504-555-0197⟧.
pt's pastor (rev ⟦N|james okoro⟧ from ⟦O|greater mt. zion baptist⟧) visited 1930.
morning labs drawn 0445: hgb 9.8 (10.4).
report to day rn ⟦N|katarzyna⟧. ⟦N|t. mbatha⟧, rn
`);

note("home-health-lower", `
home health pt visit - ⟦O|bluestem home health services⟧
pt: ⟦N|arvid lindgren⟧  dob ⟦D|5/1/1931⟧ (⟦A|93⟧ yo)  episode ⟦D|2/10/24⟧-⟦D|4/9/24⟧  visit 4 of 8
address: ⟦S|1402 n. hackberry st, apt 7⟧, ⟦C|wilmot springs⟧ - ring bell twice, hard of hearing. 2nd floor, no elevator.
referring: dr ⟦N|ngozi adeyemi⟧ after hospitalization at ⟦H|prairie lutheran hospital⟧ ⟦D|2/2⟧-⟦D|2/8⟧ for r hip hemiarthroplasty.
subj: "i want to get back to my garden." daughter ⟦N|britt⟧ stays weekends, neighbor mrs. ⟦N|haugen⟧ checks daily.
obj: tug 24 sec w/ rw. gait 80 ft w/ rw, cga, decreased r stance. stairs 12 steps w/ rail + cga. posterior hip precautions maintained.
fall risk high. home: throw rugs removed since last visit, grab bars installed by his church (⟦O|our savior's lutheran⟧).
plan: continue 2x/wk. next visit ⟦DAY|thursday⟧. called dr ⟦N|adeyemi⟧'s nurse ⟦N|joy⟧ at ⟦P|555-0143⟧ re: bp 168/92 - will recheck.
⟦N|marcus tellefsen⟧, pt, dpt
`);

note("psych-progress-caps", `
INPATIENT PSYCHIATRY PROGRESS NOTE - ⟦H|BRIARCLIFF PAVILION⟧ 3 EAST (ADULT ACUTE)
PATIENT: ⟦N|FAROOQUI, ZAINAB⟧   MRN ⟦M|BP-771203⟧   HOSPITAL DAY 6   DATE: ⟦D|FEB 9 2089⟧
S: PT SLEPT 7 HRS. ATTENDED GROUP X2. STATES SHE "FEELS LESS LIKE THE WALLS ARE TALKING." DENIES SI/HI. ASKING FOR DISCHARGE
BEFORE HER SISTER'S WEDDING ON ⟦D|FEB 18⟧.
COLLATERAL: SPOKE WITH BROTHER ⟦N|IMRAN FAROOQUI⟧ (⟦P|713-555-0152⟧) WHO STATES PT STOPPED RISPERIDONE IN ⟦D|NOVEMBER⟧ AFTER
GAINING WEIGHT, AND THAT SHE LEFT HER JOB AT ⟦O|MERIDIAN BIOLOGICS⟧ IN ⟦D|DECEMBER⟧. FAMILY ATTENDS ⟦O|MASJID AL-NOOR OF WESTCHASE⟧;
IMAM ⟦N|YUSUF HADDAD⟧ HAS OFFERED TO CHECK ON HER. MOTHER ⟦N|RUKHSANA⟧ IS WILLING TO HAVE PT STAY WITH HER ON ⟦S|GESSNER DR⟧.
O: CALM, GROOMED, SPEECH NL RATE. THOUGHT PROCESS LINEAR. NO AH REPORTED OR OBSERVED. AIMS 0.
A: SCHIZOPHRENIA, IMPROVING ON LAI (ARISTADA INITIO ⟦D|2/5⟧).
P: CONTINUE ARIPIPRAZOLE 15 MG PO X 21 DAYS OVERLAP. FAMILY MEETING ⟦DAY|MONDAY⟧ WITH SW ⟦N|CAMILLE DUPREE-NWOSU⟧. TENTATIVE D/C ⟦D|2/14⟧
TO MOTHER'S HOME; FOLLOW UP WITH DR. ⟦N|RANJIT BHULLAR⟧ AT ⟦O|HARRISBURG ROAD COMMUNITY MENTAL HEALTH⟧ WITHIN 7 DAYS.
⟦N|E. SOKOLOVA⟧, MD / PGY-3 ⟦N|J. WEATHERSPOON⟧
`);

note("peds-sick-lower", `
peds urgent visit ⟦D|oct 14⟧ - ⟦H|little harbor pediatrics⟧
pt ⟦N|mateo quispe-ramirez⟧, 3 yo m, here w/ mom ⟦N|yesenia⟧ and abuela ⟦N|dolores⟧. spanish interpreter ⟦N|rafael⟧ (id ⟦I|4023⟧) by video.
fever to 103.2 x 2 days, pulling l ear, decreased po. sick contacts at ⟦O|ventana street head start⟧ (teacher ms. ⟦N|priscilla⟧ called mom).
no rash. utd on vaccines per the state registry. no abx in past 30 days. amox allergy: none.
exam: t 102.6, hr 142. l tm bulging, erythematous, opaque. r tm dull, no bulge. op mild erythema. lungs clear. no meningismus.
a: l acute otitis media.
p: amoxicillin 90 mg/kg/day div bid x 10 days to ⟦O|farmacia san judas⟧ on ⟦S|ventana st⟧ (⟦P|555-0118⟧). ibuprofen/tylenol for fever.
return if not better in 48-72 h. mom asks for a daycare note for ⟦DAY|monday⟧ - given.
⟦N|h. castellanos-wu⟧, np
`);

note("cath-report-caps", `
CARDIAC CATHETERIZATION REPORT
⟦H|SHENVALE HEART INSTITUTE AT ROCKLEDGE MEMORIAL⟧ - CATH LAB 2
PATIENT: ⟦N|OKEKE-HARTLEY, IFEANYI⟧   MRN ⟦M|RM-3381920⟧   DOB ⟦D|01.09.1962⟧   PROCEDURE DATE: ⟦D|15-AUG-2087⟧
OPERATOR: ⟦N|VIKRAM SUBRAMANIAN⟧, MD   FELLOW: ⟦N|ELODIE MARCHETTI⟧, MD   REFERRING: ⟦N|CLAYTON BRIGHTWELL⟧, MD (⟦C|HARPERS LANDING⟧ OFFICE)
INDICATION: NSTEMI, TROP 2.4, TIMI RISK 4.
ACCESS: R RADIAL 6F (ALLEN TEST NORMAL). TR BAND.
FINDINGS: LM NORMAL. LAD 90% PROXIMAL, TIMI 3 FLOW. LCX 40% MID. RCA DOMINANT, 30% DIFFUSE. LVEDP 18.
INTERVENTION: PCI OF PROX LAD WITH 3.0 X 28 MM SYNERGY XD DES, LOT ⟦DEV|0029941873⟧, POST-DILATED 3.5 NC. 0% RESIDUAL.
CONTRAST 120 ML VISIPAQUE. FLUORO 9.4 MIN.
RECOMMENDATIONS: DAPT ASPIRIN + TICAGRELOR 12 MONTHS. HIGH-INTENSITY STATIN. CARDIAC REHAB AT ⟦H|ROCKLEDGE WELLNESS CENTER⟧.
FOLLOW UP DR. ⟦N|BRIGHTWELL⟧ IN 2 WEEKS, DR. ⟦N|SUBRAMANIAN⟧ IN 6 WEEKS.
FAMILY (WIFE ⟦N|ADAEZE⟧) UPDATED IN WAITING ROOM AT 1135.
`);

note("device-interrogation", `
Pacemaker/ICD Clinic - In-person Interrogation
⟦H|Lowther Valley Cardiology⟧, ⟦S|88 Depot Street, 2nd Floor⟧, ⟦C|Lowther⟧, ⟦STATE|VT⟧
Date: ⟦D|5 Jun 2088⟧     Patient: ⟦N|Corrigan, Agnes M.⟧ (⟦A|99⟧ y/o F)     MRN ⟦M|LVC-009917⟧
Device: dual-chamber pacemaker, implanted ⟦D|3/11/2081⟧ at ⟦H|Champlain Crossing Medical Center⟧ by Dr. ⟦N|Abernethy⟧. Model Assurity MRI,
serial ⟦DEV|PM2272-118840⟧. RA lead serial ⟦DEV|BDX449812⟧; RV lead serial ⟦DEV|BDX449813⟧.
Indication: sick sinus syndrome with tachy-brady.
Battery: 2.91 V, longevity ~2.5 yr. Mode DDDR 60/130.
RA: sensing 2.8 mV, threshold 0.75 V @ 0.4 ms, impedance 460 ohm. RV: R wave 9.1 mV, threshold 1.0 V @ 0.4 ms, 580 ohm.
Pacing: A 62%, V 3%. Mode switches 14, longest 3 h ⟦D|5/22⟧ (AF burden <1%). On apixaban via Dr. ⟦N|Kowalchuk⟧.
Remote monitoring: enrolled, transmitter serial ⟦DEV|MER-30177225⟧. Next remote ⟦D|9/4/88⟧. In clinic in 1 year.
Granddaughter ⟦N|Maeve Corrigan-Tran⟧ accompanies, asks that clinic calls go to her (⟦P|802.555.0176⟧).
Device rep present: ⟦N|Jordan Kessler⟧ (manufacturer).
⟦N|Heidi Sørensen⟧, RN, CCDS / reviewed by ⟦N|Paolo Benedetti⟧, MD
`);

note("social-work-note", `
Social Work Assessment
Pt: ⟦N|Leticia "Tish" Ramsaroop⟧   MRN ⟦M|00917724⟧   Unit: 7B   Date: the ⟦D|3rd of April⟧
Referral from: Dr. ⟦N|Bergkamp⟧ re: unsafe discharge, housing insecurity.
Pt is a 61 y/o woman, Guyanese-born (came from ⟦COUNTRY|Guyana⟧ in ⟦D|1998⟧), widowed, previously employed as a ⟦PROF|home health aide⟧ with
⟦O|Carewell Staffing Solutions⟧ until her stroke. Evicted from ⟦S|2471 Linden Blvd, Apt 4F⟧ (⟦C|Ozone Hollow⟧) in ⟦D|January⟧.
Has been staying at ⟦O|Hope House Women's Shelter⟧ on ⟦S|Atlantic Ave⟧ and sometimes with her nephew ⟦N|Devendra⟧ in ⟦C|Jamaica Flats⟧.
Income: SSDI pending (application #⟦I|SSA-4471-20931⟧); Medicaid ID ⟦HP|YR88412T⟧.
Supports: ⟦O|Eastern Parkway Tabernacle of Faith⟧ members bring meals; friend ⟦N|Faith Mohammed⟧ (⟦P|718-555-0149⟧).
Plan: SNF referral sent to ⟦H|Cypress Knoll Rehabilitation and Nursing⟧ and ⟦H|Linden Gardens Care Center⟧; housing authority emergency transfer packet
started with caseworker Mr. ⟦N|Oduro⟧; pt agrees to short-term rehab. Will meet with pt and nephew ⟦DAY|Thursday⟧ at 2 pm.
⟦N|Annika Holmgren-Baptiste⟧, LCSW   x⟦P|6-4412⟧
`);

note("nurse-line-caps", `
AFTER HOURS NURSE TRIAGE CALL - ⟦O|CAREPOINT NURSE ADVICE LINE⟧ FOR ⟦H|KINGSFORD CLINIC⟧
CALL DATE/TIME: ⟦D|12/24/2090⟧ 23:18   CALL ID ⟦I|CP-90-7731204⟧   NURSE: ⟦N|PETRA VANDENBERG⟧, RN
CALLER: ⟦N|THANH NGUYEN⟧ (MOTHER)   CALLBACK: ⟦P|503 555 0128⟧
PATIENT: ⟦N|BAO-ANH NGUYEN⟧   DOB: ⟦D|07/19/2087⟧   PCP: DR. ⟦N|OYELARAN-SMITH⟧
REASON: VOMITING X 5 SINCE 1700 AFTER ⟦DAY|CHRISTMAS EVE⟧ DINNER AT GRANDMOTHER'S IN ⟦C|BRAMBLECOTE HILLS⟧. NO BLOOD, NO BILE. LAST VOID 2030.
FEVER 100.8. TOLERATING SMALL SIPS OF PEDIALYTE NOW.
PROTOCOL: VOMITING - PEDIATRIC (SCHMITT-THOMPSON). DISPOSITION: HOME CARE WITH CALLBACK IF NO VOID BY 0300.
ADVISED: ORS 5 ML Q 5 MIN, ZOFRAN NOT AVAILABLE AT HOME. GO TO ⟦H|WILDWOOD PARK CHILDREN'S ED⟧ IF LETHARGIC, NO URINE 8 HRS OR GREEN VOMIT.
MOTHER VERBALIZED UNDERSTANDING. FAXED TO PCP OFFICE ⟦F|503-555-0129⟧ FOR ⟦DAY|MONDAY⟧ FOLLOW-UP.
`);

note("transfer-accept-caps", `
TRANSFER CENTER ACCEPTANCE NOTE
⟦H|ST. BARNABAS UNIVERSITY HOSPITAL⟧ TRANSFER CENTER LOG #⟦I|TC-88-19042⟧
DATE: ⟦D|SEPT 30, 2088⟧ 0412
REQUESTING FACILITY: ⟦H|HALEY'S CROSSING COMMUNITY HOSPITAL⟧ (⟦C|HALEY'S CROSSING⟧, ⟦LO|DORRANCE COUNTY⟧)
REQUESTING MD: ⟦N|ABIGAIL STRAUSS-NKEMELU⟧, DO   CALLBACK ⟦P|(575) 555-0161⟧
PATIENT: ⟦N|PACHECO, EUSEBIO⟧   ⟦A|90⟧ YO M   DOB ⟦D|04/04/1998⟧
DIAGNOSIS: ACUTE TYPE A AORTIC DISSECTION ON CTA AT 0340.
ACCEPTING: DR. ⟦N|GRIGORIY LEVITAN⟧ (CARDIAC SURGERY), DIRECT TO OR 7. ICU BED 4E-12 HELD.
TRANSPORT: ⟦O|MESA AIR MEDICAL⟧ FIXED WING, ETA 0530. FAMILY: DAUGHTER ⟦N|ROSALIA PACHECO-BURNS⟧ DRIVING (⟦P|575-555-0102⟧).
TRANSFER CENTER RN: ⟦N|L. OKAFOR⟧ / ⟦N|LO⟧
`);

note("hospice-admit-caps", `
⟦O|SILVER CREEK HOSPICE⟧ - ADMISSION NURSING ASSESSMENT
PATIENT: ⟦N|ELEANOR "NELL" WHITTAKER-BOONE⟧   DOB: ⟦D|11/02/1929⟧   AGE: ⟦A|102⟧   ADMIT DATE: ⟦D|03/09/2032⟧
LEVEL OF CARE: ROUTINE HOME CARE   LOCATION: ⟦H|ROSEWOOD MANOR ASSISTED LIVING⟧, ROOM 118, ⟦S|900 CHURCH HILL RD⟧, ⟦C|ELKVIEW⟧
HOSPICE DIAGNOSIS: ALZHEIMER'S DEMENTIA, FAST 7C. SECONDARY: CHF, CKD 4.
CERTIFYING PHYSICIANS: DR. ⟦N|OLUWASEUN ADEKUNLE⟧ (HOSPICE MEDICAL DIRECTOR) AND DR. ⟦N|WEATHERBY⟧ (ATTENDING).
DPOA-HC: NEPHEW ⟦N|CLIFFORD BOONE⟧, ⟦P|304-555-0185⟧. POLST: DNR, COMFORT MEASURES, NO HOSPITAL TRANSFER.
PPS 30%. FAST 7C. WEIGHT LOSS 12% IN 6 MONTHS. MAC 19.5 CM. BRADEN 11. PAINAD 2.
MEDICARE ID ⟦HP|5TR2-XK9-MM41⟧. DME: HOSPITAL BED, ALTERNATING PRESSURE MATTRESS FROM ⟦O|APPALACHIAN HOME MEDICAL⟧.
SPIRITUAL: LIFELONG MEMBER OF ⟦O|ELK RIVER FREE WILL BAPTIST CHURCH⟧; PASTOR ⟦N|DWAYNE HOLLOWAY⟧ VISITS ⟦DAY|SUNDAYS⟧ AFTER SERVICE.
HOSPICE AIDE 3X/WK. RN CASE MANAGER: ⟦N|TRUDY ESPINOZA⟧, RN.  SW: ⟦N|GRACE KIM-ALDRIDGE⟧.
`);

note("discharge-instructions", `
Patient Discharge Instructions — ⟦H|Calloway Memorial Hospital⟧
Name: ⟦N|Rutendo Matanhire⟧        Date of birth: ⟦D|July 7, 1983⟧        Discharge date: ⟦DAY|Friday⟧, ⟦D|March 2, 2091⟧
You were in the hospital for: a blood clot in your left leg (DVT) and lung (pulmonary embolism).
Your doctor in the hospital was Dr. ⟦N|Nathaniel Oyebanji⟧.
New medicine: apixaban (Eliquis) 10 mg twice a day for 7 days, then 5 mg twice a day. Do not stop unless Dr. ⟦N|Oyebanji⟧ or Dr. ⟦N|Heller⟧ tells you.
Appointments:
  • Dr. ⟦N|Miriam Heller⟧ (primary care), ⟦H|Eastfield Primary Care⟧, ⟦S|1200 Marigold Way, Building C⟧ — ⟦DAY|Tuesday⟧, ⟦D|March 6⟧ at 9:40 AM. ⟦P|(803) 555-0104⟧
  • Anticoagulation clinic (pharmacist ⟦N|Bill Ostrander⟧) — ⟦D|3/13/2091⟧ at 1:00 PM. Call ⟦P|803-555-0193⟧ to confirm.
  • Hematology, Dr. ⟦N|Xiomara Delgado-Pinto⟧ — we will call you with a date in ⟦D|April⟧.
Your employer (⟦O|Palmetto Freight Logistics⟧) work note: off work through ⟦D|3/12⟧, may return ⟦D|March 13th⟧ with no lifting over 20 lb.
Call 911 for chest pain or trouble breathing. Questions: ⟦P|803-555-0100⟧ and ask for 6 South.
Nurse: ⟦N|Jolene Mavrakis⟧, RN     Patient/caregiver signature on file.
`);

note("slp-swallow", `
Speech-Language Pathology: Modified Barium Swallow Study
⟦H|Tillicum Bay Hospital⟧ · Radiology fluoro suite 2 · ⟦D|08/19/2085⟧
Patient: ⟦N|Kuznetsova, Valentina P.⟧ · ⟦A|92⟧ yo F · MRN ⟦M|TBH-662019⟧ · Room 3-West 310
Ordering: ⟦N|Desmond Achebe⟧, MD · Radiologist: ⟦N|G. Halvorsen⟧, MD · SLP: ⟦N|Brianna Quiroga⟧, MS, CCC-SLP
History: admitted ⟦D|8/16⟧ with aspiration pneumonia; Parkinson's disease x 15 yrs; prior MBS ⟦D|Dec '83⟧ at ⟦H|Neskeag Valley Rehab⟧ showed mild deficits.
Results: thin liquid by cup - penetration to cords with delayed cough (PAS 7). Mildly thick (IDDSI 2) - no penetration (PAS 1).
Puree and soft & bite-sized: mild vallecular residue, cleared with second swallow. Chin tuck not effective.
Recs: IDDSI level 6 soft & bite-sized, mildly thick liquids, meds crushed in puree, upright 90 degrees, 1:1 supervision.
Daughter ⟦N|Svetlana⟧ present; education given. Her son-in-law ⟦N|Mark⟧ will be main caregiver at home in ⟦C|Garrison Point⟧.
`);

note("secure-chat-lower", `
secure chat export - pt ⟦N|okonkwo, chibuzo⟧ (mrn ⟦M|77301945⟧) - ⟦D|06/11/2089⟧
[07:02] ⟦N|tessa⟧ (rn, 4 south): hi dr ⟦N|lindholm⟧, bed 14 mr ⟦N|okonkwo⟧ k 3.1 this am, ok to replete?
[07:05] ⟦N|erik lindholm⟧ (hospitalist): yes 40 meq po x2, recheck w/ pm bmp. also pls page pharmacy re: vanc trough
[07:06] ⟦N|tessa⟧ (rn, 4 south): will do. wife ⟦N|ngozi⟧ is asking if he can go home today, she drives from ⟦C|chilton falls⟧
[07:11] ⟦N|erik lindholm⟧ (hospitalist): prob tomorrow. id (dr ⟦N|pham-oyelaran⟧, pgr ⟦P|4-2290⟧) wants 1 more day iv. will call her at 10
[07:12] ⟦N|tessa⟧ (rn, 4 south): her # is ⟦P|740-555-0153⟧. thx!
[09:48] ⟦N|gina r.⟧ (case mgmt): home infusion set up w/ ⟦O|careline infusion of the scioto valley⟧ if needed, picc by vat rn ⟦N|doreen⟧ at 1300
`);

note("death-note-caps", `
DEATH PRONOUNCEMENT NOTE
⟦H|ALDERGROVE RIDGE MEDICAL CENTER⟧  CCU BED 6
CALLED BY RN ⟦N|MARISOL TEJEDA⟧ AT 0215 FOR PT WITHOUT PULSE. PT ⟦N|HORACE BELLINGHAM III⟧, ⟦A|97⟧ YO M, DNR/DNI PER ⟦D|12/19⟧ DISCUSSION WITH
DAUGHTER ⟦N|PATRICIA BELLINGHAM-COLE⟧ (HCP).
EXAM: NO RESPONSE TO VERBAL OR PAINFUL STIMULI. PUPILS FIXED AND DILATED. NO CAROTID PULSE. NO HEART OR BREATH SOUNDS FOR ONE FULL MINUTE.
TIME OF DEATH: 0221 ON ⟦D|12/21/2083⟧.
FAMILY: DAUGHTER NOTIFIED BY PHONE AT 0230 (⟦P|412-555-0170⟧); SHE WILL COME IN. ATTENDING DR. ⟦N|OKAFOR-LINDSTRÖM⟧ NOTIFIED.
⟦O|CORE⟧ NOTIFIED 0235, REF #⟦I|830-1221-0047⟧: TISSUE/EYE DONATION ONLY, FAMILY TO DISCUSS.
CORONER: NOT A CORONER'S CASE (EXPECTED DEATH FROM END-STAGE ISCHEMIC CARDIOMYOPATHY).
FUNERAL HOME PER FAMILY: ⟦O|McGLYNN-KOWALSKI FUNERAL CHAPEL⟧, ⟦C|CARNEGIE MILLS⟧.
⟦N|SAMIR EL-KHOURY⟧, MD (PGY-2)  PAGER ⟦P|88172⟧
`);

note("sports-physical", `
Pre-participation Sports Physical Evaluation
School: ⟦O|Whitmore Valley High School⟧ — ⟦O|Whitmore Valley Unified School District⟧   Sport(s): football, wrestling
Student: ⟦N|Malik Abdullahi Warsame⟧   Grade 10   DOB ⟦D|5/23/2074⟧   Exam date ⟦D|07-28-2089⟧
Parent/guardian: ⟦N|Hodan Warsame⟧ (mother), ⟦P|612-555-0111⟧; interpreter declined, mother prefers English.
Coach: ⟦N|Dale Kowalski⟧ (athletic director Ms. ⟦N|Fontaine⟧, fax ⟦F|612-555-0186⟧ for forms).
History: concussion ⟦D|Sept 2088⟧ (cleared by Dr. ⟦N|Erikson⟧ at ⟦H|Twin Lakes Sports Medicine⟧ on ⟦D|10/12/88⟧ after graduated RTP). No syncope with
exercise. No family hx of sudden death <50. Uncle with "enlarged heart" - echo done ⟦D|2087⟧, normal.
Exam: BP 122/74, HR 64. No murmur supine or standing. Marfan stigmata absent. Full ROM. Skin: no tinea corporis (wrestling).
Cleared for all sports without restriction. Form signed and returned to mother.
⟦N|Ayodele Fashola-Brandt⟧, MD   ⟦H|North Star Family Clinic⟧
`);

note("fax-cover-caps", `
*** CONFIDENTIAL FAX ***
FROM: ⟦H|HIGHLAND PARK ORTHOPAEDIC & SPINE⟧   ⟦S|455 QUARRY RD STE 110⟧   ⟦C|BRECKSVILLE GLEN⟧, ⟦STATE|OH⟧ ⟦Z|44141⟧
PHONE ⟦P|440.555.0135⟧   FAX ⟦F|440.555.0136⟧
TO: UTILIZATION REVIEW, ⟦O|BUCKEYE STATE WORKERS' COMPENSATION⟧   FAX ⟦F|1-866-555-0147⟧   ATTN: ⟦N|KIMBERLY ASHWORTH⟧ (NURSE CASE MGR)
DATE: ⟦D|10/31/2087⟧   PAGES (INCL COVER): 7
RE: INJURED WORKER ⟦N|DOMINIC SANTANGELO⟧   CLAIM # ⟦I|87-441902⟧   DOI ⟦D|06/02/2087⟧   EMPLOYER: ⟦O|LAKE ERIE PRECAST CONCRETE⟧
REQUEST: C-9 FOR L4-5 MICRODISCECTOMY PER DR. ⟦N|THADDEUS OKORO-BANKS⟧. MRI ⟦D|9/18/87⟧ AND EMG ⟦D|10/4/87⟧ ENCLOSED.
PLEASE RESPOND WITHIN 10 BUSINESS DAYS. QUESTIONS: ⟦N|RHONDA⟧ X⟦P|2204⟧.
THIS FACSIMILE CONTAINS PROTECTED HEALTH INFORMATION. IF RECEIVED IN ERROR, CALL THE SENDER AND DESTROY ALL COPIES.
`);

note("anesthesia-preop-caps", `
ANESTHESIA PRE-OPERATIVE EVALUATION  -  ⟦H|SOUTHERN HILLS SURGERY CENTER⟧
PT: ⟦N|NAKASHIMA, KENJI⟧   MRN ⟦M|SHS-118330⟧   AGE 67   DOS ⟦D|14 NOV 2086⟧   SURGEON: ⟦N|ABERCROMBIE⟧   PROCEDURE: L CATARACT W/ IOL
HX: HTN, OSA ON CPAP (DEVICE SN ⟦DEV|J23108819443⟧), T2DM, NO PRIOR ANESTHESIA PROBLEMS. FATHER HAD MALIGNANT HYPERTHERMIA? - PT UNSURE,
DAUGHTER ⟦N|EMIKO⟧ TO CHECK WITH AUNT IN ⟦COUNTRY|JAPAN⟧.
MEDS: METFORMIN (HOLD AM), LOSARTAN, ATORVASTATIN. NPO SINCE 2200.
AIRWAY: MALLAMPATI III, TMD 3 FB, FULL DENTURES UPPER. NECK ROM FULL.
ASA 3. PLAN: MAC WITH TOPICAL. AVOID SUCCINYLCHOLINE / VOLATILES GIVEN UNCLEAR MH HX; MH CART LOCATION CONFIRMED.
CONSENT OBTAINED FROM PT. ESCORT HOME: DAUGHTER ⟦N|EMIKO NAKASHIMA-FORD⟧ ⟦P|918-555-0188⟧.
⟦N|LIAM O'DONOGHUE⟧, CRNA / ⟦N|BEATRIZ ALMEIDA-SOUZA⟧, MD
`);

note("methadone-intake", `
Opioid Treatment Program — Intake Note
⟦O|New Dawn Recovery Services⟧, ⟦S|73 Foundry St., Unit B⟧, ⟦C|Lewellyn Mills⟧ · Program ID ⟦I|OTP-ME-0412⟧
Date: ⟦D|04/02/88⟧
Client: ⟦N|Kayleigh Marie Dufresne⟧, 29 F · client # ⟦M|NDR-20881⟧ · DOB ⟦D|1/17/59⟧
Referred by: ED bridge clinic at ⟦H|Ambrosgin Falls Medical Center⟧ (Dr. ⟦N|Wojciechowski⟧) after overdose ⟦D|3/27⟧, Narcan x2 by ⟦O|Lewellyn Mills Fire⟧.
Hx: OUD since age 19 (oxycodone then IV fentanyl). Prior buprenorphine with Dr. ⟦N|Pelletier⟧ ⟦D|2085⟧-⟦D|2086⟧, stopped when insurance lapsed.
HCV Ab+ ⟦D|2086⟧, untreated. Daughter ⟦N|Brooklyn⟧ (4) lives with maternal grandmother ⟦N|Denise Dufresne⟧ in ⟦C|Tobbin Corner⟧;
DHHS caseworker Ms. ⟦N|Thibodeau⟧. Works weekends at ⟦O|Gendron's Variety⟧.
COWS 14 at 0815. Methadone 30 mg observed at 0830 (nurse ⟦N|A. Lachance⟧); +10 mg at 1130 if COWS >8. Urine tox: fentanyl, norfentanyl.
Counselor assigned: ⟦N|Pierre-Luc Gagnon⟧, LADC. Medicaid ID ⟦HP|MC41170392Z⟧. Take-home naloxone given.
`);

note("ime-report", `
INDEPENDENT MEDICAL EXAMINATION
Examinee: ⟦N|Reginald Thurgood Ashby⟧        Date of exam: ⟦D|January 16, 2090⟧        Date of injury: ⟦D|08/09/2088⟧
Requested by: ⟦N|Colleen Marchetti⟧, claims adjuster, ⟦O|Pinnacle Casualty Group⟧, claim no. ⟦I|WC-2088-553017⟧
Examiner: ⟦N|Farid Haddadin⟧, MD, MPH, board certified in occupational medicine; ⟦H|Occupational Health Associates of Glenbrier⟧
Employer at time of injury: ⟦O|Summit Ridge Coal Company⟧, ⟦C|Mullinax Gap⟧; job title ⟦PROF|roof bolter operator⟧.

Records reviewed: ⟦H|Rayleigh Crossing General⟧ ED record ⟦D|8/9/88⟧; MRI lumbar spine ⟦D|9/1/88⟧ (⟦H|Beckworth Imaging⟧); PT notes from ⟦O|ProMotion Physical Therapy⟧
(⟦D|9/15/88⟧ to ⟦D|12/20/88⟧, 24 visits); notes of Dr. ⟦N|Sanjay Kulkarni⟧ (pain management), including L5-S1 ESI ⟦D|11/3/88⟧.

History: Mr. ⟦N|Ashby⟧, 47, states a roof section struck his back while bolting. Low back pain radiating to the L leg since.
Exam: Waddell signs 1/5. SLR positive on the left at 45 degrees. EHL 4/5 L. Achilles reflex diminished L.
Opinions: (1) L5-S1 disc herniation with L S1 radiculopathy, causally related to the work injury of ⟦D|August 9, 2088⟧ to a reasonable
degree of medical certainty. (2) Not at MMI; surgical consultation recommended. (3) Sedentary work capacity only.
I have not treated Mr. ⟦N|Ashby⟧ and no physician-patient relationship exists.
Signed: ⟦N|Farid Haddadin⟧, MD   ⟦D|01/20/2090⟧
`);

note("home-infusion-caps", `
⟦O|SUMMIT CREST HOME INFUSION PHARMACY⟧ - NURSING VISIT / IV START
PATIENT: ⟦N|DESROSIERS, JEAN-ROBERT⟧   RX # ⟦I|RX-7730194⟧   DOB ⟦D|09/30/1956⟧   VISIT ⟦D|11/14/2088⟧ 1400-1530
ADDRESS: ⟦S|12 BELLEVUE CIRCLE, APT 1⟧, ⟦C|NORTH SHIRLEY⟧ (GATE CODE IN CHART)   PRESCRIBER: DR. ⟦N|ANJALI MEHTA-GOLDSTEIN⟧ (ID)
THERAPY: CEFTRIAXONE 2 G IV Q24H X 6 WEEKS FOR L KNEE PJI. START ⟦D|11/9/88⟧, STOP ⟦D|12/21/88⟧.
ACCESS: R BASILIC PICC 4F SINGLE LUMEN, PLACED ⟦D|11/8⟧ AT ⟦H|NASHAWAY RIVER HOSPITAL⟧, EXTERNAL 2 CM, ARM CIRC 29 CM. DRESSING CHANGED, BIOPATCH.
PUMP: CADD PRIZM SN ⟦DEV|CP-55021987⟧ NOT USED (GRAVITY). NEXT LABS CBC/CMP/ESR/CRP ⟦DAY|MONDAY⟧, FAX TO DR. ⟦N|MEHTA-GOLDSTEIN⟧ ⟦F|978-555-0140⟧.
WIFE ⟦N|GHISLAINE⟧ TAUGHT SASH FLUSH; RETURN DEMO CORRECT. PT IS A RETIRED ⟦PROF|MACHINIST⟧ FROM ⟦O|ATWOOD GEAR WORKS⟧.
ON-CALL PHARMACIST ⟦P|1-877-555-0115⟧.  RN: ⟦N|OLUWAKEMI BADMUS⟧, RN, CRNI
`);

note("wound-lower", `
wound care rn note ⟦D|8/2⟧ - ⟦H|pinehurst village nursing & rehab⟧, hall c rm 24
res: ⟦N|luz marina ocampo⟧, ⟦A|95⟧ y/o. dtr ⟦N|yolanda⟧ visiting from ⟦C|fort lupine⟧.
sacral stage 3 pi: 4.0 x 3.2 x 0.6 cm, undermining 1 cm 12-3 o'clock, 60% red gran, 40% yellow slough. mod serosang. odor after cleanse: none.
r heel dti 3 x 3 cm, intact, boggy. braden 12.
tx: santyl + calcium alginate + bordered foam qd; heel: float in prevalon boots. low air loss mattress ordered via ⟦O|rocky mtn medical supply⟧.
dietitian ⟦N|kristof⟧: prosource bid, mvi, zinc. weight 41.2 kg (down 1.4).
dr ⟦N|aguilar-benn⟧ (pcp) aware, wound md dr ⟦N|hattie oyelowo⟧ to see ⟦DAY|wed⟧. family meeting ⟦D|aug 9⟧ w/ don ⟦N|marcy⟧.
⟦N|c. tsosie⟧, rn, wcc
`);

note("ama-caps", `
⟦H|CRESCENT BAY MEDICAL CENTER⟧ - LEAVING AGAINST MEDICAL ADVICE
PATIENT: ⟦N|KOWALCZYK, DAMIAN⟧   MRN ⟦M|CB 4401 9923⟧   FIN ⟦I|210048817⟧   ROOM ED-17   DATE ⟦D|02 FEB 2090⟧
PT IS A 44 YO M WITH CELLULITIS OF THE R HAND AFTER A DOG BITE (DOG "BRUNO" BELONGS TO NEIGHBOR, UTD ON RABIES PER ⟦O|HARLOW COUNTY ANIMAL CONTROL⟧,
OFFICER ⟦N|VAUGHN⟧ BADGE ⟦I|2219⟧). RECOMMENDED ADMISSION FOR IV UNASYN AND HAND SURGERY EVAL (DR. ⟦N|OYENUGA⟧).
PT STATES HE MUST LEAVE TO PICK UP HIS KIDS FROM ⟦O|ST. CASIMIR'S ACADEMY⟧ AND WORK A SHIFT AT ⟦O|BRANNIGAN'S TAVERN⟧ TONIGHT.
CAPACITY: ALERT, ORIENTED, REPEATS BACK RISKS INCLUDING LOSS OF FUNCTION OF THE HAND, SEPSIS AND DEATH. HAS CAPACITY.
GIVEN: UNASYN 3 G IV X1, TDAP, AUGMENTIN RX TO ⟦O|KESSLER DRUG⟧ ON ⟦S|W. 14TH ST⟧. RETURN PRECAUTIONS. HAND CLINIC AT 0800 TOMORROW ⟦P|(216) 555-0179⟧.
AMA FORM SIGNED BY PT, WITNESSED BY ⟦N|R. ABERNATHY-YU⟧, RN.  PT'S SISTER ⟦N|MONIKA⟧ WILL DRIVE HIM.
⟦N|ISADORA VELLACOTT⟧, PA-C / ⟦N|IV⟧
`);

note("neuro-consult", `
Neurology Consultation
Requesting physician: ⟦N|Theodora Mackintosh⟧, MD (hospital medicine)     Consultant: ⟦N|Rashid Al-Mansouri⟧, MD
Patient: ⟦N|Pham Thi Lan⟧   MRN ⟦M|0038812041⟧   Date: ⟦D|2091-10-07⟧   Location: ⟦H|Tidewater General⟧ 8 North, bed 22
Reason: new right facial droop.
HPI: 78 y/o Vietnamese-speaking woman (interpreter ⟦N|Quang⟧, ID ⟦I|10457⟧), admitted ⟦D|10/5⟧ for CHF. This morning her son ⟦N|Tuan Nguyen⟧
noted she could not close her right eye. She had a cold 1 week ago. No limb weakness, no dysarthria. Last known well ⟦D|10/6⟧ at 2100.
Exam: complete R peripheral facial palsy including forehead (House-Brackmann IV). Bell's phenomenon present. No vesicles in ear canal
(not Ramsay Hunt). Strength 5/5 all. NIHSS 1 (facial only, peripheral pattern).
Impression: Bell's palsy (idiopathic CN VII palsy). Not a stroke; no MRI needed.
Plan: prednisone 60 mg daily x 5 days then taper (watch glucose), valacyclovir not indicated, eye lubricant qid, patch at night.
Outpatient follow-up with Dr. ⟦N|Gutierrez-Faulkner⟧ at ⟦H|Chessick Neurology Group⟧ in 4 weeks; son to call ⟦P|757-555-0194⟧.
Discussed with Dr. ⟦N|Mackintosh⟧ by phone.
`);

note("nicu-discharge", `
NICU Discharge Summary — ⟦H|Rowan Hill Women & Infants Hospital⟧ Level III NICU
Infant: Baby Boy ⟦N|Delacroix-Amankwah⟧ ("⟦N|Kofi⟧")   MRN ⟦M|RH-INF-229410⟧   DOB ⟦D|10/30/2089⟧ 04:12   Discharge ⟦D|12/04/2089⟧
Mother: ⟦N|Genevieve Delacroix⟧, 31, G2P1102   Father: ⟦N|Kwabena Amankwah⟧   Address: ⟦S|16 Tannery Row, #3⟧, ⟦C|Quarry Falls⟧, ⟦STATE|RI⟧
GA 30 2/7 wk, BW 1380 g. Apgars 5 and 8. Delivered by Dr. ⟦N|Oksana Hrytsenko⟧ for severe preeclampsia; BMZ complete.
Course: RDS -> surfactant x1, CPAP to ⟦D|11/6⟧. Caffeine ⟦D|10/30⟧-⟦D|11/28⟧. NEC workup ⟦D|11/12⟧ negative. ROP stage 1 zone II, f/u Dr. ⟦N|Lindgren-Obeng⟧.
Newborn screen ⟦D|11/1⟧ and repeat ⟦D|11/15⟧ normal. Hep B vaccine ⟦D|11/30⟧. CCHD pass. Hearing screen passed both ears.
Discharge wt 2460 g. Feeds: EBM fortified to 24 kcal ad lib, ~150 mL/kg/d.
Follow-up: PCP Dr. ⟦N|Moira Fitzpatrick-Osei⟧ at ⟦H|Quarry Falls Pediatric Associates⟧ on ⟦D|12/6⟧; ⟦O|Early Intervention - Ocean State Kids⟧ referral sent;
NICU follow-up clinic 4 months corrected. Car seat challenge passed ⟦D|12/3⟧. Grandmother ⟦N|Abena⟧ will help at home for 2 weeks.
`);
write();
