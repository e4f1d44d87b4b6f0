"""A throw-away NukeViet database on a real MariaDB for the import tests.

NUKEVIET_TEST_MYSQL_URL names an account that may create databases and users
(default: root over the local socket, then root@127.0.0.1:3306). Each test gets its
own database and user, loaded from fixtures/schema.sql + fixtures/nukeviet.sql, and
an uploads folder with the files the dump points at. Without a reachable server the
tests skip with the reason, except in CI (CI=true), where they fail.
"""

import io
import os
import secrets
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from PIL import Image as PILImage

FIXTURES = Path(__file__).parent / "fixtures"
SOCKETS = ["/run/mysqld/mysqld.sock", "/var/run/mysqld/mysqld.sock", "/tmp/mysql.sock"]


def _admin_candidates():
    url = os.environ.get("NUKEVIET_TEST_MYSQL_URL")
    if url:
        parts = urlparse(url)
        yield {
            "host": parts.hostname or "127.0.0.1",
            "port": parts.port or 3306,
            "user": unquote(parts.username or "root"),
            "password": unquote(parts.password or ""),
        }
        return
    for socket in SOCKETS:
        if os.path.exists(socket):
            yield {"unix_socket": socket, "user": "root", "password": ""}
    yield {"host": "127.0.0.1", "port": 3306, "user": "root", "password": ""}


def _admin_connection():
    import pymysql

    errors = []
    for params in _admin_candidates():
        try:
            return pymysql.connect(charset="utf8mb4", autocommit=True, connect_timeout=3, **params), params
        except pymysql.MySQLError as error:
            errors.append(f"{params.get('unix_socket') or params.get('host')}: {error}")
    message = "Không kết nối được MariaDB/MySQL cho kiểm thử nhập NukeViet (" + "; ".join(errors) + ")."
    if os.environ.get("CI") == "true":
        pytest.fail(message + " CI phải có MariaDB (.ci/run cài mariadb-server).")
    pytest.skip(message + " Cài mariadb-server hoặc đặt NUKEVIET_TEST_MYSQL_URL.")


def load_sql(connection, path):
    """Run a .sql file: statements end with ';' at the end of a line (as the fixtures are written)."""
    statements, current = [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("--") and not current:
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            statements.append("\n".join(current))
            current = []
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _jpeg(color, size=(640, 360)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, "JPEG")
    return buffer.getvalue()


def make_uploads(root: Path) -> Path:
    """NukeViet's uploads/ folder with the files the dump names (one image is left missing)."""
    uploads = root / "uploads"
    files = {
        "news/2023_05/hoi-nghi.jpg": _jpeg((150, 20, 20)),
        "news/2023_05/toan-canh.jpg": _jpeg((20, 90, 150)),
        "news/2023_05/ke-hoach-trien-khai.pdf": b"%PDF-1.4\n% ke hoach trien khai\n",
        "laws/chi-thi-23-ct-tu.pdf": b"%PDF-1.4\n% chi thi 23\n",
        "laws/2023/ke-hoach-15.pdf": b"%PDF-1.4\n% ke hoach 15\n",
    }
    for name, content in files.items():
        path = uploads / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return uploads


class NukeVietDatabase:
    def __init__(self, admin, params, name, user, password):
        self.admin, self.params, self.name, self.user, self.password = admin, params, name, user, password
        host = params.get("host") or "127.0.0.1"
        port = params.get("port") or 3306
        self.url = f"mysql://{user}:{password}@{host}:{port}/{name}"

    def execute(self, sql, args=None):
        with self.admin.cursor() as cursor:
            cursor.execute(f"USE `{self.name}`")
            cursor.execute(sql, args)
            return cursor.fetchall()


@pytest.fixture
def nukeviet_db():
    admin, params = _admin_connection()
    token = secrets.token_hex(4)
    name, user, password = f"nvtest_{token}", f"nvtest_{token}", secrets.token_hex(12)

    def drop():
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
            for host in ("localhost", "127.0.0.1", "%"):
                cursor.execute(f"DROP USER IF EXISTS '{user}'@'{host}'")

    try:
        with admin.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
            for host in ("localhost", "127.0.0.1", "%"):
                # No parameters: the host '%' must not be read as a format (the password is hex).
                cursor.execute(f"CREATE USER '{user}'@'{host}' IDENTIFIED BY '{password}'")
                cursor.execute(f"GRANT ALL PRIVILEGES ON `{name}`.* TO '{user}'@'{host}'")
            cursor.execute(f"USE `{name}`")
        load_sql(admin, FIXTURES / "schema.sql")
        load_sql(admin, FIXTURES / "nukeviet.sql")
    except Exception:  # nothing left behind on the server when the set-up fails half-way
        drop()
        admin.close()
        raise
    database = NukeVietDatabase(admin, params, name, user, password)
    if "unix_socket" in params:
        # The importer connects over TCP (its URL has a host and port): the local server's.
        database.url = f"mysql://{user}:{password}@127.0.0.1:3306/{name}"
    try:
        yield database
    finally:
        drop()
        admin.close()


@pytest.fixture
def nukeviet_uploads(tmp_path):
    return make_uploads(tmp_path / "nukeviet")
