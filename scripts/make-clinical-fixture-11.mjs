// Why this file exists: builds test/fixtures/clinical-notes-11.jsonl, an eleventh labelled set of clinical notes
// written by hand at the start of stop 24 to measure the tree blind: written before reading the name detector's rules
// (assembly/names/detect.ts) and without reading fixtures 9-10 past their first notes, in note kinds fixtures 1-10 hold
// few of: discharge summaries with follow-up appointment blocks, operative reports (surgeon, assistant, anaesthesia
// lines), nursing flowsheet comments, HL7 v2 ADT and ORU fragments (PID|...|LAST^FIRST^M|...), CSV and tabular exports
// with provider and facility columns, telephone encounter logs with call-back numbers, home health OASIS visits,
// behavioural health intake (schools, employers, probation officers, shelters), labour and delivery (partners, doulas,
// birth centres), school nurse, daycare and foster agency notes, hospice (chaplains, funeral homes), dialysis unit
// notes, transplant coordinator notes, PT/OT home layouts with street names, pharmacy interventions (outside
// pharmacies by brand and by street), guardianship, interpreter notes, ambulance run sheets, wound care with the photo
// device's ID, critical-value callbacks with accession numbers, radiology comparison lines, addenda with e-signatures
// and user logins, portal messages; about a third in ALL CAPS and a few in lower case.
// Labelling follows fixtures 5-10: weekdays and holidays are `ignored` (DAY), as are states, countries and
// professions; seasons and clock times are left unlabelled; ages under 90 are no PHI; clinicians' initials and user
// names are PHI; room and bed numbers and numbers that name a study, a protocol, a workstation or a drug lot rather
// than a person are left unlabelled; a unit's own name ("4 West", "Dialysis Unit B") is no PHI.
// Every name, place and number is invented here; nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-10 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-11.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-11.jsonl", "make-clinical-fixture-11");

// ---------------------------------------------------------------------------------------------------------------
note("discharge-followup", `
DISCHARGE SUMMARY
⟦H|Penobscot Valley Regional Hospital⟧ - Inpatient Medicine
Patient: ⟦N|Thibodeau, Rosalind M⟧        MRN: ⟦M|PV-2209184⟧        Acct: ⟦I|40017762210⟧
Admit: ⟦D|01/06/2026⟧   Discharge: ⟦D|01/11/2026⟧   Attending: ⟦N|Gareth Underhill⟧, MD
PCP: ⟦N|Noor Al-Sabbagh⟧, DO (⟦H|Hampden Family Medicine⟧)

Hospital course: 78 yo woman admitted from home in ⟦C|Hermon⟧ with CHF exacerbation. Diuresed 6 L. Echo ⟦D|1/7⟧ EF 35%.
Niece ⟦N|Colette Pelletier⟧ is her main support and drove her to the ED. Cardiology (Dr. ⟦N|Baptiste⟧) saw her on
hospital day 2 and added spironolactone.

Follow-up appointments:
  ⟦D|01/15/2026⟧ 10:40 AM  Heart Failure Clinic - ⟦N|Jolene Markowitz⟧, NP   ⟦S|489 State St, Suite 3⟧, ⟦C|Bangor⟧   ⟦P|(207) 555-0164⟧
  ⟦D|01/22/2026⟧  2:15 PM  ⟦N|Noor Al-Sabbagh⟧, DO   ⟦H|Hampden Family Medicine⟧, ⟦S|62 Western Ave⟧, ⟦C|Hampden⟧   ⟦P|207-555-0111⟧
  ⟦D|02/03/2026⟧  8:00 AM  Lab draw (BMP) at ⟦H|Northern Light Lab - Brewer⟧
Home health: ⟦O|Bangor Area Home Care⟧ to start ⟦D|1/12⟧; liaison ⟦N|Trudy Bessette⟧ ⟦P|207-555-0190⟧ x214.
Electronically signed by: ⟦N|Gareth Underhill⟧, MD ⟦D|01/11/2026⟧ 16:52
`);

note("discharge-caps", `
DISCHARGE SUMMARY - ⟦H|ST. ADALBERT HOSPITAL⟧
NAME: ⟦N|OYELARAN, BABATUNDE K⟧   DOB: ⟦D|11/02/1958⟧   MRN: ⟦M|0071-8842-3⟧   ROOM 512-B
DATE OF ADMISSION: ⟦D|12/28/2025⟧   DATE OF DISCHARGE: ⟦D|01/04/2026⟧
ATTENDING PHYSICIAN: ⟦N|ROSE YOUNG⟧, M.D.   CONSULTANTS: DR. ⟦N|HOPE SUMMERS⟧ (NEPHROLOGY), DR. ⟦N|LEVINSON⟧ (ID)
DISCHARGE DIAGNOSES: 1. LEFT FOOT CELLULITIS WITH OSTEOMYELITIS OF 5TH METATARSAL. 2. DM2, A1C 9.8.
PATIENT LIVES WITH HIS BROTHER ⟦N|OLUWASEUN⟧ ON ⟦S|WOODLAWN AVE⟧ IN ⟦C|PARMA⟧ AND WORKS AT ⟦O|GREAT LAKES FASTENER⟧.
PICC PLACED ⟦D|12/31⟧ BY ⟦N|M. ZUBRICKY⟧, RN (VAT). ERTAPENEM 1 G DAILY THROUGH ⟦D|02/08/2026⟧ VIA ⟦O|CORAM⟧.
FOLLOW UP:
 - DR. ⟦N|YOUNG⟧, ⟦H|ADALBERT MEDICAL GROUP⟧, ⟦S|5400 RIDGE RD⟧, ⟦C|PARMA⟧ ⟦STATE|OH⟧ ⟦Z|44129⟧, ⟦D|01/09/2026⟧ AT 9:30. TEL ⟦P|440-555-0122⟧.
 - PODIATRY, DR. ⟦N|FAITH MORROW⟧, ⟦D|JAN 13⟧, ⟦H|WESTSHORE FOOT AND ANKLE⟧, FAX ⟦F|440-555-0185⟧.
 - WEEKLY CBC/CMP/ESR/CRP FAXED TO ⟦O|ID ASSOCIATES OF CLEVELAND⟧ ⟦F|216-555-0147⟧.
DICTATED BY: ⟦N|ROSE YOUNG⟧, M.D.  D: ⟦D|01/04/2026⟧  T: ⟦D|01/05/2026⟧  JOB# ⟦I|884120⟧  ⟦N|RY⟧/⟦N|KTM⟧
`);

note("op-report", `
OPERATIVE REPORT
Date of surgery: ⟦D|February 17, 2026⟧
Facility: ⟦H|Cedar Ridge Surgical Hospital⟧, OR 4
Patient: ⟦N|Esperanza Villalobos-Reyes⟧   MRN ⟦M|CRS00928813⟧
Surgeon: ⟦N|Anders Kjeldsen⟧, MD
Assistant: ⟦N|Marisol Dunning⟧, PA-C
Anesthesia: General endotracheal; ⟦N|Pavel Hruska⟧, MD (attending), ⟦N|Kendra Lowe⟧, CRNA
Circulator: ⟦N|Bea Tranh⟧, RN   Scrub: ⟦N|Dontrell Maye⟧, CST
Preoperative diagnosis: Symptomatic cholelithiasis.
Procedure: Laparoscopic cholecystectomy with intraoperative cholangiogram.
Findings: Distended gallbladder, no CBD filling defect.
Specimen: gallbladder to pathology (⟦I|S26-04117⟧).
Implants: none. Clips: Hem-o-lok, lot ⟦DEV|LT88213⟧.
EBL 15 mL. Patient to PACU in stable condition. Family (husband ⟦N|Ramiro⟧) updated in the waiting room by phone ⟦P|915-555-0138⟧.
⟦N|Anders Kjeldsen⟧, MD   ⟦D|2/17/2026⟧ 11:48
`);

note("op-report-caps", `
OPERATIVE NOTE
PATIENT: ⟦N|MACPHERSON, IONA⟧     ACCOUNT #: ⟦I|771300452⟧     DATE: ⟦D|03-02-2026⟧
SURGEON: ⟦N|GRACE HILL⟧, MD, FACS
FIRST ASSISTANT: ⟦N|LUIS BATISTA⟧, MD (PGY-4)
ANESTHESIOLOGIST: ⟦N|SUNITA RAMASWAMY⟧, MD   ANESTHESIA TYPE: SPINAL + MAC
PROCEDURE: RIGHT TOTAL KNEE ARTHROPLASTY.
IMPLANTS: FEMORAL COMPONENT SIZE 5, SERIAL ⟦DEV|ZK4471190⟧; TIBIAL TRAY SIZE 4, SERIAL ⟦DEV|ZK4470062⟧.
TOURNIQUET 48 MIN AT 250 MMHG. EBL 100 ML.
DISPOSITION: PACU, THEN ORTHO FLOOR. PLAN DC TO ⟦H|LAKEVIEW REHABILITATION CENTER⟧ IN ⟦C|OCONOMOWOC⟧ VS HOME WITH DAUGHTER ⟦N|FIONA⟧.
REP FROM ⟦O|STRYVEN ORTHOPEDICS⟧ (⟦N|CHAD PETRIE⟧) PRESENT FOR IMPLANT CHECK.
⟦N|GRACE HILL⟧, MD ⟦D|03/02/2026⟧ 14:07
`);

note("flowsheet-comments", `
Flowsheet comments - 5 North Med/Surg
⟦D|02/09/26⟧ 0715 Assumed care from ⟦N|Janelle Okafor⟧, RN. Pt A&Ox4, on RA. -⟦UN|mhartigan⟧
⟦D|02/09/26⟧ 0930 Pt's wife ⟦N|Deborah⟧ called ⟦P|(603) 555-0129⟧, updated on plan. -⟦UN|mhartigan⟧
⟦D|02/09/26⟧ 1120 Wound vac canister changed. Dr. ⟦N|Whitcomb⟧ at bedside. -⟦UN|mhartigan⟧
⟦D|02/09/26⟧ 1400 PT (⟦N|Leah Sorensen⟧, DPT) ambulated 150 ft w/ RW. -⟦UN|lsorensen⟧
⟦D|02/09/26⟧ 1615 Chaplain Fr. ⟦N|Tomasz Wierzbicki⟧ visited per family request.
⟦D|02/09/26⟧ 1850 Handoff to ⟦N|Camille Ashworth⟧, RN. Entered by ⟦UN|mhartigan⟧ (⟦N|Megan Hartigan⟧, RN)
`);

note("hl7-adt", `
MSH|^~\\&|EPICADT|⟦H|WMC⟧|SCRIBE|HIE|⟦D|20260214083312⟧||ADT^A01|⟦I|MSG00048211⟧|P|2.5.1
EVN|A01|⟦D|20260214083300⟧|||⟦UN|JRUIZ⟧^⟦N|RUIZ^JAVIER⟧
PID|1||⟦M|E2241907⟧^^^⟦H|WMC⟧^MR||⟦N|DEGRASSE^LOUISA^MAE⟧||⟦D|19490521⟧|F|||⟦S|77 QUARRY HILL RD⟧^^⟦C|BARRE⟧^⟦STATE|VT⟧^⟦Z|05641⟧||⟦P|(802)555-0177⟧|||W||⟦I|880124771⟧|⟦SSN|027-61-4493⟧
NK1|1|⟦N|DEGRASSE^PAUL⟧|SON|⟦S|12 ELM ST⟧^^⟦C|MONTPELIER⟧^⟦STATE|VT⟧^⟦Z|05602⟧|⟦P|(802)555-0109⟧
PV1|1|I|3W^312^A^⟦H|WMC⟧||||⟦I|1447902⟧^⟦N|LAFRANCE^ODETTE^R⟧^^^^MD|||MED||||7|||⟦I|1447902⟧^⟦N|LAFRANCE^ODETTE⟧|IN||⟦I|V000918823⟧
IN1|1|BCBSVT01|⟦I|0451⟧|BLUE CROSS BLUE SHIELD OF VERMONT||||||||||||⟦N|DEGRASSE^LOUISA^M⟧|SELF|||||||||||||||||||⟦HP|ZVB448120917⟧
`);

note("hl7-oru", `
MSH|^~\\&|SUNQUEST|⟦H|MERIDIAN LABS⟧|EPIC|⟦H|HVH⟧|⟦D|202601301642⟧||ORU^R01|⟦I|LAB7731920⟧|P|2.3
PID|1||⟦M|00331877⟧||⟦N|NAKASHIMA^KENJI⟧||⟦D|19770309⟧|M
ORC|RE||⟦I|W26-0044813⟧||||||||⟦I|2218845⟧^⟦N|FENWICK^ALISTAIR^J⟧
OBR|1||⟦I|W26-0044813⟧|CBC^COMPLETE BLOOD COUNT|||⟦D|202601301510⟧|||||||||⟦I|2218845⟧^⟦N|FENWICK^ALISTAIR^J⟧||||||⟦D|202601301640⟧|||F
OBX|1|NM|WBC||2.1|10*3/uL|4.0-11.0|L|||F|||||⟦UN|TCHEN⟧
NTE|1||Critical called to ⟦N|R. Iwasaki⟧ RN at 1641, read back.
`);

note("csv-export", `
encounter_id,patient_name,dob,visit_date,provider,facility,city,phone
⟦I|E9910221⟧,"⟦N|Kowalski, Agnieszka⟧",⟦D|1983-04-19⟧,⟦D|2026-01-20⟧,"⟦N|Ostrowski, Damian⟧ MD",⟦H|Saint Casimir Clinic⟧,⟦C|Hamtramck⟧,⟦P|313-555-0142⟧
⟦I|E9910234⟧,"⟦N|Delgado, Tomas⟧",⟦D|1961-12-02⟧,⟦D|2026-01-20⟧,"⟦N|Ostrowski, Damian⟧ MD",⟦H|Saint Casimir Clinic⟧,⟦C|Hamtramck⟧,⟦P|313-555-0178⟧
⟦I|E9910240⟧,"⟦N|Pruitt, Shanice⟧",⟦D|1999-07-30⟧,⟦D|2026-01-21⟧,"⟦N|Bhandari, Kavya⟧ NP",⟦H|Dearborn Heights Urgent Care⟧,⟦C|Dearborn Heights⟧,⟦P|313-555-0120⟧
⟦I|E9910255⟧,"⟦N|Lindgren, Walter⟧",⟦D|1930-02-11⟧,⟦D|2026-01-21⟧,"⟦N|Bhandari, Kavya⟧ NP",⟦H|Dearborn Heights Urgent Care⟧,⟦C|Dearborn Heights⟧,⟦P|313-555-0193⟧
`);

note("tab-schedule", `
Clinic schedule export   ⟦H|Fox River Pediatrics⟧   ⟦D|2026-02-12⟧
Time	Patient	MRN	Provider	Location	Guardian
08:00	⟦N|Abernethy, Cole⟧	⟦M|FR118304⟧	⟦N|Sato, Hiroko⟧ MD	⟦C|Appleton⟧ office	⟦N|Dana Abernethy⟧ (mother)
08:20	⟦N|Mwangi, Imani⟧	⟦M|FR120977⟧	⟦N|Sato, Hiroko⟧ MD	⟦C|Appleton⟧ office	⟦N|Peter Mwangi⟧ (father)
08:40	⟦N|Vue, Kaylee⟧	⟦M|FR121450⟧	⟦N|Gundersen, Lars⟧ PA	⟦C|Kaukauna⟧ satellite	⟦N|Mai Vue⟧ (grandmother)
09:00	⟦N|Schultz, Brody⟧	⟦M|FR119002⟧	⟦N|Gundersen, Lars⟧ PA	⟦C|Kaukauna⟧ satellite	⟦O|Outagamie County Foster Care⟧
`);

note("phone-log", `
Telephone Encounter
Caller: ⟦N|Wanda Pettigrew⟧ (daughter/DPOA)   Call-back number: ⟦P|(470) 555-0183⟧   Alt: ⟦P|770-555-0136⟧ (work)
Patient: ⟦N|Lorraine Pettigrew⟧   DOB ⟦D|8/19/1934⟧   MRN ⟦M|1190447⟧
Reason: Mother more confused since ⟦DAY|Saturday⟧, not eating. Lives at ⟦H|Magnolia Terrace Assisted Living⟧ on ⟦S|Roswell Rd⟧.
Spoke with ⟦N|Wanda⟧ at 10:12. Advised UA; order faxed to Magnolia Terrace, attn ⟦N|Keisha⟧ (med tech), fax ⟦F|470-555-0199⟧.
Left voicemail for Dr. ⟦N|Castellanos⟧ at 11:05; she returned call at 11:40.
Routed to: ⟦N|Yolanda Briggs⟧, LPN; ⟦N|Imelda Castellanos⟧, MD
Entered by ⟦UN|ybriggs⟧ ⟦D|02/02/2026⟧ 11:47
`);

note("phone-lower", `
tel enc ⟦D|1/27⟧ 3:50p - pt's husband ⟦N|gerald⟧ called, cb ⟦P|508 555 0172⟧. says ⟦N|marian⟧ fell in the kitchen this am, no loc, hip sore.
they are at their camp in ⟦C|rutland⟧ until ⟦DAY|sunday⟧. advised urgent care at ⟦H|rutland regional⟧ or 911 if worse. he will call back.
spoke w/ dr ⟦N|okafor-bell⟧ who agrees. also wants refill of donepezil sent to ⟦O|cvs⟧ on ⟦S|main st⟧ in ⟦C|ware⟧.
-⟦UN|tlarocque⟧ rn
`);

note("home-health-oasis", `
HOME HEALTH SKILLED NURSING VISIT (OASIS-E Recert)
Agency: ⟦O|Minuteman VNA⟧   Branch: ⟦C|Concord⟧   Visit date: ⟦D|02/05/2026⟧   Time in 09:10 / out 10:05
Patient: ⟦N|Harriet Quimby-Shaw⟧   Episode ID ⟦I|HH-2026-00713⟧   Medicare ⟦HP|4TQ9-HR2-MK71⟧
Address: ⟦S|19 Sudbury Road⟧, ⟦C|Maynard⟧, ⟦STATE|MA⟧ ⟦Z|01754⟧ (ranch, 3 steps to side door, no rails)
M1033 risk of hospitalization: history of falls (2 in 6 mo). Caregiver: son-in-law ⟦N|Dev Raman⟧ visits daily; aide from
⟦O|Assabet Home Helpers⟧ M/W/F. If hospice is chosen later, family prefers ⟦O|Hospice at Home⟧ of ⟦C|Acton⟧.
PCP ⟦N|Celeste Armbruster⟧, MD notified of BP 178/92 via ⟦O|Emerson Primary Care⟧ triage line ⟦P|978-555-0158⟧.
Supervisory visit by ⟦N|Renee Laliberte⟧, RN, clinical manager.
Signed: ⟦N|Sofia Papadakis⟧, RN  ⟦D|02/05/2026⟧ 10:31
`);

note("bh-intake", `
Behavioral Health Intake Assessment
Client: ⟦N|Jaylen Whitfield⟧   DOB ⟦D|04/11/2007⟧   Clinician: ⟦N|Meredith Cho⟧, LICSW
Referral: from Officer ⟦N|Dwayne Keller⟧, juvenile probation, ⟦O|Kent County Probation Department⟧ ⟦P|616-555-0151⟧.
Education: senior at ⟦O|Union High School⟧; counselor Ms. ⟦N|Patrice Odom⟧ reports 22 absences since ⟦D|September⟧.
Employment: part-time at ⟦O|Meijer⟧ on ⟦S|Alpine Ave⟧, and on weekends with his uncle's company ⟦O|Whitfield & Sons Roofing⟧.
Housing: staying at ⟦O|Covenant House Michigan⟧ youth shelter since ⟦D|Jan 3⟧ after conflict with mother (⟦N|Tasha Whitfield⟧).
Previously seen at ⟦H|Pine Rest Christian Mental Health Services⟧ (⟦D|2023⟧).
Release signed for ⟦N|Keller⟧ and for the school. Next: ⟦D|2/10/26⟧ with Dr. ⟦N|Saltzman⟧ (psychiatry).
`);

note("ld-note", `
L&D Admission Note   ⟦D|02/08/2026⟧ 04:20
⟦N|Amara Osei⟧, 29 y/o G2P1 at 39w2d, transferred from ⟦H|Willow Springs Birth Center⟧ for prolonged second stage.
Midwife ⟦N|Ruth Ellingson⟧, CNM accompanied; doula ⟦N|Sky Delacourt⟧ (⟦O|Mothering Roots Doula Collective⟧) present.
Partner ⟦N|Kofi Mensah⟧ at bedside, cell ⟦P|612-555-0104⟧. Prior delivery ⟦D|2022⟧ at ⟦H|Abbott Northwestern⟧, SVD.
Prenatal care with Dr. ⟦N|Hannah Birchwood⟧ at ⟦H|Southdale OB/GYN⟧. GBS neg ⟦D|1/14⟧. Rh+.
Plan: pushing trial, OB attending ⟦N|Fatima Qureshi⟧, MD aware; anesthesia (Dr. ⟦N|Ng⟧) for epidural.
Pediatrics team: ⟦N|Obi Nwachukwu⟧, MD.
`);

note("school-nurse", `
School Nurse Note - ⟦O|Jefferson Elementary School⟧, ⟦C|Davenport⟧
Student: ⟦N|Mateo Ibarra⟧, grade 2, DOB ⟦D|06/14/2018⟧
⟦D|1/29/26⟧ 11:15 c/o wheezing after recess. Albuterol 2 puffs from school supply per action plan signed by
Dr. ⟦N|Lindsey Okamura⟧ (⟦H|Genesis Pediatrics⟧). Foster mother ⟦N|Carla Benavides⟧ notified at ⟦P|563-555-0115⟧;
caseworker ⟦N|Ben Ostrander⟧ from ⟦O|Lutheran Services in Iowa⟧ emailed at ⟦E|bostrander@lsi-iowa.example.org⟧.
After school he goes to ⟦O|Little Sprouts Daycare⟧ on ⟦S|Kimberly Road⟧.
- ⟦N|Joan Pfeiffer⟧, RN, school nurse
`);

note("hospice-caps", `
HOSPICE INTERDISCIPLINARY GROUP NOTE   ⟦D|02/11/2026⟧
PATIENT: ⟦N|ELEANOR VANDERMEER⟧   HOSPICE DX: END-STAGE COPD   BENEFIT PERIOD 3 BEGAN ⟦D|01/20/2026⟧
ATTENDING: DR. ⟦N|AMOS GOODMAN⟧   HOSPICE MD: DR. ⟦N|PAULINE STRAND⟧
RN CASE MANAGER ⟦N|TERESA ARCHULETA⟧: PAIN CONTROLLED ON MORPHINE 5 MG Q4H PRN. FAMILY: DAUGHTER ⟦N|JUNE⟧ AND SON-IN-LAW ⟦N|WES KINCAID⟧.
CHAPLAIN REV. ⟦N|ABIGAIL TERRELL⟧: PATIENT ASKED FOR HER PASTOR FROM ⟦O|FIRST REFORMED CHURCH OF HOLLAND⟧, PASTOR ⟦N|DIRK BOSMA⟧.
SOCIAL WORK: FUNERAL PRE-ARRANGED WITH ⟦O|DYKSTRA FUNERAL HOME⟧, ⟦S|1100 WASHINGTON AVE⟧, ⟦C|HOLLAND⟧ (⟦P|616-555-0133⟧).
VOLUNTEER ⟦N|MARGE TEN BRINK⟧ VISITS ⟦DAY|TUESDAYS⟧. AGENCY: ⟦O|HOSPICE OF THE LAKESHORE⟧.
`);

note("dialysis-caps", `
HEMODIALYSIS TREATMENT NOTE - ⟦O|DAVITA RIVERBEND DIALYSIS⟧, STATION 7
PT: ⟦N|BROUSSARD, CLIFTON⟧   MRN ⟦M|RB-554109⟧   TX DATE ⟦D|02/13/2026⟧   MWF 2ND SHIFT
MACHINE FRESENIUS 2008T SN ⟦DEV|7HBF11873⟧. ACCESS: L UE AVF, 15G X2, GOOD THRILL.
PRE WT 88.4 KG, EDW 85.5. UF GOAL 3.0 L. BP 162/88 PRE.
NEPHROLOGIST DR. ⟦N|AUGUSTINE MAYFIELD⟧ ROUNDED. TRANSPORT BY ⟦O|ACADIANA MEDICAL TRANSPORT⟧, PICKUP 11:30 FROM ⟦S|418 RUE DE LA PAIX⟧, ⟦C|LAFAYETTE⟧.
SOCIAL WORKER ⟦N|CHANTAL ROBICHAUX⟧ ASSISTING WITH TRANSPLANT REFERRAL TO ⟦H|OCHSNER⟧.
RN: ⟦N|D. LEBLANC⟧   PCT: ⟦N|K. SONNIER⟧
`);

note("transplant-coord", `
Transplant Coordinator Note - Kidney Pre-Transplant
Candidate: ⟦N|Clifton Broussard⟧   UNOS ID ⟦I|BRC4471⟧   Listing center: ⟦H|Ochsner Multi-Organ Transplant Institute⟧
Referred by ⟦O|DaVita Riverbend Dialysis⟧ (SW ⟦N|Chantal Robichaux⟧). Evaluation ⟦D|03/05/2026⟧ with Dr. ⟦N|Vikram Sethi⟧.
Potential living donor: cousin ⟦N|Renard Guidry⟧, 44, of ⟦C|Opelousas⟧; donor coordinator ⟦N|Lisa Tran⟧ ⟦P|504-555-0197⟧.
Insurance: ⟦O|Humana Gold Plus⟧ member ⟦HP|H48821933⟧, auth pending.
Dental clearance from Dr. ⟦N|Pierre Hebert⟧ DDS received ⟦D|2/4⟧. Colonoscopy ⟦D|2024⟧ at ⟦H|Lafayette General⟧ normal.
- ⟦N|Annette Dupuis⟧, RN, CCTC
`);

note("pt-home-layout", `
Physical Therapy Evaluation - Home Safety
Pt: ⟦N|Ignatius Feeney⟧   Referring: ⟦N|Bronwyn Tate⟧, MD
Home: two-story colonial at ⟦S|34 Larch Lane⟧ in ⟦C|Shrewsbury⟧, corner of ⟦S|Larch Lane⟧ and ⟦S|Prospect St⟧. 5 steps to front entry with
L rail; bedroom and only full bath on 2nd floor (14 steps, R rail). Lives with wife ⟦N|Maureen⟧, who works days at ⟦O|Shrewsbury Public Library⟧.
Recommend: chair lift quote from ⟦O|Central Mass Stairlift⟧; shower chair; first-floor setup until stairs safe.
Outpatient PT at ⟦H|UMass Memorial Rehab - Lincoln Plaza⟧ 2x/wk after home PT ends.
⟦N|Devon Achterberg⟧, PT, DPT   ⟦D|01/30/2026⟧
`);

note("ot-caps", `
OCCUPATIONAL THERAPY DAILY NOTE ⟦D|02/16/2026⟧
PT NAME: ⟦N|GUADALUPE ESCOBEDO⟧   MRN ⟦M|4408812⟧   THERAPIST: ⟦N|SUMMER LAKE⟧, OTR/L
HOME: 2ND FLOOR APARTMENT, ⟦S|2217 S KEDZIE AVE⟧, ⟦C|CHICAGO⟧, NO ELEVATOR. TUB/SHOWER COMBO.
PT'S GRANDSON ⟦N|ADRIAN⟧ (⟦P|773-555-0168⟧) TRAINED IN TUB TRANSFER BENCH USE.
SHE ATTENDS ⟦O|CASA CENTRAL⟧ ADULT DAY PROGRAM ⟦DAY|MON⟧-⟦DAY|THURS⟧.
PLAN: DME ORDER TO ⟦O|MEDLINE AT HOME⟧ FOR BENCH AND GRAB BARS.
CO-SIGNED: ⟦N|FRANK BELL⟧, OTR/L
`);

note("pharmacy-intervention", `
Pharmacy Intervention Note
Pt ⟦N|Odessa Farnsworth⟧ (MRN ⟦M|60231147⟧). Home med list verified with outside pharmacies:
 - ⟦O|Walgreens⟧ #⟦I|07712⟧, ⟦S|2300 N Oracle Rd⟧, ⟦C|Tucson⟧ ⟦P|520-555-0119⟧: apixaban 5 mg BID last filled ⟦D|1/18/26⟧
 - ⟦O|Fry's Pharmacy⟧ on ⟦S|Ina Road⟧: metoprolol succinate 50 mg
 - Mail order ⟦O|Express Scripts⟧: empagliflozin, Rx# ⟦I|4471982305⟧
Intervention: duplicate beta-blocker (metoprolol tartrate ordered on admission). Recommended stopping tartrate; accepted by
Dr. ⟦N|Rutherford⟧ at 14:20. Discussed with pt and husband ⟦N|Clyde⟧.
⟦N|Nadia Haddad⟧, PharmD, BCPS  ⟦P|x4-7719⟧
`);

note("guardianship", `
Social Work Note - Guardianship
Pt ⟦N|Reginald Ashby⟧ lacks capacity per psychiatry (Dr. ⟦N|Milica Jovanovic⟧, ⟦D|12/19/2025⟧).
Temporary guardian appointed by ⟦O|Cuyahoga County Probate Court⟧, case no. ⟦I|2025GRD004417⟧, on ⟦D|January 8, 2026⟧:
Attorney ⟦N|Leonard Fishbein⟧, ⟦O|Fishbein & Moss LLC⟧, ⟦S|1300 E 9th St⟧, ⟦C|Cleveland⟧ ⟦P|216-555-0126⟧.
Brother ⟦N|Cyrus Ashby⟧ (⟦C|Akron⟧) contests; hearing set ⟦D|2/24/2026⟧. APS caseworker ⟦N|Yvonne Strickland⟧ involved.
Placement search: ⟦H|Eliza Jennings Senior Care⟧, ⟦H|Menorah Park⟧ - both wait-listed.
⟦N|Gabriela Ferris⟧, LISW-S
`);

note("interpreter", `
Interpreter services: Vietnamese, in person. Interpreter ⟦N|Thu Huong Pham⟧ (ID ⟦I|INT-3391⟧), ⟦O|Certified Languages Network⟧.
Patient ⟦N|Nguyen Van Loc⟧ and his daughter ⟦N|Nguyen Thi Kim⟧ present. Consent for EGD reviewed with Dr. ⟦N|Halvorsen⟧.
Earlier phone interpretation via ⟦O|LanguageLine⟧, interpreter #⟦I|241187⟧, ⟦D|02/03/2026⟧ 08:45.
Daughter's number for future scheduling: ⟦P|714-555-0145⟧. Family lives in ⟦C|Westminster⟧ near ⟦LO|Asian Garden Mall⟧.
`);

note("ambulance-caps", `
PATIENT CARE REPORT   ⟦O|NORTHEAST FIRE DISTRICT⟧ RESCUE 3   INCIDENT # ⟦I|26-004417⟧
DATE ⟦D|02/07/2026⟧   DISPATCHED 06:12   ON SCENE 06:19   TRANSPORT 06:41   AT DEST 06:58
LOCATION: ⟦S|4410 OLD TOWN RD⟧, ⟦C|MOUNT PLEASANT⟧ - PRIVATE RESIDENCE
PT: ⟦N|CARRINGTON, HAROLD⟧   AGE ⟦A|91⟧   DOB ⟦D|05/30/1934⟧
CC: SOB. WIFE ⟦N|BEVERLY⟧ STATES HE WOKE UP "GASPING". HX CHF, AFIB ON ELIQUIS.
CPAP 10 CM, NTG 0.4 SL X2. SPO2 84 -> 95.
DEST: ⟦H|EAST COOPER MEDICAL CENTER⟧, REPORT TO ⟦N|SHAWNA PRICE⟧ RN.
CREW: ⟦N|T. BAXLEY⟧ (PARAMEDIC, LIC ⟦I|P-22019⟧), ⟦N|R. MUNGO⟧ (EMT-B)
`);

note("wound-care", `
Wound Care Consult   ⟦D|02/10/2026⟧
Pt: ⟦N|Augustin Lemaire⟧   Unit 7B
Stage 4 sacral pressure injury, 6.2 x 4.8 x 2.1 cm, tunneling 3 cm at 12 o'clock. Photos taken with wound camera ⟦DEV|WC-iPad-0447⟧,
serial ⟦DEV|DMPX38Q1HG7K⟧, uploaded to chart (image IDs ⟦I|IMG-20260210-0091⟧ through -0094).
Recommend NPWT at 125 mmHg via ⟦O|KCI⟧; low air loss mattress. Dietitian ⟦N|Rebekah Stoltz⟧, RD consulted.
Wife ⟦N|Solange⟧ asked about wound clinic near home in ⟦C|Woonsocket⟧: referred to ⟦H|Landmark Wound Center⟧.
⟦N|Fern Castellano⟧, RN, CWOCN
`);

note("critical-callback-caps", `
CRITICAL VALUE NOTIFICATION LOG - ⟦H|MERIDIAN LABS⟧
ACCESSION ⟦I|C26-118842⟧   COLLECTED ⟦D|02/14/26⟧ 05:10   RESULTED 05:52
PATIENT ⟦N|PRZYBYLSKI, WANDA⟧   MRN ⟦M|00877140⟧   LOC: 4 WEST
TEST: POTASSIUM 6.9 MMOL/L (CRITICAL)
CALLED TO: ⟦N|J. ABERNATHY⟧, RN AT 05:55, READ BACK VERIFIED. ORDERING: DR. ⟦N|WILL SPRING⟧.
CALLED BY: MLT ⟦N|D. KOVAC⟧ (TECH ID ⟦UN|DKOVAC2⟧)
REPEAT ACCESSION ⟦I|C26-118901⟧: K 5.1 (HEMOLYZED FIRST SAMPLE).
`);

note("radiology-caps", `
CT CHEST WITH CONTRAST
EXAM DATE: ⟦D|02/15/2026⟧   ACCESSION: ⟦I|RAD88412057⟧
PATIENT: ⟦N|HOLLISTER, MAEVE⟧   MRN: ⟦M|33019472⟧   ORDERING: ⟦N|DESMOND KNIGHT⟧, MD
CLINICAL HISTORY: 67 YO F, FOLLOW-UP RUL NODULE.
COMPARISON: CT ⟦D|3/4/2024⟧ AT ⟦H|ST. LUKE'S ANDERSON CAMPUS⟧; PET/CT ⟦D|06/11/2024⟧ AT ⟦H|LEHIGH VALLEY HOSPITAL-CEDAR CREST⟧.
FINDINGS: 9 MM SPICULATED RUL NODULE, PREVIOUSLY 6 MM. NO ADENOPATHY.
IMPRESSION: INTERVAL GROWTH, LUNG-RADS 4B. RECOMMEND PET/CT OR TISSUE SAMPLING.
FINDINGS DISCUSSED WITH DR. ⟦N|KNIGHT⟧ BY PHONE ⟦D|02/15/2026⟧ 16:20.
READ BY: ⟦N|PRIYANKA VENKATARAMAN⟧, MD   SIGNED ⟦D|02/15/2026⟧ 16:31   WORKSTATION RAD-WS14
`);

note("radiology-mixed", `
MRI Lumbar Spine without contrast
Indication: low back pain with L leg radiculopathy; referred by ⟦N|Carmen Ibáñez⟧, PA-C (⟦H|Valley Spine & Pain⟧).
Comparison: Lumbar spine radiographs ⟦D|11/2/2025⟧ from ⟦H|Banner Urgent Care - Gilbert⟧; outside MRI ⟦D|2019⟧ (⟦H|SimonMed Imaging Scottsdale⟧), report only.
Findings: L4-5 broad-based disc bulge with moderate left foraminal narrowing.
Dictated by ⟦N|Roland Achebe⟧, MD. Transcribed by ⟦N|jlm⟧. Signed ⟦D|02/18/2026⟧ 09:02.
`);

note("addendum", `
ADDENDUM ⟦D|02/12/2026⟧ 18:04
Late entry for visit of ⟦D|02/11/2026⟧. Patient's sister ⟦N|Georgette Lyle⟧ called after the visit to report that
the patient also takes turmeric from ⟦O|Sprouts⟧. Updated med list. No change to plan.
Electronically signed by ⟦N|Harold Ng⟧, MD on ⟦D|02/12/2026⟧ at 18:06 (⟦UN|hng4⟧)
Cosigned by ⟦N|Ingrid Moller⟧, MD ⟦D|02/13/2026⟧ 07:55
Addendum 2 ⟦D|02/13/2026⟧ 09:10 by ⟦UN|kpatel3⟧ (⟦N|Kiran Patel⟧, RN): prior auth for CT submitted to ⟦O|Aetna⟧, ref ⟦I|PA-7719024⟧.
`);

note("portal-lower", `
hi dr ⟦N|wexler⟧, this is ⟦N|bernadette keane⟧ (dob ⟦D|3/3/71⟧). my new insurance through ⟦O|harvard pilgrim⟧ starts ⟦D|feb 1⟧ and the
pharmacy at ⟦O|stop & shop⟧ in ⟦C|braintree⟧ says the ozempic needs a prior auth. my husband ⟦N|kevin⟧ can pick it up.
also i moved, new address is ⟦S|88 pond st apt 2⟧, ⟦C|weymouth⟧ ⟦Z|02190⟧. cell is ⟦P|781-555-0150⟧. thank you!!
`);

note("portal-reply", `
Portal message reply - ⟦D|02/04/2026⟧
Hi Ms. ⟦N|Keane⟧, thanks for the update. I sent the prior authorization to ⟦O|Harvard Pilgrim⟧ today and changed your
address in the chart. Our referral coordinator ⟦N|Lourdes⟧ will call you at ⟦P|781-555-0150⟧ about the sleep study at
⟦H|South Shore Hospital⟧. - Dr. ⟦N|Ari Wexler⟧, ⟦H|Granite Street Internal Medicine⟧
`);

note("ed-triage-caps", `
ED TRIAGE NOTE ⟦D|02/19/2026⟧ 22:14   ⟦H|CHRISTUS SANTA ROSA WESTOVER HILLS⟧
PT ⟦N|ESTRADA, JOSUE⟧ DOB ⟦D|09/09/1990⟧ ARRIVED BY POV WITH GIRLFRIEND ⟦N|KARINA SOLIS⟧.
CC: L HAND LACERATION AT WORK (⟦O|H-E-B⟧ DISTRIBUTION CENTER, BOX CUTTER). WORKERS COMP; SUPERVISOR ⟦N|RAY GUERRA⟧ ⟦P|210-555-0187⟧.
TETANUS UNKNOWN. NO BLOOD THINNERS. ESI 4.
TRIAGE RN ⟦N|MAY CHRISTIAN⟧. ASSIGNED TO FAST TRACK, DR. ⟦N|PARK⟧.
`);

note("case-mgmt-caps", `
CASE MANAGEMENT PROGRESS NOTE ⟦D|02/20/2026⟧
PT: ⟦N|LUNDQUIST, ARVID⟧   PAYER: ⟦O|MEDICA⟧ MBR ⟦HP|110448230⟧
SNF REFERRALS SENT VIA ALLSCRIPTS CAREPORT TO: ⟦H|BENEDICTINE LIVING - ST PETER⟧, ⟦H|GOOD SAMARITAN SOCIETY - ST. PETER⟧, ⟦H|LAKE CRYSTAL HEALTHCARE CENTER⟧ (DECLINED).
BED OFFER FROM ⟦H|GOOD SAMARITAN SOCIETY - ST. PETER⟧, CONTACT ⟦N|HOLLY FROST⟧ ADMISSIONS ⟦P|507-555-0116⟧ EXT 3.
PT'S WIFE ⟦N|INGRID⟧ AGREEABLE. SON ⟦N|ERIK LUNDQUIST⟧ (POA) IN ⟦C|FARGO⟧ ⟦STATE|ND⟧ CONSENTED BY PHONE ⟦P|701-555-0102⟧.
TRANSPORT: ⟦O|GOLD CROSS AMBULANCE⟧ 13:00 ⟦D|2/21⟧.
⟦N|DAWN WOLF⟧, RN CM   EXT 4410
`);

note("signout-lower", `
night signout ⟦D|2/18⟧ - 4w
rm 412 ⟦N|thornquist⟧ - cards following, if trop rises page dr ⟦N|amato⟧ (cards fellow) ⟦P|x5521⟧. wife ⟦N|linnea⟧ staying overnight.
rm 415 ⟦N|okeke, ifeoma⟧ - dka resolved, transition to sq insulin in am. endo dr. ⟦N|bautista⟧ signed off.
rm 420 mr. ⟦N|delvecchio⟧ - etoh wd, ciwa q4. sister ⟦N|angela⟧ from ⟦C|cranston⟧ is contact.
-⟦N|sk⟧ (⟦N|suresh kannan⟧, pgy2)
`);

note("discharge-instr-caps", `
DISCHARGE INSTRUCTIONS - ⟦H|MEMORIAL HERMANN KATY HOSPITAL⟧
PATIENT: ⟦N|TRAN, BAO NGOC⟧   DISCHARGE DATE: ⟦D|02/21/2026⟧
YOUR FOLLOW-UP APPOINTMENTS:
  DR. ⟦N|JOY BRIGHT⟧ (PRIMARY CARE)   ⟦D|02/26/2026⟧ 1:30 PM   ⟦S|23920 KATY FWY STE 310⟧, ⟦C|KATY⟧ ⟦STATE|TX⟧ ⟦Z|77494⟧   ⟦P|281-555-0173⟧
  DR. ⟦N|MARTIN STONE⟧ (GI)   ⟦D|03/04/2026⟧ 9:00 AM   ⟦H|HOUSTON DIGESTIVE CENTER⟧   ⟦P|713-555-0160⟧
CALL ⟦P|281-555-0100⟧ IF YOU HAVE FEVER OVER 101, BLOODY STOOL OR SEVERE PAIN.
YOUR NURSE TODAY WAS ⟦N|CRYSTAL MEADOWS⟧, RN.
`);

note("cardiology-letter", `
⟦H|Tidewater Heart & Vascular⟧
⟦S|880 Kempsville Road, Suite 2200⟧, ⟦C|Norfolk⟧, ⟦STATE|VA⟧ ⟦Z|23502⟧

⟦D|February 6, 2026⟧

Dear Dr. ⟦N|Blackwood⟧,
Thank you for referring Mr. ⟦N|Lamont Everette⟧ (DOB ⟦D|10/12/1955⟧) for palpitations. Holter (device ⟦DEV|BH-2210947⟧) worn
⟦D|1/26⟧-⟦D|1/28⟧ showed paroxysmal SVT. He is a deacon at ⟦O|Mount Olive Baptist Church⟧ and drives for ⟦O|Hampton Roads Transit⟧.
We will see him again on ⟦D|March 12⟧. cc: ⟦N|Lamont Everette⟧, ⟦S|415 Colley Ave⟧, ⟦C|Norfolk⟧
Sincerely, ⟦N|Vanessa Oduya⟧, MD, FACC
`);

note("sleep-study-caps", `
POLYSOMNOGRAPHY REPORT   ⟦H|SLEEPWELL DIAGNOSTICS OF AUGUSTA⟧
PATIENT: ⟦N|WENDELL PIERCE-ODOM⟧   DOB ⟦D|07/04/1972⟧   STUDY DATE ⟦D|02/02/2026⟧
REFERRING: ⟦N|MERCY LAMB⟧, NP, ⟦H|COLUMBIA COUNTY FAMILY PRACTICE⟧
AHI 38.4/H, NADIR SPO2 79%. SEVERE OSA. CPAP TITRATION RECOMMENDED.
SCORED BY ⟦N|T. WINSLOW⟧, RPSGT. INTERPRETED BY ⟦N|BENJAMIN FAIRCLOTH⟧, MD, D-ABSM.
DME: ⟦O|APRIA⟧ ⟦C|AUGUSTA⟧ BRANCH ⟦P|706-555-0138⟧.
`);

note("hl7-lower-adt", `
pid|1||⟦M|77120394⟧^^^mrn||⟦N|okonjo^chidi^a⟧||⟦D|19880617⟧|m|||⟦S|5 harbor view dr⟧^^⟦C|gloucester⟧^⟦STATE|ma⟧^⟦Z|01930⟧||⟦P|978-555-0121⟧
pv1|1|e|ed^^^⟦H|addison gilbert⟧||||⟦I|3318820⟧^⟦N|sorrentino^vincent⟧^^^^md
`);

note("consult-mixed", `
Infectious Disease Consult   ⟦D|02/22/2026⟧
Requested by: Dr. ⟦N|Rose Young⟧ (hospitalist)   Reason: MRSA bacteremia
HPI: 52M from ⟦C|Elyria⟧, works as a welder at ⟦O|Lorain Tubular Works⟧. Recent travel to ⟦COUNTRY|Mexico⟧ ⟦D|December⟧ (⟦C|Puerto Vallarta⟧).
Girlfriend ⟦N|Dolores Ocampo⟧ reports he had a boil drained at ⟦H|MinuteClinic⟧ in ⟦C|Avon Lake⟧ on ⟦D|2/1⟧.
TEE ⟦D|2/21⟧ (Dr. ⟦N|Hunter Lane⟧): no vegetation. Outside cultures from ⟦H|Mercy Health Lorain⟧ requested, ref ⟦I|ML-220917⟧.
⟦N|Beatriz Campos⟧, MD - ID fellow, pager ⟦P|440-555-0199⟧; attending Dr. ⟦N|Warren Fairbanks⟧.
`);

note("methadone-caps", `
OTP DOSING NOTE - ⟦O|RIVERSIDE RECOVERY SERVICES⟧
CLIENT ⟦N|DEMARCO, ANTHONY⟧   CLIENT ID ⟦I|RRS-10447⟧   ⟦D|02/17/2026⟧
DOSE 110 MG OBSERVED. TAKE-HOMES X2 FOR ⟦DAY|SATURDAY⟧/⟦DAY|SUNDAY⟧ APPROVED BY DR. ⟦N|GLEN BROOKS⟧.
COUNSELOR ⟦N|HEATHER STONE⟧ NOTES CLIENT STARTED WORK AT ⟦O|PENN STEEL FABRICATORS⟧ IN ⟦C|READING⟧.
PROBATION OFFICER ⟦N|MARK WHEELER⟧ (⟦O|BERKS COUNTY ADULT PROBATION⟧) REQUESTED UDS RESULTS; ROI ON FILE ⟦D|1/30/26⟧.
NURSE ⟦N|L. AMBROSE⟧
`);

write();
