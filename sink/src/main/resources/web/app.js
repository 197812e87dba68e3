// The status table page. Every string from the API (article text above all) is untrusted: the DOM
// is built with createElement and textContent only, never parsed as HTML, so markup in it stays text.
'use strict';

(function () {
  const STATUS_LABELS = {
    PRESENT: 'Present',
    ADVISORY_ONLY: 'Advisory only',
    WITHDRAWING: 'Withdrawing',
    WITHDRAWN: 'Withdrawn'
  };
  const KNOWN_CLASSES = new Set(Object.keys(STATUS_LABELS).concat(['ASSERTED', 'PLANNED', 'DENIED', 'DEMANDED']));

  const tbody = document.querySelector('#places tbody');
  const message = document.getElementById('message');
  const panel = document.getElementById('evidence');
  const asOfInput = document.getElementById('as-of');
  let rows = [];
  let selected = null;

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

  function statusBadge(status) {
    const label = status ? (STATUS_LABELS[status] || status) : 'Unknown';
    return el('span', 'badge ' + safeClass('status-', status), label);
  }

  function dateCell(text, approximate) {
    const td = el('td', 'date');
    if (approximate && text) {
      const mark = el('span', 'mark', '≈');
      mark.title = 'approximate date';
      td.appendChild(mark);
    }
    td.appendChild(document.createTextNode(text || '—'));
    return td;
  }

  function expectedCell(expected) {
    const td = el('td', 'expected');
    if (!expected) {
      td.textContent = '—';
      return td;
    }
    td.appendChild(statusBadge(expected.status));
    td.appendChild(document.createTextNode(' by ' + (expected.by || '?')));
    if (expected.overdue) {
      const mark = el('span', 'mark overdue', 'overdue');
      mark.title = 'the deadline has passed without the expected status being reported';
      td.appendChild(mark);
    }
    return td;
  }

  function placeRow(row) {
    const tr = el('tr');
    tr.dataset.place = row.place;
    tr.tabIndex = 0;
    const place = el('td', 'place');
    place.appendChild(el('span', 'place-name', row.name || row.place));
    place.appendChild(el('span', 'place-id', row.place));
    tr.appendChild(place);
    const status = el('td', 'status');
    status.appendChild(statusBadge(row.status));
    if (row.inheritedFrom) {
      status.appendChild(el('span', 'inherited', 'via ' + row.inheritedFrom));
    }
    tr.appendChild(status);
    tr.appendChild(dateCell(row.since, row.approximate));
    tr.appendChild(dateCell(row.asOf, false));
    tr.appendChild(expectedCell(row.expected));
    const conflict = el('td', 'conflict');
    if (row.conflict) {
      const mark = el('span', 'mark conflict', '⚠');
      mark.title = 'claims of the same date disagree';
      conflict.appendChild(mark);
    }
    tr.appendChild(conflict);
    tr.appendChild(el('td', 'counts', row.sources + ' / ' + row.stories));
    tr.addEventListener('click', () => openPlace(row.place));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        openPlace(row.place);
      }
    });
    return tr;
  }

  function renderTable() {
    tbody.replaceChildren(...rows.map(placeRow));
    markSelected();
  }

  function markSelected() {
    for (const tr of tbody.rows) {
      tr.classList.toggle('selected', tr.dataset.place === selected);
    }
  }

  // The evidence string is the claim's span; the article's full text is not served, so the whole
  // string is the highlighted part.
  function quote(text) {
    const p = el('p', 'quote');
    p.dir = 'rtl';
    p.lang = 'ar';
    p.appendChild(el('mark', 'span', text || ''));
    return p;
  }

  function claimMeta(item, detail) {
    const meta = el('div', 'meta');
    meta.appendChild(statusBadge(item.status));
    meta.appendChild(el('span', 'modality ' + safeClass('modality-', item.modality), item.modality || ''));
    meta.appendChild(el('span', 'source', item.source || 'unknown source'));
    if (detail) {
      meta.appendChild(el('span', 'detail', detail));
    }
    return meta;
  }

  function evidenceItem(item) {
    const li = el('li', 'evidence-item');
    li.appendChild(claimMeta(item, claimDate(item) || 'undated'));
    li.appendChild(quote(item.evidence));
    return li;
  }

  function claimDate(claim) {
    return claim.eventDate || (claim.publishedAt ? claim.publishedAt.substring(0, 10) : null);
  }

  function timelineItem(claim) {
    const li = el('li', 'timeline-item');
    li.appendChild(el('span', 'timeline-date', claimDate(claim) || 'undated'));
    const body = el('div');
    body.appendChild(claimMeta(claim, claim.articleId));
    body.appendChild(quote(claim.evidence));
    li.appendChild(body);
    return li;
  }

  function byDate(a, b) {
    const da = claimDate(a);
    const db = claimDate(b);
    if (da === db) {
      return 0;
    }
    if (!da) {
      return 1;
    }
    if (!db) {
      return -1;
    }
    return da < db ? -1 : 1;
  }

  async function openPlace(id) {
    const row = rows.find((r) => r.place === id);
    if (!row) {
      return;
    }
    selected = id;
    markSelected();
    document.getElementById('evidence-title').textContent = (row.name || row.place) + ' (' + row.place + ')';
    document.getElementById('evidence-list').replaceChildren(...(row.evidence || []).map(evidenceItem));
    const timeline = document.getElementById('timeline');
    timeline.replaceChildren(el('li', 'loading', 'Loading…'));
    panel.hidden = false;
    try {
      const history = await getJson('api/places/' + encodeURIComponent(id) + '/history');
      if (selected === id) {
        timeline.replaceChildren(...history.slice().sort(byDate).map(timelineItem));
      }
    } catch (e) {
      timeline.replaceChildren(el('li', 'error', 'Cannot load the timeline: ' + e.message));
    }
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let reason = response.statusText;
      try {
        reason = (await response.json()).error || reason;
      } catch (ignored) {
        // not JSON: keep the status text
      }
      throw new Error(reason);
    }
    return response.json();
  }

  async function load() {
    const asOf = asOfInput.value;
    message.className = '';
    message.textContent = 'Loading…';
    try {
      rows = await getJson('api/places' + (asOf ? '?asOf=' + encodeURIComponent(asOf) : ''));
      renderTable();
      message.textContent = rows.length + ' places' + (asOf ? ' as of ' + asOf : ', latest evidence');
      if (selected && rows.some((r) => r.place === selected)) {
        openPlace(selected);
      } else {
        panel.hidden = true;
      }
    } catch (e) {
      message.className = 'error';
      message.textContent = 'Cannot load the status table: ' + e.message;
    }
  }

  document.getElementById('as-of-form').addEventListener('submit', (e) => {
    e.preventDefault();
    load();
  });
  document.getElementById('now').addEventListener('click', () => {
    asOfInput.value = '';
    load();
  });
  document.getElementById('close-evidence').addEventListener('click', () => {
    panel.hidden = true;
    selected = null;
    markSelected();
  });
  load();
}());
