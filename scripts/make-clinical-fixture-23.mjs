// Why this file exists: builds test/fixtures/clinical-notes-23.jsonl, a twenty-third labelled set of clinical notes
// written by hand in stop 35 to measure the tree blind: written without reading the name detector (assembly/, src/),
// docs/names-rounds.md or the test tables (fixture 22's generator and test file and the last section of
// docs/clinical-fixtures.md were read for the form and the labels), with the PHI density of the i2b2
// de-identification notes, in report types and settings fixtures 1-22 hold least: oral and maxillofacial surgery, an
// FQHC dental visit, an orthodontic referral letter, a retail optometry exam, a cataract pre-operative visit, an
// outpatient dialysis unit's monthly note, a hospice admission, a palliative consult, a county-jail intake screening,
// a school nurse's note, a DOT physical, an on-site employer clinic, a direct-to-consumer telehealth visit, genetic
// counselling, a living-donor transplant evaluation, a blood bank transfusion-reaction report, a post-travel fever
// clinic, an urgent-care chain visit, an ambulance patient care report with its billing, a prior-authorisation letter,
// chiropractic, a TB clinic's contact investigation, an immunisation record, a fertility clinic, a medical examiner's
// report, a dietitian's consult, audiology (hearing aids), a sleep study, a pharmacist's medication review, home
// infusion intake, a CPAP compliance letter, a poison centre call, a utilization review note, physical therapy,
// podiatry, an allergy clinic, a mobile crisis team, a VA community-care referral, a denial appeal letter and a
// mobile farmworker clinic; 14 notes in ALL CAPS and 3 in lower case. Regions: Maine and the Northeast Kingdom, the
// Mohawk Valley and the North Country, the Iron Range and the Upper Peninsula, Yakima and Walla Walla, the Rogue
// Valley, the Central Valley, the Texas Panhandle, Acadiana and Terrebonne, north-central Florida, the Tri-Cities of
// Tennessee, central Nebraska, Wyoming, Yuma, Flagstaff, St. George, Reno, Fairbanks, Puerto Rico, the Quad Cities,
// Altoona, Chillicothe, Evansville, Peoria, Eau Claire and Minot.
// PHI forms sought: organisations with no head word (one-word vendors, labs, insurers, carriers, employers, brands of
// English words), agencies and programmes of English words, churches, schools, unions, fire and EMS districts,
// facilities as system + campus and as one word; names as "LAST, FIRST M", "Last, First", initials, nicknames,
// hyphenated and particle surnames; ages over 89 as "92 YO", "age 96", "NINETY-THREE", "a 101-year-old"; dates as
// "04-APR-2097", "2097.04.11", "4/11", "April 11th", "11 Apr 97"; IDs as claim, auth, case, run, incident, unit, lot,
// serial, accession, NPI, DEA, licence, booking, donor, UNOS, ISBT unit and member numbers.
// Labelling follows fixtures 11-22: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are no PHI; clinicians' and
// transcriptionists' initials are PHI; titles, ranks, degrees and cue words stay outside the name; "the" stays outside
// a facility; room, bed, chair and unit codes and departments are left unlabelled; nursing homes, assisted living,
// clinics with a place name and VA clinics are HOSPITAL; companies, insurers, schools, churches, pharmacies,
// agencies, jails, police, courts, tribes and units are ORGANIZATION; counties and landmarks are LOCATION-OTHER; MRNs
// are MRN; member, Medicaid and Medicare numbers HEALTHPLAN; accession, case, claim, NPI, licence and requisition
// numbers ID; serials and lots DEVICE; extensions PHONE; Medicare and Medicaid as programmes unlabelled.
// Every person, street, facility and number is invented here (real towns, and a few national firms, agencies and
// chains named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-22 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-23.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-23.jsonl", "make-clinical-fixture-23");
note("oral-surgery-caps", `
⟦O|NORTHERN MAINE ORAL & MAXILLOFACIAL SURGERY, PA⟧          OPERATIVE NOTE
⟦S|88 HOGAN RD⟧, ⟦C|BANGOR⟧, ⟦STATE|ME⟧ ⟦Z|04401⟧     TEL ⟦P|207-555-0182⟧
PATIENT: ⟦N|THIBODEAU, GRETCHEN A⟧     CHART #: ⟦M|NMO-20418⟧     DOS: ⟦D|04-APR-2097⟧
SURGEON: ⟦N|KOWALCZYK, STANISLAW⟧, DMD, MD     ASSISTANT: ⟦N|BRIANNA OUELLETTE⟧, CDA
REFERRED BY: DR. ⟦N|PELLETIER⟧, ⟦O|KATAHDIN FAMILY DENTAL⟧, ⟦C|MILLINOCKET⟧.
PROCEDURE: EXTRACTION #1, #16, #17, #32 (FULL BONY IMPACTIONS 17 AND 32), IV MODERATE SEDATION.
SEDATION: MIDAZOLAM 6 MG, FENTANYL 75 MCG TITRATED. ASA II. MONITORED PER PROTOCOL, SPO2 >96% THROUGHOUT.
FINDINGS: #17 IN CLOSE PROXIMITY TO IAN ON CBCT (TAKEN ⟦D|3/21/97⟧). CORONECTOMY DISCUSSED, PT CHOSE FULL REMOVAL.
CLOSURE: 3-0 CHROMIC GUT. GELFOAM TO SOCKETS. BONE GRAFT NOT PLACED.
DRIVER: HUSBAND ⟦N|RAYMOND THIBODEAU⟧ ⟦P|207-555-0116⟧. WORKS AT ⟦O|CIANBRO⟧ - NOTE FOR EMPLOYER GIVEN.
INSURANCE: ⟦O|NORTHEAST DELTA DENTAL⟧ ID ⟦HP|NDD774120963⟧; MEDICAL CROSSOVER TO ⟦O|ANTHEM⟧.
POST-OP CHECK ⟦D|04/11/2097⟧ (⟦DAY|FRIDAY⟧). RX SENT TO ⟦O|HANNAFORD PHARMACY⟧ ⟦C|BREWER⟧: IBUPROFEN 600, HYDROCODONE/APAP 5/325 #8 (PMP CHECKED, REPORT ⟦I|ME-PMP-88120445⟧).
⟦N|SK⟧/⟦N|BO⟧
`);

note("fqhc-dental", `
⟦H|Yakima Valley Farm Workers Clinic⟧ – Dental, ⟦H|Toppenish Dental Clinic⟧
Date of service: ⟦D|April 8th, 2097⟧    Patient: ⟦N|Ximena Cervantes Ochoa⟧    DOB ⟦D|01/30/2089⟧    Chart ⟦M|YVFWC-3318042⟧
Provider: Dr. ⟦N|Hyun-woo Baek⟧, DDS; hygienist ⟦N|Teresa Olvera⟧, RDH.
CC: "my tooth hurts when I drink cold" x 2 weeks, lower right.
Hx: 8 y/o, brought by mother ⟦N|Yesenia Ochoa⟧ (Spanish; interpreter ⟦N|Rogelio Saucedo⟧, ID ⟦I|YV-INT-0471⟧). Attends ⟦O|Garfield Elementary⟧ in ⟦C|Toppenish⟧; seen by sealant van from ⟦O|Washington Dental Service Foundation⟧ last fall.
Exam: #30 deep occlusal caries, #S and #T with interproximal lesions, gingiva pink. BWX x2 taken.
Tx today: SDF to #S, #T; #30 composite (DO). Fluoride varnish.
Coverage: ⟦O|Apple Health⟧ / ⟦O|Molina Healthcare of Washington⟧, ProviderOne ⟦HP|108847720WA⟧.
Next: ⟦D|5/6⟧ for sealants #3, #14, #19. Mom works for ⟦O|Stemilt⟧ packing house; call ⟦P|509-555-0148⟧ after 4 pm.
`);

note("orthodontic-referral", `
Dear Dr. ⟦N|Lindqvist⟧,

Thank you for seeing ⟦N|Oskar Haugen⟧ (DOB ⟦D|07/14/2084⟧), age 12, whom I saw for his recall on ⟦D|March 28, 2097⟧ at ⟦O|Lakeside Pediatric Dentistry⟧ in ⟦C|Eau Claire⟧. He has a Class II division 1 malocclusion with 9 mm overjet, a deep impinging bite and crowding of the lower anteriors; #6 and #11 are palatally displaced on the pano. He plays trumpet in the ⟦O|North High School⟧ band and his lip trauma from the brackets of his old appliance was a concern of his mother, ⟦N|Ingrid Haugen-Moua⟧.
Insurance: ⟦O|Delta Dental of Wisconsin⟧, subscriber ⟦N|Pa Moua⟧ (stepfather, ⟦O|Menards⟧ corporate), group ⟦HP|0047712⟧, member ⟦HP|DDW55810294⟧. Records (pano, ceph, photos) are uploaded to your ⟦O|Dolphin⟧ portal under case ⟦I|LPD-97-0318⟧.
Please call our office at ⟦P|715-555-0164⟧ if you need anything else.

Sincerely,
⟦N|Marit Solberg-Vang⟧, DDS
⟦O|Lakeside Pediatric Dentistry⟧, ⟦S|2120 Fairfax St⟧, ⟦C|Eau Claire⟧, ⟦STATE|WI⟧ ⟦Z|54701⟧
cc: ⟦N|Ingrid Haugen-Moua⟧
`);

note("optometry-retail", `
⟦H|Walmart Vision Center⟧ #⟦I|2217⟧ – ⟦C|Casper⟧, ⟦STATE|WY⟧     Independent Doctor of Optometry: ⟦N|Jared Brinkerhoff⟧, OD
Exam date: ⟦D|4/2/2097⟧   Patient: ⟦N|Shoshone Ridgeway⟧   DOB: ⟦D|11/19/2051⟧
Reason: blurry distance, new glasses; drives for ⟦O|Halliburton⟧ in the ⟦LO|Powder River Basin⟧.
VA sc OD 20/40 OS 20/50. MRx OD -1.25-0.50x180, OS -1.50-0.75x170, add +2.00. VA cc 20/20 OU.
IOP (iCare) 16/17. DFE: C/D 0.3 OU, mild NS cataract OU, no DR. Amsler normal.
Vision plan: ⟦O|VSP⟧ member ID ⟦HP|VSP-448190227⟧; frame allowance used. Medical billing to ⟦O|BCBS Wyoming⟧ not needed.
Rx faxed to ⟦O|Costco Optical⟧ per pt preference (fax ⟦F|307-555-0133⟧). Return 1 yr. Report to PCP Dr. ⟦N|Amadi⟧ at ⟦H|Wyoming Medical Center⟧ — now ⟦H|Banner Wyoming Medical Center⟧.
`);

note("cataract-preop-caps", `
⟦H|EYE ASSOCIATES OF THE ROGUE VALLEY⟧ / CATARACT PRE-OP
DATE: ⟦D|2097.04.11⟧     PT: ⟦N|ABERNATHY, CLEMENTINE R.⟧     DOB: ⟦D|1995.06.03⟧ (⟦A|101⟧)     MRN ⟦M|EARV-0071449⟧
SURGEON: ⟦N|DESROSIERS⟧, MD.     TECH: ⟦N|KAYLEE VOSS⟧, COT
⟦A|101⟧-YEAR-OLD WIDOW, LIVES AT ⟦H|RIDGEVIEW ASSISTED LIVING⟧ IN ⟦C|CENTRAL POINT⟧; NIECE ⟦N|DOROTHEA ABERNATHY-KING⟧ IS HEALTH CARE REP (⟦P|541-555-0109⟧).
VA OD 20/200 (BRUNESCENT NS 4+), OS 20/60. GLARE TESTING OS 20/200.
BIOMETRY (IOLMASTER 700, SN ⟦DEV|1217-44902⟧): AXIAL LENGTH OD 23.41, K 43.50/44.25.
PLAN: PHACO/IOL OD AT ⟦H|ROGUE VALLEY SURGERY CENTER⟧ ON ⟦D|4/24⟧, LENS ⟦O|ALCON⟧ SN60WF 21.0 D, BACKUP 20.5 D. TAMSULOSIN: NONE. TRANSPORT BY ⟦O|ROGUE VALLEY TRANSPORTATION DISTRICT⟧ VALLEY LIFT, TRIP ⟦I|VL-558301⟧.
MEDICARE ⟦HP|4TR9-QH2-MK71⟧ + ⟦O|PACIFICSOURCE⟧ MEDIGAP.
`);

note("dialysis-monthly-caps", `
⟦O|FRESENIUS KIDNEY CARE⟧ ⟦H|YUMA WEST⟧ - MONTHLY NEPHROLOGY PROGRESS NOTE     ⟦D|APR 2097⟧
PATIENT: ⟦N|QUINTERO, ARMANDO⟧     FMC #: ⟦M|2094471180⟧     CHAIR 11, MWF 2ND SHIFT
NEPHROLOGIST: ⟦N|OBI-NWANKWO, CHIDI⟧, MD ; SOCIAL WORKER ⟦N|L. ARVIZU⟧, MSW ; DIETITIAN ⟦N|PAIGE TORREZ⟧, RD
ACCESS: L BRACHIOBASILIC AVF, CREATED ⟦D|11/2096⟧ BY DR. ⟦N|ZEMANSKY⟧ AT ⟦H|YUMA REGIONAL MEDICAL CENTER⟧. BRUIT/THRILL GOOD.
LABS ⟦D|4/3⟧: SPKT/V 1.42, ALB 3.6, HGB 10.4, PHOS 6.8, PTH 611, K 5.1.
EDW 71.5 KG; IDWG AVG 3.4 KG. MISSED TX ⟦D|3/27⟧ (WORKING HARVEST AT ⟦O|SEMINIS⟧ FIELDS IN ⟦C|SOMERTON⟧).
TRANSPLANT: ON LIST AT ⟦H|MAYO CLINIC ARIZONA⟧ SINCE ⟦D|02/14/2096⟧, UNOS ID ⟦I|AZ44170-22⟧.
MEDS: SEVELAMER 1600 TID, CALCITRIOL, MIRCERA 100 MCG Q MONTH.
INSURANCE: ⟦O|AHCCCS⟧ / ⟦O|BANNER UNIVERSITY FAMILY CARE⟧ ⟦HP|A55018820⟧. TRANSPORT ⟦O|YCAT⟧ DIAL-A-RIDE.
QIP REVIEWED WITH ⟦N|ARMANDO⟧ AND DAUGHTER ⟦N|MARISOL⟧.
`);

note("hospice-admission-caps", `
⟦O|HOSPICE OF THE NORTH COUNTRY⟧ - ADMISSION NURSING ASSESSMENT
PATIENT: ⟦N|LAFOUNTAIN, HAROLD EUGENE⟧     AGE: ⟦A|93⟧     DOB: ⟦D|02-09-2004⟧     HOSPICE ID: ⟦M|HNC-40198⟧
ADMIT DATE: ⟦D|04/06/2097⟧     LOCATION OF CARE: HOME, ⟦S|4417 COUNTY ROUTE 12⟧, ⟦C|MADRID⟧, ⟦STATE|NY⟧ ⟦Z|13660⟧
REFERRING: DR. ⟦N|OKONKWO⟧, ⟦H|CLAXTON-HEPBURN MEDICAL CENTER⟧, ⟦C|OGDENSBURG⟧
TERMINAL DX: END-STAGE COPD (FEV1 19%), PPS 30%, FAST N/A.
HX: RETIRED ⟦PROF|DAIRY FARMER⟧, ⟦O|ST. LAWRENCE COUNTY⟧ LEGISLATOR FOR 20 YEARS. VETERAN, US ARMY ⟦COUNTRY|KOREA⟧. MEMBER ⟦O|ST. MARY'S CATHOLIC CHURCH⟧, ⟦C|WADDINGTON⟧; FATHER ⟦N|TIMOTHY BRZOZOWSKI⟧ TO VISIT.
CAREGIVERS: WIFE ⟦N|LORRAINE⟧ (⟦A|90⟧), SON ⟦N|DALE LAFOUNTAIN⟧ (LIVES NEXT DOOR, ⟦P|315-555-0177⟧).
DME: HOSPITAL BED, CONCENTRATOR 5L FROM ⟦O|LINCARE⟧ (SERIAL ⟦DEV|LC5-2209184⟧), SHOWER CHAIR.
COMFORT KIT DELIVERED BY ⟦O|KINNEY DRUGS⟧ ⟦C|CANTON⟧. MOLST SIGNED ⟦D|4/6/97⟧: DNR/DNI.
RN: ⟦N|MEGHAN CHAMPAGNE⟧, RN CHPN     NEXT VISIT ⟦DAY|THURSDAY⟧
`);

note("palliative-consult", `
Palliative Care Consult — ⟦H|St. Luke's Duluth⟧
Requested by: Dr. ⟦N|Aasgaard⟧ (hospitalist)   Date: ⟦D|4/9/2097⟧   Patient: ⟦N|Kauppi, Walter J.⟧   MRN: ⟦M|SLD00834471⟧
Reason: goals of care, metastatic pancreatic adenocarcinoma, progression on gemcitabine/nab-paclitaxel (oncology Dr. ⟦N|Freya Nakashima⟧, ⟦H|Essentia Health Cancer Center⟧).
Story: 74-year-old retired ore-boat engineer for ⟦O|Great Lakes Fleet⟧ out of ⟦C|Two Harbors⟧; lives with wife ⟦N|Sirkka⟧ in ⟦C|Hibbing⟧. Lutheran, ⟦O|Bethesda Lutheran Church⟧ — Pastor ⟦N|Rolf Erkkila⟧ visits.
Values: "I want to see the ice go out on ⟦LO|Lake Vermilion⟧ one more time." Does not want ICU. Afraid of being a burden.
Symptoms: pain 7/10 epigastric → methadone 2.5 mg q8h + oxycodone 5 mg prn; celiac plexus block offered (IR Dr. ⟦N|Pulkkinen⟧).
Plan: DNR/DNI confirmed; POLST completed; hospice referral to ⟦O|Essentia Health Hospice⟧ vs ⟦O|Range Hospice⟧ — family to choose; daughter ⟦N|Tuula Kauppi-Lind⟧ (⟦C|Minneapolis⟧) ⟦P|612-555-0193⟧ joining by phone ⟦DAY|Sunday⟧.
⟦N|Ayodele Fashola⟧, MD, Palliative Medicine · pager ⟦P|4471⟧
`);

note("jail-intake-caps", `
⟦O|POTTER COUNTY DETENTION CENTER⟧ - RECEIVING SCREENING (INTAKE MEDICAL)
INMATE: ⟦N|VILLASEÑOR, JESUS MANUEL⟧ "⟦N|CHUY⟧"     BOOKING #: ⟦I|PCDC-97-004418⟧     SO #: ⟦I|188420⟧
DATE/TIME: ⟦D|04/05/2097⟧ 0214     ARRESTING AGENCY: ⟦O|AMARILLO PD⟧ (OFC ⟦N|HINOJOSA⟧ #⟦I|1127⟧)
SCREENED BY: ⟦N|T. WHITFIELD⟧, LVN     VENDOR: ⟦O|SOUTHERN HEALTH PARTNERS⟧
CURRENT MEDS: BUPRENORPHINE 8 MG FROM ⟦O|PANHANDLE RECOVERY SERVICES⟧ (PRESCRIBER DR. ⟦N|ANAYA⟧, DEA ⟦I|BA4471902⟧); VERIFIED WITH ⟦O|WALGREENS⟧ ON ⟦S|S GEORGIA ST⟧.
HX: T2DM, SEIZURE X1 (ETOH WD ⟦D|2095⟧). LAST DRINK ⟦D|4/4⟧ EVENING. CIWA 6.
MH: DENIES SI. PRIOR STAY ⟦H|PAVILION AT NORTHWEST TEXAS⟧ ⟦D|JAN 2096⟧.
EMERGENCY CONTACT: MOTHER ⟦N|ROSALINDA VILLASEÑOR⟧ ⟦P|806-555-0191⟧, ⟦C|HEREFORD⟧.
EMPLOYER: ⟦O|TYSON FRESH MEATS⟧ (⟦C|AMARILLO⟧ PLANT).
DISPOSITION: GEN POP WITH CIWA/COWS Q8H, MAT CONTINUED PER ⟦O|TEXAS COMMISSION ON JAIL STANDARDS⟧ POLICY. FSBG ON INTAKE 212.
`);

note("school-nurse-lower", `
health office visit log — ⟦O|lincoln middle school⟧, ⟦O|grand island public schools⟧
date: ⟦D|4/10/2097⟧ 10:40   student: ⟦N|kaden oyelowo-schroeder⟧, grade 7, homeroom mrs. ⟦N|vlasak⟧
complaint: hit in face with dodgeball in pe (coach ⟦N|dusty kucera⟧). small nosebleed, stopped with pressure 5 min. no loc, no vision change. pupils equal.
hx: asthma — albuterol inhaler kept in office (rx dr. ⟦N|ngozi eze⟧, ⟦H|central nebraska medical clinic⟧), used 2 puffs at 10:55 for wheeze after crying; sats 97%.
called mom ⟦N|rachel schroeder⟧ at work (⟦O|chief industries⟧) ⟦P|308-555-0147⟧, she will pick up at noon. concussion handout given; athletic trainer ⟦N|brody wemhoff⟧ notified for return-to-play.
medicaid: ⟦O|nebraska total care⟧ id ⟦HP|n88120473⟧ on file. 504 plan on file.
⟦N|ann-marie kudlacek⟧, rn, school nurse · ⟦E|akudlacek@gips-k12.net⟧
`);

note("dot-physical-caps", `
⟦O|CONCENTRA⟧ OCCUPATIONAL HEALTH - ⟦H|CONCENTRA RENO⟧     DOT MEDICAL EXAMINATION
DATE: ⟦D|APRIL 7, 2097⟧     DRIVER: ⟦N|MCALLISTER, DUANE ROY⟧     DOB: ⟦D|08/22/2041⟧     CDL: ⟦STATE|NV⟧ ⟦I|1700448213⟧ (CLASS A)
EMPLOYER: ⟦O|SWIFT TRANSPORTATION⟧ / ⟦O|KNIGHT-SWIFT⟧, ⟦C|SPARKS⟧ TERMINAL. REQUESTED BY ⟦N|ROBIN ESCOBEDO⟧, SAFETY DEPT.
EXAMINER: ⟦N|PRIYA VENKATARAMAN⟧, DO     NRCME #: ⟦I|4471092886⟧
HISTORY: OSA ON CPAP (COMPLIANCE DOWNLOAD FROM ⟦O|APRIA⟧: 91% OF NIGHTS >4 H), HTN, INSULIN-TREATED T2DM (ITDM FORM MCSA-5870 COMPLETED BY DR. ⟦N|LEMIEUX⟧, ⟦H|RENOWN HEALTH⟧ ⟦H|SOUTH MEADOWS⟧, DATED ⟦D|03/30/2097⟧).
BP 138/86. VISION 20/25 OU W/O CORRECTION. WHISPER TEST PASS. UA: SG 1.020, PROT NEG, GLU 1+.
DETERMINATION: MEETS STANDARDS, 1-YEAR CERTIFICATE (ITDM). CERT # ⟦I|NV-97-55182⟧. DRUG SCREEN COLLECTED, CCF ⟦I|0804471293⟧, MRO ⟦O|MEDTOX⟧ VIA ⟦O|LABCORP⟧.
UPLOADED TO ⟦O|FMCSA⟧ REGISTRY ⟦D|4/7/97⟧.
`);

note("employer-onsite-clinic", `
Onsite Health Center — ⟦O|Caterpillar⟧ ⟦C|Mossville⟧ campus (operated by ⟦O|Marathon Health⟧)
⟦D|04/03/2097⟧ 07:20   Employee: ⟦N|Dejuan Pettaway⟧   Emp ID ⟦I|CAT-2288417⟧   DOB ⟦D|10/02/2070⟧
Dept: Building AC assembly line 4, supervisor ⟦N|Lacey Brucker⟧.
Injury: right forearm struck by a swinging hoist hook at 06:45; no LOC. Small 2 cm laceration, closed with Steri-strips; first aid only, not OSHA recordable per ⟦N|Gary Pflederer⟧ (EHS).
He also asked about BP: 152/94 today; prior at ⟦H|OSF HealthCare Saint Francis Medical Center⟧ ED was 148/90. PCP none — referred to Dr. ⟦N|Odette Lamarre⟧ at ⟦H|UnityPoint Clinic Family Medicine - Peoria Heights⟧.
Union: ⟦O|UAW Local 974⟧ steward ⟦N|Ron Teegarden⟧ present at his request.
Insurance: ⟦O|UnitedHealthcare⟧ (Cat plan), member ⟦HP|91844710⟧. Wife ⟦N|Keisha⟧ ⟦P|309-555-0122⟧.
RTW full duty today. ⟦N|Helen Oberweis⟧, APRN-FNP
`);

note("telehealth-dtc", `
Virtual Visit — ⟦O|Teladoc Health⟧ (video)      Visit ID: ⟦I|TDH-9920471185⟧
Provider: ⟦N|Nnamdi Chukwuemeka⟧, MD, licensed in ⟦STATE|Florida⟧ (ME ⟦I|141229⟧)
Patient: ⟦N|Brittney Lanier⟧, DOB ⟦D|3/17/2066⟧, located at home in ⟦C|Ocala⟧, ⟦STATE|FL⟧ (confirmed). Benefit through employer ⟦O|Publix⟧, plan ⟦O|Florida Blue⟧ ⟦HP|FLB771049922⟧.
Date: ⟦D|04/12/2097⟧ (⟦DAY|Saturday⟧) 21:14 ET
CC: dysuria and frequency x 2 days, no fever, no flank pain, not pregnant (LMP ⟦D|3/29⟧).
Assessment: uncomplicated cystitis.
Plan: nitrofurantoin 100 mg BID x 5 days sent to ⟦O|CVS⟧ #⟦I|4417⟧, ⟦S|3100 SW College Rd⟧, ⟦C|Ocala⟧. Return precautions; if not better see ⟦H|AdventHealth Ocala⟧ ED or her PCP Dr. ⟦N|Stavros Halkias⟧ at ⟦O|Ocala Family Medical Center⟧.
Connection: patient IP ⟦IP|98.184.22.147⟧, platform session ⟦U|https://member.teladoc.example/visit/9920471185⟧.
`);

note("genetic-counseling", `
Cancer Genetics Program — ⟦H|Dartmouth Cancer Center⟧, ⟦C|Lebanon⟧ ⟦STATE|NH⟧
Genetic counselling note   ⟦D|April 1, 2097⟧
Patient: ⟦N|Hollis Marchetti-Fontaine⟧, DOB ⟦D|9/9/2059⟧, MRN ⟦M|DH-08812207⟧
Referred by: Dr. ⟦N|Cyrus Abernethy-Wood⟧ (breast surgery) after a new diagnosis of triple-negative breast cancer at 37.
Family history (pedigree in chart): mother ⟦N|Genevieve Fontaine⟧ ovarian cancer at 52, died ⟦D|2081⟧ at ⟦H|Northeastern Vermont Regional Hospital⟧ in ⟦C|St. Johnsbury⟧; maternal aunt breast cancer at 44; maternal grandmother ⟦N|Aurore Fontaine⟧, alive at ⟦A|98⟧ in a home in ⟦C|Sherbrooke⟧, ⟦STATE|Quebec⟧. French-Canadian ancestry on both sides.
Testing: multigene panel (84 genes) through ⟦O|Invitae⟧, requisition ⟦I|RQ5528104⟧, saliva kit ⟦DEV|KIT-71180442⟧; insurance ⟦O|Harvard Pilgrim⟧ pre-approved (ref ⟦I|HPHC-PA-448120⟧).
Result ⟦D|4/18⟧: BRCA1 c.4327C>T (p.Arg1443*), pathogenic. Cascade letters for sister ⟦N|Odile⟧ and brother ⟦N|Remy Marchetti⟧ (⟦C|Burlington⟧).
Counsellor: ⟦N|Saoirse Dunleavy⟧, MS, CGC · ⟦P|603-555-0158⟧
`);

note("living-donor-eval-caps", `
⟦H|NEBRASKA MEDICINE⟧ TRANSPLANT CENTER - LIVING KIDNEY DONOR EVALUATION
DONOR: ⟦N|SCHLUETER, KRISTA M⟧     DOB ⟦D|05/05/2071⟧     DONOR ID: ⟦I|NM-LD-97-0128⟧     MRN: ⟦M|004418207⟧
INTENDED RECIPIENT: HER BROTHER ⟦N|MATTHEW SCHLUETER⟧ (MRN ⟦M|004390112⟧), ESRD FROM IGA NEPHROPATHY, DIALYZES AT ⟦H|DAVITA KEARNEY⟧.
INDEPENDENT LIVING DONOR ADVOCATE: ⟦N|JOLENE PFEIFER⟧, LCSW. COORDINATOR: ⟦N|BRETT OKAFOR⟧, RN.
HLA: 2/6 MATCH, CROSSMATCH NEG (⟦O|VERSITI⟧ LAB, ACCESSION ⟦I|VH-40417733⟧). ABO O/O.
CT ANGIO ⟦D|3/31/97⟧: SINGLE ARTERIES BILATERALLY, L KIDNEY 11.2 CM. MAG3 SPLIT 49/51.
GFR (IOHEXOL) 104. BMI 27.9. NO HTN. 24H URINE PROTEIN 88 MG.
PSYCHOSOCIAL: WORKS AT ⟦O|CABELA'S⟧ IN ⟦C|SIDNEY⟧; FMLA THROUGH ⟦O|SEDGWICK⟧ CLAIM ⟦I|SDW-8831047⟧. HUSBAND ⟦N|TROY⟧ SUPPORTIVE.
SELECTION COMMITTEE ⟦D|04/15/2097⟧: APPROVED. OR TENTATIVELY ⟦D|5/20⟧ WITH DR. ⟦N|VANDERWAAL⟧ (LAP DONOR NEPHRECTOMY).
`);

note("transfusion-reaction-caps", `
BLOOD BANK / TRANSFUSION SERVICE - ⟦H|UPMC ALTOONA⟧          TRANSFUSION REACTION INVESTIGATION
PATIENT: ⟦N|DIBERT, LEONA FAYE⟧     MRN: ⟦M|ALT7720418⟧     AGE ⟦A|96⟧     LOCATION: 6 WEST 612
REPORTED BY: ⟦N|C. STIFFLER⟧, RN AT 1447 ON ⟦D|04/09/2097⟧
PRODUCT: RBC LEUKOREDUCED, UNIT ⟦DEV|W0404 97 118204 J⟧, O POS, FROM ⟦O|VITALANT⟧ (⟦C|PITTSBURGH⟧ DISTRIBUTION).
SYMPTOMS: AT 35 ML, TEMP 37.1 -> 38.9, RIGORS, BP 168/92, DYSPNEA. TRANSFUSION STOPPED.
CLERICAL CHECK: NO ERROR. POST DAT NEG. PLASMA NOT HEMOLYZED. REPEAT ABO/RH O POS. BAG CULTURE SENT (⟦O|QUEST DIAGNOSTICS⟧ ACCESSION ⟦I|QD44180772⟧).
CHEST X-RAY: NEW BILATERAL INFILTRATES -> TACO VS TRALI. BNP 2310.
INTERPRETATION (DR. ⟦N|HOSTETLER⟧, MEDICAL DIRECTOR): TRANSFUSION-ASSOCIATED CIRCULATORY OVERLOAD, PROBABLE. REPORTED TO ⟦O|NHSN⟧ HEMOVIGILANCE ⟦D|4/10⟧ AND TO SUPPLIER.
RECOMMEND: TRANSFUSE SLOWLY 1 ML/KG/H WITH FUROSEMIDE. PT'S SON ⟦N|RONALD DIBERT⟧ (⟦C|HOLLIDAYSBURG⟧) INFORMED ⟦P|814-555-0126⟧.
`);

note("post-travel-fever", `
Travel & Tropical Medicine Clinic, ⟦H|University of Utah Health⟧ — ⟦H|Redwood Health Center⟧
Date: ⟦D|11 Apr 97⟧   Pt: ⟦N|Kimball, Ephraim⟧   DOB ⟦D|2 Feb 2075⟧   MRN ⟦M|U0447218⟧
Returned ⟦D|4/2⟧ from 24 months as a missionary for ⟦O|The Church of Jesus Christ of Latter-day Saints⟧ in the ⟦O|Ghana Accra West Mission⟧; last weeks in ⟦C|Kumasi⟧ (⟦COUNTRY|Ghana⟧). Home in ⟦C|St. George⟧.
Fever 39.4 with rigors since ⟦D|4/8⟧; took doxycycline only intermittently. Pre-travel care was at ⟦O|Passport Health⟧ ⟦C|Salt Lake City⟧ (yellow fever certificate ⟦I|UT-YF-224471⟧).
Labs: thick/thin smear positive, Plasmodium falciparum 1.8%; BinaxNOW positive. Plt 88.
Plan: admit to ⟦H|University of Utah Hospital⟧ for artemether-lumefantrine, monitor parasitemia. Notified ⟦O|Utah Department of Health and Human Services⟧ epidemiology (⟦N|Hoku Kalani⟧) ⟦P|801-555-0141⟧.
Mission president ⟦N|Kofi Asamoah-Boateng⟧ and parents ⟦N|Lorin⟧ and ⟦N|Jeanette Kimball⟧ aware. ⟦N|Natalia Rubio-Esparza⟧, MD
`);

note("urgent-care-chain", `
⟦O|MedExpress⟧ Urgent Care — ⟦H|MedExpress Chillicothe⟧, ⟦S|1161 N Bridge St⟧
Visit ⟦D|04/06/2097⟧ 13:02 · ⟦N|Ransom, Tiffani L⟧ · DOB ⟦D|12/24/2086⟧ · Acct ⟦I|MX-00449187⟧
CC: L ankle injury playing softball for ⟦O|Adena Health⟧ rec league at ⟦LO|Yoctangee Park⟧.
Exam: lateral malleolus tender, Ottawa positive → XR: non-displaced distal fibula (Weber A).
Tx: CAM boot, crutches, ibuprofen; ortho follow-up with ⟦O|Ohio State Sports Medicine⟧ or ⟦O|Adena Orthopedic and Spine Institute⟧ within a week.
Works at ⟦O|Kenworth⟧ truck plant (⟦PROF|assembler⟧) — work note: seated duty 2 wks.
Ins: ⟦O|CareSource⟧ ⟦HP|CS10884471⟧. Pharmacy: ⟦O|Kroger⟧ #⟦I|942⟧.
Seen by ⟦N|Jamal Whitlock⟧, PA-C; XR read by ⟦O|Radiology Associates of Ohio⟧ (Dr. ⟦N|Feeney⟧).
`);

note("ambulance-pcr-caps", `
⟦O|TERREBONNE PARISH FIRE DISTRICT 5⟧ / ⟦O|ACADIAN AMBULANCE⟧          PATIENT CARE REPORT
INCIDENT #: ⟦I|2097-044812⟧     RUN #: ⟦I|M47-0419⟧     UNIT: MEDIC 47     DATE: ⟦D|04/08/2097⟧
DISPATCHED 1612 TO ⟦S|5217 BAYOUSIDE DR⟧, ⟦C|CHAUVIN⟧, ⟦STATE|LA⟧ ⟦Z|70344⟧ (CAMP NEAR ⟦LO|LAKE BOUDREAUX⟧).
PT: ⟦N|ROBICHAUX, ALCIDE JOSEPH⟧, ⟦A|91⟧ YOM, DOB ⟦D|01/15/2006⟧. FOUND BY GRANDDAUGHTER ⟦N|DANIELLE PELLEGRIN⟧ ON FLOOR OF SHRIMP-BOAT SHED.
ASSESSMENT: GCS 14, R HIP SHORTENED/EXT ROTATED. BGL 142. 12-LEAD: AFIB 88.
TX: 18G L AC, FENTANYL 50 MCG IV, TRACTION SPLINT DEFERRED, SCOOP/VACUUM MATTRESS.
TRANSPORT TO ⟦H|TERREBONNE GENERAL HEALTH SYSTEM⟧ (PT PREF), NO LIGHTS. TRANSFER OF CARE TO ⟦N|KRISTEN LEBLANC⟧, RN AT 1707.
CREW: ⟦N|B. TRAHAN⟧, NRP (#⟦I|P-20471⟧); ⟦N|T. NAQUIN⟧, EMT (#⟦I|E-33182⟧).
BILLING: MEDICARE ⟦HP|7KD4-WP1-YG28⟧, SECONDARY ⟦O|PEOPLES HEALTH⟧ ⟦HP|PH5518204⟧. LOADED MILES 31.4. PCS NOT REQUIRED (EMERGENT). SIGNATURE: PT UNABLE, SIGNED BY ⟦N|DANIELLE PELLEGRIN⟧ (REL: GRANDDAUGHTER).
`);

note("prior-auth-letter-caps", `
⟦O|TRI-CITIES ENDOCRINOLOGY, PLLC⟧
⟦S|2030 MEADOWVIEW PKWY⟧, SUITE 210, ⟦C|KINGSPORT⟧, ⟦STATE|TN⟧ ⟦Z|37660⟧   PH ⟦P|423-555-0170⟧   FAX ⟦F|423-555-0171⟧

⟦D|APRIL 3, 2097⟧

⟦O|BLUECARE TENNESSEE⟧ PHARMACY PRIOR AUTHORIZATION UNIT
VIA ⟦O|COVERMYMEDS⟧ KEY ⟦I|BDQ7R2LM⟧

RE: ⟦N|HORTON, CASSIDY JO⟧     DOB ⟦D|06/19/2081⟧     MEMBER ID ⟦HP|ZECM44718209⟧     CASE ⟦I|PA-97-0338142⟧
REQUEST: TIRZEPATIDE 5 MG WEEKLY FOR TYPE 2 DIABETES (E11.65).

TO WHOM IT MAY CONCERN: MS. ⟦N|HORTON⟧ HAS FAILED METFORMIN 1000 MG BID (GI INTOLERANCE, ⟦D|2095⟧), GLIPIZIDE (HYPOGLYCEMIA REQUIRING EMS FROM ⟦O|SULLIVAN COUNTY EMS⟧ ON ⟦D|11/02/2096⟧) AND SEMAGLUTIDE 1 MG (A1C 9.4 ON ⟦D|3/1/97⟧, ⟦O|BALLAD HEALTH⟧ LAB). SHE WORKS NIGHT SHIFT AT ⟦O|EASTMAN CHEMICAL⟧. PLEASE APPROVE.

SINCERELY,
⟦N|WINSTON ADEYEMI-CARTER⟧, MD     NPI ⟦I|1447920318⟧
`);

note("chiropractic", `
⟦O|Iron Range Chiropractic & Wellness⟧ — ⟦C|Virginia⟧, ⟦STATE|MN⟧
SOAP note ⟦D|4/10/2097⟧   Patient: ⟦N|Toivonen, Reino⟧ (DOB ⟦D|8/8/2059⟧)   Claim: ⟦I|WC-MN-97-00418⟧
S: Low back pain 6/10 after lifting a tire at ⟦O|Hibbing Taconite⟧ (⟦O|Cleveland-Cliffs⟧) ⟦D|3/24⟧; improving. No bowel/bladder change.
O: L4-5 restricted, paraspinal hypertonicity, SLR neg, reflexes 2+ symmetric.
A: lumbar sprain/strain (S33.5XXA), segmental dysfunction.
P: diversified adjustment L4-5, SI; flexion-distraction; e-stim; home program. Visit 6 of 12 authorized by ⟦O|SFM Mutual Insurance⟧ adjuster ⟦N|Carla Heikkinen⟧ (⟦P|952-555-0187⟧ ext. ⟦P|3312⟧).
QRC ⟦N|Tom Yliniemi⟧ of ⟦O|Rehab Options⟧ copied. Next ⟦DAY|Tuesday⟧.
Dr. ⟦N|Lasse Marttila⟧, DC
`);

note("tb-contact-investigation", `
⟦O|Fairbanks Regional Public Health Center⟧ — TB Program, Contact Investigation
Index case: ⟦N|Agnes Tritt⟧ (case # ⟦I|AK-TB-97-014⟧), smear 3+, diagnosed ⟦D|3/20/2097⟧ at ⟦H|Fairbanks Memorial Hospital⟧. From ⟦C|Arctic Village⟧; ⟦O|Tanana Chiefs Conference⟧ community health aide ⟦N|Dorothy Frank⟧ assisting.
Contact evaluated today (⟦D|4/4/2097⟧): ⟦N|Eli Peter⟧, DOB ⟦D|6/1/2088⟧, nephew, household contact; flew in on ⟦O|Wright Air Service⟧ ⟦D|3/12⟧.
IGRA (QuantiFERON) collected, ⟦O|Alaska State Public Health Laboratory⟧ accession ⟦I|SPHL-9920418⟧. CXR read by Dr. ⟦N|Ostrowski⟧: clear.
School: ⟦O|Ryan Middle School⟧, nurse ⟦N|Jan Whitehorse⟧ notified with parental consent.
If IGRA positive: 3HP by DOT with ⟦N|Maxine Sam⟧, PHN. Grandmother ⟦N|Sarah Tritt⟧, ⟦A|94⟧, also household — specimen pending.
⟦N|Lorraine Ahgupuk⟧, RN, PHN · ⟦P|907-555-0166⟧
`);

note("immunization-record-lower", `
vaccine administration record — ⟦O|mohawk valley health system⟧ ⟦H|wynn hospital⟧ employee health, ⟦C|utica⟧
⟦D|4/2/2097⟧ · ⟦N|dragana kovačević⟧ · dob ⟦D|2/11/2079⟧ · employee # ⟦I|mvhs-118204⟧ · dept: 5 south
new hire (rn from ⟦O|onondaga community college⟧ program), prior records from ⟦O|nysiis⟧ reviewed; hep b series incomplete at ⟦H|faxton st. luke's⟧ — titre ordered instead.
given: tdap (boostrix) lot ⟦DEV|7y4kp⟧ exp ⟦D|11/2098⟧, l deltoid; influenza declined (form signed, mask policy reviewed). ppd placed l forearm, lot ⟦DEV|c5118aa⟧, read ⟦D|4/4⟧.
vis dates given. no reaction at 15 min.
administered by ⟦N|kateryna hnatiuk⟧, rn · supervisor ⟦N|paulette dimeo⟧, employee health ⟦P|315-555-0128⟧
`);

note("fertility-clinic", `
⟦O|Shady Grove Fertility⟧ — ⟦H|SGF Rockville⟧ · Reproductive Endocrinology
⟦D|04/09/2097⟧   Patient: ⟦N|Adaeze Okoro-Bennett⟧ (DOB ⟦D|1/12/2060⟧) · Partner: ⟦N|Graham Bennett⟧ (DOB ⟦D|4/30/2058⟧)   Couple ID ⟦M|SGF-4471820⟧
Cycle: IVF #2, antagonist protocol, day 9 of stims. E2 1840, lead follicles 17/16/15 mm (R) and 18/16 (L).
Plan: trigger tonight (Ovidrel + leuprolide), retrieval ⟦D|4/11⟧ 07:30 at ⟦H|Shady Grove Fertility Rockville Surgery Center⟧ (Dr. ⟦N|Paulson-Amari⟧); andrology: fresh sample or frozen back-up in ⟦O|ReproTech⟧ storage, tank ⟦DEV|RT-CRYO-5521⟧.
PGT-A through ⟦O|CooperGenomics⟧, kit ⟦DEV|CG-09984713⟧.
Coverage: ⟦O|Progyny⟧ via her employer ⟦O|Lockheed Martin⟧, auth ⟦I|PRG-771042⟧; meds by ⟦O|Alto Pharmacy⟧ specialty (⟦P|301-555-0135⟧).
Nurse ⟦N|Caitlin Ferraro⟧ will call with instructions. ⟦N|Eun-ji Paulson-Amari⟧, MD
`);

note("medical-examiner-caps", `
⟦O|OFFICE OF THE CHIEF MEDICAL EXAMINER⟧, STATE OF ⟦STATE|VERMONT⟧          REPORT OF INVESTIGATION
CASE NO.: ⟦I|OCME-97-0418⟧     DECEDENT: ⟦N|GAUTHIER, ROLAND ARMAND⟧     AGE: ⟦A|NINETY-THREE⟧     DOB: ⟦D|12/02/2003⟧
DATE OF DEATH: ⟦D|04/06/2097⟧ (PRONOUNCED 0910)     PLACE: RESIDENCE, ⟦S|61 PORTLAND ST⟧, ⟦C|ST. JOHNSBURY⟧, ⟦STATE|VT⟧
REPORTED BY: ⟦O|ST. JOHNSBURY POLICE DEPARTMENT⟧, CPL. ⟦N|ASHLEY MORIN⟧ (BADGE ⟦I|217⟧).
INVESTIGATOR: ⟦N|W. LAPIERRE⟧, DEATH INVESTIGATOR.     PATHOLOGIST: ⟦N|HEIDI SCHAUFELBERGER⟧, MD
CIRCUMSTANCES: FOUND BY MAIL CARRIER (⟦O|USPS⟧) WHEN MAIL PILED UP; LAST SEEN ALIVE ⟦D|4/3⟧ AT ⟦O|ST. ANDREW'S EPISCOPAL CHURCH⟧ SUPPER. WOOD STOVE COLD; INDOOR TEMP 41 F.
MEDICAL HX (PER PCP DR. ⟦N|BENOIT⟧, ⟦H|NORTHERN EXPRESS CARE⟧): CAD, CKD 3, DEMENTIA EARLY.
EXTERNAL EXAM ONLY. VITREOUS SENT TO ⟦O|NMS LABS⟧ (⟦I|NMS-2097-118447⟧).
CAUSE: HYPOTHERMIA; CONTRIBUTING ATHEROSCLEROTIC CARDIOVASCULAR DISEASE. MANNER: ACCIDENT.
NEXT OF KIN: NEPHEW ⟦N|GILLES GAUTHIER⟧ ⟦P|802-555-0119⟧. FUNERAL HOME: ⟦O|GUIBORD-CAMPBELL FUNERAL HOME⟧.
`);

note("dietitian-consult", `
Medical Nutrition Therapy — ⟦H|Avera Marshall⟧ Outpatient, ⟦C|Marshall⟧, ⟦STATE|MN⟧
⟦D|4/8/2097⟧   Client: ⟦N|Phan, Thi Hoa⟧   DOB ⟦D|7/7/2052⟧   MRN ⟦M|AM2204718⟧   Referred by Dr. ⟦N|Boerboom⟧
Dx: new T2DM (A1c 8.1), CKD 3a, BMI 24.
Diet recall: rice 3 bowls/day, pho broth, sweetened coffee from ⟦O|Hy-Vee⟧. Works at ⟦O|Schwan's⟧ plant, second shift. Temple: ⟦O|Chùa Phước Lâm⟧ meals ⟦DAY|Sundays⟧.
Interpreter (Vietnamese) ⟦N|Quang Tran⟧ via ⟦O|CyraCom⟧ ID ⟦I|38817⟧.
Goals: plate method, brown rice half-and-half, protein 0.8 g/kg, K moderate. Glucometer from ⟦O|Walmart⟧ ReliOn (SN ⟦DEV|RL4471209K⟧).
Follow-up 4 weeks. ⟦N|Ingrid Vander Plaats⟧, RDN, LD
`);

note("audiology-hearing-aids", `
Audiology — ⟦H|Sanford Health Minot Clinic⟧ (formerly ⟦H|Trinity Health⟧)
Hearing aid fitting ⟦D|04/10/2097⟧   Patient: ⟦N|Bjornson, Arlo⟧, age ⟦A|90⟧, DOB ⟦D|03/14/2007⟧
Audiogram: bilateral sloping moderate-to-severe SNHL; WRS 72% R, 64% L.
Devices: ⟦O|Phonak⟧ Audéo Lumity 90 R (SN ⟦DEV|2317A4471⟧) and L (SN ⟦DEV|2317A4488⟧), charger SN ⟦DEV|CH-55120⟧. Real-ear verified to NAL-NL2.
Coverage: ⟦O|TruHearing⟧ through ⟦O|Humana⟧ Medicare Advantage, member ⟦HP|H44718209⟧; order ⟦I|TH-0044182⟧.
Veteran (Air Force, ⟦O|Minot AFB⟧ ground crew) — VA CCN referral declined by patient.
Daughter ⟦N|Solveig Aune⟧ present; lives in ⟦C|Velva⟧. Return 2 wks. ⟦N|Kristin Dahlgren⟧, AuD, CCC-A
`);

note("sleep-study-caps", `
⟦H|BRONSON SLEEP HEALTH⟧ - ⟦C|KALAMAZOO⟧          POLYSOMNOGRAPHY REPORT (SPLIT NIGHT)
PATIENT: ⟦N|DEGROOT, MARCUS ALLEN⟧     DOB: ⟦D|10/10/2063⟧     MRN: ⟦M|BR40918221⟧     STUDY DATE: ⟦D|04/04/2097⟧
REFERRING: ⟦N|ANJALI RAGHAVAN⟧, MD (⟦O|WEST MICHIGAN PULMONARY ASSOCIATES⟧)     TECH: ⟦N|J. VANDENBERG⟧, RPSGT
INDICATION: SNORING, WITNESSED APNEAS (WIFE ⟦N|TANYA⟧), ESS 16. WORKS AS ⟦PROF|CRANE OPERATOR⟧ AT ⟦O|PFIZER⟧ ⟦C|PORTAGE⟧.
DIAGNOSTIC PORTION: AHI 48.2/H, REM AHI 71, SPO2 NADIR 74%. NO PLMS.
TITRATION: CPAP 6-13 CM H2O; AT 11 CM AHI 2.1, SUPINE REM OBSERVED. MASK: ⟦O|RESMED⟧ AIRFIT F20 M.
IMPRESSION: SEVERE OSA. RECOMMEND CPAP 11 CM VIA ⟦O|ADAPTHEALTH⟧; COMPLIANCE CHECK 31-90 DAYS.
INTERPRETED BY: ⟦N|HUGO VAN DER MEULEN⟧, MD, D.ABSM ⟦D|04/07/2097⟧. EQUIPMENT: ⟦O|NIHON KOHDEN⟧, SN ⟦DEV|PSG-44170⟧.
`);

note("pharmacist-mtm", `
Comprehensive Medication Review (telephonic) — ⟦O|OutcomesMTM⟧ on behalf of ⟦O|WellCare⟧
⟦D|04/05/2097⟧   Beneficiary: ⟦N|Lucille Broussard⟧, 88, ⟦C|Lafayette⟧, ⟦STATE|LA⟧   Member ⟦HP|WC889120473⟧
Pharmacist: ⟦N|Thanh Nguyen-Guidry⟧, PharmD, from ⟦O|Champagne's Cajun Pharmacy⟧ (⟦C|Breaux Bridge⟧).
Meds reviewed with patient and daughter-in-law ⟦N|Nicole⟧: apixaban 5 mg BID (age 88, wt 58 kg, Cr 1.2 → dose OK), metoprolol, furosemide, donepezil, OTC diphenhydramine at night (Beers → stop, discussed), omeprazole since ⟦D|2091⟧.
PCP Dr. ⟦N|Arceneaux⟧ (⟦H|Ochsner Lafayette General⟧ clinic) faxed recommendations to ⟦F|337-555-0183⟧.
Cardiologist Dr. ⟦N|Prejean⟧ at ⟦O|Cardiovascular Institute of the South⟧.
Takeaway list mailed to ⟦S|212 Rue Beauregard⟧, ⟦C|Lafayette⟧ ⟦Z|70508⟧.
`);

note("home-infusion-intake", `
⟦O|Option Care Health⟧ — Home Infusion Intake    Referral rec'd ⟦D|4/7/2097⟧
Patient: ⟦N|Wojcik, Bernadette⟧, DOB ⟦D|5/2/2049⟧, from ⟦H|OSF Saint Anthony Medical Center⟧ (discharge planner ⟦N|Mallory Quade⟧ ⟦P|815-555-0162⟧).
Rx: ertapenem 1 g IV q24h x 6 weeks for L calcaneal osteomyelitis (ID Dr. ⟦N|Salvatore Iannuzzi⟧, ⟦O|Infectious Disease Consultants of Northern Illinois⟧). PICC R basilic placed ⟦D|4/6⟧, 42 cm, tip cavoatrial junction (lot ⟦DEV|REEF3188⟧).
Labs weekly CBC/CMP → ⟦O|Quest⟧; results to Dr. ⟦N|Iannuzzi⟧ fax ⟦F|815-555-0169⟧.
Nursing: ⟦O|Amedisys⟧ home health, first visit ⟦D|4/8⟧. Home: ⟦S|1907 Parkview Ave⟧, ⟦C|Rockford⟧, ⟦STATE|IL⟧ ⟦Z|61107⟧. Husband ⟦N|Stan⟧ will be trained.
Payer: ⟦O|Aetna⟧ ⟦HP|W188204417⟧, auth ⟦I|A9920418⟧ (rep ⟦N|Kiera⟧, ref ⟦I|CR-44710⟧).
`);

note("cpap-compliance-letter", `
⟦O|Lincare⟧ — ⟦C|Grand Island⟧ Center
⟦S|3421 W Old Potash Hwy⟧, ⟦C|Grand Island⟧, ⟦STATE|NE⟧ ⟦Z|68803⟧

⟦D|April 9, 2097⟧

To: ⟦O|Medicare DME MAC Jurisdiction D⟧ / ⟦O|Noridian⟧
Re: ⟦N|Elvin Rathjen⟧, HICN/MBI ⟦HP|2HF7-TD4-KQ39⟧, DOB ⟦D|10/11/2040⟧

Mr. ⟦N|Rathjen⟧ has used his CPAP (⟦O|ResMed⟧ AirSense 11, serial ⟦DEV|23181447092⟧) on 78% of nights for ≥4 hours during days 1-30 of the trial (⟦D|3/1/2097⟧ to ⟦D|3/30/2097⟧), per modem data on AirView. His face-to-face re-evaluation with Dr. ⟦N|Kalu Eze⟧ at ⟦H|CHI Health St. Francis⟧ on ⟦D|4/2/2097⟧ documented benefit (ESS 14 → 6).
Please continue coverage. Contact ⟦N|Sherri Luebbe⟧, RRT, ⟦P|308-555-0117⟧.
`);

note("poison-center-caps", `
⟦O|CALIFORNIA POISON CONTROL SYSTEM⟧ - ⟦O|FRESNO/MADERA DIVISION⟧          CASE RECORD
CASE #: ⟦I|CPCS-97-1184072⟧     DATE: ⟦D|04/05/2097⟧ 19:48     SPI: ⟦N|R. MANGALINDAN⟧, PHARMD
CALLER: MOTHER ⟦N|ESPERANZA ZAMUDIO⟧, ⟦C|SELMA⟧ (⟦P|559-555-0140⟧)
PATIENT: ⟦N|ZAMUDIO, MATEO⟧, 2 YO, 13 KG.
EXPOSURE: INGESTED UP TO 6 OF GRANDMOTHER'S AMLODIPINE 10 MG (GRANDMOTHER ⟦N|OFELIA ZAMUDIO⟧, ⟦A|92⟧ Y/O, VISITING FROM ⟦STATE|MICHOACÁN⟧). ALSO ACCESS TO ⟦O|RAID⟧ ROACH BAIT.
REC: TO ED NOW. CALLED AHEAD TO ⟦H|VALLEY CHILDREN'S HOSPITAL⟧ (DR. ⟦N|SIDHU⟧). HIGH-DOSE INSULIN PROTOCOL FAXED TO ⟦F|559-555-0149⟧.
F/U CALL 2300: HR 98, BP 72/40, GLUCOSE 188; ADMITTED PICU. TOXICOLOGIST ON CALL DR. ⟦N|ORTIZ-VALENZUELA⟧.
REPORTED TO ⟦O|NPDS⟧. SOCIAL WORK REFERRAL TO ⟦O|FRESNO COUNTY DSS⟧ NOT INDICATED PER DR.
`);

note("utilization-review", `
Utilization Review — ⟦O|Evolent⟧ (delegated for ⟦O|Oscar Health⟧)     Reviewer: ⟦N|Marguerite Osei⟧, RN
Case ⟦I|EVL-97-4418207⟧ · opened ⟦D|04/07/2097⟧ · member ⟦N|Joaquin Delacroix⟧ · ID ⟦HP|OSC0088120947⟧ · DOB ⟦D|9/3/2066⟧
Request: lumbar fusion L4-S1 (CPT 22633, 22840) by Dr. ⟦N|Raffaele Bonfiglio⟧, ⟦O|Orlando Orthopaedic Center⟧, at ⟦H|AdventHealth Celebration⟧ on ⟦D|4/22⟧.
Records from ⟦O|Florida Spine Institute⟧ and ⟦O|Athletico⟧ PT (12 visits ⟦D|Jan-Mar 2097⟧) reviewed. MRI ⟦D|2/14/97⟧ (⟦O|RadNet⟧): grade 1 spondylolisthesis L5-S1.
Criteria (InterQual): conservative care ≥6 mo not met (4 mo). Smoking status: quit ⟦D|1/2097⟧, cotinine pending.
Peer-to-peer offered with Dr. ⟦N|Kwabena Mensah⟧ (medical director) ⟦D|4/9⟧ 2:30 pm; office contact ⟦N|Yaritza⟧ ⟦P|407-555-0195⟧ x ⟦P|214⟧.
`);

note("physical-therapy-eval", `
PT Initial Evaluation — ⟦O|ATI Physical Therapy⟧, ⟦C|Evansville⟧ (⟦S|Green River Rd⟧)
⟦D|04/02/2097⟧   Patient: ⟦N|Hatfield, Corbin⟧   DOB ⟦D|01/09/2074⟧   Referring: Dr. ⟦N|Suresh Gopalan⟧ (⟦O|Tri-State Orthopaedics⟧)
Dx: s/p R ACL reconstruction (BTB autograft) ⟦D|3/18/2097⟧ at ⟦H|Deaconess Gateway Hospital⟧.
Employer: ⟦O|Toyota Motor Manufacturing Indiana⟧ (⟦C|Princeton⟧), off work; STD via ⟦O|The Hartford⟧ claim ⟦I|HF-880412-97⟧.
ROM 5-0-98; quad lag 10°; effusion 2+. Brace locked for gait.
Plan: 2-3x/wk x 12 wks, ACL protocol; NMES; BFR after wk 4. Goal: return to ⟦O|Evansville Otters⟧ usher job and rec basketball at ⟦O|YMCA of Southwestern Indiana⟧.
⟦N|Brooke Ziliak⟧, PT, DPT   Co-signed ⟦N|BZ⟧
`);

note("podiatry-wound", `
⟦H|Siouxland Community Health Center⟧ — Podiatry Clinic, ⟦C|Sioux City⟧
⟦D|4/3/2097⟧   ⟦N|Wabasha, Lyle⟧   DOB ⟦D|12/1/2049⟧   MRN ⟦M|SCHC-0440918⟧
Member of the ⟦O|Winnebago Tribe of Nebraska⟧; also seen at ⟦H|Twelve Clans Unity Hospital⟧ (⟦C|Winnebago⟧).
Diabetic foot ulcer R plantar 1st MPJ, 1.4 x 1.1 x 0.3 cm, probe-to-bone negative; ABI 0.92. A1c 9.8.
Debrided to bleeding tissue (#15 blade). Offloading: TCC applied, lot ⟦DEV|TCC-2204471⟧.
Shoes/inserts through ⟦O|Hanger Clinic⟧ ⟦C|Sioux City⟧. Home health: ⟦O|Siouxland Home Care⟧ nurse ⟦N|Beth Kinnaman⟧.
Niece ⟦N|Tasina Wabasha-Earth⟧ drives (⟦P|712-555-0138⟧). ⟦N|Gregor Vukovich⟧, DPM
`);

note("allergy-clinic", `
⟦O|Allergy & Asthma Specialists of the Quad Cities⟧ — ⟦C|Davenport⟧, ⟦STATE|IA⟧
⟦D|4/11/2097⟧   ⟦N|Kessler-Obuya, Amara⟧ (DOB ⟦D|2/28/2081⟧)   Chart ⟦M|AAQ-771204⟧
Peanut and cashew allergy: anaphylaxis at ⟦O|Bettendorf Middle School⟧ cafeteria ⟦D|2/2097⟧, EMS by ⟦O|MEDIC EMS⟧, ED at ⟦H|Genesis Medical Center⟧ on ⟦S|E Rusholme St⟧.
Component testing (⟦O|Viracor⟧): Ara h 2 14.2 kU/L. Ana o 3 6.8.
Plan: Palforzia OIT not chosen; Xolair 300 mg q4w — benefits check via ⟦O|Genentech⟧ access programme ⟦I|XOL-55018427⟧. Auvi-Q x2 (lot ⟦DEV|AQ4471K⟧). Emergency plan faxed to school nurse Mrs. ⟦N|Dolan⟧, fax ⟦F|563-555-0190⟧.
Mother ⟦N|Rebecca Kessler⟧ (⟦O|John Deere⟧ ⟦C|Moline⟧) ⟦P|563-555-0172⟧. ⟦N|Folake Adewale⟧, MD
`);

note("mobile-crisis-caps", `
⟦O|FLAGSTAFF MOBILE CRISIS TEAM⟧ (⟦O|TERROS HEALTH⟧ / ⟦O|SOLARI CRISIS & HUMAN SERVICES⟧)          CRISIS ASSESSMENT
DATE: ⟦D|04/12/2097⟧ 22:35     INCIDENT: ⟦I|SOL-9941882⟧     DISPATCHED BY ⟦O|COCONINO COUNTY SHERIFF'S OFFICE⟧ (DEPUTY ⟦N|YAZZIE⟧)
CLIENT: ⟦N|BEGAY, TRISTAN⟧, 19, STUDENT AT ⟦O|NORTHERN ARIZONA UNIVERSITY⟧, DORM ⟦LO|MCCONNELL HALL⟧. ⟦O|AHCCCS⟧ ID ⟦HP|A77120418⟧.
PRESENTATION: SI WITH PLAN (JUMP FROM ⟦LO|ROUTE 66 BRIDGE⟧), INTOXICATED (BAC PER DEPUTY 0.11). ROOMMATE ⟦N|CADE LINDHOLM⟧ CALLED 988.
RISK: HIGH. C-SSRS POSITIVE. PRIOR ATTEMPT ⟦D|2095⟧ AT HOME IN ⟦C|TUBA CITY⟧ (⟦O|NAVAJO NATION⟧).
DISPOSITION: VOLUNTARY TRANSPORT TO ⟦H|THE GUIDANCE CENTER⟧ CRISIS STABILIZATION UNIT. SAFETY PLAN STARTED. MOTHER ⟦N|DELPHINE BEGAY⟧ NOTIFIED ⟦P|928-555-0168⟧.
CLINICIANS: ⟦N|M. ARCHULETA⟧, LPC; ⟦N|J. TSOSIE⟧, PEER SUPPORT.
`);

note("va-community-care", `
Referral — VA Community Care (⟦O|Optum Serve⟧ CCN Region 4)
Veteran: ⟦N|Haskins, Delbert Wayne⟧ · SSN ⟦SSN|552-41-8807⟧ · DOB ⟦D|06/30/2006⟧ (⟦A|90⟧) · ICN ⟦M|1008847219V446120⟧
From: ⟦H|Cheyenne VA Medical Center⟧ (PACT Dr. ⟦N|Imogen Strand⟧) → ⟦H|Sheridan VA Medical Center⟧ unable within access standard.
Service: audiology + cardiology (new AF). Community provider: ⟦O|Billings Clinic⟧ Cardiology, Dr. ⟦N|Okechukwu⟧; or ⟦H|Sheridan Memorial Hospital⟧.
Referral # ⟦I|VA0044182071⟧, SEOC 1.6.1 valid ⟦D|04/10/2097⟧ - ⟦D|10/10/2097⟧.
Veteran lives ⟦S|44 Big Horn Ave⟧, ⟦C|Buffalo⟧, ⟦STATE|WY⟧; prefers mornings. Travel via ⟦O|DAV⟧ van (driver ⟦N|Russ Kilgore⟧). Son ⟦N|Wade Haskins⟧ ⟦P|307-555-0184⟧.
Scheduler: ⟦N|Tammy Iron Cloud⟧, MSA ⟦P|307-555-0100⟧ ext ⟦P|5512⟧
`);

note("denial-appeal-letter", `
⟦O|Walla Walla Clinic⟧ · Rheumatology
⟦S|55 W Tietan St⟧, ⟦C|Walla Walla⟧, ⟦STATE|WA⟧ ⟦Z|99362⟧

⟦D|April 4th, 2097⟧

⟦O|Regence BlueShield⟧
Appeals Department, ⟦S|PO Box 1106⟧, ⟦C|Lewiston⟧, ⟦STATE|ID⟧ ⟦Z|83501⟧

Re: First-level appeal — ⟦N|Fairweather, Josiah⟧, ID ⟦HP|ZHR904471288⟧, claim ⟦I|RBS-9702-55184⟧, denial dated ⟦D|03/21/2097⟧

Dear Medical Director,
I am writing on behalf of my patient, Mr. ⟦N|Josiah Fairweather⟧, a wheat farmer near ⟦C|Dayton⟧ who works for ⟦O|Broetje Orchards⟧ in the off-season, to appeal the denial of secukinumab for ankylosing spondylitis. He has failed two NSAIDs and adalimumab (secondary loss of response, antibodies measured by ⟦O|Prometheus Laboratories⟧ ⟦D|1/2097⟧). His BASDAI is 6.8. ⟦O|Providence St. Mary⟧ imaging (MRI SI joints ⟦D|2/2/97⟧) shows active sacroiliitis.
Sincerely,
⟦N|Annika Lindgren-Ruiz⟧, MD · NPI ⟦I|1558204471⟧
`);

note("farmworker-mobile-lower", `
mobile clinic note — ⟦O|clinica sierra vista⟧ mobile unit at ⟦O|sun world⟧ grape camp, ⟦C|arvin⟧
⟦D|4/9/97⟧ · pt ⟦N|eusebio chávez ramírez⟧ · dob ⟦D|3/3/2064⟧ · chart ⟦M|csv-2290417⟧
cc: cough 3 wks, night sweats. from ⟦C|san juan copala⟧, ⟦COUNTRY|mexico⟧ (triqui speaker — interpreter ⟦N|marcelina lópez⟧ from ⟦O|centro binacional para el desarrollo indígena oaxaqueño⟧).
crew boss ⟦N|rigo santoyo⟧ at ⟦O|jbr labor contracting⟧ aware of need to miss work.
plan: cxr at ⟦H|kern medical⟧, sputum afb x3 to ⟦O|kern county public health laboratory⟧; hiv/igra. if positive report to ⟦O|kern county public health⟧ tb control (dr. ⟦N|kuldeep bains⟧).
phone (daughter ⟦N|yaneli⟧) ⟦P|661-555-0129⟧. ⟦N|pedro valdivia⟧, fnp
`);
write();
