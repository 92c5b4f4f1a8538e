// Why this file exists: stop 63's speed round sp63 (docs/performance.md "Stop 63, sp63") gave F62_HOT's busiest sites'
// lists filters of their own and put wordIn()'s next busiest callers behind filters too (assembly/names/r62_sc62.ts's
// F63_* filters): orgHead31()'s two lists, namedHeadClass()'s pair's last words, featureLoc41()'s and landHead59()'s
// heads, residenceTown()'s "in/from/near", org34()'s, labelNoColon62()'s and issuerBeforeId59()'s labels, practiceHead49()'s
// heads, orgFrameBefore29()'s clergy. No finding may move. These rows put each new site in its frame (a practice's
// and an insurer's heads, police and fire, a letterhead's head, "Physical Therapy", "Home Health", "Primary Care",
// "Occupational Medicine", a feature's head one or two words on, a park, a town after "in"/"from"/"to"; a payer's and a
// vendor's label, an identifier's "member id" and "claim", "pastor of", a practice group's head) beside English
// uses of the same words ("care plan", "medical service", "recurrent falls", "lives in fear"), and short texts whose
// feature head would be the token after the last, where the ring holds the text before's record (featureLoc41() reads
// k + 1 before its count test: there it asks wordIn() alone). In mixed case, ALL CAPS and lower case, on both engines;
// the findings are the round's start's (main ec2ed76, generated from /work/main/dist), gaps included: a row records what
// the core finds, not what it should find. Invented names. The sources' check of every filtered site's list is
// test/speed-62-sc62.test.ts's (it reads the F63_* filters too).
import { runSpeedTable, type SpeedRow as Row } from "./helpers/speed-table.js";

const ROWS: Row[] = [
  ["Seen at Riverbend Family Practice; PAYER: Blue Plain Health Plan. Care plan reviewed, medical service consulted.",[["Riverbend Family Practice","LOCATION","location:facility"],["Blue Plain Health Plan","LOCATION","location:organization"]]],
  ["SEEN AT RIVERBEND FAMILY PRACTICE; PAYER: BLUE PLAIN HEALTH PLAN. CARE PLAN REVIEWED, MEDICAL SERVICE CONSULTED.",[["RIVERBEND FAMILY PRACTICE","LOCATION","location:facility"],["BLUE PLAIN HEALTH PLAN","LOCATION","location:organization"]]],
  ["seen at riverbend family practice; payer: blue plain health plan. care plan reviewed, medical service consulted.",[["riverbend family practice","LOCATION","location:facility"],["blue plain health plan","LOCATION","location:organization"]]],
  ["Referred to Capital Cardiology Associates. Norwood PD Ofc Schrader at bedside; Harlan Township Fire crew left.",[["Norwood","NAME","name:dictionary"],["Ofc Schrader","NAME","name:cue"],["Harlan Township Fire","LOCATION","location:organization"]]],
  ["REFERRED TO CAPITAL CARDIOLOGY ASSOCIATES. NORWOOD PD OFC SCHRADER AT BEDSIDE; HARLAN TOWNSHIP FIRE CREW LEFT.",[["NORWOOD PD","LOCATION","location:organization"],["SCHRADER","NAME","name:cue"],["HARLAN TOWNSHIP FIRE","LOCATION","location:organization"]]],
  ["referred to capital cardiology associates. norwood pd ofc schrader at bedside; harlan township fire crew left.",[["norwood pd","LOCATION","location:organization"],["schrader","NAME","name:cue"],["harlan township fire","LOCATION","location:organization"]]],
  ["Letterhead: Bayou Neurology Associates at 12 Elm St, Suite 4. The dermatology service saw her.",[["Bayou Neurology Associates","LOCATION","location:organization"],["12 Elm St, Suite 4","LOCATION","location:address"]]],
  ["LETTERHEAD: BAYOU NEUROLOGY ASSOCIATES AT 12 ELM ST, SUITE 4. THE DERMATOLOGY SERVICE SAW HER.",[["BAYOU NEUROLOGY ASSOCIATES","LOCATION","location:organization"],["12 ELM ST, SUITE 4","LOCATION","location:address"]]],
  ["letterhead: bayou neurology associates at 12 elm st, suite 4. the dermatology service saw her.",[["bayou neurology associates","LOCATION","location:organization"],["12 elm st, suite 4","LOCATION","location:address"]]],
  ["Referred to Riverbend Physical Therapy. Aide from Sunrise Valley Home Health; follows with Ventura Primary Care.",[["Riverbend Physical Therapy","LOCATION","location:organization"],["Sunrise Valley Home Health","LOCATION","location:organization"],["Ventura Primary Care","LOCATION","location:facility"]]],
  ["REFERRED TO RIVERBEND PHYSICAL THERAPY. AIDE FROM SUNRISE VALLEY HOME HEALTH; FOLLOWS WITH VENTURA PRIMARY CARE.",[["RIVERBEND PHYSICAL THERAPY","LOCATION","location:organization"],["SUNRISE VALLEY HOME HEALTH","LOCATION","location:organization"],["VENTURA PRIMARY CARE","LOCATION","location:facility"]]],
  ["referred to riverbend physical therapy. aide from sunrise valley home health; follows with ventura primary care.",[["riverbend physical therapy","LOCATION","location:organization"],["sunrise valley home health","LOCATION","location:organization"],["ventura primary care","LOCATION","location:facility"]]],
  ["Seen at Keystone Occupational Medicine and Blue Ridge Sports Medicine; physical therapy twice weekly, home care.",[["Keystone Occupational Medicine","LOCATION","location:facility"],["Blue Ridge Sports Medicine","LOCATION","location:facility"]]],
  ["SEEN AT KEYSTONE OCCUPATIONAL MEDICINE AND BLUE RIDGE SPORTS MEDICINE; PHYSICAL THERAPY TWICE WEEKLY, HOME CARE.",[["KEYSTONE OCCUPATIONAL MEDICINE","LOCATION","location:facility"],["BLUE RIDGE SPORTS MEDICINE","LOCATION","location:facility"]]],
  ["seen at keystone occupational medicine and blue ridge sports medicine; physical therapy twice weekly, home care.",[["keystone occupational medicine","LOCATION","location:organization"],["blue ridge sports medicine","LOCATION","location:facility"]]],
  ["Flipped at Slaughterhouse Falls on the Taylor River. Walks his dog on the Norwottuck Rail Trail and rests.",[["Slaughterhouse Falls","LOCATION","location:city"],["Taylor River","LOCATION","location:city"],["Norwottuck Rail Trail","LOCATION","location:city"]]],
  ["FLIPPED AT SLAUGHTERHOUSE FALLS ON THE TAYLOR RIVER. WALKS HIS DOG ON THE NORWOTTUCK RAIL TRAIL AND RESTS.",[["SLAUGHTERHOUSE FALLS","LOCATION","location:city"],["TAYLOR RIVER","LOCATION","location:city"],["NORWOTTUCK RAIL TRAIL","LOCATION","location:city"]]],
  ["flipped at slaughterhouse falls on the taylor river. walks his dog on the norwottuck rail trail and rests.",[["slaughterhouse falls","LOCATION","location:city"],["taylor river","LOCATION","location:city"],["norwottuck rail trail","LOCATION","location:city"]]],
  ["Found down at Marshview Park. At home on Drift Island; water hauled from Sage Creek spring. Recurrent falls.",[["Marshview Park","LOCATION","location:city"],["Drift Island","LOCATION","location:city"],["Sage Creek","LOCATION","location:city"]]],
  ["FOUND DOWN AT MARSHVIEW PARK. AT HOME ON DRIFT ISLAND; WATER HAULED FROM SAGE CREEK SPRING. RECURRENT FALLS.",[["MARSHVIEW PARK","LOCATION","location:city"],["DRIFT ISLAND","LOCATION","location:city"],["SAGE CREEK","NAME","name:neighbour"]]],
  ["found down at marshview park. at home on drift island; water hauled from sage creek spring. recurrent falls.",[["marshview park","LOCATION","location:city"],["drift island","LOCATION","location:city"]]],
  ["Lives at Oakhurst Manor in Reading since 2150. She is at my house in Fall River until Friday. Flying in from Phoenix on Sunday.",[["Oakhurst Manor","LOCATION","location:facility"],["Reading","LOCATION","location:city"],["2150","DATE","format:year"],["Fall River","LOCATION","location:city"],["Friday","DATE","dictionary:weekday"],["Phoenix","LOCATION","location:city"],["Sunday","DATE","dictionary:weekday"]]],
  ["LIVES AT OAKHURST MANOR IN READING SINCE 2150. SHE IS AT MY HOUSE IN FALL RIVER UNTIL FRIDAY. FLYING IN FROM PHOENIX ON SUNDAY.",[["OAKHURST MANOR","LOCATION","location:facility"],["READING","LOCATION","location:city"],["2150","DATE","format:year"],["FALL RIVER","LOCATION","location:city"],["FRIDAY","DATE","dictionary:weekday"],["PHOENIX","LOCATION","location:city"],["SUNDAY","DATE","dictionary:weekday"]]],
  ["lives at oakhurst manor in reading since 2150. she is at my house in fall river until friday. flying in from phoenix on sunday.",[["oakhurst manor","LOCATION","location:facility"],["reading","LOCATION","location:city"],["2150","DATE","format:year"],["fall river","LOCATION","location:city"],["friday","DATE","dictionary:weekday"],["phoenix","LOCATION","location:city"],["sunday","DATE","dictionary:weekday"]]],
  ["Who moved to Fall River in 1989. Lives in fear, stays in bed, discharged home in stable condition.",[["Fall River","LOCATION","location:city"],["1989","DATE","format:year"]]],
  ["WHO MOVED TO FALL RIVER IN 1989. LIVES IN FEAR, STAYS IN BED, DISCHARGED HOME IN STABLE CONDITION.",[["FALL RIVER","LOCATION","location:city"],["1989","DATE","format:year"]]],
  ["who moved to fall river in 1989. lives in fear, stays in bed, discharged home in stable condition.",[["fall river","LOCATION","location:city"],["1989","DATE","format:year"]]],
  ["Off Kalgin Island",[["Kalgin Island","NAME","name:neighbour"]]],
  ["OFF KALGIN ISLAND",[]],
  ["off kalgin island",[]],
  ["At Kalgin",[["Kalgin","LOCATION","location:city"]]],
  ["AT KALGIN",[["KALGIN","LOCATION","location:facility"]]],
  ["at kalgin",[["kalgin","LOCATION","location:facility"]]],
  ["Fished at Sage Creek",[["Sage Creek","LOCATION","location:city"]]],
  ["FISHED AT SAGE CREEK",[["SAGE CREEK","LOCATION","location:city"]]],
  ["fished at sage creek",[["sage creek","LOCATION","location:city"]]],
  ["Near the river",[]],
  ["NEAR THE RIVER",[]],
  ["near the river",[]],
  ["Payer Tovaro Mutual denied it. Vendor Orrin Medical Supply delivered the walker; vendor rep called.",[["Orrin Medical Supply","LOCATION","location:organization"]]],
  ["PAYER TOVARO MUTUAL DENIED IT. VENDOR ORRIN MEDICAL SUPPLY DELIVERED THE WALKER; VENDOR REP CALLED.",[["ORRIN MEDICAL SUPPLY","LOCATION","location:organization"]]],
  ["payer tovaro mutual denied it. vendor orrin medical supply delivered the walker; vendor rep called.",[["orrin medical supply","LOCATION","location:organization"]]],
  ["Prior auth from Medica, member id A77120418. Sent via Careport claim CP-7720418; patient id 4471820.",[["Medica","LOCATION","location:organization"],["A77120418","HEALTH_PLAN","cue:health-plan"],["Careport","LOCATION","location:organization"],["CP-7720418","ID","cue:id"],["4471820","MRN","cue:mrn"]]],
  ["PRIOR AUTH FROM MEDICA, MEMBER ID A77120418. SENT VIA CAREPORT CLAIM CP-7720418; PATIENT ID 4471820.",[["MEDICA","LOCATION","location:organization"],["A77120418","HEALTH_PLAN","cue:health-plan"],["CAREPORT","LOCATION","location:organization"],["CP-7720418","ID","cue:id"],["4471820","MRN","cue:mrn"]]],
  ["prior auth from medica, member id a77120418. sent via careport claim cp-7720418; patient id 4471820.",[["medica","LOCATION","location:organization"],["a77120418","HEALTH_PLAN","cue:health-plan"],["careport","LOCATION","location:organization"],["cp-7720418","ID","cue:id"],["4471820","MRN","cue:mrn"]]],
  ["He is pastor of Grace Covenant Church. Deacon at Elm Street Baptist. Member of the choir.",[["Grace Covenant Church","LOCATION","location:organization"],["Elm Street Baptist","LOCATION","location:organization"]]],
  ["HE IS PASTOR OF GRACE COVENANT CHURCH. DEACON AT ELM STREET BAPTIST. MEMBER OF THE CHOIR.",[["PASTOR OF GRACE COVENANT CHURCH","LOCATION","location:organization"],["ELM STREET BAPTIST","LOCATION","location:organization"]]],
  ["he is pastor of grace covenant church. deacon at elm street baptist. member of the choir.",[["pastor of grace covenant church","LOCATION","location:organization"],["elm street baptist","LOCATION","location:organization"]]],
  ["Seen by Olentangy Pediatric Group and Coastal Urology Group; the hydrocodone group was stopped.",[["Olentangy Pediatric Group","LOCATION","location:organization"]]],
  ["SEEN BY OLENTANGY PEDIATRIC GROUP AND COASTAL UROLOGY GROUP; THE HYDROCODONE GROUP WAS STOPPED.",[["OLENTANGY PEDIATRIC GROUP","LOCATION","location:organization"]]],
  ["seen by olentangy pediatric group and coastal urology group; the hydrocodone group was stopped.",[["olentangy pediatric group","LOCATION","location:organization"]]],
];

runSpeedTable("stop 63, sp63: wordIn()'s next callers and F62_HOT's busiest lists behind filters of their own keep the start's findings", ROWS);
