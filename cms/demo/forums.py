"""Demo readers' comments and consultation forums (diễn đàn góp ý) for the city outlet.

What is made: the moderation word lists; the forum index "Diễn đàn góp ý" under the
city home page with three forums (one open on Directive 23-CT/TU and its four tasks,
one closed on a draft urban greenery plan with its published synthesis, one not yet
open on a draft administrative reform plan); the opinions sent to the first two; and
readers' comments on about twenty articles, two exemplars and a directive, in every
moderation state (approved, pending, rejected, spam, hidden), with a few replies and
reports. Two articles are set to post-moderation and one old article is closed.

The people, their opinions and the draft plans are fictional; only Directive
23-CT/TU (its date, issuer and four tasks) is real. All texts are written for the
demo. Times are computed from each page's publication (or the forum's opening) at
load time, never later than "now".

`load()` is idempotent: it does nothing if the city home page already has a forum
index. The loader calls it for a new demo and for a demo loaded before the forums
existed.
"""

import hashlib
import html
import random
import zlib
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from cms.core.text import fold_vietnamese
from cms.directives.models import DirectivePage
from cms.exemplars.models import ExemplarPage, Locality
from cms.forums.models import (
    APPROVED,
    PENDING,
    REJECTED,
    RULE_POST,
    RULE_PRE,
    WITHDRAWN,
    Comment,
    CommentReport,
    ForumDirective,
    ForumFile,
    ForumIndexPage,
    ForumPage,
    ForumSection,
    ModerationWord,
)
from cms.news.models import ArticlePage, HomePage

from . import media
from .common import CITY, LOCAL_TZ, publish
from .content import make_comment

SEED = 20261128
MODERATOR = "kiemduyet"  # the demo moderator (site.yaml users), when it exists
COMMENT_WINDOW = timedelta(days=28)  # readers comment in the first weeks after publication
PRE_REASON = "Chờ duyệt theo quy tắc duyệt trước."
POST_REASON = "Đăng ngay theo quy tắc duyệt sau."


def load(data, out=None, now=None):
    """Create the forums and comments unless the city home page has a forum index already.
    Returns a summary dict, or None when there was nothing to do."""
    out = out or (lambda message: None)
    home = HomePage.objects.filter(slug=data.outlets[CITY]["slug"], depth=2).first()
    if home is None or ForumIndexPage.objects.child_of(home).exists():
        return None
    return _Forums(data, out, now or timezone.now(), home).run()


def _p(text):
    return f"<p>{html.escape(text, quote=False)}</p>"


def _local_date(value):
    return f"{timezone.localtime(value, LOCAL_TZ):%d/%m/%Y}"


class _Forums:
    def __init__(self, data, out, now, home):
        self.forums = data.forums
        self.comment_specs = data.comments
        self.out = out
        self.now = now
        self.home = home
        self.rng = random.Random(SEED)
        self.moderator = get_user_model().objects.filter(username=MODERATOR).first()
        self.localities = set(Locality.objects.values_list("name", flat=True))
        self.emails = {}  # name -> email
        self.reporters = {}
        self.comments = 0
        self.replies = 0
        self.reports = 0
        self.pages = set()
        self._opinions = {}

    def run(self):
        words = self.make_words()
        index = self.make_index()
        forums = [self.make_open_forum(index), self.make_closed_forum(index), self.make_upcoming_forum(index)]
        self.set_rules()
        for title, specs in self.specs("articles").items():
            page = ArticlePage.objects.filter(title=title).first()
            if page is None:
                self.out(f"Cảnh báo: không có bài viết “{title}”, bỏ qua bình luận của bài này.")
                continue
            self.add_comments(page, specs, page.first_published_at, rule=page.comment_rule)
        for number, specs in self.specs("directives").items():
            page = DirectivePage.objects.filter(number=number).first()
            if page is not None:
                self.add_comments(page, specs, page.first_published_at)
        for title, specs in self.specs("exemplars").items():
            page = ExemplarPage.objects.filter(title=title).first()
            if page is not None:
                self.add_comments(page, specs, page.first_published_at)
        opinions = self.opinions("open") + self.opinions("closed")
        unknown = {c.locality for c in opinions if c.locality} - self.localities
        if self.localities and unknown:
            self.out(f"Cảnh báo: phường, xã không có trong danh mục: {', '.join(sorted(unknown))}.")
        summary = {
            "forums": len(forums),
            "comments": self.comments,
            "replies": self.replies,
            "reports": self.reports,
            "commented_pages": len(self.pages),
            "moderation_words": words,
        }
        self.out(
            "Diễn đàn góp ý: {forums}; bình luận và ý kiến: {comments} ({replies} trả lời) trên {commented_pages} "
            "trang; {reports} lượt báo vi phạm; {moderation_words} từ kiểm duyệt mới.".format(**summary)
        )
        return summary

    # ------------------------------------------------------------ word lists

    def make_words(self):
        count = 0
        for spec in self.forums["moderation_words"]:
            word, kind, note = spec["word"], spec["kind"], spec["note"]
            if ModerationWord.objects.filter(folded=fold_vietnamese(" ".join(word.split())), kind=kind).exists():
                continue
            ModerationWord(word=word, kind=kind, note=note).save()  # save() fills `folded`
            count += 1
        return count

    # ------------------------------------------------------------ pages

    def make_index(self):
        taken = set(self.home.get_children().values_list("slug", flat=True))
        spec = self.forums["index"]
        slug = next(s for s in spec["slugs"] if s not in taken)
        index = ForumIndexPage(title=spec["title"], slug=slug, intro=spec["intro"], show_in_menus=True)
        self.home.add_child(instance=index)
        return publish(index, self.now - timedelta(days=100))

    def make_forum(self, index, page, sections, published, last=None):
        for order, section in enumerate(sections):
            page.sections.add(
                ForumSection(title=section["title"], description=section["description"], sort_order=order)
            )
        page.full_clean(exclude=["path", "depth", "numchild", "url_path"])
        index.add_child(instance=page)
        return publish(page, published, last)

    def make_open_forum(self, index):
        opens = (self.now - timedelta(days=10)).replace(second=0, microsecond=0)
        directive = DirectivePage.objects.filter(number="23-CT/TU").first()
        original = None
        if directive is not None:
            link = directive.files.filter(is_original=True).select_related("document").first()
            original = link.document if link else None
        directive_link = (
            f'<a linktype="page" id="{directive.pk}">Chỉ thị số 23-CT/TU</a>' if directive else "Chỉ thị số 23-CT/TU"
        )
        spec = self.forums["open"]
        tasks = "".join(f"<li>{html.escape(section['title'], quote=False)}</li>" for section in spec["sections"])
        subject = (
            f"<p>Ngày 15/5/2023, Ban Thường vụ Thành ủy ban hành {directive_link} về đổi mới, nâng cao chất lượng "
            "và hiệu quả công tác nghiên cứu, học tập, quán triệt chủ trương, đường lối của Đảng. Sau hơn ba năm "
            "thực hiện, Ban Tuyên giáo Thành ủy chuẩn bị tham mưu Thành ủy đưa những cách làm hiệu quả vào quy "
            "định chung của Đảng bộ thành phố.</p>"
            + _p(
                "Diễn đàn mở để cán bộ, đảng viên và người dân các phường, xã cho biết việc học tập nghị quyết ở "
                "nơi mình đã đổi khác ra sao, còn vướng ở đâu và nên làm gì tiếp. Mỗi ý kiến có thể gắn với một "
                "trong bốn nhóm nhiệm vụ Chỉ thị giao:"
            )
            + f"<ul>{tasks}</ul>"
            + _p(
                "Ý kiến được duyệt trước khi đăng. Người góp ý ghi rõ phường, xã nơi mình sống hoặc làm việc; "
                "ý kiến gửi qua hội nghị, thư hoặc điện thoại được Ban biên tập nhập lại và ghi rõ nguồn."
            )
        )
        if original is not None:
            subject += f'<p>Toàn văn Chỉ thị: <a linktype="document" id="{original.pk}">{original.title}</a>.</p>'
        page = ForumPage(
            title=spec["title"],
            slug="gop-y-thuc-hien-chi-thi-23-ct-tu",
            subject=subject,
            opens_at=opens,
            closes_at=opens + timedelta(days=30),
            comment_rule=RULE_PRE,
            require_locality=True,
        )
        if directive is not None:
            page.forum_directives.add(ForumDirective(directive=directive, sort_order=0))
        if original is not None:
            page.forum_files.add(ForumFile(document=original, sort_order=0))
        page = self.make_forum(index, page, spec["sections"], opens - timedelta(hours=2))
        self.add_comments(page, self.opinions("open"), opens, end=page.closes_at)
        return page

    def make_closed_forum(self, index):
        spec = self.forums["closed"]
        closes_day = timezone.localtime(self.now - timedelta(days=60), LOCAL_TZ).date()
        closes = datetime.combine(closes_day, time(17, 0), LOCAL_TZ)
        opens = datetime.combine(closes_day - timedelta(days=30), time(7, 30), LOCAL_TZ)
        draft = media.save_document(
            "Dự thảo Kế hoạch phát triển cây xanh đô thị giai đoạn 2026–2030",
            media.make_directive_pdf(spec["draft"]),
            "du-thao-ke-hoach-cay-xanh-do-thi-2026-2030.pdf",
        )
        subject = (
            _p(
                "Ủy ban nhân dân thành phố lấy ý kiến nhân dân về dự thảo Kế hoạch phát triển cây xanh đô thị giai "
                "đoạn 2026–2030 do Sở Xây dựng soạn thảo. Dự thảo đặt chỉ tiêu trồng mới ít nhất 50.000 cây bóng "
                "mát, thay thế cây già cỗi trên 12 tuyến phố trung tâm và giao hộ gia đình, cơ quan có mặt tiền "
                "chăm sóc cây trên vỉa hè trước nhà."
            )
            + _p(
                "Mời bạn đọc góp ý vào từng phần của dự thảo: chỉ tiêu, danh mục cây, tuyến đường trồng mới và "
                "thay thế, cách chăm sóc, bảo vệ cây và huy động nguồn lực xã hội."
            )
            + f'<p>Toàn văn dự thảo: <a linktype="document" id="{draft.pk}">{draft.title}</a>.</p>'
        )
        page = ForumPage(
            title=spec["title"],
            slug="du-thao-ke-hoach-phat-trien-cay-xanh-do-thi",
            subject=subject,
            opens_at=opens,
            closes_at=closes,
            comment_rule=RULE_PRE,
            synthesis=self.greenery_synthesis(opens, closes),
        )
        page.forum_files.add(ForumFile(document=draft, sort_order=0))
        page = self.make_forum(
            index, page, spec["sections"], opens - timedelta(days=1), min(closes + timedelta(days=14), self.now)
        )
        self.add_comments(page, self.opinions("closed"), opens, end=closes)
        return page

    def greenery_synthesis(self, opens, closes):
        opinions = self.opinions("closed")
        published = [c for c in opinions if c.status == APPROVED]
        stances = {
            key: sum(1 for c in published if c.stance == key) for key in ("dong-y", "khong-dong-y", "y-kien-khac")
        }
        return (
            _p(
                f"Từ ngày {_local_date(opens)} đến ngày {_local_date(closes)}, diễn đàn nhận "
                f"{len(opinions)} ý kiến; {len(published)} ý kiến được đăng, "
                f"{len(opinions) - len(published)} ý kiến không đăng vì là quảng cáo hoặc có lời lẽ không "
                f"phù hợp. Trong số ý kiến được đăng có {stances['dong-y']} ý kiến đồng ý với dự thảo, "
                f"{stances['khong-dong-y']} ý kiến không đồng ý với một số nội dung và {stances['y-kien-khac']} ý "
                "kiến khác."
            )
            + "<h3>Những đề xuất chính</h3><ul>"
            + "<li>Ưu tiên cây bản địa cho bóng mát; phát cây giống đúng danh mục; trồng thêm ở kênh rạch, trường "
            "học, trạm y tế vùng ven; làm đường mới thì chừa sẵn bồn cây đủ rộng.</li>"
            + "<li>Giữ cây cổ thụ còn khỏe, chỉ thay cây sâu bệnh, nguy hiểm; chỉ tiêu chia theo từng phường, xã, "
            "có lộ trình từng năm, trồng vừa sức chăm sóc.</li>"
            + "<li>Cắt tỉa cây lớn phải do đơn vị chuyên môn làm; công bố số điện thoại nhận phản ánh; làm bản đồ "
            "số cây xanh; cho doanh nghiệp nhận chăm sóc từng đoạn đường.</li></ul>"
            + "<h3>Kết quả tiếp thu</h3>"
            + _p(
                "Sở Xây dựng đã chỉnh lý dự thảo trình Ủy ban nhân dân thành phố: bổ sung danh mục cây khuyến khích "
                "trồng, chủ yếu là loài bản địa; chỉ thay thế cây chết, sâu bệnh hoặc nghiêng đổ nguy hiểm, giữ lại "
                "và lập hồ sơ theo dõi cây cổ thụ; giữ chỉ tiêu 50.000 cây nhưng chia theo năm và theo từng phường, "
                "xã, kèm chỉ tiêu tỷ lệ cây sống; hộ gia đình chỉ tưới và giữ vệ sinh gốc cây, việc cắt tỉa giao "
                "đơn vị chuyên môn. Đề xuất bản đồ số cây xanh được đưa vào kế hoạch chuyển đổi số năm 2027; các ý "
                "kiến chưa tiếp thu được giải trình trong báo cáo gửi kèm tờ trình."
            )
        )

    def make_upcoming_forum(self, index):
        spec = self.forums["upcoming"]
        opens_day = timezone.localtime(self.now + timedelta(days=5), LOCAL_TZ).date()
        opens = datetime.combine(opens_day, time(7, 0), LOCAL_TZ)
        subject = _p(
            "Ủy ban nhân dân thành phố sẽ lấy ý kiến nhân dân về dự thảo Kế hoạch cải cách hành chính năm 2027: "
            "tiếp tục cắt giảm giấy tờ và thời gian giải quyết hồ sơ, đưa thêm thủ tục lên dịch vụ công trực tuyến "
            "toàn trình, và đánh giá cán bộ, công chức theo mức độ hài lòng của người dân."
        ) + _p(
            "Dự thảo sẽ được đăng kèm khi diễn đàn mở. Người dân, doanh nghiệp từng làm thủ tục tại các cơ quan "
            "của thành phố và phường, xã được mời kể lại những chỗ còn vướng và đề xuất cách làm gọn hơn."
        )
        page = ForumPage(
            title=spec["title"],
            slug="du-thao-ke-hoach-cai-cach-hanh-chinh-2027",
            subject=subject,
            opens_at=opens,
            closes_at=opens + timedelta(days=30),
            comment_rule=RULE_PRE,
        )
        return self.make_forum(index, page, spec["sections"], self.now - timedelta(days=1, hours=2))

    # ------------------------------------------------------------ article rules

    def set_rules(self):
        """As an editor would: a new revision, published, keeping the publication dates."""
        closed = self.comment_specs["comments_closed"]
        for title in self.comment_specs["post_moderated"] + closed:
            page = ArticlePage.objects.filter(title=title).first()
            if page is None:
                continue
            if title in closed:
                page.comments_closed = True
            else:
                page.comment_rule = RULE_POST
            publish(page, page.first_published_at, page.last_published_at)

    # ------------------------------------------------------------ comments

    def specs(self, kind):
        """{page title or number: [Comment]} of comments.yaml."""
        return {key: [make_comment(spec) for spec in specs] for key, specs in self.comment_specs[kind].items()}

    def opinions(self, forum):
        """The opinions sent to a forum, read once: add_comments keys its delays by object."""
        if forum not in self._opinions:
            self._opinions[forum] = [make_comment(spec) for spec in self.forums[forum]["opinions"]]
        return self._opinions[forum]

    def email(self, spec):
        if spec.email is not None or spec.source:
            return spec.email or ""
        if spec.who not in self.emails:
            # "Nguyễn Văn Hùng" -> hung.nguyen@example.vn (given name, then family name)
            words = "".join(ch for ch in fold_vietnamese(spec.who) if ch.isalnum() or ch == " ").split()
            local = f"{words[-1]}.{words[0]}" if len(words) > 1 else words[0]
            taken, candidate, n = set(self.emails.values()), local, 2
            while f"{candidate}@example.vn" in taken:
                candidate, n = f"{local}{n}", n + 1
            self.emails[spec.who] = f"{candidate}@example.vn"
        return self.emails[spec.who]

    def ip(self, spec, email):
        if spec.source:
            return None
        return f"203.0.113.{2 + zlib.crc32((email or spec.who).encode()) % 252}"  # RFC 5737 documentation range

    def reporter_key(self, number):
        if number not in self.reporters:
            self.reporters[number] = hashlib.sha256(f"demo-reporter-{number}".encode()).hexdigest()
        return self.reporters[number]

    def add_comments(self, page, specs, start, end=None, rule=RULE_PRE):
        """Comments on one page. The specs' hours are squeezed to fit between `start` and
        the end of the comment window (or now), keeping their order."""
        end = min(end or start + COMMENT_WINDOW, self.now - timedelta(minutes=3))
        delays = {}  # id(spec) -> hours from sending to moderation
        latest = 0.0
        for spec in specs:
            for item in (spec, *spec.replies):
                delays[id(item)] = 0 if rule == RULE_POST else self.rng.uniform(0.4, 3.0)
                done = item.at + delays[id(item)]
                extra = [r[3] for r in item.reports] + ([item.official[2]] if item.official else [])
                latest = max(latest, done + max(extra, default=0))
        available = max((end - start).total_seconds() / 3600, 0.05)
        scale = min(1.0, 0.95 * available / max(latest, 0.1))

        def when(hours):
            return start + timedelta(hours=hours * scale)

        def build(spec, parent=None):
            at = spec.at
            if parent is not None:  # a reply comes after the comment it answers was shown
                at = max(at, parent.at + delays[id(parent)] + 0.3)
            created = when(at)
            moderated = when(at + delays[id(spec)])
            email = self.email(spec)
            comment = Comment(
                page_id=page.pk,
                author_name=spec.who,
                author_email=email,
                locality=spec.locality,
                organisation=spec.organisation,
                body=spec.body,
                stance=spec.stance,
                section_id=sections[spec.section - 1] if spec.section else None,
                status=spec.status,
                status_reason=spec.reason,
                featured=spec.featured and spec.status == APPROVED,
                created_at=created,
                ip_address=self.ip(spec, email),
                source=spec.source,
                entered_by=None,
            )
            if spec.status == APPROVED:
                comment.moderated_at = moderated
                if rule == RULE_POST and not spec.source:
                    comment.status_reason = spec.reason or POST_REASON
                else:
                    comment.moderated_by = self.moderator
            elif spec.status in (REJECTED, WITHDRAWN):
                comment.moderated_at = moderated
                comment.moderated_by = self.moderator
            elif spec.status == PENDING:
                comment.status_reason = spec.reason or PRE_REASON
                comment.notify_on_publish = self.rng.random() < 0.5
            if spec.official:
                text, by, hours = spec.official
                comment.official_reply, comment.official_reply_by = text, by
                comment.official_reply_at = when(at + delays[id(spec)] + hours)
            return comment

        sections = list(page.sections.values_list("pk", flat=True)) if isinstance(page, ForumPage) else []
        tops = [build(spec) for spec in specs]
        Comment.objects.bulk_create(tops)
        replies = []
        for spec, parent in zip(specs, tops, strict=True):
            for reply_spec in spec.replies:
                reply = build(reply_spec, parent=spec)
                reply.parent_id = parent.pk
                replies.append(reply)
        Comment.objects.bulk_create(replies)
        reports = []
        for spec, comment in zip(specs, tops, strict=True):
            for reason, note, number, hours in spec.reports:
                reports.append(
                    CommentReport(
                        comment_id=comment.pk,
                        reason=reason,
                        note=note,
                        reporter_key=self.reporter_key(number),
                        created_at=when(spec.at + delays[id(spec)] + hours),
                    )
                )
        CommentReport.objects.bulk_create(reports)
        self.comments += len(tops) + len(replies)
        self.replies += len(replies)
        self.reports += len(reports)
        self.pages.add(page.pk)
