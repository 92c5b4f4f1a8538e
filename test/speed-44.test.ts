// Why this file exists: stop 44's speed round (spd44, docs/performance.md "Stop 44: spd44") right-nested the chains of
// `&&` and `||` that stop 43 left as written for the JS fallback's size limit: laterRounds(), addressOrFacility() and
// the ~210 functions only they call (the address, facility, organisation and later place rules), with the fallback's
// build inlining less (scripts/embed-wasm.mjs, binaryen's one-caller limit 400 -> 300 IR nodes) so its largest function
// stays under test/wasm.test.ts's limit. The same tests in the same order with the same short-circuit: no finding may
// change. The table holds the findings of stop 44's start (436f907), read from its build, for one line of the clinical
// fixtures per combination of place and organisation reasons (68 combinations, lines not already in
// test/speed-43.test.ts), each in mixed case, ALL CAPS and lower case, on both engines; and a second table for the byte
// walks the round also reshaped (wordIn()'s list reads, csv.ts's inShortLine(), the automaton's byte loop). Names and
// places are the fixtures' invented ones. One line takes the merged tree's findings, a gain of loc44's rule round (a
// town's last word "MILL" joins the address, as places-round-43's row of the same line): stop 44's review.
// (Stop 44's second round, kn44: one row gains an air ambulance's word that KNOWN44 lists, "eaglemed".)
// (Stop 47, sub47p: the Mayfield row's "ST. ANSELM" is a town after its bracket's comma, saintTown47(): in ALL CAPS it
// joins the laboratory's span before it, in lower case it is a town; the same tokens stay covered.)
// (Stop 45, og45: one row gains the agency's whole name after its state, "KENTUCKY DISABILITY DETERMINATION SERVICES":
// headTail45b(), its PO box a finding of its own as before.)
// (Stop 45, loc45: two lower-case rows gain a county named before its head, lowerCounty45(): "big horn county",
// "colleton county".)
// (Stop 45, pl45: one lower-case row names the whole hospital after "destination mtf:", medCenterName45(): "walter reed
// national military medical center", fixture 31's gold span, where the row held the surname pair "walter reed".)
// (Stop 46, loc46: the two ALL CAPS rows name the whole airport, "NORTH BIG HORN COUNTY AIRPORT", fixture 20's gold span:
// "county airport" is a facility head.)
// (Stop 46, fp46: the lower-case prenatal row drops "edd", the estimated due date, as a name: the word list refuses it.)
// (Stop 50, nm50: the Somali interpreter's row, mixed case and ALL CAPS, reads "ID 40172" as his identifier's label, no
// Idaho: "Abdi" is the interpreter's name, fixture 17's gold NAME, where the row held the place "Abdi, ID".)
// (Stop 51, og51: the Kent County row in mixed case and ALL CAPS names the county's office whole, "Kent County Probation
// Department", countyAgency51(), fixture 11's gold span as the lower-case row had it; the shelter's and the parish's rows
// type the same spans an organisation's, orgHead51(), as the fixtures label them.)
// (Stop 55, hs55: "Connecticut Children's" (mixed case and ALL CAPS) and "KOOTENAI HEALTH" / "kootenai health" now
// name the hospital whole, a state's or a town's span grown over the head words after it, facilityTail55(); the rows had
// the state or the town alone.)
// (Stop 56, pl56: a place found takes the feature words after it, townFeature56(): "Jamaica Flats" and "LATTA
// CROSSROADS" / "latta crossroads" now name the whole place, in each case, where the rows held "Jamaica" and "LATTA"
// alone.)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const CASES: PlaceCase[] = [
  ["Lakeshore Cardiology Associates",[["Lakeshore Cardiology Associates","location:organization"]],[]],
  ["LAKESHORE CARDIOLOGY ASSOCIATES",[["LAKESHORE CARDIOLOGY ASSOCIATES","location:organization"]],[]],
  ["lakeshore cardiology associates",[["lakeshore cardiology associates","location:organization"]],[]],
  ["Harbor Family Practice",[["Harbor Family Practice","location:facility"]],[]],
  ["HARBOR FAMILY PRACTICE",[["HARBOR FAMILY PRACTICE","location:facility"]],[]],
  ["harbor family practice",[["harbor family practice","location:facility"]],[]],
  ["- The Arbors at Westfield - pending clinicals",[["Westfield","location:city"]],[]],
  ["- THE ARBORS AT WESTFIELD - PENDING CLINICALS",[["WESTFIELD","location:city"]],[]],
  ["- the arbors at westfield - pending clinicals",[["westfield","location:city"]],[]],
  ["Prior delivery 2021 at Good Samaritan in Lafayette, uncomplicated SVD.",[["Good Samaritan","location:facility"],["Lafayette","location:city"]],[]],
  ["PRIOR DELIVERY 2021 AT GOOD SAMARITAN IN LAFAYETTE, UNCOMPLICATED SVD.",[["GOOD SAMARITAN","location:facility"],["LAFAYETTE","location:city"]],[]],
  ["prior delivery 2021 at good samaritan in lafayette, uncomplicated svd.",[["good samaritan","location:facility"],["lafayette","location:city"]],[]],
  ["I, HAROLD J. PEABODY, OF 19 WHITTIER ROAD, NEEDHAM, MA 02492, APPOINT CYNTHIA PEABODY-MARSH (DAUGHTER), 781-555-0138, AS MY HEALTH CARE AGENT.",[["HAROLD J. PEABODY","name:neighbour"],["19 WHITTIER ROAD, NEEDHAM, MA","location:address"],["02492","format:zip-address"],["CYNTHIA PEABODY-MARSH","name:neighbour"],["781-555-0138","validator:nanp"]],[]],
  ["I, HAROLD J. PEABODY, OF 19 WHITTIER ROAD, NEEDHAM, MA 02492, APPOINT CYNTHIA PEABODY-MARSH (DAUGHTER), 781-555-0138, AS MY HEALTH CARE AGENT.",[["HAROLD J. PEABODY","name:neighbour"],["19 WHITTIER ROAD, NEEDHAM, MA","location:address"],["02492","format:zip-address"],["CYNTHIA PEABODY-MARSH","name:neighbour"],["781-555-0138","validator:nanp"]],[]],
  ["i, harold j. peabody, of 19 whittier road, needham, ma 02492, appoint cynthia peabody-marsh (daughter), 781-555-0138, as my health care agent.",[["harold j. peabody","name:neighbour"],["19 whittier road, needham, ma 02492","location:address"],["cynthia peabody-marsh","name:neighbour"],["781-555-0138","validator:nanp"]],[]],
  ["PRIOR: SHINGRIX 3/2019 AND 6/2019 AT CVS MASS AVE.",[["CVS","location:organization"],["MASS AVE","location:address"]],[]],
  ["PRIOR: SHINGRIX 3/2019 AND 6/2019 AT CVS MASS AVE.",[["CVS","location:organization"],["MASS AVE","location:address"]],[]],
  ["prior: shingrix 3/2019 and 6/2019 at cvs mass ave.",[["cvs","location:organization"],["mass ave","location:address"]],[]],
  ["01/15/2026 10:40 AM  Heart Failure Clinic - Jolene Markowitz, NP   489 State St, Suite 3, Bangor   (207) 555-0164",[["Clinic - Jolene Markowitz","location:facility"],["489 State St, Suite 3, Bangor","location:address"],["(207) 555-0164","validator:nanp"]],[]],
  ["01/15/2026 10:40 AM  HEART FAILURE CLINIC - JOLENE MARKOWITZ, NP   489 STATE ST, SUITE 3, BANGOR   (207) 555-0164",[["JOLENE MARKOWITZ","name:neighbour"],["489 STATE ST, SUITE 3, BANGOR","location:address"],["(207) 555-0164","validator:nanp"]],[]],
  ["01/15/2026 10:40 am  heart failure clinic - jolene markowitz, np   489 state st, suite 3, bangor   (207) 555-0164",[["jolene markowitz","name:neighbour"],["489 state st, suite 3, bangor","location:address"],["(207) 555-0164","validator:nanp"]],[]],
  ["PATIENT LIVES WITH HIS BROTHER OLUWASEUN ON WOODLAWN AVE IN PARMA AND WORKS AT GREAT LAKES FASTENER.",[["OLUWASEUN","name:cue"],["WOODLAWN AVE","location:address"],["PARMA","location:city"],["GREAT LAKES FASTENER","location:organization"]],[]],
  ["PATIENT LIVES WITH HIS BROTHER OLUWASEUN ON WOODLAWN AVE IN PARMA AND WORKS AT GREAT LAKES FASTENER.",[["OLUWASEUN","name:cue"],["WOODLAWN AVE","location:address"],["PARMA","location:city"],["GREAT LAKES FASTENER","location:organization"]],[]],
  ["patient lives with his brother oluwaseun on woodlawn ave in parma and works at great lakes fastener.",[["oluwaseun","name:cue"],["woodlawn ave","location:address"],["parma","location:city"],["great lakes","location:city"]],[]],
  ["- DR. YOUNG, ADALBERT MEDICAL GROUP, 5400 RIDGE RD, PARMA OH 44129, 01/09/2026 AT 9:30. TEL 440-555-0122.",[["YOUNG","name:title"],["ADALBERT MEDICAL GROUP","location:organization"],["5400 RIDGE RD, PARMA OH","location:address"],["44129","format:zip-address"],["440-555-0122","cue:phone"]],[]],
  ["- DR. YOUNG, ADALBERT MEDICAL GROUP, 5400 RIDGE RD, PARMA OH 44129, 01/09/2026 AT 9:30. TEL 440-555-0122.",[["YOUNG","name:title"],["ADALBERT MEDICAL GROUP","location:organization"],["5400 RIDGE RD, PARMA OH","location:address"],["44129","format:zip-address"],["440-555-0122","cue:phone"]],[]],
  ["- dr. young, adalbert medical group, 5400 ridge rd, parma oh 44129, 01/09/2026 at 9:30. tel 440-555-0122.",[["young","name:title"],["adalbert medical group","location:organization"],["5400 ridge rd, parma oh 44129","location:address"],["440-555-0122","cue:phone"]],[]],
  ["MSH|^~\\&|SUNQUEST|MERIDIAN LABS|EPIC|HVH|202601301642||ORU^R01|LAB7731920|P|2.3",[["MERIDIAN LABS","location:facility"],["HVH","location:facility"]],[]],
  ["MSH|^~\\&|SUNQUEST|MERIDIAN LABS|EPIC|HVH|202601301642||ORU^R01|LAB7731920|P|2.3",[["MERIDIAN LABS","location:facility"],["HVH","location:facility"]],[]],
  ["msh|^~\\&|sunquest|meridian labs|epic|hvh|202601301642||oru^r01|lab7731920|p|2.3",[["meridian labs","location:facility"],["hvh","location:facility"]],[]],
  ["Assabet Home Helpers M/W/F. If hospice is chosen later, family prefers Hospice at Home of Acton.",[["Assabet Home Helpers","location:organization"],["Home","location:city"],["Acton","location:city"]],[]],
  ["ASSABET HOME HELPERS M/W/F. IF HOSPICE IS CHOSEN LATER, FAMILY PREFERS HOSPICE AT HOME OF ACTON.",[["ACTON","location:city"]],[]],
  ["assabet home helpers m/w/f. if hospice is chosen later, family prefers hospice at home of acton.",[["acton","location:city"]],[]],
  ["Referral: from Officer Dwayne Keller, juvenile probation, Kent County Probation Department 616-555-0151.",[["Dwayne Keller","name:neighbour"],["Kent County Probation Department","location:organization"],["616-555-0151","validator:nanp"]],[]],
  ["REFERRAL: FROM OFFICER DWAYNE KELLER, JUVENILE PROBATION, KENT COUNTY PROBATION DEPARTMENT 616-555-0151.",[["DWAYNE KELLER","name:neighbour"],["KENT COUNTY PROBATION DEPARTMENT","location:organization"],["616-555-0151","validator:nanp"]],[]],
  ["referral: from officer dwayne keller, juvenile probation, kent county probation department 616-555-0151.",[["dwayne keller","name:neighbour"],["kent county probation department","location:organization"],["616-555-0151","validator:nanp"]],[]],
  ["Employment: part-time at Meijer on Alpine Ave, and on weekends with his uncle's company Whitfield & Sons Roofing.",[["Meijer","location:organization"],["Alpine Ave","location:address"],["Whitfield & Sons Roofing","location:organization"]],[]],
  ["EMPLOYMENT: PART-TIME AT MEIJER ON ALPINE AVE, AND ON WEEKENDS WITH HIS UNCLE'S COMPANY WHITFIELD & SONS ROOFING.",[["MEIJER","location:organization"],["ALPINE AVE","location:address"],["WHITFIELD & SONS ROOFING","location:organization"]],[]],
  ["employment: part-time at meijer on alpine ave, and on weekends with his uncle's company whitfield & sons roofing.",[["meijer","location:organization"],["alpine ave","location:address"],["whitfield & sons roofing","location:organization"]],[]],
  ["caseworker Ben Ostrander from Lutheran Services in Iowa emailed at bostrander@lsi-iowa.example.org.",[["Ben Ostrander","name:neighbour"],["Lutheran Services","location:organization"],["Iowa","location:state"]],[]],
  ["CASEWORKER BEN OSTRANDER FROM LUTHERAN SERVICES IN IOWA EMAILED AT BOSTRANDER@LSI-IOWA.EXAMPLE.ORG.",[["BEN OSTRANDER","name:neighbour"],["LUTHERAN SERVICES IN IOWA","location:organization"],["BOSTRANDER","location:facility"]],[]],
  ["caseworker ben ostrander from lutheran services in iowa emailed at bostrander@lsi-iowa.example.org.",[["ben ostrander","name:neighbour"],["lutheran services","location:organization"],["iowa","location:state"],["bostrander","location:facility"]],[]],
  ["Home: two-story colonial at 34 Larch Lane in Shrewsbury, corner of Larch Lane and Prospect St. 5 steps to front entry with",[["34 Larch Lane","location:address"],["Shrewsbury","location:city"],["Larch Lane","location:address"],["Prospect St","location:address"]],[]],
  ["HOME: TWO-STORY COLONIAL AT 34 LARCH LANE IN SHREWSBURY, CORNER OF LARCH LANE AND PROSPECT ST. 5 STEPS TO FRONT ENTRY WITH",[["34 LARCH LANE","location:address"],["SHREWSBURY","location:city"],["LARCH LANE","location:address"],["PROSPECT ST","location:address"]],[]],
  ["home: two-story colonial at 34 larch lane in shrewsbury, corner of larch lane and prospect st. 5 steps to front entry with",[["34 larch lane","location:address"],["shrewsbury","location:city"],["larch lane","location:address"],["prospect st","location:address"]],[]],
  ["Haddam Landing, CT 06499",[["Haddam Landing","location:city"],["06499","format:zip-address"]],[]],
  ["HADDAM LANDING, CT 06499",[["HADDAM LANDING","location:city"],["06499","format:zip-address"]],[]],
  ["haddam landing, ct 06499",[["haddam landing","location:city"],["06499","format:zip-address"]],[]],
  ["Westbury Ridge, MA 01788",[["Westbury Ridge","name:neighbour"],["01788","format:zip-address"]],[]],
  ["WESTBURY RIDGE, MA 01788",[["WESTBURY RIDGE","location:city"],["01788","format:zip-address"]],[]],
  ["westbury ridge, ma 01788",[["westbury ridge","name:neighbour"],["01788","format:zip-address"]],[]],
  ["Pt is a 58 yo Portuguese-speaking man originally from São Miguel, Portugal, who moved to Fall River in 1989.",[["São Miguel","location:city"],["Portugal","location:country"],["Fall River","location:city"]],[]],
  ["PT IS A 58 YO PORTUGUESE-SPEAKING MAN ORIGINALLY FROM SÃO MIGUEL, PORTUGAL, WHO MOVED TO FALL RIVER IN 1989.",[["SÃO MIGUEL","location:city"],["PORTUGAL","location:country"],["FALL RIVER","location:city"]],[]],
  ["pt is a 58 yo portuguese-speaking man originally from são miguel, portugal, who moved to fall river in 1989.",[["são miguel","location:city"],["fall river","location:city"]],[]],
  ["BROUGHT BY REDWATER FIRE FROM GREYSTONE NURSING HOME (400 QUARRY RD) AFTER UNWITNESSED FALL.",[["REDWATER FIRE","location:organization"],["GREYSTONE NURSING HOME","location:facility"],["400 QUARRY RD","location:address"]],[]],
  ["BROUGHT BY REDWATER FIRE FROM GREYSTONE NURSING HOME (400 QUARRY RD) AFTER UNWITNESSED FALL.",[["REDWATER FIRE","location:organization"],["GREYSTONE NURSING HOME","location:facility"],["400 QUARRY RD","location:address"]],[]],
  ["brought by redwater fire from greystone nursing home (400 quarry rd) after unwitnessed fall.",[["redwater fire","location:organization"],["greystone nursing home","location:facility"],["400 quarry rd","location:address"]],[]],
  ["SHE IS FOLLOWED BY DR. BEST AT PELHAM COVE PRIMARY CARE . HER SON GILBERT PARISH LIVES IN PORTLAND .",[["BEST","name:title"],["PELHAM COVE PRIMARY CARE","location:facility"],["GILBERT PARISH","name:neighbour"],["PORTLAND","location:city"]],[]],
  ["SHE IS FOLLOWED BY DR. BEST AT PELHAM COVE PRIMARY CARE . HER SON GILBERT PARISH LIVES IN PORTLAND .",[["BEST","name:title"],["PELHAM COVE PRIMARY CARE","location:facility"],["GILBERT PARISH","name:neighbour"],["PORTLAND","location:city"]],[]],
  ["she is followed by dr. best at pelham cove primary care . her son gilbert parish lives in portland .",[["best","name:title"],["pelham cove primary care","location:facility"],["gilbert parish","name:neighbour"],["portland","location:city"]],[]],
  ["Location: home, 44 Orchard Row, Unit 2, Bayou Chênaie, LA 70394 (Bonnecroix Parish)",[["44 Orchard Row, Unit 2, Bayou Chênaie, LA","location:address"],["70394","format:zip-address"],["Bonnecroix Parish","location:county"]],[]],
  ["LOCATION: HOME, 44 ORCHARD ROW, UNIT 2, BAYOU CHÊNAIE, LA 70394 (BONNECROIX PARISH)",[["44 ORCHARD ROW, UNIT 2, BAYOU CHÊNAIE, LA","location:address"],["70394","format:zip-address"],["BONNECROIX PARISH","location:county"]],[]],
  ["location: home, 44 orchard row, unit 2, bayou chênaie, la 70394 (bonnecroix parish)",[["44 orchard row, unit 2, bayou chênaie, la 70394","location:address"],["bonnecroix parish","location:county"]],[]],
  ["Ridgeway Heart & Vascular Institute, 2100 Tolliver Parkway, Suite 300, Ashcombe, KY 40361",[["Ridgeway Heart & Vascular Institute","location:facility"],["2100 Tolliver Parkway, Suite 300, Ashcombe, KY","location:address"],["40361","format:zip-address"]],[]],
  ["RIDGEWAY HEART & VASCULAR INSTITUTE, 2100 TOLLIVER PARKWAY, SUITE 300, ASHCOMBE, KY 40361",[["RIDGEWAY HEART & VASCULAR INSTITUTE","location:facility"],["2100 TOLLIVER PARKWAY, SUITE 300, ASHCOMBE, KY","location:address"],["40361","format:zip-address"]],[]],
  ["ridgeway heart & vascular institute, 2100 tolliver parkway, suite 300, ashcombe, ky 40361",[["ridgeway heart & vascular institute","location:facility"],["2100 tolliver parkway, suite 300, ashcombe, ky 40361","location:address"]],[]],
  ["P.O. Box 5508, Augustine Falls, ME 04331",[["P.O. Box 5508, Augustine Falls, ME","location:po-box"],["04331","format:zip-address"]],[]],
  ["P.O. BOX 5508, AUGUSTINE FALLS, ME 04331",[["P.O. BOX 5508, AUGUSTINE FALLS, ME","location:po-box"],["04331","format:zip-address"]],[]],
  ["p.o. box 5508, augustine falls, me 04331",[["p.o. box 5508, augustine falls, me 04331","location:po-box"]],[]],
  ["Course here: presented 11/2 2140 from home in Verdigre Flats (lives with wife Ingrid, 89, at RR 2 Box 41) with",[["Verdigre Flats","location:city"],["Ingrid","name:cue"],["RR 2 Box 41","location:po-box"]],[]],
  ["COURSE HERE: PRESENTED 11/2 2140 FROM HOME IN VERDIGRE FLATS (LIVES WITH WIFE INGRID, 89, AT RR 2 BOX 41) WITH",[["VERDIGRE FLATS","location:city"],["INGRID","name:cue"],["RR 2 BOX 41","location:po-box"]],[]],
  ["course here: presented 11/2 2140 from home in verdigre flats (lives with wife ingrid, 89, at rr 2 box 41) with",[["verdigre flats","location:city"],["ingrid","name:cue"],["rr 2 box 41","location:po-box"]],[]],
  ["Device rep present: Jordan Kessler (manufacturer).",[["Jordan","location:country"],["Kessler","name:dictionary"]],[]],
  ["DEVICE REP PRESENT: JORDAN KESSLER (MANUFACTURER).",[["JORDAN","location:country"],["KESSLER","name:dictionary"]],[]],
  ["device rep present: jordan kessler (manufacturer).",[["kessler","name:dictionary"]],[]],
  ["Has been staying at Hope House Women's Shelter on Atlantic Ave and sometimes with her nephew Devendra in Jamaica Flats.",[["Hope House Women's Shelter","location:organization"],["Atlantic Ave","location:address"],["Devendra","name:cue"],["Jamaica Flats","location:country"]],[]],
  ["HAS BEEN STAYING AT HOPE HOUSE WOMEN'S SHELTER ON ATLANTIC AVE AND SOMETIMES WITH HER NEPHEW DEVENDRA IN JAMAICA FLATS.",[["HOPE HOUSE WOMEN'S SHELTER","location:organization"],["ATLANTIC AVE","location:address"],["DEVENDRA","name:cue"],["JAMAICA FLATS","location:country"]],[]],
  ["has been staying at hope house women's shelter on atlantic ave and sometimes with her nephew devendra in jamaica flats.",[["hope house women's shelter","location:organization"],["atlantic ave","location:address"],["devendra","name:cue"],["jamaica flats","location:country"]],[]],
  ["REQUESTING FACILITY: HALEY'S CROSSING COMMUNITY HOSPITAL (HALEY'S CROSSING, DORRANCE COUNTY)",[["HALEY'S CROSSING COMMUNITY HOSPITAL","location:facility"],["HALEY","name:dictionary"],["DORRANCE COUNTY","location:county"]],[]],
  ["REQUESTING FACILITY: HALEY'S CROSSING COMMUNITY HOSPITAL (HALEY'S CROSSING, DORRANCE COUNTY)",[["HALEY'S CROSSING COMMUNITY HOSPITAL","location:facility"],["HALEY","name:dictionary"],["DORRANCE COUNTY","location:county"]],[]],
  ["requesting facility: haley's crossing community hospital (haley's crossing, dorrance county)",[["haley","name:dictionary"],["haley","name:dictionary"],["dorrance county","location:county"]],[]],
  ["FROM: HIGHLAND PARK ORTHOPAEDIC & SPINE   455 QUARRY RD STE 110   BRECKSVILLE GLEN, OH 44141",[["HIGHLAND PARK ORTHOPAEDIC & SPINE","location:facility"],["455 QUARRY RD STE 110   BRECKSVILLE GLEN, OH","location:address"],["44141","format:zip-address"]],[]],
  ["FROM: HIGHLAND PARK ORTHOPAEDIC & SPINE   455 QUARRY RD STE 110   BRECKSVILLE GLEN, OH 44141",[["HIGHLAND PARK ORTHOPAEDIC & SPINE","location:facility"],["455 QUARRY RD STE 110   BRECKSVILLE GLEN, OH","location:address"],["44141","format:zip-address"]],[]],
  ["from: highland park orthopaedic & spine   455 quarry rd ste 110   brecksville glen, oh 44141",[["highland park orthopaedic & spine","location:facility"],["455 quarry rd ste 110   brecksville glen, oh 44141","location:address"]],[]],
  ["lived with his sister Loretta Whitfield-Banks at Rural Route 2, Box 118, Coldwater Gap. Sister's phone 270-555-0183.",[["Loretta Whitfield-Banks","name:neighbour"],["Rural Route 2, Box 118, Coldwater Gap","location:po-box"],["270-555-0183","cue:phone"]],[]],
  ["LIVED WITH HIS SISTER LORETTA WHITFIELD-BANKS AT RURAL ROUTE 2, BOX 118, COLDWATER GAP. SISTER'S PHONE 270-555-0183.",[["LORETTA WHITFIELD-BANKS","name:neighbour"],["RURAL ROUTE 2, BOX 118, COLDWATER GAP","location:po-box"],["270-555-0183","cue:phone"]],[]],
  ["lived with his sister loretta whitfield-banks at rural route 2, box 118, coldwater gap. sister's phone 270-555-0183.",[["loretta whitfield-banks","name:neighbour"],["rural route 2, box 118, coldwater gap","location:po-box"],["270-555-0183","cue:phone"]],[]],
  ["MVC VS TREE ON COUNTY ROAD 12 NEAR ASHFORD MILLS. TRANSFERRED FROM ASHFORD MILLS COMMUNITY HOSPITAL BY LIFEFLIGHT OF THE VALLEYS.",[["COUNTY ROAD 12","location:address"],["ASHFORD MILLS","location:city"],["ASHFORD MILLS COMMUNITY HOSPITAL","location:facility"],["LIFEFLIGHT OF THE VALLEYS","location:organization"]],[]],
  ["MVC VS TREE ON COUNTY ROAD 12 NEAR ASHFORD MILLS. TRANSFERRED FROM ASHFORD MILLS COMMUNITY HOSPITAL BY LIFEFLIGHT OF THE VALLEYS.",[["COUNTY ROAD 12","location:address"],["ASHFORD MILLS","location:city"],["ASHFORD MILLS COMMUNITY HOSPITAL","location:facility"],["LIFEFLIGHT OF THE VALLEYS","location:organization"]],[]],
  ["mvc vs tree on county road 12 near ashford mills. transferred from ashford mills community hospital by lifeflight of the valleys.",[["county road 12","location:address"],["ashford mills","location:city"],["ashford mills community hospital","location:facility"]],[]],
  ["PDMP check: 2 other opioid fills in 30 days from Dr. Oyedepo (Piedmont Urgent Care) filled at Carolina Value Drug in Dunham Springs.",[["Oyedepo","name:title"],["Piedmont Urgent Care","location:facility"],["Carolina Value Drug","location:organization"],["Dunham Springs","location:city"]],[]],
  ["PDMP CHECK: 2 OTHER OPIOID FILLS IN 30 DAYS FROM DR. OYEDEPO (PIEDMONT URGENT CARE) FILLED AT CAROLINA VALUE DRUG IN DUNHAM SPRINGS.",[["OYEDEPO","name:title"],["PIEDMONT URGENT CARE","location:facility"],["CAROLINA VALUE DRUG","location:organization"],["DUNHAM SPRINGS","location:city"]],[]],
  ["pdmp check: 2 other opioid fills in 30 days from dr. oyedepo (piedmont urgent care) filled at carolina value drug in dunham springs.",[["oyedepo","name:title"],["piedmont urgent care","location:facility"],["carolina value drug","location:organization"],["dunham springs","location:city"]],[]],
  ["From: Glenfield Regional Medical Center, 4 North      To: The Arbors at Cypress Landing (skilled nursing), 17 Heron Way, Cypress Landing",[["Glenfield Regional Medical Center","location:facility"],["Cypress Landing","location:city"],["17 Heron Way, Cypress Landing","location:address"]],[]],
  ["FROM: GLENFIELD REGIONAL MEDICAL CENTER, 4 NORTH      TO: THE ARBORS AT CYPRESS LANDING (SKILLED NURSING), 17 HERON WAY, CYPRESS LANDING",[["GLENFIELD REGIONAL MEDICAL CENTER","location:facility"],["CYPRESS LANDING","location:city"],["17 HERON WAY, CYPRESS LANDING","location:address"]],[]],
  ["from: glenfield regional medical center, 4 north      to: the arbors at cypress landing (skilled nursing), 17 heron way, cypress landing",[["glenfield regional medical center","location:facility"],["17 heron way, cypress landing","location:address"]],[]],
  ["Service: US Army 1968-1971, Vietnam (Agent Orange registry exam 2079); 101st Airborne. Service-connected 70% (PTSD, tinnitus).",[["US Army","location:organization"],["Vietnam","location:country"],["101st Airborne","location:organization"]],[]],
  ["SERVICE: US ARMY 1968-1971, VIETNAM (AGENT ORANGE REGISTRY EXAM 2079); 101ST AIRBORNE. SERVICE-CONNECTED 70% (PTSD, TINNITUS).",[["US ARMY","location:organization"],["VIETNAM","location:country"],["101ST AIRBORNE","location:organization"]],[]],
  ["service: us army 1968-1971, vietnam (agent orange registry exam 2079); 101st airborne. service-connected 70% (ptsd, tinnitus).",[["101st airborne","location:organization"]],[]],
  ["Country of birth: India (born in Kottamala). Employer/sponsor: Crestline Semiconductor, process engineer.",[["India","location:country"],["Kottamala","location:facility"],["Crestline Semiconductor","location:organization"]],[]],
  ["COUNTRY OF BIRTH: INDIA (BORN IN KOTTAMALA). EMPLOYER/SPONSOR: CRESTLINE SEMICONDUCTOR, PROCESS ENGINEER.",[["INDIA","location:country"],["KOTTAMALA","location:city"],["CRESTLINE SEMICONDUCTOR","location:organization"]],[]],
  ["country of birth: india (born in kottamala). employer/sponsor: crestline semiconductor, process engineer.",[["kottamala","location:city"],["crestline semiconductor","location:organization"]],[]],
  ["LOCATION: INTERSTATE 84 WESTBOUND AT MILE MARKER 37, JUST PAST THE ROUTE 6 OVERPASS, DUTCHESS HOLLOW TOWNSHIP",[["INTERSTATE 84","location:address"],["MILE MARKER 37","location:address"],["ROUTE 6","location:address"],["DUTCHESS","name:dictionary"],["HOLLOW TOWNSHIP","location:county"]],[]],
  ["LOCATION: INTERSTATE 84 WESTBOUND AT MILE MARKER 37, JUST PAST THE ROUTE 6 OVERPASS, DUTCHESS HOLLOW TOWNSHIP",[["INTERSTATE 84","location:address"],["MILE MARKER 37","location:address"],["ROUTE 6","location:address"],["DUTCHESS","name:dictionary"],["HOLLOW TOWNSHIP","location:county"]],[]],
  ["location: interstate 84 westbound at mile marker 37, just past the route 6 overpass, dutchess hollow township",[["interstate 84","location:address"],["mile marker 37","location:address"],["6 overpass, dutchess hollow township","location:address"]],[]],
  ["PERFORMED AT: TRI-COUNTY REFERENCE LABORATORY EXCEPT TSI (MAYFIELD CLINICAL LABS, ST. ANSELM, MN).",[["TRI-COUNTY","location:county"],["TSI (MAYFIELD CLINICAL LABS, ST. ANSELM","location:organization"]],[]],
  ["PERFORMED AT: TRI-COUNTY REFERENCE LABORATORY EXCEPT TSI (MAYFIELD CLINICAL LABS, ST. ANSELM, MN).",[["TRI-COUNTY","location:county"],["TSI (MAYFIELD CLINICAL LABS, ST. ANSELM","location:organization"]],[]],
  // (stop 47, og47b: the lab's name with its core word in lower case, lowerCoreInName47(); its town joins as in mixed case)
  ["performed at: tri-county reference laboratory except tsi (mayfield clinical labs, st. anselm, mn).",[["mayfield clinical labs, st. anselm","location:organization"]],[]],
  ["Education provided in Bengali through video interpreter Tanvir (ID 88104). Handouts from American Diabetes Association.",[["Tanvir","name:cue"],["88104","format:zip-address"],["American Diabetes Association","location:organization"]],[]],
  ["EDUCATION PROVIDED IN BENGALI THROUGH VIDEO INTERPRETER TANVIR (ID 88104). HANDOUTS FROM AMERICAN DIABETES ASSOCIATION.",[["TANVIR","name:cue"],["88104","format:zip-address"],["AMERICAN DIABETES ASSOCIATION","location:organization"]],[]],
  ["education provided in bengali through video interpreter tanvir (id 88104). handouts from american diabetes association.",[["tanvir","name:cue"],["american diabetes association","location:organization"]],[]],
  ["Connecticut Children's — CPT      Date: the 7th of April, 2093     CPT case #CPT-93-0412",[["Connecticut Children's","location:facility"]],[]],
  ["CONNECTICUT CHILDREN'S — CPT      DATE: THE 7TH OF APRIL, 2093     CPT CASE #CPT-93-0412",[["CONNECTICUT CHILDREN'S","location:facility"]],[]],
  ["connecticut children's — cpt      date: the 7th of april, 2093     cpt case #cpt-93-0412",[],[]],
  ["index case: florin dragomir, 52 m, smear+ cavitary pulmonary tb dx 3/3/95 at baystate. born in romania, in us since 2081.",[["florin dragomir","name:neighbour"],["baystate","location:facility"],["romania","location:country"]],[]],
  ["INDEX CASE: FLORIN DRAGOMIR, 52 M, SMEAR+ CAVITARY PULMONARY TB DX 3/3/95 AT BAYSTATE. BORN IN ROMANIA, IN US SINCE 2081.",[["FLORIN DRAGOMIR","name:neighbour"],["BAYSTATE","location:facility"],["ROMANIA","location:country"]],[]],
  ["index case: florin dragomir, 52 m, smear+ cavitary pulmonary tb dx 3/3/95 at baystate. born in romania, in us since 2081.",[["florin dragomir","name:neighbour"],["baystate","location:facility"],["romania","location:country"]],[]],
  ["Plan: laid-back positioning, breast compression, hand expression taught; Medela pump rental via Rhode Island WIC office in Cranston.",[["Rhode Island","location:state"],["Cranston","location:city"]],[]],
  ["PLAN: LAID-BACK POSITIONING, BREAST COMPRESSION, HAND EXPRESSION TAUGHT; MEDELA PUMP RENTAL VIA RHODE ISLAND WIC OFFICE IN CRANSTON.",[["RHODE ISLAND","location:state"],["CRANSTON","location:city"]],[]],
  ["plan: laid-back positioning, breast compression, hand expression taught; medela pump rental via rhode island wic office in cranston.",[["rhode","name:dictionary"],["cranston","location:city"]],[]],
  ["Prior wishes: a 2089 letter written to his pastor at Our Lady of Fatima Parish in Highlandtown states he \"would not want machines\".",[["Our Lady of Fatima Parish","location:county"],["Highlandtown","location:city"]],[]],
  ["PRIOR WISHES: A 2089 LETTER WRITTEN TO HIS PASTOR AT OUR LADY OF FATIMA PARISH IN HIGHLANDTOWN STATES HE \"WOULD NOT WANT MACHINES\".",[["OUR LADY OF FATIMA PARISH","location:organization"],["HIGHLANDTOWN","name:capitalised"]],[]],
  ["prior wishes: a 2089 letter written to his pastor at our lady of fatima parish in highlandtown states he \"would not want machines\".",[["our lady of fatima parish","location:organization"]],[]],
  ["OFFERED WARMING CENTER AT VOLUNTEERS OF AMERICA DELAWARE VALLEY BROADWAY SITE - ACCEPTED, TRANSPORTED BY VAN.",[["VOLUNTEERS OF AMERICA","location:organization"],["DELAWARE","location:state"],["BROADWAY","location:city"]],[]],
  ["OFFERED WARMING CENTER AT VOLUNTEERS OF AMERICA DELAWARE VALLEY BROADWAY SITE - ACCEPTED, TRANSPORTED BY VAN.",[["VOLUNTEERS OF AMERICA","location:organization"],["DELAWARE","location:state"],["BROADWAY","location:city"]],[]],
  ["offered warming center at volunteers of america delaware valley broadway site - accepted, transported by van.",[["volunteers of america","location:organization"],["broadway","location:city"]],[]],
  ["Country of origin: Somalia; 9 years in Dadaab refugee camp, Kenya. Language: Somali (interpreter Abdi, ID 40172).",[["Somalia","location:country"],["Dadaab","location:city"],["Kenya","location:country"],["Abdi","name:cue"],["40172","format:zip-address"]],[]],
  ["COUNTRY OF ORIGIN: SOMALIA; 9 YEARS IN DADAAB REFUGEE CAMP, KENYA. LANGUAGE: SOMALI (INTERPRETER ABDI, ID 40172).",[["SOMALIA","location:country"],["KENYA","location:country"],["ABDI","name:cue"],["40172","format:zip-address"]],[]],
  ["country of origin: somalia; 9 years in dadaab refugee camp, kenya. language: somali (interpreter abdi, id 40172).",[["abdi","name:cue"]],[]],
  ["BlueCross BlueShield of North Carolina — Utilization Management, P.O. Box 2291, Durham, NC 27702",[["BlueCross BlueShield","location:organization"],["North Carolina","location:state"],["P.O. Box 2291, Durham, NC","location:po-box"],["27702","format:zip-address"]],[]],
  ["BLUECROSS BLUESHIELD OF NORTH CAROLINA — UTILIZATION MANAGEMENT, P.O. BOX 2291, DURHAM, NC 27702",[["BLUECROSS BLUESHIELD","location:organization"],["NORTH CAROLINA","location:state"],["P.O. BOX 2291, DURHAM, NC","location:po-box"],["27702","format:zip-address"]],[]],
  ["bluecross blueshield of north carolina — utilization management, p.o. box 2291, durham, nc 27702",[["bluecross blueshield","location:organization"],["carolina","name:dictionary"],["p.o. box 2291, durham, nc 27702","location:po-box"]],[]],
  ["ADDRESS: RR 3 BOX 118, ROGERSVILLE 65742 - GRAVEL DRIVE PAST THE CASEY'S ON HWY 60, WHITE FARMHOUSE, DOGS.",[["RR 3 BOX 118, ROGERSVILLE 65742 - GRAVEL DRIVE","location:po-box"],["CASEY","name:dictionary"],["HWY 60, WHITE","location:address"]],[]],
  ["ADDRESS: RR 3 BOX 118, ROGERSVILLE 65742 - GRAVEL DRIVE PAST THE CASEY'S ON HWY 60, WHITE FARMHOUSE, DOGS.",[["RR 3 BOX 118, ROGERSVILLE 65742 - GRAVEL DRIVE","location:po-box"],["CASEY","name:dictionary"],["HWY 60, WHITE","location:address"]],[]],
  ["address: rr 3 box 118, rogersville 65742 - gravel drive past the casey's on hwy 60, white farmhouse, dogs.",[["rr 3 box 118, rogersville 65742 - gravel drive","location:po-box"],["casey","name:dictionary"],["hwy 60","location:address"]],[]],
  ["Clinical Pharmacy Consult — Vancomycin Dosing     Piedmont Ridge Medical Center (PRMC - Hickory campus)",[["Piedmont Ridge Medical Center","location:facility"],["PRMC - Hickory campus","location:facility"]],[]],
  ["CLINICAL PHARMACY CONSULT — VANCOMYCIN DOSING     PIEDMONT RIDGE MEDICAL CENTER (PRMC - HICKORY CAMPUS)",[["PIEDMONT RIDGE MEDICAL CENTER","location:facility"],["PRMC - HICKORY CAMPUS","location:facility"]],[]],
  ["clinical pharmacy consult — vancomycin dosing     piedmont ridge medical center (prmc - hickory campus)",[["piedmont ridge medical center","location:facility"],["prmc - hickory campus","location:facility"]],[]],
  ["ADDRESS: RR 1 BOX 44, CHAMITA, NM 87566 (SON'S HOUSE; DIRECTIONS: PAST SAN GABRIEL CHURCH, 2ND LEFT ON CR 0055).",[["RR 1 BOX 44, CHAMITA, NM","location:po-box"],["87566","format:zip-address"],["SAN GABRIEL CHURCH","location:organization"],["CR 0055","location:address"]],[]],
  ["ADDRESS: RR 1 BOX 44, CHAMITA, NM 87566 (SON'S HOUSE; DIRECTIONS: PAST SAN GABRIEL CHURCH, 2ND LEFT ON CR 0055).",[["RR 1 BOX 44, CHAMITA, NM","location:po-box"],["87566","format:zip-address"],["SAN GABRIEL CHURCH","location:organization"],["CR 0055","location:address"]],[]],
  ["address: rr 1 box 44, chamita, nm 87566 (son's house; directions: past san gabriel church, 2nd left on cr 0055).",[["rr 1 box 44, chamita, nm 87566","location:po-box"],["san gabriel church","location:organization"],["cr 0055","location:address"]],[]],
  ["TRANSPORT: EAGLEMED FIXED-WING FROM NORTH BIG HORN COUNTY AIRPORT, ETA 21:15. ROADS CLOSED ON US-14A OVER THE PASS.",[["EAGLEMED","location:organization"],["NORTH BIG HORN COUNTY AIRPORT","location:facility"],["US-14A","location:address"]],[]],
  ["TRANSPORT: EAGLEMED FIXED-WING FROM NORTH BIG HORN COUNTY AIRPORT, ETA 21:15. ROADS CLOSED ON US-14A OVER THE PASS.",[["EAGLEMED","location:organization"],["NORTH BIG HORN COUNTY AIRPORT","location:facility"],["US-14A","location:address"]],[]],
  ["transport: eaglemed fixed-wing from north big horn county airport, eta 21:15. roads closed on us-14a over the pass.",[["eaglemed","location:organization"],["big horn county","location:county"],["us-14a","location:address"]],[]],
  ["EMPLOYER: HULL RUST TACONITE CO (HRT), PO BOX 388, CHISHOLM     SUPERVISOR: GARY LAHTI 218-555-0163",[["HULL RUST TACONITE CO","location:organization"],["HRT","location:organization"],["PO BOX 388, CHISHOLM","location:po-box"],["GARY LAHTI","name:neighbour"],["218-555-0163","validator:nanp"]],[]],
  ["EMPLOYER: HULL RUST TACONITE CO (HRT), PO BOX 388, CHISHOLM     SUPERVISOR: GARY LAHTI 218-555-0163",[["HULL RUST TACONITE CO","location:organization"],["HRT","location:organization"],["PO BOX 388, CHISHOLM","location:po-box"],["GARY LAHTI","name:neighbour"],["218-555-0163","validator:nanp"]],[]],
  ["employer: hull rust taconite co (hrt), po box 388, chisholm     supervisor: gary lahti 218-555-0163",[["hull rust taconite","location:organization"],["po box 388, chisholm","location:po-box"],["gary lahti","name:neighbour"],["218-555-0163","validator:nanp"]],[]],
  ["Lakeshore Sleep Disorders Center at Holland Hospital · 602 Michigan Ave, Holland, MI 49423 · AASM accredited",[["Lakeshore","location:city"],["Holland Hospital","location:facility"],["602 Michigan Ave, Holland, MI","location:address"],["49423","format:zip-address"]],[]],
  ["LAKESHORE SLEEP DISORDERS CENTER AT HOLLAND HOSPITAL · 602 MICHIGAN AVE, HOLLAND, MI 49423 · AASM ACCREDITED",[["LAKESHORE SLEEP DISORDERS CENTER AT HOLLAND HOSPITAL","location:facility"],["602 MICHIGAN AVE, HOLLAND, MI","location:address"],["49423","format:zip-address"]],[]],
  ["lakeshore sleep disorders center at holland hospital · 602 michigan ave, holland, mi 49423 · aasm accredited",[["lakeshore","location:city"],["holland hospital","location:facility"],["602 michigan ave, holland, mi 49423","location:address"]],[]],
  ["PLACE OF DEATH: RESIDENCE, HC 61 BOX 2218, RAMAH, MCKINLEY COUNTY",[["HC 61 BOX 2218, RAMAH","location:po-box"],["MCKINLEY COUNTY","location:county"]],[]],
  ["PLACE OF DEATH: RESIDENCE, HC 61 BOX 2218, RAMAH, MCKINLEY COUNTY",[["HC 61 BOX 2218, RAMAH","location:po-box"],["MCKINLEY COUNTY","location:county"]],[]],
  ["place of death: residence, hc 61 box 2218, ramah, mckinley county",[["hc 61 box 2218, ramah, mckinley county","location:po-box"]],[]],
  ["REQUESTED BY: KENTUCKY DISABILITY DETERMINATION SERVICES, PO BOX 1000, FRANKFORT KY 40602, EXAMINER PAULA HIBBARD, FAX 502-555-0198",[["KENTUCKY DISABILITY DETERMINATION SERVICES","location:organization"],["PO BOX 1000, FRANKFORT KY","location:po-box"],["40602","format:zip-address"],["PAULA HIBBARD","name:neighbour"]],[]],
  ["REQUESTED BY: KENTUCKY DISABILITY DETERMINATION SERVICES, PO BOX 1000, FRANKFORT KY 40602, EXAMINER PAULA HIBBARD, FAX 502-555-0198",[["KENTUCKY DISABILITY DETERMINATION SERVICES","location:organization"],["PO BOX 1000, FRANKFORT KY","location:po-box"],["40602","format:zip-address"],["PAULA HIBBARD","name:neighbour"]],[]],
  // (stop 60, og60: cuedOrg60() now reads the lower-case agency before its strong head "services" after "requested by:",
  // as the ALL CAPS rows above already found it; the row had recorded the lower-case gap)
  ["requested by: kentucky disability determination services, po box 1000, frankfort ky 40602, examiner paula hibbard, fax 502-555-0198",[["kentucky disability determination services","location:organization"],["po box 1000, frankfort ky 40602","location:po-box"],["paula hibbard","name:neighbour"]],[]],
  ["Client: Wilmer Orlando Sic Cux, 24, from San Juan Cotzal, El Quiché, Guatemala; K'iche' speaker, interpreter Ana Tzoc via Propio (ID PRP-30117).",[["Wilmer Orlando","name:neighbour"],["San Juan","location:city"],["Cotzal, El Quiché","name:neighbour"],["Guatemala","location:country"],["Ana Tzoc","name:neighbour"],["Propio","location:organization"]],[]],
  ["CLIENT: WILMER ORLANDO SIC CUX, 24, FROM SAN JUAN COTZAL, EL QUICHÉ, GUATEMALA; K'ICHE' SPEAKER, INTERPRETER ANA TZOC VIA PROPIO (ID PRP-30117).",[["WILMER ORLANDO","name:neighbour"],["SAN JUAN","location:city"],["GUATEMALA","location:country"],["ANA TZOC","name:neighbour"],["PROPIO","location:organization"]],[]],
  ["client: wilmer orlando sic cux, 24, from san juan cotzal, el quiché, guatemala; k'iche' speaker, interpreter ana tzoc via propio (id prp-30117).",[["wilmer orlando","name:neighbour"],["san juan","location:city"],["ana tzoc","name:neighbour"],["propio","location:organization"]],[]],
  ["REFERRING CLIENT: COASTAL BEND DERMATOLOGY (PORTLAND OFFICE), DR. TRINH MINH CHAU   CLIENT ACCT CBD-0044",[["COASTAL BEND DERMATOLOGY","location:facility"],["PORTLAND","location:city"],["TRINH MINH CHAU","name:title"],["CBD","location:document"]],[]],
  ["REFERRING CLIENT: COASTAL BEND DERMATOLOGY (PORTLAND OFFICE), DR. TRINH MINH CHAU   CLIENT ACCT CBD-0044",[["COASTAL BEND DERMATOLOGY","location:facility"],["PORTLAND","location:city"],["TRINH MINH CHAU","name:title"],["CBD","location:document"]],[]],
  ["referring client: coastal bend dermatology (portland office), dr. trinh minh chau   client acct cbd-0044",[["portland","location:city"],["trinh minh chau","name:title"]],[]],
  ["PRENATAL CARE: FRANKLIN PRIMARY HEALTH CENTER (DR. OGUNLEYE); RECORDS VIA ALABAMA ONE HEALTH RECORD. EDD 05/20/98 BY 8 WK US.",[["FRANKLIN PRIMARY HEALTH CENTER","location:facility"],["OGUNLEYE","name:title"],["ALABAMA","location:state"]],[]],
  ["PRENATAL CARE: FRANKLIN PRIMARY HEALTH CENTER (DR. OGUNLEYE); RECORDS VIA ALABAMA ONE HEALTH RECORD. EDD 05/20/98 BY 8 WK US.",[["FRANKLIN PRIMARY HEALTH CENTER","location:facility"],["OGUNLEYE","name:title"],["ALABAMA","location:state"]],[]],
  // (stop 60, hs60: caselessName60() now reads the lower-case facility after its label's colon, a name's word before the
  // kind's words and "health center", as mixed case and ALL CAPS read it; the row recorded the gap)
  ["prenatal care: franklin primary health center (dr. ogunleye); records via alabama one health record. edd 05/20/98 by 8 wk us.",[["franklin primary health center","location:facility"],["ogunleye","name:title"]],[]],
  ["SUPPLIER: SANDHILLS MEDICAL SUPPLY, 412 N MAIN ST, VALENTINE, NE 69201   NSC # 4471820013   PH 402-555-0138",[["SANDHILLS MEDICAL SUPPLY","location:organization"],["412 N MAIN ST, VALENTINE, NE","location:address"],["69201","format:zip-address"],["NSC","location:facility"],["402-555-0138","cue:phone"]],[]],
  ["SUPPLIER: SANDHILLS MEDICAL SUPPLY, 412 N MAIN ST, VALENTINE, NE 69201   NSC # 4471820013   PH 402-555-0138",[["SANDHILLS MEDICAL SUPPLY","location:organization"],["412 N MAIN ST, VALENTINE, NE","location:address"],["69201","format:zip-address"],["NSC","location:facility"],["402-555-0138","cue:phone"]],[]],
  ["supplier: sandhills medical supply, 412 n main st, valentine, ne 69201   nsc # 4471820013   ph 402-555-0138",[["sandhills medical supply","location:organization"],["412 n main st, valentine, ne 69201   nsc","location:address"],["402-555-0138","cue:phone"]],[]],
  ["Home: 117 Sniders Hwy, Walterboro, SC 29488. Ramp built by Habitat for Humanity of Colleton County; roll-in shower done.",[["117 Sniders Hwy, Walterboro, SC","location:address"],["29488","format:zip-address"],["Habitat for Humanity of Colleton County","location:organization"]],[]],
  ["HOME: 117 SNIDERS HWY, WALTERBORO, SC 29488. RAMP BUILT BY HABITAT FOR HUMANITY OF COLLETON COUNTY; ROLL-IN SHOWER DONE.",[["117 SNIDERS HWY, WALTERBORO, SC","location:address"],["29488","format:zip-address"],["HABITAT FOR HUMANITY","location:organization"],["COLLETON COUNTY","location:county"]],[]],
  ["home: 117 sniders hwy, walterboro, sc 29488. ramp built by habitat for humanity of colleton county; roll-in shower done.",[["117 sniders hwy, walterboro, sc 29488","location:address"],["habitat for humanity","location:organization"],["colleton county","location:county"]],[]],
  ["RESIDENCE: RT 2 BOX 118, KREBS, OK 74554 (PITTSBURG COUNTY), RURAL, NO RUNNING WATER SINCE JANUARY.",[["RT 2 BOX 118, KREBS, OK","location:po-box"],["74554","format:zip-address"],["PITTSBURG COUNTY","location:county"]],[]],
  ["RESIDENCE: RT 2 BOX 118, KREBS, OK 74554 (PITTSBURG COUNTY), RURAL, NO RUNNING WATER SINCE JANUARY.",[["RT 2 BOX 118, KREBS, OK","location:po-box"],["74554","format:zip-address"],["PITTSBURG COUNTY","location:county"]],[]],
  ["residence: rt 2 box 118, krebs, ok 74554 (pittsburg county), rural, no running water since january.",[["rt 2 box 118, krebs, ok 74554","location:po-box"],["pittsburg county","location:county"]],[]],
  ["Kootenai Health Audiology, 2003 Kootenai Health Way, Coeur d'Alene, ID 83814 · 03/14/2099",[["Kootenai Health","location:facility"],["2003 Kootenai Health Way, Coeur d'Alene, ID","location:facility"],["83814","format:zip-address"]],[]],
  ["KOOTENAI HEALTH AUDIOLOGY, 2003 KOOTENAI HEALTH WAY, COEUR D'ALENE, ID 83814 · 03/14/2099",[["KOOTENAI HEALTH","location:facility"],["2003 KOOTENAI HEALTH WAY, COEUR D'ALENE, ID","location:address"],["83814","format:zip-address"]],[]],
  ["kootenai health audiology, 2003 kootenai health way, coeur d'alene, id 83814 · 03/14/2099",[["kootenai health","location:facility"],["2003 kootenai health way, coeur d'alene, id 83814","location:address"]],[]],
  ["Palouse Regional Cancer Center, Nuclear Medicine, 1250 NE Bishop Loop, Colfax Springs, WA 99111",[["Palouse Regional Cancer Center","location:facility"],["1250 NE Bishop Loop, Colfax Springs, WA","location:address"],["99111","format:zip-address"]],[]],
  ["PALOUSE REGIONAL CANCER CENTER, NUCLEAR MEDICINE, 1250 NE BISHOP LOOP, COLFAX SPRINGS, WA 99111",[["PALOUSE REGIONAL CANCER CENTER","location:facility"],["1250 NE BISHOP LOOP, COLFAX SPRINGS, WA","location:address"],["99111","format:zip-address"]],[]],
  ["palouse regional cancer center, nuclear medicine, 1250 ne bishop loop, colfax springs, wa 99111",[["palouse regional cancer center","location:facility"],["1250 ne bishop loop, colfax springs, wa 99111","location:address"]],[]],
  ["Insurer: Northgate Mutual Life, Disability Claims, PO Box 44718, Hartwell Plains, NE 68102 · fax 402-555-0190",[["Northgate Mutual Life","location:organization"],["PO Box 44718, Hartwell Plains, NE","location:po-box"],["68102","format:zip-address"]],[]],
  ["INSURER: NORTHGATE MUTUAL LIFE, DISABILITY CLAIMS, PO BOX 44718, HARTWELL PLAINS, NE 68102 · FAX 402-555-0190",[["NORTHGATE MUTUAL LIFE","location:organization"],["PO BOX 44718, HARTWELL PLAINS, NE","location:po-box"],["68102","format:zip-address"]],[]],
  ["insurer: northgate mutual life, disability claims, po box 44718, hartwell plains, ne 68102 · fax 402-555-0190",[["northgate mutual life","location:organization"],["po box 44718, hartwell plains, ne 68102","location:po-box"]],[]],
  ["TRIP 44718201  0600 P/U FOSTER, MAMIE (96), RT 3 BOX 212, DOVER SPRINGS - W/C - TO DAVITA RUSSELLVILLE HILLS DIALYSIS, CHAIR 0630. ESCORT DAUGHTER PEARLINE.",[["U FOSTER","name:neighbour"],["MAMIE","name:dictionary"],["RT 3 BOX 212, DOVER SPRINGS","location:po-box"],["DAVITA RUSSELLVILLE HILLS DIALYSIS","location:facility"],["PEARLINE","name:cue"]],[]],
  ["TRIP 44718201  0600 P/U FOSTER, MAMIE (96), RT 3 BOX 212, DOVER SPRINGS - W/C - TO DAVITA RUSSELLVILLE HILLS DIALYSIS, CHAIR 0630. ESCORT DAUGHTER PEARLINE.",[["U FOSTER","name:neighbour"],["MAMIE","name:dictionary"],["RT 3 BOX 212, DOVER SPRINGS","location:po-box"],["DAVITA RUSSELLVILLE HILLS DIALYSIS","location:facility"],["PEARLINE","name:cue"]],[]],
  ["trip 44718201  0600 p/u foster, mamie (96), rt 3 box 212, dover springs - w/c - to davita russellville hills dialysis, chair 0630. escort daughter pearline.",[["mamie","name:dictionary"],["rt 3 box 212, dover springs","location:po-box"],["davita russellville hills dialysis","location:facility"],["pearline","name:cue"]],[]],
  ["TRIP 44718202  0715 P/U SPEARS, COLT, 1180 E PARKWAY DR APT 14, RUSSELLVILLE HILLS - AMB - TO ARKANSAS RIVER PAIN & SPINE (DR. MERRIWEATHER).",[["U SPEARS","name:neighbour"],["1180 E PARKWAY DR APT 14, RUSSELLVILLE HILLS","location:address"],["ARKANSAS RIVER PAIN & SPINE","location:facility"],["MERRIWEATHER","name:title"]],[]],
  ["TRIP 44718202  0715 P/U SPEARS, COLT, 1180 E PARKWAY DR APT 14, RUSSELLVILLE HILLS - AMB - TO ARKANSAS RIVER PAIN & SPINE (DR. MERRIWEATHER).",[["U SPEARS","name:neighbour"],["1180 E PARKWAY DR APT 14, RUSSELLVILLE HILLS","location:address"],["ARKANSAS RIVER PAIN & SPINE","location:facility"],["MERRIWEATHER","name:title"]],[]],
  ["trip 44718202  0715 p/u spears, colt, 1180 e parkway dr apt 14, russellville hills - amb - to arkansas river pain & spine (dr. merriweather).",[["1180 e parkway dr apt 14, russellville hills","location:address"],["arkansas river pain & spine","location:facility"],["merriweather","name:title"]],[]],
  ["SSN 247-55-1180   BIRTHPLACE LATTA CROSSROADS, SC   RESIDENCE 1180 OLD STAGECOACH RD, LAKE VIEW MILL, DILLON COUNTY 29563",[["LATTA CROSSROADS","location:city"],["1180 OLD STAGECOACH RD, LAKE VIEW MILL, DILLON COUNTY","location:address"],["29563","format:zip-address"]],[]],
  ["SSN 247-55-1180   BIRTHPLACE LATTA CROSSROADS, SC   RESIDENCE 1180 OLD STAGECOACH RD, LAKE VIEW MILL, DILLON COUNTY 29563",[["LATTA CROSSROADS","location:city"],["1180 OLD STAGECOACH RD, LAKE VIEW MILL, DILLON COUNTY","location:address"],["29563","format:zip-address"]],[]],
  ["ssn 247-55-1180   birthplace latta crossroads, sc   residence 1180 old stagecoach rd, lake view mill, dillon county 29563",[["latta crossroads","location:city"],["1180 old stagecoach rd, lake view mill, dillon","location:address"],["29563","format:zip-address"]],[]],
  ["Ada Wimberly-Kohn, MD, FAAP · KY license MD 44718 · enc: Commonwealth of Kentucky Medical Exemption form   AWK/jr",[["Ada Wimberly-Kohn","name:neighbour"],["44718","format:zip-address"],["Kentucky","location:state"],["AWK","name:initial"],["jr","name:initial"]],[]],
  ["ADA WIMBERLY-KOHN, MD, FAAP · KY LICENSE MD 44718 · ENC: COMMONWEALTH OF KENTUCKY MEDICAL EXEMPTION FORM   AWK/JR",[["ADA WIMBERLY-KOHN","name:neighbour"],["44718","format:zip-address"],["KENTUCKY","location:state"],["AWK","name:initial"],["JR","name:initial"]],[]],
  ["ada wimberly-kohn, md, faap · ky license md 44718 · enc: commonwealth of kentucky medical exemption form   awk/jr",[["ada wimberly-kohn","name:neighbour"],["awk","name:initial"],["jr","name:initial"]],[]],
  ["CONSULAR CONTACT REQUESTED: EMBASSY OF JORDAN (PT'S COUSIN SAMI HADDAD IN DEARBORN, MI 313-555-0127).",[["JORDAN","location:country"],["SAMI HADDAD","name:neighbour"],["DEARBORN, MI","location:address"],["313-555-0127","validator:nanp"]],[]],
  ["CONSULAR CONTACT REQUESTED: EMBASSY OF JORDAN (PT'S COUSIN SAMI HADDAD IN DEARBORN, MI 313-555-0127).",[["JORDAN","location:country"],["SAMI HADDAD","name:neighbour"],["DEARBORN, MI","location:address"],["313-555-0127","validator:nanp"]],[]],
  ["consular contact requested: embassy of jordan (pt's cousin sami haddad in dearborn, mi 313-555-0127).",[["sami haddad","name:neighbour"],["dearborn","location:city"],["313-555-0127","validator:nanp"]],[]],
  ["ORIGINATING MTF: LANDSTUHL REGIONAL MEDICAL CENTER, LANDSTUHL, GERMANY (APO AE 09180)   DESTINATION MTF: WALTER REED NATIONAL MILITARY MEDICAL CENTER",[["LANDSTUHL REGIONAL MEDICAL CENTER","location:facility"],["LANDSTUHL","location:document"],["GERMANY","location:country"],["APO AE","location:address"],["09180","format:zip-address"],["WALTER REED NATIONAL MILITARY MEDICAL CENTER","location:facility"]],[]],
  ["ORIGINATING MTF: LANDSTUHL REGIONAL MEDICAL CENTER, LANDSTUHL, GERMANY (APO AE 09180)   DESTINATION MTF: WALTER REED NATIONAL MILITARY MEDICAL CENTER",[["LANDSTUHL REGIONAL MEDICAL CENTER","location:facility"],["LANDSTUHL","location:document"],["GERMANY","location:country"],["APO AE","location:address"],["09180","format:zip-address"],["WALTER REED NATIONAL MILITARY MEDICAL CENTER","location:facility"]],[]],
  ["originating mtf: landstuhl regional medical center, landstuhl, germany (apo ae 09180)   destination mtf: walter reed national military medical center",[["landstuhl regional medical center","location:facility"],["landstuhl","location:document"],["apo ae 09180","location:address"],["walter reed national military medical center","location:facility"]],[]],
  ["<addr use=\"HP\"><streetAddressLine>65 James St</streetAddressLine><city>Edison</city><state>NJ</state><postalCode>08820</postalCode></addr>",[["65 James St","location:column"],["Edison","location:column"],["08820","location:column"]],[]],
  ["<ADDR USE=\"HP\"><STREETADDRESSLINE>65 JAMES ST</STREETADDRESSLINE><CITY>EDISON</CITY><STATE>NJ</STATE><POSTALCODE>08820</POSTALCODE></ADDR>",[["65 JAMES ST","location:column"],["EDISON","location:column"],["08820","location:column"]],[]],
  ["<addr use=\"hp\"><streetaddressline>65 james st</streetaddressline><city>edison</city><state>nj</state><postalcode>08820</postalcode></addr>",[["65 james st","location:column"],["edison","location:column"],["08820","location:column"]],[]],
];

const TYPES = ["NAME", "LOCATION", "DATE", "MRN", "ID", "EMAIL", "PHONE", "FAX"];

runPlaceTable("stop 44: laterRounds() and addressOrFacility() nested keep the start's findings", CASES);

// The byte walks this round reshaped: csv.ts's inShortLine() (a CSV/TSV row's line, an aligned table's header above, a
// line longer than ROW_MAX, 1,024 bytes, with CR/LF breaks) and the automaton's byte loop (dictionary matches and the
// scanners' triggers: a date, an MRN, an e-mail, a phone), with the start's findings of every type.
const LONG = "Patient reports intermittent chest discomfort with exertion, relieved by rest, no radiation. ".repeat(12);
const WALKS: TypedCase[] = [
  ["last,first,city\nSmith,John,Boston\nHardy,Patience,Edison", [["Smith","NAME"],["John","NAME"],["Boston","LOCATION"],["Hardy","NAME"],["Patience","NAME"],["Edison","LOCATION"]], []],
  ["LAST,FIRST,CITY\nSMITH,JOHN,BOSTON\nHARDY,PATIENCE,EDISON", [["SMITH","NAME"],["JOHN","NAME"],["BOSTON","LOCATION"],["HARDY","NAME"],["PATIENCE","NAME"],["EDISON","LOCATION"]], []],
  ["name\tcity\nJones\tSpringfield\r\nMartin\tWorcester", [["Jones","NAME"],["Springfield","LOCATION"],["Martin","NAME"],["Worcester","LOCATION"]], []],
  ["VACCINE      DATE          LOT      SITE\nHEP B #1     09/10/2086    HB7720A  RVL", [["09/10/2086","DATE"],["HB7720A","ID"]], []],
  ["TAG         NAME\n0044721     HARDY, PATIENCE", [], []],
  [LONG + "\nlast,first,city\nSmith,John,Boston", [["Smith","NAME"],["John","NAME"],["Boston","LOCATION"]], ["chest", "discomfort"]],
  [LONG + LONG + "Seen by Dr. Alvarez at Mercy Hospital, MRN 00481-2267, call (413) 555-0187.", [["Alvarez","NAME"],["Mercy Hospital","LOCATION"],["00481-2267","MRN"],["(413) 555-0187","PHONE"]], ["chest", "discomfort"]],
  ["Seen by Dr. Alvarez at Mercy Hospital on 03/14/2021. MRN: 00481-2267. Email j.alvarez@example.org, fax 413-555-0199.", [["Alvarez","NAME"],["Mercy Hospital","LOCATION"],["03/14/2021","DATE"],["00481-2267","MRN"],["j.alvarez@example.org","EMAIL"],["413-555-0199","FAX"]], []],
  ["SEEN BY DR. ALVAREZ AT MERCY HOSPITAL ON 03/14/2021. MRN: 00481-2267. EMAIL J.ALVAREZ@EXAMPLE.ORG, FAX 413-555-0199.", [["ALVAREZ","NAME"],["MERCY HOSPITAL","LOCATION"],["03/14/2021","DATE"],["00481-2267","MRN"],["J.ALVAREZ@EXAMPLE.ORG","EMAIL"],["413-555-0199","FAX"]], []],
  ["seen by dr. alvarez at mercy hospital on 03/14/2021. mrn: 00481-2267. email j.alvarez@example.org, fax 413-555-0199.", [["alvarez","NAME"],["mercy hospital","LOCATION"],["03/14/2021","DATE"],["00481-2267","MRN"],["j.alvarez@example.org","EMAIL"],["413-555-0199","FAX"]], []],
];

runTypedTable("stop 44: inShortLine() and the automaton's loop keep the start's findings", TYPES, WALKS);

describe("scripts/nest-chains.mjs since stop 44", () => {
  const script = fileURLToPath(new URL("../scripts/nest-chains.mjs", import.meta.url));
  it("keeps no function as written (KEEP_ROOTS is empty: laterRounds() and addressOrFacility() are nested too)", () => {
    const r = spawnSync(process.execPath, [script, "--check"], { encoding: "utf8", env: { ...process.env, NEST_DEBUG: "1" } });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stderr.trim()).toBe("");
  });
});
