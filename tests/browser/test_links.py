"""No broken internal link or #anchor anywhere in the built site (linkchecker over HTTP)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# The anchor check is a plugin; it is switched on by naming its section in a config file.
LINKCHECKER_CONFIG = """\
[checking]
timeout=10
maxrequestspersecond=1000

[filtering]
checkextern=0
# Inline images (the notebook's plots) are not links; vendored assets are checked, not parsed.
ignore=
  ^data:
nofollow=
  /assets/

[AnchorCheck]
"""


def test_no_broken_internal_link_or_anchor(site_dir: Path, base_url: str) -> None:
    # linkchecker drops to user nobody when run as root: its config sits in the world-readable copy.
    config = site_dir.parent / "linkcheckerrc"
    config.write_text(LINKCHECKER_CONFIG, encoding="utf-8")
    config.chmod(0o644)
    linkchecker = Path(sys.executable).with_name("linkchecker")
    result = subprocess.run(
        [str(linkchecker), "--config", str(config), "--no-status", "--threads", "4", base_url],
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"linkchecker exited {result.returncode}:\n{output[-6000:]}"
    assert "0 errors found" in output or "no errors" in output.lower(), output[-2000:]
