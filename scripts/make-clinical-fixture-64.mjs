// Why this file exists: builds test/fixtures/clinical-notes-64.jsonl, a sixty-fourth labelled set of clinical texts
// written by hand in stop 61 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 61 and 62's generators, fixture-io.mjs, test/clinical-notes-62.test.ts and the
// lines of the older generators that hold schools, daycares, camps and agencies were read for the form and the labels;
// fixture 63, written blind at the same time by another helper, was not read), in the register of PEDIATRIC
// SUBSPECIALTY CARE AND SCHOOL HEALTH: consult letters of pediatric endocrinology, cardiology, neurology,
// developmental-behavioural pediatrics and genetics; school nurse visit logs and a health office daily log; 504 plans,
// IEP health plans and individual health plans (diabetes, seizures, anaphylaxis); early intervention (Part C)
// referrals, an evaluation and an IFSP review; child protective services referrals and a forensic (child abuse
// pediatrics) consult; sports pre-participation and camp physical forms; immunisation records, a catch-up schedule, a
// registry query and an exclusion letter; adolescent confidential visits; care coordination calls with parents,
// guardians, foster parents, caseworkers and teachers; a concussion return-to-learn note, a school-based health center
// visit, a head lice and a pertussis exposure letter, a Medicaid (CHIP) prior authorisation, a newborn screen follow-up,
// a hospital discharge to a school, a complex care huddle and a family's portal message. 10 in ALL CAPS, 10 in lower
// case, the rest (25) mixed.
// Regions (towns invented or real, states real): Houston, Pasadena and Baytown (Texas); El Paso; Sacramento and Elk
// Grove; Fresno; Phoenix, Tempe and Window Rock; Denver and Aurora; Minneapolis, St. Paul and Rochester; Milwaukee and
// Kenosha; Chicago, Cicero and Joliet; Detroit, Dearborn and Flint; Cleveland and Akron; Columbus; Atlanta, Decatur and
// Marietta; Nashville and Murfreesboro; Birmingham; Jackson (Mississippi); New Orleans and Metairie; Little Rock;
// Oklahoma City and Tahlequah; Kansas City; Omaha; Des Moines; Boise; Salt Lake City and Provo; Seattle, Tacoma and
// Yakima; Portland and Gresham; Anchorage; Honolulu and Hilo; Boston, Lowell and Worcester; Providence; Hartford; the
// Bronx and Brooklyn; Newark; Philadelphia and Lancaster; Pittsburgh; Baltimore; Richmond; Charlotte and Durham;
// Charleston (South Carolina); Miami, Orlando and Tampa; Louisville; Albuquerque and Gallup; Burlington (Vermont);
// Bangor; Fargo; Sioux Falls; Billings; Cheyenne.
// PHI forms sought: children's, parents', foster parents', guardians', grandparents', siblings', teachers',
// principals', counselors', caseworkers', coaches', school nurses' and clinicians' names of many origins (Mexican with
// two surnames, Guatemalan, Salvadoran, Puerto Rican, Dominican, Haitian, Somali, Ethiopian, Nigerian, Ghanaian,
// Congolese, Hmong, Vietnamese, Karen, Nepali-Bhutanese, Afghan, Iraqi, Yemeni, Syrian, Chinese, Korean, Filipino,
// Samoan, Marshallese, Native Hawaiian, Navajo, Cherokee, Ojibwe, Yupik, Polish, Ukrainian, Russian, Irish, Italian,
// Amish, African American, Cajun, Jewish); staff initials; schools, charter schools and academies, school districts,
// daycares and preschools, Head Start centers, camps, agencies (child protective services, departments of children and
// families, early intervention programs, county health departments, developmental disability services, a court's
// CASA program), payers and CHIP plans (ORGANIZATION); children's hospitals and their clinics, school-based health
// centers and community health centers (HOSPITAL); counties and reservations (LOCATION-OTHER); addresses, apartments,
// P.O. boxes, ZIP codes; student IDs, state student numbers, CPS intake and case numbers, EI referral and child ids,
// IFSP numbers, registry ids, NPIs, VFC PINs, PA numbers, court docket numbers (ID); Medicaid and CHIP member numbers
// (HEALTHPLAN); hospital MRNs; insulin pump, CGM, VNS, cochlear implant and feeding pump serials and vaccine lots
// (DEVICE); a portal user name (USERNAME); phones, extensions, faxes, e-mails, a URL, an IP address; dates of birth and
// visit dates as "03/14/2091", "3/14/91", "2099-04-02", "April 2, 2099", "Apr 2", "02-APR-2099", "4.2.99", month and
// year, school years ("2098-2099" as two years) and bare years; an age over 89 (a great-grandmother).
// Hard negatives: drugs (methylphenidate, Concerta, guanfacine, atomoxetine, levothyroxine, somatropin, leuprolide,
// insulin lispro, Humalog, glucagon, Baqsimi, epinephrine auto-injector, EpiPen Jr, levetiracetam, Keppra, Diastat,
// Valtoco, midazolam nasal, cetirizine, fluticasone, albuterol, montelukast, propranolol, aspirin, IVIG, polyethylene
// glycol, sertraline, fluoxetine, medroxyprogesterone, Nexplanon, melatonin), vaccines (DTaP, Tdap, IPV, MMR, MMRV,
// Varicella, Hep A, Hep B, Hib, PCV15, PCV20, MenACWY, MenB, HPV, RSV nirsevimab, influenza, COVID-19), tests and
// scales (M-CHAT-R/F, ASQ-3, Vanderbilt, SCARED, PHQ-A, CRAFFT, HEADSS, Bayley-4, BDI-3, ADOS-2, SCAT6, ImPACT, A1c,
// TSH, free T4, IGF-1, bone age, echo, ECG, EEG, MRI, microarray, fragile X, exome), and the words of the register (504,
// IEP, IFSP, Part C, EI, CPS, IHP, ECP, DNR, PPE, VFC, SBHC, PE, recess, homeroom, health office, nurse's office).
// Labelling follows fixtures 61 and 62: weekdays are `ignored` (DAY), as are states and countries; clock times,
// durations, grades and ages in years or months are left unlabelled (ages under 90 are no PHI; an age over 89 is the
// number only); clinicians', teachers' and staff initials are PHI; titles (Dr., Mrs., Ms., Coach, Principal),
// degrees, credentials, relations and cue words stay outside the name; classrooms, homerooms and bus numbers are left
// unlabelled like hospital rooms; schools, districts, daycares, camps, agencies, payers, pharmacies and labs are
// ORGANIZATION; hospitals, their named clinics and centers and school-based health centers are HOSPITAL; counties and
// reservations are LOCATION-OTHER. Bare agency words ("CPS", "DCFS", "EI", "Medicaid", "the school") stay unlabelled,
// as do form numbers, statute numbers, CPT/ICD codes and grade levels.
// Every person, town, street, organisation, school and number is invented here (states, large cities and a few large
// agencies and companies are real, named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-62 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-64.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-64.jsonl", "make-clinical-fixture-64");
// ======================================================== ALL CAPS (10) ========================================================

note("school-nurse-log-caps", `
⟦O|PASADENA INDEPENDENT SCHOOL DISTRICT⟧ - HEALTH SERVICES
CAMPUS: ⟦O|JACKSON INTERMEDIATE SCHOOL⟧   NURSE: ⟦N|YOLANDA ESCAMILLA⟧, RN   DATE: ⟦D|03/09/2099⟧
0750 ⟦N|GUTIERREZ, MATEO⟧ (ID ⟦I|S1044718⟧) GR 5 - BG 62 BEFORE BREAKFAST, 15 G CARBS, RECHECK 94. DEXCOM SN ⟦DEV|G7-44Q-81027⟧. MOM ⟦N|ARACELI⟧ TEXTED ⟦P|713-555-0162⟧.
0815 ⟦N|NGUYEN, BAO-ANH⟧ (ID ⟦I|S1051932⟧) GR 4 - HEADACHE, NO FEVER, RESTED 15 MIN, BACK TO CLASS.
0920 ⟦N|OKAFOR, CHIDIMMA⟧ (ID ⟦I|S1039006⟧) GR 5 - ALBUTEROL 2 PUFFS PER ACTION PLAN FROM DR ⟦N|HALVORSEN⟧ (⟦H|TEXAS CHILDREN'S PEDIATRICS PASADENA⟧). SPO2 97%.
1010 ⟦N|WASHINGTON, JAYLEN⟧ (ID ⟦I|S1047255⟧) GR 6 - FELL AT RECESS, ABRASION L KNEE, CLEANED. COACH ⟦N|PERALTA⟧ WITNESSED.
1105 ⟦N|HERNANDEZ RUIZ, VALERIA⟧ (ID ⟦I|S1050113⟧) GR 4 - LICE CHECK POSITIVE, SENT HOME W/ GRANDMOTHER ⟦N|CONSUELO RUIZ⟧. LETTER SENT ⟦D|3/9⟧, RETURN AFTER TX.
1140 ⟦N|GUTIERREZ, MATEO⟧ - PRE-LUNCH BG 188, HUMALOG 2.5 U VIA OMNIPOD (PDM SN ⟦DEV|OPD5-229104⟧).
1300 ⟦N|ABDI, HAMZA⟧ (ID ⟦I|S1042870⟧) GR 6 - STOMACH ACHE, FATHER ⟦N|MOHAMED ABDI⟧ PICKED UP 13:35 (⟦P|281-555-0177⟧).
1345 ⟦N|MBEKI-JOHNSON, AMARA⟧ (ID ⟦I|S1049927⟧) GR 4 - EPIPEN CHECK, EXPIRES ⟦D|04/2099⟧; REMINDER CALL TO MOTHER ⟦N|THANDIWE MBEKI⟧ ⟦P|346-555-0140⟧, LEFT VM.
1400 ⟦N|SALAZAR, DIEGO⟧ (ID ⟦I|S1053318⟧) GR 6 - VISION REFERRAL (20/50 OU) FROM SCREENING ⟦D|2/24⟧; ⟦O|LIONS CLUB OF PASADENA⟧ VOUCHER GIVEN.
1420 ⟦N|TRAN, KEVIN⟧ (ID ⟦I|S1055401⟧) GR 5 - METHYLPHENIDATE 5 MG NOON DOSE GIVEN LATE PER TEACHER MS ⟦N|BOUDREAUX⟧.
IMMUNIZATION AUDIT: 3 STUDENTS OUT OF COMPLIANCE, LETTERS MAILED ⟦D|MARCH 9, 2099⟧. SUPERVISOR DR. ⟦N|NADINE POLK⟧ NOTIFIED BY EMAIL ⟦E|NPOLK@PASADENAISD-EXAMPLE.ORG⟧.
NURSE ⟦N|YE⟧ 15:40
`);

note("peds-endo-consult-caps", `
⟦H|CHILDREN'S MINNESOTA⟧ - PEDIATRIC ENDOCRINOLOGY CLINIC, ⟦C|ST. PAUL⟧ CAMPUS
CONSULTATION   DATE OF SERVICE: ⟦D|04/02/2099⟧
PATIENT: ⟦N|VUE, KAOCHER⟧   DOB: ⟦D|08/17/2090⟧   MRN: ⟦M|CM-20448716⟧   MEDICAID (MA): ⟦HP|00418872⟧
REFERRING: ⟦N|ANNA LINDQVIST⟧, MD, ⟦H|WEST SIDE COMMUNITY HEALTH SERVICES⟧, FAX ⟦F|651-555-0181⟧
REASON: SHORT STATURE, HEIGHT < 1ST PERCENTILE.
HPI: 8 YO HMONG BOY SEEN WITH MOTHER ⟦N|MAI YER VUE⟧ AND HMONG INTERPRETER ⟦N|TOU LOR⟧ (ID ⟦I|INT-0447⟧). GROWTH VELOCITY 3.6 CM/YR SINCE ⟦D|2097⟧. NO HEADACHES, VISION CHANGES. FATHER ⟦N|XENG VUE⟧ 5'4", MOTHER 4'11". MIDPARENTAL HEIGHT 5'2".
BONE AGE (⟦D|3/28/2099⟧): 6 YR 10 MO BY GREULICH-PYLE. IGF-1 88 (LOW NORMAL). TSH 2.1, FREE T4 1.2. CELIAC PANEL NEG.
ASSESSMENT: CONSTITUTIONAL DELAY VS GH DEFICIENCY.
PLAN: GH STIMULATION TEST (ARGININE/CLONIDINE) AT ⟦H|CHILDREN'S MINNEAPOLIS⟧ INFUSION ⟦D|APRIL 23⟧. IF DEFICIENT, MRI PITUITARY AND SOMATROPIN VIA ⟦O|ACCREDO⟧ (PA TO ⟦O|MEDICA⟧ CHIP PLAN).
SCHOOL: ⟦O|PHALEN LAKE HMONG STUDIES MAGNET⟧, ⟦O|SAINT PAUL PUBLIC SCHOOLS⟧. NO PE RESTRICTIONS.
⟦N|RUTH ABERNETHY-SOLHEIM⟧, MD, PEDIATRIC ENDOCRINOLOGY   NPI ⟦I|1447821093⟧   ⟦P|651-555-0144⟧
CC: DR ⟦N|LINDQVIST⟧
`);

note("cps-hotline-referral-caps", `
⟦O|TEXAS DEPARTMENT OF FAMILY AND PROTECTIVE SERVICES⟧ - STATEWIDE INTAKE
INTAKE #: ⟦I|99-4471806⟧   RECEIVED: ⟦D|05/14/2099⟧ 14:22   PRIORITY: P1
REPORTER: ⟦N|MARISOL ECHEVERRIA⟧, LMSW, ⟦H|UNIVERSITY MEDICAL CENTER OF EL PASO⟧ PEDIATRIC SOCIAL WORK, ⟦P|915-555-0126⟧ EXT ⟦P|4410⟧
ALLEGED VICTIM: ⟦N|CASTILLO, JUSTIN⟧  DOB ⟦D|11/02/2097⟧ (18 MO)  MRN ⟦M|E0044718⟧
MOTHER: ⟦N|BRIANA CASTILLO⟧, 19.  MOTHER'S BOYFRIEND: ⟦N|DEVONTE "TAY" MARSH⟧, 23.
ADDRESS: ⟦S|10411 MONTWOOD DR⟧ APT 12, ⟦C|EL PASO⟧ ⟦STATE|TX⟧ ⟦Z|79925⟧.
CONCERN: L FEMUR SPIRAL FRACTURE, CHILD WALKS W/ SUPPORT ONLY. HISTORY INCONSISTENT (FELL OFF COUCH). BRUISES L EAR AND R BUTTOCK. SKELETAL SURVEY PENDING.
SIBLING: ⟦N|AALIYAH CASTILLO⟧, 4, ATTENDS ⟦O|LITTLE ANGELS CHILD DEVELOPMENT CENTER⟧ ON ⟦S|LEE TREVINO DR⟧.
CHILD ABUSE PEDIATRICIAN: DR ⟦N|GRAHAM OYELOWO⟧ CONSULTED. ⟦O|EL PASO POLICE DEPARTMENT⟧ CRIMES AGAINST PERSONS NOTIFIED, DET. ⟦N|R. ALMANZA⟧ BADGE ⟦I|2291⟧.
HOSPITAL HOLD UNTIL CPS CASEWORKER ARRIVES. CASEWORKER ASSIGNED: ⟦N|TERESA QUIÑONES⟧ ⟦P|915-555-0199⟧.
`);

note("sports-ppe-caps", `
PREPARTICIPATION PHYSICAL EVALUATION - ⟦O|FARGO PUBLIC SCHOOLS⟧ ATHLETICS / ⟦O|NDHSAA⟧
NAME: ⟦N|THORSTENSON, BRYNLEE⟧   DOB: ⟦D|2083-06-29⟧   SEX: F   GRADE: 11   SCHOOL: ⟦O|DAVIES HIGH SCHOOL⟧
SPORT(S): HOCKEY, SOFTBALL   STUDENT #: ⟦I|FPS-0884172⟧
PARENT/GUARDIAN: ⟦N|KRISTOFER THORSTENSON⟧  CELL ⟦P|(701) 555-0134⟧  ADDRESS ⟦S|3318 40TH AVE S⟧, ⟦C|FARGO⟧ ⟦STATE|ND⟧ ⟦Z|58104⟧
HISTORY: CONCUSSION ⟦D|JAN 2098⟧ (CLEARED BY DR ⟦N|OSEI-BONSU⟧ AT ⟦H|SANFORD CHILDREN'S⟧ ⟦D|2/20/98⟧). NO SYNCOPE, NO CHEST PAIN WITH EXERTION. NO FAMILY HX SUDDEN DEATH < 50. MENARCHE 12.
EXAM: BP 112/68, HR 62, HT 168 CM, WT 61 KG. MURMUR NONE SUPINE/STANDING. MARFAN SCREEN NEG.
CLEARANCE: CLEARED WITHOUT RESTRICTION ⟦D|08/01/2099⟧.
EXAMINER: ⟦N|DANIELA FERREIRA-HOLT⟧, PA-C, ⟦H|ESSENTIA HEALTH SOUTH UNIVERSITY CLINIC⟧  ⟦P|701-555-0188⟧
ATHLETIC TRAINER: ⟦N|JOSH VANDERWAL⟧, ATC   ⟦E|JVANDERWAL@FARGOSCHOOLS-EXAMPLE.NET⟧
`);

note("ei-referral-caps", `
⟦O|ARIZONA EARLY INTERVENTION PROGRAM⟧ (⟦O|AZEIP⟧) - REFERRAL FORM
DATE OF REFERRAL: ⟦D|02.11.2099⟧   REFERRAL #: ⟦I|AZ-EI-2099-00447⟧
CHILD: ⟦N|BEGAY, NATHANIEL⟧   DOB ⟦D|01/30/2097⟧   AGE 24 MO   SEX M
PARENT: ⟦N|CHEYENNE BEGAY⟧ (MOTHER) AND GRANDMOTHER ⟦N|LORETTA YAZZIE⟧ (CAREGIVER)
ADDRESS: ⟦S|HC 61 BOX 4471⟧, ⟦C|WINDOW ROCK⟧, ⟦STATE|AZ⟧ ⟦Z|86515⟧ (⟦LO|NAVAJO NATION⟧, ⟦LO|APACHE COUNTY⟧)
PHONE: ⟦P|928-555-0116⟧ (GRANDMOTHER, BEST AFTER 5 PM)
PRIMARY LANGUAGE: NAVAJO / ENGLISH
REFERRAL SOURCE: ⟦N|ELISE NAKAI⟧, FNP, ⟦H|TSEHOOTSOOI MEDICAL CENTER⟧ PEDIATRICS, FAX ⟦F|928-555-0190⟧
REASON: SPEECH DELAY - 4 WORDS, NO 2-WORD PHRASES. M-CHAT-R/F 2 (LOW RISK). ASQ-3 COMMUNICATION BELOW CUTOFF. HEARING: FAILED NEWBORN SCREEN R EAR, NEVER REPEATED.
INSURANCE: ⟦O|AHCCCS⟧ / AMERICAN INDIAN HEALTH PROGRAM ID ⟦HP|A44718026⟧
CONSENT TO REFER SIGNED BY PARENT ⟦D|2/11/99⟧. SERVICE COORDINATOR TO CALL WITHIN 2 BUSINESS DAYS.
`);

note("immunization-catchup-caps", `
⟦O|DOUGLAS COUNTY HEALTH DEPARTMENT⟧ - IMMUNIZATION CLINIC, ⟦C|OMAHA⟧ ⟦STATE|NE⟧
CATCH-UP SCHEDULE   VISIT ⟦D|07-AUG-2099⟧
CLIENT: ⟦N|MUKAMANA, ESPERANCE⟧   DOB ⟦D|04-MAR-2092⟧   NESIIS ID ⟦I|NE-2099-0771846⟧
GUARDIAN: FATHER ⟦N|JEAN-PIERRE HABIMANA⟧  ⟦P|402-555-0152⟧   INTERPRETER: KINYARWANDA, ⟦N|CLAUDINE UWASE⟧
REFUGEE ARRIVAL ⟦D|05/2099⟧ VIA ⟦O|LUTHERAN FAMILY SERVICES OF NEBRASKA⟧, CASE MGR ⟦N|ODETTE NSENGIYUMVA⟧.
OVERSEAS RECORD (⟦COUNTRY|RWANDA⟧): BCG ⟦D|2092⟧, OPV X3, PENTA X3, MR X1 ⟦D|2093⟧.
GIVEN TODAY:  TDAP LOT ⟦DEV|TD77Q2A⟧ L DELTOID;  IPV LOT ⟦DEV|IP4418C⟧ R DELTOID;  MMR #2 LOT ⟦DEV|Y004471⟧ R ARM;  HEP B #1 LOT ⟦DEV|HB92K11⟧ L THIGH;  VARICELLA #1 LOT ⟦DEV|V66T09⟧ L ARM.
NEXT: HEP B #2 AND VARICELLA #2 ON/AFTER ⟦D|09/04/2099⟧; HPV #1 AND MENACWY AT 11 YR.
VFC ELIGIBLE (MEDICAID ⟦HP|NE44718260⟧). VFC PIN ⟦I|NE0447⟧.
SCHOOL: ⟦O|FLORENCE ELEMENTARY⟧, ⟦O|OMAHA PUBLIC SCHOOLS⟧ - CERTIFICATE OF IMMUNIZATION GIVEN TO FATHER.
VACCINATOR: ⟦N|KIMBERLY SIXKILLER⟧, RN   ⟦N|KS⟧
`);

note("peds-cardiology-letter-caps", `
⟦H|ARKANSAS CHILDREN'S HOSPITAL⟧ - HEART CENTER
⟦S|1 CHILDREN'S WAY⟧, ⟦C|LITTLE ROCK⟧, ⟦STATE|AR⟧ ⟦Z|72202⟧   TEL ⟦P|501-555-0149⟧   FAX ⟦F|501-555-0150⟧
⟦D|JUNE 18, 2099⟧
TO: ⟦N|LAWANDA PRUITT⟧, MD, ⟦H|DELTA PEDIATRIC CLINIC⟧, ⟦C|HELENA⟧
RE: ⟦N|JAMARCUS TILLMAN⟧   DOB ⟦D|9/3/2086⟧   ACH MRN ⟦M|0022448716⟧
DEAR DR. ⟦N|PRUITT⟧,
I SAW ⟦N|JAMARCUS⟧ (13 YO) ON ⟦D|6/17⟧ FOR CHEST PAIN DURING BASKETBALL AT ⟦O|CENTRAL HIGH SCHOOL⟧ SUMMER CAMP ON ⟦D|6/2⟧. HE WAS SEEN THAT DAY IN THE ED AT ⟦H|HELENA REGIONAL MEDICAL CENTER⟧; TROPONIN NEGATIVE.
ECG: SINUS RHYTHM, NO PRE-EXCITATION, QTC 412. ECHO: STRUCTURALLY NORMAL HEART, NORMAL CORONARY ORIGINS, NO LVH. EXERCISE TEST ⟦D|6/17/2099⟧: 14 MIN BRUCE, NO ARRHYTHMIA.
IMPRESSION: MUSCULOSKELETAL CHEST PAIN. CLEARED FOR ALL SPORTS. NO ACTIVITY RESTRICTIONS. FORM FOR COACH ⟦N|DERRICK FAULKNER⟧ ENCLOSED.
FAMILY HX: MATERNAL UNCLE ⟦N|OTIS TILLMAN⟧ DIED SUDDENLY AT 34 - GENETIC TESTING (ARRHYTHMIA PANEL) OFFERED, GRANDMOTHER ⟦N|HATTIE TILLMAN⟧ (LEGAL GUARDIAN) DECLINED TODAY.
SINCERELY,
⟦N|VIKRAM RAGHUNATHAN⟧, MD, PEDIATRIC CARDIOLOGY
`);

note("iep-health-plan-caps", `
INDIVIDUALIZED HEALTH PLAN (IHP) - ATTACHMENT TO IEP
DISTRICT: ⟦O|CHEYENNE-LARAMIE COUNTY SCHOOL DISTRICT 1⟧   SCHOOL: ⟦O|BAIN ELEMENTARY⟧   SCHOOL YEAR ⟦D|2099⟧-⟦D|2100⟧
STUDENT: ⟦N|RIVERA-OCHOA, ISABELLA⟧   DOB ⟦D|12/24/2091⟧   STUDENT ID ⟦I|7704418⟧   GRADE 2, ROOM 14
DIAGNOSES: SPASTIC QUADRIPLEGIC CP, G-TUBE DEPENDENT, SEIZURE DISORDER, VNS (SN ⟦DEV|VNS106-44718⟧).
PHYSICIAN: DR. ⟦N|MARGARET OLUWOLE⟧, ⟦H|CHILDREN'S HOSPITAL COLORADO⟧ NEUROLOGY ⟦P|720-555-0177⟧
PARENTS: ⟦N|HECTOR RIVERA⟧ ⟦P|307-555-0121⟧ / ⟦N|GABRIELA OCHOA⟧ ⟦P|307-555-0138⟧
FEEDS: PEDIASURE PEPTIDE 1.0 BY KANGAROO JOEY PUMP (SN ⟦DEV|KJ-44718-WY⟧) 120 ML/HR AT 10:30 AND 13:00.
SEIZURES: CLUSTER > 3 OR ANY > 5 MIN: SWIPE VNS MAGNET, VALTOCO 10 MG NASAL, CALL 911 AND PARENT.
TRAINED STAFF: ⟦N|PAULA ESTRADA⟧ (PARA), ⟦N|MIKE KOWALSKI⟧ (PE), ⟦N|JEN HOSKINS⟧ (TEACHER).
BUS: ROUTE 41 WHEELCHAIR LIFT, AIDE ⟦N|DORIS TWO BULLS⟧ TRAINED IN VNS.
SCHOOL NURSE: ⟦N|ANGELA WHITMAN-BEAR⟧, RN  ⟦E|AWHITMAN@LARAMIE1-EXAMPLE.ORG⟧  SIGNED ⟦D|08/22/2099⟧
`);

note("adolescent-confidential-caps", `
ADOLESCENT MEDICINE - CONFIDENTIAL VISIT (DO NOT RELEASE TO PARENT PORTAL)
⟦H|BOSTON CHILDREN'S HOSPITAL⟧ ADOLESCENT/YOUNG ADULT MEDICINE, ⟦S|333 LONGWOOD AVE⟧
PT: ⟦N|SIOBHAN MCCARTHY-ROSSI⟧  DOB ⟦D|3/14/83⟧  MRN ⟦M|BCH4471829⟧  VISIT ⟦D|10/05/2099⟧
HEADSS: LIVES WITH MOM ⟦N|DEIRDRE⟧ AND STEPDAD ⟦N|PAOLO⟧ IN ⟦C|DORCHESTER⟧. JUNIOR AT ⟦O|BOSTON LATIN ACADEMY⟧. SEXUALLY ACTIVE WITH ONE FEMALE PARTNER. CRAFFT 1 (VAPES). PHQ-A 11.
REQUESTS CONTRACEPTION FOR CYCLE CONTROL - NEXPLANON PLACED L ARM LOT ⟦DEV|U017332⟧.
GC/CT URINE SENT. HIV/RPR OFFERED, ACCEPTED.
COUNSELING REFERRAL: ⟦O|JUDGE BAKER CHILDREN'S CENTER⟧, THERAPIST ⟦N|AMARA OKONKWO⟧, LICSW. PATIENT'S OWN CELL ⟦P|617-555-0183⟧ (OK TO TEXT, NOT HOME).
BILL TO CONFIDENTIAL MASSHEALTH LINE, ID ⟦HP|100447182603⟧ - NO EOB TO HOME.
⟦N|NORA BLACKWOOD⟧, MD
`);

note("foster-care-intake-caps", `
FOSTER CARE ENTRY EXAM (WITHIN 72 H) - ⟦H|FOSTERING HEALTH CLINIC AT CHOP⟧, ⟦C|PHILADELPHIA⟧
DATE ⟦D|01/16/2099⟧   CHILD ⟦N|DIALLO, AMINATA⟧  DOB ⟦D|07/07/2093⟧  DHS CASE ⟦I|PHL-99-044718⟧   MA ID ⟦HP|8844718203⟧
PLACED ⟦D|1/14/2099⟧ WITH KINSHIP CAREGIVER, AUNT ⟦N|FATOUMATA DIALLO-KANE⟧, ⟦S|5520 LARCHWOOD AVE⟧, ⟦C|PHILADELPHIA⟧ ⟦Z|19143⟧, ⟦P|267-555-0118⟧.
AGENCY: ⟦O|PHILADELPHIA DEPARTMENT OF HUMAN SERVICES⟧; CUA ⟦O|TABOR COMMUNITY PARTNERS⟧, CASE MGR ⟦N|KEISHA LAMBERT-OWUSU⟧ ⟦P|215-555-0140⟧.
PRIOR PCP: ⟦H|SPECTRUM HEALTH SERVICES⟧ - RECORDS REQUESTED. IMMUNIZATIONS PER ⟦O|PA-SIIS⟧ UP TO DATE EXCEPT FLU.
EXAM: HEALED LINEAR SCARS L FOREARM, DENTAL CARIES X4. TANNER 1. GROWTH 10TH %ILE.
SCHOOL: ⟦O|COMEGYS ELEMENTARY⟧ - TRANSPORTATION UNDER ESSA ARRANGED BY ⟦O|SCHOOL DISTRICT OF PHILADELPHIA⟧ LIAISON ⟦N|R. DELACRUZ⟧.
REFERRALS: TRAUMA-FOCUSED CBT, DENTAL AT ⟦H|PENN DENTAL MEDICINE⟧, FOLLOW-UP 30 DAYS ⟦D|2/13/99⟧.
⟦N|ADAEZE NWACHUKWU⟧, MD
`);
// ======================================================== lower case (10) ========================================================

note("care-coord-call-foster-lower", `
care coordination call - complex care program, ⟦H|children's mercy kansas city⟧
date: ⟦D|4/18/99⟧ 10:05   by: ⟦N|shawna pettibone⟧, rn care coordinator (ext ⟦P|74418⟧)
pt: ⟦N|deshawn o'bannon⟧, dob ⟦D|10/9/2094⟧, mrn ⟦M|03447182⟧
spoke with foster mom ⟦N|linda kowalczyk⟧ (⟦P|816-555-0193⟧). she has had him since ⟦D|feb 2099⟧ through ⟦O|cornerstones of care⟧; caseworker ⟦N|jamal whitfield⟧ at ⟦O|kansas dcf⟧ is the medical consenter. bio mom ⟦N|tiffany o'bannon⟧ has supervised visits ⟦DAY|saturdays⟧ at the agency, not to be told the foster address (⟦S|6120 n wabash ave⟧, ⟦C|gladstone⟧ ⟦Z|64118⟧).
issues: 1) g-tube button 14 fr 1.5 cm leaking - supply order to ⟦O|apria⟧ faxed ⟦F|816-555-0107⟧. 2) neuro f/u with dr ⟦N|haddad⟧ missed ⟦D|4/2⟧ - rescheduled ⟦D|may 6⟧ 1:30. 3) school: kindergarten at ⟦O|chapel hill elementary⟧, ⟦O|north kansas city schools⟧ - nurse ⟦N|becky strand⟧ needs new seizure plan + diastat order (faxed to school ⟦F|816-555-0155⟧). 4) medicaid (kancare - ⟦O|sunflower health plan⟧ id ⟦HP|kc44718260⟧) requires pa for the pump.
teacher mrs. ⟦N|alvarado⟧ reports he eats by mouth at snack only. no concerns with toileting.
plan: call foster mom back ⟦DAY|thurs⟧ after pa. routed to dr ⟦N|adeyemi⟧ (complex care).
⟦N|sp⟧
`);

note("school-504-plan-lower", `
section 504 accommodation plan
district: ⟦O|bangor school department⟧          school: ⟦O|james f. doughty school⟧
student: ⟦N|abigail thibodeau⟧      dob: ⟦D|5/22/2087⟧      grade: 7      student #: ⟦I|bsd-448271⟧
meeting date: ⟦D|september 12, 2099⟧      review date: ⟦D|september 2100⟧
disability: type 1 diabetes (diagnosed ⟦D|march 2096⟧ at ⟦H|northern light eastern maine medical center⟧), celiac disease.
team present: ⟦N|heather thibodeau⟧ (mother), ⟦N|rick cyr⟧ (504 coordinator), ⟦N|melissa gagnon⟧ rn (school nurse), ⟦N|tom pelletier⟧ (science teacher), ⟦N|karen michaud⟧ (counselor).
accommodations:
- may carry phone for dexcom g7 (receiver sn ⟦DEV|dx7-0447-1829⟧) and tandem mobi pump (sn ⟦DEV|1044718⟧) in all classes and on the bus.
- unlimited water, snack and bathroom access; no penalty for missed work during lows.
- testing: extra time, may stop the clock for bg < 70 or > 300; retest the same day if needed.
- field trips: trained adult; glucagon (baqsimi) in nurse bag.
- gluten-free lunch through food service director ⟦N|diane ouellette⟧.
endocrinologist: dr ⟦N|aleksander nowicki⟧, ⟦H|northern light pediatric endocrinology⟧, ⟦P|207-555-0164⟧.
parent contact: ⟦P|207-555-0111⟧, ⟦E|hthibodeau77@example.com⟧
signed ⟦N|r. cyr⟧ ⟦D|9/12/99⟧
`);

note("dev-peds-note-lower", `
developmental-behavioral pediatrics follow-up - ⟦H|kennedy krieger institute⟧, ⟦C|baltimore⟧
⟦D|2099-03-21⟧  pt: ⟦N|elijah brooks-amankwah⟧  dob ⟦D|2093-11-04⟧  mrn ⟦M|kki-44718-0⟧
accompanied by mother ⟦N|nana amankwah⟧ and father ⟦N|corey brooks⟧.
dx: autism spectrum disorder (ados-2 ⟦D|1/2098⟧, dr ⟦N|feldstein⟧), adhd combined, expressive language disorder.
school: 1st grade, self-contained class at ⟦O|hampstead hill academy⟧ (⟦O|baltimore city public schools⟧), teacher ms. ⟦N|rochelle dandridge⟧. vanderbilt teacher form received ⟦D|3/15⟧: inattention 7/9, hyperactivity 8/9. parent form similar.
aba through ⟦O|kennedy krieger center for autism and related disorders⟧ 10 h/wk; speech at school 2x30 min.
meds: guanfacine er 1 mg qhs since ⟦D|dec⟧ - less impulsive, sleep better. no sedation at school.
plan: increase to 2 mg; melatonin continue. repeat teacher vanderbilt in 6 wk (fax to school ⟦F|410-555-0172⟧, attn ⟦N|dandridge⟧). medicaid ⟦O|priority partners⟧ id ⟦HP|pp-0447182916⟧ covers aba through ⟦D|8/31/2099⟧.
f/u ⟦D|may 16⟧ with ⟦N|gwendolyn ashby-nair⟧, md.
`);

note("camp-physical-lower", `
camp health form - ⟦O|camp tekakwitha⟧ (resident camp, ⟦C|lake george⟧ ⟦STATE|ny⟧) - session 2, ⟦D|july 6⟧-⟦D|july 19, 2099⟧
camper: ⟦N|rafael delgado-pinto⟧   dob ⟦D|02/11/2088⟧   age 11
parent/guardian: ⟦N|lucia pinto⟧ (mother) ⟦P|718-555-0128⟧ (cell), ⟦N|andres delgado⟧ (father) ⟦P|718-555-0163⟧
home: ⟦S|2140 grand concourse⟧ apt 6f, ⟦C|bronx⟧ ⟦STATE|ny⟧ ⟦Z|10457⟧
insurance: ⟦O|healthfirst⟧ child health plus id ⟦HP|hf44718203⟧
allergies: peanut and tree nut (anaphylaxis ⟦D|2095⟧, ed at ⟦H|montefiore children's hospital⟧). epinephrine auto-injector 0.3 mg x2 to camp nurse, one in counselor's pack.
asthma: mild persistent - fluticasone 44 2 puffs bid, albuterol prn before swim.
meds to camp nurse: above + cetirizine 10 mg daily.
last physical ⟦D|5/30/2099⟧ at ⟦H|urban health plan⟧, dr ⟦N|farah siddiqui⟧. immunizations up to date (nysiis printout attached).
may swim: yes, blue level. activity restrictions: none.
camp nurse ⟦N|kathleen o'rourke⟧ rn reviewed ⟦D|7/6⟧. director br. ⟦N|thomas mccann⟧ ⟦E|office@camptek-example.org⟧.
`);

note("neuro-phone-call-lower", `
peds neurology phone note - ⟦H|children's healthcare of atlanta⟧ at ⟦H|egleston⟧
⟦D|aug 14 2099⟧ 4:50 pm  caller: father ⟦N|dmitri volkov⟧ ⟦P|404-555-0109⟧
pt: ⟦N|sofia volkova⟧, 9, dob ⟦D|1/5/90⟧, mrn ⟦M|200447181⟧
dx juvenile myoclonic epilepsy on levetiracetam 750 bid (dr ⟦N|okoro⟧). dad reports 2 absence spells in class today, teacher mr. ⟦N|jennings⟧ at ⟦O|oak grove elementary⟧ (⟦O|dekalb county school district⟧) noticed staring x 10 sec. no gtc. missed dose ⟦DAY|sunday⟧ at grandmother ⟦N|galina volkova⟧'s in ⟦C|marietta⟧.
advised: no dose change, adherence, seizure diary, eeg already scheduled ⟦D|8/21⟧. school nurse ⟦N|pamela ruffin⟧ to update seizure action plan - dad will bring new copy. valtoco 10 mg at school ok (in date, lot ⟦DEV|vt4418a⟧).
per dr ⟦N|okoro⟧: may start driving-style precautions for swimming. ⟦N|j. abernathy⟧, rn
`);

note("genetics-portal-lower", `
mychart message - ⟦H|seattle children's⟧ genetics clinic
from: ⟦N|tasi fa'amausili⟧ (parent proxy for ⟦N|malia fa'amausili⟧)   sent ⟦D|10/2/2099⟧ 9:41 pm   user ⟦UN|tasi.faamausili⟧
hi dr ⟦N|brennan⟧ - we got a letter from the lab (⟦O|genedx⟧, accession ⟦I|gdx-99-4471826⟧) that ⟦N|malia⟧'s exome is done but nobody called us. is it bad? her pediatrician dr ⟦N|leota⟧ at ⟦H|sea mar community health centers⟧ in ⟦C|tacoma⟧ said ask you. also her teacher at ⟦O|lister elementary⟧ asked for a letter for her iep by ⟦D|oct 15⟧. my cell is ⟦P|253-555-0147⟧ or my work ⟦P|253-555-0190⟧. thanks, ⟦N|tasi⟧
---
reply ⟦D|10/3/2099⟧ 8:12 am from ⟦N|colleen brennan⟧, ms, cgc: hi ⟦N|tasi⟧, the result came in ⟦D|9/30⟧ and dr ⟦N|yamamoto⟧ wants to go over it in person - it is not an emergency. can you come ⟦DAY|tues⟧ ⟦D|10/8⟧ at 2:00? we will have a samoan interpreter. the iep letter will be ready the same day. - ⟦N|colleen⟧
`);

note("pertussis-exposure-lower", `
⟦O|salt lake county health department⟧ - notice of possible pertussis (whooping cough) exposure
date: ⟦D|january 22, 2099⟧
to parents/guardians of students in ms. ⟦N|johanna pulsipher⟧'s 3rd grade class, ⟦O|jackson elementary⟧, ⟦O|salt lake city school district⟧
a student in your child's class has been diagnosed with pertussis. the student was last at school on ⟦D|january 16⟧.
what to do: watch for cough for 21 days (until ⟦D|feb 6⟧). if your child develops a cough, keep them home and call your doctor; tell them about this letter. household members who are pregnant or infants under 12 months should see a doctor about preventive antibiotics.
make sure your child's vaccines are up to date (dtap / tdap). free vaccines: ⟦O|salt lake county health department⟧ immunization clinic, ⟦S|610 s 200 e⟧, ⟦C|salt lake city⟧ ⟦Z|84111⟧, ⟦P|385-555-0142⟧.
questions: ⟦N|ryan tuilagi⟧, epidemiology nurse, ⟦P|385-555-0178⟧ or ⟦E|rtuilagi@slco-example.org⟧.
school nurse ⟦N|carly hafen⟧, rn
case file ⟦I|slco-per-99-0044⟧ (internal)
`);

note("registry-query-lower", `
immunization registry query log - ⟦H|la clínica de la raza⟧ fruitvale, ⟦C|oakland⟧
user ⟦UN|mgarcia4⟧ logged into cair2 from ⟦IP|10.44.18.27⟧ on ⟦D|11/09/2099⟧
query 1: ⟦N|maria guadalupe chavez lopez⟧, dob ⟦D|06/30/2096⟧, mother ⟦N|rocio lopez⟧ -> 2 matches, selected cair id ⟦I|0044718265⟧ (address ⟦S|1530 35th ave⟧, ⟦C|oakland⟧ ⟦Z|94601⟧). record complete through 18 mo; dtap #4 due.
query 2: ⟦N|ximena chavez lopez⟧ (sibling), dob ⟦D|03/02/2093⟧ -> cair id ⟦I|0044718266⟧, missing mmr #2 and var #2 (kinder entry). school: ⟦O|global family school⟧, ⟦O|oakland unified school district⟧.
query 3: ⟦N|tran, minh khoa⟧, dob ⟦D|2091-12-18⟧ -> no match; historical record from ⟦H|asian health services⟧ entered by hand.
query 4: ⟦N|gabriel ortiz-fuentes⟧, dob ⟦D|08/14/2097⟧, guardian aunt ⟦N|paola fuentes⟧ (⟦P|510-555-0133⟧) -> cair id ⟦I|0044718391⟧, up to date; ⟦O|tiny steps family child care⟧ form signed.
printed blue card (cdph 286) for ⟦N|ximena⟧, school exclusion letter date ⟦D|12/1/2099⟧.
- ⟦N|m. garcia⟧, ma
`);

note("sbhc-visit-lower", `
sbhc visit - ⟦H|lincoln high school-based health center⟧ (operated by ⟦O|multnomah county health department⟧), ⟦C|portland⟧
date ⟦D|02/27/2099⟧   student ⟦N|yasmin haidari⟧   dob ⟦D|08/08/2082⟧   sbhc # ⟦M|mc-8847182⟧
cc: ankle injury in pe today, teacher coach ⟦N|dempsey⟧ walked her over.
17 yo, afghan, arrived ⟦D|2096⟧, lives with uncle ⟦N|abdul wahid haidari⟧ in ⟦C|gresham⟧ (⟦P|971-555-0115⟧).
exam: lateral ankle swelling, ottawa rules negative. rice, ibuprofen 400 mg, ace wrap, crutches x 3 days. pe excuse to ⟦D|3/6⟧.
also asked (alone) about periods - irregular; confidential, no parent contact per ors 109.640. will check tsh, cbc.
insurance: oregon health plan / ⟦O|careoregon⟧ id ⟦HP|ohp44718206⟧.
next: ⟦D|3/6/99⟧. ⟦N|priya raman⟧, np
`);

note("ifsp-review-lower", `
ifsp six-month review - ⟦O|hennepin county human services⟧, early intervention program
child: ⟦N|ayan warsame⟧   dob: ⟦D|12/3/2097⟧   ifsp #: ⟦I|hc-ifsp-44718⟧   review date: ⟦D|6/4/2099⟧
family: mother ⟦N|hodan abdullahi⟧, father ⟦N|mohamed warsame⟧; siblings ⟦N|hamdi⟧ (4, attends ⟦O|cedar riverside head start⟧) and ⟦N|bilal⟧ (7).
home: ⟦S|1920 s 4th st⟧ #812, ⟦C|minneapolis⟧ ⟦Z|55454⟧. interpreter (somali) ⟦N|faduma nur⟧.
service coordinator: ⟦N|kristin halvorson⟧ ⟦P|612-555-0136⟧ ⟦E|khalvorson@hennepin-example.us⟧
outcomes: 1) ⟦N|ayan⟧ will walk 10 steps without support - met ⟦D|5/2099⟧ (pt ⟦N|lauren fiske⟧). 2) ⟦N|ayan⟧ will use 10 words/signs - partly met (6 words), slp ⟦N|ikram yusuf⟧ continues 2x/mo at home.
health: followed at ⟦H|children's minnesota⟧ hearing clinic - mild bilateral loss, hearing aids ⟦D|4/2099⟧ (serials ⟦DEV|ph-44718-l⟧ / ⟦DEV|ph-44719-r⟧). pcp dr ⟦N|sorensen⟧, ⟦H|hennepin healthcare whittier clinic⟧.
transition planning at 2y6m: referral to ⟦O|minneapolis public schools⟧ early childhood special education by ⟦D|12/2099⟧.
`);
// ======================================================== Mixed case (25) ========================================================

note("endo-precocious-puberty-letter", `
⟦H|Children's Hospital Colorado⟧ · Section of Pediatric Endocrinology
⟦S|13123 East 16th Avenue⟧, ⟦C|Aurora⟧, ⟦STATE|CO⟧ ⟦Z|80045⟧ · Phone ⟦P|720-555-0102⟧ · Fax ⟦F|720-555-0103⟧

⟦D|April 9, 2099⟧

Dr. ⟦N|Rebecca Salazar-Whitmore⟧
⟦H|Salud Family Health Centers⟧ – ⟦C|Commerce City⟧

Re: ⟦N|Camila Montoya Reyes⟧, DOB ⟦D|02/05/2092⟧, MRN ⟦M|1447821⟧

Dear Dr. ⟦N|Salazar-Whitmore⟧,

Thank you for referring ⟦N|Camila⟧, a 7-year-2-month-old girl, for breast development noticed by her mother, ⟦N|Yesenia Reyes⟧, in ⟦D|December 2098⟧. She was seen today with her mother and her maternal grandmother, Mrs. ⟦N|Ofelia Reyes⟧.

History: thelarche ⟦D|12/2098⟧, pubic hair for two months, growth spurt noted by her school nurse at ⟦O|Aurora Frontier K-8⟧ (⟦O|Aurora Public Schools⟧), Ms. ⟦N|Denise Kettering⟧, who plotted her height at 97th percentile on ⟦D|1/27/99⟧. No headaches, no vaginal bleeding, no exposure to topical estrogen or lavender products.

Exam: Tanner 3 breast, Tanner 2 pubic hair. Height 134.2 cm (+2.1 SD), weight 33 kg. No café-au-lait macules.

Studies: bone age ⟦D|4/9/2099⟧ read by Dr. ⟦N|Lindgren⟧ as 10 years. LH 1.8 mIU/mL (pubertal), estradiol 28 pg/mL.

Impression: central precocious puberty, likely idiopathic. Plan: brain MRI at ⟦H|Children's Colorado⟧ ⟦D|4/21⟧; if normal, leuprolide 3-month depot (PA submitted to Colorado Medicaid, member ID ⟦HP|K447182⟧, PA # ⟦I|PA-2099-0418823⟧). Return ⟦D|July 2099⟧.

Sincerely,
⟦N|Hannah Okamoto-Reyes⟧, MD
Pediatric Endocrinology · NPI ⟦I|1093447182⟧
cc: ⟦N|Yesenia Reyes⟧, ⟦S|16640 E Mississippi Ave⟧ Apt 204, ⟦C|Aurora⟧ ⟦STATE|CO⟧ ⟦Z|80017⟧
`);

note("neuro-new-onset-seizure-consult", `
Pediatric Neurology Consultation — ⟦H|Nationwide Children's Hospital⟧, ⟦C|Columbus⟧, ⟦STATE|Ohio⟧
Date: ⟦D|2099-01-12⟧   Inpatient, 7A   Requested by: Dr. ⟦N|Tomasz Wierzbicki⟧ (hospital medicine)
Patient: ⟦N|Kaden Achterberg⟧   DOB ⟦D|6/14/2087⟧   MRN ⟦M|NCH-88447120⟧   Insurance: ⟦O|CareSource⟧ (Medicaid) ⟦HP|9044718276⟧

HPI: 11-year-old right-handed boy with a first generalized tonic-clonic seizure at ⟦O|Hilliard Weaver Middle School⟧ on ⟦D|January 11⟧ during math class. Teacher Mr. ⟦N|Gary Lutz⟧ timed it at 3 minutes; school nurse ⟦N|Anita Ruhl⟧ placed him on his side and called 911. Transported by ⟦O|Norwich Township Fire⟧ to our ED. Postictal 40 minutes. Up late gaming the night before. No fever, no head trauma.
Family history: father ⟦N|Brent Achterberg⟧ had febrile seizures; paternal aunt ⟦N|Shelby Achterberg-Ross⟧ epilepsy on lamotrigine.
Exam: normal. EEG (⟦D|1/12⟧, read by Dr. ⟦N|Priyanka Iyer⟧): left centrotemporal spikes activated in sleep.
Impression: self-limited epilepsy with centrotemporal spikes (BECTS) vs first unprovoked seizure.
Plan: no daily antiseizure medication for now; rescue midazolam nasal 5 mg; seizure action plan to school (fax ⟦F|614-555-0175⟧, attn. Nurse ⟦N|Ruhl⟧). No swimming alone, no heights. Follow-up in clinic with Dr. ⟦N|Adebayo Ogunleye⟧ on ⟦D|Feb 23⟧. Parents (⟦N|Brent⟧ and ⟦N|Jolene Achterberg⟧, ⟦P|614-555-0131⟧) given information from the ⟦O|Epilepsy Foundation of Ohio⟧.
— ⟦N|Marguerite Delacroix⟧, MD, PhD, Child Neurology fellow / attending Dr. ⟦N|Ogunleye⟧
`);

note("genetics-consult-22q", `
Genetics Consultation Note
⟦H|UH Rainbow Babies & Children's Hospital⟧ — Center for Human Genetics, ⟦C|Cleveland⟧
Date of visit: ⟦D|May 2, 2099⟧
Patient: ⟦N|Amira Haddad⟧   DOB: ⟦D|10-17-2093⟧   MRN: ⟦M|RB40447182⟧
Referred by: ⟦N|Samir Khoury⟧, MD (⟦H|Dearborn Pediatrics⟧, ⟦C|Dearborn⟧, ⟦STATE|MI⟧) and Dr. ⟦N|Lillian Tsai⟧, pediatric cardiology (tetralogy of Fallot, repaired ⟦D|2094⟧ at ⟦H|C.S. Mott Children's Hospital⟧).
Family moved from ⟦C|Dearborn⟧ to ⟦C|Parma⟧ in ⟦D|2098⟧; father ⟦N|Yousef Haddad⟧ works at ⟦O|Ford Motor Company⟧; mother ⟦N|Rania Haddad⟧ stays at home; brother ⟦N|Omar⟧, 6, healthy.
Findings: hypocalcemia in infancy, nasal speech, recurrent otitis, learning concerns in kindergarten at ⟦O|Pleasant Valley Elementary⟧ (⟦O|Parma City School District⟧).
Chromosomal microarray (⟦O|Cleveland Clinic Laboratories⟧, accession ⟦I|CCL-99-7704418⟧, ⟦D|4/18/2099⟧): 2.5 Mb deletion 22q11.21, consistent with 22q11.2 deletion syndrome.
Counseling provided with Arabic interpreter ⟦N|Nadia Aziz⟧ (ID ⟦I|2291⟧). Parental testing offered.
Recommendations: immunology (T-cell subsets), calcium and PTH yearly, ENT/speech evaluation for VPI, neuropsychological testing; letter to school for IEP evaluation. Family connected to ⟦O|International 22q11.2 Foundation⟧.
Genetic counselor: ⟦N|Erin McAllister⟧, MS, CGC · ⟦E|erin.mcallister@uhhospitals-example.org⟧ · ⟦P|216-555-0169⟧
Geneticist: ⟦N|Dov Rosenthal⟧, MD
`);

note("dbp-eval-summary", `
Developmental-Behavioral Pediatrics — Evaluation Summary
⟦H|Norton Children's Developmental Pediatrics⟧, ⟦S|411 E Chestnut St⟧, Suite 600, ⟦C|Louisville⟧ ⟦STATE|KY⟧ ⟦Z|40202⟧
Child: ⟦N|Zion Whitlock-Harmon⟧   Date of birth: ⟦D|3/29/2090⟧   Evaluation dates: ⟦D|3/4/2099⟧ and ⟦D|3/11/2099⟧
Parents: ⟦N|Tamika Harmon⟧ (mother) and ⟦N|Marcus Whitlock⟧ (father, lives in ⟦C|Jeffersonville⟧, ⟦STATE|IN⟧); joint custody per ⟦O|Jefferson Family Court⟧ order ⟦I|22-CI-504418⟧.
School: 3rd grade, ⟦O|Wheatley Elementary⟧, ⟦O|Jefferson County Public Schools⟧ (student # ⟦I|1744182⟧). Teacher Mrs. ⟦N|Leigh Ann Pruitt⟧ and reading interventionist Ms. ⟦N|Karla Osterhaus⟧ completed rating scales.
Concerns: reading far below grade, distractibility, homework battles.
Testing: WISC-V FSIQ 98; WIAT-4 word reading 74, pseudoword decoding 71; CTOPP-2 phonological awareness 76; Vanderbilt (parent and teacher) inattentive 8/9, hyperactive 3/9; SCARED 14.
Diagnoses: specific learning disorder with impairment in reading (dyslexia); ADHD, predominantly inattentive presentation.
Recommendations: request a full evaluation for IEP eligibility (letter to ⟦O|JCPS⟧ ⟦D|3/12⟧); structured literacy (Orton-Gillingham) daily; 504 accommodations in the meantime; trial of methylphenidate ER (Concerta 18 mg) — prescription by PCP Dr. ⟦N|Ahmed Elsayed⟧ at ⟦H|Family Health Centers - Portland⟧; follow-up ⟦D|June 2099⟧.
Examiners: ⟦N|Jocelyn Ferrante⟧, PsyD, and ⟦N|Benjamin Oduya⟧, MD (DBP)
`);

note("school-nurse-email-anaphylaxis", `
From: ⟦N|Maribel Colón⟧ <⟦E|mcolon@hartfordschools-example.org⟧>
To: ⟦E|nkwarteng.family@example.net⟧
Cc: ⟦N|Sean Fitzpatrick⟧ (Principal) <⟦E|sfitzpatrick@hartfordschools-example.org⟧>
Sent: ⟦DAY|Wednesday⟧, ⟦D|October 7, 2099⟧ 1:48 PM
Subject: ⟦N|Kofi⟧ – epinephrine given at school today

Dear Mr. and Mrs. ⟦N|Nkwarteng⟧,

As we discussed by phone at 12:20, ⟦N|Kofi⟧ developed hives and lip swelling after lunch in the cafeteria at ⟦O|Betances Early Reading Lab Magnet School⟧ today. Following his Food Allergy and Anaphylaxis Emergency Care Plan signed by Dr. ⟦N|Hyun-Joo Baek⟧ (⟦H|Connecticut Children's⟧ Allergy, ⟦P|860-555-0146⟧), I gave EpiPen Jr 0.15 mg (lot ⟦DEV|EJ7K2291⟧, exp ⟦D|03/2100⟧) to the right thigh at 12:14 and called 911. ⟦O|Hartford Fire Department⟧ EMS took him with his teacher, Ms. ⟦N|Rosalind Pemberton⟧, to ⟦H|Connecticut Children's Medical Center⟧, where Mrs. ⟦N|Abena Nkwarteng⟧ met them.

The lunch was a cafeteria sunflower-butter sandwich; ⟦O|Chartwells⟧ food service is checking the label for cross-contact with peanut. Please send a new auto-injector to the nurse's office before he returns, and the ED discharge paper for his file (student ID ⟦I|HPS-2099-04471⟧).

Kind regards,
⟦N|Maribel Colón⟧, BSN, RN
School Nurse, ⟦O|Hartford Public Schools⟧ · office ⟦P|860-555-0129⟧ ext. ⟦P|3104⟧ · fax ⟦F|860-555-0130⟧
`);

note("dmmp-houston", `
Diabetes Medical Management Plan (DMMP) — School Year ⟦D|2099⟧–⟦D|2100⟧
Student: ⟦N|Adaeze Okonjo⟧   Date of birth: ⟦D|9-1-2088⟧   Grade: 6
School: ⟦O|Lanier Middle School⟧   District: ⟦O|Houston ISD⟧   Student ID: ⟦I|2040447182⟧
Date of diagnosis: ⟦D|Oct 2097⟧ (DKA admission, ⟦H|Texas Children's Hospital⟧, MRN ⟦M|TCH-77044718⟧)
Parents: ⟦N|Chukwuemeka Okonjo⟧ ⟦P|832-555-0197⟧ (cell) · ⟦N|Ngozi Okonjo⟧ ⟦P|832-555-0184⟧ (work: ⟦O|Memorial Hermann⟧)
Diabetes care provider: ⟦N|Julia Kaspersky⟧, MD, ⟦H|Texas Children's Diabetes and Endocrine Care Center⟧, ⟦P|832-555-0106⟧, fax ⟦F|832-555-0107⟧
Equipment: Tandem t:slim X2 with Control-IQ (pump serial ⟦DEV|1447182⟧), Dexcom G7 (transmitter SN ⟦DEV|8G44-71826⟧), Follow app shared to school nurse iPad.
Targets: 80–180 mg/dL. Low < 70: 15 g fast carbs, recheck 15 min; severe: Baqsimi 3 mg nasal, call 911, then parent.
High > 250 with ketones: give correction by pump, water, bathroom, no PE.
Insulin: Humalog in pump; ICR 1:12 at lunch; ISF 1:45; target 120.
Trained diabetes personnel: Ms. ⟦N|Consuelo Armendáriz⟧ (front office), Coach ⟦N|Derrick Olamide⟧, ⟦N|Wen Liu⟧ (counselor).
School nurse: ⟦N|Patricia Villarreal⟧, RN. Signed by physician ⟦D|08/10/2099⟧; parent ⟦D|8/11/99⟧; nurse ⟦D|8/14/99⟧.
`);

note("seizure-action-plan-cherokee", `
Seizure Action Plan — ⟦O|Tahlequah Public Schools⟧ / ⟦O|Cherokee Elementary⟧
Student: ⟦N|Wyatt Sixkiller-Dreadfulwater⟧      DOB ⟦D|11/30/2091⟧      Grade 2, Mrs. ⟦N|Crittenden⟧'s class
Parent/guardian: grandmother ⟦N|Lorene Dreadfulwater⟧ — home ⟦P|918-555-0124⟧, work ⟦P|918-555-0153⟧ (⟦O|Cherokee Nation⟧ Health Services)
Address: ⟦S|22418 S Bald Hill Rd⟧, ⟦C|Tahlequah⟧, ⟦STATE|OK⟧ ⟦Z|74464⟧ (⟦LO|Cherokee County⟧)
Treating provider: Dr. ⟦N|Lucas Threadgill⟧, ⟦H|Oklahoma Children's Hospital OU Health⟧ child neurology, ⟦C|Oklahoma City⟧, ⟦P|405-555-0171⟧
Primary care: ⟦H|W.W. Hastings Hospital⟧ pediatrics, Dr. ⟦N|Tsosie⟧
Seizure type: focal impaired awareness — stares, lip smacking, right hand fumbling, 30–60 seconds, 1–2 per week. Last seizure ⟦D|9/18/99⟧.
Daily medicine: oxcarbazepine 300 mg twice daily (at home).
Rescue: Diastat AcuDial 10 mg rectal for a seizure > 5 min or 3 in 1 hour — kept in nurse's office, lot ⟦DEV|DA44718⟧ exp ⟦D|6/2100⟧.
Call 911 for any seizure > 5 minutes, injury, breathing trouble, or after rescue medicine.
Transportation: bus 17, driver ⟦N|Roy Ketcher⟧ trained ⟦D|8/20/99⟧.
Reviewed by school nurse ⟦N|Tamara Fourkiller⟧, RN ⟦D|09/22/2099⟧; ⟦E|cherokee.nurse@example.org⟧ is not monitored after 4 pm.
`);

note("ei-evaluation-nola", `
⟦O|EarlySteps⟧ — Louisiana's Early Intervention System (Part C)
Multidisciplinary Evaluation Report
Child: ⟦N|Beau Thibodeaux-Landry⟧   DOB: ⟦D|08/19/2097⟧   Chronological age: 19 months (corrected 16 months; born 27 weeks at ⟦H|Touro Infirmary⟧)
⟦O|EarlySteps⟧ child ID: ⟦I|LA-ES-0447182⟧   Region 1 SPOE, ⟦O|Louisiana Department of Health⟧ Office for Citizens with Developmental Disabilities
Evaluation date: ⟦D|March 24, 2099⟧, in the home: ⟦S|4418 Camp St⟧, ⟦C|New Orleans⟧, ⟦STATE|LA⟧ ⟦Z|70115⟧
Present: mother ⟦N|Celeste Landry⟧; maternal grandmother ⟦N|Marguerite "Maw Maw" Thibodeaux⟧; evaluators ⟦N|Kendra Batiste⟧, PT, and ⟦N|Huong Pham⟧, M.Ed., developmental interventionist; service coordinator ⟦N|Desiree Fontenot⟧ (⟦O|Families Helping Families of Greater New Orleans⟧).
History: NICU 11 weeks at ⟦H|Touro⟧ then ⟦H|Children's Hospital New Orleans⟧ (BPD, grade II IVH, ROP stage 2 resolved). Home oxygen stopped ⟦D|11/2098⟧. Followed by the high-risk infant clinic, Dr. ⟦N|Aurélie Guidry⟧, and ophthalmology Dr. ⟦N|Bankston⟧.
BDI-3 (corrected age): adaptive 82, personal-social 88, communication 79, motor 68 (gross 4th percentile), cognitive 85. Increased tone lower extremities, toe walking when supported.
Eligibility: eligible (motor delay > 1.5 SD; established condition: prematurity < 32 weeks).
Recommendations: PT weekly, developmental intervention twice monthly; referral to ⟦H|Children's Hospital New Orleans⟧ neurology for tone (CP evaluation); audiology rescreen.
Medicaid: Healthy Louisiana – ⟦O|Aetna Better Health of Louisiana⟧, ID ⟦HP|4418827603⟧.
IFSP meeting scheduled ⟦D|4/7/2099⟧ at 10:00; contact ⟦N|D. Fontenot⟧ ⟦P|504-555-0182⟧.
`);

note("cps-referral-school-counselor", `
⟦O|Michigan Department of Health and Human Services⟧ — Centralized Intake for Abuse and Neglect
Web referral confirmation ⟦I|MI-CI-2099-0447182⟧ · submitted ⟦D|02/03/2099⟧ 3:41 PM
Mandated reporter: ⟦N|Layla Jaber⟧, school counselor, ⟦O|Salina Intermediate School⟧, ⟦O|Dearborn Public Schools⟧, ⟦S|2700 Ferney St⟧, ⟦C|Dearborn⟧ ⟦Z|48120⟧; phone ⟦P|313-555-0158⟧; ⟦E|jaberl@dearbornschools-example.org⟧
Children: ⟦N|Ali Al-Sabahi⟧ (DOB ⟦D|4/11/2088⟧, grade 5) and ⟦N|Noor Al-Sabahi⟧ (DOB ⟦D|1/29/2091⟧, grade 2)
Parent/caregiver: father ⟦N|Fadhl Al-Sabahi⟧; mother ⟦N|Amal Qasem⟧. Home: ⟦S|7741 Kentucky St⟧, ⟦C|Dearborn⟧. Language: Arabic (Yemeni).
Concern: ⟦N|Ali⟧ disclosed to his teacher Ms. ⟦N|Renee Kowalski⟧ this morning that his father hit him with a belt last night; bruising seen by school nurse ⟦N|Hiba Saad⟧, RN, on back and left upper arm (photographed per policy). ⟦N|Noor⟧ not interviewed. Both children present at school 25 of 30 days; both wearing summer clothes in ⟦D|February⟧.
Prior: no known reports. Family arrived ⟦D|2097⟧, resettled by ⟦O|ACCESS⟧ (case worker ⟦N|Hussein Bazzi⟧).
Law enforcement: ⟦O|Dearborn Police Department⟧ school resource officer Cpl. ⟦N|M. Sareini⟧ informed.
Children's PCP: ⟦H|ACCESS Community Health & Research Center⟧, Dr. ⟦N|Nawal Fakhoury⟧.
`);

note("child-abuse-peds-consult", `
Child Protection Team Consultation
⟦H|Children's of Alabama⟧ — ⟦S|1600 7th Ave S⟧, ⟦C|Birmingham⟧, ⟦STATE|AL⟧ ⟦Z|35233⟧
Date: ⟦D|13 Nov 2099⟧   Patient: ⟦N|Kingston Moore⟧, 4 mo   DOB ⟦D|07/09/2099⟧   MRN ⟦M|COA-5504471⟧
Requested by: PICU attending Dr. ⟦N|Seth Halloran⟧. ⟦O|Jefferson County Department of Human Resources⟧ worker ⟦N|Latoya Peebles⟧ (⟦P|205-555-0133⟧), case ⟦I|JC-99-04418⟧; ⟦O|Birmingham Police⟧ Crimes Against Children Det. ⟦N|Aaron Gilliland⟧.
History (from mother ⟦N|Destiny Moore⟧, 20, and her partner ⟦N|Tyrell Banks⟧, 24, interviewed separately): infant "went limp" on the bottle at 06:30 at their home, ⟦S|1219 Tuscaloosa Ave SW⟧, Apt B. Daytime care at ⟦O|Precious Jewels Home Daycare⟧ (provider ⟦N|Bernice Upshaw⟧), ⟦C|Bessemer⟧.
Findings: bilateral subdural hemorrhages of differing density, extensive multilayered retinal hemorrhages (ophthalmology Dr. ⟦N|Elena Kostova⟧), posterior rib fractures 5–7 left with callus on skeletal survey ⟦D|11/12⟧. No bleeding disorder (PT/PTT, VWF normal; hematology Dr. ⟦N|Ramesh Pillai⟧).
Assessment: findings diagnostic of abusive head trauma with older healing fractures; the history given does not explain them.
Recommendations: skeletal survey repeat in 2 weeks (⟦D|11/26/99⟧); screen twin sibling ⟦N|Kaliyah Moore⟧ (at ⟦O|Precious Jewels⟧ today) with exam and skeletal survey; safety plan per DHR; forensic interview not applicable.
⟦N|Whitney Aldridge-Coleman⟧, MD, Child Abuse Pediatrics   pager ⟦P|205-555-0111⟧
`);

note("concussion-return-to-learn", `
Concussion Clinic — Return to Learn / Return to Play
⟦H|Blank Children's Hospital⟧ Sports Medicine, ⟦C|Des Moines⟧, ⟦STATE|Iowa⟧
⟦DAY|Monday⟧ ⟦D|9/28/2099⟧
To: ⟦O|Roosevelt High School⟧ (⟦O|Des Moines Public Schools⟧) — counselor Mr. ⟦N|Jorge Villalobos⟧; athletic trainer ⟦N|Kasey Vandermeulen⟧, ATC; Coach ⟦N|Ty Brekke⟧
Student: ⟦N|Ngoc Anh (Annie) Huynh⟧, DOB ⟦D|12/1/2082⟧, grade 11, volleyball
Injury: ⟦D|9/19/2099⟧, head-to-floor at a tournament at ⟦O|Valley High School⟧; seen at ⟦H|MercyOne Des Moines⟧ ED, CT not done.
Today: symptom score 12 (from 41), SCAT6 balance errors 3. ImPACT ⟦D|9/28⟧: verbal memory 78 (baseline 88 on ⟦D|8/14/98⟧).
School accommodations (until ⟦D|10/9⟧): half days this week; no tests or quizzes; class notes provided; may rest in nurse's office; no band or PE; screen breaks; elevator pass.
Sports: no practice or play. Begin stepwise return-to-play only when symptom-free at school full days and cleared in clinic.
Next visit ⟦D|10/5⟧. Questions: ⟦N|Claire Osterhout⟧, MD, CAQSM, ⟦P|515-555-0161⟧ / ⟦U|https://www.unitypoint-example.org/blank-concussion⟧
Parent: ⟦N|Thuy Huynh⟧ ⟦P|515-555-0199⟧.
`);

note("immunization-exclusion-letter", `
⟦O|Yakima School District⟧ — Health Services
⟦S|104 N 4th Ave⟧, ⟦C|Yakima⟧, ⟦STATE|WA⟧ ⟦Z|98902⟧ · ⟦P|509-555-0120⟧

⟦D|October 30, 2099⟧

To the parent/guardian of ⟦N|Esteban Ríos Cárdenas⟧ (student # ⟦I|YSD-66044718⟧), ⟦O|Garfield Elementary⟧, Grade 1, Room 12

Washington law (RCW 28A.210) requires proof of immunization or a certificate of exemption. Our records and the Washington State Immunization Information System (IIS ID ⟦I|WA-44718203⟧) show that ⟦N|Esteban⟧ is missing:
   • DTaP dose 5 (due at 4–6 years)
   • IPV dose 4
   • MMR dose 2 and Varicella dose 2
Unless we receive proof of these vaccines, or a medical exemption signed by a health care provider, by ⟦D|November 13, 2099⟧, ⟦N|Esteban⟧ will be excluded from school beginning ⟦DAY|Monday⟧, ⟦D|November 16⟧.
Free vaccines: ⟦H|Yakima Valley Farm Workers Clinic⟧ (⟦P|509-555-0148⟧) or ⟦O|Yakima Health District⟧, ⟦S|1210 Ahtanum Ridge Dr⟧, ⟦C|Union Gap⟧.
Para español llame a ⟦N|Guadalupe Mendoza⟧, enlace familiar, ⟦P|509-555-0173⟧.
Sincerely,
⟦N|Hollis Grandbois⟧, RN, District Nurse Coordinator
cc: Principal ⟦N|Angela Zapata⟧; parent ⟦N|Marisela Cárdenas⟧, ⟦S|906 S 5th Ave⟧ Apt 3, ⟦C|Yakima⟧
`);

note("adolescent-confidential-albuquerque", `
Adolescent Confidential Visit — ⟦H|UNM Hospital⟧ adolescent clinic, ⟦C|Albuquerque⟧
Date: ⟦D|Aug. 3, 2099⟧ · Patient: ⟦N|Kai Benally⟧ (chosen name; legal name ⟦N|Kaylee Benally⟧) · DOB ⟦D|2/16/2083⟧ · MRN ⟦M|UNM-0447182-3⟧
Seen alone (confidential portion) after mother ⟦N|Rhonda Benally⟧ stepped out. Patient lives in ⟦C|Gallup⟧ with mom and great-grandmother ⟦N|Mary Louise Tso⟧, ⟦A|94⟧, in ⟦LO|McKinley County⟧; attends ⟦O|Gallup High School⟧ (⟦O|Gallup-McKinley County Schools⟧), junior.
HEADSS: uses he/him at school with friends, not yet with family; bullied in the locker room last spring; PHQ-A 16, denies plan or intent (C-SSRS screen negative); no substance use; not sexually active.
Plan: confidential referral to ⟦H|UNM Truman Health Services⟧ adolescent gender program and therapist Dr. ⟦N|Ana Lucero⟧; sertraline 25 mg discussed — patient prefers therapy first; safety plan and crisis line. School counselor ⟦N|Wilbert Yazzie⟧ may be contacted only with the patient's consent (declined today).
Follow-up ⟦D|8/17⟧ by telehealth from ⟦H|Gallup Indian Medical Center⟧ (the patient's preferred site). Phone on file (patient's own): ⟦P|505-555-0166⟧.
⟦N|Theresa Montaño⟧, MD, Adolescent Medicine
`);

note("teacher-call-adhd", `
Telephone encounter — ⟦H|Atrium Health Levine Children's⟧ Developmental Pediatrics, ⟦C|Charlotte⟧
⟦D|11/4/2099⟧ 2:55 pm. Call from teacher with parent's written consent on file (ROI signed ⟦D|9/2/2099⟧).
Caller: Ms. ⟦N|Brittany Szymanski⟧, 4th grade teacher, ⟦O|Billingsville Leadership Academy⟧ (⟦O|Charlotte-Mecklenburg Schools⟧), ⟦P|980-555-0117⟧.
Student: ⟦N|Jaden Pettiford⟧, DOB ⟦D|07/21/2089⟧, MRN ⟦M|LC-60447182⟧.
Teacher reports ⟦N|Jaden⟧ is "a different kid" in the mornings since starting Concerta 27 mg in ⟦D|October⟧, but falls apart after 1:30 (crying, out of seat). Lunch mostly uneaten. EC teacher Mr. ⟦N|Oyelaran⟧ notices the same.
Discussed with Dr. ⟦N|Felicia Ambrose-Kim⟧: add methylphenidate IR 5 mg at 12:30 given by school nurse ⟦N|Donna Hatcher⟧ (medication authorization form to be faxed to ⟦F|980-555-0121⟧); appetite plan — big breakfast, snack at 3.
Called mother ⟦N|Shanice Pettiford⟧ (⟦P|704-555-0142⟧) who agrees; grandfather ⟦N|Earl Pettiford⟧ picks up after school on ⟦DAY|Tuesdays⟧.
— ⟦N|K. Moua⟧, RN
`);

note("cardiac-discharge-to-school", `
School Re-entry Letter after Cardiac Surgery
⟦H|Monroe Carell Jr. Children's Hospital at Vanderbilt⟧ · Pediatric Heart Institute · ⟦S|2200 Children's Way⟧, ⟦C|Nashville⟧ ⟦STATE|TN⟧ ⟦Z|37232⟧

⟦D|March 3, 2099⟧

To: School nurse and teachers, ⟦O|Blackman Middle School⟧ (⟦O|Rutherford County Schools⟧), ⟦C|Murfreesboro⟧

⟦N|Ella-Grace Whitfield⟧ (date of birth ⟦D|1/8/2087⟧) had surgical repair of an anomalous aortic origin of the right coronary artery on ⟦D|February 19, 2099⟧ by Dr. ⟦N|Hiroshi Nakagawa⟧. She was discharged ⟦D|2/26⟧ and may return to school on ⟦D|3/9/2099⟧ with these limits until cleared:
 • No lifting > 10 lb, no backpack heavier than 5 lb (second set of books at home, please); elevator pass.
 • No PE, recess running, band (she plays clarinet) or cheer until her 6-week visit on ⟦D|4/2/2099⟧.
 • Sternal precautions: no pushing or pulling with arms; she may be pushed in a wheelchair for fire drills.
 • Aspirin 81 mg daily at home.
Call 911 and her parents for chest pain, fainting, or shortness of breath. An AED is required on her field trips.
Parents: ⟦N|Wade⟧ and ⟦N|Christy Whitfield⟧, ⟦P|615-555-0119⟧. Cardiologist: Dr. ⟦N|Marisol Arguello⟧, ⟦P|615-555-0185⟧.
⟦N|Stephanie Rudd⟧, MSN, CPNP-AC, Cardiac Surgery
`);

note("chip-pa-growth-hormone", `
Prior Authorization Request — Growth Hormone (somatropin)
Plan: ⟦O|Florida Healthy Kids⟧ (CHIP) administered by ⟦O|Sunshine Health⟧ · Fax to ⟦F|866-555-0134⟧ · PA line ⟦P|866-555-0135⟧
Member: ⟦N|Santiago Olivera-Batista⟧   DOB ⟦D|05/03/2089⟧   Member ID ⟦HP|FHK-770447182⟧   Group ⟦HP|FHK-MIA-02⟧
Address: ⟦S|1455 NW 17th Ave⟧, Apt 9, ⟦C|Miami⟧, ⟦STATE|FL⟧ ⟦Z|33125⟧ · Parent: ⟦N|Yamilé Batista⟧, ⟦P|305-555-0126⟧
Prescriber: ⟦N|Alejandro Fuentes-Marin⟧, MD, Pediatric Endocrinology, ⟦H|Nicklaus Children's Hospital⟧, ⟦S|3100 SW 62nd Ave⟧, ⟦C|Miami⟧ ⟦Z|33155⟧ · NPI ⟦I|1558447182⟧ · DEA ⟦I|BF4471826⟧ · phone ⟦P|305-555-0177⟧
Diagnosis: E23.0 growth hormone deficiency (isolated).
Supporting data: height 126.1 cm at 10 y 1 mo (−2.6 SD) on ⟦D|06/02/2099⟧; growth velocity 3.9 cm/yr (⟦D|6/2098⟧–⟦D|6/2099⟧); bone age 8 y (⟦D|5/15/2099⟧); peak GH 4.2 ng/mL on arginine and 5.1 on glucagon (stimulation test ⟦D|5/28/2099⟧ at ⟦H|Nicklaus Children's⟧ day hospital); IGF-1 62 ng/mL; MRI pituitary ⟦D|6/9/2099⟧ small anterior pituitary, normal stalk.
Requested: somatropin 0.24 mg/kg/week, pen device, 12 months; specialty pharmacy ⟦O|CVS Specialty⟧.
Previous request ⟦I|PA-99-0558127⟧ denied ⟦D|6/20/99⟧ for missing second stim test — now attached.
Contact for peer-to-peer: ⟦N|Lourdes Estévez⟧, RN, ⟦E|lestevez@nicklaus-example.org⟧, ⟦P|305-555-0178⟧
Signature: ⟦N|A. Fuentes-Marin⟧, MD   Date: ⟦D|06/24/2099⟧
`);

note("newborn-screen-followup", `
Newborn Screening Follow-up — ⟦O|Mississippi State Department of Health⟧ Genetic Screening Program
Abnormal result notification, ⟦DAY|Friday⟧ ⟦D|12/11/2099⟧ → call log
Infant: Baby Boy ⟦N|Funchess⟧ (⟦N|Amari Funchess⟧)   DOB ⟦D|12/06/2099⟧   Birth hospital: ⟦H|Merit Health Central⟧, ⟦C|Jackson⟧
NBS specimen # ⟦I|MS-99-1204471⟧   Result: FS (hemoglobin F and S, no A) — presumptive sickle cell disease (Hb SS)
Mother: ⟦N|Keondra Funchess⟧, 22, ⟦S|318 Eastview St⟧, ⟦C|Jackson⟧ ⟦STATE|MS⟧ ⟦Z|39209⟧, ⟦P|601-555-0191⟧; father ⟦N|Darnell Hubbard⟧.
PCP of record: ⟦H|Jackson-Hinds Comprehensive Health Center⟧, Dr. ⟦N|Obiageli Nwosu⟧ (⟦P|601-555-0108⟧).
10:20 called mother, no answer; voicemail.
11:05 called PCP office, spoke with nurse ⟦N|Tammy Lofton⟧; they will call family today.
14:30 mother called back; told of result by ⟦N|Vivian Greer⟧, RN; appointment with ⟦H|Children's of Mississippi⟧ sickle cell clinic (Dr. ⟦N|Chidi Anyanwu⟧) ⟦DAY|Tuesday⟧ ⟦D|12/15⟧ at 9:00 for confirmation (Hb electrophoresis) and penicillin prophylaxis. Medicaid (⟦O|Magnolia Health⟧) newborn ID pending — mother's ID ⟦HP|MS0447182691⟧.
Sibling ⟦N|Zuri Funchess⟧, 3, has sickle trait per her ⟦D|2096⟧ screen; attends ⟦O|Friends of Children of Mississippi Head Start⟧.
Case closed to clinic ⟦D|12/15/99⟧. — ⟦N|VG⟧
`);

note("complex-care-huddle", `
Complex Care Team Huddle — ⟦H|Phoenix Children's⟧, ⟦C|Phoenix⟧
⟦DAY|Thursday⟧, ⟦D|January 21, 2099⟧ 08:00 · Facilitator: Dr. ⟦N|Rachel Ben-David⟧ · Scribe: ⟦N|Marcus Antwi⟧, MSW

1. ⟦N|Isaiah Tohee⟧ (MRN ⟦M|PCH-1044718⟧), 6 y, trach/vent: home nursing gap nights — agency ⟦O|Angels of Care Pediatric Home Health⟧ short-staffed; mother ⟦N|Renae Tohee⟧ sleeping 3 h. Action: ⟦N|Marcus⟧ to call DDD support coordinator ⟦N|Felipe Ornelas⟧ (⟦P|602-555-0186⟧) for respite. Vent serial ⟦DEV|TRL-44718-AZ⟧ recall checked: not affected.
2. ⟦N|Lupe Sánchez-Vega⟧ (MRN ⟦M|PCH-1051192⟧), 11 y, Duchenne: school (⟦O|Desert Sky Middle School⟧, ⟦O|Deer Valley Unified⟧) refuses wheelchair on field trip bus. Action: letter from Dr. ⟦N|Ben-David⟧ to principal Mr. ⟦N|Carl Henningsen⟧; cc ⟦O|Arizona Center for Disability Law⟧.
3. ⟦N|Brooklyn Hale⟧ (MRN ⟦M|PCH-0990447⟧), 3 y, short gut on TPN: foster placement through ⟦O|Arizona Department of Child Safety⟧ (DCS specialist ⟦N|Tonya Ruelas⟧, ⟦E|truelas@azdcs-example.gov⟧). Foster parents ⟦N|Jim⟧ and ⟦N|Karen Albrecht⟧ in ⟦C|Tempe⟧ completed line-care training ⟦D|1/19⟧. Court hearing ⟦D|2/4/2099⟧, ⟦O|Maricopa County Juvenile Court⟧ JD ⟦I|JD-544718⟧.
4. ⟦N|Nguyen Thi Mai⟧ (MRN ⟦M|PCH-1102338⟧), 15 y, cerebral palsy, G-tube: transition to adult care at 18; ⟦O|AHCCCS⟧ ALTCS renewal due ⟦D|03/31/2099⟧ (ID ⟦HP|A77044718⟧).
5. ⟦N|Zayden Whitehorse⟧ (MRN ⟦M|PCH-1120476⟧), 8 y, SMA type 2 on nusinersen: next intrathecal dose ⟦D|2/11/2099⟧; school nurse ⟦N|Debra Quintana⟧ (⟦O|Kyrene School District⟧, ⟦P|480-555-0147⟧) requests updated emergency plan.
Next huddle ⟦D|1/28⟧.
`);

note("kawasaki-followup-hawaii", `
Pediatric Cardiology Clinic Note — ⟦H|Kapiʻolani Medical Center for Women & Children⟧, ⟦C|Honolulu⟧ (outreach clinic at ⟦H|Hilo Medical Center⟧)
Visit: ⟦D|4.2.99⟧ · Patient: ⟦N|Keanu Kahananui⟧ · DOB ⟦D|8.30.94⟧ · MRN ⟦M|KMC-4470182⟧ · ⟦O|HMSA⟧ QUEST ID ⟦HP|QI447182036⟧
Referring: ⟦N|Leilani Akana⟧, MD, ⟦H|Bay Clinic⟧ ⟦C|Hilo⟧
History: Kawasaki disease ⟦D|Feb 2099⟧ (fever 7 days, conjunctivitis, strawberry tongue), IVIG 2 g/kg and high-dose aspirin at ⟦H|Kapiʻolani⟧ ⟦D|2/14⟧; flown from ⟦C|Hilo⟧ by ⟦O|Hawaii Life Flight⟧.
Echo today (sonographer ⟦N|Malia Kekumu⟧): LAD Z-score +2.1 (was +2.6 on ⟦D|2/20⟧), RCA +1.4, no aneurysm, normal function.
Plan: low-dose aspirin until 8-week echo ⟦D|Apr 30⟧; no live vaccines (MMR, varicella) for 11 months after IVIG — letter to preschool ⟦O|Keaukaha Elementary⟧ pre-K and to ⟦O|Hawaii Department of Health⟧ immunization branch (school form 14).
Mother ⟦N|Kehaulani Kahananui⟧ reports Reye syndrome education received; influenza vaccine given today (lot ⟦DEV|FL0447Q⟧).
— ⟦N|Elliot Nakamura⟧, MD
`);

note("school-health-office-anchorage", `
Health Office Daily Log — ⟦O|Anchorage School District⟧, ⟦O|Tyson Elementary⟧
Date: ⟦D|Nov 18, 2099⟧ · Nurse: ⟦N|Mary Agnes Kameroff⟧, RN · Health aide: ⟦N|Sione Latu⟧
08:10 ⟦N|Nanuk Kasayulie⟧ (3rd) — ear pain since weekend, T 99.4. Mom ⟦N|Rita Kasayulie⟧ called (⟦P|907-555-0157⟧); has appt at ⟦H|Alaska Native Medical Center⟧ pediatrics 13:00.
08:45 ⟦N|Pov Chhim⟧ (5th) — glucose 248 pre-snack, ketones negative; correction per DMMP. Texted dad ⟦N|Sokha Chhim⟧.
09:30 ⟦N|Isabella Tuiasosopo⟧ (K) — wet pants, clothes from the closet, note home.
10:15 ⟦N|Grace Amos⟧ (2nd) — arrived from ⟦C|Bethel⟧ last week, no records. Asked family to sign release for ⟦H|Yukon-Kuskokwim Delta Regional Hospital⟧ immunization records (fax ⟦F|907-555-0198⟧). Grandmother ⟦N|Evelyn Amos⟧ is guardian (papers from ⟦O|Office of Children's Services⟧ ⟦C|Bethel⟧ field office, worker ⟦N|Jolene Twitchell⟧).
11:50 ⟦N|Mateo Ruiz-Alaniz⟧ (4th) — nosebleed in gym, 10 min pressure, resolved. Teacher Mr. ⟦N|Haugland⟧ informed.
12:05 ⟦N|Leilani Yazzie-Oxereok⟧ (1st) — fell off monkey bars, small bump R forehead, no LOC; head injury letter home, dad ⟦N|Marvin Oxereok⟧ ⟦P|907-555-0122⟧ notified.
12:30 Lunch-time meds: ⟦N|Pov Chhim⟧ (insulin via pen), ⟦N|Jordan Black⟧ (guanfacine), ⟦N|Ahanu Frank⟧ (cetirizine).
14:05 ⟦N|Nanuk Kasayulie⟧ picked up by ⟦N|Rita⟧ at 12:35 (signed out).
Vision/hearing rescreens for 3rd grade: ⟦D|12/2⟧. Flu clinic with ⟦O|Anchorage Health Department⟧ ⟦D|12/9⟧.
⟦N|M.A.K.⟧
`);

note("head-start-screening", `
⟦O|Fresno County Economic Opportunities Commission⟧ Head Start 0-5 — Health and Developmental Screening Summary
Center: ⟦O|Lafayette Head Start⟧, ⟦S|1250 E Lafayette Ave⟧, ⟦C|Fresno⟧ ⟦STATE|CA⟧ ⟦Z|93703⟧ · Program year ⟦D|2099⟧–⟦D|2100⟧
Child: ⟦N|Xiong, Pa Nhia⟧   Birth date ⟦D|2/19/2095⟧   ChildPlus ID ⟦I|CP-0447182⟧
Family: mother ⟦N|Youa Vang⟧, father ⟦N|Chue Xiong⟧; home language Hmong; family advocate ⟦N|Maria Elena Soto⟧.
Medical home: ⟦H|United Health Centers⟧ ⟦C|Parlier⟧, Dr. ⟦N|Gurpreet Sandhu⟧; last well-child ⟦D|Aug 27, 2099⟧. Medi-Cal ⟦O|CalViva Health⟧ CIN ⟦HP|94471826A⟧.
Dental home: ⟦H|Clinica Sierra Vista⟧ dental; exam ⟦D|9/15/2099⟧ — 3 caries, fluoride varnish; treatment under GA referred to ⟦H|Valley Children's Hospital⟧ ⟦C|Madera⟧.
Screens (within 45 days): hearing pass both ears ⟦D|9/20⟧; vision (SPOT) refer — astigmatism, referral to ⟦O|Fresno Eye Care Clinic⟧; ASQ-3 communication monitoring zone (Hmong/English); ASQ:SE-2 pass. Lead: 6 µg/dL ⟦D|8/2099⟧ — repeat and home assessment by ⟦O|Fresno County Department of Public Health⟧ CLPPP.
Immunizations: up to date per CAIR (ID ⟦I|0047718204⟧) except influenza.
Nutrition: BMI 85th–95th percentile; WIC at ⟦O|Fresno EOC WIC⟧.
Health manager: ⟦N|Kalia Lor⟧, RN · ⟦P|559-555-0139⟧ · ⟦E|klor@fresnoeoc-example.org⟧ · ⟦D|10/02/2099⟧
`);

note("chronic-absence-coordination", `
School–Clinic Coordination Note (chronic absence, asthma)
⟦H|Sixteenth Street Community Health Centers⟧ – ⟦H|Parkway Clinic⟧, ⟦C|Milwaukee⟧, ⟦STATE|WI⟧
⟦D|1/14/2099⟧ · ⟦N|Nayeli Cortés⟧, CHW, with consent signed by mother (ROI to school, exp ⟦D|1/14/2100⟧)
Patient: ⟦N|Jeremiah Lockhart⟧, 9, DOB ⟦D|June 3, 2089⟧, MRN ⟦M|SSCHC-204471⟧, ⟦O|BadgerCare Plus⟧ HMO ⟦O|iCare⟧ ID ⟦HP|BC4471826019⟧
School: ⟦O|Hopkins Lloyd Community School⟧, ⟦O|Milwaukee Public Schools⟧ — 19 absences this semester (attendance from social worker Ms. ⟦N|Imani Blackwell⟧, ⟦P|414-555-0125⟧).
Reasons per mother ⟦N|Crystal Lockhart⟧: asthma flares (ED at ⟦H|Children's Wisconsin⟧ ⟦D|11/2⟧ and ⟦D|12/19⟧), no inhaler at school since ⟦D|October⟧, mold in the rental at ⟦S|2915 N 24th Pl⟧ (landlord ⟦O|Brewtown Property Management LLC⟧).
Actions today:
 1. Asthma action plan signed by Dr. ⟦N|Teodoro Villanueva⟧ faxed to school nurse ⟦N|Joanne Schaefer⟧, RN, fax ⟦F|414-555-0163⟧; spacer and albuterol for school dispensed by ⟦O|Walgreens⟧ #⟦I|04471⟧.
 2. Referral to ⟦O|Milwaukee Health Department⟧ Home Environmental Health (healthy homes inspection) — ref ⟦I|MHD-HH-99-0447⟧.
 3. Legal referral ⟦O|Legal Aid Society of Milwaukee⟧ for repairs.
 4. Sister ⟦N|Aubree Lockhart⟧ (4, ⟦O|Next Door Foundation Head Start⟧) also wheezing — appointment ⟦D|1/20⟧.
Follow-up call ⟦D|1/28/99⟧ with Ms. ⟦N|Blackwell⟧ for attendance.
`);

note("casa-court-medical-summary", `
⟦O|Richmond CASA⟧ — Court Appointed Special Advocate Report, Medical and Educational Summary
In re: ⟦N|K.J.⟧ and ⟦N|T.J.⟧ (⟦N|Kayden Jefferson⟧, DOB ⟦D|3/9/2092⟧; ⟦N|Tiana Jefferson⟧, DOB ⟦D|10/27/2095⟧)
⟦O|Richmond Juvenile and Domestic Relations District Court⟧, Case Nos. ⟦I|JJ044718-01-00⟧ and ⟦I|JJ044719-01-00⟧
Hearing ⟦D|September 8, 2099⟧ before Judge ⟦N|Harold W. Pettaway⟧ · Report date ⟦D|9/1/2099⟧
CASA volunteer: ⟦N|Diane Rosenbaum⟧ · Supervisor: ⟦N|Terrence Mayfield⟧, ⟦P|804-555-0179⟧
Placement: foster home of ⟦N|Gloria⟧ and ⟦N|Reginald Epps⟧, ⟦C|Henrico⟧ (since ⟦D|11/17/2098⟧), through ⟦O|Richmond Department of Social Services⟧ (worker ⟦N|Ashley Crump⟧).
⟦N|Kayden⟧ (7): records from ⟦H|VCU Health Children's Hospital of Richmond⟧ show an ADHD diagnosis (Dr. ⟦N|Pamela Nwosu-Grant⟧, ⟦D|2/2099⟧) and asthma; two ED visits in ⟦D|2098⟧ while with mother. Now on guanfacine and a controller inhaler; no ED visits since placement. He attends ⟦O|Longan Elementary⟧ (⟦O|Henrico County Public Schools⟧), 2nd grade, with an IEP for speech (case manager Mrs. ⟦N|Ojeda⟧); teacher reports progress.
⟦N|Tiana⟧ (3): developmental evaluation by ⟦O|Infant & Toddler Connection of Richmond⟧ ⟦D|4/12/99⟧ found delays in speech; receives speech therapy at ⟦O|Bright Horizons at Innsbrook⟧ daycare twice monthly. Dental exam done ⟦D|8/5/2099⟧ at ⟦H|Capital Area Health Network⟧.
Mother ⟦N|Shayla Jefferson⟧ attends visits at the agency ⟦DAY|Wednesdays⟧; her last drug screen ⟦D|8/20⟧ was negative. Father ⟦N|Kevin Tate⟧ (⟦N|Tiana⟧'s father) incarcerated at ⟦LO|Sussex I State Prison⟧.
Recommendation: continue placement; ensure both children keep their current medical homes.
`);

note("cochlear-implant-school-letter", `
⟦H|Duke Children's⟧ Hearing Center · ⟦H|Duke University Hospital⟧ · ⟦C|Durham⟧, ⟦STATE|NC⟧
⟦D|08-17-2099⟧

To: ⟦O|Durham Public Schools⟧ Exceptional Children Department, and Ms. ⟦N|Rashida Greenlee⟧, Teacher of the Deaf and Hard of Hearing, ⟦O|Hope Valley Elementary⟧

Re: ⟦N|Oluwaseun "Seun" Adebisi⟧, date of birth ⟦D|01/26/2094⟧, Duke MRN ⟦M|D4471826⟧

⟦N|Seun⟧ received a right cochlear implant (Cochlear Nucleus CI632, implant serial ⟦DEV|CI632-4471826⟧; processor Nucleus 8, serial ⟦DEV|N8-55104471⟧) on ⟦D|July 1, 2099⟧ by Dr. ⟦N|Kofi Asante-Mensah⟧ and was activated on ⟦D|July 22⟧. He continues to use a hearing aid on the left (Phonak Sky, serial ⟦DEV|PK-2291447⟧).
For the ⟦D|2099⟧–⟦D|2100⟧ school year we recommend: a remote microphone system (Roger) paired to both devices; preferential seating; captioned media; a listening check each morning by staff trained by the school's educational audiologist Dr. ⟦N|Megan Schuyler⟧; spare batteries at school; and continued speech-language therapy (3×30 min/week). Please keep the implant away from static (slides) and contact sports with head impact.
Mapping visits: ⟦D|9/2/99⟧ and ⟦D|10/14/99⟧. Questions: ⟦N|Caroline Whitt⟧, AuD, CCC-A · ⟦P|919-555-0152⟧ · ⟦E|caroline.whitt@duke-example.edu⟧
Parents: ⟦N|Folake⟧ and ⟦N|Adewale Adebisi⟧ · ⟦P|919-555-0187⟧ · ⟦S|5208 Revere Rd⟧, ⟦C|Durham⟧ ⟦Z|27713⟧
`);

note("phone-message-grandparent", `
PHONE MESSAGE — Pediatric Pulmonary, ⟦H|Hasbro Children's Hospital⟧, ⟦C|Providence⟧
For: Dr. ⟦N|Okafor⟧ / Nurse ⟦N|Teixeira⟧   Taken by: ⟦N|Jess⟧ (front desk)   ⟦D|6/9⟧ 11:40
From: ⟦N|Maria da Conceição Furtado⟧ (grandmother, legal guardian since ⟦D|2097⟧) re ⟦N|Tiago Furtado⟧ DOB ⟦D|4/4/2088⟧ CF pt, MRN ⟦M|HCH-30447182⟧
Call back: ⟦P|(401) 555-0114⟧ (home) or ⟦P|401-555-0168⟧ (daughter ⟦N|Sónia⟧, speaks English)
Message: ⟦N|Tiago⟧'s vest (SmartVest serial ⟦DEV|SV-44718-RI⟧) stopped working last night; company ⟦O|Electromed⟧ says needs new order. Also camp ⟦O|Camp Sunrise Bay⟧ needs the medical form signed by ⟦D|6/15⟧ — she will drop it off. School (⟦O|Nathanael Greene Middle School⟧) asking for summer enzyme letter.
☐ urgent ☑ call back today
`);
write();
