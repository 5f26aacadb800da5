// A display formula or a table wider than the column scrolls inside its own box (extra.css shows a
// shadow at the edge of a formula that hides more). A box that scrolls must be reachable from the
// keyboard, or keyboard users cannot see the rest of it: make exactly the overflowing ones
// focusable, with a name that says what they are, and check again when the width changes.
// No formula is typeset here: they arrive as MathML in the page.
(function () {
  "use strict";

  var BOXES = [
    [".md-typeset .formula", "Formula, scrolls sideways"],
    // Material wraps each table in this box from its own script, which runs before this one.
    [".md-typeset .md-typeset__scrollwrap", "Table, scrolls sideways"],
  ];

  function mark(box, label) {
    if (box.scrollWidth > box.clientWidth + 1) {
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
    BOXES.forEach(function (kind) {
      document.querySelectorAll(kind[0]).forEach(function (box) { mark(box, kind[1]); });
    });
  }

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(markScrollBoxes, 150);
  });
  if (typeof document$ !== "undefined") {
    document$.subscribe(markScrollBoxes); // Material's "page ready", after it has wrapped the tables
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", markScrollBoxes);
  } else {
    markScrollBoxes();
  }
  // The math font changes the formulas' widths once it arrives.
  if (document.fonts) document.fonts.ready.then(markScrollBoxes);
})();
