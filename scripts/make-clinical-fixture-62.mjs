// Why this file exists: builds test/fixtures/clinical-notes-62.jsonl, a sixty-second labelled set of clinical texts
// written by hand in stop 60 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 59 and 60's generators, fixture-io.mjs, test/clinical-notes-60.test.ts and the
// opening comments of the other generators were read for the form and the labels; fixture 61, written blind at the
// same time by another helper, was not read), in the register of CORRECTIONAL AND DETENTION HEALTH: county jail intake
// screenings and booking medical forms, state prison sick-call slips and chronic care notes, infirmary rounds, mental
// health segregation (restrictive housing) rounds, medication administration records with housing units, transfers
// and off-site transports to community hospitals with officers and badge numbers, a hospital guard log, court-ordered
// competency evaluations and restoration reports (docket numbers, judges, public defenders, prosecutors), juvenile
// detention intake, immigration detention medical records (A-numbers), release and re-entry discharge plans (community
// clinics, parole and probation officers), grievance responses, a correctional health contractor's utilisation review,
// telehealth consults (HIV, hepatitis C, psychiatry), a hunger strike monitoring note, a use-of-force medical
// assessment, a suicide watch log, a pregnant inmate's OB referral, a dental sick call, a death-in-custody notification,
// a compassionate release medical summary (an inmate over 89), a records request from a public defender, an MAT/MOUD
// continuation, a TB clearance, an inmate's kite and a family's phone message. 10 in ALL CAPS, 10 in lower case, the
// rest (25) mixed.
// Regions (towns invented or real, states real): Chicago, Houston, Galveston and Huntsville (Texas), Phoenix, Mesa,
// Tucson and Florence (Arizona), Chinle (Navajo Nation), Lumpkin, Atlanta, Alto, Gainesville, Cornelia and Clarkesville
// (Georgia), Homestead, Fort Lauderdale and Miramar, Salem and The Dalles and Warm Springs (Oregon), Albuquerque,
// Angola (Louisiana), Charleston and Beckley (West Virginia), Aiea, Waianae and Honolulu, Waynesburg (SCI Greene), San
// Diego, Lincoln, Rapid City, Springfield and Sioux Falls (South Dakota), Minneapolis, Columbus, Milwaukee, Deer Lodge
// and Crow Agency (Montana), Walla Walla and Connell, Pueblo, Denver and Commerce City, Sacramento, Baltimore, Adelanto,
// Eloy, Los Angeles, San Pedro Sula, Rikers Island (New York City), Parchman, Butner, Oxford and Raleigh (North
// Carolina), San Francisco, Vacaville and Stockton, Cheyenne, Anchorage, Bethel and Kwethluk, Jackson and Detroit
// (Michigan), King County (Washington), LaBelle and Uniontown (Pennsylvania), Dilley and Pearsall (Texas), Bessemer,
// Birmingham and Gadsden (Alabama), Nashville and Franklin (Tennessee).
// PHI forms sought: inmates', detainees' and youths' names of many origins (Mexican with two surnames, Guatemalan,
// Honduran, Salvadoran, Haitian, Somali, Nigerian, Vietnamese, Hmong, Marshallese, Native Hawaiian, Navajo, Lakota,
// Polish, Irish, Italian, Cajun, African American, Russian, Ukrainian, Chinese, Korean, Punjabi, Arab); aliases
// ("AKA"); officers (with badge numbers), nurses, physicians, psychologists, psychiatrists, judges, public defenders,
// prosecutors, parole and probation officers, case managers, chaplains and staff initials; dates in every form;
// ages over 89; phones, extensions, faxes, e-mails, URLs, an IP address; jail and hospital MRNs; booking, DOC, SO,
// inmate, SID, FBI, A-numbers, docket and case numbers, grievance, incident and authorisation numbers, badge and NPI
// numbers (ID); Medicaid numbers (HEALTHPLAN); device serials (a glucometer, a CPAP, a transport monitor, an ankle
// monitor, a telehealth cart); user names; addresses of residence, shelters, halfway houses; hospitals, jail clinics
// run as hospitals, community clinics; courts, sheriffs' offices, departments of corrections, contractors, public
// defenders' offices and ICE field offices (ORGANIZATION); jails, prisons, detention centers, work release centers and
// counties (LOCATION-OTHER).
// Hard negatives: drugs (buprenorphine, Suboxone, Sublocade, methadone, naloxone, Narcan, Vivitrol, olanzapine,
// haloperidol, Haldol, Cogentin, lithium, sertraline, isoniazid, rifapentine, Biktarvy, Epclusa, Mavyret, insulin
// glargine, metformin, lisinopril, CIWA/COWS protocol meds, chlordiazepoxide, ibuprofen, KOP meds), scales and tests
// (CIWA-Ar, COWS, PHQ-9, C-SSRS, BPRS, MacCAT-CA, ECST-R, TOMM, QFT, PPD, RPR, HIV viral load, FIB-4, APRI, A1c),
// and the words of the register (KOP, DOT, pill line, sick call, kite, MAR, Ad Seg, SHU, RHU, 15-minute checks,
// suicide smock, sally port, chain bag, CO, Sgt., Lt., medical hold, keep-separate, pod, tier, cell, bunk).
// Labelling follows fixtures 59 and 60: weekdays are `ignored` (DAY), as are states and countries; clock times, lengths
// of stay, sentence lengths and relative dates are left unlabelled; ages under 90 are no PHI, and an age over 89 is the
// number only; clinicians', officers' and staff initials are PHI; titles, ranks (Officer, CO, Sgt., Lt., Deputy),
// degrees, credentials, relations and cue words stay outside the name; housing units (pod, tier, cell, bunk, dorm,
// unit names) are left unlabelled like hospital rooms; hospitals, jail and prison clinics named as care sites,
// infirmaries named as a hospital, community health centers are HOSPITAL; jails, prisons, detention and processing
// centers, juvenile detention centers, halfway houses and counties are LOCATION-OTHER; sheriffs' offices, departments
// of corrections, courts, public defenders' and prosecutors' offices, ICE field offices, contractors, payers,
// pharmacies, labs, transport companies and shelters run by an agency are ORGANIZATION; booking, DOC, SO, inmate, SID,
// FBI numbers, A-numbers, docket, case, grievance, incident, referral and authorisation numbers, badge numbers and
// NPIs are ID; jail and hospital medical record numbers MRN; Medicaid numbers HEALTHPLAN; serials DEVICE; log-ins
// USERNAME; extensions PHONE. Bare agency words ("ICE", "DOC", "the jail", "Medicaid") stay unlabelled, as do statute
// numbers, charges, policy numbers, form numbers and CPT/ICD codes.
// Every person, town, street, organisation, facility and number is invented here (states, large cities and a few large
// agencies and companies are real, named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-60 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-62.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-62.jsonl", "make-clinical-fixture-62");
// ======================================================== ALL CAPS (10) ========================================================

note("jail-intake-caps", `
⟦O|COOK COUNTY SHERIFF'S OFFICE⟧ - ⟦H|CERMAK HEALTH SERVICES⟧ RECEIVING SCREENING   ⟦D|10/13/2099⟧ 01:15
DETAINEE: ⟦N|WASHINGTON, DARNELL LAMONT⟧   AKA "⟦N|D-LO⟧" ⟦N|LAMONT WASHINGTON⟧   BOOKING # ⟦I|2099-1013044⟧   CCDOC IR # ⟦I|2290417⟧
DOB ⟦D|02/14/2071⟧   CERMAK MRN ⟦M|CH-0771842⟧   DIVISION 5, TIER 2E
ARRESTING AGENCY: CPD DISTRICT 011, ARRESTING OFFICER ⟦N|R. KOWALCZYK⟧ STAR # ⟦I|14472⟧
SCREENED BY: ⟦N|ANGELICA BUENROSTRO⟧, RN   PROVIDER REVIEW: ⟦N|SAMUEL OYELARAN⟧, MD
HX: HTN, T2DM ON METFORMIN 1000 BID AND LISINOPRIL 20 (LAST DOSE ⟦D|10/11⟧), ASTHMA. PCP AT ⟦H|PCC COMMUNITY WELLNESS CENTER⟧ (DR. ⟦N|HELEN TRAN-MERRIWEATHER⟧ ⟦P|773-555-0148⟧).
SUBSTANCE: HEROIN/FENTANYL IV DAILY, LAST USE ⟦D|10/12/2099⟧ 20:00. COWS 6 ON ARRIVAL. ON NO MOUD. ALCOHOL DENIED.
MENTAL HEALTH: PRIOR ADMIT ⟦H|MADDEN MENTAL HEALTH CENTER⟧ ⟦D|2096⟧. DENIES SI/HI TODAY. C-SSRS SCREEN NEGATIVE.
VS: BP 168/102, HR 104, T 98.9, SPO2 97%, FSBS 244 (METER SN ⟦DEV|ACCU-4471-90218⟧).
PLAN: MEDICAL HOLD, COWS Q4H, BUPRENORPHINE INDUCTION PER PROTOCOL, RESUME METFORMIN/LISINOPRIL, KOP ALBUTEROL INHALER.
EMERGENCY CONTACT: MOTHER ⟦N|GLORIA WASHINGTON⟧ ⟦P|312-555-0163⟧, ⟦S|5418 S ABERDEEN ST⟧, ⟦C|CHICAGO⟧ ⟦STATE|IL⟧ ⟦Z|60609⟧.
MEDICAID: ⟦O|COUNTYCARE⟧ ID ⟦HP|CC-449017726⟧ (SUSPENDED ON BOOKING).
RN ⟦N|AB⟧ 01:42 / MD ⟦N|SO⟧ 03:10
`);

note("prison-transport-caps", `
⟦O|TEXAS DEPARTMENT OF CRIMINAL JUSTICE⟧ - OFF-SITE TRANSPORT / MEDICAL TRANSFER   ⟦D|13 OCT 2099⟧
OFFENDER: ⟦N|GUERRERO VILLANUEVA, JOSE ANTONIO⟧   TDCJ # ⟦I|02447189⟧   SID # ⟦I|07741902⟧   DOB ⟦D|07/30/2066⟧
UNIT: ⟦LO|ESTELLE UNIT⟧, ⟦C|HUNTSVILLE⟧ - REGIONAL MEDICAL FACILITY, BED 14
DESTINATION: ⟦H|HOSPITAL GALVESTON⟧ (⟦O|UTMB CORRECTIONAL MANAGED CARE⟧), ⟦C|GALVESTON⟧ ⟦STATE|TX⟧
REASON: CHEST PAIN WITH TROPONIN 0.19, ECG LATERAL ST DEPRESSION. CARDIOLOGY CONSULT DR. ⟦N|ANAND SUBRAMANIAM⟧ ACCEPTED 06:20.
TRANSPORT: EMERGENCY VAN #4471, TWO OFFICERS: SGT. ⟦N|BILLY RAY HOLCOMB⟧ BADGE ⟦I|TD-2218⟧, CO III ⟦N|MARISSA OKAFOR⟧ BADGE ⟦I|TD-4407⟧.
RESTRAINTS: HANDCUFFS AND LEG IRONS PER POLICY, REMOVED FROM RIGHT WRIST FOR IV.
MONITOR: ZOLL X SERIES SN ⟦DEV|AR11G044718⟧. O2 2 L NC. ASA 324 MG GIVEN 06:05, NTG X1.
NURSE: ⟦N|PATRICIA LEDOUX⟧, LVN, ACCOMPANYING. REPORT CALLED TO ⟦N|DWAYNE ESPINOZA⟧, RN, ⟦H|JOHN SEALY HOSPITAL⟧ 8TH FLOOR SECURE UNIT ⟦P|409-555-0112⟧.
SECURITY LEVEL: G4. KEEP SEPARATE FROM ⟦N|LUIS⟧ "⟦N|FLACO⟧" ⟦N|ARRENDONDO⟧ (TDCJ # ⟦I|01993047⟧).
NEXT OF KIN NOT NOTIFIED PER POLICY. SISTER ⟦N|YOLANDA GUERRERO⟧ ON FILE ⟦P|936-555-0127⟧.
AUTH # ⟦I|UTMB-CMC-99-118204⟧   SIGNED DR. ⟦N|K. FAIRWEATHER⟧   ⟦D|10/13/99⟧ 06:31
`);

note("competency-eval-caps", `
⟦O|MARICOPA COUNTY SUPERIOR COURT⟧ - RULE 11 PRESCREEN / COMPETENCY EVALUATION
STATE OF ARIZONA V. ⟦N|TSOSIE, RAYMOND BEGAY⟧   CASE NO. ⟦I|CR2099-004471-001⟧   JUDGE: HON. ⟦N|MARGARITA ELIZONDO⟧
DEFENSE: ⟦N|JEFFREY LINDQVIST⟧, DEPUTY PUBLIC DEFENDER, ⟦O|MARICOPA COUNTY PUBLIC DEFENDER'S OFFICE⟧   PROSECUTOR: ⟦N|ALANA WHITFIELD⟧, DCA
DEFENDANT DOB ⟦D|11/03/2074⟧   BOOKING # ⟦I|P447190⟧   HELD AT ⟦LO|LOWER BUCKEYE JAIL⟧, PSYCH UNIT 2
EXAMINER: ⟦N|CHRISTINE ABERNATHY-SOLIS⟧, PH.D., LICENSED PSYCHOLOGIST ⟦I|AZ-4412⟧
DATE OF INTERVIEW: ⟦D|10/11/2099⟧, 2 HOURS, IN PERSON. REPORT DATE ⟦D|10/13/2099⟧.
SOURCES: MINUTE ENTRY ⟦D|09/22/2099⟧, POLICE REPORT DR # ⟦I|99-1770418⟧, ⟦H|CORRECTIONAL HEALTH SERVICES⟧ RECORDS, ⟦H|VALLEYWISE BEHAVIORAL HEALTH CENTER MARYVALE⟧ RECORDS (⟦D|2097⟧-⟦D|2098⟧), COLLATERAL CALL WITH MOTHER ⟦N|LORRAINE TSOSIE⟧ ⟦P|928-555-0185⟧ (⟦C|CHINLE⟧, ⟦LO|NAVAJO NATION⟧).
HISTORY: SCHIZOPHRENIA SINCE AGE 19, MULTIPLE ADMISSIONS. LAST INJECTABLE (HALOPERIDOL DECANOATE) ⟦D|JULY 2099⟧. 
MENTAL STATUS: DISORGANISED, RESPONDING TO INTERNAL STIMULI, BELIEVES JUDGE ⟦N|ELIZONDO⟧ "IS READING MY THOUGHTS".
TESTING: ECST-R ATYPICAL SCALE NOT ELEVATED; TOMM TRIAL 2 = 48.
OPINION: NOT PRESENTLY COMPETENT; SUBSTANTIAL PROBABILITY OF RESTORATION WITHIN 15 MONTHS. RECOMMEND INPATIENT RESTORATION AT ⟦H|ARIZONA STATE HOSPITAL⟧.
⟦N|C. ABERNATHY-SOLIS⟧, PH.D.   ⟦E|CABERNATHY@FORENSICEVAL.EXAMPLE.COM⟧   ⟦P|602-555-0139⟧
`);

note("ice-detention-medical-caps", `
IHSC - ⟦LO|STEWART DETENTION CENTER⟧, ⟦C|LUMPKIN⟧ ⟦STATE|GA⟧ - INITIAL HEALTH ASSESSMENT (14-DAY)
DETAINEE: ⟦N|CHUC MARROQUIN, ELVIRA DE JESUS⟧   A# ⟦I|A 214-771-904⟧   SUBJECT ID ⟦I|447190321⟧   DOB ⟦D|05/19/2082⟧   COUNTRY: ⟦COUNTRY|GUATEMALA⟧
LANGUAGE: K'ICHE' (INTERPRETER ⟦O|LIONBRIDGE⟧ ID ⟦I|77102⟧); SPANISH LIMITED.
BOOK-IN ⟦D|09/30/2099⟧ FROM ⟦O|ATLANTA FIELD OFFICE⟧. PRIOR: ⟦LO|IRWIN COUNTY DETENTION CENTER⟧ (CLOSED), ⟦LO|PORT ISABEL SERVICE PROCESSING CENTER⟧ ⟦D|2097⟧.
ASSESSED BY: ⟦N|GRACE OYELOWO-BRANDT⟧, NP   DATE ⟦D|10/13/2099⟧
HX: LATENT TB (QFT POS ⟦D|10/02/2099⟧), CXR CLEAR. STARTED 3HP (ISONIAZID/RIFAPENTINE) DOT. G3P3, LMP ⟦D|09/20/2099⟧, UPT NEG.
DENTAL: CARIES #19, #30 - DENTAL SICK CALL, DR. ⟦N|NIKOS PAPADAKIS⟧.
FAMILY: SON ⟦N|BRAYAN CHUC⟧ (14) IN ⟦C|HOMESTEAD⟧ ⟦STATE|FL⟧ WITH AUNT ⟦N|ROSA MARROQUIN⟧ ⟦P|786-555-0154⟧.
ATTORNEY: ⟦N|LUCIA FERREIRA-BYRNE⟧, ⟦O|SOUTHERN POVERTY LAW CENTER⟧ ⟦P|404-555-0121⟧.
MEDICAL RECORD # ⟦M|SDC-99-044719⟧. eHR USER ⟦UN|GOYELOWOB⟧.
NEXT: CHRONIC CARE LTBI ⟦D|10/27/2099⟧. HOUSING: DORM 6, BUNK 22B.
`);

note("mar-caps", `
⟦LO|OREGON STATE PENITENTIARY⟧ - MEDICATION ADMINISTRATION RECORD   ⟦D|OCTOBER 2099⟧   PILL LINE: EAST
NAME: ⟦N|HALVORSEN, ERIK JAMES⟧   SID # ⟦I|17740219⟧   DOB ⟦D|01/09/2061⟧   UNIT: D-BLOCK, TIER 3, CELL 317   ALLERGY: PCN
PRESCRIBER: ⟦N|MARGARET OYAMA⟧, MD   PHARMACY: ⟦O|ODOC CENTRAL PHARMACY⟧ ⟦C|SALEM⟧ ⟦P|503-555-0178⟧
MED                          SCHED    ⟦D|10/10⟧   ⟦D|10/11⟧   ⟦D|10/12⟧   ⟦D|10/13⟧
LITHIUM CARB 300 MG PO        0800     ⟦N|KL⟧      ⟦N|KL⟧      REF     ⟦N|DM⟧
LITHIUM CARB 600 MG PO        2000     ⟦N|TW⟧      ⟦N|TW⟧      ⟦N|TW⟧      
OLANZAPINE 10 MG PO (DOT)     2000     ⟦N|TW⟧      ⟦N|TW⟧      ⟦N|TW⟧      
INSULIN GLARGINE 22 U SC      2100     ⟦N|TW⟧      ⟦N|TW⟧      NS      
REFUSAL ⟦D|10/12⟧ 0800: INMATE STATED "NOT TAKING POISON TODAY". COUNSELLED BY ⟦N|K. LINDGREN⟧, RN. REFUSAL FORM SIGNED, WITNESS CO ⟦N|BRANDT⟧.
NO SHOW ⟦D|10/12⟧ 2100: LOCKDOWN (TIER 3). MD ⟦N|OYAMA⟧ NOTIFIED.
LITHIUM LEVEL ⟦D|10/09/2099⟧: 0.7. NEXT LEVEL ⟦D|11/06/2099⟧.
INITIALS: ⟦N|KL⟧ = ⟦N|KAREN LINDGREN⟧, RN; ⟦N|TW⟧ = ⟦N|TERRENCE WOOLRIDGE⟧, LPN; ⟦N|DM⟧ = ⟦N|DIANA MORALES-REYES⟧, RN
`);

note("juvenile-intake-caps", `
⟦LO|BERNALILLO COUNTY YOUTH SERVICES CENTER⟧ - JUVENILE DETENTION MEDICAL INTAKE   ⟦D|10/13/2099⟧ 22:40
YOUTH: ⟦N|ATCITTY, JAYDEN KEE⟧   DOB ⟦D|03/28/2084⟧ (15 Y)   JUVENILE ID ⟦I|YSC-99-3318⟧   CHILDREN'S COURT # ⟦I|D-202-JR-2099-00447⟧
REFERRED BY: ⟦O|ALBUQUERQUE POLICE DEPARTMENT⟧ OFFICER ⟦N|T. VALDEZ⟧ #⟦I|5519⟧
GUARDIAN: GRANDMOTHER ⟦N|EVANGELINE ATCITTY⟧ ⟦P|505-555-0198⟧, ⟦S|417 BRIDGE BLVD SW⟧, ⟦C|ALBUQUERQUE⟧ ⟦STATE|NM⟧ ⟦Z|87105⟧
JPO: ⟦N|DEMETRIUS CHAVEZ⟧, ⟦O|CYFD JUVENILE JUSTICE SERVICES⟧ ⟦P|505-555-0142⟧
SCHOOL: ⟦O|RIO GRANDE HIGH SCHOOL⟧ (IEP). PEDIATRICIAN: ⟦H|FIRST CHOICE COMMUNITY HEALTHCARE SOUTH VALLEY⟧.
SCREENING: MAYSI-2 - SUICIDE IDEATION CAUTION. REPORTS CUTTING LAST ⟦D|AUGUST⟧. CLINICIAN ⟦N|ROSALIND BEGAY⟧, LPCC, CONTACTED 23:10, PLACED ON 15-MIN CHECKS.
INJURY: ABRASION LEFT FOREARM FROM ARREST, CLEANED. NO LOC.
IMMUNISATIONS PER NMSIIS: UP TO DATE EXCEPT HPV #2.
MEDS: NONE. ALLERGIES: NKDA.
NURSE: ⟦N|MARIBEL OTERO⟧, RN   SUPERVISOR LT. ⟦N|GREGORY AGUILAR⟧ NOTIFIED.
`);

note("infirmary-rounds-caps", `
⟦LO|LOUISIANA STATE PENITENTIARY⟧ - ⟦H|R.E. BARROW TREATMENT CENTER⟧ - INFIRMARY ROUNDS   ⟦D|10/13/2099⟧
PHYSICIAN: DR. ⟦N|THEODORE LANDRY⟧   NURSING: ⟦N|CHARMAINE BOUDREAUX⟧, RN
BED  NAME                        DOC #       DX                              PLAN
1    ⟦N|BATISTE, ALPHONSE⟧            ⟦I|119447⟧      ESRD ON HD (MWF, ⟦H|OUR LADY OF THE LAKE⟧)  HD TOMORROW, K 5.4 RECHECK
2    ⟦N|THIBODEAUX, RONALD⟧           ⟦I|228170⟧      HOSPICE - METASTATIC NSCLC            COMFORT, CHAPLAIN REV. ⟦N|MOSES JARREAU⟧ VISITS
3    ⟦N|NGUYEN VAN THANH⟧             ⟦I|401772⟧      CELLULITIS R LEG                       IV CEFAZOLIN DAY 3, WBC 9.1
4    ⟦N|DUPLESSIS, EARL⟧ "⟦N|BOO⟧"        ⟦I|088219⟧      CHF EF 25%                             DIURESE, DAILY WT
5    ⟦N|ROBICHEAUX, TYRONE⟧           ⟦I|517703⟧      POST-OP ORIF ⟦D|10/09⟧ (⟦H|UMC NOLA⟧)       PT, CRUTCHES
NOTES: BED 2 - FAMILY VISIT APPROVED ⟦D|10/15⟧ (WIFE ⟦N|ODETTE THIBODEAUX⟧, DAUGHTER ⟦N|MONIQUE THIBODEAUX-PIERRE⟧). HOSPICE VOLUNTEER ⟦N|CALVIN JOSEPH⟧ (INMATE).
BED 1 - DIALYSIS TRANSPORT ESCORTS SGT. ⟦N|ROUBION⟧, MSGT. ⟦N|LABORDE⟧.
WARDEN'S OFFICE ⟦P|225-555-0190⟧ NOTIFIED OF BED 2 STATUS.
`);

note("use-of-force-caps", `
⟦O|FULTON COUNTY SHERIFF'S OFFICE⟧ - ⟦LO|FULTON COUNTY JAIL⟧ - POST USE OF FORCE MEDICAL ASSESSMENT
INMATE: ⟦N|OKONKWO, CHIDI EMMANUEL⟧   SO # ⟦I|2099-FCJ-771402⟧   DOB ⟦D|08/17/2079⟧   HOUSING: 6 SOUTH, POD 300, CELL 12
INCIDENT # ⟦I|IR-99-10-0447⟧   DATE/TIME ⟦D|10/13/2099⟧ 14:05   LOCATION: 6 SOUTH DAYROOM
OFFICERS INVOLVED: DEP. ⟦N|MARCUS FIELDS⟧ #⟦I|A2714⟧, DEP. ⟦N|SHAUNA PIERCE⟧ #⟦I|A3391⟧, SGT. ⟦N|VICTOR HOANG⟧ #⟦I|S118⟧
FORCE USED: OC SPRAY (ONE BURST), TAKEDOWN, RESTRAINT CHAIR 14:20-16:05.
ASSESSMENT 14:25 BY ⟦N|TAMIKA HOLLOWAY⟧, LPN: OC DECONTAMINATION WITH WATER. 2 CM ABRASION L CHEEK. C/O R SHOULDER PAIN.
RESTRAINT CHAIR CHECKS Q15: CIRCULATION INTACT, VS STABLE (⟦N|TH⟧, ⟦N|JRW⟧).
PROVIDER ⟦N|WINSTON ADEBAYO⟧, PA-C: X-RAY R SHOULDER ORDERED (MOBILE X-RAY ⟦O|MOBILEX⟧), IBUPROFEN 600 MG.
X-RAY ⟦D|10/14/2099⟧: NO FRACTURE. READ BY DR. ⟦N|ISAAC FELDSTEIN⟧.
INMATE STATEMENT: "THEY SLAMMED ME". PHOTOS TAKEN BY CPL. ⟦N|DELGADO⟧. REFERRED TO MENTAL HEALTH ⟦N|JOANNA WREN⟧, LCSW.
VIDEO RETAINED (BWC ⟦DEV|AXON-X44719021⟧).
`);

note("release-plan-caps", `
⟦O|WEST VIRGINIA DIVISION OF CORRECTIONS AND REHABILITATION⟧ - RE-ENTRY MEDICAL DISCHARGE PLAN
NAME: ⟦N|PRUITT, CODY WAYNE⟧   OID # ⟦I|3447190⟧   DOB ⟦D|12/02/2083⟧   FACILITY: ⟦LO|SOUTH CENTRAL REGIONAL JAIL⟧, ⟦C|CHARLESTON⟧
RELEASE DATE: ⟦D|10/16/2099⟧ TO PAROLE. PAROLE OFFICER: ⟦N|DEANNA SHRADER⟧ ⟦P|304-555-0116⟧ (⟦O|WV PAROLE SERVICES⟧ ⟦C|BECKLEY⟧)
RELEASE ADDRESS: ⟦LO|OXFORD HOUSE GREENBRIER⟧, ⟦S|212 MAPLE AVE⟧, ⟦C|BECKLEY⟧ ⟦STATE|WV⟧ ⟦Z|25801⟧
DIAGNOSES: OUD IN EARLY REMISSION ON BUPRENORPHINE (SUBLOCADE 300 MG ⟦D|09/20/2099⟧, NEXT DUE ⟦D|10/20/2099⟧); HEP C (TREATED, SVR12 ⟦D|06/2099⟧); DEPRESSION.
APPOINTMENTS: MOUD - ⟦H|NEW RIVER HEALTH⟧ ⟦C|SCARBROUGH⟧, DR. ⟦N|LENA HUFFMAN⟧ ⟦D|10/18/2099⟧ 10:00 ⟦P|304-555-0133⟧.
PRIMARY CARE - ⟦H|RALEIGH GENERAL HOSPITAL⟧ CLINIC ⟦D|11/02/2099⟧.
MEDICAID: APPLICATION SUBMITTED ⟦D|09/28/2099⟧, ID ⟦HP|WV0044719820⟧ EFFECTIVE ON RELEASE. MCO: ⟦O|AETNA BETTER HEALTH OF WEST VIRGINIA⟧.
NALOXONE KIT GIVEN (2 DOSES). 14-DAY BRIDGE: SERTRALINE 100 MG.
CASE MANAGER: ⟦N|BRITTNEY COLLINS⟧, ⟦O|WEST VIRGINIA COALITION TO END HOMELESSNESS⟧ ⟦E|BCOLLINS@WVCEH.EXAMPLE.ORG⟧
COMPLETED BY ⟦N|ROSEANNE MCCLUNG⟧, RN, DISCHARGE PLANNER   ⟦D|10/13/99⟧
`);

note("death-notification-caps", `
⟦O|CORIZON-SUCCESSOR HEALTH PARTNERS⟧ - NOTIFICATION OF INMATE DEATH (CONFIDENTIAL)   ⟦D|10/13/2099⟧
DECEDENT: ⟦N|KEKAUOHA, DANIEL MALAKAI⟧   INMATE # ⟦I|A0044718⟧   DOB ⟦D|06/06/2069⟧   FACILITY: ⟦LO|HALAWA CORRECTIONAL FACILITY⟧, ⟦C|AIEA⟧ ⟦STATE|HI⟧
TIME FOUND: ⟦D|10/13/2099⟧ 04:12, MODULE 2, CELL 8 (SINGLE CELL), BY ACO ⟦N|LEILANI PAHIA⟧ ON SECURITY ROUNDS.
RESPONSE: CODE BLUE 04:13, CPR BY ACO ⟦N|PAHIA⟧ AND ACO ⟦N|DUSTIN MARUMOTO⟧, AED SN ⟦DEV|ZOLL-AED-X4471029⟧ - NO SHOCK ADVISED. NARCAN 4 MG X2.
MEDICAL: ⟦N|JOCELYN AKANA⟧, RN ARRIVED 04:15. EMS (⟦O|CITY AND COUNTY OF HONOLULU EMS⟧) ARRIVED 04:24. PRONOUNCED 04:41 AT ⟦H|PALI MOMI MEDICAL CENTER⟧ BY DR. ⟦N|KENJI YAMASHIRO⟧.
HISTORY: OUD, HEP C, PRIOR OVERDOSE IN CUSTODY ⟦D|03/2098⟧. LAST SEEN BY MENTAL HEALTH ⟦D|10/07/2099⟧ (⟦N|RACHEL KIM-SANTOS⟧, PSYD).
NOTIFIED: ⟦O|HONOLULU MEDICAL EXAMINER⟧ CASE ⟦I|ME-99-1447⟧; ⟦O|HAWAII DEPARTMENT OF CORRECTIONS AND REHABILITATION⟧ HEALTH CARE DIVISION ADMINISTRATOR ⟦N|PAULETTE NAKOA⟧; NEXT OF KIN (MOTHER ⟦N|HOKULANI KEKAUOHA⟧, ⟦C|WAIANAE⟧ ⟦P|808-555-0186⟧) BY CHAPLAIN FR. ⟦N|ANTHONY SILVA⟧.
MORTALITY REVIEW SCHEDULED ⟦D|10/27/2099⟧. REPORT BY ⟦N|M. FONOTI⟧, HSA.
`);
// ======================================================== lower case (10) ========================================================

note("sick-call-slip-lower", `
health services request (sick call) - ⟦LO|jackson correctional institution⟧
name: ⟦N|deshawn m. whitaker⟧   doc #: ⟦I|00771940⟧   unit: b-pod cell 14 top bunk   date: ⟦D|10/11/99⟧
what is the problem: my tooth is killing me on the left bottom been 5 days cant eat. also need my blood pressure pills refilled they ran out.
signature: ⟦N|d whitaker⟧
------ for health services use ------
received ⟦D|10/12/2099⟧ by ⟦N|lk⟧. triaged: routine dental + nursing.
nurse sick call ⟦D|10/12/2099⟧ 09:40, ⟦N|lorraine kaczmarek⟧, rn: bp 162/98, left lower molar #19 swollen gum, no facial swelling, afebrile.
plan: ibuprofen 400 mg bid x5d per protocol, dental referral to dr. ⟦N|raj malhotra⟧ (dental clinic tues/thurs). hctz/amlodipine renewal sent to provider ⟦N|ines barbosa⟧, np.
kop refill requested from ⟦O|maxor pharmacy⟧ rx #⟦I|4471902⟧.
copay $7.50 charged to inmate account. dental seen ⟦D|10/14/2099⟧ - extraction #19 done, amoxicillin 500 tid x7d. ⟦N|rm⟧
`);

note("seg-rounds-lower", `
mental health rounds - restrictive housing unit (rhu)   ⟦LO|sci greene⟧   ⟦D|10/13/2099⟧ 10:00-11:30
clinician: ⟦N|adaeze nwachukwu⟧, psy.d. escort: co ⟦N|haberman⟧
cell   inmate                    inmate #     status   note
h-101  ⟦N|pietrowski, mark⟧            ⟦I|hx4471⟧       d roster  sleeping, did not wake; eats per co. f/u tomorrow.
h-103  ⟦N|lamb, terrence⟧ "⟦N|t-bone⟧"     ⟦I|jf0912⟧       c roster  cell clean, reading, no complaints.
h-106  ⟦N|vo, khanh⟧                   ⟦I|kq2209⟧       d roster  interpreter (vietnamese) by phone, ⟦O|languageline⟧ #⟦I|220417⟧. states hearing voices of his mother. refused meds x3 days. psychiatrist dr. ⟦N|eleanor whitcombe⟧ notified, involuntary med hearing to be scheduled.
h-108  ⟦N|ramos-ortiz, giovanni⟧       ⟦I|lm7730⟧       c roster  paper on window, removed per co. requests phone call to grandma ⟦N|carmen ortiz⟧.
h-110  ⟦N|begaye, waylon⟧              ⟦I|ns0418⟧       d roster  superficial cuts l forearm with staple. placed on psychiatric observation, smock. medical (⟦N|jen sauter⟧, rn) dressed wounds. shift cmdr lt. ⟦N|mcgrath⟧ informed.
next rounds ⟦D|10/14/2099⟧. plan reviewed at psychiatric review team with unit manager ⟦N|dolores ferrante⟧. ⟦N|an⟧
`);

note("hunger-strike-lower", `
hunger strike monitoring - day 6   ⟦LO|otay mesa detention center⟧, ⟦C|san diego⟧ ⟦STATE|ca⟧   ⟦D|oct 13 2099⟧
detainee: ⟦N|mohammad reza tavakoli⟧   a-number ⟦I|208 447 190⟧   dob ⟦D|04/02/2076⟧   ice ⟦O|san diego field office⟧ case officer ⟦N|t. brandt⟧
declared hunger strike ⟦D|10/07/2099⟧ at breakfast (protesting transfer). refuses meals, accepts water and electrolytes.
weight: baseline 78.4 kg (⟦D|10/07⟧) -> 73.1 kg today (-6.8%). bp 104/66, hr 96 standing. glucose 71. ketones moderate.
labs ⟦D|10/12⟧: na 137, k 3.4, cr 1.1, bun 24. ekg nsr.
seen by medical officer dr. ⟦N|farah qureshi⟧ and ⟦N|patrick o'donnell⟧, rn. farsi interpreter ⟦N|maryam hosseini⟧ (in person).
detainee competent, understands risks, signed refusal of treatment in farsi. no force-feeding order sought. informed that ihsc headquarters and the ⟦O|department of justice⟧ are notified at day 3 per policy.
wife ⟦N|shirin tavakoli⟧ ⟦P|(858) 555-0197⟧ and attorney ⟦N|benjamin achterberg⟧ (⟦O|al otro lado⟧) ⟦E|bachterberg@alotrolado.example.org⟧ called.
medical records # ⟦M|omdc-447190⟧. next check 18:00. ⟦N|fq⟧ / ⟦N|po'd⟧
`);

note("telehealth-hiv-lower", `
telehealth consult - infectious diseases   ⟦D|10/13/2099⟧
site: ⟦LO|nebraska state penitentiary⟧, ⟦C|lincoln⟧ (cart sn ⟦DEV|gvc-44719-ne⟧, ip ⟦IP|10.44.71.19⟧)   consultant: ⟦N|sunita raghavan⟧, md, ⟦H|unmc specialty care center⟧
patient: ⟦N|red cloud, jerome⟧   ndcs id ⟦I|88471⟧   dob ⟦D|09/14/2075⟧   presenter: ⟦N|alyssa vondracek⟧, rn
hiv dx ⟦D|2094⟧ (⟦C|rapid city⟧), on biktarvy. vl <20 (⟦D|08/2099⟧), cd4 612. hcv ab pos, rna 1.9m iu/ml, genotype 1a, fib-4 1.12.
plan: start epclusa 12 wk, prior auth through ⟦O|ndcs medical services⟧ (auth ⟦I|nd-pa-99-0441⟧). repeat rna 4 wk post tx. hep b vaccine series. rpr neg.
release date ⟦D|05/2100⟧ - link to ⟦H|one world community health centers⟧ (ryan white case mgr ⟦N|ximena laporte⟧ ⟦P|402-555-0152⟧) on release.
next telehealth ⟦D|12/08/2099⟧. note copied to site physician dr. ⟦N|cole brandenburg⟧.
`);

note("kite-lower", `
inmate request form (kite)   to: medical   from: ⟦N|juan carlos perez ybarra⟧   so# ⟦I|99-33418⟧   pod 4 c-12   ⟦D|10/10/2099⟧
im diabetic and they been giving me my shot late at night like 11 pm and my sugar was 41 this morning the co ⟦N|ramirez⟧ seen me shaking. i want to see the doctor not the nurse. my outside doctor is dr ⟦N|nguyen⟧ at ⟦H|clinica la esperanza⟧ on ⟦S|south 4th ave⟧ his number is ⟦P|520 555 0110⟧. also my wife ⟦N|araceli⟧ can bring my glasses ⟦P|520-555-0175⟧.
-- response ⟦D|10/11/2099⟧ --
mr ⟦N|perez⟧, your insulin time has been moved to the 1700 pill line with evening meal. you are scheduled with dr ⟦N|holloway-brandt⟧ ⟦D|10/14⟧. glasses: property must be dropped off at the lobby with your booking number. records requested from ⟦H|clinica la esperanza⟧ (fax ⟦F|520-555-0111⟧). - ⟦N|m. sandoval⟧, rn, health services administrator, ⟦LO|pima county adult detention complex⟧
`);

note("grievance-response-lower", `
medical grievance response - level 1   grievance # ⟦I|mg-2099-10-118⟧
grievant: ⟦N|tyrell jamison⟧   adc # ⟦I|290417⟧   unit: ⟦LO|asp-eyman⟧ browning   date received ⟦D|09/29/2099⟧   response ⟦D|10/13/2099⟧
complaint: states knee surgery was approved by dr. ⟦N|whitlock⟧ in ⟦D|march⟧ and never done; requests surgery and damages.
review: records reviewed by ⟦N|connie vasquez-adair⟧, rn, grievance coordinator, ⟦O|naphcare⟧. mri ⟦D|03/22/2099⟧ at ⟦H|florence anthem hospital⟧ showed medial meniscus tear. orthopaedic referral submitted ⟦D|03/28/2099⟧, utilisation review deferred ⟦D|04/05/2099⟧ for 6 wk pt (ur # ⟦I|ur-99-44190⟧). pt completed ⟦D|06/30/2099⟧. ortho consult with dr. ⟦N|benedikt szymanski⟧ occurred ⟦D|08/19/2099⟧; surgery scheduled at ⟦H|banner university medical center phoenix⟧ for ⟦D|10/28/2099⟧ (date not disclosed to inmate for security).
finding: partially substantiated (delay in scheduling). damages not within grievance scope.
appeal: may appeal to facility health administrator dr. ⟦N|g. oyelaran⟧ within 15 days.
⟦N|cva⟧ / cc: deputy warden ⟦N|s. pacheco⟧
`);

note("psych-telehealth-lower", `
tele-psychiatry follow-up   ⟦LO|hennepin county adult detention center⟧   ⟦D|10/13/99⟧
pt: ⟦N|abdirizak hassan farah⟧   booking ⟦I|2099-031774⟧   dob ⟦D|1/7/88⟧   mrn ⟦M|hcadc-77190⟧
psychiatrist: ⟦N|katarina lindqvist⟧, md (remote from ⟦H|hennepin healthcare⟧)   presenter ⟦N|moses otieno⟧, rn   somali interpreter ⟦N|ifrah abdi⟧ via video
s: sleeping 4 h, worried about court on ⟦D|10/20⟧ (judge ⟦N|patricia halvorson⟧). denies si. family (brother ⟦N|mohamed farah⟧ ⟦P|612-555-0135⟧) visits weekly.
o: calm, linear, mood "tired". no psychosis.
a: ptsd, mdd recurrent moderate.
p: increase sertraline 50 -> 100 mg, prazosin 1 mg qhs for nightmares, keep out of ad seg. follow up 4 wk. pd ⟦N|kwame asante-boateng⟧ (⟦O|hennepin county public defender's office⟧) requested letter - sent with release of information signed ⟦D|10/13/2099⟧.
portal login used by presenter: ⟦UN|motieno2⟧
`);

note("mat-continuation-lower", `
moud continuation verification - ⟦LO|franklin county corrections center ii⟧, ⟦C|columbus⟧ ⟦STATE|oh⟧
date ⟦D|10/13/2099⟧ 08:15   nurse ⟦N|hailey stroup⟧, rn
patient: ⟦N|kowalski, brianna lee⟧   booking # ⟦I|fccc-99-18840⟧   dob ⟦D|07/19/1990⟧
community program: ⟦H|maryhaven⟧ otp, ⟦S|1791 alum creek dr⟧, ⟦C|columbus⟧ ⟦Z|43207⟧ - spoke with dosing nurse ⟦N|cheryl marsh⟧ ⟦P|614-555-0149⟧ ext ⟦P|2231⟧.
verified: methadone 110 mg daily, last dose ⟦D|10/12/2099⟧ 07:30 (take-homes none). patient id at otp ⟦I|mh-30441⟧.
ohio pdmp (ohio automated rx reporting system) checked: no other controlled rx.
continue methadone 110 mg dot via ⟦O|bayside pharmacy services⟧ delivery; cows q6h x 24 h. pregnant? upt neg.
notified provider dr. ⟦N|anil chaudhry⟧. release planning: return to ⟦H|maryhaven⟧ on release, ⟦O|alvis⟧ case manager ⟦N|deshaun pollard⟧.
`);

note("family-message-lower", `
phone message - health services   ⟦LO|milwaukee county jail⟧   ⟦D|10/12/2099⟧ 15:20   taken by ⟦N|kj⟧
caller: ⟦N|loretta vang⟧ (mother) ⟦P|414-555-0163⟧, lives ⟦S|2718 n 38th st⟧ ⟦C|milwaukee⟧
re: son ⟦N|pao vang⟧, booking # ⟦I|2099-028417⟧. she says he has seizures and takes keppra 750 twice a day from dr ⟦N|yer thao⟧ at ⟦H|sixteenth street community health centers⟧. worried he had one last night (another inmate called her). she will bring the bottle.
action: informed caller hipaa - cannot confirm care without release. checked chart: levetiracetam verified with ⟦O|walgreens⟧ #⟦I|09471⟧ ⟦P|414-555-0172⟧, started ⟦D|10/11⟧. seizure watch note by ⟦N|ben olufemi⟧, lpn ⟦D|10/12⟧ 02:10 - no seizure witnessed. moved to medical observation cell.
forwarded to hsa ⟦N|tamara reinholt⟧ and provider dr. ⟦N|rosa acevedo⟧. ⟦N|kj⟧ (⟦N|kathleen jablonski⟧, rn)
`);

note("tb-clearance-lower", `
tb clearance / transfer medical summary   from: ⟦LO|deer lodge county detention center⟧   to: ⟦LO|montana state prison⟧, ⟦C|deer lodge⟧ ⟦STATE|mt⟧
inmate: ⟦N|whitehorse, levi⟧   ao # ⟦I|3044719⟧   dob ⟦D|2/22/1981⟧   transfer date ⟦D|10/14/2099⟧
tb: qft-plus negative ⟦D|10/02/2099⟧ (⟦O|quest diagnostics⟧ accession ⟦I|qd77410294⟧). no symptoms. cxr not indicated.
chronic: asthma (albuterol kop), htn (lisinopril 10). a1c 5.6.
behavioral: pcl-5 elevated, no current psych meds. alcohol use disorder - ciwa completed ⟦D|09/18⟧.
outside records: ⟦H|indian health service - crow/northern cheyenne hospital⟧ (⟦C|crow agency⟧) requested ⟦D|09/20/2099⟧.
keep separate: co-defendant ⟦N|dalton spotted horse⟧.
transport: ⟦O|powell county sheriff's office⟧ deputies ⟦N|j. kessler⟧ (#⟦I|114⟧) and ⟦N|r. bighorn⟧ (#⟦I|127⟧).
summary by ⟦N|alice two bulls⟧, lpn ⟦P|406-555-0181⟧   fax ⟦F|406-555-0182⟧
`);
// ======================================================== mixed case (25) ========================================================

note("booking-medical-form", `
⟦O|Harris County Sheriff's Office⟧ — Detention Medical Booking Form
⟦LO|Joint Processing Center⟧, ⟦S|700 N San Jacinto St⟧, ⟦C|Houston⟧, ⟦STATE|TX⟧ ⟦Z|77002⟧
Inmate: ⟦N|Nguyen, Thao Minh⟧   SPN ⟦I|03447190⟧   Booking # ⟦I|2099-HC-0144718⟧   DOB ⟦D|Sept 4, 1979⟧   Sex: F
Booked: ⟦D|October 12, 2099⟧ 23:55 by Deputy ⟦N|Cornelius Batts⟧ (#⟦I|41177⟧)   Arresting agency: ⟦O|Houston Police Department⟧, Officer ⟦N|Amber Lessard⟧ #⟦I|7702⟧
Screening nurse: ⟦N|Oluwakemi Fashola⟧, LVN   Reviewed: ⟦N|Harold Beaumont⟧, MD
Q1 Currently under a doctor's care? Yes — Dr. ⟦N|Vo Thi Lan⟧, ⟦H|Asian American Health Coalition — HOPE Clinic⟧, ⟦S|7001 Corporate Dr⟧, ⟦P|713-555-0147⟧.
Q2 Medications: levothyroxine 100 mcg, sertraline 50 mg, Plan B taken ⟦D|10/10⟧.
Q3 Pregnant? Unsure — urine hCG negative ⟦D|10/13/2099⟧ 00:20.
Q4 Suicidal thoughts? Denies; prior attempt ⟦D|2093⟧ (overdose, ⟦H|Ben Taub Hospital⟧).
Q5 Withdrawal risk: alcohol 6 beers/day, last drink ⟦D|10/12⟧ 18:00 → CIWA-Ar started, score 8.
Q6 Visible injuries: bruise right upper arm (states "from before").
Q7 Language: Vietnamese preferred; interpreter ⟦N|Dang Quoc Huy⟧ (staff) used.
Emergency contact: daughter ⟦N|Jennifer Nguyen⟧ ⟦P|(281) 555-0116⟧, ⟦S|14230 Bellaire Blvd⟧ Apt 9, ⟦C|Houston⟧ ⟦Z|77083⟧.
Insurance: ⟦O|Community Health Choice⟧ Medicaid ID ⟦HP|CHC-554719026⟧ (held while in custody).
Classification: general population, 2nd floor, Pod 2H-4 pending medical clearance. Jail MRN ⟦M|HCSO-M-0771904⟧.
Signed ⟦N|O. Fashola⟧ LVN ⟦D|10/13/2099⟧ 00:41
Property: prescription bottles (levothyroxine, sertraline) from ⟦O|H-E-B Pharmacy⟧ #⟦I|0447⟧, prescriber ⟦N|Vo Thi Lan⟧, filled ⟦D|09/29/2099⟧ — verified by phone with pharmacist ⟦N|Bao Tran⟧ ⟦P|713-555-0150⟧.
Prior bookings: ⟦D|03/14/2097⟧ (booking ⟦I|2097-HC-0033812⟧), ⟦D|11/02/2098⟧ (booking ⟦I|2098-HC-0120774⟧) — alcohol withdrawal seizure ⟦D|11/03/2098⟧ per old chart, seen by Dr. ⟦N|Isidro Menchaca⟧.
Bond hearing: ⟦O|Harris County Criminal Court at Law No. 9⟧, cause ⟦I|2447190⟧, Judge ⟦N|Rosalind Pemberton⟧, ⟦D|10/14/2099⟧.
`);

note("chronic-care-diabetes", `
Chronic Care Clinic — Diabetes / Hypertension
Facility: ⟦LO|Walla Walla State Penitentiary⟧, Medium Security Complex   Date: ⟦D|10/13/2099⟧
Patient: ⟦N|Samuel Kaleo Akana⟧   DOC# ⟦I|887104⟧   DOB ⟦D|03/21/1964⟧   Housing: Unit C, Tier B, Cell 22
Provider: ⟦N|Ruth Abernethy⟧, ARNP   Nurse: ⟦N|Javier Solórzano⟧, RN
S: Reports glucose "all over", sometimes skips evening insulin because the pill line closes before chow at 16:30. Tingling feet. Works in the laundry. Family on Oahu (sister ⟦N|Keala Akana-Medeiros⟧), phone calls monthly.
O: BP 148/88, HR 78, wt 104 kg. A1c 9.2% (⟦D|09/28/2099⟧), was 8.1% ⟦D|June 2099⟧. LDL 141. Cr 1.2, eGFR 63, UACR 88. Monofilament: reduced bilaterally. Retinal photo ⟦D|2098⟧: mild NPDR.
A/P:
1. T2DM uncontrolled — increase glargine 30 → 36 units, move to 17:00 line; metformin 1000 bid continue; start empagliflozin pending formulary (non-formulary request ⟦I|NFR-99-4471⟧ to ⟦O|WA DOC Health Services⟧ pharmacy & therapeutics).
2. HTN — lisinopril 20 → 40 mg.
3. Neuropathy — podiatry referral (Dr. ⟦N|Giulia Fontanesi⟧, visiting, ⟦D|11/2099⟧), diabetic shoes authorised.
4. Retinopathy — optometry Dr. ⟦N|Chen⟧ in-house, annual exam due.
Glucometer issued for KOP checks: OneTouch Verio SN ⟦DEV|VRO44719TKA⟧.
Follow up 90 days. Outside records from ⟦H|Kaiser Permanente Moanalua Medical Center⟧ (⟦C|Honolulu⟧) received ⟦D|08/30/2099⟧.
Electronic signature: ⟦N|R. Abernethy⟧, ARNP ⟦D|10/13/2099⟧ 11:48
Previous chronic care visits: ⟦D|07/14/2099⟧ (⟦N|R. Abernethy⟧), ⟦D|04/11/2099⟧ (Dr. ⟦N|Nils Haugen⟧), ⟦D|01/09/2099⟧ (transfer in from ⟦LO|Coyote Ridge Corrections Center⟧, ⟦C|Connell⟧).
Labs drawn by ⟦N|Tiana Redcloud⟧, phlebotomist; sent to ⟦O|LabCorp⟧ accession ⟦I|LC-2099-447190-WW⟧.
`);

note("competency-restoration-report", `
⟦H|Colorado Mental Health Hospital in Pueblo⟧
Competency Restoration Progress Report — Confidential, Filed Under Seal
To: The Honorable ⟦N|Desmond K. Oyelowo⟧, ⟦O|Denver District Court⟧, Courtroom 5D
Re: People v. ⟦N|Vasquez-Trujillo, Anthony Ray⟧   Case No. ⟦I|99CR4471⟧   DOB ⟦D|12/30/1991⟧   Hospital No. ⟦M|CMHHIP-30447⟧
Date of report: ⟦D|October 13, 2099⟧   Date admitted: ⟦D|July 14, 2099⟧ (from ⟦LO|Denver Downtown Detention Center⟧)
Counsel: ⟦N|Miriam Castellanos⟧, ⟦O|Colorado State Public Defender⟧ — Denver Trial Office; ⟦N|Gregory Pham⟧, Deputy District Attorney.
Treating psychiatrist: ⟦N|Lucas Marchetti⟧, MD. Evaluator: ⟦N|Hannah Birkeland⟧, PsyD, forensic psychologist.
Background: Mr. ⟦N|Vasquez-Trujillo⟧ was found incompetent to proceed on ⟦D|May 2, 2099⟧ (evaluation by Dr. ⟦N|Rebecca Sloane⟧). He has schizoaffective disorder, bipolar type.
Course: started on olanzapine, increased to 20 mg; lithium 900 mg added ⟦D|8/3/99⟧ (level 0.8). Attended restoration groups 4x/week with ⟦N|Cassandra Nez⟧, MA.
MacCAT-CA (⟦D|10/06/2099⟧): Understanding 13/16, Reasoning 12/16, Appreciation 5/6.
He can name his charges, the roles of judge, prosecutor and his attorney (Ms. ⟦N|Castellanos⟧), and plea options.
Opinion: competent to proceed. Recommend continued medication at the jail; ⟦O|Denver Sheriff Department⟧ medical (⟦O|Denver Health⟧ correctional care, Dr. ⟦N|Aaron Whitfield⟧) informed of regimen.
His mother, ⟦N|Rosalinda Trujillo⟧ (⟦C|Commerce City⟧, ⟦P|720-555-0193⟧), was contacted with consent.
⟦N|Hannah Birkeland⟧, PsyD   ⟦P|719-555-0126⟧   ⟦E|hannah.birkeland@cmhhip.example.gov⟧
Distribution: Judge ⟦N|Oyelowo⟧ (chambers fax ⟦F|720-555-0150⟧); Ms. ⟦N|Castellanos⟧; Mr. ⟦N|Pham⟧; ⟦O|Office of Civil and Forensic Mental Health⟧ forensic services, court liaison ⟦N|Tobias Greenwald⟧.
Next hearing: ⟦D|November 3, 2099⟧, 9:00 a.m. Transport back to the ⟦LO|Denver Downtown Detention Center⟧ requested from ⟦O|Denver Sheriff Department⟧ transport unit (Sgt. ⟦N|Lorenzo Ybarra⟧, ⟦P|720-555-0187⟧).
`);

note("hospital-guard-log", `
Off-Site Hospital Security Log — ⟦O|Sacramento County Sheriff's Office⟧ Correctional Health
Patient/inmate: ⟦N|Dmitri Volkov⟧   X-ref ⟦I|5570419⟧   Booking ⟦I|SC-99-204718⟧   Hospital: ⟦H|UC Davis Medical Center⟧ Room 8-N-14   Hospital MRN ⟦M|UCD-007719403⟧
Admit ⟦D|10/11/2099⟧ — GI bleed, EGD ⟦D|10/12⟧ (Dr. ⟦N|Shira Abramowitz⟧).
Date       Time   Post officer                     Badge    Entry
⟦D|10/12⟧      0600   Dep. ⟦N|Kevin O'Shaughnessy⟧           ⟦I|2231⟧     Relieved Dep. ⟦N|Lam⟧. Leg restraint on L ankle, checked.
⟦D|10/12⟧      0945   Dep. ⟦N|Kevin O'Shaughnessy⟧           ⟦I|2231⟧     To endoscopy with RN ⟦N|Paula Greco⟧; restraint kept.
⟦D|10/12⟧      1400   Dep. ⟦N|Anita Gurung⟧                  ⟦I|3308⟧     Visitor request: wife ⟦N|Svetlana Volkova⟧ — DENIED per policy (no visits off-site).
⟦D|10/12⟧      1800   Dep. ⟦N|Anita Gurung⟧                  ⟦I|3308⟧     Phone call to attorney ⟦N|Peter Lindemann⟧ allowed 10 min (⟦P|916-555-0183⟧).
⟦D|10/13⟧      0200   Dep. ⟦N|Ronaldo Estrada⟧               ⟦I|1917⟧     Inmate asleep. Nurse ⟦N|Joy Pascual⟧ gave pantoprazole.
⟦D|10/13⟧      0730   Sgt. ⟦N|Heather Lindqvist⟧             ⟦I|S-44⟧     Supervisor check. Hospitalist Dr. ⟦N|Omar Haddad⟧: discharge likely ⟦D|10/14⟧.
Jail liaison RN ⟦N|Teresa Montoya⟧ ⟦P|916-555-0140⟧ ext ⟦P|312⟧ to coordinate return to ⟦LO|Sacramento County Main Jail⟧ medical housing.
`);

note("ob-referral-inmate", `
Referral for Obstetric Care — Incarcerated Patient
From: Medical Unit, ⟦LO|Lee Arrendale State Prison⟧ (⟦O|Georgia Department of Corrections⟧), ⟦C|Alto⟧, ⟦STATE|GA⟧
To: ⟦H|Northeast Georgia Medical Center Gainesville⟧ — Women's Clinic, attn Dr. ⟦N|Folasade Adebanjo-Watts⟧   Fax ⟦F|770-555-0119⟧
Date: ⟦D|10/13/2099⟧
Patient: ⟦N|Crystal Dawn Hensley⟧   GDC ID ⟦I|1000447190⟧   DOB ⟦D|04/04/2082⟧   Dorm F-2
G3P1011, LMP ⟦D|07/01/2099⟧, EDD ⟦D|04/07/2100⟧ by 8-wk US (⟦D|09/01/2099⟧, mobile ultrasound ⟦O|Peach State Imaging⟧).
History: OUD on methadone before arrest (⟦H|Habersham Medical Center⟧ OTP? — verify, patient says "the clinic in ⟦C|Cornelia⟧"), now on buprenorphine 8 mg bid per pregnancy protocol. Hep C Ab positive, RNA pending. Prior C/S ⟦D|2096⟧ at ⟦H|Piedmont Athens Regional⟧.
Request: new OB visit, dating confirmation, prenatal labs, MFM if needed. Delivery planning: shackling prohibited in labour per state law; notify Deputy Warden of Care and Treatment ⟦N|LaShonda Pringle⟧ ⟦P|706-555-0180⟧.
Transport: two officers, female officer required (Ofc. ⟦N|Ashley Tolbert⟧ #⟦I|G-3319⟧).
Patient wishes the father, ⟦N|Travis Bledsoe⟧, not to be informed. Her mother, ⟦N|Glenda Hensley⟧, ⟦C|Clarkesville⟧, ⟦P|706-555-0159⟧, may be contacted for infant placement (DFCS case worker ⟦N|Naomi Fitzgerald⟧, ⟦O|Habersham County DFCS⟧).
Referring clinician: ⟦N|Monica Ferreira⟧, NP — ⟦E|mferreira@gdc-health.example.gov⟧ — ⟦P|706-555-0172⟧
`);

note("utilization-review", `
⟦O|Wellpath⟧ — Utilization Management Review (Off-site Specialty)
Request ID: ⟦I|UM-2099-1013-447⟧   Received: ⟦D|10/10/2099⟧   Decision: ⟦D|10/13/2099⟧
Site: ⟦LO|Broward Sheriff's Office Main Jail⟧, ⟦C|Fort Lauderdale⟧, ⟦STATE|FL⟧   Site medical director: Dr. ⟦N|Yusuf Al-Khouri⟧
Patient: ⟦N|Baptiste, Jean-Robert⟧   Jail ID ⟦I|BSO-99-881042⟧   DOB ⟦D|11/17/1958⟧
Requested: cardiology consult + outpatient echocardiogram at ⟦H|Broward Health Medical Center⟧.
Clinical summary (submitted by ⟦N|Marie-Claude Destin⟧, APRN): 3/6 systolic murmur, exertional dyspnea, syncope ×1 on ⟦D|10/08⟧ in the dayroom (witnessed by Dep. ⟦N|Caruso⟧). ECG: LVH. BNP 612.
Criteria: InterQual — meets for outpatient echo; cardiology consult indicated if AS confirmed.
Reviewer: ⟦N|Dennis Varghese⟧, MD, regional UM physician ⟦P|615-555-0104⟧ (⟦C|Nashville⟧ office).
Decision: APPROVED echo; cardiology APPROVED contingent on echo showing moderate or worse AS. Alternative treatment plan: n/a.
Scheduling: ⟦N|Guerline Pierre⟧, scheduler, ⟦P|954-555-0166⟧. Authorization # ⟦I|WP-AUTH-7719024⟧ valid to ⟦D|01/11/2100⟧.
Patient's outside cardiologist (per family — son ⟦N|Wesley Baptiste⟧, ⟦C|Miramar⟧): Dr. ⟦N|Alix Joseph⟧, ⟦H|Memorial Regional Hospital⟧.
Prior authorizations this episode: ⟦I|WP-AUTH-7718830⟧ (ED visit ⟦D|10/08/2099⟧, ⟦H|Broward Health North⟧), ⟦I|WP-AUTH-7718907⟧ (Holter, ⟦O|BioTelemetry⟧ device ⟦DEV|BTM-44719-0822⟧).
Appeal rights explained to site HSA ⟦N|Carmen Olivieri⟧ ⟦E|colivieri@wellpath.example.com⟧.
`);

note("court-order-eval-letter", `
⟦O|Office of the Public Defender⟧, ⟦C|Baltimore City⟧ District — Mental Health Division
⟦S|201 St. Paul Place⟧, ⟦C|Baltimore⟧, ⟦STATE|MD⟧ ⟦Z|21202⟧   Tel ⟦P|410-555-0128⟧
⟦D|October 13, 2099⟧
⟦H|Clifton T. Perkins Hospital Center⟧
Attn: Medical Records / Forensic Services
Re: ⟦N|Terrance Otis Middleton⟧, DOB ⟦D|01/25/1986⟧, SID ⟦I|4471902⟧, DPSCS ID #⟦I|319-447⟧
⟦O|District Court of Maryland⟧ case ⟦I|0B02447190⟧; ⟦O|Circuit Court for Baltimore City⟧ case ⟦I|199288017⟧ (Judge ⟦N|Everett Langford⟧)
Dear Records Custodian:
This office represents Mr. ⟦N|Middleton⟧, committed to your facility for a competency (IST) evaluation by order dated ⟦D|September 19, 2099⟧. Please provide all records from ⟦D|09/19/2099⟧ to date, including the evaluation by Dr. ⟦N|Sophia Reinholt⟧, nursing notes and medication records. Also request his records from ⟦LO|Baltimore Central Booking and Intake Center⟧ (medical contractor ⟦O|YesCare⟧) from ⟦D|08/30/2099⟧.
Authorization signed by Mr. ⟦N|Middleton⟧ on ⟦D|10/09/2099⟧ is enclosed.
Please send to ⟦N|Olamide Adeyemi-Grant⟧, Assistant Public Defender, at the address above, fax ⟦F|410-555-0129⟧, or ⟦E|oadeyemigrant@opd.example.gov⟧.
Sincerely,
⟦N|Olamide Adeyemi-Grant⟧
cc: ⟦N|Fiona Mackenzie⟧, forensic social worker
`);

note("immigration-detention-transfer", `
IHSC Medical Transfer Summary
Sending: ⟦LO|Adelanto ICE Processing Center⟧, ⟦C|Adelanto⟧, ⟦STATE|CA⟧   Receiving: ⟦LO|Eloy Detention Center⟧, ⟦C|Eloy⟧, ⟦STATE|AZ⟧
Date: ⟦D|2099-10-13⟧
Detainee: ⟦N|Mejía Portillo, Kevin Alexander⟧   A-Number: ⟦I|A219-447-190⟧   Country of citizenship: ⟦COUNTRY|Honduras⟧   DOB ⟦D|2000-02-11⟧
Active problems: (1) Type 1 diabetes — insulin pump removed at book-in ⟦D|2099-09-02⟧ (Tandem t:slim X2, serial ⟦DEV|TS-4471902-X2⟧, stored in property), now on basal-bolus glargine 18 u + lispro sliding scale. (2) Asthma. (3) Depression, PHQ-9 14.
Allergies: sulfa. Last A1c 8.8%.
Specialty: endocrinology via telehealth with Dr. ⟦N|Ming-Yu Huang⟧, ⟦H|Desert Valley Hospital⟧ ⟦D|2099-09-23⟧.
Medications sent: 7-day supply insulin (cold chain), glucometer, albuterol MDI.
Accompanying officers: ⟦O|GEO Group⟧ transport Ofc. ⟦N|Ricardo Peña⟧ #⟦I|GT-11472⟧, Ofc. ⟦N|Danielle Whitmore⟧ #⟦I|GT-10398⟧.
Medical records # ⟦M|ADL-99-204718⟧. Sending provider ⟦N|Leticia Ambriz⟧, PA ⟦P|760-555-0137⟧. Receiving HSA ⟦N|Brent Kowalewski⟧ ⟦P|520-555-0149⟧.
Family: mother ⟦N|Dilcia Portillo⟧ in ⟦C|San Pedro Sula⟧; cousin ⟦N|Erick Mejía⟧ in ⟦C|Los Angeles⟧ ⟦P|(323) 555-0188⟧.
Legal: ⟦O|Immigrant Defenders Law Center⟧, attorney ⟦N|Sofía Halperin⟧.
`);

note("suicide-watch-log", `
Suicide Precaution Observation Log — Constant Watch
⟦LO|Rikers Island⟧ — ⟦LO|Anna M. Kross Center⟧ (⟦LO|AMKC⟧), Mental Observation Unit, Cell 7
Patient: ⟦N|Rashawn Ellis⟧   NYSID ⟦I|09447190K⟧   B&C # ⟦I|4412099018⟧   Date: ⟦D|10/13/2099⟧
Ordered by: Dr. ⟦N|Ilana Rosenzweig⟧, psychiatry (⟦O|Correctional Health Services⟧, ⟦O|NYC Health + Hospitals⟧)
Time  Observer (CO/Captain)       Behaviour                          Initials
0000  CO ⟦N|Marisol Quiñones⟧ #⟦I|18872⟧     lying on bed, eyes open            ⟦N|MQ⟧
0015  CO ⟦N|Marisol Quiñones⟧ #⟦I|18872⟧     same                               ⟦N|MQ⟧
0100  CO ⟦N|Andre Baptiste⟧ #⟦I|9947⟧        crying, banging door lightly       ⟦N|AB⟧
0105  Capt. ⟦N|Yolanda Whitaker⟧               MH on-call ⟦N|Gerald Fenwick⟧, LCSW called ⟦N|YW⟧
0130  ⟦N|G. Fenwick⟧ LCSW                      assessed at door; calmer; asked for his daughter ⟦N|Amara⟧  ⟦N|GF⟧
0400  CO ⟦N|Andre Baptiste⟧ #⟦I|9947⟧        asleep                             ⟦N|AB⟧
0800  ⟦N|Priya Chandrasekaran⟧, NP             smock intact, ate 50% breakfast    ⟦N|PC⟧
Morning team review: continue constant watch until psychiatric reassessment. Bronx clinic contact: ⟦H|Montefiore Wellness Center at Westchester Square⟧ (prior outpatient). Girlfriend ⟦N|Keisha Monroe⟧ ⟦P|917-555-0141⟧ called the hotline at 09:20.
`);

note("dental-sick-call", `
Dental Services — ⟦LO|Mississippi State Penitentiary⟧, ⟦C|Parchman⟧
Date ⟦D|10/13/2099⟧   Dentist: ⟦N|Charles Whitten⟧, DMD   Assistant: ⟦N|Latrice Ivy⟧
Patient: ⟦N|Leonard Earl Strickland⟧   MDOC # ⟦I|L4471⟧   DOB ⟦D|06/19/1972⟧   Unit 29, Bldg J, Zone C
CC: "broken tooth hurting" — sick call request dated ⟦D|10/06/2099⟧ (triaged by ⟦N|D. McGee⟧, LPN).
Exam: #14 fractured MO cusp, deep caries, percussion +. #3 missing. Generalised calculus. BP 150/94 — advised medical f/u.
Radiograph: PA #14 — periapical radiolucency. Sensor SN ⟦DEV|SCHICK-33-447190⟧.
Tx: extraction #14 under 2 carpules lidocaine 2% w/ epi 1:100k; gauze; post-op instructions. Amoxicillin 500 mg tid ×7 days (pill line). Ibuprofen 600 tid ×3 days.
Denture referral to ⟦O|Centurion of Mississippi⟧ lab (request ⟦I|CMS-DL-99-0871⟧).
Next: cleaning list. ⟦N|CW⟧ DMD
`);

note("compassionate-release", `
Medical Summary in Support of Compassionate Release / Medical Parole
⟦O|Federal Bureau of Prisons⟧ — ⟦H|FMC Butner⟧, ⟦C|Butner⟧, ⟦STATE|NC⟧
Inmate: ⟦N|Abernathy, Wendell Harlan⟧   Reg. No. ⟦I|04471-058⟧   DOB ⟦D|02/03/2007⟧ (age ⟦A|92⟧)   Unit: Maxwell Medical Unit
Date: ⟦D|October 13, 2099⟧
Diagnoses: Alzheimer dementia (MoCA 9/30 ⟦D|08/2099⟧), CHF (EF 30%), CKD 4, bilateral cataracts, non-ambulatory since ⟦D|March 2099⟧ fall.
ADLs: dependent for bathing, dressing, toileting; fed by inmate companion ⟦N|Horace Pettigrew⟧ (Reg. No. ⟦I|22190-171⟧) under the companion program.
Prognosis: life expectancy under 18 months (Dr. ⟦N|Miriam Okafor⟧, palliative care, ⟦D|09/30/2099⟧).
Release plan: daughter ⟦N|Loretta Abernathy Greer⟧, ⟦S|88 Tobacco Barn Rd⟧, ⟦C|Oxford⟧, ⟦STATE|NC⟧ ⟦Z|27565⟧, ⟦P|919-555-0177⟧; hospice by ⟦O|Community Home Care & Hospice⟧ (intake ⟦N|Gail Sumner⟧). Medicare number ⟦HP|4EG7-TE5-MK71⟧ active.
Probation office: ⟦O|U.S. Probation Office⟧ in ⟦C|Raleigh⟧, USPO ⟦N|Darryl Whitlock⟧.
Clinical director: ⟦N|Frederick Osei⟧, MD   Warden: ⟦N|J. T. Kincaid⟧
Attorney of record: ⟦N|Margaret Sullivan-Hyde⟧ (⟦O|Federal Public Defender⟧, ⟦C|Raleigh⟧) ⟦E|msullivanhyde@fd.example.org⟧.
`);

note("juvenile-nursing-note", `
Nursing Progress Note — ⟦LO|Cook County Juvenile Temporary Detention Center⟧
Youth: ⟦N|Marquise Tolliver⟧   JTDC # ⟦I|J99-18204⟧   DOB ⟦D|5/14/2083⟧   Pod 3B, Room 11   ⟦D|10/13/2099⟧ 16:10
Reason: sick call — headache ×2 days, "pain behind my eyes".
Asthma on albuterol PRN (uses 1–2×/week). No head injury. Vision 20/40 OU, no glasses (lost at arrest).
VS: T 98.6, BP 118/72, HR 76, SpO2 99%.
Intervention: acetaminophen 500 mg ×1 per standing order; optometry referral to ⟦O|Illinois Eye Institute⟧ mobile van.
Mother ⟦N|Tanya Tolliver⟧ (⟦P|773-555-0139⟧) asked by phone about glasses; explained release of information needed. Probation officer ⟦N|Dwight Spivey⟧ (⟦O|Juvenile Probation and Court Services⟧) copied re: school records at ⟦O|Nancy B. Jefferson Alternative School⟧.
Also seen: tattoo by peer on L hand ("MT") — no infection; education given; reported to shift supervisor ⟦N|Marcus Dunleavy⟧.
⟦N|Esperanza Villalobos⟧, RN ⟦D|10/13/2099⟧
`);

note("hepc-telehealth", `
Telehealth — Hepatitis C Treatment Program
Originating site: ⟦LO|Mike Durfee State Prison⟧, ⟦C|Springfield⟧, ⟦STATE|SD⟧   Distant site: ⟦H|Sanford USD Medical Center⟧, ⟦C|Sioux Falls⟧
Visit date: ⟦D|10/13/2099⟧   Platform: Zoom for Healthcare (room ⟦U|https://sanfordhealth.zoom.example.com/j/44719022⟧)
Patient: ⟦N|Tyler Iron Shell⟧   DOC # ⟦I|40771⟧   DOB ⟦D|8/9/1993⟧
Consultant: ⟦N|Bethany Rasmussen⟧, PharmD, BCIDP, under Dr. ⟦N|Arvid Johansson⟧ (hepatology)
Presenter: ⟦N|Corey Wipf⟧, LPN
HCV RNA 2,440,000 IU/mL (⟦D|09/15/2099⟧), genotype 3a. FIB-4 0.94, APRI 0.4 → F0–F1. HBsAg neg, anti-HBs neg. HIV neg. Pregnancy n/a.
Plan: sofosbuvir/velpatasvir (Epclusa) daily × 12 weeks DOT at pill line; start ⟦D|10/20/2099⟧. Labs wk 4. Hep A/B vaccines.
Drug interactions: omeprazole — stop. Education with patient: reinfection risk, tattoo (he got one on the unit last spring).
Release date ⟦D|02/2100⟧ — course will end before release; if paroled early, continue through ⟦O|South Dakota Medicaid⟧ (ID ⟦HP|SD7719044⟧) at ⟦H|Rosebud IHS Hospital⟧ (⟦LO|Rosebud Reservation⟧).
Contact for questions: ⟦E|bethany.rasmussen@sanfordhealth.example.org⟧ · ⟦P|605-555-0172⟧
`);

note("re-entry-clinic-intake", `
Transitions Clinic Intake — ⟦H|Transitions Clinic at Southeast Health Center⟧, ⟦S|2401 Keith St⟧, ⟦C|San Francisco⟧ ⟦STATE|CA⟧ ⟦Z|94124⟧
Date: ⟦D|Oct 13, 2099⟧   Community health worker: ⟦N|Lamont Reese⟧ (lived experience, formerly at ⟦LO|San Quentin⟧)
Client: ⟦N|Gilberto⟧ "⟦N|Gil⟧" ⟦N|Madrigal⟧ — DOB ⟦D|3/3/1969⟧, released ⟦D|10/09/2099⟧ from ⟦LO|California Medical Facility⟧, ⟦C|Vacaville⟧ after 22 years. CDCR # ⟦I|H-44719⟧.
Parole agent: ⟦N|Veronica Castañeda⟧, ⟦O|CDCR Division of Adult Parole Operations⟧, Bayview unit ⟦P|415-555-0108⟧. Next report ⟦D|10/16⟧.
Housing: ⟦O|Delancey Street Foundation⟧ residence, ⟦S|600 Embarcadero⟧.
Health: COPD (Trelegy), HTN, prediabetes, hearing loss (hearing aid L, serial ⟦DEV|PHNK-4471902⟧). Released with 30-day supply + CDCR medical summary from Dr. ⟦N|Hyun-Joo Park⟧.
Benefits: Medi-Cal active per pre-release enrollment, CIN ⟦HP|94471902A⟧; ⟦O|San Francisco Health Plan⟧ PCP assignment pending. SSI application with ⟦O|Social Security Administration⟧ field office.
Goals: "see my grandkids" (daughter ⟦N|Alma Madrigal-Ruiz⟧, ⟦C|Stockton⟧, ⟦P|209-555-0143⟧); get ID; dentures.
PCP visit booked with Dr. ⟦N|Shreya Iyer⟧ ⟦D|10/21/2099⟧. Phone given by program: ⟦P|415-555-0190⟧.
`);

note("intake-tb-ppd-log", `
PPD / TB Screening Log — ⟦LO|Laramie County Detention Center⟧, ⟦C|Cheyenne⟧, ⟦STATE|WY⟧   Week of ⟦D|10/06/2099⟧
Booking #    Name                         Placed      Read        Result   Nurse
⟦I|99-12044⟧     ⟦N|Fitzgerald, Shane⟧                ⟦D|10/06⟧       ⟦D|10/08⟧       0 mm     ⟦N|JH⟧
⟦I|99-12051⟧     ⟦N|Trujillo, Marisela⟧               ⟦D|10/06⟧       ⟦D|10/08⟧       0 mm     ⟦N|JH⟧
⟦I|99-12058⟧     ⟦N|Blackbird, Corwin⟧                ⟦D|10/07⟧       ⟦D|10/09⟧       12 mm    ⟦N|RS⟧ → CXR, referred
⟦I|99-12066⟧     ⟦N|Oduya, Femi⟧                      ⟦D|10/07⟧       —           released before read  ⟦N|RS⟧
⟦I|99-12071⟧     ⟦N|Kovac, Ana⟧                       ⟦D|10/08⟧       ⟦D|10/10⟧       0 mm     ⟦N|JH⟧
⟦I|99-12080⟧     ⟦N|Running Water, Elise⟧             ⟦D|10/09⟧       ⟦D|10/11⟧       3 mm     ⟦N|JH⟧
⟦I|99-12093⟧     ⟦N|Lindgren, Paul⟧                   ⟦D|10/10⟧       ⟦D|10/12⟧       0 mm     ⟦N|RS⟧
CXR for ⟦N|Blackbird⟧ ⟦D|10/10⟧ by ⟦O|Mobile Imaging of Wyoming⟧: no active disease; read by Dr. ⟦N|Kenneth Albers⟧. LTBI — referred to ⟦O|Cheyenne-Laramie County Health Department⟧ TB nurse ⟦N|Rhonda Gallegos⟧ ⟦P|307-555-0145⟧.
Released before read (⟦N|Oduya⟧): letter mailed to ⟦S|1822 Warren Ave⟧, ⟦C|Cheyenne⟧ ⟦Z|82001⟧.
Nurses: ⟦N|JH⟧ = ⟦N|Jolene Hartsock⟧, RN; ⟦N|RS⟧ = ⟦N|Raul Sisneros⟧, LPN.
`);

note("alcohol-withdrawal-progress", `
Progress Note — Medical Observation (Alcohol Withdrawal)
⟦LO|Anchorage Correctional Complex⟧, ⟦C|Anchorage⟧ — ⟦O|Alaska Department of Corrections⟧   ⟦D|10/13/2099⟧ 07:30
Patient: ⟦N|Nanouk, Walter⟧   OTIS # ⟦I|550447⟧   DOB ⟦D|12/12/1970⟧   Home: ⟦C|Bethel⟧ / ⟦C|Kwethluk⟧
Remanded ⟦D|10/11⟧ from ⟦O|Alaska State Troopers⟧ (Trooper ⟦N|Hans Eriksen⟧). Day 3 of withdrawal. Prior DTs ⟦D|2095⟧ at ⟦H|Yukon-Kuskokwim Delta Regional Hospital⟧.
Overnight CIWA-Ar 12 → 18 → 9 after chlordiazepoxide 50 mg ×2. No hallucinations. Tremor mild.
VS: BP 152/96, HR 101, T 99.1. Thiamine 100 mg daily, folate, MVI. Na 131.
Assessment: moderate AWS, improving. Continue symptom-triggered protocol; move to general population when CIWA <8 × 24 h.
Interpreter: Yup'ik, by phone (⟦N|Agnes Chikoyak⟧, ⟦O|Alaska Native Language Line⟧).
Court: arraignment by video ⟦D|10/14/2099⟧; case ⟦I|3AN-99-07741CR⟧.
Provider: ⟦N|Kathryn Beaulieu⟧, PA-C   Co-sign: Dr. ⟦N|Ivan Petrakis⟧
`);

note("jail-pharmacy-bridge", `
Discharge Medication Bridge Letter
From: ⟦H|Maricopa County Correctional Health Services⟧ — ⟦LO|Fourth Avenue Jail⟧, ⟦S|201 S 4th Ave⟧, ⟦C|Phoenix⟧ ⟦STATE|AZ⟧ ⟦Z|85003⟧
Date: ⟦D|10/13/2099⟧
To any pharmacy or provider:
⟦N|Ahmad Nasser Haddad⟧ (DOB ⟦D|06/15/1985⟧, booking ⟦I|P889104⟧, CHS MRN ⟦M|CHS-4471902⟧) was released today. He was on:
• quetiapine 200 mg at bedtime
• buprenorphine/naloxone 8/2 mg film twice daily (last dose ⟦D|10/13⟧ 06:00)
• naloxone 4 mg nasal — kit given
Prescriptions sent to ⟦O|CVS Pharmacy⟧ #⟦I|10447⟧, ⟦S|1313 E Indian School Rd⟧, ⟦C|Phoenix⟧ (⟦P|602-555-0131⟧). Bridge visit: ⟦H|Community Bridges⟧ 24/7 access point, ⟦S|358 E Javelina Ave⟧, ⟦C|Mesa⟧.
Probation: ⟦O|Maricopa County Adult Probation Department⟧, officer ⟦N|Stephanie Kaur⟧ ⟦P|602-555-0102⟧.
Questions: CHS pharmacy, ⟦N|Gordon Whitlow⟧, RPh ⟦P|602-555-0117⟧, fax ⟦F|602-555-0118⟧.
Signed ⟦N|Elena Sokolova⟧, MD, NPI ⟦I|1447190228⟧
`);

note("segregation-psych-eval", `
Mental Health Evaluation for Restrictive Housing Placement
⟦O|Michigan Department of Corrections⟧ — ⟦LO|Charles E. Egeler Reception & Guidance Center⟧, ⟦C|Jackson⟧, ⟦STATE|MI⟧
Prisoner: ⟦N|Demetrius Antoine Grier⟧   MDOC # ⟦I|889472⟧   DOB ⟦D|9/30/1997⟧   Date: ⟦D|10/13/2099⟧
Referral: misconduct ticket (assault on staff ⟦D|10/11⟧, Officer ⟦N|Brian Koenig⟧) — placement in segregation proposed by ARUS ⟦N|Tamara Wilkes⟧.
Evaluator: ⟦N|Yelena Markovic⟧, LLP, QMHP
History: ADHD, conduct disorder as juvenile (⟦LO|Maxey Training School⟧), prior suicide attempt at ⟦LO|Wayne County Jail⟧ ⟦D|2096⟧. Grandmother ⟦N|Odessa Grier⟧ raised him in ⟦C|Detroit⟧.
MSE: irritable, guarded, denies SI/HI, no psychosis. C-SSRS: no ideation past month.
Opinion: no contraindication to segregation, but high risk category — daily rounds, QMHP contact within 24 h, refer to psychiatry (Dr. ⟦N|Arash Kermani⟧) re: stimulant alternative.
Notified: Warden ⟦N|Gwendolyn Baines⟧; Health Unit Manager ⟦N|Carl Voss⟧.
`);

note("hospital-discharge-to-jail", `
⟦H|Grady Memorial Hospital⟧ — Discharge Summary (Patient in Custody)
⟦S|80 Jesse Hill Jr Dr SE⟧, ⟦C|Atlanta⟧, ⟦STATE|GA⟧ ⟦Z|30303⟧
Patient: ⟦N|Kwabena Mensah-Osei⟧   MRN ⟦M|GMH-20447190⟧   FIN ⟦I|9044719021⟧   DOB ⟦D|07/07/1988⟧
Admitted ⟦D|10/08/2099⟧ — Discharged ⟦D|10/13/2099⟧   Attending: ⟦N|Laura Beth Sinclair⟧, MD   Resident: ⟦N|Chukwuemeka Obi⟧, MD
Custody: ⟦O|Atlanta Police Department⟧ → ⟦LO|Atlanta City Detention Center⟧; guard officers on file (Ofc. ⟦N|Reggie Tate⟧ badge ⟦I|6021⟧).
Diagnosis: gunshot wound left thigh with femoral shaft fracture, s/p IMN ⟦D|10/08⟧ (Dr. ⟦N|Neil Chaudhuri⟧, orthopaedics); acute blood loss anemia.
Hospital course: transfused 2 u PRBC. DVT prophylaxis enoxaparin. Tetanus given. PT: crutches, touch-down weight bearing.
Discharge meds: enoxaparin 40 mg SC daily ×4 weeks, acetaminophen 1 g q8h, oxycodone 5 mg q6h PRN ×5 days (jail formulary alternative acceptable), docusate.
Follow-up: ⟦H|Grady Orthopaedic Clinic⟧ ⟦D|10/27/2099⟧ 13:00 ⟦P|404-555-0165⟧ — jail to arrange transport. Wound check in 10–14 days.
Jail medical (⟦O|NaphCare⟧) contact: ⟦N|Simone Okoro⟧, RN ⟦P|404-555-0111⟧. Summary faxed to ⟦F|404-555-0112⟧ at 14:20.
Partner ⟦N|Abena Owusu⟧ asked for updates — not given (patient declined).
`);

note("intake-screen-short", `
Booking ⟦I|KCJ-2099-18844⟧ · ⟦LO|King County Correctional Facility⟧ · ⟦D|10/13/99⟧ 03:02
⟦N|Le, Tuan Anh⟧ · DOB ⟦D|1/1/2001⟧ · nurse ⟦N|R. Pham⟧ · cleared for general pop · no meds · denies SI · ⟦N|RP⟧
`);

note("officer-incident-injury", `
Employee/Inmate Exposure Report — ⟦O|Pennsylvania Department of Corrections⟧, ⟦LO|SCI Fayette⟧, ⟦C|LaBelle⟧
Date of exposure: ⟦D|10/12/2099⟧ 19:50   Incident # ⟦I|FYT-99-0477⟧
Source inmate: ⟦N|Vernon Lee Hatfield⟧   Inmate # ⟦I|QN4471⟧   DOB ⟦D|04/11/1976⟧   Known HCV+, HIV−.
Exposed: CO ⟦N|Daniel Kowalski-Reyes⟧ (employee ID ⟦I|E-778104⟧) — bite to right forearm, skin broken, during cell extraction (Unit RHU-B, cell 9).
First aid by ⟦N|Heather Mrozek⟧, RN. CO sent to ⟦H|Uniontown Hospital⟧ ED (Dr. ⟦N|Fatima Zahra Bennani⟧); PEP not indicated per source HIV negative (⟦D|09/2099⟧), baseline labs drawn; follow up with ⟦O|Concentra⟧ occupational health ⟦P|724-555-0147⟧.
Source inmate: consent for repeat HIV/HCV testing obtained, drawn 21:10.
Notified: Lt. ⟦N|Brent Yoder⟧, shift commander; CHCA ⟦N|Paula Stefanik⟧ ⟦P|724-555-0101⟧ ext ⟦P|4471⟧.
`);

note("ice-sick-call-dilley", `
Sick Call — ⟦LO|South Texas Family Residential Center⟧, ⟦C|Dilley⟧, ⟦STATE|TX⟧   ⟦D|13/10/2099⟧ (entered as dd/mm by interpreter; ⟦D|October 13, 2099⟧)
Resident: ⟦N|Yessenia Guadalupe Ramírez López⟧ (mother), A# ⟦I|A-220-714-903⟧, with children ⟦N|Dayana Ramírez⟧ (7, A# ⟦I|A-220-714-904⟧) and ⟦N|Josué Ramírez⟧ (3, A# ⟦I|A-220-714-905⟧).
Complaint (⟦N|Josué⟧): fever 3 days, cough, decreased oral intake. Tmax 39.2.
Exam: HR 148, RR 38, SpO2 93% RA, crackles R base. Wt 13.1 kg.
Plan: sent to ⟦H|Frio Regional Hospital⟧, ⟦C|Pearsall⟧, by ambulance (⟦O|Frio County EMS⟧ unit 4) with mother; escort ⟦O|CoreCivic⟧ officer ⟦N|Alfredo Tijerina⟧ #⟦I|CC-7741⟧. Sister ⟦N|Dayana⟧ to remain with aunt ⟦N|Maritza López⟧ (A# ⟦I|A-220-714-911⟧) in housing.
Pediatric provider: ⟦N|Adriana Villarreal⟧, MD. Records # ⟦M|STFRC-99-30471⟧.
Legal services notified: ⟦O|RAICES⟧ (⟦P|210-555-0124⟧).
`);

note("death-review-summary", `
Mortality Review — Clinical Summary (Peer Review Privileged)
Decedent: ⟦N|Harlan Boyd Tisdale⟧   ADOC AIS # ⟦I|00177190⟧   DOB ⟦D|01/30/1958⟧   DOD ⟦D|09/28/2099⟧
Facility: ⟦LO|Donaldson Correctional Facility⟧, ⟦C|Bessemer⟧, ⟦STATE|AL⟧; died at ⟦H|UAB Hospital⟧, ⟦C|Birmingham⟧.
Timeline:
⟦D|09/14⟧ — sick call (LPN ⟦N|Regina Halstead⟧): abdominal pain, given antacid.
⟦D|09/19⟧ — second request; seen by ⟦N|Bradley Cummings⟧, CRNP: guaiac +, Hgb 9.1; ordered CT (not done — transport unavailable per Capt. ⟦N|Odom⟧).
⟦D|09/24⟧ — collapsed in dorm; sent out; CT: perforated gastric ulcer.
⟦D|09/28⟧ — died post-op (Dr. ⟦N|Eun-ji Seo⟧, surgery).
Findings: delay in diagnostic imaging (5 days); sick call response within policy.
Corrective action: transport scheduling escalation; education to nursing.
Committee: Dr. ⟦N|Arthur Pennington⟧ (chair, ⟦O|YesCare Corp.⟧ regional medical director), ⟦N|Lisa Moorehead⟧ (ADOC Office of Health Services), Dr. ⟦N|K. Suleiman⟧.
Next of kin: brother ⟦N|Curtis Tisdale⟧, ⟦C|Gadsden⟧.
`);

note("telepsych-juvenile", `
Tele-psychiatry — ⟦LO|Northern Oregon Regional Corrections Facility⟧ juvenile unit (⟦LO|NORCOR⟧), ⟦C|The Dalles⟧, ⟦STATE|OR⟧
Date: ⟦D|10/13/2099⟧ · Psychiatrist: Dr. ⟦N|Emeka Nwosu⟧ (⟦H|OHSU⟧ child psychiatry) · Staff present: ⟦N|Kelsey Brandvold⟧, QMHP
Youth: ⟦N|Aiyana Whitefeather⟧, 16 · Detention # ⟦I|N99-0447⟧ · DOB ⟦D|01/18/2083⟧
Parent/guardian consent: mother ⟦N|Rosemary Whitefeather⟧ (⟦LO|Warm Springs Reservation⟧, ⟦P|541-555-0158⟧) consented by phone, witnessed by ⟦N|KB⟧.
Hx: PTSD, prior residential at ⟦O|Trillium Family Services⟧. Self-harm ⟦D|09/2099⟧. Started fluoxetine 10 mg ⟦D|09/22⟧.
Today: sleep better, no self-harm ×3 weeks. Fluoxetine → 20 mg. Safety plan reviewed.
Juvenile department counselor ⟦N|Jared Holm⟧ (⟦O|Wasco County Juvenile Department⟧) requests summary for hearing ⟦D|10/27/2099⟧ before Judge ⟦N|Ingrid Solheim⟧.
Next: 4 weeks.
`);

note("jail-medical-shift-report", `
Medical Unit Shift Report — ⟦LO|Davidson County Downtown Detention Center⟧, ⟦C|Nashville⟧   ⟦DAY|Tue⟧ ⟦D|10/13/2099⟧ night → day
Off-going: ⟦N|Brianna Sutter⟧, RN   On-coming: ⟦N|Emmanuel Tesfaye⟧, RN   Provider on call: Dr. ⟦N|Priscilla Oyebode⟧ (pager ⟦P|615-555-0170⟧)
Census 14. Highlights:
• Cell M-2 ⟦N|Hollis, Jerome⟧ (JID ⟦I|559201⟧): DKA rule-out overnight, BG 412 → 238 after insulin; sent to ⟦H|Nashville General Hospital⟧ at 02:40 with Ofc. ⟦N|Laird⟧ (#⟦I|3312⟧) and Ofc. ⟦N|Bui⟧ (#⟦I|3390⟧). Hospital MRN ⟦M|NGH-0044719⟧. Call charge nurse ⟦N|Keisha Dandridge⟧ ⟦P|615-555-0189⟧ for update.
• Cell M-4 ⟦N|Abreu-Santana, Luis⟧ (JID ⟦I|559244⟧): opiate withdrawal COWS 14 → 7, buprenorphine 4 mg given 05:00; verified with ⟦H|Mercy Community Healthcare⟧ (Dr. ⟦N|Howard Pickens⟧). Wife ⟦N|Yaritza⟧ called twice, told to call HSA.
• Cell M-6 ⟦N|Greenleaf, Opal⟧ (JID ⟦I|559250⟧): 31 wk pregnant, BP 146/94 ×2 — OB Dr. ⟦N|Rochelle Amadi⟧ at ⟦H|Meharry Medical College⟧ clinic notified; labs drawn; keep on medical.
• Cell M-9 ⟦N|Szabo, Imre⟧ (JID ⟦I|559188⟧): age ⟦A|91⟧, dementia, fall 23:10 — no injury, bed alarm (⟦DEV|POSEY-8120-44719⟧) replaced; son ⟦N|Gabor Szabo⟧ (⟦C|Franklin⟧) notified per ROI.
• Cell M-11 ⟦N|Ruiz, Ana Cristina⟧ (JID ⟦I|559301⟧): wound care R hand; court ⟦D|10/14⟧ — ⟦O|Davidson County General Sessions Court⟧, docket ⟦I|GS-99-447190⟧; public defender ⟦N|Thomas Abernathy⟧ (⟦O|Metropolitan Public Defender's Office⟧ ⟦P|615-555-0114⟧).
Sick call slips: 22 received, 9 seen, 13 for day shift. Pill line late 20 min (lockdown, Sgt. ⟦N|Coleman⟧).
Pharmacy delivery from ⟦O|Diamond Pharmacy Services⟧ expected 10:00.
Report given face to face 06:45. ⟦N|BS⟧ / ⟦N|ET⟧
`);
write();
