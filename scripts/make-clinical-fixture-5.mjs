// Why this file exists: builds test/fixtures/clinical-notes-5.jsonl, a fifth labelled set of clinical notes written by
// hand to measure blind generalisation after four rounds of rules, in styles fixtures 1-4 cover little: pathology and
// radiology reports (accession numbers, referring physicians, "Electronically signed by"), operative notes (surgeon,
// assistant and anesthesia lists), ED triage and EMS run sheets (unit numbers, street corners, mile markers, towns),
// telephone encounters and patient-portal messages (lower case, chat-like), medication reconciliation with pharmacies
// and store numbers, insurance and billing text (member IDs, group numbers, plan names), death and hospice notes with
// ages over 89, social work notes (relatives, employers, schools, churches), VA notes (facilities, service numbers),
// names of many origins (Vietnamese, Nigerian, Indian, Arabic, Polish, Korean, Hispanic double surnames, hyphenated),
// ALL CAPS notes, and names that are also English words (Faith, Joy, Rose, Hope, Will, Bill, Mark, Grant, Young, Brown,
// White, Price, Rich, Love, Hunt, Page, Frank) beside those words used as words, with eponyms, drugs, anatomy, "may"
// and units as hard negatives. Every name, place and number is invented here; nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3 and 4 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-5.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-5.jsonl", "make-clinical-fixture-5");

// ---------------------------------------------------------------------------------------------------------------
note("path-surgical", `
SURGICAL PATHOLOGY REPORT
Accession #: ⟦I|SP-93-017742⟧          Collected: ⟦D|03/11/2093⟧  Received: ⟦D|03/12/2093⟧
Patient: ⟦N|Nguyen, Thi Hoa⟧           MRN: ⟦M|40917735⟧   DOB: ⟦D|06/21/1957⟧
Referring physician: ⟦N|Oluwaseun Adebayo-Price⟧, MD
Copy to: ⟦N|Grant Whitaker⟧, MD, ⟦H|Merrimack Valley Surgical Group⟧

Specimen: A. Gallbladder, cholecystectomy. B. Lymph node, cystic duct.
Gross: Received in formalin labeled with the patient's name and "gallbladder" is a 7.2 x 3.1 x 2.5 cm gallbladder. Multiple yellow-brown faceted stones. Representative sections in cassettes A1-A4.
Microscopic: Chronic cholecystitis with Rokitansky-Aschoff sinuses. No dysplasia.
Final diagnosis: A. Chronic cholecystitis and cholelithiasis. B. One benign lymph node (0/1).

Grossed by: ⟦N|K. Tran⟧, PA(ASCP)
Electronically signed by ⟦N|Marguerite Dumont-Sato⟧, MD on ⟦D|03/14/2093⟧ at 11:42
`);

note("radiology-ct", `
CT ABDOMEN AND PELVIS WITH CONTRAST
Exam date: ⟦D|Jan 9, 2094⟧   Accession: ⟦I|CT2094-0031187⟧   Ordering: ⟦N|Rajesh Venkataraman⟧, MD
Patient: ⟦N|Bogusława Kowalczyk⟧  Age: 66  Sex: F  MRN: ⟦M|7720381⟧
Location: ⟦H|St. Casimir Hospital⟧ Emergency Department

CLINICAL HISTORY: RLQ pain, fever.
COMPARISON: CT ⟦D|08/02/2091⟧ from ⟦H|Holyoke Medical Center⟧.
FINDINGS: The appendix is dilated to 13 mm with periappendiceal fat stranding. No abscess. Liver, spleen, pancreas and adrenals unremarkable. Simple cyst in the right kidney, Bosniak 1. Small hiatal hernia. Morison pouch clear.
IMPRESSION: Acute uncomplicated appendicitis.
Critical result called to Dr. ⟦N|Hunt⟧ in the ED by ⟦N|Paul Brandstetter⟧ at 02:14 on ⟦D|1/9/94⟧, read back confirmed.

Dictated by: ⟦N|Paul Brandstetter⟧, MD, Radiology Resident
Electronically signed by: ⟦N|Yoon-Ji Park⟧, MD  ⟦D|01/09/2094⟧ 07:55
`);

note("radiology-caps", `
MAMMOGRAM BILATERAL SCREENING
PATIENT: ⟦N|ABDULLAH-HARRIS, JOY⟧     MRN: ⟦M|00381264⟧     EXAM DATE: ⟦D|04/02/2093⟧
REFERRING: ⟦N|FAITH OKONKWO⟧, NP - ⟦H|DORCHESTER WOMEN'S HEALTH CENTER⟧
ACC: ⟦I|MG93-44182⟧
COMPARISON: ⟦D|03/28/2092⟧, ⟦D|03/15/2091⟧.
BREAST COMPOSITION: HETEROGENEOUSLY DENSE.
FINDINGS: NO SUSPICIOUS MASS, CALCIFICATIONS OR ARCHITECTURAL DISTORTION. STABLE BENIGN-APPEARING LEFT AXILLARY LYMPH NODE.
IMPRESSION: BI-RADS 1 NEGATIVE. RECOMMEND ANNUAL SCREENING. A LETTER WAS SENT TO THE PATIENT.
READ BY: ⟦N|MARK LOVE⟧, M.D.   SIGNED ⟦D|04/03/2093⟧ 09:10
`);

note("op-note-lists", `
OPERATIVE REPORT
Date of surgery: ⟦D|02/17/2092⟧
Patient: ⟦N|Chukwuemeka Eze⟧   MRN ⟦M|5561203⟧
Surgeon: ⟦N|Anneliese Brown⟧, MD
Assistant(s): ⟦N|Farid Haddad⟧, MD (resident); ⟦N|Jolene Pike⟧, PA-C
Anesthesia: general endotracheal. Anesthesiologist: ⟦N|Dmitri Volkov⟧, MD; CRNA ⟦N|Hope Castellano⟧
Preoperative diagnosis: Right inguinal hernia.
Postoperative diagnosis: Same, indirect.
Procedure: Laparoscopic TEP right inguinal hernia repair with mesh.
Findings: Indirect hernia sac, Nyhus type II. Cooper ligament exposed.
EBL: minimal. Specimens: none. Drains: none. Implants: polypropylene mesh 15 x 15 cm, lot ⟦DEV|PM7731X⟧.
Counts correct x2. Patient extubated and taken to PACU in stable condition.
Dr. ⟦N|Brown⟧ was present and scrubbed for the entire procedure.
`);

note("op-note-caps", `
OPERATIVE NOTE
DATE: ⟦D|11/30/2093⟧
SURGEON: ⟦N|WILLIAM T. PAGE⟧, M.D.
FIRST ASSISTANT: ⟦N|ROSE MARIE DUBOIS⟧, R.N.F.A.
ANESTHESIA: ⟦N|J. SZCZEPANSKI⟧, M.D. / ⟦N|T. ACHTERBERG⟧, CRNA
PROCEDURE: LEFT TOTAL KNEE ARTHROPLASTY.
INDICATIONS: THE PATIENT IS A 71-YEAR-OLD MAN WITH END-STAGE OSTEOARTHRITIS WHO HAS FAILED CONSERVATIVE TREATMENT.
DESCRIPTION: AFTER A FEMORAL NERVE BLOCK, THE PATIENT WAS PLACED SUPINE. A TOURNIQUET WAS INFLATED TO 300 MMHG. A MEDIAL PARAPATELLAR ARTHROTOMY WAS MADE. THE COMPONENTS (ZIMMER PERSONA) WERE CEMENTED. THE WOUND WAS CLOSED IN LAYERS WITH STAPLES.
ESTIMATED BLOOD LOSS: 150 ML.
DR. ⟦N|PAGE⟧ WILL SEE THE PATIENT IN CLINIC IN TWO WEEKS AT ⟦H|NORTH SHORE ORTHOPEDICS⟧.
`);

note("ed-triage", `
ED TRIAGE NOTE   ⟦D|07/04/2092⟧ 23:48   Triage RN: ⟦N|Bich Ngoc Pham⟧
Arrived by ⟦O|Lowell Fire Department⟧ ambulance with ⟦N|Tyrell Grant⟧, 19 y/o M, GSW to L thigh sustained at the corner of ⟦S|Gorham St and Central St⟧ per EMS. Police (Officer ⟦N|Quintero⟧, badge ⟦I|4471⟧) at bedside.
Mother ⟦N|Lakisha Grant⟧ en route, ⟦P|978-555-0170⟧.
Vitals: HR 118, BP 104/66, RR 22, SpO2 99% RA. Pain 8/10. Tourniquet applied by EMS at 23:20.
ESI 1. Trauma alert called. Attending Dr. ⟦N|Wilhelmina Frank⟧ notified.
`);

note("ems-run-sheet", `
EMS PATIENT CARE REPORT
Agency: ⟦O|Tri-Town Ambulance⟧   Unit: Medic 12   Run #: ⟦I|24-118093⟧   Date: ⟦D|09/19/2093⟧
Crew: ⟦N|D. Marchetti⟧ (Paramedic), ⟦N|S. Oyelaran⟧ (EMT-B)
Dispatched 14:02 to MVC, ⟦S|I-495⟧ northbound at ⟦LO|mile marker 88⟧, ⟦C|Boxborough⟧. On scene 14:11.
Pt: ⟦N|Eleanor Rich⟧, ⟦A|91⟧ y/o F, restrained driver, airbag deployed. GCS 15. c/o chest wall pain from seatbelt.
Secondary unit from ⟦C|Harvard⟧ FD assisted with extrication. Husband ⟦N|Walter Rich⟧ (passenger) transported separately by Medic 7.
Transported to ⟦H|Emerson Hospital⟧ in ⟦C|Concord⟧, report called to charge RN ⟦N|Amy⟧. Pt's home address ⟦S|14 Old Littleton Road⟧, ⟦C|Stow⟧.
Signed: ⟦N|Dominic Marchetti⟧, NRP
`);

note("ems-caps", `
RUN REPORT - ⟦O|CITY OF WORCESTER EMS⟧ - AMBULANCE 4
DATE ⟦D|12/24/2091⟧  INCIDENT ⟦I|2091-558120⟧
LOCATION: ⟦S|MAIN ST AND 5TH AVE⟧, OUTSIDE ⟦O|DUNKIN DONUTS⟧
PT FOUND ON SIDEWALK BY BYSTANDER. PT IS ⟦N|HECTOR RUIZ GALLARDO⟧, KNOWN TO CREW, HX ETOH.
NARCAN NOT GIVEN. BGL 62, D10 250 ML GIVEN WITH IMPROVEMENT.
TRANSPORTED TO ⟦H|UMASS MEMORIAL⟧ UNIVERSITY CAMPUS. CARE TRANSFERRED TO RN ⟦N|COLLEEN WHITE⟧.
CREW: ⟦N|BRENNAN⟧ / ⟦N|OKAFOR⟧
`);

note("telephone-encounter", `
Telephone Encounter
⟦D|5/2/2093⟧ 9:14 AM
Caller: ⟦N|Minh Tran⟧ (son)   Relationship: son   Callback: ⟦P|(508) 555-0128⟧
Reason for call: mom (⟦N|Lan Tran⟧) fell at home last night, now c/o L hip pain, able to walk w/ walker. No head strike.
Per protocol advised to be seen today. Appt made with Dr. ⟦N|Okoro⟧ 2:40 PM. Son will bring her. Also asks for refill of amlodipine to ⟦O|CVS⟧ on ⟦S|Main St⟧ in ⟦C|Shrewsbury⟧.
Routed to: ⟦N|Chinedu Okoro⟧, MD
⟦N|Jess Kowalski⟧, LPN
`);

note("portal-messages", `
Patient portal message thread
From: ⟦N|Priya Raghunathan⟧ (patient)  Sent: ⟦D|8/14/2092⟧ 10:02 PM
hi dr ⟦N|fitzgerald⟧, sorry to bother u. my sugars have been running 250s since i started the prednisone last week, is that normal?? should i take more of the lantus? my husband ⟦N|arjun⟧ says i should go to urgent care lol. also my new email is ⟦E|priya.r1979@examplemail.com⟧ thanks!!

From: ⟦N|Sean Fitzgerald⟧, MD  Sent: ⟦D|8/15/2092⟧ 7:31 AM
Hi ⟦N|Priya⟧, thanks for reaching out. Prednisone commonly raises blood sugar. Please increase Lantus from 20 to 24 units at bedtime and keep checking. If sugars go above 400 or you feel unwell, go to urgent care. My nurse ⟦N|Gabby⟧ will call you tomorrow.

From: ⟦N|Priya Raghunathan⟧  Sent: ⟦D|8/15/2092⟧ 8:05 AM
ok will do. thank u so much!! ps ⟦N|arjun⟧ says hi
`);

note("portal-lower-chat", `
msg from pt: hey its ⟦N|kenny⟧ again. the physical therapist ⟦N|joy⟧ at the ⟦O|ymca⟧ on ⟦S|park ave⟧ said my knee is swelling more after exercise. she wants u to order an xray. can i get it done at ⟦H|milford regional⟧?? i work at ⟦O|home depot⟧ till 5 so after that is best. my cell is ⟦P|508 555 0164⟧
reply by rn ⟦N|tmh⟧: hi ⟦N|kenny⟧, dr ⟦N|singh⟧ placed the order for knee xr, you can walk in at ⟦H|milford regional⟧ imaging mon-fri 7a-7p. ice and elevate. please call if fever or redness.
`);

note("med-rec-pharmacy", `
MEDICATION RECONCILIATION   Admit date ⟦D|10/06/2093⟧
Patient: ⟦N|Gertrude Hoffmann⟧   DOB ⟦D|01/30/1936⟧   MRN ⟦M|6203347⟧
Source: patient, daughter ⟦N|Ilse Brandt⟧, and pharmacy fill history.
Preferred pharmacy: ⟦O|Walgreens⟧ #⟦I|07512⟧, ⟦S|410 Elm St⟧, ⟦C|Framingham⟧ ⟦STATE|MA⟧, ph ⟦P|508-555-0141⟧, fax ⟦F|508-555-0142⟧
Mail order: ⟦O|OptumRx⟧ (90-day supplies)
Home medications:
- metoprolol succinate 50 mg PO daily (last fill ⟦D|9/20⟧)
- apixaban 5 mg PO BID
- levothyroxine 75 mcg PO daily - pt takes brand Synthroid
- vitamin D3 2000 units daily
- may take acetaminophen 500 mg q6h prn pain, max 3 g/day
Discrepancy: pt stopped simvastatin in ⟦D|August⟧ (muscle aches). Discussed with Dr. ⟦N|Lindqvist⟧.
Reconciled by ⟦N|Hana Mirza⟧, PharmD, ext. ⟦P|4-7702⟧
`);

note("med-rec-caps", `
HOME MEDICATION LIST - REVIEWED ⟦D|02/02/2094⟧
PT: ⟦N|STANISLAW WOJCIECHOWSKI⟧  MRN ⟦M|3340917⟧
PHARMACY: ⟦O|RITE AID⟧ STORE ⟦I|10488⟧ ON ⟦S|BOSTON POST RD⟧, ⟦C|MARLBOROUGH⟧  ⟦P|508-555-0119⟧
1. WARFARIN 5 MG DAILY EXCEPT 7.5 MG MON/THU (INR CLINIC: ⟦H|MARLBOROUGH HOSPITAL⟧ ANTICOAG, ⟦N|BETH KING⟧ RN)
2. FUROSEMIDE 40 MG BID
3. TIOTROPIUM 18 MCG INH DAILY
4. ALBUTEROL HFA 2 PUFFS Q4H PRN
WIFE ⟦N|HALINA⟧ FILLS PILLBOX WEEKLY. PT MAY NEED BLISTER PACKS.
`);

note("insurance-billing", `
Registration / Financial Clearance   ⟦D|03/03/2093⟧
Guarantor: ⟦N|Osagie Idahosa⟧ (self)   Address: ⟦S|88 Quincy Shore Drive, Apt 4B⟧, ⟦C|Quincy⟧ ⟦STATE|MA⟧ ⟦Z|02171⟧
Primary insurance: ⟦O|Harvard Pilgrim Health Care⟧ HMO   Member ID: ⟦HP|HPX448019273⟧   Group #: ⟦I|G0072219⟧
Secondary: ⟦O|MassHealth⟧ Standard   ID ⟦HP|100338817624⟧
Subscriber employer: ⟦O|Brigham Circle Auto Body⟧
Prior auth for MRI lumbar spine: approved, auth # ⟦I|PA93-7718204⟧, valid through ⟦D|04/02/2093⟧.
Copay collected $40, receipt ⟦I|R-0049127⟧. Financial counselor: ⟦N|Wendy Larochelle⟧ ⟦P|617-555-0102⟧.
Patient SSN on file: ⟦SSN|034-55-8819⟧.
`);

note("billing-caps-denial", `
CLAIM DENIAL REVIEW
CLAIM NO: ⟦I|7730192884⟧   DOS: ⟦D|01/14/2093⟧   PAYER: ⟦O|BLUE CROSS BLUE SHIELD OF MASSACHUSETTS⟧
MEMBER: ⟦N|LUIS ALBERTO FERNANDEZ OCHOA⟧   MEMBER ID: ⟦HP|XJF802291044⟧   GROUP: ⟦I|004417⟧
RENDERING PROVIDER: ⟦N|HYUN-WOO CHOI⟧, MD   NPI ⟦I|1487712093⟧
REASON: CO-50 NOT MEDICALLY NECESSARY. APPEAL LETTER FAXED TO ⟦F|800-555-0199⟧ ON ⟦D|02/01/2093⟧ BY ⟦N|T. NOWAK⟧.
`);

note("death-note", `
Death Note
Called to bedside by RN ⟦N|Faith Adeyemi⟧ at 04:12 on ⟦D|6/19/2093⟧ for absent respirations.
Pt ⟦N|Cornelius Vanderhoof⟧, a ⟦A|97⟧-year-old man with metastatic prostate cancer on comfort measures, was found unresponsive. No spontaneous respirations, no heart sounds for one full minute, no pupillary light reflex, no response to painful stimuli. Time of death 04:19.
Family: granddaughter ⟦N|Rose Vanderhoof-Lutz⟧ at bedside; son ⟦N|Pieter⟧ notified by phone ⟦P|(860) 555-0137⟧.
Medical examiner not notified (expected death). Autopsy declined. Funeral home: ⟦O|Mulcahy-Ferreira Funeral Home⟧, ⟦C|Westfield⟧.
Attending Dr. ⟦N|Amadou Diallo⟧ notified. ⟦N|Lucas Ferreira⟧, MD (night float)
`);

note("hospice-admission", `
HOSPICE ADMISSION ASSESSMENT
Patient: ⟦N|Beatriz Salgado de la Cruz⟧, ⟦A|93⟧ y.o. female, admitted ⟦D|Sept 2, 2092⟧ to ⟦O|Cranberry Coast Hospice⟧
Terminal dx: Alzheimer dementia FAST 7c. Also CKD 4, prior CVA. PPS 30%.
Lives with daughter ⟦N|Marisol Salgado⟧ and son-in-law ⟦N|Ernesto Villalobos⟧ at ⟦S|23 Cranberry Highway⟧, ⟦C|Wareham⟧. Other children: ⟦N|Ana Lucía⟧ in ⟦C|Fall River⟧, ⟦N|Javier⟧ (deceased ⟦D|2089⟧).
Parish: ⟦O|St. Patrick's Church⟧, Fr. ⟦N|Oyelowo⟧ visits monthly.
DME: hospital bed and air mattress from ⟦O|Medline⟧ delivered ⟦D|9/3⟧.
Hospice MD: ⟦N|Benedict Hale⟧, DO. RN case manager: ⟦N|Marjorie Love⟧.
`);

note("hospice-age-caps", `
HOSPICE RECERTIFICATION - ⟦D|NOVEMBER 8, 2093⟧
PT ⟦N|AUGUSTINE O'ROURKE⟧, AGE ⟦A|101⟧, CONTINUES TO DECLINE. WEIGHT 98 LB (DOWN FROM 104 LB ON ⟦D|10/01⟧). BEDBOUND. TAKING PUREED DIET 25%.
NIECE ⟦N|PATRICIA HUNT⟧ (HCP) AGREES WITH CONTINUED COMFORT CARE. PT PREVIOUSLY WORKED FOR ⟦O|GENERAL ELECTRIC⟧ IN ⟦C|LYNN⟧ FOR 40 YEARS.
FACE-TO-FACE BY ⟦N|GRACE AKINTOLA⟧, NP ON ⟦D|11/06/2093⟧.
`);

note("social-work", `
Social Work Assessment   ⟦D|4/18/2092⟧
Pt ⟦N|Kateryna Bondarenko⟧, 44F, admitted with DKA. Interview with pt and her partner ⟦N|Will Ashby⟧.
Household: pt, partner, and her children ⟦N|Sofiia⟧ (14) and ⟦N|Dmytro⟧ (9), in a 2nd floor apartment at ⟦S|61 Lincoln Street⟧, ⟦C|Brockton⟧. Children attend ⟦O|Huntington Elementary School⟧ and ⟦O|East Middle School⟧.
Pt's mother ⟦N|Olena⟧ lives in ⟦COUNTRY|Ukraine⟧; pt's sister ⟦N|Iryna Kovalenko⟧ lives nearby in ⟦C|Avon⟧ and can help with childcare.
Employment: works as a ⟦PROF|home health aide⟧ for ⟦O|Bright Horizons Home Care⟧, no sick time; partner works at ⟦O|Stop & Shop⟧ distribution center in ⟦C|Freetown⟧.
Church: ⟦O|Holy Trinity Ukrainian Orthodox Church⟧ provides meals.
Insurance: ⟦O|BMC HealthNet Plan⟧. Referred to ⟦O|Old Colony YMCA⟧ diabetes program and to financial counselor.
Plan: SW to follow. ⟦N|Deborah Young⟧, LICSW, pager ⟦P|31187⟧
`);

note("social-work-2", `
SW follow-up ⟦D|4/20⟧: spoke w/ pt's ex-husband ⟦N|Mykola⟧ by phone re: custody, he will take kids this weekend. Pt's employer (supervisor ⟦N|Carol Price⟧) confirmed FMLA paperwork rec'd. Food pantry list given (⟦O|Brockton Interfaith Community⟧). Pt tearful but coping; she says her faith and her church friends are a big support. Hope is for d/c by ⟦DAY|Friday⟧.
`);

note("va-primary-care", `
⟦H|VA BOSTON HEALTHCARE SYSTEM⟧ - ⟦H|JAMAICA PLAIN CAMPUS⟧
PRIMARY CARE NOTE
LOCAL TITLE: PRIMARY CARE OUTPATIENT NOTE
STANDARD TITLE: PRIMARY CARE NOTE
DATE OF NOTE: ⟦D|JUN 03, 2092@10:41⟧     ENTRY DATE: ⟦D|JUN 03, 2092@10:41:12⟧
AUTHOR: ⟦N|NAKAMURA,KENJI⟧          EXP COSIGNER:
URGENCY:                            STATUS: COMPLETED

Veteran ⟦N|Reginald Thibodeaux⟧, 76 yo Army veteran (Vietnam, 1969-71), service number ⟦I|RA18447190⟧ on DD-214, SC 70% for PTSD and tinnitus.
Followed at ⟦H|Brockton VA Medical Center⟧ mental health (Dr. ⟦N|Abernathy-Cole⟧). Agent Orange exposure registry exam done ⟦D|2088⟧.
Wife ⟦N|Darlene⟧ accompanies. Attends ⟦O|VFW Post 1105⟧ weekly.
A1c 7.4. Continue metformin. Refer to ⟦H|West Roxbury⟧ cardiology for stress test.
/es/ ⟦N|KENJI NAKAMURA⟧
MD
Signed: ⟦D|06/03/2092⟧ 11:20
`);

note("va-mental-health", `
VA MENTAL HEALTH CLINIC - ⟦H|Bedford VAMC⟧, Bldg 7
Veteran: ⟦N|Mark Kaminski⟧   Last 4: ⟦SSN|4417⟧
Seen with peer support specialist ⟦N|Bill Okafor⟧ (Marine veteran).
Pt reports nightmares 3-4 nights/week. PCL-5 score 52. Using prazosin 2 mg qhs, will titrate to 3 mg.
Lives alone in ⟦C|Billerica⟧. Brother ⟦N|Frank⟧ checks on him. Employed part-time at ⟦O|Market Basket⟧.
Safety plan updated; Veterans Crisis Line reviewed. RTC 4 weeks with Dr. ⟦N|Eunice Yamamoto⟧.
`);

note("names-many-origins", `
Family Meeting Note   ⟦D|12/1/2092⟧  MICU conference room
Patient: ⟦N|Abdulrahman Al-Sayed⟧, intubated, ARDS day 9.
Present: wife ⟦N|Fatima Al-Sayed⟧; sons ⟦N|Omar⟧ and ⟦N|Yusuf⟧; brother ⟦N|Khalid Al-Sayed⟧ (by phone from ⟦C|Dearborn⟧); interpreter ⟦N|Rania Haddad⟧ (Arabic, ID ⟦I|40172⟧); imam ⟦N|Ibrahim Mansour⟧ of the ⟦O|Islamic Society of Greater Worcester⟧.
Team: Dr. ⟦N|Oluwadamilare Ogunleye⟧ (attending), Dr. ⟦N|Soo-Min Kang⟧ (fellow), RN ⟦N|Trinh Le⟧, SW ⟦N|Magdalena Wiśniewska-Ortiz⟧, palliative care NP ⟦N|Anjali Deshpande⟧.
Discussed poor prognosis. Family wishes to continue full support through the weekend and will revisit ⟦DAY|Monday⟧. Wife asked that her nephew Dr. ⟦N|Samir Khoury⟧ (cardiology, ⟦H|Hartford Hospital⟧) be included by phone.
`);

note("ed-physician-caps-mixed", `
ED Provider Note   ⟦D|2/11/2093⟧
HPI: ⟦N|Nnamdi Chukwu⟧ is a 34 yo M brought by coworker ⟦N|Rick Hernandez-Soto⟧ from ⟦O|Amazon⟧ fulfillment center in ⟦C|Fall River⟧ after a forklift crush injury to the R foot. Pt's employer contact: ⟦N|Angela Brown⟧, HR, ⟦P|508-555-0111⟧.
Exam: R foot swelling dorsum, TTP over 2nd-4th MT. DP 2+. Cap refill < 2 s.
XR: nondisplaced fx 3rd metatarsal. Ottawa foot rules positive.
Dispo: CAM boot, crutches, f/u ⟦H|Southcoast Orthopedics⟧ with Dr. ⟦N|MARCUS FARAH⟧ in 1 wk. Work note given. Workers comp claim # ⟦I|WC-93-118872⟧.
Seen with resident Dr. ⟦N|Lindsey Mcbride⟧. I personally saw the patient. ⟦N|Tomás Echeverría Blanco⟧, MD
`);

note("discharge-summary-caps", `
DISCHARGE SUMMARY
NAME: ⟦N|PHAM, VAN DUC⟧          UNIT NO: ⟦M|882-14-09⟧
ADMISSION DATE: ⟦D|08/12/2093⟧   DISCHARGE DATE: ⟦D|08/19/2093⟧
ATTENDING: ⟦N|HEATHER GRANT-MBEKI⟧, M.D.
PRIMARY CARE: DR. ⟦N|NGOC ANH VU⟧, ⟦H|CODMAN SQUARE HEALTH CENTER⟧
HISTORY: 68 YO VIETNAMESE-SPEAKING MAN (INTERPRETER USED) WITH HEPATITIS B CIRRHOSIS ADMITTED WITH VARICEAL BLEED. EGD ⟦D|8/12⟧ WITH 4 BANDS.
HOSPITAL COURSE: TREATED WITH OCTREOTIDE, CEFTRIAXONE. NO REBLEED. MELD 14.
DISPOSITION: HOME WITH DAUGHTER ⟦N|LINH⟧. FOLLOW-UP WITH HEPATOLOGY (DR. ⟦N|ROSENTHAL⟧) ON ⟦D|9/2⟧ AND REPEAT EGD IN 2 WEEKS.
DISCHARGE MEDICATIONS: NADOLOL 20 MG DAILY, ENTECAVIR 0.5 MG DAILY, LACTULOSE 20 G BID.
DICTATED BY: ⟦N|HEATHER GRANT-MBEKI⟧, M.D.  D: ⟦D|08/19/93⟧  T: ⟦D|08/20/93⟧  JOB: ⟦I|448120⟧
`);

note("peds-clinic", `
Pediatric Well Visit   ⟦D|3/30/2094⟧
⟦N|Amara Okonkwo-Reyes⟧, 4 yo F, here with mom ⟦N|Chioma⟧ and grandmother ⟦N|Guadalupe Reyes⟧.
Attends ⟦O|Little Sprouts Preschool⟧ in ⟦C|Malden⟧. Dad ⟦N|Diego Reyes⟧ deployed with the ⟦O|Army National Guard⟧.
Growth: wt 50th %ile, ht 60th %ile. Development: speaks in sentences, draws a cross, hops on one foot.
Vaccines: DTaP #5, IPV #4, MMR #2, varicella #2 given. VIS provided.
Dental home: ⟦O|Smile Bright Pediatric Dentistry⟧.
Next visit at 5 years. ⟦N|Rosalind Achebe⟧, MD
`);

note("nursing-home-transfer", `
INTERFACILITY TRANSFER FORM
From: ⟦H|Maplewood Manor Nursing and Rehabilitation⟧, ⟦S|17 Summer St⟧, ⟦C|Ipswich⟧   Tel ⟦P|978-555-0155⟧
To: ⟦H|Beverly Hospital⟧ ED
Resident: ⟦N|Winifred Haskell⟧   DOB ⟦D|2/2/1999⟧   Age ⟦A|94⟧
Reason: fall with L hip pain, shortened and externally rotated.
Code status: DNR/DNI (MOLST on file). HCP: son ⟦N|Gilbert Haskell⟧ ⟦P|978-555-0181⟧.
Baseline: oriented x1, ambulates with rolling walker and 1 assist. Allergies: penicillin (rash).
Sending nurse: ⟦N|Blessing Nwachukwu⟧, LPN. Report called to ⟦N|Dana⟧ RN at 15:40.
`);

note("cardiology-letter", `
⟦H|Pioneer Valley Cardiology⟧
⟦D|July 12, 2093⟧

⟦N|Ngozi Obi⟧, MD
⟦H|Baystate Family Medicine⟧
⟦S|3300 Main Street⟧
⟦C|Springfield⟧, ⟦STATE|MA⟧ ⟦Z|01107⟧

RE: ⟦N|Hope Delacroix⟧   DOB: ⟦D|10/09/1961⟧

Dear Dr. ⟦N|Obi⟧,

I saw Ms. ⟦N|Delacroix⟧ today in follow-up of paroxysmal atrial fibrillation. She has had no palpitations since her ablation with Dr. ⟦N|Bartosz Lewandowski⟧ at ⟦H|Baystate Medical Center⟧ on ⟦D|May 2⟧. ECG today shows sinus rhythm, QTc 430. CHA2DS2-VASc 2; we will continue apixaban. Her Holter from ⟦D|June⟧ showed no AF.

Please do not hesitate to contact me at ⟦P|413-555-0192⟧.

Sincerely,
⟦N|Jun-Seo Yoon⟧, MD, FACC
`);

note("gi-procedure", `
COLONOSCOPY REPORT   ⟦H|Hudson Valley Endoscopy Center⟧   ⟦D|10/27/2092⟧
Patient: ⟦N|Duc Minh Hoang⟧  Age 52  MRN ⟦M|HV-0091842⟧
Endoscopist: ⟦N|Priyanka Iyer⟧, MD   Nurse: ⟦N|Lorraine Bishop⟧, RN   Sedation: MAC by ⟦N|Adaeze Nwosu⟧, CRNA
Indication: screening. Prep: Boston bowel prep score 8.
Findings: 6 mm sessile polyp in the sigmoid, cold snare. Diverticulosis. Internal hemorrhoids.
Specimens to pathology (⟦O|Hudson Valley Pathology Associates⟧).
Recommendations: await path; repeat colonoscopy in 7-10 years pending path. Results will be sent to PCP Dr. ⟦N|Chaim Rosenberg⟧.
`);

note("lab-report-caps", `
⟦O|QUEST DIAGNOSTICS⟧   SPECIMEN ID: ⟦I|WX449120K⟧
PATIENT: ⟦N|MALDONADO RIVERA, JOSEFINA⟧   DOB: ⟦D|04/17/1950⟧   SEX: F
ORDERING: ⟦N|RICHARD HOLLOWAY⟧ MD   ACCT: ⟦I|73310882⟧
COLLECTED: ⟦D|05/05/2093⟧ 08:15   REPORTED: ⟦D|05/06/2093⟧ 14:20
HEMOGLOBIN A1C   8.9 H   (<5.7 %)
TSH              2.14     (0.40-4.50 MIU/L)
WHITE BLOOD CELL 7.2      (3.8-10.8 THOUSAND/UL)
CRITICAL VALUE: NONE. PERFORMING LAB: ⟦O|QUEST DIAGNOSTICS NICHOLS INSTITUTE⟧, ⟦C|CHANTILLY⟧, ⟦STATE|VA⟧.
`);

note("urgent-care-words", `
Urgent Care Visit ⟦D|1/3/2094⟧
Pt ⟦N|Rich Coleman⟧, 29M, here with girlfriend ⟦N|Page Whitley⟧. Sore throat x3 days, fever 101. Centor 3. Rapid strep positive.
Plan: amoxicillin 500 mg BID x10 days. May return to work ⟦D|1/5⟧ if afebrile. Note for employer ⟦O|Fidelity Investments⟧ given.
Rich in potassium foods encouraged while on diuretic? N/A. Page the on-call provider if stridor or drooling.
Provider: ⟦N|Young-Hee Cho⟧, PA-C
`);

note("pt-home-exercise", `
Physical Therapy Daily Note   ⟦D|6/6/2093⟧
Pt: ⟦N|Gustavo Peña Morales⟧   Dx: L rotator cuff repair (Dr. ⟦N|Sterling Hunt⟧, ⟦D|4/29⟧)
S: reports 3/10 pain, sleeping better. Back to driving for ⟦O|Uber⟧ part-time.
O: PROM flexion 140, ER 45. Strength 4-/5 ER. Neer and Hawkins negative.
A: progressing as expected per Brown protocol for cuff repair.
P: continue 2x/wk x4 wks. HEP updated with theraband. Will grant clearance to lift 5 lb at next visit if pain free.
Therapist: ⟦N|Joy Mbatha⟧, DPT
`);

// ---------------------------------------------------------------------------------------------------------------
write();
