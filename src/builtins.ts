// Why this file exists: the registry of built-in detectors: which structured scanners serve which entity types, and
// the built-in dictionaries merged into every automaton. Later detectors register here, nowhere else.

import type { EntityType } from "./types.js";
import {
  CUE_ACCOUNT, CUE_AGE, CUE_CARD, CUE_DATE, CUE_DEVICE, CUE_FAX, CUE_HEALTH_PLAN, CUE_ID, CUE_LICENSE, CUE_MRN, CUE_NPI,
  CUE_PAGER, CUE_PHONE, CUE_ROUTING, CUE_SSN, CUE_VEHICLE, CUE_ZIP, MAX_SCANNER_WINDOW as CORE_MAX_SCANNER_WINDOW,
  SCAN_AGE, SCAN_ALL_AGES, SCAN_DATE, SCAN_EMAIL, SCAN_NAMES, SCAN_IDS, SCAN_IP, SCAN_PHONE, SCAN_SSN, SCAN_URL, SCAN_ZIP,
} from "./wasm/abi.js";

/** A structured scanner in the core: its enable bit and the entity types it can report. */
export interface ScannerSpec {
  readonly bit: number;
  readonly name: string;
  readonly entities: readonly EntityType[];
}

export const SCANNERS: readonly ScannerSpec[] = [
  { bit: SCAN_EMAIL, name: "email", entities: ["EMAIL"] },
  { bit: SCAN_URL, name: "url", entities: ["URL"] },
  { bit: SCAN_IP, name: "ip", entities: ["IP"] },
  { bit: SCAN_DATE, name: "date", entities: ["DATE"] },
  { bit: SCAN_AGE, name: "age", entities: ["AGE"] },
  { bit: SCAN_PHONE, name: "phone", entities: ["PHONE", "FAX"] },
  { bit: SCAN_SSN, name: "ssn", entities: ["SSN"] },
  { bit: SCAN_IDS, name: "ids", entities: ["MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "ID"] },
  { bit: SCAN_ZIP, name: "zip", entities: ["ZIP"] },
  { bit: SCAN_NAMES, name: "names", entities: ["NAME", "LOCATION"] },
];

/**
 * Bytes of context any name/place decision depends on, before and after the decided span (assembly/names/detect.ts):
 * decisions look at most 6 tokens behind and 3 ahead, and the case style (ALL CAPS, lower case or mixed) is judged
 * over 48 tokens behind and 3 ahead; a token is at most 64 bytes and a gap of more than 64 bytes cuts the context.
 * So 52 x 128 bytes bound it: a streaming caller that keeps MAX_NAME_WINDOW bytes on each side of a chunk boundary
 * gets the batch results.
 */
export const MAX_NAME_WINDOW = 8192;

/**
 * Bytes of context any structured scanner reads around its candidate (cue look-behind plus the longest candidate and
 * look-ahead). A streaming caller that holds back this many bytes at a chunk edge finds what a one-shot scan finds.
 */
export const MAX_SCANNER_WINDOW: number = CORE_MAX_SCANNER_WINDOW;

/** Scanner mask for a set of enabled entity types (`allAges`: report ages of 89 or less too). */
export function scannerMask(enabled: ReadonlySet<EntityType>, allAges = false): number {
  let mask = 0;
  for (const s of SCANNERS) if (s.entities.some((e) => enabled.has(e))) mask |= s.bit;
  if (allAges) mask |= SCAN_ALL_AGES;
  return mask;
}

/**
 * A list of context cue words with the cue id the core's scanners ask for (assembly/abi.ts CUE_*). Cues are compiled
 * into the same automaton as the dictionaries (entity code ENTITY_CUE), so they cost no second pass.
 */
export interface CueList {
  readonly id: number;
  /** BCP 47 language of the terms ("en", "es"...): cues are per language. */
  readonly lang: string;
  readonly terms: readonly string[];
  /** Require word boundaries (default true). */
  readonly wordBoundary?: boolean;
  /** Scanner bits (SCAN_*) that read this cue: the list is compiled only when one of them is enabled (default: always). */
  readonly scanners?: number;
}

/**
 * Cue words of the structured scanners, per language. A cue enables a candidate that is too ambiguous alone (nine bare
 * digits after "SSN", a record number after "MRN"/"NHC", a ZIP after "CP") and names its type (a number after "Fax" is
 * a FAX). Matching is ASCII-case-insensitive with word boundaries; non-ASCII letters are listed in each case needed.
 */
const SCANNER_CUES: readonly CueList[] = [
  { id: CUE_MRN, lang: "en", terms: [
    "MRN", "MRN#", "MR#", "MR #", "MR no", "MR number", "Med Rec", "Med Rec No", "Med Rec #", "Medical Record",
    // (stop 59, fy59) the plural before two charts, twins' or a mother's and her baby's ("MRNs SUSD-N-6641201/SUSD-N-6641202")
    "MRNs",
    "Medical Record No", "Medical Record Number", "Medical Record #", "Record No", "Record Number", "Record #",
    // (stop 61, ni61) the plural, as jail and shelter notes write the records office's number ("Medical records #
    // ADL-99-204718", "Records # STFRC-99-30471"; the ID rule after '#' took it untyped)
    "Medical Records #", "Medical Records No", "Medical Records Number", "Records #", "Records No",
    "Unit No", "Unit Number", "Unit #", "Hospital No", "Hospital Number", "Hospital #", "Patient ID", "Pt ID",
    "Patient No", "Patient Number", "Chart No", "Chart Number", "Chart #", "Hosp No",
    // the enterprise-wide patient number of hospital record systems ("EMPI: 100234567"; not "MPI", also a
    // myocardial perfusion study: "MPI 2019 showed no ischemia")
    "EMPI", "EMPI#", "EMPI #", "Enterprise ID",
    // (clinical round 24) the VA's integration control number, its patient number across facilities ("ICN
    // 1017734291V448210"; the cued rule wants digits, so "ICN consult" takes nothing)
    "ICN", "ICN#", "ICN #",
    // (stop 40) a hospital's record number and a clinic's chart ("HRN SR-118204", "chart CHN-204417"; "chart" alone
    // labels only a value right after it, bareWordCue in assembly/scanners/dispatch.ts)
    "HRN", "HRN#", "HRN #", "Chart",
    // (stop 44, id44) a patient's and a clinic's number after '#' ("(patient # 8-044-718)", "clinic # 7-447-182")
    "Patient #", "Pt #", "Clinic #", "Clinic No"] },
  { id: CUE_MRN, lang: "es", terms: [
    "NHC", "N.H.C.", "Nº historia", "Nº de historia", "número de historia", "numero de historia", "historia clínica",
    "historia clinica", "HISTORIA CLÍNICA", "nº HC", "CIPA"] },
  { id: CUE_ID, lang: "en", terms: [
    "ID", "ID#", "ID #", "ID no", "identifier", "Accession", "Accession No", "Accession Number", "Accession #",
    "Specimen", "Specimen No", "Specimen ID", "Specimen #", "Claim", "Claim No", "Claim Number", "Claim #",
    "Encounter", "Encounter No", "Encounter Number", "Encounter #", "Visit No", "Visit Number", "Visit #",
    "Case No", "Case Number", "Case #", "Order No", "Order Number", "Order #", "Study ID", "Requisition",
    // (stop 29) a court's docket in legal letters and evaluations ("docket 2093-CV-01174", "Docket No. 24-1187")
    "Docket", "Docket No", "Docket Number", "Docket #", "Court File No", "Court File Number",
    // (stop 30) a civil action's and a warrant's numbers ("Civil Action No. 2093-CV-01174", "Search warrant #62-SW-96-1188")
    "Civil Action No", "Civil Action Number", "Action No", "Warrant", "Warrant No", "Warrant #", "Search warrant",
    "Requisition No", "Reference No", "Ref No", "Ref #", "Passport", "Passport No", "Passport Number",
    // transcription and report footers ("JOB #: 4471902", "Doc ID 88213")
    "Job", "Job No", "Job Number", "Job #", "Job ID", "Document ID", "Document No", "Doc ID", "Doc No", "Doc #", "Doc#",
    "Dictation ID", "Transcription ID", "Report No", "Report Number", "Report #", "Report ID", "Lab No", "Lab #",
    "Lab ID", "Confirmation No", "Confirmation Number", "Confirmation #", "Ticket No", "Ticket #",
    // dictation footers of hospital records ("BATCH: 1234", "REPORT: K1234L56", "eScription document: 3-1234567")
    "Batch", "Batch No", "Batch #", "Report", "Index No", "Document", "Document #",
    // report headers and portals ("Acc#: RAD-2291774", "CLIA 20D0987654", "username jdoe47")
    "Acc", "Acc#", "Acc #", "Acc No", "Accession#", "CLIA", "CLIA #", "CLIA No", "Username", "User name", "User ID",
    "Userid", "Login", "Login ID",
    // EMS run sheets, police, pharmacies, prior authorisations, receipts and military records ("Run #: 24-118093",
    // "INCIDENT 2091-558120", "badge 4471", "STORE 10488", "auth # PA93-7718204", "service number RA18447190")
    "Run #", "Run No", "Run Number", "PCR #", "PCR No", "Incident", "Incident #", "Incident No", "Incident Number",
    "Badge", "Badge #", "Badge No", "Store", "Store #", "Store No", "Store Number", "Auth", "Auth #", "Auth No",
    "Authorization", "Authorization #", "Authorization No", "Authorization Number", "Receipt", "Receipt #",
    "Receipt No", "Service Number", "Service No", "Service #",
    // encounter numbers of hospital record systems ("CSN: 123456789", the contact serial number; "Encounter ID")
    "CSN", "CSN#", "CSN #", "Contact Serial Number", "Encounter ID", "Enc #", "Enc No", "Visit ID", "Admission No",
    "Admission Number", "Adm No", "Adm #",
    // pathology cases, ours and an outside lab's ("Outside case: S23-0411", "Path case: CC22-1187"; "case" alone is
    // an operation's: "during the case about 3600 mL"), and the key of an electronic prior authorisation ("CMM key:
    // B4XJ9KLP")
    "Outside Case", "Path Case", "Pathology Case", "Our Case", "CMM Key", "CoverMyMeds Key", "PA Key",
    // transport and booking confirmations, blood bank specimens ("CONF # SS99102", "BLOOD BANK # BB2503060447")
    "Conf #", "Conf No", "Confirmation", "Blood Bank #", "Blood Bank No", "Blood Bank ID", "BB #",
    // insurers' and agencies' reference and tracking numbers, research participants and kits, pathology cases by
    // their service ("Reference #: UM-24-5512093", "Subject # 021-118", "Kit # K-2201", "Surg Path S24-118830"; not
    // "Ref" or "Reference" alone, which open lab reference ranges: "Na 140 (ref 135-145)", nor "Case:" alone, which
    // opens a case report: "Case: 45-year-old man")
    "Reference #", "Reference Number", "Reference ID", "Ref Number", "Ref ID", "Our Reference", "Your Reference",
    "Tracking #", "Tracking No", "Tracking Number", "Tracking ID",
    // (stop 40) a courier's waybill after "tracking" alone ("by FedEx tracking 7741 2208 9930": bareWordCue in
    // assembly/scanners/dispatch.ts; "FedEx tracking" would take the courier's name, an organisation, into the cue)
    "Tracking", "Case ID", "Case Reference", "Subject #",
    "Subject No", "Subject Number", "Participant ID", "Participant #", "Participant No", "Participant Number",
    "Kit #", "Kit No", "Kit Number", "Kit ID", "Surg Path", "Surgical Path", "Surgical Pathology", "Path #",
    "Path No", "Pathology #", "Pathology No", "Cytology #", "Cytology No", "Voucher #", "Voucher No",
    "Application #", "Application No", "Application Number",
    // (ids14) a research subject and a study kit by their number alone ("Subject 017-044", "study drug kit K-3391";
    // the number must follow at once: "subject to change", "Narcan kit given" take nothing)
    "Subject", "Kit",
    // (stop 59, fx59) a participant's id in the NIH networks' visit notes (HPTN, ACTG, IMPAACT: "PTID 315-78-0441-2")
    "PTID", "PTID #", "PTID No",
    // (orgs15) a pharmacy's store number after "Pharmacy" or "CVS" and '#' ("CVS #2179", "INGLES PHARMACY #4471"; with
    // the '#' only: "pharmacy 24 hours" takes nothing). Not after a brand the organisation list holds ("Walgreens #07512"
    // is scanRecordField's): the longer cue would hide the brand's dictionary finding.
    "Pharmacy #", "Pharmacy No", "CVS #",
    // (clinical round 18) a pharmacy's prescription number, a pharmacy claim's BIN, an immigrant's alien registration
    // number ("RX#: H7702193", "Rx No. 6620184", "BIN 610591", "A-number: A-219-884-031"; the cued rule still needs
    // four digits, so "bin 2" and "Rx 1" take nothing)
    "Rx #", "Rx#", "Rx No", "Rx Number", "Prescription #", "Prescription No", "Prescription Number", "BIN", "BIN #",
    "A-number", "A-number #", "A#", "Alien Number", "Alien Registration Number", "Alien #", "USCIS #", "USCIS Number",
    // (clinical round 19) a research site's number, a drug test's custody and control form, a card's last digits
    // ("Site #0417", "CCF #B0071193", "ClinCard ending 4410", "card ending in 0912"; the cued rule's four digits keep
    // "Site #2: sacrum" out; not "ending in" alone, which the SSN's last four take: "ssn ending in 4321")
    "Site #", "Site No", "Site Number", "CCF", "CCF #", "CCF No", "card ending", "card ending in", "ClinCard ending",
    // (clinical round 23) a transplant candidate's and a donor's registry numbers ("UNOS TXF9271", "UNOS ID: XQR4418",
    // "Donor ID AGAF412"; the cued rule's digits keep "UNOS status 1A" and "donor #1" out)
    "UNOS", "UNOS ID", "UNOS #", "UNOS No", "Donor ID", "Donor #", "Donor No", "Donor Number",
    // (clinical round 24) a state court's cause number in forensic evaluations, a portal's activation code on discharge
    // papers ("Cause No. 97-1-00418-27", "MYCHART ACTIVATION CODE: 7K4QX-2M8PD-HH91T")
    "Cause No", "Cause Number", "Cause #", "Activation Code",
    // (clinical round 25) a lab requisition's short label, an air ambulance's tail number and an airline booking's record
    // locator ("CYTOLOGY SENT TO QUEST (REQ Q5581207)", "N-NUMBER N417AL", "PNR XQ7KLM"; the cued rule's digits keep
    // "O2 req 2L" out)
    "Req", "Req #", "Req#", "Req No", "Tail Number", "Tail #", "N-Number", "PNR", "PNR #",
    // (clinical round 27) a criminal case's indictment, a ship's or a hotel's guest folio, an employer's number for its
    // employee and a research screening number ("INDICTMENT NO. 98-CR-00417", "FOLIO 44120877", "EMPLOYEE ID E-04418",
    // "screening # S-114"; the cued rule's digits keep "screening 2 of 3" out)
    "Indictment", "Indictment No", "Indictment Number", "Indictment #", "Folio", "Folio #", "Folio No", "Guest Folio",
    "Employee ID", "Employee #", "Employee No", "Employee Number", "Emp ID", "Emp #", "Screening #", "Screening No",
    "Screening Number", "Screening ID",
    // (clinical round 28) a provider's number with a federal programme or a hospice ("DOL PROVIDER # WV-DOL-5520",
    // "Provider No. 45-1887"), a court's number after the court's name ("PERRY CIRCUIT COURT NO. 98-CI-00441"), the
    // Social Security Administration's request ID on a consultative examination ("RQID T44120887"); the cued rule's
    // digits keep "provider #2 of 3" and "court no longer" out
    "Provider #", "Provider No", "Provider Number", "Court No", "Court Number", "Court #", "RQID", "RQ ID",
    // (stop 38, clinical round 29) an air ambulance's aircraft by its registration, an airline booking's reference, a
    // fishing vessel's or a boat's number and an eye or tissue bank's tissue IDs ("AIRCRAFT N447CA (BELL 407)",
    // "BOOKING REF HX7K2Q", "F/V AK-4471-SK", "tissue IDs RS99-0227-OD"; the cued rule's digits keep "aircraft 2 of 3"
    // and "tissue ID pending" out)
    "Aircraft", "Aircraft #", "Aircraft No", "Aircraft ID", "Booking Ref", "Booking Reference", "Booking #",
    "Booking No", "Record Locator", "F/V", "Vessel #", "Vessel No", "Vessel ID", "Hull #", "Hull No", "Hull Number",
    "Tissue ID", "Tissue IDs", "Tissue #",
    // (stop 40, clinical round 31, fx28) a transport broker's trip, a tribe's enrolment, a safety agency's inspection,
    // a health department's outbreak and an aircraft's tail ("TRIP 44718201  0600 P/U", "ENROLLMENT KT-1182",
    // "INSPECTION 1447182.015", "Outbreak OH-HCK-99-03", "TAIL N447LO"; the cued rule's digits keep "trip 2 of 3",
    // "tail of the pancreas 2 cm" and "outbreak 3 cases" out)
    "Trip", "Trip #", "Trip No", "Trip Number", "Enrollment", "Enrollment #", "Enrollment No", "Tribal Enrollment",
    "Inspection", "Inspection #", "Inspection No", "Outbreak", "Outbreak #", "Outbreak No", "Outbreak ID", "Tail",
    // (stop 43, id43) a prison's register number and a registry's ("INMATE: AL-HASHIMI, TAREQ   REG NO 44718-179"; the
    // cued rule's digits keep "reg no 2" out; "Reg" alone is a regimen's or a regular's)
    "Reg No", "Reg #", "Register No", "Register Number", "Registration No", "Registration Number",
    // (stop 56, fx56) the same register number written with its abbreviation's period, and New York's criminal
    // record number beside a prisoner's DIN ("Re: R. A. Tackett, Reg. No. 20447-032", "nysid 08817720k"; the cued
    // rule's digits keep "NYSID pending" out)
    "Reg. No", "Reg. #", "NYSID", "NYSID #", "NYSID No",
    // (stop 60, fb60) a jail's and a prison's number for its inmate in medical records, shift reports and logs
    // ("Cell M-2 Hollis, Jerome (JID 559201)", "Jail ID 2290417", "Inmate No. 44719", "Booking Number 2099-031774";
    // the cued rule's digits keep "inmate # 2 of 3" out)
    "JID", "JID #", "JID No", "Jail ID", "Jail #", "Jail No", "Inmate ID", "Inmate #", "Inmate No", "Inmate Number",
    "Booking Number", "Booking ID",
    // (stop 61, ni61) New York's book and case number and a sheriff's office number, in jail intake and transfer notes
    // ("NYSID 09447190K   B&C # 4412099018", "so# 99-33418"; read as a phone or a date; the cued rule's digits keep "B&C
    // 2" out, and "so" alone is no cue)
    "B&C", "B&C #", "B&C No", "SO#",
    // (stop 43) an air cargo's waybill, as organ and specimen shipments write it ("via Delta Cargo (air waybill
    // 006-44718822)"; the cued rule's digits keep "waybill pending" out)
    "Waybill", "Waybill #", "Waybill No", "Air Waybill", "AWB", "AWB #", "AWB No",
    // (stop 60, fa60) a pharmacy's number with the NCPDP (its NABP number before), on prior authorisations, refill
    // requests and fax covers ("PHARMACY: HOPKINS OUTPATIENT PHARMACY NCPDP 2144718", "NCPDP 2918834"; the cued rule's
    // digits keep "NCPDP format" out)
    "NCPDP", "NCPDP #", "NCPDP No", "NCPDP ID", "NABP", "NABP #", "NABP No",
    // (stop 62, ni62) bare words before an identifier without '#' or ':': a trial's subjects ("Subjects 6610-003,
    // 6610-005"; the cued rule refuses an age or dose range, "subjects 18-65 years"), a jail's booking number ("booking
    // P889104"; not "booking an appointment": no digits), a portal's or exercise app's access code ("ACCESS CODE
    // K7RQ2WX", "share code CLN-9Q4-XT7"), a register's study number ("Study no. TB38-HI-0019"), an encounter's number
    // ("Enc: 400188127"), a facility's CMS certification number ("CCN 527041") and Medicare's provider transaction
    // access number ("PTAN G447192"). Not "Donor" (the cue reads a few words on: "Donor Services 931-555-0108" would
    // turn a phone into an ID) nor "Study Number" (a protocol's number, "(study number 2099-0412)")
    "Subjects", "Booking", "Access Code", "Share Code", "Study No", "Study #", "Enc", "CCN", "PTAN"] },
  { id: CUE_ID, lang: "es", terms: [
    "Episodio", "Nº episodio", "Nº de episodio", "número de episodio", "numero de episodio", "DNI", "NIE", "NIF",
    "Pasaporte", "Nº de pasaporte", "Nº", "N°", "Nº de muestra", "Nº de solicitud", "expediente"] },
  { id: CUE_ACCOUNT, lang: "en", terms: [
    "Acct", "Acct#", "Acct #", "Acct No", "Account", "Account No", "Account Number", "Account #", "Billing No",
    "Billing Number", "Billing #", "Invoice", "Invoice No", "Invoice #",
    // hospital account numbers ("FIN: 7654321", the financial number; "HAR 11223344", the hospital account record)
    "FIN", "FIN#", "FIN #", "FIN No", "Financial Number", "Financial No", "HAR", "HAR#", "HAR #", "Hospital Account",
    "Hospital Account No", "Hospital Account Number", "Patient Account", "Patient Account No", "Patient Account Number"] },
  { id: CUE_ACCOUNT, lang: "es", terms: ["Cuenta", "Nº de cuenta", "número de cuenta", "numero de cuenta", "factura"] },
  { id: CUE_HEALTH_PLAN, lang: "en", terms: [
    "Member ID", "Member No", "Member Number", "Member #", "Subscriber", "Subscriber ID", "Subscriber No", "Policy",
    "Policy No", "Policy Number", "Policy #", "Group", "Group No", "Group Number", "Group #", "Plan ID",
    "Health Plan", "Medicare", "Medicare No", "Medicare ID", "Medicaid", "Medicaid No", "Medicaid ID", "MBI", "HICN",
    "Insurance ID", "Insurance No", "Beneficiary", "Beneficiary ID",
    // California's Medicaid ("Medi-Cal 91447210B"; not "MediCal", which matches "medical"; "member" alone took the
    // phone number of "call Member Services at 1-800-...")
    "Medi-Cal", "Medi-Cal ID", "Medi-Cal #",
    // (orgs15) a plan's member number after "member" or "MBR" alone, the number right after it ("Humana Gold Plus member
    // H48821933", "PAYER: MEDICA MBR 110448230"; dispatch.ts bareWordCue: "Member Services at 1-800-..." takes nothing)
    "Member", "MBR", "MBR #", "MBR ID", "MBR No"] },
  { id: CUE_HEALTH_PLAN, lang: "es", terms: [
    "NASS", "NUSS", "Nº de afiliación", "número de afiliación", "numero de afiliacion", "afiliación", "afiliacion",
    "tarjeta sanitaria", "CIP", "Nº SS", "seguridad social", "Nº de la seguridad social", "póliza", "poliza"] },
  { id: CUE_LICENSE, lang: "en", terms: [
    "License", "Licence", "License No", "License Number", "License #", "Licence No", "Lic", "Lic#", "Lic #",
    "Lic No", "DL", "DL#", "DL #", "DL No", "driver's license", "drivers license", "driver license",
    "driver's licence", "driving licence", "driver's license number", "Certificate No", "Certificate Number",
    "Cert No", "Cert #", "Certification No", "Certification #",
    // (stop 44, ix44) "Cert" alone before a certificate's number: "(CERT T447182)", "(ATA cert. 447182)" (four digits
    // or more, scanCuedId)
    "Cert", "DEA", "DEA#", "DEA #", "DEA No", "State License",
    // (ids14) a commercial driver's licence and an EMT's national registry number ("CDL # D41880273", "NATIONAL
    // REGISTRY # 8812290445")
    "CDL", "CDL#", "CDL #", "CDL No", "National Registry", "National Registry #", "National Registry No", "NREMT",
    "NREMT #"] },
  { id: CUE_LICENSE, lang: "es", terms: [
    "NºCol", "Nº Col", "Nº col.", "NºCol.", "Nº colegiado", "Nº de colegiado", "número de colegiado",
    "numero de colegiado", "colegiado", "colegiada", "permiso de conducir", "carnet de conducir"] },
  // glued to the name before it in extracted text ("Dra. Ortega MartínezNºCol: 06 06 85940")
  { id: CUE_LICENSE, lang: "es", terms: ["NºCol", "NºCol."], wordBoundary: false },
  { id: CUE_VEHICLE, lang: "en", terms: [
    "VIN", "VIN#", "VIN #", "VIN No", "plate", "plate no", "plate number", "license plate", "licence plate",
    "tag no", "vehicle ID", "vehicle identification number"] },
  { id: CUE_VEHICLE, lang: "es", terms: ["matrícula", "matricula", "MATRÍCULA", "bastidor", "nº de bastidor"] },
  { id: CUE_DEVICE, lang: "en", terms: [
    "Serial", "Serial No", "Serial Number", "Serial #", "S/N:", "S/N #", "SN", "SN#", "Lot", "Lot No", "Lot Number", "Lot #",
    "UDI", "Device ID", "Device No", "Implant ID", "Pacemaker ID", "Model/Serial",
    // (clinical round 23) a pair's serials ("hearing aids, serials 2231XK418 / 2231XK419": the first after the cue)
    "Serials", "Serial Nos", "Serial Numbers",
    // (clinical round 27) an animal's rabies tag and microchip in a bite report ("RABIES TAG 2097-KDH-0418", "microchip
    // # 985112004718832")
    "Rabies Tag", "Rabies Tag #", "Rabies Tag No", "Microchip", "Microchip #", "Microchip No", "Microchip Number"] },
  { id: CUE_DEVICE, lang: "es", terms: ["nº de serie", "número de serie", "numero de serie", "lote", "Nº de lote"] },
  { id: CUE_SSN, lang: "en", terms: [
    "SSN", "SSN#", "SSN #", "SS#", "SS #", "SS No", "Social Security", "Social Security No", "Social Security Number",
    "Social Security #", "Soc Sec", "Soc Sec No", "social",
    // a form's field for the last digits alone ("Veteran: M. K.   Last 4: 4417", "SSN (last 4): 1234"); four digits
    // right after it are all it labels ("last 4 days" has none)
    "Last 4", "Last four", "Last 4 SSN", "Last 4 of SSN", "Last four of SSN", "Last 4 digits", "SSN last 4",
    // (stop 63, id63) written glued, a VA form's field ("Last4: T0417", "last4 1187")
    "Last4"] },
  { id: CUE_PHONE, lang: "en", terms: [
    "Phone", "Phone No", "Phone Number", "Phone #", "Ph", "Ph#", "Tel", "Tel No", "Tel #", "Telephone", "Cell",
    "Cell Phone", "Mobile", "Mob", "Home Phone", "Work Phone", "Contact", "Contact No", "Call", "Callback"] },
  { id: CUE_PHONE, lang: "es", terms: [
    "Teléfono", "Telefono", "TELÉFONO", "Tlf", "Tlfno", "Tfno", "Telf", "Tel.:", "Móvil", "Movil", "MÓVIL", "celular",
    "número de teléfono", "número de móvil", "llamar al"] },
  { id: CUE_FAX, lang: "en", terms: ["Fax", "Fax No", "Fax Number", "Fax #", "F:", "Facsimile", "Telefax",
    // (clinical round 19) the verb right before the number ("ORDER FAXED TO 631-555-0199", "faxed to: 207-555-0163")
    "Faxed to", "Fax to", "Faxed at",
    // (stop 44, id44) the verb alone right before the number ("PCP LETTER FAXED 218-555-0154", "orders faxed
    // 518-555-0142"): a phone's shape after it is the fax's; "faxed 3/4" stays a date (the fax cue wakes no date rule)
    "Faxed"] },
  { id: CUE_FAX, lang: "es", terms: ["Facsímil", "Facsimil", "Nº de fax", "número de fax"] },
  // a hospital extension is as short as a pager number and takes the same rule ("Ext. 4-5678", "extension 32145");
  // the verb too: "please page 4-1234" (4+ digits right after it, so "page 2 of 3" is no pager)
  { id: CUE_PAGER, lang: "en", terms: ["Pager", "Pager No", "Pager #", "Pgr", "Bpr", "Beeper", "Bleep", "Ext", "Extension", "Page", "Paged", "Paging",
    // (stop 46, fx46) a nurse's hands-free badge or wireless handset, dialled by its short extension ("VOCERA 4471")
    "Vocera", "Spectralink", "Ascom"] },
  { id: CUE_PAGER, lang: "es", terms: ["Busca", "Buscapersonas", "Buscas"] },
  { id: CUE_DATE, lang: "en", terms: [
    "DOB", "D.O.B.", "Date of Birth", "Birth Date", "Birthdate", "Born", "Date", "Dated", "Admitted", "Admission Date",
    "Admit Date", "Discharged", "Discharge Date", "Date of Service", "DOS", "Seen on", "Surgery Date", "Died",
    "Deceased", "Expired",
    // events of a visit: a month/day right after them is a date even when it reads like a score ("Seen 2/3",
    // "Appt 5/10"); units and "of" after it still refuse ("seen 2/3 of the time")
    "Seen", "Appointment", "Appt", "Scheduled for", "Follow-up on", "Follow up on", "Readmitted", "Returned on",
    "Visit on", "Operated on", "Clinic", "Visit", "Follow up", "Follow-up", "Followup", "F/U", "RTC",
    // events of a report: "Signed out 20190307", "Collected 3.5.19", "Received 3/4"
    "Signed", "Signed out", "Collected", "Received", "Reported",
    // relative days name the date they stand for: "tomorrow (3/6)", "yesterday 3/4"
    "Today", "Yesterday", "Tomorrow",
    // a procedure, a study or an obstetric date names when it was or will be: "ERCP 4/4", "s/p R TKA 1/5", "DEXA
    // 3/92", "LMP 3/4", "EDD 8/20", "return to work 1/5" (never a score: no strength, pain or murmur grade follows
    // these words)
    "ERCP", "EGD", "Colonoscopy", "Endoscopy", "TKA", "THA", "TKR", "THR", "DEXA", "DXA", "MRI", "CTA", "Echo", "TTE",
    "TEE", "EKG", "ECG", "CXR", "Mammogram", "Biometry", "Cath", "PCI", "CABG", "Stress test", "LMP", "EDD", "EDC",
    "Return to work", "RTW"] },
  { id: CUE_DATE, lang: "es", terms: [
    "Fecha", "Fecha de nacimiento", "F. nac.", "FN", "Nacido el", "Nacida el", "Fecha de ingreso", "Fecha de alta",
    "Ingreso", "Alta", "Fallecido", "Fallecida"] },
  // "turned 91" (a measurement after it is refused: "turned 90 degrees")
  { id: CUE_AGE, lang: "en", terms: ["Age", "Aged", "Age:", "Ages", "Turned", "Turns", "Turning"] },
  { id: CUE_AGE, lang: "es", terms: ["Edad", "edad de", "con edad de"] },
  { id: CUE_ZIP, lang: "en", terms: ["ZIP", "ZIP Code", "Zipcode", "Postal Code", "Postcode"] },
  { id: CUE_ZIP, lang: "es", terms: ["CP", "C.P.", "Código Postal", "Codigo Postal", "CÓDIGO POSTAL"] },
  { id: CUE_CARD, lang: "en", terms: [
    "Card", "Card No", "Card Number", "Card #", "Credit Card", "Debit Card", "CC", "CC#", "Visa", "Mastercard",
    "Amex", "American Express", "Discover Card"] },
  { id: CUE_CARD, lang: "es", terms: ["Tarjeta", "Tarjeta de crédito", "Tarjeta de credito", "Nº de tarjeta"] },
  { id: CUE_ROUTING, lang: "en", terms: ["Routing", "Routing No", "Routing Number", "Routing #", "ABA", "ABA No", "RTN"] },
  { id: CUE_NPI, lang: "en", terms: ["NPI", "NPI#", "NPI #", "NPI No", "NPI Number"] },
];

/** A built-in term list compiled into the automaton when its type is enabled. */
export interface BuiltinTerms {
  readonly type: EntityType;
  readonly lang: string;
  readonly terms: readonly string[];
  /** Score of these findings in [0, 1]. */
  readonly score: number;
  /** Reason string of these findings. */
  readonly reason: string;
}

/**
 * Words without digits that no trigger byte wakes a scanner for. Date words: weekdays and month names are date elements (Safe Harbor C) that no trigger byte wakes a
 * scanner for. Ambiguous words ("may", "march", "mayo" as in Mayo scissors, abbreviations) are left to the DATE scanner, which only takes
 * them next to a day or year.
 */
export const BUILTIN_TERMS: readonly BuiltinTerms[] = [
  { type: "DATE", lang: "en", score: 0.5, reason: "dictionary:weekday",
    terms: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] },
  { type: "DATE", lang: "es", score: 0.5, reason: "dictionary:weekday",
    terms: ["lunes", "martes", "miércoles", "MIÉRCOLES", "jueves", "viernes", "sábado", "SÁBADO", "domingo"] },
  { type: "DATE", lang: "en", score: 0.45, reason: "dictionary:month",
    terms: ["January", "February", "April", "July", "September", "October", "November", "December"] },
  { type: "DATE", lang: "es", score: 0.45, reason: "dictionary:month",
    terms: ["enero", "febrero", "marzo", "abril", "junio", "julio", "agosto", "septiembre", "setiembre",
      "octubre", "noviembre", "diciembre"] },
  // holidays name a date ("fell on Thanksgiving", "since Christmas"); Safe Harbor C covers all elements of a date
  { type: "DATE", lang: "en", score: 0.5, reason: "dictionary:holiday",
    terms: ["Christmas", "Christmas Eve", "Christmas Day", "Thanksgiving", "Thanksgiving Day", "New Year's Day",
      "New Year's Eve", "New Years Day", "New Years Eve", "Easter", "Easter Sunday", "Good Friday", "Memorial Day",
      "Labor Day", "Independence Day", "Fourth of July", "Veterans Day", "Veterans' Day", "Columbus Day",
      "Presidents Day", "Presidents' Day", "Martin Luther King Day", "Valentine's Day", "Mother's Day",
      "Father's Day", "Halloween", "Hanukkah", "Passover", "Yom Kippur", "Rosh Hashanah", "Kwanzaa"] },
  // Organisations that name a patient's pharmacy, insurer, lab, supplier or employer (i2b2 files them as LOCATION/
  // ORGANIZATION), written by us: nationally known US names that are no English word, given name or clinical term, so
  // they stand alone in any letter case ("FILLED AT WALGREENS", "insured by aetna"). Ambiguous ones ("CVS" is the
  // cardiovascular system, "Target", "Apple", "Amazon", "UPS", "Ford") are left to the cue rules ("works at Target",
  // "Pharmacy: CVS"), and so is "Humana" (Spanish "human"); public programs (Medicare, Medicaid, MassHealth) are no
  // organisation of a person.
  { type: "LOCATION", lang: "en", score: 0.9, reason: "location:organization",
    terms: [
      // pharmacies and pharmacy benefit managers
      "Walgreens", "Walgreen's", "CVS Pharmacy", "CVS/pharmacy", "CVS Health", "CVS Caremark", "Rite Aid", "Rite-Aid",
      "OptumRx", "Express Scripts", "Caremark", "Duane Reade", "Osco Drug", "Kinney Drugs",
      // stores and restaurants that are employers
      "Walmart", "Wal-Mart", "Costco", "Kroger", "Publix", "Safeway", "Meijer", "Wegmans", "Hannaford", "Stop & Shop",
      "Stop and Shop", "Market Basket", "Whole Foods", "Trader Joe's", "Dollar General", "Dollar Tree", "Family Dollar",
      "Home Depot", "Best Buy", "Starbucks", "McDonald's", "McDonalds", "Dunkin' Donuts", "Dunkin Donuts", "Burger King",
      "Sam's Club", "BJ's Wholesale", "FedEx", "USPS", "Verizon", "Comcast", "Xfinity",
      // insurers and health plans
      "Aetna", "Cigna", "UnitedHealthcare", "United Healthcare", "Blue Cross Blue Shield", "BlueCross BlueShield",
      "Blue Cross", "Blue Shield", "Anthem Blue Cross", "Kaiser Permanente", "Harvard Pilgrim", "Harvard Pilgrim Health Care", "Tufts Health Plan",
      "Molina Healthcare", "WellCare", "Centene", "Highmark", "Oscar Health",
      // laboratories, home medical equipment and dialysis providers
      "Quest Diagnostics", "LabCorp", "Lincare", "Apria", "Apria Healthcare", "Medline", "Rotech", "AdaptHealth",
      "DaVita", "Fresenius Kidney Care",
      // auto, workers' compensation and supplemental insurers of claims and accident notes
      "Liberty Mutual", "State Farm", "Allstate", "GEICO", "MetLife", "Aflac",
      // occupational and retail clinics, home care and child care chains of social histories
      "Concentra", "MinuteClinic", "Comfort Keepers", "Visiting Angels", "Bright Horizons", "KinderCare",
      // community organisations a social history names (a patient's church, post or Y is as identifying as an employer;
      // a national program such as Meals on Wheels is not, as Medicare is not)
      "YMCA", "YWCA", "Salvation Army", "American Legion", "Goodwill Industries", "Planned Parenthood",
      // gig-economy employers
      "Lyft", "DoorDash", "Instacart",
      // large employers
      "Raytheon", "General Dynamics", "General Electric", "Lockheed Martin", "Lockheed", "Boeing", "Pratt & Whitney",
      "Microsoft", "Google", "Akamai", "Northrop Grumman",
      // home health, hospice, infusion and post-acute chains that discharge plans and referrals name (stop 23; one-word
      // names only where they are no English word, given name or clinical term: "Option", "Genesis" and "Kindred" keep
      // their second word; the automaton folds case, so names of English words that prose writes too are left out:
      // "Select Medical" records, "Encompass Health", "Interim HealthCare")
      "Amedisys", "BAYADA", "Gentiva", "LHC Group", "Kindred at Home", "Kindred Healthcare", "Kindred Hospital", "Enhabit",
      "VITAS", "VITAS Healthcare", "Compassus", "Option Care", "Option Care Health", "Coram", "Coram CVS",
      "Byram Healthcare", "Edgepark", "HealthSouth", "Select Specialty Hospital", "Genesis HealthCare", "Life Care Centers",
      "Brookdale Senior Living", "Sunrise Senior Living", "Atria Senior Living", "Benchmark Senior Living",
      // laboratories and genetic testing companies of requisitions and results
      "BioReference", "BioReference Laboratories", "Invitae", "Myriad Genetics", "Ambry Genetics", "GeneDx", "Natera",
      "ARUP Laboratories", "Sonic Healthcare",
      // (stop 30) a reference laboratory named after its clinic ("urine cytology sent to mayo clinic laboratories")
      "Mayo Clinic Laboratories", "Mayo Medical Laboratories",
      // insurers and health plans by their own names
      "Elevance Health", "Wellpoint", "CareFirst", "Premera", "Regence", "Florida Blue", "Independence Blue Cross",
      "Excellus", "EmblemHealth", "Fidelis Care", "Healthfirst", "CareSource", "Amerigroup", "Ambetter",
      "Fallon Health", "Health New England", "BMC HealthNet", "Commonwealth Care Alliance", "Point32Health",
      "Neighborhood Health Plan", "Oxford Health Plans",
      // urgent care and virtual care companies
      "CityMD", "MedExpress", "AFC Urgent Care", "Teladoc", "Amwell",
      // dialysis providers
      "Fresenius Medical Care", "U.S. Renal Care", "American Renal Associates",
      // supermarket and pharmacy chains
      "Hy-Vee", "Giant Eagle", "ShopRite", "Albertsons", "Harris Teeter", "Winn-Dixie", "Fred Meyer", "Food Lion",
      "Price Chopper", "PillPack",
      // (stop 30) national charities, health charities and refugee resettlement agencies that social histories,
      // blood-bank and referral notes name, written out whole: their words are English words, which the head rules
      // refuse alone ("the American Cancer Society Road to Recovery", "Resettlement agency: International Rescue
      // Committee"); "Red Cross" alone is a symbol and a name, only the American one is listed
      "American Red Cross", "American Cancer Society", "American Heart Association", "American Lung Association",
      "American Diabetes Association", "Alzheimer's Association", "Muscular Dystrophy Association",
      "National Multiple Sclerosis Society", "Leukemia & Lymphoma Society", "Cystic Fibrosis Foundation",
      "Arthritis Foundation", "March of Dimes", "Make-A-Wish", "Ronald McDonald House", "Hope Lodge", "United Way",
      "Big Brothers Big Sisters", "Boys & Girls Club", "Boys and Girls Club", "Catholic Charities",
      "Catholic Social Services", "Lutheran Social Services", "Jewish Family Service", "Jewish Family Services",
      "Jewish Family & Children's Service", "Volunteers of America", "Habitat for Humanity", "Feeding America",
      "International Rescue Committee", "Church World Service", "World Relief", "HIAS", "Hebrew Immigrant Aid Society",
      "U.S. Committee for Refugees and Immigrants", "International Organization for Migration",
      "United Ostomy Associations of America", "National Alliance on Mental Illness",
      // (stop 30) hotel and restaurant chains where a patient stays or an exposure happened, home mobility suppliers,
      // interpreting services and international insurers ("staying at Holiday Inn Express", "party at Chuck E. Cheese",
      // "vendor rep (Numotion)", "translated by LanguageLine", "guarantee letter from Bupa Global")
      // (chains whose name ends in "Inn", "Hotel" or "Motel" are the facility rule's: "Hampton Inn" stays a facility)
      "Holiday Inn", "Holiday Inn Express", "Motel 6", "Marriott", "Courtyard by Marriott",
      "Chuck E. Cheese", "Chuck E. Cheese's", "Olive Garden", "Applebee's", "Cracker Barrel",
      "National Seating & Mobility", "National Seating and Mobility", "Numotion", "Hanger Clinic",
      "LanguageLine", "LanguageLine Solutions", "Language Line", "CyraCom", "Bupa", "Bupa Global", "Cigna Global",
      // (stop 30) large employers of defence and transit work histories ("on leave from Electric Boat", "retired MBTA
      // motorman")
      "Electric Boat", "Sikorsky", "Bath Iron Works", "Newport News Shipbuilding", "MBTA",
      // (stop 39) payers, third-party administrators, specialty pharmacies, laboratories, blood suppliers, home medical
      // and non-emergency transport firms, care coordinators and research firms that claims, referrals, results and
      // discharge plans name by one coined word ("WELLMARK MEDICARE ADVANTAGE", "meds via Accredo specialty
      // pharmacy", "CROSSMATCH NEG (VERSITI LAB", "Humana auth submitted via naviHealth"), written by us: each no English
      // word, given name, place or clinical term. Device makers are left out (an operative note names the implant's
      // maker: "Medtronic", "ResMed", "Ossur"), and so are names of English or Spanish words ("Quest", "Magellan",
      // "Lifeline", "Propio"), a patient portal ("CoverMyMeds" identifies no one) and TRICARE, a public programme as
      // Medicare is (test/clinical-notes-15.test.ts keeps "TRICARE PRIME" a clinical word).
      "Wellmark", "Noridian", "Livanta", "Progyny", "PacificSource", "SelectHealth", "Optum", "OptumServe",
      "Meritain", "Broadspire", "CorVel", "Unum", "Wellpath", "Corizon", "Accredo", "BioPlus", "NeoGenomics", "Viracor",
      "Versiti", "Medtox", "Guardant Health", "Guardant360", "Caris Life Sciences", "Sonora Quest", "Aegis Sciences",
      "Dominion Diagnostics", "NMS Labs", "Clinical Reference Laboratory", "Vitalant", "OneBlood", "Acelis",
      "ModivCare", "LogistiCare", "American Medical Response", "Acadian Ambulance", "Air Evac Lifeteam", "AirMedCare",
      "naviHealth", "OutcomesMTM", "DispatchHealth", "MedAire", "Medjet", "Greenphire", "Parexel", "IQVIA",
      "MedSpeed",
      // (stop 39) national employers of social and work histories whose names are no English words ("works at
      // chick-fil-a", "pink house behind the piggly wiggly", "Retired Georgia-Pacific mill")
      "Chick-fil-A", "Piggly Wiggly", "Georgia-Pacific", "Waffle House", "Taco Bell", "Pizza Hut", "Tractor Supply",
      // (stop 43) state health, environment and agriculture departments and child welfare agencies that reports, specimens
      // and notifications name by their initialisms alone ("Reported to MSDH", "FDA MedWatch by DHEC", "per KDHE",
      // "TO SC DHEC"), written by us: each abbreviates a department of one state and nothing clinical ("LDH" is lactate
      // dehydrogenase, "DPH" diphenhydramine, "CPS" and "APS" are also services and scores; those stay with the frame
      // rules: "REPORTED TO CDPH", "WV DHHR")
      "DHEC", "SC DHEC", "KDHE", "MDPH", "MDHHS", "MSDH", "NCDHHS", "NYSDOH", "DOHMH", "CDPHE", "CDPH", "IDPH", "WSDA",
      "DSHS", "DPHHS", "IDHW", "FDOH", "DHHR", "DFCS", "ODHS",
    ] },
  // Hospitals and health systems a note names without their head word or in any letter case ("PRIOR PCI AT LAHEY",
  // "records from mass general", "F/U AT BAYSTATE"), written by us: nationally known US names and the larger
  // Massachusetts ones, each no English word, given name or clinical term. Ambiguous names keep their head ("Parkland
  // Hospital": the Parkland formula is a burn protocol; "Lahey Clinic", "Ochsner Health": Lahey and Ochsner clamps are
  // instruments; "Grady Memorial", "Spaulding Rehab"), and acronyms only when
  // they abbreviate nothing clinical ("MGH", "BWH", "BIDMC"; not "BMC", bone mineral content, nor "CHOP", a regimen).
  // A form with its head is listed too where the short form would end the span early ("Baystate Medical Center").
  { type: "LOCATION", lang: "en", score: 0.9, reason: "location:facility",
    terms: [
      // Massachusetts
      "Mass General", "Mass General Brigham", "Massachusetts General", "MGH", "Brigham and Women's", "Brigham & Women's",
      "Brigham and Womens", "BWH", "Beth Israel Deaconess", "Beth Israel Lahey", "Beth Israel", "BIDMC",
      "New England Deaconess", "Hebrew SeniorLife", "Hebrew Rehabilitation Center", "Hebrew Rehab", "Lahey Clinic", "Lahey Hospital",
      "Lahey Health", "Baystate", "Baystate Medical Center", "Baystate Franklin", "Baystate Noble", "Baystate Wing",
      "Dana-Farber", "Dana Farber", "DFCI", "Newton-Wellesley", "Newton Wellesley", "Spaulding Rehab",
      "Spaulding Rehabilitation", "Spaulding Hospital", "UMass Memorial", "Tufts Medical Center", "Tufts MC",
      "Boston Children's", "Cambridge Health Alliance", "Atrius Health", "Southcoast Health", "Cooley Dickinson",
      "MelroseWakefield", "Melrose-Wakefield", "Anna Jaques", "Milford Regional", "Lowell General",
      // national
      "Johns Hopkins", "Mayo Clinic", "Cleveland Clinic", "Cedars-Sinai", "Cedars Sinai", "Mount Sinai", "Mt. Sinai",
      "Mt Sinai", "NYU Langone", "NewYork-Presbyterian", "New York-Presbyterian", "Montefiore", "Northwell",
      "Sloan Kettering", "Sloan-Kettering", "Memorial Sloan Kettering", "MSKCC", "MD Anderson", "Fred Hutch",
      "Fred Hutchinson", "St. Jude Children's", "Shriners", "Nemours", "Geisinger", "Intermountain Healthcare",
      "Intermountain Medical Center", "Ochsner Health", "Ochsner Medical Center", "Henry Ford Hospital", "Henry Ford Health", "Sutter Health",
      "Dartmouth-Hitchcock", "Dartmouth Hitchcock", "Yale New Haven", "Yale-New Haven", "UPMC", "Penn Medicine",
      "Jefferson Health", "Hackensack Meridian", "RWJBarnabas", "Lenox Hill", "Bellevue Hospital",
      "Northwestern Memorial", "Lurie Children's", "Froedtert", "Allina", "Essentia Health", "Sanford Health",
      "Banner Health", "HonorHealth", "Virginia Mason", "OHSU", "UCSF", "Stanford Health Care", "UCLA Health",
      "Scripps Health", "Sharp HealthCare", "Memorial Hermann", "Houston Methodist", "Baylor Scott & White",
      "Baylor Scott and White", "Parkland Hospital", "Parkland Memorial", "UT Southwestern", "Atrium Health", "Novant",
      "WakeMed", "Wellstar", "Piedmont Healthcare", "Grady Memorial", "Emory Healthcare", "Sentara", "Inova", "MedStar",
      "ChristianaCare", "Christiana Care", "AdventHealth", "Orlando Health", "BayCare", "Jackson Memorial",
      "Tampa General", "Moffitt Cancer Center", "Barnes-Jewish", "BJC HealthCare", "SSM Health", "Trinity Health",
      "CommonSpirit", "Dignity Health", "Ascension Health", "HCA Healthcare", "Tenet Healthcare", "Steward Health",
    ] },
  ...spelledAges(),
];

/** Spelled-out ages over 89 ("ninety-two year old", "noventa y dos años"), which no digit wakes a scanner for. */
function spelledAges(): BuiltinTerms[] {
  const units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  const unidades = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
  const en: string[] = [];
  const es: string[] = [];
  const tails = ["year old", "year-old", "years old", "years-old", "yo", "y/o", "years of age"];
  for (let u = 0; u < 10; u++) {
    const words = u === 0 ? ["ninety"] : [`ninety-${units[u]}`, `ninety ${units[u]}`];
    for (const w of words) for (const t of tails) en.push(`${w} ${t}`, `${w}-${t}`);
    es.push(u === 0 ? "noventa años" : `noventa y ${unidades[u]} años`);
  }
  for (const w of ["one hundred", "a hundred", "hundred"]) for (const t of tails) en.push(`${w} ${t}`, `${w}-${t}`);
  // (stop 32) a list's age and sex letter in words, as "91f" is written in digits: "rosa maría ninety-onef - comfort care",
  // "NINETY-TWO F" (a unit's word after "ninety" only: "ninety f" may be a temperature)
  for (let u = 1; u < 10; u++) for (const x of ["f", "m"]) en.push(`ninety-${units[u]}${x}`, `ninety-${units[u]} ${x}`);
  // after an age cue the number alone is the age: "aged ninety-one", "Age: ninety-four" (the cue is part of the term)
  for (let u = 0; u < 10; u++) {
    const words = u === 0 ? ["ninety"] : [`ninety-${units[u]}`, `ninety ${units[u]}`];
    for (const w of [...words, ...(u === 0 ? ["one hundred"] : [])]) en.push(`aged ${w}`, `age ${w}`, `age: ${w}`, `age of ${w}`);
  }
  // a decade over 89 in words ("in her early nineties", as "in her early 90s" is), and an age "ninety-something"
  for (const pron of ["his", "her", "their"]) {
    for (const mod of ["", "early ", "mid ", "mid-", "late "]) en.push(`in ${pron} ${mod}nineties`);
  }
  for (const w of ["ninety-something", "ninety something", "ninety-some", "90-something", "90 something", "90-some"]) {
    for (const t of tails) en.push(`${w} ${t}`, `${w}-${t}`);
  }
  es.push("cien años", "ciento un años", "ciento dos años");
  const uniq = (a: string[]) => [...new Set(a)];
  return [
    { type: "AGE", lang: "en", score: 0.9, reason: "dictionary:spelled-age", terms: uniq(en) },
    { type: "AGE", lang: "es", score: 0.9, reason: "dictionary:spelled-age", terms: uniq(es) },
    // words that say the age is over 89 ("a pleasant nonagenarian"): Safe Harbor keeps only "90 or older"
    { type: "AGE", lang: "en", score: 0.7, reason: "dictionary:age-word",
      terms: ["nonagenarian", "nonagenarians", "centenarian", "centenarians", "supercentenarian", "supercentenarians"] },
    { type: "AGE", lang: "es", score: 0.7, reason: "dictionary:age-word",
      // (not "centenario": also a centenary, "Hospital del Centenario", "una tradición centenaria")
      terms: ["nonagenario", "nonagenaria", "nonagenarios", "nonagenarias"] },
  ];
}

/** Which scanner reads each scanner cue id. */
const CUE_SCANNER: Readonly<Record<number, number>> = {
  [CUE_MRN]: SCAN_IDS, [CUE_ID]: SCAN_IDS, [CUE_ACCOUNT]: SCAN_IDS, [CUE_HEALTH_PLAN]: SCAN_IDS, [CUE_LICENSE]: SCAN_IDS,
  [CUE_VEHICLE]: SCAN_IDS, [CUE_DEVICE]: SCAN_IDS, [CUE_CARD]: SCAN_IDS, [CUE_ROUTING]: SCAN_IDS, [CUE_NPI]: SCAN_IDS,
  [CUE_SSN]: SCAN_SSN, [CUE_PHONE]: SCAN_PHONE, [CUE_FAX]: SCAN_PHONE, [CUE_PAGER]: SCAN_PHONE, [CUE_DATE]: SCAN_DATE,
  [CUE_AGE]: SCAN_AGE, [CUE_ZIP]: SCAN_ZIP,
};

/** Built-in cue lists (the structured scanners' cues; the name detector adds its own). */
export const CUE_LISTS: readonly CueList[] = SCANNER_CUES.map((c) => ({ ...c, scanners: CUE_SCANNER[c.id] }));

/*
 * Detector windows (used by the incremental session, src/session.ts). Every detector declares its window W, in UTF-16
 * code units: every finding it reports, and every character whose text can change that finding (cues, left context,
 * lookahead), lie within W code units of the finding's start, and the start or end of the scanned text must act like a
 * whitespace character there (never like a word character). Detectors that never look across whitespace (or only
 * across whitespace that also occurs in one of their automaton patterns) may declare 0 for that reach: the session
 * only cuts the stream after an ASCII whitespace character that no automaton pattern or trigger uses, and scans each
 * piece with W units of context on both sides. A detector that reaches further than it declares breaks the
 * "any chunking gives the batch result" invariant: when the session sees it (a finding reaching into text it already
 * emitted) it throws WINDOW_EXCEEDED rather than guess; test/session.test.ts's chunking properties catch the rest.
 * New detectors export their window here, add it to MAX_CONTEXT and to contextWindow().
 */

/** The email scanner stops at whitespace on both sides (local part and domain never contain it): window 0. */
export const EMAIL_WINDOW = 0;

/**
 * Twice the largest window of any built-in detector (their windows are one-sided reach around a span, so 2x also
 * covers the span itself; byte windows bound UTF-16 units from above). Dictionary patterns (deny lists, cues) need none: a
 * whitespace character that no pattern contains resets the automaton, so cutting after it is exact.
 */
export const MAX_CONTEXT: number = 2 * Math.max(EMAIL_WINDOW, MAX_SCANNER_WINDOW, MAX_NAME_WINDOW);

/**
 * The session window of a redactor whose core runs the scanners in `mask` (SCAN_* bits): twice the largest window of
 * the detectors it actually enables (see MAX_CONTEXT), so a redactor without the name detector does not hold back
 * MAX_NAME_WINDOW units, and one with only the email scanner and dictionaries holds back nothing beyond a cut point.
 * Computed once when the redactor is built; reported as `redactor.info.contextWindow`.
 */
export function contextWindow(mask: number): number {
  let w = EMAIL_WINDOW;
  const structured = mask & ~(SCAN_NAMES | SCAN_EMAIL | SCAN_ALL_AGES);
  if (structured !== 0 && MAX_SCANNER_WINDOW > w) w = MAX_SCANNER_WINDOW;
  if ((mask & SCAN_NAMES) !== 0 && MAX_NAME_WINDOW > w) w = MAX_NAME_WINDOW;
  return 2 * w;
}
