// Why this file exists: stop 47's second speed round (sp47b, docs/performance.md "Stop 47: sp47b") changes how wordIn()
// answers, never its answer: a list of four words or more is entered once per process into one hash set keyed by the
// list's address and the word's two hashes (the tokeniser's own hash of the case-folded word), and wordIn() probes that
// set with the token's hashes (tH1, tH2) instead of walking the list; a hit is checked byte for byte as the walk compares.
// No finding may change: the table holds the findings of the round's start (8cc727f), read from its build, for texts
// whose rules ask long lists (occupations, work verbs, the refused employers, county offices, dictation labels, measures,
// header labels, months, agencies, carriers) and tokens the set must treat as the walk did: possessives ("Sheriff's",
// "O'Brien's", "Mary’s" with the curly apostrophe), contractions, accented and Greek words (no ASCII list matches them),
// and a token past MAX_TOKEN bytes (no hashes: the walk answers), each in mixed case, ALL CAPS and lower case, on both
// engines. With the set's probe forced to answer "no" (a copy of the source, `asc`, the module patched into a copy of
// the dist) rows of this table fail: the set answers them. Names, places and firms are invented or public companies.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CASES: PlaceCase[] = [
  ["He works nights at UPS; she is a cashier at Target and a truck driver for Ryder.", [["UPS","location:organization"],["Ryder","location:organization"]], ["nights","cashier"]],
  ["HE WORKS NIGHTS AT UPS; SHE IS A CASHIER AT TARGET AND A TRUCK DRIVER FOR RYDER.", [["UPS","location:organization"],["TARGET","location:organization"],["RYDER","location:organization"]], ["NIGHTS","CASHIER"]],
  ["he works nights at ups; she is a cashier at target and a truck driver for ryder.", [["ryder","name:dictionary"]], ["nights","cashier"]],
  ["Software engineer at Akamai, worked 30 years for Raytheon; retired machinist from Ostrander Tool & Die.", [["Akamai","location:organization"],["Raytheon","location:organization"],["Ostrander Tool & Die","location:organization"]], ["engineer","years"]],
  ["SOFTWARE ENGINEER AT AKAMAI, WORKED 30 YEARS FOR RAYTHEON; RETIRED MACHINIST FROM OSTRANDER TOOL & DIE.", [["AKAMAI","location:organization"],["RAYTHEON","location:organization"],["OSTRANDER TOOL & DIE","location:organization"]], ["ENGINEER","YEARS"]],
  // (stop 53, og53: the lower-case employer now runs to its name's end, as the mixed-case and ALL CAPS rows above do)
  ["software engineer at akamai, worked 30 years for raytheon; retired machinist from ostrander tool & die.", [["akamai","location:organization"],["raytheon","location:organization"],["ostrander tool & die","location:organization"]], ["engineer","years"]],
  ["Employer: Retired. Insurance: None. Employer: Hartwell Foundry; Payer: Member ID pending.", [["Hartwell Foundry","location:organization"]], ["Retired","pending"]],
  ["EMPLOYER: RETIRED. INSURANCE: NONE. EMPLOYER: HARTWELL FOUNDRY; PAYER: MEMBER ID PENDING.", [["HARTWELL FOUNDRY","location:organization"]], ["RETIRED","PENDING"]],
  ["employer: retired. insurance: none. employer: hartwell foundry; payer: member id pending.", [["hartwell foundry","location:organization"]], ["retired","pending"]],
  ["The volunteer at Home, the teacher at School, works at Home Depot on weekends.", [["Home","location:city"],["Home Depot","location:organization"]], ["volunteer","teacher","weekends"]],
  ["THE VOLUNTEER AT HOME, THE TEACHER AT SCHOOL, WORKS AT HOME DEPOT ON WEEKENDS.", [["HOME DEPOT","location:organization"]], ["VOLUNTEER","TEACHER","WEEKENDS"]],
  ["the volunteer at home, the teacher at school, works at home depot on weekends.", [["home depot","location:organization"]], ["volunteer","teacher","weekends"]],
  ["Kent County Sheriff's Office and Brisk County Fire Rescue; O'Brien's daughter called.", [["Kent County Sheriff's Office","location:organization"],["Brisk County Fire Rescue","location:organization"],["O'Brien","name:cue"]], ["daughter","called"]],
  ["KENT COUNTY SHERIFF'S OFFICE AND BRISK COUNTY FIRE RESCUE; O'BRIEN'S DAUGHTER CALLED.", [["KENT COUNTY SHERIFF'S OFFICE","location:organization"],["BRISK COUNTY FIRE RESCUE","location:organization"],["O'BRIEN","name:cue"]], ["DAUGHTER","CALLED"]],
  ["kent county sheriff's office and brisk county fire rescue; o'brien's daughter called.", [["kent county sheriff's office","location:organization"],["brisk county fire rescue","location:organization"],["o'brien","name:dictionary"]], ["daughter","called"]],
  ["Mary’s husband and St. Mary’s Hospital; we'll call, don't wait, I'm at Children's Hospital Boston.", [["Mary","name:cue"],["St. Mary’s Hospital","location:facility"],["Children's Hospital Boston","location:facility"]], ["husband","wait"]],
  // (stop 61, fx64: "Children's Hospital" and its town after a word of where is the facility, childrens61(); the town
  // alone, read as a name, before)
  ["MARY’S HUSBAND AND ST. MARY’S HOSPITAL; WE'LL CALL, DON'T WAIT, I'M AT CHILDREN'S HOSPITAL BOSTON.", [["MARY","name:cue"],["ST. MARY’S HOSPITAL","location:facility"],["CHILDREN'S HOSPITAL BOSTON","location:facility"]], ["HUSBAND","WAIT"]],
  ["mary’s husband and st. mary’s hospital; we'll call, don't wait, i'm at children's hospital boston.", [["mary","name:dictionary"],["st. mary’s hospital","location:facility"],["children's hospital boston","location:facility"]], ["husband","wait"]],
  ["Seen by Dr. Q on 4/2; discussed w/ Dr. K who agrees; Dr. Z on call.", [["Q","name:title"],["K","name:title"]], ["discussed","agrees"]],
  ["SEEN BY DR. Q ON 4/2; DISCUSSED W/ DR. K WHO AGREES; DR. Z ON CALL.", [["Q","name:title"],["K","name:title"]], ["DISCUSSED","AGREES"]],
  ["seen by dr. q on 4/2; discussed w/ dr. k who agrees; dr. z on call.", [["q","name:title"],["k","name:title"],["z","name:title"]], ["discussed","agrees"]],
  ["José Núñez from São Paulo, now in Zürich; Café Olé on Straße 12; Ελένη from Αθήνα.", [["José Núñez","name:neighbour"],["São Paulo","location:city"],["Zürich","location:city"],["Straße 12","location:address"],["Αθήνα","location:city"]], ["now"]],
  ["JOSÉ NÚÑEZ FROM SÃO PAULO, NOW IN ZÜRICH; CAFÉ OLÉ ON STRASSE 12; ΕΛΈΝΗ FROM ΑΘΉΝΑ.", [["JOSÉ NÚÑEZ","name:neighbour"],["SÃO PAULO","location:city"],["ZÜRICH","location:city"]], ["NOW"]],
  ["josé núñez from são paulo, now in zürich; café olé on straße 12; ελένη from αθήνα.", [["josé núñez","name:neighbour"],["são paulo","location:city"],["zürich","location:city"]], ["now"]],
  ["Lives in Mobile with Dr. Æsop; Ørsted Clinic; naïve façade of the café.", [["Mobile","location:city"],["Æsop","name:title"],["Ørsted Clinic","location:facility"]], ["naïve","façade"]],
  ["LIVES IN MOBILE WITH DR. ÆSOP; ØRSTED CLINIC; NAÏVE FAÇADE OF THE CAFÉ.", [["MOBILE","location:city"],["ÆSOP","name:title"],["ØRSTED CLINIC","location:facility"]], ["NAÏVE","FAÇADE"]],
  ["lives in mobile with dr. æsop; ørsted clinic; naïve façade of the café.", [["mobile","location:city"],["æsop","name:title"]], ["naïve","façade"]],
  ["Diagnosis PneumonoultramicroscopicsilicovolcanoconiosisPneumonoultramicroscopicsilicovolcanoconiosis at Mercy Hospital per Dr. Hale.", [["Mercy Hospital","location:facility"],["Hale","name:title"]], ["Diagnosis"]],
  ["DIAGNOSIS PNEUMONOULTRAMICROSCOPICSILICOVOLCANOCONIOSISPNEUMONOULTRAMICROSCOPICSILICOVOLCANOCONIOSIS AT MERCY HOSPITAL PER DR. HALE.", [["MERCY HOSPITAL","location:facility"],["HALE","name:title"]], ["DIAGNOSIS"]],
  ["diagnosis pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis at mercy hospital per dr. hale.", [["mercy hospital","location:facility"],["hale","name:title"]], ["diagnosis"]],
  ["Seen in March by Hope Williams; in May with June Park at Lakeside Eye Center.", [["Hope Williams","name:neighbour"],["June Park","name:neighbour"],["Lakeside Eye Center","location:facility"]], ["Seen"]],
  ["SEEN IN MARCH BY HOPE WILLIAMS; IN MAY WITH JUNE PARK AT LAKESIDE EYE CENTER.", [["HOPE WILLIAMS","name:neighbour"],["LAKESIDE EYE CENTER","location:facility"]], ["SEEN"]],
  ["seen in march by hope williams; in may with june park at lakeside eye center.", [["williams","name:dictionary"],["lakeside eye center","location:facility"]], ["seen"]],
  ["mg/dl  d: 04/18/91 and NK/DPL    D: 04/18/91    T: 04/19/91", [], ["mg"]],
  ["MG/DL  D: 04/18/91 AND NK/DPL    D: 04/18/91    T: 04/19/91", [["NK","name:initial"],["DPL","name:initial"]], ["MG"]],
  ["mg/dl  d: 04/18/91 and nk/dpl    d: 04/18/91    t: 04/19/91", [["nk","name:initial"],["dpl","name:initial"]], ["mg"]],
  ["FROM: DAWN HOLLICK\nTO: DR. MARCHBANKS\nSubject: refill of lisinopril", [["DAWN HOLLICK","name:cue"],["MARCHBANKS","name:title"]], ["refill","lisinopril"]],
  ["FROM: DAWN HOLLICK\nTO: DR. MARCHBANKS\nSUBJECT: REFILL OF LISINOPRIL", [["DAWN HOLLICK","name:cue"],["MARCHBANKS","name:title"]], ["REFILL","LISINOPRIL"]],
  ["from: dawn hollick\nto: dr. marchbanks\nsubject: refill of lisinopril", [["dawn hollick","name:cue"],["marchbanks","name:title"]], ["refill","lisinopril"]],
  ["Initials: MCAQ; initials of the nurse; INITIALS: YES; collector initials VT.", [["MCAQ","name:initial"],["VT","name:initial"]], ["nurse","YES"]],
  ["INITIALS: MCAQ; INITIALS OF THE NURSE; INITIALS: YES; COLLECTOR INITIALS VT.", [["MCAQ","name:initial"],["VT","name:initial"]], ["NURSE","YES"]],
  ["initials: mcaq; initials of the nurse; initials: yes; collector initials vt.", [["mcaq","name:initial"],["vt","name:initial"]], ["nurse","yes"]],
  ["Hospice referral to Care Dimensions; OPAT via Option Care; transport by CareFlite via Life Flight.", [["Care Dimensions","location:organization"],["Option Care","location:organization"],["CareFlite","location:organization"],["Life Flight","location:organization"]], ["referral","transport"]],
  // (stop 49, ok49: "CAREFLITE" is a name of the third list of known organisations, taken alone in ALL CAPS and lower case)
  ["HOSPICE REFERRAL TO CARE DIMENSIONS; OPAT VIA OPTION CARE; TRANSPORT BY CAREFLITE VIA LIFE FLIGHT.", [["CARE DIMENSIONS","location:organization"],["OPTION CARE","location:organization"],["CAREFLITE","location:organization"],["LIFE FLIGHT","location:organization"]], ["REFERRAL","TRANSPORT"]],
  ["hospice referral to care dimensions; opat via option care; transport by careflite via life flight.", [["option care","location:organization"],["careflite","location:organization"],["life flight","location:organization"]], ["referral","transport"]],
  ["Member of Grace Fellowship, volunteers with Meals on Wheels, attends First Baptist Church.", [["Grace Fellowship","location:organization"],["Meals on Wheels","location:organization"],["First Baptist Church","location:organization"]], ["Member","volunteers"]],
  ["MEMBER OF GRACE FELLOWSHIP, VOLUNTEERS WITH MEALS ON WHEELS, ATTENDS FIRST BAPTIST CHURCH.", [["GRACE FELLOWSHIP","location:organization"],["FIRST BAPTIST CHURCH","location:organization"]], ["MEMBER","VOLUNTEERS"]],
  ["member of grace fellowship, volunteers with meals on wheels, attends first baptist church.", [["first baptist church","location:organization"]], ["member","volunteers"]],
  ["Labs drawn at Quest, MRI from MAH, ICD placed at BWMC, sleep study at NEBH.", [["Quest","location:organization"],["MAH","location:facility"],["BWMC","location:facility"],["NEBH","location:facility"]], ["Labs","drawn","study"]],
  ["LABS DRAWN AT QUEST, MRI FROM MAH, ICD PLACED AT BWMC, SLEEP STUDY AT NEBH.", [["QUEST","location:organization"],["MAH","name:dictionary"],["BWMC","location:facility"],["NEBH","location:facility"]], ["LABS","DRAWN","STUDY"]],
  ["labs drawn at quest, mri from mah, icd placed at bwmc, sleep study at nebh.", [["quest","location:organization"],["mah","name:dictionary"],["bwmc","location:facility"],["nebh","location:facility"]], ["labs","drawn","study"]],
  ["Reported to CDPH and OSHA; the PCP and the SNF; ICU team with the PACU nurse.", [["CDPH","location:organization"]], ["PCP","SNF","ICU"]],
  ["REPORTED TO CDPH AND OSHA; THE PCP AND THE SNF; ICU TEAM WITH THE PACU NURSE.", [["CDPH","location:organization"]], ["PCP","SNF","ICU"]],
  ["reported to cdph and osha; the pcp and the snf; icu team with the pacu nurse.", [["cdph","location:organization"]], ["pcp","snf","icu"]],
  ["Patient is a 45 yo teacher who lives alone in Bangor, Maine and works for the State of Maine.", [["Bangor, Maine","location:address"],["State of Maine","location:organization"]], ["teacher","alone"]],
  ["PATIENT IS A 45 YO TEACHER WHO LIVES ALONE IN BANGOR, MAINE AND WORKS FOR THE STATE OF MAINE.", [["BANGOR, MAINE","location:address"],["MAINE","location:state"]], ["TEACHER","ALONE"]],
  ["patient is a 45 yo teacher who lives alone in bangor, maine and works for the state of maine.", [["bangor","location:city"]], ["teacher","alone"]],
  ["Father with AUD, full ROM, ANC nadir 0.4; updated by Kaylee (reg); Nadir Khan; Reg Thompson.", [["Kaylee","name:dictionary"],["Nadir Khan","name:neighbour"],["Reg Thompson","name:neighbour"]], ["Father","full"]],
  ["FATHER WITH AUD, FULL ROM, ANC NADIR 0.4; UPDATED BY KAYLEE (REG); NADIR KHAN; REG THOMPSON.", [["AUD","name:dictionary"],["KAYLEE","name:dictionary"],["REG","name:dictionary"],["KHAN","name:dictionary"],["REG THOMPSON","name:neighbour"]], ["FATHER","FULL"]],
  ["father with aud, full rom, anc nadir 0.4; updated by kaylee (reg); nadir khan; reg thompson.", [["kaylee","name:dictionary"],["khan","name:dictionary"],["thompson","name:dictionary"]], ["father","full"]],
];

runPlaceTable("stop 47, sp47b: wordIn() by the token's hashes keeps the start's findings", CASES);
