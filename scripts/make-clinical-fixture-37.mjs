// Why this file exists: builds test/fixtures/clinical-notes-37.jsonl, a thirty-seventh labelled set of clinical notes
// written by hand in stop 48 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixtures 34-36's generators and test file and fixture-io.mjs were read for the form
// and the labels), in the register of the notes written ON THE UNIT in acute and inpatient care as EHR exports show
// them (MIMIC-III- and i2b2-2006-like): ED provider notes and triage narratives, ICU and ward nursing shift notes and
// flowsheet narratives (telegraphic, mostly ALL CAPS: "PT IS 91 YO ... DTR AT BEDSIDE"), psychiatric evaluations and
// behavioural-health notes, social-work and case-management assessments (family, housing, shelters, employers,
// guardians, court, police), PT/OT/SLP notes, labour and delivery and NICU notes (mother, father, siblings,
// pediatrician), code and rapid-response notes, chaplain notes, a death note and an autopsy report (18 in ALL CAPS,
// 5 in lower case, 17 mixed). Years are shifted as i2b2's are (2096-2103).
// Regions (towns invented or real, states and countries real): Somerset, Fall River and Cranston, Springfield and
// Northampton, Utica and Rome, Roanoke, Bangor and Hampden, Lebanon (New Hampshire), Shreveport, El Paso and Juárez,
// Hyannis, Providence, Anchorage and Bethel, Sioux Falls and Pine Ridge, Duluth, Cincinnati, Lakin and Garden City,
// Old Forge and Wilkes-Barre, Mobile, Brattleboro, Jackson, Newton and Hickory, Omaha, Albuquerque and Crownpoint,
// Camden, Cabot and Searcy, Goldsboro and Raleigh, South Bend, Hilo, Englewood and Lakewood, New Orleans and Erath,
// Plymouth and Marion, Boise, Louisville, Columbus, Dallas, Spokane, Portland (Maine), Mobridge and Eagle Butte, Lagos,
// Kisumu, Kumasi, Mogadishu, Ibadan, Cap-Haïtien, Tromsø.
// PHI forms sought: names from many origins (Yoruba, Somali, Polish, Tamil, Hmong, Haitian, Navajo, Lakota, Yup'ik,
// Irish, Hawaiian, Ukrainian, Portuguese and names no common list holds), with particles ("de los Santos", "VAN ANTWERP", "ben
// Haim", "ARMENDARIZ DE LUNA"), apostrophes ("O'Shaughnessy", "O'Donoghue", "Ka'ahanui"), hyphens, nicknames in quotes, first names
// alone after a role ("SITTER MARISOL", "sitter Leilani"), surnames alone ("GIVEN ACHTERBERG'S CARD", "Det. Mullins"), clinicians with credentials
// and pagers ("B. OYELOWO RN P#4471"), relatives, guardians, officers with badge numbers, a judge, a chaplain;
// addresses and towns, shelters, group homes, employers, schools, churches, funeral homes, a medical examiner's office;
// ages over 89 in "91 YO", "93F", "(90)", "I'm 98"; dates as "3/14", "03/14/2099", "3-14-99", "14-MAR-2099",
// "March 14th", "2099-03-14", "MAR 14", a month and year, a year alone; MRNs, FINs, case, incident, badge, docket,
// accession, specimen, bed-request and order numbers, Medicaid and member numbers, a device serial, usernames, an IP,
// a URL, emails, SSNs, phones with extensions, pagers and faxes.
// Hard negatives: drugs and drips (Levophed, propofol, Precedex, Haldol, Zyprexa, Zosyn, Pitocin, Narcan, buprenorphine,
// lithium, olanzapine, vasopressin, heparin), devices (Foley, Bair Hugger, Optiflow, Hoyer, Giraffe isolette, LUCAS),
// scales (COWS, RASS, CAM-ICU, GCS, ESI, Braden, Morse, APGAR, Ballard, Berg, FIM, YMRS), programmes (Medicaid, Apple
// Health, WIC, SSDI), relative dates ("tonight", "HD 3", "DOL 40") and clock times.
// Labelling follows fixtures 29-36 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians' and witnesses' initials are PHI; titles, ranks, degrees and cue words stay outside
// the name; "the" stays outside a facility; room, bed, box and bay codes, apartment numbers outside a street line and
// departments and units are left unlabelled; protocol, lot-of-drug and code-cart numbers are left unlabelled; nursing
// homes, group homes run as care facilities, clinics with a place name, rehabilitation and psychiatric hospitals are
// HOSPITAL; companies, insurers, schools, churches, pharmacies, shelters, agencies, police, courts, funeral homes, the
// medical examiner and practice groups are ORGANIZATION; counties, neighbourhoods, landmarks and parks are
// LOCATION-OTHER; MRNs and charts are MRN; member and Medicaid numbers HEALTHPLAN; FIN, case, incident, docket,
// badge, accession, specimen and order numbers ID; user ids USERNAME; serials of devices DEVICE; extensions and pagers
// PHONE; drug, device, test, score and eponym names and public programmes are no PHI.
// Every person, town, street, organisation, facility and number is invented here (states, countries and large cities
// are real, as are a few large hospitals and agencies); nothing is copied from any corpus. Inline marks ⟦CODE|text⟧
// as in fixtures 3-36 (scripts/fixture-io.mjs). Label slips fixed after the blind score (no text changed): an age over 89
// in a quotation ("I'm 98") and a short second mention of an organisation ("Careflight crew", after "Avera Careflight")
// had been left unlabelled.
// Usage: node scripts/make-clinical-fixture-37.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-37.jsonl", "make-clinical-fixture-37");

// ======================================================== ALL CAPS (18) ========================================================

note("micu-nursing-shift-caps", `
MICU NSG NOTE 7P-7A  ⟦D|03/14/2099⟧
PT IS ⟦A|91⟧ YO F ADMITTED ⟦D|3/12⟧ FROM ⟦H|MAPLEWOOD MANOR⟧ W/ UROSEPSIS. FULL CODE PER HCP (DTR ⟦N|ROSALIND PEAKE⟧).
NEURO: AROUSES TO VOICE, ORIENTED X1, RASS -1. CAM-ICU POS. NO SEDATION.
CV: SR 80S-90S, LEVOPHED WEANED OFF @0300. MAP >65. LUE PICC (PLACED ⟦D|3/13⟧ BY ⟦N|J. WOJCIECHOWSKI⟧ RN, IV TEAM).
RESP: 4L NC, SATS 94-97%. NO DISTRESS.
GI/GU: FOLEY TO GRAVITY, UO 30-50CC/HR. NPO EXCEPT MEDS, SLP (⟦N|ODALYS FERRER⟧) TO SEE IN AM.
SKIN: STAGE 2 SACRUM, WOUND RN ⟦N|MCGILLICUDDY⟧ AWARE. BRADEN 12.
SOCIAL: DTR ⟦N|ROSALIND⟧ AT BEDSIDE UNTIL 2200, CALLED AT 0500 ⟦P|(508) 672-4419⟧ WITH UPDATE. SON ⟦N|THADDEUS⟧ IN ⟦C|BANGOR⟧,
  WILL FLY IN ⟦DAY|SATURDAY⟧. PT'S PASTOR REV ⟦N|ELDRIDGE MBEKI-HOLT⟧ FROM ⟦O|FIRST BAPTIST OF SOMERSET⟧ VISITED.
PLAN: ?CALLOUT TO 6 NORTH TODAY. CONT ZOSYN. ⟦N|B. OYELOWO⟧ RN P#⟦P|4471⟧
ADDENDUM 0630: HCP DOCS FAXED FROM ⟦H|MAPLEWOOD MANOR⟧ (⟦N|LORNA BISHOP⟧, ADON, FAX ⟦F|508-555-0192⟧). PT'S GUARDIAN AD LITEM
ATTY. ⟦N|FRANCIS XAVIER DOOLEY⟧ CALLED ⟦P|508-555-0111⟧ - WILL VISIT ⟦D|3/15⟧. PHARMACY (⟦N|PARVEEN⟧) RECHECKED ZOSYN DOSE FOR CRCL 22.
DAY RN ⟦N|CHIAMAKA⟧ AWARE OF ALL. - ⟦N|BO⟧
`);

note("ed-triage-narrative-caps", `
⟦H|SAINT ANNE'S HOSPITAL⟧ ED TRIAGE   ARRIVAL ⟦D|14-MAR-2099⟧ 0218   ACUITY ESI 2
PT NAME: ⟦N|DACOSTA, JOAQUIM P⟧   MRN ⟦M|SA00912274⟧   FIN ⟦I|77310028841⟧   DOB ⟦D|07/22/1961⟧
ARRIVED VIA ⟦O|FALL RIVER FIRE⟧ RESCUE 3 (MEDIC ⟦N|TOOMEY⟧) FROM ⟦S|118 BEDFORD ST⟧. WIFE ⟦N|FATIMA⟧ AT SIDE.
CC: "CRUSHING" CP X 1 HR, RADIATES L ARM. ASA 324 GIVEN PTA. ECG IN TRIAGE STEMI, CODE STEMI CALLED 0221.
PMH: HTN, DM, SMOKER. WORKS NIGHTS AT ⟦O|ACUSHNET FOUNDRY⟧ AS ⟦PROF|MACHINIST⟧; SUPERVISOR ⟦N|RAY PACHECO⟧ CALLED ⟦P|508-555-0173⟧.
PCP DR ⟦N|ISABEL MEDEIROS-KANE⟧, ⟦H|STANLEY STREET TREATMENT CENTER⟧.  PREFERRED LANG: PORTUGUESE, INTERPRETER ⟦N|AMALIA⟧ #⟦I|3302⟧.
TRIAGE RN: ⟦N|K. ST. GERMAIN⟧  /  ⟦N|KSG⟧
0230 ADDENDUM: CATH LAB ACTIVATED, DR ⟦N|SZYMANSKI⟧ (INTERVENTIONAL) AND FELLOW ⟦N|ADEBOWALE⟧ NOTIFIED VIA ⟦P|508-555-0100⟧. WIFE ⟦N|FATIMA DACOSTA⟧ GAVE
HOME MEDS LIST FROM ⟦O|CVS⟧ ON ⟦S|PRESIDENT AVE⟧. DAUGHTER ⟦N|LUANA⟧ (⟦PROF|TEACHER⟧ AT ⟦O|DURFEE HIGH SCHOOL⟧) EN ROUTE FROM ⟦C|SOMERSET⟧.
CHAPLAIN DEACON ⟦N|RUI ARRUDA⟧ ASKED FOR BY FAMILY. PT'S SSN ⟦SSN|023-71-4480⟧ GIVEN BY WIFE FOR REGISTRATION (⟦N|NOELIA⟧, REG CLERK).
`);

note("ed-provider-note-caps", `
EMERGENCY DEPARTMENT PHYSICIAN NOTE          ⟦H|MERCY HOSPITAL SPRINGFIELD⟧
PATIENT: ⟦N|LUNDQVIST, EBBA MARGARETA⟧   AGE: ⟦A|96⟧   MRN: ⟦M|00471182⟧   DATE OF SERVICE: ⟦D|03/15/2099⟧
HPI: ⟦A|96⟧ YO SWEDISH-BORN WOMAN BIBA FROM ⟦H|LOOMIS LAKESIDE AT REEDS LANDING⟧ AFTER UNWITNESSED FALL, FOUND BY AIDE
⟦N|PRECIOUS NDLOVU⟧ AT 0540. ON ELIQUIS. + HEAD STRIKE. AT BASELINE PER NIECE ⟦N|INGRID SOLBERG-FINCH⟧ (HCP) BY PHONE
⟦P|413-555-0122⟧. PCP ⟦N|ABERNATHY⟧.
EXAM: GCS 15, R HIP SHORTENED AND EXTERNALLY ROTATED. NO MIDLINE C-TTP.
MDM: CT HEAD NEG, XR R HIP: DISPLACED FEMORAL NECK FX. D/W ORTHO DR ⟦N|OKOROAFOR⟧ (PGR ⟦P|2-7719⟧) - FOR OR ⟦D|3/16⟧.
ADMIT TO HOSPITALIST DR ⟦N|VANDERZWAAG⟧. HCP AGREES WITH PLAN.
⟦N|GIDEON FAIRWEATHER-NUNN⟧, MD  ⟦D|3/15/99⟧ 0712
ADDENDUM ⟦D|3/15/2099⟧ 0930: SIGNED OUT TO DR ⟦N|ABIGAIL TERHUNE-OSEI⟧. NIECE ⟦N|INGRID⟧ ARRIVED FROM ⟦C|NORTHAMPTON⟧ WITH MOLST AND
A LETTER FROM PT'S ATTORNEY ⟦N|HOLLIS BRAINERD⟧ OF ⟦O|BRAINERD & MOYNIHAN⟧. PT'S ONLY SON ⟦N|LARS LUNDQVIST⟧ DIED ⟦D|2091⟧. SHE WORKED
FOR ⟦O|SMITH & WESSON⟧ 30 YRS AS ⟦PROF|BOOKKEEPER⟧. ⟦H|LOOMIS LAKESIDE⟧ CHARGE NURSE ⟦N|DOTTIE⟧ ⟦P|413-555-0181⟧ X⟦P|230⟧. - ⟦N|GFN⟧
`);

note("psych-emergency-eval-caps", `
BEHAVIORAL HEALTH EMERGENCY EVALUATION - ⟦H|UTICA PSYCHIATRIC CENTER⟧ CPEP
NAME: ⟦N|KOWALCZYK-OBI, DOMINIK⟧   DOB: ⟦D|2/9/2077⟧   MRN ⟦M|UP-4471930⟧   DATE: ⟦D|MARCH 16, 2099⟧
SOURCE: BROUGHT BY ⟦O|UTICA POLICE DEPARTMENT⟧ OFFICER ⟦N|TRAN⟧ BADGE ⟦I|1187⟧ ON 9.41 AFTER MOTHER ⟦N|GRAZYNA KOWALCZYK⟧
CALLED 911 FROM ⟦S|402 KEMBLE ST⟧. INCIDENT # ⟦I|UPD-99-004417⟧.
HPI: 22 YO M WITH HX SCHIZOPHRENIA, OFF ZYPREXA SINCE ⟦D|JANUARY⟧, WHEN HE LEFT ⟦O|MOHAWK VALLEY COMMUNITY COLLEGE⟧.
CASE MANAGER ⟦N|TERRENCE "TJ" ABERCROMBIE⟧ AT ⟦O|ONEIDA COUNTY MENTAL HEALTH⟧ LAST SAW HIM ⟦D|2/27⟧.
SAFETY: DENIES SI. + AH. NO WEAPONS PER MOTHER. NO LEGAL HX EXCEPT ⟦O|ROME CITY COURT⟧ DOCKET ⟦I|CR-2098-1177⟧ (TRESPASS).
PLAN: ADMIT 9.39. HALDOL 5/ATIVAN 2 IM GIVEN X1. SITTER ⟦N|MARISOL⟧ 1:1.
⟦N|ADAEZE NWOSU-PARK⟧, MD, PSYCHIATRY  PAGER ⟦P|315-555-0190⟧
COLLATERAL: FATHER ⟦N|OBINNA OBI⟧ (⟦C|BUFFALO⟧) BY PHONE ⟦P|716-555-0152⟧: PT STAYED WITH HIM ⟦D|FEB 2099⟧, "TALKING TO THE TV".
FRIEND ⟦N|SZYMON⟧ FROM ⟦O|HOLY TRINITY CHURCH⟧ BROUGHT CLOTHES. PT'S PROGRAM ACT TEAM 2 NURSE ⟦N|DEB WHITACRE⟧ TO ATTEND
TEAM MEETING ⟦D|3/18/99⟧. 9.39 PAPERS CO-SIGNED BY DR ⟦N|VASQUEZ⟧ AT 0410. BED SEARCH: ⟦H|ST. ELIZABETH MEDICAL CENTER⟧ 4 WEST.
⟦N|AN⟧/⟦N|TV⟧
`);

note("sicu-flowsheet-narrative-caps", `
SICU FLOWSHEET NARRATIVE  ⟦D|3/16/99⟧  ⟦H|ROANOKE MEMORIAL⟧  BED 11
0700 REC'D PT FROM ⟦N|HAGGERTY⟧ RN. POD 1 EX LAP / SBR. INTUBATED, PROPOFOL 30 MCG, RASS -2.
0800 DR ⟦N|BHATTACHARYYA⟧ + TEAM ROUNDED. WEAN TRIAL.
1015 EXTUBATED TO 4L NC BY RT ⟦N|LOUELLA PRICE-HOBBS⟧. TOL WELL.
1200 WIFE ⟦N|CHARLENE⟧ AND SON ⟦N|WYATT⟧ AT BS. WIFE ASKING RE ⟦O|NORFOLK SOUTHERN⟧ DISABILITY PAPERS - SW ⟦N|ESPERANZA⟧ PAGED #⟦P|6612⟧.
1400 UO 25 CC/HR X2, DR ⟦N|BHATTACHARYYA⟧ AWARE, 500 LR BOLUS.
1830 REPORT TO ⟦N|O'SHAUGHNESSY⟧ RN.  ⟦N|M. TILLMAN-REYES⟧, RN
1900 ADDENDUM ⟦N|O'SHAUGHNESSY⟧ RN: PT ⟦N|CALVIN DUNLAP⟧ (MRN ⟦M|RM-44120873⟧) C/O INCISIONAL PAIN 7/10, DILAUDID PCA PER DR ⟦N|ZHAO⟧.
2100 PT'S BROTHER ⟦N|LONNIE DUNLAP⟧ CALLED FROM ⟦C|BLUEFIELD⟧ ⟦P|304-555-0170⟧, UPDATED W/ PT PERMISSION. WIFE ⟦N|CHARLENE⟧ STAYING AT
⟦O|HOPE LODGE⟧. 2300 HGB 8.1, DR ⟦N|ZHAO⟧ AWARE, NO TX. ⟦N|R. O'SHAUGHNESSY⟧ RN
⟦D|3/17/99⟧ 0200 PT ASKING FOR HIS FOREMAN ⟦N|BUCK ELSWICK⟧ AT ⟦O|NORFOLK SOUTHERN⟧ ⟦C|SHAFFERS CROSSING⟧ YARD, ⟦P|540-555-0193⟧. 0400 LABS DRAWN BY
PCT ⟦N|TAYSHAWN⟧, SPECIMEN ⟦I|SP-99-4471203⟧. 0600 DR ⟦N|BHATTACHARYYA⟧ PAGED FOR K 3.1 ON PAGER ⟦P|7-4402⟧.
`);

note("ward-nursing-note-caps", `
6 WEST NSG: ⟦A|93⟧F ⟦N|HALVORSEN⟧ RM 612. A&OX2. LEFT WRIST RESTRAINT D/C'D 1400 PER DR ⟦N|ESTRADA-VOLK⟧.
SON ⟦N|GUNNAR⟧ UPSET RE FALL ON ⟦D|3/15⟧, ASKED TO SPEAK TO NURSE MGR ⟦N|DELPHINE ACHTERBERG⟧ - SHE MET W/ FAMILY 1530.
ALSO CALLED HIS ATTORNEY ⟦N|BRENDAN FOLEY⟧ OF ⟦O|FOLEY & KRUSE LLP⟧. RISK MGMT (⟦N|NADIA QURESHI⟧ X⟦P|4410⟧) NOTIFIED,
SAFETY REPORT # ⟦I|RL-99-03115⟧ FILED. BED ALARM ON, TELESITTER. MORSE 85.
PT LIVED ALONE ⟦S|9 OSPREY LN⟧, ⟦C|HAMPDEN⟧ ⟦STATE|ME⟧ UNTIL ⟦D|DEC 2098⟧.  ⟦N|T. RUIZ⟧ RN / ⟦N|TR⟧
1800: PT'S NEIGHBOR ⟦N|PAULETTE GRONDIN⟧ BROUGHT HEARING AIDS. SON ⟦N|GUNNAR HALVORSEN⟧ ⟦P|207-555-0138⟧ GIVEN ⟦N|ACHTERBERG⟧'S CARD.
PT'S DOG WITH NEIGHBOR ON ⟦S|OSPREY LANE⟧. PRIOR PCP DR ⟦N|NAKASHIMA⟧ AT ⟦H|PENOBSCOT COMMUNITY HEALTH CENTER⟧ AWARE PER ⟦N|GUNNAR⟧.
PT IS ⟦A|93⟧, BORN ⟦D|10/2/2005⟧ IN ⟦C|TROMSO⟧, ⟦COUNTRY|NORWAY⟧. NIGHT RN ⟦N|PHUONG⟧ GIVEN REPORT.
⟦D|3/17⟧ 0300: PT CALLING OUT FOR "⟦N|INGEBORG⟧" (LATE SISTER PER SON). SITTER ⟦N|YOLANDA FAIRCLOTH⟧ AT BS. NIGHT SUPERVISOR ⟦N|DARNELL OKAFOR⟧ AWARE.
`);

note("nicu-admission-caps", `
NICU ADMISSION NOTE  ⟦H|DARTMOUTH-HITCHCOCK⟧ NICU   ⟦D|03/17/2099⟧ 0344
INFANT: BOY ⟦N|YANG⟧ ("BABY BOY ⟦N|YANG⟧")  MRN ⟦M|DH7718204⟧   BW 1,420 G  GA 30 2/7 WKS  BALLARD 30
MOTHER: ⟦N|MAI NOU YANG⟧, 24 YO G2P1->2, MRN ⟦M|DH6610339⟧, BLOOD TYPE O+, GBS UNK, ROM 14 HRS. SPEAKS HMONG, FATHER
⟦N|TOUA VANG⟧ INTERPRETING; PREFERS ⟦O|CULTURAL BRIDGES⟧ INTERPRETER PER ⟦N|PA KOU⟧ (SW).
DELIVERY: SVD, APGARS 5/7. CPAP 6 IN DR. TRANSPORTED IN GIRAFFE ISOLETTE.
SIBLING: BROTHER ⟦N|KOU⟧ (3 YO) AT HOME IN ⟦C|LEBANON⟧ WITH MGM ⟦N|CHUE LOR⟧.
PEDIATRICIAN: DR ⟦N|WILHELMINA ASANTE⟧ AT ⟦H|ALICE PECK DAY⟧ PEDIATRICS, FAX ⟦F|603-555-0139⟧.
ATTENDING: ⟦N|ROSS DELACROIX-MBEKI⟧ MD / NNP ⟦N|S. HARTIGAN⟧
SOCIAL: PARENTS LIVE AT ⟦S|22 BANK ST⟧ APT 3, ⟦C|LEBANON⟧ ⟦STATE|NH⟧ ⟦Z|03766⟧. FATHER ⟦N|TOUA⟧ WORKS AT ⟦O|HYPERTHERM⟧. MOTHER'S CELL
⟦P|603-555-0121⟧. MEDICAID ID ⟦HP|NH4471029385⟧. SW ⟦N|PA KOU XIONG⟧ X⟦P|5-7710⟧ TO MEET ⟦D|3/18⟧. CLAN ELDER ⟦N|NENG LOR⟧ MAY VISIT.
⟦N|RDM⟧/⟦N|SH⟧
`);

note("rapid-response-caps", `
RAPID RESPONSE TEAM NOTE  ⟦D|3-17-99⟧ 2251  LOCATION: 5 SOUTH RM 522
CALLED BY RN ⟦N|ANJALI VENKATARAMAN⟧ FOR SBP 78, HR 134. PT ⟦N|BRODERICK, ALOYSIUS⟧ ⟦A|90⟧ YO M POD 2 COLECTOMY.
RRT: DR ⟦N|CHUKWUEMEKA OKEKE⟧ (ICU FELLOW), RT ⟦N|DESMOND LAFLEUR⟧, RRT RN ⟦N|HOLLIS⟧. PRIMARY TEAM SURGERY (DR ⟦N|ZAMBRANO⟧) AT BS 2300.
ACTIONS: 2L LR, LACTATE 4.1, BCX X2, PIP-TAZO. CT A/P: ANASTOMOTIC LEAK. TO OR.
FAMILY: WIFE ⟦N|PHILOMENA⟧ NOTIFIED AT ⟦P|540-555-0116⟧ BY ⟦N|OKEKE⟧. GRANDDAUGHTER ⟦N|SHAYLA BRODERICK-WHITE⟧ ON WAY FROM ⟦C|SALEM⟧.
OUTCOME: TRANSFERRED TO SICU BED 4. RRT CLEARED 2346.  - ⟦N|C.O.⟧ / ⟦N|DL⟧
PREV RRT ⟦D|3/15/2099⟧ (SVT), SEEN BY ⟦N|LAFLEUR⟧ AND DR ⟦N|PASQUARIELLO⟧. PT FROM ⟦H|FRIENDSHIP HEALTH AND REHAB⟧, ⟦C|ROANOKE⟧.
HCP IS WIFE ⟦N|PHILOMENA BRODERICK⟧; BACKUP NEPHEW ⟦N|FINBAR⟧ ⟦P|540-555-0157⟧. PT IS ⟦A|90⟧, RETIRED ⟦PROF|RAILROAD ENGINEER⟧ (⟦O|NORFOLK SOUTHERN⟧).
OR BOOKED BY ⟦N|ZAMBRANO⟧ WITH ANESTHESIA DR ⟦N|KAUFMAN-ADDO⟧ 2330. ORDER # ⟦I|ORD-99317702⟧.
⟦D|3/18/99⟧ 0100: POST-OP CHECK BY ⟦N|HOLLIS⟧ RN, PT TO SICU UNDER DR ⟦N|KERRIGAN-MASTERS⟧. WIFE ⟦N|PHILOMENA⟧ STAYING WITH HER SISTER ⟦N|AGATHA MULCAHY⟧ ON ⟦S|WILLIAMSON RD⟧.
`);

note("code-blue-record-caps", `
CODE BLUE RECORD   ⟦H|OCHSNER LSU HEALTH SHREVEPORT⟧   ⟦D|MAR 18 2099⟧
PT: ⟦N|THIBODEAUX, LEVERNE⟧   MRN ⟦M|LS-00933817⟧   ⟦A|94⟧ Y/O M   LOC: 3 NORTH TELE
0412 FOUND UNRESPONSIVE BY PCT ⟦N|JAQUAN MITCHUM⟧. PEA. CPR STARTED, LUCAS DEVICE SN ⟦DEV|LUC3-0089921⟧ APPLIED 0415.
CODE LEADER: DR ⟦N|FENWICK⟧. RECORDER: ⟦N|TAMIKA BOUDREAUX⟧ RN. AIRWAY: CRNA ⟦N|ELIAS HADDAD⟧ - 7.5 ETT.
0419 EPI #1. 0423 EPI #2, ROSC 0427. 
0440 DAUGHTER ⟦N|MARIE-CLAIRE THIBODEAUX⟧ (POA) UPDATED ⟦P|318-555-0144⟧; DNR ORDER WRITTEN PER HER AFTER DISCUSSION WITH DR ⟦N|FENWICK⟧.
CHAPLAIN FR. ⟦N|AUGUSTINE NWACHUKWU⟧ CALLED.  CART #14 RESTOCKED BY ⟦N|R. DUPLANTIS⟧.
0500 SON ⟦N|LUCIEN THIBODEAUX⟧ ARRIVED FROM ⟦C|BOSSIER CITY⟧. TRANSFER TO ⟦H|WILLIS-KNIGHTON⟧ DECLINED BY FAMILY; TO OUR CCU BED 6 (DR ⟦N|ABERNATHY⟧).
PT'S PCP DR ⟦N|CHAUVIN⟧ OF ⟦O|ARK-LA-TEX FAMILY PRACTICE⟧ NOTIFIED, FAX ⟦F|318-555-0186⟧. CODE DEBRIEF LED BY ⟦N|TAMIKA⟧ AT 0530.
FORM ⟦I|CB-2099-0318-04⟧ TO ⟦N|GLENDA PITRE⟧, RESUSCITATION COMMITTEE.
`);

note("sw-psychosocial-caps", `
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT        ⟦H|UNIVERSITY MEDICAL CENTER OF EL PASO⟧        ⟦D|03/18/2099⟧
PT ⟦N|ARMENDARIZ, CELESTINO⟧ (GOES BY "⟦N|TINO⟧"), 58 YO, MRN ⟦M|UMC-2291884⟧. REFERRED BY RN ⟦N|YESENIA⟧ FOR HOUSING/DC NEEDS.
HOUSING: HOMELESS SINCE ⟦D|OCT 2098⟧, STAYS AT ⟦O|OPPORTUNITY CENTER FOR THE HOMELESS⟧ ON ⟦S|1208 MYRTLE AVE⟧. PRIOR ADDRESS
  ⟦S|4410 TIERRA ROJA DR⟧, ⟦C|SOCORRO⟧, ⟦STATE|TX⟧ ⟦Z|79927⟧. CASE WORKER THERE ⟦N|DOLORES AGUIRRE-SPENCE⟧ ⟦P|915-555-0161⟧ EXT ⟦P|22⟧.
EMPLOYMENT: FORMERLY ⟦PROF|ROOFER⟧ WITH ⟦O|SUN CITY ROOFING⟧ UNTIL INJURY; WORKERS COMP CLAIM ⟦I|WC-4471-0093⟧ VIA ⟦O|TEXAS MUTUAL⟧.
FAMILY: ESTRANGED FROM EX-WIFE ⟦N|NORMA⟧. SISTER ⟦N|REBECA ARMENDARIZ DE LUNA⟧ IN ⟦C|CIUDAD JUAREZ⟧, ⟦COUNTRY|MEXICO⟧, WILLING TO
  HELP. NEPHEW ⟦N|ISMAEL⟧ IS ⟦PROF|DEPUTY⟧ AT ⟦O|EL PASO COUNTY SHERIFF'S OFFICE⟧.
BENEFITS: MEDICAID PENDING, APPLICATION # ⟦I|TX-HHS-99-0318447⟧. SSDI DENIED ⟦D|2/2099⟧.
LEGAL: PROBATION OFFICER MR. ⟦N|GUILLERMO PAZ⟧ (⟦O|EL PASO COUNTY ADULT PROBATION⟧) AWARE OF ADMISSION, ⟦P|915-555-0108⟧.
PLAN: RESPITE BED AT ⟦O|ANNUNCIATION HOUSE⟧ REQUESTED; SW ⟦N|LUZ-MARINA OCHOA⟧, LMSW, PAGER ⟦P|0442⟧.
ADDENDUM ⟦D|3/19/99⟧: SISTER ⟦N|REBECA⟧ CALLED FROM ⟦C|JUAREZ⟧ ⟦P|+52 656 555 0142⟧. ⟦O|ANNUNCIATION HOUSE⟧ ACCEPTED (BRO. ⟦N|TOMAS⟧).
ID DOCS: STATE ID LOST; BIRTH CERT REQUESTED FROM ⟦O|TEXAS VITAL STATISTICS⟧. SSN ⟦SSN|461-20-7735⟧ VERIFIED. ⟦N|LMO⟧
`);

note("pt-eval-caps", `
PHYSICAL THERAPY INITIAL EVALUATION   ⟦H|SPAULDING REHABILITATION HOSPITAL CAPE COD⟧   ⟦D|3/19/2099⟧
PT: ⟦N|NAKAMURA-FLYNN, HIROKO⟧  ⟦A|92⟧ YO F  MRN ⟦M|SRH0044719⟧  REFERRING: DR ⟦N|PELLETIER⟧
PRIOR LEVEL: INDEP W/ ROLLATOR IN 2ND FL APT AT ⟦S|33 OCEAN ST⟧, ⟦C|HYANNIS⟧; 14 STEPS, 1 RAIL. SON-IN-LAW ⟦N|DERMOT FLYNN⟧
  DOES SHOPPING. ATTENDS SENIOR DAY PROGRAM AT ⟦O|BARNSTABLE SENIOR CENTER⟧ ⟦DAY|MON⟧/⟦DAY|WED⟧.
TODAY: BED MOB MOD A, SIT-STAND MIN A X2 W/ RW, GAIT 40 FT RW CGA. BERG 22/56. 6MWT DEFERRED.
GOALS (2 WKS): SUPERVISION GAIT 150 FT, STAIRS 14 W/ RAIL MIN A.
PLAN: 5X/WK, DME: SHOWER CHAIR VIA ⟦O|CAPE MEDICAL SUPPLY⟧. D/W OT ⟦N|BRIGID ONYANGO⟧.
⟦N|TOMASZ ZIELINSKI⟧, PT, DPT   ⟦P|508-555-0124⟧ X⟦P|3317⟧
SOCIAL: WIDOW OF ⟦N|CORMAC FLYNN⟧. DAUGHTER ⟦N|MICHIKO FLYNN⟧ IS HCP, ⟦P|774-555-0160⟧, WORKS AT ⟦O|CAPE COD HEALTHCARE⟧ BILLING.
NEIGHBOR MRS. ⟦N|ALVES⟧ CHECKS ON PT DAILY. PT'S DOB ⟦D|01/08/2007⟧. PRIOR REHAB AT ⟦H|PAVILION AT NANTUCKET⟧ ⟦D|2097⟧.
CO-SIGNED ⟦N|TZ⟧ / ⟦N|BO⟧ (PTA ⟦N|BRENDAN O'HALLORAN⟧).
`);

note("ld-triage-caps", `
L&D TRIAGE NOTE  ⟦H|WOMEN & INFANTS HOSPITAL⟧  ⟦D|03/19/99⟧ 1920
⟦N|PIERRE-LOUIS, WIDLINE⟧ 31 YO G3P2002 @ 38 4/7 BY 1ST TRI US.  MRN ⟦M|WI-5588210⟧.  PNC AT ⟦H|PROVIDENCE COMMUNITY HEALTH CENTERS⟧ (DR ⟦N|ABOAGYE⟧).
CC: CTX Q4 MIN SINCE 1600, +LOF? VE 4/70/-1 BY CNM ⟦N|ROSEMARY TIERNAN⟧. NITRAZINE NEG.
FHT 140S, MOD VAR, + ACCELS. CAT I.
SUPPORT: FOB ⟦N|JEAN-BAPTISTE ÉTIENNE⟧ AT BS; DAUGHTERS ⟦N|NAÏKA⟧ (7) AND ⟦N|ROSELINE⟧ (4) WITH HER MOTHER ⟦N|ODETTE⟧ AT ⟦S|71 LEXINGTON AVE⟧, ⟦C|CRANSTON⟧.
  PT FROM ⟦C|CAP-HAÏTIEN⟧, ⟦COUNTRY|HAITI⟧. CREOLE INTERPRETER ⟦N|FRITZNEL⟧ VIA PHONE #⟦I|72219⟧.
PLAN: ADMIT TO L&D RM 9 FOR LABOR. GBS NEG ⟦D|2/24⟧.  ⟦N|R. TIERNAN⟧, CNM  PGR ⟦P|401-555-0137⟧
ADDENDUM 2140: SVE 6/90/0 BY DR ⟦N|GABRIELLA ACHEAMPONG⟧ (R2). EPIDURAL BY DR ⟦N|YUSUPOV⟧ (ANES, PGR ⟦P|4-2231⟧). FOB'S SISTER ⟦N|MARIE-ANGE⟧
AT BS. PT'S EMPLOYER ⟦O|HASBRO⟧ ⟦C|PAWTUCKET⟧; INS ⟦O|NEIGHBORHOOD HEALTH PLAN OF RHODE ISLAND⟧ MEMBER ⟦HP|NHP0044188215⟧.
`);

note("death-note-caps", `
DEATH NOTE   ⟦H|ALASKA NATIVE MEDICAL CENTER⟧   ⟦D|03/20/2099⟧ 0312
CALLED BY RN ⟦N|QUINTANA⟧ TO PRONOUNCE ⟦N|NANOUK, ELIZABETH AGNES⟧ (MRN ⟦M|AN-0077142⟧), ⟦A|97⟧ YO F ADMITTED ⟦D|3/11⟧ WITH
PNEUMONIA, COMFORT MEASURES SINCE ⟦D|3/18⟧. NO RESP EFFORT, NO PULSE, NO HEART SOUNDS X 60 SEC, PUPILS FIXED. TIME OF DEATH 0304.
FAMILY PRESENT: GRANDSON ⟦N|AMAQ NANOUK⟧ AND NIECE ⟦N|SALLY TOOTOO-ANDREWS⟧ FROM ⟦C|BETHEL⟧. ATTENDING DR ⟦N|HOLMQUIST⟧ NOTIFIED.
ME NOT A CASE PER ⟦O|ALASKA STATE MEDICAL EXAMINER⟧ INVESTIGATOR ⟦N|KEN PAYNE⟧ (CASE ⟦I|ME-99-0311⟧). LIFE ALLIANCE DECLINED.
BODY RELEASED TO ⟦O|WITZLEBEN LEGACY FUNERAL HOME⟧. TRIBAL HEALTH NOTIFIED: ⟦O|YUKON-KUSKOKWIM HEALTH CORPORATION⟧.
⟦N|PRIYA RAMASWAMY⟧, MD (NIGHT HOSPITALIST)
PT WAS BORN ⟦D|APRIL 1 2002⟧ IN ⟦C|NAPAKIAK⟧. HUSBAND ⟦N|JOSEPH NANOUK SR⟧ DIED ⟦D|2080⟧. HER HCP WAS GRANDSON ⟦N|AMAQ⟧ ⟦P|907-555-0176⟧.
VILLAGE ELDER ⟦N|MARTHA KAWAGLEY⟧ CALLED FROM ⟦C|NAPAKIAK⟧. DEATH CERTIFICATE BY DR ⟦N|HOLMQUIST⟧; DISPOSITION FORM TO ⟦N|RENEE⟧ AT
⟦O|ALASKA VITAL RECORDS⟧. ⟦N|PR⟧
`);

note("chaplain-note-caps", `
SPIRITUAL CARE NOTE   ⟦D|3/20/99⟧   ⟦H|SANFORD USD MEDICAL CENTER⟧   ⟦C|SIOUX FALLS⟧
REFERRAL: RN ⟦N|HEIDI GROTEBOER⟧ FOR PT ⟦N|TWO CROWS, VERNON⟧, 66 YO M, NEW DX METASTATIC CA.
VISIT: PT LAKOTA, FROM ⟦LO|PINE RIDGE RESERVATION⟧. WIFE ⟦N|LORRAINE⟧ AND COUSIN ⟦N|DELBERT LITTLE HAWK⟧ PRESENT. PT REQUESTED SMUDGING;
ARRANGED WITH FACILITIES (⟦N|GARY⟧, X⟦P|5520⟧). FAMILY ASKED FOR THEIR PASTOR, REV. ⟦N|MARLENE JUMPING EAGLE⟧ OF ⟦O|OUR LADY OF THE SIOUX⟧
CHURCH IN ⟦C|OGLALA⟧, TO BE CALLED: ⟦P|605-555-0155⟧.
PLAN: FOLLOW DAILY. ⟦N|ELLIOT VAN ANTWERP⟧, M.DIV., BCC, STAFF CHAPLAIN, PAGER ⟦P|8-3390⟧
FOLLOW-UP ⟦D|3/21/99⟧: PT'S SISTER ⟦N|BERNADINE TWO CROWS-WHITE⟧ ARRIVED FROM ⟦C|KYLE⟧. SPIRITUAL HX: RAISED AT ⟦O|HOLY ROSARY MISSION⟧,
SUN DANCER. PT WORKED FOR ⟦O|OGLALA SIOUX TRIBE⟧ ROADS DEPT. ⟦O|SANFORD HOSPICE⟧ INFO GIVEN; NURSE ⟦N|JOLENE BREWER⟧ ⟦P|605-555-0109⟧.
⟦N|EVA⟧
`);

note("slp-swallow-caps", `
SPEECH LANGUAGE PATHOLOGY - BEDSIDE SWALLOW / FEES   ⟦D|MARCH 21 2099⟧
PT ⟦N|O'DONOGHUE, PADRAIG⟧  ⟦A|99⟧ YO  RM 4B-17  ⟦H|ST. MARY'S DULUTH CLINIC⟧
HX: L MCA CVA ⟦D|3/17⟧. NPO. DAUGHTER ⟦N|SIOBHAN⟧ REPORTS HE IS A RETIRED ⟦PROF|ORE DOCK FOREMAN⟧ FROM ⟦O|GREAT NORTHERN IRON⟧.
FEES (SCOPE SN ⟦DEV|FNL-10RP3-441907⟧) WITH ENT NP ⟦N|MARGIT HALONEN⟧: SILENT ASPIRATION THIN LIQ, PENETRATION NECTAR.
REC: PUREE / HONEY THICK, 1:1 SUPERVISION, HOB 90. F/U ⟦D|3/23⟧.
⟦N|ANNIKA SØRENSEN⟧, MS, CCC-SLP   ⟦E|asorensen@smdc-duluth.org⟧
EDUCATION: DAUGHTER ⟦N|SIOBHAN O'DONOGHUE-NYSTROM⟧ AND GRANDSON ⟦N|CIARAN⟧ TRAINED. PT FROM ⟦C|TWO HARBORS⟧, ⟦STATE|MN⟧; DTR LIVES AT
⟦S|518 E 4TH ST⟧, ⟦C|DULUTH⟧ ⟦Z|55805⟧. D/C TO ⟦H|BENEDICTINE LIVING COMMUNITY⟧ LIKELY; SLP THERE ⟦N|KARI⟧ FAX ⟦F|218-555-0127⟧. PT IS ⟦A|99⟧.
`);

note("autopsy-report-caps", `
AUTOPSY REPORT        ⟦O|HAMILTON COUNTY CORONER'S OFFICE⟧ / ⟦H|UNIVERSITY OF CINCINNATI MEDICAL CENTER⟧
DECEDENT: ⟦N|ABUBAKAR, HALIMA YUSUF⟧     CASE NO: ⟦I|A99-0214⟧     ACCESSION: ⟦I|PATH-99-8831⟧
AGE: ⟦A|101⟧     DATE OF DEATH: ⟦D|03/19/2099⟧     DATE OF AUTOPSY: ⟦D|03/21/2099⟧ 0900
PATHOLOGIST: ⟦N|CORNELIUS OYEBANJI⟧, MD   RESIDENT: ⟦N|LENA FISCHBACH⟧, MD   PROSECTOR: ⟦N|DWAYNE HOOKS⟧
AUTHORIZED BY: SON ⟦N|ABDIRAHMAN YUSUF⟧ (NEXT OF KIN), ⟦S|2230 HARRISON AVE⟧, ⟦C|CINCINNATI⟧ ⟦Z|45214⟧; LIMITED TO CHEST AND ABDOMEN.
CLINICAL HX: RESIDENT OF ⟦H|BAYLEY PLACE⟧ NURSING HOME; FOUND UNRESPONSIVE BY STAFF ⟦N|TIFFANY KROHN⟧, STNA.
FINAL ANATOMIC DIAGNOSES: 1. ACUTE MYOCARDIAL INFARCTION, POSTERIOR WALL. 2. SEVERE CORONARY ATHEROSCLEROSIS. 3. PACEMAKER
  (⟦O|MEDTRONIC⟧ AZURE, SN ⟦DEV|RNB228841S⟧) - RETURNED TO MANUFACTURER.
FINAL REPORT SIGNED ⟦D|04/02/2099⟧  ⟦N|C. OYEBANJI⟧, MD / ⟦N|LF⟧
CLINICAL SUMMARY: PT EMIGRATED FROM ⟦C|KISMAYO⟧ IN ⟦D|1994⟧. DAUGHTER ⟦N|FARTUN ABUBAKAR-HASSAN⟧ (⟦P|513-555-0189⟧) AND IMAM ⟦N|MOHAMED AWALE⟧
OF ⟦O|ABUBAKAR AS-SADIQUE ISLAMIC CENTER⟧ REQUESTED RELEASE WITHIN 24 H; BODY TO ⟦O|NEIDHARD-YOUNG FUNERAL HOME⟧ ⟦D|3/21/99⟧ 1500.
NEUROPATHOLOGY CONSULT DR ⟦N|VOLKER HESSENTHALER⟧ ⟦D|3/28/2099⟧. PHOTOGRAPHS ⟦I|PH-99-0214-1⟧ THROUGH -22.
`);

note("ot-eval-caps", `
OT EVAL  ⟦D|3/21/99⟧  PT: ⟦N|RAJAGOPALAN, MEENAKSHI⟧ 68F  ⟦H|KEARNY COUNTY HOSPITAL⟧ MED-SURG
PT IS RETIRED ⟦PROF|MATH TEACHER⟧ FROM ⟦O|GARDEN CITY HIGH SCHOOL⟧. LIVES W/ HUSBAND ⟦N|VENKAT⟧ IN 1 STORY HOME, ⟦C|LAKIN⟧ ⟦STATE|KS⟧.
ADL: LB DRESSING MAX A, TOILETING MOD A (HOYER NOT NEEDED). GRIP R 8 KG. MMSE 26/30.
DTR ⟦N|KAVYA⟧ (⟦O|TYSON FOODS⟧, ⟦C|HOLCOMB⟧) WILL STAY 2 WKS. REC HOME W/ HH OT VIA ⟦O|ST. CATHERINE HOME HEALTH⟧.
- ⟦N|BECKETT⟧ OTR/L
ADDENDUM: PT'S DOB ⟦D|06/11/2030⟧. HUSBAND ⟦N|VENKATARAMAN RAJAGOPALAN⟧ ⟦P|620-555-0171⟧. DTR ⟦N|KAVYA RAJAGOPALAN-HUNT⟧ EMAIL ⟦E|kavya.rhunt@tysonmail.example⟧.
PT GOES TO ⟦O|SRI GANESHA TEMPLE OF WICHITA⟧. DME FROM ⟦O|WESTERN KANSAS MEDICAL SUPPLY⟧, ⟦S|1201 E KANSAS AVE⟧, ⟦C|GARDEN CITY⟧.
`);

note("ccu-nursing-progress-caps", `
NURSING PROGRESS NOTE CCU   ⟦D|2099-03-22⟧
⟦A|95⟧ YR OLD MAN S/P NSTEMI, ON HEPARIN GTT. "⟦N|POPS⟧" PER FAMILY.
EVENTS: AT 0115 PT PULLED R RADIAL A-LINE, HOLD PRESSURE X 15 MIN, DR ⟦N|NGUYEN-BAPTISTE⟧ NOTIFIED. PTT 88 @ 0400, RATE DECR PER PROTOCOL.
SOCIAL: WIFE ⟦N|ESTHER SZCZEPANSKI⟧ CALLED X2 OVERNIGHT ⟦P|570-555-0103⟧, ANXIOUS; PT IS ⟦N|STANISLAW⟧ "⟦N|STAN⟧" ⟦N|SZCZEPANSKI⟧,
  FORMER ⟦PROF|COAL MINER⟧ FROM ⟦C|OLD FORGE⟧. GRANDDAUGHTER ⟦N|KAYLEE⟧ WORKS HERE ON 4 EAST. MEMBER ⟦O|ST. STANISLAUS POLISH NATIONAL CATHOLIC CHURCH⟧.
PLAN: CATH ⟦D|3/23⟧ WITH DR ⟦N|IWUCHUKWU⟧ IF CR STABLE. CONSENT VIA HCP (WIFE).  ⟦N|LINDQUIST⟧,RN
1600: DR ⟦N|IWUCHUKWU⟧ CONSENTED VIA ⟦N|ESTHER⟧ BY PHONE, WITNESS ⟦N|MARGUERITE ELLSWORTH⟧ RN. PT'S DAUGHTER ⟦N|DOROTA SZCZEPANSKI-HALL⟧
ARRIVED FROM ⟦C|WILKES-BARRE⟧; WORKS AT ⟦O|GEISINGER⟧. PASTOR FR. ⟦N|KAZIMIERZ WOJNAR⟧ GAVE SACRAMENT. PT'S MRN ⟦M|MC-7733018⟧, FIN ⟦I|40029917733⟧.
PT BORN ⟦D|9/9/2003⟧ IN ⟦C|DUPONT⟧. ⟦N|AL⟧
`);

// ======================================================== lower case (5) ========================================================

note("ed-nursing-lower", `
ed nsg note ⟦D|3/22/99⟧ 1430 - pt ⟦N|keisha monroe-battle⟧ 34f w/ sickle cell crisis, pain 9/10. dilaudid 1 mg iv x2 per dr ⟦N|ferreira⟧.
mom ⟦N|gwendolyn⟧ at bedside, states pt usually goes to ⟦H|children's of mobile⟧ heme clinic (dr ⟦N|abernathy-coles⟧) but aged out.
pt works at ⟦O|mobile county public schools⟧ cafeteria, needs work note faxed to supervisor ms. ⟦N|trotter⟧ fax ⟦F|251-555-0198⟧.
pharm ⟦N|dang⟧ reviewed pca order. bed request # ⟦I|BR-448210⟧ to 7 west. report called to ⟦N|ikechukwu⟧ rn. - ⟦N|lw⟧
1700 addendum: pt's boyfriend ⟦N|dashawn⟧ here, asked not to give info to him per pt. emergency contact is aunt ⟦N|bernice monroe⟧ ⟦P|251-555-0153⟧.
pt lives at ⟦S|2207 st stephens rd⟧, ⟦C|prichard⟧. hematologist now dr ⟦N|oyelaran⟧ at ⟦H|usa health⟧ (⟦O|mitchell cancer institute⟧).
sickle cell nurse navigator ⟦N|aisha⟧ email ⟦E|aisha.b@usahealth.example⟧. mrn ⟦M|44190273⟧. - ⟦N|lauren whitt⟧ rn
`);

note("psych-progress-lower", `
inpatient psych progress note - ⟦H|brattleboro retreat⟧ - ⟦D|march 22nd⟧
pt ⟦N|ruairi o'flaherty⟧, 41m, day 5. slept 6 hrs per night staff (⟦N|jolene⟧). attended groups w/ dr. ⟦N|pham⟧'s team.
still preoccupied w/ neighbor ⟦N|ed kasprzak⟧ who he believes is "tracking" him via wifi; no threats voiced today.
collateral: sister ⟦N|maeve o'flaherty-burke⟧ ⟦P|802-555-0177⟧ says he lost job at ⟦O|green mountain power⟧ in ⟦D|december⟧ and was evicted
from ⟦S|14 canal st⟧, ⟦C|bellows falls⟧. guardianship petition filed in ⟦O|windham probate court⟧, hearing ⟦D|4/3⟧.
legal: ⟦O|vermont legal aid⟧ atty ⟦N|hannah greeley⟧ assigned. ⟦N|c. nwankwo⟧, pmhnp
afternoon: pt met with sw ⟦N|tobias engstrom⟧ re housing; ⟦O|groundworks collaborative⟧ shelter in ⟦C|brattleboro⟧ has a bed ⟦D|3/29⟧.
pt's former therapist ⟦N|meredith oakes⟧, lcmhc (⟦O|health care & rehabilitation services⟧) sent records. mother ⟦N|bridie⟧, ⟦A|91⟧, in
⟦H|pine heights⟧ nursing home. dob ⟦D|7/19/2057⟧. mrn ⟦M|br-0088174⟧. attending dr ⟦N|ezinne achebe-lowry⟧.
night: pt called neighbor ⟦N|kasprzak⟧ from unit phone x2; staff ⟦N|deshawn⟧ redirected. police liaison sgt. ⟦N|wendell pratt⟧ (⟦O|bellows falls police⟧) says no charges pending. - ⟦N|cn⟧
`);

note("ld-delivery-note-lower", `
delivery note ⟦D|3/23/99⟧ 0244: nsvd of viable female to ⟦N|aaliyah dukes⟧ (mrn ⟦M|7710293⟧) 19 yo g1p0->1 @ 39 2/7, pitocin augmentation.
infant apgars 8/9, wt 3120 g, to skin-to-skin. fob ⟦N|marcus whitfield jr⟧ cut cord. ebl 300. 2nd degree lac repaired by dr ⟦N|adeyemi⟧.
pt's mother ⟦N|tonya dukes⟧ and grandmother present. pt plans to breastfeed, wic at ⟦O|jackson-hinds comprehensive health center⟧.
peds: dr ⟦N|sunita kapoor⟧ of ⟦O|mississippi pediatric associates⟧ notified. infant mrn ⟦M|7710311⟧. attending ⟦N|h. boudreau⟧, cnm ⟦N|leticia vance⟧
pp day 1 ⟦D|3/24/99⟧: pt's mom ⟦N|tonya⟧ requests circumcision for baby if boy - n/a. baby girl named ⟦N|amirah⟧. fob's mother ⟦N|gloria whitfield⟧
(⟦P|601-555-0178⟧) visiting. pt is a student at ⟦O|jackson state university⟧; lives with mom at ⟦S|3145 robinson st⟧, ⟦C|jackson⟧ ⟦Z|39209⟧.
lactation ⟦N|odessa⟧ saw. sw ⟦N|kiara lindsey⟧ referred to ⟦O|healthy start jackson⟧. medicaid ⟦HP|MS0031447821⟧.
`);

note("cm-discharge-planning-lower", `
case mgmt note ⟦D|3/23/99⟧ - pt ⟦N|fernando de los santos⟧ (⟦A|92⟧) for snf placement. referrals sent via careport to ⟦H|the pines at catawba⟧,
⟦H|brian center hickory⟧ and ⟦H|trinity village⟧. accepted by ⟦H|trinity village⟧ (admissions ⟦N|shelby⟧ ⟦P|828-555-0146⟧).
ins: ⟦O|humana gold plus⟧, member id ⟦HP|H44718290⟧. auth # ⟦I|AUTH-9931447⟧ pending. son ⟦N|rafa⟧ (⟦N|rafael de los santos⟧) is poa, lives
at ⟦S|1190 old shelby rd⟧, ⟦C|newton⟧, ⟦STATE|nc⟧ ⟦Z|28658⟧; email ⟦E|rdelossantos77@gmail.com⟧. transport w/ ⟦O|catawba ems⟧ ⟦D|3/24⟧ 10am.
⟦N|jess mauldin⟧ rn cm x⟦P|7721⟧
update 1500: daughter ⟦N|lourdes de los santos-pike⟧ (⟦C|charlotte⟧) disagrees w/ snf, wants home w/ ⟦O|bayada⟧. family mtg set ⟦D|3/25⟧ 2pm
w/ dr ⟦N|onwuachi⟧ and sw ⟦N|grier⟧. pt's dob ⟦D|2/2/2006⟧; pt is a retired ⟦PROF|furniture upholsterer⟧ from ⟦O|century furniture⟧.
parish ⟦O|st. joseph catholic church⟧ in ⟦C|newton⟧ brings communion (sr. ⟦N|benedicta⟧).
`);

note("nicu-family-meeting-lower", `
nicu family meeting ⟦D|03/24/2099⟧. present: mother ⟦N|ngozi okafor-eze⟧, father ⟦N|chidi eze⟧, maternal aunt ⟦N|ifeoma⟧ (by phone from
⟦C|lagos⟧), neonatologist dr ⟦N|h. castellanos⟧, nnp ⟦N|kim-ly truong⟧, sw ⟦N|brianna shorter⟧, primary rn ⟦N|dagny⟧.
baby girl ⟦N|eze⟧ ("⟦N|adaora⟧"), ex-26 wk, dol 40, now 1,150 g. discussed ivh grade 3, need for hearing screen and rop follow-up with
⟦O|retina consultants of omaha⟧. older sibling ⟦N|chinonso⟧ attends ⟦O|wakonda elementary⟧, school counselor mrs. ⟦N|dvorak⟧ aware.
family lodging at ⟦O|ronald mcdonald house⟧ (⟦S|620 s 38th st⟧). next meeting ⟦D|4/7⟧. - ⟦N|bs⟧, lcsw
addendum: father's employer ⟦O|mutual of omaha⟧ fmla paperwork given to ⟦N|brianna⟧. mother's ob dr ⟦N|lisette vonderhaar⟧ at ⟦H|methodist women's hospital⟧.
parents' address ⟦S|4318 n 52nd st⟧, ⟦C|omaha⟧ ⟦Z|68104⟧; mother cell ⟦P|402-555-0129⟧. baby's mrn ⟦M|nm-66102297⟧.
`);

// ======================================================== mixed case (17) ========================================================

note("ed-provider-note-mixed", `
Emergency Department Provider Note
⟦H|Presbyterian Hospital⟧ - ⟦C|Albuquerque⟧        Date of service: ⟦D|03/24/2099⟧  Arrival 21:47
Patient: ⟦N|Begay, Lorenzo⟧   Age: 47 y   MRN: ⟦M|PH-20448173⟧   CSN: ⟦I|8812044197⟧
Attending: ⟦N|Hollis Tsinajinnie⟧, MD    Resident: ⟦N|Ofelia Marroquín⟧, MD (PGY-2)    Scribe: ⟦N|Carter Wolfe⟧

HPI: 47 yo Diné man from ⟦C|Crownpoint⟧ brought by ⟦O|Navajo Nation EMS⟧ after a rollover on ⟦S|Route 371⟧ near ⟦C|Thoreau⟧. Restrained
driver. His cousin ⟦N|Darrell Yazzie⟧ (passenger) was taken to ⟦H|Gallup Indian Medical Center⟧. Reports L chest wall pain.
Social: works for ⟦O|Peabody Western Coal⟧ as a ⟦PROF|heavy equipment operator⟧; lives with partner ⟦N|Shaundiin⟧ and two kids.
Exam: GCS 15. L chest wall tenderness, no crepitus. FAST negative.
Imaging: CT chest: L ribs 5-7 fx, small PTX. Trauma (Dr. ⟦N|Kittredge-Oduya⟧) consulted 22:30, admit to trauma step-down.
Officer ⟦N|R. Chee⟧ (badge ⟦I|NNPD-417⟧, ⟦O|Navajo Nation Police⟧) took a statement; report # ⟦I|CR-99-03-0771⟧.
Electronically signed: ⟦N|Hollis Tsinajinnie⟧, MD ⟦D|3/25/2099⟧ 01:12
Addendum ⟦D|3/25/2099⟧ 06:40: Partner ⟦N|Shaundiin Nez⟧ arrived with his mother ⟦N|Ella Begay⟧ (⟦A|92⟧), who speaks Navajo only; interpreter
⟦N|Roberta Etsitty⟧. PCP Dr. ⟦N|Fenstermacher⟧ at ⟦H|Crownpoint Healthcare Facility⟧ (⟦P|505-555-0174⟧) will follow. IHS chart # ⟦M|CP-118207⟧.
Case handed to Dr. ⟦N|Agnieszka Wróblewska⟧ (trauma). — ⟦N|OM⟧
`);

note("icu-attending-progress-mixed", `
MICU Attending Progress Note — ⟦D|March 25, 2099⟧ — Hospital day 6
⟦H|Cooper University Hospital⟧, ⟦C|Camden⟧
Pt: Mrs. ⟦N|Oyinkansola Adebayo-Rhodes⟧, 71F, MRN ⟦M|CU0091774⟧. ARDS from influenza A.
Overnight: proned 16 h; P/F 88 -> 141. Precedex 0.7, fentanyl 100. Levophed 0.04. Bair Hugger on.
Family: husband ⟦N|Clement Rhodes⟧ and daughter ⟦N|Folasade⟧ ("⟦N|Sade⟧") met with me, Dr. ⟦N|Lakshmanan⟧ (fellow) and RN ⟦N|Grace Wuerth⟧
at 14:00; they asked about ECMO at ⟦H|Penn Presbyterian⟧ — ECMO coordinator ⟦N|Vikram Oduro⟧ called back (⟦P|215-555-0185⟧): not a candidate
at present. Her pastor, Pastor ⟦N|Abiodun Sowemimo⟧ of ⟦O|Redeemed Christian Church of God, Jesus House Camden⟧, to visit.
She is a retired ⟦PROF|pharmacist⟧ (⟦O|Rite Aid⟧ on ⟦S|Haddon Ave⟧ for 30 years).
Plan: continue proning, cons. trach next week. Code: Full. Critical care time 45 min.
⟦N|Matthias Grünewald-Obi⟧, MD, pager ⟦P|4-0192⟧
Addendum: Spoke with her outpatient pulmonologist Dr. ⟦N|Ekaterina Volkonskaya⟧ (⟦O|South Jersey Pulmonary Associates⟧), ⟦P|856-555-0140⟧.
Husband ⟦N|Clement⟧ shared she was born ⟦D|4/17/2027⟧ in ⟦C|Ibadan⟧; family lives on ⟦S|Baird Blvd⟧ in ⟦C|Pennsauken⟧. Son ⟦N|Tunde⟧ flies in
from ⟦C|Houston⟧ ⟦D|3/27⟧. RN ⟦N|Wuerth⟧ to place sibling-visit request with ⟦N|Marguerite⟧ in patient relations.
`);

note("sw-child-protection-mixed", `
Social Work Note — Pediatric ED — ⟦H|Arkansas Children's Hospital⟧    ⟦D|3/25/99⟧
Referral: Dr. ⟦N|Whitacre⟧ for 14-month-old ⟦N|Jaxon Pruitt⟧ (MRN ⟦M|AC3318702⟧) with femur fracture, inconsistent history.
Caregivers: mother ⟦N|Destiny Pruitt⟧, 19, and her boyfriend ⟦N|Colt Hargis⟧, 23, of ⟦S|88 Pecan Hollow Rd⟧, ⟦C|Cabot⟧, ⟦STATE|AR⟧ ⟦Z|72023⟧.
Bio father ⟦N|Tristan Ealy⟧ is incarcerated at ⟦O|Cummins Unit⟧. Maternal grandmother ⟦N|Rhonda Pruitt⟧ (⟦P|501-555-0131⟧) is at bedside.
Child abuse hotline report made 16:40 (ref # ⟦I|HL-2099-0325-117⟧); ⟦O|DCFS⟧ investigator ⟦N|Latrice Gaines⟧ responded. ⟦O|Cabot Police Department⟧
Det. ⟦N|Mullins⟧ notified. Child attends ⟦O|Little Sprouts Learning Center⟧ (director Ms. ⟦N|Faye⟧).
Plan: 72-hour hold; skeletal survey; CARE team (Dr. ⟦N|Bhatnagar-Lowe⟧) consult. — ⟦N|Cassidy Renfroe⟧, LCSW, ext ⟦P|6-1198⟧
Addendum ⟦D|3/26/2099⟧: ⟦O|DCFS⟧ case # ⟦I|AR-DCFS-99-441720⟧. Placement with maternal great-aunt ⟦N|Lorraine "Dolly" McCrary⟧ in ⟦C|Searcy⟧ approved
pending home study by ⟦N|Gaines⟧. ⟦N|Colt Hargis⟧ gave DOB ⟦D|1/12/2076⟧; employer ⟦O|Dillard's Distribution Center⟧. Mother's attorney
⟦N|Preston Oakley⟧ (⟦O|Arkansas Public Defender Commission⟧) called ⟦P|501-555-0106⟧.
`);

note("psych-admission-eval-mixed", `
PSYCHIATRIC ADMISSION EVALUATION
Facility: ⟦H|Cherry Hospital⟧, ⟦C|Goldsboro⟧     Unit: Adult Admissions B     Date: ⟦D|2099-03-26⟧
Identifying data: ⟦N|Nadifa Warsame⟧ is a 29-year-old Somali-American woman, involuntarily committed from ⟦H|WakeMed⟧ ED (petitioner:
brother ⟦N|Abdiqani Warsame⟧). Court hearing at ⟦O|Wayne County District Court⟧ within 10 days; attorney ⟦N|Leon Battle⟧, ⟦O|Office of Special Counsel⟧.
HPI: Per brother, stopped sleeping ~⟦D|March 10⟧, praying all night at ⟦O|Masjid As-Salaam⟧, giving money to strangers. She works as a
⟦PROF|certified nursing assistant⟧ at ⟦H|Britthaven of Raleigh⟧; supervisor ⟦N|Tamsin Okoye⟧ sent her home ⟦D|3/20⟧.
Past: one admission to ⟦H|Holly Hill Hospital⟧ ⟦D|2096⟧ (mania). Outpatient psychiatrist Dr. ⟦N|Farah El-Amin⟧, ⟦O|Triangle Behavioral Associates⟧.
Family hx: mother (⟦N|Hodan⟧) with bipolar I, treated in ⟦C|Mogadishu⟧.
MSE: pressured, flight of ideas, grandiose. Denies SI/HI. YMRS 31.
Plan: lithium, olanzapine; collateral from roommate ⟦N|Ebyan⟧ (⟦P|919-555-0110⟧). ⟦N|J. Abernethy-Moss⟧, MD / ⟦N|Quentin Salas⟧, PA-C
Addendum ⟦D|3/27/2099⟧: Lithium 0.6. Brother ⟦N|Abdiqani⟧ brought her phone; her imam, Sheikh ⟦N|Abdullahi Nur⟧, asked to visit ⟦DAY|Friday⟧. Ms.
⟦N|Warsame⟧ lives at ⟦S|1407 Poole Rd⟧, ⟦C|Raleigh⟧ ⟦Z|27610⟧. She asked that her employer not be told; HR contact ⟦N|Gretchen Lutz⟧ called, told nothing.
Commitment hearing set ⟦D|April 2, 2099⟧, docket ⟦I|99-SP-1187⟧.
`);

note("labor-progress-mixed", `
Labor Progress Note ⟦D|3/26/2099⟧ 16:05 — ⟦H|Memorial Hospital of South Bend⟧ L&D
S: ⟦N|Marisela Ochoa-Pruett⟧ comfortable with epidural. Husband ⟦N|Dale⟧ and doula ⟦N|Winnie Kessler⟧ (⟦O|Blossom Birth Collective⟧) at bedside.
O: T 37.8, SVE 8/100/0 (by Dr. ⟦N|Yoon⟧), FHT 150s, min var, late decels x3. Pitocin off.
A/P: cat II tracing, IUR. Position changes, O2, bolus. If no improvement, discuss CS with pt. NICU team (Dr. ⟦N|Olamide Fasanya⟧) aware.
Pediatrician of choice: ⟦N|Renata Szabo⟧, MD, ⟦O|Michiana Pediatrics⟧. Mother's sister ⟦N|Yesenia⟧ will bring their son ⟦N|Mateo⟧ (5) from
⟦O|Perley Primary Center⟧ after school. Blood bank: type and screen sent, specimen ⟦I|BB99-03261⟧.
⟦N|Hyun-woo Yoon⟧, MD, OB hospitalist — ⟦N|HY⟧
18:40: Primary LTCS for persistent cat II, Dr. ⟦N|Yoon⟧ with Dr. ⟦N|Bernadette Kowalski-Adu⟧ assisting. Baby boy ⟦N|Santiago Pruett⟧, Apgars 8/9,
to ⟦N|Marisela⟧'s chest in OR. Husband ⟦N|Dale Pruett⟧ (works at ⟦O|AM General⟧, ⟦C|Mishawaka⟧) present. Infant MRN ⟦M|MH-9930261⟧.
`);

note("ward-nursing-handoff-mixed", `
Nursing Shift Summary (Med/Surg 4 North) — ⟦D|Mar 27⟧ 0700
Pt: ⟦N|Kalani Ka'ahanui-Medeiros⟧ (⟦A|90⟧ y/o M), ⟦H|Hilo Medical Center⟧, rm 418. Admitted ⟦D|3/24/2099⟧ for CHF exacerbation.
Night: slept intermittently. Sundowning ~0200, redirected; sitter ⟦N|Leilani⟧ 2300-0700. Lasix 40 IV given 0600, UO 900 mL.
Wife ⟦N|Puanani⟧ calls nightly at 2100; son ⟦N|Keoni⟧ (firefighter with ⟦O|Hawaii County Fire Department⟧) is the contact: ⟦P|808-555-0149⟧.
Hospice info given by Auntie ⟦N|Lehua⟧ from ⟦O|Hospice of Hilo⟧. Patient's kahu, Kahu ⟦N|Makoa⟧, from ⟦O|Haili Church⟧ visited yesterday.
Handoff given to ⟦N|Mele Fonoti⟧, RN, by ⟦N|Ikaika Santos-Wong⟧, RN.
Day shift addendum: son ⟦N|Keoni Ka'ahanui⟧ arrived 1130 with his partner ⟦N|Malia⟧; pt's ohana meeting with Dr. ⟦N|Sakamoto⟧ and hospice liaison
⟦N|Lehua Kamakau⟧ 1400. Pt lives ⟦S|1455 Kalanianaole Ave⟧, ⟦C|Hilo⟧ ⟦Z|96720⟧; PCP Dr. ⟦N|Elizabeth Nakoa-Chun⟧, ⟦O|Hilo Family Practice⟧. DOB ⟦D|2/28/2009⟧.
`);

note("pt-daily-note-mixed", `
PT Daily Treatment Note    ⟦H|Craig Hospital⟧ (⟦C|Englewood⟧)    ⟦D|03-27-2099⟧
Patient: ⟦N|Thaddeus Obuya⟧ | DOB ⟦D|5/30/1988⟧ | MRN ⟦M|CRG-0042297⟧ | SCI T10 AIS A | wk 3
Tx: w/c skills 30 min (wheelies with spotter ⟦N|Bryn⟧), transfers level sliding board mod I, FES bike 20 min.
Pt reports his employer (⟦O|Xcel Energy⟧, line crew) confirmed job held until ⟦D|September⟧; HR contact ⟦N|Dana Oyelaran-Kim⟧ ⟦E|dana.oyelaran@xcel-hr.example⟧.
Peer mentor ⟦N|Ruben "Ruby" Castañeda⟧ visited. Fiancée ⟦N|Liesl⟧ trained in transfers today.
Plan: adaptive driving eval with ⟦O|Rocky Mountain Driver Rehab⟧ ⟦D|4/2⟧.  — ⟦N|Ingrid Haugland⟧, PT, DPT
Addendum: Pt's mother ⟦N|Grace Obuya⟧ (⟦C|Kisumu⟧, via WhatsApp) asked about timeline; pt consented. Home mod evaluation at ⟦S|7719 W Ohio Ave⟧,
⟦C|Lakewood⟧ with ⟦O|Home Access Colorado⟧ contractor ⟦N|Brady⟧ ⟦D|4/5⟧. Insurance ⟦O|Anthem Blue Cross⟧, member ⟦HP|YRK448172094⟧.
`);

note("code-status-discussion-mixed", `
Goals of Care / Code Status Discussion — ⟦D|3/28/99⟧ — ⟦H|Ochsner Medical Center⟧ 7 Tower
Participants: patient Mr. ⟦N|Alphonse Guidry⟧ (⟦A|98⟧), his daughters ⟦N|Yvette Guidry-Landry⟧ and ⟦N|Claudette Broussard⟧ (HCPOA),
grandson ⟦N|Remy⟧ by FaceTime from ⟦C|Lafayette⟧, palliative NP ⟦N|Ximena Ortiz-Gaudet⟧, RN ⟦N|Bao Tran⟧, and me.
Mr. ⟦N|Guidry⟧ is a retired ⟦PROF|shrimper⟧ from ⟦C|Delcambre⟧; a deacon at ⟦O|St. Peter Claver Catholic Church⟧.
He said: "I'm ⟦A|98⟧, I've had my time." Decision: DNR/DNI, continue BiPAP as tolerated, no pressors. LaPOST completed, copy to
⟦H|Bayou Vista Nursing and Rehab⟧ where he lived. ⟦N|Claudette⟧ asked that Father ⟦N|Thibodeaux⟧ be called: ⟦P|337-555-0162⟧.
Time: 55 minutes, >50% counselling. ⟦N|Everett Mouton⟧, MD (hospitalist), cell ⟦P|504-555-0199⟧
Addendum: ⟦N|Yvette⟧ lives on ⟦S|Bayou Road⟧ in ⟦C|Erath⟧; her husband ⟦N|Pascal Landry⟧ works at ⟦O|Cajun Industries⟧. Pt's MRN ⟦M|OMC-3318470⟧,
DOB ⟦D|07/04/2000⟧. Hospice referral to ⟦O|Hospice of Acadiana⟧ (intake ⟦N|Rochelle⟧) for ⟦D|3/30⟧.
`);

note("micu-nursing-mimic-mixed", `
Nursing Progress Note 0700-1900
Pt is a 78 yo woman w/ hx COPD, AFib admitted [⟦D|2099-3-26⟧] from ⟦H|Beth Israel Deaconess-Plymouth⟧ w/ hypercarbic resp failure.
Neuro: Alert, follows commands, MAE. Lorazepam 1 mg x1 for anxiety per Dr. ⟦N|Sangiovanni⟧.
Resp: Optiflow 40L/50%. ABG 7.32/61/78. RT ⟦N|Jonas⟧ aware. BiPAP at night.
CV: AFib 90s-110s, dilt gtt 10 mg/hr. K 3.4 repleted.
Social: Husband ⟦N|Gerald⟧ visited this afternoon with their son ⟦N|Peter Vasilakis⟧ and his wife ⟦N|Anastasia⟧. Family wants
pt back to ⟦H|Sippican Healthcare Center⟧ in ⟦C|Marion⟧ at dc. HCP form in chart. Family's contact: ⟦P|(774) 555-0118⟧.
Plan: continue current mgmt, wean O2 as tol. ⟦N|Noreen Faherty⟧, RN
Addendum 1830: Daughter ⟦N|Despina Vasilakis-Orr⟧ called from ⟦C|Worcester⟧, ⟦P|508-555-0197⟧; pt's PCP Dr. ⟦N|Halloran⟧ at ⟦O|South Coast Internal Medicine⟧.
Pt DOB ⟦D|12/1/2020⟧, MRN ⟦M|2208417⟧. Night RN ⟦N|Kwame⟧ received report. ⟦N|NF⟧
`);

note("ed-triage-mixed", `
Triage Note — ⟦H|Saint Alphonsus Regional Medical Center⟧ — ⟦D|3/28/2099⟧ 03:14
Pt: ⟦N|Ulugbek Rakhimov⟧, 38 M, DOB ⟦D|11/02/2060⟧, arrived by private vehicle, driven by coworker ⟦N|Sardor⟧ from ⟦O|Amalgamated Sugar⟧ (night shift).
CC: R hand laceration from a conveyor, bleeding controlled. Tdap unknown. Speaks Uzbek/Russian; interpreter ⟦N|Oksana⟧ via ⟦O|LanguageLine⟧, ID ⟦I|559102⟧.
Workplace injury: supervisor ⟦N|Mike Trujillo⟧ ⟦P|(208) 555-0127⟧ x⟦P|214⟧. Claim to ⟦O|Idaho State Insurance Fund⟧.
ESI 4. To fast track rm 22. — ⟦N|Harper Lindgren⟧, RN
Reg: address ⟦S|3301 W Overland Rd⟧ #12, ⟦C|Boise⟧ ⟦Z|83705⟧; wife ⟦N|Dilnoza Rakhimova⟧ ⟦P|208-555-0158⟧. Refugee resettlement caseworker
⟦N|Hanna Pietrowski⟧ (⟦O|International Rescue Committee⟧). FIN ⟦I|SA-77120448⟧. Provider Dr. ⟦N|Quarshie⟧ at 03:40.
`);

note("chaplain-visit-mixed", `
Chaplaincy Visit Note  ⟦D|28 March 2099⟧  ⟦H|Baptist Health Louisville⟧
Requested by: family of ⟦N|Miriam ben Haim⟧, 84, ICU bed 9, via unit secretary ⟦N|Tanesha⟧.
Present: husband ⟦N|Yosef ben Haim⟧, daughter ⟦N|Shira Lowenthal⟧ (from ⟦C|Cincinnati⟧), granddaughter ⟦N|Noa⟧.
Family is Orthodox; asked for Rabbi ⟦N|Avrohom Zilberman⟧ of ⟦O|Congregation Anshei Sfard⟧ (⟦P|502-555-0163⟧) — called, he will come
tonight. Shomer arranged through ⟦O|Chevra Kadisha of Louisville⟧ should she die. Family needs parking passes (⟦N|Sherrie⟧, guest services).
Emotional support provided. Will follow. — Chaplain ⟦N|Abigail Oduya-Stern⟧, M.Div.
Follow-up ⟦D|3/29/2099⟧: Mrs. ⟦N|ben Haim⟧ died 04:12; Rabbi ⟦N|Zilberman⟧ and ⟦N|Yosef⟧ present. Body released to ⟦O|Herman Meyer & Son⟧ funeral home
per son ⟦N|Ari ben Haim⟧ (⟦C|Teaneck⟧). Burial at ⟦LO|Keneseth Israel Cemetery⟧. Condolence card signed by unit staff (⟦N|Tanesha⟧, Dr. ⟦N|Pruitt⟧).
Bereavement mailing to ⟦N|Yosef ben Haim⟧, ⟦S|2204 Dundee Rd⟧, ⟦C|Louisville⟧ ⟦STATE|KY⟧ ⟦Z|40205⟧.
`);

note("ot-progress-mixed", `
Occupational Therapy Progress Note — ⟦H|Madonna Rehabilitation Hospital⟧, ⟦C|Omaha⟧ — ⟦D|3/29/99⟧
⟦N|Deshawn Peltier-Ruiz⟧ (TBI, wk 4). FIM self-care 24 -> 31. Cooking task min A with cues. Oriented to ⟦D|March 2099⟧ after cueing.
Mother ⟦N|Carmen Ruiz⟧ trained in shower transfers. Father ⟦N|Andre Peltier⟧ (⟦O|Union Pacific⟧) can't attend until ⟦DAY|Saturday⟧.
Return-to-school plan with ⟦O|Omaha North High School⟧ counselor Mr. ⟦N|Halvorsen-Tate⟧; ⟦O|Nebraska VR⟧ counselor ⟦N|Bettina Cruz⟧.
— ⟦N|Siobhán McAteer⟧, OTR/L
Addendum: Pt's DOB ⟦D|10/14/2081⟧, MRN ⟦M|MRH-551930⟧. Girlfriend ⟦N|Aaliyah Two Bears⟧ visits ⟦DAY|Sundays⟧; pt's brother ⟦N|Marcus Peltier⟧ in
⟦C|Council Bluffs⟧ ⟦P|712-555-0117⟧. School nurse ⟦N|Terri Vollmer⟧ fax ⟦F|402-555-0165⟧.
`);

note("nicu-progress-mixed", `
NICU Progress Note — DOL 12 — ⟦D|March 29, 2099⟧ — ⟦H|Nationwide Children's Hospital⟧
Baby Boy ⟦N|Amoah-Lindqvist⟧ ("⟦N|Kwabena⟧"), ex-33 wk twin B, MRN ⟦M|NCH44718822⟧. Twin A (sister ⟦N|Akosua⟧) discharged ⟦D|3/27⟧.
Resp: RA. FEN: EBM 28 kcal, 160 mL/kg/d, PO 60%. Bili 9.1 off photo.
Parents ⟦N|Efua Amoah⟧ and ⟦N|Nils Lindqvist⟧ visited 14:00-18:00; mom pumping, lactation (⟦N|Roxanne⟧) following.
Car seat test ⟦D|3/31⟧. PCP: Dr. ⟦N|Hadiza Bello⟧, ⟦O|Olentangy Pediatric Group⟧, fax ⟦F|614-555-0191⟧.
Hearing screen passed. CCHD pass. Hep B given ⟦D|3/28⟧. — ⟦N|Caoimhe Brennan⟧, NNP / Dr. ⟦N|Eitan Sorkin⟧
Social: family lives at ⟦S|889 Olentangy River Rd⟧, ⟦C|Columbus⟧ ⟦Z|43212⟧; dad works at ⟦O|Honda of America⟧ in ⟦C|Marysville⟧. Maternal grandmother
⟦N|Abena Amoah⟧ arriving from ⟦C|Kumasi⟧ ⟦D|4/3⟧. SW ⟦N|Dorcas Whitlow⟧ following; Medicaid ⟦HP|OH110448271⟧.
Night ⟦D|3/30⟧: Mom called 02:00 from home (⟦P|614-555-0172⟧), spoke with RN ⟦N|Ingrid Solvang⟧. Dad's sister ⟦N|Karin Lindqvist⟧ on visitor list.
`);

note("medical-examiner-death-mixed", `
Death Pronouncement & Notification — ⟦H|Parkland Memorial Hospital⟧ ED — ⟦D|3/30/2099⟧
Called to trauma bay 2 at 01:52 for an unidentified man, est. 30s, GSW to chest, brought by ⟦O|Dallas Fire-Rescue⟧ from ⟦LO|Fair Park⟧.
Resuscitation stopped 02:09 by Dr. ⟦N|Adaku Ibekwe⟧. Reported to ⟦O|Dallas County Medical Examiner⟧ (investigator ⟦N|Ruiz-Pickens⟧,
case # ⟦I|ME-2099-01887⟧) and ⟦O|Dallas Police Department⟧ (Det. ⟦N|Stroud⟧, incident # ⟦I|099-055418⟧). Property logged by
security officer ⟦N|Fuentes⟧ (#⟦I|S-2210⟧). Later identified via fingerprints as ⟦N|Dontavious Reed⟧, DOB ⟦D|8/14/2067⟧,
SSN ⟦SSN|457-88-1904⟧; mother ⟦N|Lashonda Reed⟧ notified in person at 07:40 by SW ⟦N|Paloma Iñiguez⟧.
Addendum: ⟦N|Lashonda Reed⟧ (⟦P|214-555-0186⟧) lives at ⟦S|4421 Spring Ave⟧, ⟦C|Dallas⟧ ⟦Z|75210⟧. Victim services advocate ⟦N|Imani Crowder⟧ of
⟦O|Dallas Police Department⟧ and chaplain ⟦N|Reggie Okafor⟧ accompanied. Brother ⟦N|Kendrick Reed⟧ identified photo. Employer ⟦O|DART⟧.
Chart note by ⟦N|P. Iñiguez⟧, LMSW, ⟦D|3/30/99⟧ 08:15; ME release ⟦D|4/1/2099⟧ to ⟦O|Golden Gate Funeral Home⟧ (Mr. ⟦N|Tolliver⟧).
`);

note("cm-utilization-mixed", `
Case Management Progress Note  ⟦D|03/30/2099⟧  ⟦H|Providence Sacred Heart Medical Center⟧, ⟦C|Spokane⟧
Pt ⟦N|Vasyl Hnatiuk⟧, 62, MRN ⟦M|PSH-7718820⟧, SSN on file ⟦SSN|539-44-1187⟧, Medicaid (Apple Health) ProviderOne ID ⟦HP|108844712WA⟧.
Spoke with ⟦O|Molina Healthcare⟧ UM nurse ⟦N|Jeanette⟧ (ref # ⟦I|MOL-99-331874⟧) re LTAC: ⟦H|Kindred Hospital Seattle⟧ declined; ⟦H|St. Luke's
Rehabilitation Institute⟧ reviewing. Wife ⟦N|Oksana Hnatiuk⟧ (⟦P|509-555-0114⟧) works at ⟦O|Gonzaga University⟧ dining; son ⟦N|Taras⟧ in the
US Air Force at ⟦LO|Fairchild AFB⟧. Church: ⟦O|St. Michael Ukrainian Catholic⟧. Portal proxy set up, user ⟦UN|ohnatiuk62⟧.
Next: peer-to-peer Dr. ⟦N|Aldana⟧ with ⟦O|Molina⟧ medical director ⟦DAY|Tuesday⟧. — ⟦N|Rhiannon Pettibone⟧, RN, CCM ⟦P|509-555-0142⟧
Addendum ⟦D|3/31/2099⟧: ⟦H|St. Luke's Rehabilitation Institute⟧ accepted (liaison ⟦N|Corinne Batey⟧ ⟦P|509-555-0190⟧). Address ⟦S|2715 E Liberty Ave⟧,
⟦C|Spokane⟧ ⟦Z|99207⟧. Pt's DOB ⟦D|8/1/2036⟧. Transport ⟦O|AMR Spokane⟧ ⟦D|4/1⟧ 10:00.
`);

note("addiction-consult-mixed", `
Addiction Medicine Consult — ⟦H|Maine Medical Center⟧ — ⟦D|Mar 31, 2099⟧
Requesting: Dr. ⟦N|Thornquist⟧ (hospitalist). Pt ⟦N|Brayden Coffin-LeBlanc⟧, 33M, MRN ⟦M|MMC-5512093⟧, admitted with MRSA bacteremia, IVDU.
Use: fentanyl IV daily, last use ⟦D|3/30⟧ am; Narcan reversal x2 in past year (once by ⟦O|Portland Police⟧ officer). COWS 14 on arrival.
Supports: girlfriend ⟦N|Kenzie⟧, AA/NA sponsor ⟦N|Big Lou⟧ (⟦N|Louis Ferland⟧), recovery coach ⟦N|Tasha Beaulieu⟧ at ⟦O|Portland Recovery Community Center⟧.
Housing: sober house on ⟦S|Cumberland Ave⟧ (⟦O|Oxford House Deering⟧) — house manager ⟦N|Will⟧ says bed held to ⟦D|4/14⟧.
Legal: in ⟦O|Cumberland County Adult Drug Treatment Court⟧, case ⟦I|CUMCD-CR-2098-00417⟧; Judge ⟦N|Eleanor Whitcomb⟧. Works at
⟦O|Bath Iron Works⟧ (⟦PROF|pipefitter⟧), FMLA form to HR fax ⟦F|207-555-0183⟧.
Plan: buprenorphine micro-induction; OTP referral to ⟦O|Discovery House⟧ in ⟦C|South Portland⟧. — ⟦N|Oluwaseun Adeleke-Grant⟧, MD, pgr ⟦P|207-555-0148⟧
Addendum ⟦D|4/1/2099⟧: Pt's mother ⟦N|Roberta Coffin⟧ (⟦C|Westbrook⟧) ⟦P|207-555-0113⟧ and sponsor ⟦N|Louis⟧ visited. Probation officer
⟦N|Dwight Hanscom⟧ (⟦O|Maine Department of Corrections⟧) aware. ID cardiology Dr. ⟦N|Sørensen-Abbas⟧ for TEE ⟦D|4/2⟧. DOB ⟦D|11/23/2065⟧.
`);

note("tele-icu-note-mixed", `
eICU Remote Intensivist Note — ⟦O|Avera eCARE⟧ hub, ⟦C|Sioux Falls⟧ — for ⟦H|Mobridge Regional Hospital⟧ ICU bed 2 — ⟦D|04/01/2099⟧ 02:30
Camera host ⟦IP|10.44.18.202⟧ (cart SN ⟦DEV|AVR-CC-00917⟧). Bedside RN ⟦N|Trudy Eagle Shield⟧; on-site
provider ⟦N|Kurt Baumgartner⟧, PA-C. Pt ⟦N|Harlan Ducheneaux⟧, 71M, MRN ⟦M|MRH-004481⟧, septic shock from pneumonia.
Norepi 0.12 -> vasopressin added. Lactate 3.8 -> 2.6. Transfer to ⟦H|Avera McKennan⟧ by ⟦O|Avera Careflight⟧ when weather allows.
Sepsis bundle: ⟦U|https://ecare.avera-tele.example/protocols/sepsis-v7⟧. Logged in as ⟦UN|jkwasniewski⟧.
Family: wife ⟦N|Geraldine⟧ at bedside; daughter ⟦N|Winona⟧ in ⟦C|Eagle Butte⟧ updated ⟦P|605-555-0135⟧. — ⟦N|J. Kwasniewski⟧, MD (tele-ICU)
03:15 addendum: ⟦O|Careflight⟧ crew (flight RN ⟦N|Dalton Runs Above⟧) en route. Receiving MD Dr. ⟦N|Shreya Anantharaman⟧ at ⟦H|Avera McKennan⟧ ⟦P|605-555-0101⟧.
Pt DOB ⟦D|2/17/2028⟧. Tribal health ⟦O|Cheyenne River Sioux Tribe⟧ CHS ref ⟦I|CRST-99-0412⟧. — ⟦N|JK⟧
04:05: Flight delayed, ⟦O|Avera Careflight⟧ dispatcher ⟦N|Corey⟧ ⟦P|605-555-0171⟧; bedside RN now ⟦N|Marty Red Bird⟧.
`);

write();
