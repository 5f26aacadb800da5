// A display formula, a table or a code block wider than the column scrolls inside its own box
// (extra.css shows a shadow at the edge of a formula that hides more). A box that scrolls must be
// reachable from the keyboard, or keyboard users cannot see the rest of it: make exactly the
// overflowing ones focusable, with a name that says what they are, and check again when the width
// changes or a <details> opens.
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

  // Sets an attribute only when it differs, so that a box whose mark is right stays untouched.
  function setIfDifferent(box, name, value) {
    if (box.getAttribute(name) !== value) box.setAttribute(name, value);
  }

  function mark(box, label, scrolls) {
    // Material makes a code block that scrolls focusable too, but gives it no name; whichever of
    // the two comes first, a box that scrolls ends up focusable and named.
    if (scrolls) {
      setIfDifferent(box, "tabindex", "0");
      setIfDifferent(box, "role", "region");
      setIfDifferent(box, "aria-label", label);
    } else if (box.getAttribute("tabindex") === "0") {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
    }
  }

  // Measures and marks the boxes in scope: the page, or a <details> just opened (setTimeout passes
  // no argument).
  function markScrollBoxes(scope) {
    // Measure every box before marking any: a mark changes the page, and a measurement after a
    // change makes the browser lay the page out again, once per box.
    var found = [];
    BOXES.forEach(function (kind) {
      (scope || document).querySelectorAll(kind[0]).forEach(function (box) {
        // A box in a closed <details> (an exercise's solution) is not shown and cannot be
        // reached; Chromium keeps it out of the page's layout, and measuring it would lay its
        // content out for that one reading, once per box (100 ms on the exercises page). It is
        // measured when its details opens.
        if (box.closest("details:not([open])")) return;
        found.push([box, kind[1], box.scrollWidth > box.clientWidth + 1]);
      });
    });
    found.forEach(function (entry) { mark(entry[0], entry[1], entry[2]); });
  }

  // Measured once the next frame is drawn, the page's style and layout are fresh and reading
  // them costs nothing. Measured at once after a change (Material's start, the math font's
  // arrival), the page would be restyled and laid out twice: for the measuring, then for the frame.
  function afterNextFrame(work) {
    requestAnimationFrame(function () { setTimeout(work, 0); });
  }

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(markScrollBoxes, 150);
  });
  // "toggle" does not bubble: listen while it goes down to the details. Measured at once, not after
  // the next frame: the reader has just opened it and may press Tab straight away, and the layout
  // that the measuring brings forward is the one the next frame needs.
  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (details.tagName === "DETAILS" && details.open) markScrollBoxes(details);
  }, true);
  // DOMContentLoaded fires twice: once for the page, and once more when Material's bundle, loaded
  // after the page (probconv_site.hooks.assets), has started; Material wraps the tables from its
  // own listener, added after this one. Each time, look after the next frame. Measured in this
  // listener, before the first frame, the page was styled and laid out inside the script's task
  // (30 ms on the dice page, on a fast machine at full speed), and Lighthouse counted that task as
  // blocking time after the first paint; the first frame lays the page out anyway.
  document.addEventListener("DOMContentLoaded", function () { afterNextFrame(markScrollBoxes); });
  if (document.readyState !== "loading") afterNextFrame(markScrollBoxes);
  // The math font changes the formulas' widths once it arrives.
  if (document.fonts) document.fonts.ready.then(function () { afterNextFrame(markScrollBoxes); });
})();
