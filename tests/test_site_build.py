"""The site builds strictly, reproducibly and self-contained.

Most tests here read the site that the session fixture ``built_site``
(tests/conftest.py) builds once with ``mkdocs build --strict``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from probconv_site import ROOT
from probconv_site.reproducible import build_env, busy, differing_files, mkdocs_build
from tests.rawtex import raw_tex_in

NOTEBOOK = ROOT / "docs" / "notebook.ipynb"


# -- helpers --------------------------------------------------------------------------------------


class _ResourceLinks(HTMLParser):
    """Collect the URLs a page makes the browser *load*: scripts, styles, images, frames, media."""

    LOADING = {
        "script": ("src",),
        "link": ("href",),
        "img": ("src", "srcset"),
        "source": ("src", "srcset"),
        "iframe": ("src",),
        "video": ("src", "poster"),
        "audio": ("src",),
        "embed": ("src",),
        "object": ("data",),
        "track": ("src",),
    }

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in self.LOADING.get(tag, ()) and value is not None:
                self.urls.append((tag, value))


def loaded_urls(html: str) -> list[tuple[str, str]]:
    parser = _ResourceLinks()
    parser.feed(html)
    return parser.urls


def is_other_host(url: str) -> bool:
    """True for a URL the browser would fetch from another host.

    >>> [is_other_host(u) for u in ("https://cdn.example/x.js", "//x.org/y", "../a.js", "data:image/png;base64,AA")]
    [True, True, False, False]
    """
    return bool(re.match(r"^\s*(https?:)?//", url, re.IGNORECASE))


def nav_pages(nav: list) -> list[str]:
    """The source files named in an mkdocs nav, in order."""
    pages: list[str] = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages += nav_pages(value) if isinstance(value, list) else [value]
    return pages


def page_output(site: Path, src: str) -> Path:
    """Where a page's HTML lands with use_directory_urls (index.md -> index.html)."""
    stem = src.rsplit(".", 1)[0]
    return site / "index.html" if stem == "index" else site / stem / "index.html"


def load_config() -> dict:
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


# -- the strict build -----------------------------------------------------------------------------


def test_strict_build_produces_every_page_in_the_nav(built_site: Path) -> None:
    missing = [src for src in nav_pages(load_config()["nav"]) if not page_output(built_site, src).is_file()]
    assert not missing, f"pages in the nav with no HTML in the build: {missing}"


def _mini_project(tmp_path: Path, index_md: str) -> Path:
    """A two-page project with the real mkdocs.yml's validation and Markdown settings."""
    config = load_config()
    mini = {
        "site_name": "validation check",
        "docs_dir": "docs",
        "validation": config["validation"],
        "markdown_extensions": config["markdown_extensions"],
        "theme": {"name": "mkdocs"},
        "nav": ["index.md", "other.md"],
    }
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(index_md, encoding="utf-8")
    (tmp_path / "docs" / "other.md").write_text("# Other\n\n## A real heading\n\nText.\n", encoding="utf-8")
    path = tmp_path / "mkdocs.yml"
    path.write_text(yaml.safe_dump(mini), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("link", "complaint"),
    [
        ("other.md#no-such-heading", "no-such-heading"),
        ("missing.md", "missing.md"),
        ("#nowhere-on-this-page", "nowhere-on-this-page"),
    ],
    ids=["broken-anchor", "missing-page", "broken-local-anchor"],
)
def test_strict_build_fails_on_a_broken_link_or_anchor(tmp_path: Path, link: str, complaint: str) -> None:
    config = _mini_project(tmp_path, f"# Home\n\nSee [there]({link}).\n")
    proc = mkdocs_build(tmp_path / "site", config=config, cwd=tmp_path)
    log = proc.stdout + proc.stderr
    assert proc.returncode != 0, f"a link to {link!r} did not fail the strict build:\n{log}"
    assert complaint in log


def test_strict_build_accepts_a_good_anchor(tmp_path: Path) -> None:
    # The control for the test above: the same project with a correct anchor builds.
    config = _mini_project(tmp_path, "# Home\n\nSee [there](other.md#a-real-heading).\n")
    proc = mkdocs_build(tmp_path / "site", config=config, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_two_builds_with_the_same_date_are_byte_identical_under_load(built_site: Path, tmp_path: Path) -> None:
    """A second build, the notebook executed again, while both cores are busy.

    Nothing it writes may depend on timing or load. The figures come from the cache here; that a
    fresh rendering gives the same bytes is test_figures' job, and ``make reproducible`` runs two
    fully clean builds under load.
    """
    again = tmp_path / "site"
    with busy(2):
        proc = mkdocs_build(again)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    differ = differing_files(built_site, again)
    assert not differ, f"files that differ between two builds: {differ}"


def test_the_edit_loops_caches_change_no_byte_of_the_site(built_site: Path, tmp_path: Path) -> None:
    """Two builds in one process, as mkdocs serve rebuilds: the second reuses every cache.

    Figures, the executed notebook, typeset formulas, compiled templates, the API reference pages
    and the search entries are kept between the rebuilds of ``mkdocs serve``; the site they give
    must be the site a fresh ``mkdocs build`` gives.
    """
    again = tmp_path / "site"
    proc = subprocess.run([sys.executable, "-m", "probconv_site.serve_build", str(again)], cwd=ROOT,
                          env=build_env(), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "reference/distributions.md from the last render" in proc.stderr, "the second build rendered afresh"
    differ = differing_files(built_site, again)
    assert not differ, f"files that differ between a fresh build and a rebuild from the caches: {differ}"


# -- nothing from another host --------------------------------------------------------------------


def test_no_page_loads_anything_from_another_host(built_site: Path) -> None:
    offenders = []
    for page in sorted(built_site.rglob("*.html")):
        html, name = page.read_text(encoding="utf-8"), page.relative_to(built_site)
        offenders += [f"{name}: <{tag}> {url}" for tag, url in loaded_urls(html) if is_other_host(url)]
        # scripts that fetch code at run time (nbconvert's Mermaid loader did)
        offenders += [f"{name}: import({m})" for m in re.findall(r"import\(\s*['\"](https?://[^'\"]+)", html)]
    assert not offenders, "pages load from other hosts:\n" + "\n".join(offenders)


def test_no_stylesheet_imports_from_another_host(built_site: Path) -> None:
    pattern = re.compile(r"(@import\s+(url\()?\s*['\"]?|url\(\s*['\"]?)(https?:)?//", re.IGNORECASE)
    offenders = [
        str(css.relative_to(built_site))
        for css in sorted(built_site.rglob("*.css"))
        if pattern.search(css.read_text(encoding="utf-8"))
    ]
    assert not offenders, f"stylesheets that fetch from other hosts: {offenders}"


# -- maths, typeset at build time ------------------------------------------------------------------

#: What a math-typesetting script is called: MathJax, KaTeX, Temml's browser build.
TYPESETTER_SCRIPT = re.compile(r"mathjax|katex|temml[^/]*\.js|tex-(chtml|svg|mml)", re.IGNORECASE)


def site_pages(site: Path) -> list[tuple[str, str]]:
    """(nav source, built HTML) of every page in the nav."""
    return [(src, page_output(site, src).read_text(encoding="utf-8")) for src in nav_pages(load_config()["nav"])]


def test_no_page_loads_or_runs_a_math_typesetting_script(built_site: Path) -> None:
    offenders = []
    for src, html in site_pages(built_site):
        scripts = [url for tag, url in loaded_urls(html) if tag == "script"]
        offenders += [f"{src}: {url}" for url in scripts if TYPESETTER_SCRIPT.search(url)]
        inline = re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.DOTALL)
        offenders += [f"{src}: inline script mentions MathJax" for code in inline if "MathJax" in code]
    offenders += [str(p.relative_to(built_site)) for p in built_site.rglob("*") if TYPESETTER_SCRIPT.search(p.name)]
    assert not offenders, "math typesetting in the browser:\n" + "\n".join(offenders)


def test_every_formula_arrives_as_mathml_and_no_tex_is_left(built_site: Path) -> None:
    for src, html in site_pages(built_site):
        source = (ROOT / "docs" / src).read_text(encoding="utf-8")
        if "\\(" in source or "\\[" in source or "$" in source:
            assert "<math" in html, f"{src}: has formulas but no MathML"
        assert 'class="arithmatex"' not in html, f"{src}: a formula was left for a script to typeset"
        leftovers = raw_tex_in(html.split('<article', 1)[-1])
        assert not leftovers, f"{src}: raw TeX in the page: {leftovers[:3]}"


def test_the_math_font_is_served_small_and_preloaded_on_every_page(built_site: Path) -> None:
    woff2 = built_site / "assets" / "fonts" / "stix-two-math.woff2"
    assert woff2.read_bytes()[:4] == b"wOF2"
    assert woff2.stat().st_size < 80_000, f"the math font is {woff2.stat().st_size} bytes: subset it more"
    for src, html in site_pages(built_site):
        assert re.search(r'<link rel="preload" href="[^"]*assets/fonts/stix-two-math\.woff2" as="font"', html), src


def test_no_raw_tex_in_titles_navigation_or_table_of_contents(built_site: Path) -> None:
    for src, html in site_pages(built_site):
        title = re.search(r"<title>(.*?)</title>", html, flags=re.DOTALL)
        labels = re.findall(r'<span class="md-ellipsis">(.*?)</span>', html, flags=re.DOTALL)
        for text in [title.group(1) if title else ""] + labels:
            assert "\\" not in text and "$" not in text, f"{src}: TeX in a title or TOC label: {text.strip()!r}"
    continuous = page_output(built_site, "continuous.md").read_text(encoding="utf-8")
    assert "The joint density and the line x + y = z" in continuous and "Why no √2 appears" in continuous


def test_no_raw_tex_or_pilcrow_in_the_search_index(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for text in (doc["title"], doc["text"]):
            assert not raw_tex_in(text), f"{doc['location']}: TeX in the search index: {raw_tex_in(text)[:2]}"
            assert "¶" not in text, f"{doc['location']}: a heading's link symbol in the search index"


# -- stable layout --------------------------------------------------------------------------------


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append(dict(attrs))


def page_images(html: str) -> list[dict[str, str | None]]:
    parser = _Images()
    parser.feed(html)
    return parser.images


def test_every_image_has_its_intrinsic_width_and_height(built_site: Path) -> None:
    unsized = []
    for src, html in site_pages(built_site):
        for img in page_images(html):
            sizes = (img.get("width") or "", img.get("height") or "")
            if not all(v.isdigit() and int(v) > 0 for v in sizes):
                unsized.append(f"{src}: {(img.get('src') or '')[:60]} {sizes}")
    assert not unsized, "images that would shift the page as they load:\n" + "\n".join(unsized)


def test_figures_are_lazy_but_the_light_variant_of_a_first_screen_figure(built_site: Path) -> None:
    first_screen = set()
    for src, html in site_pages(built_site):
        for img in page_images(html):
            image = img.get("src") or ""
            if "figures/" not in image:
                continue
            if img.get("fetchpriority") == "high":
                # it loads with the page, first; the dark variant, hidden by default, never does
                assert image.endswith("-light.svg#only-light") or image.endswith("-light.png#only-light"), image
                assert img.get("loading") is None, image
                first_screen.add(src)
            else:
                assert img.get("loading") == "lazy", f"{src}: {image} loading={img.get('loading')}"
    assert first_screen == {"dice.md", "picture.md"}


def test_pages_load_the_assets_they_use_and_materials_bundle_after_parsing(built_site: Path) -> None:
    for src, html in site_pages(built_site):
        scripts = re.findall(r'<script src="([^"]+)"', html)
        styles = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
        for name in ("explorer", "scrubber", "continuous", "playground"):
            used = f"data-pc-{name}" in html
            assert any(s.endswith(f"javascripts/{name}.js") for s in scripts) == used, (src, name)
            assert any(s.endswith(f"stylesheets/{name}.css") for s in styles) == used, (src, name)
        assert not any("assets/javascripts/bundle." in s for s in scripts), f"{src}: the bundle blocks the parser"
        loader = re.findall(r'\}\)\("([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"\);</script>', html)
        assert len(loader) == 1 and (page_output(built_site, src).parent / loader[0]).resolve().is_file(), src


@pytest.mark.parametrize(("source", "widget"), [("dice.md", "explorer"), ("formula.md", "scrubber")])
def test_each_widget_reserves_its_space_in_the_static_page(built_site: Path, source: str, widget: str) -> None:
    html = page_output(built_site, source).read_text(encoding="utf-8")
    assert f'<div class="pc-{widget}-frame">' in html and f"data-pc-{widget}" in html
    css = (built_site / "stylesheets" / f"{widget}.css").read_text(encoding="utf-8")
    assert re.search(rf"\.pc-{widget} \{{[^}}]*min-height", css)
    # The shared helpers load before the widgets that use them.
    scripts = re.findall(r'<script src="[./]*javascripts/([a-z-]+)\.js', html)
    assert scripts.index("widgets") < scripts.index(widget), scripts


# -- the notebook ---------------------------------------------------------------------------------


def test_notebook_page_shows_executed_outputs(built_site: Path) -> None:
    html = (built_site / "notebook" / "index.html").read_text(encoding="utf-8")
    assert "jp-OutputArea-output" in html
    assert "17/200" in html and "0.085" in html  # P(X + Y = 4), printed by a cell
    plots = re.findall(r'<img [^>]*src="(output-[0-9a-f]{12}\.png)" loading="lazy"', html)
    assert len(plots) >= 4, "expected the notebook's four plots, each in a file beside the page"
    assert all((built_site / "notebook" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for name in plots)
    assert 'src="data:image' not in html
    assert "Traceback" not in html and "jp-OutputArea-output jp-mod-error" not in html


def test_notebook_page_keeps_only_the_jupyterlab_styles_it_can_use(built_site: Path) -> None:
    html = (built_site / "notebook" / "index.html").read_text(encoding="utf-8")
    styles = "".join(re.findall(r"<style[^>]*>(.*?)</style>", html, flags=re.DOTALL))
    assert ".jp-OutputArea-output" in styles and "--jp-layout-color0" in styles  # cells, and the theme
    assert ".bp3-" not in styles and ".jp-Dialog" not in styles  # Blueprint's widgets, JupyterLab's dialogs
    assert len(styles) < 250_000, len(styles)  # nbconvert writes 590 kB


def test_notebook_cell_prints_arrive_as_one_output(built_site: Path) -> None:
    """The kernel may flush one cell's prints in pieces; the page shows them as one block."""
    html = (built_site / "notebook" / "index.html").read_text(encoding="utf-8")
    # Printed output is plain text in a <pre>; the cell's own source is highlighted (<span>s).
    printed = [b for b in re.findall(r"<pre>(.*?)</pre>", html, flags=re.DOTALL) if "<span" not in b]
    holding = [b for b in printed if "one die: mean" in b or "one die: variance" in b]
    assert len(holding) == 1 and "one die: variance" in holding[0], holding


def test_notebook_page_has_no_leftover_mathjax2_or_empty_script(built_site: Path) -> None:
    html = (built_site / "notebook" / "index.html").read_text(encoding="utf-8")
    assert "MathJax.Hub" not in html and "text/x-mathjax-config" not in html
    assert not re.search(r"<script[^>]*\bsrc=(\"\"|'')", html)


def test_notebook_is_downloadable_from_its_page(built_site: Path) -> None:
    html = (built_site / "notebook" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a[^>]*class="[^"]*nb-download[^"]*"[^>]*href="notebook\.ipynb"', html)
    served = built_site / "notebook" / "notebook.ipynb"
    assert served.read_bytes() == NOTEBOOK.read_bytes()


def test_notebook_source_is_stored_without_outputs() -> None:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert set(nb["metadata"]) <= {"kernelspec", "language_info"}, "notebook metadata noise"
    code = [cell for cell in nb["cells"] if cell["cell_type"] == "code"]
    assert code and all(cell["outputs"] == [] and cell["execution_count"] is None for cell in code)
    # Cells carry only the alt text of the images they draw (probconv_site.notebook.image_alt_texts).
    assert all(set(cell["metadata"]) <= {"alt"} for cell in nb["cells"])

