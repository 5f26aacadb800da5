"""Images are drawn as images in both themes: 0 black, larger values lighter, 1 white.

The text speaks of bright pixels, a white square on black and a dark frame; these hold on the
page only if every picture of an image keeps that brightness order in the light theme too.
"""

from __future__ import annotations

import pytest
from matplotlib.colors import to_hex

from probconv_site.figures.registry import VARIANTS
from tests.test_figures import drawn

#: Figures that show images, and the gids of their image panels (not kernels, not signed outputs).
IMAGE_PANELS = {
    "kernels_as_jitter": ("image", "blurred-1", "blurred-2"),
    "edge_kernel": ("image",),
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", sorted(IMAGE_PANELS))
def test_image_panels_are_black_at_zero_and_white_at_one(name: str, variant: str) -> None:
    fig = drawn(name, variant)
    images = {im.get_gid(): im for ax in fig.axes for im in ax.images}
    for gid in IMAGE_PANELS[name]:
        im = images[gid]
        lo, hi = im.get_clim()
        assert (lo, hi) == (0, 1), (name, gid)
        assert to_hex(im.cmap(0.0)) == "#000000", (name, variant, gid)
        assert to_hex(im.cmap(1.0)) == "#ffffff", (name, variant, gid)
        # Brightness rises with the value all the way.
        greys = [im.cmap(t / 10)[0] for t in range(11)]
        assert greys == sorted(greys), (name, variant, gid)
