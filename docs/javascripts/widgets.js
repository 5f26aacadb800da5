/*
 * probconv's shared widget helpers: the pieces every interactive figure of the
 * chapter is built from, written once.
 *
 * - exact maths: fractions, dice from integer weights, the joint grid and the
 *   distribution of the sum (what probconv's Pmf.die, joint_grid and X + Y give);
 * - number formats shared with the figures;
 * - DOM and SVG builders, an SVG chart with a title and a live description;
 * - BarChart: bars over integer values on a fixed probability scale from a short
 *   ladder, with ticks, gridlines and an optional reference outline;
 * - GridChart: the joint grid of two dice, X across and Y up, with one
 *   anti-diagonal highlighted;
 * - Announcer: a polite live region that speaks after a pause;
 * - mount(): start every widget of a page once, on load and on Material's document$.
 *
 * Plain JavaScript and SVG, no dependency, nothing fetched. Everything is exposed
 * as window.probconvWidgets for the widgets and for the browser tests.
 */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  /** Dice have between MIN_FACES and MAX_FACES faces. */
  var MIN_FACES = 2;
  var MAX_FACES = 20;
  /** The probability axis runs from 0 to one of these; it moves up a step only when a bar would leave it. */
  var SCALE_LADDER = [0.1, 0.25, 0.5, 1];
  // Tick spacing for each step of the ladder: five or six gridlines each.
  var TICK_STEP = { 0.1: 0.02, 0.25: 0.05, 0.5: 0.1, 1: 0.2 };

  // ---------------------------------------------------------------- exact maths

  function gcd(a, b) {
    while (b) {
      var t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /**
   * A fraction num/den in lowest terms, with its float value and the text that
   * Python's str(Fraction) gives ("17/200", "0", "1"), so that tests can compare.
   */
  function fraction(num, den) {
    var g = gcd(num, den) || 1;
    var n = num / g;
    var d = den / g;
    return { num: n, den: d, value: n / d, text: d === 1 ? String(n) : n + "/" + d };
  }

  /** Sum of integer weights, after checking them; throws a RangeError that names the die. */
  function checkWeights(weights, name) {
    if (!Array.isArray(weights) || weights.length < MIN_FACES || weights.length > MAX_FACES) {
      throw new RangeError(name + " needs " + MIN_FACES + " to " + MAX_FACES + " weights, one per face.");
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
    // Grid numerators are products of weights over the product of the totals: keep them exact.
    if (total * total > Number.MAX_SAFE_INTEGER) {
      throw new RangeError(name + " weights are too large to keep the fractions exact.");
    }
    return total;
  }

  /** One die's probabilities from its integer weights; throws a RangeError naming the die. */
  function dieProbs(weights, name) {
    var total = checkWeights(weights, name);
    return weights.map(function (w) { return fraction(w, total); });
  }

  /**
   * Two dice from their integer weights (face f has weight weights[f - 1]), with
   * their joint grid and the distribution of their sum, all exact.
   *
   * Returns {x, y, grid, sum}: x and y are {start: 1, probs}; grid is {xs, ys, probs}
   * with probs[i][j] = P(X = xs[i]) P(Y = ys[j]); sum is {start: 2, probs} with
   * probs[z - 2] = P(X + Y = z), the sum of the anti-diagonal i + j = z.
   * Every prob is a fraction(). Throws a RangeError naming the die on bad weights.
   */
  function compute(xWeights, yWeights) {
    var tx = checkWeights(xWeights, "Die X");
    var ty = checkWeights(yWeights, "Die Y");
    var den = tx * ty;
    var sums = [];
    var grid = [];
    var i, j;
    for (i = 0; i < xWeights.length + yWeights.length - 1; i++) sums.push(0);
    for (i = 0; i < xWeights.length; i++) {
      var row = [];
      for (j = 0; j < yWeights.length; j++) {
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
      grid: { xs: range(1, xWeights.length), ys: range(1, yWeights.length), probs: grid },
      sum: { start: 2, probs: sums.map(function (s) { return fraction(s, den); }) }
    };
  }

  /** The integers lo, lo + 1, ..., hi. */
  function range(lo, hi) {
    var out = [];
    for (var v = lo; v <= hi; v++) out.push(v);
    return out;
  }

  /** Weights 1, 1, ..., 1: a fair die with n faces. */
  function fairWeights(n) {
    return range(1, n).map(function () { return 1; });
  }

  /** The faces (i, total - i) of an anti-diagonal, i increasing, for dice with nx and ny faces. */
  function pairsOf(total, nx, ny) {
    var pairs = [];
    for (var i = 1; i <= nx; i++) {
      var j = total - i;
      if (j >= 1 && j <= ny) pairs.push([i, j]);
    }
    return pairs;
  }

  /** Comma-separated integer weights from an attribute, or the fallback when they are not valid. */
  function parseWeights(text, fallback) {
    if (!text) return fallback.slice();
    var w = text.split(",").map(function (s) { return Number(s.trim()); });
    try {
      checkWeights(w, "");
      return w;
    } catch (err) {
      return fallback.slice();
    }
  }

  // ---------------------------------------------------------------- number formats

  /** A probability as a short decimal: "0", exact when it has at most four places, else three places. */
  function decimal(p) {
    if (p.num === 0) return { text: "0", exact: true };
    for (var d = 2; d <= 4; d++) {
      var text = p.value.toFixed(d);
      if (Math.abs(Number(text) - p.value) < 1e-12) return { text: text, exact: true };
    }
    return { text: p.value.toFixed(3), exact: false };
  }

  /** "= 0.085" when exact, "≈ 0.143" when rounded, "" when the decimal would repeat the fraction (0, 1). */
  function equalsDecimal(p) {
    var d = decimal(p);
    if (d.text === p.text) return "";
    return (d.exact ? "= " : "\u2248 ") + d.text;
  }

  /** "17/200 = 0.085", "1/7 ≈ 0.143", or "0": a probability exactly, then as a decimal when that adds something. */
  function exactAndDecimal(p) {
    var tail = equalsDecimal(p);
    return tail ? p.text + " " + tail : p.text;
  }

  /**
   * Probabilities written with one number of decimal places: the fewest (from minPlaces, default
   * two, up to four) that write every one of them exactly, else three. Returns {texts, exact}.
   */
  function alignedDecimals(ps, minPlaces) {
    for (var d = minPlaces || 2; d <= 4; d++) {
      var texts = ps.map(function (p) { return p.value.toFixed(d); });
      var ok = ps.every(function (p, k) { return Math.abs(Number(texts[k]) - p.value) < 1e-12; });
      if (ok) return { texts: texts, exact: true };
    }
    return { texts: ps.map(function (p) { return p.value.toFixed(3); }), exact: false };
  }

  /** A number's text with a true minus sign (U+2212) in place of a leading hyphen. */
  function minus(text) {
    return text.charAt(0) === "-" ? "\u2212" + text.slice(1) : text;
  }

  /** A grid cell's label: four places when that makes it exact (0.0375), else three. */
  function cellText(p) {
    if (p.num === 0) return "0";
    var four = p.value.toFixed(4);
    var exactInFour = Math.abs(Number(four) - p.value) < 1e-12 && four.charAt(four.length - 1) !== "0";
    return exactInFour ? four : p.value.toFixed(3);
  }

  // ---------------------------------------------------------------- DOM and SVG

  function setAttrs(node, attrs) {
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
  }

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

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  var uid = 0;

  /** A unique id prefix for one widget instance. */
  function nextId(prefix) {
    uid += 1;
    return prefix + "-" + uid;
  }

  /**
   * An SVG that screen readers announce by its title and by a description kept current
   * by the widget. Returns {svg, desc}.
   */
  function chartSvg(id, role, width, height, title) {
    var svg = svgEl("svg", {
      viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-labelledby": id + "-title", "aria-describedby": id + "-desc", "data-role": role
    });
    svg.appendChild(svgEl("title", { id: id + "-title" }, title));
    var desc = svgEl("desc", { id: id + "-desc" });
    svg.appendChild(desc);
    return { svg: svg, desc: desc };
  }

  /**
   * A labelled button; onClick runs on click and on Enter or Space, as for any button. A button
   * that cannot act is marked aria-disabled rather than disabled, so that it keeps the focus
   * of a keyboard user who has just pressed it (see setEnabled).
   */
  function button(text, action, onClick) {
    var b = el("button", { type: "button", class: "md-button pc-button", "data-action": action }, text);
    b.addEventListener("click", function (event) {
      if (b.getAttribute("aria-disabled") !== "true") onClick(event);
    });
    return b;
  }

  function setEnabled(b, on) {
    b.setAttribute("aria-disabled", on ? "false" : "true");
  }

  /** A labelled select of integer options lo..hi; onChange gets the chosen number. */
  function numberSelect(id, labelText, lo, hi, value, onChange) {
    var wrap = el("span", { class: "pc-field" });
    wrap.appendChild(el("label", { for: id }, labelText));
    var select = el("select", { id: id });
    range(lo, hi).forEach(function (v) { select.appendChild(el("option", { value: String(v) }, String(v))); });
    select.value = String(value);
    select.addEventListener("change", function () { onChange(Number(select.value)); });
    wrap.appendChild(select);
    return { wrap: wrap, select: select };
  }

  // ---------------------------------------------------------------- announcements

  /**
   * A polite live region. say() speaks after a pause, so that dragging a slider does not
   * flood a screen reader; set() replaces the text at once (on load, or for a change of scale).
   */
  function Announcer(delayMs) {
    this.delay = delayMs === undefined ? 500 : delayMs;
    this.node = el("p", { class: "pc-sr-only", role: "status", "aria-live": "polite", "data-role": "live" });
    this.timer = null;
  }

  Announcer.prototype.set = function (text) {
    clearTimeout(this.timer);
    this.node.textContent = text;
  };

  Announcer.prototype.say = function (text) {
    var node = this.node;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { node.textContent = text; }, this.delay);
  };

  // ---------------------------------------------------------------- the probability scale

  /** The smallest step of the ladder that holds maxP. */
  function fitScale(maxP) {
    for (var k = 0; k < SCALE_LADDER.length; k++) {
      if (maxP <= SCALE_LADDER[k] + 1e-12) return SCALE_LADDER[k];
    }
    return SCALE_LADDER[SCALE_LADDER.length - 1];
  }

  /** The step to show next: the current one while every bar fits it, else the smallest that holds them. */
  function keepOrGrow(current, maxP) {
    return maxP <= current + 1e-12 ? current : fitScale(maxP);
  }

  // ---------------------------------------------------------------- bar chart

  /**
   * Bars over consecutive integers on a fixed probability scale, drawn in an SVG.
   *
   * options: {id, role, title, width, height, axisLabel, valueLabel, format(p), onPick(value)}. draw(state)
   * takes {start, probs (fractions or null for an empty slot), scale, highlight,
   * reference (floats, optional), shown (how many bars from the left are drawn solid;
   * the rest are empty slots), labelAll}. Bars carry data-value, data-p (exact) and
   * data-pf (float) so that tests read what is drawn.
   */
  function BarChart(options) {
    this.o = options;
    this.W = options.width || 480;
    this.H = options.height || 270;
    this.m = { left: 50, right: 10, top: options.valueLabel ? 40 : 18, bottom: options.axisLabel ? 46 : 28 };
    var chart = chartSvg(options.id, options.role, this.W, this.H, options.title);
    this.svg = chart.svg;
    this.desc = chart.desc;
    this.svg.classList.add("pc-bars");
    this.axis = svgEl("g", { class: "pc-bars__axis", "data-role": "axis" });
    this.refs = svgEl("path", { class: "pc-bars__reference", "data-role": "reference", d: "" });
    this.layer = svgEl("g", { class: "pc-bars__bars" });
    var base = this.H - this.m.bottom;
    this.svg.appendChild(this.axis);
    this.svg.appendChild(this.layer);
    this.svg.appendChild(this.refs);
    this.svg.appendChild(svgEl("line", {
      x1: this.m.left, x2: this.W - this.m.right, y1: base, y2: base, class: "pc-bars__baseline"
    }));
    if (options.axisLabel) {
      this.svg.appendChild(svgEl("text", {
        x: (this.m.left + this.W - this.m.right) / 2, y: this.H - 6, "text-anchor": "middle", class: "pc-axis"
      }, options.axisLabel));
    }
    if (options.valueLabel) {
      // What a bar's height is, above the tick labels; a note about the scale may sit at the right.
      this.svg.appendChild(svgEl("text", { x: 4, y: 16, class: "pc-axis pc-bars__title" }, options.valueLabel));
      this.note = svgEl("text", {
        x: this.W - this.m.right, y: 16, "text-anchor": "end", class: "pc-bars__note", "data-role": "scale-note"
      });
      this.svg.appendChild(this.note);
    }
    this.format = options.format || function (p) { return decimal(p).text; };
    this.bars = [];
    this.scale = null;
    this.count = -1;
  }

  BarChart.prototype.y = function (p) {
    var base = this.H - this.m.bottom;
    return base - (base - this.m.top) * p / this.scale;
  };

  BarChart.prototype.drawAxis = function (top) {
    clear(this.axis);
    this.scale = top;
    this.svg.setAttribute("data-scale", String(top));
    var step = TICK_STEP[top];
    var n = Math.round(top / step);
    for (var k = 0; k <= n; k++) {
      var p = k * step;
      var y = this.y(p);
      this.axis.appendChild(svgEl("line", {
        x1: this.m.left, x2: this.W - this.m.right, y1: y, y2: y, class: k ? "pc-bars__grid" : "pc-bars__zero"
      }));
      var label = svgEl("text", {
        x: this.m.left - 6, y: y + 5, "text-anchor": "end", class: "pc-bars__tick", "data-tick": p.toFixed(2)
      }, p.toFixed(2));
      this.axis.appendChild(label);
    }
  };

  BarChart.prototype.layout = function (count, start) {
    var self = this;
    clear(this.layer);
    this.bars = [];
    this.count = count;
    this.start = start;
    this.slot = (this.W - this.m.left - this.m.right) / count;
    // Label every value when there is room, else every second or fifth (and always the highlighted one).
    this.every = [1, 2, 5, 10].filter(function (k) { return self.slot * k >= 26; })[0];
    var base = this.H - this.m.bottom;
    for (var k = 0; k < count; k++) {
      var value = start + k;
      var cx = this.m.left + (k + 0.5) * this.slot;
      var g = svgEl("g", { class: "pc-bar", "data-value": String(value) });
      g.appendChild(svgEl("rect", {
        x: cx - this.slot * 0.36, width: this.slot * 0.72, y: base, height: 0, class: "pc-bar__box"
      }));
      g.appendChild(svgEl("text", { x: cx, y: base - 6, "text-anchor": "middle", class: "pc-bar__value" }));
      g.appendChild(svgEl("text", { x: cx, y: base + 22, "text-anchor": "middle", class: "pc-bar__label" }, String(value)));
      g.appendChild(svgEl("title", {}));
      if (this.o.onPick) {
        g.addEventListener("click", (function (v) { return function () { self.o.onPick(v); }; })(value));
      }
      this.layer.appendChild(g);
      this.bars.push(g);
    }
  };

  BarChart.prototype.draw = function (state) {
    var probs = state.probs;
    if (probs.length !== this.count || state.start !== this.start) this.layout(probs.length, state.start);
    if (state.scale !== this.scale) this.drawAxis(state.scale);
    var shown = state.shown === undefined ? probs.length : state.shown;
    var base = this.H - this.m.bottom;
    for (var k = 0; k < this.bars.length; k++) {
      var g = this.bars[k];
      var value = this.start + k;
      var p = k < shown ? probs[k] : null;
      var h = p ? base - this.y(p.value) : 0;
      var rect = g.childNodes[0];
      rect.setAttribute("y", String(base - h));
      rect.setAttribute("height", String(h));
      var on = value === state.highlight;
      g.classList.toggle("pc-bar--on", on);
      g.classList.toggle("pc-bar--empty", !p);
      g.setAttribute("data-p", p ? p.text : "");
      g.setAttribute("data-pf", p ? String(p.value) : "");
      g.setAttribute("data-height", String(h));
      var text = g.childNodes[1];
      // Only the highlighted bar carries its value (forty labels would collide on a phone), above
      // the bar or the reference outline, whichever is higher, and inside the plot.
      var top = Math.min(base - h, state.reference ? this.y(state.reference[k]) : base);
      text.setAttribute("y", String(Math.max(top - 7, this.m.top + 2)));
      var x = this.m.left + (k + 0.5) * this.slot;
      text.setAttribute("x", String(Math.min(Math.max(x, this.m.left + 24), this.W - this.m.right - 24)));
      text.textContent = p && on ? this.format(p) : "";
      var label = g.childNodes[2];
      label.classList.toggle("pc-bar__label--on", on);
      // A highlighted value between two labelled ones is written in their place, not over them.
      var minor = value % this.every !== 0;
      var crowded = state.highlight % this.every !== 0 && Math.abs(value - state.highlight) * this.slot < 30;
      label.classList.toggle("pc-bar__label--minor", on ? false : minor || crowded);
      g.lastChild.textContent = p ? "P = " + p.text + " \u2248 " + p.value.toFixed(4) + " at " + value : "";
    }
    this.drawReference(state.reference);
  };

  // The reference distribution as one outline of steps over the bars' slots.
  BarChart.prototype.drawReference = function (ref) {
    if (!ref) {
      this.refs.setAttribute("d", "");
      return;
    }
    var d = "";
    for (var k = 0; k < ref.length; k++) {
      var x0 = this.m.left + k * this.slot + this.slot * 0.14;
      var x1 = x0 + this.slot * 0.72;
      var y = this.y(ref[k]);
      d += "M" + x0.toFixed(1) + " " + y.toFixed(1) + "H" + x1.toFixed(1);
    }
    this.refs.setAttribute("d", d);
  };

  // ---------------------------------------------------------------- joint grid

  /**
   * The joint grid of two dice, X across and Y up, (1, 1) at the bottom left, one
   * anti-diagonal highlighted. Cells are shaded by probability; they show their value
   * and the faces their marginal probabilities when they are large enough to read.
   *
   * options: {id, title, size (the grid's side in viewBox units), onPick(total), small}.
   * draw(result, total) takes compute()'s result (or null when the weights are invalid).
   */
  function GridChart(options) {
    this.o = options;
    this.side = options.size || 360;
    this.m = options.small ? { left: 28, top: 6, bottom: 30, right: 6 } : { left: 80, top: 32, bottom: 70, right: 8 };
    this.nx = this.ny = 0;
    var chart = chartSvg(options.id, "grid", this.m.left + this.side + this.m.right, 10, options.title);
    this.svg = chart.svg;
    this.desc = chart.desc;
    this.svg.classList.add("pc-grid");
    this.layer = svgEl("g", {});
    this.svg.appendChild(this.layer);
  }

  GridChart.prototype.layout = function (nx, ny) {
    var self = this;
    var m = this.m;
    clear(this.layer);
    this.nx = nx;
    this.ny = ny;
    var cell = this.side / Math.max(nx, ny, 6);
    this.cell = cell;
    var height = m.top + ny * cell + m.bottom;
    var width = m.left + nx * cell + m.right;
    this.svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    // Every grid is drawn at the scale of the square one, so that a d2 by d6 grid is narrow, not huge.
    this.svg.style.width = (100 * width / (m.left + this.side + m.right)).toFixed(2) + "%";
    this.showText = !this.o.small && cell >= 50;
    // Every face while there is room, else 1, 5, 10, 15, 20.
    var labelled = function (f) { return Math.max(nx, ny) <= 10 || f === 1 || f % 5 === 0; };
    var below = m.top + ny * cell;
    var f;
    this.xHeads = [];
    this.yHeads = [];
    if (!this.o.small) {
      // Name the axes where they are: X under its columns, Y above its rows.
      this.xName = svgEl("text", { x: m.left + nx * cell / 2, y: below + 62, class: "pc-axis", "text-anchor": "middle" });
      this.yName = svgEl("text", { x: 2, y: m.top - 10, class: "pc-axis" });
      this.layer.appendChild(this.xName);
      this.layer.appendChild(this.yName);
    }
    var faceY = below + (this.o.small ? 20 : 22);
    for (f = 1; f <= nx; f++) {
      var cx = m.left + (f - 0.5) * cell;
      if (labelled(f)) {
        this.layer.appendChild(svgEl("text", { x: cx, y: faceY, class: "pc-face pc-face--x", "text-anchor": "middle" }, String(f)));
      }
      var hx = svgEl("text", { x: cx, y: below + 40, class: "pc-marginal", "text-anchor": "middle" });
      this.xHeads.push(hx);
      if (this.showText) this.layer.appendChild(hx);
    }
    for (f = 1; f <= ny; f++) {
      var cy = m.top + (ny - f + 0.5) * cell;
      if (labelled(f)) {
        this.layer.appendChild(svgEl("text", { x: this.o.small || !this.showText ? m.left - 14 : 12, y: cy + 6, class: "pc-face pc-face--y", "text-anchor": "middle" }, String(f)));
      }
      var hy = svgEl("text", { x: m.left - 6, y: cy + 6, class: "pc-marginal", "text-anchor": "end" });
      this.yHeads.push(hy);
      if (this.showText) this.layer.appendChild(hy);
    }
    this.cells = [];
    for (var i = 0; i < nx; i++) {
      var column = [];
      for (var j = 0; j < ny; j++) {
        var g = svgEl("g", { class: "pc-cell", "data-x": String(i + 1), "data-y": String(j + 1), "data-total": String(i + j + 2) });
        var x0 = m.left + i * cell;
        var y0 = m.top + (ny - 1 - j) * cell;
        var pad = Math.min(1.5, cell * 0.06);
        g.appendChild(svgEl("rect", { x: x0 + pad, y: y0 + pad, width: cell - 2 * pad, height: cell - 2 * pad, rx: Math.min(4, cell / 8), class: "pc-cell__box" }));
        g.appendChild(svgEl("text", { x: x0 + cell / 2, y: y0 + cell / 2 + 6, "text-anchor": "middle", class: "pc-cell__text" }));
        g.appendChild(svgEl("title", {}));
        if (this.o.onPick) {
          g.addEventListener("click", (function (total) { return function () { self.o.onPick(total); }; })(i + j + 2));
        }
        this.layer.appendChild(g);
        column.push(g);
      }
      this.cells.push(column);
    }
  };

  GridChart.prototype.draw = function (result, total, nx, ny) {
    if (nx !== this.nx || ny !== this.ny) this.layout(nx, ny);
    var maxP = 0;
    var i, j;
    if (result) result.grid.probs.forEach(function (col) { col.forEach(function (p) { maxP = Math.max(maxP, p.value); }); });
    if (this.xName) {
      var named = result && this.showText;
      this.xName.textContent = named ? "X = i, P(X = i) under it" : "X across";
      this.yName.textContent = named ? "Y = j, P(Y = j) beside it" : "Y up";
    }
    for (i = 0; i < nx; i++) this.xHeads[i].textContent = result ? decimal(result.x.probs[i]).text : "";
    for (j = 0; j < ny; j++) this.yHeads[j].textContent = result ? decimal(result.y.probs[j]).text : "";
    for (i = 0; i < nx; i++) {
      for (j = 0; j < ny; j++) {
        var g = this.cells[i][j];
        var p = result ? result.grid.probs[i][j] : null;
        g.classList.toggle("pc-cell--on", i + j + 2 === total);
        g.setAttribute("data-p", p ? p.text : "");
        g.setAttribute("data-pf", p ? String(p.value) : "");
        // Shade by probability relative to the largest cell, so that the pattern shows for any weights.
        g.firstChild.style.fillOpacity = p && maxP > 0 ? (0.06 + 0.5 * p.value / maxP).toFixed(3) : "0";
        var label = g.childNodes[1];
        label.textContent = p && this.showText ? cellText(p) : "";
        label.classList.toggle("pc-cell__text--long", label.textContent.length > 5);
        g.lastChild.textContent = p
          ? "X = " + (i + 1) + ", Y = " + (j + 1) + ": " + result.x.probs[i].text + " \u00d7 " + result.y.probs[j].text + " = " + p.text + " \u2248 " + p.value.toFixed(4)
          : "";
      }
    }
  };

  // ---------------------------------------------------------------- start-up

  /**
   * Start one widget per element matching selector, once each, on load and on each of
   * Material's page changes; returns the live list of instances.
   */
  function mount(selector, Widget) {
    var instances = [];
    function initAll() {
      var roots = document.querySelectorAll(selector);
      for (var i = 0; i < roots.length; i++) {
        var root = roots[i];
        // DOMContentLoaded and Material's document$ can both fire for one page.
        if (root.getAttribute("data-pc-ready") === "1") continue;
        root.setAttribute("data-pc-ready", "1");
        instances.push(new Widget(root));
      }
      // Drop widgets whose page was replaced by instant navigation.
      for (var k = instances.length - 1; k >= 0; k--) {
        if (!document.body.contains(instances[k].root)) instances.splice(k, 1);
      }
    }
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", initAll);
    } else {
      initAll();
    }
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(initAll);
    }
    return { instances: instances, init: initAll };
  }

  /** A sticky stage may take at most this share of the screen's height; taller, it scrolls with the page. */
  var STICKY_SHARE = 0.55;

  /**
   * Keep the CSS variable --pc-stage-height on root equal to the height of stage, so that controls
   * scrolled into view by the keyboard stop below a sticky stage, not under it; and let the stage
   * stick (class pc-stage--sticky on root) only while it leaves most of the screen to the controls.
   */
  function trackStageHeight(root, stage) {
    function update() {
      var h = Math.ceil(stage.getBoundingClientRect().height);
      var sticky = h <= STICKY_SHARE * window.innerHeight;
      root.classList.toggle("pc-stage--sticky", sticky);
      root.style.setProperty("--pc-stage-height", (sticky ? h : 0) + "px");
    }
    // A ResizeObserver reports the stage's first size once the page is laid out for its next frame;
    // measured here instead, while the page is still being built, the whole page would be laid out
    // an extra time inside the widgets' start.
    if (window.ResizeObserver) new ResizeObserver(update).observe(stage);
    else update();
    window.addEventListener("resize", update);
  }

  window.probconvWidgets = {
    MIN_FACES: MIN_FACES,
    MAX_FACES: MAX_FACES,
    SCALE_LADDER: SCALE_LADDER.slice(),
    gcd: gcd,
    fraction: fraction,
    checkWeights: checkWeights,
    compute: compute,
    dieProbs: dieProbs,
    range: range,
    fairWeights: fairWeights,
    pairsOf: pairsOf,
    parseWeights: parseWeights,
    decimal: decimal,
    equalsDecimal: equalsDecimal,
    exactAndDecimal: exactAndDecimal,
    alignedDecimals: alignedDecimals,
    cellText: cellText,
    minus: minus,
    el: el,
    svgEl: svgEl,
    setAttrs: setAttrs,
    clear: clear,
    nextId: nextId,
    chartSvg: chartSvg,
    button: button,
    setEnabled: setEnabled,
    numberSelect: numberSelect,
    Announcer: Announcer,
    fitScale: fitScale,
    keepOrGrow: keepOrGrow,
    BarChart: BarChart,
    GridChart: GridChart,
    mount: mount,
    trackStageHeight: trackStageHeight
  };
})();
