// Why this file exists: builds test/fixtures/clinical-notes-24.jsonl, a twenty-fourth labelled set of clinical notes
// written by hand in stop 36 to measure the tree blind: written without reading the name detector (assembly/, src/),
// docs/names-rounds.md or the test tables (fixture 23's generator and test file and the last section of
// docs/clinical-fixtures.md were read for the form and the labels), with the PHI density of the i2b2
// de-identification notes, in report types and settings fixtures 1-23 hold least: an animal-bite report to animal
// control, a school IEP medical form, a court-ordered competency evaluation, a workers' compensation IME, a
// nursing-home transfer form, a pre-travel clinic, a research consent note, cardiac rehabilitation intake, therapeutic
// plasma exchange, a tele-stroke consult, a birth-certificate worksheet, an adult day health programme, a group home's
// medication incident, hospital at home, a PACE team note, an international adoption review, an asylum medical
// evaluation, an amputee and prosthetics clinic, paediatric oncology, a VAERS report, radiology with an outside
// comparison, surgical pathology with a referring lab, L&D triage, a NICU transfer, a psychiatric intake, residential
// substance-use treatment, an occupational therapy home-safety visit, a pharmacy vancomycin consult, liver-transplant
// coordination, a home-health wound visit, a burn-centre transfer, a PrEP visit, a college health centre, a DMV medical
// form, a police fitness-for-duty exam, a newborn-screen follow-up, a chronic-care-management call, a cruise ship's
// medical centre, an FAA medical exam and a cremation authorisation; 17 notes in ALL CAPS and 4 in lower case.
// Regions: the Outer Banks, Delmarva, the Berkshires, Cape Cod, the Hudson Valley, the Lehigh Valley, the Finger
// Lakes, western Kentucky, the Black Hills, the Bitterroot, the Palouse, the Olympic Peninsula, the Big Island,
// Kodiak, Taos, El Paso, Corpus Christi, Natchez, Mobile, Savannah, the Shenandoah, Morgantown, Erie, Toledo, Fort
// Wayne, Dubuque, La Crosse, Marquette, Grand Forks, Pocatello, Grand Junction, Las Cruces, Texarkana and Salina.
// PHI forms sought: organisations with no head word, agencies and programmes of English words, churches, schools,
// shelters, courts, sheriffs, ships and cruise lines, employers, insurers and TPAs; facilities as system + campus;
// names as "LAST, FIRST M", "Last, First", initials, nicknames, hyphenated and particle surnames; ages over 89; dates
// as "2098-05-02", "02MAY98", "May 2nd", "5/2", "2 May 2098"; IDs as claim, case, docket, tag, microchip, kennel,
// protocol, subject, lot, serial, accession, NPI, licence, badge, booking and member numbers.
// Labelling follows fixtures 11-23 (see the header of scripts/make-clinical-fixture-23.mjs); a partial SSN's digits are
// SSN; named vessels (a fishing boat, a cruise ship) are ORGANIZATION; a group home is HOSPITAL, a military base and a
// reservation LOCATION-OTHER; study protocol and IRB numbers, ambulance and van unit numbers and workstation names are
// no PHI; an apheresis machine's or an isolette's serial is DEVICE as fixture 23 labels a biometer's.
// Every person, street, facility and number is invented here (real towns, and a few national firms, agencies and
// chains named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-23 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-24.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-24.jsonl", "make-clinical-fixture-24");
note("animal-bite-caps", `
⟦O|DARE COUNTY DEPARTMENT OF HEALTH AND HUMAN SERVICES⟧ - ANIMAL BITE REPORT
FAXED TO ⟦O|DARE COUNTY ANIMAL CONTROL⟧ ⟦F|252-555-0147⟧ ON ⟦D|05/02/98⟧ 1420
VICTIM: ⟦N|MCCRAY, DESMOND T⟧   DOB: ⟦D|11/19/2090⟧   AGE: 7   MRN: ⟦M|OBH-7712044⟧
ADDRESS: ⟦S|418 SOUNDSIDE RD⟧, ⟦C|NAGS HEAD⟧, ⟦STATE|NC⟧ ⟦Z|27959⟧   PARENT: ⟦N|LATOYA MCCRAY⟧ ⟦P|(252) 555-0191⟧
SEEN AT: ⟦H|OUTER BANKS HOSPITAL⟧ ED BY ⟦N|J. WHITFIELD⟧, PA-C
INCIDENT: ⟦D|05/01/2098⟧ APPROX 1830 AT ⟦LO|JOCKEY'S RIDGE STATE PARK⟧ NEAR THE SOUNDSIDE ACCESS.
ANIMAL: DOG, MALE, BROWN BRINDLE PIT MIX, "⟦N|TANK⟧". OWNER: ⟦N|RICKY ETHERIDGE⟧, ⟦S|77 W BAYVIEW DR⟧, ⟦C|KILL DEVIL HILLS⟧.
RABIES TAG ⟦DEV|2097-KDH-0418⟧, MICROCHIP ⟦DEV|985112004718832⟧. VACCINATED ⟦D|03/14/2096⟧ BY ⟦O|BEACH ROAD VETERINARY⟧ (DR. ⟦N|CORBETT⟧).
WOUND: 2 PUNCTURES R FOREARM, 1.5 CM LACERATION. IRRIGATED, NOT SUTURED. TDAP UP TO DATE.
DISPOSITION: 10-DAY HOME CONFINEMENT ORDERED BY OFFICER ⟦N|HOLLOWELL⟧, BADGE ⟦I|ACO-114⟧. CASE ⟦I|DC-AC-98-0552⟧.
RPEP NOT STARTED PENDING OBSERVATION. REPORTER: ⟦N|KIMBERLY SAWYER⟧, RN, COMMUNICABLE DISEASE, EXT ⟦P|2217⟧.
`);

note("iep-medical-form", `
Individualized Education Program: Health Information Form
Student: ⟦N|Anneliese Brunner-Okafor⟧     DOB: ⟦D|08/22/2089⟧     Grade: 3
School: ⟦O|Lincoln Elementary School⟧, ⟦O|Allentown School District⟧     Student ID: ⟦I|ASD-3318920⟧
Parent/guardian: ⟦N|Chidi Okafor⟧ and ⟦N|Heike Brunner⟧, ⟦S|1312 W Tilghman St⟧, ⟦C|Allentown⟧, ⟦STATE|PA⟧ ⟦Z|18102⟧; ⟦P|610-555-0138⟧
Completed by: ⟦N|Rosalind Achterberg⟧, MD, ⟦H|St. Luke's Pediatric Associates - Whitehall⟧, NPI ⟦I|1588204417⟧
Date: ⟦D|April 30, 2098⟧

Diagnoses: spastic diplegic cerebral palsy (GMFCS II), ADHD combined type, history of seizures (none since ⟦D|2094⟧).
Medications at school: guanfacine ER 2 mg given at home; diazepam rectal gel 10 mg PRN seizure > 5 minutes (kept in the nurse's office; lot ⟦DEV|DZ4471180⟧, exp ⟦D|11/2099⟧).
Therapy: PT 2x/week with Mr. ⟦N|Santangelo⟧ at school; OT through ⟦O|Good Shepherd Rehabilitation⟧ on Tuesdays.
Equipment: bilateral AFOs (⟦O|Hanger Clinic⟧, ⟦C|Bethlehem⟧); a posterior walker for distances.
Please have the nurse, Mrs. ⟦N|Grace Pfeiffer⟧, call ⟦P|610-555-0102⟧ ext ⟦P|44⟧ or fax ⟦F|610-555-0109⟧ with questions.
Insurance: ⟦O|Keystone First⟧, member ⟦HP|KF884120377⟧.
`);

note("court-competency-caps", `
IN THE ⟦O|CIRCUIT COURT OF MCCRACKEN COUNTY⟧, ⟦STATE|KENTUCKY⟧
COMMONWEALTH V. ⟦N|DALTON RAY HUDGENS⟧     INDICTMENT NO. ⟦I|98-CR-00417⟧
EVALUATION OF COMPETENCY TO STAND TRIAL (ORDERED ⟦D|MARCH 27, 2098⟧ BY JUDGE ⟦N|CORINNE VANMETER⟧)
EVALUATOR: ⟦N|AUGUSTINE P. MBEKI⟧, PSY.D., ⟦H|KENTUCKY CORRECTIONAL PSYCHIATRIC CENTER⟧, ⟦C|LA GRANGE⟧
DATES OF CONTACT: ⟦D|04/09/2098⟧ AND ⟦D|04/16/2098⟧ AT THE ⟦O|MCCRACKEN COUNTY REGIONAL JAIL⟧, ⟦C|PADUCAH⟧ (BOOKING ⟦I|MCRJ-2098-1183⟧).
SOURCES: INTERVIEW; RECORDS OF ⟦H|FOUR RIVERS BEHAVIORAL HEALTH⟧ (⟦D|2093⟧-⟦D|2097⟧); ⟦H|BAPTIST HEALTH PADUCAH⟧ ED RECORD OF ⟦D|02/28/98⟧;
PHONE INTERVIEW WITH DEFENDANT'S SISTER, ⟦N|TAMMY HUDGENS-POOLE⟧ (⟦P|270-555-0124⟧); DEFENSE COUNSEL ⟦N|MARCUS LEDBETTER⟧ OF THE
⟦O|DEPARTMENT OF PUBLIC ADVOCACY⟧.
BACKGROUND: 34-YEAR-OLD MAN RAISED IN ⟦C|MAYFIELD⟧; LEFT ⟦O|GRAVES COUNTY HIGH SCHOOL⟧ IN 10TH GRADE; WORKED AT ⟦O|PILGRIM'S PRIDE⟧ UNTIL ⟦D|2096⟧.
MENTAL STATUS: ALERT, ORIENTED X4. THOUGHT PROCESS TANGENTIAL AT TIMES. NO CURRENT HALLUCINATIONS. MOCA 24/30.
FUNCTIONAL ABILITIES: NAMES THE CHARGES (BURGLARY 2ND DEGREE), THE ROLES OF JUDGE, PROSECUTOR AND MR. ⟦N|LEDBETTER⟧; ECST-R RATIONAL SCALE WITHIN NORMAL LIMITS.
OPINION: COMPETENT TO STAND TRIAL WITHIN REASONABLE PSYCHOLOGICAL CERTAINTY.
⟦N|A. P. MBEKI⟧, PSY.D.  KY LICENSE ⟦I|PSY-118204⟧   ⟦D|04/20/2098⟧
`);

note("wc-ime-caps", `
INDEPENDENT MEDICAL EXAMINATION
REQUESTED BY: ⟦O|SEDGWICK CLAIMS MANAGEMENT SERVICES⟧, ADJUSTER ⟦N|PAULETTE KRAUS⟧, ⟦P|419-555-0156⟧
CLAIMANT: ⟦N|OSTROWSKI, WALTER J⟧   DOB ⟦D|02/07/2051⟧   SSN XXX-XX-⟦SSN|4471⟧
CLAIM #: ⟦I|OH-BWC-98-441207⟧   DOI: ⟦D|10/14/2097⟧   EMPLOYER: ⟦O|OWENS CORNING⟧, ⟦C|TOLEDO⟧ PLANT
EXAM DATE: ⟦D|05/04/2098⟧   EXAMINER: ⟦N|HARLAN J. DEVRIES⟧, MD, BOARD CERTIFIED PM&R
LOCATION: ⟦O|MAUMEE BAY MEDICAL EVALUATIONS⟧, ⟦S|5620 MONROE ST⟧, SUITE 210, ⟦C|SYLVANIA⟧, ⟦STATE|OH⟧ ⟦Z|43560⟧
HISTORY: MR. ⟦N|OSTROWSKI⟧ IS A 47-YEAR-OLD MATERIAL HANDLER WHO FELL FROM A LOADING DOCK. TREATED AT ⟦H|PROMEDICA TOLEDO HOSPITAL⟧ ED, THEN
⟦O|CONCENTRA⟧ ⟦C|ROSSFORD⟧. MRI L-SPINE ⟦D|11/02/2097⟧ AT ⟦O|TOLEDO RADIOLOGICAL ASSOCIATES⟧: L4-5 PROTRUSION. TREATING: DR. ⟦N|YOLANDA ESPINOZA-HART⟧ (⟦O|MERCY HEALTH ORTHOPEDICS⟧).
PT AT ⟦O|ATHLETICO⟧ X 18 VISITS. PHYSICIAN OF RECORD FORM C-84 SIGNED ⟦D|01/22/2098⟧.
EXAM: SLR NEGATIVE BILAT. WADDELL 1/5. LUMBAR FLEXION 60 DEG.
ANSWERS TO QUESTIONS: (1) ALLOWED CONDITION LUMBAR STRAIN HAS REACHED MMI. (2) NO RESTRICTIONS FOR THE STRAIN. (3) PROTRUSION NOT CAUSALLY RELATED.
⟦N|HJD⟧/⟦N|tkw⟧   DICTATED ⟦D|05/04/98⟧  TRANSCRIBED ⟦D|05/06/98⟧
`);

note("nh-transfer-form-caps", `
INTERFACILITY TRANSFER FORM
FROM: ⟦H|ROSEWOOD MANOR HEALTH & REHABILITATION⟧, ⟦S|2090 HIGHLAND AVE⟧, ⟦C|ERIE⟧, ⟦STATE|PA⟧ ⟦Z|16506⟧   NURSE STATION ⟦P|814-555-0177⟧
TO: ⟦H|UPMC HAMOT⟧ EMERGENCY DEPT         DATE/TIME: ⟦D|05/05/2098⟧ 0340
RESIDENT: ⟦N|LUDWIKOWSKI, HEDWIG M⟧   AGE: ⟦A|94⟧   DOB ⟦D|01-09-2004⟧   ROOM 214-B
MEDICARE #: ⟦HP|5TY2-RE8-MK41⟧   SECONDARY: ⟦O|HIGHMARK⟧ ⟦HP|XEP418820936⟧
CODE STATUS: DNR / POLST ON FILE (SIGNED ⟦D|08/2097⟧). HEALTH CARE POA: SON ⟦N|EDMUND LUDWIKOWSKI⟧ ⟦P|814-555-0128⟧ (CELL), DAUGHTER-IN-LAW ⟦N|PEG⟧.
ATTENDING: DR. ⟦N|SHANTHI RAGHAVAN⟧   SENT BY: ⟦N|DEBRA KOWALSKI⟧, LPN
REASON: FALL FROM BED AT 0300, R HIP PAIN, SHORTENED/EXTERNALLY ROTATED LEG.
BASELINE: ALERT, ORIENTED TO PERSON, WANDERS. AMBULATES WITH ROLLATOR. PUREED DIET, NECTAR THICK.
ALLERGIES: PCN (RASH), SULFA.
MEDS SENT: MAR PRINTED 0330. LAST ELIQUIS 2.5 MG AT 2100 ON ⟦D|05/04⟧.
PHARMACY: ⟦O|OMNICARE OF ERIE⟧. TRANSPORT: ⟦O|EMMCO EAST AMBULANCE⟧ UNIT M-12.
REPORT CALLED TO ⟦N|JARED⟧, RN AT 0335.
`);

note("travel-clinic", `
Pre-travel consultation, ⟦H|Cape Cod Healthcare Travel Clinic⟧, ⟦C|Hyannis⟧
Patient: ⟦N|Beatrix Vandermolen⟧, 68F, ⟦S|24 Old Wharf Rd⟧, ⟦C|Dennis Port⟧ ⟦Z|02639⟧. DOB ⟦D|6/3/2030⟧. Acct ⟦I|CCH-00418822⟧.
Visit ⟦D|2 May 2098⟧. Seen by ⟦N|Nadia Okonkwo⟧, NP.
Itinerary: departs ⟦LO|Logan⟧ ⟦D|June 14⟧ on ⟦O|Ethiopian Airlines⟧ to ⟦C|Addis Ababa⟧, ⟦COUNTRY|Ethiopia⟧; then overland to ⟦LO|Simien Mountains National Park⟧ with ⟦O|Overseas Adventure Travel⟧; returns ⟦D|July 3rd⟧. Volunteer week at ⟦O|Hamlin Fistula Hospital⟧ with her church, ⟦O|Federated Church of Hyannis⟧.
Vaccines today: yellow fever (Stamaril lot ⟦DEV|U7721K⟧, ICVP stamped), typhoid Vi, hep A #2. Declined rabies PrEP.
Malaria: atovaquone-proguanil. Travelers' diarrhea: azithromycin 1 g x1 standby.
Medical evacuation: ⟦O|Medjet⟧ membership ⟦I|MJ-4418207⟧. Emergency contact: husband ⟦N|Pieter Vandermolen⟧ ⟦P|508-555-0183⟧, email ⟦E|pvdmolen@capecodnet.example⟧.
Records to PCP Dr. ⟦N|Hollis⟧ at ⟦H|Mid-Cape Family Medicine⟧.
`);

note("research-consent", `
Research consent note
Study: "PRISM-HF" (protocol UMN-2097-0418; sponsor ⟦O|Cardiovia Therapeutics⟧; IRB STUDY00018822)
Site: ⟦H|Sanford Medical Center Fargo⟧ — subject enrolled at the ⟦C|Grand Forks⟧ satellite, ⟦H|Altru Hospital⟧.
Participant: ⟦N|Torvald Kjelstad⟧, MRN ⟦M|A00447120⟧, screening # ⟦I|S-114⟧, subject ID ⟦I|PRH-04-0031⟧.
On ⟦D|05/06/2098⟧ at 10:40 I, ⟦N|Mei-Ling Thorsrud⟧, CCRC, met with Mr. ⟦N|Kjelstad⟧ and his wife ⟦N|Solveig⟧ in clinic room 3. The consent form (version ⟦D|12Mar2098⟧) and HIPAA authorization were reviewed page by page. Questions about the blood draws and the drive from ⟦C|Devils Lake⟧ were answered; travel reimbursement through ⟦O|Greenphire ClinCard⟧ (card ⟦I|CC-55204471⟧) explained.
He read the form himself, teach-back adequate, no coercion. Signed at 11:25; copy given. PI Dr. ⟦N|Emeka Adeyemi-Lund⟧ notified.
Randomization not before ⟦D|5/13⟧. Study line ⟦P|701-555-0165⟧.
`);

note("cardiac-rehab-caps", `
⟦H|BLACK HILLS CARDIAC REHABILITATION⟧ - ⟦H|MONUMENT HEALTH RAPID CITY HOSPITAL⟧
PHASE II INTAKE   ⟦D|05/07/2098⟧
PATIENT: ⟦N|RED CLOUD, WENDELL⟧   MRN ⟦M|MH0044812⟧   DOB ⟦D|12/01/2041⟧   PHONE ⟦P|605-555-0117⟧
REFERRING: DR. ⟦N|ABERNATHY-COLE⟧, ⟦O|NORTH CENTRAL HEART⟧
DX: NSTEMI ⟦D|04/11/98⟧, DES TO LAD. EF 45%.
SOCIAL: LIVES IN ⟦C|KYLE⟧ ON ⟦LO|PINE RIDGE RESERVATION⟧, 90 MILES EACH WAY. WIFE ⟦N|LORRAINE⟧ DRIVES. RETIRED FROM ⟦O|BNSF RAILWAY⟧. SEES ⟦H|IHS PINE RIDGE HOSPITAL⟧ FOR PRIMARY CARE.
INSURANCE: MEDICARE + ⟦O|WELLMARK BLUE CROSS BLUE SHIELD OF SOUTH DAKOTA⟧ SUPPLEMENT.
6MWT 380 M. RPE GOAL 11-13. HOME PROGRAM WITH WALKING AT ⟦LO|ROCKERVILLE TRAILHEAD⟧ WHEN UNABLE TO TRAVEL.
TELE-REHAB VIA ⟦O|MOVN⟧ APP; USERNAME ⟦UN|wredcloud41⟧.
EXERCISE PHYSIOLOGIST: ⟦N|TRAVIS OLDENKAMP⟧, MS, CEP
`);

note("plasma-exchange", `
Apheresis procedure note — therapeutic plasma exchange #3 of 5
⟦H|West Virginia University Hospitals⟧, Apheresis Unit, ⟦C|Morgantown⟧
Pt: ⟦N|Haskins, Loretta Faye⟧   MRN: ⟦M|WVU-00884127⟧   Date: ⟦D|2098-05-05⟧
Indication: myasthenic crisis; referred by Dr. ⟦N|Pradeep Venkataraman⟧ (neurology).
Access: R IJ temporary dialysis catheter placed ⟦D|05/01⟧ by IR (Dr. ⟦N|Okafor-Mills⟧).
Device: Spectra Optia, serial ⟦DEV|1P40912⟧. Replacement: 5% albumin 3,200 mL, lot ⟦DEV|A55K0187⟧ (⟦O|Grifols⟧).
1.0 plasma volume exchanged, ACD-A 1:13. Calcium gluconate infusion per protocol; one episode of perioral tingling.
Pre/post fibrinogen 248 / 96. Next session was to be ⟦DAY|Thursday⟧ ⟦D|5/7⟧; moved to ⟦D|5/8⟧ (unit closed).
Nurse: ⟦N|Brandy Stalnaker⟧, RN. Physician: ⟦N|Ignatius Rowe⟧, MD (transfusion medicine).
Pt's daughter ⟦N|Crystal Haskins⟧ (⟦P|304-555-0154⟧) is staying at ⟦O|Hope Lodge⟧ on ⟦S|Van Voorhis Rd⟧.
`);

note("telestroke", `
TeleStroke Consult (⟦O|Lifeline Neurology⟧ — spoke site ⟦H|CHRISTUS St. Michael⟧, ⟦C|Texarkana⟧)
Video session ID ⟦I|TS-5520-99814⟧, start 22:14 CST ⟦D|5/3/2098⟧; connection from ⟦IP|10.44.182.7⟧ (hub) — cart #ITC-208.
Patient: ⟦N|Delacroix-Burns, Odessa⟧, 79 y/o F, MRN ⟦M|CSM3381920⟧.
LKW 20:30 per husband ⟦N|Leonard Burns⟧ (at bedside, phone ⟦P|903-555-0199⟧): she was watching TV at home on ⟦S|Summerhill Rd⟧ and could not hold the remote.
NIHSS 9 (L face, L arm 3, L leg 2, neglect 1). CT head: no bleed, ASPECTS 10. CTA: R M1 occlusion.
TNK 0.25 mg/kg pushed 22:41. Discussed with Dr. ⟦N|Kemal Aydın⟧, ED; transfer for thrombectomy: family prefers ⟦H|UAMS Medical Center⟧ in ⟦C|Little Rock⟧; ⟦H|Arkansas Children's⟧ Angel One unavailable, ⟦O|Air Evac Lifeteam⟧ accepted.
Consultant: ⟦N|Prisha Raman⟧, MD, vascular neurology. Licensed in ⟦STATE|TX⟧ (⟦I|Q7718⟧) and ⟦STATE|AR⟧ (⟦I|E-11820⟧).
`);

note("birth-worksheet", `
Mother's worksheet for child's birth certificate — reviewed with mother ⟦D|05/04/2098⟧
Facility: ⟦H|Altru Hospital⟧ Birthing Center, ⟦C|Grand Forks⟧, ⟦LO|Grand Forks County⟧
Child: ⟦N|Eleanor June Bergquist-Diaz⟧, born ⟦D|05/03/2098⟧ 04:17, female, 3,410 g.
Mother: ⟦N|Marisol Diaz⟧ (maiden), DOB ⟦D|09/28/2072⟧, born in ⟦C|Ciudad Juárez⟧, ⟦COUNTRY|Mexico⟧; residence ⟦S|2211 University Ave⟧ Apt 4, ⟦C|Grand Forks⟧ ⟦Z|58203⟧; inside city limits: yes. SSN on file ⟦SSN|521-44-8172⟧.
Father: ⟦N|Henrik Bergquist⟧, DOB ⟦D|01/15/2070⟧, born ⟦C|Thief River Falls⟧, ⟦STATE|Minnesota⟧; occupation ⟦PROF|crop duster pilot⟧ for ⟦O|Valley Aerial Applicators⟧.
Prenatal care began ⟦D|10/2097⟧ at ⟦H|Altru Clinic - Women's Health⟧ with Dr. ⟦N|Aase⟧; 12 visits.
Certifier: ⟦N|Kari Hestdalen⟧, CNM. Clerk: ⟦N|Verna Plouffe⟧. SSA enumeration requested.
Hearing screen passed; hep B vaccine lot ⟦DEV|HBV-71K42⟧ given ⟦D|5/3⟧.
`);

note("adult-day-lower", `
adult day health — ⟦H|sunrise adult day center⟧ at ⟦O|st. paul's lutheran church⟧, ⟦C|salina⟧
monthly nursing summary ⟦D|may 2098⟧
participant: ⟦N|gerhard ohlemacher⟧, age ⟦A|92⟧. attends mon/wed/fri. daughter ⟦N|ilse ohlemacher-ray⟧ (⟦P|785-555-0131⟧) drops off at 0800.
waiver: ⟦O|kansas department for aging and disability services⟧ fe waiver via ⟦O|sunflower health plan⟧, member ⟦HP|ks4418820137⟧. case manager ⟦N|ramona fuentes⟧ at ⟦O|north central-flint hills area agency on aging⟧.
pcp dr. ⟦N|kalinowski⟧, ⟦H|salina regional health center⟧ family medicine.
wt 61.2 kg (stable). bp 138/72. one near-fall ⟦D|5/12⟧ in the craft room, no injury; daughter told.
meds given here: donepezil at noon meal (pharmacy ⟦O|dillons pharmacy⟧ #⟦I|44⟧ blister packs).
attended music program by ⟦O|kansas wesleyan university⟧ students. rn: ⟦N|c. haverkamp⟧
`);

note("group-home-incident", `
MEDICATION ERROR / INCIDENT REPORT — Residential Services
Agency: ⟦O|Bitterroot Community Supports⟧, ⟦C|Hamilton⟧, ⟦STATE|MT⟧. Home: ⟦H|Canyon Creek House⟧, ⟦S|612 Fairgrounds Rd⟧.
Individual: ⟦N|Curtis "Curt" Lindeman⟧, DOB ⟦D|03/11/2064⟧, Medicaid ID ⟦HP|MT0044187220⟧. Guardian: ⟦N|Marjorie Lindeman⟧ (mother, ⟦C|Corvallis⟧) ⟦P|406-555-0112⟧.
Date of incident: ⟦D|5/2/98⟧ 20:00. Discovered ⟦D|5/3/98⟧ 07:45 by DSP ⟦N|Tyler Ackerly⟧ during count.
What happened: evening dose of lamotrigine 150 mg not given; DSP ⟦N|Kaylee Dunmire⟧ signed the MAR but the bubble was intact.
Action: on-call RN ⟦N|Joanne Petrakis⟧ notified 07:50; she called Dr. ⟦N|Shumway⟧ at ⟦H|Marcus Daly Memorial Hospital⟧ clinic; instructed to give the morning dose only and watch for seizures. None observed.
Reported to ⟦O|Montana DPHHS Developmental Disabilities Program⟧ (QMP ⟦N|L. Ruiz⟧) by ⟦D|5/3⟧ 12:00, report #⟦I|DDP-IR-98-04419⟧. Pharmacy ⟦O|Valley Drug & Variety⟧ asked to add a double-sign card.
Supervisor: ⟦N|Ronda Vaughn⟧, program manager.
`);

note("hospital-at-home-caps", `
HOSPITAL AT HOME - ADMISSION H&P
PROGRAM: ⟦H|ATRIUM HEALTH HOSPITAL AT HOME⟧ (VIRTUAL UNIT), REMOTE COMMAND CENTER ⟦C|CHARLOTTE⟧
PATIENT: ⟦N|PEELE, ARCHIBALD "ARCHIE"⟧   MRN ⟦M|AH77120448⟧   DOA ⟦D|05/04/2098⟧
HOME: ⟦S|103 SANDPIPER LN⟧, ⟦C|SOUTHERN SHORES⟧ ⟦Z|27949⟧. GATE CODE GIVEN TO PARAMEDIC ONLY.
ADMITTED FROM ⟦H|THE OUTER BANKS HOSPITAL⟧ ED FOR CHF EXACERBATION. ACCEPTING: DR. ⟦N|FARAH NAZARI⟧.
KIT DELIVERED BY ⟦O|BIOFOURMIS⟧: TABLET ⟦DEV|BF-TAB-55218⟧, BP CUFF ⟦DEV|BF-BP-08841⟧, PATCH ⟦DEV|BF-P-331872⟧. IV FUROSEMIDE BY ⟦O|DISPATCHHEALTH⟧ PARAMEDIC ⟦N|GARRETT MIDGETT⟧.
WIFE ⟦N|BONNIE PEELE⟧ ⟦P|252-555-0164⟧; NEIGHBOR ⟦N|SKIP TILLETT⟧ HAS A KEY.
PHARMACY: ⟦O|SEASIDE PHARMACY⟧ ⟦C|KITTY HAWK⟧ ⟦P|252-555-0107⟧.
LABS DRAWN AT HOME, COURIER TO ⟦O|LABCORP⟧ ⟦C|ELIZABETH CITY⟧.
ESCALATION: 911 -> ⟦O|DARE COUNTY EMS⟧ STATION 12.
`);

note("pace-idt", `
⟦H|Elderwood PACE⟧ IDT note, ⟦C|Elmira⟧
Date: ⟦D|05/05/2098⟧. Participant: ⟦N|Teodora Wisniewski⟧, age ⟦A|96⟧, enrolled since ⟦D|3/2091⟧.
Present: Dr. ⟦N|Yusuf Qureshi⟧ (PCP), ⟦N|Alma Benedetto⟧, RN, ⟦N|Kyle Osterhout⟧, PT, ⟦N|Renée Saint-Amour⟧, MSW, dietitian ⟦N|Pam Ruhl⟧, driver ⟦N|Leon Wexler⟧.
Update: granddaughter ⟦N|Sophie Wisniewski⟧ moved in after her job at ⟦O|Corning Incorporated⟧ ended; wants overnight respite at ⟦H|Chemung Valley Nursing & Rehab⟧ for the week of ⟦D|June 8⟧.
Church ⟦O|St. Casimir Parish⟧ sends a eucharistic minister Sundays.
Plan: dentures relined by outside dentist Dr. ⟦N|Feeney⟧ on ⟦S|Lake St⟧. Transport by ⟦O|Elderwood⟧ van.
Next IDT ⟦D|06/02/2098⟧.
`);

note("intl-adoption", `
International adoption pre-placement medical review
Requested by ⟦O|Holt International⟧ caseworker ⟦N|Ji-hye Moon⟧ (⟦E|jmoon@holtintl.example⟧), file ⟦I|HI-KR-2097-2218⟧.
Prospective parents: ⟦N|Nathaniel⟧ and ⟦N|Corinne Abbot-Whitcomb⟧, ⟦S|9 Bartlett Hill Rd⟧, ⟦C|Great Barrington⟧, ⟦STATE|MA⟧ ⟦Z|01230⟧.
Child: ⟦N|Seo Min-jun⟧ (birth name; to be ⟦N|Minjun Abbot-Whitcomb⟧), born ⟦D|2096-11-02⟧ in ⟦C|Daegu⟧, ⟦COUNTRY|Korea⟧; in foster care through ⟦O|Eastern Social Welfare Society⟧ since ⟦D|Dec 2096⟧.
Records reviewed: growth chart to ⟦D|Mar 2098⟧ (wt 25th %ile), hep B surface Ag negative ⟦D|11/2097⟧, developmental screen by Dr. ⟦N|Park Soo-yeon⟧.
Video assessment ⟦D|4/28/98⟧ via ⟦U|https://holtintl.example/case/2218/video⟧: walks, pincer grasp, 4-6 words.
Impression: healthy toddler. Recommend post-arrival labs per AAP. Clinic: ⟦H|Baystate International Adoption Clinic⟧, ⟦C|Springfield⟧; reviewer ⟦N|Hilary Dunstan⟧, MD. Fax ⟦F|413-555-0186⟧.
`);

note("asylum-eval", `
Forensic medical evaluation for asylum proceedings
Prepared for: ⟦N|Rebecca Ostergaard⟧, Esq., ⟦O|Las Americas Immigrant Advocacy Center⟧, ⟦C|El Paso⟧. A-number ⟦I|A 219-448-071⟧.
Client: ⟦N|Wilmer Orlando Sic Cux⟧, 24, from ⟦C|San Juan Cotzal⟧, ⟦LO|El Quiché⟧, ⟦COUNTRY|Guatemala⟧; K'iche' speaker, interpreter ⟦N|Ana Tzoc⟧ via ⟦O|Propio⟧ (ID ⟦I|PRP-30117⟧).
Examined ⟦D|5 May 2098⟧ at ⟦O|Annunciation House⟧ by Dr. ⟦N|Lucia Carrasco-Benavides⟧, ⟦O|Physicians for Human Rights⟧ asylum network.
History: detained ⟦D|August 2096⟧ by men he identified as members of a local patrol; held in a building near the ⟦LO|Río Cotzal⟧ for two days; struck with rifle butts.
Findings: 3 linear hyperpigmented scars L back (4, 6, 7 cm) consistent with the account; healed R 5th metacarpal fracture; PCL-5 score 54.
He was processed at ⟦O|Otero County Processing Center⟧ and released to his cousin ⟦N|Edgar Sic⟧ in ⟦C|Chaparral⟧, ⟦STATE|NM⟧ (⟦P|575-555-0121⟧).
Opinion under the Istanbul Protocol: highly consistent.
`);

note("prosthetics-clinic-caps", `
⟦O|HANGER CLINIC⟧ / ⟦H|BAPTIST HEALTH MADISONVILLE⟧ AMPUTEE CLINIC      ⟦D|05/01/2098⟧
PT: ⟦N|GRUBBS, DARRELL LEE⟧   DOB ⟦D|07/04/2049⟧   MRN ⟦M|BHM-3318044⟧
L TRANSTIBIAL AMPUTATION ⟦D|01/18/98⟧ (DR. ⟦N|KHATRI⟧) FOR PVD/OSTEOMYELITIS. K2 -> K3 AMBULATOR.
CURRENT: PREPARATORY SOCKET, PIN LOCK, ⟦O|OSSUR⟧ LINER SIZE 26 (SN ⟦DEV|OS-26-4471208⟧), FOOT ⟦O|OTTOBOCK⟧ TRITON SN ⟦DEV|1C68-2209181⟧.
RESIDUAL LIMB: VOLUME LOSS, 5-PLY SOCKS. NO SKIN BREAKDOWN.
PLAN: DEFINITIVE SOCKET. PRIOR AUTH TO ⟦O|HUMANA⟧ (AUTH ⟦I|HUM-PA-98-0044172⟧). CPTO ⟦N|BRENT YOCUM⟧ ⟦P|270-555-0147⟧.
PT AT ⟦O|BAPTIST HEALTH REHAB⟧ ⟦C|MADISONVILLE⟧ 2X/WK. VOC REHAB: ⟦O|KENTUCKY OFFICE OF VOCATIONAL REHABILITATION⟧ COUNSELOR ⟦N|SHAYLA BRIGHT⟧.
SUPPORT GROUP: ⟦O|AMPUTEE COALITION⟧ MEETS AT ⟦O|FIRST BAPTIST CHURCH⟧ OF ⟦C|EARLINGTON⟧.
`);

note("peds-onc", `
Pediatric Hematology/Oncology — clinic note
⟦H|Golisano Children's Hospital⟧ (⟦H|Strong Memorial⟧), ⟦C|Rochester⟧, NY    Date ⟦D|05-07-2098⟧
Patient: ⟦N|Quinn Aldridge-Maceo⟧, 6 yo M, MRN ⟦M|0044127719⟧. COG protocol AALL1731, study ID ⟦I|COG-771842⟧.
Dx: B-ALL, standard risk, dx ⟦D|11/09/2097⟧ at ⟦H|Arnot Ogden Medical Center⟧ ⟦C|Elmira⟧; transferred here ⟦D|11/10⟧.
Now in maintenance, day 29 of cycle 2. Mom ⟦N|Danielle Maceo⟧ reports he is back at ⟦O|Horseheads Intermediate School⟧ half days.
Port (⟦O|Bard⟧ PowerPort, lot ⟦DEV|REBK2209⟧) accessed; ANC 1,420. Vincristine, dex pulse started.
Social: father ⟦N|Colin Aldridge⟧ deployed with the ⟦O|174th Attack Wing⟧; ⟦O|Candlelighters of the Southern Tier⟧ helps with gas cards; stays at ⟦O|Ronald McDonald House of Rochester⟧ on infusion days.
Attending: ⟦N|Abimbola Fashola-Grant⟧, MD. Fellow: Dr. ⟦N|Petersen⟧. Return ⟦D|5/21⟧.
`);

note("vaers-report", `
VAERS report narrative (submitted online ⟦D|05/06/2098⟧; e-report # ⟦I|1188204⟧)
Patient: ⟦N|Ginny Sue Tidwell⟧, 16F, ⟦C|Natchez⟧, ⟦STATE|MS⟧ ⟦Z|39120⟧; ⟦P|601-555-0159⟧.
Vaccines given ⟦D|05/04/2098⟧ 15:10 at ⟦O|Walgreens⟧ #⟦I|10422⟧, ⟦S|Seargent Prentiss Dr⟧, by ⟦N|Marcus Bledsoe⟧, PharmD: MenACWY (lot ⟦DEV|MX7K41⟧), HPV9 dose 2 (lot ⟦DEV|W002418⟧), Tdap (lot ⟦DEV|3CA88X1⟧).
Event: syncope ~5 min after HPV9 while seated, brief tonic jerks <10 s, no incontinence, recovered fully in 1 minute. 911 called; ⟦O|Natchez Fire Department⟧ medic unit evaluated; taken to ⟦H|Merit Health Natchez⟧ ED, observed 3 h, discharged. ED physician Dr. ⟦N|Okwuosa⟧.
Prior vasovagal episode at ⟦O|Cathedral School⟧ health fair ⟦D|2097⟧.
Reporter: ⟦N|Marcus Bledsoe⟧, ⟦E|rx10422.manager@walgreens.example⟧. Mother ⟦N|Lula Tidwell⟧ aware.
`);

note("rad-outside-compare-caps", `
⟦H|NORTHWESTERN MEDICINE MCHENRY HOSPITAL⟧ — DEPARTMENT OF RADIOLOGY
EXAM: CT CHEST WITH CONTRAST   ACC# ⟦I|NM-CT-98-7718240⟧   DATE: ⟦D|05/06/2098⟧ 14:22
PATIENT: ⟦N|VOSKUIJLEN, ADRIAAN⟧   MRN ⟦M|00721844⟧   DOB ⟦D|04/30/2037⟧
ORDERING: ⟦N|NGOZI ADEBAYO-STRAND⟧, MD
CLINICAL: RUL NODULE ON OUTSIDE CT.
COMPARISON: CT CHEST ⟦D|02/11/2098⟧ FROM ⟦O|ADVOCATE SHERMAN HOSPITAL⟧, ⟦C|ELGIN⟧ (IMAGES PUSHED VIA ⟦O|POWERSHARE⟧, OUTSIDE ACC ⟦I|ASH-44120918⟧); PET/CT ⟦D|03/03/98⟧ FROM ⟦O|ALLIANCE HEALTHCARE SERVICES⟧ MOBILE UNIT AT ⟦H|MERCYHEALTH HARVARD⟧.
FINDINGS: 1.4 CM SPICULATED RUL NODULE (SE 4 IM 61), PREVIOUSLY 1.1 CM. NO ADENOPATHY. EMPHYSEMA, MODERATE.
IMPRESSION: ENLARGING RUL NODULE, LUNG-RADS 4B. RECOMMEND TISSUE SAMPLING.
CRITICAL RESULT COMMUNICATED TO DR. ⟦N|ADEBAYO-STRAND⟧ BY DR. ⟦N|HALVERSEN⟧ ON ⟦D|05/06/98⟧ AT 15:05, READ BACK. 
DICTATED BY: ⟦N|MAGNUS HALVERSEN⟧, MD   WORKSTATION MCH-RAD-WS07
`);

note("surgpath-referring-caps", `
⟦O|AURORA DIAGNOSTICS⟧ - ⟦O|GULF COAST PATHOLOGY ASSOCIATES⟧
⟦S|2800 S ALAMEDA ST⟧, ⟦C|CORPUS CHRISTI⟧, ⟦STATE|TX⟧ ⟦Z|78404⟧   CLIA ⟦I|45D0998871⟧   ⟦P|361-555-0135⟧
SURGICAL PATHOLOGY REPORT   CASE ⟦I|GCP-S98-11842⟧
PATIENT: ⟦N|ZAMORA, ESPERANZA G⟧   DOB ⟦D|10/10/2058⟧   SEX F
REFERRING CLIENT: ⟦O|COASTAL BEND DERMATOLOGY⟧ (⟦C|PORTLAND⟧ OFFICE), DR. ⟦N|TRINH MINH CHAU⟧   CLIENT ACCT ⟦I|CBD-0044⟧
OUTSIDE ACCESSION: ⟦I|CBD-98-2217⟧   COLLECTED ⟦D|05/01/98⟧  RECEIVED ⟦D|05/02/98⟧  REPORTED ⟦D|05/05/98⟧
SPECIMEN: A. SKIN, L NASAL ALA, SHAVE. B. SKIN, R UPPER BACK, PUNCH.
DIAGNOSIS: A. BASAL CELL CARCINOMA, NODULAR, EXTENDING TO DEEP MARGIN. B. DYSPLASTIC NEVUS, MODERATE ATYPIA, MARGINS CLEAR.
COMMENT: CASE SHOWN TO DR. ⟦N|OYELARAN⟧ WHO AGREES. MOHS REFERRAL SUGGESTED.
ELECTRONICALLY SIGNED: ⟦N|HECTOR BALDERAS-QUINN⟧, MD, DERMATOPATHOLOGIST ⟦D|05/05/2098⟧ 16:12
COPY TO: ⟦H|CHRISTUS SPOHN⟧ HIM. BILLING: ⟦O|BLUE CROSS BLUE SHIELD OF TEXAS⟧ MEMBER ⟦HP|ZGP882104419⟧.
`);

note("ld-triage-caps", `
L&D TRIAGE NOTE   ⟦H|USA HEALTH CHILDREN'S & WOMEN'S HOSPITAL⟧, ⟦C|MOBILE⟧
⟦D|05/07/2098⟧ 0212   PT: ⟦N|BOUDREAUX-PHAM, KIMBERLY⟧ G3P1011 @ 38W2D   MRN ⟦M|USA-1187204⟧
PRENATAL CARE: ⟦O|FRANKLIN PRIMARY HEALTH CENTER⟧ (DR. ⟦N|OGUNLEYE⟧); RECORDS VIA ⟦O|ALABAMA ONE HEALTH RECORD⟧. EDD ⟦D|05/20/98⟧ BY 8 WK US.
CC: CTX Q5 MIN SINCE 2300, SROM? CLEAR FLUID AT 0130.
SVE 4/80/-1. NITRAZINE +, FERN +. GBS POS (⟦D|04/10/98⟧) - PCN G STARTED.
FHT 140S, MOD VAR, + ACCELS, CAT I.
SUPPORT: FOB ⟦N|TUAN PHAM⟧ ⟦P|251-555-0183⟧; DOULA ⟦N|CHARMAINE WITHERSPOON⟧ (⟦O|MOBILE BIRTH COLLECTIVE⟧).
WORKS AT ⟦O|AUSTAL USA⟧ SHIPYARD - FMLA FORMS TO ⟦O|MATRIX ABSENCE MANAGEMENT⟧.
PLAN: ADMIT TO L&D. NOTIFIED DR. ⟦N|SIMS-CARVER⟧ (OB HOSPITALIST). CNM ⟦N|BETH ANN LOCKLEAR⟧.
`);

note("nicu-transfer-caps", `
NICU TRANSFER SUMMARY
FROM: ⟦H|ST. JOSEPH'S/CANDLER⟧ SPECIAL CARE NURSERY, ⟦C|SAVANNAH⟧   TO: ⟦H|MEMORIAL HEALTH UNIVERSITY MEDICAL CENTER⟧ LEVEL IV NICU
TRANSPORT: ⟦O|MEMORIAL NEONATAL TRANSPORT⟧ TEAM (RN ⟦N|LAKEISHA DRAYTON⟧, RT ⟦N|BO WHITAKER⟧), ISOLETTE ⟦DEV|AIRBORNE-750-0418⟧
BABY BOY ⟦N|OKONJO⟧ ("BABY ⟦N|CHINEDU⟧")   DOB ⟦D|05/05/2098⟧ 22:48   GA 30W4D   BW 1,420 G   MRN ⟦M|SJC-98-004471⟧
MOTHER: ⟦N|ADAEZE OKONJO⟧, 31 Y, G2P1, ⟦S|614 E 38TH ST⟧, ⟦C|SAVANNAH⟧, ⟦STATE|GA⟧ ⟦Z|31401⟧. PH ⟦P|912-555-0148⟧. PNC AT ⟦O|CURTIS V. COOPER PRIMARY HEALTH CARE⟧.
DELIVERY: STAT C/S FOR ABRUPTION, APGARS 3/7. INTUBATED, CUROSURF X1 AT 23:20.
REASON: NEED FOR HFOV AND SURGICAL CONSULT (ABDOMINAL DISTENSION).
ACCEPTING NEONATOLOGIST: DR. ⟦N|REGINALD FAIRCLOTH⟧   REFERRING: DR. ⟦N|POONAM BHATIA⟧ ⟦P|912-555-0102⟧
INSURANCE: ⟦O|PEACH STATE HEALTH PLAN⟧ (MOTHER'S ID ⟦HP|PSH55812047⟧). SW: ⟦N|GRETA HOLLIS⟧.
`);

note("psych-intake-lower", `
psychiatric intake — ⟦H|river valley behavioral health⟧, ⟦C|owensboro⟧ — ⟦D|5/5/98⟧
pt: ⟦N|jolene marie crabtree⟧ dob ⟦D|2/29/2072⟧ mrn ⟦M|rvbh-22817⟧. self-referred after talking to her pastor, rev. ⟦N|amos whitlock⟧ of ⟦O|pleasant grove missionary baptist church⟧.
hpi: 26 y/o, low mood since her brother ⟦N|kyle⟧ died in a crash on the ⟦LO|natcher parkway⟧ in ⟦D|january⟧. stopped going to work at ⟦O|toyota boshoku⟧ in ⟦C|hartford⟧; fmla pending with ⟦O|unum⟧.
passive si, no plan; c-ssrs screen moderate. no prior admits. saw a counselor at ⟦O|owensboro community & technical college⟧ in ⟦D|2091⟧.
lives with fiancé ⟦N|brandon oakes⟧ at ⟦S|2718 frederica st⟧ apt b. ph ⟦P|270-555-0192⟧.
plan: sertraline 25 mg, therapy with ms. ⟦N|delgado-hartley⟧, lcsw, weekly. safety plan done; crisis line 988. f/u ⟦D|5/19⟧ with dr. ⟦N|sandhu⟧.
`);

note("residential-sud-caps", `
⟦H|PATHWAYS RECOVERY CENTER⟧ RESIDENTIAL (ASAM 3.5)   ⟦C|POCATELLO⟧, ⟦STATE|ID⟧
BIOPSYCHOSOCIAL ASSESSMENT   ⟦D|05/02/2098⟧
CLIENT: ⟦N|TWO BULLS, MARCUS⟧   CLIENT ID ⟦I|PRC-98-0412⟧   DOB ⟦D|09/09/2069⟧
REFERRAL: ⟦O|BANNOCK COUNTY DRUG COURT⟧, CASE ⟦I|CR03-97-08812⟧; PROBATION OFFICER ⟦N|JASON ESPLIN⟧ ⟦P|208-555-0173⟧.
SUBSTANCE HX: METHAMPHETAMINE IV SINCE AGE 19, LAST USE ⟦D|04/27⟧. ALCOHOL DAILY. PRIOR TX AT ⟦H|ASPEN RIDGE⟧ (⟦D|2094⟧), DETOX AT ⟦H|PORTNEUF MEDICAL CENTER⟧ ⟦D|04/28⟧-⟦D|05/01⟧.
MEDICAL: HCV AB+, REFERRED TO ⟦O|HEALTH WEST⟧ FOR TREATMENT. PREP DISCUSSED.
FAMILY: ENROLLED MEMBER OF ⟦O|SHOSHONE-BANNOCK TRIBES⟧; GRANDMOTHER ⟦N|LUCILLE TWO BULLS⟧ IN ⟦C|FORT HALL⟧ RAISED HIM. TRIBAL HEALTH: ⟦O|NOT-TSOO GAH-NEE HEALTH CENTER⟧.
EMPLOYMENT: FORMERLY ⟦O|SIMPLOT⟧ DON PLANT.
FUNDING: ⟦O|IDAHO BEHAVIORAL HEALTH PLAN⟧ / ⟦O|MAGELLAN⟧ AUTH ⟦I|MGL-4471820⟧.
COUNSELOR: ⟦N|KRISTEN ARCHULETA⟧, LCPC, LADC
`);

note("ot-home-safety", `
Occupational Therapy — Home Safety Evaluation
Agency: ⟦O|Berkshire VNA⟧, ⟦C|Pittsfield⟧. Visit ⟦DAY|Tue⟧ ⟦D|5/5/98⟧ 13:00–14:10.
Pt: ⟦N|Ferdinand Koslowski⟧, 88, DOB ⟦D|10/20/2009⟧, ⟦S|47 Churchill St⟧, ⟦C|Pittsfield⟧ ⟦Z|01201⟧. OASIS M0020 ⟦I|BVNA0441872⟧.
Referred by Dr. ⟦N|Ines Marchetti⟧ after d/c from ⟦H|Berkshire Medical Center⟧ (hip ORIF ⟦D|4/24⟧) and 8 days at ⟦H|Hillcrest Commons⟧.
Home: two-story colonial, 14 steps to bedroom, rail on L only. Throw rugs in hall. Tub/shower combo, no grab bars.
Recommendations: second stair rail (son ⟦N|Stan Koslowski⟧ — contractor with ⟦O|Koslowski & Sons Builders⟧ — will install), tub transfer bench (ordered from ⟦O|Berkshire Home Medical⟧, order ⟦I|BHM-55120⟧), raised toilet seat, remove rugs. Medical alert via ⟦O|Lifeline⟧, subscriber # ⟦I|LL-0041877⟧.
OTR/L: ⟦N|Meaghan Tierney-Bourque⟧. Next visit ⟦D|5/12⟧.
`);

note("pharmacy-vanc-consult", `
Pharmacy Consult: Vancomycin Dosing (AUC-guided)
⟦H|Olympic Medical Center⟧, ⟦C|Port Angeles⟧ — ⟦D|05/06/2098⟧ 09:15
Pt: ⟦N|Rasmussen, Gunnar E.⟧, 71M, MRN ⟦M|OMC55120047⟧, 98 kg, SCr 1.3 (baseline 1.0 per ⟦H|Jefferson Healthcare⟧ records, ⟦C|Port Townsend⟧, ⟦D|1/2098⟧).
Indication: MRSA bacteremia from R knee septic arthritis; ID consult Dr. ⟦N|Ngata⟧ via ⟦O|Swedish⟧ tele-ID.
Levels: 1 h post 31.4 (10:02 ⟦D|5/5⟧), trough 11.8 (21:50 ⟦D|5/5⟧). Calculated AUC24 612 on 1,250 q12h.
Plan: decrease to 1,000 mg q12h (AUC ~490), next levels ⟦D|5/8⟧ AM. Monitor SCr daily.
OPAT: likely d/c on daptomycin through ⟦O|Option Care Health⟧ ⟦C|Sequim⟧; insurance ⟦O|Premera Blue Cross⟧ ⟦HP|PBX441182071⟧ requires PA.
Pharmacist: ⟦N|Adaeze Fitzgerald-Nwosu⟧, PharmD, BCIDP; pager ⟦P|360-555-0126⟧.
`);

note("liver-tx-coord-caps", `
⟦H|CHRISTUS SANTA ROSA - MEDICAL CENTER⟧ TRANSPLANT INSTITUTE   LIVER TRANSPLANT COORDINATOR NOTE
⟦D|05/04/2098⟧   RECIPIENT: ⟦N|GALLEGOS, RUBEN A⟧   MRN ⟦M|CSR-44127019⟧   UNOS ⟦I|AJX2291⟧
MELD-NA 31. DIALYSIS STARTED ⟦D|04/30⟧ AT ⟦O|FRESENIUS KIDNEY CARE⟧ ⟦C|SEGUIN⟧; NOW INPATIENT CRRT.
ORGAN OFFER ⟦D|05/04/98⟧ 0315 FROM ⟦O|TEXAS ORGAN SHARING ALLIANCE⟧, DONOR ID ⟦I|ALEV118⟧, DCD, 38 Y.
ACCEPTED BY DR. ⟦N|HIRANO⟧; OR TIME 1400. PATIENT'S WIFE ⟦N|YOLANDA GALLEGOS⟧ ⟦P|830-555-0174⟧ AND SON ⟦N|RUBEN JR.⟧ NOTIFIED AT 0350. HOUSING AT ⟦O|TRANSPLANT HOUSE OF SAN ANTONIO⟧.
INSURANCE: ⟦O|TRICARE⟧ (RETIRED, ⟦LO|RANDOLPH AFB⟧), SPONSOR DOD ID ⟦HP|1188204471⟧. SOCIAL WORKER ⟦N|NORMA VILLARREAL⟧.
COORDINATOR: ⟦N|KENDRA OYELOWO⟧, RN, CCTC   PAGER ⟦P|210-555-0139⟧
`);

note("wound-home-health-lower", `
skilled nursing visit — ⟦O|amedisys home health⟧ of ⟦C|grand junction⟧ — ⟦D|05/04/98⟧
pt: ⟦N|hazel winterbottom⟧, ⟦A|90⟧ y/o, ⟦S|2631 patterson rd⟧ #14, ⟦C|grand junction⟧ ⟦Z|81506⟧ (mobile home park; park manager ⟦N|dee⟧ has gate code).
wound #1: stage 4 sacral pressure injury, 4.1 x 3.2 x 1.6 cm, tunneling 2 cm at 12 o'clock. moderate serosang. npwt at 125 mmhg continuous; ⟦O|kci⟧ vac serial ⟦DEV|vbmd48820⟧ — canister changed.
wound #2: r heel dti, intact, offloaded with prevalon boot.
caregiver: son ⟦N|lyle winterbottom⟧ (⟦P|970-555-0133⟧), works nights at ⟦O|city market⟧ on ⟦S|north ave⟧.
wound md: dr. ⟦N|castellano⟧, ⟦H|community hospital wound & hyperbaric center⟧. supplies from ⟦O|medline⟧ (order ⟦I|ml-98-40018⟧).
next visit ⟦D|5/6⟧. rn ⟦N|tori apodaca⟧.
`);

note("burn-transfer", `
Burn Center Transfer Acceptance
Call received ⟦D|May 3rd, 2098⟧ 01:40 from ⟦H|Providence Kodiak Island Medical Center⟧, Dr. ⟦N|Sigrid Ahnangnatoguk⟧ (⟦P|907-555-0161⟧).
Patient: ⟦N|Joseph "Joey" Kashevaroff⟧, 41 y/o, deckhand on F/V ⟦O|Northern Dawn⟧ (owner ⟦O|Kodiak Pacific Fisheries LLC⟧), burned by a galley stove fire at ⟦LO|St. Paul Harbor⟧.
TBSA ~22% (partial + full thickness, anterior trunk, both forearms). Parkland started, 2 PIVs. Singed nasal hairs, hoarse — intubated at 01:15.
Accepting: Dr. ⟦N|Evangeline Marsh⟧, ⟦H|Harborview Medical Center⟧ Burn Center, ⟦C|Seattle⟧. Transport: ⟦O|LifeMed Alaska⟧ fixed wing to ⟦C|Anchorage⟧, then ⟦O|Airlift Northwest⟧; ETA 09:30.
⟦O|Coast Guard⟧ report by ⟦O|USCG Sector Anchorage⟧, case ⟦I|1188402⟧. Employer WC carrier: ⟦O|Alaska National Insurance⟧, claim ⟦I|ANI-98-7712⟧.
Next of kin: wife ⟦N|Marlene Kashevaroff⟧ ⟦P|907-555-0142⟧, ⟦C|Ouzinkie⟧.
`);

note("prep-visit", `
PrEP follow-up — ⟦H|Fenway Health⟧ ⟦C|Boston⟧ — telehealth from ⟦C|Provincetown⟧
⟦D|05/05/2098⟧. Pt: ⟦N|Tomás Aranda-Whitley⟧ (he/him), DOB ⟦D|07/17/2073⟧, MRN ⟦M|FH-2204418⟧.
Zoom ⟦U|https://fenway.zoom.example/j/88412077104⟧. Self-collected swabs and DBS via ⟦O|Molecular Testing Labs⟧ kit ⟦DEV|MTL-K-4471209⟧, returned ⟦D|4/29⟧: HIV Ag/Ab neg, RPR neg, CT/GC neg x3, CrCl 104.
Continuing F/TAF; 90-day supply mailed by ⟦O|Fenway Pharmacy⟧. Coverage via ⟦O|Gilead Advancing Access⟧ copay card ⟦HP|GAA-66120884⟧ and ⟦O|MassHealth⟧ ⟦HP|100448120377⟧.
Works seasonally at ⟦O|Lobster Pot⟧ restaurant; partner ⟦N|Jamie⟧ not on PrEP—referred to ⟦O|AIDS Support Group of Cape Cod⟧.
Provider: ⟦N|Kwabena Osei-Lindqvist⟧, NP. Next ⟦D|8/4/98⟧.
`);

note("college-health", `
⟦O|Washington State University⟧ ⟦H|Cougar Health Services⟧ — visit note
⟦C|Pullman⟧, ⟦STATE|WA⟧. ⟦D|5/1/2098⟧ 15:30.
Student: ⟦N|Mackenzie Hollingsworth⟧, WSU ID ⟦I|011882047⟧, DOB ⟦D|1/4/2078⟧, residence hall ⟦LO|Stephenson North⟧ rm 412.
CC: sore throat, fever x2 d. Roommate ⟦N|Priya Venugopal⟧ had mono in ⟦D|March⟧.
Monospot positive. Splenomegaly on exam. No contact sports x 4 wks — she rows for ⟦O|WSU Crew⟧; coach ⟦N|Dane Ludvigsen⟧ emailed with permission (⟦E|dludvigsen@wsu.example⟧).
Dean of Students (Dr. ⟦N|Amara Whitfield⟧) notified for academic accommodations. Parents in ⟦C|Coeur d'Alene⟧: ⟦N|Brett Hollingsworth⟧ ⟦P|208-555-0129⟧.
Insurance: student plan ⟦O|Aetna Student Health⟧, ID ⟦HP|W221804471⟧.
Seen by ⟦N|Joaquin Benavidez⟧, PA-C. RTC ⟦D|5/8⟧.
`);

note("dmv-medical-caps", `
⟦O|NEW MEXICO MOTOR VEHICLE DIVISION⟧ - MEDICAL ADVISORY BOARD REPORT
DRIVER: ⟦N|ARCHULETA, FRANCISCO "PANCHO"⟧   DL# ⟦I|NM-551820447⟧   DOB ⟦D|03/03/2007⟧ (AGE ⟦A|91⟧)
ADDRESS: ⟦S|HC 71 BOX 18⟧, ⟦C|RANCHOS DE TAOS⟧, ⟦STATE|NM⟧ ⟦Z|87557⟧
REFERRED BY: ⟦O|TAOS POLICE DEPARTMENT⟧ OFFICER ⟦N|R. MONDRAGON⟧ AFTER MINOR COLLISION ON ⟦S|PASEO DEL PUEBLO SUR⟧ ⟦D|04/18/98⟧ (REPORT ⟦I|TPD-98-00712⟧).
PHYSICIAN: ⟦N|LUCINDA ROMERO-BACA⟧, MD, ⟦H|HOLY CROSS HOSPITAL⟧ FAMILY MEDICINE, ⟦C|TAOS⟧. NM LIC ⟦I|MD2017-0418⟧.
DIAGNOSES: MILD NEUROCOGNITIVE DISORDER (MOCA 20), CATARACTS (VA 20/50 OU), AFIB ON APIXABAN.
ROAD TEST RECOMMENDED AT ⟦O|MVD⟧ ⟦C|ESPANOLA⟧. DAUGHTER ⟦N|ROSALIE ARCHULETA⟧ ⟦P|575-555-0176⟧ AGREES TO DRIVE HIM TO ⟦O|SAN FRANCISCO DE ASIS CHURCH⟧ AND SENIOR CENTER UNTIL THEN.
SIGNED ⟦D|05/02/2098⟧
`);

note("police-ffd-caps", `
FITNESS-FOR-DUTY MEDICAL EVALUATION (CONFIDENTIAL)
AGENCY: ⟦O|LA CROSSE POLICE DEPARTMENT⟧, ⟦S|400 LA CROSSE ST⟧, ⟦C|LA CROSSE⟧, ⟦STATE|WI⟧   HR CONTACT: CAPT. ⟦N|ANGELA MOORHOUSE⟧
OFFICER: ⟦N|STENSRUD, KYLE B⟧   BADGE ⟦I|2211⟧   EMPLOYEE ⟦I|E-04418⟧   DOB ⟦D|06/06/2068⟧
EXAMINER: ⟦N|PHILIP OYELOWO-DAHL⟧, MD, MPH, ⟦O|GUNDERSEN OCCUPATIONAL HEALTH⟧, ⟦C|ONALASKA⟧   EXAM ⟦D|05/05/2098⟧
REASON: RETURN AFTER L ACL RECONSTRUCTION ⟦D|11/20/97⟧ AT ⟦H|MAYO CLINIC HEALTH SYSTEM - FRANCISCAN HEALTHCARE⟧ (DR. ⟦N|BOOTHE⟧).
WORK CAPACITY: POST TRAINING DEFENSIVE TACTICS TEST PASSED ⟦D|04/30⟧ AT ⟦O|WESTERN TECHNICAL COLLEGE⟧ ACADEMY. HOP TESTS 94% LSI.
UNION REP: ⟦O|LA CROSSE POLICE ASSOCIATION⟧, SGT. ⟦N|DAVE KINDSCHY⟧.
DETERMINATION: FIT FOR FULL DUTY WITHOUT RESTRICTION EFFECTIVE ⟦D|05/11/2098⟧.
FAX TO HR ⟦F|608-555-0194⟧.
`);

note("newborn-screen-fu", `
Newborn screen follow-up — ⟦O|Indiana State Department of Health⟧ Genomics & Newborn Screening
To: Dr. ⟦N|Maribel Szymanski⟧, ⟦H|Lutheran Children's Hospital⟧, ⟦C|Fort Wayne⟧ (fax ⟦F|260-555-0111⟧)
Infant: Baby Girl ⟦N|Yoder⟧ (⟦N|Lydia Yoder⟧), DOB ⟦D|04/26/2098⟧, born at home in ⟦C|Grabill⟧ with midwife ⟦N|Esther Schwartz⟧, CPM. Kit # ⟦DEV|IN98-0441872⟧, lab accession ⟦I|ISDH-NB-2098-118204⟧.
Result: C5-OH elevated (1.42), screen positive for 3-MCC deficiency / HMG-CoA lyase deficiency.
Family: Old Order Amish, ⟦LO|Allen County⟧ settlement near ⟦C|Harlan⟧; no phone at home—reach father ⟦N|Menno Yoder⟧ via neighbor ⟦N|Daniel Graber⟧ ⟦P|260-555-0146⟧ or the ⟦O|Yoder's Harness Shop⟧ line.
Please arrange confirmatory plasma acylcarnitine and urine organic acids; metabolic consult at ⟦H|Riley Hospital for Children⟧ (genetics on call ⟦P|317-555-0197⟧).
Follow-up coordinator: ⟦N|Carly Heinzelman⟧, MS, CGC. Reported ⟦D|5/1/98⟧.
`);

note("ccm-call-lower", `
chronic care mgmt — telephone — ⟦D|05/06/2098⟧ 14:10-14:32 (22 min)
pt ⟦N|wanda lee pettibone⟧, dob ⟦D|04/11/2037⟧, acct ⟦I|tx8841207⟧. called cell ⟦P|903-555-0185⟧.
conditions: dm2, ckd 3b, chf. a1c 8.4 (⟦D|4/20⟧ at ⟦O|quest⟧).
she says her sister ⟦N|opal⟧ from ⟦C|new boston⟧ is staying with her. missed dialysis access eval at ⟦H|wadley regional medical center⟧ because ⟦O|ark-tex council of governments⟧ rural transit didn't come.
rescheduled with dr. ⟦N|mahoney-ellis⟧ ⟦D|may 14⟧. insulin from ⟦O|brookshire's pharmacy⟧ on ⟦S|new boston rd⟧.
care manager: ⟦N|shayna burkhalter⟧, rn, ⟦O|collom & carney clinic⟧ ccm program.
`);

note("cruise-medical-caps", `
⟦O|CARNIVAL CRUISE LINE⟧ - MEDICAL CENTER, M/V ⟦O|CARNIVAL VISTA⟧   VOYAGE ⟦I|VS098050⟧
GUEST: ⟦N|HUTCHINGS, GLORIA DEAN⟧   CABIN 8217   FOLIO ⟦I|44120877⟧   DOB ⟦D|09/14/2047⟧   AGE 50
HOME: ⟦S|1104 BAYSHORE DR⟧, ⟦C|ROCKPORT⟧, ⟦STATE|TX⟧ ⟦Z|78382⟧
DATE: ⟦D|05/03/2098⟧ AT SEA, EN ROUTE ⟦C|COZUMEL⟧ FROM ⟦LO|PORT OF GALVESTON⟧.
CC: CHEST PAIN 45 MIN. ECG: 2 MM ST ELEVATION II, III, AVF.
TX: ASA 324, NTG X1, HEPARIN 4000 U. TELEMEDICINE CONSULT WITH ⟦O|MEDAIRE⟧ (CASE ⟦I|MA-98-228104⟧).
DEBARK: MEDEVAC BY ⟦O|MEXICAN NAVY⟧ TENDER TO ⟦H|HOSPITAL COSTAMED COZUMEL⟧; CAPTAIN ⟦N|LUCA BERTOLDI⟧ AND HOTEL DIRECTOR INFORMED.
TRAVEL INS: ⟦O|ALLIANZ GLOBAL ASSISTANCE⟧ POLICY ⟦HP|AGA-TX-55812047⟧. HUSBAND ⟦N|RAYFORD HUTCHINGS⟧ DISEMBARKED WITH HER.
SHIP PHYSICIAN: DR. ⟦N|KIRSTEN VAN AARDT⟧; NURSE ⟦N|JOMAR DELA CRUZ⟧.
`);

note("faa-medical", `
FAA Aviation Medical Examination — Class 2
AME: Dr. ⟦N|Wolfgang Reinholt⟧, AME # ⟦I|10884271⟧, ⟦O|High Plains Aviation Medicine⟧, ⟦S|2300 Airport Rd⟧, ⟦C|Hays⟧, ⟦STATE|KS⟧ ⟦Z|67601⟧
Applicant: ⟦N|Delaney Frost-Okoro⟧, DOB ⟦D|12/12/2074⟧. MedXPress confirmation ⟦I|MXP-88412077⟧. Exam ⟦D|05/06/2098⟧.
Occupation: ⟦PROF|ag pilot⟧; employer ⟦O|Plains Ag Air Inc.⟧, ⟦C|Ness City⟧.
Item 18: hx kidney stone ⟦D|2095⟧ (treated ⟦H|HaysMed⟧, urologist Dr. ⟦N|Kuhlmann⟧), no recurrence; KUB ⟦D|3/2098⟧ clear.
Vision 20/20 uncorrected, color pass (Ishihara 14/14). Hearing CV pass. BP 128/80. UA neg.
Issued Class 2, no limitations. Status report faxed to ⟦O|FAA Aerospace Medical Certification Division⟧ ⟦C|Oklahoma City⟧. Certificate serial ⟦I|M-2209188⟧.
`);

note("cremation-auth-caps", `
⟦O|HAWAII POLICE DEPARTMENT⟧ MEDICAL EXAMINER SECTION
CREMATION AUTHORIZATION REVIEW   ⟦D|05/07/2098⟧
DECEDENT: ⟦N|KAHANANUI, WALLACE K⟧   AGE ⟦A|93⟧   DOD ⟦D|05/05/2098⟧   PLACE OF DEATH: HOME, ⟦S|75-5812 ALII DR⟧, ⟦C|KAILUA-KONA⟧
CERTIFIER: DR. ⟦N|MALIA FONOTI-REYES⟧, ⟦H|KONA COMMUNITY HOSPITAL⟧ HOSPICE SERVICE; CAUSE: METASTATIC PROSTATE CA.
FUNERAL HOME: ⟦O|DODO MORTUARY⟧, ⟦C|HILO⟧ (FD ⟦N|KEONI ALAPAI⟧, LIC ⟦I|FD-1044⟧) ⟦P|808-555-0184⟧.
NEXT OF KIN: DAUGHTER ⟦N|LEIMOMI KAHANANUI-SATO⟧, ⟦C|KEAAU⟧. PERMIT # ⟦I|HI-CR-98-00418⟧.
REVIEWED BY INVESTIGATOR ⟦N|K. NAKAMURA⟧ BADGE ⟦I|H-7716⟧: NO EVIDENCE OF INJURY. ASHES TO BE SCATTERED AT ⟦LO|KEALAKEKUA BAY⟧ PER FAMILY.
`);
write();
