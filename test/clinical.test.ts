// Why this file exists: end-to-end leak checks on clinical-note and chat sentences we wrote ourselves (ALL CAPS
// discharge summaries, mixed-case notes, lower-case chat): every PHI string must be gone from the output and the
// clinical words around it must stay, through redact(), find() and a chunked session, on both engines.
import { describe, expect, it } from "vitest";
import { createRedactorSync, type Redactor } from "../src/index.js";

interface Case {
  readonly text: string;
  /** Substrings that are PHI: none may survive redaction. */
  readonly phi: readonly string[];
  /** Substrings that are not PHI: all must survive. */
  readonly keep: readonly string[];
}

const CASES: readonly Case[] = [
  // ALL CAPS discharge summary
  { text: "NAME: KOWALCZYK, THEODORE          UNIT NO: 882-19-43", phi: ["KOWALCZYK", "THEODORE", "882-19-43"], keep: ["NAME:", "UNIT NO:"] },
  { text: "ATTENDING: HARRIET B. OSTROWSKI, M.D.", phi: ["HARRIET", "OSTROWSKI"], keep: ["ATTENDING:", "M.D."] },
  { text: "MR. KOWALCZYK IS A 67 YEAR OLD MALE WHO PRESENTS WITH CHEST PAIN. HE WAS SEEN BY DR. NGUYEN IN THE ED.", phi: ["KOWALCZYK", "NGUYEN"], keep: ["CHEST PAIN", "67 YEAR OLD MALE", "IN THE ED"] },
  { text: "HIS WIFE, ELEANOR, REPORTS HE HAS BEEN MORE SHORT OF BREATH. HE LIVES IN FRAMINGHAM.", phi: ["ELEANOR", "FRAMINGHAM"], keep: ["SHORT OF BREATH", "HIS WIFE"] },
  { text: "FOLLOW UP AT 55 FRUIT STREET, BOSTON MA 02114. TEL 617-555-0199.", phi: ["55 FRUIT STREET", "BOSTON", "02114", "617-555-0199"], keep: ["FOLLOW UP AT"] },
  { text: "DICTATED BY: PAULA R. DEMARCO, NP   D: 11/09/93 T: 11/10/93   JOB #: 4471902", phi: ["PAULA", "DEMARCO", "11/09/93", "11/10/93", "4471902"], keep: ["DICTATED BY:", "NP"] },
  { text: "PCP: GREGORY HAUSER. DISCHARGED TO BROOKHAVEN NURSING HOME ON 12/2004.", phi: ["GREGORY", "HAUSER", "BROOKHAVEN", "12/2004"], keep: ["PCP:", "DISCHARGED TO"] },
  { text: "PATIENT SEEN AT GOOD SAMARITAN MEDICAL CENTER ER BY DR. O'MALLEY.", phi: ["GOOD SAMARITAN MEDICAL CENTER", "O'MALLEY"], keep: ["PATIENT SEEN AT"] },
  { text: "NAME: KOWALCZYK, THEODORE J          UNIT NO: 882-19-43", phi: ["KOWALCZYK", "THEODORE", " J ", "882-19-43"], keep: ["NAME:", "UNIT NO:"] },
  { text: "S/P CABG AT BRIGHAMWOOD MEMORIAL HOSPITAL IN 2087 WHO PRESENTS WITH CHEST PAIN", phi: ["BRIGHAMWOOD", "2087"], keep: ["S/P CABG AT", "WHO PRESENTS"] },
  { text: "DISCHARGED TO HOME IN STABLE CONDITION. JP DRAIN TO BULB SUCTION, CLEAR TO SUPERIOR BORDER.", phi: [], keep: ["DISCHARGED TO HOME IN STABLE CONDITION", "JP DRAIN", "CLEAR TO SUPERIOR BORDER"] },
  // mixed-case notes
  { text: "Ms. Quintanilla is a 54 yo woman referred by Dr. Aaron Feldstein for evaluation of her diabetes.", phi: ["Quintanilla", "Aaron", "Feldstein"], keep: ["54 yo woman", "evaluation of her diabetes"] },
  { text: "Her daughter Marisol accompanies her today. She was previously followed at Mercy Hill Health Center.", phi: ["Marisol", "Mercy Hill Health Center"], keep: ["Her daughter", "accompanies her today"] },
  { text: "Discussed with Dr. Brown; will call her at (781) 555-3434. Brown stool noted.", phi: ["Dr. Brown", "(781) 555-3434"], keep: ["Brown stool", "will call her"] },
  { text: "Signed, Yolanda Pierce-Whitaker, MD", phi: ["Yolanda", "Pierce-Whitaker"], keep: ["Signed,", "MD"] },
  { text: "Pt is a 92 y/o F with h/o Afib on coumadin. Husband Walter present.", phi: ["92", "Walter"], keep: ["Afib", "coumadin", "Husband"] },
  { text: "Cardiologist: Dr. Iyer (Cape Cod Hospital). CC: Dr. R. Castellanos", phi: ["Iyer", "Cape Cod Hospital", "Castellanos"], keep: ["Cardiologist:"] },
  { text: "Transferred from St. Elsewhere's Hospital to Beth Israel Deaconess Medical Center.", phi: ["Elsewhere", "Beth Israel Deaconess"], keep: ["Transferred from"] },
  { text: "May 3 she may consider hospice; Will follow up. Dr. Will Grant saw her.", phi: ["May 3", "Will Grant"], keep: ["may consider hospice", "Will follow up"] },
  { text: "Hope Smith said she hopes to return to Kenosha in March 2024.", phi: ["Hope Smith", "Kenosha", "March 2024"], keep: ["hopes to return"] },
  { text: "Labs 7/22: Na 140, K 4.1. EF 55-60% on 6/7. BP 140/90.", phi: ["7/22", "6/7"], keep: ["Na 140", "55-60%", "BP 140/90"] },
  { text: "MRN 0048213. ACCT # 99120034. SSN 123-45-6789.", phi: ["0048213", "99120034", "123-45-6789"], keep: ["MRN", "SSN"] },
  { text: "Son (Jerome) can be reached at 555-867-5309 or jerome@aol.com.", phi: ["Jerome", "555-867-5309", "jerome@aol.com"], keep: ["Son (", "can be reached at"] },
  { text: "She attends Lincoln High School, teaches at Hamilton Elementary School and goes to church; he finished high school.", phi: ["Lincoln", "Hamilton"], keep: ["goes to church", "finished high school"] },
  // spelled ages over 89 after a copula (a measurement is none); a discharge summary's stacked header
  { text: "The patient is ninety. Her father, who is ninety-two, has had falls. Heart rate is ninety.", phi: ["ninety. Her", "ninety-two"], keep: ["Heart rate is ninety"] },
  { text: "881203457 FMC\n2047715\n52163/3B1X\n4/9/1998 12:00:00 AM\nDISCHARGE SUMMARY\nSEEN AT FMC BY DR. YOUNG.",
    phi: ["881203457", "FMC", "2047715", "52163/3B1X", "4/9/1998", "YOUNG"], keep: ["12:00:00 AM", "DISCHARGE SUMMARY", "SEEN AT"] },
  // a dictating doctor's code and dictation number after "M.D." ending a signature line; a training year and a lab value are none
  { text: "Dictated By :\nELSTON , JUDITH K. , M.D. JE45\nAttending :\nRAFAEL O. QUINTANILLA , M.D. RQ12 IH384/0913\nBatch :\n58301\nJane Roe, M.D. PGY2\nSmith M.D. A1c 7.2",
    phi: ["JE45", "RQ12", "IH384/0913", "58301", "QUINTANILLA"], keep: ["PGY2", "A1c 7.2", "Attending :"] },
  // lower-case chat
  // a lower-case particle joins a name or follows a title; alone it is a word of Spanish prose
  { text: "dr de souza said maria del carmen lopez was here; a los dieciocho días del ingreso, resolución del hematoma", phi: ["de souza", "maria del carmen lopez"], keep: ["a los dieciocho días del ingreso", "del hematoma"] },
  { text: "hi, my name is tomasz wisniewski and my mom agnieszka was admitted last tuesday", phi: ["tomasz", "wisniewski", "agnieszka"], keep: ["my mom", "was admitted"] },
  { text: "her dob is 3/14/1931. my email is tomasz.w@gmail.com 😀", phi: ["3/14/1931", "tomasz.w@gmail.com"], keep: ["her dob is", "😀"] },
  { text: "write to dr patel, springfield il 62704", phi: ["patel", "springfield", "62704"], keep: ["write to"] },
  { text: "can you write to dr patel at 44 elm st apt 2, springfield il 62704?", phi: ["patel", "44 elm st", "apt 2", "springfield", "62704"], keep: ["can you write to"] },
  { text: "take 2 tabs at 8 am and go to the st louis clinic", phi: [], keep: ["take 2 tabs at 8 am"] },
  // an abbreviated street type in lower case: after "lives at"/"address is" any type; after "at" only types that are
  // no clinical abbreviation; "dr" inside an address is no title
  { text: "my husband lives at 22 oak ave in tulsa and we moved to 4 lake dr last year", phi: ["22 oak ave", "tulsa", "4 lake dr"], keep: ["my husband lives at", "last year"] },
  { text: "my address is 12 birch ct. meet me at 100 sunset blvd", phi: ["12 birch ct", "100 sunset blvd"], keep: ["my address is"] },
  { text: "found in 2 enlarged ln; seen at 3 pm dr said ok; he is at 2 mg st", phi: [], keep: ["found in 2 enlarged ln", "at 3 pm", "at 2 mg st"] },
  // an e-mail address spelled out in words; prose with "at ... dot com" stays
  { text: "mail john dot smith at gmail dot com or jdoe at hospital dot org; look at gmail dot com, see you at 5 dot com", phi: ["john dot smith at gmail dot com", "jdoe at hospital dot org"], keep: ["look at gmail dot com", "see you at 5 dot com"] },
  // a local part joined by a written '.', '_' or '-' is a mailbox even when its last label is an English word ("doe")
  { text: "email me at jane.doe at gmail dot com or j_smith at hospital dot org", phi: ["jane.doe at gmail dot com", "j_smith at hospital dot org"], keep: ["email me at"] },
  // clinical round 7 (fixture 3's misses and false positives, each rule with its hard negatives)
  // a lettered code after '#' is a record number; a code without '#', a dose number and a short item are not
  { text: "Pathology #: SP-91-08811. Agency # VCC-228817; referral # NE-930330-22. COVID-19 negative, DTaP #5 given, item #A-12.",
    phi: ["SP-91-08811", "VCC-228817", "NE-930330-22"], keep: ["COVID-19 negative", "DTaP #5", "#A-12"] },
  // the same in lower case (chat, lower-cased notes)
  { text: "pathology #: sp-91-08811. agency # vcc-228817; referral # ne-930330-22. covid-19 negative, item #a-12.",
    phi: ["sp-91-08811", "vcc-228817", "ne-930330-22"], keep: ["covid-19 negative", "#a-12"] },
  // a month, day and year joined by dashes; a range of years (not a range of doses)
  { text: "DATE: JAN-03-2095. Seen Mar-14-24. Failed azathioprine 2092-2093 and 1998–2004. Dose 2000-2040 mg daily.",
    phi: ["JAN", "03-2095", "Mar-14-24", "2092", "2093", "1998", "2004"], keep: ["Dose 2000-2040 mg daily"] },
  // "turned" says age without the clause ending; a unit after it makes it a turn
  { text: "He turned ninety-one on Nov 22nd. The wheel turned ninety degrees.", phi: ["ninety-one"], keep: ["turned ninety degrees"] },
  // transcription initials before a column gap, a prosector's after "Gross:"
  { text: "Transcribed by: jkl   D: 02/22/2094\nSections A1-A9. (GROSS: rtm)\nGross: see below.", phi: ["jkl", "rtm"],
    keep: ["Transcribed by:", "GROSS:", "Gross: see below"] },
  // a facility's name stops at the signature's credential and at "vs"; an acronym glued to '#' is a field label
  { text: "CC : 1. MARGUERITE OYELOWO , M.D. WINTHROP COMMUNITY HEALTH CENTER\nDISPO : HOME WITH SON NIKOS IN PEABODY VS SPRINGHILL REHAB .",
    phi: ["MARGUERITE", "OYELOWO", "WINTHROP COMMUNITY HEALTH CENTER", "NIKOS", "PEABODY", "SPRINGHILL"], keep: ["M.D.", " VS "] },
  { text: "RADIOLOGY REPORT  ACC# 4471928\nBWH # 12345678", phi: ["4471928", "BWH", "12345678"], keep: ["ACC#"] },
  // eponyms before "grade", "trocar", "cannula"; a core word across a column gap opens the next field
  { text: "Invasive ductal carcinoma, Nottingham grade 2. A Hasson trocar and a RUMI CANNULA were placed.", phi: [],
    keep: ["Nottingham grade", "Hasson trocar", "RUMI CANNULA"] },
  { text: "Your nurse today: Joaquín   Your doctor: Dr. Rebecca Stoltzfus. Call John N. Smith now.", phi: ["Joaquín", "Rebecca", "Stoltzfus", "Smith"], keep: ["Your doctor:"] },
  // a second facility head lengthens the name
  { text: "From: Brookhaven Skilled Nursing Facility, 1200 Elm Ridge Pkwy", phi: ["Brookhaven", "Facility,", "1200 Elm Ridge Pkwy"], keep: ["From:"] },
  // employers: in capitals after a work cue, after a credential and "at"; an eponym between a name and a credential
  { text: "Son works nights at UPS. Therapist Grainne Foley, LMHC at Bay Cove. Foley, RN aware. Seen by Anna Smith, MD at Mercy Hospital.",
    phi: ["UPS", "Grainne", "Foley, LMHC", "Cove", "Anna Smith", "Mercy Hospital"], keep: ["Foley, RN aware"] },
  // a pharmacy's fill names it; an employer keeps its possessive; in ALL CAPS a hyphenated surname's English half
  { text: "Lorazepam - filled 7/02/92 at Rite Aid - not taking. Mrs. Stroud retired from Filene's in 2080. Filled at bedside.",
    phi: ["Rite Aid", "Filene's"], keep: ["Filled at bedside", "not taking"] },
  { text: "NIECE PRUDENCE COFFIN-WHITE CHECKS ON HIM. DR. JONES-TYPE LESION.", phi: ["PRUDENCE", "COFFIN", "WHITE"], keep: ["TYPE LESION"] },
  // in ALL CAPS a street without a house number after "ON" needs a residence verb before it
  { text: "SOCIAL : WIDOWER , LIVES ALONE ON CLIFF ROAD ; NIECE CHECKS ON HIM. PLACED ON HIGH FLOW ROAD TEST.", phi: ["CLIFF ROAD"],
    keep: ["PLACED ON HIGH FLOW ROAD TEST"] },
  // hyphenated names: a hyphenated surname opens "LAST, FIRST"; a capitalised first half of a given name
  { text: "Patient: Delacroix-Mbeki, Thandiwe      Sex: F\nAssistant: Wen-Jie Tsao, MD; Min-Ji Kim, RN. Non-Hodgkin lymphoma.",
    phi: ["Delacroix", "Mbeki", "Thandiwe", "Wen", "Jie", "Tsao", "Min", "Kim"], keep: ["Sex: F", "Non-Hodgkin lymphoma"] },
];

function check(out: string, c: Case): void {
  for (const p of c.phi) expect(out, `PHI "${p}" survived in: ${out}`).not.toContain(p);
  for (const k of c.keep) expect(out, `"${k}" was lost in: ${out}`).toContain(k);
}

/** The text with every finding replaced by "#" (through find(): offsets must cover the PHI exactly). */
function maskByFind(r: Redactor, text: string): string {
  let out = "";
  let last = 0;
  for (const f of r.find(text)) {
    out += text.slice(last, f.start) + "#";
    last = f.end;
  }
  return out + text.slice(last);
}

describe.each(["wasm", "js"] as const)("clinical sentences (%s engine)", (engine) => {
  const r = createRedactorSync({ engine });
  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_t, c) => {
    check(r.redact(c.text).text, c);
    check(maskByFind(r, c.text), c);
    // a session fed in 5-unit chunks, whole notes repeated so that it has to cut
    const s = r.session();
    let out = "";
    const note = `${c.text}\n`.repeat(3);
    for (let i = 0; i < note.length; i += 5) out += s.push(note.slice(i, i + 5));
    out += s.finish();
    expect(out).toBe(r.redact(note).text);
    check(out, c);
  });
});
