/*
 * probconv live dice explorer.
 *
 * Every element marked [data-pc-explorer] becomes an explorer: twelve sliders
 * set the weights of two six-sided dice X and Y, and the page redraws the
 * 6 x 6 joint grid P(X = i) P(Y = j), highlights one anti-diagonal (the cells
 * with i + j = total) and redraws the distribution of X + Y, the sums of the
 * anti-diagonals. It computes what probconv computes (Pmf.die, joint_grid,
 * X + Y): weights are integers, so every probability is an exact fraction
 * with a denominator of at most (sum of weights)^2, held in plain numbers.
 *
 * For tests and the curious, window.probconvExplorer exposes compute() and
 * the live instances; every drawn number is also in data- attributes.
 * Plain JavaScript and SVG, no dependency, nothing fetched.
 */
(function () {
  "use strict";

  var FACES = 6;
  var SVG_NS = "http://www.w3.org/2000/svg";
  var DEFAULT_X = [2, 2, 3, 3, 4, 6];
  var DEFAULT_Y = [6, 5, 3, 2, 2, 2];
  // Announcing every slider step would flood a screen reader; wait for a pause.
  var ANNOUNCE_DELAY_MS = 500;

  // ---------------------------------------------------------------- exact maths

  function gcd(a, b) {
    while (b) {
      var t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  // A fraction num/den in lowest terms, with its float value and the text
  // Python's str(Fraction) gives ("17/200", "0", "1"), so tests can compare.
  function fraction(num, den) {
    var g = gcd(num, den) || 1;
    var n = num / g;
    var d = den / g;
    return { num: n, den: d, value: n / d, text: d === 1 ? String(n) : n + "/" + d };
  }

  function checkWeights(weights, name) {
    if (!Array.isArray(weights) || weights.length !== FACES) {
      throw new RangeError(name + " needs " + FACES + " weights, one per face.");
    }
    var total = 0;
    weights.forEach(function (w, i) {
      if (!Number.isSafeInteger(w) || w < 0) {
        throw new RangeError(name + " weight of face " + (i + 1) + " must be a non-negative integer, got " + w + ".");
      }
      total += w;
    });
    if (total === 0) {
      throw new RangeError(name + " has no positive weight: give at least one face a weight above zero.");
    }
    // Grid numerators are products of weights over total^2: keep them exact.
    if (total * total > Number.MAX_SAFE_INTEGER) {
      throw new RangeError(name + " weights are too large to keep the fractions exact.");
    }
    return total;
  }

  /**
   * The distributions the explorer draws, from the integer weights of the two dice.
   *
   * Returns {x, y, grid, sum}: x and y are {start: 1, probs}, grid is
   * {xs, ys, probs} with probs[i][j] = P(X = xs[i]) P(Y = ys[j]), and sum is
   * {start: 2, probs} with probs[z - 2] = P(X + Y = z), the sum of the
   * anti-diagonal i + j = z. Every prob is {num, den, value, text}.
   * Throws a RangeError naming the die when its weights are invalid.
   */
  function compute(xWeights, yWeights) {
    var tx = checkWeights(xWeights, "Die X");
    var ty = checkWeights(yWeights, "Die Y");
    var den = tx * ty;
    var faces = [];
    var grid = [];
    var sums = [];
    var i, j;
    for (i = 0; i < 2 * FACES - 1; i++) sums.push(0);
    for (i = 0; i < FACES; i++) {
      faces.push(i + 1);
      var row = [];
      for (j = 0; j < FACES; j++) {
        var num = xWeights[i] * yWeights[j];
        row.push(fraction(num, den));
        // Cell (i, j) lies on the anti-diagonal of the total (i + 1) + (j + 1).
        sums[i + j] += num;
      }
      grid.push(row);
    }
    return {
      x: { start: 1, probs: xWeights.map(function (w) { return fraction(w, tx); }) },
      y: { start: 1, probs: yWeights.map(function (w) { return fraction(w, ty); }) },
      grid: { xs: faces.slice(), ys: faces.slice(), probs: grid },
      sum: { start: 2, probs: sums.map(function (s) { return fraction(s, den); }) }
    };
  }

  // ---------------------------------------------------------------- formatting

  // A probability as a short decimal: exact when it has at most four decimals
  // (the chapter's dice are in twentieths), else rounded to three.
  function decimal(p) {
    for (var d = 2; d <= 4; d++) {
      var text = p.value.toFixed(d);
      if (Math.abs(Number(text) - p.value) < 1e-12) return { text: text, exact: true };
    }
    return { text: p.value.toFixed(3), exact: false };
  }

  // Cells show the exact decimal when it has at most four places (0.0375, not a rounded
  // 0.037), like the figures do; other weights get three places.
  function cellText(p) {
    if (p.num === 0) return "0";
    var four = p.value.toFixed(4);
    var exactInFour = Math.abs(Number(four) - p.value) < 1e-12 && four.charAt(four.length - 1) !== "0";
    return exactInFour ? four : p.value.toFixed(3);
  }

  function pairsOf(total) {
    var pairs = [];
    for (var i = 1; i <= FACES; i++) {
      var j = total - i;
      if (j >= 1 && j <= FACES) pairs.push([i, j]);
    }
    return pairs;
  }

  function parseWeights(text, fallback) {
    if (!text) return fallback.slice();
    var w = text.split(",").map(function (s) { return Number(s.trim()); });
    return w.length === FACES && w.every(function (v) { return Number.isSafeInteger(v) && v >= 0; }) ? w : fallback.slice();
  }

  // ---------------------------------------------------------------- DOM helpers

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svgEl(tag, attrs, text) {
    var node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setAttrs(node, attrs) {
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
  }

  // ---------------------------------------------------------------- one explorer

  var counter = 0;
  var instances = [];

  // Geometry of the two SVGs in viewBox units; the SVGs scale to the column width.
  // The grid is drawn as every picture of two variables in the chapter: X across, Y up,
  // (1, 1) at the bottom left; the faces and their probabilities run along the bottom and the left.
  var G = { left: 80, top: 8, cell: 60, bottom: 70 };
  G.width = G.left + FACES * G.cell + 8;
  G.height = G.top + FACES * G.cell + G.bottom;
  var S = { left: 10, right: 10, top: 28, bottom: 44, height: 250, slot: 40 };
  S.width = S.left + (2 * FACES - 1) * S.slot + S.right;

  function Explorer(root) {
    this.root = root;
    this.id = "pc-explorer-" + ++counter;
    this.initial = {
      x: parseWeights(root.getAttribute("data-x-weights"), DEFAULT_X),
      y: parseWeights(root.getAttribute("data-y-weights"), DEFAULT_Y)
    };
    this.maxWeight = Number(root.getAttribute("data-max-weight")) || 20;
    this.total = Number(root.getAttribute("data-total")) || 4;
    this.result = null;
    this.error = null;
    this.announceTimer = null;
    this.build();
    this.setWeights("x", this.initial.x, true);
    this.setWeights("y", this.initial.y, true);
    this.update(true);
  }

  Explorer.prototype.build = function () {
    var self = this;
    var root = this.root;
    // The fallback text inside the placeholder is for readers without JavaScript.
    while (root.firstChild) root.removeChild(root.firstChild);
    root.classList.add("pc-explorer");

    var dice = el("div", { class: "pc-explorer__dice" });
    this.sliders = { x: [], y: [] };
    this.outputs = { x: [], y: [] };
    ["x", "y"].forEach(function (die) {
      var name = die.toUpperCase();
      var set = el("fieldset", { class: "pc-die pc-die--" + die, "data-die": die });
      set.appendChild(el("legend", {}, "Weights of die " + name));
      for (var f = 1; f <= FACES; f++) {
        var id = self.id + "-" + die + f;
        var row = el("div", { class: "pc-die__row" });
        row.appendChild(el("label", { for: id }, "Face " + f));
        var input = el("input", {
          id: id, type: "range", min: "0", max: String(self.maxWeight), step: "1",
          "data-die": die, "data-face": String(f)
        });
        input.addEventListener("input", function () { self.update(false); });
        row.appendChild(input);
        var out = el("output", { for: id, class: "pc-die__prob", "aria-hidden": "true" });
        row.appendChild(out);
        set.appendChild(row);
        self.sliders[die].push(input);
        self.outputs[die].push(out);
      }
      dice.appendChild(set);
    });
    root.appendChild(dice);

    var controls = el("div", { class: "pc-explorer__controls" });
    var selectId = this.id + "-total";
    controls.appendChild(el("label", { for: selectId }, "Highlight the total"));
    this.select = el("select", { id: selectId, "data-role": "total" });
    for (var z = 2; z <= 2 * FACES; z++) this.select.appendChild(el("option", { value: String(z) }, String(z)));
    this.select.value = String(this.total);
    this.select.addEventListener("change", function () { self.setTotal(Number(self.select.value)); });
    controls.appendChild(this.select);
    var reset = el("button", { type: "button", class: "md-button pc-explorer__button", "data-action": "reset" }, "Chapter's dice");
    reset.addEventListener("click", function () {
      self.setWeights("x", self.initial.x);
      self.setWeights("y", self.initial.y);
    });
    controls.appendChild(reset);
    var fair = el("button", { type: "button", class: "md-button pc-explorer__button", "data-action": "fair" }, "Fair dice");
    fair.addEventListener("click", function () {
      self.setWeights("x", [1, 1, 1, 1, 1, 1]);
      self.setWeights("y", [1, 1, 1, 1, 1, 1]);
    });
    controls.appendChild(fair);
    root.appendChild(controls);

    this.callout = el("p", { class: "pc-explorer__callout", "data-role": "callout" });
    root.appendChild(this.callout);
    // The visible call-out changes on every step; the live region only after a pause.
    this.live = el("p", { class: "pc-explorer__live", role: "status", "aria-live": "polite", "data-role": "live" });
    root.appendChild(this.live);

    var charts = el("div", { class: "pc-explorer__charts" });
    charts.appendChild(this.buildGrid());
    charts.appendChild(this.buildSum());
    root.appendChild(charts);
    root.appendChild(this.buildTable());
  };

  // An SVG chart that screen readers announce by its title and a description that
  // update() keeps current. Returns the svg and its (still empty) desc element.
  Explorer.prototype.chartSvg = function (role, size, title) {
    var titleId = this.id + "-" + role + "-title";
    var descId = this.id + "-" + role + "-desc";
    var svg = svgEl("svg", {
      viewBox: "0 0 " + size.width + " " + size.height, role: "img",
      "aria-labelledby": titleId, "aria-describedby": descId, "data-role": role
    });
    svg.appendChild(svgEl("title", { id: titleId }, title));
    var desc = svgEl("desc", { id: descId });
    svg.appendChild(desc);
    return { svg: svg, desc: desc };
  };

  Explorer.prototype.buildGrid = function () {
    var self = this;
    var fig = el("div", { class: "pc-explorer__grid" });
    var chart = this.chartSvg("grid", G, "Joint grid of X and Y");
    var svg = chart.svg;
    this.gridDesc = chart.desc;
    // Axis names, then one header per face carrying that face's probability.
    var below = G.top + FACES * G.cell;
    svg.appendChild(svgEl("text", { x: G.left + 3 * G.cell, y: below + 62, class: "pc-axis", "text-anchor": "middle" }, "X (columns)"));
    svg.appendChild(svgEl("text", { x: 2, y: below + 62, class: "pc-axis" }, "Y (rows)"));
    this.xHeads = [];
    this.yHeads = [];
    var f;
    for (f = 0; f < FACES; f++) {
      var cx = G.left + f * G.cell + G.cell / 2;
      svg.appendChild(svgEl("text", { x: cx, y: below + 22, class: "pc-face pc-face--x", "text-anchor": "middle" }, String(f + 1)));
      this.xHeads.push(svgEl("text", { x: cx, y: below + 40, class: "pc-marginal", "text-anchor": "middle" }));
      svg.appendChild(this.xHeads[f]);
      var cy = G.top + (FACES - 1 - f) * G.cell + G.cell / 2;
      svg.appendChild(svgEl("text", { x: 12, y: cy + 6, class: "pc-face pc-face--y", "text-anchor": "middle" }, String(f + 1)));
      this.yHeads.push(svgEl("text", { x: G.left - 6, y: cy + 6, class: "pc-marginal", "text-anchor": "end" }));
      svg.appendChild(this.yHeads[f]);
    }
    this.cells = [];
    for (var i = 0; i < FACES; i++) {
      var row = [];
      for (var j = 0; j < FACES; j++) {
        var g = svgEl("g", {
          class: "pc-cell", "data-x": String(i + 1), "data-y": String(j + 1), "data-total": String(i + j + 2)
        });
        var x0 = G.left + i * G.cell;
        var y0 = G.top + (FACES - 1 - j) * G.cell;
        g.appendChild(svgEl("rect", { x: x0 + 1.5, y: y0 + 1.5, width: G.cell - 3, height: G.cell - 3, rx: 4, class: "pc-cell__box" }));
        g.appendChild(svgEl("text", { x: x0 + G.cell / 2, y: y0 + G.cell / 2 + 6, "text-anchor": "middle", class: "pc-cell__text" }));
        g.appendChild(svgEl("title", {}));
        // Clicking a cell highlights its anti-diagonal (the sliders and the
        // select do the same from the keyboard).
        g.addEventListener("click", (function (total) { return function () { self.setTotal(total); }; })(i + j + 2));
        svg.appendChild(g);
        row.push(g);
      }
      this.cells.push(row);
    }
    fig.appendChild(svg);
    return fig;
  };

  Explorer.prototype.buildSum = function () {
    var self = this;
    var fig = el("div", { class: "pc-explorer__sum" });
    var chart = this.chartSvg("sum", S, "Distribution of X + Y");
    var svg = chart.svg;
    this.sumDesc = chart.desc;
    var base = S.height - S.bottom;
    svg.appendChild(svgEl("line", { x1: S.left, x2: S.width - S.right, y1: base, y2: base, class: "pc-baseline" }));
    svg.appendChild(svgEl("text", { x: S.width / 2, y: S.height - 6, "text-anchor": "middle", class: "pc-axis" }, "total z = X + Y"));
    this.bars = [];
    for (var k = 0; k < 2 * FACES - 1; k++) {
      var z = k + 2;
      var g = svgEl("g", { class: "pc-bar", "data-total": String(z) });
      var cx = S.left + k * S.slot + S.slot / 2;
      g.appendChild(svgEl("rect", { x: cx - S.slot * 0.36, width: S.slot * 0.72, y: base, height: 0, class: "pc-bar__box" }));
      g.appendChild(svgEl("text", { x: cx, y: base - 6, "text-anchor": "middle", class: "pc-bar__value" }));
      g.appendChild(svgEl("text", { x: cx, y: base + 20, "text-anchor": "middle", class: "pc-bar__label" }, String(z)));
      g.appendChild(svgEl("title", {}));
      g.addEventListener("click", (function (total) { return function () { self.setTotal(total); }; })(z));
      svg.appendChild(g);
      this.bars.push(g);
    }
    fig.appendChild(svg);
    return fig;
  };

  Explorer.prototype.buildTable = function () {
    var details = el("details", { class: "pc-explorer__numbers" });
    details.appendChild(el("summary", {}, "The numbers behind the bars"));
    var table = el("table", { "data-role": "sum-table" });
    table.appendChild(el("caption", {}, "Distribution of X + Y: the sum of each anti-diagonal"));
    var head = el("tr", {});
    ["Total z", "P(X + Y = z)", "Exactly"].forEach(function (h) { head.appendChild(el("th", { scope: "col" }, h)); });
    var thead = el("thead", {});
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = el("tbody", {});
    this.tableRows = [];
    for (var z = 2; z <= 2 * FACES; z++) {
      var tr = el("tr", { "data-total": String(z) });
      tr.appendChild(el("th", { scope: "row" }, String(z)));
      tr.appendChild(el("td", {}));
      tr.appendChild(el("td", {}));
      tbody.appendChild(tr);
      this.tableRows.push(tr);
    }
    table.appendChild(tbody);
    details.appendChild(table);
    return details;
  };

  // ---------------------------------------------------------------- state

  Explorer.prototype.getWeights = function (die) {
    return this.sliders[die].map(function (s) { return Number(s.value); });
  };

  /** Set one die's six weights (die is "x" or "y") and redraw. */
  Explorer.prototype.setWeights = function (die, weights, silent) {
    if (!this.sliders[die]) throw new RangeError('die must be "x" or "y", got ' + die + ".");
    var max = this.maxWeight;
    this.sliders[die].forEach(function (s, f) { s.value = String(Math.max(0, Math.min(max, weights[f]))); });
    if (!silent) this.update(false);
  };

  /** Highlight the anti-diagonal of one total (2..12) and redraw. */
  Explorer.prototype.setTotal = function (total) {
    if (!(total >= 2 && total <= 2 * FACES)) throw new RangeError("total must be in 2.." + 2 * FACES + ", got " + total + ".");
    this.total = total;
    this.select.value = String(total);
    this.update(false);
  };

  Explorer.prototype.state = function () {
    return {
      weights: { x: this.getWeights("x"), y: this.getWeights("y") },
      total: this.total,
      result: this.result,
      error: this.error
    };
  };

  Explorer.prototype.update = function (initial) {
    var xw = this.getWeights("x");
    var yw = this.getWeights("y");
    try {
      this.result = compute(xw, yw);
      this.error = null;
    } catch (err) {
      this.result = null;
      this.error = err.message;
    }
    this.root.setAttribute("data-state", this.error ? "invalid" : "ok");
    this.root.setAttribute("data-total", String(this.total));
    this.drawDice(xw, yw);
    this.drawGrid();
    this.drawSum();
    this.drawCallout();
    this.scheduleAnnouncement(initial);
  };

  Explorer.prototype.drawDice = function (xw, yw) {
    var r = this.result;
    var self = this;
    [["x", xw], ["y", yw]].forEach(function (pair) {
      var die = pair[0];
      var name = die.toUpperCase();
      var probs = r ? r[die].probs : null;
      self.sliders[die].forEach(function (s, f) {
        var w = pair[1][f];
        var p = probs ? decimal(probs[f]) : null;
        var text = p ? (p.exact ? "" : "\u2248") + p.text : "\u2013";
        self.outputs[die][f].textContent = w + " \u2192 " + text;
        s.setAttribute("aria-valuetext", "weight " + w + ", P(" + name + " = " + (f + 1) + ") " + (p ? (p.exact ? "= " : "about ") + p.text : "undefined"));
        s.setAttribute("data-p", probs ? probs[f].text : "");
      });
    });
  };

  Explorer.prototype.drawGrid = function () {
    var r = this.result;
    var total = this.total;
    var maxP = 0;
    var i, j;
    if (r) r.grid.probs.forEach(function (row) { row.forEach(function (p) { maxP = Math.max(maxP, p.value); }); });
    for (i = 0; i < FACES; i++) {
      var px = r ? decimal(r.x.probs[i]).text : "";
      var py = r ? decimal(r.y.probs[i]).text : "";
      this.xHeads[i].textContent = px;
      this.yHeads[i].textContent = py;
      for (j = 0; j < FACES; j++) {
        var g = this.cells[i][j];
        var p = r ? r.grid.probs[i][j] : null;
        var on = i + j + 2 === total;
        g.classList.toggle("pc-cell--on", on);
        g.setAttribute("data-p", p ? p.text : "");
        g.setAttribute("data-pf", p ? String(p.value) : "");
        // Shade by probability relative to the largest cell, so the pattern shows for any weights.
        g.firstChild.style.fillOpacity = p && maxP > 0 ? (0.06 + 0.5 * p.value / maxP).toFixed(3) : "0";
        g.childNodes[1].textContent = p ? cellText(p) : "";
        g.childNodes[1].classList.toggle("pc-cell__text--long", g.childNodes[1].textContent.length > 5);
        g.lastChild.textContent = p
          ? "X = " + (i + 1) + ", Y = " + (j + 1) + ": " + px + " \u00d7 " + py + " = " + p.text + " \u2248 " + p.value.toFixed(4)
          : "";
      }
    }
    this.gridDesc.textContent = r
      ? "Six by six grid, X across and Y up: the cell in column i and row j, counted from the bottom left, holds P(X = i) P(Y = j). The anti-diagonal of total " + total + " is highlighted."
      : this.error;
  };

  Explorer.prototype.drawSum = function () {
    var r = this.result;
    var total = this.total;
    var base = S.height - S.bottom;
    var maxP = 0;
    if (r) r.sum.probs.forEach(function (p) { maxP = Math.max(maxP, p.value); });
    var span = base - S.top - 14;
    var parts = [];
    for (var k = 0; k < this.bars.length; k++) {
      var g = this.bars[k];
      var z = k + 2;
      var p = r ? r.sum.probs[k] : null;
      var h = p && maxP > 0 ? span * p.value / maxP : 0;
      var rect = g.childNodes[0];
      rect.setAttribute("y", String(base - h));
      rect.setAttribute("height", String(h));
      g.classList.toggle("pc-bar--on", z === total);
      g.setAttribute("data-p", p ? p.text : "");
      g.setAttribute("data-pf", p ? String(p.value) : "");
      var value = g.childNodes[1];
      value.setAttribute("y", String(base - h - 6));
      // Only the highlighted bar carries its value: eleven labels would collide on a phone.
      value.textContent = p && z === total ? decimal(p).text : "";
      g.lastChild.textContent = p ? "P(X + Y = " + z + ") = " + p.text + " \u2248 " + p.value.toFixed(4) : "";
      var cells = this.tableRows[k].children;
      cells[1].textContent = p ? p.value.toFixed(4) : "";
      cells[2].textContent = p ? p.text : "";
      this.tableRows[k].setAttribute("data-p", p ? p.text : "");
      if (p) parts.push(z + ": " + decimal(p).text);
    }
    this.sumDesc.textContent = r ? "Bar chart of P(X + Y = z) for z from 2 to 12. " + parts.join(", ") + "." : this.error;
  };

  Explorer.prototype.drawCallout = function () {
    var c = this.callout;
    while (c.firstChild) c.removeChild(c.firstChild);
    if (!this.result) {
      c.appendChild(el("strong", {}, this.error));
      c.classList.add("pc-explorer__callout--error");
      return;
    }
    c.classList.remove("pc-explorer__callout--error");
    var r = this.result;
    var z = this.total;
    var p = r.sum.probs[z - 2];
    var dp = decimal(p);
    var pairs = pairsOf(z);
    var exact = dp.exact;
    var terms = pairs.map(function (ij) {
      var a = decimal(r.x.probs[ij[0] - 1]);
      var b = decimal(r.y.probs[ij[1] - 1]);
      exact = exact && a.exact && b.exact;
      return a.text + " \u00d7 " + b.text;
    });
    var head = el("strong", { "data-role": "headline" }, "P(X + Y = " + z + ") = " + p.text + (dp.exact ? " = " : " \u2248 ") + dp.text);
    c.appendChild(head);
    c.appendChild(document.createTextNode(
      ": " + (pairs.length === 1 ? "one way" : pairs.length + " ways") + ", " +
      pairs.map(function (ij) { return "(" + ij[0] + ", " + ij[1] + ")"; }).join(", ") +
      ", so " + terms.join(" + ") + (exact ? " = " : " \u2248 ") + dp.text + "."
    ));
  };

  Explorer.prototype.scheduleAnnouncement = function (initial) {
    var self = this;
    var text = this.result
      ? "P(X + Y = " + this.total + ") is now " + decimal(this.result.sum.probs[this.total - 2]).text + ", exactly " + this.result.sum.probs[this.total - 2].text + "."
      : this.error;
    if (initial) {
      // Nothing to announce on page load; fill the region so it is never empty.
      this.live.textContent = text;
      return;
    }
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(function () { self.live.textContent = text; }, ANNOUNCE_DELAY_MS);
  };

  // ---------------------------------------------------------------- start-up

  function initAll() {
    var roots = document.querySelectorAll("[data-pc-explorer]");
    for (var i = 0; i < roots.length; i++) {
      var root = roots[i];
      // DOMContentLoaded and Material's document$ can both fire for one page.
      if (root.getAttribute("data-pc-ready") === "1") continue;
      root.setAttribute("data-pc-ready", "1");
      instances.push(new Explorer(root));
    }
    // Drop explorers whose page was replaced by instant navigation.
    for (var k = instances.length - 1; k >= 0; k--) {
      if (!document.body.contains(instances[k].root)) instances.splice(k, 1);
    }
  }

  window.probconvExplorer = {
    compute: compute,
    instances: instances,
    init: initAll,
    defaults: { x: DEFAULT_X.slice(), y: DEFAULT_Y.slice() }
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initAll);
  } else {
    initAll();
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(initAll);
  }
})();
