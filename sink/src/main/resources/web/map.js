// A small map of the bases in plain SVG: Iraq's outline and a dot per base coloured by its status, from map.json
// (coordinates as data, no tile server). A dot is a button that opens the base.
'use strict';

window.BasewatchMap = (function () {
  const node = window.BasewatchSvg.node;
  const WIDTH = 300;
  const PADDING = 8;
  const DOT_R = 5;
  const KNOWN = new Set(['PRESENT', 'ADVISORY_ONLY', 'WITHDRAWING', 'WITHDRAWN']);

  // Longitude shrunk by the cosine of the middle latitude: near enough at Iraq's size.
  function projection(outline) {
    const lons = outline.map((p) => p[0]);
    const lats = outline.map((p) => p[1]);
    const west = Math.min(...lons);
    const north = Math.max(...lats);
    const squeeze = Math.cos((north + Math.min(...lats)) / 2 * Math.PI / 180);
    const scale = (WIDTH - 2 * PADDING) / ((Math.max(...lons) - west) * squeeze);
    const height = (north - Math.min(...lats)) * scale + 2 * PADDING;
    return {
      height,
      at: (p) => [PADDING + (p[0] - west) * squeeze * scale, PADDING + (north - p[1]) * scale]
    };
  }

  function draw(container, data, rows, selected, name, onPick) {
    const project = projection(data.outline);
    const svg = node('svg', { viewBox: '0 0 ' + WIDTH + ' ' + Math.ceil(project.height), class: 'map-chart', role: 'img' });
    svg.appendChild(node('title', {}, 'Where the bases are'));
    svg.appendChild(node('polygon', { points: data.outline.map((p) => project.at(p).join(',')).join(' '), class: 'country' }));
    for (const row of rows) {
      const point = data.points[row.place];
      if (!point) {
        continue;
      }
      const [x, y] = project.at(point);
      const g = node('g', { class: 'map-place' + (row.place === selected ? ' selected' : ''), 'data-place': row.place,
        tabindex: 0, role: 'button' });
      g.appendChild(node('title', {}, name(row)));
      g.appendChild(node('circle', { cx: x, cy: y, r: DOT_R, class: 'dot-' + (KNOWN.has(row.status) ? row.status : 'unknown') }));
      g.addEventListener('click', () => onPick(row.place));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') {
          onPick(row.place);
        }
      });
      svg.appendChild(g);
    }
    container.replaceChildren(svg);
  }

  return { draw };
}());
