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

from cms.comments.models import (
    APPROVED,
    PENDING,
    REJECTED,
    RULE_POST,
    RULE_PRE,
    WITHDRAWN,
    Comment,
    CommentReport,
    ModerationWord,
)
from cms.core.text import fold_vietnamese
from cms.directives.models import DirectivePage
from cms.exemplars.models import ExemplarPage, Locality
from cms.forums.models import ForumDirective, ForumFile, ForumIndexPage, ForumPage, ForumSection
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


def _fill(pieces, **values):
    """Rich text from forums.yaml: its HTML pieces joined, the {names} filled in."""
    return "".join(piece.format_map(values) for piece in pieces)


def _document_link(document):
    return f'<a linktype="document" id="{document.pk}">{document.title}</a>'


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
        return publish(index, self.now + timedelta(days=spec["published"]))

    def make_forum(self, index, page, sections, published, last=None):
        for order, section in enumerate(sections):
            page.sections.add(
                ForumSection(title=section["title"], description=section["description"], sort_order=order)
            )
        page.full_clean(exclude=["path", "depth", "numchild", "url_path"])
        index.add_child(instance=page)
        return publish(page, published, last)

    def make_open_forum(self, index):
        spec = self.forums["open"]
        opens = (self.now + timedelta(days=spec["opens"])).replace(second=0, microsecond=0)
        directive = DirectivePage.objects.filter(number=spec["directive"]["number"]).first()
        original = None
        if directive is not None:
            link = directive.files.filter(is_original=True).select_related("document").first()
            original = link.document if link else None
        text = spec["directive"]["text"]
        sections = "".join(f"<li>{html.escape(section['title'], quote=False)}</li>" for section in spec["sections"])
        subject = _fill(
            spec["subject"],
            directive=f'<a linktype="page" id="{directive.pk}">{text}</a>' if directive else text,
            sections=sections,
        )
        if original is not None:
            subject += _fill([spec["original"]], document=_document_link(original))
        page = ForumPage(
            title=spec["title"],
            slug=spec["slug"],
            subject=subject,
            opens_at=opens,
            closes_at=opens + timedelta(days=spec["days"]),
            comment_rule=RULE_PRE,
            require_locality=spec["require_locality"],
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
        closes_day = timezone.localtime(self.now + timedelta(days=spec["closes"]), LOCAL_TZ).date()
        closes = datetime.combine(closes_day, time(17, 0), LOCAL_TZ)
        opens = datetime.combine(closes_day - timedelta(days=spec["days"]), time(7, 30), LOCAL_TZ)
        draft = media.save_document(
            spec["draft_title"], media.make_directive_pdf(spec["draft"]), spec["draft_filename"]
        )
        page = ForumPage(
            title=spec["title"],
            slug=spec["slug"],
            subject=_fill(spec["subject"], document=_document_link(draft)),
            opens_at=opens,
            closes_at=closes,
            comment_rule=RULE_PRE,
            synthesis=self.synthesis(spec["synthesis"], opens, closes),
        )
        page.forum_files.add(ForumFile(document=draft, sort_order=0))
        page = self.make_forum(
            index, page, spec["sections"], opens - timedelta(days=1), min(closes + timedelta(days=14), self.now)
        )
        self.add_comments(page, self.opinions("closed"), opens, end=closes)
        return page

    def synthesis(self, template, opens, closes):
        """The published synthesis of the closed forum, with its counts."""
        opinions = self.opinions("closed")
        published = [c for c in opinions if c.status == APPROVED]
        return _fill(
            template,
            opens=_local_date(opens),
            closes=_local_date(closes),
            received=len(opinions),
            published=len(published),
            refused=len(opinions) - len(published),
            agree=sum(1 for c in published if c.stance == "dong-y"),
            disagree=sum(1 for c in published if c.stance == "khong-dong-y"),
            other=sum(1 for c in published if c.stance == "y-kien-khac"),
        )

    def make_upcoming_forum(self, index):
        spec = self.forums["upcoming"]
        opens_day = timezone.localtime(self.now + timedelta(days=spec["opens"]), LOCAL_TZ).date()
        opens = datetime.combine(opens_day, time(7, 0), LOCAL_TZ)
        page = ForumPage(
            title=spec["title"],
            slug=spec["slug"],
            subject=_fill(spec["subject"]),
            opens_at=opens,
            closes_at=opens + timedelta(days=spec["days"]),
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
