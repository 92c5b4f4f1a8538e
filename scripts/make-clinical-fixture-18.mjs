// Why this file exists: builds test/fixtures/clinical-notes-18.jsonl, an eighteenth labelled set of clinical notes
// written by hand in stop 30 to measure the tree blind: written without reading the name detector (assembly/), the
// test tables or earlier fixtures' misses (only fixture 17's generator form, its test file and the header comments of
// the other generators were read), in styles and PHI forms fixtures 1-17 hold least: an EMS patient care report with a
// cross street and a nickname, ED triage with a FIN, an L&D admission with a doula and a midwife practice, a NICU
// progress note, a dialysis run note, a hospice visit at a daughter's house, a school nurse's letter, a workers'-comp
// first visit (employer, carrier, adjuster, claim and chain-of-custody numbers), a county-jail sick call (booking and
// DOC numbers), a VA PACT note with its title block ("AUTHOR: LAST,FIRST", "/ES/"), a pharmacy call, a poison-centre
// case record, a CT report with accession numbers and a read-back, a surgical pathology report with block numbers, an
// EVAR operative note with implant lots, a cancer-genetics pedigree (relatives by name, née), a living-donor transplant
// evaluation, a prior-authorisation appeal letter, a coroner investigator's report, a telehealth visit, i2b2-style
// discharge summaries with signatures, dictation stamps and cc lines at the end, an OASIS start of care with a rural
// route, a psychiatric emergency hold, a nurse advice line call, a postpartum visit, a paediatric ED note (daycare,
// button battery), a DME written order, Mohs surgery for a snowbird, an SSA medical source statement, a death note with
// organ-procurement and medical-examiner numbers, STI partner services (street nicknames), a return-to-play clearance,
// a newborn discharge (two-word Lakota surnames, a reservation), a legal blood draw with a search warrant, a bariatric
// psychological evaluation, a retina injection visit, a pre-anesthesia evaluation, a case-management SNF search and an
// adult-protective-services intake; 15 notes in ALL CAPS and 5 in lower case.
// PHI forms sought: dates as "3/9", "Jan. 6", "4-Feb-97", "Nov 19th", "JUN 03, 2096@10:42", "12/31/96"; ages over 89 as
// "AGE 92", "a 90-YEAR-OLD", "⟨name⟩, 94,"; phones with "X", "ext", "pgr", "4-3390"; IDs of many shapes (PCR, FIN, CSN,
// booking, DOC, CCF, DWC claim, accession and block, UNOS, NPI, PTAN, MBI, ICR, warrant, driver's licence, intake,
// event and referral numbers); nicknames in quotes ("BUD", "Sonny", "Nana Bev", "RAY-RAY", "t-bone"); relatives by
// first name only; streets in prose ("behind the SUNOCO", "on Delhi Pike", "near the lake on erie ave", "RR 3 BOX 118");
// hospitals as staff write them ("Good Sam", "St. Nick's", "Maine Med", "RFGH", "MUSC", "Le Bonheur").
// Labelling follows fixtures 11-17: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons and clock times are left unlabelled (a clock glued to a date by "@" stays outside it); ages
// under 90 are no PHI; clinicians' initials and transcriptionists' initials are PHI; titles, ranks and cue words stay
// outside the name (a nickname in quotes inside a full name stays inside it); room, bed, chair, pod and ward codes and
// an EMS unit's own name are left unlabelled; nursing homes, SNFs, dialysis units and VA clinics are HOSPITAL; counties,
// a reservation, a bridge and a region are LOCATION-OTHER; rural routes and PO boxes are STREET; pagers and extensions
// are PHONE (cue words outside); a partial SSN ("XXX-XX-4471") has its digits labelled SSN; PCR, incident, FIN-less
// account, CSN, booking, claim, accession, block, case, intake, warrant, licence, NPI, PTAN and referral numbers are
// ID, FIN and chart numbers MRN, member, Medicaid, Medicare and MBI numbers HEALTHPLAN, serials, lots and kits DEVICE;
// device makers named only as makers (GORE, Medtronic before a serial, ResMed) and Medicare as a programme are left
// unlabelled.
// Every person, street and number is invented here (towns, a few hospitals and national firms are real names used as
// such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-17 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-18.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-18.jsonl", "make-clinical-fixture-18");

note("ems-run-caps", `
⟦O|TRI-VALLEY REGIONAL EMS⟧ - PATIENT CARE REPORT     PCR # ⟦I|2097-0418-0062⟧     INCIDENT # ⟦I|TV97-11840⟧
DATE ⟦D|04/18/97⟧   UNIT: MEDIC 7   CREW: ⟦N|D. KRZYZANOWSKI⟧ (P), ⟦N|T. ABERNETHY-COLE⟧ (EMT-B)   DISPATCH 0612  AT PT 0621
RESPONSE TO: ⟦S|1142 OLD TURNPIKE RD⟧, ⟦C|HARMONY FALLS⟧ (DOUBLEWIDE BEHIND THE ⟦O|SUNOCO⟧), X-STREET ⟦S|QUARRY HILL LN⟧
PT: ⟦N|VOGELSANG, ELDON "BUD"⟧  DOB ⟦D|09/02/2004⟧  AGE ⟦A|92⟧  M
CC: SOB. PER WIFE ⟦N|LORRAINE⟧ PT WOKE AT 0500 "GASPING", HX CHF, COPD ON 2L HOME O2 (⟦O|LINCARE⟧). PCP DR ⟦N|OSEI-BONSU⟧ IN ⟦C|MILLBROOK⟧.
FOUND SITTING TRIPOD ON COUCH, RALES BILAT, SPO2 81% ON 2L. BP 188/104. CPAP 10 APPLIED, NTG 0.4 SL X3.
MED CONTROL: DR ⟦N|HALVERSEN⟧ AT ⟦H|ST. ANNE'S⟧ - ORDERS RECEIVED 0634.
TRANSPORT PRIORITY 1 TO ⟦H|ST. ANNE'S REGIONAL⟧ ED, NOT CLOSEST (PT REQUEST - "ALL MY RECORDS ARE THERE"). WIFE FOLLOWED IN OWN CAR.
HANDOFF TO RN ⟦N|MAUREEN TOLLIVER⟧ 0703. PT BELONGINGS (WALLET, HEARING AIDS) GIVEN TO WIFE. CALLBACK ⟦P|(607) 555-0183⟧.
SIGNED ⟦N|DARIUSZ KRZYZANOWSKI⟧, NRP #⟦I|P-44812⟧
`);

note("ed-triage", `
ED Triage — ⟦H|Good Sam⟧ Emergency Department       Arrival ⟦D|3/9⟧ 22:47 by private vehicle      ESI 3
Pt: ⟦N|Yolanda Etxeberria-Price⟧   FIN ⟦M|440193827⟧   DOB ⟦D|6/30/71⟧   Lang: English/Basque
CC: "my ankle snapped" — slipped on ice in the parking lot of ⟦O|Kroger⟧ on ⟦S|Delhi Pike⟧ around 21:30.
Accompanied by sister ⟦N|Itziar⟧, who drove her from ⟦C|Cheviot⟧. Pt works as a ⟦PROF|mail carrier⟧ for the ⟦O|USPS⟧ ⟦C|Westwood⟧ branch — states this is not a work injury.
PMH: T2DM, HTN. Meds: metformin, lisinopril. NKDA. LMP n/a. Tetanus ⟦D|2091⟧.
Triage RN ⟦N|K. Nakashima-Ruiz⟧ — splinted, ice, elevated. Pain 8/10, given ibuprofen per protocol.
PCP listed as Dr. ⟦N|Farrokhzad⟧ at ⟦O|Price Hill Family Practice⟧, ⟦P|513-555-0136⟧. Pharmacy: ⟦O|Walgreens⟧ on ⟦S|Glenway Ave⟧.
`);

note("ld-admit", `
Labor & Delivery Admission Note          ⟦H|Mercy⟧ Birth Center, L&D Room 4         ⟦D|Oct 2⟧, 0350
⟦N|Anneliese Marchetti-Oyelaran⟧, 31 yo G3P1011 at 39w4d by 8-wk US (EDD ⟦D|10/5⟧), presents with SROM at 0200, clear fluid.
Prenatal care with ⟦N|Beatrix Solberg⟧, CNM, at ⟦O|Lakeshore Midwifery Associates⟧ since 9 weeks; records faxed from ⟦F|414-555-0168⟧.
GBS negative (⟦D|9/11⟧). Rh+. Rubella immune. 1-hr GTT 118. Prior SVD ⟦D|2094⟧ at ⟦H|Aurora Sinai⟧, 3520 g, no complications.
Support: husband ⟦N|Tommaso⟧ and doula ⟦N|Fenna Achterberg⟧ (⟦O|Bloom Doula Collective⟧). Older child ⟦N|Luca⟧ (2) at home with grandmother ⟦N|Giuliana⟧.
Cervix 4/80/-1, vertex. FHT 140s, moderate variability, accels. Ctx q4-5 min.
Plan: expectant mgmt, epidural on request, Pitocin if no change by 0800. Peds aware: Dr. ⟦N|Nwachukwu⟧.
Pt wants delayed cord clamping and placenta release to family (funeral home not needed; taking home per cultural practice).
Attending: ⟦N|Rosalind Achebe-Hart⟧, MD     Resident: ⟦N|J. Vukovic⟧, MD (PGY-2)   pgr ⟦P|4471⟧
`);

note("nicu-caps", `
NICU DAILY PROGRESS NOTE - ⟦H|CHILDREN'S MERCY⟧ LEVEL IV NICU, POD C BED 12     DOL 19     DATE ⟦D|01/23⟧
INFANT: BABY GIRL ⟦N|TRAN-MCALLISTER⟧ ("⟦N|HANNAH⟧")   MRN ⟦M|0011847265⟧   GA 26+3, CGA 29+1, BW 840 G, WT 1010 G
MOTHER: ⟦N|PHUONG TRAN-MCALLISTER⟧, 28, DISCHARGED FROM ⟦H|TRUMAN MEDICAL CENTER⟧ ⟦D|01/08⟧. FATHER: ⟦N|GARRETT MCALLISTER⟧.
RESP: NIPPV 18/6, FIO2 0.28. CAFFEINE. CUS ⟦D|01/11⟧ - BILAT GRADE II IVH, REPEAT ⟦D|01/25⟧.
FEN: MBM FORTIFIED TO 24 KCAL, 150 ML/KG/D. DONOR MILK FROM ⟦O|HEARTLAND MOTHERS' MILK BANK⟧ LOT ⟦DEV|HM-2297-0114⟧ WHEN NEEDED.
ID: BCX ⟦D|01/20⟧ NEG X 48H, ABX STOPPED.
SOCIAL: PARENTS VISIT EVENINGS; MOM PUMPING. LIVE IN ⟦C|OLATHE⟧ - 40 MIN DRIVE. ⟦O|RONALD MCDONALD HOUSE⟧ ROOM OFFERED.
MATERNAL GRANDMOTHER ("BA NGOAI") ⟦N|MAI TRAN⟧ ON VISITOR LIST. SW ⟦N|CHERELLE DANFORTH⟧ FOLLOWING.
ATTENDING: ⟦N|ISHAAN VARADARAJAN⟧, MD   NNP: ⟦N|K. OBUYA⟧
`);

note("dialysis-lower", `
hd run note - ⟦H|fresenius east lakeland⟧ chair 9 - ⟦DAY|mon⟧ ⟦D|2/16⟧
pt ⟦N|rutherford "sonny" blaylock⟧, mrn ⟦M|fkc-3308142⟧, 67 m, esrd 2/2 dm, on hd since ⟦D|5/93⟧, r avf.
edw 88.0, pre wt 91.4 (+3.4). bp 162/88. c/o cramping last run. pt admits he went to his grandson ⟦N|jaxon⟧'s birthday party at ⟦O|golden corral⟧ sat.
access: good thrill/bruit. 15g x2. qb 400, qd 600. uf goal 3.4 l.
labs from ⟦D|2/2⟧: k 5.8, phos 7.1, hgb 10.2, ktv 1.38. dietitian ⟦N|renata⟧ to review binders.
transplant: on list at ⟦H|tampa general⟧ since ⟦D|aug 2095⟧; coordinator ⟦N|lisette osborne-diaz⟧ ⟦P|813-555-0195⟧.
transport: ⟦O|polk county transit⟧ paratransit pickup from ⟦S|3710 lake hunter dr⟧ - was 40 min late again, sw notified.
wife ⟦N|darlene⟧ asks about switching to home hd; will discuss with dr. ⟦N|mbeki-sorensen⟧ at monthly.
- ⟦N|t. higginbotham⟧, rn
`);

note("hospice-visit", `
Hospice RN Visit — ⟦O|Bluegrass Care Navigators⟧          Visit: ⟦DAY|Thursday⟧ ⟦D|11/12⟧, 14:10-15:05
Patient: ⟦N|Wilhelmina Pruitt⟧ ("Miss ⟦N|Billie⟧"), ⟦A|96⟧, dx: end-stage dementia (FAST 7c). Hospice day 41. Location: home.
Home: her daughter's house at ⟦S|218 Clays Mill Road⟧, ⟦C|Nicholasville⟧ — ranch, hospital bed in the front room.
Primary caregiver daughter ⟦N|Geneva Pruitt-Combs⟧ (cell ⟦P|859-555-0172⟧); son ⟦N|Harlan⟧ drives up from ⟦C|Somerset⟧ on weekends.
Intake 40% of meals, weight by MAC down 1 cm since ⟦D|10/29⟧. Sacral stage 2 unchanged, foam dressing. Morphine 5 mg SL q4h prn, used twice.
Family asked about the ⟦DAY|Thanksgiving⟧ visit from great-grandchildren — encouraged.
Funeral home of choice: ⟦O|Clark Legacy Funeral Home⟧ on ⟦S|Main Street⟧; pastor Rev. ⟦N|Obadiah Sexton⟧ of ⟦O|Mount Pisgah Baptist⟧ visits weekly.
Aide ⟦N|Krystal⟧ 3x/wk. Chaplain ⟦N|Ferris Tuttle⟧ next visit ⟦D|11/16⟧. MD: Dr. ⟦N|Lakshmi Raghunathan⟧ (hospice medical director).
On-call line ⟦P|800-555-0131⟧. Next RN visit ⟦D|11/16⟧.  — ⟦N|Corinne Abbot-Whitley⟧, RN CHPN
`);

note("school-nurse", `
⟦O|Whitfield Consolidated School District⟧ — Health Office, ⟦O|Pine Ridge Middle School⟧
To: Parent/Guardian of ⟦N|Dashiell Okonjo-Fry⟧ (Grade 7, homeroom Ms. ⟦N|Varga⟧)                 Date: ⟦D|9/22⟧
Dear Mr. and Mrs. ⟦N|Okonjo-Fry⟧,
Today at 10:15 ⟦N|Dash⟧ came to the health office after being hit in the head by a ball during PE (teacher: Coach ⟦N|Ruiz-Ellington⟧).
He did not lose consciousness. He reported a headache 4/10 and mild dizziness; pupils equal, no vomiting. Ice applied, rested 30 minutes.
Per district concussion protocol he may not return to PE or to ⟦O|Pine Ridge Panthers⟧ football practice until cleared in writing by a licensed provider.
His emergency card lists his pediatrician Dr. ⟦N|Hollis Greenbaum⟧ at ⟦O|Tri-County Pediatrics⟧ (⟦P|(555) 555-0114⟧ is not a working number — please update it).
His grandmother Mrs. ⟦N|Adaeze Okonjo⟧ picked him up at 11:40 and signed him out.
Please call me with questions: ⟦N|Priscilla Van Etten⟧, BSN, RN, NCSN, School Nurse   ⟦P|555-555-0102⟧ ext. ⟦P|2291⟧   ⟦E|pvanetten@whitfieldcsd.k12.us⟧
`);

note("occ-health-caps", `
OCCUPATIONAL HEALTH - WORK INJURY INITIAL VISIT      ⟦O|CONCENTRA⟧ ⟦C|FORT WORTH⟧ NORTH (⟦S|4410 N BEACH ST⟧)
DATE OF SERVICE ⟦D|07/06/2096⟧   DATE OF INJURY ⟦D|07/03/2096⟧
EMPLOYEE: ⟦N|GUADALUPE "LUPE" ARREDONDO⟧   DOB ⟦D|12/12/1978⟧   SSN XXX-XX-⟦SSN|4471⟧
EMPLOYER: ⟦O|LONE STAR COLD STORAGE LLC⟧, ⟦S|2900 ALTA MESA BLVD⟧ - SUPERVISOR ⟦N|RANDY KOWALCZYK⟧ ⟦P|817-555-0120⟧
CARRIER: ⟦O|TEXAS MUTUAL⟧   CLAIM # ⟦I|TM-96-0338271⟧   ADJUSTER ⟦N|BRITTANY SOLIS⟧ ⟦P|800-555-0177⟧ X ⟦P|4418⟧
MECHANISM: PT IS A ⟦PROF|FORKLIFT OPERATOR⟧; PALLET SHIFTED, LEFT HAND CAUGHT BETWEEN PALLET AND RACK.
EXAM: L 4TH/5TH MC TENDERNESS, SWELLING. XR (READ BY DR. ⟦N|A. PETROSYAN⟧): NONDISPLACED 5TH METACARPAL NECK FX.
PLAN: ULNAR GUTTER SPLINT. REFER HAND - DR ⟦N|ODUYA-STEIN⟧, ⟦O|TEXAS ORTHOPEDICS HAND CENTER⟧, APPT ⟦D|07/09⟧.
WORK STATUS (DWC-73): RESTRICTED DUTY - NO USE L HAND, NO FORKLIFT, THROUGH ⟦D|07/20⟧.
DRUG SCREEN (POST-ACCIDENT, DOT NOT REQ): COLLECTED, CCF # ⟦I|0471193⟧, COLLECTOR ⟦N|M. TREVINO⟧.
PROVIDER: ⟦N|FELICIA NWOSU-HARGROVE⟧, PA-C  / SUPERVISING ⟦N|G. BALASUBRAMANIAN⟧, DO
`);

note("jail-sick-call", `
⟦O|Dane County Jail⟧ — Health Services Sick Call          Date: ⟦D|5/14⟧        Housing: Unit 3B, cell 12
Inmate: ⟦N|Colton Wade Pettibone⟧      Booking # ⟦I|2097-004417⟧      DOC # ⟦I|00688341⟧      DOB ⟦D|3/1/88⟧
Request slip: "tooth pain 3 days cant eat". Seen by ⟦N|Marisol Vandermeer⟧, LPN, in the medical unit with Deputy ⟦N|Hagstrom⟧ present.
Hx: opioid use disorder, on buprenorphine 8 mg BID since booking via the MOUD program (verified with ⟦O|Access Community Health Centers⟧, prescriber Dr. ⟦N|Ilse Brandvold⟧).
Exam: LR molar broken, gum swollen, no trismus, afebrile.
Plan: ibuprofen 600 TID x5d, amoxicillin 500 TID x7d per standing order signed by Dr. ⟦N|Kasprzak⟧. Dental list — ⟦O|Madison Dental Partners⟧ comes ⟦DAY|Tuesdays⟧.
Pt asks that his girlfriend ⟦N|Destiny Albrecht⟧ be told about his court date ⟦D|5/28⟧ — advised to use the phone system.
Release address on file: ⟦S|1818 Fisher St⟧, Apt 2, ⟦C|Madison⟧ ⟦Z|53713⟧ (mother ⟦N|Sherry Pettibone⟧).
`);

note("va-pc-caps", `
LOCAL TITLE: PRIMARY CARE NOTE (PACT)          STANDARD TITLE: PRIMARY CARE NOTE
DATE OF NOTE: ⟦D|JUN 03, 2096⟧@10:42   ENTRY DATE: ⟦D|JUN 03, 2096⟧@11:58:07
AUTHOR: ⟦N|OKAFOR-BLAINE,CHIDINMA⟧   EXP COSIGNER: ⟦N|HUSTVEDT,ROLF⟧   URGENCY: ROUTINE   STATUS: COMPLETED
PATIENT: ⟦N|DEMARCO, SALVATORE P⟧   SSN ⟦SSN|123-45-6781⟧   ⟦H|VA HUDSON VALLEY⟧ HCS - ⟦H|CASTLE POINT⟧ CBOC
⟦A|91⟧ YO KOREA-ERA ARMY VETERAN (SC 70% - HEARING, PTSD), LIVES WITH DAUGHTER ⟦N|CARMELA DEMARCO-WEISS⟧ IN ⟦C|BEACON⟧.
SEEN BY AUDIOLOGY AT ⟦H|MONTROSE⟧ ⟦D|05/12⟧; NEW HEARING AIDS SERIAL ⟦DEV|R-2214-88703⟧ / ⟦DEV|L-2214-88704⟧.
ALSO SEES COMMUNITY CARE CARDIOLOGY: DR ⟦N|LEVIN-ASANTE⟧, ⟦O|HUDSON VALLEY HEART CENTER⟧, ⟦C|POUGHKEEPSIE⟧ (MISSION ACT AUTH ⟦I|VA0018837722⟧).
PTSD: PCL-5 31. ATTENDS ⟦O|VFW POST 666⟧ AND COFFEE GROUP AT ⟦O|AMERICAN LEGION⟧ ON ⟦S|TELLER AVE⟧.
FALLS: 1 IN PAST YR (TRIPPED ON THE PORCH STEP AT THE DAUGHTER'S HOUSE). HBPC REFERRAL PLACED.
/ES/ ⟦N|CHIDINMA OKAFOR-BLAINE⟧, NP
PACT RN CARE MANAGER: ⟦N|L. FITZSIMMONS⟧   ⟦P|845-555-0119⟧ X ⟦P|3307⟧
`);

note("pharmacy-call-lower", `
tele enc - pharmacy call  ⟦D|8/4⟧ 1435   caller: ⟦N|jen⟧ from ⟦O|cvs⟧ #⟦I|2281⟧ (⟦S|route 9⟧ ⟦C|marlboro⟧), ⟦P|732-555-0140⟧
re: ⟦N|agnieszka wroblewski⟧ dob ⟦D|1/19/60⟧. rx for eliquis 5 bid from dr. ⟦N|fenster⟧ on ⟦D|7/31⟧ - pt also filled warfarin ⟦D|7/20⟧ from dr. ⟦N|oyelowo⟧'s office (⟦O|centrastate cardiology⟧).
pharmacist concerned re: duplicate anticoag. pt's son ⟦N|tomasz⟧ picked up both.
spoke w/ dr. ⟦N|fenster⟧: d/c warfarin, continue apixaban. called pt at home ⟦P|732-555-0187⟧, spoke w/ son (on hipaa form), he will bring warfarin back.
inr ⟦D|8/1⟧ 2.6 at ⟦O|labcorp⟧ ⟦C|freehold⟧ - start eliquis when inr <2, recheck ⟦DAY|thurs⟧.
rx ref #⟦I|6630182-04⟧.   ⟦N|k. delacroix-moss⟧, pharmd
`);

note("poison-control", `
⟦O|Northern New England Poison Center⟧ — Case Record         Case # ⟦I|NNEPC-97-06612⟧
Date/time of call: ⟦D|7/4/97⟧ 19:22  Caller: mother, ⟦N|Kayleigh Dubois⟧, from home in ⟦C|Skowhegan⟧   callback ⟦P|207-555-0153⟧
Patient: ⟦N|Brantley Dubois⟧, 2 yo M, 13 kg.
Exposure: found at 19:00 with grandmother's (⟦N|Loretta Dubois⟧) pill organiser open; up to 3 x amlodipine 10 mg missing, possibly 1 metoprolol.
Recommendation: refer to ED. Mother to drive to ⟦H|Redington-Fairview⟧ (10 min). SPI ⟦N|Quinn Abernathy⟧, RN, called ED charge RN ⟦N|Dale⟧ at 19:31.
Follow-up call 21:00: at ⟦H|RFGH⟧, HR 128, BP 84/50, received glucagon? no — calcium and fluids; toxicologist Dr. ⟦N|Marguerite Oyelaran-Shaw⟧ consulted, recommends transfer to ⟦H|Maine Med⟧ PICU.
Follow-up ⟦D|7/5⟧ 08:15 with PICU attending Dr. ⟦N|Sato⟧: on insulin-euglycemia, improving.
Outcome ⟦D|7/6⟧: discharged home. DCF not notified (accidental; grandmother visiting from ⟦C|Bangor⟧ for the ⟦DAY|Fourth⟧).
`);

note("ct-report-caps", `
⟦H|NORTHWELL - HUNTINGTON HOSPITAL⟧ DEPARTMENT OF RADIOLOGY
PATIENT: ⟦N|AKINTOLA, BABAJIDE O⟧   MRN: ⟦M|H00487715⟧   ACC#: ⟦I|CT-9704-118830⟧   DOB: ⟦D|04/04/1955⟧
EXAM: CT CHEST W CONTRAST   DATE: ⟦D|04/11/2097⟧ 16:02   ORDERING: ⟦N|SUSANNA HEIKKINEN⟧, MD   CC: DR. ⟦N|MORROW⟧ (⟦O|NORTH SHORE PULMONARY⟧)
HISTORY: 1.8 CM RUL NODULE ON OUTSIDE CT FROM ⟦H|GLEN COVE⟧ ⟦D|02/2097⟧ (STUDY NOT AVAILABLE - SEE REPORT).
COMPARISON: CT CHEST ⟦D|03/03/2095⟧ (ACC ⟦I|CT-9503-004471⟧).
FINDINGS: 1.9 X 1.6 CM SPICULATED RUL NODULE (SE 4 IM 61), PREVIOUSLY 0.6 CM. NO MEDIASTINAL ADENOPATHY. NO EFFUSION.
IMPRESSION: ENLARGING SPICULATED RUL NODULE, LUNG-RADS 4X. RECOMMEND PET/CT AND TISSUE SAMPLING.
CRITICAL RESULT COMMUNICATED TO DR ⟦N|HEIKKINEN⟧ BY ⟦N|J. PAPADOPOULOS⟧ AT 16:40 ⟦D|04/11⟧, READ BACK VERIFIED.
DICTATED BY: ⟦N|JOHN PAPADOPOULOS⟧, MD  SIGNED ⟦D|04/11/2097⟧ 16:44  WORKSTATION HH-RAD-07
`);

note("surg-path", `
SURGICAL PATHOLOGY REPORT                          ⟦O|Aurora Diagnostics⟧ — ⟦O|Gulf Coast Pathology Associates⟧
Accession: ⟦I|S97-18824⟧         Received: ⟦D|2/3/2097⟧         Reported: ⟦D|2/6/2097⟧
Patient: ⟦N|Thibodeaux, Marie-Therese⟧      MRN ⟦M|OLOL-2209184⟧      DOB ⟦D|11/17/1949⟧      Sex: F
Submitting physician: ⟦N|Beauregard Fontenot⟧, MD — ⟦H|Our Lady of the Lake⟧ Surgical Specialists, ⟦C|Baton Rouge⟧
Copy to: ⟦N|Camille Arceneaux⟧, MD (oncology, ⟦O|Mary Bird Perkins⟧)
Clinical history: right breast mass 10:00, 2.1 cm on US; core biopsy ⟦D|1/14⟧ (⟦I|S97-00712⟧) invasive ductal carcinoma.
SPECIMENS: A. Right breast, lumpectomy (stitch short-superior, long-lateral). B. Right axillary sentinel node #1. C. Sentinel node #2.
DIAGNOSIS: A. Invasive ductal carcinoma, Nottingham grade 2, 2.2 cm; margins negative (closest 3 mm, anterior). B, C. Two lymph nodes negative (0/2).
ER 95%, PR 80%, HER2 1+ (block ⟦I|S97-18824-A3⟧).
Intraoperative consultation (frozen section) by Dr. ⟦N|Ngozi Ibekwe-Landry⟧, called to OR 7 at 09:12 to Dr. ⟦N|Fontenot⟧.
Electronically signed: ⟦N|Pierre-Luc Guidry⟧, MD, ⟦D|02/06/2097⟧ 15:21
`);

note("op-note-caps", `
OPERATIVE REPORT
⟦H|UPMC PRESBYTERIAN⟧     OR 14     DATE OF SURGERY: ⟦D|09/30/2096⟧
PATIENT: ⟦N|KOWALCZYK-REYES, STANISLAW⟧   MRN ⟦M|UP3318047⟧   CSN ⟦I|1180044731⟧
SURGEON: ⟦N|MIRELA DRAGOMIR-HUNT⟧, MD   ASSISTANT: ⟦N|OLUWASEUN ADEYEMI⟧, MD (FELLOW); ⟦N|BECKETT LYNCH⟧, PA-C
ANESTHESIA: GENERAL ETT - ⟦N|R. SUBRAMANIAM⟧, MD / ⟦N|CASEY O'TOOLE⟧, CRNA
CIRCULATOR: ⟦N|TAMIKA FREELAND⟧, RN   SCRUB: ⟦N|J. MONTOYA⟧, CST
PREOP DX: ABDOMINAL AORTIC ANEURYSM 5.8 CM.   PROCEDURE: ENDOVASCULAR AORTIC REPAIR (EVAR).
IMPLANTS: GORE EXCLUDER MAIN BODY 26-14.5-14 LOT ⟦DEV|11840227⟧; CONTRALATERAL LEG 16-12 LOT ⟦DEV|11839541⟧; ILIAC EXT SN ⟦DEV|24J0071-12⟧.
FINDINGS: NO TYPE I OR III ENDOLEAK ON COMPLETION ANGIOGRAM.
EBL 150 ML. CONTRAST 95 ML VISIPAQUE. FLUORO 18.2 MIN.
DISPOSITION: PACU THEN 10 WEST. WIFE ⟦N|IRENA⟧ UPDATED IN FAMILY WAITING AREA BY DR ⟦N|DRAGOMIR-HUNT⟧.
FOLLOW-UP: CTA AT 1 MONTH AT ⟦O|HEART AND VASCULAR INSTITUTE⟧ ⟦C|MONROEVILLE⟧ OFFICE, ⟦P|412-555-0158⟧.
⟦N|MIRELA DRAGOMIR-HUNT⟧, MD  D: ⟦D|09/30/2096⟧ 14:02  T: ⟦D|10/01/2096⟧ 06:11  JOB # ⟦I|8827714⟧ / ⟦N|LMS⟧
`);

note("genetic-counsel", `
Cancer Genetics Consultation — ⟦O|Hereditary Cancer Program⟧, ⟦H|Huntsman⟧          ⟦D|March 8, 2096⟧
Patient: ⟦N|Ingrid Solveig Haugland⟧, 44, referred by Dr. ⟦N|Ezekiel Tupou⟧ (⟦O|Intermountain⟧ ⟦C|Logan⟧ Ob/Gyn) for family history.
Pedigree (maternal):
  Mother ⟦N|Astrid Haugland⟧ (née ⟦N|Lindqvist⟧): ovarian ca at 52, died 58 in ⟦C|Ogden⟧.
  Maternal aunt ⟦N|Sigrid "Siggy" Pederson⟧: breast ca 39 and 61, alive, ⟦C|Rexburg⟧, ⟦STATE|ID⟧; tested at ⟦H|EIRMC⟧ ⟦D|2091⟧ — reportedly "BRCA negative", report requested.
  Maternal grandmother ⟦N|Karin⟧: "stomach cancer" in ⟦COUNTRY|Norway⟧, age unknown.
  Cousin ⟦N|Erik Pederson⟧ (⟦N|Sigrid⟧'s son): prostate ca at 49.
Paternal: father ⟦N|Olav⟧, 71, healthy; paternal uncle ⟦N|Bjørn⟧ colon polyps.
Patient: 2 daughters, ⟦N|Maren⟧ (17) and ⟦N|Liv⟧ (14); husband ⟦N|Curtis Haugland⟧.
Plan: 84-gene panel (⟦O|Invitae⟧ requisition ⟦I|RQ-4418207⟧), saliva kit ⟦DEV|K22-0918-4431⟧ shipped to her home at ⟦S|761 Canyon Crest Dr⟧, ⟦C|Providence⟧, ⟦STATE|UT⟧ ⟦Z|84332⟧.
Cost: $250 self-pay cap; ⟦O|SelectHealth⟧ ID ⟦HP|SH88120447⟧ prior auth not needed.
⟦N|Thaddeus Mbeki⟧, MS, LCGC        ⟦P|801-555-0146⟧
`);

note("transplant-caps", `
KIDNEY TRANSPLANT EVALUATION - LIVING DONOR CLINIC   ⟦H|UW HEALTH⟧ TRANSPLANT CENTER   ⟦D|10/14/95⟧
RECIPIENT: ⟦N|OYELARAN, TEMITOPE⟧   UNOS ID ⟦I|JKT4417⟧   MRN ⟦M|UW55120841⟧   ABO B+
PROPOSED DONOR: ⟦N|OYELARAN, FOLASADE⟧ (SISTER), 38, ABO O+, LIVES IN ⟦C|HOUSTON⟧; CROSSMATCH ⟦D|10/02⟧ NEGATIVE (HLA LAB ACC ⟦I|HL-95-22071⟧).
ALTERNATE DONOR: BROTHER-IN-LAW ⟦N|CHUKWUEMEKA NWOSU⟧ - BMI 36, DEFERRED.
DIALYSIS: PD SINCE ⟦D|03/2094⟧ AT ⟦H|DAVITA MADISON EAST⟧; NEPHROLOGIST DR ⟦N|SKARSGARD⟧.
INSURANCE: ⟦O|DEAN HEALTH PLAN⟧ #⟦HP|DHP0044718201⟧ + MEDICARE ⟦HP|1EG4-TE5-MK72⟧.
SOCIAL: WORKS AS ⟦PROF|PHARMACY TECH⟧ AT ⟦O|UNITYPOINT MERITER⟧; LIVES AT ⟦S|5521 TOKAY BLVD⟧, ⟦C|MADISON⟧. CAREGIVER PLAN: HUSBAND ⟦N|EMEKA⟧ (FMLA FROM ⟦O|EPIC SYSTEMS⟧) AND MOTHER ⟦N|ABIODUN⟧ (FLYING FROM ⟦C|LAGOS⟧ ⟦D|11/20⟧).
ILDA: ⟦N|R. CASTELLANOS-BIRCH⟧, LCSW.  COORDINATOR: ⟦N|HEIDI VANDERWAL⟧, RN ⟦P|608-555-0123⟧.
PRESENTED AT SELECTION COMMITTEE ⟦D|10/21⟧ - APPROVED.
`);

note("prior-auth-letter", `
⟦O|Piedmont Neurology Associates⟧, P.A.
⟦S|1200 Sunnyside Drive⟧, Suite 310, ⟦C|Greensboro⟧, ⟦STATE|NC⟧ ⟦Z|27405⟧   Tel ⟦P|336-555-0160⟧   Fax ⟦F|336-555-0161⟧
⟦D|January 19, 2097⟧
⟦O|BlueCross BlueShield of North Carolina⟧ — Utilization Management, P.O. Box ⟦S|2291⟧, ⟦C|Durham⟧, ⟦STATE|NC⟧ ⟦Z|27702⟧
RE: Request for reconsideration — onabotulinumtoxinA for chronic migraine
Member: ⟦N|Keisha Renee Battle-Ogunleye⟧    Member ID: ⟦HP|YPB884120771⟧    Group ⟦I|0447120⟧    DOB ⟦D|08/23/1983⟧
Denial reference: ⟦I|UM-97-0038812⟧ dated ⟦D|12/30/2096⟧
To Whom It May Concern:
Ms. ⟦N|Battle-Ogunleye⟧ has had 18-22 headache days a month since ⟦D|2093⟧. She has failed topiramate (paresthesias, ⟦D|2094⟧), propranolol (fatigue)
and amitriptyline (weight gain) as documented by her previous neurologist, Dr. ⟦N|Hemant Kulkarni⟧ at ⟦H|Moses Cone⟧, and she missed 11 days of work
last quarter as a ⟦PROF|teacher⟧ at ⟦O|Grimsley High School⟧. She meets every criterion in your policy ⟦I|MED-311⟧.
Please contact me directly with any questions.
Sincerely,
⟦N|Anastasia Villanueva-Roth⟧, MD, FAHS     NPI ⟦I|1447829103⟧
`);

note("coroner-caps", `
⟦LO|HAMILTON COUNTY⟧ CORONER'S OFFICE - INVESTIGATOR'S REPORT      CASE NO. ⟦I|HC-97-01288⟧
DECEDENT: ⟦N|LAFLEUR, RAYMOND JOSEPH⟧   AKA "⟦N|RAY-RAY⟧"   DOB ⟦D|02/06/2031⟧   AGE 66   SEX M
PRONOUNCED: ⟦D|03/22/2097⟧ 04:18 BY DR ⟦N|WINSLOW⟧, ⟦H|BETHESDA NORTH⟧ ED.
SCENE: RESIDENCE, ⟦S|4417 COOPER RD⟧, ⟦C|BLUE ASH⟧. FOUND BY ROOMMATE ⟦N|DWAYNE PICKETT⟧ ON BATHROOM FLOOR AT APPROX 03:30; 911 CALL LOGGED BY ⟦O|BLUE ASH FIRE⟧ 03:34.
PARAPHERNALIA: SPOON, CUT STRAW, 2 EMPTY BAGGIES COLLECTED (PROPERTY TAG ⟦I|PT-88120⟧). NARCAN X2 BY MEDICS, NO RESPONSE.
HISTORY (PER SISTER ⟦N|GERALDINE LAFLEUR-HOOKS⟧ BY PHONE ⟦P|513-555-0198⟧): HEROIN/FENTANYL USE, OUT OF ⟦O|SUMMIT BEHAVIORAL HEALTHCARE⟧ ⟦D|03/15⟧.
PCP: NONE. LAST ENCOUNTER ⟦H|CHRIST HOSPITAL⟧ ED ⟦D|02/27/97⟧ (ABSCESS).
NEXT OF KIN: MOTHER ⟦N|ODETTE LAFLEUR⟧, ⟦A|93⟧, ⟦C|NORWOOD⟧ - NOTIFIED IN PERSON BY INVESTIGATOR AND ⟦O|NORWOOD PD⟧ OFC ⟦N|SCHRADER⟧ #⟦I|2210⟧.
AUTOPSY ORDERED: YES (DR ⟦N|K. AMARASINGHE⟧, DEPUTY CORONER). TOX SENT. BODY RELEASED TO ⟦O|SPRING GROVE FUNERAL HOMES⟧ ON ⟦D|03/24⟧.
INVESTIGATOR: ⟦N|TRACI MCNAIR-OSEI⟧, D-ABMDI
`);

note("telehealth-lower", `
video visit (doxy) ⟦D|12/1⟧ - pt located at home in ⟦C|sheboygan⟧, ⟦STATE|wi⟧; provider at ⟦O|froedtert⟧ ⟦C|menomonee falls⟧ clinic. consent verbal.
pt: ⟦N|marguerite "peggy" lindahl⟧, dob ⟦D|4/2/53⟧, mrn ⟦M|fh20448712⟧. daughter ⟦N|kristen⟧ helping w/ the ipad.
f/u copd + new home o2. says the ⟦O|apria⟧ guy (⟦N|dennis⟧) set up concentrator sn ⟦DEV|7713-ex-2208⟧ on ⟦D|11/24⟧, sats 91-93% on 2l.
had er visit at ⟦H|st. nick's⟧ on ⟦D|nov 18⟧ for exacerbation, pred burst done.
still smoking 4-5 cig/day; quitline ⟦P|1-800-555-0109⟧ info given again. pulm rehab at ⟦O|aurora sheboygan memorial⟧ - referral sent, fax ⟦F|920-555-0142⟧.
neighbor ⟦N|vern⟧ drives her to appts. lives on ⟦S|erie ave⟧ near the lake.
rtc 6 wk video or in person w/ dr. ⟦N|bhattacharya-ness⟧. total time 27 min.
- ⟦N|a. okoro⟧, np
`);

note("i2b2-ds", `
Discharge Summary
Patient Name: ⟦N|Fennimore, Josiah Q⟧       Medical Record #: ⟦M|2208-447-31⟧       Account #: ⟦I|A09771820⟧
Admission Date: ⟦D|8/27/2096⟧       Discharge Date: ⟦D|9/3/2096⟧
Principal Diagnosis: Acute on chronic systolic heart failure
HISTORY: The patient is a 74-year-old retired ⟦PROF|machinist⟧ from ⟦C|Chicopee⟧ with ischemic cardiomyopathy (EF 25%), ICD (Medtronic SN ⟦DEV|PZX441920S⟧),
who was admitted through the ⟦H|Baystate⟧ ED after his wife ⟦N|Ruth⟧ noted leg swelling and 12 lb weight gain. He was last admitted to ⟦H|Mercy Medical Center⟧ in ⟦D|June⟧.
HOSPITAL COURSE: 1. CHF: diuresed 9 L with IV furosemide; transitioned to torsemide 60 mg. Cardiology (Dr. ⟦N|Ibrahim Al-Rashidi⟧) added spironolactone.
2. AKI: Cr 1.4 -> 2.1 -> 1.5. 3. Device interrogation ⟦D|8/29⟧ by ⟦O|Medtronic⟧ rep ⟦N|Shauna⟧: no shocks.
DISPOSITION: home with ⟦O|VNA of Hampden County⟧. Follow up: Dr. ⟦N|Al-Rashidi⟧ ⟦D|9/10⟧ at ⟦O|Pioneer Valley Cardiology⟧, ⟦S|2 Medical Center Dr⟧, ⟦C|Springfield⟧ ⟦P|(413) 555-0118⟧;
PCP Dr. ⟦N|Wendeline Marsh⟧ within 1 week.
Condition on discharge: stable.
______________________________
⟦N|Oksana Petrenko-Hale⟧, MD   Hospitalist
Dictated: ⟦D|9/3/2096⟧ 11:20   Transcribed: ⟦D|9/3/2096⟧ 15:47 ⟦N|kjb⟧   Job: ⟦I|554128⟧
cc: ⟦N|Wendeline Marsh⟧, MD; ⟦N|Ibrahim Al-Rashidi⟧, MD
`);

note("i2b2-ds-caps", `
⟦H|MOUNT AUBURN HOSPITAL⟧
DISCHARGE SUMMARY                                           UNIT NUMBER: ⟦M|618-22-04⟧
NAME: ⟦N|QUIGLEY, DEIRDRE M⟧                                  ADMISSION DATE: ⟦D|12/09/95⟧
                                                            DISCHARGE DATE: ⟦D|12/14/95⟧
ATTENDING: ⟦N|BARNABY ST. CLAIR⟧, M.D.
HISTORY OF PRESENT ILLNESS: MRS. ⟦N|QUIGLEY⟧ IS A ⟦A|90⟧-YEAR-OLD WOMAN FROM ⟦H|NEVILLE CENTER⟧ WHO WAS FOUND BY STAFF WITH A GLUCOSE OF 41.
SHE WAS BROUGHT BY ⟦O|CATARACT EMS⟧. HER SON ⟦N|FINBAR QUIGLEY⟧, HER HEALTH CARE PROXY, WAS CALLED AT HIS HOME IN ⟦C|WATERTOWN⟧.
HOSPITAL COURSE: HYPOGLYCEMIA DUE TO GLYBURIDE, WHICH HAD BEEN STARTED ⟦D|11/30⟧ BY A COVERING PHYSICIAN. D10 DRIP X 36 HOURS. GLYBURIDE STOPPED.
SEEN BY GERIATRICS (DR. ⟦N|OYEBANJI⟧) WHO RECOMMENDED A1C TARGET < 8.5.
DISPOSITION: RETURN TO ⟦H|NEVILLE CENTER⟧ AT ⟦S|640 CONCORD AVENUE⟧, ⟦C|CAMBRIDGE⟧. FOLLOW-UP WITH DR. ⟦N|HARTIGAN⟧ ON ⟦D|DECEMBER 21⟧.
MEDICATIONS ON DISCHARGE: LISINOPRIL 5 MG DAILY, ASA 81, DONEPEZIL 10 MG QHS.
______________________________
⟦N|BARNABY ST. CLAIR⟧, M.D.
DD: ⟦D|12/14/95⟧  DT: ⟦D|12/15/95⟧  ⟦N|BSC⟧/⟦N|RMQ⟧  #⟦I|41190⟧
CC: ⟦N|CORNELIUS HARTIGAN⟧, M.D., ⟦O|FRESH POND MEDICAL⟧
`);

note("home-health-caps", `
HOME HEALTH START OF CARE (OASIS-E) - ⟦O|INTERIM HEALTHCARE OF THE OZARKS⟧
M0030 SOC DATE: ⟦D|05/05/2096⟧   M0040 NAME: ⟦N|BLEVINS, ARVILLA JUNE⟧   M0064 SSN ⟦SSN|411-20-9917⟧   M0066 DOB ⟦D|01/30/2005⟧
M0063 MEDICARE NO ⟦HP|3TF8-JK2-AA19⟧   M1000 DISCHARGED FROM: ⟦H|COX SOUTH⟧ ⟦D|05/03/2096⟧
ADDRESS: ⟦S|RR 3 BOX 118⟧, ⟦C|ROGERSVILLE⟧ ⟦Z|65742⟧ - GRAVEL DRIVE PAST THE ⟦O|CASEY'S⟧ ON ⟦S|HWY 60⟧, WHITE FARMHOUSE, DOGS.
PHYSICIAN: DR. ⟦N|T. ABERNATHY⟧ NPI ⟦I|1538201144⟧
AGE ⟦A|91⟧. LIVES WITH GRANDSON ⟦N|CODY BLEVINS⟧ (WORKS NIGHTS AT ⟦O|TYSON⟧). GREAT-GRANDDAUGHTER ⟦N|KENZIE⟧ HELPS WITH MEDS.
DX: L HIP FX S/P ORIF ⟦D|04/28⟧, CHF, AFIB.
SAFETY: THROW RUGS REMOVED, WOOD STOVE, NO SMOKE DETECTOR - ⟦O|ROGERSVILLE FIRE DEPT⟧ WILL INSTALL FREE.
PT/OT: ⟦N|DANA WHITSETT⟧, PT (EVAL ⟦D|05/07⟧). AIDE 2X/WK. 
CLINICIAN: ⟦N|LACEY MOUNTJOY⟧, RN   AGENCY PHONE ⟦P|417-555-0176⟧
`);

note("psych-hold", `
Psychiatric Emergency Evaluation — ⟦H|Harborview⟧ PES                ⟦D|2/11/97⟧ 01:15
Pt ⟦N|Leander Voss-Okafor⟧, 24 M, brought by ⟦O|SPD⟧ Officers ⟦N|Tran⟧ and ⟦N|Bellweather⟧ (incident # ⟦I|2097-048817⟧) after he was found on the ⟦LO|Aurora Bridge⟧ pedestrian rail.
Collateral: roommate ⟦N|Phoebe Castellanos⟧ (⟦P|206-555-0127⟧) — pt lost job at ⟦O|Amazon⟧ ⟦D|1/30⟧, broke up with partner ⟦N|Julian⟧, texted "goodbye" at 23:40.
Mother Dr. ⟦N|Helga Voss⟧ (a ⟦PROF|pediatrician⟧ in ⟦C|Spokane⟧) reached at 00:50 — prior attempt at 17 (overdose, ⟦H|Sacred Heart⟧).
MSE: disheveled, poor eye contact, affect constricted, endorses SI with plan, denies HI, no AH/VH.
Assessment: MDD, severe, with acute suicide risk.
Plan: 72-hour involuntary detention initiated by DCR ⟦N|Margarethe Olufemi⟧ (⟦O|King County Crisis and Commitment Services⟧), petition ⟦I|DCR-97-1144⟧.
Bed search: ⟦H|Fairfax Behavioral Health⟧ (⟦C|Kirkland⟧) accepted.
⟦N|S. Rajagopalan⟧, MD, Psychiatry    ⟦N|Ty Beaumont⟧, RN
`);

note("triage-phone-lower", `
nurse advice line - ⟦O|kaiser permanente mid-atlantic⟧      call ⟦D|6/17⟧ 2:41 am
caller ⟦N|ebony whitlock⟧ re: her son ⟦N|mekhi whitlock-barnes⟧, dob ⟦D|3/8/93⟧ (4 yo), kp# ⟦M|000118442071⟧
fever 103.8 x 2 days, now "breathing fast", pulling at ears. gave tylenol 240 mg at 1 am.
no rash, drinking some, 2 wet diapers since noon. sibling ⟦N|amari⟧ had strep last wk (seen at ⟦O|kp largo⟧ by dr. ⟦N|nkemelu⟧).
disposition: ed within 1 hr. mom will go to ⟦H|children's national⟧ on ⟦S|michigan ave⟧ - dad ⟦N|terrence barnes⟧ driving from ⟦C|bowie⟧.
callback # ⟦P|301-555-0184⟧. care advice given, understands.
⟦N|g. osei-tutu⟧, rn   (ext ⟦P|61108⟧)
`);

note("postpartum-caps", `
POSTPARTUM VISIT (6 WK) - ⟦O|WOMEN'S CARE OF THE VALLEY⟧, ⟦C|MCALLEN⟧      ⟦D|08/19⟧
PT: ⟦N|GARZA-VILLARREAL, XIMENA⟧   DOB ⟦D|10/10/2001⟧   ACCT ⟦I|WCV-661820⟧   MEDICAID ⟦HP|TX 5528814407⟧
DELIVERED ⟦D|07/08⟧ AT ⟦H|DHR HEALTH⟧ - PRIMARY C/S FOR ARREST OF DILATION, BABY BOY ⟦N|SANTIAGO⟧ 3.9 KG (PEDS: ⟦O|LA FAMILIA PEDIATRICS⟧).
EPDS 14 - TEARFUL, NOT SLEEPING; DENIES SI. PARTNER ⟦N|ALONSO REYNA⟧ WORKING DOUBLE SHIFTS AT ⟦O|H-E-B⟧ DISTRIBUTION. HER MOTHER DOÑA ⟦N|CELIA⟧ HELPING.
REFERRED TO ⟦O|TROPICAL TEXAS BEHAVIORAL HEALTH⟧ - INTAKE ⟦D|08/23⟧; POSTPARTUM SUPPORT INTERNATIONAL WARM LINE GIVEN.
INCISION HEALED. BREASTFEEDING + FORMULA (WIC OFFICE ON ⟦S|NOLANA AVE⟧).
CONTRACEPTION: NEXPLANON PLACED L ARM, LOT ⟦DEV|T031992⟧, EXP ⟦D|03/2099⟧.
PAP DUE - DONE TODAY, SENT TO ⟦O|CLINICAL PATHOLOGY LABS⟧ REQ ⟦I|CPL-41188-07⟧.
PROVIDER: ⟦N|ESPERANZA CANTU⟧, CNM   RTC 1 YR OR PRN. CALL ⟦P|956-555-0133⟧.
`);

note("peds-ed", `
Pediatric ED Provider Note — ⟦H|Le Bonheur⟧ ED          ⟦D|Jan. 6⟧          Attending: ⟦N|Darnell Okereke-Simms⟧, MD
⟦N|Amelia Rose Kettering⟧ is a 3 y/o F brought by father ⟦N|Brock Kettering⟧ from ⟦O|Little Acorns Learning Center⟧ daycare on ⟦S|Poplar Avenue⟧,
where staff (director Ms. ⟦N|Shonda Greer⟧) saw her put a button battery in her mouth at about 13:45 and could not find it after.
Mom ⟦N|Jessamyn⟧ is on her way from ⟦O|FedEx⟧ (works at the hub). Pt drooling, no stridor. Honey given in triage x2.
XR: 20 mm disc in proximal esophagus with double-ring sign. Called GI on call, Dr. ⟦N|Ravindra Pillai⟧, and ENT Dr. ⟦N|Oakes⟧: to OR for emergent removal.
Daycare licensing (⟦O|Tennessee DHS⟧) notified per policy; report # ⟦I|TDHS-97-2281⟧.
PCP: ⟦O|Germantown Pediatrics⟧, Dr. ⟦N|Yates-Olumide⟧, fax ⟦F|901-555-0112⟧. Insurance ⟦O|TennCare⟧/⟦O|BlueCare⟧ ID ⟦HP|ZEC441209183⟧.
Family lives at ⟦S|2290 Kirby Pkwy⟧, ⟦C|Germantown⟧; grandmother ⟦N|Beverly \"Nana Bev\" Kettering⟧ also present.
`);

note("dme-order-caps", `
DETAILED WRITTEN ORDER - DURABLE MEDICAL EQUIPMENT     ORDER # ⟦I|DWO-2096-77120⟧     DATE ⟦D|10/30/96⟧
BENEFICIARY: ⟦N|HOLLOWAY, CLEMENTINE R⟧   MBI ⟦HP|5KP3-WD8-YT61⟧   DOB ⟦D|07/04/1942⟧
DELIVERY ADDRESS: ⟦S|88 SASSAFRAS HOLLOW RD⟧, ⟦C|BURNSVILLE⟧, ⟦STATE|NC⟧ ⟦Z|28714⟧ (SON ⟦N|WENDELL HOLLOWAY⟧'S HOME - PT MOVED IN ⟦D|OCT 2096⟧)
ITEM: SEMI-ELECTRIC HOSPITAL BED (E0260) WITH GEL OVERLAY (E0185); ROLLATOR (E0143).
SUPPLIER: ⟦O|MOUNTAIN MEDICAL SUPPLY⟧, ⟦C|SPRUCE PINE⟧ - NPI ⟦I|1982004417⟧, PTAN ⟦I|NC-88120⟧
FACE-TO-FACE: ⟦D|10/22/96⟧ WITH ⟦N|HAZEL FRIZZELL⟧, FNP, AT ⟦O|MITCHELL COUNTY PRIMARY CARE⟧.
ORDERING PHYSICIAN: ⟦N|OTIS VANCAMPEN⟧, MD   NPI ⟦I|1225083904⟧   PHONE ⟦P|828-555-0138⟧   FAX ⟦F|828-555-0139⟧
SIGNATURE: /S/ ⟦N|O. VANCAMPEN⟧  ⟦D|10/30/96⟧
`);

note("mohs", `
Mohs Micrographic Surgery Note — ⟦O|Desert Dermatology & Skin Cancer Center⟧, ⟦C|Scottsdale⟧                     ⟦D|4-Feb-97⟧
Patient: ⟦N|Reginald Ashworth-Pike⟧, 79 M, referred by Dr. ⟦N|Pascale Lemaire⟧ (biopsy ⟦D|1/9⟧, ⟦O|Sonoran Dermpath⟧ #⟦I|SD97-00418⟧: nodular BCC).
Site: L nasal ala, 1.1 x 0.9 cm preop.
Stage I: 4 blocks, block 2 positive at 3 o'clock. Stage II: clear. Final defect 1.8 x 1.4 cm.
Repair: bilobed flap by Dr. ⟦N|Ines Carvalho-Webb⟧ (Mohs surgeon). Histotech: ⟦N|Rocco⟧.
Pt winters here from ⟦C|Thunder Bay⟧, ⟦STATE|Ontario⟧ — returns home ⟦D|April 1⟧; suture removal arranged with his dermatologist there, Dr. ⟦N|Keewatin⟧.
Stays at ⟦S|7721 E Saguaro Vista Ln⟧ with wife ⟦N|Margot⟧; local cell ⟦P|480-555-0167⟧.
`);

note("ssa-disability", `
Medical Source Statement — Physical       For: ⟦O|Social Security Administration⟧, Disability Determination Services, ⟦C|Columbia⟧, ⟦STATE|SC⟧
Claimant: ⟦N|Thurgood Ellison Mabry⟧     SSN ⟦SSN|247-61-0093⟧     DDS case ⟦I|DDS-SC-97-440182⟧
I have treated Mr. ⟦N|Mabry⟧ since ⟦D|May 2091⟧ at ⟦O|Orangeburg Family Health Center⟧ for lumbar radiculopathy after a fall from a scaffold
while working as a ⟦PROF|roofer⟧ for ⟦O|Palmetto Roofing & Gutters⟧. MRI ⟦D|6/2/93⟧ (⟦H|Regional Medical Center⟧) L4-5 extrusion; laminectomy by Dr. ⟦N|Gaines⟧ at ⟦H|MUSC⟧ ⟦D|10/93⟧.
He can sit 20 minutes, stand 15 minutes, lift 10 lb occasionally. He cannot bend repeatedly.
He lives with his sister ⟦N|Lurleen⟧ in ⟦C|Bowman⟧, who drives him; he stopped church at ⟦O|St. Paul AME⟧ because he could not sit through service.
Onset of limitations: ⟦D|3/14/2091⟧.
⟦N|Wilhelmenia Odom-Pratt⟧, MD     Date ⟦D|02/20/2097⟧     ⟦P|803-555-0149⟧
`);

note("death-pronounce-caps", `
DEATH NOTE - ⟦H|HENRY FORD WYANDOTTE⟧ 6 NORTH     ⟦D|11/02/2096⟧ 03:52
CALLED BY RN ⟦N|JOLENE KASPRZYK⟧ TO PRONOUNCE MR. ⟦N|ANTANAS "TONY" ZUKAUSKAS⟧, ⟦A|94⟧, MRN ⟦M|HFW00718844⟧, DNR/DNI, COMFORT CARE SINCE ⟦D|10/30⟧.
NO SPONTANEOUS RESPIRATIONS, NO HEART SOUNDS X 1 MIN, PUPILS FIXED. TIME OF DEATH 03:47.
FAMILY: DAUGHTER ⟦N|DANUTE ZUKAUSKAS-FERRIS⟧ AT BEDSIDE; SON ⟦N|VYTAUTAS⟧ IN ⟦C|GRAND RAPIDS⟧ NOTIFIED BY PHONE ⟦P|616-555-0191⟧.
ATTENDING DR ⟦N|MAHMOUD⟧ NOTIFIED 03:55. ⟦O|GIFT OF LIFE MICHIGAN⟧ CALLED 04:02, REFERRAL # ⟦I|GOL-96-1102-0447⟧ - TISSUE ONLY, FAMILY DECLINED.
ME NOT A CASE (⟦LO|WAYNE COUNTY⟧ ME INVESTIGATOR ⟦N|R. OKONKWO-PAYNE⟧ RELEASED BY PHONE, CASE ⟦I|WC-96-08812⟧).
FUNERAL HOME: ⟦O|MOLNAR FUNERAL HOME⟧ ON ⟦S|FORT ST⟧, ⟦C|SOUTHGATE⟧. PRIEST FROM ⟦O|ST. ANTHONY LITHUANIAN PARISH⟧ (FR. ⟦N|JONAITIS⟧) GAVE LAST RITES ⟦D|11/01⟧.
⟦N|PRIYANKA DEVARAKONDA⟧, MD, NOCTURNIST   PGR ⟦P|28814⟧
`);

note("sti-partner-lower", `
dis partner services note - ⟦O|baltimore city health dept⟧ std/hiv program      ⟦D|9/9⟧
index: ⟦N|dequan "dq" matthews⟧, 22, dx syphilis (secondary) + new hiv ⟦D|9/2⟧ at ⟦O|druid std clinic⟧. chart # ⟦M|bchd-0448120⟧.
interview done by dis ⟦N|marisela quintanilla⟧ in person at clinic on ⟦S|druid hill ave⟧.
partners (last 6 mo):
1. ⟦N|tavon⟧ ("⟦N|t-bone⟧") - no last name, met at the ⟦O|hippo⟧ club, phone ⟦P|443-555-0175⟧ (given by index). field visit to ⟦S|e. 25th st⟧ address - not home, door hanger left.
2. ⟦N|kiara simmons⟧ - ex, lives in ⟦C|glen burnie⟧ (⟦LO|anne arundel county⟧) - referred to aa co. dis ⟦N|b. hollister⟧ via ilis ⟦I|md-97-1124⟧.
3. anonymous via grindr - internet notification sent from program profile.
index started on biktarvy via ⟦O|chase brexton⟧ - case mgr ⟦N|ronnie⟧; bicillin x1 given ⟦D|9/2⟧.
next: re-attempt #1 ⟦DAY|fri⟧; rpr titer at 3 mo (~⟦D|12/2⟧).
`);

note("concussion-return", `
Return-to-Learn / Return-to-Play Clearance       ⟦O|Sports Medicine at Steadman Hawkins⟧, ⟦C|Greenwood Village⟧      ⟦D|Nov 19th⟧
Athlete: ⟦N|Saoirse Fitzgerald-Nakamura⟧, 16, ⟦O|Cherry Creek High School⟧ girls' soccer (#14), Coach ⟦N|Dominic Ferraro⟧.
Injury ⟦D|Oct 28th⟧: head-to-head collision vs. ⟦O|Regis Jesuit⟧. Seen that night at ⟦H|Sky Ridge⟧ ED, CT negative.
SCAT6 symptom score now 0 (was 41 on ⟦D|10/29⟧). ImPACT back to baseline (baseline ⟦D|8/12⟧, athletic trainer ⟦N|Keelan Moss⟧, ATC).
Completed graded return stages 1-5 with ATC supervision ⟦D|11/12⟧-⟦D|11/18⟧ without symptoms.
Cleared for full contact. School accommodations can end; letter sent to counselor Mr. ⟦N|Abernathy⟧ via ⟦E|counseling@cchs-example.org⟧.
Parents ⟦N|Brigid⟧ and ⟦N|Kenji⟧ agree. Mom's cell ⟦P|720-555-0157⟧.
⟦N|Harriet Okonkwo-Lind⟧, MD, CAQSM
`);

note("newborn-dc-caps", `
NEWBORN DISCHARGE SUMMARY - WELL BABY NURSERY, ⟦H|SANFORD USD MEDICAL CENTER⟧      DISCHARGE ⟦D|06/15/2096⟧
INFANT: BABY BOY ⟦N|TWO EAGLE⟧ ("⟦N|ELIJAH⟧")   MRN ⟦M|SF-88120477⟧   DOB ⟦D|06/13/2096⟧ 21:08   BW 3340 G   DC WT 3180 G
MOTHER: ⟦N|WINONA TWO EAGLE⟧, 19, G1P1, MRN ⟦M|SF-71104328⟧. FATHER: ⟦N|KEVIN LITTLE THUNDER⟧ (INVOLVED).
HOME: ⟦C|MISSION⟧ (⟦LO|ROSEBUD RESERVATION⟧) - 3 HR DRIVE; MATERNAL GRANDMOTHER ⟦N|LORNA TWO EAGLE⟧ TO DRIVE.
HEP B #1 GIVEN ⟦D|06/14⟧ (LOT ⟦DEV|HB4471C⟧). VIT K, EES GIVEN. CCHD SCREEN PASS. HEARING PASS BILAT. NBS SENT ⟦D|06/14⟧ (CARD ⟦I|SD-NBS-0967712⟧).
BILI 9.1 AT 36 HRS (LOW-INT RISK).
FOLLOW-UP: ⟦O|IHS⟧ ⟦H|ROSEBUD HOSPITAL⟧ PEDIATRIC CLINIC ⟦D|06/17⟧ - PHONE ⟦P|605-555-0122⟧; PCP DR ⟦N|SPOTTED ELK⟧.
WIC REFERRAL DONE. CAR SEAT FROM ⟦O|SAFE KIDS SIOUX FALLS⟧.
PEDIATRICIAN: ⟦N|HALVARD OPSAHL⟧, MD   ⟦D|06/15/2096⟧ 10:30
`);

note("legal-blood-draw", `
Legal Blood Alcohol Draw — Chain of Custody            ⟦H|Regions Hospital⟧ ED          Date ⟦D|12/31/96⟧ 23:58
Requesting agency: ⟦O|Minnesota State Patrol⟧, Trooper ⟦N|Anders Kvalheim⟧, badge ⟦I|4471⟧, ICR ⟦I|96-551204⟧.
Subject: ⟦N|Brayden Thomas Oyelowo-Schultz⟧   DOB ⟦D|2/14/75⟧   DL ⟦I|S-430-118-774-012⟧
Search warrant #⟦I|62-SW-96-1188⟧ signed by Judge ⟦N|Margit Engebretson⟧, ⟦LO|Ramsey County⟧ District Court, presented at 23:50.
Kit ⟦DEV|BCA-DWI-0088120⟧, two grey-top tubes, drawn L AC with non-alcohol prep by ⟦N|Yusuf Abdirahman⟧, MLS(ASCP), witnessed by RN ⟦N|Corinna Blackwell⟧.
Sealed and handed to Trooper ⟦N|Kvalheim⟧ 00:06 ⟦D|1/1/97⟧. Subject's mother ⟦N|Gwen Schultz⟧ called by patient from ED phone.
Clinical care separate (see ED note by Dr. ⟦N|Lindahl⟧).
`);

note("bariatric-psych", `
Pre-Surgical Psychological Evaluation (Bariatric) — ⟦O|Lehigh Valley Weight Management Center⟧          ⟦D|7/21/2096⟧
Referred by Dr. ⟦N|Constantin Moraru⟧ (surgeon) for sleeve gastrectomy clearance. Evaluator: ⟦N|Rebekah Strassburger⟧, PsyD.
Ms. ⟦N|Tawnya Kreider-Obi⟧ is a 38-year-old ⟦PROF|school bus driver⟧ for ⟦O|Parkland School District⟧ who lives in ⟦C|Schnecksville⟧ with her husband
⟦N|Dwight⟧ and three children (⟦N|Kaden⟧, ⟦N|Kolby⟧, ⟦N|Kinsley⟧). Weight history: 180 lb at wedding (⟦D|2084⟧), 290 lb after third pregnancy (⟦D|2091⟧).
Prior attempts: ⟦O|Weight Watchers⟧ at the ⟦C|Fogelsville⟧ center, phentermine via Dr. ⟦N|Hackett⟧ ⟦D|2093⟧.
Psychiatric: treated for depression in her 20s at ⟦O|Pinebrook Family Answers⟧; no current treatment. Binge Eating Scale 14 (no BED).
Her mother ⟦N|Darla Kreider⟧ had gastric bypass at ⟦H|St. Luke's Bethlehem⟧ and "regained everything", which worries her.
Support: husband supportive; sister-in-law ⟦N|Amara Obi⟧ (a ⟦PROF|dietitian⟧) will help with meal plans. Support group at ⟦H|LVH-Cedar Crest⟧ 2nd ⟦DAY|Tuesdays⟧.
Recommendation: psychologically cleared. Follow-up ⟦D|10/6⟧.
⟦N|Rebekah Strassburger⟧, PsyD, Licensed Psychologist ⟦I|PS-018841⟧
`);

note("retina-caps", `
RETINA CLINIC - ⟦O|WILLS EYE⟧ ⟦C|CHERRY HILL⟧ OFFICE     ⟦D|3/30/97⟧
PT ⟦N|DIPAOLO, CONCETTA⟧ (GOES BY "⟦N|TINA⟧")   DOB ⟦D|9/9/2005⟧   AGE ⟦A|91⟧   MRN ⟦M|WE1187724⟧
EXUDATIVE AMD OU. LAST INJ ⟦D|2/23⟧ OD (AFLIBERCEPT), ⟦D|2/9⟧ OS.
VA CC 20/80 OD, 20/50 OS. OCT: OD NEW SRF, OS DRY.
INJ TODAY OD: AFLIBERCEPT 2 MG, LOT ⟦DEV|4A0118CX⟧, BY DR ⟦N|M. RAFFERTY-SHAH⟧. TECH ⟦N|GIOVANNA⟧.
DRIVEN BY NEPHEW ⟦N|NICKY DIPAOLO⟧ FROM ⟦C|HADDONFIELD⟧ (⟦P|856-555-0104⟧). LIVES IN AN INDEPENDENT APT AT ⟦S|12 KINGS HWY E⟧.
RTC 4 WK OD, 6 WK OS. MEDICARE + ⟦O|AARP⟧ SUPPLEMENT ⟦O|AARP⟧ ⟦HP|0044182771⟧.
`);

note("preop-anesthesia", `
Pre-Anesthesia Evaluation — ⟦H|Sentara Norfolk General⟧                  Surgery date ⟦DAY|Thu⟧ ⟦D|5/8⟧
Patient: ⟦N|Cordelia Ashby-Nwankwo⟧, 66 F, for elective R TKA with Dr. ⟦N|Beaumont Ridley⟧ (⟦O|Orthopaedic & Spine Center⟧).
Airway: Mallampati II, TMD > 3 FB, full dentition with a bridge (from Dr. ⟦N|Phan⟧, her dentist in ⟦C|Chesapeake⟧). OSA on CPAP (ResMed, SN ⟦DEV|23181847720⟧).
Prior anesthesia: cholecystectomy ⟦D|2088⟧ at ⟦H|Maryview⟧ — severe PONV. Her brother ⟦N|Lionel Ashby⟧ had malignant hyperthermia? — "got very hot" during a hernia repair at ⟦H|Portsmouth Naval⟧ in ⟦D|2079⟧; records requested (ROI ⟦I|ROI-97-04417⟧).
Plan: MH-safe technique (TIVA, no succinylcholine), spinal + adductor canal block. Anesthesiologist: ⟦N|Gwendolyn Opoku⟧, MD.
Husband ⟦N|Emmanuel⟧ will be her ride; contact ⟦P|757-555-0116⟧. Pre-op RN ⟦N|Skye⟧, ext ⟦P|4-3390⟧.
`);

note("case-mgmt", `
Case Management — Discharge Planning           ⟦H|Maine Med⟧ R6      ⟦DAY|Sat⟧ ⟦D|1/17⟧
Pt ⟦N|Ezra Thibault-Greenleaf⟧, 58, admitted ⟦D|1/12⟧ w/ L BKA for PAD/osteomyelitis. Lives alone in a 3rd-floor walk-up at ⟦S|41 Munjoy Street⟧, ⟦C|Portland⟧.
Needs: SNF for rehab/wound vac. Referrals sent ⟦D|1/15⟧ via Allscripts Careport:
 - ⟦H|Barron Center⟧ — declined (no wound vac beds)
 - ⟦H|Cedars⟧ (⟦C|Portland⟧) — reviewing, admissions ⟦N|Nikki Bouchard⟧ ⟦P|207-555-0189⟧
 - ⟦H|Scarborough Terrace⟧ — accepted, bed ⟦DAY|Monday⟧
Insurance: ⟦O|MaineCare⟧ ⟦HP|MC0088412207⟧ — no auth needed for SNF.
Pt's ex-wife ⟦N|Colette Greenleaf⟧ is his HCP (document on file ⟦D|3/2/94⟧); she lives in ⟦C|Biddeford⟧ and agrees with ⟦H|Scarborough Terrace⟧.
Landlord Mr. ⟦N|Pelletier⟧ aware of expected 4-6 week absence; cat with neighbor ⟦N|Jody⟧.
⟦N|Marianne Ouellette⟧, RN CM   ⟦P|207-555-0170⟧
`);

note("aps-report", `
Adult Protective Services — Mandated Reporter Intake (faxed)      ⟦O|Clark County Social Service⟧ APS      Intake # ⟦I|APS-97-031882⟧
Date of report: ⟦D|3/18/2097⟧     Reporter: ⟦N|Imogen Delacroix-Bates⟧, LCSW, ⟦H|Sunrise Hospital⟧, ⟦P|702-555-0163⟧, fax ⟦F|702-555-0164⟧
Vulnerable adult: ⟦N|Florencio Bautista Macaraeg⟧, 81, DOB ⟦D|8/8/15⟧, admitted ⟦D|3/16⟧ with dehydration and stage 4 sacral ulcer.
Address: ⟦S|5230 W Desert Inn Rd⟧, Apt 118, ⟦C|Las Vegas⟧ ⟦Z|89146⟧.
Alleged perpetrator: grandson ⟦N|Jericho Macaraeg⟧, 27, paid caregiver through ⟦O|Nevada Medicaid⟧ PCS via ⟦O|Silver State Home Care⟧ (supervisor ⟦N|Luzviminda Ocampo⟧).
Concerns: no food in the apartment per ⟦O|LVMPD⟧ welfare check ⟦D|3/15⟧ (event ⟦I|LLV970315004417⟧); pt's Social Security check cashed ⟦D|3/3⟧; grandson not reachable at ⟦P|725-555-0129⟧.
Other family: daughter ⟦N|Remedios Macaraeg-Cruz⟧ in ⟦C|Daly City⟧, ⟦STATE|CA⟧ — says she was told "Lolo is fine"; she will fly in ⟦D|3/20⟧.
Pt is alert, Tagalog-speaking; interview via interpreter ⟦N|Rowena⟧ (ID ⟦I|7712⟧). He asked that his parish, ⟦O|St. Anne Catholic Church⟧ on ⟦S|Maryland Pkwy⟧, be told.
`);

write();
