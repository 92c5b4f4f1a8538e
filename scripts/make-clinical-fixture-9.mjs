// Why this file exists: builds test/fixtures/clinical-notes-9.jsonl, a ninth labelled set of clinical notes written by
// hand to measure blind generalisation after twelve rounds of rules, in note kinds and PHI forms fixtures 1-8 hold few
// of: ED triage and provider notes, ICU nursing shift notes, dialysis run sheets (machine serials), radiology and
// pathology reports with accession numbers, psychiatry and social-work notes with relatives, discharge instructions,
// operative notes with anaesthesia and nursing team lists and implant lots, consult letters with cc: address blocks,
// release-of-information forms, telephone encounters and patient messages in lower case, nursing-home transfer forms,
// interpreter and chaplain notes, wound care, hospice, genetic counselling with pedigrees, a VA note, correctional
// health, a summer-camp form, HL7 v2 segments and CSV export rows (names as "LAST^FIRST^M" and "Last,First"), sleep
// study, occupational health and workers' compensation, immunisation record, poison-control call, tumour board, code
// blue record, POLST with agents and witnesses, lab reports with CLIA numbers, methadone dosing, fertility clinic with
// donor numbers, DOT and FAA exams; about a third in ALL CAPS and a few in lower case. PHI as i2b2/MIMIC label it:
// patients, relatives, clinicians and staff (initials, nicknames in quotes, apostrophes, particles, hyphens, names of
// many origins), hospitals by acronym and in full, clinics, agencies, employers, schools and camps, streets with units,
// towns, zips, dates of every format, ages over 89, phones with extensions, pagers, faxes, MRNs, accession, account,
// inmate, claim, licence, device and lot numbers, emails, URLs, IPs and user names. Every name, place and number is
// invented here; nothing is copied from any corpus, and the notes were written before reading the detector's rules.
// Labelling follows fixtures 5-8: weekdays and holidays are `ignored` (DAY), as are states, countries and professions;
// seasons are left unlabelled; ages under 90 are no PHI; room and bed numbers are left unlabelled.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-8 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-9.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-9.jsonl", "make-clinical-fixture-9");

// ---------------------------------------------------------------------------------------------------------------
note("ed-triage-caps", `
EMERGENCY DEPARTMENT TRIAGE - ⟦H|MERCY ST. VINCENT MEDICAL CENTER⟧
ARRIVAL: ⟦D|03/14/2025⟧ 02:17 VIA ⟦O|LUCAS COUNTY EMS⟧ MEDIC 14
PATIENT: ⟦N|KOWALCZYK, BOGDAN T⟧   MRN ⟦M|00418832⟧   DOB ⟦D|07/22/1961⟧
CHIEF COMPLAINT: FALL DOWN STAIRS AT HOME (⟦S|2215 HOLLAND-SYLVANIA RD APT 3B⟧, ⟦C|TOLEDO⟧ ⟦Z|43615⟧), ETOH.
PER WIFE ⟦N|GRAZYNA⟧ (⟦P|419-555-0127⟧) HE WAS DRINKING AT ⟦O|THE ANCHOR TAP⟧ SINCE 8 PM.
ESI 2. GCS 14. C-COLLAR IN PLACE. LAC TO OCCIPUT 4 CM.
PCP: DR. ⟦N|ABERNATHY-KHOURY⟧ AT ⟦H|PROMEDICA SYLVANIA⟧.
TRIAGE RN: ⟦N|T. MCCRAY⟧   NOTIFIED DR. ⟦N|OSEI-BONSU⟧ AT 02:25
`);

note("ed-provider", `
ED Provider Note   ⟦D|Mar 14 2025⟧ 03:05
Attending: ⟦N|Kwabena Osei-Bonsu⟧, MD   Resident: ⟦N|Lindqvist⟧, PGY-2   Scribe: ⟦N|Paloma Reyes-Tan⟧
HPI: 63 yo M brought by EMS after a fall of about 12 steps at home. Wife ⟦N|Grażyna⟧ found him at the bottom of the stairs. He last saw Dr. ⟦N|Abernathy-Khoury⟧ on ⟦D|2/27⟧ for BP. He was discharged from ⟦H|Toledo Hospital⟧ on ⟦D|January 9th⟧ after alcohol withdrawal.
Social: works nights as a ⟦PROF|welder⟧ at ⟦O|Maumee Bay Fabrication⟧; son ⟦N|Piotr⟧ lives in ⟦C|Perrysburg⟧.
ED course: CT head and C-spine negative (see ACC ⟦I|25-0314-8812⟧). Lac repaired by Dr. ⟦N|Lindqvist⟧ with 6 staples.
Dispo: obs under Dr. ⟦N|Marguerite Abellard⟧ (hospitalist), pager ⟦P|4417⟧.
`);

note("icu-nursing-shift", `
MICU Nursing Shift Note 0700-1900  ⟦D|11/02/24⟧
Pt ⟦N|Ngozi Adeyemi-Clarke⟧, bed 12. Received report from ⟦N|Farrukh⟧ RN at 0700.
Neuro: sedated on propofol 20 mcg/kg/min, RASS -2. Resp: AC 18/450/PEEP 10/FiO2 50%. CV: levophed 0.06.
Family: husband ⟦N|Desmond Clarke⟧ and sister ⟦N|Chiamaka⟧ at bedside 1000-1400; updated by Dr. ⟦N|Vukovic⟧. Husband requests calls to cell ⟦P|(614) 555-0186⟧ only, not home.
1530 pt's pastor, Rev. ⟦N|Ezekiel Tubman⟧ of ⟦O|Mount Olive AME Church⟧, visited.
1800 K 3.2, replaced per protocol, d/w Dr. ⟦N|Sahin⟧.
Handoff to ⟦N|J. Whitfield-Oduya⟧, RN. -- ⟦N|Marisol Ybarra⟧, RN, CCRN
`);

note("dialysis-run-caps", `
HEMODIALYSIS TREATMENT RECORD - ⟦H|DAVITA RIVERBEND DIALYSIS⟧
PT: ⟦N|FONOTI, SEMISI⟧   ID ⟦M|RB-004471⟧   DATE ⟦D|06-AUG-2024⟧   CHAIR 9   SHIFT 2
MACHINE: ⟦O|FRESENIUS⟧ 2008T SN ⟦DEV|8FXB-221907⟧   DIALYZER OPTIFLUX 180NRE LOT ⟦DEV|KJ4471B⟧
ACCESS: L BRACHIOCEPHALIC AVF (CREATED ⟦D|2019⟧ BY DR. ⟦N|TUPOU⟧ AT ⟦H|QUEEN'S WEST⟧).
PRE WT 104.2 KG  POST 101.1 KG  UF 3.1 L  BP 168/92 -> 141/80
NEPHROLOGIST: DR. ⟦N|HAUNANI KEAWE-PARK⟧ ROUNDED. NEXT TX ⟦DAY|THURSDAY⟧ ⟦D|8/8⟧.
TRANSPORT BY ⟦O|ALOHA MEDIVAN⟧ ⟦P|808-555-0161⟧.
RN ⟦N|L. BAUTISTA⟧ / PCT ⟦N|KEONI⟧
`);

note("ct-report-caps", `
⟦H|NWH⟧ RADIOLOGY   ACCESSION: ⟦I|CT2409118834⟧   MRN: ⟦M|7731-0042⟧
EXAM: CT ABDOMEN PELVIS W CONTRAST   DATE: ⟦D|09/11/2024⟧ 14:02
PATIENT: ⟦N|DELACROIX-BOUCHARD, ÉLODIE⟧   AGE: ⟦A|93⟧ Y   SEX: F
ORDERING: ⟦N|PRZYBYLSKI, ANNA M⟧ MD   CC: ⟦N|NAKASHIMA, RYO⟧ MD
HISTORY: RLQ PAIN, ELEVATED LIPASE.
COMPARISON: CT ⟦D|02/03/2023⟧ AT ⟦H|NEWTON-WELLESLEY⟧.
FINDINGS: 2.1 CM HYPODENSE LESION PANCREATIC HEAD. CBD 11 MM. NO FREE AIR.
IMPRESSION: PANCREATIC HEAD MASS WITH BILIARY DILATATION. RECOMMEND EUS.
CRITICAL RESULT CALLED TO DR. ⟦N|PRZYBYLSKI⟧ BY DR. ⟦N|HALVORSEN⟧ AT 14:40 ON ⟦D|9/11/24⟧, READ BACK.
DICTATED BY: ⟦N|ERIK J. HALVORSEN⟧, M.D.   SIGNED ⟦D|09/11/2024⟧ 14:51
`);

note("surg-path", `
SURGICAL PATHOLOGY REPORT
Accession #: ⟦I|S24-018872⟧        Received: ⟦D|2024-10-15⟧
Patient: ⟦N|Tran, Quoc Minh⟧      MRN: ⟦M|500982117⟧      DOB: ⟦D|1957-04-30⟧
Submitting physician: ⟦N|Ifeoma Chukwu-Berger⟧, MD (⟦H|Lakeview Surgical Associates⟧)
Specimen: A. Sigmoid colon, resection. B. Lymph nodes, mesenteric.
Gross: Received fresh labelled "⟦N|Tran, Quoc⟧ - sigmoid". A 22 cm segment ... (gross by ⟦N|DMK⟧, PA)
Final diagnosis: A. Adenocarcinoma, moderately differentiated, pT3 N1a (1/19).
Intradepartmental consult: ⟦N|R. Castellanos⟧ agrees. Block A4 sent to ⟦O|NeoGenomics⟧ for MSI (req ⟦I|NG-7741902⟧).
Electronically signed out by ⟦N|Sunniva Haugland⟧, MD on ⟦D|10/18/2024⟧ 16:22
`);

note("psych-intake", `
Psychiatric Intake - ⟦H|Riverside Behavioral Health⟧
Date: ⟦D|4 Feb 2025⟧
Patient: ⟦N|Dashiell "Dash" Montgomery-Ruiz⟧, 19M, sophomore at ⟦O|Kenyon College⟧, brought by mother ⟦N|Ines Ruiz⟧ and stepfather ⟦N|Curtis Montgomery⟧.
HPI: Three weeks of insomnia and grandiosity after his girlfriend ⟦N|Saoirse⟧ ended their relationship. His roommate ⟦N|Tobias Wendt⟧ called campus safety on ⟦D|1/31⟧ when ⟦N|Dash⟧ tried to climb the bell tower.
Family hx: maternal uncle ⟦N|Ramón⟧ with bipolar I, treated at ⟦H|McLean⟧; paternal grandmother died by suicide in ⟦D|1988⟧.
Collateral: college counselor Dr. ⟦N|Priyanka Venkataraman⟧ ⟦P|740-555-0139 ext 5512⟧.
Plan: admit voluntarily to 4 West. Lithium discussed with mother. — ⟦N|A. Bergström-Lee⟧, MD
`);

note("social-work-caps", `
SOCIAL WORK ASSESSMENT   ⟦D|JULY 22, 2024⟧
PT ⟦N|MOHAMED ABDIRAHMAN WARSAME⟧, 71 Y/O, REFERRED BY DR. ⟦N|LINDGREN⟧ FOR DISPO PLANNING.
LIVES WITH SON ⟦N|ABDIKARIM⟧ AND DAUGHTER-IN-LAW ⟦N|HODAN⟧ AT ⟦S|1840 CEDAR AVE S #507⟧, ⟦C|MINNEAPOLIS⟧ ⟦Z|55404⟧. SOMALI SPEAKING; INTERPRETER ⟦N|FARHIYA⟧ USED.
RECEIVES SERVICES FROM ⟦O|HENNEPIN COUNTY ADULT SERVICES⟧ (CASE WORKER ⟦N|GRETCHEN AALTO⟧ ⟦P|612-555-0170⟧).
INSURANCE: ⟦O|UCARE⟧ MEMBER ⟦HP|UC55021887⟧.
PLAN: REFERRAL FOR PCA HOURS, FOLLOW UP AT ⟦H|CEDAR-RIVERSIDE COMMUNITY CLINIC⟧.
⟦N|BEATRIZ OYELARAN⟧, LICSW
`);

note("discharge-instructions", `
Discharge Instructions for ⟦N|Wilhelmina "Billie" Van der Merwe⟧
You were in ⟦H|Saint Luke's East Hospital⟧ from ⟦D|August 3⟧ to ⟦D|August 6, 2024⟧ for pneumonia.
Follow-up appointments:
 - Dr. ⟦N|Olamide Fashola⟧ (primary care), ⟦H|Lee's Summit Family Medicine⟧, ⟦S|301 NE Tudor Rd, Suite 120⟧, ⟦C|Lee's Summit⟧, ⟦STATE|MO⟧ ⟦Z|64086⟧. ⟦DAY|Monday⟧ ⟦D|8/12⟧ at 9:40 am. Call ⟦P|816.555.0192⟧ to change.
 - Chest x-ray at ⟦H|Saint Luke's Imaging - Blue Springs⟧ in 6 weeks.
Questions after hours: nurse line ⟦P|1-816-555-0100⟧, option 3.
See your results online at ⟦U|https://mychart.saintlukeskc-demo.org⟧ (username ⟦UN|wvdmerwe52⟧).
Your nurse today was ⟦N|Kenji⟧. Discharging provider: ⟦N|Rosalind Achterberg⟧, PA-C.
`);

note("operative-note", `
OPERATIVE REPORT
Date of surgery: ⟦D|05/02/2024⟧
Patient: ⟦N|Ana Lúcia Figueiredo⟧   MRN ⟦M|3398120⟧
Surgeon: ⟦N|Gideon Marchetti-Ash⟧, MD
Assistant(s): ⟦N|Hae-won Jeong⟧, MD (fellow); ⟦N|Tomasz Wróbel⟧, PA-C
Anesthesia: General. Anesthesiologist: Dr. ⟦N|Oluwaseun Ajala⟧; CRNA: ⟦N|Brigid Nolan⟧
Circulator: ⟦N|Ferris⟧, RN   Scrub: ⟦N|D. Kapoor⟧, CST
Procedure: Right total hip arthroplasty, anterior approach.
Implants: ⟦O|Stryker⟧ Accolade II stem size 5, lot ⟦DEV|A7F22091⟧; Trident cup 52 mm, lot ⟦DEV|TC8813370⟧.
EBL 350 mL. Specimens: femoral head to pathology. Patient to PACU in stable condition. Her husband ⟦N|Joaquim⟧ was updated in the waiting room by phone ⟦P|(401) 555-0133⟧.
`);

note("consult-letter", `
⟦H|Bayou Neurology Associates⟧
⟦S|4410 Magazine Street⟧, ⟦C|New Orleans⟧, ⟦STATE|LA⟧ ⟦Z|70115⟧ · Tel ⟦P|504-555-0148⟧ · Fax ⟦F|504-555-0149⟧

⟦D|December 9, 2024⟧

⟦N|Lucien Thibodeaux⟧, MD
⟦H|Ochsner Health Center - Metairie⟧
⟦S|2820 Napoleon Ave⟧, ⟦C|Metairie⟧ ⟦Z|70001⟧

RE: ⟦N|Marie-Claire Broussard⟧   DOB ⟦D|3/19/1949⟧

Dear Dr. ⟦N|Thibodeaux⟧,
Thank you for asking me to see Mrs. ⟦N|Broussard⟧ for tremor. Her daughter ⟦N|Yvette⟧ accompanied her. DaTscan on ⟦D|11/20/2024⟧ was abnormal, consistent with Parkinson disease. I started carbidopa-levodopa and will see her again in three months.
Sincerely,
⟦N|Anjali Deshpande-Moreau⟧, MD
cc: ⟦N|Marie-Claire Broussard⟧, ⟦S|718 Rue Dauphine⟧, ⟦C|Chalmette⟧ ⟦Z|70043⟧
    Dr. ⟦N|René Guidry⟧ (ophthalmology)
`);

note("roi-form", `
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient name: ⟦N|Okafor, Chidinma⟧   Date of birth: ⟦D|02-11-1983⟧   Phone: ⟦P|(313) 555-0177⟧
Address: ⟦S|15520 Greenfield Rd⟧, ⟦C|Detroit⟧, ⟦STATE|MI⟧ ⟦Z|48227⟧   Last 4 SSN: ⟦SSN|6612⟧
I authorize: ⟦H|Henry Ford Hospital⟧, Health Information Management
To release to: ⟦O|Hargrove & Liu, P.C.⟧, attn. ⟦N|Darnell Hargrove⟧, Esq., ⟦S|500 Griswold St Ste 2200⟧, ⟦C|Detroit⟧ ⟦Z|48226⟧, fax ⟦F|313-555-0101⟧
Records: ED and inpatient records from ⟦D|10/01/2023⟧ through ⟦D|12/31/2023⟧, imaging.
Purpose: legal. This authorization expires on ⟦D|06/30/2025⟧.
Signature: ⟦N|Chidinma Okafor⟧  Date: ⟦D|1/6/25⟧   Witness: ⟦N|K. Halloran⟧ (HIM)
Request # ⟦I|ROI-2025-000431⟧
`);

note("phone-encounter-lower", `
telephone encounter ⟦D|2/19/25⟧ 4:12 pm
caller: ⟦N|rosa⟧ (daughter of pt ⟦N|esperanza villanueva⟧), cb ⟦P|559-555-0153⟧
states mom fell last night getting up to bathroom, no loc, now c/o L wrist pain. mom is ⟦A|91⟧ and lives w/ her in ⟦C|visalia⟧.
advised to go to ⟦H|kaweah health⟧ ed or urgent care for xray. ⟦N|rosa⟧ states she will take her to ⟦H|accelerated urgent care⟧ on ⟦S|mooney blvd⟧.
routed to dr ⟦N|haddad⟧. -- ⟦N|mkt⟧ rn
`);

note("snf-transfer-caps", `
INTERFACILITY TRANSFER FORM
FROM: ⟦H|GOLDEN HORIZONS HEALTH AND REHABILITATION⟧, ⟦S|900 W 9TH ST⟧, ⟦C|CLAREMONT⟧   TO: ⟦H|POMONA VALLEY HOSPITAL MEDICAL CENTER⟧ ED
RESIDENT: ⟦N|HOVHANNISYAN, ARMEN⟧   DOB ⟦D|01/05/1931⟧   AGE ⟦A|94⟧
DATE/TIME OF TRANSFER: ⟦D|10/27/2024⟧ 21:30
REASON: SBP 78, LETHARGY, FEVER 101.8.
CODE STATUS: DNR/DNI PER POLST. AGENT: SON ⟦N|ARAM HOVHANNISYAN⟧ ⟦P|909-555-0114⟧ (CELL), ALT: GRANDDAUGHTER ⟦N|LUSINE⟧ ⟦P|909-555-0115⟧.
ATTENDING AT FACILITY: DR. ⟦N|BABAYAN⟧   FACILITY PHONE ⟦P|909-555-0100 X221⟧
SENDING NURSE: ⟦N|ROWENA DIMAANO⟧, LVN   REPORT CALLED TO ⟦N|CHANTAL⟧ RN
`);

note("interpreter-note", `
Interpreter Services Encounter
⟦D|2024-12-03⟧ 10:15-10:55, Clinic 3B, ⟦H|Harborview⟧
Language: Hmong. Interpreter: ⟦N|Pa Houa Vang⟧ (staff ID ⟦I|IS-2291⟧). Mode: in person.
Provider: Dr. ⟦N|Thorne⟧. Patient: ⟦N|Xiong, Nou Chee⟧, accompanied by husband ⟦N|Tou Lee Xiong⟧ and nephew ⟦N|Kou⟧.
Note: family asked that results be shared with the eldest son ⟦N|Chue⟧ who lives in ⟦C|St. Paul⟧. Follow-up interpreting booked via ⟦O|CyraCom⟧ for ⟦D|12/17⟧.
`);

note("wound-care", `
Wound Care Clinic Progress Note — ⟦H|Sentara Leigh⟧ Wound Healing Center
DOS: ⟦D|Jan 28, 2025⟧   Pt: ⟦N|Cornelius "Neil" Ashby-Grant⟧   MRN: ⟦M|SL-2281945⟧
Wound 1: sacral stage 4 pressure injury, 6.1 x 4.0 x 2.2 cm, 30% slough. Sharp debridement by Dr. ⟦N|Mbeki⟧.
NPWT (⟦O|KCI⟧ V.A.C. Ulta, serial ⟦DEV|UTA4471820⟧) resumed at -125 mmHg.
Home health: ⟦O|Bayview Home Care⟧, nurse ⟦N|Tamsin O'Rourke⟧ ⟦P|757-555-0190⟧, dressing changes MWF.
Wife ⟦N|Lorraine⟧ does repositioning at night. Returns ⟦D|2/4⟧.
`);

note("hospice-caps", `
HOSPICE ADMISSION NOTE - ⟦O|HEARTLAND HOSPICE OF THE OZARKS⟧
DATE: ⟦D|FEBRUARY 2, 2025⟧
PATIENT: ⟦N|MCALLISTER, OPAL JEAN⟧, ⟦A|97⟧ YEAR OLD FEMALE, END STAGE CHF.
RESIDES AT ⟦S|RR 2 BOX 118⟧, ⟦C|MOUNTAIN VIEW⟧, ⟦STATE|AR⟧ WITH GRANDSON ⟦N|TRAVIS WAYNE MCALLISTER⟧ WHO IS PRIMARY CAREGIVER.
HEALTHCARE POA: DAUGHTER ⟦N|LORETTA SPEARS⟧ OF ⟦C|BATESVILLE⟧ ⟦P|870-555-0136⟧.
ATTENDING: DR. ⟦N|ELI VANDERPOOL⟧. HOSPICE MEDICAL DIRECTOR: DR. ⟦N|NAOMI FEATHERSTONE⟧.
CHAPLAIN BRO. ⟦N|DALE HUCKABY⟧ TO VISIT. FUNERAL HOME: ⟦O|LACKEY-MORROW FUNERAL HOME⟧.
PT WAS A SCHOOLTEACHER AT ⟦O|STONE COUNTY ELEMENTARY⟧ FOR 41 YEARS.
`);

note("genetic-pedigree", `
Cancer Genetic Counseling — pedigree summary
⟦D|04/09/2025⟧   Counselor: ⟦N|Henrike Vos⟧, MS, CGC   Referring: Dr. ⟦N|Adaeze Nwosu⟧
Proband ⟦N|Talia Ben-Haim⟧ (III-2), 38, breast ca dx 36.
Mother ⟦N|Ruth Ben-Haim⟧ (II-3), ovarian ca dx 54, d. ⟦D|2015⟧. Maternal aunt ⟦N|Shoshana Feldblum⟧ (II-4), breast ca at 49, living in ⟦C|Haifa⟧ (⟦COUNTRY|Israel⟧). Maternal grandmother ⟦N|Esther⟧ (I-2) died at ⟦A|92⟧ of "old age".
Father ⟦N|Avi Ben-Haim⟧ (II-1), prostate ca at 70. Brother ⟦N|Noam⟧ (III-1), well; sister ⟦N|Maya Ben-Haim Oren⟧ (III-3) untested.
Ashkenazi ancestry on both sides. Sent BRCA1/2 founder panel plus multigene panel to ⟦O|Ambry Genetics⟧, kit ⟦I|AG-55-210094⟧.
`);

note("va-note", `
⟦H|VA Palo Alto HCS⟧ - ⟦H|Menlo Park Division⟧ - PTSD Clinical Team
Veteran: ⟦N|Delgado-Reyes, Fernando J⟧  (SSN ⟦SSN|xxx-xx-8831⟧)  ⟦D|Feb 11, 2025⟧
Served USMC ⟦D|2003⟧-⟦D|2011⟧, two deployments to ⟦C|Ramadi⟧ and ⟦C|Fallujah⟧ with 2nd Bn 1st Marines. Lost his squad leader, SSgt ⟦N|Hollis⟧, in ⟦D|Nov 2004⟧.
Lives in ⟦C|Gilroy⟧ with partner ⟦N|Yesenia⟧ and two kids. Works for ⟦O|Caltrans⟧ District 4.
Group: CPT group led by Dr. ⟦N|Leibowitz⟧ and ⟦N|Kimberly Toa⟧, LCSW. Vet Center contact ⟦P|408-555-0163⟧.
/es/ ⟦N|MAREN SOLHEIM⟧, PhD, Staff Psychologist   Signed: ⟦D|02/11/2025⟧ 15:40
`);

note("correctional-caps", `
⟦O|WASHINGTON STATE DEPARTMENT OF CORRECTIONS⟧ - HEALTH SERVICES KITE RESPONSE
FACILITY: ⟦H|COYOTE RIDGE CORRECTIONS CENTER⟧, UNIT MSU   DATE: ⟦D|12-20-2024⟧
INDIVIDUAL: ⟦N|RAINWATER, JESSE LEE⟧   DOC# ⟦I|412896⟧   DOB ⟦D|9/9/1979⟧
COMPLAINT: L KNEE PAIN SINCE FALL ON YARD ⟦D|12/15⟧. ESCORTED BY OFFICER ⟦N|VILLANUEVA⟧ AND SGT. ⟦N|KRUEGER⟧.
EXAM: EFFUSION, STABLE LIGAMENTS. X-RAY ORDERED; CONSULT TO ⟦H|KADLEC⟧ ORTHO IF NEEDED.
PROVIDER: ⟦N|M. TENNYSON-OKORO⟧, ARNP   CC: HSM ⟦N|ODEGAARD⟧
`);

note("camp-form", `
Camp Health Form — ⟦O|Camp Kinnikinnick⟧, ⟦C|Estes Park⟧   Session 2 (⟦D|July 6-19, 2025⟧)
Camper: ⟦N|Ezra Blumenfeld-Acosta⟧   DOB ⟦D|3/3/2014⟧   Cabin: Aspen
Parent/guardian 1: ⟦N|Dana Blumenfeld⟧  cell ⟦P|303-555-0181⟧  email ⟦E|dana.blumenfeld@examplemail.com⟧
Parent/guardian 2: ⟦N|Mateo Acosta⟧  work ⟦P|720-555-0182 x 340⟧
Physician: Dr. ⟦N|Siobhan Keane⟧, ⟦H|Boulder Valley Pediatrics⟧, ⟦P|303-555-0140⟧
Allergies: peanuts (EpiPen x2 with counselor ⟦N|Jonah⟧ and in health hut). Last tetanus ⟦D|05/2021⟧.
Reviewed by camp nurse ⟦N|Gwen Pettigrew⟧, RN on ⟦D|7/6/25⟧.
`);

note("hl7-segments", `
MSH|^~\\&|EPICADT|⟦H|RMCH⟧|LABSYS|⟦H|RMCH⟧|⟦D|20250117083212⟧||ADT^A04|MSG0099123|P|2.5.1
PID|1||⟦M|4471902⟧^^^⟦H|RMCH⟧^MR||⟦N|ABUBAKAR^HALIMA^S⟧||⟦D|19880512⟧|F|||⟦S|77 KINGSLEY AVE APT 4⟧^^⟦C|PROVIDENCE⟧^⟦STATE|RI⟧^⟦Z|02903⟧||⟦P|(401)555-0166⟧|||||⟦I|88120045⟧
NK1|1|⟦N|ABUBAKAR^YUSUF⟧|SPO|⟦P|(401)555-0167⟧
PV1|1|O|FAMMED^^^⟦H|RMCH⟧||||⟦I|2231⟧^⟦N|ODUYA^FELIX^A⟧^^^MD|||||||||||⟦I|V55100291⟧
IN1|1|BCBSRI|⟦O|BLUE CROSS BLUE SHIELD OF RI⟧|||||||||||||||||||||||||||||||||||⟦HP|ZBR900481177⟧
`);

note("csv-export", `
Clinic schedule export (no-shows) — ⟦H|Eastside Family Health⟧
MRN,Last,First,DOB,Appt,Provider,Phone
⟦M|2209311⟧,⟦N|Nguyen⟧,⟦N|Bao Chau⟧,⟦D|1990-02-14⟧,⟦D|2025-01-07⟧ 09:20,⟦N|Strand K⟧,⟦P|206-555-0118⟧
⟦M|2210842⟧,⟦N|O'Callaghan⟧,⟦N|Fionnuala⟧,⟦D|1972-11-30⟧,⟦D|2025-01-07⟧ 10:40,⟦N|Strand K⟧,⟦P|206-555-0119⟧
⟦M|2199007⟧,⟦N|Haile⟧,⟦N|Mekdes⟧,⟦D|2001-06-06⟧,⟦D|2025-01-08⟧ 13:00,⟦N|Achebe-Lund T⟧,⟦P|425-555-0120⟧
⟦M|2215530⟧,⟦N|Ruiz Zapata⟧,⟦N|Jhon Fredy⟧,⟦D|1966-09-21⟧,⟦D|2025-01-08⟧ 15:20,⟦N|Achebe-Lund T⟧,⟦P|253-555-0121⟧
Compiled by ⟦N|lmorrow⟧ ⟦D|1/9/2025⟧
`);

note("sleep-study-caps", `
POLYSOMNOGRAPHY REPORT - ⟦H|SLEEP DISORDERS CENTER OF THE PIEDMONT⟧
PATIENT: ⟦N|HARGIS, WENDELL "BUDDY"⟧   DOB: ⟦D|05-MAR-1966⟧   STUDY DATE: ⟦D|03/22/2025⟧
REFERRING: DR. ⟦N|PRIYA SUBRAMANIAN⟧, ⟦H|WAKE FOREST BAPTIST PULMONARY⟧
TECHNOLOGIST: ⟦N|CODY FARRINGTON⟧, RPSGT   SCORED BY ⟦N|AMBER LEDFORD⟧
AHI 38.4/H, RDI 44.0, NADIR SPO2 79%. SEVERE OSA.
RECOMMEND CPAP TITRATION. DME: ⟦O|PIEDMONT RESPIRATORY SUPPLY⟧ ⟦P|336-555-0112⟧.
INTERPRETING PHYSICIAN: ⟦N|THADDEUS OKONKWO-BELL⟧, MD, D.ABSM   ⟦D|3/25/25⟧
`);

note("occ-health", `
Occupational Health — Work Injury Evaluation
⟦H|Concentra⟧ ⟦C|Fort Worth⟧ North, ⟦D|10-09-2024⟧
Employee: ⟦N|Treviño, Aurelio⟧   Employer: ⟦O|Lone Star Cold Storage LLC⟧   Supervisor: ⟦N|Bucky Hensarling⟧
Claim #: ⟦I|TX-WC-24-0881732⟧   Adjuster: ⟦N|Meredith Quattlebaum⟧, ⟦O|Texas Mutual⟧, ⟦P|800-555-0131 ext. 4471⟧
Injury: ⟦D|10/08/24⟧ slipped on ice in freezer bay 3, FOOSH, R wrist.
X-ray: nondisplaced distal radius fx (read by Dr. ⟦N|Ogunleye⟧).
Work status: modified duty, no use of R hand, through ⟦D|10/23/24⟧. DWC-73 faxed to employer ⟦F|817-555-0109⟧.
Provider: ⟦N|Colette Ravensworth⟧, DO
`);

note("immunization-record", `
Certificate of Immunization — ⟦O|Hillsborough County Public Schools⟧
Student: ⟦N|Amara Nakamura-Jones⟧   DOB ⟦D|08/14/2018⟧   School: ⟦O|Mitchell Elementary⟧
Parent: ⟦N|Keiko Nakamura⟧, ⟦S|3107 W San Miguel St⟧, ⟦C|Tampa⟧ ⟦Z|33629⟧
DTaP: ⟦D|10/20/2018⟧, ⟦D|12/21/2018⟧, ⟦D|2/22/2019⟧, ⟦D|11/30/2019⟧, ⟦D|8/20/2022⟧
MMR: ⟦D|8/15/2019⟧, ⟦D|8/20/2022⟧   Varicella: ⟦D|8/15/2019⟧, ⟦D|8/20/2022⟧
Administered at ⟦H|South Tampa Pediatric Partners⟧; certified by ⟦N|Luis Echeverría⟧, MD, FL lic ⟦I|ME104471⟧.
`);

note("poison-control-lower", `
poison center call ⟦D|6/2/25⟧ 19:48  case ⟦I|25-061994⟧
caller ⟦N|jen⟧ (mother), child ⟦N|oliver brandt-sayers⟧ 2y, home in ⟦C|eau claire⟧. call back ⟦P|715 555 0106⟧
found w/ grandma ⟦N|carol⟧'s pill organizer open ~19:15; possibly up to 2 amlodipine 10 mg.
advised ED eval. caller taking pt to ⟦H|mayo clinic health system eau claire⟧. ed charge rn ⟦N|deb⟧ notified.
spi: ⟦N|r. lindahl⟧ / mdt dr. ⟦N|oyinlola⟧
`);

note("tumor-board", `
Thoracic Tumor Board — ⟦DAY|Thursday⟧, ⟦D|1/30/2025⟧
Present: Drs. ⟦N|Halloway⟧, ⟦N|Nkemelu⟧, ⟦N|Sarkisian⟧ (med onc); ⟦N|Fairbanks⟧ (thoracic surgery); ⟦N|Ikeda⟧ (rad onc); ⟦N|Pimentel⟧ (pathology); ⟦N|M. Oduro⟧, NP; ⟦N|Kirsten Aas⟧ (nurse navigator).
Case 3: ⟦N|W.R.⟧, 68M from ⟦C|Kalispell⟧, referred by Dr. ⟦N|Stanek⟧ at ⟦H|Logan Health⟧. RUL 3.4 cm adenocarcinoma, EGFR L858R, N2 positive by EBUS on ⟦D|1/14⟧.
Consensus: concurrent chemoradiation then osimertinib. ⟦N|Ikeda⟧ to see ⟦D|2/3⟧.
Recorder: ⟦N|tfairbanks⟧
`);

note("code-blue-caps", `
CODE BLUE RECORD   ⟦H|UMMC⟧ 7 NORTH RM 718   ⟦D|01/19/2025⟧
PT: ⟦N|LEBLANC-OYELARAN, DOMINIQUE⟧   MRN ⟦M|60123884⟧
0412 FOUND UNRESPONSIVE BY RN ⟦N|SHAUNA PITTS⟧. CPR STARTED.
0414 TEAM ARRIVED. LEADER: DR. ⟦N|ADEBAYO⟧ (MICU FELLOW). AIRWAY: DR. ⟦N|KRISTIANSEN⟧ (ANES). RECORDER: ⟦N|T. GUILLORY⟧ RN. PHARMACY: ⟦N|BAO⟧.
0415 PEA. EPI 1 MG. 0421 ROSC.
0440 TRANSFERRED TO MICU BED 4. FAMILY (DAUGHTER ⟦N|SIMONE⟧ ⟦P|601-555-0175⟧) NOTIFIED BY DR. ⟦N|ADEBAYO⟧ AT 0450.
ATTENDING ⟦N|HOLLINGSWORTH⟧ NOTIFIED.
`);

note("polst", `
Physician Orders for Life-Sustaining Treatment (POLST)
Patient: ⟦N|Bartholomew Kealoha-Stein⟧   DOB ⟦D|11/11/1929⟧ (age ⟦A|95⟧)
Section A: Do Not Attempt Resuscitation. Section B: Selective treatment.
Discussed with: patient and health care agent ⟦N|Leilani Stein⟧ (daughter), ⟦S|45-217 Kamehameha Hwy⟧, ⟦C|Kaneohe⟧ ⟦Z|96744⟧, ⟦P|808-555-0147⟧.
Alternate agent: Father ⟦N|Damien Okoro⟧, ⟦O|St. Ann Church⟧.
Signed by ⟦N|Makana Ho'opi'i⟧, MD, license ⟦I|MD-33120⟧, on ⟦D|17 Jan 2025⟧.
Witnesses: ⟦N|Ululani Akana⟧; ⟦N|Reid Castellano⟧. Copy to ⟦H|Kuakini⟧ HIM fax ⟦F|808-555-0102⟧.
`);

note("lab-report", `
⟦O|QUEST DIAGNOSTICS⟧ - ⟦C|CHANTILLY⟧   CLIA ⟦I|49D0221801⟧
⟦S|14225 Newbrook Dr⟧, ⟦C|Chantilly⟧, ⟦STATE|VA⟧ ⟦Z|20151⟧   Lab director: ⟦N|Hyun-joo Baek⟧, MD, PhD
Patient: ⟦N|Abernathy, Coretta⟧   Specimen ID: ⟦I|VA229918811⟧   Collected: ⟦D|01/22/2025⟧ 08:14   Reported: ⟦D|01/23/2025⟧
Ordering: ⟦N|Gaurav Bhattacharya⟧, MD, ⟦H|Inova Fairfax⟧ Internal Medicine, NPI ⟦I|1588992204⟧
TSH 0.02 (L). Free T4 3.1 (H). TRAb 8.4 (H).
Critical value phoned to ⟦N|Odessa⟧ at the office on ⟦D|1/23⟧ 10:02 by ⟦N|JBK⟧.
`);

note("methadone-caps", `
OPIOID TREATMENT PROGRAM DOSING NOTE - ⟦H|CROSSROADS TREATMENT CENTER OF GREENVILLE⟧
CLIENT: ⟦N|PRUITT, SKYLER D⟧   CLIENT ID ⟦I|CTC-88410⟧   DATE ⟦D|11/30/24⟧
DOSE 95 MG METHADONE, OBSERVED BY NURSE ⟦N|PATRICE LOGGINS⟧. TAKE-HOMES: 2 (⟦DAY|SUNDAY⟧ ⟦D|12/1⟧).
UDS ⟦D|11/26⟧ POSITIVE FENTANYL. COUNSELOR ⟦N|DEANDRE MCKINNEY⟧ NOTIFIED. CLIENT REPORTS RELAPSE AFTER HIS BROTHER ⟦N|CODY⟧ WAS ARRESTED.
PRESCRIBER: DR. ⟦N|ANNELIESE VOGEL-HART⟧. PMP CHECKED (SCRIPTS), NO OTHER CONTROLLED RX.
PHARMACY ON FILE: ⟦O|INGLES PHARMACY #47⟧, ⟦S|WADE HAMPTON BLVD⟧.
`);

note("fertility", `
Reproductive Endocrinology — IVF cycle note
⟦D|5.3.2025⟧   ⟦H|Shady Grove Fertility⟧ ⟦C|Rockville⟧
Patient: ⟦N|Parisa Ghorbani⟧, 36; partner ⟦N|Elisabeth Norgaard⟧, 38.
Donor sperm from ⟦O|Seattle Sperm Bank⟧, donor #⟦I|SSB-11902⟧, vials lot ⟦DEV|LT-48812⟧.
Retrieval ⟦D|4/28⟧ by Dr. ⟦N|Abimbola Fadeyi⟧: 14 oocytes, 11 MII, 9 fertilized. Embryologist ⟦N|Gaspard Lemoine⟧.
PGT-A results from ⟦O|CooperGenomics⟧ expected ⟦D|5/12⟧. Nurse coordinator ⟦N|Hannah⟧ ⟦P|301-555-0157 x2⟧.
`);

note("dot-faa-caps", `
MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION
DRIVER: ⟦N|YELLOWHORSE, NATHANIEL⟧   DOB ⟦D|12/02/1975⟧   CDL # ⟦I|D41880273⟧ (⟦STATE|AZ⟧)
ADDRESS: ⟦S|PO BOX 1182⟧, ⟦C|TUBA CITY⟧, ⟦STATE|AZ⟧ ⟦Z|86045⟧   PHONE ⟦P|928-555-0123⟧
EMPLOYER: ⟦O|NAVAJO TRANSITIONAL ENERGY CO⟧
BP 138/86. VISION 20/25 OU. HEARING WHISPER OK.
DETERMINATION: MEETS STANDARDS, 2-YEAR CERTIFICATE, EXPIRES ⟦D|12/10/2026⟧.
MEDICAL EXAMINER: ⟦N|LORRAINE BEGAY-SCHMIDT⟧, FNP   NATIONAL REGISTRY # ⟦I|8812290445⟧
`);

note("portal-chat-lower", `
portal message thread
from: ⟦N|siddharth iyer⟧ <⟦E|sid.iyer88@examplemail.net⟧> ⟦D|03/03/2025⟧ 22:41
hi dr ⟦N|kowalski⟧, the rash is back after i stopped the cream. i'm traveling to ⟦C|pune⟧ on the ⟦D|14th⟧ for my sister ⟦N|ananya⟧'s wedding, can you send a refill to ⟦O|walgreens⟧ on ⟦S|n clark st⟧ before then? thx
reply from ⟦N|beata kowalski⟧, md ⟦D|3/4/25⟧ 08:10
sent triamcinolone 0.1% to the ⟦S|clark st⟧ ⟦O|walgreens⟧. please upload a photo if it spreads.
audit: session ip ⟦IP|73.162.44.201⟧, device ⟦DEV|iPhone-SI-4F2A9C⟧
`);

note("chaplain-note", `
Spiritual Care Note — ⟦H|Baylor Scott & White - Temple⟧
⟦D|Oct 5⟧: Visited Mr. ⟦N|Ignatius Obi-Whitaker⟧ (rm 614) at the request of his wife ⟦N|Felicity⟧. Pt is Catholic; his parish is ⟦O|St. Mary's Catholic Church⟧ in ⟦C|Belton⟧. Pt asked for Fr. ⟦N|Dominic Tran⟧ to bring communion; I left a message at the parish office ⟦P|254-555-0145⟧. Pt's son ⟦N|Chukwudi⟧ arriving from ⟦C|Houston⟧ tonight.
— Chaplain ⟦N|Rebekah Lindgren-Moss⟧, MDiv, BCC   pager ⟦P|2245⟧
`);

note("burn-transfer-caps", `
BURN CENTER TRANSFER ACCEPTANCE
⟦D|07/04/2024⟧ 23:55 - CALL FROM DR. ⟦N|FALCONER⟧, ⟦H|BARTLETT REGIONAL⟧ (⟦C|JUNEAU⟧) ⟦P|907-555-0108⟧
PT ⟦N|TOOMEY, BRYNN⟧ 27F, 22% TBSA FLAME BURN (FIREWORKS) ON ⟦D|7/4⟧.
ACCEPTED BY DR. ⟦N|SOLOVYOVA⟧ TO ⟦H|HARBORVIEW⟧ BURN ICU. TRANSPORT ⟦O|AIRLIFT NORTHWEST⟧ FLIGHT ⟦I|ALNW-240704-2⟧.
MOTHER ⟦N|PATRICIA TOOMEY⟧ TRAVELING FROM ⟦C|KETCHIKAN⟧.
TRANSFER CENTER RN: ⟦N|ODALYS FUENTES⟧ EXT ⟦P|4-7711⟧
`);

// ---------------------------------------------------------------------------------------------------------------
write();
