/**
 * The API reference page: static HTML plus a small script served from this server (no CDN, no
 * remote scripts). The script reads /api/openapi.json and builds the page with DOM methods and
 * `textContent` only, so nothing from the document is ever parsed as HTML.
 */
export const DOCS_HTML = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kehoach — API</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1b1f24; }
  h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
  .op { border: 1px solid #d0d7de; border-radius: 6px; margin: .75rem 0; padding: .5rem .75rem; }
  .m { display: inline-block; min-width: 4rem; font-weight: 700; font-family: ui-monospace, monospace; }
  .GET { color: #0969da; } .POST { color: #1a7f37; } .PUT { color: #9a6700; } .DELETE { color: #cf222e; }
  code, .path { font-family: ui-monospace, monospace; }
  .access { float: right; font-size: .8rem; background: #eaeef2; border-radius: 1rem; padding: 0 .5rem; }
  .vi { color: #57606a; } details { margin-top: .25rem; } pre { background: #f6f8fa; padding: .5rem; overflow: auto; font-size: .8rem; }
  table { border-collapse: collapse; font-size: .9rem; } td, th { border: 1px solid #d0d7de; padding: .15rem .4rem; text-align: left; }
</style>
</head>
<body>
<h1 id="title">kehoach API</h1>
<p id="desc">Đang tải tài liệu… / Loading the document…</p>
<p><a href="/api/openapi.json">openapi.json</a> (OpenAPI 3.1)</p>
<main id="ops"></main>
<script src="/api/docs/app.js"></script>
</body>
</html>`;

export const DOCS_JS = `(() => {
  'use strict';
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) if (c != null) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return e;
  };
  const ref = (s) => (s && s.$ref ? s.$ref.split('/').pop() : s && s.type === 'array' && s.items && s.items.$ref ? s.items.$ref.split('/').pop() + '[]' : null);
  fetch('/api/openapi.json').then((r) => r.json()).then((doc) => {
    document.getElementById('title').textContent = doc.info.title + ' ' + doc.info.version;
    document.getElementById('desc').textContent = doc.info.description || '';
    const main = document.getElementById('ops');
    const byTag = new Map();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const tag = (op.tags && op.tags[0]) || 'api';
        if (!byTag.has(tag)) byTag.set(tag, []);
        byTag.get(tag).push({ path, method: method.toUpperCase(), op });
      }
    }
    for (const [tag, list] of byTag) {
      main.append(el('h2', {}, tag));
      for (const { path, method, op } of list) {
        const box = el('section', { class: 'op', id: op.operationId });
        box.append(el('span', { class: 'access' }, op['x-access'] || ''));
        box.append(el('div', {}, el('span', { class: 'm ' + method }, method), ' ', el('span', { class: 'path' }, path)));
        box.append(el('div', {}, op.summary || ''));
        if (op.description) box.append(el('div', { class: 'vi' }, op.description));
        if (op.parameters && op.parameters.length) {
          const t = el('table', {}, el('tr', {}, el('th', {}, 'name'), el('th', {}, 'in'), el('th', {}, 'required'), el('th', {}, 'schema')));
          for (const p of op.parameters) t.append(el('tr', {}, el('td', {}, el('code', {}, p.name)), el('td', {}, p.in), el('td', {}, p.required ? 'yes' : 'no'), el('td', {}, el('code', {}, JSON.stringify(p.schema || {})))));
          box.append(t);
        }
        const content = op.requestBody && op.requestBody.content;
        const body = content && content['application/json'];
        if (body) box.append(el('div', {}, 'Body: ', el('code', {}, ref(body.schema) || 'JSON')));
        else if (content) box.append(el('div', {}, 'Body: ', el('code', {}, Object.keys(content).join(', '))));
        const codes = Object.keys(op.responses || {});
        box.append(el('div', {}, 'Responses: ', el('code', {}, codes.join(' '))));
        const ok = op.responses && (op.responses['200'] || op.responses['201']);
        const schema = ok && ok.content && ok.content['application/json'] && ok.content['application/json'].schema;
        if (schema) {
          const name = ref(schema);
          const target = name && doc.components.schemas[name.replace('[]', '')];
          const d = el('details', {}, el('summary', {}, 'Response schema: ' + (name || 'inline')));
          d.append(el('pre', {}, JSON.stringify(target || schema, null, 2)));
          box.append(d);
        }
        main.append(box);
      }
    }
  }).catch((e) => { document.getElementById('desc').textContent = 'Không tải được tài liệu / Could not load the document: ' + e.message; });
})();
`;
