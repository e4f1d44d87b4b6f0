"""Hostile input through the comment form and the JSON comments API.

XSS vectors come from a maintained list, the BRS-KB knowledge base (PyPI
`brs-kb`, MIT licence, pinned in requirements-dev.txt), not from a handful of
hand-written examples. Each one must either be refused with a clear 4xx and
message, or be stored exactly as the form documents (ends stripped, CRLF counted
as one line end) and shown inert: on the public page, in the moderation queue
and on a comment's admin page the HTML parser finds no element, attribute or
URL that came from the payload, and the comment's text reads back exactly.

Also: SQL-looking text, 1 MB bodies, wrong content types, invalid JSON, unknown
fields, NUL bytes, right-to-left text and emoji."""

import json
import re
from collections import Counter, defaultdict
from html.parser import HTMLParser
from types import SimpleNamespace

import brs_kb
import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.template.defaultfilters import linebreaksbr
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from cms.comments import tallies
from cms.comments.api import MAX_BODY_BYTES
from cms.comments.checks import normalise_body
from cms.comments.forms import NUL_MESSAGE
from cms.comments.models import APPROVED, PENDING, Comment, CommentReport, CommentSettings
from cms.core.newsroom import MODERATORS
from tests.comments.test_public_comments import _comment_settings, make_forum, make_forum_index, set_rule, stamp
from tests.factories import make_user

pytestmark = pytest.mark.django_db
__all__ = ["_comment_settings"]  # the autouse fixture, imported to apply here too

API = "/api/comments/"
QUEUE = "/admin/kiem-duyet/"
BULK = "/admin/kiem-duyet/hang-loat/"
EMAIL = "ban.doc@example.vn"
HARMLESS = "Bình luận bình thường để so sánh cấu trúc trang.\nDòng thứ hai (một thẻ <br>)."
MAX_LENGTH_MESSAGE = "Nội dung quá dài: tối đa 5000 ký tự (bạn đã nhập {n})."


@pytest.fixture(autouse=True)
def _all_comments_on_one_page(_comment_settings, settings):
    # Every comment of a test on one public page (the limits stay off, see _comment_settings).
    settings.COMMENT_PAGE_SIZE = 500
    settings.COMMENT_MAX_LENGTH = 5000
    settings.COMMENT_MIN_LENGTH = 2


# ---------------------------------------------------------------- the vectors


def stored_form(text):
    """What CommentForm keeps of a body: Django strips the ends, clean_body turns CRLF into LF."""
    return text.strip().replace("\r\n", "\n")


def refusal(text):
    """The body field's error for this text, or None when it must be stored."""
    if "\x00" in text:
        return NUL_MESSAGE
    body = stored_form(text)
    if len(body) < 2:
        return "Nội dung quá ngắn: cần ít nhất 2 ký tự."
    if len(body) > 5000:
        return MAX_LENGTH_MESSAGE.format(n=len(body))
    return None


def _is_edge_case(text):
    # The payloads whose bytes test "stored faithfully" hardest.
    return text != text.strip() or any(ord(ch) < 32 and ch != "\n" for ch in text) or any(ord(ch) > 126 for ch in text)


def select_vectors(spread=120, edge_cases=30):
    """A deterministic sample of BRS-KB's payloads for HTML content: `spread` of them taken
    evenly over them in id order, plus the first `edge_cases` that carry control
    characters, NUL, CR, surrounding whitespace or non-ASCII text. Payloads that would be
    the same comment for the duplicate check (same text ignoring case and spacing)
    are kept once."""
    entries = brs_kb.get_all_payloads()
    unique = {}
    for payload_id in sorted(entries):
        entry = entries[payload_id]
        if "html_content" not in entry["contexts"]:
            continue
        text = entry["payload"]
        unique.setdefault(normalise_body(stored_form(text)), (payload_id, text))
    ordered = list(unique.values())
    step = len(ordered) // spread
    chosen = ordered[::step][:spread]
    taken = {payload_id for payload_id, _ in chosen}
    edges = [item for item in ordered if item[0] not in taken and _is_edge_case(item[1])][:edge_cases]
    return chosen + edges


VECTORS = select_vectors()
ACCEPTED = [(payload_id, text) for payload_id, text in VECTORS if refusal(text) is None]
REFUSED = [(payload_id, text) for payload_id, text in VECTORS if refusal(text) is not None]
FORM_VECTORS = VECTORS[::5]
# Short enough for the name field (100) and the admin's search box (200).
NAME_VECTORS = [(i, t) for i, t in ACCEPTED if len(t.strip()) <= 100 and " ".join(t.split())][:40]
SEARCH_VECTORS = [(i, t) for i, t in ACCEPTED if len(t.strip()) <= 200][:20]


def test_the_vectors_come_from_the_maintained_list():
    assert brs_kb.__version__ == "4.0.2"
    assert 100 <= len(VECTORS) <= 150
    assert len({payload_id for payload_id, _ in VECTORS}) == len(VECTORS)
    assert len({normalise_body(stored_form(text)) for _, text in VECTORS}) == len(VECTORS)
    texts = [text.lower() for _, text in VECTORS]
    # Real attacks, of several kinds, with some the form has to refuse.
    assert sum("<script" in t for t in texts) >= 20
    assert sum("onerror" in t or "onload" in t for t in texts) >= 10
    assert sum("javascript:" in t for t in texts) >= 10
    assert any("<svg" in t for t in texts) and any("<iframe" in t for t in texts)
    assert REFUSED and all(refusal(text) == NUL_MESSAGE for _, text in REFUSED)
    assert any(text != stored_form(text) for _, text in ACCEPTED)
    assert len(FORM_VECTORS) >= 20 and len(NAME_VECTORS) >= 20 and len(SEARCH_VECTORS) == 20
    assert select_vectors() == VECTORS


# ---------------------------------------------------------------- reading HTML

VOID_ELEMENTS = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
ACTIVE_ELEMENTS = ("script", "style", "iframe", "frame", "object", "embed", "base", "meta", "link", "svg", "math")
URL_ATTRIBUTES = frozenset(
    "href src action formaction data xlink:href poster background srcset lowsrc dynsrc codebase".split()
)
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "livescript:")


class Markup(HTMLParser):
    """What a page is made of, and the text of the elements holding user input.

    `owner(tag, attrs)` returns a key (a comment id) when an element starts that
    comment's markup; the first element after it for which `holder(tag, attrs)` is
    true holds the text, read into `texts[key]`. Inside a holder only <br> (a line
    break) is expected: anything else is recorded in `foreign[key]`."""

    def __init__(self, html, owner=None, holder=None):
        super().__init__(convert_charrefs=True)
        self.owner, self.holder = owner, holder
        self.tags, self.attributes = Counter(), Counter()
        self.dangerous_urls = []
        self.texts, self.foreign = {}, defaultdict(list)
        self.attribute_values = defaultdict(list)
        self._key = self._capture = None
        self._depth, self._buffer = 0, []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags[tag] += 1
        for name, value in attrs:
            self.attributes[name] += 1
            if value is not None:
                self.attribute_values[name].append(value)
            if name in URL_ATTRIBUTES and value:
                squeezed = "".join(ch for ch in value if not ch.isspace() and ord(ch) >= 32).lower()
                if squeezed.startswith(DANGEROUS_SCHEMES):
                    self.dangerous_urls.append((tag, name, value))
        if self._capture is not None:
            if tag == "br":
                self._buffer.append("\n")
            else:
                self.foreign[self._capture].append(f"<{tag}>")
                if tag not in VOID_ELEMENTS:
                    self._depth += 1
            return
        if self.owner is not None:
            key = self.owner(tag, attributes)
            if key is not None:
                self._key = key
        # The first holder after the owner starts; later ones belong to nobody.
        key = self._key
        if self.holder is not None and key is not None and key not in self.texts and self.holder(tag, attributes):
            self._capture, self._depth, self._buffer = key, 1, []

    def handle_endtag(self, tag):
        if self._capture is None or tag in VOID_ELEMENTS:
            return
        self._depth -= 1
        if self._depth == 0:
            self.texts[self._capture] = "".join(self._buffer)
            self._capture = None

    def handle_data(self, data):
        if self._capture is not None:
            self._buffer.append(data)

    def _foreign(self, what):
        if self._capture is not None:
            self.foreign[self._capture].append(what)

    def handle_comment(self, data):
        self._foreign("<!--")

    def handle_decl(self, decl):
        self._foreign("<!")

    def unknown_decl(self, data):
        self._foreign("<![")

    def handle_pi(self, data):
        self._foreign("<?")


def shown_text(body):
    """The text a reader sees for a stored body: linebreaksbr turns every line end into <br>."""
    return body.replace("\r\n", "\n").replace("\r", "\n")


def assert_no_new_markup(page, baseline):
    """Nothing on the page that the same page without the payloads lacks."""
    assert set(page.tags) <= set(baseline.tags), set(page.tags) - set(baseline.tags)
    assert set(page.attributes) <= set(baseline.attributes), set(page.attributes) - set(baseline.attributes)
    for tag in ACTIVE_ELEMENTS:
        assert page.tags[tag] == baseline.tags[tag], tag
    handlers = {name: count for name, count in page.attributes.items() if name.startswith("on")}
    assert handlers == {name: count for name, count in baseline.attributes.items() if name.startswith("on")}
    assert page.dangerous_urls == baseline.dangerous_urls == []


def assert_shown_inert(html, page, comments):
    """Each comment's text reads back exactly, nothing inside it is markup, and its
    escaped form is in the HTML (never the raw payload)."""
    for comment in comments:
        assert page.foreign.get(comment.pk, []) == [], (comment.pk, comment.body)
        assert page.texts.get(comment.pk) == shown_text(comment.body), comment.pk
        assert linebreaksbr(comment.body, autoescape=True) in html, comment.pk
        if "<" in comment.body:
            assert comment.body not in html, comment.pk


def test_the_checks_catch_a_payload_rendered_live():
    """The checks below fail on a page that shows a payload as HTML (`|safe`), even
    one among many, or that escapes it but loses part of it."""
    comments = [SimpleNamespace(pk=n, body=stored_form(text)) for n, (_, text) in enumerate(ACCEPTED[:40], 1)]

    def render(live=(), cut=False):
        items = "".join(
            f'<li id="binh-luan-{c.pk}"><div class="comment__body">'
            f"{linebreaksbr(c.body[:-1] if cut else c.body, autoescape=c.pk not in live)}</div></li>"
            for c in comments
        )
        return f"<html><body><ol>{items}</ol></body></html>"

    harmless = [SimpleNamespace(pk=1, body=HARMLESS)]
    baseline = read_public_page(
        f'<html><body><ol><li id="binh-luan-1"><div class="comment__body">{linebreaksbr(HARMLESS)}</div></li></ol>'
    )
    assert_shown_inert(linebreaksbr(HARMLESS), baseline, harmless)
    escaped = render()
    assert_shown_inert(escaped, read_public_page(escaped), comments)
    assert_no_new_markup(read_public_page(escaped), baseline)

    caught = 0
    for comment in comments:
        if "<" not in comment.body:
            continue
        html = render(live={comment.pk})
        with pytest.raises(AssertionError):
            assert_shown_inert(html, read_public_page(html), comments)
        with pytest.raises(AssertionError):
            assert_no_new_markup(read_public_page(html), baseline)
        caught += 1
    assert caught >= 30
    cut = render(cut=True)
    with pytest.raises(AssertionError):
        assert_shown_inert(cut, read_public_page(cut), comments[:1])


def comment_id_of_list_item(tag, attrs):
    identifier = attrs.get("id") or ""
    if tag == "li" and identifier.startswith("binh-luan-") and identifier[10:].isdigit():
        return int(identifier[10:])
    return None


def is_public_body(tag, attrs):
    return tag == "div" and attrs.get("class") == "comment__body"


def read_public_page(html):
    return Markup(html, owner=comment_id_of_list_item, holder=is_public_body)


def comment_id_of_queue_row(tag, attrs):
    return int(attrs["data-comment-id"]) if tag == "tr" and "data-comment-id" in attrs else None


def is_queue_body(tag, attrs):
    return tag == "div"  # the row's first <div>: <td class="comment-body"><div>{{ body|linebreaksbr }}</div>


def read_queue(html):
    return Markup(html, owner=comment_id_of_queue_row, holder=is_queue_body)


# ---------------------------------------------------------------- helpers


def post_json(client, data, ip="203.0.113.50", content_type="application/json", **headers):
    body = data if isinstance(data, bytes | str) else json.dumps(data)
    # The test client leaves the header out of a request without a body: set it anyway.
    return client.post(API, body, content_type=content_type, REMOTE_ADDR=ip, CONTENT_TYPE=content_type, **headers)


def api_payload(page, body, **changes):
    data = {"page": page.pk, "author_name": "Bạn đọc thử nghiệm", "author_email": EMAIL, "body": body}
    data.update(changes)
    return data


def form_post(client, page, body, **changes):
    data = {
        "author_name": "Bạn đọc thử nghiệm",
        "author_email": EMAIL,
        "body": body,
        "website": "",
        "stamp": stamp(),
    }
    data.update(changes)
    return client.post(reverse("comments:post_comment", args=[page.pk]), data, REMOTE_ADDR="203.0.113.51")


def moderator_client():
    client = Client()
    client.force_login(make_user("kiemduyet", MODERATORS, first_name="Mai", last_name="Kiểm Duyệt"))
    return client


def queue_pages(client, tab):
    """Every page of a queue tab: {comment id: (html, parsed page)}."""
    found, number = {}, 1
    while True:
        response = client.get(QUEUE, {"tab": tab, "p": number})
        assert response.status_code == 200
        html = response.content.decode()
        page = read_queue(html)
        for comment_id in page.texts:
            found[comment_id] = (html, page)
        # "148 bình luận · trang 1/3", only when there is more than one page.
        pages = re.search(r"bình luận · trang (\d+)/(\d+)", html)
        if pages is None or pages[1] == pages[2]:
            return found
        number += 1


def public_page(page):
    response = Client().get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    return html, read_public_page(html)


def api_bodies(page):
    response = Client().get(API, {"page": page.pk})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    # The JSON holds the payloads raw: browsers must never sniff it as HTML.
    assert response["X-Content-Type-Options"] == "nosniff"
    data = response.json()
    items = data["results"] + [reply for item in data["results"] for reply in item["replies"]]
    return {item["id"]: item for item in items}


# ---------------------------------------------------------------- XSS through the API


def test_xss_vectors_through_the_api_are_stored_exactly_and_shown_inert(article):
    harmless = Comment.objects.create(page=article, author_name="Người so sánh", body=HARMLESS, status=PENDING)
    moderator = moderator_client()
    queue_baseline = read_queue(moderator.get(QUEUE, {"tab": "cho-duyet"}).content.decode())
    Comment.objects.filter(pk=harmless.pk).update(status=APPROVED)
    public_baseline = public_page(article)[1]
    Comment.objects.filter(pk=harmless.pk).update(status=PENDING)
    client = Client()

    stored = {}
    for payload_id, text in VECTORS:
        response = post_json(client, api_payload(article, text))
        message = refusal(text)
        if message:
            assert response.status_code == 400, (payload_id, response.content)
            assert response.json() == {"errors": {"body": [message]}}, payload_id
            continue
        assert response.status_code == 201, (payload_id, response.content)
        assert response.json()["status"] == "pending"
        comment = Comment.objects.get(pk=response.json()["id"])
        assert comment.body == stored_form(text), payload_id
        assert comment.status == PENDING
        stored[comment.pk] = comment
    assert len(stored) == len(ACCEPTED) >= 100
    assert Comment.objects.count() == len(ACCEPTED) + 1

    # In the moderation queue (three pages of 50), before anyone approved them.
    rows = queue_pages(moderator, "cho-duyet")
    assert set(stored) <= set(rows)
    pages = {id(page): (html, page) for html, page in rows.values()}
    assert len(pages) == 3
    for html, page in pages.values():
        assert_no_new_markup(page, queue_baseline)
        assert_shown_inert(html, page, [c for c in stored.values() if c.pk in page.texts])

    # Approved through the queue's bulk action, as a moderator does.
    ids = [str(pk) for pk in [*stored, harmless.pk]]
    response = moderator.post(BULK, {"ids": ids, "bulk_action": "approve", "next": QUEUE})
    assert response.status_code == 302
    assert Comment.objects.filter(status=APPROVED).count() == len(stored) + 1

    html, page = public_page(article)
    assert set(page.texts) == set(stored) | {harmless.pk}
    assert_no_new_markup(page, public_baseline)
    assert_shown_inert(html, page, stored.values())

    # The API gives back the exact strings.
    items = api_bodies(article)
    assert {pk: item["body"] for pk, item in items.items() if pk in stored} == {
        pk: comment.body for pk, comment in stored.items()
    }


def test_xss_vectors_in_the_name_are_shown_inert(article):
    set_rule(article, "post")
    Comment.objects.create(page=article, author_name="Người so sánh", body=HARMLESS, status=APPROVED)
    public_baseline = public_page(article)[1]
    client = Client()
    names = {}
    for n, (payload_id, text) in enumerate(NAME_VECTORS):
        response = post_json(client, api_payload(article, f"Ý kiến số {n} của bạn đọc.", author_name=text))
        assert response.status_code == 201, (payload_id, response.content)
        comment = Comment.objects.get(pk=response.json()["id"])
        # clean_author_name documents it: spaces collapsed, nothing else changed.
        assert comment.author_name == " ".join(text.split()), payload_id
        names[comment.pk] = comment.author_name

    html, page = public_page(article)
    assert_no_new_markup(page, public_baseline)
    authors = Markup(
        html,
        owner=comment_id_of_list_item,
        holder=lambda tag, attrs: tag == "span" and attrs.get("class") == "comment__author",
    )
    assert {pk: authors.texts.get(pk) for pk in names} == names
    assert all(authors.foreign.get(pk, []) == [] for pk in names)
    # The name is also in an attribute: quotes must not break out of it.
    labels = set(page.attribute_values["aria-label"])
    for name in names.values():
        assert f"Bình luận của {name}" in labels
        assert escape(name) in html
    items = api_bodies(article)
    assert {pk: items[pk]["author_name"] for pk in names} == names


# ---------------------------------------------------------------- XSS through the HTML form


def test_xss_vectors_through_the_form_are_stored_exactly_and_shown_inert(outlet):
    forum = make_forum(make_forum_index(outlet), comment_rule="post", require_email=True)
    Comment.objects.create(page=forum, author_name="Người so sánh", body=HARMLESS, status=APPROVED, stance="dong-y")
    tallies.rebuild([forum.pk])  # written around the engine: the page reads the forum's counters
    public_baseline = public_page(forum)[1]
    client = Client()
    stored = {}
    for payload_id, text in FORM_VECTORS:
        response = form_post(client, forum, text, stance="y-kien-khac")
        message = refusal(text)
        if message:
            assert response.status_code == 400, payload_id
            html = response.content.decode()
            assert 'id="id_body_error"' in html and escape(message) in html, payload_id
            # The typed text comes back in the textarea, inert.
            textarea = Markup(
                html, owner=lambda tag, attrs: 1 if tag == "form" else None, holder=lambda t, a: t == "textarea"
            )
            assert textarea.foreign.get(1, []) == []
            assert textarea.texts[1].removeprefix("\n") == text
            continue
        assert response.status_code == 303, (payload_id, response.content[:300])
        comment = Comment.objects.get(page=forum, body=stored_form(text))
        status = "approved" if comment.status == APPROVED else "pending"
        assert response["Location"].endswith(f"trang-thai={status}#binh-luan")
        stored[comment.pk] = comment
    assert len(stored) >= 20
    assert len(stored) + 1 == Comment.objects.filter(page=forum).count()

    # More than two links holds a comment even on a post-moderated forum: approve those too.
    Comment.objects.filter(pk__in=stored).update(status=APPROVED)
    tallies.rebuild([forum.pk])
    html, page = public_page(forum)
    assert set(stored) <= set(page.texts)
    assert_no_new_markup(page, public_baseline)
    assert_shown_inert(html, page, stored.values())


def test_the_form_echoes_typed_vectors_inert_after_an_error(article):
    client = Client()
    baseline = Markup(form_post(client, article, HARMLESS, author_email="không phải email").content.decode())
    for payload_id, text in FORM_VECTORS:
        response = form_post(client, article, text, author_email="không phải email")
        assert response.status_code == 400, payload_id
        html = response.content.decode()
        assert "Địa chỉ email không hợp lệ." in html
        form = Markup(html, owner=lambda tag, attrs: 1 if tag == "form" else None, holder=lambda t, a: t == "textarea")
        assert form.foreign.get(1, []) == [], payload_id
        # Django writes a newline after <textarea> (browsers drop it); then the text as typed.
        assert form.texts[1].removeprefix("\n") == text, payload_id
        assert_no_new_markup(form, baseline)
        assert "<textarea" in html and escape(text) in html
    assert not Comment.objects.exists()


# ---------------------------------------------------------------- XSS in the admin


def test_xss_vectors_are_inert_in_the_moderation_queue_and_detail_page(article):
    moderator = moderator_client()
    Comment.objects.create(page=article, author_name="Người so sánh", author_email=EMAIL, body=HARMLESS)
    baseline = read_queue(moderator.get(QUEUE, {"tab": "cho-duyet"}).content.decode())
    detail_baseline = Markup(moderator.get(f"{QUEUE}{Comment.objects.get().pk}/").content.decode())
    Comment.objects.bulk_create(
        Comment(
            page=article,
            author_name=f"Bạn đọc {n}",
            author_email=EMAIL,
            organisation=text[:200],
            body=stored_form(text),
            status_reason="Chờ duyệt theo quy tắc duyệt trước.",
        )
        for n, (_, text) in enumerate(ACCEPTED)
    )
    comments = {c.pk: c for c in Comment.objects.exclude(body=HARMLESS)}
    assert len(comments) == len(ACCEPTED)

    rows = queue_pages(moderator, "cho-duyet")
    assert set(comments) <= set(rows)
    pages = {id(page): (html, page) for html, page in rows.values()}
    assert len(pages) == 3  # 50 a page
    for html, page in pages.values():
        assert_no_new_markup(page, baseline)
        assert_shown_inert(html, page, [c for c in comments.values() if c.pk in page.texts])
        for comment in comments.values():
            if comment.pk in page.texts:
                assert escape(comment.organisation) in html

    # One comment's page shows the body in a <p>, and the name, organisation...
    for comment in list(comments.values())[::10]:
        response = moderator.get(f"{QUEUE}{comment.pk}/")
        assert response.status_code == 200
        html = response.content.decode()
        page = Markup(
            html,
            owner=lambda tag, attrs, pk=comment.pk: pk if tag == "section" else None,
            holder=lambda tag, attrs: tag == "p",
        )
        assert_no_new_markup(page, detail_baseline)
        assert page.foreign.get(comment.pk, []) == []
        assert page.texts[comment.pk] == shown_text(comment.body)
        assert linebreaksbr(comment.body, autoescape=True) in html


def test_xss_vectors_typed_in_the_queue_search_come_back_inert(article):
    moderator = moderator_client()
    Comment.objects.create(page=article, author_name="Người so sánh", author_email=EMAIL, body=HARMLESS)
    baseline = read_queue(moderator.get(QUEUE, {"tab": "cho-duyet", "q": "x"}).content.decode())
    for payload_id, text in SEARCH_VECTORS:
        response = moderator.get(QUEUE, {"tab": "cho-duyet", "q": text})
        assert response.status_code == 200, payload_id
        html = response.content.decode()
        page = read_queue(html)
        assert_no_new_markup(page, baseline)
        # Shown back in the search box exactly as typed (Django's CharField strips the ends).
        assert text.strip() in page.attribute_values["value"], payload_id


def test_xss_vectors_in_an_official_reply_are_inert(article):
    moderator = moderator_client()
    comment = Comment.objects.create(page=article, author_name="Bạn đọc", body=HARMLESS, status=APPROVED)
    baseline = public_page(article)[1]
    for payload_id, text in ACCEPTED[:: len(ACCEPTED) // 10][:10]:
        by = " ".join(text.split())[:200]
        response = moderator.post(f"{QUEUE}{comment.pk}/", {"text": text, "by": by})
        assert response.status_code == 302, (payload_id, response.content[:500])
        comment.refresh_from_db()
        assert comment.official_reply == text.strip() and comment.official_reply_by == by
        html, page = public_page(article)
        assert_no_new_markup(page, baseline)
        reply = Markup(
            html,
            owner=comment_id_of_list_item,
            holder=lambda tag, attrs: tag == "div" and attrs.get("class") == "comment__official-body",
        )
        assert reply.foreign.get(comment.pk, []) == [], payload_id
        assert reply.texts[comment.pk] == shown_text(comment.official_reply), payload_id
        assert escape(by) in html


def test_xss_vectors_in_report_notes_are_inert_in_the_admin(article):
    comment = Comment.objects.create(page=article, author_name="Bạn đọc", body=HARMLESS, status=APPROVED)
    CommentSettings.objects.update_or_create(
        site=article.get_site(), defaults={"report_threshold": 0}
    )  # stays published
    moderator = moderator_client()
    client = Client()
    response = client.post(
        f"{API}{comment.pk}/report/", {"reason": "khac", "note": HARMLESS}, content_type="application/json"
    )
    assert response.status_code == 202
    baseline = Markup(moderator.get(f"{QUEUE}{comment.pk}/").content.decode())
    notes = [text for _, text in ACCEPTED if len(text.strip()) <= 500][:20]
    for n, text in enumerate(notes, 1):
        response = client.post(
            f"{API}{comment.pk}/report/",
            {"reason": "xuc-pham", "note": text},
            content_type="application/json",
            REMOTE_ADDR=f"198.51.100.{n}",
        )
        assert response.status_code == 202, response.content
    assert sorted(CommentReport.objects.exclude(note=HARMLESS).values_list("note", flat=True)) == sorted(
        text.strip() for text in notes
    )

    html = moderator.get(f"{QUEUE}{comment.pk}/").content.decode()
    assert_no_new_markup(Markup(html), baseline)
    # The cells of the reports table: date, reason, note.
    table = html[html.index('id="reports-heading"') :]
    table = table[: table.index("</table>")]
    cells = iter(range(1, 10_000))
    page = Markup(table, owner=lambda tag, attrs: next(cells) if tag == "td" else None, holder=lambda t, a: t == "td")
    assert len(page.texts) == 3 * (len(notes) + 1)
    assert not any(page.foreign.values())
    shown = set(page.texts.values())
    for text in notes:
        note = text.strip()
        assert shown_text(note) in shown, note
        assert linebreaksbr(note, autoescape=True) in html


PUBLIC_PARAMETERS = ("sap-xep", "trang-binh-luan", "tra-loi", "binh-luan", "trang-thai", "bao-vi-pham")


def test_xss_vectors_in_the_public_page_query_are_inert(article):
    Comment.objects.create(page=article, author_name="Bạn đọc", body=HARMLESS, status=APPROVED)
    baseline = public_page(article)[1]
    client = Client()
    for payload_id, text in SEARCH_VECTORS:
        response = client.get(article.url, dict.fromkeys(PUBLIC_PARAMETERS, text))
        assert response.status_code == 200, payload_id
        html = response.content.decode()
        assert_no_new_markup(read_public_page(html), baseline)
        if "<" in text:
            assert text not in html, payload_id


# ---------------------------------------------------------------- SQL-looking text

SQL_TEXTS = [
    "'; DROP TABLE forums_comment; --",
    "1 OR 1=1",
    "' OR '1'='1' --",
    "Robert'); DROP TABLE auth_user;--",
    '" UNION SELECT username, password FROM auth_user --',
    "1; SELECT * FROM auth_user WHERE is_superuser = 1 --",
    "'); UPDATE forums_comment SET status='approved' WHERE '1'='1",
    "%' AND 1=0 UNION SELECT sqlite_version() --",
    "admin'/*",
    "1' AND SLEEP(5)#",
    "Tôi đề nghị xem lại; DELETE FROM wagtailcore_page WHERE 1=1; -- xin cảm ơn",
    "_%_%\\' ESCAPE '\\",
]


def test_sql_looking_text_is_stored_and_shown_faithfully(article, admin_user):
    bystander = Comment.objects.create(page=article, author_name="Người khác", body=HARMLESS, status=PENDING)
    users = User.objects.count()
    client = Client()
    stored = {}
    for n, text in enumerate(SQL_TEXTS):
        data = api_payload(article, text, author_name=f"{text[:60]} {n}")
        response = (
            post_json(client, data) if n % 2 == 0 else form_post(client, article, text, author_name=data["author_name"])
        )
        assert response.status_code in (201, 303), (text, response.content[:300])
        comment = Comment.objects.get(body=text)
        assert comment.author_name == data["author_name"]
        stored[comment.pk] = comment
    assert len(stored) == len(SQL_TEXTS)

    # Nothing ran: the tables are there, the other rows unchanged.
    tables = connection.introspection.table_names()
    assert {"forums_comment", "auth_user", "wagtailcore_page"} <= set(tables)
    bystander.refresh_from_db()
    assert bystander.status == PENDING and bystander.body == HARMLESS
    assert User.objects.count() == users
    assert article.__class__.objects.filter(pk=article.pk).exists()

    # The admin search takes the text literally (no LIKE wildcards).
    moderator = moderator_client()
    for comment in stored.values():
        html = moderator.get(QUEUE, {"tab": "cho-duyet", "q": comment.body}).content.decode()
        assert read_queue(html).texts.keys() == {comment.pk}, comment.body

    Comment.objects.update(status=APPROVED)
    html, page = public_page(article)
    assert_shown_inert(html, page, stored.values())
    items = api_bodies(article)
    assert {pk: items[pk]["body"] for pk in stored} == {pk: c.body for pk, c in stored.items()}
    assert {pk: items[pk]["author_name"] for pk in stored} == {pk: c.author_name for pk, c in stored.items()}
    # A page id that looks like SQL is a 400, not a query.
    response = Client().get(API, {"page": f"{article.pk} OR 1=1"})
    assert response.status_code == 400 and response.json() == {
        "errors": {"page": ["Mã trang phải là số nguyên dương."]}
    }


# ---------------------------------------------------------------- size

ONE_MB = 1024 * 1024


def test_a_1_mb_body_is_refused_by_the_api(article):
    body = "Ô" * (ONE_MB // 2)  # 2 bytes each in UTF-8: 1 MB of body
    assert len(body.encode()) == ONE_MB
    response = post_json(Client(), api_payload(article, body))
    assert response.status_code == 413
    assert response.json() == {"errors": {"__all__": [f"Nội dung quá lớn: tối đa {MAX_BODY_BYTES // 1024} KB."]}}
    # A size the request allows but the field does not: refused naming the field.
    response = post_json(Client(), api_payload(article, "😀" * 5001))  # 20 KB of 4-byte characters
    assert response.status_code == 400
    assert response.json() == {"errors": {"body": [MAX_LENGTH_MESSAGE.format(n=5001)]}}
    assert not Comment.objects.exists()


def test_a_1_mb_body_is_refused_by_the_form(article):
    body = "a" * ONE_MB
    response = form_post(Client(), article, body)
    assert response.status_code == 400
    html = response.content.decode()
    form = Markup(
        html,
        owner=lambda tag, attrs: 1 if tag == "ul" and attrs.get("id") == "id_body_error" else None,
        holder=lambda tag, attrs: tag == "li",
    )
    assert form.texts[1] == MAX_LENGTH_MESSAGE.format(n=ONE_MB)
    assert '<a href="#id_body">Nội dung</a>: ' + MAX_LENGTH_MESSAGE.format(n=ONE_MB) in html
    assert not Comment.objects.exists()


def test_the_length_limit_counts_characters_not_bytes(article):
    set_rule(article, "post")
    family = "👨‍👩‍👧‍👦"  # 7 code points, 25 bytes
    body = ("😀" * (5000 - 2 * len(family))) + family * 2
    assert len(body) == 5000
    response = post_json(Client(), api_payload(article, body))
    assert response.status_code == 201, response.content
    assert Comment.objects.get().body == body
    assert api_bodies(article)[response.json()["id"]]["body"] == body


# ---------------------------------------------------------------- what the API refuses before reading


@pytest.mark.parametrize(
    "content_type",
    [
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=xyz",
        "text/plain",
        "text/html",
        "application/xml",
        "application/javascript",
        "application/jsonx",
        "application/json-patch+json",
        "",
    ],
)
def test_wrong_content_type_is_415(article, content_type):
    response = post_json(Client(), api_payload(article, "Nội dung hợp lệ."), content_type=content_type)
    assert response.status_code == 415
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"errors": {"__all__": ["Chỉ nhận nội dung JSON (Content-Type: application/json)."]}}
    assert not Comment.objects.exists()


def test_content_type_parameters_and_case_are_accepted(article):
    for n, content_type in enumerate(["application/json; charset=utf-8", "Application/JSON"]):
        response = post_json(Client(), api_payload(article, f"Nội dung số {n}."), content_type=content_type)
        assert response.status_code == 201, content_type
    assert Comment.objects.count() == 2


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"{",
        b'{"page": 1,}',
        b"{'page': 1}",
        b'{"body": "kh\xc3\xb4ng \xff UTF-8"}',
        "\ufeff{}".encode(),
        b'{"body": "\\ud800"}',
        b'{"page": 1} {"page": 2}',
        b"<comment><body>xin ch\xc3\xa0o</body></comment>",
        '{"body": "thiếu ngoặc"'.encode(),
    ],
)
def test_invalid_json_is_400_with_a_json_error(article, raw):
    response = post_json(Client(), raw)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"errors": {"__all__": ["JSON không hợp lệ."]}}
    assert not Comment.objects.exists()


def test_unknown_fields_are_refused_by_the_api_and_named(article):
    response = post_json(Client(), api_payload(article, "Nội dung hợp lệ.", status="approved", featured=True))
    assert response.status_code == 400
    assert response.json() == {"errors": {"__all__": ["Trường không được hỗ trợ: featured, status."]}}

    hostile = "<script>alert(1)</script>" + "x" * 100
    response = post_json(Client(), api_payload(article, "Nội dung hợp lệ.", **{hostile: 1, "ip_address": "1.2.3.4"}))
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    # Named, cut to 50 characters, in JSON (never HTML).
    assert response.json() == {"errors": {"__all__": [f"Trường không được hỗ trợ: {hostile[:50]}, ip_address."]}}
    assert not Comment.objects.exists()


def test_unknown_fields_are_ignored_by_the_form(article):
    response = form_post(
        Client(),
        article,
        "Nội dung hợp lệ.",
        status="approved",
        featured="on",
        ip_address="1.2.3.4",
        official_reply="<b>giả mạo</b>",
    )
    assert response.status_code == 303
    comment = Comment.objects.get()
    assert (comment.status, comment.featured, comment.official_reply) == (PENDING, False, "")
    assert comment.ip_address == "203.0.113.51"


# ---------------------------------------------------------------- NUL bytes


@pytest.mark.parametrize("field", ["body", "author_name", "author_email"])
def test_nul_bytes_are_refused_by_the_api(article, field):
    values = {"body": "Có ký tự NUL\x00ở giữa.", "author_name": "Tên\x00", "author_email": "ban\x00doc@example.vn"}
    data = api_payload(article, "Nội dung hợp lệ.")
    data[field] = values[field]
    response = post_json(Client(), data)
    assert response.status_code == 400
    assert response.json() == {"errors": {field: [NUL_MESSAGE]}}
    # Spelled out in the JSON text too.
    raw = json.dumps(api_payload(article, "Nội dung hợp lệ."), ensure_ascii=False).replace("hợp lệ", "hợp\\u0000lệ")
    response = post_json(Client(), raw)
    assert response.status_code == 400 and response.json() == {"errors": {"body": [NUL_MESSAGE]}}
    assert not Comment.objects.exists()


def test_nul_bytes_are_refused_by_the_form(article):
    response = form_post(Client(), article, "Có ký tự NUL\x00ở giữa.")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_body_error"' in html and escape(NUL_MESSAGE) in html
    assert not Comment.objects.exists()


# ---------------------------------------------------------------- right-to-left text and emoji

UNICODE_TEXTS = [
    "مرحبا بالعالم، هذا تعليق باللغة العربية.",
    "שלום עולם, זו תגובה בעברית.",
    "Giá: \u202e00.000.01\u202c đồng — ký tự đảo chiều U+202E",
    "\u2067عربي\u2069 giữa câu tiếng Việt \u2066LTR\u2069 và \u200fRLM\u200e",
    "Gia đình 👨‍👩‍👧‍👦 và 🧑🏽‍💻, cờ 🇻🇳, tim ❤️‍🔥",
    "Chữ toán 𝕏𝔶𝔷 và ký tự cổ 𓀀 (4 byte)",
    "Tie\u0302\u0301ng Vie\u0323\u0302t viết dạng NFD",
    "Khoảng trắng lạ:\u00a0\u2003\u3000giữa\u200bchữ",
    "Dòng một\nDòng hai\n\nĐoạn mới",
]


def test_rtl_text_and_emoji_are_stored_and_shown_faithfully(article):
    set_rule(article, "post")
    client = Client()
    stored = {}
    for n, text in enumerate(UNICODE_TEXTS):
        name = "Người dùng 😀 مستخدم" if n % 3 == 0 else f"Bạn đọc {n} \u202eđảo"
        if n % 2 == 0:
            response = post_json(client, api_payload(article, text, author_name=name))
            assert response.status_code == 201, response.content
            comment = Comment.objects.get(pk=response.json()["id"])
        else:
            response = form_post(client, article, text, author_name=name)
            assert response.status_code == 303, response.content[:300]
            comment = Comment.objects.get(body=text)
        assert (comment.body, comment.author_name) == (text, name)
        stored[comment.pk] = comment

    html, page = public_page(article)
    assert_shown_inert(html, page, stored.values())
    for comment in stored.values():
        if "\n" not in comment.body:
            assert f'<div class="comment__body">{comment.body}</div>' in html  # nothing to escape: the text itself
        assert f'<span class="comment__author">{comment.author_name}</span>' in html
    items = api_bodies(article)
    assert {pk: (items[pk]["body"], items[pk]["author_name"]) for pk in stored} == {
        pk: (c.body, c.author_name) for pk, c in stored.items()
    }
