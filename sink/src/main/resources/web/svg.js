// The one helper the timeline and the map share: an SVG element with its attributes and, maybe, its text.
'use strict';

window.BasewatchSvg = (function () {
  const SVG = 'http://www.w3.org/2000/svg';

  function node(tag, attrs, text) {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      n.setAttribute(k, String(v));
    }
    if (text !== undefined) {
      n.textContent = text;
    }
    return n;
  }

  return { node };
})();
