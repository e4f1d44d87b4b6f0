"""The embedded default signs with a key of its own, never with one from the repository."""

import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPOSITORY_KEY = "dev-only-not-secret-toasoan"  # the fallback that was committed until issue 17


def dev_secret_key(**env):
    """SECRET_KEY as `manage.py` (cms.settings.dev) sees it, in a fresh process."""
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "SECRET_KEY_FILE")}
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings.dev")
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.SECRET_KEY)"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_first_start_makes_a_private_key_and_later_starts_keep_it(tmp_path):
    key_file = tmp_path / "state" / "secret_key"
    first = dev_secret_key(SECRET_KEY_FILE=str(key_file))
    assert first != REPOSITORY_KEY
    assert len(first) >= 50
    assert key_file.read_text().strip() == first
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600  # readable by its owner only
    assert dev_secret_key(SECRET_KEY_FILE=str(key_file)) == first  # sessions survive a restart

    # Another installation gets another key.
    assert dev_secret_key(SECRET_KEY_FILE=str(tmp_path / "other")) not in (first, REPOSITORY_KEY)


def test_the_environment_wins_over_the_file(tmp_path):
    key_file = tmp_path / "secret_key"
    assert dev_secret_key(SECRET_KEY="tu-bien-moi-truong-" + "x" * 40, SECRET_KEY_FILE=str(key_file)).startswith(
        "tu-bien-moi-truong-"
    )
    assert not key_file.exists()  # nothing written when the key is given


def test_no_settings_module_outside_tests_carries_the_repository_key():
    for module in (ROOT / "cms" / "settings").glob("*.py"):
        assert REPOSITORY_KEY not in module.read_text(), module.name


def test_the_key_file_stays_out_of_git():
    result = subprocess.run(
        ["git", "check-ignore", "-q", ".secret_key"], cwd=ROOT, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, "add .secret_key to .gitignore"
