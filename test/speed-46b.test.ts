// Why this file exists: stop 46's second speed round (sp46b, docs/performance.md "Stop 46: sp46b") changes how four
// questions of the name pass are answered, never their answers: known44() reads KNOWN44 by the token's first letter
// (known44Word46(): the list regrouped once per process, K44_WORDS46), medicalShape() asks the token's length and last two
// letters first (MED_PAIRS46, filled from its four lists), afterWorkCue() ends past "the" unless the word before it has a
// work cue's length and first letter (the token summary's S_WORKCUE bit), and step() reads the word's tier before it calls
// reportAcronym42(). No finding may change. The table holds the findings of stop 46's second-round start (8d5806d), read
// from its build (a few are not right, "PAML ACCESSION PENDING": they are the start's and stay so), for a line of words
// of several letters' groups of KNOWN44 and words of their lengths and letters that are none, unknown medical words the
// rules ask medicalShape() of, employers and places after "the", agencies' acronyms and clinical ones, each in mixed
// case, ALL CAPS and lower case, on both engines. Names, places and firms are invented or public bodies and companies.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CASES: PlaceCase[] = [
  ["Prior authorization from Aetna is pending; appeal called to Kepro by son.", [["Aetna","location:organization"],["Kepro","location:organization"]], ["authorization","pending"]],
  ["PRIOR AUTHORIZATION FROM AETNA IS PENDING; APPEAL CALLED TO KEPRO BY SON.", [["AETNA","location:organization"],["KEPRO","location:organization"]], ["AUTHORIZATION","PENDING"]],
  ["prior authorization from aetna is pending; appeal called to kepro by son.", [["aetna","location:organization"],["kepro","location:organization"]], ["authorization","pending"]],
  ["Refills through Walgreens specialty; supplies shipped by FedEx to the home.", [["Walgreens","location:organization"],["FedEx","location:organization"]], ["Refills","supplies"]],
  ["REFILLS THROUGH WALGREENS SPECIALTY; SUPPLIES SHIPPED BY FEDEX TO THE HOME.", [["WALGREENS SPECIALTY","location:organization"],["FEDEX","location:organization"]], ["REFILLS","SUPPLIES"]],
  ["refills through walgreens specialty; supplies shipped by fedex to the home.", [["walgreens","location:organization"],["fedex","location:organization"]], ["refills","supplies"]],
  ["Insurance is Kaiser; her daughter drives for Uber and Lyft on weekends.", [["Kaiser","location:organization"],["Uber","location:organization"],["Lyft","location:organization"]], ["daughter","weekends"]],
  ["INSURANCE IS KAISER; HER DAUGHTER DRIVES FOR UBER AND LYFT ON WEEKENDS.", [["KAISER","name:dictionary"],["UBER","location:organization"],["LYFT","location:organization"]], ["DAUGHTER","WEEKENDS"]],
  ["insurance is kaiser; her daughter drives for uber and lyft on weekends.", [["kaiser","name:dictionary"],["uber","location:organization"],["lyft","location:organization"]], ["daughter","weekends"]],
  ["Labs sent to LabCorp and Invitae; genetic counselor reviewed the panel.", [["LabCorp","location:organization"],["Invitae","location:organization"]], ["genetic","panel"]],
  ["LABS SENT TO LABCORP AND INVITAE; GENETIC COUNSELOR REVIEWED THE PANEL.", [["LABCORP","location:organization"],["INVITAE","location:organization"]], ["GENETIC","PANEL"]],
  ["labs sent to labcorp and invitae; genetic counselor reviewed the panel.", [["labcorp","location:organization"],["invitae","location:organization"]], ["genetic","panel"]],
  ["Transferred by LifeFlight to Geisinger for cardiac surgery.", [["LifeFlight","location:organization"],["Geisinger","location:facility"]], ["cardiac","surgery"]],
  ["TRANSFERRED BY LIFEFLIGHT TO GEISINGER FOR CARDIAC SURGERY.", [["LIFEFLIGHT","location:organization"],["GEISINGER","location:facility"]], ["CARDIAC","SURGERY"]],
  ["transferred by lifeflight to geisinger for cardiac surgery.", [["lifeflight","location:organization"],["geisinger","location:facility"]], ["cardiac","surgery"]],
  ["Wears a MedicAlert bracelet; hearing aids from Beltone.", [["Beltone","location:organization"]], ["bracelet","hearing"]],
  ["WEARS A MEDICALERT BRACELET; HEARING AIDS FROM BELTONE.", [["BELTONE","location:organization"]], ["BRACELET","HEARING"]],
  ["wears a medicalert bracelet; hearing aids from beltone.", [["beltone","location:organization"]], ["bracelet","hearing"]],
  ["Bowel sounds active; cigars and alcohol denied; humane care given; optimum dosing.", [], ["Bowel","alcohol","dosing"]],
  ["BOWEL SOUNDS ACTIVE; CIGARS AND ALCOHOL DENIED; HUMANE CARE GIVEN; OPTIMUM DOSING.", [], ["BOWEL","ALCOHOL","DOSING"]],
  ["bowel sounds active; cigars and alcohol denied; humane care given; optimum dosing.", [], ["bowel","alcohol","dosing"]],
  ["Patient walked without assistance and tolerated the meal well.", [], ["walked","meal"]],
  ["PATIENT WALKED WITHOUT ASSISTANCE AND TOLERATED THE MEAL WELL.", [], ["WALKED","MEAL"]],
  ["patient walked without assistance and tolerated the meal well.", [], ["walked","meal"]],
  ["Lab: Hemoglobin 10.2, Lab: PAML accession pending.", [["PAML","location:organization"]], ["Hemoglobin"]],
  ["LAB: HEMOGLOBIN 10.2, LAB: PAML ACCESSION PENDING.", [["PAML ACCESSION PENDING","location:organization"]], ["HEMOGLOBIN"]],
  ["lab: hemoglobin 10.2, lab: paml accession pending.", [["paml","location:organization"]], ["hemoglobin"]],
  ["Reported to CDPH; cholecystitis and pancreatitis improving.", [["CDPH","location:organization"]], ["cholecystitis","pancreatitis"]],
  ["REPORTED TO CDPH; CHOLECYSTITIS AND PANCREATITIS IMPROVING.", [["CDPH","location:organization"]], ["CHOLECYSTITIS","PANCREATITIS"]],
  ["reported to cdph; cholecystitis and pancreatitis improving.", [["cdph","location:organization"]], ["cholecystitis","pancreatitis"]],
  ["Seen for lisinopril refill, metoprolol and atorvastatin continued.", [], ["lisinopril","metoprolol","atorvastatin"]],
  ["SEEN FOR LISINOPRIL REFILL, METOPROLOL AND ATORVASTATIN CONTINUED.", [], ["LISINOPRIL","METOPROLOL","ATORVASTATIN"]],
  ["seen for lisinopril refill, metoprolol and atorvastatin continued.", [], ["lisinopril","metoprolol","atorvastatin"]],
  ["Intake at Option Care Health (Green Bay) after laparoscopy and cholangiogram.", [["Option Care Health","location:organization"],["Green Bay","location:city"]], ["laparoscopy","cholangiogram"]],
  ["INTAKE AT OPTION CARE HEALTH (GREEN BAY) AFTER LAPAROSCOPY AND CHOLANGIOGRAM.", [["OPTION CARE HEALTH","location:organization"],["GREEN BAY","location:city"]], ["LAPAROSCOPY","CHOLANGIOGRAM"]],
  ["intake at option care health (green bay) after laparoscopy and cholangiogram.", [["option care health","location:organization"],["green bay","location:city"]], ["laparoscopy","cholangiogram"]],
  ["Dr. Mazurkiewicz saw her for gastroparesis and neuropathy; Kowalczyk family at bedside.", [["Mazurkiewicz","name:title"],["Kowalczyk","name:dictionary"]], ["gastroparesis","neuropathy"]],
  ["DR. MAZURKIEWICZ SAW HER FOR GASTROPARESIS AND NEUROPATHY; KOWALCZYK FAMILY AT BEDSIDE.", [["MAZURKIEWICZ","name:title"],["KOWALCZYK","name:dictionary"]], ["GASTROPARESIS","NEUROPATHY"]],
  ["dr. mazurkiewicz saw her for gastroparesis and neuropathy; kowalczyk family at bedside.", [["mazurkiewicz","name:title"],["kowalczyk","name:dictionary"]], ["gastroparesis","neuropathy"]],
  ["Agency: Minuteman VNA; diagnosis bronchiectasis, dyspnea and hypoxemia.", [["Minuteman VNA","location:organization"]], ["bronchiectasis","dyspnea","hypoxemia"]],
  ["AGENCY: MINUTEMAN VNA; DIAGNOSIS BRONCHIECTASIS, DYSPNEA AND HYPOXEMIA.", [["MINUTEMAN VNA","location:organization"]], ["BRONCHIECTASIS","DYSPNEA","HYPOXEMIA"]],
  ["agency: minuteman vna; diagnosis bronchiectasis, dyspnea and hypoxemia.", [["minuteman vna","location:organization"]], ["bronchiectasis","dyspnea","hypoxemia"]],
  ["He works for the Hartwell Group as a welder and retired from the Navy.", [["Hartwell Group","location:organization"],["Navy","location:organization"]], ["welder"]],
  ["HE WORKS FOR THE HARTWELL GROUP AS A WELDER AND RETIRED FROM THE NAVY.", [["HARTWELL GROUP","location:organization"],["NAVY","location:organization"]], ["WELDER"]],
  ["he works for the hartwell group as a welder and retired from the navy.", [["hartwell group","location:organization"]], ["welder"]],
  ["Employed by the Postal Service; wife works at the Hilltop Diner.", [["Postal Service","location:organization"],["Hilltop Diner","location:organization"]], ["wife"]],
  ["EMPLOYED BY THE POSTAL SERVICE; WIFE WORKS AT THE HILLTOP DINER.", [["HILLTOP DINER","location:organization"]], ["WIFE"]],
  ["employed by the postal service; wife works at the hilltop diner.", [["hilltop diner","location:organization"]], ["wife"]],
  ["She went to the Emergency Department with the pain and saw the surgeon.", [], ["pain","surgeon"]],
  ["SHE WENT TO THE EMERGENCY DEPARTMENT WITH THE PAIN AND SAW THE SURGEON.", [], ["PAIN","SURGEON"]],
  ["she went to the emergency department with the pain and saw the surgeon.", [], ["pain","surgeon"]],
  ["Lives with the Patel family across from the Main Street church.", [["Patel","name:dictionary"],["Main Street","location:address"]], ["family"]],
  ["LIVES WITH THE PATEL FAMILY ACROSS FROM THE MAIN STREET CHURCH.", [["PATEL","name:dictionary"],["MAIN STREET CHURCH","location:organization"]], ["FAMILY"]],
  ["lives with the patel family across from the main street church.", [["patel","name:dictionary"]], ["family"]],
  ["Case reported to CDPH and OSHA notified; FAX sent to the PCP and the SNF.", [["CDPH","location:organization"],["OSHA","location:organization"]], ["PCP","SNF"]],
  ["CASE REPORTED TO CDPH AND OSHA NOTIFIED; FAX SENT TO THE PCP AND THE SNF.", [["CDPH","location:organization"],["OSHA","location:organization"]], ["PCP","SNF"]],
  ["case reported to cdph and osha notified; fax sent to the pcp and the snf.", [["cdph","location:organization"],["osha","location:organization"]], ["pcp","snf"]],
  ["Uploaded to FMCSA, filed with OWCP; the ICU team and the PACU nurse agreed.", [["FMCSA","location:organization"],["OWCP","location:organization"]], ["ICU","PACU"]],
  ["UPLOADED TO FMCSA, FILED WITH OWCP; THE ICU TEAM AND THE PACU NURSE AGREED.", [["FMCSA","location:organization"],["OWCP","location:organization"]], ["ICU","PACU"]],
  ["uploaded to fmcsa, filed with owcp; the icu team and the pacu nurse agreed.", [["owcp","location:organization"]], ["icu","pacu"]],
];

runPlaceTable("stop 46, sp46b: KNOWN44 by letter, medicalShape()'s pairs, afterWorkCue() past 'the' keep the start's findings", CASES);
