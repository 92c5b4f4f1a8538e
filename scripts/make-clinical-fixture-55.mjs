// Why this file exists: builds test/fixtures/clinical-notes-55.jsonl, a fifty-fifth labelled set of clinical texts
// written by hand in stop 57 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 53 and 54's generators, fixture-io.mjs, test/clinical-notes-54.test.ts and the
// opening comments of the other generators were read for the form, the labels and the registers already held; fixture
// 56, written blind at the same time by another helper, was not read), in the register of END OF LIFE AND AFTER DEATH,
// which earlier fixtures (4, 5, 41) touch only as single hospice visits and death notes: hospice admissions and
// election statements, interdisciplinary-team (IDT) notes and a team roster, recertifications and face-to-face
// attestations, home hospice nursing, aide and social-work visits, a continuous-care log, palliative care consults and
// goals-of-care conversations (family meetings with many relatives), a POLST form and an advance directive with its
// agents and witnesses, bereavement risk assessments and follow-up logs, chaplain notes (churches, clergy, parishes),
// death pronouncements (hospital, home and hospice house), death-certificate worksheets (parents, informant, place of
// death, disposition, funeral home, cemetery, SSN), medical examiner and coroner investigation reports and scene notes
// (scene addresses, vehicles, witnesses, case numbers), a justice of the peace's inquest, two autopsy reports (one
// with a neuropathology addendum), organ and tissue procurement (OPO referral call logs, a donor chart, a donor family
// authorisation, an eye bank record), funeral home and body-transport releases, an arrangement conference, a first
// call sheet, a cremation authorisation, a morgue log, next-of-kin notification logs, a condolence letter, a live
// discharge from hospice, a pet-and-property note, a perinatal hospice infant death, a VA hospice unit's death note.
// 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states and countries real): Lewiston (Maine); Manchester and Keene; West Hartford and
// Newington; Buffalo; Scranton, Wilkes-Barre and Erie; Baltimore, Hagerstown and Frederick; Roanoke and Martinsville;
// Greenville, Tarboro, Rocky Mount and Wilmington (North Carolina); Tallahassee, Ocala and Gainesville; Birmingham and
// Bessemer; Jackson, Hattiesburg and Olive Branch; New Orleans, Houma, Lafayette and Abbeville; Memphis; Paducah;
// Akron, Cuyahoga Falls, Stow and Barberton; Indianapolis; Peoria; Milwaukee, Greenfield, Oshkosh, Eau Claire,
// Menomonie and Chippewa Falls; Sioux Falls, Mitchell, Pine Ridge, Rapid City and Spearfish; Tulsa, Broken Arrow,
// Sapulpa, Pawhuska and Lawton; Amarillo, Hereford, Wichita Falls and Socorro (Texas); Santa Fe, Eldorado and Las
// Cruces; Tucson, Safford, Phoenix and Yuma; Reno and Elko; Boise, Meridian, Mountain Home and Twin Falls; Spokane and
// Wapato; Ashland and Medford; Bakersfield, Redding, Chico and Oakland; Anchorage and Bethel; Wailuku, Kahului and
// Waipahu; Cheyenne and Evansville (Wyoming); and abroad Manila and Laoag, Guadalajara, Zamora and Chihuahua, Kraków,
// Palermo, Galway and Johannesburg.
// PHI forms sought: names of many origins (Irish, Italian, Polish, Czech, Greek, Armenian, Lebanese, Korean, Vietnamese
// (family name first), Filipino, Japanese, Nigerian, Ghanaian, Kenyan, Zimbabwean, Mexican with two surnames, Navajo,
// Lakota and Osage (two-word surnames), Yup'ik, Native Hawaiian, Samoan, Punjabi, Tamil, Bengali, Basque, Ashkenazi,
// German, Dutch, Swedish, Norwegian, Cajun and Quebec French), relatives by relation ("daughter Roxanne", "wife Leilani
// Fonoti"), nicknames in quotes, hyphenated surnames, surnames alone after a title ("Dr. Pellegrino", "Chaplain
// Okafor", "Fr. Dziedzic", "Rev. Toomer", "Deputy Martinez", "Inv. Rourke"), "LAST, FIRST" rows in logs, staff
// initials and sign-offs; dates as "10/13/2099", "10/13/99", "13-OCT-2099", "2099-10-13", "October 13, 2099", "Oct 13,
// 2099", "13 Oct 2099", "the 13th day of October, 2099", month and year, a bare year of birth or death, dates of death
// (the time of death left unlabelled); ages over 89 (decedents, spouses and a mother: 90 to 102); phones, faxes,
// extensions, pagers, foreign phones, e-mails, URLs, an IP; MRNs, hospice patient numbers, a VA ICN, medical examiner,
// coroner and inquest case numbers, autopsy, toxicology and lab numbers, OPO referral and donor ids (UNOS ids), eye
// bank tissue ids, EDRS and burial-transit permit numbers, funeral home case numbers, cremation permits, morgue tags and
// body bag seals, police report, CAD and incident numbers, driver licences, a consular id, vehicle plates and a VIN,
// Medicare numbers (MBI) and Medicaid numbers, policy numbers of pre-need and burial insurance, SSNs on worksheets,
// licence numbers of funeral directors, embalmers and physicians, NPI numbers, pacemaker and ICD serials (DEVICE),
// user names of a family portal.
// Hard negatives: drugs (morphine 20 mg/mL, Roxanol, MS Contin, hydromorphone, oxycodone, fentanyl patch, methadone,
// lorazepam (Ativan), haloperidol (Haldol), glycopyrrolate, atropine 1% drops, scopolamine patch, dexamethasone,
// Senna, midazolam, Narcan, mirtazapine, cabergoline), devices (Foley, AICD, Hoyer lift, PCA, ECMO, CRRT, Optisol GS),
// scores and forms (PPS 30%, FAST 7c, PAINAD, RASS, ESAS, NYHA IV, POLST, MOST, DNR, Cheyne-Stokes, mottling, livor,
// rigor, Tardieu spots, RT-QuIC), the cue "FAITH:" (a field, unlabelled) and "Hope", "Joy" and "Grace" as names (labelled).
// Labelling follows fixtures 53 and 54 exactly: weekdays and holidays are `ignored` (DAY), as are states and countries;
// clock times (including times of death), relative dates, benefit periods and service days are left unlabelled; ages
// under 90 are no PHI, and an age over 89 is the number only; nurses', aides', chaplains', social workers', investigators'
// and staff initials are PHI; titles, degrees, credentials, relations and cue words stay outside the name; "the" stays
// outside a facility; hospitals, hospice houses and inpatient hospice units, nursing homes, assisted living and clinics
// with a place's or a proper name are HOSPITAL; hospice and home-health agencies, palliative care practices,
// funeral homes, crematories, mortuaries, churches and parishes (as congregations), OPOs, eye and tissue banks,
// medical examiner and coroner offices, sheriff's offices and police departments, courts, insurers, law firms, labs,
// pharmacies and businesses are ORGANIZATION; cemeteries, counties and named places (a park, a lake, a trailhead) are
// LOCATION-OTHER; P.O. boxes and rural routes are STREET; MRNs, chart and hospice patient numbers MRN; Medicare,
// Medicaid, member and group numbers HEALTHPLAN; case, decedent, referral, donor, certificate, permit, report,
// licence, NPI, policy, plate and the other numbers named above ID; user ids USERNAME; serials of devices DEVICE;
// extensions and pagers PHONE. ICD-10 codes, lot numbers, form numbers, scores, room and bed numbers stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and a
// few large payers, labs and companies are real, named as companies); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-54 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-55.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-55.jsonl", "make-clinical-fixture-55");
// ======================================================== ALL CAPS (10) ========================================================

note("me-investigation-caps", `
⟦O|PIMA COUNTY OFFICE OF THE MEDICAL EXAMINER⟧ - INVESTIGATOR'S REPORT OF DEATH        ME CASE # ⟦I|PCME-99-03317⟧
DECEDENT: ⟦N|ARCHULETA, BENEDICT RAMON⟧   AKA "⟦N|BENNY⟧"   DOB ⟦D|04/02/2041⟧   AGE 58   SEX M   RACE HISPANIC
RESIDENCE: ⟦S|4418 E CALLE DEL PRADO⟧, ⟦C|TUCSON⟧ ⟦STATE|AZ⟧ ⟦Z|85711⟧
DATE/TIME OF DEATH (PRONOUNCED): ⟦D|10/13/2099⟧ 0612 BY ⟦O|RURAL METRO FIRE⟧ MEDIC ⟦N|J. ESPINOZA⟧ (PARAMEDIC #⟦I|4471⟧) VIA TELEMETRY WITH DR. ⟦N|HALVORSEN⟧ (⟦H|BANNER UNIVERSITY MEDICAL CENTER TUCSON⟧)
REPORTED BY: ⟦O|TUCSON POLICE DEPARTMENT⟧ OFC. ⟦N|MARISOL TREVIÑO⟧ BADGE ⟦I|62217⟧, REPORT # ⟦I|TPD-2099-1013-0418⟧   PHONE ⟦P|520-555-0148⟧
SCENE: SINGLE-STORY RESIDENCE. DECEDENT FOUND SUPINE ON KITCHEN FLOOR BY NEIGHBOR ⟦N|GLADYS OYELOWO⟧ (⟦S|4422 E CALLE DEL PRADO⟧) WHO HAD A KEY.
LAST KNOWN ALIVE: ⟦D|10/12/2099⟧ APPROX 2100, SPOKE BY PHONE WITH SISTER ⟦N|ROSALIND ARCHULETA-BEGAY⟧ OF ⟦C|SAFFORD⟧ ⟦STATE|AZ⟧.
BODY: RIGOR FULL IN EXTREMITIES, LIVOR FIXED POSTERIOR, CONSISTENT WITH POSITION. NO TRAUMA SEEN. NO TARDIEU SPOTS.
MEDICATIONS AT SCENE: METOPROLOL 50 MG (RX # ⟦I|7718204⟧, ⟦O|WALGREENS⟧ #⟦I|04417⟧, DR. ⟦N|PRIYANKA VENKATARAMAN⟧), INSULIN GLARGINE, ATORVASTATIN.
HX PER SISTER: DM2, CAD S/P STENT AT ⟦H|TUCSON MEDICAL CENTER⟧ ⟦D|2097⟧, ETOH DAILY. VA PATIENT (⟦H|SOUTHERN ARIZONA VA⟧ MRN ⟦M|SAVA-0442198⟧).
NOK: SON ⟦N|DOMINIC ARCHULETA⟧ ⟦P|602-555-0177⟧ (⟦C|PHOENIX⟧) - NOTIFIED IN PERSON BY ⟦O|PHOENIX PD⟧ ⟦D|10/13/2099⟧ 1045.
DISPOSITION: EXTERNAL EXAM ONLY; TOX DRAWN (FEMORAL BLOOD, VITREOUS) LAB # ⟦I|TX99-2281⟧. RELEASED TO ⟦O|ADAIR FUNERAL HOMES - DODGE CHAPEL⟧ ⟦D|10/14/2099⟧.
INVESTIGATOR: ⟦N|CALVIN TSOSIE⟧, D-ABMDI   ⟦N|CT⟧/⟦N|LMR⟧   PATHOLOGIST: DR. ⟦N|IRENE PELLEGRINO⟧
`);

note("hospice-admit-caps", `
⟦O|HOSPICE OF THE BLUEGRASS - WESTERN KENTUCKY⟧   ADMISSION NURSING ASSESSMENT   ⟦C|PADUCAH⟧ ⟦STATE|KY⟧
PATIENT: ⟦N|WHITLOCK, OPAL MAE⟧   DOB ⟦D|01/17/2006⟧   AGE ⟦A|93⟧   HOSPICE # ⟦M|HBWK-20994417⟧   SOC ⟦D|10/13/2099⟧
MEDICARE MBI ⟦HP|4TQ7-RK2-MX81⟧   MEDICAID ⟦HP|KY6640218837⟧   BENEFIT PERIOD 1 (90 DAYS)
TERMINAL DX: ALZHEIMER DEMENTIA, FAST 7C. SECONDARY: CHF EF 30%, CKD 4. PPS 30%. WT LOSS 11 LB IN 3 MO. MAC 19 CM.
ATTENDING: DR. ⟦N|HOMER LEDBETTER⟧ (⟦H|LOURDES PRIMARY CARE - MAYFIELD⟧)   HOSPICE MD: DR. ⟦N|SUNITA RAGHAVAN⟧   NPI ⟦I|1427780356⟧
LOCATION OF CARE: HOME OF DAUGHTER ⟦N|CAROLYN WHITLOCK PRUITT⟧, ⟦S|1840 OLD MAYFIELD RD⟧, ⟦C|PADUCAH⟧ ⟦Z|42003⟧. CELL ⟦P|270-555-0119⟧.
PRIMARY CAREGIVER: ⟦N|CAROLYN⟧ (DAUGHTER); BACKUP SON-IN-LAW ⟦N|DWIGHT PRUITT⟧ ⟦P|270-555-0133⟧ AND GRANDDAUGHTER ⟦N|KAYLEIGH⟧ (RN AT ⟦H|BAPTIST HEALTH PADUCAH⟧).
CODE STATUS: DNR - KY EMS DNR FORM SIGNED ⟦D|10/13/99⟧ BY HEALTH CARE SURROGATE ⟦N|CAROLYN PRUITT⟧. POLST IN KITCHEN ON FRIDGE.
DME: HOSPITAL BED, OVERBED TABLE, HOYER LIFT, O2 CONCENTRATOR 2 L - ORDERED FROM ⟦O|BLUEGRASS MEDICAL SUPPLY⟧ ORDER ⟦I|BMS-8820417⟧.
MEDS: ROXANOL 5 MG SL Q2H PRN, ATIVAN 0.5 MG SL Q4H PRN, HALDOL 0.5 MG PRN AGITATION, ATROPINE 1% 2 GTT SL PRN SECRETIONS, SENNA.
PHARMACY: ⟦O|CURRENT PHARMACY SOLUTIONS⟧ (HOSPICE PBM) - DELIVERY BY 1800.
FAITH: METHODIST - ⟦O|LONE OAK UNITED METHODIST CHURCH⟧, PASTOR ⟦N|GENE HUTCHESON⟧. FUNERAL HOME PREFERENCE: ⟦O|LINDSEY FUNERAL HOME⟧ (PREARRANGED, POLICY ⟦I|PN-44820173⟧).
SPOUSE ⟦N|ARVIL WHITLOCK⟧ DIED ⟦D|2091⟧; BURIED ⟦LO|MAPLELAWN PARK CEMETERY⟧.
RN CASE MANAGER: ⟦N|TONYA BURCHETT⟧, RN   ⟦N|TB⟧   ELECTION STATEMENT SIGNED ⟦D|13 OCT 2099⟧.
`);

note("death-cert-worksheet-caps", `
CERTIFICATE OF DEATH - FUNERAL DIRECTOR WORKSHEET          ⟦O|HALVERSON-KRUEGER FUNERAL CHAPEL⟧, ⟦C|EAU CLAIRE⟧ ⟦STATE|WI⟧   FH CASE ⟦I|HK-99-0312⟧
1. DECEDENT'S LEGAL NAME: ⟦N|LINDQVIST, ASTRID INGEBORG⟧        2. SEX: F        3. SSN: ⟦SSN|399-14-7720⟧
4A. AGE: ⟦A|101⟧   5. DOB: ⟦D|03/08/1998⟧   6. BIRTHPLACE: ⟦C|STILLWATER⟧, ⟦STATE|MINNESOTA⟧
7A-E. RESIDENCE: ⟦S|211 ALTOONA AVE⟧, ⟦C|EAU CLAIRE⟧, ⟦LO|EAU CLAIRE COUNTY⟧, ⟦STATE|WI⟧ ⟦Z|54701⟧   INSIDE CITY LIMITS: YES
8. EVER IN US ARMED FORCES: NO    9. MARITAL STATUS: WIDOWED    10. SURVIVING SPOUSE: NONE (HUSBAND ⟦N|ERLAND⟧ D. ⟦D|2088⟧)
12. FATHER: ⟦N|GUSTAF NILS BERGSTROM⟧   13. MOTHER (PRIOR TO FIRST MARRIAGE): ⟦N|HILDUR MARIA OLSEN⟧
14. INFORMANT: ⟦N|KAREN LINDQVIST-ODEGAARD⟧, DAUGHTER, ⟦S|N7720 COUNTY RD K⟧, ⟦C|MENOMONIE⟧ ⟦STATE|WI⟧ ⟦Z|54751⟧
15. PLACE OF DEATH: NURSING HOME/LTC - ⟦H|CLAIREVIEW LUTHERAN HOME⟧, ⟦S|1720 E LEXINGTON BLVD⟧, ⟦C|EAU CLAIRE⟧
16. DATE OF DEATH: ⟦D|OCTOBER 12, 2099⟧   TIME 2340 (PRONOUNCED BY ⟦N|BETH ANN SCHROEDER⟧, RN)
19. METHOD OF DISPOSITION: CREMATION   20. PLACE: ⟦O|CHIPPEWA VALLEY CREMATORY⟧, ⟦C|CHIPPEWA FALLS⟧   CREMATION PERMIT ⟦I|CP-18-99-4471⟧
21. FUNERAL DIRECTOR: ⟦N|JOEL HALVERSON⟧, LIC ⟦I|FD-3318-24⟧   22. FUNERAL FACILITY: ⟦S|405 S BARSTOW ST⟧, ⟦C|EAU CLAIRE⟧ ⟦Z|54701⟧
CERTIFIER: DR. ⟦N|MARTA VOJTECHOVA⟧, MD (ATTENDING)   PHONE ⟦P|715-555-0162⟧   FAX ⟦F|715-555-0163⟧   EDRS CASE ⟦I|WI-EDRS-99-771204⟧
CAUSE (PART I): A. ACUTE ON CHRONIC DIASTOLIC HEART FAILURE (DAYS)  B. HYPERTENSIVE HEART DISEASE (YEARS). MANNER: NATURAL. ME NOT NOTIFIED.
SEND CERTIFIED COPIES (6) TO INFORMANT. OBIT TO ⟦O|LEADER-TELEGRAM⟧ BY ⟦D|10/15/2099⟧.
`);

note("opo-referral-caps", `
⟦O|LIFESOURCE UPPER MIDWEST⟧ - DONOR REFERRAL CALL LOG          REFERRAL # ⟦I|LS-99-1013-0227⟧
CALL RECEIVED ⟦D|13-OCT-2099⟧ 0341 FROM ⟦N|DANIELLE WOJCIK⟧, RN, ICU, ⟦H|SANFORD USD MEDICAL CENTER⟧, ⟦C|SIOUX FALLS⟧ ⟦STATE|SD⟧. CALLBACK ⟦P|605-555-0191⟧ EXT ⟦P|4420⟧.
PATIENT: ⟦N|YELLOW HAWK, TRAVIS LEE⟧   DOB ⟦D|06/21/2071⟧   MRN ⟦M|SUSD-4418820⟧   ADMIT ⟦D|10/11/2099⟧   UNIT ICU BED 12
TRIGGER: GCS 3, LOSS OF 2 BRAINSTEM REFLEXES, FAMILY DISCUSSING WITHDRAWAL. MECH: MVC ON ⟦LO|I-90⟧ NEAR ⟦C|MITCHELL⟧, UNRESTRAINED.
DONOR REGISTRY: REGISTERED DONOR (SD DL ⟦I|SD01948827⟧) - DOCUMENT OF GIFT ON FILE.
COORDINATOR ON CALL: ⟦N|ANIKA SORENSEN⟧ (PAGER ⟦P|605-555-0100⟧) DISPATCHED 0410, ETA 0455.
FAMILY: MOTHER ⟦N|BERNADINE YELLOW HAWK⟧ AND FATHER ⟦N|LLOYD YELLOW HAWK⟧ AT BEDSIDE; WIFE ⟦N|SHAYLA YELLOW HAWK⟧ EN ROUTE FROM ⟦C|PINE RIDGE⟧. TRIBAL LIAISON ⟦N|VERNON TWO BULLS⟧ REQUESTED.
MEDICAL EXAMINER: ⟦O|MINNEHAHA COUNTY CORONER⟧ NOTIFIED, CORONER ⟦N|GREG STANEK⟧ CASE ⟦I|MC-99-0419⟧ - NO RESTRICTION ON ORGANS, CORNEAS OK.
UNOS DONOR ID ⟦I|AJK2217⟧ ASSIGNED ⟦D|10/13/2099⟧ 1620 AFTER BRAIN DEATH EXAM #2 BY DR. ⟦N|NAKAMURA-REYES⟧.
HLA SENT TO ⟦O|VITALANT⟧ LAB ⟦I|HLA-99-7782⟧. TISSUE REFERRAL TO ⟦O|LIONS VISIONGIFT⟧ ⟦I|LVG-99-3318⟧.
LOGGED BY ⟦N|M. OYELARAN⟧ (COMM CENTER) ⟦N|MO⟧.
`);

note("morgue-log-caps", `
⟦H|OCHSNER LAFAYETTE GENERAL⟧ - DECEDENT CARE / MORGUE LOG        ⟦C|LAFAYETTE⟧ ⟦STATE|LA⟧        WEEK OF ⟦D|10/11/2099⟧
IN DATE/TIME       DECEDENT                    MRN            TAG #       ME CASE?               RELEASED TO                        OUT
⟦D|10/11⟧ 0215     ⟦N|BROUSSARD, THEOPHILE J⟧       ⟦M|OLG-2204418⟧    ⟦I|T-44017⟧     NO                     ⟦O|MARTIN & CASTILLE⟧ (⟦N|R. GUIDRY⟧)       ⟦D|10/11⟧ 1130
⟦D|10/11⟧ 1640     ⟦N|NGUYEN, VAN THANH⟧            ⟦M|OLG-2209917⟧    ⟦I|T-44018⟧     NO                     ⟦O|DELHOMME FUNERAL HOME⟧                ⟦D|10/12⟧ 0905
⟦D|10/12⟧ 0320     ⟦N|THIBODEAUX, MARIE-CLAIRE⟧     ⟦M|OLG-2201146⟧    ⟦I|T-44019⟧     YES ⟦I|LPC-99-1188⟧        ⟦O|LAFAYETTE PARISH CORONER⟧             ⟦D|10/12⟧ 0700
⟦D|10/12⟧ 2210     BABY BOY ⟦N|SAVOIE⟧ (STILLBORN)  ⟦M|OLG-2210044⟧    ⟦I|T-44020⟧     NO                     HOLD - FAMILY UNDECIDED              -
⟦D|10/13⟧ 0450     ⟦N|OKONJO, CHUKWUEMEKA⟧          ⟦M|OLG-2207731⟧    ⟦I|T-44021⟧     NO (OPO CLEARED)       ⟦O|LOPA⟧ TISSUE RECOVERY THEN ⟦O|WALTERS FUNERAL HOME⟧  ⟦D|10/13⟧ 1510
⟦D|10/13⟧ 1105     ⟦N|LEBLANC, AUGUSTINE "GUS"⟧     ⟦M|OLG-2203380⟧    ⟦I|T-44022⟧     YES ⟦I|LPC-99-1191⟧        PENDING                              -
NOTES: ⟦N|SAVOIE⟧ INFANT - MOTHER ⟦N|JOLENE SAVOIE⟧ (L&D RM 12) WANTS MEMORY BOX, CHAPLAIN FR. ⟦N|AUCOIN⟧ BAPTIZED. SOCIAL WORK ⟦N|TRICIA MOUTON⟧ ⟦P|337-555-0124⟧ FOLLOWING.
⟦N|LEBLANC⟧: FAMILY (NIECE ⟦N|ODETTE LEBLANC FONTENOT⟧ ⟦P|337-555-0166⟧) ASKING FOR ⟦O|GUIDRY & SONS MORTUARY⟧ IN ⟦C|ABBEVILLE⟧ ONCE CORONER RELEASES.
BODY BAG SEALS: SEAL ⟦I|0088214⟧ (⟦N|THIBODEAUX⟧), SEAL ⟦I|0088219⟧ (⟦N|LEBLANC⟧).   ATTENDANTS: ⟦N|KJ⟧, ⟦N|DLB⟧, SECURITY OFFICER ⟦N|HEBERT⟧.
`);

note("idt-roster-caps", `
⟦O|CROSSROADS HOSPICE OF TULSA⟧ - INTERDISCIPLINARY GROUP MEETING   ⟦D|10/13/2099⟧   ⟦DAY|TUESDAY⟧ 0900   CONF RM B, ⟦S|6100 S YALE AVE⟧, ⟦C|TULSA⟧ ⟦STATE|OK⟧
PRESENT: DR. ⟦N|ELLIOTT MWANGI⟧ (MEDICAL DIRECTOR); ⟦N|RHONDA KEETER⟧, RN (DON); ⟦N|CHASE BIGHORSE⟧, LMSW; CHAPLAIN ⟦N|DARNELL OKAFOR⟧; ⟦N|LUPE ZAVALA⟧, CNA; ⟦N|SHIRLEY AINSWORTH⟧ (VOLUNTEER COORD); BEREAVEMENT ⟦N|MARGO PITTMAN⟧
PATIENT                        HOSPICE #      DX / PPS            LOC / SETTING                               UPDATE
⟦N|HARJO, WILMA⟧                   ⟦M|CHT-30417⟧      COPD / 40%          HOME, ⟦C|SAPULPA⟧ (DTR ⟦N|NADINE⟧)                  SOB AT NIGHT; INC MS CONTIN 15 BID. RECERT DUE ⟦D|10/20⟧.
⟦N|PHAM, QUOC BAO⟧                 ⟦M|CHT-30422⟧      PANC CA / 30%       ⟦H|THE PARKE AT SOUTHERN HILLS⟧ (ALF)            GIP CONSIDERED; SON ⟦N|KEVIN PHAM⟧ WANTS HOME.
⟦N|MCALESTER, JUNE "JUNEBUG"⟧      ⟦M|CHT-30429⟧      DEMENTIA / 30%      HOME, ⟦C|BROKEN ARROW⟧                         FELL ⟦D|10/11⟧, NO INJURY. HUSB ⟦N|RAYFORD⟧ ⟦A|92⟧ IS CAREGIVER - RESPITE REQ.
⟦N|GOLDBERG, SEYMOUR⟧              ⟦M|CHT-30433⟧      ALS / 20%           ⟦H|CROSSROADS HOSPICE HOUSE⟧                      ACTIVE DYING; RABBI ⟦N|FEINSTEIN⟧ OF ⟦O|TEMPLE ISRAEL⟧ VISITED.
⟦N|RED CORN, THADDEUS⟧             ⟦M|CHT-30436⟧      CHF / 40%           HOME, ⟦C|PAWHUSKA⟧                              LIVE DISCHARGE EVAL - STABLE 3 CERT PERIODS.
⟦N|OSTROWSKI, HELENA⟧              ⟦M|CHT-30440⟧      LUNG CA / 20%       ⟦H|ST. JOHN MEDICAL CENTER⟧ (GIP CONTRACT)       DIED ⟦D|10/12/2099⟧ 1815. BEREAVEMENT TO HUSBAND ⟦N|WALTER⟧.
DEATHS SINCE LAST IDG: ⟦N|OSTROWSKI⟧ (⟦D|10/12⟧), ⟦N|FRANKLIN, ESSIE⟧ (⟦D|10/08⟧, AGE ⟦A|97⟧, ⟦O|NINDE BROOKSIDE CHAPEL⟧).
DOCUMENTED BY ⟦N|R. KEETER⟧, RN. SIGNED ⟦N|E. MWANGI⟧, MD ⟦D|10/13/99⟧.
`);

note("autopsy-caps", `
⟦O|ERIE COUNTY MEDICAL EXAMINER'S OFFICE⟧ - ⟦C|BUFFALO⟧ ⟦STATE|NY⟧       REPORT OF AUTOPSY       AUTOPSY # ⟦I|A99-0771⟧   ME # ⟦I|ECME-2099-1842⟧
NAME OF DECEDENT: ⟦N|KOWALCZYK, STANLEY PIOTR⟧   AGE: 66   DOB ⟦D|08/30/2033⟧   DATE OF DEATH ⟦D|10/11/2099⟧   AUTOPSY ⟦D|10/12/2099⟧ 0830
PATHOLOGIST: ⟦N|ADAEZE NWOSU-HARTMANN⟧, MD   ASSISTED BY ⟦N|TOMASZ REJMAN⟧ (DIENER)   PRESENT: DET. ⟦N|FRANK LOMBARDI⟧, ⟦O|BUFFALO POLICE DEPARTMENT⟧ HOMICIDE (CR # ⟦I|BPD-99-228410⟧)
IDENTIFICATION: VISUAL BY BROTHER ⟦N|CASIMIR KOWALCZYK⟧ VIA PHOTO ⟦D|10/12/2099⟧; CONFIRMED BY FINGERPRINT (NYSID ⟦I|04418827Q⟧).
EXTERNAL: 5'9", 212 LB. TATTOO L FOREARM "⟦N|DOROTA⟧ ⟦D|2071⟧". HEALED STERNOTOMY SCAR. PACEMAKER L CHEST, SERIAL ⟦DEV|PJN881204S⟧ (RETAINED, INTERROGATION REQUESTED).
EVIDENCE OF INJURY: BLUNT FORCE INJURY OF HEAD: 4.5 CM LACERATION L PARIETAL SCALP, SUBGALEAL HEMORRHAGE, ACUTE SUBDURAL 40 ML.
INTERNAL: HEART 520 G, LAD 80% STENOSIS, CABG GRAFTS PATENT. LUNGS 880/790 G, EDEMA. LIVER MICRONODULAR CIRRHOSIS.
TOXICOLOGY (⟦O|NMS LABS⟧ WORK ORDER ⟦I|NMS-99-448217⟧): ETHANOL 0.19 G/DL (FEMORAL), NO DRUGS DETECTED.
HISTORY: FOUND AT BOTTOM OF BASEMENT STAIRS AT ⟦S|77 KOSCIUSZKO ST⟧, ⟦C|BUFFALO⟧ ⟦Z|14212⟧ BY DAUGHTER ⟦N|RENATA KOWALCZYK-DIAZ⟧; LAST SEEN AT ⟦O|POLISH CADETS HALL⟧ ⟦D|10/10/2099⟧ EVENING.
CAUSE OF DEATH: BLUNT FORCE INJURY OF HEAD. CONTRIBUTORY: ACUTE ETHANOL INTOXICATION; ATHEROSCLEROTIC CARDIOVASCULAR DISEASE.
MANNER OF DEATH: ACCIDENT (FALL DOWN STAIRS).
⟦N|ADAEZE NWOSU-HARTMANN⟧, MD, DEPUTY CHIEF MEDICAL EXAMINER   ⟦D|NOVEMBER 2, 2099⟧   CC: ⟦O|AMIGONE FUNERAL HOME⟧ (RELEASED ⟦D|10/12/99⟧ 1500)
`);

note("transport-release-caps", `
RELEASE OF REMAINS / REMOVAL AUTHORIZATION          ⟦H|KAISER PERMANENTE OAKLAND MEDICAL CENTER⟧ DECEDENT AFFAIRS   PH ⟦P|510-555-0183⟧  FAX ⟦F|510-555-0184⟧
DECEDENT: ⟦N|FONOTI, SEUMALO TAVITA⟧   MRN ⟦M|KPO-11048827⟧   DOD ⟦D|2099-10-12⟧   TOD 2247   ROOM 7E-14
NEXT OF KIN / LEGAL DECISION MAKER: WIFE ⟦N|LEILANI FONOTI⟧ ⟦P|510-555-0149⟧, ⟦S|2218 E 19TH ST⟧, ⟦C|OAKLAND⟧ ⟦STATE|CA⟧ ⟦Z|94606⟧
I AUTHORIZE RELEASE OF THE REMAINS TO: ⟦O|FUIMAONO MORTUARY AND CHAPEL⟧, ⟦S|881 INTERNATIONAL BLVD⟧, ⟦C|OAKLAND⟧   FD LIC ⟦I|FD-2217⟧
REMOVAL BY: ⟦O|BAY AREA FIRST CALL SERVICES⟧ - ATTENDANTS ⟦N|MARCO IBARRA⟧ / ⟦N|DE'SHAWN PRICE⟧   VEHICLE PLATE ⟦I|8XKT442⟧ (CA)
VALUABLES: 1 GOLD BAND (LEFT ON BODY PER FAMILY), CELL PHONE AND WALLET RELEASED TO SON ⟦N|IOANE FONOTI⟧ (CA DL ⟦I|D4471882⟧) ⟦D|10/13/2099⟧.
ORGAN/TISSUE: REFERRED TO ⟦O|DONOR NETWORK WEST⟧ REF # ⟦I|DNW-2099-77120⟧ - RULED OUT (SEPSIS, AGE).
CORONER: NOT A CORONER'S CASE (PER ⟦O|ALAMEDA COUNTY CORONER'S BUREAU⟧ DEPUTY ⟦N|WONG⟧, CASE REVIEW # ⟦I|ACC-99-R3318⟧).
AUTOPSY: DECLINED BY FAMILY. DEATH CERTIFICATE SIGNER: DR. ⟦N|ABIGAIL ROSENTHAL-IKEDA⟧ (HOSPITALIST)
SIGNATURE OF NOK: ⟦N|LEILANI FONOTI⟧        WITNESS: ⟦N|JERICHO SANTOS⟧, RN        DECEDENT AFFAIRS: ⟦N|PAULA GREER⟧ ⟦N|PG⟧   ⟦D|10/13/99⟧ 0920
`);

note("nok-notify-caps", `
⟦O|WASHOE COUNTY REGIONAL MEDICAL EXAMINER'S OFFICE⟧ - NEXT OF KIN NOTIFICATION LOG        CASE ⟦I|WC-ME-99-2207⟧
DECEDENT: ⟦N|HUXLEY, GARRETT WADE⟧   DOB ⟦D|11/25/2064⟧   FOUND ⟦D|10/12/2099⟧ AT ⟦LO|GALENA CREEK TRAILHEAD⟧ OFF ⟦S|MT ROSE HWY⟧, ⟦C|RENO⟧ ⟦STATE|NV⟧
IDENTIFIED BY: NV DL ⟦I|1402887714⟧ IN VEHICLE (2091 TOYOTA TACOMA, PLATE ⟦I|NV 448-KTR⟧, VIN ⟦I|5TFCZ5AN1MX448217⟧)
DATE/TIME     BY              CONTACT                                        METHOD            RESULT
⟦D|10/12⟧ 1910    INV. ⟦N|ROURKE⟧     WIFE ⟦N|ALLISON HUXLEY⟧ ⟦P|775-555-0132⟧                     PHONE             NO ANSWER, VM LEFT (NO DETAILS)
⟦D|10/12⟧ 2005    INV. ⟦N|ROURKE⟧     ⟦O|ELKO COUNTY SHERIFF⟧ DEP. ⟦N|MARTINEZ⟧                  PHONE             REQ. IN-PERSON AT ⟦S|1730 SILVER EAGLE DR⟧, ⟦C|ELKO⟧
⟦D|10/12⟧ 2250    DEP. ⟦N|MARTINEZ⟧    WIFE ⟦N|ALLISON HUXLEY⟧                               IN PERSON         NOTIFIED; CHAPLAIN ⟦N|WELLS⟧ PRESENT
⟦D|10/13⟧ 0815    INV. ⟦N|ROURKE⟧     WIFE (CALLBACK)                                 PHONE             QUESTIONS RE AUTOPSY; FH CHOICE ⟦O|BURNS FUNERAL HOME⟧
⟦D|10/13⟧ 0900    INV. ⟦N|ROURKE⟧     MOTHER ⟦N|DELPHINE HUXLEY⟧ ⟦P|208-555-0170⟧ (⟦C|TWIN FALLS⟧ ⟦STATE|ID⟧)   PHONE             NOTIFIED; WIFE ASKED THAT WE CALL
NOTES: DECEDENT'S EMPLOYER ⟦O|NEWMONT NEVADA⟧ (SUPERVISOR ⟦N|KYLE ARBUCKLE⟧) CALLED ASKING - NO INFO GIVEN. HIKING PARTNER ⟦N|SETH OKAMURA⟧ ⟦P|775-555-0155⟧ GAVE STATEMENT TO ⟦O|WASHOE COUNTY SHERIFF'S OFFICE⟧ SAR (INCIDENT ⟦I|WCSO-99-044817⟧).
`);

note("coroner-scene-caps", `
⟦O|YAKIMA COUNTY CORONER'S OFFICE⟧   DEATH SCENE INVESTIGATION        CASE NO. ⟦I|YC-2099-0611⟧        ⟦D|13 OCT 2099⟧
CALL FROM ⟦O|YAKIMA COUNTY SHERIFF'S OFFICE⟧ DISPATCH 0522 (CAD ⟦I|99-287114⟧). RESPONDING: DEPUTY CORONER ⟦N|LEANDRO VILLASEÑOR⟧ AND ⟦N|BRYCE HOLLOWAY⟧.
SCENE: ORCHARD WORKER HOUSING UNIT 4, ⟦S|2281 LATERAL A RD⟧, ⟦C|WAPATO⟧ ⟦STATE|WA⟧ ⟦Z|98951⟧ (⟦O|SUNRIDGE ORCHARDS LLC⟧ PROPERTY). OWNER REP ⟦N|DALE FREDRICKSON⟧ ⟦P|509-555-0138⟧.
DECEDENT: ⟦N|CRUZ TOLENTINO, ELEAZAR⟧ (PER MEXICAN CONSULAR ID ⟦I|MX-CON-7720418⟧), DOB ⟦D|02/09/2068⟧, HOMETOWN ⟦C|ZAMORA⟧, ⟦STATE|MICHOACAN⟧, ⟦COUNTRY|MEXICO⟧.
FOUND BY ROOMMATES ⟦N|ARTURO MEJIA⟧ AND ⟦N|FELIPE "EL GÜERO" SANDOVAL⟧ AT 0500 UNRESPONSIVE IN BUNK. PROPANE HEATER IN ROOM, WINDOW CLOSED.
CO METER (⟦O|YAKIMA FIRE⟧ ENGINE 3, CAPT. ⟦N|RUSSO⟧): 310 PPM AT ENTRY. 2 OTHER OCCUPANTS TRANSPORTED TO ⟦H|ASTRIA TOPPENISH HOSPITAL⟧ FOR HBO EVAL.
BODY: CHERRY-RED LIVIDITY, RIGOR PARTIAL. NO TRAUMA. PHOTOS 1-64 ON CARD ⟦I|YC-SD-0417⟧.
NOK: WIFE ⟦N|MARÍA GUADALUPE TOLENTINO⟧ IN ⟦C|ZAMORA⟧ ⟦P|+52 351 555 0142⟧ - NOTIFIED VIA ⟦O|CONSULADO DE MÉXICO EN SEATTLE⟧ (LIC. ⟦N|ARELLANO⟧).
REPATRIATION TO BE ARRANGED BY ⟦O|VALLEY HILLS FUNERAL HOME⟧ WITH ⟦O|FUNERARIA SAN JUDAS⟧. L&I NOTIFIED (CLAIM ⟦I|LNI-SF44821⟧).
BLOOD FOR CARBOXYHEMOGLOBIN TO ⟦O|WASHINGTON STATE TOXICOLOGY LABORATORY⟧ REQ ⟦I|WSTL-99-88217⟧.   ⟦N|L. VILLASEÑOR⟧ ⟦N|LV⟧
`);

// ======================================================== lower case (10) ========================================================

note("oncall-log-lower", `
⟦O|golden valley hospice⟧ after-hours triage line - ⟦C|bakersfield⟧ office - on call rn ⟦N|marisa delgado-whitcomb⟧   night of ⟦D|10/12/2099⟧
1905 - ⟦N|beatrice okonkwo⟧'s daughter ⟦N|ifeoma⟧ (⟦P|661-555-0127⟧) says mom moaning, not settling. pt ⟦N|okonkwo, beatrice⟧ hospice # ⟦M|gvh-77204⟧. advised roxanol 10 mg sl now, repeat in 1 hr if needed. callback 2010: resting.
2040 - ⟦N|harold "hal" prentiss⟧ (⟦M|gvh-77188⟧) wife ⟦N|norma⟧ ⟦P|661-555-0193⟧ calls: foley leaking. visit made 2130 to ⟦S|3317 panorama dr⟧, ⟦C|bakersfield⟧ ⟦Z|93305⟧, replaced 16 fr. ⟦N|md⟧
2255 - ⟦O|hall ambulance⟧ dispatcher called re 911 call from ⟦S|709 q st⟧ apt 3 - pt ⟦N|ruben sotelo⟧ (⟦M|gvh-77231⟧) on hospice, dnr. told them pt is on our service; crew stood down per polst. son ⟦N|ernesto sotelo⟧ had panicked.
2340 - ⟦N|ernesto⟧ called back: dad's breathing changed, long pauses. went out. arrived 0015.
0048 - ⟦N|ruben sotelo⟧ pronounced by rn, no breath sounds, no apical pulse x 1 min. dr ⟦N|feldman-aziz⟧ notified by page ⟦P|661-555-0100⟧. family (son ⟦N|ernesto⟧, daughter ⟦N|yesenia sotelo ruiz⟧, granddaughter ⟦N|alexa⟧) present. ⟦O|greenlawn mortuary⟧ ⟦P|661-555-0158⟧ called 0110, picked up 0205 (driver ⟦N|tim vasquez⟧).
0230 - meds destroyed with ⟦N|ernesto⟧ as witness: morphine 20 mg/ml 22 ml, lorazepam 2 mg/ml 9 ml, into drug buster. 
0315 - ⟦N|nettie goldfarb⟧ (⟦M|gvh-77160⟧), ⟦A|96⟧ yo, at ⟦H|rosewood assisted living⟧ - aide ⟦N|quinn⟧ ⟦P|661-555-0110⟧ reports fall, no injury, on floor 5 min. neuro checks ok. notify day team + dtr ⟦N|sheila goldfarb⟧ in am.
handoff to day rn ⟦N|kelsey armijo⟧ at 0800 ⟦D|10/13⟧. ⟦N|m. delgado-whitcomb⟧ rn
`);

note("aide-visit-lower", `
hospice aide visit note - ⟦O|coastal carolina hospice⟧ - ⟦D|oct 13, 2099⟧
patient: ⟦N|lucille banks-mccoy⟧   ⟦M|cch-449120⟧   address ⟦S|118 shell point rd⟧, ⟦C|wilmington⟧ ⟦STATE|nc⟧ ⟦Z|28409⟧   aide ⟦N|tamika fulcher⟧, cna
time in 0930 out 1045. tasks: bed bath, peri care, oral care with swabs, lotion, hair washed w/ no-rinse cap, linens changed with help of grandson ⟦N|desmond⟧.
skin: red area sacrum, not open. told nurse ⟦N|jolene kirby⟧ by phone ⟦P|910-555-0162⟧. turning q2h chart on bedside table filled in by family.
pt said "tell pastor ⟦N|ray⟧ i'm ready" - passed on to chaplain ⟦N|ray moultrie⟧ (⟦O|mt zion ame church⟧).
ate 3 spoons applesauce, sips of sweet tea. daughter ⟦N|gwendolyn⟧ says she's been sleeping most of the day since ⟦DAY|sunday⟧.
next visit ⟦D|10/15⟧. ⟦N|tf⟧
`);

note("bereavement-calls-lower", `
bereavement follow-up call log - ⟦O|hospice of the western reserve⟧ - ⟦C|akron⟧ team     counselor: ⟦N|danuta wisniewski⟧, ma, lpc
griever                            relation / decedent (dod)                                  call date      risk    notes
⟦N|mabel ferrante⟧                     wife of ⟦N|vincent ferrante⟧ (⟦D|07/14/2099⟧)                    ⟦D|10/13/2099⟧     high    not eating, lives alone in ⟦C|cuyahoga falls⟧. son ⟦N|paul⟧ ⟦P|330-555-0137⟧ aware. offered home visit ⟦D|10/20⟧.
⟦N|tyrell jamison⟧                     son of ⟦N|loretta jamison⟧ (⟦D|08/02/2099⟧)                      ⟦D|10/13/2099⟧     low     back at work at ⟦O|goodyear⟧, attends grief group at ⟦O|arlington church of god⟧.
⟦N|sung-hee park⟧                      daughter of ⟦N|park dong-won⟧ (⟦D|09/19/2099⟧)                   ⟦D|10/13/2099⟧     mod     guilt re hospital transfer. ask dr. ⟦N|lindqvist⟧ to call. email ⟦E|shpark.akron@example.com⟧
⟦N|ruth-ann kessler⟧                   sister of ⟦N|irving kessler⟧ (⟦D|06/30/2099⟧), age ⟦A|91⟧ herself  ⟦D|10/13/2099⟧     mod     hard of hearing; spoke w/ niece ⟦N|dana kessler-brandt⟧ ⟦P|234-555-0188⟧.
⟦N|marcus⟧ & ⟦N|yolanda whitfield⟧          parents of ⟦N|jaylen whitfield⟧ (⟦D|09/02/2099⟧), age 17        ⟦D|10/13/2099⟧     high    referred to ⟦O|compassionate friends⟧ ⟦C|stow⟧ chapter; school counselor at ⟦O|firestone clc⟧ informed with consent.
mailing: 13-month packet sent to ⟦N|geraldine oyler⟧ (⟦S|p.o. box 2218⟧, ⟦C|barberton⟧ ⟦STATE|oh⟧ ⟦Z|44203⟧). memorial service invite ⟦D|november 9, 2099⟧ at ⟦O|st. sebastian parish⟧.
`);

note("family-texts-lower", `
[hospice family portal - secure messages - pt ⟦N|teodora villalobos⟧, ⟦M|sfh-20417⟧ - ⟦O|sangre de cristo hospice⟧, ⟦C|santa fe⟧]
⟦D|10/12/2099⟧ 07:14 ⟦UN|rvillalobos_nm⟧ (⟦N|roxanne villalobos⟧, daughter): mom didn't drink anything last night and her knees look purplish. is that normal?? my brother ⟦N|teo jr⟧ is driving up from ⟦C|las cruces⟧
⟦D|10/12/2099⟧ 07:31 ⟦N|abigail sandoval⟧, rn: hi ⟦N|roxanne⟧, that mottling can be part of the body slowing down. i'm coming by at 9 to see her. keep the mouth moist with the swabs. call ⟦P|505-555-0120⟧ anytime.
⟦D|10/12/2099⟧ 09:52 ⟦N|abigail sandoval⟧, rn: visit note - pps 10%, resp 8-10 with apnea 20 s, mottled to knees. likely hours to days. family gathering. father ⟦N|benavidez⟧ from ⟦O|cristo rey parish⟧ coming at noon for anointing.
⟦D|10/12/2099⟧ 16:03 ⟦UN|teojr.villalobos⟧: this is ⟦N|teo⟧, i'm here now. what number do we call for the funeral home when it happens? we picked ⟦O|rivera family funeral home⟧ on ⟦S|cerrillos rd⟧
⟦D|10/12/2099⟧ 16:10 ⟦N|abigail sandoval⟧, rn: call us first at ⟦P|505-555-0120⟧, the nurse will come pronounce and then we call ⟦O|rivera⟧ together. no 911.
⟦D|10/13/2099⟧ 02:47 ⟦UN|rvillalobos_nm⟧: she's gone. 2:30am. my aunt ⟦N|cleofas⟧ was holding her hand
⟦D|10/13/2099⟧ 02:49 on-call rn ⟦N|lorenzo tafoya⟧: i'm so sorry ⟦N|roxanne⟧. i'm on my way, about 25 min from ⟦C|eldorado⟧.
⟦D|10/13/2099⟧ 04:05 ⟦N|lorenzo tafoya⟧, rn: pronounced 0318 at home, ⟦S|1442 camino de los montoyas⟧, ⟦C|santa fe⟧ ⟦STATE|nm⟧ ⟦Z|87507⟧. dr ⟦N|ostrander⟧ to sign dc. ⟦O|rivera family funeral home⟧ removal 0355.
`);

note("chaplain-lower", `
spiritual care note - ⟦H|mercy hospital springfield⟧ - 6 south     chaplain ⟦N|nkechi okafor-lund⟧, mdiv, bcc     ⟦D|13 oct 2099⟧
pt: ⟦N|eamon mcgrath⟧, ⟦A|90⟧ y/o, mrn ⟦M|mhs-5520184⟧. referral from rn ⟦N|kayla stroud⟧ after family meeting moved to comfort care.
present: wife ⟦N|siobhan⟧ (married 64 yrs), daughters ⟦N|maureen mcgrath-tully⟧ and ⟦N|clare⟧, son fr. ⟦N|declan mcgrath⟧ (jesuit, flew in from ⟦C|omaha⟧).
pt catholic, parish ⟦O|st. agnes cathedral⟧. last rites given ⟦D|10/11⟧ by msgr. ⟦N|duffy⟧. family asked for prayers of commendation; sang "be not afraid" together.
⟦N|siobhan⟧ spoke of their farm near ⟦C|ash grove⟧ and his years at ⟦O|kraft⟧. anticipatory grief, strong faith supports, adult children present. spiritual distress: low.
plan: follow daily, notify on-call chaplain ⟦P|417-555-0190⟧ at time of death, offer blessing of body. family wants ⟦O|gorman-scharpf funeral home⟧ and burial at ⟦LO|resurrection cemetery⟧.
⟦N|n. okafor-lund⟧
`);

note("pronounce-home-lower", `
death visit / pronouncement - ⟦O|frontier home health and hospice⟧ - ⟦C|anchorage⟧ ⟦STATE|ak⟧
patient ⟦N|agnes nanuk⟧ (⟦M|fhh-30881⟧), dob ⟦D|12/02/2005⟧, age ⟦A|93⟧. dx: metastatic colon ca. soc ⟦D|08/29/2099⟧.
called by grandson ⟦N|cody nanuk-peterson⟧ ⟦P|907-555-0164⟧ at 0540 ⟦D|10/13/2099⟧. arrived 0615 at ⟦S|4019 wesleyan dr⟧, ⟦C|anchorage⟧ ⟦Z|99508⟧.
no resp, no apical pulse x 60 s, pupils fixed. time of death 0622 (by nurse, per ⟦STATE|ak⟧ protocol). family notes she stopped breathing ~0530.
present: daughters ⟦N|mary jane nanuk⟧ and ⟦N|irene kasayulie⟧ (flew from ⟦C|bethel⟧ last wk), elder ⟦N|moses andrew⟧ from ⟦O|russian orthodox st. innocent cathedral⟧ praying. family washed and dressed her in her kuspuk.
notified: attending dr ⟦N|pemberton-sayles⟧ (⟦H|alaska native medical center⟧) ⟦P|907-555-0101⟧ - will sign dc; ⟦O|evergreen memorial chapel⟧ ⟦P|907-555-0177⟧ removal 0900 at family request; state medical examiner not required.
body to be flown to ⟦C|bethel⟧ for burial at ⟦LO|bethel moravian cemetery⟧ after service at ⟦O|bethel moravian church⟧ - ⟦O|ravn alaska⟧ cargo, burial-transit permit ⟦I|ak-btp-99-2214⟧.
meds disposed w/ ⟦N|irene⟧: morphine 20 mg/ml 14 ml, lorazepam tabs x 11. dme pickup ⟦O|geneva woods⟧ ⟦D|10/14⟧.
⟦N|hollis tremblay⟧, rn   ⟦D|10/13/99⟧
`);

note("opo-family-auth-lower", `
donor family conversation note - ⟦O|gift of hope organ & tissue donor network⟧ - family services coordinator ⟦N|yara haddad⟧
case ⟦I|goh-99-44017⟧   potential donor: ⟦N|dario accardi⟧, 34 m, ⟦H|osf saint francis medical center⟧ ⟦C|peoria⟧, neuro icu, mrn ⟦M|osf-8827714⟧. brain death declared ⟦D|10/12/2099⟧ 2215 by dr ⟦N|kovacs⟧ and dr ⟦N|ahluwalia⟧.
not a registered donor. legal next of kin: wife ⟦N|chiara accardi⟧ (⟦P|309-555-0142⟧). also present: parents ⟦N|salvatore⟧ and ⟦N|antonella accardi⟧, brother ⟦N|nico⟧, friend ⟦N|brandon tully⟧ (⟦O|peoria fire department⟧ - ⟦N|dario⟧'s coworker, station 19).
conversation 0110-0240 ⟦D|10/13/2099⟧ in family room with icu rn ⟦N|shauna beckwith⟧. ⟦N|chiara⟧: "he would give anybody the shirt off his back." family authorized: heart, lungs, liver, kidneys, pancreas, corneas, skin, bone. declined: face, hands (vca).
medical-social history by phone with mother, 1 h 05 min (drai form). travel to ⟦COUNTRY|italy⟧ ⟦D|jul 2099⟧ (⟦C|palermo⟧).
coroner: ⟦O|peoria county coroner⟧ ⟦N|jamie harwell⟧ released, case ⟦I|pcc-99-0877⟧, asked for photos of hands.
family wants to be called before or after or when? - after or. hero walk requested. funeral home: ⟦O|wilton mortuary⟧. contact ⟦N|chiara⟧ cell or email ⟦E|chiara.accardi22@example.net⟧.
unos id ⟦I|alk4410⟧. ⟦N|yh⟧
`);

note("continuous-care-lower", `
continuous home care flowsheet - ⟦O|ocala family hospice⟧ - pt ⟦N|delmar "dee" fontenot⟧ ⟦M|ofh-11047⟧ - ⟦S|2240 se 17th st⟧ ⟦C|ocala⟧ ⟦STATE|fl⟧ ⟦Z|34471⟧ - ⟦D|10/12/2099⟧ to ⟦D|10/13/2099⟧
hr    by     rass  resp/min  pain(painad)  interventions                                              family
1800  ⟦N|tk⟧     +2    28        6           haldol 1 mg sq, roxanol 10 mg sl, repositioned                  wife ⟦N|pearline⟧ tearful
2000  ⟦N|tk⟧     0     24        3           mouth care, glyco 0.2 mg sq for secretions                      nephew ⟦N|andre fontenot⟧ arrived from ⟦C|lafayette⟧
2200  ⟦N|tk⟧     -1    22        2           scopolamine patch placed                                         daughter ⟦N|gail⟧ on phone from ⟦C|gainesville⟧
0000  ⟦N|rp⟧     -2    18        1           roxanol 10 mg sl (scheduled)                                    all resting
0200  ⟦N|rp⟧     -3    12 irreg  0           cheyne-stokes, mottling feet, mouth care                         ⟦N|pearline⟧ at bedside
0400  ⟦N|rp⟧     -4    8         0           family called in; pastor ⟦N|lucas⟧ (⟦O|greater new bethel baptist church⟧) phoned in prayer
0435  ⟦N|rp⟧     -     0         -           no resp, no pulse. pronounced 0441 by ⟦N|rosalind pettaway⟧, rn. dr ⟦N|whitmore⟧ notified
lpn ⟦N|tevin kirkland⟧ 1800-0000, rn ⟦N|rosalind pettaway⟧ 0000-0600. ⟦O|hiers-baxley funeral services⟧ removal 0620 (⟦N|j. baxley⟧).
`);

note("arrangement-conf-lower", `
arrangement conference worksheet - ⟦O|kaminski & daughters funeral home⟧ - ⟦S|1209 w gore blvd⟧, ⟦C|lawton⟧ ⟦STATE|ok⟧ ⟦Z|73501⟧ - case ⟦I|kd-99-1147⟧
decedent: ⟦N|leon-paul "lp" kaminski⟧   dod ⟦D|10/12/2099⟧   place: ⟦H|comanche county memorial hospital⟧   age ⟦A|99⟧   veteran: yes, us army korea (dd-214 on file, service # ⟦I|ra18442071⟧)
arranged by: ⟦N|donna kaminski-reyes⟧ (daughter, executor) ⟦P|580-555-0116⟧, with ⟦N|greg kaminski⟧ (son, ⟦C|wichita falls⟧) by speakerphone.
visitation ⟦D|10/16⟧ 5-7 pm at our chapel. mass of christian burial ⟦D|10/17/2099⟧ 10 am at ⟦O|blessed sacrament catholic church⟧, fr ⟦N|thuong nguyen⟧ celebrant. military honors by ⟦O|fort sill⟧ honor guard (request # ⟦I|fs-mh-99-3318⟧).
interment: ⟦LO|fort sill national cemetery⟧, ⟦C|elgin⟧ - va scheduling office confirmed ⟦D|10/17⟧ 1:30 pm, spouse ⟦N|rosalie⟧ (d. ⟦D|2094⟧) already interred section 12.
casket: 18 ga steel. flowers from ⟦O|lawton flower shop⟧. obit to ⟦O|the lawton constitution⟧ and our site ⟦U|www.kaminskifh-example.com/obits/leon-paul-kaminski⟧.
insurance assignment: ⟦O|globe life⟧ policy ⟦I|gl-77201843⟧ ($8,000). social security notified, ssn ⟦SSN|440-71-2298⟧.
pallbearers: grandsons ⟦N|tyler⟧, ⟦N|mason⟧ and ⟦N|eli reyes⟧, ⟦N|jacob kaminski⟧, neighbor ⟦N|bud whitecotton⟧, ⟦N|ray littlechief⟧.
director: ⟦N|marianne kaminski⟧, fd/embalmer lic ⟦I|ok-fde-4471⟧. ⟦D|10/13/2099⟧
`);

note("palliative-quick-lower", `
pall care f/u - ⟦H|umc el paso⟧ - ⟦D|10/13/99⟧
pt ⟦N|esperanza dominguez luna⟧ ⟦M|umc-3318207⟧, 82f, hcc w/ portal vein thrombus, on day 4 of stay. pps 40.
seen w/ dtr ⟦N|marisol luna⟧ (hcpoa) and son ⟦N|javier⟧ via facetime from ⟦C|chihuahua⟧. spanish interpreter ⟦N|rafael⟧ (#⟦I|44817⟧).
gocc: family understands no further cancer tx per dr ⟦N|suárez-whitley⟧ (onc). pt wants to die at home in ⟦C|socorro⟧ ⟦STATE|tx⟧ near her sister ⟦N|consuelo⟧.
plan: dnr/dni, comfort focus, hospice referral to ⟦O|hospice de el paso⟧ (liaison ⟦N|becky chacon⟧ ⟦P|915-555-0135⟧), oxycodone 5 mg q4h prn, senna.
code status form signed, out-of-hospital dnr #⟦I|tx-oohdnr-881204⟧. will sign off after d/c.
- ⟦N|k. oyelowo⟧, np, palliative
`);

// ======================================================== Mixed case (25) ========================================================

note("hospice-hp-mixed", `
Hospice Admission History and Physical - ⟦O|Roanoke Valley Hospice and Palliative Care⟧
Patient: ⟦N|Thaddeus Oyelaran-Brooks⟧   DOB: ⟦D|05/17/2037⟧   Hospice MRN: ⟦M|RVH-0048821⟧   Date of service: ⟦D|October 13, 2099⟧
Referred by: Dr. ⟦N|Gwendolyn Aspinall⟧, cardiology, ⟦H|Carilion Roanoke Memorial Hospital⟧ (fax ⟦F|540-555-0109⟧), at discharge ⟦D|10/12/2099⟧.
Terminal diagnosis: ACC/AHA stage D heart failure (HFrEF, EF 15%), not a transplant or LVAD candidate per ⟦H|UVA Health⟧ evaluation ⟦D|Aug 2099⟧. ICD-10 I50.22.
History: 62-year-old retired long-haul driver (⟦O|Norfolk Southern⟧, 31 years). Four admissions in six months (⟦D|04/2099⟧, ⟦D|06/2099⟧, ⟦D|08/2099⟧, ⟦D|10/2099⟧).
AICD (⟦O|Boston Scientific⟧, serial ⟦DEV|BSC-RQ4471820⟧) - shocks deactivated ⟦D|10/12/2099⟧ by device nurse ⟦N|Priya Ganesan⟧ with patient consent; pacing left on.
Milrinone stopped. Furosemide 80 mg BID, metolazone PRN, morphine 5 mg PO q4h PRN dyspnea, lorazepam 0.5 mg PRN.
Exam: BP 88/56, HR 102, RR 24, SpO2 91% on 3 L. JVD to angle of jaw, 3+ edema to thighs. PPS 40%. NYHA IV.
Social: lives with wife ⟦N|Charlene⟧ at ⟦S|2206 Brandon Ave SW⟧, ⟦C|Roanoke⟧, ⟦STATE|VA⟧ ⟦Z|24015⟧. Stepdaughter ⟦N|Kiara Mims⟧ (⟦P|540-555-0174⟧) helps. Member of ⟦O|Pilgrim Baptist Church⟧.
Insurance: Medicare MBI ⟦HP|7FJ2-TD9-WK33⟧; supplemental ⟦O|Anthem⟧ ⟦HP|YRK448201937⟧.
Advance directive on file (⟦D|2096⟧), agent wife ⟦N|Charlene Oyelaran-Brooks⟧, alternate brother ⟦N|Cornelius Brooks⟧ of ⟦C|Martinsville⟧.
Assessment: prognosis of six months or less if the disease runs its normal course. Certified for first benefit period ⟦D|10/13/2099⟧-⟦D|01/10/2100⟧.
⟦N|Samuel Adebayo-Fairchild⟧, MD, HMDC, hospice medical director - NPI ⟦I|1588204417⟧ - e-signed ⟦D|10/13/2099⟧ 16:22
`);

note("recert-f2f-mixed", `
Hospice Face-to-Face Encounter and Recertification (third benefit period)
Agency: ⟦O|Heart of the Valley Hospice⟧, ⟦S|411 Sherman St⟧, ⟦C|Boise⟧, ⟦STATE|ID⟧ ⟦Z|83702⟧ - provider # ⟦I|13-1547⟧
Patient: ⟦N|Marguerite Etcheverry⟧   Hospice ID ⟦M|HOV-7712⟧   DOB ⟦D|02/11/2004⟧ (age ⟦A|95⟧)   Medicare ⟦HP|2WN5-XK1-QP47⟧
Encounter: ⟦D|10/13/2099⟧, in person at ⟦H|Cherry Ridge Assisted Living⟧, ⟦C|Meridian⟧, by ⟦N|Jolene Arriaga⟧, FNP (NPI ⟦I|1770418825⟧).
Benefit period 3: ⟦D|10/20/2099⟧ - ⟦D|12/18/2099⟧. Original SOC ⟦D|04/23/2099⟧.
Findings: Alzheimer's disease, FAST 7d (since ⟦D|July 2099⟧). Non-ambulatory, speech limited to 2-3 words. Weight 94 lb (was 103 lb ⟦D|06/2099⟧). MAC 18.5 cm (was 20). Two UTIs, one aspiration episode ⟦D|09/28⟧.
Family: son ⟦N|Pierre Etcheverry⟧ (POA) in ⟦C|Mountain Home⟧ ⟦P|208-555-0121⟧; daughter ⟦N|Anne-Marie Goicoechea⟧ in ⟦C|Elko⟧, ⟦STATE|Nevada⟧. Basque Catholic; visits from ⟦O|Our Lady of the Rosary⟧ Basque chaplain Fr. ⟦N|Iñaki Zubiri⟧.
Attestation: I, ⟦N|Jolene Arriaga⟧, confirm that I had a face-to-face encounter with the patient on ⟦D|10/13/2099⟧ and that the clinical findings were provided to the certifying physician, Dr. ⟦N|Walter Quintanilla⟧.
Physician narrative: Mrs. ⟦N|Etcheverry⟧ continues to decline despite hand feeding; I certify a prognosis of six months or less. ⟦N|W. Quintanilla⟧, MD ⟦D|10/14/2099⟧
`);

note("idt-note-mixed", `
IDG Plan of Care Update - ⟦O|Bayada Hospice⟧ ⟦C|Hagerstown⟧ office           Meeting date ⟦D|10/13/2099⟧
Patient: ⟦N|Zbigniew "Ziggy" Nowakowski⟧, MRN ⟦M|BH-220418⟧, ⟦S|17 Antietam St⟧, ⟦C|Hagerstown⟧, ⟦STATE|MD⟧ ⟦Z|21740⟧. Benefit period 2, day 47.
Nursing (⟦N|Heather Shank⟧, RN): lung cancer with brain mets. Pain controlled on fentanyl patch 50 mcg and oxycodone 10 mg PRN (uses 2-3/day). New L-sided weakness; dexamethasone 4 mg daily continued. Fall risk high; bed alarm delivered by ⟦O|Apria⟧.
Social work (⟦N|Olamide Ferreira⟧, LCSW): wife ⟦N|Krystyna⟧ (79) is primary caregiver, overwhelmed; daughter ⟦N|Agnieszka Nowakowski-Hale⟧ lives in ⟦C|Frederick⟧, visits weekends. Applied for Medicaid waiver; case # ⟦I|MDW-99-330417⟧. Will discuss respite at ⟦H|Hospice of Washington County Inpatient Unit⟧.
Spiritual care (Chaplain ⟦N|Ruth Zimmerman⟧): Catholic; requests Polish-speaking priest - called ⟦O|St. Mary's Church⟧ ⟦P|301-555-0117⟧, Fr. ⟦N|Dziedzic⟧ will visit ⟦DAY|Thursday⟧.
Aide (⟦N|Lakisha Barnes⟧, HHA): baths 3x/week; patient likes polka radio and pierogi from ⟦O|Krumpe's⟧.
Volunteer: ⟦N|Gordon Feaster⟧ (Vietnam veteran) matched; visits ⟦DAY|Tuesdays⟧.
Medical director (Dr. ⟦N|Nilufar Chowdhury⟧): agrees with plan; consider GIP if seizure or pain crisis. Goals: comfortable at home.
Signatures: ⟦N|HS⟧ RN, ⟦N|OF⟧ LCSW, ⟦N|RZ⟧, ⟦N|NC⟧ MD - ⟦D|13-Oct-2099⟧
`);

note("home-rn-visit-mixed", `
Hospice RN Routine Visit - ⟦O|Valley Hospice of Yuma⟧
Pt: ⟦N|Consolata Mbeki-Harris⟧  ⟦M|VHY-5520⟧  Visit ⟦D|Oct 13, 2099⟧ 1010-1125  Location: home, ⟦S|2950 S Avenue B⟧ Lot 44, ⟦C|Yuma⟧ ⟦STATE|AZ⟧ ⟦Z|85364⟧
S: Husband ⟦N|Leonard Harris⟧ reports she ate "a few bites of oatmeal," more confused in afternoons. Grandson ⟦N|Jamal⟧ (home from ⟦O|Arizona Western College⟧) helps at night.
O: T 98.9, P 108 irregular, R 22, BP 92/60, SpO2 89% RA. PPS 30%. Sacral stage 2 wound 2 x 1.5 cm, clean. Edema 2+ bilateral. PAINAD 2.
Meds reviewed with ⟦N|Leonard⟧: MS Contin 15 mg q12h, morphine oral solution 5 mg q2h PRN (used x3 in 24h), haloperidol 0.5 mg PRN, Senna-S 2 tabs HS. Refill called to ⟦O|Yuma Regional Pharmacy⟧ ⟦P|928-555-0144⟧.
Teaching: signs of approaching death; who to call (hospice line ⟦P|928-555-0100⟧, not 911). Pamphlet "Gone From My Sight" left.
Coordination: spoke with Dr. ⟦N|Harshbarger⟧ re increasing MS Contin - order to 30 mg q12h. MSW ⟦N|Diego Ochoa⟧ to visit ⟦D|10/15⟧ re funeral planning; family leaning to ⟦O|Johnson Mortuary⟧.
Daughter ⟦N|Tendai Mbeki⟧ flying in from ⟦C|Johannesburg⟧ ⟦D|10/16⟧ - letter for airline compassion fare faxed to ⟦F|602-555-0188⟧.
⟦N|Rachel Vandenberg⟧, RN CHPN  ⟦D|10/13/2099⟧
`);

note("sw-psychosocial-mixed", `
Hospice Social Work Initial Psychosocial Assessment
⟦O|Amedisys Hospice⟧ - ⟦C|Hattiesburg⟧, ⟦STATE|MS⟧ - ⟦D|2099-10-13⟧ - MSW ⟦N|Latrice Dukes-Coleman⟧, LMSW
Patient: ⟦N|Clarence Eubanks⟧, 78, ⟦M|AH-881042⟧. Lives at ⟦S|612 Bouie St⟧, ⟦C|Hattiesburg⟧ ⟦Z|39401⟧, a house he built in ⟦D|1968⟧.
Family: wife ⟦N|Dorothea⟧ died ⟦D|2097⟧. Children: ⟦N|Clarence Jr.⟧ ("⟦N|June⟧", ⟦C|Chicago⟧, ⟦P|773-555-0161⟧), ⟦N|Veronica Eubanks-Tate⟧ (lives next door, primary caregiver, works nights at ⟦H|Forrest General Hospital⟧), ⟦N|Marcus⟧ (incarcerated at ⟦O|Parchman⟧, inmate # ⟦I|MDOC-K4417⟧ - family asks about a call before death).
Decision maker: ⟦N|Veronica⟧ named in durable POA (⟦D|05/2096⟧), notarized by ⟦N|Hollis Pickering⟧ at ⟦O|Pine Belt Legal Services⟧.
Finances: SS and a small pension from ⟦O|Hercules Inc.⟧. Burial policy with ⟦O|Lincoln Heritage⟧ ⟦I|LH-44201187⟧; funeral home chosen ⟦O|Lowery's Funeral Home⟧. Plot at ⟦LO|Highland Cemetery⟧ beside wife.
Coping: tearful about ⟦N|Marcus⟧; deacon ⟦N|Willie Spann⟧ of ⟦O|Zion Chapel AME⟧ visits. Risk of complicated grief for ⟦N|Veronica⟧: moderate.
Plan: contact ⟦O|MDOC⟧ chaplain Rev. ⟦N|Toomer⟧ ⟦P|662-555-0133⟧ about a phone call; respite info; bereavement referral.
`);

note("palliative-consult-mixed", `
PALLIATIVE MEDICINE CONSULTATION
⟦H|Vidant Medical Center⟧ / ⟦H|ECU Health Medical Center⟧, ⟦C|Greenville⟧, ⟦STATE|NC⟧        Date: ⟦D|10/13/2099⟧
Patient: ⟦N|Hezekiah Wooten⟧   MRN: ⟦M|VMC-009417723⟧   Room 4N-22   Requesting: Dr. ⟦N|Anjali Sreenivasan⟧ (hospitalist)
Reason: goals of care, symptom management; metastatic prostate cancer with cord compression, declining after radiation.
HPI: 71-year-old man from ⟦C|Tarboro⟧ with castrate-resistant prostate cancer (dx ⟦D|2094⟧, followed by Dr. ⟦N|Okereke⟧ at ⟦H|Leo Jenkins Cancer Center⟧) admitted ⟦D|10/08/2099⟧ with T10 cord compression, s/p 5 fractions. Lower extremities remain plegic. Pain 7/10 in back and hips on hydromorphone PCA.
Meds: hydromorphone PCA 0.3 mg/10 min, dexamethasone 4 mg BID, gabapentin 300 TID, senna/docusate, enzalutamide held.
Symptoms: pain 7/10 (ESAS), fatigue 8, appetite 2, anxiety 6. PPS 30%. Bowel: no BM x4 days.
Social: married 48 years to ⟦N|Rosetta Wooten⟧; sons ⟦N|Jerome⟧ (⟦C|Rocky Mount⟧) and ⟦N|Darnell Wooten⟧ (Army, ⟦LO|Fort Liberty⟧); daughter ⟦N|Shante Wooten-Bryant⟧, an LPN at ⟦H|Tarboro Nursing and Rehab⟧. Deacon at ⟦O|Mount Calvary Missionary Baptist Church⟧.
Prognosis discussed: weeks to short months. Patient's words: "I want to go home to my own bed and see my grandbabies."
Recommendations:
1. Transition PCA to methadone 5 mg q8h plus hydromorphone 4 mg PO q3h PRN (discussed with pharmacist ⟦N|Tran⟧).
2. Bowel regimen escalation: senna 2 tabs BID, PEG 17 g BID, bisacodyl suppository today.
3. Code status changed to DNR/DNI after discussion with patient and wife; NC MOST form completed.
4. Hospice referral: family chose ⟦O|3HC Home Health and Hospice⟧ (liaison ⟦N|Cassandra Lilley⟧ ⟦P|252-555-0140⟧). DME: hospital bed, Hoyer.
5. Chaplain ⟦N|Emmanuel Asante⟧ to visit; son ⟦N|Darnell⟧'s ⟦O|Red Cross⟧ emergency message sent (case ⟦I|ARC-99-4471820⟧).
Time: 85 minutes, >50% counselling. ⟦N|Meredith Calloway-Singh⟧, MD, Palliative Medicine, pager ⟦P|252-555-0911⟧
`);

note("goc-family-meeting-mixed", `
Family Meeting Note - MICU, ⟦H|Ochsner Medical Center⟧, ⟦C|New Orleans⟧ - ⟦D|Oct 13, 2099⟧ 14:00-15:10
Patient: ⟦N|Antoinette "Toni" Boudreaux-Lacour⟧, MRN ⟦M|OMC-77102944⟧, 58F, ARDS from influenza, day 16 of ventilation, on ECMO since ⟦D|10/02⟧.
Attendees: husband ⟦N|Rene Lacour⟧ (surrogate); daughters ⟦N|Camille⟧ and ⟦N|Simone Lacour⟧; sister ⟦N|Yvette Boudreaux⟧ (RN at ⟦H|Touro⟧); mother ⟦N|Odile Boudreaux⟧, ⟦A|90⟧, by phone from ⟦C|Houma⟧. Staff: Dr. ⟦N|Kenji Matsuda⟧ (MICU), Dr. ⟦N|Folasade Ige⟧ (palliative), ⟦N|Brianne Pitre⟧ RN, SW ⟦N|Isaac Levitan⟧, Chaplain ⟦N|Theresa Guidry⟧.
Medical update: no lung recovery on ECMO; not a lung transplant candidate per ⟦H|Ochsner⟧ transplant committee (⟦D|10/11⟧). New renal failure on CRRT.
Values: ⟦N|Rene⟧ said ⟦N|Toni⟧ told him after her father's death at ⟦H|Terrebonne General⟧ in ⟦D|2091⟧ that she "never wanted to be kept alive on machines." ⟦N|Camille⟧ agreed; ⟦N|Simone⟧ asked for more time until her brother ⟦N|Luc⟧ arrives from ⟦C|Kraków⟧ (lands ⟦D|10/14⟧ evening).
Decisions: DNR now. Continue current support without escalation until ⟦D|10/15/2099⟧ morning, then compassionate decannulation and extubation with family present. ⟦O|LOPA⟧ notified per policy (ref ⟦I|LOPA-99-20417⟧); family open to tissue donation.
Religious: Catholic - Fr. ⟦N|Pham Van Duc⟧ of ⟦O|St. Rita Catholic Church⟧ to give sacrament of the sick.
Follow-up meeting ⟦D|10/15⟧ 08:00. ⟦N|F. Ige⟧, MD
`);

note("polst-mixed", `
PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) - ⟦STATE|Oregon⟧            Registry # ⟦I|OR-POLST-99-0771842⟧
Patient last name: ⟦N|Haugland⟧    First: ⟦N|Ingrid⟧    Middle: ⟦N|Solveig⟧    DOB: ⟦D|09/14/2008⟧    Gender: F
Address: ⟦S|1450 Siskiyou Blvd⟧, ⟦C|Ashland⟧, ⟦STATE|OR⟧ ⟦Z|97520⟧        Preferred contact: daughter ⟦N|Linnea Haugland Moss⟧ ⟦P|541-555-0139⟧
A. Cardiopulmonary resuscitation: [X] Attempt Resuscitation/CPR   [ ] Do Not Attempt Resuscitation/DNR    -> [X] DNR
B. Medical interventions: [X] Comfort measures only   [ ] Limited   [ ] Full treatment
C. Artificially administered nutrition: [X] No artificial nutrition by tube.
D. Discussed with: patient (has capacity) and daughter ⟦N|Linnea⟧; son ⟦N|Erik Haugland⟧ by phone (⟦C|Medford⟧).
E. Signature of health care professional: ⟦N|Rosalind Tahir⟧, MD   License ⟦I|MD204417⟧   Phone ⟦P|541-555-0182⟧   Date ⟦D|10/13/2099⟧
   Office: ⟦H|Providence Ashland Family Medicine⟧   Fax ⟦F|541-555-0183⟧
Patient/legal representative signature: ⟦N|Ingrid S. Haugland⟧   Date ⟦D|10/13/2099⟧
Submitted to the ⟦O|Oregon POLST Registry⟧ by fax ⟦F|503-555-0160⟧ by ⟦N|Tamsin Okerlund⟧, MA ⟦D|10/13/99⟧; confirmation ⟦I|REG-44817720⟧.
Note: prior POLST ⟦D|03/2097⟧ (full treatment) voided - "VOID" written across, copy kept in chart ⟦M|PAFM-3318204⟧.
`);

note("advance-directive-mixed", `
ADVANCE DIRECTIVE FOR HEALTH CARE - ⟦STATE|South Dakota⟧ Durable Power of Attorney for Health Care and Living Will
I, ⟦N|Magdalena Wieczorek-Halvorsen⟧, of ⟦S|3110 Mount Rushmore Rd⟧, ⟦C|Rapid City⟧, ⟦LO|Pennington County⟧, ⟦STATE|South Dakota⟧ ⟦Z|57701⟧, born ⟦D|June 3, 2002⟧, being of sound mind, make this directive on the ⟦D|13th day of October, 2099⟧.
Part 1. I appoint my nephew ⟦N|Stefan Wieczorek⟧, ⟦S|88 Jolly Ln⟧, ⟦C|Spearfish⟧, ⟦STATE|SD⟧ ⟦Z|57783⟧, tel ⟦P|605-555-0126⟧, as my agent. If he is unable, I appoint my friend ⟦N|Bernadette "Bernie" Two Eagle⟧, ⟦P|605-555-0157⟧, and then my attorney ⟦N|Colm Fitzhenry⟧ of ⟦O|Fitzhenry & Rask Law Office⟧.
Part 2. If I have a terminal condition, I do not want CPR, mechanical ventilation, dialysis or tube feeding. I want pain relieved even if it hastens death. I wish to die at home or at ⟦H|Hospice House of the Black Hills⟧.
Part 3. Anatomical gift: I am a registered donor (⟦O|Donor Alliance⟧ registry ⟦I|DA-2201948⟧); I give my body to the ⟦O|Sanford School of Medicine⟧ body donation program (donor # ⟦I|SSM-BD-0417⟧) if it will be accepted; otherwise cremation by ⟦O|Behrens-Wilson Funeral Home⟧.
Part 4. My primary physician is Dr. ⟦N|Yusuf Hamdan⟧, ⟦H|Monument Health Rapid City Clinic⟧.
Signed: ⟦N|Magdalena Wieczorek-Halvorsen⟧   Date ⟦D|10/13/2099⟧
Witness 1: ⟦N|Courtney Belgarde⟧, ⟦S|515 West Blvd⟧, ⟦C|Rapid City⟧. Witness 2: ⟦N|Loren Muhlbeier⟧, ⟦S|2009 Canyon Lake Dr⟧, ⟦C|Rapid City⟧.
Notary: ⟦N|Deborah Kjelstad⟧, Notary Public, commission expires ⟦D|08/31/2103⟧ (seal).
`);

note("bereavement-risk-mixed", `
Bereavement Risk Assessment and Plan - ⟦O|Hospice of the Northern Tier⟧, ⟦C|Scranton⟧
Decedent: ⟦N|Rocco Santangelo⟧   DOD ⟦D|10/09/2099⟧   Hospice # ⟦M|HNT-33108⟧   Place of death: home, ⟦S|1128 Pittston Ave⟧, ⟦C|Scranton⟧, ⟦STATE|PA⟧ ⟦Z|18505⟧
Primary griever: wife ⟦N|Philomena Santangelo⟧, 88 (DOB ⟦D|11/30/2010⟧). Phone ⟦P|570-555-0145⟧.
Other grievers: son ⟦N|Anthony "Tony" Santangelo⟧ (⟦C|Wilkes-Barre⟧), daughter ⟦N|Gina Santangelo-Marchetti⟧ (⟦C|Erie⟧, ⟦E|gmarchetti@example.org⟧), granddaughter ⟦N|Mia⟧ (16, was very close - school ⟦O|Scranton Preparatory School⟧).
Risk factors: long marriage (66 y), caregiver for 2 years, prior losses (son ⟦N|Vincent⟧ d. ⟦D|2083⟧), lives alone now, hearing loss. Protective: parish ⟦O|St. Lucy's Church⟧, neighbor ⟦N|Doris Kubiak⟧ checks daily.
Score: high risk. Plan: bereavement counselor ⟦N|Ewa Zielinska⟧, LPC home visit ⟦D|10/23/2099⟧; calls at 2 wk, 6 wk, 3 mo; mailings x13 months; invite to "Coffee and Conversation" at ⟦O|Abington Community Library⟧; letter to PCP Dr. ⟦N|Ranjit Bhullar⟧ (fax ⟦F|570-555-0199⟧).
Funeral: ⟦O|Tomaine Funeral Home⟧, mass ⟦D|10/13/2099⟧ at ⟦O|St. Lucy's⟧, burial ⟦LO|Cathedral Cemetery⟧.
`);

note("pronounce-hospital-mixed", `
Death Note - Internal Medicine (night float)         ⟦H|UAB Hospital⟧, ⟦C|Birmingham⟧, ⟦STATE|AL⟧
Called by ⟦N|Kendra Motley⟧, RN at 03:42 on ⟦D|10/13/2099⟧ to evaluate Mr. ⟦N|Obadiah Penn⟧ (MRN ⟦M|UAB-6620418⟧), 84M, admitted ⟦D|10/09/2099⟧ with aspiration pneumonia, DNR/comfort care since ⟦D|10/11⟧.
Exam: no response to verbal or painful stimuli; pupils fixed and dilated; no corneal reflex; no heart sounds or breath sounds for one full minute; no palpable carotid pulse.
Patient pronounced dead at 03:51 on ⟦D|10/13/2099⟧.
Attending Dr. ⟦N|Ibrahim Al-Khatib⟧ notified at 04:05. Family: daughter ⟦N|Loretta Penn-Hargrove⟧ (⟦P|205-555-0128⟧) notified by phone at 04:10; she and her husband ⟦N|Calvin Hargrove⟧ will come from ⟦C|Bessemer⟧. Son ⟦N|Obadiah Jr.⟧ in ⟦C|Atlanta⟧ to be called by family.
⟦O|Legacy of Hope⟧ (formerly ⟦O|Alabama Organ Center⟧) called at 04:12, referral # ⟦I|LOH-99-10133⟧ - tissue only, family to be approached by coordinator ⟦N|Neveah Sims⟧.
Coroner: not a coroner's case (no trauma, no fall, > 24 h admission) - discussed with ⟦O|Jefferson County Coroner/Medical Examiner Office⟧ investigator ⟦N|Pruitt⟧ at 04:20 (call # ⟦I|JCCMEO-99-C4471⟧).
Autopsy: family declined. Funeral home: ⟦O|Davenport & Harris Funeral Home⟧ per daughter.
⟦N|Samira Haddad-Owens⟧, MD, PGY-2, pager ⟦P|205-555-0440⟧
`);

note("death-summary-mixed", `
DEATH SUMMARY / EXPIRATION SUMMARY
⟦H|Saint Alphonsus Regional Medical Center⟧ - ⟦C|Boise⟧                   Dictated by ⟦N|Harriet Okonedo⟧, MD   Job # ⟦I|7741882⟧   D: ⟦D|10/13/2099⟧ T: ⟦D|10/14/2099⟧
Patient: ⟦N|Wendell Arlo Stromquist⟧   MRN ⟦M|SARMC-4417208⟧   Acct ⟦I|V00088214471⟧   Admitted ⟦D|10/02/2099⟧   Expired ⟦D|10/12/2099⟧ 21:14
Age: ⟦A|98⟧. PCP: Dr. ⟦N|Kirsten Laidlaw⟧, ⟦H|Twin Falls Family Medicine⟧.
Hospital course: Mr. ⟦N|Stromquist⟧ was transferred from ⟦H|St. Luke's Magic Valley⟧ with a right MCA stroke, outside the window for thrombectomy. He remained obtunded with dysphagia. After a meeting on ⟦D|10/05⟧ with his wife ⟦N|Beryl⟧ (⟦A|96⟧) and sons ⟦N|Arne⟧ and ⟦N|Tor Stromquist⟧, he was made comfort care. He was seen by palliative care (Dr. ⟦N|Nakashima⟧) and chaplain ⟦N|Mike O'Rourke⟧. Inpatient hospice through ⟦O|Hospice Visions⟧ was arranged (GIP) on ⟦D|10/06⟧. He died peacefully with family present.
Final diagnoses: acute ischemic stroke R MCA; atrial fibrillation (off apixaban since ⟦D|09/2099⟧ after GI bleed); CKD 3b; aspiration pneumonitis.
Autopsy: not requested. Organ donation: ⟦O|Intermountain Donor Services⟧ referral ⟦I|IDS-99-55120⟧, eyes only - recovered by ⟦O|Lions Eye Institute for Transplant and Research⟧.
Death certificate signed electronically ⟦D|10/13/2099⟧ (Idaho EDRS ⟦I|ID-99-004471⟧). Released to ⟦O|Parke's Magic Valley Funeral Home⟧, ⟦C|Twin Falls⟧.
cc: Dr. ⟦N|Laidlaw⟧; ⟦O|Hospice Visions⟧.
`);

note("ocme-report-mixed", `
State of ⟦STATE|Maryland⟧ - ⟦O|Office of the Chief Medical Examiner⟧, ⟦S|900 W Baltimore St⟧, ⟦C|Baltimore⟧, ⟦STATE|MD⟧ ⟦Z|21223⟧
REPORT OF INVESTIGATION BY MEDICAL EXAMINER          OCME Case No. ⟦I|99-04471⟧   County: ⟦LO|Baltimore City⟧
Name: ⟦N|Desmond Akintola-Green⟧   Age 27   Race Black   Sex M   Home address: ⟦S|2417 Druid Hill Ave⟧, Apt 2R, ⟦C|Baltimore⟧ ⟦Z|21217⟧
Notification: ⟦D|10/13/2099⟧ 01:18 by ⟦O|Baltimore Police Department⟧ Det. ⟦N|Aisha Whitmore-Grant⟧ (CC# ⟦I|99J04418⟧); pronounced 00:57 at ⟦H|Shock Trauma Center⟧ / ⟦H|University of Maryland Medical Center⟧ by Dr. ⟦N|Halpern⟧.
Circumstances: Decedent was found in the 1800 block of ⟦S|W North Ave⟧ with gunshot wounds; transported by ⟦O|BCFD⟧ Medic 14. Cousin ⟦N|Tyreek Green⟧ identified him at the hospital at 01:40.
Investigator: ⟦N|Lorraine Okoro⟧, FI. Property: wallet (MD ID ⟦I|G-463-220-417-118⟧), phone released to BPD evidence (property # ⟦I|E99-228817⟧).
Autopsy ⟦D|10/13/2099⟧ by Dr. ⟦N|Pavel Hrdlicka⟧: two penetrating gunshot wounds of the torso. Cause: gunshot wounds of torso. Manner: homicide.
Next of kin: mother ⟦N|Sharonda Green⟧, ⟦S|5506 Belle Vista Ave⟧, ⟦C|Baltimore⟧ ⟦Z|21206⟧, ⟦P|443-555-0192⟧; notified in person by FI ⟦N|Okoro⟧ and Det. ⟦N|Whitmore-Grant⟧ at 06:10.
Victim services referral to ⟦O|Roberta's House⟧ (family grief support) and the state's Criminal Injuries Compensation Board (claim ⟦I|CICB-99-7730⟧) for funeral costs; funeral home ⟦O|March Funeral Homes West⟧.
`);

note("autopsy-neuro-mixed", `
Final Autopsy Report with Neuropathology Addendum
⟦H|Indiana University Health Methodist Hospital⟧, Department of Pathology, ⟦C|Indianapolis⟧         Autopsy No. ⟦I|IUA-99-0214⟧
Decedent: ⟦N|Rosemary Kinkaid Delacroix⟧   MRN ⟦M|IUH-3304417⟧   DOB ⟦D|12/19/2034⟧   Died ⟦D|09/27/2099⟧ 05:40   Autopsy ⟦D|09/28/2099⟧
Consent: signed by husband ⟦N|Julien Delacroix⟧ (⟦P|317-555-0180⟧), brain-only restriction lifted for the research donation to the ⟦O|Indiana Alzheimer's Disease Research Center⟧ (subject ID ⟦I|IADRC-07742⟧).
Clinical history: 64-year-old woman with rapidly progressive dementia over 5 months, myoclonus, periodic sharp waves on EEG (⟦D|08/14/2099⟧), RT-QuIC positive in CSF (⟦O|National Prion Disease Pathology Surveillance Center⟧ case ⟦I|NPDPSC-99-1183⟧). Attending Dr. ⟦N|Suresh Padmanabhan⟧.
Gross: brain 1,080 g, mild diffuse atrophy. General autopsy: bilateral bronchopneumonia.
Neuropathology (Dr. ⟦N|Gabrielle Osei-Brennan⟧, ⟦D|October 30, 2099⟧): spongiform change in cortex, striatum and thalamus; PrP immunostaining synaptic pattern; Western blot at ⟦O|NPDPSC⟧ type 1, codon 129 MM. Diagnosis: sporadic Creutzfeldt-Jakob disease (MM1).
Public health: reported to ⟦O|Indiana Department of Health⟧ (report # ⟦I|IDOH-CJD-99-07⟧) ⟦D|10/31/2099⟧. Family notified by Dr. ⟦N|Padmanabhan⟧; genetic counselling offered to children ⟦N|Marcel⟧ and ⟦N|Colette Delacroix⟧.
Body released after autopsy to ⟦O|Flanner Buchanan - Washington Park East⟧ with the precautions letter (⟦D|09/28/2099⟧, ⟦N|J. Whitcomb⟧, PA(ASCP)).
`);

note("opo-donor-chart-mixed", `
DONOR SUMMARY - ⟦O|Mid-South Transplant Foundation⟧, ⟦C|Memphis⟧, ⟦STATE|TN⟧          UNOS Donor ID ⟦I|AKL3308⟧   MSTF # ⟦I|MSTF-99-0447⟧
Donor: ⟦N|Jeremiah Lamar Tolliver⟧, 23 M, ABO O+, 182 cm, 88 kg. Hospital: ⟦H|Regional One Health⟧, ⟦C|Memphis⟧, MRN ⟦M|ROH-00774128⟧.
Cause of death: anoxia after drowning at ⟦LO|Sardis Lake⟧ (⟦STATE|Mississippi⟧) ⟦D|10/09/2099⟧; CPR 22 min by bystanders and ⟦O|Panola County EMS⟧. Brain death declared ⟦D|10/12/2099⟧ 16:48 (Dr. ⟦N|Adeyemi⟧, Dr. ⟦N|Rutledge⟧; apnea test PaCO2 68).
Authorization: first-person (⟦STATE|Tennessee⟧ Donor Registry, ⟦D|2095⟧); mother ⟦N|Sheila Tolliver⟧ informed and supportive; father ⟦N|Marcus Tolliver Sr.⟧ in ⟦C|Olive Branch⟧.
Medical examiner: ⟦O|West Tennessee Regional Forensic Center⟧ ME case ⟦I|WTRFC-99-1884⟧ - released with photos; ⟦O|Panola County⟧ coroner ⟦N|Gilbert Chism⟧ concurred (incident in MS).
Serologies: HIV NAT neg, HCV NAT neg, HBV NAT neg, CMV IgG +, EBV +. Blood cultures ⟦D|10/10⟧ no growth.
Allocation: heart - ⟦H|Methodist University Hospital⟧ Transplant Institute; liver - ⟦H|Vanderbilt University Medical Center⟧; kidneys - ⟦H|Le Bonheur⟧ (en bloc declined) and ⟦H|Baptist Memorial Hospital-Memphis⟧; lungs declined (contusion).
OR ⟦D|10/13/2099⟧ 02:00-06:40. Cross-clamp 04:12. Surgeon Dr. ⟦N|Hikaru Sato⟧; procurement coordinator ⟦N|Beth Ann Wardlaw⟧ ⟦P|901-555-0121⟧.
Family requested a letter and a hero flag ceremony; donor family services: ⟦N|LaTonya Cobb⟧ ⟦E|lcobb@example-mstf.org⟧.
`);

note("eye-bank-mixed", `
Ocular Tissue Recovery Record - ⟦O|SightLife Northwest⟧ (recovery site: ⟦H|Providence Sacred Heart Medical Center⟧, ⟦C|Spokane⟧, ⟦STATE|WA⟧)
Tissue ID: ⟦I|SLN-99-22047-OD⟧ / ⟦I|SLN-99-22047-OS⟧   Referral # ⟦I|LCNW-99-88120⟧ (⟦O|LifeCenter Northwest⟧)
Donor: ⟦N|Nakamura, Hideo⟧  Age 79  DOD ⟦D|10/12/2099⟧  TOD 18:35  Cause: metastatic gastric cancer (no ocular mets)  Cooling: ice packs 18:50
Authorizing person: daughter ⟦N|Emiko Nakamura-Lowell⟧, ⟦P|509-555-0119⟧, recorded phone authorization ⟦D|10/12/2099⟧ 20:05 witnessed by ⟦N|Darby Frisch⟧.
Recovery: ⟦D|10/13/2099⟧ 00:40-01:25 by technicians ⟦N|Pilar Ojeda⟧ (CEBT) and ⟦N|Ansel Hart⟧, whole globe enucleation OU. Lot of Optisol GS in record.
Blood sample: pre-mortem ⟦D|10/12⟧ 06:00 (hemodilution calc OK), to ⟦O|Creative Testing Solutions⟧ ⟦I|CTS-99-771024⟧.
Medical records reviewed: ⟦H|Sacred Heart⟧ MRN ⟦M|PSH-22180447⟧; PCP Dr. ⟦N|Mbatha⟧; hospice none.
Body released ⟦D|10/13⟧ 02:00 to ⟦O|Hazen & Jaeger Funeral Tributes⟧ (⟦N|Dwight Hazen⟧), with note to family about eye caps.
Family letter to ⟦N|Emiko⟧ at ⟦S|4410 S Regal St⟧, ⟦C|Spokane⟧ ⟦Z|99223⟧.
`);

note("cremation-auth-mixed", `
CREMATION AUTHORIZATION FORM          ⟦O|Shasta Lake Cremation Society⟧, ⟦S|1877 Hilltop Dr⟧, ⟦C|Redding⟧, ⟦STATE|CA⟧ ⟦Z|96002⟧   FD ⟦I|1447⟧ / CR ⟦I|CR-271⟧
Decedent: ⟦N|Dolores Irene Vukovich⟧   Date of death: ⟦D|10/11/2099⟧   Place: ⟦H|Mercy Medical Center Redding⟧   Age: ⟦A|100⟧
SSN: ⟦SSN|550-41-2209⟧   Case no. ⟦I|SLC-99-0618⟧   Permit for disposition ⟦I|PD-045-99-11872⟧ issued by ⟦O|Shasta County Public Health⟧ ⟦D|10/12/2099⟧
Authorizing agent(s): ⟦N|Milan Vukovich⟧ (son) ⟦P|530-555-0146⟧ and ⟦N|Sonja Vukovich Albers⟧ (daughter, ⟦C|Chico⟧) - all surviving children must sign.
Pacemaker/implanted devices: pacemaker - removed by ⟦N|Theo Ramsden⟧ ⟦D|10/12/2099⟧ (serial ⟦DEV|MDT-PZK447120S⟧, returned to ⟦O|Medtronic⟧). No radioactive implants.
Identification: viewed and identified by ⟦N|Milan Vukovich⟧ ⟦D|10/12/2099⟧ 14:20; ID tag stainless disc ⟦I|44781⟧ placed.
Disposition of cremated remains: pickup by ⟦N|Sonja⟧; part scattered at ⟦LO|Whiskeytown Lake⟧ under permit; urn niche at ⟦LO|Redding Memorial Park⟧.
Signed: ⟦N|Milan Vukovich⟧ ⟦D|10/12/2099⟧; ⟦N|Sonja Vukovich Albers⟧ ⟦D|10/12/2099⟧ (e-sign, IP ⟦IP|73.221.48.119⟧). Crematory operator: ⟦N|Ruben Castellanos⟧ (cert ⟦I|CO-8820⟧).
`);

note("first-call-mixed", `
FIRST CALL SHEET - ⟦O|Krause Funeral Home & Cremation Services⟧, ⟦C|Milwaukee⟧          Taken by: ⟦N|Annika Zeller⟧   ⟦D|10/13/2099⟧ 05:50
Deceased: ⟦N|Herbert Kowalski⟧   Age ⟦A|94⟧   Location: ⟦H|Clement Manor⟧, ⟦S|3939 S 92nd St⟧, ⟦C|Greenfield⟧ (room 214, bed A)
Caller: ⟦N|Joy Tenhagen⟧, charge nurse, ⟦P|414-555-0125⟧. Pronounced by RN at 05:20. Physician to sign: Dr. ⟦N|Sophia Andreou⟧ (⟦O|Ascension Medical Group⟧).
Hospice: ⟦O|Horizon Home Care and Hospice⟧ (nurse ⟦N|Cal Pfeiffer⟧ en route). ME: ⟦O|Milwaukee County Medical Examiner⟧ notified (required in county) - case ⟦I|MCME-99-07720⟧, released at 06:15 by investigator ⟦N|Schwoerer⟧.
Next of kin: son ⟦N|Dennis Kowalski⟧ ⟦P|262-555-0171⟧, ⟦S|W204 N16470 Jericho Dr⟧, ⟦C|Jackson⟧ ⟦Z|53037⟧. Daughter ⟦N|Grace Ostrowski⟧ (⟦C|Oshkosh⟧).
Pre-need contract: ⟦I|PN-K-2091-0448⟧ (⟦O|Homesteaders Life⟧ ⟦I|HL-70021844⟧). Church: ⟦O|St. Josaphat Basilica⟧. Cemetery: ⟦LO|Holy Cross Cemetery⟧ beside wife ⟦N|Wanda⟧.
Removal: ⟦N|Zeller⟧/⟦N|Mbaye⟧ 06:40, cot + cover, van ⟦I|WI 1884-FH⟧. Glasses and rosary returned to ⟦N|Dennis⟧.
`);

note("condolence-letter-mixed", `
⟦O|Hartford HealthCare at Home⟧ - Hospice
⟦S|181 Patricia M. Genova Dr⟧, ⟦C|Newington⟧, ⟦STATE|CT⟧ ⟦Z|06111⟧ | ⟦P|860-555-0100⟧ | ⟦U|https://hhcathome-example.org/grief⟧

⟦D|November 13, 2099⟧

Mrs. ⟦N|Fiona Mulcahy-Ng⟧ and family
⟦S|42 Fern St⟧
⟦C|West Hartford⟧, ⟦STATE|CT⟧ ⟦Z|06119⟧

Dear ⟦N|Fiona⟧, ⟦N|Declan⟧, ⟦N|Rory⟧ and ⟦N|Aoife⟧,

It has been a month since ⟦N|Kevin⟧ died at home on ⟦D|October 13⟧, and all of us who cared for him - ⟦N|Maeve⟧, ⟦N|Hank⟧, Sister ⟦N|Bernadette⟧ and I - think of you often. He talked about the trip to ⟦C|Galway⟧ and his years coaching at ⟦O|Conard High School⟧ with such joy.

Our bereavement program will continue to reach out for thirteen months. ⟦N|Wen Li⟧, our bereavement coordinator, will call you in the coming weeks; you can also reach her directly at ⟦P|860-555-0147⟧ or ⟦E|wen.li@hhcathome-example.org⟧. A memorial service for families will be held on ⟦D|December 4, 2099⟧ at ⟦O|St. Thomas the Apostle Church⟧, ⟦S|872 Farmington Ave⟧.

With sympathy,
⟦N|Colleen Hartigan⟧, RN, CHPN
Case Manager
`);

note("live-discharge-mixed", `
Hospice Discharge Summary - Live Discharge (extended prognosis) / Revocation Notice
⟦O|Big Bend Hospice⟧, ⟦S|1723 Mahan Center Blvd⟧, ⟦C|Tallahassee⟧, ⟦STATE|FL⟧ ⟦Z|32308⟧
Patient: ⟦N|Ozella Haynes-McCray⟧   ID ⟦M|BBH-2291-77⟧   DOB ⟦D|04/04/2009⟧ (⟦A|90⟧)   Admitted ⟦D|11/02/2098⟧   Discharged ⟦D|10/13/2099⟧
Reason: no longer terminally ill. Admitted with failure to thrive and weight loss (PPS 40%); over 11 months weight rose from 101 to 118 lb, PPS now 60%, ambulating with walker at ⟦H|Westminster Oaks⟧.
The patient and her granddaughter/POA ⟦N|Keisha McCray⟧ (⟦P|850-555-0137⟧) were given the Notice of Medicare Non-Coverage on ⟦D|10/11/2099⟧; the QIO (⟦O|Acentra Health⟧, ⟦P|888-555-0104⟧) appeal right was explained; no appeal filed.
Follow-up: PCP Dr. ⟦N|Emeka Nwachukwu⟧ (⟦H|Tallahassee Memorial Family Medicine - Southwood⟧) visit ⟦D|10/20/2099⟧; home health referral to ⟦O|Encompass Health Home Health⟧ for PT; meds list faxed ⟦F|850-555-0166⟧.
Palliative follow-up with ⟦O|TMH Palliative Care⟧ NP ⟦N|Lindsay Crum⟧. Re-admission to hospice possible at any time; family given our number.
Meds at discharge: mirtazapine 15 mg HS, acetaminophen 650 mg TID, vitamin D. Morphine and lorazepam from comfort kit destroyed ⟦D|10/13/2099⟧ with ⟦N|Keisha McCray⟧ (witness ⟦N|Nadia Petrosyan⟧, RN).
Signed ⟦N|Armen Petrosyan⟧, MD, medical director ⟦D|10/13/2099⟧; RN case manager ⟦N|Bernice Tolbert⟧.
`);

note("pet-property-mixed", `
MSW Note - Pets, Property and Household - ⟦O|Hospice Maui⟧, ⟦S|400 Mahalani St⟧, ⟦C|Wailuku⟧, ⟦STATE|HI⟧ ⟦Z|96793⟧        ⟦D|10/13/2099⟧
Patient: ⟦N|Rodolfo "Rudy" Bagasol⟧, ⟦M|HM-04417⟧, lives alone at ⟦S|215 Hina Ave⟧, ⟦C|Kahului⟧ ⟦Z|96732⟧; PPS 30%, pancreatic cancer.
Pets: two dogs (Mochi, Kaimana) and a rooster. Neighbor ⟦N|Leimomi Kealoha⟧ (⟦P|808-555-0175⟧) will take the dogs; ⟦O|Maui Humane Society⟧ contacted as backup (intake # ⟦I|MHS-99-2204⟧).
Property: house in the name of patient and late wife ⟦N|Perla⟧ (d. ⟦D|2096⟧). Will drafted at ⟦O|Legal Aid Society of Hawaii⟧ (attorney ⟦N|Kawika Ahuna⟧); executor is brother ⟦N|Ernesto Bagasol⟧ in ⟦C|Manila⟧ (⟦COUNTRY|Philippines⟧), ⟦P|+63 2 8555 0144⟧.
Patient wishes to be buried in ⟦C|Laoag⟧, ⟦COUNTRY|Philippines⟧, next to his parents; nephew ⟦N|Jun-Jun Bagasol⟧ (⟦C|Waipahu⟧, ⟦P|808-555-0112⟧) will coordinate with ⟦O|Ballard Family Mortuary⟧ and the ⟦O|Philippine Consulate General in Honolulu⟧ (repatriation checklist).
Bank: ⟦O|American Savings Bank⟧ - joint account with nephew added ⟦D|10/10/2099⟧. Vehicle: truck, plate ⟦I|HI PKT 447⟧, to nephew.
Church: ⟦O|Christ the King Church⟧, ⟦C|Kahului⟧ - Fr. ⟦N|Vaitai⟧ visits. Also ⟦O|Filipino Community Center⟧ friends Manong ⟦N|Bert⟧ and Ate ⟦N|Lorna⟧ bring food.
⟦N|Kehaulani Pe'a⟧, LSW
`);

note("hospice-house-admit-mixed", `
Inpatient Hospice Admission (GIP) - ⟦H|Granite State Hospice House⟧, ⟦S|780 Mammoth Rd⟧, ⟦C|Manchester⟧, ⟦STATE|NH⟧ ⟦Z|03104⟧
Patient: ⟦N|Thomas Aquinas Beaulieu⟧   MRN ⟦M|GSHH-10882⟧   DOB ⟦D|07/21/2031⟧   Admit ⟦D|10/13/2099⟧ 11:30 from ⟦H|Cheshire Medical Center⟧, ⟦C|Keene⟧ via ⟦O|DiLuzio Ambulance⟧
Level of care: GIP for uncontrolled pain and terminal agitation. Hospice of record: ⟦O|Home Healthcare, Hospice and Community Services⟧ (⟦C|Keene⟧), RN ⟦N|Shawna Brigham⟧.
Diagnosis: multiple myeloma, refractory; renal failure, hypercalcemia. PPS 20%.
Plan: hydromorphone infusion 0.5 mg/h + 0.5 mg bolus q15 min PRN; midazolam 1 mg SQ q1h PRN agitation; glycopyrrolate 0.2 mg q4h PRN; stop labs, stop dialysis (nephrology Dr. ⟦N|Sandeep Kalra⟧ agrees).
Family: partner ⟦N|Gilles Arsenault⟧ (health care agent, ⟦P|603-555-0131⟧); sister Sr. ⟦N|Marie-Therese Beaulieu⟧ (⟦O|Sisters of Holy Cross⟧, ⟦C|Manchester⟧); nephew ⟦N|Luc Beaulieu⟧ from ⟦C|Lewiston⟧, ⟦STATE|Maine⟧.
Wishes: French-language prayers; Fr. ⟦N|Gagnon⟧ from ⟦O|Ste. Marie Parish⟧; music therapist ⟦N|Juniper Hale⟧; dog "Biscuit" may visit.
Disposition after death: ⟦O|Lambert Funeral Home & Crematory⟧ ⟦P|603-555-0108⟧; body donation declined; cremation, ashes to ⟦LO|Mount Monadnock⟧.
Admitting physician: ⟦N|Oluwaseun Idowu⟧, MD   ⟦D|13 Oct 2099⟧
`);

note("perinatal-loss-mixed", `
Perinatal Palliative Care / Infant Death Note - ⟦H|Children's of Mississippi⟧ at ⟦H|University of Mississippi Medical Center⟧, ⟦C|Jackson⟧
Infant: Baby Girl ⟦N|Ngo⟧ ("⟦N|Hope⟧"), MRN ⟦M|UMMC-N-4471820⟧, born ⟦D|10/12/2099⟧ 23:06 at 37 weeks, 2,140 g; trisomy 18 diagnosed prenatally (amniocentesis ⟦D|06/2099⟧, MFM Dr. ⟦N|Celestine Abara⟧).
Parents: ⟦N|Ngo Thi Lan⟧ (mother, MRN ⟦M|UMMC-4417009⟧, 29) and ⟦N|Bao Tran⟧ (father); big sister ⟦N|Mai⟧, 4. Maternal grandmother ⟦N|Nguyen Thi Hoa⟧ interpreted family wishes; hospital interpreter ⟦N|Vu Minh Chau⟧ (Vietnamese, ID ⟦I|INT-2207⟧).
Birth plan (written with perinatal hospice ⟦O|Canopy Perinatal Hospice⟧ nurse ⟦N|Allison Greer-Thibodeaux⟧): comfort care only, skin to skin, baptism, photographs by ⟦O|Now I Lay Me Down to Sleep⟧ volunteer ⟦N|Krista Pannell⟧.
Course: apneic spells from birth; held by parents throughout; Fr. ⟦N|Joseph Tran Van Khoa⟧ of ⟦O|Vietnamese Martyrs Catholic Church⟧ baptized her ⟦N|Maria Hope Ngo⟧ at 23:40.
Death: heart rate absent on auscultation for 60 s at 02:18 ⟦D|10/13/2099⟧; pronounced by Dr. ⟦N|Winston Oduya⟧ (neonatology).
Memory making: hand and footprints, molds, lock of hair, cuddle cot offered. Social work ⟦N|Tierra Sanders⟧, LMSW ⟦P|601-555-0138⟧ - burial assistance through ⟦O|Lakewood Funeral Home⟧; plot donated at ⟦LO|Lakewood Memorial Park⟧ babyland section.
Autopsy: declined. Genetic counselling follow-up with ⟦N|Priscilla Dang⟧, MS, CGC, in 6 weeks (⟦D|11/24/2099⟧). Lactation: cabergoline offered, declined. Mother's OB Dr. ⟦N|Laramie Beck⟧ notified.
`);

note("jp-inquest-mixed", `
INQUEST - ⟦O|Justice of the Peace, Precinct 4, Potter County⟧, ⟦STATE|Texas⟧        Inquest No. ⟦I|JP4-I-99-0338⟧
Hon. ⟦N|Ramona Estrada-Kline⟧, Justice of the Peace, called to ⟦S|3615 NE 24th Ave⟧, ⟦C|Amarillo⟧, ⟦STATE|TX⟧ ⟦Z|79107⟧ on ⟦D|October 13, 2099⟧ at 07:40 by ⟦O|Amarillo Police Department⟧ (Ofc. ⟦N|Cody Brannigan⟧, report ⟦I|APD-99-118420⟧).
Deceased: ⟦N|Lupe Maldonado Arredondo⟧, Hispanic female, DOB ⟦D|08/08/2006⟧, age ⟦A|93⟧, widow, retired from ⟦O|Tyson Foods⟧ plant.
Found by: great-grandson ⟦N|Isaiah Arredondo⟧ (age 19), who lives with her, at 07:05 in her recliner; last seen alive at 23:00 on ⟦D|10/12/2099⟧ watching television.
Medical history (per her physician Dr. ⟦N|Vikram Dhillon⟧, ⟦H|BSA Family Medicine Center⟧, by phone 08:20): CHF, atrial fibrillation on warfarin, CKD; seen ⟦D|09/30/2099⟧; he will sign the death certificate.
Findings: no trauma; rigor present in jaw; home secure; no medication irregularities (pill box matched).
Ruling: natural death; no autopsy ordered. Body released to ⟦O|Boxwell Brothers Funeral Directors⟧ at 09:10 (attendant ⟦N|Travis Boxwell⟧).
Family: daughters ⟦N|Socorro Arredondo⟧ of ⟦C|Hereford⟧ (⟦P|806-555-0150⟧) and ⟦N|Yolanda Arredondo Reyes⟧ of ⟦C|Guadalajara⟧, ⟦STATE|Jalisco⟧ (notified by ⟦N|Socorro⟧).
⟦N|R. Estrada-Kline⟧, JP Pct. 4        Clerk: ⟦N|Brittany Sayers⟧ ⟦E|bsayers@pottercounty-example.gov⟧
`);

note("va-clc-death-mixed", `
Death Note and Burial Benefits - Community Living Center (hospice unit), ⟦H|Cheyenne VA Medical Center⟧, ⟦S|2360 E Pershing Blvd⟧, ⟦C|Cheyenne⟧, ⟦STATE|WY⟧ ⟦Z|82001⟧
Veteran: ⟦N|Arvid Thorsen Lindahl⟧   SSN ⟦SSN|520-33-9187⟧   ICN ⟦M|1004471820V331802⟧   Age ⟦A|102⟧   Branch: USN, Korea
Date/time of death: ⟦D|10/13/2099⟧ 04:47, pronounced by ⟦N|Ximena Oyarzun⟧, RN, and confirmed by Dr. ⟦N|Barrett Holtzclaw⟧ (CLC attending). Cause: end-stage COPD; hospice since ⟦D|08/01/2099⟧.
Present: daughter ⟦N|Kari Lindahl Sweeney⟧ (NOK, ⟦P|307-555-0143⟧), grandson ⟦N|Liam Sweeney⟧ (Air Force, ⟦LO|F.E. Warren AFB⟧), CLC chaplain ⟦N|Donovan Running Crane⟧.
Honor guard walk at 06:30 with flag-draped quilt (staff ⟦N|Rita Vigil⟧, ⟦N|Joe Yazzie⟧). Personal effects (hearing aids, Purple Heart, wallet) released to ⟦N|Kari⟧.
Burial: ⟦LO|Oregon Trail State Veterans Cemetery⟧, ⟦C|Evansville⟧, ⟦STATE|WY⟧ - pre-need determination ⟦I|PNE-99-44018⟧; headstone to match wife ⟦N|Norma⟧ (d. ⟦D|2093⟧). Funeral home: ⟦O|Wiederspahn-Radomsky Chapel⟧.
Benefits: VA burial allowance claim started (VA file # ⟦I|C-28 441 870⟧); Presidential Memorial Certificate requested; survivor's pension N/A.
Autopsy offered (VA policy) and declined by ⟦N|Kari⟧. Notification to ⟦O|Social Security Administration⟧ by funeral home.
Note by ⟦N|Hannah Kowalczyk-Beal⟧, LCSW, CLC social work ⟦D|10/13/2099⟧ 09:15
`);
write();
