// Why this file exists: table tests, with the names and places around them, for stop 46's precision round (fp46): the
// clinical words and abbreviations that the name lists hold as rare names and the gazetteers as towns, refused in
// scripts/build-dictionaries.mjs (NOT_NAME and place 0), read from the spurious spans of fixtures 5-34 and of the
// mtsamples transcriptions: a wound's slough, EDD, DOI, VIS, a mechanical soft diet, VIN, a comp
// claim, ROI, RAD, ABI, ICA, IGRA, AKI, AAA, the Latin muscles and vessels of operative notes, their instruments and the
// stretcher, and the body's parts and the hospital's rooms that the gazetteers list as towns. Every row keeps the
// person or the firm beside the word; a town with its state stays a town. Mixed case, ALL CAPS and lower case; both
// engines; every name is made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";
const L = "LOCATION";

const ABBREVIATIONS: ReadonlyArray<TypedCase> = [
  ...casedRows("Wound bed 80% granulation, 20% slough. Seen with wife Mary Okafor.\n", [["Mary Okafor", N]], ["slough"]),
  // (main's review of stop 46 withdrew the refusals of "nadir" and "rom", given and firm names older rows pin, "NADIR
  // KHAN", "Quillby-Rom": their rows "ANC nadir 0.4" and "full ROM" went with them)
  ...casedRows("G2P1, EDD 6/2/2099 by early US. Partner Tomas Reyes present.\n", [["Tomas Reyes", N]], ["EDD"]),
  ...casedRows("DOI 3/4/2099, fell from ladder at work. Employer: Keller Roofing.\n", [["Keller Roofing", L]], ["DOI"]),
  ...casedRows("VIS given for Tdap; mother Ana Lucero consented.\n", [["Ana Lucero", N]], ["VIS"]),
  ...casedRows("Diet: mech soft, thin liquids. Son Derek Vance at bedside.\n", [["Derek Vance", N]], ["mech"]),
  ...casedRows("Vehicle: 2091 pickup, VIN 1HGCM82633A004352. Driver Lyle Amsden.\n", [["Lyle Amsden", N]], ["pickup", "VIN "]),
  ...casedRows("Workers comp claim open; adjuster Nadia Pruitt called.\n", [["Nadia Pruitt", N]], ["comp"]),
  ...casedRows("ROI signed for records to Dr. Owen Laski.\n", [["Owen Laski", N]], ["ROI"]),
  ...casedRows("Hx of RAD as a child. Mother Clara Fenn reports wheeze.\n", [["Clara Fenn", N]], ["RAD"]),
  ...casedRows("ABI 0.8 on the right. Vascular consult with Dr. Ines Morrow.\n", [["Ines Morrow", N]], ["ABI"]),
  ...casedRows("1.2 cm pearly papule L nasal ala. Referred by Dr. Keoni Mahoe.\n", [["Keoni Mahoe", N]], ["ala"]),
  // positives: the same words inside a name, or beside a given name after a title
  // (lower case: the lower-case title rule takes no refused word, so "dr. abi morgan" keeps only "morgan"; none in the
  // fixtures)
  ...casedRowsEach("Signed: Conrad Pua'ala-Kim, MD. Seen by Dr. Abi Morgan today.\n", [
    [["Conrad Pua'ala-Kim", N], ["Abi Morgan", N]],
    [["CONRAD PUA'ALA-KIM", N], ["ABI MORGAN", N]],
    [["conrad pua'ala-kim", N], ["morgan", N]],
  ], []),
];

const TOWNS: ReadonlyArray<TypedCase> = [
  ...casedRows("Left ICA PSV 312, ICA/CCA 4.6. Read by Dr. Priya Nandan.\n", [["Priya Nandan", N]], ["ICA", "PSV"]),
  ...casedRows("IGRA neg 3/2099. Dr. Samuel Oduya reviewed.\n", [["Samuel Oduya", N]], ["IGRA"]),
  ...casedRows("Admitted with AKI on CKD. Daughter Lena Maric updated.\n", [["Lena Maric", N]], ["AKI"]),
  ...casedRows("AAA repair 2090. Wife Irma Castell at bedside.\n", [["Irma Castell", N]], ["AAA"]),
  ...casedRows("The testis was delivered through the tunica vaginalis.\n", [], ["tunica"]),
  ...casedRows("Placement in front of the posterior fontanelle was confirmed.\n", [], ["fontanelle"]),
  ...casedRows("Pus sent to micro lab. Baby to the newborn nursery. Compression at cement adhered.\n", [],
    ["micro", "nursery", "cement"]),
  ...casedRows("No hydronephrosis or upper tract process.\n", [], ["upper tract"]),
  // positives: a town with its state, a city with its country (not refused: "bursa" stays a town)
  ["Moved from Tunica, MS to Memphis last year.\n", [["Tunica", L], ["Memphis", L]], []],
  ["MOVED FROM TUNICA, MS TO MEMPHIS LAST YEAR.\n", [["TUNICA", L], ["MEMPHIS", L]], []],
  ["Lives in Bursa, Turkey with her son.\n", [["Bursa, Turkey", L]], []],
];

const OPERATIVE: ReadonlyArray<TypedCase> = [
  ...casedRows("The tensor fascia lata was then identified and divided.\n", [], ["lata"]),
  ...casedRows("The inferior vena cava was clamped; moya moya disease noted.\n", [], ["vena cava", "moya moya"]),
  ...casedRows("The gluteus maximus was split.\n", [], ["gluteus maximus"]),
  // (mixed case only: the dictionary rules of the other cases take "ANI" and "ALBA", rare given names, alone)
  ["The levator ani was intact; the linea alba was closed.\n", [], ["levator ani", "linea alba"]],
  ...casedRows("The Midas Rex drill was used; Weck-cel sponge applied; Danek M8 screws placed.\n", [],
    ["Midas Rex", "Weck", "Danek"]),
  ...casedRows("Bair Hugger on. Epimed Tun-L catheter tip at L4-5. Bone nipper and loupe used.\n", [],
    ["Bair Hugger", "Tun", "nipper", "loupe"]),
  ...casedRows("Patient is sitting on an emergency department gurney.\n", [], ["gurney"]),
  // positives: the surgeon and the assistant beside the instruments
  ...casedRows("Surgeon: Dr. Rafael Moreno. Assistant: Chioma Eze, PA-C. The Midas Rex drill was used.\n",
    [["Rafael Moreno", N], ["Chioma Eze", N]], ["Midas Rex"]),
];

runTypedTable("stop 46 fp46: clinical abbreviations refused as names", [N, L], ABBREVIATIONS);
runTypedTable("stop 46 fp46: clinical words refused as towns", [N, L], TOWNS);
runTypedTable("stop 46 fp46: operative Latin, instruments and the stretcher", [N, L], OPERATIVE);
