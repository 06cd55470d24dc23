"""vis-network as bundled inside pyvis: the one copy graph pages and notebook exports use,
so both work offline (pyvis's own templates fetch it, or Bootstrap, from a CDN)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

VIS_VERSION = "vis-9.1.2"
VIS_FILES = ("vis-network.min.js", "vis-network.css")


def vis_file(name: str) -> Path | None:
    """Path of one of `VIS_FILES` inside the installed pyvis, or None when absent."""
    if name not in VIS_FILES:
        return None
    path = Path(str(resources.files("pyvis").joinpath("lib", VIS_VERSION, name)))
    return path if path.is_file() else None
