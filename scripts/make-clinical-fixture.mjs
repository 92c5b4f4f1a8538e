// Why this file exists: builds test/fixtures/clinical-notes.jsonl, a labelled evaluation set of US clinical notes in
// the styles of de-identification corpora (ALL CAPS discharge summaries, pipe-delimited report headers, mixed-case
// progress notes, letters), written by us: every name, place, number and date is invented here from templates and a
// seeded RNG, and every span offset is computed while the text is built (never hand-counted). Nothing is copied from
// any corpus. Usage: node scripts/make-clinical-fixture.mjs [out.jsonl] (default test/fixtures/clinical-notes.jsonl).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFixture } from "./fixture-io.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2] ?? join(root, "test/fixtures/clinical-notes.jsonl");

// ---- seeded RNG (mulberry32) ----
let seed = 0x5eed2093;
function rng() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rng() * a.length)];
const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join("");
const pad = (n, w = 2) => String(n).padStart(w, "0");
const cap = (s) => s[0].toUpperCase() + s.slice(1);

// ---- fragments: text plus spans relative to it ----
// A fragment is { text, spans: [{start, end, type}], ignored: [{start, end, orig}] }. `phi(type, text)` is one labelled
// span; `ign(text, orig)` an ignored one (professions, titles: real labels outside Safe Harbor); the tag `t` joins
// strings and fragments, shifting their spans, so offsets come out of the construction.
const phi = (type, text, orig = type) => ({ text, spans: [{ start: 0, end: text.length, type, orig }], ignored: [] });
const ign = (text, orig = "PROFESSION") => ({ text, spans: [], ignored: [{ start: 0, end: text.length, orig }] });
function t(strings, ...vals) {
  let text = "";
  const spans = [];
  const ignored = [];
  const add = (v) => {
    if (v === undefined || v === null || v === false) return;
    if (typeof v === "string" || typeof v === "number") {
      text += String(v);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach(add);
      return;
    }
    const base = text.length;
    text += v.text;
    for (const s of v.spans) spans.push({ ...s, start: s.start + base, end: s.end + base });
    for (const s of v.ignored) ignored.push({ ...s, start: s.start + base, end: s.end + base });
  };
  strings.forEach((s, i) => {
    text += s;
    if (i < vals.length) add(vals[i]);
  });
  return { text, spans, ignored };
}
const upper = (f) => ({ ...f, text: f.text.toUpperCase() });
function join2(fs) {
  const parts = [];
  fs.forEach((f, i) => {
    if (i) parts.push("\n");
    parts.push(f);
  });
  return t(Array(parts.length + 1).fill(""), ...parts);
}

// ---- invented names ----
const ON = ["k", "z", "st", "v", "qu", "br", "dr", "tr", "gh", "sk", "y", "m", "f", "l", "n", "r", "p", "th", "w", "c", "h", "pl", "cr", "bl"];
const NU = ["a", "e", "o", "i", "u", "ai", "ei", "ou", "ie", "ea", "oi", "ey"];
const CO = ["", "", "n", "l", "r", "s", "m", "k", "lk", "st", "nt", "ll", "rr", "ss", "x", "ck", "sh", "tz"];
const ENDS = ["nes", "strie", "onan", "lin", "dova", "ski", "nier", "sette", "quez", "ault", "berg", "otti", "ayne", "wick", "mann",
  "ross", "hardt", "elle", "ino", "enko", "ard", "umbe", "ley", "cott", "ster"];
const seen = new Set();
function syll() {
  return pick(ON) + pick(NU) + pick(CO);
}
function surname() {
  for (;;) {
    const s = cap(syll() + (rng() < 0.5 ? syll() : "") + pick(ENDS));
    if (s.length >= 6 && s.length <= 12 && !seen.has(s)) {
      seen.add(s);
      return s;
    }
  }
}
const COMMON_FIRST = ["Harold", "Doris", "Walter", "Gloria", "Eugene", "Loretta", "Clifford", "Bernice", "Raymond", "Judith",
  "Stanley", "Marjorie", "Leonard", "Phyllis", "Vernon", "Rosalind", "Wendell", "Agnes", "Thaddeus", "Imogene"];
function firstName() {
  if (rng() < 0.5) return pick(COMMON_FIRST);
  for (;;) {
    const s = cap(syll() + syll() + pick(["", "a", "o", "ie", "elle", "an"]));
    if (s.length >= 4 && s.length <= 9 && !seen.has(s)) {
      seen.add(s);
      return s;
    }
  }
}
const initial = () => String.fromCharCode(65 + int(0, 25));
function person() {
  return { first: firstName(), last: surname(), mi: initial() };
}
// name shapes (one NAME span each; titles and credentials stay outside the span)
const N = {
  full: (p) => phi("NAME", `${p.first} ${p.last}`, "PATIENT"),
  fullMi: (p) => phi("NAME", `${p.first} ${p.mi}. ${p.last}`, "DOCTOR"),
  lastFirst: (p) => phi("NAME", `${p.last}, ${p.first}`, "PATIENT"),
  lastFirstMi: (p) => phi("NAME", `${p.last}, ${p.first} ${p.mi}`, "PATIENT"),
  last: (p) => phi("NAME", p.last, "PATIENT"),
  first: (p) => phi("NAME", p.first, "PATIENT"),
};
const U = (f) => upper(f);

// ---- places and organisations ----
const TOWN_REAL = ["Worcester", "Framingham", "Quincy", "Brockton", "Lowell", "Fitchburg", "Pittsfield", "Chicopee", "Taunton",
  "Nashua", "Bangor", "Burlington", "Providence", "Hartford", "Albany", "Scranton"];
function town() {
  return rng() < 0.5 ? pick(TOWN_REAL) : cap(syll() + pick(["ford", "ton", "field", "burg", "ville", "wood", "port"]));
}
const STATES = [["MA", "Massachusetts"], ["NH", "New Hampshire"], ["RI", "Rhode Island"], ["CT", "Connecticut"], ["ME", "Maine"], ["VT", "Vermont"]];
function hospitalName() {
  const w = cap(syll() + pick(["ton", "field", "mont", "dale", "brook", "crest", "haven", "ridge"]));
  return pick([`${w} Medical Center`, `${w} General Hospital`, `${w} Memorial Hospital`, `${w} Community Hospital`,
    `${w} Regional Medical Center`, `St. ${pick(["Agatha", "Brendan", "Ursula", "Casimir", "Lucian"])}'s Hospital`]);
}
function facilityName() {
  const w = cap(syll() + pick(["wood", "view", "gate", "hill", "lake"]));
  return pick([`${w} Nursing Home`, `${w} Rehabilitation Hospital`, `${w} Manor`, `${w} Clinic`, `${w} Health Center`,
    `${w} Hospice`]);
}
function abbrev() {
  return Array.from({ length: int(3, 4) }, () => String.fromCharCode(65 + int(0, 25))).join("");
}
function street() {
  const w = rng() < 0.5 ? pick(["Maple", "Cedar", "Chestnut", "Walnut", "Prospect", "Elm", "Summer", "Pleasant"]) : cap(syll() + syll());
  return `${int(4, 9880)} ${w} ${pick(["Street", "St.", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Terrace", "Way"])}`;
}

// ---- dates (surrogate-style years as i2b2 shifts them, and ordinary ones) ----
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON3 = MONTHS.map((m) => m.slice(0, 3));
function ymd() {
  return { y: pick([int(1988, 1999), int(2004, 2019), int(2080, 2099)]), m: int(1, 12), d: int(1, 28) };
}
const D = {
  slash: (x) => `${pad(x.m)}/${pad(x.d)}/${x.y}`,
  slashShort: (x) => `${x.m}/${x.d}/${x.y}`,
  slash2: (x) => `${pad(x.m)}/${pad(x.d)}/${pad(x.y % 100)}`,
  md: (x) => `${x.m}/${x.d}`,
  iso: (x) => `${x.y}-${pad(x.m)}-${pad(x.d)}`,
  dmy: (x) => `${pad(x.d)}-${MON3[x.m - 1]}-${x.y}`,
  long: (x) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`,
  monYear: (x) => `${MONTHS[x.m - 1]} of ${x.y}`,
  month: (x) => `${MONTHS[x.m - 1]} ${x.y}`,
  apos: (x) => `'${pad(x.y % 100)}`,
  year: (x) => `${x.y}`,
};
const date = (fmt, x = ymd()) => phi("DATE", D[fmt](x), "DATE");
const anyDate = (x = ymd()) => date(pick(["slash", "slashShort", "slash2", "iso", "dmy", "long"]), x);
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const HOLIDAYS = ["Christmas", "Thanksgiving", "New Year's Day", "Easter", "Memorial Day", "Labor Day", "Christmas Eve", "Fourth of July"];

// ---- numbers ----
const mrn = () => phi("MRN", digits(int(6, 8)), "MEDICALRECORD");
const unitNo = () => phi("MRN", `${digits(3)}-${digits(2)}-${digits(2)}`, "MEDICALRECORD");
const phone = () => phi("PHONE", pick([`(${int(2, 9)}${digits(2)}) 555-${pad(int(100, 199), 4)}`, `${int(2, 9)}${digits(2)}-555-${pad(int(100, 199), 4)}`,
  `${int(2, 9)}${digits(2)}.555.${pad(int(100, 199), 4)}`]), "PHONE");
const ext = () => phi("PHONE", pick([`x${int(2, 7)}-${digits(4)}`, `x${digits(5)}`, `${int(2, 7)}-${digits(4)}`]), "PHONE");
const pagerNo = () => phi("PHONE", pick([digits(5), `${int(1, 9)}-${digits(4)}`, digits(4)]), "PHONE");
const fax = () => phi("FAX", `(${int(2, 9)}${digits(2)}) 555-${pad(int(100, 199), 4)}`, "FAX");
const email = (p) => phi("EMAIL", `${p.first[0].toLowerCase()}${p.last.toLowerCase()}@${pick(["mailbox", "netcare", "shore"])}${pick([".org", ".net", ".com"])}`, "EMAIL");
function age90() {
  const n = int(90, 104);
  const words = { 90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
    96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine" };
  return pick([
    () => t`${phi("AGE", String(n))} year old`, () => t`${phi("AGE", String(n))}-year-old`, () => t`${phi("AGE", String(n))} y/o`,
    () => t`${phi("AGE", String(n))} yo`, () => t`${phi("AGE", String(n))} years old`,
    () => (words[n] ? t`${phi("AGE", words[n])}-year-old` : t`${phi("AGE", String(n))}-year-old`),
  ])();
}
const young = () => `${int(24, 88)}`;

// ---- clinical filler (hard negatives live here: ALL CAPS headers, drugs, eponyms, abbreviations) ----
const DRUGS = ["Lasix 40 mg PO daily", "metoprolol 25 mg b.i.d.", "Coumadin 5 mg q.h.s.", "aspirin 81 mg daily", "Lipitor 20 mg",
  "insulin NPH 10 units q.a.m.", "Zestril 10 mg daily", "Colace 100 mg b.i.d.", "Protonix 40 mg daily", "Keflex 500 mg q.i.d."];
const DX = ["congestive heart failure", "community acquired pneumonia", "non-ST elevation myocardial infarction",
  "urinary tract infection", "atrial fibrillation with rapid ventricular response", "chronic obstructive pulmonary disease exacerbation",
  "small bowel obstruction", "cellulitis of the left lower extremity", "diabetic ketoacidosis", "syncope"];
const EXAM = ["Lungs with bibasilar crackles.", "Heart regular rate and rhythm, no murmurs.", "Abdomen soft, nontender, positive bowel sounds.",
  "Extremities with 2+ pitting edema.", "Neuro: alert and oriented times three, Babinski downgoing.", "JVP at 10 cm.",
  "Foley catheter in place.", "Swan-Ganz catheter placed without complication."];

const notes = [];
function add(id, f) {
  notes.push({ id, ...f });
}
/** `count` notes of one kind, ids "<kind>-1".., each from the lines `build(i)` returns. */
function section(count, kind, build) {
  for (let i = 0; i < count; i++) add(`${kind}-${i + 1}`, join2(build(i)));
}

// ---- A. ALL CAPS discharge summaries (older hospital style) ----
section(8, "caps-discharge", (i) => {
  const pt = person();
  const att = person();
  const dic = person();
  const pcp = person();
  const adm = ymd();
  const dis = { ...adm, d: Math.min(28, adm.d + int(2, 9)) };
  const dd = { ...dis, d: Math.min(28, dis.d + 1) };
  const td = { ...dd, d: Math.min(28, dd.d + int(1, 2)) };
  const hosp = hospitalName();
  const outside = abbrev();
  const nh = facilityName();
  const old = i % 2 === 0;
  const ageFrag = rng() < 0.5 ? upper(age90()) : `${young()} YEAR OLD`;
  const parts = [
    t`${pick(["RECORD #", "RECORD #: ", "MED REC NO: "])}${mrn()}`,
    t`${U(phi("LOCATION", hosp, "HOSPITAL"))}`,
    t`${U(N.lastFirst(pt))}          UNIT NO: ${unitNo()}`,
    t`ADMISSION DATE: ${date(old ? "slash" : "slashShort", adm)}`,
    t`DISCHARGE DATE : ${date(old ? "slash" : "slashShort", dis)}`,
    `PRINCIPAL DIAGNOSIS: ${pick(DX).toUpperCase()}`,
    `ASSOCIATED DIAGNOSES: HYPERTENSION; DIABETES MELLITUS TYPE 2; BROWN STOOL GUAIAC NEGATIVE`,
    `HISTORY OF PRESENT ILLNESS:`,
    t`MR. ${U(N.last(pt))} IS A ${ageFrag} ${pick(["MALE", "GENTLEMAN", "MAN"])} WITH A HISTORY OF ${pick(DX).toUpperCase()} WHO WAS IN HIS USUAL STATE OF HEALTH UNTIL ${U(date("slash2"))} WHEN HE NOTED INCREASING DYSPNEA.`,
    t`HE WAS TRANSFERRED FROM AN OUTSIDE HOSPITAL, ${phi("LOCATION", outside, "HOSPITAL")}, WHERE HE HAD BEEN ADMITTED ON ${U(date("md"))}.`,
    t`HE HAS BEEN FOLLOWED AT ${U(phi("LOCATION", hospitalName(), "HOSPITAL"))} BY DR. ${U(N.last(pcp))} SINCE ${date("year")}.`,
    t`HE LIVES WITH HIS WIFE ${U(phi("NAME", firstName(), "PATIENT"))} IN ${U(phi("LOCATION", town(), "CITY"))}. HE IS A RETIRED ${ign("MACHINIST")}.`,
    t`PAST MEDICAL HISTORY: SIGNIFICANT FOR CORONARY ARTERY DISEASE, S/P CABG IN ${date(rng() < 0.5 ? "apos" : "year")}.`,
  ];
  parts.push(
    `MEDICATIONS ON ADMISSION: ${DRUGS.slice(0, 4).map((d) => d.toUpperCase()).join(", ")}.`,
    `PHYSICAL EXAMINATION: ${pick(EXAM).toUpperCase()} ${pick(EXAM).toUpperCase()}`,
    `LABORATORY DATA: SODIUM 138, POTASSIUM 4.2, BUN 31, CREATININE 1.4. INR 2.3. PTT 31.`,
    `HOSPITAL COURSE: THE PATIENT WAS ADMITTED TO THE CARDIAC SURGERY SERVICE AND DIURESED WITH LASIX.`,
    t`HE WAS SEEN BY ${ign("CARDIOLOGY")} WHO RECOMMENDED CATHETERIZATION, PERFORMED ON ${U(date("dmy"))}. THIS WAS DISCUSSED WITH DR. ${U(N.last(att))}.`,
    t`DISPOSITION: DISCHARGED TO ${U(phi("LOCATION", nh, "HOSPITAL"))} IN STABLE CONDITION. FOLLOW UP WITH DR. ${U(N.last(pcp))} IN TWO WEEKS.`,
    "",
    t`DICTATED BY : ${U(N.lastFirst(dic))}, M.D.`,
    t`ATTENDING : ${U(N.lastFirst(att))} M.D.   ${U(phi("NAME", `${att.mi}${pick("BCDFGHJKLMNPRSTVWZ")}`, "DOCTOR"))} / ${phi("NAME", `${pick("bcdfgjklmnprstvw")}${pick("abcdefghijklmnoprstw")}`, "DOCTOR")}`,
    t`D: ${date("slash2", dd)}`,
    t`T: ${date("slash2", td)}`,
    t`BATCH: ${phi("ID", digits(4))}`,
    t`REPORT: ${phi("ID", `${initial()}${digits(4)}${initial()}${digits(2)}`)}`,
    t`cc: ${U(N.fullMi(pcp))}, M.D.`,
  );
  return parts;
});

// ---- B. pipe-delimited report header, mixed-case body (i2b2-2006 style) ----
section(5, "pipe-discharge", () => {
  const pt = person();
  const att = person();
  const res = person();
  const adm = ymd();
  const dis = { ...adm, d: Math.min(28, adm.d + int(1, 7)) };
  const hAbbr = abbrev();
  return [
    t`${phi("ID", digits(9))} | ${phi("LOCATION", hAbbr, "HOSPITAL")} | ${phi("MRN", digits(8))} | | ${phi("ID", digits(7))} | ${date("slashShort", adm)} 12:00:00 AM | Discharge Summary | Signed | DIS | Admission Date: ${date("slashShort", adm)} Report Status: Signed`,
    "",
    t`Discharge Date: ${date("slashShort", dis)}`,
    t`ATTENDING: ${U(N.full(att))} M.D.`,
    "",
    "HISTORY OF PRESENT ILLNESS:",
    t`${pick(["Ms.", "Mrs."])} ${N.last(pt)} is a ${rng() < 0.5 ? age90() : young() + " year old"} woman with ${pick(DX)} who presented to the ${phi("LOCATION", hAbbr, "HOSPITAL")} Emergency Department on ${date("md")} with two days of fever.`,
    t`She was recently discharged from ${phi("LOCATION", hospitalName(), "HOSPITAL")} in ${phi("DATE", `${MONTHS[int(0, 11)]} of ${int(2080, 2099)}`)}.`,
    t`Her daughter, ${N.full(person())}, is her health care proxy and can be reached at ${phone()}.`,
    "",
    "HOSPITAL COURSE BY SYSTEM:",
    `1. Cardiovascular: ${pick(EXAM)} She was continued on ${pick(DRUGS)}.`,
    t`2. ID: Blood cultures from ${date("md")} grew gram positive cocci in clusters. ${ign("ID")} consult (Dr. ${N.last(person())}) recommended vancomycin.`,
    t`3. Renal: creatinine peaked at 2.1 on ${phi("DATE", pick(WEEKDAYS))} and improved with fluids.`,
    "",
    "DISCHARGE MEDICATIONS:",
    ...DRUGS.slice(4, 4 + int(3, 5)),
    "",
    t`Follow up with Dr. ${N.last(att)} in ${pick(["Cardiology", "Renal", "Pulmonary"])} Clinic at ${phi("LOCATION", hAbbr, "HOSPITAL")} on ${date("slashShort")}.`,
    "",
    t`Dictated By: ${U(N.last(res))}, ${U(N.first(res))}`,
    t`Attending: ${N.full(att)} ${phi("NAME", `${att.first[0]}${att.last[0]}${int(1, 9)}`, "DOCTOR")}  ${ign("MD")}`,
    t`${phi("NAME", `${initial()}${initial()}${int(1, 9)}`, "DOCTOR")} D: ${date("slash2")} T: ${date("slash2")}`,
    t`TR: ${phi("NAME", `${pick("bcdfgjklmnprstvw")}${pick("abcdefghijklmnoprstw")}`, "DOCTOR")}`,
    t`DD: ${date("slash2")}`,
    t`TD: ${date("slash2")} 4:12 P`,
    t`cc: ${N.full(att)}, M.D. ${N.fullMi(person())}, M.D.`,
    t`[report_end]`,
  ];
});

// ---- C. mixed-case progress and clinic notes ----
section(7, "progress-note", () => {
  const pt = person();
  const doc = person();
  const nurse = person();
  const son = person();
  const visit = ymd();
  const clinic = facilityName();
  return [
    t`${pick(["Patient Name", "Name", "Patient"])}: ${pick([N.full, N.lastFirst])(pt)}`,
    t`MRN: ${mrn()}    DOB: ${anyDate({ y: int(1920, 1960), m: int(1, 12), d: int(1, 28) })}`,
    t`Date of Service: ${date("slash", visit)}`,
    t`Provider: ${N.fullMi(doc)}, MD`,
    t`Location: ${phi("LOCATION", clinic, "HOSPITAL")}, ${phi("LOCATION", street(), "STREET")}, ${phi("LOCATION", town(), "CITY")}, ${pick(STATES)[0]} ${phi("LOCATION", "0" + digits(4), "ZIP")}`,
    "",
    "SUBJECTIVE:",
    t`${pick(["Mr.", "Ms."])} ${N.last(pt)} is a ${rng() < 0.4 ? age90() : young() + " yo"} seen today for follow up of ${pick(DX)}. Since ${pick([() => date("year"), () => date("month"), () => date("monYear")])()} ${pick(["the symptoms have been stable", "there has been gradual weight loss", "ambulation has declined"])}.`,
    t`${pick(["His son", "Her son", "The son"])} ${N.first(son)} reports the patient fell on ${phi("DATE", pick(HOLIDAYS))} and again last ${phi("DATE", pick(WEEKDAYS))}.`,
    t`Previously followed at ${phi("LOCATION", hospitalName(), "HOSPITAL")} by Dr. ${N.last(person())}; records requested by fax to ${fax()}.`,
    `She denies chest pain. Brown stool, no melena. May consider colonoscopy. Will follow up in clinic.`,
    "",
    "OBJECTIVE:",
    `BP 132/78, HR 72, T 98.6, SpO2 97% on room air.`,
    `${pick(EXAM)} ${pick(EXAM)}`,
    t`Labs ${date("md")}: Na 139, K 4.4, Cr 1.1, Hgb 11.9. HbA1c 7.2%.`,
    "",
    "ASSESSMENT AND PLAN:",
    `1. ${cap(pick(DX))}: continue ${pick(DRUGS)}.`,
    t`2. Discussed with ${pick([() => t`Dr. ${N.full(person())}`, () => t`${N.full(person())}, NP`])()} from ${ign("cardiology")}; echo ordered for ${date("slashShort")}.`,
    t`3. Return visit ${date("iso")}. Patient may call ${phone()} or page Dr. ${N.last(doc)} (pager #${pagerNo()}).`,
    t`Seen by ${N.fullMi(nurse)}, RN, and ${N.full(person())}, PA-C.`,
    "",
    t`Electronically signed by ${N.fullMi(doc)}, MD on ${date("slashShort")} at 3:41 PM`,
  ];
});

// ---- D. letters to referring physicians ----
section(4, "letter", () => {
  const pt = person();
  const ref = person();
  const me = person();
  const practice = hospitalName();
  return [
    t`${phi("LOCATION", practice, "HOSPITAL")}`,
    t`${phi("LOCATION", street(), "STREET")}`,
    t`${phi("LOCATION", town(), "CITY")}, ${pick(STATES)[0]} ${phi("LOCATION", "0" + digits(4), "ZIP")}`,
    t`Tel ${phone()}  Fax ${fax()}`,
    "",
    t`${date("long")}`,
    "",
    t`${N.fullMi(ref)}, M.D.`,
    t`${phi("LOCATION", facilityName(), "HOSPITAL")}`,
    t`${phi("LOCATION", street(), "STREET")}`,
    t`${phi("LOCATION", town(), "CITY")}, ${pick(STATES)[0]} ${phi("LOCATION", "0" + digits(4), "ZIP")}`,
    "",
    t`RE: ${N.full(pt)}`,
    t`MRN: ${mrn()}`,
    t`DOB: ${date("slash", { y: int(1915, 1955), m: int(1, 12), d: int(1, 28) })}`,
    "",
    t`Dear Dr. ${N.last(ref)}:`,
    "",
    t`Thank you for referring ${N.full(pt)}, a ${rng() < 0.5 ? age90() : young() + "-year-old"} ${pick(["woman", "man"])} whom I saw in consultation on ${date("long")}.`,
    t`As you know, ${pick(["she", "he"])} was hospitalized at ${phi("LOCATION", hospitalName(), "HOSPITAL")} in ${date("year")} for ${pick(DX)}.`,
    t`${pick(["She", "He"])} lives alone in ${phi("LOCATION", town(), "CITY")} and works as a ${ign("school bus driver")}. ${pick(["Her", "His"])} niece ${N.full(person())} is involved in care.`,
    `On examination ${pick(EXAM).toLowerCase()} I recommended ${pick(DRUGS)}.`,
    t`I will see ${pick(["her", "him"])} again in ${date("month")}. Please do not hesitate to contact me at ${phone()} or ${email(me)}.`,
    "",
    "Sincerely,",
    "",
    t`${N.fullMi(me)}, M.D.`,
    t`${ign("Attending Physician")}, Division of Geriatrics`,
    "",
    t`cc: ${N.fullMi(person())}, M.D.; ${phi("LOCATION", facilityName(), "HOSPITAL")}`,
  ];
});

// ---- E. ALL CAPS operative notes and consults ----
section(3, "caps-operative", () => {
  const pt = person();
  const surg = person();
  const asst = person();
  const when = ymd();
  return [
    t`${U(N.lastFirstMi(pt))}`,
    t`${phi("MRN", `${digits(3)}-${digits(2)}-${digits(2)}`)}`,
    t`OPERATIVE REPORT   DATE OF OPERATION: ${date("slash", when)}`,
    t`SURGEON: ${U(N.fullMi(surg))}, M.D.`,
    t`ASSISTANT: ${U(N.full(asst))}, M.D.`,
    `PREOPERATIVE DIAGNOSIS: ${pick(DX).toUpperCase()}.`,
    `POSTOPERATIVE DIAGNOSIS: SAME.`,
    `PROCEDURE: EXPLORATORY LAPAROTOMY, LYSIS OF ADHESIONS.`,
    `ANESTHESIA: GENERAL ENDOTRACHEAL.`,
    t`INDICATIONS: THIS ${rng() < 0.5 ? upper(age90()) : young() + " YEAR OLD"} PATIENT PRESENTED WITH ABDOMINAL DISTENTION AND VOMITING.`,
    `DESCRIPTION OF PROCEDURE: THE PATIENT WAS BROUGHT TO THE OPERATING ROOM AND PLACED SUPINE. A FOLEY CATHETER WAS PLACED.`,
    `THE ABDOMEN WAS PREPPED AND DRAPED IN THE USUAL STERILE FASHION. A BOOKWALTER RETRACTOR WAS PLACED. JP DRAIN TO BULB SUCTION.`,
    `ESTIMATED BLOOD LOSS: 150 CC. THE PATIENT TOLERATED THE PROCEDURE WELL AND WAS TRANSFERRED TO THE PACU IN STABLE CONDITION.`,
    t`FAMILY UPDATED BY TELEPHONE: ${pick(["DAUGHTER", "SON", "WIFE"])} ${U(N.full(person()))} AT ${phone()}.`,
    "",
    t`${U(N.fullMi(surg))}, M.D.`,
    t`DD: ${date("slash2")}    DT: ${date("slash2")}`,
    t`JOB #: ${phi("ID", digits(6))}`,
    t`eScription document: ${phi("ID", `${int(1, 9)}-${digits(7)}`)} ${pick(["ABC", "KMX", "RTE"])}`,
  ];
});

// ---- F. ED and nursing notes ----
section(3, "ed-note", () => {
  const pt = person();
  const doc = person();
  const rn = person();
  return [
    t`ED ATTENDING NOTE  ${date("slashShort")} 02:14`,
    t`Pt: ${U(N.lastFirst(pt))}   Acct #: ${phi("ID", digits(9))}`,
    t`${age90()} F brought in by ${phi("ORGANIZATION", cap(syll()) + "ville Fire Rescue", "ORGANIZATION")} from ${phi("LOCATION", facilityName(), "HOSPITAL")} after a fall at home.`,
    t`Lives at ${phi("LOCATION", street(), "STREET")}, ${phi("LOCATION", town(), "CITY")}; granddaughter ${N.first(person())} at bedside, cell ${phone()}.`,
    `Hx: afib on coumadin, CHF (EF 35%), CKD. No LOC. Tylenol given by EMS.`,
    `Exam: GCS 15. Hematoma over L occiput. ${pick(EXAM)}`,
    `CT head negative. INR 3.4. Plan: admit to medicine, hold Coumadin, PT/OT.`,
    t`Case discussed with admitting resident Dr. ${N.last(person())} (beeper ${pagerNo()}) and with ${pick(["her", "the"])} PCP Dr. ${N.full(person())} at ${phi("LOCATION", hospitalName(), "HOSPITAL")}, ${ext()}.`,
    t`Admitted to the ${phi("LOCATION", abbrev(), "HOSPITAL")} ${pick(["medical service", "step-down unit"])}.`,
    t`${N.full(doc)}, MD  ${date("slashShort")} 03:05`,
    t`Nursing: pt resting. Daughter-in-law ${N.full(person())} called at 04:30, updated. Email for family updates: ${email(pt)}.`,
    t`-- ${N.full(rn)}, RN`,
  ];
});

// ---- G. radiology and pathology reports ----
section(3, "radiology", () => {
  const pt = person();
  const rad = person();
  return [
    t`EXAM: CHEST PA AND LATERAL   ACCESSION #: ${phi("ID", `${initial()}${initial()}${digits(7)}`)}`,
    t`PATIENT: ${U(N.lastFirst(pt))}   MR#: ${mrn()}   AGE: ${phi("AGE", String(int(90, 99)))}`,
    t`DATE OF EXAM: ${date("dmy")}`,
    t`REFERRING: ${U(N.lastFirst(person()))} MD`,
    t`COMPARISON: ${date("slash")} AND ${date("iso")}.`,
    `FINDINGS: THE HEART IS ENLARGED. THERE IS A SMALL LEFT PLEURAL EFFUSION. NO PNEUMOTHORAX. STERNOTOMY WIRES.`,
    `IMPRESSION: CARDIOMEGALY WITH SMALL LEFT EFFUSION, NOT SIGNIFICANTLY CHANGED.`,
    t`FINDINGS CALLED TO DR. ${U(N.last(person()))} ON ${date("slashShort")} AT 14:20 BY TELEPHONE.`,
    t`READ BY: ${U(N.lastFirst(rad))}`,
    t`SIGNED ELECTRONICALLY BY ${U(N.fullMi(rad))} ON ${upper(phi("DATE", `${MON3[int(0, 11)]} ${int(1, 28)} ${int(2080, 2099)}`))}`,
    t`Results also available at ${phi("URL", `https://portal.${pick(["mailbox", "netcare"])}.org/rad/${digits(6)}`)} (workstation ${phi("IP", `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`)}).`,
  ];
});

// ---- H. social work / case management with SSN and address ----
section(2, "case-management", () => {
  const pt = person();
  const sw = person();
  return [
    t`Case Management Note - ${date("long")}`,
    t`Patient: ${N.full(pt)}  SSN: ${phi("SSN", `${int(100, 599)}-${pad(int(10, 99))}-${pad(int(1000, 9999), 4)}`)}`,
    t`Home: ${phi("LOCATION", `${street()}, Apt ${int(1, 40)}`, "STREET")}, ${phi("LOCATION", town(), "CITY")}, ${pick(STATES)[1]} ${phi("LOCATION", "0" + digits(4), "ZIP")}`,
    t`Insurance: Medicare, Medicaid ID ${phi("ID", `${initial()}${digits(8)}`)}`,
    t`Pt is a ${age90()} widow, lives alone since her husband ${N.first(person())} died in ${date("year")}. Former ${ign("seamstress")}.`,
    t`Spoke with her nephew ${N.full(person())} (${phone()}) who agrees with placement at ${phi("LOCATION", facilityName(), "HOSPITAL")}.`,
    t`Referral faxed to ${phi("LOCATION", facilityName(), "HOSPITAL")} admissions, fax ${fax()}, attention ${N.full(person())}.`,
    `Plan: short-term rehab then home with VNA. Will follow.`,
    t`${N.full(sw)}, LICSW, pager ${pagerNo()}`,
  ];
});

// ---- checks and output ----
for (const n of notes) {
  for (const s of [...n.spans, ...n.ignored]) if (s.end <= s.start) throw new Error(`empty span in ${n.id}`);
  const all = [...n.spans].sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) if (all[i].start < all[i - 1].end) throw new Error(`overlapping spans in ${n.id}`);
}
writeFixture(out, notes, "make-clinical-fixture");
