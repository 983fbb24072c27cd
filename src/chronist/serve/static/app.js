// chronist dashboard: one page over the /api routes, plain JavaScript and D3 (static/vendor/).
// Filters live in the URL hash, so a view can be bookmarked and shared. Every text from the
// store is put on the page with textContent (d3's .text), never parsed as HTML.
(() => {
  "use strict";

  const QUADS = {
    1: { name: "verbal cooperation", color: "#74add1" },
    2: { name: "material cooperation", color: "#2c7bb6" },
    3: { name: "verbal conflict", color: "#f59e42" },
    4: { name: "material conflict", color: "#d7191c" },
  };
  const KINDS = ["trigger", "source", "target", "date", "place"];
  const KIND_NAMES = { trigger: "trigger", source: "source", target: "target", date: "date expression", place: "place" };
  const PAGE = 50;
  const parseDay = d3.utcParse("%Y-%m-%d");
  const formatDay = d3.utcFormat("%Y-%m-%d");
  const number = d3.format(",");

  const $ = (id) => document.getElementById(id);
  const state = {
    since: "", until: "", country: "", actor: "", event_type: "", q: "", quads: [1, 2, 3, 4],
    sort: "-date", offset: 0, selected: null, tab: "events",
  };
  const view = { facets: null, world: null, names: new Map(), generation: 0, zoom: d3.zoomIdentity };

  // -- state <-> URL -------------------------------------------------------------------------

  function readHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    for (const key of ["since", "until", "country", "actor", "event_type", "q", "sort", "selected", "tab"]) {
      if (p.has(key)) state[key] = p.get(key);
    }
    const quads = p.getAll("quad_class").map(Number).filter((q) => q >= 1 && q <= 4);
    if (quads.length) state.quads = quads;
    state.offset = Math.max(0, parseInt(p.get("offset") || "0", 10) || 0);
  }

  function writeHash() {
    const p = filterParams();
    if (state.sort !== "-date") p.set("sort", state.sort);
    if (state.offset) p.set("offset", state.offset);
    if (state.selected) p.set("selected", state.selected);
    if (state.tab !== "events") p.set("tab", state.tab);
    history.replaceState(null, "", "#" + p.toString());
  }

  function filterParams({ time = true } = {}) {
    const p = new URLSearchParams();
    if (time && state.since) p.set("since", state.since);
    if (time && state.until) p.set("until", state.until);
    for (const key of ["country", "actor", "event_type", "q"]) if (state[key]) p.set(key, state[key]);
    if (state.quads.length && state.quads.length < 4) for (const q of state.quads) p.append("quad_class", q);
    return p;
  }

  // -- talking to the API --------------------------------------------------------------------

  async function api(path, params) {
    const url = params ? `${path}?${params}` : path;
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = Array.isArray(body.detail)
        ? body.detail.map((d) => `${d.loc.slice(-1)[0]}: ${d.msg}`).join("; ")
        : body.detail || response.statusText;
      throw new Error(`${detail} (HTTP ${response.status})`);
    }
    return body;
  }

  function showError(error) {
    const banner = $("banner");
    banner.textContent = error ? String(error.message || error) : "";
    banner.hidden = !error;
  }

  // -- filters ---------------------------------------------------------------------------------

  function syncInputs() {
    $("f-since").value = state.since;
    $("f-until").value = state.until;
    $("f-country").value = state.country;
    $("f-actor").value = state.actor;
    $("f-type").value = state.event_type;
    $("f-q").value = state.q;
    for (const box of document.querySelectorAll("#f-quads input")) box.checked = state.quads.includes(Number(box.value));
    if (state.country && !$("f-country").value) addOption($("f-country"), state.country, countryLabel(state.country));
    if (state.event_type && !$("f-type").value) addOption($("f-type"), state.event_type, state.event_type);
    $("f-country").value = state.country;
    $("f-type").value = state.event_type;
  }

  function addOption(select, value, label) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    select.appendChild(option);
    return option;
  }

  function countryLabel(code) {
    const name = view.names.get(code);
    return name ? `${name} (${code})` : code;
  }

  function setFilter(changes) {
    Object.assign(state, changes, { offset: 0 });
    syncInputs();
    refresh();
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  function bindFilters() {
    const onText = debounce(() => setFilter({ actor: $("f-actor").value.trim(), q: $("f-q").value.trim() }), 350);
    $("f-actor").addEventListener("input", onText);
    $("f-q").addEventListener("input", onText);
    $("f-since").addEventListener("change", () => setFilter({ since: $("f-since").value }));
    $("f-until").addEventListener("change", () => setFilter({ until: $("f-until").value }));
    $("f-country").addEventListener("change", () => setFilter({ country: $("f-country").value }));
    $("f-type").addEventListener("change", () => setFilter({ event_type: $("f-type").value }));
    for (const box of document.querySelectorAll("#f-quads input")) {
      box.addEventListener("change", () => {
        let quads = [...document.querySelectorAll("#f-quads input:checked")].map((b) => Number(b.value));
        if (!quads.length) quads = [1, 2, 3, 4]; // nothing ticked means no filter
        setFilter({ quads });
      });
    }
    $("filters").addEventListener("submit", (e) => e.preventDefault());
    $("reset").addEventListener("click", () => setFilter({
      since: "", until: "", country: "", actor: "", event_type: "", q: "", quads: [1, 2, 3, 4],
    }));
    $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh({ only: "table" }); });
    $("next").addEventListener("click", () => { state.offset += PAGE; refresh({ only: "table" }); });
    for (const th of document.querySelectorAll("th.sortable")) {
      th.addEventListener("click", () => {
        const key = th.dataset.sort;
        state.sort = state.sort === `-${key}` ? key : `-${key}`;
        state.offset = 0;
        refresh({ only: "table" });
      });
    }
    $("country-role").addEventListener("change", () => refresh({ only: "map" }));
    $("layer-countries").addEventListener("change", () => refresh({ only: "map" }));
    $("layer-points").addEventListener("change", () => refresh({ only: "map" }));
    $("timeline-by").addEventListener("change", () => refresh({ only: "timeline" }));
    for (const tab of document.querySelectorAll(".tab")) {
      tab.addEventListener("click", () => { state.tab = tab.dataset.tab; showTab(); refresh({ only: "actors" }); });
    }
    $("evidence-close").addEventListener("click", closeEvidence);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeEvidence(); });
    window.addEventListener("hashchange", () => { /* our own replaceState does not fire this */ });
  }

  function showTab() {
    for (const tab of document.querySelectorAll(".tab")) tab.classList.toggle("active", tab.dataset.tab === state.tab);
    $("panel-events").hidden = state.tab !== "events";
    $("panel-actors").hidden = state.tab !== "actors";
  }

  // -- refresh: every view follows the same filters --------------------------------------------

  async function refresh({ only = null } = {}) {
    const generation = ++view.generation;
    writeHash();
    const exportParams = filterParams();
    exportParams.set("sort", state.sort);
    $("export-csv").href = `/api/events.csv?${exportParams}`;
    $("export-jsonl").href = `/api/events.jsonl?${exportParams}`;
    const jobs = [];
    if (!only || only === "table") jobs.push(loadTable(generation));
    if (!only || only === "map") jobs.push(loadMap(generation));
    if (!only || only === "timeline") jobs.push(loadTimeline(generation));
    if ((!only || only === "actors") && state.tab === "actors") jobs.push(loadActors(generation));
    document.body.classList.add("loading");
    const results = await Promise.allSettled(jobs);
    if (generation !== view.generation) return;
    document.body.classList.remove("loading");
    const failed = results.find((r) => r.status === "rejected");
    showError(failed ? failed.reason : null);
  }

  // -- the event table -------------------------------------------------------------------------

  async function loadTable(generation) {
    const p = filterParams();
    p.set("sort", state.sort);
    p.set("limit", PAGE);
    p.set("offset", state.offset);
    const page = await api("/api/events", p);
    if (generation !== view.generation) return;
    drawTable(page);
  }

  function actorNames(actors) {
    return actors.map((a) => a.name || a.text || a.cameo_actor).join(", ") || "–";
  }

  function drawTable(page) {
    $("event-total").textContent = number(page.total);
    if (page.offset !== view.tableOffset || page.total !== view.tableTotal) $("events-table").parentElement.scrollTop = 0;
    view.tableOffset = page.offset;
    view.tableTotal = page.total;
    const body = d3.select("#events-body");
    body.selectAll("*").remove();
    if (!page.items.length) {
      body.append("tr").append("td").attr("colspan", 5).attr("class", "empty-html").text("No events match these filters.");
    }
    for (const e of page.items) {
      const row = body.append("tr").attr("class", "row").attr("tabindex", 0).attr("data-event", e.event_id)
        .classed("selected", e.event_id === state.selected)
        .on("click", () => openEvent(e.event_id))
        .on("keydown", (ev) => { if (ev.key === "Enter") openEvent(e.event_id); });
      row.append("td").attr("class", "date").text(e.date || "–");
      const what = row.append("td");
      const type = what.append("div").attr("class", "type");
      type.append("span").attr("class", "dot").style("background", quadColor(e.quad_class));
      type.append("span").text(e.event_type);
      if (e.mode) type.append("span").attr("class", "mode").text(` / ${e.mode}`);
      sentenceSnippet(what.append("div").attr("class", "sentence"), e.sentence || "", e.trigger);
      const who = row.append("td");
      who.append("div").text(`${actorNames(e.source)} → ${actorNames(e.target)}`);
      const codes = [e.source.map((a) => a.cameo_actor).filter(Boolean).join(","), e.target.map((a) => a.cameo_actor).filter(Boolean).join(",")];
      if (codes[0] || codes[1]) who.append("div").attr("class", "code").text(`${codes[0] || "?"} → ${codes[1] || "?"}`);
      row.append("td").text(e.place ? `${e.place}${e.place_country ? ", " + e.place_country : ""}` : "–");
      row.append("td").attr("class", "num").text(e.confidence == null ? "–" : e.confidence.toFixed(2));
    }
    const first = page.total ? page.offset + 1 : 0;
    $("page-info").textContent = `${number(first)}–${number(page.offset + page.items.length)} of ${number(page.total)}`;
    $("prev").disabled = page.offset === 0;
    $("next").disabled = page.offset + page.items.length >= page.total;
    for (const th of document.querySelectorAll("th.sortable")) {
      th.classList.toggle("sorted-desc", state.sort === `-${th.dataset.sort}`);
      th.classList.toggle("sorted-asc", state.sort === th.dataset.sort);
    }
  }

  function sentenceSnippet(el, sentence, trigger) {
    const text = sentence.length > 220 ? sentence.slice(0, 217) + "…" : sentence;
    const at = trigger ? text.indexOf(trigger) : -1;
    if (at < 0) { el.text(text); return; }
    el.append("span").text(text.slice(0, at));
    el.append("b").text(trigger);
    el.append("span").text(text.slice(at + trigger.length));
  }

  function quadColor(q) { return QUADS[q] ? QUADS[q].color : "#9aa5b1"; }

  function dominantQuad(counts) {
    let best = null;
    for (const q of [1, 2, 3, 4]) if (counts[q] && (best === null || counts[q] > counts[best])) best = q;
    return best;
  }

  function quadBreakdown(counts) {
    return [1, 2, 3, 4].filter((q) => counts[q]).map((q) => `${counts[q]} ${QUADS[q].name}`).join("<br>");
  }

  // -- the map ---------------------------------------------------------------------------------

  async function loadWorld() {
    const response = await fetch("/static/vendor/countries-110m.geojson");
    view.world = await response.json();
    for (const f of view.world.features) if (f.properties.iso3) view.names.set(f.properties.iso3, f.properties.name);
  }

  async function loadMap(generation) {
    const p = filterParams();
    const role = $("country-role").value;
    const [countries, places] = await Promise.all([
      $("layer-countries").checked ? api("/api/map/countries", new URLSearchParams([...p, ["role", role]])) : [],
      $("layer-points").checked ? api("/api/map/places", new URLSearchParams([...p, ["limit", 1500]])) : [],
    ]);
    if (generation !== view.generation) return;
    view.mapData = { countries, places };
    drawMap();
  }

  function drawMap() {
    if (!view.world || !view.mapData) return;
    const el = $("map");
    const width = el.clientWidth, height = el.clientHeight;
    if (!width || !height) return;
    const svg = d3.select("#map-svg").attr("viewBox", `0 0 ${width} ${height}`);
    svg.selectAll("*").remove();
    const projection = d3.geoNaturalEarth1().fitExtent([[6, 6], [width - 6, height - 6]], { type: "Sphere" });
    const path = d3.geoPath(projection);
    const g = svg.append("g");
    g.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
    g.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));

    const byCountry = new Map(view.mapData.countries.map((c) => [c.country, c]));
    const maxCountry = d3.max(view.mapData.countries, (c) => c.count) || 1;
    const intensity = (n) => 0.3 + 0.7 * Math.log1p(n) / Math.log1p(maxCountry);
    const tooltip = $("tooltip");
    const tip = (event, html) => {
      const box = el.getBoundingClientRect();
      tooltip.innerHTML = html; // built only from escaped strings below
      tooltip.hidden = false;
      const x = Math.min(event.clientX - box.left + 12, width - tooltip.offsetWidth - 4);
      tooltip.style.left = `${x}px`;
      tooltip.style.top = `${Math.max(4, event.clientY - box.top - tooltip.offsetHeight - 8)}px`;
    };
    const hide = () => { tooltip.hidden = true; };

    g.append("g").selectAll("path").data(view.world.features).join("path")
      .attr("class", (f) => `country${f.properties.iso3 && f.properties.iso3 === state.country ? " selected" : ""}`)
      .attr("data-country", (f) => f.properties.iso3 || "")
      .attr("d", path)
      .style("fill", (f) => {  // a style, so that it wins over the stylesheet's default fill
        const c = byCountry.get(f.properties.iso3);
        if (!c) return null;
        return d3.interpolateRgb("#eef0f3", quadColor(dominantQuad(c.quad_class)))(intensity(c.count));
      })
      .on("mousemove", (event, f) => {
        const c = byCountry.get(f.properties.iso3);
        tip(event, `<b>${escapeHtml(f.properties.name)}</b>${c ? `<br>${number(c.count)} events<br>${quadBreakdown(c.quad_class)}` : "<br>no events"}`);
      })
      .on("mouseleave", hide)
      .on("click", (event, f) => {
        if (!f.properties.iso3) return;
        setFilter({ country: state.country === f.properties.iso3 ? "" : f.properties.iso3 });
      });

    const places = view.mapData.places;
    const maxPlace = d3.max(places, (p) => p.count) || 1;
    const radius = d3.scaleSqrt().domain([0, maxPlace]).range([2.5, 15]);
    const points = g.append("g");
    points.selectAll("circle").data(places).join("circle")
      .attr("class", "point")
      .attr("cx", (p) => projection([p.lon, p.lat])[0])
      .attr("cy", (p) => projection([p.lon, p.lat])[1])
      .attr("r", (p) => radius(p.count))
      .attr("fill", (p) => quadColor(dominantQuad(p.quad_class)))
      .on("mousemove", (event, p) => tip(event, `<b>${escapeHtml(p.name || "?")}</b> ${escapeHtml(p.country || "")}<br>${number(p.count)} events<br>${quadBreakdown(p.quad_class)}`))
      .on("mouseleave", hide)
      .on("click", (event, p) => { if (p.country) setFilter({ country: p.country }); });
    points.selectAll("text").data(labelled(places, projection, radius)).join("text")
      .attr("class", "point-label")
      .attr("x", (p) => projection([p.lon, p.lat])[0] + radius(p.count) + 3)
      .attr("y", (p) => projection([p.lon, p.lat])[1] + 4)
      .text((p) => p.name);

    const zoom = d3.zoom().scaleExtent([1, 12]).translateExtent([[0, 0], [width, height]])
      .on("zoom", (event) => {
        view.zoom = event.transform;
        g.attr("transform", event.transform);
        const k = event.transform.k;
        // circles and labels keep their size on screen; the map under them grows
        points.selectAll("circle").attr("r", (p) => radius(p.count) / k);
        points.selectAll("text").style("font-size", `${11 / k}px`).style("stroke-width", `${3 / k}px`)
          .attr("x", (p) => projection([p.lon, p.lat])[0] + (radius(p.count) + 3) / k)
          .attr("y", (p) => projection([p.lon, p.lat])[1] + 4 / k);
      });
    svg.call(zoom).on("dblclick.zoom", null);
    const selected = state.country && view.world.features.find((f) => f.properties.iso3 === state.country);
    if (selected && view.zoomedTo !== state.country) {
      // show the chosen country and its neighbours, once per choice (the user may zoom away)
      const [[x0, y0], [x1, y1]] = path.bounds(selected);
      const k = Math.max(1, Math.min(6, 0.35 / Math.max((x1 - x0) / width, (y1 - y0) / height)));
      view.zoom = d3.zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    } else if (!state.country && view.zoomedTo) {
      view.zoom = d3.zoomIdentity;
    }
    view.zoomedTo = state.country || null;
    svg.call(zoom.transform, view.zoom);
    drawLegend();
  }

  // The largest places that can be named without one label covering another.
  function labelled(places, projection, radius) {
    const boxes = [], out = [];
    for (const p of places.slice(0, 30)) {
      const [x, y] = projection([p.lon, p.lat]);
      const box = { x0: x + radius(p.count), x1: x + radius(p.count) + 7 * (p.name || "").length, y0: y - 8, y1: y + 6 };
      if (boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
      boxes.push(box);
      out.push(p);
      if (out.length === 10) break;
    }
    return out;
  }

  function drawLegend() {
    const legend = d3.select("#legend");
    legend.selectAll("*").remove();
    for (const q of [1, 2, 3, 4]) {
      const item = legend.append("span");
      item.append("span").attr("class", "swatch").style("background", QUADS[q].color);
      item.append("span").text(QUADS[q].name);
    }
    legend.append("span").attr("class", "legend-note").text("colour: most frequent quad class · darker country = more events · click a country to filter");
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }

  // -- the timeline ----------------------------------------------------------------------------

  // The timeline spans the typical dates (1st to 99th percentile): a few events about the
  // distant past or far future would otherwise squeeze everything else into one bar.
  function typicalRange() {
    const f = view.facets;
    if (!f || !f.first_date) return null;
    return [parseDay(f.typical_first_date || f.first_date), parseDay(f.typical_last_date || f.last_date)];
  }

  function timelineInterval() {
    const range = typicalRange();
    if (!range) return "day";
    const days = (range[1] - range[0]) / 864e5;
    return days <= 200 ? "day" : days <= 3 * 366 ? "week" : "month";
  }

  async function loadTimeline(generation) {
    const p = filterParams({ time: false }); // the timeline shows the whole range; the brush marks the filter
    const by = $("timeline-by").value;
    p.set("interval", timelineInterval());
    p.set("by", by);
    const data = await api("/api/timeline", p);
    if (generation !== view.generation) return;
    view.timeline = data;
    drawTimeline();
  }

  function drawTimeline() {
    const data = view.timeline;
    if (!data) return;
    const el = $("timeline");
    const width = el.clientWidth, height = el.clientHeight;
    if (!width || !height) return;
    const margin = { top: 8, right: 12, bottom: 22, left: 38 };
    const svg = d3.select("#timeline-svg").attr("viewBox", `0 0 ${width} ${height}`);
    svg.selectAll("*").remove();
    const step = { day: d3.utcDay, week: d3.utcMonday, month: d3.utcMonth }[data.interval];
    const range = typicalRange();
    const all = data.points.map((d) => ({ ...d, t: parseDay(d.date) }));
    const first = range ? step.floor(range[0]) : d3.min(all, (d) => d.t);
    const last = range ? step.offset(step.floor(range[1]), 1) : step.offset(d3.max(all, (d) => d.t), 1);
    const points = all.filter((d) => d.t >= first && d.t < last);
    const outside = d3.sum(all, (d) => d.count) - d3.sum(points, (d) => d.count);
    if (!points.length) {
      svg.append("text").attr("class", "empty").attr("x", width / 2).attr("y", height / 2).attr("text-anchor", "middle")
        .text(data.undated ? `${number(data.undated)} matching events have no resolved date` : "No dated events match these filters");
      return;
    }
    const series = data.by === "quad_class" ? ["1", "2", "3", "4"] : [...new Set(points.map((d) => d.series))];
    const colour = data.by === "quad_class" ? (s) => quadColor(Number(s))
      : d3.scaleOrdinal(series, d3.schemeTableau10.concat(d3.schemeSet3));
    const byDate = d3.rollup(points, (v) => Object.fromEntries(v.map((d) => [d.series, d.count])), (d) => +d.t);
    const rows = [...byDate].map(([t, counts]) => ({ t: new Date(t), ...counts }));
    const stacked = d3.stack().keys(series).value((d, key) => d[key] || 0)(rows);
    const x = d3.scaleUtc().domain([first, last]).range([margin.left, width - margin.right]);
    const y = d3.scaleLinear().domain([0, Math.max(2, d3.max(stacked.at(-1), (d) => d[1]) || 0)]).nice()
      .range([height - margin.bottom, margin.top]);
    const barWidth = (t) => Math.max(2, x(step.offset(t, 1)) - x(t) - 1);

    svg.append("g").selectAll("g").data(stacked).join("g")
      .attr("fill", (s) => colour(s.key))
      .selectAll("rect").data((s) => s.map((d) => Object.assign(d, { key: s.key }))).join("rect")
      .attr("x", (d) => x(d.data.t)).attr("width", (d) => barWidth(d.data.t))
      .attr("y", (d) => y(d[1])).attr("height", (d) => Math.max(0, y(d[0]) - y(d[1])))
      .append("title").text((d) => `${formatDay(d.data.t)}: ${d.data[d.key] || 0} ${data.by === "quad_class" ? QUADS[d.key].name : d.key}`);
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))).tickSizeOuter(0));
    svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`)
      .call(d3.axisLeft(y).ticks(Math.min(y.domain()[1], Math.max(2, Math.floor(height / 40)))).tickFormat(d3.format("~s")));

    const brush = d3.brushX().extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]])
      .on("end", (event) => {
        if (!event.sourceEvent) return; // moved by us, not by the user
        if (!event.selection) { setFilter({ since: "", until: "" }); return; }
        const [a, b] = event.selection.map(x.invert);
        const since = d3.utcDay.floor(a), until = d3.utcDay.offset(d3.utcDay.ceil(b), -1);
        setFilter({ since: formatDay(since), until: formatDay(until < since ? since : until) });
      });
    const brushG = svg.append("g").attr("class", "brush").call(brush);
    if (state.since || state.until) {
      const a = state.since ? parseDay(state.since) : x.domain()[0];
      const b = state.until ? d3.utcDay.offset(parseDay(state.until), 1) : x.domain()[1];
      if (a && b) brushG.call(brush.move, [Math.max(margin.left, x(a)), Math.min(width - margin.right, x(b))]);
    }
    const notShown = [outside ? `${number(outside)} outside ${formatDay(first).slice(0, 4)}–${formatDay(last).slice(0, 4)}` : "",
      data.undated ? `${number(data.undated)} undated` : ""].filter(Boolean).join(", ");
    $("timeline-hint").textContent = (notShown ? `not shown: ${notShown} · ` : "") + "drag across the bars to set the time filter";
  }

  // -- one event and its evidence --------------------------------------------------------------

  async function openEvent(eventId) {
    state.selected = eventId;
    writeHash();
    for (const row of document.querySelectorAll("#events-body tr.row")) row.classList.toggle("selected", row.dataset.event === eventId);
    try {
      const detail = await api(`/api/events/${encodeURIComponent(eventId)}`);
      if (state.selected !== eventId) return;
      drawEvidence(detail);
      showError(null);
    } catch (error) {
      showError(error);
    }
  }

  function closeEvidence() {
    state.selected = null;
    $("evidence").hidden = true;
    for (const row of document.querySelectorAll("#events-body tr.row.selected")) row.classList.remove("selected");
    writeHash();
  }

  // Put `text` (which starts at article offset `base`) on the page with the spans marked.
  function marked(el, text, base, spans) {
    const cuts = new Set([0, text.length]);
    const local = spans.map((s) => ({ ...s, a: s.char_start - base, b: s.char_end - base }))
      .filter((s) => s.b > 0 && s.a < text.length);
    for (const s of local) { cuts.add(Math.max(0, s.a)); cuts.add(Math.min(text.length, s.b)); }
    const points = [...cuts].sort((p, q) => p - q);
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      const over = local.filter((s) => s.a <= a && s.b >= b);
      const piece = text.slice(a, b);
      if (!over.length) { el.append("span").text(piece); continue; }
      el.append("span")
        .attr("class", "hl " + over.map((s) => `hl-${s.kind}`).join(" "))
        .attr("title", over.filter((s) => s.kind !== "sentence").map((s) => `${KIND_NAMES[s.kind]}${s.label ? ": " + s.label : ""}`).join("\n"))
        .text(piece);
    }
  }

  function describeActor(a) {
    const bits = [a.cameo_actor, a.country, a.sector].filter(Boolean);
    return `${a.text}${a.name && a.name !== a.text ? ` (${a.name})` : ""}${bits.length ? " → " + bits.join(" · ") : ""}`;
  }

  function drawEvidence(detail) {
    const e = detail.event, ev = e.evidence, art = detail.article;
    const body = d3.select("#evidence-body");
    body.selectAll("*").remove();
    const title = body.append("div").attr("class", "ev-title");
    title.append("span").attr("class", "dot").style("background", quadColor(e.quad_class));
    title.append("span").text(e.event_type + (e.mode ? ` / ${e.mode}` : ""));
    if (e.quad_class) title.append("span").attr("class", "badge").style("background", quadColor(e.quad_class)).text(QUADS[e.quad_class].name);
    if (e.cameo) title.append("span").attr("class", "code").text(`CAMEO ${e.cameo}`);

    const key = body.append("div").attr("class", "hl-key");
    for (const kind of KINDS) key.append("span").attr("class", `hl hl-${kind}`).text(KIND_NAMES[kind]);
    const inSentence = detail.highlights.filter((h) => h.kind !== "sentence");
    marked(body.append("div").attr("class", "ev-sentence").attr("id", "evidence-sentence"), ev.sentence, ev.char_start, inSentence);

    const facts = body.append("dl").attr("class", "facts");
    const fact = (label, fill) => { facts.append("dt").text(label); fill(facts.append("dd")); };
    fact("source", (dd) => dd.text(e.source.map(describeActor).join("; ") || "–"));
    fact("target", (dd) => dd.text(e.target.map(describeActor).join("; ") || "–"));
    fact("trigger", (dd) => { dd.append("b").text(ev.trigger.text); dd.append("span").text("  rule "); dd.append("span").attr("class", "code").text(ev.rule); });
    fact("date", (dd) => dd.text(`${e.date || "unresolved"} (${e.date_precision})${ev.date_text ? ` from “${ev.date_text}”` : ""}`));
    fact("place", (dd) => dd.text(e.location.length
      ? e.location.map((p) => `${p.name}${p.country ? ", " + p.country : ""} (${p.precision})`).join("; ") + (ev.place_text ? ` from “${ev.place_text}”` : "")
      : (ev.place_text || "–")));
    fact("confidence", (dd) => {
      dd.append("span").text(e.confidence.toFixed(2));
      dd.append("span").attr("class", "conf").append("i").style("width", `${Math.round(e.confidence * 100)}%`);
      if (e.goldstein != null) dd.append("span").text(`   Goldstein ${e.goldstein}`);
    });
    const flags = ["negated", "hypothetical", "future", "historical"].filter((f) => e[f]);
    if (flags.length || e.attributed_to) {
      fact("flags", (dd) => {
        for (const f of flags) dd.append("span").attr("class", "flag").text(f);
        if (e.attributed_to) dd.append("span").text(`according to ${e.attributed_to.text}`);
      });
    }
    fact("article", (dd) => {
      if (art.url) dd.append("a").attr("href", art.url).attr("target", "_blank").attr("rel", "noopener noreferrer").text(art.title || art.url);
      else dd.append("span").text(art.title || art.article_id);
      dd.append("span").text(`  ${[art.published, art.domain, art.lang].filter(Boolean).join(" · ")}`);
    });
    fact("data", (dd) => {
      dd.append("a").attr("href", `/api/events/${encodeURIComponent(e.event_id)}`).attr("target", "_blank").text("event record");
      dd.append("span").text(" · ");
      dd.append("a").attr("href", `/api/articles/${encodeURIComponent(art.article_id)}`).attr("target", "_blank").text("stored article text");
    });
    const context = body.append("details").attr("class", "context");
    context.append("summary").text(art.in_store ? "the sentence in its article" : "the article is not in the store");
    marked(context.append("div").attr("class", "excerpt"), detail.excerpt.text, detail.excerpt.char_start, detail.highlights);
    $("evidence").hidden = false;
  }

  // -- actors and dyads ------------------------------------------------------------------------

  async function loadActors(generation) {
    const p = filterParams();
    const [dyads, actors] = await Promise.all([
      api("/api/dyads", new URLSearchParams([...p, ["limit", 30]])),
      api("/api/actors", new URLSearchParams([...p, ["limit", 20]])),
    ]);
    if (generation !== view.generation) return;
    view.actors = { dyads, actors };
    drawActorList(); // first: the list's height decides the network's
    drawNetwork();
  }

  const coopColour = d3.scaleLinear().domain([0, 0.25, 0.5, 0.75, 1])
    .range(["#d7191c", "#f59e42", "#b8bec6", "#74add1", "#2c7bb6"]);

  function coopShare(q) {
    const total = q[1] + q[2] + q[3] + q[4];
    return total ? (q[1] + q[2]) / total : 0.5;
  }

  function drawNetwork() {
    const el = $("network");
    const width = el.clientWidth, height = el.clientHeight;
    const svg = d3.select("#network-svg").attr("viewBox", `0 0 ${width} ${height}`);
    svg.selectAll("*").remove();
    const dyads = view.actors ? view.actors.dyads : [];
    if (!dyads.length || !width) {
      svg.append("text").attr("class", "empty").attr("x", width / 2).attr("y", height / 2).attr("text-anchor", "middle")
        .text("No source → target pairs match these filters");
      return;
    }
    const nodes = new Map();
    const node = (id, label, country) => {
      if (!nodes.has(id)) nodes.set(id, { id, label, country, count: 0 });
      return nodes.get(id);
    };
    const links = dyads.map((d) => {
      const s = node(d.source, d.source_label, d.source_country), t = node(d.target, d.target_label, d.target_country);
      s.count += d.count; t.count += d.count;
      return { source: d.source, target: d.target, count: d.count, share: coopShare(d.quad_class), goldstein: d.goldstein };
    });
    const data = [...nodes.values()];
    const r = d3.scaleSqrt().domain([0, d3.max(data, (d) => d.count)]).range([4, 18]);
    const w = d3.scaleLinear().domain([1, d3.max(links, (l) => l.count) || 1]).range([1.2, 7]);
    const sim = d3.forceSimulation(data)
      .force("link", d3.forceLink(links).id((d) => d.id).distance(70).strength(0.5))
      .force("charge", d3.forceManyBody().strength(-240))
      .force("center", d3.forceCenter(width / 2, height / 2))
      .force("collide", d3.forceCollide((d) => r(d.count) + 10))
      .force("x", d3.forceX(width / 2).strength(0.06)).force("y", d3.forceY(height / 2).strength(0.1))
      .stop();
    for (let i = 0; i < 300; i++) sim.tick();
    // scale the settled layout into the box (labels need room on the right)
    const fx = d3.scaleLinear().domain(d3.extent(data, (d) => d.x)).range([24, Math.max(30, width - 80)]);
    const fy = d3.scaleLinear().domain(d3.extent(data, (d) => d.y)).range([22, Math.max(30, height - 22)]);
    for (const d of data) { d.x = data.length > 1 ? fx(d.x) : width / 2; d.y = data.length > 1 ? fy(d.y) : height / 2; }

    svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -4 8 8").attr("refX", 8)
      .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 9).attr("markerHeight", 9).attr("orient", "auto").append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", "#7b8794");
    const edge = (l) => {
      const dx = l.target.x - l.source.x, dy = l.target.y - l.source.y, dist = Math.hypot(dx, dy) || 1;
      const tx = l.target.x - (dx / dist) * (r(l.target.count) + 2), ty = l.target.y - (dy / dist) * (r(l.target.count) + 2);
      return `M${l.source.x},${l.source.y}Q${(l.source.x + tx) / 2 + dy * 0.12},${(l.source.y + ty) / 2 - dx * 0.12} ${tx},${ty}`;
    };
    const linkSel = svg.append("g").attr("fill", "none").selectAll("path").data(links).join("path")
      .attr("d", edge).attr("stroke", (l) => coopColour(l.share)).attr("stroke-width", (l) => w(l.count))
      .attr("stroke-opacity", 0.85).attr("marker-end", "url(#arrow)");
    linkSel.append("title").text((l) => `${l.source.label || l.source.id} → ${l.target.label || l.target.id}: ${l.count} events, ${Math.round(l.share * 100)}% cooperation${l.goldstein != null ? `, mean Goldstein ${l.goldstein.toFixed(1)}` : ""}`);
    const nodeG = svg.append("g").selectAll("g").data(data).join("g").attr("transform", (d) => `translate(${d.x},${d.y})`);
    nodeG.append("circle").attr("class", "node").attr("r", (d) => r(d.count)).attr("fill", "#3e4c59")
      .classed("selected", (d) => d.id === state.actor)
      .on("click", (event, d) => setFilter({ actor: state.actor === d.id ? "" : d.id }))
      .append("title").text((d) => `${d.id}${d.label && d.label !== d.id ? ` (${d.label})` : ""}: ${d.count} events · click to filter`);
    nodeG.append("text").attr("x", (d) => r(d.count) + 3).attr("y", 4).text((d) => d.id);
    nodeG.call(d3.drag().on("drag", function (event, d) {
      d.x = event.x; d.y = event.y;
      d3.select(this).attr("transform", `translate(${d.x},${d.y})`);
      linkSel.attr("d", edge);
    }));
    const legend = d3.select("#network-legend");
    legend.selectAll("*").remove();
    legend.append("span").text("conflict");
    legend.append("span").attr("class", "ramp");
    legend.append("span").text("cooperation");
    legend.append("span").text("· width = events · arrow: source → target · click a node to filter");
  }

  function drawActorList() {
    const list = d3.select("#actors-list");
    list.selectAll("*").remove();
    const actors = view.actors ? view.actors.actors : [];
    const max = d3.max(actors, (a) => a.count) || 1;
    for (const a of actors) {
      const li = list.append("li").on("click", () => setFilter({ actor: a.actor }));
      li.append("span").attr("class", "name").attr("title", a.label || "").text(`${a.actor}${a.label && a.label !== a.actor ? " · " + a.label : ""}`);
      const bar = li.append("span").attr("class", "bar").style("width", `${Math.max(4, (a.count / max) * 100)}%`);
      for (const q of [1, 2, 3, 4]) if (a.quad_class[q]) bar.append("i").style("flex", a.quad_class[q]).style("background", QUADS[q].color);
      li.append("span").attr("class", "num").text(number(a.count));
    }
  }

  // -- start -----------------------------------------------------------------------------------

  async function start() {
    readHash();
    bindFilters();
    showTab();
    try {
      const [facets, info] = await Promise.all([api("/api/facets"), api("/api/info"), loadWorld()]);
      view.facets = facets;
      $("store-summary").textContent = `${number(facets.articles)} articles · ${number(facets.events)} events` +
        (facets.first_date ? ` · ${facets.first_date} – ${facets.last_date}` : "") + ` · ${info.mode}`;
      for (const c of facets.countries) addOption($("f-country"), c.value, `${countryLabel(c.value)} · ${c.count}`);
      for (const t of facets.event_types) addOption($("f-type"), t.value, `${t.value} · ${t.count}`);
    } catch (error) {
      showError(error);
    }
    syncInputs();
    await refresh();
    if (state.selected) openEvent(state.selected);
    let resizeTimer = null;
    const observer = new ResizeObserver(() => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => { drawMap(); drawTimeline(); if (state.tab === "actors") drawNetwork(); }, 120);
    });
    observer.observe($("map"));
    observer.observe($("timeline"));
    observer.observe($("network"));
    document.body.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", start);
})();
