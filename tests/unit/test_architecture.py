"""Imports point one way: ui -> services, export -> storage -> domain."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "resume_builder"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules():
    for path in PACKAGE.rglob("*.py"):
        yield path.relative_to(PACKAGE).parts, _imports(path)


def test_only_ui_and_the_composition_root_import_pyside6():
    offenders = [
        "/".join(parts)
        for parts, names in _modules()
        if parts[0] not in ("ui", "app.py") and any(n.split(".")[0] == "PySide6" for n in names)
    ]
    assert offenders == []


def test_only_storage_imports_tinydb():
    offenders = [
        "/".join(parts)
        for parts, names in _modules()
        if parts[0] != "storage" and any(n.split(".")[0] == "tinydb" for n in names)
    ]
    assert offenders == []


def test_domain_depends_on_nothing_else_of_ours():
    offenders = [
        "/".join(parts)
        for parts, names in _modules()
        if parts[0] == "domain"
        and any(
            n.startswith("resume_builder.") and not n.startswith("resume_builder.domain")
            for n in names
        )
    ]
    assert offenders == []


def test_storage_does_not_reach_up():
    offenders = [
        "/".join(parts)
        for parts, names in _modules()
        if parts[0] == "storage"
        and any(
            n.startswith(("resume_builder.ui", "resume_builder.services", "resume_builder.export"))
            for n in names
        )
    ]
    assert offenders == []
