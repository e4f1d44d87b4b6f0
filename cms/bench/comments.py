"""`make bench`, comments: figures for issue 4, each against a baseline measured
in the same run on the same machine.

1. POST /api/comments/ throughput over real HTTP with 1 and with 8 client
   threads: `manage.py runserver --noreload` (threaded WSGI, one process; what
   `manage.py serve` runs) in a subprocess on a temporary SQLite file (WAL,
   IMMEDIATE, the project's settings), a pre-moderated article (the default
   rule). Every post comes from a different reader (own email, own 127.x.y.z
   source address), so the anti-abuse checks run their production queries and
   refuse nothing. Any answer but 201 fails the run; afterwards the rows in the
   database must be exactly the 201s.
2. The moderation queue (/admin/kiem-duyet/, "Chờ duyệt" tab, first page) for
   a superuser with 100 and with 100,000 comments: median time and SQL queries
   of one request. In-process (Django test client, DEBUG off), same database.
3. Part 1's single client again, now that the table holds those 100,000
   comments: posting must not slow down as comments accumulate.

    DJANGO_SETTINGS_MODULE=cms.settings.bench python -m cms.bench.comments

BENCH_COMMENT_SECONDS (10) is the duration of each throughput run,
BENCH_QUEUE_REQUESTS (15) the number of timed queue requests per size.
"""

import http.client
import itertools
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

SECONDS = float(os.environ.get("BENCH_COMMENT_SECONDS", "10"))
QUEUE_REQUESTS = int(os.environ.get("BENCH_QUEUE_REQUESTS", "15"))
CLIENTS = (1, 8)
QUEUE_SIZES = (100, 100_000)
QUEUE_URL = "/admin/kiem-duyet/?tab=cho-duyet"
BASE_DIR = Path(__file__).resolve().parents[2]

SENTENCES = [
    "Tôi hoàn toàn đồng tình với chủ trương của thành phố về chuyển đổi số.",
    "Đề nghị ban biên tập làm rõ thêm lộ trình triển khai ở cấp phường, xã.",
    "Bài viết rất thiết thực, phản ánh đúng tâm tư của bà con vùng ven.",
    "Mong các cơ quan chức năng sớm giải quyết tình trạng ngập úng trên đường Nguyễn Văn Cừ.",
    "Cần có cơ chế hỗ trợ người cao tuổi sử dụng dịch vụ công trực tuyến.",
    "Tôi không đồng ý với phương án thu phí, vì người dân đã phải đóng nhiều khoản.",
    "Xin cảm ơn phóng viên đã phản ánh kịp thời, rất mong có bài tiếp theo.",
    "Việc chỉnh trang đô thị phải đi đôi với bảo đảm sinh kế cho tiểu thương.",
    "Ở ấp tôi đường giao thông nông thôn đã xuống cấp nghiêm trọng sau mùa mưa.",
    "Đề nghị bổ sung chỉ tiêu về tỉ lệ hộ gia đình có kết nối internet cáp quang.",
    "Nghị quyết cần nêu rõ trách nhiệm người đứng đầu khi chậm tiến độ.",
    "Học sinh vùng sâu vẫn thiếu thiết bị để học trực tuyến, mong được quan tâm.",
    "Chợ nổi Cái Răng là niềm tự hào, cần giữ gìn bản sắc khi phát triển du lịch.",
    "Tôi là giáo viên, xin góp ý nên giảm bớt hồ sơ sổ sách cho nhà trường.",
    "Thủ tục cấp giấy phép xây dựng vẫn còn rườm rà, mất nhiều thời gian đi lại.",
    "Rất hoan nghênh việc công khai ngân sách phường trên cổng thông tin.",
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Kim", "Đức", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Mai", "Nam", "Phúc", "Quân", "Tâm", "Thảo"]
LOCALITIES = ["Phường Ninh Kiều", "Phường Cái Khế", "Phường An Hòa", "Xã Phong Điền", "Phường Bình Thủy", "Xã Thới Lai"]


SERVERS = []  # started server processes, stopped on the way out whatever happens


class BenchFailure(Exception):
    pass


# ---------------------------------------------------------------- the database


def build_site():
    """An outlet with two columns, four articles (the first one takes the posts)
    and an open forum with sections; plus a superuser to moderate."""
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from wagtail.models import Page, Site

    from tests.factories import make_article, make_column, make_forum, make_outlet

    call_command("migrate", verbosity=0)
    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    home = make_outlet()
    news, society = make_column(home, "Thời sự"), make_column(home, "Xã hội")
    body = [("paragraph", "<p>" + "Thành phố triển khai nghị quyết về chuyển đổi số. " * 20 + "</p>")]
    articles = [
        make_article(column, title=f"Bài viết nhận bình luận số {n}", body=body)
        for n, column in enumerate([news, news, society, society], start=1)
    ]
    forum = make_forum(home)
    admin = User.objects.create_superuser("bench-kiem-duyet", "kiemduyet@example.vn", "bench")
    return articles, forum, admin


def reader_name(rng):
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def add_comments(count, pages, admin, rng, start):
    """Bulk-create `count` comments over `pages`: 45% pending, 40% approved, 8%
    spam, 5% rejected, 2% withdrawn, over the last 180 days; about a tenth are
    replies, and 1% of the approved ones have been reported."""
    from django.db import transaction
    from django.utils import timezone

    from cms.comments.models import Comment, CommentReport

    now = timezone.now()
    statuses = ["pending"] * 45 + ["approved"] * 40 + ["spam"] * 8 + ["rejected"] * 5 + ["withdrawn"] * 2
    reasons = {
        "pending": "Chờ duyệt theo quy tắc duyệt trước.",
        "approved": "",
        "spam": "Có từ bị cấm: “cá độ”.",
        "rejected": "Xúc phạm cá nhân.",
        "withdrawn": "Thông tin sai sự thật.",
    }
    threads = {page.pk: [] for page in pages}  # approved top-level comments, for replies
    sections = {}
    for page in pages:
        sections[page.pk] = list(page.sections.all()) if hasattr(page, "sections") else []
    batch = 5000
    with transaction.atomic():
        for offset in range(0, count, batch):
            rows = []
            for n in range(start + offset, start + min(offset + batch, count)):
                page = rng.choice(pages)
                status = rng.choice(statuses)
                created = now - timedelta(seconds=rng.randrange(180 * 86400))
                parent = None
                if threads[page.pk] and rng.random() < 0.1:
                    parent = rng.choice(threads[page.pk])
                    created = max(created, parent.created_at + timedelta(minutes=5))
                forum_fields = {}
                if sections[page.pk]:
                    forum_fields = {
                        "section": rng.choice(sections[page.pk] + [None]),
                        "stance": rng.choice(["dong-y", "khong-dong-y", "y-kien-khac", ""]),
                        "locality": rng.choice(LOCALITIES),
                    }
                moderated = status != "pending"
                rows.append(
                    Comment(
                        page_id=page.pk,
                        parent=parent,
                        author_name=reader_name(rng),
                        author_email=f"doc-gia-{n}@example.vn",
                        body=" ".join(rng.sample(SENTENCES, rng.randint(1, 4))),
                        status=status,
                        status_reason=reasons[status],
                        created_at=created,
                        moderated_at=created + timedelta(hours=2) if moderated else None,
                        moderated_by=admin if moderated else None,
                        ip_address=f"113.{160 + n % 32}.{(n // 250) % 250}.{1 + n % 250}",
                        **forum_fields,
                    )
                )
            created_rows = Comment.objects.bulk_create(rows)
            reports = []
            for comment in created_rows:
                if comment.status != "approved":
                    continue
                if comment.parent_id is None and len(threads[comment.page_id]) < 200:
                    threads[comment.page_id].append(comment)
                if rng.random() < 0.01:
                    for k in range(rng.randint(1, 3)):
                        reports.append(
                            CommentReport(
                                comment=comment,
                                reason=rng.choice(["spam", "xuc-pham", "sai-su-that", "khac"]),
                                reporter_key=f"{comment.pk:x}-{k}".rjust(64, "0"),
                                created_at=comment.moderated_at + timedelta(hours=k + 1),
                            )
                        )
            CommentReport.objects.bulk_create(reports)


# ---------------------------------------------------------------- 1. POST throughput over HTTP


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port, env, log_path):
    log = open(log_path, "wb")
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    SERVERS.append(server)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise BenchFailure(f"máy chủ dừng ngay khi khởi động (mã {server.returncode})")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/api/comments/?page=1")
            connection.getresponse().read()
            connection.close()
            return server
        except OSError:
            time.sleep(0.2)
    raise BenchFailure("máy chủ không trả lời sau 60 giây")


def stop_server(server):
    if server is None or server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def post_comment(port, page_id, n):
    """One reader's comment: own email, own source address (127.0.0.0/8 is all loopback)."""
    source = f"127.{1 + (n // 62500) % 250}.{1 + (n // 250) % 250}.{1 + n % 250}"
    payload = {
        "page": page_id,
        "author_name": f"Bạn đọc số {n}",
        "author_email": f"ban-doc-{n}@example.vn",
        "body": f"Ý kiến số {n}: {SENTENCES[n % len(SENTENCES)]}",
    }
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0))
    try:
        connection.request("POST", "/api/comments/", json.dumps(payload).encode(), {"Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def readable(body):
    """An answer's body for the terminal: JSON without \\u escapes, at most 300 characters."""
    text = body.decode("utf-8", "replace")
    try:
        text = json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        pass
    return text[:300]


def run_clients(clients, port, page_id, numbers, stop):
    """`clients` threads posting for SECONDS; (answers per second, statuses, ids, latencies, errors)."""
    statuses, ids, latencies, errors = Counter(), [], [], []
    lock = threading.Lock()
    deadline = time.monotonic() + SECONDS

    def client():
        while time.monotonic() < deadline and not stop.is_set():
            n = next(numbers)
            began = time.perf_counter()
            try:
                status, body = post_comment(port, page_id, n)
            except OSError as error:
                status, body = f"lỗi kết nối {type(error).__name__}", str(error).encode()
            elapsed = time.perf_counter() - began
            with lock:
                statuses[status] += 1
                latencies.append(elapsed)
                if status == 201:
                    ids.append(json.loads(body)["id"])
                elif len(errors) < 5:
                    errors.append((status, readable(body)))

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    return sum(statuses.values()) / elapsed, statuses, ids, latencies, errors


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(fraction * len(values)))] if values else float("nan")


def cpu_seconds(pid):
    """User + system CPU time of a process so far (Linux /proc), or None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class PostSession:
    """A server process on the bench database and readers posting to one article."""

    def __init__(self, article, bench_dir, stop, numbers):
        self.article, self.bench_dir, self.stop, self.numbers = article, bench_dir, stop, numbers
        self.ids, self.ok = [], True

    def __enter__(self):
        from django.db import connection

        from cms.comments.models import Comment

        self.before = Comment.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        connection.close()  # the server must not wait on this process
        env = dict(
            os.environ, DJANGO_SETTINGS_MODULE="cms.settings.bench", BENCH_DIR=self.bench_dir, PYTHONUNBUFFERED="1"
        )
        self.port = free_port()
        self.log_path = os.path.join(self.bench_dir, "server.log")
        self.server = start_server(self.port, env, self.log_path)
        for _ in range(5):  # warm up: imports, templates, caches
            status, body = post_comment(self.port, self.article.pk, next(self.numbers))
            if status != 201:
                raise BenchFailure(f"khởi động: {status} {body[:300]!r}")
            self.ids.append(json.loads(body)["id"])
        return self

    def __exit__(self, *exc_info):
        stop_server(self.server)

    def run(self, clients):
        """Post for SECONDS with `clients` threads, print one line; answers per second."""
        cpu_before = cpu_seconds(self.server.pid)
        rate, statuses, ids, latencies, errors = run_clients(
            clients, self.port, self.article.pk, self.numbers, self.stop
        )
        cpu_after = cpu_seconds(self.server.pid)
        self.ids.extend(ids)
        summary = ", ".join(f"{status}×{count:,}" for status, count in sorted(statuses.items(), key=str))
        cpu = ""
        if cpu_before is not None and cpu_after is not None:
            cpu = f", máy chủ dùng {100 * (cpu_after - cpu_before) / SECONDS:.0f}% một lõi"
        print(
            f"   {clients} máy khách: {rate:8.1f} yêu cầu/giây  (trung vị {1000 * statistics.median(latencies):.1f} ms, "
            f"p95 {1000 * percentile(latencies, 0.95):.1f} ms{cpu})  trạng thái: {summary}"
        )
        failed = {status: count for status, count in statuses.items() if status != 201}
        if failed:
            self.ok = False
            loud = any(isinstance(status, str) or status >= 500 for status in failed)
            print(f"   {'!!! LỖI MÁY CHỦ / KẾT NỐI' if loud else '!!! LỖI'}: {failed}")
            for status, body in errors:
                print(f"      {status}: {body}")
        return rate

    def verify(self):
        """Every 201 has its row and there is no other new row; False (and says so) otherwise."""
        from cms.comments.models import Comment

        stored = set(Comment.objects.filter(pk__gt=self.before).values_list("pk", flat=True))
        same = stored == set(self.ids) and len(stored) == len(self.ids)
        print(
            f"   dòng mới trong cơ sở dữ liệu: {len(stored):,}, câu trả lời 201: {len(self.ids):,} "
            f"({'khớp' if same else 'KHÔNG KHỚP'}; kể cả 5 yêu cầu khởi động)"
        )
        if not same:
            print(f"   !!! thiếu {len(set(self.ids) - stored)} dòng, thừa {len(stored - set(self.ids))} dòng")
            with open(self.log_path, encoding="utf-8", errors="replace") as log:
                print("   nhật ký máy chủ (cuối):\n" + "".join(log.readlines()[-20:]))
        return self.ok and same


def throughput(article, bench_dir, stop, numbers):
    """Part 1: 1 and 8 clients on an empty comment table; (ok, rate with 1 client)."""
    print(
        f"\n1. Thông lượng POST /api/comments/ (HTTP thật: manage.py runserver --noreload, đa luồng, "
        f"1 tiến trình; SQLite WAL; bài duyệt trước; {SECONDS:g} giây mỗi lượt; "
        "mỗi yêu cầu một bạn đọc khác: email, địa chỉ 127.x.y.z riêng; bảng bình luận rỗng)"
    )
    with PostSession(article, bench_dir, stop, numbers) as session:
        rates = {clients: session.run(clients) for clients in CLIENTS}
    print(f"   tỉ lệ 8 máy khách / 1 máy khách: {rates[8] / rates[1]:.2f}")
    return session.verify(), rates[1]


def throughput_when_full(article, bench_dir, stop, numbers, empty_rate):
    """Part 3: the same single client once the table holds the queue's 100,000 comments."""
    from cms.comments.models import Comment

    print(f"\n3. Thông lượng POST khi đã có {Comment.objects.count():,} bình luận (như phần 1, 1 máy khách)")
    with PostSession(article, bench_dir, stop, numbers) as session:
        rate = session.run(1)
    print(f"   tỉ lệ so với bảng rỗng (phần 1): {rate / empty_rate:.2f}")
    return session.verify()


# ---------------------------------------------------------------- 2. moderation queue


def queue_figures(client):
    """(median seconds, queries, SQL seconds, slowest (seconds, sql)) of the first page of the queue."""
    from django.db import connection

    for _ in range(3):  # warm up
        response = client.get(QUEUE_URL)
        if response.status_code != 200:
            raise BenchFailure(f"hàng chờ kiểm duyệt trả lời {response.status_code}")
    samples = []
    for _ in range(QUEUE_REQUESTS):
        began = time.perf_counter()
        client.get(QUEUE_URL)
        samples.append(time.perf_counter() - began)
    timings = []

    def timed(execute, sql, params, many, context):
        began = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings.append((time.perf_counter() - began, sql))

    with connection.execute_wrapper(timed):
        client.get(QUEUE_URL)
    return statistics.median(samples), len(timings), sum(t for t, _ in timings), max(timings)


def moderation_queue(articles, forum, admin):
    from django.test import Client

    from cms.comments.models import Comment

    Comment.objects.all().delete()  # the posts of part 1
    client = Client()
    client.force_login(admin)
    pages = [*articles, forum]
    rng = random.Random(4)
    print(
        f"\n2. Hàng chờ kiểm duyệt {QUEUE_URL} (trong tiến trình, test client, DEBUG tắt; "
        f"quản trị viên; trung vị {QUEUE_REQUESTS} yêu cầu)"
    )
    results, made = {}, 0
    for size in QUEUE_SIZES:
        began = time.perf_counter()
        add_comments(size - made, pages, admin, rng, start=made)
        made = size
        build = time.perf_counter() - began
        pending = Comment.objects.filter(status="pending").count()
        median, queries, sql_time, (slowest, slowest_sql) = queue_figures(client)
        results[size] = median
        print(
            f"   {size:>7,} bình luận ({pending:,} chờ duyệt; tạo trong {build:.1f} s): "
            f"{1000 * median:6.1f} ms/yêu cầu; {queries} truy vấn SQL, {1000 * sql_time:.1f} ms"
        )
        print(f"            chậm nhất {1000 * slowest:.1f} ms: {slowest_sql[:100]}…")
    small, large = QUEUE_SIZES
    print(f"   tỉ lệ {large:,} / {small:,}: {results[large] / results[small]:.2f}")


# ---------------------------------------------------------------- main


def main():
    began = time.perf_counter()
    if os.environ.pop("DATABASE_URL", None):
        print("DATABASE_URL bị bỏ qua: phép đo này luôn dùng một tệp SQLite tạm.")
    bench_dir = tempfile.mkdtemp(prefix="toasoan-bench-comments-")
    os.environ["BENCH_DIR"] = bench_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")
    stop = threading.Event()
    # SIGTERM too runs the clean-up below (Ctrl-C raises KeyboardInterrupt).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    ok = False
    try:
        import django

        django.setup()
        print("\nĐo bình luận: chuẩn bị cơ sở dữ liệu (SQLite tạm)…", flush=True)
        articles, forum, admin = build_site()
        numbers = itertools.count(1)  # reader numbers; next() on a count is atomic under the GIL
        ok, empty_rate = throughput(articles[0], bench_dir, stop, numbers)
        moderation_queue(articles, forum, admin)
        ok = throughput_when_full(articles[0], bench_dir, stop, numbers, empty_rate) and ok
    except KeyboardInterrupt:
        print("\nĐã dừng (Ctrl-C); dọn dẹp…")
        sys.exit(130)
    except BenchFailure as error:
        print(f"\n!!! {error}")
        log_path = os.path.join(bench_dir, "server.log")
        if os.path.exists(log_path):
            with open(log_path, encoding="utf-8", errors="replace") as log:
                print("nhật ký máy chủ (cuối):\n" + "".join(log.readlines()[-20:]))
    finally:
        stop.set()
        for server in SERVERS:
            stop_server(server)
        from django.db import connections

        connections.close_all()
        shutil.rmtree(bench_dir, ignore_errors=True)
    print(f"\nThời gian đo bình luận: {time.perf_counter() - began:.0f} giây")
    if not ok:
        print("!!! PHÉP ĐO BÌNH LUẬN THẤT BẠI (xem ở trên)")
        sys.exit(1)


if __name__ == "__main__":
    main()
