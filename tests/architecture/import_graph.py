"""Measure the import graph between the apps of cms/ (issue 14's before/after figures).

Run with ``make layers`` (or ``python -m tests.architecture.import_graph``). It reads the
source with ``ast`` only, so it needs no settings and gives the same figures on any branch:

- the app-level import graph (an app is ``cms.<first part>``), its simple cycles, and
  cycles between modules of one app;
- imports of ``cms.*`` written inside a function (and those that cross apps);
- lines of Python per app and the largest files.

Tests and migrations are left out: they are not part of the layering.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "cms"


# Cross-app imports inside a function allowed by `--check`: the benchmark scripts import
# models only after django.setup() (see the contract's comment in pyproject.toml).
FUNCTION_IMPORTS_ALLOWED_IN = ("cms.bench.",)


def allowed_upward_edges() -> set[tuple[str, str]]:
    """(importer, imported) module pairs the import-linter contract ignores (pyproject.toml)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    edges = set()
    for contract in config.get("tool", {}).get("importlinter", {}).get("contracts", []):
        for expression in contract.get("ignore_imports", []):
            importer, _, imported = (part.strip() for part in expression.partition("->"))
            edges.add((importer, imported))
    return edges


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files() -> list[Path]:
    return sorted(p for p in (ROOT / PACKAGE).rglob("*.py") if "migrations" not in p.parts)


def app_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "(root)"


def imports_of(path: Path, module: str) -> list[tuple[str, bool, int]]:
    """(imported cms module, inside a function?, line) for every import of cms.* in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: list[tuple[str, bool, int]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.split(".")[0] == PACKAGE:
                        found.append((alias.name, in_function, child.lineno))
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = module.split(".")
                    base = base if is_package else base[:-1]
                    base = base[: len(base) - (child.level - 1)]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                if target.split(".")[0] != PACKAGE:
                    continue
                for alias in child.names:
                    # "from cms.forums import models" imports a submodule; keep the longest real name.
                    candidate = f"{target}.{alias.name}"
                    found.append((candidate if candidate in KNOWN else target, in_function, child.lineno))
            visit(child, nested)

    visit(tree, False)
    return found


KNOWN: set[str] = set()


def simple_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every elementary cycle, each once, starting at its smallest node (graphs here are small)."""
    cycles: list[list[str]] = []
    nodes = sorted(graph)
    for start in nodes:
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in sorted(graph.get(node, ())):
                if nxt == start:
                    cycles.append(path)
                elif nxt > start and nxt not in path:
                    stack.append((nxt, path + [nxt]))
    return cycles


def resolve(target: str) -> str | None:
    while target and target not in KNOWN:
        target = target.rpartition(".")[0]
    return target or None


def measure() -> dict:
    files = source_files()
    KNOWN.update(module_name(p) for p in files)
    app_graph: dict[str, set[str]] = defaultdict(set)
    # The same graph without the contract's stated upward edges.
    stated = allowed_upward_edges()
    app_graph_stated: dict[str, set[str]] = defaultdict(set)
    module_graph: dict[str, set[str]] = defaultdict(set)
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    in_function: list[tuple[str, int, str, bool]] = []
    lines: dict[str, int] = defaultdict(int)
    sizes: list[tuple[int, str]] = []
    seen_statements: set[tuple[str, int]] = set()
    for path in files:
        module = module_name(path)
        count = len(path.read_text(encoding="utf-8").splitlines())
        lines[app_of(module)] += count
        sizes.append((count, str(path.relative_to(ROOT))))
        for target, nested, lineno in imports_of(path, module):
            target = resolve(target)
            if target is None or target == module:
                continue
            src_app, dst_app = app_of(module), app_of(target)
            if nested and (module, lineno) not in seen_statements:
                # One entry per import statement, however many names it takes.
                seen_statements.add((module, lineno))
                in_function.append((module, lineno, target, src_app != dst_app))
            if src_app != dst_app:
                app_graph[src_app].add(dst_app)
                if (module, target) not in stated:
                    app_graph_stated[src_app].add(dst_app)
                edges[(src_app, dst_app)].append(f"{module}:{lineno} -> {target}{' (in function)' if nested else ''}")
            else:
                module_graph[module].add(target)
    return {
        "app_graph": app_graph,
        "edges": edges,
        "app_cycles": simple_cycles(app_graph),
        "app_cycles_stated": simple_cycles(app_graph_stated),
        "stated": stated,
        "module_cycles": simple_cycles(module_graph),
        "in_function": in_function,
        "lines": lines,
        "sizes": sorted(sizes, reverse=True),
    }


def report(verbose: bool = False) -> str:
    m = measure()
    out = []
    pairs = sorted({tuple(sorted(c)) for c in m["app_cycles"] if len(c) == 2})
    out.append(f"App cycles: {len(m['app_cycles'])} (pairs importing each other: {len(pairs)})")
    for cycle in m["app_cycles"]:
        out.append("  " + " -> ".join(cycle + [cycle[0]]))
    out.append(
        f"App cycles left without the contract's stated upward edges ({len(m['stated'])}): "
        f"{len(m['app_cycles_stated'])}"
    )
    for cycle in m["app_cycles_stated"]:
        out.append("  " + " -> ".join(cycle + [cycle[0]]))
    out.append(f"Module cycles inside one app (imports in functions counted): {len(m['module_cycles'])}")
    for cycle in m["module_cycles"]:
        out.append("  " + " -> ".join(cycle + [cycle[0]]))
    cross = [i for i in m["in_function"] if i[3]]
    out.append(f"cms import statements inside functions: {len(m['in_function'])}, across apps: {len(cross)}")
    for module, lineno, target, is_cross in m["in_function"]:
        out.append(f"  {'X' if is_cross else ' '} {module}:{lineno} -> {target}")
    out.append("App graph (importer -> imported):")
    for app in sorted(m["app_graph"]):
        out.append(f"  {app} -> {', '.join(sorted(m['app_graph'][app]))}")
        if verbose:
            for dst in sorted(m["app_graph"][app]):
                for edge in m["edges"][(app, dst)]:
                    out.append(f"      {edge}")
    total = sum(m["lines"].values())
    out.append(f"Lines of Python per app (no migrations): {total} in all")
    for app, count in sorted(m["lines"].items(), key=lambda kv: -kv[1]):
        out.append(f"  {app:<12}{count:>6}  {100 * count / total:4.1f}%")
    out.append("Largest files:")
    for count, path in m["sizes"][:12]:
        out.append(f"  {count:>5}  {path}")
    return "\n".join(out)


def problems() -> list[str]:
    """What `--check` refuses: app cycles beyond the stated upward edges, and cross-app
    imports inside functions outside FUNCTION_IMPORTS_ALLOWED_IN."""
    m = measure()
    found = [f"app cycle: {' -> '.join(cycle + [cycle[0]])}" for cycle in m["app_cycles_stated"]]
    for module, lineno, target, is_cross in m["in_function"]:
        if is_cross and not module.startswith(FUNCTION_IMPORTS_ALLOWED_IN):
            found.append(f"cross-app import inside a function: {module}:{lineno} -> {target}")
    return found


if __name__ == "__main__":
    if "--check" in sys.argv:
        found = problems()
        print("\n".join(found) or "Import graph: no app cycle beyond the stated edges, no hidden cross-app import.")
        sys.exit(1 if found else 0)
    print(report(verbose="-v" in sys.argv))
