"""`make bench-import` (issue 16): a NukeViet 4 database of N articles (BENCH_IMPORT_ARTICLES,
default 100,000) and 2N comments generated in MariaDB, then imported into a throw-away
SQLite installation (cms.settings.bench). Prints items per second and the process's
resident memory over the run (peak, and at each quarter of the articles) to show that
memory stays flat however many articles there are.

    DJANGO_SETTINGS_MODULE=cms.settings.bench python -m cms.nukeviet.bench

NUKEVIET_BENCH_MYSQL_URL: an account that may create a database (default: root over
the local socket, then root@127.0.0.1:3306). The database `toasoan_bench_nukeviet` is
dropped and made again.
"""

import os
import random
import resource
import shutil
import sys
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

ARTICLES = int(os.environ.get("BENCH_IMPORT_ARTICLES", "100000"))
DATABASE = "toasoan_bench_nukeviet"
BASE_DIR = Path(__file__).resolve().parents[2]
SCHEMA = BASE_DIR / "tests" / "nukeviet" / "fixtures" / "schema.sql"
START = 1_500_000_000  # July 2017: ten years of archive before "now"

WORDS = (
    "thành phố triển khai nghị quyết chuyển đổi số nông thôn mới đô thị văn minh cải cách hành chính "
    "thanh niên khởi nghiệp lúa tôm du lịch sông nước chợ nổi giao thông hạ tầng y tế giáo dục "
    "cán bộ đảng viên học tập làm theo phường xã ấp khu vực doanh nghiệp đầu tư kinh tế xanh"
).split()
COLUMNS = [
    "Thời sự",
    "Chính trị",
    "Kinh tế",
    "Xã hội",
    "Văn hóa",
    "Giáo dục",
    "Y tế",
    "Quốc phòng",
    "Thể thao",
    "Ý kiến",
]
AUTHORS = ["Minh Khôi", "Tuyết Mai", "Hồng Nhung", "Thanh Tâm", "Quốc Bảo", "Phương Văn", "Ngọc Hân", "Trung Kiên"]


def _admin():
    import pymysql

    url = os.environ.get("NUKEVIET_BENCH_MYSQL_URL") or os.environ.get("NUKEVIET_TEST_MYSQL_URL")
    candidates = []
    if url:
        parts = urlparse(url)
        candidates.append(
            {
                "host": parts.hostname or "127.0.0.1",
                "port": parts.port or 3306,
                "user": unquote(parts.username or "root"),
                "password": unquote(parts.password or ""),
            }
        )
    else:
        candidates += [
            {"unix_socket": s, "user": "root"} for s in ("/run/mysqld/mysqld.sock", "/var/run/mysqld/mysqld.sock")
        ]
        candidates.append({"host": "127.0.0.1", "port": 3306, "user": "root"})
    for params in candidates:
        try:
            return pymysql.connect(charset="utf8mb4", autocommit=True, **params), params
        except pymysql.MySQLError:
            continue
    sys.exit("Không kết nối được MariaDB: cài mariadb-server hoặc đặt NUKEVIET_BENCH_MYSQL_URL.")


def _sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def generate(connection, articles):
    """The NukeViet tables (the schema the tests use) filled with `articles` rows and twice as many comments."""
    from tests.nukeviet.conftest import load_sql

    rng = random.Random(16)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS `{DATABASE}`")
        cursor.execute(f"CREATE DATABASE `{DATABASE}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        cursor.execute(f"USE `{DATABASE}`")
    load_sql(connection, SCHEMA)
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO nv4_vi_news_cat (catid, parentid, title, alias, description, weight, sort, status) "
            "VALUES (%s, 0, %s, %s, '', %s, %s, 1)",
            [(i, title, f"cm-{i}", i, i) for i, title in enumerate(COLUMNS, start=1)],
        )
        cursor.executemany(
            "INSERT INTO nv4_vi_news_tags (tid, numnews, title, alias) VALUES (%s, 0, %s, %s)",
            [(i, f"Chủ đề {i}", f"chu-de-{i}") for i in range(1, 201)],
        )
        step = 2000
        for first in range(1, articles + 1, step):
            ids = range(first, min(first + step, articles + 1))
            rows, details, tags = [], [], []
            for i in ids:
                published = START + i * (300_000_000 // max(articles, 1))
                title = f"{_sentence(rng, 9)} ({i})"
                status = 1 if i % 50 else 0  # one in fifty suspended
                rows.append(
                    (i, rng.randint(1, len(COLUMNS)), rng.choice(AUTHORS), status, published, published,
                     published, title, f"bai-viet-{i}", _sentence(rng, 30) + ".", rng.randint(0, 50_000))
                )  # fmt: skip
                body = "".join(f"<p>{_sentence(rng, 40)}.</p>" for _ in range(6))
                details.append((i, f"<h2>{_sentence(rng, 5)}</h2>{body}<p onclick='x()'>Kết thúc.</p>"))
                for tid in rng.sample(range(1, 201), 2):
                    tags.append((i, tid, f"chủ đề {tid}"))
            cursor.executemany(
                "INSERT INTO nv4_vi_news_rows (id, catid, listcatid, author, status, addtime, edittime, publtime, "
                "title, alias, hometext, hitstotal) VALUES (%s, %s, '', %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                rows,
            )
            cursor.executemany(
                "INSERT INTO nv4_vi_news_detail (id, description, bodyhtml) VALUES (%s, '', %s)", details
            )
            cursor.executemany("INSERT INTO nv4_vi_news_tags_id (id, tid, keyword) VALUES (%s, %s, %s)", tags)
        comments = 2 * articles
        for first in range(1, comments + 1, step):
            batch = []
            for cid in range(first, min(first + step, comments + 1)):
                article = rng.randint(1, articles)
                parent = cid - 1 if cid % 4 == 0 else 0  # every fourth is a reply
                batch.append(
                    (cid, article, parent, _sentence(rng, 20) + ".", START + cid * 1000, f"Bạn đọc {cid % 997}",
                     f"ban.doc{cid % 997}@example.vn", f"10.0.{cid % 250}.{cid % 200}", 1 if cid % 5 else 0)
                )  # fmt: skip
            cursor.executemany(
                "INSERT INTO nv4_vi_comment (cid, module, area, id, pid, content, post_time, post_name, post_email, "
                "post_ip, status) VALUES (%s, 'news', 0, %s, %s, %s, %s, %s, %s, %s, %s)",
                batch,
            )


def _rss_mb():
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main():
    import django

    sys.path.insert(0, str(BASE_DIR))
    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from cms.nukeviet.importer import Importer

    admin, params = _admin()
    print(f"Tạo cơ sở dữ liệu NukeViet thử: {ARTICLES:,} bài, {2 * ARTICLES:,} bình luận …", flush=True)
    started = time.perf_counter()
    generate(admin, ARTICLES)
    print(f"  xong sau {time.perf_counter() - started:.0f} s", flush=True)
    admin.close()
    call_command("migrate", verbosity=0)
    print(f"Cơ sở dữ liệu Tòa Soạn: {settings.DATABASES['default']['NAME']}", flush=True)

    user = params.get("user", "root")
    password = params.get("password", "")
    query = f"?unix_socket={params['unix_socket']}" if "unix_socket" in params else ""
    host = params.get("host", "localhost")
    url = f"mysql://{user}:{password}@{host}:{params.get('port', 3306)}/{DATABASE}{query}"

    samples, stop = [], threading.Event()

    def sample():
        while not stop.is_set():
            samples.append((time.perf_counter(), _rss_mb()))
            stop.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    importer = Importer(url, site="localhost", progress=sys.stderr.isatty())
    phases = {}
    for name in ("import_articles", "import_comments", "update_search_index"):
        original = getattr(importer, name)

        def timed(original=original, name=name):
            begin = time.perf_counter()
            original()
            phases[name] = (begin, time.perf_counter())

        setattr(importer, name, timed)
    sampler.start()
    begin = time.perf_counter()
    report = importer.run()
    total = time.perf_counter() - begin
    stop.set()
    sampler.join()

    counts = report.counts
    articles = counts["article"]["read"]
    comments = counts["comment"]["read"]
    a_begin, a_end = phases["import_articles"]
    c_begin, c_end = phases["import_comments"]
    print(f"Bài viết: {articles:,} đọc, {counts['article']['created']:,} tạo, {counts['article']['failed']} lỗi")
    print(f"Bình luận: {comments:,} đọc, {counts['comment']['created']:,} tạo, {counts['comment']['failed']} lỗi")
    print(f"Bài viết: {articles / (a_end - a_begin):,.0f} bài/s ({a_end - a_begin:,.0f} s)")
    print(f"Bình luận: {comments / (c_end - c_begin):,.0f} bình luận/s ({c_end - c_begin:,.0f} s)")
    i_begin, i_end = phases["update_search_index"]
    print(f"Chỉ mục tìm kiếm và tham chiếu: {i_end - i_begin:,.0f} s")
    print(f"Tổng: {(articles + comments) / total:,.0f} mục/s, {total:,.0f} s")
    print("Tải trung bình (1/5/15 phút) lúc xong: " + " / ".join(f"{n:.2f}" for n in os.getloadavg()))
    in_articles = [(at, rss) for at, rss in samples if a_begin <= at <= a_end]
    if in_articles:
        quarter = [in_articles[min(len(in_articles) - 1, int(len(in_articles) * q))][1] for q in (0.25, 0.5, 0.75, 1)]
        print("Bộ nhớ (RSS) khi nhập bài ở 25/50/75/100%: " + " / ".join(f"{mb:,.0f} MB" for mb in quarter))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Bộ nhớ đỉnh của tiến trình: {peak:,.0f} MB")

    # The throw-away installation (unless the caller gave BENCH_DIR) and the generated database.
    from django.db import connections

    connections.close_all()
    if not os.environ.get("BENCH_DIR"):
        shutil.rmtree(os.path.dirname(settings.DATABASES["default"]["NAME"]), ignore_errors=True)
    admin, _params = _admin()
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS `{DATABASE}`")
    admin.close()


if __name__ == "__main__":
    main()
