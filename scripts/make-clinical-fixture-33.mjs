// Why this file exists: builds test/fixtures/clinical-notes-33.jsonl, a thirty-third labelled set of clinical notes
// written by hand in stop 45 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixtures 30-32's generators and test file, fixture-io.mjs and the note ids of
// fixtures 1-32 were read for the form, the labels and the report types already held), with the PHI density of the
// i2b2 de-identification notes, in report types and layouts fixtures 1-32 hold least: a transesophageal echo with
// cardioversion, a urodynamics study, a central line procedure note, a respiratory therapy ventilator liberation log,
// a parenteral nutrition order verification, a diet office tray ticket print (its rows made by a seeded RNG), a
// patient transport dispatch log, a kidney biopsy procedure note, a radiosurgery treatment summary, a carotid duplex
// report, an LVAD clinic note, a controlled substance count sheet, a semen analysis, a paracentesis note, an
// arthroplasty implant record and an itemized hospital statement (16 in ALL CAPS); a patient-entered pre-visit
// questionnaire, an appointment text-reminder reply log, a patient's typed home medication list and a unit clerk's
// call-back list (4 in lower case); a TMS treatment log, an esketamine REMS monitoring record, an intrathecal pump
// refill, a deep brain stimulator programming visit, a CGM download report, a wearable defibrillator enrollment, a
// capsule endoscopy report, an ERCP report, a growth hormone stimulation test, a frenotomy consent note, a C-SSRS
// screen, a virtual sitter log, a goals-of-care conversation, a patient relations compliment letter, a photography
// and media consent, a cranial prosthesis letter, a rideshare discharge trip log, a reasonable accommodation letter
// to a landlord, a two-physician incapacity certification and a hospital adoption plan.
// Regions (towns invented or real, states and countries real): Sacramento, the Mississippi Gulf Coast, Cleveland,
// Anchorage, the Upper Peninsula, Pittsburgh, Honolulu, Charleston (West Virginia), El Paso, Minneapolis, Savannah,
// Milwaukee, Tulsa, Bismarck, Providence, Boise, Little Rock, the Navajo Nation, Burlington (Vermont), Fresno,
// Madison, Chattanooga, Pensacola, Rochester, Dayton, Des Moines, Reno, Birmingham, Portland (Oregon), Toledo,
// Wilmington, Lubbock, Duluth, Lexington, Hartford, Sioux Falls, Santa Fe, Baltimore, Manila, Lagos.
// PHI forms sought: names with particles ("VAN DER MEULEN", "de la Garza", "bin Hamdan", "Mac an tSaoir"),
// apostrophes ("O'Shaughnessy", "D'Agostino", "N'Diaye"), hyphens, initials-only staff ("JQR"), "LAST,FIRST" without a
// space, names after roles ("FLOOR RN", "TRANSPORTER", "DRIVER", "RUNNER", "SITTER"), relatives by first name only,
// signatures with credentials after commas ("MSN, APRN, FNP-BC"); dates as "22-APR-2099", "2099-04-22", "APR 22 99",
// "22.04.2099", "04/22", "April 22nd", "the 22nd of April, 2099", "4.22.99", "Q2 2099"-free ranges ("4/20-4/22");
// ages over 89 as "92YO", "AGE: 97Y", "(101 Y/O)", "ninety-three"-free digit forms, "93 yo"; MRNs with letters and
// check digits, CSNs, FINs, accession, order, requisition, dispense, case, claim, ticket and trip numbers, REMS ids,
// NPI, DEA, licences, device serials, lots and UDI, member and group numbers, usernames, IPs and URLs.
// Hard negatives: drugs and devices (Spravato, HeartMate 3, LifeVest, PillCam SB3, Dexcom G7, Percept PC, SynchroMed
// II, NeuroStar, Kabiven, Omegaven, Gamma Knife Icon, Triathlon, Sonicare), scores and scales (C-SSRS, PHQ-9, MADRS,
// UPDRS, INR, MELD, NYHA), codes (CPT 51728, J1170, Z51.5), languages (Tagalog, Yoruba, Marshallese, Tigrinya),
// public programmes (Medicare, Medicaid, SNAP, WIC).
// Labelling follows fixtures 29-32 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians' and witnesses' initials are PHI; titles, ranks, degrees and cue words stay outside
// the name; "the" stays outside a facility; room, bed, box and bay codes, apartment numbers and departments are left
// unlabelled; protocol, store, load, payer, lot-of-drug and storage numbers are left unlabelled; nursing homes,
// clinics with a place name, IHS facilities are HOSPITAL; companies, insurers, schools, churches, pharmacies,
// agencies, courts, tribes, makers, practice groups and carriers are ORGANIZATION; counties, neighbourhoods, landmarks
// and parks are LOCATION-OTHER; MRNs and charts are MRN; member, group, MBI, Medicaid and policy numbers HEALTHPLAN;
// case, claim, accession, order, licence, badge, NPI, DEA, trip and ticket numbers ID; user ids USERNAME; serials,
// lots and UDIs of devices and implants DEVICE; extensions and pagers PHONE; drug, device, test, score and eponym
// names and public programmes are no PHI.
// Every person, town, street, organisation, facility and number is invented here (states, countries and large cities
// are real, as are a few large hospitals, agencies and companies named as referral places or employers); nothing is
// copied from any corpus. Inline marks ⟦CODE|text⟧ as in fixtures 3-32 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-33.mjs [out.jsonl].
import { markedFixture, seededPicks } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-33.jsonl", "make-clinical-fixture-33");

// ---- seeded RNG (mulberry32, bench/corpus.mjs's): the diet office's tray ticket rows ----
const { rnd, pick, digits } = seededPicks(3333);
/** A cell padded to `w` visible characters (the marks take no width, so the columns stand under their headers). */
const visible = (s) => s.replace(/⟦[A-Z]+\|/g, "").replace(/⟧/g, "");
const cell = (s, w) => s + " ".repeat(Math.max(1, w - visible(s).length));
const TRAY_ROOMS = ["612A", "612B", "614", "617", "619A", "621", "623B", "625"];
const TRAY_PATIENTS = [
  "VAN DER MEULEN, HENDRIKA", "ABERNATHY-CHO, ROLAND", "N'DIAYE, FATOU", "MCALLISTER, GRACE ANN",
  "DE LA GARZA, EUSEBIO", "TRAN, BICH NGOC", "O'SHAUGHNESSY, DERMOT", "KAUR, JASPREET",
];
const TRAY_AGES = [34, 47, 61, 72, 79, 90, 93, 97, 56, 88, 101, 28];
const TRAY_DIETS = ["CARB CONS 60G", "RENAL 2G NA", "PUREE/NECTAR", "CLEAR LIQ", "NPO AFTER MN", "REGULAR", "CARDIAC", "MECH SOFT", "LOW FIBER"];
const TRAY_ALLERGY = ["NKFA", "SHELLFISH", "PEANUT", "GLUTEN", "LACTOSE", "EGG", "NKFA", "SOY"];
function trayRows() {
  const rows = [];
  for (let i = 0; i < 8; i++) {
    const age = pick(TRAY_AGES);
    rows.push(
      cell(TRAY_ROOMS[i], 7) + cell(`⟦N|${TRAY_PATIENTS[i]}⟧`, 28) + cell(`⟦M|K${digits(8)}⟧`, 11) +
        cell(age >= 90 ? `⟦A|${age}⟧` : `${age}`, 5) + cell(pick(TRAY_DIETS), 15) + cell(TRAY_ALLERGY[i], 11) +
        cell(`${1 + Math.floor(rnd() * 3)}`, 3) + (rnd() < 0.3 ? "LATE TRAY" : "-"),
    );
  }
  return rows.join("\n");
}

// ======================================================== ALL CAPS (16) ========================================================

note("tee-cardioversion-caps", `
TRANSESOPHAGEAL ECHOCARDIOGRAM WITH DC CARDIOVERSION     ⟦H|UC DAVIS MEDICAL CENTER⟧, ⟦C|SACRAMENTO⟧     STUDY DATE: ⟦D|22-APR-2099⟧     ACC# ⟦I|ECH99-112047⟧
PATIENT: ⟦N|MADRIGAL-OYELARAN, TERESITA⟧     MRN: ⟦M|UCD-00884129-3⟧     CSN: ⟦I|7100482231⟧     DOB: ⟦D|1951-09-30⟧     HT 157 CM  WT 71 KG
REFERRING: ⟦N|GRADY PELLETIER⟧, MD (⟦O|SUTTER MEDICAL GROUP⟧, ⟦C|ROSEVILLE⟧)     PERFORMING: ⟦N|AMARA OKONJO-WHITLEY⟧, MD, FASE     SONOGRAPHER: ⟦N|LJ VOSS⟧, RDCS
SEDATION: PROPOFOL BY ⟦N|DESMOND ACHTERBERG⟧, CRNA; ANESTHESIOLOGIST DR. ⟦N|PRIYA NANDAKUMAR⟧. PROBE X8-2T SN ⟦DEV|X82T-0049917⟧ (HLD CYCLE LOGGED BY ⟦N|KMR⟧).
FINDINGS: LAA VELOCITY 0.31 M/S, NO THROMBUS. LVEF 45-50%. MILD MR. GRADE II ATHEROMA DESC AORTA.
CARDIOVERSION: 200 J SYNCHRONIZED X1 - SINUS 68. PADS ANTERO-POSTERIOR. ELIQUIS CONTINUED, NO MISSED DOSES SINCE ⟦D|03/29/99⟧ PER PT AND HUSBAND ⟦N|OLUWASEUN⟧.
DISCHARGED 1415 TO HUSBAND, ⟦S|8813 SUNRISE VISTA DR⟧, ⟦C|FAIR OAKS⟧ ⟦Z|95628⟧, CELL ⟦P|916-555-0148⟧. EP FOLLOW-UP DR. ⟦N|BARTHOLOMEW IKEDA-SOLIS⟧ ⟦D|05/06/2099⟧.
ELECTRONICALLY SIGNED ⟦N|A. OKONJO-WHITLEY⟧, MD ⟦D|04/22/2099⟧ 1502
ADDENDUM ⟦D|04/23/2099⟧: PT CALLED ⟦P|916-555-0149⟧ RE SORE THROAT - ADVISED BY ⟦N|GLORIA ESTRADA-KIM⟧, RN. IMAGES ON ⟦O|PHILIPS⟧ INTELLISPACE SERVER ⟦IP|10.44.71.82⟧ (STUDY UID ON FILE).
`);

note("urodynamics-study-caps", `
MULTICHANNEL URODYNAMIC STUDY (CPT 51728, 51741, 51797)     ⟦H|MEMORIAL HOSPITAL AT GULFPORT⟧ UROLOGY LAB     ⟦D|APR 22 99⟧
NAME: ⟦N|THIBODEAUX,CLAUDETTE⟧     MR# ⟦M|MHG447820⟧     AGE: ⟦A|91⟧Y     SEX F     REF: DR. ⟦N|RAMESH VENKATARAMAN⟧ (⟦O|COASTAL UROLOGY ASSOCIATES⟧)
INDICATION: MIXED INCONTINENCE, RECURRENT UTI. PVR 140 ML. CATHETER 7 FR DUAL LUMEN LOT ⟦DEV|8847Q⟧ (DRUG-FREE).
FILLING: FIRST SENSATION 96 ML, CAPACITY 388 ML, DETRUSOR OVERACTIVITY AT 210 ML WITH LEAK. VLPP 88 CM H2O.
VOIDING: QMAX 9 ML/S, PDET@QMAX 18. EMG QUIET. IMPRESSION: DO WITH IMPAIRED CONTRACTILITY.
PERFORMED BY ⟦N|LATRICE BOUDREAU-NGUYEN⟧, RN, CURN; INTERPRETED BY ⟦N|R. VENKATARAMAN⟧, MD. UDS SYSTEM ⟦O|LABORIE⟧ GOBY SN ⟦DEV|GB-2207781⟧.
DAUGHTER ⟦N|MONIQUE THIBODEAUX-RAINES⟧ (POA) PRESENT, CONSENT ON FILE. LIVES ⟦S|1402 BEATLINE RD⟧, ⟦C|LONG BEACH⟧, ⟦STATE|MS⟧ ⟦Z|39560⟧. HOME PHONE ⟦P|(228) 555-0117⟧.
COPY TO PCP DR. ⟦N|ELOISE FAIRCLOTH⟧ FAX ⟦F|228-555-0190⟧. RETURN ⟦D|5/13⟧ FOR BOTOX DISCUSSION.
MEDICARE ⟦HP|3KD8-WR2-PT66⟧; SUPPLEMENT ⟦O|MUTUAL OF OMAHA⟧ ⟦HP|MO-44718203⟧. TRANSPORT BY ⟦O|GULF COAST CARE CAB⟧ (DRIVER ⟦N|ELDRIDGE PICKENS⟧), PICKUP 1330 FROM ⟦H|DEDEAUX HEALTH & REHAB⟧.
`);

note("central-line-procedure-caps", `
PROCEDURE NOTE: CENTRAL VENOUS CATHETER INSERTION     ⟦H|CLEVELAND CLINIC⟧ MICU G-64     ⟦D|04/22/2099⟧ 0312
PT: ⟦N|KOVAČEVIĆ, DRAGAN⟧     MRN ⟦M|CC-71004482⟧     FIN ⟦I|990112044719⟧     ATTENDING DR. ⟦N|SIOBHAN MCGILLICUDDY⟧
OPERATOR: ⟦N|TAREK EL-HUSSEINI⟧, MD (PGY-2), SUPERVISED BY DR. ⟦N|MCGILLICUDDY⟧. TIME-OUT 0305 WITH ⟦N|BREANNA KUHLMAN⟧, RN.
SITE R IJ, US GUIDED (SONOSITE SN ⟦DEV|03PC8H4419⟧). TRIPLE LUMEN 7 FR 16 CM, ⟦O|ARROW⟧ KIT LOT ⟦DEV|13F99C0447⟧. 1 PASS. FULL BARRIER. CHG PREP.
CXR ⟦I|RAD-99-4471820⟧ READ BY DR. ⟦N|WEN-LI CHOU⟧: TIP AT CAVOATRIAL JUNCTION, NO PTX.
CONSENT: PATIENT INTUBATED; WIFE ⟦N|JASMINA KOVAČEVIĆ⟧ BY PHONE ⟦P|216-555-0133⟧, WITNESSED BY ⟦N|B. KUHLMAN⟧. SERBIAN INTERPRETER ⟦N|MILOŠ PETROVIĆ⟧ ID ⟦I|CYR-5521⟧.
PATIENT WORKS AS A ⟦PROF|WELDER⟧ AT ⟦O|LINCOLN ELECTRIC⟧ (⟦C|EUCLID⟧). LINE DAY 1 ⟦D|4/22⟧. NOTE BY ⟦N|TEH⟧/⟦N|SM⟧.
LINE CART RESTOCKED BY ⟦N|ODALYS REYES-FINCH⟧, NA. CLABSI BUNDLE CHECKLIST ⟦I|CLB-99-0422-17⟧ ENTERED BY ⟦N|B. KUHLMAN⟧ ⟦D|APR 22, 2099⟧ 0330.
`);

note("vent-liberation-rt-caps", `
RESPIRATORY THERAPY - VENTILATOR LIBERATION LOG     ⟦H|PROVIDENCE ALASKA MEDICAL CENTER⟧, ⟦C|ANCHORAGE⟧     ICU 2     WEEK OF ⟦D|04/19/2099⟧
PATIENT: ⟦N|AKEYA, WALTER NANUQ⟧   MRN ⟦M|PAMC4471192⟧   ⟦A|93⟧YO M   ETT 7.5 @ 23 CM   VENT PB980 SN ⟦DEV|35B1402277⟧
DATE        SAT  SBT (PS 5/PEEP 5)   RSBI  RESULT              RT
⟦D|04/19⟧       PASS FAIL 0850        124   TACHYPNEA            ⟦N|D. OKPARA⟧
⟦D|04/20⟧       PASS FAIL 0910        109   DESAT 86%            ⟦N|D. OKPARA⟧
⟦D|04/21⟧       PASS PASS 0830        71    EXTUBATED 1045 HFNC  ⟦N|SVETLANA ORLOVA-KING⟧
⟦D|04/22⟧       --   --               --    HFNC 40L/40% -> 4L NC ⟦N|MARCUS TWOHEARTS⟧
FAMILY: GRANDDAUGHTER ⟦N|AGNES AKEYA-LORD⟧ FLEW IN FROM ⟦C|BETHEL⟧ VIA ⟦O|RAVN ALASKA⟧; STAYING AT ⟦O|PROVIDENCE HOUSE⟧ (⟦P|907-555-0162⟧).
TRIBAL HEALTH: ⟦O|YUKON-KUSKOKWIM HEALTH CORPORATION⟧ CASE MGR ⟦N|ROSALIE KASAYULIE⟧ ⟦P|907-555-0139⟧ EXT ⟦P|2214⟧. RT SUPERVISOR ⟦N|BJORN AASLAND⟧, RRT-ACCS.
DOB ⟦D|07/04/2005⟧. PCP DR. ⟦N|EVELYN OSKOLKOFF⟧, ⟦H|ALASKA NATIVE MEDICAL CENTER⟧ ⟦P|907-555-0140⟧. NOTE ⟦N|SOK⟧ ⟦D|4/22/99⟧.
`);

note("tpn-order-verification-caps", `
PARENTERAL NUTRITION ORDER - PHARMACIST VERIFICATION     ⟦H|UP HEALTH SYSTEM - MARQUETTE⟧     ORDER # ⟦I|PN-0422-0047⟧     ⟦D|4.22.99⟧
PT ⟦N|LAHTINEN, ESKO ARVID⟧  MRN ⟦M|MQT-00447182⟧  ⟦A|90⟧ Y/O  WT 62 KG (DOSING)  CVC R PICC PLACED ⟦D|04/18/2099⟧ BY ⟦N|HEIDI SAARINEN⟧, RN, VA-BC
FORMULA: DEXTROSE 180 G, AMINO ACIDS 75 G, LIPID (OMEGAVEN) 31 G, NA 80, K 50, PHOS 20, MG 12, CA 10, MVI, TE, 1,650 ML OVER 24 H.
LABS ⟦D|4/22⟧: TG 188, PHOS 2.1 (REFEEDING RISK - ADVANCE SLOWLY). DIETITIAN ⟦N|KAARINA NIEMI-BRANDT⟧, RD, CNSC REC 25 KCAL/KG.
ORDERED BY DR. ⟦N|JOSIAH WHITEFEATHER⟧ (SURGERY); VERIFIED ⟦N|GRETCHEN VAN HAITSMA⟧, PHARMD, BCNSP; COMPOUNDED BY ⟦N|TJ⟧ (TECH) ON EM2400 SN ⟦DEV|EM24-88104⟧.
HOME TPN PLAN: ⟦O|OPTION CARE HEALTH⟧ (⟦C|GREEN BAY⟧) INTAKE ⟦N|MARISSA DUCHARME⟧ ⟦P|920-555-0186⟧, FAX ⟦F|920-555-0187⟧; INSURANCE ⟦O|PRIORITY HEALTH⟧ ID ⟦HP|PH80044718201⟧.
SON ⟦N|MATTI LAHTINEN⟧, ⟦S|N4471 US HIGHWAY 41⟧, ⟦C|NEGAUNEE⟧, ⟦STATE|MI⟧ ⟦Z|49866⟧, WILL LEARN PUMP (CADD-PRIZM).
CYCLE TO 12 H BY ⟦D|4/25⟧ PER ⟦N|GVH⟧. LAB DRAWS AT HOME BY ⟦O|UP HOME HEALTH & HOSPICE⟧ NURSE ⟦N|PAIVI KORHONEN⟧, RN ⟦P|906-555-0171⟧.
`);

note("diet-tray-tickets-caps", `
FOOD & NUTRITION SERVICES - TRAY TICKET PRINT     ⟦H|UPMC SHADYSIDE⟧ 6 WEST     LUNCH ⟦D|04/22/2099⟧     PRINTED BY ⟦UN|FNS\\DKOWALSKI⟧
ROOM   PATIENT                     MRN        AGE  DIET           ALLERGY    # NOTE
${trayRows()}
SUBSTITUTIONS CALLED BY DIET CLERK ⟦N|DOROTA KOWALSKI⟧ TO ⟦N|REGGIE⟧ (TRAYLINE) 1105. DIET TECH ⟦N|ANJALI RAO-PETERSEN⟧, NDTR REVIEWED KOSHER REQUEST FOR 617
(RABBI ⟦N|SHMUEL FEINGOLD⟧ OF ⟦O|CHABAD OF SQUIRREL HILL⟧ BRINGING MEALS FROM ⟦O|PINSKER'S⟧). CLINICAL DIETITIAN ON CALL ⟦N|LUCY HAWTHORNE⟧, RD PAGER ⟦P|412-555-0150⟧.
ROOM 621 FAMILY (DAUGHTER ⟦N|VALERIA DE LA GARZA-PIKE⟧ ⟦P|412-555-0163⟧) ASKED FOR MEXICAN MENU - SENT ⟦D|4/22⟧. TICKETS SCANNED TO ⟦U|HTTPS://CBORD.UPMC.EXAMPLE/TRAY/6W⟧.
`);

note("transport-dispatch-log-caps", `
PATIENT TRANSPORT DISPATCH LOG (TELETRACKING EXPORT)     ⟦H|QUEEN'S MEDICAL CENTER⟧, ⟦C|HONOLULU⟧     ⟦DAY|WEDNESDAY⟧ ⟦D|22 APR 2099⟧
JOB #       REQ  FROM      TO           PATIENT                    MODE   TRANSPORTER         DONE
⟦I|T0422-0117⟧  0702 ED-14     CT 2         ⟦N|KEALOHA, MALIA⟧              STR    ⟦N|KAIMANA PUAHALA⟧     0719
⟦I|T0422-0121⟧  0710 4 EWA 12  DIALYSIS     ⟦N|SANTOS-DELA CRUZ, ROMEO⟧     BED    ⟦N|JUNIOR FAIGA⟧        0741
⟦I|T0422-0133⟧  0735 POB 1     NUC MED      ⟦N|NAKAMURA, HIDEO⟧ (⟦A|96⟧)        W/C    ⟦N|KAIMANA PUAHALA⟧     0752
⟦I|T0422-0140⟧  0748 IR        5 DIAMOND 8  ⟦N|TUILAGI, FA'AMOANA⟧          BED    ⟦N|ROWENA BAUTISTA⟧     0820 DELAYED - ISOLATION CART
⟦I|T0422-0152⟧  0802 L&D       NICU         ⟦N|BABY GIRL KAHANANUI⟧         ISOLETTE ⟦N|R. BAUTISTA⟧ + RN ⟦N|LEIMOMI⟧  0810
ESCALATION 0820: ⟦N|TUILAGI⟧ WAITED 32 MIN; DISPATCHER ⟦N|CHAD NISHIMOTO⟧ CALLED LEAD ⟦N|VAIPUNA MOALA⟧ EXT ⟦P|6-4410⟧. FAMILY (WIFE ⟦N|SIOSAIA⟧) COMPLAINED TO
PATIENT RELATIONS ⟦N|LORI-ANN KAMAKAU⟧ ⟦P|808-555-0128⟧. EQUIPMENT: W/C ⟦DEV|WC-QMC-0447⟧ REPORTED BROKEN BRAKE TO BIOMED ⟦D|4/22⟧.
FOLLOW-UP ⟦D|4/23/2099⟧: ⟦N|TUILAGI⟧ DISCHARGED TO ⟦H|HALE MAKUA KAHULUI⟧; ESCORT ⟦N|JUNIOR FAIGA⟧ (EMP ⟦I|Q-44718⟧). DISPATCH PC ⟦IP|172.16.44.71⟧.
`);

note("kidney-biopsy-caps", `
PROCEDURE: US-GUIDED PERCUTANEOUS NATIVE KIDNEY BIOPSY     ⟦H|CHARLESTON AREA MEDICAL CENTER GENERAL HOSPITAL⟧     ⟦D|APRIL 22, 2099⟧
PATIENT ⟦N|MCCOY-HATFIELD, ORVILLE DEAN⟧   MRN ⟦M|CAMC 448 1920⟧   DOB ⟦D|12 JAN 1968⟧   REF DR. ⟦N|NASREEN QURESHI⟧ (NEPHROLOGY)
INDICATION: NEPHROTIC RANGE PROTEINURIA 6.2 G, CR 1.9, PLA2R NEG. INR 1.0, PLT 212. DDAVP 0.3 MCG/KG GIVEN (BUN 61).
BIOPSY BY ⟦N|GUSTAVO ECHEVERRÍA-LUND⟧, MD (IR); 16 G X 3 CORES LEFT LOWER POLE; ADEQUACY CONFIRMED ON SITE BY ⟦N|KYRA DEWBERRY⟧, HTL (ASCP).
SPECIMENS TO ⟦O|ARKANA LABORATORIES⟧, ⟦C|LITTLE ROCK⟧ (REQ ⟦I|ARK-99-0447182⟧, ⟦O|FEDEX⟧ ⟦I|7781 4471 8820⟧) FOR LM/IF/EM.
POST: 4 H BED REST, HGB 12.1 -> 11.8. NO GROSS HEMATURIA. DISCHARGED WITH WIFE ⟦N|BRENDA⟧ TO ⟦S|RR 3 BOX 227⟧, ⟦C|WILLIAMSON⟧, ⟦STATE|WV⟧ ⟦Z|25661⟧.
PATIENT IS A RETIRED ⟦PROF|COAL MINER⟧ (⟦O|ALPHA NATURAL RESOURCES⟧). UMWA FUND CARD ⟦HP|UMW4471820⟧. CALL ⟦P|304-555-0176⟧ (HOME) IF BLEEDING.
PATHOLOGY RESULT ⟦D|4/29/99⟧: MEMBRANOUS NEPHROPATHY (DR. ⟦N|YUSUF HADDAD⟧, ⟦O|ARKANA⟧). CLINIC F/U DR. ⟦N|QURESHI⟧ ⟦D|MAY 4⟧, ⟦H|CAMC TEAYS VALLEY HOSPITAL⟧.
`);

note("radiosurgery-summary-caps", `
STEREOTACTIC RADIOSURGERY TREATMENT SUMMARY - GAMMA KNIFE ICON     ⟦H|UNIVERSITY MEDICAL CENTER OF EL PASO⟧     TX DATE ⟦D|2099-04-22⟧
PATIENT: ⟦N|ZUBIATE DE LA ROSA, HERMELINDA⟧   MRN: ⟦M|UMC-E0447182⟧   AGE: 64   PLAN ID ⟦I|GK-99-0318⟧   FRAMELESS MASK ⟦DEV|MSK-44718⟧
DX: 3 BRAIN METASTASES (NSCLC, EGFR+). TARGETS: L FRONTAL 1.2 CC 20 GY @ 50%; R CEREBELLAR 0.4 CC 22 GY; L PARIETAL 0.2 CC 22 GY.
TEAM: NEUROSURGEON DR. ⟦N|ALEJANDRO VILLARREAL-STEIN⟧; RADIATION ONCOLOGIST DR. ⟦N|HYE-JIN SOHN⟧; PHYSICIST ⟦N|PATRICK O'DOHERTY⟧, PHD, DABR (QA ⟦D|4/21⟧).
CBCT SHIFT 0.4 MM. BEAM-ON 38 MIN. NO COMPLICATIONS. DEXAMETHASONE 4 MG X1. MRI FOLLOW-UP ⟦D|07/20/2099⟧ AT ⟦H|LAS PALMAS MEDICAL CENTER⟧.
ONCOLOGIST DR. ⟦N|FARHAN MALIK⟧, ⟦O|TEXAS ONCOLOGY⟧ (⟦C|EL PASO⟧ GATEWAY), FAX ⟦F|915-555-0144⟧.
HUSBAND ⟦N|ROGELIO DE LA ROSA⟧ DRIVES FROM ⟦C|CIUDAD JUÁREZ⟧, ⟦COUNTRY|MEXICO⟧ (BORDER CROSSING CARD ⟦I|04471820⟧). PHONE ⟦P|+52 656 555 0107⟧.
TREATMENT SIGNED ⟦N|HJS⟧/⟦N|AVS⟧/⟦N|POD⟧ ⟦D|04/22/99⟧. DAUGHTER ⟦N|XIMENA DE LA ROSA ZUBIATE⟧ ⟦E|XIMENA.DLR@MAIL.EXAMPLE⟧ REQUESTED COPIES.
`);

note("carotid-duplex-caps", `
VASCULAR LABORATORY - BILATERAL CAROTID DUPLEX ULTRASOUND     ⟦H|FAIRVIEW SOUTHDALE HOSPITAL⟧, ⟦C|EDINA⟧     ⟦D|04/22/2099⟧
PT: ⟦N|GUNDERSEN-AHMED, LEIF⟧    MRN ⟦M|FV0044718203⟧    ACC ⟦I|VL99042218⟧    DOB ⟦D|03/03/1956⟧    ORDERING ⟦N|KATHRYN SOLBERG⟧, CNP
HX: L AMAUROSIS FUGAX ⟦D|4/20⟧. CURRENT SMOKER.
RIGHT ICA PSV 98, EDV 24, ICA/CCA 1.4: <50%.  LEFT ICA PSV 312, EDV 118, ICA/CCA 4.6: 80-99% STENOSIS. VERTEBRALS ANTEGRADE.
SONOGRAPHER ⟦N|TOU XIONG-LEE⟧, RVT     INTERPRETING ⟦N|ABIMBOLA ADEDEJI⟧, MD, RPVI     CRITICAL RESULT CALLED TO ⟦N|SOLBERG⟧ 1122, READ BACK.
VASCULAR SURGERY CONSULT PLACED TO DR. ⟦N|HÅKON REINERTSEN⟧ ⟦P|612-555-0171⟧; CEA DISCUSSED ⟦D|APR 23⟧.
EMPLOYER: ⟦O|TARGET CORPORATION⟧ (STORE T-1187). WIFE ⟦N|SAMIRA⟧ AT ⟦S|6720 FRANCE AVE S⟧ #412, ⟦C|EDINA⟧ ⟦Z|55435⟧. MEMBER ⟦O|HEALTHPARTNERS⟧ ⟦HP|HP004471820⟧.
PRIOR STUDY ⟦D|11/14/2097⟧ AT ⟦H|NORTH MEMORIAL HEALTH HOSPITAL⟧ (ACC ⟦I|NM-VL-97-0447⟧): L ICA 50-69%. FINAL ⟦D|04/22/2099⟧ 1140 ⟦N|AA⟧.
`);

note("lvad-clinic-caps", `
MECHANICAL CIRCULATORY SUPPORT CLINIC - LVAD FOLLOW-UP     ⟦H|MEMORIAL HEALTH UNIVERSITY MEDICAL CENTER⟧, ⟦C|SAVANNAH⟧     ⟦D|04-22-2099⟧
PT: ⟦N|BAPTISTE-OKAFOR, LUCIEN⟧   MRN ⟦M|MHU7718204⟧   HEARTMATE 3 SN ⟦DEV|MLP-447182⟧ IMPLANTED ⟦D|11/09/2097⟧ (DT)   CONTROLLER SN ⟦DEV|CTL-9904471⟧
SPEED 5400, FLOW 4.6, PI 3.4, POWER 4.2. NO PI EVENTS. DRIVELINE EXIT SITE CLEAN (PHOTO UPLOADED BY ⟦N|ZORA MBEKI⟧, RN, VAD COORDINATOR).
INR 2.4 (GOAL 2-2.5) - MANAGED BY ⟦O|ST. JOSEPH'S/CANDLER⟧ ANTICOAG CLINIC, ⟦N|FAYE RUTHERFORD⟧, PHARMD. NYHA II.
CAREGIVER: SISTER ⟦N|MARIE-CLAIRE BAPTISTE⟧, TRAINED ⟦D|10/2097⟧; BACKUP ⟦N|JEAN-ROBERT⟧ (NEPHEW). POWER COMPANY ⟦O|GEORGIA POWER⟧ PRIORITY LIST ACCOUNT ⟦I|GP-44718-2204⟧.
HOME ⟦S|219 E 37TH ST⟧, ⟦C|SAVANNAH⟧, ⟦STATE|GA⟧ ⟦Z|31401⟧. EMS NOTIFIED OF VAD: ⟦O|CHATHAM EMERGENCY SERVICES⟧.
SEEN WITH DR. ⟦N|OMOTAYO BELLAMY-STRAUSS⟧ (HF) AND DR. ⟦N|VIKRAM SESHADRI⟧ (CT SURGERY). RTC 6 WK. DICTATED ⟦N|OBS⟧/⟦N|ZM⟧.
DOB ⟦D|08-30-1958⟧. PT FORMER ⟦PROF|LONGSHOREMAN⟧, ⟦O|GEORGIA PORTS AUTHORITY⟧. DEVICE ALERTS EMAILED TO ⟦E|VAD.TEAM@MEMORIALHEALTH.EXAMPLE⟧; 24 H VAD PAGER ⟦P|912-555-0100⟧.
`);

note("controlled-substance-count-caps", `
CONTROLLED SUBSTANCE SHIFT COUNT / WASTE RECORD     ⟦H|FROEDTERT HOSPITAL⟧ 8NT (⟦C|MILWAUKEE⟧)     PYXIS ES STATION ⟦DEV|8NT-MED-02⟧     ⟦D|04/22/99⟧ 1900
DRUG / STRENGTH            EXPECTED  COUNTED  OFF BY         WASTE (PT, AMOUNT)                                   WITNESS
HYDROMORPHONE 1 MG/ML      14        14       ⟦N|KEHL⟧/⟦N|BRZEZINSKI⟧  ⟦N|WOJCIK, STANISLAW⟧ 0.5 MG                               ⟦N|A. BRZEZINSKI⟧, RN
OXYCODONE 5 MG TAB         40        39       ⟦N|KEHL⟧/⟦N|BRZEZINSKI⟧  DISCREPANCY - RESOLVED 1948 (⟦N|MCGRATH, ELEANOR⟧ DOSE DOCUMENTED LATE)
FENTANYL 100 MCG/2 ML      10        10       ⟦N|KEHL⟧/⟦N|BRZEZINSKI⟧  ⟦N|HOLLOWAY-DIOP, AWA⟧ 50 MCG                             ⟦N|D. OYELARAN⟧, RN
LORAZEPAM 2 MG/ML          6         6        ⟦N|KEHL⟧/⟦N|BRZEZINSKI⟧  -                                                   -
OFF-GOING ⟦N|HANNAH KEHL⟧, RN (BADGE ⟦I|F-20447⟧); ON-COMING ⟦N|AGNIESZKA BRZEZINSKI⟧, RN (BADGE ⟦I|F-18802⟧). PHARMACY ⟦N|RYAN TSCHIDA⟧, PHARMD NOTIFIED 1930.
DISCREPANCY REPORT ⟦I|CSD-99-0422-08⟧; MANAGER ⟦N|DEIRDRE MAC AN TSAOIR⟧ ⟦P|414-555-0122⟧. DEA REG ⟦I|AF4471820⟧ (HOSPITAL).
PYXIS REPORT PULLED BY ⟦UN|FROEDTERT\\RTSCHIDA⟧ ⟦D|04/22/2099⟧ 2010; REVIEWED BY DIVERSION RN ⟦N|LEILANI BRAUN-OKAFOR⟧ ⟦D|04/23/2099⟧.
`);

note("semen-analysis-caps", `
ANDROLOGY LABORATORY - SEMEN ANALYSIS (WHO 6TH ED.)     ⟦O|OKLAHOMA FERTILITY CENTER⟧ / ⟦H|SAINT FRANCIS HOSPITAL⟧, ⟦C|TULSA⟧     SPECIMEN ⟦I|AND-99-0447⟧
PATIENT: ⟦N|REDCORN, JOSHUA TALL BULL⟧   DOB ⟦D|06/14/1990⟧   CHART ⟦M|OFC-20447⟧   PARTNER: ⟦N|REDCORN, ASHLEY⟧ (NÉE ⟦N|WHITEBIRD⟧) CHART ⟦M|OFC-20448⟧
COLLECTED ⟦D|04/22/2099⟧ 0815 (HOME, ARRIVED 0850), ABSTINENCE 3 D. TRIBAL ID (⟦O|OSAGE NATION⟧) ⟦I|4471-A⟧ VERIFIED BY ⟦N|CHEYENNE BIGHORSE⟧ (FRONT DESK).
VOLUME 2.8 ML, PH 7.8, CONCENTRATION 11 M/ML, TOTAL MOTILITY 31%, PROGRESSIVE 22%, NORMAL FORMS 2% (STRICT), ROUND CELLS <1 M/ML.
ANALYZED BY ⟦N|MEI-LING TORRES-BAIRD⟧, MT(AAB) ON CASA SN ⟦DEV|SQA-V 4471⟧. REVIEWED BY ⟦N|OLUFEMI ADEBAYO-CRANE⟧, PHD, HCLD.
REFERRING: DR. ⟦N|LAUREN PRATT-WHITTLE⟧ (REI). COPY TO UROLOGIST DR. ⟦N|SAMUEL HORSECHIEF⟧, ⟦O|OSAGE NATION HEALTH SERVICES⟧, ⟦C|PAWHUSKA⟧.
PT ⟦PROF|LINEMAN⟧ AT ⟦O|PUBLIC SERVICE COMPANY OF OKLAHOMA⟧; INSURANCE ⟦O|BLUE CROSS BLUE SHIELD OF OKLAHOMA⟧ ⟦HP|ZGO447182066⟧.
REPEAT IN 8 WEEKS (⟦D|06/17/2099⟧). RESULTS ON PORTAL ⟦U|HTTPS://MYCHART.OFC.EXAMPLE⟧; CALL NURSE ⟦N|JOLENE STANDINGBEAR⟧ ⟦P|918-555-0127⟧.
`);

note("paracentesis-note-caps", `
BEDSIDE PARACENTESIS - PROCEDURE NOTE     ⟦H|SANFORD MEDICAL CENTER BISMARCK⟧ 5 MED     ⟦D|22.04.2099⟧
⟦N|HOFFER, BALTHASAR⟧ (⟦A|92⟧) MRN ⟦M|SMB 7718 2044⟧ - ALCOHOLIC CIRRHOSIS, MELD 24. CONSENT FROM PATIENT; DAUGHTER ⟦N|KATRINA HOFFER-WALD⟧ AT BEDSIDE.
OPERATOR ⟦N|BRYCE LITTLEWOLF⟧, PA-C; ATTENDING DR. ⟦N|ANNELIESE VOGELSANG⟧. US-MARKED LLQ. 5 FR YUETER NEEDLE LOT ⟦DEV|YC0447182⟧.
REMOVED 6.4 L STRAW-COLORED FLUID. ALBUMIN 25% 50 G GIVEN. SENT CELL COUNT, CULTURE, ALBUMIN (ACC ⟦I|L99-112-04471⟧, ⟦I|L99-112-04472⟧).
RESULT CALLED 1530: PMN 410 - SBP. CEFTRIAXONE STARTED. PATIENT ATTENDS ⟦O|ST. ANNE'S GUEST HOME⟧ MEALS; PRIEST FR. ⟦N|WIKTOR ZAJĄC⟧ VISITED.
RESIDES ⟦S|PO BOX 62⟧, ⟦C|NEW SALEM⟧, ⟦STATE|ND⟧ ⟦Z|58563⟧, ⟦LO|MORTON COUNTY⟧. FORMER ⟦PROF|GRAIN ELEVATOR MANAGER⟧. PHONE ⟦P|701.555.0134⟧.
NOTE ⟦N|BL⟧ ⟦D|04/22/2099⟧ 1545; COSIGNED ⟦N|AV⟧ ⟦D|04/23/2099⟧.
INSURANCE ⟦O|BLUE CROSS BLUE SHIELD OF NORTH DAKOTA⟧ ⟦HP|ND44718203⟧; MEDICARE ⟦HP|9WT4-KK1-RD55⟧. HEPATOLOGY DR. ⟦N|CHUKWUDI EZENWA-BAUER⟧ (⟦H|MAYO CLINIC⟧, ⟦C|ROCHESTER⟧) CC'D.
`);

note("tka-implant-record-caps", `
OR IMPLANT RECORD - RIGHT TOTAL KNEE ARTHROPLASTY     ⟦H|ROGER WILLIAMS MEDICAL CENTER⟧, ⟦C|PROVIDENCE⟧     OR 6     ⟦D|04/22/2099⟧
PATIENT ⟦N|D'AGOSTINO, CARMELA⟧   MRN ⟦M|RWM-0044718⟧   AGE ⟦A|97⟧   SURGEON DR. ⟦N|NIKOLAOS PAPADOPOULOS-GRAY⟧   CIRCULATOR ⟦N|FIONA MACLEOD⟧, RN
ITEM                          MFR          REF          LOT/SERIAL        UDI (GS1)
FEMORAL CR SZ 4               ⟦O|STRYKER⟧      5510-F-401   ⟦DEV|MHRK4471⟧         ⟦DEV|(01)07613327044718(17)291231(10)MHRK4471⟧
TIBIAL BASEPLATE SZ 4         ⟦O|STRYKER⟧      5520-B-400   ⟦DEV|MHRK4488⟧         ⟦DEV|(01)07613327044725(17)291231(10)MHRK4488⟧
POLY INSERT 10 MM CS          ⟦O|STRYKER⟧      5532-G-410   ⟦DEV|KL99041⟧          -
BONE CEMENT SIMPLEX P X2      ⟦O|STRYKER⟧      6191-1-010   ⟦DEV|ZAD447⟧           -
TRIATHLON SYSTEM. VENDOR REP ⟦N|COLIN FERREIRA⟧ PRESENT (⟦P|401-555-0158⟧). IMPLANTS SCANNED BY ⟦N|F. MACLEOD⟧; REGISTRY SUBMITTED TO ⟦O|AJRR⟧ ⟦D|4/23⟧.
NEXT OF KIN: NEPHEW ⟦N|SALVATORE D'AGOSTINO JR.⟧ ⟦P|401-555-0115⟧, ⟦S|77 ATWELLS AVE⟧, ⟦C|PROVIDENCE⟧ ⟦Z|02903⟧.
DOB ⟦D|02/28/2002⟧. ANESTHESIA: SPINAL BY DR. ⟦N|YUKI TAKAHASHI-BURNS⟧. PATIENT FROM ⟦H|SCALABRINI VILLA⟧, ⟦C|NORTH KINGSTOWN⟧; RETURN THERE ⟦D|4/25⟧.
`);

note("itemized-statement-caps", `
ITEMIZED STATEMENT OF ACCOUNT     ⟦H|ST. LUKE'S BOISE MEDICAL CENTER⟧     ⟦S|190 E BANNOCK ST⟧, ⟦C|BOISE⟧, ⟦STATE|ID⟧ ⟦Z|83712⟧     STATEMENT DATE ⟦D|04/22/2099⟧
GUARANTOR: ⟦N|YELLOWHAIR-SVENSSON, DANA⟧   ACCOUNT ⟦I|SL0044718209⟧   PATIENT: ⟦N|YELLOWHAIR-SVENSSON, KAI⟧ (MINOR)   DOS ⟦D|03/28/2099⟧-⟦D|03/30/2099⟧
PRIMARY: ⟦O|REGENCE BLUESHIELD OF IDAHO⟧ MEMBER ⟦HP|RBI4471820003⟧ GROUP ⟦HP|10044718⟧   SECONDARY: IDAHO MEDICAID ⟦HP|0447182055⟧
REV   DESCRIPTION                           QTY   CHARGES
0450  ED LEVEL 4 (ATTENDING DR. ⟦N|JOAQUIN ESPARZA-HOLT⟧)  1   2,218.00
0360  OR - APPY, LAPAROSCOPIC (DR. ⟦N|M. NAKASHIMA⟧)        1   9,400.50
0250  PHARMACY (PIPERACILLIN-TAZO)              6     402.00
PAYMENT ⟦D|04/10/2099⟧ BY CHECK FROM ⟦N|D. YELLOWHAIR-SVENSSON⟧ $250.00. BALANCE $1,180.40 DUE ⟦D|05/22/2099⟧.
QUESTIONS: ⟦N|BRITTANY ECHEVARRIA⟧, PATIENT FINANCIAL SERVICES ⟦P|208-555-0190⟧ OR ⟦U|WWW.STLUKESONLINE.EXAMPLE/PAY⟧. COLLECTIONS AGENCY IF UNPAID: ⟦O|IDAHO COLLECTION BUREAU⟧.
PATIENT DOB ⟦D|09/12/2085⟧. GUARANTOR SSN ON FILE ⟦SSN|518-44-7182⟧. MAIL TO ⟦S|4417 W CHINDEN BLVD⟧, ⟦C|GARDEN CITY⟧, ⟦STATE|ID⟧ ⟦Z|83714⟧.
`);

// ======================================================== lower case (4) ========================================================

note("previsit-questionnaire-lower", `
pre-visit questionnaire (patient entered via kiosk) — ⟦H|gundersen st. joseph's⟧ — visit ⟦D|4/22/2099⟧
full legal name: ⟦N|mariah lynn o'connell-begay⟧   preferred name: ⟦N|mo⟧   date of birth: ⟦D|02-11-1987⟧   mrn (if known): ⟦M|gsj447182⟧
address: ⟦S|3308 w lakeshore dr⟧ unit 5, ⟦C|la crosse⟧ ⟦STATE|wi⟧ ⟦Z|54601⟧   cell: ⟦P|608 555 0141⟧   email: ⟦E|mo.oconnell.begay@mail.example⟧
emergency contact: ⟦N|dennis begay⟧ (husband) ⟦P|608-555-0142⟧   pharmacy: ⟦O|hy-vee pharmacy⟧ on ⟦S|state rd⟧
employer: ⟦O|trane technologies⟧ (second shift)   insurance: ⟦O|quartz⟧ member id ⟦HP|q10447182203⟧
other doctors: dr ⟦N|fenske⟧ (ob at ⟦O|coulee women's health⟧), counselor ⟦N|tasha greywind⟧ at ⟦O|ho-chunk nation behavioral health⟧
phq-9 score: 11. c-ssrs: no. grandma ⟦N|lorraine⟧ is ⟦A|94⟧ and lives with us. anything else? "my son ⟦N|elijah⟧ goes to ⟦O|longfellow middle school⟧ and the nurse mrs. ⟦N|kjos⟧ said he needs a form"
last visit ⟦D|jan 2099⟧ with ⟦N|sara lindqvist⟧, pa. signed ⟦N|m. o'connell-begay⟧ from ip ⟦IP|192.168.4.71⟧ (kiosk 3).
`);

note("sms-reminder-replies-lower", `
appointment reminder text replies — ⟦O|tidewater family practice⟧ (⟦C|wilmington⟧) — export ⟦D|april 22nd, 2099⟧ by ⟦UN|rfletcher2⟧
to ⟦P|+19105550166⟧ (⟦N|shaquille odom⟧): reminder: appt w/ dr. ⟦N|abernathy⟧ ⟦DAY|thu⟧ ⟦D|4/23⟧ 9:40. reply c to confirm
from ⟦P|+19105550166⟧: C but my mom ⟦N|bernice⟧ coming too she is ⟦A|90⟧ can she get seen
to ⟦P|+19105550173⟧ (⟦N|nguyen van hieu⟧): reminder: appt w/ ⟦N|kristy pham-lowery⟧, np ⟦D|4/24⟧ 2:15
from ⟦P|+19105550173⟧: this is his daughter ⟦N|linh⟧, dad is in ⟦H|novant health new hanover regional⟧ since ⟦DAY|monday⟧ pls cancel
to ⟦P|+19105550188⟧ (rev. ⟦N|clement ashby jr⟧): reminder: labs ⟦D|4/27⟧ fasting
from ⟦P|+19105550188⟧: wrong number this is ⟦N|tonya⟧ at ⟦O|port city auto glass⟧ stop texting
staff note (⟦N|rf⟧): ⟦N|ashby⟧'s new cell from chart ⟦P|910-555-0191⟧, updated. ⟦N|nguyen⟧ appt cancelled, msg to dr. ⟦N|abernathy⟧ (pcp) re admission.
opt-out logged for ⟦P|+19105550188⟧ by ⟦N|rebecca fletcher⟧ ⟦D|4/22/2099⟧; system ⟦O|weave⟧ ticket ⟦I|wv-447182⟧.
`);

note("typed-med-list-lower", `
my medicines (typed by me, ⟦N|walter j. kowalczyk⟧, updated ⟦D|4-20-99⟧ — bring to every appointment)
birthday ⟦D|1/8/2008⟧ (i'm ⟦A|91⟧!!)   medicare card: ⟦HP|7kw3-ty8-gh22⟧   part d: ⟦O|silverscript⟧ id ⟦HP|s5601447182⟧
metoprolol 25 twice a day — dr ⟦N|hasselbeck⟧ (heart doctor, ⟦O|toledo clinic cardiology⟧ ⟦P|419-555-0125⟧)
eliquis 2.5 twice — same
tamsulosin at bedtime — dr ⟦N|o. nwachukwu⟧ urology at ⟦H|promedica toledo hospital⟧
eye drops (latanoprost) left eye — ⟦O|vision associates⟧ dr ⟦N|amy st. germain⟧
pharmacy: ⟦O|kroger pharmacy⟧ ⟦S|4533 monroe st⟧ ⟦P|419-555-0110⟧ rx # for eliquis ⟦I|6447182-04⟧
if found please call my niece ⟦N|dorota wisniewski⟧ ⟦P|(419) 555-0137⟧ or my neighbor ⟦N|herb⟧. i live at ⟦S|2217 parkwood ave⟧ ⟦C|toledo⟧ ⟦Z|43620⟧.
allergies: penicillin (rash). my daughter ⟦N|karen kowalczyk-ruiz⟧ in ⟦C|ann arbor⟧ has a copy, her email ⟦E|kkruiz@mail.example⟧. last changed by dr ⟦N|hasselbeck⟧ ⟦D|march 3⟧.
`);

note("unit-clerk-callback-list-lower", `
4 south callback list — unit secretary ⟦N|jo-ellen mccready⟧ — ⟦DAY|wed⟧ ⟦D|4/22⟧ days
1. rm 402 ⟦N|farouk⟧ family (son ⟦N|tariq al-farouk⟧ ⟦P|806-555-0150⟧) wants update from dr ⟦N|castellanos-moore⟧ — paged ⟦P|4471⟧ 0910
2. ⟦H|covenant medical center⟧ lab called crit k 6.1 on ⟦N|reyes, dolores⟧ (rm 409) — told charge ⟦N|britt⟧
3. rm 415 mr. ⟦N|whitlock⟧'s wife ⟦N|arlene⟧ lost hearing aid — security officer ⟦N|dunagan⟧ left msg ext ⟦P|2250⟧
4. ⟦O|adult protective services⟧ (⟦LO|lubbock county⟧) ⟦N|gina ybarra⟧ ⟦P|806-555-0177⟧ re: rm 418 (⟦N|pruett, hollis⟧, ⟦A|95⟧) — gave to sw ⟦N|kendra⟧
5. ⟦O|amr⟧ transport for rm 411 ⟦N|gonzalez-whitehorse⟧ to ⟦H|lakeside nursing & rehab⟧ confirmed 1400, trip # ⟦I|amr-0422-8812⟧
6. pharmacy (⟦N|deshawn⟧) needs dose clarification from dr. ⟦N|oyelowo⟧ re vanco rm 406
7. interpreter (tigrinya) for rm 420 booked via ⟦O|languageline⟧ — pt ⟦N|tesfaye, mebrat⟧
8. ⟦O|united healthcare⟧ case mgr ⟦N|robin tafoya⟧ ⟦P|800-555-0144⟧ x ⟦P|31877⟧ re auth ⟦I|a447182099⟧ for rm 402 — sent to cm ⟦N|lakisha⟧ ⟦D|4/22⟧.
`);

// ======================================================== mixed case (20) ========================================================

note("tms-treatment-log", `
Transcranial Magnetic Stimulation — Treatment Log · ⟦O|Greenbrook TMS NeuroHealth Centers⟧, ⟦C|Minnetonka⟧ · patient ⟦N|Sørensen-Oduya, Mikkel⟧ · MRN ⟦M|GTM-004471⟧ · course start ⟦D|03/16/2099⟧
Device: NeuroStar Advanced Therapy, serial ⟦DEV|NS-3022-0447⟧; coil ⟦DEV|SC-44718⟧. Motor threshold 0.62 SMT (⟦D|3/16⟧, by Dr. ⟦N|Ingrid Halvorsen-Tate⟧).
Tx # | Date | Intensity | Pulses | Operator | PHQ-9 / notes
26 | ⟦D|4/20/2099⟧ | 120% MT | 3,000 | ⟦N|Marisol Quintanilla⟧, TMS tech | 9; scalp discomfort 2/10
27 | ⟦D|4/21/2099⟧ | 120% MT | 3,000 | ⟦N|M. Quintanilla⟧ | wife ⟦N|Anneliese⟧ drove; no seizure activity
28 | ⟦D|4/22/2099⟧ | 120% MT | 3,000 | ⟦N|Deshawn Pettiford⟧ | 7 (MADRS 14); says back at work at ⟦O|Cargill⟧ part-time
Taper plan: 6 sessions over 3 weeks, ending ⟦D|May 13, 2099⟧. Psychiatrist Dr. ⟦N|Halvorsen-Tate⟧ (NPI ⟦I|1902447182⟧); therapist ⟦N|Olamide Fashola⟧, LICSW at ⟦O|Nystrom & Associates⟧.
Insurance ⟦O|Medica⟧ auth ⟦I|MED-TMS-99-0447⟧ for 36 sessions (expires ⟦D|05/31/2099⟧); PA coordinator ⟦N|Keri Lindahl⟧ ⟦P|952-555-0136⟧.
Patient DOB ⟦D|11/23/1984⟧; home ⟦S|4820 Baker Rd⟧, ⟦C|Minnetonka⟧ ⟦Z|55343⟧. Session notes sync to ⟦U|https://tmstrack.greenbrook.example/p/004471⟧.
`);

note("esketamine-rems-monitoring", `
Spravato (esketamine) REMS — Patient Monitoring Form · ⟦H|Sanford Health Fargo⟧ Interventional Psychiatry · session ⟦D|22 April 2099⟧
Patient: ⟦N|Abdirahman Haji-Warsame⟧ · DOB ⟦D|9/9/1979⟧ · REMS patient ID ⟦I|SPR-P-04471820⟧ · site/HCS ID ⟦I|SPR-H-77120⟧ · MRN ⟦M|SF-1204471⟧
Dose 84 mg (3 devices, lot numbers in MAR). BP 128/80 pre; 158/94 at 40 min; 134/82 at 2 h. Dissociation (CADSS) peaked 40 min. Sedation: none.
Observed by ⟦N|Hailey Rustad⟧, RN and ⟦N|Aden Yusuf⟧, LPN; prescriber ⟦N|Timothy Lindgren-Osei⟧, MD. Released 12:10 to brother ⟦N|Farhan Haji-Warsame⟧ (driving).
Patient says he left his job as a ⟦PROF|long-haul trucker⟧ with ⟦O|Bison Transport⟧; now at ⟦O|Lutheran Social Service of Minnesota⟧ employment program, case mgr ⟦N|Sahra Ali⟧.
Form faxed to ⟦O|Janssen⟧ REMS at ⟦F|877-555-0112⟧ on ⟦D|4/22⟧ by ⟦N|H. Rustad⟧; confirmation ⟦I|RMS-99042218-33⟧. Next session ⟦D|4/29⟧.
Home: ⟦S|1515 32nd Ave S⟧, ⟦C|Fargo⟧, ⟦STATE|ND⟧ ⟦Z|58103⟧; cell ⟦P|701-555-0181⟧. Pharmacy ⟦O|Sanford Specialty Pharmacy⟧ dispense ⟦I|SSP-99-044718⟧.
`);

note("intrathecal-pump-refill", `
Intrathecal Pump Refill and Interrogation — ⟦H|Erlanger Baroness Hospital⟧ Pain Center, ⟦C|Chattanooga⟧ · ⟦D|Apr. 22, 2099⟧
Patient: ⟦N|Beaumont, Lurleen Faye⟧ · ⟦A|90⟧ years · MRN ⟦M|ERL-8804471⟧ · SynchroMed II 40 mL, serial ⟦DEV|NGV447182H⟧, implanted ⟦D|08/15/2094⟧ at ⟦H|Vanderbilt University Medical Center⟧
Drug: morphine 25 mg/mL + bupivacaine 15 mg/mL, compounded by ⟦O|QuVa Pharma⟧ (Rx ⟦I|QV-9904471-2⟧, BUD ⟦D|5/20/99⟧). Expected reservoir 3.1 mL, aspirated 3.0 mL.
Refilled 38 mL by ⟦N|Prakash Iyengar⟧, MD; witness ⟦N|Jolene Cagle⟧, RN. Next refill alarm date ⟦D|06/17/2099⟧. Programmer ⟦DEV|8840-CT4471⟧, clinician app user ⟦UN|picagle⟧.
Lives at ⟦H|Morning Pointe of Chattanooga⟧ (assisted living), ⟦S|7302 Shallowford Rd⟧; contact nurse ⟦N|Gwendolyn Oakes⟧ ⟦P|423-555-0129⟧. Son ⟦N|Cletus Beaumont⟧ in ⟦C|Ringgold⟧, ⟦STATE|GA⟧.
⟦O|Medtronic⟧ rep ⟦N|Aaron Feldstein⟧ reviewed log; no motor stall. Billing J2274, 62370. Note by ⟦N|PI⟧/⟦N|JC⟧.
DOB ⟦D|02/14/2009⟧. Insurance ⟦O|Humana Gold Plus⟧ ⟦HP|H2447182044⟧. Daughter-in-law ⟦N|Starla Beaumont⟧ ⟦P|706-555-0148⟧ brings her.
`);

note("dbs-programming-visit", `
Deep Brain Stimulation Programming Visit · Movement Disorders Center, ⟦H|Barrow Neurological Institute⟧ (⟦C|Phoenix⟧) · the ⟦D|22nd of April, 2099⟧
Patient: Mr. ⟦N|Ignacio de Jesús Ybarra-Lindqvist⟧, 71, Parkinson disease 14 y; bilateral STN DBS placed ⟦D|1/2098⟧ by Dr. ⟦N|Kamran Ghaffari⟧. IPG Percept PC, serial ⟦DEV|NWB4471820N⟧.
Visit with Dr. ⟦N|Lucinda Abernathy-Mbeki⟧ and programming nurse ⟦N|Tyrell Oduya⟧, RN, BSN. UPDRS-III off med/on stim 22 (was 41).
Left: C+1- 2.8 mA 60 µs 130 Hz → 3.1 mA; right unchanged. Dyskinesia less per wife ⟦N|Margarethe⟧. Carbidopa-levodopa reduced to 25/100 ×1.5 tid.
He volunteers at ⟦O|St. Vincent de Paul⟧ dining room; still drives (DMV form to ⟦O|Arizona MVD⟧ medical review, case ⟦I|MR-99-0447182⟧).
BrainSense data uploaded to the research portal (⟦U|https://dbs-registry.barrow.example/pt/4471820⟧) under study ID ⟦I|BNI-DBS-0318⟧. Next visit ⟦D|7/22/99⟧; call ⟦P|602-555-0104⟧ for problems.
DOB ⟦D|05/18/2027⟧ · MRN ⟦M|BNI-0447182⟧ · remote programming session from clinic IP ⟦IP|10.201.44.71⟧, tablet ⟦DEV|CT900-44718⟧; neuropsych ⟦N|Rebekah Sandoval-Ito⟧, PhD.
`);

note("cgm-download-report", `
Continuous Glucose Monitor Download — 14-day summary (Dexcom Clarity) · ⟦O|Birmingham Pediatric Endocrinology⟧ · printed ⟦D|4/22/2099⟧
Patient: ⟦N|Tamsin Olatunji-Brewer⟧ · DOB ⟦D|2088-07-03⟧ · MRN ⟦M|BPE-44718⟧ · Clarity clinic share code ⟦I|CLN-9Q4-XT7⟧ · sensor Dexcom G7, receiver SN ⟦DEV|PG7-4471820⟧
Period ⟦D|04/08/2099⟧–⟦D|04/21/2099⟧: TIR 62%, TBR 4% (<54: 1%), TAR 34%, GMI 7.4%, CV 38%. Nocturnal lows 02:00–04:00 on 5 of 14 nights.
Pump: Tandem t:slim X2 (serial ⟦DEV|1447182⟧), Control-IQ; basal 0.45 u/h. Mother ⟦N|Rhiannon Brewer⟧ reports missed boluses at ⟦O|Hoover High School⟧ lunch.
School nurse ⟦N|Cassandra Whitlow⟧, RN ⟦P|205-555-0181⟧ (fax ⟦F|205-555-0182⟧) to get updated 504 plan. Father ⟦N|Babajide Olatunji⟧ — portal proxy ⟦E|b.olatunji@mail.example⟧.
Reviewed by ⟦N|Yesenia Caballero-Hunt⟧, CDCES and Dr. ⟦N|Nathaniel Okonkwo⟧. Supplies via ⟦O|Byram Healthcare⟧; plan ⟦O|Blue Cross and Blue Shield of Alabama⟧ ⟦HP|XBA447182011⟧.
Address ⟦S|2214 Lakeshore Pkwy⟧, ⟦C|Hoover⟧ ⟦Z|35216⟧. Next visit ⟦D|07/22/2099⟧ with ⟦N|Y. Caballero-Hunt⟧; phone ⟦P|205-555-0189⟧.
`);

note("wearable-defibrillator-enrollment", `
Wearable Cardioverter Defibrillator — Enrollment and Fitting · ⟦H|Oregon Health & Science University Hospital⟧ · ⟦D|04/22/2099⟧
Patient: ⟦N|Tuiasosopo, Fetu⟧ · MRN ⟦M|OHSU-0447182-9⟧ · LVEF 25% after anterior MI ⟦D|4/17⟧ (PCI LAD). LifeVest 4000, monitor serial ⟦DEV|LV4-97144718⟧, garment size L.
Ordered by Dr. ⟦N|Chiamaka Eze-Holloway⟧ (cardiology); ⟦O|ZOLL⟧ patient service rep ⟦N|Garrett Lindquist⟧ fitted 14:30; enrollment # ⟦I|ZL-99-4471820⟧.
Patient education given with his partner ⟦N|Losa Tuiasosopo⟧; Samoan interpreter ⟦N|Pese Leiataua⟧ (ID ⟦I|INT-3307⟧). Wears it 23.5 h/day; shower plan reviewed.
Home: ⟦S|14215 SE Division St⟧, apt 22, ⟦C|Portland⟧ ⟦Z|97236⟧. Works as a ⟦PROF|forklift driver⟧ for ⟦O|Fred Meyer⟧ distribution — work note to ⟦N|Stacy Ferrante⟧ (HR) ⟦P|503-555-0179⟧.
Insurance: ⟦O|CareOregon⟧ (Oregon Health Plan) ID ⟦HP|OHP44718209⟧. Repeat echo in 90 days (⟦D|07/21/2099⟧) before ICD decision. ⟦O|ZOLL⟧ LifeVest Network login ⟦UN|ohsu_ehollo⟧.
DOB ⟦D|06/06/1971⟧. Emergency contact ⟦N|Losa⟧ ⟦P|503-555-0156⟧; brother ⟦N|Ioane Tuiasosopo⟧ in ⟦C|Pago Pago⟧, ⟦STATE|American Samoa⟧.
`);

note("capsule-endoscopy-report", `
Video Capsule Endoscopy Report · ⟦H|ProMedica Toledo Hospital⟧ GI Lab · study ⟦I|VCE-99-0447⟧ · ingested ⟦D|04/20/2099⟧ 08:05, read ⟦D|04/22/2099⟧
Patient: ⟦N|Van Nostrand, Cornelius⟧ · ⟦A|96⟧ y/o M · MRN ⟦M|PTH-20447182⟧ · PillCam SB3, capsule lot ⟦DEV|CL44718A⟧; recorder DR3 ⟦DEV|DR3-004471⟧
Indication: iron deficiency anemia, Hgb 7.9, EGD/colonoscopy ⟦D|4/2/99⟧ negative (Dr. ⟦N|Sunil Bhattacharya⟧, ⟦O|Gastroenterology Associates of Northwest Ohio⟧).
Findings: gastric transit 34 min; SB transit 4 h 12 min. Multiple angioectasias proximal jejunum (frames 11:02–11:40), largest 4 mm, no active bleeding. Reached cecum.
Impression: small bowel angioectasias — refer for push enteroscopy with APC. Reader ⟦N|Ahmed Al-Khatib⟧, MD; pre-read by ⟦N|Renee Szymanowski⟧, RN.
Patient's granddaughter ⟦N|Brielle Van Nostrand-Hughes⟧ (⟦P|567-555-0124⟧) brought the recorder back; lives with her on ⟦S|Talmadge Road⟧, ⟦C|Ottawa Hills⟧.
Enteroscopy scheduled ⟦D|4/29/2099⟧ with Dr. ⟦N|Al-Khatib⟧; ⟦O|Paramount Advantage⟧ ⟦HP|PA447182011⟧. Images: ⟦U|https://rapid.promedica.example/vce/99-0447⟧.
`);

note("ercp-report", `
ERCP Procedure Report · ⟦H|Christiana Hospital⟧ (⟦O|ChristianaCare⟧), ⟦C|Newark⟧, ⟦STATE|DE⟧ · ⟦DAY|Wednesday⟧, ⟦D|April 22, 2099⟧
Patient: ⟦N|Mbatha-Cornwall, Nokuthula⟧ · MRN ⟦M|CC4471-8204⟧ · DOB ⟦D|03.18.1962⟧ · Endoscopist: ⟦N|Dmitri Volkonsky⟧, MD · Fellow: ⟦N|Amaka Nwosu⟧, MD
Anesthesia: GA by ⟦N|Ruth Abernathy⟧, CRNA. Scope TJF-Q190V serial ⟦DEV|2944718⟧ (reprocessing log ⟦I|RP-0422-11⟧, tech ⟦N|Luis Arroyo-Benítez⟧).
Findings: 12 mm CBD stone; biliary sphincterotomy; balloon sweep cleared; 10 Fr × 7 cm plastic stent (lot ⟦DEV|BS44718⟧). Rectal indomethacin given.
Surgery (Dr. ⟦N|Kathleen O'Rourke-Diallo⟧) for lap chole ⟦D|4/24⟧. Husband ⟦N|Trevor Cornwall⟧ updated in waiting room; her employer ⟦O|W. L. Gore & Associates⟧ notified of leave.
Path: none. Images archived to PACS ⟦I|ACC-CC-99044718⟧. Report cc: PCP Dr. ⟦N|Hyun-woo Baek⟧, ⟦O|Westside Family Healthcare⟧, fax ⟦F|302-555-0163⟧.
Post-ERCP call ⟦D|4/23⟧ by ⟦N|Nkechi Obiora⟧, RN to ⟦P|302-555-0114⟧: no pain. Lipase ⟦D|4/22⟧ 18:00 normal.
`);

note("gh-stimulation-test", `
Growth Hormone Stimulation Test (arginine + clonidine) · ⟦H|Cook Children's Medical Center⟧ Endocrine Infusion · ⟦D|4/22/99⟧
Patient: ⟦N|Ramírez-Oyelaran, Santiago⟧ · age 9 y 4 m · MRN ⟦M|CCMC-7704471⟧ · height −2.6 SD; bone age 7 y (read by Dr. ⟦N|Ling-Yu Hsieh⟧ ⟦D|3/30⟧)
Priming: estradiol not given (prepubertal male). Arginine 0.5 g/kg at 08:00; clonidine 0.15 mg/m² at 09:30. Nurse ⟦N|Shaniqua Pettaway⟧, RN; IV by ⟦N|Gilberto Ochoa⟧, CPN.
GH (ng/mL): 0′ 0.4 · 30′ 3.1 · 60′ 6.2 · 90′ 4.8 · 120′ 7.9 · 150′ 5.1 (peak 7.9, < 10). IGF-1 64. Sent to ⟦O|Quest Diagnostics Nichols Institute⟧, req ⟦I|QNI-99-0447182⟧.
BP nadir 84/48 at 180′, oral fluids. Mother ⟦N|Yadira Ramírez⟧ and stepfather ⟦N|Femi Oyelaran⟧ present; sister ⟦N|Valentina⟧ (6) waited in the playroom.
Attending Dr. ⟦N|Priyanka Subramanian-Wolfe⟧; fellow ⟦N|Jordan Teague⟧, MD. School: ⟦O|Fort Worth ISD⟧ — ⟦O|Daggett Elementary⟧. Plan: MRI pituitary ⟦D|5/6⟧; Medicaid ⟦O|Cook Children's Health Plan⟧ ⟦HP|CCHP44718200⟧.
Home ⟦S|5117 Wedgmont Cir N⟧, ⟦C|Fort Worth⟧ ⟦Z|76133⟧; mother's cell ⟦P|817-555-0122⟧, ⟦E|yadira.ramirez@mail.example⟧.
`);

note("frenotomy-consent-note", `
Newborn Frenotomy — Consent and Procedure Note · ⟦H|Mercy Hospital Fort Smith⟧ Mother-Baby · ⟦D|April 22, 2099⟧ · time-out 10:40
Infant: ⟦N|Boy Nkemelu-Whitaker⟧ ("⟦N|Chidi⟧") · DOB ⟦D|04/20/2099⟧ · MRN ⟦M|MFS-0099447⟧ · band ⟦I|NB-0420-17⟧ · mother ⟦N|Adaeze Nkemelu⟧ (MRN ⟦M|MFS-0081220⟧)
Lactation (⟦N|Holly Bramlett⟧, IBCLC) found Coryllos type 2 tie, LATCH 5, nipple trauma. Consent signed by mother; father ⟦N|Jonah Whitaker⟧ present; Igbo-English, no interpreter wanted.
Procedure by ⟦N|Marcus Tidwell⟧, MD (pediatrics): sterile scissors, 2 mm, no bleeding; sucrose 24% given. Fed at breast 10 min after, LATCH 8.
Follow-up with ⟦O|River Valley Pediatrics⟧ Dr. ⟦N|Anh-Thu Nguyen⟧ ⟦D|4/24⟧; outpatient lactation at ⟦O|Breastfeeding Center of the Ozarks⟧ ⟦P|479-555-0193⟧.
Discharge address: ⟦S|1208 N 47th Terrace⟧, ⟦C|Fort Smith⟧, ⟦STATE|AR⟧ ⟦Z|72904⟧. WIC office ⟦O|Sebastian County Health Unit⟧.
Maternal grandmother ⟦N|Ngozi Nkemelu⟧ (visiting from ⟦C|Enugu⟧, ⟦COUNTRY|Nigeria⟧) present. Note by ⟦N|MT⟧ ⟦D|4/22/99⟧ 11:05.
`);

note("cssrs-screen", `
Columbia Suicide Severity Rating Scale (C-SSRS) Screen — ED · ⟦H|Rhode Island Hospital⟧ · ⟦D|4/22/2099⟧ 23:15 · screener ⟦N|Keisha Obi-Montgomery⟧, RN
Patient: ⟦N|Fitzgerald-Nakamura, Declan⟧ · 19 · MRN ⟦M|LS-0447182⟧ · CSN ⟦I|44718200917⟧ · student at ⟦O|Brown University⟧ (dean ⟦N|Maya Castellano⟧ called by campus police)
Q1 wish dead: yes · Q2 thoughts: yes · Q3 method: yes (bridge) · Q4 intent: no · Q5 plan: no · Q6 behavior (past 3 mo): yes — cut wrists ⟦D|2/14/99⟧ in his dorm.
Risk: HIGH. 1:1 sitter (⟦N|Jamal Okafor⟧, PCA) started 23:20; belongings to security (bag # ⟦I|SEC-0422-031⟧). Psychiatry Dr. ⟦N|Elena Marchetti⟧ paged ⟦P|401-555-0118⟧.
Collateral: roommate ⟦N|Theo Papadakis⟧ ⟦P|401-555-0157⟧; mother ⟦N|Siobhan Fitzgerald⟧ in ⟦C|Cork⟧, ⟦COUNTRY|Ireland⟧ (⟦P|+353 21 455 0199⟧) — called 23:40.
Therapist at ⟦O|Brown Counseling and Psychological Services⟧, Dr. ⟦N|Aisha Rahimi⟧; 988 follow-up consent given. PHQ-9 22.
Address ⟦S|69 Brown St⟧, box 4471, ⟦C|Providence⟧ ⟦Z|02912⟧. DOB ⟦D|12/01/2079⟧. Insurance ⟦O|Blue Cross & Blue Shield of Rhode Island⟧ ⟦HP|ZRB447182033⟧ (father's plan).
`);

note("virtual-sitter-log", `
Virtual Patient Observation (tele-sitter) Log · ⟦H|Marshfield Medical Center⟧ · monitor station 2 · ⟦D|04/21/2099⟧ 19:00 – ⟦D|04/22/2099⟧ 07:00 · observer ⟦N|Brandi Kowalewski⟧ (⟦N|BK⟧)
Cam | Patient | Reason | Events
C-07 | ⟦N|Schultz, Irmgard⟧ (⟦A|98⟧) | fall risk, delirium | 21:14 attempting to stand — voice redirect; ⟦N|Tanya⟧ RN to room 21:15. 03:02 pulled at IV — RN ⟦N|Ole Brekke⟧.
C-09 | ⟦N|Xiong, Pa Nhia⟧ | elopement risk | 00:40 son ⟦N|Tou⟧ visiting after hours; ok per charge ⟦N|Renee Duchow⟧.
C-11 | ⟦N|LaFontaine-Hughes, Ambrose⟧ | withdrawal (CIWA 14) | 02:20 tremor, sweating — Dr. ⟦N|Yusupov⟧ notified; lorazepam.
C-12 | ⟦N|Oyelaran, Tobi⟧ | 1:1 converted to video | 05:50 sleeping.
Camera C-09 offline 01:10–01:25 (cart ⟦DEV|AVASYS-4471⟧, ticket ⟦I|INC0447182⟧ to IT, tech ⟦N|Dylan Marchetti⟧). Handoff to ⟦N|Corinne Ahlborn⟧ 07:00. Manager ⟦N|Theresa Weinfurter⟧ ⟦P|715-555-0146⟧.
Camera stream C-07 at ⟦IP|10.88.12.44⟧, C-09 at ⟦IP|10.88.12.46⟧. Reviewed ⟦D|4/22/2099⟧ by ⟦N|TW⟧.
`);

note("goals-of-care-conversation", `
Goals of Care Conversation (Serious Illness Conversation Guide) · ⟦H|Dayton VA Medical Center⟧ · ⟦D|Apr 22 2099⟧
Veteran: ⟦N|Hollingsworth, Thaddeus Amos⟧ · ⟦A|93⟧ · SSN last four ⟦SSN|4471⟧ · ICN ⟦I|1044718204V447182⟧ · MRN ⟦M|552-04471⟧ · Korea-era Army veteran, 1st Cavalry.
Present: Veteran; daughter ⟦N|Ruth Ann Hollingsworth-Day⟧ (HCPOA); son ⟦N|Marvin⟧ by phone from ⟦C|Xenia⟧; palliative NP ⟦N|Folasade Adeyemi-Park⟧, MSN, APRN, FNP-BC; chaplain Rev. ⟦N|Duane Kessler⟧.
Understanding: "My heart is giving out." Goals: home, ⟦O|Shiloh Baptist Church⟧ on ⟦DAY|Sundays⟧, see great-grandson ⟦N|Jaxon⟧ graduate from ⟦O|Wright State University⟧ in ⟦D|June⟧.
Fears: nursing home ("like ⟦H|Bellbrook Rehab⟧ after his hip"). Tradeoffs: no CPR, no intubation; yes to hospital for comfort-focused care. POLST completed.
Plan: refer ⟦O|Hospice of Dayton⟧ (intake ⟦N|Carla Mbeki⟧ ⟦P|937-555-0175⟧); ⟦O|VA⟧ caregiver support ⟦N|Lonnie Sturgill⟧, LISW. Attending Dr. ⟦N|Hemant Chaudhry⟧ agrees. Time 48 min.
Address ⟦S|1815 Kemp Rd⟧, ⟦C|Beavercreek⟧, ⟦STATE|OH⟧ ⟦Z|45431⟧. Daughter's cell ⟦P|937-555-0116⟧. DOB ⟦D|03/15/2006⟧.
`);

note("patient-relations-compliment-letter", `
⟦H|Johns Hopkins Bayview Medical Center⟧ — Office of Patient Relations
⟦D|April 22, 2099⟧

Dear Ms. ⟦N|Adebayo-Schwartz⟧,

Thank you for your letter of ⟦D|April 9⟧ about your father, Mr. ⟦N|Emmanuel Adebayo⟧, and his stay on the 4th floor from ⟦D|March 30⟧ to ⟦D|April 6, 2099⟧. We have shared your
kind words with the nurses you named — ⟦N|Precious Mahlangu⟧, ⟦N|Connor Fitzpatrick⟧ and ⟦N|Yolanda "Yoyo" Beasley⟧ — and with Dr. ⟦N|Ravindra Kulkarni⟧ and his team.
Your note that transporter ⟦N|Darnell⟧ sang to him on the way to CT made our week. Your concern about the parking garage on ⟦S|Eastern Avenue⟧ went to ⟦N|Gary Lipschutz⟧,
director of facilities, file ⟦I|PR-2099-0447⟧. Our records show your address as ⟦S|5904 Pinehurst Rd⟧, ⟦C|Baltimore⟧, ⟦STATE|MD⟧ ⟦Z|21212⟧; please tell us if it has changed.

With gratitude,
⟦N|Cheryl M. Okonkwo-Baines⟧, MBA, CPXP
Patient Relations Manager · ⟦P|410-555-0142⟧ · ⟦E|cokonkwo@jhmi.example⟧
cc: ⟦N|Rosalind Tate⟧, RN, MSN, CNO; ⟦O|Hopkins Elder Plus⟧
Ref: MRN ⟦M|JHB-4471820⟧; letter logged ⟦D|4/10/2099⟧ by ⟦N|Tiana Gwynn⟧.
`);

note("photography-media-consent", `
Consent for Photography, Video and Media Release · ⟦H|Intermountain Primary Children's Hospital⟧ (⟦C|Salt Lake City⟧) · ⟦D|2099-04-22⟧
Patient: ⟦N|Kealamakia-Petersen, Noelani⟧ · age 7 · MRN ⟦M|PCH 447 1820⟧ · burn survivor, day 40
Purpose: (x) story for ⟦O|Intermountain Foundation⟧ gala video; (x) ⟦O|KSL-TV⟧ news segment; ( ) research. Photographer ⟦N|Benji Tafuna⟧ (freelance, ⟦O|Tafuna Media LLC⟧).
Child life specialist ⟦N|Saoirse Mulcahy⟧, CCLS prepared the patient; burn surgeon Dr. ⟦N|Gideon Falk-Aguilar⟧ cleared the dressings for filming.
Signed by parent/guardian ⟦N|Kawika Kealamakia⟧ (father) ⟦D|4/22/99⟧; mother ⟦N|Britt Petersen⟧ agrees by phone (⟦P|801-555-0108⟧), witness ⟦N|Mele Havili⟧, social worker.
Revocation in writing to ⟦O|Intermountain Health⟧ Marketing, ⟦S|36 S State St⟧, ⟦C|Salt Lake City⟧ ⟦Z|84111⟧ or ⟦E|mediarelease@imail.example⟧. Do not show school (⟦O|Rose Park Elementary⟧) or street.
DOB ⟦D|2091-12-19⟧. Home ⟦S|1340 W 400 N⟧, ⟦C|Salt Lake City⟧; grandmother ⟦N|Losaline Havili⟧ ⟦P|801-555-0170⟧. Release ⟦I|MR-99-04471⟧ scanned by ⟦N|ST⟧.
`);

note("cranial-prosthesis-letter", `
⟦O|Northwest Oncology & Hematology⟧ · ⟦S|2801 Lakeside Ave, Suite 300⟧ · ⟦C|Reno⟧, ⟦STATE|NV⟧ ⟦Z|89509⟧ · ⟦P|775-555-0160⟧ · fax ⟦F|775-555-0161⟧
⟦D|4/22/2099⟧
RE: Prescription for cranial prosthesis — patient ⟦N|Guadalupe "Lupita" Ochoa-Brennan⟧, DOB ⟦D|10/31/1975⟧, member ID ⟦HP|HPN-44718203⟧ (⟦O|Hometown Health⟧)
To whom it may concern: Ms. ⟦N|Ochoa-Brennan⟧ is under my care for breast cancer and receives docetaxel/cyclophosphamide (4 cycles, started ⟦D|03/04/2099⟧), which has caused total
alopecia (L65.9 / Z51.11). I prescribe one cranial prosthesis (A9282). She has chosen ⟦O|Hair Loss Solutions of Nevada⟧, ⟦S|9732 Pyramid Way⟧, ⟦C|Sparks⟧; fitter ⟦N|Renata Villaseñor⟧.
She works as a ⟦PROF|bank teller⟧ at ⟦O|Greater Nevada Credit Union⟧ and this is medically necessary for her return to work.
Sincerely, ⟦N|Oluwaseyi Adekunle-Marsh⟧, MD, FACP · NPI ⟦I|1558044718⟧ · NV license ⟦I|18447⟧
cc: ⟦N|Renata Villaseñor⟧ (⟦E|renata@hairlossnv.example⟧); patient at ⟦S|655 Kietzke Ln⟧, apt 12, ⟦C|Reno⟧ ⟦Z|89502⟧, ⟦P|775-555-0152⟧.
`);

note("rideshare-discharge-trip-log", `
Discharge Transportation — rideshare trip log (⟦O|Lyft⟧ Concierge) · ⟦H|Baptist Health Lexington⟧ case management · week of ⟦D|4/20/2099⟧
Trip ID | Date | Patient | Pickup → drop-off | Driver / vehicle | Booked by
⟦I|LC-99-4471820⟧ | ⟦D|4/20⟧ | ⟦N|Combs-Ritchie, Opal⟧ (⟦A|92⟧) | main entrance → ⟦S|318 Hollow Creek Rd⟧, ⟦C|Winchester⟧ | ⟦N|Abdullahi M.⟧, silver Camry ⟦I|KY 4471AX⟧ | ⟦N|Tara Ogle⟧, RN CM
⟦I|LC-99-4471893⟧ | ⟦D|4/21⟧ | ⟦N|Baptiste, Jean-Marc⟧ | ED → ⟦O|Hope Center⟧ shelter, ⟦S|360 W Loudon Ave⟧ | ⟦N|Heather L.⟧, gray Sienna | ⟦N|Q. Delacroix⟧, SW
⟦I|LC-99-4471954⟧ | ⟦D|4/22⟧ | ⟦N|Smith-Omondi, Wanjiru⟧ | 5 tower → ⟦O|Kroger⟧ pharmacy ⟦S|Euclid Ave⟧, then home | ⟦N|Bryce⟧, white Model 3 | ⟦N|Tara Ogle⟧
Incident ⟦D|4/21⟧: driver left before ⟦N|Baptiste⟧ reached curb (wheelchair); rebooked; complaint ⟦I|LYFT-CX-0447182⟧. Billing to ⟦O|Humana⟧ ⟦HP|H44718209⟧ for ⟦N|Combs-Ritchie⟧.
Cost center 7420. Questions ⟦N|Quentin Delacroix⟧ ⟦E|qdelacroix@bhsi.example⟧.
Ride dashboard ⟦U|https://concierge.lyft.example/org/bhl⟧ login ⟦UN|togle_cm⟧; ⟦N|Baptiste⟧'s cell ⟦P|859-555-0131⟧, DOB ⟦D|8/8/1959⟧.
`);

note("reasonable-accommodation-letter", `
⟦D|April 22, 2099⟧

⟦O|Riverbend Property Management⟧
Attn: ⟦N|Donna Kessinger⟧, Leasing Office
⟦S|1100 Riverside Dr⟧, ⟦C|Sioux Falls⟧, ⟦STATE|SD⟧ ⟦Z|57104⟧

Re: Request for reasonable accommodation (Fair Housing Act) — tenant ⟦N|Hassan bin Hamdan Al-Sayegh⟧, unit 3C

I am the treating physician of Mr. ⟦N|Al-Sayegh⟧ at ⟦H|Sanford USD Medical Center⟧. He has a disability that limits walking (bilateral below-knee amputations after
an injury at his former job at ⟦O|Smithfield Foods⟧). He asks for a transfer to a ground-floor unit, or a ramp at the ⟦S|W 12th St⟧ entrance, and an accessible parking space.
His wife, ⟦N|Noura Al-Sayegh⟧, may be reached at ⟦P|605-555-0188⟧. Prosthetist: ⟦N|Elliot Vang⟧, CPO, ⟦O|Hanger Clinic⟧.

Sincerely,
⟦N|Margit Tollefsrud-Obi⟧, MD, PM&R · ⟦O|Sanford Health⟧ · ⟦P|605-555-0120⟧ · ⟦E|margit.tollefsrud@sanford.example⟧
Patient DOB ⟦D|01/09/1970⟧, MRN ⟦M|SF-0447182⟧; his caseworker ⟦N|Tenzin Dorje⟧ at ⟦O|Lutheran Social Services of South Dakota⟧ ⟦P|605-555-0147⟧.
`);

note("incapacity-certification", `
Certification of Incapacity (two physicians) — activation of health care power of attorney · ⟦H|Hartford HealthCare St. Vincent's Medical Center⟧ (⟦C|Bridgeport⟧)
Principal: ⟦N|D'Ambrosio-Kettle, Philomena⟧ · ⟦A|101⟧ · MRN ⟦M|SVM-04471820⟧ · advance directive dated ⟦D|June 3, 2091⟧, witnessed at ⟦O|Cummings & Lockwood⟧
Agent: niece ⟦N|Grazia Kettle-Moreau⟧, ⟦S|45 Linden Ave⟧, ⟦C|Fairfield⟧, ⟦STATE|CT⟧ ⟦Z|06824⟧, ⟦P|203-555-0194⟧; alternate ⟦N|Luca D'Ambrosio⟧ (grandson).
Physician 1: ⟦N|Seo-yeon Park⟧, MD (hospitalist), examined ⟦D|4/21/2099⟧ 16:00 — unable to understand or weigh treatment choices (MMSE 9; delirium on dementia).
Physician 2: ⟦N|Kwame Boateng-Lyons⟧, MD (psychiatry), examined ⟦D|4/22/2099⟧ 09:30 — concurs.
Notified: agent by phone ⟦D|4/22⟧; patient told in plain words with nurse ⟦N|Ines Carvalho⟧ present. Copy to ⟦O|Connecticut Probate Court⟧ not required. Ethics (Dr. ⟦N|Lionel Whitcombe⟧) not consulted.
Agent's email ⟦E|grazia.km@mail.example⟧. Signed ⟦N|S. Park⟧ ⟦D|4/21/99⟧ and ⟦N|K. Boateng-Lyons⟧ ⟦D|4/22/99⟧; scanned by ⟦N|Dolores Fenn⟧ (HIM).
`);

note("hospital-adoption-plan", `
Hospital Adoption Plan — Social Work · ⟦H|Presbyterian Hospital⟧ (⟦C|Albuquerque⟧) Labor & Delivery · ⟦D|04/22/2099⟧
Birth mother: ⟦N|Kaylee Dawn Tsinajinnie⟧ · 22 · MRN ⟦M|PH-7044718⟧ · delivered ⟦D|4/21/2099⟧ 03:12 · infant "⟦N|Baby Girl Tsinajinnie⟧" MRN ⟦M|PH-7044730⟧
Agency: ⟦O|Catholic Charities of Central New Mexico⟧, caseworker ⟦N|Lourdes Vigil-Amador⟧ ⟦P|505-555-0113⟧. Tribe notified per ICWA: ⟦O|Navajo Nation⟧ ICWA program, ⟦N|Harrison Begaye⟧ ⟦P|928-555-0130⟧.
Adoptive parents ⟦N|Joel⟧ and ⟦N|Priya Steinberg-Rao⟧ of ⟦C|Rio Rancho⟧ (home study by ⟦O|Adoption Plus⟧). Birth father named as ⟦N|Dalton Yazzie⟧, not involved.
Birth mother wishes: no contact with adoptive family in hospital; may hold baby; name on the original birth certificate "⟦N|Shandiin Tsinajinnie⟧".
Relinquishment to be signed before Judge ⟦N|Marisa Chee⟧, ⟦O|Second Judicial District Court⟧, not before ⟦D|4/23⟧ (48 h). SW ⟦N|Bernadette Lucero⟧, LMSW ⟦P|505-555-0199⟧.
Birth mother's address ⟦S|HC 61 Box 4471⟧, ⟦C|Crownpoint⟧, ⟦STATE|NM⟧ ⟦Z|87313⟧; cell ⟦P|505-555-0128⟧; DOB ⟦D|05/02/2077⟧.
`);

write();
