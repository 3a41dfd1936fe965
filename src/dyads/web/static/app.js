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

// A click, or Enter / Space when focused (Tab reaches it): every clickable mark in the
// timeline, network and map is usable from the keyboard.
function onActivate(node, fn) {
  node.setAttribute("tabindex", "0");
  node.setAttribute("role", "button");
  node.addEventListener("click", fn);
  node.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      fn();
    }
  });
}

function showError(err) {
  const p = document.getElementById("summary");
  p.textContent = String(err.message || err);
  p.className = "error";
}

// -- classification -----------------------------------------------------------------
// A threat is not an attack, and an intended, hypothetical or denied act did not happen.
function kind(ev) {
  if (ev.plover === "THREATEN" || ev.modality === "threatened") return "threat";
  if (ev.modality && ev.modality !== "asserted") return "unreal";
  if (ATTACKS.has(ev.plover)) return "attack";
  if (ev.quad_class === 1 || ev.quad_class === 2) return "coop";
  return "other";
}

// Actors as the API labels them: "USA · military (special forces)".
function actors(list) {
  if (!list || !list.length) return "—";
  return list.map((a) => a.label || a.name || a.text || a.code || "?").join("; ");
}

// The network selection: a node (its events) or a pair of nodes (the events between them).
const selection = { node: "", node2: "", level: "country" };

function filters() {
  const q = new URLSearchParams();
  for (const id of ["plover", "actor", "since", "until"]) {
    const v = document.getElementById(id).value.trim();
    if (v) q.set(id, v);
  }
  if (selection.node) {
    q.set("node", selection.node);
    if (selection.node2) q.set("node2", selection.node2);
    q.set("level", selection.level);
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
    el("span", { class: "day", title: ev.date_precision || "" }, ev.date_label || ev.day || "undated"),
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
  if (selection.node) {
    // a network selection lists the evidence with each event
    const [before, hit, after] = evidenceParts(null, null, null, ev.sentence, ev.trigger);
    li.append(el("blockquote", { class: "inline-evidence" }, before, el("mark", { class: "trigger" }, hit), after));
  }
  if (ev.place && ev.place.geonameid) li.dataset.geonameid = ev.place.geonameid;
  const open = () => showEvidence(ev.id, li);
  li.addEventListener("click", open);
  li.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") open();
  });
  return li;
}

function renderEvents(data) {
  const ol = document.getElementById("events");
  ol.replaceChildren(...data.events.map(eventItem));
  const shown = data.events.length;
  document.getElementById("count").textContent =
    shown < data.total ? `${shown} of ${data.total} events` : `${data.total} events`;
}

// -- timeline ---------------------------------------------------------------------
// Bars of dated events per year, month or day (chosen from the store's span), stacked
// conflict / cooperation / other; a click on a bar limits the list and map to it.
const TL_W = 600;
const TL_H = 56;
let timelineBy = "month";

function chooseBy(first, last) {
  if (!first || !last) return "month";
  const days = (Date.parse(last) - Date.parse(first)) / 864e5;
  return days > 3 * 366 ? "year" : days > 62 ? "month" : "day";
}

function periodsBetween(first, last, by) {
  const out = [];
  if (by === "year") {
    for (let y = +first; y <= +last; y++) out.push(String(y));
  } else if (by === "month") {
    let [y, m] = first.split("-").map(Number);
    const [y2, m2] = last.split("-").map(Number);
    while (y < y2 || (y === y2 && m <= m2)) {
      out.push(`${y}-${String(m).padStart(2, "0")}`);
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
    }
  } else {
    for (let t = Date.parse(first); t <= Date.parse(last); t += 864e5) {
      out.push(new Date(t).toISOString().slice(0, 10));
    }
  }
  return out;
}

function periodRange(p, by) {
  if (by === "year") return [`${p}-01-01`, `${p}-12-31`];
  if (by === "month") {
    const [y, m] = p.split("-").map(Number);
    return [`${p}-01`, new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)];
  }
  return [p, p];
}

function timelineQuery(q) {
  const t = new URLSearchParams(q);
  t.delete("since"); // the timeline keeps the whole span, so that a bar can narrow it
  t.delete("until");
  t.set("by", timelineBy);
  return t;
}

function renderTimeline(data) {
  const tl = document.getElementById("timeline");
  tl.replaceChildren();
  if (!data.periods.length) return;
  const counts = new Map(data.periods.map((p) => [p.period, p]));
  const all = periodsBetween(data.periods[0].period, data.periods.at(-1).period, timelineBy);
  const bw = TL_W / all.length;
  const top = Math.max(...data.periods.map((p) => p.n));
  const scale = (TL_H - 12) / top;
  const since = document.getElementById("since").value;
  all.forEach((period, i) => {
    const c = counts.get(period) || { n: 0, n_coop: 0, n_conflict: 0 };
    const g = svg("g", { class: "bar", "data-period": period });
    const [from, to] = periodRange(period, timelineBy);
    if (since === from && document.getElementById("until").value === to) g.classList.add("selected");
    g.append(svg("rect", { class: "hit", x: i * bw, y: 0, width: bw, height: TL_H - 10 }));
    let y = TL_H - 10;
    for (const [cls, n] of [["conflict", c.n_conflict], ["coop", c.n_coop], ["rest", c.n - c.n_coop - c.n_conflict]]) {
      if (n <= 0) continue;
      const h = Math.max(2, n * scale);
      y -= h;
      g.append(svg("rect", { class: cls, x: i * bw + bw * 0.1, y, width: bw * 0.8, height: h }));
    }
    const t = svg("title");
    t.textContent = `${period}: ${c.n} event(s), ${c.n_conflict} conflict, ${c.n_coop} cooperation`;
    g.append(t);
    onActivate(g, () => {
      document.getElementById("since").value = from;
      document.getElementById("until").value = to;
      refresh();
    });
    tl.append(g);
  });
  for (const [x, anchor, text] of [[0, "start", all[0]], [TL_W, "end", all.at(-1)]]) {
    const label = svg("text", { class: "tick", x, y: TL_H - 1, "text-anchor": anchor });
    label.textContent = text;
    tl.append(label);
  }
}

// -- map ----------------------------------------------------------------------------
// Equirectangular: x = lon + 180, y = 90 - lat (one degree = one unit). The view is fitted
// to the places with a margin, keeping the 2:1 shape of the world map.
const MIN_SPAN = 40; // degrees of longitude shown at least
const MARGIN = 8; // degrees around the outermost places

function xy(lon, lat) {
  return [lon + 180, 90 - lat];
}

function fitView(places) {
  if (!places.length) return { x: 0, y: 0, w: 360, h: 180 };
  const xs = places.map((p) => p.lon + 180);
  const ys = places.map((p) => 90 - p.lat);
  let w = Math.max(MIN_SPAN, Math.max(...xs) - Math.min(...xs) + 2 * MARGIN);
  let h = Math.max(Math.max(...ys) - Math.min(...ys) + 2 * MARGIN, w / 2);
  w = Math.min(360, Math.max(w, 2 * h));
  h = Math.min(180, w / 2);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const x = Math.min(Math.max(0, cx - w / 2), 360 - w);
  const y = Math.min(Math.max(0, cy - h / 2), 180 - h);
  return { x, y, w, h };
}

// Country borders: Natural Earth 1:110m (public domain) as world-atlas TopoJSON, shipped
// in /static (docs/third-party.md), decoded here (delta-encoded, quantised arcs).
let bordersPromise = null;

function borders() {
  if (!bordersPromise) bordersPromise = getJSON("/static/countries-110m.json").then(decodeCountries);
  return bordersPromise;
}

function decodeCountries(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const ring = (r) => {
    const pts = [];
    for (const i of r) {
      const a = i < 0 ? [...arcs[~i]].reverse() : arcs[i];
      pts.push(...(pts.length ? a.slice(1) : a));
    }
    return "M" + pts.map(([lon, lat]) => `${(lon + 180).toFixed(2)},${(90 - lat).toFixed(2)}`).join("L") + "Z";
  };
  return topo.objects.countries.geometries.map((g) => {
    const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    return { id: g.id, name: (g.properties || {}).name || "", d: polys.flatMap((p) => p.map(ring)).join("") };
  });
}

// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
const CLUSTER_PX = 6; // map units (at 360 wide) within which places are clustered
const QUAD_NAMES = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

function quadOf(p) {
  const counts = [0, p.n_q1, p.n_q2, p.n_q3, p.n_q4];
  let best = 0;
  for (let q = 1; q <= 4; q++) if (counts[q] > counts[best]) best = q;
  return best; // 0: no coded event there
}

async function renderMap(data) {
  const countries = await borders();
  const map = document.getElementById("map");
  // fitted to the places of events (named places without events may fall outside)
  const located = data.places.filter((p) => p.n_events > 0);
  const view = fitView(located.length ? located : data.places);
  map.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  const unit = view.w / 360;
  const layer = [];
  layer.push(svg("rect", { class: "sea", x: 0, y: 0, width: 360, height: 180 }));
  // a country named as an event's place is shaded as the country (no dot on its capital);
  // a country too small for the 1:110m borders keeps its dot
  const drawn = new Set(countries.map((c) => c.id));
  const asCountry = (p) => p.country_level && p.country_id && drawn.has(p.country_id);
  const shaded = new Map();
  for (const p of data.places.filter(asCountry)) {
    const s = shaded.get(p.country_id) || { n_events: 0, n_q1: 0, n_q2: 0, n_q3: 0, n_q4: 0, ids: [] };
    for (const k of ["n_events", "n_q1", "n_q2", "n_q3", "n_q4"]) s[k] += p[k];
    if (p.geonameid) s.ids.push(String(p.geonameid));
    shaded.set(p.country_id, s);
  }
  for (const c of countries) {
    const p = shaded.get(c.id);
    const q = p ? quadOf(p) : 0;
    const path = svg("path", {
      class: p ? `country shaded q${q}` : "country",
      d: c.d,
      "data-id": c.id,
      "stroke-width": (0.25 * unit).toFixed(3),
    });
    if (p) path.dataset.events = p.n_events;
    const t = svg("title");
    t.textContent = p ? `${c.name}: ${p.n_events} event(s) placed in the country as a whole` : c.name;
    path.append(t);
    if (p && p.ids.length) onActivate(path, () => markPlace(p.ids));
    layer.push(path);
  }
  // places closer than a few pixels at this zoom are clustered into one dot (counts
  // summed, colour by the cluster's main QuadClass); large dots first, so that small
  // ones stay visible and clickable above them
  const cell = CLUSTER_PX * unit;
  const cells = new Map();
  for (const p of data.places) {
    if (asCountry(p)) continue;
    const [x, y] = xy(p.lon, p.lat);
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)},${p.n_events ? 1 : 0}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(p);
  }
  const clusters = [...cells.values()].map((ps) => {
    ps.sort((a, b) => b.n_events - a.n_events);
    const sum = (k) => ps.reduce((t, p) => t + p[k], 0);
    return {
      places: ps, name: ps[0].name, lon: ps[0].lon, lat: ps[0].lat,
      n_events: sum("n_events"), n_documents: sum("n_documents"),
      n_q1: sum("n_q1"), n_q2: sum("n_q2"), n_q3: sum("n_q3"), n_q4: sum("n_q4"),
    };
  });
  clusters.sort((a, b) => b.n_events - a.n_events);
  for (const p of clusters) {
    const [cx, cy] = xy(p.lon, p.lat);
    const r = unit * (p.n_events ? 2 + 2 * Math.sqrt(p.n_events) : 1.2);
    const q = quadOf(p);
    const many = p.places.length > 1;
    const dot = svg("circle", {
      class: `${p.n_events ? `dot q${q}` : "dot mention"}${many ? " cluster" : ""}`,
      cx: cx.toFixed(3),
      cy: cy.toFixed(3),
      r: r.toFixed(3),
      "stroke-width": ((many ? 0.8 : 0.4) * unit).toFixed(3),
      "data-name": p.name || "",
      "data-places": p.places.length,
      "data-events": p.n_events,
      "data-quad": q,
    });
    const t = svg("title");
    const names = p.places.slice(0, 5).map((x) => x.name).join(", ") + (p.places.length > 5 ? ", …" : "");
    t.textContent = `${many ? `${p.places.length} places (${names})` : p.name}: ${p.n_events} event(s)${q ? `, mostly ${QUAD_NAMES[q]}` : ""}, named in ${p.n_documents} document(s)`;
    dot.append(t);
    const ids = p.places.filter((x) => x.geonameid).map((x) => String(x.geonameid));
    if (ids.length) onActivate(dot, () => markPlace(ids));
    layer.push(dot);
  }
  map.replaceChildren(...layer);
}

function markPlace(geonameids) {
  const ids = new Set([].concat(geonameids));
  for (const li of document.querySelectorAll("#events li")) {
    li.classList.toggle("at-place", ids.has(li.dataset.geonameid));
  }
  const first = document.querySelector("#events li.at-place");
  if (first) first.scrollIntoView({ block: "nearest" });
}

// -- network --------------------------------------------------------------------------
// The signed network of the selected dates (all periods summed, both directions of a
// pair summed): edge colour by sign, width by |weight|, nodes coloured by their bloc
// (/api/blocs), edges against the blocs (frustrated) dashed. Layout: blocs on a circle,
// their members around the bloc's centre, then a fixed number of force steps
// (deterministic: the same data gives the same picture).
const NET_W = 400;
const NET_H = 300;
const BLOC_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"];
let blocsData = null;

function netQuery() {
  const q = new URLSearchParams({ period: "all", level: selection.level });
  for (const id of ["since", "until"]) {
    const v = document.getElementById(id).value;
    if (v) q.set(id, v);
  }
  for (const m of ["asserted", "threatened", "intended"]) q.append("modality", m);
  return q;
}

function pairKey(a, b) {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function layout(nodes, edges, blocOf) {
  const groups = new Map();
  for (const n of nodes) {
    const g = blocOf.has(n) ? blocOf.get(n) : `solo:${n}`;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(n);
  }
  const keys = [...groups.keys()];
  const pos = new Map();
  const R = keys.length > 1 ? Math.min(NET_W, NET_H) * 0.33 : 0;
  const centre = new Map();
  keys.forEach((g, i) => {
    const a = (2 * Math.PI * i) / keys.length - Math.PI / 2;
    const cx = NET_W / 2 + R * Math.cos(a) * 1.25;
    const cy = NET_H / 2 + R * Math.sin(a);
    const members = groups.get(g);
    const r = members.length > 1 ? 10 + 4 * members.length : 0;
    members.forEach((n, j) => {
      const b = (2 * Math.PI * j) / members.length;
      pos.set(n, [cx + r * Math.cos(b), cy + r * Math.sin(b)]);
      centre.set(n, [cx, cy]);
    });
  });
  for (let step = 0; step < 150; step++) {
    const force = new Map(nodes.map((n) => [n, [0, 0]]));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [pos.get(nodes[i]), pos.get(nodes[j])];
        const dx = a[0] - b[0] || 0.01;
        const dy = a[1] - b[1] || 0.01;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 220 / d2;
        force.get(nodes[i])[0] += f * dx; force.get(nodes[i])[1] += f * dy;
        force.get(nodes[j])[0] -= f * dx; force.get(nodes[j])[1] -= f * dy;
      }
    }
    for (const e of edges) {
      const [a, b] = [pos.get(e.a), pos.get(e.b)];
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const k = e.weight > 0 ? 0.02 : 0.004; // allies pulled together, enemies less
      force.get(e.a)[0] += k * dx; force.get(e.a)[1] += k * dy;
      force.get(e.b)[0] -= k * dx; force.get(e.b)[1] -= k * dy;
    }
    for (const n of nodes) {
      const [p, c, f] = [pos.get(n), centre.get(n), force.get(n)];
      f[0] += 0.1 * (c[0] - p[0]);
      f[1] += 0.1 * (c[1] - p[1]);
      const len = Math.hypot(f[0], f[1]);
      const cap = len > 6 ? 6 / len : 1;
      p[0] = Math.min(NET_W - 80, Math.max(20, p[0] + f[0] * cap));
      p[1] = Math.min(NET_H - 16, Math.max(16, p[1] + f[1] * cap));
    }
  }
  return pos;
}

let lastNet = null;

function renderNetwork(data) {
  lastNet = data;
  const box = document.getElementById("network");
  box.replaceChildren();
  box.dataset.blocs = blocsData && blocsData.level === data.level ? data.level : "pending";
  const blocOf = new Map();
  const blocs = blocsData && blocsData.level === data.level ? blocsData.blocs : [];
  blocs.forEach((b, i) => b.actors.forEach((a) => blocOf.set(a, i)));
  const frustrated = new Set(((blocs.length && blocsData.frustrated) || []).map((t) => pairKey(t[0], t[1])));
  const edges = new Map();
  for (const d of data.dyads) {
    const key = pairKey(d.source, d.target);
    const e = edges.get(key) || { a: d.source < d.target ? d.source : d.target, b: d.source < d.target ? d.target : d.source, weight: 0, n: 0 };
    e.weight += d.weight;
    e.n += d.n_events;
    edges.set(key, e);
  }
  const nodes = [...new Set(data.dyads.flatMap((d) => [d.source, d.target]))].sort();
  document.getElementById("net-caption").textContent = nodes.length
    ? `${nodes.length} actors, ${edges.size} pairs` +
      (blocsData && blocs.length
        ? `; ${blocs.length} blocs, frustration ${blocsData.frustration.toFixed(1)} (${blocsData.n_frustrated} frustrated pair(s), dashed), balance ${blocsData.balance.toFixed(3)}`
        : "")
    : "no signed dyads for these dates";
  if (!nodes.length) return;
  const pos = layout(nodes, [...edges.values()], blocOf);
  const top = Math.max(...[...edges.values()].map((e) => Math.abs(e.weight)), 1);
  for (const e of edges.values()) {
    const [a, b] = [pos.get(e.a), pos.get(e.b)];
    const sign = e.weight > 0 ? "pos" : e.weight < 0 ? "neg" : "zero";
    const frus = frustrated.has(pairKey(e.a, e.b));
    const line = svg("line", {
      class: `edge ${sign}${frus ? " frustrated" : ""}`,
      x1: a[0].toFixed(1), y1: a[1].toFixed(1), x2: b[0].toFixed(1), y2: b[1].toFixed(1),
      "stroke-width": (1 + 5 * Math.sqrt(Math.abs(e.weight) / top)).toFixed(2),
      "data-a": e.a, "data-b": e.b, "data-weight": e.weight.toFixed(2), tabindex: "0",
    });
    const t = svg("title");
    t.textContent = `${data.labels[e.a] || e.a} — ${data.labels[e.b] || e.b}: ${e.n} event(s), weight ${e.weight.toFixed(1)}${frus ? " (against the blocs)" : ""}`;
    line.append(t);
    onActivate(line, () => select(e.a, e.b));
    box.append(line);
  }
  for (const n of nodes) {
    const [x, y] = pos.get(n);
    const bloc = blocOf.has(n) ? blocOf.get(n) : -1;
    const g = svg("g", { class: "node", "data-node": n, "data-bloc": bloc, tabindex: "0" });
    if (n === selection.node || n === selection.node2) g.classList.add("selected");
    g.append(svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 7, fill: bloc >= 0 ? BLOC_COLOURS[bloc % BLOC_COLOURS.length] : "#aaa" }));
    const label = svg("text", { x: (x + 9).toFixed(1), y: (y + 3).toFixed(1) });
    label.textContent = data.labels[n] || n;
    const t = svg("title");
    t.textContent = `${data.labels[n] || n}${bloc >= 0 ? ` (bloc ${blocs[bloc].bloc})` : ""}: click for its events`;
    g.append(label, t);
    onActivate(g, () => select(n, ""));
    box.append(g);
  }
}

function select(node, node2) {
  selection.node = node;
  selection.node2 = node2;
  const chip = document.getElementById("selection");
  chip.hidden = !node;
  const labels = (window.netLabels || {});
  document.getElementById("selection-text").textContent = node2
    ? `events between ${labels[node] || node} and ${labels[node2] || node2}`
    : node ? `events of ${labels[node] || node}` : "";
  refresh();
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

// The evidence sentence with the trigger (from its offsets) and the words of the source,
// the target and the place marked (their first occurrence not overlapping another mark).
function highlighted(before, hit, after, ev) {
  const sentence = before + hit + after;
  const spans = hit ? [{ start: before.length, end: before.length + hit.length, cls: "trigger" }] : [];
  const add = (text, cls) => {
    if (!text) return;
    for (let i = sentence.indexOf(text); i >= 0; i = sentence.indexOf(text, i + 1)) {
      const end = i + text.length;
      if (!spans.some((s) => i < s.end && s.start < end)) {
        spans.push({ start: i, end, cls });
        return;
      }
    }
  };
  for (const a of ev.source || []) add(a.text, "source");
  for (const a of ev.target || []) add(a.text, "target");
  if (ev.place) add(ev.place.text || ev.place.name, "place");
  spans.sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const sp of spans) {
    parts.push(sentence.slice(at, sp.start), el("mark", { class: sp.cls, title: sp.cls }, sentence.slice(sp.start, sp.end)));
    at = sp.end;
  }
  parts.push(sentence.slice(at));
  return parts;
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
      ["date", ev.day ? `${ev.date_label} (${ev.date_precision || "?"} precision)` : "undated"],
      ["place", ev.place_name || "—"],
      ["PLOVER", ev.plover + (ev.mode ? ` (${ev.mode})` : "")],
      ["CAMEO", ev.cameo ? `${ev.cameo} (Goldstein ${ev.goldstein}, QuadClass ${ev.quad_class})` : "—"],
      ["ACLED", ev.acled ? `${ev.acled_type} / ${ev.acled}` : "—"],
      ["confidence", ev.confidence === null || ev.confidence === undefined ? "—" : ev.confidence.toFixed(2)],
      ["rule", ev.rule || "—"],
      ["reports", `${ev.n_sources} document(s), ${ev.n_outlets} outlet(s)`],
    ];
    document.getElementById("ev-facts").replaceChildren(
      ...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))]),
    );
    const [before, hit, after] = evidenceParts(doc, evid.start, evid.end, ev.sentence, ev.trigger);
    document.getElementById("ev-sentence").replaceChildren(...highlighted(before, hit, after, ev));
    showDocument(doc, evid.start, evid.end);
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

// The whole article with the evidence span marked, and what the cleaner removed (and why).
const MAX_REMOVED = 100;

function showDocument(doc, start, end) {
  const box = document.getElementById("ev-doc");
  box.hidden = !doc;
  if (!doc) return;
  const text = doc.text || "";
  const marked = Number.isInteger(start) && Number.isInteger(end) && end <= text.length;
  document
    .getElementById("ev-doc-text")
    .replaceChildren(
      ...(marked
        ? [text.slice(0, start), el("mark", { class: "trigger" }, text.slice(start, end)), text.slice(end)]
        : [text]),
    );
  const mark = document.querySelector("#ev-doc-text mark");
  if (box.open && mark) {
    const pane = document.getElementById("ev-doc-text");
    pane.scrollTop = mark.offsetTop - pane.offsetTop - 40;
  }
  const removed = doc.removed_spans || [];
  document.getElementById("ev-doc-summary").textContent =
    `Article text (${doc.title || doc.source || doc.id}; ${removed.length} span(s) removed by the cleaner)`;
  document.getElementById("ev-removed").replaceChildren(
    ...removed.slice(0, MAX_REMOVED).map((r) =>
      el("li", {}, el("span", { class: "reason" }, r.reason || "?"), " ", r.text),
    ),
  );
}

// -- paste and code ----------------------------------------------------------------
// POST /api/code codes the pasted text (nothing is stored); its events are listed and
// their triggers marked in the clean text at once. data-state on #paste-result is
// "coding", then "done" or "error": the state a test waits on.
function markedText(text, events) {
  const spans = events
    .filter((e) => Number.isInteger(e.evidence.start) && Number.isInteger(e.evidence.end))
    .map((e) => [e.evidence.start, e.evidence.end, e])
    .sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (const [start, end, e] of spans) {
    if (start < at) continue; // overlapping evidence: the first one is marked
    parts.push(text.slice(at, start), el("mark", { class: `trigger ${kind(e)}`, title: `${e.plover}: ${e.source_label} → ${e.target_label}` }, text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

// The request for the panel: a chosen file is uploaded as it is (multipart/form-data,
// field "file": the server reads HTML or text and caps the size), else the text box is
// sent as JSON.
function pasteRequest() {
  const file = document.getElementById("paste-file").files[0];
  const published = document.getElementById("paste-published").value;
  if (file) {
    const form = new FormData();
    form.append("file", file, file.name);
    if (published) form.append("published", published);
    return { method: "POST", body: form }; // the browser sets the multipart boundary
  }
  const body = { text: document.getElementById("paste-text").value };
  if (published) body.published = published;
  return { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

async function codePasted(e) {
  e.preventDefault();
  const result = document.getElementById("paste-result");
  const status = document.getElementById("paste-status");
  status.className = "";
  result.dataset.state = "coding";
  status.textContent = "coding… (the first paste loads the language model)";
  document.getElementById("paste-go").disabled = true;
  try {
    const res = await fetch("/api/code", pasteRequest());
    const data = await res.json();
    if (!res.ok) throw new Error(typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail));
    status.textContent = data.skipped ? `not coded: ${data.skipped}` : `${data.n_events} event(s)`;
    document.getElementById("paste-doc").replaceChildren(...markedText(data.text || "", data.events));
    document.getElementById("paste-events").replaceChildren(
      ...data.events.map((ev) =>
        el("li", { class: `event ${kind(ev)} m-${ev.modality}`, title: ev.sentence || "" },
          el("span", { class: "day" }, ev.date_label), " ",
          el("span", { class: "actor" }, ev.source_label), " ",
          el("span", { class: "plover" }, ev.plover), " ",
          el("span", { class: "actor" }, ev.target_label), " ",
          el("span", { class: `modality m-${ev.modality}` }, ev.modality),
          ev.place ? el("span", { class: "place" }, ` @ ${ev.place.name}`) : null,
          el("span", { class: "rule" }, ` [${ev.cameo || "?"} · ${ev.acled || "—"} · ${ev.rule}]`)),
      ),
    );
    result.hidden = false;
    result.dataset.state = "done";
  } catch (err) {
    status.textContent = String(err.message || err);
    status.className = "error";
    result.dataset.state = "error";
  } finally {
    document.getElementById("paste-go").disabled = false;
  }
}

document.getElementById("paste-form").addEventListener("submit", codePasted);
// a chosen file is uploaded instead of the text box; typing in the box drops the file
document.getElementById("paste-file").addEventListener("change", (e) => {
  const file = e.target.files[0];
  const box = document.getElementById("paste-text");
  const form = document.getElementById("paste-form");
  if (file) {
    box.value = "";
    box.placeholder = `the file ${file.name} (${Math.ceil(file.size / 1024)} KiB) is uploaded and coded`;
    form.dataset.upload = file.name;
  } else {
    box.placeholder = "News text or an HTML page";
    delete form.dataset.upload;
  }
});
document.getElementById("paste-text").addEventListener("input", () => {
  const picker = document.getElementById("paste-file");
  if (picker.value) {
    picker.value = "";
    picker.dispatchEvent(new Event("change"));
  }
});

// -- header, filter options, blocs --------------------------------------------------
async function loadStats() {
  const s = await getJSON("/api/stats");
  const span = s.first_day ? `, ${s.first_day} to ${s.last_day}` : "";
  document.getElementById("summary").textContent =
    `${s.events} events from ${s.documents} documents (${s.reports} reports)${span}`;
  timelineBy = chooseBy(s.first_day, s.last_day);
  const select = document.getElementById("plover");
  for (const [type, n] of Object.entries(s.plover)) {
    if (type && type !== "null") select.append(el("option", { value: type }, `${type} (${n})`));
  }
}

// Blocs can take seconds on a large store (the first time; the server keeps them and
// answers 202 "computing" meanwhile): the list, map and network are drawn without
// waiting, and the network is coloured when the blocs come. #network carries data-blocs = the level whose blocs colour it.
async function loadBlocs() {
  const level = selection.level;
  document.getElementById("frustration").textContent = "computing blocs…";
  let b;
  for (;;) {
    // 202 {"state": "computing"}: the server computes them in the background; ask again
    const res = await fetch(`/api/blocs?level=${level}`);
    if (res.status !== 202) {
      b = await res.json();
      if (!res.ok) throw new Error(`/api/blocs: ${typeof b.detail === "string" ? b.detail : JSON.stringify(b.detail)}`);
      break;
    }
    if (level !== selection.level) return;
    const wait = Number(res.headers.get("retry-after")) || 1;
    await new Promise((done) => setTimeout(done, wait * 1000));
  }
  if (level !== selection.level) return; // the level changed meanwhile
  blocsData = b;
  if (lastNet && lastNet.level === level) renderNetwork(lastNet);
  document.getElementById("frustration").textContent = b.blocs.length
    ? `frustration ${b.frustration.toFixed(1)}, balance ${b.balance.toFixed(3)} (${b.exact ? "exact" : "heuristic"})`
    : "no coded dyads yet";
  document
    .getElementById("blocs")
    .replaceChildren(...b.blocs.map((x) => el("li", {}, `${x.bloc}: ${x.actors.join(", ")}`)));
}

// Each refresh asks for the list, map and timeline of the current filters; an answer
// to an older refresh is dropped (answers may arrive out of order). When a refresh is
// drawn, #events carries the query it shows in data-query and aria-busy="false": the
// state a test (or a script) waits on.
let generation = 0;

async function refresh() {
  const gen = ++generation;
  const q = filters();
  const list = document.getElementById("events");
  list.setAttribute("aria-busy", "true");
  try {
    const eq = new URLSearchParams(q);
    eq.set("limit", "1000");
    const [evs, places, tl, net] = await Promise.all([
      getJSON(`/api/events?${eq}`),
      getJSON(`/api/places?${q}`),
      getJSON(`/api/timeline?${timelineQuery(q)}`),
      getJSON(`/api/network?${netQuery()}`),
    ]);
    if (gen !== generation) return; // a newer refresh is under way
    window.netLabels = net.labels;
    renderEvents(evs);
    await renderMap(places);
    if (gen !== generation) return;
    renderTimeline(tl);
    renderNetwork(net);
    list.dataset.query = q.toString();
    // the view is in the URL, so that it can be shared and reloaded
    const search = q.toString() ? `?${q}` : "";
    if (location.search !== search) history.replaceState(null, "", search || location.pathname);
    list.setAttribute("aria-busy", "false");
  } catch (err) {
    if (gen === generation) showError(err);
  }
}

// Opening the article scrolls its text to the evidence.
document.getElementById("ev-doc").addEventListener("toggle", (e) => {
  const box = document.getElementById("ev-doc-text");
  const mark = box.querySelector("mark");
  if (e.target.open && mark) box.scrollTop = mark.offsetTop - box.offsetTop - 40;
});

document.getElementById("filters").addEventListener("change", refresh);
document.getElementById("selection-clear").addEventListener("click", () => select("", ""));
document.getElementById("net-level").addEventListener("change", async (e) => {
  selection.level = e.target.value;
  selection.node = selection.node2 = "";
  document.getElementById("selection").hidden = true;
  loadBlocs().catch(showError);
  refresh();
});
document.getElementById("filters").addEventListener("submit", (e) => {
  e.preventDefault();
  refresh();
});

// Filters from the URL (a shared or reloaded view).
function filtersFromURL() {
  const q = new URLSearchParams(location.search);
  for (const id of ["plover", "actor", "since", "until"]) {
    if (q.get(id)) document.getElementById(id).value = q.get(id);
  }
  if (["code", "sector", "country"].includes(q.get("level"))) {
    selection.level = q.get("level");
    document.getElementById("net-level").value = selection.level;
  }
  if (q.get("node")) {
    selection.node = q.get("node");
    selection.node2 = q.get("node2") || "";
    document.getElementById("selection").hidden = false;
    document.getElementById("selection-text").textContent = selection.node2
      ? `events between ${selection.node} and ${selection.node2}`
      : `events of ${selection.node}`;
  }
}

(async () => {
  try {
    await loadStats();
  } catch (err) {
    showError(err);
    return;
  }
  filtersFromURL();
  loadBlocs().catch(showError);
  await refresh();
})();
