"""The install maps the design card's folders into one `cadregraph` namespace."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed() -> None:
    config = _pyproject()["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = set()
    for prefix, folder in config["package-dir"].items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder).parts
            on_disk.add(".".join((prefix, *relative)))
    assert on_disk == listed, f"add to / remove from pyproject packages: {on_disk ^ listed}"


def test_no_generic_top_level_modules() -> None:
    config = _pyproject()["tool"]["setuptools"]
    assert all(name.startswith("cadregraph.") for name in config["packages"])
    import cadregraph.api
    import cadregraph.ingest

    assert Path(cadregraph.ingest.__file__).parent == ROOT / "ingest"
    assert Path(cadregraph.api.__file__).parent == ROOT / "api"


def test_console_script_points_at_main() -> None:
    from cadregraph.api.cli.main import build_parser

    target = _pyproject()["project"]["scripts"]["cadregraph"]
    assert target == "cadregraph.api.cli.main:main"
    assert "extract" in build_parser().format_help()


def test_the_example_articles_are_installed_with_the_package() -> None:
    # `cadregraph demo` must work from a wheel, where no source checkout sits beside it.
    from fnmatch import fnmatch

    from cadregraph.api.cli.demo import EXAMPLES

    config = _pyproject()["tool"]["setuptools"]
    assert config["package-dir"]["cadregraph.examples"] == "examples"
    patterns = config["package-data"]["cadregraph.examples"]
    shipped = [p for p in (ROOT / "examples").rglob("*")
               if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
    missing = [str(p.relative_to(ROOT / "examples")) for p in shipped
               if not any(fnmatch(str(p.relative_to(ROOT / "examples")), pat) for pat in patterns)]
    assert shipped and missing == [], f"add to package-data of cadregraph.examples: {missing}"
    assert EXAMPLES == ROOT / "examples" / "articles" and any(EXAMPLES.iterdir())
