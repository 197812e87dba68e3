// The status table page. Every string from the API (article text above all) is untrusted: the DOM
// is built with createElement and textContent only, never parsed as HTML, so markup in it stays text.
// The URL holds what is shown (?place=…&asOf=…&status=…&sort=…), so a link opens the same view; the table
// asks the server every few seconds whether it changed (an ETag, so an unchanged table costs a 304).
'use strict';

(function () {
  const D = window.BasewatchDates;
  const POLL_MS = 5000;
  const FLASH_MS = 6000;
  const STATUS_ORDER = ['PRESENT', 'ADVISORY_ONLY', 'WITHDRAWING', 'WITHDRAWN'];
  const STATUS_LABELS = {
    PRESENT: 'Present',
    ADVISORY_ONLY: 'Advisory only',
    WITHDRAWING: 'Withdrawing',
    WITHDRAWN: 'Withdrawn'
  };
  const MODALITY_WORDS = {
    ASSERTED: 'Reported',
    PLANNED: 'Planned',
    DENIED: 'Denied',
    DEMANDED: 'Demanded'
  };
  const SCOPE_KINDS = new Set(['COUNTRY', 'REGION', 'GOVERNORATE']);
  const COLUMNS = [
    { key: 'place', label: 'Place' },
    { key: 'status', label: 'Status' },
    { key: 'since', label: 'Since' },
    { key: 'asOf', label: 'Latest evidence' },
    { key: 'expected', label: 'Expected' },
    { key: 'sources', label: 'Sources', title: 'Distinct outlets / distinct stories' },
    { key: 'why', label: 'Why' }
  ];
  const SORTABLE = new Set(['place', 'status', 'since', 'asOf', 'sources']);
  const KNOWN_CLASSES = new Set(STATUS_ORDER.concat(Object.keys(MODALITY_WORDS)));
  const ARABIC = /[\u0600-\u06FF]/;

  const message = document.getElementById('message');
  const updated = document.getElementById('updated');
  const panel = document.getElementById('evidence');
  const asOfInput = document.getElementById('as-of');
  const filters = document.getElementById('filters');
  const state = { place: '', asOf: '', status: '', sort: '', descending: false };
  let rows = [];
  let places = new Map();
  let geography = null;
  let etag = null;
  let lastChange = null;

  const STATUS_NAMES = /\b(PRESENT|ADVISORY_ONLY|WITHDRAWING|WITHDRAWN)\b/g;
  const words = {
    status: (s) => STATUS_LABELS[s] || s || 'Unknown',
    // The verdict's sentence with statuses in words: "WITHDRAWN since 2026-01" → "withdrawn since 2026-01".
    verdict: (why) => (why && why.summary ? why.summary.replace(STATUS_NAMES, (s) => STATUS_LABELS[s].toLowerCase()) : ''),
    claim: (q) => (MODALITY_WORDS[q.modality] || q.modality || '?') + ': ' + (STATUS_LABELS[q.status] || q.status || '?').toLowerCase()
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  // Class names are built from enum values only, so a stray value cannot inject a class list.
  function safeClass(prefix, value) {
    return KNOWN_CLASSES.has(value) ? prefix + value : prefix + 'unknown';
  }

  function placeName(id) {
    const p = places.get(id);
    return p && p.name ? p.name : id;
  }

  // ---- the URL ----

  function readUrl() {
    const q = new URLSearchParams(location.search);
    state.place = q.get('place') || '';
    state.asOf = q.get('asOf') || '';
    state.status = STATUS_LABELS[q.get('status')] ? q.get('status') : '';
    const sort = (q.get('sort') || '').replace(/^-/, '');
    state.sort = SORTABLE.has(sort) ? sort : '';
    state.descending = state.sort !== '' && (q.get('sort') || '').startsWith('-');
    asOfInput.value = state.asOf;
  }

  // A new place or day is a step the back button undoes; a filter or sort only amends the current one.
  function writeUrl(step) {
    const q = new URLSearchParams();
    for (const name of ['place', 'asOf', 'status']) {
      if (state[name]) {
        q.set(name, state[name]);
      }
    }
    if (state.sort) {
      q.set('sort', (state.descending ? '-' : '') + state.sort);
    }
    const url = location.pathname + (q.toString() ? '?' + q : '');
    if (url !== location.pathname + location.search) {
      (step ? history.pushState : history.replaceState).call(history, null, '', url);
    }
  }

  // ---- the table ----

  function statusBadge(status) {
    return el('span', 'badge ' + safeClass('status-', status), words.status(status));
  }

  function dateCell(text, approximate) {
    const td = el('td', 'date');
    if (approximate && text) {
      const mark = el('span', 'mark', '≈');
      mark.title = 'approximate date';
      td.appendChild(mark);
    }
    td.appendChild(document.createTextNode(text ? D.label(text) : '—'));
    if (text) {
      td.title = text;
    }
    return td;
  }

  function expectedCell(expected) {
    const td = el('td', 'expected');
    if (!expected) {
      td.textContent = '—';
      return td;
    }
    td.appendChild(statusBadge(expected.status));
    td.appendChild(document.createTextNode(' by ' + (expected.by ? D.label(expected.by) : 'no deadline')));
    if (expected.overdue) {
      const mark = el('span', 'mark overdue', 'overdue');
      mark.title = 'the deadline has passed without the expected status being reported';
      td.appendChild(mark);
    }
    return td;
  }

  function statusCell(row) {
    const td = el('td', 'status');
    td.appendChild(statusBadge(row.status));
    if (row.conflict) {
      const mark = el('span', 'mark conflict', '⚠');
      mark.title = 'claims of the same date disagree';
      td.appendChild(mark);
    }
    if (row.disputed) {
      const mark = el('span', 'mark disputed', 'disputed');
      mark.title = 'contrary evidence was weighed and overruled';
      td.appendChild(mark);
    }
    if (row.inheritedFrom) {
      td.appendChild(el('span', 'inherited', 'via ' + placeName(row.inheritedFrom)));
    }
    return td;
  }

  function placeRow(row) {
    const tr = el('tr');
    tr.dataset.place = row.place;
    tr.dataset.status = row.status || '';
    tr.tabIndex = 0;
    const place = el('td', 'place');
    place.appendChild(el('span', 'place-name', row.name || placeName(row.place)));
    place.appendChild(el('span', 'place-id', row.place));
    tr.appendChild(place);
    tr.appendChild(statusCell(row));
    tr.appendChild(dateCell(row.since, row.approximate));
    tr.appendChild(dateCell(row.asOf, false));
    tr.appendChild(expectedCell(row.expected));
    tr.appendChild(el('td', 'counts', row.sources + ' / ' + row.stories));
    tr.appendChild(el('td', 'why', words.verdict(row.why)));
    tr.addEventListener('click', () => choosePlace(row.place));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        choosePlace(row.place);
      }
    });
    return tr;
  }

  function nullsLast(a, b) {
    if (a === b) {
      return 0;
    }
    if (a === null || a === undefined) {
      return 1;
    }
    if (b === null || b === undefined) {
      return -1;
    }
    return a < b ? -1 : 1;
  }

  function compare(a, b) {
    const gazetteerOrder = nullsLast(places.has(a.place) ? places.get(a.place).order : null,
      places.has(b.place) ? places.get(b.place).order : null) || nullsLast(a.place, b.place);
    let c = 0;
    switch (state.sort) {
      case 'place':
        c = (a.name || a.place).localeCompare(b.name || b.place);
        break;
      case 'status':
        c = nullsLast(STATUS_ORDER.indexOf(a.status), STATUS_ORDER.indexOf(b.status));
        break;
      case 'since':
      case 'asOf':
        c = nullsLast(D.sortKey(a[state.sort]), D.sortKey(b[state.sort]));
        break;
      case 'sources':
        c = a.sources - b.sources;
        break;
      default:
        c = 0;
    }
    return (state.descending ? -c : c) || gazetteerOrder;
  }

  function header() {
    const tr = el('tr');
    for (const column of COLUMNS) {
      const th = el('th', null, column.label);
      th.dataset.column = column.key;
      if (column.title) {
        th.title = column.title;
      }
      if (SORTABLE.has(column.key)) {
        th.classList.add('sortable');
        th.tabIndex = 0;
        if (state.sort === column.key) {
          th.classList.add(state.descending ? 'sorted-down' : 'sorted-up');
          th.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
        }
        th.addEventListener('click', () => sortBy(column.key));
      }
      tr.appendChild(th);
    }
    return tr;
  }

  function renderFilters() {
    const counts = new Map(STATUS_ORDER.map((s) => [s, 0]));
    rows.forEach((r) => counts.set(r.status, (counts.get(r.status) || 0) + 1));
    const buttons = [filterButton('', 'All', rows.length)];
    for (const s of STATUS_ORDER) {
      buttons.push(filterButton(s, STATUS_LABELS[s], counts.get(s)));
    }
    filters.replaceChildren(...buttons);
  }

  function filterButton(status, label, count) {
    const b = el('button', 'filter' + (status ? ' ' + safeClass('status-', status) : ''));
    b.type = 'button';
    b.dataset.status = status;
    b.setAttribute('aria-pressed', String(state.status === status));
    b.appendChild(document.createTextNode(label + ' '));
    b.appendChild(el('span', 'count', count));
    b.addEventListener('click', () => {
      state.status = state.status === status ? '' : status;
      writeUrl(false);
      renderTable();
    });
    return b;
  }

  function renderTable(changed) {
    renderFilters();
    const shown = rows.filter((r) => !state.status || r.status === state.status).sort(compare);
    const isScope = (r) => places.has(r.place) && SCOPE_KINDS.has(places.get(r.place).kind);
    for (const [id, part] of [['scopes', shown.filter(isScope)], ['bases', shown.filter((r) => !isScope(r))]]) {
      const table = document.getElementById(id);
      table.tHead.replaceChildren(header());
      table.tBodies[0].replaceChildren(...part.map(placeRow));
    }
    if (geography) {
      window.BasewatchMap.draw(document.getElementById('map'), geography, shown.filter((r) => !isScope(r)), state.place,
        (r) => (r.name || r.place) + ': ' + words.status(r.status), choosePlace);
    }
    for (const tr of document.querySelectorAll('tr[data-place]')) {
      tr.classList.toggle('selected', tr.dataset.place === state.place);
      if (changed && changed.has(tr.dataset.place)) {
        tr.classList.add('updated');
      }
    }
    if (changed && changed.size) {
      setTimeout(() => document.querySelectorAll('tr.updated').forEach((tr) => tr.classList.remove('updated')), FLASH_MS);
    }
  }

  function sortBy(key) {
    state.descending = state.sort === key ? !state.descending : false;
    state.sort = key;
    writeUrl(false);
    renderTable();
  }

  // ---- the evidence panel ----

  function safeUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  // The sentence the claim was read from, the claim's own span marked inside it.
  function sentence(q) {
    const p = el('p', 'quote');
    const text = q.sentence || '';
    p.dir = ARABIC.test(text) ? 'rtl' : 'ltr';
    p.lang = ARABIC.test(text) ? 'ar' : 'en';
    const start = Math.max(0, Math.min(q.spanStart, text.length));
    const end = Math.max(start, Math.min(q.spanEnd, text.length));
    p.append(text.substring(0, start), el('mark', 'span', text.substring(start, end)), text.substring(end));
    return p;
  }

  // Evidence dated after the day shown did not count then: it stays listed, greyed, so the later story is one look away.
  function isLater(q) {
    const shown = state.asOf ? D.range(state.asOf) : null;
    const at = D.range(q.eventDate || (q.publishedAt || '').substring(0, 10));
    return Boolean(shown && at && at.from >= shown.to);
  }

  function quoteItem(q, index) {
    const li = el('li', 'evidence-item' + (isLater(q) ? ' later' : ''));
    li.dataset.index = index;
    const meta = el('div', 'meta');
    meta.appendChild(statusBadge(q.status));
    meta.appendChild(el('span', 'claim-words ' + safeClass('modality-', q.modality), words.claim(q)));
    meta.appendChild(el('span', 'event-date', 'event ' + (q.eventDate ? D.label(q.eventDate) : 'undated')));
    meta.appendChild(el('span', 'published', 'published ' + (q.publishedAt ? D.label(q.publishedAt.substring(0, 10)) : 'unknown')));
    if (isLater(q)) {
      meta.appendChild(el('span', 'later-note', 'after ' + D.label(state.asOf)));
    }
    li.appendChild(meta);
    const source = el('div', 'source');
    source.appendChild(el('span', 'outlet', q.source || 'unknown outlet'));
    const href = safeUrl(q.url);
    const title = q.title || (href ? href : 'article ' + q.articleId);
    if (href) {
      const a = el('a', 'article-link', title);
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      source.appendChild(a);
    } else {
      source.appendChild(el('span', 'article-title', title));
    }
    if (q.alsoIn && q.alsoIn.length) {
      source.appendChild(el('span', 'also-in', 'also in ' + q.alsoIn.join(', ')));
    }
    li.appendChild(source);
    li.appendChild(sentence(q));
    return li;
  }

  function focusQuote(index) {
    for (const li of document.querySelectorAll('#evidence-list .evidence-item')) {
      li.classList.toggle('focused', li.dataset.index === String(index));
    }
    const li = document.querySelector('#evidence-list .evidence-item[data-index="' + index + '"]');
    if (li) {
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  function choosePlace(id) {
    state.place = id;
    writeUrl(true);
    renderTable();
    openPlace();
  }

  async function openPlace() {
    const id = state.place;
    const row = rows.find((r) => r.place === id);
    if (!row) {
      panel.hidden = true;
      return;
    }
    document.getElementById('evidence-title').textContent = (row.name || placeName(id)) + ' (' + id + ')';
    document.getElementById('why').textContent = words.verdict(row.why);
    const list = document.getElementById('evidence-list');
    const timeline = document.getElementById('timeline');
    panel.hidden = false;
    try {
      const path = 'api/places/' + encodeURIComponent(id);
      const [quotes, changes] = await Promise.all([getJson(path + '/evidence'),
        getJson('api/changes?limit=1000&place=' + encodeURIComponent(id))]);
      if (state.place !== id) {
        return;
      }
      list.replaceChildren(...quotes.map(quoteItem));
      const end = state.asOf ? D.range(state.asOf).to : Date.now();
      window.BasewatchTimeline.draw(timeline, row, changes, quotes, end, words, focusQuote);
    } catch (e) {
      list.replaceChildren(el('li', 'error', 'Cannot load the evidence: ' + e.message));
    }
  }

  // ---- talking to the server ----

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(await reason(response));
    }
    return response.json();
  }

  async function reason(response) {
    try {
      return (await response.json()).error || response.statusText;
    } catch (ignored) {
      return response.statusText;
    }
  }

  function clock(date) {
    return date.toLocaleTimeString('en-GB', { hour12: false });
  }

  // The table, unless the server answers that the one shown is still current.
  async function load() {
    const url = 'api/places' + (state.asOf ? '?asOf=' + encodeURIComponent(state.asOf) : '');
    const headers = { Accept: 'application/json' };
    if (etag) {
      headers['If-None-Match'] = etag;
    }
    const response = await fetch(url, { headers, cache: 'no-store' });
    const checked = new Date();
    if (response.status === 304) {
      updated.textContent = 'Last change ' + clock(lastChange) + ' · checked ' + clock(checked);
      return;
    }
    if (!response.ok) {
      throw new Error(await reason(response));
    }
    const fresh = await response.json();
    const before = new Map(rows.map((r) => [r.place, r]));
    const changed = new Set(fresh.filter((r) => before.size && (!before.has(r.place)
      || before.get(r.place).version !== r.version || before.get(r.place).status !== r.status)).map((r) => r.place));
    rows = fresh;
    etag = response.headers.get('ETag');
    lastChange = checked;
    updated.textContent = 'Last change ' + clock(lastChange) + ' · checked ' + clock(checked);
    message.className = '';
    message.textContent = rows.length + ' places' + (state.asOf ? ' as of ' + D.label(state.asOf) : ', latest evidence');
    renderTable(changed);
    if (changed.has(state.place) || (state.place && panel.hidden)) {
      openPlace();
    }
  }

  async function show() {
    etag = null;
    rows = [];
    panel.hidden = true;
    message.className = '';
    message.textContent = 'Loading…';
    try {
      await load();
      if (!state.place) {
        panel.hidden = true;
      }
    } catch (e) {
      message.className = 'error';
      message.textContent = 'Cannot load the status table: ' + e.message;
    }
  }

  async function poll() {
    try {
      await load();
    } catch (e) {
      updated.textContent = 'Cannot reach the server (' + e.message + '); trying again';
    }
    setTimeout(poll, POLL_MS);
  }

  document.getElementById('as-of-form').addEventListener('submit', (e) => {
    e.preventDefault();
    state.asOf = asOfInput.value;
    writeUrl(true);
    show();
  });
  document.getElementById('now').addEventListener('click', () => {
    asOfInput.value = '';
    state.asOf = '';
    writeUrl(true);
    show();
  });
  document.getElementById('close-evidence').addEventListener('click', () => {
    state.place = '';
    writeUrl(true);
    panel.hidden = true;
    renderTable();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    show();
  });

  async function start() {
    readUrl();
    try {
      const gazetteer = await getJson('api/gazetteer');
      places = new Map(gazetteer.map((p, i) => [p.id, Object.assign({ order: i }, p)]));
    } catch (e) {
      places = new Map();
    }
    try {
      geography = await getJson('map.json');
    } catch (e) {
      document.getElementById('map-figure').hidden = true;
    }
    await show();
    setTimeout(poll, POLL_MS);
  }
  start();
}());
