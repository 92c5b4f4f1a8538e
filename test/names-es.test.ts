// Why this file exists: table tests (positives and hard negatives, both engines) for the name and place rules written
// for Spanish clinical text: case-style judgement in long Spanish sentences, Spanish towns and provinces, and the
// clinical vocabulary of Spanish case reports that looks like names. Invented text, none from a corpus.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

// A long sentence of mixed-case prose can run 48 words without a capital; it is no lower-case chat (where cues alone
// decide and neighbouring dictionary words make names). Lower-case writing shows at a sentence's or line's opening.
const SPANISH_PROSE =
  "Refiere molestias visuales desde hace meses: el paciente contaba que durante la noche la luz de la lámpara le " +
  "molestaba mucho en el ojo derecho y que al mirar hacia la pared de su dormitorio veía manchas que no desaparecían " +
  "ni siquiera al cerrar los párpados durante varios minutos seguidos, por lo que acudió a urgencias donde se le " +
  "indicó reposo y control por su médico de cabecera en una semana, momento en el que la luz blanca del techo le " +
  "seguía molestando en el ojo derecho.";
const ENGLISH_PROSE =
  "He said that the lamp bothered him at night and that when looking at the wall of his room he saw spots that did " +
  "not go away even after closing his eyes for several minutes in a row, so he came to the emergency room where he " +
  "was seen by the resident on call and told to rest and to see his own doctor in a week, when the white light of " +
  "the ceiling still bothered his right eye and mark brown will call.";
const LOWER_CHAT =
  "so yesterday was a long day at work and the bus was late again. my boss wanted the report by noon but the " +
  "printer broke and nobody knew how to fix it. after lunch i had a headache and went home early. in the evening i " +
  "talked to john about the trip and my wife mary said we should book the tickets soon.";

const CASE_STYLE: ReadonlyArray<PlaceCase> = [
  [SPANISH_PROSE, [], ["luz blanca", "ojo derecho"]],
  [ENGLISH_PROSE, [], ["in a row", "mark brown"]],
  // lower-case chat keeps its cues after 48 words: its sentences open in lower case
  [LOWER_CHAT, [["john", "name:cue"], ["mary", "name:cue"]], ["bus", "printer"]],
  ["i talked to john yesterday about it", [["john", "name:cue"]], ["yesterday"]],
];

runPlaceTable("Spanish text: case style of long sentences", CASE_STYLE);

// A word that is both a town or province and a surname (equal strengths: "Madrid", "Valencia", "Navarra") is a place
// beside another place of an address line: after a postcode or a place and a comma or period, in parentheses after the
// town, or before a country; Spanish provinces and countries written in Spanish are places. A title, a given name or
// no place beside keeps the person.
const PLACE_BESIDE: ReadonlyArray<PlaceCase> = [
  ["Remitido por: Av. Sapporo, 3, 28923 Alcorcón (Madrid) España.",
    [["Av. Sapporo, 3, 28923 Alcorcón", "location:address"], ["Madrid", "location:city"], ["España", "location:country"]], ["Remitido"]],
  ["Correspondencia: Hospital Clínico. 46010. Valencia. E-mail: x@y.es",
    [["Hospital Clínico", "location:facility"], ["Valencia", "location:city"]], ["Correspondencia"]],
  ["Vive en Manises, Valencia, con su madre.", [["Manises, Valencia", "location:city"]], ["madre"]],
  ["Paseo del Prado 5. Santiago, Chile.", [["Paseo del Prado 5", "location:address"], ["Santiago, Chile", "location:city"]], []],
  ["Localidad/ Provincia: Pamplona (Navarra). Nació en Perú.",
    [["Pamplona", "location:city"], ["Navarra", "location:city"], ["Perú", "location:country"]], ["Nació"]],
  ["Domicilio: Calle Olmo 3. Localidad/ Provincia: A Coruña. Natural de San Fernando (Cádiz).",
    [["Calle Olmo 3", "location:address"], ["Coruña", "location:city"], ["San Fernando", "location:city"], ["Cádiz", "location:city"]],
    ["Natural"]],
  // hard negatives: a title, a given name, or no place beside keeps the person
  ["La Sra. Madrid acudió con el Dr. Toledo. María Zamora, su hija, y Lucía Navarra vinieron.",
    [["Madrid", "name:title"], ["Toledo", "name:title"], ["María Zamora", "name:neighbour"], ["Lucía Navarra", "name:neighbour"]],
    ["acudió", "hija"]],
  ["Seen by Dr. Jackson. Lives in Boston, Jackson was there.",
    [["Jackson", "name:title"], ["Boston", "location:city"], ["Jackson", "name:dictionary"]], ["Lives"]],
];

runPlaceTable("Spanish text: a place beside a place", PLACE_BESIDE);

// Spanish writes an eponym after its head noun ("síndrome de Wilkie", "tipo Bricker"): the words after a listed head,
// "de" and an optional grade are the eponym, no name and no town; a sign's result after the name ("Murphy negativo")
// too. A title, a given name or a place cue keeps the person or the town; head nouns are words even when capitalised.
const EPONYMS: ReadonlyArray<PlaceCase> = [
  ["Diagnóstico: síndrome de Wilkie; tumor de Wilms; grado 3 de Fuhrman; derivación tipo Bricker; saco de Douglas; " +
    "virus de Epstein Barr; Murphy negativo.", [], ["Wilkie", "Wilms", "Fuhrman", "Bricker", "Douglas", "Epstein", "Murphy"]],
  ["Se aplicó la técnica de Coleman y la maniobra de Pringle. El Índice de Quick era normal; Grado Funcional II.", [],
    ["Coleman", "Pringle", "Quick", "Grado"]],
  ["Acude con su hija, Sra. Douglas. Lo atendió el Dr. Wilkie. La paciente María Fuhrman, natural de Douglas.",
    [["Douglas", "name:title"], ["Wilkie", "name:title"], ["María Fuhrman", "name:neighbour"], ["Douglas", "name:dictionary"]],
    ["hija", "paciente"]],
];

runPlaceTable("Spanish text: eponyms after their head noun", EPONYMS);

// An unknown capitalised word with an accent is a foreign name's guess (0.45) unless it is spelled like a Spanish noun:
// the accent three or more vowels from the end, or -ción/-sión; a capitalised word and a lower-case one before a colon
// are a field label of two words, which ends the name before it.
const SPELLING: ReadonlyArray<PlaceCase> = [
  ["Se remitió a la Unidad de Diálisis y al Servicio de Prevención; la biopsia de Próstata y el Área de Nutrición.", [],
    ["Diálisis", "Prevención", "Próstata", "Área"]],
  ["Remitido por: Dra. Lucía Ortega Brañas Correo electrónico: lo@x.es", [["Lucía Ortega Brañas", "name:title"]], ["Correo"]],
  // hard negatives: an unknown accented name of another spelling stays a guess; a name before a verb and a colon too
  ["The verses were read by Zoë and then by Wacława.", [["Zoë", "name:cue"], ["Wacława", "name:capitalised"]], ["verses"]],
  ["Yesterday she met Mary. Mary said: yes.", [["Mary", "name:dictionary"], ["Mary", "name:dictionary"]], ["said"]],
];

runPlaceTable("Spanish text: spelling and two-word labels", SPELLING);

// Common Spanish words that open sentences and are also rare names or towns are core words ("Buena evolución",
// "Segundo contacto", "Zona adyacente"); a letter after a slash is a unit, no initial ("mg/L. El"); institution words
// of a report header end the signing doctor's name ("Departamento de", "Correo electrónico"). A title still makes a name of
// such a word, and a street name written in lower case keeps its article ("de el Ferrol").
const SPANISH_WORDS: ReadonlyArray<PlaceCase> = [
  ["Buena evolución posterior. Segundo contacto al año. La PCR era de 2,4 mg/L. El seguimiento fue normal. Zona " +
    "adyacente sin cambios.", [], ["Buena", "Segundo", "L. El", "Zona"]],
  ["Remitido por: Dr. Nicolás Ortega Brañas Departamento de Cirugía. Apartado de Correos 2013.",
    [["Nicolás Ortega Brañas", "name:title"]], ["Departamento"]],
  ["Lo vio el Dr. Segundo Pérez. Domicilio: Avda. de el Ferrol, 27, 1 D.",
    [["Segundo Pérez", "name:title"], ["Avda. de el Ferrol, 27, 1 D", "location:address"]], ["Domicilio"]],
];

runPlaceTable("Spanish text: common words and header words", SPANISH_WORDS);
