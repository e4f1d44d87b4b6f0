"""Reading a NukeViet 4 database (MySQL/MariaDB) with PyMySQL."""

from urllib.parse import parse_qs, unquote, urlparse

import pymysql
from pymysql.cursors import DictCursor, SSDictCursor


class SourceError(Exception):
    """The database cannot be read (bad URL, refused connection, missing tables)."""


def connection_params(url: str) -> dict:
    """mysql://USER:PASS@HOST:PORT/DB -> PyMySQL's connect() arguments."""
    parts = urlparse(url)
    if parts.scheme not in {"mysql", "mariadb", "mysql+pymysql"} or not parts.path.strip("/"):
        raise SourceError(f"Địa chỉ cơ sở dữ liệu phải có dạng mysql://USER:PASS@HOST:PORT/DB (nhận được: {url!r}).")
    params = {
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 3306,
        "user": unquote(parts.username or ""),
        "password": unquote(parts.password or ""),
        "database": unquote(parts.path.strip("/")),
        "charset": "utf8mb4",
        "connect_timeout": 10,
    }
    socket = parse_qs(parts.query).get("unix_socket")
    if socket:
        params["unix_socket"] = socket[0]
    return params


class NukeVietSource:
    def __init__(self, url: str, prefix: str = "nv4", lang: str = "vi"):
        self.params = connection_params(url)
        self.prefix, self.lang = prefix, lang
        try:
            self.connection = pymysql.connect(cursorclass=DictCursor, autocommit=True, **self.params)
        except pymysql.MySQLError as error:
            raise SourceError(f"Không kết nối được cơ sở dữ liệu NukeViet: {error}") from error
        self.tables = {row[f"Tables_in_{self.params['database']}"] for row in self.rows("SHOW TABLES")}

    @property
    def name(self) -> str:
        """Identifies this installation in the import's mapping table."""
        return f"{self.params['database']}/{self.prefix}_{self.lang}"[:150]

    def table(self, name: str, lang: bool = True) -> str:
        """`news_rows` -> `nv4_vi_news_rows` (quoted)."""
        full = f"{self.prefix}_{self.lang}_{name}" if lang else f"{self.prefix}_{name}"
        return f"`{full}`"

    def has(self, name: str, lang: bool = True) -> bool:
        return self.table(name, lang).strip("`") in self.tables

    def rows(self, sql: str, args=None) -> list[dict]:
        with self.connection.cursor() as cursor:
            cursor.execute(sql, args)
            return list(cursor.fetchall())

    def count(self, sql: str, args=None) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute(sql, args)
            return int(next(iter(cursor.fetchone().values())))

    def stream(self, sql: str, args=None):
        """Rows one at a time through a server-side cursor on a connection of its own:
        memory stays flat however many rows the table has."""
        connection = pymysql.connect(cursorclass=SSDictCursor, **self.params)
        try:
            with connection.cursor() as cursor:
                # The import may take a while between two reads of the stream.
                cursor.execute("SET SESSION net_write_timeout = 3600, group_concat_max_len = 1048576")
                cursor.execute(sql, args)
                yield from cursor
        finally:
            connection.close()

    def config(self, name: str, module: str = "global") -> str | None:
        if not self.has("config", lang=False):
            return None
        found = self.rows(
            f"SELECT config_value FROM {self.table('config', lang=False)} "
            "WHERE lang = %s AND module = %s AND config_name = %s",
            (self.lang, module, name),
        )
        return found[0]["config_value"] if found else None

    def close(self):
        self.connection.close()
