/**
 * In-page half of bench/render.ts: the hand-written plain-DOM baseline, the timing loop and a
 * canonical dump of what is on screen (to check that both render the same thing).
 * Loaded as a module after the widgets bundle; render.ts drives it through `window.__bench`.
 */

const raf2 = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
const settle = () => new Promise((r) => setTimeout(r, 30)).then(raf2);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** @type {{data: any, labels: any, now: string, fromYear: number, toYear: number, sheets: CSSStyleSheet[]}} */
let cfg;
const stage = () => document.getElementById('stage');

// ---------------------------------------------------------------------------------------------
// Baseline: builds the dashboard's visible markup (title, pickers, notice, count, table with
// values, targets, status badges with icons, sparklines) by hand with createElement, into a
// shadow root that adopts the element's own stylesheets. Texts and numbers are computed here,
// per render, from the same snapshot; what does not depend on the year or unit (agency and
// unit option labels, i.e. registry lookups and successions) comes precomputed in `labels`.

const SVG = 'http://www.w3.org/2000/svg';
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]);
  for (const k of kids) if (k != null) e.append(k);
  return e;
}
function svgEl(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  return e;
}

function makeBaseline(data, labels) {
  const T = labels.t;
  const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const num = (v) => nf.format(v);
  const per100k = `/${num(100000)}`;
  const fmt = (v, m) => {
    const n = nf.format(v);
    const k = m.unit.kind;
    return k === 'percent' ? `${n}%` : k === 'per_1000' ? `${n}‰` : k === 'per_100000' ? n + per100k : n;
  };
  const icon = (name) => {
    const s = svgEl('svg', {
      class: 'icon',
      viewBox: '0 0 16 16',
      'aria-hidden': 'true',
      focusable: 'false',
    });
    s.append(svgEl('path', { d: labels.icons[name] ?? labels.icons.not_available }));
    return s;
  };
  const milestones = data.plan.milestones;
  const objectives = data.catalog.objectives.map((o) => ({
    o,
    measures: o.indicators.flatMap((i) => i.measures),
  }));
  const total = objectives.reduce((n, g) => n + g.measures.length, 0);

  // The mark beside a figure the compilers could not confirm (indicator 15).
  const unconfirmed = () => [' ', el('span', { class: 'badge unconf', part: 'unconfirmed' }, T.unconfirmed)];

  function target(m, y, p) {
    const tg = m.targets.find((x) =>
      x.kind === 'yearly_change' ? x.fromYear <= y && y <= x.toYear : x.year === y,
    );
    if (!tg) return ['—'];
    if (tg.kind === 'yearly_change') {
      const range = `${num(tg.minPercent)}${tg.aimPercent ? `–${num(tg.aimPercent)}` : ''}%`;
      return [`${m.direction === 'decrease' ? T.down : T.up} ≥ ${range}${T.perYear}`];
    }
    const met = p?.assessment.milestones.find((x) => x.year === y)?.achieved;
    const out = [`${tg.kind === 'maintain' ? `${T.maintain} ` : ''}${tg.comparator} ${fmt(tg.value, m)}`];
    if (met) out.push(el('span', { class: 'met' }, ` ✓ ${T.met}`));
    if (tg.unconfirmed) out.push(...unconfirmed());
    return out;
  }

  function spark(m, p) {
    const s = p?.series ?? [];
    const first = s[0];
    const last = s[s.length - 1];
    if (!first || s.length < 2) return el('span', { class: 'muted' }, T.fewPoints);
    let min = Infinity;
    let max = -Infinity;
    for (const x of s) {
      if (x.value < min) min = x.value;
      if (x.value > max) max = x.value;
    }
    const dx = last.year - first.year || 1;
    const dy = max - min || 1;
    let points = '';
    for (const x of s)
      points += `${points ? ' ' : ''}${(((x.year - first.year) / dx) * 58 + 1).toFixed(1)},${(19 - ((x.value - min) / dy) * 18).toFixed(1)}`;
    const svg = svgEl('svg', {
      part: 'trend',
      viewBox: '0 0 60 20',
      preserveAspectRatio: 'none',
      role: 'img',
      'aria-label': `${T.trend}: ${fmt(first.value, m)} (${first.year}) → ${fmt(last.value, m)} (${last.year})`,
    });
    svg.append(svgEl('polyline', { points }));
    return svg;
  }

  function row(m, p, year, unit, host) {
    const a = p?.assessment;
    const status = a?.status ?? 'not_available';
    const latest = a?.latest ?? p?.series[p.series.length - 1];
    const button = el(
      'button',
      {
        type: 'button',
        class: 'link',
        part: 'measure-button',
        ...(m.unconfirmed ? { 'aria-describedby': `n-${m.id}` } : {}),
      },
      `${m.code}. ${m.title.vi}`,
    );
    button.addEventListener('click', () =>
      host.dispatchEvent(
        new CustomEvent('kh-measure-select', {
          detail: { measureId: m.id, code: m.code, unitId: unit, year },
          bubbles: true,
          composed: true,
        }),
      ),
    );
    const tr = el(
      'tr',
      { role: 'row' },
      el(
        'th',
        { scope: 'row', role: 'rowheader' },
        button,
        ...(m.unconfirmed
          ? [...unconfirmed(), el('span', { id: `n-${m.id}`, hidden: '' }, m.note?.vi ?? T.unconfirmed)]
          : []),
      ),
      el(
        'td',
        { role: 'cell', class: 'num', 'data-label': T.latest },
        latest ? `${fmt(latest.value, m)} (${latest.year})` : '—',
      ),
    );
    for (const y of milestones)
      tr.append(el('td', { role: 'cell', 'data-label': `${T.target} ${y}` }, ...target(m, y, p)));
    tr.append(
      el(
        'td',
        { role: 'cell', 'data-label': T.status },
        el(
          'span',
          { class: `badge ${status}`, part: `status status-${status}` },
          icon(status),
          labels.statusMessages[status],
        ),
        a?.reason ? el('span', { class: 'muted reason' }, labels.reasonMessages[a.reason]) : null,
      ),
      el('td', { role: 'cell', 'data-label': T.trend }, spark(m, p)),
    );
    return tr;
  }

  function table(current, year, unit, host) {
    const byMeasure = new Map();
    for (const mp of current.measures) byMeasure.set(mp.measureId, mp);
    const head = el(
      'tr',
      { role: 'row' },
      el('th', { scope: 'col', role: 'columnheader' }, T.measure),
      el('th', { scope: 'col', role: 'columnheader', class: 'num' }, T.latest),
    );
    for (const y of milestones)
      head.append(el('th', { scope: 'col', role: 'columnheader' }, `${T.target} ${y}`));
    head.append(
      el('th', { scope: 'col', role: 'columnheader' }, T.status),
      el('th', { scope: 'col', role: 'columnheader' }, T.trend),
    );
    const t = el('table', { part: 'table', role: 'table' }, el('thead', { role: 'rowgroup' }, head));
    for (const { o, measures } of objectives) {
      const body = el(
        'tbody',
        { role: 'rowgroup' },
        el(
          'tr',
          { role: 'row' },
          el(
            'th',
            { scope: 'rowgroup', role: 'rowheader', colspan: String(milestones.length + 4) },
            `${T.objective} ${o.number}. ${o.title.vi}`,
          ),
        ),
      );
      for (const m of measures) body.append(row(m, byMeasure.get(m.id), year, unit, host));
      t.append(body);
    }
    return t;
  }

  const select = (name, label, options) => {
    const s = el('select', { name });
    for (const o of options) s.append(o);
    return [el('label', null, label, s), s];
  };
  const option = (value, label, selected) => {
    const o = el('option', { value: String(value) }, label);
    if (selected) o.selected = true;
    return o;
  };

  /** Renders into `root`; returns `setYear(year)`, the year picker's re-render. */
  return function render(root, host, year, unit) {
    const current = () => data.progress.find((p) => p.year === year && p.unitId === unit);
    const years = [...new Set(data.progress.map((p) => p.year))].sort((a, b) => b - a);
    const [yearLabel, yearSelect] = select(
      'year',
      T.year,
      years.map((y) => option(y, String(y), y === year)),
    );
    const unitSelect = el('select', { name: 'unit' });
    for (const former of [false, true]) {
      const list = labels.units.filter((u) => u.former === former);
      if (!list.length) continue;
      const g = el('optgroup', { label: former ? T.former : T.current });
      for (const u of list) g.append(option(u.id, u.label, u.id === unit));
      unitSelect.append(g);
    }
    const [objLabel] = select('objective', T.objective, [
      option('', T.all, true),
      ...data.catalog.objectives.map((o) => option(o.id, `${o.number}. ${o.title.vi}`, false)),
    ]);
    const [agLabel] = select('agency', T.agency, [
      option('', T.all, true),
      ...labels.agencies.map(([id, label]) => option(id, label, false)),
    ]);
    const [stLabel] = select('status', T.status, [
      option('', T.all, true),
      ...Object.entries(labels.statusMessages).map(([s, label]) => option(s, label, false)),
    ]);
    let cur = current();
    const count = el('p', { class: 'count', role: 'status' }, `Hiển thị ${total}/${total} chỉ số`);
    let tbl = table(cur, year, unit, host);
    const section = el(
      'section',
      { part: 'base', lang: 'vi', 'aria-labelledby': 'title' },
      el('div', { part: 'title', id: 'title', role: 'heading', 'aria-level': '2' }, data.plan.title.vi),
      el(
        'div',
        { part: 'filters', role: 'group', 'aria-label': T.filters },
        yearLabel,
        el('label', null, T.unit, unitSelect),
        objLabel,
        agLabel,
        stLabel,
      ),
      cur.illustrative ? el('p', { part: 'illustrative' }, icon('info'), T.illustrative) : null,
      count,
      tbl,
    );
    root.append(section);
    const setYear = (y) => {
      year = y;
      cur = current();
      const next = table(cur, year, unit, host);
      tbl.replaceWith(next);
      tbl = next;
      count.textContent = `Hiển thị ${total}/${total} chỉ số`;
    };
    yearSelect.addEventListener('change', () => setYear(Number(yearSelect.value)));
    return setYear;
  };
}

let renderBaseline;

// ---------------------------------------------------------------------------------------------
// The two contenders, each: mount (fresh host, data, connected → painted) and year change.

function mountDashboard() {
  const e = document.createElement('kh-progress-dashboard');
  e.setAttribute('now', cfg.now);
  e.data = cfg.data;
  stage().append(e);
  return e;
}
function mountBaseline() {
  const host = document.createElement('kh-baseline');
  host.setAttribute('theme', 'auto');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = cfg.sheets;
  renderBaseline(root, host, cfg.fromYear, cfg.labels.unit);
  stage().append(host);
  return host;
}
function changeYear(host) {
  const s = host.shadowRoot.querySelector('select[name="year"]');
  s.value = String(cfg.toYear);
  s.dispatchEvent(new Event('change', { bubbles: true }));
}

const raf = () => new Promise((r) => requestAnimationFrame(r));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Waits for the next frame and reports, besides the double-rAF time, when the main thread is
 * done rendering the first of those frames (style, layout, paint): a message posted from the
 * first rAF callback runs right after that frame's rendering steps.
 */
function painted() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const r = performance.now();
      const ch = new MessageChannel();
      let m = 0;
      ch.port1.onmessage = () => {
        m = performance.now();
      };
      ch.port2.postMessage(0);
      requestAnimationFrame(() => {
        const t = performance.now();
        // the message has run by now (a whole frame later); guard anyway
        const done = () => (m ? resolve({ raf: r, rendered: m, painted: t }) : setTimeout(done, 0));
        done();
      });
    }),
  );
}

/**
 * One measured mount and year change. `phase` (ms after a frame began) staggers the start
 * across the 16.7 ms frame, so that the frame-bound "painted" times are not all aligned the
 * same way; both contenders get the same phase in an iteration.
 */
async function once(kind, phase) {
  const isDash = kind === 'dashboard';
  await raf();
  await sleep(phase);
  const t0 = performance.now();
  const host = isDash ? mountDashboard() : mountBaseline();
  if (isDash) await host.updateComplete;
  const t1 = performance.now();
  const p = await painted();
  await settle();
  await raf();
  await sleep(phase);
  const u0 = performance.now();
  changeYear(host);
  if (isDash) await host.updateComplete;
  const u1 = performance.now();
  const q = await painted();
  host.remove();
  await settle();
  return {
    mountScript: t1 - t0,
    mountBusy: t1 - t0 + (p.rendered - p.raf),
    mountPaint: p.painted - t0,
    yearScript: u1 - u0,
    yearBusy: u1 - u0 + (q.rendered - q.raf),
    yearPaint: q.painted - u0,
  };
}

// ---------------------------------------------------------------------------------------------
// What is on screen, as plain data: both renderings must give the same.

function dump(host) {
  const root = host.shadowRoot;
  const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const shape = (n) =>
    [...n.querySelectorAll('*')]
      .map((e) => `${e.localName}.${e.getAttribute('class') ?? ''}[${e.getAttribute('part') ?? ''}]`)
      .join(' ');
  const attrs = (n) =>
    [...n.attributes]
      .map((a) => `${a.name}=${a.value}`)
      .sort()
      .join(' ');
  return {
    title: text(root.querySelector('[part~="title"]')),
    selects: [...root.querySelectorAll('select')].map((s) => ({
      name: s.name,
      value: s.value,
      options: [...s.options].map(
        (o) =>
          `${o.parentElement.localName === 'optgroup' ? `${o.parentElement.label}/` : ''}${o.value}=${o.textContent}`,
      ),
    })),
    notice: text(root.querySelector('[part~="illustrative"]')),
    count: text(root.querySelector('.count')),
    rows: [...root.querySelectorAll('table tr')].map((tr) => ({
      tr: attrs(tr),
      cells: [...tr.children].map((c) => ({ attrs: attrs(c), text: text(c), shape: shape(c) })),
      svgs: [...tr.querySelectorAll('svg')].map((s) => ({
        attrs: attrs(s),
        inner: [...s.children].map((k) => `${k.localName} ${attrs(k)}`),
      })),
      buttons: [...tr.querySelectorAll('button')].map(attrs),
    })),
  };
}

window.__bench = {
  async init() {
    const [data, labels] = await Promise.all([
      fetch('/data.json').then((r) => r.json()),
      fetch('/labels.json').then((r) => r.json()),
    ]);
    // The element's adopted stylesheets, shared with the baseline's shadow root.
    await customElements.whenDefined('kh-progress-dashboard');
    cfg = { data, labels, now: labels.now, fromYear: labels.fromYear, toYear: labels.toYear, sheets: [] };
    const probe = mountDashboard();
    await probe.updateComplete;
    cfg.sheets = [...probe.shadowRoot.adoptedStyleSheets];
    probe.remove();
    renderBaseline = makeBaseline(data, labels);
    return { rows: data.catalog.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures)).length };
  },

  /** Both renderings, after mount and after the year change, as comparable data. */
  async compare() {
    const out = {};
    for (const kind of ['dashboard', 'baseline']) {
      const host = kind === 'dashboard' ? mountDashboard() : mountBaseline();
      if (host.updateComplete) await host.updateComplete;
      const mounted = dump(host);
      changeYear(host);
      if (host.updateComplete) await host.updateComplete;
      out[kind] = { mounted, changed: dump(host) };
      host.remove();
    }
    return out;
  },

  /** Alternating order (dashboard first on even iterations), warm-up discarded. */
  async run({ warmup, runs, only }) {
    const kinds = only ? [only] : ['dashboard', 'baseline'];
    const samples = Object.fromEntries(kinds.map((k) => [k, []]));
    for (let i = 0; i < warmup + runs; i++) {
      const order = i % 2 ? [...kinds].reverse() : kinds;
      for (const k of order) {
        const r = await once(k, (i * 7) % 17);
        if (i >= warmup) samples[k].push(r);
      }
    }
    const summary = {};
    for (const k of kinds) {
      summary[k] = {};
      for (const key of Object.keys(samples[k][0])) {
        const xs = samples[k].map((s) => s[key]);
        summary[k][key] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), all: xs };
      }
    }
    return summary;
  },
};
