// Why this file exists: table tests, with hard negatives, for the stop 30 organisations round (org30): names the
// facility rule cut short (an opening "Upper", "Second", "Greater" stripped as a core word; an organisation's head after
// a facility's, "Rehabilitation Commission"; a legal form after a comma, "..., LLP"; a place after "of" in lower-case
// text), new organisation heads (Commission, Committee, Coalition, Alliance, Guild, Catering, Stables, Air Base...),
// national charities and chains from the built-in list, and public agencies' acronyms in a report's frame ("Report
// filed to DCF"). Both engines. Names are made up, except the national organisations the built-in list holds.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a word that opens names, which the facility rule stripped as a core English word
  ["He volunteers at the Lower Harmon Humane Society on weekends.", [["Lower Harmon Humane Society", ORG]], ["volunteers", "weekends"]],
  ["Deacon at Second Methodist Church of Dunmore.", [["Second Methodist Church of Dunmore", ORG]], ["Deacon"]],
  ["DEACON AT SECOND METHODIST CHURCH OF DUNMORE; PASTOR REV. AMES",
    [["SECOND METHODIST CHURCH OF DUNMORE", ORG], ["AMES", "name:title"]], ["DEACON", "PASTOR"]],
  ["Home with Outer Harbor VNA. Follow up in 2 weeks.", [["Outer Harbor VNA", ORG]], ["Home", "Follow"]],
  ["Referred to Greater Tollman Legal Services.", [["Greater Tollman Legal Services", ORG]], ["Referred"]],
  ["attends first baptist church of dunmore.", [["first baptist church of dunmore", ORG]], ["attends"]],
  // an organisation's head after a facility's head
  ["Letter to Kessington Rehabilitation Commission re: job.", [["Kessington Rehabilitation Commission", ORG]], ["Letter", "job"]],
  ["Urine sent to Kessler Clinic Laboratories.", [["Kessler Clinic Laboratories", ORG]], ["Urine", "sent"]],
  // new organisation heads after a name, a place or a word no list has
  ["Referred to the Merriton Housing Coalition.", [["Merriton Housing Coalition", ORG]], ["Referred"]],
  ["Wedding at the Brackwater Guild on Friday.", [["Brackwater Guild", ORG]], ["Wedding"]],
  ["Catered by Bellucci's Catering.", [["Bellucci's Catering", ORG]], ["Catered"]],
  ["Thrown from a horse at Tierney Stables.", [["Tierney Stables", ORG]], ["horse"]],
  ["Stationed at Fenmoor Air Force Base.", [["Fenmoor Air Force Base", ORG]], ["Stationed"]],
  // a legal form after a comma, English words before it included
  ["Hollis, Marchetti & Crane, LLP\nAttn: records", [["Hollis, Marchetti & Crane, LLP", ORG]], ["Attn", "records"]],
  ["Acme Widgets, Inc. sent the form.", [["Acme Widgets, Inc", ORG]], ["sent", "form"]],
  // a place after "of" in lower-case text, and a place of two words after "of"
  ["referred to the ymca of western idaho.", [["ymca of western idaho", ORG]], ["referred"]],
  // (an English word before the head stays out, as before this round: "Hearing")
  ["Audiogram at Hearing Associates of Cape Cod today.", [["Associates of Cape Cod", ORG]], ["Audiogram", "Hearing", "today"]],
  // the new heads in ALL CAPS after a where-frame, with a word no list has
  ["WEDDING AT BRACKWATER GUILD 08/05", [["BRACKWATER GUILD", ORG]], ["WEDDING"]],
  ["(STATIONED AT FENMOOR AIR BASE) - UPDATED", [["FENMOOR AIR BASE", ORG]], ["STATIONED", "UPDATED"]],
  // public agencies' acronyms in a report's frame
  ["Report filed to DCF today.", [["DCF", ORG]], ["Report", "today"]],
  ["reported to state (MDPH) case # 12", [["MDPH", ORG]], ["reported", "state"]],
  ["Overseas medical exam by IOM in 2019.", [["IOM", ORG]], ["exam"]],
  ["REPORT FILED WITH DSS.", [["DSS", ORG]], ["REPORT"]],
  ["report filed to dcf.", [["dcf", ORG]], ["report"]],
  // national charities and chains (src/builtins.ts)
  ["Unit collected by the American Red Cross.", [["American Red Cross", ORG]], ["collected"]],
  ["They are staying at the Holiday Inn Express tonight.", [["Holiday Inn Express", ORG]], ["staying", "tonight"]],
  ["Resettlement agency: International Rescue Committee", [["International Rescue Committee", ORG]], ["Resettlement"]],
  ["urine cytology sent to mayo clinic laboratories.", [["mayo clinic laboratories", ORG]], ["cytology", "sent"]],
  // a hospital's own service after its head stays the hospital's
  ["Films read at Harwick Hospital Imaging.", [["Harwick Hospital Imaging", FAC]], ["Films"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // committees, commissions and services named by English words only are a hospital's or a nation's, no one's
  ["The ethics committee met today.", [], ["ethics", "committee"]],
  ["The Ethics Committee was consulted.", [], ["Ethics", "Committee"]],
  ["Our Infection Control Committee reviewed it.", [], ["Infection", "Committee"]],
  ["He is on the Transplant Committee list.", [], ["Transplant", "Committee"]],
  ["Reviewed per Joint Commission standards.", [], ["Joint", "Commission"]],
  ["Referred to the Coalition for housing.", [], ["Coalition"]],
  ["She attends the Program weekly.", [], ["Program"]],
  ["She has a Human Rights complaint.", [], ["Human", "Rights"]],
  ["Referred to Social Services.", [], ["Social", "Services"]],
  ["Physical Therapy Services will see her.", [], ["Physical", "Services"]],
  // Adult Protective Services: the state's agency, named by English words only; left to the frames that name it
  ["Adult Protective Services was called.", [], ["Adult", "Protective", "Services"]],
  ["follow up in infectious disease clinic in 3 days.", [], ["infectious", "clinic"]],
  // scales and tests named after an organisation or a town
  ["NYHA: New York Heart Association class III symptoms.", [["New York", "location:city"]], ["Heart", "Association", "class"]],
  ["American Society of Anesthesiologists class 2.", [], ["Society", "Anesthesiologists"]],
  ["Boston Naming Test 52/60.", [["Boston", "name:dictionary"]], ["Naming", "Test"]],
  // an opener that prose uses as an adjective, in capitals
  ["SEEN AT THE NEW MERCY CLINIC TODAY.", [["MERCY CLINIC", FAC]], ["NEW", "SEEN"]],
  // "inc" as increase, and one English word before a comma and "Inc."
  ["PAIN CONTROLLED, INC ACTIVITY AS TOLERATED.", [], ["PAIN", "INC", "ACTIVITY"]],
  ["XRAY: ATELECTASIS AT LEFT LUNG BASE.", [], ["LUNG", "BASE"]],
  ["REFERRED TO ETHICS COMMITTEE.", [], ["ETHICS", "COMMITTEE"]],
  ["Pain, Inc. dose of morphine.", [], ["Pain", "Inc"]],
  // a count noun's "of" and a place in lower-case text
  ["a group of texas patients", [], ["group", "texas"]],
  ["the results of the month were discussed", [], ["results", "month"]],
  // agencies' acronyms without a report's frame, and the clinical ones
  ["He takes DPH 100 mg daily.", [], ["DPH"]],
  ["Rule out APS. Lupus anticoagulant sent.", [], ["APS"]],
  ["APS caseworker Jane Roe visited.", [["Jane Roe", "name:neighbour"]], ["APS", "caseworker"]],
  ["Labs were reported to MD.", [], ["MD"]],
];

runPlaceTable("organisation names cut short, new heads, agencies in a report's frame (stop 30 organisations round)", POSITIVES);
runPlaceTable("committees, scales, adjectives and clinical acronyms stay words (stop 30)", NEGATIVES);
