// Why this file exists: builds test/fixtures/clinical-notes-60.jsonl, a sixtieth labelled set of clinical texts written
// by hand in stop 59 to measure the tree blind: written without reading the name detector (assembly/, src/) or running
// it on these texts (fixtures 57 and 58's generators, fixture-io.mjs, test/clinical-notes-58.test.ts and the opening
// comments of the other generators were read for the form, the labels and the registers already held; fixture 59,
// written blind at the same time by another helper, was not read), in the register of OBSTETRICS AND PERINATAL CARE:
// prenatal visit notes (an FQHC new-OB intake, a return visit, a midwifery practice visit, a group prenatal care
// roster), OB triage notes and a triage phone log, labor and delivery admission, progress and delivery notes (a
// vaginal birth, a twin delivery, a VBAC), a cesarean operative note, an OB anesthesia epidural note, delivery summaries
// and an L&D delivery log, a postpartum hemorrhage event note, a preeclampsia readmission, newborn admission and nursery
// notes (a newborn H&P, a nursery census with twins, a circumcision note, a hearing screen referral, a car seat
// challenge, a nursery discharge), NICU admission, transfer and transport notes, a pediatric hand-off, maternal-fetal
// medicine consults (a tele-MFM consult, a genetic counselling letter, NIPT and Rh immune globulin letters, a glucose
// tolerance result letter), ultrasound reports (an anatomy scan, a growth scan), postpartum visits and a postpartum
// phone call, lactation consults, a birth certificate facility worksheet and an acknowledgement of paternity, WIC,
// Healthy Start and Nurse-Family Partnership referrals and a home visit, doula notes, a planned home birth transfer and
// a birth center transfer, perinatal social work, a presumptive eligibility (Medicaid) form, a cord blood bank kit
// form, a state newborn screen result, a prenatal records request, a fetal demise and a bereavement note, a portal
// chat with an OB nurse. 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states real): the Bronx, Jackson (Mississippi), Alexandria, Pineville, Shreveport
// and Baton Rouge, Boise, Meridian and Twin Falls, Lansing, Tucson and Sells (Tohono O'odham Nation), Fargo, Nashville
// and Murfreesboro, Chattanooga and Fort Oglethorpe, Flint, Seattle, Lancaster, Intercourse and Gordonville
// (Pennsylvania), Oakland, San Leandro, Fremont and Walnut Creek, Portland (Oregon), Oklahoma City, Winston-Salem, El
// Paso, Baltimore and Dundalk, Murray, Ogden and Taylorsville (Utah) and Pocatello, Bakersfield, Lamont and Arvin,
// Rutland and Middlebury (Vermont), San Diego (City Heights), Tuba City, Cameron and Flagstaff, Rochester (Minnesota),
// Milwaukee and West Allis, Tacoma, Albuquerque and Los Lunas, Atlanta, San Antonio, Cleveland, Norfolk, Birmingham and
// Selma, Omaha, Wichita, Reno, Madera, Visalia and Fresno, Sioux Falls, Brookings and Pine Ridge, Memphis, Dearborn and
// Hamtramck, Albany, Dawson and Macon (Georgia), Weslaco, Edinburg, McAllen and Donna (Texas) and Matamoros, Providence,
// Bethel, Toksook Bay and Anchorage, Hilo, Houston, Minneapolis, Columbus, and Addis Ababa.
// PHI forms sought: mothers', babies', partners' and relatives' names of many origins (Mexican with two surnames,
// Guatemalan, Dominican, Puerto Rican, Haitian, Somali, Congolese, Nigerian, Ghanaian, Hmong,
// Vietnamese, Karen, Bhutanese Nepali, Afghan, Arab, Tamil, Marshallese, Native Hawaiian, Navajo, Tohono
// O'odham, Yup'ik, Lakota, Amish, Russian, Polish, Norwegian, Irish, Italian, Cajun, African American, Mixtec, K'iche',
// Ethiopian); newborns as "Baby Boy X", "BABY GIRL X", "Girl X", "Twin A X", "X, BABY BOY", babies' given names;
// obstetricians, midwives, doulas, nurses, pediatricians, neonatologists, sonographers, lactation consultants, social
// workers and staff initials; dates as "10/13/2099", "10/13/99", "13-OCT-2099", "2099-10-13", "October 13, 2099",
// "Oct 13", month-day, month and year, bare years, EDD, LMP, dates of delivery (with times left unlabelled); ages over
// 89 (a great-grandmother); phones, faxes, pagers, extensions, e-mails, URLs; MRNs of mother and baby, FIN/account
// numbers; Medicaid, CHIP and member numbers (HEALTHPLAN); birth certificate, paternity, newborn screen, kit, specimen,
// accession, referral, case and licence numbers, NPIs (ID); device serials of fetal monitors, transport isolettes,
// ventilators, ultrasound machines, epidural pumps, hearing screeners, breast pumps, insulin pumps, glucose meters and
// home blood-pressure cuffs; portal user names; addresses, apartments, P.O. boxes, shelters,
// birth centers, hospitals, clinics, counties, reservations and chapters.
// Hard negatives: drugs (oxytocin, Pitocin, misoprostol, methylergonovine, Methergine, carboprost, TXA, magnesium
// sulfate, nifedipine, labetalol, betamethasone, PCN G, ampicillin, gentamicin, cefazolin, azithromycin, Rho(D) immune
// globulin, Rhophylac, Tdap, erythromycin ointment, vitamin K, hep B vaccine, bupivacaine, fentanyl, Duramorph,
// lidocaine, prenatal vitamins, aspirin 81 mg, insulin, buprenorphine, methadone, cabergoline, Curosurf, albuterol,
// Unisom, Similac), scores and tests (Apgar, GBS, NST, BPP, AFI, MVP, EFW, GTT, NIPT, cfDNA, CVS, PPROM, ESC, EPDS,
// TcB, ABR, AABR, CCHD screen, Category I/III tracing, QBL, Kleihauer-Betke, Hadlock, Hazelbaker, Ortolani/Barlow),
// devices named as products (Medela Symphony, Spectra S1, Bakri balloon, Dexcom G7, Omnipod, Corometrics 259cx,
// Voluson E10, CADD-Solis, Natus ALGO 5, Gomco clamp, Plastibell, Tuohy needle, Vicryl, Omron, One Touch, Natera
// Panorama), programs (CenteringPregnancy, I-PASS, WIC, Healthy Start, Medi-Cal, TennCare, SoonerCare) and the words
// of the register (G2P1, EDD, LMP, SVD, NSVD, VBAC, TOLAC, LTCS, PPH, AROM, SROM, FHT, FHR, FGR, SGA, LGA, NICU, MFM,
// CNM, IBCLC), and a clergyman's title ("bishop") beside the obstetric Bishop score's word.
// Labelling follows fixtures 55, 57 and 58: weekdays are `ignored` (DAY), as are states and countries; clock times,
// gestational ages, relative dates, postpartum days and days of life are left unlabelled; ages under 90 are no PHI,
// and an age over 89 is the number only; clinicians', nurses' and staff initials are PHI; titles, degrees,
// credentials, relations and cue words stay outside the name, as do the babies' cue words ("Baby Boy", "BABY GIRL",
// "Twin A", "Infant", as in fixtures 51, 54 and 55); hospitals, clinics, FQHCs, birth centers, midwifery practices,
// ultrasound and MFM practices housed in a clinic are HOSPITAL; WIC agencies, health departments, Healthy Start and
// Nurse-Family Partnership sites, labs, cord blood banks, payers, transport services, churches, shelters run by an
// agency, schools and businesses are ORGANIZATION; counties, reservations and chapters and named shelters are
// LOCATION-OTHER; P.O. boxes are STREET; MRNs of mother and baby MRN; member, Medicaid and CHIP numbers HEALTHPLAN;
// FIN/account, birth certificate, paternity, screen, kit, accession, referral, case, licence and NPI numbers ID; user ids
// USERNAME; serials DEVICE; extensions and pagers PHONE. Bare program names ("WIC", "Healthy Start", "Medicaid",
// "NFP") stay unlabelled, as do CPT and ICD codes, lot numbers, form numbers and scores.
// Every person, town, street, organisation, facility and number is invented here (states, large cities and a few
// large payers, labs and companies are real, named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-58 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-60.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-60.jsonl", "make-clinical-fixture-60");
// ======================================================== ALL CAPS (10) ========================================================

note("ob-triage-caps", `
⟦H|BRONX-LEBANON WOMEN'S PAVILION⟧ - OB TRIAGE NOTE   ⟦D|10/13/2099⟧ 02:40   ROOM T-4
PATIENT: ⟦N|REYES PERALTA, YOKASTA⟧   MRN ⟦M|BLW-00718824⟧   DOB ⟦D|06/02/2078⟧   FIN ⟦I|4471088213⟧
G3P2002 AT 36W4D BY 8 WK US. EDD ⟦D|11/07/2099⟧. LMP ⟦D|01/29/2099⟧ (UNSURE). PRENATAL CARE AT ⟦H|MORRIS HEIGHTS HEALTH CENTER⟧ WITH ⟦N|NILSA OQUENDO⟧, CNM.
CC: DECREASED FETAL MOVEMENT SINCE 22:00, MILD CONTRACTIONS Q 10 MIN. DENIES LOF, VB.
VS: BP 138/86, REPEAT 142/90, HR 92, T 98.4. SVE 2/50/-2 (BY DR. ⟦N|K. ABERNATHY-COLE⟧ RESIDENT PGY-2).
NST: FHR 135, MODERATE VARIABILITY, ACCELS PRESENT, NO DECELS - REACTIVE. TOCO: CTX Q 8-12 MIN, MILD.
MONITOR: COROMETRICS 259CX SN ⟦DEV|SCF17443209GA⟧.
LABS: PIH PANEL SENT (PLT 188, AST 22, ALT 19, CR 0.6, UPC 0.21). GBS POSITIVE (⟦D|09/30/2099⟧).
A/P: GESTATIONAL HTN R/O PREECLAMPSIA - NO SEVERE FEATURES. OBSERVE 4 H, REPEAT BP. D/W ATTENDING DR. ⟦N|OLUWASEUN ADEYEMI-BAKER⟧.
PARTNER ⟦N|FRANKLIN TEJADA⟧ AT BEDSIDE, CELL ⟦P|718-555-0144⟧. MOTHER ⟦N|ALTAGRACIA PERALTA⟧ ⟦P|347-555-0192⟧ (SPANISH).
INSURANCE: ⟦O|HEALTHFIRST⟧ MEDICAID MANAGED CARE, MEMBER ID ⟦HP|HF8814470291⟧.
ADDRESS: ⟦S|1471 GRAND CONCOURSE⟧ APT 6C, ⟦C|BRONX⟧ ⟦STATE|NY⟧ ⟦Z|10452⟧.
TRIAGE RN: ⟦N|SHAKIRA MONTGOMERY⟧, RN ⟦N|SM⟧   L&D CHARGE EXT ⟦P|4417⟧
`);

note("cesarean-op-note-caps", `
OPERATIVE REPORT   ⟦H|UNIVERSITY OF MISSISSIPPI MEDICAL CENTER⟧ - ⟦H|WINFRED L. WISER HOSPITAL FOR WOMEN AND INFANTS⟧
PATIENT: ⟦N|WASHINGTON-HOLLOWAY, DESTINY⟧   MRN ⟦M|U0884172⟧   DOB ⟦D|03/17/2071⟧   DATE OF SURGERY: ⟦D|10/13/2099⟧
SURGEON: ⟦N|TERRENCE A. MCCASKILL⟧, MD   ASSISTANT: ⟦N|PRIYA VENKATARAMAN⟧, MD (PGY-3)   ANESTHESIA: ⟦N|GRAHAM ELLISOR⟧, MD / ⟦N|CARLA NEWSOME⟧, CRNA
PREOP DX: IUP AT 39W1D, PRIOR LOW TRANSVERSE CESAREAN X1 (⟦D|2096⟧, ⟦H|BAPTIST MEDICAL CENTER LEAKE⟧), DECLINES TOLAC; FRANK BREECH.
PROCEDURE: REPEAT LOW TRANSVERSE CESAREAN SECTION, BILATERAL SALPINGECTOMY.
ANESTHESIA: SPINAL (BUPIVACAINE 0.75% 1.6 ML, FENTANYL 15 MCG, DURAMORPH 150 MCG).
FINDINGS: VIABLE FEMALE INFANT DELIVERED FRANK BREECH AT 08:14 - BABY GIRL ⟦N|WASHINGTON-HOLLOWAY⟧, WEIGHT 3,340 G, APGARS 8/9. CLEAR FLUID. NORMAL UTERUS, TUBES AND OVARIES. DENSE BLADDER FLAP ADHESIONS.
EBL / QBL: 780 ML. IVF 2,000 ML. UOP 150 ML CLEAR.
SPECIMENS: BILATERAL FALLOPIAN TUBES TO PATHOLOGY (ACCESSION ⟦I|S99-44172⟧). CORD GASES SENT. CORD BLOOD TO ⟦O|CBR CORD BLOOD REGISTRY⟧ KIT # ⟦I|CBR-7718204⟧.
COUNTS CORRECT X2 PER ⟦N|LATONYA BRIDGES⟧, RN (CIRCULATOR) AND ⟦N|JAMAL PRUITT⟧, CST (SCRUB).
PEDIATRICS: DR. ⟦N|ANNELIESE VOGEL⟧ PRESENT AT DELIVERY; INFANT TO MOTHER FOR SKIN-TO-SKIN IN OR.
DISPOSITION: PACU THEN MOTHER-BABY UNIT 3 WEST. CEFAZOLIN 2 G, AZITHROMYCIN 500 MG GIVEN PRE-INCISION.
DICTATED BY ⟦N|T. MCCASKILL⟧ ⟦D|10/13/99⟧ 09:40   JOB # ⟦I|7740218⟧   CC: DR. ⟦N|RUBY FAIRCLOTH⟧, ⟦H|JACKSON-HINDS COMPREHENSIVE HEALTH CENTER⟧, FAX ⟦F|601-555-0178⟧
`);

note("nicu-transport-caps", `
⟦O|ARKLATEX NEONATAL TRANSPORT⟧ - TRANSPORT RECORD   TRIP # ⟦I|NT-99-1047⟧   ⟦D|13-OCT-2099⟧
REFERRING: ⟦H|CHRISTUS ST. FRANCES CABRINI HOSPITAL⟧ ⟦C|ALEXANDRIA⟧ ⟦STATE|LA⟧ - DR. ⟦N|BEAUREGARD THIBODEAUX⟧ ⟦P|318-555-0120⟧
RECEIVING: ⟦H|OCHSNER LSU HEALTH SHREVEPORT⟧ NICU LEVEL IV - ACCEPTING DR. ⟦N|NNEKA OKONKWO-REYNOLDS⟧
PATIENT: BABY BOY ⟦N|LACOUR⟧   DOB ⟦D|10/13/2099⟧ 04:52   REF MRN ⟦M|CSF-NB-2207714⟧   RECEIVING MRN ⟦M|OLHS-8840127⟧
MOTHER: ⟦N|JOLIE MARIE LACOUR⟧, 19 YO G1P0101, ⟦S|412 BAYOU RAPIDES RD⟧, ⟦C|PINEVILLE⟧ ⟦STATE|LA⟧ ⟦Z|71360⟧, CELL ⟦P|318-555-0167⟧. FOB ⟦N|TREVOR GUILLORY⟧.
HX: 31W2D, PPROM 3 DAYS, BETAMETHASONE X1 ONLY, PRECIPITOUS SVD. BW 1,610 G. APGARS 4/7.
ON ARRIVAL: GRUNTING, RETRACTING, FIO2 0.45 ON CPAP +6. CXR: RDS. GIVEN CUROSURF 200 MG/KG VIA INSURE (DR. ⟦N|THIBODEAUX⟧).
TRANSPORT: GROUND, ISOLETTE AIRBORNE 750I SN ⟦DEV|AB750-44172⟧, VENT BIO-MED CRYSTAL 50 SN ⟦DEV|C50-0917724⟧.
TEAM: ⟦N|MARCELLA DOUCET⟧, RN, NNP-BC; ⟦N|KEVIN BROUSSARD⟧, RRT; DRIVER ⟦N|LEROY FONTENOT⟧.
EN ROUTE: STABLE, SPO2 92-96, GLUCOSE 64 (D10W 80 ML/KG/D). DEPART 07:10, ARRIVE 09:02 (I-49).
MOTHER TO FOLLOW AFTER DISCHARGE; GRANDMOTHER ⟦N|CLAUDETTE LACOUR⟧ ⟦P|318-555-0104⟧ DRIVING.
MEDICAID (⟦O|LOUISIANA HEALTHCARE CONNECTIONS⟧) ID ⟦HP|LA4471902268⟧.
REPORT GIVEN TO ⟦N|B. ARDOIN⟧, RN AT 09:10. ⟦N|MDO⟧/⟦N|KB⟧
`);

note("birth-worksheet-caps", `
MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE - ⟦H|ST. LUKE'S BOISE MEDICAL CENTER⟧   BIRTH CLERK: ⟦N|TAMMY VOORHEES⟧ EXT ⟦P|2271⟧
CHILD'S NAME: ⟦N|ELIAS MATEO RAMIREZ-OWENS⟧   SEX: M   DATE OF BIRTH ⟦D|10/12/2099⟧   TIME 23:48   PLURALITY: SINGLE
FACILITY: ⟦H|ST. LUKE'S BOISE MEDICAL CENTER⟧, ⟦C|BOISE⟧, ⟦LO|ADA COUNTY⟧
MOTHER'S CURRENT LEGAL NAME: ⟦N|KAYLEE JO OWENS⟧   NAME PRIOR TO FIRST MARRIAGE: ⟦N|KAYLEE JO PETTIBONE⟧   DOB ⟦D|08/09/2070⟧
MOTHER'S BIRTHPLACE: ⟦C|TWIN FALLS⟧, ⟦STATE|IDAHO⟧   SSN ⟦SSN|518-44-0917⟧
RESIDENCE: ⟦S|2214 W CHERRY LN⟧, ⟦C|MERIDIAN⟧ ⟦STATE|ID⟧ ⟦Z|83642⟧   INSIDE CITY LIMITS: YES   MAILING: ⟦S|PO BOX 1147⟧, ⟦C|MERIDIAN⟧ ⟦STATE|ID⟧ ⟦Z|83680⟧
FATHER'S NAME: ⟦N|JULIAN ANDRES RAMIREZ SOTO⟧   DOB ⟦D|11/21/2077⟧   BIRTHPLACE: ⟦C|GUADALAJARA⟧, ⟦COUNTRY|MEXICO⟧
MARRIED: NO - ACKNOWLEDGMENT OF PATERNITY SIGNED ⟦D|10/13/2099⟧, AOP # ⟦I|ID-AOP-99-004471⟧, WITNESS ⟦N|DARLENE KRAUS⟧.
PRENATAL CARE BEGAN ⟦D|03/2099⟧ AT ⟦H|FAMILY MEDICINE RESIDENCY OF IDAHO - MERIDIAN⟧. NUMBER OF VISITS: 11. DATE LAST NORMAL MENSES ⟦D|01/03/2099⟧.
PAYER: MEDICAID (⟦O|IDAHO MEDICAID⟧ ID ⟦HP|0044718826⟧). WIC DURING PREGNANCY: YES.
ATTENDANT: ⟦N|SOREN LINDAHL⟧, MD, NPI ⟦I|1780447219⟧. CERTIFIER SAME.
SSN FOR CHILD REQUESTED: YES. HEARING SCREEN: PASS BILAT ⟦D|10/13/2099⟧.
MOTHER'S PHONE ⟦P|208-555-0155⟧   EMAIL ⟦E|KAYLEEJO.OWENS@GMAIL.COM⟧
STATE FILE # (OFFICE USE) ⟦I|099-2099-041127⟧
`);

note("nursery-census-caps", `
⟦H|SPARROW HOSPITAL⟧ NEWBORN NURSERY / MOTHER-BABY CENSUS   ⟦D|10/13/2099⟧ 07:00   CHARGE RN ⟦N|HEATHER KLOOSTERMAN⟧
RM   INFANT                          MRN              DOB/TIME        GA     MOTHER                       PEDS                     NOTES
401A ⟦N|NGUYEN⟧, BABY BOY                 ⟦M|SH-NB-7718201⟧    ⟦D|10/11⟧ 1412      39+2   ⟦N|NGUYEN THI HUONG⟧              DR. ⟦N|OKAFOR⟧               CIRC TODAY, BILI 9.8 @ 42H
402A ⟦N|HERNANDEZ-CRUZ⟧, BABY GIRL        ⟦M|SH-NB-7718205⟧    ⟦D|10/12⟧ 0316      37+0   ⟦N|MARISOL CRUZ⟧                  ⟦O|LANSING PEDIATRICS⟧     GBS+ ADEQ TX, 48H OBS
403A TWIN A ⟦N|ABDULLAHI⟧ (GIRL)         ⟦M|SH-NB-7718209⟧    ⟦D|10/12⟧ 1155      36+1   ⟦N|HODAN ABDULLAHI⟧               DR. ⟦N|MARCHETTI⟧            CAR SEAT TEST PASS
403B TWIN B ⟦N|ABDULLAHI⟧ (BOY)          ⟦M|SH-NB-7718210⟧    ⟦D|10/12⟧ 1158      36+1   ⟦N|HODAN ABDULLAHI⟧               DR. ⟦N|MARCHETTI⟧            CAR SEAT TEST DUE, TCB 11.2
405A ⟦N|VANDENBERG⟧, BABY GIRL           ⟦M|SH-NB-7718214⟧    ⟦D|10/12⟧ 2040      40+5   ⟦N|ABIGAIL VANDENBERG⟧           ⟦O|CEDAR CREST PEDIATRICS⟧  LACTATION F/U, WT -8.9%
406A ⟦N|SMITH⟧, BABY BOY                  ⟦M|SH-NB-7718219⟧    ⟦D|10/13⟧ 0122      38+4   ⟦N|BRITTANY SMITH⟧                DR. ⟦N|OKAFOR⟧               NAS SCORING (ESC), CPS NOTIFIED
NOTES: 406A - MOB ON BUPRENORPHINE (⟦H|HOLY CROSS SERVICES⟧ OTP); SW ⟦N|RENEE DUBOIS⟧ ⟦P|517-555-0126⟧ TO SEE AM. FATHER ⟦N|CODY SMITH⟧ NOT ON VISITOR LIST PER MOB.
403A/B - DAD ⟦N|ABDIRAHMAN YUSUF⟧ INTERPRETER SOMALI VIA ⟦O|CYRACOM⟧ LINE ⟦P|800-555-0170⟧ PIN ⟦I|447120⟧.
DISCHARGES TODAY: 401A, 402A. HEARING SCREENER ⟦N|PAM OSTROWSKI⟧ PAGER ⟦P|517-555-0199⟧.
`);

note("anatomy-ultrasound-caps", `
⟦H|DESERT PERINATAL ASSOCIATES⟧ - OBSTETRIC ULTRASOUND REPORT (DETAILED ANATOMY, CPT 76811)
⟦S|1845 W ORANGE GROVE RD⟧ STE 200, ⟦C|TUCSON⟧ ⟦STATE|AZ⟧ ⟦Z|85704⟧   TEL ⟦P|520-555-0133⟧   FAX ⟦F|520-555-0134⟧   ⟦U|WWW.DESERTPERINATAL.COM⟧
PATIENT: ⟦N|BEGAY, SHAUNDEEN R⟧   DOB ⟦D|04/22/2073⟧   MRN ⟦M|DPA-204471⟧   EXAM DATE ⟦D|2099-10-13⟧
REFERRING: ⟦N|LORENA GRIJALVA⟧, CNM, ⟦H|EL RIO COMMUNITY HEALTH CENTER⟧ - FAX ⟦F|520-555-0181⟧
INDICATION: ANATOMY SURVEY, PREGESTATIONAL DM TYPE 2 (A1C 7.4% ⟦D|07/2099⟧), BMI 38.
LMP ⟦D|05/28/2099⟧. EDD BY 9W CRL ⟦D|03/06/2100⟧. GA TODAY 20W0D.
SONOGRAPHER: ⟦N|JESSICA TSOSIE-LARGO⟧, RDMS   MACHINE: GE VOLUSON E10 SN ⟦DEV|VE10-0447182⟧
BIOMETRY: BPD 47 MM, HC 176, AC 158, FL 33 - EFW 339 G (52%). FHR 148. AFI NORMAL (MVP 5.1 CM). PLACENTA POSTERIOR, NO PREVIA. 3VC.
ANATOMY: HEART - 4CH, LVOT, RVOT, 3VV, ARCH VIEWS SEEN, NORMAL. SPINE NORMAL. KIDNEYS NORMAL. LIMITED VIEWS OF FACE/PROFILE (HABITUS).
CERVIX TV 3.6 CM.
IMPRESSION: SINGLE LIVE IUP 20W0D, NO ANOMALY SEEN. SUBOPTIMAL FACE - REPEAT 4 WK. FETAL ECHO AT ⟦H|BANNER - UNIVERSITY MEDICAL CENTER TUCSON⟧ PEDIATRIC CARDIOLOGY ⟦D|11/10/2099⟧ (DR. ⟦N|HIROSHI TANABE⟧).
PATIENT LIVES ⟦S|HC 63 BOX 2210⟧, ⟦C|SELLS⟧ ⟦STATE|AZ⟧ ⟦Z|85634⟧ (⟦LO|TOHONO O'ODHAM NATION⟧) - TRANSPORT VIA ⟦O|SAN XAVIER CHS⟧ VAN ⟦P|520-555-0170⟧.
INTERPRETED BY ⟦N|MIRIAM ELLSWORTH-DIAZ⟧, MD (MFM)   SIGNED ELECTRONICALLY ⟦D|10/13/2099⟧ 15:22
`);

note("rh-immune-globulin-caps", `
⟦H|SANFORD MEDICAL CENTER FARGO⟧ - BLOOD BANK / TRANSFUSION SERVICE   ⟦S|5225 23RD AVE S⟧, ⟦C|FARGO⟧ ⟦STATE|ND⟧ ⟦Z|58104⟧
RH IMMUNE GLOBULIN WORKUP - POSTPARTUM   DATE ⟦D|10/13/2099⟧
MOTHER: ⟦N|HALVORSON, INGRID K⟧   MRN ⟦M|SMC-30447182⟧   ABO/RH: O NEG   ANTIBODY SCREEN: NEG (ANTENATAL RHIG ⟦D|08/01/2099⟧ AT 28W, ⟦H|ESSENTIA HEALTH WEST⟧)
INFANT: BABY BOY ⟦N|HALVORSON⟧   MRN ⟦M|SMC-30447190⟧   DOB ⟦D|10/12/2099⟧   CORD BLOOD: A POS, DAT NEG
FETAL BLEED SCREEN (ROSETTE): POSITIVE -> KLEIHAUER-BETKE 0.4% (EST. FMH 20 ML WHOLE BLOOD)
RECOMMENDED DOSE: 2 VIALS RHO(D) IMMUNE GLOBULIN 300 MCG IM WITHIN 72 H OF DELIVERY.
PRODUCT: RHOPHYLAC 300 MCG LOT 44172A EXP ⟦D|02/2101⟧, LOT 44172B. ISSUED 14:05 TO ⟦N|KRISTA OLSGAARD⟧, RN (4 EAST).
MEDICAL DIRECTOR: ⟦N|DAGNY SOLBERG⟧, MD   TECH: ⟦N|RJ⟧ (⟦N|RASHID JAMA⟧, MLS)   ACCESSION ⟦I|BB-99-2861044⟧
NOTIFIED OB DR. ⟦N|NEELAM BHATTARAI⟧ BY PHONE ⟦D|10/13/2099⟧ 13:30. COPY TO ⟦H|SANFORD WEST FARGO CLINIC⟧ (PCP) FAX ⟦F|701-555-0129⟧.
PATIENT WALLET CARD ISSUED - RH NEGATIVE, RHIG GIVEN ⟦D|10/13/99⟧.
`);

note("newborn-screen-caps", `
⟦O|TENNESSEE DEPARTMENT OF HEALTH⟧ - NEWBORN SCREENING PROGRAM   ⟦S|630 HART LN⟧, ⟦C|NASHVILLE⟧ ⟦STATE|TN⟧ ⟦Z|37216⟧   ⟦P|615-555-0145⟧
*** OUT OF RANGE RESULT - URGENT ***   REPORT DATE ⟦D|10/13/2099⟧
INFANT: ⟦N|MCKINNEY⟧, GIRL   KIT # ⟦I|TN99-44718204⟧   DOB ⟦D|10/09/2099⟧ 16:30   COLLECTED ⟦D|10/10/2099⟧ 18:05 (25 H)   BW 2,980 G
BIRTH FACILITY: ⟦H|ASCENSION SAINT THOMAS RUTHERFORD⟧, ⟦C|MURFREESBORO⟧   SUBMITTER # ⟦I|0471⟧
MOTHER: ⟦N|MCKINNEY, ASHLEIGH DAWN⟧   DOB ⟦D|01/15/2072⟧   PHONE ⟦P|615-555-0118⟧   ADDRESS ⟦S|318 OLD FORT PKWY⟧ LOT 22, ⟦C|MURFREESBORO⟧ ⟦STATE|TN⟧ ⟦Z|37129⟧
NEWBORN'S PHYSICIAN ON CARD: DR. ⟦N|GABRIEL ORTIZ-HALE⟧, ⟦H|PEDIATRIC ASSOCIATES OF MURFREESBORO⟧ ⟦P|615-555-0190⟧ FAX ⟦F|615-555-0191⟧
RESULT: C3 (PROPIONYLCARNITINE) 9.84 UMOL/L (CUTOFF < 5.25), C3/C2 0.41 - PRESUMPTIVE POSITIVE FOR PROPIONIC / METHYLMALONIC ACIDEMIA.
ACTION: SAME-DAY CLINICAL EVALUATION, SEND PLASMA ACYLCARNITINES, URINE ORGANIC ACIDS, PLASMA AMINO ACIDS. CONTACT METABOLIC SPECIALIST ⟦N|ROHINI KESAVAN⟧, MD AT ⟦H|VANDERBILT UNIVERSITY MEDICAL CENTER⟧ ⟦P|615-555-0162⟧.
FOLLOW-UP NURSE: ⟦N|DEBORAH STAPLETON⟧, RN   ⟦E|DEBORAH.STAPLETON@TN-NBS.EXAMPLE.GOV⟧   CASE # ⟦I|NBS-99-01187⟧
PEDIATRIC OFFICE REACHED ⟦D|10/13/2099⟧ 09:12, SPOKE WITH ⟦N|LAKESHA⟧ (TRIAGE RN). FAMILY CALLED 09:40 - FATHER ⟦N|DUSTIN MCKINNEY⟧.
`);

note("delivery-log-caps", `
⟦H|HUTCHESON MEDICAL CENTER⟧ LABOR & DELIVERY - DELIVERY LOG   ⟦D|OCTOBER 2099⟧   PAGE 4
DATE    TIME  MOTHER (LAST, FIRST)         MOM MRN       G/P     GA     ROUTE    SEX  WT(G)  APGAR  DELIVERED BY             BABY MRN       NICU
⟦D|10/09⟧   0412  ⟦N|PETTWAY, KIARA⟧               ⟦M|HMC-441802⟧    G2P1    38+6   NSVD     F    3180   8/9    DR ⟦N|ODUYA⟧                  ⟦M|HMC-N-77120⟧    N
⟦D|10/09⟧   1633  ⟦N|CALLOWAY, RAE-ANN⟧           ⟦M|HMC-441817⟧    G1P0    41+1   PLTCS    M    4120   8/9    DR ⟦N|FINCHUM⟧                ⟦M|HMC-N-77121⟧    N
⟦D|10/10⟧   2250  ⟦N|XIONG, MAI NENG⟧              ⟦M|HMC-441829⟧    G5P4    37+3   NSVD     M    2890   9/9    ⟦N|H. LOR⟧, CNM                ⟦M|HMC-N-77124⟧    N
⟦D|10/11⟧   0105  ⟦N|DELGADO TORRES, ITZEL⟧       ⟦M|HMC-441833⟧    G1P0    34+0   VAVD     F    2210   6/8    DR ⟦N|ODUYA⟧                  ⟦M|HMC-N-77126⟧    Y
⟦D|10/12⟧   1918  ⟦N|BRANNIGAN, SHELBY⟧            ⟦M|HMC-441840⟧    G3P2    39+0   RLTCS    F    3450   9/9    DR ⟦N|FINCHUM⟧                ⟦M|HMC-N-77130⟧    N
⟦D|10/12⟧   2302  ⟦N|JOHNSON, TAMARA⟧              ⟦M|HMC-441852⟧    G4P3    23+5   SVD      M    590    1/3    DR ⟦N|WHITFIELD⟧              ⟦M|HMC-N-77131⟧    Y-TRANSFERRED ⟦H|ERLANGER⟧
⟦D|10/13⟧   0640  ⟦N|ESPINOZA, YADIRA⟧             ⟦M|HMC-441858⟧    G2P1    40+2   VBAC     M    3720   8/9    ⟦N|S. BAUTISTA-KING⟧, CNM     ⟦M|HMC-N-77133⟧    N
COMMENTS: ⟦D|10/12⟧ 2302 PERIVIABLE - NEONATOLOGY DR. ⟦N|ABERCROMBIE⟧ (⟦H|ERLANGER T.C. THOMPSON CHILDREN'S⟧) BY PHONE, TRANSPORT ⟦O|ERLANGER LIFEFORCE⟧ 00:40.
LOG CHECKED BY ⟦N|GWEN TATUM⟧, RN, L&D NURSE MANAGER   ⟦D|10/13/2099⟧   ⟦N|GT⟧
`);

note("ld-admission-caps", `
LABOR AND DELIVERY ADMISSION H&P   ⟦H|HURLEY MEDICAL CENTER⟧, ⟦C|FLINT⟧ ⟦STATE|MI⟧   ADMIT ⟦D|10/13/2099⟧ 05:55
PT: ⟦N|ABERNATHY, JANAYA MONIQUE⟧   MRN ⟦M|HMC2207714⟧   ACCT ⟦I|990184471⟧   DOB ⟦D|12/30/2079⟧   AGE 19
G1P0 AT 40W3D, EDD ⟦D|10/10/2099⟧ BY LMP ⟦D|01/03/2099⟧ C/W 11 WK US. PNC ⟦H|HAMILTON COMMUNITY HEALTH NETWORK⟧ - 12 VISITS (DR. ⟦N|FARAH AL-KHOURY⟧).
HPI: SROM 03:30 CLEAR FLUID, CTX Q 3-4 MIN SINCE 04:00. +FM.
PNL: O POS / AB NEG / RUBELLA IMMUNE / HBSAG NEG / HIV NEG / RPR NR / GBS NEG (⟦D|09/19/2099⟧) / 1 HR GTT 112 / HGB 10.4.
HX: ASTHMA (ALBUTEROL PRN), LEAD EXPOSURE SCREEN NEG ⟦D|2098⟧. SOCIAL: LIVES WITH MOTHER ⟦N|DOROTHEA ABERNATHY⟧ ⟦P|810-555-0143⟧ AT ⟦S|2607 MARTIN LUTHER KING AVE⟧, ⟦C|FLINT⟧ ⟦Z|48505⟧. FOB ⟦N|MARQUIS TILLMAN⟧ INVOLVED.
SUPPORT: DOULA ⟦N|ASHA WOODFORK⟧ (⟦O|SISTERS IN BIRTH DOULA COLLECTIVE⟧) ⟦P|810-555-0188⟧.
EXAM: BP 124/78. EFW 3,400 G BY LEOPOLDS. SVE 5/90/-1, VERTEX. FHT CAT I.
PLAN: ADMIT L&D, EXPECTANT MANAGEMENT, EPIDURAL ON REQUEST, PEDS: ⟦O|GENESEE PEDIATRICS⟧.
INSURANCE: ⟦O|MOLINA HEALTHCARE OF MICHIGAN⟧   ID ⟦HP|MI01844720⟧
⟦N|AMANI OKORO⟧, MD (PGY-1) FOR DR. ⟦N|SALIM HADDAD⟧ ATTENDING   PAGER ⟦P|810-555-0107⟧
`);

// ======================================================== lower case (10) ========================================================

note("doula-visit-lo", `
doula visit note - postpartum home visit #2   ⟦D|10/13/2099⟧
client: ⟦N|tigist haile⟧ (goes by ⟦N|tigi⟧)   baby: ⟦N|nahom⟧ born ⟦D|10/06/2099⟧ at ⟦H|swedish first hill⟧, 7 lb 2 oz
address: ⟦S|4418 s othello st⟧ apt 210, ⟦C|seattle⟧ ⟦STATE|wa⟧ ⟦Z|98118⟧. husband ⟦N|dawit gebremedhin⟧ works nights (⟦O|king county metro⟧).
doula: ⟦N|yordanos bekele⟧, cd(dona) - ⟦O|mother africa doula network⟧   cell ⟦P|206-555-0172⟧   ⟦E|yordi.doula@protonmail.com⟧
visit: arrived 10:00, left 12:15. mom sitting up, bleeding like a light period, pad changed q4h. perineum sore, using peri bottle + sitz bath.
feeding: breastfeeding 8-10x/day, some pain on l nipple with latch. showed laid-back position. baby had 6 wet, 4 yellow stools yesterday.
mood: teary at times, says "i miss my mother" (mother ⟦N|almaz tesfaye⟧ is in ⟦C|addis ababa⟧, visa appointment ⟦D|11/2099⟧). epds done: 9.
mother-in-law ⟦N|werknesh⟧ arriving ⟦D|oct 20⟧ from ⟦C|minneapolis⟧.
referrals: lactation at ⟦H|swedish breastfeeding center⟧ ⟦P|206-555-0139⟧; ⟦O|perinatal support washington⟧ warm line ⟦P|888-555-0146⟧.
ob follow-up: dr. ⟦N|hana mersha⟧ at ⟦H|international community health services⟧ on ⟦D|10/20⟧ for bp check.
medicaid (⟦O|apple health⟧) doula benefit - provider id ⟦I|2044718-dl⟧, client id ⟦HP|201184472wa⟧, billed ⟦D|10/13/2099⟧.
next visit ⟦D|10/17/2099⟧. - ⟦N|yb⟧
`);

note("home-birth-transfer-lo", `
planned home birth - intrapartum transfer note (midwife)   date ⟦D|10/12/2099⟧
midwife: ⟦N|rebekah stoltzfus-byler⟧, cpm, lm   practice: ⟦H|garden spot midwifery⟧, ⟦S|3520 old philadelphia pike⟧, ⟦C|intercourse⟧ ⟦STATE|pa⟧ ⟦Z|17534⟧   ⟦P|717-555-0125⟧
assistant: ⟦N|miriam zook⟧ (student midwife)
client: ⟦N|esther king⟧, 31 yo g6p5005, edd ⟦D|10/02/2099⟧ (41w3d). husband ⟦N|amos king⟧. address ⟦S|118 cattail rd⟧, ⟦C|gordonville⟧ ⟦STATE|pa⟧ ⟦Z|17529⟧ - no phone in home, neighbor ⟦N|leroy esh⟧ ⟦P|717-555-0168⟧ takes messages.
labor course: srom 14:10 meconium-stained (thick). active labor 18:00, 6 cm at 21:30. fhr by doppler 110-120 with decels after contractions x3 (21:40-22:05).
decision to transfer 22:10. called 911 - ⟦O|lancaster ems⟧ medic unit arrived 22:24. called ahead to ⟦H|penn medicine lancaster general hospital⟧ l&d charge nurse ⟦N|colleen murtaugh⟧ ⟦P|717-555-0100⟧.
handoff given 22:51 to dr. ⟦N|vikram chandrasekhar⟧ (ob hospitalist) and ⟦N|tess hollinger⟧, rn. prenatal record (paper) handed over: 9 visits, labs at ⟦O|lancaster general health lab⟧, gbs neg, hgb 11.9, rh pos.
husband followed by van driven by ⟦N|john fisher⟧. bishop visiting family consulted on c/s consent - agreed.
outcome (per phone from hospital 01:30 ⟦D|10/13⟧): stat c/s 23:38 for category iii tracing, baby boy ⟦N|king⟧ 8 lb 11 oz, apgars 3/7, to nicu for mas - dr. ⟦N|okwuosa⟧.
self-pay, church aid via ⟦O|amish aid society⟧ - acct ⟦I|gsm-2099-0447⟧.
transfer to be reviewed at ⟦O|pennsylvania midwives association⟧ peer review; mana stats entry ⟦I|ms-44718⟧.
⟦N|rsb⟧ ⟦D|10/13/2099⟧ 03:15
`);

note("lactation-consult-lo", `
lactation consultation - outpatient   ⟦H|ucsf benioff children's hospital oakland⟧ breastfeeding clinic   ⟦D|10/13/2099⟧
mother: ⟦N|lien tran-morales⟧   dob ⟦D|07/19/2074⟧   mrn ⟦M|bco-90447182⟧   phone ⟦P|510-555-0151⟧
infant: ⟦N|sebastian tran-morales⟧   dob ⟦D|09/29/2099⟧   mrn ⟦M|bco-90447191⟧   birth wt 3,605 g, today 3,540 g (day 14)
pediatrician: dr. ⟦N|adaeze nwachukwu⟧, ⟦H|west oakland health⟧   referred by ⟦N|keiko yamashita⟧, np, ⟦H|kaiser permanente oakland⟧ mother-baby
hx: primip, nsvd at ⟦H|alta bates summit medical center⟧. nipple pain 8/10 bilat, cracked r nipple. pumping with medela symphony rental (serial ⟦DEV|sym-2208817⟧, from ⟦O|wic of alameda county⟧).
assessment: tongue tie (hazelbaker function 9), shallow latch, transfer 38 ml pre/post weight. supply adequate.
plan: referral to dr. ⟦N|farhad nouri⟧ (pediatric ent, ⟦H|children's specialty center walnut creek⟧) for frenotomy eval ⟦D|10/16⟧. all-purpose nipple ointment. triple feed 1 wk.
partner ⟦N|diego morales⟧ to do bottles overnight. return ⟦D|10/20/2099⟧ 11:00.
⟦N|francesca bellini⟧, rn, ibclc   ⟦E|fbellini@bchoakland.example.org⟧   ext ⟦P|3318⟧
`);

note("ob-portal-chat-lo", `
patient portal thread - ⟦H|providence women's clinic⟧ (⟦C|portland⟧)   mychart user ⟦UN|jenna.kowalski84⟧
⟦D|10/11/2099⟧ 21:14 ⟦N|jenna kowalski⟧: hi this is ⟦N|jenna⟧, 34 weeks. my feet are really swollen and i have a headache that tylenol didnt help. is that normal?? dr ⟦N|ostrander⟧ said to message if anything weird
⟦D|10/11/2099⟧ 21:31 ⟦N|monique fairbanks⟧, rn (triage): hi ⟦N|jenna⟧, headache plus swelling at 34 wks needs a bp check tonight. please go to l&d triage at ⟦H|providence st. vincent medical center⟧, ⟦S|9205 sw barnes rd⟧. call ⟦P|503-555-0121⟧ if you need directions. are you seeing spots or having belly pain?
⟦D|10/11/2099⟧ 21:40 ⟦N|jenna kowalski⟧: some sparkles in my eyes. my husband ⟦N|tomasz⟧ is driving me now
⟦D|10/11/2099⟧ 21:41 ⟦N|monique fairbanks⟧, rn: good. i'm calling ahead to the charge nurse ⟦N|aubrey⟧. bring your insulin pump info too (omnipod, pdm serial ⟦DEV|pdm4471820⟧).
⟦D|10/12/2099⟧ 08:02 ⟦N|tomasz kowalski⟧ (proxy): she was admitted, bp 168/104, on magnesium. they say delivery today. can someone tell dr ⟦N|ostrander⟧
⟦D|10/12/2099⟧ 08:15 dr. ⟦N|h. ostrander⟧: thanks ⟦N|tomasz⟧, i saw the note from dr ⟦N|patel-nguyen⟧ overnight. i'll come by this afternoon. thinking of you both.
⟦D|10/14/2099⟧ 10:20 ⟦N|jenna kowalski⟧: baby ⟦N|nora⟧ was born ⟦D|oct 12⟧ at 6:05 pm! 4 lb 9 oz, in the nicu but breathing on her own. thank you ⟦N|monique⟧
`);

note("nfp-home-visit-lo", `
nurse-family partnership - home visit encounter   agency: ⟦O|nurse-family partnership of oklahoma county⟧   site ⟦I|ok-0412⟧
nurse home visitor: ⟦N|cheyenne roanhorse⟧, bsn, rn   supervisor: ⟦N|dolores kitchens⟧, rn
client: ⟦N|makayla brooke sixkiller⟧   client id ⟦I|nfp-2207714⟧   dob ⟦D|02/14/2072⟧   enrolled ⟦D|04/22/2099⟧ at 16 wks
visit date ⟦D|10/13/2099⟧, phase: infancy (2 wk). location: ⟦S|1609 nw 28th st⟧, ⟦C|oklahoma city⟧ ⟦STATE|ok⟧ ⟦Z|73106⟧ (grandmother's home - ⟦N|verna sixkiller⟧)
infant: ⟦N|kaiden james sixkiller⟧, born ⟦D|09/29/2099⟧ at ⟦H|oklahoma children's hospital ou health⟧ (37 wks, 6 lb 1 oz, 2 days nicu for glucose).
infant check: wt 6 lb 9 oz on home scale, jaundice resolving, cord off. sleeping in pack-n-play on back (crib from ⟦O|cribs for kids⟧ program ⟦D|10/01⟧).
maternal: bleeding light, bp 118/76, taking iron. epds 11 - referred to ⟦O|red rock behavioral health⟧ ⟦P|405-555-0184⟧; client agreed.
partner ⟦N|jordan whitebird⟧ not living in home; ipv screen negative today.
goals: return to ⟦O|metro tech⟧ for cna course in ⟦D|january⟧; soonercare renewal due ⟦D|11/30/2099⟧ (member id ⟦HP|sc40117724⟧).
pediatric visit: ⟦H|variety care - straka terrace⟧ ⟦D|10/15⟧ with dr. ⟦N|bich ngoc pham⟧. well-child shots discussed, tribal clinic option ⟦H|indian health care resource center of tulsa⟧ not needed (⟦C|okc⟧).
next visit ⟦D|10/27/2099⟧ 14:00. nurse cell ⟦P|405-555-0136⟧. ⟦N|cr⟧
`);

note("postpartum-call-lo", `
postpartum transition call (rn)   ⟦H|atrium health wake forest baptist⟧ - birth center follow-up line   call date ⟦D|10/13/2099⟧ 10:05
patient: ⟦N|da'nasia hargrove-mckoy⟧   dob ⟦D|05/05/2076⟧   mrn ⟦M|awfb-3390471⟧   delivered ⟦D|10/10/2099⟧ nsvd, discharged ⟦D|10/12/2099⟧
phone ⟦P|336-555-0159⟧ (cell). spoke with patient; grandmother ⟦N|bernice hargrove⟧ also on speaker.
bp at home 132/84 with cuff from program (omron, serial ⟦DEV|om7-20991184⟧). no headache, no vision changes. bleeding decreasing. incision n/a.
baby ⟦N|zion⟧ feeding formula (similac), 2-3 oz q3h, wet diapers ok. peds appt at ⟦H|downtown health plaza⟧ ⟦D|10/14⟧ with dr. ⟦N|ifeoma anyanwu⟧.
mood: "tired but ok". edps 6. knows warning signs; given maternal warning sign card and ⟦O|nc maternal mental health matters⟧ line ⟦P|800-555-0110⟧.
needs: car seat ok, no crib - referred to ⟦O|forsyth county department of public health⟧ safe sleep ⟦P|336-555-0164⟧. ride to pp visit via ⟦O|modivcare⟧ (medicaid, id ⟦HP|944718207o⟧).
pp visit booked ⟦D|10/24/2099⟧ with ⟦N|thandiwe okafor⟧, cnm, ⟦H|downtown health plaza⟧ ob clinic, ⟦S|1200 n martin luther king jr dr⟧, ⟦C|winston-salem⟧.
call by ⟦N|kimberly pegram⟧, rn ⟦N|kp⟧
`);

note("wic-referral-lo", `
wic referral / certification note   ⟦O|el paso department of public health wic⟧ - ⟦LO|northeast wic site⟧, ⟦S|9566 railroad dr⟧, ⟦C|el paso⟧ ⟦STATE|tx⟧ ⟦Z|79924⟧   ⟦P|915-555-0117⟧
referral from: ⟦N|guadalupe saenz⟧, cnm, ⟦H|centro de salud familiar la fe⟧ - fax ⟦F|915-555-0142⟧   referral date ⟦D|10/09/2099⟧
participant (mother): ⟦N|yesenia carrasco dominguez⟧   dob ⟦D|11/08/2075⟧   wic id ⟦I|tx-wic-71044182⟧   category: postpartum breastfeeding
infant: ⟦N|ximena carrasco⟧   dob ⟦D|10/03/2099⟧   born ⟦H|university medical center of el paso⟧   birth wt 2,710 g (sga)
household: mother, infant, partner ⟦N|rogelio ibarra⟧ (works ⟦O|foster farms⟧), sister ⟦N|marisol carrasco⟧ (15). income verified by medicaid (id ⟦HP|519447182⟧).
address: ⟦S|10312 dyer st⟧ trlr 4, ⟦C|el paso⟧ ⟦Z|79934⟧. alt phone (sister) ⟦P|915-555-0188⟧. prefers spanish.
nutrition risk: sga infant, maternal hgb 10.8 (⟦D|10/05⟧), short interpregnancy interval (prior birth ⟦D|03/2098⟧).
benefits: fully breastfeeding package; peer counselor ⟦N|araceli pena⟧ assigned ⟦P|915-555-0129⟧; breast pump (spectra s1, serial ⟦DEV|s1-99-0472116⟧) loaned ⟦D|10/13/2099⟧.
ebt card issued ⟦D|10/13/2099⟧. next appt ⟦D|11/10/2099⟧.
cpa: ⟦N|veronica lujan⟧, rd, ld   ⟦E|vlujan@elpasotexas.example.gov⟧
`);

note("perinatal-sw-lo", `
perinatal social work assessment   ⟦H|johns hopkins bayview medical center⟧ - mother-baby unit   ⟦D|10/13/2099⟧
pt: ⟦N|crystal renee dorsey⟧   mrn ⟦M|jhbv-5524718⟧   dob ⟦D|09/03/2076⟧   pod 1 s/p primary c/s ⟦D|10/12/2099⟧
infant: baby girl ⟦N|dorsey⟧ in nicu (mrn ⟦M|jhbv-5524790⟧), 33 wks, on cpap.
referral reason: positive utox for fentanyl on admission, limited pnc (2 visits at ⟦H|total health care - reisterstown rd⟧), housing insecurity.
interview with pt at bedside, ms. ⟦N|dorsey⟧'s aunt ⟦N|gloria whitlock⟧ present with permission. pt reports using fentanyl "off and on" since ⟦D|2097⟧; last use ⟦D|10/11⟧. interested in treatment; seen by addiction consult (dr. ⟦N|samuel adebisi-ross⟧), started buprenorphine.
living: currently staying at ⟦LO|marian house⟧, ⟦S|949 gorsuch ave⟧, ⟦C|baltimore⟧ ⟦Z|21218⟧; before that with boyfriend ⟦N|dante "dre" mcfadden⟧ at ⟦S|2817 e monument st⟧ (pt says not safe to return).
other children: ⟦N|jaylen⟧ (7) and ⟦N|aniyah⟧ (4) with maternal grandmother ⟦N|yvonne dorsey⟧ in ⟦C|dundalk⟧ ⟦P|410-555-0163⟧.
plan of safe care: report made to ⟦O|baltimore city department of social services⟧ cps intake ⟦D|10/13/2099⟧ 11:20, worker ⟦N|terrell ashby⟧ ⟦P|443-555-0190⟧, intake # ⟦I|cps-99-1044718⟧. referral to ⟦O|center for addiction and pregnancy⟧ (cap) ⟦P|410-555-0157⟧ and ⟦O|b'more for healthy babies⟧ home visiting.
insurance: ⟦O|maryland physicians care⟧ medicaid id ⟦HP|30447182690⟧.
⟦N|harriet o'donnell⟧, lcsw-c   pager ⟦P|410-555-0122⟧
`);

note("ob-triage-phone-log-lo", `
ob after-hours triage phone log - ⟦H|la clinica de la raza⟧ ob department (⟦C|oakland⟧/⟦C|san leandro⟧)   nurse line ⟦P|510-555-0108⟧   week of ⟦D|10/07/2099⟧
⟦D|10/07⟧ 19:12  ⟦N|maria de los angeles chuc⟧  ⟦P|510-555-0176⟧  28w, mam speaker (interpreter ⟦N|ana tum⟧ via ⟦O|languageline⟧ id ⟦I|441178⟧). cramping + spotting -> sent to ⟦H|highland hospital⟧ l&d. - ⟦N|gv⟧
⟦D|10/08⟧ 22:40  ⟦N|brianna o'hare⟧  ⟦P|510-555-0112⟧  39w, ctx q5 x1h, water not broken. reviewed 5-1-1, to call back or go to ⟦H|alta bates⟧. - ⟦N|gv⟧
⟦D|10/09⟧ 06:05  ⟦N|fatima rahimi⟧  ⟦P|510-555-0191⟧  pp day 5, fever 101.2, c/s incision red. to ⟦H|washington hospital⟧ ed in ⟦C|fremont⟧; husband ⟦N|ahmad rahimi⟧ driving. - ⟦N|lc⟧
⟦D|10/10⟧ 23:55  ⟦N|kalani akana-silva⟧  ⟦P|808-555-0135⟧ (visiting from ⟦C|hilo⟧)  32w, fell on stairs, no bleeding, +fm. to nearest l&d (⟦H|kaiser san leandro⟧). ob in ⟦STATE|hawaii⟧: dr. ⟦N|leilani kahale⟧ (⟦H|hilo medical center⟧). - ⟦N|lc⟧
⟦D|10/12⟧ 02:30  ⟦N|thuy duong ly⟧  ⟦P|510-555-0147⟧  12w, vomiting 10x/day, can't keep water. sent to ed. unisom + b6 advice given. - ⟦N|gv⟧
⟦D|10/13⟧ 04:18  ⟦N|jasmine poole⟧  ⟦P|510-555-0128⟧  37w, gbs+, leaking fluid since 3 am -> ⟦H|highland⟧ l&d, aware needs abx. partner ⟦N|marcus⟧ driving. - ⟦N|gv⟧
nurses: ⟦N|gv⟧ = ⟦N|gabriela villasenor⟧, rn; ⟦N|lc⟧ = ⟦N|linh chau⟧, rn. reviewed by dr. ⟦N|ostrowski⟧ ⟦D|10/13/2099⟧.
`);

note("fetal-demise-bereavement-lo", `
bereavement support note - perinatal loss   ⟦H|intermountain medical center⟧, ⟦C|murray⟧ ⟦STATE|ut⟧   ⟦D|10/13/2099⟧
patient: ⟦N|hannah thorne-whitaker⟧   mrn ⟦M|imc-81104472⟧   dob ⟦D|03/11/2073⟧   g2p0010 -> g2p0101 after delivery
iufd diagnosed ⟦D|10/11/2099⟧ at 27w3d at ⟦H|ogden regional medical center⟧ (no fhr on doppler, confirmed by us, dr. ⟦N|ingram⟧); induced here with misoprostol. stillborn son ⟦N|oliver james whitaker⟧ born ⟦D|10/12/2099⟧ 21:47, 890 g.
husband ⟦N|caleb whitaker⟧ present. parents of patient ⟦N|richard⟧ and ⟦N|joanne thorne⟧ arrived from ⟦C|pocatello⟧.
family wishes: photos by ⟦O|now i lay me down to sleep⟧ volunteer photographer ⟦N|kristin abbott⟧ (scheduled ⟦D|10/13⟧ 10:00). memory box, footprints, lock of hair given. cuddle cot used overnight.
blessing by bishop ⟦N|daniel pratt⟧ of the family's ward (⟦O|taylorsville 14th ward⟧) at 08:30.
autopsy: declined. placenta to pathology (⟦I|s99-88127⟧), tora work-up sent (kb, antiphospholipid, karyotype from placenta to ⟦O|arup laboratories⟧, order ⟦I|arup-99-7710442⟧).
disposition: ⟦O|larkin mortuary⟧ ⟦P|801-555-0180⟧ to pick up ⟦D|10/14⟧; fetal death certificate started, file # ⟦I|ut-fd-99-00412⟧.
lactation suppression discussed (cabergoline offered, declined, chose binding). support group: ⟦O|share utah⟧ ⟦U|www.shareutah.example.org⟧.
follow-up call ⟦D|10/20/2099⟧ by ⟦N|marisa gundersen⟧, rn, bereavement coordinator ⟦P|801-555-0152⟧. pp visit with dr. ⟦N|solveig rasmussen⟧ ⟦D|11/17/2099⟧.
`);

// ======================================================== Mixed case (25) ========================================================

note("fqhc-new-ob-intake", `
⟦H|Clínica Sierra Vista - East Bakersfield⟧ · Initial Prenatal Visit (New OB)                Visit date: ⟦D|10/13/2099⟧
Patient: ⟦N|Juárez Cárdenas, Rosa Elvira⟧        DOB: ⟦D|02/27/2077⟧        MRN: ⟦M|CSV-0417722⟧        Preferred language: Mixteco / Spanish
Provider: ⟦N|Anneliese Park-Ramírez⟧, CNM        MA: ⟦N|Yuridia Ochoa⟧        Interpreter (Mixteco): ⟦N|Fidel Mendoza⟧, ⟦O|Mixteco/Indígena Community Organizing Project⟧

OB history: G4 P2 0 1 2. ⟦D|2091⟧ SVD 3,200 g ⟦C|Tlaxiaco⟧, ⟦STATE|Oaxaca⟧ (home, partera); ⟦D|2095⟧ SVD 2,950 g ⟦H|Kern Medical⟧; ⟦D|2097⟧ SAB 8 wk.
LMP ⟦D|07/21/2099⟧ (sure), EDD ⟦D|04/27/2100⟧; dating US today: CRL 34 mm = 10w2d, agrees.
Works: grape harvest, ⟦O|Giumarra Vineyards⟧ crew of foreman ⟦N|Abelardo Cruz⟧, ⟦C|Arvin⟧ fields; pesticide exposure counselled; heat precautions.
Partner: ⟦N|Isidro Ramírez López⟧ (FOB), same crew. Children ⟦N|Yareli⟧ (8) and ⟦N|Josué⟧ (4) at ⟦O|Sunset Elementary⟧.
Address: ⟦S|811 Lotus Ln⟧ #B, ⟦C|Lamont⟧, ⟦STATE|CA⟧ ⟦Z|93241⟧.  Cell ⟦P|661-555-0183⟧ (WhatsApp). Emergency: sister-in-law ⟦N|Teresa López⟧ ⟦P|661-555-0120⟧.
Coverage: Medi-Cal presumptive eligibility today, PE # ⟦I|PE99-2047718⟧; plan choice ⟦O|Kern Family Health Care⟧, CIN ⟦HP|91447182A⟧ pending.
Labs sent to ⟦O|Quest Diagnostics⟧ (req ⟦I|QD-88104472⟧): CBC, type & screen, rubella, varicella, HBsAg, HIV, syphilis, HCV, UA/UC, Pap + HPV, GC/CT, A1c (BMI 33), TSH.
Genetic screening: offered cfDNA (Natera Panorama) and carrier screen — accepted, drawn today.
Plan: prenatal vitamins, aspirin 81 mg from 12 wk (risk: obesity + low SES), Tdap at 27-36 wk, flu shot today (lot 3318), CHDP/WIC referral to ⟦O|Kern County Public Health WIC⟧, dental at ⟦H|Clínica Sierra Vista - Lamont⟧.
CPSP assessment by ⟦N|Maricela Bañuelos⟧, CPHW. Return 4 wk, ⟦D|11/10/2099⟧.
Signed ⟦N|A. Park-Ramírez⟧, CNM ⟦D|10/13/2099⟧ 16:50
`);

note("midwifery-return-visit", `
⟦H|Green Mountain Midwifery⟧ — Return Prenatal Visit
⟦S|74 Strongs Ave⟧, ⟦C|Rutland⟧, ⟦STATE|VT⟧ ⟦Z|05701⟧ · ⟦P|802-555-0146⟧ · ⟦E|hello@greenmountainmidwifery.example.com⟧

Client: ⟦N|Willa Abernethy-Stroud⟧ · DOB ⟦D|August 4, 2070⟧ · Chart # ⟦M|GMM-1182⟧ · Visit ⟦D|October 13, 2099⟧
G2P1001 at 30w1d (EDD ⟦D|December 14, 2099⟧). First birth ⟦D|2097⟧ at ⟦H|Rutland Regional Medical Center⟧, 16 h labor, 2nd-degree tear.
Planning birth at ⟦H|Birth Center of the Green Mountains⟧ (⟦C|Middlebury⟧) with ⟦N|Ingrid Solheim⟧, CPM and ⟦N|Theodora Quinn⟧, CNM; backup OB Dr. ⟦N|Marcus Oyelaran⟧ at ⟦H|Porter Medical Center⟧.
Today: BP 112/70, wt +18 lb total, fundal height 30 cm, FHR 144 by doppler, vertex by palpation. Urine neg/neg.
28-wk labs (⟦D|Sept 29⟧): 1-h GCT 128, Hgb 11.2, antibody screen neg (Rh pos). Tdap given ⟦D|10/13⟧.
Discussed: kick counts, birth plan (water birth, delayed cord clamping, eye ointment declined — waiver signed), car seat.
Partner ⟦N|Jonah Stroud⟧ and daughter ⟦N|Piper⟧ (2) present. Grandmother ⟦N|Agnes Abernethy⟧, age ⟦A|93⟧, hopes to attend birth — center's visitor policy reviewed.
Insurance: ⟦O|Blue Cross Blue Shield of Vermont⟧, member ⟦HP|VTB447182201⟧, group ⟦HP|00417⟧.
Next visit 2 weeks (⟦D|10/27/2099⟧). — ⟦N|IS⟧ / ⟦N|TQ⟧
`);

note("group-prenatal-roster", `
CenteringPregnancy Group Roster — ⟦H|Family Health Centers of San Diego - City Heights⟧ · Cohort "October Moms" · Session 6 of 10 · ⟦D|10/13/2099⟧ 17:30
Facilitators: ⟦N|Sagal Ismail⟧, CNM · ⟦N|Lupe Villanueva⟧, MA · Guest: Dr. ⟦N|Hao Trinh⟧ (pediatrics)
Participant              MRN            EDD           GA today   BP       Wt change   Notes
⟦N|Amina Warsame⟧            ⟦M|FHC-2210441⟧    ⟦D|12/02/2099⟧    32+3       108/64   +1 lb       Somali interpreter (⟦N|Farhiya⟧)
⟦N|Hsa Paw Htoo⟧             ⟦M|FHC-2210458⟧    ⟦D|12/09/2099⟧    31+3       116/72   +2 lb       Karen; husband ⟦N|Eh Say⟧ attends
⟦N|Kiana Montoya-Reed⟧       ⟦M|FHC-2210462⟧    ⟦D|11/28/2099⟧    33+0       128/82   +4 lb       recheck BP; ⟦O|Project Concern International⟧ doula
⟦N|Nguyen Thi Mai Anh⟧       ⟦M|FHC-2210470⟧    ⟦D|12/15/2099⟧    30+4       104/66   +2 lb       GDM A1 — glucose log good
⟦N|Shirin Ahmadzai⟧          ⟦M|FHC-2210483⟧    ⟦D|12/05/2099⟧    31+6       110/70   0 lb        Dari; SIV family, ⟦O|International Rescue Committee⟧ case mgr ⟦N|Wahid Noori⟧
⟦N|Destiny Arrington⟧        ⟦M|FHC-2210491⟧    ⟦D|11/30/2099⟧    32+5       —        —           absent; called ⟦P|619-555-0149⟧, no answer
Topic: preterm labor signs, breastfeeding, birth spacing. Snacks donated by ⟦O|Northgate Market⟧ (⟦C|City Heights⟧).
Next session ⟦D|10/27/2099⟧ at ⟦S|3750 Fairmount Ave⟧, community room. — ⟦N|SI⟧
`);

note("tele-mfm-consult", `
Maternal-Fetal Medicine Telehealth Consultation
Originating site: ⟦H|Tuba City Regional Health Care Corporation⟧, ⟦C|Tuba City⟧, ⟦STATE|AZ⟧ (⟦LO|Navajo Nation⟧) · Distant site: ⟦H|Northern Arizona Healthcare - Flagstaff Medical Center⟧ MFM, ⟦C|Flagstaff⟧
Date of service: ⟦D|10/13/2099⟧ · Video platform session ID ⟦I|VC-99-7718204⟧
Patient: ⟦N|Yazzie, Darlene Marie⟧ · DOB ⟦D|06/30/2079⟧ · TCRHCC chart ⟦M|TC-0884172⟧ · IHS/CHS eligible
Requesting: ⟦N|Renata Benally⟧, MD (family medicine-OB) · Presenter at originating site: ⟦N|Cora Nez⟧, RN
Consultant: ⟦N|Lawrence Whitehorse⟧, MD, MFM

Reason: G5P3013 at 29w0d with chronic hypertension and prior stillbirth (⟦D|2096⟧, 35 wk, at ⟦H|Chinle Comprehensive Health Care Facility⟧), now EFW 8th %ile.
History: cHTN on nifedipine XL 60 mg; A1c 5.6%; lives with mother ⟦N|Ruth Yazzie⟧ at ⟦LO|Cameron Chapter⟧, 55 miles from hospital, no running water; husband ⟦N|Leonard Begay⟧ hauls water, works at ⟦O|Navajo Transitional Energy Company⟧.
US today (sonographer ⟦N|Shirley Tsinajinnie⟧): EFW 1,060 g (8%), AC 6%, UA Doppler S/D 3.4 (normal for GA), MCA PI normal, AFI 11 cm.
Assessment: FGR (not severe), cHTN well controlled.
Recommendations: 1) weekly UA Doppler and BPP; 2) growth q3 wk; 3) aspirin 162 mg continue; 4) delivery at 37w0d if stable, at ⟦H|Flagstaff Medical Center⟧ (level III NICU); 5) move to ⟦LO|Flagstaff Maternity Lodge⟧ from 36 wk — ⟦O|Navajo Nation Division of Social Services⟧ to assist, contact ⟦N|Marlena Tso⟧ ⟦P|928-555-0170⟧; 6) betamethasone if delivery expected < 34 wk.
Discussed with patient in English and Navajo (interpreter ⟦N|Harrison Etsitty⟧). Time 45 min.
⟦N|L. Whitehorse⟧, MD · ⟦P|928-555-0112⟧ · fax ⟦F|928-555-0113⟧ · cc Dr. ⟦N|Benally⟧
`);

note("genetic-counseling-letter", `
⟦H|Rochester Prenatal Genetics⟧ — ⟦H|Mayo Clinic⟧ Department of Clinical Genomics
⟦S|200 First St SW⟧, ⟦C|Rochester⟧, ⟦STATE|MN⟧ ⟦Z|55905⟧ · Tel ⟦P|507-555-0166⟧

⟦D|October 13, 2099⟧

Mrs. ⟦N|Fartun Abdi Hassan⟧
⟦S|1410 Marion Rd SE⟧, Apt 302
⟦C|Rochester⟧, ⟦STATE|MN⟧ ⟦Z|55904⟧

Re: Genetic counseling visit of ⟦D|10/06/2099⟧ · MRN ⟦M|14-447-182⟧ · DOB ⟦D|04/01/2076⟧

Dear Ms. ⟦N|Hassan⟧,
Thank you for meeting with me and your husband, Mr. ⟦N|Abdiwali Farah⟧, with the Somali interpreter ⟦N|Ayan Mohamud⟧. You were referred by Dr. ⟦N|Kristiina Lahti⟧ (⟦H|Olmsted Medical Center⟧) because your carrier screen showed that you carry a change in the HBB gene (sickle cell trait, HbS).
Mr. ⟦N|Farah⟧'s blood was drawn on ⟦D|10/06/2099⟧ at ⟦O|Mayo Clinic Laboratories⟧ (accession ⟦I|MCL-99-4471820⟧). His hemoglobin electrophoresis, reported ⟦D|10/11/2099⟧, shows beta-thalassemia trait.
This means each pregnancy together has a 1 in 4 (25%) chance of sickle beta-thalassemia. Diagnostic testing by amniocentesis is available from 15 weeks; you told me you would like to think about it and talk with your family, including your mother ⟦N|Halimo Jama⟧ in ⟦C|Columbus⟧.
If you choose amniocentesis, please call our scheduler ⟦N|Bethany Kjelstad⟧ at ⟦P|507-555-0171⟧. Otherwise we will test the baby's blood after birth (newborn screen, and a confirmatory test at ⟦O|Minnesota Department of Health⟧ if needed).
Your other children (⟦N|Sabirin⟧ and ⟦N|Abdullahi⟧) may also be tested at any time through their pediatrician.
Sincerely,
⟦N|Margit Ellefson⟧, MS, CGC, Licensed Genetic Counselor (MN license ⟦I|GC-1047⟧)
cc: ⟦N|Kristiina Lahti⟧, MD · patient portal (user ⟦UN|fhassan86⟧)
`);

note("nipt-result-letter", `
⟦O|Lakeshore Genomics Laboratory⟧ · Cell-free DNA Prenatal Screen — Patient Report
⟦S|2600 W Lake Shore Dr⟧, ⟦C|Milwaukee⟧, ⟦STATE|WI⟧ ⟦Z|53211⟧ · Client services ⟦P|414-555-0130⟧ · ⟦U|https://portal.lakeshoregenomics.example.com⟧
Patient: ⟦N|Kowalczyk, Danuta E.⟧ · DOB ⟦D|11/02/2070⟧ · Specimen ID ⟦I|LG-99-10447182⟧ · Collected ⟦D|10/06/2099⟧ · Received ⟦D|10/07/2099⟧ · Reported ⟦D|10/13/2099⟧
Ordering provider: ⟦N|Gregory Szymanski⟧, MD · ⟦H|Aurora Women's Pavilion of West Allis Medical Center⟧ · NPI ⟦I|1447718209⟧ · Fax ⟦F|414-555-0185⟧
Gestational age at draw: 11w4d · Singleton · Fetal fraction 9.2% · Maternal weight 168 lb
RESULTS: Trisomy 21 — LOW RISK (< 1/10,000). Trisomy 18 — LOW RISK. Trisomy 13 — LOW RISK. Sex chromosomes — LOW RISK; fetal sex: female (released by patient request). 22q11.2 deletion — HIGH RISK (PPV ~ 15%).
Interpretation: A high-risk result is not diagnostic. Genetic counseling and diagnostic testing (CVS or amniocentesis) are recommended. Detailed fetal echocardiogram at 18-22 weeks.
Genetic counselor assigned: ⟦N|Rebecca Oyelowo-Schmidt⟧, MS, CGC · ⟦E|roschmidt@lakeshoregenomics.example.com⟧ · called patient ⟦D|10/13/2099⟧ 14:20 (spouse ⟦N|Pawel Kowalczyk⟧ also on call).
Billing: ⟦O|Quartz Health Solutions⟧ member ⟦HP|QHS4417720183⟧.
Laboratory director: ⟦N|Venkat Raghunathan⟧, PhD, FACMG · CLIA ⟦I|52D4477182⟧
`);

note("gtt-result-letter", `
⟦H|Sea Mar Community Health Centers - Tacoma Medical⟧
⟦S|1112 S Cushman Ave⟧, ⟦C|Tacoma⟧, ⟦STATE|WA⟧ ⟦Z|98405⟧

⟦D|10/13/2099⟧

Dear Ms. ⟦N|Lekka Jibon⟧ (MRN ⟦M|SM-7104482⟧),
Your 3-hour glucose test from ⟦D|10/09/2099⟧ showed two high values (fasting 99, 1 hour 196, 2 hour 178, 3 hour 131). This means you have gestational diabetes.
We have made an appointment for you with our diabetes educator ⟦N|Teresita Dimaculangan⟧, RD, CDCES on ⟦D|10/16/2099⟧ at 10:00, and a Marshallese interpreter (⟦N|Neije Lanki⟧) will be there. Please bring your glucose meter (we will give you a One Touch meter, serial ⟦DEV|OTV-4471820⟧).
You also have a visit with Dr. ⟦N|Marisol Acevedo-Hunt⟧ on ⟦D|10/20/2099⟧.
If you have questions, call the clinic at ⟦P|253-555-0144⟧ or send a message in MyChart.
Kindly, ⟦N|Marisol Acevedo-Hunt⟧, MD, for the prenatal team
cc: ⟦O|Pierce County WIC⟧; ⟦O|Marshallese Women's Association of Tacoma⟧ (community health worker ⟦N|Linda Jorbon⟧, ⟦P|253-555-0180⟧)
`);

note("growth-ultrasound", `
OB ULTRASOUND — Growth / BPP / Dopplers                    ⟦H|Women's Specialists of Albuquerque⟧ Imaging Suite
Patient: ⟦N|Chavez-Trujillo, Analisa⟧ · DOB ⟦D|09/14/2071⟧ · MRN ⟦M|WSA-33018⟧ · Study date ⟦D|13-Oct-2099⟧ · Accession ⟦I|US99-0417226⟧
Referring: Dr. ⟦N|Esteban Lucero⟧, ⟦H|First Choice Community Healthcare - South Valley⟧ · Sonographer ⟦N|Tanya Bitsui⟧, RDMS (initials ⟦N|TB⟧)
Clinical: 34w2d, GDM A2 on insulin (Dexcom G7 serial ⟦DEV|G7-99TK4471⟧), polyhydramnios on prior scan ⟦D|09/22/2099⟧.
Biometry: BPD 88 mm, HC 318, AC 330 (>97%), FL 66. EFW 2,940 g (88%) Hadlock. Ratio HC/AC 0.96.
AFI 26.4 cm (polyhydramnios). BPP 8/8. UA S/D 2.3. Placenta anterior, grade II. Cephalic.
Impression: LGA with AC > 97th %ile and polyhydramnios in GDM A2. Suggest glycemic review; growth in 3 wk; delivery planning 38-39 wk; discuss shoulder dystocia risk (EFW at term > 4,250 g likely).
Reported to Dr. ⟦N|Lucero⟧ by phone at 11:40 ⟦D|10/13⟧ — he will see her ⟦D|10/15⟧. Patient lives in ⟦C|Los Lunas⟧; daughter-in-law ⟦N|Amber Trujillo⟧ drives (⟦P|505-555-0133⟧).
Reading physician: ⟦N|Shoshana Feldblum⟧, MD, MFM · ⟦D|10/13/2099⟧ 12:02
`);

note("labor-progress-note", `
L&D Progress Note — ⟦H|Grady Memorial Hospital⟧ L&D, Bed 12 · ⟦D|10/13/2099⟧ 14:30
Pt: ⟦N|Oluwadamilare⟧ (⟦N|Dami⟧) ⟦N|Adekunle-Brooks⟧ · MRN ⟦M|GMH-60447182⟧ · 27 yo G1P0 at 39w5d · IOL for gHTN
S: Comfortable with epidural (placed 11:10 by Dr. ⟦N|Tsai⟧). Husband ⟦N|Marcus Brooks⟧ and mother ⟦N|Folasade Adekunle⟧ at bedside. Her sister ⟦N|Bisi⟧ on FaceTime from ⟦C|Houston⟧.
O: BP 136/88, 142/90, 138/86. T 99.1. SVE 6/90/0 at 14:15 (by Dr. ⟦N|Okeke⟧, PGY-2). Pitocin 10 mU/min. AROM 12:40 clear.
FHT: baseline 140, moderate variability, accels, early decels. Cat I. Toco: ctx q2-3 min, MVUs 210.
Labs: Plt 201 (⟦D|10/13⟧ 06:00), Cr 0.7, AST/ALT 24/20, UPC 0.18.
A/P: active labor, progressing. Continue pitocin per protocol. Mag not indicated (no severe range). Peds aware (⟦O|Morehouse Pediatric Associates⟧ covers; nursery ext ⟦P|6127⟧).
Attending: Dr. ⟦N|Latrice Walton-Obi⟧, seen and agree. Resident: ⟦N|Chinedu Okeke⟧, MD · pager ⟦P|404-555-0119⟧
`);

note("vaginal-delivery-note", `
Delivery Note (Vaginal Birth)                                  ⟦H|Methodist Hospital Metropolitan⟧, ⟦C|San Antonio⟧
Date/time of birth: ⟦D|10/13/2099⟧ 03:22 · Mother: ⟦N|Garza Villarreal, Marisela⟧ · MRN ⟦M|MHM-1044718⟧ · FIN ⟦I|88104471822⟧
Delivering provider: ⟦N|Ofelia Quintanilla⟧, CNM · Nurse: ⟦N|Brandi Koenig⟧, RN · Baby nurse: ⟦N|Luz Estela Ramos⟧, RN
G3P2→P3. NSVD over intact perineum; 1st-degree labial laceration repaired with 4-0 Vicryl under local (1% lidocaine 5 mL).
Infant: live male, "Baby Boy ⟦N|Garza⟧", now named ⟦N|Santiago Isaías Garza⟧ · MRN ⟦M|MHM-N-204471⟧ · 3,710 g · Apgars 8/9 · Nuchal cord x1 reduced · Delayed cord clamping 60 s · Skin-to-skin, breastfed within 1 h.
Placenta: spontaneous, intact, 3-vessel cord, 03:31. QBL 340 mL. Oxytocin 30 units/500 mL per protocol.
Cord blood: type & DAT (mother O pos — not needed), cord gases not sent. Donation to ⟦O|South Texas Blood & Tissue Center⟧ public cord blood bank, collection # ⟦I|STBTC-CB-99-0417⟧.
Support: husband ⟦N|Rodrigo Garza⟧ cut cord; doula ⟦N|Itzel Benavides⟧ (⟦O|Doulas de San Antonio⟧).
Newborn care: erythromycin eye ointment and vitamin K given; hep B vaccine given 04:05 (consent signed by mother).
Pediatrician: Dr. ⟦N|Karthik Sundaram⟧, ⟦H|Pediatric Clinic of Stone Oak⟧ — notified ⟦D|10/13⟧ 03:40.
Signed: ⟦N|O. Quintanilla⟧, CNM · ⟦D|10/13/2099⟧ 04:10
`);

note("twin-delivery-note", `
Twin Delivery Note — ⟦H|Cleveland Clinic Fairview Hospital⟧, ⟦C|Cleveland⟧, ⟦STATE|OH⟧
Date: ⟦D|Oct 13, 2099⟧ · Mother: ⟦N|Mwamba, Esperance⟧ (MRN ⟦M|CCF-62104477⟧), 33 yo G2P1 at 35w6d, DCDA twins, SROM Twin A
Attending: ⟦N|Hyun-woo Kang⟧, MD · Resident: ⟦N|Fatoumata Diallo⟧, MD · Anesthesia: Dr. ⟦N|Yevgenia Sokolova⟧ (epidural, double setup in OR 2)
Interpreter: Swahili, ⟦N|Josué Kabila⟧ (in person, ⟦O|US Together⟧).
Twin A: vertex, NSVD 10:14. Female, 2,420 g, Apgars 8/9. "Twin A ⟦N|Mwamba⟧" → named ⟦N|Neema⟧. MRN ⟦M|CCF-N-8814470⟧.
Twin B: breech after A; internal podalic version not needed, assisted breech extraction 10:31. Male, 2,180 g, Apgars 6/8, to NICU for grunting. "Twin B ⟦N|Mwamba⟧" → ⟦N|Baraka⟧. MRN ⟦M|CCF-N-8814471⟧.
Placentas: two, separate, to pathology (⟦I|FV-S99-22047⟧, ⟦I|FV-S99-22048⟧). QBL 820 mL; Methergine 0.2 mg IM x1 for atony, TXA 1 g.
NICU team: Dr. ⟦N|Adeola Ogunleye⟧ and NNP ⟦N|Sarah Brennan-Kaiser⟧.
Father ⟦N|Jean-Claude Mwamba Ilunga⟧ present; contact ⟦P|216-555-0137⟧. Older child ⟦N|Grâce⟧ with neighbour Mrs. ⟦N|Denise Kovacs⟧, ⟦S|3912 W 140th St⟧, ⟦C|Cleveland⟧ ⟦Z|44111⟧.
Insurance: ⟦O|CareSource⟧ Medicaid ID ⟦HP|110447182901⟧.
⟦N|F. Diallo⟧ / ⟦N|H. Kang⟧ · ⟦D|10/13/2099⟧ 11:15
`);

note("ob-epidural-note", `
OB Anesthesia — Labor Epidural Procedure Note · ⟦H|Sentara Norfolk General Hospital⟧ · ⟦D|10/13/2099⟧
Patient ⟦N|Bui, Thanh Hang⟧ · MRN ⟦M|SNG-71044820⟧ · 29 yo G2P1 · 5 cm · Plt 214 (today) · no anticoagulants · NPO clears
Consent: risks (headache, failed block, hypotension, nerve injury, infection) explained via Vietnamese interpreter ⟦N|Quang Vo⟧ (iPad ID ⟦I|VRI-2210⟧).
Timeout 09:02 with ⟦N|Tamara Sykes⟧, RN. Performed by ⟦N|Michael Osei-Tutu⟧, MD (CA-2) supervised by ⟦N|Janelle Hartsfield⟧, MD.
Sitting, L3-4, 17G Tuohy, LOR to saline at 6 cm, catheter 11 cm at skin, neg aspiration, test dose 3 mL 1.5% lidocaine w/ epi neg.
Bolus 10 mL 0.125% bupivacaine + fentanyl 100 mcg; PIEB 0.0625% bupi + fentanyl 2 mcg/mL, 8 mL q45 min, PCEA 5 mL q10 min.
Pump: CADD-Solis serial ⟦DEV|CS-4471-82019⟧. Level T10 bilat at 09:25, VAS 1/10. BP nadir 104/62, no pressor. FHR reassuring.
Husband ⟦N|Long Tran⟧ stepped out during placement per policy. ⟦N|MOT⟧/⟦N|JH⟧
`);

note("pph-event-note", `
POSTPARTUM HEMORRHAGE — Event Note (Stage 3 OB Hemorrhage protocol) · ⟦H|Our Lady of the Lake Regional Medical Center⟧ ⟦C|Baton Rouge⟧ · ⟦D|10/13/2099⟧
Patient: ⟦N|Broussard, Aimee Claire⟧ · MRN ⟦M|OLOL-4018827⟧ · s/p NSVD 05:48 of Baby Girl ⟦N|Broussard⟧ (MRN ⟦M|OLOL-N-4018830⟧), 4,260 g
Event: 06:05 brisk bleeding, boggy uterus. QBL 650 → 1,400 mL by 06:20. Hemorrhage cart called by ⟦N|Jolene Arceneaux⟧, RN (charge).
Team: Dr. ⟦N|Remy Landry⟧ (OB), Dr. ⟦N|Sunita Mehra⟧ (anesthesia), ⟦N|Paul Hebert⟧, RN, rapid response ⟦N|Dwayne Lemoine⟧.
Interventions: bimanual massage; oxytocin 40 U; methylergonovine 0.2 mg IM (BP 118/72); carboprost 250 mcg IM x2; TXA 1 g IV 06:12 and 06:42; exam: 3rd-degree laceration + sidewall tear repaired in OR; Bakri balloon (lot 9917) 400 mL.
Blood: 2 u PRBC (units ⟦I|W0410 99 447182⟧, ⟦I|W0410 99 447183⟧), 1 FFP. Final QBL 2,150 mL. Hgb 11.6 → 7.9.
Family: husband ⟦N|Thibault Broussard⟧ updated by Dr. ⟦N|Landry⟧ 07:30; mother ⟦N|Nicole Guidry⟧ ⟦P|225-555-0161⟧.
Debrief 09:00 led by ⟦N|Chantelle Boudreaux⟧, RN, perinatal safety; event report ⟦I|RL-99-30447⟧ (RL6).
Disposition: L&D recovery → ICU step-down bed 4N-12.
`);

note("preeclampsia-readmission", `
Admission H&P — Postpartum Readmission · ⟦H|UAB Hospital⟧ Women & Infants Center, ⟦C|Birmingham⟧, ⟦STATE|AL⟧ · Admit ⟦D|10/13/2099⟧ 20:15
Patient: ⟦N|Shanice Lavette Pettaway⟧ · MRN ⟦M|UAB-02247718⟧ · DOB ⟦D|07/22/2072⟧ · PPD 8 after primary LTCS ⟦D|10/05/2099⟧ at ⟦H|Vaughan Regional Medical Center⟧, ⟦C|Selma⟧ (Dr. ⟦N|Obadiah Pruitt⟧), discharged ⟦D|10/08⟧.
HPI: headache x2 days, BP 172/108 at home on the cuff from ⟦O|Alabama Perinatal Health Network⟧ remote monitoring (device ID ⟦DEV|BPM-ALPH-2207714⟧; nurse ⟦N|Kendra Fikes⟧ called her at 17:10 and sent her in). Seen in ⟦H|Vaughan Regional⟧ ED, transferred by ⟦O|Regional Paramedical Services⟧.
Exam: BP 168/104, 170/110 q15. Hyperreflexia 3+, no clonus. Incision healing.
Labs: Plt 144, AST 68, ALT 81, Cr 0.9, LDH 410, UPC 1.2.
Dx: postpartum preeclampsia with severe features.
Plan: magnesium 4 g load, 2 g/h x24 h; labetalol 20 mg IV now, nifedipine IR; CT head if headache persists; baby ⟦N|Kingston⟧ rooming in per family; great-grandmother ⟦N|Mattie Pettaway⟧ (age ⟦A|91⟧) will help at home.
Address: ⟦S|2314 Lapsley St⟧, ⟦C|Selma⟧, ⟦STATE|AL⟧ ⟦Z|36703⟧. Cell ⟦P|334-555-0126⟧.
⟦N|Jerome Ashworth⟧, MD (MFM fellow) · Attending Dr. ⟦N|Winifred Osei⟧
`);

note("newborn-hp", `
Newborn Admission History & Physical — Well Baby Nursery, ⟦H|Nebraska Methodist Women's Hospital⟧, ⟦C|Omaha⟧
Infant: Baby Boy ⟦N|Tran-Sorensen⟧ · MRN ⟦M|NMW-N-5510442⟧ · DOB ⟦D|10/12/2099⟧ 18:51 · Exam ⟦D|10/13/2099⟧ 07:30 (age 12 h)
Mother: ⟦N|Vy Tran-Sorensen⟧, 35 yo G3P2→3, MRN ⟦M|NMW-2204417⟧. Father ⟦N|Erik Sorensen⟧.
Prenatal: care at ⟦H|Methodist Physicians Clinic Women's Center⟧ (Dr. ⟦N|Hollis Van Meter⟧). Labs: O+, Ab neg, RI, HBsAg neg, HIV neg, RPR NR, GBS unknown (delivered at 36w4d) — PCN G x2 doses > 4 h. ROM 9 h. Max T 99.8.
Delivery: NSVD, Apgars 8/9, BW 2,690 g (28%), L 47 cm, HC 32.5 cm.
Exam: well-appearing, AFOF, red reflex bilat, palate intact, clavicles intact, lungs clear, no murmur, femoral pulses 2+, Ortolani/Barlow neg, testes descended bilat, anus patent, sacral dimple (shallow, base seen).
Meds: erythromycin ointment, vitamin K 1 mg IM, hep B vaccine given ⟦D|10/12⟧ (lot HB4471A).
Plan: late preterm pathway — glucose checks (48, 56, 61), temp checks, car seat challenge before discharge, TcB at 24 h, CCHD screen, hearing screen, state screen at 24 h. EOS calculator risk 0.21/1000 — routine vitals.
Feeding: breast + supplement 10-15 mL donor milk (⟦O|Heart of America Mothers' Milk Bank⟧).
Pediatrician: ⟦N|Anjali Deshpande⟧, MD, ⟦H|Children's Physicians - Dundee⟧, first visit ⟦D|10/16/2099⟧.
⟦N|Marguerite Olsen⟧, MD, nursery hospitalist · ⟦P|402-555-0114⟧
`);

note("circumcision-note", `
Procedure note: newborn circumcision · ⟦H|Wesley Medical Center⟧, ⟦C|Wichita⟧, ⟦STATE|KS⟧ · ⟦D|10/13/2099⟧ 10:20
Patient: ⟦N|Jesse Wade Holcomb⟧ (born as Baby Boy ⟦N|Holcomb⟧) · MRN ⟦M|WMC-N-0774128⟧ · DOB ⟦D|10/11/2099⟧ · 3,480 g
Consent: signed by mother ⟦N|Kelsey Holcomb⟧ and father ⟦N|Travis Holcomb⟧ ⟦D|10/12/2099⟧; risks of bleeding, infection, meatal stenosis, cosmetic concerns reviewed. Witness ⟦N|Norma Quiring⟧, RN.
Pre-procedure: voided, vitamin K given, no family history of bleeding disorder (maternal uncle ⟦N|Dale Pfannenstiel⟧ "bled a lot with tonsils" — PTT not indicated per Dr. ⟦N|Okafor⟧).
Procedure: dorsal penile nerve block 1% lidocaine 0.8 mL; sucrose 24%; Gomco 1.3 clamp, 5 min; hemostasis good; petrolatum gauze.
Performed by ⟦N|Gwendolyn Okafor⟧, MD (⟦H|Wichita Family Medicine Specialists⟧) with ⟦N|Leticia Ybarra⟧, RN.
Follow-up: weight check and circ check at ⟦H|GraceMed Health Clinic⟧ ⟦D|10/15/2099⟧ with ⟦N|Hope Wenzl⟧, APRN; call ⟦P|316-555-0168⟧ for bleeding more than a quarter-size spot.
`);

note("hearing-screen-referral", `
⟦O|Nevada Early Hearing Detection and Intervention Program⟧ — Newborn Hearing Screen Referral
Birth hospital: ⟦H|Renown Regional Medical Center⟧, ⟦C|Reno⟧ · Screener: ⟦N|Crystal Ahumada⟧ · Device: Natus ALGO 5 serial ⟦DEV|A5-209944718⟧
Infant: ⟦N|Amari Tsosie-Lujan⟧ · DOB ⟦D|10/10/2099⟧ · MRN ⟦M|RRMC-N-3310447⟧ · NICU stay 5 days (gentamicin x 48 h)
Screen 1 ⟦D|10/11/2099⟧ AABR: Refer R, Pass L · Screen 2 ⟦D|10/13/2099⟧: Refer R.
Risk indicators: NICU > 5 days, aminoglycosides, family history (maternal grandfather ⟦N|Eugene Tsosie⟧ hearing loss since childhood).
Parents: ⟦N|Monique Lujan⟧ and ⟦N|Dominic Tsosie⟧, ⟦S|1180 Silverada Blvd⟧ #14, ⟦C|Reno⟧, ⟦STATE|NV⟧ ⟦Z|89512⟧ · ⟦P|775-555-0154⟧ · ⟦E|mo.lujan@yahoo.com⟧
Diagnostic ABR scheduled ⟦D|11/03/2099⟧ with Dr. ⟦N|Peter Aldana⟧, AuD, ⟦H|Reno Pediatric Audiology⟧, ⟦S|645 Sierra Rose Dr⟧ · ⟦P|775-555-0189⟧. cCMV saliva PCR sent ⟦D|10/12⟧ (⟦O|ARUP⟧ ⟦I|ARP-99-2204471⟧).
Primary care: ⟦H|Northern Nevada HOPES⟧, Dr. ⟦N|Kamala Reddy⟧. EHDI case # ⟦I|NV-EHDI-99-4412⟧. Reported online at ⟦U|https://ehdi.dpbh.example.nv.gov/report⟧ by ⟦N|CA⟧.
`);

note("nicu-admission", `
NICU Admission Note — ⟦H|Valley Children's Hospital⟧ NICU, ⟦C|Madera⟧, ⟦STATE|CA⟧ · Admit ⟦D|10/13/2099⟧ 02:15
Patient: Baby Girl ⟦N|Vang⟧ ("⟦N|Paj Ntxhi⟧") · MRN ⟦M|VCH-01447182⟧ · DOB ⟦D|10/12/2099⟧ 22:40 · Outborn from ⟦H|Kaweah Health Medical Center⟧, ⟦C|Visalia⟧
Transport: ⟦O|Valley Children's Transport Team⟧ (RN ⟦N|Ka Lia Thao⟧, RT ⟦N|Dustin Amaral⟧), isolette serial ⟦DEV|IT158-0447712⟧.
Maternal: ⟦N|Nou Vang⟧, 24 yo G2P0111, MRN at ⟦H|Kaweah⟧ ⟦M|KH-3390218⟧; severe preeclampsia, Mg, BMZ complete ⟦D|10/11⟧ 06:00. Emergent C/S for abruption. Father ⟦N|Tou Xiong⟧.
Birth: 29w6d, BW 1,120 g (AGA), Apgars 3/6/8, PPV 2 min then CPAP.
On admission: T 36.4, HR 158, RR 62, BP 42/26 (MAP 32), SpO2 94% on CPAP +6 FiO2 0.30. Glucose 38 → D10 bolus.
Procedures: UVC 5 Fr (tip T9), UAC 3.5 Fr (tip T7) by Dr. ⟦N|Ravindra Mahalingam⟧ and ⟦N|Joy Estrada⟧, NNP.
Plan: CPAP, surfactant if FiO2 > 0.40; ampicillin/gentamicin after blood culture; TPN; cranial US day 7; ROP screening at 31 wk; donor milk consent signed by ⟦N|Nou Vang⟧ (Hmong interpreter ⟦N|Cher Yang⟧, ⟦O|Fresno Center⟧).
Social: family lives at ⟦S|2044 E Tulare Ave⟧, ⟦C|Visalia⟧ ⟦Z|93292⟧; grandmother ⟦N|Yer Lee⟧ ⟦P|559-555-0143⟧ speaks Hmong only.
Medi-Cal: ⟦O|Anthem Blue Cross⟧ Medi-Cal, CIN ⟦HP|95104471C⟧ (mother's).
Attending neonatologist: ⟦N|Rosalind Achterberg⟧, MD · ⟦P|559-555-0106⟧
`);

note("peds-handoff", `
I-PASS handoff — Newborn Nursery → Pediatric Hospitalist (overnight) · ⟦H|Sanford USD Medical Center⟧, ⟦C|Sioux Falls⟧ · ⟦D|10/13/2099⟧ 19:00
From: Dr. ⟦N|Tallulah Redcloud⟧ (day) · To: Dr. ⟦N|Benjamin Ostergaard⟧ (night) · Charge RN ⟦N|Keri Vander Woude⟧ ext ⟦P|5541⟧

1) ⟦N|Two Bulls⟧, Baby Boy — MRN ⟦M|SUSD-N-6641180⟧, 38+1, 3,020 g, DOL 1. WATCHER. Mom ⟦N|Winona Two Bulls⟧ (MRN ⟦M|SUSD-4412981⟧) Hep C Ab+, RNA pending; no breastfeeding restriction. NAS scoring (ESC) — mom on methadone 90 mg via ⟦O|Sioux Falls Treatment Center⟧. Grandfather ⟦N|Leonard Two Bulls⟧ from ⟦C|Pine Ridge⟧ (⟦LO|Pine Ridge Reservation⟧) arrives tonight. Action: ESC q3h, call if "no" on eating/sleeping/consoling x2. Tribal ICWA liaison ⟦N|Sheila Bear Runner⟧ ⟦P|605-555-0194⟧ notified.
2) ⟦N|Bjornstad⟧, Baby Girl — MRN ⟦M|SUSD-N-6641192⟧, 40+2, DOL 2, TcB 13.1 at 40 h (HIR) → serum bili 4 a.m. Parents ⟦N|Hailey⟧ and ⟦N|Nils Bjornstad⟧; discharge tomorrow if bili ok; PCP ⟦H|Avera Medical Group Pediatrics⟧ ⟦C|Brookings⟧.
3) ⟦N|Oyelaran⟧, Twin A and Twin B — MRNs ⟦M|SUSD-N-6641201⟧/⟦M|SUSD-N-6641202⟧, 36+0. Car seat challenge passed A, B failed (desat 86% x 25 s) — repeat 06:00. Mom ⟦N|Funmilayo Oyelaran⟧ post C/S day 2.
Synthesis by receiver: ⟦N|BO⟧ read back, no questions. ⟦N|TR⟧
`);

note("nursery-discharge-summary", `
Newborn Discharge Summary — ⟦H|Regional One Health⟧, ⟦C|Memphis⟧, ⟦STATE|TN⟧
Name: ⟦N|Jaxon Amir Sutton⟧ (Baby Boy ⟦N|Sutton⟧) · MRN ⟦M|R1-N-22041774⟧ · DOB ⟦D|10/10/2099⟧ · Discharge ⟦D|10/13/2099⟧
Mother: ⟦N|Keondra Sutton⟧ · MRN ⟦M|R1-9917447⟧ · 22 yo G2P2 · O+, GBS+ (adequate IAP), RPR NR, HIV neg, HBsAg neg
Hospital course: NSVD at 39+3, Apgars 8/9. Feeding formula (mother's choice) 1-2 oz q3h. Weight 3,310 → 3,160 g (-4.5%). Voids/stools normal. TcB 10.2 at 52 h (low risk). CCHD pass (98/99). Hearing pass bilat. State screen sent ⟦D|10/11/2099⟧ 08:20, kit ⟦I|TN99-22041905⟧.
Immunizations: hep B ⟦D|10/10/2099⟧. Vitamin K and eye prophylaxis given.
Circumcision: ⟦D|10/12⟧ by Dr. ⟦N|Adewale⟧, Plastibell, no bleeding.
Social: father ⟦N|Demarcus Hill⟧; paternity acknowledgment signed (VOP ⟦I|TN-VOP-99-0071124⟧). Lives with maternal grandmother ⟦N|Patricia Sutton⟧ at ⟦S|1577 Kansas St⟧, ⟦C|Memphis⟧ ⟦Z|38106⟧. Phone ⟦P|901-555-0181⟧. Safe sleep and car seat teaching done; ⟦O|Memphis and Shelby County Health Department⟧ Healthy Start referral (intake ⟦D|10/20⟧).
Follow-up: ⟦H|Christ Community Health Services - Broad Avenue⟧, Dr. ⟦N|Sophia Castellanos⟧, ⟦D|10/15/2099⟧ 9:40 am.
TennCare: ⟦O|Amerigroup⟧ (pending newborn ID; mother's ⟦HP|TC771044820⟧).
Discharging physician: ⟦N|Ngozi Emenike⟧, MD · ⟦N|NE⟧ · ⟦D|10/13/2099⟧
`);

note("postpartum-visit", `
Postpartum Visit (comprehensive, 6 wk) — ⟦H|ACCESS Community Health & Research Center⟧, ⟦C|Dearborn⟧, ⟦STATE|MI⟧ · ⟦D|10/13/2099⟧
Patient: ⟦N|Al-Yafai, Nadia Saleh⟧ · DOB ⟦D|01/09/2080⟧ · MRN ⟦M|ACC-0091447⟧ · Arabic interpreter ⟦N|Huda Alshamiri⟧
Delivery ⟦D|08/31/2099⟧ at ⟦H|Corewell Health Dearborn Hospital⟧ — primary C/S for arrest of descent (Dr. ⟦N|Ramzi Bazzi⟧). Baby ⟦N|Yusuf⟧ 4,010 g, well; pediatrician Dr. ⟦N|Rukhsana Chowdhury⟧ in ⟦C|Hamtramck⟧.
Interval: exclusively breastfeeding. Lochia stopped 4 wk. No intercourse yet. Mood good; EPDS 4. Husband ⟦N|Saleh Al-Yafai⟧ back at work (⟦LO|Ford Rouge Complex⟧). Mother-in-law ⟦N|Amina Qasem⟧ helping.
Exam: BP 116/74, incision well healed, uterus involuted, breasts no masses, mild diastasis 2 fingerbreadths.
Contraception: LAM counselled; desires IUD at 3 mo → scheduled ⟦D|11/17/2099⟧. Pap current (⟦D|2098⟧).
GDM follow-up: 75-g 2-h OGTT ⟦D|10/10/2099⟧ fasting 92, 2 h 131 — normal. Annual A1c.
Plan: pelvic floor PT referral to ⟦H|Beaumont Rehabilitation - Dearborn⟧; WIC (⟦O|Wayne County WIC⟧) continues; transition to PCP Dr. ⟦N|Omar Hammoud⟧ ⟦D|01/2100⟧.
Medicaid ⟦O|Meridian Health Plan of Michigan⟧ ID ⟦HP|0044718820⟧ — postpartum coverage 12 months (through ⟦D|08/31/2100⟧).
⟦N|Layla Berri⟧, MD · ⟦E|lberri@accesscommunityhealth.example.org⟧
`);

note("healthy-start-referral", `
HEALTHY START REFERRAL & ENROLLMENT FORM
Program: ⟦O|Healthy Start of Southwest Georgia⟧ · ⟦S|400 W Oglethorpe Blvd⟧, ⟦C|Albany⟧, ⟦STATE|GA⟧ ⟦Z|31701⟧ · ⟦P|229-555-0132⟧ · fax ⟦F|229-555-0133⟧
Referred by: ⟦N|Tameka Goolsby⟧, RN, care coordinator, ⟦H|Phoebe Putney Memorial Hospital⟧ OB clinic · Date ⟦D|10/13/2099⟧
Client: ⟦N|Jasmine Denise Wimberly⟧ · DOB ⟦D|03/25/2073⟧ · Pregnant: yes, 22 weeks, EDD ⟦D|02/13/2100⟧ · Medicaid (⟦O|Peach State Health Plan⟧) ⟦HP|PSHP-994471820⟧
Address: ⟦S|1107 E Broad Ave⟧, ⟦C|Albany⟧ ⟦Z|31705⟧ · Phone ⟦P|229-555-0117⟧ · Best time: after 3 pm · ok to text: yes
Emergency contact: ⟦N|Loretta Wimberly⟧ (mother) ⟦P|229-555-0145⟧, ⟦C|Dawson⟧, ⟦STATE|GA⟧
Reasons: prior preterm birth (⟦D|2097⟧, 31 wk, son ⟦N|Kamari⟧ — NICU at ⟦H|Navicent Health⟧ in ⟦C|Macon⟧), no car, food insecurity, chronic HTN.
Services requested: case management, transportation to ⟦H|Phoebe⟧ MFM clinic, 17-OHP not available — aspirin; breastfeeding class; fatherhood program for partner ⟦N|Rashad Mathis⟧.
Consent to share information signed ⟦D|10/13/2099⟧. Intake worker assigned: ⟦N|Quintessa Harvey⟧, CHW (⟦E|qharvey@hssga.example.org⟧).
Office use: enrollment # ⟦I|HSSWGA-2099-0318⟧
`);

note("birth-center-transfer", `
Birth Center Transfer of Care — ⟦H|Holy Family Birth Center⟧, ⟦C|Weslaco⟧, ⟦STATE|TX⟧ → ⟦H|DHR Health Women's Hospital⟧, ⟦C|Edinburg⟧
Date ⟦D|10/13/2099⟧ · Transfer time 13:05 · Mode: private vehicle accompanied by midwife
Client: ⟦N|Marlene Saldívar de la Garza⟧ · DOB ⟦D|12/12/2078⟧ · BC chart ⟦M|HFBC-2099-114⟧ · G1P0 at 41w1d
Midwife: ⟦N|Josefina Treviño⟧, CNM · Birth assistant: ⟦N|Noemí Cantú⟧ · Receiving: Dr. ⟦N|Alejandro Villarreal-Peña⟧, OB hospitalist, ⟦P|956-555-0162⟧
Reason: prolonged latent phase (26 h), maternal exhaustion, request for epidural. FHR 130s, moderate variability. No meconium. Vitals normal. SVE 3/80/-2.
Prenatal care: 12 visits at ⟦H|Holy Family Birth Center⟧; labs normal; GBS neg; US ⟦D|05/2099⟧ at ⟦H|Valley Perinatal Services⟧ (⟦C|McAllen⟧) normal.
Support: husband ⟦N|Jesús Eduardo de la Garza⟧, mother ⟦N|Rosa Saldívar⟧ (from ⟦C|Matamoros⟧, ⟦STATE|Tamaulipas⟧, visitor visa). Phone ⟦P|956-555-0119⟧.
Address: ⟦S|318 Calle Sol⟧, colonia ⟦LO|Las Palmas⟧, ⟦C|Donna⟧, ⟦STATE|TX⟧ ⟦Z|78537⟧.
Payment: self-pay birth center package (receipt ⟦I|HFBC-R-99-0447⟧); CHIP perinatal ID ⟦HP|CHP5104472⟧.
Records faxed 13:20 to L&D fax ⟦F|956-555-0163⟧ by ⟦N|N. Cantú⟧. Midwife to stay as support; birth center status: transferred, not discharged.
Outcome call ⟦D|10/14/2099⟧: SVD 02:40 with epidural, baby girl ⟦N|Valentina⟧ 3,390 g, both well. — ⟦N|JT⟧
`);

note("presumptive-eligibility", `
RI Medicaid — Presumptive Eligibility for Pregnant Women (PE) Determination Worksheet
Qualified entity: ⟦H|Providence Community Health Centers - Chafee Health Center⟧, ⟦S|40 Candace St⟧, ⟦C|Providence⟧, ⟦STATE|RI⟧ ⟦Z|02908⟧ · QE # ⟦I|QE-RI-0417⟧
Determination date: ⟦D|10/13/2099⟧ · Worker: ⟦N|Yanelis Batista⟧, financial counselor · ⟦P|401-555-0128⟧ ext ⟦P|212⟧
Applicant: ⟦N|Dieudonne, Nadège⟧ · DOB ⟦D|06/06/2081⟧ · Pregnancy verified ⟦D|10/13/2099⟧ (urine hCG +, Dr. ⟦N|Gómez-Lindqvist⟧) · LMP ⟦D|08/20/2099⟧
Household: applicant, partner ⟦N|Wilner Pierre-Louis⟧, his son ⟦N|Wisly⟧ (6). Household size with unborn: 4. Monthly income $2,310 (partner, ⟦O|Gilbane Building Company⟧).
Address: ⟦S|77 Burnside St⟧ 2nd floor, ⟦C|Providence⟧ ⟦Z|02905⟧ · Phone ⟦P|401-555-0193⟧ · Haitian Creole (interpreter ⟦N|Marie-Ange Jean-Baptiste⟧)
Result: ELIGIBLE — PE period ⟦D|10/13/2099⟧ through ⟦D|11/30/2099⟧; temporary ID ⟦HP|PE0044718260⟧. Full application submitted on ⟦O|HealthSourceRI⟧, application # ⟦I|HSRI-99-8810447⟧.
Next: first prenatal visit ⟦D|10/20/2099⟧ with ⟦N|Ruth Acheampong⟧, CNM; ⟦O|Rhode Island WIC⟧ and ⟦O|Family Service of Rhode Island⟧ (First Connections) referrals sent.
`);

note("prenatal-records-request", `
FAX — ⟦H|Yukon-Kuskokwim Delta Regional Hospital⟧ Women's Health, ⟦C|Bethel⟧, ⟦STATE|AK⟧ · Fax ⟦F|907-555-0141⟧ · Phone ⟦P|907-555-0140⟧
To: Labor & Delivery, ⟦H|Alaska Native Medical Center⟧, ⟦S|4315 Diplomacy Dr⟧, ⟦C|Anchorage⟧ ⟦Z|99508⟧ · Attn: ⟦N|Gretchen Halloran⟧, RN, OB nurse navigator · Fax ⟦F|907-555-0177⟧
Date: ⟦D|10/13/2099⟧ · Pages: 14 (incl. cover)
Re: prenatal record for pre-delivery stay — ⟦N|Evon Nanalook Andrew⟧ · DOB ⟦D|03/02/2074⟧ · YKHC MRN ⟦M|YK-0244718⟧ · ANMC MRN ⟦M|ANMC-7710442⟧
She flies ⟦D|10/16/2099⟧ on ⟦O|Ravn Alaska⟧ (escort: her aunt ⟦N|Martina Nanalook⟧) to stay at ⟦LO|Quyana House⟧ until delivery; EDD ⟦D|11/14/2099⟧. Home village ⟦C|Toksook Bay⟧ (no road); village clinic CHA ⟦N|Peter Nanalook Jr.⟧ ⟦P|907-555-0118⟧.
Summary: G4P3003, Rh neg (RhIG given ⟦D|08/22/2099⟧ in ⟦C|Bethel⟧), prior PPH ⟦D|2096⟧, anemia (Hgb 9.8, IV iron x2), GBS pending. Husband ⟦N|Moses Andrew⟧ will travel at 38 wk.
Included: prenatal flowsheet, labs, US reports (⟦D|06/14/2099⟧, ⟦D|09/09/2099⟧), tele-MFM note by Dr. ⟦N|Ingeborg Lyngstad⟧ (⟦H|Providence Alaska Medical Center⟧).
Sent by ⟦N|Corinne Kameroff⟧, CNM · ⟦E|ckameroff@ykhc.example.org⟧
CONFIDENTIALITY NOTICE: This fax contains protected health information. If received in error, call ⟦P|907-555-0140⟧.
`);
write();
