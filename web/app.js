// isnad explorer: the actor network of an event store, the evidence behind
// each line, an actor's profile and a cooperation/conflict chart. Talks only
// to the JSON API of `isnad serve` (docs/API.md). The whole view (filters,
// selection, search) lives in the query string, so a URL can be shared.
// Data is put in the page with textContent only, never as HTML.
'use strict';

(function () {
  const ROOTS = {
    '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
    '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid',
    '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten',
    '14': 'Protest', '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault',
    '19': 'Fight', '20': 'Use unconventional mass violence',
  };
  const FILTERS = ['from', 'to', 'lang', 'root', 'plover', 'certainty', 'outlet', 'level', 'background'];
  const COLORS = { coop: '#2e7d32', conf: '#c62828', mixed: '#ef6c00' };

  const $ = (id) => document.getElementById(id);
  const form = $('filters');
  let cy = null;

  // ---- state <-> URL --------------------------------------------------------
  // state.filters: values of FILTERS ('' = unset); state.sel: "node:LBY",
  // "edge:ISR>LBY", "doc:ID" or ''; state.q: the search box.
  const state = { filters: {}, sel: '', q: '' };

  function readUrl() {
    const p = new URLSearchParams(location.search);
    for (const k of FILTERS) state.filters[k] = p.get(k) || '';
    state.sel = p.get('sel') || '';
    state.q = p.get('q') || '';
  }

  function writeUrl(push) {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (state.filters[k]) p.set(k, state.filters[k]);
    if (state.sel) p.set('sel', state.sel);
    if (state.q) p.set('q', state.q);
    const url = location.pathname + (p.toString() ? '?' + p.toString() : '');
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  function filterParams() {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (state.filters[k]) p.set(k, state.filters[k]);
    return p;
  }

  // ---- helpers ----------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  function setStatus(text, isError) {
    const s = $('status');
    s.textContent = text || '';
    s.classList.toggle('error', !!isError);
  }

  async function api(path, params) {
    const url = '/api/' + path + (params && params.toString() ? '?' + params.toString() : '');
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) throw new Error((body && body.error) || (res.status + ' ' + res.statusText));
    return body;
  }

  function edgeClass(e) {
    if (e.conflict > 0 && e.cooperation > 0) return 'mixed';
    return e.conflict > 0 ? 'conf' : 'coop';
  }

  // Only web links become links: a document's url is data, and could be "javascript:".
  function safeUrl(url) { return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null; }

  function actorLabel(code, name) { return name ? code + ' · ' + name : code; }

  // ---- filters ----------------------------------------------------------------
  function fillForm() {
    for (const k of FILTERS) {
      const input = form.elements[k];
      if (!input) continue;
      if (k === 'background') input.checked = state.filters.background !== '0';
      else if (k === 'level') input.value = state.filters.level || 'country';
      else {
        if (input.tagName === 'SELECT' && state.filters[k] &&
            ![...input.options].some((o) => o.value === state.filters[k])) {
          input.append(el('option', { value: state.filters[k], text: state.filters[k] }));
        }
        input.value = state.filters[k] || '';
      }
    }
  }

  function readForm() {
    for (const k of FILTERS) {
      const input = form.elements[k];
      if (k === 'background') state.filters.background = input.checked ? '' : '0';
      else if (k === 'level') state.filters.level = input.value === 'country' ? '' : input.value;
      else state.filters[k] = input.value;
    }
  }

  async function loadMeta() {
    const meta = await api('meta');
    const root = form.elements.root;
    const present = new Map(meta.roots.map((r) => [r.value, r.count]));
    for (const code of Object.keys(ROOTS)) {
      const n = present.get(code) || 0;
      root.append(el('option', { value: code, text: code + ' ' + ROOTS[code] + (n ? ' (' + n + ')' : ''), disabled: n ? null : 'disabled' }));
    }
    const plover = form.elements.plover;
    for (const t of meta.plover_types || []) plover.append(el('option', { value: t.value, text: t.value.toLowerCase() + ' (' + t.count + ')' }));
    const outlet = form.elements.outlet;
    for (const o of meta.outlets) outlet.append(el('option', { value: o.value, text: o.value + ' (' + o.count + ')' }));
    if (meta.first_day) { form.elements.from.min = form.elements.to.min = meta.first_day; }
    if (meta.last_day) { form.elements.from.max = form.elements.to.max = meta.last_day; }
    setStatus(meta.documents + ' documents · ' + meta.events + ' events · ' +
              (meta.first_day ? meta.first_day + ' – ' + meta.last_day : 'undated'));
    return meta;
  }

  // ---- network ------------------------------------------------------------------
  function makeGraph() {
    cy = cytoscape({
      container: $('graph'),
      minZoom: 0.2, maxZoom: 4, wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': '#5c6bc0', 'label': 'data(label)', 'font-size': 13, 'color': '#222',
          'text-valign': 'bottom', 'text-margin-y': 3, 'width': 'data(size)', 'height': 'data(size)',
          'text-outline-color': '#fff', 'text-outline-width': 2 } },
        { selector: 'edge', style: {
          'width': 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'opacity': 0.8 } },
        { selector: ':selected', style: { 'overlay-color': '#ffca28', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
        { selector: '.faded', style: { 'opacity': 0.15 } },
      ],
    });
    cy.on('tap', 'node', (ev) => select('node:' + ev.target.id(), true));
    cy.on('tap', 'edge', (ev) => select('edge:' + ev.target.data('source') + '>' + ev.target.data('target'), true));
  }

  async function loadNetwork() {
    const net = await api('network', filterParams());
    const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));
    const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
    const elements = [];
    // Start from a circle (heaviest first) so the layout is the same on every load.
    net.nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, net.nodes.length);
      elements.push({ group: 'nodes', position: { x: 300 * Math.cos(angle), y: 300 * Math.sin(angle) }, data: {
        id: n.code, label: actorLabel(n.code, n.name), name: n.name, events: n.events,
        size: 16 + 44 * Math.sqrt(n.events / maxNode) } });
    });
    for (const e of net.edges) {
      const kind = edgeClass(e);
      elements.push({ group: 'edges', data: {
        id: e.source + '>' + e.target, source: e.source, target: e.target, events: e.events,
        cooperation: e.cooperation, conflict: e.conflict, kind: kind, color: COLORS[kind],
        width: 1.5 + 8.5 * (e.events / maxEdge) } });
    }
    cy.elements().remove();
    cy.add(elements);
    $('empty').hidden = net.nodes.length > 0;
    const layout = cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 80000,
                               nodeOverlap: 40, idealEdgeLength: () => 70, edgeElasticity: () => 80,
                               componentSpacing: 60, numIter: 2500, padding: 40 });
    layout.run();
    cy.fit(undefined, 30);
    return net;
  }

  // ---- selection ------------------------------------------------------------------
  async function select(sel, push) {
    state.sel = sel;
    writeUrl(push);
    cy.elements().unselect().removeClass('faded');
    const box = $('selection');
    const details = $('details');
    details.replaceChildren();
    $('chart-box').hidden = true;
    try {
      if (sel.startsWith('node:')) {
        const code = sel.slice(5);
        const node = cy.getElementById(code);
        if (node.nonempty()) {
          node.select();
          cy.elements().not(node.closedNeighborhood()).addClass('faded');
        }
        await showActor(code, box, details);
      } else if (sel.startsWith('edge:')) {
        const [source, target] = sel.slice(5).split('>');
        const edge = cy.getElementById(source + '>' + target);
        if (edge.nonempty()) edge.select();
        await showEdge(source, target, box, details);
      } else if (sel.startsWith('doc:')) {
        await showDocument(sel.slice(4), box, details);
      } else {
        box.replaceChildren(el('p', { class: 'hint', text: 'Click an actor for its profile, a line for the sentences behind it.' }));
      }
    } catch (err) {
      box.replaceChildren(el('p', { class: 'status error', text: err.message }));
    }
  }

  function tieList(title, ties, code, kind) {
    const ul = el('ul');
    for (const t of ties) {
      // The heavier direction is the edge to show; both may exist.
      const sel = t.events_out >= t.events_in ? 'edge:' + code + '>' + t.code : 'edge:' + t.code + '>' + code;
      ul.append(el('li', {}, el('button', { type: 'button', text: t.code, onclick: () => select(sel, true) }),
                   el('span', { class: 'count', text: ' ' + t[kind] + ' of ' + t.events })));
    }
    if (!ties.length) ul.append(el('li', { class: 'count', text: 'none' }));
    return el('div', {}, el('h3', { text: title }), ul);
  }

  async function showActor(code, box, details) {
    const p = filterParams();
    p.set('code', code);
    const a = await api('actor', p);
    box.replaceChildren(
      el('h2', {}, el('bdi', { text: actorLabel(a.code, a.name) })),
      el('div', { class: 'meta', text: a.events_out + ' events as source · ' + a.events_in + ' as target · ' + a.degree + ' neighbours' }),
      el('div', { class: 'ties' }, tieList('Partners (cooperation)', a.partners, a.code, 'cooperation'),
         tieList('Adversaries (conflict)', a.adversaries, a.code, 'conflict')));
    drawChart(a.series, 'Events of ' + a.code + ' per month');
    details.replaceChildren(mixTable(a.mix));
  }

  function mixTable(mix) {
    if (!mix.length) return el('p', { class: 'hint', text: 'No dated events.' });
    const periods = [...new Set(mix.map((m) => m.period))];
    const roots = [...new Set(mix.map((m) => m.root))].sort();
    const head = el('tr', {}, el('th', { text: 'period' }), ...roots.map((r) => el('th', { title: ROOTS[r] || r, text: r })));
    const rows = periods.map((per) => el('tr', {}, el('th', { text: per }), ...roots.map((r) => {
      const m = mix.find((x) => x.period === per && x.root === r);
      return el('td', { text: m ? String(m.events) : '' });
    })));
    return el('div', {}, el('h3', { text: 'Event mix (CAMEO roots) over time' }),
              el('table', { class: 'mix' }, el('thead', {}, head), el('tbody', {}, ...rows)));
  }

  async function showEdge(source, target, box, details) {
    const p = filterParams();
    p.set('source', source);
    p.set('target', target);
    const [ev, series] = await Promise.all([api('evidence', p), api('series', p)]);
    const edge = cy.getElementById(source + '>' + target);
    const summary = edge.nonempty()
      ? edge.data('events') + ' events · ' + edge.data('cooperation') + ' cooperation · ' + edge.data('conflict') + ' conflict'
      : '';
    box.replaceChildren(el('h2', {}, el('bdi', { text: source + ' → ' + target })), el('div', { class: 'meta', text: summary }));
    drawChart(series.points, source + ' → ' + target + ' per month');
    const list = el('div', { id: 'evidence' });
    for (const item of ev.evidence) list.append(evidenceItem(item));
    if (!ev.evidence.length) list.append(el('p', { class: 'hint', text: 'No sentence under these filters.' }));
    details.replaceChildren(el('h3', { text: 'Evidence (' + ev.evidence.length + ')' }), list);
    window.isnad.lastEvidence = ev;
  }

  // The sentence with its source, event words and target marked. Offsets are
  // UTF-16 code units from the server (never bytes), so slicing is exact even
  // with emoji or combining marks; overlapping spans keep the first.
  function highlighted(item) {
    const p = el('p', { class: 'sentence', dir: item.dir || 'auto', lang: item.lang || null });
    const text = item.sentence || '';
    const spans = [];
    for (const role of ['source', 'trigger', 'target']) {
      const s = item[role];
      if (s && Array.isArray(s.utf16)) spans.push({ role, begin: s.utf16[0], end: s.utf16[1], code: s.code });
    }
    spans.sort((a, b) => a.begin - b.begin || b.end - a.end);
    let at = 0;
    for (const s of spans) {
      if (s.begin < at || s.end > text.length || s.end <= s.begin) continue;
      if (s.begin > at) p.append(text.slice(at, s.begin));
      p.append(el('mark', { class: s.role, title: s.role + (s.code ? ' ' + s.code : ''), text: text.slice(s.begin, s.end) }));
      at = s.end;
    }
    if (at < text.length) p.append(text.slice(at));
    return p;
  }

  function evidenceItem(item) {
    const chain = (item.attribution || []).map((a) => a.text).join(' ← ');
    const meta = el('div', { class: 'meta' },
      el('span', { class: 'badge ' + item.certainty, text: item.certainty }),
      el('span', {}, 'event ', el('bdi', { text: (item.code || '') + (item.name ? ' ' + item.name : '') })),
      item.date ? el('span', { text: 'on ' + item.date }) : null,
      item.place ? el('span', {}, 'at ', el('bdi', { text: item.place + (item.place_country ? ' (' + item.place_country + ')' : '') })) : null,
      chain ? el('span', {}, 'according to ', el('bdi', { text: chain })) : null);
    const source = el('div', { class: 'meta' },
      item.outlet ? el('bdi', { text: item.outlet }) : null,
      item.doc_date ? el('span', { text: item.doc_date }) : null,
      el('a', { href: '?' + new URLSearchParams({ sel: 'doc:' + item.doc_id }).toString(),
                onclick: (e) => { e.preventDefault(); select('doc:' + item.doc_id, true); } },
         el('bdi', { text: item.title || item.doc_id })),
      safeUrl(item.url) ? el('a', { href: safeUrl(item.url), target: '_blank', rel: 'noopener noreferrer', text: 'original' }) : null);
    return el('div', { class: 'evidence', 'data-mention': item.mention }, highlighted(item), meta, source);
  }

  async function showDocument(id, box, details) {
    const p = new URLSearchParams({ id });
    const d = await api('document', p);
    box.replaceChildren(el('h2', {}, el('bdi', { text: d.title || d.id })),
      el('div', { class: 'meta' }, d.outlet ? el('bdi', { text: d.outlet }) : null, d.date ? el('span', { text: d.date }) : null,
         safeUrl(d.url) ? el('a', { href: safeUrl(d.url), target: '_blank', rel: 'noopener noreferrer', text: d.url }) : null));
    const ol = el('ol', { class: 'doc', start: '0' });
    for (const s of d.sentences) ol.append(el('li', { dir: s.dir, lang: s.lang || null, text: s.sentence }));
    details.replaceChildren(ol);
  }

  // ---- chart: cooperation and conflict per period, plain SVG --------------------------
  // The API leaves out periods without events; a time axis must show them as
  // empty, so months between the first and the last are filled in (up to 50
  // years; longer spans are drawn as given).
  function fillMonths(points) {
    if (!points.length || !points.every((p) => /^\d{4}-\d{2}$/.test(p.period))) return points;
    const toIndex = (s) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
    const first = toIndex(points[0].period), last = toIndex(points[points.length - 1].period);
    if (last - first > 600) return points;
    const byPeriod = new Map(points.map((p) => [p.period, p]));
    const out = [];
    for (let i = first; i <= last; i++) {
      const period = String(Math.floor(i / 12)).padStart(4, '0') + '-' + String(i % 12 + 1).padStart(2, '0');
      out.push(byPeriod.get(period) || { period, events: 0, mentions: 0, cooperation: 0, conflict: 0 });
    }
    return out;
  }

  function drawChart(points, title) {
    const svg = $('chart');
    const NS = 'http://www.w3.org/2000/svg';
    const mk = (tag, attrs, text) => {
      const e = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      if (text !== undefined) e.textContent = text;
      return e;
    };
    $('chart-box').hidden = false;
    $('chart-title').textContent = title;
    points = fillMonths(points);
    svg.replaceChildren();
    const W = 430, H = 190, L = 28, B = 34, T = 8;
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    if (!points.length) {
      svg.append(mk('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no dated events'));
      return;
    }
    const max = Math.max(1, ...points.map((p) => Math.max(p.cooperation, p.conflict)));
    const slot = (W - L - 24) / points.length;
    const bar = Math.max(1, Math.min(18, slot / 2 - 1));
    const y = (v) => T + (H - B - T) * (1 - v / max);
    svg.append(mk('line', { class: 'axis', x1: L, y1: H - B, x2: W, y2: H - B }));
    svg.append(mk('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }));
    svg.append(mk('text', { x: L - 4, y: T + 8, 'text-anchor': 'end' }, String(max)));
    svg.append(mk('text', { x: L - 4, y: H - B, 'text-anchor': 'end' }, '0'));
    const every = Math.ceil(points.length / 6);
    points.forEach((p, i) => {
      const x0 = L + 2 + i * slot + slot / 2;
      if (i % every === 0) svg.append(mk('text', { x: x0, y: H - B + 12, 'text-anchor': 'middle' }, p.period));
      if (!p.cooperation && !p.conflict) return;
      const coop = mk('rect', { class: 'coop', x: x0 - bar - 1, y: y(p.cooperation), width: bar, height: H - B - y(p.cooperation) });
      coop.append(mk('title', {}, p.period + ': ' + p.cooperation + ' cooperation'));
      const conf = mk('rect', { class: 'conf', x: x0 + 1, y: y(p.conflict), width: bar, height: H - B - y(p.conflict) });
      conf.append(mk('title', {}, p.period + ': ' + p.conflict + ' conflict'));
      svg.append(coop, conf);
    });
    svg.append(mk('rect', { class: 'coop', x: L + 6, y: H - 12, width: 10, height: 8 }));
    svg.append(mk('text', { x: L + 20, y: H - 4 }, 'cooperation'));
    svg.append(mk('rect', { class: 'conf', x: L + 90, y: H - 12, width: 10, height: 8 }));
    svg.append(mk('text', { x: L + 104, y: H - 4 }, 'conflict'));
  }

  // ---- search ---------------------------------------------------------------------------
  let searchTimer = null;
  let searchSeq = 0;
  async function runSearch(q) {
    const box = $('search-results');
    const seq = ++searchSeq;
    if (!q.trim()) { box.hidden = true; box.replaceChildren(); return; }
    let r;
    try { r = await api('search', new URLSearchParams({ q, limit: '20' })); }
    catch (err) { box.replaceChildren(el('p', { class: 'status error', text: err.message })); box.hidden = false; return; }
    if (seq !== searchSeq) return;  // A newer search is on its way.
    const level = state.filters.level || 'country';
    box.replaceChildren();
    if (r.actors.length) box.append(el('h4', { text: 'Actors' }));
    for (const a of r.actors) {
      const node = level === 'country' ? (a.country || a.code.slice(0, 3)) : a.code;
      box.append(el('button', { type: 'button', class: 'actor-hit', onclick: () => { box.hidden = true; select('node:' + node, true); } },
                    el('bdi', { text: actorLabel(a.code, a.name) }), el('span', { class: 'count', text: ' ' + a.mentions })));
    }
    if (r.sentences.length) box.append(el('h4', { text: 'Sentences' }));
    for (const s of r.sentences) {
      box.append(el('button', { type: 'button', class: 'sentence-hit', dir: s.dir, onclick: () => { box.hidden = true; select('doc:' + s.doc_id, true); } },
                    s.sentence));
    }
    if (!r.actors.length && !r.sentences.length) box.append(el('h4', { text: 'Nothing found' }));
    box.hidden = false;
  }

  // ---- start ----------------------------------------------------------------------------
  async function refresh() {
    setStatus('loading…');
    try {
      const net = await loadNetwork();
      setStatus(net.nodes.length + ' actors · ' + net.edges.length + ' lines' + (net.truncated ? ' (heaviest only)' : ''));
      if (state.sel) await select(state.sel, false);
    } catch (err) {
      setStatus(err.message, true);
    }
  }

  async function start() {
    readUrl();
    makeGraph();
    try { await loadMeta(); } catch (err) { setStatus(err.message, true); }
    fillForm();
    $('search').value = state.q;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      readForm();
      writeUrl(true);
      await refresh();
    });
    $('reset').addEventListener('click', async () => {
      for (const k of FILTERS) state.filters[k] = '';
      state.sel = '';
      fillForm();
      writeUrl(true);
      await refresh();
    });
    $('search').addEventListener('input', (e) => {
      state.q = e.target.value;
      writeUrl(false);
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => runSearch(state.q), 250);
    });
    document.addEventListener('click', (e) => { if (!e.target.closest('.search')) $('search-results').hidden = true; });
    window.addEventListener('popstate', async () => { readUrl(); fillForm(); await refresh(); });
    await refresh();
    if (state.q) await runSearch(state.q);
  }

  // For tests and the console: the graph, the state and the actions.
  window.isnad = { state, select, refresh, drawChart, get cy() { return cy; }, lastEvidence: null };
  window.isnad.ready = start();
})();
