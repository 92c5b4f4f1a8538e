// Why this file exists: builds test/fixtures/clinical-notes-32.jsonl, a thirty-second labelled set of clinical notes
// written by hand in stop 44 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixtures 30-31's generators and test file, fixture-io.mjs, the opening comments of the
// other generators and the note ids of fixtures 1-31 were read for the form, the labels and the report types already
// held), with the PHI density of the i2b2 de-identification notes, in report types and layouts fixtures 1-31 hold
// least: a cardiopulmonary bypass perfusion record, a laboratory specimen rejection log, a sterile processing loaner
// tray receipt, an infant security tag log, an HLA crossmatch report, an Important Message from Medicare discharge
// appeal, a Medicare Secondary Payer questionnaire, a Medicaid sterilization consent check, an extreme risk
// protection order declaration, an infant car seat challenge, an ICD deactivation at end of life, an investigational
// drug accountability log, a PASRR level I screen, an ED tracking board printed for downtime (its rows made by a
// seeded RNG), a wrong-patient result correction and a DICOM header dump (16 in ALL CAPS); a night nurse's brain
// sheet, an OCR'd patient information form, a caregiver's fridge notebook and a symptom-checker chat escalated to a
// nurse (4 in lower case); a resident's ACGME case log export, a pathology gross description with its cassette key,
// an interpreter vendor invoice, a fall report with witness statements, a hospice election statement, telemetry strip
// annotations, an ABN, an OPPE peer review, an adult adoptee's birth-record request, a financial assistance
// application, an In Basket staff-message thread, an X12 837P claim, an addressograph label sheet, a prior
// authorization fax with its OCR residue, a wound vac flowsheet, a NamUs missing-person records request, a legal name
// and sex marker update, a pharmacy refill authorization fax, a travel nurse's onboarding clearance and a telephone
// consent with two witnesses.
// Regions (towns invented or real, states and countries real): Portland (Maine), the Golden Triangle of Mississippi,
// Hampton Roads, Baton Rouge, Chicago, Tampa Bay, the Coulee Region, New Orleans, Seattle, Kansas City, Columbus,
// Seattle's South Lake Union, the Rio Grande Valley, Albuquerque, Oklahoma City and the Muscogee Nation, Houston,
// Jefferson Parish, the Pioneer Valley, the Northshore of Lake Pontchartrain, San Francisco, Brooklyn, Shreveport, the
// Twin Cities, Lincoln, eastern Kentucky, the Virginia Peninsula, central Texas, Spokane, St. Louis, Omaha,
// Indianapolis, the Midlands of South Carolina, Hartford, central Iowa, Las Vegas, Tucson, Boston, the Red Lake
// Nation, Yuma, Durban.
// PHI forms sought: names in DICOM person-name fields ("FONTENOT^LUCIEN^PAUL") and X12 segments ("NM1*IL*1*MCCRAY*
// DESMOND"), "LAST, FIRST" in table cells of ALL CAPS logs, trial subjects' initials ("R-LM"), staff initials in
// co-signature pairs ("MK/YSP"), newborns as "BABY BOY A NGUYEN", names quoted from specimen labels, witness
// statements, "From:"/"To:" lines of a staff-message thread, a form's "last name:" and "first:" fields in lower case,
// a religious sister ("Sr."), aliases and chosen names, relatives by first name only; dates as "11 AUG 1951",
// "20990314", "MAR-14-2099", "14MAR2099", "Sept. 3, 1949", "10/2098", ranges ("3/6-3/7"), "sept 2099", an
// OCR'd "O4/11/1970"; ages over 89 as "(93)", "AGE 92", "95 YO", "90 f", "091Y" in a DICOM age field and in table
// cells; MRNs with dashes and spaces, FINs, accession, event, claim, case, cause and docket numbers, UNOS and donor
// ids, MBIs, Medicaid, member and group numbers, DEA, NPI, licences, badge and band numbers, interpreter ids, tracking
// numbers, plates, passports, device serials and lots, a user name with a domain ("HHC\jmorrow"), IPs and URLs.
// Hard negatives: drugs and products (del Nido cardioplegia, Synagis, SnugRide, Eliquis, V.A.C. Ultra, Cobalt
// XT, CareLink, Centrella, gabapentin, QuantiFERON), scores and tests (ESI, CPRA, MCS, Morse, FPL, PHQ), codes and
// laws (CPT 44970, M54.16, 45 CFR 164.512, HHS-687, CO-197, Florida statute 765.401), languages (Somali, Hmong, Oromo,
// Karen, Czech, isiZulu), public programmes (Medicare, Medicaid, MinnesotaCare, PASRR), and "911".
// Labelling follows fixtures 29-31 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians' and witnesses' initials are PHI; titles, ranks, degrees and cue words stay outside
// the name; "the" stays outside a facility; room, bed, box and bay codes, apartment numbers and departments are left
// unlabelled; protocol, store, load, payer, facility vendor and storage (microfilm roll, rack) numbers are left
// unlabelled; nursing homes, clinics with a place name, IHS facilities are HOSPITAL; companies, insurers, schools, churches, pharmacies, agencies, courts, tribes, makers,
// practice groups and carriers are ORGANIZATION; counties, neighbourhoods, landmarks, parks and canyons are
// LOCATION-OTHER; MRNs, charts and DICOM patient ids are MRN; member, group, MBI, Medicaid and policy numbers
// HEALTHPLAN; case, claim, accession, licence, badge, band, plate, passport, subject and report numbers ID; user ids
// USERNAME; serials, lots and tags DEVICE; extensions and pagers PHONE; drug, device, test, score and eponym names
// and public programmes are no PHI.
// Every person, town, street, organisation, facility and number is invented here (states, countries and large cities
// are real, as are a few large hospitals, agencies and companies named as referral places or employers); nothing is
// copied from any corpus. Inline marks ⟦CODE|text⟧ as in fixtures 3-31 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-32.mjs [out.jsonl].
import { markedFixture, seededPicks } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-32.jsonl", "make-clinical-fixture-32");

// ---- seeded RNG (mulberry32, bench/corpus.mjs's): the ED tracking board's rows ----
const { rnd, pick, digits } = seededPicks(3232);
/** A cell padded to `w` visible characters (the marks take no width, so the columns stand under their headers). */
const visible = (s) => s.replace(/⟦[A-Z]+\|/g, "").replace(/⟧/g, "");
const cell = (s, w) => s + " ".repeat(Math.max(1, w - visible(s).length));
const ED_ROOMS = ["4", "7", "11", "12", "15", "19", "HW2", "T3"];
const ED_PATIENTS = [
  "BEGAY, LORENZO", "MARTINEZ, CELESTINA", "TSOSIE, DARLENE", "CHAVEZ, FLORENCIO", "YAZZIE, TRAVIS",
  "ARCHULETA, PRISCILLA", "KHALSA, GURU DEV", "LUJAN, AMARANTA",
];
const ED_AGES = [23, 41, 58, 67, 74, 91, 94, 36, 88, 99, 19, 52];
const ED_CC = ["CP", "SOB", "ABD PAIN", "FALL", "SI", "SYNCOPE", "HEAD INJ", "N/V/D", "ETOH"];
const ED_MD = ["NAKAI", "STRICKLAND", "ABEYTA", "OYELOWO"];
const ED_RN = ["WINONA", "RUBEN", "KASSANDRA", "TY"];
const ED_DISPO = ["ADMIT 5E", "HOME", "PENDING CT", "TRANSFER ⟦H|PRESBYTERIAN HOSPITAL⟧", "OBS", "ICU BED REQ", "PSYCH EVAL"];
function edRows() {
  const rows = [];
  for (let i = 0; i < 8; i++) {
    const age = pick(ED_AGES);
    rows.push(
      cell(ED_ROOMS[i], 6) + cell(`⟦N|${ED_PATIENTS[i]}⟧`, 24) + cell(`⟦M|${digits(7)}⟧`, 10) +
        cell(age >= 90 ? `⟦A|${age}⟧` : `${age}`, 5) + cell(pick(ED_CC), 10) + cell(`${1 + Math.floor(rnd() * 4)}`, 5) +
        cell(`⟦N|${pick(ED_MD)}⟧`, 12) + cell(`⟦N|${pick(ED_RN)}⟧`, 11) + cell(`${Math.floor(rnd() * 9)}:${Math.floor(rnd() * 6)}${digits(1)}`, 6) +
        pick(ED_DISPO),
    );
  }
  return rows.join("\n");
}

// ======================================================== ALL CAPS (16) ========================================================

note("perfusion-record-caps", `
CARDIOPULMONARY BYPASS PERFUSION RECORD - ⟦H|MAINE MEDICAL CENTER⟧ CVOR 3     ⟦D|03/14/2099⟧     HEART-LUNG MACHINE SN ⟦DEV|HL20-70441822⟧
PT: ⟦N|THERIAULT, GAETAN ROCH⟧   MRN ⟦M|MMC-5524107⟧   ACCT ⟦I|V0099311847⟧   DOB ⟦D|11 AUG 1951⟧   BSA 2.04   ABO O NEG
PROCEDURE: CABG X3 + MVR.  SURGEON DR. ⟦N|ASHWIN KRISHNAMURTHY⟧ / ASSIST ⟦N|C. DESJARDINS⟧, PA-C.  ANESTHESIA DR. ⟦N|ROSALIND FAIRWEATHER⟧.
PRIMARY PERFUSIONIST ⟦N|MATTHIAS KOENIGSBERG⟧, CCP (ME LIC ⟦I|PERF-0318⟧); SECOND ⟦N|YVONNE ST. PIERRE⟧, CCP. OXYGENATOR FX25 LOT ⟦DEV|2098K11-447⟧, CIRCUIT ⟦DEV|CP-33019⟧.
ON BYPASS 0847, XCL 0902-1041, OFF 1118. CARDIOPLEGIA DEL NIDO 1:4. LOWEST T 32.1. HCT NADIR 22. CELL SAVER SN ⟦DEV|CS5-90211⟧ RETURNED 650 ML.
BLOOD: 2 U PRBC (UNITS ⟦I|W0412 99 118842⟧, ⟦I|W0412 99 118857⟧) FROM ⟦O|AMERICAN RED CROSS⟧ ⟦C|PORTLAND⟧; CROSSMATCH TECH ⟦N|LJB⟧.
WIFE ⟦N|MONIQUE THERIAULT⟧ (⟦C|BIDDEFORD⟧, ⟦P|207-555-0184⟧) UPDATED BY ⟦N|KOENIGSBERG⟧ 1130. RECORD CO-SIGNED ⟦N|MK⟧/⟦N|YSP⟧ ⟦D|3-14-2099⟧.
`);

note("specimen-rejection-log-caps", `
LABORATORY SPECIMEN REJECTION LOG - ⟦H|BAPTIST MEMORIAL HOSPITAL-GOLDEN TRIANGLE⟧, ⟦C|COLUMBUS⟧, ⟦STATE|MS⟧     NIGHT SHIFT ⟦D|13 MAR 2099⟧
ACCESSION       PATIENT                    MRN           LOC     REASON                       COLLECTOR   NOTIFIED (READ-BACK)
⟦I|C99073-0418⟧    ⟦N|TUBBS, ARLETHA⟧             ⟦M|BGT4410271⟧    3W-12   HEMOLYZED, K 6.9             ⟦N|RBW⟧         ⟦N|JANELLE POUNDS⟧, RN 0112
⟦I|C99073-0452⟧    ⟦N|NGUYEN, THI HOA⟧            ⟦M|BGT4410388⟧    ED-7    UNLABELED TUBE               ⟦N|DKM⟧         DR. ⟦N|OKAFOR⟧ 0140
⟦I|C99073-0477⟧    ⟦N|WASHINGTON-BEY, MALIK⟧      ⟦M|BGT4410392⟧    ICU-4   WRONG BLOOD IN TUBE          ⟦N|RBW⟧         DR. ⟦N|FELICIANO⟧ 0205
⟦I|C99073-0503⟧    ⟦N|PRUITT, OPAL JEAN⟧ (⟦A|93⟧)    ⟦M|BGT4410119⟧    2E-30   CLOTTED CBC                  ⟦N|TLS⟧         ⟦N|KEMBERLY SHOTTS⟧, LPN 0230
WBIT: ⟦N|WASHINGTON-BEY⟧ SAMPLE TYPED A POS, HISTORICAL O POS (⟦D|JAN 2097⟧ AT ⟦H|OCH REGIONAL MEDICAL CENTER⟧, ⟦C|STARKVILLE⟧). EVENT ⟦I|SAFE-99-03114⟧ FILED BY ⟦N|DEWAYNE MCCAIN⟧, MLS(ASCP).
COLLECTOR ⟦N|REBECCA B. WHITFIELD⟧ (⟦N|RBW⟧) COUNSELED PER POLICY; SUPERVISOR ⟦N|GLADYS OKONKWO-TATE⟧ EXT ⟦P|4471⟧. REVIEWED ⟦D|3/14/99⟧ BY MEDICAL DIRECTOR DR. ⟦N|HOLLIS V. PEGUES⟧.
`);

note("loaner-tray-receipt-caps", `
STERILE PROCESSING - LOANER INSTRUMENT TRAY RECEIPT     ⟦H|SENTARA NORFOLK GENERAL HOSPITAL⟧ SPD     RECEIVED ⟦D|03/13/2099⟧ 1420
VENDOR: ⟦O|STRYKER⟧ SPINE   REP ⟦N|TREVOR KAZMIERCZAK⟧ ⟦P|757-555-0193⟧ ⟦E|TREVOR.KAZ@STRYKER.EXAMPLE⟧   DELIVERED BY ⟦O|UPS⟧ ⟦I|1Z 4R7 918 03 4471 8820⟧
CASE: ⟦D|03/14/2099⟧ 0730 OR 11, DR. ⟦N|OLUSEGUN ADEWALE-PRICE⟧ (NEUROSURGERY), PT ⟦N|BLANKENSHIP, VERNA⟧ ⟦M|SNGH 00912247⟧, L4-S1 TLIF
TRAY                          SET SERIAL          COUNT  INSPECTED BY
ES2 INSTRUMENTS 1 OF 3        ⟦DEV|ES2-A-004471⟧        88     ⟦N|D. FAULCON⟧
ES2 INSTRUMENTS 2 OF 3        ⟦DEV|ES2-B-004472⟧        64     ⟦N|D. FAULCON⟧
IMPLANT CADDY (SCREWS/RODS)   ⟦DEV|ES2-IC-0099⟧         212    ⟦N|M. ABERNETHY-CRUZ⟧
MISSING: 1 TAP 6.5 MM - REP NOTIFIED 1505, REPLACEMENT BY COURIER (⟦O|DISPATCH HEALTH LOGISTICS⟧) FROM ⟦C|CHESAPEAKE⟧ WAREHOUSE.
STERILIZER V-PRO 1 (⟦O|STERIS⟧) SN ⟦DEV|3360447⟧, CYCLE 7; BI NEG ⟦D|3/14⟧ 0540. RELEASED BY ⟦N|TAMIKA HOLLOWELL⟧, CRCST, LEAD TECH.
`);

note("infant-security-tag-log-caps", `
INFANT SECURITY TAG LOG (HUGS) - ⟦H|WOMAN'S HOSPITAL⟧, ⟦C|BATON ROUGE⟧ - MOTHER/BABY 3     ⟦D|MAR-14-2099⟧
INFANT                          MOTHER                  ROOM  TAG #       BAND #   APPLIED BY    TIME  STATUS
⟦N|BABY GIRL BOUDREAUX⟧             ⟦N|BOUDREAUX, CHANTAL⟧      312   ⟦DEV|H-44718⟧     ⟦I|0418A⟧    ⟦N|A. LANDRY⟧     0210  ACTIVE
⟦N|BABY BOY A NGUYEN⟧               ⟦N|NGUYEN, KIM LIEN⟧        314   ⟦DEV|H-44720⟧     ⟦I|0419A⟧    ⟦N|A. LANDRY⟧     0415  ACTIVE
⟦N|BABY BOY B NGUYEN⟧               ⟦N|NGUYEN, KIM LIEN⟧        314   ⟦DEV|H-44721⟧     ⟦I|0419B⟧    ⟦N|A. LANDRY⟧     0416  ACTIVE
⟦N|BABY GIRL THIBODEAUX-JOHNSON⟧    ⟦N|JOHNSON, DESTINY⟧        318   ⟦DEV|H-44687⟧     ⟦I|0412A⟧    ⟦N|P. GUIDRY⟧     ----  DISCHARGED 1130 WITH FATHER ⟦N|TERRENCE JOHNSON⟧
ALARM 0347: TAG ⟦DEV|H-44720⟧ AT STAIRWELL B - CODE PINK CALLED, CLEARED 0351 (FATHER ⟦N|DUC NGUYEN⟧ CARRYING INFANT TO VENDING AREA). SECURITY OFFICER ⟦N|LEROY BATISTE⟧ #⟦I|118⟧.
CUSTODY: ⟦N|BOUDREAUX⟧ - ⟦O|DCFS⟧ SAFETY PLAN; FOB ⟦N|KYLE PITRE⟧ NOT TO VISIT (⟦O|EAST BATON ROUGE SHERIFF'S OFFICE⟧ PROTECTIVE ORDER ⟦I|PO-99-1183⟧). WORKER ⟦N|NIA FONTENOT⟧ ⟦P|225-555-0151⟧.
CHARGE RN ⟦N|PAULETTE GUIDRY⟧; TAG INVENTORY RECONCILED ⟦N|AL⟧/⟦N|PG⟧ 0700.
`);

note("hla-crossmatch-report-caps", `
HISTOCOMPATIBILITY LABORATORY - FLOW CYTOMETRY CROSSMATCH     ⟦H|NORTHWESTERN MEMORIAL HOSPITAL⟧ HLA LAB, ⟦C|CHICAGO⟧     REPORT ⟦I|HLA-99-0738⟧
RECIPIENT: ⟦N|ABERNATHY-OKORO, DELPHINE⟧   MRN ⟦M|NM-31840095⟧   UNOS ID ⟦I|XAB4471⟧   DOB ⟦D|19680305⟧   ABO A   CPRA 87%
DONOR: DECEASED, ⟦O|GIFT OF HOPE⟧ DONOR ID ⟦I|ADKD447⟧ (MATCH RUN ⟦I|1447890⟧) AT ⟦H|ADVOCATE CHRIST MEDICAL CENTER⟧, ⟦C|OAK LAWN⟧   ABO A   KIDNEY R
SERUM DATES TESTED: ⟦D|12/02/98⟧ (PEAK), ⟦D|02/19/99⟧, ⟦D|03/13/99⟧ (CURRENT)
T-CELL FLOW XM: NEG (MCS 42)   B-CELL FLOW XM: NEG (MCS 88)   VIRTUAL XM: NO DSA ABOVE 2000 MFI
INTERPRETED BY ⟦N|SVETLANA MIRONOVA⟧, PHD, D(ABHI), DIRECTOR; TECH ⟦N|R. ALCANTARA⟧, CHS. CALLED TO DR. ⟦N|JUAN-PABLO IRIGOYEN⟧ (TX SURGERY) 0412 ⟦D|14 MAR⟧.
COPY: TRANSPLANT COORDINATOR ⟦N|BERNADETTE KOWALSKI⟧, RN ⟦P|312-555-0126⟧ FAX ⟦F|312-555-0127⟧; ⟦O|UNOS⟧ DONORNET. HUSBAND ⟦N|OKECHUKWU OKORO⟧ AWARE.
`);

note("qio-discharge-appeal-caps", `
IMPORTANT MESSAGE FROM MEDICARE - EXPEDITED DISCHARGE APPEAL TRACKING     ⟦H|ST. JOSEPH'S HOSPITAL⟧ (⟦C|TAMPA⟧) CASE MANAGEMENT
BENEFICIARY: ⟦N|CALDERÓN DE LA VEGA, AURELIO⟧   MBI ⟦HP|4TE7-QX2-MK81⟧   MRN ⟦M|SJH0085517⟧   AGE ⟦A|92⟧   ADMIT ⟦D|03/08/2099⟧
IM DELIVERED ⟦D|3/8/99⟧ (ADMISSION) AND ⟦D|3/12/99⟧ (FOLLOW-UP COPY) - SIGNED BY SON/REP ⟦N|HUMBERTO CALDERÓN⟧ (PATIENT HARD OF HEARING).
APPEAL CALLED TO ⟦O|KEPRO⟧ BY SON 1545 ⟦D|3/12⟧, CASE # ⟦I|FL99031240018⟧. DETAILED NOTICE FAXED ⟦D|3/13⟧ 0910 TO ⟦F|844-555-0182⟧ BY ⟦N|LOURDES PEÑALVER⟧, RN CM.
ATTENDING DR. ⟦N|NIRMALA VENKATESH⟧ DOCUMENTED READINESS; PT/OT REC SNF - BED OFFERED AT ⟦H|CENTRAL PARK LODGE⟧, ⟦C|TAMPA⟧ (ADMISSIONS ⟦N|CHARISSE MOBLEY⟧ ⟦P|813-555-0109⟧).
DECISION ⟦D|03/14/2099⟧ 1120: DISCHARGE UPHELD (REVIEWER DR. ⟦N|K. ASHFORD⟧). LIABILITY BEGINS NOON ⟦D|3/15⟧.
SON NOTIFIED BY PHONE; HOME ⟦S|4010 W SLIGH AVE⟧ APT 6, ⟦C|TAMPA⟧ ⟦Z|33614⟧. GRANDDAUGHTER ⟦N|ANALÍA CALDERÓN-REYES⟧ TO DRIVE.
`);

note("msp-questionnaire-caps", `
MEDICARE SECONDARY PAYER (MSP) QUESTIONNAIRE - REGISTRATION     ⟦H|GUNDERSEN LUTHERAN MEDICAL CENTER⟧, ⟦C|LA CROSSE⟧     ⟦D|03/14/2099⟧ 0655
PATIENT ⟦N|HALVERSON, ODIN BJARNE⟧   DOB ⟦D|04-19-2027⟧   MBI ⟦HP|7QW2-HN5-TT04⟧   SSN ⟦SSN|XXX-XX-0471⟧   ACCT ⟦I|GL-99-2208713⟧   MRN ⟦M|G4417205⟧
PART I: BLACK LUNG NO / VA AUTHORIZED NO / WORK INJURY NO / ACCIDENT YES - FALL AT ⟦O|MENARDS⟧, ⟦C|ONALASKA⟧ ⟦D|03/13/2099⟧; LIABILITY INSURER ⟦O|ZURICH NORTH AMERICA⟧ CLAIM ⟦I|5830044718⟧, ADJUSTER ⟦N|PATRICE MUNSON⟧ ⟦P|800-555-0166⟧ X ⟦P|31207⟧.
PART IV: PATIENT RETIRED ⟦D|06/30/2092⟧ FROM ⟦O|TRANE TECHNOLOGIES⟧. SPOUSE ⟦N|INGRID HALVERSON⟧ EMPLOYED FULL TIME AT ⟦O|KWIK TRIP INC⟧, ⟦S|1626 OAK ST⟧, ⟦C|LA CROSSE⟧ ⟦Z|54603⟧.
GROUP HEALTH PLAN ⟦O|QUARTZ HEALTH SOLUTIONS⟧ GROUP ⟦HP|QZ-77801⟧ MEMBER ⟦HP|Q0044718202⟧ (SUBSCRIBER ⟦N|INGRID⟧), MORE THAN 20 EMPLOYEES.
RESULT: GHP PRIMARY, MEDICARE SECONDARY. COMPLETED BY ⟦N|TAYLOR VUE⟧ (REGISTRATION) WITH SPOUSE; CONFIRMED WITH ⟦O|QUARTZ⟧ REP ⟦N|DEB⟧, CALL REF ⟦I|CALL-0314-2291⟧.
`);

note("sterilization-consent-caps", `
CONSENT FOR STERILIZATION (HHS-687) - 30-DAY WAITING PERIOD VERIFICATION     ⟦H|UNIVERSITY MEDICAL CENTER NEW ORLEANS⟧ L&D
PATIENT: ⟦N|BROUSSARD, KEISHA RENEE⟧   DOB ⟦D|01/23/2071⟧ (AGE 28)   MRN ⟦M|UMC-04471882⟧   MEDICAID ⟦HP|1104471882⟧ (⟦O|HEALTHY BLUE⟧)
CONSENT SIGNED ⟦D|01/29/2099⟧ AT ⟦H|DAUGHTERS OF CHARITY HEALTH CENTER - CARROLLTON⟧ BY PATIENT; PERSON OBTAINING CONSENT ⟦N|ROSEMARY THIBODEAUX⟧, CNM; INTERPRETER NONE.
EARLIEST DATE ⟦D|02/28/2099⟧ (30 DAYS). EXPIRES ⟦D|07/28/2099⟧ (180 DAYS). PROCEDURE ⟦D|03/14/2099⟧ (POSTPARTUM BTL AT C/S) - WITHIN WINDOW.
PHYSICIAN STATEMENT: DR. ⟦N|ADAORA NWANKWO-BELL⟧; ASSISTANT DR. ⟦N|GRIFFIN TALLEY⟧ (PGY-3). WITNESS ⟦N|SHIRLEY CAMBRE⟧, RN.
COPY MAILED TO ⟦S|2215 DUMAINE ST⟧, ⟦C|NEW ORLEANS⟧, ⟦STATE|LA⟧ ⟦Z|70116⟧; CLAIM PACKET TO ⟦O|GAINWELL TECHNOLOGIES⟧ BY ⟦N|T. ARCENEAUX⟧ (BILLING) ⟦D|3/16⟧.
`);

note("erpo-declaration-caps", `
PETITION FOR EXTREME RISK PROTECTION ORDER - DECLARATION OF TREATING CLINICIAN     ⟦O|KING COUNTY SUPERIOR COURT⟧ CAUSE NO. ⟦I|99-2-04471-8 SEA⟧
RESPONDENT: ⟦N|LINDQVIST, BRANDON ELIAS⟧   DOB ⟦D|8/14/1996⟧   ADDRESS ⟦S|11820 GREENWOOD AVE N⟧ #B, ⟦C|SEATTLE⟧ ⟦Z|98133⟧
PETITIONER: ⟦N|KAREN LINDQVIST⟧ (MOTHER), ⟦S|5503 NE 62ND ST⟧, ⟦C|SEATTLE⟧ ⟦Z|98115⟧, ⟦P|206-555-0172⟧
I AM DR. ⟦N|OKSANA HRYHORENKO⟧, ATTENDING PSYCHIATRIST AT ⟦H|HARBORVIEW MEDICAL CENTER⟧. RESPONDENT WAS ADMITTED ⟦D|03/09/2099⟧ ON AN INVOLUNTARY HOLD (DCR ⟦N|MARCUS YELLOWHAWK⟧, ⟦O|KING COUNTY CRISIS AND COMMITMENT SERVICES⟧).
ON ⟦D|3/10⟧ HE STATED HE KEEPS A RIFLE AT HIS EMPLOYER ⟦O|CASCADE FREIGHT LINES⟧ (⟦C|KENT⟧) AND A HANDGUN IN HIS TRUCK, WA PLATE ⟦I|C47718K⟧. PURCHASE RECORD: ⟦O|WADE'S EASTSIDE GUNS⟧, ⟦C|BELLEVUE⟧, ⟦D|FEB 2 2099⟧.
DECLARED UNDER PENALTY OF PERJURY AT ⟦C|SEATTLE⟧ ON ⟦D|MARCH 14, 2099⟧. SIGNED ⟦N|O. HRYHORENKO⟧, MD, WA LIC ⟦I|MD60447182⟧. HOSPITAL COUNSEL ⟦N|BRIDGET ASHWORTH-LIN⟧ ⟦P|206-555-0148⟧.
`);

note("car-seat-challenge-caps", `
INFANT CAR SEAT CHALLENGE (ANGLE TOLERANCE) - ⟦H|CHILDREN'S MERCY HOSPITAL KANSAS CITY⟧ NICU STEP-DOWN     ⟦D|3/14/2099⟧
INFANT: ⟦N|BABY BOY REYES-MWANGI⟧ ("⟦N|MATEO⟧")   MRN ⟦M|CMH-02447189⟧   DOB ⟦D|02/01/2099⟧ (GA 33+2, CGA 37+5)   BW 1,910 G
CAR SEAT: SNUGRIDE 35 (⟦O|GRACO⟧), SN ⟦DEV|1947C0447182⟧, MFG ⟦D|10/2098⟧ (NOT EXPIRED, NO RECALL PER ⟦O|NHTSA⟧). PARENTS ⟦N|ISABEL REYES⟧ AND ⟦N|DAVID MWANGI⟧ PRESENT.
0900-1030 (90 MIN): NO APNEA OVER 20 S, NO BRADY UNDER 80, SPO2 LOW 91% X 8 S. PASSED. OBSERVER ⟦N|HALEY BRUEGGEMANN⟧, RN; CPST ⟦N|GABRIEL OYEYEMI⟧ (CERT ⟦I|T447182⟧) CHECKED HARNESS.
DISCHARGE TO ⟦S|7718 W 119TH TER⟧, ⟦C|OVERLAND PARK⟧, ⟦STATE|KS⟧ ⟦Z|66213⟧ - 35 MIN DRIVE. PCP DR. ⟦N|MEENAKSHI RAGHUNATHAN⟧, ⟦O|BLUE VALLEY PEDIATRICS⟧ ⟦P|913-555-0177⟧, APPT ⟦D|03/17/2099⟧.
SYNAGIS: N/A. HEP B #1 GIVEN ⟦D|2/2⟧. NEONATOLOGIST DR. ⟦N|ERIK VASSBERG⟧.
`);

note("icd-deactivation-caps", `
ICD DEACTIVATION AT END OF LIFE - ⟦H|OHIOHEALTH RIVERSIDE METHODIST HOSPITAL⟧ PALLIATIVE CARE / DEVICE CLINIC     ⟦D|14MAR2099⟧
PT: ⟦N|PFEIFFER, ROSEMARIE⟧   ⟦A|95⟧ YO F   MRN ⟦M|RMH1044718⟧   DNR/DNI (POLST ⟦D|2/26/99⟧)
DEVICE: ⟦O|MEDTRONIC⟧ COBALT XT DR ICD, SERIAL ⟦DEV|PZC447182S⟧, IMPLANTED ⟦D|05/2094⟧ AT ⟦H|MOUNT CARMEL EAST⟧ BY DR. ⟦N|LAWRENCE OHANIAN⟧.
DECISION: PATIENT (CAPACITY CONFIRMED BY DR. ⟦N|TEMITOPE ADESINA⟧) AND HCPOA DAUGHTER ⟦N|CHRISTINE PFEIFFER-DALY⟧ REQUEST TACHY THERAPIES OFF, PACING ON.
PROGRAMMED 1405 BY ⟦O|MEDTRONIC⟧ REP ⟦N|JORDAN ELLSWORTH⟧ (⟦P|614-555-0143⟧) UNDER DR. ⟦N|SANJAY KULKARNI⟧, EP. MAGNET AT BEDSIDE. CARELINK MONITOR ⟦DEV|24950-447182⟧ UNPAIRED.
CHAPLAIN FR. ⟦N|TADEUSZ NOWICKI⟧ PRESENT. REFERRED TO ⟦O|OHIOHEALTH HOSPICE⟧; HOME ⟦S|372 E WHITTIER ST⟧, ⟦C|COLUMBUS⟧ ⟦Z|43206⟧. GRANDSON ⟦N|ELIJAH DALY⟧ ⟦P|614-555-0188⟧.
`);

note("ip-accountability-log-caps", `
INVESTIGATIONAL DRUG ACCOUNTABILITY LOG - ⟦H|FRED HUTCHINSON CANCER CENTER⟧ IDS PHARMACY     PROTOCOL 10447 (SPONSOR ⟦O|NORTHLIGHT THERAPEUTICS⟧)
DRUG: NLT-218 50 MG CAPSULES   LOT ⟦DEV|NL2098-0447⟧   EXP ⟦D|31-DEC-2099⟧   STORAGE 2-8 C, FRIDGE 4 (LOGGER ⟦DEV|TL-9920447⟧)
DATE          SUBJECT     INITIALS  DISPENSED  RETURNED  BALANCE  DISPENSED BY   CHECKED BY
⟦D|03/02/2099⟧    ⟦I|1447-003⟧    ⟦N|R-LM⟧      60         -         240      ⟦N|AKIYAMA⟧        ⟦N|PETROSYAN⟧
⟦D|03/09/2099⟧    ⟦I|1447-007⟧    ⟦N|JQD⟧       60         -         180      ⟦N|AKIYAMA⟧        ⟦N|BANERJEE⟧
⟦D|03/14/2099⟧    ⟦I|1447-003⟧    ⟦N|R-LM⟧      -          14        194      ⟦N|PETROSYAN⟧      ⟦N|AKIYAMA⟧
SUBJECT ⟦I|1447-003⟧ (⟦N|RAMOS-LEIVA, MARGARITA⟧, MRN ⟦M|U4471820⟧) RETURNED 14 CAPS - 2 MISSED DOSES ⟦D|3/6⟧-⟦D|3/7⟧ PER DIARY; CRC ⟦N|HOLLY BRANDVOLD⟧ NOTIFIED.
MONITOR VISIT ⟦D|03/20/2099⟧: CRA ⟦N|DIMITRI KALOGEROPOULOS⟧ (⟦O|IQVIA⟧) ⟦E|DKALOGEROPOULOS@IQVIA.EXAMPLE⟧. PHARMACIST OF RECORD ⟦N|NAOMI AKIYAMA⟧, PHARMD ⟦P|206-555-0112⟧.
`);

note("pasrr-screen-caps", `
PASRR LEVEL I SCREEN - ⟦O|TEXAS HEALTH AND HUMAN SERVICES⟧ FORM PL1     SUBMITTED ⟦D|03/14/2099⟧
APPLICANT: ⟦N|VILLARREAL, ENCARNACIÓN "CHONA"⟧   DOB ⟦D|12-25-2005⟧   AGE ⟦A|93⟧   SSN ⟦SSN|452-71-0398⟧   MEDICAID ⟦HP|520447182⟧
REFERRING: ⟦H|DOCTORS HOSPITAL AT RENAISSANCE⟧, ⟦C|EDINBURG⟧ - DC PLANNER ⟦N|YESENIA GARZA-TREVIÑO⟧, LMSW ⟦P|956-555-0128⟧ FAX ⟦F|956-555-0129⟧
RECEIVING NF: ⟦H|RETAMA MANOR NURSING CENTER⟧ - ⟦C|MCALLEN⟧, VENDOR # 44718-01, ADMINISTRATOR ⟦N|RODOLFO CANTÚ⟧
MI: MAJOR DEPRESSION (ON SERTRALINE) - POSITIVE, REFER TO LOCAL MENTAL HEALTH AUTHORITY ⟦O|TROPICAL TEXAS BEHAVIORAL HEALTH⟧ FOR PE. ID/DD: NEGATIVE.
LEGAL REP: SON ⟦N|ARMANDO VILLARREAL⟧, ⟦S|1208 E CANTON RD⟧, ⟦C|EDINBURG⟧ ⟦Z|78539⟧. DAUGHTER-IN-LAW ⟦N|NORMA⟧ ⟦P|956-555-0190⟧.
COMPLETED BY ⟦N|GARZA-TREVIÑO⟧ IN THE LTC ONLINE PORTAL, USER ⟦UN|YGARZATREV⟧, CONFIRMATION ⟦I|PL1-99-0447182⟧.
`);

note("ed-tracking-board-caps", `
ED TRACKING BOARD (PRINTED 0400 FOR EHR DOWNTIME) - ⟦H|UNIVERSITY OF NEW MEXICO HOSPITAL⟧ ADULT ED, ⟦C|ALBUQUERQUE⟧     ⟦D|03/14/99⟧
RM    PATIENT                 MRN       AGE  CC        ESI  MD          RN         LOS   DISPO
${edRows()}
EMS INBOUND: ⟦O|ALBUQUERQUE FIRE RESCUE⟧ RESCUE 12, ETA 0415, UNKNOWN MALE "⟦N|DOE, JOHN 99-7⟧" FOUND AT ⟦LO|TINGLEY BEACH⟧.
BOARDING: ⟦N|BEGAY⟧ AWAITING BED AT ⟦H|GALLUP INDIAN MEDICAL CENTER⟧ (ACCEPTING DR. ⟦N|SHIRLEY NEZ-ATCITTY⟧ ⟦P|505-555-0119⟧); ⟦N|KHALSA⟧ FAMILY (WIFE ⟦N|SAT NAM KAUR⟧) IN CONSULT RM.
CHARGE RN ⟦N|WINONA HOSKIE⟧ / ATTENDING DR. ⟦N|CORMAC STRICKLAND⟧ / DOWNTIME CLERK ⟦N|R. ABEYTA-LUCERO⟧
`);

note("wrong-patient-result-caps", `
WRONG-PATIENT RESULT CORRECTION NOTICE - ⟦H|INTEGRIS BAPTIST MEDICAL CENTER⟧ LABORATORY / HIM     EVENT ⟦I|EV-2099-0314-09⟧
RESULT: BMP + TROPONIN (ACCESSION ⟦I|IB99073002217⟧) COLLECTED ⟦D|3/13/2099⟧ 2215, FILED TO ⟦N|HARJO, WILLARD⟧ (MRN ⟦M|IB3300471⟧) IN ERROR.
CORRECT PATIENT: ⟦N|HARJO, WILMA⟧ (MRN ⟦M|IB3300517⟧), SAME UNIT 4B, ADJACENT ROOM; BOTH BORN IN ⟦D|1948⟧.
DETECTED ⟦D|03/14/99⟧ 0610 BY NIGHT HOSPITALIST DR. ⟦N|PRAKASH IYENGAR-WOLFE⟧ (TROPONIN 2.1 DISCORDANT WITH ⟦N|WILLARD⟧'S PICTURE).
RESULT REMOVED FROM ⟦N|WILLARD HARJO⟧'S CHART BY ⟦N|DONNA KILLSCROW⟧ (HIM) ⟦D|3/14⟧ 0705; CORRECTED REPORT TO PCP DR. ⟦N|BYRON LITTLEBEAR⟧ (⟦H|CREEK NATION COMMUNITY HOSPITAL⟧, ⟦C|OKEMAH⟧) BY FAX ⟦F|918-555-0137⟧.
⟦N|WILMA HARJO⟧ TREATED FOR NSTEMI; DAUGHTER ⟦N|LEOTA HARJO-BIGPOND⟧ INFORMED BY DR. ⟦N|IYENGAR-WOLFE⟧. PHLEBOTOMIST ⟦N|C. TIGER⟧ - TWO-IDENTIFIER RETRAINING.
DISCLOSED PER POLICY; RISK MANAGER ⟦N|SHAYLA POORBEAR⟧ ⟦P|405-555-0190⟧; ⟦O|MUSCOGEE NATION⟧ LIAISON ⟦N|DUSTIN HARJO⟧ CC'D.
`);

note("dicom-header-dump-caps", `
DICOM HEADER (PACS QUERY, DUMPED FOR RECONCILIATION TICKET ⟦I|RITM0447182⟧) - RECEIVED FROM ⟦IP|10.212.4.71⟧
(0008,0020) STUDY DATE                 DA  ⟦D|20990314⟧
(0008,0030) STUDY TIME                 TM  081522
(0008,0050) ACCESSION NUMBER           SH  ⟦I|MCH99C0447182⟧
(0008,0080) INSTITUTION NAME           LO  ⟦H|MEMORIAL HERMANN TEXAS MEDICAL CENTER⟧
(0008,0081) INSTITUTION ADDRESS        ST  ⟦S|6411 FANNIN ST⟧^⟦C|HOUSTON⟧^⟦STATE|TX⟧^⟦Z|77030⟧
(0008,0090) REFERRING PHYSICIAN NAME   PN  ⟦N|OYELARAN-BECK^TOBI^A⟧^^MD
(0008,1070) OPERATORS NAME             PN  ⟦N|NGUYEN^TRAM⟧
(0010,0010) PATIENT NAME               PN  ⟦N|FONTENOT^LUCIEN^PAUL⟧
(0010,0020) PATIENT ID                 LO  ⟦M|MH40447182⟧
(0010,0030) PATIENT BIRTH DATE         DA  ⟦D|20070722⟧
(0010,1010) PATIENT AGE                AS  ⟦A|091Y⟧
(0010,1040) PATIENT ADDRESS            LO  ⟦S|1419 W ALABAMA ST⟧^⟦C|HOUSTON⟧^^⟦Z|77006⟧
(0010,2154) PATIENT TELEPHONE NUMBERS  SH  ⟦P|713-555-0164⟧
(0018,1000) DEVICE SERIAL NUMBER       LO  ⟦DEV|88447⟧
(0018,1020) SOFTWARE VERSIONS          LO  SYNGO CT VA40A
(0032,1032) REQUESTING PHYSICIAN       PN  ⟦N|ABARCA^MIGUEL⟧
NOTE: STUDY ORDERED UNDER ⟦N|FONTENOT^LUCILLE⟧ (WIFE, ⟦M|MH40447190⟧); SPLIT AND MOVED BY PACS ADMIN ⟦N|R. KHATRI⟧ (⟦UN|RKHATRI2⟧) ⟦D|3/14/99⟧.
`);

// ======================================================== lower case (4) ========================================================

note("brain-sheet-lower", `
my brain sheet ⟦D|3/14⟧ nights — ⟦N|tasha⟧ rn, 6 tower, ⟦H|ochsner medical center⟧
bed 6112 ⟦N|fontenot, clarisse⟧ ⟦A|90⟧ f — hip fx pod1, dr ⟦N|boudreaux⟧ ortho; dtr ⟦N|gail⟧ ⟦P|504-555-0135⟧ wants a call if confused; hearing aid left only
bed 6114 ⟦N|nguyen, bao⟧ 67 m — chf exac, lasix gtt, i/o q1; son ⟦N|minh⟧ interprets (viet), talks to dr ⟦N|kessler-ruiz⟧ only
bed 6116 ⟦N|o'rourke, declan⟧ 44 m — etoh w/d, ciwa q2; sitter from ⟦O|guardian sitters llc⟧; works offshore for ⟦O|shell⟧, boss ⟦N|randy⟧ called 2x
bed 6118 ⟦N|baptiste, jean-marc⟧ 58 m — new trach; wife ⟦N|marie-claude⟧ staying at ⟦O|hope lodge⟧; spare shiley 6 at bedside
bed 6120 ⟦N|washington, odell⟧ ⟦A|98⟧ m — comfort care; pastor rev. ⟦N|hollins⟧ from ⟦O|greater st. stephen⟧ coming 0600; ⟦O|st. joseph hospice⟧ paged
to do: call pharmacy (⟦N|ahmed⟧ x ⟦P|3-4471⟧) re heparin; ⟦N|o'rourke⟧ mri consent; charge is ⟦N|keisha b.⟧; rrt nurse ⟦N|luis⟧ pager ⟦P|5512⟧
`);

note("intake-form-ocr-lower", `
patient information form (scanned + ocr of handwriting) — ⟦O|pioneer valley family medicine⟧ · scanned ⟦D|3/14/2099⟧ by ⟦UN|fd_kmurphy⟧
last name: ⟦N|szczepanski⟧   first: ⟦N|halina⟧   mi: ⟦N|k⟧   preferred name: ⟦N|lena⟧
date of birth: ⟦D|o7/19/1956⟧   sex: f   marital: married
address: ⟦S|88 chestnut hill rd⟧   city: ⟦C|belchertown⟧   state: ⟦STATE|ma⟧   zip: ⟦Z|01007⟧
home phone: ⟦P|(413) 555-0119⟧   cell: ⟦P|413 555 0172⟧   email: ⟦E|halina.szcz@mail.example⟧   ssn (optional): ⟦SSN|027-44-1882⟧
employer: ⟦O|big y world class market⟧   occupation: ⟦PROF|cashier⟧
insurance: ⟦O|health new england⟧   member id: ⟦HP|hne4471820-01⟧   group: ⟦HP|gr77180⟧   subscriber: self
emergency contact: ⟦N|tomasz szczepanski⟧ (husband) ⟦P|413-555-0146⟧
previous doctor: dr. ⟦N|feinberg⟧ at ⟦H|cooley dickinson hospital⟧   pharmacy: ⟦O|walgreens⟧ on ⟦S|n king st⟧, ⟦C|northampton⟧
how did you hear about us: my neighbor ⟦N|ruthie albrecht⟧
signature: ⟦N|h. szczepanski⟧   date: ⟦D|3-14-99⟧
`);

note("caregiver-notebook-lower", `
caregiver notebook from the fridge at mom's (⟦N|evangeline batiste⟧, ⟦A|94⟧) — copied into the chart by ⟦N|r. dominguez⟧ rn, ⟦O|amedisys home health⟧, ⟦D|3/14/2099⟧
⟦DAY|mon⟧ ⟦D|3/9⟧ — aide ⟦N|shanice⟧ came 8-12. bp 142/80. mom ate grits. took all pills except the water pill.
⟦DAY|tue⟧ ⟦D|3/10⟧ — ⟦N|dwayne⟧ (my brother) did nights. she called him "⟦N|leon⟧" (daddy's name) twice. dr ⟦N|villanueva⟧'s office (⟦O|lakeside geriatrics⟧) called re labs ⟦P|985-555-0131⟧.
⟦DAY|wed⟧ ⟦D|3/11⟧ — fell in bathroom ~3am, no injury. ⟦O|lifeline⟧ button worked, operator ⟦N|paula⟧. account ⟦I|ll-4471820⟧.
⟦DAY|thu⟧ ⟦D|3/12⟧ — pt ⟦N|jake⟧ from ⟦O|amedisys⟧ did walker training. church ladies from ⟦O|mt. zion baptist⟧ brought gumbo.
⟦DAY|fri⟧ ⟦D|3/13⟧ — mom's waiver case manager ⟦N|tonya richard⟧ ⟦P|985-555-0188⟧ said medicaid waiver # ⟦HP|ew4471820⟧ renewed til ⟦D|sept 2099⟧.
pharmacy delivers to ⟦S|412 lee ave⟧, ⟦C|hammond⟧ ⟦Z|70401⟧ (not my house on ⟦S|e church st⟧). — ⟦N|bernadette⟧ (daughter) ⟦P|985-555-0102⟧
`);

note("symptom-checker-chat-lower", `
symptom checker chat (bot) escalated to nurse ⟦N|priyanka⟧ · ⟦O|kaiser permanente⟧ · session ⟦I|sc-99-0447182⟧ · ⟦D|2099-03-14⟧ 02:14 · from ⟦IP|73.221.14.9⟧
bot: what is your name and date of birth?
user: ⟦N|marcus oyelaran-diaz⟧ ⟦D|7/4/88⟧
bot: what is your medical record number? (on your card)
user: ⟦M|11004471829⟧
user: chest tightness since like 1am, im at my girlfriend ⟦N|jas⟧'s place ⟦S|3340 mission st⟧ apt 2 in ⟦C|san francisco⟧
nurse ⟦N|priyanka⟧: hi ⟦N|marcus⟧, i'm an rn. please call 911 now or have ⟦N|jas⟧ drive you to ⟦H|kaiser san francisco⟧ emergency on ⟦S|geary blvd⟧.
user: ok she's driving. her number is ⟦P|415 555 0123⟧ if you lose me
nurse ⟦N|priyanka⟧: notified ed charge ⟦N|tom b.⟧; callback # on file ⟦P|(510) 555-0199⟧. dr ⟦N|hu⟧ (your pcp) will see this. transcript: ⟦U|https://chat.kp.example/s/sc-99-0447182⟧
`);

// ======================================================== mixed case (20) ========================================================

note("acgme-case-log", `
Resident Case Log Export (ACGME ADS) — ⟦N|Okwuosa, Chidinma⟧, PGY-4 general surgery · ⟦H|Maimonides Medical Center⟧ (⟦C|Brooklyn⟧) · exported ⟦D|03/14/2099⟧
Case ID | Date | Site | Patient ID | Attending | Role | CPT
⟦I|4471820-01⟧ | ⟦D|03/02/2099⟧ | ⟦H|Maimonides⟧ | ⟦M|MMC0044718⟧ | ⟦N|Ravitz, Samuel⟧ | Surgeon Chief | 44970
⟦I|4471820-02⟧ | ⟦D|03/04/2099⟧ | ⟦H|NYC Health + Hospitals/Coney Island⟧ | ⟦M|CI-7718204⟧ | ⟦N|Benveniste, Aurelie⟧ | Surgeon Jr | 49505
⟦I|4471820-03⟧ | ⟦D|03/09/2099⟧ | ⟦H|Maimonides⟧ | ⟦M|MMC0044803⟧ | ⟦N|Ravitz, Samuel⟧ | Surgeon Chief | 47562
⟦I|4471820-04⟧ | ⟦D|03/11/2099⟧ | ⟦H|Maimonides⟧ | ⟦M|MMC0044861⟧ | ⟦N|Adeyemo-Fitch, Kunle⟧ | Teaching Assistant | 38525
Notes field (free text, should have been blank): "pt ⟦N|Rivka Teitelbaum⟧, ⟦A|91⟧, refused blood — Rabbi ⟦N|Halberstam⟧ from ⟦O|Bikur Cholim of Boro Park⟧ came".
Coordinator ⟦N|Lucia Ferreira-Wynn⟧ flagged it ⟦D|3/14⟧ and asked the resident to delete it (⟦E|lferreirawynn@maimo.example⟧); program director Dr. ⟦N|Harold Vishnevsky⟧ cc'd.
`);

note("gross-description-cassette-key", `
Surgical Pathology — Gross Description · ⟦H|Ochsner LSU Health Shreveport⟧ · accession ⟦I|S99-04471⟧ · received ⟦D|3/13/2099⟧ 16:40
Patient: ⟦N|Dupré, Marguerite Eloise⟧ · MRN ⟦M|OLS-2044718⟧ · DOB ⟦D|Sept. 3, 1949⟧ · surgeon Dr. ⟦N|Tobias Arceneaux⟧ · gross by ⟦N|Jaylen Gatlin⟧, PA(ASCP)
Received fresh in a container labeled with the patient's name, "⟦N|Dupre, M⟧", and "left breast lumpectomy, short stitch superior, long stitch lateral," is an oriented
fibrofatty excision, 7.2 x 5.8 x 3.1 cm. Inked: superior blue, inferior green, medial yellow, lateral red, anterior orange, posterior black. Serially sectioned
medial to lateral into 11 slices, revealing a 1.9 x 1.6 x 1.4 cm stellate firm mass with a clip (specimen radiograph reviewed), 0.4 cm from the posterior margin.
Cassette key: A1 superior; A2 inferior; A3-A6 mass with posterior margin; A7 clip site; A8-A9 uninvolved. Container B, labeled "⟦N|Dupre⟧ — additional lateral margin",
3.0 x 2.1 x 0.6 cm, stitch marks new margin, inked black, entirely submitted B1-B2. Cold ischemia from 14:52 (per OR nurse ⟦N|K. Thibodaux⟧), formalin 15:05.
Outside core biopsy (⟦I|WK99-1187⟧, ⟦H|Willis-Knighton Medical Center⟧) reviewed. Gross ⟦N|JG⟧; pathologist Dr. ⟦N|Priyamvada Sethi⟧ ⟦D|03/14/2099⟧.
`);

note("interpreter-vendor-invoice", `
Language Services — Vendor Invoice Reconciliation · ⟦H|Hennepin Healthcare⟧ (⟦C|Minneapolis⟧) · vendor ⟦O|CyraCom International⟧ · invoice ⟦I|CY-99-0447182⟧ · period ⟦D|03/01/2099⟧–⟦D|03/14/2099⟧
Date | Language | Minutes | Interpreter ID | Patient (MRN) | Clinician | Dept
⟦D|3/2⟧ | Somali | 42 | ⟦I|SOM-8841⟧ | ⟦N|Warsame, Hodan⟧ (⟦M|HC4471820⟧) | Dr. ⟦N|Erickson⟧ | OB
⟦D|3/5⟧ | Hmong | 18 | ⟦I|HMN-2207⟧ | ⟦N|Vang, Pa Houa⟧ (⟦M|HC4471834⟧) | ⟦N|Yia Xiong⟧, RN | Peds
⟦D|3/9⟧ | Oromo | 65 | ⟦I|ORM-0331⟧ | ⟦N|Tolosa, Gemechu⟧ (⟦M|HC4471899⟧) | Dr. ⟦N|Ndlovu-Park⟧ | Psych
⟦D|3/11⟧ | Karen | 30 | ⟦I|KAR-1150⟧ | ⟦N|Paw, Htoo Eh⟧ (⟦M|HC4471912⟧) | Dr. ⟦N|Lindgren⟧ | ED
⟦D|3/12⟧ | ASL (VRI) | 55 | ⟦I|ASL-0048⟧ | ⟦N|Brekke, Solveig⟧ (⟦M|HC4471950⟧) | ⟦N|M. Oyelowo⟧, PA | Ortho
Disputed: the ⟦D|3/9⟧ call dropped at 12 min and reconnected (charged twice); vendor rep ⟦N|Angelica Durand⟧ ⟦P|800-555-0175⟧ ext. ⟦P|2290⟧ credited it. Staff interpreter ⟦N|Abdirahman Yusuf⟧ covered the ⟦D|3/6⟧ clinic.
Reconciled by ⟦N|Pham Thi Lan⟧, language access coordinator, ⟦E|lan.pham@hennepinhealthcare.example⟧.
`);

note("fall-incident-witness-statements", `
Patient Safety Event — Fall with Injury (witness statements attached) · ⟦H|Bryan Medical Center East⟧ (⟦C|Lincoln⟧, ⟦STATE|NE⟧) · event ⟦I|PSE-2099-01184⟧ · ⟦DAY|Saturday⟧, ⟦D|March 14, 2099⟧
Patient: ⟦N|Kučera, Bohumil "Bob"⟧ · 89 · MRN ⟦M|BMC-7044718⟧ · room 4212 · Morse 65, bed alarm on (Centrella, serial ⟦DEV|C447182Y⟧)
Statement 1 (⟦N|Alyssa Vrbka⟧, RN): "At 0315 the bed alarm sounded. I found Mr. ⟦N|Kučera⟧ on the floor beside the bed, holding his left wrist."
Statement 2 (⟦N|Deng Mayen⟧, CNA): "I had toileted him at 0230 with ⟦N|Brittany⟧ from the float pool. Call light was in reach."
Statement 3 (visitor ⟦N|Gloria Pflug⟧, roommate's wife): "He said he had to milk the cows at his farm by ⟦C|Wilber⟧."
Huddle 0340: charge RN ⟦N|Tomasz Jelínek⟧, hospitalist Dr. ⟦N|Ifeoma Chukwuemeka⟧; CT head negative; distal radius fx splinted by ⟦N|Brennan Hodge⟧, PA-C.
Son ⟦N|Paul Kučera⟧ (⟦P|402-555-0193⟧) notified 0415. Manager ⟦N|Sheila Moravec⟧ to review ⟦D|3/16⟧.
`);

note("hospice-election-statement", `
Medicare Hospice Benefit — Election Statement and Addendum · ⟦O|Hospice of the Bluegrass⟧ (⟦C|Hazard⟧, ⟦STATE|KY⟧) · ⟦D|03/14/2099⟧
Beneficiary: ⟦N|Combs, Ora Mae⟧ · DOB ⟦D|June 2, 2006⟧ · MBI ⟦HP|2HK9-TR4-WX17⟧ · Medicaid ⟦HP|KY0447182044⟧ · age ⟦A|92⟧
"I, ⟦N|Ora Mae Combs⟧, elect the Medicare hospice benefit effective ⟦D|03/14/2099⟧ and understand that ..."
Attending physician of my choice: Dr. ⟦N|Wendell Napier⟧, ⟦O|Appalachian Regional Healthcare⟧ clinic, NPI ⟦I|1336044718⟧. Hospice medical director: Dr. ⟦N|Farida Osei-Bonsu⟧.
Representative signing (patient unable, per Dr. ⟦N|Napier⟧): daughter ⟦N|Darlene Combs Slone⟧, ⟦S|77 Left Fork Rd⟧, ⟦C|Hindman⟧, ⟦STATE|KY⟧ ⟦Z|41822⟧, ⟦P|606-555-0114⟧.
Addendum (conditions not related) requested ⟦D|3/15⟧, furnished ⟦D|3/16/2099⟧ by ⟦N|Misty Halcomb⟧, RN case manager. Witness ⟦N|Jolene Sizemore⟧.
Discharged from ⟦H|ARH Hazard Regional Medical Center⟧ ⟦D|3/12⟧; home oxygen from ⟦O|Apria⟧. Prior hospice: none.
`);

note("telemetry-strip-annotations", `
Telemetry Strip Annotations — central monitoring, ⟦H|Riverside Regional Medical Center⟧ (⟦C|Newport News⟧) · tech ⟦N|Shonda Whitley⟧ (⟦N|SW⟧) · ⟦D|14-Mar-2099⟧ 19:00–07:00
Box | Patient | Time | Rhythm / event | Called to
T-12 | ⟦N|Ashby, Linwood⟧ | 21:42 | SR → AF RVR 148, 12 s strip saved | ⟦N|Carla⟧ RN (x⟦P|6124⟧), acked
T-14 | ⟦N|Bui, Thanh Tam⟧ | 23:05 | 8-beat NSVT, K 3.1 per ⟦N|Carla⟧ | Dr. ⟦N|Farouk⟧ (hospitalist) paged ⟦P|757-555-0107⟧
T-20 | ⟦N|Gaskins, Pearl⟧ (⟦A|96⟧) | 02:18 | pause 3.4 s, asymptomatic | ⟦N|Dorian⟧ RN; Dr. ⟦N|Farouk⟧ aware
T-20 | ⟦N|Gaskins⟧ | 04:50 | leads off 20 min — battery changed by ⟦N|SW⟧ | —
T-31 | ⟦N|Hallinan-Osei, Brigid⟧ | 05:30 | SR 72, off tele per order Dr. ⟦N|Moskowitz⟧ | ⟦N|Dorian⟧ RN
Transmitter ⟦DEV|ITX-447182⟧ (T-20) sent to biomed (⟦N|Gary Pugh⟧) for dropout. Handoff to day tech ⟦N|Marisol Acevedo⟧ 07:00.
`);

note("abn-notice", `
Advance Beneficiary Notice of Noncoverage (ABN) — chart copy · ⟦O|Quest Diagnostics⟧ patient service center, ⟦S|2401 S 31st St⟧, ⟦C|Temple⟧, ⟦STATE|TX⟧ ⟦Z|76508⟧ · ⟦D|3-14-2099⟧
A. Notifier: ⟦O|Quest Diagnostics⟧ ⟦P|254-555-0161⟧   B. Patient name: ⟦N|Štěpánek, Vlasta⟧   C. Identification number: ⟦I|QPSC-04471820⟧
D. Items: vitamin D 25-OH; lipid panel (screening; last on ⟦D|06/18/2096⟧)   E. Reason: Medicare does not pay for these tests as often as this.
Ordering: Dr. ⟦N|Marisela Cavazos⟧, ⟦H|Baylor Scott & White Clinic – Temple⟧ (requisition ⟦I|BSW7718204⟧).
G. Option 1 checked. Signature: ⟦N|V. Štěpánek⟧ · Date ⟦D|3/14/99⟧. Her son ⟦N|Radek⟧ interpreted (Czech).
Medicare number given: ⟦HP|5RT2-WK7-HH39⟧; supplement ⟦O|AARP Medicare Supplement⟧ plan G ⟦HP|447182044 1⟧. Phlebotomist ⟦N|Tiffany Goodnight⟧.
`);

note("oppe-peer-review", `
Ongoing Professional Practice Evaluation (OPPE) — confidential peer review · ⟦H|Providence Sacred Heart Medical Center⟧ (⟦C|Spokane⟧) · period ⟦D|07/01/2098⟧ to ⟦D|12/31/2098⟧
Practitioner: Dr. ⟦N|Ignatius Obi-Lindholm⟧ (general surgery) · NPI ⟦I|1447018823⟧ · WA license ⟦I|MD61044718⟧ · file ⟦I|OPPE-99-0447⟧
Indicators within target (SSI 1.8%, returns to OR 2 of 214). One case referred for focused review: patient ⟦N|R. Swanstrom⟧ (MRN ⟦M|PSH55044718⟧), bile duct injury
⟦D|10/22/2098⟧, repaired at ⟦H|Virginia Mason⟧ by Dr. ⟦N|Haruki Tanabe⟧. External reviewer Dr. ⟦N|Colette Abernathy⟧ (⟦O|MRIoA⟧): standard of care met.
Department chair Dr. ⟦N|Gunnar Solheim⟧ concurs ⟦D|2/27/2099⟧. The patient's wife ⟦N|Jeanette Swanstrom⟧ filed a grievance ⟦D|11/2/2098⟧ (closed).
Medical staff coordinator ⟦N|Trina Kowalczyk⟧ ⟦P|509-555-0150⟧; to the committee of ⟦D|March 3, 2099⟧.
`);

note("adoptee-records-request", `
Release of Information — adult adoptee's request for birth records (court order attached) · ⟦H|Mercy Hospital St. Louis⟧ HIM · ⟦D|March 14, 2099⟧
Requester: ⟦N|Delaney Hartigan⟧ (adoptive name), born ⟦D|11/30/2073⟧ as "⟦N|Baby Girl Kowalski⟧" at this hospital; adoptive parents ⟦N|Patrick⟧ and ⟦N|Joan Hartigan⟧ of ⟦C|Florissant⟧.
Court order: ⟦O|St. Louis County Circuit Court⟧, case ⟦I|73AD-0447⟧, Judge ⟦N|Lorraine Matsuda⟧, signed ⟦D|02/20/2099⟧ — release of the birth mother's identity authorized.
Records found (microfilm roll MF-73-118): mother ⟦N|Theresa Ann Kowalski⟧, then 17, of ⟦S|4418 Gravois Ave⟧, ⟦C|St. Louis⟧; delivering physician Dr. ⟦N|Emil Brzozowski⟧;
agency ⟦O|Catholic Charities of St. Louis⟧ (caseworker Sr. ⟦N|Agnes Dwyer⟧).
Requester now at ⟦S|2106 Pine Bluff Ct⟧, ⟦C|O'Fallon⟧, ⟦STATE|MO⟧ ⟦Z|63366⟧ · ⟦E|dhartigan73@mail.example⟧ · driver's license ⟦I|D447182044⟧ seen by ⟦N|Keisha Pruitt-Lang⟧, RHIT.
Referred to the ⟦O|Missouri Children's Division⟧ adoption registry (⟦U|https://dss.mo.example/cd/adoption-registry⟧).
`);

note("charity-care-application", `
Financial Assistance Application — summary for committee · ⟦H|Nebraska Medicine⟧ (⟦C|Omaha⟧) · account ⟦I|NM-44718204⟧ · guarantor ⟦N|Hernández Ortiz, Rigoberto⟧ · ⟦D|3/14/2099⟧
Household: ⟦N|Rigoberto Hernández Ortiz⟧ (applicant, DOB ⟦D|05/05/1979⟧, SSN ⟦SSN|507-44-1829⟧), spouse ⟦N|Maricela Ortiz Luna⟧, children ⟦N|Brayan⟧ (14), ⟦N|Génesis⟧ (9), ⟦N|Alexa⟧ (3); mother-in-law ⟦N|Rosa Luna⟧ (⟦A|91⟧).
Address: ⟦S|2411 S 24th St⟧, ⟦C|Omaha⟧, ⟦STATE|NE⟧ ⟦Z|68108⟧. Income: applicant, line worker at ⟦O|Greater Omaha Packing⟧ (stubs ⟦D|2/13⟧, ⟦D|2/27⟧); spouse, custodian at ⟦O|Creighton University⟧ through ⟦O|ABM Industries⟧.
Medicaid denied ⟦D|01/09/2099⟧ (case ⟦I|NE-0447182⟧). Recommendation: 100% adjustment (household of 6, 148% FPL).
Financial counselor ⟦N|Hoa Tran⟧ ⟦P|402-555-0171⟧; interpreter ⟦N|Yolanda Cisneros⟧; approved by ⟦N|M. Whitehorse⟧ (director) ⟦D|3/16⟧.
`);

note("in-basket-export", `
In Basket — staff message thread (exported for complaint file ⟦I|PR-99-0447⟧) · ⟦H|Ascension St. Vincent Indianapolis⟧ · ⟦D|03/14/2099⟧
[⟦D|03/10/2099⟧ 09:12] From: ⟦N|Hollis, Brianna⟧ (MA)  To: P STV FAMILY MED POOL  Re: ⟦N|Abernathy, Wilhelmina⟧ (⟦M|E4471820⟧), DOB ⟦D|2/2/1960⟧ — asking why her Eliquis refill was denied.
[⟦D|03/10/2099⟧ 13:40] From: ⟦N|Oduya, Felix⟧, MD  To: ⟦N|Hollis, Brianna⟧  "Not denied — needs a visit; last seen ⟦D|9/2097⟧. Please schedule with ⟦N|Kiera Lutz⟧, NP."
[⟦D|03/11/2099⟧ 08:03] From: ⟦N|Hollis, Brianna⟧  "LM x2 at ⟦P|317-555-0144⟧. Daughter ⟦N|Renita⟧ called back: pt is at ⟦H|Marquette Manor⟧ for rehab."
[⟦D|03/12/2099⟧ 16:55] From: ⟦N|Gutiérrez, Amparo⟧ (Patient Relations)  CC: ⟦N|Oduya, Felix⟧  "Complaint from ⟦N|Renita Abernathy-Shaw⟧ (⟦E|renita.as@mail.example⟧) — bridge supply sent to ⟦O|Walgreens⟧ on ⟦S|N Keystone Ave⟧."
[⟦D|03/14/2099⟧ 10:20] From: ⟦N|Lutz, Kiera⟧, NP  "Saw her at ⟦H|Marquette Manor⟧ today; 30-day Rx sent; follow-up ⟦D|4/11⟧."
`);

note("x12-837-claim", `
837P claim (X12 5010) pasted into denial work queue ⟦I|WQ-447182⟧ by ⟦N|Shauna Ricketts⟧, coder · ⟦H|Lexington Medical Center⟧ (⟦C|West Columbia⟧, ⟦STATE|SC⟧)
NM1*85*2*⟦O|LEXINGTON MEDICAL CENTER PHYSICIAN PRACTICES⟧*****XX*⟦I|1447044718⟧~
N3*⟦S|2720 SUNSET BLVD⟧~
N4*⟦C|WEST COLUMBIA⟧*⟦STATE|SC⟧*⟦Z|291694810⟧~
NM1*IL*1*⟦N|MCCRAY⟧*⟦N|DESMOND⟧*⟦N|L⟧***MI*⟦HP|ZCB447182044⟧~
N3*⟦S|118 DREHER SHOALS RD⟧*APT 4~
N4*⟦C|IRMO⟧*⟦STATE|SC⟧*⟦Z|29063⟧~
DMG*D8*⟦D|19640812⟧*M~
NM1*PR*2*⟦O|BLUECROSS BLUESHIELD OF SOUTH CAROLINA⟧*****PI*00401~
CLM*⟦I|LMC99073044718⟧*245***11:B:1*Y*A*Y*Y~
DTP*472*D8*⟦D|20990302⟧~
NM1*82*1*⟦N|OKAFOR-REYES⟧*⟦N|ADAEZE⟧****XX*⟦I|1558447182⟧~
REF*G1*⟦I|PA99-0447182⟧~
Denial CO-197 (no prior auth): auth ⟦I|PA99-0447182⟧ was on file ⟦D|3/1/99⟧ per ⟦O|BlueCross⟧ rep ⟦N|Jerome⟧ (call ref ⟦I|2099031444718⟧). Resubmitted ⟦D|3/14/2099⟧.
`);

note("addressograph-labels", `
Addressograph label sheet (scanned with the consent packet) · ⟦H|Hartford Hospital⟧ · printed ⟦D|03/14/2099⟧ 06:02 by ⟦UN|HHC\\jmorrow⟧
⟦N|GRZYBOWSKI, TADEUSZ J⟧          MRN ⟦M|00-44-71-82⟧
DOB ⟦D|07/30/2006⟧   ⟦A|92⟧ Y   M      FIN ⟦I|7718204471⟧
ADM ⟦D|03/13/2099⟧   RM 1012-B   DR ⟦N|HALLORAN-BOATENG, E⟧
⟦O|ANTHEM BCBS⟧ ⟦HP|YRK447182044⟧
----------------------------------------------
⟦N|GRZYBOWSKI, TERESA M⟧           MRN ⟦M|00-44-71-90⟧
DOB ⟦D|01/15/2010⟧   89 Y   F      FIN ⟦I|7718204502⟧
ADM ⟦D|03/13/2099⟧   RM 1012-A   DR ⟦N|HALLORAN-BOATENG, E⟧
Event: his label was on her consent (same room pair); corrected by ⟦N|Jillian Morrow⟧, unit clerk; reported to ⟦N|Danuta Kaczmarek⟧, nurse manager, ⟦P|860-555-0153⟧. Son ⟦N|Andrzej⟧ re-signed as witness.
`);

note("prior-auth-fax-ocr", `
*** FAX RECEIVED ⟦D|03/14/2099⟧ 09:47 FROM ⟦F|(641) 555-0133⟧ TO ⟦F|5155550100⟧ P. 1/3 ***
⟦O|Wellmark Blue Cross Blue Shield⟧ — Prior Authorization Request (Imaging)
Member Name: ⟦N|Vanderploeg, Arie⟧   Member ID: ⟦HP|W4X447182044⟧   Group: ⟦HP|90447⟧   Member DOB: ⟦D|O4/11/1970⟧
Requesting Provider: ⟦N|Hollis Bergstrom-Tate⟧, DO   NPI: ⟦I|1770447182⟧   Facility: ⟦H|Pella Regional Health Center⟧
Phone: ⟦P|641-555-0132⟧   Fax: ⟦F|641-555-0133⟧   Contact: ⟦N|Jenna⟧ (nurse)
Servicing: ⟦H|MercyOne Des Moines Medical Center⟧, ⟦S|1111 6th Ave⟧, ⟦C|Des Moines⟧, ⟦STATE|IA⟧ ⟦Z|50314⟧
Service: MRI lumbar spine w/o (72148)   Dx: M54.16   Date of service: ⟦D|03/21/2099⟧
Clinical: 11 wk radicular pain L5, failed PT at ⟦O|Athletico Physical Therapy⟧ (⟦D|1/15⟧–⟦D|2/26⟧) and gabapentin. EMG ⟦D|2/28/99⟧ by Dr. ⟦N|Kwabena Asante⟧.
Ref # ⟦I|WM-PA-99031400447⟧   Reviewer: ⟦N|T. Nakagawa⟧, RN   Status: PENDED — need PT notes
Page 2 header: ⟦N|VANDERPLOEG, ARIE⟧ ⟦D|04/11/1970⟧ ⟦HP|W4X447182044⟧
This fax may contain PHI. If received in error call ⟦P|1-800-555-0194⟧.
`);

note("wound-vac-flowsheet", `
Wound Care Flowsheet — NPWT · ⟦H|Kindred Hospital Las Vegas - Sahara⟧ · pt ⟦N|Oyelowo, Babatunde⟧ · MRN ⟦M|KHS-0447182⟧ · wound nurse ⟦N|Renata Szabo⟧, CWOCN (⟦N|RS⟧)
Date | Wound | L x W x D (cm) | Tunnel | Exudate | Pump serial | Changed by
⟦D|03/02/2099⟧ | sacral stage 4 | 9.1 x 7.4 x 3.2 | 4 cm at 12 o'clock | mod serosang | V.A.C. Ultra ⟦DEV|VULT44718⟧ | ⟦N|RS⟧
⟦D|03/05/2099⟧ | sacral | 8.8 x 7.0 x 3.0 | 3.5 cm | mod | ⟦DEV|VULT44718⟧ | ⟦N|K. Mahoe⟧
⟦D|03/09/2099⟧ | sacral | 8.2 x 6.6 x 2.7 | 3 cm | small | ⟦DEV|VULT44718⟧ | ⟦N|RS⟧
⟦D|03/12/2099⟧ | sacral | 7.9 x 6.1 x 2.5 | 2 cm | small | loaner ⟦DEV|VULT50921⟧ (alarm fault) | ⟦N|Dale Kapaona⟧, LPN
Rental: ⟦O|3M KCI⟧ (rep ⟦N|Travis Holcombe⟧ ⟦P|702-555-0124⟧), order ⟦I|KCI-99-447182⟧; payer ⟦O|Health Plan of Nevada⟧ auth ⟦I|HPN0447182⟧, member ⟦HP|HPN99044718201⟧.
Surgeon Dr. ⟦N|Anwar Siddiqui⟧ (⟦O|Desert Surgical Associates⟧) plans a flap ⟦D|3/24⟧ at ⟦H|Sunrise Hospital⟧. Wife ⟦N|Folake⟧ taught the dressing ⟦D|3/12⟧.
`);

note("namus-missing-person-records", `
Records Request — Missing Person (NamUs) · ⟦O|Pima County Sheriff's Department⟧ to ⟦H|Banner – University Medical Center Tucson⟧ HIM · ⟦D|3/14/2099⟧
Missing: ⟦N|Gallegos, Xochitl Marisol⟧ · DOB ⟦D|2/29/1988⟧ · NamUs ⟦I|MP104471⟧ · last seen ⟦D|01/03/2099⟧ near ⟦LO|Sabino Canyon⟧
Our records: ORIF L tibia ⟦D|08/16/2094⟧ by Dr. ⟦N|Benedikt Aurand⟧; implant log: LCP plate lot ⟦DEV|7718204⟧, screws lot ⟦DEV|6620447⟧ (⟦O|DePuy Synthes⟧).
Dentist per chart: ⟦O|El Rio Dental⟧ (⟦S|839 W Congress St⟧). Dental films not held here.
Requesting detective: Det. ⟦N|Anaya Redhouse⟧, badge ⟦I|4471⟧, ⟦P|520-555-0181⟧, ⟦E|aredhouse@pimasheriff.example⟧; case ⟦I|PCSD 99-010344⟧.
Released under 45 CFR 164.512(f)(2) by ⟦N|Cheyenne Lomayestewa⟧, RHIA, ⟦D|3/14⟧; mother ⟦N|Guadalupe Gallegos⟧ (reporting party) not contacted, per the detective.
`);

note("legal-name-change-update", `
Patient Demographics Change — legal name and sex marker update · ⟦H|Fenway Health⟧ (⟦C|Boston⟧) · registration ⟦N|Aidan Kowalczyk⟧ · ⟦D|2099-03-14⟧
Previous legal name: ⟦N|Jessica Marie Thornbury⟧ → new legal name: ⟦N|Julian Marcus Thornbury⟧ (chosen name already on file: "⟦N|Jules⟧")
Court: ⟦O|Suffolk Probate and Family Court⟧, docket ⟦I|SU99P0447EA⟧, decree ⟦D|02/27/2099⟧. RMV license ⟦I|S44718204⟧ updated ⟦D|3/5⟧.
DOB ⟦D|12/12/1996⟧ · MRN ⟦M|FH-0447182⟧ (unchanged) · insurance ⟦O|Tufts Health Plan⟧ ⟦HP|THP44718204⟧ — member services rep ⟦N|Kwame⟧ confirmed, ref ⟦I|TF-0314-118⟧.
Pronouns he/him. Emergency contact: partner ⟦N|Sofía Aranda-Kim⟧ ⟦P|617-555-0196⟧, ⟦S|24 Peterborough St⟧ #3, ⟦C|Boston⟧ ⟦Z|02215⟧.
Lab: sex-specific reference ranges reviewed with Dr. ⟦N|Renee Castellanos⟧; old name kept as an alias for record matching (⟦O|Quest⟧, ⟦O|LabCorp⟧ feeds).
`);

note("refill-request-fax", `
Refill Authorization Request (fax) · ⟦O|Thrifty White Pharmacy⟧, ⟦S|21 Main St N⟧, ⟦C|Bagley⟧, ⟦STATE|MN⟧ ⟦Z|56621⟧ · ⟦P|218-555-0122⟧ · fax ⟦F|218-555-0123⟧
To: Dr. ⟦N|Leah Bowstring⟧, ⟦H|Red Lake Indian Health Service Hospital⟧, fax ⟦F|218-555-0145⟧ · sent ⟦D|03/14/2099⟧ 08:31
Patient: ⟦N|Jourdain, Clement R.⟧ · DOB ⟦D|10/02/1961⟧ · ⟦S|PO Box 442⟧, ⟦C|Redby⟧ ⟦Z|56670⟧ · ph ⟦P|218-555-0106⟧
Rx # ⟦I|6044718⟧ metformin 1000 mg BID #180, last fill ⟦D|12/10/2098⟧, refills 0 · Rx # ⟦I|6044792⟧ lisinopril 20 mg #90
Prescriber DEA ⟦I|BB4471829⟧ · NPI ⟦I|1093044718⟧ · coverage MinnesotaCare via ⟦O|Blue Plus⟧ ⟦HP|MC0447182⟧
[ ] Approved  [ ] Denied  [ ] Needs appt   Pharmacist: ⟦N|Greg Nohre⟧, RPh
Handwritten reply, faxed back ⟦D|3/14⟧ 13:10: "Approved x 90 d, needs A1c — ⟦N|LB⟧ / ⟦N|Marlene Stillday⟧, RN"
`);

note("travel-nurse-onboarding", `
Employee Health — Contract (Travel) Nurse Onboarding Clearance · ⟦H|Yuma Regional Medical Center⟧ · agency ⟦O|Aya Healthcare⟧ · ⟦D|03/14/2099⟧
Clinician: ⟦N|Makoa Kealamakia⟧, RN · DOB ⟦D|08/08/1990⟧ · AZ license ⟦I|RN304471⟧ · 13-week ICU assignment starting ⟦D|3/16⟧
Titers (⟦O|Sonora Quest⟧, ⟦D|2/20/2099⟧): MMR immune, varicella immune, HBsAb 84. QuantiFERON negative. Tdap ⟦D|2094⟧. Flu vaccine declined (masking).
N95 fit test (model 1870+, ⟦O|3M⟧) passed, by ⟦N|Gilberto Ochoa⟧. Drug screen at ⟦O|Concentra⟧ ⟦C|Yuma⟧, CCF ⟦I|F4471822⟧, MRO Dr. ⟦N|Paul Ferrante⟧ negative ⟦D|3/11⟧.
Recruiter ⟦N|Brianna Castaneda⟧ ⟦P|858-555-0166⟧, ⟦E|bcastaneda@ayahealthcare.example⟧; badge ⟦I|YR-T-44718⟧; Epic access ⟦UN|mkealamakia⟧ set up by ⟦N|Sandra Lujan⟧.
Emergency contact: mother ⟦N|Leilani Kealamakia⟧, ⟦C|Hilo⟧, ⟦STATE|HI⟧, ⟦P|808-555-0183⟧. Housing ⟦S|2150 S 4th Ave⟧ #112, ⟦C|Yuma⟧ ⟦Z|85364⟧.
Onboarding packet: ⟦U|https://onboard.yrmc.example/c/447182⟧
`);

note("telephone-consent-two-witness", `
Telephone Consent for Surgery — two-witness attestation · ⟦H|Tampa General Hospital⟧ · ⟦D|3/14/2099⟧ 02:35
Patient: ⟦N|Mbatha, Sipho⟧ · MRN ⟦M|TGH-4471820⟧ · intubated, no capacity · exploratory laparotomy (Dr. ⟦N|Carolina Bustamante-Roy⟧, trauma surgery)
Surrogate: brother ⟦N|Themba Mbatha⟧, reached in ⟦C|Durban⟧, ⟦COUNTRY|South Africa⟧, at ⟦P|+27 31 555 0147⟧, through an isiZulu interpreter (⟦O|LanguageLine⟧ ID ⟦I|IZ-20447⟧).
Wife ⟦N|Nokuthula⟧ unreachable (travelling); employer contact ⟦N|Derek Vance⟧ of ⟦O|SSA Marine⟧ gave the brother's number.
Risks, benefits and alternatives explained by Dr. ⟦N|Bustamante-Roy⟧; the surrogate consents. Witness 1: ⟦N|Kendra Oyelaran⟧, RN; witness 2: ⟦N|Luis Ocasio⟧, RN (both on speaker).
Surrogate order per Florida statute 765.401 checked. Written consent to follow by e-mail (⟦E|themba.mbatha@mail.example⟧); passport ⟦I|A04471822⟧ noted for a visa letter by ⟦N|Gwen Halpern⟧ (international services, ⟦P|813-555-0140⟧).
`);

write();
