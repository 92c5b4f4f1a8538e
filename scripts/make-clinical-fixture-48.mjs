// Why this file exists: builds test/fixtures/clinical-notes-48.jsonl, a forty-eighth labelled set of clinical texts
// written by hand in stop 53 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 45 and 46's generators, fixture-io.mjs, test/clinical-notes-46.test.ts, stop 52's
// fx52 and fy52 sections of docs/names-rounds.md and the opening comments of the other generators were read for the
// form, the labels and the registers already held; fixture 47, written blind at the same time by another helper, was not
// read), in the register of HOSPITAL MEDICINE AND CRITICAL CARE, which no earlier fixture holds as a whole: ICU
// admission notes, daily progress notes and flowsheet rows, hospitalist H&Ps and progress notes, I-PASS sign-out lists
// and census lists (room numbers, pagers), night cross-cover page logs, rapid response and code blue records,
// interfacility transfer requests, transfer-centre logs and e-mails, accepting-physician notes, an EMTALA transfer form
// and an air medical record (flight crews, tail numbers), nephrology, ID, palliative and cardiology consults, nursing
// shift notes and an SBAR handoff, case management and discharge planning (SNF, LTACH and inpatient rehab referrals,
// insurers' auth numbers, a peer-to-peer denial call, home health agencies, a fax cover), discharge summaries and
// after-visit summaries with follow-up appointments, an AMA discharge, death notes, organ-procurement referrals and an
// OPO e-mail, a family meeting, an ethics consult, a post-discharge call and a readmission e-mail, and secure chats,
// texts and pages between staff. 20 in ALL CAPS, 6 in lower case, the rest (19) mixed.
// Regions (towns invented or real, states and countries real): Billings, Hardin, Lodge Grass, Laurel and Great Falls;
// Des Moines, Decorah, Iowa City, Coralville, Cedar Rapids, Sioux City and Moville; Oxford, Water Valley, Jackson,
// Corinth, Hattiesburg and Petal; Sioux Falls, Huron, Mission, Rapid City and Kyle; Springfield and Joplin; La Crosse;
// Wichita, Hutchinson and Nickerson; Texarkana and Nash; Grand Rapids and Holland; Portland and Gresham; Anchorage and
// Kodiak; Elko and Salt Lake City; Medford, Eagle Point and Phoenix (Oregon); Greenfield; Lubbock; Shreveport; Eau
// Claire and Altoona; Amarillo and Canyon; Boise; Norfolk and Suffolk; Tampa; Wilkes-Barre and Scranton; Montgomery and
// Prattville; Marshfield, Stratford and Wausau; Lansing; Port Townsend; Cheyenne and Aurora; Lakeland; Edgewood,
// Louisville and Hazard; Allentown; Grand Junction; Flagstaff; Duluth and Two Harbors; St. Cloud and Sartell; Fort
// Smith and Van Buren; abroad Amsterdam.
// PHI forms sought: names of many origins (Crow, Lakota, Blackfeet and Navajo, Alaska Native (Aleut, Inupiaq), Hmong,
// Vietnamese, Korean, Nigerian and Ghanaian, Haitian, Cajun, Basque, Dutch with particles ("VAN 'T HOF", "TEN BRINK"),
// Norwegian and Swedish, Icelandic, Polish, Ukrainian, Serbian, Chechen, Punjabi and Tamil, Arab, Somali, Mexican and
// Puerto Rican with two surnames, Appalachian, African American), nicknames in quotes and parentheses, hyphenated and
// particle surnames, surnames alone after a title, "LAST, FIRST" rows in sign-out and census tables, staff by first name
// with an extension, staff initials and sign-offs; dates as "03/21/2099", "3/21/99", "22 MAR 2099", "26MAR99",
// "27-Mar-2099", "2099-03-25", "03-23-2099", "MARCH 23RD, 2099", "April 2nd", "Mar 29", "Jan 3 1951", month and year, a bare
// year, dates inside e-mail headers; ages over 89 (also "⟦A|96⟧Y" in a table); phones, faxes, pagers, extensions
// ("x4417", "ext 5-1180", "X 214"), emails, URLs; MRNs, a VA ICN; account (FIN), transfer-centre call, RRT event, ethics
// consult, referral (OPO, IHS PRC, community care), auth, denial, appeal, case (ME, coroner, JP, sheriff), PDMP,
// interpreter, NPI, transcription job, confirmation and trip numbers, driver licences, aircraft tail numbers and an
// ambulance unit and an OPO vehicle; Medicaid, Medicare (MBI) and member and group numbers; device serials (a LUCAS
// device's asset tag, a defibrillator, a ventilator, a CPAP, a wound vac, an IV pump, a concentrator, a Zio patch, a BP
// cuff); a portal user name and a Vocera user.
// Hard negatives: drugs (norepinephrine, vasopressin, propofol, dexmedetomidine, Zosyn, vancomycin, meropenem,
// cefazolin, alteplase, apixaban (Eliquis), Entresto, Lokelma, Lasix, glargine, Lantus, Lovenox, hydroxyurea, voxelotor,
// Bactrim), devices and models (BiPAP, Vapotherm, LUCAS 3.1, Arctic Sun, Servo-u, Impella, Shiley 8, Mepilex, Foley,
// PICC), scores and scales (qSOFA, SOFA, APACHE II, GCS, RASS, CAM-ICU, CPOT, NEWS2, PESI, BISAP,
// MELD-Na, CHA2DS2-VASc, HAS-BLED, Wells, Morse, Braden, PPS, ESAS, NYHA, SLUMS, Hunt-Hess, Fisher), eponyms (McConnell
// sign), programs and tools (I-PASS, SBAR, EMTALA, POLST, TPOP, CarePort, Care Everywhere, Epic Secure Chat, Vocera,
// Mobile Heartbeat, MyChart), "WATCHER" and "KING AIR" (a person named Grace and a church named Grace are labelled).
// Labelling follows fixtures 45 and 46 exactly: weekdays are `ignored` (DAY), as are states and countries; clock times,
// relative dates ("tomorrow", "HD#3", "POD2", "D3/7") are left unlabelled; ages under 90 are no PHI, and an age over 89
// is the number only; clinicians', nurses', pharmacists' and staff initials are PHI; titles, degrees, credentials,
// relations and cue words stay outside the name; "the" stays outside a facility; units, rooms, beds and chairs are left
// unlabelled; hospitals, clinics, community health centres, SNFs, LTACHs, rehab hospitals, assisted-living residences
// and other places of care with a proper name are HOSPITAL (a transfer centre keeps only its hospital's name);
// insurers, MCOs, home health agencies, hospices run as agencies, OPOs, registries run by a body, medical examiners',
// coroners' and sheriffs' offices, air medical and ambulance services, interpreter services, DME suppliers,
// pharmacies, labs, practices named as groups, manufacturers, funeral homes, churches, tribes, employers and transit
// services are ORGANIZATION; counties, reservations, highways, bridges and patient housing are LOCATION-OTHER; MRNs,
// a VA ICN and charts are MRN; member, Medicaid, Medicare, MBI and group numbers HEALTHPLAN; account, call, event,
// consult, referral, auth, denial, case, PDMP, interpreter, NPI, job, confirmation, trip, licence, tail, unit and
// vehicle numbers ID; user ids USERNAME; serials and asset tags of devices DEVICE; extensions and pagers PHONE.
// Statute sections and lot and form numbers stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and
// a few large hospitals, OPOs, payers and companies are real, named as places); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-46 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-48.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-48.jsonl", "make-clinical-fixture-48");

// ======================================================== ALL CAPS (20) ========================================================

note("micu-admission-caps", `
MICU ADMISSION H&P - ⟦H|BILLINGS CLINIC⟧ MEDICAL INTENSIVE CARE UNIT, ROOM 4112   ADMIT ⟦D|03/21/2099⟧ 0240
PATIENT: ⟦N|RUNNING CRANE, DELPHINE MARIE⟧   MRN ⟦M|BC-2274419⟧   DOB ⟦D|05/08/1957⟧   FIN ⟦I|880447120⟧   CODE STATUS: FULL
ATTENDING: ⟦N|KESTREL OYELARAN⟧, MD (PCCM)   FELLOW: DR. ⟦N|ANDERS HOLMQVIST⟧   RESIDENT: ⟦N|PRIYANKA SUBRAMANIAM⟧, MD   PAGER ⟦P|406-555-0139⟧
SOURCE: TRANSFER FROM ⟦H|BIG HORN HOSPITAL⟧ ⟦C|HARDIN⟧ ⟦STATE|MT⟧ VIA ⟦O|NORTHERN ROCKIES AIR MEDICAL⟧ (KING AIR, TAIL ⟦I|N418BC⟧). SENDING MD DR. ⟦N|WALLACE PRETTY ON TOP⟧.
CC: SEPTIC SHOCK, UROSEPSIS. HPI: 41 YO F WITH DM2, CKD 3B, FOUND BY SISTER ⟦N|LORETTA RUNNING CRANE⟧ CONFUSED AT HOME ON ⟦S|CROW AGENCY RD⟧ ⟦D|03/20/2099⟧ EVENING.
AT OSH: LACTATE 6.1, BP 72/40, GIVEN 3 L LR, CEFTRIAXONE 2 G, STARTED NOREPINEPHRINE 8 MCG/MIN. CT A/P: R OBSTRUCTING 7 MM UPJ STONE.
ON ARRIVAL: MAP 58 ON NOREPINEPHRINE 12, ADDED VASOPRESSIN 0.04. GCS 13. QSOFA 3, SOFA 11, APACHE II 24. LACTATE 4.8.
PLAN: IR FOR EMERGENT R NEPHROSTOMY (DR. ⟦N|VASQUEZ-TILLMAN⟧ PAGED ⟦P|5512⟧), BROADEN TO ZOSYN + VANCOMYCIN, STRESS-DOSE HYDROCORTISONE, A-LINE AND R IJ CVC (PLACED BY ⟦N|PS⟧ UNDER ⟦N|AH⟧, US GUIDED).
CONTACTS: SISTER ⟦N|LORETTA⟧ ⟦P|(406) 555-0188⟧; SON ⟦N|MARCUS "BUCK" RUNNING CRANE⟧ IN ⟦C|LODGE GRASS⟧, NO PHONE, VIA ⟦O|CROW TRIBE⟧ CHR ⟦N|VERNA OLD ELK⟧ ⟦P|406-555-0120⟧ X ⟦P|214⟧.
INSURANCE: ⟦O|IHS⟧ PRC REFERRAL ⟦I|PRC-99-03318⟧; MEDICAID ID ⟦HP|MT0447182205⟧.
⟦N|KO⟧/⟦N|AH⟧/⟦N|PS⟧   SIGNED ⟦D|3/21/99⟧ 0512
`);

note("icu-progress-caps", `
ICU DAILY PROGRESS NOTE - HOSPITAL DAY 4 / ICU DAY 4 - ⟦D|MARCH 24, 2099⟧ - ⟦H|MERCY ONE DES MOINES MEDICAL CENTER⟧ CVICU BED 12
PT: ⟦N|HALVORSEN, GUNNAR ERIK⟧   AGE ⟦A|91⟧   MRN ⟦M|00883417⟧   ATTENDING DR. ⟦N|ROSALIND ACHTERBERG⟧   NP ⟦N|TAMSIN DOYLE-OKAFOR⟧, ACNP-BC
S: EVENTS OVERNIGHT - SELF-EXTUBATED 0315 ⟦D|3/24⟧, PLACED ON BIPAP 14/6 THEN VAPOTHERM 40 L 50%. RN ⟦N|CHASE LINDGREN⟧ NOTIFIED CROSS-COVER DR. ⟦N|BIANCHI⟧.
O: T 37.9, HR 104 AFIB, BP 118/62 ON NOREPINEPHRINE 2 MCG/MIN, RR 24, SPO2 93%. RASS -1, CAM-ICU POSITIVE. UOP 0.4 ML/KG/H.
LABS: WBC 14.1, HGB 8.2, PLT 96, CR 2.4 (BASELINE 1.3 PER ⟦H|WAVERLY HEALTH CENTER⟧ RECORDS ⟦D|JAN 2099⟧), K 5.3, LACTATE 1.9, PROCALCITONIN 4.2.
MICRO: BCX ⟦D|3/20⟧ 2/2 E. COLI (CTX-M ESBL), SENSITIVE TO MEROPENEM. UCX SAME.
A/P: 1. SEPTIC SHOCK, RESOLVING - MEROPENEM D3/7, WEAN NE. 2. AKI - RENAL CONSULT (DR. ⟦N|NWACHUKWU⟧), NO HD YET. 3. DELIRIUM - DEXMEDETOMIDINE, SLEEP HYGIENE, NO BENZOS. 4. AFIB RVR - AMIODARONE GTT, HOLD APIXABAN (ELIQUIS) FOR PLT.
GOALS: DAUGHTER ⟦N|INGRID HALVORSEN-BRAUN⟧ (HCPOA) ⟦P|515-555-0174⟧ WANTS FULL CODE FOR NOW; SON ⟦N|PER⟧ IN ⟦C|DECORAH⟧ AGREES.
PALLIATIVE ATTENDING ⟦N|FEYISARA OKWUOSA⟧, MD. FAMILY MEETING ⟦DAY|THURSDAY⟧ ⟦D|3/26⟧ 1400, FAMILY ROOM 5W.
TIME: 45 MIN CRITICAL CARE. ⟦N|RA⟧ / ⟦N|TDO⟧
`);

note("ipass-signout-caps", `
I-PASS SIGN-OUT - MEDICINE TEAM 3 (GOLD) - ⟦H|UNIVERSITY OF IOWA HOSPITALS & CLINICS⟧ - ⟦D|03/22/2099⟧ DAY -> NIGHT
OUTGOING: DR. ⟦N|J. AMOAKO⟧ PGY2 (PGR ⟦P|319-555-0102⟧)   INCOMING NIGHT FLOAT: ⟦N|HYUN-WOO CHA⟧, MD PGY1 (PGR ⟦P|8841⟧)   SENIOR: ⟦N|MAEVE O'SULLIVAN-REYES⟧
RM    PATIENT                    AGE  ILLNESS  SUMMARY / ACTION / CONTINGENCY
7214  ⟦N|KOWALCZYK, STANISLAW⟧        88   WATCHER  CHF EXAC, LASIX 80 IV BID. IF UOP < 500 BY 0000 -> GIVE METOLAZONE 5. K CHECK 2200.
7216  ⟦N|BAPTISTE, MARIE-ANGE⟧        62   STABLE   PNA, CEFTRIAXONE/AZITHRO. DAUGHTER ⟦N|NADEGE⟧ CALLING ⟦P|319-555-0147⟧ - SPEAKS KREYOL, USE ⟦O|LANGUAGELINE⟧.
7218  ⟦N|TRAN, DUC MINH⟧              ⟦A|93⟧   WATCHER  GI BLEED, HGB 7.1 -> 1 U PRBC RUNNING. IF MELENA AGAIN, CALL GI FELLOW DR. ⟦N|ESCOBEDO⟧ ⟦P|5-6640⟧.
7220  ⟦N|FITZGERALD, COLLEEN "COKIE"⟧  71   STABLE   DKA RESOLVED, OFF INSULIN GTT 1600, GLARGINE 18 U QHS. D/C TO ⟦C|CORALVILLE⟧ AM.
7222  ⟦N|ABUBAKAR, IBRAHIM SANI⟧       55   UNSTABLE RAPID RESPONSE 1540 (HYPOTENSION) - SEE RRT NOTE. MICU AWARE (DR. ⟦N|LINDQVIST⟧). IF MAP < 65 X2 -> CALL MICU ⟦P|6-2200⟧.
7224  ⟦N|DEVEREAUX-PIKE, AUGUSTINE⟧    ⟦A|97⟧   STABLE   HIP FX POD2, DNR/DNI. FROM ⟦H|OAKNOLL RETIREMENT RESIDENCE⟧ ⟦C|IOWA CITY⟧. DISPO ⟦H|LANTERN PARK SPECIALTY CARE⟧ SNF ⟦D|3/24⟧ IF AUTH (⟦O|WELLMARK⟧ REF ⟦I|WM-44718202⟧).
TO DO: F/U 2200 K ON ⟦N|KOWALCZYK⟧; CALL ⟦N|BAPTISTE⟧ DAUGHTER WITH UPDATE. SYNTHESIS BY RECEIVER: ⟦N|HC⟧ READ BACK. ⟦N|JA⟧
`);

note("rapid-response-caps", `
RAPID RESPONSE TEAM RECORD - ⟦H|BAPTIST MEMORIAL HOSPITAL-NORTH MISSISSIPPI⟧, ⟦C|OXFORD⟧ ⟦STATE|MS⟧   EVENT # ⟦I|RRT-2099-0318⟧
DATE ⟦D|03/22/99⟧   CALLED 1538   ARRIVED 1541   LOCATION 4 WEST RM 418   CALLED BY ⟦N|KAYLEE DOBBS⟧, RN (CHARGE ⟦N|TERRENCE MABRY⟧, RN)
PATIENT ⟦N|WHITFIELD, ODELL RAY⟧   MRN ⟦M|BMH-7741820⟧   DOB ⟦D|11/30/1949⟧   ATTENDING HOSPITALIST DR. ⟦N|SUNITA RAGHAVAN⟧
TRIGGER: SBP 78, HR 128, NEWS2 9. PT C/O DIZZINESS, DIAPHORETIC. ON HEPARIN GTT FOR PE (DX ⟦D|3/20⟧ AT ⟦H|NORTH MISSISSIPPI MEDICAL CENTER-PONTOTOC⟧).
TEAM: RRT RN ⟦N|DARNELL CRUMPTON⟧, RT ⟦N|ASHLEIGH VO⟧, ICU FELLOW DR. ⟦N|OLUFEMI ADEBAYO-GRANT⟧.
ACTIONS: 1 L NS BOLUS, STAT CBC/BMP/LACTATE/TROPONIN, BEDSIDE ECHO - RV DILATED, MCCONNELL SIGN +. PE RESPONSE TEAM (PERT) PAGED ⟦P|662-555-0115⟧.
PESI CLASS V. TROPONIN 0.41. LACTATE 3.2. GIVEN ALTEPLASE 100 MG / 2 H PER DR. ⟦N|ADEBAYO-GRANT⟧ AND PERT (DR. ⟦N|HOLLOWELL⟧).
DISPOSITION: TRANSFERRED TO ICU BED 6 AT 1624. FAMILY: WIFE ⟦N|BERNICE WHITFIELD⟧ ⟦P|662-555-0196⟧ UPDATED BY PHONE; SHE IS COMING FROM ⟦C|WATER VALLEY⟧.
DEBRIEF: GOOD TEAMWORK; DELAY IN ALTEPLASE FROM PHARMACY (⟦N|R. PHILLIPS⟧, PHARMD). RECORDER ⟦N|KD⟧. RRT RN SIGNATURE ⟦N|D. CRUMPTON⟧ ⟦D|03/22/2099⟧ 1702.
`);

note("code-blue-record-caps", `
CARDIOPULMONARY ARREST RECORD (CODE BLUE) - ⟦H|ST. VINCENT REGIONAL HOSPITAL⟧ - ⟦C|BILLINGS⟧ ⟦STATE|MT⟧
DATE ⟦D|22 MAR 2099⟧   CODE CALLED 0347   LOCATION: 6 NORTH TELE RM 622   WITNESSED: YES (RN ⟦N|MEGHAN TALLBULL⟧)
PATIENT: ⟦N|ZIELINSKI, BOGDAN⟧   MRN ⟦M|SVH00447192⟧   DOB ⟦D|1944-02-17⟧   WT 88 KG   CODE STATUS FULL (CONFIRMED WITH SON ⟦N|ADAM ZIELINSKI⟧ ⟦D|3/20⟧)
TEAM LEADER: DR. ⟦N|HENRIK SOLBERG-AMADI⟧   AIRWAY: ⟦N|CALLIE REDHORSE⟧, RRT   MEDS: ⟦N|JOSEPH NAKAMURA-BELL⟧, RN   RECORDER: ⟦N|TASHA GRUBER⟧, RN   PHARMACY: ⟦N|NGOZI EZE⟧, PHARMD
TIME  RHYTHM   ACTION
0347  PEA      CPR STARTED, LUCAS 3.1 DEVICE APPLIED 0349 (ASSET ⟦DEV|LUC-31-004471⟧)
0350  PEA      EPINEPHRINE 1 MG IV #1
0353  VF       DEFIB 200 J (⟦O|ZOLL⟧ R SERIES SN ⟦DEV|AF17C044718⟧); AMIODARONE 300 MG
0356  VF       DEFIB 200 J; EPI #2; ETT 7.5 BY ⟦N|CR⟧, ETCO2 18
0359  ROSC     BP 92/50, HR 110 SINUS TACH. ETCO2 34. NOREPINEPHRINE STARTED.
TOTAL 12 MIN. POST-ARREST: TTM 36C WITH ARCTIC SUN, CATH LAB NOTIFIED (DR. ⟦N|ABERNATHY⟧ ⟦P|406-555-0181⟧), ICU BED 9.
FAMILY: SON ⟦N|ADAM⟧ ⟦P|406-555-0155⟧ NOTIFIED 0412 BY DR. ⟦N|SOLBERG-AMADI⟧; DAUGHTER-IN-LAW ⟦N|KRYSTYNA⟧ EN ROUTE FROM ⟦C|LAUREL⟧.
SIGNATURES: ⟦N|HSA⟧ / ⟦N|TG⟧ / ⟦N|JNB⟧   REVIEWED BY CODE COMMITTEE ⟦D|APRIL 2099⟧.
`);

note("transfer-request-caps", `
TRANSFER CENTER - INCOMING REQUEST LOG - ⟦H|UNIVERSITY OF MISSISSIPPI MEDICAL CENTER⟧ (⟦H|UMMC⟧) ⟦C|JACKSON⟧   CALL # ⟦I|TC-990322-0071⟧
DATE/TIME ⟦D|03/22/2099⟧ 2214   TRANSFER CTR RN: ⟦N|LAQUITA BONNER⟧, RN   RECORDED LINE ⟦P|601-555-0100⟧
REFERRING FACILITY: ⟦H|MAGNOLIA REGIONAL HEALTH CENTER⟧, ⟦C|CORINTH⟧ ⟦STATE|MS⟧   REFERRING MD: DR. ⟦N|CLAYTON FORTENBERRY⟧ CELL ⟦P|662-555-0139⟧   FAX ⟦F|662-555-0140⟧
PATIENT: ⟦N|MCKNIGHT, JALEESA TANAE⟧   DOB ⟦D|07/04/1991⟧   SEX F
REASON: SAH HUNT-HESS 3, FISHER 4, ACOM ANEURYSM ON CTA. GCS 12. EVD NOT AVAILABLE AT REFERRING.
ACCEPTING: NEUROSURGERY DR. ⟦N|ELEANOR CHIBUZOR-VANCE⟧ (ACCEPTED 2231); NEURO ICU ATTENDING DR. ⟦N|RAJIV MALHOTRA⟧. BED: NSICU 8.
MODE: ROTOR - ⟦O|AIRCARE⟧ 2 (⟦H|UMMC⟧), TAIL ⟦I|N911UM⟧, ETA 2320. CREW: FLIGHT RN ⟦N|BRODY HAYNIE⟧, FLIGHT MEDIC ⟦N|SANTOS VILLAREAL⟧. PILOT ⟦N|C. DUPREE⟧.
INSURANCE: ⟦O|MAGNOLIA HEALTH PLAN⟧ MEDICAID MEMBER ⟦HP|MHP447182031⟧. PCP: ⟦N|ODESSA LIPSCOMB⟧, NP, ⟦H|NORTHEAST MS COMMUNITY HEALTH⟧.
FAMILY: MOTHER ⟦N|GLORIA MCKNIGHT⟧ ⟦P|662-555-0170⟧ DRIVING FROM ⟦C|CORINTH⟧ - GIVEN ADDRESS ⟦S|2500 N STATE ST⟧, ⟦C|JACKSON⟧ ⟦Z|39216⟧.
EMTALA FORM COMPLETE. ⟦N|LB⟧
`);

note("accepting-physician-caps", `
ACCEPTING PHYSICIAN NOTE - INTERFACILITY TRANSFER - ⟦H|SANFORD USD MEDICAL CENTER⟧, ⟦C|SIOUX FALLS⟧   ⟦D|03/23/2099⟧ 0105
ACCEPTING: ⟦N|MIKAELA STRAND-OKEKE⟧, MD, MICU NOCTURNIST   VIA ⟦H|SANFORD⟧ TRANSFER CENTER ⟦P|605-555-0111⟧ (CALL REF ⟦I|STC-0323-0014⟧)
SENDING: ⟦H|HURON REGIONAL MEDICAL CENTER⟧, ⟦C|HURON⟧ ⟦STATE|SD⟧ - DR. ⟦N|TOBIAS WENDT⟧ (ED), CALLBACK ⟦P|605-555-0163⟧
PT: ⟦N|LITTLE THUNDER, ROMAN JAMES⟧   DOB ⟦D|02/14/2063⟧   OSH MRN ⟦M|HRMC-118447⟧   WT 104 KG
SUMMARY: 36 YO M, ETOH USE, 3 DAYS EPIGASTRIC PAIN. LIPASE 4,200, TG 1,880. CT: NECROTIZING PANCREATITIS. BISAP 3. ON 4 L NC, RR 30, CR 2.1.
RECS TO SENDING: LR 250 ML/H, HOLD INSULIN UNTIL K BACK, FENTANYL PRN, NO ABX YET. SEND CT DISC / PUSH TO PACS (IMAGE EXCHANGE ACCESSION ⟦I|HR99032201⟧).
TRANSPORT: FIXED WING NOT NEEDED; GROUND CCT BY ⟦O|HURON AMBULANCE SERVICE⟧ UNIT ⟦I|HAS-14⟧, ETA 0400. IF DETERIORATES, ⟦O|SANFORD AIRMED⟧ ⟦P|800-555-0199⟧.
FAMILY: GIRLFRIEND ⟦N|SHAYLA BEAR SHIELD⟧ ⟦P|605-555-0142⟧; MOTHER ⟦N|ROSALIE LITTLE THUNDER⟧ IN ⟦C|MISSION⟧ (⟦LO|ROSEBUD RESERVATION⟧).
INSURANCE: ⟦O|DAKOTACARE⟧ ID ⟦HP|DKC0044718-01⟧. BED ASSIGNED MICU 3214 BY HOUSE SUP ⟦N|B. ELLINGSON⟧.
⟦N|MSO⟧
`);

note("nephrology-consult-caps", `
NEPHROLOGY CONSULT - ⟦H|FORREST GENERAL HOSPITAL⟧, ⟦C|HATTIESBURG⟧ ⟦STATE|MS⟧   DATE OF SERVICE ⟦D|03-23-2099⟧
REQUESTING: HOSPITALIST DR. ⟦N|BEAUREGARD TILLMAN⟧   CONSULTANT: DR. ⟦N|ADAEZE NWOSU-HARGROVE⟧, NEPHROLOGY (⟦O|PINE BELT KIDNEY ASSOCIATES⟧ ⟦P|601-555-0126⟧, FAX ⟦F|601-555-0127⟧)
PT: ⟦N|ARCENEAUX, THIBODEAUX LOUIS⟧ (GOES BY "⟦N|TIB⟧")   MRN ⟦M|FGH2209914⟧   DOB ⟦D|10/12/1952⟧
REASON: AKI ON CKD 4, HYPERKALEMIA. BASELINE CR 2.8 (⟦D|12/2098⟧, ⟦O|QUEST DIAGNOSTICS⟧), NOW 5.9, K 6.8, HCO3 14. PEAKED T WAVES.
OUTPT NEPHROLOGIST: DR. ⟦N|MARISOL DE LA GARZA⟧ AT ⟦H|HATTIESBURG CLINIC⟧. AVF L ARM PLACED ⟦D|1/15/2099⟧ BY DR. ⟦N|KNOX⟧ - NOT MATURE.
MEDS: LISINOPRIL, SPIRONOLACTONE (!), METFORMIN, FUROSEMIDE. URINE NA 12. FENA 0.4%. RENAL US: 9 CM KIDNEYS, NO HYDRO.
ASSESSMENT: PRERENAL AKI + ACEI/MRA, HYPERKALEMIA WITH ECG CHANGES.
RECS: CALCIUM GLUCONATE, INSULIN/D50, LOKELMA 10 G TID; HOLD ACEI/MRA/METFORMIN. IF K > 6.5 AT 1800 -> TEMP HD CATH (IR X⟦P|4471⟧) AND HD TONIGHT.
OUTPT DIALYSIS PLANNING: ⟦O|FRESENIUS KIDNEY CARE⟧ ⟦C|PETAL⟧ CHAIR REQUEST, SW ⟦N|RHONDA ESTES⟧. TRANSPLANT REFERRAL TO ⟦H|UMMC⟧ LATER.
THANK YOU. ⟦N|ANH⟧ PAGER ⟦P|601-555-0119⟧
`);

note("id-consult-caps", `
INFECTIOUS DISEASES CONSULTATION - ⟦H|CORRIGAN-MERRILL MEDICAL CENTER⟧ - ⟦C|GREAT FALLS⟧ ⟦STATE|MT⟧   ⟦D|MARCH 23RD, 2099⟧
PATIENT ⟦N|BLACKWEASEL, ORVILLE⟧, 58 M, MRN ⟦M|CMM-30044718⟧. REQUESTED BY DR. ⟦N|HEATHER STOKKE⟧ (HOSPITALIST) FOR MSSA BACTEREMIA.
HPI: IVDU (METH + HEROIN), ADMITTED ⟦D|3/19⟧ WITH L ANTECUBITAL ABSCESS. BCX ⟦D|3/19⟧ AND ⟦D|3/20⟧ MSSA 4/4. TTE NO VEGETATION; TEE ⟦D|3/22⟧ (DR. ⟦N|QUAYLE⟧): 1.1 CM TRICUSPID VEGETATION.
SOCIAL: UNHOUSED, STAYS AT ⟦O|GREAT FALLS RESCUE MISSION⟧ OR UNDER ⟦LO|10TH STREET BRIDGE⟧. SISTER ⟦N|DARLENE BLACKWEASEL-HUGHES⟧ IN ⟦C|BROWNING⟧ ⟦P|406-555-0105⟧.
ALLERGIES: PCN (RASH AS CHILD) - TOLERATED CEFAZOLIN ⟦D|2097⟧ AT ⟦H|BLACKFEET COMMUNITY HOSPITAL⟧.
IMPRESSION: RIGHT-SIDED ENDOCARDITIS, MSSA. SEPTIC EMBOLI IN LUNGS ON CT.
RECS: CEFAZOLIN 2 G Q8H X 6 WEEKS FROM FIRST NEG CX (⟦D|3/21/2099⟧) - END DATE ⟦D|05/02/2099⟧. PICC NOT ADVISED; CONSIDER DALBAVANCIN OR PARTIAL ORAL (POET) IF LEAVES.
ADDICTION MEDICINE CONSULT (⟦N|DARIUS FEATHERSTONE⟧, PA-C; ⟦N|FEATHERSTONE⟧ TO SEE TODAY), START BUPRENORPHINE. HIV/HCV SCREEN. OPAT CLINIC ⟦P|406-555-0166⟧.
⟦N|YUSUF KARIMOV-LANGE⟧, MD, ID. ⟦E|ykarimov@cmmc-gf.org⟧   ⟦N|YKL⟧
`);

note("palliative-consult-caps", `
PALLIATIVE CARE CONSULTATION - ⟦H|MERCY HOSPITAL SPRINGFIELD⟧, ⟦C|SPRINGFIELD⟧ ⟦STATE|MO⟧   ⟦D|3/23/2099⟧
PATIENT: ⟦N|PEMBERTON, HAZEL ODESSA⟧   AGE ⟦A|94⟧   MRN ⟦M|MHS-0077418⟧   ROOM 5 SOUTH 512   REFERRING: DR. ⟦N|ELLIS VANDERWAL⟧
REASON: GOALS OF CARE, DYSPNEA. DX: HFREF EF 15%, CKD 4, RECURRENT ADMITS (4 IN 6 MO, LAST ⟦D|FEB 2099⟧ AT ⟦H|COX SOUTH⟧).
PPS 30%. ESAS: DYSPNEA 8, FATIGUE 9, PAIN 2, ANXIETY 6. NYHA IV.
SPOKE WITH PATIENT (CAPACITY INTACT) AND DAUGHTERS ⟦N|JUNE PEMBERTON-HAYES⟧ (HCPOA, ⟦P|417-555-0124⟧) AND ⟦N|LOIS ANN "SISSY" CRADDOCK⟧ (FROM ⟦C|JOPLIN⟧). GRANDSON ⟦N|TYLER⟧ ON SPEAKER.
PATIENT: "I'M READY. I WANT TO GO HOME TO MY CAT." DNR/DNI, NO ICU, NO DIALYSIS. ⟦STATE|MO⟧ TPOP FORM COMPLETED, COPY SCANNED.
PLAN: MORPHINE 2.5 MG PO Q4H PRN DYSPNEA, LORAZEPAM 0.5 PRN, STOP METOPROLOL/SPIRONOLACTONE. HOSPICE REFERRAL - ⟦O|SOUTHWEST MISSOURI HOSPICE⟧ (LIAISON ⟦N|CORA BETH YODER⟧ ⟦P|417-555-0158⟧) - HOME AT ⟦S|4471 S FREMONT AVE⟧, ⟦C|SPRINGFIELD⟧ ⟦Z|65804⟧.
CHAPLAIN REV. ⟦N|AMOS KETTERING⟧ VISITED (PASTOR AT ⟦O|GRACE UNITED METHODIST⟧).
TOTAL TIME 85 MIN, >50% COUNSELING. ⟦N|NAOMI BRIGHTWATER-LEE⟧, DO, HPM. ⟦N|NBL⟧
`);

note("nursing-shift-caps", `
NURSING SHIFT NOTE 1900-0700 - ⟦H|AVERA MCKENNAN HOSPITAL⟧ - 5 EAST MED/SURG RM 5118   ⟦D|03/23/99⟧-⟦D|03/24/99⟧
PT ⟦N|SCHAEFER, WILHELMINA⟧ (⟦N|BILLIE⟧) MRN ⟦M|AVM6618204⟧   RN ⟦N|CODY FJELSTAD⟧, RN   PCT ⟦N|LUPE ARREDONDO⟧   CHARGE ⟦N|TIFFANI RAINEY⟧, BSN
1930 REPORT RECEIVED FROM ⟦N|M. ASANTE⟧, RN AT BEDSIDE. ALERT, ORIENTED X3. MORSE FALL SCORE 55 - BED ALARM ON. BRADEN 14.
2200 C/O CHEST TIGHTNESS 4/10. VS 148/88, HR 96, SPO2 94% 2L. EKG DONE - NO CHANGE PER DR. ⟦N|OKONJO⟧ (NIGHT HOSPITALIST, VOCERA ⟦UN|OKONJO.NOC⟧). NITRO 0.4 SL X1 WITH RELIEF.
0130 DAUGHTER ⟦N|GRETCHEN⟧ CALLED ⟦P|605-555-0187⟧, UPDATED. PT ASKED FOR PASTOR FROM ⟦O|ST. JOSEPH CATHEDRAL⟧.
0300 FOLEY DRAINING 350 ML CLEAR. HEPARIN 5000 SQ GIVEN. CHG BATH DONE.
0545 AM LABS DRAWN. K 3.2 - PAGED ⟦N|OKONJO⟧ ⟦P|7-4418⟧, KCL 40 MEQ PO ORDERED.
0645 BEDSIDE HANDOFF TO ⟦N|ANNIKA TVEDT⟧, RN. ⟦N|CF⟧
`);

note("case-management-caps", `
CASE MANAGEMENT / DISCHARGE PLANNING NOTE - ⟦H|GUNDERSEN LUTHERAN MEDICAL CENTER⟧, ⟦C|LA CROSSE⟧ ⟦STATE|WI⟧   ⟦D|03/24/2099⟧
CM: ⟦N|RHIANNON PFAFF⟧, RN, CCM ⟦P|608-555-0137⟧ EXT ⟦P|2291⟧   SW: ⟦N|DESHAWN EVERLY⟧, LCSW
PT: ⟦N|VANG, TOUA⟧   MRN ⟦M|GLMC-4471832⟧   DOB ⟦D|09/09/1950⟧   ADMIT ⟦D|3/17/99⟧   LOS 7   EXPECTED DC ⟦D|3/26⟧
PAYER: ⟦O|SECURITY HEALTH PLAN⟧ MEDICARE ADVANTAGE, MEMBER ⟦HP|SHP88044718200⟧. MBI ⟦HP|4TR7-KX2-MQ81⟧. SECONDARY: ⟦STATE|WI⟧ MEDICAID ⟦HP|1044718223⟧.
NEEDS: NEW TRACH/PEG AFTER PROLONGED RESP FAILURE - LTACH LEVEL. PT/OT: MAX ASSIST.
REFERRALS SENT (ALLSCRIPTS/CAREPORT ⟦D|3/22⟧): ⟦H|SELECT SPECIALTY HOSPITAL - MADISON⟧ (ACCEPTED, BED ⟦D|3/26⟧), ⟦H|KINDRED HOSPITAL MILWAUKEE⟧ (DECLINED - DISTANCE), ⟦H|BETHANY ST. JOSEPH CARE CENTER⟧ SNF (CANNOT TAKE TRACH).
AUTH: ⟦O|SECURITY HEALTH PLAN⟧ UM NURSE ⟦N|KAREN DEBOER⟧ ⟦P|715-555-0110⟧, AUTH # ⟦I|SHP-UM-99-004718⟧ APPROVED 7 DAYS, REVIEW ⟦D|4/2/99⟧.
FAMILY: SON ⟦N|PAO VANG⟧ (INTERPRETS, HMONG) ⟦P|608-555-0182⟧, WIFE ⟦N|MAI YER XIONG⟧. LIVE ⟦S|2318 LOSEY BLVD S⟧, ⟦C|LA CROSSE⟧ ⟦Z|54601⟧.
TRANSPORT: ⟦O|TRI-STATE AMBULANCE⟧ BLS-VENT CCT ⟦D|3/26⟧ 1000, TRIP # ⟦I|TSA-26-0447⟧.
IMM MEDICARE NOTICE GIVEN ⟦D|3/24/99⟧ TO SON. ⟦N|RP⟧
`);

note("discharge-summary-caps", `
DISCHARGE SUMMARY - ⟦H|WICHITA VA MEDICAL CENTER⟧ - ⟦C|WICHITA⟧ ⟦STATE|KS⟧
PATIENT: ⟦N|ESPINOZA-BACA, REYNALDO⟧   SSN ⟦SSN|512-55-0147⟧   ICN ⟦M|1044718220V447182⟧   DOB ⟦D|06/06/1946⟧
ADMIT ⟦D|03/16/2099⟧   DISCHARGE ⟦D|03/24/2099⟧   ATTENDING: ⟦N|GWENDOLYN ACHEAMPONG⟧, MD   PCP: ⟦N|LOUIS FAIRWEATHER⟧, NP (⟦H|HUTCHINSON CBOC⟧)
PRINCIPAL DX: NSTEMI, TYPE 1. SECONDARY: CHF EXAC (EF 35%), AKI (RESOLVED), AFIB (CHA2DS2-VASC 5, HAS-BLED 3).
COURSE: LHC ⟦D|3/18⟧ BY DR. ⟦N|IKEDA⟧ - 95% LAD, DES X1. POST-CATH GROIN HEMATOMA, NO RPH. DIURESED 6 L. GDMT STARTED.
DISCHARGE MEDS: ASPIRIN 81 X 1 MONTH THEN STOP, CLOPIDOGREL 75, APIXABAN 5 BID, ATORVASTATIN 80, METOPROLOL SUCCINATE 50, SACUBITRIL/VALSARTAN (ENTRESTO) 24/26 BID, EMPAGLIFLOZIN 10.
FOLLOW-UP:
 - CARDIOLOGY: DR. ⟦N|PRZYBYLSKI⟧, ⟦H|WICHITA VAMC⟧ CARDIOLOGY CLINIC, ⟦D|04/07/2099⟧ 0930, BLDG 1 RM 2B-114
 - PCP ⟦N|FAIRWEATHER⟧ ⟦D|3/31/99⟧ 1300 (⟦P|620-555-0119⟧)
 - LABS (BMP) ⟦D|3/28⟧ AT ⟦H|HUTCHINSON CBOC⟧, ⟦S|1601 N WALDRON ST⟧, ⟦C|HUTCHINSON⟧ ⟦Z|67502⟧
 - CARDIAC REHAB: ⟦O|HUTCHINSON REGIONAL HEALTHCARE SYSTEM⟧ VIA COMMUNITY CARE REFERRAL ⟦I|VA0044718203⟧
HOME HEALTH: ⟦O|ANGELS CARE HOME HEALTH⟧ ⟦P|316-555-0172⟧ FOR RN VISITS, WEIGHTS. SCALE + BP CUFF FROM PROSTHETICS (⟦DEV|OMRON-BP7350-2271⟧).
CONDITION: STABLE. WIFE ⟦N|CARMEN⟧ DRIVING HIM HOME TO ⟦C|NICKERSON⟧.
DICTATED BY ⟦N|G. ACHEAMPONG⟧ ⟦D|3/24/99⟧ 1545; TRANSCRIBED ⟦N|KLM⟧ / JOB ⟦I|4471820⟧
`);

note("death-note-caps", `
DEATH NOTE / PRONOUNCEMENT - ⟦H|CHRISTUS ST. MICHAEL HEALTH SYSTEM⟧, ⟦C|TEXARKANA⟧ ⟦STATE|TX⟧ - ICU RM 14   ⟦D|03/24/2099⟧
CALLED BY RN ⟦N|JOLENE SHACKELFORD⟧ AT 0412 FOR ASYSTOLE ON MONITOR. PT ⟦N|OVERSTREET, CLAUDE EMMETT⟧, MRN ⟦M|CSM0044712⟧, AGE ⟦A|102⟧.
EXAM: NO RESPONSE TO VERBAL/PAINFUL STIMULI, PUPILS FIXED AND DILATED, NO BREATH SOUNDS, NO HEART SOUNDS X 1 MIN, NO CAROTID PULSE.
PRONOUNCED DEAD AT 0418 BY DR. ⟦N|ANJALI BHATTACHARYA-MOORE⟧ (NOCTURNIST).
CAUSE: ACUTE HYPOXIC RESPIRATORY FAILURE DUE TO ASPIRATION PNEUMONIA; UNDERLYING ADVANCED DEMENTIA. DNR/COMFORT CARE SINCE ⟦D|3/22⟧.
FAMILY: GREAT-NEPHEW ⟦N|WADE OVERSTREET⟧ (NOK) NOTIFIED 0430 AT ⟦P|903-555-0133⟧, WILL COME IN. NIECE ⟦N|PEARLIE MAE JOINER⟧ IN ⟦C|NASH⟧ CALLED BY HIM.
ATTENDING DR. ⟦N|COLQUITT⟧ NOTIFIED 0440.
ORGAN PROCUREMENT: ⟦O|SOUTHWEST TRANSPLANT ALLIANCE⟧ CALLED 0425 (⟦P|800-555-0144⟧), REFERRAL # ⟦I|STA-99-032418⟧, COORDINATOR ⟦N|BRANDON ELLSWORTH⟧ - TISSUE/EYE RULED OUT (AGE, SEPSIS).
MEDICAL EXAMINER: NOT A ME CASE (⟦LO|BOWIE COUNTY⟧ JP ⟦N|HOLLIS DRAKE⟧ DECLINED, CASE # ⟦I|JP2-99-0318⟧).
FUNERAL HOME: ⟦O|EAST MEMORIAL FUNERAL HOME⟧ ⟦P|903-555-0179⟧. DEATH CERTIFICATE VIA TXEVER.
⟦N|ABM⟧ 0452
`);

note("family-meeting-caps", `
FAMILY MEETING NOTE - ⟦H|SPECTRUM HEALTH BUTTERWORTH HOSPITAL⟧ MICU - ⟦C|GRAND RAPIDS⟧ ⟦STATE|MI⟧   ⟦D|MARCH 25, 2099⟧ 1500-1610
PATIENT: ⟦N|VANDERMOLEN, PIETER JAN⟧   MRN ⟦M|SH-66104471⟧   AGE ⟦A|90⟧   DAY 9 OF MECHANICAL VENTILATION
PRESENT: WIFE ⟦N|ANNEKE VANDERMOLEN⟧ (DPOA-HC); CHILDREN ⟦N|HENDRIK⟧ (FROM ⟦C|HOLLAND⟧), ⟦N|MARGRIET VAN 'T HOF⟧ AND ⟦N|DIRK VANDERMOLEN⟧ (PHONE, FROM ⟦C|PHOENIX⟧); PASTOR ⟦N|CALVIN BOERSMA⟧ (⟦O|THIRD CHRISTIAN REFORMED CHURCH⟧).
TEAM: DR. ⟦N|LUCIA FERRANTE-OBI⟧ (MICU ATTENDING), DR. ⟦N|SAMIR HADDAD⟧ (FELLOW), ⟦N|BRITT KLOOSTERMAN⟧, RN, SW ⟦N|ALTHEA MONROE⟧, PALLIATIVE NP ⟦N|JESSICA TEN BRINK⟧.
MEDICAL UPDATE: ARDS FROM INFLUENZA A, P/F 88 ON PEEP 14, PRONED X3. NEW AKI NEEDING CRRT. SOFA 14.
PATIENT VALUES (PER ⟦N|ANNEKE⟧): "HE SAID AFTER HIS BROTHER ⟦N|KEES⟧ DIED ON A VENTILATOR AT ⟦H|HOLLAND HOSPITAL⟧ IN ⟦D|2094⟧ - NEVER LIKE THAT." HAS AN ADVANCE DIRECTIVE DATED ⟦D|08/14/2090⟧ (NO PROLONGED LIFE SUPPORT).
DECISION: TRANSITION TO COMFORT CARE ⟦DAY|SATURDAY⟧ ⟦D|3/27⟧ AFTER GRANDDAUGHTER ⟦N|ELISE⟧ ARRIVES FROM ⟦C|AMSTERDAM⟧ ⟦COUNTRY|NETHERLANDS⟧. NO CRRT. DNR NOW.
FOLLOW-UP: SW TO ASSIST WITH ⟦O|GIFT OF LIFE MICHIGAN⟧ NOTIFICATION (ROUTINE REFERRAL), ⟦O|METCALF & JONKHOFF FUNERAL SERVICE⟧ PER FAMILY.
⟦N|LFO⟧ / ⟦N|SH⟧   TIME 70 MIN
`);

note("ethics-consult-caps", `
CLINICAL ETHICS CONSULTATION - ⟦H|OHSU HOSPITAL⟧, ⟦C|PORTLAND⟧ ⟦STATE|OR⟧ - ETHICS CONSULT SERVICE PAGER ⟦P|503-555-0190⟧   CONSULT # ⟦I|EC-2099-041⟧
DATE: ⟦D|2099-03-25⟧   REQUESTED BY: ⟦N|MARGUERITE DUCHARME⟧, RN (NURSE MANAGER 7C)   CONSULTANTS: ⟦N|THEODORA PAPADAKIS⟧, PHD, HEC-C; DR. ⟦N|EMEKA OSUJI-LINDGREN⟧
PATIENT: ⟦N|OKAFOR-BLAKE, CORNELIUS⟧ (MRN ⟦M|OH-20447182⟧), 67 M, ANOXIC BRAIN INJURY AFTER OHCA ⟦D|3/12⟧ IN ⟦C|GRESHAM⟧; GCS 4T, NO PUPILLARY OR CORNEAL REFLEXES ON ⟦D|3/24⟧, EEG BURST SUPPRESSION.
QUESTION: SURROGATE CONFLICT - PARTNER OF 20 YEARS ⟦N|DWAYNE FOLSOM⟧ (NOT MARRIED; NAMED IN ⟦STATE|OREGON⟧ ADVANCE DIRECTIVE ⟦D|11/03/2096⟧ AS HEALTH CARE REPRESENTATIVE) VS. ESTRANGED SISTER ⟦N|PHILOMENA OKAFOR⟧ (FROM ⟦C|HOUSTON⟧) WHO REQUESTS "EVERYTHING."
ANALYSIS: ⟦STATE|OREGON⟧ LAW (ORS 127.635) - APPOINTED HCR HAS PRIORITY. AD REVIEWED (SCANNED ⟦D|3/13/99⟧, WITNESSED BY ⟦N|R. AKINYEMI⟧ AND ⟦N|T. NAKASHIMA⟧).
RECOMMENDATION: MR. ⟦N|FOLSOM⟧ IS THE LEGAL SURROGATE. OFFER SISTER A MEETING WITH ⟦O|OHSU SPIRITUAL CARE⟧ AND RISK MGMT (⟦N|GRACE ODUYA⟧, JD ⟦P|503-555-0148⟧). CONTACT ⟦O|PACIFIC NORTHWEST TRANSPLANT BANK⟧ PER POLICY (REFERRAL ⟦I|PNTB-0325-17⟧).
FOLLOW-UP ⟦D|3/26⟧. ⟦N|TP⟧ / ⟦N|EOL⟧
`);

note("flowsheet-rows-caps", `
ICU FLOWSHEET EXPORT - ⟦H|ALASKA NATIVE MEDICAL CENTER⟧ ICU - ⟦C|ANCHORAGE⟧   PT ⟦N|KASHEVAROF, NADIA ILIANA⟧   MRN ⟦M|ANMC-0188247⟧   PRINTED ⟦D|03/25/2099⟧ BY ⟦UN|TSIMEONOV⟧
DATE/TIME        HR   BP       MAP  RR  SPO2  FIO2  PEEP  RASS  CPOT  GTTS                        RN
⟦D|03/25/99⟧ 0000  112  96/54    68   22  94    0.60  10    -3    1     PROPOFOL 30, NE 6, FENT 50   ⟦N|AMARUQ⟧
⟦D|03/25/99⟧ 0200  108  101/58   72   22  95    0.55  10    -3    0     PROPOFOL 30, NE 4, FENT 50   ⟦N|AMARUQ⟧
⟦D|03/25/99⟧ 0400  104  110/60   76   20  96    0.50  8     -2    0     PROPOFOL 20, NE 2, FENT 50   ⟦N|JSW⟧
⟦D|03/25/99⟧ 0600  98   118/66   83   18  97    0.40  8     -1    1     NE OFF 0540, FENT 25         ⟦N|JSW⟧
LINES: R IJ TLC (⟦D|3/22⟧), L RADIAL ART (⟦D|3/22⟧), OGT, FOLEY (⟦D|3/22⟧). VENT: SERVO-U SN ⟦DEV|SU-44718-2099⟧, AC/VC 420/22.
SAT/SBT: PASSED 0800 - ⟦N|JSW⟧/RT ⟦N|KOBUK⟧. EXTUBATED 1015 TO 4 L NC.
VISITORS: HUSBAND ⟦N|ANATOLY KASHEVAROF⟧ AND AUNTIE ⟦N|MARTHA "BABE" SHANGIN⟧ FROM ⟦C|KODIAK⟧; STAYING AT ⟦LO|QUYANNA CARE CENTER⟧ PATIENT HOUSING.
TRAVEL: ⟦O|SOUTHCENTRAL FOUNDATION⟧ TRAVEL DESK ⟦P|907-555-0164⟧, ⟦O|RAVN ALASKA⟧ CONFIRMATION ⟦I|RV7HK4⟧.
RN SIGNATURES: ⟦N|AMARUQ TOOVAK⟧, RN (⟦N|AT⟧); ⟦N|JEREMIAH SLOAN-WHITE⟧, RN (⟦N|JSW⟧).
`);

note("cross-cover-pages-caps", `
NIGHT CROSS-COVER PAGE LOG - HOSPITALIST SERVICE - ⟦H|ST. LUKE'S HOSPITAL⟧ ⟦C|CEDAR RAPIDS⟧ - ⟦D|03-25-2099⟧ 1900 TO ⟦D|03-26-2099⟧ 0700
NOCTURNIST: ⟦N|OLUWATOYIN BASSEY-KRUEGER⟧, MD   PAGER ⟦P|319-555-0131⟧   BACKUP DR. ⟦N|FENSTERMACHER⟧ (HOME ⟦P|319-555-0186⟧)
TIME  FROM                     RE                       PT (RM)                          ACTION
1922  ⟦N|KRISTY⟧ RN X⟦P|4417⟧         BP 188/102               ⟦N|HOLTZCLAW, VERNON⟧ (3W 317)      HYDRALAZINE 10 IV, RECHECK 1H
2047  ⟦N|BRENT⟧ RN X⟦P|4420⟧          CBG 42                   ⟦N|NAJJAR, SALMA⟧ (3W 322)          D50 1 AMP, HOLD GLARGINE, RECHECK 77
2215  ⟦N|T. AUGUSTYN⟧ RN X⟦P|5512⟧    FALL, NO HEAD STRIKE     ⟦N|MCALLISTER, EDNA⟧ ⟦A|96⟧Y (4E 408)  SEEN 2225, NO INJURY. CALLED SON ⟦N|DOUG⟧ ⟦P|563-555-0101⟧
2340  ⟦N|KRISTY⟧ RN               AGITATED, PULLING IV     ⟦N|HOLTZCLAW, VERNON⟧               HALDOL 0.5, SITTER. NO RESTRAINTS.
0155  LAB (⟦N|JOSIE⟧)             CRIT K 6.4 (HEMOLYZED?)  ⟦N|OYELARAN, FOLASADE⟧ (4E 411)     REDRAW - 5.1
0410  ED DR. ⟦N|HUYNH⟧ X⟦P|6001⟧       ADMIT                    ⟦N|SKARSGARD, INGE⟧ 81F FROM ⟦H|MERCY MEDICAL CENTER-CEDAR RAPIDS⟧ XFER   ADMITTED, H&P DONE
0540  ⟦N|BRENT⟧ RN                 CP 5/10                  ⟦N|NAJJAR, SALMA⟧                   EKG NSR, TROP PENDING, NOTIFIED DAY TEAM
HANDOFF TO DAY TEAM DR. ⟦N|PHAM-ELLISON⟧ 0700. ⟦N|OBK⟧
`);

note("opo-referral-caps", `
ORGAN DONOR REFERRAL - CALL RECORD - ⟦O|IOWA DONOR NETWORK⟧ - 24/7 REFERRAL LINE ⟦P|800-555-0136⟧
REFERRAL # ⟦I|IDN-2099-03-1184⟧   DATE ⟦D|03/26/2099⟧ 0214   TAKEN BY: ⟦N|MCKENZIE ROLFSEN⟧, REFERRAL SPECIALIST
REFERRING HOSPITAL: ⟦H|MERCYONE SIOUXLAND MEDICAL CENTER⟧, ⟦C|SIOUX CITY⟧ ⟦STATE|IA⟧ - UNIT: ICU (⟦P|712-555-0115⟧)   CALLER: ⟦N|DANIELLA FRANZEN⟧, RN
PATIENT: ⟦N|HAUSCHILD, TREVOR DEAN⟧   DOB ⟦D|12/01/2071⟧   MRN ⟦M|MSMC-4471088⟧   ABO O POS   WT 82 KG
TRIGGER: GCS 3, VENT DEPENDENT, FAMILY DISCUSSING WITHDRAWAL. MECHANISM: MOTORCYCLE CRASH ⟦D|3/24⟧ ON ⟦LO|HWY 20⟧ NEAR ⟦C|MOVILLE⟧; SCENE: ⟦O|WOODBURY COUNTY SHERIFF⟧ REPORT ⟦I|WCSO-99-04418⟧.
ATTENDING: DR. ⟦N|HORACE BLANKENSHIP⟧ (TRAUMA). NEURO EXAM: NO CORNEALS, NO COUGH, + GAG WEAK. APNEA TEST NOT DONE.
REGISTRY: ⟦O|IOWA DONOR REGISTRY⟧ - REGISTERED (DL ⟦I|IA 447LK8820⟧, ⟦D|2091⟧).
ME CASE: YES - ⟦O|IOWA OFFICE OF THE STATE MEDICAL EXAMINER⟧, INVESTIGATOR ⟦N|PAULA VRBA⟧ ⟦P|515-555-0150⟧, CASE ⟦I|ME99-0412⟧; RELEASE PENDING.
PLAN: ON-SITE COORDINATOR ⟦N|JACOB TEKLEMARIAM⟧ DISPATCHED 0240 FROM ⟦C|DES MOINES⟧ (⟦O|IDN⟧ VEHICLE ⟦I|IDN-07⟧). HOSPITAL TO HOLD WITHDRAWAL DISCUSSION UNTIL OPO ARRIVES.
FAMILY: PARENTS ⟦N|DEAN⟧ AND ⟦N|SHARLA HAUSCHILD⟧ ⟦P|712-555-0188⟧, FIANCEE ⟦N|KAITLYN BRUNS⟧. HUDDLE PLANNED 0800.
⟦N|MR⟧ ENTERED 0231.
`);

note("air-medical-record-caps", `
AIR MEDICAL PATIENT CARE RECORD - ⟦O|GUARDIAN FLIGHT⟧ - BASE: ⟦C|ELKO⟧ ⟦STATE|NV⟧   MISSION # ⟦I|GF-ELK-990326-02⟧
AIRCRAFT: PC-12, TAIL ⟦I|N447GF⟧   PILOT ⟦N|RUSS KAMINSKI⟧   FLIGHT RN ⟦N|SIERRA LONGWORTH⟧, CFRN   FLIGHT PARAMEDIC ⟦N|MATEO URRUTIA⟧, FP-C
DATE ⟦D|26MAR99⟧   DISPATCH 0922   AT BEDSIDE 1035   WHEELS UP 1118   ARRIVE 1306
FROM: ⟦H|NORTHEASTERN NEVADA REGIONAL HOSPITAL⟧, ⟦S|2001 ERRECART BLVD⟧, ⟦C|ELKO⟧ ⟦Z|89801⟧ (DR. ⟦N|ETCHEVERRY⟧)   TO: ⟦H|UNIVERSITY OF UTAH HOSPITAL⟧, ⟦C|SALT LAKE CITY⟧, ACCEPTING DR. ⟦N|ANJA VOLKOVA⟧, CVICU
PATIENT: ⟦N|GOICOECHEA, ARITZ⟧   DOB ⟦D|04/19/1968⟧   WT 91 KG   ALLERGIES NKDA
DX: INFERIOR STEMI WITH CARDIOGENIC SHOCK S/P TNK AT 0845, FAILED REPERFUSION. MILRINONE NOT STARTED. IMPELLA NOT AVAILABLE AT SENDING.
IN FLIGHT: NOREPINEPHRINE 10->16 MCG/MIN, ETCO2 32, SBP 84-96. NO DEFIB. IV PUMP ⟦DEV|SIGMA-SP-0044718⟧.
BILLING: ⟦O|SELECTHEALTH⟧ MEMBER ⟦HP|SH44718820⟧ GROUP ⟦HP|0071834⟧; WIFE ⟦N|MAITE GOICOECHEA⟧ (⟦P|775-555-0171⟧) SIGNED AOB.
HANDOFF AT CVICU BED 22 TO ⟦N|KELSEY PARRY⟧, RN. ⟦N|SL⟧ / ⟦N|MU⟧
`);

// ======================================================== mixed case (19) ========================================================

note("hospitalist-hp-mixed", `
Hospital Medicine Admission H&P — ⟦H|Providence Medford Medical Center⟧, ⟦C|Medford⟧ ⟦STATE|OR⟧
Date of admission: ⟦D|3/26/2099⟧ 21:40   Admitting hospitalist: ⟦N|Soren Aldridge-Mbeki⟧, MD   PCP: Dr. ⟦N|Francesca Lomeli⟧, ⟦H|La Clinica⟧ ⟦C|Phoenix⟧ clinic (fax ⟦F|541-555-0158⟧)
Patient: ⟦N|Abernathy, Loyal Everett⟧   MRN ⟦M|PMMC 55-04471⟧   DOB ⟦D|Jan 3 1951⟧   Code: DNR/DNI per POLST (⟦D|10/2097⟧, on file)
CC: "cant catch my breath"
HPI: 78 y/o M w/ COPD (FEV1 38%), 2L home O2 via ⟦O|Apria⟧, HFpEF, presents from home in ⟦C|Eagle Point⟧ w/ 4d worsening SOB, green sputum. Wife ⟦N|Marjorie⟧ called ⟦O|Mercy Flights⟧ — arrived on CPAP. In ED (Dr ⟦N|Castellanos⟧): pH 7.28/pCO2 68, started BiPAP 12/5, duonebs, methylpred 125, azithro.
PMH: COPD, HFpEF (EF 60% TTE ⟦D|Aug 2098⟧ @ ⟦H|Asante Rogue Regional⟧), T2DM, OSA on CPAP (⟦O|Lincare⟧ SN ⟦DEV|RS11-2207-4471⟧), prior intubation ⟦D|2096⟧.
Social: ex-logger, 60 pk-yr, quit ⟦D|2088⟧. Lives w/ wife on ⟦S|Butte Falls Hwy⟧; dtr ⟦N|Tamsin Abernathy-Roe⟧ ⟦P|(541) 555-0193⟧ is the contact. No ETOH.
Exam: tripoding, accessory mm use, diffuse wheeze, bibasilar crackles. 1+ edema. GCS 15.
Labs: WBC 12.8, BNP 410, trop hs 18→19, Cr 1.1, gluc 244. CXR: hyperinflation, no focal consolidation. Resp viral panel neg.
A/P:
#AECOPD w/ acute on chronic hypercapnic resp failure — BiPAP, prednisone 40 x5d, doxy, nebs. Step-down bed. If worsening, he DOES NOT want intubation (confirmed w/ pt + wife, witness ⟦N|Rosa Tellez⟧ RN).
#HFpEF — euvolemic-ish, hold extra diuresis.  #T2DM — SSI + glargine 12.  #OSA — BiPAP overnight anyway.
#Dispo — home w/ ⟦O|Providence Home Health⟧ vs ⟦H|Table Rock Post-Acute⟧ SNF. CM consult.
VTE ppx enoxaparin. ⟦N|SAM⟧ (hospitalist), pager ⟦P|541-555-0102⟧
`);

note("hospitalist-progress-mixed", `
Hospitalist Progress Note  |  ⟦H|Baystate Franklin Medical Center⟧, ⟦C|Greenfield⟧ ⟦STATE|MA⟧  |  HD#3  |  ⟦D|27-Mar-2099⟧
Pt: ⟦N|Kowalski-Tran, Bernadette⟧ (MRN ⟦M|BFMC-3318470⟧), 66F, Rm 212-B.  Attending: ⟦N|Nkechi Obiora-Sandberg⟧, DO
Subjective: slept poorly, roommate (Mrs. ⟦N|Dufresne⟧'s TV). Abd pain 3/10, tolerating clears. No BM. Daughter ⟦N|Linh⟧ at bedside asking abt discharge "by ⟦DAY|Sunday⟧?"
Objective: Tmax 38.1 overnight, HR 92, BP 132/74, 96% RA. Abd soft, mild LLQ TTP, no rebound.
Labs: WBC 15.2→11.4, CRP 88, lactate 1.1. CT ⟦D|3/25⟧: sigmoid diverticulitis w/ 2.4 cm abscess — IR drain placed ⟦D|3/26⟧ by Dr ⟦N|Szymanski⟧ (drain output 40 mL purulent, cx: B. fragilis, E. coli).
A/P: complicated diverticulitis — cont pip-tazo (Zosyn) D3, advance to low residue diet, surgery (Dr ⟦N|Achebe-Whitlock⟧) following, colonoscopy in 6-8 wk w/ ⟦O|Pioneer Valley GI Associates⟧.
Fever overnight: repeat BCx ×2 (⟦D|3/27⟧ 0340). If spikes again, CT abd re-image.
Dispo: likely ⟦D|3/29⟧ (⟦DAY|Sunday⟧) home w/ drain + ⟦O|VNA of Franklin County⟧ for drain care; script for amox-clav sent to ⟦O|Walgreens⟧ on ⟦S|Federal St⟧ (⟦P|413-555-0130⟧).
Discussed w/ RN ⟦N|Krystal⟧ and CM ⟦N|Pauline Gagnon⟧. ~35 min, >50% coordination. — ⟦N|NOS⟧
`);

note("secure-chat-thread-mixed", `
[Epic Secure Chat] Conversation: "4W - bed 14 ⟦N|Ferreira⟧"   ⟦D|3/27/99⟧
Participants: ⟦N|Danielle Okpara⟧ (RN, 4 West), ⟦N|Rajesh Venkataraman⟧ (Hospitalist), ⟦N|Oksana Hrytsenko⟧ (Pharmacy), ⟦N|Wes Thibodeau⟧ (CM)
07:52 ⟦N|Danielle Okpara⟧: morning! Mr ⟦N|Ferreira⟧ pulled his PICC overnight per night RN ⟦N|Jasmine⟧, tip intact. he still needs the vanc?
08:03 ⟦N|Rajesh Venkataraman⟧: yes — ID (Dr ⟦N|Ostrowski⟧) wants 2 more wks. Can we get a midline? IV team pgr ⟦P|2217⟧
08:05 ⟦N|Oksana Hrytsenko⟧: vanc trough this AM 22.4 (goal AUC 400-600) — I'd hold 1 dose, recheck. Pharmacy kinetics note in chart. ext ⟦P|6-4471⟧
08:11 ⟦N|Wes Thibodeau⟧: FYI home infusion is ⟦O|Option Care Health⟧, they need new line placed before DC. Also his wife ⟦N|Graça⟧ only speaks Portuguese, I booked interpreter ⟦N|Lurdes⟧ for 1pm family mtg
08:14 ⟦N|Rajesh Venkataraman⟧: 👍 thx. ⟦N|Wes⟧ can u also call ⟦O|Tufts Health Plan⟧ re auth for OPAT? member # ⟦HP|TH8804471203⟧
08:30 ⟦N|Wes Thibodeau⟧: done, ref # ⟦I|THP-A-2099-11847⟧, rep was ⟦N|Kiara⟧. approved thru ⟦D|4/10⟧
08:31 ⟦N|Danielle Okpara⟧: midline in by ⟦N|Ross⟧ from IV team 0825 L basilic, 20cm. ✅
`);

note("staff-email-transfer-mixed", `
From: ⟦N|Beatriz Quiñones-Hale⟧ <⟦E|bquinones@lubbockhealth.org⟧>
Sent: ⟦DAY|Friday⟧, ⟦D|March 27, 2099⟧ 6:12 PM
To: Transfer Center Leadership; ⟦N|Chidi Okereke⟧ <⟦E|c.okereke@lubbockhealth.org⟧>
Cc: ⟦N|Hollis Wendt⟧ (House Supervisor)
Subject: RE: declined transfer from ⟦H|Brownfield Regional⟧ ⟦D|3/26⟧ — case review

⟦N|Chidi⟧ —
Timeline for the ⟦N|Ybarra⟧ transfer (pt ⟦N|Esperanza Ybarra⟧, DOB ⟦D|2/9/1974⟧, their MRN ⟦M|BRMC-118204⟧):
- 14:05 ⟦H|Brownfield Regional Medical Center⟧ ED (Dr. ⟦N|Kleinschmidt⟧, ⟦P|806-555-0144⟧) called for GI bleed w/ Hgb 5.9, needs EGD.
- 14:20 our GI on call (Dr. ⟦N|Paredes-Lund⟧) accepted; MICU full, ED boarding 11.
- 15:40 bed huddle — no ICU bed; offered ⟦H|Covenant Medical Center⟧ via their transfer line ⟦P|806-555-0190⟧ — they accepted at 16:02.
- ⟦O|AeroCare⟧ flew her (tail ⟦I|N72AC⟧) 16:50. She is stable at ⟦H|Covenant⟧ per Dr. ⟦N|Hsu⟧.
EMTALA-wise we're fine but the sending doc was upset. I've logged it in RL as event ⟦I|RL-2099-03447⟧. Can we discuss at the ⟦DAY|Monday⟧ capacity mtg?
Thanks,
⟦N|Bea⟧
⟦N|Beatriz Quiñones-Hale⟧, MSN, RN | Manager, Patient Placement & Transfer Center | ⟦H|University Medical Center⟧ ⟦C|Lubbock⟧ | o ⟦P|806-555-0101⟧ | c ⟦P|806-555-0177⟧
`);

note("discharge-summary-mixed", `
DISCHARGE SUMMARY
⟦H|Ochsner LSU Health Shreveport⟧ – Hospital Medicine
Patient Name: ⟦N|Thibodeaux, Ma'Kayla⟧      MRN: ⟦M|OLS0447182⟧      Acct #: ⟦I|7004471830⟧      DOB: ⟦D|04-11-1989⟧
Admission Date: ⟦D|03/19/2099⟧      Discharge Date: ⟦D|03/27/2099⟧      Discharging Physician: ⟦N|Aurelio Benavídez⟧, MD
Primary Care: ⟦N|Charmaine St. Romain⟧, FNP — ⟦H|David Raines Community Health Center⟧, ⟦S|1515 David Raines Rd⟧, ⟦C|Shreveport⟧, ⟦STATE|LA⟧ ⟦Z|71107⟧
Diagnoses: 1) Sickle cell disease (HbSS) with vaso-occlusive crisis 2) Acute chest syndrome 3) Symptomatic anemia (Hgb nadir 5.8)
Hospital course: Admitted from ED with VOC; on HD2 new hypoxia + LLL infiltrate = ACS → transferred to MICU ⟦D|3/21⟧–⟦D|3/24⟧ (Dr. ⟦N|Oyenuga⟧), simple transfusion ×2 U, then exchange transfusion per heme (Dr. ⟦N|Lacombe-Diallo⟧). Incentive spirometry, PCA hydromorphone weaned ⟦D|3/25⟧.
Discharge meds: hydroxyurea 1,000 mg daily, folic acid, oxycodone 5 mg q6h prn #20 (PDMP checked, ⟦STATE|LA⟧ PMP ref ⟦I|PMP-0447718⟧), voxelotor held.
Follow-up appointments:
  • Sickle Cell Clinic – Dr. ⟦N|Lacombe-Diallo⟧ – ⟦DAY|Thursday⟧ ⟦D|April 2nd⟧ at 10:15 AM – ⟦P|318-555-0165⟧
  • PCP ⟦N|St. Romain⟧ – ⟦D|4/9/99⟧ 2:30 PM
  • Labs (CBC, retic) ⟦D|Mar 31⟧ at ⟦O|LabCorp⟧ – ⟦S|Youree Dr⟧
Pending at discharge: HbS% (sent ⟦D|3/26⟧). Mother ⟦N|Yvette Thibodeaux⟧ ⟦P|318-555-0126⟧ given copy.
Electronically signed by ⟦N|Aurelio Benavídez⟧, MD on ⟦D|03/27/2099⟧ 15:22
`);

note("snf-referral-fax-mixed", `
FAX COVER — ⟦H|Mayo Clinic Health System – Eau Claire⟧ Care Management
To: ⟦H|Oakwood Villa Rehabilitation & Nursing⟧ Admissions, attn ⟦N|Corinne Haugen⟧      Fax: ⟦F|715-555-0187⟧   Phone: ⟦P|715-555-0186⟧
From: ⟦N|Ty Lundgren-Pham⟧, BSN, RN Case Manager   Direct ⟦P|715-555-0134⟧   Fax ⟦F|715-555-0135⟧
Date: ⟦D|3-27-99⟧   Pages: 14 (incl. cover)   RE: SNF referral — skilled rehab after hip ORIF
Patient: ⟦N|Olafsdottir, Sigrun⟧   DOB ⟦D|12/25/2007⟧ (age ⟦A|91⟧)   MRN ⟦M|MCHS-EC 9044718⟧
Insurance: Medicare A/B (MBI ⟦HP|7QW3-FN8-RK42⟧) + ⟦O|Medica⟧ supplement ⟦HP|MD44718209⟧. 3-midnight qualifying stay met (admit ⟦D|3/23⟧).
Needs: PT/OT 5x/wk, WBAT RLE, Lovenox x 28d, staples out ⟦D|4/6⟧ — ortho f/u Dr. ⟦N|Baumgartner⟧ at ⟦O|Chippewa Valley Orthopedics⟧.
Cognition: mild dementia, SLUMS 19; pleasant, sundowns. No behaviors. Fall risk (Morse 65).
Family: son ⟦N|Einar Olafsson⟧ (POA) ⟦P|715-555-0199⟧; lives in ⟦C|Altoona⟧. Prefers a facility near ⟦S|Birch St⟧ so he can visit.
Also sent to: ⟦H|Dove Healthcare – West⟧ and ⟦H|Syverson Lutheran Home⟧. Please reply on CarePort or call by 3 pm.
CONFIDENTIALITY: this fax contains PHI. If received in error call ⟦P|715-555-0100⟧.
`);

note("ltach-acceptance-letter-mixed", `
⟦H|Vibra Hospital of Amarillo⟧
⟦S|7501 Wallace Blvd⟧ • ⟦C|Amarillo⟧, ⟦STATE|Texas⟧ ⟦Z|79124⟧ • Admissions ⟦P|806-555-0152⟧ • Fax ⟦F|806-555-0153⟧

⟦D|March 27, 2099⟧

⟦N|Juanita Castañeda-Pruitt⟧, RN, Case Management
⟦H|Northwest Texas Healthcare System⟧

Re: Acceptance — ⟦N|Kurtz, Harlan Dwight⟧ (DOB ⟦D|08/30/1960⟧), referral ⟦I|VHA-R-44718⟧

Dear Ms. ⟦N|Castañeda-Pruitt⟧,
We are pleased to accept Mr. ⟦N|Kurtz⟧ for admission on ⟦D|03/30/2099⟧ for ventilator weaning (trach ⟦D|3/19⟧, Shiley 8), IV antibiotics (daptomycin to ⟦D|4/20⟧) and wound care (stage 4 sacral, wound vac ⟦O|KCI⟧ V.A.C. Ulta SN ⟦DEV|VUL2207447⟧).
Accepting physician: ⟦N|Darius Mehrabi⟧, MD (pulmonary). Pre-authorization from ⟦O|Humana⟧ Medicare Advantage received: auth ⟦I|HUM-99-0447182⟧, member ID ⟦HP|H44718220⟧, 10-day initial certification.
Please send the MAR, last 72 h vent settings and the ID note by fax before transport. Our clinical liaison ⟦N|Rory Blackstock⟧ (cell ⟦P|806-555-0111⟧, ⟦E|rblackstock@vibrahealth-ama.com⟧) will meet the family (wife ⟦N|Darlene Kurtz⟧, ⟦C|Canyon⟧) on ⟦DAY|Saturday⟧.
Sincerely,
⟦N|Melinda Ocheltree⟧, Director of Admissions
`);

note("home-health-referral-mixed", `
Home Health Referral / Face-to-Face Encounter — ⟦H|Saint Alphonsus Regional Medical Center⟧, ⟦C|Boise⟧
Referral date: ⟦D|2099-03-28⟧   Agency: ⟦O|Interim HealthCare of Boise⟧  (intake ⟦P|208-555-0117⟧, fax ⟦F|208-555-0118⟧)
Patient: ⟦N|Zubiri, Ainhoa⟧  DOB ⟦D|3/15/1945⟧   Address: ⟦S|1120 N Lusk St⟧ Apt 4, ⟦C|Boise⟧ ⟦STATE|ID⟧ ⟦Z|83706⟧   Home ⟦P|208-555-0161⟧
Payer: ⟦O|Regence BlueShield of Idaho⟧ MA plan, ID ⟦HP|RGI 44718820 01⟧
F2F encounter ⟦D|3/27/2099⟧ with ⟦N|Emmanuel Osei-Tutu⟧, MD (hospitalist, NPI ⟦I|1447182093⟧).
Clinical findings: new CHF, EF 25%, discharged on furosemide 40 daily; also new insulin (Lantus 10 u). Homebound: dyspnea after 20 ft, needs walker + assist.
Orders: SN 2w4 for weights, med teaching, BMP ⟦D|4/1⟧; PT eval; OT eval; aide 1w4. Scale, walker from ⟦O|Norco Medical⟧.
Cardiology f/u Dr. ⟦N|Yazzie-Morgan⟧ ⟦D|Apr 6⟧ at ⟦H|St. Luke's Clinic – Cardiology⟧; PCP Dr. ⟦N|Ferrell⟧ ⟦D|4/3⟧.
Caregiver: niece ⟦N|Itziar Etxeberria⟧ ⟦P|208-555-0129⟧ (speaks Basque + English).
Signed ⟦N|E. Osei-Tutu⟧ MD ⟦D|3/28/99⟧
`);

note("sbar-handoff-mixed", `
SBAR — RN to RN transfer, MICU → 6 Tower step-down   ⟦H|Sentara Norfolk General Hospital⟧   ⟦D|3/28/2099⟧ 1415
S: ⟦N|Pettaway, Cornelius "Neil"⟧, 59M, MRN ⟦M|SNGH-2044718⟧, transferring out of MICU bed 7 after 4 days for DKA + sepsis (L foot abscess). Sending RN ⟦N|Aaliyah Boateng⟧, receiving RN ⟦N|Chris Mahoney⟧ (ext ⟦P|3-7718⟧).
B: T1DM since age 12, CKD3a, L 4th toe amp ⟦D|2097⟧ at ⟦H|Chesapeake Regional⟧. Podiatry (Dr ⟦N|Marchetti⟧) did I&D ⟦D|3/26⟧. Lives alone in ⟦C|Suffolk⟧; sister ⟦N|Loretta Pettaway-Hines⟧ ⟦P|757-555-0148⟧ is emergency contact.
A: A&Ox4, off insulin gtt since 0600, glargine 22 u given 0545. Last CBG 168. Vanc + cefepime (pharm ⟦N|Tuyet⟧ dosing). Wound vac L foot 125 mmHg continuous, canister changed 1200. Pain 4/10 oxycodone.
R: BMP at 1800 (K was 3.4 → repleted), CBG ac/hs, podiatry to change vac ⟦DAY|Tuesday⟧. Pt wants to call his job at ⟦O|Norfolk Naval Shipyard⟧ — SW ⟦N|Demetria⟧ aware re FMLA.
Belongings: cell phone, glasses, wallet (sent to security, envelope ⟦I|SEC-44718⟧).
Report given by ⟦N|AB⟧, received by ⟦N|CM⟧.
`);

note("opo-email-mixed", `
From: ⟦N|Jovanka Petrović⟧, Donation Coordinator <⟦E|jpetrovic@lifelinkgift.org⟧>
To: ⟦N|Leland Crisp⟧, MD; ⟦N|Ayesha Siddiqui-Barr⟧, RN (ICU Nurse Manager)
Date: ⟦DAY|Sat⟧, ⟦D|28 Mar 2099⟧ 09:47:12 -0400
Subject: Referral ⟦I|LL-2099-7741⟧ — ⟦H|Tampa General⟧ NSICU bed 31 — update

Dr. ⟦N|Crisp⟧, ⟦N|Ayesha⟧,
Thank you for the timely referral on Mr. ⟦N|Dorsainvil⟧ (⟦N|Jean-Baptiste Dorsainvil⟧, 44). Per the family conversation last night with his wife ⟦N|Mirlande⟧ and his brother ⟦N|Wilner⟧ (Kreyòl interpreter ⟦N|Fabiola⟧ from ⟦O|Pacific Interpreters⟧, ID ⟦I|55182⟧), they authorized donation. He is registered on the ⟦O|Donate Life Florida⟧ registry (DL ⟦I|D615-447-82-118-0⟧).
Brain death exam #1 was done by Dr. ⟦N|Nair⟧ at 02:10; #2 by Dr. ⟦N|Crisp⟧ pending per ⟦H|TGH⟧ policy. Apnea test to follow.
The ⟦O|Hillsborough County ME⟧ (investigator ⟦N|Rolando Fuentes⟧, case ⟦I|HC-ME-99-1182⟧) released all organs. Our surgical recovery team will be coordinated by ⟦N|Bryce Tolliver⟧ ⟦P|813-555-0162⟧.
Please keep MAP > 65, UOP > 1 mL/kg/h, Na < 155; start vasopressin and T4 infusion per our donor management protocol.
— ⟦N|Jovanka⟧ | ⟦O|LifeLink of Florida⟧ | 24h ⟦P|800-555-0120⟧ | ⟦U|https://www.lifelinkgift.org/referral⟧
`);

note("peer-to-peer-denial-mixed", `
Utilization Review — Peer-to-Peer Call Note   ⟦H|Geisinger Wyoming Valley Medical Center⟧, ⟦C|Wilkes-Barre⟧, ⟦STATE|PA⟧
Date/time: ⟦D|03/28/2099⟧ 11:20   Physician advisor: ⟦N|Marcus Delacroix-Ebbesen⟧, MD   UR RN: ⟦N|Shannon Kovalchick⟧ (ext ⟦P|44718⟧)
Patient: ⟦N|Yurkovich, Theresa A.⟧   MRN ⟦M|GWV-00661847⟧   Payer: ⟦O|Highmark Wholecare⟧ (Medicaid MCO), member ⟦HP|HW-3304471820⟧
Denial: inpatient status for ⟦D|3/25⟧–⟦D|3/26⟧ denied as "observation level" (denial ref ⟦I|HMW-DN-99-88214⟧, reviewer letter dated ⟦D|3/27/99⟧).
P2P with payer medical director Dr. ⟦N|Alvin Szczepanski⟧ (callback ⟦P|800-555-0175⟧ option 3, case ⟦I|CM-447182⟧).
Argued: NSTEMI w/ troponin peak 2.1, heparin gtt >24h, cath ⟦D|3/26⟧ at ⟦H|Geisinger Community Medical Center⟧ in ⟦C|Scranton⟧ (transfer for PCI) — two-midnight expectation documented by admitting Dr. ⟦N|Ng⟧.
Outcome: overturned, inpatient approved ⟦D|3/25⟧–⟦D|3/28⟧, auth ⟦I|HMW-AU-99-11470⟧. Letter to follow to ⟦E|ur.wyomingvalley@geisinger-wv.org⟧.
Time on phone 23 min. ⟦N|MDE⟧
`);

note("ama-discharge-mixed", `
Against Medical Advice (AMA) Discharge Note — ⟦H|Jackson Hospital⟧, ⟦C|Montgomery⟧ ⟦STATE|AL⟧ — 3 North   ⟦D|03/28/2099⟧ 2210
Pt ⟦N|Dontavious Kirksey⟧ (MRN ⟦M|JH4471823⟧, 31M) admitted ⟦D|3/27⟧ for cellulitis R forearm w/ early abscess (IVDU), on vanc.
At ~2130 told RN ⟦N|Shelby Ann McCants⟧ he wanted to leave "to get my kids from my mama's in ⟦C|Prattville⟧". Night hospitalist (me) came to bedside 2145.
Capacity: alert, oriented, understands infection could spread to blood/heart, could lose arm or die; can repeat back. Has capacity. Not intoxicated (UDS + fentanyl, last use reported ⟦D|3/26⟧).
Offered: PO doxy + Bactrim script (sent to ⟦O|CVS⟧ ⟦S|Eastern Blvd⟧), naloxone kit, wound care supplies, f/u at ⟦H|Montgomery Area Community Wellness Coalition⟧ clinic ⟦D|3/30⟧, and to return anytime. Bridge bupe declined.
He signed the AMA form; witnessed ⟦N|SAM⟧ (RN). IV removed intact. Left 2205 with cousin ⟦N|Tremaine⟧ in car.
Called his mother ⟦N|Loretha Kirksey⟧ ⟦P|334-555-0169⟧ w/ his permission.
— ⟦N|Ifeoma Nwachukwu-Bray⟧, MD, nocturnist (pgr ⟦P|334-555-0103⟧)
`);

note("cardiology-consult-mixed", `
Cardiology Consult Note      ⟦H|Marshfield Medical Center⟧ (⟦C|Marshfield⟧, ⟦STATE|WI⟧)      ⟦DAY|Sunday⟧ ⟦D|3/29/99⟧
Requesting: Dr. ⟦N|Weatherby⟧, hospitalist. Consultant: ⟦N|Radhika Iyengar-Holt⟧, MD, FACC. Fellow: ⟦N|Guillermo "Memo" Saucedo⟧, MD.
Reason: new AF w/ RVR + troponin leak in ⟦A|93⟧ y/o woman post-op day 1 (hip hemiarthroplasty ⟦D|3/28⟧, Dr ⟦N|Kjellberg⟧).
Pt: ⟦N|Nowicki, Florentyna⟧, MRN ⟦M|MMC0044718⟧. From ⟦H|Lincoln Hills Assisted Living⟧, ⟦C|Stratford⟧.
HR 140s, BP 104/60. Trop hs 62→88. ECG: AF RVR, no STE. TTE: EF 50%, mild AS (AVA 1.4).
Impression: type 2 MI / demand in setting of AF RVR, post-op, anemia (Hgb 8.0). CHA2DS2-VASc 5, HAS-BLED 3.
Recs: diltiazem 5 mg IV then PO 30 q6; transfuse to Hgb > 8; anticoagulation once ortho OK (apixaban 2.5 BID given age ≥80 and wt 48 kg). No ischemic eval.
Discussed with grandson ⟦N|Mateusz Nowicki⟧ (HCPOA) ⟦P|715-555-0166⟧ — agrees, DNR confirmed.
F/u in ⟦H|Marshfield Clinic⟧ Cardiology, ⟦C|Wausau⟧, in 4 wks; Holter via ⟦O|iRhythm⟧ Zio (device ⟦DEV|ZXT-4471-8820⟧). ⟦N|RIH⟧/⟦N|GS⟧
`);

note("census-list-mixed", `
Hospitalist Census — Team B (Dr. ⟦N|Halloran⟧ / NP ⟦N|Ruiz⟧)   ⟦H|Sparrow Hospital⟧ ⟦C|Lansing⟧   printed ⟦D|3/29/2099⟧ 06:45
Rm    Name (Last, First)          Age  MRN           Adm     Dx                         Dispo / barriers
1104  ⟦N|Aboagye, Kwabena⟧             71   ⟦M|SPH-4418201⟧   ⟦D|3/25⟧    CAP, AKI                   home ⟦D|3/30⟧? needs O2 qual
1107  ⟦N|LaPointe, Yvonne⟧             84   ⟦M|SPH-4418233⟧   ⟦D|3/26⟧    UTI/delirium               SNF - ⟦H|Burcham Hills⟧ pending bed
1112  ⟦N|Greer, Nathaniel "Nate"⟧       45   ⟦M|SPH-4418290⟧   ⟦D|3/27⟧    ETOH w/d, CIWA 14          IP detox ⟦O|Mid-Michigan Recovery Services⟧
1115  ⟦N|Al-Sabbagh, Rana⟧             38   ⟦M|SPH-4418307⟧   ⟦D|3/28⟧    hyperemesis 16 wk          OB following (Dr ⟦N|Wiersma⟧)
1120  ⟦N|Cheng-Whitaker, Howard⟧       ⟦A|99⟧   ⟦M|SPH-4418312⟧   ⟦D|3/28⟧    fall, SDH small            neurosurg: no surg. hospice talk w/ dtr ⟦N|Patrice⟧
1122  ⟦N|Moua, Xee⟧                    52   ⟦M|SPH-4418346⟧   ⟦D|3/29⟧    cellulitis                 new adm overnight (⟦N|ONB⟧)
Obs: ⟦N|Dzhabrailov, Magomed⟧ (ED hold, chest pain r/o) — stress test 0900.
Pending transfers in: ⟦H|McLaren Greater Lansing⟧ → us, pt ⟦N|Fenwick, Alma⟧ (acute pancreatitis), ETA noon per transfer ctr.
Pager: team B ⟦P|517-555-0123⟧   Mobile Heartbeat ext ⟦P|7-2250⟧
`);

note("text-messages-attendings-mixed", `
iMessage — "ICU attendings" group, ⟦D|Mar 29⟧
⟦N|Lena Vukovich⟧ 6:58 AM: taking over from ⟦N|Obi⟧. 22/24 beds, 3 on ECMO. ⟦N|Bashir⟧ in 9 (the 27yo flu/MRSA pna) still VV at 4.5L.
⟦N|Obinna Eze⟧ 7:01 AM: yes. fam in 9 (mom ⟦N|Samira⟧) wants to talk to u re trach. Also 14 - Mr. ⟦N|Ott⟧ - DNR, family flying in from ⟦C|Anchorage⟧ today
⟦N|Lena Vukovich⟧ 7:02 AM: got it. Transfer ctr called at 0630 about a vented COVID pt at ⟦H|Jefferson Healthcare⟧ ⟦C|Port Townsend⟧ — said we're full?
⟦N|Obinna Eze⟧ 7:04 AM: I declined, suggested ⟦H|Harborview⟧. their doc is Dr ⟦N|Snoqualmie-Reyes⟧ ⟦P|360-555-0137⟧ if they call back
⟦N|Priya Raman⟧ 7:30 AM: fyi I'm in-house for ECMO cannulation at 10, perfusion (⟦N|Tuck⟧) aware
⟦N|Lena Vukovich⟧ 7:31 AM: 👍 ty ⟦N|P⟧
`);

note("interfacility-transfer-form-mixed", `
Interfacility Transfer Form / EMTALA Certification
Sending: ⟦H|Cheyenne Regional Medical Center⟧, ⟦S|214 E 23rd St⟧, ⟦C|Cheyenne⟧ ⟦STATE|WY⟧ ⟦Z|82001⟧   Receiving: ⟦H|UCHealth University of Colorado Hospital⟧, ⟦C|Aurora⟧ ⟦STATE|CO⟧
Patient: ⟦N|Two Bulls, Leonard⟧   DOB: ⟦D|5/22/1979⟧   Date: ⟦D|03/29/2099⟧   Time of request: 0820
Accepting physician: ⟦N|Hannelore Mbatha⟧, MD (Transplant Hepatology) — accepted 0905 via ⟦H|UCHealth⟧ Transfer Center, ref ⟦I|UCH-TC-2099-18832⟧
Reason for transfer: acute on chronic liver failure, MELD-Na 34, needs transplant eval not available here.
Condition: hemodynamically stable on norepinephrine 4 mcg/min; intubated ⟦D|3/28⟧ for grade 4 HE; GCS 6T.
Risks/benefits explained to: ex-wife and HCPOA ⟦N|Cheryl Two Bulls⟧ by phone ⟦P|307-555-0157⟧; consent obtained 0850, witness ⟦N|Dana Wojcik⟧, RN.
Transport: rotor — ⟦O|Flight For Life Colorado⟧, aircraft ⟦I|N207FL⟧, crew ⟦N|Kirsten Aas⟧ RN / ⟦N|Emilio Barraza⟧ RT. Records sent: CD (imaging), Care Everywhere.
Sending physician: ⟦N|Wyatt Fenimore⟧, MD, intensivist   Signature/date ⟦D|3/29/99⟧ 0930   Pager ⟦P|307-555-0104⟧
`);

note("rrt-mixed", `
Rapid Response note — hospitalist   ⟦H|Lakeland Regional Health⟧ (⟦C|Lakeland⟧, ⟦STATE|FL⟧)   ⟦D|3/29/2099⟧ 16:35
Called for: RR 32, SpO2 84% on 4L. Pt: ⟦N|Santiago Ocasio, Wilfredo⟧ (MRN ⟦M|LRH-7704471⟧), 68M, 5 South rm 544, POD3 lap chole (Dr ⟦N|Rutledge⟧).
Bedside: RN ⟦N|Ximena Valdés⟧, RRT ⟦N|Kareem Haddad⟧, RT ⟦N|Lorna⟧. Pt anxious, tachypneic, crackles R base. Wells score 4.5. CXR portable: RLL opacity. ABG 7.47/31/58.
Plan: HFNC 40L/60%, CTA chest (r/o PE) — Cr ok. Vanc + cefepime for HAP/aspiration. Transfer to PCU. Notified attending Dr. ⟦N|Okoro-Lindqvist⟧ and surgery PA ⟦N|Briana Cole⟧.
CTA 17:20: no PE, RLL consolidation. Family: wife ⟦N|Carmen Ocasio⟧ ⟦P|863-555-0142⟧ at bedside — Spanish, interpreter ⟦N|Idalis⟧ (#⟦I|30447⟧).
— ⟦N|Thaddeus Nakamura-Boyd⟧, MD
`);

note("organ-procurement-call-mixed", `
Telephone Encounter — OPO timely referral   ⟦H|St. Elizabeth Edgewood⟧ (⟦C|Edgewood⟧, ⟦STATE|KY⟧)   ⟦D|03/30/2099⟧ 01:52
Caller: ⟦N|Rochelle Ammons⟧, RN (ICU charge)  →  ⟦O|Kentucky Organ Donor Affiliates⟧ (⟦O|KODA⟧) ⟦P|800-555-0148⟧, referral taken by ⟦N|Garrett⟧.
Pt: ⟦N|Mullins, Ricky Dale⟧, MRN ⟦M|SEE-1044718⟧, 52M, OD (fentanyl), anoxic injury, GCS 3, vented. Trigger: pupils fixed, discussion of WLST.
⟦O|KODA⟧ ref # ⟦I|KODA-2099-03-0447⟧. Their coordinator ⟦N|Toni Lykins⟧ will be on site by 0400 from ⟦C|Louisville⟧.
ME notified (⟦O|Kenton County Coroner⟧, deputy coroner ⟦N|J. Ruschman⟧, ⟦P|859-555-0119⟧) — coroner case ⟦I|KC-99-0388⟧.
Family: fiancée ⟦N|Brandi Sue Caudill⟧ ⟦P|606-555-0187⟧ (from ⟦C|Hazard⟧), his mother ⟦N|Opal Mullins⟧ — no decisions before OPO meets them.
Attending (Dr. ⟦N|Vogelsang⟧) aware.  — ⟦N|RA⟧
`);

note("post-discharge-call-mixed", `
Transitions of Care — 48-hour post-discharge phone call
⟦H|Lehigh Valley Hospital–Cedar Crest⟧, ⟦C|Allentown⟧ ⟦STATE|PA⟧   Caller: ⟦N|Yolanda Figueroa-Stahl⟧, RN, Transitions Nurse   ⟦D|3/30/2099⟧ 10:05
Patient: ⟦N|Kessler, Irmgard⟧ (DOB ⟦D|2/2/2004⟧, age ⟦A|95⟧), discharged ⟦D|3/28⟧ after CHF exacerbation. Spoke with patient and daughter-in-law ⟦N|Donna Kessler⟧ at ⟦P|610-555-0159⟧.
Weights: 61.2 → 61.0 kg. No SOB at rest. Taking torsemide 20 daily; confused about potassium — clarified w/ ⟦O|Rite Aid⟧ pharmacist ⟦N|Hamid⟧ (⟦P|610-555-0121⟧).
Home health (⟦O|Bayada Home Health Care⟧) 1st visit tomorrow ⟦D|3/31⟧ — confirmed with intake ⟦N|Nicole⟧.
Appointments: PCP Dr. ⟦N|Schaffer⟧ at ⟦H|LVPG Family Medicine–Emmaus⟧ ⟦D|4/2⟧ 9:40; HF clinic NP ⟦N|Olatunji⟧ ⟦D|4/8⟧. Transportation: ⟦O|LANtaBus⟧ Van ride booked, conf ⟦I|LV-447182⟧.
Red flags reviewed; teach-back OK. Next call ⟦D|4/6⟧. ⟦N|YFS⟧
`);

// ======================================================== lower case (6) ========================================================

note("night-nursing-lower", `
nursing progress note - 3 west tele, ⟦H|rapid city regional hospital⟧ (⟦H|monument health⟧)   ⟦D|3/30/99⟧ 0300
pt ⟦N|gerald whirlwind horse⟧ rm 3112, 74 y/o, admitted ⟦D|3/28⟧ w/ chf exac. rn ⟦N|kaylin schroeder⟧.
0000 pt awake, restless, asking for his wife ⟦N|bernadine⟧. reoriented. cam-icu neg. lasix 40 iv given 2200, uop 900 since.
0130 tele alarm vtach 6 beats, pt asymptomatic, hr 88 after. paged dr ⟦N|aronson⟧ (night hospitalist) pgr ⟦P|605-555-0178⟧ -> mag 2 g iv, k 3.6 -> 20 meq po. bmp in am.
0215 pt's son ⟦N|dwight whirlwind horse⟧ called from ⟦C|kyle⟧ (⟦LO|pine ridge reservation⟧) ⟦P|605-555-0145⟧, update given w/ pt permission. he will drive up ⟦DAY|tuesday⟧.
0245 bed alarm on, fall bundle in place. braden 16. skin intact except stage 1 coccyx - mepilex applied.
will endorse to day rn ⟦N|marisol⟧ at 0700. ⟦N|ks⟧
`);

note("pages-lower", `
pager log - hospitalist nocturnist dr. ⟦N|m. okafor-hale⟧ - ⟦H|st. mary's medical center⟧ ⟦C|grand junction⟧ - night of ⟦D|march 30⟧
2212 from 6n rn ⟦N|tracy⟧ x⟦P|3318⟧: rm 612 ⟦N|hendrickson⟧ bp 84/50, was 110s. pls call
2215 called back. 500 ml bolus, lactate. will see.
2306 from ed dr. ⟦N|villalobos⟧ x⟦P|4000⟧: admit 81m ⟦N|eugene prather⟧ hip fx from ⟦H|larchwood inns⟧ asst living, ortho dr ⟦N|lindahl⟧ aware
0041 from pharmacy ⟦N|kim⟧ x⟦P|2250⟧: vanc dose for ⟦N|prather⟧? crcl 28. -> 1250 q24
0158 from 5s rn ⟦N|abdirahman⟧ x⟦P|3501⟧: rm 507 ⟦N|lucille "lu" dempsey⟧ ⟦A|100⟧ yo, family wants comfort care, granddaughter ⟦N|skye⟧ on phone ⟦P|970-555-0116⟧
0204 talked to granddaughter + dtr ⟦N|roberta⟧. comfort order set. chaplain (fr. ⟦N|tomasz⟧) paged ⟦P|970-555-0190⟧.
0430 from 6n: ⟦N|hendrickson⟧ bp 112/64 after 1.5 l, lactate 1.4. ok.
0655 signout to dr. ⟦N|fairbanks⟧.
`);

note("secure-chat-lower", `
[vocera/teams chat] micu charge ↔ bed flow  ⟦D|3/30/2099⟧
⟦N|hollie ferraro⟧ (micu charge) 13:02: we have 2 possible dc to floor - bed 4 ⟦N|sandoval⟧ and bed 11 mr. ⟦N|kapoor⟧. ⟦N|kapoor⟧ needs tele
⟦N|deshaun pryor⟧ (bed flow) 13:05: tele bed 718 opens at 1500, ⟦N|sandoval⟧ can go to 5w 522 now. also transfer ctr has an incoming from ⟦H|northern arizona healthcare flagstaff⟧ - dka/sepsis, accepting dr. ⟦N|begay-whitman⟧
⟦N|hollie ferraro⟧ 13:06: ok. pt in 11's wife (⟦N|anjali⟧) is here asking re parking voucher lol
⟦N|deshaun pryor⟧ 13:08: send her to ⟦N|lupe⟧ at guest services, ext ⟦P|5-1180⟧. flight is ⟦O|guardian air⟧ n-number ⟦I|n911ga⟧, eta 1430
⟦N|hollie ferraro⟧ 13:31: rt ⟦N|kyle b⟧ will meet them on the pad. fyi my cell ⟦P|602-555-0164⟧ if teams goes down again
⟦N|deshaun pryor⟧ 13:32: 👌 - ⟦N|dp⟧
`);

note("case-mgmt-lower", `
cm note ⟦D|3/31/99⟧ - ⟦N|beckett, lorraine⟧ mrn ⟦M|0557184471⟧ - ⟦H|essentia health-st. mary's medical center⟧ ⟦C|duluth⟧
met w/ pt + husband ⟦N|arne beckett⟧ at bedside. pt 77, s/p r mca stroke ⟦D|3/24⟧ (tpa at ⟦H|essentia health-moose lake⟧ then transferred here). l hemiparesis, dysphagia - peg placed ⟦D|3/29⟧ (dr ⟦N|oduya⟧).
rehab: pm&r (dr. ⟦N|hakala⟧) says acute ipr candidate. referral to ⟦H|miller-dwan rehab⟧ sent - accepted pending auth.
ins: ⟦O|ucare⟧ ⟦STATE|mn⟧ senior health options, id ⟦HP|uc44718220⟧. auth submitted via portal, ref ⟦I|ucr-99-184472⟧, clinical sent to reviewer ⟦N|jodi⟧ fax ⟦F|612-555-0139⟧.
backup: snf ⟦H|benedictine living community duluth⟧ or ⟦H|chris jensen health & rehab⟧.
home: split-level at ⟦S|4418 e superior st⟧, ⟦C|duluth⟧ ⟦Z|55804⟧ - not accessible, husband 80 w/ copd. son ⟦N|nils⟧ in ⟦C|two harbors⟧ ⟦P|218-555-0153⟧ helps.
plan: await ⟦O|ucare⟧ decision by eod ⟦D|4/1⟧. ⟦N|rita hautala⟧, rn cm x ⟦P|2-4471⟧
`);

note("email-lower", `
from: ⟦E|amara.diallo@stcloudhosp.org⟧
to: ⟦E|hospitalist-group@stcloudhosp.org⟧; ⟦E|ben.rasmussen@stcloudhosp.org⟧
date: ⟦DAY|mon⟧ ⟦D|3/30/99⟧ 18:44
subject: readmission review - ⟦N|hoffbauer⟧

hi all - quick one before the ⟦DAY|thursday⟧ qi meeting. ⟦N|walter hoffbauer⟧ (mrn ⟦M|sch20447181⟧) bounced back ⟦D|3/29⟧, 6 days after dc to ⟦H|country manor campus⟧ in ⟦C|sartell⟧. 2nd admit for hyponatremia (na 118).
root cause so far: snf never got the fluid restriction (dc summary said 1.2 l, the snf order set defaulted). their don ⟦N|kathy engel⟧ (⟦P|320-555-0141⟧) is reviewing.
pcp is dr ⟦N|mwangi⟧ at ⟦H|centracare clinic - st. joseph⟧.
can ⟦N|ben⟧ pull the avs + fax confirmation (fax was to ⟦F|320-555-0142⟧ at 15:10 ⟦D|3/23⟧)?
thanks
⟦N|amara⟧
--
⟦N|amara diallo⟧, md | hospital medicine | ⟦H|st. cloud hospital⟧ | ⟦U|https://intranet.stcloudhosp.org/hm/readmits⟧ | pgr ⟦P|320-555-0110⟧
`);

note("discharge-instructions-lower", `
after visit summary / discharge instructions - ⟦H|mercy hospital fort smith⟧
name: ⟦N|quang, thanh huong⟧   dob ⟦D|1/20/1962⟧   discharge date: ⟦D|03/31/2099⟧   provider: ⟦N|carys penhaligon⟧, pa-c (hospital medicine)
you were in the hospital for: pneumonia and low oxygen. you were in the icu from ⟦D|3/25⟧ to ⟦D|3/27⟧.
your appointments:
 - dr. ⟦N|hoang⟧ (your primary doctor), ⟦H|mercy clinic - van buren⟧, ⟦S|2111 chestnut st⟧, ⟦C|van buren⟧ ⟦STATE|ar⟧ ⟦Z|72956⟧ - ⟦D|april 6, 2099⟧ at 11:00 am - ⟦P|479-555-0185⟧
 - chest x-ray ⟦D|4/27⟧ at ⟦H|mercy hospital fort smith⟧ radiology, ⟦S|7301 rogers ave⟧
 - pulmonary (dr. ⟦N|arkwright⟧) - they will call you. if not by ⟦D|4/10⟧ call ⟦P|479-555-0112⟧
home oxygen 2 l from ⟦O|lincare⟧ (⟦P|479-555-0177⟧), concentrator serial ⟦DEV|pm5-447182-a⟧.
your daughter ⟦N|mai⟧ (⟦P|479-555-0196⟧) has a copy. mychart: ⟦U|mychart.mercy.net⟧ - user ⟦UN|thquang62⟧.
come back to the er if: trouble breathing, chest pain, fever over 101.
`);

write();
