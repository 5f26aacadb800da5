"""Sicherman dice: different faces, the same sum distribution as two ordinary dice."""

from __future__ import annotations

from fractions import Fraction

from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from probconv import Pmf

from .helpers import pmf_bars, probs_of
from .style import Theme, mix, new_figure

FACES_A = (1, 2, 2, 3, 3, 4)
FACES_B = (1, 3, 4, 5, 6, 8)


def die_from_faces(faces: tuple[int, ...]) -> Pmf:
    """A fair die with the given faces: each face has probability 1/6, repeated faces add up."""
    lo, hi = min(faces), max(faces)
    weights = [faces.count(v) for v in range(lo, hi + 1)]
    return Pmf.from_weights(weights, start=lo, exact=True)


def dice() -> tuple[Pmf, Pmf, Pmf]:
    """(Sicherman A, Sicherman B, one ordinary die)."""
    return die_from_faces(FACES_A), die_from_faces(FACES_B), die_from_faces((1, 2, 3, 4, 5, 6))


def draw(theme: Theme) -> Figure:
    """Top: the twelve faces. Bottom: the Sicherman sum as bars, two ordinary dice as dots."""
    a, b, d6 = dice()
    sicherman, ordinary = a + b, d6 + d6
    fig = new_figure(theme, height=5.6)
    ax_faces, ax = fig.subplots(2, 1, height_ratios=[1.5, 3])
    face_bg = mix(theme.faint, theme.fg, 0.05)
    for row, (name, faces, colour) in enumerate((("A", FACES_A, theme.x), ("B", FACES_B, theme.y))):
        y = 1 - row
        ax_faces.text(-0.1, y, f"die {name}", ha="right", va="center", color=colour, fontsize=13.5)
        for col, face in enumerate(faces):
            ax_faces.add_patch(FancyBboxPatch(
                (col + 0.1, y - 0.4), 0.8, 0.8, boxstyle="round,pad=0,rounding_size=0.15",
                facecolor=face_bg, edgecolor=colour, linewidth=2.0,
            ))
            ax_faces.text(col + 0.5, y, f"{face}", ha="center", va="center", fontsize=15, color=theme.fg)
    ax_faces.set_xlim(-1.6, 6.05)
    ax_faces.set_ylim(-0.5, 1.5)
    ax_faces.set_aspect("equal")
    ax_faces.set_axis_off()

    pmf_bars(sicherman, ax, theme=theme, color=theme.total, label="Sicherman A + B")
    ax.plot(ordinary.support, probs_of(ordinary), "o", color=theme.fg, markersize=7,
            label="two ordinary dice")
    sixths = [Fraction(n, 36) for n in (0, 2, 4, 6)]
    ax.set_yticks(
        [float(f) for f in sixths],
        labels=["0"] + [f"{f.numerator * 36 // f.denominator}/36" for f in sixths[1:]],
    )
    ax.set_xlabel("total")
    ax.legend(loc="upper right", handlelength=1.2, borderaxespad=0.0)
    ax.set_ylim(0, 0.26)
    verdict = "identical" if sicherman == ordinary else "different"
    ax.set_title(f"distribution of the total: {verdict}", loc="left", fontsize=13)
    return fig
