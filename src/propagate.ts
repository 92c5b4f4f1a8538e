// Why this file exists: document-level name propagation. A surname found once with strong evidence ("Mr. Tandoc",
// "Wacława Adamska") is PHI wherever it occurs later in the same document, even where nothing around it says so
// ("Tandoc tolerated the procedure"); so is a hospital's acronym ("BWH # 12345678" ... "seen at BWH"). Forward only, so a
// streaming session that carries the state gives exactly the findings of one batch call.

import type { Finding } from "./types.js";
import { WordTable } from "./dictionaries/table.js";
// a token character is one the core's tokeniser reads as a letter ("😀Jane" is one token there and here)
import { isWordLetter } from "./dictionaries/hash.js";
import {
  F_ALLOW, F_CRED, F_CUE, F_EPONYM_HEAD, F_FACILITY, F_FIRST_SHIFT, F_LAST_SHIFT, F_LOC_CUE, F_MONTH, F_PARTICLE, F_STATE,
  F_NOT_NAME, F_STREET, F_TIER_SHIFT, F_TITLE, F_UNIT, F_FAC_MOD,
} from "./dictionaries/layout.js";

/** First-name and surname strength fields of a word-table entry. */
const NAME_STRENGTH = (3 << F_FIRST_SHIFT) | (3 << F_LAST_SHIFT);
/**
 * Word endings of clinical vocabulary, never learned: the core's list (MED_SUFFIX_* in assembly/names/detect.ts)
 * plus instruments ("-scope", "-tome").
 */
export const MEDICAL_ENDINGS: readonly string[] = [
  "ectomy", "otomy", "ostomy", "plasty", "sartan", "statin", "mycin", "cillin", "azepam", "tidine", "ectasis", "cytosis",
  "ologist", "iatrist", "metrist", "apist", "itis", "osis", "oses", "asis", "emia", "pathy", "algia", "uria", "scopy",
  "graphy", "pnea", "cardia", "plegia", "trophy", "megaly", "lysis", "pril", "olol", "azole", "ology", "ologic", "penia",
  "ismus", "itides", "ively", "ously", "gram", "oma", "ase", "scope", "tome",
];

function medicalEnding(tok: string): boolean {
  const t = tok.toLowerCase();
  for (const e of MEDICAL_ENDINGS) if (t.length > e.length + 1 && t.endsWith(e)) return true;
  return false;
}

/** Score of a propagated finding (below a title's 0.9, above the default threshold 0.35). */
export const PROPAGATED_SCORE = 0.6;
/** Findings that teach a name: NAME findings with at least this score, except the weakest reason. */
const LEARN_MIN_SCORE = 0.6;
/** Longest facility initials learned as an acronym ("BIDMC" has five). */
const MAX_INITIALS = 6;
/** Tokens shorter than this are never propagated (initials, "Al", "Jo": too many collisions with other words). */
const MIN_LEN = 3;
/** Words the core has a role for besides a name: never propagated. */
// (never-a-name words are clinical abbreviations and labels elsewhere: "Mrs. Mae Smith" teaches no "MAE", moves all
// extremities, nor "Asa Jones" an "ASA 81 mg")
const NOT_PROPAGATED = F_TITLE | F_CUE | F_CRED | F_MONTH | F_PARTICLE | F_STATE | F_STREET | F_UNIT | F_FACILITY | F_LOC_CUE |
  F_NOT_NAME;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Most cached eligibility answers per word table (cleared when full: bounded memory in long-running processes). */
const CACHE_MAX = 65536;
/**
 * Cached answer for a token: null when it is never learned, else its ALL CAPS form to learn beside it ("" when that
 * form is the token itself or differs in length), so that a learned token costs one lookup and no toUpperCase.
 */
type Learnable = string | null;
const caches = new WeakMap<WordTable, Map<string, Learnable>>();
const noTableCache = new Map<string, Learnable>();

function eligibleCache(words: WordTable | undefined): Map<string, Learnable> {
  if (words === undefined) return noTableCache;
  let c = caches.get(words);
  if (c === undefined) {
    c = new Map();
    caches.set(words, c);
  }
  return c;
}

/**
 * The names one document (or one session) has learned so far. Keys are exact surface forms: a token learned as
 * "Tandoc" matches "Tandoc" and, inside ALL CAPS text, "TANDOC"; never "tandoc" (a capitalised name does not license
 * its lower-case twin, which may be a word).
 */
export class NameMemory {
  /**
   * surface form -> where it may first match in the text being processed: the end of the finding that taught it, or
   * -1 when earlier text (a session's earlier pieces) taught it
   */
  private readonly known = new Map<string, number>();
  /** The known forms that a facility finding taught (hospital acronyms): reported as LOCATION. */
  private readonly places = new Set<string>();
  /** The one-pass scan's index of the known forms, built when that scan first needs it (most documents never do). */
  private idx: FormIndex | undefined;
  /** A person's initials ("ITR" of "Imogen T. Rasmussen") -> where they may first match (see learnSignature). */
  private readonly signatures = new Map<string, SignatureForm>();
  /** A user name made from a person's name, cut to eight letters ("irasmussen", "tblaskov") -> its forms (see learnUser). */
  private readonly users = new Map<string, UserForm>();
  /** (stop 40, fx28) A person's initials as a note's closing line writes them ("COB", "hrp") -> where they may first match. */
  private readonly closers = new Map<string, number>();
  /** (stop 48, pr48) An identifier found after its label ("MRN 6640219") -> its type and where it may first match (see learnId48). */
  private readonly ids = new Map<string, IdForm48>();
  /** (stop 58, og58) A facility's name phrases of two words or more (placePhrases58g) -> where they may first match. */
  private readonly phrases58g = new Map<string, number>();

  /** `eligible` answers per token text, cached per word table (a lookup hashes and probes: ~1 µs) */
  private readonly cache: Map<string, Learnable>;

  constructor(private readonly words: WordTable | undefined) {
    this.cache = eligibleCache(words);
  }

  /** How many forms and initials are known. */
  get size(): number {
    return this.known.size + this.signatures.size + this.users.size + this.closers.size + this.ids.size + this.phrases58g.size;
  }

  /** How many forms (not initials) are known: what the search strategy is chosen by. */
  get knownSize(): number {
    return this.known.size;
  }

  /**
   * Learns the initials of a person's name of two to four capitalised words ("Imogen T. Rasmussen" -> "ITR",
   * "Teodora Blaskovic" -> "TB"): the form a dictation trailer signs with ("ITR/irasmussen3"). They match only in
   * a trailer's shape (signatureAt), never as a free token ("TB" is also tuberculosis).
   */
  learnSignature(f: Finding, from: number): void {
    for (const a of closerFormsFx40(f.text)) if (!this.closers.has(a) && this.closerAllowedFx40(a)) this.closers.set(a, from);
    const p = personFormsOf(f.text);
    if (p === null) return;
    if (p.initials !== undefined && !this.signatures.has(p.initials)) this.signatures.set(p.initials, { from, user: p.short });
    const short = p.short;
    if (short === undefined || this.users.has(short)) return;
    if (this.userAllowed(short) && (short === p.user || this.userAllowed(p.user!))) {
      this.users.set(short, { from, form: p.form!, full: p.full! });
    }
  }

  /** A user name is learned only when it is no English or role word ("bray" of "Ben Ray"); cached like eligible(). */
  private userAllowed(u: string): boolean {
    if (this.words === undefined) return true;
    // (cached under a key no token has, beside eligible()'s and learnInitials()' answers)
    const key = "\u0003" + u;
    let ok = this.cache.get(key);
    if (ok === undefined) {
      const d = this.words.lookup(u);
      ok = (d & (NOT_PROPAGATED | F_ALLOW)) === 0 && ((d >>> F_TIER_SHIFT) & 3) === 0 ? "" : null;
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(key, ok);
    }
    return ok !== null;
  }

  /** How many initials and user names are known. */
  get signatureCount(): number {
    return this.signatures.size;
  }

  get userCount(): number {
    return this.users.size;
  }

  /**
   * (stop 40, fx28) Closing initials that spell a credential, a title or a cue word are never learned ("ROSA NUNEZ, RN
   * RN": the credential after the name is no initials of it).
   */
  private closerAllowedFx40(a: string): boolean {
    return (this.flagsOf(a) & (F_CRED | F_TITLE | F_CUE)) === 0;
  }

  /** The word table's flags of `a` in lower case, 0 without a table (every test of them then lets the word pass). */
  private flagsOf(a: string): number {
    return this.words === undefined ? 0 : this.words.lookup(a.toLowerCase());
  }

  /** (stop 40, fx28) How many closing initials are known, and where initials `a` may first match (or undefined). */
  get closerCount(): number {
    return this.closers.size;
  }

  /**
   * (stop 44, pn44) Initials inside a table's cell or after "by" in lower case are no core English word and no title,
   * cue, credential, month or state ("by it.", "| no |", "by dr"; the lists hold "rs" as a common word); capitals are
   * initials there.
   */
  plainInitials44(a: string): boolean {
    if (this.words === undefined || a.toLowerCase() !== a) return true;
    const d = this.words.lookup(a);
    const tier = (d >>> F_TIER_SHIFT) & 3;
    return (d & (F_ALLOW | F_TITLE | F_CUE | F_CRED | F_MONTH | F_STATE)) === 0 && tier !== 1;
  }

  /**
   * (stop 44, review) Initials in brackets right after a name, in any case, are no state's code, credential, title,
   * cue or month: the core's bracket rule (fx43, test/clinical-round-34.test.ts) keeps "Carol Taylor (CT)" and
   * "Meredith Ruiz, RN (MR)" to the name alone, a scan's or a state's code.
   */
  bracketInitials44(a: string): boolean {
    return (this.flagsOf(a) & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_STATE)) === 0;
  }

  closerFrom(a: string): number | undefined {
    return this.closers.get(a);
  }

  /** Where the initials `a` may first match, or undefined when they were never learned. */
  signatureFrom(a: string): number | undefined {
    return this.signatures.get(a)?.from;
  }

  /** The user name whose first eight letters (lower case) are `key`, if learned. */
  userAt(key: string): UserForm | undefined {
    return this.users.get(key);
  }

  /** The learned initials and their forms. */
  signatureForms(): IterableIterator<[string, SignatureForm]> {
    return this.signatures.entries();
  }

  /** The user name (first eight letters, lower case) of the name that taught initials `a`, if any. */
  signatureUser(a: string): string | undefined {
    return this.signatures.get(a)?.user;
  }

  /** The learned user names. */
  userForms(): IterableIterator<UserForm> {
    return this.users.values();
  }

  /** The known forms and where each may first match. */
  forms(): IterableIterator<[string, number]> {
    return this.known.entries();
  }

  /** The index of every known form, brought up to date. */
  index(): FormIndex {
    if (this.idx === undefined) this.idx = new FormIndex();
    this.idx.update(this.known);
    return this.idx;
  }

  /** Whether a token may be learned: long enough, capitalised, and no English word or role word. */
  private eligible(tok: string): boolean {
    if (tok.length < MIN_LEN) return false;
    // capitalised only: a lower-case token that was part of a name finding is too often a plain word of another language
    const first = tok.charAt(0);
    if (first.toLowerCase() === first) return false;
    if (this.words !== undefined) {
      const d = this.words.lookup(tok);
      if ((d & NOT_PROPAGATED) !== 0 || (d & F_ALLOW) !== 0) return false;
      const tier = (d >>> F_TIER_SHIFT) & 3;
      if (tier === 1 || tier === 2) return false; // core and common English words ("Will", "Hope", "Brown")
      // a rare English word that is no dictionary name ("Osteotomy" in "ARM AUSTIN OSTEOTOMY"), an eponym head
      if (tier === 3 && (d & NAME_STRENGTH) === 0) return false;
      if ((d & F_EPONYM_HEAD) !== 0) return false;
    }
    return !medicalEnding(tok);
  }

  /**
   * The per-table cache of eligible(tok): null when the token is not learnable, otherwise its ALL CAPS form ("" when
   * that is the token itself or changes its length).
   */
  private upperOf(tok: string): string | null {
    let upper = this.cache.get(tok);
    if (upper === undefined) {
      if (this.eligible(tok)) {
        const u = tok.toUpperCase();
        upper = u !== tok && u.length === tok.length ? u : "";
      } else upper = null;
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(tok, upper);
    }
    return upper;
  }

  /** eligible(tok), through the cache. */
  private learnable(tok: string): boolean {
    return this.upperOf(tok) !== null;
  }

  private add(form: string, from: number): void {
    if (!this.known.has(form)) this.known.set(form, from);
  }

  /**
   * Learns the tokens of one NAME finding; they may match from `from` on. (stop 48, pr48) A finding in one case that a
   * strong reason made (caselessTeacher48, its tokens caselessToken48 unless a title made it) teaches more: in lower
   * case its lower-case tokens ("dr. abernathy" teaches "abernathy"), in capitals its tokens by more reasons than a
   * title ("OYELARAN, FUNMILAYO ... OYELARAN"); and any finding teaches a hyphenated surname
   * whole ("Combs-Ritchie", "Treviño-Hale") when one of its parts may be learned, so that the English half ("Combs",
   * "Hale") is found again inside the compound only.
   */
  learn(f: Finding, from: number): void {
    const t = f.text;
    const strong = caselessTeacher48(f);
    const lower = strong && !hasUpper48(t);
    const caps = strong && !changesWhenUpper(t);
    // (a finding in one case that only the stop 48 reasons teach: its tokens want caselessToken48())
    const loose = (lower || caps) && f.reason !== CAPS_TEACHER;
    for (let i = wordStart(t, 0); i < t.length; ) {
      const j = tokenEnd(t, i + 1);
      const tok = t.slice(i, j);
      const ok = (!loose || caselessToken48(tok)) && this.learnToken48(tok, from, lower);
      const first = ok || this.eligibleIn48(tok, lower);
      // (stop 48) a hyphenated surname, whole: "Combs-Ritchie", "GARZA-TREVIÑO", "nowak-patel"
      if (j + 1 < t.length && t.charCodeAt(j) === 0x2d && isWordLetter(t.charCodeAt(j + 1))) {
        let e = j;
        let any = first;
        while (e + 1 < t.length && t.charCodeAt(e) === 0x2d && isWordLetter(t.charCodeAt(e + 1))) {
          const k = tokenEnd(t, e + 2);
          const part = t.slice(e + 1, k);
          // (a compound is rarer than its parts: any learnable part will do, "BEY" of "WASHINGTON-BEY" too)
          if (!any && this.eligibleIn48(part, lower)) any = true;
          // (the parts after the first are learned on their own too, as before)
          if (!loose || caselessToken48(part)) this.learnToken48(part, from, lower);
          e = k;
        }
        const whole = t.slice(i, e);
        // (five parts at most: scanTokens() looks no further, compoundAt48())
        if (any && compoundShape48(whole, lower) && hyphens48(whole) <= 4) {
          this.add(whole, from);
          const u = whole.toUpperCase();
          if (!lower && u !== whole && u.length === whole.length) this.add(u, from);
        }
        i = wordStart(t, e);
        continue;
      }
      i = wordStart(t, j);
    }
  }

  /** (stop 48) Whether a token may be learned: lowerEligible48() for a lower-case finding's, else learnable(). */
  private eligibleIn48(tok: string, lower: boolean): boolean {
    return lower ? this.lowerEligible48(tok) : this.learnable(tok);
  }

  /** (stop 48) learn()'s one token: as before, or in lower case (lower). */
  private learnToken48(tok: string, from: number, lower: boolean): boolean {
    if (lower) {
      if (!this.lowerEligible48(tok)) return false;
      this.add(tok, from);
      return true;
    }
    const upper = this.upperOf(tok);
    if (upper === null) return false;
    this.add(tok, from);
    if (upper !== "") this.add(upper, from);
    return true;
  }

  /**
   * (stop 48) Whether a lower-case token of a lower-case finding may be learned: eligible() for its capitalised form
   * (no English, role or never-a-name word, no clinical ending), ASCII or not; cached under a key no token has.
   */
  private lowerEligible48(tok: string): boolean {
    if (tok.length < MIN_LEN) return false;
    const key = "\u0004" + tok;
    let ok = this.cache.get(key);
    if (ok === undefined) {
      const c = tok.charAt(0);
      const cap = c.toUpperCase() + tok.slice(1);
      ok = c !== c.toLowerCase() || cap.length !== tok.length || !this.eligible(cap) ? null : "";
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(key, ok);
    }
    return ok !== null;
  }

  /**
   * Learns the distinctive tokens of a facility finding: an acronym in capitals ("BWH", "PUMC": 3-6 letters), or, in a
   * finding written in capitals, the words of its name that are no English word ("HILLCREST" of "HILLCREST NURSING
   * HOME"), by the same test as a name's tokens (facility heads and modifiers are role words: never learned). Mixed-case
   * words are not learned: a facility found by a weak head ("Entrevista Clínica ...", "Centro de Salud ...") would teach
   * common words of another language. A name of three capitalised words or more also teaches its initials
   * (learnInitials), the acronym a note uses after naming the hospital once. They may match from `from` on, as the
   * exact form only.
   */
  learnPlace(f: Finding, from: number): void {
    const t = f.text;
    const caps = t.toUpperCase() === t;
    const mode = caps ? 0 : placeMode48(t);
    for (let i = wordStart(t, 0); i < t.length; ) {
      const j = tokenEnd(t, i + 1);
      // (a mixed-case word is skipped before any slicing or lookup: most facility findings teach nothing)
      if (placeToken(t, caps, i, j) || placeToken48(t, mode, i, j)) {
        const tok = t.slice(i, j);
        if (!this.known.has(tok) && this.eligibleIn48(tok, mode === 1)) {
          this.add(tok, from);
          this.places.add(tok);
        }
      }
      i = wordStart(t, j);
    }
    const initials = placeInitials(t, caps);
    if (initials !== undefined) for (const a of initials) this.learnInitials(a, from, caps);
  }

  /**
   * Learns a facility's initials as a place form when they could be its acronym: 3-6 capitals and no English, role or
   * never-a-name word ("ICU" and "CHOP" are never learned this way).
   */
  private learnInitials(acronym: string, from: number, caps: boolean): void {
    if (acronym.length < 3 || acronym.length > MAX_INITIALS || this.known.has(acronym)) return;
    if (this.words !== undefined) {
      // (the answer is cached beside eligible()'s, under a key no token has: a table lookup tokenises and hashes)
      const key = (caps ? "\u0002" : "\u0001") + acronym;
      let ok = this.cache.get(key);
      if (ok === undefined) {
        const d = this.words.lookup(acronym);
        // no core or common English word ("CHOP" is also a verb and a regimen); in a mixed-case note a rare one
        // ("SSH") is written in capitals only as an acronym, in an ALL CAPS note it may be the word
        const tier = (d >>> F_TIER_SHIFT) & 3;
        ok = (d & (NOT_PROPAGATED | F_ALLOW)) !== 0 || tier === 1 || tier === 2 || (caps && tier === 3) ? null : "";
        if (this.cache.size >= CACHE_MAX) this.cache.clear();
        this.cache.set(key, ok);
      }
      if (ok === null) return;
    }
    this.add(acronym, from);
    this.places.add(acronym);
  }

  /** (stop 48, pr48) Learns an identifier a label found (teachesId48), as written, to match from `from` on. */
  learnId48(f: Finding, from: number): void {
    if (!this.ids.has(f.text)) this.ids.set(f.text, { from, type: f.type });
  }

  /** (stop 48) How many identifiers are known. */
  get idCount48(): number {
    return this.ids.size;
  }

  /** (stop 48) The learned identifiers and their forms. */
  idForms48(): IterableIterator<[string, IdForm48]> {
    return this.ids.entries();
  }

  /** (stop 48) The learned identifier `t`, if any. */
  idAt48(t: string): IdForm48 | undefined {
    return this.ids.get(t);
  }

  /**
   * (stop 58, og58) Learns the name phrases of a facility finding (placePhrases58g: "Arbor Ridge" of "Arbor Ridge State
   * Hospital"), as written and, for a finding in capitals inside a text with lower-case letters, capitalised ("Maple
   * Knoll" of "MAPLE KNOLL MANOR"): the shorter form a note uses after naming the facility once in full.
   */
  learnPhrases58g(f: Finding, from: number, mixedText: boolean): void {
    for (const p of placePhrases58g(f.text, this.words)) {
      if (this.phrases58g.size >= PHRASES_MAX58G) return;
      if (!this.phrases58g.has(p)) this.phrases58g.set(p, from);
      if (mixedText && p.toUpperCase() === p) {
        const c = capitalised58g(p);
        if (!this.phrases58g.has(c)) this.phrases58g.set(c, from);
      }
    }
  }

  /** (stop 58) Where the facility phrase p may first match, or undefined when it was never learned. */
  phraseFrom58g(p: string): number | undefined {
    return this.phrases58g.get(p);
  }

  /** (stop 58) The learned facility phrases and where each may first match. */
  phraseForms58g(): IterableIterator<[string, number]> {
    return this.phrases58g.entries();
  }

  /** (stop 58) How many facility phrases are known. */
  get phraseCount58g(): number {
    return this.phrases58g.size;
  }

  /** Whether a known form was taught by a facility finding. */
  isPlace(form: string): boolean {
    return this.places.size > 0 && this.places.has(form);
  }

  /** Everything known now was taught by earlier text (called when a session moves to its next piece). */
  settle(): void {
    for (const k of this.known.keys()) this.known.set(k, -1);
    for (const a of this.signatures.values()) a.from = -1;
    for (const u of this.users.values()) u.from = -1;
    for (const a of this.closers.keys()) this.closers.set(a, -1);
    for (const a of this.ids.values()) a.from = -1;
  }

  /** Whether the token text[s, e) is a known form that may match at s. */
  has(text: string, s: number, e: number): boolean {
    const form = this.index().form(text, s, e);
    return form !== undefined && this.known.get(form)! <= s;
  }
}

/**
 * Lookup structures over the known forms for the one-pass scan (scanTokens): forms by hash, so that a token is looked
 * up without slicing the text, and first-letter tables for the per-character test. Forms are only ever added.
 */
class FormIndex {
  /** hashUnits(form) -> the forms with that hash */
  private readonly byHash = new Map<number, string[]>();
  /** first8[c] = 1 when a known form starts with the code unit c < 256 */
  readonly first8 = new Uint8Array(256);
  /**
   * pairs[pairSlot(c0, c1)] = 1 when a known form starts with the code units c0, c1 (both < 256): a filter (two pairs
   * may share a slot; has() decides), 4 KiB so that a document's index is cheap to build
   */
  readonly pairs = new Uint8Array(4096);
  /** first code units >= 256 of known forms */
  private readonly firsts = new Set<number>();
  private minLen = Infinity;
  private maxLen = 0;
  private indexed = 0;

  /** Indexes the forms added since the last call (a Map iterates in insertion order). */
  update(known: Map<string, number>): void {
    if (this.indexed === known.size) return;
    let i = 0;
    for (const form of known.keys()) {
      if (i++ < this.indexed) continue;
      const h = hashUnits(form, 0, form.length);
      const list = this.byHash.get(h);
      if (list === undefined) this.byHash.set(h, [form]);
      else list.push(form);
      const c0 = form.charCodeAt(0);
      const c1 = form.length > 1 ? form.charCodeAt(1) : 0;
      if (c0 < 256) this.first8[c0] = 1;
      else this.firsts.add(c0);
      if (c0 < 256 && c1 < 256) this.pairs[pairSlot(c0, c1)] = 1;
      if (form.length < this.minLen) this.minLen = form.length;
      if (form.length > this.maxLen) this.maxLen = form.length;
    }
    this.indexed = known.size;
  }

  /** Whether a known form starts with the code unit c >= 256. */
  firstOf(c: number): boolean {
    return this.firsts.has(c);
  }

  /** The known form equal to text[s, e), if any. */
  form(text: string, s: number, e: number): string | undefined {
    const n = e - s;
    if (n < this.minLen || n > this.maxLen) return undefined;
    const list = this.byHash.get(hashUnits(text, s, e));
    if (list === undefined) return undefined;
    for (const form of list) if (form.length === n && text.startsWith(form, s)) return form;
    return undefined;
  }
}

/** The slot of the first two code units (both < 256) in FormIndex.pairs. */
function pairSlot(c0: number, c1: number): number {
  return ((c0 << 5) ^ c1) & 4095;
}

/** FNV-1a over UTF-16 code units of text[s, e). */
function hashUnits(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Index of the first word letter of t at or after i (t.length when none). */
function wordStart(t: string, i: number): number {
  while (i < t.length && !isWordLetter(t.charCodeAt(i))) i++;
  return i;
}

/** End of the token whose letters continue at i: letters with inner apostrophes, but not a possessive "'s". */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isWordLetter(d)) j++;
    // (stop 48: "'S" in capitals too, "DIMARTINO'S GRAFT")
    else if (d === 0x27 && j + 1 < n && isWordLetter(text.charCodeAt(j + 1)) &&
      !((text.charCodeAt(j + 1) | 0x20) === 0x73 && (j + 2 >= n || !isWordLetter(text.charCodeAt(j + 2))))) j++;
    else break;
  }
  return j;
}

/** Whether text[i, j) has no lower-case ASCII letter and no non-ASCII code unit (an acronym's test, without a copy). */
function upperRun(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x61 && c <= 0x7a) || c >= 0x80) return false;
  }
  return true;
}

/** (stop 48) English heads that end a facility's name ("Northshore Medical Center", "hillcrest nursing home"). */
const PLACE_HEAD48 = /(?:hospital|center|centre|clinic|home|hospice|infirmary|institute|pharmacy|rehab|rehabilitation|sanatorium)$/i;

/**
 * (stop 48, pr48) How a facility finding that is not in capitals teaches its own words: 1 when it is in lower case
 * ("hillcrest nursing home" teaches "hillcrest", as "HILLCREST NURSING HOME" teaches "HILLCREST"), 2 when it is in
 * mixed case and ends with an English head ("Northshore Medical Center" teaches "Northshore"; "Centro de Salud
 * Almozara", whose weak head would teach words of another language, teaches none), 0 otherwise.
 */
function placeMode48(t: string): number {
  if (!PLACE_HEAD48.test(t)) return 0;
  return hasUpper48(t) ? 2 : 1;
}

/**
 * (stop 48) Whether the token t[i, j) of a facility finding teaches itself by placeMode48(): one of the name's first
 * two words (the facility's own name opens it: "kessington general hospital", "aspirus rhinelander hospital"; a
 * specialty further on is a drug's or a disease's, "mental health center clozapine clinic"), no hyphen's second half
 * ("post-covid recovery clinic"), five letters or more, in lower case (mode 1) or capitalised (mode 2). Learned as
 * eligible() decides, never an English or role word.
 */
function placeToken48(t: string, mode: number, i: number, j: number): boolean {
  if (mode === 0 || j - i < 5 || (i > 0 && t.charCodeAt(i - 1) === 0x2d)) return false;
  // (the first two words: at most one blank before i)
  let blanks = 0;
  for (let k = 0; k < i; k++) if (t.charCodeAt(k) === 0x20 && t.charCodeAt(k + 1) !== 0x20 && ++blanks > 1) return false;
  const c = t.charCodeAt(i);
  return mode === 1 ? !(c >= 0x41 && c <= 0x5a) : c >= 0x41 && c <= 0x5a && t.charCodeAt(i + 1) >= 0x61;
}

/** Whether the token t[i, j) of a facility finding may teach itself: every token in capitals, else a short acronym. */
function placeToken(t: string, caps: boolean, i: number, j: number): boolean {
  return caps || (j - i <= 6 && upperRun(t, i, j));
}

/**
 * The initials of a facility name of three capitalised words or more ("South Shore Hospital" -> "SSH",
 * "Newton-Wellesley Hospital" -> "NWH"; the words before a comma or a spaced dash only), then, when they differ, the
 * initials with its lower-case connectors ("Children's Hospital of Philadelphia" -> "CHP", "CHOP"); undefined for a
 * shorter name.
 */
function placeInitials(whole: string, caps: boolean): string[] | undefined {
  // (the name before a comma or a spaced dash: the town after it is no part of the acronym, "BAYSTATE FRANKLIN MEDICAL
  // CENTER, GREENFIELD MA" -> "BFMC")
  const cut = whole.search(/,| [-\u2013\u2014] /);
  const t = cut < 0 ? whole : whole.slice(0, cut);
  let initials = "";
  let withConnectors = "";
  let words = 0;
  for (let i = wordStart(t, 0); i < t.length; ) {
    const j = tokenEnd(t, i + 1);
    const c = t.charCodeAt(i);
    // (stop 48: a possessive's "S" in capitals, which tokenEnd() now leaves apart, is no word: "ST. BRENDAN'S ..." -> "SBMC")
    if (c === 0x53 && j - i === 1 && i > 0 && t.charCodeAt(i - 1) === 0x27) {
      i = wordStart(t, j);
      continue;
    }
    // (in capitals a word of up to three letters is taken for a connector: "OF", "AND", "THE")
    if (c >= 0x41 && c <= 0x5a && !(caps && j - i <= 3)) {
      initials += t.charAt(i);
      withConnectors += t.charAt(i);
      words++;
    } else if ((caps ? c >= 0x41 && c <= 0x5a : c >= 0x61 && c <= 0x7a) && j - i <= 3) withConnectors += t.charAt(i).toUpperCase();
    i = wordStart(t, j);
  }
  if (words < 3) return undefined;
  return withConnectors !== initials ? [initials, withConnectors] : [initials];
}

/** Whether text[i] continues a token (a letter, a digit, or an apostrophe inside a word before it). */
function joined(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  if (isWordLetter(p) || isDigit(p)) return true;
  return p === 0x27 && i > 1 && isWordLetter(text.charCodeAt(i - 2));
}

/**
 * The reason strong enough to teach a name written in capitals, where case says nothing: a title ("MR. ZELLNOI").
 * Not a credential: "DO" after a plural ("BLADDER INSTILLATIONS DO NOT") is a verb.
 */
const CAPS_TEACHER = "name:title";

/** The reason of the facility findings that teach their distinctive tokens (see NameMemory.learnPlace). */
const PLACE_TEACHER = "location:facility";

/** Whether finding `f` teaches a hospital's distinctive tokens. */
function teachesPlace(f: Finding): boolean {
  return f.type === "LOCATION" && f.reason === PLACE_TEACHER && f.score >= LEARN_MIN_SCORE;
}

/**
 * (stop 48, pr48) Reasons strong enough to teach a name in one case (capitals or lower case), where the case of the
 * word says nothing: a title, a name beside a name, a record's label or column. Not the dictionary's or an initial's
 * reasons (a word of the lists alone), nor the document pass's own, nor a credential's ("BLADDER INSTILLATIONS DO NOT").
 */
const CASELESS_TEACHERS48: ReadonlySet<string> = new Set([CAPS_TEACHER, "name:neighbour", "name:cue", "name:column"]);

/**
 * (stop 48) Whether NAME finding `f` was found by a reason that teaches in capitals and in lower case. A name beside
 * a name only of two or three words besides its initials ("A. SIGMOID", "L.  PSA" teach nothing), each of four letters
 * or more (a hyphenated surname is one word), and with no column's gap inside (two blanks or a tab: "RVL    K.
 * MATSUDA", "HFNC  SVETLANA ORLOVA-KING", a cell's role before a name). The length and count keep out the runs of
 * prose a name beside a name takes in capitals or lower case in another language ("AFECTACIÓN DEL SENO E HILIO", "LOS
 * HALLAZGOS ECOGRÁFICOS REVELAN", "antes del ingreso": meddocan's ALL CAPS copy grew 577 false findings, its lower-case
 * copy 187, when every such run taught); the cost is a short given name or particle ("tou xiong", "EDI ŽIVKOVIĆ",
 * "RAFAEL DOS SANTOS-KIRBY") that teaches nothing in one case.
 */
function caselessTeacher48(f: Finding): boolean {
  if (!CASELESS_TEACHERS48.has(f.reason)) return false;
  if (f.reason !== "name:neighbour") return true;
  const t = f.text;
  if (t.indexOf("  ") >= 0 || t.indexOf("\t") >= 0) return false;
  let words = 0;
  for (const w of t.split(/[\s,]+/)) {
    const n = w.endsWith(".") ? w.length - 1 : w.length;
    if (n <= 1) continue; // an initial
    if (n < 4 || ++words > 3) return false;
  }
  return words >= 2;
}

/**
 * (stop 48) A token a finding taught only by caselessTeacher48() may be learned: four letters or more with a vowel
 * ("DIAZ", "xiong"; an abbreviation in a name's place, "MMHG", "atp", "vad", "FLT", is none).
 */
function caselessToken48(tok: string): boolean {
  return tok.length >= 4 && /[aeiouyAEIOUY]/.test(tok);
}

/** (stop 48) Whether s has an upper-case letter (a lower-case finding has none). */
function hasUpper48(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
    if (c >= 0x80) return s.toLowerCase() !== s;
  }
  return false;
}

/** (stop 48) An ASCII lower-case letter; an ASCII capital (searchForms() skips the forms a text's case cannot hold). */
const LOWER48 = /[a-z]/;
const UPPER48 = /[A-Z]/;

/** (stop 48) How many hyphens s has. */
function hyphens48(s: string): number {
  let k = 0;
  for (let i = s.indexOf("-"); i >= 0; i = s.indexOf("-", i + 1)) k++;
  return k;
}

/**
 * (stop 48) Whether a hyphenated compound may be learned whole: every part opens with a capital (a mixed-case or
 * ALL CAPS finding: "Combs-Ritchie", "GARZA-TREVIÑO") or, in lower case, with a lower-case letter ("abernathy-cole");
 * "Boy-follow-up" mixes.
 */
function compoundShape48(whole: string, lower: boolean): boolean {
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && whole.charCodeAt(i - 1) !== 0x2d) continue;
    const c = whole.charAt(i);
    if (lower ? c !== c.toLowerCase() || c === c.toUpperCase() : c === c.toLowerCase()) return false;
  }
  return true;
}

/** Whether finding `f` teaches names. */
function teaches(f: Finding): boolean {
  if (f.type !== "NAME" || f.score < LEARN_MIN_SCORE || f.reason === "name:capitalised") return false;
  return f.reason === CAPS_TEACHER || changesWhenUpper(f.text) || caselessTeacher48(f);
}

/** s.toUpperCase() !== s, without building the copy when s is ASCII up to its first lower-case letter. */
function changesWhenUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return s.toUpperCase() !== s;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}


/** Letters of a user name cut to the length older systems allow ("tblaskov" of "tblaskovic"). */
const USER_SHORT = 8;

/** A learned user name: its first eight letters and the whole name as searched, and where it may first match. */
interface UserForm {
  from: number;
  /** the first eight letters as searched: lower case, or in capitals when a name in capitals taught it */
  readonly form: string;
  /** the whole user name in the same case */
  readonly full: string;
}

/** Learned initials: where they may first match, and the same name's user name cut to eight letters (lower case). */
interface SignatureForm {
  from: number;
  /** a tail in capitals after two initials may be it ("TB/TBLASKOV") */
  readonly user: string | undefined;
}

/**
 * The forms a person's name teaches (one pass over the name, cached by its text: mayRecur and learnSignature ask for
 * the same names). initials: of a name of two to four words, each opening with a capital ASCII letter ("Imogen T.
 * Rasmussen" -> "ITR", "JOHN SMITH" -> "JS"; none for one word, more than four, or a word opening otherwise: "van",
 * "de" make them uncertain), and `slash`, the same with the slash a trailer puts after them. user: the user name a
 * system makes of it, the first word's initial and the last word, lower case, ASCII letters only ("Desmond Achebe" ->
 * "dachebe"; none when the first word opens otherwise than with a capital ASCII letter, for one word, or when the last
 * word has fewer than three letters or other characters: "O'Neil", "Okafor-Lynch", "Šušulić"); `short` its first
 * eight letters; `form` and `full` those two as searched (in capitals when the name is written in capitals: an ALL
 * CAPS note's user names are in capitals too).
 */
interface PersonForms {
  readonly initials: string | undefined;
  readonly slash: string | undefined;
  readonly user: string | undefined;
  readonly short: string | undefined;
  readonly form: string | undefined;
  readonly full: string | undefined;
}

/** personFormsOf() answers per name text (most texts name the same people again and again); cleared when full. */
const personCache = new Map<string, PersonForms | null>();

/** The forms the person's name t teaches (PersonForms), or null when it teaches none. */
function personFormsOf(t: string): PersonForms | null {
  let p = personCache.get(t);
  if (p === undefined) {
    p = personForms(t);
    if (personCache.size >= CACHE_MAX) personCache.clear();
    personCache.set(t, p);
  }
  return p;
}

/** personFormsOf(t) without the cache. */
function personForms(t: string): PersonForms | null {
  const s = wordStart(t, 0);
  if (s >= t.length) return null;
  let caps = true;
  let words = 0;
  let ls = s;
  let le = s;
  for (let i = s; i < t.length; ) {
    const c = t.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) {
      if (words === 0) return null;
      caps = false;
    }
    words++;
    ls = i;
    le = tokenEnd(t, i + 1);
    i = wordStart(t, le);
  }
  if (words < 2) return null;
  let initials: string | undefined;
  if (caps && words <= 4) {
    initials = "";
    for (let i = s; i < t.length; i = wordStart(t, tokenEnd(t, i + 1))) initials += t.charAt(i);
  }
  // the last word: ASCII letters only, nothing but the end of the name or a blank-like character after it
  let k = ls;
  while (k < le && isAsciiLetter(t.charCodeAt(k))) k++;
  let user: string | undefined;
  if (k === le && le - ls >= 3 && !(le + 1 < t.length && t.charCodeAt(le) === 0x2d && isWordLetter(t.charCodeAt(le + 1)))) {
    user = (t.charAt(s) + t.slice(ls, le)).toLowerCase();
  }
  if (initials === undefined && user === undefined) return null;
  const short = user === undefined || user.length <= USER_SHORT ? user : user.slice(0, USER_SHORT);
  const upper = !changesWhenUpper(t);
  return {
    initials,
    slash: initials === undefined ? undefined : initials + "/",
    user,
    short,
    form: upper ? short?.toUpperCase() : short,
    full: upper ? user?.toUpperCase() : user,
  };
}

/**
 * Every run of two to four capital ASCII letters right before a '/' that nothing glues to from the left ("ITR/",
 * "S/P" has one letter), with the slash, mapped to the start of its last occurrence: one pass over the slashes instead
 * of a search per name (clinical text has few slashes and many names).
 */
function initialsBeforeSlashes(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let p = text.indexOf("/"); p >= 0; p = text.indexOf("/", p + 1)) {
    const q = capitalsBefore(text, p);
    if (q >= 0 && !(q > 0 && joined(text, q))) out.set(text.slice(q, p + 1), q);
  }
  return out;
}

/** Start of the two to four capital ASCII letters right before the slash at p (a run of five or more is none), or -1. */
function capitalsBefore(text: string, p: number): number {
  let q = p;
  while (q > 0 && p - q < 5) {
    const c = text.charCodeAt(q - 1);
    if (c < 0x41 || c > 0x5a) break;
    q--;
  }
  return p - q >= 2 && p - q <= 4 ? q : -1;
}

/**
 * Where a learned user name occurs at `at`, whose first eight letters `short` were found there: the whole name
 * `full` when it follows, then only digits ("wlau2"); nothing glued before it
 * (a letter, digit, '.', '_', '@', '-') and no letter, '@', '_' or inner '.' after it. Returns the token's end, or -1.
 */
function userAt(text: string, at: number, short: string, full: string): number {
  if (at > 0) {
    const p = text.charCodeAt(at - 1);
    if (isWordLetter(p) || isDigit(p) || p === 0x2e || p === 0x5f || p === 0x40 || p === 0x2d) return -1;
  }
  let e = at + (full.length > short.length && text.startsWith(full, at) ? full.length : short.length);
  const n = text.length;
  while (e < n && isDigit(text.charCodeAt(e))) e++;
  if (e < n) {
    const d = text.charCodeAt(e);
    if (isWordLetter(d) || d === 0x40 || d === 0x5f || (d === 0x2e && e + 1 < n && isWordLetter(text.charCodeAt(e + 1)))) return -1;
  }
  return e;
}

/** Whether finding `f` teaches its initials for a signature (a person's name found with a teaching score). */
function teachesSignature(f: Finding): boolean {
  return f.type === "NAME" && f.score >= LEARN_MIN_SCORE && f.reason !== "name:document";
}

/** Reasons of the findings searchSignatures adds. */
const SIGNATURE_REASON = "name:signature";
const USER_REASON = "name:username";
/** (stop 48) Reason of an identifier found again without its label. */
const ID_REASON48 = "id:document";

/** (stop 48) A learned identifier: its type and where it may first match. */
interface IdForm48 {
  from: number;
  readonly type: Finding["type"];
}

/** (stop 48) The identifier types a label teaches. */
const ID_TYPES48: ReadonlySet<string> = new Set(["ID", "MRN", "ACCOUNT", "LICENSE", "DEVICE", "HEALTH_PLAN"]);

/**
 * (stop 48, pr48) Whether finding `f` teaches an identifier to find again without its label ("MRN 6640219" ... "no
 * refills left on 6640219"): an identifier type found after its label (reason "cue:..."), one run of ASCII letters,
 * digits and inner hyphens (idChar48), six characters or more of which five are digits (a number that long repeated in
 * one note is the same record's; "2 mg", "T4", a room "4B" are too short).
 */
function teachesId48(f: Finding): boolean {
  if (!ID_TYPES48.has(f.type) || !f.reason.startsWith("cue:") || f.score < LEARN_MIN_SCORE) return false;
  const t = f.text;
  if (t.length < 6 || t.length > 40 || !isAsciiAlnum(t.charCodeAt(0)) || !isAsciiAlnum(t.charCodeAt(t.length - 1))) return false;
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (!idChar48(c)) return false;
  }
  return digits >= 5;
}

/** (stop 48) A character of an identifier's run: an ASCII letter or digit, or a hyphen. */
function idChar48(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2d;
}

/**
 * (stop 48) Whether text[s, e) is a whole run of identifier characters (idChar48) with nothing glued to it: no '.',
 * '/', '_' or '@' right before, none before a letter or digit right after ("6640219.", "6640219;" yes; "6640219/2",
 * "a.6640219", "6640219-01" no).
 */
function wholeId48(text: string, s: number, e: number): boolean {
  const n = text.length;
  if (s > 0) {
    const p = text.charCodeAt(s - 1);
    if (idChar48(p) || p === 0x2e || p === 0x2f || p === 0x5f || p === 0x40) return false;
  }
  if (e < n) {
    const d = text.charCodeAt(e);
    if (idChar48(d)) return false;
    if ((d === 0x2e || d === 0x2f || d === 0x5f || d === 0x40) && e + 1 < n && isAsciiAlnum(text.charCodeAt(e + 1))) return false;
  }
  return true;
}

/** Longest user name or typist's initials after a signature's slash ("ITR/irasmussen3"). */
const SIGNATURE_TAIL_MAX = 24;

/** Whether text[s, e) has a lower-case ASCII letter or a digit. */
function lowerOrDigit(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
}

/** Whether c is an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/** Whether c is an ASCII letter or digit. */
function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c);
}

/**
 * The signature at `at`, where the initials `a` occur: a dictation trailer's "ITR/irasmussen3" or "JS/mtr" (a slash,
 * then a user name or the typist's initials: an ASCII letter, then letters, digits, '.', '_' or '-', ending in a
 * letter or digit; after two initials it has a lower-case letter or a digit). Returns the end of the tail, or -1.
 * The whole shape is one run without blanks, so a session, whose pieces start and end at blanks, sees it whole.
 */
function signatureAt(text: string, at: number, a: string, user: string | undefined): number {
  const e = at + a.length;
  const n = text.length;
  if (e + 1 >= n || text.charCodeAt(e) !== 0x2f) return -1;
  if (at > 0 && (joined(text, at) || text.charCodeAt(at - 1) === 0x2f)) return -1;
  const c = text.charCodeAt(e + 1) | 0x20;
  if (c < 0x61 || c > 0x7a) return -1;
  let j = e + 1;
  let last = j;
  while (j < n && j - e <= SIGNATURE_TAIL_MAX) {
    const d = text.charCodeAt(j);
    if (isAsciiAlnum(d)) last = ++j;
    else if (d === 0x2e || d === 0x5f || d === 0x2d) j++;
    else break;
  }
  const len = last - e - 1;
  // the tail ends at a blank, a line end or punctuation, never inside a longer word or path ("TB/HIV/AIDS" is none)
  if (len < 2 || len > SIGNATURE_TAIL_MAX) return -1;
  if (j < n && (isWordLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2f)) return -1;
  // two initials and a tail in capitals is more often a pair of abbreviations ("TB/HIV", "PT/OT"), unless the tail is
  // the same person's user name ("TB/TBLASKOV" in an ALL CAPS note)
  if (a.length === 2 && !lowerOrDigit(text, e + 1, last) && !(user !== undefined && text.startsWith(user.toUpperCase(), e + 1))) return -1;
  return last;
}

/**
 * Occurrences one mayRecur() call may pass over as taken (inside a finding, or glued) before it answers true without
 * looking further: a long document that repeats its names inside findings would otherwise try every occurrence of every
 * taught form (quadratic; a 3 MB text of repeated notes took minutes). A prompt passes over a few.
 */
const SKIPS_MAX = 32;
/** What is left of SKIPS_MAX in the running mayRecur() call. */
let skipsLeft = 0;

/**
 * Whether `form` occurs in `text` at or after `from` where searchForms() and scanTokens() could take it: a whole token
 * (wholeToken) that no finding covers. Every occurrence is tried (an overlapping one too), so this is true wherever
 * either search would make a hit of `form`; and true, too, once the call's budget of occurrences passed over is spent.
 */
function occursFree(text: string, form: string, from: number, findings: readonly Finding[], retyped58 = false): boolean {
  for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, at + 1)) {
    const e = at + form.length;
    if (wholeToken(text, at, e)) {
      const k = firstEndingAfter(findings, at);
      if (k === findings.length || findings[k]!.start >= e) return true;
      // (stop 58, retyped58: a facility's phrase) an occurrence that is exactly a neighbour rule's NAME finding, which
      // retypePhrases58g() takes
      if (retyped58 && retypable58g(findings[k]!, at, e)) return true;
    }
    if (--skipsLeft < 0) return true;
  }
  return false;
}

/**
 * Whether any form that `findings` could teach a fresh memory occurs in `text` after the finding that teaches it: a
 * necessary condition for propagateNames() to add anything (it adds only occurrences of learned forms at or after
 * where they were learned). Cheaper than learning: no eligibility lookup, no memory, no index. Each token of 3+
 * letters of a name finding is searched with indexOf from the finding's end, as it is and (when it has lower-case
 * letters) in capitals; a facility finding's candidate tokens and initials likewise. A superset of what learn() and
 * learnPlace() would learn, so false means propagateNames() would return `findings` itself. An occurrence counts only
 * where the search could take it (occursFree: a whole token outside every finding; up to SKIPS_MAX occurrences passed
 * over, then true): most names a document repeats recur
 * inside a finding of their own ("Megan Bromova" ... "V. Bromova"), and a memory built for them adds nothing. That
 * matters for latency more than the work suggests: so few calls go on to build a memory (a few in a hundred prompts)
 * that V8 leaves the learning and search code unoptimised, where one such call cost ~50 µs (docs/performance.md,
 * "Stop 37").
 */
export function mayRecur(text: string, findings: readonly Finding[]): boolean {
  let slashed: Map<string, number> | undefined; // initials before a slash in the text (initialsBeforeSlashes)
  skipsLeft = SKIPS_MAX;
  for (const f of findings) {
    const name = teaches(f);
    if (!name && !teachesPlace(f)) continue;
    const t = f.text;
    const from = f.end;
    if (from >= text.length) continue;
    if (name) {
      for (let i = wordStart(t, 0); i < t.length; ) {
        const j = tokenEnd(t, i + 1);
        // (eligible or not: searched as it is and, when it has lower-case letters, in capitals)
        if (j - i >= MIN_LEN) {
          const tok = t.slice(i, j);
          if (occursFree(text, tok, from, findings) || (changesWhenUpper(tok) && occursFree(text, tok.toUpperCase(), from, findings))) return true;
        }
        i = wordStart(t, j);
      }
    } else {
      const caps = t.toUpperCase() === t;
      const mode = caps ? 0 : placeMode48(t);
      for (let i = wordStart(t, 0); i < t.length; ) {
        const j = tokenEnd(t, i + 1);
        if ((placeToken(t, caps, i, j) || placeToken48(t, mode, i, j)) && occursFree(text, t.slice(i, j), from, findings)) return true;
        i = wordStart(t, j);
      }
      const initials = placeInitials(t, caps);
      if (initials !== undefined) for (const a of initials) if (occursFree(text, a, from, findings)) return true;
      // (stop 58, og58) a name phrase of it, as written or capitalised (a superset of learnPhrases58g's forms)
      if (phrasesRecur58g(text, t, from, findings)) return true;
    }
  }
  // (a second loop: most texts that propagate anything are settled above by a recurring name, more cheaply)
  for (const f of findings) {
    if (!teachesSignature(f) || f.end >= text.length) continue;
    const p = personFormsOf(f.text);
    if (p === null) continue;
    if (p.slash !== undefined) {
      slashed ??= initialsBeforeSlashes(text);
      const at = slashed.get(p.slash);
      if (at !== undefined && at >= f.end) return true;
    }
    if (p.form !== undefined && text.indexOf(p.form, f.end) >= 0) return true;
  }
  // (stop 48) an identifier a label found, repeated
  for (const f of findings) if (f.end < text.length && teachesId48(f) && text.indexOf(f.text, f.end) >= 0) return true;
  return closersMayRecurFx40(text, findings);
}

/** With at most this many known forms, each is searched with indexOf (native, fast); beyond, one scan of the text. */
export const SEARCH_FORMS_MAX = 16;

/**
 * Adds a NAME finding for every later occurrence of a learned name that no finding covers yet. `findings` are sorted,
 * non-overlapping (buildFindings' output); the result is too. `memory` carries what earlier text taught (a session's
 * earlier pieces) and is updated. Returns `findings` itself when nothing is added. `searchMax` picks the strategy (both
 * give the same result; tests run both). `settle` false leaves the memory unsettled: find(), whose memory serves one
 * call, skips that pass over the known forms.
 */
export function propagateNames(
  text: string,
  findings: readonly Finding[],
  memory: NameMemory,
  accept: (tokenText: string) => boolean,
  searchMax = SEARCH_FORMS_MAX,
  settle = true,
): Finding[] {
  for (const f of findings) {
    if (teachesSignature(f)) memory.learnSignature(f, f.end);
    else if (teachesId48(f)) memory.learnId48(f, f.end);
    if (teaches(f)) memory.learn(f, f.end);
    else if (teachesPlace(f)) {
      memory.learnPlace(f, f.end);
      memory.learnPhrases58g(f, f.end, LOWER48.test(text));
    }
  }
  if (memory.size === 0) return findings as Finding[];
  // (stop 58, og58) a name beside a name in one case that is a facility's learned phrase is that facility again, "BACK TO
  // MAPLE KNOLL." after "MAPLE KNOLL MANOR": retyped as the place
  if (memory.phraseCount58g > 0) findings = retypePhrases58g(findings, memory);
  let hits: number[] = []; // start, end pairs, ascending
  if (memory.knownSize <= searchMax) searchForms(text, findings, memory, hits);
  else scanTokens(text, findings, memory, hits);
  const signed = searchSignatures(text, findings, memory, hits, searchMax);
  if (signed !== undefined) hits = signed.hits;
  if (settle) memory.settle();
  if (hits.length === 0) return findings as Finding[];
  // merge the two sorted, disjoint lists
  const out: Finding[] = [];
  let k = 0;
  for (let h = 0; h < hits.length; h += 2) {
    const s = hits[h]!;
    while (k < findings.length && findings[k]!.start < s) out.push(findings[k++]!);
    const t = text.slice(s, hits[h + 1]!);
    if (!accept(t)) continue;
    const reason = signed?.reasons.get(s);
    if (reason === PHRASE_REASON58G) out.push({ type: "LOCATION", start: s, end: hits[h + 1]!, text: t, score: PROPAGATED_SCORE, source: "dictionary", reason: "location:document" });
    else if (reason === ID_REASON48) out.push({ type: memory.idAt48(t)!.type, start: s, end: hits[h + 1]!, text: t, score: PROPAGATED_SCORE, source: "scanner", reason });
    else if (reason !== undefined) out.push({ type: "NAME", start: s, end: hits[h + 1]!, text: t, score: PROPAGATED_SCORE, source: "dictionary", reason });
    else if (memory.isPlace(t)) out.push({ type: "LOCATION", start: s, end: hits[h + 1]!, text: t, score: PROPAGATED_SCORE, source: "dictionary", reason: "location:document" });
    else out.push({ type: "NAME", start: s, end: hits[h + 1]!, text: t, score: PROPAGATED_SCORE, source: "dictionary", reason: "name:document" });
  }
  while (k < findings.length) out.push(findings[k++]!);
  return out.length === findings.length ? (findings as Finding[]) : out;
}

/** Whether text[s, e) is a whole token not glued to a digit. */
function wholeToken(text: string, s: number, e: number): boolean {
  if (s > 0 && joined(text, s)) return false;
  if (e < text.length && (isDigit(text.charCodeAt(e)) || tokenEnd(text, e) !== e)) return false;
  return true;
}

/** Index of the first finding that ends after `pos` (findings are sorted and disjoint). */
function firstEndingAfter(findings: readonly Finding[], pos: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (findings[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Few forms: indexOf each from where it may first match; keep whole tokens outside every finding. */
function searchForms(text: string, findings: readonly Finding[], memory: NameMemory, hits: number[]): void {
  const found: number[] = [];
  // (stop 48, pr48: a form with a lower-case ASCII letter cannot occur in a text without one, an ALL CAPS note, where
  // the capitalised forms learn() adds for names in capitals would only cost searches; nor one with a capital in a
  // lower-case text: the same hits, fewer indexOf calls)
  const lower = LOWER48.test(text);
  const upper = UPPER48.test(text);
  for (const [form, from] of memory.forms()) {
    if (!lower && LOWER48.test(form) || !upper && UPPER48.test(form)) continue;
    let at = text.indexOf(form, from < 0 ? 0 : from);
    while (at >= 0) {
      const e = at + form.length;
      if (wholeToken(text, at, e)) {
        const k = firstEndingAfter(findings, at);
        if (k === findings.length || findings[k]!.start >= e) found.push(at, e);
      }
      at = text.indexOf(form, e);
    }
  }
  if (found.length === 0) return;
  const order: number[] = [];
  for (let i = 0; i < found.length; i += 2) order.push(i);
  // (stop 48: a hyphenated surname learned whole and one of its parts overlap, "Combs-Ritchie" and "Ritchie": the
  // earlier start wins, then the longer, as scanTokens() takes them)
  order.sort((a, b) => found[a]! - found[b]! || found[b + 1]! - found[a + 1]!);
  let last = -1;
  for (const i of order) {
    if (found[i]! < last) continue;
    hits.push(found[i]!, found[i + 1]!);
    last = found[i + 1]!;
  }
}

/**
 * The learned initials in a signature's shape (signatureAt) and the learned user names (userAt, as written or in
 * capitals) outside every finding and every hit: the initials and the tail after their slash as separate hits, reason
 * "name:signature", a user name elsewhere "name:username". Returns the merged hits (sorted, disjoint) and the reason
 * of each new hit by its start, or undefined when there is none.
 */
function searchSignatures(
  text: string, findings: readonly Finding[], memory: NameMemory, hits: readonly number[], searchMax: number,
): { hits: number[]; reasons: Map<number, string> } | undefined {
  const found: Array<[number, number, string]> = [];
  const free = (s: number, e: number): boolean => {
    const k = firstEndingAfter(findings, s);
    if (k < findings.length && findings[k]!.start < e) return false;
    // the first hit ending after s (hits are sorted, disjoint start-end pairs)
    let lo = 0;
    let hi = hits.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hits[2 * mid + 1]! <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo === hits.length >> 1 || hits[2 * lo]! >= e;
  };
  const signature = (at: number, a: string): void => {
    const end = signatureAt(text, at, a, memory.signatureUser(a));
    const e = at + a.length;
    if (end >= 0 && free(at, e)) {
      found.push([at, e, SIGNATURE_REASON]);
      if (free(e + 1, end)) found.push([e + 1, end, SIGNATURE_REASON]);
    }
  };
  const user = (at: number, u: UserForm): void => {
    const end = userAt(text, at, u.form, u.full);
    if (end >= 0 && free(at, end)) found.push([at, end, USER_REASON]);
  };
  // few forms: each searched with indexOf; many (a long session, a long document): one pass over the text's slashes
  // and tokens with a map look-up each (the same hits: each form's occurrences are tested by the same functions)
  if (memory.signatureCount > 0 && text.indexOf("/") >= 0) {
    if (memory.signatureCount <= searchMax) {
      for (const [a, { from }] of memory.signatureForms()) {
        for (let at = text.indexOf(a, from < 0 ? 0 : from); at >= 0; at = text.indexOf(a, at + a.length)) signature(at, a);
      }
    } else {
      for (let p = text.indexOf("/"); p >= 0; p = text.indexOf("/", p + 1)) {
        const q = capitalsBefore(text, p);
        if (q < 0) continue;
        const a = text.slice(q, p);
        const from = memory.signatureFrom(a);
        if (from !== undefined && q >= from) signature(q, a);
      }
    }
  }
  if (memory.userCount > 0) {
    if (memory.userCount <= searchMax) {
      for (const u of memory.userForms()) {
        for (let at = text.indexOf(u.form, u.from < 0 ? 0 : u.from); at >= 0; at = text.indexOf(u.form, at + u.form.length)) user(at, u);
      }
    } else {
      forEachRun(text, isAsciiLetter, 4, (i, j) => {
        const u = memory.userAt(text.slice(i, Math.min(j, i + USER_SHORT)).toLowerCase());
        if (u !== undefined && i >= u.from && text.startsWith(u.form, i)) user(i, u);
      });
    }
  }
  // (stop 40, fx28) the initials of a name found earlier closing the note or a line ("... omeprazole. AL\n",
  // "MD · COB\n", "km / routed to dr. sandhu"): one pass over the lines, the same with few forms or many
  if (memory.closerCount > 0) {
    for (const [s, e, ts, te, line] of closingCandidatesFx40(text)) {
      const a = text.slice(s, e);
      const from = memory.closerFrom(a);
      if (from === undefined || s < from) continue;
      // (stop 43, nam43: or the typist's half is a learned closer too, a second person's found before: "SK/BO" on the
      // note's last line after "SURGEON: KOWALCZYK, STANISLAW ... ASSISTANT: BRIANNA OUELLETTE"; a pair alone on its
      // line needs it, "TB/HIV" has one name's initials at most)
      if (line === PAIR_ALONE43 || line >= 0 && !signerOnLine41(findings, line, s, a)) {
        if (!(te > ts && pairLearned43(memory, text, s, e, ts, te))) continue;
      }
      // (stop 44, pn44: a name's own initials in brackets right after it, "Renata Szabo, CWOCN (RS)", want the name on
      // their line; a table's cell or a "by" in lower case, a word of the lists no initials: "by it.", "| ok |")
      if (line === BRACKET44 && (!signerOnLine41(findings, text.lastIndexOf("\n", s) + 1, s, a) ||
        !memory.bracketInitials44(a))) continue;
      if (line === CELL44 && !memory.plainInitials44(a)) continue;
      // (initials another rule found already still vouch for the typist's after their slash)
      if (free(s, e)) found.push([s, e, SIGNATURE_REASON]);
      else if (!nameAtFx40(findings, s, e)) continue;
      if (te > ts && free(ts, te)) found.push([ts, te, SIGNATURE_REASON]);
    }
  }
  // (stop 48, pr48) identifiers a label found, again without it: each searched with indexOf when few, else one pass
  // over the text's runs of identifier characters (the same hits: wholeId48 decides both)
  if (memory.idCount48 > 0) {
    if (memory.idCount48 <= searchMax) {
      for (const [a, u] of memory.idForms48()) {
        for (let at = text.indexOf(a, u.from < 0 ? 0 : u.from); at >= 0; at = text.indexOf(a, at + 1)) {
          if (wholeId48(text, at, at + a.length) && free(at, at + a.length)) found.push([at, at + a.length, ID_REASON48]);
        }
      }
    } else {
      forEachRun(text, idChar48, 6, (i, j) => {
        const u = memory.idAt48(text.slice(i, j));
        if (u !== undefined && i >= u.from && wholeId48(text, i, j) && free(i, j)) found.push([i, j, ID_REASON48]);
      });
    }
  }
  // (stop 58, og58) a facility's name phrase again, a whole run of tokens outside every finding: few per document,
  // each searched with indexOf whatever their number (the same hits with few forms or many)
  if (memory.phraseCount58g > 0) {
    // (the longer phrase first: at one start it wins, "BLUE WATER RECOVERY" before "BLUE WATER")
    const forms = [...memory.phraseForms58g()].sort((x, y) => y[0].length - x[0].length);
    for (const [a, from] of forms) {
      for (let at = text.indexOf(a, from < 0 ? 0 : from); at >= 0; at = text.indexOf(a, at + 1)) {
        const e = at + a.length;
        // (stop 59, og59: free of every finding, not of the learned tokens' hits: a hit inside it gives way in the merge
        // below, where at one start the phrase, pushed first, comes first; "WILLOWMERE" learned alone from "WILLOWMERE
        // BEND MANOR" no longer blocks "BACK TO WILLOWMERE BEND")
        if (wholeToken(text, at, e) && !nameGoesOn58g(text, a, e) && freeOfFindings59(findings, at, e)) found.push([at, e, PHRASE_REASON58G]);
      }
    }
  }
  if (found.length === 0) return undefined;
  const reasons = new Map<number, string>();
  const all: Array<[number, number, string | undefined]> = found;
  for (let i = 0; i < hits.length; i += 2) all.push([hits[i]!, hits[i + 1]!, undefined]);
  // (a stable sort: at one start a signature's tail comes before the same text as a user name)
  all.sort((x, y) => x[0] - y[0]);
  const merged: number[] = [];
  let last = -1;
  for (const [s, e, reason] of all) {
    if (s < last) continue; // the same text found twice (two names' initials, a tail that is also a user name)
    merged.push(s, e);
    if (reason !== undefined) reasons.set(s, reason);
    last = e;
  }
  return { hits: merged, reasons };
}

/** Many forms: one pass over the text; a table lookup per code unit, and only a known first letter opens a token. */
function scanTokens(text: string, findings: readonly Finding[], memory: NameMemory, hits: number[]): void {
  const n = text.length;
  const index = memory.index();
  const first8 = index.first8;
  const pairs = index.pairs;
  let k = 0;
  let nextStart = findings.length > 0 ? findings[0]!.start : n;
  let i = 0;
  while (i < n) {
    if (i >= nextStart) {
      const f = findings[k++]!;
      if (f.end > i) i = f.end; // a finding's text is never a hit
      nextStart = k < findings.length ? findings[k]!.start : n;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c < 256 ? first8[c] === 0 : !index.firstOf(c)) {
      i++;
      continue;
    }
    // most capitalised words ("The", "He") fail on their first two letters
    const c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (c < 256 && c1 < 256 && pairs[pairSlot(c, c1)] === 0) {
      i++;
      continue;
    }
    if (i > 0 && joined(text, i)) {
      i++;
      continue;
    }
    const j = tokenEnd(text, i + 1);
    // (stop 48) a hyphenated surname learned whole, longest first ("Combs-Ritchie" before "Combs")
    if (j + 1 < n && text.charCodeAt(j) === 0x2d && isWordLetter(text.charCodeAt(j + 1))) {
      const e = compoundAt48(text, i, j, nextStart, memory);
      if (e > 0) {
        hits.push(i, e);
        i = e;
        continue;
      }
    }
    if (j <= nextStart && (j >= n || !isDigit(text.charCodeAt(j))) && memory.has(text, i, j)) hits.push(i, j);
    i = j;
  }
}

/**
 * (stop 48) The end of the longest known hyphenated form at i whose first token ends at j (a hyphen and a letter
 * after it), that ends before `limit` and is no digit's neighbour; -1 when none.
 */
function compoundAt48(text: string, i: number, j: number, limit: number, memory: NameMemory): number {
  const n = text.length;
  const ends: number[] = [];
  let e = j;
  while (e + 1 < n && text.charCodeAt(e) === 0x2d && isWordLetter(text.charCodeAt(e + 1)) && ends.length < 4) {
    e = tokenEnd(text, e + 2);
    ends.push(e);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const x = ends[k]!;
    if (x <= limit && (x >= n || !isDigit(text.charCodeAt(x))) && memory.has(text, i, x)) return x;
  }
  return -1;
}

// ---- Stop 40, clinical round 31 (fx28): a person's initials closing a note or a line ----

/**
 * (stop 40, fx28) The initials a note's closing line signs with, of a person's name of two to four words ("Camille
 * Okafor-Brandt" -> "CO" and "COB", "hollis ruokolainen-park" -> "hr" and "hrp", "ROSALIND OYELARAN" -> "RO"): each
 * word's first letter, and with each hyphen's next letter too, in the name's case (every word opening with a capital
 * ASCII letter, or every word with a lower-case one: a lower-case note's names teach lower-case initials). Two to four
 * letters; none for a name of one word or of mixed openings ("van Dyke").
 */
export function closerFormsFx40(t: string): string[] {
  const out: string[] = [];
  let plain = "";
  let hyph = "";
  let upper = 0;
  let lower = 0;
  let words = 0;
  for (let i = wordStart(t, 0); i < t.length; ) {
    const j = tokenEnd(t, i + 1);
    const c = t.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
    else return out;
    words++;
    plain += t.charAt(i);
    hyph += t.charAt(i);
    for (let k = i + 1; k + 1 < j; k++) {
      if (t.charCodeAt(k) === 0x2d && isAsciiLetter(t.charCodeAt(k + 1))) hyph += t.charAt(k + 1);
    }
    i = wordStart(t, j);
  }
  if (words < 2 || words > 4 || (upper !== words && lower !== words)) return out;
  if (hyph.length <= 4) {
    out.push(plain);
    if (hyph !== plain) out.push(hyph);
  }
  // (stop 43, nam43: "LAST, FIRST" of two words signs "FL": "KOWALCZYK, STANISLAW" -> "KS" and "SK")
  if (words === 2 && plain.length === 2 && /^[^\s,]+, /.test(t.slice(wordStart(t, 0)))) out.push(plain.charAt(1) + plain.charAt(0));
  return out;
}

/** Whether code unit c is a blank of a line (space or tab). */
function lineBlankFx40(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * (stop 40, fx28) Tokens that may close a note or a line as its writer's initials: two to four ASCII letters, all
 * capitals or all lower case (with a typist's two to four after a slash: "hf/ab", the tail's span third and fourth, 0
 * and 0 when none; in capitals only after three initials, "TB/HIV" being two abbreviations), that end their line (only blanks, or blanks and one date or time of digits, '/', '.',
 * ':' and '-', before the line break or the text's end: "AL\n", "TS 3/12/99\n") or open it before " / " ("km / routed
 * to ..."). Before them the line's start, a sentence's end (". "), a middle dot ("· ") or a column gap (two blanks or a
 * tab). Returns [start, end] pairs in text order.
 */
export function closingCandidatesFx40(text: string): Array<[number, number, number, number, number]> {
  const out: Array<[number, number, number, number, number]> = [];
  const n = text.length;
  let ls = 0;
  while (ls <= n) {
    let le = text.indexOf("\n", ls);
    if (le < 0) le = n;
    let ce = le > ls && text.charCodeAt(le - 1) === 0x0d ? le - 1 : le;
    // the line's first token before " / "
    let s = ls;
    while (s < ce && lineBlankFx40(text.charCodeAt(s))) s++;
    let e = s;
    while (e < ce && isAsciiLetter(text.charCodeAt(e))) e++;
    if (e - s >= 2 && e - s <= 4 && e + 2 < ce && text.charCodeAt(e) === 0x20 && text.charCodeAt(e + 1) === 0x2f &&
      text.charCodeAt(e + 2) === 0x20 && oneCaseFx40(text, s, e)) out.push([s, e, 0, 0, -1]);
    // the line's last token, maybe before a date or a time
    while (ce > ls && lineBlankFx40(text.charCodeAt(ce - 1))) ce--;
    let q = ce;
    while (q > ls && isDateCharFx40(text.charCodeAt(q - 1))) q--;
    if (q < ce && q > ls && lineBlankFx40(text.charCodeAt(q - 1)) && isDigit(text.charCodeAt(q))) {
      while (q > ls && lineBlankFx40(text.charCodeAt(q - 1))) q--;
      ce = q;
    }
    let b = ce;
    while (b > ls && isAsciiLetter(text.charCodeAt(b - 1))) b--;
    // a typist's initials in lower case behind a slash ("hf/ab", "dov/ms", "CAP/jt"): the tail, then the signer's
    let ts = 0;
    let te = 0;
    let line = -1;
    if (ce - b >= 2 && ce - b <= 4 && b - 1 > ls && text.charCodeAt(b - 1) === 0x2f && oneCaseFx40(text, b, ce)) {
      let a = b - 1;
      while (a > ls && isAsciiLetter(text.charCodeAt(a - 1))) a--;
      const lowTail = text.charCodeAt(b) >= 0x61;
      if (b - 1 - a >= 2 && b - 1 - a <= 4 && oneCaseFx40(text, a, b - 1)) {
        // (stop 41: two capitals before a tail in capitals only where the signer's name stands on the same line and a
        // middle dot or a period stands before them, "OWEN CASTONGUAY, MD · OC/TA"; "TB/HIV" alone is none, and so is
        // "Dr. Thomas Brown   TB/HIV" after a column gap)
        if (!lowTail && b - 1 - a < 3) line = ls;
        ts = b;
        te = ce;
        ce = b - 1;
        b = a;
      }
    }
    if (ce - b >= 2 && ce - b <= 4 && oneCaseFx40(text, b, ce) && closerBeforeFx40(text, ls, b) &&
      (line < 0 || markBefore41(text, ls, b)) && !(out.length > 0 && out[out.length - 1]![0] === b)) out.push([b, ce, ts, te, line]);
    // (stop 43, nam43: a pair alone on its line, "SK/BO": searchSignatures() wants both halves learned, PAIR_ALONE43)
    else if (te > ts && ce - b >= 2 && ce - b <= 4 && oneCaseFx40(text, b, ce) && text.slice(ls, b).trim() === "" &&
      !(out.length > 0 && out[out.length - 1]![0] === b)) out.push([b, ce, ts, te, PAIR_ALONE43]);
    ls = le + 1;
  }
  // (stop 44, pn44) initials inside a line, where a note's writers sign a step: midInitials44()
  if (text.length > 4) midInitials44(text, out);
  return out;
}

/** (stop 44, pn44) closingCandidatesFx40()'s marks of a name's initials in brackets after it ("(RS)") and of a cell's. */
const BRACKET44 = -3;
const CELL44 = -4;

/**
 * (stop 44, pn44) Initials of two to four letters (one case) inside a line, where notes name the person who did or
 * signed a step with the initials of a name written out before (closingCandidatesFx40's closers are learned only from
 * names found): in brackets ("tech Shonda Whitley (SW)", "Lorraine Greer (LG), Ruben Whitlock (RW)": BRACKET44, the
 * name on the same line), a table's cell that holds only them ("| VULT44718 | RS\n", "| RS |") or the word after "by"
 * before a line's or a cell's end, a comma, a period, a semicolon or a clock ("BATTERY CHANGED BY SW |": CELL44), and a
 * co-signature's pair after a verb, both halves learned from two names (PAIR_ALONE43's test: "RECONCILED AL/PG 0700.",
 * "CO-SIGNED MK/YSP"; "TB/HIV" with one learned half stays). Appended to `out` (the consumers do not need text order).
 */
function midInitials44(text: string, out: Array<[number, number, number, number, number]>): void {
  const n = text.length;
  // "(XY)" after a blank
  for (let i = text.indexOf("(", 1); i >= 0; i = text.indexOf("(", i + 1)) {
    if (!lineBlankFx40(text.charCodeAt(i - 1))) continue;
    const e = lettersEndFx44(text, i + 1);
    if (e - i - 1 >= 2 && e - i - 1 <= 4 && text.charCodeAt(e) === 0x29 && oneCaseFx40(text, i + 1, e)) out.push([i + 1, e, 0, 0, BRACKET44]);
  }
  // "| XY" before blanks and a bar or the line's end
  for (let i = text.indexOf("|"); i >= 0; i = text.indexOf("|", i + 1)) {
    let s = i + 1;
    while (s < n && lineBlankFx40(text.charCodeAt(s))) s++;
    const e = lettersEndFx44(text, s);
    if (e - s < 2 || e - s > 4 || !oneCaseFx40(text, s, e)) continue;
    let q = e;
    while (q < n && lineBlankFx40(text.charCodeAt(q))) q++;
    const c = q < n ? text.charCodeAt(q) : 0x0a;
    if (c === 0x7c || c === 0x0a || c === 0x0d) out.push([s, e, 0, 0, CELL44]);
  }
  // "by XY" before the line's end, a bar, a comma, a period, a semicolon, a closing bracket or a clock
  for (let i = text.indexOf("y ", 1); i >= 0; i = text.indexOf("y ", i + 1)) byInitials44(text, i, out);
  for (let i = text.indexOf("Y ", 1); i >= 0; i = text.indexOf("Y ", i + 1)) byInitials44(text, i, out);
  // "XY/ZW" or "XY / ZW" between blanks (the line's start and end, a period, a comma or a semicolon after)
  for (let i = text.indexOf("/", 2); i >= 0; i = text.indexOf("/", i + 1)) {
    let le = i;
    if (text.charCodeAt(le - 1) === 0x20) le--;
    let ls = le;
    while (ls > 0 && isAsciiLetter(text.charCodeAt(ls - 1))) ls--;
    if (le - ls < 2 || le - ls > 4 || ls > 0 && !lineBlankFx40(text.charCodeAt(ls - 1)) && text.charCodeAt(ls - 1) !== 0x0a) continue;
    let ts = i + 1;
    if (ts < n && text.charCodeAt(ts) === 0x20 && le < i) ts++;
    const te = lettersEndFx44(text, ts);
    if (te - ts < 2 || te - ts > 4) continue;
    const c = te < n ? text.charCodeAt(te) : 0x0a;
    if (!(lineBlankFx40(c) || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x0a || c === 0x0d)) continue;
    if (oneCaseFx40(text, ls, le) && oneCaseFx40(text, ts, te)) out.push([ls, le, ts, te, PAIR_ALONE43]);
  }
}

/** (stop 44, pn44) midInitials44()'s "by XY": text[i] is the "y" of "by" (either case), a blank after it. */
function byInitials44(text: string, i: number, out: Array<[number, number, number, number, number]>): void {
  const b = text.charCodeAt(i - 1) | 0x20;
  if (b !== 0x62 || i >= 2 && isAsciiLetter(text.charCodeAt(i - 2))) return;
  const n = text.length;
  let s = i + 1;
  while (s < n && lineBlankFx40(text.charCodeAt(s))) s++;
  const e = lettersEndFx44(text, s);
  if (e - s < 2 || e - s > 4 || !oneCaseFx40(text, s, e)) return;
  let q = e;
  while (q < n && lineBlankFx40(text.charCodeAt(q))) q++;
  const c = q < n ? text.charCodeAt(q) : 0x0a;
  if (c === 0x7c || c === 0x2c || c === 0x3b || c === 0x2e || c === 0x29 || c === 0x0a || c === 0x0d || c >= 0x30 && c <= 0x39) {
    out.push([s, e, 0, 0, CELL44]);
  }
}

/** (stop 44, pn44) The end of the run of ASCII letters from s. */
function lettersEndFx44(text: string, s: number): number {
  let e = s;
  while (e < text.length && isAsciiLetter(text.charCodeAt(e))) e++;
  return e;
}

/** (stop 43, nam43) closingCandidatesFx40()'s mark of a signer's and a typist's pair alone on its line ("SK/BO"). */
const PAIR_ALONE43 = -2;

/**
 * (stop 43, nam43) Whether both halves of a closing pair, text[s, e) and text[ts, te) ("SK" and "BO" of "SK/BO"), are
 * learned closers of two different names found before them (closerFormsFx40, the inverted "LAST, FIRST" read too): a
 * note's last line signed by its surgeon and its assistant. "TB/HIV" after "Dr. Thomas Brown" has one learned half.
 */
function pairLearned43(memory: NameMemory, text: string, s: number, e: number, ts: number, te: number): boolean {
  const a = text.slice(s, e);
  const t = text.slice(ts, te);
  const fa = memory.closerFrom(a);
  const ft = memory.closerFrom(t);
  return a !== t && fa !== undefined && ft !== undefined && s >= fa && ts >= ft;
}

/** Whether text[s, e) is all capitals or all lower case (ASCII letters). */
function oneCaseFx40(text: string, s: number, e: number): boolean {
  let up = 0;
  for (let k = s; k < e; k++) if (text.charCodeAt(k) <= 0x5a) up++;
  return up === 0 || up === e - s;
}

/** A date's or a time's character after closing initials ("3/12/99", "15:02", "2099-03-14"). */
function isDateCharFx40(c: number): boolean {
  return isDigit(c) || c === 0x2f || c === 0x2e || c === 0x3a || c === 0x2d;
}

/**
 * What may stand before closing initials at b on the line from ls: a sentence's end (". "), a middle dot ("· ") or a
 * column gap. Not the line's start: initials alone on the last line of a note that named the person lines before are
 * left to the older rules, which take them near the name only (test/case-round-37's "the name too far back").
 */
function closerBeforeFx40(text: string, ls: number, b: number): boolean {
  if (b === ls || !lineBlankFx40(text.charCodeAt(b - 1))) return false;
  if (text.charCodeAt(b - 1) === 0x09) return true;
  let k = b - 1;
  while (k > ls && lineBlankFx40(text.charCodeAt(k - 1))) k--;
  if (k === ls) return false;
  if (b - k >= 2) return true;
  const p = text.charCodeAt(k - 1);
  return p === 0x2e || p === 0xb7;
}

/**
 * (stop 40, fx28) mayRecur()'s test for closing initials: a person's name found before a closing candidate whose text
 * is one of the name's closing forms (closerFormsFx40).
 */
export function closersMayRecurFx40(text: string, findings: readonly Finding[]): boolean {
  let cands: Array<[number, number, number, number, number]> | undefined;
  for (const f of findings) {
    if (!teachesSignature(f)) continue;
    const forms = closerFormsFx40(f.text);
    if (!wholeRunFrom46(text, forms, f.end)) continue;
    cands ??= closingCandidatesFx40(text);
    if (cands.length === 0) return false;
    for (const [s, e] of cands) if (s >= f.end && forms.includes(text.slice(s, e))) return true;
  }
  return false;
}

/**
 * (stop 46, spd46) Whether one of `forms` (ASCII letters) occurs in `text` at or after `from` as a whole run of ASCII
 * letters (no ASCII letter just before or after it). Every closing candidate (closingCandidatesFx40, midInitials44) is
 * such a run, so a closer form that occurs as none after its name cannot be one of them: closersMayRecurFx40() builds
 * the candidates only when some form passes this test (a prompt's names rarely recur as initials; 2 KB prompt latency,
 * docs/performance.md, "Stop 46: spd46").
 */
function wholeRunFrom46(text: string, forms: readonly string[], from: number): boolean {
  const n = text.length;
  for (let k = 0; k < forms.length; k++) {
    const a = forms[k]!;
    for (let at = text.indexOf(a, from); at >= 0; at = text.indexOf(a, at + 1)) {
      const e = at + a.length;
      if ((at === 0 || !isAsciiLetter(text.charCodeAt(at - 1))) && (e === n || !isAsciiLetter(text.charCodeAt(e)))) return true;
    }
  }
  return false;
}

/** (stop 40, fx28) Whether a NAME finding covers exactly text[s, e). */
function nameAtFx40(findings: readonly Finding[], s: number, e: number): boolean {
  const k = firstEndingAfter(findings, s);
  return k < findings.length && findings[k]!.start === s && findings[k]!.end === e && findings[k]!.type === "NAME";
}

/** (stop 41) Whether a middle dot or a period stands before the blanks before b on the line from ls ("MD · OC/TA"). */
function markBefore41(text: string, ls: number, b: number): boolean {
  let k = b;
  while (k > ls && lineBlankFx40(text.charCodeAt(k - 1))) k--;
  return k > ls && k < b && (text.charCodeAt(k - 1) === 0xb7 || text.charCodeAt(k - 1) === 0x2e);
}

/**
 * (stop 41) Whether a person's name that teaches the initials `a` (at s) as a closer (closerFormsFx40) was found on the
 * line from `line` before s: a signature's two initials before a typist's in capitals ("OWEN CASTONGUAY, MD · OC/TA",
 * "DICTATED BY WOLFGANG ERIKSEN, MD. WE/BJH 02/09/82").
 */
function signerOnLine41(findings: readonly Finding[], line: number, s: number, a: string): boolean {
  for (let k = firstEndingAfter(findings, line); k < findings.length && findings[k]!.end <= s; k++) {
    const f = findings[k]!;
    if (f.start >= line && teachesSignature(f) && closerFormsFx40(f.text).includes(a)) return true;
  }
  return false;
}

/** Calls visit(i, j) for every maximal run [i, j) of code units that isRunChar accepts, minLen long or longer. */
function forEachRun(text: string, isRunChar: (c: number) => boolean, minLen: number, visit: (i: number, j: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isRunChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isRunChar(text.charCodeAt(j))) j++;
    if (j - i >= minLen) visit(i, j);
    i = j;
  }
}

// ---- stop 58, og58: a facility's later short form (its name phrase without its head) ----

/** (stop 58) The reason of a hit of a learned facility phrase (reported as LOCATION, "location:document"). */
const PHRASE_REASON58G = "location:phrase58";
/** (stop 58) Most facility phrases one memory holds (a long session's). */
const PHRASES_MAX58G = 64;
/** (stop 58) Words that end a name phrase's prefix: connectors ("University of", "Health and"). */
const CONNECTOR58G = /^(?:of|and|&|the|at|for|in|on|de|del|la|st\.?|saint|mt\.?|mount|ft\.?|fort|san|santa|new|north|south|east|west)$/i;
/**
 * (stop 58) The generic words of facilities' names: a phrase made of them only names no one facility ("Regional
 * Medical", "Community Health", "Children's").
 */
const GENERIC58G = new Set(("hospital hospitals medical center centre centers clinic clinics health healthcare care regional " +
  "general memorial community university county state national children's childrens children women's womens women " +
  "family primary behavioral behavioural mental public urgent specialty specialists rehab rehabilitation nursing home " +
  "services service system systems network institute medicine surgical surgery surgery cancer heart eye dental " +
  "pediatric pediatrics physicians hospice infirmary unit department dept campus program outpatient inpatient " +
  "emergency ed er icu nicu picu main the of and & at for in on de la st st. saint mt mt. mount ft ft. fort " +
  "north south east west northeast northwest southeast southwest central new upper lower greater little big great " +
  "san santa a an my our your his her their this that").split(" "));
/** (stop 58) A word of three letters or more (an apostrophe, a period or a hyphen inside). */
const WORD58G = /^[\p{L}][\p{L}'\u2019.-]{2,}$/u;
/** (stop 58) A head word a facility's name phrase stands before ("Arbor Ridge State Hospital", "Maple Knoll Manor"). */
const PLACE_HEAD58G = /^(?:hospital|hospitals|medical|center|centre|clinic|clinics|infirmary|hospice|institute|sanatorium|sanitarium|rehab|rehabilitation|manor|nursing|health|healthcare|regional|general|memorial|community|assisted|village|pavilion|pavilions|commons|lodge|home|care|behavioral|dialysis|surgical|cancer|heart|children's|childrens|women's|state)$/i;

/**
 * (stop 58, og58) The name phrases of a facility finding: in its first part (before a comma, a spaced dash or a
 * bracket) that holds a head (PLACE_HEAD58G) after its first word, every run of its words from the first (a leading
 * "The" left out) of two words or more that stops before the part's last word, does not end in a connector and holds
 * a word that is no generic word of facilities' names: "Arbor Ridge" and "Arbor Ridge State" of "Arbor Ridge State
 * Hospital", "ST. VRAIN" and "ST. VRAIN VALLEY" of "ST. VRAIN VALLEY HOSPITAL", "heritage oaks" of "heritage oaks
 * assisted living, muskegon". One word is learnPlace()'s; a phrase must end before a word its first part holds so
 * that the full name, which the core finds again itself, is never re-learned. Words of the lists the word table
 * marks a title, a cue or a month never open it.
 */
export function placePhrases58g(t: string, words: WordTable | undefined): string[] {
  const out: string[] = [];
  for (const part of t.split(/,|;| [-\u2013\u2014] | ?\(|\)|\n/)) {
    const ws = part.trim().split(/\s+/);
    let a = 0;
    if (ws.length > 0 && /^the$/i.test(ws[0]!)) a = 1;
    if (ws.length - a < 3) continue;
    let head = -1;
    for (let i = a + 1; i < ws.length; i++) if (PLACE_HEAD58G.test(ws[i]!)) { head = i; break; }
    if (head < 0) continue;
    const w0 = ws[a]!;
    const c0 = w0.charCodeAt(0);
    // (a letter opens it; a word of the lists' roles never: "Dr.", "Mr.", "January")
    if (!isWordLetter(c0) || isDigit(c0)) return out;
    if (words !== undefined && (words.lookup(w0.replace(/[.,']+$/, "")) & (F_TITLE | F_CUE | F_MONTH | F_CRED)) !== 0) return out;
    // (a clinical word of the name's own, "CHRONIC CARE CLINIC", teaches nothing: the heads and modifiers of facilities
    // are words of that list too, "Hospital", "Medical")
    const flags: number[] = [];
    for (let i = a; i < ws.length; i++) {
      const d = words === undefined ? 0 : words.lookup(ws[i]!.replace(/[.,:]+$/, ""));
      if (i === a && (d & (F_TITLE | F_CUE | F_CRED | F_MONTH)) !== 0 ||
        (d & F_NOT_NAME) !== 0 && (d & (F_FACILITY | F_FAC_MOD)) === 0 && !GENERIC58G.has(ws[i]!.toLowerCase())) return out;
      flags.push(d);
    }
    let distinct = false;
    const lower = t.toLowerCase() === t;
    for (let e = a; e < ws.length; e++) {
      const last = ws[e]!;
      if (!distinct && !GENERIC58G.has(last.toLowerCase()) && WORD58G.test(last) && (flags[e - a]! & (F_FACILITY | F_FAC_MOD)) === 0) distinct = true;
      // (in lower case a phrase ending in a street's word, "magnolia terrace", "arbor ridge", reads as the street named
      // after it as well, which no capital tells apart there)
      if (e === a || !distinct || CONNECTOR58G.test(last) || lower && (flags[e - a]! & F_STREET) !== 0) continue;
      out.push(ws.slice(a, e + 1).join(" "));
    }
    return out;
  }
  return out;
}

/** (stop 59, og59) Whether text [s, e) overlaps no finding (findings sorted and disjoint). */
function freeOfFindings59(findings: readonly Finding[], s: number, e: number): boolean {
  const k = firstEndingAfter(findings, s);
  return k === findings.length || findings[k]!.start >= e;
}

/** (stop 58) Words that may follow a facility's short form without continuing its name ("BLUE WATER RECOVERY AND ..."). */
const FOLLOW58G = new Set("and or & in at on for to from with by per via until since then x where who which was is has had".split(" "));

/**
 * (stop 58) Whether a phrase a ends at e before a word of the same case that goes on with the name: a blank and a word
 * capitalised after a capitalised phrase or in lower case after a lower-case one, no connector ("RAPID CITY POLICE
 * DEPARTMENT", "rogue valley transportation": another body that opens with the same words).
 */
function nameGoesOn58g(text: string, a: string, e: number): boolean {
  if (e + 1 >= text.length || text.charCodeAt(e) !== 0x20 || !isWordLetter(text.charCodeAt(e + 1))) return false;
  const j = tokenEnd(text, e + 2);
  const next = text.slice(e + 1, j);
  if (FOLLOW58G.has(next.toLowerCase())) return false;
  const c = next.charAt(0);
  const lowerA = a.toLowerCase() === a;
  return lowerA ? c === c.toLowerCase() && c !== c.toUpperCase() : c !== c.toLowerCase();
}

/**
 * (stop 58, og58) `findings` with each NAME finding of the neighbour rule whose whole text is a facility phrase learned
 * before it retyped as a LOCATION ("location:document"); `findings` itself when none is.
 */
function retypePhrases58g(findings: readonly Finding[], memory: NameMemory): readonly Finding[] {
  let out: Finding[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.type !== "NAME" || f.reason !== "name:neighbour") continue;
    const from = memory.phraseFrom58g(f.text);
    if (from === undefined || f.start < from) continue;
    out ??= findings.slice();
    out[i] = { ...f, type: "LOCATION", reason: "location:document" };
  }
  return out ?? findings;
}

/** (stop 58) "MAPLE KNOLL" -> "Maple Knoll", "ST. MARY'S" -> "St. Mary's", "WILKES-BARRE" -> "Wilkes-Barre". */
function capitalised58g(p: string): string {
  let out = "";
  for (let i = 0; i < p.length; i++) {
    const c = p.charAt(i);
    const prev = i > 0 ? p.charCodeAt(i - 1) : 0x20;
    out += prev === 0x20 || prev === 0x2d ? c : c.toLowerCase();
  }
  return out;
}

/**
 * (stop 58) Whether a phrase of facility text t (placePhrases58g) occurs in text from `from` on, as written or
 * capitalised, where propagation could take or retype it (occursFree(), retyped58), as mayRecur() counts every other form.
 */
function phrasesRecur58g(text: string, t: string, from: number, findings: readonly Finding[]): boolean {
  for (const p of placePhrases58g(t, undefined)) {
    if (occursFree(text, p, from, findings, true)) return true;
    if (p.toUpperCase() === p && occursFree(text, capitalised58g(p), from, findings, true)) return true;
  }
  return false;
}

/** (stop 58) Whether finding f is exactly [at, e) and a neighbour rule's NAME finding (retypePhrases58g() retypes it). */
function retypable58g(f: Finding, at: number, e: number): boolean {
  return f.start === at && f.end === e && f.type === "NAME" && f.reason === "name:neighbour";
}
