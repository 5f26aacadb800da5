// MathJax 3 configuration for the whole site. Loaded before assets/mathjax/startup.js, which
// probconv_site.hooks.mathjax copies from the installed MathJax package: no request leaves the site.
//
// Two kinds of maths are on the pages:
//  * Markdown pages: pymdownx.arithmatex (generic mode) wraps each formula in an element of class
//    "arithmatex" holding \( ... \) or \[ ... \];
//  * the notebook page: nbconvert leaves the raw $...$ and $$...$$ of the markdown cells in plain
//    paragraphs inside ".jp-RenderedMarkdown" (older nbconvert: ".jp-MarkdownOutput").
// Material's documented setup only looks inside .arithmatex, which typesets nothing on a notebook
// page. Here MathJax is handed exactly those containers, so a stray dollar sign elsewhere in the
// prose (a price, a shell prompt) is never mistaken for maths.
(function () {
  "use strict";

  var MATH_CONTAINERS = ".arithmatex, .jp-RenderedMarkdown, .jp-MarkdownOutput";

  // The bundle lives at <site>/assets/mathjax/, and this file at <site>/javascripts/mathjax.js.
  // Resolving against this script's own URL keeps it right on every page depth and under any
  // deployment prefix (e.g. a GitHub Pages project site).
  var here = document.currentScript && document.currentScript.src;
  var base = new URL("../assets/mathjax", here || document.baseURI).href;

  var started = false; // true once MathJax has loaded and typeset the first page

  function containers() {
    return Array.prototype.slice.call(document.querySelectorAll(MATH_CONTAINERS));
  }

  // A display formula wider than the column scrolls inside its own box (extra.css). A box that
  // scrolls must be reachable from the keyboard, or keyboard users cannot see the rest of it:
  // make exactly the overflowing ones focusable, and re-check when the width changes.
  var SCROLL_BOXES = ".md-typeset div.arithmatex, .md-typeset .jp-RenderedMarkdown mjx-container[display='true']";

  function markScrollableFormulas() {
    Array.prototype.forEach.call(document.querySelectorAll(SCROLL_BOXES), function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute("tabindex", "0");
      } else {
        box.removeAttribute("tabindex");
      }
    });
  }

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(markScrollableFormulas, 150);
  });

  function typesetPage() {
    var nodes = containers();
    if (nodes.length === 0) return Promise.resolve();
    // Forget formulas from a previous render of these nodes (equation numbers, labels) first.
    MathJax.typesetClear(nodes);
    MathJax.texReset();
    return MathJax.typesetPromise(nodes).then(markScrollableFormulas);
  }

  window.MathJax = {
    loader: {
      paths: { mathjax: base }, // components, fonts and autoloaded TeX packages come from here
      // TeX in, CommonHTML out, and hidden MathML for screen readers. Not the right-click menu
      // that the all-in-one tex-chtml.js carries: it alone would weigh 0.4 MB on every page.
      load: ["input/tex", "output/chtml", "a11y/assistive-mml"],
    },
    tex: {
      inlineMath: [["\\(", "\\)"], ["$", "$"]],
      displayMath: [["\\[", "\\]"], ["$$", "$$"]],
      processEscapes: true,
      processEnvironments: true,
      tags: "ams",
    },
    chtml: {
      fontURL: base + "/output/chtml/fonts/woff-v2",
      matchFontHeight: false,
      // TeX's fonts have a small x-height next to the theme's sans-serif body text; at scale 1
      // an inline f looks a size smaller than the words around it.
      scale: 1.2,
    },
    startup: {
      typeset: false, // typesetPage() chooses the containers
      pageReady: function () {
        return MathJax.startup.defaultPageReady().then(function () {
          started = true;
          return typesetPage();
        });
      },
    },
  };

  // Material announces every page on document$: the first load (which pageReady above already
  // typesets) and, should navigation.instant ever be switched on, each page swapped in after it.
  // Only the swapped-in pages need typesetting. Re-rendering the first page would be worse than
  // useless: clearCache() drops the glyph styles of the formulas already on it, and since they are
  // no longer raw TeX nothing would put those styles back, leaving every formula blank.
  var firstPage = true;
  if (typeof document$ !== "undefined") {
    document$.subscribe(function () {
      if (firstPage) {
        firstPage = false;
        return;
      }
      if (started) {
        MathJax.startup.output.clearCache();
        typesetPage();
      }
    });
  }
})();
