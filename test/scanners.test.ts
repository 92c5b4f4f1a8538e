// Why this file exists: table-driven positives and hard negatives for every structured scanner (dates, ages, phones,
// email, URL, IP, SSN, record numbers, validators), run on both engines, which must agree finding for finding.
import { describe, expect, it } from "vitest";
import { createRedactorSync, type EntityType, type Redactor } from "../src/index.js";
import { MAX_SCANNER_WINDOW, SCANNERS, CUE_LISTS } from "../src/builtins.js";
import { ENTITY_TYPES } from "../src/types.js";

type Want = Array<[EntityType, string]>;
interface Case {
  readonly text: string;
  /** Exactly these findings (type, text), in order. */
  readonly want: Want;
}

// the name/place detector is tested in test/names.test.ts; here the structured scanners alone
const engines = { wasm: createRedactorSync({ engine: "wasm", nameDetector: false }), js: createRedactorSync({ engine: "js", nameDetector: false }) };
const got = (r: Redactor, text: string): Want => r.find(text).map((f) => [f.type, f.text]);

const positives: Record<string, Case[]> = {
  DATE: [
    { text: "Seen 3/14/2024.", want: [["DATE", "3/14/2024"]] },
    { text: "on 4/5 she had chest pain", want: [["DATE", "4/5"]] },
    { text: "EF 55-60% since 6/7", want: [["DATE", "6/7"]] },
    { text: "diagnosed 12/2004, stable", want: [["DATE", "12/2004"]] },
    { text: "last seen Dec-2004.", want: [["DATE", "Dec-2004"]] },
    { text: "graduated in '05 and again ’98.", want: [["DATE", "'05"], ["DATE", "’98"]] },
    { text: "last seen Jan '19 and March ’05.", want: [["DATE", "Jan '19"], ["DATE", "March ’05"]] },
    { text: "f/u (Tue 3/5) as planned", want: [["DATE", "Tue 3/5"]] },
    { text: "discharged on the 9th. Back since the 21st, pain", want: [["DATE", "9th"], ["DATE", "21st"]] },
    { text: "on 03/14/24 at noon", want: [["DATE", "03/14/24"]] },
    { text: "Fecha: 14/03/2024", want: [["DATE", "14/03/2024"]] },
    { text: "En el año 2009 es derivado; EN EL AÑO 2004; el caño 2009", want: [["DATE", "año 2009"], ["DATE", "AÑO 2004"], ["DATE", "2009"]] },
    { text: "visit 2024-03-14T14:30:05Z done", want: [["DATE", "2024-03-14T14:30:05Z"]] },
    { text: "When: 1984-04-27 15:25:53", want: [["DATE", "1984-04-27 15:25:53"]] },
    { text: "due Mar. 3rd, 2024 then", want: [["DATE", "Mar. 3rd, 2024"]] },
    { text: "the 14th of March", want: [["DATE", "14th of March"]] },
    { text: "since 20th Oct., 89 he", want: [["DATE", "20th Oct., 89"]] },
    { text: "2nd of Apr. was fine", want: [["DATE", "2nd of Apr"]] },
    { text: "born 14-Mar-2024", want: [["DATE", "14-Mar-2024"]] },
    { text: "born 14 MAR 24", want: [["DATE", "14 MAR 24"]] },
    // lower-case "mar"/"may" between a day and a year (stop 35): a dash before the month or a four-digit year after it
    { text: "dos: 14-mar-2097 surgeon; date: 16 mar 2097 x; seen mar-23-2097 pt; 3-may-97 ok", want: [["DATE", "14-mar-2097"], ["DATE", "16 mar 2097"], ["DATE", "mar-23-2097"], ["DATE", "3-may-97"]] },
    { text: "Monday, March 3, 2024 at 9", want: [["DATE", "Monday, March 3, 2024"]] },
    // regression: a number before a month that has its own day is not the day ("Apt 4" was merged into the date)
    { text: "Apt 4  March 3rd, 2024 ok", want: [["DATE", "March 3rd, 2024"]] },
    { text: "seen 4 March. Next", want: [["DATE", "4 March"]] },
    { text: "in mayo de 2001 y el 14 de marzo de 2024", want: [["DATE", "mayo de 2001"], ["DATE", "14 de marzo de 2024"]] },
    { text: "in April 2008 he", want: [["DATE", "April 2008"]] },
    // a year after "at" that is no clock time stays a year; a record number with a dot after an id cue stays an id
    { text: "diagnosed at 1998 and at 2075 hours", want: [["DATE", "1998"]] },
    { text: "dated 12.05.2019 and 2019/05/12", want: [["DATE", "12.05.2019"], ["DATE", "2019/05/12"]] },
    { text: "labs 03.2019 and 11-2018", want: [["DATE", "03.2019"], ["DATE", "11-2018"]] },
    { text: "seen 3/14 for follow-up", want: [["DATE", "3/14"]] },
    // a visit event before a month/day that reads like a score makes it a date
    { text: "seen 2/3 in clinic; f/u appt 3/4; follow-up on 6/7; scheduled for 1/8", want: [["DATE", "2/3"], ["DATE", "3/4"], ["DATE", "6/7"], ["DATE", "1/8"]] },
    { text: "back tomorrow (3/6); Today 3/5: afebrile", want: [["DATE", "3/6"], ["DATE", "3/5"]] },
    // a procedure, a study or an obstetric date before a month/day names when it was
    { text: "ERCP 4/4 showed stones; s/p R TKA 1/5; DEXA 3/92 T-score -2.8; LMP 3/4, EDD 12/9; return to work 1/5",
      want: [["DATE", "4/4"], ["DATE", "1/5"], ["DATE", "3/92"], ["DATE", "3/4"], ["DATE", "12/9"], ["DATE", "1/5"]] },
    // month/2-digit year after "in" or a point-in-time preposition; a leading-zero denominator is never a fraction
    { text: "In 9/92 she was admitted; since 3/68 stable", want: [["DATE", "9/92"], ["DATE", "3/68"]] },
    { text: "lap band back in 01/09 and cultures 4/09 negative", want: [["DATE", "01/09"], ["DATE", "4/09"]] },
    // month/2-digit year closing its phrase after a test or event, or in parentheses after a value; counts and titres not
    { text: "Last colonoscopy 11/98, normal. MI 3/95. PSA rose from 6.1 (4/92) to 8.8 (9/92).", want: [["DATE", "11/98"], ["DATE", "3/95"], ["DATE", "4/92"], ["DATE", "9/92"]] },
    { text: "2/45 lymph nodes positive; nodes 3/38. The patient had 3/45. ANA 1/64, titre 1/32. Vision 6/60.", want: [] },
    // date ranges: two dates, each its own finding (date shifting keeps both); a dash glued to both is no obstacle
    { text: "Hospitalized 2/2/05-2/5/05 for CHF", want: [["DATE", "2/2/05"], ["DATE", "2/5/05"]] },
    { text: "stay 03/12/2019\u201303/19/2019 at", want: [["DATE", "03/12/2019"], ["DATE", "03/19/2019"]] },
    { text: "admitted 2/2-2/5, then 1/30 - 2/3", want: [["DATE", "2/2"], ["DATE", "2/5"], ["DATE", "1/30"], ["DATE", "2/3"]] },
    { text: "seen from 3/4 to 3/9 and Tue 3/5-3/7", want: [["DATE", "3/4"], ["DATE", "3/9"], ["DATE", "Tue 3/5"], ["DATE", "3/7"]] },
    { text: "ingreso del 12/3 al 19/3", want: [["DATE", "12/3"], ["DATE", "19/3"]] },
    { text: "We'll meet Monday at noon", want: [["DATE", "Monday"]] },
    { text: "In 1998 she had surgery", want: [["DATE", "1998"]] },
    // date-shifted records put years in the 22nd century: after a year's preposition they are years
    { text: "In 2188 he had a CABG; widowed since 2152; year 2145; mid 2101", want: [["DATE", "2188"], ["DATE", "2152"], ["DATE", "2145"], ["DATE", "2101"]] },
    { text: "Lives with son since 2170. In 2130 she fell.", want: [["DATE", "2170"], ["DATE", "2130"]] },
    // a year after a prefix and a hyphen ("mid-2018"); a minus sign or another glued word before four digits is none
    { text: "Worse since mid-2018, better late-2019; pre-2010 records; MID-2018", want: [["DATE", "2018"], ["DATE", "2019"], ["DATE", "2010"], ["DATE", "2018"]] },
    { text: "K -2018 error; x-2018; the mid -2018 value", want: [] },
    { text: "😀 María nació el 2/8/1935 en Cádiz", want: [["DATE", "2/8/1935"]] },
    // holidays name a date
    { text: "fell on Christmas Eve and again on Thanksgiving", want: [["DATE", "Christmas Eve"], ["DATE", "Thanksgiving"]] },
    // year-month: a month 01-12 that cannot close a range of years, or any after a cue or "on/since"
    { text: "colonoscopy 2019-03 normal; since 2001-05 stable; Date: 2011-12", want: [["DATE", "2019-03"], ["DATE", "2001-05"], ["DATE", "2011-12"]] },
    // dots with one-digit parts after a cue or "on"; year, month and day written together after a cue or "on"
    { text: "seen on 3.5.19 and Date: 12.1.2019", want: [["DATE", "3.5.19"], ["DATE", "12.1.2019"]] },
    { text: "Date of service: 20190305; signed on 19981231.", want: [["DATE", "20190305"], ["DATE", "19981231"]] },
    // day, month abbreviation and year glued together (EHR and SAS exports); the month in capitals or capitalised
    { text: "Seen 12MAR2019 in clinic; DOB 3Mar1931.", want: [["DATE", "12MAR2019"], ["DATE", "3Mar1931"]] },
    { text: "Final diagnosis signed out 20190307; collected 3.5.19", want: [["DATE", "20190307"], ["DATE", "3.5.19"]] },
    // an ordinal day after "on the" followed by a word that opens a clause
    { text: "On the 14th she returned; on the 3rd the patient fell; since the 2nd, pain", want: [["DATE", "14th"], ["DATE", "3rd"], ["DATE", "2nd"]] },
    // a clinic visit or follow-up labels a month/day that reads like a score
    { text: "Cardiology clinic 5/10 for review; f/u 3/4; RTC 2/6", want: [["DATE", "5/10"], ["DATE", "3/4"], ["DATE", "2/6"]] },
    // a clock time before, or AM/PM after, makes a date of a month/day that is no common dose or score
    { text: "last dose 2/5 PM; read back at 21:05 9/9 by RN; at 2:30 pm 3/8 called", want: [["DATE", "2/5"], ["DATE", "9/9"], ["DATE", "3/8"]] },
    // a dated entry heading: capitalised words opening the line or a sentence, the month/day, a colon
    { text: "Exam ok.\nLabs 2/8: Na 139\nChest CT 3/2:\nclear. TSH 0.2. Echo 4/10: LVEF 55%", want: [["DATE", "2/8"], ["DATE", "3/2"], ["DATE", "4/10"]] },
    // ... in lower case one word opening the line or a sentence ("the labs 2/8:", "pain score 7/10:" stay counts)
    { text: "exam ok.\nlabs 2/8: na 139. tsh 0.2. echo 4/10: lvef 55%", want: [["DATE", "2/8"], ["DATE", "4/10"]] },
    // a weekday before the parentheses makes the numbers a day (stop 29); without it "(2/12)" stays a count
    { text: "seen last Thursday (2/12); cultures (2/12) pending; pain (7/10)", want: [["DATE", "Thursday"], ["DATE", "2/12"]] },
  ],
  AGE: [
    { text: "a 92 y/o man", want: [["AGE", "92"]] },
    { text: "a widow in her 90s; he died in his early 90's; in their mid-100s", want: [["AGE", "90s"], ["AGE", "90's"], ["AGE", "100s"]] },
    { text: "a 92yo man", want: [["AGE", "92"]] },
    // an age in apposition after a word, over 89 only
    { text: "my grandmother, 93, fell (Maria Gonzalez, 91)", want: [["AGE", "93"], ["AGE", "91"]] },
    { text: "a 92-year-old man", want: [["AGE", "92"]] },
    // the sex-letter shorthand of a note's first line
    { text: "93M with CHF. Pt is a 96yF; a 91 M with", want: [["AGE", "93"], ["AGE", "96"], ["AGE", "91"]] },
    { text: "HPI: 94F s/p fall", want: [["AGE", "94"]] },
    // an age at death written "d." in a family history (stop 29); a count or a dose after it is none
    { text: "FHx: father d. at 92 of MI; mother d. at 95. Then d. at 90 days", want: [["AGE", "92"], ["AGE", "95"]] },
    // ... and its three letters, "year-old male/female/woman/boy/girl" (stop 29; under 90 nothing without allAges)
    { text: "94 YOM with CP; a 91 yof; 92 yow, 45 YOM, 3 yob", want: [["AGE", "94"], ["AGE", "91"], ["AGE", "92"]] },
    { text: "she turned 91 last week; turning 92, she", want: [["AGE", "91"], ["AGE", "92"]] },
    { text: "He is 101 years old.", want: [["AGE", "101"]] },
    { text: "aged 92, well", want: [["AGE", "92"]] },
    { text: "Age: 95", want: [["AGE", "95"]] },
    { text: "mujer de 93 años", want: [["AGE", "93"]] },
    { text: "Edad: 91", want: [["AGE", "91"]] },
    { text: "a ninety-two year old man", want: [["AGE", "ninety-two year old"]] },
    // a spelled-out age after an age cue; "90+" before an age word
    { text: "aged ninety-one; Age: ninety-four; age of one hundred", want: [["AGE", "aged ninety-one"], ["AGE", "Age: ninety-four"], ["AGE", "age of one hundred"]] },
    // a decade over 89 in words, an age "ninety-something", and the words that say the age is over 89
    { text: "a woman in her early nineties; IN HIS LATE NINETIES", want: [["AGE", "in her early nineties"], ["AGE", "IN HIS LATE NINETIES"]] },
    { text: "a 90-something year old man; a ninety-something-year-old", want: [["AGE", "90-something year old"], ["AGE", "ninety-something-year-old"]] },
    { text: "A pleasant nonagenarian; two centenarians.", want: [["AGE", "nonagenarian"], ["AGE", "centenarians"]] },
    // over 89 after a person and "is"/"was" (or "he's"), with nothing after it that makes it a measurement
    { text: "She is 93 and lives alone. Mother, who is 97, lives with her; he's 94 now", want: [["AGE", "93"], ["AGE", "97"], ["AGE", "94"]] },
    { text: "Patient is 92, lives at home. HER HUSBAND WAS 101 WHEN HE DIED. my mom is 90.", want: [["AGE", "92"], ["AGE", "101"], ["AGE", "90"]] },
    { text: "a 90+ yo woman", want: [["AGE", "90"]] },
    { text: "mujer de noventa y dos años", want: [["AGE", "noventa y dos años"]] },
  ],
  PHONE: [
    { text: "pager 32145 if needed", want: [["PHONE", "32145"]] },
    { text: "Ext. 4-5678 or extension 32145", want: [["PHONE", "4-5678"], ["PHONE", "32145"]] },
    { text: "Beeper #4-1234.", want: [["PHONE", "4-1234"]] },
    { text: "please page 4-1234 or paged at 32145; see page 2 of 3", want: [["PHONE", "4-1234"], ["PHONE", "32145"]] },
    { text: "Call (617) 555-1234 now", want: [["PHONE", "(617) 555-1234"]] },
    { text: "at 617-555-1234.", want: [["PHONE", "617-555-1234"]] },
    { text: "at 617.555.1234 x204", want: [["PHONE", "617.555.1234 x204"]] },
    // a hyphenated hospital extension after the number stays with it (its last four digits were left in the text)
    { text: "Call 617-555-0100 x5-5678 (nurse line); office 978-555-0188, x3-0412.", want: [["PHONE", "617-555-0100 x5-5678"], ["PHONE", "978-555-0188, x3-0412"]] },
    { text: "at +1 617 555 1234", want: [["PHONE", "+1 617 555 1234"]] },
    { text: "at +1-984-182-0190 ext. 22", want: [["PHONE", "+1-984-182-0190 ext. 22"]] },
    { text: "at 345-899-3560x4587", want: [["PHONE", "345-899-3560x4587"]] },
    { text: "ring +44 20 7946 0958 today", want: [["PHONE", "+44 20 7946 0958"]] },
    { text: "ring +46 (0)8 928 571 38", want: [["PHONE", "+46 (0)8 928 571 38"]] },
    { text: "ring 0490 75 40 81", want: [["PHONE", "0490 75 40 81"]] },
    { text: "Teléfono: 948537965", want: [["PHONE", "948537965"]] },
    { text: "Tel.: 913 368 000 Email", want: [["PHONE", "913 368 000"]] },
    { text: "Pager: 555-0199 and beeper 4321987", want: [["PHONE", "555-0199"], ["PHONE", "4321987"]] },
    // a hospital extension with its 'x' ("x4-5678"); a parenthesis that does not close the area code is no part of it
    { text: "reached at x4-5678 or x12-3456.", want: [["PHONE", "x4-5678"], ["PHONE", "x12-3456"]] },
    // four or five digits after 'x' are an extension after a call word or a parenthesis
    { text: "Call Dr. Jones at x4567 (x45678); PAGER: X4321", want: [["PHONE", "x4567"], ["PHONE", "x45678"], ["PHONE", "X4321"]] },
    // a hospital's extension after its name and a comma
    { text: "Discussed with Dr. Roe at Zaidale Memorial Hospital, 6-8194, and at Pirbrook General Hospital, x79907.", want: [["PHONE", "6-8194"], ["PHONE", "x79907"]] },
    { text: "MD PAGED @ 2130 AND AGAIN AT 2145; PAGER 2130", want: [["PHONE", "2130"]] },
    // a clock time after the pager cue says when, "to" whom: the extension after it is the pager number
    { text: "Resident paged at 1945 to 4-5678; MD PAGED @ 19:45 TO 41234", want: [["PHONE", "4-5678"], ["PHONE", "41234"]] },
    { text: "nephew (602.555.0188) agrees", want: [["PHONE", "602.555.0188"]] },
    // a hospital extension right after a phone cue
    { text: "call 5-1234 or Phone: 12-3456", want: [["PHONE", "5-1234"], ["PHONE", "12-3456"]] },
    // an extension after a comma, named by a word or an x with two digits or more
    { text: "Call 617-555-0100, ext. 2 or 617-555-0101, x204.", want: [["PHONE", "617-555-0100, ext. 2"], ["PHONE", "617-555-0101, x204"]] },
    { text: "call 617-555-0100, x2 daily; 617-555-0101, #12 next", want: [["PHONE", "617-555-0100"], ["PHONE", "617-555-0101"]] },
  ],
  FAX: [
    { text: "Fax: 617-555-1235", want: [["FAX", "617-555-1235"]] },
    { text: "f: (617) 555-1235", want: [["FAX", "(617) 555-1235"]] },
    { text: "Tel 617-555-1234, Fax 617-555-1235", want: [["PHONE", "617-555-1234"], ["FAX", "617-555-1235"]] },
    { text: "07700 063 966-Fax", want: [["FAX", "07700 063 966"]] },
    { text: "Telf: 976 765553 Fax: 976379891 Email", want: [["PHONE", "976 765553"], ["FAX", "976379891"]] },
  ],
  EMAIL: [
    { text: "mail jane.doe@example.org.", want: [["EMAIL", "jane.doe@example.org"]] },
    { text: "mail john.doe [at] example [dot] com now", want: [["EMAIL", "john.doe [at] example [dot] com"]] },
    { text: "mail jdoe(at)hospital.org now", want: [["EMAIL", "jdoe(at)hospital.org"]] },
    { text: "Correo: pjusto83@gmail.com", want: [["EMAIL", "pjusto83@gmail.com"]] },
  ],
  URL: [
    { text: "see https://example.org/a?b=1.", want: [["URL", "https://example.org/a?b=1"]] },
    { text: "see www.example.com/path, ok", want: [["URL", "www.example.com/path"]] },
    { text: "see ClickPhobia.com.br today", want: [["URL", "ClickPhobia.com.br"]] },
    { text: "(http://foo.org/x)", want: [["URL", "http://foo.org/x"]] },
    // bare domains in ALL CAPS notes: a TLD of three or more letters, or any known TLD before a path
    { text: "HEP ISSUED VIA MEDBRIDGEGO.EXAMPLE.COM CODE 7XKQ2LM.", want: [["URL", "MEDBRIDGEGO.EXAMPLE.COM"]] },
    { text: "PREP INSTRUCTIONS ARE AT KP-EXAMPLE.ORG/COLONPREP. CALL", want: [["URL", "KP-EXAMPLE.ORG/COLONPREP"]] },
    { text: "PORTAL: MYCHART.PARTNERS.ORG; SEE CDC.GOV/TRAVEL AND NHS.UK/CONDITIONS", want: [["URL", "MYCHART.PARTNERS.ORG"], ["URL", "CDC.GOV/TRAVEL"], ["URL", "NHS.UK/CONDITIONS"]] },
  ],
  IP: [
    { text: "from 192.168.0.1 today", want: [["IP", "192.168.0.1"]] },
    { text: "from fe80::1 and 2001:db8::8a2e:370:7334", want: [["IP", "fe80::1"], ["IP", "2001:db8::8a2e:370:7334"]] },
    { text: "host 6e40:4041:c617:e898:c11:40d2:c669:2eb4.", want: [["IP", "6e40:4041:c617:e898:c11:40d2:c669:2eb4"]] },
    { text: "mapped ::ffff:192.0.2.128 ok", want: [["IP", "::ffff:192.0.2.128"]] },
  ],
  SSN: [
    { text: "SSN: 123-45-6789", want: [["SSN", "123-45-6789"]] },
    { text: "number 078-05-1120 on file", want: [["SSN", "078-05-1120"]] },
    { text: "social security number is 123456789", want: [["SSN", "123456789"]] },
    // the last four digits of a masked SSN, or right after an SSN cue
    { text: "SSN: XXX-XX-1234; ***-**-5678 on file; xxx-xx-9999", want: [["SSN", "XXX-XX-1234"], ["SSN", "***-**-5678"], ["SSN", "xxx-xx-9999"]] },
    { text: "last four of SSN 6789; ssn ending in 4321", want: [["SSN", "6789"], ["SSN", "4321"]] },
  ],
  IDS: [
    { text: "MRN: 00123456", want: [["MRN", "00123456"]] },
    { text: "MR# 4455667, seen", want: [["MRN", "4455667"]] },
    { text: "NHC: 2569870.", want: [["MRN", "2569870"]] },
    { text: "CIPA: nhc-739146.", want: [["MRN", "739146"]] },
    { text: "Med Rec No. A1234567", want: [["MRN", "A1234567"]] },
    { text: "NASS: 47 39047534 02.", want: [["HEALTH_PLAN", "47 39047534 02"]] },
    { text: "Member ID: XJH123456789", want: [["HEALTH_PLAN", "XJH123456789"]] },
    { text: "MBI 1EG4-TE5-MK73 on card", want: [["HEALTH_PLAN", "1EG4-TE5-MK73"]] },
    { text: "Acct #: 99887766", want: [["ACCOUNT", "99887766"]] },
    // hospital record systems' account, encounter and enterprise numbers
    { text: "FIN: 7654321 HAR 11223344 Hospital Account No. 55512345", want: [["ACCOUNT", "7654321"], ["ACCOUNT", "11223344"], ["ACCOUNT", "55512345"]] },
    { text: "CSN: 123456789; Encounter ID 88213440; EMPI: 100234567", want: [["ID", "123456789"], ["ID", "88213440"], ["MRN", "100234567"]] },
    // a letter prefix that is itself a cue ("FN", "TEL", "PH") is the identifier's, labelled by the cue before it
    { text: "Accession: FN-2022-3391; Acc #: TEL-445566; Outside case: PH-22-1234567", want: [["ID", "FN-2022-3391"], ["ID", "TEL-445566"], ["ID", "PH-22-1234567"]] },
    { text: "card 4111 1111 1111 1111 exp", want: [["ACCOUNT", "4111 1111 1111 1111"]] },
    { text: "paid with 4111111111111111.", want: [["ACCOUNT", "4111111111111111"]] },
    { text: "IBAN GB82 WEST 1234 5698 7654 32", want: [["ACCOUNT", "GB82 WEST 1234 5698 7654 32"]] },
    { text: "routing number 021000021", want: [["ACCOUNT", "021000021"]] },
    { text: "DEA AB1234563 on file", want: [["LICENSE", "AB1234563"]] },
    { text: "prescriber BB1388568", want: [["LICENSE", "BB1388568"]] },
    { text: "NPI 1234567893", want: [["LICENSE", "1234567893"]] },
    { text: "my driver's license number is F162823540116", want: [["LICENSE", "F162823540116"]] },
    { text: "Médico: Estefanía Romero NºCol: 28 28 20943.", want: [["LICENSE", "28 28 20943"]] },
    { text: "car 1HGCM82633A004352 parked", want: [["VEHICLE", "1HGCM82633A004352"]] },
    { text: "license plate 7ABC123", want: [["VEHICLE", "7ABC123"]] },
    { text: "pacemaker Serial No: PJN123456", want: [["DEVICE", "PJN123456"]] },
    { text: "UDI (01)00643169007222(17)160128(21)BLC200461H", want: [["DEVICE", "(01)00643169007222(17)160128(21)BLC200461H"]] },
    { text: "Accession #: S22-004512", want: [["ID", "S22-004512"]] },
    { text: "Episodio: 4405819.", want: [["ID", "4405819"]] },
    { text: "Boston, MA 02114-2696", want: [["ZIP", "02114-2696"]] },
    // Idaho's code is also an ID cue: after "City, " it is the state; a period after the code is no obstacle
    { text: "Boise, ID 83702 and Salem, MA. 01970", want: [["ZIP", "83702"], ["ZIP", "01970"]] },
    { text: "CP: 08005.", want: [["ZIP", "08005"]] },
    { text: "ZIP: 3520", want: [["ZIP", "3520"]] },
    { text: "Postal Code: 394 13, Sweden", want: [["ZIP", "394 13"]] },
    { text: "Postcode 1010-123 Lisboa", want: [["ZIP", "1010-123"]] },
    { text: "ZIP 02114-2696 call", want: [["ZIP", "02114-2696"]] },
    { text: "ZIP: 02114 617-555-1234", want: [["ZIP", "02114"], ["PHONE", "617-555-1234"]] },
    { text: "write to springfield il 62704 please", want: [["ZIP", "62704"]] },
    { text: "i live in springfield, il 62704", want: [["ZIP", "62704"]] },
    { text: "DICTATED BY: X   JOB #: 4471902", want: [["ID", "4471902"]] },
    { text: "Doc ID 88213-A attached", want: [["ID", "88213-A"]] },
    { text: "ID: 1234.56 and MRN: 12.345.678", want: [["ID", "1234.56"], ["MRN", "12.345.678"]] },
    // a letter prefix joined by '-' belongs to a cued identifier; the cue itself does not
    { text: "Policy # ABC-123-456", want: [["HEALTH_PLAN", "ABC-123-456"]] },
    { text: "MRN: AB-1234567", want: [["MRN", "AB-1234567"]] },
    { text: "MRN-1234567", want: [["MRN", "1234567"]] },
    // dictation footers
    { text: "BATCH: 6028\nREPORT: Q8983S44", want: [["ID", "6028"], ["ID", "Q8983S44"]] },
    { text: "eScription document: 6-6805498 RTE", want: [["ID", "6-6805498"]] },
    // record numbers alone in a '|'-delimited header cell, or digit groups alone on their line
    { text: "026624763 | FIH | 60317799 | | 4960706 | 6/19/1996 12:00:00 AM | Discharge Summary",
      want: [["ID", "026624763"], ["ID", "60317799"], ["ID", "4960706"], ["DATE", "6/19/1996"]] },
    { text: "KOTEMONES, ZELLNOI\n742-65-61\nOPERATIVE REPORT", want: [["ID", "742-65-61"]] },
    // or in a column of the header line, after two blanks or a tab, before two blanks, a tab or the line end; the last
    // group may be a check digit
    { text: "COLLINS,YVONNE E   406-71-39-2      VISIT DATE: 11/27/84\nDOE,J\t55-120-33-4",
      want: [["ID", "406-71-39-2"], ["DATE", "11/27/84"], ["ID", "55-120-33-4"]] },
    // a range or a series in prose, fewer than 7 digits in a column, a check digit in the middle: none
    { text: "titrate 100-200-300-400 mg; grades  10-20-3  ok;  12-3-45-67  x", want: [] },
    // the stacked header of a discharge summary: numbers alone on their lines, the first before the hospital's name;
    // the date keeps no clock time
    // (stop 55, id55: the number before the hospital's code on the header's first line is the record's, MRN; was ID)
    { text: "881203457 FMC\n2047715\n52163/3B1X\n4/9/1998 12:00:00 AM\nDISCHARGE SUMMARY",
      want: [["MRN", "881203457"], ["ID", "2047715"], ["ID", "52163/3B1X"], ["DATE", "4/9/1998"]] },
    { text: "009348121 ST. BRENDAN'S\n7730912\nADMISSION DATE: 11/02/2003", want: [["ID", "009348121"], ["ID", "7730912"], ["DATE", "11/02/2003"]] },
    // (stop 35) the same header lower-cased: a lower-case code after the number on the text's first line only
    { text: "552019883 pumc\n08112945\n730415\ndischarge summary", want: [["ID", "552019883"], ["ID", "08112945"], ["ID", "730415"]] },
    { text: "heparin drip\n1000000 units\nsodium 138", want: [] },
    // a postcode alone under a line ending in a state or province code is the address's, not a record number
    { text: "Toronto\n, ON\n 82269\nSMITH, JOHN\n12345", want: [["ZIP", "82269"], ["ID", "12345"]] },
    // doses and lab values on their own lines are no record numbers (a word after, or too few digits)
    { text: "HEPARIN\n100000 UNITS\n5000\nSODIUM 138\n12 MG DAILY\nWBC\n12.5", want: [] },
    // a number sign before 5+ digits; instrument sizes and tags are too short or glued to a word
    // (BWH is a hospital of the well-known list, found without the name detector as an automaton term)
    // (stop 55, id55: the number after a hospital's initialism and '#' is its chart number, MRN; was ID)
    { text: "Seen at BWH # 12345678; Colleen M.  #0098823; #10 blade, #2-0 Vicryl, abc#12345, (#44120)",
      want: [["LOCATION", "BWH"], ["MRN", "12345678"], ["ID", "0098823"], ["ID", "44120"]] },
    // (stop 29) a record label glued to its '#' ("BH# 4551289", "CAMC#7781234", "Unit# 455128"); a tag or path in lower
    // case stays out ("abc#12345", "note#123456")
    { text: "BH# 4551289; CAMC#7781234; Unit# 455128; abc#12345, see note#123456", want: [["ID", "4551289"], ["ID", "7781234"], ["ID", "455128"]] },
    // a clock time after a numeric date is not part of it (only the year-first ISO datetime keeps its time)
    { text: "Signed 10/03/2089 15:22; TD: 11/20/03 9:14 A; at 2024-03-14 14:30:05", want: [["DATE", "10/03/2089"], ["DATE", "11/20/03"], ["DATE", "2024-03-14 14:30:05"]] },
    // report and portal cues
    { text: "Acc#: RAD-2291774  CLIA 20D0987654  username blindgren47", want: [["ID", "RAD-2291774"], ["ID", "20D0987654"], ["ID", "blindgren47"]] },
    // EMS run sheets, police, pharmacies, prior authorisations, receipts and military records (fixture 5's round)
    { text: "Run #: 24-118093  INCIDENT 2091-558120  badge 4471  Rite Aid store 10488  auth # PA93-7718204  receipt R-0049127  service number RA18447190",
      want: [["ID", "24-118093"], ["ID", "2091-558120"], ["ID", "4471"], ["LOCATION", "Rite Aid"], ["ID", "10488"], ["ID", "PA93-7718204"], ["ID", "R-0049127"], ["ID", "RA18447190"]] },
    // a pathology case by its label alone, ours or an outside lab's, and an electronic prior authorisation's key
    // (fixture 7's round)
    { text: "Outside case: S23-0411  Path case: CC22-1187  Case #: 22-1187  CMM key: BXT7KQ2M",
      want: [["ID", "S23-0411"], ["ID", "CC22-1187"], ["ID", "22-1187"], ["ID", "BXT7KQ2M"]] },
    // a court's docket in legal letters and evaluations (stop 29: "2093-CV-01174" starts with digits, so no shape rule
    // takes it; "docket" alone was no cue)
    { text: "re: docket 2093-CV-01174; Docket No. 24-1187; Court File No: CV-2091-0042",
      want: [["ID", "2093-CV-01174"], ["ID", "24-1187"], ["ID", "CV-2091-0042"]] },
    // reference and tracking numbers, research participants and kits, pathology cases by their service (stop 23)
    { text: "Reference #: UM-24-5512093  Tracking No. 1Z99X0 0417  Subject # 021-118  Kit # K-2201  SURG PATH S24-118830  voucher #HCV-2024-11873",
      want: [["ID", "UM-24-5512093"], ["ID", "1Z99X0 0417"], ["ID", "021-118"], ["ID", "K-2201"], ["ID", "S24-118830"], ["ID", "HCV-2024-11873"]] },
    // a user name joined to its digits by '_' belongs to the identifier, back to the cue at most
    { text: "Portal user id: soreilly_2291  ID: a_b_12345", want: [["ID", "soreilly_2291"], ["ID", "a_b_12345"]] },
    // a number alone between carets, the field separator of HL7-style record lines
    { text: "EDVISIT^88223412^WHITE, BRADLEY^03/18/81", want: [["ID", "88223412"], ["DATE", "03/18/81"]] },
  ],
};

/** Hard negatives: text that looks like an identifier and is not one. */
const negatives: Array<{ text: string; not?: EntityType[] }> = [
  { text: "Take 1/2 tab twice a day" },
  // lab reference ranges and case reports: no identifier cue opens them
  { text: "Na 140 (ref 135-145), K 4.1 (Reference: 3.5-5.1); Case: 45-year-old man; case 2: 1200 mL", not: ["ID"] },
  { text: "BP 120/80, HR 72" },
  // "may"/"mar" in lower case between numbers that are doses, not a day and a year
  { text: "you may take 2 may 10 mg; 4 may 2000 units; 3 mar 12 tabs", not: ["DATE"] },
  // sentences run together without their space in ALL CAPS end in a two-letter code, never a path; mixed-case TLDs
  { text: "VITALS STABLE.NO FEVER. DISCHARGED HOME.IN AM WILL CALL.ME LATER; Home.Com", not: ["URL"] },
  { text: "seen 2/3 of the time; DOB: 1/2 tab; today she took 1/2 tab", not: ["DATE"] },
  { text: "MRI 3/4 of lesions enhance; cultures 4/4 bottles; strength 4/5; murmur 2/6; pain 7/10", not: ["DATE"] },
  // temperatures in Fahrenheit after a temperature label, or in a phrase that no age opens
  { text: "T 99F, Tmax: 101 F, Temp: 99 F; fever to 101F; temperature is 99 F", not: ["AGE"] },
  { text: "the patient was turned 90 degrees; turned 95%; turned 90° to the left", not: ["AGE"] },
  // ranges of scores, grades and fractions: the same denominator twice, units, "of", decreasing pairs
  { text: "strength 4/5-5/5 in the legs, murmur 2/6-3/6, pain 3/10-5/10", not: ["DATE"] },
  { text: "take 1/2-1/4 tab; a 1/2-3/4 inch cut; 1/3-1/2 of the liver", not: ["DATE"] },
  { text: "from 3/5 to 4/5 strength; grade 2/4 to 3/4; reflexes 1/4-2/4", not: ["DATE"] },
  { text: "strength 4/5 in the left arm, 5/5 on the right" },
  { text: "pain 7/10 today" },
  // the run, store, incident and authorisation cues want four digits: counts and times after them are words
  { text: "Store at 2-8 C; store 2 weeks. Incident 2 weeks ago; ran 3 miles. Prior auth x2.", not: ["ID", "PHONE"] },
  // "case" in prose, and a case's small number, are no record numbers
  { text: "Case 2 of 3 was discussed. In case 4 fails, call. Just in case. CASE 1: A 45 yo man. Case 3A. During the case about 3600 mL of blood was lost.", not: ["ID"] },
  { text: "sats 88, 92, 95; HR 92, RR 18; the patient, 45, walked", not: ["AGE"] },
  { text: "NURSING NOTE 0700-1900; night shift 1900-0700 uneventful", not: ["PHONE"] },
  { text: "positive in 3/40 patients, in 3/68 of them, in 5/50; ratio 3/68", not: ["DATE"] },
  { text: "height 5'10\" and rock'n'roll, O'05x" },
  { text: "Pager: see list. Glucose 12345 and 4-1234 later", not: ["PHONE"] },
  { text: "improved from 3/5 to 4/5 strength" },
  { text: "started on 1/2 tab daily" },
  // doses and scores stay fractions beside a clock time or AM/PM
  { text: "take 1/2 PM and 3/4 AM; pain 3/10 at 14:00 4/10 later; at 10:30 1/2 given", not: ["DATE"] },
  { text: "Exam:\nMotor 4/5: weak grip\nPain score 7/10: severe\nthe labs 2/8: Na 139; 1/2: tab", not: ["DATE"] },
  { text: "positive on 2/2 blood cultures" },
  { text: "knee extension 4/5, extension 30 degrees and flexion 120" },
  { text: "O2 sats in the 90s, SBP in the 90s, HR 90s; in her 80s", not: ["AGE"] },
  { text: "admitted on the 2nd floor; by the 3rd attempt; strength 3/5 on exam" },
  { text: "on the 3rd of 4 cycles; on the 5th postoperative day; on the 2nd try", not: ["DATE"] },
  // versions with one-digit parts; 8 digits without a cue; a range of years; a month 13
  { text: "upgraded to 3.5.19 today; specimen 20190305 received; in 2001-05 and 2019-13", not: ["DATE"] },
  // not a calendar date, lower case, or a longer run after the year
  { text: "code 31FEB2019 and 12mar2019 and 12MAR20195", not: ["DATE"] },
  { text: "paged at 1945, then called 4-5678 later; paged at 1945 for 4-5678", not: ["PHONE"] },
  { text: "call 2-3 times a day; phone 5-12345; 2+ years; a 2+ pulse", not: ["PHONE", "AGE"] },
  { text: "value 3.2019 and 1.2019 mg; ^12^ and 12345^", not: ["DATE", "ID"] },
  { text: "ninety-one percent; ninety two patients; over ninety", not: ["AGE"] },
  { text: "music of the nineties; in the early nineties; the 90-something percent; a centenary", not: ["AGE"] },
  { text: "Her sat is 93 on RA. HR is 95. She is 99% sure; she is 93.5 kg; pt is 95/60; he is 98 degrees; she is 89 and well; who is 92 mg", not: ["AGE"] },
  { text: "dilution 1/2000 and 12/2004 mg, titre 1/2048" },
  { text: "ratio 3:1 and 1:10000 dilution" },
  { text: "upgraded to v1.2.3 and 10.4.2" },
  { text: "at 14:30 and again at 9:15" },
  { text: "invalid dates 2/30/2020 and 13/13/2020 and 2021-02-29" },
  { text: "cefepime 2000 mg/12 h" },
  { text: "output 1500-2000 ml/día and 800-1000 ml" },
  { text: "SSN-like 000-12-3456 666-12-3456 912-34-5678 123-00-4567 123-45-0000", not: ["SSN"] },
  { text: "paid 4111 1111 1111 1112 yesterday", not: ["ACCOUNT"] },
  // a myocardial perfusion study is no master patient index: its year stays a date
  { text: "Nuclear MPI 2019 showed no ischemia", not: ["MRN", "ID"] },
  { text: "FN-2022 was fine; DOB FN-12", not: ["MRN", "ID"] },
  { text: "nine digits 123456789 alone", not: ["SSN"] },
  // a clock time after "at" near a date cue ("seen", "f/u") is no year
  { text: "Seen at 1930. Recs f/u. CT done at 1900, repeat @ 2100.", not: ["DATE"] },
  { text: "SSN on file; 1234 is the claim. AXXX-XX-1234, XXX-XX-12345, codes XX-XX-1234, ABC-DE-1234", not: ["SSN"] },
  { text: "prescriber AB1234564", not: ["LICENSE"] },
  { text: "car 1HGCM82633A004353", not: ["VEHICLE"] },
  { text: "code 02114 with no address", not: ["ZIP"] },
  { text: "ZIP 12 and 123", not: ["ZIP"] },
  { text: "either 20000 or 30000 in 12345 cells, ok 45678", not: ["ZIP"] },
  { text: "platelets 2 il 12345", not: ["ZIP"] },
  { text: "e.g. i.e. etc. Dr.Smith report.pdf" },
  { text: "a 45 year old woman and a 72yo man" },
  { text: "Hemoglobina 9,4 g/dL, y 22.500 leucocitos" },
  { text: "Avda. Manuel Siurot S/N. E-41013. Sevilla" , not: ["DEVICE"] },
  { text: "lab value 5.5, 120 mg, 1.25 mmol/L, grade 3/4 toxicity" },
  // no extension without its 'x' shape, no record field outside a cell or a line of its own
  { text: "Lasix x2-3 days, x10000 magnification, x4 doses, 4-5678 alone", not: ["PHONE"] },
  { text: "Report Status: Signed | Batch size | 12 | 3 of 4", not: ["ID"] },
  { text: "platelets 150000 | WBC 12.4\nwalked 12-15-20 feet\nsets 10-12-14 reps today", not: ["ID"] },
  // a vital sign or lab value after an "ID:" (infectious disease) header is a measurement, not a record number
  { text: "ID: TMAX 101.2, WBC 14.5. ID: afebrile, T 38.5", not: ["ID"] },
  // a 24-hour clock time after "at" or '@' is no year
  { text: "magnified x1000, then x4567 cells; Lasix x2000 ml", not: ["PHONE"] },
  { text: "Seen at the clinic, 3-4 days ago; Health Center, 1-2000 mg; Hospital, 12-2024 admission", not: ["PHONE"] },
  { text: "NEXT DOSE DUE AT 2000. Heparin @ 1930, lasix at 0800 and at 1900", not: ["DATE"] },
  // a 22nd-century number without a year's preposition, or one that reads as a clock time, is no year
  { text: "Total 2150 today; 2188 recorded; visit until 2100; asleep since 2130; awake from 2115 to 2300; since 2140: quiet; in 2150 mL; at 2145", not: ["DATE"] },
  { text: "IN 2200 HE WAS SEEN; SINCE 2230 NPO; 2199 UNITS", not: ["DATE"] },
];

describe("scanners: positives (exact findings)", () => {
  for (const [family, cases] of Object.entries(positives)) {
    for (const c of cases) {
      it(`${family}: ${c.text}`, () => {
        expect(got(engines.wasm, c.text)).toEqual(c.want);
      });
    }
  }
});

describe("scanners: hard negatives", () => {
  for (const n of negatives) {
    it(n.text, () => {
      const found = engines.wasm.find(n.text);
      if (n.not) expect(found.filter((f) => n.not!.includes(f.type))).toEqual([]);
      else expect(found).toEqual([]);
    });
  }
});

describe("scanners: findings carry score and reason", () => {
  const table: Array<[string, string]> = [
    ["SSN: 123-45-6789", "cue:ssn"],
    ["number 078-05-1120", "validator:ssn"],
    ["paid with 4111111111111111.", "validator:luhn"],
    ["IBAN GB82WEST12345698765432", "validator:iban-mod97"],
    ["car 1HGCM82633A004352", "validator:vin"],
    ["prescriber AB1234563", "validator:dea"],
    ["MRN: 00123456", "cue:mrn"],
    ["Fax: 617-555-1235", "cue:fax"],
    ["Labs 3/14/2024.", "validator:calendar"],
    ["Seen 3/14/2024.", "cue:date"],
    ["In 1998", "format:year"],
    ["mail a@b.org", "format:email"],
  ];
  for (const [text, reason] of table) {
    it(`${text} -> ${reason}`, () => {
      const f = engines.wasm.find(text);
      expect(f).toHaveLength(1);
      expect(f[0]!.reason).toBe(reason);
      expect(f[0]!.score).toBeGreaterThan(0);
      expect(f[0]!.score).toBeLessThanOrEqual(1);
      expect(f[0]!.source).toBe("scanner");
    });
  }
  it("bare years score below the default threshold's neighbours and can be dropped by threshold", () => {
    const r = createRedactorSync({ threshold: 0.45 });
    expect(r.find("In 1998 she was seen 3/14/2024").map((f) => f.text)).toEqual(["3/14/2024"]);
  });
});

describe("scanners: cues", () => {
  const table: Array<[string, string[]]> = [
    // a cue enables an ambiguous candidate only when it labels it
    ["DOB: 1/2 at home", ["DOB: 1/2"]],
    ["DOB 01-02-1950; pain 2/3 today", ["01-02-1950"]],
    ["SSN 123456789", ["123456789"]],
    ["SSN on file; 123456789 is the claim", []],
    ["MRN 7654321", ["7654321"]],
    ["MRN was reviewed with the family and 7654321", []],
    // a unit is not a label: "g/dL" is not a driver's licence cue
    ["Hb 9,4 g/dL, 22.500 leucocitos", []],
    // a phone cue names the type within its window; across a line break only as a label
    ["Fax:\n617-555-1235", ["617-555-1235"]],
    ["617-555-1234 fax\n617-555-1299 mobile", ["617-555-1234", "617-555-1299"]],
  ];
  for (const [text, want] of table) {
    it(JSON.stringify(text), () => {
      const found = engines.wasm.find(text).map((f) => (f.text === "1/2" ? `DOB: ${f.text}` : f.text));
      expect(found).toEqual(want);
    });
  }
  it("types from cues", () => {
    expect(engines.wasm.find("Fax:\n617-555-1235")[0]!.type).toBe("FAX");
    expect(engines.wasm.find("617-555-1234 fax\n617-555-1299 mobile").map((f) => f.type)).toEqual(["FAX", "PHONE"]);
  });
});

describe("scanners: options", () => {
  it("ages of 89 or less only with allAges", () => {
    expect(engines.wasm.find("a 45 year old and a 92 year old")).toHaveLength(1);
    const all = createRedactorSync({ allAges: true });
    expect(all.find("a 45 year old and a 92 year old").map((f) => f.text)).toEqual(["45", "92"]);
  });
  it("entities enable and disable scanners", () => {
    const text = "SSN 123-45-6789, call 617-555-1234 on 3/14/2024";
    const only = createRedactorSync({ entities: ["PHONE"] });
    expect(only.find(text).map((f) => f.type)).toEqual(["PHONE"]);
    const none = createRedactorSync({ entities: ["NAME"] });
    expect(none.find(text)).toEqual([]);
  });
  it("every scanner entity is a known type and the window is declared", () => {
    for (const s of SCANNERS) for (const e of s.entities) expect(ENTITY_TYPES).toContain(e);
    expect(MAX_SCANNER_WINDOW).toBeGreaterThanOrEqual(128);
    const langs = new Set(CUE_LISTS.map((c) => c.lang));
    expect(langs).toEqual(new Set(["en", "es"]));
  });
  it("rejects a non-boolean allAges", () => {
    expect(() => createRedactorSync({ allAges: "yes" as unknown as boolean })).toThrow(/allAges/);
  });
});

describe("scanners: WASM and JS engines agree", () => {
  const texts = [
    ...Object.values(positives).flat().map((c) => c.text),
    ...negatives.map((n) => n.text),
    Object.values(positives).flat().map((c) => c.text).join(" 😀 \n"),
  ];
  it("identical findings on every table text", () => {
    for (const t of texts) expect(engines.js.find(t)).toEqual(engines.wasm.find(t));
  });
});
