"""The embedded default: `make run` on one machine."""

import os
import secrets
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, env_list


def _local_secret_key(path):
    """This installation's own key: made once, kept in `path` (mode 0600, outside git).

    A key from the repository would let anyone who reads it forge sessions,
    password-reset links and preview tokens, so there is no built-in fallback."""
    try:
        key = path.read_text().strip()
    except FileNotFoundError:
        key = ""
    if key:
        return key
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written to a private temporary file, then linked into place: never a
    # half-written file, and two processes starting at once agree on one key.
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".secret_key-")  # mode 0600
    try:
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(50) + "\n")
        try:
            os.link(temporary, path)
        except FileExistsError:
            if path.read_text().strip():
                return path.read_text().strip()  # the other process won
            os.replace(temporary, path)  # an empty file left by a crash
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path.read_text().strip()


DEBUG = os.environ.get("DEBUG", "1") == "1"
SECRET_KEY = os.environ.get("SECRET_KEY") or _local_secret_key(
    Path(os.environ.get("SECRET_KEY_FILE") or BASE_DIR / ".secret_key")
)
# The city portal is the default site and answers any host name.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "*")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
