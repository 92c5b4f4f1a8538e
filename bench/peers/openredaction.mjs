// Why this file exists: adapter for openredaction: `await new OpenRedaction().detect(text)` with its defaults (it
// returns the redacted text and the detections with UTF-16 positions).
import { OpenRedaction } from "openredaction";

export default {
  name: "openredaction",
  pkg: "openredaction",
  api: "await new OpenRedaction().detect(text)",
  async: true,
  async create() {
    return new OpenRedaction();
  },
  async run(r, text) {
    const res = await r.detect(text);
    return res.detections.length;
  },
  async spans(r, text) {
    const res = await r.detect(text);
    return res.detections.map((d) => [d.position[0], d.position[1]]);
  },
};
