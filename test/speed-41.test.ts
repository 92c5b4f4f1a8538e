// Why this file exists: stop 41's speed round (spd41, docs/performance.md "Stop 41: spd41") split two word lists by
// their words' lengths (org40's trade words, TRADE_HEADS40, into TRADE5_40..TRADE_LONG40 behind tradeHeads40(); org37's
// AGENCY_ENDS37 into AGENCY_ENDS5_37..AGENCY_ENDS11_37 behind agencyEnds37()), gated step()'s trade-word hook by the
// word before's case, and let lowerExit() test the ring's lower-case openers before modeAt(). None may change a finding:
// the split lists must hold exactly the old lists' words, each in the list its length selects, and the table below (every
// trade word and every agency ending in a firm's or an agency's frame, in mixed case, ALL CAPS and lower case, with
// org40's and org37's own examples and hard negatives and lower-case lines for lowerExit()) holds the findings of stop
// 41's start (dd2f424), read from its build on both engines. Names and firms are invented.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const src = readFileSync(new URL("../assembly/names/detect.ts", import.meta.url), "utf8");

/** The words of the packed list const `name` in the detector's source. */
function packed(name: string): string[] {
  const m = new RegExp(`const ${name} = "([^"]*)";`).exec(src);
  expect(m, name).not.toBeNull();
  const raw = (m?.[1] ?? "").replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const words: string[] = [];
  for (let i = 0; i < raw.length; ) {
    const n = raw.charCodeAt(i);
    words.push(raw.slice(i + 1, i + 1 + n));
    expect(raw.slice(i + 1, i + 1 + n).length, name).toBe(n);
    i += n + 1;
  }
  return words;
}

/** Stop 40's TRADE_HEADS40 and stop 37's AGENCY_ENDS37, as they were before the split. */
const TRADE_HEADS40 = "transit mining staffing applicators packaging seafood depot roofing trucking lumber plumbing railroad railway fisheries dairy packing bakery outfitters adventures hardware contracting construction manufacturing motors electric mills steel foods farms dental orthopedics aviation towing logistics evaluations partners stores poultry meats orchards fabrication concrete technology diagnostics solutions security insurance travel systems market outreach training coalition industries freight energy airlines".split(" ");
const AGENCY_ENDS37 = "services service affairs advocacy counsel examiner investigator defender corrections correction aging families welfare assistance security justice safety disabilities standards governments protection revenue transportation vehicles employment health elders parole probation insurance works blind rights quality hearings examiners resources regulation agriculture environment supervision preparedness".split(" ");
// (stop 54, og54: the last thirteen, an agency's remit the older lists lacked: "Department of Public Works", ...)

describe("the lists split by length (stop 41)", () => {
  it("hold org40's trade words, each in the list of its length", () => {
    const bands: Array<[string, number, number]> = [["TRADE5_40", 5, 5], ["TRADE6_40", 6, 6], ["TRADE7_40", 7, 7], ["TRADE8_40", 8, 8],
      ["TRADE9_40", 9, 9], ["TRADE10_40", 10, 10], ["TRADE11_40", 11, 11], ["TRADE_LONG40", 12, 13]];
    const all: string[] = [];
    for (const [name, lo, hi] of bands) for (const w of packed(name)) {
      expect(w.length >= lo && w.length <= hi, `${name}: ${w}`).toBe(true);
      all.push(w);
    }
    expect([...all].sort()).toEqual([...TRADE_HEADS40].sort());
    // (tradeHeads40()'s choice by length, as step() calls it for lengths 5-13)
    expect(src).toContain("return len <= 7 ? (len == 5 ? TRADE5_40 : len == 6 ? TRADE6_40 : TRADE7_40) :\n    len <= 9 ? (len == 8 ? TRADE8_40 : TRADE9_40) : len == 10 ? TRADE10_40 : len == 11 ? TRADE11_40 : TRADE_LONG40;");
  });

  it("hold org37's agency endings, each in the list of its length", () => {
    const bands: Array<[string, number, number]> = [["AGENCY_ENDS5_37", 5, 6], ["AGENCY_ENDS7_37", 7, 7], ["AGENCY_ENDS8_37", 8, 8],
      ["AGENCY_ENDS9_37", 9, 10], ["AGENCY_ENDS11_37", 11, 14]];
    const all: string[] = [];
    for (const [name, lo, hi] of bands) for (const w of packed(name)) {
      expect(w.length >= lo && w.length <= hi, `${name}: ${w}`).toBe(true);
      all.push(w);
    }
    expect([...all].sort()).toEqual([...AGENCY_ENDS37].sort());
    expect(src).toContain("return len <= 7 ? (len == 7 ? AGENCY_ENDS7_37 : AGENCY_ENDS5_37) : len == 8 ? AGENCY_ENDS8_37 : len <= 10 ? AGENCY_ENDS9_37 : AGENCY_ENDS11_37;");
  });
});

// Every trade word after "drives for" / "works part time at" and a rare word, and every agency ending after "Council on",
// as stop 41's start found them (in mixed case "Council on <ending>" is an agency only for "Aging": the others are the
// start's findings too).
const GENERATED: PlaceCase[] = [
  ["He drives for Kestrelvane Transit and lives alone.", [["Kestrelvane Transit","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE TRANSIT AND LIVES ALONE.", [["KESTRELVANE TRANSIT","location:organization"]], []],
  ["he works part time at kestrelvane transit and lives alone.", [["kestrelvane transit","location:organization"]], []],
  ["He drives for Kestrelvane Mining and lives alone.", [["Kestrelvane Mining","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE MINING AND LIVES ALONE.", [["KESTRELVANE MINING","location:organization"]], []],
  ["he works part time at kestrelvane mining and lives alone.", [["kestrelvane mining","location:organization"]], []],
  ["He drives for Kestrelvane Staffing and lives alone.", [["Kestrelvane Staffing","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE STAFFING AND LIVES ALONE.", [["KESTRELVANE STAFFING","location:organization"]], []],
  ["he works part time at kestrelvane staffing and lives alone.", [["kestrelvane staffing","location:organization"]], []],
  ["He drives for Kestrelvane Applicators and lives alone.", [["Kestrelvane Applicators","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE APPLICATORS AND LIVES ALONE.", [["KESTRELVANE APPLICATORS","location:organization"]], []],
  ["he works part time at kestrelvane applicators and lives alone.", [["kestrelvane applicators","location:organization"]], []],
  ["He drives for Kestrelvane Packaging and lives alone.", [["Kestrelvane Packaging","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE PACKAGING AND LIVES ALONE.", [["KESTRELVANE PACKAGING","location:organization"]], []],
  ["he works part time at kestrelvane packaging and lives alone.", [["kestrelvane packaging","location:organization"]], []],
  ["He drives for Kestrelvane Seafood and lives alone.", [["Kestrelvane Seafood","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE SEAFOOD AND LIVES ALONE.", [["KESTRELVANE SEAFOOD","location:organization"]], []],
  ["he works part time at kestrelvane seafood and lives alone.", [["kestrelvane seafood","location:organization"]], []],
  ["He drives for Kestrelvane Depot and lives alone.", [["Kestrelvane Depot","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE DEPOT AND LIVES ALONE.", [["KESTRELVANE DEPOT","location:organization"]], []],
  ["he works part time at kestrelvane depot and lives alone.", [["kestrelvane depot","location:organization"]], []],
  ["He drives for Kestrelvane Roofing and lives alone.", [["Kestrelvane Roofing","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE ROOFING AND LIVES ALONE.", [["KESTRELVANE ROOFING","location:organization"]], []],
  ["he works part time at kestrelvane roofing and lives alone.", [["kestrelvane roofing","location:organization"]], []],
  ["He drives for Kestrelvane Trucking and lives alone.", [["Kestrelvane Trucking","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE TRUCKING AND LIVES ALONE.", [["KESTRELVANE TRUCKING","location:organization"]], []],
  ["he works part time at kestrelvane trucking and lives alone.", [["kestrelvane trucking","location:organization"]], []],
  ["He drives for Kestrelvane Lumber and lives alone.", [["Kestrelvane Lumber","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE LUMBER AND LIVES ALONE.", [["KESTRELVANE LUMBER","location:organization"]], []],
  ["he works part time at kestrelvane lumber and lives alone.", [["kestrelvane lumber","location:organization"]], []],
  ["He drives for Kestrelvane Plumbing and lives alone.", [["Kestrelvane Plumbing","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE PLUMBING AND LIVES ALONE.", [["KESTRELVANE PLUMBING","location:organization"]], []],
  ["he works part time at kestrelvane plumbing and lives alone.", [["kestrelvane plumbing","location:organization"]], []],
  ["He drives for Kestrelvane Railroad and lives alone.", [["Kestrelvane Railroad","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE RAILROAD AND LIVES ALONE.", [["KESTRELVANE RAILROAD","location:organization"]], []],
  ["he works part time at kestrelvane railroad and lives alone.", [["kestrelvane railroad","location:organization"]], []],
  ["He drives for Kestrelvane Railway and lives alone.", [["Kestrelvane Railway","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE RAILWAY AND LIVES ALONE.", [["KESTRELVANE RAILWAY","location:organization"]], []],
  ["he works part time at kestrelvane railway and lives alone.", [["kestrelvane railway","location:organization"]], []],
  ["He drives for Kestrelvane Fisheries and lives alone.", [["Kestrelvane Fisheries","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE FISHERIES AND LIVES ALONE.", [["KESTRELVANE FISHERIES","location:organization"]], []],
  ["he works part time at kestrelvane fisheries and lives alone.", [["kestrelvane fisheries","location:organization"]], []],
  ["He drives for Kestrelvane Dairy and lives alone.", [["Kestrelvane Dairy","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE DAIRY AND LIVES ALONE.", [["KESTRELVANE DAIRY","location:organization"]], []],
  ["he works part time at kestrelvane dairy and lives alone.", [["kestrelvane dairy","location:organization"]], []],
  ["He drives for Kestrelvane Packing and lives alone.", [["Kestrelvane Packing","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE PACKING AND LIVES ALONE.", [["KESTRELVANE PACKING","location:organization"]], []],
  ["he works part time at kestrelvane packing and lives alone.", [["kestrelvane packing","location:organization"]], []],
  ["He drives for Kestrelvane Bakery and lives alone.", [["Kestrelvane Bakery","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE BAKERY AND LIVES ALONE.", [["KESTRELVANE BAKERY","location:organization"]], []],
  ["he works part time at kestrelvane bakery and lives alone.", [["kestrelvane bakery","location:organization"]], []],
  ["He drives for Kestrelvane Outfitters and lives alone.", [["Kestrelvane Outfitters","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE OUTFITTERS AND LIVES ALONE.", [["KESTRELVANE OUTFITTERS","location:organization"]], []],
  ["he works part time at kestrelvane outfitters and lives alone.", [["kestrelvane outfitters","location:organization"]], []],
  ["He drives for Kestrelvane Adventures and lives alone.", [["Kestrelvane Adventures","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE ADVENTURES AND LIVES ALONE.", [["KESTRELVANE ADVENTURES","location:organization"]], []],
  ["he works part time at kestrelvane adventures and lives alone.", [["kestrelvane adventures","location:organization"]], []],
  ["He drives for Kestrelvane Hardware and lives alone.", [["Kestrelvane Hardware","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE HARDWARE AND LIVES ALONE.", [["KESTRELVANE HARDWARE","location:organization"]], []],
  ["he works part time at kestrelvane hardware and lives alone.", [["kestrelvane hardware","location:organization"]], []],
  ["He drives for Kestrelvane Contracting and lives alone.", [["Kestrelvane Contracting","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE CONTRACTING AND LIVES ALONE.", [["KESTRELVANE CONTRACTING","location:organization"]], []],
  ["he works part time at kestrelvane contracting and lives alone.", [["kestrelvane contracting","location:organization"]], []],
  ["He drives for Kestrelvane Construction and lives alone.", [["Kestrelvane Construction","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE CONSTRUCTION AND LIVES ALONE.", [["KESTRELVANE CONSTRUCTION","location:organization"]], []],
  ["he works part time at kestrelvane construction and lives alone.", [["kestrelvane construction","location:organization"]], []],
  ["He drives for Kestrelvane Manufacturing and lives alone.", [["Kestrelvane Manufacturing","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE MANUFACTURING AND LIVES ALONE.", [["KESTRELVANE MANUFACTURING","location:organization"]], []],
  ["he works part time at kestrelvane manufacturing and lives alone.", [["kestrelvane manufacturing","location:organization"]], []],
  ["He drives for Kestrelvane Motors and lives alone.", [["Kestrelvane Motors","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE MOTORS AND LIVES ALONE.", [["KESTRELVANE MOTORS","location:organization"]], []],
  ["he works part time at kestrelvane motors and lives alone.", [["kestrelvane motors","location:organization"]], []],
  ["He drives for Kestrelvane Electric and lives alone.", [["Kestrelvane Electric","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE ELECTRIC AND LIVES ALONE.", [["KESTRELVANE ELECTRIC","location:organization"]], []],
  ["he works part time at kestrelvane electric and lives alone.", [["kestrelvane electric","location:organization"]], []],
  ["He drives for Kestrelvane Mills and lives alone.", [["Kestrelvane Mills","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE MILLS AND LIVES ALONE.", [["KESTRELVANE MILLS","location:organization"]], []],
  ["he works part time at kestrelvane mills and lives alone.", [["kestrelvane mills","location:organization"]], []],
  ["He drives for Kestrelvane Steel and lives alone.", [["Kestrelvane Steel","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE STEEL AND LIVES ALONE.", [["KESTRELVANE STEEL","location:organization"]], []],
  ["he works part time at kestrelvane steel and lives alone.", [["kestrelvane steel","location:organization"]], []],
  ["He drives for Kestrelvane Foods and lives alone.", [["Kestrelvane Foods","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE FOODS AND LIVES ALONE.", [["KESTRELVANE FOODS","location:organization"]], []],
  ["he works part time at kestrelvane foods and lives alone.", [["kestrelvane foods","location:organization"]], []],
  ["He drives for Kestrelvane Farms and lives alone.", [["Kestrelvane Farms","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE FARMS AND LIVES ALONE.", [["KESTRELVANE FARMS","location:organization"]], []],
  ["he works part time at kestrelvane farms and lives alone.", [["kestrelvane farms","location:organization"]], []],
  ["He drives for Kestrelvane Dental and lives alone.", [["Kestrelvane Dental","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE DENTAL AND LIVES ALONE.", [["KESTRELVANE DENTAL","location:organization"]], []],
  ["he works part time at kestrelvane dental and lives alone.", [["kestrelvane dental","location:organization"]], []],
  ["He drives for Kestrelvane Orthopedics and lives alone.", [["Kestrelvane Orthopedics","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE ORTHOPEDICS AND LIVES ALONE.", [["KESTRELVANE ORTHOPEDICS","location:organization"]], []],
  ["he works part time at kestrelvane orthopedics and lives alone.", [["kestrelvane orthopedics","location:organization"]], []],
  ["He drives for Kestrelvane Aviation and lives alone.", [["Kestrelvane Aviation","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE AVIATION AND LIVES ALONE.", [["KESTRELVANE AVIATION","location:organization"]], []],
  ["he works part time at kestrelvane aviation and lives alone.", [["kestrelvane aviation","location:organization"]], []],
  ["He drives for Kestrelvane Towing and lives alone.", [["Kestrelvane Towing","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE TOWING AND LIVES ALONE.", [["KESTRELVANE TOWING","location:organization"]], []],
  ["he works part time at kestrelvane towing and lives alone.", [["kestrelvane towing","location:organization"]], []],
  ["He drives for Kestrelvane Logistics and lives alone.", [["Kestrelvane Logistics","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE LOGISTICS AND LIVES ALONE.", [["KESTRELVANE LOGISTICS","location:organization"]], []],
  ["he works part time at kestrelvane logistics and lives alone.", [["kestrelvane logistics","location:organization"]], []],
  ["He drives for Kestrelvane Evaluations and lives alone.", [["Kestrelvane Evaluations","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE EVALUATIONS AND LIVES ALONE.", [["KESTRELVANE EVALUATIONS","location:organization"]], []],
  ["he works part time at kestrelvane evaluations and lives alone.", [["kestrelvane evaluations","location:organization"]], []],
  ["He drives for Kestrelvane Partners and lives alone.", [["Kestrelvane Partners","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE PARTNERS AND LIVES ALONE.", [["KESTRELVANE PARTNERS","location:organization"]], []],
  ["he works part time at kestrelvane partners and lives alone.", [["kestrelvane partners","location:organization"]], []],
  ["He drives for Kestrelvane Stores and lives alone.", [["Kestrelvane Stores","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE STORES AND LIVES ALONE.", [["KESTRELVANE STORES","location:organization"]], []],
  ["he works part time at kestrelvane stores and lives alone.", [["kestrelvane stores","location:organization"]], []],
  ["He drives for Kestrelvane Poultry and lives alone.", [["Kestrelvane Poultry","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE POULTRY AND LIVES ALONE.", [["KESTRELVANE POULTRY","location:organization"]], []],
  ["he works part time at kestrelvane poultry and lives alone.", [["kestrelvane poultry","location:organization"]], []],
  ["He drives for Kestrelvane Meats and lives alone.", [["Kestrelvane Meats","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE MEATS AND LIVES ALONE.", [["KESTRELVANE MEATS","location:organization"]], []],
  ["he works part time at kestrelvane meats and lives alone.", [["kestrelvane meats","location:organization"]], []],
  ["He drives for Kestrelvane Orchards and lives alone.", [["Kestrelvane Orchards","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE ORCHARDS AND LIVES ALONE.", [["KESTRELVANE ORCHARDS","location:organization"]], []],
  ["he works part time at kestrelvane orchards and lives alone.", [["kestrelvane orchards","location:organization"]], []],
  ["He drives for Kestrelvane Fabrication and lives alone.", [["Kestrelvane Fabrication","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE FABRICATION AND LIVES ALONE.", [["KESTRELVANE FABRICATION","location:organization"]], []],
  ["he works part time at kestrelvane fabrication and lives alone.", [["kestrelvane fabrication","location:organization"]], []],
  ["He drives for Kestrelvane Concrete and lives alone.", [["Kestrelvane Concrete","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE CONCRETE AND LIVES ALONE.", [["KESTRELVANE CONCRETE","location:organization"]], []],
  ["he works part time at kestrelvane concrete and lives alone.", [["kestrelvane concrete","location:organization"]], []],
  ["He drives for Kestrelvane Technology and lives alone.", [["Kestrelvane Technology","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE TECHNOLOGY AND LIVES ALONE.", [["KESTRELVANE TECHNOLOGY","location:organization"]], []],
  ["he works part time at kestrelvane technology and lives alone.", [["kestrelvane technology","location:organization"]], []],
  ["He drives for Kestrelvane Diagnostics and lives alone.", [["Kestrelvane Diagnostics","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE DIAGNOSTICS AND LIVES ALONE.", [["KESTRELVANE DIAGNOSTICS","location:organization"]], []],
  ["he works part time at kestrelvane diagnostics and lives alone.", [["kestrelvane diagnostics","location:organization"]], []],
  ["He drives for Kestrelvane Solutions and lives alone.", [["Kestrelvane Solutions","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE SOLUTIONS AND LIVES ALONE.", [["KESTRELVANE SOLUTIONS","location:organization"]], []],
  ["he works part time at kestrelvane solutions and lives alone.", [["kestrelvane solutions","location:organization"]], []],
  ["He drives for Kestrelvane Security and lives alone.", [["Kestrelvane Security","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE SECURITY AND LIVES ALONE.", [["KESTRELVANE SECURITY","location:organization"]], []],
  ["he works part time at kestrelvane security and lives alone.", [["kestrelvane security","location:organization"]], []],
  ["He drives for Kestrelvane Insurance and lives alone.", [["Kestrelvane Insurance","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE INSURANCE AND LIVES ALONE.", [["KESTRELVANE INSURANCE","location:organization"]], []],
  ["he works part time at kestrelvane insurance and lives alone.", [["kestrelvane insurance","location:organization"]], []],
  ["He drives for Kestrelvane Travel and lives alone.", [["Kestrelvane Travel","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE TRAVEL AND LIVES ALONE.", [["KESTRELVANE TRAVEL","location:organization"]], []],
  ["he works part time at kestrelvane travel and lives alone.", [["kestrelvane travel","location:organization"]], []],
  ["He drives for Kestrelvane Systems and lives alone.", [["Kestrelvane Systems","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE SYSTEMS AND LIVES ALONE.", [["KESTRELVANE SYSTEMS","location:organization"]], []],
  ["he works part time at kestrelvane systems and lives alone.", [["kestrelvane systems","location:organization"]], []],
  ["He drives for Kestrelvane Market and lives alone.", [["Kestrelvane Market","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE MARKET AND LIVES ALONE.", [["KESTRELVANE MARKET","location:organization"]], []],
  ["he works part time at kestrelvane market and lives alone.", [["kestrelvane market","location:organization"]], []],
  ["He drives for Kestrelvane Outreach and lives alone.", [["Kestrelvane Outreach","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE OUTREACH AND LIVES ALONE.", [["KESTRELVANE OUTREACH","location:organization"]], []],
  ["he works part time at kestrelvane outreach and lives alone.", [["kestrelvane outreach","location:organization"]], []],
  ["He drives for Kestrelvane Training and lives alone.", [["Kestrelvane Training","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE TRAINING AND LIVES ALONE.", [["KESTRELVANE TRAINING","location:organization"]], []],
  ["he works part time at kestrelvane training and lives alone.", [["kestrelvane training","location:organization"]], []],
  ["He drives for Kestrelvane Coalition and lives alone.", [["Kestrelvane Coalition","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE COALITION AND LIVES ALONE.", [["KESTRELVANE COALITION","location:organization"]], []],
  ["he works part time at kestrelvane coalition and lives alone.", [["kestrelvane coalition","location:organization"]], []],
  ["He drives for Kestrelvane Industries and lives alone.", [["Kestrelvane Industries","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE INDUSTRIES AND LIVES ALONE.", [["KESTRELVANE INDUSTRIES","location:organization"]], []],
  ["he works part time at kestrelvane industries and lives alone.", [["kestrelvane industries","location:organization"]], []],
  ["He drives for Kestrelvane Freight and lives alone.", [["Kestrelvane Freight","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE FREIGHT AND LIVES ALONE.", [["KESTRELVANE FREIGHT","location:organization"]], []],
  ["he works part time at kestrelvane freight and lives alone.", [["kestrelvane freight","location:organization"]], []],
  ["He drives for Kestrelvane Energy and lives alone.", [["Kestrelvane Energy","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE ENERGY AND LIVES ALONE.", [["KESTRELVANE ENERGY","location:organization"]], []],
  ["he works part time at kestrelvane energy and lives alone.", [["kestrelvane energy","location:organization"]], []],
  ["He drives for Kestrelvane Airlines and lives alone.", [["Kestrelvane Airlines","location:organization"]], []],
  ["HE DRIVES FOR KESTRELVANE AIRLINES AND LIVES ALONE.", [["KESTRELVANE AIRLINES","location:organization"]], []],
  ["he works part time at kestrelvane airlines and lives alone.", [["kestrelvane airlines","location:organization"]], []],
  ["Referral to Millbridge Council on Services, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON SERVICES, FAX SENT.", [["MILLBRIDGE COUNCIL ON SERVICES","location:organization"]], []],
  ["Referral to Millbridge Council on Service, fax sent.", [["Millbridge Council","name:neighbour"],["Service","name:capitalised"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON SERVICE, FAX SENT.", [["MILLBRIDGE COUNCIL ON SERVICE","location:organization"]], []],
  ["Referral to Millbridge Council on Affairs, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON AFFAIRS, FAX SENT.", [["MILLBRIDGE COUNCIL ON AFFAIRS","location:organization"]], []],
  ["Referral to Millbridge Council on Advocacy, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON ADVOCACY, FAX SENT.", [["MILLBRIDGE COUNCIL ON ADVOCACY","location:organization"]], []],
  ["Referral to Millbridge Council on Counsel, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON COUNSEL, FAX SENT.", [["MILLBRIDGE COUNCIL ON COUNSEL","location:organization"]], []],
  ["Referral to Millbridge Council on Examiner, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON EXAMINER, FAX SENT.", [["MILLBRIDGE COUNCIL ON EXAMINER","location:organization"]], []],
  ["Referral to Millbridge Council on Investigator, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON INVESTIGATOR, FAX SENT.", [["MILLBRIDGE COUNCIL ON INVESTIGATOR","location:organization"]], []],
  ["Referral to Millbridge Council on Defender, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON DEFENDER, FAX SENT.", [["MILLBRIDGE COUNCIL ON DEFENDER","location:organization"]], []],
  ["Referral to Millbridge Council on Corrections, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON CORRECTIONS, FAX SENT.", [["MILLBRIDGE COUNCIL ON CORRECTIONS","location:organization"]], []],
  ["Referral to Millbridge Council on Correction, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON CORRECTION, FAX SENT.", [["MILLBRIDGE COUNCIL ON CORRECTION","location:organization"]], []],
  ["Referral to Millbridge Council on Aging, fax sent.", [["Millbridge Council on Aging","location:organization"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON AGING, FAX SENT.", [["MILLBRIDGE COUNCIL ON AGING","location:organization"]], []],
  ["Referral to Millbridge Council on Families, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON FAMILIES, FAX SENT.", [["MILLBRIDGE COUNCIL ON FAMILIES","location:organization"]], []],
  ["Referral to Millbridge Council on Welfare, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON WELFARE, FAX SENT.", [["MILLBRIDGE COUNCIL ON WELFARE","location:organization"]], []],
  ["Referral to Millbridge Council on Assistance, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON ASSISTANCE, FAX SENT.", [["MILLBRIDGE COUNCIL ON ASSISTANCE","location:organization"]], []],
  ["Referral to Millbridge Council on Security, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON SECURITY, FAX SENT.", [["MILLBRIDGE COUNCIL ON SECURITY","location:organization"]], []],
  ["Referral to Millbridge Council on Justice, fax sent.", [["Millbridge Council","name:neighbour"],["Justice","name:capitalised"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON JUSTICE, FAX SENT.", [["MILLBRIDGE COUNCIL ON JUSTICE","location:organization"]], []],
  ["Referral to Millbridge Council on Safety, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON SAFETY, FAX SENT.", [["MILLBRIDGE COUNCIL ON SAFETY","location:organization"]], []],
  ["Referral to Millbridge Council on Disabilities, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON DISABILITIES, FAX SENT.", [["MILLBRIDGE COUNCIL ON DISABILITIES","location:organization"]], []],
  ["Referral to Millbridge Council on Standards, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON STANDARDS, FAX SENT.", [["MILLBRIDGE COUNCIL ON STANDARDS","location:organization"]], []],
  ["Referral to Millbridge Council on Governments, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON GOVERNMENTS, FAX SENT.", [["MILLBRIDGE COUNCIL ON GOVERNMENTS","location:organization"]], []],
  ["Referral to Millbridge Council on Protection, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON PROTECTION, FAX SENT.", [["MILLBRIDGE COUNCIL ON PROTECTION","location:organization"]], []],
  ["Referral to Millbridge Council on Revenue, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON REVENUE, FAX SENT.", [["MILLBRIDGE COUNCIL ON REVENUE","location:organization"]], []],
  ["Referral to Millbridge Council on Transportation, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON TRANSPORTATION, FAX SENT.", [["MILLBRIDGE COUNCIL ON TRANSPORTATION","location:organization"]], []],
  ["Referral to Millbridge Council on Vehicles, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON VEHICLES, FAX SENT.", [["MILLBRIDGE COUNCIL ON VEHICLES","location:organization"]], []],
  ["Referral to Millbridge Council on Employment, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON EMPLOYMENT, FAX SENT.", [["MILLBRIDGE COUNCIL ON EMPLOYMENT","location:organization"]], []],
  ["Referral to Millbridge Council on Health, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON HEALTH, FAX SENT.", [], []],
  ["Referral to Millbridge Council on Elders, fax sent.", [["Millbridge Council","name:neighbour"],["Elders","name:capitalised"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON ELDERS, FAX SENT.", [["MILLBRIDGE COUNCIL ON ELDERS","location:organization"]], []],
  ["Referral to Millbridge Council on Parole, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON PAROLE, FAX SENT.", [["MILLBRIDGE COUNCIL ON PAROLE","location:organization"]], []],
  ["Referral to Millbridge Council on Probation, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON PROBATION, FAX SENT.", [["MILLBRIDGE COUNCIL ON PROBATION","location:organization"]], []],
  ["Referral to Millbridge Council on Insurance, fax sent.", [["Millbridge Council","name:neighbour"]], []],
  ["REFERRAL TO MILLBRIDGE COUNCIL ON INSURANCE, FAX SENT.", [["MILLBRIDGE COUNCIL ON INSURANCE","location:organization"]], []],
];

// org40's and org37's examples and hard negatives, the band's edges (four and fourteen letters, the word before in another
// case), and lower-case lines inside mixed-case text and lower-case writing (lowerExit()).
const EXAMPLES: PlaceCase[] = [
  ["He came via Public Transit today.", [], []],
  ["Income from Social Security and a pension.", [], []],
  ["Retired from Coal Mining in 1998.", [["Coal Mining","location:organization"]], []],
  ["Lab specimen in transit to the lab.", [], []],
  ["She works at the farmers market on weekends.", [], []],
  ["PREPPED WITH BETADINE SOLUTIONS AND DRAPED.", [], []],
  ["MASS WITH SLIGHT BLEEDING PACKING PLACED.", [], []],
  ["REVIEW OF SYSTEMS: negative.", [], []],
  ["He drives for Kestrelvane Farm and lives alone.", [["Kestrelvane Farm","location:organization"]], []],
  ["He drives for the Kestrelvane Transportations and lives alone.", [["Kestrelvane Transportations","name:neighbour"]], []],
  ["He drives for KESTRELVANE Transit and lives alone.", [["KESTRELVANE Transit","location:organization"]], []],
  ["He drives for kestrelvane Transit and lives alone.", [], []],
  ["Works at Stemilt Packing as a sorter.", [["Stemilt Packing","location:organization"]], []],
  ["RIDE WITH LUKE'S TOWING TO THE ER.", [["LUKE'S TOWING","location:organization"]], []],
  ["Employed by Blackhawk Mining Co. since 2010.", [["Blackhawk Mining Co","location:organization"]], []],
  ["(RAINSHADOW MEDICAL STAFFING) nurse on the unit.", [["RAINSHADOW MEDICAL STAFFING","location:organization"]], []],
  ["medical contractor: festmed partners", [["festmed partners","location:organization"]], []],
  ["Caseworker: Vanessa Ugwu, Department of Children and Family Services, called.", [["Vanessa Ugwu","name:neighbour"],["Department of Children and Family Services","location:organization"]], []],
  ["faxed to Department of Health and Human Services", [["Department of Health and Human Services","location:organization"]], []],
  ["OFFICE OF THE CHIEF MEDICAL EXAMINER, STATE OF VERMONT", [["OFFICE OF THE CHIEF MEDICAL EXAMINER","location:organization"],["VERMONT","location:state"]], []],
  ["defense counsel of the Department of Public Advocacy", [["Department of Public Advocacy","location:organization"]], []],
  ["referral (Millbridge Council on Aging,", [["Millbridge Council on Aging","location:organization"]], []],
  ["referred to the department of social services by the school", [["department of social services","location:organization"]], []],
  ["SOWEGA COUNCIL ON AGING", [["SOWEGA COUNCIL ON AGING","location:organization"]], []],
  // (stop 54, og54: the state's code in capitals now joins the capitalised head, as the ALL CAPS twin and the gold read it)
  ["WV Division of Corrections", [["WV Division of Corrections","location:organization"]], []],
  ["Area Agency on Aging", [["Area Agency on Aging","location:organization"]], []],
  ["Executive Office of Elder Affairs", [["Executive Office of Elder Affairs","location:organization"]], []],
  ["Seen in the Department of Rehabilitation Services.", [], []],
  ["Division of Pediatric Services", [], []],
  ["Department of Health Sciences", [], []],
  ["Per the Department of Health.", [], []],
  ["Called the Department of Transportation today.", [["Department of Transportation","location:organization"]], []],
  ["From: Priya Raghunathan  Sent: 8/14 10:02 PM\nhi dr fitzgerald, my husband arjun says the rash is worse today", [["Priya Raghunathan","name:neighbour"],["fitzgerald","name:title"],["arjun","name:cue"]], []],
  ["i talked to john about it. my wife mary drove me to the clinic at the mall", [["john","name:cue"],["mary","name:cue"]], []],
  ["Pt stable. ok. my wife grace says hi. Plan: follow up.", [], []],
  ["the patient was seen by dr. hollis in the operating room at this point", [["hollis","name:title"]], []],
];

runPlaceTable("stop 41: trade words and agency endings as at the start", GENERATED);
runPlaceTable("stop 41: examples and hard negatives as at the start", EXAMPLES);
