// Why this file exists: the options page logic: edits the settings (sites, operators, lists, behaviour), keeps the
// content-script registration in step, and previews redaction locally with the same library the content script uses.
import {
  OPERATOR_CHOICES, loadSettings, normalizeSite, parseDeny, saveSettings, syncRegistration,
} from "./settings.js";

const P = globalThis.phiscrub;
const $ = (id) => document.getElementById(id);
let settings;

function lines(text) {
  return text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
}

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").className = isError ? "err" : "";
}

function renderSites() {
  const ul = $("sites");
  ul.replaceChildren();
  for (const site of settings.sites) {
    const li = document.createElement("li");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "Remove";
    remove.addEventListener("click", () => {
      settings.sites = settings.sites.filter((s) => s !== site);
      renderSites();
      void save();
    });
    li.append(site, remove);
    ul.append(li);
  }
}

function renderOperators() {
  const table = $("operators");
  table.replaceChildren();
  for (const type of P.ENTITY_TYPES) {
    const tr = document.createElement("tr");
    const name = document.createElement("td");
    name.textContent = type;
    const select = document.createElement("select");
    select.dataset.type = type;
    select.setAttribute("aria-label", `operator for ${type}`);
    for (const op of OPERATOR_CHOICES) select.append(new Option(op, op));
    select.value = settings.operators[type] ?? "placeholder";
    select.addEventListener("change", () => void save());
    const cell = document.createElement("td");
    cell.append(select);
    tr.append(name, cell);
    table.append(tr);
  }
}

function collect() {
  const operators = {};
  for (const select of document.querySelectorAll("#operators select")) {
    if (select.value !== "placeholder") operators[select.dataset.type] = select.value;
  }
  return {
    ...settings,
    operators,
    deny: lines($("deny").value),
    allow: lines($("allow").value),
    ask: $("ask").checked,
    restoreReplies: $("restore").checked,
  };
}

async function save() {
  try {
    settings = collect();
    await saveSettings(settings);
    await syncRegistration(settings.sites);
    setStatus(`Saved (${settings.sites.length} site(s)).`);
    void preview();
  } catch (err) {
    setStatus(`Not saved: ${err.message}`, true);
  }
}

async function preview() {
  try {
    const entities = P.ENTITY_TYPES.filter((t) => (settings.operators[t] ?? "placeholder") !== "keep");
    const deny = parseDeny(lines($("deny").value), P.ENTITY_TYPES);
    const r = await P.createRedactor({ entities, deny, allow: settings.allow });
    // as the content script does: irreversible operators first, then reversible placeholders
    const irreversible = {};
    for (const [type, op] of Object.entries(settings.operators)) {
      if (op === "tag" || op === "mask" || op === "remove") irreversible[type] = { kind: op };
    }
    const staged = Object.keys(irreversible).length > 0
      ? r.redact($("try-input").value, { operators: irreversible, defaultOperator: { kind: "keep" } }).text
      : $("try-input").value;
    $("try-output").textContent = r.protect(staged).text;
    $("engine").textContent = `engine: ${r.engine}`;
  } catch (err) {
    $("try-output").textContent = `error: ${err.message}`;
  }
}

$("site-form").addEventListener("submit", (e) => {
  e.preventDefault();
  try {
    const site = normalizeSite($("site-input").value);
    if (!settings.sites.includes(site)) settings.sites = [...settings.sites, site];
    $("site-input").value = "";
    renderSites();
    void save();
  } catch (err) {
    setStatus(err.message, true);
  }
});
$("save").addEventListener("click", () => void save());
$("ask").addEventListener("change", () => void save());
$("restore").addEventListener("change", () => void save());
$("try-input").addEventListener("input", () => void preview());

settings = await loadSettings();
$("deny").value = settings.deny.join("\n");
$("allow").value = settings.allow.join("\n");
$("ask").checked = settings.ask;
$("restore").checked = settings.restoreReplies;
renderSites();
renderOperators();
void preview();
document.body.dataset.ready = "true";
