// qualalliance review page. Transcript text is only ever set with textContent (never parsed
// as HTML), so a turn containing markup shows as text. Every call carries the token.
"use strict";
(() => {
  const TOKEN = document.body.dataset.token;
  const $ = (id) => document.getElementById(id);
  const state = { items: [], view: [], pos: 0, decisions: new Map(), added: [], codebook: new Map(),
                  context: new Map(), current: null, modelVersion: 0 };
  const keyOf = (d) => [d.doc_id, d.turn, d.code, d.start_char, d.end_char].join("\u0001");

  async function api(path, body) {
    const sep = path.includes("?") ? "&" : "?";
    const opts = body === undefined ? {} : { method: "POST", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", "X-Review-Token": TOKEN } };
    const res = await fetch(body === undefined ? `${path}${sep}token=${encodeURIComponent(TOKEN)}` : path, opts);
    if (!res.ok) throw new Error(`${res.status}: ${await res.text()}`);
    return res.json();
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function say(msg, error = false) { $("message").textContent = msg; $("message").className = error ? "error" : ""; }

  function applyDecision(d) {
    if (d.decision === "add" || d.decision === "edit") state.added.push(d);
    else state.decisions.set(keyOf(d), d);
  }

  function rebuildDecisions(rows) {
    state.decisions = new Map(); state.added = [];
    rows.forEach(applyDecision);
  }

  function filterView() {
    const code = $("filter-code").value, doc = $("filter-doc").value, open = $("filter-open").checked;
    const who = $("filter-participant").value, band = $("filter-conf").value;
    const [lo, hi] = band && band !== "none" ? band.split("-").map(Number) : [null, null];
    const inBand = (c) => !band || (band === "none" ? c === null : c !== null && c >= lo && c < hi);
    const keep = state.current;
    state.view = state.items.filter((it) => (!code || it.code === code) && (!doc || it.doc_id === doc) &&
      (!who || it.participant_id === who) && inBand(it.confidence) &&
      (!open || !state.decisions.has(keyOf(it)) || it === keep));
    state.pos = Math.max(0, state.view.indexOf(keep));
  }

  function progress() {
    const code = $("filter-code").value;
    const pool = code ? state.items.filter((it) => it.code === code) : state.items;
    const done = pool.filter((it) => state.decisions.has(keyOf(it))).length;
    $("progress").textContent = `${done} / ${pool.length} reviewed${code ? " for " + code : ""} · ` +
      `${state.added.length} added`;
    const perCode = new Map();  // progress per code, shown in the code filter
    for (const it of state.items) {
      const c = perCode.get(it.code) || [0, 0];
      c[0] += state.decisions.has(keyOf(it)) ? 1 : 0; c[1] += 1;
      perCode.set(it.code, c);
    }
    for (const o of $("filter-code").options) {
      if (o.value && perCode.has(o.value)) o.textContent = `${o.value} (${perCode.get(o.value).join("/")})`;
    }
  }

  async function context(it) {
    const k = `${it.doc_id}\u0001${it.turn}`;
    if (!state.context.has(k)) {
      const p = api(`/api/context?doc_id=${encodeURIComponent(it.doc_id)}&turn=${it.turn}`);
      p.catch(() => state.context.delete(k)); // a failed fetch is retried next time
      state.context.set(k, p);
    }
    return state.context.get(k);
  }

  function renderTurn(t, it) {
    const div = el("div", undefined, "turn");
    div.appendChild(el("span", `${t.speaker || t.role} · turn ${t.turn}`, "who"));
    const body = el("span", undefined, "text");
    if (it && t.turn === it.turn) {
      div.classList.add("current");
      body.id = "current-text";
      const marks = [{ s: it.start_char, e: it.end_char, cls: "" }];
      state.added.filter((a) => a.doc_id === it.doc_id && a.turn === it.turn)
        .forEach((a) => marks.push({ s: a.start_char, e: a.end_char, cls: "added" }));
      marks.sort((x, y) => x.s - y.s);
      let at = t.start_char;
      for (const m of marks) {
        if (m.s < at) continue; // overlapping marks: keep the first
        body.appendChild(document.createTextNode(t.text.slice(at - t.start_char, m.s - t.start_char)));
        body.appendChild(el("mark", t.text.slice(m.s - t.start_char, m.e - t.start_char), m.cls));
        at = m.e;
      }
      body.appendChild(document.createTextNode(t.text.slice(at - t.start_char)));
    } else {
      body.textContent = t.text;
    }
    div.appendChild(body);
    return div;
  }

  async function show() {
    progress();
    const it = state.view[state.pos];
    state.current = it || null;
    const turns = $("turns");
    if (!it) { turns.replaceChildren(el("p", "Nothing to review with these filters.")); return; }
    const ctx = await context(it);
    if (state.current !== it) return; // the reviewer moved on meanwhile
    // fetch the neighbours' turns now, so that the next keypress renders without a round trip
    for (const n of [state.view[state.pos + 1], state.view[state.pos + 2], state.view[state.pos - 1]]) {
      if (n) context(n);
    }
    turns.replaceChildren(...ctx.turns.map((t) => renderTurn(t, it)));
    renderHead(it);
    const c = state.codebook.get(it.code) || {};
    const dl = $("code-def");
    dl.replaceChildren();
    for (const [label, value] of [["Code", c.label || it.code], ["Definition", c.definition],
                                   ["Include", c.include], ["Exclude", c.exclude], ["Evidence", it.text],
                                   ["Document", `${it.doc_id}, turn ${it.turn}`]]) {
      if (!value) continue;
      dl.appendChild(el("dt", label)); dl.appendChild(el("dd", value));
    }
    const d = state.decisions.get(keyOf(it));
    const status = $("status");
    status.className = d ? d.decision : "open";
    status.textContent = d ? `${d.decision}ed by ${d.coder}` : "not yet reviewed";
    $("memo").value = d ? d.memo : "";
    const added = state.added.filter((a) => a.doc_id === it.doc_id && a.turn === it.turn);
    $("added").replaceChildren(...added.map((a) => el("div", `${a.decision === "add" ? "added" : "changed to"} ${a.code}: ${a.start_char}–${a.end_char}`)));
  }

  function renderHead(it) {
    const fmt = (c) => (c === null ? "no confidence" : `confidence ${c.toFixed(2)}`);
    let conf = fmt(it.confidence);
    if (it.confidence !== it.run_confidence) conf += `, run ${it.run_confidence === null ? "none" : it.run_confidence.toFixed(2)}`;
    $("item-head").replaceChildren(el("span", `${it.code} `), el("span",
      `(${conf}; ${it.source === "candidates" ? "below threshold" : "coded"}${it.negated ? "; negated" : ""}) ` +
      `· ${state.pos + 1} of ${state.view.length}`, "conf"));
  }

  // the second stage learning from the decisions (server side, in the background)
  function renderModel(m) {
    const parts = [];
    if ((m.recalibrated || []).length) parts.push(`${m.recalibrated.join(", ")} recalibrated`);
    if ((m.refitted || []).length) parts.push(`${m.refitted.join(", ")} refitted`);
    const learnt = parts.length ? parts.join("; ") : "no code has enough reviewed examples yet";
    const time = m.updated ? new Date(m.updated).toLocaleTimeString() : "";
    const next = m.every ? `next after ${m.next_in} more` : "press t to update again";
    const text = {
      off: `Model: not learning (${m.message})`,
      failed: `Model update failed: ${m.message}`,
      training: `Model: updating from your decisions…`,
      waiting: `Model: the run's · ${m.message ||
        (m.every ? `updates after every ${m.every} decisions (next after ${m.next_in} more)` : "press t to update it")}`,
      ready: `Model updated ${time} from ${m.decisions} decisions (${m.turns} turns): ${learnt} · ${next}`,
    }[m.state] || `Model: ${m.state}`;
    const box = $("model");
    box.textContent = text;
    box.className = m.state;
    $("retrain").disabled = m.state === "off" || m.state === "training";
  }

  async function pollModel() {
    try {
      const m = await api("/api/model");
      renderModel(m);
      if (m.version > state.modelVersion) { state.modelVersion = m.version; await refreshItems(); }
    } catch (err) { /* the next poll tries again */ }
  }

  // new confidences and order from an updated model: the reviewer stays on the current item,
  // which goes first among the undecided ones, so "next" continues with the most uncertain
  async function refreshItems() {
    const items = await api("/api/items");
    const cur = state.current && keyOf(state.current);
    let current = items.find((it) => keyOf(it) === cur) || null;
    if (current && !state.decisions.has(cur)) {
      const rest = items.filter((it) => it !== current);
      const at = rest.findIndex((it) => !state.decisions.has(keyOf(it)));
      rest.splice(at < 0 ? rest.length : at, 0, current);
      state.items = rest;
    } else {
      state.items = items;
    }
    state.current = current;
    filterView();
    progress();
    if (current) renderHead(current);
  }

  async function retrain() {
    try { renderModel(await api("/api/retrain", {})); } catch (err) { say(err.message, true); }
  }

  async function decide(decision, it, extra) {
    const body = { doc_id: it.doc_id, turn: it.turn, code: it.code, start_char: it.start_char,
                   end_char: it.end_char, decision, memo: $("memo").value, ...extra };
    try {
      applyDecision(await api("/api/decisions", body));
      say("");
      return true;
    } catch (err) { say(`not saved: ${err.message}`, true); return false; }
  }

  async function next(step) {
    state.pos = Math.min(Math.max(state.pos + step, 0), Math.max(state.view.length - 1, 0));
    await show();
  }

  function selectionSpan() {
    const sel = window.getSelection(), text = $("current-text");
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !text) return null;
    const r = sel.getRangeAt(0);
    if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) return null;
    const pre = document.createRange();
    pre.setStart(text, 0); pre.setEnd(r.startContainer, r.startOffset);
    const start = pre.toString().length;
    return { start, end: start + r.toString().length };
  }

  // add: a new coding of the selected text; edit: the current coding with another code
  // and/or the selected span instead of the machine's (the machine's is rejected with it)
  function openCodeBox(mode) {
    const it = state.current;
    if (!it) return;
    const span = selectionSpan();
    if (!span && mode === "add") { say("select text in the highlighted turn first", true); return; }
    state.pending = { mode, span };
    $("add-label").textContent = mode === "add" ? "Code for the selected text"
      : `Correct code${span ? " for the selected text" : ""} (was ${it.code})`;
    $("add-box").hidden = false; $("add-code").value = mode === "edit" ? it.code : ""; $("add-code").focus();
  }

  async function confirmCodeBox() {
    const code = $("add-code").value.trim(), it = state.current, pending = state.pending;
    $("add-box").hidden = true;
    if (!code || !it || !pending) return;
    const ctx = await context(it);
    const t = ctx.turns.find((x) => x.turn === it.turn);
    const span = pending.span ? { start_char: t.start_char + pending.span.start, end_char: t.start_char + pending.span.end }
      : { start_char: it.start_char, end_char: it.end_char };
    if (pending.mode === "add") {
      await decide("add", it, { code, ...span });
    } else if (await decide("edit", it, { code, ...span,
        replaces: { code: it.code, start_char: it.start_char, end_char: it.end_char } })) {
      state.decisions.set(keyOf(it), { ...it, decision: "reject", coder: state.coder, memo: $("memo").value });
    }
    window.getSelection().removeAllRanges();
    await show();
  }

  async function undo() {
    try {
      await api("/api/undo", {});
      rebuildDecisions(await api("/api/decisions"));
      say("undone");
    } catch (err) { say(err.message, true); }
    await show();
  }

  async function memo() {
    const it = state.current, d = it && state.decisions.get(keyOf(it));
    $("memo").focus();
    if (d) state.memoFor = d; // re-recorded with the memo when the box loses focus
  }

  async function onKey(ev) {
    if (ev.target.id === "add-code") {
      if (ev.key === "Enter") { ev.preventDefault(); await confirmCodeBox(); }
      else if (ev.key === "Escape") { $("add-box").hidden = true; }
      return;
    }
    if (ev.target.id === "memo") { if (ev.key === "Escape") ev.target.blur(); return; }
    if (ev.target.tagName === "SELECT" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const it = state.current;
    const actions = {
      a: async () => { if (it) { await decide("accept", it); await next(1); } },
      r: async () => { if (it) { await decide("reject", it); await next(1); } },
      c: () => openCodeBox("add"), e: () => openCodeBox("edit"), m: memo, u: undo, t: retrain,
      j: () => next(1), ArrowRight: () => next(1), k: () => next(-1), ArrowLeft: () => next(-1),
    };
    if (actions[ev.key]) { ev.preventDefault(); await actions[ev.key](); }
  }

  async function memoDone() {
    const d = state.memoFor;
    state.memoFor = null;
    if (d && $("memo").value !== d.memo) await decide(d.decision, d, {});
  }

  async function start() {
    const [meta, items, rows] = await Promise.all([api("/api/meta"), api("/api/items"), api("/api/decisions")]);
    $("folder").textContent = `${meta.folder} · coder ${meta.coder}`;
    state.coder = meta.coder;
    meta.codebook.forEach((c) => state.codebook.set(c.id, c));
    const counts = new Map();
    items.forEach((it) => counts.set(it.code, (counts.get(it.code) || 0) + 1));
    const sel = $("filter-code"), list = $("code-list");
    meta.codebook.forEach((c) => {
      const o = el("option", `${c.id} (${counts.get(c.id) || 0})`); o.value = c.id;
      if (counts.get(c.id)) sel.appendChild(o);
      const l = document.createElement("option"); l.value = c.id; l.textContent = c.label; list.appendChild(l);
    });
    const docs = $("filter-doc");
    [...new Set(items.map((it) => it.doc_id))].sort().forEach((d) => {
      const o = el("option", d); o.value = d; docs.appendChild(o);
    });
    [...new Set(items.map((it) => it.participant_id).filter(Boolean))].sort().forEach((p) => {
      const o = el("option", p); o.value = p; $("filter-participant").appendChild(o);
    });
    state.items = items;
    rebuildDecisions(rows);
    filterView();
    const firstOpen = state.view.findIndex((it) => !state.decisions.has(keyOf(it)));
    state.pos = firstOpen < 0 ? 0 : firstOpen; // reopening resumes at the first undecided item
    for (const id of ["filter-code", "filter-doc", "filter-participant", "filter-conf", "filter-open"]) $(id).addEventListener("change", async () => {
      filterView(); $(id).blur(); await show();
    });
    $("memo").addEventListener("blur", memoDone);
    $("retrain").addEventListener("click", async () => { $("retrain").blur(); await retrain(); });
    document.addEventListener("keydown", onKey);
    await show();
    document.body.dataset.ready = "1";
    pollModel();
    setInterval(pollModel, 2000);
  }

  start().catch((err) => say(`cannot load: ${err.message}`, true));
})();
