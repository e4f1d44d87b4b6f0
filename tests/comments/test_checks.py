"""The anti-abuse checks for public comments, each alone, then the pipeline."""

import unicodedata
from datetime import timedelta

import pytest
from django.utils import timezone

from cms.comments.checks import (
    Duplicate,
    RateLimited,
    Submission,
    Verdict,
    check_duplicate,
    check_honeypot,
    check_links,
    check_min_time,
    check_rate,
    check_rule,
    check_words,
    count_links,
    find_words,
    normalise_body,
    run_checks,
)
from cms.comments.models import Comment, CommentSettings, ModerationWord

NOW = timezone.now()
NFD = "NFD"


def nfd(text):
    return unicodedata.normalize(NFD, text)


def submission(page=None, **fields):
    values = {
        "page": page,
        "author_name": "Trần Thị Bạn Đọc",
        "author_email": "ban.doc@example.vn",
        "body": "Bài viết rất hữu ích, cảm ơn tòa soạn.",
        "ip_address": "203.0.113.7",
        "now": NOW,
    }
    values.update(fields)
    return Submission(**values)


def comment(page, seconds_ago=3600, **fields):
    values = {
        "author_name": "Người đọc",
        "author_email": "",
        "body": "Một bình luận trước đó.",
        "ip_address": None,
        "created_at": NOW - timedelta(seconds=seconds_ago),
    }
    values.update(fields)
    return Comment.objects.create(page=page, **values)


# ---------------------------------------------------------------- find_words (no database)


@pytest.mark.parametrize(
    ("text", "words", "found"),
    [
        # Diacritics, case and đ/d do not matter.
        ("Đảng bộ phường", ["Đảng"], ["Đảng"]),
        ("dang bo phuong", ["Đảng"], ["Đảng"]),
        ("ĐẢNG BỘ PHƯỜNG", ["Đảng"], ["Đảng"]),
        ("Đảng bộ phường", ["dang"], ["dang"]),
        ("Dang bo", ["đảng"], ["đảng"]),
        # NFD input against an NFC word, and the other way round.
        (nfd("Đảng bộ phường"), ["Đảng"], ["Đảng"]),
        ("Đảng bộ phường", [nfd("Đảng")], [nfd("Đảng")]),
        (nfd("ĐẢNG"), [nfd("đảng")], [nfd("đảng")]),
        # Whole words only, including around punctuation.
        ("cô mai đi chợ", ["ma"], []),
        ("hma", ["ma"], []),
        ("ma.", ["ma"], ["ma"]),
        ("(ma)", ["ma"], ["ma"]),
        ("“ma”, quỷ", ["ma"], ["ma"]),
        ("con ma-cà-rồng", ["ma"], ["ma"]),
        ("mã số", ["ma"], ["ma"]),  # folded, mã is ma: the list is diacritic-blind by design
        ("ma_túy", ["ma"], []),  # underscore is a word character
        ("ma", ["ma"], ["ma"]),
        ("ma đầu câu", ["ma"], ["ma"]),
        ("cuối câu là ma", ["ma"], ["ma"]),
        # Phrases match across any whitespace, not inside words.
        ("tiền   ảo", ["tiền ảo"], ["tiền ảo"]),
        ("tiền\n\tảo", ["tiền ảo"], ["tiền ảo"]),
        ("TIEN AO lừa đảo", ["tiền  ảo"], ["tiền  ảo"]),
        ("tiềnảo", ["tiền ảo"], []),
        ("tiền ảoo", ["tiền ảo"], []),
        # Zero-width characters hidden in a word do not hide it.
        ("Đ\u200bảng", ["Đảng"], ["Đảng"]),
        # Found words come back in list order, once each.
        ("b a b", ["a", "b", "c"], ["a", "b"]),
        ("a", ["a", "A"], ["a", "A"]),
        ("a", ["a", "a"], ["a"]),
        # Empty text, empty list, blank words.
        ("", ["ma"], []),
        ("ma", [], []),
        ("ma", ["", "   "], []),
        # Regex metacharacters are literal.
        ("học c++ cơ bản", ["c++"], ["c++"]),
        ("học c cơ bản", ["c++"], []),
        ("a.b", ["a.b"], ["a.b"]),
        ("axb", ["a.b"], []),
        ("giá (100$)", ["(100$)"], ["(100$)"]),
        ("[x] *y* ?z", ["[x]", "*y*", "?z", "\\d"], ["[x]", "*y*", "?z"]),
    ],
)
def test_find_words(text, words, found):
    assert find_words(text, words) == found


# ---------------------------------------------------------------- simple checks (no database)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("không có liên kết", 0),
        ("xem https://example.vn/bai-viet", 1),
        ("http://a.vn và HTTPS://b.vn", 2),
        ("https://www.example.vn/x", 1),  # one URL, not two
        ("www.example.vn và www.khac.vn", 2),
        ("awww. dễ thương", 0),
        ("www. trống", 0),
        ("example.vn/bai-viet", 0),  # bare domains are not counted
        ("http:// trống", 0),
    ],
)
def test_count_links(text, count):
    assert count_links(text) == count


@pytest.mark.parametrize(
    ("honeypot", "outcome"),
    [
        ("", None),
        ("http://spam.example", ("spam", "Ô ẩn chống máy gửi tự động đã bị điền.")),
        (" ", ("spam", "Ô ẩn chống máy gửi tự động đã bị điền.")),
    ],
)
def test_check_honeypot(honeypot, outcome):
    assert check_honeypot(submission(honeypot=honeypot)) == outcome


@pytest.mark.parametrize(
    ("seconds", "outcome"),
    [
        (None, None),  # API: skipped
        (0.4, ("spam", "Gửi quá nhanh sau khi mở biểu mẫu (0,4 giây).")),
        (2.9, ("spam", "Gửi quá nhanh sau khi mở biểu mẫu (2,9 giây).")),
        (3, None),
        (600, None),
    ],
)
def test_check_min_time(seconds, outcome):
    shown = None if seconds is None else NOW.timestamp() - seconds
    assert check_min_time(submission(form_shown_at=shown)) == outcome


def test_check_min_time_follows_the_setting(settings):
    settings.COMMENT_MIN_SECONDS = 10
    assert check_min_time(submission(form_shown_at=NOW.timestamp() - 5))[0] == "spam"
    settings.COMMENT_MIN_SECONDS = 1
    assert check_min_time(submission(form_shown_at=NOW.timestamp() - 5)) is None


def test_submission_defaults_now_to_the_current_time():
    before = timezone.now()
    sub = Submission(page=None, author_name="A", author_email="", body="x", ip_address=None)
    assert before <= sub.now <= timezone.now()
    assert sub.honeypot == "" and sub.form_shown_at is None and sub.parent_id is None


@pytest.mark.parametrize(
    ("reasons", "text"),
    [
        ([], ""),
        (["Một."], "Một."),
        (["Một.", "Hai."], "Một.; Hai."),
    ],
)
def test_reason_text(reasons, text):
    assert Verdict("pending", reasons).reason_text == text


def test_reason_text_fits_the_column():
    text = Verdict("spam", ["x" * 300, "y" * 300]).reason_text
    assert len(text) == 500 and text.endswith("…")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Cảm ơn tòa soạn", "  cảm   ƠN\ntòa soạn ", True),
        ("Cảm ơn tòa soạn", nfd("Cảm ơn tòa soạn"), True),
        ("Cảm ơn tòa soạn", "Cam on toa soan", False),  # diacritics change the meaning
        ("Cảm ơn tòa soạn", "Cảm ơn tòa soạn!", False),
        # Invisible format characters (Unicode Cf) change nothing a reader sees.
        ("Cảm ơn tòa soạn", "Cả\u200bm ơn t\u200còa so\u200dạn", True),
        ("Cảm ơn tòa soạn", "\ufeffCảm\u00ad ơn\u2060 tòa\u200e soạn\u200f", True),
        ("Cảm ơn tòa soạn", "Cảm ơn \u202etòa soạn\u202c\u2066\u2069", True),
        ("Cảm ơn tòa soạn", "Cảm\u200b\u200bơn tòa soạn", False),  # a space is not invisible
    ],
)
def test_normalise_body(a, b, same):
    assert (normalise_body(a) == normalise_body(b)) is same


# ---------------------------------------------------------------- checks that read the database


@pytest.mark.django_db
class TestRate:
    def test_under_the_limits(self, article):
        comment(article, 10, ip_address="203.0.113.7")
        comment(article, 20, author_email="ban.doc@example.vn")
        assert check_rate(submission(article)) is None

    @pytest.mark.parametrize(
        ("ages", "retry_after"),
        [
            ((10, 20, 50), 10),  # the oldest (50 s ago) leaves in 10 s
            ((1, 2, 3), 57),
            ((5, 30, 59.5), 1),  # rounded up, never 0
            # Over the limit (a race, a lowered setting): enough must leave for
            # only 2 to remain, so the wait is for the 3rd newest.
            ((1, 40, 50, 55), 10),
            ((1, 2, 3, 40, 50), 57),
        ],
    )
    @pytest.mark.parametrize("by", ["ip", "email"])
    def test_per_minute(self, article, ages, retry_after, by):
        for age in ages:
            if by == "ip":
                comment(article, age, ip_address="203.0.113.7", author_email=f"khac{age}@example.vn")
            else:
                comment(article, age, ip_address="198.51.100.1", author_email="BAN.DOC@example.VN")
        with pytest.raises(RateLimited) as raised:
            check_rate(submission(article))
        assert raised.value.retry_after == retry_after
        assert raised.value.message == f"Bạn gửi quá nhiều bình luận; vui lòng thử lại sau {retry_after} giây."

    def test_outside_the_minute_does_not_count(self, article):
        for age in (10, 20, 60, 61):  # exactly 60 s ago has left the window
            comment(article, age, ip_address="203.0.113.7")
        assert check_rate(submission(article)) is None

    @pytest.mark.parametrize("by", ["ip", "email"])
    def test_per_day(self, article, by):
        # 30 over the last day, none in the last minute; the oldest 23 h ago.
        for n in range(30):
            age = 23 * 3600 - n * 60
            if by == "ip":
                comment(article, age, ip_address="203.0.113.7")
            else:
                comment(article, age, author_email="ban.doc@example.vn")
        comment(article, 25 * 3600, ip_address="203.0.113.7", author_email="ban.doc@example.vn")  # too old
        with pytest.raises(RateLimited) as raised:
            check_rate(submission(article))
        assert raised.value.retry_after == 3600

    def test_per_day_below_the_limit(self, article):
        for n in range(29):
            comment(article, 3600 + n * 60, ip_address="203.0.113.7")
        assert check_rate(submission(article)) is None

    def test_limits_follow_the_settings(self, article, settings):
        settings.COMMENT_RATE_PER_MINUTE = 1
        settings.COMMENT_RATE_PER_DAY = 2
        comment(article, 30, ip_address="203.0.113.7")
        with pytest.raises(RateLimited) as raised:
            check_rate(submission(article))
        assert raised.value.retry_after == 30
        settings.COMMENT_RATE_PER_MINUTE = 5
        comment(article, 7200, ip_address="203.0.113.7")
        with pytest.raises(RateLimited) as raised:
            check_rate(submission(article))
        assert raised.value.retry_after == 24 * 3600 - 7200

    def test_the_longest_wait_wins(self, article):
        for age in (1, 2, 30):
            comment(article, age, ip_address="203.0.113.7")
        for age in (1, 2, 50):
            comment(article, age, author_email="ban.doc@example.vn")
        with pytest.raises(RateLimited) as raised:
            check_rate(submission(article))
        assert raised.value.retry_after == 30  # IP frees in 30 s, email in 10 s

    def test_no_email_is_not_one_shared_sender(self, article):
        for n in range(5):
            comment(article, n + 1, ip_address=f"198.51.100.{n + 1}", author_email="")
        assert check_rate(submission(article, author_email="")) is None

    def test_no_ip_counts_by_email_only(self, article):
        for n in range(3):
            comment(article, n + 1, ip_address=None, author_email="khac@example.vn")
        assert check_rate(submission(article, ip_address=None)) is None

    def test_offline_opinions_do_not_count(self, article):
        for n in range(3):
            comment(article, n + 1, ip_address="203.0.113.7", source="hoi-nghi")
        assert check_rate(submission(article)) is None

    def test_every_page_counts(self, article, column):
        from tests.factories import make_article

        other = make_article(column, title="Bài khác")
        for page in (article, other, other):
            comment(page, 5, ip_address="203.0.113.7")
        with pytest.raises(RateLimited):
            check_rate(submission(article))


@pytest.mark.django_db
class TestDuplicate:
    BODY = "Đề nghị làm rõ   thời gian\nhọc tập nghị quyết."

    @pytest.mark.parametrize(
        ("earlier", "sent"),
        [
            ({}, {}),
            ({}, {"body": "đề nghị LÀM RÕ thời gian học tập nghị quyết. "}),
            ({}, {"body": nfd("Đề nghị làm rõ thời gian học tập nghị quyết.")}),
            ({"author_email": "BAN.DOC@EXAMPLE.VN"}, {}),
            ({"ip_address": "198.51.100.9"}, {}),  # same email, other IP
            ({"author_email": "", "ip_address": "203.0.113.7"}, {"author_email": ""}),
            ({"author_email": "khac@example.vn", "ip_address": "203.0.113.7"}, {"author_email": ""}),
            ({"status": "approved"}, {}),
            ({"status": "spam"}, {}),
            ({"created_at": NOW - timedelta(days=400)}, {}),
            ({}, {"body": "Đề\u200b nghị làm rõ thời\u200b gian học\u00ad tập nghị\u2060 quyết.\ufeff"}),
            ({"body": "Đề nghị làm rõ thời gian học tập nghị quyết.\u200b"}, {}),
        ],
    )
    def test_refused(self, article, earlier, sent):
        values = {"author_email": "ban.doc@example.vn", "ip_address": "203.0.113.7", "body": self.BODY}
        values.update(earlier)
        existing = comment(article, **values)
        with pytest.raises(Duplicate) as raised:
            check_duplicate(submission(article, **{"body": self.BODY, **sent}))
        assert raised.value.existing == existing
        assert raised.value.message == "Bạn đã gửi bình luận với nội dung này trên trang này rồi."

    @pytest.mark.parametrize(
        ("earlier", "sent"),
        [
            ({}, {"body": "Đề nghị làm rõ thời gian học tập nghị quyết!"}),
            ({}, {"body": "De nghi lam ro thoi gian hoc tap nghi quyet."}),
            ({"author_email": "khac@example.vn"}, {}),  # another person, same IP
            ({"author_email": "", "ip_address": "198.51.100.9"}, {"author_email": ""}),
            ({}, {"author_email": "", "ip_address": None}),  # nobody to compare with
            ({"status": "withdrawn"}, {}),
            ({"status": "rejected"}, {}),
            ({"other_page": True}, {}),
        ],
    )
    def test_accepted(self, article, column, earlier, sent):
        from tests.factories import make_article

        values = {"author_email": "ban.doc@example.vn", "ip_address": "203.0.113.7", "body": self.BODY}
        values.update(earlier)
        page = make_article(column, title="Bài khác") if values.pop("other_page", False) else article
        comment(page, **values)
        assert check_duplicate(submission(article, **{"body": self.BODY, **sent})) is None


@pytest.mark.django_db
class TestLinks:
    @pytest.mark.parametrize(
        ("body", "outcome"),
        [
            ("Không có liên kết.", None),
            ("Xem https://a.vn và www.b.vn", None),
            ("https://a.vn http://b.vn www.c.vn", ("pending", "Có 3 liên kết (tối đa 2).")),
        ],
    )
    def test_default_limit(self, article, body, outcome):
        article.comment_rule = "post"
        article.save()
        assert check_links(submission(article, body=body)) == outcome

    def test_outlet_setting(self, article):
        outlet = CommentSettings.for_page(article)
        outlet.max_links = 0
        outlet.save()
        assert check_links(submission(article, body="https://a.vn")) == ("pending", "Có 1 liên kết (tối đa 0).")


@pytest.mark.django_db
class TestWords:
    @pytest.fixture(autouse=True)
    def words(self, db):
        ModerationWord.objects.create(word="Đảng", kind="banned")
        ModerationWord.objects.create(word="tiền  ảo", kind="banned")
        ModerationWord.objects.create(word="ma", kind="suspect")
        ModerationWord.objects.create(word="lừa đảo", kind="suspect")

    @pytest.mark.parametrize(
        ("name", "body", "outcome"),
        [
            ("Bạn đọc", "Bài viết hay.", None),
            ("Bạn đọc", "ĐẢNG", ("spam", "Có từ bị cấm: “Đảng”.")),
            ("Bạn đọc", nfd("Đảng viên"), ("spam", "Có từ bị cấm: “Đảng”.")),
            ("dang", "Bài viết hay.", ("spam", "Có từ bị cấm: “Đảng”.")),
            ("Bạn đọc", "Mua TIEN\nAO ngay, đảng", ("spam", "Có từ bị cấm: “Đảng”, “tiền ảo”.")),
            ("Bạn đọc", "Cô Mai kể chuyện", None),
            ("Bạn đọc", "Có ma!", ("pending", "Có từ cần xem xét: “ma”.")),
            ("Bạn đọc", "lừa đảo và ma", ("pending", "Có từ cần xem xét: “ma”, “lừa đảo”.")),
            (
                "Bạn đọc",
                "đảng ... lua dao",
                ("spam", "Có từ bị cấm: “Đảng”. Có từ cần xem xét: “lừa đảo”."),
            ),
            ("Bạn lừa", "đảo", None),  # a phrase does not straddle name and body
        ],
    )
    def test_outcomes(self, article, name, body, outcome):
        assert check_words(submission(article, author_name=name, body=body)) == outcome

    def test_no_words(self, article):
        ModerationWord.objects.all().delete()
        assert check_words(submission(article, body="Đảng")) is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("rule", "outcome"),
    [
        ("post", ("approved", "Đăng ngay theo quy tắc duyệt sau.")),
        ("pre", ("pending", "Chờ duyệt theo quy tắc duyệt trước.")),
        ("off", ("pending", "Trang không nhận bình luận; chờ duyệt.")),
    ],
)
def test_check_rule(article, rule, outcome):
    article.comment_rule = rule
    article.save()
    assert check_rule(submission(article)) == outcome


# ---------------------------------------------------------------- the pipeline


@pytest.mark.django_db
class TestRunChecks:
    @pytest.fixture(autouse=True)
    def words(self, db):
        ModerationWord.objects.create(word="cờ bạc", kind="banned")
        ModerationWord.objects.create(word="khuyến mãi", kind="suspect")

    LINKS = " https://a.vn https://b.vn https://c.vn"

    @pytest.mark.parametrize(
        ("rule", "fields", "status", "reasons"),
        [
            ("post", {}, "approved", ["Đăng ngay theo quy tắc duyệt sau."]),
            ("pre", {}, "pending", ["Chờ duyệt theo quy tắc duyệt trước."]),
            ("post", {"body": "Xem" + LINKS}, "pending", ["Có 3 liên kết (tối đa 2)."]),
            (
                "pre",
                {"body": "Xem" + LINKS},
                "pending",
                ["Có 3 liên kết (tối đa 2).", "Chờ duyệt theo quy tắc duyệt trước."],
            ),
            (
                "post",
                {"body": "Chơi cờ bạc tại" + LINKS},
                "spam",
                ["Có 3 liên kết (tối đa 2).", "Có từ bị cấm: “cờ bạc”."],
            ),
            ("pre", {"body": "CO BAC"}, "spam", ["Có từ bị cấm: “cờ bạc”."]),
            ("post", {"body": "Khuyến mãi lớn"}, "pending", ["Có từ cần xem xét: “khuyến mãi”."]),
            ("post", {"honeypot": "x"}, "spam", ["Ô ẩn chống máy gửi tự động đã bị điền."]),
            (
                "post",
                {"honeypot": "x", "form_shown_at": NOW.timestamp() - 1, "body": "khuyến mãi"},
                "spam",
                [
                    "Ô ẩn chống máy gửi tự động đã bị điền.",
                    "Gửi quá nhanh sau khi mở biểu mẫu (1,0 giây).",
                    "Có từ cần xem xét: “khuyến mãi”.",
                ],
            ),
            ("post", {"form_shown_at": NOW.timestamp() - 30}, "approved", ["Đăng ngay theo quy tắc duyệt sau."]),
        ],
    )
    def test_verdicts(self, article, rule, fields, status, reasons):
        article.comment_rule = rule
        article.save()
        verdict = run_checks(submission(article, **fields))
        assert (verdict.status, verdict.reasons) == (status, reasons)
        assert verdict.reason_text == "; ".join(reasons)

    def test_rate_limit_comes_first(self, article):
        for age in (1, 2, 3):
            comment(article, age, ip_address="203.0.113.7", body="Cảm ơn.")
        with pytest.raises(RateLimited):
            run_checks(submission(article, body="Cảm ơn."))

    def test_duplicate_is_refused(self, article):
        comment(article, author_email="ban.doc@example.vn", body="Cảm ơn tòa soạn.")
        with pytest.raises(Duplicate):
            run_checks(submission(article, body="cảm ơn  tòa soạn."))


# ---------------------------------------------------------------- word lists in the admin


def test_word_list_refuses_a_word_it_already_has_with_other_accents_or_case(admin_client):
    """Editors keep the lists in the snippet admin: a duplicate (as matched: case and
    accents ignored) is a form error naming the word already there, never a 500."""
    from django.urls import reverse

    add_url = reverse("wagtailsnippets_comments_moderationword:add")
    response = admin_client.post(add_url, {"word": "Lừa  đảo", "kind": "suspect", "note": ""})
    assert response.status_code == 302
    assert ModerationWord.objects.get().word == "Lừa đảo"

    for typed in ("lua dao", "LỪA ĐẢO", unicodedata.normalize("NFD", "lừa đảo")):
        response = admin_client.post(add_url, {"word": typed, "kind": "suspect", "note": ""})
        assert response.status_code == 200, typed
        assert "đã có “Lừa đảo”" in response.content.decode()
    assert ModerationWord.objects.count() == 1

    # The same word in the other list is another rule, and allowed.
    assert admin_client.post(add_url, {"word": "lua dao", "kind": "banned", "note": ""}).status_code == 302
    response = admin_client.post(add_url, {"word": "  ", "kind": "banned", "note": ""})
    assert response.status_code == 200
    assert ModerationWord.objects.count() == 2

    # Editing a word keeps it (it does not clash with itself).
    word = ModerationWord.objects.get(kind="suspect")
    edit_url = reverse("wagtailsnippets_comments_moderationword:edit", args=[word.pk])
    assert admin_client.post(edit_url, {"word": "lừa đảo", "kind": "suspect", "note": "sửa"}).status_code == 302
