/*
 * probconv continuous explorer (built from the shared helpers in widgets.js).
 *
 * Every element marked [data-pc-continuous] becomes an explorer. The reader picks the
 * densities of X and Y from five families, each with one parameter, and drags the
 * total z. Three pictures move together:
 * - the joint density f_X(x) f_Y(y) as a heat map, x across and y up at equal aspect,
 *   crossed by the line x + y = z;
 * - the slice x -> f_X(x) f_Y(z - x), the joint density along that line, with its area shaded;
 * - the density of X + Y, traced point by point as z moves, its value at z marked: it is
 *   the area of the slice.
 *
 * The numbers are computed as probconv's Density computes them: both densities are sampled
 * at the midpoints of cells of width DX, and the density of the sum is the discrete
 * convolution of the samples times DX. probconv_site.continuous_vectors writes the same
 * numbers from the library, and the browser tests compare. For tests,
 * window.probconvContinuous exposes the families, the grid and the instances.
 */
(function () {
  "use strict";

  var W = window.probconvWidgets;
  var el = W.el;
  var svgEl = W.svgEl;

  /** The cell width; every edge and every slider step below is a whole number of cells. */
  var DX = 0.025;
  /** The plane shows x and y over VIEW; the slice is drawn over the same x. */
  var VIEW = [-3, 5];
  /** The slider moves z over Z_RANGE in steps of Z_STEP. */
  var Z_RANGE = [-4, 9];
  var Z_STEP = 0.05;
  /** The exponential is cut where its tail holds TAIL, as probconv's Density.exponential does. */
  var TAIL = 1e-12;
  /** The spread of each bump of the two-bump mixture. */
  var BUMP_SD = 0.25;
  /** The figures' sequential colour map (matplotlib's cividis), at nine evenly spaced stops. */
  var CIVIDIS = ["#00224e", "#1a386f", "#434e6c", "#61656f", "#7d7c78", "#9b9476", "#bcae6c", "#dec958", "#fee838"];
  /** A sweep crosses the whole range of z in this many milliseconds. */
  var SWEEP_MS = 6000;
  /** The slider's positions: z = Z_RANGE[0] + n Z_STEP for n = 0..STEPS. */
  var STEPS = Math.round((Z_RANGE[1] - Z_RANGE[0]) / Z_STEP);
  /** Below this, a slice is drawn on this scale: flat, as its printed area, not blown up to full height. */
  var SLICE_FLOOR = 0.001;
  /** A touch that moves this many pixels sideways, more than up or down, drags z; else the page scrolls. */
  var TOUCH_SLOP = 8;

  function normalPdf(x, mu, sd) {
    var t = (x - mu) / sd;
    return Math.exp(-0.5 * t * t) / (sd * Math.sqrt(2 * Math.PI));
  }

  /** n cells of width DX from lo: the support [lo, lo + n DX] as whole cells. */
  function cells(lo, hi) {
    return [Math.round(lo / DX), Math.round(hi / DX)];
  }

  /**
   * The menu. Each family has one parameter, from lo to hi in steps of step; support(v) gives the
   * first and the last-plus-one cell that can hold mass, pdf(v) the density.
   */
  var FAMILIES = [
    {
      name: "uniform", label: "Uniform", parameter: "b", symbol: "b", paramLabel: "Width b",
      lo: 0.5, hi: 3, step: 0.1, value: 1,
      support: function (b) { return cells(0, b); },
      pdf: function (b) { return function () { return 1 / b; }; },
      caption: function (b) { return "flat on [0, " + b.toFixed(1) + "]"; },
      describe: function (b) { return "uniform on [0, " + b.toFixed(1) + "]"; }
    },
    {
      name: "exponential", label: "Exponential", parameter: "lambda", symbol: "\u03bb", paramLabel: "Rate \u03bb",
      lo: 0.5, hi: 3, step: 0.1, value: 1,
      // Whole cells up to where the tail is TAIL (a hair more, against rounding).
      support: function (lam) { return [0, Math.ceil(-Math.log(TAIL) / lam / DX - 1e-9)]; },
      pdf: function (lam) { return function (x) { return lam * Math.exp(-lam * x); }; },
      caption: function (lam) {
        var mean = 1 / lam;
        return "mean 1/\u03bb " + (Math.abs(Number(mean.toFixed(2)) - mean) < 1e-9 ? "= " : "\u2248 ") + mean.toFixed(2);
      },
      describe: function (lam) { return "exponential with rate " + lam.toFixed(1); }
    },
    {
      name: "normal", label: "Normal", parameter: "sigma", symbol: "\u03c3", paramLabel: "Spread \u03c3",
      lo: 0.3, hi: 1.5, step: 0.1, value: 1,
      support: function (sd) { return cells(-8 * sd, 8 * sd); },
      pdf: function (sd) { return function (x) { return normalPdf(x, 0, sd); }; },
      caption: function (sd) { return "mean 0, standard deviation " + sd.toFixed(1); },
      describe: function (sd) { return "normal with mean 0 and standard deviation " + sd.toFixed(1); }
    },
    {
      name: "triangular", label: "Triangle", parameter: "c", symbol: "c", paramLabel: "Peak at c",
      lo: 0, hi: 2, step: 0.1, value: 1,
      support: function () { return cells(0, 2); },
      pdf: function (c) {
        return function (x) { return x < c ? x / c : (2 - x) / (2 - c); };
      },
      caption: function (c) { return "on [0, 2], highest at " + c.toFixed(1); },
      describe: function (c) { return "triangular on [0, 2] with its peak at " + c.toFixed(1); }
    },
    {
      name: "two_bumps", label: "Two bumps", parameter: "s", symbol: "s", paramLabel: "Gap s",
      lo: 0.5, hi: 3, step: 0.1, value: 2,
      support: function (s) { return cells(-8 * BUMP_SD, s + 8 * BUMP_SD); },
      pdf: function (s) { return function (x) { return 0.5 * normalPdf(x, 0, BUMP_SD) + 0.5 * normalPdf(x, s, BUMP_SD); }; },
      caption: function (s) { return "half at 0, half at " + s.toFixed(1); },
      describe: function (s) { return "a half-and-half mixture of a bump at 0 and a bump at " + s.toFixed(1) + ", each normal with spread " + BUMP_SD; }
    }
  ];

  function family(name) {
    var f = FAMILIES.filter(function (fam) { return fam.name === name; })[0];
    if (!f) throw new RangeError("unknown density family " + name + ".");
    return f;
  }

  /** The parameter as the slider holds it: a multiple of the step, written with one decimal. */
  function snap(f, v) {
    var k = Math.round((v - f.lo) / f.step);
    return Number((f.lo + Math.max(0, Math.min(k, Math.round((f.hi - f.lo) / f.step))) * f.step).toFixed(1));
  }

  /**
   * The density's samples at the midpoints (i + 1/2) DX of the cells i = start, start + 1, ...:
   * {start, values, max}.
   */
  function sample(f, v) {
    var ends = f.support(v);
    var pdf = f.pdf(v);
    var values = new Float64Array(ends[1] - ends[0]);
    var max = 0;
    for (var m = 0; m < values.length; m++) {
      values[m] = pdf((ends[0] + m + 0.5) * DX);
      if (values[m] > max) max = values[m];
    }
    return { start: ends[0], values: values, max: max };
  }

  /** The sample of cell i, 0 outside the support. */
  function at(d, i) {
    var m = i - d.start;
    return m >= 0 && m < d.values.length ? d.values[m] : 0;
  }

  /** The cell index k whose total (k + 1) DX is z: the sum of the midpoints of cells i and k - i. */
  function totalIndex(z) {
    return Math.round(z / DX) - 1;
  }

  /**
   * The density of X + Y at the totals (k + 1) DX for the k of Z_RANGE: sum over i of f[i] g[k - i] DX,
   * the discrete convolution of the samples times DX, as probconv's Density adds. Returns {start, values, max}.
   */
  function sumDensity(f, g) {
    var k0 = totalIndex(Z_RANGE[0]);
    var k1 = totalIndex(Z_RANGE[1]);
    var values = new Float64Array(k1 - k0 + 1);
    var max = 0;
    var fEnd = f.start + f.values.length;
    var gEnd = g.start + g.values.length;
    for (var k = k0; k <= k1; k++) {
      // Only the i with both i and k - i on their grids contribute.
      var lo = Math.max(f.start, k - gEnd + 1);
      var hi = Math.min(fEnd - 1, k - g.start);
      var s = 0;
      for (var i = lo; i <= hi; i++) s += f.values[i - f.start] * g.values[k - i - g.start];
      values[k - k0] = s * DX;
      if (values[k - k0] > max) max = values[k - k0];
    }
    return { start: k0, values: values, max: max };
  }

  /** Round numbers for the top of an axis, times a power of ten: FINE for the sum, which holds
   * still, COARSE for the slice and the small drawings, whose scale follows what they show. */
  var FINE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  var COARSE = [1, 2, 5, 10];

  /** The smallest of steps (times a power of ten) at or above v. */
  function ceilTo(v, steps) {
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    for (var n = 0; n < steps.length; n++) if (v <= steps[n] * p * (1 + 1e-9)) return steps[n] * p;
    return 10 * p;
  }

  /** A hex colour of the colour map at t in [0, 1], as [r, g, b]. */
  function cividis(t) {
    var u = Math.max(0, Math.min(1, t)) * (CIVIDIS.length - 1);
    var n = Math.min(Math.floor(u), CIVIDIS.length - 2);
    var w = u - n;
    var a = CIVIDIS[n];
    var b = CIVIDIS[n + 1];
    return [1, 3, 5].map(function (o) {
      var ca = parseInt(a.substr(o, 2), 16);
      var cb = parseInt(b.substr(o, 2), 16);
      return Math.round(ca + (cb - ca) * w);
    });
  }

  /** A total: two decimals, and a true minus sign. */
  var fixed2 = function (v) { return W.minus(v.toFixed(2)); };
  /** A density: "0" where it is exactly 0 (off the support), else three decimals. */
  var fixed3 = function (v) { return v === 0 ? "0" : v.toFixed(3); };

  /** A tick label on a value axis: "0", or the value with at most three significant digits. */
  function tickText(y) {
    return y ? String(Number(y.toPrecision(3))) : "0";
  }

  /** An SVG text with subscripts: parts are strings, or one-element arrays for a subscript. */
  function subText(attrs, parts) {
    var t = svgEl("text", attrs);
    parts.forEach(function (part) {
      if (typeof part === "string") {
        t.appendChild(svgEl("tspan", {}, part));
      } else {
        t.appendChild(svgEl("tspan", { class: "pc-sub", dy: "0.3em" }, part[0]));
        // The text after a subscript returns to the baseline.
        t.appendChild(svgEl("tspan", { dy: "-0.3em" }, ""));
      }
    });
    return t;
  }

  /** The same with HTML <sub>. */
  function subHtml(tag, attrs, parts) {
    var node = el(tag, attrs);
    parts.forEach(function (part) {
      node.appendChild(typeof part === "string" ? document.createTextNode(part) : el("sub", {}, part[0]));
    });
    return node;
  }

  // ---------------------------------------------------------------- chart frames

  /**
   * A plot area in an SVG: data x in [x0, x1] to [left, left + width], data y in [0, top] (or [y0, y1])
   * to [bottom, bottom - height]. ticks() draws the axes.
   */
  function Frame(box, xr, yr) {
    this.box = box;
    this.xr = xr;
    this.yr = yr;
  }

  Frame.prototype.px = function (x) {
    return this.box.left + (x - this.xr[0]) / (this.xr[1] - this.xr[0]) * this.box.width;
  };

  Frame.prototype.py = function (y) {
    return this.box.top + this.box.height - (y - this.yr[0]) / (this.yr[1] - this.yr[0]) * this.box.height;
  };

  /** Tick labels and gridlines into layer g: x ticks at xs, y ticks at ys (format fy). */
  Frame.prototype.ticks = function (g, xs, ys, fy, grid) {
    var self = this;
    var b = this.box;
    xs.forEach(function (x) {
      var px = self.px(x);
      g.appendChild(svgEl("line", { x1: px, x2: px, y1: b.top + b.height, y2: b.top + b.height + 5, class: "pc-cont__tick" }));
      g.appendChild(svgEl("text", { x: px, y: b.top + b.height + 21, "text-anchor": "middle", class: "pc-axis" }, W.minus(String(x))));
    });
    ys.forEach(function (y) {
      var py = self.py(y);
      if (grid) g.appendChild(svgEl("line", { x1: b.left, x2: b.left + b.width, y1: py, y2: py, class: y ? "pc-bars__grid" : "pc-bars__zero" }));
      g.appendChild(svgEl("text", { x: b.left - 6, y: py + 5, "text-anchor": "end", class: "pc-axis" }, W.minus(fy(y))));
    });
  };

  /** The path through (x, y(x)) for the cells i0..i1 of a sampled curve, in frame coordinates. */
  function curvePath(frame, i0, i1, xOf, yOf) {
    var d = "";
    for (var i = i0; i <= i1; i++) {
      d += (i === i0 ? "M" : "L") + frame.px(xOf(i)).toFixed(2) + " " + frame.py(yOf(i)).toFixed(2);
    }
    return d;
  }

  /** A plot box as "left top width height", for tests that turn drawn positions back into numbers. */
  function plotBox(b) {
    return [b.left, b.top, b.width, b.height].join(" ");
  }

  // Geometry in viewBox units: the plane and the slice share their left margin and plot width,
  // so that in the wide layout x lines up between them.
  var PLANE = { w: 300, h: 320, box: { left: 44, top: 28, width: 246, height: 246 } };
  var SLICE = { w: 300, h: 138, box: { left: 44, top: 30, width: 246, height: 76 } };
  var SUM = { w: 300, h: 168, box: { left: 44, top: 30, width: 246, height: 106 } };
  var TICKS = [-2, 0, 2, 4];
  var Z_TICKS = [-4, -2, 0, 2, 4, 6, 8];

  // ---------------------------------------------------------------- the explorer

  function Explorer(root) {
    this.root = root;
    this.id = W.nextId("pc-continuous");
    var parse = function (attr, fallback) {
      var parts = (root.getAttribute(attr) || "").split(":");
      try {
        var f = family(parts[0]);
        return { family: f.name, value: snap(f, parts.length > 1 ? Number(parts[1]) : f.value) };
      } catch (err) {
        return fallback;
      }
    };
    this.choice = {
      x: parse("data-x", { family: "normal", value: 1 }),
      y: parse("data-y", { family: "exponential", value: 1 })
    };
    this.z = this.snapZ(Number(root.getAttribute("data-z") || 1.5));
    this.build();
    this.recompute(true);
  }

  Explorer.prototype.snapZ = function (z) {
    if (!isFinite(z)) z = 0;
    var n = Math.round((z - Z_RANGE[0]) / Z_STEP);
    n = Math.max(0, Math.min(n, STEPS));
    return Number((Z_RANGE[0] + n * Z_STEP).toFixed(2));
  };

  Explorer.prototype.build = function () {
    var root = this.root;
    W.clear(root);
    root.classList.add("pc-continuous", "pc-widget");
    var controls = el("div", { class: "pc-cont__controls" });
    this.vars = {};
    controls.appendChild(this.buildVariable("x", "X"));
    controls.appendChild(this.buildVariable("y", "Y"));
    root.appendChild(controls);

    var stage = el("div", { class: "pc-cont__stage" });
    stage.appendChild(this.buildZ());
    stage.appendChild(this.buildPlane());
    stage.appendChild(this.buildReadout());
    stage.appendChild(this.buildSlice());
    stage.appendChild(this.buildSum());
    var actions = el("div", { class: "pc-cont__actions" });
    var self = this;
    this.sweepButton = W.button("Sweep z across", "sweep", function () { self.toggleSweep(); });
    this.clearButton = W.button("Clear the trace", "clear", function () { self.clearTrace(); });
    actions.appendChild(this.sweepButton);
    actions.appendChild(this.clearButton);
    stage.appendChild(actions);
    root.appendChild(stage);
    this.announcer = new W.Announcer(500);
    root.appendChild(this.announcer.node);
  };

  /** The menu, the parameter slider and a small drawing of one variable's density. */
  Explorer.prototype.buildVariable = function (v, name) {
    var self = this;
    var box = el("fieldset", { class: "pc-cont__var pc-panel pc-panel--" + v, "data-var": v });
    box.appendChild(el("legend", {}, name));
    var selectId = this.id + "-" + v + "-family";
    var select = el("select", { id: selectId, "data-role": "family", "data-var": v });
    FAMILIES.forEach(function (f) { select.appendChild(el("option", { value: f.name }, f.label)); });
    select.addEventListener("change", function () {
      var f = family(select.value);
      self.setDensity(v, f.name, f.value);
    });
    var familyField = el("span", { class: "pc-field pc-cont__family" });
    // Both panels say "Density"; the hidden words tell a screen reader which variable it is.
    var familyLabel = el("label", { for: selectId }, "Density");
    familyLabel.appendChild(el("span", { class: "pc-sr-only" }, " of " + name));
    familyField.appendChild(familyLabel);
    familyField.appendChild(select);
    box.appendChild(familyField);

    var paramId = this.id + "-" + v + "-param";
    var paramField = el("span", { class: "pc-field pc-cont__param" });
    var label = el("label", { for: paramId });
    var slider = el("input", { id: paramId, type: "range", "data-role": "param", "data-var": v });
    var out = el("output", { for: paramId, "aria-hidden": "true", class: "pc-cont__param-value" });
    slider.addEventListener("input", function () {
      self.setDensity(v, self.choice[v].family, Number(slider.value));
    });
    paramField.appendChild(label);
    paramField.appendChild(slider);
    paramField.appendChild(out);
    box.appendChild(paramField);

    var spark = W.chartSvg(this.id + "-" + v + "-spark", "spark", 300, 64, "Density of " + name);
    spark.svg.classList.add("pc-cont__spark");
    var sparkPath = svgEl("path", { class: "pc-cont__spark-line" });
    spark.svg.appendChild(svgEl("line", { x1: 0, x2: 300, y1: 60, y2: 60, class: "pc-bars__baseline" }));
    spark.svg.appendChild(svgEl("line", { x1: 0, x2: 300, y1: 4, y2: 4, class: "pc-bars__grid" }));
    // The value at the top line, so that a tall narrow density and a low wide one do not look alike.
    var sparkTop = svgEl("text", { x: 0, y: 20, class: "pc-axis pc-cont__spark-top" });
    spark.svg.appendChild(sparkPath);
    spark.svg.appendChild(sparkTop);
    box.appendChild(spark.svg);
    var what = el("p", { class: "pc-cont__what", "data-role": "what", "aria-hidden": "true" });
    box.appendChild(what);
    this.vars[v] = { name: name, select: select, slider: slider, label: label, out: out, spark: spark, sparkPath: sparkPath, sparkTop: sparkTop, what: what };
    return box;
  };

  Explorer.prototype.buildZ = function () {
    var self = this;
    var row = el("div", { class: "pc-cont__z" });
    var zId = this.id + "-z";
    this.zSlider = el("input", {
      id: zId, type: "range", min: String(Z_RANGE[0]), max: String(Z_RANGE[1]), step: String(Z_STEP), "data-role": "z"
    });
    // While a pointer holds the slider, its moves are a drag; a key press or a click is a jump.
    var held = false;
    this.zSlider.addEventListener("pointerdown", function () { held = true; });
    ["pointerup", "pointercancel", "blur"].forEach(function (type) {
      self.zSlider.addEventListener(type, function () { held = false; });
    });
    this.zSlider.addEventListener("input", function () {
      self.stopSweep();
      self.setZ(Number(self.zSlider.value), held);
    });
    row.appendChild(el("label", { for: zId }, "Total z"));
    row.appendChild(this.zSlider);
    this.zOut = el("output", { for: zId, "aria-hidden": "true", class: "pc-cont__z-value" });
    row.appendChild(this.zOut);
    return row;
  };

  /**
   * Pointing at a picture sets z to what the picture shows under the pointer: a mouse at once, a
   * finger only once it taps or moves sideways, so that a vertical swipe scrolls the page and
   * leaves z alone.
   */
  Explorer.prototype.dragToZ = function (svg, zAt) {
    var self = this;
    var dragging = false;
    var touch = null;
    function move(event) {
      var r = svg.getBoundingClientRect();
      var vb = svg.viewBox.baseVal;
      var ux = vb.x + (event.clientX - r.left) / r.width * vb.width;
      var uy = vb.y + (event.clientY - r.top) / r.height * vb.height;
      self.stopSweep();
      self.setZ(zAt(ux, uy), dragging);
    }
    svg.addEventListener("pointerdown", function (event) {
      if (event.pointerType === "touch") {
        touch = { x: event.clientX, y: event.clientY, id: event.pointerId };
        return;
      }
      // The press itself is a jump; the moves that follow while the button is down are a drag.
      move(event);
      dragging = true;
      if (svg.setPointerCapture) svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener("pointermove", function (event) {
      if (touch && !dragging) {
        var dx = Math.abs(event.clientX - touch.x);
        if (dx > TOUCH_SLOP && dx > Math.abs(event.clientY - touch.y)) dragging = true;
      }
      if (dragging) move(event);
    });
    svg.addEventListener("pointerup", function (event) {
      // A tap: a touch that ended where it began.
      if (touch && !dragging && Math.abs(event.clientX - touch.x) <= TOUCH_SLOP && Math.abs(event.clientY - touch.y) <= TOUCH_SLOP) move(event);
      dragging = false;
      touch = null;
    });
    svg.addEventListener("pointercancel", function () {
      dragging = false;
      touch = null;
    });
  };

  Explorer.prototype.buildPlane = function () {
    var self = this;
    var chart = W.chartSvg(this.id + "-plane", "plane", PLANE.w, PLANE.h, "The joint density of X and Y, crossed by the line x + y = z");
    this.plane = chart;
    var svg = chart.svg;
    svg.classList.add("pc-cont__plane");
    var f = new Frame(PLANE.box, VIEW, VIEW);
    this.planeFrame = f;
    var b = PLANE.box;
    this.heat = svgEl("image", {
      x: b.left, y: b.top, width: b.width, height: b.height, preserveAspectRatio: "none", class: "pc-cont__heat"
    });
    svg.appendChild(this.heat);
    var clipId = this.id + "-plane-clip";
    var clip = svgEl("clipPath", { id: clipId });
    clip.appendChild(svgEl("rect", { x: b.left, y: b.top, width: b.width, height: b.height }));
    svg.appendChild(clip);
    var axes = svgEl("g", {});
    f.ticks(axes, TICKS, TICKS, String, false);
    // y's ticks on the plane are points of y, not heights: the same marks as x.
    TICKS.forEach(function (y) {
      axes.appendChild(svgEl("line", { x1: b.left - 5, x2: b.left, y1: f.py(y), y2: f.py(y), class: "pc-cont__tick" }));
    });
    // The axis name after the last tick label, past the plot's right edge, so that it never reads as "4x".
    axes.appendChild(svgEl("text", { x: b.left + b.width + 4, y: b.top + b.height + 21, class: "pc-axis pc-cont__axis-name" }, "x"));
    axes.appendChild(svgEl("text", { x: b.left - 6, y: b.top + 12, "text-anchor": "end", class: "pc-axis pc-cont__axis-name" }, "y"));
    axes.appendChild(svgEl("rect", { x: b.left, y: b.top, width: b.width, height: b.height, class: "pc-cont__frame" }));
    svg.appendChild(axes);
    var lines = svgEl("g", { "clip-path": "url(#" + clipId + ")" });
    this.lineHalo = svgEl("line", { class: "pc-cont__line-halo" });
    this.line = svgEl("line", { class: "pc-cont__line", "data-role": "line" });
    lines.appendChild(this.lineHalo);
    lines.appendChild(this.line);
    svg.appendChild(lines);
    // The line's equation above the plane, in the line's colour, where no density hides it.
    this.lineLabel = svgEl("text", { x: b.left + b.width, y: b.top - 8, "text-anchor": "end", class: "pc-cont__line-label" });
    svg.appendChild(this.lineLabel);
    this.dragToZ(svg, function (ux, uy) {
      var x = VIEW[0] + (ux - b.left) / b.width * (VIEW[1] - VIEW[0]);
      var y = VIEW[0] + (b.top + b.height - uy) / b.height * (VIEW[1] - VIEW[0]);
      return self.snapZ(x + y);
    });
    svg.setAttribute("data-plot", plotBox(b));
    var box = el("div", { class: "pc-cont__plane-box" });
    box.appendChild(svg);
    return box;
  };

  Explorer.prototype.buildReadout = function () {
    this.readout = el("div", { class: "pc-cont__readout", "data-role": "readout" });
    return this.readout;
  };

  Explorer.prototype.buildSlice = function () {
    var chart = W.chartSvg(this.id + "-slice", "slice", SLICE.w, SLICE.h, "The slice: the joint density along the line, against x");
    this.slice = chart;
    var svg = chart.svg;
    svg.classList.add("pc-cont__slice");
    this.sliceAxes = svgEl("g", {});
    svg.appendChild(this.sliceAxes);
    this.sliceArea = svgEl("path", { class: "pc-cont__area", "data-role": "area" });
    this.sliceCurve = svgEl("path", { class: "pc-cont__slice-line", "data-role": "product" });
    svg.appendChild(this.sliceArea);
    svg.appendChild(this.sliceCurve);
    svg.appendChild(subText({ x: 4, y: 13, class: "pc-axis pc-cont__title" }, ["f", ["X"], "(x) f", ["Y"], "(z \u2212 x)"]));
    this.areaLabel = svgEl("text", { x: SLICE.w - 4, y: 13, "text-anchor": "end", class: "pc-cont__area-label", "data-role": "area-label" });
    svg.appendChild(this.areaLabel);
    svg.appendChild(svgEl("text", { x: SLICE.box.left + SLICE.box.width + 4, y: SLICE.box.top + SLICE.box.height + 21, class: "pc-axis pc-cont__axis-name" }, "x"));
    // Where the slice goes on past the chart's edge, an arrow says so.
    this.moreLeft = svgEl("text", { x: SLICE.box.left + 4, y: SLICE.box.top + SLICE.box.height - 8, class: "pc-cont__more", "data-role": "more-left" });
    this.moreRight = svgEl("text", { x: SLICE.box.left + SLICE.box.width - 4, y: SLICE.box.top + SLICE.box.height - 8, "text-anchor": "end", class: "pc-cont__more", "data-role": "more-right" });
    svg.appendChild(this.moreLeft);
    svg.appendChild(this.moreRight);
    var box = el("div", { class: "pc-cont__slice-box" });
    box.appendChild(svg);
    return box;
  };

  Explorer.prototype.buildSum = function () {
    var self = this;
    var chart = W.chartSvg(this.id + "-sum", "sum", SUM.w, SUM.h, "The density of X + Y, traced as z moves");
    this.sum = chart;
    var svg = chart.svg;
    svg.classList.add("pc-cont__sum");
    this.sumAxes = svgEl("g", {});
    svg.appendChild(this.sumAxes);
    this.trace = svgEl("path", { class: "pc-cont__trace", "data-role": "trace" });
    svg.appendChild(this.trace);
    this.drop = svgEl("line", { class: "pc-cont__drop" });
    svg.appendChild(this.drop);
    this.marker = svgEl("circle", { r: 5, class: "pc-cont__marker", "data-role": "marker" });
    svg.appendChild(this.marker);
    this.markerLabel = svgEl("text", { class: "pc-cont__marker-label", "data-role": "marker-label" });
    svg.appendChild(this.markerLabel);
    svg.appendChild(subText({ x: 4, y: 13, class: "pc-axis pc-cont__title" }, ["f", ["X+Y"], "(z), the density of X + Y"]));
    this.hint = svgEl("text", { y: SUM.box.top + SUM.box.height * 0.55, class: "pc-cont__hint" });
    svg.appendChild(this.hint);
    var b = SUM.box;
    this.dragToZ(svg, function (ux) {
      return self.snapZ(Z_RANGE[0] + (ux - b.left) / b.width * (Z_RANGE[1] - Z_RANGE[0]));
    });
    var box = el("div", { class: "pc-cont__sum-box" });
    box.appendChild(svg);
    return box;
  };

  /** Set one variable's density (a family name and its parameter) and recompute. */
  Explorer.prototype.setDensity = function (v, name, value) {
    var f = family(name);
    var val = Number(value);
    if (!isFinite(val) || val < f.lo - 1e-9 || val > f.hi + 1e-9) {
      throw new RangeError(f.paramLabel + " must be in [" + f.lo + ", " + f.hi + "], got " + value + ".");
    }
    this.stopSweep();
    this.choice[v] = { family: name, value: snap(f, val) };
    this.recompute(false);
  };

  Explorer.prototype.recompute = function (initial) {
    var self = this;
    var fx = family(this.choice.x.family);
    var fy = family(this.choice.y.family);
    this.fx = sample(fx, this.choice.x.value);
    this.fy = sample(fy, this.choice.y.value);
    this.total = sumDensity(this.fx, this.fy);
    // The sum keeps one scale while z moves: its own peak. The slice's scale follows the slice
    // (see update), so that its shape shows at every z.
    this.sumTop = ceilTo(this.total.max, FINE);
    this.sliceTop = null;
    ["x", "y"].forEach(function (v) { self.drawVariable(v); });
    this.drawHeat();
    this.drawAxes();
    this.visited = new Uint8Array(STEPS + 1);
    this.visited[this.step()] = 1;
    this.root.setAttribute("data-x", this.choice.x.family + ":" + this.choice.x.value);
    this.root.setAttribute("data-y", this.choice.y.family + ":" + this.choice.y.value);
    this.update(initial ? "initial" : "density");
  };

  Explorer.prototype.drawVariable = function (v) {
    var c = this.choice[v];
    var f = family(c.family);
    var parts = this.vars[v];
    var d = v === "x" ? this.fx : this.fy;
    parts.select.value = c.family;
    parts.slider.min = String(f.lo);
    parts.slider.max = String(f.hi);
    parts.slider.step = String(f.step);
    parts.slider.value = String(c.value);
    parts.slider.setAttribute("aria-valuetext", f.symbol + " = " + c.value.toFixed(1));
    parts.label.textContent = f.paramLabel;
    parts.label.appendChild(el("span", { class: "pc-sr-only" }, " of " + parts.name));
    parts.out.textContent = c.value.toFixed(1);
    // The density over the plane's range, on a scale of 1, 2 or 5 (times a power of ten) that holds it.
    var top = ceilTo(d.max, COARSE);
    var frame = new Frame({ left: 0, top: 4, width: 300, height: 56 }, VIEW, [0, top]);
    parts.sparkTop.textContent = tickText(top);
    var i0 = Math.round(VIEW[0] / DX);
    var i1 = Math.round(VIEW[1] / DX) - 1;
    parts.sparkPath.setAttribute("d", curvePath(frame, i0, i1, function (i) { return (i + 0.5) * DX; }, function (i) { return at(d, i); }));
    parts.what.textContent = f.caption(c.value);
    parts.spark.desc.textContent = parts.name + " is " + f.describe(c.value) + "; its density drawn from x = " + VIEW[0] + " to " + VIEW[1] + ".";
  };

  /** The joint density f(x) g(y) over the plane, one pixel per pair of cells, on the colour map. */
  Explorer.prototype.drawHeat = function () {
    var n = Math.round((VIEW[1] - VIEW[0]) / DX);
    var i0 = Math.round(VIEW[0] / DX);
    var canvas = document.createElement("canvas");
    canvas.width = n;
    canvas.height = n;
    var ctx = canvas.getContext("2d");
    var img = ctx.createImageData(n, n);
    var top = this.fx.max * this.fy.max;
    var fx = new Float64Array(n);
    var fy = new Float64Array(n);
    var lut = [];
    var q;
    for (q = 0; q < 256; q++) lut.push(cividis(q / 255));
    for (q = 0; q < n; q++) {
      fx[q] = at(this.fx, i0 + q);
      fy[q] = at(this.fy, i0 + q);
    }
    for (var row = 0; row < n; row++) {
      // Row 0 is the top of the picture: the largest y.
      var gy = fy[n - 1 - row];
      for (var col = 0; col < n; col++) {
        var c = lut[Math.round(255 * fx[col] * gy / top)];
        var o = 4 * (row * n + col);
        img.data[o] = c[0];
        img.data[o + 1] = c[1];
        img.data[o + 2] = c[2];
        img.data[o + 3] = 255;
      }
    }
    ctx.putImageData(img, 0, 0);
    this.heat.setAttribute("href", canvas.toDataURL("image/png"));
  };

  /** The slice's axes on the scale top (redrawn only when the scale changes). */
  Explorer.prototype.drawSliceAxes = function (top) {
    if (top === this.sliceTop) return;
    this.sliceTop = top;
    W.clear(this.sliceAxes);
    this.sliceFrame = new Frame(SLICE.box, VIEW, [0, top]);
    // Two labels only: the scale's top can be as small as SLICE_FLOOR, and a third label would not fit the margin.
    this.sliceFrame.ticks(this.sliceAxes, TICKS, [0, top], tickText, true);
    this.slice.svg.setAttribute("data-scale", String(top));
    this.slice.svg.setAttribute("data-plot", plotBox(SLICE.box));
  };

  Explorer.prototype.drawAxes = function () {
    W.clear(this.sumAxes);
    this.sumFrame = new Frame(SUM.box, Z_RANGE, [0, this.sumTop]);
    var sumTop = this.sumTop;
    this.sumFrame.ticks(this.sumAxes, Z_TICKS, [0, sumTop / 2, sumTop], tickText, true);
    this.sumAxes.appendChild(svgEl("text", { x: SUM.box.left + SUM.box.width, y: SUM.h - 2, "text-anchor": "end", class: "pc-axis pc-cont__axis-name" }, "z"));
    this.sum.svg.setAttribute("data-scale", String(sumTop));
    this.sum.svg.setAttribute("data-plot", plotBox(SUM.box));
  };

  /** The slider position n of the current z. */
  Explorer.prototype.step = function () {
    return Math.round((this.z - Z_RANGE[0]) / Z_STEP);
  };

  /**
   * Move the total to z (snapped to the slider's steps) and trace it. A drag (a pointer held down
   * while it moves) also traces the totals it passed over, however fast; a jump (a click, a tap,
   * Home, End, Page Up) leaves a gap, except a single step of the arrow keys.
   */
  Explorer.prototype.setZ = function (z, drag) {
    var zz = this.snapZ(z);
    if (zz === this.z) return;
    var from = this.step();
    this.z = zz;
    var to = this.step();
    if (drag || Math.abs(to - from) === 1) {
      for (var n = Math.min(from, to); n <= Math.max(from, to); n++) this.visited[n] = 1;
    }
    this.visited[to] = 1;
    this.update("z");
  };

  Explorer.prototype.clearTrace = function () {
    this.stopSweep();
    this.visited = new Uint8Array(STEPS + 1);
    this.visited[this.step()] = 1;
    this.update("clear");
  };

  /** The traced totals as runs [first step, last step] of consecutive slider positions. */
  Explorer.prototype.runs = function () {
    var runs = [];
    for (var n = 0; n <= STEPS; n++) {
      if (!this.visited[n]) continue;
      if (runs.length && runs[runs.length - 1][1] === n - 1) runs[runs.length - 1][1] = n;
      else runs.push([n, n]);
    }
    return runs;
  };

  /**
   * Sweep z once around the whole range, from where it is to the right end, then from the left end
   * back to where it was, tracing as it goes. With reduced motion, trace the whole curve at once.
   */
  Explorer.prototype.toggleSweep = function () {
    var self = this;
    if (this.sweeping) {
      this.stopSweep();
      this.update("stopped");
      return;
    }
    if (window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
      this.visited.fill(1);
      this.update("sweep-done");
      return;
    }
    this.sweeping = true;
    this.sweepButton.textContent = "Stop the sweep";
    this.root.setAttribute("data-sweeping", "true");
    var start = null;
    var first = this.step();
    var done = 0;
    var positions = STEPS + 1;
    function frame(time) {
      if (!self.sweeping) return;
      if (start === null) start = time;
      var t = Math.min(1, (time - start) / SWEEP_MS);
      // Every position passed since the last frame is traced, also across the wrap from the right end to the left.
      var goal = Math.round(t * positions);
      for (; done < goal; done++) self.visited[(first + done + 1) % positions] = 1;
      self.z = Number((Z_RANGE[0] + ((first + done) % positions) * Z_STEP).toFixed(2));
      if (t < 1) {
        self.update("z");
        self.raf = window.requestAnimationFrame(frame);
      } else {
        self.stopSweep();
        self.update("sweep-done");
      }
    }
    this.raf = window.requestAnimationFrame(frame);
  };

  Explorer.prototype.stopSweep = function () {
    if (!this.sweeping) return;
    this.sweeping = false;
    window.cancelAnimationFrame(this.raf);
    this.sweepButton.textContent = "Sweep z across";
    this.root.removeAttribute("data-sweeping");
  };

  /** The parts of the slice's area left and right of the chart: [x < VIEW[0], x > VIEW[1]]. */
  Explorer.prototype.beyondChart = function () {
    var k = totalIndex(this.z);
    var f = this.fx;
    var i0 = Math.round(VIEW[0] / DX);
    var i1 = Math.round(VIEW[1] / DX);
    var left = 0;
    var right = 0;
    for (var m = 0; m < f.values.length; m++) {
      var i = f.start + m;
      if (i < i0) left += f.values[m] * at(this.fy, k - i);
      else if (i >= i1) right += f.values[m] * at(this.fy, k - i);
    }
    return [left * DX, right * DX];
  };

  /** The slice at the current z over the plane's x: f[i] g[k - i] for the plane's cells i. */
  Explorer.prototype.product = function () {
    var k = totalIndex(this.z);
    var i0 = Math.round(VIEW[0] / DX);
    var n = Math.round((VIEW[1] - VIEW[0]) / DX);
    var out = new Float64Array(n);
    for (var q = 0; q < n; q++) out[q] = at(this.fx, i0 + q) * at(this.fy, k - i0 - q);
    return out;
  };

  Explorer.prototype.update = function (why) {
    var z = this.z;
    var k = totalIndex(z);
    var value = this.total.values[k - this.total.start];
    var fx = family(this.choice.x.family);
    var fy = family(this.choice.y.family);
    var pf = this.planeFrame;

    // The line x + y = z across the plane (clipped to it).
    var xa = Math.max(VIEW[0], z - VIEW[1]);
    var xb = Math.min(VIEW[1], z - VIEW[0]);
    [this.line, this.lineHalo].forEach(function (line) {
      W.setAttrs(line, { x1: pf.px(xa), y1: pf.py(z - xa), x2: pf.px(xb), y2: pf.py(z - xb) });
    });
    this.lineLabel.textContent = "x + y = " + fixed2(z);

    // The slice and its area, on a scale that fits it; arrows where it goes on past the chart.
    var prod = this.product();
    var i0 = Math.round(VIEW[0] / DX);
    var peak = 0;
    for (var q = 0; q < prod.length; q++) if (prod[q] > peak) peak = prod[q];
    this.drawSliceAxes(Math.max(SLICE_FLOOR, peak > 0 ? ceilTo(peak, COARSE) : 0));
    var sf = this.sliceFrame;
    var xOf = function (q) { return (i0 + q + 0.5) * DX; };
    var yOf = function (q) { return prod[q]; };
    var curve = curvePath(sf, 0, prod.length - 1, xOf, yOf);
    this.sliceCurve.setAttribute("d", curve);
    var base = sf.py(0).toFixed(2);
    this.sliceArea.setAttribute("d", curve + "L" + sf.px(xOf(prod.length - 1)).toFixed(2) + " " + base + "L" + sf.px(xOf(0)).toFixed(2) + " " + base + "Z");
    var beyond = this.beyondChart();
    var share = function (part) { return value > 0 && part > 0.005 * value ? Math.max(1, Math.round(100 * part / value)) : 0; };
    var left = share(beyond[0]);
    var right = share(beyond[1]);
    this.moreLeft.textContent = left ? "\u2190 " + left + "%" : "";
    this.moreRight.textContent = right ? right + "% \u2192" : "";
    this.areaLabel.textContent = "area = " + fixed3(value);
    this.slice.svg.setAttribute("data-area", String(value));

    // The density of X + Y: traced over the totals visited, marked at z.
    var s = this.total;
    var zf = this.sumFrame;
    var zOf = function (kk) { return (kk + 1) * DX; };
    var vOf = function (kk) { return s.values[kk - s.start]; };
    var zAt = function (n) { return Z_RANGE[0] + n * Z_STEP; };
    var runs = this.runs();
    var d = "";
    var visitedSteps = 0;
    runs.forEach(function (run) {
      var ka = totalIndex(zAt(run[0]));
      var kb = totalIndex(zAt(run[1]));
      // A lone total is a dot: a zero-length line with round ends.
      d += kb > ka ? curvePath(zf, ka, kb, zOf, vOf) : "M" + zf.px(zOf(ka)).toFixed(2) + " " + zf.py(vOf(ka)).toFixed(2) + "h0";
      visitedSteps += run[1] - run[0] + 1;
    });
    this.trace.setAttribute("d", d);
    var mx = zf.px(z);
    var my = zf.py(value);
    W.setAttrs(this.marker, { cx: mx.toFixed(2), cy: my.toFixed(2), "data-value": String(value) });
    W.setAttrs(this.drop, { x1: mx.toFixed(2), x2: mx.toFixed(2), y1: my.toFixed(2), y2: zf.py(0).toFixed(2) });
    var onRight = mx > SUM.box.left + SUM.box.width * 0.62;
    W.setAttrs(this.markerLabel, {
      x: (onRight ? mx - 9 : mx + 9).toFixed(2), y: Math.max(SUM.box.top + 12, my - 8).toFixed(2), "text-anchor": onRight ? "end" : "start"
    });
    this.markerLabel.textContent = fixed3(value);
    // Until the reader has traced a little, the empty chart says what it is for, on the side away
    // from the marker and its dashed line.
    this.hint.textContent = visitedSteps === 1 ? "drag z to trace" : "";
    W.setAttrs(this.hint, mx > SUM.box.left + SUM.box.width / 2
      ? { x: SUM.box.left + 8, "text-anchor": "start" }
      : { x: SUM.box.left + SUM.box.width - 4, "text-anchor": "end" });

    // Readout, slider, data for tests, descriptions, announcement.
    var zText = fixed2(z);
    W.clear(this.readout);
    this.readout.appendChild(el("p", { class: "pc-cont__readout-z" }, "z = " + zText));
    var line = subHtml("p", { class: "pc-cont__readout-value", "data-role": "value" }, ["f", ["X+Y"], "(" + zText + ") = " + fixed3(value)]);
    this.readout.appendChild(line);
    this.readout.appendChild(subHtml("p", { class: "pc-cont__readout-how" }, [
      "= the area under f", ["X"], "(x) f", ["Y"], "(" + zText + " \u2212 x)"
    ]));
    this.zSlider.value = String(z);
    this.zSlider.setAttribute("aria-valuetext", "z = " + zText + ", density of X + Y " + fixed3(value));
    this.zOut.textContent = zText;
    this.root.setAttribute("data-z", z.toFixed(2));
    this.root.setAttribute("data-density", String(value));
    this.root.setAttribute("data-trace", runs.map(function (r) { return zAt(r[0]).toFixed(2) + ":" + zAt(r[1]).toFixed(2); }).join(","));

    var xDesc = fx.describe(this.choice.x.value);
    var yDesc = fy.describe(this.choice.y.value);
    this.plane.desc.textContent = "Heat map of the joint density fX(x) fY(y) for X " + xDesc + " and Y " + yDesc +
      ", x across and y up from " + VIEW[0] + " to " + VIEW[1] + ", brighter where the joint density is larger; the line x + y = " + zText + " crosses it.";
    this.slice.desc.textContent = "The joint density along the line x + y = " + zText + ", against x from " + VIEW[0] + " to " + VIEW[1] +
      "; its whole area is " + fixed3(value) + (left || right ? ", of which " + (left + right) + "% lies beyond the chart" : "") + ".";
    var traced = runs.map(function (r) { return r[0] === r[1] ? fixed2(zAt(r[0])) : fixed2(zAt(r[0])) + " to " + fixed2(zAt(r[1])); }).join(", ");
    this.sum.desc.textContent = "The density of X + Y, traced at z = " + traced + "; at z = " + zText + " it is " + fixed3(value) + ". Its peak is " + fixed3(s.max) + ".";
    var text = "z = " + zText + ": the density of X + Y is " + fixed3(value) + ".";
    if (why === "initial") this.announcer.set(text);
    else if (why === "sweep-done") this.announcer.set("The whole curve is traced; its peak is " + fixed3(s.max) + ". " + text);
    else if (why === "stopped") this.announcer.set("Sweep stopped. " + text);
    else if (why === "density") this.announcer.say("X is " + xDesc + ", Y is " + yDesc + ". " + text);
    else if (!this.sweeping) this.announcer.say(text);
  };

  /** What the explorer shows now, as numbers: for the browser tests. */
  Explorer.prototype.snapshot = function () {
    var s = this.total;
    var i0 = Math.round(VIEW[0] / DX);
    var n = Math.round((VIEW[1] - VIEW[0]) / DX);
    var fx = [];
    var fy = [];
    for (var q = 0; q < n; q++) {
      fx.push(at(this.fx, i0 + q));
      fy.push(at(this.fy, i0 + q));
    }
    return {
      x: this.choice.x, y: this.choice.y, z: this.z,
      density: s.values[totalIndex(this.z) - s.start],
      sum: { z0: (s.start + 1) * DX, dz: DX, values: Array.prototype.slice.call(s.values) },
      xs: fx.map(function (_, q) { return (i0 + q + 0.5) * DX; }),
      fx: fx, fy: fy,
      product: Array.prototype.slice.call(this.product()),
      sliceTop: this.sliceTop, sumTop: this.sumTop
    };
  };

  var mounted = W.mount("[data-pc-continuous]", Explorer);

  window.probconvContinuous = {
    DX: DX,
    VIEW: VIEW.slice(),
    Z_RANGE: Z_RANGE.slice(),
    Z_STEP: Z_STEP,
    families: FAMILIES.map(function (f) {
      return { name: f.name, parameter: f.parameter, lo: f.lo, hi: f.hi, step: f.step, default: f.value };
    }),
    instances: mounted.instances,
    init: mounted.init
  };
})();
