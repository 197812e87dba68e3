// A place's timeline in plain SVG: its status as bands over time, each piece of evidence a mark on them (a day a
// dot, a month or year a bar over the period), and the planned deadline drawn ahead. A mark is a button that
// shows its evidence.
'use strict';

window.BasewatchTimeline = (function () {
  const D = window.BasewatchDates;
  const node = window.BasewatchSvg.node;
  const WIDTH = 560;
  const HEIGHT = 124;
  const LEFT = 10;
  const RIGHT = 10;
  const LABEL_Y = 12;
  const BAND_Y = 54;
  const BAND_H = 26;
  const OTHER_Y = 32;       // plans, denials and demands: above the bands, they did not set the status
  const AXIS_Y = 98;
  const MARK_R = 5;
  const PADDING_DAYS = 90;
  const KNOWN = new Set(['PRESENT', 'ADVISORY_ONLY', 'WITHDRAWING', 'WITHDRAWN', 'ASSERTED', 'PLANNED', 'DENIED', 'DEMANDED']);

  function known(prefix, value) {
    return prefix + (KNOWN.has(value) ? value : 'unknown');
  }

  // Status bands from the place's changes, oldest first; without changes (a place that inherits), the row alone.
  function bands(row, changes, end) {
    const starts = changes
      .map((c) => ({ status: c.to, at: D.range(c.effectiveDate) }))
      .filter((c) => c.at)
      .sort((a, b) => a.at.from - b.at.from);
    if (starts.length === 0 && row.since && D.range(row.since)) {
      starts.push({ status: row.status, at: D.range(row.since) });
    }
    return starts.map((s, i) => ({
      status: s.status,
      from: s.at.from,
      to: i + 1 < starts.length ? starts[i + 1].at.from : Math.max(end, s.at.to)
    }));
  }

  function draw(container, row, changes, quotes, end, words, onMark) {
    const marks = quotes.map((q, i) => ({ q, i, at: D.range(q.eventDate || (q.publishedAt || '').substring(0, 10)) }))
      .filter((m) => m.at);
    const deadline = row.expected ? D.range(row.expected.by) : null;
    const statusBands = bands(row, changes, end);
    const times = [end].concat(marks.flatMap((m) => [m.at.from, m.at.to]), statusBands.map((b) => b.from));
    if (deadline) {
      times.push(deadline.to);
    }
    const pad = PADDING_DAYS * D.DAY_MS;
    const first = Math.min(...times) - pad;
    const last = Math.max(...times) + pad;
    const x = (t) => LEFT + (t - first) / (last - first) * (WIDTH - LEFT - RIGHT);

    const svg = node('svg', { viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, class: 'timeline-chart', role: 'img' });
    svg.appendChild(node('title', {}, 'Status of ' + (row.name || row.place) + ' over time'));
    for (const b of statusBands) {
      const rect = node('rect', { x: x(b.from), y: BAND_Y, width: Math.max(1, x(b.to) - x(b.from)), height: BAND_H,
        class: 'band ' + known('band-', b.status), 'data-status': b.status });
      rect.appendChild(node('title', {}, words.status(b.status) + ' from ' + D.label(new Date(b.from).toISOString().substring(0, 10))));
      svg.appendChild(rect);
    }
    drawAxis(svg, first, last, x);
    svg.appendChild(node('line', { x1: x(end), x2: x(end), y1: OTHER_Y - 10, y2: AXIS_Y, class: 'now' }));
    if (deadline) {
      drawDeadline(svg, row.expected, deadline, end, x, words);
    }
    for (const m of marks) {
      svg.appendChild(mark(m, x, words, onMark));
    }
    container.replaceChildren(svg);
  }

  function drawAxis(svg, first, last, x) {
    svg.appendChild(node('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: AXIS_Y, y2: AXIS_Y, class: 'axis' }));
    const firstYear = new Date(first).getUTCFullYear() + 1;
    const lastYear = new Date(last).getUTCFullYear();
    const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
    for (let year = firstYear; year <= lastYear; year += step) {
      const at = x(Date.UTC(year, 0, 1));
      svg.appendChild(node('line', { x1: at, x2: at, y1: AXIS_Y, y2: AXIS_Y + 4, class: 'axis' }));
      svg.appendChild(node('text', { x: at, y: AXIS_Y + 16, class: 'tick' }, String(year)));
    }
  }

  function drawDeadline(svg, expected, deadline, end, x, words) {
    const at = x(deadline.to);
    if (deadline.to > end) {
      svg.appendChild(node('rect', { x: x(end), y: BAND_Y, width: at - x(end), height: BAND_H,
        class: 'planned ' + known('band-', expected.status) }));
    }
    const g = node('g', { class: 'deadline' + (expected.overdue ? ' overdue' : '') });
    g.appendChild(node('line', { x1: at, x2: at, y1: BAND_Y - 8, y2: BAND_Y + BAND_H + 4 }));
    g.appendChild(node('line', { x1: at, x2: at, y1: LABEL_Y + 3, y2: BAND_Y - 8, class: 'leader' }));
    g.appendChild(node('text', { x: at, y: LABEL_Y, 'text-anchor': at > WIDTH / 2 ? 'end' : 'start' },
      'planned: ' + words.status(expected.status) + ' by ' + D.label(expected.by) + (expected.overdue ? ' (overdue)' : '')));
    svg.appendChild(g);
  }

  function mark(m, x, words, onMark) {
    const q = m.q;
    const y = q.modality === 'ASSERTED' ? BAND_Y + BAND_H / 2 : OTHER_Y;
    const g = node('g', { class: 'tl-mark ' + known('modality-', q.modality), 'data-quote': m.i, tabindex: 0,
      role: 'button' });
    g.appendChild(node('title', {}, D.label(q.eventDate) + ': ' + words.claim(q) + ' (' + (q.source || '?') + ')'));
    if (m.at.precision !== 'day') {
      g.appendChild(node('line', { x1: x(m.at.from), x2: x(m.at.to), y1: y, y2: y, class: 'period' }));
    }
    const cx = (x(m.at.from) + x(m.at.to)) / 2;
    g.appendChild(node('circle', { cx, cy: y, r: MARK_R, class: known('dot-', q.status) }));
    g.addEventListener('click', () => onMark(m.i));
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        onMark(m.i);
      }
    });
    return g;
  }

  return { draw };
}());
