/*
 * probconv flip-and-slide scrubber (built from the shared helpers in widgets.js).
 *
 * Every element marked [data-pc-scrubber] becomes a scrubber. For the chosen
 * total k, the bars of Y hang upside down and backwards under the bars of X,
 * shifted so that face j of Y sits under face k - j of X. Each overlapping pair
 * shows its product P(X = i) P(Y = k - i); the products add up, with their
 * running sums written out, to P(X + Y = k), and the distribution of X + Y is
 * built bar by bar up to k. A small linked grid highlights the same anti-diagonal.
 * A slider and two step buttons move k; the reversed die slides (at once when the
 * reader prefers reduced motion).
 *
 * For tests, window.probconvScrubber exposes the instances and the dice pairs;
 * every drawn number is also in data- attributes.
 */
(function () {
  "use strict";

  var W = window.probconvWidgets;
  var el = W.el;
  var svgEl = W.svgEl;

  /** The pairs of dice a reader can scrub through; names match the library's test vectors. */
  var PAIRS = [
    { name: "chapter", label: "The chapter's dice", x: [2, 2, 3, 3, 4, 6], y: [6, 5, 3, 2, 2, 2] },
    { name: "d4_and_chapter_y", label: "A d4 (1, 2, 3, 4) and Y", x: [1, 2, 3, 4], y: [6, 5, 3, 2, 2, 2] },
    { name: "fair_d4_d6", label: "A fair d4 and d6", x: [1, 1, 1, 1], y: [1, 1, 1, 1, 1, 1] }
  ];

  /**
   * How the scrubber writes the numbers of one total: decimals with one number of places (three or
   * four) when they are all exact, else fractions, so that what is written adds up as written.
   */
  function written(ps) {
    var d = W.alignedDecimals(ps, 3);
    return d.exact ? d.texts : ps.map(function (p) { return p.text; });
  }

  // Geometry of the slide, in viewBox units: one column per value of i.
  var SLIDE = { width: 480, top: 56, bar: 110, gap: 52, bottom: 26, left: 6, right: 6 };

  function Scrubber(root) {
    this.root = root;
    this.id = W.nextId("pc-scrubber");
    this.pair = PAIRS[0];
    this.total = Number(root.getAttribute("data-total")) || 4;
    this.build();
    this.setPair(this.pair.name, true);
  }

  Scrubber.prototype.build = function () {
    var self = this;
    var root = this.root;
    W.clear(root);
    root.classList.add("pc-scrubber", "pc-widget");

    var top = el("div", { class: "pc-scrubber__controls" });
    var pairSelect = el("select", { id: this.id + "-pair", "data-role": "pair" });
    PAIRS.forEach(function (p) { pairSelect.appendChild(el("option", { value: p.name }, p.label)); });
    pairSelect.addEventListener("change", function () { self.setPair(pairSelect.value, false); });
    this.pairSelect = pairSelect;
    var pairField = el("span", { class: "pc-field pc-scrubber__pair" });
    pairField.appendChild(el("label", { for: pairSelect.id }, "Dice"));
    pairField.appendChild(pairSelect);
    top.appendChild(pairField);

    var stepper = el("div", { class: "pc-scrubber__stepper" });
    this.prev = W.button("\u2190 k \u2212 1", "previous", function () { self.setTotal(self.total - 1); });
    this.prev.setAttribute("aria-label", "k \u2212 1, the previous total");
    this.next = W.button("k + 1 \u2192", "next", function () { self.setTotal(self.total + 1); });
    this.next.setAttribute("aria-label", "k + 1, the next total");
    var sliderId = this.id + "-k";
    this.slider = el("input", { id: sliderId, type: "range", min: "2", max: "12", step: "1", "data-role": "total" });
    this.slider.addEventListener("input", function () { self.setTotal(Number(self.slider.value)); });
    var label = el("label", { for: sliderId, class: "pc-scrubber__k-label" }, "Total k");
    this.kOut = el("output", { for: sliderId, class: "pc-scrubber__k", "aria-hidden": "true" });
    stepper.appendChild(label);
    stepper.appendChild(this.prev);
    stepper.appendChild(this.slider);
    stepper.appendChild(this.next);
    stepper.appendChild(this.kOut);
    top.appendChild(stepper);
    root.appendChild(top);

    var slide = W.chartSvg(this.id + "-slide", "slide", SLIDE.width, 10, "X with Y flipped and slid under it");
    this.slideSvg = slide.svg;
    this.slideDesc = slide.desc;
    this.slideSvg.classList.add("pc-scrubber__slide");
    this.slideLayer = svgEl("g", {});
    this.slideSvg.appendChild(this.slideLayer);
    var slideBox = el("div", { class: "pc-scrubber__slide-box" });
    slideBox.appendChild(this.slideSvg);
    root.appendChild(slideBox);

    this.sumLine = el("p", { class: "pc-scrubber__sum", "data-role": "sum-line" });
    root.appendChild(this.sumLine);

    var pictures = el("div", { class: "pc-scrubber__pictures" });
    this.output = new W.BarChart({
      id: this.id + "-out", role: "output", title: "X + Y, built one total at a time", width: 480, height: 230,
      axisLabel: "total k", valueLabel: "P(X + Y = k)", onPick: function (k) { self.setTotal(k); },
      format: function (p) { return written([p])[0]; }
    });
    var outBox = el("div", { class: "pc-scrubber__output" });
    outBox.appendChild(this.output.svg);
    pictures.appendChild(outBox);
    this.grid = new W.GridChart({ id: this.id + "-grid", title: "The grid of X and Y, with the anti-diagonal of k", size: 150, small: true, onPick: function (k) { self.setTotal(k); } });
    var gridBox = el("div", { class: "pc-scrubber__grid" });
    gridBox.appendChild(this.grid.svg);
    gridBox.appendChild(el("p", { class: "pc-scrubber__grid-caption" }, "The same cells in the grid: X across, Y up."));
    pictures.appendChild(gridBox);
    root.appendChild(pictures);

    this.announcer = new W.Announcer(400);
    root.appendChild(this.announcer.node);
  };

  /** Scrub through another pair of dice (a name from PAIRS), keeping k where it can. */
  Scrubber.prototype.setPair = function (name, initial) {
    var pair = PAIRS.filter(function (p) { return p.name === name; })[0];
    if (!pair) throw new RangeError("unknown dice pair " + name + ".");
    this.pair = pair;
    this.pairSelect.value = name;
    this.result = W.compute(pair.x, pair.y);
    this.nx = pair.x.length;
    this.ny = pair.y.length;
    var top = function (ps) { return Math.max.apply(null, ps.map(function (p) { return p.value; })); };
    // Fixed scales for each pair of dice: one for the two dice, one for the sum.
    this.diceScale = W.fitScale(Math.max(top(this.result.x.probs), top(this.result.y.probs)));
    this.scale = W.fitScale(top(this.result.sum.probs));
    this.slider.max = String(this.nx + this.ny);
    this.layoutSlide();
    this.total = Math.max(2, Math.min(this.total, this.nx + this.ny));
    this.update(initial);
  };

  /** Show the total k (2 to the sum of the face counts) and redraw. */
  Scrubber.prototype.setTotal = function (k) {
    var hi = this.nx + this.ny;
    if (!(k >= 2 && k <= hi)) throw new RangeError("k must be in 2.." + hi + ", got " + k + ".");
    this.total = k;
    this.update(false);
  };

  // x of the left edge of the column of value v (X's faces are v = 1..nx).
  Scrubber.prototype.colX = function (v) {
    return SLIDE.left + (v - this.firstCol) * this.slot;
  };

  Scrubber.prototype.layoutSlide = function () {
    var nx = this.nx;
    var ny = this.ny;
    W.clear(this.slideLayer);
    // X's columns and two more on each side: the reversed Y enters and leaves through them.
    this.firstCol = -1;
    var cols = nx + 4;
    this.slot = (SLIDE.width - SLIDE.left - SLIDE.right) / cols;
    var xBase = SLIDE.top + SLIDE.bar;
    var yBase = xBase + SLIDE.gap;
    var height = yBase + SLIDE.bar + SLIDE.bottom;
    this.slideSvg.setAttribute("viewBox", "0 0 " + SLIDE.width + " " + height);
    var barW = this.slot * 0.7;
    var r = this.result;
    var scale = this.diceScale;
    var h = function (p) { return SLIDE.bar * p.value / scale; };

    // The band of the columns where X and the reversed Y overlap, behind everything.
    this.band = svgEl("rect", { class: "pc-scrubber__band", y: SLIDE.top - 54, height: yBase + SLIDE.bar - SLIDE.top + 54, rx: 4 });
    this.slideLayer.appendChild(this.band);
    this.slideLayer.appendChild(svgEl("line", { x1: SLIDE.left, x2: SLIDE.width - SLIDE.right, y1: xBase, y2: xBase, class: "pc-bars__baseline" }));
    this.slideLayer.appendChild(svgEl("line", { x1: SLIDE.left, x2: SLIDE.width - SLIDE.right, y1: yBase, y2: yBase, class: "pc-bars__baseline" }));
    this.slideLayer.appendChild(svgEl("text", { x: SLIDE.left, y: xBase - 8, class: "pc-axis pc-scrubber__name" }, "X"));
    this.yCaption = svgEl("text", { x: SLIDE.left, y: yBase + SLIDE.bar + 20, class: "pc-axis pc-scrubber__name", "data-role": "y-caption" });
    this.slideLayer.appendChild(this.yCaption);

    this.xBars = [];
    this.products = [];
    var i;
    for (i = 1; i <= nx; i++) {
      var cx = this.colX(i) + this.slot / 2;
      var p = r.x.probs[i - 1];
      var g = svgEl("g", { class: "pc-scrubber__xbar", "data-face": String(i) });
      g.appendChild(svgEl("rect", { x: cx - barW / 2, y: xBase - h(p), width: barW, height: h(p), class: "pc-scrubber__box pc-scrubber__box--x" }));
      g.appendChild(svgEl("text", { x: cx, y: xBase + 20, "text-anchor": "middle", class: "pc-face pc-face--x" }, String(i)));
      g.appendChild(svgEl("title", {}, "P(X = " + i + ") = " + p.text));
      this.slideLayer.appendChild(g);
      this.xBars.push(g);
      // Products alternate between two rows, so that neighbours never touch in narrow columns.
      var prod = svgEl("text", {
        x: cx, y: SLIDE.top - (i % 2 ? 32 : 4), "text-anchor": "middle", class: "pc-scrubber__product", "data-i": String(i)
      });
      this.slideLayer.appendChild(prod);
      this.products.push(prod);
    }
    // Y's bars in one group, drawn once with face j at column -j; sliding is a translation by k.
    var clipId = this.id + "-clip";
    var clip = svgEl("clipPath", { id: clipId });
    clip.appendChild(svgEl("rect", { x: SLIDE.left, y: 0, width: SLIDE.width - SLIDE.left - SLIDE.right, height: height }));
    this.slideLayer.appendChild(clip);
    var window_ = svgEl("g", { "clip-path": "url(#" + clipId + ")" });
    this.yGroup = svgEl("g", { class: "pc-scrubber__ygroup" });
    this.yBars = [];
    for (var j = 1; j <= ny; j++) {
      var q = r.y.probs[j - 1];
      var yx = this.colX(-j) + this.slot / 2;
      var gy = svgEl("g", { class: "pc-scrubber__ybar", "data-face": String(j) });
      gy.appendChild(svgEl("rect", { x: yx - barW / 2, y: yBase, width: barW, height: h(q), class: "pc-scrubber__box pc-scrubber__box--y" }));
      gy.appendChild(svgEl("text", { x: yx, y: yBase - 8, "text-anchor": "middle", class: "pc-face pc-face--y" }, String(j)));
      gy.appendChild(svgEl("title", {}, "P(Y = " + j + ") = " + q.text));
      this.yGroup.appendChild(gy);
      this.yBars.push(gy);
    }
    window_.appendChild(this.yGroup);
    this.slideLayer.appendChild(window_);
    this.grid.layout(nx, ny);
  };

  Scrubber.prototype.update = function (initial) {
    var k = this.total;
    var r = this.result;
    var nx = this.nx;
    var ny = this.ny;
    this.slider.value = String(k);
    this.slider.setAttribute("aria-valuetext", "k = " + k + ", P(X + Y = " + k + ") " + W.equalsDecimal(r.sum.probs[k - 2]));
    this.kOut.textContent = "k = " + k;
    W.setEnabled(this.prev, k > 2);
    W.setEnabled(this.next, k < nx + ny);
    this.root.setAttribute("data-total", String(k));
    this.root.setAttribute("data-pair", this.pair.name);

    // Slide Y: its face j now sits under X's face k - j.
    this.yGroup.style.transform = "translateX(" + (k * this.slot).toFixed(3) + "px)";
    this.yGroup.setAttribute("data-shift", String(k));

    var pairs = W.pairsOf(k, nx, ny);
    var running = null;
    var products = [];
    var partials = [];
    var self = this;
    this.products.forEach(function (t) {
      t.textContent = "";
      ["data-product", "data-partial", "data-j"].forEach(function (a) { t.removeAttribute(a); });
    });
    this.xBars.forEach(function (g) { g.classList.remove("pc-scrubber__xbar--on"); });
    this.yBars.forEach(function (g) { g.classList.remove("pc-scrubber__ybar--on"); });
    pairs.forEach(function (ij) {
      var i = ij[0];
      var j = ij[1];
      var p = r.grid.probs[i - 1][j - 1];
      running = running ? W.fraction(running.num * p.den + p.num * running.den, running.den * p.den) : p;
      var t = self.products[i - 1];
      t.setAttribute("data-product", p.text);
      t.setAttribute("data-partial", running.text);
      t.setAttribute("data-j", String(j));
      self.xBars[i - 1].classList.add("pc-scrubber__xbar--on");
      self.yBars[j - 1].classList.add("pc-scrubber__ybar--on");
      products.push(p);
      partials.push(running);
    });
    if (pairs.length) {
      var lo = this.colX(pairs[0][0]);
      this.band.setAttribute("x", String(lo));
      this.band.setAttribute("width", String(this.colX(pairs[pairs.length - 1][0] + 1) - lo));
    }

    var sum = r.sum.probs[k - 2];
    // The products, the running totals and the sum in one format, so that they add up as written.
    var texts = written(products.concat(partials, [sum]));
    pairs.forEach(function (ij, n) { self.products[ij[0] - 1].textContent = texts[n]; });
    var sumLine = this.sumLine;
    W.clear(sumLine);
    var nowrap = function (text) { return el("span", { class: "pc-nowrap" }, text); };
    sumLine.appendChild(el("strong", {}, "P(X + Y = " + k + ")"));
    sumLine.appendChild(document.createTextNode(" = "));
    pairs.forEach(function (ij, n) {
      if (n) sumLine.appendChild(document.createTextNode(" + "));
      sumLine.appendChild(nowrap("P(X = " + ij[0] + ") P(Y = " + ij[1] + ")"));
    });
    sumLine.appendChild(el("br", {}));
    var total = texts[texts.length - 1];
    sumLine.appendChild(document.createTextNode(
      "= " + (pairs.length > 1 ? texts.slice(0, pairs.length).join(" + ") + " = " : "") + total +
      (total === sum.text ? "" : " (" + sum.text + ")")
    ));
    var run = el("span", { class: "pc-scrubber__running", "data-role": "running" });
    run.textContent = "Running total: " + texts.slice(pairs.length, 2 * pairs.length).join(" \u2192 ");
    sumLine.appendChild(el("br", {}));
    sumLine.appendChild(run);

    // Faces of Y that have slid out of the picture are named under it.
    var offLeft = W.range(1, ny).filter(function (j) { return k - j < self.firstCol; });
    var offRight = W.range(1, ny).filter(function (j) { return k - j > nx + 2; });
    var off = function (faces, side) {
      if (!faces.length) return "";
      var which = faces.length === 1 ? "face " + faces[0] : "faces " + Math.min.apply(null, faces) + "\u2013" + Math.max.apply(null, faces);
      return "; " + which + " off to the " + side;
    };
    this.yCaption.textContent = "Y, flipped: face j under k \u2212 j" + off(offLeft, "left") + off(offRight, "right");

    // The output, built bar by bar: totals up to k are drawn, k highlighted.
    this.output.draw({ start: 2, probs: r.sum.probs, scale: this.scale, highlight: k, shown: k - 1 });
    this.output.desc.textContent = "Bars of P(X + Y = j) for the totals j from 2 to " + k + " so far, on a scale from 0 to " + this.scale + ": " +
      r.sum.probs.slice(0, k - 1).map(function (p, n) { return (n + 2) + ": " + W.decimal(p).text; }).join(", ") + ".";
    this.grid.draw(r, k, nx, ny);
    this.grid.desc.textContent = nx + " by " + ny + " grid of P(X = i) P(Y = j), X across and Y up, with the " + pairs.length + " cells of i + j = " + k + " highlighted.";
    this.slideDesc.textContent = "The bars of X point up; the bars of Y hang below, reversed, so that face j of Y is under face " + k + " \u2212 j of X. " +
      (pairs.length === 1 ? "One pair overlaps: " : pairs.length + " pairs overlap: ") +
      pairs.map(function (ij) { return "X = " + ij[0] + " with Y = " + ij[1]; }).join(", ") + ".";

    var text = "k = " + k + ": " + pairs.length + (pairs.length === 1 ? " product" : " products") + ", P(X + Y = " + k + ") " + W.equalsDecimal(sum) + ".";
    if (initial) this.announcer.set(text);
    else this.announcer.say(text);
  };

  var mounted = W.mount("[data-pc-scrubber]", Scrubber);

  window.probconvScrubber = {
    pairs: PAIRS.map(function (p) { return { name: p.name, label: p.label, x: p.x.slice(), y: p.y.slice() }; }),
    instances: mounted.instances,
    init: mounted.init
  };
})();
