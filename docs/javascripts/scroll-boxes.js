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
  // DOMContentLoaded fires twice: once for the page, and once more when Material's bundle, loaded
  // after the page (probconv_site.hooks.assets), has started. Look at once, and again when every
  // listener has run: Material wraps the tables from its own listener, added after this one.
  document.addEventListener("DOMContentLoaded", function () {
    markScrollBoxes();
    setTimeout(markScrollBoxes, 0);
  });
  if (document.readyState !== "loading") markScrollBoxes();
  // The math font changes the formulas' widths once it arrives.
  if (document.fonts) document.fonts.ready.then(markScrollBoxes);
})();
