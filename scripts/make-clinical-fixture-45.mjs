// Why this file exists: builds test/fixtures/clinical-notes-45.jsonl, a forty-fifth labelled set of clinical texts
// written by hand in stop 52 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 43 and 44's generators, fixture-io.mjs, test/clinical-notes-44.test.ts, stop 51's
// fx51 and fy51 sections of docs/names-rounds.md and the opening comments of the other generators were read for the
// form, the labels and the registers already held), in the register of BEHAVIOURAL HEALTH, PSYCHIATRY AND ADDICTION,
// which no earlier fixture holds as a whole (fixtures 4, 7 and 9 hold psychiatry and social-work notes among others,
// fixture 44 a suicide-watch log and a re-entry plan): inpatient psychiatric admissions and discharges, ED psychiatric
// holds and evaluations, 988 crisis-line and mobile-crisis notes, involuntary-commitment petitions, orders and hearing
// minutes (case and docket numbers, judges, public defenders, county attorneys, examiners), ACT-team and case-management
// notes, substance-use treatment (a detox admission, a residential ASAM review, an opioid treatment program's dosing log
// and take-home letter, a buprenorphine clinic visit, a 42 CFR Part 2 consent naming programs), recovery housing and
// peer-support notes, an eating-disorder program's review, child and adolescent psychiatry and a residential treatment
// centre's quarterly, a forensic competency evaluation, probation and drug-court letters, a group-therapy note, a safety
// plan, collateral calls with family, a pharmacy's and a payer's calls about long-acting injectables, and texts, chats,
// e-mails and portal messages with clinicians. 15 in ALL CAPS, 8 in lower case, the rest mixed.
// Regions (towns invented or real, states real): Spokane, Medical Lake and Cheney, Pueblo and Littleton, Duluth and
// Cloquet, Huntington and Ironton, Youngstown, Parkersburg, Portland, Biddeford and Saco (Maine), Asheville and Marion,
// Terre Haute, Tulsa, Sapulpa and Vinita, Albuquerque and Gallup, Fresno and Madera, Worcester and Fitchburg, Knoxville,
// Morristown and Hazard, Billings, Hardin and Warm Springs, Bethel, Akiachak, Anchorage and Wasilla, Sioux Falls,
// Burlington and St. Albans, Manchester and Nashua, Dayton, Baton Rouge and Breaux Bridge, Alexandria and Marksville,
// Providence and Pawtucket, Pittsburgh, McKeesport and Duquesne, Lowell, Yakima, San Antonio and Laredo, Buffalo,
// Fort Smith, Chillicothe and Trenton (Missouri), Columbus, Center City and Maple Grove, Douglasville and Macon,
// Seattle, Federal Way, Bellevue and Medford.
// PHI forms sought: names of many origins (Irish, Appalachian, Lakota and Blackfeet, Yup'ik, Navajo, Hmong, Khmer,
// Puerto Rican, Mexican and Tejano with two surnames, Cajun and Québécois, Ukrainian and Polish, Greek, Cape Verdean,
// Vietnamese, Nigerian, Ghanaian, South African, Hawaiian, Indian, Iranian), nicknames in quotes and parentheses, hyphenated and particle surnames, surnames alone after
// a title or role ("JUDGE HALLORAN", "PD Okafor", "peer ridley"), "LAST, FIRST" rosters, group members by first name and
// initial; dates as "03/14/2099", "3/14/99", "14-MAR-2099", "2099-03-14", "March 14th", "Mar 14", "14 March 2099", month
// and year, a bare month, a bare year; ages over 89; phones, faxes, extensions, emails, URLs, an IP; MRNs; case, docket,
// petition, booking, probation, drug-court participant, OTP client, 988 contact, PDMP query, prior-authorization,
// licence (LADC, NPI, DEA) and state-hospital numbers; Medicaid, Medicare and member numbers; device serials (a remote
// breathalyser, a SCRAM bracelet, a take-home lockbox).
// Hard negatives: drugs (Vivitrol, naltrexone, Sublocade, buprenorphine, Suboxone, methadone, Narcan, Invega Sustenna,
// Invega Trinza, Abilify Maintena, Aristada, haloperidol decanoate, clozapine, lithium, Depakote, olanzapine, quetiapine,
// sertraline, fluoxetine, lorazepam, chlordiazepoxide, gabapentin, hydroxyzine, trazodone, prazosin, lisdexamfetamine,
// guanfacine, acamprosate), scales and tools (PHQ-9, GAD-7, C-SSRS, CIWA-Ar, COWS, AUDIT-C, BPRS, Y-BOCS, AIMS,
// EDE-Q, CRAFFT, MoCA, ASAM), DSM and ICD codes (F11.20, F20.9, F31.2, F50.01, F43.10), holds and statutes (5150,
// Baker Act, Marchman Act, Section 12, Tarasoff, 42 CFR Part 2), programmes named in forms (Medicaid, Medicare, SNAP, SSI,
// AA, NA, SMART Recovery, DBT, CBT, EMDR, 988), "Will", "Hope", "Grace" and "Faith" as words, clock times and relative
// dates.
// Labelling follows fixtures 29-44 exactly: weekdays and holidays are `ignored` (DAY), as are states, provinces and
// countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are
// no PHI, and an age over 89 is the number only; clinicians', officers', peers' and staff initials are PHI; titles,
// ranks, roles, degrees, credentials, relations and cue words stay outside the name ("JUDGE ⟦N|HALLORAN⟧", "peer
// ⟦N|ridley⟧"); "the" stays outside a facility; units, wards, pods, rooms, beds and group rooms are left unlabelled;
// psychiatric and behavioural-health hospitals, crisis stabilization units, detox and residential treatment centres,
// opioid treatment programs' clinics and other places of care with a place's or a proper name are HOSPITAL; agencies
// and community mental-health providers named as organisations, courts, public defenders' and county attorneys'
// offices, probation departments, drug courts, sheriffs and police, jails, recovery residences and their operators,
// peer-support groups with a proper name, schools, employers, pharmacies, payers and their behavioural-health
// managers, labs and churches are ORGANIZATION; counties, neighbourhoods, camps, parks, bridges and landmarks are
// LOCATION-OTHER; MRNs and charts are MRN; member, Medicaid, Medicare and policy numbers of health plans HEALTHPLAN;
// case, docket, petition, booking, probation, participant, client, contact, query, authorization, licence, NPI and DEA
// numbers ID; user ids USERNAME; serials of devices DEVICE; extensions and pagers PHONE. Lot numbers, form numbers, hold
// codes (5150, Section 12) and statute sections stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and
// a few large agencies, payers and companies are real, named as places); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-44 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-45.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-45.jsonl", "make-clinical-fixture-45");

// ======================================================== ALL CAPS (15) ========================================================

note("psych-admission-caps", `
PSYCHIATRIC ADMISSION NOTE - ⟦H|EASTERN STATE HOSPITAL⟧, ⟦C|MEDICAL LAKE⟧ ⟦STATE|WA⟧ - WARD 3 NORTH   DATE ⟦D|03/14/2099⟧ 1620
PATIENT: ⟦N|MCGUIRE, CATHAL DECLAN⟧   MRN ⟦M|ESH-0418827⟧   DOB ⟦D|11/02/1986⟧   LEGAL: 14-DAY PETITION, ⟦O|SPOKANE COUNTY SUPERIOR COURT⟧ CAUSE # ⟦I|99-6-00418-32⟧
REFERRED FROM ⟦H|PROVIDENCE SACRED HEART MEDICAL CENTER⟧ ED AFTER DCR ⟦N|ANNIKA LUNDQUIST⟧ (⟦O|FRONTIER BEHAVIORAL HEALTH⟧) DETAINED HIM ⟦D|03/11/2099⟧.
HPI: 12 DAYS NO SLEEP, PRESSURED, BELIEVES HE OWNS THE ⟦LO|MONROE STREET BRIDGE⟧; FOUND IN TRAFFIC ON ⟦S|DIVISION ST⟧ AT ⟦S|W FRANCIS AVE⟧. YMRS 38. C-SSRS NEG.
HX: BIPOLAR I (F31.2), 3 PRIOR ADMITS (LAST ⟦H|INLAND NORTHWEST BEHAVIORAL HEALTH⟧ ⟦D|JUNE 2097⟧). LITHIUM STOPPED ⟦D|JAN 2099⟧ "BECAUSE OF THE SHAKES".
SOCIAL: LIVES WITH BROTHER ⟦N|EAMON MCGUIRE⟧ AT ⟦S|2217 E HARTSON AVE⟧, ⟦C|SPOKANE⟧ ⟦Z|99202⟧ (⟦P|509-555-0173⟧). FORMER ⟦PROF|ELECTRICIAN⟧, LAID OFF BY ⟦O|AVISTA⟧ ⟦D|2096⟧. MOTHER ⟦N|BRIDGET MCGUIRE⟧ IN ⟦C|CHENEY⟧.
INSURANCE: APPLE HEALTH (MEDICAID) PIC ⟦HP|108447182WA⟧, MCO ⟦O|AMERIGROUP⟧.
PLAN: OLANZAPINE 10 QHS, RESTART LITHIUM 300 BID, LEVEL 9 OBSERVATION. HEARING SET ⟦D|03/18/2099⟧ BEFORE COMMISSIONER ⟦N|R. OYELARAN-BIGGS⟧.
ADMITTING PSYCHIATRIST ⟦N|TOVE HALVERSEN-ADEYEMI⟧, MD; RN ⟦N|JEROME KAINOA⟧. ⟦N|TH⟧/⟦N|JK⟧
`);

note("ed-psych-hold-caps", `
EMERGENCY DEPARTMENT - PSYCHIATRIC EVALUATION AND HOLD - ⟦H|PARKVIEW MEDICAL CENTER⟧, ⟦C|PUEBLO⟧ ⟦STATE|CO⟧
DATE: ⟦D|14-MAR-2099⟧   PT: ⟦N|ARCHULETA, DESIREE MONIQUE⟧   MRN ⟦M|PMC4471820⟧   AGE 23   ACCT ⟦I|E0099184472⟧
BROUGHT BY ⟦O|PUEBLO POLICE DEPARTMENT⟧ OFC. ⟦N|VALDEZ-KRUEGER⟧ #⟦I|2291⟧ ON M-1 EMERGENCY MENTAL HEALTH HOLD AFTER 911 CALL FROM ROOMMATE ⟦N|KAYLA STROH⟧.
PT TOOK ~30 TABS OF TRAZODONE AND SERTRALINE, TEXTED HER SISTER ⟦N|ANGELICA ARCHULETA⟧ "I'M DONE". POISON CENTER (⟦O|ROCKY MOUNTAIN POISON AND DRUG SAFETY⟧) CASE # ⟦I|RMP-99-031447⟧.
SCREENS: C-SSRS HIGH RISK, PHQ-9 24, UDS POS THC. EKG QTC 472.
COLLATERAL: SISTER ⟦P|719-555-0142⟧; OUTPATIENT THERAPIST ⟦N|NOEMI CORDOVA⟧, LPC, ⟦O|HEALTH SOLUTIONS⟧ ⟦P|719-555-0190⟧.
DISPO: MEDICALLY CLEARED ⟦D|03/15/2099⟧ 0400. TRANSFER TO ⟦H|COLORADO MENTAL HEALTH HOSPITAL IN PUEBLO⟧ DECLINED (NO BEDS); ACCEPTED AT ⟦H|HIGHLANDS BEHAVIORAL HEALTH SYSTEM⟧, ⟦C|LITTLETON⟧, DR. ⟦N|KASPRZAK⟧ ACCEPTING.
EMTALA TRANSFER FORM SIGNED. TRANSPORT ⟦O|AMR⟧ UNIT 14. PAYER: ⟦O|COLORADO ACCESS⟧ ID ⟦HP|P447182093⟧.
ED ATTENDING ⟦N|BENJAMIN OKAFOR-LINDQVIST⟧, MD. ⟦N|BOL⟧
`);

note("commitment-petition-caps", `
IN THE ⟦O|DISTRICT COURT OF ST. LOUIS COUNTY⟧, SIXTH JUDICIAL DISTRICT, STATE OF ⟦STATE|MINNESOTA⟧
IN THE MATTER OF THE CIVIL COMMITMENT OF: ⟦N|JOSEPH ANTHONY BELLANGER⟧, RESPONDENT.   COURT FILE NO. ⟦I|69DU-PR-99-418⟧
PETITION FOR JUDICIAL COMMITMENT (MENTALLY ILL) - MINN. STAT. 253B.064
PETITIONER: ⟦N|KATHRYN SOBCZAK⟧, LSW, PRE-PETITION SCREENING, ⟦O|ST. LOUIS COUNTY PUBLIC HEALTH AND HUMAN SERVICES⟧, ⟦S|320 W 2ND ST⟧, ⟦C|DULUTH⟧ ⟦Z|55802⟧
RESPONDENT DOB ⟦D|05/21/1979⟧, LAST ADDRESS ⟦S|1114 CLOQUET AVE⟧, ⟦C|CLOQUET⟧; PRESENTLY HELD AT ⟦H|ST. LUKE'S HOSPITAL⟧ ON A 72-HOUR HOLD SINCE ⟦D|MARCH 12, 2099⟧.
EXAMINER'S STATEMENT: DR. ⟦N|PRIYA RAMASWAMY⟧, PSYD, ⟦D|03/13/2099⟧ - SCHIZOPHRENIA (F20.9), REFUSES FOOD, BELIEVES WATER AT ⟦LO|CANAL PARK⟧ IS POISONED; WT LOSS 19 LB.
RESPONDENT'S MOTHER ⟦N|DOLORES BELLANGER⟧ (⟦A|92⟧), ⟦S|5 PARK POINT DR⟧, ⟦C|DULUTH⟧, SUPPORTS PETITION.
COURT-APPOINTED COUNSEL: ⟦N|MARCUS OYAMA⟧, ⟦O|ST. LOUIS COUNTY PUBLIC DEFENDER⟧, ⟦P|218-555-0166⟧. COUNTY ATTORNEY: ⟦N|HEIDI LAAKSONEN⟧, ASST.
HEARING: ⟦D|MARCH 19, 2099⟧, 1:30 PM, JUDGE ⟦N|HALLORAN⟧, COURTROOM 4.
REQUEST JARVIS ORDER (NEUROLEPTICS): HALOPERIDOL DECANOATE.
FILED ⟦D|3/14/99⟧   ⟦N|K. SOBCZAK⟧   FAX TO COURT ADMIN ⟦F|218-555-0171⟧
`);

note("detox-admission-caps", `
WITHDRAWAL MANAGEMENT ADMISSION - ⟦H|PRESTERA CENTER⟧ ADULT DETOX, ⟦S|3375 US ROUTE 60 E⟧, ⟦C|HUNTINGTON⟧ ⟦STATE|WV⟧ ⟦Z|25705⟧
ADMIT ⟦D|2099-03-14⟧ 0115   CLIENT: ⟦N|SPURLOCK, TRAVIS LEE⟧ "⟦N|BUCK⟧"   CLIENT # ⟦I|PC-0441872⟧   DOB ⟦D|08/17/1991⟧   SSN ⟦SSN|233-41-7782⟧
REFERRED BY ⟦O|CABELL COUNTY QUICK RESPONSE TEAM⟧ (PEER ⟦N|SHAYLA MAYNARD⟧) AFTER NARCAN REVERSAL ON ⟦S|HAL GREER BLVD⟧ ⟦D|3/12⟧.
SUBSTANCES: FENTANYL IV 2 G/DAY, METH, XYLAZINE SUSPECTED. LAST USE ⟦D|3/13/99⟧ 2200. COWS 14 ON ARRIVAL. CIWA-AR N/A.
HX: HEP C AB POS (⟦D|2097⟧, ⟦O|VALLEY HEALTH⟧), ENDOCARDITIS ⟦D|2098⟧ AT ⟦H|ST. MARY'S MEDICAL CENTER⟧. PDMP QUERY # ⟦I|WV99-0314-77182⟧: NO BUPRENORPHINE FILLS SINCE ⟦D|OCT 2098⟧.
LEGAL: ⟦O|LAWRENCE COUNTY ADULT PROBATION⟧ (⟦C|IRONTON⟧, ⟦STATE|OH⟧), OFFICER ⟦N|DEWAYNE CASTO⟧ (⟦P|740-555-0118⟧), CASE ⟦I|24CR000418⟧.
EMERGENCY CONTACT: GIRLFRIEND ⟦N|KRYSTAL ADKINS⟧ ⟦P|304-555-0156⟧; DAUGHTER ⟦N|MAKENZIE⟧ (6) WITH ⟦N|ADKINS⟧ FAMILY.
PLAN: BUPRENORPHINE MICRO-INDUCTION, CLONIDINE PRN, NALOXONE KIT AT D/C. BRIDGE TO ⟦H|HUNTINGTON COMPREHENSIVE TREATMENT CENTER⟧ OR SUBLOCADE.
MEDICAID ⟦HP|WV2214471820⟧ (⟦O|AETNA BETTER HEALTH OF WEST VIRGINIA⟧). 42 CFR PART 2 CONSENT ON FILE.
ADMITTING NURSE ⟦N|RHONDA PERDUE⟧, RN; NP ⟦N|ADAORA NWANKWO-HICKS⟧. ⟦N|RP⟧
`);

note("otp-dosing-log-caps", `
⟦H|MAHONING VALLEY TREATMENT SERVICES⟧ - OPIOID TREATMENT PROGRAM - DOSING LOG   ⟦S|1850 MARKET ST⟧, ⟦C|YOUNGSTOWN⟧ ⟦STATE|OH⟧
PATIENT: ⟦N|DIMITRIOU, ANASTASIA⟧   OTP ID ⟦I|MVT-20418⟧   PHASE 3 (2 TAKE-HOMES/WK)   PRESCRIBER DR. ⟦N|ELIAS FARAH-KOWALCZYK⟧
⟦D|03/10/2099⟧ ⟦DAY|MON⟧ METHADONE 95 MG OBSERVED - NURSE ⟦N|CJS⟧
⟦D|03/11/2099⟧ ⟦DAY|TUE⟧ 95 MG OBSERVED - ⟦N|CJS⟧. UDS COLLECTED (OBSERVED BY ⟦N|T. BIANCHI⟧).
⟦D|03/12/2099⟧ ⟦DAY|WED⟧ NO SHOW. CALLED ⟦P|330-555-0135⟧, NO ANSWER; TEXT SENT. HUSBAND ⟦N|NIKOS⟧ SAYS SHE WAS AT ⟦H|ST. ELIZABETH YOUNGSTOWN HOSPITAL⟧ WITH SON.
⟦D|03/13/2099⟧ ⟦DAY|THU⟧ 95 MG OBSERVED - ⟦N|MPL⟧. UDS ⟦D|3/11⟧ RESULT (⟦O|MILLENNIUM HEALTH⟧): METHADONE +, FENTANYL NEG.
⟦D|03/14/2099⟧ ⟦DAY|FRI⟧ 95 MG + 2 TAKE-HOMES (LOCKBOX SN ⟦DEV|LB-771840⟧) - ⟦N|CJS⟧. GUEST DOSING REQUEST: ⟦H|BAY AREA ADDICTION RESEARCH AND TREATMENT⟧, ⟦C|SAN JOSE⟧, ⟦D|04/02⟧-⟦D|04/09/2099⟧ FOR BROTHER'S WEDDING.
CENTRAL REGISTRY CHECK ⟦I|OH-CR-99-184471⟧ CLEAR. COUNSELOR ⟦N|LAKEISHA BROOKINS⟧, LICDC.
`);

note("act-team-weekly-caps", `
ACT TEAM WEEKLY REVIEW - ⟦O|MISSION HEALTH PARTNERS⟧ ACT 2 - ⟦C|ASHEVILLE⟧   WEEK OF ⟦D|MARCH 10, 2099⟧
TEAM LEAD ⟦N|CORINNE WHITESIDE⟧, LCSW; PSYCHIATRIST DR. ⟦N|SANJAY BHATTACHARYA⟧; RN ⟦N|OWEN LEDFORD⟧; PEER ⟦N|DARNELL "D" CRISP⟧; IPS ⟦N|JUANITA ROSAS⟧.
1. ⟦N|HENSLEY, GARLAND⟧ (ID ⟦I|ACT-0217⟧) - INVEGA SUSTENNA 156 MG GIVEN ⟦D|3/11⟧ AT ⟦S|12 CARIBOU RD⟧. BPRS 41. LANDLORD MR. ⟦N|PRESSLEY⟧ THREATENING EVICTION.
2. ⟦N|YANG, TOUA⟧ (ID ⟦I|ACT-0244⟧) - CLOZAPINE 400, ANC ⟦D|3/12⟧ 2.8 (REMS OK). SISTER ⟦N|MAI NOU YANG⟧ INTERPRETS, ⟦P|828-555-0124⟧.
3. ⟦N|QUEEN, LORETTA MAE⟧ (ID ⟦I|ACT-0261⟧) - MISSED 2 VISITS; FOUND AT ⟦LO|PRITCHARD PARK⟧. POSSIBLE RETURN TO ⟦C|MARION⟧ TO HER DAUGHTER ⟦N|TAMMY QUEEN-BURLESON⟧.
4. ⟦N|ABERNATHY, CLIFFORD⟧ (ID ⟦I|ACT-0199⟧) - STARTED JOB AT ⟦O|INGLES MARKETS⟧ #14 (IPS). ARISTADA 882 DUE ⟦D|3/20⟧.
5. ⟦N|RAMÍREZ-OTERO, JULIO⟧ (ID ⟦I|ACT-0270⟧) - ADMITTED ⟦H|BROUGHTON HOSPITAL⟧ ⟦D|3/9⟧ ON IVC; COMMITMENT HEARING ⟦D|3/16⟧, SPECIAL COUNSEL ⟦N|ABIGAIL TRENT⟧.
NEXT REVIEW ⟦D|03/17/2099⟧. MINUTES: ⟦N|OL⟧.
`);

note("drug-court-status-caps", `
⟦O|WOOD COUNTY ADULT DRUG COURT⟧ - TREATMENT STATUS REPORT TO THE COURT   DATE ⟦D|03/14/2099⟧
PARTICIPANT: ⟦N|KIMBLE, RAYLEEN D.⟧   PARTICIPANT # ⟦I|WCDC-1184⟧   DOCKET ⟦I|99-CR-0447⟧   PHASE II, DAY 142
PRESIDING: HON. ⟦N|THEODORE VASQUEZ-HALE⟧   COORDINATOR ⟦N|MELANIE STARCHER⟧   PROBATION ⟦N|J. WOLFINGTON⟧
TREATMENT PROVIDER: ⟦O|WESTBROOK HEALTH SERVICES⟧, ⟦S|2121 7TH ST⟧, ⟦C|PARKERSBURG⟧ ⟦STATE|WV⟧ ⟦Z|26101⟧
ATTENDANCE: IOP 9/9 GROUPS. INDIVIDUAL WITH ⟦N|BRANDON FLEAK⟧, LPC, 2/2. MAT: VIVITROL 380 MG ⟦D|2/28/99⟧, NEXT DUE ⟦D|3/28/99⟧.
TESTING (⟦O|SOBERLINK⟧ DEVICE ⟦DEV|SL-447182⟧, RANDOM UA VIA ⟦O|AVERTEST⟧): 14/14 NEGATIVE. ONE DILUTE ⟦D|3/3⟧.
RECOVERY HOUSING: ⟦O|OXFORD HOUSE MOUNTAINEER⟧, ⟦S|1704 PLUM ST⟧, ⟦C|PARKERSBURG⟧. HOUSE PRESIDENT ⟦N|TERRY LOWTHER⟧.
EMPLOYMENT: ⟦O|DUPONT WASHINGTON WORKS⟧ CONTRACTOR (⟦O|BRAND SAFWAY⟧) SINCE ⟦D|FEBRUARY⟧.
RECOMMENDATION: ADVANCE TO PHASE III. INCENTIVE: GIFT CARD.
SUBMITTED BY ⟦N|BRANDON FLEAK⟧, LPC, ALPS; ⟦E|BFLEAK@WESTBROOKHEALTH.ORG⟧; ⟦P|304-555-0181⟧ EXT ⟦P|412⟧
`);

note("residential-asam-review-caps", `
CONTINUED STAY REVIEW - ASAM LEVEL 3.5 - ⟦H|HAZELDEN BETTY FORD⟧ IN ⟦C|CENTER CITY⟧ ⟦STATE|MN⟧
CLIENT: ⟦N|O'SULLIVAN-PERERA, NIAMH⟧   MRN ⟦M|HBF-99-07741⟧   ADMIT ⟦D|02/26/2099⟧   REVIEW ⟦D|03/14/2099⟧
PAYER: ⟦O|BLUE CROSS AND BLUE SHIELD OF MINNESOTA⟧ MEMBER ID ⟦HP|XZM884471203⟧; CARE MANAGER ⟦N|GRETCHEN VOLLMER⟧, ⟦P|651-555-0110⟧, AUTH # ⟦I|UM99-0314-4471⟧.
DX: ALCOHOL USE DISORDER SEVERE (F10.20), BENZODIAZEPINE USE DISORDER MODERATE. CIWA-AR 0 X 10 DAYS. ACAMPROSATE 666 TID.
DIMENSIONS: D1 0, D2 1 (LFTS TRENDING DOWN), D3 2 (PCL-5 44), D4 2, D5 3 (CRAVINGS WHEN PARTNER ⟦N|MALLORY⟧ VISITS), D6 3 (HOME AT ⟦S|418 LAKE AVE S⟧, ⟦C|DULUTH⟧ HAS ALCOHOL).
FAMILY PROGRAM: FATHER ⟦N|SEAMUS O'SULLIVAN⟧ ATTENDED ⟦D|3/8⟧-⟦D|3/10⟧. EMPLOYER ⟦O|ESSENTIA HEALTH⟧ (EAP CASE ⟦I|EAP-2099-1184⟧) HOLDING POSITION.
REQUEST: 7 ADDITIONAL DAYS, THEN STEP-DOWN TO IOP AT ⟦H|HAZELDEN BETTY FORD⟧ ⟦C|MAPLE GROVE⟧.
PRIMARY COUNSELOR ⟦N|AHMED SAIDI⟧, LADC (LIC # ⟦I|LADC-300418⟧). REVIEWED WITH DR. ⟦N|KRISTIN HOLMQUIST⟧.
`);

note("forensic-competency-caps", `
FORENSIC PSYCHOLOGICAL EVALUATION - COMPETENCY TO STAND TRIAL - CONFIDENTIAL
COURT: ⟦O|TULSA COUNTY DISTRICT COURT⟧   CASE NO. ⟦I|CF-2099-1184⟧   JUDGE ⟦N|MARGARET O'TOOLE⟧   ORDER DATED ⟦D|FEBRUARY 20, 2099⟧
DEFENDANT: ⟦N|WILLIAM "BILLY" STANDINGBEAR⟧   DOB ⟦D|04/04/1994⟧   BOOKING # ⟦I|2099-018847⟧, ⟦O|DAVID L. MOSS CRIMINAL JUSTICE CENTER⟧
EVALUATOR: ⟦N|REGINA ACHTERBERG⟧, PH.D., ABPP, ⟦O|OKLAHOMA FORENSIC CENTER⟧, ⟦C|VINITA⟧. INTERVIEW ⟦D|03/06/2099⟧ AND ⟦D|03/13/2099⟧ AT THE JAIL (3 H 40 MIN).
SOURCES: ARREST REPORT ⟦O|TULSA POLICE DEPARTMENT⟧ ⟦I|TPD-99-044718⟧; RECORDS FROM ⟦H|LAUREATE PSYCHIATRIC CLINIC AND HOSPITAL⟧ (⟦D|2096⟧-⟦D|2098⟧) AND ⟦O|GRAND LAKE MENTAL HEALTH CENTER⟧; CALL WITH AUNT ⟦N|VERNA STANDINGBEAR⟧ ⟦P|918-555-0177⟧ ON ⟦D|3/9⟧.
DEFENSE: ⟦N|J. PATRICK DOOLITTLE⟧, ⟦O|TULSA COUNTY PUBLIC DEFENDER⟧. STATE: ADA ⟦N|KIMBERLY SIXKILLER⟧.
TESTS: ECST-R, MMPI-3 (VALID), WAIS-IV FSIQ 79. NO MALINGERING ON SIRS-2.
OPINION: NOT PRESENTLY COMPETENT; RESTORATION LIKELY WITH TREATMENT AT ⟦O|OKLAHOMA FORENSIC CENTER⟧ WITHIN 90 DAYS. PATIENT WILL NEED INVEGA TRINZA CONTINUED.
⟦N|R. ACHTERBERG⟧, PH.D.   OK LIC # ⟦I|1184⟧
`);

note("eating-disorder-review-caps", `
EATING DISORDER PROGRAM - PHP WEEKLY TREATMENT TEAM - ⟦H|CENTER FOR DISCOVERY⟧ ⟦C|FRESNO⟧
PATIENT: ⟦N|NGUYEN-HARTLEY, SOPHIE⟧   AGE 16   MRN ⟦M|CFD-18844⟧   DATE ⟦D|3/14/2099⟧
DX: ANOREXIA NERVOSA, RESTRICTING (F50.01). %MBMI 81 (WT 41.2 KG ON ⟦D|3/13⟧, ADMIT ⟦D|2/19⟧ 38.6). EDE-Q GLOBAL 4.1.
MEDICAL: HR 48 SUPINE; ECHO ⟦D|03/01/2099⟧ AT ⟦H|VALLEY CHILDREN'S HOSPITAL⟧, ⟦C|MADERA⟧ NORMAL. PEDIATRICIAN DR. ⟦N|HELENA PAPADAKIS⟧.
FAMILY: MOTHER ⟦N|LINH NGUYEN⟧ (⟦P|559-555-0147⟧), FATHER ⟦N|GRAHAM HARTLEY⟧, ⟦S|6624 N FIRST ST⟧, ⟦C|FRESNO⟧ ⟦Z|93710⟧. FBT COACH ⟦N|MARISA QUINTERO⟧, LMFT.
SCHOOL: ⟦O|CLOVIS WEST HIGH SCHOOL⟧ 504 COORDINATOR MR. ⟦N|DEHART⟧; HOME HOSPITAL TEACHER VIA ⟦O|CLOVIS UNIFIED⟧.
INSURANCE: ⟦O|ANTHEM BLUE CROSS⟧ MEMBER ⟦HP|XEA447182093⟧; UR CALL ⟦D|03/17/2099⟧ WITH ⟦N|DORIS ENGSTROM⟧.
PLAN: CONTINUE PHP 5 DAYS/WK, MEAL PLAN 3000 KCAL, FLUOXETINE 20. DIETITIAN ⟦N|AVA ROTHSCHILD-MENDES⟧, RD.
`);

note("rtc-quarterly-caps", `
QUARTERLY TREATMENT PLAN REVIEW - ⟦H|YOUTH VILLAGES INNER HARBOUR⟧ PRTF, ⟦C|DOUGLASVILLE⟧ ⟦STATE|GA⟧
RESIDENT: ⟦N|JAYCEON MARQUISE TOLBERT⟧   AGE 14   RESIDENT # ⟦I|IH-7718⟧   ADMIT ⟦D|11/05/2098⟧   QUARTER ENDING ⟦D|02/28/2099⟧
LEGAL CUSTODIAN: ⟦O|GEORGIA DIVISION OF FAMILY AND CHILDREN SERVICES⟧ (⟦O|DFCS⟧), CASE MANAGER ⟦N|TANISHA OGBU⟧ ⟦P|404-555-0163⟧, CASE ⟦I|DFCS-060-99-1184⟧
JUVENILE COURT: ⟦O|FULTON COUNTY JUVENILE COURT⟧, JUDGE ⟦N|ADEBAYO-WRIGHT⟧; GAL ⟦N|SUSAN PELLEGRINO⟧.
DX: PTSD (F43.10), ADHD COMBINED, DMDD. MEDS: GUANFACINE ER 3 MG, LISDEXAMFETAMINE 40, PRAZOSIN 2 QHS.
PROGRESS: RESTRAINTS 0 THIS QUARTER (4 LAST). COTTAGE LEVEL 3. SCHOOL (ON-CAMPUS): READING GRADE 5.2.
FAMILY: GRANDMOTHER ⟦N|ODESSA TOLBERT⟧ (⟦A|90⟧) VISITS MONTHLY FROM ⟦C|MACON⟧; BROTHER ⟦N|DEMARIO⟧ IN FOSTER CARE IN ⟦LO|CLAYTON COUNTY⟧.
DISCHARGE PLAN: THERAPEUTIC FOSTER HOME VIA ⟦O|EMBRACE FAMILY SERVICES⟧ BY ⟦D|JUNE 2099⟧. MEDICAID ⟦HP|GA-447182093-01⟧ (⟦O|AMERIGROUP COMMUNITY CARE⟧).
THERAPIST ⟦N|LUCÍA BETANCES⟧, LPC; PSYCHIATRIST DR. ⟦N|ROHAN DESHPANDE⟧. SIGNED ⟦D|03/14/2099⟧.
`);

note("state-hospital-discharge-caps", `
DISCHARGE SUMMARY - ⟦H|WORCESTER RECOVERY CENTER AND HOSPITAL⟧, ⟦S|309 BELMONT ST⟧, ⟦C|WORCESTER⟧ ⟦STATE|MA⟧ ⟦Z|01604⟧
PATIENT: ⟦N|AMARAL, JOÃO PAULO⟧   MRN ⟦M|WRCH-20993⟧   ADMITTED ⟦D|10/22/2098⟧ (SECTION 12 → 7 & 8B)   DISCHARGED ⟦D|03/14/2099⟧
COURT: ⟦O|WORCESTER DISTRICT COURT⟧ DOCKET ⟦I|9962MH0418⟧; 8B ORDER (ROGERS) FOR ANTIPSYCHOTICS THROUGH ⟦D|10/2099⟧.
COURSE: SCHIZOAFFECTIVE D/O, BIPOLAR TYPE. CLOZAPINE TITRATED TO 350 MG; ANC WEEKLY VIA ⟦O|QUEST DIAGNOSTICS⟧. NO SECLUSION SINCE ⟦D|DECEMBER⟧.
AFTERCARE: ⟦O|COMMUNITY HEALTHLINK⟧ ACCS GROUP HOME, ⟦S|72 JAQUES AVE⟧, ⟦C|WORCESTER⟧; CLINICIAN ⟦N|FATOUMATA CAMARA⟧ ⟦P|508-555-0139⟧.
PSYCHIATRY F/U ⟦D|03/21/2099⟧ WITH DR. ⟦N|YEVGENIYA MOROZ⟧; CLOZAPINE DISPENSED BY ⟦O|GENOA HEALTHCARE⟧ (⟦F|508-555-0148⟧).
FAMILY: MOTHER ⟦N|MARIA DE FÁTIMA AMARAL⟧ IN ⟦C|FITCHBURG⟧, SPEAKS CAPE VERDEAN CREOLE; COUSIN ⟦N|NELSON TAVARES⟧ ⟦P|978-555-0122⟧.
DMH CASE MANAGER ⟦N|PAULINE GRECO⟧. MASSHEALTH ⟦HP|100447182093⟧.
ATTENDING: ⟦N|WINSTON ABERCROMBIE-OSEI⟧, MD. DICTATED ⟦D|03/14/2099⟧, TRANSCRIBED ⟦D|03/15/2099⟧ ⟦N|MK⟧.
`);

note("mobile-crisis-run-caps", `
MOBILE CRISIS RESPONSE - ⟦O|BERNALILLO COUNTY BEHAVIORAL HEALTH⟧ MCT - RUN # ⟦I|MCT-99-03144⟧
DATE ⟦D|03/14/99⟧ 2140   DISPATCH: 988 WARM TRANSFER (⟦O|NEW MEXICO CRISIS AND ACCESS LINE⟧ CONTACT ⟦I|NMCAL-4471820⟧)
LOCATION: ⟦S|1419 SAN MATEO BLVD NE⟧ APT 22, ⟦C|ALBUQUERQUE⟧ ⟦STATE|NM⟧ ⟦Z|87110⟧ (NEAR ⟦LO|NOB HILL⟧)
CLIENT: ⟦N|TSOSIE, MARLENA ROSE⟧   DOB ⟦D|1/30/2001⟧   CALLER: PARTNER ⟦N|ALEX QUINTANA⟧ ⟦P|505-555-0170⟧
PRESENTATION: CUTTING, INTOXICATED (BAC EST), STATED PLAN TO DRIVE TO ⟦LO|SANDIA CREST⟧. C-SSRS: IDEATION WITH PLAN.
TEAM: ⟦N|GABRIEL MONDRAGÓN⟧, LMSW; EMT ⟦N|KATIE FRESQUEZ⟧. APD CIT OFC ⟦N|LUCERO⟧ ON STANDBY.
OUTCOME: VOLUNTARY TRANSPORT TO ⟦H|UNM PSYCHIATRIC CENTER⟧ CPEC. MOTHER ⟦N|ROSALIND TSOSIE⟧ IN ⟦C|GALLUP⟧ NOTIFIED ⟦P|505-555-0113⟧.
INS: ⟦O|PRESBYTERIAN CENTENNIAL CARE⟧ ⟦HP|PC-1184477203⟧. FOLLOW-UP CALL ⟦D|03/15/99⟧ BY ⟦N|G. MONDRAGÓN⟧.
`);

note("probation-letter-caps", `
⟦O|SEBASTIAN COUNTY ADULT PROBATION⟧   ⟦S|35 S 6TH ST⟧   ⟦C|FORT SMITH⟧ ⟦STATE|AR⟧ ⟦Z|72901⟧   ⟦P|479-555-0152⟧
⟦D|MARCH 14, 2099⟧
TO: ⟦N|DARIUS PHOMMACHANH⟧, LAC, ⟦O|GATEWAY HOUSE INC⟧, ⟦S|3900 ARMOUR AVE⟧, ⟦C|FORT SMITH⟧
RE: PROBATIONER ⟦N|COLTON WADE BRASHEARS⟧, SID ⟦I|AR-0418847⟧, CASE ⟦I|66FCR-98-1184⟧
PER THE ORDER OF CIRCUIT JUDGE ⟦N|LEANNE MCCUTCHEN⟧ DATED ⟦D|01/09/2099⟧, MR. ⟦N|BRASHEARS⟧ MUST COMPLETE RESIDENTIAL TREATMENT AND ABIDE BY A SCRAM BRACELET (SN ⟦DEV|SCR-7740182⟧).
PLEASE SEND MONTHLY PROGRESS REPORTS AND ANY POSITIVE RESULTS WITHIN 24 HOURS. A SIGNED 42 CFR PART 2 CONSENT (⟦D|01/12/2099⟧) IS ENCLOSED.
HIS MOTHER ⟦N|BRENDA BRASHEARS⟧ MAY PICK HIM UP FOR PASSES. NO CONTACT WITH CO-DEFENDANT ⟦N|SKYLER DUNAGAN⟧.
⟦N|TRACI HOLLINGSWORTH⟧, PROBATION OFFICER II, BADGE ⟦I|617⟧, ⟦E|THOLLINGSWORTH@SEBASTIANCOUNTYAR.GOV⟧
`);

note("pharmacy-lai-prior-auth-caps", `
PRIOR AUTHORIZATION CALL LOG - LONG-ACTING INJECTABLE - ⟦O|PRIME THERAPEUTICS⟧
DATE ⟦D|03/14/2099⟧ 1005   CALLER: ⟦N|DEANNA KOCH⟧, CPHT, ⟦O|CHAMPION PHARMACY⟧ ⟦C|BILLINGS⟧ ⟦STATE|MT⟧ NPI ⟦I|1447182093⟧
MEMBER: ⟦N|REDCLOUD, TOBIAS JAMES⟧   ID ⟦HP|MTB884471820⟧   DOB ⟦D|07/07/1997⟧   GROUP ⟦HP|00418-MT⟧
DRUG: ABILIFY MAINTENA 400 MG MONTHLY. PRESCRIBER: DR. ⟦N|INGRID SOLHEIM⟧, ⟦H|BILLINGS CLINIC⟧ PSYCHIATRY, DEA ⟦I|BS4471820⟧, FAX ⟦F|406-555-0134⟧.
HISTORY: ORAL ARIPIPRAZOLE NONADHERENCE, 2 ADMITS ⟦H|MONTANA STATE HOSPITAL⟧ ⟦C|WARM SPRINGS⟧ (⟦D|2097⟧, ⟦D|AUG 2098⟧). CASE MANAGER ⟦N|WYNONA BIRD⟧, ⟦O|SOUTH CENTRAL MONTANA MENTAL HEALTH⟧ IN ⟦C|HARDIN⟧.
DECISION: APPROVED ⟦D|03/14/2099⟧ - ⟦D|03/13/2100⟧. PA # ⟦I|PA99-447182⟧. REP ⟦N|L. ARCHAMBAULT⟧ EXT ⟦P|5521⟧.
`);

// ======================================================== mixed case (22) ========================================================

note("psych-discharge-summary", `
Discharge Summary — Adult Inpatient Psychiatry, ⟦H|Maine Medical Center⟧, P6, ⟦C|Portland⟧, ⟦STATE|ME⟧
Patient: ⟦N|Thibodeau, Genevieve Anne⟧ ("⟦N|Gigi⟧")   MRN: ⟦M|MMC-6604418⟧   Admit: ⟦D|2/27/2099⟧   Discharge: ⟦D|3/14/2099⟧
Legal status: voluntary (converted from a 24-hour emergency hold signed by Dr. ⟦N|Farrukh Tashkentova⟧ at ⟦H|Southern Maine Health Care⟧, ⟦C|Biddeford⟧).
Reason for admission: major depressive disorder, recurrent, severe, with psychotic features; overdose of quetiapine found by her landlord ⟦N|Roger Pelletier⟧ at ⟦S|41 Alfred St⟧, ⟦C|Biddeford⟧ ⟦Z|04005⟧.
Course: ECT ×8 (RUL, then bilateral), last ⟦D|March 12th⟧. PHQ-9 27 → 9. MoCA 27/30 on ⟦D|3/13⟧. Sertraline 150 mg, aripiprazole 5 mg.
Collateral: husband ⟦N|Luc Thibodeau⟧ (⟦P|207-555-0187⟧), daughter ⟦N|Chloé⟧ (19, at ⟦O|University of Southern Maine⟧). Sister ⟦N|Marie-Claire Gagnon⟧ from ⟦C|Lewiston⟧ will stay the first week.
Follow-up: ⟦O|Sweetser⟧ outpatient, ⟦S|50 Moody St⟧, ⟦C|Saco⟧ — therapist ⟦N|Imogen Fairweather⟧, LCSW, ⟦D|3/18/2099⟧ 10:00; psychiatrist Dr. ⟦N|Abdirahman Yusuf⟧ ⟦D|3/25/2099⟧.
Means restriction: husband removed firearms to his brother ⟦N|Denis⟧'s house; pharmacy (⟦O|Hannaford Pharmacy⟧ #8161) to dispense 7-day supplies.
Insurance: MaineCare ⟦HP|MC447182093⟧.
Attending: ⟦N|Rosalind Achebe-Whitcomb⟧, MD  |  Resident: ⟦N|Tomás Echeverría⟧, MD  |  cc: PCP Dr. ⟦N|Hollis Beaudry⟧, ⟦H|InterMed⟧ ⟦F|207-555-0114⟧
`);

note("crisis-line-988-note", `
988 Contact Note — ⟦O|Crisis Text Line⟧ partner center: ⟦O|Carelon Behavioral Health⟧ (⟦C|Tulsa⟧) — contact ID ⟦I|988-OK-99031447⟧
Date/time: ⟦D|03/14/2099⟧ 01:52–02:47   Counselor: ⟦N|Makayla Roanhorse⟧ (⟦UN|mroanhorse⟧)   Supervisor on shift: ⟦N|Derrick Ashby⟧
Caller self-identified as "⟦N|Jace⟧", 17, calling from ⟦C|Sapulpa⟧. Later gave full name ⟦N|Jason Whitebird-Kelley⟧ and address ⟦S|803 E Dewey Ave⟧ when counselor asked for safety.
Risk: C-SSRS screener — wish to be dead (yes), active ideation (yes), method (father's pistol), intent (no), behavior (cut forearm last ⟦DAY|Friday⟧, ⟦D|March 7⟧).
Protective: little sister ⟦N|Ava⟧, best friend ⟦N|Kolton⟧, "Hope I get to see the ⟦O|Tulsa Drillers⟧ this summer."
Collaborative safety plan: father ⟦N|Randall Kelley⟧ (⟦P|918-555-0128⟧) called with consent; agreed to lock pistol at uncle ⟦N|Wade⟧'s. Follow-up call scheduled ⟦D|3/15⟧ 16:00.
Referral: ⟦O|Family & Children's Services⟧ youth mobile crisis (⟦P|918-555-0199⟧); school counselor Ms. ⟦N|Nakai⟧ at ⟦O|Sapulpa High School⟧.
No emergency dispatch. Counselor debriefed with ⟦N|D.A.⟧ at 03:05.
`);

note("commitment-hearing-minutes", `
⟦O|Bexar County Probate Court No. 1⟧ — Mental Health Docket — Hearing Minutes
Cause No. ⟦I|2099-MH-1184⟧   In re: ⟦N|Esperanza Villarreal-Garza⟧   Date: ⟦DAY|Tuesday⟧, ⟦D|March 14, 2099⟧   Presiding: Judge ⟦N|Oscar Treviño-Blake⟧
Present: proposed patient (in person from ⟦H|San Antonio State Hospital⟧), attorney ad litem ⟦N|Cynthia Haddad⟧; for the State, Asst. County Attorney ⟦N|Reginald Moczygemba⟧; physician witness Dr. ⟦N|Prakash Venugopal⟧ (⟦H|Clarity Child Guidance Center⟧ rotating). Court reporter ⟦N|Lupe Arredondo⟧.
Testimony: Dr. ⟦N|Venugopal⟧ — two Certificates of Medical Examination (⟦D|3/8/2099⟧, ⟦D|3/9/2099⟧) find schizoaffective disorder; patient left ⟦LO|Haven for Hope⟧ campus, was found on the ⟦LO|River Walk⟧ disrobed.
Son ⟦N|Ruben Garza⟧ testified by phone from ⟦C|Laredo⟧ (⟦P|956-555-0161⟧) that she stopped Invega Sustenna in ⟦D|December⟧.
Ruling: temporary inpatient commitment not to exceed 90 days; order to administer psychoactive medication granted. Next review ⟦D|6/12/2099⟧.
Minutes by ⟦N|L. Arredondo⟧, CSR #⟦I|7741⟧.
`);

note("case-management-progress", `
Targeted Case Management — Progress Note   ⟦O|Hamilton Center, Inc.⟧, ⟦S|620 8th Ave⟧, ⟦C|Terre Haute⟧, ⟦STATE|IN⟧ ⟦Z|47804⟧
Client: ⟦N|Pruitt, Delbert Ray⟧   Client #: ⟦I|HC-0771842⟧   SSN: ⟦SSN|301-44-7182⟧   Date of service: ⟦D|3/14/99⟧   Units: 4   Case manager: ⟦N|Sierra Oakley⟧, QBHP
Met client at ⟦O|Terre Haute Housing Authority⟧ office re: voucher recertification. Landlord ⟦N|Gus Stavropoulos⟧ (⟦P|812-555-0146⟧) agreed to repair the heat by ⟦D|3/20⟧.
SSI: appointment at the ⟦O|Social Security Administration⟧ field office ⟦D|04/03/2099⟧ 9:30; rep payee remains ⟦O|Hamilton Center⟧.
Medications: Depakote 1000 mg, olanzapine 15 mg — filled at ⟦O|Union Hospital Outpatient Pharmacy⟧ ⟦D|3/10⟧. Client reports nephew ⟦N|Brayden Pruitt⟧ "borrows" money.
Healthy Indiana Plan ⟦HP|HIP100447182⟧; MCE ⟦O|MDwise⟧.
Goal 2 (reduce ED visits): 1 visit to ⟦H|Terre Haute Regional Hospital⟧ this month (⟦D|3/2⟧, chest pain, negative).
Next contact ⟦D|3/21/2099⟧. Signed ⟦N|S. Oakley⟧ ⟦D|03/14/2099⟧ 15:42.
`);

note("bup-clinic-visit", `
Office-Based Addiction Treatment — Follow-up   ⟦H|Cherokee Health Systems⟧ – ⟦C|Morristown⟧ clinic   ⟦D|March 14, 2099⟧
Patient: ⟦N|Hatmaker, Brittany Nicole⟧   DOB ⟦D|1993-06-19⟧   MRN ⟦M|CHS04471820⟧   Visit #22
S: 10 weeks postpartum (baby ⟦N|Aubree⟧ born ⟦D|1/3/2099⟧ at ⟦H|Morristown-Hamblen Healthcare System⟧, NAS scored, home ⟦D|1/11⟧). No use since ⟦D|August 2098⟧. Cravings 2/10.
Buprenorphine-naloxone 8/2 mg film BID. TN CSMD (PDMP) checked ⟦D|3/14/2099⟧ 09:12, report # ⟦I|CSMD-9931447⟧ — only our fills, ⟦O|Walgreens⟧ on ⟦S|W Andrew Johnson Hwy⟧.
UDS (POC): bup +, norbup +, fentanyl −, meth −. Sent confirm to ⟦O|Aegis Sciences⟧.
DCS safety plan: caseworker ⟦N|Latrice Moneymaker⟧ (⟦O|Tennessee Department of Children's Services⟧, ⟦P|423-555-0119⟧) — open case ⟦I|DCS-99-184470⟧; release signed.
Partner ⟦N|Cody Hatmaker⟧ started Sublocade at ⟦H|Cornerstone of Recovery⟧ in ⟦C|Louisville⟧, ⟦STATE|TN⟧.
A/P: OUD in early remission on maintenance (F11.21). Continue. Will discuss Sublocade. Next visit 2 weeks. ⟦N|Priscilla Agyemang⟧, DNP, FNP-C, X-waiver legacy ID ⟦I|XP4471820⟧.
`);

note("consent-42cfr-part2", `
Consent for the Disclosure of Substance Use Disorder Records (42 CFR Part 2)
I, ⟦N|Oleksandr Hrytsenko⟧ (DOB ⟦D|9/12/1988⟧, chart ⟦M|ARC-118447⟧), authorize ⟦H|Addiction Recovery Center of Burlington⟧ (⟦O|Howard Center⟧), ⟦S|1 S Prospect St⟧, ⟦C|Burlington⟧, ⟦STATE|VT⟧ ⟦Z|05401⟧,
to disclose: diagnosis, attendance, urine drug screen results, dose of methadone and take-home status,
to: (1) ⟦O|Chittenden County Treatment Court⟧, coordinator ⟦N|Ellery Bouchard⟧, ⟦E|ebouchard@vtcourts.example.gov⟧; (2) my probation officer ⟦N|Taryn McSweeney⟧, ⟦O|Vermont Department of Corrections⟧ ⟦C|St. Albans⟧ field office, ⟦F|802-555-0175⟧; (3) my wife ⟦N|Iryna Hrytsenko⟧, ⟦P|802-555-0108⟧.
Purpose: compliance with treatment court participation (docket ⟦I|99-CR-0314-CN⟧) and family support.
This consent expires on ⟦D|14 March 2100⟧ or when my treatment court case closes, whichever is earlier.
Signed ⟦N|O. Hrytsenko⟧   Date ⟦D|3/14/2099⟧   Witness: ⟦N|Marguerite Lafleur⟧, intake coordinator. Interpreter (Ukrainian) by phone: ⟦N|Oksana Bilyk⟧, ⟦O|LanguageLine⟧ ID ⟦I|LL-227184⟧.
`);

note("recovery-residence-intake", `
Recovery Residence Intake — ⟦O|Granite House Recovery⟧ (NARR Level II), ⟦S|88 Chestnut St⟧, ⟦C|Manchester⟧, ⟦STATE|NH⟧ ⟦Z|03101⟧
Resident: ⟦N|Kevin Okonkwo-Dunleavy⟧   Move-in: ⟦D|03/14/2099⟧   Bed 3B   Referred by: ⟦H|Farnum Center⟧ (counselor ⟦N|Trish Lemieux⟧)
Sobriety date: ⟦D|January 28, 2099⟧. Pathways: AA (home group "⟦DAY|Tuesday⟧ Night Big Book" at ⟦O|St. Anne-St. Augustin Parish⟧), SMART Recovery online.
House manager ⟦N|Rafael "Ralphie" Colón⟧ reviewed rules: curfew 11 pm, 5 meetings/week, random UA, chores.
Employment: line cook at ⟦O|Red Arrow Diner⟧ (manager ⟦N|Stacy Drouin⟧). Transportation: ⟦O|Manchester Transit Authority⟧ route 2.
Emergency contact: aunt ⟦N|Ngozi Okonkwo⟧, ⟦C|Nashua⟧, ⟦P|603-555-0152⟧.
Rent $175/week, first week covered by ⟦O|Hope for New Hampshire Recovery⟧ scholarship (Grace period for week 2 rent given).
Medications disclosed: naltrexone 50 mg, gabapentin (prescribed by Dr. ⟦N|Osei⟧, ⟦H|Dartmouth Health⟧). Locked med box, key with ⟦N|Ralphie⟧.
Signed: resident ⟦N|K. Okonkwo-Dunleavy⟧; house manager ⟦N|R. Colón⟧.
`);

note("peer-support-note", `
Peer Recovery Support Services — Contact Note   ⟦O|Recovery Cafe Spokane⟧ — peer ⟦N|Hollis Whitlow⟧ (CPC)
Participant: ⟦N|Dakota Running Crane⟧   Date: ⟦D|Mar 14⟧   Contact type: outreach at ⟦LO|Camp Hope⟧ encampment (⟦S|E 2nd Ave⟧ and ⟦S|Ray St⟧)
Met ⟦N|Dakota⟧ outside his tent. He said he's been "thinking about going back to ⟦H|Spokane Tribal Network⟧'s detox" and wants to get on Vivitrol.
Helped him call ⟦O|Washington Recovery Help Line⟧ (⟦P|866-555-0179⟧); intake slot ⟦DAY|Thursday⟧ ⟦D|3/16⟧ at ⟦H|American Behavioral Health Systems⟧ ⟦C|Chewelah⟧.
Gave Narcan ×2, fentanyl test strips. His cousin ⟦N|Marlee⟧ in ⟦LO|Wellpinit⟧ may let him stay; ⟦N|Dakota⟧ gave her number ⟦P|509-555-0197⟧.
Hope scale today 6/10 (self-rated). Next: ride to intake with peer ⟦N|Deshawn Pruitt⟧.
`);

note("group-therapy-note", `
Group Therapy Note — DBT Skills (Distress Tolerance), IOP Track B   ⟦H|Butler Hospital⟧, ⟦C|Providence⟧   ⟦D|3/14/2099⟧ 13:00–14:30
Facilitators: ⟦N|Yasmin El-Amin⟧, LICSW; co-facilitator ⟦N|Reuben Silva⟧, MHT
Members present (6): ⟦N|Alexis M.⟧, ⟦N|Brendan O.⟧, ⟦N|Carmen R.⟧ (first group), ⟦N|Dmitri K.⟧, ⟦N|Faith W.⟧, ⟦N|Grace Q.⟧   Absent: ⟦N|Hector V.⟧ (called out — court in ⟦C|Pawtucket⟧)
Topic: TIPP and self-soothe. Each member made a crisis survival kit list.
Individual note for this chart — ⟦N|Carmen Rosario⟧ (MRN ⟦M|BH-2204418⟧): shared that her mother ⟦N|Ana Rosario⟧ was admitted to ⟦H|Rhode Island Hospital⟧ ⟦D|3/12⟧; used paced breathing when her ex ⟦N|Wilfredo⟧ texted. Faith in the group "already helps". Will practice ice-dive skill.
Diary card reviewed; urges to self-harm 2/5. GAD-7 14. Next group ⟦DAY|Thursday⟧.
`);

note("safety-plan", `
Stanley–Brown Safety Plan   ⟦H|Dayton Children's Hospital⟧ — Behavioral Health Unit   Completed ⟦D|03/14/2099⟧
Patient: ⟦N|Marisol Delacruz-Fenwick⟧, 15   MRN: ⟦M|DCH-1184472⟧   Clinician: ⟦N|Hannah Brightwater⟧, LISW-S
Step 1 — Warning signs: not eating, staying in room, scrolling posts about ⟦N|Kenzie⟧ (friend who died by suicide ⟦D|Nov 2098⟧).
Step 2 — Coping: draw, shower, walk our dog Biscuit.
Step 3 — People/places for distraction: cousin ⟦N|Izzy Delacruz⟧; the ⟦O|Dayton Metro Library⟧ in ⟦C|Clayton⟧.
Step 4 — People to ask for help: mom ⟦N|Rosa Delacruz⟧ ⟦P|937-555-0136⟧; stepdad ⟦N|Trevor Fenwick⟧ ⟦P|937-555-0121⟧; aunt ⟦N|Lourdes⟧ in ⟦C|Springfield⟧.
Step 5 — Professionals: therapist ⟦N|Nadia Kowalczyk⟧ at ⟦O|South Community Behavioral Healthcare⟧ ⟦P|937-555-0150⟧; school counselor Mr. ⟦N|Adeyemi⟧ (⟦O|Northmont High School⟧); 988; ⟦H|Dayton Children's⟧ ED, ⟦S|1 Children's Plaza⟧.
Step 6 — Making the environment safe: stepdad's rifle to ⟦O|Montgomery County Sheriff's Office⟧ storage ⟦D|3/14⟧; meds locked (lockbox from ⟦O|Project DAWN⟧).
Signed patient / parent / clinician.
`);

note("collateral-call-family", `
Telephone Encounter — Collateral   ⟦H|UPMC Western Psychiatric Hospital⟧, ⟦C|Pittsburgh⟧   ⟦D|3/14/2099⟧ 11:20
Patient: ⟦N|Zachary Kostelnik⟧ (MRN ⟦M|WPH-3318820⟧), admitted ⟦D|3/11⟧ under a 302 from ⟦H|UPMC McKeesport⟧.
Spoke with mother ⟦N|Dolores "Dee" Kostelnik⟧ (⟦P|412-555-0164⟧, cell) with patient's verbal consent documented ⟦D|3/12⟧.
She reports he quit his job at ⟦O|U.S. Steel Irvin Works⟧ in ⟦D|January⟧, started "talking to the TV" around ⟦D|Feb 10⟧, and stopped seeing Dr. ⟦N|Mahmoud Ansari⟧ at ⟦O|Mercy Behavioral Health⟧ after ⟦D|October 2098⟧.
Family history: grandfather ⟦N|Stanley Kostelnik⟧ (⟦A|97⟧, lives in ⟦C|Duquesne⟧) "had a breakdown" in the 2050s; uncle ⟦N|Rick⟧ with bipolar disorder on lithium.
Safety: there is a shotgun at the house on ⟦S|Walnut St⟧; father ⟦N|Joseph Kostelnik⟧ agreed to give it to his brother-in-law ⟦N|Frank Petrosky⟧ today.
She asks whether the 303 hearing is ⟦DAY|Friday⟧ — told her the mental health review officer (Atty. ⟦N|Constance Wray⟧) sets it; public defender's mental health unit ⟦P|412-555-0103⟧.
⟦N|Eleni Papadopoulos⟧, LCSW
`);

note("ed-psych-eval", `
ED Psychiatry Consult — ⟦H|Rapides Regional Medical Center⟧, ⟦C|Alexandria⟧, ⟦STATE|LA⟧   ⟦D|2099-03-14⟧
Pt: ⟦N|Broussard, Antoine "Tony" Jr.⟧   Age 34   MRN ⟦M|RRMC-0844718⟧   Requested by ED attending Dr. ⟦N|Keely Fontenot⟧
Reason: brought by ⟦O|Rapides Parish Sheriff's Office⟧ on an Order for Custody (OPC) signed by coroner's office (Dr. ⟦N|Adrien Guidry⟧) after he threatened his neighbor Mr. ⟦N|Thibodeaux⟧.
Hx: PTSD after deployment (Army, ⟦D|2088⟧–⟦D|2091⟧), AUD. Sees VA in ⟦C|Pineville⟧ (⟦H|Alexandria VA Health Care System⟧), psychologist Dr. ⟦N|Vo Thi Lan⟧.
Exam: intoxicated on arrival (BAL 212), now 60 and calm. Denies SI/HI now; C-SSRS low. Columbia lifetime: attempt ⟦D|2095⟧ (hanging, cut down by wife ⟦N|Celeste Broussard⟧).
Collateral: wife ⟦P|318-555-0147⟧ — no firearms in home since ⟦D|May 2098⟧ (at her father ⟦N|Elmo Dauzat⟧'s camp near ⟦C|Marksville⟧).
Assessment: does not meet criteria for Physician's Emergency Certificate. OPC rescinded. D/C to wife with VA follow-up, Veterans Crisis Line, prazosin restarted.
⟦N|Nkechi Oduya⟧, MD, Psychiatry, ⟦O|Cenla Psychiatry Associates⟧ (tele from ⟦C|Lafayette⟧). Pager ⟦P|318-555-0100⟧.
`);

note("adolescent-psych-intake", `
Child & Adolescent Psychiatry — New Patient Evaluation   ⟦H|Sanford Behavioral Health⟧ ⟦C|Sioux Falls⟧, ⟦STATE|SD⟧
Patient: ⟦N|Hoang, Bao "Benny"⟧   DOB: ⟦D|08/30/2086⟧ (12 y)   MRN: ⟦M|SF-7718440⟧   Visit: ⟦D|03/14/2099⟧
Informants: patient; mother ⟦N|Thuy Hoang⟧ (interpreter ⟦N|Minh Chau⟧, Vietnamese); school records from ⟦O|Memorial Middle School⟧ (counselor ⟦N|Jolene Hegg⟧); prior testing by Dr. ⟦N|Gunnar Aasheim⟧, PhD, ⟦O|Avera Medical Group Behavioral Health⟧ (⟦D|2097⟧).
CC: "he won't stop washing" — hands raw, showers 90 min. Y-BOCS (CY-BOCS) 29. Onset after grandfather ⟦N|Hoang Van Thanh⟧ died in ⟦D|September 2098⟧.
Also: tics since age 7; PANS work-up at ⟦H|Sanford Children's Hospital⟧ ⟦D|Oct 2098⟧ negative (Dr. ⟦N|Rajeswari Iyer⟧).
Family: father ⟦N|Quang Hoang⟧ works nights at ⟦O|Smithfield Foods⟧; sister ⟦N|Vy⟧ (16). Lives ⟦S|2301 W 12th St⟧, ⟦C|Sioux Falls⟧ ⟦Z|57104⟧. ⟦P|605-555-0159⟧.
Plan: ERP with ⟦N|Kirsten Vandermolen⟧, PhD; start fluoxetine 10 mg; CRAFFT 0. Release to ⟦O|Sioux Falls School District⟧ signed. RTC 4 weeks.
⟦N|Olabisi Adegoke-Larsen⟧, MD, child and adolescent psychiatry
`);

note("otp-take-home-letter", `
⟦H|Crossroads Treatment Center of Knoxville⟧
⟦S|6513 Kingston Pike⟧, Suite 104 · ⟦C|Knoxville⟧, ⟦STATE|TN⟧ ⟦Z|37919⟧ · Tel ⟦P|(865) 555-0127⟧ · Fax ⟦F|(865) 555-0129⟧
⟦D|March 14, 2099⟧
To whom it may concern (⟦O|TSA⟧ / law enforcement):
Mr. ⟦N|Dwayne Elbert Huskey⟧ (DOB ⟦D|02/11/1982⟧) is a patient of this opioid treatment program (patient ID ⟦I|CTC-K-30418⟧) and is authorized to carry 6 take-home doses of methadone 110 mg (lockbox, bottles labeled ⟦D|3/15⟧–⟦D|3/20/2099⟧) while travelling to his mother's funeral in ⟦C|Hazard⟧, ⟦STATE|KY⟧.
Guest dosing could not be arranged at ⟦H|Kentucky River Comprehensive Care⟧. His sister ⟦N|Loretta Combs⟧ (⟦P|606-555-0174⟧) will be with him.
Questions: program physician Dr. ⟦N|Venkat Subramaniam⟧ (⟦E|vsubramaniam@ctcprograms.example.com⟧) or nurse ⟦N|Patsy Ogle⟧, RN.
Sincerely, ⟦N|Anita Sharp-Mbeki⟧, MS, LADAC, Program Director
`);

note("crisis-stabilization-bethel", `
Crisis Stabilization — Daily Note   ⟦H|Yukon-Kuskokwim Health Corporation⟧ Behavioral Health, ⟦C|Bethel⟧, ⟦STATE|AK⟧   ⟦D|3/14/2099⟧
Client: ⟦N|Nanuk Kasayulie⟧ (Yup'ik name ⟦N|Apaliq⟧)   Chart ⟦M|YK-0041872⟧   Home village: ⟦C|Akiachak⟧
Flown in ⟦D|3/12⟧ after a Title 47 hold initiated by VPSO ⟦N|Harold Nicolai⟧; village health aide ⟦N|Rita Evon⟧ called it in. Grandmother ⟦N|Agnes Kasayulie⟧ (⟦A|93⟧) raised him.
Today: slept 7 h, ate, attended talking circle with elder ⟦N|Moses Andrew⟧. Denies SI. PHQ-9 13. AUDIT-C 9. No withdrawal (CIWA-Ar 2).
Court: ⟦O|Alaska Court System⟧ ⟦C|Bethel⟧ case ⟦I|4BE-99-00118PR⟧ — 30-day petition not filed; evaluation at ⟦H|Alaska Psychiatric Institute⟧ not needed per Dr. ⟦N|Ingeborg Sørensen⟧ (tele from ⟦C|Anchorage⟧).
Plan: return to village ⟦D|3/16⟧ on ⟦O|Grant Aviation⟧; follow-up with ⟦O|Akiachak Native Community⟧ behavioral health aide ⟦N|Carla Twitchell⟧ (⟦P|907-555-0135⟧). Uncle ⟦N|Peter Kasayulie⟧ in ⟦C|Wasilla⟧ offered a room in ⟦D|April⟧.
⟦N|Jonah Uttereyuk⟧, BHA III / Dr. ⟦N|Sørensen⟧ co-signed
`);

note("geriatric-psych-consult", `
Geriatric Psychiatry Consultation — ⟦H|Baton Rouge General⟧, Senior Behavioral Unit   ⟦D|14 March 2099⟧
Patient: ⟦N|Hébert, Marguerite Louise⟧   Age ⟦A|94⟧   MRN ⟦M|BRG-0041187⟧   Requested by Dr. ⟦N|Chidi Okereke⟧ (hospitalist)
Q: agitation vs delirium; daughter asks about "hospice or the psych unit".
HPI: widowed (husband ⟦N|Aurelien Hébert⟧ d. ⟦D|2097⟧), lived alone on ⟦S|Government St⟧ until ⟦D|January⟧, then ⟦O|St. James Place⟧ assisted living. Found wandering at the ⟦LO|Mall of Louisiana⟧. MoCA 14/30. CAM positive on ⟦D|3/13⟧.
Her older sister ⟦N|Odile Landry⟧, ⟦A|99⟧, visits from ⟦C|Breaux Bridge⟧ — "she knew me".
Meds: donepezil, quetiapine 25 (started by PCP Dr. ⟦N|Farrah Mouton⟧ ⟦D|2/2099⟧), lorazepam PRN (stop).
Collateral: daughter ⟦N|Claudette Hébert-Simoneaux⟧ (POA) ⟦P|225-555-0183⟧, ⟦E|csimoneaux@cox.example.net⟧; son ⟦N|René⟧ in ⟦C|Houston⟧.
Impression: hyperactive delirium (UTI) on major neurocognitive disorder. Not appropriate for geropsych unit now. Avoid benzodiazepines. Reconsult prn.
⟦N|Winifred Castille⟧, MD, geriatric psychiatry · pager ⟦P|225-555-0191⟧
`);

note("aot-court-report", `
Assisted Outpatient Treatment — Six-Month Report to the Court (Kendra's Law, MHL §9.60)
⟦O|Supreme Court of the State of New York, County of Erie⟧   Index No. ⟦I|E2099-004418⟧   AOT order dated ⟦D|September 15, 2098⟧
Respondent: ⟦N|Nkosana Dlamini-Brooks⟧   DOB ⟦D|12/03/1990⟧   Medicaid CIN ⟦HP|XY44718W⟧
AOT program: ⟦O|Erie County Department of Mental Health⟧, coordinator ⟦N|Stephanie Wojcik⟧, ⟦S|95 Franklin St⟧, ⟦C|Buffalo⟧, ⟦STATE|NY⟧ ⟦Z|14202⟧
Treatment provider: ⟦O|Spectrum Health & Human Services⟧ ACT (team leader ⟦N|Malik Greenidge⟧); psychiatrist Dr. ⟦N|Agnieszka Nowicka⟧.
Adherence: Invega Sustenna 234 mg monthly — received ⟦D|10/1⟧, ⟦D|11/1⟧, ⟦D|12/2⟧, ⟦D|1/3⟧, ⟦D|2/1⟧, ⟦D|3/1/2099⟧. Two removals to ⟦H|ECMC⟧ CPEP (⟦D|10/19/2098⟧, none since).
Housing: ⟦O|Housing Options Made Easy⟧ apartment at ⟦S|211 Grider St⟧. Employment: volunteer at ⟦O|Buffalo City Mission⟧ kitchen.
Recommendation: renewal for 12 months. Respondent's counsel: ⟦N|Jeremiah Fallon⟧, ⟦O|Mental Hygiene Legal Service⟧, Fourth Department, ⟦P|716-555-0126⟧.
⟦N|S. Wojcik⟧, LMSW, AOT Coordinator · ⟦D|3/14/2099⟧
`);

note("lai-clinic-injection-log", `
Long-Acting Injectable Clinic — Injection Log   ⟦O|Comprehensive Mental Health⟧, ⟦S|402 S 9th Ave⟧, ⟦C|Yakima⟧, ⟦STATE|WA⟧   Week of ⟦D|Mar 10–14, 2099⟧
Nurse: ⟦N|Liliana Zamudio⟧, RN (⟦N|LZ⟧)   Pharmacy: ⟦O|Memorial Specialty Pharmacy⟧
⟦D|3/10⟧ ⟦N|Espinoza, Arnulfo⟧ (⟦M|CMH-10441⟧) — Invega Sustenna 156 mg L deltoid, lot not recorded here. BP 122/78. Next ⟦D|4/7⟧.
⟦D|3/10⟧ ⟦N|Whitefoot, Cheyenne⟧ (⟦M|CMH-10587⟧) — Aristada 662 mg R gluteal. Ride from ⟦O|People For People⟧ late.
⟦D|3/11⟧ ⟦N|Soto Maldonado, Héctor⟧ (⟦M|CMH-10612⟧) — haloperidol decanoate 100 mg. AIMS 4 (lip smacking) → Dr. ⟦N|Ferreira⟧ notified.
⟦D|3/12⟧ ⟦N|Kalama, Leilani⟧ (⟦M|CMH-10699⟧) — Vivitrol 380 mg. Referred by ⟦O|Yakima County Drug Court⟧ (PO ⟦N|Sandoval⟧).
⟦D|3/13⟧ ⟦N|Ostrowski, Felix⟧ (⟦M|CMH-10720⟧) — NO SHOW. Called mother ⟦N|Halina⟧ ⟦P|509-555-0111⟧; he is at ⟦H|Astria Toppenish Hospital⟧ since ⟦D|3/12⟧.
⟦D|3/14⟧ ⟦N|Espinoza, Marisela⟧ (⟦M|CMH-10733⟧) — Abilify Maintena 400 mg. Wants to switch to Abilify Asimtufii; PA sent to ⟦O|Molina Healthcare⟧ ⟦F|509-555-0144⟧.
`);

note("inpatient-psych-nursing-shift", `
Nursing Shift Note (Days 0700–1930) — ⟦H|Lowell General Hospital⟧ Inpatient Psychiatry, ⟦C|Lowell⟧   ⟦D|3/14/2099⟧
Pt: ⟦N|Sok, Chanthy⟧ (⟦M|LGH-2207718⟧), Rm 412-B, Section 12(b) → conditional voluntary ⟦D|3/13⟧.
0800 Ate 50% breakfast. Khmer interpreter ⟦N|Sophal Keo⟧ (⟦O|Cambodian Mutual Assistance Association⟧) on phone for team meeting with Dr. ⟦N|Faulkner-Ibe⟧.
1015 Visited by brother ⟦N|Vuthy Sok⟧ and his wife ⟦N|Malis⟧; brought clothes. Pt tearful after visit; 1:1 talk with MHW ⟦N|Jayden Cormier⟧.
1300 PRN hydroxyzine 25 mg for anxiety (GAD-7 not repeated). Effective at 1400.
1530 Pt asked to call her employer ⟦O|Market Basket⟧ (store 27, manager ⟦N|Dennis Thibault⟧) re: FMLA; SW ⟦N|Aoife Brennan⟧ to help ⟦DAY|Monday⟧.
1700 Q15 checks continued; no self-harm. C-SSRS since last contact: negative.
1900 Report to ⟦N|Gwendolyn Asante⟧, RN. ⟦N|Margaret "Peg" Donoghue⟧, RN (⟦N|MD⟧)
`);

note("telepsychiatry-visit", `
Telepsychiatry Progress Note — ⟦O|Genoa Telepsychiatry⟧ for ⟦O|Pathways Community Behavioral Healthcare⟧, ⟦C|Chillicothe⟧, ⟦STATE|MO⟧
Date: ⟦D|2099-03-14⟧ 14:00 CST   Platform: Zoom session ⟦U|https://zoom.example.us/j/4471820931⟧ (patient at site, provider in ⟦C|Kansas City⟧)
Connection log: patient endpoint ⟦IP|10.44.71.82⟧, provider endpoint ⟦IP|172.18.40.117⟧ — audio dropped twice.
Patient: ⟦N|Hollister, Jedediah⟧   DOB ⟦D|4/2/1975⟧   Pathways ID ⟦M|PCB-0718844⟧   Present at site: CSS ⟦N|Brandi Mercer⟧.
S: "Better since the Seroquel went up." Sleeping 7 h. Still hearing his late father ⟦N|Ezekiel⟧ "mostly at night". Working part time at ⟦O|Walmart⟧ in ⟦C|Trenton⟧.
O: PHQ-9 8, GAD-7 6. Weight 241 lb (up 9 since ⟦D|December⟧). A1c 6.1 via ⟦O|Hedrick Medical Center⟧ lab ⟦D|3/1⟧.
A/P: schizoaffective d/o, stable. Quetiapine 400 mg qhs, metformin 500 bid. Labs ⟦D|June⟧. Next tele visit ⟦D|4/11/2099⟧.
⟦N|Rukhsana Qureshi⟧, MD (MO license ⟦I|2099004418⟧), attestation e-signed ⟦D|3/14/2099⟧ 14:41.
`);

note("perinatal-psych-note", `
Reproductive Psychiatry — Follow-up   ⟦H|Women & Infants Hospital⟧ Day Hospital, ⟦S|2 Dudley St⟧, ⟦C|Providence⟧, ⟦STATE|RI⟧   ⟦D|3/14/99⟧
Patient: ⟦N|Amanda Jo Pimentel-Reyes⟧   MRN ⟦M|WI-5541872⟧   EPDS 17 → 11 (⟦D|2/28⟧ → ⟦D|3/14⟧)
Baby ⟦N|Isabella⟧, 8 weeks, with grandmother ⟦N|Lucinda Pimentel⟧ during program hours; pediatrician Dr. ⟦N|Yoon-Ji Baek⟧ at ⟦O|Coastal Medical⟧.
Partner ⟦N|Jonathan Reyes⟧ (⟦P|401-555-0148⟧) is back at work at ⟦O|Electric Boat⟧, ⟦C|Quonset⟧. Family leave paperwork sent by ⟦N|Nilda⟧ (program coordinator) to ⟦O|Sedgwick⟧ ⟦F|401-555-0145⟧.
Meds: sertraline 150 mg (compatible with breastfeeding; infant level not needed). Zuranolone discussed, declined.
Safety: passive SI ⟦D|2/28⟧ resolved; no intrusive thoughts of harm to infant. Grace before dinner with the family is "the calmest part of the day".
Plan: step down to IOP ⟦D|3/21⟧; ⟦O|Postpartum Support International⟧ online group; return if EPDS ≥ 15.
⟦N|Delphine Okonjo⟧, MD · cc: OB Dr. ⟦N|Sanjana Bhagat⟧, ⟦O|Women's Care Obstetrics⟧
`);

note("php-monitoring-letter", `
⟦O|Ohio Physicians Health Program⟧
⟦S|8050 N High St⟧, Suite 190 · ⟦C|Columbus⟧, ⟦STATE|OH⟧ ⟦Z|43235⟧ · ⟦U|www.ophp.example.org⟧
⟦D|March 14th, 2099⟧
⟦O|State Medical Board of Ohio⟧, Compliance Section — Attn: ⟦N|Colleen Strausbaugh⟧
Re: Participant ⟦N|Marcus Aurelio Delgado⟧, MD — monitoring agreement ⟦I|OPHP-2097-0441⟧; license ⟦I|35.184470⟧
Dr. ⟦N|Delgado⟧ signed a five-year agreement on ⟦D|July 2, 2097⟧ after treatment at ⟦H|Talbott Recovery⟧ (⟦C|Atlanta⟧). Since our last report (⟦D|9/2098⟧):
• Toxicology: 31 random observed collections via ⟦O|Affinity eHealth⟧ (participant ID ⟦I|AEH-0414772⟧) — all negative, incl. PEth and EtG.
• Worksite monitor: ⟦N|Jane Ellsworth-Park⟧, MD, chief of anesthesia at ⟦H|Riverside Methodist Hospital⟧ — "no concerns"; no controlled-substance access per agreement.
• Caduceus group at ⟦O|Maryhaven⟧ weekly (facilitator ⟦N|Pete Lanning⟧); therapist ⟦N|Sheila Abramowitz⟧, PhD.
• Naltrexone 50 mg daily, observed by wife ⟦N|Renata Delgado⟧.
He remains in full compliance. Questions: case manager ⟦N|Brandon Yeo⟧, ⟦P|614-555-0105⟧, ⟦E|byeo@ophp.example.org⟧.
`);

// ========================================================= lower case (8) =========================================================

note("crisis-chat-988-lo", `
988 chat transcript (excerpt) — ⟦O|crisis connections⟧ ⟦C|seattle⟧ — chat id ⟦I|cc-99-0314-2217⟧ — ⟦D|3/14/2099⟧ 23:04
visitor: hi idk if this is the right place
⟦N|ren⟧ (crisis counselor): you're in the right place. i'm ⟦N|ren⟧. what's going on tonight?
visitor: my name is ⟦N|taini⟧. my bf ⟦N|marcus⟧ left and took the car and i'm at my moms in ⟦C|federal way⟧ and i have all her pills in front of me
⟦N|ren⟧: thank you for telling me, ⟦N|taini⟧. are you thinking about suicide right now?
visitor: yes. i have her oxycodone and her seroquel
⟦N|ren⟧: can you put them in another room while we talk? is anyone home with you?
visitor: my little brother ⟦N|kekoa⟧ is asleep. mom ⟦N|lani kahananui⟧ works nights at ⟦H|st. francis hospital⟧
visitor: ok i put them in the bathroom cabinet
⟦N|ren⟧: that took strength. will you let me call your mom with you? what's her number
visitor: ⟦P|253-555-0184⟧. we live at ⟦S|1840 sw 320th st⟧ apt 6
⟦N|ren⟧ (note to supervisor ⟦N|j. okafor⟧): imminent risk reduced, mother reached 23:41, coming home. follow-up by ⟦O|valley cities⟧ mobile team ⟦D|3/15⟧ am.
`);

note("therapist-client-texts-lo", `
secure texts (spruce) — ⟦N|nadia ferreira-holm⟧, lmhc — ⟦O|north shore counseling collaborative⟧ — ⟦D|mar 14⟧
client ⟦N|jordan "jojo" mcallister⟧: hey sorry to text late, can we move ⟦DAY|thursday⟧ to ⟦DAY|friday⟧? i got a shift at ⟦O|dunkin⟧ on ⟦S|cabot st⟧
⟦N|nadia⟧: hi ⟦N|jordan⟧! ⟦DAY|friday⟧ ⟦D|3/17⟧ at 4 works. same zoom link: ⟦U|https://doxy.me/nferreiraholm⟧
client: ty. also my psychiatrist dr ⟦N|abernethy⟧ at ⟦H|beverly hospital⟧ upped the lamotrigine and i feel kinda foggy
⟦N|nadia⟧: that's worth calling her office about, ⟦P|978-555-0156⟧. are you safe tonight?
client: yeah. my roommate ⟦N|priya⟧ is here. i just hate that my dad ⟦N|bruce⟧ keeps calling about the ⟦O|salem state⟧ tuition thing
⟦N|nadia⟧: we'll make room for that ⟦DAY|friday⟧. if it gets hard tonight you can text 988 or call ⟦O|aspire health alliance⟧ crisis ⟦P|978-555-0166⟧
client: ok 👍 will do
`);

note("psych-portal-messages-lo", `
mychart messages — ⟦H|ohsu⟧ psychiatry, ⟦C|portland⟧ — pt ⟦N|wren abernathy-soto⟧ (mrn ⟦M|ohsu-44718203⟧)
from ⟦N|wren abernathy-soto⟧ — ⟦D|3/13/2099⟧ 21:47
hi dr ⟦N|kowalski⟧, the clozapine pharmacy (⟦O|fred meyer⟧ on ⟦S|hawthorne blvd⟧) says my anc from ⟦DAY|monday⟧ (⟦D|3/10⟧) isnt in the rems system and they wont fill. i have 2 days left.
reply — ⟦N|olivia kowalski⟧, md — ⟦D|3/14/2099⟧ 08:05
hi ⟦N|wren⟧, our rn ⟦N|teodora⟧ called ⟦O|fred meyer⟧ and entered it (rems patient id ⟦I|crems-7718204⟧). you should be able to pick up after 10. next anc due ⟦D|3/24⟧ at the ⟦H|ohsu⟧ lab on ⟦S|sw sam jackson park rd⟧.
from ⟦N|wren abernathy-soto⟧ — ⟦D|3/14/2099⟧ 11:30
got it thank you!! also my mom ⟦N|ines soto⟧ wants to come to my next appt on ⟦D|april 2⟧, is that ok? she's driving up from ⟦C|medford⟧
reply — ⟦N|teodora vasile⟧, rn — ⟦D|3/14/2099⟧ 12:02
yes, just sign the roi at check-in. see you ⟦D|april 2nd⟧!
`);

note("recovery-house-groupchat-lo", `
whatsapp — "⟦O|oxford house lakewood⟧ ⟦C|dayton⟧" — ⟦D|3/14⟧
⟦N|marcus t⟧ (president): house meeting tonight 7pm. ⟦N|dre⟧ owes 2 wks ee's. also new guy moving in ⟦DAY|sat⟧, ⟦N|luis figueroa⟧ from ⟦H|nova behavioral health⟧ detox
⟦N|dre⟧: i got paid from ⟦O|amazon day5⟧ today, ill have it tonight
⟦N|kenny w⟧: whoever used my cup pls wash it lol. also my po ⟦N|hargrove⟧ is coming by for a home visit ⟦DAY|thurs⟧ fyi
⟦N|marcus t⟧: 👍 ⟦N|sal⟧ you still taking ⟦N|luis⟧ to the ⟦O|samaritan behavioral health⟧ intake ⟦D|3/16⟧?
⟦N|sal benedetto⟧: yes i'll drive him. his suboxone doc is dr ⟦N|nakamura-wolfe⟧ at ⟦O|brightview⟧ on ⟦S|north main st⟧
⟦N|dre⟧: grace and peace fellas. will be late, ⟦O|montgomery county court⟧ thing ⟦D|3/15⟧ 9am, my lawyer ms ⟦N|pham⟧ says its just a status
⟦N|marcus t⟧: all good. chapter rep ⟦N|tasha⟧ (⟦P|937-555-0119⟧) coming to the meeting too
`);

note("case-manager-emails-lo", `
email thread — re: ⟦N|dlamini, sipho⟧ / jail discharge planning — ⟦D|mar 13–14, 2099⟧
from: ⟦E|mquinlan@kcpd.example.org⟧ (⟦N|maeve quinlan⟧, social worker, ⟦O|knox county public defender's community law office⟧) — ⟦D|3/13/2099⟧ 16:20
hi ⟦N|tavia⟧, my client ⟦N|sipho dlamini⟧ (booking ⟦I|kcdf-99-018847⟧) has a plea hearing ⟦D|3/21⟧ before judge ⟦N|mcgavock⟧ in ⟦O|knox county criminal court⟧ div. iii. if he gets released we need a bed. he's been on invega sustenna at the jail (⟦O|knox county detention facility⟧, dr ⟦N|stallings⟧). can ⟦O|helen ross mcnabb center⟧ take him back?
from: ⟦E|tgreer@mcnabb.example.org⟧ (⟦N|tavia greer⟧, forensic liaison, ⟦O|helen ross mcnabb center⟧) — ⟦D|3/14/2099⟧ 09:02
hi ⟦N|maeve⟧ — yes, he's still open with us (client # ⟦I|hrm-0044718⟧). we can hold a bed at our ⟦S|201 w springdale ave⟧ crisis stabilization unit and get his next shot due ⟦D|3/28⟧. his sister ⟦N|thandiwe⟧ (⟦P|865-555-0160⟧) asked to be at the discharge meeting.
fax the release to ⟦F|865-555-0172⟧. our psychiatrist dr. ⟦N|brannigan⟧ can write the letter for the court.
from: ⟦N|maeve quinlan⟧ — ⟦D|3/14/2099⟧ 10:15
perfect, thank you. sending the part 2 consent he signed ⟦D|3/10⟧. ada is ⟦N|ross whitcombe⟧ if you need him.
`);

note("act-team-teams-chat-lo", `
teams chat — "act north on-call" — ⟦O|lutheran community services northwest⟧ ⟦C|spokane⟧ — ⟦D|3/14/2099⟧
⟦N|bethany k⟧ (rn) 07:12: mr. ⟦N|oyelowo⟧ refused his clozapine last night per his mom ⟦N|funmi⟧, anyone near ⟦S|e sprague ave⟧?
⟦N|carlos r⟧ (cm) 07:15: i'm 10 min out, will swing by. he was talking about going to the ⟦O|spokane police⟧ station again
dr. ⟦N|lindgren⟧ 07:20: if he refuses again i'll see him at 11. do not let him miss 2 days — titration risk. ⟦N|bethany⟧ pls check anc in the rems portal
⟦N|bethany k⟧ 07:22: anc ⟦D|3/13⟧ 3.1, fine
⟦N|carlos r⟧ 07:41: took it with me watching. he wants to go see his uncle ⟦N|ade oyelowo⟧ in ⟦C|cheney⟧ ⟦DAY|saturday⟧
⟦N|priya s⟧ (peer) 08:03: i can drive him. also ms. ⟦N|redhawk⟧'s section 8 inspection is at 1, her landlord ⟦N|gary⟧ from ⟦O|ahepa 28⟧ said the smoke alarm is still out
dr. ⟦N|lindgren⟧ 08:05: thanks all. ⟦N|cr⟧ pls document the observed dose
`);

note("fbt-parent-portal-lo", `
portal messages — ⟦H|seattle children's⟧ eating disorder program — re: ⟦N|mia castellanos⟧ (15), mrn ⟦M|sch-3304418⟧
from parent ⟦N|gabriela castellanos⟧ — ⟦D|3/13⟧ 20:14
hi dr. ⟦N|holloway⟧, ⟦N|mia⟧ refused the second half of dinner and then did situps in her room. my husband ⟦N|andrés⟧ and i don't know if we should call. her weight at ⟦O|kaiser⟧ ⟦C|bellevue⟧ today was 44.1 kg.
reply — ⟦N|tamsin holloway⟧, phd — ⟦D|3/14⟧ 08:40
thank you for writing. this is the part of fbt where hope can feel far away — you are doing the right things. please bring her in at 11 today (⟦D|3/14⟧) for vitals with our rn ⟦N|mbali⟧.
from parent ⟦N|gabriela castellanos⟧ — ⟦D|3/14⟧ 09:02
ok we will come. her grandma ⟦N|consuelo ibarra⟧ is staying with us from ⟦C|yakima⟧ and can watch her brother ⟦N|nico⟧. also the school (⟦O|odle middle school⟧) nurse mrs. ⟦N|park⟧ wants a note about lunch supervision, her fax is ⟦F|425-555-0117⟧
reply — ⟦N|mbali ndlovu⟧, rn — ⟦D|3/14⟧ 09:30
will do. our program line is ⟦P|206-555-0143⟧ ext ⟦P|2⟧ if anything changes before 11.
`);

note("lai-pharmacy-emails-lo", `
email — re: sublocade shipment / pt ⟦N|haskins, rory⟧ — ⟦D|march 14, 2099⟧
from: ⟦E|intake@shieldspecialty.example.com⟧ (⟦N|keanu alapai⟧, ⟦O|shields health solutions⟧ specialty pharmacy) — 08:15
hi team, sublocade 300 mg for ⟦N|rory haskins⟧ (dob ⟦D|10/9/1996⟧) is approved by ⟦O|caresource⟧ (member id ⟦HP|cs77184420⟧, auth ⟦I|cs-pa-99-30418⟧). it ships ⟦D|3/15⟧ to ⟦H|riverside recovery clinic⟧, ⟦S|1425 e 5th ave⟧, ⟦C|columbus⟧. rems id ⟦I|bup-rems-4471820⟧. tracking will come from ⟦O|fedex⟧.
from: ⟦E|lfontaine@riversiderecovery.example.org⟧ (⟦N|lisette fontaine⟧, rn) — 09:40
thanks ⟦N|keanu⟧. he's on our schedule ⟦D|3/17⟧ with dr ⟦N|oduya-marsh⟧. his mom ⟦N|carol haskins⟧ is the one to call if he no-shows, ⟦P|614-555-0189⟧. last dose was ⟦D|feb 15⟧ so he's within window.
from: ⟦N|keanu alapai⟧ — 09:52
noted. pls confirm receipt at ⟦U|https://portal.shieldsrx.example.com/confirm⟧ with user ⟦UN|rrc_columbus2⟧.
`);

write();
