// Why this file exists: builds test/fixtures/clinical-notes-34.jsonl, a thirty-fourth labelled set of clinical notes
// written by hand in stop 46 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixtures 32-33's generators and test file, fixture-io.mjs and the note ids of
// fixtures 1-33 were read for the form, the labels and the report types already held), with the PHI density of the
// i2b2 de-identification notes, in report types and layouts fixtures 1-33 hold least: a spinal fusion operative note
// with its implant log, a pacemaker implant, a CRRT circuit log, an ECMO daily circuit check, a CAR-T cell infusion
// record, a massive transfusion protocol log, a code stroke timeline, a STEMI door-to-balloon record, a trauma
// activation flow sheet, a burn ICU progress note, a firefighter (NFPA 1582) physical, a Y-90 radioembolization
// report, a charge nurse assignment sheet, an insurer's explanation of benefits, a UB-04 claim form print and a sepsis
// bundle abstraction (16 in ALL CAPS); a post-operative day-one phone call, a hospice volunteer log, a patient's home
// blood pressure log and a scheduler's wait list (4 in lower case); an oocyte retrieval note, an IRB protocol
// deviation report, a root cause analysis summary, a pediatric asthma action plan, a therapeutic shoe certification, a
// 24-hour urine stone risk report, a botulinum toxin spasticity log, an allergen immunotherapy record, an opioid
// treatment agreement, an epilepsy monitoring unit admission, a PET-CT report, a transplant day +100 summary, a newborn
// circumcision note, an SBAR handoff, a Medicare Important Message notice, a home enteral nutrition order, a code
// debrief, an insulin infusion log, an employee assistance referral and a tumour NGS molecular report.
// Regions (towns invented or real, states and countries real): Kansas City, Omaha, Spokane, Louisville, Albany,
// Richmond, Norfolk, Jackson (Mississippi), Shreveport, Tucson, Flagstaff, Billings, Cheyenne, Columbus, Grand Rapids,
// Worcester, Portland (Maine), Asheville, Greenville, Knoxville, San Antonio, Corpus Christi, Oakland,
// Eugene, Yakima, Fairbanks, Buffalo, Scranton, Peoria, Evansville, Fort Wayne, Wichita, Amarillo, Las Cruces,
// Lafayette, Austin (Minnesota), Galway, Kumasi, Lagos.
// PHI forms sought: names with particles ("VAN DEN BERG", "dos Santos", "ter Horst", "al-Amin", "de Vries"),
// apostrophes ("O'Dwyer", "D'Souza", "Ka'uhane"), hyphens, ALL CAPS "LAST, FIRST M", "LAST^FIRST" claim names, staff by
// initials, names in table cells, names after roles ("PERFUSIONIST", "SCRIBE", "RECORDER", "PRIMARY RN", "VOLUNTEER"),
// relatives by first name only, credentials after commas; dates as "2099-05-14", "14MAY2099", "05/14/99", "050899",
// "May 14th", "5.14.2099", "2099.05.14"; ages over 89 as "(91M)", "AGE: 94", "96 YO", "(93)", "is 92 and", "90 y."; MRNs,
// FINs, accessions, claim, ICN, authorization, protocol-deviation, event and lot numbers; member, group and subscriber
// numbers; NPI, licence, badge, employee numbers; device serials (generators, leads, ECMO consoles, CRRT machines, pumps,
// telemetry packs), product and unit numbers of blood (ISBT DIN: ID), usernames, IPs and URLs.
// Hard negatives: drugs and devices (Yescarta, Prismaflex, Cardiohelp, Azure XT, TheraSphere, Dysport, Kangaroo Joey,
// Glucommander, Bair Hugger, Accu-Chek), scores and scales (NIHSS, GCS, qSOFA, ASA III, MAS), codes (HCPCS A5500, B4152,
// DRG 481, revenue codes 0120/0250/0360, E11.51), blood products (O NEG, plasma), programmes and measures (Medicare,
// Medicaid, STAR+PLUS, Apple Health, NFPA 1582, SEP-1), languages (Twi, Bambara, Somali, Spanish).
// Labelling follows fixtures 29-33 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians' and witnesses' initials are PHI; titles, ranks, degrees and cue words stay outside
// the name; "the" stays outside a facility; room, bed, box and bay codes, apartment numbers and departments are left
// unlabelled; protocol, store, load, payer, lot-of-drug and storage numbers are left unlabelled; nursing homes,
// clinics with a place name, IHS facilities are HOSPITAL; companies, insurers, schools, churches, pharmacies,
// agencies, courts, tribes, makers, practice groups and carriers are ORGANIZATION; counties, neighbourhoods, landmarks
// and parks are LOCATION-OTHER; MRNs and charts are MRN; member, group, subscriber, MBI, Medicaid and policy numbers
// HEALTHPLAN; case, claim, ICN, authorization, accession, order, licence, badge, NPI, DEA, employee, event and unit
// (DIN) numbers ID; user ids USERNAME; serials, lots and UDIs of devices and implants DEVICE; extensions and pagers
// PHONE; drug, device, test, score and eponym names and public programmes are no PHI.
// Every person, town, street, organisation, facility and number is invented here (states, countries and large cities
// are real, as are a few large hospitals, agencies and companies named as referral places or employers); nothing is
// copied from any corpus. Inline marks ⟦CODE|text⟧ as in fixtures 3-33 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-34.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-34.jsonl", "make-clinical-fixture-34");

// ======================================================== ALL CAPS (16) ========================================================

note("spinal-fusion-implant-log-caps", `
OPERATIVE REPORT - L4-S1 POSTERIOR SPINAL FUSION WITH TLIF     ⟦H|UNIVERSITY OF KANSAS HOSPITAL⟧, ⟦C|KANSAS CITY⟧     DOS: ⟦D|14MAY2099⟧
PATIENT: ⟦N|VAN DEN BERG, WILHELMINA J⟧     MRN: ⟦M|KUH-02281946⟧     FIN: ⟦I|884200193317⟧     DOB: ⟦D|1957-11-02⟧     ASA III
SURGEON: ⟦N|RAFAEL DOS SANTOS-KIRBY⟧, MD     ASSISTANT: ⟦N|CHIOMA EZE⟧, PA-C     ANESTHESIA: ⟦N|GRIGORIY BELOV⟧, MD / ⟦N|TESSA LINDGREN⟧, CRNA
NEUROMONITORING: ⟦N|AARAV MEHTA-COLE⟧, CNIM (⟦O|SPECIALTYCARE⟧), REMOTE READER DR. ⟦N|HOLLIS GREENE⟧ VIA ⟦IP|10.140.22.19⟧.
FINDINGS: GRADE 1 SPONDYLOLISTHESIS L4-5, SEVERE FORAMINAL STENOSIS L5-S1. EBL 650 ML, CELL SAVER 210 ML RETURNED.
IMPLANT LOG                      MFR           CAT NO        LOT/SN
PEDICLE SCREW 6.5 X 45 (X4)      ⟦O|GLOBUS MEDICAL⟧  1197.6545     ⟦DEV|GM0448211⟧
PEDICLE SCREW 7.5 X 40 (X2)      ⟦O|GLOBUS MEDICAL⟧  1197.7540     ⟦DEV|GM0448236⟧
ROD TI 5.5 X 90 (X2)             ⟦O|GLOBUS MEDICAL⟧  1196.5590     ⟦DEV|GM0451902⟧
INTERBODY CAGE 10 MM 15 DEG      ⟦O|GLOBUS MEDICAL⟧  CREST-1015    ⟦DEV|CR22K0917⟧
ALLOGRAFT DBM 5 CC               ⟦O|MTF BIOLOGICS⟧   DBX-05        ⟦DEV|MTF-2209-44815⟧
IMPLANTS SCANNED BY CIRCULATOR ⟦N|PAULETTE OKORO-BAINES⟧, RN; REP ⟦N|DEREK STAUFFER⟧ (⟦P|913-555-0182⟧) PRESENT.
HUSBAND ⟦N|PIETER VAN DEN BERG⟧ UPDATED IN FAMILY LOUNGE 1540 (CELL ⟦P|816-555-0119⟧). DICTATED BY ⟦N|R. DOS SANTOS-KIRBY⟧ ⟦D|05/14/2099⟧, JOB ⟦I|DX-77120448⟧.
PCP DR. ⟦N|LUCINDA ABERNATHY-ROSS⟧, ⟦O|OLATHE FAMILY MEDICINE⟧ ⟦P|913-555-0155⟧; PT IS A RETIRED ⟦PROF|MAIL HANDLER⟧ FROM ⟦O|USPS⟧. ⟦O|BLUE KC⟧ ⟦HP|BKC44819022⟧, AUTH ⟦I|BKC-A-990412⟧.
`);

note("pacemaker-implant-caps", `
EP LAB PROCEDURE NOTE - DUAL CHAMBER PACEMAKER IMPLANT     ⟦H|NEBRASKA MEDICINE - NEBRASKA MEDICAL CENTER⟧, ⟦C|OMAHA⟧     ⟦D|MAY 14, 2099⟧
PT: ⟦N|KOUYATÉ, MAMADOU⟧   AGE: ⟦A|94⟧   MRN: ⟦M|NM7730219⟧   ACCT: ⟦I|V00088421975⟧   INDICATION: SYMPTOMATIC COMPLETE HEART BLOCK, SYNCOPE ⟦D|5/12⟧
OPERATOR: ⟦N|SUNITA RAGHAVAN⟧, MD, FHRS     FELLOW: ⟦N|JOSÉ LUIS IBARRA⟧, MD     SCRUB: ⟦N|KORY HALVORSEN⟧, RCIS     RECORDER: ⟦N|MAE-LIN TRAN⟧, RCES
GENERATOR: ⟦O|MEDTRONIC⟧ AZURE XT DR MRI W1DR01  SN ⟦DEV|RNB400218H⟧
RA LEAD: 5076-52 SN ⟦DEV|PJN7731904⟧   RV LEAD: 5076-58 SN ⟦DEV|PJN7731988⟧   RA P 3.1 MV, IMP 512; RV R 11 MV, THRESH 0.6 V @ 0.4 MS
LEFT CEPHALIC CUTDOWN; ANTIBACTERIAL ENVELOPE (TYRX) PLACED. NO COMPLICATIONS. CXR NO PTX.
DAUGHTER ⟦N|AMINATA KOUYATÉ-RHODES⟧ (⟦P|402-555-0147⟧) SPEAKS FOR FAMILY; PATIENT SPEAKS BAMBARA AND FRENCH - INTERPRETER ⟦N|ODILE BASSONG⟧ (⟦O|PROPIO⟧ ID ⟦I|41877⟧).
REMOTE MONITOR CARELINK SN ⟦DEV|CL-8843-20917⟧ ENROLLED; CLINIC ⟦O|NEBRASKA HEART INSTITUTE⟧ DEVICE NURSE ⟦N|JOLENE FRITZ⟧, RN ⟦P|402-555-0160⟧ EXT ⟦P|318⟧.
ADDRESS ⟦S|4127 N 52ND ST⟧, ⟦C|OMAHA⟧, ⟦STATE|NE⟧ ⟦Z|68104⟧. DOB ⟦D|03/03/2005⟧. SIGNED ⟦N|SR⟧ ⟦D|05/14/99⟧ 1710.
`);

note("crrt-circuit-log-caps", `
CRRT CIRCUIT LOG (CVVHDF) - MICU     ⟦H|PROVIDENCE SACRED HEART MEDICAL CENTER⟧, ⟦C|SPOKANE⟧     START ⟦D|05/13/2099⟧ 2210
PATIENT ⟦N|O'DWYER, CORMAC PATRICK⟧   MRN ⟦M|PSH-00719204⟧   (⟦A|91⟧M)   ACCESS R FEM TRIALYSIS PLACED BY DR. ⟦N|NAVEEN BHATTACHARYA⟧
MACHINE PRISMAFLEX SN ⟦DEV|PF2K-0419927⟧   FILTER M150 LOT ⟦DEV|H22B14405⟧   ANTICOAG: CITRATE (PRISMOCAL B22)
TIME   BFR  DOSE  UF NET  ACCESS  RETURN  TMP  ION CA  SYS CA  RN
2300   150  30    50      -70     +90     60   0.34    1.12    ⟦N|H. MWANGI⟧
0200   150  30    100     -74     +92     71   0.31    1.09    ⟦N|H. MWANGI⟧
0500   180  30    100     -88     +101    92   0.36    1.14    ⟦N|HALIMA MWANGI⟧
0730   -- CLOTTED, FILTER CHANGED (LOT ⟦DEV|H22B14412⟧) BY ⟦N|ANDERS NYGAARD⟧, RN, CRRT SUPERUSER
NEPHROLOGY: DR. ⟦N|ESPERANZA VILLALOBOS⟧ (⟦O|SPOKANE KIDNEY CENTERS⟧) ROUNDED ⟦D|5/14⟧; PAGER ⟦P|509-555-0193⟧.
SON ⟦N|FINBAR O'DWYER⟧ FLYING FROM ⟦C|GALWAY⟧, ⟦COUNTRY|IRELAND⟧; LOCAL CONTACT NEIGHBOR ⟦N|GLADYS PETTIBONE⟧ ⟦P|509-555-0128⟧, ⟦S|2215 W MALLON AVE⟧, ⟦C|SPOKANE⟧ ⟦Z|99201⟧.
CITRATE ORDER SET ⟦I|OS-99-0514-33⟧ VERIFIED BY ⟦N|PRIYA VENKATARAMAN⟧, PHARMD. DOB ⟦D|02/17/2008⟧. WIFE ⟦N|MAIRÉAD⟧ DECEASED ⟦D|2096⟧.
`);

note("ecmo-daily-check-caps", `
ECMO DAILY CIRCUIT CHECK (VV)     ⟦H|UOFL HEALTH - JEWISH HOSPITAL⟧, ⟦C|LOUISVILLE⟧     ECMO DAY 6     ⟦D|2099-05-14⟧ 0600
PATIENT: ⟦N|BRECKINRIDGE-ASANTE, KWABENA⟧   MRN ⟦M|UL40028817⟧   CANNULA 25 FR AVALON ELITE, LOT ⟦DEV|AE25-0882417⟧
CONSOLE: CARDIOHELP SN ⟦DEV|90442158⟧   HLS SET 7.0 SN ⟦DEV|HLS-7-2210088⟧   BACKUP CONSOLE SN ⟦DEV|90441277⟧ AT BEDSIDE
RPM 3200 / FLOW 4.8 LPM / SWEEP 4 L / FDO2 1.0 / PRE-MEMBRANE PO2 48 / POST 412. NO CLOTS ON VISUAL INSPECTION. ANTI-XA 0.34 ON BIVALIRUDIN.
SPECIALIST ⟦N|QUINTON ABERNATHY-SHAW⟧, RRT, CCP; PERFUSIONIST ON CALL ⟦N|RUSLANA HORBATIUK⟧, CCP ⟦P|502-555-0111⟧.
ATTENDING: DR. ⟦N|ADAOBI NWACHUKWU⟧ (CT SURGERY); INTENSIVIST DR. ⟦N|PETER VAN WINKLE⟧.
FAMILY MEETING 1400: WIFE ⟦N|ABENA⟧ AND BROTHER ⟦N|KOFI ASANTE⟧ (FROM ⟦C|KUMASI⟧, ⟦COUNTRY|GHANA⟧); TWI INTERPRETER REQUESTED. PT IS A ⟦PROF|TRUCK DRIVER⟧ FOR ⟦O|UPS⟧ WORLDPORT.
INSURANCE ⟦O|ANTHEM BLUE CROSS AND BLUE SHIELD⟧ ⟦HP|YRK884102266⟧; AUTH ⟦I|AUTH-99-0514-2291⟧. LOG ENTERED BY ⟦N|QAS⟧ ⟦D|05/14/2099⟧.
`);

note("car-t-infusion-caps", `
CELLULAR THERAPY INFUSION RECORD - CAR-T (YESCARTA)     ⟦H|ALBANY MEDICAL CENTER⟧     ⟦D|14-MAY-2099⟧ DAY 0
RECIPIENT: ⟦N|TERHORST, GERRIT⟧   DOB ⟦D|08-21-1961⟧   MRN ⟦M|AMC0091774⟧   WT 84 KG   FLU/CY COMPLETED ⟦D|5/11⟧
PRODUCT: AXICABTAGENE CILOLEUCEL, COI ⟦I|YC-2209-ALB-004471⟧, DIN ⟦I|W0425 99 118842⟧, BAG 1 OF 1, RECEIVED FROM CELL LAB ⟦N|MARGUERITE ST. AMAND⟧, MT(ASCP).
THAWED 1012 BY ⟦N|YUSUF KARAMAN⟧ (CTL); IDENTITY VERIFIED AT BEDSIDE BY ⟦N|COLLEEN HARTIGAN⟧, RN AND ⟦N|DEVIN OKAFOR⟧, RN. INFUSED 1024-1031.
VITALS PRE T 36.8 HR 78 BP 128/74; POST T 37.1. NO REACTION. ICE SCORE 10/10. TOCILIZUMAB 2 DOSES ON UNIT.
ATTENDING DR. ⟦N|HELENE DUCHARME-WATTS⟧; CAREGIVER (24/7) WIFE ⟦N|ANNEKE TERHORST⟧ ⟦P|518-555-0136⟧; LODGING ⟦O|HOPE CLUB OF NORTHEASTERN NEW YORK⟧.
MUST STAY WITHIN 2 H OF ⟦C|ALBANY⟧ UNTIL ⟦D|06/11/2099⟧. REMS ENROLLMENT ⟦I|KREMS-44190⟧. HOME ⟦S|18 SCHERMERHORN RD⟧, ⟦C|GLOVERSVILLE⟧, ⟦STATE|NY⟧ ⟦Z|12078⟧.
PAYER ⟦O|MVP HEALTH CARE⟧ MEMBER ⟦HP|MVP-7718820-01⟧ SINGLE CASE AGREEMENT ⟦I|SCA-99-0088⟧. FORM COMPLETED ⟦N|CH⟧ ⟦D|5/14/99⟧.
NEUROLOGY BASELINE BY DR. ⟦N|IGNACIO FERRER-HOLM⟧ ⟦D|5/13⟧. CRS ON-CALL PAGER ⟦P|518-555-0111⟧. COPY TO REFERRING ⟦N|DIRK VAN DER WAL⟧, MD, ⟦O|NEW YORK ONCOLOGY HEMATOLOGY⟧, FAX ⟦F|518-555-0145⟧.
`);

note("massive-transfusion-log-caps", `
MASSIVE TRANSFUSION PROTOCOL ACTIVATION LOG     ⟦H|VCU MEDICAL CENTER⟧, ⟦C|RICHMOND⟧     TRAUMA BAY 2     ⟦D|05/14/99⟧ 0218
PATIENT: ⟦N|TRAUMA, TANGO 4471⟧ (UNIDENTIFIED, LATER ID'D AS ⟦N|BATTLE-MOSELEY, DEANDRE⟧)   TEMP MRN ⟦M|T4471902⟧   FINAL MRN ⟦M|VC1187340⟧
COOLER  TIME  PRODUCT  UNIT (DIN)             ABO  GIVEN BY
1       0224  RBC      ⟦I|W1234 99 410071⟧         O NEG  ⟦N|K. ADEBISI⟧, RN
1       0224  RBC      ⟦I|W1234 99 410088⟧         O NEG  ⟦N|K. ADEBISI⟧, RN
1       0229  PLASMA   ⟦I|W1234 99 388102⟧         AB     ⟦N|C. HOLLOMAN⟧, RN
2       0241  PLT      ⟦I|W1234 99 502233⟧         A POS  ⟦N|C. HOLLOMAN⟧, RN
BLOOD BANK: ⟦N|FARIDA HASSANI⟧, MLS; RUNNER ⟦N|MARQUIS TOLLIVER⟧. TXA 1 G 0230. MTP DEACTIVATED 0322 BY DR. ⟦N|SAOIRSE KILBRIDE⟧.
GSW X2 ABDOMEN. TO OR 3 0300 WITH DR. ⟦N|OLUMIDE BANKOLE⟧. BROUGHT BY ⟦O|RICHMOND AMBULANCE AUTHORITY⟧ MEDIC 12 FROM ⟦LO|GILPIN COURT⟧.
MOTHER ⟦N|LATOYA MOSELEY⟧ ARRIVED 0410, ⟦P|804-555-0107⟧; POLICE ⟦O|RICHMOND POLICE DEPARTMENT⟧ DET. ⟦N|HARGROVE⟧ BADGE ⟦I|2218⟧. DOB ⟦D|07/30/2078⟧.
`);

note("code-stroke-timeline-caps", `
CODE STROKE TIMELINE     ⟦H|SENTARA NORFOLK GENERAL HOSPITAL⟧     ED     ⟦D|MAY 14 2099⟧
PT: ⟦N|PRIDGEN, HAZEL MAE⟧   ⟦A|96⟧ YO F   MRN ⟦M|SNG-88271045⟧   LKW 0715 (PER GRANDSON ⟦N|TREVON PRIDGEN⟧ ⟦P|757-555-0164⟧)
0806 ARRIVAL BY ⟦O|NORFOLK FIRE-RESCUE⟧ MEDIC 7 (PARAMEDIC ⟦N|CALLOWAY⟧) FROM ⟦S|1408 CHURCH ST⟧, ⟦C|NORFOLK⟧
0808 STROKE TEAM AT BEDSIDE: DR. ⟦N|IFEOMA CHUKWURAH⟧ (NEURO), ⟦N|BRANDON FAIRLEY⟧, RN (STROKE RN)
0811 NIHSS 17 (R HEMIPLEGIA, GLOBAL APHASIA)   0814 CT HEAD NO BLEED, ASPECTS 9   0821 CTA L M1 OCCLUSION
0826 TNK 0.25 MG/KG (WT EST 58 KG) - PHARMACIST ⟦N|LAKSHMI VENUGOPAL⟧, PHARMD
0834 IR CALLED: DR. ⟦N|MATTHIAS GRÜNEWALD⟧; GROIN PUNCTURE 0902, TICI 2B 0931
DOOR-TO-NEEDLE 20 MIN. GET WITH THE GUIDELINES ABSTRACTED BY ⟦N|NOREEN PASCUA⟧ ⟦D|5/15/2099⟧. HOME: ⟦H|LAKE TAYLOR TRANSITIONAL CARE HOSPITAL⟧ (FROM ⟦D|4/2099⟧).
POA NIECE ⟦N|DOROTHY PRIDGEN-LEWIS⟧ ⟦P|757-555-0180⟧. PCP DR. ⟦N|ALISTAIR FENWICK⟧, ⟦O|TIDEWATER PHYSICIANS MULTISPECIALTY GROUP⟧. DOB ⟦D|06/01/2002⟧.
PATIENT'S CHURCH ⟦O|FIRST BAPTIST CHURCH OF BERKLEY⟧ PASTOR ⟦N|ODELL SPRUILL⟧ VISITED. SOCIAL WORK ⟦N|BEVERLY KNIGHT-ASHE⟧, LCSW ⟦P|757-555-0112⟧ EXT ⟦P|2290⟧.
`);

note("stemi-door-to-balloon-caps", `
STEMI RECEIVING CENTER - DOOR TO BALLOON RECORD     ⟦H|UNIVERSITY OF MISSISSIPPI MEDICAL CENTER⟧, ⟦C|JACKSON⟧     CASE ⟦I|STEMI-99-0147⟧
PATIENT ⟦N|THIGPEN, RUFUS EARL⟧   DOB ⟦D|2/9/1949⟧   MRN ⟦M|UMMC 3321 884⟧   FMC 1852 (EMS 12-LEAD TRANSMITTED FROM ⟦C|CLINTON⟧)
EMS: ⟦O|AMERICAN MEDICAL RESPONSE⟧ UNIT 214, CREW ⟦N|D. WAGGONER⟧ / ⟦N|S. OYELOWO⟧. ASA 324, HEPARIN 4000 U EN ROUTE.
1921 DOOR   1924 ECG INFERIOR STEMI   1926 CATH LAB ACTIVATED BY ED DR. ⟦N|CHARMAINE BOYKIN⟧   1948 LAB READY
1954 ARTERIAL ACCESS (R RADIAL)   2007 DEVICE (RCA, 3.0 X 22 DES, LOT ⟦DEV|XN44718C⟧)   D2B 46 MIN
INTERVENTIONALIST DR. ⟦N|PRAKASH VENKATESAN-ROY⟧; CATH LAB TEAM ⟦N|BRITTNI SUMRALL⟧, RN / ⟦N|JAMAL ESTES⟧, RT(R).
WIFE ⟦N|VERNELL THIGPEN⟧ AT ⟦S|322 HONEYSUCKLE LN⟧, ⟦C|PEARL⟧, ⟦STATE|MS⟧ ⟦Z|39208⟧, ⟦P|601-555-0153⟧. RETIRED ⟦PROF|POSTAL CARRIER⟧.
CARDIAC REHAB REFERRAL TO ⟦O|BAPTIST MEDICAL GROUP⟧ CARDIAC REHAB; NCDR REGISTRY ⟦I|NCDR-CP-4471902⟧. ABSTRACTOR ⟦N|PJ⟧ ⟦D|05/16/2099⟧.
`);

note("trauma-activation-flowsheet-caps", `
TRAUMA FLOW SHEET - LEVEL 1 ACTIVATION     ⟦H|OCHSNER LSU HEALTH SHREVEPORT⟧ ACADEMIC MEDICAL CENTER     ⟦D|05/14/2099⟧ 2342
NAME: ⟦N|LEBLANC, THIBAULT "TEEBO"⟧   SEX M   AGE 34   MRN ⟦M|OLS-5528017⟧   ARMBAND ⟦I|TB-22-0419⟧   MECHANISM: ATV ROLLOVER, UNHELMETED
EMS: ⟦O|CADDO PARISH FIRE DISTRICT 5⟧, PT FOUND ON ⟦S|OLD MOORINGSPORT RD⟧ NEAR ⟦LO|CADDO LAKE⟧. GCS 11 (E3V3M5). BP 96/60, HR 128.
TRAUMA TEAM: ATTENDING DR. ⟦N|MARISOL ECHAVARRÍA⟧, CHIEF ⟦N|HUNTER BOUDREAUX⟧, MD; SCRIBE ⟦N|ALIYAH RICHARD⟧, RN; PRIMARY RN ⟦N|TREY FONTENOT⟧.
TIME  EVENT
2346  FAST POSITIVE RUQ   2351  2 U PRBC   0003  CT PAN-SCAN   0021  GRADE IV LIVER LAC   0040  TO OR
ETOH 212. TETANUS GIVEN. BELONGINGS BAG ⟦I|BG-5514⟧ TO SECURITY OFFICER ⟦N|RONDELL PRICE⟧.
FAMILY: GIRLFRIEND ⟦N|KAITLYN MOUTON⟧ ⟦P|318-555-0126⟧; FATHER ⟦N|ALCIDE LEBLANC⟧ OF ⟦C|OIL CITY⟧. EMPLOYER ⟦O|CADDO PARISH SCHOOL BOARD⟧ (⟦PROF|BUS MECHANIC⟧).
TRAUMA REGISTRAR ⟦N|FELICIA CORMIER⟧; REGISTRY ⟦I|TR-2099-01774⟧. DOB ⟦D|12/24/2064⟧.
`);

note("burn-icu-progress-caps", `
BURN ICU PROGRESS NOTE - HOSPITAL DAY 9     ⟦H|BANNER - UNIVERSITY MEDICAL CENTER TUCSON⟧ BURN CENTER     ⟦D|5/14/99⟧
PT: ⟦N|YAZZIE-CARLISLE, DARIUS⟧   MRN ⟦M|BUMC-T-7719044⟧   32% TBSA FLAME (HOUSE FIRE, ⟦C|SELLS⟧, ⟦O|TOHONO O'ODHAM NATION⟧), INHALATION INJURY GRADE 2
OR ⟦D|5/12⟧: EXCISION AND AUTOGRAFT R ARM/CHEST BY DR. ⟦N|CONSUELO ARREDONDO-BLY⟧; DERMACARRIER, SKIN GRAFT MESHER SN ⟦DEV|ZM-0033418⟧.
WOUND: GRAFT TAKE 90%. DONOR SITES (THIGHS) WITH MEPILEX AG. BAIR HUGGER ON. NUTRITION: TF AT GOAL, PREALBUMIN 11. OT ⟦N|SKYLER NEZ⟧, OTR/L SPLINTS.
PAIN: KETAMINE INFUSION. PSYCH (ASR SCREEN) BY ⟦N|LEONORA BEGAY-MARTÍNEZ⟧, PHD.
FAMILY: MOTHER ⟦N|ROSALIND YAZZIE⟧ STAYING AT ⟦O|RONALD MCDONALD HOUSE CHARITIES OF SOUTHERN ARIZONA⟧; TRIBAL LIAISON ⟦N|EDMUND ANTONE⟧ ⟦P|520-555-0178⟧.
FIRE DEPT REPORT ⟦I|TON-FD-99-0221⟧ REQUESTED BY ⟦O|IHS⟧ ⟦H|SELLS INDIAN HOSPITAL⟧. PT IS A ⟦PROF|WILDLAND FIREFIGHTER⟧ (OFF DUTY).
ATTENDING DR. ⟦N|GIDEON ABERCROMBIE⟧, FACS; NOTE BY ⟦N|SOPHIE LAURENT-NAKAI⟧, NP ⟦D|05/14/2099⟧ 1130.
REHAB PLAN: ⟦H|HEALTHSOUTH REHABILITATION INSTITUTE OF TUCSON⟧ VS HOME TO ⟦S|HC 1 BOX 8820⟧, ⟦C|SELLS⟧, ⟦STATE|AZ⟧ ⟦Z|85634⟧. CELL (MOTHER) ⟦P|520-555-0166⟧. DOB ⟦D|01/30/2069⟧.
`);

note("firefighter-physical-caps", `
NFPA 1582 ANNUAL MEDICAL EVALUATION - FIRE SERVICE     ⟦O|FLAGSTAFF FIRE DEPARTMENT⟧ / ⟦O|NORTHERN ARIZONA OCCUPATIONAL HEALTH⟧     ⟦D|05.14.2099⟧
MEMBER: ⟦N|ACOSTA-WHITEHORSE, MATEO R⟧   EMPLOYEE # ⟦I|FFD-3318⟧   RANK: ENGINEER, STATION 5   DOB ⟦D|04/17/1986⟧   SSN ⟦SSN|527-80-4419⟧
VITALS: BP 124/80, BMI 27.4. AUDIOGRAM: 25 DB LOSS 4 KHZ L. SPIROMETRY FEV1 98%. VO2 MAX 44 (TREADMILL, GERKIN).
LABS DRAWN BY ⟦N|KATIE SWEETWATER⟧, MA; LAB ⟦O|SONORA QUEST LABORATORIES⟧ REQ ⟦I|SQ44718021⟧. CANCER SCREEN: SKIN EXAM NORMAL.
EXAMINER: ⟦N|ELIAS VANDERMOLEN⟧, DO, MPH; REVIEWED WITH FIRE CHIEF ⟦N|RENATA COYOTE-BELL⟧ (FIT FOR DUTY, NO RESTRICTIONS).
RESPIRATOR FIT TEST (SCBA) BY ⟦N|DUSTIN KAUFFMAN⟧ 1118. CLEARANCE LETTER FAXED TO HR ⟦F|928-555-0188⟧; HR OFFICE ⟦P|928-555-0199⟧.
HOME: ⟦S|2750 N FORT VALLEY RD⟧, ⟦C|FLAGSTAFF⟧, ⟦STATE|AZ⟧ ⟦Z|86001⟧. EMERGENCY CONTACT: WIFE ⟦N|ESTRELLA ACOSTA⟧ ⟦P|928-555-0131⟧.
PLAN ⟦O|ARIZONA PUBLIC SAFETY PERSONNEL RETIREMENT SYSTEM⟧ CANCER INSURANCE ⟦HP|PSPRS-118204⟧. CHART ⟦M|NAOH-20419⟧. NEXT EXAM ⟦D|MAY 2100⟧.
`);

note("y90-radioembolization-caps", `
INTERVENTIONAL RADIOLOGY - YTTRIUM-90 RADIOEMBOLIZATION (THERASPHERE)     ⟦H|BILLINGS CLINIC⟧, ⟦C|BILLINGS⟧     ⟦D|2099.05.14⟧
PATIENT: ⟦N|HARDGRAVE, LORETTA JEAN⟧   MRN: ⟦M|BC-04471187⟧   DOB: ⟦D|19 FEB 1953⟧   REF: DR. ⟦N|IMRAN SIDDIQUI⟧ (⟦O|FRONTIER CANCER CENTER⟧)
DX: HCC SEGMENT 8, 4.1 CM. LUNG SHUNT 6.2% ON MAA ⟦D|4/30⟧. DOSE 2.4 GBQ, VIAL ⟦DEV|TS-99-8821407⟧ CALIBRATED ⟦D|05/15/2099⟧ 1200 MT.
OPERATOR: DR. ⟦N|BJØRN HALVERSEN⟧; AUTHORIZED USER DR. ⟦N|NKIRU OKONKWO-DAHL⟧ (NUCLEAR MEDICINE); RSO ⟦N|TRAVIS MCCRACKEN⟧, MS, DABR.
MICROCATHETER PROGREAT 2.7 LOT ⟦DEV|PG27-2201189⟧. RESIDUAL 2.1%. POST SPECT/CT: DEPOSITION CONFINED TO SEGMENT 8.
HUSBAND ⟦N|WAYNE HARDGRAVE⟧ DRIVING HOME TO ⟦C|ROUNDUP⟧, ⟦STATE|MT⟧ (⟦LO|MUSSELSHELL COUNTY⟧); RADIATION PRECAUTIONS SHEET GIVEN. HOME ⟦P|406-555-0175⟧.
WRITTEN DIRECTIVE ⟦I|WD-99-0418⟧ SIGNED. FOLLOW-UP MRI ⟦D|AUG 2099⟧. INSURANCE ⟦O|BLUE CROSS AND BLUE SHIELD OF MONTANA⟧ ⟦HP|XOF448120077⟧.
PACS ⟦U|HTTPS://PACS.BILLINGSCLINIC.EXAMPLE/STUDY/99-0514-Y90⟧. DICTATED ⟦N|BH⟧ ⟦D|5/14/99⟧.
`);

note("charge-nurse-assignment-caps", `
CHARGE NURSE ASSIGNMENT SHEET - 7 SOUTH MED/SURG     ⟦H|CHEYENNE REGIONAL MEDICAL CENTER⟧     DAY SHIFT ⟦DAY|THURSDAY⟧ ⟦D|5/14/2099⟧     CHARGE: ⟦N|BRENNA O'TOOLE⟧, RN
RN                    ROOMS      PATIENTS                                           NOTES
⟦N|MONTOYA, ISABEL⟧       701-704    ⟦N|HUTCHISON⟧ / ⟦N|ABERNETHY-WU⟧ / ⟦N|SCHAEFER⟧ / ⟦N|YELLOWTAIL⟧         704 DC HOME, RIDE WITH SON ⟦N|CODY⟧
⟦N|PHAM, DUC⟧             705-708    ⟦N|NAKAGAWA⟧ (⟦A|93⟧) / ⟦N|DE VRIES⟧ / ⟦N|OKONKWO⟧ / ⟦N|LUNDQUIST⟧           705 FALL RISK, BED ALARM
⟦N|GALLAGHER, SEAN⟧       709-712    ⟦N|ESPINOZA-TRUJILLO⟧ / ⟦N|BIGELOW⟧ / ⟦N|RASMUSSEN⟧ / ⟦N|TALLBEAR⟧          711 ISOLATION (C DIFF)
FLOAT: ⟦N|OYELAKIN, TEMITOPE⟧ (FROM ⟦H|IVINSON MEMORIAL HOSPITAL⟧ AGENCY ⟦O|AYA HEALTHCARE⟧)   CNA: ⟦N|JOSIE REDFEATHER⟧, ⟦N|MARCO ALBANESE⟧
SITTER FOR 708 (⟦N|LUNDQUIST⟧): ⟦N|DAKOTA BRIGHTWATER⟧. SECURITY WATCH ON 709 (⟦N|ESPINOZA-TRUJILLO⟧, VISITOR RESTRICTION PER CASE ⟦I|SEC-99-0312⟧).
HOUSE SUPERVISOR ⟦N|GRETA ULLMANN⟧ VOCERA ⟦P|4471⟧. STAFFING OFFICE ⟦P|307-555-0102⟧. ASSIGNMENTS ENTERED ⟦UN|CRMC\\BOTOOLE⟧ 0645.
`);

note("eob-statement-caps", `
EXPLANATION OF BENEFITS - THIS IS NOT A BILL     ⟦O|MEDICA⟧     ⟦S|PO BOX 9310⟧, ⟦C|MINNEAPOLIS⟧, ⟦STATE|MN⟧ ⟦Z|55440⟧     STATEMENT DATE ⟦D|05/14/2099⟧
MEMBER: ⟦N|DRAPEAU-LINDQVIST, SOLVEIG A⟧   MEMBER ID ⟦HP|MDA448120991⟧   GROUP ⟦HP|GRP-0071182⟧   EMPLOYER GROUP ⟦O|HORMEL FOODS CORPORATION⟧
PATIENT: ⟦N|DRAPEAU-LINDQVIST, ELSA⟧ (DEPENDENT)   CLAIM # ⟦I|2099131G00447⟧   PROVIDER: ⟦O|AUSTIN PEDIATRIC DENTISTRY⟧ / ⟦N|KWAME OSEI-BONSU⟧, DDS
DATE OF SERVICE   SERVICE                 BILLED    ALLOWED   PLAN PAID   YOU OWE
⟦D|04/02/2099⟧        D0120 PERIODIC EVAL       68.00     52.00     52.00       0.00
⟦D|04/02/2099⟧        D1351 SEALANT X4          180.00    124.00    99.20       24.80
SECOND CLAIM # ⟦I|2099131G00452⟧: ⟦H|MAYO CLINIC HEALTH SYSTEM IN AUSTIN⟧ ED ⟦D|04/19/2099⟧, DR. ⟦N|T. HALVORSON⟧ - DENIED CODE CO-197 (NO AUTH).
APPEAL WITHIN 180 DAYS TO ⟦O|MEDICA⟧ APPEALS, FAX ⟦F|952-555-0190⟧ OR ⟦U|WWW.MEDICA.EXAMPLE/APPEALS⟧. MEMBER SERVICES ⟦P|1-800-555-0167⟧.
MAILED TO ⟦S|1904 OAKLAND AVE W⟧, ⟦C|AUSTIN⟧, ⟦STATE|MN⟧ ⟦Z|55912⟧. SUBSCRIBER DOB ⟦D|10/10/1982⟧.
PROVIDER NPI ⟦I|1174902286⟧; PREDETERMINATION ⟦I|PD-99-44718⟧ ON FILE ⟦D|03/11/2099⟧. DEPENDENT DOB ⟦D|08/19/2090⟧.
`);

note("ub04-claim-form-caps", `
UB-04 CMS-1450 (PRINT IMAGE)     FL1 ⟦H|OHIOHEALTH RIVERSIDE METHODIST HOSPITAL⟧ ⟦S|3535 OLENTANGY RIVER RD⟧ ⟦C|COLUMBUS⟧ ⟦STATE|OH⟧ ⟦Z|43214⟧ ⟦P|614-555-0100⟧
FL3A PAT CNTL # ⟦I|RMH0044718220⟧   FL3B MED REC # ⟦M|RM00771934⟧   FL4 TYPE 0111   FL6 ⟦D|050899⟧ THRU ⟦D|051399⟧
FL8 PATIENT NAME ⟦N|KOWALCZYK^JADWIGA^T⟧   FL9 ADDRESS ⟦S|771 E WHITTIER ST⟧ ⟦C|COLUMBUS⟧ ⟦STATE|OH⟧ ⟦Z|43206⟧   FL10 BIRTHDATE ⟦D|03112008⟧
FL12 ADMISSION DATE ⟦D|050899⟧   FL31 OCCURRENCE 11 ⟦D|050699⟧   FL42 REV 0120 ROOM-BOARD/SEMI  0250 PHARMACY  0360 OR SERVICES
FL50 PAYER MEDICARE PART A   FL58 INSURED ⟦N|KOWALCZYK^JADWIGA⟧   FL60 INSURED'S UNIQUE ID ⟦HP|2WQ4-MR7-UT61⟧   FL64 DOC CONTROL ⟦I|21099133447102⟧
FL50B ⟦O|MEDICAL MUTUAL OF OHIO⟧ MEDIGAP ⟦HP|MMO440187223⟧   FL56 NPI ⟦I|1730218846⟧   FL67 PRIN DX S72.001A   DRG 481
FL76 ATTENDING NPI ⟦I|1487730291⟧ ⟦N|ASHWORTH^MALCOLM⟧   FL77 OPERATING NPI ⟦I|1962004471⟧ ⟦N|ADEYEMI-STRAND^FOLAKE⟧
FL80 REMARKS: TRANSFER TO ⟦H|MCNAUGHTEN POINTE SKILLED NURSING⟧ ⟦D|05/13/2099⟧. BILLER ⟦UN|OH\\TBRANDT4⟧ (⟦N|TAMARA BRANDT⟧).
`);

note("sepsis-bundle-abstraction-caps", `
SEP-1 CORE MEASURE ABSTRACTION     ⟦H|COREWELL HEALTH BUTTERWORTH HOSPITAL⟧, ⟦C|GRAND RAPIDS⟧     ABSTRACTED ⟦D|06/02/2099⟧ BY ⟦N|NADINE VERHOEVEN⟧, RN, CPHQ
ENCOUNTER ⟦I|EN-0099-4471820⟧   PATIENT ⟦N|DEKKER, HENDRIK J⟧   MRN ⟦M|SH00218847⟧   ⟦A|92⟧ YO   ARRIVAL ⟦D|05/14/2099⟧ 0431 (FROM ⟦H|HOLLAND HOME - RAYBROOK⟧)
SEVERE SEPSIS PRESENTATION TIME ⟦D|05/14/2099⟧ 0517 (LACTATE 4.6, SBP 82, QSOFA 2) - DOCUMENTED BY DR. ⟦N|KIERAN MACNEIL⟧
3 H: LACTATE 0452 Y  BLOOD CX 0505 Y  ABX 0529 Y (CEFEPIME/VANC)  6 H: REPEAT LACTATE 0810 Y  30 ML/KG 0540-0710 Y
REASSESSMENT NOTE ⟦N|T. NGUYEN-BRINK⟧, PA-C 0822 (PHYSICAL EXAM ATTESTATION). MEASURE MET.
SOURCE: UROSEPSIS; CX E COLI (ACC ⟦I|MB99-134-0221⟧). GOALS: DNR/DNI PER MOLST; DAUGHTER ⟦N|ANTJE DEKKER-VOS⟧ ⟦P|616-555-0144⟧.
REVIEW BY SEPSIS COORDINATOR ⟦N|MARISA BAJWA⟧ ⟦E|MARISA.BAJWA@COREWELL.EXAMPLE⟧. DATA TO ⟦O|MICHIGAN HEALTH & HOSPITAL ASSOCIATION⟧ PORTAL USER ⟦UN|NVERHOEVEN⟧.
DOB ⟦D|1/5/2007⟧. HOSPITALIST DR. ⟦N|GRACE OYELARAN-BOS⟧; ED RN ⟦N|JORIS TEN BRINK⟧. DISCHARGED ⟦D|5/19/2099⟧ TO ⟦H|HOLLAND HOME - RAYBROOK⟧ (⟦P|616-555-0177⟧).
`);

// ======================================================== lower case (4) ========================================================

note("postop-day1-call-lower", `
post-op day 1 phone call — ⟦O|asheville orthopedic associates⟧ surgery center — ⟦D|5/14/99⟧ 10:12 — rn ⟦N|kayla brightman⟧
pt: ⟦N|geraldine mccracken-oates⟧ · dob ⟦D|9/2/1951⟧ · mrn ⟦M|aoa-338102⟧ · procedure ⟦D|5/13⟧: r tka by dr. ⟦N|vishal rangarajan⟧
spoke with pt and husband ⟦N|lyle⟧ at ⟦P|828-555-0172⟧. pain 5/10 on oxycodone, using ice machine (⟦O|breg⟧ polar care, unit sn ⟦DEV|pc-2209-4471⟧).
nausea once, ok now. voiding. dressing dry. doing exercises with home pt ⟦N|tamsin ebersole⟧ from ⟦O|adoration home health⟧ tomorrow.
she asked if her sister ⟦N|opal⟧ (⟦A|93⟧, lives with them on ⟦S|sardis rd⟧ in ⟦C|candler⟧) can drive her — told no driving x 6 wk.
f/u ⟦D|5/27⟧ with ⟦N|rangarajan⟧'s pa ⟦N|beau tillotson⟧. called in zofran to ⟦O|ingles pharmacy⟧ ⟦S|hendersonville rd⟧ ⟦P|828-555-0150⟧.
call logged by ⟦N|kb⟧; message sent to portal user ⟦UN|gmoates51⟧.
`);

note("hospice-volunteer-log-lower", `
volunteer visit log — ⟦O|four seasons compassion for life⟧ hospice — volunteer ⟦N|margaret "peg" o'halloran⟧ (vol id ⟦I|v-2291⟧)
⟦D|may 14th⟧: sat with mr. ⟦N|abernathy⟧ 2-4pm at the ⟦H|bridges at pisgah⟧ room 12 — wait, that was mr. ⟦N|lowell abernathy⟧, not his brother ⟦N|clyde⟧.
read him the sports page, talked about ⟦O|duke power⟧ where he worked 40 years. he is ⟦A|95⟧ next month. wife ⟦N|ida mae⟧ passed ⟦D|2091⟧.
granddaughter ⟦N|sierra⟧ came at 3:30 with great-grandbaby. she asked about the veteran pinning ceremony — passed to chaplain rev. ⟦N|elijah stroupe⟧.
⟦D|may 16⟧: visit to mrs. ⟦N|hyun-joo park⟧ at home, ⟦S|48 rhododendron ct⟧, ⟦C|hendersonville⟧. her son ⟦N|daniel park⟧ (⟦P|828 555 0133⟧) needed respite for church at ⟦O|first korean presbyterian⟧.
she asked for the nurse ⟦N|lashonda⟧ — told volunteer coordinator ⟦N|wendy tafoya⟧ (⟦E|wtafoya@fourseasonscfl.example⟧).
mileage 34. signed ⟦N|p. o'halloran⟧ ⟦D|5/16/2099⟧
the name mr. ⟦N|abernathy⟧ on the roster is not right — mr. ⟦N|lowell abernathy⟧'s chart ⟦M|fs-220417⟧; his son ⟦N|gary⟧ ⟦P|828-555-0164⟧ lives in ⟦C|fletcher⟧.
`);

note("home-bp-log-lower", `
my blood pressure log — ⟦N|tomasz wiśniewski⟧ — for dr. ⟦N|agnieszka nowak-patel⟧ at ⟦O|reliant medical group⟧ (⟦C|worcester⟧)
cuff: ⟦O|omron⟧ series 5, serial ⟦DEV|20210419447lg⟧   dob ⟦D|3/22/1947⟧   chart # ⟦M|rmg0088214⟧
date        am          pm          notes
⟦D|5/8⟧         148/88 p72   139/84 p70  dizzy after church (⟦O|our lady of czestochowa⟧)
⟦D|5/9⟧         152/90 p74   141/80 p71
⟦D|5/10⟧        160/94 p80   —           forgot pm, at my daughter ⟦N|kasia⟧'s in ⟦C|shrewsbury⟧
⟦D|5/11⟧        144/86 p69   136/82 p68  nurse ⟦N|deb⟧ called, said keep going
⟦D|5/12⟧        138/84 p70   132/80 p66
pharmacy ⟦O|cvs⟧ on ⟦S|park ave⟧ says new pills (amlodipine 5) ready. my wife ⟦N|halina⟧ writes this for me, phone ⟦P|508-555-0129⟧. 
uploaded to portal ⟦U|https://mychart.reliantmedical.example⟧ on ⟦D|5/14/2099⟧ from ⟦IP|73.114.208.52⟧.
next visit ⟦D|june 3rd⟧ with ⟦N|nowak-patel⟧'s nurse practitioner ⟦N|brianne lacasse⟧. my neighbor ⟦N|stan dobrowolski⟧ checks my cuff too. address ⟦S|19 vernon st⟧ ⟦C|worcester⟧ ⟦Z|01604⟧.
`);

note("scheduling-waitlist-lower", `
gi scheduling wait list (cancellation list) — ⟦H|albany stratton va medical center⟧ — kept by ⟦N|jen ruggiero⟧, msa — updated ⟦D|05/14/2099⟧
1. ⟦N|ferreira, manuel⟧ — colonoscopy, prep ok any day, cell ⟦P|518-555-0115⟧, drives from ⟦C|saratoga springs⟧ — lvm ⟦D|5/13⟧
2. ⟦N|st. pierre, lucien⟧ (⟦A|92⟧) — egd, needs ride from ⟦O|dav⟧ van (⟦N|ron⟧ ⟦P|518-555-0181⟧), ssn last 4 ⟦SSN|2207⟧ — scheduled ⟦D|5/20⟧
3. ⟦N|nakamura-bell, gwendolyn⟧ — flex sig, only ⟦DAY|tuesdays⟧ (dialysis at ⟦O|fresenius kidney care⟧ other days)
4. ⟦N|adeyemi, oluwatobi⟧ — colonoscopy, community care referral ⟦I|cc-99-0447182⟧ to ⟦O|capital region gastroenterology⟧ instead
5. ⟦N|o'brien-kowalski, maureen⟧ — egd w/ dilation per dr. ⟦N|sarkis⟧; daughter ⟦N|erin⟧ wants call not letter ⟦P|(518) 555-0143⟧
notes: dr. ⟦N|haddad-levine⟧ added 2 slots ⟦D|may 22⟧. icn for #2 ⟦I|1009922810v447182⟧.
`);

// ======================================================== mixed case (20) ========================================================

note("oocyte-retrieval-note", `
Transvaginal Oocyte Retrieval — Procedure Note · ⟦O|Reproductive Medicine Associates of Worcester⟧ at ⟦H|UMass Memorial Medical Center⟧ · ⟦D|May 14th, 2099⟧ 07:45
Patient: ⟦N|D'Souza-Harrington, Priya Ann⟧ · DOB ⟦D|10/29/2062⟧ · MRN ⟦M|RMAW-220914⟧ · cycle ⟦I|IVF-99-0318⟧ · partner ⟦N|Callum Harrington⟧ (MRN ⟦M|RMAW-220915⟧)
Trigger: leuprolide 4 mg at 19:45 on ⟦D|5/12⟧. Anesthesia: MAC by ⟦N|Odalys Ferrer⟧, CRNA. Physician: ⟦N|Benedikt Strauss-Amoah⟧, MD, FACOG (REI).
Findings: 17 follicles aspirated, 14 oocytes to embryology (⟦N|Ha-eun Seo⟧, ELD(ABB); witness ⟦N|Gabriela Montes⟧). Needle 17 G lot ⟦DEV|KOVA-22041⟧. EBL minimal.
Plan: ICSI today; day-5 biopsy for PGT-A, samples to ⟦O|CooperGenomics⟧ (kit ⟦I|CG-99-441872⟧). Fresh transfer cancelled (OHSS risk). Embryos vitrified, tank ⟦DEV|MVE-1107⟧.
Discharged 09:30 with husband; nurse ⟦N|Kerry-Ann Blackwood⟧, RN called ⟦D|5/15⟧ ⟦P|774-555-0138⟧. Employer ⟦O|Hanover Insurance Group⟧ fertility benefit via ⟦O|Progyny⟧ ⟦HP|PGY-44718-2203⟧.
Home ⟦S|12 Chadwick Sq⟧, ⟦C|Worcester⟧, ⟦STATE|MA⟧ ⟦Z|01609⟧; email ⟦E|priya.dsouza.h@mail.example⟧.
Embryology lab director ⟦N|Rashida Petit-Homme⟧, PhD, HCLD; consent form ⟦I|CF-99-2210⟧ notarised ⟦D|4/28/2099⟧ (⟦N|Colm Brady⟧, notary). Patient ⟦PROF|actuary⟧.
`);

note("irb-deviation-report", `
IRB Protocol Deviation Report · ⟦O|Maine Medical Center Research Institute⟧ IRB · deviation # ⟦I|PD-2099-0117⟧ · submitted ⟦D|2099-05-14⟧
Study: phase 3 trial of finerenone in HFpEF (protocol FIN-HF-301, site 044). PI: ⟦N|Margaret Thibodeau-Lyons⟧, MD · coordinator ⟦N|Anselm Okafor⟧, CCRC
Subject ⟦I|044-0019⟧ (⟦N|Cyr, Normand⟧, MRN ⟦M|MMC0074412⟧, age 71) was randomised ⟦D|April 2, 2099⟧ although his eGFR on ⟦D|3/30⟧ was 23 (exclusion < 25).
Found at monitoring visit ⟦D|5/11/2099⟧ by CRA ⟦N|Tamsin Albright⟧ (⟦O|IQVIA⟧). Study drug held; subject informed by phone by Dr. ⟦N|Thibodeau-Lyons⟧ with his wife ⟦N|Lise⟧ on the line.
Root cause: lab result from ⟦O|Spectrum Healthcare Partners⟧ faxed to wrong number ⟦F|207-555-0190⟧. Corrective action: eligibility checklist co-signed by ⟦N|D. Pelletier⟧.
Sponsor notified ⟦D|5/12⟧ (ticket ⟦I|BAY-DEV-88120⟧). No harm. Subject lives ⟦S|88 Congress St⟧, ⟦C|Portland⟧, ⟦STATE|ME⟧ ⟦Z|04101⟧; ⟦P|207-555-0153⟧.
IRB staff ⟦N|Hollis Beaudoin⟧ ⟦E|hbeaudoin@mmc.example⟧ · portal ⟦U|https://irb.mmc.example/deviations/PD-2099-0117⟧.
`);

note("root-cause-analysis-summary", `
Root Cause Analysis — Summary (confidential peer review, state law privilege) · ⟦H|Mission Hospital⟧ (⟦C|Asheville⟧) · event ⟦I|EV-99-04471⟧ · RCA meeting ⟦D|5/14/2099⟧
Event: wrong-site nerve block (left instead of right) before a right hip fracture repair on ⟦D|April 28, 2099⟧. Patient ⟦N|Hattie Lou Crisp⟧, ⟦A|94⟧, MRN ⟦M|MSJ-1130927⟧; no lasting harm.
Team: facilitator ⟦N|Reginald Oakes⟧, MSN, CPPS; anesthesiologist Dr. ⟦N|Constantin Moraru⟧; block nurse ⟦N|Felicity Brandt⟧, RN; orthopaedist Dr. ⟦N|Jude Ng-Whitfield⟧.
Causes: site mark hidden under the warming blanket; time-out done before the block tray arrived; float nurse (⟦O|Cross Country Healthcare⟧) unfamiliar with the block room.
Disclosure to daughter ⟦N|Vera Crisp-Holloway⟧ on ⟦D|4/29⟧ by Dr. ⟦N|Moraru⟧ and risk manager ⟦N|Ellen Fairbanks⟧, JD (⟦P|828-555-0104⟧). Bill waived, account ⟦I|MH00447182⟧.
Reported to ⟦O|NC Division of Health Service Regulation⟧ ⟦D|5/1⟧; insurer ⟦O|Coverys⟧ claim ⟦I|CVY-2099-0221⟧. Patient returned to ⟦H|Brian Center Health & Rehabilitation⟧ in ⟦C|Weaverville⟧.
Action items owner ⟦N|Darnell Whitlock⟧, director of perioperative services, due ⟦D|6/30/2099⟧; tracked in ⟦O|RL Datix⟧ by ⟦UN|roakes⟧. Daughter's address ⟦S|77 Merrimon Ave⟧, ⟦C|Asheville⟧ ⟦Z|28801⟧.
`);

note("asthma-action-plan", `
Asthma Action Plan · ⟦O|Prisma Health Pediatric Pulmonology⟧ – ⟦C|Greenville⟧ · date ⟦D|5-14-2099⟧
Child: ⟦N|Jaylen Ka'uhane-Brooks⟧ · DOB ⟦D|Jan 3, 2091⟧ · chart ⟦M|PHG-9914720⟧ · school ⟦O|Stone Academy⟧, teacher Ms. ⟦N|Oyinlola⟧, school nurse ⟦N|Patrice McElveen⟧, RN (⟦P|864-555-0125⟧)
GREEN (well): Flovent HFA 44 mcg 2 puffs twice daily with spacer. Before PE: albuterol 2 puffs.
YELLOW (cough, wheeze, peak flow 150–240): albuterol 4 puffs every 4 h; call the office ⟦P|864-555-0100⟧.
RED (peak flow < 150, lips blue): albuterol 6 puffs, call 911, go to ⟦H|Prisma Health Greenville Memorial Hospital⟧.
Triggers: cats (grandma ⟦N|Leilani⟧'s house in ⟦C|Travelers Rest⟧), smoke, cold air. Medicaid ⟦O|Healthy Blue⟧ ID ⟦HP|HBY447182091⟧.
Parent ⟦N|Keoni Ka'uhane⟧ ⟦P|864-555-0167⟧ · ⟦N|Danielle Brooks⟧ ⟦E|dbrooks.mom@mail.example⟧ · signed ⟦N|Alejandra Cifuentes-Roth⟧, MD · NPI ⟦I|1336018842⟧
`);

note("diabetic-shoe-certification", `
Statement of Certifying Physician for Therapeutic Shoes (Medicare) · ⟦O|East Tennessee Endocrine Associates⟧, ⟦S|9330 Park West Blvd, Ste 200⟧, ⟦C|Knoxville⟧, ⟦STATE|TN⟧ ⟦Z|37923⟧
Patient: ⟦N|Orville "Buck" Cantrell⟧ · DOB ⟦D|12.07.2006⟧ · MBI ⟦HP|5TG1-QW3-RH88⟧ · seen ⟦D|5/14/2099⟧
I certify that the patient has diabetes mellitus (E11.51) and has: (x) history of partial amputation (R 2nd toe, ⟦D|2097⟧, by Dr. ⟦N|Lamar Hutcheson⟧, DPM); (x) peripheral neuropathy with callus.
I am treating him under a comprehensive plan of care. Supplier: ⟦O|Smoky Mountain Orthotics & Prosthetics⟧, ⟦C|Maryville⟧ (fitter ⟦N|Jessa Whaley⟧, CPed). HCPCS A5500 ×2 pairs, A5512 ×3.
Physician: ⟦N|Anupama Krishnaswamy⟧, MD · NPI ⟦I|1902847716⟧ · signature date ⟦D|5/14/99⟧ · phone ⟦P|865-555-0191⟧ · fax ⟦F|865-555-0192⟧
Mr. ⟦N|Cantrell⟧ is ⟦A|92⟧ and lives alone at ⟦S|2214 Old Sevierville Pike⟧, ⟦C|Seymour⟧; son ⟦N|Dewey Cantrell⟧ ⟦P|865-555-0168⟧. Faxed to supplier ⟦D|5/15⟧ by ⟦N|Rhonda Yates⟧.
`);

note("litholink-24h-urine", `
24-Hour Urine Stone Risk Profile — ⟦O|Litholink Corporation⟧ report received ⟦D|5/14/2099⟧ · ordering ⟦N|Tobias Greer-Lindahl⟧, MD (⟦O|Urology San Antonio⟧)
Patient ⟦N|Villarreal Garza, María Guadalupe⟧ · DOB ⟦D|07-09-1980⟧ · lab accession ⟦I|LL99-1340-4471⟧ · clinic MRN ⟦M|USA-0088217⟧ · collected ⟦D|05/09/99⟧–⟦D|05/10/99⟧
Volume 1.18 L/d (low) · SS CaOx 11.2 (high) · urine calcium 312 mg/d · citrate 188 mg/d (low) · uric acid 0.61 g/d · pH 5.4 · sodium 241 mmol/d.
Stone analysis (⟦D|3/2099⟧, ⟦H|University Hospital⟧): 80% calcium oxalate monohydrate. CT ⟦D|4/18⟧ at ⟦H|Christus Santa Rosa Hospital – Westover Hills⟧: 6 mm L lower pole.
Plan (nurse ⟦N|Yesenia Cárdenas⟧, RN, called pt ⟦D|5/14⟧ at ⟦P|210-555-0174⟧): fluids to 2.5 L, potassium citrate 15 mEq bid, low-sodium diet; dietitian ⟦N|Annika Vos⟧, RD.
Pt works as a ⟦PROF|school bus driver⟧ for ⟦O|Northside ISD⟧ (limited bathroom access). Sister ⟦N|Rocío Garza⟧ also has stones. Repeat 24 h urine in ⟦D|August⟧ (⟦D|8/14/2099⟧).
Insurance ⟦O|Community First Health Plans⟧ ⟦HP|CFH-44182009⟧. Address ⟦S|5618 Castle Hunt⟧, ⟦C|San Antonio⟧, ⟦STATE|TX⟧ ⟦Z|78218⟧.
`);

note("botox-spasticity-log", `
Botulinum Toxin Injection Record — Spasticity Clinic · ⟦H|Christus Spohn Hospital Corpus Christi – Shoreline⟧ Rehab · visit ⟦D|14 May 2099⟧
Patient: ⟦N|Cavazos, Ernesto "Neto"⟧ · 58 · MRN ⟦M|CSS-4418820⟧ · L hemiplegia after R MCA stroke ⟦D|Oct 2097⟧ · MAS elbow 3, wrist 3, ankle 2
Product: Dysport 500 U, lot 4471K2, exp ⟦D|09/2100⟧; diluted 2.5 mL by ⟦N|Teodora Ilic⟧, PharmD. EMG/US guidance (Sonosite SN ⟦DEV|03HRJ2271⟧).
Muscle | units | sites: biceps 150 | 2 · brachioradialis 75 | 1 · FCR 75 | 1 · FCU 50 | 1 · gastrocnemius medial 150 | 2
Injector: ⟦N|Ángel Betancourt-Quiroga⟧, MD (PM&R); assistant ⟦N|Mikayla Strunk⟧, LVN. Next injection no sooner than ⟦D|8/13/2099⟧ (12 wk).
Orthotist ⟦N|Paul Nguyen-Ramos⟧ at ⟦O|Hanger Clinic⟧ to refit AFO. Wife ⟦N|Dolores⟧ drives him from ⟦C|Robstown⟧; her cell ⟦P|361-555-0139⟧.
Prior auth ⟦I|PA-99-04471-TX⟧ from ⟦O|Superior HealthPlan⟧ (STAR+PLUS) member ⟦HP|SHP775201887⟧, valid through ⟦D|11/30/99⟧. Scribe ⟦N|LM⟧.
`);

note("allergy-immunotherapy-record", `
Allergen Immunotherapy — Injection Record (maintenance) · ⟦O|Allergy & Asthma Center of Oakland⟧ at ⟦H|Highland Hospital⟧ campus · vial set mixed ⟦D|03/20/2099⟧
Patient: ⟦N|Nakashima-Reyes, Keiko⟧ · DOB ⟦D|1/19/1974⟧ · chart ⟦M|AAC-004471⟧ · peak flow baseline 420 · epinephrine auto-injector checked
Vial A (trees/grasses) · Vial B (dust mite/cat) — mixed by ⟦N|Rohan Deshpande⟧, RN
Date | Vial A | Vial B | arm | reaction | nurse
⟦D|4/30⟧ | 0.5 mL | 0.5 mL | L/R | none | ⟦N|RD⟧
⟦D|5/7⟧ | 0.5 mL | 0.5 mL | L/R | 25 mm wheal L | ⟦N|Leticia Mora⟧
⟦D|5/14⟧ | 0.4 mL | 0.5 mL | L/R | none | ⟦N|Leticia Mora⟧
30-min wait observed. Allergist: ⟦N|Oluwadamilare Fasanya⟧, MD. Works at ⟦O|Port of Oakland⟧ as a ⟦PROF|crane operator⟧.
Partner ⟦N|Jun Nakashima⟧ ⟦P|510-555-0189⟧. Home ⟦S|3125 Fruitvale Ave, Apt 7⟧, ⟦C|Oakland⟧ ⟦Z|94602⟧. Plan ⟦O|Alameda Alliance for Health⟧ ⟦HP|AAH447182015⟧.
`);

note("opioid-treatment-agreement", `
Controlled Substance Treatment Agreement (long-term opioid therapy) · ⟦O|Eugene Pain & Spine⟧ · ⟦S|1200 Hilyard St⟧, ⟦C|Eugene⟧, ⟦STATE|OR⟧ ⟦Z|97401⟧
Patient: ⟦N|Sørensen, Kristoffer Alan⟧ · DOB ⟦D|Nov 8 1969⟧ · MRN ⟦M|EPS-22071⟧ · agreement dated ⟦D|5/14/2099⟧ (renewal; first signed ⟦D|6/1/2097⟧)
I agree to: get all opioid prescriptions only from Dr. ⟦N|Maren Westerlund⟧ or her partner ⟦N|Ikenna Obi-Strand⟧, PA-C; fill them only at ⟦O|Safeway Pharmacy⟧ #1488 on ⟦S|Coburg Rd⟧.
Random urine drug tests (last ⟦D|3/2/2099⟧, ⟦O|Quest Diagnostics⟧ accession ⟦I|QD99-061-447182⟧: consistent). Pill counts on request. PDMP checked ⟦D|5/14/99⟧ by ⟦N|Juniper Hales⟧, MA.
Naloxone kit dispensed; partner ⟦N|Aubrey Lindqvist⟧ trained (⟦P|541-555-0112⟧). Morphine equivalent 60 mg/day (oxycodone ER 20 q12h).
Signed: patient ⟦N|K. Sørensen⟧ · prescriber ⟦N|Maren Westerlund⟧, MD, DEA ⟦I|BW4471820⟧ · witness ⟦N|Fen Zhao⟧
Copy to PCP ⟦N|Gustavo Lira⟧, MD, ⟦H|PeaceHealth Sacred Heart Medical Center at RiverBend⟧ (⟦C|Springfield⟧) fax ⟦F|541-555-0166⟧. Patient ⟦PROF|logger⟧, injured at ⟦O|Seneca Sawmill Company⟧ ⟦D|2094⟧.
`);

note("emu-admission", `
Epilepsy Monitoring Unit — Admission H&P · ⟦H|Yakima Valley Memorial⟧ Neuroscience · admitted ⟦DAY|Thursday⟧ ⟦D|5/14/2099⟧ 08:00
Patient: ⟦N|Ozuna-Tenorio, Lucía Marisol⟧ · 27 · MRN ⟦M|YVM-8830214⟧ · referred by ⟦N|Cedric Almanza⟧, MD (⟦O|Farm Workers Clinic⟧, ⟦C|Wapato⟧)
HPI: spells since age 19 — rising epigastric feeling, staring, lip smacking ×1–2 min; 4/month despite levetiracetam 1500 bid and lacosamide 200 bid. Last spell ⟦D|5/10⟧ at work (⟦O|Tree Top Inc.⟧ packing line).
MRI ⟦D|2/2099⟧: possible L mesial temporal sclerosis. Plan: video-EEG, taper lacosamide; seizure precautions; ictal SPECT on call (isotope ordered by ⟦N|Gareth Pryce⟧, CNMT).
EEG tech ⟦N|Noemí Villagómez⟧, R. EEG T.; video server ⟦IP|10.51.8.114⟧ bed 3 camera. Attending epileptologist Dr. ⟦N|Hoang Minh Chau⟧; fellow ⟦N|Isaac Abramowitz⟧, MD.
Mother ⟦N|Rosa Tenorio⟧ stays overnight (Spanish; interpreter ⟦N|Abel Zaragoza⟧ ⟦P|509-555-0124⟧ ext ⟦P|72⟧). Home ⟦S|611 S 6th Ave⟧, ⟦C|Yakima⟧ ⟦Z|98902⟧.
Coverage ⟦O|Molina Healthcare of Washington⟧ (Apple Health) ⟦HP|MOL-WA-775201440⟧. Driving: not since ⟦D|1/2099⟧ (state law reviewed).
`);

note("pet-ct-report", `
PET/CT Skull Base to Mid-Thigh (F-18 FDG) · ⟦H|Fairbanks Memorial Hospital⟧ Nuclear Medicine · exam ⟦D|05/14/2099⟧ · accession ⟦I|NM99-0514-0041⟧
Patient: ⟦N|Nanuq-Fitka, Elsie Marie⟧ · DOB ⟦D|1959-04-23⟧ · MRN ⟦M|FMH0330917⟧ · ordering: ⟦N|Lowell Brightman⟧, MD (⟦O|Alaska Oncology and Hematology⟧, ⟦C|Anchorage⟧)
Glucose 104 mg/dL; 9.8 mCi IV at 10:02 (R antecubital) by ⟦N|Arne Solheim⟧, CNMT; uptake 62 min. Scanner Biograph Vision SN ⟦DEV|BV-60028⟧.
Comparison: CT chest ⟦D|3/1/2099⟧ at ⟦H|Alaska Native Medical Center⟧.
Findings: RUL spiculated mass 3.1 cm SUVmax 14.2; R hilar node 1.6 cm SUV 8.1; no distant disease. Impression: Lung cancer, at least T2aN1M0. 
Reported by ⟦N|Yevgenia Kuznetsova-Ward⟧, MD; transcribed ⟦N|mlk⟧. Critical finding communicated to Dr. ⟦N|Brightman⟧ 14:10 ⟦D|5/14⟧.
Patient travelled from ⟦C|Nenana⟧ with niece ⟦N|Tessa Fitka⟧ (⟦P|907-555-0177⟧); lodging ⟦O|Tanana Chiefs Conference⟧ patient housing. Images to ⟦U|https://pacs.foundationhealth.example/share/NM99-0514-0041⟧.
Prior PET: none. Insurance ⟦O|Premera Blue Cross Blue Shield of Alaska⟧ ⟦HP|PRA447182209⟧, auth ⟦I|PRM-99-0501-776⟧. Scheduler ⟦N|Dana Sovalik⟧ ⟦P|907-555-0151⟧.
`);

note("bmt-day100-summary", `
Allogeneic HCT — Day +100 Summary · ⟦H|Roswell Park Comprehensive Cancer Center⟧ (⟦C|Buffalo⟧) · ⟦D|5/14/2099⟧
Recipient: ⟦N|Wróblewski, Zbigniew⟧ · DOB ⟦D|22.06.1963⟧ · MRN ⟦M|RP-0447182⟧ · CIBMTR CRID ⟦I|8842071995⟧ · AML, CR1 · transplant ⟦D|2/3/2099⟧ (day 0)
Donor: 10/10 MUD via ⟦O|NMDP⟧ (donor ID ⟦I|8215-4471-2⟧, ⟦COUNTRY|Germany⟧, ⟦O|DKMS⟧); CMV D+/R−. Conditioning Flu/Bu4; GVHD ppx PTCy/tacro/MMF.
Day +100: chimerism 100% donor (CD3 98%); BM ⟦D|5/8⟧ MRD negative (flow, ⟦O|Hematologics Inc.⟧ case ⟦I|HEM-99-220418⟧). Skin GVHD grade 1 on ⟦D|3/2⟧, resolved.
Team: Dr. ⟦N|Anneliese Okonkwo-Braun⟧ (attending), ⟦N|Fabrizio De Luca⟧, NP; coordinator ⟦N|Joanna Krzyżanowska⟧, RN ⟦P|716-555-0186⟧.
Caregiver: daughter ⟦N|Magdalena Wróblewska-Hart⟧ (⟦E|magda.w.hart@mail.example⟧); lodging ended ⟦D|May 9⟧ at ⟦O|Kevin Guest House⟧. Home ⟦S|40 Kosciuszko St⟧, ⟦C|Cheektowaga⟧, ⟦STATE|NY⟧ ⟦Z|14212⟧.
Return to local oncologist Dr. ⟦N|Sandeep Arora⟧ at ⟦O|Great Lakes Cancer Care⟧; revaccination start ⟦D|8/2099⟧. Parish ⟦O|St. Stanislaus Bishop & Martyr⟧ priest visits.
Patient's prior employer ⟦O|Ford Motor Company⟧ (⟦PROF|millwright⟧, ⟦O|Buffalo Stamping Plant⟧); disability case ⟦I|DIS-99-44718⟧ handled by ⟦N|Kateryna Bondar⟧ ⟦P|716-555-0149⟧.
`);

note("circumcision-consent-note", `
Newborn Circumcision — Consent and Procedure · ⟦H|Geisinger Community Medical Center⟧, ⟦C|Scranton⟧ · ⟦D|5/14/99⟧
Infant: ⟦N|Baby Boy Gallagher-Osei⟧ · DOB ⟦D|05/12/2099⟧ 22:41 · MRN ⟦M|GCM-5521904⟧ · GA 39+2 · BW 3,420 g · mother ⟦N|Siobhán Gallagher⟧ (MRN ⟦M|GCM-2207418⟧)
Consent: risks/benefits discussed with both parents (father ⟦N|Kwabena Osei⟧) on ⟦D|5/13⟧; questions answered. Witness ⟦N|Brianna Zielinski⟧, RN.
Procedure: Gomco 1.3, dorsal penile nerve block (lidocaine 1% 0.8 mL), sucrose. Hemostasis good. Performed by ⟦N|Aurelio Pagano⟧, DO (family medicine).
Vitamin K given at birth. Hep B vaccine given ⟦D|5/13⟧; newborn screen card ⟦I|NBS-PA-99-0447182⟧ sent ⟦D|5/13⟧ to ⟦O|PerkinElmer Genomics⟧.
Follow-up: ⟦O|Scranton Primary Health Care Center⟧ with Dr. ⟦N|Haruto Ishikawa⟧ ⟦D|5/16⟧. Parents' address ⟦S|1012 Prospect Ave⟧, ⟦C|Scranton⟧, ⟦STATE|PA⟧ ⟦Z|18505⟧, ⟦P|570-555-0165⟧.
Note by ⟦N|AP⟧; mother works as a ⟦PROF|nurse aide⟧ at ⟦H|Allied Services Skilled Nursing Center⟧.
`);

note("sbar-handoff", `
SBAR Handoff — ED to 4 North (telemetry) · ⟦H|OSF Saint Francis Medical Center⟧, ⟦C|Peoria⟧ · ⟦D|5/14/2099⟧ 19:20 · from ⟦N|Dominique Laurent⟧, RN (ED) to ⟦N|Garrett Oberholtzer⟧, RN
S: Mrs. ⟦N|Ethel Vandeventer⟧, ⟦A|97⟧, MRN ⟦M|OSF-30218847⟧, new AF with RVR (HR 150s), now 98 on diltiazem drip 10 mg/h.
B: CHF (EF 35%), CKD 3b, on apixaban at home. Lives at ⟦H|Lutheran Hillside Village⟧ (⟦C|Peoria⟧); DNR/DNI (POLST on chart). Hard of hearing — L hearing aid in cup.
A: BP 104/62, SpO2 94% 2 L, K 3.3 (replaced 40 mEq PO 18:40), trop 0.04. Tele pack ⟦DEV|TP-4N-0218⟧. 20 G L FA, 22 G R hand.
R: repeat BMP 02:00; cards (Dr. ⟦N|Raúl Castellanos-Dietz⟧) to see in am. Son ⟦N|Merle Vandeventer⟧ is POA, ⟦P|309-555-0197⟧; granddaughter ⟦N|Kylie⟧ is the one who answers texts.
Belongings: glasses, dentures (upper), ⟦O|Old National Bank⟧ debit card → security envelope ⟦I|SE-0514-22⟧. Report given by phone ext ⟦P|4-2271⟧; read back.
`);

note("important-message-notice", `
An Important Message from Medicare about Your Rights (IM) — second notice · ⟦H|Deaconess Midtown Hospital⟧, ⟦C|Evansville⟧, ⟦STATE|IN⟧
Patient name: ⟦N|Thaddeus P. Brinkmeyer⟧ · Patient ID: ⟦M|DMH-0774418⟧ · Physician: ⟦N|Carolina Ospina-Hart⟧, MD · planned discharge ⟦D|05/15/2099⟧
First notice given ⟦D|5/11/2099⟧ (admission) by ⟦N|Lacey Kluemper⟧, registration. Second notice delivered ⟦D|May 14, 2099⟧ 15:30 by case manager ⟦N|Obinna Eze-Whitman⟧, RN, CCM.
If you want to appeal, call ⟦O|Livanta⟧ (BFCC-QIO) at ⟦P|1-888-555-0124⟧ by midnight of your discharge day. TTY ⟦P|1-888-555-0125⟧.
Signature of patient or representative: ⟦N|Ruth Brinkmeyer⟧ (wife; patient hard of hearing), ⟦D|5/14/99⟧. Phone ⟦P|812-555-0148⟧. Patient ⟦A|90⟧ y.
Comments: wife asks about SNF at ⟦H|Solarbron Pointe⟧ or The ⟦H|Villages at Historic Silvercrest⟧; referral sent via ⟦O|CarePort⟧ (referral ⟦I|CP-99-4471820⟧). Medicare ID ⟦HP|8RJ2-FE4-TT71⟧.
`);

note("home-enteral-order", `
Home Enteral Nutrition — Order and Certificate of Medical Necessity · ⟦O|Parkview Home Health & Hospice⟧ / ⟦H|Parkview Regional Medical Center⟧ (⟦C|Fort Wayne⟧) · ⟦D|5/14/2099⟧
Patient: ⟦N|Abdirahman, Hodan Yusuf⟧ · DOB ⟦D|04/04/1956⟧ · MRN ⟦M|PRMC-1180449⟧ · ht 160 cm, wt 48 kg · G-tube (20 Fr, placed ⟦D|5/6/2099⟧ by Dr. ⟦N|Tiberiu Popescu⟧)
Dx: oropharyngeal dysphagia after stroke (I69.391); SLP (⟦N|Whitney Graber⟧, CCC-SLP) — NPO except ice chips.
Formula: Jevity 1.5, 1 carton (237 mL) 5×/day bolus + 250 mL water flushes QID. Pump not needed (Kangaroo Joey backup only, SN ⟦DEV|KJ-28810447⟧).
Supplier: ⟦O|Apria Healthcare⟧ (⟦C|Fort Wayne⟧ branch, intake ⟦N|Shandra Moeller⟧ ⟦P|260-555-0115⟧, fax ⟦F|260-555-0116⟧). HCPCS B4152, B4035.
Caregivers: son ⟦N|Abdullahi Yusuf⟧ and daughter-in-law ⟦N|Ifrah⟧, trained ⟦D|5/13⟧ by ⟦N|Carmen Lutz⟧, RD; Somali interpreter ⟦N|Faisal Warsame⟧ (⟦O|Language Line⟧ ID ⟦I|220418⟧).
Home: ⟦S|3402 Lafayette St⟧, ⟦C|Fort Wayne⟧, ⟦STATE|IN⟧ ⟦Z|46806⟧. Medicaid ⟦O|MDwise⟧ ⟦HP|MDW100447182⟧. Ordering physician ⟦N|Yael Birnbaum⟧, MD, NPI ⟦I|1649281002⟧.
`);

note("code-debrief", `
Post-Code Debrief (hot debrief, 10 min) · ⟦H|Wesley Medical Center⟧, ⟦C|Wichita⟧ · 6 Tower · ⟦D|05/14/2099⟧ 04:12
Event: in-hospital cardiac arrest, PEA → ROSC at 14 min; patient ⟦N|Hollister, Grady⟧ (MRN ⟦M|WMC-7718402⟧), ⟦A|93⟧, transferred to ICU bed 8.
Code leader Dr. ⟦N|Nnamdi Okeke-Barrow⟧ (hospitalist); compressions ⟦N|Tyler Dyck⟧, ⟦N|Marisol Chavarría⟧, RN; airway ⟦N|Kelby Unruh⟧, RRT; recorder ⟦N|Jana Friesen⟧, RN; pharmacy ⟦N|Vu Thi Lan⟧, PharmD.
Went well: CPR fraction 88% (⟦O|Zoll⟧ R Series SN ⟦DEV|AF17H004471⟧ download), epi q4 min. To improve: suction not set up; 3 min delay locating the family phone number.
Family: wife ⟦N|Darlene⟧ reached 03:58 at ⟦P|316-555-0140⟧ by chaplain Friar ⟦N|Tomás⟧; she had asked for full code on ⟦D|5/12⟧. Son ⟦N|Rory Hollister⟧ in ⟦C|Hutchinson⟧.
Follow-up: event report ⟦I|SR-99-08812⟧ filed by ⟦N|J. Friesen⟧; facilitator ⟦N|Candace Wiebe⟧, MSN (resuscitation committee).
Patient DOB ⟦D|9/9/2005⟧; lived at ⟦H|Larksfield Place⟧; PCP Dr. ⟦N|Ilse Harder⟧ (⟦O|Via Christi Clinic⟧) notified ⟦D|5/14⟧ 08:05 by ⟦N|Okeke-Barrow⟧.
`);

note("insulin-drip-log", `
IV Insulin Infusion Log (Glucommander) · ⟦H|Northwest Texas Healthcare System⟧, ⟦C|Amarillo⟧ · CVICU · started ⟦D|5-13-2099⟧ 21:00
Pt ⟦N|Quintanilla, Rogelio⟧ · MRN ⟦M|NWT-00448127⟧ · post-CABG ×3 (Dr. ⟦N|Stavros Kyriakou⟧, ⟦D|5/13⟧) · weight 102 kg · target 140–180
Time | BG | rate (U/h) | D10 | RN
21:00 | 246 | 4.2 | — | ⟦N|Callie Underwood⟧
22:00 | 211 | 3.6 | — | ⟦N|Callie Underwood⟧
23:00 | 178 | 2.8 | — | ⟦N|C. Underwood⟧
00:00 | 139 | 1.9 | — | ⟦N|Osvaldo Treviño-Hale⟧
01:00 | 112 | 0.8 | — | ⟦N|O. Treviño-Hale⟧
02:00 | 96 | hold | 25 mL | ⟦N|O. Treviño-Hale⟧ (Dr. ⟦N|Paulsen⟧ notified)
Meter: Accu-Chek Inform II SN ⟦DEV|UU16044718⟧, QC by ⟦N|LaToya Grimsley⟧. Transition to SQ glargine 28 U ⟦D|5/14⟧ 09:00 per endocrine Dr. ⟦N|Sunil Bhatnagar⟧.
Wife ⟦N|Norma Quintanilla⟧ ⟦P|806-555-0142⟧ asked about diet at home in ⟦C|Canyon⟧; referred to ⟦O|BSA Health System⟧ diabetes education.
`);

note("eap-referral", `
Employee Assistance Program — Supervisor Referral (confidential) · ⟦O|Cerner Works⟧ EAP for ⟦O|Lafayette General Health⟧ · ⟦D|05/14/2099⟧
Employee: ⟦N|Thibodaux, Remy Joseph⟧ · emp ID ⟦I|LGH-204471⟧ · job: ⟦PROF|respiratory therapist⟧, night shift, ⟦H|Lafayette General Medical Center⟧ (⟦C|Lafayette⟧, ⟦STATE|LA⟧)
Referring supervisor: ⟦N|Angelique Broussard-Mire⟧, MHA, RRT (⟦P|337-555-0113⟧). Reason: two late arrivals and a smell of alcohol on ⟦D|5/10⟧ and ⟦D|5/12⟧; fitness-for-duty test ⟦D|5/12⟧ (⟦O|Acadiana Occupational Medicine⟧, COC ⟦I|CCF-447182091⟧).
Counselor: ⟦N|Mireille Guidry⟧, LCSW-BACS; first session ⟦D|5/18/2099⟧ at the ⟦S|Kaliste Saloom Rd⟧ office. Referral to IOP at ⟦H|Acadiana Addiction Center⟧ offered.
Emergency contact: wife ⟦N|Celeste Thibodaux⟧ ⟦P|337-555-0186⟧; children at ⟦O|St. Pius X Elementary⟧. Union ⟦O|SEIU Local 21LA⟧ rep ⟦N|Dwayne Arceneaux⟧ present at meeting.
Release limited to attendance only, signed ⟦D|5/14/99⟧. EAP case ⟦I|EAP-99-0331⟧; counselor email ⟦E|mguidry@eap.example⟧.
`);

note("ngs-molecular-report", `
Comprehensive Genomic Profiling (tissue, 523 genes) · ⟦O|Tempus Labs⟧ report for ⟦H|MountainView Regional Medical Center⟧ (⟦C|Las Cruces⟧) · reported ⟦D|2099-05-14⟧
Patient: ⟦N|Chávez-Oyelowo, Adaeze Inés⟧ · DOB ⟦D|1970-02-27⟧ · MRN ⟦M|MVR-3308217⟧ · accession ⟦I|TL-99-00447182⟧ · block ⟦I|S99-2210 A3⟧ (tumor 40%)
Ordering: ⟦N|Ignatius Mbeki-Rowe⟧, MD (⟦O|Rio Grande Cancer Specialists⟧) · pathologist ⟦N|Hyun-jin Yoo⟧, MD (surg path ⟦I|S99-2210⟧, ⟦D|4/22/2099⟧)
Results: KRAS G12C (VAF 31%) — sotorasib/adagrasib; STK11 loss; TMB 12 m/Mb; MSS; PD-L1 22C3 TPS 5% (⟦O|NeoGenomics⟧ ⟦I|NEO-99-118820⟧).
Germline: none tested; genetic counselor ⟦N|Rivka Abergel⟧, MS, CGC offered referral (⟦P|575-555-0119⟧). Trial match: none in ⟦C|El Paso⟧ / ⟦C|Albuquerque⟧ currently.
Sister ⟦N|Ngozi Oyelowo⟧ (⟦C|Lagos⟧, ⟦COUNTRY|Nigeria⟧) asked for a copy — patient agreed, sent to ⟦E|ngozi.oyelowo@mail.example⟧ ⟦D|5/15⟧. Portal ⟦U|https://hub.tempus.example/orders/TL-99-00447182⟧.
Patient ⟦S|2250 Calle de Guadalupe⟧, ⟦C|Mesilla⟧, ⟦STATE|NM⟧ ⟦Z|88046⟧ · ⟦P|575-555-0170⟧ · ⟦O|Presbyterian Health Plan⟧ ⟦HP|PHP44712088⟧.
Report signed out by ⟦N|Abhishek Gundavarapu⟧, MD, PhD, lab director, CLIA ⟦I|14D2114007⟧; tumor board ⟦D|May 21⟧ (coordinator ⟦N|Marlena Ortega⟧).
`);

write();
