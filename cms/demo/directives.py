"""Demo directive libraries (văn bản chỉ đạo) of both outlets: issuing bodies, directives
with their files, relations and milestones, the articles that cite them, and the home
page and thematic page blocks that show the libraries and registries. The texts are in
data/directives.yaml; the exemplar registries are made by exemplars.py.

`load()` is idempotent: it does nothing if the city outlet already has its directive
library. The loader calls it for a new demo, and for a demo loaded before the libraries
existed.
"""

import html
import uuid
from datetime import date, timedelta

from django.utils import timezone
from wagtail.documents import get_document_model

from cms.core.text import vn_slugify
from cms.directives.models import (
    ArticleCitation,
    DirectiveFile,
    DirectiveIndexPage,
    DirectivePage,
    DirectiveRelation,
    DirectiveTask,
    Issuer,
    Milestone,
    ResponsibleBody,
    TaskProgressReport,
)
from cms.exemplars.models import ExemplarPage
from cms.news.models import HomePage, ThematicPage

from . import media
from .common import CITY, LOCAL_TZ, SITE_LAUNCH, Articles, local, local_time, publish


def is_loaded(pages):
    return DirectiveIndexPage.objects.child_of(pages[CITY]).exists()


def make_index(data, home, outlet):
    """The outlet's library page ("Văn bản chỉ đạo"), unless it has one (an editor may have made it)."""
    existing = DirectiveIndexPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    intro = data.directives["libraries"][outlet]
    page = DirectiveIndexPage(title="Văn bản chỉ đạo", slug="van-ban", intro=intro, show_in_menus=True)
    home.add_child(instance=page)
    return publish(page, SITE_LAUNCH)


def load(data, now, pages):
    """The issuers, directives and citations, in the libraries make_index made. Returns a summary dict."""
    return _Library(data, now, pages).run()


def _date(value, today):
    """An ISO date, or a number of days from today (an offset in the YAML, "-9d")."""
    if isinstance(value, int | float):
        return today + timedelta(days=value)
    return date.fromisoformat(value)


class _Library:
    def __init__(self, data, now, homes):
        self.spec = data.directives
        self.documents = data.documents
        self.now = now
        self.today = timezone.localdate(now)
        self.homes = homes
        self.article = Articles(homes)
        self.issuers = {}
        self.libraries = {}
        self.directives = {}
        self.pdfs = 0

    def run(self):
        for key, issuer in self.spec["issuers"].items():
            self.issuers[key], _ = Issuer.objects.get_or_create(
                name=issuer["name"],
                defaults={"short_name": issuer["short_name"], "code": issuer["code"], "level": issuer["level"]},
            )
        for outlet, home in self.homes.items():
            self.libraries[outlet] = DirectiveIndexPage.objects.child_of(home).first()
        for spec in self.spec["directives"]:
            self.make_directive(spec)
        citations = self.cite_directives()
        return {
            "issuers": len(self.issuers),
            "directives": len(self.directives),
            "directive_pdfs": self.pdfs,
            "citations": citations,
        }

    # ------------------------------------------------------------ directives

    def make_directive(self, spec):
        outlet = spec.get("outlet", CITY)
        library = self.libraries[outlet]
        issued = _date(spec["issued"], self.today)
        effective_from = _date(spec["effective_from"], self.today) if "effective_from" in spec else None
        signer = spec.get("signer", {"name": "", "position": ""})
        page = DirectivePage(
            title=spec["title"],
            slug=vn_slugify(f"{spec['kind']} {spec['number'].replace('/', ' ')}"),
            number=spec["number"],
            kind=spec["kind"],
            issuer=self.issuers[spec["issuer"]],
            signer=signer["name"],
            signer_position=signer["position"],
            issued_on=issued,
            effective_from=effective_from,
            effective_until=date.fromisoformat(spec["effective_until"]) if "effective_until" in spec else None,
            summary=spec["summary"],
            full_text=_full_text(spec["pdf"]) if "pdf" in spec else "",
        )
        for order, relation in enumerate(spec.get("relations", ())):
            target = self.directives[relation["target"]]
            page.relations.add(DirectiveRelation(kind=relation["kind"], target=target, sort_order=order))
        document = self.directive_document(spec)
        if document is not None:
            page.files.add(DirectiveFile(document=document, is_original=True, label="Bản gốc", sort_order=0))
        for order, milestone in enumerate(spec.get("milestones", ())):
            linked = self.article(milestone["article"], CITY) if "article" in milestone else None
            if "date" in milestone:
                day = date.fromisoformat(milestone["date"])
            else:  # the linked article's publication day
                day = timezone.localtime(linked.first_published_at, LOCAL_TZ).date()
            page.milestones.add(
                Milestone(date=day, kind=milestone["kind"], title=milestone["title"], article=linked, sort_order=order)
            )
        # Bad demo data (a number that does not match its kind or issuer, dates out of order,
        # a number used twice) fails here, loudly; the tree fields are set by add_child.
        page.full_clean(exclude=["path", "depth", "numchild", "url_path"])
        library.add_child(instance=page)
        if spec.get("tags"):
            page.tags.add(*spec["tags"])
        if "published" in spec:
            first = local(spec["published"])
        else:
            # Posted the working day after signing, in the morning.
            n = len(self.directives)
            first = local_time(self.now, issued + timedelta(days=1), 8 + n % 3, 15 * (n % 4))
        publish(page, min(first, self.now - timedelta(minutes=10)))
        self.directives[spec["number"]] = page

    def directive_document(self, spec):
        if "pdf" in spec:
            content = media.make_directive_pdf(spec["pdf"])
            filename = vn_slugify(f"{spec['kind']} {spec['number'].replace('/', ' ')}") + ".pdf"
            self.pdfs += 1
            return media.save_document(spec["pdf_title"], content, filename)
        if "document" in spec:
            return get_document_model().objects.filter(title=self.documents[spec["document"]]["title"]).first()
        return None

    def cite_directives(self):
        """Add the citations to the articles, as an editor would: a new revision, published,
        keeping the articles' publication dates."""
        count = 0
        for title, keys in self.spec["citations"].items():
            article = self.article(title)
            published = article.first_published_at
            cited = [self.directives[key] for key in keys]
            cited = [d for d in cited if timezone.localtime(published, LOCAL_TZ).date() >= d.issued_on]
            if not cited:
                continue
            start = article.cited_directives.count()
            for order, directive in enumerate(cited, start=start):
                article.cited_directives.add(ArticleCitation(directive=directive, sort_order=order))
            publish(article, published, article.last_published_at)
            count += len(cited)
        return count


# ---------------------------------------------------------------- tasks and their progress (issue 15)


def load_tasks(data, pages):
    """The tasks of the directives that list them (23-CT/TU), with their progress reports, as
    an editor enters them: a new revision of the directive, published, keeping its dates.
    Idempotent: a directive that already has tasks is left alone, so a demo loaded before
    tasks existed gets them and one loaded since is not touched. Returns the number of tasks."""
    spec = data.directives
    wanted = [item for item in spec["directives"] if item.get("tasks")]
    if not wanted:
        return 0
    bodies = {}
    for key, body in spec["responsible_bodies"].items():
        bodies[key], _ = ResponsibleBody.objects.get_or_create(
            name=body["name"], defaults={"short_name": body.get("short_name", "")}
        )
    article = Articles(pages)
    count = 0
    for item in wanted:
        home = pages[item.get("outlet", CITY)]
        page = DirectivePage.objects.descendant_of(home).filter(number=item["number"]).first()
        if page is None or page.tasks.exists():
            continue
        for order, task_spec in enumerate(item["tasks"]):
            task = DirectiveTask(
                label=task_spec["label"],
                title=task_spec["title"],
                description=task_spec.get("description", ""),
                deadline=date.fromisoformat(task_spec["deadline"]) if "deadline" in task_spec else None,
                status=task_spec["status"],
                sort_order=order,
            )
            task.bodies = [bodies[key] for key in task_spec["bodies"]]
            for number, report in enumerate(task_spec.get("reports", ())):
                linked = article(report["article"], CITY) if "article" in report else None
                if "date" in report:
                    day = date.fromisoformat(report["date"])
                else:  # the linked article's publication day
                    day = timezone.localtime(linked.first_published_at, LOCAL_TZ).date()
                exemplar = None
                if "exemplar" in report:
                    exemplar = ExemplarPage.objects.descendant_of(home).filter(title=report["exemplar"]).first()
                task.reports.add(
                    TaskProgressReport(
                        date=day,
                        kind=report.get("kind", "thuong"),
                        text=report["text"],
                        article=linked,
                        exemplar=exemplar,
                        sort_order=number,
                    )
                )
            page.tasks.add(task)
            count += 1
        publish(page, page.first_published_at, page.last_published_at)
    return count


# ---------------------------------------------------------------- home page and thematic page


def show_on_home_and_thematic_page(data, now):
    """The "latest directives" and "exemplars" blocks on the city home page and on the
    thematic page, unless they are there already."""
    spec = data.directives
    home = HomePage.objects.filter(slug=data.outlets[CITY]["slug"], depth=2).first()
    if home is None:
        return
    present = {block.block_type for block in home.features}
    blocks = [{**block, "id": str(uuid.uuid4())} for block in spec["feature_blocks"] if block["type"] not in present]
    if blocks:
        home.features = list(home.features.raw_data) + blocks
        publish(home, home.first_published_at, now)
    page = ThematicPage.objects.descendant_of(home).filter(slug=spec["thematic_page"]).first()
    if page is not None:
        present = {block.block_type for block in page.body}
        blocks = [
            {**block, "id": str(uuid.uuid4())} for block in spec["feature_blocks"] if block["type"] not in present
        ]
        if blocks:
            page.body = list(page.body.raw_data) + blocks
            publish(page, page.first_published_at, page.last_published_at)


def _full_text(spec):
    """The text of a drawn PDF as rich text, for reading on the page."""
    paragraphs = list(spec["paragraphs"])
    if spec.get("tasks_intro"):
        paragraphs.append(spec["tasks_intro"])
    paragraphs += [f"({number}) {task}" for number, task in enumerate(spec.get("tasks", []), start=1)]
    paragraphs += spec.get("closing", [])
    return "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in paragraphs)


def drawn_pdf(data, number):
    """The text of the PDF drawn for a directive (data/directives.yaml), e.g. for tests."""
    return next(spec["pdf"] for spec in data.directives["directives"] if spec["number"] == number)
