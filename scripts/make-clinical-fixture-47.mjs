// Why this file exists: builds test/fixtures/clinical-notes-47.jsonl, a forty-seventh labelled set of clinical texts
// written by hand in stop 53 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 45 and 46's generators, fixture-io.mjs, test/clinical-notes-46.test.ts, stop 52's
// fx52 and fy52 sections of docs/names-rounds.md and the opening comments of the other generators were read for the
// form, the labels and the registers already held; fixture 48, written blind at the same time by another helper, was
// not read), in the register of CHRONIC DISEASE AND SPECIALTY CLINICS, which no earlier fixture holds as a whole:
// nephrology and outpatient dialysis (run sheets with machine and chair numbers, access surgeons, a transplant referral
// and evaluation), cardiology and device clinics (pacemaker and ICD interrogations with device serials, remote
// monitoring portals, an LVAD log, anticoagulation clinic INR logs and calls), diabetes and endocrinology (pump and CGM
// serials, supply vendors, DME orders), pulmonary, sleep medicine and home oxygen (CPAP serials and compliance
// downloads, DME companies, oxygen vendors and a certificate of medical necessity), rheumatology and infusion of
// biologics, GI and hepatology (liver transplant follow-up and a listing committee), wound care and hyperbaric oxygen,
// heart-failure clinic phone calls, prior authorisations, peer-to-peer reviews and appeals with payers, referral letters
// between specialists, pharmacy refill requests, and patient portal messages, texts, chats and e-mails. 15 in ALL CAPS,
// 8 in lower case, the rest mixed.
// Regions (towns invented or real, states and countries real): Fargo, Moorhead and Bismarck; Lubbock, Amarillo and
// Plainview; Shreveport, Bossier City and Monroe; Mobile, Semmes, Dothan, Birmingham and Tuscaloosa; Savannah, Pooler
// and Statesboro; Greenville and Spartanburg; Roanoke, Salem, Lynchburg and Danville; Norfolk; Erie, Altoona and
// Pittsburgh; Grand Rapids, Kalamazoo, Zeeland and Holland; Peoria, Bloomington and Urbana; Cedar Rapids and Iowa City;
// Wichita, Hutchinson and Kansas City; Springfield and Joplin (Missouri); Eugene (Oregon); Reno and Carson City;
// Rochester (Minnesota) and Rochester, Wellsville and Buffalo (New York); Eau Claire and Milwaukee; Omaha; Spokane;
// Bangor; Tahlequah; abroad Addis Ababa and Hanoi.
// PHI forms sought: names of many origins (Akan, Igbo and Yoruba, Ethiopian, Vietnamese, Chinese, Lebanese, Iranian,
// Indian and Nepali, Russian, Ukrainian, Polish, Hungarian, Armenian, Dutch and Frisian, Norwegian and Danish, Cajun
// and French with particles, German, Mexican with two surnames, Cherokee and Lakota, Tongan and Samoan, Hmong,
// Portuguese, Irish), nicknames in quotes and parentheses, hyphenated surnames, surnames alone after a title ("DR.
// BABINEAUX", "nurse Okafor", "Mrs. Amponsah-Lartey"), "LAST, FIRST" rows, relatives and caregivers, clinicians
// with credentials, staff initials; dates as "05/14/2099", "5/14/99", "14-MAY-2099", "2099-05-14", "May 14th",
// "May 14", "14 May 2099", month and year, a bare year, dates in log rows and text threads; ages over 89;
// phones, faxes, extensions, pagers, emails, URLs, IPs (a remote monitoring portal's and a CGM cloud's audit rows);
// MRNs and dialysis and transplant centres' chart numbers; UNOS and transplant waitlist ids, prior-authorization,
// reference, appeal and claim numbers, order and ticket numbers of DME companies, NPI numbers, Rx numbers; member,
// Medicare (MBI), Medicaid and group numbers of health plans; device serials (pacemakers, ICDs, leads, loop recorders,
// an LVAD controller, insulin pumps, CGM transmitters and sensors, CPAP and BiPAP units, oxygen concentrators, a
// dialysis machine's serial, a home INR meter, a wound vac); a vehicle's plate (a ride's van).
// Hard negatives: drugs (warfarin (Coumadin), apixaban (Eliquis), Entresto, spironolactone, furosemide, torsemide,
// metolazone, dapagliflozin (Farxiga), insulin lispro (Humalog), insulin glargine, Baqsimi, epoetin alfa, Mircera,
// Venofer, calcitriol, sevelamer, cinacalcet, tacrolimus, mycophenolate, adalimumab (Humira), infliximab, Remicade,
// Inflectra, rituximab, Truxima, tocilizumab (Actemra), methotrexate, hydroxychloroquine, ursodiol, lactulose,
// rifaximin, Trelegy, albuterol, Dupixent), devices' model names (Azure XT DR MRI, Gallant HF, Resonate EL, LINQ II,
// CardioMEMS, HeartMate 3, t:slim X2, Omnipod 5, Dexcom G7, FreeStyle Libre 3, AirSense 11, DreamStation, Inogen One
// G5, Fresenius 2008T, CoaguChek XS, Wound VAC, Zephyr valve), portals' product names (CareLink, LATITUDE, Merlin.net,
// Clarity), scores and scales (eGFR, Kt/V, URR, NYHA class III, CHA2DS2-VASc 4, HAS-BLED 2, MELD-Na 24, Child-Pugh B,
// AHI, Epworth 14, STOP-BANG, DAS28, CDAI, HbA1c, TIR, Wagner grade 3, Braden 14, Harvey-Bradshaw), lab names and
// eponyms (INR, BNP, NT-proBNP, PTH, Cockcroft-Gault, Allen's test, Hashimoto's, Raynaud, Sjogren, Milan criteria),
// and "Mark", "Bill", "Grace", "Hope", "Will", "Sunny" and "Rose" as words.
// Labelling follows fixtures 29-46 exactly: weekdays and holidays are `ignored` (DAY), as are states, countries and
// patients' professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are no PHI, and an
// age over 89 is the number only; clinicians', techs' and staff initials are PHI; titles, degrees, credentials,
// relations and cue words stay outside the name; "the" stays outside a facility; units, pods, rooms, beds, dialysis
// chairs and stations, a unit's own machine numbers ("CHAIR 12", "MACHINE #7") and dialysis schedules (MWF, TTS) are
// left unlabelled, but a machine's serial number is DEVICE; hospitals, clinics, dialysis centres, transplant centres,
// wound and hyperbaric centres, sleep labs, infusion centres and device clinics with a place's or a proper name are
// HOSPITAL; dialysis companies named as companies, device makers, DME companies, oxygen and supply vendors, pharmacies
// and specialty pharmacies, payers, PBMs, labs, monitoring services, ride services, interpreter services, employers,
// utilities, churches, universities, recovery programmes, charities and UNOS are ORGANIZATION (a pharmacy's store
// number stays inside its name); counties, lakes, landmarks and transplant lodging houses are LOCATION-OTHER; P.O.
// boxes are STREET; MRNs and charts are MRN; member, subscriber, Medicare (MBI), Medicaid, group and policy numbers of
// health plans HEALTHPLAN; authorization, reference, appeal, claim, case, order, ticket, complaint, account, supplier,
// grant, client, donor, recipient, study, interpreter, NPI, Rx, UNOS and waitlist numbers ID; vehicles' plates ID; user
// ids USERNAME; serials of devices DEVICE; extensions and pagers PHONE. Devices' model names, portals' product names,
// lot numbers, form numbers (CMS-484), CPT, HCPCS and ICD codes, pharmacy BIN and PCN numbers, clinics' sharing codes
// and phone PINs stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and
// a few large companies, payers and device makers are real, named as companies); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-46 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-47.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-47.jsonl", "make-clinical-fixture-47");

// ======================================================== ALL CAPS (15) ========================================================

note("dialysis-run-sheet-caps", `
HEMODIALYSIS TREATMENT RECORD - ⟦H|PRAIRIE RIVER DIALYSIS - SOUTH FARGO⟧ (⟦O|FRESENIUS KIDNEY CARE⟧) - ⟦S|3120 45TH ST S⟧, ⟦C|FARGO⟧ ⟦STATE|ND⟧ ⟦Z|58104⟧
TX DATE ⟦D|05/14/2099⟧ (⟦DAY|WED⟧)   SHIFT 2   CHAIR 12   MACHINE #7 (FRESENIUS 2008T SN ⟦DEV|8FKS447190⟧)
PATIENT: ⟦N|HALVORSEN, ODDNY MARIE⟧   FACILITY CHART ⟦M|PRD-0047718⟧   DOB ⟦D|03/02/2041⟧   NEPHROLOGIST DR. ⟦N|TARIQ EL-AMIN⟧
ACCESS: L UPPER ARM AVF (CREATED ⟦D|11/2097⟧ BY DR. ⟦N|PERRY STOLTENBERG⟧, ⟦H|SANFORD VASCULAR SURGERY FARGO⟧). THRILL +, BRUIT +. 15G NEEDLES X2.
PRE WT 81.4 KG  EDW 78.5  UF GOAL 3.2 L  BFR 400  DFR 600  BATH 2K/2.5CA  HEPARIN 2000 U BOLUS
TIME   BP       HR  AP    VP   TMP  UF     INITIALS
0640   162/88   76  -180  160  40   0.0    ⟦N|KJ⟧
0710   148/80   74  -190  170  55   0.6    ⟦N|KJ⟧
0810   131/72   78  -200  180  60   1.7    ⟦N|RB⟧
0910   104/60   88  -200  180  60   2.6    ⟦N|RB⟧  CRAMPING, UF OFF 10 MIN, 100 ML NS
1010   122/70   80  -190  170  55   3.0    ⟦N|KJ⟧
POST WT 78.6. KT/V 1.42 (⟦D|05/01/2099⟧), URR 74%. EPOETIN ALFA 4000 U, VENOFER 100 MG, CALCITRIOL 0.5 MCG GIVEN.
NEXT TX ⟦D|05/16/2099⟧. RIDE VIA ⟦O|RED RIVER TRANSIT⟧ PARATRANSIT, VAN PLATE ⟦I|ND 4471-TRN⟧. DAUGHTER ⟦N|SIGRID HALVORSEN-BOE⟧ ⟦P|701-555-0148⟧.
RN ⟦N|KAREN JOHNSRUD⟧, CHARGE; PCT ⟦N|RASHAD BELL⟧, CCHT. ⟦N|KJ⟧/⟦N|RB⟧
`);

note("pacemaker-interrogation-caps", `
DEVICE CLINIC - PACEMAKER INTERROGATION - ⟦H|COVENANT HEART AND VASCULAR INSTITUTE⟧, ⟦C|LUBBOCK⟧ ⟦STATE|TX⟧   ⟦D|14-MAY-2099⟧
PATIENT: ⟦N|GUTIERREZ VALDIVIA, ANSELMO⟧   MRN ⟦M|CH-00418815⟧   DOB ⟦D|07/21/2008⟧   AGE ⟦A|90⟧   PCP DR. ⟦N|WINSTON BALLINGER⟧, ⟦C|PLAINVIEW⟧
DEVICE: ⟦O|MEDTRONIC⟧ AZURE XT DR MRI W1DR01, SN ⟦DEV|RNB447182H⟧, IMPLANTED ⟦D|03/09/2096⟧ BY DR. ⟦N|HARSHAD KULKARNI⟧
RA LEAD 5076-52, SN ⟦DEV|PJN4471820⟧   RV LEAD 5076-58, SN ⟦DEV|PJN4471907⟧
BATTERY 8.2 YRS (RRT NOT REACHED). MODE DDDR 60/130. RA SENSING 2.8 MV, IMP 456 OHMS, THRESHOLD 0.75 V @ 0.4 MS.
RV SENSING 11.2 MV, IMP 589 OHMS, THRESHOLD 1.0 V @ 0.4 MS. AP 42%, VP 3%. AT/AF BURDEN <0.1%. 2 VHR EPISODES, 4-8 BEATS NSVT ⟦D|04/30/2099⟧.
REMOTE: ENROLLED CARELINK, MONITOR SN ⟦DEV|MYC-2490-118447⟧; NEXT REMOTE ⟦D|08/14/2099⟧, IN-CLINIC ⟦D|MAY 2100⟧.
NO CHANGES. REVIEWED WITH DR. ⟦N|ADAEZE NWOSU-PARKS⟧, EP. REP ⟦N|COLTON REYES⟧ (⟦O|MEDTRONIC⟧) PRESENT, ⟦P|806-555-0139⟧.
GRANDSON ⟦N|MATEO GUTIERREZ⟧ ACCOMPANIES, SPANISH INTERPRETER VIA ⟦O|LANGUAGELINE⟧ ID ⟦I|88417⟧. DEVICE RN ⟦N|JOLENE PRUITT⟧, CCDS. ⟦N|JP⟧
`);

note("icd-remote-transmission-caps", `
REMOTE MONITORING TRANSMISSION REVIEW - ICD - ⟦H|WILLIS-KNIGHTON HEART INSTITUTE⟧ ⟦C|SHREVEPORT⟧ DEVICE CLINIC
RECEIVED ⟦D|05/13/2099⟧ 2347 VIA LATITUDE (ALERT: VT/VF EPISODE)   REVIEWED ⟦D|05/14/2099⟧ 0715
PT: ⟦N|BROUSSARD, LUCIEN THIBODEAUX⟧   MRN ⟦M|WK7781044⟧   DOB ⟦D|12/05/1957⟧   HOME ⟦C|BOSSIER CITY⟧   ⟦P|318-555-0112⟧
DEVICE: ⟦O|BOSTON SCIENTIFIC⟧ RESONATE EL ICD D433, SN ⟦DEV|447182⟧; COMMUNICATOR 6290 SN ⟦DEV|C6290-0044718⟧
EPISODE ⟦D|05/13/2099⟧ 2331: VT 196 BPM, ATP X1 SUCCESSFUL, NO SHOCK. PRIOR SHOCK ⟦D|JAN 2099⟧. BATTERY 11 YRS.
CALLED PT 0740 - DIZZY AT EPISODE, NOW FINE. WIFE ⟦N|MARIE-CLAIRE BROUSSARD⟧ ON LINE. NO DRIVING X 6 MONTHS REVIEWED (⟦STATE|LA⟧ LAW).
NOTIFIED DR. ⟦N|VIKRAM SESHADRI⟧ (EP) - ADD AMIODARONE? K 3.4 ON ⟦D|5/10⟧; BMP TODAY AT ⟦O|QUEST DIAGNOSTICS⟧ ⟦C|BOSSIER⟧.
FOLLOW-UP IN CLINIC ⟦D|05/19/2099⟧ 1030. CALL BACK LINE ⟦P|318-555-0190⟧ EXT ⟦P|4471⟧. ⟦N|DESIREE FONTENOT⟧, RN, CCDS / ⟦N|DF⟧
`);

note("inr-log-caps", `
ANTICOAGULATION CLINIC - INR FLOWSHEET - ⟦H|INFIRMARY HEALTH ANTICOAGULATION CLINIC⟧, ⟦C|MOBILE⟧ ⟦STATE|AL⟧
PATIENT: ⟦N|TILLMAN, BEATRICE "BEA" LORRAINE⟧   MRN ⟦M|IH-2290418⟧   DOB ⟦D|09/17/1944⟧   INDICATION: AF + MECHANICAL MVR (ON-X), GOAL 2.5-3.5
CHA2DS2-VASC 4, HAS-BLED 2. WARFARIN (COUMADIN) 5 MG TABS. HOME METER COAGUCHEK XS SN ⟦DEV|UP44718203⟧ VIA ⟦O|ACELIS CONNECTED HEALTH⟧.
DATE         INR   WEEKLY DOSE  CHANGE           NEXT         BY
⟦D|04/02/2099⟧   2.1   35 MG        ↑ 37.5 MG        ⟦D|04/09/2099⟧   ⟦N|LMH⟧
⟦D|04/09/2099⟧   2.6   37.5 MG      NONE             ⟦D|04/23/2099⟧   ⟦N|LMH⟧
⟦D|04/23/2099⟧   4.4   37.5 MG      HOLD X1, 32.5    ⟦D|04/27/2099⟧   ⟦N|TWD⟧  (BACTRIM BY URGENT CARE)
⟦D|04/27/2099⟧   3.1   32.5 MG      NONE             ⟦D|05/11/2099⟧   ⟦N|TWD⟧
⟦D|05/11/2099⟧   2.9   35 MG        NONE             ⟦D|06/08/2099⟧   ⟦N|LMH⟧
CAREGIVER: SON ⟦N|DARNELL TILLMAN⟧ ⟦P|251-555-0164⟧; PHARMACY ⟦O|DELCHAMPS DRUGS⟧ ⟦C|SEMMES⟧ ⟦F|251-555-0188⟧.
PHARMACIST ⟦N|LAURA MAE HOLCOMBE⟧, PHARMD, CACP (⟦N|LMH⟧); ⟦N|TERRENCE W. DUPREE⟧, RPH (⟦N|TWD⟧). CARDIOLOGIST DR. ⟦N|OKAFOR⟧.
`);

note("cpap-dme-order-caps", `
DME ORDER / DETAILED WRITTEN ORDER - PAP THERAPY   ORDER DATE ⟦D|05/14/2099⟧
SUPPLIER: ⟦O|LOWCOUNTRY HOME MEDICAL⟧, ⟦S|412 ABERCORN ST⟧, ⟦C|SAVANNAH⟧ ⟦STATE|GA⟧ ⟦Z|31401⟧   ⟦P|912-555-0176⟧   FAX ⟦F|912-555-0177⟧
PATIENT: ⟦N|MENSAH, KWABENA OSEI⟧   DOB ⟦D|01/29/1972⟧   ⟦S|88 BRAMPTON RD⟧, ⟦C|STATESBORO⟧ ⟦STATE|GA⟧ ⟦Z|30458⟧   ⟦P|912-555-0102⟧
INSURANCE: ⟦O|AMBETTER FROM PEACH STATE HEALTH PLAN⟧ MEMBER ID ⟦HP|U7718204417⟧   GROUP ⟦HP|PSH-20099⟧
DX: G47.33 OSA. PSG ⟦D|04/20/2099⟧ AT ⟦H|EAST GEORGIA REGIONAL SLEEP CENTER⟧: AHI 38.6, NADIR SPO2 79%. EPWORTH 14.
ITEM: E0601 AUTO-CPAP (RESMED AIRSENSE 11 AUTOSET), MIN 6 MAX 16 CM H2O, EPR 2, HEATED HUMIDIFIER E0562, FULL FACE MASK A7030 MED.
LENGTH OF NEED: 99 MONTHS. COMPLIANCE DOWNLOAD AT 31-90 DAYS.
ORDERING: ⟦N|PRIYANKA VEMULAPALLI⟧, MD, SLEEP MEDICINE   NPI ⟦I|1447182093⟧   ⟦H|MEMORIAL HEALTH UNIVERSITY MEDICAL CENTER⟧ SLEEP CLINIC
SIGNED ELECTRONICALLY ⟦D|05/14/2099⟧ 1622. DELIVERED BY RT ⟦N|BRANDON KILGORE⟧ ⟦D|05/17/2099⟧, UNIT SN ⟦DEV|23184471882⟧.
`);

note("home-oxygen-cmn-caps", `
CERTIFICATE OF MEDICAL NECESSITY CMS-484 - OXYGEN   INITIAL   ⟦D|05/14/2099⟧
SUPPLIER: ⟦O|BLUE RIDGE OXYGEN & MEDICAL⟧, ⟦C|ROANOKE⟧ ⟦STATE|VA⟧   SUPPLIER NUMBER ⟦I|4471820019⟧   ⟦P|540-555-0124⟧
PATIENT: ⟦N|PETROSYAN, ARMEN GAREGIN⟧   MBI ⟦HP|4TQ7-XK2-UD81⟧   DOB ⟦D|06/11/1946⟧   ⟦S|2210 MEMORIAL AVE SW⟧, ⟦C|ROANOKE⟧ ⟦Z|24015⟧
PHYSICIAN: ⟦N|MARGARET O'SULLIVAN-HAYES⟧, DO, PULMONOLOGY, ⟦H|CARILION ROANOKE MEMORIAL HOSPITAL⟧   NPI ⟦I|1093447182⟧   ⟦P|540-555-0155⟧
HCPCS E1390 CONCENTRATOR, E0431 PORTABLE, E1392 POC (INOGEN ONE G5 SN ⟦DEV|G5-44718-2099⟧). 2 LPM CONT, 3 LPM EXERTION, 2 LPM SLEEP.
Q1 RESULT: SPO2 86% RA AT REST ON ⟦D|05/09/2099⟧ (TESTED BY ⟦N|JANELLE CRUMPLER⟧, RRT, ⟦H|LEWISGALE HOSPITAL ALLEGHANY⟧ PFT LAB).
DX J44.1 COPD, J96.11. FEV1 31% PRED. SMOKING QUIT ⟦D|2097⟧. DAUGHTER ⟦N|ANI PETROSYAN-WALLACE⟧ ⟦P|434-555-0149⟧ (⟦C|LYNCHBURG⟧).
NO SMOKING / NO OPEN FLAME SIGNED. SIGNATURE DR. ⟦N|M. O'SULLIVAN-HAYES⟧ ⟦D|5/14/99⟧.
`);

note("biologic-prior-auth-caps", `
PRIOR AUTHORIZATION REQUEST - SPECIALTY DRUG - FAX ⟦F|800-555-0131⟧ ATTN: PHARMACY PRIOR AUTH, ⟦O|HIGHMARK BLUE CROSS BLUE SHIELD⟧
DATE ⟦D|05/14/2099⟧   URGENT: NO
MEMBER: ⟦N|KOVACS, ILDIKO ANNA⟧   DOB ⟦D|02/18/1983⟧   MEMBER ID ⟦HP|YRD447182093⟧   GROUP ⟦HP|10447718⟧   EMPLOYER ⟦O|ERIE INSURANCE⟧
PRESCRIBER: ⟦N|JAVIER ALDANA-PIÑERO⟧, MD, RHEUMATOLOGY, ⟦H|SAINT VINCENT HOSPITAL⟧ RHEUMATOLOGY, ⟦S|232 W 25TH ST⟧, ⟦C|ERIE⟧ ⟦STATE|PA⟧ ⟦Z|16544⟧
NPI ⟦I|1558447182⟧   PHONE ⟦P|814-555-0120⟧   FAX ⟦F|814-555-0121⟧   CONTACT ⟦N|TAMMY KRYSIAK⟧, LPN
DRUG: TOCILIZUMAB (ACTEMRA) 162 MG SC Q WEEK. DX M05.79 SEROPOSITIVE RA. DAS28-CRP 5.4, CDAI 31.
FAILED: METHOTREXATE 25 MG (⟦D|2096⟧-⟦D|2097⟧, LFTS), HYDROXYCHLOROQUINE, ADALIMUMAB (HUMIRA) ⟦D|03/2097⟧-⟦D|01/2099⟧ (SECONDARY FAILURE, ANTI-DRUG AB).
TB QUANTIFERON NEG ⟦D|04/28/2099⟧ (⟦O|LABCORP⟧ ACC ⟦I|1184472203⟧). HEP B SAG NEG.
DISPENSE VIA ⟦O|ACCREDO⟧ SPECIALTY PHARMACY. PREVIOUS PA REF ⟦I|PA-2097-0447182⟧ (DENIED).
`);

note("liver-transplant-followup-caps", `
LIVER TRANSPLANT CLINIC - POST-TRANSPLANT FOLLOW-UP - ⟦H|OCHSNER MULTI-ORGAN TRANSPLANT INSTITUTE⟧   ⟦D|MAY 14, 2099⟧
PATIENT: ⟦N|FAIRCLOTH, DEWAYNE ALLEN⟧   MRN ⟦M|OC-44718230⟧   TRANSPLANT ID ⟦I|LTX-2098-0117⟧   UNOS ID ⟦I|HBC4471⟧
DOB ⟦D|08/08/1965⟧   HOME ⟦C|MONROE⟧ ⟦STATE|LA⟧ (3.5 HR DRIVE)   TXP ⟦D|10/22/2098⟧ (DDLT, NASH CIRRHOSIS, MELD-NA 31 AT TXP)
SURGEON DR. ⟦N|HUMBERTO CASTELLANOS⟧; HEPATOLOGIST DR. ⟦N|NADIA HADDAD⟧; COORDINATOR ⟦N|CRYSTAL THIBODAUX⟧, RN ⟦P|504-555-0173⟧.
LABS ⟦D|05/12/2099⟧ AT ⟦O|ST. FRANCIS MEDICAL CENTER LAB⟧ ⟦C|MONROE⟧: TACROLIMUS TROUGH 6.8, AST 24, ALT 31, TBILI 0.8, CR 1.3.
MEDS: TACROLIMUS 3 MG BID, MYCOPHENOLATE 500 MG BID, VALGANCICLOVIR STOPPED ⟦D|04/22/2099⟧, URSODIOL.
ASSESSMENT: STABLE GRAFT. MILD CKD FROM CNI. PLAN: LABS Q2WK AT LOCAL LAB, FAX TO ⟦F|504-555-0199⟧.
WIFE ⟦N|TONYA FAIRCLOTH⟧ DRIVES; LODGING AT ⟦LO|JEFFERSON TRANSPLANT HOUSE⟧ IF ADMITTED. SUPPORT GROUP ⟦D|JUNE 3⟧.
RTC ⟦D|08/2099⟧. ⟦N|NH⟧/⟦N|CT⟧
`);

note("hyperbaric-log-caps", `
HYPERBARIC OXYGEN THERAPY TREATMENT LOG - ⟦H|PROVIDENCE WOUND CARE & HYPERBARIC CENTER⟧ ⟦C|MOBILE⟧   CHAMBER 2 (MONOPLACE)
PT: ⟦N|NGUYEN VAN HUNG⟧   MRN ⟦M|PH-0071844⟧   DOB ⟦D|04/04/1959⟧   DX: DFU R PLANTAR, WAGNER GRADE 3, OSTEOMYELITIS; DM2 (HBA1C 8.9)
PROTOCOL 2.4 ATA X 90 MIN, 40 TX PLANNED. REFERRED BY DR. ⟦N|ELLIOTT FRAZER-BAINES⟧ (PODIATRY, ⟦H|SPRINGHILL MEDICAL CENTER⟧).
TX#  DATE         PRE BG  EARS   TECH   NOTE
17   ⟦D|05/08/2099⟧   188     OK     ⟦N|CWS⟧    -
18   ⟦D|05/09/2099⟧   142     OK     ⟦N|CWS⟧    -
19   ⟦D|05/12/2099⟧   96      OK     ⟦N|AJT⟧    JUICE GIVEN, BG 131 BEFORE DIVE
20   ⟦D|05/13/2099⟧   201     L EAR  ⟦N|AJT⟧    ENT DR. ⟦N|BABINEAUX⟧ - MYRINGOTOMY? DEFERRED
21   ⟦D|05/14/2099⟧   155     OK     ⟦N|CWS⟧    -
SAFETY DIRECTOR ⟦N|CHARLES W. STALLWORTH⟧, CHT; ⟦N|ANTOINE J. THIBEAUX⟧, CHT. PHYSICIAN SUPERVISOR DR. ⟦N|REBECCA LINDGREN-OTT⟧.
AUTH FROM ⟦O|BLUE CROSS AND BLUE SHIELD OF ALABAMA⟧ #⟦I|HB4471820⟧ THROUGH ⟦D|06/05/2099⟧; MEMBER ⟦HP|ZGA994471820⟧. WIFE ⟦N|THANH⟧ ⟦P|251-555-0191⟧.
`);

note("insulin-pump-dme-caps", `
INSULIN PUMP / CGM ORDER - ENDOCRINOLOGY - ⟦H|BRONSON DIABETES AND ENDOCRINOLOGY CENTER⟧, ⟦S|601 JOHN ST⟧, ⟦C|KALAMAZOO⟧ ⟦STATE|MI⟧ ⟦Z|49007⟧
DATE ⟦D|2099-05-14⟧   PATIENT: ⟦N|VANDERKOOI, ELISE JOHANNA⟧   DOB ⟦D|2011-10-02⟧   MRN ⟦M|BR-55104471⟧   ⟦P|269-555-0183⟧
DX E10.65 TYPE 1 DM SINCE ⟦D|2016⟧. HBA1C 8.4. 2 SEVERE LOWS ⟦D|MARCH 2099⟧ (GLUCAGON BY ROOMMATE).
CURRENT PUMP: T:SLIM X2 SN ⟦DEV|1447182⟧ (WARRANTY ENDS ⟦D|06/2099⟧). REQUEST: OMNIPOD 5 STARTER KIT + PODS X 30 DAYS; DEXCOM G7 SENSORS.
CURRENT CGM TRANSMITTER SN ⟦DEV|8GQ4471K2⟧; CLARITY CLINIC CODE 44718-20993.
SUPPLIER: ⟦O|BYRAM HEALTHCARE⟧ ACCT ⟦I|BYR-0447182⟧ / PHARMACY BENEFIT VIA ⟦O|EXPRESS SCRIPTS⟧ ⟦HP|ESX44718209⟧.
PLAN: ⟦O|PRIORITY HEALTH⟧ MEMBER ⟦HP|90447182-01⟧. MOTHER ⟦N|HEIDI VANDERKOOI⟧ (POLICY HOLDER) ⟦P|616-555-0127⟧, ⟦C|GRAND RAPIDS⟧.
PUMP TRAINER ⟦N|AMBER STEENWYK⟧, RN, CDCES. ORDERING DR. ⟦N|SHIRIN GHAFFARI⟧. ⟦N|AS⟧/⟦N|SG⟧
`);

note("kidney-transplant-referral-caps", `
KIDNEY TRANSPLANT REFERRAL - TO: ⟦H|UNIVERSITY OF IOWA HOSPITALS & CLINICS⟧ ORGAN TRANSPLANT CENTER   FAX ⟦F|319-555-0116⟧
FROM: ⟦N|OLUFEMI BANJOKO⟧, MD, NEPHROLOGY, ⟦H|MERCY KIDNEY CARE⟧, ⟦S|788 1ST AVE SE⟧, ⟦C|CEDAR RAPIDS⟧ ⟦STATE|IA⟧ ⟦Z|52403⟧   ⟦P|319-555-0150⟧
DATE ⟦D|5/14/99⟧
PATIENT: ⟦N|BLACKFOX, WADE THOMAS⟧   DOB ⟦D|11/11/1980⟧   SSN LAST 4 ⟦SSN|0471⟧   MRN ⟦M|MK-0018447⟧   ⟦P|319-555-0169⟧
ESRD FROM IGA NEPHROPATHY. HD STARTED ⟦D|02/03/2098⟧ AT ⟦H|DAVITA CEDAR RAPIDS WEST DIALYSIS⟧ (MWF). EGFR BEFORE HD 9. BLOOD TYPE O+. CPRA 12%.
POTENTIAL LIVING DONORS: SISTER ⟦N|CHEYENNE BLACKFOX-MORRIS⟧ (42) ⟦P|918-555-0133⟧ IN ⟦C|TAHLEQUAH⟧ ⟦STATE|OK⟧; COWORKER ⟦N|GREG ZIMMERLE⟧.
INSURANCE: MEDICARE ⟦HP|6JK4-TR1-MX22⟧ PRIMARY, ⟦O|WELLMARK⟧ ⟦HP|WMK447182093⟧ SECONDARY.
PLEASE CONTACT SOCIAL WORKER ⟦N|LORI HAUSCHILDT⟧, LMSW ⟦P|319-555-0150⟧ X ⟦P|218⟧. ⟦N|OB⟧/⟦N|lh⟧
`);

note("appeal-letter-caps", `
⟦H|GREENVILLE HEART FAILURE & ADVANCED CARDIAC THERAPIES CLINIC⟧
⟦S|701 GROVE RD⟧, ⟦C|GREENVILLE⟧ ⟦STATE|SC⟧ ⟦Z|29605⟧   ⟦P|864-555-0106⟧   FAX ⟦F|864-555-0107⟧
⟦D|MAY 14, 2099⟧
⟦O|AETNA⟧ APPEALS DEPARTMENT, ⟦S|P.O. BOX 14463⟧, ⟦C|LEXINGTON⟧ ⟦STATE|KY⟧ ⟦Z|40512⟧
RE: FIRST-LEVEL APPEAL - ⟦N|MCDANIEL, JUANITA FAYE⟧ - MEMBER ⟦HP|W447182093⟧ - CLAIM ⟦I|E99041184472⟧ - DENIAL LETTER ⟦D|04/30/2099⟧
TO WHOM IT MAY CONCERN:
I AM WRITING ON BEHALF OF MY PATIENT, MS. ⟦N|MCDANIEL⟧ (DOB ⟦D|03/15/1961⟧), TO APPEAL THE DENIAL OF SACUBITRIL/VALSARTAN (ENTRESTO) 49/51 MG BID.
SHE HAS HFREF, LVEF 25% ON ECHO ⟦D|03/22/2099⟧ AT ⟦H|PRISMA HEALTH GREENVILLE MEMORIAL HOSPITAL⟧, NYHA CLASS III, NT-PROBNP 3,410.
SHE WAS HOSPITALIZED ⟦D|01/04/2099⟧-⟦D|01/09/2099⟧ AND ⟦D|02/27/2099⟧ FOR DECOMPENSATION. LISINOPRIL CAUSED ANGIOEDEMA? NO - COUGH ONLY; WASHOUT 36 HRS OBSERVED.
GUIDELINES GIVE ACC/AHA CLASS 1 RECOMMENDATION. STEP THERAPY HAS BEEN MET. PLEASE ALLOW A GRACE PERIOD FOR REFILLS WHILE THE APPEAL IS REVIEWED.
SINCERELY, ⟦N|HENRIETTA OKONJO-BAILEY⟧, MD, FACC   NPI ⟦I|1669447182⟧
CC: PCP DR. ⟦N|DALE PRUITT⟧, ⟦C|SPARTANBURG⟧. ⟦N|HOB⟧:⟦N|tr⟧
`);

note("sleep-study-report-caps", `
POLYSOMNOGRAPHY REPORT - SPLIT NIGHT - ⟦H|DAKOTA SLEEP DISORDERS CENTER⟧ (AT ⟦H|SANFORD BISMARCK⟧), ⟦C|BISMARCK⟧ ⟦STATE|ND⟧
STUDY DATE ⟦D|05/12/2099⟧   STUDY # ⟦I|PSG-99-04471⟧   PATIENT: ⟦N|IRON CLOUD, FRANKLIN JOSEPH⟧   DOB ⟦D|05/30/1977⟧   MRN ⟦M|SB0447182⟧
BMI 41.2. NECK 18 IN. STOP-BANG 7. REFERRED BY ⟦N|LANE OVERBYE⟧, PA-C, ⟦H|CORAL HEALTH MANDAN⟧.
DIAGNOSTIC PORTION: TST 168 MIN, AHI 72.4, RDI 78, NADIR SPO2 71%, T90 34%. NO CSA.
TITRATION: CPAP 5-14; OPTIMAL 13 CM H2O WITH MED FULL FACE MASK (AHI 2.1, SUPINE REM OBSERVED).
IMPRESSION: SEVERE OSA. RECOMMEND CPAP 13 OR APAP 10-16. BARIATRIC REFERRAL. DROWSY DRIVING COUNSELED (⟦PROF|LONG-HAUL TRUCK DRIVER⟧, CDL, DOT MED CARD).
SCORED BY ⟦N|MELISSA HAUGEN⟧, RPSGT; INTERPRETED BY ⟦N|RAJESH ANANTHAKRISHNAN⟧, MD, D.ABSM ⟦D|05/14/2099⟧. DME: ⟦O|NORTHERN PLAINS HOME MEDICAL⟧.
`);

note("wound-care-flowsheet-caps", `
WOUND CARE FLOWSHEET - ⟦H|MERCY WOUND HEALING CENTER SPRINGFIELD⟧   PATIENT: ⟦N|PEEBLES, ORVAL DEAN⟧   MRN ⟦M|MY40471182⟧   DOB ⟦D|01/06/2008⟧
WOUND #1 SACRAL PRESSURE INJURY STAGE 4 (ONSET ⟦D|FEB 2099⟧ AT ⟦H|GOLDEN LIVING CENTER - REPUBLIC⟧). BRADEN 14.
DATE     L x W x D (CM)    TUNNEL    EXUDATE  TX                                  CLINICIAN
⟦D|4/16⟧     6.2 x 4.8 x 2.1   12:00 3CM  MOD SERO  NPWT 125 MMHG CONT, BLACK FOAM       ⟦N|D. ABERNATHY⟧, NP
⟦D|4/23⟧     5.9 x 4.4 x 1.9   12:00 2CM  MOD       NPWT, SHARP DEBRIDEMENT 11043        ⟦N|D. ABERNATHY⟧, NP
⟦D|4/30⟧     5.1 x 4.0 x 1.6   NONE      SCANT    NPWT                                 ⟦N|QUINLAN⟧, RN, CWOCN
⟦D|5/7⟧      4.6 x 3.7 x 1.2   NONE      SCANT    NPWT                                 ⟦N|QUINLAN⟧, RN, CWOCN
⟦D|5/14⟧     4.0 x 3.1 x 0.9   NONE      SCANT    NPWT CONT; ALGINATE IF VAC OFF       ⟦N|D. ABERNATHY⟧, NP
WOUND VAC: 3M V.A.C. ULTA SN ⟦DEV|VUL4471823⟧ FROM ⟦O|KCI / 3M MEDICAL SOLUTIONS⟧ (RENTAL TICKET ⟦I|KCI-99-0447182⟧).
HOME HEALTH ⟦O|OZARKS HOME CARE⟧ ⟦P|417-555-0145⟧ 3X/WK. NIECE ⟦N|CARLENE PEEBLES-DUNN⟧ ⟦P|417-555-0108⟧ (⟦C|JOPLIN⟧). AGE ⟦A|91⟧.
`);

note("refill-fax-caps", `
PRESCRIPTION REFILL REQUEST - FROM: ⟦O|HY-VEE PHARMACY #1447⟧, ⟦S|1900 N BROADWAY⟧, ⟦C|ROCHESTER⟧ ⟦STATE|MN⟧   ⟦P|507-555-0135⟧   FAX ⟦F|507-555-0136⟧
TO: DR. ⟦N|EKATERINA VOLKOVA⟧, NEPHROLOGY, ⟦H|OLMSTED MEDICAL CENTER⟧   FAX ⟦F|507-555-0160⟧   DATE ⟦D|05/14/2099⟧ 0905
PATIENT: ⟦N|STRAND, HAROLD LEIF⟧   DOB ⟦D|03/03/1949⟧   ⟦P|507-555-0118⟧   ⟦S|5512 19TH AVE NW⟧, ⟦C|ROCHESTER⟧ ⟦Z|55901⟧
RX # ⟦I|6447182⟧  SEVELAMER CARBONATE 800 MG, 2 TABS TID WITH MEALS, #540, LAST FILL ⟦D|02/10/2099⟧, 0 REFILLS LEFT.
RX # ⟦I|6447183⟧  CINACALCET 30 MG DAILY, #30, LAST FILL ⟦D|04/12/2099⟧.
RX # ⟦I|6447190⟧  CALCITRIOL 0.25 MCG DAILY, #90.
PLAN: ⟦O|UCARE⟧ MEMBER ⟦HP|UC4471820901⟧   BIN 610014 PCN MEDDPRIME.
[ ] APPROVED  REFILLS ___   [ ] DENIED   [ ] NEEDS APPT   SIGNATURE ____________
PHARMACIST ⟦N|JENNA MOEN⟧, RPH   TECH ⟦N|BK⟧
`);

// ======================================================== lower case (8) ========================================================

note("dialysis-ride-texts-lo", `
[sms thread - ⟦H|prairie river dialysis south fargo⟧ social work line ⟦P|701-555-0140⟧]
⟦D|5/13⟧ 5:42pm  ⟦P|+1 (218) 555-0187⟧: hi this is ⟦N|rhonda⟧, ⟦N|ingrid lindqvist⟧'s daughter, mom cant get a ride ⟦DAY|thurs⟧ the ⟦O|red river transit⟧ van didnt show last week again
⟦D|5/13⟧ 5:50pm  sw ⟦N|meg⟧: hi ⟦N|rhonda⟧ this is ⟦N|meg ostrowski⟧ the social worker. is mom still at the ⟦S|14th st s⟧ address in ⟦C|moorhead⟧?
⟦D|5/13⟧ 5:51pm  ⟦P|+1 (218) 555-0187⟧: yes ⟦S|1022 14th st s⟧ apt 3, ⟦Z|56560⟧
⟦D|5/13⟧ 5:58pm  sw ⟦N|meg⟧: ok i filed a complaint w/ transit, ref ⟦I|rrt-447182⟧. for ⟦DAY|thurs⟧ ⟦D|5/15⟧ i booked ⟦O|valley medcab⟧, pickup 5:15am, they'll call from ⟦P|218-555-0121⟧
⟦D|5/13⟧ 6:03pm  ⟦P|+1 (218) 555-0187⟧: thank u!! also she said her fistula arm is sore, dr ⟦N|el-amin⟧ said to tell the nurse?
⟦D|5/13⟧ 6:05pm  sw ⟦N|meg⟧: yes tell ⟦N|karen⟧ at chair-side, or call the unit ⟦P|701-555-0144⟧ now if its red/hot or no thrill. if fever go to ⟦H|sanford medical center fargo⟧ er
⟦D|5/14⟧ 7:10am  ⟦P|+1 (218) 555-0187⟧: she's ok today. what's the medicaid # they want for the cab, is it the one on her ⟦O|blue cross mn⟧ card?
⟦D|5/14⟧ 7:12am  ⟦P|+1 (218) 555-0187⟧: hope the cab is on time, its sunny so she'll wait outside
⟦D|5/14⟧ 7:22am  sw ⟦N|meg⟧: no, the ⟦STATE|minnesota⟧ ma id, ⟦HP|00447182⟧. i have it on file. ⟦N|mo⟧
`);

note("cgm-portal-message-lo", `
portal message | ⟦H|mercy diabetes center lubbock⟧ | from: ⟦N|dominic yazzie⟧ (patient) | to: endocrinology pool | sent ⟦D|05/14/2099⟧ 06:12
subject: sensor keeps failing
hi, my dexcom g7 sensors have failed 3 times this month, error "sensor failed" after 4-5 days. lot numbers on the boxes are 5044718 and 5044720. transmitter is built in so no sn there but the receiver sn is ⟦DEV|rg4471820⟧. i already called dexcom and they gave case # ⟦I|29104471⟧ and are sending 2 replacements but the pharmacy (⟦O|walgreens⟧ on ⟦S|50th st⟧) says my plan ⟦O|firstcare health plans⟧ only covers 3 per month. can you send a letter? my readings in clarity are shared with dr. ⟦N|ghosh⟧'s clinic code. also my time in range was 58% lol. ⟦N|dom⟧

reply | from: ⟦N|kelsey brummett⟧, rn, cdces | sent ⟦D|05/14/2099⟧ 10:48
hi ⟦N|dominic⟧, we can send a letter of medical necessity to ⟦O|firstcare⟧. please confirm your member id (card says ⟦HP|fc2099447182⟧?) and dob ⟦D|8/2/89⟧. dr ⟦N|ghosh⟧ is out until ⟦D|may 19th⟧, dr. ⟦N|okeke⟧ will sign. tir 58% is up from 41% in ⟦D|march⟧ so nice work. - ⟦N|kb⟧
`);

note("hf-nurse-chat-lo", `
secure chat: hf clinic rns | ⟦H|carilion clinic cardiology roanoke⟧ | ⟦D|5/14/2099⟧
0812 ⟦N|tiffani⟧: did anyone call mr. ⟦N|mcgillicuddy⟧ back? his cardiomems reading overnight was pa diastolic 28 (goal 14-18)
0815 ⟦N|roberto⟧: ⟦N|ambrose mcgillicuddy⟧? i did at 0730. up 4 lbs since ⟦DAY|sunday⟧, +2 edema, some dyspnea climbing stairs. nyha iii now
0816 ⟦N|roberto⟧: np ⟦N|vance⟧ said furosemide 80 bid x3 days + metolazone 2.5 x1, bmp ⟦DAY|thurs⟧ at the ⟦H|lewisgale⟧ lab in ⟦C|salem⟧
0818 ⟦N|tiffani⟧: ok. his wife ⟦N|peg⟧ called too, number on file is wrong, new cell ⟦P|540-555-0193⟧
0820 ⟦N|roberto⟧: updated. also he's asking about entresto copay again, ⟦O|novartis⟧ patient assistance denied him? app # ⟦I|npaf-99-044718⟧
0822 ⟦N|tiffani⟧: i'll ask ⟦N|dawn⟧ in pharmacy (x ⟦P|6612⟧). fyi he's on ⟦O|humana⟧ mapd, id ⟦HP|h44718209⟧
0830 ⟦N|roberto⟧: scheduled f/u w dr ⟦N|tran-whitaker⟧ ⟦D|5/21⟧ 1:40. cardiomems sn on the pt card is ⟦DEV|cm-1844718⟧ if anyone needs it for the portal
`);

note("inr-texts-lo", `
text messages - anticoag line (automated + rn) - ⟦O|sentara⟧ coumadin clinic ⟦C|lynchburg⟧
[⟦D|5/12/99⟧ 9:01] auto: hi ⟦N|leroy⟧, reminder: inr check ⟦DAY|wed⟧ ⟦D|5/14⟧ at ⟦H|sentara medical group - wards road⟧. reply c to confirm
[⟦D|5/12/99⟧ 9:40] ⟦P|434-555-0159⟧: c
[⟦D|5/14/99⟧ 14:17] rn ⟦N|sabrina⟧: ⟦N|leroy⟧ your inr today was 1.6 (goal 2-3). take 7.5 mg tonight then back to 5 mg daily except 7.5 on ⟦DAY|mon⟧ and ⟦DAY|fri⟧. recheck ⟦D|5/21⟧
[⟦D|5/14/99⟧ 14:30] ⟦P|434-555-0159⟧: ok. ate lots of greens at my granddaughter ⟦N|jasmine⟧'s graduation in ⟦C|danville⟧ ⟦DAY|sat⟧
[⟦D|5/14/99⟧ 14:32] rn ⟦N|sabrina⟧: that'll do it lol. keep the greens steady. any bleeding or dark stools call ⟦P|434-555-0100⟧ or go to ⟦H|lynchburg general⟧ ed
[⟦D|5/14/99⟧ 14:33] ⟦P|434-555-0159⟧: will do thank u miss ⟦N|sabrina⟧
(⟦N|sabrina k. ruiz-hollins⟧, rn - patient ⟦N|leroy t. fitzhugh⟧, mrn ⟦M|7104471⟧)
`);

note("infusion-portal-lo", `
mychart message to ⟦H|uihc rheumatology infusion center⟧ - ⟦D|2099-05-13⟧ 21:04
from ⟦N|maile tupou-kaufusi⟧
hi nurse ⟦N|okafor⟧, i need to move my remicade infusion from ⟦DAY|thursday⟧ ⟦D|may 15⟧ to the next week, my son ⟦N|sione⟧ has his surgery at ⟦H|stead family childrens hospital⟧ that day. is ⟦D|may 22⟧ ok? also i got a bill from ⟦O|option care health⟧ for $1,180 for the last infusion which i thought was covered by my ⟦O|medica⟧ plan, claim number on it is ⟦I|7718204471-02⟧. and my ra is flaring, das28 thing was high last time. thanks ⟦N|maile⟧ (cell ⟦P|319-555-0152⟧)

reply - ⟦N|chinedu okafor⟧, rn - ⟦D|2099-05-14⟧ 08:15
hi ⟦N|maile⟧, moved you to ⟦DAY|thurs⟧ ⟦D|5/22⟧ 9:30 chair 6. we will keep infliximab 5 mg/kg. for the bill, call ⟦N|rosa⟧ in financial counseling ⟦P|319-555-0177⟧ ext ⟦P|2204⟧, she'll contact ⟦O|medica⟧ (member ⟦HP|m2044718201⟧). prayers for ⟦N|sione⟧'s surgery. - ⟦N|co⟧
`);

note("dme-vendor-sms-lo", `
⟦O|apria healthcare⟧: hi ⟦N|gordon⟧! your cpap supplies (mask cushion, filters, tubing) are ready to ship to ⟦S|417 w 3rd ave⟧, ⟦C|spokane⟧. reply y to confirm or call ⟦P|877-555-0109⟧. order ⟦I|apr-4471820⟧
⟦N|gordon fairweather⟧: y. but can you send the medium cushion not small. ⟦N|gordy⟧
⟦O|apria healthcare⟧: updated! your airsense 10 (sn ⟦DEV|22171844720⟧) shows 5.9 hrs avg use, 94% nights >4h. great job. ⟦N|jada⟧, patient care specialist
⟦N|gordon fairweather⟧: my wife ⟦N|june⟧ wants to know if the new machine (dreamstation recall replacement) is coming. she's on your list too, dob ⟦D|7/19/51⟧
⟦O|apria healthcare⟧: for privacy we'll need ⟦N|june⟧ to verify. she can call or log in at ⟦U|apria.com/myaccount⟧. ticket ⟦I|tk-99-04418⟧ opened.
`);

note("wound-email-lo", `
from: ⟦E|t.brackenridge@brackenridgewound.com⟧
to: ⟦E|referrals@renownwoundcare.org⟧
date: ⟦DAY|wed⟧, ⟦D|14 may 2099⟧ 15:20
subject: referral - ⟦N|ostergaard⟧, ⟦N|nils⟧ - venous leg ulcers, hbo question

hi ⟦N|gwen⟧,
sending over ⟦N|nils ostergaard⟧ (dob ⟦D|9/9/2003⟧) — ⟦A|95⟧ y/o, lives with his son ⟦N|erik⟧ on ⟦S|kietzke ln⟧ in ⟦C|reno⟧. bilateral venous ulcers x 8 mo, abi 0.92/0.88, failed compression at our clinic. i think he needs your team for cellular tissue product, and dr. ⟦N|jurado⟧ asked about hbo but i don't think venous qualifies.
his plan is ⟦O|senior care plus⟧, member ⟦HP|scp0447182⟧; pcp is dr ⟦N|amaya⟧ at ⟦H|northern nevada medical group⟧ in ⟦C|carson city⟧.
records faxed ⟦F|775-555-0128⟧ this morning.
thanks, ⟦N|tess brackenridge⟧, apn, cws
⟦O|brackenridge wound & vein⟧ | ⟦P|775-555-0129⟧ | ⟦U|www.brackenridgewound.com⟧
`);

note("hepatology-chat-lo", `
teams chat - ⟦H|uab⟧ hepatology / liver transplant - ⟦D|may 14⟧
⟦N|ifeoma n.⟧ 9:02 am: mr. ⟦N|dothard⟧'s meld-na is 24 now (from 19), bili 4.1 inr 1.9 cr 1.6. he's in ⟦C|dothan⟧, wants to know about listing
⟦N|caleb w.⟧ 9:05 am: he needs the 6 months sobriety letter from ⟦O|southeast alabama recovery⟧ + peth test. last peth ⟦D|4/2⟧ neg
⟦N|ifeoma n.⟧ 9:06 am: ok. also his sister ⟦N|bernice dothard-wyatt⟧ is the caregiver, ⟦P|334-555-0181⟧, she's willing to move to ⟦C|birmingham⟧ for 3 months
⟦N|caleb w.⟧ 9:10 am: great. put him on committee ⟦D|5/28⟧. dr. ⟦N|ramaswamy⟧ to present. he also needs the tips eval, ir dr ⟦N|schoenfeld⟧
⟦N|ifeoma n.⟧ 9:11 am: lactulose titrated, rifaximin approved by ⟦O|viva health⟧ pa # ⟦I|vh-99-4471820⟧
⟦N|caleb w.⟧ 9:12 am: 👍 unos won't matter till listed. mrn for the chart ⟦M|uab-04471828⟧ (he has 2, merged ⟦D|2097⟧)
`);

// ======================================================== mixed case (22) ========================================================

note("nephrology-clinic-note", `
Nephrology Clinic Progress Note — ⟦H|Wesley Kidney Specialists⟧, ⟦S|3311 E Murdock St⟧, ⟦C|Wichita⟧, ⟦STATE|KS⟧ ⟦Z|67208⟧
Date of service: ⟦D|05/14/2099⟧    Provider: ⟦N|Anjali Raghunathan⟧, MD    Scribe: ⟦N|Kylie Pfannenstiel⟧
Patient: ⟦N|Ruiz Ocampo, Teodoro⟧ ("⟦N|Teo⟧")   MRN ⟦M|WKS-118447⟧   DOB ⟦D|4/9/1952⟧   Referring: Dr. ⟦N|Marcus Heinrichs⟧, ⟦H|Hutchinson Clinic⟧

CC: CKD stage 4 f/u, ?timing of access.
HPI: 77M w/ DM2, HTN, CKD 4 (eGFR 17 on ⟦D|5/2⟧, was 21 in ⟦D|Jan 2099⟧, Cockcroft-Gault CrCl 19). UACR 1,840. No uremic sx. Wt stable. Lives w/ wife ⟦N|Consuelo⟧ in ⟦C|Hutchinson⟧, drives himself. Retired ⟦PROF|grain elevator operator⟧.
Meds: dapagliflozin (Farxiga) 10 mg, losartan 50, torsemide 20, calcitriol 0.25, sevelamer 800 TID, insulin glargine 22u.
Labs (⟦O|Quest⟧ ⟦D|05/02/2099⟧): K 5.3, CO2 19, Hgb 9.6, PTH 412, Phos 5.8.
A/P:
1. CKD 4 progressing — modality ed done ⟦D|4/11⟧ w/ ⟦N|Shelby⟧ (CKD educator); pt prefers PD. Refer Dr. ⟦N|Aldous Grieve⟧ (vasc surg, ⟦H|Wesley Medical Center⟧) for PD cath eval; backup AVF vein mapping.
2. Transplant referral to ⟦H|KU Medical Center⟧ ⟦C|Kansas City⟧ — sent ⟦D|5/14⟧, fax ⟦F|913-555-0182⟧.
3. Anemia: start Mircera 100 mcg q month via ⟦O|CVS Specialty⟧. Iron sat 14%, Venofer x5.
4. Acidosis: NaHCO3 650 BID.
RTC 6 wk. Pt's daughter ⟦N|Marisol Ruiz-Delgado⟧ (⟦P|316-555-0147⟧) to be included by phone.
e-signed ⟦N|A. Raghunathan⟧ ⟦D|05/14/2099⟧ 16:02 / ⟦N|kp⟧
`);

note("avf-referral-letter", `
⟦H|Spartanburg Vascular Surgery Associates⟧
⟦S|101 E Wood St⟧, Suite 300, ⟦C|Spartanburg⟧, ⟦STATE|SC⟧ ⟦Z|29303⟧ · Tel ⟦P|864-555-0115⟧ · Fax ⟦F|864-555-0116⟧

⟦D|May 14, 2099⟧

⟦N|Samuel Adjei-Boateng⟧, MD
⟦H|Upstate Nephrology⟧
⟦S|1660 Skylyn Dr⟧, ⟦C|Spartanburg⟧, ⟦STATE|SC⟧ ⟦Z|29307⟧

Re: ⟦N|Efua Amponsah-Lartey⟧, DOB ⟦D|07/23/1970⟧, our chart ⟦M|SVS-0447182⟧

Dear ⟦N|Sam⟧,
Thank you for referring Mrs. ⟦N|Amponsah-Lartey⟧, whom I saw on ⟦D|May 12th⟧ for hemodialysis access. She currently dialyzes via a R IJ tunneled catheter placed ⟦D|3/30/2099⟧ at ⟦H|Spartanburg Medical Center⟧ and runs MWF at ⟦H|DaVita Southport Dialysis⟧ (chair 9, second shift).
Vein mapping showed a L cephalic vein of 3.4 mm at the wrist and 4.1 mm in the upper arm. Allen's test normal. She is right-handed and works as a ⟦PROF|hairdresser⟧.
I have scheduled a left radiocephalic AV fistula at ⟦H|Pelham Medical Center⟧ on ⟦DAY|Tuesday⟧, ⟦D|June 3, 2099⟧; ⟦D|June 3⟧ falls on her non-dialysis day. Pre-op labs at her unit on ⟦D|5/30⟧ please. Her husband ⟦N|Kofi⟧ (⟦P|864-555-0128⟧) will bring her.
Anticoagulation: none. She has a Wound VAC history from a ⟦D|2096⟧ C-section dehiscence — no relevance here.
With kind regards,
⟦N|Genevieve Lacroix-Dumont⟧, MD, RPVI
cc: Dr. ⟦N|Yaw Ofori⟧ (PCP, ⟦H|Regional Health Plus⟧); ⟦O|DaVita⟧ social worker ⟦N|Bettina Sorrells⟧
`);

note("hf-phone-call", `
TELEPHONE ENCOUNTER — Heart Failure Clinic, ⟦H|OSF Cardiovascular Institute⟧ (⟦C|Peoria⟧)        ⟦D|5/14/2099⟧ 10:22
Caller: ⟦N|Lorraine Becker-Oyelaran⟧ (wife/HCPOA) re: ⟦N|Becker-Oyelaran, Gerhard⟧ (MRN ⟦M|OSF44718209⟧, DOB ⟦D|02/27/1950⟧)
Call back #: ⟦P|(309) 555-0171⟧ (cell) or home ⟦P|309-555-0102⟧
Reason: wt up 5 lb in 3 days (198.6 → 203.8), more SOB lying flat, using 3 pillows. Ankles swollen. No CP. BP this am 104/62, HR 88 (home cuff). Taking Entresto 24/26 bid, carvedilol 6.25 bid, spironolactone 25, torsemide 40 daily, Farxiga. Ate ham at their grandson ⟦N|Tobias⟧'s confirmation ⟦DAY|Sunday⟧ at ⟦O|St. Mark's Lutheran⟧ in ⟦C|Bloomington⟧.
HF RN assessment: NYHA III, congestion. Per standing protocol + d/w Dr. ⟦N|Iris Zalewski⟧: torsemide 40 mg BID x 3 days, BMP/BNP ⟦DAY|Friday⟧ ⟦D|5/16⟧ at ⟦O|OSF OnCall⟧ lab draw or ⟦H|OSF St. Joseph Medical Center⟧. CardioMEMS not implanted. If wt not down 2 lb by ⟦DAY|Friday⟧ → HF clinic visit (hold slot ⟦D|5/19⟧ 8:40 w/ ⟦N|Quentin Abara⟧, NP).
Red flags reviewed; wife teach-back done.
⟦N|Hollis Jankowski⟧, RN, HF nurse navigator — pager ⟦P|4471⟧
`);

note("remote-monitoring-portal-note", `
Device Clinic — Remote Monitoring Review (Abbott Merlin.net)                   ⟦H|Bronson Heart and Vascular Kalamazoo⟧
Pt: ⟦N|Wen Xiaoling⟧ (⟦N|Linda Wen⟧)     MRN ⟦M|BH-30447182⟧     DOB ⟦D|1948-12-01⟧
Device: ⟦O|Abbott⟧ Gallant HF CRT-D CDHFA500Q, SN ⟦DEV|810447182⟧; implanted ⟦D|2097-08-19⟧ at ⟦H|Borgess Medical Center⟧ (Dr. ⟦N|Pokhrel⟧)
Transmission ⟦D|2099-05-13⟧ 03:11 (scheduled, via myMerlinPulse app on pt's phone; app session from IP ⟦IP|73.158.44.219⟧)
BiV pacing 97.8%. AT/AF burden 0.4%. No VT/VF. CorVue thoracic impedance trending down since ⟦D|5/6⟧ (threshold crossed ⟦D|5/10⟧).
Battery 5.9 y. Leads stable (RA 0.5 V, RV 0.75 V, LV 1.25 V @ 0.5 ms).
Action: impedance alert → routed to HF pool, pt called by ⟦N|Marguerite Ostrander⟧, RN: 3 lb gain, ate out for ⟦DAY|Mother's Day⟧. Dr. ⟦N|Saleh⟧ ok'd extra furosemide 40 x 2 d.
Portal account: clinic user ⟦UN|bhv_devclinic03⟧, ticket to ⟦O|Abbott⟧ tech support ⟦I|CS-0992-44718⟧ for the dropped transmission of ⟦D|4/29⟧.
Son ⟦N|David Wen⟧ manages the app — ⟦E|davidwen.kzoo@gmail.com⟧, ⟦P|269-555-0131⟧.
Next scheduled remote ⟦D|08/12/2099⟧. Reviewed by ⟦N|MO⟧/⟦N|RS⟧.
`);

note("endocrinology-consult", `
Endocrinology New Patient Consult
⟦H|Texas Tech Physicians Endocrinology⟧ — ⟦S|3601 4th St⟧, ⟦C|Lubbock⟧ ⟦STATE|TX⟧ ⟦Z|79430⟧
Date: ⟦D|14 May 2099⟧    Attending: ⟦N|Sunil Ghosh⟧, MD    Fellow: Dr. ⟦N|Esperanza Villalobos⟧

Patient: ⟦N|Haile Gebremariam⟧ ("⟦N|Haile G.⟧"), 34 y/o M, MRN ⟦M|TTP-0447718⟧, DOB ⟦D|10/30/2064⟧
Referred by ⟦N|Rachel Amsel⟧, PA-C, ⟦H|Covenant Family Medicine - Plainview⟧ for new DM, ? type 1 vs LADA.
HPI: polyuria/polydipsia since ⟦D|March⟧, 22 lb wt loss, DKA admission ⟦D|4/18/2099⟧–⟦D|4/21/2099⟧ at ⟦H|University Medical Center⟧ (BG 612, pH 7.11). GAD65 ab 48 (pos), C-peptide 0.3. Works nights as a ⟦PROF|freight dispatcher⟧ for ⟦O|Plains Cotton Cooperative⟧.
FHx: mother ⟦N|Tsehay⟧ with T2DM in ⟦C|Addis Ababa⟧ (⟦COUNTRY|Ethiopia⟧); brother ⟦N|Dawit⟧ with Hashimoto's.
Current: insulin glargine 18 u qhs, insulin lispro (Humalog) 1:12 + CF 1:50. HbA1c 11.8%. FreeStyle Libre 3 since d/c — sensor SN ⟦DEV|0M00447182K⟧.
Plan: type 1 DM (autoimmune). CDCES visit w/ ⟦N|Kelsey Brummett⟧, RN ⟦D|5/21⟧; pump education (t:slim X2 vs Omnipod 5) at 3 mo. Glucagon (Baqsimi). Thyroid panel, celiac screen.
Insurance: ⟦O|FirstCare Health Plans⟧ #⟦HP|FC2099118447⟧; pharmacy ⟦O|United Supermarkets Pharmacy⟧ on ⟦S|82nd St⟧.
Wife ⟦N|Meron Tesfaye⟧ (⟦P|806-555-0154⟧) present and took notes.
— ⟦N|EV⟧/⟦N|SG⟧
`);

note("cgm-download-summary", `
CGM Download Summary (Dexcom Clarity, 14 days: ⟦D|Apr 30⟧ – ⟦D|May 13, 2099⟧)
Clinic: ⟦H|Bronson Diabetes and Endocrinology Center⟧   Clinic code 44718   Reviewed by ⟦N|Amber Steenwyk⟧, RN, CDCES, ⟦D|5/14/99⟧
Patient: ⟦N|Elise Vanderkooi⟧   DOB ⟦D|10/2/2011⟧   Sharing account: ⟦E|heidi.vanderkooi@outlook.com⟧ (mother)
Device: G7, receiver = phone; sensor serials ⟦DEV|8GQ4471K2⟧ (⟦D|4/30⟧–⟦D|5/9⟧), ⟦DEV|8GQ4471M7⟧ (⟦D|5/9⟧–present)
Metric               Value     Goal
Time in range 70-180 54%       >70%
Time above 250       19%       <5%
Time below 70        6%        <4%
Time below 54        2%        <1%
GMI                  7.9%
CV                   41%       ≤36%
Pattern: overnight lows 0200-0400 on soccer days; post-breakfast spikes. Pump data (t:slim SN ⟦DEV|1447182⟧) uploaded via t:connect from IP ⟦IP|98.204.17.66⟧ ⟦D|5/13⟧.
Suggest: basal 0000-0600 0.65 → 0.55; I:C breakfast 1:8 → 1:7. Messaged Dr. ⟦N|Ghaffari⟧ for approval; mom ⟦N|Heidi⟧ notified via portal.
`);

note("pulmonary-clinic-note", `
PULMONARY CLINIC NOTE — ⟦H|Mayo Clinic Health System⟧ - ⟦C|Eau Claire⟧                  Visit: ⟦D|05-14-2099⟧
Patient: ⟦N|Zbigniew "Ziggy" Wróblewski⟧   MRN ⟦M|MCHS-4471820⟧   DOB ⟦D|11-03-1942⟧
Provider: ⟦N|Helga Sørensen⟧, MD   RT: ⟦N|Paulette Vang⟧, RRT
S: COPD GOLD 4 (group E), on home O2 2 L via ⟦O|Lincare⟧ (acct ⟦I|LC-71844720⟧). 2 exacerbations since ⟦D|Dec⟧, last needing ⟦H|HSHS Sacred Heart Hospital⟧ admission ⟦D|2/9⟧–⟦D|2/14/2099⟧. mMRC 3. CAT 24. Still smokes 3 cig/d (down from 1 ppd); his grandson ⟦N|Kacper⟧ bought him an e-cig.
Meds: Trelegy Ellipta 1 puff daily, albuterol PRN ~4x/d, roflumilast 500 mcg, azithromycin 250 MWF, Dupixent started ⟦D|4/2099⟧ via ⟦O|Optum Specialty Pharmacy⟧.
O: SpO2 89% 2L rest, 84% on 6MW (270 m), HR 96. Eos 340 (⟦D|4/28⟧).
PFT ⟦D|5/1/2099⟧: FEV1 0.71 L (27%), FEV1/FVC 0.38, DLCO 34%.
A/P: severe COPD. Increase O2 to 3 L w/ exertion, new CMN to ⟦O|Lincare⟧ (fax ⟦F|715-555-0112⟧). Pulm rehab at ⟦H|Marshfield Medical Center - Eau Claire⟧. LVR eval (Zephyr valve) — refer Dr. ⟦N|Teodora Ionescu⟧ at ⟦H|Froedtert Hospital⟧, ⟦C|Milwaukee⟧. Smoking cessation: varenicline. Goals of care: wants full code for now; POA is daughter ⟦N|Agnieszka Wróblewska-Lund⟧ ⟦P|715-555-0166⟧.
⟦N|HS⟧/⟦N|pv⟧
`);

note("rheum-infusion-nursing", `
Infusion Nursing Note — ⟦H|PeaceHealth Infusion Center Eugene⟧, chair 4        ⟦DAY|Wed⟧ ⟦D|5/14/2099⟧
Pt: ⟦N|Castellanos, Pilar Inés⟧   MRN ⟦M|PH-2099-04471⟧   DOB ⟦D|3/22/1979⟧   Wt 64.2 kg
Hx: secondary Sjogren, Raynaud. Order: rituximab 1000 mg IV (dose 2 of 2; dose 1 ⟦D|4/30⟧) for RA, ordered by Dr. ⟦N|Ingrid Castellanos-Wold⟧. Premeds: acetaminophen 650, diphenhydramine 25, methylprednisolone 100 IV at 0905.
0920 start 50 mg/h → ↑ 100 mg/h q30 min as tolerated to 400 mg/h. 1105 pruritus + flushing at 300 mg/h; paused, famotidine 20 IV; resumed 150 mg/h at 1135 per Dr. ⟦N|Harlan Voss⟧ (on call). Completed 1452. VS stable. No SOB.
PIV 22g L forearm ×1 (⟦N|N. Oduya⟧, RN).
Drug from ⟦O|PeaceHealth Specialty Pharmacy⟧, lot 4471A (biosimilar Truxima per ⟦O|Regence BlueCross BlueShield of Oregon⟧ policy; PA # ⟦I|REG-99-0418827⟧ valid through ⟦D|11/13/2099⟧).
Hep B core ab neg (⟦D|03/2099⟧). Next: DAS28/CDAI at ⟦D|6/12⟧ rheum visit.
Ride: her neighbor ⟦N|Beatriz Ocasio⟧ drove her, ⟦P|541-555-0117⟧.
⟦N|Nneka Oduya⟧, RN, CRNI / co-sign ⟦N|T. Halvorsrud⟧, RN
`);

note("hepatology-letter", `
⟦H|University of Rochester Medical Center⟧ · Division of Gastroenterology & Hepatology
⟦S|601 Elmwood Ave⟧, Box 646, ⟦C|Rochester⟧, ⟦STATE|NY⟧ ⟦Z|14642⟧ · ⟦P|585-555-0183⟧ · fax ⟦F|585-555-0184⟧

⟦D|14 May 2099⟧

Dr. ⟦N|Petra Vukovich⟧
⟦H|Jones Memorial Hospital⟧ Internal Medicine, ⟦C|Wellsville⟧ ⟦STATE|NY⟧

RE: ⟦N|Ignatius Onyekachi Eze⟧   DOB ⟦D|12 Aug 1958⟧   URMC # ⟦M|004471820⟧

Dear Dr. ⟦N|Vukovich⟧,
I saw Mr. ⟦N|Eze⟧ today in hepatology clinic. He has decompensated cirrhosis from chronic hepatitis B (HBeAg neg, DNA undetectable on entecavir since ⟦D|2091⟧) with hepatocellular carcinoma treated by TACE (⟦D|Feb 2099⟧). Child-Pugh B8, MELD-Na 17. AFP 6.2 (down from 88). Varices: EGD ⟦D|4/24/2099⟧ by Dr. ⟦N|Brennan⟧ showed small varices, banded x2.
Within Milan criteria — referred for transplant evaluation at ⟦H|Strong Memorial Hospital⟧ Liver Transplant Program, coordinator ⟦N|Destiny Arbuckle⟧, RN, ⟦P|585-555-0190⟧. His niece ⟦N|Chiamaka Eze-Hollister⟧ is considering living donation; she lives in ⟦C|Buffalo⟧.
Please continue entecavir 0.5 mg, carvedilol 6.25 bid, lactulose titrated to 2-3 BMs, rifaximin 550 bid (copay via ⟦O|Bausch Health⟧ program). Imaging q3 mo (next MRI ⟦D|Aug 2099⟧).
Sincerely,
⟦N|Olamide Fashola-Kent⟧, MD, Transplant Hepatology
`);

note("liver-listing-committee", `
Liver Transplant Selection Committee Minutes — ⟦H|UAB Comprehensive Transplant Institute⟧ — ⟦D|05/28/2099⟧ (draft prepared ⟦D|5/14⟧)
Chair: Dr. ⟦N|Vijay Ramaswamy⟧. Present: Dr. ⟦N|Helen Schoenfeld⟧ (IR), Dr. ⟦N|Marcus Obi⟧ (surgery), ⟦N|Ifeoma Nwachukwu⟧, RN (coordinator), ⟦N|Caleb Whitlock⟧, LCSW, ⟦N|Judith Ambrose⟧, PharmD, ⟦N|A. Ferreira⟧ (finance).
Candidates:
1. ⟦N|DOTHARD, Clarence Earl⟧, MRN ⟦M|UAB-04471828⟧, DOB ⟦D|06/01/1966⟧, ⟦C|Dothan⟧. Alcohol-associated cirrhosis, MELD-Na 24, sobriety ⟦D|10/2098⟧ (PEth neg x3), ⟦O|Southeast Alabama Recovery⟧ letter on file. Caregiver sister ⟦N|Bernice Dothard-Wyatt⟧. Insurance ⟦O|Viva Health⟧ ⟦HP|VH4471820-01⟧. DECISION: approved for listing; UNOS registration ⟦I|CED4471⟧ to be entered by ⟦N|IN⟧.
2. ⟦N|PHAM, Quoc Bao⟧, MRN ⟦M|UAB-03318821⟧, DOB ⟦D|02/14/1971⟧, ⟦C|Mobile⟧. NASH + HCC (2 lesions, 2.1 and 1.6 cm). DECISION: list with HCC exception; MELD exception request to NLRB ⟦D|5/29⟧. Wife ⟦N|Lan⟧ interpreter not needed.
3. ⟦N|McALLISTER, Opal Jean⟧, DOB ⟦D|09/09/1954⟧, ⟦C|Tuscaloosa⟧. Deferred — needs dental clearance (Dr. ⟦N|Hatcher⟧) and cardiology stress test at ⟦H|DCH Regional Medical Center⟧.
Minutes: ⟦N|Judith Ambrose⟧.
`);

note("wound-care-consult", `
Wound Care Consult — ⟦H|Grand River Wound & Hyperbaric Center⟧, ⟦C|Grand Rapids⟧ ⟦STATE|MI⟧
Date: ⟦D|May 14th, 2099⟧   Referring: Dr. ⟦N|Femi Olaniyan⟧ (vascular, ⟦H|Corewell Health Butterworth Hospital⟧)
Pt: ⟦N|Terpstra, Hendrik "Hank"⟧   DOB ⟦D|08/30/1944⟧   MRN ⟦M|GRW-004471⟧   Medicare ⟦HP|7KQ2-WE9-TY44⟧ + ⟦O|Blue Cross Blue Shield of Michigan⟧ Medigap
Lives with wife ⟦N|Wilhelmina⟧ in ⟦C|Zeeland⟧; son ⟦N|Pieter Terpstra⟧ (⟦P|616-555-0185⟧) in ⟦C|Holland⟧.
Wound: L great toe amputation site (⟦D|3/19/2099⟧, ⟦H|Holland Hospital⟧), non-healing 8 wk; 2.3 × 1.8 × 0.6 cm, probe to bone neg, granular 60%, slough 40%. TcPO2 38 mmHg dorsum. ABI 0.71 post L SFA stent (⟦D|4/2099⟧). Wagner grade 2. HbA1c 7.4.
Plan: sharp debridement today (97597), collagen + foam, offloading CAM boot from ⟦O|Hanger Clinic⟧. Consider HBO if Wagner 3. Wound VAC not indicated now.
Follow-up weekly with Nurse ⟦N|Kowalski⟧; photos to ⟦U|https://portal.grwoundcenter.com/p/44718⟧.
⟦N|Deborah Kaminski-Reyes⟧, DNP, CWS, FACCWS
`);

note("prior-auth-appeal-letter", `
⟦H|Pulmonary & Sleep Associates of Amarillo⟧
⟦S|1901 Medi Park Dr⟧, Bldg C, ⟦C|Amarillo⟧, ⟦STATE|TX⟧ ⟦Z|79106⟧   Phone ⟦P|806-555-0198⟧ | Fax ⟦F|806-555-0199⟧

⟦D|May 14, 2099⟧

⟦O|Superior HealthPlan⟧ — Medical Appeals
⟦S|P.O. Box 5000⟧, ⟦C|Austin⟧, ⟦STATE|TX⟧ ⟦Z|78711⟧

Re: Second-level appeal, BiPAP ST with backup rate (E0471)
Member: ⟦N|Clementine Okoro-Saxon⟧   DOB ⟦D|04/02/1958⟧   Medicaid ID ⟦HP|518447182⟧   Auth request ⟦I|SHP-PA-9904471820⟧   Appeal # ⟦I|AP-2099-118847⟧

To the reviewing physician:
Ms. ⟦N|Okoro-Saxon⟧ has obesity hypoventilation syndrome (BMI 52) with chronic hypercapnic respiratory failure: ABG ⟦D|3/3/2099⟧ at ⟦H|BSA Hospital⟧ pH 7.31, PaCO2 68. She failed CPAP during titration on ⟦D|4/1/2099⟧ (CO2 rose to 61 by TcCO2, sustained SpO2 < 88% for 41 min). Your denial of ⟦D|4/22/2099⟧ (reviewer Dr. ⟦N|K. Hammond⟧) cited "no documentation of CPAP trial"; the titration report, study ⟦I|PSA-T-44718⟧, is attached.
She has been admitted twice (⟦D|Jan 2099⟧, ⟦D|Mar 2099⟧) for hypercapnia. Without BiPAP ST she will return to the ICU.
Her DME supplier will be ⟦O|Panhandle Respiratory Services⟧ (NPI ⟦I|1447182901⟧).
I request a peer-to-peer if needed: my cell ⟦P|806-555-0140⟧.
Sincerely,
⟦N|Rodrigo Benavides⟧, MD, FCCP, Sleep Medicine
Enclosures (4). cc: ⟦N|Clementine Okoro-Saxon⟧; case manager ⟦N|Trina Pugh⟧, ⟦O|Superior HealthPlan⟧ (⟦E|tpugh@superiorhp-example.com⟧)
`);

note("peer-to-peer-note", `
Peer-to-Peer Review Note                               ⟦D|5/14/2099⟧ 13:45-13:58
Requesting: Dr. ⟦N|Ruth Abernathy-Sloan⟧ (GI, ⟦H|Iowa Digestive Disease Center⟧, ⟦C|Iowa City⟧)
Payer: ⟦O|UnitedHealthcare⟧ — medical director Dr. ⟦N|Phillip Greaves⟧; reference ⟦I|UHC-P2P-20990514-4471⟧; call-in ⟦P|866-555-0142⟧ option 3, PIN 4471
Member: ⟦N|Sandoval, Xochitl⟧, DOB ⟦D|1/16/1995⟧, ID ⟦HP|944718209⟧, group ⟦HP|0771820⟧ (employer ⟦O|Collins Aerospace⟧)
Request: infliximab-dyyb (Inflectra) 10 mg/kg q4wk dose escalation for Crohn's colitis; current 5 mg/kg q8wk since ⟦D|Sept 2098⟧. Trough ⟦D|4/18⟧: 1.2 (⟦O|Prometheus Laboratories⟧), no antibodies. CDAI... (Harvey-Bradshaw 11), calprotectin 1,420, colonoscopy ⟦D|4/25/2099⟧ with active disease.
Outcome: approved 10 mg/kg q8wk ×6 months (not q4wk). Auth ⟦I|A994471820⟧ effective ⟦D|5/14/2099⟧–⟦D|11/13/2099⟧.
Infusions at ⟦H|UI Health Care–Iowa River Landing⟧ infusion suite; pt's mother ⟦N|Guadalupe⟧ notified per pt request (⟦P|319-555-0124⟧).
Documented by ⟦N|Karissa Vo⟧, RN, prior auth team.
`);

note("cardio-to-ep-referral", `
Referral — Cardiology → Electrophysiology
From: Dr. ⟦N|Leopold Asante⟧, ⟦H|Savannah Cardiology⟧ (⟦P|912-555-0163⟧)
To: Dr. ⟦N|Mireille de la Cruz⟧, EP, ⟦H|Memorial Health Heart & Vascular Institute⟧, fax ⟦F|912-555-0170⟧
Date: ⟦D|5/14/99⟧   Urgency: within 2 weeks

Patient ⟦N|Reginald "Reggie" Pettaway⟧, DOB ⟦D|01/08/1960⟧, MRN ⟦M|SC-1184471⟧, ⟦C|Pooler⟧ ⟦STATE|GA⟧, home ⟦P|912-555-0174⟧.
Reason: symptomatic paroxysmal AF despite flecainide + metoprolol; 2 ED visits (⟦H|St. Joseph's Hospital⟧ ⟦D|4/02⟧, ⟦H|Candler Hospital⟧ ⟦D|4/27⟧). CHA2DS2-VASc 3, on apixaban (Eliquis) 5 bid. Loop recorder (LINQ II, SN ⟦DEV|RLB447182G⟧) shows AF burden 18%.
Echo ⟦D|3/2099⟧: LVEF 55%, LA 4.6 cm. TSH nl. Sleep study ordered — pt has untreated OSA.
Request: consideration of PVI ablation. Please also take over the LINQ monitoring from ⟦O|Medtronic⟧ CareLink clinic account ⟦UN|savcardio_linq⟧.
Insurance ⟦O|Cigna⟧ ⟦HP|U44718209-03⟧. Wife ⟦N|Yvette⟧ is his contact.
Thank you, ⟦N|Leo Asante⟧
`);

note("pharmacy-refill-request", `
⟦O|Walgreens #07718⟧ · ⟦S|2520 S Campbell Ave⟧ · ⟦C|Springfield⟧, ⟦STATE|MO⟧ ⟦Z|65807⟧ · Ph ⟦P|417-555-0196⟧ · Fax ⟦F|417-555-0197⟧
eRx Renewal Request (SureScripts) — sent ⟦D|05/14/2099⟧ 07:44 CDT
To: ⟦N|Mahnaz Farahani⟧, MD, ⟦H|CoxHealth Heart Failure Clinic⟧, fax ⟦F|417-555-0180⟧
Patient: ⟦N|Dunaway, Lyle Everett⟧   DOB ⟦D|07/04/1951⟧   ⟦S|4418 S Fremont Ave⟧, ⟦C|Springfield⟧ ⟦STATE|MO⟧ ⟦Z|65804⟧   ⟦P|417-555-0111⟧
Medication: Entresto 97-103 mg tab, 1 PO BID, qty 60, refills requested 5. Last filled ⟦D|04/13/2099⟧.
Medication: spironolactone 25 mg, 1 daily, qty 90.
Prior authorization status (Entresto): on file with ⟦O|Express Scripts⟧ — PA # ⟦I|ESI-2099-4471820⟧ expires ⟦D|6/30/2099⟧.
Patient note: "my old cardiologist Dr. ⟦N|Kettering⟧ retired, please send to Dr. ⟦N|Farahani⟧" — per tech ⟦N|Lakisha⟧.
RPh: ⟦N|Owen Castellano⟧, PharmD. Prescriber response: ☐ approve ☐ deny ☐ change
`);

note("dme-supply-order", `
Diabetes Supply Order — ⟦O|CCS Medical⟧ (fax intake ⟦F|877-555-0144⟧)                  Order ⟦I|CCS-99-0514-4471⟧
Date: ⟦D|2099-05-14⟧      Rep: ⟦N|Jeremiah Lomeli⟧ ⟦E|jlomeli@ccsmed-example.com⟧
Patient: ⟦N|Tuilagi, Salote⟧   DOB ⟦D|1983-01-25⟧   Address ⟦S|903 W Sunshine St⟧, Apt 12, ⟦C|Springfield⟧ ⟦STATE|MO⟧ ⟦Z|65807⟧   Cell ⟦P|417-555-0158⟧
Plan: ⟦O|Missouri Medicaid (MO HealthNet)⟧ DCN ⟦HP|104471820⟧; secondary none.
Items: Omnipod 5 Pods (10/box) ×3 boxes/30 d; Dexcom G7 sensors ×3/30 d; alcohol wipes; glucose tabs. Current PDM SN ⟦DEV|PDM-44718-2099-B⟧.
Prescriber: Dr. ⟦N|Kateryna Shevchuk⟧, ⟦H|Mercy Clinic Endocrinology - Springfield⟧, NPI ⟦I|1881447120⟧, ph ⟦P|417-555-0102⟧
Last visit note required within 6 months: visit ⟦D|2099-03-02⟧ on file. Diagnosis E10.9.
Shipping: FedEx to home, signature waived. Bill MO HealthNet as primary; mark "no substitution" on pods. Emergency contact husband ⟦N|Viliami Tuilagi⟧ ⟦P|417-555-0159⟧.
Notes: pt requested Spanish? — no, Tongan; interpreter ⟦N|'Ana Fifita⟧ from ⟦O|Ozarks Language Services⟧.
`);

note("anticoag-phone-log", `
Anticoag Clinic Phone Log — ⟦H|Carle Foundation Hospital⟧ Anticoagulation Service, ⟦C|Urbana⟧ ⟦STATE|IL⟧          Week of ⟦D|5/12/2099⟧
Date/time        Patient (MRN)                                  INR   Action                                        Staff
⟦D|5/12⟧ 0915    ⟦N|Meeks, Ora⟧ (⟦M|C4471820⟧)                          2.4   continue 5 mg daily, next ⟦D|6/9⟧             ⟦N|JRK⟧
⟦D|5/12⟧ 1040    ⟦N|Abboud, Farid⟧ (⟦M|C0993184⟧)                       1.5   +2.5 mg x1, recheck ⟦D|5/19⟧ — missed 2 doses  ⟦N|JRK⟧
⟦D|5/13⟧ 1320    ⟦N|Castillo-Brandt, Mercedes⟧ (⟦M|C1184472⟧)           5.6   hold x2, vit K 2.5 mg PO, recheck ⟦D|5/15⟧; daughter ⟦N|Ines⟧ informed ⟦P|217-555-0135⟧   ⟦N|AMW⟧
⟦D|5/13⟧ 1500    ⟦N|Oduro, Nana Akosua⟧ (⟦M|C2209417⟧)                  3.2   no change; pre-op hold plan for colonoscopy ⟦D|5/28⟧ w/ Dr. ⟦N|Feinberg⟧   ⟦N|AMW⟧
⟦D|5/14⟧ 0830    ⟦N|Yoder, Elam⟧ (⟦M|C3318470⟧)                         —     no show for POC INR; lvm ⟦P|217-555-0172⟧      ⟦N|JRK⟧
⟦D|5/14⟧ 0945    ⟦N|Lindahl, Astrid⟧ (⟦M|C4471903⟧), age ⟦A|93⟧          2.8   continue; home meter SN ⟦DEV|CX4471820⟧ via ⟦O|Roche⟧ patient self-testing    ⟦N|AMW⟧
Staff: ⟦N|Jolene R. Kessler⟧, PharmD (⟦N|JRK⟧); ⟦N|Alicia M. Whitebear⟧, RN (⟦N|AMW⟧). Supervising: Dr. ⟦N|Gunther Altmann⟧.
`);

note("transplant-coordinator-email", `
From: ⟦N|Rosalind Achterberg⟧ <⟦E|rachterberg@nebraskamed-example.com⟧>
To: ⟦N|Tran, Minh Chau⟧ <⟦E|minhchau.tran99@yahoo.com⟧>
Cc: ⟦E|kidneytxp@nebraskamed-example.com⟧
Sent: ⟦DAY|Wednesday⟧, ⟦D|May 14, 2099⟧ 4:18 PM
Subject: Your living donor evaluation — next steps

Hi ⟦N|Minh Chau⟧,
Thank you for completing your donor health history for your brother, ⟦N|Tran Van Long⟧ (recipient #⟦I|R-4471820⟧). Your donor ID is ⟦I|LD-2099-0113⟧ — please use it whenever you call.
Next steps:
• Labs at any ⟦O|Quest Diagnostics⟧ — orders faxed; bring the requisition, account ⟦I|97104471⟧.
• 24-hr urine kit mailed to ⟦S|2218 N 56th St⟧, ⟦C|Omaha⟧ ⟦Z|68104⟧.
• Evaluation day at ⟦H|Nebraska Medical Center⟧ on ⟦D|June 10th⟧ — lodging at ⟦LO|Lied Transplant Center⟧ is covered.
Your independent living donor advocate is ⟦N|Francesca Moreno-Glass⟧, LICSW (⟦P|402-555-0144⟧). She works only for you, not your brother's team.
Travel from ⟦C|Hanoi⟧ for your mother ⟦N|Nguyen Thi Hoa⟧: letter for the visa interview attached.
Warmly,
⟦N|Rosalind Achterberg⟧, RN, CCTC | Living Donor Coordinator | ⟦P|402-555-0139⟧ | pager ⟦P|402-555-0170⟧
`);

note("sleep-followup-cpap-download", `
Sleep Medicine Follow-up — ⟦H|Erie Sleep Center at UPMC Hamot⟧ — ⟦D|5/14/2099⟧
Pt: ⟦N|Kowalczyk, Stanisław (Stan)⟧   DOB ⟦D|2/28/1964⟧   MRN ⟦M|UH-77104471⟧
PAP: AirSense 11 AutoSet SN ⟦DEV|23222447182⟧ (set up ⟦D|2/10/2099⟧ by ⟦O|Penn Home Medical Supply⟧), AirView remote.
Download ⟦D|4/14⟧–⟦D|5/13⟧: usage 29/30 days, ≥4 h 90%, avg 6 h 41 min. 95th %ile pressure 12.4. Residual AHI 3.8. Leak 95th 18 L/min. 
Epworth 14 → 6. Wife ⟦N|Dorota⟧ reports snoring gone. Nasal dryness → humidity 4→5. Mask: F20 medium, new cushion.
Compliance met for ⟦O|Highmark⟧ (member ⟦HP|HMK-774471820⟧). Letter sent to his employer's DOT examiner, Dr. ⟦N|Alvin Sheets⟧, ⟦O|Concentra⟧ ⟦C|Erie⟧.
Old DreamStation (recalled) SN ⟦DEV|J44718203DA1⟧ returned to ⟦O|Philips⟧ ⟦D|3/2099⟧, case ⟦I|PRC-0447182⟧.
F/u 1 yr. — ⟦N|Natalia Ferreira-Lomax⟧, PA-C / supervising Dr. ⟦N|Omar Haddadin⟧
`);

note("dialysis-social-work-note", `
Social Work Note — ⟦H|DaVita Altoona Dialysis⟧, ⟦S|1500 9th Ave⟧, ⟦C|Altoona⟧ ⟦STATE|PA⟧ ⟦Z|16602⟧        ⟦D|5-14-99⟧
Pt: ⟦N|Shawnee Whitehorse-Davis⟧, 58F, MWF 1st shift, chair 17. MRN ⟦M|DVA-4471820⟧. Medicare ⟦HP|3RT9-MK4-PL17⟧, Medicaid (⟦O|PA Health & Wellness⟧) ⟦HP|7704471820⟧.
Met with pt chairside re: transportation and transplant wait-list status.
1. Transport: ⟦O|AMTRAN⟧ shared ride late x4 in ⟦D|April⟧ (missed 45 min tx ⟦D|4/21⟧). Complaint #⟦I|AMT-2099-0447⟧. Alt: ⟦O|Blair Senior Services⟧ volunteer drivers — enrolled, client ⟦I|BSS-11847⟧.
2. Transplant: active on list at ⟦H|UPMC Presbyterian⟧ ⟦C|Pittsburgh⟧ since ⟦D|12/02/2097⟧; UNOS ⟦I|WHD4471⟧. Needs annual dental + PAP smear; coordinator ⟦N|Gretchen Oyler⟧ ⟦P|412-555-0182⟧ confirmed.
3. Finances: ⟦O|American Kidney Fund⟧ HIPP grant renewed, grant ⟦I|AKF-99-044718⟧.
4. Support: husband ⟦N|Dale Davis⟧ recently disabled (back injury at ⟦O|Norfolk Southern⟧ ⟦LO|Juniata⟧ shops). Daughter ⟦N|Kaya⟧ at ⟦O|Penn State Altoona⟧.
PHQ-2 = 1. Follow-up next month. ⟦N|Bridget Crissman⟧, MSW, LSW — ⟦E|bcrissman@davita-example.com⟧ — ⟦P|814-555-0165⟧ ext ⟦P|12⟧
`);

note("lvad-clinic-log", `
LVAD Clinic — Weekly Phone/Log Review — ⟦H|Sentara Norfolk General Hospital⟧ Advanced Heart Failure
Pt: ⟦N|Okonkwo, Chukwuemeka "Emeka"⟧   MRN ⟦M|SNG-00447182⟧   DOB ⟦D|05/05/1963⟧   HeartMate 3 implanted ⟦D|01/15/2098⟧ (DT), surgeon Dr. ⟦N|Anneliese Fairbanks⟧
Controller SN ⟦DEV|HMC-4471820⟧; backup controller SN ⟦DEV|HMC-4471821⟧; pump SN ⟦DEV|LVD447182⟧
Date     Speed  Flow  PI   Power  Alarms        Wt (lb)  INR   Caller / RN
⟦D|5/8⟧      5400   4.6   3.4  4.3    none          214      2.3   self / ⟦N|KD⟧
⟦D|5/11⟧     5400   4.4   3.1  4.4    1 low flow    216      2.0   wife ⟦N|Adaeze⟧ / ⟦N|KD⟧
⟦D|5/14⟧     5400   4.5   3.3  4.3    none          213      2.6   self / ⟦N|MPB⟧
Driveline site: photo via portal ⟦D|5/13⟧ — mild erythema; cx not needed; daughter ⟦N|Ngozi⟧ doing dressing changes (trained ⟦D|Feb 2099⟧).
Warfarin managed by VAD team (goal 2.0-2.5). Aspirin 81.
Power company letter (life-support equipment priority) renewed with ⟦O|Dominion Energy⟧, account ⟦I|4471820993⟧.
Next clinic ⟦D|5/29/2099⟧, echo ramp study. VAD coordinators: ⟦N|Kendra Dorsey⟧, RN (⟦N|KD⟧); ⟦N|Mason P. Bullock⟧, RN (⟦N|MPB⟧); VAD pager ⟦P|757-555-0120⟧.
`);

note("dialysis-dietitian-note", `
Renal Dietitian Monthly Note — ⟦H|Fresenius Kidney Care Bangor⟧ (⟦S|900 Broadway⟧, ⟦C|Bangor⟧ ⟦STATE|ME⟧)      ⟦D|May 2099⟧ labs (drawn ⟦D|5/6⟧)
Pt: ⟦N|Gagnon, Rosaire "Ro"⟧, chair 3, TTS 2nd shift. FKC MRN ⟦M|FKC-20447182⟧
Labs: Alb 3.6, Phos 6.9 (↑), K 5.8 (↑), Ca 8.8, PTH 688, nPCR 0.9, Kt/V 1.31 (URR 68%).
Diet recall: he's been eating at his brother ⟦N|Réjean⟧'s camp on ⟦LO|Moosehead Lake⟧ — canned beans, potato chips, bananas. Not taking sevelamer with lunch.
Plan: binder teaching w/ wife ⟦N|Claudette⟧; swap to lanthanum chewable? d/w Dr. ⟦N|Thibodeau⟧ ⟦D|5/16⟧. Low-K food list in French provided. Refer ⟦O|Meals on Wheels of Penquis⟧ (ref ⟦I|MOW-0447⟧).
Next review ⟦D|June 2099⟧. ⟦N|Sunny Paquette⟧, RD, CSR, LD — ext ⟦P|2260⟧
`);

write();
