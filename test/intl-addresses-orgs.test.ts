// Why this file exists: table tests, with hard negatives, for the international round (intl11): European street lines
// (types written first with articles, "ul." after a house number, residence-frame streets without a type, Swedish
// "-vägen", lower-case compounds), towns of several words (in an address tail, through particles), and organisations
// (signature blocks, affiliation frames, firm lists with a given name, more organisation heads). Both engines. Names
// are made up or common.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const STREETS: ReadonlyArray<PlaceCase> = [
  // a street type written first, one Romance article before the name (within the look-ahead)
  ["She lives on Via dei Fiorentini 17.", [["Via dei Fiorentini 17", "location:address"]], ["She", "lives"]],
  ["Send it to Via delle Coste 41, please.", [["Via delle Coste 41", "location:address"]], ["Send", "please"]],
  // Italian squares, Polish squares
  ["The office is on Largo Augusto 7, and the shop on Plac Bankowy 2.",
    [["Largo Augusto 7", "location:address"], ["Plac Bankowy 2", "location:address"]], ["office", "shop"]],
  // "ul." after a house number in an address's frame ("at", a field, a line start)
  ["The bus drops you off at 9383 ul. Chrzanowska 61.", [["9383 ul. Chrzanowska 61", "location:address"]], ["bus"]],
  ["Address: 772 ul. Narewska 94", [["772 ul. Narewska 94", "location:address"]], ["Address"]],
  // hard negatives: microlitres without that frame
  ["Give 200 ul. Heparin 10 times a day.", [], ["200", "ul", "Heparin", "10"]],
  ["Add 5 ul. Saline 10 ml.", [], ["5", "ul", "Saline"]],
  ["give 5 ul saline 10 ml and walk 2 blocks", [], ["ul", "saline", "walk"]],
  // a street without a type after a residence frame, the number closing the clause
  ["I live at Dalmatinova 68.", [["Dalmatinova 68", "location:address"]], ["live"]],
  ["He moved to Příční 1429, near the station.", [["Příční 1429", "location:address"]], ["near", "station"]],
  // hard negatives: English words after the frame, or a number that does not close the clause
  ["He lives at Home 5 days a week.", [], ["Home", "5", "days"]],
  ["She lives on Social Security 2.", [], ["Social", "Security"]],
  // Swedish "-vägen" (a non-ASCII ending)
  ["I live at Hammarvägen 15, Stockholm.", [["Hammarvägen 15, Stockholm", "location:address"]], ["live"]],
  // a lower-case compound after a house number in an address's frame
  ["i moved. she lives at 255 hersnapvej 18 now", [["255 hersnapvej 18", "location:address"]], ["moved", "now"]],
  // towns of several words in an address tail: a particle inside, or a Maghreb "Cité" and its estate
  ["Avda. Rio Nalon 58\nApt. 461\nSoto del Barco\nSpain 61709",
    [["Avda. Rio Nalon 58", "location:address"], ["Apt. 461", "location:address"], ["Soto del Barco", "location:address"],
      ["Spain 61709", "location:address"]], []],
  ["29 Rue de Tanger\nSuite 399\nCite Ben Hjel\nTunisia 56004",
    [["29 Rue de Tanger", "location:address"], ["Suite 399", "location:address"], ["Cite Ben Hjel", "location:address"],
      ["Tunisia 56004", "location:address"]], []],
  // towns whose names go on through particles; after "in" such a town beats a name with a particle
  ["She grew up in Chiclana de la Frontera.", [["Chiclana de la Frontera", "location:city"]], ["grew"]],
  ["He lives in Villafranca del Cid now.", [["Villafranca del Cid", "location:city"]], ["now"]],
  ["He works in Frankfurt am Main.", [["Frankfurt am Main", "location:city"]], ["works"]],
  // hard negatives: a strong given name with its particle stays a person; Spanish prose after a town stays prose
  ["a letter from Juan de Dios", [["Juan de Dios", "name:neighbour"]], ["letter"]],
  ["She was in Juan de Dios for a week.", [["Juan de Dios", "name:neighbour"]], ["week"]],
  ["Vive en Madrid de la época actual.", [["Madrid", "location:city"]], ["época", "actual"]],
  // hard negatives: "Cite" outside an address is the verb; a person's line after a street stays a name
  ["Cite Smith et al. in your paper.", [], ["Cite", "Smith"]],
  ["12 Main St\nJohn Smith\nBoston",
    [["12 Main St", "location:address"], ["John Smith", "name:neighbour"], ["Boston", "name:dictionary"]], []],
];

const ORGANISATIONS: ReadonlyArray<PlaceCase> = [
  // a signature block: name line, organisation line, mail line (or the name again in a quoted signature)
  ["Dreux Joly\nPaxata\nPSC 3294, Box 9168",
    [["Dreux Joly", "name:neighbour"], ["Paxata", "location:organization"], ["PSC 3294, Box 9168", "location:po-box"]], []],
  [">Marta Palermo\n>Cityscan\n>Marta Palermo",
    [["Marta Palermo", "name:neighbour"], ["Cityscan", "location:organization"], ["Marta Palermo", "name:neighbour"]], []],
  // hard negatives: a job title of English words, an unknown job title before a line that is no mail line
  ["Jane Roe\nSales Manager\n12 Main St", [["Jane Roe", "name:neighbour"], ["12 Main St", "location:address"]], ["Sales", "Manager"]],
  // (stop 32: the line right before the mail line is the organisation, as "Paxata" above; the job title stays)
  ["Cormac Allan\nEchocardiographer\nQuorbelcom\n338 Main St",
    [["Cormac Allan", "name:neighbour"], ["Quorbelcom", "location:organization"], ["338 Main St", "location:address"]], ["Echocardiographer"]],
  // a hospital on that line, or after "at ... in", is a facility
  ["Jane Roe\nQuorvale Hospital\n12 Main St",
    [["Jane Roe", "name:neighbour"], ["Quorvale Hospital", "location:facility"], ["12 Main St", "location:address"]], []],
  // affiliation frames: a stint at, a person from/of, CEO of, the X office/website, at X in a town
  ["Magnus spent a year at Simpletuition as an intern.",
    [["Magnus", "name:dictionary"], ["Simpletuition", "location:organization"]], ["intern"]],
  ["Tom Holzman from Predilytics is the keynote speaker.",
    [["Tom Holzman", "name:neighbour"], ["Predilytics", "location:organization"]], ["keynote"]],
  ["Rościsław Dudek of Lexisnexis is the CEO.", [["Rościsław Dudek", "name:neighbour"], ["Lexisnexis", "location:organization"]], ["CEO"]],
  ["The Avalara office is at 12 Main St.", [["Avalara", "location:organization"], ["12 Main St", "location:address"]], ["office"]],
  ["Prices are listed according to the Costquest website.", [["Costquest", "location:organization"]], ["Prices", "website"]],
  ["Zargan Vedzizhev from Garcia-Roberson spoke first.",
    [["Zargan Vedzizhev", "name:neighbour"], ["Garcia-Roberson", "location:organization"]], ["spoke"]],
  ["She joined the following year at Numedii in Cheb.", [["Numedii", "location:organization"], ["Cheb", "location:city"]], ["joined"]],
  // hard negatives: a known town keeps its place, a care verb its facility, a drug brand, an eponym, a person's address
  ["John Smith from Springfield called.", [["John Smith", "name:neighbour"], ["Springfield", "location:city"]], ["called"]],
  ["He was discharged to Quorvale yesterday.", [["Quorvale", "location:facility"]], ["discharged"]],
  ["Check the Tylenol website for dosing.", [], ["Tylenol", "website"]],
  ["Guillain-Barre was suspected.", [], ["Guillain", "Barre"]],
  ["The address of John Smith is 12 Main St.", [["John Smith", "name:neighbour"], ["12 Main St", "location:address"]], ["address"]],
  // firm lists: two founders and a given name that is no English word
  ["Owens, Duran and Oneal\n\n12 Main St",
    [["Owens, Duran and Oneal", "location:organization"], ["12 Main St", "location:address"]], []],
  ["Lopez, Santos and Coleman is a design agency.", [["Lopez, Santos and Coleman", "location:organization"]], ["design", "agency"]],
  // hard negatives: given names listed are people
  ["Mary, John and Peter came.", [["Mary", "name:dictionary"], ["John", "name:dictionary"], ["Peter", "name:dictionary"]], ["came"]],
  ["Smith, John and Mary came to visit.", [["Smith, John", "name:neighbour"], ["Mary", "name:dictionary"]], ["came", "visit"]],
  // organisation heads of firms; English words alone before them stay words
  ["He worked for Kowalski Construction.", [["Kowalski Construction", "location:organization"]], ["worked"]],
  ["She works with Forrester Research now.", [["Forrester Research", "location:organization"]], ["works", "now"]],
  ["Admitted to the Clinical Research Unit.", [], ["Clinical", "Research", "Unit"]],
  ["We arranged Patient Transport home.", [], ["Patient", "Transport"]],
  ["Valoración Global:\nA lo largo de la exploración", [], ["Valoración", "Global"]],
];

runPlaceTable("international streets and towns (intl11)", STREETS);
runPlaceTable("organisations of international prompts (intl11)", ORGANISATIONS);
