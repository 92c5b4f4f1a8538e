// Why this file exists: stop 61's speed round sa61 (docs/performance.md "Stop 61, sa61") put townWord39()'s eight word
// lists (function words, determiners, words of where, TOWN_STOP39, hospital services, specialties, services,
// occupations) behind a filter of their words' hashes (r61_sa61.ts's townListsMay61()) and read five static tables at
// the load's constant offset, without changing a finding. These rows put townWord39() in its frames (a town after a
// facility's comma or spaced dash, "Show Low", "Rock Springs", a town and its state's code, a firm's town) and the list
// words that must stop it there ("the nursing unit", "cardiology service", "with her daughter", "as a driver",
// "oncology", "for the night"), in mixed case, ALL CAPS and lower case, on both engines. The findings are the round's
// start's (main 556bc55), gaps included: a row records what the core finds, not what it should find. Invented names.
import { runSpeedTable, type SpeedRow as Row } from "./helpers/speed-table.js";

const ROWS: Row[] = [
  ["Transferred from Quillmont Memorial Hospital, Elgin (images on disc). Seen at Brennick Park Cancer Center, Buffalo.",[["Quillmont Memorial Hospital, Elgin","LOCATION","location:facility"],["Brennick Park Cancer Center, Buffalo","LOCATION","location:facility"]]],
  ["TRANSFERRED FROM QUILLMONT MEMORIAL HOSPITAL, ELGIN (IMAGES ON DISC). SEEN AT BRENNICK PARK CANCER CENTER, BUFFALO.",[["QUILLMONT MEMORIAL HOSPITAL, ELGIN","LOCATION","location:facility"],["BRENNICK PARK CANCER CENTER, BUFFALO","LOCATION","location:facility"]]],
  ["transferred from quillmont memorial hospital, elgin (images on disc). seen at brennick park cancer center, buffalo.",[["quillmont memorial hospital, elgin","LOCATION","location:facility"],["brennick park cancer center","LOCATION","location:facility"]]],
  ["Followed at Sweetwater County Clinic, Rock Springs. Labs sent to Tamsett Laboratories - Salt Lake City   Client 4411.",[["Sweetwater County Clinic, Rock Springs","LOCATION","location:facility"],["Tamsett Laboratories","LOCATION","location:organization"],["Salt Lake City","LOCATION","location:city"]]],
  ["FOLLOWED AT SWEETWATER COUNTY CLINIC, ROCK SPRINGS. LABS SENT TO TAMSETT LABORATORIES - SALT LAKE CITY   CLIENT 4411.",[["SWEETWATER COUNTY CLINIC, ROCK SPRINGS","LOCATION","location:facility"],["TAMSETT LABORATORIES","LOCATION","location:organization"],["SALT LAKE CITY","LOCATION","location:city"]]],
  ["followed at sweetwater county clinic, rock springs. labs sent to tamsett laboratories - salt lake city   client 4411.",[["sweetwater county clinic, rock springs","LOCATION","location:facility"],["tamsett laboratories","LOCATION","location:organization"],["salt lake city","LOCATION","location:city"]]],
  ["Seen at Mercy Hospital, the nursing unit. Admitted to Riverside Medical Center, cardiology service, for the night.",[["Mercy Hospital","LOCATION","location:facility"],["Riverside Medical Center","LOCATION","location:facility"]]],
  ["SEEN AT MERCY HOSPITAL, THE NURSING UNIT. ADMITTED TO RIVERSIDE MEDICAL CENTER, CARDIOLOGY SERVICE, FOR THE NIGHT.",[["MERCY HOSPITAL","LOCATION","location:facility"],["RIVERSIDE MEDICAL CENTER","LOCATION","location:facility"]]],
  ["seen at mercy hospital, the nursing unit. admitted to riverside medical center, cardiology service, for the night.",[["mercy hospital","LOCATION","location:facility"],["riverside medical center","LOCATION","location:facility"]]],
  ["Seen at Lakeview Clinic, with her daughter. Works at Pellston Foods, as a driver. Follows at Bay Clinic, oncology.",[["Lakeview Clinic","LOCATION","location:facility"],["Pellston Foods","LOCATION","location:organization"],["Bay Clinic","LOCATION","location:facility"]]],
  ["SEEN AT LAKEVIEW CLINIC, WITH HER DAUGHTER. WORKS AT PELLSTON FOODS, AS A DRIVER. FOLLOWS AT BAY CLINIC, ONCOLOGY.",[["LAKEVIEW CLINIC","LOCATION","location:facility"],["PELLSTON FOODS","LOCATION","location:organization"]]],
  ["seen at lakeview clinic, with her daughter. works at pellston foods, as a driver. follows at bay clinic, oncology.",[["lakeview clinic","LOCATION","location:facility"],["pellston foods","LOCATION","location:organization"]]],
  ["Discharged from Pine Ridge Hospital, Show Low. Dialysis at Desert Kidney Care, Gulf Breeze, FL 32561.",[["Pine Ridge Hospital, Show Low","LOCATION","location:facility"],["Desert Kidney Care, Gulf Breeze, FL 32561","LOCATION","location:address"]]],
  ["DISCHARGED FROM PINE RIDGE HOSPITAL, SHOW LOW. DIALYSIS AT DESERT KIDNEY CARE, GULF BREEZE, FL 32561.",[["PINE RIDGE HOSPITAL, SHOW LOW","LOCATION","location:facility"],["DESERT KIDNEY CARE, GULF BREEZE, FL 32561","LOCATION","location:address"]]],
  ["discharged from pine ridge hospital, show low. dialysis at desert kidney care, gulf breeze, fl 32561.",[["pine ridge hospital, show low","LOCATION","location:facility"],["desert kidney care, gulf breeze, fl 32561","LOCATION","location:address"]]],
  ["Records from Corvell Health - Americus GA. Seen by Northside Surgical Associates, Carrollton, for the hernia.",[["Corvell Health - Americus GA","LOCATION","location:organization"],["Northside Surgical Associates, Carrollton","LOCATION","location:organization"]]],
  ["RECORDS FROM CORVELL HEALTH - AMERICUS GA. SEEN BY NORTHSIDE SURGICAL ASSOCIATES, CARROLLTON, FOR THE HERNIA.",[["AMERICUS","LOCATION","location:city"],["NORTHSIDE SURGICAL ASSOCIATES, CARROLLTON","LOCATION","location:organization"]]],
  ["records from corvell health - americus ga. seen by northside surgical associates, carrollton, for the hernia.",[["americus","LOCATION","location:city"],["northside surgical associates, carrollton","LOCATION","location:organization"]]],
];

runSpeedTable("stop 61, sa61: townWord39()'s lists behind their hash filter keep the start's findings", ROWS);
