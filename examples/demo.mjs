// Why this file exists: `npm run demo`: redacts a sample clinical note with the built package and prints it before
// and after, with its findings.
import { createRedactor } from "../dist/index.js";

const note = `DISCHARGE SUMMARY
Patient: Maria Gonzalez    MRN: 00482913    DOB: 03/14/1951
Admitted 2024-02-27 to St. Mary's Medical Center, 1200 Oak Street Apt 4B, Springfield, IL 62704.
Attending: Dr. Alan Whitaker. Phone (217) 555-0143, fax 217-555-0199, email m.gonzalez@example.org.
SSN 219-09-9999. Medicare MBI 1EG4-TE5-MK73. Follow-up: https://portal.example-health.org/visits/8812
92 y/o female, seen on Mar. 3rd, 2024 by Dr. Whitaker; husband Tom called 10.0.12.7 helpdesk.`;

const r = await createRedactor({
  // a hospital's own staff list merges with the built-in detectors
  deny: [{ type: "NAME", terms: ["Alan Whitaker", "Whitaker"] }],
});
const { text, findings } = r.redact(note);
console.log(`engine: ${r.engine}, ${r.info.patternCount} dictionary patterns\n`);
console.log("--- before ---\n" + note + "\n");
console.log("--- after ---\n" + text + "\n");
console.log("--- findings ---");
for (const f of findings) {
  console.log(`${f.type.padEnd(12)} [${f.start}, ${f.end}) ${JSON.stringify(f.text)} score=${f.score} ${f.reason}`);
}
