"""The research notebooks run top to bottom (nbclient, a real Jupyter kernel) on: a store built
from the example articles through the ingest pipeline, the hand-written fixture (the only
graph here with a reorganisation to follow), an empty graph (each notebook must say so plainly
instead of failing), and the dev corpus when ../shared is present (real answers; the figures
are written to docs/figures/ for the README).

One kernel serves every run (`%reset -f` between notebooks) so the suite pays for the kernel
start and the imports once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from cadregraph.api.python import build_store
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from pyapi_support import DEV_CORPUS, FIXTURE, ROOT, example_files

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
FIGURES = {"1-careers": "careers.png", "2-who-meets-whom": "who-meets-whom.png",
           "3-bodies-reorganisation": "bodies-reorganisation.png",
           "4-documents": "documents.png"}
# The sentences a notebook prints when its question has no answer in the data.
NO_ANSWER = re.compile(r"^(No |None of |Nothing to |This graph has no |The citing articles)",
                       re.MULTILINE)

pytestmark = pytest.mark.slow


def test_notebooks_are_saved_without_outputs() -> None:
    assert [p.stem for p in NOTEBOOKS] == list(FIGURES)
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        code = [c for c in notebook.cells if c.cell_type == "code"]
        assert code and all(c.outputs == [] and c.execution_count is None for c in code), path
        assert notebook.cells[0].cell_type == "markdown"
        assert any("SELECT" in c.source for c in code), f"{path.name} runs no SPARQL"


@pytest.fixture(scope="module")
def kernel() -> Iterator[KernelManager]:
    manager = KernelManager(kernel_name="python3")
    manager.start_kernel()
    try:
        yield manager
    finally:
        manager.shutdown_kernel(now=True)


def run(kernel: KernelManager, path: Path, env: dict[str, str], cwd: Path) -> str:
    """Execute the notebook in the shared kernel with `env`; returns everything it printed."""
    notebook = nbformat.read(path, as_version=4)
    prelude = nbformat.v4.new_code_cell(
        "%reset -f\nimport os\n"
        "for _k in [k for k in os.environ if k.startswith('CADREGRAPH_NOTEBOOK_')]:\n"
        "    del os.environ[_k]\n"
        f"os.environ.update({json.dumps(env)})\nos.chdir({str(cwd)!r})")
    notebook.cells.insert(0, prelude)
    client = NotebookClient(notebook, km=kernel, timeout=120, kernel_name="python3")
    try:
        client.execute()
    finally:
        if client.kc is not None:
            client.kc.stop_channels()
    texts = []
    for cell in notebook.cells[1:]:
        for output in cell.get("outputs", []):
            if output.output_type == "stream":
                texts.append(output.text)
            elif "data" in output and "text/plain" in output.data:
                texts.append(output.data["text/plain"])
    return "\n".join(texts)


def _built(files: list[Path], store: Path, *, reorganisation: bool) -> Path:
    with build_store(files, store, reorganisation=reorganisation) as graph:
        assert graph.summary.ingested > 0 and graph.summary.failed == 0
    return store  # closed: the notebooks open it read-only, with no writer around


@pytest.mark.skipif(not example_files(), reason="no example articles in examples/")
def test_notebooks_answer_on_the_examples(kernel: KernelManager, tmp_path: Path) -> None:
    # The examples are set in a fictional province: the national reorganisation graph would
    # only cost time here (the fixture and the dev corpus cover it).
    store = _built(example_files(), tmp_path / "store", reorganisation=False)
    figures, out = tmp_path / "figures", tmp_path / "out"
    env = {"CADREGRAPH_NOTEBOOK_STORE": str(store),
           "CADREGRAPH_NOTEBOOK_FIGURES": str(figures), "CADREGRAPH_NOTEBOOK_OUTPUT": str(out)}
    printed = {p.stem: run(kernel, p, env, tmp_path) for p in NOTEBOOKS}
    for stem in ("1-careers", "2-who-meets-whom", "4-documents"):
        assert not NO_ANSWER.search(printed[stem]), f"{stem} found no answer:\n{printed[stem]}"
    career = re.search(r"^(.+): (\d+) attestations of (\d+) posts in (\d+) articles$",
                       printed["1-careers"], re.MULTILINE)
    assert career and int(career[3]) >= 2 and int(career[4]) >= 2  # a career, not one post
    assert re.search(r"^\d+ bodies named in \d+ articles", printed["3-bodies-reorganisation"],
                     re.MULTILINE)
    for stem, name in FIGURES.items():
        assert (figures / name).stat().st_size > 5000, stem
    page = (out / "who-meets-whom.html").read_text(encoding="utf-8")
    assert "new vis.Network" in page and career[1] in page
    assert not re.search(r"""(src|href)\s*=\s*["']https?:""", page)  # offline: no CDN


def test_reorganisation_notebook_on_the_fixture(kernel: KernelManager, tmp_path: Path) -> None:
    # The fixture has a merger of two party departments and an official who moved with it.
    env = {"CADREGRAPH_NOTEBOOK_STORE": str(FIXTURE),
           "CADREGRAPH_NOTEBOOK_FIGURES": str(tmp_path)}
    text = run(kernel, ROOT / "notebooks" / "3-bodies-reorganisation.ipynb", env, tmp_path)
    assert not NO_ANSWER.search(text), text
    changes = re.search(r"^(\d+) changes touch bodies in the news: (\d+) new bodies formed",
                        text, re.MULTILINE)
    assert changes and int(changes[2]) >= 1
    movers = re.search(r"; (\d+) held a post in a body that ended and one in the body", text)
    assert movers and int(movers[1]) >= 1
    assert "later post" in text  # where the former body's official went


def test_notebooks_say_so_when_the_graph_is_empty(kernel: KernelManager, tmp_path: Path) -> None:
    empty = tmp_path / "empty.nq"
    empty.write_text("", encoding="utf-8")
    figures = tmp_path / "figures"
    env = {"CADREGRAPH_NOTEBOOK_STORE": str(empty), "CADREGRAPH_NOTEBOOK_FIGURES": str(figures),
           "CADREGRAPH_NOTEBOOK_OUTPUT": str(tmp_path)}
    for path in NOTEBOOKS:
        text = run(kernel, path, env, tmp_path)
        assert NO_ANSWER.search(text), f"{path.stem} printed no clear message:\n{text}"
    assert not any(figures.glob("*.png"))


DEV_FILES = [DEV_CORPUS / "articles.jsonl", DEV_CORPUS / "linking" / "articles.jsonl"]


@pytest.mark.skipif(not all(p.is_file() for p in DEV_FILES),
                    reason=f"dev corpus not found under {DEV_CORPUS}")
def test_notebooks_on_the_dev_corpus(kernel: KernelManager, tmp_path: Path) -> None:
    store = _built(DEV_FILES, tmp_path / "store", reorganisation=True)
    figures = ROOT / "docs" / "figures"
    env = {"CADREGRAPH_NOTEBOOK_STORE": str(store), "CADREGRAPH_NOTEBOOK_FIGURES": str(figures),
           "CADREGRAPH_NOTEBOOK_OUTPUT": str(tmp_path)}
    printed = {p.stem: run(kernel, p, env, tmp_path) for p in NOTEBOOKS}
    for stem in ("1-careers", "2-who-meets-whom", "4-documents"):
        assert not NO_ANSWER.search(printed[stem]), f"{stem}:\n{printed[stem][:2000]}"
    reorganisation = printed["3-bodies-reorganisation"]
    assert re.search(r"^\d+ bodies named in \d+ articles", reorganisation, re.MULTILINE)
    assert re.search(r"^[1-9]\d* changes touch bodies in the news", reorganisation, re.MULTILINE)
    for name in FIGURES.values():
        assert (figures / name).stat().st_size > 5000
