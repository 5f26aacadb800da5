// Typesets TeX into MathML with Temml, for probconv_site.math.renderer.
//
// One process serves a whole build (and every rebuild of `mkdocs serve`): it reads one JSON
// request per line on stdin, {"tex": "...", "display": true|false}, and answers each on one line
// of stdout, {"mathml": "..."} or {"error": "..."}, in the same order.
//
// Line breaks on a narrow screen. Chromium and Safari never break a <math> element, so Temml's
// soft line breaks (top-level <mrow>s, one per break opportunity) only work with the site's CSS,
// which lays out a <math class="tml-wrap"> as ordinary inline text made of atomic <mrow>s:
//   * inline formulas may break after a top-level relation or binary operator, as TeX does;
//   * display formulas may break before each top-level "=" after the first. Temml makes no
//     breaks in display mode, so this script splits the top-level row itself.
// Environments (aligned, cases, matrices) are one table and never break: they scroll instead.
"use strict";

const readline = require("readline");
// argv[2]: the folder holding node_modules/temml (the repository root).
const temml = require(require.resolve("temml", { paths: [process.argv[2] || process.cwd()] }));

const OPTIONS = { throwOnError: true, strict: false, annotate: false, trust: false };

const RELATIONS = new Set(["=", "<", ">", "≤", "≥", "≈", "≠", "∼", "≡", "→", "⟶"]);
const INVISIBLE = new Set(["\u2061", "\u2062", "\u2063", "\u2064"]);
// Temml also offers a break after these; TeX never breaks there ("k!" | "= …", "1," | "…, 6").
const NO_BREAK_AFTER = new Set([...INVISIBLE, "!", "′", "″", "‴", ","]);
// Ellipses take no space of their own: "1, …, 6" and "x + ⋯ + y" get theirs from the comma and
// the plus. MathML's default of 0.28em on each side doubles the gaps.
const ELLIPSES = new Set(["…", "⋯", "⋮", "⋱"]);

const text = (node) => (node.children || []).map((c) => (c.text !== undefined ? c.text : text(c))).join("");
const isMo = (node, set) => node && node.type === "mo" && (!set || set.has(text(node)));

// The children of <math>, looking through Temml's fragments: the rows a formula may break between.
function topLevel(math) {
  let nodes = math.children;
  while (nodes.length === 1 && nodes[0] && !nodes[0].type && nodes[0].children) nodes = nodes[0].children;
  return nodes;
}

// Temml's break opportunities, made safe for a row-by-row layout. A row laid out on its own is a
// box of its own, so an operator alone in a row loses the spacing it would have next to its
// operands ("x + ⋯+y"), and a row that ends with an invisible operator breaks "Var" from "[Y]".
// Such a row joins the next one, as does a row ending in "!", a prime or a comma.
function tidyRows(rows, Row) {
  const out = [];
  let carry = [];
  rows.forEach((row, i) => {
    const nodes = carry.concat(row.type === "mrow" ? row.children : [row]);
    const meaningful = nodes.filter((n) => n.type !== "mspace");
    const last = meaningful[meaningful.length - 1];
    const onlyOperators = meaningful.every((n) => isMo(n));
    if (i < rows.length - 1 && (onlyOperators || isMo(last, NO_BREAK_AFTER))) {
      carry = nodes;
      return;
    }
    carry = [];
    out.push(new Row("mrow", dropSpaceBeforeRelation(nodes)));
  });
  return out;
}

// Temml puts a thin space after an operator name ("Var\u2061 ="); before a relation TeX adds none.
function dropSpaceBeforeRelation(nodes) {
  return nodes.filter((n, i) => !(n.type === "mspace" && isMo(nodes[i - 1], INVISIBLE) && isMo(nodes[i + 1], RELATIONS)));
}

// TeX idioms written for TeX's spacing, which MathML lays out differently:
//  * "E\!\left[": TeX puts space before \left, which \! takes back; MathML puts none, so the
//    negative space would push the bracket into the E;
//  * "\frac{2}{\pi}\arctan": TeX puts a thin space between a fraction and an operator name;
//    MathML puts none.
const isNegativeThinSpace = (n) => n && n.type === "mrow" && n.children.length === 0 && n.style &&
  n.style.marginLeft === "-0.1667em";
const opensStretchy = (n) => n && n.type === "mrow" && isMo(n.children[0]) && n.children[0].attributes.stretchy === "true";
const isOperatorName = (n) => n && n.type === "mrow" && n.children[0] && n.children[0].type === "mi" &&
  text(n.children[0]).length > 1 && isMo(n.children[1], INVISIBLE);

function tidySpaces(node, Row) {
  if (!node.children || node.text !== undefined) return;
  const kids = dropSpaceBeforeRelation(node.children).filter((n, i, all) => !(isNegativeThinSpace(n) && opensStretchy(all[i + 1])));
  node.children = [];
  kids.forEach((n, i) => {
    const before = kids[i - 1];
    if (isOperatorName(n) && before && (before.type === "mfrac" || before.type === "msqrt")) {
      const thin = new Row("mspace", []);
      thin.attributes.width = "0.1667em";
      node.children.push(thin);
    }
    node.children.push(n);
  });
  node.children.forEach((child) => {
    if (isMo(child, ELLIPSES)) Object.assign(child.attributes, { lspace: "0em", rspace: "0em" });
    tidySpaces(child, Row);
  });
}

// A display formula's top-level row, cut before every "=" but the first.
function breakBeforeEquals(nodes) {
  const lines = [[]];
  let equals = 0;
  for (const node of nodes) {
    if (isMo(node, new Set(["="])) && ++equals > 1) lines.push([]);
    lines[lines.length - 1].push(node);
  }
  return lines;
}

function render(tex, display) {
  const math = temml.__renderToMathMLTree(tex, { ...OPTIONS, displayMode: display, wrap: display ? "none" : "tex" });
  const Row = math.constructor; // Temml's MathNode
  tidySpaces(math, Row);
  let rows = topLevel(math);
  if (display) {
    const nodes = rows.length === 1 && rows[0].type === "mrow" ? rows[0].children : rows;
    rows = breakBeforeEquals(nodes).map((line) => new Row("mrow", line));
  }
  if (rows.length < 2 || !rows.every((row) => row.type === "mrow")) return math.toMarkup();
  const tidy = tidyRows(rows, Row);
  math.children = tidy.length === 1 ? tidy[0].children : tidy;
  if (tidy.length > 1) {
    math.classes.push("tml-wrap");
    // A block of inline rows, instead of one unbreakable box.
    if (display) math.style.display = "block";
  }
  return math.toMarkup();
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  let answer;
  try {
    const { tex, display } = JSON.parse(line);
    answer = { mathml: render(tex, Boolean(display)) };
  } catch (error) {
    answer = { error: String(error && error.message ? error.message : error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
