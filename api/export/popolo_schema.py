"""Validating Popolo JSON against the Popolo JSON Schemas (draft 03), offline.

The schemas `$ref` each other by URLs under http://www.popoloproject.com/schemas/; a
`referencing` registry built from a local folder of those files resolves them, so validation
never touches the network.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jsonschema import Draft3Validator
from referencing import Registry
from referencing.jsonschema import DRAFT3

# Popolo collection → schema file.
COLLECTIONS = {"persons": "person", "organizations": "organization",
               "memberships": "membership", "posts": "post", "events": "event"}


def validators(schema_dir: str | Path) -> dict[str, Draft3Validator]:
    """One validator per collection, resolving every $ref inside `schema_dir`."""
    folder = Path(schema_dir)
    if not (folder / "person.json").is_file():
        raise FileNotFoundError(f"{folder} holds no Popolo schemas (person.json, …); point "
                                "at the folder of the Popolo JSON Schema files")
    resources = []
    schemas: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        schemas[path.stem] = contents
        resources.append((contents["id"].rstrip("#"), DRAFT3.create_resource(contents)))
    registry: Registry = Registry().with_resources(resources)
    return {collection: Draft3Validator(schemas[name], registry=registry,
                                        format_checker=Draft3Validator.FORMAT_CHECKER)
            for collection, name in COLLECTIONS.items()}


def popolo_errors(document: dict[str, Any], schema_dir: str | Path) -> list[str]:
    """Every schema violation in a Popolo export, as 'collection[i].path: message'."""
    checks = validators(schema_dir)
    errors = []
    for collection, validator in checks.items():
        for index, item in enumerate(document.get(collection, [])):
            for error in validator.iter_errors(item):
                where = "".join(f"[{p!r}]" if isinstance(p, str) else f"[{p}]"
                                for p in error.absolute_path)
                errors.append(f"{collection}[{index}]{where}: {error.message}")
    unknown = set(document) - set(COLLECTIONS)
    errors.extend(f"{name}: not a Popolo collection" for name in sorted(unknown))
    return errors
