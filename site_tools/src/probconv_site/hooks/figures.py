"""MkDocs hook: render the figures before each build and expand ``{{ figure("NAME") }}``.

Registered in mkdocs.yml through ``hooks/site_figures.py`` (with ``watch: [src, site_tools/src]``
so that ``mkdocs serve`` notices edits; the figure cache keeps rebuilds cheap).

* ``on_pre_build`` renders every figure into ``docs/figures/`` (only those whose
  inputs changed) and fails the build, naming the figures, if any fails.
* ``on_page_markdown`` replaces each placeholder line, alone on its line, with a
  captioned ``<figure markdown="span">`` holding the light and the dark variant
  (Material shows ``#only-light`` / ``#only-dark`` images in the matching scheme).
  Every image carries its intrinsic width and height, so that the page does not shift
  when it arrives. Images are lazy-loaded: the browser fetches the variant of the reader's
  scheme as they near it, and never the hidden one (Material hides it with ``display: none``).
  A figure on the page's first screen is written ``{{ figure("NAME", first_screen=True) }}``:
  its light variant (the default scheme's) comes with the page, asked for first
  (``fetchpriority=high``), since it is what the reader sees first; lazy, it was asked for
  only once the page was laid out (the dice page's largest paint came 1 s later in Lighthouse).
  An unknown name fails the build. The names used by each page are recorded in
  :data:`USED` and can be listed for any Markdown with :func:`figure_names`.

Examples
--------
>>> figure_names('Intro\\n\\n{{ figure("two_dice", first_screen=True) }}\\n\\nMore.')
['two_dice']
>>> sizes = {"light": (499, 298), "dark": (499, 298)}
>>> image = figure_markdown("two_dice", "dice.md", sizes=sizes).splitlines()[1]
>>> print(image.split("](")[1])
figures/two_dice-light.svg#only-light){ width=499 height=298 loading=lazy }
"""

from __future__ import annotations

import logging
import posixpath
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

# Cheap: matplotlib loads only when a figure has to be rendered.
from ..figures.build import build, start_workers_server
from ..figures.registry import FIGURES
from ..image_size import HEAD_BYTES
from ..image_size import image_size as intrinsic_size
from ..paths import DOCS

#: The placeholder, alone on its line (indentation allowed, e.g. inside an admonition).
PLACEHOLDER = re.compile(r'^(?P<indent>[ \t]*)\{\{\s*figure\(\s*"(?P<name>[^"]*)"'
                         r'(?P<first_screen>\s*,\s*first_screen\s*=\s*True)?\s*\)\s*\}\}[ \t]*$', re.MULTILINE)
#: Where the figures are written, relative to the docs directory.
FIGURES_DIR = "figures"
log = logging.getLogger("mkdocs.hooks.figures")
#: Page source path -> the figure names it uses, in order (filled during a build).
USED: dict[str, list[str]] = {}


class FigureError(PluginError):
    """A figure failed to render, or a page names a figure the registry does not know."""


def figure_names(markdown: str) -> list[str]:
    """The figure names referenced by placeholders in ``markdown``, in order."""
    return [m.group("name") for m in PLACEHOLDER.finditer(markdown)]


def escape_alt(text: str) -> str:
    """Escape ``text`` for the alt text of a Markdown image."""
    # Square brackets would end the image's alt text early.
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def image_size(path: Path) -> tuple[int, int]:
    """The intrinsic size of a rendered figure in CSS pixels: (width, height)."""
    try:
        with path.open("rb") as image:
            return intrinsic_size(image.read(HEAD_BYTES))
    except FileNotFoundError:
        raise FigureError(f"{path} is missing: render the figures first (make figures)") from None
    except ValueError as error:
        raise FigureError(f"{path}: {error}") from None


def figure_markdown(name: str, page_src: str, indent: str = "",
                    sizes: Mapping[str, tuple[int, int]] | None = None, first_screen: bool = False) -> str:
    """The ``<figure>`` block for figure ``name`` on the page whose source path is ``page_src``.

    Image paths are made relative to the page's directory, so they work from
    pages in subfolders too. Each image gets its size (``sizes[variant]``, or read
    from the rendered file) and ``loading=lazy``, but for the light variant of a ``first_screen``
    figure, which is asked for with the page and first (``fetchpriority=high``).
    """
    try:
        spec = FIGURES[name]
    except KeyError:
        raise FigureError(
            f'{page_src}: unknown figure "{name}" in {{{{ figure("{name}") }}}}; '
            f"known figures: {', '.join(FIGURES)}"
        ) from None
    page_dir = posixpath.dirname(page_src) or "."
    lines = ['<figure markdown="span">']
    for variant, file_name in spec.files().items():
        path = posixpath.relpath(f"{FIGURES_DIR}/{file_name}", page_dir)
        width, height = sizes[variant] if sizes else image_size(DOCS / FIGURES_DIR / file_name)
        loading = "fetchpriority=high" if first_screen and variant == "light" else "loading=lazy"
        attributes = f"width={width} height={height} {loading}"
        lines.append(f"![{escape_alt(spec.alt)}]({path}#only-{variant}){{ {attributes} }}")
    # Not indented: md_in_html turns an indented line before <figcaption> into a <br />.
    # The markdown attribute lets captions use Markdown (emphasis, code, links).
    lines.append(f"<figcaption markdown>{spec.caption}</figcaption>")
    lines.append("</figure>")
    return "\n".join(indent + line for line in lines)


def expand(markdown: str, page_src: str) -> str:
    """Replace every placeholder line in ``markdown``; raise :class:`FigureError` for unknown names.

    Only figures marked ``first_screen`` load with the page, and only their light variant: loaded
    with the page, a figure would bring both variants, the hidden one too (Lighthouse counted
    66 KiB of unseen heat map on the continuous page, whose first figure is far down).
    """
    return PLACEHOLDER.sub(lambda m: figure_markdown(m.group("name"), page_src, m.group("indent"),
                                                     first_screen=bool(m.group("first_screen"))), markdown)


# -- MkDocs events ---------------------------------------------------------------------


def on_startup(command: str, dirty: bool) -> None:
    """While serving, start the render workers' server at once: the first figure edit stays quick."""
    if command == "serve":
        start_workers_server()


def on_pre_build(config: Any, **kwargs: Any) -> None:
    """Render changed figures into ``<docs_dir>/figures``; fail the build on any failure."""
    out = Path(config["docs_dir"]) / FIGURES_DIR
    results = build(out=out, report=None)
    failed = [r for r in results if r.status == "failed"]
    rendered = [r.name for r in results if r.status == "rendered"]
    if rendered:
        log.info(f"figures: rendered {len(rendered)} ({', '.join(rendered)}), "
                 f"{len(results) - len(rendered) - len(failed)} from cache")
    if failed:
        details = "\n".join(f"--- {r.name} ---\n{r.error}" for r in failed)
        raise FigureError(f"figure(s) failed to render: {', '.join(r.name for r in failed)}\n{details}")
    USED.clear()


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any, **kwargs: Any) -> str:
    """Expand the figure placeholders of one page."""
    src = page.file.src_uri
    USED[src] = figure_names(markdown)
    return expand(markdown, src)
