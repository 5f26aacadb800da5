"""The look shared by every figure: two themes that match the site, one palette.

The site uses mkdocs-material's default (light) scheme and its ``slate`` (dark)
scheme. Each figure is drawn once per :class:`Theme`; the colours below are
the theme's own background and foreground, so a figure never shows up as a
white box on the dark page.

Sizes are chosen for phones: a figure :data:`WIDTH` inches wide is shown at
about 330 CSS px on a 360 px screen, so :data:`FONT_MIN` points come out at
about 11 px there.

Examples
--------
>>> THEMES["dark"].bg
'#1e2129'
>>> fig = new_figure(THEMES["light"], height=2.0)
>>> fig.get_size_inches().tolist()
[5.2, 2.0]
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import matplotlib as mpl
import numpy as np
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.figure import Figure

#: Figure width in inches (5.2 in = 499 CSS px; ~0.66 scale on a phone).
WIDTH = 5.2
#: Smallest font size used anywhere, in points (~11 CSS px on a phone).
FONT_MIN = 12.5
#: Body font size in points.
FONT = 13.5
#: Resolution of the raster (PNG) figures.
PNG_DPI = 200


@dataclass(frozen=True)
class Theme:
    """Colours of one site scheme and the roles the figures give them.

    ``x``, ``y`` and ``total`` are the colours of the first die, the second
    die and their sum, the same hue in both themes (Okabe-Ito, lightened for
    the dark background where the light-theme shade is too dark to read).
    """

    name: str
    bg: str  # the page background
    fg: str  # body text
    muted: str  # secondary text, spines, grid lines
    faint: str  # empty cells and backdrop shapes
    x: str
    y: str
    total: str
    accent: str  # highlights (cells, the line x + y = z)
    seq: str  # sequential colour map for probabilities and densities
    div: str  # diverging colour map, centred at 0, for signed kernels

    @property
    def gray(self) -> LinearSegmentedColormap:
        """Grey ramp for images, the same in both themes: 0 black, larger values lighter, 1 white.

        An image is drawn as an image, so that "bright" in the text is bright on the page;
        show_image frames it, so that a black image stands out from the dark scheme's page.

        Examples
        --------
        >>> from matplotlib.colors import to_hex
        >>> [to_hex(THEMES[t].gray(v)) for t in ("light", "dark") for v in (0.0, 1.0)]
        ['#000000', '#ffffff', '#000000', '#ffffff']
        """
        return LinearSegmentedColormap.from_list(f"gray-{self.name}", ["#000000", "#ffffff"])

    @property
    def dark(self) -> bool:
        """True for the dark scheme."""
        return self.name == "dark"


# The light scheme's text is black at 87 % opacity on white; the slate scheme's
# background is hsl(225 15% 14%) and its text hsl(225 15% 90%) at 82 %.
THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light",
        bg="#ffffff",
        fg="#212121",
        muted="#6b6b6b",
        faint="#ececec",
        x="#0072B2",
        y="#D55E00",
        total="#009E73",
        accent="#CC79A7",
        seq="cividis",
        div="RdBu_r",
    ),
    "dark": Theme(
        name="dark",
        bg="#1e2129",
        fg="#bfc1c6",
        muted="#8c8e94",
        faint="#2f333d",
        x="#56B4E9",
        y="#E69F00",
        total="#2bb98f",
        accent="#e08fbd",
        seq="cividis",
        # A diverging map whose centre is dark: zero blends into the page.
        div="berlin",
    ),
}


def rc_params(theme: Theme) -> dict[str, object]:
    """The matplotlib settings for ``theme``; used by :func:`themed`."""
    return {
        "figure.facecolor": theme.bg,
        "axes.facecolor": theme.bg,
        "savefig.facecolor": theme.bg,
        "text.color": theme.fg,
        "axes.labelcolor": theme.fg,
        "axes.edgecolor": theme.muted,
        "axes.titlecolor": theme.fg,
        "xtick.color": theme.muted,
        "ytick.color": theme.muted,
        "xtick.labelcolor": theme.fg,
        "ytick.labelcolor": theme.fg,
        "grid.color": theme.faint,
        "legend.edgecolor": theme.muted,
        "legend.facecolor": theme.bg,
        "legend.labelcolor": theme.fg,
        "legend.frameon": False,
        "font.size": FONT,
        "axes.titlesize": FONT,
        "axes.labelsize": FONT,
        "xtick.labelsize": FONT_MIN,
        "ytick.labelsize": FONT_MIN,
        "legend.fontsize": FONT_MIN,
        "figure.titlesize": FONT + 1,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlepad": 6.0,
        "axes.grid": False,
        "figure.constrained_layout.use": True,
        "hatch.color": theme.fg,
        # Deterministic SVG: element ids are hashes of this salt and the content.
        "svg.hashsalt": "probconv",
        "svg.fonttype": "path",
        "image.interpolation": "nearest",
        "image.resample": False,
    }


@contextmanager
def themed(theme: Theme) -> Iterator[None]:
    """Draw inside this context so that new artists pick up ``theme``."""
    with mpl.rc_context(rc_params(theme)):  # type: ignore[arg-type]  # the stubs take only literal rc keys
        yield


def new_figure(theme: Theme, height: float, width: float = WIDTH) -> Figure:
    """A fresh :class:`~matplotlib.figure.Figure` in ``theme`` (object API, no pyplot)."""
    with themed(theme):
        fig = Figure(figsize=(width, height), layout="constrained")
    fig.set_facecolor(theme.bg)
    return fig


def placed_figure(theme: Theme, height: float, width: float = WIDTH) -> Figure:
    """A figure whose axes the caller places by hand (``fig.add_axes``), with no layout engine.

    Constrained layout follows text extents, which vary in their last bits with what the process
    drew before; a figure laid out by it can save different bytes depending on the order of a
    build. Figures whose layout is fragile therefore write their axes' boxes down (often the ones
    constrained layout chose) and use this instead of :func:`new_figure`.
    """
    fig = new_figure(theme, height, width)
    fig.set_layout_engine("none")
    return fig


def text_on(rgb: tuple[float, ...], theme: Theme) -> str:
    """Black or white, whichever reads better on a cell of colour ``rgb``.

    Examples
    --------
    >>> text_on((1.0, 1.0, 1.0), THEMES["light"]), text_on((0.0, 0.0, 0.2), THEMES["light"])
    ('#000000', '#ffffff')
    """
    r, g, b = (np.asarray(rgb[:3], dtype=float) ** 2.2).tolist()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 0.18 else "#ffffff"


def mix(colour: str, other: str, t: float) -> tuple[float, float, float]:
    """Blend ``colour`` towards ``other`` by ``t`` (0 keeps ``colour``)."""
    (r, g, b), (r2, g2, b2) = to_rgb(colour), to_rgb(other)
    return (1 - t) * r + t * r2, (1 - t) * g + t * g2, (1 - t) * b + t * b2


def percent(p: float, digits: int = 1) -> str:
    """``0.085 -> '8.5%'``: probabilities in figures are percentages.

    Examples
    --------
    >>> percent(0.085), percent(0.3, 0)
    ('8.5%', '30%')
    """
    return f"{100 * float(p):.{digits}f}%"


def percent_exact(p: float) -> str:
    """A percentage with as many decimals as it needs, up to two: one format for every probability.

    Examples
    --------
    >>> percent_exact(0.03), percent_exact(0.1975), percent_exact(0.085)
    ('3%', '19.75%', '8.5%')
    """
    return f"{100 * float(p):.2f}".rstrip("0").rstrip(".") + "%"


def fade_cmap(theme: Theme) -> LinearSegmentedColormap:
    """A one-hue sequential map whose zero is the page colour, for densities on a blank plane.

    Lightness changes monotonically, so it reads the same under colour blindness.

    Examples
    --------
    >>> cmap = fade_cmap(THEMES["dark"])
    >>> tuple(round(c, 3) for c in cmap(0.0)[:3]) == tuple(round(c, 3) for c in to_rgb("#1e2129"))
    True
    """
    end = "#e8f4fb" if theme.dark else "#08306b"
    return LinearSegmentedColormap.from_list(f"fade-{theme.name}", [theme.bg, theme.x, end])
