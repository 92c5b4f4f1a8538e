// Why this file exists: builds test/fixtures/clinical-notes-26.jsonl, a twenty-sixth labelled set of clinical notes
// written by hand in stop 38 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixture 25's generator and test file were read for the form and the labels), with the
// PHI density of the i2b2 de-identification notes, in report types and settings fixtures 1-25 hold least: an
// anticoagulation clinic phone log, a DME delivery ticket, a newborn hearing-screen referral letter, a pulmonary
// function report, an EMG/nerve conduction report, a bone marrow biopsy, a bedside lumbar puncture, an ECT treatment
// record, an opioid treatment programme's dosing note, a child-abuse consult with a report to child protection, an
// adult protective services referral, a nursing-home norovirus line list, an organ procurement referral call, a
// needlestick exposure, a pharmacogenomic report, a cochlear implant activation, a maternal-fetal medicine anatomy
// scan, a Holter report, a stress echo, an AMA discharge, a restraint and seclusion record, a jury-duty excuse letter,
// an FMLA certification, a sports pre-participation physical, a concussion return-to-play visit, a disability parking
// letter, an airline MEDIF, a death pronouncement, an eye bank recovery record, a lab critical-value call log, a
// rotor-wing transfer record, an offshore platform medic's incident report, an LTACH admission, a packing-house
// vaccination roster, a hemophilia treatment centre visit, a sickle cell day hospital, peritoneal dialysis training,
// a tele-ICU admission, a refugee domestic health screening and a hand therapy note; 17 notes in ALL CAPS and 4 in
// lower case.
// Regions: the Piney Woods, the Permian Basin, the Iowa Great Lakes, the Eastern Panhandle of West Virginia, the
// Laurel Highlands, Door County, the Wisconsin Northwoods, the Piedmont Triad, the Missouri Bootheel, the Golden
// Triangle of Mississippi, Little Dixie (southeast Oklahoma), the Flint Hills, the Northern Neck, the Inland Empire,
// the Central Coast, the Idaho Panhandle, the Llano Estacado, the Nebraska Panhandle, Virginia's Eastern Shore,
// Hampton Roads, the Upstate of South Carolina, the Catskills, the north Georgia mountains, southeast New Mexico,
// Centre County, the East End of Long Island, Kauai, Cochise County, Humboldt County, the Klamath Basin, southeast
// Utah, southwest Louisiana and its offshore blocks, the Mojave, the Columbia Gorge, the Kenai Peninsula, Southeast
// Alaska, St. Croix, the Treasure Valley and the Thumb of Michigan.
// PHI forms sought: organisations with no head word (ACELIS, OXY, CHEMSTONE, BRICKSTREET, Polaris, Sedgwick, DISA,
// Jannus), employers, insurers and plans, unions and locals, schools, colleges and districts, churches and parishes,
// courts, sheriffs and police, tribes, airlines, labs and couriers; facilities as system + campus ("PINEY WOODS HEALTH -
// TYLER CAMPUS", "Lakeshore Health, Sturgeon Bay campus", "X - Y"); names as "LAST, FIRST M", "Last, First M.",
// "LAST, J.T.", initials alone and as "X/y" signature blocks, nicknames in quotes and alone, particles (Van Der Ploeg,
// Van Etten, de la Rosa, St. Onge, Du Charme, Vande Hei), hyphenated surnames, names that are common words (Hope,
// Grace, Frank Woods, Summer Price, June May, Christian Hope, Bill Pray, Robin Young, Sterling, Wade, Hunt); addresses
// with units (Apt, Unit, Ste, Suite, Lot, Cabin, Sp), PO boxes and rural routes, county roads, highways, towns and
// counties; ages over 89 as "AGE 91", "(93)", "(97 yo)", "96 F", "who is 90 years old"; dates as "03/09", "14-MAR-2099",
// "19-NOV-1947", "MAR 14 2099", "1957-04-22", "Sep 9, 1968", "Mar. 14, 2099", "3-14-99", "03.14.2099", "14MAR2099",
// "14 Mar 2099", "March 14th", "14/3/2099", "DEC 2098", "JANUARY"; IDs as client, case, docket, incident, referral,
// juror, employee, badge, TWIC, A-number, passport, visa, booking, aircraft tail, boat and plate numbers, CLIA, CAP,
// NPI, DMV, UNOS, ATHN and IIS numbers, accessions, requisitions, specimens, lots and serials.
// Labelling follows fixture 25 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are
// no PHI; clinicians' and transcriptionists' initials are PHI; titles, ranks, degrees and cue words stay outside the
// name; "the" stays outside a facility; room, bed, chair, unit and cell codes and departments are left unlabelled;
// nursing homes, clinics with a place name, IHS and VA facilities are HOSPITAL; companies, insurers, schools,
// churches, pharmacies, agencies, courts, tribes, airlines and unions are ORGANIZATION; counties, landmarks, bases,
// platforms, camps, airports, forests and reservations are LOCATION-OTHER; MRNs are MRN; member, Medicaid and plan
// numbers HEALTHPLAN; accession, case, claim, NPI, licence, Rx, plate, tail and passport numbers ID; serials and lots
// DEVICE; extensions PHONE; Medicare and Medicaid as programmes unlabelled; drug, device and test names are no PHI.
// Every person, street and number is invented here (real towns, and real hospitals, firms, agencies and chains named
// as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-25 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-26.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-26.jsonl", "make-clinical-fixture-26");
note("anticoag-log-caps", `
⟦H|PINEY WOODS HEALTH - TYLER CAMPUS⟧ ANTICOAGULATION CLINIC      PHONE LOG      WEEK OF ⟦D|03/09/2099⟧
⟦D|03/09⟧ 0915  ⟦N|BRASHEAR, WANDA F⟧  MRN ⟦M|PWH0418820⟧  AGE ⟦A|91⟧  INR 3.8 BY HOME METER (⟦O|ACELIS⟧ UPLOAD). HOLD X1 THEN 5 MG DAILY EXCEPT 2.5 MG ⟦DAY|MON⟧/⟦DAY|FRI⟧. TOLD DAUGHTER ⟦N|LURLEEN⟧ AT ⟦P|903-555-0142⟧.
⟦D|03/09⟧ 1040  ⟦N|DELACRUZ, HECTOR R⟧  MRN ⟦M|PWH0772106⟧  INR 1.6 AFTER 2 DAYS HELD FOR EXTRACTION AT ⟦O|ROSE CITY DENTAL⟧ ⟦D|3/6⟧. ENOXAPARIN BRIDGE NOT NEEDED (AF, CHADS-VASC 2). RECHECK ⟦D|3/16⟧.
⟦D|03/10⟧ 0830  ⟦N|MCALISTER, J.T.⟧ ("⟦N|BUDDY⟧")  MRN ⟦M|PWH0330417⟧  INR 2.4 IN RANGE. STARTED BACTRIM BY ⟦O|CHRISTUS TRINITY CLINIC⟧ ⟦C|WHITEHOUSE⟧ - RECHECK IN 5 DAYS. WIFE ⟦N|PEGGY⟧.
⟦D|03/10⟧ 1300  ⟦N|OKAFOR-BELL, GRACE⟧  MRN ⟦M|PWH0991285⟧  INR 4.9 NO BLEEDING. VITAMIN K 2.5 MG PO. LIVES ALONE AT ⟦S|2210 E FIFTH ST APT 14⟧, ⟦C|TYLER⟧ ⟦Z|75701⟧; NEIGHBOR ⟦N|DORIS KING⟧ WILL DRIVE HER ⟦D|3/11⟧.
⟦D|03/11⟧ 0945  ⟦N|WOODS, FRANK⟧  MRN ⟦M|PWH0118834⟧  NO-SHOW X2. LETTER MAILED TO ⟦S|PO BOX 1187⟧, ⟦C|BULLARD⟧, ⟦STATE|TX⟧ ⟦Z|75757⟧. EMPLOYER ⟦O|TYLER PIPE⟧ NURSE ⟦N|JANA PRUITT⟧ ⟦P|903-555-0170⟧ EXT ⟦P|221⟧ CONTACTED WITH PT CONSENT.
⟦D|03/12⟧ 1115  ⟦N|HERRERA-STOKES, PAULINE⟧  MRN ⟦M|PWH0557719⟧  DOB ⟦D|02/14/2006⟧ (⟦A|93⟧)  INR 2.9. DABIGATRAN SWITCH DENIED BY ⟦O|WELLCARE⟧ ⟦HP|WC44718203⟧; APPEAL FAXED ⟦F|903-555-0199⟧.
PHARMACIST: ⟦N|TODD ABERCROMBIE⟧, PHARMD, CACP   ⟦N|TA⟧/⟦N|RMC⟧
`);

note("dme-ticket-caps", `
⟦O|PERMIAN BASIN HOME MEDICAL⟧      DELIVERY TICKET # ⟦I|PBHM-994187⟧      ⟦D|14-MAR-2099⟧
⟦S|4417 ANDREWS HWY STE 110⟧, ⟦C|ODESSA⟧ ⟦STATE|TX⟧ ⟦Z|79762⟧   ⟦P|432-555-0134⟧   FAX ⟦F|432-555-0135⟧
DELIVER TO: ⟦N|QUINTANILLA, RUBEN M⟧   DOB ⟦D|19-NOV-1947⟧   ⟦S|1108 W 14TH ST UNIT B⟧, ⟦C|MONAHANS⟧ ⟦STATE|TX⟧ ⟦Z|79756⟧
ALT CONTACT: SON ⟦N|RUBEN JR⟧ ("⟦N|JUNIOR⟧") ⟦P|432-555-0187⟧ - WORKS NIGHTS AT ⟦O|OXY⟧ PLANT, CALL AFTER 1500.
ORDERING: ⟦N|A. BALASUBRAMANIAN⟧, MD, ⟦H|MEDICAL CENTER HOSPITAL⟧ WOUND CLINIC   NPI ⟦I|1558204471⟧
ITEMS: NPWT PUMP, ⟦O|3M⟧ ACTIV.A.C., SN ⟦DEV|VAC-ACT-0044182⟧; CANISTERS 300 ML X5 LOT ⟦DEV|2099-03K11⟧; GRANUFOAM MED X10.
DX: L89.154 SACRAL PRESSURE ULCER STAGE 4. DRESSING CHANGES M-W-F BY ⟦O|INTERIM HEALTHCARE OF WEST TEXAS⟧ (RN ⟦N|TRISH OAKES⟧).
PAYER: ⟦O|SUPERIOR HEALTHPLAN⟧ STAR+PLUS   MEMBER ⟦HP|700441882⟧   PA # ⟦I|SHP-PA-99-61027⟧ VALID ⟦D|03/14/2099⟧-⟦D|04/12/2099⟧
RECEIVED BY: ⟦N|ELVIRA QUINTANILLA⟧ (WIFE)   SIGNATURE ON FILE   TIME 1420
DRIVER: ⟦N|COLTON RHEA⟧   TRUCK PLATE ⟦I|TX KJR-4471⟧
`);

note("hearing-screen-letter", `
⟦H|Iowa Lakes Regional Medical Center⟧ — Newborn Hearing Screening Program
⟦S|1200 21st St, Suite 3⟧, ⟦C|Spirit Lake⟧, ⟦STATE|IA⟧ ⟦Z|51360⟧ · ⟦P|712-555-0119⟧

⟦D|March 14, 2099⟧

Dear Dr. ⟦N|Van Der Ploeg⟧,
Your patient, baby girl ⟦N|Sjostrom⟧ (born ⟦D|03/02/2099⟧ to ⟦N|Kelsey Sjostrom⟧ and ⟦N|Tanner Lund⟧), did not pass her automated ABR screen in the right ear on ⟦D|March 3⟧ or on rescreen ⟦D|March 11⟧. Left ear passed.
Baby MRN ⟦M|ILRMC-2099-04418⟧; state newborn screening card ⟦I|IA-NBS-9904471⟧.
A diagnostic ABR is booked with ⟦N|Hollis Brandvold⟧, Au.D., at ⟦H|UnityPoint Health - St. Luke's⟧, ⟦C|Sioux City⟧, on ⟦DAY|Tuesday⟧, ⟦D|March 28⟧ at 9:00, sedation-free (feed-and-sleep).
The family lives at ⟦S|2807 Okoboji Ave, Lot 22⟧, ⟦C|Milford⟧; mom's cell ⟦P|(712) 555-0163⟧. Dad drives for ⟦O|Polaris⟧ out of ⟦C|Spirit Lake⟧. Coverage: ⟦O|Iowa Total Care⟧, ID ⟦HP|ITC-550912876⟧.
Early ACCESS referral sent to ⟦O|Northwest Area Education Agency⟧ (coordinator ⟦N|Maren Vos⟧).
Risk factors: none (no NICU, no family history, CMV saliva PCR sent ⟦D|3/11⟧, pending at ⟦O|State Hygienic Laboratory⟧, specimen ⟦I|SHL-99-118207⟧).
Thank you,
⟦N|Britt Engebretson⟧, RN, EHDI coordinator   cc: ⟦O|Iowa Department of Health and Human Services⟧
`);

note("pft-report-caps", `
⟦H|WEST VIRGINIA UNIVERSITY MEDICINE - BERKELEY MEDICAL CENTER⟧      PULMONARY FUNCTION LABORATORY
⟦C|MARTINSBURG⟧, ⟦STATE|WV⟧      TEST DATE: ⟦D|MAR 14 2099⟧      LAB # ⟦I|PFT-99-00871⟧
NAME: ⟦N|SHIFFLETT, DARRELL LEE⟧   MRN ⟦M|BMC-3318047⟧   DOB ⟦D|1957-04-22⟧   SEX M   HT 180 CM   WT 97 KG   RACE-NEUTRAL GLI
REFERRING: ⟦N|MARYBETH SPONAUGLE⟧, DO (⟦O|SHENANDOAH COMMUNITY HEALTH⟧)   TECH: ⟦N|K. LOUGHRY⟧, RRT
INDICATION: DYSPNEA; 31 YRS AS ⟦PROF|LIMESTONE QUARRY WORKER⟧ AT ⟦O|CHEMSTONE⟧ ⟦LO|MILLVILLE QUARRY⟧; NOW RETIRED. EX-SMOKER 40 PK-YR, QUIT ⟦D|2091⟧.
SPIROMETRY: FVC 3.12 L (71%), FEV1 1.74 L (52%), FEV1/FVC 0.56. POST BD: FEV1 +9%, +150 ML.
LUNG VOLUMES (PLETH): TLC 108%, RV 151%. DLCO 48% (HGB 14.6).
INTERPRETATION: MODERATE OBSTRUCTION WITH AIR TRAPPING AND SEVERELY REDUCED DIFFUSION, C/W EMPHYSEMA. NOT DIAGNOSTIC OF SILICOSIS; SUGGEST HRCT.
PRIOR STUDY ⟦D|06/03/97⟧ AT ⟦H|JEFFERSON MEDICAL CENTER⟧ (⟦C|RANSON⟧): FEV1 2.06 L.
BLACK LUNG/STATE WORKERS COMP: CLAIM ⟦I|WV-OD-99-04418⟧ (⟦O|BRICKSTREET⟧). FORMS TO ATTY ⟦N|CARL "SONNY" RAMEY⟧, ⟦P|304-555-0126⟧.
READ BY: ⟦N|PRADEEP NAGARAJAN⟧, MD   E-SIGNED ⟦D|03/14/2099⟧ 16:22
`);

note("emg-report", `
Electrodiagnostic Consultation — Nerve Conduction Studies and Needle EMG
⟦H|Conemaugh Memorial Medical Center⟧, Neurodiagnostics, ⟦S|1086 Franklin St⟧, ⟦C|Johnstown⟧, ⟦STATE|PA⟧ ⟦Z|15905⟧
Patient: ⟦N|Kostelnik, Andrew J.⟧ ("⟦N|Drew⟧")   DOB: ⟦D|Sep 9, 1968⟧   MRN: ⟦M|CMMC 0048-2217⟧   Date of study: ⟦D|Mar. 14, 2099⟧
Referred by: ⟦N|Lucinda Mazur-Helsel⟧, CRNP, ⟦O|Laurel Highlands Orthopaedics⟧
History: a 54-year-old right-handed ⟦PROF|welder⟧ at ⟦O|JWF Industries⟧ with numbness in the R thumb, index and middle fingers for 8 months, worse at night. Workers' comp carrier ⟦O|Erie Insurance⟧ claim ⟦I|EIC-9920417-WC⟧, adjuster ⟦N|Rhonda Sipe⟧ (⟦P|814-555-0148⟧).
NCS: R median sensory peak latency 4.6 ms (prolonged), amplitude 11 µV; R median motor distal latency 5.8 ms; ulnar studies normal bilaterally. L median borderline.
EMG: R APB with 1+ fibrillations and reduced recruitment; C6–C7 paraspinals normal.
Impression: severe R carpal tunnel syndrome with axonal loss; mild L CTS. No cervical radiculopathy.
Recommendation: hand surgery referral to Dr. ⟦N|Imre Toth⟧ at ⟦H|UPMC Somerset⟧; night splints in the meantime.
Electromyographer: ⟦N|Yusuf Adebayo-Grant⟧, MD. Technologist: ⟦N|Kimberly Wirfel⟧, R.NCS.T.  ⟦N|YAG⟧/⟦N|kw⟧
`);

note("marrow-biopsy", `
Procedure note — bone marrow aspiration and biopsy
⟦H|Lakeshore Health, Sturgeon Bay campus⟧ — Hematology/Oncology, ⟦C|Sturgeon Bay⟧, ⟦STATE|WI⟧
Date: ⟦D|3-14-99⟧   Patient: ⟦N|Thorvald "Tory" Lindgren⟧   MRN ⟦M|LH-00770418⟧   DOB ⟦D|1-30-1941⟧
Indication: pancytopenia; r/o MDS. Referred by Dr. ⟦N|Aubrey Du Charme⟧ (⟦O|Door County Family Practice⟧).
Consent: patient and his partner ⟦N|Gus Pelletier⟧ (HCPOA) after discussion of risks. Time-out with ⟦N|Sherri Vande Hei⟧, RN.
Site: R posterior iliac crest. 1% lidocaine 10 mL. Aspirate 10 mL (EDTA x2, heparin x1 for cytogenetics and flow), core 1.8 cm. Hemostasis with pressure.
Specimens to ⟦O|Mayo Clinic Laboratories⟧, requisition ⟦I|MCL-44120877⟧, courier ⟦O|Spee-Dee Delivery⟧ pickup 1530; in-house path accession ⟦I|SB-BM-99-0112⟧.
No complications. Pain 2/10. Discharged home with ⟦N|Gus⟧ to ⟦S|4471 Cana Island Rd⟧, ⟦C|Baileys Harbor⟧.
Results expected ⟦D|3/21⟧; follow-up with me ⟦D|3/24⟧ at 10:30. If bleeding, call ⟦P|920-555-0181⟧ (after hours ⟦P|920-555-0100⟧).
Retired ⟦PROF|ship's carpenter⟧ at ⟦O|Bay Shipbuilding⟧; attends ⟦O|Zion Lutheran⟧ in ⟦C|Egg Harbor⟧.
⟦N|Miriam Achterberg⟧, MD
`);

note("lumbar-puncture-lower", `
procedure note: lumbar puncture, bedside — ⟦H|aspirus rhinelander hospital⟧, 3 west, ⟦D|03/14/2099⟧ 1410
pt: ⟦N|lajeunesse, marie-claire⟧   mrn ⟦M|ars0044182⟧   dob ⟦D|4/17/1963⟧   acct ⟦I|a99-0731884⟧
indication: fever, headache, confusion; r/o meningitis vs encephalitis. ct head neg ⟦D|3/14⟧ 1230 (read by dr. ⟦N|fennimore⟧ via ⟦O|virtual radiologic⟧).
consent by husband ⟦N|luc lajeunesse⟧ (pt lacks capacity), ph ⟦P|715-555-0160⟧. he says she was at a deer camp near ⟦C|eagle river⟧ and ⟦LO|nicolet national forest⟧ two weeks ago; ticks found.
procedure: left lateral decubitus, l3-4, 20g spinal needle, first pass. opening pressure 28 cm h2o. 4 tubes, 16 ml clear. no complications.
labs: cell count, protein, glucose, gram stain, culture, hsv pcr, arbovirus panel incl powassan to ⟦O|wisconsin state laboratory of hygiene⟧ (spec ⟦I|wslh-99-207713⟧).
started acyclovir, vanco, ceftriaxone, doxy. id consult dr. ⟦N|okonkwo-reyes⟧.
works as a ⟦PROF|school bus driver⟧ for ⟦O|rhinelander school district⟧; daughter ⟦N|josée⟧ teaches at ⟦O|nicolet college⟧.
performed by ⟦N|b. thistlewood⟧, md (hospitalist); supervised ⟦N|ramesh iyer⟧, md.   ⟦N|bt⟧/⟦N|ri⟧
`);

note("ect-treatment", `
Electroconvulsive Therapy — Treatment Record #9 (acute series)
⟦H|Novant Health Forsyth Medical Center⟧, Behavioral Health, ⟦C|Winston-Salem⟧, ⟦STATE|NC⟧    ⟦D|2099-03-14⟧
Patient: ⟦N|Pettigrew, Lorena Hope⟧   MRN ⟦M|NF-5520418⟧   DOB ⟦D|1951-12-03⟧   Legal status: voluntary
Dx: MDD, recurrent, severe with psychotic features; failed sertraline, venlafaxine, lithium augmentation.
Attending psychiatrist: ⟦N|Desmond Achebe-Larkin⟧, MD. Anesthesia: ⟦N|Kerstin Hallberg⟧, CRNA, with Dr. ⟦N|Farouk⟧.
Device: ⟦O|MECTA⟧ spECTrum 5000Q, SN ⟦DEV|5000Q-1104471⟧. RUL ultrabrief, 0.3 ms, 5x threshold; charge 403 mC.
Anesthesia: methohexital 80 mg, succinylcholine 70 mg. EEG seizure 41 s, motor 28 s. Good postictal suppression.
Recovery uneventful. MoCA 25/30 (was 26 at baseline ⟦D|2/20⟧). QIDS down from 22 to 11.
Next treatment ⟦DAY|Thursday⟧ ⟦D|03/16/2099⟧. Driver after outpatient transition: her son ⟦N|Booker Pettigrew⟧, ⟦P|336-555-0152⟧; he works at ⟦O|Reynolds American⟧.
Pastor ⟦N|Cleo Hairston⟧ of ⟦O|Goler Memorial AME Zion Church⟧ visited with permission.
Insurance: ⟦O|Healthy Blue⟧ ⟦HP|HBN881204417⟧. Consent for 12 treatments signed ⟦D|2/17/99⟧, witnessed by ⟦N|T. Kimbrough⟧, RN.
`);

note("methadone-otp-caps", `
⟦O|BOOTHEEL RECOVERY SERVICES⟧ OPIOID TREATMENT PROGRAM - ⟦C|KENNETT⟧, ⟦STATE|MO⟧      DOSING / NURSING NOTE      ⟦D|03/14/2099⟧
PT: ⟦N|RATLIFF, SHAWNA M⟧   CLIENT # ⟦I|BRS-04471⟧   DOB ⟦D|07/04/1988⟧   CSAM ID ⟦I|MO-OTP-118207⟧
DOSE: METHADONE 95 MG LIQUID, OBSERVED, LOT ⟦DEV|MT2299K41⟧. TAKE-HOME PHASE 2 (⟦DAY|SAT⟧/⟦DAY|SUN⟧).
UDS ⟦D|03/10⟧: POSITIVE METHADONE ONLY (LAB ⟦O|DOMINION DIAGNOSTICS⟧, SPEC ⟦I|DD-7720441⟧). COUNSELOR ⟦N|LAVERNE PICKARD⟧, LPC, NOTES 4 WKS NEGATIVE.
PREGNANT, EDD ⟦D|08/19/2099⟧; OB AT ⟦H|TWIN RIVERS REGIONAL MEDICAL CENTER⟧ WITH DR. ⟦N|STALLINGS⟧. SPLIT DOSING DISCUSSED.
EMPLOYED AT ⟦O|MAGNA SEATING⟧ IN ⟦C|MALDEN⟧, 2ND SHIFT. BOYFRIEND ⟦N|KYLE "HOSS" DUNAVANT⟧ ALSO IN PROGRAM (CLIENT ⟦I|BRS-04489⟧) - NO SHARED TAKE-HOMES.
COURT: ⟦O|DUNKLIN COUNTY DRUG COURT⟧, CASE ⟦I|22DU-CR00417⟧, PROBATION OFFICER ⟦N|R. YARBRO⟧ ⟦P|573-555-0128⟧ - MONTHLY REPORT SENT PER 42 CFR PART 2 CONSENT.
ADDRESS CHANGE: ⟦S|807 ST FRANCIS ST APT 3⟧, ⟦C|KENNETT⟧ ⟦Z|63857⟧. PHONE ⟦P|573-555-0104⟧. MEDICAID ⟦HP|MO 10441288⟧.
NURSE: ⟦N|DEBRA STUCKEY⟧, LPN   MEDICAL DIRECTOR: ⟦N|OLUWASEUN FADIPE⟧, DO
`);

note("cps-referral", `
Child Abuse Pediatrics — consultation and report to child protection
⟦H|Baptist Memorial Hospital-Golden Triangle⟧, ⟦C|Columbus⟧, ⟦STATE|MS⟧. Seen ⟦D|March 14, 2099⟧ in the ED at the request of Dr. ⟦N|Haskins⟧.
Child: ⟦N|Jaylen Amir Sledge⟧, 7 mo, MRN ⟦M|BMGT-2099-3318⟧, DOB ⟦D|08/11/2098⟧.
Caregivers: mother ⟦N|Destiny Sledge⟧ (19), ⟦S|1402 Military Rd, Apt 7C⟧, ⟦C|Columbus⟧ ⟦Z|39701⟧, cell ⟦P|662-555-0137⟧; her boyfriend ⟦N|Tavares "Tay" Beasley⟧; maternal grandmother ⟦N|Earline Sledge⟧ in ⟦C|Starkville⟧ keeps him weekdays.
History: "rolled off the couch" ⟦D|3/13⟧ evening. Swelling of the R thigh noticed by daycare (⟦O|Little Blessings Learning Center⟧) this morning.
Findings: R femur spiral fracture; skeletal survey shows healing posterior rib fractures L 6–8 (~2–3 weeks old). Head CT normal. Ophthalmology (Dr. ⟦N|Ruiz-Albright⟧): no retinal hemorrhages.
Labs: CBC, CMP, lipase, UA, coags, vitamin D, Ca/Phos/PTH normal.
Assessment: injuries highly concerning for physical abuse; history not consistent with mechanism or development.
Report made to ⟦O|Mississippi Department of Child Protection Services⟧ centralized intake, report # ⟦I|MDCPS-99-0441827⟧, at 13:05; worker ⟦N|Alisha Pounds⟧ on site 15:20. ⟦O|Columbus Police Department⟧ Det. ⟦N|Rory McBride⟧ notified, case ⟦I|CPD-99-004418⟧.
Sibling ⟦N|Kamari⟧ (3) to be examined at ⟦O|Safe Haven Child Advocacy Center⟧ on ⟦D|3/15⟧. Coverage: ⟦O|Magnolia Health⟧, ID ⟦HP|MGH-771204418⟧.
⟦N|Priscilla Oyelowo-Tate⟧, MD, child abuse pediatrics, pager ⟦P|662-555-0101⟧
`);

note("aps-report-caps", `
⟦O|OKLAHOMA DEPARTMENT OF HUMAN SERVICES⟧ - ADULT PROTECTIVE SERVICES      HOTLINE REFERRAL # ⟦I|APS-99-0314-0072⟧
DATE/TIME OF REPORT: ⟦D|03/14/2099⟧ 11:52      REPORTER: ⟦N|CHARLENE WHITEHORSE⟧, RN, CASE MANAGER, ⟦H|MCALESTER REGIONAL HEALTH CENTER⟧ ⟦P|918-555-0173⟧
ALLEGED VICTIM: ⟦N|TOLLIVER, OPAL IRENE⟧   AGE ⟦A|92⟧   DOB ⟦D|12/25/2006⟧   MRN ⟦M|MRHC0071842⟧
RESIDENCE: ⟦S|RT 2 BOX 118⟧, ⟦C|KREBS⟧, ⟦STATE|OK⟧ ⟦Z|74554⟧ (⟦LO|PITTSBURG COUNTY⟧), RURAL, NO RUNNING WATER SINCE ⟦D|JANUARY⟧.
ALLEGED PERPETRATOR: GRANDSON ⟦N|DUSTIN WAYNE TOLLIVER⟧ (32), LIVES IN HOME; HAS HER ⟦O|BANCFIRST⟧ DEBIT CARD AND SOCIAL SECURITY CHECK.
ALLEGATIONS: CAREGIVER NEGLECT, FINANCIAL EXPLOITATION. ADMITTED ⟦D|03/12⟧ WITH DEHYDRATION, STAGE 3 SACRAL WOUND, WT 38 KG. STATES "HE TAKES MY MONEY FOR HIS TRUCK."
OTHER CONTACTS: DAUGHTER ⟦N|BEVERLY TOLLIVER-SNOW⟧ IN ⟦C|DURANT⟧ ⟦P|580-555-0139⟧; PASTOR ⟦N|JIMMIE CRABTREE⟧, ⟦O|CALVARY FREE WILL BAPTIST⟧.
TRIBAL: CITIZEN OF ⟦O|CHOCTAW NATION OF OKLAHOMA⟧, CDIB ⟦I|CN-0441827⟧ - ⟦O|CHOCTAW NATION⟧ ELDER SERVICES ALSO NOTIFIED.
LAW ENFORCEMENT: ⟦O|PITTSBURG COUNTY SHERIFF'S OFFICE⟧ DEPUTY ⟦N|ROYCE HAMM⟧, INCIDENT ⟦I|PCSO-99-1187⟧.
DISCHARGE PLAN: SNF PLACEMENT AT ⟦H|FOREST HILLS CARE AND REHAB⟧ PENDING; EMERGENCY GUARDIANSHIP PETITION MAY BE NEEDED.
APS WORKER ASSIGNED: ⟦N|M. CHUPCO⟧, ⟦E|m.chupco@okdhs.example⟧   PRIORITY 1 (RESPONSE WITHIN 24 H)
`);

note("outbreak-linelist-caps", `
⟦O|KANSAS DEPARTMENT OF HEALTH AND ENVIRONMENT⟧ - OUTBREAK LINE LIST - ACUTE GASTROENTERITIS (NOROVIRUS GII CONFIRMED)
FACILITY: ⟦H|FLINT HILLS MANOR⟧, ⟦S|1120 W 12TH AVE⟧, ⟦C|EMPORIA⟧, ⟦STATE|KS⟧ ⟦Z|66801⟧   OUTBREAK # ⟦I|KS-OB-2099-044⟧   LHD: ⟦O|LYON COUNTY PUBLIC HEALTH⟧
REPORTED ⟦D|03/10/2099⟧ BY DON ⟦N|TAMMY GRIEBEL⟧, RN ⟦P|620-555-0183⟧. IP: ⟦N|JOSE ALVARADO-KERN⟧, RN.
RES 1  ⟦N|SCHROEDER, LOUISE⟧   ⟦A|96⟧ F   RM 12   ONSET ⟦D|03/07⟧   V/D   STOOL ⟦I|KHEL-99-0318⟧ POS   HOSP ⟦H|NEWMAN REGIONAL HEALTH⟧ ⟦D|03/08⟧-⟦D|03/11⟧
RES 2  ⟦N|OLEJNIK, STANLEY⟧    88 M   RM 14   ONSET ⟦D|03/08⟧   D       STOOL ⟦I|KHEL-99-0319⟧ POS
RES 3  ⟦N|BEZOLD, EDNA MAE⟧    ⟦A|101⟧ F  RM 3    ONSET ⟦D|03/08⟧   V       NOT TESTED   DIED ⟦D|03/09/2099⟧ (ASPIRATION)
RES 4  ⟦N|KRAMER, WILLARD "BUD"⟧ ⟦A|90⟧ M  RM 21   ONSET ⟦D|03/09⟧   V/D     STOOL PENDING
STAFF 1 ⟦N|PRICE, SUMMER⟧   CNA   ONSET ⟦D|03/07⟧   V/D   OFF WORK UNTIL ⟦D|03/11⟧; ALSO WORKS AT ⟦O|CASEY'S⟧ ON ⟦S|COMMERCIAL ST⟧ (FOOD HANDLER - ⟦O|LYON COUNTY PUBLIC HEALTH⟧ SANITARIAN NOTIFIED)
STAFF 2 ⟦N|HILL, J.⟧   DIETARY   ONSET ⟦D|03/09⟧   V     LIVES IN ⟦C|COUNCIL GROVE⟧
VISITOR ⟦N|BEZOLD, RANDALL⟧ (SON OF RES 3) ONSET ⟦D|03/10⟧ - SEEN AT ⟦H|MORRIS COUNTY HOSPITAL⟧ ED.
CONTROL MEASURES: UNIT CLOSED TO ADMISSIONS ⟦D|03/10⟧; BLEACH 5000 PPM; GROUP ACTIVITIES CANCELLED; ⟦DAY|SUNDAY⟧ SERVICE BY ⟦O|FIRST MENNONITE CHURCH⟧ CANCELLED.
EPI: ⟦N|REBEKAH UNRUH⟧, MPH   ⟦E|rebekah.unruh@ks.example⟧   LAB: ⟦O|KANSAS HEALTH AND ENVIRONMENTAL LABORATORIES⟧
`);

note("opo-referral-caps", `
⟦O|CHESAPEAKE DONOR ALLIANCE⟧ - REFERRAL LINE      REFERRAL # ⟦I|CDA-99-03-1182⟧      CALL RECEIVED ⟦D|14MAR2099⟧ 0217
CALLER: ⟦N|MIRANDA TALIAFERRO⟧, RN, ICU, ⟦H|RIVERSIDE RAPPAHANNOCK GENERAL HOSPITAL⟧, ⟦C|KILMARNOCK⟧, ⟦STATE|VA⟧   CALLBACK ⟦P|804-555-0146⟧
PATIENT: ⟦N|BALDERSON, CLAYTON ROY⟧   MRN ⟦M|RRGH-118204⟧   DOB ⟦D|05/30/1979⟧   ABO O POS   WT 92 KG
EVENT: FALL FROM TREE STAND ⟦D|03/12⟧ NEAR ⟦C|WARSAW⟧ (⟦LO|RICHMOND COUNTY⟧); TBI, GCS 3, NO SEDATION SINCE ⟦D|03/13⟧ 1800. TRIGGER: GCS <5.
FAMILY: WIFE ⟦N|KRISTY BALDERSON⟧ ⟦P|804-555-0190⟧; PARENTS ⟦N|ROY⟧ AND ⟦N|JUNE BALDERSON⟧ OF ⟦C|CALLAO⟧. DL SHOWS DONOR DESIGNATION (DMV REGISTRY # ⟦I|VA-DR-3308417⟧).
OCCUPATION: ⟦PROF|WATERMAN⟧ / CRABBER, BOAT ⟦I|VA 4471 BK⟧ OUT OF ⟦LO|LEWISETTA MARINA⟧.
ME CASE: ⟦O|OFFICE OF THE CHIEF MEDICAL EXAMINER⟧ TIDEWATER DISTRICT, ME DR. ⟦N|HOLLOWELL⟧ - RELEASE FOR DONATION GRANTED, CASE ⟦I|OCME-T-99-0418⟧.
ON-SITE COORDINATOR: ⟦N|DEVONTE SPRATLEY⟧, CPTC, ETA 0500. HOSPITAL LIAISON ⟦N|C. FAUNTLEROY⟧.
UNOS DONOR ID ⟦I|AKJ4471⟧ ASSIGNED 0940. HLA SAMPLES TO ⟦O|AMERICAN RED CROSS⟧ HLA LAB, ⟦C|RICHMOND⟧, COURIER ⟦O|MEDSPEED⟧.
FAMILY APPROACH 0715 WITH ⟦N|KRISTY⟧ AND CHAPLAIN REV. ⟦N|ABNER DOGGETT⟧.
`);

note("needlestick", `
Employee Health — bloodborne pathogen exposure (needlestick)
⟦H|Inland Valley Medical Center⟧ (⟦O|Southwest Healthcare⟧), ⟦C|Wildomar⟧, ⟦STATE|CA⟧ · Event ⟦D|14 Mar 2099⟧ 03:40 · Employee Health file ⟦I|EH-99-00412⟧
Exposed worker: ⟦N|Nguyen, Thao Vy⟧ ("⟦N|Vivian⟧"), RN, ICU night shift, employee # ⟦I|E0044718⟧, DOB ⟦D|10 Jan 1994⟧, ⟦S|31208 Via Colinas, Unit 5⟧, ⟦C|Temecula⟧ ⟦Z|92592⟧, cell ⟦P|951-555-0133⟧.
Injury: hollow-bore 22G IV catheter stylet, L index finger, through glove, after a blood draw; bled freely, washed 5 min. Not a safety device failure (device not activated). Sharps log ⟦I|SL-99-0187⟧; device lot ⟦DEV|BD-2298804⟧.
Source patient: ⟦N|Whitlock, Garrett⟧, MRN ⟦M|IVMC 7720418⟧, ICU bed 6; known HCV, HIV unknown. Consent from sister ⟦N|Renee Whitlock⟧ (POA) at 04:55 for rapid HIV, HBsAg, HCV RNA.
Source results: rapid HIV negative (06:10), HCV RNA pending at ⟦O|Quest⟧ (accession ⟦I|QA881204471⟧).
Worker baseline: HBsAb 412 (immune, 3-dose series ⟦D|2092⟧ at ⟦O|Loma Linda University School of Nursing⟧), HIV/HCV baseline drawn. PEP not indicated pending; offered and declined.
Follow-up HCV RNA at 3 wk (⟦D|April 4⟧) and anti-HCV at 6 mo (⟦D|Sept 14, 2099⟧).
Cal/OSHA 300 log entry by ⟦N|Bettina Oduya⟧, safety officer. Workers' comp: ⟦O|Sedgwick⟧ claim ⟦I|SCMS-99-20417783⟧; union rep ⟦N|Maxine Cardenas⟧ (⟦O|SEIU 121RN⟧) notified at the worker's request.
Seen by ⟦N|Farid Haddad⟧, PA-C, and ⟦N|Lourdes Ybarra de Leon⟧, MD, employee health physician.
`);

note("pgx-report", `
Pharmacogenomic Test Report
Laboratory: ⟦O|Helix Coast Genomics⟧, ⟦S|885 Higuera St, Ste 200⟧, ⟦C|San Luis Obispo⟧, ⟦STATE|CA⟧ ⟦Z|93401⟧ · CLIA ⟦I|05D2204471⟧ · CAP ⟦I|8812047⟧
Patient: ⟦N|Arroyo-Pratt, Celeste D.⟧   DOB ⟦D|1978-07-19⟧   Sex F   Specimen ⟦I|HCG-99-118820⟧ (buccal swab)   Collected ⟦D|2099-03-06⟧   Reported ⟦D|2099-03-14⟧
Ordering clinician: ⟦N|Wendell Ashby-Kwan⟧, PMHNP, ⟦O|Five Cities Behavioral Health⟧, ⟦C|Arroyo Grande⟧ · NPI ⟦I|1992044718⟧
Results: CYP2D6 *4/*41 (intermediate metabolizer, activity score 0.5); CYP2C19 *2/*17 (intermediate); CYP2C9 *1/*1; SLCO1B1 521TC (decreased function); HLA-B*15:02 negative.
Interpretation: current fluoxetine and aripiprazole — consider dose reduction of aripiprazole; tramadol and codeine may give reduced analgesia.
Billing: ⟦O|CenCal Health⟧ member ⟦HP|CC8812044719⟧; prior auth ⟦I|PA-CC-99-0071⟧.
Reviewed and signed: ⟦N|Soren Achterhof⟧, PhD, FACMG, laboratory director, ⟦D|Mar 14, 2099⟧.
Genetic counselor for questions: ⟦N|Paloma Greenleaf⟧, MS, CGC, ⟦P|805-555-0121⟧, ⟦E|pgreenleaf@helixcoast.example⟧.
Results also sent, with consent, to her PCP Dr. ⟦N|Abebe⟧ at ⟦H|Dignity Health - Arroyo Grande Community Hospital⟧ clinic.
`);

note("cochlear-activation", `
Audiology — cochlear implant initial activation
⟦H|Kootenai Health⟧ Audiology, ⟦S|2003 Kootenai Health Way⟧, ⟦C|Coeur d'Alene⟧, ⟦STATE|ID⟧ ⟦Z|83814⟧ · ⟦D|03/14/2099⟧
Patient: ⟦N|Brennan, Margaret "Peg"⟧ · DOB ⟦D|11/02/1947⟧ · MRN ⟦M|KH00418820⟧ · R ear implanted ⟦D|02/21/2099⟧ by Dr. ⟦N|Lisowski⟧ at ⟦H|Providence Sacred Heart Medical Center⟧, ⟦C|Spokane⟧.
Device: ⟦O|Cochlear⟧ Nucleus CI624, implant SN ⟦DEV|CI624-4471820⟧; sound processor Nucleus 8 SN ⟦DEV|N8-2209-77104⟧; remote app paired to her phone.
Impedances within normal limits on all 22 electrodes. Comfort (C) levels set by behavioral response; MP1+2, ACE, 900 pps.
She heard voices as "Donald Duck" at first, improving by end of session. Husband ⟦N|Sterling Brennan⟧ present and tearful.
Home: ⟦S|PO Box 338⟧, ⟦C|Sandpoint⟧, ⟦STATE|ID⟧ ⟦Z|83864⟧; phone ⟦P|208-555-0127⟧ (text only). Retired teacher at ⟦O|Lake Pend Oreille School District⟧; sings with ⟦O|Sandpoint Choral Society⟧.
Rehab: aural rehab with ⟦N|Dana St. Onge⟧, CCC-SLP, weekly. Coverage: Medicare and ⟦O|Blue Cross of Idaho⟧ supplement ⟦HP|BCI-RXQ-441887⟧.
Next mapping: 1 week (⟦D|3/21⟧) and 1 month.
⟦N|Hallie Rosenquist⟧, Au.D., CCC-A
`);

note("mfm-ultrasound-caps", `
⟦H|COVENANT HEALTH - COVENANT WOMEN'S AND CHILDREN'S HOSPITAL⟧      MATERNAL-FETAL MEDICINE      ⟦C|LUBBOCK⟧, ⟦STATE|TX⟧
DETAILED ANATOMY ULTRASOUND (76811)      EXAM DATE ⟦D|03.14.2099⟧      ACCESSION ⟦I|CWC-US-99-04471⟧
PATIENT: ⟦N|ZAMORA-PEÑA, YESENIA⟧   DOB ⟦D|06.02.2001⟧   MRN ⟦M|CV-20418832⟧   G3P2   LMP ⟦D|10/26/2098⟧   EDD BY 8 WK US ⟦D|08/02/2099⟧
REFERRED BY: ⟦N|ADA NWOSU-FIELDS⟧, CNM, ⟦O|LEVELLAND WOMEN'S CLINIC⟧, ⟦C|LEVELLAND⟧. INDICATION: PREGESTATIONAL DM2 (A1C 8.1), PRIOR MACROSOMIA.
GA 20W2D. SINGLE LIVE IUP, FHR 148. PLACENTA POSTERIOR, NO PREVIA. AFI NORMAL. EFW 362 G (55TH %ILE).
ANATOMY: 4-CHAMBER HEART AND OUTFLOW TRACTS NORMAL; FETAL ECHO STILL RECOMMENDED AT 22-24 WK. SPINE, KIDNEYS, LIMBS NORMAL. CERVIX 3.6 CM.
PLAN: FETAL ECHO WITH DR. ⟦N|TEODORO VILLAREAL⟧ (PEDS CARDIOLOGY) ⟦D|03/28/2099⟧; GROWTH US Q4 WK FROM 28 WK; INSULIN TITRATION BY DR. ⟦N|MCSWAIN⟧ (ENDO).
DIETITIAN: ⟦N|LACY HOBBS⟧, RD. DIABETES EDUCATION AT ⟦O|SOUTH PLAINS COLLEGE⟧ CAMPUS SESSIONS DECLINED (WORKS DAYS AT ⟦O|CAPROCK COTTON GIN⟧ OFFICE).
PARTNER ⟦N|EFRAÍN PEÑA⟧ ⟦P|806-555-0154⟧. INSURANCE: ⟦O|SUPERIOR HEALTHPLAN⟧ CHIP PERINATE ⟦HP|SHP-556120447⟧.
SONOGRAPHER: ⟦N|BRISTOL HADDOCK⟧, RDMS   INTERPRETED: ⟦N|NIKHIL SUBRAMANYAM⟧, MD, MFM   ⟦D|03/14/2099⟧ 14:07
`);

note("holter-caps", `
⟦H|REGIONAL WEST MEDICAL CENTER⟧ CARDIOLOGY - ⟦C|SCOTTSBLUFF⟧, ⟦STATE|NE⟧      48-HOUR HOLTER REPORT
PATIENT: ⟦N|DIETZ, KARL-HEINZ⟧   DOB ⟦D|03/03/2008⟧   MRN ⟦M|RWMC00334187⟧   HOOKUP ⟦D|03/11/2099⟧ 10:02   DISCONNECT ⟦D|03/13/2099⟧ 10:15
RECORDER: ⟦O|PHILIPS⟧ DIGITRAK XT, SN ⟦DEV|DTX-0044718-2⟧   HOOKUP TECH ⟦N|ASHLYN PFEIFER⟧, CCT
ORDERED BY: ⟦N|V. KRISHNAMURTHY⟧, MD, FOR PRESYNCOPE; REFERRED FROM ⟦H|GORDON MEMORIAL HOSPITAL⟧, ⟦C|GORDON⟧ (DR. ⟦N|HUNT⟧).
UNDERLYING RHYTHM: SINUS, HR 38-104, MEAN 61. PAUSES: 14 PAUSES > 2.5 S, LONGEST 4.1 S AT 03:12 ⟦D|03/12⟧ DURING SLEEP (SINUS ARREST).
PACS 2%, PVCS < 1%. 3 RUNS SVT, LONGEST 9 BEATS. NO AF. DIARY: "DIZZY CHECKING CATTLE" 07:40 ⟦D|03/12⟧ CORRESPONDS TO 3.2 S PAUSE.
CONCLUSION: SYMPTOMATIC SINUS NODE DYSFUNCTION. RECOMMEND EP REFERRAL FOR PACEMAKER.
PT IS A ⟦PROF|RANCHER⟧ NEAR ⟦C|HARRISBURG⟧ (⟦LO|BANNER COUNTY⟧); ADDRESS ⟦S|160450 COUNTY RD 18⟧, ⟦C|HARRISBURG⟧ ⟦Z|69345⟧. NO DRIVING UNTIL PACED - DISCUSSED WITH WIFE ⟦N|ROSEMARIE⟧ AND SON ⟦N|WADE DIETZ⟧ ⟦P|308-555-0178⟧.
EP APPT: DR. ⟦N|ABERNETHY-SOLIS⟧ AT ⟦H|UCHEALTH MEDICAL CENTER OF THE ROCKIES⟧, ⟦C|LOVELAND⟧, ⟦D|03/20/2099⟧.
READ BY: ⟦N|VASANTHI KRISHNAMURTHY⟧, MD, FACC   ⟦D|14 MAR 2099⟧
`);

note("stress-test", `
Exercise Treadmill Stress Echocardiogram
⟦H|Riverside Shore Memorial Hospital⟧, ⟦C|Onancock⟧, ⟦STATE|VA⟧ — Cardiology, ⟦LO|Eastern Shore⟧. Study date: ⟦DAY|Tue⟧ ⟦D|3/14/99⟧. Study ID ⟦I|RSMH-SE-0993⟧.
Patient: ⟦N|Kellam, Royce T.⟧   MRN ⟦M|RS-0417720⟧   DOB ⟦D|2/2/1961⟧
Referring: ⟦N|Fran Bundick⟧, NP, ⟦O|Eastern Shore Rural Health System⟧ — ⟦H|Atlantic Community Health Center⟧, ⟦C|Oak Hall⟧.
Indication: exertional chest tightness hauling nets; works for ⟦O|Shore Seafood Packers⟧ in ⟦C|Chincoteague⟧. Father died of MI at 52.
Protocol: Bruce. Exercised 7:42 (METs 9.1), stopped for fatigue and 1/10 tightness. Peak HR 141 (88% MPHR). BP 148/82 to 196/88.
ECG: 1.5 mm horizontal ST depression II, III, aVF, V5–V6 at peak, resolving at 4 min recovery.
Echo: rest EF 60%, normal wall motion; post-stress hypokinesis of the inferior and inferolateral walls.
Impression: positive stress echo for RCA/LCx territory ischemia. Duke treadmill score −3.5 (intermediate risk).
Plan: cath at ⟦H|Sentara Norfolk General Hospital⟧ with Dr. ⟦N|Oyelaran⟧; aspirin, atorvastatin 80, SL NTG. Driving to ⟦C|Norfolk⟧ over the ⟦LO|Chesapeake Bay Bridge-Tunnel⟧ with wife ⟦N|Dottie⟧ (cell ⟦P|757-555-0161⟧) ⟦D|3/17⟧.
Insurance: ⟦O|Anthem HealthKeepers Plus⟧ ⟦HP|YRK886120441⟧.
Sonographer ⟦N|Missy Tull⟧, RDCS; physician ⟦N|Oluwaseyi Ekpo⟧, MD, FASE.   ⟦N|OE⟧/⟦N|mt⟧
`);

note("ama-lower", `
discharge against medical advice — ⟦H|sentara obici hospital⟧, ⟦C|suffolk⟧ ⟦STATE|va⟧ — ed bed 22 — ⟦D|3/14/2099⟧ 0312
patient: ⟦N|pugh, terrance lamont⟧   mrn ⟦M|so11820447⟧   dob ⟦D|9/1/1990⟧   acct ⟦I|so-99-3320417⟧
presented 2140 ⟦D|3/13⟧ with chest pain after cocaine; troponin 0.09 → 0.14. cardiology (dr. ⟦N|haq⟧) recommended admission and cath.
pt states he must leave to keep his job at the ⟦O|port of virginia⟧ (longshoreman, ⟦O|ila local 1248⟧) and to pick up his daughter ⟦N|kenzie⟧ from his mother ⟦N|bernadette pugh⟧ on ⟦S|pinner st⟧.
capacity: alert, oriented, able to repeat back risks of mi, arrhythmia, death. clinical sober; etoh 0.
risks explained by me and by rn ⟦N|shelby wootten⟧. pt signed ama form; witness ⟦N|m. gatling⟧, tech.
rx given: aspirin, metoprolol tartrate 25 bid, nitroglycerin sl. follow-up cardiology at ⟦O|sentara cardiology specialists⟧ ⟦D|3/16⟧ 0900; phone ⟦P|757-555-0118⟧.
pt's number ⟦P|(757) 555-0196⟧; address ⟦S|2301 holland rd apt 112⟧, ⟦C|suffolk⟧ ⟦Z|23434⟧. cab voucher declined; girlfriend ⟦N|tasha⟧ driving.
he was told he can come back at any time. peer recovery specialist ⟦N|andre "dre" lassiter⟧ from ⟦O|western tidewater community services board⟧ will call.
physician: ⟦N|katarzyna wozniak-obi⟧, do, emergency medicine
`);

note("restraint-caps", `
⟦H|SPARTANBURG REGIONAL MEDICAL CENTER⟧ - ⟦H|SPARTANBURG REGIONAL HEALTHCARE SYSTEM⟧      BEHAVIORAL HEALTH UNIT 4B
RESTRAINT/SECLUSION ORDER AND MONITORING      ORDER # ⟦I|RS-99-0314-07⟧
PATIENT: ⟦N|GOSNELL, TRAVIS WAYNE⟧   MRN ⟦M|SRHS-0055120⟧   DOB ⟦D|11-11-1996⟧   LEGAL: INVOLUNTARY, PROBATE COURT PETITION ⟦I|2099-MH-42-0118⟧ (⟦O|SPARTANBURG COUNTY PROBATE COURT⟧)
INITIATED: ⟦D|03/14/2099⟧ 0220 BY ⟦N|LAKEISHA FOSTER⟧, RN, FOR IMMINENT VIOLENCE (STRUCK STAFF MEMBER ⟦N|DERRICK POOLE⟧, MHT).
TYPE: 4-POINT MECHANICAL, THEN SECLUSION 0305. FACE-TO-FACE WITHIN 1 HOUR BY DR. ⟦N|ADEYEMI⟧ AT 0250.
MONITORING Q15: 0235 AGITATED, YELLING; 0250 IM HALOPERIDOL 5 / LORAZEPAM 2 / DIPHENHYDRAMINE 50; 0320 CALMER; 0405 ASLEEP. CIRCULATION CHECKS INTACT.
RELEASED 0410. DEBRIEF WITH PT ⟦D|3/14⟧ 0900: SAYS VOICES TOLD HIM STAFF WERE FROM ⟦O|DUKE ENERGY⟧ SPYING ON HIM (HE WORKED THERE AS A LINEMAN UNTIL ⟦D|DEC 2098⟧).
FAMILY NOTIFIED: MOTHER ⟦N|CAROLYN GOSNELL⟧ OF ⟦C|GAFFNEY⟧ ⟦P|864-555-0132⟧ AT 0730 BY ⟦N|L. FOSTER⟧.
STAFF INJURY: ⟦N|POOLE⟧ SEEN IN ED, EMPLOYEE INCIDENT ⟦I|EI-99-0221⟧; ⟦O|SPARTANBURG POLICE⟧ NOT CALLED PER STAFF WISH.
ATTENDING: ⟦N|OLUWAFEMI ADEYEMI⟧, MD   NURSE MANAGER: ⟦N|HOPE STRICKLAND⟧, MSN
`);

note("jury-duty-letter", `
⟦H|Margaretville Hospital⟧
⟦S|42 Community Way⟧ · ⟦C|Margaretville⟧, ⟦STATE|NY⟧ ⟦Z|12455⟧ · ⟦P|845-555-0117⟧ · fax ⟦F|845-555-0118⟧

⟦D|14 March 2099⟧

⟦O|Delaware County Commissioner of Jurors⟧
⟦S|3 Court Street⟧
⟦C|Delhi⟧, ⟦STATE|NY⟧ ⟦Z|13753⟧

Re: ⟦N|Alma Jean Van Etten⟧, juror no. ⟦I|DC-J-99-04471⟧, summoned for ⟦D|April 10, 2099⟧

To the Commissioner:
Mrs. ⟦N|Van Etten⟧ (DOB ⟦D|5 Aug 2008⟧), who is ⟦A|90⟧ years old, has been my patient since ⟦D|2088⟧. She is the sole caregiver for her husband, Mr. ⟦N|Elmer Van Etten⟧, who has advanced dementia, at their farm on ⟦S|Dry Brook Rd⟧ in ⟦C|Arkville⟧. She also has macular degeneration and cannot drive the 40 miles to ⟦C|Delhi⟧.
I ask that she be permanently excused. Her son ⟦N|Dale⟧ may be reached at ⟦P|607-555-0145⟧ for any questions.
Sincerely,
⟦N|Rosalind Hubbell-Mattice⟧, MD
⟦O|Catskill Family Medicine⟧, NY license ⟦I|244718⟧
`);

note("fmla-caps", `
CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (WH-380-E)
SECTION I - EMPLOYER: ⟦O|PILGRIM'S PRIDE⟧ - ⟦C|ELLIJAY⟧ COMPLEX, HR CONTACT ⟦N|SHERRY DOCKERY⟧, ⟦P|706-555-0129⟧, FAX ⟦F|706-555-0130⟧. RETURN BY ⟦D|03/29/2099⟧.
EMPLOYEE: ⟦N|CRUZ, MARIBEL DE JESUS⟧   EMPLOYEE ID ⟦I|PPC-0447182⟧   JOB: ⟦PROF|DEBONING LINE WORKER⟧, 2ND SHIFT
SECTION III - PROVIDER: ⟦N|WARREN T. STANCIL⟧, MD, ⟦O|BLUE RIDGE ORTHOPAEDICS⟧, ⟦S|PO BOX 1920⟧, ⟦C|BLUE RIDGE⟧, ⟦STATE|GA⟧ ⟦Z|30513⟧   ⟦P|706-555-0166⟧
CONDITION BEGAN: ⟦D|01/18/2099⟧   SEEN: ⟦D|01/20/99⟧, ⟦D|02/14/99⟧, ⟦D|03/14/99⟧   SURGERY: R CUBITAL TUNNEL RELEASE ⟦D|02/27/2099⟧ AT ⟦H|PIEDMONT MOUNTAINSIDE HOSPITAL⟧, ⟦C|JASPER⟧
INCAPACITY: ⟦D|02/27/2099⟧ THROUGH ⟦D|04/24/2099⟧. FOLLOW-UP VISITS EVERY 3 WEEKS; HAND THERAPY 2X/WK AT ⟦O|APPALACHIAN HAND & UPPER EXTREMITY⟧.
UNABLE TO PERFORM REPETITIVE GRIP, KNIFE WORK, OR COLD ROOM DUTY. LIGHT DUTY (LEFT HAND ONLY) FROM ⟦D|04/25⟧ IF AVAILABLE.
INTERPRETER: SPANISH, ⟦N|ROSA ELENA MÁRQUEZ⟧ (⟦O|LANGUAGELINE⟧ ID ⟦I|LL-22184⟧).
SHORT-TERM DISABILITY: ⟦O|THE HARTFORD⟧ CLAIM ⟦I|HTF-99-0044718⟧.
SIGNATURE: ⟦N|W. STANCIL⟧   DATE ⟦D|14-MAR-99⟧   ⟦N|WTS⟧/⟦N|DBC⟧
`);

note("sports-ppe-caps", `
PREPARTICIPATION PHYSICAL EVALUATION - ⟦O|NEW MEXICO ACTIVITIES ASSOCIATION⟧ FORM      EXAM ⟦D|03/14/2099⟧
ATHLETE: ⟦N|MONTOYA, ISAIAH GABRIEL⟧   DOB ⟦D|04/01/2083⟧   GRADE 11   SCHOOL: ⟦O|GODDARD HIGH SCHOOL⟧, ⟦C|ROSWELL⟧   SPORTS: BASEBALL, FOOTBALL
PARENT/GUARDIAN: ⟦N|CELINA MONTOYA⟧ ⟦P|575-555-0150⟧; FATHER ⟦N|GABE MONTOYA⟧ WORKS FOR ⟦O|LEPRINO FOODS⟧.
HOME: ⟦S|1409 S LEA AVE⟧, ⟦C|ROSWELL⟧, ⟦STATE|NM⟧ ⟦Z|88203⟧
HISTORY: CONCUSSION ⟦D|10/2098⟧ (GAME VS ⟦O|HOBBS HIGH⟧), CLEARED ⟦D|11/04/98⟧ BY DR. ⟦N|ARCHULETA⟧. NO SYNCOPE WITH EXERCISE. UNCLE DIED SUDDENLY AT 34 (CAUSE UNKNOWN) - ECG DONE.
ECG: SINUS, NORMAL INTERVALS, QTC 412, NO PRE-EXCITATION (SEATTLE CRITERIA). READ BY DR. ⟦N|BACA-HOLLOMAN⟧, ⟦H|EASTERN NEW MEXICO MEDICAL CENTER⟧.
EXAM: BP 118/72, HR 64, HT 180 CM, WT 79 KG. VISION 20/20. MURMUR NONE WITH VALSALVA. MSK: FULL ROM, MILD L SHOULDER LAXITY.
CLEARANCE: CLEARED WITHOUT RESTRICTION.
INSURANCE: ⟦O|PRESBYTERIAN HEALTH PLAN⟧ ⟦HP|PHP-331204478⟧. ATHLETIC TRAINER: ⟦N|KIRBY SALAZAR⟧, LAT, ATC.
EXAMINER: ⟦N|MARISOL TAFOYA⟧, FNP-C, ⟦O|LA CASA FAMILY HEALTH CENTER⟧   NPI ⟦I|1730442187⟧   ⟦D|3-14-2099⟧
`);

note("concussion-rtp", `
Sports Concussion Clinic — return-to-learn / return-to-play follow-up
⟦H|Mount Nittany Medical Center⟧, ⟦C|State College⟧, ⟦STATE|PA⟧ · ⟦D|March 14th, 2099⟧, 4:15 pm
Student-athlete: ⟦N|Eleanor "Nell" Fitzgerald-Baum⟧, 19, DOB ⟦D|12 May 2079⟧, MRN ⟦M|MNMC-8204417⟧. Sophomore, women's ice hockey, ⟦O|Penn State⟧ (club), student ID ⟦I|PSU 944718203⟧.
Injury: ⟦D|3/4⟧ collision vs ⟦O|Lindenwood⟧ at ⟦LO|Pegula Ice Arena⟧; no LOC; headache, photophobia, fogginess. Seen that night by team physician Dr. ⟦N|Strunk⟧.
Today: SCAT6 symptom score 4/132 (was 38). ImPACT composite back to baseline (baseline ⟦D|Aug 2098⟧). VOMS normal except mild convergence symptoms. BESS 8 errors.
Academic: full class load resumed ⟦D|3/11⟧ with ⟦O|Student Disability Resources⟧ accommodations (extra time) through ⟦D|3/25⟧.
Plan: graded exertion stage 3–5 with athletic trainer ⟦N|Jordy Kapinos⟧, LAT; clearance visit ⟦D|3/21⟧ if asymptomatic.
Mother ⟦N|Siobhan Fitzgerald⟧ (⟦P|412-555-0183⟧) joined by phone with ⟦N|Nell⟧'s permission. Lives in ⟦O|East Halls⟧; home address ⟦S|88 Sewickley Heights Dr⟧, ⟦C|Sewickley⟧.
Insurance: ⟦O|Highmark Blue Shield⟧ ⟦HP|HMK-YZP-2044718⟧ (father's plan through ⟦O|PNC⟧).
⟦N|Idris Kamau-Ferrante⟧, MD, CAQSM
`);

note("placard-letter", `
⟦H|Peconic Bay Medical Center⟧ — Geriatrics & Palliative Medicine
⟦S|1300 Roanoke Ave⟧, ⟦C|Riverhead⟧, ⟦STATE|NY⟧ ⟦Z|11901⟧

⟦D|3/14/2099⟧

To: ⟦O|Town of Southold⟧ Clerk — Parking Permits for Persons with Disabilities

This is to certify that my patient ⟦N|Cornelius "Neil" Wickham⟧, born ⟦D|January 9, 2006⟧ (age ⟦A|93⟧), of ⟦S|2200 Main Bayview Rd⟧, ⟦C|Southold⟧ ⟦Z|11971⟧, has a permanent disability that limits walking: severe aortic stenosis (TAVR declined) and spinal stenosis, with a walker at all times. He cannot walk 200 feet without stopping.
⟦O|NYS DMV⟧ ID ⟦I|884 207 441⟧. Vehicle plate ⟦I|NY HKT-4471⟧ (driven by his daughter ⟦N|Priscilla Wickham-Zeller⟧, who lives with him).
He was a ⟦PROF|commercial fisherman⟧ out of ⟦C|Greenport⟧ for 50 years and volunteers at the ⟦O|Southold Historical Society⟧ when he can.
Please contact my office at ⟦P|631-555-0168⟧ with any questions.
⟦N|Agnieszka Borowski⟧, MD   NY license ⟦I|301447⟧   NPI ⟦I|1245508813⟧
`);

note("medif-caps", `
⟦O|HAWAIIAN AIRLINES⟧ MEDICAL INFORMATION SHEET (MEDIF) - PART 2, COMPLETED BY ATTENDING PHYSICIAN
PASSENGER: ⟦N|KAHANANUI, LEIMOMI K⟧   DOB ⟦D|02 FEB 2009⟧   AGE ⟦A|90⟧   BOOKING REF ⟦I|HX7K2Q⟧   FLIGHT HA 148 ⟦C|LIHUE⟧-⟦C|HONOLULU⟧ ⟦D|18 MAR 2099⟧
ATTENDING PHYSICIAN: ⟦N|KEONI SILVA-MAKUA⟧, MD, ⟦H|WILCOX MEDICAL CENTER⟧, ⟦C|LIHUE⟧, ⟦LO|KAUAI⟧   ⟦P|808-555-0124⟧ (24 H)
DIAGNOSIS: L HIP FRACTURE ⟦D|09 MAR 2099⟧ (FALL AT HOME IN ⟦C|WAIMEA⟧), NOT OPERATED; FOR ORIF AT THE ⟦H|QUEEN'S MEDICAL CENTER⟧ ⟦D|19 MAR 2099⟧ WITH DR. ⟦N|FUJIMOTO-REYES⟧.
STRETCHER REQUIRED: YES (9 SEATS). ESCORT: GRANDDAUGHTER ⟦N|MALIA KAHANANUI⟧, RN AT ⟦O|HAWAII PACIFIC HEALTH⟧, ⟦P|808-555-0176⟧.
OXYGEN: 2 LPM VIA POC (⟦O|INOGEN⟧ ONE G5, SN ⟦DEV|G5-99K447182⟧), FAA APPROVED. HB 10.8. NO CONTAGIOUS DISEASE.
MEDS DURING FLIGHT: OXYCODONE 5 MG PRN, APIXABAN HELD ⟦D|17 MAR⟧.
GROUND AMBULANCE: ⟦O|AMERICAN MEDICAL RESPONSE⟧ AT ⟦LO|DANIEL K. INOUYE INTERNATIONAL AIRPORT⟧ TO ⟦H|QUEEN'S⟧.
INSURANCE: ⟦O|HMSA⟧ AKAMAI ADVANTAGE ⟦HP|HMA-0044718203⟧. HOME: ⟦S|4471 MENEHUNE RD⟧, ⟦C|WAIMEA⟧ ⟦Z|96796⟧.
AIRLINE MEDICAL DESK: DR. ⟦N|T. AKANA⟧, CLEARED ⟦D|15 MAR 2099⟧, REF ⟦I|HA-MED-99-0418⟧.
`);

note("death-pronouncement-caps", `
⟦H|CANYON VISTA MEDICAL CENTER⟧, ⟦C|SIERRA VISTA⟧, ⟦STATE|AZ⟧ - DEATH PRONOUNCEMENT NOTE      ⟦D|03/14/2099⟧ 0448
DECEDENT: ⟦N|FONTENOT, AUGUSTINE "GUS"⟧   MRN ⟦M|CVMC-00218804⟧   DOB ⟦D|07/14/2003⟧   AGE ⟦A|95⟧
CALLED BY ⟦N|TERESA LUJAN⟧, RN, AT 0432: NO RESPIRATIONS. EXAM 0448: NO PULSE, NO HEART OR BREATH SOUNDS X 1 MIN, PUPILS FIXED AND DILATED, NO RESPONSE TO PAIN. TIME OF DEATH 0448.
DNR/COMFORT CARE SINCE ⟦D|03/11⟧ (POLST ON FILE). CAUSE: METASTATIC PROSTATE CANCER; CONTRIBUTING CKD 4.
FAMILY: DAUGHTER ⟦N|BERNADETTE FONTENOT-RUIZ⟧ AT BEDSIDE; SON ⟦N|RAYMOND⟧ IN ⟦C|BISBEE⟧ NOTIFIED BY PHONE ⟦P|520-555-0191⟧ AT 0500.
VETERAN (US ARMY, RETIRED FROM ⟦LO|FORT HUACHUCA⟧) - ⟦H|SOUTHERN ARIZONA VA HEALTH CARE SYSTEM⟧ NOTIFIED FOR BURIAL BENEFITS; INTERMENT REQUESTED AT ⟦LO|SOUTHERN ARIZONA VETERANS' MEMORIAL CEMETERY⟧.
ME NOTIFICATION: NOT AN ME CASE PER ⟦O|COCHISE COUNTY MEDICAL EXAMINER⟧ INVESTIGATOR ⟦N|J. ARVIZU⟧, REF ⟦I|CCME-99-0317⟧.
DONOR NETWORK: ⟦O|DONOR NETWORK OF ARIZONA⟧ REF ⟦I|DNAZ-99-44718⟧ - TISSUE ONLY, FAMILY DECLINED.
FUNERAL HOME: ⟦O|HATFIELD FUNERAL HOME⟧, ⟦C|SIERRA VISTA⟧ ⟦P|520-555-0110⟧. PRIEST FROM ⟦O|ST. ANDREW THE APOSTLE⟧ GAVE LAST RITES ⟦D|03/13⟧.
ATTENDING NOTIFIED: DR. ⟦N|NAKAGAWA-PRICE⟧. PRONOUNCED BY: ⟦N|HUGO ESCALANTE⟧, MD (HOSPITALIST)   ⟦N|HE⟧/⟦N|TL⟧
`);

note("eye-bank-referral", `
Ocular tissue donation — referral and recovery record
⟦O|Redwood Sight & Tissue Bank⟧, ⟦S|2650 Harris St, Suite 4⟧, ⟦C|Eureka⟧, ⟦STATE|CA⟧ ⟦Z|95503⟧ — referral # ⟦I|RSTB-99-0227⟧
Referred ⟦D|03/13/2099⟧ 22:10 by ⟦N|Kaya Redhawk⟧, RN, ⟦H|Providence St. Joseph Hospital Eureka⟧. Donor: ⟦N|Lindahl, Harold Everett⟧, 74, MRN ⟦M|PSJ-4417082⟧, cardiac death 21:46.
Next of kin: wife ⟦N|Marjorie Lindahl⟧, ⟦S|PO Box 77⟧, ⟦C|Ferndale⟧ ⟦Z|95536⟧, ⟦P|707-555-0113⟧. Recorded consent 23:05 (call ID ⟦I|RC-220417⟧), witnessed by ⟦N|Oren Sato⟧.
Social history: retired ⟦PROF|dairy farmer⟧ in the ⟦LO|Eel River Valley⟧; member of ⟦O|Ferndale Lions Club⟧. Donor registry: ⟦O|Donate Life California⟧ ID ⟦I|DLC-8804417⟧.
Recovery ⟦D|03/14/2099⟧ 04:20 in the hospital morgue by ⟦N|Wren Ahlquist⟧, CEBT. Whole globes OD/OS, tissue IDs ⟦DEV|RS99-0227-OD⟧ and ⟦DEV|RS99-0227-OS⟧. Blood for serology to ⟦O|Creative Testing Solutions⟧ (sample ⟦I|CTS-7729041⟧).
Corneas to ⟦O|Lions VisionGift⟧ for DMEK processing; planned recipient surgeon Dr. ⟦N|Oyama⟧ at ⟦H|Casey Eye Institute⟧.
Coroner: ⟦O|Humboldt County Sheriff-Coroner⟧ release, case ⟦I|HC-C-99-0093⟧.
Family thank-you letter to go out ⟦D|April 2099⟧.
`);

note("critical-value-lower", `
lab critical value call log — ⟦H|sky lakes medical center⟧ laboratory, ⟦C|klamath falls⟧ ⟦STATE|or⟧
⟦D|03/14/99⟧ 0122  k 6.9 (hemolyzed? no, repeat 6.8)  pt ⟦N|tuttle, merle⟧  mrn ⟦M|slmc0041882⟧  called to ⟦N|becca ng⟧, rn, 2 north, read back ok. tech ⟦N|jl⟧
⟦D|03/14/99⟧ 0310  glucose 38  pt ⟦N|yellowhorse-dunn, ava⟧ (⟦A|97⟧ yo)  mrn ⟦M|slmc0077210⟧  ⟦H|crystal terrace of klamath falls⟧ nursing home — called to charge nurse ⟦N|rudy⟧ at ⟦P|541-555-0139⟧, read back ok. tech ⟦N|jl⟧
⟦D|03/14/99⟧ 0545  hgb 5.9  pt ⟦N|de la rosa, joaquin⟧  mrn ⟦M|slmc0019844⟧  ed — called to dr. ⟦N|whitsett⟧, read back ok. type & cross in house, 2 units o neg from ⟦O|american red cross⟧ stock. tech ⟦N|kp⟧
⟦D|03/14/99⟧ 0820  inr 9.4  pt ⟦N|may, june⟧  mrn ⟦M|slmc0066312⟧  outpatient draw at ⟦O|klamath tribal health & family services⟧ — called to dr. ⟦N|b. lamebull⟧'s nurse ⟦N|kit⟧ at ⟦P|541-555-0170⟧; pt reached at home, ⟦S|3311 homedale rd, sp 19⟧, ⟦C|klamath falls⟧ ⟦Z|97603⟧. tech ⟦N|mo⟧
⟦D|03/14/99⟧ 1105  blood culture gpc in clusters 2/2  pt ⟦N|o'shea, declan⟧  mrn ⟦M|slmc0090017⟧  called to ⟦N|p. vanderzee⟧, pa-c, ⟦H|cascade east family medicine⟧. tech ⟦N|kp⟧
⟦D|03/14/99⟧ 1440  lactate 6.1  pt ⟦N|hope, christian⟧  mrn ⟦M|slmc0031175⟧  icu — called to ⟦N|maddie sorensen⟧, rn. tech ⟦N|mo⟧
⟦D|03/14/99⟧ 1712  troponin 2.4  pt ⟦N|bill pray⟧  mrn ⟦M|slmc0058820⟧  transferred from ⟦H|lake district hospital⟧ (⟦C|lakeview⟧) — called to dr. ⟦N|castellano⟧. tech ⟦N|jl⟧
supervisor review ⟦D|3/15⟧: ⟦N|g. haverkamp⟧, mt(ascp)
`);

note("flight-transfer-caps", `
⟦O|CANYONLANDS AIR MEDICAL⟧ - ROTOR WING PATIENT CARE RECORD      MISSION # ⟦I|CAM-99-0412⟧      ⟦D|2099-03-14⟧
AIRCRAFT ⟦I|N447CA⟧ (BELL 407)   BASE: ⟦LO|CANYONLANDS REGIONAL AIRPORT⟧, ⟦C|MOAB⟧
SENDING: ⟦H|BLUE MOUNTAIN HOSPITAL⟧, ⟦C|BLANDING⟧, ⟦STATE|UT⟧ - DR. ⟦N|LAVERKIN⟧   RECEIVING: ⟦H|INTERMOUNTAIN HEALTH - ST. MARY'S REGIONAL HOSPITAL⟧, ⟦C|GRAND JUNCTION⟧ - DR. ⟦N|PATEL-OKAFOR⟧ (ACCEPTED 1312)
PT: ⟦N|BEGAYE, NELSON⟧   AGE 61   DOB ⟦D|2037-10-19⟧   WT 84 KG   MRN (SENDING) ⟦M|BMH-20447⟧
HX: STEMI - INFERIOR, ONSET 1040 WHILE WORKING AT ⟦O|ENERGY FUELS⟧ ⟦LO|WHITE MESA MILL⟧. TNK GIVEN 1205 AT SENDING (DOOR-TO-NEEDLE 38 MIN). LIVES ON ⟦LO|NAVAJO NATION⟧ NEAR ⟦C|MONTEZUMA CREEK⟧.
FLIGHT: LIFT 1331, 132 NM, ARRIVED HELIPAD 1422. ST RESOLVING 50%. ONE RUN NSVT, SELF-LIMITED. HEPARIN 4000 U BOLUS, 800 U/H.
FAMILY: WIFE ⟦N|ELOUISE BEGAYE⟧ DRIVING VIA ⟦S|US-191⟧, CELL ⟦P|435-555-0167⟧; PHS NURSE ⟦N|R. ATCITTY⟧ AT ⟦H|MONTEZUMA CREEK HEALTH CENTER⟧ INFORMED.
INSURANCE: ⟦O|INDIAN HEALTH SERVICE⟧ PRC AUTHORIZATION ⟦I|PRC-NAV-99-3318⟧; ⟦O|SELECTHEALTH⟧ ⟦HP|SH-440187723⟧ THROUGH EMPLOYER.
CREW: ⟦N|TYLER "TJ" JORGENSEN⟧, FP-C; ⟦N|ANNELISE MORTENSEN⟧, RN, CFRN; PILOT ⟦N|DUANE HOLYOAK⟧.
QA REVIEW: ⟦N|D. NIELSON⟧, MD, MEDICAL DIRECTOR   ⟦D|03/15/99⟧
`);

note("offshore-medic-caps", `
⟦O|GULF SHELF ENERGY⟧ - OFFSHORE MEDIC INCIDENT REPORT      PLATFORM ⟦LO|WEST CAMERON 447-A⟧      REPORT # ⟦I|GSE-MED-99-031⟧
DATE OF INCIDENT: ⟦D|MARCH 14, 2099⟧ 0615      MEDIC: ⟦N|DARNELL BROUSSARD⟧, NRP   SHORE MEDICAL: ⟦O|ACADIAN MONITORING SERVICES⟧ DR. ⟦N|THIBODAUX⟧
INJURED: ⟦N|LEBLANC, TREY P⟧   DOB ⟦D|02/21/1991⟧   CONTRACTOR: ⟦O|BAYOU WELL SERVICES⟧   BADGE ⟦I|BWS-11204⟧   TWIC ⟦I|TW-4471882045⟧
MECHANISM: R HAND CAUGHT IN PIPE TONGS ON DRILL FLOOR. WITNESS: DRILLER ⟦N|ALCIDE "T-BOY" NAQUIN⟧.
FINDINGS: DEGLOVING OF R RING FINGER, OPEN FX SUSPECTED. CAP REFILL DELAYED. PAIN 9/10.
TX: DIRECT PRESSURE, SALINE, SPLINT, CEFAZOLIN 2 G IV PER SHORE ORDER, FENTANYL 100 MCG IN.
MEDEVAC: ⟦O|PHI AIR MEDICAL⟧ ⟦I|N611PA⟧ LIFT 0748 TO ⟦H|LAKE CHARLES MEMORIAL HOSPITAL⟧ (HAND SURGERY DR. ⟦N|GUIDRY-ASHFORD⟧); ARRIVED 0841.
NOTIFICATIONS: ⟦O|BSEE⟧ INCIDENT ⟦I|BSEE-99-GOM-0318⟧; ⟦O|USCG MARINE SAFETY UNIT⟧ ⟦C|PORT ARTHUR⟧; HSE MANAGER ⟦N|CORINNE SAVOIE⟧ ⟦P|337-555-0148⟧.
NEXT OF KIN: WIFE ⟦N|BRANDI LEBLANC⟧, ⟦S|118 DUGAS LN⟧, ⟦C|HACKBERRY⟧, ⟦STATE|LA⟧ ⟦Z|70645⟧ ⟦P|337-555-0120⟧ (CALLED 0730).
DRUG/ALCOHOL TEST POST-INCIDENT: ⟦O|DISA⟧ COLLECTION ⟦I|DISA-882041⟧ AT RECEIVING HOSPITAL 0905.
REPORT BY ⟦N|D. BROUSSARD⟧ ⟦D|03/14/2099⟧ 1130; REVIEWED ⟦N|C. SAVOIE⟧.
`);

note("ltach-admission", `
Long-Term Acute Care Hospital — Admission History & Physical
⟦H|High Desert LTAC Hospital⟧, ⟦S|16850 Bear Valley Rd⟧, ⟦C|Victorville⟧, ⟦STATE|CA⟧ ⟦Z|92395⟧ · Admit ⟦D|03-14-2099⟧ 15:30
Patient: ⟦N|Obregón, Rigoberto⟧ · MRN ⟦M|HDL-004471⟧ · DOB ⟦D|03-01-1949⟧ · Transferred from ⟦H|Loma Linda University Medical Center⟧ (MRN there ⟦M|LL 2204-4178⟧), ICU day 26.
Reason: prolonged mechanical ventilation after ARDS from influenza A; trach ⟦D|2/28⟧ (Shiley 8 cuffed), PEG ⟦D|3/2⟧. Stage 3 sacral wound. CRE colonized (contact precautions).
History: retired ⟦PROF|truck mechanic⟧ for ⟦O|BNSF⟧ at the ⟦LO|Barstow rail yard⟧; lives in ⟦C|Hesperia⟧ with his wife ⟦N|Consuelo⟧. Speaks Spanish; interpreter via ⟦O|Cyracom⟧.
Exam: on AC 450/14/PEEP 8/FiO2 35%. Follows simple commands. RASS 0. Diffuse weakness, MRC 36/60.
Plan: SBT daily with RT ⟦N|Jomo Kariuki⟧, RRT; goal trach collar. Speech (PMV) with ⟦N|Bao Tran⟧, CCC-SLP. Wound care RN ⟦N|Darla Munsey⟧. Meropenem last dose ⟦D|3/16⟧.
Family meeting ⟦DAY|Friday⟧ ⟦D|3/17⟧ with daughters ⟦N|Marisol⟧ and ⟦N|Yadira Obregón-Lutz⟧ (⟦P|760-555-0149⟧; ⟦E|yadira.lutz@mail.example⟧). Code status full per wife.
Payer: ⟦O|Inland Empire Health Plan⟧ (⟦O|IEHP⟧) ⟦HP|IEHP-600447182⟧; auth ⟦I|IEHP-LT-99-2207⟧ through ⟦D|04/13/2099⟧.
Attending: ⟦N|Gwendolyn Achterberg-Sy⟧, MD, pulmonary. Dictated by ⟦N|GAS⟧, transcribed ⟦N|jmr⟧ ⟦D|03/14/99⟧.
`);

note("vaccine-roster-caps", `
ON-SITE VACCINATION CLINIC ROSTER - ⟦O|DIAMOND FRUIT GROWERS⟧ PACKING HOUSE, ⟦C|ODELL⟧, ⟦STATE|OR⟧      ⟦D|03/14/2099⟧
SPONSOR: ⟦O|ONE COMMUNITY HEALTH⟧ (⟦C|HOOD RIVER⟧)   CLINIC LEAD: ⟦N|ESPERANZA VILLASEÑOR⟧, RN   ⟦P|541-555-0136⟧   ALERT IIS SITE ⟦I|ALERT-44718⟧
VACCINE: TDAP (BOOSTRIX) LOT ⟦DEV|3K22Q⟧ EXP ⟦D|11/2099⟧; INFLUENZA (FLUCELVAX) LOT ⟦DEV|AX4471A⟧; MMR LOT ⟦DEV|Z004182⟧
1  ⟦N|CHAVEZ, RAUL⟧   DOB ⟦D|05/12/1980⟧   TDAP L DELT   BY ⟦N|EV⟧   EMPLOYEE # ⟦I|DFG-2204⟧
2  ⟦N|LOPEZ RAMIREZ, MARIA DE LOS ANGELES⟧   DOB ⟦D|09/09/1995⟧   FLU, TDAP   BY ⟦N|EV⟧   PREGNANT 28 WK (OB ⟦H|PROVIDENCE HOOD RIVER MEMORIAL HOSPITAL⟧)
3  ⟦N|HERNANDEZ, JOSE LUIS "CHEPE"⟧   DOB ⟦D|01/30/1972⟧   FLU   BY ⟦N|KT⟧   HOUSING: ⟦S|4471 HWY 35, CABIN 9⟧, ⟦C|PARKDALE⟧
4  ⟦N|XOCHITL, AMADO⟧   DOB ⟦D|07/07/2001⟧   MMR #2, TDAP   BY ⟦N|KT⟧   H-2A VISA ⟦I|H2A-0044718⟧; PASSPORT ⟦I|G44718203⟧ (⟦COUNTRY|MEXICO⟧)
5  ⟦N|WINN, BARBARA "BOBBIE"⟧   DOB ⟦D|12/12/2008⟧ (⟦A|90⟧)   FLU HIGH DOSE   BY ⟦N|EV⟧   OWNER'S MOTHER, LIVES ON ⟦S|ODELL HWY⟧
6  ⟦N|SANTIAGO-CRUZ, ELÍAS⟧   DOB ⟦D|03/03/1988⟧   DECLINED   REFERRED TO ⟦O|LA CLÍNICA DEL CARIÑO⟧ FOR TB SKIN TEST
7  ⟦N|YOUNG, ROBIN⟧   DOB ⟦D|08/19/1966⟧   FLU   BY ⟦N|KT⟧   SUPERVISOR; CONTACT ⟦P|541-555-0182⟧
ADVERSE EVENTS: #2 VASOVAGAL, RECOVERED IN 10 MIN; VAERS NOT REQUIRED. ⟦O|MID-COLUMBIA CENTER FOR LIVING⟧ PROMOTORA ⟦N|LUPITA ROMERO⟧ INTERPRETED.
VACCINATORS: ⟦N|E. VILLASEÑOR⟧, RN; ⟦N|KEALOHA TANNER⟧, LPN. DATA ENTRY TO ⟦O|OREGON HEALTH AUTHORITY⟧ ALERT IIS BY ⟦N|MARCO DIAZ⟧ ⟦D|03/15/99⟧.
`);

note("hemophilia-htc", `
Hemophilia Treatment Center — comprehensive annual visit (telehealth + outreach)
⟦H|Providence Alaska Medical Center⟧ HTC, ⟦C|Anchorage⟧; outreach at ⟦H|Central Peninsula Hospital⟧, ⟦C|Soldotna⟧, ⟦STATE|AK⟧. Visit ⟦D|3/14/2099⟧.
Patient: ⟦N|Kvasnikoff, Eli⟧ (goes by "⟦N|Junior⟧"), 16, DOB ⟦D|06/23/2082⟧, MRN ⟦M|PAMC-7720441⟧, ATHN ID ⟦I|ATHN-AK-0418⟧.
Dx: severe hemophilia A (FVIII <1%), no inhibitor (Bethesda <0.6 on ⟦D|3/1/99⟧). Prophylaxis emicizumab 3 mg/kg q2 wk; factor VIII ⟦O|Takeda⟧ Advate for breakthrough bleeds, lot ⟦DEV|ADV-99K204⟧.
Bleeds since last visit: 2 (R ankle ⟦D|11/2098⟧ at hockey, L elbow ⟦D|1/15/99⟧). Target joint: R ankle; HJHS 4.
Lives in ⟦C|Nikiski⟧ with mother ⟦N|Darlene Kvasnikoff⟧ (carrier, FVIII 44%) and stepfather ⟦N|Rick Oehler⟧, who works on the ⟦O|Hilcorp⟧ platforms. Address ⟦S|PO Box 8871⟧, ⟦C|Nikiski⟧ ⟦Z|99635⟧; phone ⟦P|907-555-0172⟧.
School: ⟦O|Nikiski Middle-High School⟧; school nurse ⟦N|Patty Fenske⟧ keeps an emergency dose. Plays for the ⟦O|Kenai River Brown Bears⟧ youth program.
Dental: ⟦O|Dena'ina Health Clinic⟧ cleaning ⟦D|4/2⟧. PT: ⟦N|Aurora Hinkle⟧, DPT.
Specialty pharmacy: ⟦O|Accredo⟧, Rx ⟦I|AC-4471882⟧. Coverage: ⟦O|Denali KidCare⟧ ⟦HP|DKC-882044178⟧; tribal member of ⟦O|Kenaitze Indian Tribe⟧.
Social work: ⟦N|Roxanne Kalmakoff⟧, LCSW — summer camp application sent to ⟦O|Hemophilia Foundation of Alaska⟧.
Hematologist: ⟦N|Margit Solheim-Baca⟧, MD; nurse coordinator ⟦N|Lisbeth Yako⟧, RN.
`);

note("sickle-cell-day", `
Sickle Cell Day Hospital — infusion center note
⟦H|Cone Health - Moses Cone Hospital⟧, Sickle Cell Medical Center, ⟦S|509 N Elam Ave, Suite 102⟧, ⟦C|Greensboro⟧, ⟦STATE|NC⟧ ⟦Z|27403⟧. ⟦D|03/14/2099⟧, 08:05–14:40.
Patient: ⟦N|Ogunleye, Precious A.⟧, 24F, HbSS, MRN ⟦M|CH-9904417⟧, DOB ⟦D|05/05/2074⟧. Individualized pain plan on file (Dr. ⟦N|Hairston-Bey⟧, revised ⟦D|1/2099⟧).
CC: vaso-occlusive pain lower back and both thighs x 2 days, 8/10. No fever, chest pain or priapism history. Took oxycodone 10 mg at home x3.
Tx: hydromorphone 1 mg IV q30 min x3 per plan, then 0.5 mg; ketorolac 15 mg; NS 1 L. Pain 4/10 at discharge. Hb 7.9 (baseline 8), retic 11%.
Crizanlizumab due ⟦D|3/21⟧; hydroxyurea 1500 mg daily adherent per pill count. Voxelotor stopped ⟦D|2097⟧.
Social: graduate student at ⟦O|North Carolina A&T State University⟧, works part time at ⟦O|Bojangles⟧. Lives at ⟦S|1100 Spring Garden St, Apt 3F⟧, ⟦C|Greensboro⟧ ⟦Z|27403⟧. Roommate ⟦N|Kiki Sowah⟧ drives her home.
Contact: ⟦P|336-555-0155⟧; mother ⟦N|Folasade Ogunleye⟧ in ⟦C|High Point⟧ ⟦P|336-555-0188⟧. Church: ⟦O|Redeemed Christian Church of God⟧ — ⟦O|Jesus House Greensboro⟧.
Insurance: student plan through ⟦O|UnitedHealthcare StudentResources⟧ ⟦HP|UHC-SR-99044718⟧.
Nurse: ⟦N|Trinity Alston⟧, RN. Provider: ⟦N|Kwabena Mensah-Ward⟧, PA-C; collaborating ⟦N|Leontyne Hairston-Bey⟧, MD.
`);

note("pd-training", `
Home Dialysis — Peritoneal Dialysis Training Day 5
⟦H|Bartlett Regional Hospital⟧ Dialysis Unit, ⟦C|Juneau⟧, ⟦STATE|AK⟧ — patient from ⟦C|Sitka⟧ (⟦O|SEARHC⟧ referral ⟦I|SRH-99-04418⟧). ⟦D|Mar 14, 2099⟧.
Trainee: ⟦N|Natkong, Lydia⟧, 58, MRN ⟦M|BRH 0022-1874⟧, ESRD from DM; PD catheter placed ⟦D|2/14/99⟧ at ⟦H|Virginia Mason Medical Center⟧, ⟦C|Seattle⟧ by Dr. ⟦N|Ho⟧.
Care partner: husband ⟦N|Walter Natkong⟧; both staying with a cousin at ⟦S|9120 Long Run Dr⟧, ⟦C|Juneau⟧ during training.
Skills: hand hygiene, twin-bag exchange (1.5% x 2 L), exit-site care, fluid log, BP and weights — all return-demonstrated. Cycler (⟦O|Baxter⟧ Amia, SN ⟦DEV|AMIA-4471820⟧) starts day 6.
PET ⟦D|3/28⟧. Supplies ship by ⟦O|Alaska Airlines⟧ cargo to ⟦S|PO Box 2217⟧, ⟦C|Sitka⟧ ⟦Z|99835⟧.
Home visit by ⟦N|Oksana Petrov⟧, RN, on arrival; monthly labs at ⟦H|Mt. Edgecumbe Medical Center⟧. Phone ⟦P|907-555-0131⟧.
She teaches Lingít language classes at ⟦O|Sitka Tribe of Alaska⟧; he fishes on the F/V ⟦I|AK-4471-SK⟧.
Nephrologist: ⟦N|Ingrid Saltonstall⟧, MD. Training nurse: ⟦N|Cheyenne Frank⟧, RN, CNN.
`);

note("tele-icu", `
Tele-ICU (eICU) admission note
Hub: ⟦O|Caribbean Critical Care Network⟧ virtual ICU; remote site: ⟦H|Governor Juan F. Luis Hospital and Medical Center⟧, ⟦C|Christiansted⟧, ⟦LO|St. Croix⟧, ⟦STATE|USVI⟧. Camera on 03:10, ⟦D|3/14/2099⟧.
Patient: ⟦N|Christopher, Ulric A.⟧, 66M, MRN ⟦M|JFL-00337204⟧, DOB ⟦D|Apr 4, 2032⟧. Bedside RN ⟦N|Shanelle Petersen⟧; bedside physician Dr. ⟦N|Abramson⟧ (on call from home in ⟦C|Frederiksted⟧).
Presentation: septic shock from L leg cellulitis/necrotizing fasciitis concern; lactate 5.2, norepinephrine 0.18 mcg/kg/min.
Plan discussed by video: 2nd pressor threshold, hydrocortisone, broaden to vanc/pip-tazo/clindamycin; surgical consult — no general surgeon on island tonight; transfer request to ⟦H|Jackson Memorial Hospital⟧, ⟦C|Miami⟧ via ⟦O|Air Ambulance Network⟧ (request ⟦I|AAN-99-1187⟧).
Family: wife ⟦N|Merlene Christopher⟧ (⟦P|340-555-0142⟧) and son ⟦N|Junior⟧ who works for ⟦O|Limetree Bay⟧. Retired ⟦PROF|police officer⟧.
Coverage: ⟦O|Cigna⟧ ⟦HP|CGN-U44718820⟧ via ⟦O|Government of the Virgin Islands⟧ retiree plan.
Tele-ICU intensivist: ⟦N|Ana Lucía Betancourt-Reid⟧, MD; tele-RN ⟦N|Lamont Hodge⟧. Session ID ⟦I|VC-99031403-772⟧ from IP ⟦IP|10.44.18.207⟧.
`);

note("refugee-screen-lower", `
refugee domestic health screening — initial visit — ⟦O|boise refugee health clinic⟧ at ⟦H|saint alphonsus regional medical center⟧, ⟦C|boise⟧ ⟦STATE|id⟧ — ⟦D|14/3/2099⟧ (entered as ⟦D|03/14/2099⟧)
pt: ⟦N|hakizimana, jean-baptiste⟧   dob ⟦D|1/1/1985⟧ (estimated, per i-94)   a# ⟦I|a-244-718-820⟧   mrn ⟦M|sa00441870⟧
arrived ⟦D|2/27/2099⟧ from ⟦COUNTRY|tanzania⟧ (⟦LO|nyarugusu camp⟧), country of origin ⟦COUNTRY|burundi⟧. resettlement agency: ⟦O|international rescue committee⟧ ⟦C|boise⟧, case worker ⟦N|amani birori⟧ ⟦P|208-555-0114⟧.
household: wife ⟦N|consolata ndayisenga⟧, children ⟦N|grace⟧ (9), ⟦N|emmanuel⟧ (6), ⟦N|divine⟧ (2). address ⟦S|6111 w fairview ave apt 208⟧, ⟦C|boise⟧ ⟦Z|83704⟧.
interpreter: kirundi, ⟦N|pascal nduwimana⟧ (in person, ⟦O|language link⟧ id ⟦I|ll-0941⟧).
overseas exam (⟦O|iom⟧) ⟦D|11/2098⟧: tb class b1, cxr old granuloma. today: igra drawn, hiv, hbv, hcv, syphilis, strongyloides and schistosoma serology, stool o&p, cbc, lead (n/a adult).
vaccines: td, mmr #2, hep b #1 given; records to ⟦O|idaho immunization reminder information system⟧.
hx: malaria x several, treated. bp 148/96 — recheck. dental pain — referral to ⟦O|terry reilly health services⟧ dental.
employment: starts ⟦D|3/20⟧ at ⟦O|micron technology⟧ cleaning crew via ⟦O|jannus⟧ job program.
insurance: idaho medicaid ⟦HP|0044718823⟧ (rma pending). next visit ⟦D|3/28⟧ with dr. ⟦N|okwuosa⟧.
nurse: ⟦N|heidi strobel⟧, rn; provider ⟦N|farah al-jabouri⟧, md
`);

note("hand-therapy", `
Occupational Therapy — Hand Therapy Progress Note
⟦H|Huron Medical Center⟧ Rehab Services, ⟦S|1100 S Van Dyke Rd⟧, ⟦C|Bad Axe⟧, ⟦STATE|MI⟧ ⟦Z|48413⟧ · ⟦D|3/14/2099⟧ · visit 9 of 16
Patient: ⟦N|Sweeney, Merle "Red"⟧ · DOB ⟦D|1/19/1960⟧ · MRN ⟦M|HMC-118204⟧ · Referring: ⟦N|C. Bierlein⟧, MD (⟦O|Thumb Area Orthopedics⟧)
Dx: L flexor tendon repair zone II, index and middle fingers, ⟦D|2/8/2099⟧ at ⟦H|McLaren Bay Region⟧, ⟦C|Bay City⟧. Injury on the farm — corn auger.
Protocol: modified Duran/early active motion. Dorsal blocking orthosis remolded today (wrist 0°, MCP 50°).
ROM (active, degrees) index MCP 0/70, PIP 0/62, DIP 0/30; middle PIP 0/58. TAM 162 index. Edema down 1 cm at P1. Scar massage started.
Goals: grip by week 12; return to farming with ⟦O|Sweeney Bros. Dairy⟧ (family farm) in ⟦C|Ubly⟧ by ⟦D|May 2099⟧.
Home program reviewed with wife ⟦N|Peggy Sue⟧. Address for mail: ⟦S|PO Box 44⟧, ⟦C|Ubly⟧ ⟦Z|48475⟧; phone ⟦P|989-555-0169⟧. He attends ⟦O|St. John the Evangelist⟧ in ⟦C|Ubly⟧ and asked for a note to skip ushering.
Payer: ⟦O|Farm Bureau Insurance⟧ (farm liability) claim ⟦I|FBI-99-2041887⟧; secondary ⟦O|Priority Health⟧ ⟦HP|PH-7712044180⟧.
Therapist: ⟦N|Kristen Wojtowicz⟧, OTR/L, CHT   ⟦N|KW⟧/⟦N|amb⟧
`);
write();
