// Why this file exists: builds test/fixtures/clinical-notes-31.jsonl, a thirty-first labelled set of clinical notes
// written by hand in stop 43 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixtures 29-30's generators and test file, fixture-io.mjs, the opening comments of the
// other generators and the note ids of fixtures 1-30 were read for the form, the labels and the report types already
// held), with the PHI density of the i2b2 de-identification notes, in report types and layouts fixtures 1-30 hold
// least: a military aeromedical patient movement request, an electrophysiology ablation report, a malignant
// hyperthermia crisis record, a brain death determination, a Candida auris admission screening log (its rows made by
// a seeded RNG), a controlled-substance diversion investigation, a gunshot-wound report to police with vehicle
// plates, an unidentified trauma patient's alias reconciliation, a duplicate-record (MRN) merge request, a cord blood
// collection record, a tissue bank allograft tracking log, a contrast reaction report, an IVF embryology witness log,
// a cross-border (Ontario) transfer, a fetal death report worksheet and a railroad post-accident toxicology form (16
// in ALL CAPS); a handoff whiteboard transcription, a patient's symptom diary, a pharmacy voicemail transcript and a
// family group chat forwarded by a caregiver (4 in lower case); a break-the-glass access audit, a confidential
// (alias) registration request, a MedWatch device report, a physician credentialing file (licences, DEA, NPI,
// board numbers), an obituary-based death clearance, a translated German discharge letter, an overseas visitor (NHS)
// charging note, a media inquiry log, a tribal enrolment (CDIB) eligibility check, a biobank withdrawal request, a
// direct-to-consumer genetic result visit, a Legionella building investigation, a portal proxy access request, a
// Hutterite colony house call, a guardian ad litem's medical summary, a Peace Corps medical clearance, a wind-turbine
// rescue, a C-CDA document extract (XML), a FHIR Patient resource (JSON) and a Marshallese (COFA) clinic visit.
// Regions (towns invented or real, states and countries real): Ramstein and Landstuhl, the Cumberland Gap, the Texas
// Coastal Bend, Anchorage, Flint, Baltimore, Fresno, the Wabash Valley, Duluth-Superior, the Dakota Hutterite and
// Montana Hi-Line colonies, Windsor-Detroit, the Kenai, Salinas, Galesburg's BNSF yards, Honolulu, the Upper Valley,
// Rochester (Minnesota), Hamburg, London and Cornwall, Savannah, the Cherokee Nation (Tahlequah), Asheville, Bethesda,
// Scranton, Lilongwe, the Flint Hills wind farms, Springdale (Arkansas), Bayamón and Ponce.
// PHI forms sought: names in table cells, XML elements and JSON strings ("family": "Chaudhuri"), audit rows of user
// ids, "LAST,FIRST" with no space, aliases ("TRAUMA ZEBRA", "DOE, JOHN 4417", an alias registration), nicknames,
// maiden names ("née"), obituary relatives ("survived by ..."), particles (von, zu, ter, de la, Mc), Marshallese,
// Hawaiian and Samoan names, clinicians' and witnesses' initials in a log; dates as "14.03.2099", "2099-03-14",
// "20990314", "14MAR99", "March 14th", "3-14-99", "14/MAR/2099", "2099/03/14", "the 14th", "1999", a spoken "five
// eleven nineteen sixty two"; ages over 89 as "aged 97", "AGE/SEX: 94/F", "(92)" and in table cells; MRNs, merged
// MRNs, FINs, account and plan numbers, OHIP and NHS numbers, CDIB and citizenship numbers, donor and unit ids,
// tissue ids, embryo dish ids, DEA, NPI, state licences, board certificate numbers, UDI and lot numbers, device
// serials, vehicle plates and a VIN, badge numbers (locomotive numbers left alone); addresses abroad (German and UK
// postcodes, a Canadian postal code), facilities, employers, schools and agencies.
// Hard negatives: drugs and products (dantrolene, Ryanodex, Omnipaque, Pyxis, Omnicell, CARTO 3, ThermoCool,
// Watchman, Infuse, AlloDerm, EMBRYOSCOPE, EpiPen), scores and tests (apnea test, GCS 3, ACR classification, Gail
// model, APGAR, CIWA), codes and laws (21 CFR 803.30, 49 CFR 219, 42 CFR Part 2, LOINC 8302-2, OSHA 301), eponyms
// (Doll's eyes) and public programmes (Medicaid, SoonerCare, Healthy Michigan Plan, Plan
// Vital, Help Me Grow, Head Start, COFA).
// Labelling follows fixtures 29-30 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians' and witnesses' initials are PHI; titles, ranks, degrees and cue words stay outside
// the name; "the" stays outside a facility; room, bed and bay codes and departments are left unlabelled; flight,
// mission and locomotive numbers are left unlabelled; nursing homes, clinics with a place name, VA, IHS and military
// treatment facilities are HOSPITAL; companies, insurers, schools, churches, pharmacies, agencies, courts, tribes,
// colonies, news outlets, makers and carriers are ORGANIZATION; counties, landmarks, parks, ports, bases and wind
// farms are LOCATION-OTHER; MRNs and charts are MRN; member, policy, OHIP and NHS numbers HEALTHPLAN; case, claim,
// licence, plate, VIN, badge, enrolment and report numbers ID; user ids USERNAME; serials, UDIs and lots DEVICE;
// extensions PHONE; drug, device, test, score and eponym names and public programmes are no PHI.
// Every person, town, street, organisation, facility and number is invented here (states, countries and large cities
// are real, as are a few large hospitals, agencies and companies named as referral places or employers); nothing is
// copied from any corpus. Inline marks ⟦CODE|text⟧ as in fixtures 3-30 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-31.mjs [out.jsonl].
import { markedFixture, seededPicks } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-31.jsonl", "make-clinical-fixture-31");

// ---- seeded RNG (mulberry32, bench/corpus.mjs's): the C. auris screening log's rows ----
const { rnd, pick, digits } = seededPicks(3131);
const CA_PATIENTS = [
  "WOJCIK,STANISLAW", "ABERNATHY,OPAL", "NGUYEN-TRUONG,LINH", "MCALLISTER,ROY", "DELEON,AMPARO",
  "FITZHUGH,CORDELIA", "OYENUGA,BABATUNDE", "SZALAI,ERZSEBET", "KINCAID,BUFORD", "TUPOU,SIONE",
];
const CA_FROM = [
  ["⟦H|KINDRED HOSPITAL BALTIMORE⟧", "LTACH"],
  ["⟦H|FUTURECARE CHERRYWOOD⟧", "SNF VENT UNIT"],
  ["HOME", "-"],
  ["⟦H|LORIEN MAYS CHAPEL⟧", "SNF"],
  ["⟦H|JOHNS HOPKINS BAYVIEW⟧", "ACUTE"],
];
const CA_SWABBERS = ["OKPARA", "LINDGREN", "VASQUEZ-ORR", "BRILL"];
function aurisRows() {
  const rows = [];
  for (let i = 0; i < 8; i++) {
    const [from, kind] = pick(CA_FROM);
    const day = 10 + Math.floor(rnd() * 5);
    const res = pick(["NEG", "NEG", "NEG", "POS", "PEND"]);
    rows.push(
      `⟦M|${digits(8)}⟧ ⟦N|${CA_PATIENTS[i]}⟧`.padEnd(44) +
        ` ⟦D|03/${day}/99⟧  ${from} (${kind})  AXILLA/GROIN  ${res}  ⟦N|${pick(CA_SWABBERS)}⟧`,
    );
  }
  return rows.join("\n");
}

// ======================================================== ALL CAPS (16) ========================================================

note("aeromedical-pmr-caps", `
PATIENT MOVEMENT REQUEST (PMR) - ⟦O|USTRANSCOM⟧ PATIENT MOVEMENT REQUIREMENTS CENTER     PMR # ⟦I|AE99-073-0447⟧     ⟦D|14MAR99⟧
ORIGINATING MTF: ⟦H|LANDSTUHL REGIONAL MEDICAL CENTER⟧, ⟦C|LANDSTUHL⟧, ⟦COUNTRY|GERMANY⟧ (⟦C|APO⟧ ⟦STATE|AE⟧ ⟦Z|09180⟧)   DESTINATION MTF: ⟦H|WALTER REED NATIONAL MILITARY MEDICAL CENTER⟧
PATIENT: ⟦N|OKONKWO-BRADLEY, TERRENCE J⟧   RANK SSG   DOD ID ⟦I|1447718820⟧   SSN ⟦SSN|XXX-XX-4471⟧   UNIT 2-503 IN, ⟦LO|CASERMA DEL DIN⟧, ⟦C|VICENZA⟧
DOB ⟦D|1991-08-19⟧   PRECEDENCE: PRIORITY   CLASS 2A (LITTER)   DX: L TIBIA OPEN FX, EX-FIX IN PLACE   ATTENDANT: NONE
VALIDATING FLIGHT SURGEON: MAJ ⟦N|RHIANNON DELACROIX-WEBB⟧, MD   DSN ⟦P|314-590-4471⟧   ⟦E|RHIANNON.D.WEBB.MIL@HEALTH.EXAMPLE⟧
MISSION: C-17 VIA ⟦LO|RAMSTEIN AB⟧ → ⟦LO|JOINT BASE ANDREWS⟧, ETD ⟦D|16 MAR 2099⟧ 1100Z. ACCEPTING: CDR ⟦N|PAULO FALEOLO⟧, MC, USN (ORTHO TRAUMA).
NOK: WIFE ⟦N|CHANTELLE BRADLEY⟧, ⟦S|2207 BRAXTON ST⟧, ⟦C|CLARKSVILLE⟧, ⟦STATE|TN⟧ ⟦Z|37042⟧ ⟦P|931-555-0127⟧ - NOTIFIED BY ⟦O|RED CROSS⟧ MESSAGE ⟦I|ARC-99-204471⟧.
RN LIAISON LT ⟦N|K. ABERCROMBIE⟧ / PMRC TSGT ⟦N|M. OYELARAN⟧   ENTERED ⟦D|20990314⟧ 0817Z BY ⟦UN|MOYELARAN.PMRC⟧
`);

note("ep-ablation-report-caps", `
ELECTROPHYSIOLOGY PROCEDURE REPORT - ⟦H|CHRISTUS SPOHN HOSPITAL CORPUS CHRISTI - SHORELINE⟧ EP LAB 2     ⟦D|03-14-99⟧
PATIENT: ⟦N|GALVAN, ESTEBAN "STEVE" MOLINA⟧   MRN ⟦M|CS07718204⟧   FIN ⟦I|9904471182⟧   DOB ⟦D|12-02-2048⟧   AGE/SEX: 50/M
PROCEDURE: PULMONARY VEIN ISOLATION (RF), CTI LINE. MAPPING: CARTO 3 (⟦O|BIOSENSE WEBSTER⟧), THERMOCOOL SMARTTOUCH SF LOT ⟦DEV|30447182L⟧.
OPERATOR: DR. ⟦N|HUMBERTO SALAZAR⟧ (FOR DR. ⟦N|YOLANDA ESCOBEDO-PRICE⟧, ON LEAVE); FELLOW DR. ⟦N|AISHA BELLO⟧. ANESTHESIA: ⟦N|R. KOWALCZYK⟧, CRNA, UNDER DR. ⟦N|TREVIÑO⟧.
REFERRING: DR. ⟦N|MARGARET OHANESIAN⟧, ⟦O|COASTAL BEND CARDIOLOGY⟧, ⟦S|3301 S ALAMEDA ST⟧ STE 400, ⟦C|CORPUS CHRISTI⟧ ⟦Z|78411⟧, FAX ⟦F|361-555-0143⟧.
FINDINGS: ALL 4 PV ISOLATED, ENTRANCE/EXIT BLOCK. NO PERICARDIAL EFFUSION ON ICE. FLUORO 4.2 MIN.
DISPO: OVERNIGHT, HOME ⟦D|3/15⟧ WITH DAUGHTER ⟦N|BELINDA GALVAN-OCHOA⟧ TO ⟦C|KINGSVILLE⟧. F/U DEVICE/EP CLINIC ⟦D|APR 22⟧ ⟦P|361-555-0190⟧.
DICTATED BY ⟦N|HS⟧ / TRANSCRIBED BY ⟦N|LMR⟧ ⟦D|03/14/2099⟧ 1622   JOB ⟦I|D7718204⟧
`);

note("mh-crisis-record-caps", `
MALIGNANT HYPERTHERMIA CRISIS RECORD - ⟦H|PROVIDENCE ALASKA MEDICAL CENTER⟧ MAIN OR 6     DATE ⟦D|14 MARCH 2099⟧
PT ⟦N|SVENDSEN-TOKUDA, KAIA⟧   ⟦M|PAMC 004471820⟧   17 YO F   WT 58 KG   ACCT ⟦I|A4471820-7⟧   GUARDIAN: FATHER ⟦N|ERIK SVENDSEN⟧
CASE: ACL RECONSTRUCTION (DR. ⟦N|BRANDT MACINNIS⟧). SEVOFLURANE + SUCCINYLCHOLINE. ANESTHESIOLOGIST DR. ⟦N|GWENDOLYN ASHCROFT⟧.
0912 ETCO2 68 → 0915 MASSETER RIGIDITY, HR 142, T 38.9. MH HOTLINE (⟦O|MHAUS⟧) CALLED 0918, SPOKE WITH DR. ⟦N|K. VANTERPOOL⟧ ⟦P|1-800-555-0148⟧.
DANTROLENE (RYANODEX) 2.5 MG/KG X2 BY ⟦N|TOBIAS NAKAMURA⟧, RN AND ⟦N|L. QUINTERO⟧, CRNA. MH CART RESEALED.
CK PEAK 14,200 ⟦D|3/15⟧. TRANSFER TO PICU, DR. ⟦N|ANIKA VOGELSANG⟧. FAMILY REFERRED TO ⟦O|NORTH AMERICAN MH REGISTRY⟧ AND FOR RYR1 TESTING AT ⟦O|PREVENTION GENETICS⟧.
MOTHER ⟦N|SAYURI TOKUDA⟧ (⟦C|EAGLE RIVER⟧, ⟦P|907-555-0161⟧) REPORTS HER BROTHER ⟦N|KENJI⟧ "HAD A HIGH FEVER UNDER ANESTHESIA" IN ⟦C|SAPPORO⟧ ⟦D|1999⟧.
RECORDER: ⟦N|DELPHINE ROURKE⟧, RN, CIRCULATOR    REVIEWED ⟦N|GA⟧ ⟦D|3/14/99⟧
`);

note("brain-death-determination-caps", `
DETERMINATION OF DEATH BY NEUROLOGIC CRITERIA - ADULT     ⟦H|HURLEY MEDICAL CENTER⟧, ⟦C|FLINT⟧, ⟦STATE|MI⟧     NEURO ICU BED 8
PATIENT: ⟦N|TILLMAN, DESHAWN MARQUIS⟧   MRN ⟦M|H-2204471⟧   DOB ⟦D|07/04/2071⟧   ADMIT ⟦D|03/11/2099⟧ (GSW HEAD - SEE ⟦O|FLINT POLICE⟧ REPORT ⟦I|FPD-99-031144⟧)
PREREQUISITES: CT ⟦D|3/12⟧ MASSIVE ICH WITH HERNIATION; T 36.8; SBP 118; NA 148; NO SEDATION > 5 HALF-LIVES (FENTANYL OFF ⟦D|3/12⟧ 1800).
EXAM 1 ⟦D|03/13/99⟧ 2210 - DR. ⟦N|PRIYA RAMALINGAM⟧ (NEUROCRITICAL CARE): GCS 3, PUPILS FIXED 6 MM, CORNEAL/OCULOCEPHALIC (DOLL'S EYES)/COUGH/GAG ABSENT.
APNEA TEST ⟦D|03/14/99⟧ 0640: PACO2 38 → 72 AT 8 MIN, NO RESPIRATORY EFFORT. EXAM 2 BY DR. ⟦N|ISAAC FELDMAN-OYELOWO⟧ 0705.
TIME OF DEATH: ⟦D|03/14/2099⟧ 0718. FAMILY: MOTHER ⟦N|ROCHELLE TILLMAN⟧ AND GRANDMOTHER ⟦N|ODESSA "BIG MAMA" TILLMAN⟧ (⟦A|92⟧) PRESENT, CHAPLAIN REV. ⟦N|ABERNATHY⟧.
⟦O|GIFT OF LIFE MICHIGAN⟧ NOTIFIED 0725, REFERRAL ⟦I|GOL-0314-0447⟧, COORDINATOR ⟦N|JAMAL WHITTAKER⟧ ⟦P|810-555-0183⟧. ME: ⟦O|GENESEE COUNTY MEDICAL EXAMINER⟧ CASE ⟦I|GC99-0118⟧, INVESTIGATOR ⟦N|T. BURZYNSKI⟧.
`);

note("c-auris-screening-log-caps", `
CANDIDA AURIS ADMISSION SCREENING LOG - ⟦H|UNIVERSITY OF MARYLAND MEDICAL CENTER MIDTOWN CAMPUS⟧ - INFECTION PREVENTION     WEEK OF ⟦D|03/09/2099⟧
MRN      PATIENT (LAST,FIRST)                 SWAB DATE  TRANSFERRED FROM                            SITE          RESULT  SWABBED BY
${aurisRows()}
POSITIVES REPORTED TO ⟦O|MARYLAND DEPARTMENT OF HEALTH⟧ (EPI DR. ⟦N|SHANICE PORTERFIELD⟧ ⟦P|410-555-0138⟧) WITHIN 24 H; ISOLATES TO ⟦O|MARYLAND STATE PUBLIC HEALTH LAB⟧.
CONTACT PRECAUTIONS + EPA LIST P WIPES. ROOMMATE OF ANY POSITIVE SWABBED X3. NOTE: ⟦N|FITZHUGH⟧ - PRIOR POS AT ⟦H|KINDRED HOSPITAL BALTIMORE⟧ ⟦D|NOV 2098⟧ PER THEIR IP ⟦N|G. ACHTERBERG⟧.
LOG KEPT BY ⟦N|MAUREEN O'DONOGHUE-PRATT⟧, MPH, CIC   ⟦E|MODONOGHUE@UMM.EXAMPLE⟧
`);

note("diversion-investigation-caps", `
CONTROLLED SUBSTANCE DIVERSION INVESTIGATION - CONFIDENTIAL     ⟦H|COMMUNITY REGIONAL MEDICAL CENTER⟧ (⟦C|FRESNO⟧)     FILE ⟦I|DIV-2099-007⟧
OPENED ⟦D|03/03/2099⟧ FROM PYXIS ANOMALY REPORT (OMNICELL NOT IN USE ON UNIT). UNIT: 4 EAST MED/SURG.
EMPLOYEE UNDER REVIEW: ⟦N|CASTELLANOS, BRIANNA L⟧, RN   EMPLOYEE # ⟦I|E0447182⟧   BADGE ⟦I|44718⟧   CA RN LIC ⟦I|95044718⟧   HIRE ⟦D|06/2096⟧
FINDINGS: 41 HYDROMORPHONE 2 MG WITHDRAWALS ⟦D|2/1⟧-⟦D|2/28⟧ VS UNIT MEAN 9; 12 WASTES WITNESSED BY SAME RN (⟦N|D. HAKOPIAN⟧).
PATIENTS AFFECTED (CHART REVIEW): ⟦N|MARROQUIN, ELIDIA⟧ ⟦M|CRM-3318204⟧; ⟦N|THAO, NENG⟧ ⟦M|CRM-3318342⟧; ⟦N|SIMONIAN, ARA⟧ ⟦M|CRM-3318367⟧ - PAIN SCORES 0/10 AT TIME OF PRN.
INTERVIEW ⟦D|03/12/99⟧ WITH HR ⟦N|LUPE ARRIAGA⟧ AND NURSE MANAGER ⟦N|KYLE PETERSEN-YANG⟧. FOR-CAUSE UDS COLLECTED BY ⟦O|CONCENTRA⟧, CCF ⟦I|F4471820⟧.
REPORTED: ⟦O|CALIFORNIA BOARD OF REGISTERED NURSING⟧ ⟦D|3/13⟧; ⟦O|DEA⟧ FORM 106 ⟦I|106-99-04471⟧ (DIVERSION AGENT ⟦N|M. ESPINDOLA⟧, ⟦O|DEA FRESNO RESIDENT OFFICE⟧).
PHARMACY DIVERSION SPECIALIST ⟦N|WARREN TCHAKALIAN⟧, PHARMD ⟦P|559-555-0129⟧ X ⟦P|2271⟧
`);

note("gsw-police-report-caps", `
MANDATORY REPORT OF INJURY BY FIREARM / ASSAULTIVE CONDUCT (⟦STATE|INDIANA⟧)     ⟦H|UNION HOSPITAL⟧, ⟦C|TERRE HAUTE⟧ ED     ⟦D|3-14-99⟧ 0218
PATIENT: ⟦N|BRIGGS, TRAVIS DALE⟧ AKA "⟦N|T-BONE⟧"   DOB ⟦D|5-30-2078⟧   MRN ⟦M|UH00447182⟧   ADDRESS ⟦S|1912 N 9TH ST⟧, ⟦C|TERRE HAUTE⟧ ⟦Z|47804⟧
INJURY: GSW R THIGH, THROUGH-AND-THROUGH, NO FEMUR FX; CTA NEG. TREATING: DR. ⟦N|NICOLETTE STRAUB⟧ (EM); TRAUMA DR. ⟦N|OKOLI⟧.
BROUGHT BY PRIVATE VEHICLE: 2086 CHEVY MALIBU, IN PLATE ⟦I|TK 4471⟧ (SILVER), DRIVER ⟦N|KAYLA MAE FORSYTHE⟧ (GIRLFRIEND) ⟦P|812-555-0177⟧ - VEHICLE IN AMBULANCE BAY.
SECOND VEHICLE REPORTED BY PT: BLACK DODGE RAM, PARTIAL PLATE ⟦I|IL 8J2⟧, VIN FROM TOW ⟦I|1D7HU18N44S718204⟧ (PER OFFICER).
REPORTED TO ⟦O|TERRE HAUTE POLICE DEPARTMENT⟧ 0230: OFFICER ⟦N|DEVIN ARBUCKLE⟧ BADGE ⟦I|317⟧, CASE ⟦I|THPD 99-0031447⟧. EVIDENCE: JEANS BAGGED, CHAIN OF CUSTODY BY ⟦N|J. PRUITT⟧, RN.
PT REQUESTS NO VISITORS EXCEPT MOTHER ⟦N|DARLENE BRIGGS⟧; SOCIAL WORK ⟦N|AMBER KNOLL⟧, LCSW. SECURITY SUPERVISOR ⟦N|RAY TOMLINSON⟧ NOTIFIED.
`);

note("trauma-alias-reconciliation-caps", `
UNIDENTIFIED PATIENT - TRAUMA ALIAS RECONCILIATION     ⟦H|JOHNS HOPKINS HOSPITAL⟧ ADULT TRAUMA / HIM     ⟦D|2099-03-14⟧
TEMPORARY REGISTRATION: "⟦N|TRAUMA ZEBRA⟧" MRN ⟦M|J9904471⟧ (ARRIVED ⟦D|03/12/2099⟧ 2340 VIA ⟦O|BALTIMORE CITY FIRE⟧ MEDIC 14, PEDESTRIAN STRUCK ON ⟦S|E NORTH AVE⟧)
IDENTIFIED ⟦D|03/14/2099⟧ 1015 BY ⟦O|BALTIMORE POLICE⟧ (DET. ⟦N|L. ABERNATHY-COLE⟧) VIA FINGERPRINT + SISTER'S PHOTO ID.
TRUE IDENTITY: ⟦N|MCGILLICUDDY, SEAMUS PATRICK⟧   DOB ⟦D|01/17/1961⟧   EXISTING MRN ⟦M|J0447182⟧ (LAST SEEN ⟦D|AUG 2097⟧ ⟦H|JOHNS HOPKINS BAYVIEW⟧)
ACTION: ⟦M|J9904471⟧ MERGED INTO ⟦M|J0447182⟧ BY ⟦N|KEYONNA FAIRFAX⟧, RHIA (HIM DATA INTEGRITY) ⟦D|03/14/99⟧ 1140. BLOOD BANK NOTIFIED - ARMBAND ⟦I|BB-Z-0447⟧ RETIRED.
NEXT OF KIN: SISTER ⟦N|BRIDGET MCGILLICUDDY-ONWUEGBU⟧, ⟦S|404 E 33RD ST⟧, ⟦C|BALTIMORE⟧ ⟦Z|21218⟧, ⟦P|443-555-0104⟧. HCP FORM SIGNED.
PRIOR ALIAS IN ⟦O|CRISP⟧ HIE: "⟦N|DOE, JOHN 4417⟧" ⟦D|12/2098⟧ AT ⟦H|MERCY MEDICAL CENTER⟧ - LINKED. TRAUMA ATTENDING DR. ⟦N|OLUWAKEMI ADEBAYO-STRAND⟧.
`);

note("mrn-merge-request-caps", `
DUPLICATE MEDICAL RECORD MERGE REQUEST     ⟦H|ASPIRUS WAUSAU HOSPITAL⟧ → ⟦O|ASPIRUS⟧ ENTERPRISE MPI TEAM     TICKET ⟦I|MPI-99-004471⟧
REQUESTED BY: ⟦N|TAMRA HOLTZ⟧ (PATIENT ACCESS, ⟦H|ASPIRUS IRONWOOD HOSPITAL⟧) ⟦P|906-555-0132⟧   ⟦D|03/14/2099⟧
RECORD A (SURVIVOR)                                 RECORD B (NON-SURVIVOR)
MRN ⟦M|AS-10447182⟧                                 MRN ⟦M|AS-20771834⟧
NAME ⟦N|LAHTINEN, EINO W⟧                            NAME ⟦N|LAHTINEN, EINO WILLIAM⟧
DOB ⟦D|02/29/2004⟧                                   DOB ⟦D|03/01/2004⟧
ADDR ⟦S|N4471 LAKE GOGEBIC RD⟧, ⟦C|BERGLAND⟧ ⟦Z|49910⟧   ADDR ⟦S|PO BOX 71⟧, ⟦C|MARENISCO⟧ ⟦Z|49947⟧
INSURANCE HEALTHY MICHIGAN PLAN ⟦HP|0044718201⟧          INSURANCE SELF-PAY
LAST ENC ⟦D|01/06/2099⟧ (DR. ⟦N|KORPELA⟧)                   LAST ENC ⟦D|03/10/2099⟧ (ED, DR. ⟦N|S. BJORKLUND⟧)
MATCH SCORE 94 - SAME SSN LAST 4 ⟦SSN|7718⟧, SAME PHONE ⟦P|906-555-0119⟧, SAME NOK (DAUGHTER ⟦N|HELMI LAHTINEN-ROSS⟧).
LEAP-DAY BIRTH ENTERED AS ⟦D|3/1⟧ AT ED KIOSK. APPROVED ⟦N|J. KOIVISTO⟧, HIM ⟦D|3/14⟧; RADIOLOGY ACC ⟦I|RAD-7718204⟧ MOVED.
`);

note("cord-blood-collection-caps", `
CORD BLOOD COLLECTION RECORD - PUBLIC DONATION     ⟦O|CAROLINAS CORD BLOOD BANK⟧ (⟦O|DUKE⟧) COLLECTION SITE: ⟦H|MISSION HOSPITAL⟧, ⟦C|ASHEVILLE⟧
CBU ID ⟦I|CCBB 0447-1820-3⟧   ISBT DIN ⟦I|W1447 99 044718⟧   COLLECTED ⟦D|03/14/2099⟧ 0352   VOLUME 118 ML   BAG LOT ⟦DEV|MBG-20447⟧
MOTHER: ⟦N|OWLE, CHENOA RAE⟧   MRN ⟦M|MH-8820447⟧   DOB ⟦D|10/10/2002⟧   ⟦O|EASTERN BAND OF CHEROKEE INDIANS⟧ ENROLLED MEMBER   CONSENT BY ⟦N|T. LOSSIAH⟧
INFANT: ⟦N|BABY BOY OWLE⟧   ⟦D|03/14/2099⟧ 0341   APGAR 8/9   DELIVERING: ⟦N|MARISSA QUEEN⟧, CNM; OB BACKUP DR. ⟦N|FENWICK⟧
MATERNAL HISTORY REVIEWED WITH FATHER ⟦N|DANIEL CROWE⟧ - NO TRAVEL, NO TATTOOS IN 12 MO. HOME ⟦S|88 BIG COVE LOOP⟧, ⟦C|CHEROKEE⟧, ⟦STATE|NC⟧ ⟦Z|28719⟧.
COLLECTOR: ⟦N|PERPETUA NWACHUKWU⟧, RN ⟦N|PN⟧   SHIPPED 0610 BY ⟦O|MEDSPEED⟧ COURIER, TRACK ⟦I|MS-99-7718204⟧   TEMP LOGGER ⟦DEV|TL-04471⟧
`);

note("tissue-allograft-log-caps", `
TISSUE / IMPLANT TRACKING LOG - ⟦H|ASHTABULA COUNTY MEDICAL CENTER⟧ SURGICAL SERVICES     MONTH: ⟦D|MARCH 2099⟧
DATE       PATIENT                MRN          TISSUE / GRAFT                          TISSUE ID              SOURCE BANK         SURGEON
⟦D|03/03/99⟧   ⟦N|HRUBY, WALTER⟧          ⟦M|ACMC-118204⟧   FEMORAL HEAD ALLOGRAFT                  ⟦DEV|MTF 4471-8820-044⟧     ⟦O|MTF BIOLOGICS⟧       ⟦N|DEMARCO⟧
⟦D|03/07/99⟧   ⟦N|SKIDMORE, LARUE⟧        ⟦M|ACMC-118377⟧   ALLODERM 4X8 CM                         ⟦DEV|AD4471C⟧              ⟦O|LIFECELL⟧            ⟦N|PAPADOPOULOS⟧
⟦D|03/11/99⟧   ⟦N|DIMARTINO, ANGELINA⟧    ⟦M|ACMC-118401⟧   ACHILLES TENDON                         ⟦DEV|JRF-99-77182⟧         ⟦O|JRF ORTHO⟧           ⟦N|DEMARCO⟧
⟦D|03/12/99⟧   ⟦N|OYELAKIN, FUNSHO⟧       ⟦M|ACMC-118455⟧   INFUSE BONE GRAFT SM (DEVICE)           UDI ⟦DEV|(01)00643169 (17)991231 (10)H44718⟧     ⟦O|MEDTRONIC⟧   ⟦N|KASPRZAK⟧
RECALL CHECK: ⟦O|AATB⟧ NOTICE ⟦D|03/13/2099⟧ ON ⟦O|JRF ORTHO⟧ LOT ⟦DEV|99-77⟧ - ⟦N|DIMARTINO⟧'S GRAFT NOT IN RECALLED RANGE (VERIFIED ⟦N|C. WOLFF⟧, ⟦N|B. SZABO⟧).
FREEZER 2 TEMP EXCURSION ⟦D|3/9⟧ 0200-0240 (-68 C), TECH ⟦N|ARLO PENNYPACKER⟧ MOVED STOCK. COORDINATOR ⟦N|GRETA HALLORAN⟧, RN ⟦P|440-555-0170⟧.
`);

note("contrast-reaction-report-caps", `
ADVERSE CONTRAST REACTION REPORT     ⟦O|DULUTH IMAGING ASSOCIATES⟧ AT ⟦H|ST. LUKE'S HOSPITAL⟧, ⟦C|DULUTH⟧     EVENT ⟦I|CR-99-0314-2⟧
PATIENT ⟦N|BJORNSTAD, INGEBORG⟧   AGE/SEX: ⟦A|94⟧/F   MRN ⟦M|SL0447718⟧   REFERRED BY DR. ⟦N|ABDIKADIR WARSAME⟧ (⟦O|LAKE SUPERIOR COMMUNITY HEALTH CENTER⟧)
EXAM: CT ABD/PELVIS W, OMNIPAQUE 350 100 ML VIA 20G R AC AT 1404 ⟦D|14-MAR-2099⟧. PRIOR CONTRAST ⟦D|2097⟧ AT ⟦H|ESSENTIA HEALTH-ST. MARY'S - SUPERIOR⟧ WITHOUT REACTION.
1407 DIFFUSE URTICARIA, WHEEZE, BP 84/50. EPINEPHRINE 0.3 MG IM BY ⟦N|NIKOLAI OLSEN⟧, RN, PER DR. ⟦N|HEIKKINEN⟧ (RADIOLOGIST). DIPHENHYDRAMINE 50 IV.
ACR CLASSIFICATION: MODERATE ALLERGIC-LIKE. TRANSFERRED TO ED 1430, DISCHARGED 1900 WITH EPIPEN; ALLERGY ADDED TO CHART AND ⟦O|MEDICALERT⟧ FORM.
DAUGHTER ⟦N|SOLVEIG BJORNSTAD-HAGEN⟧ DROVE FROM ⟦C|SUPERIOR⟧, ⟦STATE|WI⟧ ⟦P|715-555-0153⟧. PCP LETTER FAXED ⟦F|218-555-0154⟧.
REPORTED BY ⟦N|NIKOLAI OLSEN⟧ ⟦D|3/14/99⟧; REVIEWED BY QUALITY ⟦N|P. DUFRESNE⟧ ⟦D|3/15/99⟧.
`);

note("embryology-witness-log-caps", `
IVF LABORATORY - DOUBLE WITNESS LOG     ⟦O|SHADY GROVE FERTILITY⟧ ⟦C|ROCKVILLE⟧ LAB     CYCLE ⟦I|SGF-99-0447⟧     ⟦D|03/14/2099⟧
PATIENT: ⟦N|AHMADZAI, FARIBA⟧ (DOB ⟦D|09/13/1987⟧)   PARTNER: ⟦N|AHMADZAI, JAWAD⟧ (DOB ⟦D|02/01/1984⟧)   PT ID ⟦M|SGF-4471820⟧   DONOR: NONE
STEP                      TIME   DISH / TUBE ID          PERFORMED   WITNESS
EGG RETRIEVAL RECEIPT     0812   ⟦I|FA-0314-OR2⟧            ⟦N|MTR⟧         ⟦N|KDB⟧
ICSI (11 MII)             1245   ⟦I|FA-0314-ICSI-A⟧         ⟦N|KDB⟧         ⟦N|ALW⟧
EMBRYOSCOPE LOAD          1320   SLIDE ⟦DEV|ES-77182-03⟧    ⟦N|KDB⟧         ⟦N|MTR⟧
SPERM PREP (FRESH)        1115   ⟦I|JA-0314-SP⟧             ⟦N|ALW⟧         ⟦N|MTR⟧
PHYSICIAN: DR. ⟦N|ROYA TAVAKOLI⟧ (RETRIEVAL OR 2). EMBRYOLOGISTS: ⟦N|MEREDITH T. RUIZ⟧ (⟦N|MTR⟧), ⟦N|KWAME D. BOATENG⟧ (⟦N|KDB⟧), ⟦N|ANNA-LENA WEISS⟧ (⟦N|ALW⟧).
DISCREPANCY: NONE. RFID (WITNESS SYSTEM) READER ⟦DEV|RI-SN 04471⟧ DOWN 1300-1310, MANUAL WITNESS DOCUMENTED. LAB DIRECTOR ⟦N|LEONID PETRENKO⟧, PHD, HCLD.
`);

note("cross-border-transfer-caps", `
INTERFACILITY TRANSFER - CROSS-BORDER (⟦COUNTRY|CANADA⟧ → US)     SENDING: ⟦H|WINDSOR REGIONAL HOSPITAL - OUELLETTE CAMPUS⟧, ⟦C|WINDSOR⟧, ⟦STATE|ON⟧
RECEIVING: ⟦H|DETROIT MEDICAL CENTER HARPER UNIVERSITY HOSPITAL⟧ CARDIAC ICU - ACCEPTING DR. ⟦N|LUCIAN THORNBURY⟧ ⟦P|313-555-0122⟧     ⟦D|2099/03/14⟧
PATIENT: ⟦N|BOUCHARD-NAKASHIMA, HÉLÈNE⟧   DOB ⟦D|1957/11/23⟧   OHIP ⟦HP|4471-820-447-KT⟧   ⟦H|WRH⟧ CHART ⟦M|W0447182⟧
ADDRESS: ⟦S|1180 OUELLETTE AVE⟧ UNIT 902, ⟦C|WINDSOR⟧, ⟦STATE|ON⟧ ⟦Z|N9A 4K2⟧   NOK: HUSBAND ⟦N|TAKESHI NAKASHIMA⟧ ⟦P|+1 519-555-0186⟧
REASON: TYPE A DISSECTION - NO CARDIAC SURGERY BED IN ⟦LO|ESSEX-WINDSOR⟧. ⟦O|CRITICALL ONTARIO⟧ CASE ⟦I|CC-99-204471⟧; ⟦O|ORNGE⟧ LAND CRITICAL CARE VIA ⟦LO|AMBASSADOR BRIDGE⟧.
OUT-OF-COUNTRY PRIOR APPROVAL FORM 1 FAXED TO ⟦O|ONTARIO MINISTRY OF HEALTH⟧ ⟦F|+1 416-555-0109⟧ BY ⟦N|GENEVIÈVE OUELLET⟧, PATIENT FLOW.
CBSA / CBP NOTIFIED (PASSPORT SEEN, ⟦I|AK447182⟧). SENDING MD: DR. ⟦N|RAJINDER SANDHU⟧, ⟦O|CPSO⟧ REG ⟦I|104471⟧.
`);

note("fetal-death-worksheet-caps", `
REPORT OF FETAL DEATH - FACILITY WORKSHEET (⟦O|PUERTO RICO DEPARTMENT OF HEALTH⟧, DEMOGRAPHIC REGISTRY)     ⟦H|HOSPITAL HERMANOS MELÉNDEZ⟧, ⟦C|BAYAMÓN⟧
MOTHER: ⟦N|RIVERA QUIÑONES, MARANGELY⟧   DOB ⟦D|04/08/1999⟧   RESIDENCE ⟦S|URB. SANTA JUANITA, CALLE 12 BB-14⟧, ⟦C|BAYAMÓN⟧, ⟦STATE|PR⟧ ⟦Z|00956⟧
FATHER: ⟦N|DE JESÚS ORTIZ, LUIS ÁNGEL⟧   DOB ⟦D|1996-12-25⟧   BIRTHPLACE ⟦C|PONCE⟧
DELIVERY ⟦D|14/MAR/2099⟧ 0455, 29 WKS, 1,180 G, MACERATED. ATTENDANT: DR. ⟦N|XIOMARA BAERGA⟧ (LIC ⟦I|MD-14471⟧). AUTOPSY REQUESTED: YES (HOSPITAL); ⟦O|INSTITUTO DE CIENCIAS FORENSES⟧ NOT NOTIFIED.
PRENATAL CARE BEGAN ⟦D|OCT 2098⟧ AT ⟦O|CENTRO DE SALUD FAMILIAR DR. JULIO PALMIERI⟧; PLAN VITAL MEMBER ⟦HP|PV0447718201⟧.
PREVIOUS LIVE BIRTH ⟦D|06/2096⟧ (SON ⟦N|YADIEL⟧). INFORMANT: MATERNAL GRANDMOTHER ⟦N|CARMEN IRIS QUIÑONES VDA. DE RIVERA⟧.
COMPLETED BY ⟦N|NILSA COLÓN⟧, REGISTRAR ⟦D|03/14/2099⟧ ⟦P|787-555-0134⟧ EXT ⟦P|221⟧.
`);

note("rail-post-accident-tox-caps", `
⟦O|FEDERAL RAILROAD ADMINISTRATION⟧ POST-ACCIDENT TOXICOLOGICAL TESTING - SPECIMEN COLLECTION (49 CFR 219)     ⟦H|OSF ST. MARY MEDICAL CENTER⟧, ⟦C|GALESBURG⟧
RAILROAD: ⟦O|BNSF RAILWAY⟧   ACCIDENT ⟦D|03/13/2099⟧ 2310 AT ⟦LO|GALESBURG HUMP YARD⟧ (DERAILMENT, LOCOMOTIVE 7718)   FRA CASE ⟦I|FRA-99-IL-0447⟧
EMPLOYEE 1: ⟦N|HOLLOWAY, CURTIS RAY⟧ (ENGINEER)   EMPLOYEE ID ⟦I|B0447182⟧   DOB ⟦D|03/14/1970⟧   KIT ⟦I|F204471⟧
EMPLOYEE 2: ⟦N|VANDENBERGHE, JOLENE⟧ (CONDUCTOR)   EMPLOYEE ID ⟦I|B0447220⟧   DOB ⟦D|08/01/1988⟧   KIT ⟦I|F204472⟧
COLLECTED ⟦D|03/14/99⟧ 0140-0215 BY ⟦N|QUINTIN ABERNATHY-HALE⟧, MLT; BREATH ALCOHOL BY ⟦N|SUSAN K. BLOOM⟧, BAT (ALCO-SENSOR IV SN ⟦DEV|0447118⟧): 0.000 BOTH.
RAILROAD REPRESENTATIVE: TRAINMASTER ⟦N|GARRETT DUBOIS⟧ ⟦P|309-555-0145⟧. SHIPPED ⟦O|FEDEX⟧ PRIORITY ⟦I|7718 2044 7102⟧ TO ⟦O|QUEST DIAGNOSTICS⟧ (FRA CONTRACT LAB), ⟦C|LENEXA⟧.
UNION REP ⟦N|DALE PFLUGRADT⟧ (⟦O|SMART-TD LOCAL 1447⟧) PRESENT.
`);

// ======================================================== lower case (4) ========================================================

note("handoff-whiteboard-lower", `
5 west whiteboard (transcribed for handoff by ⟦N|jess okafor⟧ rn, 1900 ⟦D|3/14⟧) · ⟦H|essentia health-st. mary's medical center⟧
rm | pt | age | dx | md | rn | notes
512a | ⟦N|lindahl, arvid⟧ | ⟦A|97⟧ | cap | ⟦N|mattila⟧ | ⟦N|jess⟧ | dnr, son ⟦N|per⟧ calls nightly ⟦P|218-555-0166⟧, hearing aids in drawer
512b | ⟦N|gichuru, wanjiru⟧ | 44 | dka resolving | ⟦N|mattila⟧ | ⟦N|jess⟧ | insulin pump (tandem sn ⟦DEV|t-1447182⟧) off, husband ⟦N|kamau⟧ bringing supplies
514 | ⟦N|"boots" mcphail, lyle⟧ | 68 | etoh w/d | ⟦N|nwosu⟧ | ⟦N|dee⟧ | ciwa 12, sitter ⟦N|brandon⟧, works at ⟦O|cirrus aircraft⟧
516 | ⟦N|de la rosa-haugen, pilar⟧ | 31 | pyelo | ⟦N|nwosu⟧ | ⟦N|dee⟧ | 19 wk preg, ob dr. ⟦N|kittelson⟧ following, dc to ⟦S|2304 w 3rd st⟧ when afebrile
518 | ⟦N|trombley, august⟧ | ⟦A|101⟧ | fall, rib fx | ⟦N|sandoval⟧ | ⟦N|mo⟧ | from ⟦H|bayshore health care center⟧, poa niece ⟦N|ruth ann decker⟧
charge: ⟦N|maureen "mo" ostrowski⟧ · house sup ⟦N|g. blackhawk⟧ x ⟦P|4410⟧ · admit pending from ed: ⟦N|ojibway, darlene⟧ (⟦M|e4471820⟧) → 520
`);

note("symptom-diary-lower", `
my symptom diary — ⟦N|wren castellano-hughes⟧ — for dr. ⟦N|ibrahim⟧ at the ⟦H|mayo clinic⟧ headache clinic (patient # ⟦M|8-044-718⟧)
⟦D|march 1st⟧: migraine 7/10, woke up with it. took sumatriptan. missed work at ⟦O|rochester public library⟧.
⟦D|march 3rd⟧: aura (zigzags) at 2pm during my shift, ⟦N|marisol⟧ drove me home. 8/10.
⟦D|march 7⟧ (⟦DAY|friday⟧): ok day. yoga at ⟦O|ymca⟧ on ⟦S|broadway ave n⟧ with my sister ⟦N|tess⟧.
⟦D|3-9-99⟧: bad one after grandpa ⟦N|leonard⟧'s birthday party (he turned ⟦A|90⟧!!) at the ⟦O|canadian honker⟧. 9/10, vomited.
⟦D|the 11th⟧: started the new pill (topiramate 25). tingly fingers.
⟦D|mar 13⟧: pharmacy (⟦O|hy-vee pharmacy⟧ on ⟦S|41st st nw⟧, ⟦P|507-555-0198⟧) said refill needs prior auth from ⟦O|medica⟧, member id ⟦HP|m447182001⟧.
questions for dr. ⟦N|ibrahim⟧: can my mom ⟦N|deborah hughes⟧ come to the ⟦D|april 2⟧ visit? can i get a note for ⟦O|rcc⟧ classes?
`);

note("pharmacy-voicemail-transcript-lower", `
voicemail transcript (auto) · ⟦O|cvs pharmacy⟧ store 7718 ⟦S|2930 n main st⟧, ⟦C|salinas⟧ · mailbox rx-line · received ⟦D|03/14/2099⟧ 8:12 am · 0:58
"hi this is ⟦N|consuelo arreola⟧ calling, date of birth ⟦D|five eleven nineteen sixty two⟧, um, about my husband's prescriptions, ⟦N|rigoberto arreola⟧,
the rx number is ⟦I|6 0 4 4 7 1 8⟧ the eliquis, dr. ⟦N|vanderpool⟧ at ⟦H|natividad⟧ was supposed to send a new one after he got out of the hospital on ⟦D|the ninth⟧.
also the insurance, it's ⟦O|central california alliance for health⟧, his card says ⟦HP|99447182⟧ ... no, ⟦HP|99 44 71 82 c⟧.
we moved, the new address is ⟦S|18 calle cebu⟧, ⟦C|castroville⟧ ⟦Z|95012⟧. my daughter ⟦N|yesenia⟧ can pick up, she works at ⟦O|taylor farms⟧ till five.
call me back at ⟦P|eight three one, five five five, zero one four seven⟧. thank you, bye."
transcription confidence 0.81 · routed to tech ⟦N|dom pacheco⟧ · callback done 9:40 by ⟦N|k. lemus⟧, pharmd
`);

note("family-group-chat-lower", `
forwarded by caregiver ⟦N|keala kamakau⟧ to ⟦H|queen's medical center⟧ palliative team (⟦E|kkamakau77@mail.example⟧) · ⟦D|3/14/2099⟧
[⟦D|3/12⟧ 21:04] auntie ⟦N|lani⟧: how is tutu today? still at ⟦H|queens⟧?
[⟦D|3/12⟧ 21:10] ⟦N|keala⟧: yes room 8 north. dr ⟦N|yoshimura⟧ said kidneys worse. she's ⟦A|96⟧ and tired, talking about going home to ⟦C|waimanalo⟧
[⟦D|3/12⟧ 21:12] ⟦N|kainoa⟧: i can fly in from ⟦C|las vegas⟧ ⟦DAY|friday⟧ ⟦D|the 14th⟧, boss at ⟦O|boyd gaming⟧ ok'd it
[⟦D|3/13⟧ 07:45] auntie ⟦N|lani⟧: pastor ⟦N|kekumu⟧ from ⟦O|kawaiahao church⟧ can come bless her
[⟦D|3/13⟧ 08:02] ⟦N|keala⟧: hospice lady ⟦N|gretchen⟧ from ⟦O|hospice hawaii⟧ calling at 10. tutu's medicare # is ⟦HP|7tk4-ah1-mm44⟧ if anyone needs it lol
[⟦D|3/13⟧ 08:05] uncle bruddah ⟦N|sonny⟧: 🙏 bringing poi from ⟦O|waiahole poi factory⟧
[⟦D|3/14⟧ 06:30] ⟦N|keala⟧: family meeting 2pm w/ dr ⟦N|yoshimura⟧ and social worker ⟦N|mele tuilagi⟧ ⟦P|808-555-0102⟧. address for flowers: ⟦S|41-1025 kalanianaole hwy⟧
`);

// ======================================================== mixed case (20) ========================================================

note("break-the-glass-audit", `
Privacy Office — Break-the-Glass Access Review · ⟦H|Geisinger Community Medical Center⟧ (⟦C|Scranton⟧) · analyst ⟦N|Marguerite Kowalczyk-Burns⟧, CHPC · ⟦D|2099-03-14⟧
Protected record: ⟦N|Yurkovich, Danica⟧ (employee-patient; VIP flag) · MRN ⟦M|GC-00447182⟧ · encounter ⟦I|E99031204471⟧
Timestamp (ET)       | User ID   | Name                  | Role / dept            | Workstation / IP        | Reason entered
⟦D|2099-03-12⟧ 14:02 | ⟦UN|dmaslak⟧   | ⟦N|Maslak, Dorota⟧        | RN, 3 North (treating) | ⟦IP|10.44.12.71⟧ | direct patient care
⟦D|2099-03-12⟧ 22:47 | ⟦UN|jtkachuk2⟧ | ⟦N|Tkachuk, Jared⟧        | PCT, 5 South           | ⟦IP|10.44.31.209⟧ | "checking on coworker"
⟦D|2099-03-13⟧ 06:15 | ⟦UN|ssherwood⟧ | ⟦N|Sherwood, Shay⟧        | Registration, ED       | ⟦IP|10.44.2.18⟧ | billing
⟦D|2099-03-13⟧ 19:30 | ⟦UN|hpaluch⟧   | ⟦N|Paluch, Hank⟧          | Pharmacist             | ⟦IP|172.16.4.44⟧ (VPN) | med verification
Finding: ⟦N|Tkachuk⟧ not on care team; no order, no documentation. Interview ⟦D|3/14⟧ with manager ⟦N|Renée St-Onge⟧; ⟦N|Tkachuk⟧ states the patient's mother ⟦N|Vera Yurkovich⟧ asked him to "look." Sanction level 2; retraining.
Patient notified by letter ⟦D|March 17, 2099⟧ to ⟦S|721 Prescott Ave⟧, ⟦C|Scranton⟧, ⟦STATE|PA⟧ ⟦Z|18510⟧. Not reportable to ⟦O|HHS OCR⟧ (no further disclosure). Privacy officer ⟦N|Desmond Ekwueme⟧ ⟦P|570-555-0115⟧.
`);

note("confidential-alias-registration", `
Confidential Patient (Alias) Registration Request · ⟦H|Memorial Health University Medical Center⟧, ⟦C|Savannah⟧ · ⟦D|3/14/2099⟧
Requested by: ⟦O|Chatham County Sheriff's Office⟧ victim advocate ⟦N|Lashonda Fripp⟧ ⟦P|912-555-0137⟧ and patient's attorney ⟦N|Byron Oglethorpe-Vance⟧, Esq.
Legal name: ⟦N|Kessler, Abigail Noor⟧ · DOB ⟦D|09/09/1993⟧ · legal MRN ⟦M|MHU4471820⟧ (locked; break-the-glass on)
Alias assigned: ⟦N|Bluebird, Ava⟧ · alias MRN ⟦M|MHU9904471⟧ · alias DOB ⟦D|01/01/1993⟧ (per policy, real year kept)
Reason: protective order (⟦O|Chatham County Superior Court⟧ ⟦I|SPCV99-00447⟧) against ⟦N|Dustin Kessler⟧, DOB ⟦D|4/2/1990⟧, last known in ⟦C|Pooler⟧, driving a white Ford F-150, GA tag ⟦I|RKT4471⟧.
Do not confirm presence; no phone information; flowers and visitors through ⟦N|Fripp⟧ only. Security Sgt. ⟦N|Otis Brannen⟧ briefed.
Billing: guarantor mail to ⟦O|Savannah Area Legal Aid⟧ ⟦S|PO Box 8847⟧, ⟦C|Savannah⟧ ⟦Z|31412⟧. Entered by ⟦N|Tiana Drayton⟧ (patient access) ⟦UN|tdrayton⟧.
`);

note("medwatch-device-report", `
MedWatch Form FDA 3500A (mandatory, user facility) — draft · ⟦H|Dartmouth Hitchcock Medical Center⟧, ⟦S|One Medical Center Dr⟧, ⟦C|Lebanon⟧, ⟦STATE|NH⟧ ⟦Z|03756⟧
Report # ⟦I|1222446-2099-00041⟧ · UF report date ⟦D|03/14/2099⟧ · event date ⟦D|03/02/2099⟧
A. Patient identifier: ⟦I|DH-0447⟧ (in confidence) · age ⟦A|91⟧ years · sex F · weight 52 kg
B. Event: Watchman FLX left atrial appendage occluder embolized to the aortic arch on post-implant TEE (day 1); snared by Dr. ⟦N|Ezekiel Hartwell-Nguyen⟧, surgical retrieval not needed.
D. Device: Watchman FLX 27 mm · model M635WU270 · lot ⟦DEV|29447182⟧ · UDI ⟦DEV|(01)08714729044718(17)991001(10)29447182⟧ · expiry ⟦D|2099-10-01⟧ · manufacturer ⟦O|Boston Scientific⟧, ⟦C|Marlborough⟧, ⟦STATE|MA⟧
Implant ⟦D|03/01/2099⟧ by Dr. ⟦N|Felicity Amankwah⟧. Device returned to maker ⟦D|3/10⟧, RMA ⟦I|RMA-99-7718⟧.
E. Initial reporter: ⟦N|Caleb Morrissette⟧, RN, device safety officer, ⟦P|603-555-0121⟧, ⟦E|cmorrissette@hitchcock.example⟧ · also reported to manufacturer rep ⟦N|Daria Volkonskaya⟧.
Patient's daughter ⟦N|Elspeth Garrow⟧ (⟦C|Hanover⟧) informed by Dr. ⟦N|Amankwah⟧ ⟦D|3/3⟧. 21 CFR 803.30.
`);

note("credentialing-file", `
Medical Staff Office — Initial Credentialing Checklist · ⟦H|Mission Hospital⟧ (⟦C|Asheville⟧, ⟦STATE|NC⟧) · applicant file ⟦I|MSO-99-0447⟧
Applicant: ⟦N|Anneliese Marguerite von Hohenberg-Okafor⟧, MD (goes by "⟦N|Annie⟧") · DOB ⟦D|04/18/1982⟧ · requested: hospital medicine, full privileges
Item | Number | Verified | Source | By
NC medical license | ⟦I|2019-04471⟧ | ⟦D|3/3/2099⟧ | ⟦O|NC Medical Board⟧ | ⟦N|LG⟧
TN license (inactive) | ⟦I|MD 47718⟧ | ⟦D|3/3/2099⟧ | ⟦O|Tennessee Board of Medical Examiners⟧ | ⟦N|LG⟧
DEA | ⟦I|FV4471829⟧ | ⟦D|3/4/2099⟧ | DEA online | ⟦N|LG⟧
NPI | ⟦I|1992044718⟧ | ⟦D|3/4/2099⟧ | NPPES | ⟦N|RW⟧
ABIM certificate | ⟦I|304471⟧ | ⟦D|3/5/2099⟧ | ⟦O|ABIM⟧ | ⟦N|RW⟧
Residency | — | ⟦D|3/10/2099⟧ | ⟦H|Vanderbilt University Medical Center⟧ (PD Dr. ⟦N|Corinne Oyelaran⟧) | ⟦N|LG⟧
NPDB query ⟦I|5500000447182⟧ ⟦D|3/11/2099⟧: no reports. Peer references: Dr. ⟦N|Tomás Echeverría⟧ (⟦H|Erlanger⟧), Dr. ⟦N|Grace Hwang⟧ (⟦O|Sound Physicians⟧).
Home ⟦S|19 Kimberly Ave⟧, ⟦C|Asheville⟧ ⟦Z|28804⟧ · cell ⟦P|828-555-0175⟧ · specialist ⟦N|Lorraine Greer⟧ (⟦N|LG⟧), ⟦N|Ruben Whitlock⟧ (⟦N|RW⟧) · to committee ⟦D|April 8⟧
`);

note("obituary-death-clearance", `
Cancer Registry — Death Clearance (follow-back) · ⟦O|Oklahoma Central Cancer Registry⟧ / ⟦H|Northeastern Health System⟧ (⟦C|Tahlequah⟧) · abstractor ⟦N|Janae Sixkiller⟧, ODS
Case: ⟦N|Pettit, Loretta Jean⟧ (née ⟦N|Crittenden⟧) · DOB ⟦D|02/11/2002⟧ · registry # ⟦I|OK-99-044718⟧ · primary C34.1, dx ⟦D|Jun 2097⟧
Source: obituary, ⟦O|Tahlequah Daily Press⟧, ⟦D|March 9, 2099⟧ (⟦U|https://tahlequahdailypress.example/obits/pettit-loretta⟧): "⟦N|Loretta Jean Pettit⟧, aged ⟦A|97⟧ ... (text not quoted here)."
Obituary facts used: died ⟦D|March 6, 2099⟧ at home in ⟦C|Park Hill⟧; born in ⟦C|Stilwell⟧; retired from ⟦O|Cherokee Nation⟧ Head Start.
Survived by sons ⟦N|Dale Pettit⟧ (⟦N|Marcy⟧) of ⟦C|Muskogee⟧ and ⟦N|Gary Pettit⟧ of ⟦C|Fort Smith⟧, ⟦STATE|Ark.⟧; sister ⟦N|Opal Crittenden Hair⟧; preceded by husband ⟦N|Wendell⟧ (⟦D|2081⟧).
Services at ⟦O|Green Country Funeral Home⟧, burial ⟦LO|Tahlequah City Cemetery⟧. Death certificate requested from ⟦O|OSDH Vital Records⟧ ⟦D|3/14/2099⟧; state file # pending.
Treating oncologist Dr. ⟦N|Hemant Vaswani⟧ notified; last contact ⟦D|01-30-2099⟧.
`);

note("translated-german-discharge", `
Certified translation (German → English) of outside discharge letter · received by ⟦H|Dartmouth Hitchcock Medical Center⟧ HIM ⟦D|03/14/2099⟧ · translator ⟦N|Dagmar Ellison-Krause⟧ (ATA cert. ⟦I|447182⟧)
[Letterhead] ⟦H|Universitätsklinikum Hamburg-Eppendorf⟧ · Klinik für Kardiologie · ⟦S|Martinistraße 52⟧, ⟦Z|20246⟧ ⟦C|Hamburg⟧ · Tel. ⟦P|+49 40 5550 4471⟧
Discharge letter dated ⟦D|14.03.2099⟧ concerning Mr. ⟦N|Friedrich Wilhelm ter Horst⟧, born ⟦D|03.05.1941⟧, residing ⟦S|Eppendorfer Landstraße 104⟧, ⟦Z|20249⟧ ⟦C|Hamburg⟧; case no. ⟦I|2099-0447182⟧
Dear colleague Dr. ⟦N|Whitaker⟧, we report on the above patient, inpatient from ⟦D|02.03.2099⟧ to ⟦D|13.03.2099⟧, insured with ⟦O|Techniker Krankenkasse⟧ (insurance no. ⟦HP|K447182044⟧).
Diagnoses: NSTEMI; 2-vessel CAD, DES to RCA on ⟦D|03.03⟧.. Previous: TAVI ⟦D|2096⟧ at ⟦H|Herzzentrum Bad Segeberg⟧.
Course: uneventful. Patient travels to his daughter ⟦N|Ilse ter Horst-Baker⟧ in ⟦C|Norwich⟧, ⟦STATE|Vermont⟧ from ⟦D|20 March⟧; GP at home: Dr. med. ⟦N|Jörg Zu Putlitz⟧.
With collegial regards, Prof. Dr. ⟦N|K. von Stetten⟧ (Director), Dr. ⟦N|Aylin Demirtaş⟧ (Senior Physician), ⟦N|Lukas Brandauer⟧ (Resident)
`);

note("overseas-visitor-nhs", `
Overseas Visitors Team — Eligibility & Charging Note · ⟦H|Royal Cornwall Hospital⟧ (⟦H|Treliske⟧), ⟦C|Truro⟧ · officer ⟦N|Morwenna Trevithick⟧ · ⟦D|14/03/2099⟧
Patient: Mrs ⟦N|Dolores McKinnon-Abara⟧, aged ⟦A|92⟧, US citizen visiting her son ⟦N|Callum Abara⟧ at ⟦S|7 Chapel Terrace⟧, ⟦C|St Ives⟧ ⟦Z|TR26 2LX⟧ · hospital no. ⟦M|RCH4471820⟧
Admitted ⟦D|11/03/2099⟧ via ED (fractured neck of femur after fall on ⟦LO|Porthmeor Beach⟧), hemiarthroplasty ⟦D|12/03/2099⟧ under Mr ⟦N|Jago Penhaligon⟧, consultant orthopaedic surgeon.
Not ordinarily resident: chargeable. Travel insurer ⟦O|Allianz Travel⟧ policy ⟦HP|ATI-99-04471820⟧, emergency line ⟦P|+1 800 555 0168⟧; guarantee of payment requested ⟦D|13 March⟧.
US home: ⟦S|2214 Elm Bluff Dr⟧, ⟦C|Savannah⟧, ⟦STATE|GA⟧ ⟦Z|31405⟧. Son's GP registration (for reference only): NHS no. ⟦HP|447 182 0449⟧, ⟦O|Stennack Surgery⟧.
Discussed with son and ward 4 sister ⟦N|Kerenza Polglase⟧; patient has capacity. Repatriation via ⟦O|Air Ambulance Worldwide⟧ being explored; DNACPR not in place.
`);

note("media-inquiry-log", `
Media Relations — Inquiry & Condition Release Log · ⟦H|Sanford Medical Center Fargo⟧ · on-call PIO ⟦N|Brynn Halvorsen-Tate⟧ · ⟦D|3/14/2099⟧
Time | Outlet / reporter | Re patient | Authorization | Released
07:10 | ⟦O|WDAY-TV⟧, ⟦N|Marcus Leidholm⟧ | bus crash on ⟦LO|I-94⟧ near ⟦C|Casselton⟧ | n/a | count only: 6 received
07:45 | ⟦O|The Forum of Fargo-Moorhead⟧, ⟦N|Trish Oyelowo-Lang⟧ | driver ⟦N|Harlan Quam⟧ | none on file | "no information"
09:20 | ⟦O|Associated Press⟧ (⟦C|Bismarck⟧), ⟦N|Deidre Fontaine⟧ | student ⟦N|Emmett Vasquez-Roe⟧ | parent ⟦N|Carla Roe⟧ signed 08:55 | condition: fair
11:05 | ⟦O|KFGO⟧ radio | school team ⟦O|Central Cass Squirrels⟧ | — | statement read
Patients with "no publicity" flag: ⟦N|Quam⟧ (MRN ⟦M|SF-7718204⟧), ⟦N|Abdullahi Farah⟧ (MRN ⟦M|SF-7718250⟧).
Family liaison Pastor ⟦N|Jon Eidsness⟧ of ⟦O|Bethany Lutheran⟧ asked that parents' names not be released. Superintendent Dr. ⟦N|Kelli Rasmusson⟧ of ⟦O|Central Cass Public School⟧ cc'd on the 11:05 statement.
`);

note("cdib-eligibility-check", `
Purchased/Referred Care — Eligibility Verification · ⟦H|W.W. Hastings Hospital⟧ (⟦O|Cherokee Nation Health Services⟧), ⟦C|Tahlequah⟧, ⟦STATE|OK⟧ · ⟦D|03/14/2099⟧
Patient: ⟦N|Hummingbird, Tyler Sequoyah⟧ · DOB ⟦D|7/22/2001⟧ · chart ⟦M|WWH-0447182⟧ · tribal citizenship ⟦I|CN-447182⟧ · CDIB ⟦I|04471820⟧ (4/4 Cherokee)
Residence: ⟦S|Rt 3 Box 144⟧, ⟦C|Kenwood⟧ ⟦Z|74365⟧ (⟦LO|Delaware County⟧) — inside the contract health service delivery area. SoonerCare ⟦HP|SC100447182⟧ active (alternate resource first).
Referral: MRI L-knee at ⟦H|Saint Francis Hospital⟧, ⟦C|Tulsa⟧, ordering Dr. ⟦N|Sakina Redbird⟧; PRC PO ⟦I|99-CN-04471⟧ approved by committee (⟦N|Wynema Proctor⟧, ⟦N|J. Tehee⟧) ⟦D|3/13⟧.
Employer insurance: works at ⟦O|Cherokee Nation Entertainment⟧ (⟦O|Hard Rock Tulsa⟧), BCBS ⟦HP|ZGP44718201⟧ — primary.
Mother ⟦N|Alberta Hummingbird⟧ (enrolled ⟦O|United Keetoowah Band⟧) brought the card; benefits coordinator ⟦N|Oscar Soap⟧ ⟦P|918-555-0124⟧ ext. ⟦P|6021⟧.
`);

note("biobank-withdrawal", `
Research Biobank — Withdrawal of Consent · ⟦O|Mayo Clinic Biobank⟧ / ⟦H|Mayo Clinic⟧ · coordinator ⟦N|Tamsin Rydell⟧ · ⟦D|March 14th, 2099⟧
Participant ⟦N|Oduya, Grace Wanjiku⟧ · participant id ⟦I|MCB-0447182⟧ · clinic # ⟦M|7-447-182⟧ · enrolled ⟦D|11/2091⟧ (sample set ⟦I|BB-91-11-04471⟧)
Request received by letter dated ⟦D|3/2/99⟧ from ⟦S|614 4th St SW⟧, ⟦C|Rochester⟧, ⟦STATE|MN⟧ ⟦Z|55902⟧, witnessed by her son ⟦N|Peter Oduya⟧.
Option elected: destroy remaining samples; keep data already shared (per consent version ⟦D|2091-06⟧). Shared with study 14-007 (PI Dr. ⟦N|Lars Eikeland⟧): 2 aliquots ⟦D|2094⟧.
Destruction: freezer rack R-77-18, ⟦N|Javier Montalbán⟧ (lab tech) ⟦D|3/12/2099⟧, witnessed ⟦N|H. Osei⟧.
Confirmation letter mailed ⟦D|3/14⟧; questions to ⟦E|biobank@mayo.example⟧ or ⟦P|507-555-0139⟧. IRB 99-004471 notified (reviewer ⟦N|C. Lindquist-Ahmed⟧).
`);

note("dtc-genetic-result-visit", `
Genetics Clinic — Review of Direct-to-Consumer Test · ⟦H|Suburban Hospital⟧ (⟦C|Bethesda⟧) · genetic counselor ⟦N|Miriam Adeyemi-Koenig⟧, MS, CGC · ⟦D|3/14/2099⟧
Patient ⟦N|Levinson, Noa⟧ (she/her), 34 · MRN ⟦M|SH-04471820⟧ · referred by Dr. ⟦N|Priscilla Aung⟧ (⟦O|Capital Women's Care⟧) · kit ⟦I|23-KIT-447182044⟧ (raw data uploaded ⟦D|Feb 2099⟧)
DTC report: BRCA1 185delAG — one of the 3 Ashkenazi founder variants. Confirmatory testing sent to ⟦O|Ambry Genetics⟧ (accession ⟦I|AG99-0447182⟧), covered by ⟦O|CareFirst⟧ ⟦HP|CFX447182001⟧.
Family: mother ⟦N|Ruth Levinson⟧ (breast ca at 41, d. ⟦D|2088⟧), maternal aunt ⟦N|Shoshana Feld⟧ (ovarian, alive in ⟦C|Haifa⟧, ⟦COUNTRY|Israel⟧), father ⟦N|Avi⟧ (untested), brother ⟦N|Eitan⟧ (27, ⟦C|Silver Spring⟧).
DNA-relatives match found "a half-sister" ⟦N|Dana K.⟧ in ⟦C|Tucson⟧ — patient wishes no contact. Gail model not used.
Plan: MRI + mammogram alternating (⟦H|Suburban Hospital⟧ breast center), discuss RRSO with Dr. ⟦N|Hsu-Whitfield⟧; family letter for ⟦N|Eitan⟧. Next visit ⟦D|5/2/99⟧.
`);

note("legionella-investigation", `
Legionellosis Case Investigation — Environmental Follow-up · ⟦O|Vigo County Health Department⟧ (⟦C|Terre Haute⟧) · sanitarian ⟦N|Rolf Ackermann⟧ · case ⟦I|NBS-99-0447182⟧
Case: ⟦N|Szymanski, Loretta⟧ · ⟦A|90⟧ · onset ⟦D|2/27/2099⟧ · urine antigen positive ⟦D|3/3⟧ at ⟦H|Terre Haute Regional Hospital⟧ (Dr. ⟦N|Wasim Qureshi⟧, IP ⟦N|Gina Fortner⟧)
Exposures in 14 days: lives at ⟦H|Westminster Village⟧ (independent living), ⟦S|1120 Davis Dr⟧; hair salon ⟦O|Shear Elegance⟧ (⟦S|25th & Wabash⟧) ⟦D|2/18⟧; church ⟦O|St. Patrick's⟧ (hot tub? none).
Sampling ⟦D|3/11/2099⟧: ⟦H|Westminster⟧ cooling tower, 3rd-floor showers (apt 314), ice machine. Samples to ⟦O|ISDH Laboratories⟧, chain of custody ⟦I|COC-44718⟧; results pending.
Building contact: facilities director ⟦N|Mike "Sully" Sullivan⟧ ⟦P|812-555-0140⟧; water treatment vendor ⟦O|Nalco Water⟧ (tech ⟦N|Darby Cho⟧).
Daughter ⟦N|Anne Szymanski Beal⟧ (⟦C|Brazil⟧, ⟦STATE|IN⟧) reports mother also visited ⟦C|Indianapolis⟧ ⟦D|2/20⟧–⟦D|2/22⟧ staying at ⟦O|Hampton Inn⟧ downtown — referred to ⟦O|Marion County Public Health Department⟧.
Reported to ⟦O|CDC⟧ via ⟦O|IDOH⟧ epidemiologist ⟦N|Sunita Brahmbhatt⟧.
`);

note("portal-proxy-request", `
MyChart Proxy Access Request — adult patient, caregiver access · ⟦H|UW Health⟧ (⟦C|Madison⟧) · processed by HIM ⟦N|Jolene Retzlaff⟧ · ⟦D|2099-03-14⟧
Patient: ⟦N|Gustafson, Marvel Irene⟧ · DOB ⟦D|1999-08-30⟧ (age ⟦A|99⟧; turns ⟦A|100⟧ in ⟦D|August⟧) · MRN ⟦M|UWH-44718204⟧
Proxy requested: granddaughter ⟦N|Kirsten Gustafson-Mbeki⟧ · DOB ⟦D|11/4/1992⟧ · portal username ⟦UN|kgmbeki92⟧ · ⟦E|kirsten.gm@mail.example⟧ · ⟦P|608-555-0199⟧
Existing proxy: son ⟦N|Lowell Gustafson⟧ (⟦UN|lgustafson_mt⟧), lives in ⟦C|Missoula⟧ — to remain.
Verification: patient signed in clinic with Dr. ⟦N|Hana Kurosawa⟧ ⟦D|3/11⟧ (witness ⟦N|B. Yang⟧, CMA); POA for health care on file (agent ⟦N|Lowell⟧, alternate ⟦N|Kirsten⟧).
Access level: full except notes from ⟦O|Journey Mental Health Center⟧ (42 CFR Part 2 — excluded). Activation code sent ⟦D|3/14⟧ 10:02. Ticket ⟦I|HIM-RQ-0447182⟧.
`);

note("hutterite-colony-housecall", `
House call — ⟦O|Rockport Colony⟧ (⟦O|Hutterian Brethren⟧), near ⟦C|Pendroy⟧, ⟦STATE|MT⟧ · ⟦H|Logan Health - Conrad⟧ outreach · ⟦N|Beth Sonnenberg⟧, FNP · ⟦D|March 14, 2099⟧
Seen: ⟦N|Katharina Wipf⟧ (⟦A|91⟧), her daughter-in-law ⟦N|Rebecca Wipf⟧ (postpartum wk 2), and infant ⟦N|Jonathan⟧ (born ⟦D|2/28⟧ at colony, midwife ⟦N|Sara Hofer⟧).
Colony minister ⟦N|Paul Wipf⟧ and German teacher ⟦N|Jacob Hofer Jr.⟧ present; colony boss (householder) ⟦N|David Entz⟧ handles bills — account ⟦I|LHC-4471820⟧.
Old ⟦N|Katharina⟧: CHF, legs swollen, weight up 4 lb since ⟦D|3/4⟧; furosemide 40 → 40 BID x 3 days; labs drawn, run at ⟦H|Pondera Medical Center⟧.
Baby: wt 3.6 kg (birth 3.3), jaundice mild; newborn screen sent ⟦D|3/1⟧, kit ⟦I|MT-NBS 99-0447⟧; hearing screen at ⟦H|Benefis⟧ ⟦C|Great Falls⟧ ⟦D|3/20⟧.
Phone: colony office ⟦P|406-555-0117⟧ (ask for ⟦N|Susie⟧ in the kitchen). Next visit with Dr. ⟦N|Kleinsasser⟧ ⟦D|3/28⟧.
`);

note("gal-medical-summary", `
Medical Summary for Guardian ad Litem · ⟦H|Cincinnati Children's Hospital Medical Center⟧ Mayerson Center · ⟦D|3/14/2099⟧
To: ⟦N|Harriet Van Wormer⟧, Esq., GAL, ⟦O|Hamilton County Juvenile Court⟧, case ⟦I|F99-00447-Z2⟧ (In re ⟦N|J.R.⟧ and ⟦N|M.R.⟧)
Children: ⟦N|Jaxon Reedy⟧ (DOB ⟦D|06/01/2093⟧, MRN ⟦M|CCH-1044718⟧) and ⟦N|Mercy Reedy⟧ (DOB ⟦D|10/15/2096⟧, MRN ⟦M|CCH-1044739⟧), in kinship placement with maternal grandmother ⟦N|Deborah "Debbie" Kincaid⟧, ⟦S|3418 Harrison Ave⟧, ⟦C|Cheviot⟧, ⟦STATE|OH⟧ ⟦Z|45211⟧.
Visits since removal (⟦D|12/3/2098⟧): ⟦N|Jaxon⟧ — asthma follow-up ⟦D|1/7⟧, dental at ⟦O|Cincinnati Health Department⟧ clinic ⟦D|2/11⟧; ⟦N|Mercy⟧ — speech eval ⟦D|2/19⟧, early intervention via Help Me Grow.
Parents: mother ⟦N|Kayla Reedy⟧ (visits supervised at ⟦O|Family Nurturing Center⟧), father ⟦N|Cody Reedy⟧ (incarcerated, ⟦O|Lebanon Correctional Institution⟧, # ⟦I|A447-182⟧).
Caseworker: ⟦N|Tremaine Oduya⟧, ⟦O|Hamilton County Job & Family Services⟧ ⟦P|513-555-0160⟧. Author: Dr. ⟦N|Nadia Froehlich-Adams⟧, child abuse pediatrics.
`);

note("peace-corps-clearance", `
⟦O|Peace Corps⟧ Office of Health Services — Medical Clearance Review · applicant ⟦I|PC-99-0447182⟧ · reviewer ⟦N|Lorna Fitzpatrick⟧, RN · ⟦D|14 March 2099⟧
Applicant: ⟦N|Okafor-Lindqvist, Simone⟧ · DOB ⟦D|1 Jan 2075⟧ · invited: ⟦COUNTRY|Malawi⟧, Health (education) sector, staging ⟦D|6/2/99⟧ in ⟦C|Philadelphia⟧
Home ⟦S|512 Prospect Ave⟧, ⟦C|Ithaca⟧, ⟦STATE|NY⟧ ⟦Z|14850⟧ · graduate of ⟦O|Ithaca College⟧ (BS ⟦D|2097⟧) · currently ⟦PROF|barista⟧ at ⟦O|Gimme! Coffee⟧
Forms received: physical by Dr. ⟦N|Helga Marchetti⟧ (⟦O|Cayuga Medical Associates⟧) ⟦D|2/12/2099⟧; dental by Dr. ⟦N|Raymond Oyelese⟧, DDS ⟦D|2/20/99⟧; mental-health summary by ⟦N|Alice Thornquist⟧, LMHC (anxiety, stable on sertraline 50).
Pending: vision Rx; yellow fever not required; rabies pre-exposure at staging. Mefloquine contraindicated — doxycycline planned.
Clearance: medically cleared with accommodation (sertraline supply + quarterly check-ins via PCMO in ⟦C|Lilongwe⟧, Dr. ⟦N|Chikondi Banda⟧).
Emergency contact: father ⟦N|Magnus Lindqvist⟧ ⟦P|607-555-0186⟧; mother ⟦N|Ngozi Okafor⟧ in ⟦C|Enugu⟧, ⟦COUNTRY|Nigeria⟧, ⟦P|+234 803 555 0147⟧. Portal user ⟦UN|sokaforlindq⟧.
`);

note("wind-turbine-rescue", `
High-Angle Rescue / EMS Patient Care Report · ⟦O|Marion County EMS⟧ (⟦STATE|KS⟧) Medic 2 with ⟦O|Hillsboro Fire⟧ tech rescue · incident ⟦I|MC-99-031447⟧ · ⟦D|3/14/99⟧
Location: ⟦LO|Diamond Vista Wind Farm⟧, turbine T-44, ⟦S|190th & Upland Rd⟧; operator ⟦O|Enel Green Power⟧; site lead ⟦N|Cody Friesen⟧ ⟦P|620-555-0112⟧
Pt: ⟦N|Unruh, Travis J⟧ · 29 M · technician for ⟦O|Vestas⟧ (employee ⟦I|V-447182⟧) · home ⟦C|Goessel⟧ · DOB ⟦D|9/9/2069⟧
Fell ~8 ft inside nacelle onto platform, arm trapped; co-worker ⟦N|Jesús "Chuy" Ybarra⟧ held c-spine. Self-rescue kit not usable. Lowered by rope system 300 ft, 11:40–12:25.
Injuries: R humerus deformity, no LOC. Fentanyl 75 mcg. Transport ground to ⟦H|St. Luke Hospital⟧ (⟦C|Marion⟧), then ⟦O|Eagle Med⟧ to ⟦H|Wesley Medical Center⟧ ⟦C|Wichita⟧.
Crew: ⟦N|K. Schmidt⟧, paramedic (lead); ⟦N|D. Regier⟧, AEMT. Wife ⟦N|Alyssa Unruh⟧ notified by ⟦O|Vestas⟧ safety manager ⟦N|Ingrid Baumgartner⟧. OSHA 301 by employer.
`);

note("ccda-extract-xml", `
<!-- C-CDA Continuity of Care Document, received via ⟦O|Carequality⟧ from ⟦H|Hackensack Meridian Health JFK University Medical Center⟧ ⟦D|2099-03-14⟧ -->
<recordTarget><patientRole>
  <id root="2.16.840.1.113883.3.4471" extension="⟦M|JFK00447182⟧"/>
  <addr use="HP"><streetAddressLine>⟦S|65 James St⟧</streetAddressLine><city>⟦C|Edison⟧</city><state>⟦STATE|NJ⟧</state><postalCode>⟦Z|08820⟧</postalCode></addr>
  <telecom value="tel:⟦P|+1-732-555-0163⟧" use="HP"/><telecom value="mailto:⟦E|r.chaudhuri@mail.example⟧"/>
  <patient><name><given>⟦N|Rohan⟧</given><given>⟦N|Anil⟧</given><family>⟦N|Chaudhuri⟧</family></name>
    <birthTime value="⟦D|19580427⟧"/><administrativeGenderCode code="M"/></patient>
</patientRole></recordTarget>
<author><time value="⟦D|20990314091500⟧"/><assignedAuthor><id extension="⟦I|1447718204⟧" root="2.16.840.1.113883.4.6"/>
  <assignedPerson><name><prefix>Dr.</prefix><given>⟦N|Teresa⟧</given><family>⟦N|Malinowski-Reyes⟧</family></name></assignedPerson></assignedAuthor></author>
<participant typeCode="IND"><associatedEntity classCode="NOK"><associatedPerson><name>⟦N|Meera Chaudhuri⟧</name></associatedPerson></associatedEntity></participant>
<section><title>Problems</title><text>CKD 3b (since ⟦D|2096⟧); T2DM; s/p CABG at ⟦H|Robert Wood Johnson University Hospital⟧ ⟦D|Jan 2094⟧.</text></section>
<section><title>Encounters</title><text>Nephrology, Dr. ⟦N|Okechukwu⟧, ⟦O|Edison Kidney Associates⟧, ⟦D|02/27/2099⟧; LOINC 8302-2 height recorded.</text></section>
`);

note("fhir-patient-json", `
FHIR R4 Patient resource pasted into the interface-error ticket ⟦I|INC0447182⟧ by ⟦N|Priyanka Venkataraman⟧ (integration analyst, ⟦O|Intermountain Health⟧) ⟦D|3/14/2099⟧:
{ "resourceType": "Patient", "id": "⟦I|pt-7718204⟧",
  "identifier": [ { "system": "urn:oid:2.16.840.1.113883.3.7718", "value": "⟦M|IH44718204⟧" },
                  { "system": "http://hl7.org/fhir/sid/us-ssn", "value": "⟦SSN|529-44-7182⟧" } ],
  "name": [ { "family": "⟦N|Tuilagi-Christensen⟧", "given": [ "⟦N|Malia⟧", "⟦N|Sefa⟧" ] }, { "use": "nickname", "given": [ "⟦N|Lia⟧" ] } ],
  "telecom": [ { "system": "phone", "value": "⟦P|801-555-0131⟧" }, { "system": "email", "value": "⟦E|malia.tc@mail.example⟧" } ],
  "birthDate": "⟦D|1994-02-14⟧",
  "address": [ { "line": [ "⟦S|2280 W 4700 S⟧" ], "city": "⟦C|Taylorsville⟧", "state": "⟦STATE|UT⟧", "postalCode": "⟦Z|84129⟧" } ],
  "contact": [ { "relationship": [ { "text": "mother" } ], "name": { "text": "⟦N|Losa Tuilagi⟧" } } ],
  "managingOrganization": { "display": "⟦H|Intermountain Medical Center⟧" } }
Error: ADT A08 rejected — duplicate given name; fixed by ⟦UN|pvenkat⟧ at 10:44. Source feed ⟦U|https://fhir.ih.example/r4/Patient/pt-7718204⟧ from ⟦IP|10.71.18.204⟧.
`);

note("marshallese-cofa-clinic", `
Clinic note — ⟦H|Community Clinic - Springdale⟧ (⟦C|Springdale⟧, ⟦STATE|AR⟧) · ⟦D|March 14, 2099⟧ · interpreter ⟦N|Jinna Lakjohn⟧ (Marshallese)
Pt: ⟦N|Kabua, Mejlan⟧ · 58 F · MRN ⟦M|CCS-447182⟧ · COFA migrant; Medicaid ⟦HP|ARM0447182044⟧ (restored under 2020 law) · employer ⟦O|Tyson Foods⟧ (deboning line, ⟦S|Berry St⟧ plant)
HPI: T2DM, A1c 11.2, foot wound 3 wk. Lives ⟦S|1207 Powell St⟧ with 11 family members; husband ⟦N|Jorelik Kabua⟧ (dialysis MWF at ⟦O|Fresenius Kidney Care Springdale⟧).
Hx: born in ⟦C|Majuro⟧, ⟦COUNTRY|Marshall Islands⟧; relatives on ⟦LO|Ebeye⟧; father exposed in the ⟦LO|Bikini Atoll⟧ era. TB screen ⟦D|2097⟧ negative (⟦O|Arkansas Department of Health⟧).
Wound: plantar L 1st MTP, 2 cm, probe-to-bone negative. X-ray at ⟦H|Northwest Medical Center - Springdale⟧ ordered. Podiatry Dr. ⟦N|Beaux Thibodeaux⟧ ⟦D|3/19⟧.
Daughter ⟦N|Neinta Kabua-Loeak⟧ (speaks English, works at ⟦O|Walmart Home Office⟧) ⟦P|479-555-0152⟧ to help with insulin. Church: ⟦O|Marshallese Assembly of God⟧. Seen by ⟦N|Jennifer Laninvelik⟧, APRN.
`);
write();
