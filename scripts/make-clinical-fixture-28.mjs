// Why this file exists: builds test/fixtures/clinical-notes-28.jsonl, a twenty-eighth labelled set of clinical notes
// written by hand in stop 40 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixture 27's generator and test file and the opening comments of the other generators
// were read for the form and the labels), with the PHI density of the i2b2 de-identification notes, in report types
// and settings fixtures 1-27 hold least: a mass-casualty triage tag log, a grain-bin entrapment rescue, an ED hazmat
// decontamination log, a tree-stand fall trauma H&P, a logger's chainsaw injury (801 report), a commercial fisherman's
// hand injury, a non-emergency medical transport trip log, a paediatric ATV rollover, a funeral home's death
// certificate worksheet, a Medicare annual wellness visit, a nursing-home scabies line list, a lightning strike, a
// compounding pharmacy's error report, a raft guide's submersion, a NEISS fireworks case abstract, ranch frostbite, a
// beekeeper's anaphylaxis phone call, a Plain-community home-birth postpartum visit, a teledermatology e-consult, a
// rabies PEP record, a Lyme case investigation, a church-supper outbreak interview, a carbon monoxide family cluster,
// a Plan of Safe Care notification, a nephrology e-consult, a trampoline-park injury, an equine kick, a home geriatric
// assessment of a centenarian, a tattoo-associated mycobacterial infection, a measles exposure letter, a home health
// aide plan of care, a school vaccine medical exemption letter, a PDMP review, a tribal CHR elder visit, a magnet
// ingestion, a POLST renewal, an e-bike crash, a boarding-school health centre log, a quarry submersion PICU admission
// and a veterinary-vaccine needlestick; 16 notes in ALL CAPS and 4 in lower case.
// Regions (towns invented, states real): the Brazos Valley, the Loess Hills, the Kanawha Valley, the Missouri
// Rhineland, the Willamette foothills, the Mat-Su Valley and Cook Inlet, the Arkansas River Valley, the Osage Hills,
// the Pee Dee, Florida's Nature Coast, the Southern Tier, the Coastal Bend, the Fox Valley, the Gunnison Valley, the
// Coosa Valley, the Hi-Line, the Poconos, the Kishacoquillas (Big) Valley, the Keweenaw, the Verde Valley, the Pioneer
// Valley, the Hocking Hills, the Monadnock Region, the New River Valley, the Skagit Valley, the Pine Barrens, the
// Pontotoc Ridge, Upcountry Maui, the Grand Strand, the Thousand Islands, the Owens Valley, the Pennyrile, the Natchez
// Trace, the Wind River, the Lake Erie islands, the Lakes Region of New Hampshire, the Coachella Valley, the
// Litchfield Hills, Indiana's limestone belt and the Smoky Hills.
// PHI forms sought: organisations and facilities with no head word ("VANDERHOEK", "ELKVIEW", "AirVault", "Ink Tide",
// "NeoSphere", "ZipCactus", "Centerstone", "Trustmark", "MODIVCARE", "EAGLEMED", "DHART", "LifeLine", "KHEL"),
// firms, co-ops, insurers, P&I clubs, brokers, funeral homes, ferries, stables, parks, tribes and tribal programmes,
// agencies, schools and districts; facilities as "X - Y Campus", "X at Y", short forms ("ST JOSEPH BRYAN", "UAB",
// "Rainbow Babies", "Dartmouth"); names as "LAST, FIRST M", "LAST, WM", nicknames in quotes, hyphenated and particle
// surnames (de León, Dela Cruz, St. Clair), names that are words (Hardy, Patience, Blessing, Story, Fortune, Noble,
// Grace, Stone, River, Bliss, Summer, Lamb, Moss, Reed, Hunter, Sparrow, Wolfe, Crane, Lord, Flint, Faith, Hope, Honor,
// Moody, Bond, Friday, Pee, Mount, Pope, Wren), initials alone and in "X/y" blocks, a scribe "TLM", "J.K."; addresses
// as "RURAL ROUTE 1 BOX 40A", "RR 2 BOX 118", "HC 67 BOX 1180", "Rural Route 2, Box 9", "MILE 12.5 KNIK-GOOSE BAY RD",
// "39120 OLD HOLLEY RD, TRLR 9", "5201 W RIVERBEND TRL, LOT 22", "Space 14", "Bldg 4, Unit 210", "81-447 Calle
// Tampico, #B", "w 11820 state hwy 26, unit b", "Box 44, 1180 Litchfield Tpke", "FM 2154 AT WELLBORN SPUR RD"; ages
// over 89 in a roster column, "93YO", "AGE ⟨n⟩ YRS", "(AGE 101 PER RIDER FILE)", "age ninety-one", "a 101-year-old",
// "(92)", "95 yo", "(ninety-three)", "age 90"; dates as "14-MAR-99", "20790602", "MAR 14 99", "1/7/05", "03.09.1988",
// "09-SEP-2051", "14MAR2099", "MAY 2 2068", "3.14.99", "JAN-2097", "MAR 14TH 2099", "14/03/2099", "sat 3/14/99",
// "march 14th 2099", "11 feb 2023", "Mar. 9, 2099", "14 March 2099", "Fri. 3/13", "Sept '98", "2077-01-19",
// "14.3.2099", "21 Sept 1997", "2099.03.14", "Aug-30-2082", "05.12.2084", "March 14th, 2099", "3-14-2099"; IDs
// without cue words (triage tags and wristbands in a roster column, trip numbers, a vessel name, a fleet tag) and
// with them (plates, VINs, tail numbers, OSHA inspections, CDIB and tribal enrolment, embalmer and FD licences, NEISS
// cases, CSMD reports, e-consult ids, exposure ids, CHR visit numbers, newborn screen cards); serials and lots.
// Hard negatives: drugs and products (EpiPen, HyperRAB, Imovax, Shingrix, Steri-Strips),
// scores (Mini-Cog, TUG, MoCA, GDS-15, MNA, Apgar, Ottawa rules, GCS), programmes and laws (CAPTA, Eat-Sleep-Console,
// POLST, DNRO, CMS-485, NEISS, PDMP, WIC), procedures and eponyms
// (Lichtenberg figures, Bell's palsy, Mohs, Valsalva), places that are not PHI (countries, states).
// Labelling follows fixture 27 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are
// no PHI; clinicians' and transcriptionists' initials are PHI; titles, ranks, degrees and cue words stay outside the
// name; "the" stays outside a facility; room, bed, unit, cot and dorm-room codes and departments are left unlabelled;
// nursing homes, clinics with a place name, IHS facilities are HOSPITAL; companies, insurers, schools, churches,
// pharmacies, agencies, courts, tribes, crews, makers and carriers are ORGANIZATION; counties, landmarks, islands,
// rivers, lakes, trails, quarries, cemeteries, bases and allotments are LOCATION-OTHER; MRNs are MRN; member, MBI and
// Medicaid numbers HEALTHPLAN; case, claim, tag, trip, plate, VIN, licence and report numbers ID; serials and lots
// DEVICE; extensions PHONE; drug, device, test, score and eponym names are no PHI.
// Every person, town, street, organisation, facility and number is invented here (states and countries are real, as
// are a few large hospitals and agencies named as referral places); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-27 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-28.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-28.jsonl", "make-clinical-fixture-28");
note("mci-triage-log-caps", `
⟦O|BRAZOS VALLEY REGIONAL EMS COUNCIL⟧ - MASS CASUALTY INCIDENT - TRIAGE TAG LOG      MCI # ⟦I|BV-MCI-99-004⟧
INCIDENT: CHARTER BUS ROLLOVER, ⟦S|FM 2154⟧ AT ⟦S|WELLBORN SPUR RD⟧, S OF ⟦C|MILLICAN FORD⟧, ⟦STATE|TX⟧   DATE ⟦D|14-MAR-99⟧   FIRST UNIT ON SCENE 0642
BUS: ⟦O|LONE PECAN COACHES⟧ UNIT 17, PLATE ⟦I|TX 4BX-7712⟧, CARRYING ⟦O|FIRST BAPTIST OF HEARNE CROSSING⟧ SENIOR ADULTS TO ⟦C|GALVESTON⟧
TAG         NAME                          AGE   CAT     DEST
⟦I|0044718⟧     ⟦N|WHITLOW, EUGENIA⟧                ⟦A|91⟧    YELLOW  ⟦H|ST JOSEPH BRYAN⟧
⟦I|0044719⟧     ⟦N|MOSS, CLAYBORNE "CLAY"⟧          78    RED     ⟦H|BAYLOR SCOTT & WHITE - COLLEGE STATION⟧ VIA ⟦O|LIFE FLIGHT⟧ (⟦O|MEMORIAL HERMANN⟧)
⟦I|0044720⟧     ⟦N|MOSS, ODELL⟧                     76    GREEN   CHURCH VAN
⟦I|0044721⟧     ⟦N|HARDY, PATIENCE⟧                 ⟦A|93⟧    YELLOW  ⟦H|ST JOSEPH BRYAN⟧
⟦I|0044722⟧     ⟦N|NGUYEN-TAPP, DUC⟧                51    GREEN   RELEASED (DRIVER)
⟦I|0044723⟧     UNKNOWN MALE (LATER ID ⟦N|RUFUS KNIGHT⟧)    ~80   BLACK   ⟦O|BRAZOS COUNTY JP 4⟧ / ME
⟦I|0044724⟧     ⟦N|BLESSING, AUGUSTA⟧               ⟦A|90⟧    YELLOW  ⟦H|CHI ST JOSEPH MADISON⟧
⟦I|0044725⟧     ⟦N|TEAGUE, WM⟧                      84    GREEN   CHURCH VAN
INCIDENT COMMANDER: CHIEF ⟦N|LORENZO PRUETT⟧, ⟦O|MILLICAN FORD VFD⟧. MEDICAL GROUP SUP: ⟦N|K. DOMINY⟧, PARAMEDIC, ⟦O|BRAZOS COUNTY EMS⟧ (UNIT ⟦I|M-7⟧).
FAMILY REUNIFICATION AT ⟦LO|HEARNE CROSSING CIVIC CENTER⟧, ⟦S|400 W 3RD ST⟧; CONTACT PASTOR ⟦N|DELBERT YANCY⟧ ⟦P|979-555-0131⟧.
⟦O|DPS⟧ TROOPER ⟦N|R. BAZAN⟧ CRASH REPORT ⟦I|CR3-99-0071882⟧. SCRIBE ⟦N|TLM⟧ ⟦D|03/14/2099⟧ 0915.
`);

note("grain-bin-rescue-caps", `
⟦O|LOESS HILLS FIRE & RESCUE⟧ - TECHNICAL RESCUE / PATIENT CARE REPORT      RUN # ⟦I|99-000418⟧      ⟦D|MAR 14 99⟧
LOCATION: ⟦O|VANDERHOEK FARMS⟧ GRAIN SITE, ⟦S|2880 LORIMOR TRL⟧ (BIN 3), ⟦C|PISGAH BLUFF⟧, ⟦STATE|IA⟧ ⟦Z|51564⟧   ⟦LO|HARRISON COUNTY⟧
PATIENT: ⟦N|ROOKSBY, TANNER LEE⟧   DOB ⟦D|20790602⟧   HOME ⟦S|RURAL ROUTE 1 BOX 40A⟧, ⟦C|MONDAMIN GAP⟧
EMPLOYER: ⟦O|VANDERHOEK⟧ (SEASONAL). OWNER ⟦N|GERRIT VANDERHOEK⟧ ⟦P|712-555-0140⟧ ON SCENE.
CALL: ENTRAPMENT IN SHELLED CORN TO CHEST, 0718. AUGER LOCKED OUT BY ⟦N|HENRIK⟧ (OWNER'S SON).
RESCUE: COFFERDAM PANELS (⟦O|GREAT PLAINS AG SAFETY⟧ LOAN KIT ⟦DEV|GPAS-RT-117⟧), GRAIN VAC FROM ⟦O|HARVEST-LINE CO-OP⟧. EXTRICATED 0902.
ASSESS: AOX4, SPO2 91% RA, RR 28, DIMINISHED BASES, CK PENDING. C/O CHEST TIGHTNESS. NO LE PULSES DEFICIT.
TX: O2 15 L NRB, IV NS, MONITOR. TRANSPORT TO ⟦H|MISSOURI VALLEY COMMUNITY⟧ THEN ROTOR TO ⟦H|CREIGHTON BERGAN⟧ BY ⟦O|AIRLIFE OMAHA⟧ (TAIL ⟦I|N447LO⟧).
⟦O|OSHA⟧ NOTIFIED BY ⟦O|HARVEST-LINE⟧ SAFETY MGR ⟦N|BONNIE SWALES⟧; INSPECTION ⟦I|1447182.015⟧.
CREW: LT ⟦N|CASEY WOLFE⟧, FF ⟦N|DREW HUNTER⟧, FF/EMT ⟦N|SPARROW DELACRUZ⟧. WRITTEN BY ⟦N|C. WOLFE⟧ 1130.
`);

note("hazmat-decon-caps", `
⟦H|CHARLESTON AREA MEDICAL - KANAWHA CAMPUS⟧ EMERGENCY DEPT - HAZMAT DECONTAMINATION LOG      ⟦D|03/14/2099⟧
EVENT: CHLORINE RELEASE AT ⟦O|ELKVIEW CHEMICAL⟧ (RAIL SPUR), ⟦S|1 PLANT RD⟧, ⟦C|BELLE HOLLOW⟧, ⟦STATE|WV⟧ ⟦Z|25015⟧   ⟦O|KANAWHA COUNTY EMERGENCY AMBULANCE AUTHORITY⟧ NOTIFIED 0514
DECON OFFICER: ⟦N|JUSTUS McCLUNG⟧, RN   SAFETY: ⟦N|ROXIE SAYRE⟧ (EOC)   POISON CENTER CASE ⟦I|WVPC-99-07718⟧
NO.  WRISTBAND    NAME                       DOB          DECON   DISPO
1    ⟦I|HZ-0101⟧      ⟦N|CRITES, ARLEN⟧              ⟦D|11/02/1969⟧   WET     ADMIT, NEB ALBUTEROL, CXR CLEAR
2    ⟦I|HZ-0102⟧      ⟦N|CRITES, NOVA⟧               ⟦D|04/30/2091⟧   WET     OBS - MOTHER ⟦N|DESTINY CRITES⟧ AT BEDSIDE
3    ⟦I|HZ-0103⟧      ⟦N|BLANKENSHIP, HOLLIS⟧        ⟦D|1/7/05⟧       DRY     ⟦A|94⟧ YO, WHEEZE, ADMIT MICU
4    ⟦I|HZ-0104⟧      ⟦N|PAULEY, FAITH ANN⟧          ⟦D|03.09.1988⟧   WET     D/C 1120
5    ⟦I|HZ-0105⟧      ⟦N|YOUNG, BRIGHTON⟧            ⟦D|06/21/2077⟧   WET     PLANT OPERATOR - ⟦O|ELKVIEW⟧ BADGE ⟦I|E-20418⟧ - INTUBATED, TO ⟦H|RUBY MEMORIAL⟧ BY ⟦O|HEALTHNET AEROMEDICAL⟧
EFFLUENT CONTAINED, ⟦O|WV DEP⟧ SPILL LINE REPORT ⟦I|99-0314-KAN-02⟧. CLOTHING BAGS TAGGED ⟦I|CB-0101⟧ TO ⟦I|CB-0105⟧, HELD FOR ⟦O|CSB⟧.
PLANT CONTACT: ⟦N|WAYNE OTT⟧, EHS MGR, ⟦P|304-555-0117⟧ X ⟦P|204⟧. ED ATTENDING DR. ⟦N|SAMIRA HADDOX-FINN⟧.
`);

note("treestand-fall-caps", `
TRAUMA HISTORY AND PHYSICAL - ⟦H|CAPITAL REGION MEDICAL CENTER⟧, ⟦C|HERMANN BEND⟧, ⟦STATE|MO⟧      LEVEL II ACTIVATION ⟦D|3/14/99⟧ 1810
PT: ⟦N|SCHAEPERKOETTER, GUS⟧   DOB ⟦D|09-SEP-2051⟧   MRN ⟦M|CRMC 0771-4418⟧   FIN ⟦I|990314-0077⟧
HPI: 47M FELL ~18 FT FROM A LADDER STAND WHILE TURKEY HUNTING ON HIS BROTHER ⟦N|OTTO⟧'S GROUND OFF ⟦S|HWY 19 S⟧ NEAR ⟦C|DUTZOW LANDING⟧. STRAP NOT ATTACHED. FOUND BY NEPHEW ⟦N|MASON⟧ AFTER 2 H. TRANSPORTED BY ⟦O|GASCONADE COUNTY AMBULANCE DISTRICT⟧ (⟦N|BILLY JO KRUEL⟧, MEDIC) TO ⟦H|HERMANN AREA DISTRICT⟧, THEN TRANSFERRED HERE.
PMH: HTN. PSH: L ACL ⟦D|'92⟧ (⟦H|BOONE ORTHO⟧). MEDS: AMLODIPINE. ALL: NKDA. SOC: ⟦PROF|WINERY CELLAR MASTER⟧ AT ⟦O|STONE HILL-BRECKE⟧; LIVES ⟦S|4471 FROHNA RIDGE RD⟧, ⟦C|HERMANN BEND⟧ ⟦Z|65041⟧ WITH WIFE ⟦N|LIESL⟧.
PRIMARY: A INTACT, B EQUAL, C HR 112 BP 104/66, D GCS 15, E: L FLANK ECCHYMOSIS.
SECONDARY: L3 BURST FX (CT), L CALCANEUS FX, L 9-11 RIB FX, SMALL L PTX. FAST NEG.
PLAN: CHEST TUBE NOT NEEDED, TLSO, ORTHO (DR. ⟦N|WENDT⟧), SPINE (DR. ⟦N|ABERNATHY-GROSS⟧), ADMIT TICU BED 4.
CONSERVATION AGENT CPL. ⟦N|TRUMAN HOECKER⟧ (⟦O|MDC⟧) REQUESTED STAND INFO - REFERRED TO RISK MGMT.
ATTENDING: ⟦N|IGNATIUS OYELOWO⟧, MD, FACS   RESIDENT: ⟦N|P. KESSEL⟧, DO   ⟦N|IO⟧/⟦N|pk⟧
`);

note("logging-injury-caps", `
⟦O|SANTIAM TIMBER CUTTERS⟧ / ⟦O|SAIF⟧ - 801 REPORT AND FIRST MEDICAL VISIT      CLAIM ⟦I|7720418-99⟧      ⟦D|14MAR2099⟧
CLINIC: ⟦H|WILLAMETTE FOOTHILLS URGENT CARE⟧, ⟦S|655 E MAIN ST, STE 3⟧, ⟦C|SWEET HOME FLATS⟧, ⟦STATE|OR⟧ ⟦Z|97386⟧
WORKER: ⟦N|LUND, ASHER B⟧   DOB ⟦D|MAY 2 2068⟧   SSN XXX-XX-⟦SSN|7718⟧   EMP # ⟦I|STC-0218⟧   CREW BOSS ⟦N|RIP McCAULEY⟧
ADDRESS: ⟦S|39120 OLD HOLLEY RD, TRLR 9⟧, ⟦C|CRAWFORDSVILLE GAP⟧   PHONE ⟦P|541-555-0138⟧
INJURY: ⟦D|03/13/99⟧ 1440, UNIT 44-11 ON ⟦O|CASCADIA FIBER⟧ GROUND (⟦LO|QUARTZVILLE CREEK⟧ SALE). CHAINSAW KICKBACK TO L THIGH THROUGH CHAPS.
FIRST AID BY SAWYER ⟦N|DAKOTA REED⟧; DRIVEN OUT 40 MIN BY ⟦N|RIP⟧. SEEN HERE 1605.
EXAM: 9 CM LAC ANTERIOR L THIGH, MUSCLE EXPOSED, NO ARTERIAL BLEED, DISTAL PULSES 2+. TETANUS ⟦D|2091⟧.
TX: IRRIGATION, LAYERED CLOSURE 4-0 VICRYL / 3-0 NYLON (22). CEPHALEXIN.
WORK STATUS: MODIFIED - NO SAW, NO SLOPE WORK UNTIL ⟦D|3/27⟧. RTC SUTURE REMOVAL ⟦D|3/24⟧.
EMPLOYER REP: ⟦N|CHARITY BEAUCHAMP⟧, ⟦P|541-555-0139⟧, FAX ⟦F|541-555-0199⟧. ATTENDING: ⟦N|NOEL ADEYEMI-STROUD⟧, PA-C   SUPERVISING ⟦N|F. GUNN⟧, MD
`);

note("fishing-injury-caps", `
⟦H|MAT-SU REGIONAL⟧ WALK-IN CLINIC - ⟦C|KNIK CROSSING⟧, ⟦STATE|AK⟧ - ⟦D|2099-03-14⟧
PATIENT: ⟦N|KVASNIKOFF, ILYA "BEAR"⟧   DOB ⟦D|02/14/1984⟧   MRN ⟦M|MSR 0044718⟧   DENA'INA, ⟦O|KNIK TRIBE⟧ MEMBER (ENROLLMENT ⟦I|KT-1182⟧)
ADDRESS: ⟦S|MILE 12.5 KNIK-GOOSE BAY RD⟧, ⟦C|KNIK CROSSING⟧ ⟦Z|99654⟧. MAIL: ⟦S|PO BOX 2207⟧, ⟦C|WASILLA LAKE⟧
HPI: ⟦PROF|DECKHAND⟧ ON F/V ⟦I|NORTHERN DAWN⟧ (ADF&G ⟦I|58812⟧), OWNER-SKIPPER ⟦N|HALVARD STORDAHL⟧. L HAND CAUGHT IN LONGLINE HAULER ⟦D|3/11⟧ OFF ⟦LO|KALGIN ISLAND⟧. SEEN BY ⟦O|USCG⟧ HELO CORPSMAN? NO - BOAT RAN IN TO ⟦C|NINILCHIK BAR⟧. SPLINTED BY VILLAGE CHA ⟦N|MARY ALEXIE⟧.
EXAM: 4TH/5TH MC SHAFT FX (XR), DORSAL ABRASION, CELLULITIS 3 CM.
PLAN: ULNAR GUTTER SPLINT, DOXYCYCLINE, ORTHO HAND AT ⟦H|ALASKA NATIVE MEDICAL CENTER⟧ (DR. ⟦N|SOBOLEFF⟧) ⟦D|3/17⟧.
P&I CLUB: ⟦O|NORTH PACIFIC FISHERMEN'S MUTUAL⟧ CLAIM ⟦I|NPFM-99-2207⟧; MAINTENANCE & CURE FORM TO ⟦N|STORDAHL⟧.
SISTER ⟦N|TATIANA KVASNIKOFF-HILL⟧ ⟦P|907-555-0184⟧. PROVIDER ⟦N|BRYNJA ODEGAARD⟧, NP   ⟦N|BO⟧
`);

note("nemt-trip-log-caps", `
⟦O|RIVER VALLEY RIDES⟧ NEMT - DRIVER TRIP LOG      ⟦D|03/14/99⟧      DRIVER: ⟦N|LOYD BEASLEY⟧ (DRIVER # ⟦I|RVR-331⟧)   VEHICLE: 2096 MINIVAN, PLATE ⟦I|AR 771-JKQ⟧, VIN ⟦I|2C4RC1BG9TR447182⟧
BROKER: ⟦O|MODIVCARE⟧   REGION 6 (⟦LO|ARKANSAS RIVER VALLEY⟧)
TRIP ⟦I|44718201⟧  0600 P/U ⟦N|FOSTER, MAMIE⟧ (⟦A|96⟧), ⟦S|RT 3 BOX 212⟧, ⟦C|DOVER SPRINGS⟧ - W/C - TO ⟦H|DAVITA RUSSELLVILLE HILLS⟧ DIALYSIS, CHAIR 0630. ESCORT DAUGHTER ⟦N|PEARLINE⟧.
TRIP ⟦I|44718202⟧  0715 P/U ⟦N|SPEARS, COLT⟧, ⟦S|1180 E PARKWAY DR APT 14⟧, ⟦C|RUSSELLVILLE HILLS⟧ - AMB - TO ⟦O|ARKANSAS RIVER PAIN & SPINE⟧ (DR. ⟦N|MERRIWEATHER⟧).
TRIP ⟦I|44718203⟧  0900 NO SHOW - ⟦N|JOY LOVELL⟧, ⟦S|HC 30 BOX 8⟧, ⟦C|PELSOR KNOB⟧. CALLED ⟦P|479-555-0170⟧ NO ANSWER. DISPATCH ⟦N|GAYLA⟧ NOTIFIED.
TRIP ⟦I|44718204⟧  1040 P/U ⟦N|WINTERS, AMOS⟧ (AGE ⟦A|101⟧ PER RIDER FILE), ⟦H|LEGACY HEIGHTS NURSING & REHAB⟧ - STRETCHER? NO, W/C - TO ⟦H|ST MARY'S REGIONAL⟧ EYE CLINIC.
TRIP ⟦I|44718205⟧  1330 RETURN ⟦N|FOSTER, MAMIE⟧ - BP 88/50 AT PICKUP, DIALYSIS RN ⟦N|K. TACKETT⟧ CLEARED.
MILEAGE START 88412 END 88601. SIGNED ⟦N|L. BEASLEY⟧. REVIEWED ⟦N|SHONDA PRINCE⟧, OPS.
`);

note("atv-rollover-peds-caps", `
⟦H|SAINT FRANCIS CHILDREN'S⟧ - PEDIATRIC TRAUMA CONSULT      ⟦C|TULSA⟧, ⟦STATE|OK⟧      ⟦D|03-14-2099⟧ 2145
PATIENT: ⟦N|REDCORN, JAXON WADE⟧   AGE 11   DOB ⟦D|07/04/2087⟧   MRN ⟦M|SFC7718204⟧   ⟦O|OSAGE NATION⟧ CDIB ⟦I|OS-44718⟧
TRANSFER FROM ⟦H|PAWHUSKA HILLS COMMUNITY⟧ VIA ⟦O|EAGLEMED⟧; REFERRING DR. ⟦N|TALLCHIEF-MONROE⟧.
MOI: ATV ROLLOVER (ADULT-SIZE, NO HELMET) ON GRANDFATHER'S RANCH, ⟦S|CR 4470⟧ NEAR ⟦C|BARNSDALL FORK⟧. GRANDFATHER ⟦N|WALTER REDCORN⟧ (⟦A|92⟧) WITNESSED, CALLED 911.
INJURIES: GRADE III SPLEEN LAC, R FEMUR SHAFT FX, FOREHEAD LAC. HGB 9.8 -> 9.1.
PLAN: NONOP SPLEEN, PICU, ORTHO (DR. ⟦N|KAMINSKI-ROE⟧) FLEX NAILS AM. CHILD LIFE ⟦N|BIRDIE COLBERT⟧.
PARENTS: ⟦N|SHAWNA REDCORN⟧ ⟦P|918-555-0126⟧; FATHER ⟦N|TRAVIS PRATT⟧ IN ⟦O|OKLAHOMA NATIONAL GUARD⟧ ⟦O|1-179TH⟧, DEPLOYED.
SCHOOL: ⟦O|BARNSDALL FORK PUBLIC SCHOOLS⟧ 5TH GRADE. INJURY PREVENTION: ⟦O|SAFE KIDS TULSA AREA⟧ HANDOUT, ATV SAFETY.
INSURANCE: SOONERCARE ⟦HP|SC 004471882⟧. ATTENDING ⟦N|MERIDETH ST. CLAIR⟧, MD   PA ⟦N|TY BIGHORSE⟧
`);

note("death-cert-worksheet-caps", `
⟦O|PEE DEE VALLEY FUNERAL HOME⟧ - DEATH CERTIFICATE WORKSHEET (⟦O|SC DHEC⟧) - CASE ⟦I|PDV-99-0071⟧
DECEDENT: ⟦N|McLEOD, CORNELIA BOOTH⟧   SEX F   DATE OF DEATH ⟦D|MARCH 14, 2099⟧   AGE ⟦A|98⟧ YRS   DOB ⟦D|JUNE 1, 2000⟧
SSN ⟦SSN|247-55-1180⟧   BIRTHPLACE ⟦C|LATTA CROSSROADS⟧, ⟦STATE|SC⟧   RESIDENCE ⟦S|1180 OLD STAGECOACH RD⟧, ⟦C|LAKE VIEW MILL⟧, ⟦LO|DILLON COUNTY⟧ ⟦Z|29563⟧
PLACE OF DEATH: ⟦H|HOSPICE HOUSE OF THE PEE DEE⟧, ⟦C|FLORENCE⟧   EDUCATION: MASTER'S   OCCUPATION: ⟦PROF|SCHOOLTEACHER⟧, ⟦O|DILLON SCHOOL DISTRICT FOUR⟧
SPOUSE: ⟦N|HAMPTON McLEOD⟧ (PREDECEASED ⟦D|2081⟧)   FATHER ⟦N|JOSIAH BOOTH⟧   MOTHER ⟦N|LETHA GRAINGER⟧
INFORMANT: SON ⟦N|HAMPTON "BUDDY" McLEOD JR⟧, ⟦S|22 CYPRESS LN⟧, ⟦C|MULLINS CREEK⟧ ⟦P|843-555-0196⟧
DISPOSITION: BURIAL, ⟦LO|SARDIS METHODIST CHURCH CEMETERY⟧, ⟦D|3/17/99⟧. EMBALMER ⟦N|T. GASQUE⟧ LIC ⟦I|E-2207⟧.
CERTIFIER: ⟦N|AUGUSTINE NWOSU⟧, MD (HOSPICE MEDICAL DIRECTOR) - CAUSE: A) ALZHEIMER DISEASE YRS. MANNER NATURAL.
PASTOR REV. ⟦N|ELIJAH BETHEA⟧ (⟦O|SARDIS UMC⟧). FUNERAL DIRECTOR ⟦N|CALEB ALFORD-MACE⟧, FD LIC ⟦I|FD-4471⟧.
`);

note("awv-nonagenarian-caps", `
MEDICARE ANNUAL WELLNESS VISIT (SUBSEQUENT) - ⟦H|NATURE COAST PRIMARY CARE - HOMOSASSA GROVE⟧      ⟦D|3.14.99⟧
PT: ⟦N|PETTIGREW, LUELLA MAE⟧   ⟦A|93⟧YO F   DOB ⟦D|08/22/2005⟧   MRN ⟦M|NCPC-220441⟧   MBI ⟦HP|4TE7-QX2-MK81⟧
LIVES: ⟦S|5201 W RIVERBEND TRL, LOT 22⟧, ⟦C|HOMOSASSA GROVE⟧, ⟦STATE|FL⟧ ⟦Z|34446⟧ (⟦O|RIVERBEND OAKS⟧ MOBILE HOME PARK), WITH SISTER ⟦N|VERBENA⟧, AGE ⟦A|90⟧.
HRA: 2 FALLS IN 12 MO. STILL DRIVES TO ⟦O|WINN-HARLOW⟧ GROCERY AND ⟦O|FIRST UNITED METHODIST OF CRYSTAL SPRINGS⟧. HEARING AIDS (⟦O|BELTONE⟧).
PROVIDERS: CARDS DR. ⟦N|BASKARAN⟧ (⟦O|CITRUS HEART⟧); OPHTHO ⟦N|J. TRUELOVE⟧, OD; PODIATRY ⟦N|MERCY OGUNDIPE⟧, DPM.
COGNITION: MINI-COG 4/5. PHQ-2 0. TUG 16 SEC.
ADVANCE CARE: DPOA NIECE ⟦N|SHERRY LYNN PETTIGREW-DAVIS⟧ ⟦P|352-555-0104⟧; DNRO ON FRIDGE (FORM 1896).
SCREENING: DEXA ⟦D|JAN-2097⟧; PNEUMO DONE; SHINGRIX X2 ⟦D|2096⟧. MAMMO NO LONGER INDICATED.
PLAN: PT HOME SAFETY (⟦O|SUNCOAST HOME HEALTH⟧), MEDICAL ALERT (⟦O|LIFECALL⟧ ACCT ⟦I|LC-0441827⟧).
SIGNED ⟦N|DELANEY OKORO-VANCE⟧, APRN   ⟦N|DOV⟧/⟦N|ms⟧
`);

note("scabies-line-list-caps", `
⟦H|SOUTHERN TIER MANOR⟧ SKILLED NURSING - SCABIES OUTBREAK LINE LIST      REPORTED TO ⟦O|CHEMUNG COUNTY PUBLIC HEALTH⟧ ⟦D|03/14/2099⟧
FACILITY: ⟦S|1020 LAKE ST⟧, ⟦C|HORSEHEADS JUNCTION⟧, ⟦STATE|NY⟧ ⟦Z|14845⟧   PFI ⟦I|0447⟧   NORA # ⟦I|99-STM-0314⟧
IP NURSE: ⟦N|RHONDA VAN HOUTEN⟧, RN, CIC   MEDICAL DIRECTOR: ⟦N|CYRUS BELLAMY⟧, MD
RM    RESIDENT                    AGE   ONSET     SCRAPING    TX (IVERMECTIN/PERMETHRIN)
112   ⟦N|KOWALSKI, STANISLAWA⟧          ⟦A|95⟧    ⟦D|2/27⟧      POS         ⟦D|3/10⟧, ⟦D|3/17⟧
114   ⟦N|DEGROFF, HAROLD⟧               88    ⟦D|3/2⟧       NOT DONE    ⟦D|3/10⟧
118   ⟦N|STORY, MARIGOLD⟧               ⟦A|100⟧   ⟦D|3/4⟧       POS (CRUSTED)  ⟦D|3/10⟧, ⟦D|3/12⟧, ⟦D|3/14⟧
121   ⟦N|ABRAMS-TOLLIVER, JUNE⟧         ⟦A|91⟧    ⟦D|3/8⟧       NEG         ⟦D|3/10⟧
STAFF: CNA ⟦N|DESTINY HALE⟧ (ONSET ⟦D|3/6⟧, FURLOUGHED, TX BY OWN PCP DR. ⟦N|FRANKLIN MOSS⟧), LPN ⟦N|K. BROOKS⟧ (NO SX, PROPHYLAXIS).
SOURCE: INDEX (RM 118) ADMITTED ⟦D|2/20/99⟧ FROM ⟦H|ARNOT OGDEN⟧ AFTER STAY AT ⟦H|ELMIRA HEIGHTS ASSISTED LIVING⟧. DERM CONSULT DR. ⟦N|PRZYBYLA⟧ CONFIRMED ⟦D|3/5⟧.
LAUNDRY VENDOR ⟦O|CRYSTAL SPRINGS LINEN⟧ NOTIFIED. VISITOR SIGNAGE POSTED. NEXT CALL WITH ⟦O|DOH⟧ EPI ⟦N|ANSEL PIKE⟧ ⟦P|607-555-0144⟧.
`);

note("lightning-strike-caps", `
EMERGENCY DEPARTMENT NOTE - ⟦H|CHRISTUS SPOHN - ALICE PRAIRIE⟧      ⟦C|ROCKPORT KEY⟧, ⟦STATE|TX⟧      ⟦D|MAR 14TH 2099⟧ 1622
PT: ⟦N|FORTUNE, DALE RAY⟧   DOB ⟦D|10-10-1961⟧   MRN ⟦M|CSA 004471-8⟧   ARRIVED ⟦O|ARANSAS COUNTY EMS⟧ MEDIC 2 (PCR ⟦I|ACE99-0314-11⟧)
HPI: 37M GOLFING AT ⟦LO|KEY ALLEGRO LINKS⟧ HOLE 14 WHEN LIGHTNING STRUCK NEARBY TREE (SIDE FLASH). PARTNER ⟦N|BUCK NOBLE⟧ STARTED CPR? NO - PT NEVER PULSELESS PER ⟦N|NOBLE⟧; BRIEF LOC. COURSE MARSHAL ⟦N|ESPERANZA VILLA⟧ CALLED 911.
EXAM: LICHTENBERG FIGURES R SHOULDER/CHEST, R TM RUPTURE, KERAUNOPARALYSIS LLE RESOLVING. ECG NSR, TROPONIN 0.02.
PLAN: OBS TELEMETRY, CK, UA MYOGLOBIN, ENT F/U DR. ⟦N|HALBERT⟧, OPHTHO BASELINE (CATARACT RISK).
WIFE ⟦N|CRYSTAL FORTUNE⟧ ⟦P|361-555-0173⟧. EMPLOYER ⟦O|COASTAL BEND GUNITE⟧ - ⟦PROF|ESTIMATOR⟧.
DISPO: ADMIT OBS, DR. ⟦N|V. RAMACHANDRAN⟧. ED ATTENDING ⟦N|LUCINDA HEARN⟧, DO   SCRIBE ⟦N|ABBY GRACE⟧
`);

note("compounding-error-caps", `
⟦O|FOX CITIES COMPOUNDING PHARMACY⟧ - MEDICATION ERROR / QUALITY EVENT REPORT      EVENT # ⟦I|FCC-QE-99-014⟧
REPORTED ⟦D|03/14/2099⟧ BY ⟦N|GRETA HIETPAS⟧, RPH, PIC (LICENSE ⟦I|RPH 16447-40⟧)   LOCATION ⟦S|2207 N BALLARD RD⟧, ⟦C|LITTLE CHUTE FALLS⟧, ⟦STATE|WI⟧
PATIENT: ⟦N|VANDENBERG, ELLIOTT⟧ (AGE 6)   DOB ⟦D|1-22-2093⟧   RX # ⟦I|7720418⟧   PARENT ⟦N|HEIDI VANDENBERG⟧ ⟦P|920-555-0122⟧
PRESCRIBER: ⟦N|ANJALI VERHAGEN⟧, MD, ⟦H|THEDACARE CHILDREN'S CLINIC - APPLETON NORTH⟧, NPI ⟦I|1992044718⟧
ERROR: CLONIDINE 20 MCG/ML ORAL SUSP COMPOUNDED AS 200 MCG/ML (10X). LOT ⟦DEV|FCC-990309-04⟧. DISPENSED ⟦D|3/9⟧, CAUGHT ⟦D|3/13⟧ WHEN MOTHER CALLED ABOUT SOMNOLENCE.
OUTCOME: CHILD SEEN ⟦H|APPLETON MEDICAL CENTER⟧ ED ⟦D|3/13⟧, OBSERVED 12 H, DISCHARGED. POISON CENTER ⟦I|WPC-99-33018⟧.
CAUSE: BALANCE NOT CALIBRATED (SN ⟦DEV|MS-204-4471⟧); SECOND CHECK SKIPPED BY TECH ⟦N|J.K.⟧ - COVERING FROM ⟦O|KAUKAUNA CORNERS DRUG⟧.
ACTIONS: RECALL LOT (3 OTHER PTS - ⟦N|O. MARX⟧, ⟦N|B. VUE⟧, ⟦N|L. THAO⟧ - CONTACTED); ⟦O|ISMP⟧ MERP REPORT; ⟦O|WISCONSIN PHARMACY EXAMINING BOARD⟧ SELF-REPORT.
OWNER: ⟦N|PIETER GERRITS⟧, PHARMD   ⟦N|GH⟧/⟦N|PG⟧
`);

note("rafting-guide-caps", `
⟦H|GUNNISON VALLEY HEALTH⟧ ED - ⟦C|ALMONT FORKS⟧, ⟦STATE|CO⟧ - ⟦D|3/14/2099⟧ - TRIAGE 1350
PT: ⟦N|STONE, RIVER JAMES⟧   DOB ⟦D|12-25-2074⟧ PER DL ⟦I|CO 99-441-8207⟧   MRN ⟦M|GVH0071844⟧
EMPLOYER: ⟦O|BLACK CANYON WHITEWATER⟧ (⟦PROF|RAFT GUIDE⟧, SPRING TRAINING). OWNER ⟦N|TESS MARKWARDT⟧ ⟦P|970-555-0148⟧.
HPI: FLIPPED AT ⟦LO|SLAUGHTERHOUSE FALLS⟧ ON THE ⟦LO|TAYLOR RIVER⟧, PINNED 90 SEC, PULLED OUT BY TRAINEE ⟦N|ROWAN BLISS⟧ AND ⟦N|KIT SAWYER⟧. WATER 4 C. T 33.9 ON ARRIVAL OF ⟦O|GUNNISON VALLEY EMS⟧.
ASSESS: MOD HYPOTHERMIA, ASPIRATION (RLL), L SHOULDER DISLOCATION REDUCED 1445 (DR. ⟦N|ACKERLEY⟧).
DISPO: TRANSFER ⟦H|ST MARY'S GRAND JUNCTION⟧ BY ⟦O|CAREFLIGHT⟧ FOR ECMO STANDBY - DECLINED AFTER REWARMING; ADMIT HERE.
GIRLFRIEND ⟦N|SUMMER KILGORE⟧ ⟦P|970-555-0149⟧ AT ⟦S|115 N WISCONSIN ST #2⟧, ⟦C|ALMONT FORKS⟧. WORKERS' COMP: ⟦O|PINNACOL ASSURANCE⟧ CLAIM ⟦I|4471882⟧.
ATTENDING ⟦N|H. ACKERLEY⟧, MD   RN ⟦N|MAGGIE O'TOOLE-BRANT⟧
`);

note("fireworks-neiss-caps", `
⟦O|CPSC⟧ NEISS FIREWORKS SPECIAL STUDY - CASE ABSTRACT      HOSPITAL ⟦H|COOSA VALLEY MEDICAL⟧ (NEISS PSU ⟦I|0447⟧)      TREATMENT DATE ⟦D|14/03/2099⟧
CASE ⟦I|990314-0447-012⟧   ABSTRACTOR ⟦N|LATRICE DOBBS-WHEAT⟧   PHONE FOLLOW-UP ⟦D|3/21/99⟧ WITH MRS. ⟦N|CHARMAINE PRUITT⟧ (MOTHER)
PATIENT: ⟦N|PRUITT, KEEGAN⟧   14 M   RACE WHITE   ADDRESS (NOT TRANSMITTED): ⟦S|RR 2 BOX 118⟧, ⟦C|WETUMPKA SHOALS⟧, ⟦STATE|AL⟧ ⟦Z|36092⟧
NARRATIVE: 14YOM HOLDING A "MORTAR" SHELL (⟦O|THUNDERHAWK⟧ BRAND, BOUGHT AT ⟦O|BIG DADDY'S FIREWORKS⟧ ON ⟦S|US 231⟧) THAT DETONATED IN HAND AT A FRIEND'S HOUSE ON ⟦LO|LAKE JORDAN⟧. DX PARTIAL AMPUTATION L INDEX, BURNS L HAND. ADMITTED, TRANSFERRED TO ⟦H|UAB⟧ HAND SERVICE.
FRIEND: ⟦N|GAGE ELMORE⟧ (15), UNINJURED. FRIEND'S FATHER ⟦N|WES ELMORE⟧ LIT THE FUSE? PER MOTHER NO.
ED PHYSICIAN ⟦N|PRAKASH NAIDU⟧, MD. HAND SURGEON AT ⟦H|UAB⟧: DR. ⟦N|LIVINGSTON-CHU⟧ (⟦D|3/15⟧ OR).
PRODUCT HELD BY ⟦O|ELMORE COUNTY SHERIFF'S OFFICE⟧ (INV. ⟦N|D. GRIMSLEY⟧, CASE ⟦I|ECSO-99-1882⟧). ⟦O|ATF⟧ NOT INVOLVED.
`);

note("frostbite-ranch-caps", `
⟦H|NORTHERN MONTANA HOSPITAL⟧ - ⟦C|HAVRE BENCH⟧, ⟦STATE|MT⟧ - WOUND/BURN CLINIC - ⟦D|MARCH 14 2099⟧
PT: ⟦N|KUHR, ANDERS "SWEDE"⟧   AGE 58   DOB ⟦D|1/30/41⟧? - SEE NOTE   MRN ⟦M|NMH 220447⟧
NOTE: DOB IN SYSTEM IS WRONG (SHOWS ⟦D|1/30/41⟧); PATIENT STATES ⟦D|JAN 30, 2041⟧. REGISTRATION ⟦N|KARLA⟧ TO FIX.
HPI: ⟦PROF|RANCH HAND⟧ FOR ⟦O|MILK RIVER CATTLE CO⟧ (OWNER ⟦N|LYLE BJERKE⟧), CALVING IN BLIZZARD ⟦D|3/9⟧-⟦D|3/10⟧ ON THE ⟦LO|BEAR PAW⟧ ALLOTMENT; TRUCK STUCK ON ⟦S|CLEAR CREEK RD⟧, WALKED 3 MI. SEEN FIRST AT ⟦H|FORT BELKNAP IHS⟧ (DR. ⟦N|SUNCHILD⟧).
EXAM: 2ND/3RD DEGREE FROSTBITE BILATERAL TOES 1-5, HEMORRHAGIC BLEBS L 1-2. TPA NOT GIVEN (>24 H).
PLAN: DEBRIDE CLEAR BLEBS, ALOE, IBUPROFEN, TETANUS. TC-99 BONE SCAN ⟦D|3/21⟧. PODIATRY DR. ⟦N|LAFROMBOISE⟧.
LIVES ⟦S|HC 67 BOX 1180⟧, ⟦C|CHINOOK FLATS⟧ ⟦Z|59523⟧. PHONE ⟦P|406-555-0190⟧ (LANDLINE, BUNKHOUSE). BROTHER ⟦N|NILS KUHR⟧.
SIGNED ⟦N|WILLA HARLOW⟧, FNP-C, CWS   ⟦D|3/14/2099⟧
`);

note("bee-sting-phone-lower", `
telephone encounter — ⟦H|pocono highlands family practice⟧ — ⟦D|sat 3/14/99⟧ 10:42 — taken by ⟦N|kelsey marsh⟧, rn (on call)
caller: ⟦N|ruth-ellen drumheller⟧ (wife of pt) ⟦P|570-555-0151⟧ calling from their apiary on ⟦S|rr 1 box 337⟧, ⟦C|canadensis falls⟧ ⟦STATE|pa⟧
pt: ⟦N|drumheller, wade⟧ · dob ⟦D|4/18/1959⟧ · mrn ⟦M|phfp-30441⟧ · ⟦PROF|beekeeper⟧ 30 yrs, sells at the ⟦O|stroudsburg commons farmers market⟧
stung x6 on forearms 10:15 while splitting a hive for old man ⟦N|yoder⟧ (neighbour). now hives on chest, throat "scratchy", no stridor per wife.
advised: use epipen now (he has one, rx from dr. ⟦N|amrit sandhu⟧ ⟦D|2097⟧), call 911. wife declined ambulance — will drive to ⟦H|lehigh valley - pocono⟧ ed (20 min). told her to call 911 if voice changes.
10:58 called back: epi given 10:45, better. en route. called ed charge ⟦N|bo strickland⟧ to expect them.
12:30 ed note received: given solumedrol, benadryl, pepcid; observed 4 h; discharged with 2 epipens, venom testing referral to ⟦O|pocono allergy & asthma associates⟧ (dr. ⟦N|faye lucero⟧).
pharmacy ⟦O|weis pharmacy #171⟧ ⟦P|570-555-0160⟧. portal msg sent to acct ⟦UN|wdrumheller59⟧.
⟦N|km⟧ / routed to dr. ⟦N|sandhu⟧
`);

note("plain-community-midwife-lower", `
home birth midwife postpartum visit — ⟦O|big valley birth services⟧ — ⟦D|march 14th 2099⟧, day 2
mother: ⟦N|lydia peachey⟧ (née ⟦N|zook⟧), 31, g6p6 · chart ⟦M|bvbs-0771⟧ · no insurance, church aid via ⟦O|belleville mennonite aid⟧
address: ⟦S|3320 back mountain rd⟧, ⟦C|allensville run⟧, ⟦STATE|pa⟧ (no phone; call neighbour ⟦N|ervin byler⟧ ⟦P|717-555-0109⟧, the phone shanty)
husband ⟦N|samuel peachey⟧ sawmill owner, ⟦O|peachey hardwoods⟧. mother-in-law ⟦N|fannie peachey⟧ (⟦A|92⟧) helping with the other children.
baby: boy ⟦N|amos⟧, born ⟦D|3/12/99⟧ 04:40 at home, 3.9 kg, apgar 8/9. attended by ⟦N|ruth hershberger⟧, cpm, and student ⟦N|e. stoltzfus⟧.
today: fundus firm 1 below u, lochia mod rubra, bp 118/72. baby: nursing well, no jaundice, cord dry. newborn screen drawn (card ⟦I|pa-ns 9903140447⟧), cchd pass 98/99.
hearing screen: referred to ⟦H|lewistown hospital⟧ outpatient — family may decline. vit k given at birth; erythromycin declined.
birth certificate worksheet to ⟦O|mifflin county⟧ registrar ⟦N|d. kauffman⟧. next visit ⟦D|3/19⟧.
⟦N|rh⟧ / backup physician dr. ⟦N|glenn oberholtzer⟧ at ⟦H|kish valley family health⟧
`);

note("teledermatology-lower", `
teledermatology e-consult — ⟦H|aspirus keweenaw⟧ — ⟦D|2099-03-14⟧ — econsult id ⟦I|td-99-044718⟧
referring: ⟦N|signe rautio⟧, pa-c, ⟦H|calumet ridge clinic⟧ · consultant: ⟦N|hollis ruokolainen-park⟧, md (dermatology, remote from ⟦C|marquette⟧)
patient: ⟦N|heikkinen, tuula⟧ · 76 f · dob ⟦D|11 feb 2023⟧ · mrn ⟦M|akh 0447182⟧ · lives ⟦S|w 11820 state hwy 26, unit b⟧, ⟦C|lake linden bay⟧ ⟦STATE|mi⟧
question: 1.2 cm pearly papule l nasal ala x 8 months, bleeds with towel. photos x3 taken ⟦D|3/12⟧ with dermatoscope (sn ⟦DEV|dl4-20418⟧).
history: retired ⟦PROF|copper mine assayer⟧; sister ⟦N|aino⟧ had melanoma. prior bcc l ear excised ⟦D|2094⟧ by dr. ⟦N|mattila⟧ at ⟦H|portage health⟧.
impression: nodular basal cell carcinoma, high-risk site (h-zone).
recommendation: biopsy to confirm then mohs — nearest mohs surgeon dr. ⟦N|leif okonkwo⟧, ⟦O|upper peninsula dermatology⟧, ⟦C|ishpeming hollow⟧; or ⟦H|froedtert⟧ if travel ok. no imaging.
time: 14 min. reply sent ⟦D|3/14⟧ 15:02. ⟦N|hrp⟧
`);

note("rabies-pep-lower", `
rabies post-exposure prophylaxis record — ⟦H|verde valley medical center⟧ — ⟦C|cottonwood mesa⟧, ⟦STATE|az⟧
pt: ⟦N|ashby, journey⟧ · dob ⟦D|06/06/2089⟧ · mrn ⟦M|vvmc-7718204⟧ · mom ⟦N|crystal ashby⟧ ⟦P|928-555-0112⟧
exposure ⟦D|3/13/99⟧: bat found in bedroom at ⟦S|1880 e mingus ave, apt 4⟧, ⟦C|clarkdale mill⟧; child asleep. bat captured by dad ⟦N|dustin ashby⟧, sent to ⟦O|arizona state public health lab⟧ (specimen ⟦I|azsphl 99-0447⟧) — unsatisfactory (crushed).
animal control: ⟦O|yavapai county animal control⟧, officer ⟦N|l. gutierrez⟧, report ⟦I|ycac-99-2207⟧.
day 0 ⟦D|3/14⟧: hrig 20 iu/kg (hyperrab lot ⟦DEV|hr99-0112⟧) infiltrated, vaccine 1 ml im l deltoid (imovax lot ⟦DEV|iv-4471k⟧). given by ⟦N|nell crane⟧, rn.
day 3 ⟦D|3/17⟧ · day 7 ⟦D|3/21⟧ · day 14 ⟦D|3/28⟧ — scheduled at ⟦H|spectrum healthcare camp verde⟧ (closer to grandma ⟦N|opal ashby⟧, ⟦S|hc 33 box 14⟧, ⟦C|rimrock wash⟧).
county epi ⟦N|marcus tso⟧ notified; vaccine supplied by ⟦O|yavapai county community health services⟧ (uninsured program).
⟦N|d. ruelas⟧, md
`);

note("lyme-case-report", `
⟦STATE|Massachusetts⟧ Virtual Epidemiologic Network — Tick-borne Disease Case Investigation
Event ID ⟦I|99-0447182⟧ · Disease: Lyme disease (confirmed) · Investigator: ⟦N|Prudence Alcott-Reyes⟧, RN, ⟦O|Quabbin Regional Health District⟧
Case: ⟦N|Wheelock, Thaddeus "Tad"⟧ · DOB ⟦D|9/29/2050⟧ · ⟦S|18 Old Enfield Rd⟧, ⟦C|Belchertown Commons⟧, ⟦STATE|MA⟧ ⟦Z|01007⟧ · ⟦P|413-555-0187⟧
Reporter: ⟦O|Cooley Dickinson Lab⟧, accession ⟦I|CDL99-030912⟧ (two-tier: EIA positive, IgG immunoblot 7/10 bands) · collected ⟦D|Mar. 9, 2099⟧
Provider: ⟦N|Hyacinth Oduya⟧, MD, ⟦H|Valley Medical Group - Amherst Mill⟧ · treated doxycycline 100 mg BID x 21 d starting ⟦D|3/10⟧.
Clinical: EM rash (R popliteal, 12 cm), onset ⟦D|2/28/99⟧; arthralgia; facial palsy L (Bell's) ⟦D|3/5⟧ — early disseminated.
Exposure: walks his dog daily on the ⟦LO|Norwottuck Rail Trail⟧ and does trail work for ⟦O|Kestrel Land Trust⟧; deer tick found ⟦D|2/20⟧, removed by wife ⟦N|Constance⟧. No travel outside ⟦LO|Hampshire County⟧.
Employer: ⟦O|Five College Consortium⟧ grounds crew (supervisor ⟦N|Mike Bonhomme⟧).
Household: wife; grandson ⟦N|Ellis Wheelock⟧ (8) visits weekends — tick-check education given.
Closed ⟦D|3/16/2099⟧ by ⟦N|P. Alcott-Reyes⟧ · reviewed by epidemiologist Dr. ⟦N|Oren Feldstein⟧, ⟦O|MDPH⟧
`);

note("church-supper-outbreak", `
Foodborne Illness Complaint — Case Interview Form
⟦O|Hocking County Health Department⟧, ⟦S|350 State Route 664 N⟧, ⟦C|Logan Falls⟧, ⟦STATE|OH⟧ ⟦Z|43138⟧ · Outbreak ⟦I|OH-HCK-99-03⟧ · interviewer ⟦N|Darcy Pinkerton⟧, RS
Interview: ⟦DAY|Saturday⟧ ⟦D|14 March 2099⟧, by phone ⟦P|740-555-0163⟧
Case 7: ⟦N|Merriman, Bethel Ann⟧ · age ⟦A|ninety-one⟧ · DOB ⟦D|07/19/2007⟧ · ⟦S|22551 Big Pine Rd⟧, ⟦C|Rockbridge Hollow⟧
Event: Lenten fish fry and chicken-and-noodle supper, ⟦D|Fri. 3/13⟧, ⟦O|St. John's Lutheran of Starr Township⟧ fellowship hall; food by the ⟦O|Altar Guild⟧ and ⟦O|Hocking Hills Catering⟧ (owner ⟦N|Jody Kerns⟧).
Onset ⟦D|3/14⟧ 01:30: vomiting, watery diarrhoea, cramps; no fever. Seen at ⟦H|Hocking Valley Community Hospital⟧ ED ⟦D|3/14⟧ 06:10 (Dr. ⟦N|Baltazar⟧), IV fluids, stool sent (⟦O|ODH Lab⟧ specimen ⟦I|2099-HCK-0071⟧).
Foods eaten: fried pollock, noodles, green beans, coleslaw, pie (cherry). Sat with her neighbour ⟦N|Opal Dingess⟧ (also ill) and Rev. ⟦N|Harlan Gabbard⟧ (well).
Daughter ⟦N|Roberta Merriman-Fox⟧ answered for her, from ⟦C|Nelsonville Station⟧.
Hypothesis: C. perfringens (noodles held in roasters). Kitchen inspection ⟦D|3/16⟧ by ⟦N|T. Ashbaugh⟧.
`);

note("co-poisoning-cluster", `
ED Physician Note — Carbon Monoxide Exposure, Family of Four
⟦H|Cheshire Medical Center⟧, ⟦C|Keene Junction⟧, ⟦STATE|NH⟧ · ⟦D|03/14/2099⟧ 05:50 · arrived by ⟦O|DiLuzio Ambulance⟧ (two units)
Index patient: ⟦N|Hale, Josiah⟧ · 44 · MRN ⟦M|CMC-0441827⟧ · DOB ⟦D|3/3/2055⟧ · COHb 24%
Household at ⟦S|7 Gilsum Mine Rd⟧, ⟦C|Sullivan Notch⟧ ⟦Z|03445⟧: wife ⟦N|Willow Hale⟧ (COHb 19%), children ⟦N|Ember⟧ (6, COHb 15%) and ⟦N|Bram⟧ (3, COHb 12%). Generator run in the attached garage during the ice-storm outage; ⟦O|Eversource⟧ lines down since ⟦D|3/12⟧.
Found by neighbour ⟦N|Peg Wilber⟧ who came to check on them; ⟦O|Sullivan Notch Fire⟧ Capt. ⟦N|Abel Tousignant⟧ metered 410 ppm in the kitchen.
Treatment: 100% O2 NRB all four. Index had syncope and headache → discussed with ⟦H|Dartmouth⟧ hyperbaric (Dr. ⟦N|Caswell-Imbriaco⟧): accepted for HBO; transported by ⟦O|DHART⟧ 07:15. Wife and children observed; COHb <3% at 4 h, discharged to her sister ⟦N|Clementine Marsh⟧ in ⟦C|Marlborough Falls⟧ (⟦P|603-555-0179⟧).
Reported to ⟦O|Northern New England Poison Center⟧ (case ⟦I|NNEPC 99-04418⟧) and to ⟦O|NH DHHS⟧ environmental health.
CO alarms: none in the home; ⟦O|Red Cross⟧ of the ⟦LO|Monadnock Region⟧ to install two.
⟦N|Ruth Ann Iwasaki-Blood⟧, MD · scribe ⟦N|T. Faulkner⟧
`);

note("plan-of-safe-care", `
Plan of Safe Care — Notification and Newborn Summary (CAPTA)
⟦H|Carilion New River Valley Medical Center⟧, Mother-Baby Unit, ⟦C|Christiansburg Knob⟧, ⟦STATE|VA⟧ · ⟦D|March 14, 2099⟧
Infant: Baby Boy ⟦N|Shrewsbury⟧ (name pending: "⟦N|Ryder⟧") · MRN ⟦M|NRV 7720441⟧ · born ⟦D|3/9/99⟧ 23:12, 38w, 2.84 kg
Mother: ⟦N|Kaylynn Shrewsbury⟧ · 24 · MRN ⟦M|NRV 2204418⟧ · on buprenorphine 16 mg via ⟦O|Radford Recovery Partners⟧ (Dr. ⟦N|Hamid Qureshi⟧) since ⟦D|Aug 2098⟧; UDS at delivery positive for buprenorphine only.
Father of baby: ⟦N|Corey Lytton⟧, involved, lives with her at ⟦S|412 Peppers Ferry Rd, Lot 19⟧, ⟦C|Fairlawn Bend⟧.
Infant course: Eat-Sleep-Console; no pharmacologic treatment needed; rooming-in with MGM ⟦N|Darla Shrewsbury⟧ (⟦P|540-555-0121⟧).
Notification (not a report of abuse) made to ⟦O|Montgomery County DSS⟧ ⟦D|3/10⟧, intake worker Ms. ⟦N|Fenwick⟧, reference ⟦I|MCDSS-POSC-0447⟧.
Services: ⟦O|Infant & Toddler Connection of the New River Valley⟧ referral; WIC at ⟦O|New River Health District⟧; home visiting by ⟦O|Healthy Families NRV⟧ (⟦N|Starla Vance⟧).
Paediatrician: Dr. ⟦N|Imani Castellaw⟧, ⟦H|Blacksburg Pediatrics⟧, visit ⟦D|3/16⟧ 9:20.
Social worker ⟦N|Leanne Buckingham-Poe⟧, LCSW, ext. ⟦P|7718⟧
`);

note("econsult-nephrology", `
E-Consult: Primary Care → Nephrology (asynchronous)
⟦H|Skagit Regional Health⟧ · Requested ⟦D|03/12/2099⟧ by ⟦N|Birgitta Lindqvist-Moran⟧, MD (⟦H|Skagit Regional Clinics - Mount Vernon Flats⟧) · Answered ⟦D|03/14/2099⟧
Patient: ⟦N|Tran, Hoa Thi⟧ · 66 F · MRN ⟦M|SRH-0044718⟧ · DOB ⟦D|May 7, 2032⟧ · preferred language Vietnamese
Question: eGFR fell from 58 (⟦D|Sept '98⟧) to 41 (⟦D|3/2/99⟧) after starting empagliflozin and chlorthalidone; stop, continue, or refer?
Data reviewed: Cr 1.1 → 1.38; UACR 210 mg/g; K 4.9; BP 128/74 home log (daughter ⟦N|Linh⟧ enters in MyChart, user ⟦UN|linhtran.skagit⟧). Renal US ⟦D|2097⟧ at ⟦H|Island Hospital⟧: normal size.
Answer (⟦N|Obinna Farraday⟧, MD, nephrology): expected haemodynamic dip with SGLT2i; keep empagliflozin; halve chlorthalidone; repeat BMP 2-3 weeks at the ⟦O|Skagit Valley Labs⟧ draw site on ⟦S|1415 E Kincaid St⟧. Refer if eGFR <30 or UACR >500.
Works at ⟦O|Sakuma-Dahl Berry Farms⟧ packing; husband ⟦N|Bao⟧ drives. Time spent 16 min. ⟦N|OF⟧
`);

note("trampoline-park-injury", `
Urgent Care Visit — ⟦H|AtlantiCare Urgent Care - Hammonton Pines⟧ · ⟦D|Saturday, March 14, 2099⟧ 15:12
Patient: ⟦N|Cordero, Angel Luis⟧ · 9 y · DOB ⟦D|10-03-2089⟧ · acct ⟦I|ACU 99031411⟧ · with father ⟦N|Luis Cordero⟧ and his partner ⟦N|Brandy Sooy⟧
HPI: birthday party at ⟦O|AirVault⟧ (trampoline park, ⟦S|Route 30 & 12th St, Unit 6⟧, ⟦C|Elwood Crossing⟧) — double-bounced by a larger child on the main court, landed on R outstretched arm. Park staffer ⟦N|Jaylen Haines⟧ filled an incident form (# ⟦I|AV-0314-17⟧) and gave a copy.
Exam: tender distal R radius, no deformity, NV intact. XR: buckle fracture distal radius.
Plan: removable wrist splint 3 weeks; no trampoline or sports; ortho follow-up not needed; school note for ⟦O|Winslow Township Elementary No. 4⟧ (gym).
Mother ⟦N|Maritza Reyes-Cordero⟧ (custodial, at ⟦S|58 Cedar Br Rd⟧, ⟦C|Chatsworth Bog⟧ ⟦STATE|NJ⟧) phoned ⟦P|609-555-0115⟧ for consent — verbal, witnessed by MA ⟦N|Destiny⟧.
Insurance: ⟦O|Horizon NJ Health⟧ ⟦HP|3HZ447182011⟧. Provider ⟦N|Gianna Pietrafesa⟧, PA-C
`);

note("equine-injury", `
Orthopaedic Consult — Equine Kick
⟦H|North Mississippi Medical Center - Pontotoc Ridge⟧ · ⟦D|3/14/2099⟧ · consult requested by ED (Dr. ⟦N|Gatlin⟧)
Patient: ⟦N|Birdsong, Lacey Noelle⟧ · 27 F · MRN ⟦M|NMMC 30-447182⟧ · DOB ⟦D|12 Jan 2072⟧
HPI: ⟦PROF|farrier's assistant⟧; kicked in the R leg by a 6-year-old quarter horse ("Dollar") while holding him for shoeing at ⟦O|Chickasaw Trace Stables⟧, ⟦S|2680 Hwy 15 N⟧, ⟦C|Ecru Station⟧. Her boss, farrier ⟦N|Wyatt Tubb⟧, splinted with a feed-sack board and drove her in.
Exam: closed R tibial shaft fracture, compartments soft, DP/PT 2+.
Plan: IM nail today with Dr. ⟦N|Fortenberry⟧; DVT prophylaxis; PT.
PMH: prior L clavicle fracture ⟦D|2091⟧ (barrel racing, treated at ⟦H|Baptist Golden Triangle⟧).
Lives with fiancé ⟦N|Colton Grace⟧ at ⟦S|118 County Road 41⟧, ⟦C|Sherman Gin⟧ ⟦STATE|MS⟧ ⟦Z|38869⟧ · ⟦P|662-555-0144⟧.
Coverage: not an employee (paid cash) — ⟦O|Trustmark⟧ card on file is her own plan via ⟦O|Ambetter⟧ ⟦HP|U7041882903⟧; ⟦O|American Quarter Horse Association⟧ membership irrelevant.
⟦N|Holt Fortenberry⟧, MD · ⟦N|HF⟧/⟦N|ab⟧
`);

note("centenarian-geriatric", `
Comprehensive Geriatric Assessment — Home Visit
⟦H|Kula Hospital⟧ Geriatrics Outreach · ⟦C|Makawao Uplands⟧, ⟦STATE|HI⟧ · ⟦D|14.3.2099⟧
Patient: ⟦N|Kealamakia, Rosalind Kamakana⟧ · a ⟦A|101⟧-year-old woman · DOB ⟦D|21 Sept 1997⟧ · MRN ⟦M|KH 004471⟧
Lives at ⟦S|3855 Olinda Rd⟧, ⟦C|Makawao Uplands⟧ ⟦Z|96768⟧ with her granddaughter ⟦N|Noelani Ferreira⟧ and great-grandson ⟦N|Kekoa⟧ (4). Son ⟦N|Herbert Kealamakia⟧ (79) lives on ⟦LO|Molokai⟧.
History: she grew up on the ⟦O|Haleakala Ranch⟧ where her father ⟦N|Solomon Kamakana⟧ was a paniolo; taught at ⟦O|Makawao Union School⟧ for 40 years. Widowed ⟦D|2071⟧.
Function: ADL 4/6 (help bathing, dressing); IADL 1/8. Walks with a cane in the house. Falls: one, on ⟦DAY|New Year's Day⟧ (⟦D|Jan. 1, 2099⟧), no injury.
Cognition: MoCA 19/30 (hearing-limited). Mood: GDS-15 3. Nutrition: MNA 22.
Meds: 9, reduced to 6 today (stopped glipizide, oxybutynin, doxazosin). Pharmacist ⟦N|Reid Tokunaga⟧, ⟦O|Pukalani Pharmacy⟧.
Goals: stay home; no hospital; DNR/POLST signed ⟦D|3/14/99⟧, witnessed by Kahu ⟦N|Eli Akaka⟧ of ⟦O|Po'okela Church⟧.
Referrals: ⟦O|Hospice Maui⟧ info only; ⟦O|Maui County Office on Aging⟧ for chore services; audiology ⟦O|Hear Maui⟧.
Age verified (⟦A|101⟧) from state ID ⟦I|H07744182⟧. ⟦N|Miyoko Dela Cruz⟧, MD, geriatrics · ⟦P|808-555-0162⟧
`);

note("tattoo-infection-report", `
Infectious Disease Consult — Tattoo-associated Skin Infection
⟦H|Grand Strand Medical Center⟧, ⟦C|Myrtle Bay⟧, ⟦STATE|SC⟧ · ⟦D|3/14/2099⟧ · requested by hospitalist Dr. ⟦N|Kwame Ashford⟧
Patient: ⟦N|Lamb, Destiny Raine⟧ · 22 F · MRN ⟦M|GSMC-0770418⟧ · DOB ⟦D|2077-01-19⟧
HPI: new half-sleeve tattoo R forearm ⟦D|2/26⟧ at "⟦O|Ink Tide⟧" (⟦S|901 N Kings Hwy, Ste B⟧) by artist "⟦N|Moss⟧" (⟦N|Tobias Moss⟧). Papules within the grey-wash areas from ⟦D|3/6⟧, now nodules and pustules. Two friends tattooed the same week (⟦N|Kenzie Adair⟧, ⟦N|Brooke Pate⟧) have similar lesions.
Biopsy ⟦D|3/11⟧: AFB smear positive; culture at ⟦O|Prisma Health Lab⟧ (⟦I|PHL-M-99-0447⟧) growing rapidly; suspect M. chelonae from contaminated dilution water.
Plan: clarithromycin 500 BID pending susceptibilities (send to ⟦O|National Jewish⟧); PICC not needed yet.
Reported to ⟦O|SC DHEC⟧ Region 7 (⟦N|Nathaniel Pee⟧, epidemiologist, ⟦P|843-555-0105⟧); ink lot ⟦DEV|GW-2207-18⟧ and the shop's water bottles collected; ⟦O|FDA⟧ MedWatch by ⟦O|DHEC⟧.
Social: ⟦PROF|server⟧ at ⟦O|Calabash Cove Seafood⟧; lives at ⟦S|4471 Socastee Blvd, Apt 12⟧, ⟦C|Socastee Landing⟧ ⟦Z|29588⟧ with her mother ⟦N|Tammy Lamb⟧.
⟦N|Oluwadamilare Ige⟧, MD, Infectious Diseases · ⟦N|OI⟧
`);

note("measles-exposure-letter", `
⟦O|Jefferson County Public Health Service⟧
⟦S|531 Washington St, Suite 1⟧ · ⟦C|Watertown Bend⟧, ⟦STATE|NY⟧ ⟦Z|13601⟧ · ⟦P|315-555-0193⟧

⟦D|March 14, 2099⟧

To the parent or guardian of ⟦N|Adeline Thibault⟧
⟦S|41722 County Route 12⟧
⟦C|Clayton Shoals⟧, ⟦STATE|NY⟧ ⟦Z|13624⟧

Dear Mr. and Mrs. ⟦N|Thibault⟧:
On ⟦DAY|Tuesday⟧, ⟦D|March 10⟧, between 9:00 and 11:30 a.m., a person with measles was in the waiting room of ⟦H|River Hospital Pediatrics - Alexandria Bay⟧. Our records show ⟦N|Adeline⟧ (DOB ⟦D|11/30/2098⟧) was there at that time and is too young to have had her first MMR.
Because she is 3 months old, we recommend immune globulin (IGIM) within 6 days of exposure — by ⟦D|March 16⟧. Nurse ⟦N|Colleen Ferris⟧ will call you to arrange it at our clinic, or your pediatrician Dr. ⟦N|Anand Laroche⟧ can give it.
Please keep her home from ⟦O|Little Lighthouse Daycare⟧ until ⟦D|March 31⟧, and watch for fever, rash, cough or red eyes. If these happen, CALL FIRST ⟦P|315-555-0194⟧ — do not walk in.
Exposure ID ⟦I|JCPH-MEA-99-031⟧ (please have it ready).
Sincerely,
⟦N|Gerard Oshiro-Lavalley⟧, MD, MPH, Medical Director   ⟦N|GOL⟧/⟦N|cf⟧
`);

note("hha-plan-of-care", `
Home Health Aide Assignment and Plan of Care (CMS-485 attachment)
⟦O|Eastern Sierra Home Health⟧ · ⟦S|150 Pioneer Ln⟧, ⟦C|Bishop Creek Junction⟧, ⟦STATE|CA⟧ ⟦Z|93514⟧ · agency provider # ⟦I|05-7447⟧
Patient: ⟦N|Esperanza Quiroz de León⟧ · DOB ⟦D|February 2, 2006⟧ (age ⟦A|93⟧) · SOC ⟦D|03/10/2099⟧ · Medicare ⟦HP|7XK4-RT9-WA22⟧
Address: ⟦S|2207 Sunland Indian Reservation Rd, Space 14⟧, ⟦C|Big Pine Flats⟧ (mobile home; ramp at back door). Gate code — ask son.
Physician: Dr. ⟦N|Fenella Yazzie-Kroll⟧, ⟦H|Northern Inyo Rural Health Clinic⟧ · ⟦P|760-555-0108⟧ · fax ⟦F|760-555-0109⟧
Caregivers: son ⟦N|Eusebio León⟧ (nights), granddaughter ⟦N|Crystal León-Ward⟧ (weekends) ⟦P|760-555-0175⟧.
Aide: ⟦N|Rosario Bautista⟧, HHA, 3x/week (⟦DAY|Mon⟧/⟦DAY|Wed⟧/⟦DAY|Fri⟧) x 4 weeks. Supervisory visit q14d by RN ⟦N|Tobin Searcy⟧.
Tasks: shower chair bath; skin check heels and sacrum; oral care (partial upper denture); assist with walker to the porch; prepare lunch (low salt); remind medications from the ⟦O|Vons Pharmacy⟧ blister pack — do NOT give.
Precautions: O2 2 L via concentrator (⟦O|Apria⟧ SN ⟦DEV|EC5-0447182⟧), no smoking in the home; fall risk; DNR on file.
Emergency: 911, then son; nearest ED ⟦H|Northern Inyo Hospital⟧. ⟦N|TS⟧ ⟦D|3/12/99⟧
`);

note("vaccine-exemption-letter", `
⟦H|Pennyrile Pediatrics⟧
⟦S|2100 Fort Campbell Blvd, Bldg 4, Unit 210⟧ · ⟦C|Hopkinsville Gap⟧, ⟦STATE|KY⟧ ⟦Z|42240⟧ · ⟦P|270-555-0146⟧ · fax ⟦F|270-555-0147⟧

⟦D|3-14-2099⟧

⟦O|Christian County Public Schools⟧, Health Services
Attn: ⟦N|Marva Sallee⟧, RN, District Nurse Coordinator

Re: ⟦N|Grayson Tolliver Bond⟧, DOB ⟦D|5/5/2092⟧, grade 1, ⟦O|Sinking Fork Elementary⟧ · student ID ⟦I|CCPS 447182⟧
Medical exemption — live vaccines (MMR, varicella)
⟦N|Grayson⟧ is a patient of this practice. He received a liver transplant at ⟦H|Cincinnati Children's⟧ on ⟦D|August 3rd, 2097⟧ (transplant surgeon Dr. ⟦N|Tomasz Wierzbicki⟧) and takes tacrolimus. Live vaccines are contraindicated while he is immunosuppressed. His inactivated vaccines are up to date (⟦O|KYIR⟧ registry ID ⟦I|KY-99-0441827⟧).
This exemption is permanent unless the transplant team advises otherwise. Please notify his mother, ⟦N|Shelby Bond⟧ (⟦P|270-555-0113⟧), or father Sgt. ⟦N|Marcus Bond⟧ (⟦O|101st Airborne⟧, ⟦LO|Fort Campbell⟧), if there is a case of measles, chickenpox or shingles in his class, so he can receive post-exposure prophylaxis.
Sincerely,
⟦N|Ada Wimberly-Kohn⟧, MD, FAAP · ⟦STATE|KY⟧ license ⟦I|MD 44718⟧ · enc: Commonwealth of ⟦STATE|Kentucky⟧ Medical Exemption form   ⟦N|AWK⟧/⟦N|jr⟧
`);

note("pdmp-pain-clinic", `
Pain Management Follow-up — Controlled Substance Review
⟦H|Natchez Trace Pain & Spine⟧, ⟦S|311 E Main St⟧, ⟦C|Hohenwald Bluff⟧, ⟦STATE|TN⟧ ⟦Z|38462⟧ · ⟦D|March 14, 2099⟧
Patient: ⟦N|Pratt, Lonnie Earl⟧ · 61 M · MRN ⟦M|NTP-07718⟧ · DOB ⟦D|Apr 4, 2037⟧ · agreement signed ⟦D|11/2/2097⟧
CSMD (⟦STATE|Tennessee⟧ PDMP) queried ⟦D|3/14/99⟧ 09:12, report ⟦I|CSMD-99-4471820⟧:
 hydrocodone-APAP 10/325 #90, ⟦D|2/14⟧, this practice (Dr. ⟦N|Ivey⟧), ⟦O|Hohenwald Drug Center⟧
 alprazolam 0.5 mg #30, ⟦D|2/20⟧, ⟦N|J. Pennington⟧, NP, ⟦H|Lewis County Health Department⟧ clinic — NOT DISCLOSED
 hydrocodone-APAP 5/325 #12, ⟦D|2/27⟧, ⟦H|Maury Regional⟧ ED (Dr. ⟦N|Coble⟧), ⟦O|Walgreens #4471⟧ ⟦C|Columbia⟧
UDS today: hydrocodone +, benzodiazepine +. Pill count 12 short.
Discussion: he states the ED visit was for a fall off his tractor at ⟦S|1180 Kimmins Rd⟧ (his farm); benzo for his nerves since his wife ⟦N|Glenda⟧ died in ⟦D|January⟧. Tapering plan; naloxone co-prescribed; referral to counselling at ⟦O|Centerstone⟧.
Notified Ms. ⟦N|Pennington⟧ by phone ⟦P|931-555-0142⟧. Next visit 4 weeks; random pill count.
⟦N|Everett Ivey⟧, MD · ⟦N|Maxine Culp⟧, LPN (scribe) · ⟦N|EI⟧/⟦N|mc⟧
`);

note("chr-elder-visit", `
Community Health Representative Home Visit — ⟦O|Eastern Shoshone Tribe⟧ CHR Program
CHR: ⟦N|Wilma Tillman-Spoonhunter⟧ · ⟦D|03/14/2099⟧ · visit # ⟦I|CHR-99-0447⟧ · IHS unit ⟦H|Fort Washakie Health Center⟧
Client: ⟦N|Harold "Sonny" Enos⟧ · age ⟦A|90⟧ · DOB ⟦D|12/24/2008⟧ · chart ⟦M|FWHC 22047⟧
Home: ⟦S|18 Trout Creek Rd⟧, ⟦C|Ethete Crossing⟧, ⟦STATE|WY⟧ ⟦Z|82520⟧ (log house, woodstove; water hauled from ⟦LO|Sage Creek⟧ spring).
Lives alone; grandson ⟦N|Dakota Wanstall⟧ checks daily. Daughter ⟦N|Velma Enos⟧ in ⟦C|Riverton Flats⟧ ⟦P|307-555-0135⟧.
Vitals: BP 152/84, HR 70, BG 188 (meter SN ⟦DEV|CN-220441⟧), weight 61 kg (down 2 kg).
Meds: picked up at ⟦O|Fort Washakie IHS pharmacy⟧ ⟦D|3/2⟧; metformin, lisinopril, amlodipine — pillbox filled for two weeks.
Concerns: low wood supply — referred to ⟦O|Wind River Tribal Elder Services⟧ (⟦N|Reuben Friday⟧) and LIEAP; ride to dental at ⟦H|Wind River Family & Community Health⟧ ⟦D|3/19⟧ arranged with ⟦O|WIND RIVER TRANSPORTATION AUTHORITY⟧.
Reported weight loss to PCP Dr. ⟦N|L. Whiteplume⟧. Next visit ⟦D|3/21/99⟧.
`);

note("magnet-ingestion", `
Pediatric Gastroenterology Consult — Multiple Magnet Ingestion
⟦H|Firelands Regional Medical Center⟧, ⟦C|Sandusky Point⟧, ⟦STATE|OH⟧ · ⟦D|03/14/2099⟧ 19:40 · requested by Dr. ⟦N|Rosalie Unger⟧ (ED)
Patient: ⟦N|Kowalczyk, Piper⟧ · 4 y F · DOB ⟦D|15 July 2094⟧ · MRN ⟦M|FRMC-2204471⟧
HPI: swallowed "about five" high-powered ball magnets from her brother ⟦N|Hudson⟧'s desk toy (bought online from "⟦O|NeoSphere⟧") at 16:00 at home on ⟦LO|Drift Island⟧; ferry to the mainland with mom ⟦N|Megan Kowalczyk⟧; the island's ⟦O|Drift Island EMS⟧ met them at the ⟦O|Mercer Boat Line⟧ dock in ⟦C|Marblehead Cove⟧.
XR: chain of 6 spheres in the stomach, no free air.
Plan: urgent EGD under GA tonight with Dr. ⟦N|Adebayo Lindgren⟧; if past the pylorus, serial films and surgery consult (Dr. ⟦N|Freudenberg⟧); transfer to ⟦H|Rainbow Babies⟧ if perforation.
Product reported to ⟦O|CPSC⟧ (report ⟦I|CPSC-SR-99-0447182⟧) by ⟦N|Heather Baumgartner⟧, RN.
Father ⟦N|Derek Kowalczyk⟧ (⟦PROF|ferry deckhand⟧) ⟦P|419-555-0167⟧; home ⟦S|211 Division St⟧, ⟦C|Drift Island⟧ ⟦Z|43438⟧.
Addendum 22:50: EGD retrieved 6 magnets; small erosions; discharged AM ⟦D|3/15⟧ on omeprazole. ⟦N|AL⟧
`);

note("molst-renewal", `
Home Visit — POLST Review and Renewal (⟦STATE|NH⟧ POLST form)
⟦O|Lakes Region VNA⟧, ⟦S|186 Waukewan St⟧, ⟦C|Meredith Neck⟧, ⟦STATE|NH⟧ ⟦Z|03253⟧ · ⟦D|Mar. 14, 2099⟧
Patient: ⟦N|Flint, Augustus "Gus" Horatio⟧ · ⟦A|95⟧ yo M · DOB ⟦D|05-14-2003⟧ · agency # ⟦I|LRVNA 30447⟧
Present: patient (capacity intact per Dr. ⟦N|Verity Chamberlin⟧, his PCP at ⟦H|LRGHealthcare - Meredith Family Practice⟧), wife ⟦N|Clarissa Flint⟧ (⟦A|92⟧), healthcare agent son ⟦N|Peter Flint⟧ (by video from ⟦C|Portland⟧, ⟦STATE|ME⟧).
Discussion: previous POLST ⟦D|9/2097⟧: full treatment. Since then two admissions to ⟦H|Lakes Region General⟧ for CHF (⟦D|12/2098⟧, ⟦D|2/2099⟧). He says "no more breathing machines"; wants to stay at ⟦S|44 Bean Hill Rd⟧ (his home on ⟦LO|Lake Waukewan⟧) as long as possible.
New POLST: A) DNR; B) selective treatment (no intubation, hospital ok for IV antibiotics/diuretics); C) artificial nutrition: trial period. Signed by Dr. ⟦N|Chamberlin⟧ via e-signature ⟦D|3/14/99⟧ 15:05.
Copies: fridge, ⟦O|Meredith-Center Harbor Ambulance⟧, and ⟦O|HomeCare Plus⟧ hospice intake (⟦N|Alma Cotton⟧, RN).
Church: ⟦O|First Congregational of Meredith Neck⟧; minister Rev. ⟦N|Judith Lord⟧ visits ⟦DAY|Thursdays⟧.
⟦N|Sophronia Blake⟧, RN, CHPN · ⟦P|603-555-0129⟧
`);

note("ebike-crash-ed", `
Emergency Department Provider Note
⟦H|Desert Regional - Coachella Palms Campus⟧ · ⟦C|Indio Wells⟧, ⟦STATE|CA⟧ · ⟦D|2099.03.14⟧ 21:05
Patient: ⟦N|Ocampo-Lujan, Maximiliano⟧ · 16 M · MRN ⟦M|DRC 8804471⟧ · DOB ⟦D|Aug-30-2082⟧ · arrived by ⟦O|Riverside County Fire⟧ Medic 87
HPI: riding a class 3 e-bike (rental from "⟦O|ZipCactus⟧", fleet tag ⟦I|ZC-20418⟧) at ~25 mph on ⟦S|Avenue 48⟧ near ⟦S|Jackson St⟧, hit a curb, no helmet. Friend ⟦N|Elian Rosas⟧ called 911. Witness Mrs. ⟦N|Patience Coombs⟧ (driver who stopped) gave statement to ⟦O|CHP⟧ Officer ⟦N|Delgado-Frye⟧ (report ⟦I|CHP 99-0314-2207⟧).
Exam: GCS 14, R frontal hematoma, R clavicle deformity, road rash.
CT head: small R frontal contusion, no midline shift. CT C-spine negative.
Plan: neurosurgery (Dr. ⟦N|Kovacevic⟧) — repeat CT 6 h; admit PICU at ⟦H|Loma Linda University Children's⟧, accepted by Dr. ⟦N|Yusuf Barrientos⟧; transfer by ⟦O|Mercy Air⟧.
Parents: ⟦N|Ramón Ocampo⟧ and ⟦N|Lidia Lujan⟧ ⟦P|760-555-0183⟧; home ⟦S|81-447 Calle Tampico, #B⟧, ⟦C|La Quinta Mesa⟧ ⟦Z|92253⟧.
School: ⟦O|Desert Sands Unified⟧ — ⟦O|Shadow Hills High⟧ junior.
⟦N|Camille Okafor-Brandt⟧, MD · ⟦N|COB⟧
`);

note("boarding-school-infirmary", `
⟦O|Housatonic Hill School⟧ — Health Center Log and Parent Notification
Health Center, ⟦S|Box 44, 1180 Litchfield Tpke⟧, ⟦C|Washington Depot Falls⟧, ⟦STATE|CT⟧ ⟦Z|06794⟧ · ⟦D|Saturday 14 March 2099⟧ · nurse on duty ⟦N|Bridget Ahearn⟧, RN
09:10 ⟦N|Thornton, Kingsley⟧ (Form V, dorm ⟦LO|Wykeham House⟧), age 17, DOB ⟦D|2/2/2082⟧: sore throat, T 38.6, rapid strep positive. Amoxicillin per standing order of Dr. ⟦N|Hargreave⟧ (school physician, ⟦H|Sharon Hill Pediatrics⟧). Isolated in the infirmary. Parents in ⟦C|Hong Kong⟧ — emailed ⟦E|thornton.family@harbourmail.example⟧; guardian in the US Mrs. ⟦N|Lavinia Osgood⟧ ⟦P|212-555-0188⟧.
10:45 ⟦N|Achebe, Chinonso⟧ (Form IV), DOB ⟦D|09/09/2083⟧: squash racquet to L eyebrow, 1.5 cm lac — Steri-Strips; coach Mr. ⟦N|Fabian Wright⟧ informed. Father Dr. ⟦N|Obiora Achebe⟧ called ⟦P|+44 20 7946 0418⟧.
13:30 ⟦N|Blythe, Honor⟧ (Form VI), DOB ⟦D|1/17/2081⟧: anxiety before ⟦O|College Board⟧ exam; seen by counsellor Ms. ⟦N|Wren Holloway⟧, LPC.
16:20 ⟦N|Delacroix-Mbeki, Jules⟧ (Form III), DOB ⟦D|05.12.2084⟧: lacrosse, L ankle inversion. Ottawa rules negative. RICE, crutches. Athletic trainer ⟦N|Sal Ippolito⟧, ATC.
Day student ⟦N|Faith Moody⟧ sent home with fever 38.1 to ⟦S|22 River Rd⟧, ⟦C|Roxbury Station⟧ — picked up by mother ⟦N|Hope Moody⟧.
Daily census to Head of School Dr. ⟦N|Marcus Lockwood-Penn⟧. ⟦N|BA⟧
`);

note("quarry-drowning-picu", `
PICU Admission Note — Submersion Injury
⟦H|Riley Hospital for Children at IU Health⟧ · ⟦D|March 14th, 2099⟧ · transferred from ⟦H|IU Health Bloomington Hollow⟧ by ⟦O|LifeLine⟧ (crew ⟦N|Garza⟧/⟦N|Whitt⟧)
Patient: ⟦N|Hatfield, Bryce Allen⟧ · 15 M · MRN ⟦M|RHC-44718207⟧ · DOB ⟦D|3/1/84⟧ (sic: corrected to ⟦D|3/1/2084⟧)
HPI: jumped from the 40-ft ledge at the abandoned ⟦LO|Sanders Mill quarry⟧ off ⟦S|Empire Mill Rd⟧ near ⟦C|Oolitic Ridge⟧, did not surface; pulled out after ~6 min by friends ⟦N|Tucker Pruitt⟧ and ⟦N|Cheyenne Lang⟧; bystander CPR by ⟦N|Tucker⟧ (lifeguard-trained), ROSC on arrival of ⟦O|Lawrence County EMS⟧ ~12 min. Water 11 °C.
Course: intubated at the outside hospital (Dr. ⟦N|Amberleigh Pope⟧), temp 34.2; CXR bilateral infiltrates; lactate 6.1.
Plan: targeted temperature management 36 °C, lung-protective ventilation, EEG monitoring, neuro checks; neurology (Dr. ⟦N|Okonjo-Heist⟧).
Family: mother ⟦N|Crystal Hatfield⟧ ⟦P|812-555-0153⟧, stepfather ⟦N|Lyle Mount⟧; grandmother ⟦N|Ione Hatfield⟧ (⟦A|ninety-three⟧) en route from ⟦C|Bedford Stone⟧. Home ⟦S|4471 N Stone Quarry Rd⟧, ⟦C|Oolitic Ridge⟧, ⟦STATE|IN⟧ ⟦Z|47451⟧.
Chaplain Fr. ⟦N|Tomasz Ward⟧ with family. Conservation officer Lt. ⟦N|Marla Cox⟧ (⟦O|Indiana DNR Law Enforcement⟧) case ⟦I|DNR-99-0314-0418⟧.
⟦N|Shira Abernathy-Lund⟧, MD, PICU attending · ⟦N|SAL⟧/⟦N|kt⟧
`);

note("livestock-needlestick", `
Occupational Health — Needlestick with Veterinary Vaccine (Brucella RB51)
⟦H|Salina Regional Health Center⟧ Occupational Medicine, ⟦C|Lincoln Center Bend⟧, ⟦STATE|KS⟧ · ⟦D|3/14/2099⟧
Worker: ⟦N|Schroeder, Hollis Dean⟧ · DOB ⟦D|November 11, 2063⟧ · employee # ⟦I|SHV-0418⟧ · employer ⟦O|Smoky Hill Veterinary Service⟧, ⟦S|1880 K-18 Hwy⟧, ⟦C|Lincoln Center Bend⟧ ⟦Z|67455⟧
Event: ⟦D|3/13⟧ 15:20, while calfhood-vaccinating heifers at the ⟦O|Bauer Brothers⟧ ranch (⟦S|Rural Route 2, Box 9⟧, ⟦C|Sylvan Grove Flats⟧), a heifer kicked the syringe; needle into L thenar eminence, small amount of RB51 injected. Vaccine lot ⟦DEV|RB51-99-0447⟧ (⟦O|Colorado Serum Company⟧).
Veterinarian on site: Dr. ⟦N|Ainsley Kuhlmann⟧, DVM (his boss), who called the ⟦O|Kansas Department of Health and Environment⟧ epidemiology hotline (⟦N|Darius Brandt⟧, report ⟦I|KDHE-99-RB-011⟧).
Assessment: high-risk exposure to RB51 (rifampin-resistant strain).
Plan: PEP doxycycline 100 mg BID + TMP-SMX DS BID x 21 days (not rifampin); symptom watch 6 months; serology not useful for RB51 — baseline draw anyway per ⟦O|KDHE⟧ (⟦O|KHEL⟧ ⟦I|KHEL-0447182⟧).
Workers' comp: ⟦O|KS Farm Bureau Insurance⟧ claim ⟦I|WC-99-22018⟧, adjuster ⟦N|Patty Ebert⟧ ⟦P|785-555-0166⟧ fax ⟦F|785-555-0167⟧.
Wife ⟦N|Marlys Schroeder⟧. ⟦N|Callum Frisbie⟧, DO, MPH · ⟦N|CF⟧/⟦N|ls⟧
`);
write();
