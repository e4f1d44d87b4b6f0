"""`make bench-spike` (issue 11): throughput with wrk, then the breaking-news spike.

    DJANGO_SETTINGS_MODULE=cms.settings.bench python -m cms.bench.spike

On a throw-away SQLite database with the demo content: gunicorn (2 workers, the bench
settings, the page cache on, FRONTEND_CACHE_URL at a Varnish started here with
deploy/varnish/default.vcl) and Debian's `wrk`.

1. req/s and p99 of: a bare Django view (no middleware, its own gunicorn), the
   project's bare view (/__bench__/bare/), the article uncached (a session cookie
   skips the page cache), the article from the page cache, the article through Varnish.
2. The spike: SPIKE_CONNECTIONS connections for SPIKE_SECONDS over 5 articles and the
   home page through Varnish while 3 corrections are published: origin requests per URL
   (gunicorn's access log), errors, seconds until each correction shows at the edge.
3. The same spike against gunicorn alone (page cache, no Varnish).

Unfinished (see /tmp/notes/edge.md): wrk fetches HTML only, so the view-counting image
is not requested and "views counted vs pages served" is not measured yet.
"""

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
SECONDS = int(os.environ.get("BENCH_SPIKE_RUN_SECONDS", "10"))
SPIKE_SECONDS = int(os.environ.get("SPIKE_SECONDS", "30"))
SPIKE_CONNECTIONS = int(os.environ.get("SPIKE_CONNECTIONS", "256"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"Không có máy chủ nào trả lời ở cổng {port}.")


# A bare Django view, no middleware: the physical baseline (gunicorn cms.bench.spike:bare_application).
BARE_BODY = b"x" * 24_000


def _bare_view(request):
    from django.http import HttpResponse

    return HttpResponse(BARE_BODY, content_type="text/html; charset=utf-8")


def bare_application(environ, start_response):
    from django.conf import settings

    if not settings.configured:
        from django.urls import path

        settings.configure(DEBUG=False, SECRET_KEY="bench", ALLOWED_HOSTS=["*"], ROOT_URLCONF=__name__, MIDDLEWARE=[])
        globals()["urlpatterns"] = [path("", _bare_view)]
        import django

        django.setup()
    global bare_application_handler
    if "bare_application_handler" not in globals():
        from django.core.wsgi import get_wsgi_application

        bare_application_handler = get_wsgi_application()
    return bare_application_handler(environ, start_response)


def wrk(url, connections=8, seconds=SECONDS, headers=(), script=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", script]
    output = subprocess.run(command + [url], capture_output=True, text=True).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    total = re.search(r"(\d+) requests in", output)
    p99_ms = None
    if p99:
        p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    return {
        "rps": float(rate.group(1)) if rate else 0.0,
        "p99_ms": p99_ms,
        "errors": (sum(int(n) for n in errors.groups()) if errors else 0) + (int(non2xx.group(1)) if non2xx else 0),
        "requests": int(total.group(1)) if total else 0,
        "raw": output,
    }


def rotating_script(directory, paths):
    script = Path(directory) / "rotate.lua"
    quoted = ", ".join(f'"{p}"' for p in paths)
    script.write_text(
        f"local paths = {{{quoted}}}\nlocal i = 0\n"
        "request = function()\n  i = i + 1\n  return wrk.format('GET', paths[(i % #paths) + 1])\nend\n"
    )
    return str(script)


def main():
    for tool in ("wrk", "varnishd", "gunicorn"):
        if not (
            shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists() or Path(sys.executable).with_name(tool).exists()
        ):
            raise SystemExit(f"Thiếu {tool}: `apt-get install -y wrk varnish` và `pip install -r requirements.txt`.")
    bench_dir = os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="toasoan-spike-")
    origin_port, varnish_port, bare_port = free_port(), free_port(), free_port()
    env = {
        **os.environ,
        "BENCH_DIR": bench_dir,
        "DJANGO_SETTINGS_MODULE": "cms.settings.bench",
        "PAGE_CACHE_ENABLED": "1",
        "FRONTEND_CACHE_URL": f"http://127.0.0.1:{varnish_port}",
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo")
    from wagtail.models import Site

    from cms.news.models import ArticlePage

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", origin_port
    site.save()
    articles = list(ArticlePage.objects.live().order_by("-first_published_at")[:5])
    paths = ["/"] + [a.url for a in articles]
    article_path = paths[1]

    processes = []
    access_log = Path(bench_dir) / "access.log"
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    processes.append(
        subprocess.Popen(
            [
                gunicorn,
                "-w",
                str(WORKERS),
                "-b",
                f"127.0.0.1:{origin_port}",
                "--access-logfile",
                str(access_log),
                "cms.wsgi:application",
            ],
            cwd=BASE_DIR,
            env=env,
            stderr=subprocess.DEVNULL,
        )
    )
    bare_env = {k: v for k, v in env.items() if k != "DJANGO_SETTINGS_MODULE"}
    processes.append(
        subprocess.Popen(
            [gunicorn, "-w", str(WORKERS), "-b", f"127.0.0.1:{bare_port}", "cms.bench.spike:bare_application"],
            cwd=BASE_DIR,
            env=bare_env,
            stderr=subprocess.DEVNULL,
        )
    )
    vcl = (
        (BASE_DIR / "deploy" / "varnish" / "default.vcl")
        .read_text()
        .replace('.port = "8000"', f'.port = "{origin_port}"')
    )
    (Path(bench_dir) / "bench.vcl").write_text(vcl)
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    processes.append(
        subprocess.Popen(
            [
                varnishd,
                "-F",
                "-j",
                "none",
                "-n",
                str(Path(bench_dir) / "varnish"),
                "-a",
                f"127.0.0.1:{varnish_port}",
                "-T",
                "none",
                "-f",
                str(Path(bench_dir) / "bench.vcl"),
                "-s",
                "malloc,256m",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    try:
        for port in (origin_port, bare_port, varnish_port):
            wait_for_port(port)
        origin, edge = f"http://127.0.0.1:{origin_port}", f"http://127.0.0.1:{varnish_port}"
        rows = [
            ("Django trần (không middleware)", wrk(f"http://127.0.0.1:{bare_port}/")),
            ("View trần trong Tòa Soạn", wrk(origin + "/__bench__/bare/", headers=["Cookie: sessionid=bench"])),
            ("Bài viết, không bộ nhớ đệm", wrk(origin + article_path, headers=["Cookie: sessionid=bench"])),
            ("Bài viết, từ bộ nhớ đệm trang", wrk(origin + article_path)),
            ("Bài viết, qua Varnish", wrk(edge + article_path)),
        ]
        print(f"\n{'Đo':<36}{'req/s':>12}{'p99 (ms)':>12}{'lỗi':>8}")
        for name, result in rows:
            p99 = f"{result['p99_ms']:.1f}" if result["p99_ms"] is not None else "–"
            print(f"{name:<36}{result['rps']:>12,.0f}{p99:>12}{result['errors']:>8}")
        bare, cached, uncached = rows[0][1]["rps"], rows[3][1]["rps"], rows[2][1]["rps"]
        print(
            f"\nBộ nhớ đệm trang / Django trần: {cached / bare:.2f} (mục tiêu ≥ 0,5: {'đạt' if cached >= bare / 2 else 'chưa đạt'})"
        )
        print(f"Không bộ nhớ đệm / Django trần: {uncached / bare:.3f} (hôm nay ≈ 40/5170 = 0,008; mục tiêu ≥ 0,039)")

        script = rotating_script(bench_dir, paths)
        for label, base in (("qua Varnish", edge), ("máy chủ một mình", origin)):
            access_log.write_text("")
            visible = []
            result = {}

            def spike(base=base, result=result):
                result.update(wrk(base, connections=SPIKE_CONNECTIONS, seconds=SPIKE_SECONDS, script=script))

            runner = threading.Thread(target=spike)
            runner.start()
            for n in range(3):
                time.sleep(SPIKE_SECONDS / 4)
                page = articles[n].get_latest_revision_as_object()
                page.title = f"{page.title.split(' (đính chính')[0]} (đính chính {label} {n + 1})"
                published = time.monotonic()
                page.save_revision().publish()
                import http.client

                while True:
                    connection = http.client.HTTPConnection("127.0.0.1", int(base.rsplit(":", 1)[1]), timeout=10)
                    connection.request("GET", articles[n].url, headers={"Host": f"127.0.0.1:{origin_port}"})
                    body = connection.getresponse().read().decode()
                    connection.close()
                    if f"(đính chính {label} {n + 1})" in body:
                        visible.append(time.monotonic() - published)
                        break
                    if time.monotonic() - published > 30:
                        visible.append(float("inf"))
                        break
                    time.sleep(0.05)
            runner.join()
            origin_hits = Counter()
            for line in access_log.read_text().splitlines():
                match = re.search(r'"GET (\S+) HTTP', line)
                if match and match.group(1) in paths:
                    origin_hits[match.group(1)] += 1
            print(f"\nĐợt tăng đột biến {label}: {SPIKE_CONNECTIONS} kết nối, {SPIKE_SECONDS} s")
            print(
                f"  phục vụ {result.get('requests', 0):,} trang, {result.get('rps', 0):,.0f} req/s, lỗi {result.get('errors')}"
            )
            print("  yêu cầu tới máy chủ gốc theo URL (mục tiêu ≤ 4):", dict(origin_hits))
            print("  giây đến khi bản đính chính hiện (mục tiêu ≤ 2):", [f"{s:.2f}" for s in visible])
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        if not os.environ.get("BENCH_DIR"):
            shutil.rmtree(bench_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
