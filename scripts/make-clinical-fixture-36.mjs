// Why this file exists: builds test/fixtures/clinical-notes-36.jsonl, a thirty-sixth labelled set of clinical texts
// written by hand in stop 47 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these texts (fixtures 33-34's generators and test file and fixture-io.mjs were read for the form
// and the labels), in the register no earlier fixture holds as a whole: the SHORT texts typed around care, terse and
// abbreviated — ED tracking-board and triage lines, fax cover sheets, lab and imaging requisitions, a pharmacy refill
// fax, telephone encounters, nurse triage calls, SBAR handoffs, pager logs, referral forms, case-management and
// scheduling notes, nursing flowsheet comments and a transfer-center call (15 in ALL CAPS); patient-portal messages
// both ways, prompts a clinician types into an AI assistant ("summarize this for the family: ...", "draft a letter to
// dr ... about ...", "write a prior auth appeal ..."), secure chat, a phone note, a refill request, a social-work
// brief note, a night-to-day handoff, a scheduling note and pages (12 in lower case); and the same kinds in mixed case
// (23), with a school clearance request, a home-health call, an interpreter log, a pharmacy prior-auth callback, an
// answering-service message and an employee's work-note message.
// Regions (towns invented or real, states and countries real): Twin Falls, Joplin, northwest Arkansas, Aiea, Charlotte,
// Las Vegas, Grand Rapids, Boston, Detroit and Dearborn, Iowa City, Lame Deer, Louisville, Colorado Springs, Oklahoma
// City and Altus, Columbus, Milwaukee, Albany, Nashville, Lafayette, Cambridge, Socorro, Pittsburgh, Bethlehem,
// Topeka, Germantown, Minneapolis, Portland (Oregon), Muskegon, Hillsboro, Keene, Great Falls, Hartford, Somerville,
// Cherokee, Portland (Maine), Seattle, Waipahu, Burlington (Vermont), Atlanta, Lincoln, Fort Worth, Plano, Chattanooga,
// Harrisburg, Norfolk, Newport News.
// PHI forms sought: names in the short forms of these texts — a first name alone after a role ("aide Francine",
// "tech Dominique", "intake Rachelle", "sitter DAQUAN"), a surname alone after a title or in a room list ("rm 3
// zimmerman"), chat speakers ("[07:42] Rivka Abramson, MD:"), "LAST, FIRST" board rows, clinicians' initials as
// signatures ("- RJ", "by jt"), nicknames in quotes, particles and apostrophes (de la Cruz, van der Merwe, ní
// Bhraonáin, O'Rourke-Pastore, Alapa'i), Native American and compound surnames (Two Bulls, Horsechief); relatives by
// first name; dates as "6/2", "06/02", "6-2-99", "06.02.2099", "2099-06-02", "Jun 02 2099", "2 June 2099", "June 2nd,
// 2099", "may 14th"-like, "sunday the 31st", a month and year, a bare year; ages over 89 in "(91F)", "92 YO",
// "is 98", "97F"; extensions and in-house pagers ("x4417", "6-4471"); MRNs, FINs, accessions, order, requisition,
// call, message, trip, claim, referral and authorization numbers, NPI, DEA, NCPDP, badge numbers, member numbers, a
// device serial, usernames and emails.
// Hard negatives: drugs and devices (lisinopril, Eliquis, Dexcom G7, Omnipod 5, Zio patch, Ozempic, Trulicity),
// scores (ESI 3, GCS 14, BI-RADS 5), codes (Z00.00, E78.5, O20.9), programmes (Medicaid, SoonerCare, MassHealth, TRICARE
// West, QUEST, IHS/PRC), relative dates ("tmrw", "since Friday") and clock times.
// Labelling follows fixtures 29-34 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians' and witnesses' initials are PHI; titles, ranks, degrees and cue words stay outside
// the name; "the" stays outside a facility; room, bed, box and bay codes, apartment numbers and departments are left
// unlabelled (an apartment or suite written inside the street address stays in the street span, as in fixture 34);
// protocol, store, load, payer (BIN), lot-of-drug and storage numbers are left unlabelled; nursing homes, assisted
// living, clinics with a place name, IHS facilities are HOSPITAL; companies, insurers, schools, churches, pharmacies,
// agencies, police, vendors, practice groups and carriers are ORGANIZATION; counties, neighbourhoods and landmarks are
// LOCATION-OTHER; MRNs and charts are MRN; member, group and Medicaid numbers HEALTHPLAN; case, claim, call, message,
// trip, accession, order, requisition, referral, authorization, NPI, DEA, NCPDP, badge, armband and staff numbers ID;
// user ids USERNAME; serials of devices DEVICE; extensions and pagers PHONE.
// Every person, town, street, organisation, facility and number is invented here (states, countries and large cities
// are real, as are a few large hospitals, agencies and companies named as referral places or employers); nothing is
// copied from any corpus. Label slips fixed after the blind score (no text changed): three public programmes
// (MassHealth, SoonerCare, TRICARE West) had been labelled ORGANIZATION against fixtures 31-34's rule, and a referral
// platform (CarePort) against fixtures 11 and 18 (platforms, like Surescripts and CoverMyMeds here, stay unlabelled).
// Inline marks ⟦CODE|text⟧ as in fixtures 3-34 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-36.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-36.jsonl", "make-clinical-fixture-36");

// ======================================================== ALL CAPS (15) ========================================================

note("ed-tracking-board-caps", `
ED TRACKING BOARD EXPORT  ⟦H|ST. LUKE'S MAGIC VALLEY MEDICAL CENTER⟧  ⟦D|06/02/99⟧ 0412
RM  PT                        AGE  CC                  RN       MD/APP      NOTE
4   ⟦N|ETCHEVERRY, MAITE⟧           61   CP                  ⟦N|JLR⟧      ⟦N|OKAFOR⟧      TROP X2 PENDING
7   ⟦N|MCKINNEY-ROANHORSE, B⟧       ⟦A|92⟧   FALL FROM BED       ⟦N|JLR⟧      ⟦N|VANDAM⟧      FROM ⟦H|BRIDGEVIEW ESTATES⟧, HIP XR
9   ⟦N|NGUYEN, THI HOA⟧             44   ABD PAIN            ⟦N|TWK⟧      ⟦N|OKAFOR⟧      INTERP VIETNAMESE, SON ⟦N|DUC⟧ AT BEDSIDE
H2  ⟦N|DOE, JANE 0602⟧              ~30  OD                  ⟦N|TWK⟧      ⟦N|VANDAM⟧      BROUGHT BY ⟦O|TWIN FALLS POLICE⟧, OFC ⟦N|STRAND⟧ BADGE ⟦I|1187⟧
11  ⟦N|DE LA CRUZ, ROGELIO⟧         57   LAC R HAND          ⟦N|MPB⟧      ⟦N|S. PATEL⟧     WORK INJURY ⟦O|GLANBIA FOODS⟧, WC CLAIM ⟦I|WC-99-338102⟧
WR  ⟦N|ABERNATHY, JUNE⟧             ⟦A|90⟧   SOB                 --       --          DAU ⟦N|CAROL⟧ ⟦P|208-555-0137⟧
CHARGE RN ⟦N|TAMSIN WOLCOTT⟧ X⟦P|4410⟧. BOARD PRINTED BY ⟦UN|TWOLCOTT2⟧.
14  ⟦N|PAKALANI, KEOLA "KEO"⟧          33   ASTHMA              ⟦N|MPB⟧      ⟦N|OKAFOR⟧      NEB X2, MOM ⟦N|LEIMOMI⟧ ⟦P|208-555-0122⟧, SCHOOL ⟦O|CANYON RIDGE HIGH⟧
`);

note("ed-triage-lines-caps", `
TRIAGE NOTE  ⟦D|06-02-2099⟧ 1517  ESI 3  ⟦H|MERCY HOSPITAL JOPLIN⟧
PT ⟦N|LUIS ALBERTO QUISPE MAMANI⟧ ARRIVED POV WITH WIFE ⟦N|ROXANA⟧. C/O HA X3 DAYS, WORSE TODAY. NO TRAUMA.
HX HTN, NO MEDS SINCE RAN OUT ⟦D|MAY 20⟧. PCP NONE; LAST SEEN ⟦O|ACCESS FAMILY CARE⟧ ⟦D|2097⟧.
BP 212/118 HR 88 T 98.4. NEURO INTACT. TRIAGE RN ⟦N|BRIANNA SOLIS-HART⟧ NOTIFIED DR ⟦N|KOVALENKO⟧ 1520.
EMPLOYER ⟦O|LEGGETT & PLATT⟧ (NIGHT SHIFT). LANG SPANISH/QUECHUA; INTERP ⟦N|ELOY⟧ VIA IPAD ID ⟦I|LL-44812⟧.
ADDR ⟦S|1417 S MOFFET AVE⟧ ⟦C|JOPLIN⟧ ⟦STATE|MO⟧ ⟦Z|64801⟧. PH ⟦P|417-555-0168⟧. DOB ⟦D|11/3/78⟧. SELF PAY, FIN ⟦I|F99061522781⟧.
PRIOR VISIT ⟦D|04/22/2099⟧ ⟦H|FREEMAN HOSPITAL WEST⟧ (BP 190S). EMERG CONTACT BROTHER ⟦N|WILBER QUISPE⟧ ⟦P|417-555-0113⟧, ⟦C|CARTHAGE⟧.
`);

note("fax-cover-referral-caps", `
*** FAX COVER SHEET ***   CONFIDENTIAL HEALTH INFORMATION
TO: ⟦O|OZARK ORTHOPAEDICS⟧ - ATTN REFERRAL COORDINATOR ⟦N|DENISE⟧       FAX: ⟦F|479-555-0181⟧   PHONE: ⟦P|479-555-0180⟧
FROM: ⟦N|HOLLY BRANDT⟧, LPN FOR DR. ⟦N|MUHAMMAD AL-SAADI⟧, ⟦O|NORTHWEST ARKANSAS FAMILY MEDICINE⟧    FAX ⟦F|479-555-0129⟧
DATE: ⟦D|6/2/2099⟧   PAGES: 6 INCL COVER
RE: ⟦N|PIERCE, HANNAH-GRACE⟧   DOB ⟦D|04/19/2004⟧   MRN ⟦M|NWAFM-77120⟧
URGENT REFERRAL - R ACL TEAR PER MRI ⟦D|5/30⟧ (⟦H|WASHINGTON REGIONAL MEDICAL CENTER⟧ ACC# ⟦I|WR99-0530-1184⟧). PT IS A SOFTBALL PLAYER AT ⟦O|UNIVERSITY OF ARKANSAS⟧.
INS ⟦O|ARKANSAS BLUE CROSS BLUE SHIELD⟧ ID ⟦HP|XCA882019447⟧ GRP ⟦HP|00447⟧. MOTHER ⟦N|KRISTEN PIERCE⟧ CELL ⟦P|479-555-0152⟧.
IF RECEIVED IN ERROR CALL ⟦P|479-555-0100⟧ AND DESTROY.
CLINIC NOTE ⟦D|05/31/2099⟧ SIGNED BY ⟦N|M. AL-SAADI⟧, MD; NPI ⟦I|1285530947⟧. COACH ⟦N|TERRELL BYNUM⟧ REQUESTS UPDATE.
`);

note("lab-requisition-caps", `
OUTPATIENT LAB REQUISITION      ⟦O|LABCORP⟧ ACCOUNT ⟦I|40117882⟧
PATIENT ⟦N|KAWASAKI, RYUNOSUKE⟧   SEX M   DOB ⟦D|02/29/1960⟧   PHONE ⟦P|(808) 555-0143⟧
ADDRESS ⟦S|98-1005 MOANALUA RD APT 1402⟧, ⟦C|AIEA⟧ ⟦STATE|HI⟧ ⟦Z|96701⟧
ORDERING ⟦N|LEIALOHA KAMAKANA⟧, APRN   NPI ⟦I|1770338215⟧   ⟦O|KAPIOLANI MEDICAL SPECIALISTS⟧
TESTS: CMP, LIPID, A1C, TSH, PSA (SCREEN)    DX Z00.00, E78.5    FASTING: Y    COLLECT ON OR AFTER ⟦D|JUN 9 2099⟧
BILL: ⟦O|HMSA⟧ QUEST INTEGRATION MEMBER ⟦HP|HMSA-0019920471⟧   GUARANTOR ⟦N|MIDORI KAWASAKI⟧ (SPOUSE)
REQ# ⟦I|L2099-060244718⟧   PRINTED ⟦D|06/02/2099⟧ BY ⟦N|KK⟧
COPY RESULTS TO DR ⟦N|NOELANI AKANA-PIERCE⟧, ⟦O|STRAUB MEDICAL CENTER⟧, FAX ⟦F|808-555-0177⟧. PSC ⟦S|1600 KAPIOLANI BLVD⟧.
`);

note("imaging-requisition-caps", `
CT REQUEST     ⟦H|CAROLINAS MEDICAL CENTER - UNIVERSITY⟧    ORDER ⟦I|ORD-7749120⟧    PRIORITY STAT
PT: ⟦N|OYELARAN-MOSS, FOLASADE⟧  ⟦D|3-8-1971⟧  MRN ⟦M|CMC00882741⟧  WT 96 KG  CREAT 0.9 (⟦D|6/1⟧)
EXAM: CT ABD/PELVIS W CONTRAST.  REASON: RLQ PAIN, WBC 15.1, R/O APPY.  CONTRAST ALLERGY: NONE.  PREGNANT: NO (HCG NEG ⟦D|6/2⟧)
ORDERED BY ⟦N|DEVONTE WASHINGTON-BELL⟧, PA-C FOR DR ⟦N|HILDEGARD STRAUSS⟧. CALL RESULTS TO ⟦P|704-555-0148⟧ OR VOCERA PIT B.
TRANSPORT: WHEELCHAIR. PROTOCOLED BY ⟦N|RAMESH IYER⟧, MD ⟦D|06/02/2099⟧ 1744.
PRIOR CT ⟦D|11/19/2098⟧ AT ⟦H|ATRIUM HEALTH PINEVILLE⟧. HUSBAND ⟦N|KWAME MOSS⟧ ⟦P|980-555-0124⟧. EMPLOYER ⟦O|BANK OF AMERICA⟧. ACC ⟦I|CMC-CT-99-0602118⟧.
`);

note("pharmacy-refill-fax-caps", `
REFILL AUTHORIZATION REQUEST - FROM ⟦O|WALGREENS⟧ #07731  ⟦S|2901 N TENAYA WAY⟧, ⟦C|LAS VEGAS⟧ ⟦STATE|NV⟧ ⟦Z|89128⟧
PHARMACY PH ⟦P|702-555-0191⟧  FAX ⟦F|702-555-0192⟧  NCPDP ⟦I|2918834⟧
TO PRESCRIBER: ⟦N|CONSTANTINE PAPADOPOULOS⟧, MD  DEA ⟦I|BP7730218⟧
PATIENT: ⟦N|MORALES-OCHOA, FERNANDA⟧  DOB ⟦D|12/12/1988⟧  PH ⟦P|725-555-0104⟧
DRUG: SERTRALINE 100 MG TAB #90, SIG 1 PO DAILY. LAST FILL ⟦D|03/04/2099⟧. RX# ⟦I|5518200-07731⟧
__ APPROVED  __ DENIED  REFILLS ____  PRESCRIBER SIGNATURE ______________  DATE ______
SENT ⟦D|6/2/99⟧ 0915 BY TECH ⟦N|ANGELICA R.⟧
ALT CONTACT (MOTHER) ⟦N|GRACIELA OCHOA⟧ ⟦P|702-555-0176⟧. PLAN ⟦O|CULINARY HEALTH FUND⟧ ⟦HP|CHF-00882014⟧. PT ADDR ⟦S|6120 W CHEYENNE AVE⟧ ⟦Z|89108⟧.
`);

note("telephone-encounter-caps", `
TELEPHONE ENCOUNTER   ⟦D|06/02/2099⟧ 1133   ⟦O|GREAT LAKES PULMONARY ASSOCIATES⟧
CALLER: ⟦N|GERTRUDE "TRUDY" WOJCIK⟧ (DAUGHTER OF PT)   CALLBACK ⟦P|616-555-0177⟧
PT: ⟦N|WOJCIK, STANISLAW⟧  ⟦A|94⟧ YO  MRN ⟦M|GLPA-228190⟧
REASON: DAD MORE SOB SINCE ⟦DAY|SUNDAY⟧, USING O2 3 L INSTEAD OF 2. NO FEVER. SATS 88-90 ON HOME PULSE OX. ⟦O|APRIA⟧ DELIVERED NEW CONCENTRATOR ⟦D|5/29⟧ SN ⟦DEV|AP5-2288140⟧.
PER DR ⟦N|VANDERSLOOT⟧: INCREASE TO 3 L, PREDNISONE 40 X5D SENT TO ⟦O|MEIJER PHARMACY⟧ ⟦S|ALPINE AVE⟧. APPT TMRW 0940 WITH NP ⟦N|OSEI⟧.
CALLED BACK, SPOKE WITH ⟦N|TRUDY⟧, VERBALIZED UNDERSTANDING. ⟦N|ELLA KRUISENGA⟧, RN ⟦D|6/2/99⟧ 1150
PT LIVES WITH ⟦N|TRUDY⟧ AT ⟦S|2240 LEONARD ST NW⟧, ⟦C|WALKER⟧ ⟦Z|49534⟧. HOME CARE ⟦O|CORNERSTONE HOME HEALTH⟧ RN ⟦N|LUPE⟧ ⟦P|616-555-0101⟧.
`);

note("nurse-triage-caps", `
NURSE TRIAGE - PEDIATRICS AFTER HOURS   ⟦O|TEAM HEALTH⟧ LINE   CALL ID ⟦I|TH-99060288140⟧   ⟦D|JUNE 2, 2099⟧ 2218
CHILD: ⟦N|BAPTISTE, JEAN-RÉMY⟧  AGE 14 MO  DOB ⟦D|03/30/2098⟧  PCP DR ⟦N|AYESHA QURESHI-LANG⟧ (⟦O|BROOKSIDE PEDIATRICS⟧)
CALLER MOM ⟦N|MARIE-CLAUDE BAPTISTE⟧ ⟦P|(617) 555-0198⟧. FEVER 103.1 RECTAL SINCE THIS AM, FUSSY, DRINKING, WET DIAPERS X4.
PROTOCOL: FEVER - CHILD UNDER 3 YRS (SCHMITT-THOMPSON). DISPOSITION: SEE WITHIN 24 H. ACETAMINOPHEN 160 MG/5 ML 4.5 ML GIVEN 2130.
ADVISED ⟦H|BOSTON CHILDREN'S HOSPITAL⟧ ED IF LETHARGIC OR NON-BLANCHING RASH. FAMILY LIVES ⟦S|44 WASHINGTON ST⟧, ⟦C|DORCHESTER⟧.
RN ⟦N|CORMAC DEVLIN⟧, RN ⟦N|CD⟧; ROUTED TO OFFICE POOL FOR AM CALL.
DAD ⟦N|FRITZ-GERALD BAPTISTE⟧ ⟦P|617-555-0114⟧; INS MASSHEALTH ⟦HP|MH100448210⟧. LAST WCC ⟦D|2/28/99⟧. SIBLING AT ⟦O|BRIGHT HORIZONS⟧ DAYCARE.
`);

note("sbar-icu-transfer-caps", `
SBAR - RAPID RESPONSE TO MICU   ⟦H|HENRY FORD HOSPITAL⟧   ⟦D|6.2.2099⟧ 0305
S: MR. ⟦N|ALI HASSAN ALI⟧, 71, 6B RM 14, NEW HYPOTENSION 78/40, LACTATE 4.6. MRN ⟦M|HFH 0042 7719⟧.
B: POD 2 R HEMICOLECTOMY (DR ⟦N|DZIEDZIC⟧). DM2, CKD. ALLERGY PCN. FULL CODE. WIFE ⟦N|FATIMA⟧ AT ⟦S|7240 CHASE RD⟧, ⟦C|DEARBORN⟧ ⟦P|313-555-0162⟧, SPEAKS ARABIC.
A: SEPTIC SHOCK ?ANASTOMOTIC LEAK. 2 L LR GIVEN, NOREPI STARTED VIA R IJ BY DR. ⟦N|OMOTOSO⟧.
R: MICU BED 5, ACCEPTING ⟦N|KARLSSON⟧ (FELLOW). SURGERY AWARE, CT PENDING. HANDOFF ⟦N|MELANIE VUONG⟧, RN TO ⟦N|JEROME TALIAFERRO⟧, RN.
DAUGHTER ⟦N|NOUR HASSAN⟧ ⟦P|313-555-0150⟧ (WORKS AT ⟦O|FORD MOTOR COMPANY⟧). DOB ⟦D|09/09/2027⟧. ADMIT ⟦D|5/31/2099⟧. PCP DR ⟦N|BAZZI⟧.
`);

note("pager-log-caps", `
PAGER LOG - NIGHT FLOAT (INTERNAL MEDICINE)   ⟦H|UNIVERSITY OF IOWA HOSPITALS & CLINICS⟧   ⟦D|06/02/2099⟧
2214 FROM 7JCW ⟦P|6-4471⟧: RM 12 ⟦N|BRANDVOLD⟧ K 5.9, REPEAT? - ⟦N|KELSEY⟧ RN
2251 FROM ED ⟦P|319-555-0146⟧: ADMIT ⟦N|OYELOWO⟧ ⟦A|97⟧F UTI/AMS FROM ⟦H|OAKNOLL RETIREMENT RESIDENCE⟧, CALL DR ⟦N|HOLLAND⟧
2330 FROM PHARMACY ⟦P|6-2200⟧: VANC TROUGH ON ⟦N|ST. GERMAIN, ROBERT⟧ 24.1, HOLD AM DOSE? ⟦N|ANH⟧ PHARMD
0105 FROM 6RC: PT ⟦N|LINDQUIST⟧ WANTS AMA. WIFE ⟦N|BONNIE⟧ ON WAY ⟦P|319-555-0120⟧.
0340 FROM MICU FELLOW DR. ⟦N|CHO⟧ ⟦P|319-555-0133⟧: TRANSFER OUT ⟦N|RAMÍREZ-LUGO⟧ TO YOU AT 0700.
0455 FROM 7JCW: ⟦N|BRANDVOLD⟧ REPEAT K 5.2. SON ⟦N|ERIK BRANDVOLD⟧ CALLED FROM ⟦C|CEDAR RAPIDS⟧ ⟦P|319-555-0198⟧. - ⟦N|KELSEY⟧
`);

note("referral-form-caps", `
REFERRAL FORM - ⟦O|MONTANA CANCER SPECIALISTS⟧   RECEIVED ⟦D|06/02/99⟧
PATIENT NAME: ⟦N|TWO BULLS, WINONA⟧        DOB: ⟦D|09/14/1955⟧        SSN: ⟦SSN|517-44-0912⟧
ADDRESS: ⟦S|PO BOX 318⟧, ⟦C|LAME DEER⟧, ⟦STATE|MT⟧ ⟦Z|59043⟧        PHONE: ⟦P|406-555-0115⟧
REFERRING: DR. ⟦N|ELLIOT FRANKENBERG⟧ - ⟦H|NORTHERN CHEYENNE IHS HEALTH CENTER⟧      PHONE ⟦P|406-555-0107⟧
DIAGNOSIS: R BREAST MASS 2.3 CM, BI-RADS 5, CORE BX ⟦D|5/27/2099⟧ IDC.    PRIOR AUTH: PRC ⟦I|PRC-99-01822⟧
INSURANCE: IHS/PRC, MEDICAID ⟦HP|MT0044718203⟧.   CONTACT SISTER ⟦N|LORRAINE TWO BULLS-SPOTTED ELK⟧ ⟦P|406-555-0171⟧
MAMMO ⟦D|05/20/2099⟧ AT ⟦H|BILLINGS CLINIC⟧ (ACC ⟦I|BC-MG-4471820⟧). PT EMPLOYED BY ⟦O|CHIEF DULL KNIFE COLLEGE⟧. FORM BY ⟦N|JOLENE LITTLEWOLF⟧ ⟦D|6/1/99⟧.
`);

note("case-management-caps", `
CASE MANAGEMENT NOTE   ⟦D|06/02/2099⟧   ⟦H|BAPTIST HEALTH LOUISVILLE⟧
PT ⟦N|SCHNEIDER, HELMUT⟧ (⟦A|99⟧) READY FOR DC, REQUIRES SNF. REFERRALS SENT VIA CAREPORT: ⟦H|TREYTON OAK TOWERS⟧, ⟦H|MASONIC HOME LOUISVILLE⟧, ⟦H|FOUR COURTS SENIOR CENTER⟧.
ACCEPTED BY ⟦H|MASONIC HOME LOUISVILLE⟧ (LIAISON ⟦N|CHERYL PFEIFFER⟧ ⟦P|502-555-0183⟧). ⟦O|HUMANA⟧ MA AUTH ⟦I|HUM-A-99-0602-118⟧ APPROVED.
SON/POA ⟦N|WERNER SCHNEIDER⟧ ⟦P|502-555-0129⟧ AGREES. TRANSPORT ⟦O|YELLOW AMBULANCE⟧ ⟦D|6/3⟧ 1300.
CM ⟦N|TONYA HUBBARD-LEE⟧, RN, CCM   ⟦E|THUBBARD@BHSI.EXAMPLE⟧
PCP DR ⟦N|ANJALI SUBRAMANIAN⟧ NOTIFIED. PT DOB ⟦D|01/15/2000⟧, MRN ⟦M|BHL-00771290⟧. HOME WAS ⟦S|1840 BARDSTOWN RD⟧ ⟦C|LOUISVILLE⟧ ⟦Z|40205⟧.
`);

note("scheduling-note-caps", `
SCHEDULING - ⟦O|SUMMIT ENT & ALLERGY⟧, ⟦C|COLORADO SPRINGS⟧
⟦D|6/2⟧ 0912 LVM FOR ⟦N|GALLEGOS, ISIDRO⟧ ⟦P|719-555-0158⟧ RE RESCHEDULE (DR ⟦N|MAHMOUD⟧ OUT ⟦D|6/9⟧).
⟦D|6/2⟧ 1040 PT RETURNED CALL, MOVED TO ⟦D|6/16/2099⟧ 0830. TRICARE WEST REFERRAL ⟦I|TW-2209-448102⟧ GOOD THRU ⟦D|7/31/99⟧.
⟦D|6/2⟧ 1115 MRS. ⟦N|WILHELMINA PRYOR⟧ CXL ⟦D|6/5⟧ - HUSBAND ⟦N|CLIFFORD⟧ IN HOSPITAL AT ⟦H|PENROSE HOSPITAL⟧. WILL CALL BACK.
⟦D|6/2⟧ 1420 WAITLIST ADD: ⟦N|DANG, KIMBERLY⟧ (MOTHER ⟦N|VY⟧ ⟦P|719-555-0190⟧) FOR T&A CONSULT, ⟦O|FORT CARSON⟧ DEPENDENT.
- ⟦N|RJ⟧
⟦D|6/2⟧ 1530 ⟦N|GALLEGOS⟧ ⟦E|ISIDRO.G@COMCAST.EXAMPLE⟧ REQ PORTAL INVITE.
`);

note("flowsheet-comments-caps", `
FLOWSHEET COMMENTS - 5 WEST ORTHO   ⟦H|SPECTRUM HEALTH BUTTERWORTH HOSPITAL⟧   PT ⟦N|KLOOSTERMAN, ARIE⟧   MRN ⟦M|SH-55018827⟧
⟦D|06/02⟧ 0800 PAIN 6/10 R HIP, OXY 5 GIVEN. ⟦N|ADJOA⟧ RN
⟦D|06/02⟧ 1000 PT/OT ⟦N|BRECKE⟧ AMBULATED 40 FT W/ WALKER.
⟦D|06/02⟧ 1230 VISITOR: WIFE ⟦N|JANNIE⟧ + PASTOR ⟦N|VER MEULEN⟧ FROM ⟦O|FIFTH REFORMED CHURCH⟧.
⟦D|06/02⟧ 1600 BED ALARM ON. SITTER ⟦N|DAQUAN⟧ AT BEDSIDE. SCD PUMP SN ⟦DEV|KJ7741092⟧.
⟦D|06/02⟧ 1900 HANDOFF TO ⟦N|NOOR⟧, RN. DAUGHTER ⟦N|LIESBETH KLOOSTERMAN-DEYOUNG⟧ ⟦P|616-555-0149⟧ REQUESTS UPDATE AFTER 2000.
⟦D|06/02/2099⟧ 2300 SON ⟦N|PIETER⟧ CALLED FROM ⟦C|HOLLAND⟧ ⟦P|616-555-0111⟧. DOB ⟦D|10/10/1938⟧. ⟦N|NOOR⟧
`);

note("transfer-center-caps", `
TRANSFER CENTER CALL RECORD  #⟦I|TC-2099-06-0219⟧   ⟦H|OU HEALTH UNIVERSITY OF OKLAHOMA MEDICAL CENTER⟧
RECEIVED ⟦D|06/02/2099⟧ 1648 FROM ⟦H|JACKSON COUNTY MEMORIAL HOSPITAL⟧ (⟦C|ALTUS⟧), DR ⟦N|BEAUREGARD FONTAINE⟧ ⟦P|580-555-0114⟧
PT ⟦N|HORSECHIEF, DARNELL⟧  DOB ⟦D|01-07-1991⟧  SAH ON CT, GCS 14. REQUESTS NEUROSURGERY.
ACCEPTING: DR ⟦N|VIKRAM CHAUDHARY⟧ (NSGY). BED NSICU 8. TRANSPORT ⟦O|MEDIFLIGHT OKLAHOMA⟧ ETA 1815.
INSURANCE SOONERCARE ⟦HP|SC100448120⟧. EMPLOYER ⟦O|ALTUS AIR FORCE BASE⟧ (CIVILIAN). NOK MOTHER ⟦N|GLORIA HORSECHIEF⟧ ⟦P|580-555-0186⟧.
RN COORDINATOR ⟦N|SHAWNA REDBIRD⟧ ⟦P|405-555-0100⟧ EXT ⟦P|3312⟧.
CT IMAGES PUSHED VIA ⟦U|HTTPS://PACS.JCMH.EXAMPLE/SHARE/4471⟧ FROM ⟦IP|172.20.8.44⟧. SENDING RN ⟦N|KARLA FINKBEINER⟧ ⟦P|580-555-0167⟧.
`);

// ======================================================== lower case (12) ========================================================

note("portal-msg-from-patient-lower", `
portal message · from: ⟦N|darnell okonjo⟧ · to: dr. ⟦N|priya raman⟧'s care team · sent ⟦D|6/2/2099⟧ 6:41 am
subject: refill + work note
hi dr ⟦N|raman⟧, i ran out of my lisinopril yesterday. can you send it to the ⟦O|kroger pharmacy⟧ on ⟦S|brice rd⟧ in ⟦C|reynoldsburg⟧ instead of ⟦O|express scripts⟧? the mail order is late again.
also my supervisor ⟦N|gary⟧ at ⟦O|amazon⟧ cmh4 wants a note for the days i missed (⟦D|5/28⟧ to ⟦D|5/30⟧). fax is ⟦F|614-555-0193⟧ attn ⟦N|gary pressley⟧.
my wife ⟦N|ifeoma⟧ says hi. thanks, ⟦N|darnell⟧ (dob ⟦D|8/14/1972⟧, mrn ⟦M|ohc-4471820⟧) · reply to ⟦E|dokonjo72@mail.example⟧
ps my address changed to ⟦S|6632 e main st⟧, ⟦C|reynoldsburg⟧ ⟦Z|43068⟧. new insurance ⟦O|medical mutual⟧ ⟦HP|mmo4471820⟧ through ⟦O|amazon⟧ starting ⟦D|7/1⟧.
`);

note("ai-prompt-family-summary-lower", `
summarize this for the family in plain english, 6th grade level, no jargon: pt ⟦N|rosalind achterberg⟧ ⟦A|91⟧f admitted ⟦D|5/30⟧ to ⟦H|froedtert hospital⟧ with pna + delirium. on ceftriaxone, delirium better. daughter ⟦N|beth⟧ and son-in-law ⟦N|mark wetzel⟧ asking if she can go back to ⟦H|saint john's on the lake⟧ (independent living) or needs rehab. pt/ot recommend snf. sw ⟦N|lateesha⟧ sent referrals. plan dc ⟦D|june 4th⟧ if o2 off. address it to ⟦N|beth⟧ and sign it from dr. ⟦N|hiroshi tanabe⟧ and the 8 west team.
mention her granddaughter ⟦N|kaylee wetzel⟧ is a nurse at ⟦H|aurora st. luke's⟧ and can help. pt dob ⟦D|2/2/2008⟧, mrn ⟦M|fh-7730218⟧. unit phone ⟦P|414-555-0160⟧.
`);

note("ai-prompt-letter-lower", `
draft a letter to dr ⟦N|fitzgerald-nwosu⟧ at ⟦O|capital cardiology associates⟧ (⟦S|4 palisades dr⟧, ⟦C|albany⟧ ⟦STATE|ny⟧ ⟦Z|12205⟧) about our mutual pt ⟦N|thaddeus kowalczyk⟧, dob ⟦D|1/22/1949⟧. saw him ⟦D|may 31⟧ for near-syncope, zio patch placed (sn ⟦DEV|zx22-0418871⟧), results to follow. please ask her to see him within 2 wks, he prefers mornings, his wife ⟦N|dorota⟧ drives (⟦P|518 555 0176⟧). cc his pcp ⟦N|lena ostrowski⟧, np. sign as ⟦N|abdul-rahman qasim⟧, md, ⟦H|albany med⟧ neurology. keep it under 200 words.
his mrn is ⟦M|amc-44102877⟧ and his daughter ⟦N|agnieszka⟧ (⟦E|aggie.k@mail.example⟧) wants a copy. echo ⟦D|5/31/99⟧ ef 55%. holter from ⟦O|irhythm⟧ ref ⟦I|irt-99-0531-7712⟧.
`);

note("secure-chat-lower", `
[secure chat · 4 south · ⟦D|6/2/99⟧]
⟦N|kaylee hartman⟧ rn 14:02: hey is anyone covering ⟦N|mcallister⟧ in 12? daughter ⟦N|shannon⟧ on the phone asking about dc
dr. ⟦N|j. oyelaran⟧ 14:04: me. tell her i'll call after rounds. what's her #
⟦N|kaylee hartman⟧ rn 14:05: ⟦P|(615) 555-0187⟧, she's in ⟦C|murfreesboro⟧ so can come by 4
dr. ⟦N|j. oyelaran⟧ 14:06: ok. also mr. ⟦N|boateng⟧ in 9 needs his ⟦O|metro nashville public schools⟧ form signed, he's a bus driver there
⟦N|ibrahim⟧ (charge) 14:11: ⟦N|kaylee⟧ take 15 too, ⟦N|rosa⟧ went home sick
dr. ⟦N|j. oyelaran⟧ 14:20: fyi ⟦N|mcallister⟧ dob ⟦D|4/4/1944⟧, going to ⟦H|nhc healthcare murfreesboro⟧ for rehab. sw ⟦N|dionne⟧ has the fax ⟦F|615-555-0108⟧
`);

note("telephone-encounter-lower", `
tel enc ⟦D|6-2-99⟧ · caller ⟦N|marguerite lemaire⟧ (self) · ⟦P|337 555 0119⟧ · pcp dr. ⟦N|thibodeaux⟧
pt states bs running 250-300 since starting prednisone from urgent care (⟦O|ochsner urgent care⟧ ⟦C|lafayette⟧, ⟦D|5/29⟧). on metformin 1000 bid, no insulin. no n/v, drinking water.
per dr. ⟦N|thibodeaux⟧: check bs qid, call if >350, appt ⟦DAY|thurs⟧. ⟦N|marguerite⟧ agreeable. her son ⟦N|andré⟧ will bring her, he works at ⟦O|lhc group⟧ so can leave early.
⟦N|ashlyn broussard⟧, lpn · cb'd ⟦D|6/2/2099⟧ 3:15 pm
pt lives ⟦S|412 rue de belier⟧, ⟦C|lafayette⟧ ⟦Z|70506⟧. dob ⟦D|3/15/1957⟧. ins ⟦O|humana⟧ ⟦HP|h44718203⟧. rx to ⟦O|walgreens⟧ on ⟦S|johnston st⟧.
`);

note("refill-request-lower", `
rx refill request (pt portal) · ⟦D|06/02/2099⟧
pt: ⟦N|siobhan ní bhraonáin⟧ · dob ⟦D|07/07/1983⟧ · mrn ⟦M|mgh8812044⟧
med: levothyroxine 88 mcg · pharmacy: ⟦O|cvs⟧ #4471, ⟦S|1 porter sq⟧, ⟦C|cambridge⟧ ⟦P|617-555-0135⟧
last tsh ⟦D|1/14/2099⟧ 2.1. last visit ⟦D|12/2098⟧ with dr. ⟦N|abimbola adeyemi⟧.
routed to ⟦N|adeyemi⟧ pool by ⟦N|jt⟧. approved x90 w/ 1 rf, labs due before next fill. sent 11:20 via surescripts msg ⟦I|ss-9920417⟧.
pt's partner ⟦N|ciarán⟧ called too ⟦P|617-555-0188⟧. plan ⟦O|harvard pilgrim⟧ ⟦HP|hp7720184⟧. endo dr. ⟦N|okonkwo⟧ at ⟦H|mount auburn hospital⟧ to co-manage ⟦D|7/2099⟧.
`);

note("sw-brief-note-lower", `
sw brief note ⟦D|6/2⟧ — met w/ pt ⟦N|teodoro "teddy" villanueva⟧ (⟦A|90⟧) and niece ⟦N|marisol⟧ at bedside, rm 522.
pt lives alone in a trailer at ⟦S|88 mesquite ln⟧ lot 14, ⟦C|socorro⟧ ⟦STATE|nm⟧ ⟦Z|87801⟧. no running water since ⟦D|april⟧. retired from ⟦O|new mexico tech⟧ grounds crew.
income ss only. referred to ⟦O|socorro county senior services⟧ (⟦N|yolanda baca⟧ ⟦P|575-555-0147⟧) for meals and ⟦O|presbyterian⟧ centennial care coordinator ⟦N|kyle naranjo⟧ (member ⟦HP|pc-880219044⟧).
apa report not indicated. niece's cell ⟦P|575-555-0188⟧, email ⟦E|marisol.v@nmmail.example⟧. ⟦N|h. begay⟧, lmsw
pt's son ⟦N|rudy villanueva⟧ in ⟦C|albuquerque⟧ ⟦P|505-555-0131⟧ not involved. dob ⟦D|5/1/2009⟧.
`);

note("nursing-handoff-lower", `
night->day handoff, ⟦D|6/2⟧ 0700, from ⟦N|ola⟧ to ⟦N|brigid⟧
rm 3 ⟦N|zimmerman⟧ — cabg pod1, ct out 80 cc/shift, a-line out. wife ⟦N|corinne⟧ staying at ⟦O|hope lodge⟧, call her ⟦P|412-555-0170⟧ after 8.
rm 5 ⟦N|abdi-warsame, hodan⟧ — dka resolved, off drip 0400, somali interp ⟦N|farah⟧ (vendor ⟦O|cyracom⟧ id ⟦I|77120⟧). brother ⟦N|abdirahman⟧ is the contact.
rm 6 mrs. ⟦N|o'rourke-pastore⟧, ⟦A|96⟧ — comfort care, son ⟦N|vincent⟧ flying in from ⟦C|scottsdale⟧ tonight. chaplain fr. ⟦N|dominic⟧ visited.
rm 8 ⟦N|lee, min-jun⟧ — ok, dc today to ⟦H|allegheny general⟧ rehab? case mgr ⟦N|terri⟧ knows.
rm 9 ⟦N|haskins, loretta⟧ ⟦A|91⟧ — fall risk, daughter ⟦N|pam⟧ ⟦P|412-555-0117⟧. dr. ⟦N|ferraro⟧ to see re: cough. mrn ⟦M|ahn-0071882⟧.
`);

note("scheduling-note-lower", `
sched note ⟦D|06.02.2099⟧ — pt ⟦N|giuseppina "josie" de luca⟧ called to book annual w/ dr ⟦N|van der merwe⟧. earliest is ⟦D|july 9⟧, pt took it.
needs ride, uses ⟦O|modivcare⟧ (trip ⟦I|mc-44718209⟧), pickup ⟦S|210 e 3rd st⟧ apt 4b ⟦C|bethlehem⟧ ⟦Z|18015⟧.
insurance changed to ⟦O|aetna better health of pennsylvania⟧ id ⟦HP|abh0044182019⟧, updated in chart. also asked to add her grandson ⟦N|nico⟧ as proxy; gave form.
— ⟦N|shay⟧ @ front desk
her old address was ⟦S|19 w market st⟧, ⟦C|allentown⟧. dob ⟦D|11/25/1942⟧. pcp ⟦N|van der merwe⟧'s nurse ⟦N|brenda⟧ ⟦P|610-555-0149⟧.
`);

note("ai-prompt-prior-auth-lower", `
write a prior auth appeal for ozempic for my pt ⟦N|cheyenne lightfoot-brandt⟧ dob ⟦D|3/3/1990⟧, ⟦O|bcbs of kansas⟧ member ⟦HP|zkf448102266⟧, denial ref ⟦I|pa-99-0527-4471⟧ dated ⟦D|may 27, 2099⟧. a1c 8.9 on metformin + glipizide, bmi 41, failed trulicity (gi). she works nights at ⟦O|stormont vail⟧ so weekly dosing matters. from ⟦N|keshia ambrose⟧, fnp-c, ⟦O|cotton o'neil diabetes & endocrinology⟧, ⟦C|topeka⟧, npi ⟦I|1548839201⟧, fax ⟦F|785-555-0139⟧.
her mrn ⟦M|sv-2088104⟧, last a1c ⟦D|5/15/99⟧, trulicity stopped ⟦D|jan 2099⟧. cc her pcp dr ⟦N|oluwaseun hartwell⟧ at ⟦O|grace med⟧ ⟦C|wichita⟧.
`);

note("pager-messages-lower", `
pages to ob resident ⟦D|6/2/99⟧:
22:10 l&d 2: ⟦N|abernathy-cole⟧ g2p1 38wk, cat 2 tracing, pls come — ⟦N|jess⟧ rn x⟦P|4417⟧
22:48 triage: ⟦N|nguyen⟧ (⟦N|thuy⟧) 31 wk bleeding, from ⟦H|holy cross germantown⟧ via ems
23:15 nicu dr. ⟦N|osei-bonsu⟧ ⟦P|301-555-0161⟧ re baby girl ⟦N|abernathy-cole⟧
00:02 pharm: mag level on rm 6 ⟦N|kimberly tran-rudd⟧ 7.9, call back ⟦P|5-2210⟧
00:40 l&d 2: ⟦N|abernathy-cole⟧ husband ⟦N|marcus⟧ asking for update ⟦P|301-555-0190⟧, pt dob ⟦D|7/7/2071⟧ — ⟦N|jess⟧
01:15 dr. ⟦N|feinstein-obi⟧ (attending) aware, coming in — ⟦N|kt⟧
`);

note("portal-msg-from-daughter-lower", `
re: my mom ⟦N|ingrid solberg⟧ (dob ⟦D|2-11-1931⟧)
hello, this is her daughter ⟦N|karin solberg-hayes⟧, i am her proxy on mychart (username ⟦UN|ksolberghayes⟧). mom fell at ⟦H|ebenezer ridgepoint⟧ on ⟦DAY|sunday⟧ the ⟦D|31st⟧ and they sent her to ⟦H|fairview southdale⟧, nobody called me until ⟦DAY|monday⟧.
she is ⟦A|98⟧ and her dnr is on file with dr ⟦N|haugen⟧. can someone tell me if the xray showed a fracture? i am at work at ⟦O|target corporation⟧ hq until 5, cell ⟦P|952-555-0114⟧. thank you, ⟦N|karin⟧
my brother ⟦N|lars⟧ lives in ⟦C|duluth⟧ and can come ⟦D|june 6⟧. her address is ⟦S|3400 w 66th st⟧ apt 212, ⟦C|edina⟧ ⟦Z|55435⟧.
`);

// ======================================================== mixed case (23) ========================================================

note("portal-reply-clinician", `
Re: knee still swollen — reply from ⟦N|Marguerite Oduya⟧, PA-C · ⟦D|Jun 2, 2099⟧ 4:52 PM
Hi ⟦N|Tomás⟧, thanks for the photo. The swelling you describe two weeks after the scope is common. Keep icing and use the compression sleeve. I'd like Dr. ⟦N|Lindqvist⟧ to take a look — I've asked ⟦N|Bree⟧ at the front desk to put you on his ⟦DAY|Thursday⟧ clinic (⟦D|6/5⟧) at our ⟦S|1600 Riverside Dr⟧ office. If you get a fever over 101 or redness spreading up the thigh, go to the ED at ⟦H|Providence St. Vincent⟧.
Your work note for ⟦O|Daimler Truck North America⟧ is attached (off until ⟦D|June 12⟧).
— ⟦N|Marguerite⟧, ⟦O|Summit Sports Medicine⟧ · ⟦P|503-555-0126⟧
P.S. Your MRI from ⟦D|5/18/2099⟧ (⟦O|Rose City Imaging⟧, accession ⟦I|RCI-99-0518-442⟧) is in the portal. Chart ⟦M|SSM-2207714⟧.
`);

note("telephone-encounter-mixed", `
Phone note — ⟦O|Lakeshore Family Physicians⟧ — ⟦D|2099-06-02⟧ 09:14
Caller: ⟦N|Deshawn Pettway⟧, grandson (on DPOA form), re: ⟦N|Pettway, Odessa B.⟧ · DOB ⟦D|10/30/1927⟧ · MRN ⟦M|LFP-003318⟧
Concern: grandmother ⟦A|101⟧ years old, more confused x2 days, urine dark and smells. Lives at ⟦H|Heritage Oaks Assisted Living⟧, ⟦C|Muskegon⟧; aide ⟦N|Francine⟧ noticed.
Advice per Dr. ⟦N|Anneliese Brouwer⟧: UA/UCx from facility today; order faxed to ⟦H|Heritage Oaks⟧ ⟦F|231-555-0110⟧. ED if febrile or not drinking.
Grandson cell ⟦P|231-555-0172⟧; alt ⟦E|dpettway@lakeshore.example⟧. Documented by ⟦N|Kelsey Vandenberg⟧, RN.
Facility nurse ⟦N|Jolanda Kuipers⟧, LPN ⟦P|231-555-0188⟧ ext ⟦P|14⟧ confirmed. Hospice ⟦O|Harbor Hospice⟧ consulted ⟦D|2098⟧.
`);

note("nurse-triage-mixed", `
Nurse Triage · Adult · ⟦D|6/2/2099⟧ 13:40 · ⟦O|Kaiser Permanente Northwest⟧ advice line · call ⟦I|KPNW-2099-0602-7718⟧
Pt ⟦N|Yevgenia Sokolova-Reed⟧, 38, MRN ⟦M|KP11048823⟧, calling from work (⟦O|Intel⟧ ⟦C|Hillsboro⟧), cb ⟦P|971-555-0154⟧.
Sx: dysuria, frequency x1 day, no fever, no flank pain, not pregnant (LMP ⟦D|5/20⟧). Protocol: Urinary Symptoms (Female).
Dispo: e-visit with nitrofurantoin per standing order; pharmacy ⟦O|Fred Meyer Pharmacy⟧ ⟦S|Cornell Rd⟧.
Triage RN: ⟦N|Abdiel Morales⟧, RN · cosign ⟦N|Hannah Brightwater⟧, MD
DOB ⟦D|1/9/2061⟧ · address ⟦S|2135 NE Orenco Station Pkwy⟧, ⟦C|Hillsboro⟧ ⟦Z|97124⟧ · partner ⟦N|Dmitri⟧ ⟦P|971-555-0109⟧.
`);

note("rx-refill-message", `
Rx renewal — ⟦D|06/02/99⟧ · ⟦N|Fitzwilliam, Clementine⟧ (⟦A|93⟧F) · MRN ⟦M|5571802⟧
Requested by ⟦O|Optum Rx⟧ mail order (ref ⟦I|OPX-44810227⟧) for donepezil 10 mg #90.
Pt's caregiver Mr. ⟦N|Osgood⟧ (neighbor) called to confirm new address: ⟦S|17 Birchwood Terrace⟧, ⟦C|Keene⟧, ⟦STATE|NH⟧ ⟦Z|03431⟧.
Approved by ⟦N|Graham Achebe⟧, MD. Sent ⟦DAY|Tue⟧ ⟦D|6/2⟧. Note by ⟦N|LMS⟧.
Daughter ⟦N|Philippa Fitzwilliam-Roe⟧ lives in ⟦C|Brattleboro⟧ ⟦P|802-555-0134⟧. DOB ⟦D|3/30/2006⟧. Neurologist Dr. ⟦N|Ekwueme⟧ at ⟦H|Cheshire Medical Center⟧.
`);

note("fax-cover-mixed", `
FAX — ⟦O|Riverbend Behavioral Health⟧ · ⟦S|300 Tenth Ave S, Suite 410⟧ · ⟦C|Great Falls⟧, ⟦STATE|MT⟧ ⟦Z|59405⟧
To: Medical Records, ⟦H|Benefis Health System⟧ · Fax ⟦F|(406) 555-0133⟧
From: ⟦N|Rosalyn Chee⟧, intake · Phone ⟦P|(406) 555-0150⟧ ext. ⟦P|221⟧ · Fax ⟦F|(406) 555-0151⟧
Date: ⟦D|June 2nd, 2099⟧ · Pages: 3
Re: request for records — ⟦N|Wolfgang Ibsen-Meyers⟧, DOB ⟦D|5/5/1966⟧, admitted ⟦D|4/12/2099⟧–⟦D|4/19/2099⟧. Signed release attached (valid to ⟦D|12/2/2099⟧).
Please send discharge summary and med list to Dr. ⟦N|Sunniva Haugland⟧, psychiatrist. Thank you!
Patient phone ⟦P|406-555-0173⟧, ⟦S|1215 4th Ave N⟧, ⟦C|Great Falls⟧. Case ⟦I|RBH-99-1182⟧. Sent by ⟦N|RC⟧.
`);

note("referral-letter-short", `
Dear Dr. ⟦N|Mbeki-Thornton⟧,
Thank you for seeing ⟦N|Aurelio Benedetti⟧ (DOB ⟦D|02/14/1952⟧), a retired ⟦PROF|machinist⟧ from ⟦O|Pratt & Whitney⟧, for his new hematuria. UA ⟦D|5/28⟧ 25 RBC/hpf; CT urogram scheduled ⟦D|6/8⟧ at ⟦H|Hartford Hospital⟧. Creatinine 1.1. He takes apixaban for AF. His wife ⟦N|Lucia⟧ (⟦P|860-555-0118⟧) helps with scheduling; he is hard of hearing.
Sincerely, ⟦N|Priscilla Adewale-Strand⟧, MD · ⟦O|ProHealth Physicians⟧ ⟦C|Glastonbury⟧ · ⟦D|6/2/2099⟧ · cc: ⟦O|Hartford HealthCare⟧ urology
MRN ⟦M|PHP-0044817⟧ · phone ⟦P|860-555-0120⟧ · fax ⟦F|860-555-0121⟧ · ⟦S|31 Sycamore St⟧, ⟦C|Glastonbury⟧ ⟦Z|06033⟧ · NPI ⟦I|1457390281⟧
`);

note("lab-req-mixed", `
Lab order · ⟦O|Quest Diagnostics⟧ · acct ⟦I|97440218⟧ · ⟦D|06/02/2099⟧
Patient: ⟦N|Saoirse McGillicuddy⟧ · F · ⟦D|1998-09-09⟧ · ⟦P|857-555-0103⟧ · ⟦S|55 Beacon St #3⟧, ⟦C|Somerville⟧ ⟦Z|02143⟧
Tests: hCG quant, CBC, type & screen. ICD O20.9. Collect today STAT.
Ordering: ⟦N|Temperance Oyelowo-Hart⟧, CNM · ⟦O|Cambridge Health Alliance⟧ OB · NPI ⟦I|1396207441⟧
Insurance: ⟦O|Tufts Health Together⟧ ⟦HP|TH4471820019⟧ · requisition ⟦I|QR-7783104⟧
Partner ⟦N|Rory Flanagan⟧ ⟦P|857-555-0190⟧ · LMP ⟦D|4/21/2099⟧ · MRN ⟦M|CHA-5521094⟧ · results to ⟦E|tohart@challiance.example⟧
`);

note("imaging-req-mixed", `
Imaging request — US renal · Priority routine · ⟦D|2 June 2099⟧
Pt ⟦N|Ahanu Silverhorn⟧ · 67 · MRN ⟦M|CHS-0990218⟧ · ⟦H|Cherokee Indian Hospital⟧
Hx: CKD 3a, creat 1.6 (⟦D|5/30⟧), new microalbuminuria. Eval size/obstruction. Prior US ⟦D|Mar 2097⟧ at ⟦H|Harris Regional⟧.
Requested by ⟦N|Willow Sequoyah⟧, FNP; read by ⟦O|Mission Radiology⟧. Call ⟦P|828-555-0166⟧ with critical results.
Pt cell ⟦P|828-555-0151⟧ · ⟦S|87 Wolfetown Rd⟧, ⟦C|Cherokee⟧ · DOB ⟦D|02/02/2032⟧ · wife ⟦N|Dinah Silverhorn⟧ · ⟦O|EBCI Tribal Option⟧ ⟦HP|EBCI-770218⟧.
`);

note("sbar-mixed", `
SBAR to on-call (phone) · ⟦D|6/2/99⟧ 23:10 · from ⟦N|Tegan Ashworth⟧, RN, 3 Med, ⟦H|Maine Medical Center⟧
S: Mr. ⟦N|Phineas Gallagher⟧ (⟦A|95⟧), rm 318, new chest pain 6/10, pressure, started 22:50.
B: admitted ⟦D|5/31⟧ for CHF exacerbation; hx CAD s/p CABG ⟦D|2081⟧; on Lasix 40 IV bid. Code status DNR/DNI per son ⟦N|Brendan⟧.
A: BP 148/82, HR 96, SpO2 93% 2L. ECG done — ST depression V4-V6 (new vs ⟦D|5/31⟧). Trop sent.
R: Dr. ⟦N|Okwuosa⟧ (on-call hospitalist, pager ⟦P|207-555-0121⟧) to bedside; NTG SL x1 given. Son ⟦N|Brendan Gallagher⟧ ⟦P|207-555-0142⟧ updated.
MRN ⟦M|MMC-2281047⟧ · DOB ⟦D|11/11/2003⟧ · home ⟦H|Cedars Village⟧, ⟦C|Portland⟧ · PCP Dr. ⟦N|Abigail Thornquist⟧.
`);

note("ed-triage-mixed", `
ED triage · ⟦H|Hennepin County Medical Center⟧ · ⟦D|06/02/2099⟧ 02:14 · ESI 2
⟦N|Abdiwali Nur Hersi⟧, 24M, brought by ⟦O|Hennepin EMS⟧ from ⟦LO|Cedar-Riverside⟧ after assault, head lac + LOC. GCS 14. C-collar. ETOH +.
Friend ⟦N|Guled⟧ with pt, cell ⟦P|612-555-0196⟧. Pt is a student at ⟦O|Minneapolis College⟧. ⟦O|Minneapolis Police Department⟧ case ⟦I|MP-99-118840⟧, Ofc. ⟦N|Lindahl⟧ #⟦I|4471⟧.
Triage RN ⟦N|Solveig Bakke⟧ · tracking bed Trauma 3 · ID band ⟦I|HC7749022⟧
Mother ⟦N|Faadumo Ahmed⟧ ⟦P|612-555-0157⟧ on the way. DOB ⟦D|2/18/2075⟧. Address ⟦S|1600 S 6th St⟧, ⟦C|Minneapolis⟧ ⟦Z|55454⟧.
`);

note("case-management-mixed", `
CM progress · ⟦D|6/2/2099⟧ · ⟦N|Haruto Fujimori-Blake⟧ · ⟦H|Virginia Mason Medical Center⟧ · LOS 6
Dispo: home with home health + IV abx (ertapenem through ⟦D|6/16⟧). Home infusion ⟦O|Option Care Health⟧ accepted (intake ⟦N|Rachelle⟧, ⟦P|425-555-0139⟧); HH ⟦O|Kindred at Home⟧ SOC ⟦D|6/4⟧.
PICC placed ⟦D|6/1⟧ by ⟦N|Lorne Abernathy⟧, RN (VAT). Ins ⟦O|Premera Blue Cross⟧ ⟦HP|PBC100447182⟧, auth ⟦I|PRM-HI-0602-881⟧.
Wife ⟦N|Naomi⟧ trained on pump; lives ⟦S|4410 Rainier Ave S⟧, ⟦C|Seattle⟧ ⟦Z|98118⟧. Follow-up ID clinic Dr. ⟦N|Oyelaran⟧ ⟦D|6/15⟧.
— ⟦N|Bettina Crowfeather⟧, RN CM · x⟦P|6-4412⟧
DOB ⟦D|10/21/2040⟧ · MRN ⟦M|VM-30388120⟧ · emp ⟦O|Boeing⟧ (retired) · PCP Dr. ⟦N|Sato⟧
`);

note("social-work-brief", `
SW note (brief) — ⟦D|Jun 2⟧ — Pt ⟦N|Keanu Alapa'i⟧, 19, ⟦H|Queen's Medical Center West Oahu⟧.
Pt is a student at ⟦O|Leeward Community College⟧ and works part-time at ⟦O|Foodland⟧. Lives with aunt ⟦N|Malia Kealoha⟧ in ⟦C|Waipahu⟧ (⟦P|808-555-0184⟧).
Screened +food insecurity. Referred to ⟦O|Hawaii Foodbank⟧ and ⟦O|Catholic Charities Hawaii⟧ (worker ⟦N|Noelani⟧). Bus pass via ⟦O|TheBus⟧ HOLO card ⟦I|HOLO-4471882⟧.
No safety concerns. ⟦N|Dana Kahananui⟧, MSW, LSW
MRN ⟦M|QMC-7718240⟧ · DOB ⟦D|12/1/2079⟧ · QUEST plan ⟦O|AlohaCare⟧ ⟦HP|AC448102773⟧ · mom ⟦N|Leilani Alapa'i⟧ in ⟦C|Hilo⟧.
`);

note("secure-chat-mixed", `
Secure Chat — Tele 5 · ⟦D|Jun 02 2099⟧
[07:42] ⟦N|Rivka Abramson⟧, MD: Who has ⟦N|Bellweather⟧? Potassium 2.9.
[07:43] ⟦N|Jaime Ortiz-Blanco⟧, RN: Me. Replacing per protocol. Also daughter ⟦N|Tamsin⟧ wants a call — ⟦P|(802) 555-0193⟧.
[07:45] ⟦N|Rivka Abramson⟧, MD: Will call after rounds. Is the ⟦H|UVM Medical Center⟧ cardiology consult back?
[07:51] ⟦N|Jaime Ortiz-Blanco⟧, RN: Yes, Dr. ⟦N|Kessler-Ng⟧ saw him at 0630. Recs in chart.
[07:52] ⟦N|Ptolemy Grant⟧, PharmD: FYI ⟦N|Bellweather⟧ is ⟦A|103⟧, renal dose the enox.
[07:58] ⟦N|Rivka Abramson⟧, MD: Thx. ⟦N|Tamsin Bellweather⟧ called me back, she's in ⟦C|Essex Junction⟧. MRN ⟦M|UVM-00447182⟧.
`);

note("ai-prompt-summarize", `
Summarize this for the family (his wife ⟦N|Gloria⟧ and son ⟦N|Deon⟧), warm tone, short: ⟦N|Reginald Mayfield⟧, 74, admitted ⟦D|May 29th⟧ to ⟦H|Emory Decatur Hospital⟧ after a stroke at his job at ⟦O|Delta TechOps⟧. tPA given, improving, R arm weak. Next steps: inpatient rehab at ⟦H|Shepherd Center⟧ if ⟦O|Aetna⟧ approves (case ⟦I|AET-99-60218⟧), decision by ⟦D|6/4⟧. Neurology: Dr. ⟦N|Farzana Chowdhury⟧. Add that ⟦N|Deon⟧ can reach the unit at ⟦P|404-555-0136⟧.
His DOB is ⟦D|1/5/2025⟧, MRN ⟦M|EDH-448120⟧. Mention chaplain Rev. ⟦N|Odom⟧ from ⟦O|Ebenezer Baptist Church⟧ visited.
`);

note("ai-prompt-draft-letter", `
Draft a short letter to ⟦O|Lincoln Public Schools⟧ (attn: nurse Mrs. ⟦N|Haverkamp⟧, ⟦O|Lincoln East High School⟧) explaining that ⟦N|Bao-Tran "Bea" Vu⟧ (DOB ⟦D|4/4/2083⟧) has type 1 diabetes diagnosed ⟦D|March 2099⟧, uses a Dexcom G7 and an Omnipod 5, and may need snacks and glucose checks in class. Parent: ⟦N|Thanh Vu⟧, ⟦E|thanh.vu@homemail.example⟧. Sign it from ⟦N|Ingeborg Lindqvist⟧, MD, ⟦O|Children's Nebraska⟧ Endocrinology, ⟦P|402-555-0108⟧.
Her address: ⟦S|8020 Pioneers Blvd⟧, ⟦C|Lincoln⟧ ⟦Z|68506⟧. MRN ⟦M|CN-2210448⟧. Endo NP ⟦N|Kamala Roy⟧ will follow ⟦D|9/2099⟧.
`);

note("scheduling-mixed", `
Scheduling comments — ⟦O|Piedmont Neurosurgery⟧ · pt ⟦N|Henrietta Abercrombie-Ojo⟧ · acct ⟦I|PN-0044718⟧
⟦D|6/2⟧ 8:05a Pt called, cannot make ⟦D|6/9⟧ post-op (son ⟦N|Tunde⟧'s graduation at ⟦O|Georgia Tech⟧). Moved to ⟦D|6/11/99⟧ 2:30p with ⟦N|Colby Raines⟧, PA.
⟦D|6/2⟧ 8:20a Sent MRI order to ⟦O|Atlanta Outpatient Imaging⟧ ⟦S|5555 Peachtree Dunwoody Rd⟧ — they'll call pt at ⟦P|678-555-0127⟧.
⟦D|6/2⟧ 11:47a ⟦O|Anthem⟧ precert ⟦I|ANT-0602-44718⟧ pending; rep ⟦N|Marquita⟧ ref ⟦I|CALL-99060211⟧.
— ⟦N|Vashti Okoro⟧ (scheduler)
⟦D|6/2⟧ 3:15p Pt's daughter ⟦N|Folake⟧ confirmed ⟦E|folake.ojo@mail.example⟧ for reminders. DOB ⟦D|7/19/1947⟧.
`);

note("flowsheet-comments-mixed", `
Flowsheet comments · NICU pod B · Baby ⟦N|Wieczorek⟧ (twin A) · MRN ⟦M|NICU-8841207⟧ · DOL 12
⟦D|06/02⟧ 0300 — mom ⟦N|Agata⟧ called, update given re feeds (24 kcal EBM). ⟦N|DW⟧
⟦D|06/02⟧ 0800 — isolette SN ⟦DEV|GE-GIR-1129947⟧ alarm checked. Kangaroo care with dad ⟦N|Tomasz⟧ 1 h.
⟦D|06/02⟧ 1100 — lactation ⟦N|Beatriz Amaral⟧, IBCLC, saw mom. Donor milk lot ⟦I|MMBNT-2209-114⟧ from ⟦O|Mothers' Milk Bank of North Texas⟧.
⟦D|06/02⟧ 1500 — twin B (⟦N|Wieczorek⟧, MRN ⟦M|NICU-8841208⟧) back from echo. Parents' cell ⟦P|817-555-0130⟧.
⟦D|06/02⟧ 1900 — handoff to ⟦N|Marisela Quintanilla⟧, RN. ⟦N|MQ⟧. Parents' home ⟦S|4101 Hemphill St⟧, ⟦C|Fort Worth⟧ ⟦Z|76115⟧.
`);

note("school-clearance-request", `
Portal message from ⟦N|Lakshmi Narayanan⟧ (mom of ⟦N|Advik⟧, DOB ⟦D|08/21/2089⟧) · ⟦D|6/2/2099⟧ 8:03 PM
Dr. ⟦N|Chen-Abernethy⟧, ⟦N|Advik⟧ needs his sports physical form signed for cross country at ⟦O|Plano West Senior High⟧ before ⟦D|June 15⟧. The coach, Mr. ⟦N|Delgado⟧, says the form must have the clinic NPI. Also his camp (⟦O|Camp Kanakuk⟧, ⟦C|Branson⟧) needs immunization records — can you email them to ⟦E|lakshmi.n@family.example⟧? Our new insurance is ⟦O|UnitedHealthcare⟧ ⟦HP|UHC9920447182⟧. Thank you!
P.S. Dad is ⟦N|Venkat Narayanan⟧, ⟦P|972-555-0118⟧; we live at ⟦S|6011 Legacy Dr⟧, ⟦C|Plano⟧ ⟦Z|75024⟧.
`);

note("home-health-call", `
Home health → office call · ⟦D|6/2/99⟧ · from ⟦N|Bronwyn Pugh⟧, RN, ⟦O|Amedisys Home Health⟧ ⟦C|Chattanooga⟧ (⟦P|423-555-0111⟧)
Pt ⟦N|Eulalia Whitfield⟧, ⟦A|92⟧, seen today at home (⟦S|2207 Dodds Ave⟧): weight up 4 lb since ⟦DAY|Friday⟧, 2+ edema, lungs clear, SpO2 95% RA. Taking torsemide 20 daily.
Request: order to increase torsemide? Spoke with Dr. ⟦N|Mahalingam⟧'s nurse ⟦N|Candace⟧ — ok 40 mg x3 days, BMP ⟦D|6/5⟧. Grand-niece ⟦N|Shaniqua Whitfield⟧ (⟦P|423-555-0175⟧) sets up pillbox.
DOB ⟦D|8/8/2006⟧ · MRN ⟦M|ERL-0044721⟧ · Amedisys agency ID ⟦I|AMD-4471⟧ · PCP group ⟦O|Erlanger Primary Care⟧.
`);

note("interpreter-encounter-brief", `
Interpreter services log · ⟦D|06/02/2099⟧ · ⟦H|Harborview Medical Center⟧
10:15–10:50 · Amharic · in person · interpreter ⟦N|Meseret Gebremariam⟧ (staff #⟦I|HMC-INT-214⟧) · pt ⟦N|Tsehay Wolde⟧ · MRN ⟦M|H4471802⟧ · Dr. ⟦N|Ravi Sankaran⟧ (nephrology) · consent for biopsy.
11:30–11:45 · Tigrinya · video (⟦O|Stratus Health⟧ ID ⟦I|SH-88120⟧) · pt ⟦N|Yonas Haile⟧ · with ⟦N|Kirsten Moe⟧, RN · discharge teaching.
13:05–13:20 · Vietnamese · phone · pt's wife ⟦N|Phương⟧ ⟦P|206-555-0162⟧ · for ⟦N|Trần Văn Lộc⟧ (⟦A|90⟧) · pharmacist ⟦N|Erin Takahashi⟧.
14:00–14:30 · Somali · phone · ⟦N|Ubah Warsame⟧ · for ⟦N|Hodan Ali⟧ (MRN ⟦M|H4471939⟧) · ⟦H|Harborview⟧ dental · Dr. ⟦N|Nakagawa⟧.
`);

note("pharmacy-pa-callback", `
Pharmacy call · ⟦D|6/2⟧ 4:10 PM · ⟦O|Rite Aid⟧ #5518 ⟦C|Harrisburg⟧ (tech ⟦N|Dominique⟧) ⟦P|717-555-0148⟧
Re: ⟦N|Cornelius van Heerden⟧ DOB ⟦D|9/19/1958⟧ — Eliquis 5 mg rejected, needs PA from ⟦O|Capital Blue Cross⟧ (BIN 610014, member ⟦HP|CBC448201773⟧).
PA started on CoverMyMeds key ⟦I|BXK7QH2M⟧ by ⟦N|Fallon Schrader⟧, CMA. 3-day supply given by pharmacist ⟦N|Oksana Melnyk⟧. Pt wife ⟦N|Elsabé⟧ aware.
Pt phone ⟦P|717-555-0121⟧ · ⟦S|225 Forster St⟧, ⟦C|Harrisburg⟧ ⟦Z|17102⟧ · MRN ⟦M|PSH-8820174⟧ · cardiology Dr. ⟦N|Abimbola Ige⟧.
`);

note("answering-service-message", `
After-hours message · ⟦O|AnswerNet⟧ for ⟦O|Tidewater Urology⟧ · msg #⟦I|AN-0602-2217⟧ · ⟦D|06/02/2099⟧ 21:17
Caller: Ms. ⟦N|Felicity Ashdown-Mbatha⟧ for her father ⟦N|Gerald Ashdown⟧ (pt of Dr. ⟦N|Roncalli⟧). Foley not draining since 7 pm, lower belly pain.
Callback ⟦P|757.555.0128⟧. Address ⟦S|811 Colley Ave⟧, ⟦C|Norfolk⟧. Paged Dr. ⟦N|Ugwu⟧ (on call) 21:19; he called back 21:26, advised ED at ⟦H|Sentara Leigh⟧.
Pt DOB ⟦D|12/12/2003⟧ (⟦A|95⟧), caller unsure of meds. Wife ⟦N|Prudence Ashdown⟧.
`);

note("work-note-portal", `
From: ⟦N|Obadiah Kettleworth⟧ · To: ⟦O|Valley Occupational Health⟧ · ⟦D|2099-06-02⟧
Hello, I'm a ⟦PROF|welder⟧ at ⟦O|Newport News Shipbuilding⟧ (badge ⟦I|NNS-77120⟧). My supervisor ⟦N|Rhonda Claiborne⟧ needs the light-duty form from my visit on ⟦D|May 30⟧ with Dr. ⟦N|Eze⟧. Can it be faxed to HR at ⟦F|757-555-0155⟧? My claim # with ⟦O|Sedgwick⟧ is ⟦I|SED-99-4471882⟧. — ⟦N|Obie⟧, ⟦P|757-555-0109⟧
Employee ID ⟦I|E-4471822⟧ · address ⟦S|14 Harpersville Rd⟧, ⟦C|Newport News⟧ ⟦Z|23601⟧ · ⟦E|okettleworth@mail.example⟧
`);

write();
