// Why this file exists: table tests, with hard negatives, for the stop 54 organisations round og54b (assembly/names/
// r54_og54b.ts, dmeVendor54()): a home medical equipment or oxygen vendor named by its trade's two-word head ("Medical
// Supply", "Home Medical", "Respiratory Supply", "Home Medical Equipment") after a frame ("DME:", "dme vendor", "from",
// "by", "supplier of record is", an opening bracket), or a kind alone after a vendor's label ("DME Norcastle Medical"), in
// mixed case, ALL CAPS and lower case; and a transport provider named by "Ambulance", "Ambulance Service" or "Medical
// Transport" after a carrier's frame or a transport's label ("Transport: Gold Cross Ambulance"). Hard negatives: generic phrases with no name ("from home medical supply", "a local
// medical supply store", "durable medical equipment", "DME: home oxygen", "the medical supply company"; "by volunteer
// ambulance", "via air ambulance", "non-emergency medical transport"). Both engines.
// Every name is made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

/** A hard negative in mixed case and lower case only. */
function mixedLower(text: string, never: readonly string[]): TypedCase[] {
  return [[text, [], never], [text.toLowerCase(), [], never.map((w) => w.toLowerCase())]];
}

const ROWS: readonly TypedCase[] = [
  // a label's field that does not close after the head
  ...casedRows("DME: Brantley Ridge Medical Supply pick up bed 3/14.",
    [["Brantley Ridge Medical Supply", "LOCATION"]], ["DME", "pick up bed"]),
  // "by" before a vendor whose words are English
  ...casedRows("Hospital bed to be picked up by Tolliver Home Medical tomorrow.",
    [["Tolliver Home Medical", "LOCATION"]], ["Hospital bed", "tomorrow"]),
  // a vendor's label without a colon
  ...casedRows("Plan: dme vendor Quillan Respiratory Supply to deliver tub bench.",
    [["Quillan Respiratory Supply", "LOCATION"]], ["dme vendor", "tub bench"]),
  // "is" after the supplier's phrase
  ...casedRows("Your supplier of record is Marlow State Medical Supply (account on file).",
    [["Marlow State Medical Supply", "LOCATION"]], ["supplier of record", "account"]),
  // "Home Medical Equipment" read whole
  ...casedRows("O2 concentrator from Kessington Home Medical Equipment, delivered today.",
    [["Kessington Home Medical Equipment", "LOCATION"]], ["O2 concentrator", "delivered"]),
  // a kind alone after a vendor's label, closing its name before a phone number
  ...casedRows("Recommend CPAP titration; DME Norcastle Medical 208-555-0114.",
    [["Norcastle Medical", "LOCATION"]], ["CPAP", "DME"]),
  // a transport provider after a carrier's frame or a transport's label (mixed case is transportOrg()'s)
  ...casedRows("Transport: Gold Cross Ambulance 13:00 2/21.", [["Gold Cross Ambulance", "LOCATION"]], ["Transport", "13:00"]),
  ...casedRows("Sent by: Midlands Ambulance Service unit 22.", [["Midlands Ambulance Service", "LOCATION"]], ["Sent by", "unit 22"]),
  ...casedRows("Transport: Coastline Medical Transport at 1300 6/7.", [["Coastline Medical Transport", "LOCATION"]], ["Transport:", "1300"]),
  // hard negatives: an ambulance's kind is no name
  // (mixed case and lower case: in ALL CAPS stop 41's transportOrg() takes "VOLUNTEER AMBULANCE" and an older rule "BY
  // COUNTY", findings this round does not write)
  ...mixedLower("Arrived by volunteer ambulance at 0300.", ["volunteer ambulance"]),
  ...casedRows("Transferred via air ambulance with nurse escort.", [], ["air ambulance"]),
  ...mixedLower("Brought by county ambulance; transport by private ambulance home.", ["county ambulance", "private ambulance"]),
  ...casedRows("Needs non-emergency medical transport to dialysis.", [], ["medical transport"]),
  // hard negatives: no name before the head
  // a verb's words before the name are no part of it, and a kind alone does not end a name that goes on
  // (the service's name is the older rules')
  ...casedRows("Her DME supplier will be Cordova Respiratory Services per case management.",
    [["Cordova Respiratory Services", "LOCATION"]], ["will be"]),
  ...casedRows("Oxygen from home medical supply as before.", [], ["home medical supply"]),
  ...casedRows("Walker obtained from a local medical supply store.", [], ["local medical supply"]),
  ...casedRows("Needs durable medical equipment: walker and commode.", [], ["durable medical equipment"]),
  ...casedRows("DME: home oxygen 2 L via nasal cannula.", [], ["home oxygen"]),
  ...casedRows("Ordered through the medical supply company.", [], ["medical supply company"]),
  ...casedRows("Supplies from the pharmacy and medical supply.", [], ["pharmacy", "medical supply"]),
];

runTypedTable("stop 54 (og54b): a medical equipment or oxygen vendor named by its trade's head", ["LOCATION"], ROWS);
