/*
 * probconv live dice explorer (built from the shared helpers in widgets.js).
 *
 * Every element marked [data-pc-explorer] becomes an explorer. Two dice X and Y
 * have 2 to 20 faces each and one weight slider per face. The page redraws the
 * distribution of X + Y on a fixed probability scale, with the sum of two fair
 * dice of the same sizes outlined for comparison, and the joint grid
 * P(X = i) P(Y = j), X across and Y up, with the anti-diagonal of one total
 * highlighted. Weights are integers, so every probability is an exact fraction.
 *
 * The scale is a step of a short ladder (0 to 0.1, 0.25, 0.5 or 1). It grows only
 * when a bar (or the fair outline) would leave it, visibly and with an announcement,
 * and shrinks only when the reader asks: so a bar's height always means the same
 * probability.
 *
 * For tests and the curious, window.probconvExplorer exposes compute() and the
 * live instances; every drawn number is also in data- attributes.
 */
(function () {
  "use strict";

  var W = window.probconvWidgets;
  var el = W.el;
  var DEFAULT_X = [2, 2, 3, 3, 4, 6];
  var DEFAULT_Y = [6, 5, 3, 2, 2, 2];
  // A weight that a new face starts with when a die gains faces.
  var NEW_FACE_WEIGHT = 1;

  function Explorer(root) {
    this.root = root;
    this.id = W.nextId("pc-explorer");
    this.initial = {
      x: W.parseWeights(root.getAttribute("data-x-weights"), DEFAULT_X),
      y: W.parseWeights(root.getAttribute("data-y-weights"), DEFAULT_Y)
    };
    this.maxWeight = Number(root.getAttribute("data-max-weight")) || 20;
    this.total = Number(root.getAttribute("data-total")) || 4;
    this.weights = { x: this.initial.x.slice(), y: this.initial.y.slice() };
    this.result = null;
    this.error = null;
    this.scale = null;
    this.build();
    this.update({ initial: true });
  }

  // ---------------------------------------------------------------- building

  Explorer.prototype.build = function () {
    var self = this;
    var root = this.root;
    // The fallback text inside the placeholder is for readers without JavaScript.
    W.clear(root);
    root.classList.add("pc-explorer", "pc-widget");

    var controls = el("div", { class: "pc-explorer__controls" });
    this.totalSelect = el("select", { id: this.id + "-total", "data-role": "total" });
    this.totalSelect.addEventListener("change", function () { self.setTotal(Number(self.totalSelect.value)); });
    var pick = el("span", { class: "pc-field" });
    pick.appendChild(el("label", { for: this.totalSelect.id }, "Highlight the total"));
    pick.appendChild(this.totalSelect);
    controls.appendChild(pick);
    // A preset starts a new comparison: it fits the scale to its dice (the chapter's dice and fair
    // dice share 0 to 0.25), and clears the note of an earlier change.
    var preset = { fit: true, preset: true };
    controls.appendChild(W.button("Chapter's dice", "reset", function () { self.setDice(self.initial.x, self.initial.y, preset); }));
    controls.appendChild(W.button("Fair dice", "fair", function () {
      self.setDice(W.fairWeights(self.weights.x.length), W.fairWeights(self.weights.y.length), preset);
    }));
    controls.appendChild(W.button("A d4 and a d6", "d4d6", function () { self.setDice(W.fairWeights(4), W.fairWeights(6), preset); }));
    // The reserved height fits the chapter's dice; once the reader changes them, the explorer takes
    // the height its dice need (a change that follows the reader's own input does not count as a shift).
    root.addEventListener("input", function () { root.style.minHeight = "0"; });
    root.addEventListener("click", function () { root.style.minHeight = "0"; });
    root.appendChild(controls);

    // The stage (the sum and its scale) stays on screen while the sliders below it scroll.
    var area = el("div", { class: "pc-explorer__area" });
    var stage = el("div", { class: "pc-explorer__stage", "data-role": "stage" });
    this.headline = el("p", { class: "pc-explorer__headline", "data-role": "headline" });
    stage.appendChild(this.headline);
    this.sum = new W.BarChart({
      id: this.id + "-sum", role: "sum", title: "Distribution of X + Y", width: 480, height: 250,
      axisLabel: "total z = X + Y", valueLabel: "P(X + Y = z)", onPick: function (z) { self.setTotal(z); }
    });
    var chartBox = el("div", { class: "pc-explorer__sum" });
    chartBox.appendChild(this.sum.svg);
    stage.appendChild(chartBox);
    var scaleRow = el("p", { class: "pc-explorer__scale" });
    this.legend = el("span", { class: "pc-explorer__legend", "data-role": "legend" });
    scaleRow.appendChild(this.legend);
    this.fitButton = W.button("Fit the scale", "fit-scale", function () { self.fitScale(); });
    scaleRow.appendChild(this.fitButton);
    stage.appendChild(scaleRow);
    area.appendChild(stage);

    var dice = el("div", { class: "pc-explorer__dice" });
    this.dice = {};
    ["x", "y"].forEach(function (die) { dice.appendChild(self.buildDie(die)); });
    area.appendChild(dice);
    root.appendChild(area);

    var below = el("div", { class: "pc-explorer__below" });
    this.callout = el("p", { class: "pc-explorer__callout", "data-role": "callout" });
    below.appendChild(this.callout);
    this.grid = new W.GridChart({ id: this.id + "-grid", title: "Joint grid of X and Y", onPick: function (z) { self.setTotal(z); } });
    var gridBox = el("div", { class: "pc-explorer__grid" });
    gridBox.appendChild(this.grid.svg);
    below.appendChild(gridBox);
    root.appendChild(below);
    root.appendChild(this.buildTable());
    this.announcer = new W.Announcer(500);
    root.appendChild(this.announcer.node);
    W.trackStageHeight(root, stage);
  };

  Explorer.prototype.buildDie = function (die) {
    var self = this;
    var name = die.toUpperCase();
    var set = el("fieldset", { class: "pc-die pc-panel pc-panel--" + die, "data-die": die });
    set.appendChild(el("legend", {}, "Die " + name));
    var faces = W.numberSelect(this.id + "-" + die + "-faces", "Faces", W.MIN_FACES, W.MAX_FACES, this.weights[die].length, function (n) {
      self.setFaces(die, n);
    });
    faces.select.setAttribute("data-role", "faces");
    faces.select.setAttribute("data-die", die);
    faces.wrap.classList.add("pc-die__faces");
    set.appendChild(faces.wrap);
    var rows = el("div", { class: "pc-die__rows" });
    set.appendChild(rows);
    this.dice[die] = { set: set, rows: rows, faces: faces.select, sliders: [], outputs: [] };
    this.buildSliders(die);
    return set;
  };

  // One labelled slider per face, rebuilt when the die's number of faces changes.
  Explorer.prototype.buildSliders = function (die) {
    var self = this;
    var d = this.dice[die];
    W.clear(d.rows);
    d.sliders = [];
    d.outputs = [];
    this.weights[die].forEach(function (w, k) {
      var f = k + 1;
      var id = self.id + "-" + die + f;
      var row = el("div", { class: "pc-die__row" });
      row.appendChild(el("label", { for: id }, "Face " + f));
      var input = el("input", {
        id: id, type: "range", min: "0", max: String(self.maxWeight), step: "1", value: String(w),
        "data-die": die, "data-face": String(f)
      });
      input.addEventListener("input", function () {
        self.weights[die][k] = Number(input.value);
        self.update({});
      });
      row.appendChild(input);
      var out = el("output", { for: id, class: "pc-die__prob", "aria-hidden": "true" });
      row.appendChild(out);
      d.rows.appendChild(row);
      d.sliders.push(input);
      d.outputs.push(out);
    });
    d.faces.value = String(this.weights[die].length);
  };

  Explorer.prototype.buildTable = function () {
    var details = el("details", { class: "pc-explorer__numbers" });
    details.appendChild(el("summary", {}, "The numbers behind the bars"));
    var table = el("table", { "data-role": "sum-table" });
    table.appendChild(el("caption", {}, "Distribution of X + Y, the sum of each anti-diagonal, beside two fair dice of the same sizes"));
    var head = el("tr", {});
    ["z", "P(X + Y = z)", "Exactly", "Fair"].forEach(function (h) { head.appendChild(el("th", { scope: "col" }, h)); });
    var thead = el("thead", {});
    thead.appendChild(head);
    table.appendChild(thead);
    this.tbody = el("tbody", {});
    table.appendChild(this.tbody);
    details.appendChild(table);
    return details;
  };

  // ---------------------------------------------------------------- state

  /**
   * Set both dice's weights (any number of faces from 2 to 20 each) and redraw. A change in the number
   * of faces fits the scale to the new dice, whose bars are not comparable with the old ones.
   */
  Explorer.prototype.setDice = function (x, y, how) {
    [x, y].forEach(function (w, k) {
      if (!Array.isArray(w) || w.length < W.MIN_FACES || w.length > W.MAX_FACES) {
        throw new RangeError("die " + "XY".charAt(k) + " needs " + W.MIN_FACES + " to " + W.MAX_FACES + " weights.");
      }
    });
    var max = this.maxWeight;
    var clamp = function (w) { return w.map(function (v) { return Math.max(0, Math.min(max, v)); }); };
    var sizes = [this.weights.x.length, this.weights.y.length];
    this.weights = { x: clamp(x), y: clamp(y) };
    if (this.weights.x.length !== sizes[0]) this.buildSliders("x");
    else this.syncSliders("x");
    if (this.weights.y.length !== sizes[1]) this.buildSliders("y");
    else this.syncSliders("y");
    var resized = this.weights.x.length !== sizes[0] || this.weights.y.length !== sizes[1];
    this.update(how || { fit: resized });
  };

  /** Set one die's weights (die is "x" or "y"), keeping the other, and redraw. */
  Explorer.prototype.setWeights = function (die, weights) {
    if (!this.dice[die]) throw new RangeError('die must be "x" or "y", got ' + die + ".");
    var other = die === "x" ? "y" : "x";
    var next = {};
    next[die] = weights;
    next[other] = this.weights[other];
    this.setDice(next.x, next.y);
  };

  /** Give one die n faces: faces it keeps keep their weights, new faces get weight 1. */
  Explorer.prototype.setFaces = function (die, n) {
    if (!(n >= W.MIN_FACES && n <= W.MAX_FACES)) {
      throw new RangeError("a die has " + W.MIN_FACES + " to " + W.MAX_FACES + " faces, got " + n + ".");
    }
    var w = this.weights[die].slice(0, n);
    while (w.length < n) w.push(NEW_FACE_WEIGHT);
    this.setWeights(die, w);
  };

  Explorer.prototype.syncSliders = function (die) {
    var w = this.weights[die];
    this.dice[die].sliders.forEach(function (s, k) { s.value = String(w[k]); });
  };

  /** Highlight the anti-diagonal of one total and redraw. */
  Explorer.prototype.setTotal = function (total) {
    var hi = this.weights.x.length + this.weights.y.length;
    if (!(total >= 2 && total <= hi)) throw new RangeError("total must be in 2.." + hi + ", got " + total + ".");
    this.total = total;
    this.update({});
  };

  /** Shrink (or grow) the scale to the smallest step of the ladder that holds every bar. */
  Explorer.prototype.fitScale = function () {
    this.update({ fit: true });
  };

  Explorer.prototype.state = function () {
    return {
      weights: { x: this.weights.x.slice(), y: this.weights.y.slice() },
      total: this.total, scale: this.scale, result: this.result, error: this.error
    };
  };

  // The tallest thing the chart draws: a bar of X + Y or of the fair reference.
  Explorer.prototype.maxShown = function () {
    var top = 0;
    if (this.result) this.result.sum.probs.forEach(function (p) { top = Math.max(top, p.value); });
    this.reference.sum.probs.forEach(function (p) { top = Math.max(top, p.value); });
    return top;
  };

  // The scale to draw, and the sentence that tells the reader when it changes.
  Explorer.prototype.nextScale = function (how) {
    var need = this.maxShown();
    if (this.scale === null) return { top: W.fitScale(need), sentence: null };
    if (how.fit && W.fitScale(need) !== this.scale) {
      return { top: W.fitScale(need), sentence: "Scale now 0 to " + W.fitScale(need) };
    }
    var top = W.keepOrGrow(this.scale, need);
    return { top: top, sentence: top === this.scale ? null : "Scale grew to 0 to " + top + " to fit every bar" };
  };

  // A short flash of the axis marks a change of scale (none under reduced motion, by CSS).
  Explorer.prototype.flashAxis = function () {
    var svg = this.sum.svg;
    svg.classList.remove("pc-bars--rescaled");
    void svg.getBoundingClientRect();
    svg.classList.add("pc-bars--rescaled");
  };

  Explorer.prototype.update = function (how) {
    var nx = this.weights.x.length;
    var ny = this.weights.y.length;
    try {
      this.result = W.compute(this.weights.x, this.weights.y);
      this.error = null;
    } catch (err) {
      this.result = null;
      this.error = err.message;
    }
    this.reference = W.compute(W.fairWeights(nx), W.fairWeights(ny));
    this.total = Math.min(this.total, nx + ny);
    var scale = this.nextScale(how);
    this.scale = scale.top;
    if (scale.sentence) {
      this.sum.note.textContent = scale.sentence;
      this.flashAxis();
    } else if (how.preset) {
      this.sum.note.textContent = "";
    }
    W.setEnabled(this.fitButton, W.fitScale(this.maxShown()) !== this.scale);
    this.root.setAttribute("data-state", this.error ? "invalid" : "ok");
    this.root.setAttribute("data-total", String(this.total));
    this.root.setAttribute("data-faces", nx + "," + ny);
    this.drawTotalSelect(nx + ny);
    this.drawDice();
    this.drawSum();
    this.grid.draw(this.result, this.total, nx, ny);
    this.grid.desc.textContent = this.result
      ? nx + " by " + ny + " grid, X across and Y up: the cell in column i and row j, counted from the bottom left, holds P(X = i) P(Y = j). The anti-diagonal of total " + this.total + " is highlighted."
      : this.error;
    this.drawCallout();
    this.drawTable();
    var now = this.result ? this.result.sum.probs[this.total - 2] : null;
    var text = this.error;
    if (now) {
      var d = W.decimal(now);
      var exactly = d.text === now.text ? "" : d.exact ? " (" + now.text + ")" : " (exactly " + now.text + ")";
      text = "P(X + Y = " + this.total + ") is now " + (d.exact ? "" : "about ") + d.text + exactly + ".";
    }
    // Nothing to announce on page load; fill the region so that it is never empty.
    if (how.initial) this.announcer.set(text);
    else if (scale.sentence) this.announcer.set(scale.sentence + ". " + text);
    else this.announcer.say(text);
  };

  Explorer.prototype.drawTotalSelect = function (hi) {
    var select = this.totalSelect;
    if (select.options.length !== hi - 1) {
      W.clear(select);
      W.range(2, hi).forEach(function (z) { select.appendChild(el("option", { value: String(z) }, String(z))); });
    }
    select.value = String(this.total);
  };

  // Each die's own probabilities, or null when its weights are not valid (the other die still shows its own).
  Explorer.prototype.dieProbs = function (die) {
    try {
      return W.dieProbs(this.weights[die], "Die " + die.toUpperCase());
    } catch (err) {
      return null;
    }
  };

  Explorer.prototype.drawDice = function () {
    var self = this;
    ["x", "y"].forEach(function (die) {
      var name = die.toUpperCase();
      var probs = self.dieProbs(die);
      var d = self.dice[die];
      self.weights[die].forEach(function (w, k) {
        var p = probs ? W.decimal(probs[k]) : null;
        d.outputs[k].textContent = w + " \u2192 " + (p ? (p.exact ? "" : "\u2248") + p.text : "\u2013");
        d.sliders[k].setAttribute("aria-valuetext", "weight " + w + ", P(" + name + " = " + (k + 1) + ") " + (p ? (p.exact ? "= " : "about ") + p.text : "undefined"));
        d.sliders[k].setAttribute("data-p", probs ? probs[k].text : "");
      });
    });
  };

  Explorer.prototype.drawSum = function () {
    var r = this.result;
    var nx = this.weights.x.length;
    var ny = this.weights.y.length;
    var blank = W.range(2, nx + ny).map(function () { return null; });
    this.sum.draw({
      start: 2, probs: r ? r.sum.probs : blank, scale: this.scale, highlight: this.total,
      reference: this.reference.sum.probs.map(function (p) { return p.value; })
    });
    var fair = "d" + nx + " + d" + ny;
    this.legend.textContent = "Dashed: two fair dice, " + fair + ". Scale 0 to " + this.scale + ".";
    this.sum.desc.textContent = r
      ? "Bar chart of P(X + Y = z) for z from 2 to " + (nx + ny) + ", on a scale from 0 to " + this.scale +
        ", with two fair dice (" + fair + ") outlined. " +
        r.sum.probs.map(function (p, k) { return (k + 2) + ": " + W.decimal(p).text; }).join(", ") + "."
      : this.error;
    if (!r) {
      this.headline.textContent = this.error;
      this.headline.classList.add("pc-explorer__headline--error");
      return;
    }
    this.headline.classList.remove("pc-explorer__headline--error");
    this.headline.textContent = "P(X + Y = " + this.total + ") = " + W.exactAndDecimal(r.sum.probs[this.total - 2]);
  };

  Explorer.prototype.drawCallout = function () {
    var c = this.callout;
    W.clear(c);
    c.classList.toggle("pc-explorer__callout--error", !this.result);
    if (!this.result) {
      c.appendChild(el("strong", {}, this.error));
      return;
    }
    var r = this.result;
    var z = this.total;
    var p = r.sum.probs[z - 2];
    var dp = W.decimal(p);
    var pairs = W.pairsOf(z, this.weights.x.length, this.weights.y.length);
    var exact = dp.exact;
    var terms = pairs.map(function (ij) {
      var a = W.decimal(r.x.probs[ij[0] - 1]);
      var b = W.decimal(r.y.probs[ij[1] - 1]);
      exact = exact && a.exact && b.exact;
      return a.text + " \u00d7 " + b.text;
    });
    // A product with a zero in it is exactly zero, however its other factor is rounded.
    exact = exact || p.num === 0;
    var ways = pairs.map(function (ij) { return "(" + ij[0] + ", " + ij[1] + ")"; });
    // Beyond six ways, the first two and the last stand for the rest.
    var shorten = function (list) { return list.length > 6 ? list.slice(0, 2).concat(["\u2026", list[list.length - 1]]) : list; };
    var append = function (parts, sep) {
      parts.forEach(function (part, n) {
        if (n) c.appendChild(document.createTextNode(sep));
        c.appendChild(el("span", { class: "pc-nowrap" }, part));
      });
    };
    c.appendChild(el("strong", {}, "P(X + Y = " + z + ") = " + W.exactAndDecimal(p)));
    c.appendChild(document.createTextNode(": " + (pairs.length === 1 ? "one way" : pairs.length + " ways") + ", "));
    append(shorten(ways), ", ");
    c.appendChild(document.createTextNode(", so "));
    append(shorten(terms), " + ");
    c.appendChild(document.createTextNode((exact ? " = " : " \u2248 ") + dp.text + "."));
  };

  Explorer.prototype.drawTable = function () {
    var r = this.result;
    var ref = this.reference.sum.probs;
    var tbody = this.tbody;
    if (tbody.children.length !== ref.length) {
      W.clear(tbody);
      ref.forEach(function (_, k) {
        var tr = el("tr", { "data-total": String(k + 2) });
        tr.appendChild(el("th", { scope: "row" }, String(k + 2)));
        tr.appendChild(el("td", {}));
        tr.appendChild(el("td", {}));
        tr.appendChild(el("td", {}));
        tbody.appendChild(tr);
      });
    }
    for (var k = 0; k < ref.length; k++) {
      var tr = tbody.children[k];
      var p = r ? r.sum.probs[k] : null;
      tr.children[1].textContent = p ? p.value.toFixed(4) : "";
      tr.children[2].textContent = p ? p.text : "";
      tr.children[3].textContent = ref[k].value.toFixed(4);
      tr.setAttribute("data-p", p ? p.text : "");
      tr.classList.toggle("pc-row--on", k + 2 === this.total);
    }
  };

  var mounted = W.mount("[data-pc-explorer]", Explorer);

  window.probconvExplorer = {
    compute: W.compute,
    instances: mounted.instances,
    init: mounted.init,
    defaults: { x: DEFAULT_X.slice(), y: DEFAULT_Y.slice() }
  };
})();
