// Event dates as the API writes them: YYYY, YYYY-MM, YYYY-MM-DD, a date-time, or FROM/TO when only bounds are known.
// A year- or month-only date is the whole year or month: it is shown as written ("2026") and sorted by its last day,
// so "2026" never comes before a day of January 2026.
'use strict';

window.BasewatchDates = (function () {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DAY_MS = 24 * 60 * 60 * 1000;
  const SIMPLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

  // {from, to} in UTC milliseconds (to is the start of the day after the last day meant), or null.
  function range(text) {
    if (!text) {
      return null;
    }
    const bounds = String(text).split('/');
    if (bounds.length === 2) {
      const a = range(bounds[0]);
      const b = range(bounds[1]);
      return a && b ? { from: a.from, to: b.to, precision: 'between' } : null;
    }
    const m = SIMPLE.exec(text);
    if (!m) {
      return null;
    }
    const year = Number(m[1]);
    if (!m[2]) {
      return { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), precision: 'year' };
    }
    const month = Number(m[2]) - 1;
    if (!m[3]) {
      return { from: Date.UTC(year, month, 1), to: Date.UTC(year, month + 1, 1), precision: 'month' };
    }
    const day = Date.UTC(year, month, Number(m[3]));
    return { from: day, to: day + DAY_MS, precision: 'day' };
  }

  function dayLabel(ms) {
    const d = new Date(ms);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  }

  // "15 Jan 2026", "Jan 2026", "2026", "6 Nov 2025 – 7 Dec 2026"; the text itself when it is none of them.
  function label(text) {
    const r = range(text);
    if (!r) {
      return text || '—';
    }
    switch (r.precision) {
      case 'year':
        return String(new Date(r.from).getUTCFullYear());
      case 'month':
        return MONTHS[new Date(r.from).getUTCMonth()] + ' ' + new Date(r.from).getUTCFullYear();
      case 'day':
        return dayLabel(r.from);
      default:
        return dayLabel(r.from) + ' – ' + dayLabel(r.to - DAY_MS);
    }
  }

  // The last day a date may mean, for sorting; null (sorted last) when there is none.
  function sortKey(text) {
    const r = range(text);
    return r ? r.to - DAY_MS : null;
  }

  return { range, label, sortKey, DAY_MS };
}());
