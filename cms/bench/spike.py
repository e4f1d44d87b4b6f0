"""`make bench-spike` (issue 11): throughput with wrk, then the breaking-news spike.

    BENCH_SPIKE=1 DJANGO_SETTINGS_MODULE=cms.settings.bench python -m cms.bench.spike

On a throw-away SQLite database (DATABASE_URL to use another) with the demo content,
one run on one machine, every server the same: gunicorn with BENCH_WORKERS (2) sync
workers, and Debian's `wrk` and `varnishd` (deploy/varnish/default.vcl, backend port
replaced). Every process started here is stopped on the way out, error or not.

1. wrk -c8 for BENCH_SECONDS (10) each, after a 2 s warm-up: req/s and p99 of a bare
   Django view (no middleware, its own gunicorn), the project's bare view (24 KB, the
   whole settings and middleware stack), the article uncached (a session cookie makes
   the page cache pass; its fragments are reused), the article rendered from scratch (a
   second server with PAGE_CACHE_ENABLED=0), the article from the page cache, the article through Varnish.
2. The spike: SPIKE_CONNECTIONS (256) connections for BENCH_SPIKE_SECONDS (30) over 5
   articles and the home page through Varnish (cms/bench/spike.lua: each article page
   also fetches its /dem/<id>.gif, each request a new reader) while an editor publishes
   3 corrections through the ORM: origin requests per URL (gunicorn's access log),
   errors, seconds until each correction shows, views counted vs counter images served.
3. The same spike against gunicorn alone (page cache, no Varnish).
"""

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
SECONDS = int(os.environ.get("BENCH_SECONDS", os.environ.get("BENCH_SPIKE_RUN_SECONDS", "10")))
WARMUP_SECONDS = int(os.environ.get("BENCH_WARMUP_SECONDS", "2"))
SPIKE_SECONDS = int(os.environ.get("BENCH_SPIKE_SECONDS", os.environ.get("SPIKE_SECONDS", "30")))
SPIKE_CONNECTIONS = int(os.environ.get("SPIKE_CONNECTIONS", "256"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
CORRECTIONS = 3
LUA_SCRIPT = Path(__file__).with_name("spike.lua")
# Today's figures (issue 11, "Measured now"): the article 40 req/s, a bare Django view 5,170.
TODAY_UNCACHED_RATIO = 40 / 5170
VISIBLE_GOAL_SECONDS = 2.0
# gunicorn's access log: the request line, the status and the page cache's X-Page-Cache
# (hit / miss / absent), so the origin's renders per URL are counted too.
ACCESS_LOG_FORMAT = '%(h)s "%(r)s" %(s)s %({x-page-cache}o)s'

# ---------------------------------------------------------------- bare Django, no middleware

BARE_BODY = b"x" * 24_000  # the same bytes as cms.bench.spike_urls.bare_page


def _bare_view(request):
    from django.http import HttpResponse

    return HttpResponse(BARE_BODY, content_type="text/html; charset=utf-8")


_bare_handler = None


def bare_application(environ, start_response):
    """gunicorn cms.bench.spike:bare_application — Django configured here with no middleware."""
    global _bare_handler, urlpatterns
    if _bare_handler is None:
        import django
        from django.conf import settings
        from django.urls import path

        urlpatterns = [path("", _bare_view)]
        settings.configure(DEBUG=False, SECRET_KEY="bench", ALLOWED_HOSTS=["*"], ROOT_URLCONF=__name__, MIDDLEWARE=[])
        django.setup()
        from django.core.wsgi import get_wsgi_application

        _bare_handler = get_wsgi_application()
    return _bare_handler(environ, start_response)


# ---------------------------------------------------------------- processes


class Processes:
    """Every process this bench starts, each in its own process group (gunicorn's and
    varnishd's children go with it), stopped by stop_all() whatever happens."""

    def __init__(self):
        self.running = []

    def start(self, command, **kwargs):
        process = subprocess.Popen(command, start_new_session=True, **kwargs)
        self.running.append(process)
        return process

    def stop(self, process):
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
        if process in self.running:
            self.running.remove(process)

    def stop_all(self):
        for process in list(reversed(self.running)):
            try:
                self.stop(process)
            except Exception as error:  # keep stopping the others
                print(f"(không dừng được tiến trình {process.pid}: {error})", file=sys.stderr)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"Tiến trình {process.args[0]} (cổng {port}) đã dừng, mã {process.returncode}.")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"Không có máy chủ nào trả lời ở cổng {port}.")


def get(port, path, host, headers=None, timeout=10):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


# ---------------------------------------------------------------- wrk


def parse_wrk(output):
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    total = re.search(r"(\d+) requests in", output)
    spike = re.search(r"^SPIKE (.*)$", output, re.MULTILINE)
    result = {
        "rps": float(rate.group(1)) if rate else 0.0,
        "p99_ms": float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)] if p99 else None,
        "socket_errors": sum(int(n) for n in sockets.groups()) if sockets else 0,
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "requests": int(total.group(1)) if total else 0,
        "raw": output,
    }
    if spike:
        result.update({k: int(v) for k, v in (pair.split("=") for pair in spike.group(1).split())})
    return result


def wrk(processes, url, connections=8, seconds=SECONDS, headers=(), script=None, args=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", str(script)]
    command.append(url)
    if args:
        command += ["--", *args]
    process = processes.start(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output, _ = process.communicate()
    processes.stop(process)
    result = parse_wrk(output)
    result["command"] = " ".join(c if " " not in c else f"'{c}'" for c in command[: command.index(url) + 1])
    if not result["requests"]:
        print(output, file=sys.stderr)
    return result


# ---------------------------------------------------------------- the run


def fmt(number, digits=0):
    return f"{number:,.{digits}f}" if number is not None else "–"


def mark(ok):
    return "ĐẠT" if ok else "CHƯA ĐẠT"


def main():
    for tool in ("wrk", "varnishd"):
        if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists()):
            raise SystemExit(f"Thiếu {tool}: `apt-get install -y wrk varnish`.")
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    if not Path(gunicorn).exists():
        raise SystemExit("Thiếu gunicorn: `pip install -r requirements.txt`.")
    # SIGTERM (e.g. CI's timeout) unwinds like Ctrl-C, so `finally` stops every process.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))

    own_dir = not os.environ.get("BENCH_DIR")
    bench_dir = Path(os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="toasoan-spike-"))
    processes = Processes()
    try:
        run(bench_dir, processes, gunicorn)
    except KeyboardInterrupt:
        print("\nĐã dừng giữa chừng; mọi tiến trình của bài đo đã được tắt.", file=sys.stderr)
        sys.exit(130)
    finally:
        processes.stop_all()
        if own_dir:
            shutil.rmtree(bench_dir, ignore_errors=True)


def run(bench_dir, processes, gunicorn):
    origin_port, varnish_port, bare_port = free_port(), free_port(), free_port()
    env = {
        **os.environ,
        "BENCH_DIR": str(bench_dir),
        "BENCH_SPIKE": "1",
        "DJANGO_SETTINGS_MODULE": "cms.settings.bench",
        "PAGE_CACHE_ENABLED": "1",
        "FRONTEND_CACHE_URL": f"http://127.0.0.1:{varnish_port}",
        # The spike's readers each send their own X-Forwarded-For (Varnish appends 127.0.0.1).
        "TRUSTED_PROXIES": "127.0.0.1",
    }
    os.environ.update(env)
    # Varnish first: loading the demo already purges the edge (FRONTEND_CACHE_URL).
    vcl = (BASE_DIR / "deploy" / "varnish" / "default.vcl").read_text()
    (bench_dir / "bench.vcl").write_text(vcl.replace('.port = "8000"', f'.port = "{origin_port}"'))
    varnish_process = processes.start(
        [
            shutil.which("varnishd") or "/usr/sbin/varnishd",
            "-F",
            "-j",
            "none",
            "-n",
            str(bench_dir / "varnish"),
            "-a",
            f"127.0.0.1:{varnish_port}",
            "-T",
            "none",
            "-f",
            str(bench_dir / "bench.vcl"),
            "-s",
            "malloc,256m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=open(bench_dir / "varnishd.log", "w"),
    )
    wait_for_port(varnish_port, varnish_process)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db.models import Sum
    from wagtail.models import Site

    from cms.core.models import PageViews
    from cms.news.models import ArticlePage

    print(f"Chuẩn bị cơ sở dữ liệu mẫu ({settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}) …", flush=True)
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", origin_port
    site.save()
    host = f"127.0.0.1:{origin_port}"  # every request names the origin's host, so edge purges match
    articles = list(ArticlePage.objects.live().descendant_of(site.root_page).order_by("-first_published_at")[:5])
    if len(articles) < 5:
        raise SystemExit("Dữ liệu mẫu có ít hơn 5 bài viết trên trang mặc định.")
    paths = ["/"] + [article.get_url_parts()[2] for article in articles]
    article_path = paths[1]

    access_log = bench_dir / "access.log"
    gunicorn_common = [gunicorn, "-w", str(WORKERS), "-k", "sync", "--backlog", "2048", "--timeout", "60"]
    origin_process = processes.start(
        gunicorn_common
        + [
            "-b",
            host,
            "--access-logfile",
            str(access_log),
            "--access-logformat",
            ACCESS_LOG_FORMAT,
            "cms.wsgi:application",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(bench_dir / "gunicorn.log", "w"),
    )
    bare_env = {k: v for k, v in env.items() if k != "DJANGO_SETTINGS_MODULE"}
    bare_process = processes.start(
        gunicorn_common + ["-b", f"127.0.0.1:{bare_port}", "cms.bench.spike:bare_application"],
        cwd=BASE_DIR,
        env=bare_env,
        stdout=subprocess.DEVNULL,
        stderr=open(bench_dir / "gunicorn-bare.log", "w"),
    )
    # The same site with every reader cache off (no page cache, no fragments): what a
    # render from scratch costs, reported beside the goal's "uncached" (page cache passed).
    cold_port = free_port()
    cold_process = processes.start(
        gunicorn_common + ["-b", f"127.0.0.1:{cold_port}", "cms.wsgi:application"],
        cwd=BASE_DIR,
        env={**env, "PAGE_CACHE_ENABLED": "0"},
        stdout=subprocess.DEVNULL,
        stderr=open(bench_dir / "gunicorn-cold.log", "w"),
    )
    wait_for_port(origin_port, origin_process)
    wait_for_port(bare_port, bare_process)
    wait_for_port(cold_port, cold_process)
    wait_for_port(varnish_port, varnish_process)

    # Every URL answers 200 before anything is measured (a benchmark of error pages is no benchmark).
    checks = [
        (bare_port, "/", {}),
        (origin_port, "/__bench__/bare/", {}),
        (origin_port, article_path, {"Cookie": "sessionid=bench"}),
        (cold_port, article_path, {}),
        (varnish_port, article_path, {}),
    ] + [(origin_port, p, {}) for p in paths]
    for port, path, headers in checks:
        status, _, body = get(port, path, host, headers, timeout=60)
        if status != 200:
            raise SystemExit(f"GET {path} (cổng {port}) trả lời {status}, không đo được; xem {bench_dir}/gunicorn.log.")
    _, headers, body = get(origin_port, article_path, host)
    print(
        f"Bài viết đo: {article_path} ({len(body):,} byte, bộ nhớ đệm trang: {headers.get('X-Page-Cache')}); "
        f"các URL của đợt tăng đột biến: {' '.join(paths)}",
        flush=True,
    )

    # ------------------------------------------------------------ 1. throughput
    origin, edge, bare, cold = (
        f"http://127.0.0.1:{origin_port}",
        f"http://127.0.0.1:{varnish_port}",
        f"http://127.0.0.1:{bare_port}",
        f"http://127.0.0.1:{cold_port}",
    )
    host_header = f"Host: {host}"
    measured = [
        ("Django trần (không middleware)", bare + "/", [], "gunicorn cms.bench.spike:bare_application, 24 KB"),
        ("View trần trong Tòa Soạn", origin + "/__bench__/bare/", [host_header], "gunicorn cms.wsgi, 24 KB"),
        (
            "Bài viết, không bộ nhớ đệm",
            origin + article_path,
            [host_header, "Cookie: sessionid=bench"],
            "gunicorn cms.wsgi; cookie phiên → bộ nhớ đệm trang bỏ qua; các mảnh trang (cms/core/fragments.py) dùng lại",
        ),
        (
            "Bài viết, dựng từ đầu",
            cold + article_path,
            [host_header],
            "gunicorn cms.wsgi với PAGE_CACHE_ENABLED=0: không bộ nhớ đệm trang, không mảnh trang",
        ),
        ("Bài viết, từ bộ nhớ đệm trang", origin + article_path, [host_header], "gunicorn cms.wsgi; X-Page-Cache: hit"),
        ("Bài viết, qua Varnish", edge + article_path, [host_header], "varnishd → gunicorn; X-Cache: HIT"),
    ]
    rows = []
    for name, url, headers, source in measured:
        print(f"  đo {name} …", flush=True)
        if WARMUP_SECONDS:
            wrk(processes, url, seconds=WARMUP_SECONDS, headers=headers)
        rows.append((name, wrk(processes, url, headers=headers), source))

    # ------------------------------------------------------------ 2, 3. the spike
    spikes = []
    for code, label, port in (("v", "qua Varnish", varnish_port), ("s", "máy chủ một mình", origin_port)):
        print(f"  đợt tăng đột biến {label} ({SPIKE_CONNECTIONS} kết nối, {SPIKE_SECONDS} s) …", flush=True)
        for path in paths:  # warm: the cached copies exist before the readers arrive
            get(port, path, host)
        log_start = access_log.stat().st_size if access_log.exists() else 0
        views_before = PageViews.objects.aggregate(total=Sum("count"))["total"] or 0
        result = {}

        def spike(port=port, result=result, code=code):
            result.update(
                wrk(
                    processes,
                    f"http://127.0.0.1:{port}/",
                    connections=SPIKE_CONNECTIONS,
                    seconds=SPIKE_SECONDS,
                    headers=[host_header],
                    script=LUA_SCRIPT,
                    args=[f"{code}{os.getpid()}-{int(time.time())}", *paths],
                )
            )

        runner = threading.Thread(target=spike, daemon=True)
        started = time.monotonic()
        runner.start()
        corrections = []
        for n in range(CORRECTIONS):
            # Spread over the run: at 1/4, 2/4 and 3/4 of it.
            time.sleep(max(0.0, started + SPIKE_SECONDS * (n + 1) / (CORRECTIONS + 1) - time.monotonic()))
            article = articles[(n + 1) % len(articles)]
            marker = f"(đính chính {code}{n + 1})"
            page = article.get_latest_revision_as_object()
            page.title = f"{page.title.split(' (đính chính')[0]} {marker}"
            clicked = time.monotonic()
            page.save_revision().publish()
            published = time.monotonic() - clicked
            visible = None
            path = article.get_url_parts()[2]
            while time.monotonic() - clicked < 30:
                try:
                    status, _, body = get(port, path, host, timeout=5)
                    if status == 200 and marker in body.decode():
                        visible = time.monotonic() - clicked
                        break
                except OSError:
                    pass
                time.sleep(0.05)
            corrections.append((path, published, visible))
        runner.join()
        time.sleep(1)  # the last counter requests' rows are written
        views = (PageViews.objects.aggregate(total=Sum("count"))["total"] or 0) - views_before
        origin_hits, renders, counters_served = Counter(), Counter(), 0
        with open(access_log, "rb") as log:
            log.seek(log_start)
            for line in log.read().decode("utf-8", "replace").splitlines():
                match = re.search(r'"(?:GET|HEAD) (\S+) HTTP/[\d.]+" (\d{3}) (\S+)', line)
                if match:
                    url = match.group(1)
                    origin_hits["/dem/*.gif" if url.startswith("/dem/") else url] += 1
                    renders[url] += match.group(3) == "miss"
                    counters_served += url.startswith("/dem/") and match.group(2) == "200"
        result["counters_served"] = counters_served
        spikes.append((label, port, result, corrections, views, origin_hits, renders))

    report(rows, spikes, paths, bench_dir)


def report(rows, spikes, paths, bench_dir):
    print(f"\n## make bench-spike — một lần chạy, {WORKERS} worker gunicorn (sync), {os.cpu_count()} lõi CPU\n")
    print(f"| Đo (wrk -c8 -d{SECONDS}s) | req/s | p99 (ms) | lỗi | so với Django trần |")
    print("|---|---:|---:|---:|---:|")
    bare_rps = rows[0][1]["rps"] or float("nan")
    for name, result, _ in rows:
        errors = result["socket_errors"] + result["non2xx"]
        print(
            f"| {name} | {fmt(result['rps'])} | {fmt(result['p99_ms'], 1)} | {errors} | {result['rps'] / bare_rps:.3f}× |"
        )
    print("\nNguồn từng dòng:")
    for name, result, source in rows:
        print(f"- {name}: `{result['command']}` ({source})")

    project, uncached, scratch, cached = (rows[n][1]["rps"] for n in (1, 2, 3, 4))
    goals = [
        (f"bài viết từ bộ nhớ đệm trang ≥ 0,5× Django trần: {cached / bare_rps:.2f}×", cached >= 0.5 * bare_rps),
        (f"view trần trong Tòa Soạn ≥ 0,5× Django trần: {project / bare_rps:.2f}×", project >= 0.5 * bare_rps),
        (
            f"bài viết không bộ nhớ đệm ≥ 5× tỉ lệ hôm nay (40/5.170 = {TODAY_UNCACHED_RATIO:.4f}; "
            f"mục tiêu ≥ {5 * TODAY_UNCACHED_RATIO:.4f}): {uncached / bare_rps:.4f} "
            f"({uncached / bare_rps / TODAY_UNCACHED_RATIO:.1f}× hôm nay)",
            uncached / bare_rps >= 5 * TODAY_UNCACHED_RATIO,
        ),
    ]
    print(
        f"\n(Để so sánh, không phải mục tiêu: bài viết dựng từ đầu = {scratch / bare_rps:.4f}× Django trần, "
        f"{scratch / bare_rps / TODAY_UNCACHED_RATIO:.1f}× tỉ lệ hôm nay.)"
    )

    limit = CORRECTIONS + 1
    for label, port, result, corrections, views, origin_hits, renders in spikes:
        errors = result.get("socket_errors", 0) + result.get("non2xx", 0)
        served = result.get("counters_served", 0)
        print(
            f"\n### Đợt tăng đột biến {label}: {SPIKE_CONNECTIONS} kết nối, {SPIKE_SECONDS} s, {CORRECTIONS} bản đính chính\n"
        )
        print("| | |\n|---|---:|")
        print(f"| yêu cầu (trang + ảnh đếm) | {fmt(result.get('requests', 0))} ({fmt(result.get('rps'))} req/s) |")
        print(f"| p99 (ms) | {fmt(result.get('p99_ms'), 1)} |")
        print(
            f"| trang HTML trả 200 (trong đó bài viết) | {fmt(result.get('pages', 0))} ({fmt(result.get('articles', 0))}) |"
        )
        print(
            f"| ảnh đếm /dem/<id>.gif: wrk gửi / wrk nhận 200 / máy chủ trả 200 (access log) | "
            f"{fmt(result.get('counters_sent', 0))} / {fmt(result.get('counters_ok', 0))} / {fmt(served)} |"
        )
        print(f"| lượt xem được đếm (PageViews) | {fmt(views)} |")
        print(
            f"| lỗi: socket (connect/read/write/timeout) + không 2xx/3xx | {result.get('socket_errors', 0)} + "
            f"{result.get('non2xx', 0)} (5xx: {result.get('server_errors', 0)}) |"
        )
        for path in paths:
            print(
                f"| yêu cầu tới máy chủ gốc / lần dựng trang (X-Page-Cache: miss): {path} | "
                f"{fmt(origin_hits.get(path, 0))} / {fmt(renders.get(path, 0))} |"
            )
        print(f"| yêu cầu tới máy chủ gốc: /dem/*.gif | {fmt(origin_hits.get('/dem/*.gif', 0))} |")
        for path, published, visible in corrections:
            shown = f"{visible:.2f} s" if visible is not None else "không thấy sau 30 s"
            print(f"| bản đính chính {path}: publish() {published:.2f} s, hiện sau | {shown} |")
        print(
            f"\nNguồn: `{result.get('command', 'wrk')} -- {' '.join(paths)}` (cms/bench/spike.lua: tổng trang/ảnh của mọi "
            f"luồng); yêu cầu tới máy chủ gốc, lần dựng trang và ảnh đếm máy chủ đã trả: access log của gunicorn (wrk không nhận được câu trả lời của các yêu cầu còn dở khi hết giờ); lượt xem: tổng PageViews.count trước/sau; "
            f"thời gian: từ lúc gọi revision.publish() trong tiến trình đo đến khi GET qua cổng {port} có tiêu đề mới "
            f"(thăm dò mỗi 50 ms)."
        )
        if label == "qua Varnish":
            worst = max((origin_hits.get(p, 0) for p in paths), default=0)
            goals.append((f"{label}: yêu cầu tới máy chủ gốc mỗi URL ≤ {limit}: nhiều nhất {worst}", worst <= limit))
        worst = max((renders.get(p, 0) for p in paths), default=0)
        goals.append((f"{label}: lần dựng trang mỗi URL ≤ {limit}: nhiều nhất {worst}", worst <= limit))
        goals.append((f"{label}: không lỗi, không 5xx: {errors} lỗi", errors == 0))
        seen = [v for _, _, v in corrections]
        goals.append(
            (
                f"{label}: mỗi bản đính chính hiện ≤ {VISIBLE_GOAL_SECONDS:.0f} s: "
                + ", ".join(f"{v:.2f} s" if v is not None else "không thấy" for v in seen),
                all(v is not None and v <= VISIBLE_GOAL_SECONDS for v in seen),
            )
        )
        gap = abs(views - served) / served if served else 1.0
        goals.append(
            (
                f"{label}: lượt xem được đếm trong 1% ảnh đếm máy chủ đã trả: {fmt(views)} / {fmt(served)} ({gap:.2%})",
                served > 0 and gap <= 0.01,
            )
        )

    print("\n### Mục tiêu\n")
    for text, ok in goals:
        print(f"- [{mark(ok)}] {text}")


if __name__ == "__main__":
    main()
