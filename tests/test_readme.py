"""The README's first commands stay true: CI runs its test command, and its main command
exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _first_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert block, "README.md must start with a ```sh block of set-up commands"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_ci_runs_the_readme_test_command() -> None:
    main, tests = _first_commands()[:2]
    assert main == "pip install -e . && cadregraph demo"
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert tests in ci_lines, f".ci/run must run the README's test command: {tests}"


def test_every_command_the_readme_shows_exists() -> None:
    from cadregraph.api.cli.main import COMMANDS

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code = "\n".join(re.findall(r"```sh\n(.*?)```", text, re.S))
    shown = set(re.findall(r"(?:^|&& )cadregraph (\w+)", code, re.M))
    unknown = shown - set(COMMANDS)
    assert shown and not unknown, f"README shows unknown commands: {unknown}"
