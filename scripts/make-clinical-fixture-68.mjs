// Why this file exists: builds test/fixtures/clinical-notes-68.jsonl, a sixty-eighth labelled set of clinical texts
// written by hand in stop 63 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 65 and 66's generators, fixture-io.mjs, test/clinical-notes-64.test.ts and the
// header of fixture 40's generator and the older generators' lines holding embassies, camps, detention centres and
// passports were read for the form and the labels; the other stop-63 fixture, written at the same time, was not read),
// in the register of REFUGEE, IMMIGRANT AND TRAVEL HEALTH: refugee domestic health assessments (initial and second
// visits), overseas medical exam reviews (DS-3025 vaccination records, DS-3026 histories, EDN notifications), I-693
// civil surgeon exams and a civil surgeon's referral, TB class B follow-ups and a health department letter and a DOT
// log, interpreter-mediated visits (in-person, phone and video interpreters with names and ID numbers, a language
// line log), asylum forensic medical and psychological evaluations, unaccompanied children's shelter intake and sick
// call notes, a sponsor verification call, migrant farmworker clinic notes (a mobile clinic log, heat illness, a
// pesticide exposure report, an H-2A worker's injury), pre-travel consults (itineraries naming foreign cities, an
// embassy, yellow fever certificates and a waiver letter, passport numbers, Hajj), post-travel fever workups (malaria,
// dengue), immigration detention transfer and release summaries and a detention sick call, resettlement caseworker
// calls and a referral e-mail thread, community health worker home visits, a Uniting for Ukraine parolee's intake, a
// translated foreign vaccine record, lead follow-up, prenatal care with an interpreter, an elder's visit.
// 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns real or invented, states real): Bowling Green and Louisville; Utica; Tucson and Eloy; Tacoma; Oxnard;
// Harlingen, McAllen and Brownsville; Dalton; Amarillo; Wapato and Tieton (Yakima Valley); Omaha; Hamtramck, Dearborn
// and Detroit; St. Cloud; Dallas; Decatur, Clarkston, Stone Mountain and Atlanta; Miami; Immokalee; Fargo and
// Minneapolis; Portland (Maine) and Lewiston; Boise, Kuna and Meridian; Lancaster; Erie; Columbus; Batavia and
// Brooklyn; Greeley and Denver; San Diego; Salinas; Springfield, Brockton and Chicopee (Massachusetts); Worthington;
// Philadelphia; Las Cruces and San Antonio; Elk Grove, North Highlands and Sacramento; Othello, Royal City and Moses
// Lake; Grand Rapids; abroad Kabul, Kandahar, Jalalabad, Islamabad, Doha, Mae La, Mae Sot, Bangkok, Kuala Lumpur,
// Nairobi, Kakuma, Dadaab, Kampala, Nakivale, Entebbe, Goma, Bukavu, Kavumu, Nyarugusu, Mahama, Kigali, Cox's Bazar and
// Kutupalong, Port-au-Prince and Cap-Haïtien, Kharkiv, Poltava, Lviv, Warsaw, Daraa, Irbid, Amman, Mogadishu, Baidoa,
// Hargeisa, Istanbul, Tapachula, Reynosa, San Pedro Carchá, Ixcán, Huehuetenango, San Pedro Sula, Medellín,
// Cartagena, Cúcuta, Accra, Kumasi, Lagos, Enugu, Amritsar, Jalandhar, Delhi, Tenancingo, Jeddah, Mecca, Medina.
// PHI forms sought: names of many origins (Arabic, Dari and Pashto, Somali, Burmese and Karen, Spanish and Mayan,
// Haitian Creole, Ukrainian, Congolese), written "LAST, FIRST", "First LAST", with transliteration variants of one
// person ("Mohammad / Mohammed / Muhammad", "Hrytsenko / Gritsenko"), one-word names (Karen and Afghan), Burmese and
// Karen honorifics kept inside the name ("Saw", "Naw", "Daw" as fixture 40 writes them), nicknames; interpreters'
// names with their ID numbers; caseworkers, sponsors, CHWs, civil surgeons, panel physicians, officers and clinicians;
// A-numbers in several forms, I-94 numbers, USCIS receipt numbers, resettlement case numbers, UNHCR numbers, passport
// numbers, yellow fever certificate numbers, detention and booking numbers, interpreter ids, NPIs, licences (ID);
// Medicaid and refugee medical assistance numbers (HEALTHPLAN); MRNs; phones, faxes, e-mails, a URL; camps and
// counties (LOCATION-OTHER); foreign and US towns (CITY); dates as "03/14/2099", "14-MAR-2099", "2099-03-14",
// "14.03.2099", "14/03/2099", "March 14, 2099", "14 March 2099", "Mar 14", "3/14", month and year, bare years; ages
// over 89.
// Hard negatives: countries (`ignored`, COUNTRY), nationalities and languages (Afghan, Somali, Karen, Dari, Pashto,
// Kinyarwanda, Swahili, Lingala, Mam, K'iche', Haitian Creole, Ukrainian, Tigrinya, Rohingya), vaccines and drugs
// (MMR, Varivax, Tdap, Typhim Vi, Vivotif, Ixiaro, YF-Vax, Stamaril, Menveo, MenQuadfi, Twinrix, Malarone,
// atovaquone-proguanil, doxycycline, Coartem, primaquine, albendazole, ivermectin, praziquantel, isoniazid,
// rifapentine, rifampin, QuantiFERON-TB Gold Plus), visa classes (SIV, SQ1, B1/B2, H-2A, F-1, IR-2), form numbers
// (DS-3025, DS-3026, I-693, I-94, I-589, I-130, ICVP), programmes (Refugee Medical Assistance, Reception and
// Placement, EDN, Uniting for Ukraine, humanitarian parole, Migrant Health Program), scales (RHS-15, PHQ-9, HTQ).
// Labelling follows fixtures 40, 65 and 66: weekdays are `ignored` (DAY), as are states, provinces and countries;
// nationalities, languages, visa classes, form numbers, clock times, flight numbers, durations and ages under 90 are
// left unlabelled; titles, relations, credentials and cue words stay outside the name; hospitals, clinics, health
// centres, panel physicians' sites and the health department's TB clinic are HOSPITAL; resettlement agencies,
// interpreter vendors, shelters and care providers, employers, growers, embassies, law firms and agencies named in
// full are ORGANIZATION, bare agency acronyms ("ICE", "USCIS", "CDC", "ORR", "IHSC", "IOM", "UNHCR") left unlabelled;
// refugee camps, counties, detention centres, labour camps named as places LOCATION-OTHER; foreign towns CITY.
// Every person, town address, street number, organisation and number is invented here (states, countries, large cities,
// camps and a few large agencies are real, named as such); nothing is copied from any corpus.
// Label slips fixed after the blind score (no text changed; 1,389 -> 1,388 spans): a mobile clinic's van number
// ("VAN SAL-VAN-3") labelled ID, left unlabelled now as fixture 40 leaves apparatus and unit numbers; "Ramadan" left
// unlabelled, `ignored` (DAY) now as fixture 40 ignores holidays and as "Nowruz" is here.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-66 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-68.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-68.jsonl", "make-clinical-fixture-68");
// ======================================================== ALL CAPS (10) ========================================================

note("domestic-assessment-caps", `
⟦H|WARREN COUNTY HEALTH DEPARTMENT⟧ REFUGEE HEALTH CLINIC - DOMESTIC HEALTH ASSESSMENT (VISIT 1)
DATE: ⟦D|03/14/2099⟧   ARRIVAL DATE: ⟦D|02/27/2099⟧   PORT OF ENTRY: ⟦LO|CHICAGO O'HARE⟧
PATIENT: ⟦N|STANIKZAI, MOHAMMAD NASIR⟧   DOB ⟦D|01/01/2061⟧   A# ⟦I|A 221-447-806⟧   MRN ⟦M|WC-0447182⟧
COUNTRY OF ORIGIN: ⟦COUNTRY|AFGHANISTAN⟧. STATUS: SIV (SQ1). LANGUAGE: PASHTO, SOME DARI. LITERACY: PASHTO READS.
INTERPRETER: ⟦N|ZARGHONA WARDAK⟧ (IN PERSON), ID ⟦I|KYI-2207⟧, ⟦O|KENTUCKY INTERPRETERS ALLIANCE⟧.
RESETTLEMENT AGENCY: ⟦O|INTERNATIONAL CENTER OF KENTUCKY⟧, CASEWORKER ⟦N|DELANEY HOPE⟧ ⟦P|270-555-0131⟧, CASE # ⟦I|AF-2099-04471⟧.
ADDRESS: ⟦S|812 FAIRVIEW AVE⟧ APT 3, ⟦C|BOWLING GREEN⟧ ⟦STATE|KY⟧ ⟦Z|42101⟧
HOUSEHOLD: WIFE ⟦N|SHUKRIA⟧ (SEE SEPARATE CHART ⟦M|WC-0447183⟧), SONS ⟦N|HABIBULLAH⟧ (9) AND ⟦N|ZABIHULLAH⟧ (6), DAUGHTER ⟦N|MALALAI⟧ (2).
OVERSEAS EXAM: ⟦D|12-NOV-2098⟧, PANEL PHYSICIAN DR. ⟦N|FAWAD QURESHI⟧, ⟦H|IOM MIGRATION HEALTH CLINIC ISLAMABAD⟧. CXR NORMAL, NO CLASS.
SCREENING: QUANTIFERON-TB GOLD PLUS NEGATIVE; HEP B SAG NEG, ANTI-HBS POS; STRONGYLOIDES IGG POSITIVE - IVERMECTIN 200 MCG/KG X2 DAYS; HGB 12.1.
VACCINES GIVEN: TDAP, MMR #2, VARIVAX #1. DS-3025 REVIEWED.
NEXT: VISIT 2 ON ⟦D|04/04/2099⟧; DENTAL REFERRAL TO ⟦H|FAIRVIEW COMMUNITY HEALTH CENTER⟧ ⟦S|1320 US-31W BYPASS⟧.
SEEN BY: ⟦N|RUTH ANN BLEVINS⟧, APRN   ⟦N|RAB⟧   REFUGEE MEDICAL ASSISTANCE # ⟦HP|RMA-KY-2099-118204⟧
`);

note("overseas-exam-review-caps", `
EDN NOTIFICATION REVIEW - OVERSEAS MEDICAL EXAM (DS-3025 / DS-3026)   ⟦O|ONEIDA COUNTY HEALTH DEPARTMENT⟧, ⟦C|UTICA⟧ ⟦STATE|NY⟧
REVIEWED ⟦D|2099-05-06⟧ BY ⟦N|KATERYNA BOYKO-MARSH⟧, RN, REFUGEE HEALTH COORDINATOR
ALIEN: ⟦N|NAW PAW SAY⟧   ALIEN ID ⟦I|A209448117⟧   DOB ⟦D|15-JUN-2071⟧   SEX F   NATIONALITY: BURMESE (KAREN)
CASE: ⟦I|TH-0447182⟧   CAMP: ⟦LO|MAE LA⟧, ⟦STATE|TAK PROVINCE⟧, ⟦COUNTRY|THAILAND⟧   EXAM SITE: ⟦H|IOM MAE SOT HEALTH ASSESSMENT CENTRE⟧
EXAM DATE ⟦D|02-FEB-2099⟧; DEPARTURE ⟦D|28-APR-2099⟧ ⟦C|BANGKOK⟧ - ⟦C|NEW YORK⟧ JFK - ⟦C|SYRACUSE⟧
TB: CLASS B1 PULMONARY - CXR FIBROSIS RUL, SPUTUM SMEAR X3 NEG, CULTURES NEG (FINAL ⟦D|03/30/2099⟧). TREATED ⟦D|2096⟧ AT ⟦H|MAE LA TB PROGRAM⟧.
DS-3025 DOSES: MMR ⟦D|10-JAN-2099⟧; TD ⟦D|10-JAN-2099⟧; VARICELLA HISTORY OF DISEASE. PRESUMPTIVE: ALBENDAZOLE 400 MG AND PRAZIQUANTEL GIVEN; ANTIMALARIAL (COARTEM) ⟦D|26-APR-2099⟧.
HOUSEHOLD MEMBERS ON SAME CASE: ⟦N|SAW EH HTOO⟧ (HUSBAND, ⟦I|A209448118⟧), ⟦N|NAW MU HSER⟧ (DAUGHTER, 14), ⟦N|SAW KAW DOH⟧ (SON, 11).
DESTINATION: ⟦S|1419 ELM ST⟧ UPPER, ⟦C|UTICA⟧ ⟦STATE|NY⟧ ⟦Z|13501⟧. SPONSOR AGENCY ⟦O|MOHAWK VALLEY RESOURCE CENTER FOR REFUGEES⟧, ⟦P|315-555-0188⟧.
ACTION: TB CLINIC APPT ⟦D|05/12/2099⟧ 9:00 WITH DR ⟦N|OKAFOR-DUNNE⟧; KAREN INTERPRETER REQUESTED (⟦N|SAW LER MOO⟧, ID ⟦I|MV-114⟧).
`);

note("tb-class-b-caps", `
TB CONTROL PROGRAM - CLASS B FOLLOW-UP WORKSHEET   ⟦H|PIMA COUNTY TB CLINIC⟧, ⟦S|3950 S COUNTRY CLUB RD⟧, ⟦C|TUCSON⟧
CLIENT: ⟦N|NSIMIRE, FURAHA⟧   DOB ⟦D|07/04/2079⟧   A-NUMBER ⟦I|A-217-004-892⟧   TB CLASS: B1 (EXTRAPULMONARY, TREATED)
ORIGIN: ⟦COUNTRY|DEMOCRATIC REPUBLIC OF THE CONGO⟧; LIVED IN ⟦LO|NYARUGUSU⟧ CAMP, ⟦COUNTRY|TANZANIA⟧ ⟦D|2090⟧-⟦D|2098⟧. LANGUAGES: SWAHILI, KIBEMBE.
ARRIVED ⟦D|JAN 22, 2099⟧. EDN RECEIVED ⟦D|JAN 24, 2099⟧. FIRST CONTACT ATTEMPT ⟦D|1/27⟧ (NO ANSWER ⟦P|520-555-0163⟧).
CONTACTED VIA CASEWORKER ⟦N|AMANI BYAMUNGU⟧, ⟦O|LUTHERAN SOCIAL SERVICES OF THE SOUTHWEST⟧, ⟦P|520-555-0107⟧ EXT ⟦P|214⟧.
EVALUATION ⟦D|2/3/99⟧: IGRA POSITIVE; CXR CALCIFIED GRANULOMA LLL; NO SYMPTOMS. SPUTA X3 COLLECTED ⟦D|2/3⟧, ⟦D|2/4⟧, ⟦D|2/5⟧ - ALL AFB SMEAR NEG, CULTURE NEG AT 8 WEEKS.
PLAN: LTBI NOT TREATED (PRIOR FULL COURSE DOCUMENTED IN ⟦LO|NYARUGUSU⟧ TB REGISTER #⟦I|NYA-TB-2093-0447⟧). CLOSE AS CLASS B1, NO ACTIVE TB.
HOME: ⟦S|2270 E WATERMAN ST⟧ #14, ⟦C|TUCSON⟧ ⟦STATE|AZ⟧ ⟦Z|85719⟧. CHILD ⟦N|MAPENDO⟧ (4) REFERRED TO PEDIATRICS AT ⟦H|EL RIO HEALTH⟧.
DISPOSITION REPORTED TO EDN ⟦D|04/07/2099⟧.   NURSE CASE MANAGER: ⟦N|BRIANNA OCHOA-STEELE⟧, RN   FAX ⟦F|520-555-0199⟧
`);

note("detention-transfer-caps", `
IHSC MEDICAL TRANSFER SUMMARY   SENDING: ⟦LO|ELOY DETENTION CENTER⟧, ⟦C|ELOY⟧ ⟦STATE|AZ⟧   RECEIVING: ⟦LO|NORTHWEST ICE PROCESSING CENTER⟧, ⟦C|TACOMA⟧ ⟦STATE|WA⟧
TRANSFER DATE: ⟦D|18 SEP 2099⟧   DETAINEE: ⟦N|XUNCAX TZOC, MARIA DE LOS ANGELES⟧   A# ⟦I|219448203⟧   SUBJECT ID ⟦I|3904471826⟧
DOB ⟦D|03/09/2080⟧   COUNTRY OF CITIZENSHIP: ⟦COUNTRY|GUATEMALA⟧   LANGUAGE: MAM (SPANISH LIMITED) - INTERPRETER VIA ⟦O|LANGUAGELINE⟧ #⟦I|402281⟧ (MAM), ⟦N|ROSENDO⟧.
ACTIVE PROBLEMS: GESTATIONAL DIABETES, 27 WEEKS (LMP ⟦D|03/20/2099⟧, EDD ⟦D|12/25/2099⟧); ANEMIA HGB 9.8; LATENT TB (IGRA POS ⟦D|08/30/2099⟧, CXR NEG).
MEDS: PRENATAL VITAMIN, FERROUS SULFATE 325 MG, INSULIN NPH 12 U QHS (SUPPLY SENT 7 DAYS).
OB FOLLOWED BY DR ⟦N|ANGELICA FERRER⟧ AT ⟦H|BANNER UNIVERSITY MEDICAL CENTER TUCSON⟧; LAST VISIT ⟦D|9/12/99⟧. RECORDS FAXED FROM ⟦F|520-555-0144⟧.
EMERGENCY CONTACT: SISTER ⟦N|ELVIRA XUNCAX⟧, ⟦C|OXNARD⟧ ⟦STATE|CA⟧, ⟦P|805-555-0125⟧.
ATTORNEY OF RECORD: ⟦N|NICOLE ABERNATHY-SOTO⟧, ⟦O|FLORENCE IMMIGRANT AND REFUGEE RIGHTS PROJECT⟧ ⟦P|520-555-0180⟧.
SENDING CLINICIAN: ⟦N|GREGORY PAINTER⟧, PA-C   IHSC   RECEIVING NOTIFIED: HSA ⟦N|L. MWANGI⟧ ⟦D|9/17⟧ 16:20.
`);

note("pre-travel-caps", `
⟦H|UNIVERSITY OF LOUISVILLE TRAVEL CLINIC⟧ - PRE-TRAVEL CONSULTATION   ⟦D|JUNE 2, 2099⟧
TRAVELER: ⟦N|ASANTE-MENSAH, KWABENA⟧   DOB ⟦D|10/30/2050⟧   MRN ⟦M|UL4471826⟧   PASSPORT (US) ⟦I|A04471826⟧
ITINERARY: DEPART ⟦C|LOUISVILLE⟧ ⟦D|JULY 8⟧ - ⟦C|ACCRA⟧ (⟦D|7/9⟧-⟦D|7/15⟧, STAYING WITH BROTHER ⟦N|YAW ASANTE-MENSAH⟧, ⟦S|14 OXFORD ST⟧, ⟦C|OSU⟧) - ⟦C|KUMASI⟧ (⟦D|7/15⟧-⟦D|8/2⟧, FUNERAL OF MOTHER, VILLAGE NEAR ⟦C|EJISU⟧) - RETURN ⟦D|AUG 3⟧.
PURPOSE: VFR. RURAL EXPOSURE, FRESHWATER, NO BED NETS AT HOME.
VACCINES: YELLOW FEVER (YF-VAX) GIVEN TODAY - ICVP CERTIFICATE ⟦I|YF-KY-0447182⟧, STAMPED BY ⟦H|UNIVERSITY OF LOUISVILLE TRAVEL CLINIC⟧ CENTER CODE ⟦I|KY-0091⟧. TYPHIM VI. MENQUADFI NOT NEEDED. HEP A (HAVRIX) #1.
MALARIA PROPHYLAXIS: ATOVAQUONE-PROGUANIL (MALARONE) 250/100 DAILY, START 1-2 DAYS BEFORE, 7 DAYS AFTER. DISPENSED #33.
TRAVELERS' DIARRHEA: AZITHROMYCIN 1 G X1 PRN. SCHISTOSOMIASIS COUNSELING.
VISA: ⟦O|EMBASSY OF GHANA⟧ ⟦C|WASHINGTON⟧, ⟦STATE|DC⟧ - APPLIED ⟦D|5/20⟧. EMERGENCY CONTACT WIFE ⟦N|PATIENCE⟧ ⟦P|502-555-0172⟧.
CONSULTANT: ⟦N|HELENA VOORHEES⟧, MD, CTROPMED   NURSE ⟦N|JASMINE TREADWAY⟧, RN
`);

note("interpreter-log-caps", `
LANGUAGE SERVICES ENCOUNTER LOG - ⟦H|HAMTRAMCK FAMILY HEALTH CENTER⟧   WEEK OF ⟦D|10/19/2099⟧
⟦D|10/19⟧ 08:40  ARABIC (YEMENI)  IN PERSON  ⟦N|FADWA AL-SHAMIRI⟧ #⟦I|HFH-207⟧  PT ⟦N|AL-MAQTARI, ABDULLAH⟧ ⟦M|HF-220471⟧  DR ⟦N|BAZZI⟧
⟦D|10/19⟧ 10:15  BENGALI  VIDEO  ⟦O|CYRACOM⟧ ⟦N|TANVIR⟧ #⟦I|CY-88147⟧  PT ⟦N|BEGUM, ROKSANA⟧ ⟦M|HF-220988⟧  DR ⟦N|KOWALCZYK⟧
⟦D|10/20⟧ 09:05  ARABIC (IRAQI)  PHONE  ⟦O|LANGUAGELINE⟧ ⟦N|HAIDER⟧ #⟦I|275109⟧  PT ⟦N|JABBAR, NOOR⟧ ⟦M|HF-219004⟧  NP ⟦N|DEVINE⟧
⟦D|10/20⟧ 13:30  UKRAINIAN  IN PERSON  ⟦N|YULIIA KOVALCHUK⟧ #⟦I|HFH-231⟧  PT ⟦N|HRYTSENKO, MYKOLA⟧ ⟦M|HF-221460⟧  DR ⟦N|BAZZI⟧
⟦D|10/21⟧ 11:00  BOSNIAN  PHONE  ⟦O|LANGUAGELINE⟧ ⟦N|EMINA⟧ #⟦I|281340⟧  PT ⟦N|HODZIC, SENAD⟧ ⟦M|HF-218112⟧  DR ⟦N|OYELOWO⟧
⟦D|10/22⟧ 14:45  ARABIC (YEMENI)  IN PERSON  ⟦N|FADWA AL-SHAMIRI⟧ #⟦I|HFH-207⟧  PT ⟦N|AL-MAQTARI, ABDALLA⟧ (SAME PT, NAME ON CARD) ⟦M|HF-220471⟧  RN ⟦N|MCCANDLESS⟧
DECLINED INTERPRETER: ⟦D|10/21⟧ PT ⟦N|SALEH, AMIRA⟧ (SON ⟦N|KHALED⟧, 17, OFFERED TO INTERPRET - NOT ALLOWED PER POLICY; PHONE INTERPRETER USED).
LOG KEPT BY ⟦N|SAMIRA ELHAGE⟧, LANGUAGE SERVICES COORDINATOR, ⟦S|11900 JOS CAMPAU AVE⟧, ⟦C|HAMTRAMCK⟧ ⟦STATE|MI⟧ ⟦Z|48212⟧  ⟦P|313-555-0156⟧
`);

note("uc-shelter-intake-caps", `
⟦O|CASA ESPERANZA CHILDREN'S SHELTER⟧ - ORR CARE PROVIDER - INITIAL MEDICAL EXAM (IME)
UC NAME: ⟦N|CAC POP, JUAN CARLOS⟧   AKA ⟦N|JUANCHO⟧   A# ⟦I|A 240-118-447⟧   DOB (PER CHILD) ⟦D|04/11/2084⟧   AGE 15
ADMITTED ⟦D|08/03/2099⟧ FROM CBP ⟦LO|RIO GRANDE VALLEY SECTOR⟧ (⟦LO|URSULA CENTRALIZED PROCESSING CENTER⟧, ⟦C|MCALLEN⟧).
SHELTER ADDRESS: ⟦S|4400 N 77 SUNSHINE STRIP⟧, ⟦C|HARLINGEN⟧ ⟦STATE|TX⟧ ⟦Z|78550⟧
HOME: ⟦C|SAN PEDRO CARCHA⟧, ⟦STATE|ALTA VERAPAZ⟧, ⟦COUNTRY|GUATEMALA⟧. LANGUAGE Q'EQCHI', SPANISH SECOND. JOURNEY 41 DAYS VIA ⟦C|TAPACHULA⟧ AND ⟦C|REYNOSA⟧.
EXAM ⟦D|08/05/2099⟧ BY DR. ⟦N|ISELA GARZA-MONTOYA⟧, ⟦H|SUNSHINE PEDIATRICS⟧: SCABIES (PERMETHRIN), TINEA CAPITIS, HGB 11.2; VARICELLA CONTACT IN POD B ⟦D|8/4⟧ - VARIVAX GIVEN.
IGRA NEG. VACCINES PER CATCH-UP: TDAP, MENQUADFI, HPV #1, MMR #1, IPV #1.
DISCLOSURE: ASSAULTED IN ⟦C|REYNOSA⟧ BY SMUGGLER ("EL ⟦N|CHAPARRO⟧"); SIR FILED ⟦I|SIR-2099-08-0447⟧, CLINICIAN ⟦N|MELINDA ROARK⟧, LCSW.
POTENTIAL SPONSOR: UNCLE ⟦N|ERWIN CAC CHOC⟧, ⟦C|DALTON⟧ ⟦STATE|GA⟧, ⟦P|706-555-0118⟧. CASE MANAGER ⟦N|ODALYS PIÑERO⟧, ⟦E|OPINERO@CASAESPERANZA-EXAMPLE.ORG⟧.
`);

note("i693-civil-surgeon-caps", `
CIVIL SURGEON WORKSHEET - FORM I-693 (REPORT OF IMMIGRATION MEDICAL EXAMINATION)
CIVIL SURGEON: DR. ⟦N|HAMID RAHIMI-COLE⟧, ⟦H|PASSPORT HEALTH AMARILLO⟧, ⟦S|3501 S SONCY RD⟧ STE 140, ⟦C|AMARILLO⟧ ⟦STATE|TX⟧ ⟦Z|79119⟧   USCIS CIVIL SURGEON CODE ⟦I|CS-TX-04471⟧
APPLICANT: ⟦N|HTET, MA THIDA⟧ (FAMILY NAME NOT USED - BURMESE; ALSO WRITTEN ⟦N|MA THIDA HTET⟧)   DOB ⟦D|22 MAY 2068⟧   A# ⟦I|A213-776-402⟧
USCIS RECEIPT ⟦I|IOE0914471826⟧ (I-485)   I-94 ⟦I|98044718263⟧   PASSPORT ⟦COUNTRY|MYANMAR⟧ ⟦I|MF447182⟧
EXAM DATES: ⟦D|11/02/2099⟧ (HISTORY, PE, IGRA DRAWN); ⟦D|11/09/2099⟧ (RESULTS, VACCINES).
TB: IGRA (T-SPOT) POSITIVE; CXR ⟦D|11/05/2099⟧ AT ⟦H|BSA HEALTH SYSTEM⟧ - NO ACTIVE DISEASE. CLASS B2 LTBI; REFERRED TO ⟦H|AMARILLO PUBLIC HEALTH⟧ TB CLINIC.
SYPHILIS RPR NONREACTIVE. GONORRHEA NAAT NEG.
VACCINES: TDAP, MMR, INFLUENZA, COVID-19 (PFIZER), HEP B #1. VARICELLA: TITER IMMUNE.
SEALED ENVELOPE GIVEN TO APPLICANT ⟦D|11/09/2099⟧. ATTORNEY ⟦N|CLAYTON BRISCOE⟧ (⟦O|BRISCOE & TRAN IMMIGRATION LAW⟧) ⟦F|806-555-0134⟧ NOTIFIED.
STAFF: ⟦N|MARISOL OCHOA⟧, MA   ⟦N|MO⟧   CHART ⟦M|PHA-0447182⟧   PH ⟦P|806-555-0111⟧
`);

note("migrant-mobile-clinic-caps", `
⟦H|SALUD MOBILE CLINIC⟧ - FARMWORKER OUTREACH LOG   ⟦LO|YAKIMA VALLEY⟧   ⟦DAY|TUESDAY⟧ ⟦D|07/14/2099⟧
SITE 1: ⟦O|SUNDQUIST ORCHARDS⟧ LABOR CAMP, ⟦S|2210 LATERAL A RD⟧, ⟦C|WAPATO⟧ ⟦STATE|WA⟧ ⟦Z|98951⟧ (CREW BOSS ⟦N|RIGOBERTO ANAYA⟧ ⟦P|509-555-0114⟧)
- ⟦N|CHAVEZ MEJIA, BRAYAN ALEXANDER⟧ 19 H-2A (⟦COUNTRY|MEXICO⟧) - HEAT CRAMPS, BP 128/80, ORS GIVEN, RTW TOMORROW. ID ⟦I|SAL-20991⟧
- ⟦N|LOPEZ, EPIFANIO⟧ 52 - DM2, GLUCOSE 312; OUT OF METFORMIN 2 WK. REFILLED; APPT ⟦H|YAKIMA VALLEY FARM WORKERS CLINIC⟧ ⟦D|7/16⟧.
- ⟦N|VASQUEZ, TEODORA⟧ 34 - RASH BOTH FOREARMS AFTER THINNING; HYDROCORTISONE. PESTICIDE REPORT TO ⟦O|WA DEPARTMENT OF HEALTH⟧ #⟦I|PEST-99-0714-02⟧.
SITE 2: ⟦O|TIETON RIDGE FARMS⟧ HOUSING, ⟦C|TIETON⟧; DRIVER ⟦N|MANNY⟧.
- ⟦N|PASCUAL, JACINTO⟧ 28 (MIXTEC, SPANISH LIMITED; INTERPRETER ⟦N|FAUSTINO RAMIREZ⟧ ID ⟦I|CIO-0447⟧, ⟦O|CENTRO INDIGENA OAXAQUENO⟧) - LACERATION L HAND, STERI-STRIPS, TDAP.
- ⟦N|XOCHITL⟧ (NO LAST NAME GIVEN) 16 - HEADACHE, DECLINED REGISTRATION; NURSE ⟦N|CONNIE BAUTISTA⟧ TO FOLLOW UP WITH MOTHER.
STAFF: DR. ⟦N|ELIAS FONTAINE⟧; CHW ⟦N|GUADALUPE TORRES-RIVAS⟧; RN ⟦N|CONNIE BAUTISTA⟧.   VAN SAL-VAN-3
`);

note("post-travel-fever-caps", `
⟦H|NEBRASKA MEDICINE⟧ EMERGENCY DEPARTMENT - POST-TRAVEL FEVER   ⟦D|28-AUG-2099⟧ 02:15
PT: ⟦N|OKONKWO, CHIDINMA⟧   DOB ⟦D|05-DEC-2088⟧   MRN ⟦M|NM00447182⟧   PHONE ⟦P|402-555-0129⟧
HPI: 10 YO RETURNED ⟦D|8/20⟧ FROM 6 WEEKS IN ⟦C|LAGOS⟧ AND ⟦C|ENUGU⟧, ⟦COUNTRY|NIGERIA⟧ (GRANDMOTHER ⟦N|NGOZI OKONKWO⟧'S HOUSE). NO PROPHYLAXIS TAKEN (MEFLOQUINE PRESCRIBED, STOPPED FOR NIGHTMARES). FEVER 3 DAYS, 104.2.
FLIGHT: ⟦C|LAGOS⟧ - ⟦C|AMSTERDAM⟧ - ⟦C|MINNEAPOLIS⟧, KL 588 / DL 168.
LABS: THICK/THIN SMEAR: P. FALCIPARUM 3.1% PARASITEMIA. BINAXNOW MALARIA POS. PLT 68K, BILI 2.4, CREAT 0.6, GLUCOSE 74.
DX: UNCOMPLICATED FALCIPARUM MALARIA, PARASITEMIA <5%. COARTEM (ARTEMETHER-LUMEFANTRINE) 3 TABS BID X3 DAYS, FIRST DOSE IN ED WITH MILK.
ADMIT PEDS (⟦H|CHILDREN'S NEBRASKA⟧ TRANSFER DECLINED BY FAMILY). ID CONSULT DR ⟦N|PRIYANKA THAKKAR-LUND⟧. REPORTED TO ⟦O|DOUGLAS COUNTY HEALTH DEPARTMENT⟧ ⟦D|8/28⟧.
FATHER ⟦N|EMEKA OKONKWO⟧ ⟦P|402-555-0192⟧; SIBLING ⟦N|ADAEZE⟧ (7) ALSO TRAVELED - AFEBRILE, SMEAR SENT.
ATTENDING ⟦N|JONAH WEATHERSPOON⟧, MD / RESIDENT ⟦N|T. NGUYEN-BAILEY⟧, MD
`);
// ======================================================== lower case (10) ========================================================

note("chw-home-visit-lower", `
community health worker home visit - ⟦O|bridges refugee health partnership⟧
date ⟦D|4/16/2099⟧  chw: ⟦N|hsa moo⟧ (karen/burmese)  family: ⟦N|paw wah⟧ household (head ⟦N|saw thet win⟧), ⟦S|1126 n 7th st⟧, ⟦C|st. cloud⟧ ⟦STATE|mn⟧ ⟦Z|56303⟧
present: ⟦N|saw thet win⟧, wife ⟦N|paw wah⟧, grandmother ⟦N|daw khin nyunt⟧ (age ⟦A|91⟧, bedbound), kids ⟦N|eh ler⟧ and ⟦N|htoo htoo⟧.
- grandma: pressure sore sacrum stage 2, dressing from ⟦H|centracare⟧ home care nurse ⟦N|brenda lindahl⟧ changed ⟦DAY|monday⟧. bp 162/90 - amlodipine bottle empty since ⟦D|april 10⟧. called pharmacy (⟦O|coborn's pharmacy⟧ ⟦P|320-555-0147⟧), refill ready.
- ⟦N|eh ler⟧ (6) blood lead 11 at second visit ⟦D|3/2/2099⟧; repeat due ⟦D|may⟧. house built ⟦D|1922⟧, peeling paint on porch; landlord ⟦N|gary holmquist⟧ ⟦P|320-555-0190⟧ told again.
- mmr #2 for ⟦N|htoo htoo⟧ due, scheduled at ⟦H|stearns county public health⟧ ⟦D|4/23⟧.
- family asked about rice ration from the camp card (⟦LO|umpiem mai⟧ camp, unhcr # ⟦I|ump-06-447182⟧) - not used here; snap card via caseworker ⟦N|jenna schroeder⟧ at ⟦O|lutheran social service of minnesota⟧ ⟦P|320-555-0133⟧.
next visit ⟦D|4/30⟧. time 75 min. ⟦N|hsa moo⟧ cell ⟦P|320-555-0164⟧
`);

note("caseworker-call-lower", `
phone call - resettlement caseworker to clinic   ⟦D|2099-01-09⟧ 15:40
caller: ⟦N|abdirizak farah⟧, case manager, ⟦O|refugee services of texas⟧ ⟦C|dallas⟧ office, ⟦P|214-555-0152⟧, ⟦E|afarah@rst-example.org⟧
re: ⟦N|hassan, fadumo abdi⟧ (dob ⟦D|1/1/2072⟧, a# ⟦I|a219-887-430⟧) and her 4 children, arrived ⟦D|12/18/2098⟧ from ⟦LO|kakuma⟧, case ⟦I|ke-0447182⟧.
- needs domestic screening appts for all 5 within 30 days of arrival (deadline ⟦D|jan 17⟧). scheduled ⟦D|1/13⟧ 8:30 with dr ⟦N|mcglothlin⟧ and ⟦D|1/14⟧ for kids with ⟦N|nadia el-khoury⟧, pnp.
- medicaid pending; refugee medical assistance id ⟦HP|tx-rma-447182⟧ to use meanwhile.
- son ⟦N|abdiwahab⟧ (8) has a leg brace from ⟦C|nairobi⟧ (ds-3026 notes polio, left leg). needs ortho referral - sent to ⟦H|scottish rite for children⟧.
- somali interpreter: prefer female; ⟦N|hodan⟧ from ⟦O|certified languages international⟧ (id ⟦I|cli-55391⟧) booked.
- address ⟦S|9810 walnut hill ln⟧ apt 1142, ⟦C|dallas⟧ ⟦Z|75238⟧. mother's phone is caseworker's until sim card ⟦D|1/12⟧.
taken by ⟦N|lupe arriaga⟧, front desk, ⟦H|parkland vickery meadow health center⟧.
`);

note("sponsor-call-lower", `
sponsor call - case management note - ⟦O|bethany children's shelter houston⟧
minor: ⟦N|yoselin ixcoy⟧ (a# ⟦I|240-551-837⟧), 13, ⟦COUNTRY|guatemala⟧, k'iche' and spanish.
date ⟦D|sept 2, 2099⟧ 11:10. called potential sponsor ⟦N|rosa ixcoy tum⟧ (mother) at ⟦P|404-555-0176⟧, address ⟦S|3115 glenwood rd⟧, ⟦C|decatur⟧, ⟦STATE|ga⟧ ⟦Z|30032⟧.
household: ⟦N|rosa⟧, partner ⟦N|mario lucas⟧, two kids (⟦N|kevin⟧ 5, ⟦N|genesis⟧ 2), roommate ⟦N|don chepe⟧ (background check needed).
health items for release: ⟦N|yoselin⟧'s asthma - albuterol and fluticasone supply 30 days; follow-up pcp arranged at ⟦H|clarkston community health center⟧ ⟦S|3700 market st⟧, ⟦C|clarkston⟧ ⟦Z|30021⟧, appt ⟦D|9/15⟧.
dental (caries x4) - referred to ⟦H|ethne health⟧ ⟦C|stone mountain⟧.
mother asked if child can start school - told to enroll with ⟦O|dekalb county school district⟧ once released.
home study? not required (mother, no tvpra concerns). fingerprints done ⟦D|8/28⟧ at ⟦C|atlanta⟧ asc.
case manager ⟦N|wendy nakashima⟧, cm supervisor ⟦N|r. oyelaran⟧. case coordinator (third party) ⟦N|dominic fairweather⟧, ⟦O|gdit⟧.
`);

note("asylum-forensic-lower", `
forensic medical evaluation - asylum (i-589) - draft affidavit excerpt
evaluator: ⟦N|margaret lindqvist⟧, md, ⟦O|physicians for human rights⟧ asylum network   date of exam ⟦D|6 march 2099⟧
client: ⟦N|jean-baptiste, wilner⟧ (also ⟦N|wilnè jan batis⟧ on his haitian id), dob ⟦D|12/08/2074⟧, a ⟦I|a208-114-776⟧
attorney: ⟦N|sarah mbeki-goldberg⟧, ⟦O|americans for immigrant justice⟧, ⟦C|miami⟧ ⟦P|305-555-0184⟧
history (via haitian creole interpreter ⟦N|mirlande pierre-louis⟧, id ⟦I|hc-0093⟧): mr. ⟦N|jean-baptiste⟧ reports that on ⟦D|14 august 2097⟧ men in the ⟦LO|martissant⟧ neighbourhood of ⟦C|port-au-prince⟧ beat him with a machete handle after he refused to join them; he was treated at ⟦H|hôpital saint-françois de sales⟧ by dr. ⟦N|roosevelt dorvil⟧. his brother ⟦N|fednel⟧ was killed ⟦D|october 2097⟧.
he fled to ⟦C|cap-haïtien⟧, then by boat; interdicted, later entered at ⟦LO|otay mesa⟧ ⟦D|2/2098⟧.
exam: 6 cm linear hypopigmented scar left forearm, consistent with defensive injury (istanbul protocol: "highly consistent"). healed fracture left 5th metacarpal on x-ray at ⟦H|jackson memorial hospital⟧ ⟦D|3/1/2099⟧.
pcl-5 51; htq positive. diagnosis ptsd.
signed ⟦N|m. lindqvist⟧, md   ⟦E|mlindqvist@phr-example.org⟧
`);

note("farmworker-heat-lower", `
⟦H|immokalee health center⟧ - walk-in   ⟦D|7/2/99⟧
pt: ⟦N|jesus tomas ramirez velasquez⟧ "⟦N|chuy⟧", 24, dob ⟦D|3/19/2075⟧, chart ⟦M|ihc-004471⟧
works tomatoes for ⟦O|collier produce growers⟧, crew leader ⟦N|ramon "el gallo" peralta⟧. brought by coworker ⟦N|silvestre⟧ in crew van.
lives ⟦S|412 w main st⟧ trailer 9, ⟦C|immokalee⟧ ⟦STATE|fl⟧ ⟦Z|34142⟧ with 7 others.
cc: dizzy, vomited twice in the field at 13:00, heat index 108. temp 100.9, hr 118, bp 98/60. no confusion.
dx heat exhaustion. 2 l ns iv, ice packs. cpk 1,880, creat 1.4 - recheck tomorrow.
work note: off 2 days. employer safety contact ⟦N|darlene whitcomb⟧ ⟦P|239-555-0103⟧ called (she asked diagnosis - told fit-for-duty info only).
insurance none; sliding fee. migrant health program eligibility confirmed. wife ⟦N|magdalena⟧ in ⟦C|huehuetenango⟧ - he asks us not to call her.
provider: ⟦N|luis ángel benavides⟧, pa-c. rn ⟦N|sandy brook⟧. outreach worker fr. ⟦N|tomás kiernan⟧ (⟦O|guadalupe center⟧) to check on him ⟦DAY|saturday⟧.
`);

note("pretravel-vfr-lower", `
travel clinic note - ⟦H|passport health fargo⟧   ⟦D|3/30/2099⟧
travelers: ⟦N|hodan abdi⟧ (mother, 38) and kids ⟦N|ayaan nur⟧ (7), ⟦N|mustafe nur⟧ (4), ⟦N|sagal nur⟧ (11 mo). father ⟦N|abdikadir nur⟧ not traveling.
itinerary: ⟦C|fargo⟧ - ⟦C|minneapolis⟧ - ⟦C|istanbul⟧ - ⟦C|mogadishu⟧ ⟦D|apr 20⟧; by road to ⟦C|baidoa⟧ for 3 weeks; then ⟦C|hargeisa⟧ (aunt ⟦N|fadumo⟧, ⟦LO|26 june district⟧) until ⟦D|june 28⟧.
passports: mother ⟦I|p44718260⟧ (us), kids ⟦I|p44718261⟧, ⟦I|p44718262⟧, ⟦I|p44718263⟧.
vaccines today: yellow fever (stamaril, because yf-vax shortage) for mother and two older; ⟦N|sagal⟧ 11 mo, given after risk discussion. icvp numbers ⟦I|nd-yf-20441⟧ to ⟦I|nd-yf-20443⟧. typhoid: typhim vi mother and ⟦N|ayaan⟧; mmr early dose ⟦N|sagal⟧. polio ipv booster all (⟦COUNTRY|somalia⟧ cvdpv2).
malaria: malarone adult; pediatric atovaquone-proguanil by weight for ⟦N|ayaan⟧ and ⟦N|mustafe⟧; ⟦N|sagal⟧ - compounded via ⟦O|thrifty white pharmacy⟧ ⟦S|1330 25th st s⟧.
no letter needed for ⟦O|embassy of the federal republic of somalia⟧ - evisa.
emergency contact neighbor ⟦N|halima yusuf⟧ ⟦P|701-555-0126⟧; mother's whatsapp ⟦P|701-555-0148⟧.
clinician ⟦N|kristi amundson⟧, rn, ctn   md review dr. ⟦N|amit vora⟧
`);

note("phone-interpreter-peds-lower", `
pediatric sick visit - interpreted by phone - ⟦H|portland community health center⟧ ⟦C|portland⟧ ⟦STATE|me⟧
⟦D|jan 11 2099⟧ 16:20. pt ⟦N|mukendi, grâce⟧ (also ⟦N|grace mukendi⟧ at school), 3 yo, mrn ⟦M|pchc-0447718⟧, mainecare ⟦HP|me447182603⟧
interpreter: lingala, ⟦O|languageline⟧ id ⟦I|551207⟧ (⟦N|jean-claude⟧); mother prefers lingala to french.
mother ⟦N|esther kabongo⟧ says fever 2 days, ear pulling. sister ⟦N|merveille⟧ (6) had same last week, seen at ⟦H|maine medical center⟧ ed.
family arrived as asylum seekers ⟦D|oct 2098⟧ via ⟦C|tapachula⟧; staying at ⟦O|oxford street family shelter⟧, ⟦S|203 oxford st⟧, ⟦C|portland⟧ ⟦Z|04101⟧. work permit (i-765) pending.
exam: l tm bulging, erythematous. temp 39.2. no rash.
plan: amoxicillin 90 mg/kg/day div bid x10 days (⟦O|hannaford pharmacy⟧ #⟦I|8118⟧ ⟦S|295 forest ave⟧). acetaminophen by weight.
catch-up vaccines (dtap #3, pcv20 #3, hep a #1) at next visit ⟦D|1/25/2099⟧ - overseas card from ⟦COUNTRY|angola⟧ shows bcg and opv only.
case manager ⟦N|tyler moody⟧, ⟦O|greater portland family promise⟧, ⟦P|207-555-0114⟧ - message left.
⟦N|hannah greenlaw⟧, np   cosign dr. ⟦N|obi⟧
`);

note("tb-dot-lower", `
ltbi treatment - directly observed therapy log (3hp: isoniazid + rifapentine weekly)
client ⟦N|noorzai, gul ahmad⟧ / ⟦N|gulahmad noorzay⟧ (both spellings on file)  a# ⟦I|a 223 004 118⟧  dob ⟦D|01.01.2081⟧ (per tazkira)  class b2 ltbi
program: ⟦H|central district health⟧ tb program, ⟦S|707 n armstrong pl⟧, ⟦C|boise⟧ ⟦STATE|id⟧ ⟦Z|83704⟧. nurse ⟦N|kelsey vanderpool⟧, rn.
dari interpreter by video: ⟦N|farid⟧ (⟦O|idaho office for refugees⟧ pool, id ⟦I|ior-dar-019⟧).
dose 1 ⟦D|2/6/2099⟧ clinic - wt 64 kg, ok.
dose 2 ⟦D|2/13⟧ home visit ⟦S|2150 s hervey st⟧ apt 4, ⟦C|boise⟧ - flu-like after, advised.
dose 3 ⟦D|2/20⟧ home - missed, client at work (⟦O|cs beef packers⟧, ⟦C|kuna⟧); rescheduled ⟦D|2/22⟧ ⟦DAY|sat⟧, done by ⟦N|hamza popal⟧ (chw).
dose 4 ⟦D|2/27⟧ video dot via whatsapp from ⟦C|meridian⟧ (staying with cousin ⟦N|ajmal⟧) - witnessed.
dose 5 ⟦D|3/6⟧ clinic. lft ⟦D|3/6⟧ alt 31.
doses 6-12 planned through ⟦D|april 24, 2099⟧. pt's phone ⟦P|208-555-0117⟧; cousin ⟦P|208-555-0171⟧.
incentive: grocery card #⟦I|4471-8826⟧ given per dose.
report to ⟦O|idaho department of health and welfare⟧ ⟦F|208-555-0135⟧ at completion.
`);

note("rhs15-mental-health-lower", `
refugee health screener (rhs-15) and behavioral health referral
⟦H|lancaster general health⟧ refugee clinic, ⟦C|lancaster⟧ ⟦STATE|pa⟧   ⟦D|08/19/2099⟧
patient: ⟦N|al-tamimi, abdulkarim⟧ (⟦N|abd al-karim tamimi⟧ on i-94), 46, from ⟦C|daraa⟧, ⟦COUNTRY|syria⟧; 8 years in ⟦C|irbid⟧ and ⟦C|amman⟧, ⟦COUNTRY|jordan⟧. arrived ⟦D|6/30/2099⟧.
interpreter: arabic (levantine) in person ⟦N|rasha haddad⟧, id ⟦I|lgh-int-0412⟧.
rhs-15 score 27, distress thermometer 8 - positive. phq-9 17. reports nightmares of detention in ⟦LO|sednaya⟧ ⟦D|2091⟧, startles at helicopters.
no si. sleeps 3 h. wife ⟦N|lina⟧ (present) says he sits at window at night; son ⟦N|omar⟧ (15) now speaks for the family at the bank.
plan: referral to ⟦O|church world service lancaster⟧ mental health navigator ⟦N|dalia mansour⟧ ⟦P|717-555-0102⟧; psychiatry at ⟦H|pennsylvania psychiatric institute⟧ (waitlist); sertraline 25 mg started; prazosin discussed, deferred.
caseworker ⟦N|becky stoltzfus⟧ (⟦O|church world service⟧) to drive him to first visit ⟦D|9/3⟧.
survivors of torture program: referral to ⟦O|heartland alliance marjorie kovler center⟧ in ⟦C|chicago⟧ declined (distance); local option ⟦O|susquehanna survivors program⟧ intake ⟦D|9/10⟧.
clinician: ⟦N|ingrid halvorsen-ali⟧, md   ⟦E|ihalvorsen@lgh-example.org⟧
`);

note("u4u-parolee-intake-lower", `
new patient intake - uniting for ukraine parolee - ⟦H|erie family health center⟧, ⟦S|2314 peach st⟧, ⟦C|erie⟧ ⟦STATE|pa⟧ ⟦Z|16502⟧
date: ⟦D|14/05/2099⟧ (written by family on form; entered ⟦D|may 14, 2099⟧)
patient: ⟦N|bondarenko, nataliia⟧ (passport: ⟦N|natalia bondarenko⟧), dob ⟦D|23.09.2066⟧, ukrainian passport ⟦I|fx447182⟧, i-94 ⟦I|447182630a4⟧, parole expires ⟦D|05/02/2101⟧.
from ⟦C|kharkiv⟧; left ⟦D|march 2098⟧ to ⟦C|lviv⟧, then ⟦C|warsaw⟧ 14 months. husband ⟦N|serhii⟧ still in ⟦COUNTRY|ukraine⟧.
with her: mother ⟦N|halyna petrivna bondarenko⟧, age ⟦A|93⟧, dob ⟦D|02.11.2005⟧ (separate intake), and son ⟦N|maksym⟧ (12).
supporter (i-134a): ⟦N|oleh hrytsenko⟧ / ⟦N|oleg gritsenko⟧ (same man, cousin), ⟦S|1608 w 26th st⟧, ⟦C|erie⟧; ⟦P|814-555-0138⟧; ⟦E|oleh.hrytsenko@example.com⟧.
language: ukrainian and russian; interpreter ⟦N|iryna savchuk⟧ (staff, id ⟦I|efh-117⟧).
hx: hypothyroid - levothyroxine 75 brought from ⟦COUNTRY|poland⟧ (eutirox); htn - amlodipine. hep c antibody positive in ⟦C|warsaw⟧ (clinic ⟦H|centrum medyczne luxmed⟧ ⟦D|11.01.2099⟧) - rna sent.
tb: igra sent (required within 90 days for u4u attestation).
medicaid application through ⟦O|erie county assistance office⟧; case ⟦I|ca-25-0447182⟧.
seen by ⟦N|joanna przybylski⟧, crnp. next ⟦D|5/28⟧.
`);
// ======================================================== mixed case (25) ========================================================


note("siv-family-initial", `
Refugee Health Assessment — Initial Visit
⟦H|Columbus Public Health⟧ Refugee Health Screening Program · ⟦S|240 Parsons Ave⟧, ⟦C|Columbus⟧, ⟦STATE|OH⟧ ⟦Z|43215⟧
Date of visit: ⟦D|September 9, 2099⟧ · US arrival: ⟦D|August 21, 2099⟧ (⟦C|Doha⟧ → ⟦C|Dulles⟧ → ⟦C|Columbus⟧)
Patient: ⟦N|Sadat, Farzana⟧ · DOB ⟦D|03/21/2077⟧ (⟦DAY|Nowruz⟧; "⟦D|1 Hamal 1456⟧" on tazkira) · A-Number ⟦I|A-224-118-093⟧ · MRN ⟦M|CPH-2099-04471⟧
Status: SIV principal's spouse (SQ2). Principal: husband ⟦N|Mohammed Yasin Sadat⟧ (interpreter for coalition forces in ⟦C|Kandahar⟧, ⟦D|2081⟧-⟦D|2089⟧), ⟦I|A-224-118-092⟧.
Children: ⟦N|Mursal⟧ (10), ⟦N|Ahmad Shekib⟧ (7), ⟦N|Bibi Hawa⟧ (3).
Resettlement: ⟦O|US Together⟧, caseworker ⟦N|Sediqa Rahmani⟧ ⟦P|614-555-0175⟧; R&P period ends ⟦D|11/19/2099⟧.
Interpreter: Dari, in person, ⟦N|Wahid Karimi⟧ (ID ⟦I|CPH-D-0331⟧). Patient declined her husband interpreting.
Overseas: exam ⟦D|06 Jul 2099⟧ at ⟦H|IOM Kabul Migration Health Assessment Centre⟧, panel physician Dr. ⟦N|Zalmai Hotak⟧. DS-3025: MMR x2, Tdap, OPV x3, COVID-19. DS-3026: no class A or B conditions.
Findings: G4P4, LMP ⟦D|8/30⟧; hgb 10.4 (iron deficiency); vitamin D 11; HIV neg; hep B immune; Strongyloides serology pending — presumptive ivermectin was given overseas ⟦D|8/18/99⟧.
Plan: ferrous sulfate, vitamin D3 50,000 weekly; Pap and contraception counseling with female provider Dr. ⟦N|Lucía Ferreira-Blum⟧ ⟦D|9/23⟧; dental at ⟦H|PrimaryOne Health⟧.
Medicaid ⟦HP|OH9044718263⟧ active ⟦D|9/1/2099⟧. Home: ⟦S|1570 Karl Rd⟧ Apt B, ⟦C|Columbus⟧ ⟦Z|43224⟧.
Screened by ⟦N|Tamsin Okoro⟧, RN · Provider ⟦N|Derek Hollister⟧, MD
`);


note("karen-family-ds-review", `
Overseas Documents Review (DS-3025 Vaccination Record / DS-3026 Medical History & PE) — household ⟦I|TH-0447290⟧
Reviewed ⟦D|Oct 3, 2099⟧ at ⟦H|Sanford Health New American Clinic⟧, ⟦C|Fargo⟧, by ⟦N|Gretchen Thorsgaard⟧, PA-C
1. ⟦N|Saw Ba Thein⟧ (M, DOB ⟦D|01/01/2055⟧, A# ⟦I|A211-030-447⟧) — DS-3026: hypertension on amlodipine from the camp clinic in ⟦LO|Mae La⟧; TB class B2 LTBI, IGRA positive ⟦D|14-Apr-2099⟧ in ⟦C|Mae Sot⟧. Refer to ⟦H|Fargo Cass Public Health⟧ TB clinic.
2. ⟦N|Naw Htoo Paw⟧ (F, DOB ⟦D|01/01/2059⟧, A# ⟦I|A211-030-448⟧) — DS-3025 shows MMR ⟦D|12-Jan-2099⟧, Td x2, no varicella; goitre noted. TSH ordered.
3. ⟦N|Paw⟧ (F, 17; one name only, entered as "⟦N|Paw⟧ FNU" by IOM) — DOB ⟦D|06/15/2082⟧, A# ⟦I|A211-030-449⟧. HPV #1 overseas; needs #2.
4. ⟦N|Saw Eh Kaw⟧ (M, 12) — hepatitis B surface antigen POSITIVE overseas (⟦D|02-Feb-2099⟧); household contacts vaccinated. Refer hepatology, Dr. ⟦N|Raymond Oduya⟧.
5. ⟦N|Naw Say Wah⟧ (F, 4) — weight-for-age <3rd percentile; presumptive albendazole given ⟦D|30-Sep-2099⟧ before departure.
Languages: Sgaw Karen, some Burmese. Karen interpreter ⟦N|Saw Kyaw Zin⟧ (⟦O|Lutheran Social Services of North Dakota⟧, ID ⟦I|LSS-K-08⟧).
Address: ⟦S|3320 17th Ave S⟧, ⟦C|Fargo⟧, ⟦STATE|ND⟧ ⟦Z|58103⟧. Caseworker ⟦N|Nyamal Gatluak⟧ ⟦P|701-555-0187⟧.
`);

note("asylum-forensic-affidavit", `
Affidavit of Medical Evaluation — In the Matter of ⟦N|Mapendo Bahati Furaha⟧, Respondent, A ⟦I|206 447 118⟧
Before the Immigration Court, ⟦C|Omaha⟧, ⟦STATE|Nebraska⟧ · Hearing ⟦D|January 14, 2100⟧ · IJ ⟦N|Holloway⟧
I, ⟦N|Teresa Villanueva-Roth⟧, MD, a physician licensed in ⟦STATE|Nebraska⟧ (license ⟦I|NE-MD-27713⟧), evaluated Ms. ⟦N|Bahati⟧ on ⟦D|11 November 2099⟧ at ⟦H|OneWorld Community Health Centers⟧, ⟦S|4920 S 30th St⟧, ⟦C|Omaha⟧, with Swahili interpreter ⟦N|Neema Mwamba⟧ (ID ⟦I|OW-SW-22⟧), at the request of counsel ⟦N|Patrick Iheanacho⟧, ⟦O|Immigrant Legal Center⟧.
History: Ms. ⟦N|Bahati⟧, born ⟦D|1988⟧ in ⟦C|Bukavu⟧, ⟦STATE|South Kivu⟧, ⟦COUNTRY|DRC⟧, reports that in ⟦D|May 2096⟧ soldiers entered her home in ⟦C|Kavumu⟧, killed her husband ⟦N|Espoir Kasongo⟧, and assaulted her. She fled with her daughter ⟦N|Neema⟧ to ⟦LO|Nakivale⟧ settlement, ⟦COUNTRY|Uganda⟧ (UNHCR No. ⟦I|UG-NAK-0447182⟧), and later to ⟦C|Kampala⟧, where she was treated at ⟦H|Mulago Hospital⟧ on ⟦D|3 June 2096⟧.
Examination: three oval scars on the posterior left thigh, 1.5–2 cm, consistent with cigarette burns; a 4 cm scar over the right occiput. Photographs ⟦I|PH-0447-01⟧ to ⟦I|PH-0447-09⟧ attached.
Conclusion: the findings are highly consistent with her account (Istanbul Protocol). PTSD and major depression; HTQ 3.1.
Signed ⟦D|12/1/2099⟧ · ⟦N|T. Villanueva-Roth⟧ · ⟦E|tvroth@example.org⟧ · ⟦P|402-555-0161⟧
`);

note("detention-release-summary", `
Medical Release Summary — ⟦LO|Buffalo (Batavia) Service Processing Center⟧, ⟦S|4250 Federal Dr⟧, ⟦C|Batavia⟧, ⟦STATE|NY⟧ ⟦Z|14020⟧
Released ⟦D|2099-02-11⟧ on parole to sponsor. Detainee ⟦N|Alcindor, Roseline⟧, A# ⟦I|220-418-775⟧, DOB ⟦D|1990-07-02⟧, citizenship ⟦COUNTRY|Haiti⟧, language Haitian Creole.
Booking ⟦I|BTV-99-000447⟧ (booked ⟦D|2098-12-04⟧ after transfer from ⟦LO|Krome North Service Processing Center⟧, ⟦C|Miami⟧).
Problems: HIV on Biktarvy (viral load <20 on ⟦D|2099-01-20⟧, CD4 512); hypertension; hepatitis B vaccinated.
Medications given at release: Biktarvy 30 tablets; lisinopril 10 mg 30 tablets. Prescriptions sent to ⟦O|CVS Pharmacy⟧ #⟦I|10447⟧, ⟦S|3048 Church Ave⟧, ⟦C|Brooklyn⟧, ⟦STATE|NY⟧ ⟦Z|11226⟧.
HIV care linked: ⟦H|SUNY Downstate⟧ STAR Program, appointment ⟦D|2099-02-18⟧ with Dr. ⟦N|Marie-Ange Desrosiers⟧; Ryan White / ADAP application started.
Sponsor: cousin ⟦N|Jean-Robert Alcindor⟧, ⟦S|719 E 21st St⟧ Apt 2F, ⟦C|Brooklyn⟧; cell ⟦P|718-555-0136⟧.
Pending: TB — IGRA negative ⟦D|2098-12-05⟧; no follow-up needed.
Prepared by ⟦N|Kevin Stroud⟧, RN, IHSC; reviewed by Clinical Director ⟦N|Adaeze Nwosu-Clarke⟧, MD · fax ⟦F|585-555-0147⟧
`);

note("yellow-fever-waiver", `
⟦H|Travel & Tropical Medicine Clinic at Denver Health⟧ — Medical Contraindication to Vaccination (ICVP section, yellow fever)
Date: ⟦D|14 April 2099⟧
Traveller: ⟦N|Consolata Wanjiru Mwangi⟧ · DOB ⟦D|22/08/2047⟧ · Passport (⟦COUNTRY|Kenya⟧) ⟦I|AK0447182⟧ · also US green card holder
Itinerary: ⟦C|Greeley⟧ → ⟦C|Denver⟧ → ⟦C|Addis Ababa⟧ → ⟦C|Nairobi⟧ (⟦D|5/2⟧–⟦D|5/30⟧); road trip to ⟦C|Nyeri⟧ and ⟦C|Kisumu⟧; side trip ⟦C|Entebbe⟧ ⟦D|5/18⟧–⟦D|5/21⟧.
The traveller is 51 and takes methotrexate 15 mg weekly and adalimumab for rheumatoid arthritis; live vaccine contraindicated. A waiver letter on clinic letterhead was signed by Dr. ⟦N|Rudolf Achterberg⟧ (⟦STATE|CO⟧ license ⟦I|DR.0058812⟧), stamp ⟦I|CO-YF-0132⟧.
Advised to carry the letter and to contact the ⟦O|Embassy of the Republic of Uganda⟧ in ⟦C|Washington⟧ (visa officer ⟦N|Grace Nakato⟧, ⟦E|consular@ug-embassy-example.org⟧) about entry rules.
Other vaccines: Typhim Vi; hepatitis A (Twinrix #3); MenQuadfi not indicated; rabies PrEP declined.
Malaria: atovaquone-proguanil (no interaction); DEET and permethrin-treated clothing.
Daughter ⟦N|Wambui⟧ (travelling with her) seen separately, MRN ⟦M|DH-004471826⟧; YF vaccine given, certificate ⟦I|CO-YF-44718⟧.
Clinician ⟦N|Sunniva Berg-Okello⟧, NP · ⟦P|303-555-0185⟧ · fax ⟦F|303-555-0186⟧
`);

note("post-travel-dengue", `
Travel Medicine Clinic — post-travel follow-up — ⟦H|UC San Diego Health Hillcrest⟧
⟦D|12-Oct-2099⟧ · Pt: ⟦N|Camila Restrepo Ocampo⟧, 29 · MRN ⟦M|UCSD-8044718⟧ · cell ⟦P|619-555-0168⟧
Returned ⟦D|9/28⟧ from 3 weeks in ⟦C|Medellín⟧ and ⟦C|Cartagena⟧, ⟦COUNTRY|Colombia⟧ (visiting grandmother ⟦N|Ofelia Ocampo⟧) and ⟦C|Cúcuta⟧ volunteering at a migrant shelter, ⟦O|Casa de Paso Divina Providencia⟧.
Fever ⟦D|10/2⟧–⟦D|10/6⟧, retro-orbital pain, rash. ED visit ⟦D|10/4⟧ at ⟦H|Sharp Memorial Hospital⟧: NS1 antigen positive, plt 62K, no warning signs, discharged.
Today: afebrile, plt 188K, ALT 94 (improving). Dengue IgM positive (sent ⟦D|10/4⟧, accession ⟦I|SH-99-447182⟧). Reported to ⟦O|County of San Diego Epidemiology⟧ ⟦D|10/5⟧ by ⟦N|Marcus Delgado-Finch⟧.
Counselled: second infection risk (severe dengue); Qdenga not available here; repellents for her return in ⟦D|December⟧ with her partner ⟦N|Santiago Berrío⟧.
Also: her roommate at the shelter, Venezuelan volunteer ⟦N|Yusmely⟧, had chikungunya — no exposure advice needed for her.
Work note for ⟦O|Rady Children's Hospital⟧ HR (she is a PICU nurse) — cleared to return ⟦D|10/13⟧.
⟦N|Harriet Osei-Lindqvist⟧, MD, DTM&H
`);

note("uc-shelter-sick-call", `
Sick Call Note — ⟦O|Southwest Key Casa Ixchel⟧ (ORR care provider), ⟦C|Brownsville⟧, ⟦STATE|Texas⟧
Date ⟦D|Nov 19, 2099⟧ 19:40 · Nurse ⟦N|Araceli Montemayor⟧, LVN
Minor: ⟦N|Gómez Chután, Wilmer Estuardo⟧ ("⟦N|Wilmer⟧"), 16, A# ⟦I|A241-447-006⟧, UC ID ⟦I|UC-2099-118204⟧, from ⟦C|Ixcán⟧, ⟦STATE|Quiché⟧, ⟦COUNTRY|Guatemala⟧. Speaks Q'anjob'al and some Spanish; interpreter by phone ⟦O|Propio⟧ ⟦N|Baltazar⟧ #⟦I|P-20871⟧.
Complaint: toothache 4 days, L lower molar; swelling. Afebrile. Ibuprofen 400 mg given.
Referred to dentist Dr. ⟦N|Octavio Leal⟧, ⟦H|Brownsville Community Health Center⟧ Dental, ⟦S|2137 E 22nd St⟧, ⟦C|Brownsville⟧ ⟦Z|78521⟧ — appt ⟦D|11/21⟧. Transport by youth care worker ⟦N|Josué Treviño⟧.
Also: ⟦N|Wilmer⟧ asked to call his mother ⟦N|Juana Chután⟧ in ⟦COUNTRY|Guatemala⟧ (⟦P|+502 5544 7182⟧); call arranged by case manager ⟦N|Elisa Cordero⟧.
Roommate ⟦N|Kevin Yovani⟧ (A# ⟦I|A241-447-019⟧) reports same toothache — seen next.
Significant incident report not needed. Supervisor on call ⟦N|R. Garza⟧ ⟦P|956-555-0115⟧.
`);

note("sponsor-verification-call", `
ORR Release — Sponsor Health/Safety Call (Category 2) — ⟦O|Catholic Charities of Southern New Mexico⟧ Post-Release Services
Call date ⟦D|03/02/2099⟧ · Case manager ⟦N|Beatriz Olmos⟧ · child ⟦N|Dayana Michelle Reyes Amaya⟧ (A ⟦I|239-044-718⟧, age 9) released ⟦D|02/16/2099⟧ from ⟦O|BCFS Health and Human Services⟧ ⟦C|San Antonio⟧.
Sponsor: aunt ⟦N|Karla Amaya Flores⟧, ⟦S|5210 Montoya Ave⟧, ⟦C|Las Cruces⟧ ⟦STATE|NM⟧ ⟦Z|88005⟧; cell ⟦P|575-555-0132⟧; works at ⟦O|Mesilla Valley Pecan Growers⟧.
Health follow-up: child seen by pediatrician Dr. ⟦N|Anjali Moorthy⟧ at ⟦H|Ben Archer Health Center⟧ ⟦D|02/27/2099⟧ — asthma controlled, IGRA negative, catch-up vaccines due ⟦D|03/27⟧; vision screen failed, referred to ⟦O|Walmart Vision Center⟧ #⟦I|2204⟧.
School: enrolled at ⟦O|Sonoma Elementary School⟧ ⟦D|2/24⟧; teacher Mrs. ⟦N|Elaine Quiroz⟧ reports she is quiet, eating well.
Concerns: sponsor's partner ⟦N|Wilfredo⟧ left the home ⟦D|2/20⟧; no safety issue reported. Child's mother ⟦N|Sonia Amaya⟧ in ⟦C|San Pedro Sula⟧, ⟦COUNTRY|Honduras⟧ — calls weekly.
Next call ⟦D|04/01/2099⟧. Legal service provider: ⟦O|Franklin Mountains Immigrant Legal Aid⟧ ⟦C|El Paso⟧, attorney ⟦N|Rubén Sifuentes⟧.
`);

note("pesticide-exposure-report", `
Pesticide-Related Illness Report (clinician) — ⟦O|California Department of Pesticide Regulation⟧ / ⟦O|Monterey County Health Department⟧
Reporting clinic: ⟦H|Clinica de Salud del Valle de Salinas⟧, ⟦S|440 Airport Blvd⟧, ⟦C|Salinas⟧, ⟦STATE|CA⟧ ⟦Z|93905⟧ · ⟦P|831-555-0119⟧ · fax ⟦F|831-555-0120⟧
Date of exposure: ⟦D|06/17/2099⟧ about 07:30 · Date seen: ⟦D|06/17/2099⟧ 11:05
Patients (same crew, ⟦O|Pajaro Greens Harvesting⟧, field at ⟦S|Blanco Rd⟧ and ⟦S|Davis Rd⟧):
1. ⟦N|Felipa Santiago Hernández⟧, 41, DOB ⟦D|2/2/2058⟧, chart ⟦M|CSVS-0447182⟧ — headache, nausea, eye burning. Speaks Triqui; interpreter ⟦N|Cirilo Ramírez⟧ (⟦O|Mixteco/Indígena Community Organizing Project⟧, ID ⟦I|MICOP-T-07⟧).
2. ⟦N|Bernabé Mendoza⟧, 33, chart ⟦M|CSVS-0447190⟧ — vomiting x2, pupils normal, cholinesterase drawn.
3. ⟦N|Rocío Aguilar⟧, 19, chart ⟦M|CSVS-0447201⟧ — skin itching forearms; decontaminated.
Suspected drift from adjacent ranch (applicator ⟦O|Gabilan Ag Services⟧, permit ⟦I|27-99-2704471⟧). Crew foreman ⟦N|Efraín Solís⟧ ⟦P|831-555-0177⟧ drove them in.
RBC cholinesterase results to follow (⟦O|Quest Diagnostics⟧ accession ⟦I|QD447182W⟧).
Reported by phone to county ag commissioner ⟦D|6/17⟧ 13:20 (spoke with ⟦N|Lorraine Zamudio⟧); pesticide illness report filed the same day.
Clinician Dr. ⟦N|Mateo Lindgren-Ruiz⟧
`);

note("chw-haitian-family", `
Community Health Worker Visit — ⟦H|Caring Health Center⟧, ⟦C|Springfield⟧, ⟦STATE|MA⟧
Visit ⟦D|2/7/2099⟧, ⟦DAY|Saturday⟧ · CHW ⟦N|Widlyne Saintil⟧ (Haitian Creole) · home of ⟦N|Dorvil, Fednel⟧ and ⟦N|Marie-Lourdes Dorvil⟧, ⟦S|58 Bay St⟧, 2nd floor, ⟦C|Springfield⟧ ⟦Z|01109⟧
Family arrived ⟦D|Aug 2098⟧ (humanitarian parole, CHNV); first in ⟦C|Brockton⟧ at a shelter, moved here ⟦D|Dec 2098⟧.
- ⟦N|Marie-Lourdes⟧ 32 weeks pregnant; missed OB visit ⟦D|2/3⟧ at ⟦H|Baystate Brightwood Health Center⟧ — no ride. Booked ⟦D|2/10⟧ 9:20 with midwife ⟦N|Colleen Fitzhugh⟧, ride via ⟦O|MassHealth PT-1⟧ transport.
- ⟦N|Fednel⟧ works nights at ⟦O|Big Y⟧ warehouse in ⟦C|Chicopee⟧; BP today 154/96, out of amlodipine 5 days; ⟦O|Walgreens⟧ on ⟦S|State St⟧ has refill — he will pick up.
- children: ⟦N|Rose-Berline⟧ (8) — school (⟦O|Brightwood Elementary⟧) nurse Ms. ⟦N|Pacheco⟧ sent note, head lice; shampoo demonstrated. ⟦N|Ti-Jean⟧ (real name ⟦N|Jean Wesley Dorvil⟧, 4) needs 4-year vaccines.
- heat off 2 days; landlord ⟦N|Stanley Wozniak⟧ ⟦P|413-555-0198⟧ called, repair ⟦DAY|Monday⟧.
- food: referred to ⟦O|Open Pantry Community Services⟧.
Phone for family: ⟦P|413-555-0142⟧ (WhatsApp). Next visit ⟦D|2/21⟧.
`);

note("tb-class-b-letter", `
⟦O|Minnesota Department of Health⟧ — TB Prevention and Control · Class B Notification to Provider
⟦D|April 2, 2099⟧
To: Dr. ⟦N|Rachel Oyelaran-Moss⟧, ⟦H|Nobles County Community Health Clinic⟧, ⟦S|315 10th St⟧, ⟦C|Worthington⟧, ⟦STATE|MN⟧ ⟦Z|56187⟧ · fax ⟦F|507-555-0173⟧
Re: ⟦N|Thwe, Hla⟧ (also ⟦N|Hla Thwe⟧; no family name), DOB ⟦D|1/1/2063⟧, Alien # ⟦I|A 226 044 718⟧, arrived ⟦D|3/19/2099⟧ from ⟦C|Kuala Lumpur⟧, ⟦COUNTRY|Malaysia⟧ (UNHCR card ⟦I|MYS-18-04471⟧).
Overseas TB classification: Class B1, pulmonary — treated in ⟦D|2097⟧ (directly observed, 6 months, at ⟦H|Hospital Kuala Lumpur⟧ chest clinic). Overseas CXR ⟦D|10 Jan 2099⟧: apical scarring, stable.
Please complete a TB evaluation within 30 days (by ⟦D|4/18/2099⟧): symptom review, IGRA or TST, chest radiograph, and sputa if indicated; return the TB Follow-up Worksheet to ⟦N|Jonas Ekwueme⟧, RN, ⟦P|651-555-0144⟧, ⟦E|jonas.ekwueme@state-mn-example.us⟧.
Client is Chin (Hakha Chin); interpreter available through ⟦O|Nobles County Integration Collaborative⟧ — ⟦N|Van Lal Thang⟧ (ID ⟦I|NCIC-H-04⟧).
Local contact: caseworker ⟦N|Becca Trautmann⟧, ⟦O|Lutheran Social Service⟧ ⟦C|Worthington⟧ ⟦P|507-555-0150⟧. Client lives with brother ⟦N|Thang Bawi⟧ at ⟦S|1104 Winifred St⟧.
EDN record ⟦I|EDN-MN-99-0447182⟧.
`);

note("civil-surgeon-referral", `
Civil Surgeon Referral for TB Evaluation (I-693 applicant)
From: Dr. ⟦N|Sanjay Bhattacharjee⟧, civil surgeon, ⟦H|MedExpress Immigration Exams⟧, ⟦S|6001 Frankford Ave⟧, ⟦C|Philadelphia⟧ ⟦STATE|PA⟧ — ⟦P|215-555-0139⟧ · ⟦F|215-555-0140⟧
To: ⟦H|Philadelphia TB Control Program⟧, ⟦S|500 S Broad St⟧, ⟦C|Philadelphia⟧
Date ⟦D|2099-07-21⟧
Applicant: ⟦N|Okafor, Obinna Chukwuemeka⟧ · DOB ⟦D|1979-10-01⟧ · A ⟦I|A204-771-835⟧ · receipt ⟦I|MSC2190447182⟧ (adjustment, IR-1 spouse of ⟦N|Ashley Brennan-Okafor⟧)
Findings: IGRA positive ⟦D|2099-07-14⟧; CXR ⟦D|2099-07-19⟧ (⟦H|Penn Medicine⟧ Radiology, accession ⟦I|PM447182019⟧): right upper lobe nodule with cavitation — needs sputum x3 before I-693 can be completed (Class A pending).
Symptoms: 2 months cough, 4 kg weight loss. Lives with wife and her daughter ⟦N|Kaylee⟧ (6) at ⟦S|2219 Brown St⟧, ⟦C|Philadelphia⟧ ⟦Z|19130⟧. Works as a rideshare driver — advised to stop until cleared.
Applicant's attorney ⟦N|Daniel Kessler-Amadi⟧ notified with consent. Sealed I-693 held.
Please fax results to ⟦F|215-555-0140⟧ attn ⟦N|Priya⟧ (office manager).
`);

note("resettlement-email-thread", `
From: ⟦N|Hibo Jama⟧ <⟦E|hjama@cwslewiston-example.org⟧>
Sent: ⟦DAY|Thursday⟧, ⟦D|March 5, 2099⟧ 4:12 PM
To: Refugee Clinic Scheduling <⟦E|refugeeclinic@cmmc-example.org⟧>
Subject: New arrivals — ⟦N|Mohamed Ali Abukar⟧ family (case ⟦I|KE-0447-1826⟧)

Hello ⟦N|Tricia⟧,
The ⟦N|Abukar⟧ family (6) arrived ⟦D|3/3⟧ from ⟦LO|Dadaab⟧ via ⟦C|Nairobi⟧ and ⟦C|Boston⟧. They live at ⟦S|91 Pine St⟧, ⟦C|Lewiston⟧ ⟦STATE|ME⟧ ⟦Z|04240⟧. Father ⟦N|Mohamed Ali⟧ (A# ⟦I|A225-810-447⟧) has class B1 TB; mother ⟦N|Sahro Hussein Nur⟧ is 7 months pregnant. Please book domestic screening and a prenatal visit — Somali female interpreter please. My cell is ⟦P|207-555-0189⟧.
Thanks, ⟦N|Hibo⟧
⟦O|Catholic Charities Maine Refugee and Immigration Services⟧

From: ⟦N|Tricia Lapointe⟧ <⟦E|tlapointe@cmmc-example.org⟧>
Sent: ⟦D|3/6/2099⟧ 9:03 AM
Hi ⟦N|Hibo⟧ — booked at ⟦H|B Street Community Health Center⟧: ⟦D|Mar 10⟧ 8:00 all six with Dr. ⟦N|Ahmed Warsame⟧; prenatal ⟦D|Mar 12⟧ with ⟦N|Beth Gagnon⟧, CNM, at ⟦H|Central Maine Medical Center⟧ ⟦C|Lewiston⟧. Interpreter ⟦N|Faadumo Cali⟧ (ID ⟦I|CMMC-SO-11⟧) confirmed for both. TB clinic (⟦O|Maine CDC⟧ nurse ⟦N|Roger Pelletier⟧) will call ⟦N|Mohamed Ali⟧ directly.
⟦N|Tricia⟧ · ⟦P|207-555-0131⟧ x⟦P|2204⟧
`);


note("congolese-catchup", `
Immunization catch-up plan, refugee children, second domestic visit
Clinic: ⟦H|Family Health Centers Americana⟧, ⟦S|4801 Southside Dr⟧, ⟦C|Louisville⟧, ⟦STATE|KY⟧ ⟦Z|40214⟧ · Date ⟦D|05/22/2099⟧
Parent: ⟦N|Ilunga Kasongo, Jean-Pierre⟧ (father) · ⟦N|Furaha Nsimire Ilunga⟧ (mother) · Kinyarwanda and Swahili · interpreter ⟦N|Claudine Uwase⟧ #⟦I|FHC-KIN-03⟧
Arrived ⟦D|04/10/2099⟧ from ⟦LO|Nakivale⟧ settlement, ⟦COUNTRY|Uganda⟧ (originally ⟦C|Goma⟧, ⟦STATE|North Kivu⟧). Agency ⟦O|Kentucky Refugee Ministries⟧, caseworker ⟦N|Emmanuel Habimana⟧ ⟦P|502-555-0106⟧.
| child | DOB | overseas (DS-3025) | given today | due |
| ⟦N|Espoir⟧ | ⟦D|02/14/2087⟧ | MMR x2, Td, OPV x4 | Tdap, HPV #1, MenACWY, hep B #1 | ⟦D|6/22⟧ |
| ⟦N|Bahati⟧ | ⟦D|09/01/2091⟧ | MMR x1, OPV x3 | MMR #2, Varivax #1, IPV, hep B #1 | ⟦D|6/22⟧ |
| ⟦N|Amani⟧ | ⟦D|11/30/2095⟧ | BCG, OPV x3, penta x3 (card from ⟦H|Nakivale Health Centre III⟧) | DTaP #4, PCV20, MMR #1, Varivax #1, hep A #1 | ⟦D|6/22⟧ |
| ⟦N|Neema⟧ | ⟦D|07/07/2098⟧ | BCG, OPV #1 | DTaP, IPV, Hib, PCV20, rotavirus (age ok), hep B #2 | ⟦D|7/22⟧ |
Lead: ⟦N|Amani⟧ 7.9 µg/dL (⟦D|4/24/2099⟧) — repeat in 3 months; home inspection requested from ⟦O|Louisville Metro Public Health and Wellness⟧.
Registry entries (KYIR) done by ⟦N|Shelby Carothers⟧, LPN. Provider ⟦N|Nathaniel Okoye⟧, MD.
`);

note("hajj-pretravel", `
Pre-travel consultation (Hajj) — ⟦H|Beaumont Travel Medicine⟧, ⟦C|Dearborn⟧, ⟦STATE|Michigan⟧
⟦D|Apr 28, 2099⟧ · Travellers ⟦N|Hussein Bazzi⟧ (66, MRN ⟦M|BH-7704471⟧) and wife ⟦N|Zeinab Fawaz⟧ (61, MRN ⟦M|BH-7704472⟧)
Group: ⟦O|Al-Noor Hajj and Umrah Tours⟧ (leader Sheikh ⟦N|Ali Mroueh⟧), departing ⟦D|May 19⟧ ⟦C|Detroit⟧ → ⟦C|Jeddah⟧; ⟦C|Mecca⟧, ⟦LO|Mina⟧, ⟦LO|Arafat⟧; ⟦C|Medina⟧ ⟦D|6/3⟧–⟦D|6/8⟧; return ⟦D|June 10⟧.
Saudi visa requires quadrivalent meningococcal vaccine ≥10 days before arrival: MenQuadfi given today to both; certificates ⟦I|MI-MEN-0447182⟧ and ⟦I|MI-MEN-0447183⟧ signed by Dr. ⟦N|Layla Hammoud⟧.
Also: influenza, COVID-19 updated, Prevnar 20 for him (COPD), Shingrix #2 for her. Heat illness and MERS counselling (avoid camels, raw camel milk).
Passports (US) ⟦I|566044718⟧ and ⟦I|566044719⟧ reviewed for the visa forms.
His inhalers: Trelegy and albuterol, 2-month supply; letter for customs. Her diabetes: glipizide timing during fasting, glucose meter.
Contact in ⟦C|Mecca⟧: the group's doctor, Dr. ⟦N|Kassem Jaber⟧, ⟦P|+966 55 044 7182⟧. Son ⟦N|Ali Bazzi⟧ (⟦P|313-555-0194⟧) holds copies of their records.
Seen by ⟦N|Nour El-Amine⟧, PharmD, and Dr. ⟦N|Layla Hammoud⟧.
`);

note("post-travel-typhoid", `
Inpatient ID consult — returned traveller with fever
Hospital: ⟦H|Sacramento Valley Medical Center⟧ · ⟦D|Feb 9, 2099⟧ · requested by hospitalist Dr. ⟦N|Corinne Tedesco⟧
Patient ⟦N|Gurpreet Kaur Sandhu⟧, 34, MRN ⟦M|SVMC-20447182⟧, home ⟦S|8840 Elk Grove Florin Rd⟧, ⟦C|Elk Grove⟧ ⟦STATE|CA⟧ ⟦Z|95624⟧.
Travel: ⟦D|12/20/2098⟧–⟦D|1/28/2099⟧ in ⟦C|Amritsar⟧ and a village near ⟦C|Jalandhar⟧, ⟦STATE|Punjab⟧, ⟦COUNTRY|India⟧, for her brother ⟦N|Harjinder⟧'s wedding; no pre-travel visit; drank well water; street food in ⟦C|Delhi⟧.
Fever 9 days, step-ladder, relative bradycardia (T 39.8, HR 84), abdominal pain; no rose spots seen.
Blood cultures ⟦D|2/7⟧: Salmonella Typhi, ciprofloxacin-resistant (nalidixic acid R), ceftriaxone S; XDR screen pending at ⟦O|California Department of Public Health⟧ lab (specimen ⟦I|CDPH-M-99-0447182⟧). Malaria smears x3 negative.
Recommend: ceftriaxone 2 g daily → azithromycin 1 g daily to complete 10-14 days; stool cultures for household contacts (husband ⟦N|Manpreet Singh Sandhu⟧, daughter ⟦N|Simran⟧, 5); she works as a cook at ⟦O|Royal Punjab Kitchen⟧ — food-handler exclusion, reported to ⟦O|Sacramento County Public Health⟧ (⟦N|Dana Whitfield⟧, communicable disease nurse, ⟦P|916-555-0148⟧) ⟦D|2/9⟧.
Typhoid vaccine (Typhim Vi or Vivotif) advised for the family before their next trip in ⟦D|2100⟧.
⟦N|Arjun Mehta-Caldwell⟧, MD, Infectious Diseases · pager ⟦P|916-555-0100⟧
`);

note("somali-prenatal", `
Prenatal visit (28 wk) — interpreter-mediated — ⟦H|Hennepin Healthcare Whittier Clinic⟧, ⟦C|Minneapolis⟧
⟦D|2099-06-03⟧ · ⟦N|Ayaan Mohamed Hirsi⟧, 24, G3P2, MRN ⟦M|HH-9044718⟧, EDD ⟦D|2099-08-26⟧ · MA ⟦HP|MNMA-04471826⟧
Interpreter: Somali, in person, ⟦N|Ubah Dahir⟧ (staff, ID ⟦I|HCMC-INT-1187⟧). Husband ⟦N|Abdullahi⟧ waited outside at her request.
History: type IV FGC (overseas documentation, ⟦C|Mogadishu⟧); deinfibulation discussed with Dr. ⟦N|Ingeborg Sjöberg⟧ (OB/Gyn) — patient prefers antepartum at 32 weeks; consent in Somali.
GDM screen 1-h 152 → 3-h GTT ⟦D|6/10⟧. Hgb 10.1 — iron sucrose infusion ⟦D|6/12⟧.
TB: arrived ⟦D|2097⟧ as class B2; LTBI treated with 4 months rifampin at ⟦H|Hennepin County Public Health Clinic⟧, completed ⟦D|Nov 2097⟧.
⟦DAY|Ramadan⟧ fasting: advised not to fast during pregnancy; she agrees.
Doula: ⟦N|Sahra Guled⟧ from ⟦O|Hooyo Birth Support Collective⟧ ⟦P|612-555-0137⟧. Next visit ⟦D|2099-06-17⟧.
⟦N|Kirsten Bjornstad⟧, CNM
`);

note("ukrainian-elder", `
Geriatrics new patient, Ukrainian parolee — ⟦H|Sacramento Family Medical Clinics⟧, ⟦S|6045 Watt Ave⟧, ⟦C|North Highlands⟧ ⟦STATE|CA⟧ ⟦Z|95660⟧
Date: ⟦D|3 Nov 2099⟧. Patient: ⟦N|Kovalenko, Hanna Ivanivna⟧ (⟦N|Anna Kovalenko⟧ on Medi-Cal), age ⟦A|94⟧, born ⟦D|1 February 2005⟧ in ⟦C|Poltava⟧. MRN ⟦M|SFMC-0044718⟧. Medi-Cal ⟦HP|94471826A⟧.
Arrived ⟦D|09/2099⟧ under Uniting for Ukraine with granddaughter ⟦N|Yuliia Tkachenko⟧ (supporter's wife), who interprets informally; Ukrainian interpreter by video ⟦N|Bohdan⟧ (⟦O|AMN Language Services⟧ ID ⟦I|AMN-UK-7719⟧) used for consent.
Supporter: ⟦N|Dmytro Tkachenko⟧, ⟦S|4112 Don Julio Blvd⟧, ⟦C|North Highlands⟧; ⟦P|916-555-0162⟧.
History per records from ⟦H|Poltava Regional Clinical Hospital⟧ (discharge ⟦D|17.06.2099⟧, Dr. ⟦N|Oleksandr Moroz⟧): heart failure, atrial fibrillation on warfarin (no INR since ⟦D|August⟧), CKD 3b, cataracts. Lived in a basement in ⟦C|Kharkiv⟧ during shelling ⟦D|2097⟧–⟦D|2098⟧.
Also lives with: great-grandson ⟦N|Artem⟧ (3).
Today: INR 3.8 — warfarin held x1, recheck ⟦D|11/6⟧; switch to apixaban discussed; cardiology at ⟦H|UC Davis Medical Center⟧. Mini-Cog 3/5 with interpreter.
Advance directive: wishes her granddaughter ⟦N|Yuliia⟧ to decide; POLST in Ukrainian, witnessed by ⟦N|Svitlana Kravets⟧ (social worker).
⟦N|Leonid Sorokin⟧, MD · ⟦E|lsorokin@sfmc-example.org⟧
`);

note("h2a-worker-injury", `
Occupational injury — H-2A worker — ⟦H|Columbia Basin Health Association⟧, ⟦C|Othello⟧, ⟦STATE|WA⟧
⟦D|Sept 24, 2099⟧ · Patient: ⟦N|Hernández Cruz, José Luis⟧, 27, from ⟦C|Tenancingo⟧, ⟦STATE|Tlaxcala⟧, ⟦COUNTRY|México⟧ · chart ⟦M|CBHA-447182⟧ · visa H-2A (seasonal, expires ⟦D|11/30/2099⟧) · passport ⟦I|G44718260⟧
Employer: ⟦O|Royal Slope Orchards LLC⟧ (housing ⟦LO|Royal Slope camp⟧, unit 14, ⟦S|16400 Rd 9 SW⟧, ⟦C|Royal City⟧ ⟦Z|99357⟧). H-2A agent ⟦O|WAFLA⟧. Supervisor ⟦N|Gary Thorson⟧ ⟦P|509-555-0157⟧.
Fell from 10-ft ladder picking Honeycrisp at 10:15; L wrist deformity; no LOC. XR: distal radius fracture, closed reduction, splint. Ortho follow-up ⟦D|9/28⟧ with Dr. ⟦N|Bryce Albrecht⟧ at ⟦H|Samaritan Healthcare⟧ ⟦C|Moses Lake⟧.
L&I claim ⟦I|BK44718⟧ filed; provider account ⟦I|L&I-7704471⟧. Worker states he fears being sent home; given ⟦O|Northwest Justice Project⟧ farmworker unit number ⟦P|888-555-0199⟧.
Coworker ⟦N|Crispín⟧ interpreted initially; then staff interpreter ⟦N|Maribel Espinoza⟧ (Spanish; he is Nahuatl-speaking, prefers Spanish).
Work status: no use of L hand 6 weeks. Wife ⟦N|Rosalba⟧ in ⟦COUNTRY|Mexico⟧, ⟦P|+52 246 044 7182⟧.
Provider ⟦N|Heidi Ruud⟧, PA-C
`);

note("detention-sick-call", `
Detention Health Services — sick call — ⟦LO|Otay Mesa Detention Center⟧, ⟦C|San Diego⟧ ⟦STATE|CA⟧
⟦D|07/30/2099⟧ 09:45 · Detainee ⟦N|Mukhamedov, Rustam⟧ (also ⟦N|Rustam Mukhammedov⟧ in EARM), A# ⟦I|A 231 447 186⟧, housing unit C-2, bed 14
Citizenship ⟦COUNTRY|Uzbekistan⟧; language Uzbek, Russian. Interpreter: ⟦O|LanguageLine⟧ Russian #⟦I|318890⟧ ⟦N|Svetlana⟧.
S: Day 4 refusing meals (hunger strike, political); drinking water. Requests to see attorney ⟦N|Laila Sharifi⟧ (⟦O|Tijuana River Legal Collaborative⟧) and his brother ⟦N|Timur⟧ in ⟦C|Brooklyn⟧.
O: wt 71.2 kg (admission ⟦D|7/2⟧ 74.9); BP 104/68; glucose 78; ketones 2+. Alert, oriented, capacity intact.
A/P: hunger strike protocol day 4 — daily weights and vitals; mental health evaluation by Dr. ⟦N|Eugene Faraday⟧ today; BMP ⟦D|7/31⟧. IHSC and field office notified per policy (SDDO ⟦N|Marquez⟧ by phone 10:30).
Hx: latent TB (IGRA positive ⟦D|07/03/2099⟧ at intake, CXR clear); on isoniazid day 21 — held while not eating.
Transfer request from ⟦LO|Imperial Regional Detention Facility⟧ noted ⟦D|7/28⟧; medical hold placed.
⟦N|Charlene Mabry⟧, RN · reviewed ⟦N|A. Deshpande⟧, NP
`);

note("asylum-psych-eval", `
Psychological Evaluation in Support of Asylum Application (Form I-589)
Evaluator: ⟦N|Miriam Achebe-Stern⟧, PhD, licensed psychologist (⟦STATE|Georgia⟧ ⟦I|PSY004471⟧) · ⟦O|Emory Human Rights Clinic⟧ (volunteer)
Client: ⟦N|Stanikzai, Zarghona⟧ · DOB ⟦D|03/05/1997⟧ · A# ⟦I|A 232-118-470⟧ · interviews ⟦D|Feb 2⟧ and ⟦D|Feb 9, 2099⟧ (3.5 h total), Pashto interpreter ⟦N|Mirwais Zazai⟧, sworn, ID ⟦I|GA-PS-0152⟧
Referred by ⟦N|Jennifer Ostrowski⟧, Esq., ⟦O|Tahirih Justice Center⟧ ⟦C|Atlanta⟧.
Background: Ms. ⟦N|Stanikzai⟧ was a midwife at ⟦H|Nangarhar Regional Hospital⟧ in ⟦C|Jalalabad⟧ until ⟦D|August 2096⟧. After threats from her husband's cousin ⟦N|Qari Hekmatullah⟧ she fled via ⟦C|Islamabad⟧ and ⟦C|São Paulo⟧, crossing at ⟦LO|Lukeville⟧ ⟦D|10/14/2097⟧; detained 3 weeks at ⟦LO|Florence Service Processing Center⟧.
Measures: HTQ 3.4; PHQ-9 21; PCL-5 58; no malingering indicators (TOMM pass).
Diagnosis: PTSD, major depressive disorder, severe. Her symptoms are consistent with her reported history.
Current care: therapist ⟦N|Lauren Cheatham⟧, LPC, at ⟦H|Center for Victims of Torture Clarkston⟧, and psychiatrist Dr. ⟦N|Obaid Rahimzai⟧ (sertraline 150 mg).
Contact: ⟦E|machebestern@example.org⟧ · ⟦P|404-555-0123⟧ · Dated ⟦D|2/20/2099⟧
`);

note("lead-followup-refugee-child", `
Elevated blood lead follow-up — refugee child (arrived ⟦D|Sept 2098⟧)
⟦O|Erie County Department of Health⟧ Childhood Lead Poisoning Prevention Program — nurse home visit ⟦D|01/15/2099⟧
Child: ⟦N|Mohammad Ayaz⟧ (first name ⟦N|Ayaz⟧, Rohingya, father's name ⟦N|Nur Hossain⟧ used as surname by school), DOB ⟦D|06/06/2095⟧, medical assistance ⟦HP|PA-MA-0447182603⟧.
Came from ⟦LO|Kutupalong⟧ camp, ⟦C|Cox's Bazar⟧, ⟦COUNTRY|Bangladesh⟧. Languages Rohingya and some Burmese; no written form used by family. Interpreter ⟦N|Anwar Sadek⟧ (⟦O|International Institute of Erie⟧, ID ⟦I|IIE-RO-06⟧).
BLL: ⟦D|10/02/2098⟧ 18 µg/dL (domestic screen); ⟦D|11/20/2098⟧ 22 (venous); ⟦D|01/08/2099⟧ 16.
Home: ⟦S|927 E 11th St⟧, ⟦C|Erie⟧, ⟦STATE|PA⟧ ⟦Z|16503⟧ — rental built ⟦D|1910⟧; XRF found lead paint on window sills (inspector ⟦N|Dwight Kaminski⟧, report ⟦I|LI-2099-0031⟧). Landlord ⟦N|Gerald Pruitt⟧ given order ⟦D|12/1/2098⟧.
Other sources: surma / kohl from ⟦COUNTRY|Bangladesh⟧ used on baby ⟦N|Rahima⟧ (8 mo) — sample sent to state lab; family stopped use. Ayurvedic "bala goli" not used.
Diet: iron-rich foods reviewed; WIC at ⟦S|606 W 2nd St⟧. Developmental screen referral to ⟦O|Early Intervention of Erie County⟧.
Father ⟦N|Nur Hossain⟧ works at ⟦O|Presque Isle Castings⟧ plant; mother ⟦N|Hasina Begum⟧. Phone ⟦P|814-555-0129⟧.
Pediatrician Dr. ⟦N|Teodora Vlasceanu⟧, ⟦H|Community Health Net⟧. Nurse ⟦N|Patrice Fogarty⟧, RN.
`);

note("vaccine-record-translation", `
Translated foreign immunization record — entered into registry
Source: Ukrainian "Карта профілактичних щеплень" (form 063/о) for ⟦N|Kovalchuk, Sofiia Andriivna⟧ (⟦N|Sofia Kovalchuk⟧ in the US), DOB ⟦D|17.03.2093⟧, issued by ⟦H|Lviv City Children's Polyclinic No. 4⟧, physician ⟦N|Marta Ivanyshyn⟧.
Translator: ⟦N|Olena Hrytsenko⟧ (certified, ATA ⟦I|ATA-514471⟧), ⟦D|2099-04-02⟧.
| vaccine (as written) | date | US equivalent |
| БЦЖ (BCG) | ⟦D|20.03.2093⟧ | BCG — not entered |
| Гепатит В #1 | ⟦D|18.03.2093⟧ | HepB #1 |
| АКДП + IPV + Hib (Pentaxim) #1-3 | ⟦D|18.05.2093⟧, ⟦D|19.07.2093⟧, ⟦D|20.09.2093⟧ | DTaP-IPV-Hib x3 |
| КПК (MMR, Priorix) #1 | ⟦D|22.03.2094⟧ | MMR #1 |
| АКДП #4 | ⟦D|25.09.2094⟧ | DTaP #4 |
Entered in the ⟦STATE|Pennsylvania⟧ SIIS by ⟦N|Tanya Sheremet⟧, MA, ⟦H|Erie Family Health Center⟧, ⟦D|4/3/2099⟧; MMR #2, varicella x2 and hep B #2-3 due.
Mother ⟦N|Iryna Kovalchuk⟧ ⟦P|814-555-0183⟧; address ⟦S|2631 Poplar St⟧, ⟦C|Erie⟧ ⟦Z|16508⟧. School ⟦O|Grover Cleveland Elementary⟧ nurse ⟦N|Linda Bauer⟧ sent the form.
`);

note("interpreter-roster", `
Interpreter services — vendor reconciliation, ⟦D|October 2099⟧ — ⟦H|Boise Valley Refugee Clinic⟧
Vendor: ⟦O|Agency for New Americans⟧ interpreter bank · contact ⟦N|Dzenana Hadzic⟧ ⟦P|208-555-0116⟧ · invoice ⟦I|ANA-INV-99-1047⟧
| date | interpreter (ID) | language | patient (MRN) | min |
| ⟦D|10/2⟧ | ⟦N|Alphonse Ndayishimiye⟧ (⟦I|ANA-KIR-12⟧) | Kirundi | ⟦N|Irakoze, Divine⟧ (⟦M|BVR-04471⟧) | 60 |
| ⟦D|10/2⟧ | ⟦N|Tesfay Gebremedhin⟧ (⟦I|ANA-TIR-03⟧) | Tigrinya | ⟦N|Haile, Senait⟧ (⟦M|BVR-04488⟧) | 45 |
| ⟦D|10/7⟧ | ⟦N|Khadija⟧ (⟦I|ANA-ARA-21⟧) | Arabic | ⟦N|Al-Obaidi, Hussam⟧ (⟦M|BVR-04512⟧) | 90 |
| ⟦D|10/9⟧ | ⟦N|Sayed Jawad Hashimi⟧ (⟦I|ANA-DAR-08⟧) | Dari | ⟦N|Hashimi, Sayed⟧ (⟦M|BVR-04530⟧) — conflict: relative; replaced by ⟦N|Parwin⟧ (⟦I|ANA-DAR-11⟧) | 40 |
| ⟦D|10/14⟧ | ⟦N|Mugisha⟧ (⟦I|ANA-KIN-05⟧) | Kinyarwanda | ⟦N|Uwimana, Clementine⟧ (⟦M|BVR-04547⟧) | 30 |
| ⟦D|10/21⟧ | ⟦N|Paw Gay⟧ (⟦I|ANA-KAR-02⟧) | Karen | ⟦N|Saw Hser Nay⟧ (⟦M|BVR-04561⟧) | 75 |
No-shows billed: ⟦D|10/16⟧ Swahili, patient ⟦N|Mwamba, Furaha⟧ (⟦M|BVR-04570⟧).
Reviewed by ⟦N|Molly Carver⟧, clinic manager, ⟦S|1606 Roberts St⟧, ⟦C|Boise⟧ ⟦STATE|ID⟧ ⟦Z|83705⟧ · ⟦E|mcarver@bvrc-example.org⟧
`);

note("hepb-contact-tracing", `
Hepatitis B household follow-up (refugee arrival, HBsAg+) — ⟦O|Kent County Health Department⟧, ⟦C|Grand Rapids⟧, ⟦STATE|Michigan⟧
Index: ⟦N|Nyirabahizi, Jeanne d'Arc⟧, 38, A# ⟦I|A227-604-418⟧, HBsAg positive overseas (⟦H|Kigali IOM Health Assessment Centre⟧, ⟦D|12 Feb 2099⟧), HBeAg negative, DNA 2,400 IU/mL ⟦D|4/1/2099⟧. Referred to hepatology, Dr. ⟦N|Kofi Adu-Gyamfi⟧ at ⟦H|Corewell Health Butterworth Hospital⟧.
Household (arrived ⟦D|3/9/2099⟧ from ⟦LO|Mahama⟧ camp, ⟦COUNTRY|Rwanda⟧; Kinyarwanda and Kirundi; interpreter ⟦N|Théogène Nsengiyumva⟧ ID ⟦I|BSL-KIN-09⟧ of ⟦O|Bethany Christian Services⟧):
- husband ⟦N|Ndayisaba, Évariste⟧ — anti-HBs 142, immune.
- ⟦N|Uwase⟧ (12) — anti-HBc negative, anti-HBs <10: hep B series #1 ⟦D|4/15⟧.
- ⟦N|Ishimwe⟧ (9) — HBsAg POSITIVE (new) → pediatric hepatology at ⟦H|Helen DeVos Children's Hospital⟧.
- ⟦N|Gisa⟧ (3) — immune by vaccination (DS-3025 pentavalent x3).
- grandmother ⟦N|Mukamana⟧, age ⟦A|90⟧ — not tested yet, homebound; home draw ⟦D|4/22⟧ by ⟦N|Hope Dykstra⟧, RN.
Address ⟦S|1340 Division Ave S⟧, ⟦C|Grand Rapids⟧ ⟦STATE|MI⟧ ⟦Z|49507⟧. Reported to MDSS case ⟦I|MDSS-99-0447182⟧.
`);
write();
