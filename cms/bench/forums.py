"""`make bench-forums` (issue 15, point 6): one forum with BENCH_FORUM_OPINIONS
opinions (1,000,000 by default) against one with 1,000, in the same database and
the same run, spread over the 40 parts (DraftPart, "Điều 1" … "Điều 40") of each
forum's draft, 100 localities and three channels (online, meetings, letters); the
opinion counters (OpinionTally) are rebuilt after the bulk inserts. SQLite in a temporary folder by default; PostgreSQL with DATABASE_URL
(its tables are emptied and filled: use a throw-away database).

Measured for each of the two forums (in-process, Django test client, DEBUG off;
the median of BENCH_FORUM_REQUESTS requests after a warm-up):
  1. posting an opinion (POST /api/comments/, each from its own reader and address): req/s;
  2. the forum page, and a part's page (`<forum URL>?phan=<part id>`, the links of
     the forum's draft list);
  3. the moderation queue's first page, filtered to the forum;
  4. the tallies (GET /api/forums/<id>/tally/);
  5. grouping (`group_opinions`): opinions per second;
  6. the full synthesis XLSX, in a child process: seconds and peak memory (RSS).
Each line ends with the ratio big / small; the issue's goals: pages, queue and
tallies within 2×, posting within 1.2×, the synthesis of 1,000,000 opinions under
5 minutes and 500 MB.

    DJANGO_SETTINGS_MODULE=cms.settings.bench python -m cms.bench.forums
"""

import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta

from cms.bench.grouping import load_labelled

OPINIONS = int(os.environ.get("BENCH_FORUM_OPINIONS", "1000000"))
BASELINE = 1000
REQUESTS = int(os.environ.get("BENCH_FORUM_REQUESTS", "15"))
POSTS = int(os.environ.get("BENCH_FORUM_POSTS", "200"))
PARTS = 40
LOCALITIES = [f"{kind} {n}" for kind, n in zip(["Phường"] * 60 + ["Xã"] * 40, range(1, 101), strict=True)]
CHANNELS = ["", "hoi-nghi", "thu"]  # online, meetings, letters
CHANNEL_WEIGHTS = [90, 6, 4]
STATUSES = ["approved"] * 60 + ["pending"] * 30 + ["rejected"] * 5 + ["spam"] * 5
STANCES = ["dong-y", "khong-dong-y", "y-kien-khac", ""]
BATCH = 10_000
GOALS = {"page": 2.0, "part": 2.0, "queue": 2.0, "tally": 2.0, "post": 1.2}


# ---------------------------------------------------------------- filling


def build_site():
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from wagtail.models import Page, Site

    from cms.forums.models import DraftPart, ForumPage, ForumSection
    from tests.factories import make_forum, make_outlet

    call_command("migrate", verbosity=0)
    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    from cms.comments.models import Comment

    Comment.objects.all().delete()
    home = make_outlet()
    sections = [f"Điều {n}" for n in range(1, PARTS + 1)]
    small = make_forum(home, title="Diễn đàn 1.000 ý kiến", slug="nho", sections=sections)
    big = ForumPage(
        title=f"Diễn đàn {OPINIONS:,} ý kiến".replace(",", "."),
        slug="lon",
        subject=small.subject,
        opens_at=small.opens_at,
        closes_at=small.closes_at,
    )
    for order, title in enumerate(sections):
        big.sections.add(ForumSection(title=title, sort_order=order))
    small.get_parent().add_child(instance=big)
    big.save_revision().publish()
    big.refresh_from_db()
    for forum in (small, big):
        DraftPart.objects.bulk_create(
            DraftPart(page=forum, kind="dieu", number=title, heading=f"Nội dung {title.lower()}", sort_order=order)
            for order, title in enumerate(sections)
        )
    admin = User.objects.create_superuser("bench-dien-dan", "diendan@example.vn", "bench")
    return small, big, admin


def fill(forum, count, rng, texts):
    """`count` opinions on `forum` with bulk_create, BATCH rows a transaction."""
    from django.db import transaction
    from django.utils import timezone

    from cms.comments.models import Comment

    sections = list(forum.sections.order_by("sort_order").values_list("pk", flat=True))
    parts = list(forum.draft_parts.order_by("sort_order").values_list("pk", flat=True))
    now = timezone.now()
    made = 0
    while made < count:
        rows = []
        for n in range(made, min(made + BATCH, count)):
            text = rng.choice(texts)
            section = rng.randrange(len(parts))
            if rng.random() < 0.5:  # half are their own text: a number and a place added
                text = f"{text} Ý kiến {n} của tổ {rng.randrange(1, 80)}."
            channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
            status = "approved" if channel else rng.choice(STATUSES)
            rows.append(
                Comment(
                    page_id=forum.pk,
                    author_name=f"Người góp ý {n}",
                    author_email=f"nguoi-{forum.pk}-{n}@example.vn",
                    locality=rng.choice(LOCALITIES),
                    body=text,
                    stance=rng.choice(STANCES),
                    section_id=sections[section],
                    part_id=parts[section],
                    status=status,
                    source=channel,
                    created_at=now - timedelta(seconds=rng.randrange(30 * 86400)),
                )
            )
        with transaction.atomic():
            Comment.objects.bulk_create(rows)
        made += len(rows)
        if made % 100_000 == 0:
            print(f"   … {made:,}", flush=True)


# ---------------------------------------------------------------- measuring


def median_gets(client, urls, expect=200):
    """The median time of REQUESTS requests to each URL, after two warm-ups each. The
    requests alternate between the URLs, so the machine's load falls on both alike."""
    for url in urls:
        for _ in range(2):
            response = client.get(url)
            if response.status_code != expect:
                raise RuntimeError(f"{url}: {response.status_code}")
    samples = [[] for _ in urls]
    for _ in range(REQUESTS):
        for index, url in enumerate(urls):
            began = time.perf_counter()
            client.get(url)
            samples[index].append(time.perf_counter() - began)
    return [1000 * statistics.median(times) for times in samples]


def slowest_queries(client, url, count=2):
    """The `count` slowest SQL statements of one request: where the time goes."""
    from django.db import connection

    timings = []

    def timed(execute, sql, params, many, context):
        began = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings.append((time.perf_counter() - began, sql))

    with connection.execute_wrapper(timed):
        client.get(url)
    total = sum(seconds for seconds, _ in timings)
    slowest = sorted(timings, key=lambda item: item[0], reverse=True)[:count]
    details = "; ".join(f"{1000 * seconds:.0f} ms {sql[:90]}…" for seconds, sql in slowest)
    return f"{len(timings)} truy vấn, {1000 * total:.0f} ms SQL; chậm nhất: {details}"


POSTING_ROUNDS = 10


def posting_rates(forums, starts):
    """Opinions posted per second through POST /api/comments/ (one reader and address each),
    for each forum. The posts alternate between the forums in rounds (the order flipped each
    round), so a change in the machine's load falls on both alike: the ratio compares the
    forums, not two moments of a shared machine (a sequential run gave 0.98× and 1.20×)."""
    import json

    from django.test import Client

    client = Client()
    parts = [list(forum.draft_parts.order_by("sort_order").values_list("pk", flat=True)) for forum in forums]
    spent = [0.0] * len(forums)
    per_round = max(1, POSTS // POSTING_ROUNDS)
    posted = [0] * len(forums)
    for round_number in range(POSTING_ROUNDS):
        order = range(len(forums)) if round_number % 2 == 0 else reversed(range(len(forums)))
        for index in order:
            forum, began = forums[index], time.perf_counter()
            for _ in range(per_round):
                n = starts[index] + posted[index]
                posted[index] += 1
                payload = {
                    "page": forum.pk,
                    "author_name": f"Bạn đọc {n}",
                    "author_email": f"ban-doc-{n}@example.vn",
                    "body": f"Góp ý số {n}: đề nghị làm rõ lộ trình thực hiện ở phường {n % 100}.",
                    "stance": STANCES[n % 3],
                    "part": parts[index][n % len(parts[index])],
                }
                address = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
                response = client.post(
                    "/api/comments/", json.dumps(payload), content_type="application/json", REMOTE_ADDR=address
                )
                if response.status_code != 201:
                    raise RuntimeError(f"POST /api/comments/: {response.status_code} {response.content[:300]!r}")
            spent[index] += time.perf_counter() - began
    return [count / seconds for count, seconds in zip(posted, spent, strict=True)]


def grouping_rate(forum):
    from cms.comments.grouping import regroup_forum

    began = time.perf_counter()
    opinions, groups = regroup_forum(forum)
    seconds = time.perf_counter() - began
    return opinions / seconds, opinions, groups, seconds


def export_in_child(forum):
    """(seconds, peak RSS in MB, file size in MB) of the synthesis XLSX, written by a
    child process so that its peak memory is its own."""
    path = os.path.join(os.environ["BENCH_DIR"], f"tong-hop-{forum.pk}.xlsx")
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "cms.bench.forums", "--export", str(forum.pk), path], stdout=subprocess.PIPE
    )
    output = child.stdout.read().decode()
    _, status, _ = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    total = time.perf_counter() - began
    if child.returncode:
        raise RuntimeError(f"xuất XLSX thất bại ({child.returncode})")
    size = os.path.getsize(path) / 1e6
    os.remove(path)
    # The child's own high-water mark (VmHWM): ru_maxrss would carry the parent's over fork.
    writing, start_rss, peak = (float(value) for value in output.split())
    # (seconds writing the file, peak RSS, RSS after Django started, seconds with the start-up, MB)
    return writing, peak, start_rss, total, size


def export_child(page_id, path):
    import django

    django.setup()
    from cms.forums.exports import write_xlsx
    from cms.forums.models import ForumPage

    forum = ForumPage.objects.get(pk=page_id)
    start_rss = high_water_mb()
    began = time.perf_counter()
    write_xlsx(forum, path)
    print(time.perf_counter() - began, start_rss, high_water_mb())


def high_water_mb():
    """This process's peak resident memory (Linux /proc; VmHWM is reset by exec)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ratio_line(label, small, big, unit, goal=None, higher_is_better=False):
    ratio = (small / big) if higher_is_better else (big / small)
    verdict = ""
    if goal is not None:
        verdict = f"  (mục tiêu ≤ {goal}×: {'đạt' if ratio <= goal else 'CHƯA ĐẠT'})"
    print(f"   {label:<34} {small:10.2f} {unit:<6} {big:10.2f} {unit:<6} tỉ lệ {ratio:5.2f}×{verdict}", flush=True)


def measure(small, big, admin):
    from django.test import Client
    from django.urls import reverse

    from cms.comments import tallies
    from cms.comments.models import Comment

    client = Client()
    client.force_login(admin)
    results = {}
    print(f"\n   {'':34} {'1.000 ý kiến':>17} {f'{OPINIONS:,} ý kiến'.replace(',', '.'):>17}")

    rates = posting_rates((small, big), (10_000_000, 20_000_000))
    ratio_line("Gửi ý kiến (POST /api/comments/)", *rates, "req/s", GOALS["post"], higher_is_better=True)
    results["post"] = rates

    times = median_gets(client, [forum.url for forum in (small, big)])
    ratio_line("Trang diễn đàn", *times, "ms", GOALS["page"])
    print(f"      diễn đàn lớn: {slowest_queries(client, big.url)}")

    # A part's page is the forum page with ?phan=<id> (the draft list's links,
    # anchored #phan-dang-xem in the browser): the part's text, its approved opinions
    # (10 a page) and the form with the part chosen.
    urls = [
        f"{forum.url}?phan={forum.draft_parts.order_by('sort_order').values_list('pk', flat=True)[0]}"
        for forum in (small, big)
    ]
    times = median_gets(client, urls)
    ratio_line("Trang một phần dự thảo (?phan=)", *times, "ms", GOALS["part"])
    print(f"      diễn đàn lớn: {slowest_queries(client, urls[1])}")

    queue = "/admin/kiem-duyet/?tab=cho-duyet&page={}"
    times = median_gets(client, [queue.format(forum.pk) for forum in (small, big)])
    ratio_line("Hàng chờ kiểm duyệt, trang đầu", *times, "ms", GOALS["queue"])
    print(f"      diễn đàn lớn: {slowest_queries(client, queue.format(big.pk))}")

    tally_urls = [reverse("forums:api_forum_tally", args=[forum.pk]) for forum in (small, big)]
    times = median_gets(client, tally_urls)
    ratio_line("Số liệu tổng hợp (API tally)", *times, "ms", GOALS["tally"])
    cold = []
    for forum, url in zip((small, big), tally_urls, strict=True):
        tallies.forget([forum.pk])  # as after a decision: the sums are computed again
        began = time.perf_counter()
        client.get(url)
        cold.append(1000 * (time.perf_counter() - began))
    print(f"      lần đầu sau một quyết định (tính lại từ bộ đếm): {cold[0]:.1f} ms và {cold[1]:.1f} ms")
    counted = [client.get(url).json()["count"] for url in tally_urls]
    print(f"      số ý kiến đã duyệt theo bộ đếm: {counted[0]:,} và {counted[1]:,}")

    grouped = [grouping_rate(forum) for forum in (small, big)]
    ratio_line("Gom nhóm (ý kiến/giây)", grouped[0][0], grouped[1][0], "ý/s", higher_is_better=True)
    for (_rate, opinions, groups, seconds), name in zip(grouped, ("nhỏ", "lớn"), strict=True):
        print(f"      diễn đàn {name}: {opinions:,} ý kiến gom được {groups:,} nhóm trong {seconds:.1f} s")

    exports = [export_in_child(forum) for forum in (small, big)]
    ratio_line("Tổng hợp XLSX (giây, ghi tệp)", exports[0][0], exports[1][0], "s")
    ratio_line("Tổng hợp XLSX (bộ nhớ đỉnh RSS)", exports[0][1], exports[1][1], "MB")
    seconds, peak, start_rss, total, size = exports[1]
    rows = Comment.objects.filter(page=big).exclude(status="pending").count()
    print(f"      tiến trình con: {start_rss:.0f} MB sau khi khởi động Django, {total:.1f} s kể cả khởi động")
    print(
        f"      diễn đàn lớn: {rows:,} dòng, tệp {size:.0f} MB; mục tiêu cho 1.000.000 ý kiến: "
        f"< 300 s và < 500 MB ({'đạt' if seconds < 300 and peak < 500 else 'CHƯA ĐẠT'} ở cỡ này)"
    )


# ---------------------------------------------------------------- main


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--export":
        export_child(int(sys.argv[2]), sys.argv[3])
        return
    began = time.perf_counter()
    bench_dir = tempfile.mkdtemp(prefix="toasoan-bench-forums-")
    os.environ["BENCH_DIR"] = bench_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")
    try:
        import django

        django.setup()
        from django.db import connection

        print(
            f"Đo diễn đàn (issue 15): {BASELINE:,} và {OPINIONS:,} ý kiến, {PARTS} mục, "
            f"{len(LOCALITIES)} phường/xã, 3 kênh; cơ sở dữ liệu: {connection.vendor}",
            flush=True,
        )
        print(f"Tải máy lúc bắt đầu (load average): {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
        small, big, admin = build_site()
        rng = random.Random(15)
        texts = [text for text, _, _ in load_labelled()]
        started = time.perf_counter()
        fill(small, BASELINE, rng, texts)
        fill(big, OPINIONS, rng, texts)
        seconds = time.perf_counter() - started
        print(f"Đã tạo {BASELINE + OPINIONS:,} ý kiến trong {seconds:.0f} s ({(BASELINE + OPINIONS) / seconds:,.0f}/s)")
        from cms.comments import tallies

        started = time.perf_counter()
        keys = tallies.rebuild([small.pk, big.pk])  # bulk_create moved no counter
        print(f"Đã dựng lại bộ đếm (OpinionTally): {keys:,} dòng trong {time.perf_counter() - started:.1f} s")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        else:
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        measure(small, big, admin)
        print(f"Tải máy lúc kết thúc (load average): {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
        print(f"Bộ nhớ đỉnh của tiến trình đo: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        from django.db import connections

        connections.close_all()
        shutil.rmtree(bench_dir, ignore_errors=True)
    print(f"Thời gian đo: {time.perf_counter() - began:.0f} giây")


if __name__ == "__main__":
    main()
