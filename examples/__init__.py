"""The example articles, installed as `cadregraph.examples` so that `cadregraph demo` finds
them in any install, not only in a source checkout (see README.md in this folder)."""

from pathlib import Path

ARTICLES = Path(__file__).resolve().parent / "articles"
