// dyads web page: events list, SVG map and evidence, all from the /api/ endpoints.
// Plain DOM code, no libraries; data is inserted as text, never as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const ATTACKS = new Set(["ASSAULT", "COERCE"]);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) node.append(c);
  }
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

async function getJSON(url) {
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    throw new Error(`${url}: ${detail}`);
  }
  return body;
}

function showError(err) {
  const p = document.getElementById("summary");
  p.textContent = String(err.message || err);
  p.className = "error";
}

// -- classification -----------------------------------------------------------------
function kind(ev) {
  if (ev.plover === "THREATEN" || ev.modality === "threatened") return "threat";
  if (ATTACKS.has(ev.plover)) return "attack";
  if (ev.quad_class === 1 || ev.quad_class === 2) return "coop";
  return "other";
}

function actors(list) {
  if (!list || !list.length) return "—";
  return list.map((a) => a.name || a.text || a.code || "?").join(", ");
}

function filters() {
  const q = new URLSearchParams();
  for (const id of ["plover", "actor", "since", "until"]) {
    const v = document.getElementById(id).value.trim();
    if (v) q.set(id, v);
  }
  return q;
}

// -- events list --------------------------------------------------------------------
function eventItem(ev) {
  const k = kind(ev);
  const mod = el("span", { class: `modality m-${ev.modality}` }, ev.modality || "?");
  const type = el("span", { class: "plover" }, ev.plover + (ev.mode ? ` (${ev.mode})` : ""));
  const li = el(
    "li",
    {
      class: `event ${k} m-${ev.modality}`,
      tabindex: "0",
      "data-id": ev.id,
      "data-kind": k,
      title: ev.sentence || "",
    },
    el("span", { class: "day" }, ev.day || "undated"),
    " ",
    el("span", { class: "actor" }, actors(ev.source)),
    " ",
    type,
    " ",
    el("span", { class: "actor" }, actors(ev.target)),
    " ",
    mod,
    ev.place_name ? el("span", { class: "place" }, ` @ ${ev.place_name}`) : null,
  );
  if (ev.place && ev.place.geonameid) li.dataset.geonameid = ev.place.geonameid;
  const open = () => showEvidence(ev.id, li);
  li.addEventListener("click", open);
  li.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") open();
  });
  return li;
}

async function loadEvents() {
  const q = filters();
  q.set("limit", "1000");
  const data = await getJSON(`/api/events?${q}`);
  const ol = document.getElementById("events");
  ol.replaceChildren(...data.events.map(eventItem));
  const shown = data.events.length;
  document.getElementById("count").textContent =
    shown < data.total ? `${shown} of ${data.total} events` : `${data.total} events`;
}

// -- map ----------------------------------------------------------------------------
function xy(lon, lat) {
  return [lon + 180, 90 - lat]; // equirectangular: one degree = one unit
}

function drawGraticule(map) {
  map.append(svg("rect", { class: "sea", x: 0, y: 0, width: 360, height: 180 }));
  for (let lon = -180; lon <= 180; lon += 30) {
    const [x] = xy(lon, 0);
    map.append(svg("line", { class: "grid", x1: x, y1: 0, x2: x, y2: 180 }));
  }
  for (let lat = -90; lat <= 90; lat += 30) {
    const [, y] = xy(0, lat);
    const cls = lat === 0 ? "grid equator" : "grid";
    map.append(svg("line", { class: cls, x1: 0, y1: y, x2: 360, y2: y }));
  }
}

async function loadMap() {
  const q = filters();
  q.delete("limit");
  const data = await getJSON(`/api/places?${q}`);
  const map = document.getElementById("map");
  map.replaceChildren();
  drawGraticule(map);
  // small dots last so that they stay clickable above large ones
  const places = [...data.places].sort((a, b) => b.n_events - a.n_events);
  for (const p of places) {
    const [cx, cy] = xy(p.lon, p.lat);
    const r = p.n_events ? 2 + 2 * Math.sqrt(p.n_events) : 1;
    const dot = svg("circle", {
      class: p.n_events ? "dot" : "dot mention",
      cx: cx.toFixed(2),
      cy: cy.toFixed(2),
      r: r.toFixed(2),
      "data-name": p.name || "",
      "data-events": p.n_events,
    });
    const t = svg("title");
    t.textContent = `${p.name}: ${p.n_events} event(s), named in ${p.n_documents} document(s)`;
    dot.append(t);
    if (p.geonameid) dot.addEventListener("click", () => markPlace(String(p.geonameid)));
    map.append(dot);
  }
}

function markPlace(geonameid) {
  for (const li of document.querySelectorAll("#events li")) {
    li.classList.toggle("at-place", li.dataset.geonameid === geonameid);
  }
  const first = document.querySelector("#events li.at-place");
  if (first) first.scrollIntoView({ block: "nearest" });
}

// -- evidence -----------------------------------------------------------------------
// The sentence around the evidence span, from the document text and its offsets.
function evidenceParts(doc, start, end, fallback, trigger) {
  const text = doc ? doc.text || "" : "";
  if (doc && Number.isInteger(start) && Number.isInteger(end) && end <= text.length) {
    const sent = (doc.sentences || []).find(
      (s) => Number.isInteger(s.start) && s.start <= start && end <= s.end,
    );
    const from = sent ? sent.start : Math.max(0, text.lastIndexOf("\n", start) + 1);
    let to = sent ? sent.end : text.indexOf("\n", end);
    if (to < 0) to = text.length;
    return [text.slice(from, start), text.slice(start, end), text.slice(end, to)];
  }
  const s = fallback || "";
  const i = trigger ? s.indexOf(trigger) : -1;
  if (i < 0) return [s, "", ""];
  return [s.slice(0, i), trigger, s.slice(i + trigger.length)];
}

async function showEvidence(id, li) {
  for (const x of document.querySelectorAll("#events li.selected")) x.classList.remove("selected");
  if (li) li.classList.add("selected");
  try {
    const ev = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    const evid = ev.evidence || {};
    const doc = evid.doc_id
      ? await getJSON(`/api/documents/${encodeURIComponent(evid.doc_id)}`)
      : null;
    const box = document.getElementById("evidence");
    box.hidden = false;
    box.className = kind(ev);
    document.getElementById("ev-title").textContent =
      `${actors(ev.source)} — ${ev.plover} — ${actors(ev.target)}`;
    const facts = [
      ["modality", ev.modality],
      ["date", ev.day ? `${ev.day} (${ev.date_precision || "?"})` : "undated"],
      ["place", ev.place_name || "—"],
      ["CAMEO", ev.cameo ? `${ev.cameo} (Goldstein ${ev.goldstein})` : "—"],
      ["reports", `${ev.n_sources} document(s), ${ev.n_outlets} outlet(s)`],
    ];
    document.getElementById("ev-facts").replaceChildren(
      ...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))]),
    );
    const [before, hit, after] = evidenceParts(doc, evid.start, evid.end, ev.sentence, ev.trigger);
    document
      .getElementById("ev-sentence")
      .replaceChildren(before, el("mark", { class: "trigger" }, hit), after);
    document.getElementById("ev-sources").replaceChildren(
      ...ev.sources.map((s) => {
        const d = s.document || {};
        const label = d.title || s.outlet || d.source || s.doc_id;
        const link = s.url ? el("a", { href: s.url, rel: "noreferrer" }, label) : label;
        return el("li", {}, link, s.published ? ` (${s.published})` : "", el("br"), s.sentence || "");
      }),
    );
  } catch (err) {
    showError(err);
  }
}

// -- header, filter options, blocs --------------------------------------------------
async function loadStats() {
  const s = await getJSON("/api/stats");
  const span = s.first_day ? `, ${s.first_day} to ${s.last_day}` : "";
  document.getElementById("summary").textContent =
    `${s.events} events from ${s.documents} documents (${s.reports} reports)${span}`;
  const select = document.getElementById("plover");
  for (const [type, n] of Object.entries(s.plover)) {
    if (type && type !== "null") select.append(el("option", { value: type }, `${type} (${n})`));
  }
}

async function loadBlocs() {
  const b = await getJSON("/api/blocs");
  document.getElementById("frustration").textContent = b.blocs.length
    ? `frustration ${b.frustration.toFixed(1)}, balance ${b.balance.toFixed(3)} (${b.exact ? "exact" : "heuristic"})`
    : "no coded dyads yet";
  document
    .getElementById("blocs")
    .replaceChildren(...b.blocs.map((x) => el("li", {}, `${x.bloc}: ${x.actors.join(", ")}`)));
}

async function refresh() {
  try {
    await Promise.all([loadEvents(), loadMap()]);
  } catch (err) {
    showError(err);
  }
}

document.getElementById("filters").addEventListener("change", refresh);
document.getElementById("filters").addEventListener("submit", (e) => {
  e.preventDefault();
  refresh();
});

(async () => {
  try {
    await loadStats();
  } catch (err) {
    showError(err);
    return;
  }
  await refresh();
  loadBlocs().catch(showError);
})();
