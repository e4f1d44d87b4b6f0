"""No query-string value gives a 500 (issue 17, finding 4).

Generated, not hand-listed: the public routes come from walking cms.urls (every
non-admin pattern, its arguments filled from the demo-like content below) and the
live pages of that content with their routable sub-pages (home, columns, articles,
tag and author pages, feeds, the directive library, the exemplar registry and its
nomination form, forums, the search page, sitemaps, the API endpoints). The
parameters are the ones each view *reads*: every URL is requested once with a
recording QueryDict, which notes each name looked up (Wagtail's API looks up every
field name of the type asked for), joined with the names the code declares
(the search facets, the API's directive and newsroom filters, Wagtail's own
parameters). Each hostile value is then sent in each parameter of each URL, alone;
a 5xx (or an exception) fails, listing every place at once.

The admin's searches (every admin listing or chooser that reads `q`, found the same
way) get the same values, as a superuser and as an editor.
"""

import copy
import re
import sys
from urllib.parse import quote_from_bytes

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.cache import caches
from django.db import transaction
from django.http import QueryDict
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from cms.api.filters import DIRECTIVE_PARAMETERS, NEWSROOM_PARAMETERS, PAGE_ID_PARAMETERS
from cms.core.params import MAX_SEARCH_WORDS
from cms.search.query import FACETS
from tests.factories import (
    AuthorFactory,
    make_article,
    make_column,
    make_directive,
    make_document,
    make_exemplar,
    make_forum,
    make_image,
    make_issuer,
    make_library,
    make_locality,
    make_outlet,
    make_registry,
    make_sector,
    make_user,
)

# ------------------------------------------------------------------ the hostile values

HOSTILE = {
    "huge": ("đảng bộ " * 2500).encode(),  # 20,000 characters
    "20 digits": b"9" * 20,  # past every database integer
    "5000 digits": b"9" * 5000,  # int() refuses more than 4,300 digits
    "zero": b"0",
    "negative": b"-1",
    "NUL": "đảng\x00bộ".encode(),
    "unbalanced quote": '"đảng bộ'.encode(),
    "unbalanced apostrophe": "'đảng bộ".encode(),
    "600 words": " ".join(["đảng"] * 600).encode(),
    "non-UTF-8": b"\xff\xfe\xc3(",
}

# Names the code declares, sent everywhere as well as the ones each view reads.
DECLARED = {
    "page",
    "p",
    "q",
    "offset",
    "limit",
    "search",
    "order",
    "fields",
    "type",
    "year",
    "site",
    "format",
    *FACETS,
    *DIRECTIVE_PARAMETERS,
    *NEWSROOM_PARAMETERS,
    *PAGE_ID_PARAMETERS,
    *PagesAPIViewSet.known_query_parameters,
}

# Public routes that take no query parameters at all: uploaded files served as they are.
NO_QUERY = {"^media/(?P<path>.*)$"}

ADMIN_PREFIX = "admin/"
# Admin routes never requested: they log out, or fail on purpose (Wagtail's error page test).
ADMIN_SKIP = {"admin/logout/", "admin/failwhale/"}


# ------------------------------------------------------------------ recording reads


def _looked_up_by_a_view():
    """False when the look-up comes from the admin search middleware, which checks `q`
    on every admin request (the views that search are the ones wanted)."""
    frame = sys._getframe(2)
    while frame and frame.f_code.co_filename.endswith(("datastructures.py", "request.py", __file__)):
        frame = frame.f_back
    return not (frame and frame.f_code.co_filename.endswith("admin_search.py"))


class RecordingQueryDict(QueryDict):
    """request.GET that notes every name a view looks up (not the look-ups QueryDict
    makes itself while it is being filled)."""

    seen = set()
    recording = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.recording = True

    def _note(self, key):
        if self.recording and _looked_up_by_a_view():
            RecordingQueryDict.seen.add(key)

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)

    def getlist(self, key, default=None):
        self._note(key)
        return super().getlist(key, default)

    def __deepcopy__(self, memo):
        # QueryDict.copy(): the copy is filled before it records.
        result = self.__class__("", mutable=True, encoding=self.encoding)
        result.recording = False
        memo[id(self)] = result
        for key, value in self.lists():
            result.setlist(copy.deepcopy(key, memo), copy.deepcopy(value, memo))
        result.recording = True
        return result


def reads(client, url, monkeypatch):
    RecordingQueryDict.seen = set()
    with monkeypatch.context() as patch:
        patch.setattr("django.core.handlers.wsgi.QueryDict", RecordingQueryDict)
        client.get(url)
    return {name for name in RecordingQueryDict.seen if isinstance(name, str)}


# ------------------------------------------------------------------ demo-like content


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker, tmp_path_factory):
    """One outlet with every kind of public page, made once for the module inside a
    transaction rolled back at the end."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            Page.objects.filter(depth__gt=1).delete()
            home = make_outlet()
            column = make_column(home, "Thời sự")
            author = AuthorFactory(name="Ngô Phương Văn", pen_name="Phương Văn")
            image, document = make_image(), make_document()
            article = make_article(
                column,
                title="Quán triệt Chỉ thị 23-CT/TU về đổi mới công tác học tập nghị quyết",
                authors=[author],
                tags=["Chỉ thị 23"],
                attachments=[document],
                hero_image=image,
            )
            library = make_library(home)
            directive = make_directive(library, issuer=make_issuer(), files=[make_document("Bản gốc")])
            registry = make_registry(home)
            make_exemplar(
                registry,
                locality=make_locality(),
                sector=make_sector(),
                directives=[directive],
                recognitions=[("Bằng khen", "UBND thành phố", "12/QĐ-UBND", 2023)],
            )
            forum = make_forum(home)
            from cms.comments.models import Comment

            comment = Comment.objects.create(page=forum, author_name="Bạn đọc", body="Ý kiến.", status="approved")
            superuser = User.objects.create_superuser("quantri", "quantri@example.vn", "mat-khau")
            from cms.core.newsroom import EDITORS

            editor = make_user("bientap-input", EDITORS)
            yield {
                "home": home,
                "article": article,
                "image": image,
                "document": document,
                "comment": comment,
                "forum": forum,
                "tag": "chi-thi-23",
                "author": author,
                "superuser": superuser,
                "editor": editor,
                "media": media,
            }
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            for cache in caches.all():
                cache.clear()  # Wagtail caches the sites' root paths


@pytest.fixture
def _media_root(settings, content):
    # Overrides conftest's: the images made once for the module stay readable.
    settings.MEDIA_ROOT = content["media"]


# ------------------------------------------------------------------ the URLs


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def fill(route, content):
    """A concrete path for a route pattern, or None when an argument cannot be named."""
    document = content["document"]
    endpoint_ids = {"pages": content["article"].pk, "images": content["image"].pk, "documents": document.pk}
    values = {
        "page_id": content["article"].pk,
        "parent_page_id": content["home"].pk,
        "comment_id": content["comment"].pk,
        "forum_id": content["forum"].pk,
        "restriction_id": 1,
        "page_view_restriction_id": 1,
    }
    path = route.replace("^", "").replace("$", "")
    path = path.replace(r"(\d+)/(.*)", f"{document.pk}/{document.filename}")

    def argument(match):
        name = match.group(2)
        if name == "pk":
            endpoint = next((key for key in endpoint_ids if f"/{key}/" in path), None)
            return str(endpoint_ids.get(endpoint, content["article"].pk))
        return str(values[name]) if name in values else match.group(0)

    path = re.sub(r"<(\w+):(\w+)>", argument, path)
    return None if re.search(r"[<(\\]", path) else "/" + path


def page_urls(content):
    urls = set()
    for page in Page.objects.live().specific():
        url = page.get_url()
        if not url:
            continue
        urls.add(url)
        if isinstance(page, RoutablePageMixin):
            for pattern in page.get_subpage_urls():
                route = str(pattern.pattern)
                route = route.replace("<slug:slug>", content["author"].slug).replace("<str:slug>", content["tag"])
                if "<" not in route:
                    urls.add(url + route.lstrip("^").rstrip("$"))
    return urls


def public_urls(content):
    urls, unfilled = set(), []
    for route in walk(get_resolver().url_patterns):
        if route.startswith(ADMIN_PREFIX) or route in NO_QUERY or "wagtail_serve" in route:
            continue
        if route == r"^((?:[\w\-]+/)*)$":  # Wagtail's pages: their own URLs below
            continue
        path = fill(route, content)
        if path is None:
            unfilled.append(route)
        else:
            urls.add(path)
    assert not unfilled, f"Tuyến công khai chưa biết điền tham số (thêm vào fill()): {unfilled}"
    return sorted(urls | page_urls(content))


def variants(url, content):
    """(url, base query): the search pages with a query (so results and facets run),
    the API's page listing also with each page type that has live pages. A parameter is
    sent once per URL, with the first variant that reads it."""
    result = [(url, {})]
    if url in ("/tim-kiem/", "/api/search/", "/api/search/suggest/"):
        result.insert(0, (url, {"q": "đảng"}))  # first: its parameters are then sent with a query
    if url == "/api/v2/pages/":
        types = {f"{page._meta.app_label}.{type(page).__name__}" for page in Page.objects.live().specific()}
        result += [(url, {"type": name}) for name in sorted(types)]
    return result


def api_field_filters(path, base):
    """Wagtail's API filters a listing by any database field of the type asked for
    (`?title=`, `?slug=`...): it reads them from the query string in a loop, so they are
    taken from the viewset's field list instead."""
    view = getattr(resolve(path).func, "cls", None)
    if not re.fullmatch(r"/api/v2/\w+/", path) or not hasattr(view, "get_available_fields"):
        return set()
    model = apps.get_model(base["type"]) if "type" in base else view.model
    return set(view.get_available_fields(model, db_fields_only=True))


def query(base, name, value):
    params = [(key.encode(), val.encode()) for key, val in base.items() if key != name]
    params.append((name.encode(), value))
    return "&".join(f"{quote_from_bytes(key, safe='')}={quote_from_bytes(val, safe='')}" for key, val in params)


@pytest.fixture(scope="module")
def targets(content, django_db_blocker):
    """[(url, base query, parameter names)] for the public site, discovered once."""
    monkeypatch = pytest.MonkeyPatch()
    client = Client()
    found = []
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=content["media"]):
        for url in public_urls(content):
            sent = {"_"}
            for path, base in variants(url, content):
                names = reads(client, path + "?" + query(base, "_", b""), monkeypatch)
                everything = {name: "1" for name in DECLARED}
                names |= reads(client, path + "?" + query({**everything, **base}, "_", b""), monkeypatch)
                names |= api_field_filters(path, base)
                found.append((path, base, sorted(names - sent)))
                sent |= names
    return found


@pytest.fixture(scope="module")
def admin_searches(content, django_db_blocker):
    """The admin URLs (no arguments, or a page id) that read `q`: listings, search, choosers."""
    monkeypatch = pytest.MonkeyPatch()
    client = Client()
    client.force_login(content["superuser"])
    found, views = [], set()
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=content["media"]):
        for route in walk(get_resolver().url_patterns):
            if not route.startswith(ADMIN_PREFIX) or route in ADMIN_SKIP:
                continue
            path = fill(route, content)
            if path is None or "<" in route:
                continue
            match = resolve(path)
            view = getattr(match.func, "view_class", match.func)
            initkwargs = getattr(match.func, "view_initkwargs", {})
            key = (view, initkwargs.get("model"), initkwargs.get("results_only"))
            if key in views:
                continue  # the same view for the same model: its search is already tested
            views.add(key)
            if "q" in reads(client, path + "?q=d%E1%BA%A3ng", monkeypatch):
                found.append(path)
    return found


def status_or_error(client, url):
    try:
        return client.get(url).status_code
    except Exception as error:  # the test client re-raises what the view raised
        return f"{type(error).__name__}: {str(error)[:100]}"


def failures(client, url, name, value):
    status = status_or_error(client, url)
    return [] if isinstance(status, int) and status < 500 else [f"{status}  {url[:150]}  ({name})"]


# ------------------------------------------------------------------ the tests


pytestmark = pytest.mark.django_db


def test_discovery_found_the_public_surface(targets, admin_searches):
    """The generated lists cover what the findings named (guards the generator itself)."""
    urls = {url for url, _base, _names in targets}
    for expected in ("/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/", "/tim-kiem/", "/api/search/"):
        assert expected in urls
    assert any(url.endswith("/van-ban/") for url in urls) and any(url.endswith("/dien-hinh/") for url in urls)
    assert any("/chu-de/" in url for url in urls) and any("/tac-gia/" in url for url in urls)
    names = {name for _url, _base, found in targets for name in found}
    assert {"kind", "issuer", "status", "locality", "field", "number", "trang-binh-luan"} <= names
    assert {"/admin/pages/search/", "/admin/images/", "/admin/documents/", "/admin/choose-page/search/"} <= set(
        admin_searches
    )


@pytest.mark.parametrize("label", list(HOSTILE))
def test_no_public_parameter_gives_a_500(label, targets):
    value = HOSTILE[label]
    client = Client()
    bad = []
    for url, base, names in targets:
        for name in names:
            bad += failures(client, f"{url}?{query(base, name, value)}", name, value)
    assert not bad, f"{len(bad)} lỗi 5xx với giá trị “{label}”:\n" + "\n".join(bad)


@pytest.mark.parametrize("label", list(HOSTILE))
@pytest.mark.parametrize("role", ["superuser", "editor"])
def test_no_admin_search_gives_a_500(label, role, content, admin_searches):
    client = Client()
    client.force_login(content[role])
    bad = []
    for url in admin_searches:
        bad += failures(client, f"{url}?{query({}, 'q', HOSTILE[label])}", "q", HOSTILE[label])
    assert not bad, f"{len(bad)} lỗi 5xx ({role}) với giá trị “{label}”:\n" + "\n".join(bad)


# ------------------------------------------------------------------ what the user sees


def test_api_refuses_bad_numbers_and_long_searches_in_vietnamese(content):
    client = Client()
    cases = {
        "/api/v2/pages/?offset=" + "9" * 20: "offset",
        "/api/v2/images/?offset=" + "9" * 5000: "offset",
        "/api/v2/pages/?type=directives.DirectivePage&year=0": "year",
        "/api/v2/pages/?type=directives.DirectivePage&year=" + "9" * 5000: "year",
        "/api/v2/pages/?search=" + "+".join(["dang"] * 600): "search",
        "/api/v2/pages/?search=dang%00bo": "search",
    }
    for url, name in cases.items():
        response = client.get(url)
        assert response.status_code == 400, url[:80]
        assert response.json()["message"].startswith(f"{name}: "), url[:80]


def test_api_search_with_a_lone_quote_is_answered(content):
    response = Client().get("/api/v2/pages/?search=%22qu%C3%A1n%20tri%E1%BB%87t")
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] >= 1


def test_library_and_registry_ignore_impossible_years_with_a_note(content):
    client = Client()
    for url in ("/van-ban/", "/dien-hinh/"):
        response = client.get(url + "?year=" + "9" * 5000)
        assert response.status_code == 200
        assert "không hợp lệ; đã bỏ qua bộ lọc này" in response.content.decode()


def test_search_pages_past_the_end_are_empty_not_errors(content):
    client = Client()
    assert client.get("/tim-kiem/?q=đảng&page=" + "9" * 5000).status_code == 200
    response = client.get("/api/search/?q=đảng&page=" + "9" * 5000)
    assert response.status_code == 200
    assert response.json()["results"] == []


def test_admin_search_of_1000_words_searches_the_first_words_and_says_so(content):
    from modelsearch.index import insert_or_update_object

    # Wagtail indexes after the commit; the module's content is never committed.
    insert_or_update_object(content["article"])
    client = Client()
    client.force_login(content["superuser"])
    words = ["quán", "triệt"] * 500  # 1,000 words, every one in the title
    response = client.get("/admin/pages/search/", {"q": " ".join(words)})
    assert response.status_code == 200
    page = response.content.decode()
    assert f"Từ khóa tìm kiếm dài quá {MAX_SEARCH_WORDS} từ" in page
    assert "Quán triệt Chỉ thị 23-CT/TU" in page  # the first words were searched
