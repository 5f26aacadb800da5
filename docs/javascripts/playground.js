/*
 * probconv kernel playground (built from the shared helpers in widgets.js).
 *
 * Every element marked [data-pc-playground] becomes a playground: a small image (its
 * pixels are in the element's data-image attribute, rows separated by ";"), an editable
 * 3 x 3 kernel with presets, and the output of the true convolution (or, at a toggle, the
 * correlation that CNN layers compute), in "same" mode with the padding the reader picks.
 * Outputs are drawn as an image when none is negative, else on a diverging scale centred
 * at 0; nothing is clamped. One output pixel is pinned (by click, touch or the arrow keys):
 * its nine products pixel x weight and their sum are written out, and the kernel, turned
 * for a convolution, is drawn over the input patch it multiplies.
 *
 * The numbers are what probconv's convolve2d / correlate2d give with mode="same" and the
 * same boundary; probconv_site.playground_vectors writes them and the browser tests compare.
 * For tests, window.probconvPlayground exposes the presets, the boundaries and the instances.
 */
(function () {
  "use strict";

  var W = window.probconvWidgets;
  var el = W.el;
  var svgEl = W.svgEl;

  /** What the sum reads beyond the border: probconv's boundary= choices. */
  var BOUNDARIES = [
    { name: "fill", label: "zeros (fill)" },
    { name: "reflect", label: "mirror image (reflect)" },
    { name: "nearest", label: "edge pixel repeated (nearest)" },
    { name: "wrap", label: "image repeated (wrap)" }
  ];

  /** The presets, each weight as the reader would type it. */
  var PRESETS = [
    { name: "identity", label: "Identity", k: [["0", "0", "0"], ["0", "1", "0"], ["0", "0", "0"]] },
    { name: "box", label: "Box blur", k: [["1/9", "1/9", "1/9"], ["1/9", "1/9", "1/9"], ["1/9", "1/9", "1/9"]] },
    { name: "gaussian", label: "Gaussian blur", k: [["1/16", "1/8", "1/16"], ["1/8", "1/4", "1/8"], ["1/16", "1/8", "1/16"]] },
    { name: "sharpen", label: "Sharpen", k: [["0", "-1", "0"], ["-1", "5", "-1"], ["0", "-1", "0"]] },
    { name: "sobel", label: "Sobel (x)", k: [["1", "0", "-1"], ["2", "0", "-2"], ["1", "0", "-1"]] },
    { name: "shift", label: "Shift by 1 (right, by convolution)", k: [["0", "0", "0"], ["0", "0", "1"], ["0", "0", "0"]] },
    { name: "echo", label: "Echo: 1 here, 0.5 down-right", k: [["0", "0", "0"], ["0", "1", "0"], ["0", "0", "0.5"]] }
  ];

  var CELL = 24; // viewBox units per pixel of the image
  var DIVERGING = [[33, 102, 172], [247, 247, 247], [178, 24, 43]]; // blue, neutral, red (RdBu)

  /** A weight typed by the reader: a decimal or a fraction "a/b"; NaN when it is neither. */
  function parseWeight(text) {
    var t = String(text).trim().replace("\u2212", "-");
    var m = /^(-?\d*\.?\d+)(?:\/(\d*\.?\d+))?$/.exec(t);
    if (!m) return NaN;
    var v = Number(m[1]) / (m[2] === undefined ? 1 : Number(m[2]));
    return isFinite(v) ? v : NaN;
  }

  /** The pixels from a data-image attribute: rows split by ";", values by ",". */
  function parseImage(text) {
    return text.split(";").map(function (row) { return row.split(",").map(Number); });
  }

  /** The index that the sum reads for position i of a side of length n, as boundary says; -1 for a zero. */
  function reach(i, n, boundary) {
    if (i >= 0 && i < n) return i;
    if (boundary === "fill") return -1;
    if (boundary === "nearest") return i < 0 ? 0 : n - 1;
    if (boundary === "wrap") return ((i % n) + n) % n;
    // reflect, half-sample symmetric: c b a | a b c
    return i < 0 ? -i - 1 : 2 * n - i - 1;
  }

  /**
   * The three pixels by three weights that make output (m, n): for a convolution the pixel at
   * (m + 1 - i, n + 1 - j) meets weight k[i][j]; for a correlation the pixel at (m - 1 + i, n - 1 + j).
   * Returns [{row, col, pixel, weight}] in the order of the input patch (top left first).
   */
  function terms(img, k, m, n, boundary, correlate) {
    var rows = img.length;
    var cols = img[0].length;
    var out = [];
    for (var di = -1; di <= 1; di++) {
      for (var dj = -1; dj <= 1; dj++) {
        // The pixel at offset (di, dj) from the output meets the weight the operation pairs with it.
        var wi = correlate ? 1 + di : 1 - di;
        var wj = correlate ? 1 + dj : 1 - dj;
        var r = reach(m + di, rows, boundary);
        var c = reach(n + dj, cols, boundary);
        var pixel = r < 0 || c < 0 ? 0 : img[r][c];
        out.push({ row: m + di, col: n + dj, pixel: pixel, weight: k[wi][wj], wi: wi, wj: wj });
      }
    }
    return out;
  }

  /** The whole output, "same" size: out[m][n] = the sum of its nine products. */
  function output(img, k, boundary, correlate) {
    return img.map(function (row, m) {
      return row.map(function (_, n) {
        return terms(img, k, m, n, boundary, correlate).reduce(function (s, t) { return s + t.pixel * t.weight; }, 0);
      });
    });
  }

  /** A number written short: up to three decimals, a true minus sign, no "-0". */
  function short(v) {
    return W.minus(Math.abs(v) < 5e-13 ? "0" : String(Number(v.toFixed(3))));
  }

  function rgb(c) {
    return "rgb(" + c.map(Math.round).join(",") + ")";
  }

  function mixRgb(a, b, t) {
    return [0, 1, 2].map(function (i) { return a[i] + (b[i] - a[i]) * t; });
  }

  /** The colour of a value on the output's scale: grey from 0 (black) to top, or diverging about 0. */
  function shade(v, scale) {
    if (scale.signed) {
      var t = Math.max(-1, Math.min(1, v / scale.top));
      return rgb(t < 0 ? mixRgb(DIVERGING[1], DIVERGING[0], -t) : mixRgb(DIVERGING[1], DIVERGING[2], t));
    }
    var g = 255 * Math.max(0, Math.min(1, v / scale.top));
    return rgb([g, g, g]);
  }

  function Playground(root) {
    this.root = root;
    this.id = W.nextId("pc-playground");
    this.img = parseImage(root.getAttribute("data-image") || "0");
    this.rows = this.img.length;
    this.cols = this.img[0].length;
    this.boundary = "fill";
    this.correlate = false;
    this.pin = [2, 2];
    this.build();
    this.setPreset(root.getAttribute("data-preset") || "box", true);
  }

  Playground.prototype.build = function () {
    var self = this;
    var root = this.root;
    W.clear(root);
    root.classList.add("pc-playground", "pc-widget");

    var controls = el("div", { class: "pc-play__controls" });
    var presetId = this.id + "-preset";
    this.presetSelect = el("select", { id: presetId, "data-role": "preset" });
    PRESETS.forEach(function (p) { self.presetSelect.appendChild(el("option", { value: p.name }, p.label)); });
    this.presetSelect.appendChild(el("option", { value: "custom", disabled: "disabled" }, "Your own"));
    this.presetSelect.addEventListener("change", function () { self.setPreset(self.presetSelect.value, false); });
    var presetField = el("span", { class: "pc-field" });
    presetField.appendChild(el("label", { for: presetId }, "Kernel"));
    presetField.appendChild(this.presetSelect);
    controls.appendChild(presetField);

    var opId = this.id + "-op";
    this.opSelect = el("select", { id: opId, "data-role": "operation" });
    this.opSelect.appendChild(el("option", { value: "convolution" }, "convolution (kernel turned)"));
    this.opSelect.appendChild(el("option", { value: "correlation" }, "correlation (as CNN layers)"));
    this.opSelect.addEventListener("change", function () {
      self.correlate = self.opSelect.value === "correlation";
      self.update("operation");
    });
    var opField = el("span", { class: "pc-field" });
    opField.appendChild(el("label", { for: opId }, "Operation"));
    opField.appendChild(this.opSelect);
    controls.appendChild(opField);

    var padId = this.id + "-padding";
    this.padSelect = el("select", { id: padId, "data-role": "boundary" });
    BOUNDARIES.forEach(function (b) { self.padSelect.appendChild(el("option", { value: b.name }, b.label)); });
    this.padSelect.addEventListener("change", function () {
      self.boundary = self.padSelect.value;
      self.update("boundary");
    });
    var padField = el("span", { class: "pc-field" });
    padField.appendChild(el("label", { for: padId }, "Beyond the border"));
    padField.appendChild(this.padSelect);
    controls.appendChild(padField);
    root.appendChild(controls);

    // The kernel's nine weights, typed as decimals or fractions.
    var editor = el("fieldset", { class: "pc-play__kernel pc-panel pc-panel--x", "data-role": "kernel" });
    editor.appendChild(el("legend", {}, "Weights of the kernel k (decimals or fractions such as 1/9)"));
    var grid = el("div", { class: "pc-play__weights" });
    this.inputs = [];
    for (var i = 0; i < 3; i++) {
      var row = [];
      for (var j = 0; j < 3; j++) {
        var input = el("input", {
          type: "text", inputmode: "decimal", spellcheck: "false", autocomplete: "off", class: "pc-play__weight",
          "data-i": String(i), "data-j": String(j),
          "aria-label": "weight in row " + (i + 1) + ", column " + (j + 1) + (i === 1 && j === 1 ? " (the centre)" : "")
        });
        input.addEventListener("input", function () { self.readKernel(); });
        grid.appendChild(input);
        row.push(input);
      }
      this.inputs.push(row);
    }
    editor.appendChild(grid);
    this.kernelNote = el("p", { class: "pc-play__note", "data-role": "kernel-note", "aria-live": "polite" });
    editor.appendChild(this.kernelNote);
    root.appendChild(editor);

    var pictures = el("div", { class: "pc-play__pictures" });
    this.inputChart = this.buildGrid("input", "The input image, with the pinned patch");
    this.outputChart = this.buildGrid("output", "The output; arrow keys move the pinned pixel");
    pictures.appendChild(this.wrapChart(this.inputChart, "Input a"));
    var outBox = this.wrapChart(this.outputChart, "Output");
    this.scaleNote = el("p", { class: "pc-play__scale", "data-role": "scale" });
    outBox.appendChild(this.scaleNote);
    pictures.appendChild(outBox);
    root.appendChild(pictures);

    this.products = el("div", { class: "pc-play__products", "data-role": "products" });
    root.appendChild(this.products);
    this.announcer = new W.Announcer(400);
    root.appendChild(this.announcer.node);

    // The output picture takes the keyboard: arrow keys move the pin, Home and End go to the corners.
    var svg = this.outputChart.svg;
    svg.setAttribute("tabindex", "0");
    svg.setAttribute("aria-roledescription", "pixel picker");
    svg.addEventListener("keydown", function (event) {
      var moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
      if (moves[event.key]) {
        self.setPin(self.pin[0] + moves[event.key][0], self.pin[1] + moves[event.key][1]);
      } else if (event.key === "Home") {
        self.setPin(0, 0);
      } else if (event.key === "End") {
        self.setPin(self.rows - 1, self.cols - 1);
      } else {
        return;
      }
      event.preventDefault();
    });
  };

  Playground.prototype.wrapChart = function (chart, caption) {
    var box = el("figure", { class: "pc-play__chart" });
    box.appendChild(chart.svg);
    box.appendChild(el("figcaption", {}, caption));
    return box;
  };

  /** A grid of cells for the image or the output; clicking a cell pins it. */
  Playground.prototype.buildGrid = function (role, title) {
    var self = this;
    // One cell of margin all round: a patch that reaches over the border shows how far.
    var chart = W.chartSvg(this.id + "-" + role, role, (this.cols + 2) * CELL, (this.rows + 2) * CELL, title);
    var cells = [];
    var shift = "translate(" + CELL + " " + CELL + ")";
    var layer = svgEl("g", { transform: shift });
    for (var m = 0; m < this.rows; m++) {
      var row = [];
      for (var n = 0; n < this.cols; n++) {
        var rect = svgEl("rect", {
          x: n * CELL, y: m * CELL, width: CELL, height: CELL, class: "pc-play__cell", "data-row": String(m), "data-col": String(n)
        });
        rect.addEventListener("click", (function (mm, nn) { return function () { self.setPin(mm, nn); }; })(m, n));
        layer.appendChild(rect);
        row.push(rect);
      }
      cells.push(row);
    }
    chart.svg.appendChild(layer);
    layer.appendChild(svgEl("rect", { x: 0, y: 0, width: this.cols * CELL, height: this.rows * CELL, class: "pc-play__frame" }));
    var marks = svgEl("g", { transform: shift, class: "pc-play__marks" });
    chart.svg.appendChild(marks);
    return { svg: chart.svg, desc: chart.desc, cells: cells, marks: marks };
  };

  /** Fill the weights from a preset (a name from PRESETS) and redraw. */
  Playground.prototype.setPreset = function (name, initial) {
    var preset = PRESETS.filter(function (p) { return p.name === name; })[0];
    if (!preset) throw new RangeError("unknown kernel preset " + name + ".");
    for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++) this.inputs[i][j].value = preset.k[i][j];
    this.presetSelect.value = name;
    this.readKernel(initial ? "initial" : "preset", name);
  };

  /** Read the nine weights; with a bad one, say which and keep the last good kernel. */
  Playground.prototype.readKernel = function (why, presetName) {
    var k = [];
    var bad = [];
    for (var i = 0; i < 3; i++) {
      var row = [];
      for (var j = 0; j < 3; j++) {
        var v = parseWeight(this.inputs[i][j].value);
        this.inputs[i][j].setAttribute("aria-invalid", isNaN(v) ? "true" : "false");
        if (isNaN(v)) bad.push("row " + (i + 1) + ", column " + (j + 1));
        row.push(v);
      }
      k.push(row);
    }
    if (bad.length) {
      this.root.setAttribute("data-state", "error");
      this.kernelNote.textContent = "The weight in " + bad.join(" and in ") + " is not a number or a fraction such as 1/9; the pictures show the last kernel that was.";
      return;
    }
    this.root.setAttribute("data-state", "ok");
    this.k = k;
    // The weights as typed, kept with the kernel they gave: the products show what is in use.
    this.kText = this.inputs.map(function (row) { return row.map(function (input) { return input.value.trim(); }); });
    if (!presetName) this.presetSelect.value = "custom";
    this.root.setAttribute("data-preset", presetName || "custom");
    var sum = k.reduce(function (s, r) { return s + r[0] + r[1] + r[2]; }, 0);
    var negative = k.some(function (r) { return r.some(function (v) { return v < 0; }); });
    this.kernelNote.textContent = "The weights add up to " + short(sum) + (negative
      ? "; some are negative, so this kernel is no jitter, but a difference of jitters."
      : Math.abs(sum - 1) < 1e-12 ? ": a distribution, a random (or fixed) move of each grain of brightness." : ".");
    this.update(why || "kernel");
  };

  /** Pin the output pixel (m, n), kept inside the image. */
  Playground.prototype.setPin = function (m, n) {
    this.pin = [Math.max(0, Math.min(this.rows - 1, m)), Math.max(0, Math.min(this.cols - 1, n))];
    this.update("pin");
  };

  Playground.prototype.update = function (why) {
    var self = this;
    var k = this.k;
    var out = output(this.img, k, this.boundary, this.correlate);
    this.out = out;
    var lo = Infinity;
    var hi = -Infinity;
    out.forEach(function (row) { row.forEach(function (v) { lo = Math.min(lo, v); hi = Math.max(hi, v); }); });
    // An image while no output is negative (black 0 to white at the larger of 1 and the maximum);
    // else a diverging scale centred at 0 out to the largest size. Nothing is clamped.
    var signed = lo < -1e-12;
    var top = signed ? Math.max(Math.abs(lo), Math.abs(hi), 1e-12) : Math.max(1, hi);
    var scale = { signed: signed, top: top };
    var m;
    var n;
    for (m = 0; m < this.rows; m++) {
      for (n = 0; n < this.cols; n++) {
        var a = this.inputChart.cells[m][n];
        a.style.fill = shade(this.img[m][n], { signed: false, top: 1 });
        a.setAttribute("data-v", String(this.img[m][n]));
        var o = this.outputChart.cells[m][n];
        o.style.fill = shade(out[m][n], scale);
        o.setAttribute("data-v", String(out[m][n]));
      }
    }
    this.outputChart.svg.setAttribute("data-scale", (signed ? "signed:" : "image:") + top);
    this.scaleNote.textContent = signed
      ? "Blue below 0, red above, white at 0: from " + short(-top) + " to " + short(top) + "."
      : "Black at 0, white at " + short(top) + (top > 1 + 1e-9 ? " (above the input's 1)" : "") + ".";

    // The pinned pixel: its patch on the input with the weights that meet each pixel, and the output cell.
    var pm = this.pin[0];
    var pn = this.pin[1];
    var ts = terms(this.img, k, pm, pn, this.boundary, this.correlate);
    var total = ts.reduce(function (s, t) { return s + t.pixel * t.weight; }, 0);
    W.clear(this.inputChart.marks);
    W.clear(this.outputChart.marks);
    ts.forEach(function (t) {
      var x = t.col * CELL;
      var y = t.row * CELL;
      self.inputChart.marks.appendChild(svgEl("rect", { x: x + 1, y: y + 1, width: CELL - 2, height: CELL - 2, class: "pc-play__patch-cell" }));
      // The shorter of the weight as typed and as a decimal: "1/9" rather than "0.111".
      var typedLabel = W.minus(self.kText[t.wi][t.wj]);
      var label = typedLabel.length < short(t.weight).length ? typedLabel : short(t.weight);
      self.inputChart.marks.appendChild(svgEl("text", {
        x: x + CELL / 2, y: y + CELL / 2 + 4, "text-anchor": "middle",
        class: "pc-play__weight-mark" + (label.length > 3 ? " pc-play__weight-mark--long" : ""),
        "data-role": "overlay", "data-row": String(t.row), "data-col": String(t.col), "data-weight": String(t.weight)
      }, label));
    });
    var first = ts[0];
    this.inputChart.marks.appendChild(svgEl("rect", {
      x: first.col * CELL, y: first.row * CELL, width: 3 * CELL, height: 3 * CELL, class: "pc-play__patch", "data-role": "patch"
    }));
    // Black under white: the pin shows on every colour of either scale, in either theme.
    ["pc-play__pin-halo", "pc-play__pin"].forEach(function (cls) {
      self.outputChart.marks.appendChild(svgEl("rect", {
        x: pn * CELL, y: pm * CELL, width: CELL, height: CELL, class: cls, "data-role": cls === "pc-play__pin" ? "pin" : "pin-halo"
      }));
    });
    this.root.setAttribute("data-pin", pm + "," + pn);
    this.root.setAttribute("data-boundary", this.boundary);
    this.root.setAttribute("data-operation", this.correlate ? "correlation" : "convolution");
    this.drawProducts(ts, total);

    var opWord = this.correlate ? "correlation" : "convolution";
    this.inputChart.desc.textContent = "A " + this.rows + " by " + this.cols + " image, black 0 to white 1. The patch around row " + (pm + 1) +
      ", column " + (pn + 1) + " is outlined, each pixel marked with the weight that multiplies it" + (this.correlate ? "." : ": the kernel turned by 180 degrees.");
    this.outputChart.desc.textContent = "The " + opWord + " in same mode with " + this.boundary + " padding; " + this.scaleNote.textContent +
      " Pinned: row " + (pm + 1) + ", column " + (pn + 1) + ", value " + short(total) + ".";
    var text = "Row " + (pm + 1) + ", column " + (pn + 1) + ": the " + opWord + " is " + short(total) + ".";
    if (why === "initial") this.announcer.set(text);
    else this.announcer.say(text);
  };

  /** The nine products pixel x weight, laid out like the patch, and their sum. */
  Playground.prototype.drawProducts = function (ts, total) {
    var box = this.products;
    var kText = this.kText;
    // Each weight in use as the reader typed it (1/9 stays a fraction), with a true minus sign.
    var typed = function (t) { return W.minus(kText[t.wi][t.wj]); };
    W.clear(box);
    var pm = this.pin[0];
    var pn = this.pin[1];
    box.appendChild(el("p", { class: "pc-play__products-title" },
      "Output at row " + (pm + 1) + ", column " + (pn + 1) + ": each pixel of the patch times the weight " +
      (this.correlate ? "at the same place in k (correlation: k as it is)" : "of k turned by 180° (convolution)") + "."));
    var grid = el("div", { class: "pc-play__product-grid" });
    var rows = this.rows;
    var cols = this.cols;
    ts.forEach(function (t) {
      var beyond = t.row < 0 || t.col < 0 || t.row >= rows || t.col >= cols;
      var cell = el("span", { class: "pc-play__product", "data-product": String(t.pixel * t.weight) },
        short(t.pixel) + " \u00d7 " + typed(t) + " = " + short(t.pixel * t.weight));
      if (beyond) cell.classList.add("pc-play__product--beyond");
      grid.appendChild(cell);
    });
    box.appendChild(grid);
    var outside = ts.filter(function (t) { return t.row < 0 || t.col < 0 || t.row >= rows || t.col >= cols; }).length;
    box.appendChild(el("p", { class: "pc-play__sum", "data-role": "sum", "data-value": String(total) },
      "Sum: " + ts.map(function (t) { return short(t.pixel * t.weight); }).join(" + ").replace(/\+ \u2212/g, "\u2212 ") + " = " + short(total)));
    if (outside) {
      box.appendChild(el("p", { class: "pc-play__note" },
        outside + " of the nine pixels lie beyond the border; " + (this.boundary === "fill" ? "they are zeros."
          : "the padding (" + this.boundary + ") supplies them" + (this.boundary === "wrap" ? " from the opposite edge." : ": one pixel out, the mirror image and the nearest pixel are both the edge pixel itself."))));
    }
  };

  var mounted = W.mount("[data-pc-playground]", Playground);

  window.probconvPlayground = {
    presets: PRESETS.map(function (p) { return { name: p.name, label: p.label, k: p.k.map(function (r) { return r.slice(); }) }; }),
    boundaries: BOUNDARIES.map(function (b) { return b.name; }),
    parseWeight: parseWeight,
    instances: mounted.instances,
    init: mounted.init
  };
})();
