"""Issue 14: the apps import only downwards (the import-linter contract in pyproject.toml)
and hide no cross-app import in a function; `make lint` runs the same two checks."""

import subprocess
import sys
from pathlib import Path

from tests.architecture.import_graph import ROOT, problems


def test_the_layers_contract_is_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_no_app_cycle_and_no_cross_app_import_hidden_in_a_function():
    assert problems() == []
