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

// The display formula's top-level row, cut before every "=" but the first.
function breakBeforeEquals(math) {
  if (math.children.length !== 1) return false;
  let [row] = math.children;
  while (row && !row.type && row.children.length === 1) [row] = row.children; // a fragment
  if (!row || row.type !== "mrow") return false;
  const lines = [[]];
  let equals = 0;
  for (const node of row.children) {
    const isEquals = node.type === "mo" && node.children.length === 1 && node.children[0].text === "=";
    if (isEquals && ++equals > 1) lines.push([]);
    lines[lines.length - 1].push(node);
  }
  if (lines.length === 1) return false;
  math.children = lines.map((nodes) => new row.constructor("mrow", nodes));
  return true;
}

function render(tex, display) {
  if (!display) {
    const mathml = temml.renderToString(tex, { ...OPTIONS, displayMode: false, wrap: "tex" });
    // Several top-level rows: break opportunities between them.
    return /^<math><mrow>.*<\/mrow><mrow>/s.test(mathml)
      ? mathml.replace(/^<math>/, '<math class="tml-wrap">')
      : mathml;
  }
  const math = temml.__renderToMathMLTree(tex, { ...OPTIONS, displayMode: true, wrap: "none" });
  if (breakBeforeEquals(math)) {
    math.classes.push("tml-wrap");
    math.style.display = "block"; // a block of inline rows, instead of one unbreakable box
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
