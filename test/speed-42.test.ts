// Why this file exists: stop 42's speed round (spd42, docs/performance.md "Stop 42: spd42") added two fast paths to the
// name pass that may not change a finding: step() tests once whether a token follows one blank after a letter or a digit
// (the gap of most words of prose) and then skips the byte tests of csvField(), alignedPersonFx40(), nickname38() and
// rowName38(), none of which can take such a token; and the tokeniser's gap loop steps over a blank (a byte with no gap
// flag) before its other tests. The table below holds the findings of stop 42's start (82c0d82), read from its build on
// both engines, for the gaps those rules and the tokeniser read: CSV and TSV rows, a typed table's " | ", a table aligned
// with blanks, prose's two blanks after a period, a nickname in quotes, a roster's "LAST, FIRST", a possessive written
// apart (" 's"), a gap longer than the context's limit, tabs, and commas glued to either word; in mixed case, ALL CAPS
// and lower case. Names and places are invented or common.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CASES: PlaceCase[] = [
  ["last,first,city\nOkafor,Grace,Brattleboro\nLindqvist,Hope,Montpelier\n",[["Okafor","name:column"],["Grace","name:column"],["Brattleboro","location:column"],["Lindqvist","name:column"],["Hope","name:column"],["Montpelier","location:column"]],[]],
  ["LAST,FIRST,CITY\nOKAFOR,GRACE,BRATTLEBORO\nLINDQVIST,HOPE,MONTPELIER\n",[["OKAFOR","name:column"],["GRACE","name:column"],["BRATTLEBORO","location:column"],["LINDQVIST","name:column"],["HOPE","name:column"],["MONTPELIER","location:column"]],[]],
  ["last,first,city\nokafor,grace,brattleboro\nlindqvist,hope,montpelier\n",[["okafor","name:column"],["grace","name:column"],["brattleboro","location:column"],["lindqvist","name:column"],["hope","name:column"],["montpelier","location:column"]],[]],
  ["name\tcity\nGrace Okafor\tBrattleboro\nHope Lindqvist\tMontpelier\n",[["Grace Okafor","name:column"],["Brattleboro","location:column"],["Hope Lindqvist","name:column"],["Montpelier","location:column"]],[]],
  ["NAME\tCITY\nGRACE OKAFOR\tBRATTLEBORO\nHOPE LINDQVIST\tMONTPELIER\n",[["GRACE OKAFOR","name:column"],["BRATTLEBORO","location:column"],["HOPE LINDQVIST","name:column"],["MONTPELIER","location:column"]],[]],
  ["name\tcity\ngrace okafor\tbrattleboro\nhope lindqvist\tmontpelier\n",[["grace okafor","name:column"],["brattleboro","location:column"],["hope lindqvist","name:column"],["montpelier","location:column"]],[]],
  ["Name | DOB | Town\nNguyen, Bao | 12/03/2086 | Brattleboro\nOkafor, Grace | 01/04/2071 | Montpelier\n",[["Nguyen, Bao","name:column"],["Brattleboro","location:city"],["Okafor, Grace","name:column"],["Montpelier","location:city"]],[]],
  ["NAME | DOB | TOWN\nNGUYEN, BAO | 12/03/2086 | BRATTLEBORO\nOKAFOR, GRACE | 01/04/2071 | MONTPELIER\n",[["NGUYEN, BAO","name:column"],["BRATTLEBORO","location:city"],["OKAFOR, GRACE","name:column"],["MONTPELIER","location:city"]],[]],
  ["name | dob | town\nnguyen, bao | 12/03/2086 | brattleboro\nokafor, grace | 01/04/2071 | montpelier\n",[["nguyen, bao","name:column"],["brattleboro","location:city"],["okafor, grace","name:column"],["montpelier","location:city"]],[]],
  ["Screen # | initials | age\n014-003 | A.O. | 91\n",[["A.O.","name:column"]],[]],
  ["SCREEN # | INITIALS | AGE\n014-003 | A.O. | 91\n",[["A.O.","name:column"]],[]],
  ["screen # | initials | age\n014-003 | a.o. | 91\n",[["a.o.","name:column"]],[]],
  ["MRN         NAME                 ROOM\n0044721     HARDY, PATIENCE      12B\n0044722     STORY, MARIGOLD      14A\n",[["HARDY, PATIENCE","name:column"],["STORY, MARIGOLD","name:column"]],[]],
  ["mrn         name                 room\n0044721     hardy, patience      12b\n0044722     story, marigold      14a\n",[["hardy, patience","name:column"],["story, marigold","name:column"]],[]],
  ["Patient is stable.  Next visit with Dr. Hope Lindqvist in Brattleboro.",[["Hope Lindqvist","name:title"],["Brattleboro","location:city"]],[]],
  ["PATIENT IS STABLE.  NEXT VISIT WITH DR. HOPE LINDQVIST IN BRATTLEBORO.",[["HOPE LINDQVIST","name:title"],["BRATTLEBORO","location:city"]],[]],
  ["patient is stable.  next visit with dr. hope lindqvist in brattleboro.",[["hope lindqvist","name:title"],["brattleboro","location:city"]],[]],
  ["Seen today.  Grace Okafor  called back,  daughter Hope  at bedside.",[["Grace Okafor","name:neighbour"],["Hope","name:cue"]],[]],
  ["SEEN TODAY.  GRACE OKAFOR  CALLED BACK,  DAUGHTER HOPE  AT BEDSIDE.",[["GRACE OKAFOR","name:neighbour"],["HOPE","name:cue"]],[]],
  ["seen today.  grace okafor  called back,  daughter hope  at bedside.",[["okafor","name:dictionary"],["hope","name:cue"]],[]],
  ["Kostelnik, Andrew J. (\"Drew\") was seen in clinic today.",[["Kostelnik, Andrew J","name:neighbour"],["Drew","name:neighbour"]],[]],
  ["KOSTELNIK, ANDREW J. (\"DREW\") WAS SEEN IN CLINIC TODAY.",[["KOSTELNIK, ANDREW J","name:neighbour"],["DREW","name:neighbour"]],[]],
  ["kostelnik, andrew j. (\"drew\") was seen in clinic today.",[["kostelnik, andrew j.","name:neighbour"],["drew","name:neighbour"]],[]],
  ["Census:\n3. Frank, Hope  PCH-30609\n0945  Woods, Frank  MRN 5551234\n",[["Woods, Frank","name:neighbour"]],[]],
  ["CENSUS:\n3. FRANK, HOPE  PCH-30609\n0945  WOODS, FRANK  MRN 5551234\n",[["FRANK, HOPE","name:neighbour"],["WOODS, FRANK","name:neighbour"]],[]],
  ["census:\n3. frank, hope  pch-30609\n0945  woods, frank  mrn 5551234\n",[["woods, frank","name:neighbour"]],[]],
  ["Transferred to St. Mary 's Hospital in Brattleboro.",[["St. Mary 's Hospital","location:facility"],["Brattleboro","location:city"]],[]],
  ["TRANSFERRED TO ST. MARY 'S HOSPITAL IN BRATTLEBORO.",[["ST. MARY 'S HOSPITAL","location:facility"],["BRATTLEBORO","location:city"]],[]],
  ["transferred to st. mary 's hospital in brattleboro.",[["st. mary 's hospital","location:facility"],["brattleboro","location:city"]],[]],
  ["Seen at Saint Oswin 's Vascular Clinic by Dr. Grace Okafor.",[["Saint Oswin 's Vascular Clinic","location:facility"],["Grace Okafor","name:title"]],[]],
  ["SEEN AT SAINT OSWIN 'S VASCULAR CLINIC BY DR. GRACE OKAFOR.",[["SAINT OSWIN 'S VASCULAR CLINIC","location:facility"],["GRACE OKAFOR","name:title"]],[]],
  ["seen at saint oswin 's vascular clinic by dr. grace okafor.",[["saint oswin 's vascular clinic","location:facility"],["grace okafor","name:title"]],[]],
  ["Seen by Dr. Hope Lindqvist                                        Brattleboro, VT 05301",[["Hope Lindqvist","name:title"],["Brattleboro, VT","location:address"],["05301","format:zip-address"]],[]],
  ["SEEN BY DR. HOPE LINDQVIST                                        BRATTLEBORO, VT 05301",[["HOPE LINDQVIST","name:title"],["BRATTLEBORO, VT","location:address"],["05301","format:zip-address"]],[]],
  ["seen by dr. hope lindqvist                                        brattleboro, vt 05301",[["hope lindqvist","name:title"],["brattleboro","location:city-state"],["05301","format:zip-address"]],[]],
  ["Lives\twith\twife Grace\tin Montpelier.",[["Grace","name:cue"],["Montpelier","location:city"]],[]],
  ["LIVES\tWITH\tWIFE GRACE\tIN MONTPELIER.",[["GRACE","name:cue"],["MONTPELIER","location:city"]],[]],
  ["lives\twith\twife grace\tin montpelier.",[["grace","name:cue"],["montpelier","location:city"]],[]],
  ["he lives in Brattleboro with his wife Grace and works at Kestrelvane Transit.",[["Brattleboro","location:city"],["Grace","name:cue"],["Kestrelvane Transit","location:organization"]],[]],
  ["HE LIVES IN BRATTLEBORO WITH HIS WIFE GRACE AND WORKS AT KESTRELVANE TRANSIT.",[["BRATTLEBORO","location:city"],["GRACE","name:cue"],["KESTRELVANE TRANSIT","location:organization"]],[]],
  ["he lives in brattleboro with his wife grace and works at kestrelvane transit.",[["brattleboro","location:city"],["grace","name:cue"],["kestrelvane transit","location:organization"]],[]],
  ["Name: Grace Okafor\nCity: Brattleboro, VT 05301\nPhone: (802) 555-0143\n",[["Grace Okafor","name:neighbour"],["Brattleboro, VT","location:address"],["05301","format:zip-address"],["(802) 555-0143","cue:phone"]],[]],
  ["NAME: GRACE OKAFOR\nCITY: BRATTLEBORO, VT 05301\nPHONE: (802) 555-0143\n",[["GRACE OKAFOR","name:neighbour"],["BRATTLEBORO, VT","location:address"],["05301","format:zip-address"],["(802) 555-0143","cue:phone"]],[]],
  ["name: grace okafor\ncity: brattleboro, vt 05301\nphone: (802) 555-0143\n",[["grace okafor","name:cue"],["brattleboro","location:city-state"],["05301","format:zip-address"],["(802) 555-0143","cue:phone"]],[]],
  ["Mother: Hope Lindqvist, 555-0143; father: Frank Woods, Montpelier.",[["Hope Lindqvist","name:neighbour"],["555-0143","format:phone"],["Frank Woods","name:neighbour"],["Montpelier","location:city"]],[]],
  ["MOTHER: HOPE LINDQVIST, 555-0143; FATHER: FRANK WOODS, MONTPELIER.",[["HOPE LINDQVIST","name:neighbour"],["555-0143","format:phone"],["MONTPELIER","location:city"]],[]],
  ["mother: hope lindqvist, 555-0143; father: frank woods, montpelier.",[["hope lindqvist","name:cue"],["555-0143","format:phone"],["frank woods","name:neighbour"],["montpelier","location:city"]],[]],
  ["Referred by Dr. Okafor,Grace to the clinic ,Brattleboro.",[["Okafor,Grace","name:title"],["Brattleboro","location:city"]],[]],
  ["REFERRED BY DR. OKAFOR,GRACE TO THE CLINIC ,BRATTLEBORO.",[["OKAFOR","name:title"],["BRATTLEBORO","location:city"]],[]],
  ["referred by dr. okafor,grace to the clinic ,brattleboro.",[["okafor","name:title"],["brattleboro","location:city"]],[]],
  ["Discussed with Dr. Woods, Dr. Lindqvist , and Hope Okafor , RN.",[["Woods","name:title"],["Lindqvist","name:title"],["Hope Okafor","name:neighbour"]],[]],
  ["DISCUSSED WITH DR. WOODS, DR. LINDQVIST , AND HOPE OKAFOR , RN.",[["WOODS","name:title"],["LINDQVIST","name:title"],["HOPE OKAFOR","name:credential"]],[]],
  ["discussed with dr. woods, dr. lindqvist , and hope okafor , rn.",[["woods","name:title"],["lindqvist","name:title"],["hope okafor","name:credential"]],[]],
  ["Pt's wife,Grace, and son ,Frank, visited from Montpelier.",[["Grace","name:cue"],["Frank","name:cue"],["Montpelier","location:city"]],[]],
  ["PT'S WIFE,GRACE, AND SON ,FRANK, VISITED FROM MONTPELIER.",[["GRACE","name:cue"],["FRANK","name:cue"],["MONTPELIER","location:city"]],[]],
  ["pt's wife,grace, and son ,frank, visited from montpelier.",[["grace","name:cue"],["frank","name:cue"],["montpelier","location:city"]],[]],
];

runPlaceTable("stop 42: the gaps of step()'s and the tokeniser's fast paths keep the start's findings", CASES);
