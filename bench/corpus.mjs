// Why this file exists: the deterministic, seeded corpus generator shared by the benchmarks and the tests: clinical
// notes and 2 KB prompts with PHI in many formats and their ground-truth spans, plus the 100k-name dictionary.

/**
 * Everything here is a pure function of the seed: the same seed gives byte-identical text and spans on every machine.
 * Spans are UTF-16 offsets, half-open [start, end), with `text.slice(start, end) === span.text`. `ignored` spans are
 * labels outside Safe Harbor (titles, US state codes): a fair scorer counts them neither as hits nor as errors.
 *
 * Dictionary invariant (tested in test/bench-corpus.test.ts): the 100k dictionary patterns are "First Last" pairs;
 * first names are suffix-free and surnames prefix-free (case-insensitively), the two lists are disjoint and no
 * filler word is one of them, so a pattern occurs in the text exactly where the generator put a dictionary name
 * (span.dict, and span.exact when its case equals the pattern's). Upper-case forms count as dictionary occurrences
 * ("JOSÉ" for the term "José": phiscrub compiles a deny term's upper-, lower- and title-case forms). That gives exact
 * expected counts for any dictionary matcher, with or without word boundaries, case-sensitive (span.exact) or
 * case-insensitive (span.dict).
 */

// ---------------------------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32): small, fast, good enough for test data.

/** @param {number} seed */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** integer in [lo, hi] */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    digits: (n) => {
      let s = "";
      for (let i = 0; i < n; i++) s += String.fromCharCode(48 + Math.floor(next() * 10));
      return s;
    },
    upper: (n, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ") => {
      let s = "";
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Word lists. Common US given names and surnames (facts, not creative works) plus a few non-ASCII ones so that
// UTF-16 offsets and UTF-8 byte counts differ.

const FIRST_RAW = `James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph
Jessica Charles Sarah Christopher Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Donald Margaret Steven Ashley
Andrew Kimberly Paul Emily Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda George Melissa Timothy Deborah Ronald
Stephanie Jason Rebecca Edward Sharon Jeffrey Laura Ryan Cynthia Jacob Dorothy Gary Amy Nicholas Kathleen Eric Angela
Jonathan Shirley Stephen Brenda Larry Emma Justin Anna Scott Pamela Brandon Nicole Benjamin Samantha Samuel Katherine
Gregory Christine Alexander Helen Patrick Debra Frank Rachel Raymond Carolyn Jack Janet Dennis Maria Jerry Catherine Tyler
Heather Aaron Diane Jose Olivia Adam Julie Nathan Joyce Henry Victoria Zachary Ruth Douglas Virginia Peter Lauren Kyle
Kelly Noah Christina Ethan Joan Jeremy Evelyn Christian Judith Walter Andrea Keith Hannah Austin Megan Roger Cheryl Terry
Jacqueline Sean Martha Gerald Madison Carl Teresa Dylan Gloria Harold Sara Jordan Janice Jesse Abigail Bryan Kathryn
Lawrence Sophia Arthur Frances Gabriel Jean Bruce Alice Logan Judy Billy Isabella Joe Julia Alan Grace Juan Amber Elijah
Denise Willie Danielle Albert Marilyn Wayne Beverly Randy Charlotte Mason Natalie Vincent Theresa Liam Diana Roy Brittany
Bobby Doris Caleb Kayla Bradley Alexis Russell Lori Lucas Marie José Zoë Søren Chloé Björn Renée Ana Ali Wei Priya Hiroshi`;

const LAST_RAW = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young
Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts
Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez
Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood Bennett Gray
Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell
Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton
Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford
Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker
Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes
Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols
Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart
Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins
Hoffman Johnston Matthews Peña Richards Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios Estrada Ortega
Watkins Greene Nuñez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Austin Dominguez
Carr Lawson Jacobs O'Brien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza
Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas Lucas Marquez Fields Park Yang Little
Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez Newman Pearson Curtis
Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Ávila Müller Øvergaard Kowalski Nakamura Okafor`;

const ONSETS = ["b", "br", "c", "cr", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "w", "z", "th", "qu"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "y"];
const CODAS = ["", "l", "n", "r", "s", "t", "m", "nd", "rk", "st", "ld", "x"];
const SUFFIXES = ["son", "ley", "ford", "ton", "ski", "ez", "man", "berg", "wick", "dale", "ridge", "field", "more", "ville", "worth", "ard", "ello", "ani", "ova", "quist"];

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const low = (s) => s.toLowerCase();

/** Filler vocabulary: every word used outside PHI slots (checked against the name lists). */
const FILLER = [
  "The patient reports intermittent chest pain radiating to the left arm, worse with exertion and relieved by rest.",
  "No fever, chills, night sweats or weight loss. Appetite is preserved.",
  "Blood pressure {bp} mmHg, heart rate {hr} bpm, respiratory rate {rr}, temperature {temp} °C, SpO2 {spo2}% on room air.",
  "Lungs are clear to auscultation bilaterally without wheezes, rales or rhonchi.",
  "Cardiac exam shows a regular rate and rhythm, normal S1 and S2, no murmurs, rubs or gallops.",
  "Abdomen is soft, non-tender and non-distended with normal bowel sounds in all four quadrants.",
  "Labs: WBC {wbc} K/uL, hemoglobin {hgb} g/dL, platelets {plt} K/uL, sodium {na} mmol/L, potassium {k} mmol/L, creatinine {cr} mg/dL.",
  "Hemoglobin A1c was {a1c}% three months ago; fasting glucose {glu} mg/dL today.",
  "ECG: normal sinus rhythm at {hr} bpm, PR interval {pr} ms, QTc {qtc} ms, no acute ST changes.",
  "Chest X-ray without focal consolidation, effusion or pneumothorax.",
  "Continue metformin {dose} mg twice daily and lisinopril {dose2} mg once daily.",
  "Start atorvastatin {dose2} mg at bedtime; recheck lipid panel in {weeks} weeks.",
  "Aspirin 81 mg daily was resumed after the procedure.",
  "She describes the pain as {score}/10, sharp, non-radiating, lasting about {mins} minutes.",
  "He denies dysuria, hematuria or flank pain. No recent travel.",
  "Past medical history is significant for type 2 diabetes mellitus, hypertension and hyperlipidemia.",
  "Surgical history: appendectomy in {year} and cholecystectomy in {year2}.",
  "Family history of coronary artery disease in the father and breast cancer in a maternal aunt.",
  "Social history: former smoker, {packs} pack-years, quit in {year}; drinks alcohol socially.",
  "Allergies: penicillin (rash) and sulfa drugs (hives).",
  "Assessment: {age}-year-old with poorly controlled diabetes and new-onset atrial fibrillation.",
  "Plan: echocardiogram, TSH, anticoagulation discussion, diabetes education and follow-up in {weeks} weeks.",
  "The wound is clean, dry and intact with no erythema or drainage; sutures to be removed in {days} days.",
  "Physical therapy twice weekly for {weeks} weeks; home exercise program reviewed.",
  "MRI of the lumbar spine shows mild degenerative disc disease at L4-L5 without canal stenosis.",
  "Neurologic exam: alert and oriented x3, cranial nerves II-XII intact, strength 5/5 throughout.",
  "Insulin glargine {units} units at bedtime with sliding scale lispro before meals.",
  "Patient was counseled on smoking cessation, diet and daily exercise for {mins} minutes.",
  "Return precautions were discussed and the patient verbalized understanding.",
  "Influenza and pneumococcal vaccines were administered today in the left deltoid.",
  "Urinalysis positive for leukocyte esterase and nitrites; culture pending, started on nitrofurantoin {dose3} mg.",
  "CT of the head without contrast shows no acute intracranial hemorrhage or mass effect.",
  "The {age}-year-old was evaluated in the emergency department at {time} for shortness of breath.",
  "Weight {wt} kg, height {ht} cm, BMI {bmi} kg/m².",
  "Pain improved from {score}/10 to {score2}/10 after acetaminophen 650 mg and ketorolac {dose4} mg.",
  "Colonoscopy in {year} showed two small tubular adenomas; repeat in {years} years.",
  "Thyroid ultrasound revealed a {size} cm nodule in the right lobe; fine needle aspiration scheduled.",
  "Oxygen weaned to {lpm} L/min by nasal cannula; ambulating in the hallway without distress.",
  "Medication reconciliation completed; no changes to home regimen except holding furosemide {dose3} mg.",
  "Discussed goals of care; the patient wishes to continue full treatment.",
];

const CITIES = ["Springfield", "Riverside", "Fairview", "Madison", "Georgetown", "Salem", "Clinton", "Arlington", "Ashland",
  "Burlington", "Manchester", "Milton", "Newport", "Oxford", "Dover", "Hudson", "Kingston", "Marion", "Boston", "Chicago",
  "Houston", "Phoenix", "Denver", "Seattle", "Portland", "Atlanta", "Nashville", "Cleveland", "Tucson", "Omaha", "Tulsa",
  "Albany", "Trenton", "Worcester", "Providence", "Hartford", "Lowell", "Cambridge", "Quincy", "Brockton", "San Antonio",
  "Los Angeles", "San Diego", "New Orleans", "St. Louis", "Fort Worth", "El Paso", "Ann Arbor", "Santa Fe", "Bogotá"];
const STATES = ["MA", "NY", "CA", "TX", "IL", "OH", "PA", "FL", "GA", "WA", "OR", "CO", "AZ", "TN", "NJ", "CT", "RI", "MI", "MO", "NM"];
const STREETS = ["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Walnut", "Spring",
  "North", "Ridge", "Church", "Willow", "Mill", "Sunset", "Highland", "Chestnut", "Franklin", "Jefferson", "Lincoln", "Birch"];
const STREET_KINDS = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Lane", "Drive", "Dr.", "Court", "Way", "Pl"];
const FACILITIES = ["St. Mary's Medical Center", "Mercy General Hospital", "Riverside Community Hospital",
  "Good Samaritan Hospital", "Sacred Heart Medical Center", "St. Vincent's Hospital", "Lakeview Regional Medical Center",
  "Memorial Hospital of Fairview", "Saint Joseph Health Center", "Northside Family Clinic", "Hillcrest Rehabilitation Center",
  "Valley Children's Hospital", "Baptist Memorial Hospital", "Presbyterian Medical Center", "Cedar Ridge Nursing Home"];
const DOMAINS = ["example.org", "example.com", "mail.example.net", "healthmail.example.org", "clinic.example.edu"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const AREA = ["617", "508", "781", "212", "312", "415", "713", "206", "303", "404", "615", "216", "520", "402", "918", "860"];

/** Words used outside PHI (lower-cased), to keep the name lists clear of them. */
function fillerWords() {
  const words = new Set();
  const all = [...FILLER, "patient name dob mrn date of service attending address phone email insurance member id",
    "discharge summary progress note history physical chief complaint plan assessment signed electronically by",
    "seen by dr mr mrs ms mx fax ssn medicare mbi account license vin plate device serial url ip case specimen study",
    "referred to admitted at lives in home contact emergency spouse daughter son called from"];
  for (const s of all) for (const w of s.toLowerCase().split(/[^a-zà-ÿ]+/u)) if (w) words.add(w);
  for (const c of CITIES) for (const w of c.toLowerCase().split(/[^a-zà-ÿ]+/u)) if (w) words.add(w);
  for (const c of FACILITIES) for (const w of c.toLowerCase().split(/[^a-zà-ÿ']+/u)) if (w) words.add(w);
  for (const c of STREETS) words.add(c.toLowerCase());
  for (const m of [...MONTHS, ...MON]) words.add(m.toLowerCase());
  return words;
}

/** Keeps `list` entries such that none is a (case-insensitive) prefix (or suffix) of another; stable order. */
function freeOf(list, mode) {
  const out = [];
  const lows = [];
  for (const w of list) {
    const l = low(w);
    const clash = lows.some((o) => (mode === "prefix" ? o.startsWith(l) || l.startsWith(o) : o.endsWith(l) || l.endsWith(o)));
    if (!clash) {
      out.push(w);
      lows.push(l);
    }
  }
  return out;
}

let nameCache;
/** The first-name and surname lists behind the dictionary and the notes (independent of the corpus seed). */
export function nameLists() {
  if (nameCache) return nameCache;
  const avoid = fillerWords();
  const rawFirst = FIRST_RAW.split(/\s+/u).filter(Boolean);
  const rawLast = LAST_RAW.split(/\s+/u).filter(Boolean);
  const firstLow = new Set(rawFirst.map(low));
  const lastLow = new Set(rawLast.map(low));
  // disjoint lists, clear of filler and of city words
  const first = freeOf(rawFirst.filter((w) => !lastLow.has(low(w)) && !avoid.has(low(w))), "suffix");
  const realLast = rawLast.filter((w) => !firstLow.has(low(w)) && !avoid.has(low(w)));
  // synthetic surnames (seed-independent) fill the list up to 600
  const r = rng(0x5eed);
  const candidates = [...realLast];
  const seen = new Set(candidates.map(low));
  while (candidates.length < 4000) {
    const w = cap(r.pick(ONSETS) + r.pick(VOWELS) + r.pick(CODAS) + r.pick(SUFFIXES));
    if (!seen.has(low(w)) && !avoid.has(low(w)) && !firstLow.has(low(w))) {
      seen.add(low(w));
      candidates.push(w);
    }
  }
  const last = freeOf(candidates, "prefix").slice(0, 600);
  const firstFree = first.filter((f) => !last.some((l) => low(l).endsWith(low(f)) || low(f).startsWith(low(l))));
  nameCache = { first: firstFree, last };
  return nameCache;
}

/**
 * The dictionary: `count` distinct "First Last" names (default 100,000), a seeded sample of every pair of the name
 * lists. Deterministic for a given seed.
 */
export function dictionaryNames(count = 100_000, seed = 7) {
  const { first, last } = nameLists();
  const total = first.length * last.length;
  if (count > total) throw new RangeError(`at most ${total} dictionary names, asked for ${count}`);
  // a seeded permutation of pair indices (Fisher-Yates over an Int32Array)
  const idx = new Int32Array(total);
  for (let i = 0; i < total; i++) idx[i] = i;
  const r = rng(seed);
  for (let i = total - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    const p = idx[i];
    out[i] = `${first[Math.floor(p / last.length)]} ${last[p % last.length]}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Check digits for valid-looking identifiers.

function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const VIN_VALUES = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

function vin(r) {
  const chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  const v = [];
  for (let i = 0; i < 17; i++) v.push(r.pick(chars.split("")));
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    if (i === 8) continue;
    const c = v[i];
    const val = c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : VIN_VALUES[c];
    sum += val * VIN_WEIGHTS[i];
  }
  const check = sum % 11;
  v[8] = check === 10 ? "X" : String(check);
  return v.join("");
}

function dea(r, lastName) {
  const d = r.digits(6);
  const n = d.split("").map(Number);
  const check = (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10;
  return r.pick(["A", "B", "F", "M"]) + low(lastName).normalize("NFD")[0].toUpperCase().replace(/[^A-Z]/u, "X") + d + check;
}

function npi(r) {
  const body = r.pick(["1", "2"]) + r.digits(8);
  return body + luhnDigit("80840" + body);
}

function card(r) {
  const prefix = r.pick(["4", "51", "52", "53", "55", "37", "6011"]);
  const len = prefix === "37" ? 15 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  const num = body + luhnDigit(body);
  if (len === 15) return `${num.slice(0, 4)} ${num.slice(4, 10)} ${num.slice(10)}`;
  return r.chance(0.5) ? num.replace(/(\d{4})(?=\d)/gu, "$1 ") : num.replace(/(\d{4})(?=\d)/gu, "$1-");
}

function iban(r) {
  const bank = r.upper(4);
  const rest = r.digits(14);
  // mod-97 check digits over BBAN + "GB00"
  const rearranged = bank + rest + "GB00";
  let num = "";
  for (const c of rearranged) num += c >= "A" && c <= "Z" ? String(c.charCodeAt(0) - 55) : c;
  let m = 0;
  for (const c of num) m = (m * 10 + (c.charCodeAt(0) - 48)) % 97;
  const check = String(98 - m).padStart(2, "0");
  const s = `GB${check}${bank}${rest}`;
  return s.replace(/(.{4})(?=.)/gu, "$1 ");
}

function mbi(r) {
  const L = "ACDEFGHJKMNPQRTUVWXY";
  const AN = L + "0123456789";
  const s = String(r.int(1, 9)) + r.upper(1, L) + r.upper(1, AN) + r.digits(1) + r.upper(1, L) + r.upper(1, AN) + r.digits(1) + r.upper(2, L) + r.digits(2);
  return r.chance(0.5) ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
}

function ssn(r) {
  let area;
  do area = r.int(1, 899);
  while (area === 666);
  const s = `${String(area).padStart(3, "0")}-${String(r.int(1, 99)).padStart(2, "0")}-${String(r.int(1, 9999)).padStart(4, "0")}`;
  return r.chance(0.2) ? s.replace(/-/gu, " ") : s;
}

function phone(r) {
  const a = r.pick(AREA);
  const x = String(r.int(200, 989));
  const n = r.digits(4);
  switch (r.int(0, 4)) {
    case 0: return `(${a}) ${x}-${n}`;
    case 1: return `${a}-${x}-${n}`;
    case 2: return `${a}.${x}.${n}`;
    case 3: return `+1 ${a}-${x}-${n}`;
    default: return `${a} ${x} ${n}`;
  }
}

function date(r, yearLo = 2015, yearHi = 2025) {
  const y = r.int(yearLo, yearHi);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const mm = String(m).padStart(2, "0");
  const dd = String(d).padStart(2, "0");
  switch (r.int(0, 9)) {
    case 0: return `${mm}/${dd}/${y}`;
    case 1: return `${m}/${d}/${String(y).slice(2)}`;
    case 2: return `${y}-${mm}-${dd}`;
    case 3: return `${MONTHS[m - 1]} ${d}, ${y}`;
    case 4: return `${dd}-${MON[m - 1]}-${y}`;
    case 5: return `${MON[m - 1]} ${d} ${y}`;
    case 6: return `${d} ${MONTHS[m - 1]} ${y}`;
    case 7: return `${MON[m - 1]}. ${d}th, ${y}`;
    case 8: return `${m}/${d}/${y}`;
    default: return `${MONTHS[m - 1]} ${d}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Document builder: appends plain text and PHI pieces, recording spans as it goes.

class Doc {
  constructor() {
    this.parts = [];
    this.len = 0;
    this.spans = [];
    this.ignored = [];
  }
  t(s) {
    this.parts.push(s);
    this.len += s.length;
    return this;
  }
  phi(type, s, extra) {
    const start = this.len;
    this.t(s);
    this.spans.push({ start, end: this.len, type, text: s, ...extra });
    return this;
  }
  ign(label, s) {
    const start = this.len;
    this.t(s);
    this.ignored.push({ start, end: this.len, type: null, text: s, label });
    return this;
  }
  finish(id) {
    return { id, text: this.parts.join(""), spans: this.spans, ignored: this.ignored };
  }
}

/** A person's name in one of many formats; `dict` marks a "First Last" dictionary pattern occurrence. */
function name(doc, r, ctx, opts = {}) {
  const { first, last } = nameLists();
  const f = r.pick(first);
  const l = r.pick(last);
  const inDict = ctx.dictSet.has(`${f} ${l}`);
  const form = opts.form ?? r.int(0, 9);
  const title = opts.title ?? (r.chance(0.3) ? r.pick(["Dr.", "Mr.", "Mrs.", "Ms."]) : "");
  if (title && form !== 3 && form !== 4) doc.ign("TITLE", title).t(" ");
  switch (form) {
    case 3: // LAST, FIRST
      doc.phi("NAME", `${l.toUpperCase()}, ${f.toUpperCase()}`);
      return;
    case 4: // Last, First M.
      doc.phi("NAME", `${l}, ${f} ${r.upper(1)}.`);
      return;
    case 5: // First M. Last
      doc.phi("NAME", `${f} ${r.upper(1)}. ${l}`);
      return;
    case 6: // F. Last
      doc.phi("NAME", `${f[0]}. ${l}`);
      return;
    case 7: // Last only (after a title)
      doc.phi("NAME", l);
      return;
    case 8: { // FIRST LAST: a case-insensitive dictionary occurrence
      const up = `${f.toUpperCase()} ${l.toUpperCase()}`;
      doc.phi("NAME", up, inDict ? { dict: true } : undefined);
      return;
    }
    default: // First Last
      doc.phi("NAME", `${f} ${l}`, inDict ? { dict: true, exact: true } : undefined);
  }
}

function street(r) {
  const n = String(r.int(1, 9999));
  let s = `${n} ${r.pick(STREETS)} ${r.pick(STREET_KINDS)}`;
  if (r.chance(0.3)) s += `, ${r.pick(["Apt", "Apt.", "Unit", "Suite", "#"])} ${r.int(1, 40)}${r.chance(0.5) ? r.upper(1, "ABCD") : ""}`;
  return s;
}

function zip(r) {
  const z = r.digits(5);
  return r.chance(0.25) ? `${z}-${r.digits(4)}` : z;
}

function address(doc, r) {
  doc.phi("LOCATION", street(r)).t(", ").phi("LOCATION", r.pick(CITIES)).t(", ").ign("STATE", r.pick(STATES)).t(" ").phi("ZIP", zip(r));
}

function email(r) {
  const { first, last } = nameLists();
  const f = low(r.pick(first)).normalize("NFD").replace(/[^a-z]/gu, "");
  const l = low(r.pick(last)).normalize("NFD").replace(/[^a-z]/gu, "");
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}${r.int(1, 99)}`, `${l}_${f}`, `${f}${r.int(1950, 2005)}`]);
  return `${local}@${r.pick(DOMAINS)}`;
}

function url(r) {
  return r.pick([
    `https://portal.${r.pick(DOMAINS)}/patients/${r.digits(6)}`,
    `http://www.${r.pick(DOMAINS)}/chart?id=${r.digits(7)}`,
    `https://mychart.${r.pick(DOMAINS)}/records/${r.upper(3)}${r.digits(5)}`,
    `www.${r.pick(DOMAINS)}/u/${r.digits(5)}`,
  ]);
}

function ip(r) {
  if (r.chance(0.2)) {
    const h = () => r.int(0, 0xffff).toString(16);
    return r.chance(0.5) ? `2001:db8:${h()}:${h()}::${h()}` : `fe80::${h()}:${h()}:${h()}:${h()}`;
  }
  return `${r.pick([10, 172, 192, 73, 98])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

const fillNums = (r) => ({
  bp: `${r.int(100, 160)}/${r.int(60, 95)}`, hr: r.int(55, 110), rr: r.int(12, 22), temp: (36 + r.next() * 2.5).toFixed(1),
  spo2: r.int(91, 100), wbc: (4 + r.next() * 8).toFixed(1), hgb: (10 + r.next() * 6).toFixed(1), plt: r.int(150, 400),
  na: r.int(133, 145), k: (3.4 + r.next() * 1.5).toFixed(1), cr: (0.6 + r.next()).toFixed(2), a1c: (5.5 + r.next() * 4).toFixed(1),
  glu: r.int(80, 220), pr: r.int(120, 200), qtc: r.int(380, 470), dose: r.pick([500, 850, 1000]), dose2: r.pick([10, 20, 40]),
  dose3: r.pick([20, 40, 100]), dose4: r.pick([15, 30]), weeks: r.int(2, 12), days: r.int(7, 14), score: r.int(3, 9),
  score2: r.int(0, 3), mins: r.int(10, 60), year: r.int(1985, 2022), year2: r.int(1985, 2022), years: r.pick([3, 5, 10]),
  packs: r.int(5, 40), age: r.int(18, 89), time: `${r.int(0, 23)}:${String(r.int(0, 59)).padStart(2, "0")}`,
  units: r.int(8, 40), wt: r.int(50, 120), ht: r.int(150, 195), bmi: (19 + r.next() * 15).toFixed(1),
  size: (0.5 + r.next() * 2.5).toFixed(1), lpm: r.int(1, 4),
});

function filler(doc, r, n) {
  for (let i = 0; i < n; i++) {
    const nums = fillNums(r);
    doc.t(r.pick(FILLER).replace(/\{(\w+)\}/gu, (_, k) => String(nums[k]))).t(i + 1 < n ? " " : "");
  }
}

/** One PHI mention inside a sentence of free text, in a random format. */
function inlinePhi(doc, r, ctx) {
  switch (r.int(0, 21)) {
    case 0: doc.t("Seen today by "); name(doc, r, ctx, { title: "Dr." }); doc.t(" for follow-up."); break;
    case 1: doc.t("Spouse "); name(doc, r, ctx, { title: "" }); doc.t(" can be reached at "); doc.phi("PHONE", phone(r)); doc.t("."); break;
    case 2: doc.t("Last visit on "); doc.phi("DATE", date(r)); doc.t(", next visit planned for "); doc.phi("DATE", date(r)); doc.t("."); break;
    case 3: { const a = r.int(90, 104); doc.t("This "); doc.phi("AGE", r.pick([`${a}-year-old`, `${a} y/o`, `${a} yo`])); doc.t(" patient lives alone."); break; }
    case 4: doc.t("Records were faxed to "); doc.phi("FAX", phone(r)); doc.t(" (fax)."); break;
    case 5: doc.t("Patient email: "); doc.phi("EMAIL", email(r)); doc.t("."); break;
    case 6: doc.t("SSN "); doc.phi("SSN", ssn(r)); doc.t(" verified at registration."); break;
    case 7: doc.t("Transferred from "); doc.phi("LOCATION", r.pick(FACILITIES)); doc.t(" in "); doc.phi("LOCATION", r.pick(CITIES)); doc.t("."); break;
    case 8: doc.t("Portal link: "); doc.phi("URL", url(r)); doc.t(" (expires in 7 days)."); break;
    case 9: doc.t("Remote monitoring device reported from IP "); doc.phi("IP", ip(r)); doc.t("."); break;
    case 10: doc.t("Pacemaker serial no. "); doc.phi("DEVICE", `${r.upper(3)}${r.digits(6)}${r.upper(1)}`); doc.t(" interrogated without alerts."); break;
    case 11: doc.t("UDI "); doc.phi("DEVICE", `(01)${r.digits(14)}(17)${r.digits(6)}(10)${r.upper(2)}${r.digits(4)}`); doc.t(" recorded."); break;
    case 12: doc.t("Vehicle VIN "); doc.phi("VEHICLE", vin(r)); doc.t(" involved in the collision, plate "); doc.phi("VEHICLE", `${r.int(1, 9)}${r.upper(3)}${r.digits(3)}`); doc.t("."); break;
    case 13: doc.t("Prescriber DEA "); { const { last } = nameLists(); doc.phi("LICENSE", dea(r, r.pick(last))); } doc.t(", NPI "); doc.phi("LICENSE", npi(r)); doc.t("."); break;
    case 14: doc.t("Driver's license "); doc.phi("LICENSE", `${r.upper(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`); doc.t(" on file."); break;
    case 15: doc.t("Copay charged to card "); doc.phi("ACCOUNT", card(r)); doc.t("."); break;
    case 16: doc.t("Refund to IBAN "); doc.phi("ACCOUNT", iban(r)); doc.t("."); break;
    case 17: doc.t("Specimen ID "); doc.phi("ID", `S${r.digits(2)}-${r.digits(6)}`); doc.t(" sent to pathology."); break;
    case 18: doc.t("Medicare MBI "); doc.phi("HEALTH_PLAN", mbi(r)); doc.t(" confirmed."); break;
    case 19: doc.t("Per "); name(doc, r, ctx); doc.t(", the medication list was updated."); break;
    case 20: doc.t("Lives at "); address(doc, r); doc.t(" with family."); break;
    default: doc.t("MRN "); doc.phi("MRN", r.digits(r.int(7, 9))); doc.t(" was merged with a duplicate chart."); break;
  }
}

/** One clinical note (~3 KB: a header block of identifiers, then free text with PHI in sentences). */
function note(r, ctx, id) {
  const doc = new Doc();
  doc.t(r.pick(["DISCHARGE SUMMARY", "PROGRESS NOTE", "HISTORY AND PHYSICAL", "CONSULTATION NOTE", "CLINIC NOTE"])).t("\n");
  doc.t(r.pick(["Patient: ", "Patient Name: ", "Name: "])); name(doc, r, ctx, { title: "" });
  doc.t(r.pick(["    MRN: ", "   MRN #", "  Medical Record Number: "])); doc.phi("MRN", r.chance(0.5) ? r.digits(8) : `${r.digits(4)}-${r.digits(4)}`);
  doc.t("    DOB: "); doc.phi("DATE", date(r, 1925, 2005)); doc.t("\n");
  doc.t("Date of service: "); doc.phi("DATE", date(r)); doc.t("    Attending: "); name(doc, r, ctx, { title: "Dr." }); doc.t("\n");
  doc.t("Address: "); address(doc, r); doc.t("\n");
  doc.t("Phone: "); doc.phi("PHONE", phone(r)); doc.t("    Fax: "); doc.phi("FAX", phone(r)); doc.t("\n");
  doc.t("Email: "); doc.phi("EMAIL", email(r)); doc.t("\n");
  doc.t("Insurance: "); doc.t(r.pick(["Medicare MBI ", "Member ID: ", "Policy #: "]));
  doc.phi("HEALTH_PLAN", r.chance(0.5) ? mbi(r) : `${r.upper(3)}${r.digits(9)}`);
  doc.t("    Account #: "); doc.phi("ACCOUNT", r.digits(10)); doc.t("\n");
  if (r.chance(0.5)) { doc.t("SSN: "); doc.phi("SSN", ssn(r)); doc.t("\n"); }
  doc.t("\nCHIEF COMPLAINT: ").t(r.pick(["chest pain", "shortness of breath", "abdominal pain", "fall at home", "fever", "dizziness"])).t(".\n\n");
  doc.t("HISTORY OF PRESENT ILLNESS: ");
  const sections = r.int(4, 6);
  for (let s = 0; s < sections; s++) {
    filler(doc, r, r.int(2, 4));
    doc.t(" ");
    inlinePhi(doc, r, ctx);
    doc.t(" ");
    filler(doc, r, r.int(1, 3));
    doc.t(s === 1 ? "\n\nPHYSICAL EXAM: " : s === 3 ? "\n\nASSESSMENT AND PLAN: " : "\n\n");
  }
  doc.t("\nSigned electronically by "); name(doc, r, ctx, { title: "" }); doc.t(", MD on "); doc.phi("DATE", date(r)); doc.t(".\n");
  return doc.finish(id);
}

/** A ~`size`-character chat prompt a browser extension would redact before sending. */
function prompt(r, ctx, id, size) {
  const doc = new Doc();
  doc.t(r.pick(["Please summarize this for ", "Draft a referral letter for ", "Explain these results to ", "Rewrite this note about "]));
  name(doc, r, ctx, { title: "" });
  doc.t(r.pick([" (DOB ", ", born "])); doc.phi("DATE", date(r, 1930, 2005)); doc.t(r.chance(0.5) ? "), " : ", ");
  doc.t("MRN "); doc.phi("MRN", r.digits(8)); doc.t(r.chance(0.1) ? " 🙂\n" : "\n");
  while (doc.len < size - 120) {
    filler(doc, r, 1);
    doc.t(" ");
    if (r.chance(0.5)) {
      inlinePhi(doc, r, ctx);
      doc.t(" ");
    }
  }
  doc.t("Thanks, "); name(doc, r, ctx, { title: "" });
  return doc.finish(id);
}

function makeCtx(dictionary) {
  return { dictSet: new Set(dictionary ?? dictionaryNames()) };
}

/**
 * Clinical notes totalling at least `bytes` UTF-8 bytes (default 50 MB), deterministic for a seed.
 * @returns {{ docs: Array<{id: string, text: string, spans: object[], ignored: object[]}>, bytes: number }}
 */
export function generateNotes({ seed = 1, bytes = 50_000_000, dictionary } = {}) {
  const r = rng(seed);
  const ctx = makeCtx(dictionary);
  const docs = [];
  let total = 0;
  while (total < bytes) {
    const d = note(r, ctx, `note-${seed}-${docs.length}`);
    d.bytes = utf8Length(d.text);
    total += d.bytes;
    docs.push(d);
  }
  return { docs, bytes: total };
}

/** `count` chat prompts of about `size` characters (default 2 KB). */
export function generatePrompts({ seed = 2, count = 1000, size = 2048, dictionary } = {}) {
  const r = rng(seed);
  const ctx = makeCtx(dictionary);
  const docs = [];
  for (let i = 0; i < count; i++) {
    const d = prompt(r, ctx, `prompt-${seed}-${i}`, size);
    d.bytes = utf8Length(d.text);
    docs.push(d);
  }
  return docs;
}

/** UTF-8 byte length of a string without allocating (valid surrogate pairs count 4). */
export function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The first docs of `docs` totalling at least `bytes` UTF-8 bytes (a prefix, so slices share the same mix). */
export function slice(docs, bytes) {
  const out = [];
  let total = 0;
  for (const d of docs) {
    if (total >= bytes) break;
    out.push(d);
    total += d.bytes ?? utf8Length(d.text);
  }
  return { docs: out, bytes: total };
}
