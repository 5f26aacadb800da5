// A display formula, a table or a code block wider than the column scrolls inside its own box
// (extra.css shows a shadow at the edge of a formula that hides more). A box that scrolls must be
// reachable from the keyboard, or keyboard users cannot see the rest of it: make exactly the
// overflowing ones focusable, with a name that says what they are, and check again when the width
// changes.
// No formula is typeset here: they arrive as MathML in the page.
(function () {
  "use strict";

  var BOXES = [
    [".md-typeset .formula", "Formula, scrolls sideways"],
    // Material wraps each table in this box.
    [".md-typeset .md-typeset__scrollwrap", "Table, scrolls sideways"],
    // Material makes these focusable too, but only once its bundle, loaded after the page, has run.
    [".md-typeset pre > code", "Code, scrolls sideways"],
  ];

  function mark(box, label, scrolls) {
    if (scrolls) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", label);
    } else {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
    }
  }

  function markScrollBoxes() {
    // Measure every box before marking any: a mark changes the page, and a measurement after a
    // change makes the browser lay the page out again, once per box.
    var found = [];
    BOXES.forEach(function (kind) {
      document.querySelectorAll(kind[0]).forEach(function (box) {
        found.push([box, kind[1], box.scrollWidth > box.clientWidth + 1]);
      });
    });
    found.forEach(function (entry) { mark(entry[0], entry[1], entry[2]); });
  }

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(markScrollBoxes, 150);
  });
  // By the load event the page has mostly been laid out for its first frame, so measuring costs
  // little there, and the boxes are reachable once the page reports itself loaded. Material's
  // bundle, asked for then (probconv_site.hooks.assets), announces itself with a second
  // DOMContentLoaded; look again once all its listeners have run, for it wraps the tables.
  if (document.readyState === "complete") markScrollBoxes();
  else window.addEventListener("load", markScrollBoxes);
  document.addEventListener("DOMContentLoaded", function () {
    if (document.readyState === "complete") setTimeout(markScrollBoxes, 0);
  });
  // The math font changes the formulas' widths once it arrives.
  if (document.fonts) document.fonts.ready.then(markScrollBoxes);
})();
