"""The demo content, read from the YAML files in cms/demo/data/ and checked.

`load()` reads and checks every file before the demo writes anything: a file that is
missing, not valid YAML, or does not match its rules below raises DemoDataError naming
the file and the entry, e.g.
    cms/demo/data/articles.yaml, articles › mục 12 ("Tiêu đề…"): thiếu trường "column"
The files are read once per process. Relative dates ("-3h", "-2d..-30d") are turned
into numbers here and into times by the code that uses them, at load time.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

import yaml

from .common import CITY
from .schema import FILES
from .validate import DemoDataError, check, fail

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class Article:
    column: str
    title: str
    lead: str
    details: tuple
    quote: tuple | None = None  # (text, by)
    topics: str = "g"  # which pool entries fit (pools.yaml)
    tags: tuple = ()
    hero: str | None = None  # a picture of media.yaml; default: one of the column's pictures
    caption: str | None = None  # hero caption; default: the picture's caption
    table: str | None = None  # pools.yaml tables
    document: str | None = None  # media.yaml documents: attached and linked in the body
    thematic: tuple = ()  # site.yaml thematic pages
    when: str | None = None  # fixed publication time, "YYYY-MM-DD HH:MM" in Asia/Ho_Chi_Minh
    age: tuple = (3, 720)  # else: days before the load time, drawn at random in between
    updated: bool = False  # re-published some hours after the first publication
    featured: bool = False  # the outlet's lead story
    custom: str | None = None  # a hand-written body of bodies.yaml
    source: str = ""
    authors: tuple = ()  # authors' keys; default: drawn from the column's
    views: int | None = None  # page views, all on the publication day; default: drawn at random
    outlet: str = CITY  # from the column


@dataclass
class Comment:
    """A comment. `at`: hours after the page was published (a forum: after it opened)."""

    who: str
    at: float
    body: str
    status: str = "approved"
    reason: str = ""
    featured: bool = False
    replies: tuple = ()  # Comments answering this one (one level only)
    reports: tuple = ()  # (reason, note, reporter number, hours after approval)
    locality: str = ""
    organisation: str = ""
    section: int | None = None  # forum section, from 1
    stance: str = ""
    source: str = ""  # an opinion gathered offline
    official: tuple | None = None  # (reply, by whom, hours after approval)
    email: str | None = None  # None: made from the name; "": none


# ---------------------------------------------------------------- reading


def _name(path):
    try:
        return str(path.relative_to(Path(__file__).resolve().parents[2]))
    except ValueError:
        return str(path)


def read(path, rule):
    """One file, parsed and checked."""
    name = _name(path)
    try:
        with open(path, encoding="utf-8") as handle:
            raw = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as error:
        raise DemoDataError(f"{name}: không đọc được tệp ({error.strerror}).") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", dòng {mark.line + 1}" if mark is not None else ""
        raise DemoDataError(f"{name}{where}: không phải YAML hợp lệ ({getattr(error, 'problem', error)}).") from None
    return check(raw, rule, name)


def make_comment(spec):
    return Comment(
        who=spec["who"],
        at=spec["at"],
        body=spec["body"],
        status=spec.get("status", "approved"),
        reason=spec.get("reason", ""),
        featured=spec.get("featured", False),
        replies=tuple(make_comment(reply) for reply in spec.get("replies", ())),
        reports=tuple((r["reason"], r["note"], r["reporter"], r["after"]) for r in spec.get("reports", ())),
        locality=spec.get("locality", ""),
        organisation=spec.get("organisation", ""),
        section=spec.get("section"),
        stance=spec.get("stance", ""),
        source=spec.get("source", ""),
        official=(spec["official"]["text"], spec["official"]["by"], spec["official"]["after"])
        if "official" in spec
        else None,
        email=spec.get("email"),
    )


def _article(spec, default_age, outlet):
    published = spec.get("published")
    return Article(
        column=spec["column"],
        title=spec["title"],
        lead=spec["lead"],
        details=tuple(spec["details"]),
        quote=(spec["quote"]["text"], spec["quote"]["by"]) if "quote" in spec else None,
        topics=spec.get("topics", "g"),
        tags=tuple(spec.get("tags", ())),
        hero=spec.get("hero"),
        caption=spec.get("caption"),
        table=spec.get("table"),
        document=spec.get("document"),
        thematic=tuple(spec.get("thematic", ())),
        when=published if isinstance(published, str) else None,
        age=published if isinstance(published, tuple) else default_age,
        updated=spec.get("updated", False),
        featured=spec.get("featured", False),
        custom=spec.get("custom"),
        source=spec.get("source", ""),
        authors=tuple(spec.get("authors", ())),
        views=spec.get("views"),
        outlet=outlet,
    )


@lru_cache(maxsize=1)
def load(data_dir=None):
    """Every file, checked, as one namespace (site, media, articles, ...). Raises
    DemoDataError before returning anything if one of them does not pass."""
    data_dir = Path(data_dir) if data_dir else DATA_DIR
    raw = {name: read(data_dir / f"{name}.yaml", rule) for name, rule in FILES.items()}
    _cross_check(raw, data_dir)
    site, media = raw["site"], raw["media"]
    outlet_of = {
        column["key"]: outlet
        for outlet, columns in site["columns"].items()
        for top in columns
        for column in (top, *top.get("children", ()))
    }
    articles = raw["articles"]
    return SimpleNamespace(
        **site,
        **media,
        articles=[
            _article(spec, articles["default_published"], outlet_of[spec["column"]]) for spec in articles["articles"]
        ],
        pools=raw["pools"]["pools"],
        tables=raw["pools"]["tables"],
        directives=raw["directives"],
        exemplars=raw["exemplars"],
        comments=raw["comments"],
        forums=raw["forums"],
        consultation=raw["consultation"],
        bodies=raw["bodies"],
    )


def _cross_check(raw, data_dir):
    """Keys that name something in another entry or file must exist."""
    site, media = raw["site"], raw["media"]
    columns = {
        column["key"]: column
        for columns in site["columns"].values()
        for top in columns
        for column in (top, *top.get("children", ()))
    }
    pictures, documents = media["hero_images"], media["documents"]

    def where(name, number, label):
        short = f"{label[:40]}…" if len(label) > 40 else label
        return _name(data_dir / f"{name}.yaml"), f'{number} ("{short}")'

    for number, spec in enumerate(raw["articles"]["articles"], start=1):
        for key, known, what in (
            ("column", columns, "chuyên mục (site.yaml columns)"),
            ("hero", pictures, "ảnh (media.yaml hero_images)"),
            ("document", documents, "tài liệu (media.yaml documents)"),
            ("table", raw["pools"]["tables"], "bảng (pools.yaml tables)"),
        ):
            if key in spec and spec[key] not in known:
                fail(*where("articles", f"articles › mục {number}", spec["title"]), f'không có {what} "{spec[key]}"')
        if "custom" in spec and spec["custom"] not in raw["bodies"]["articles"]:
            fail(*where("articles", f"articles › mục {number}", spec["title"]), "không có bài này trong bodies.yaml")
        for key in spec.get("authors", ()):
            if key not in site["authors"]:
                fail(*where("articles", f"articles › mục {number}", spec["title"]), f'không có tác giả "{key}"')
        for key in spec.get("thematic", ()):
            if key not in site["thematic_pages"]:
                fail(*where("articles", f"articles › mục {number}", spec["title"]), f'không có chuyên trang "{key}"')
        if spec["column"] not in raw["pools"]["pools"]:
            fail(*where("articles", f"articles › mục {number}", spec["title"]), "chuyên mục không có trong pools.yaml")
    for key in site["thematic_pages"]:
        if key not in raw["bodies"]["thematic_pages"]:
            fail(_name(data_dir / "bodies.yaml"), "thematic_pages", f'thiếu chuyên trang "{key}" (site.yaml)')
    for key, column in columns.items():
        for picture in column["images"]:
            if picture not in pictures:
                fail(_name(data_dir / "site.yaml"), f'columns › "{key}"', f'không có ảnh "{picture}" trong media.yaml')
    # Articles named by title elsewhere must exist (else the load would stop half-way, in LookupError).
    titles = {spec["title"] for spec in raw["articles"]["articles"]}
    for title in raw["directives"]["citations"]:
        if title not in titles:
            fail(_name(data_dir / "directives.yaml"), f'citations › "{title}"', "không có bài viết này (articles.yaml)")
    issuers = raw["directives"]["issuers"]
    seen = set()
    for number, spec in enumerate(raw["directives"]["directives"], start=1):
        place = where("directives", f"directives › mục {number}", spec["number"])
        if spec["issuer"] not in issuers:
            fail(*place, f'không có cơ quan ban hành "{spec["issuer"]}" (issuers)')
        for relation in spec.get("relations", ()):
            if relation["target"] not in seen:
                fail(*place, f'văn bản liên quan "{relation["target"]}" phải được liệt kê trước')
        if "document" in spec and spec["document"] not in documents:
            fail(*place, f'không có tài liệu "{spec["document"]}" trong media.yaml')
        for milestone in spec.get("milestones", ()):
            if milestone.get("article", next(iter(titles))) not in titles:
                fail(*place, f'mốc "{milestone["title"]}": không có bài viết "{milestone["article"]}"')
            if "article" not in milestone and "date" not in milestone:
                fail(*place, f'mốc "{milestone["title"]}": cần "date" hoặc "article"')
        if ("pdf" in spec) != ("pdf_title" in spec):
            fail(*place, 'cần cả "pdf" và "pdf_title"')
        exemplar_titles = {item["title"] for item in raw["exemplars"]["exemplars"]}
        for task in spec.get("tasks", ()):
            for key in task["bodies"]:
                if key not in raw["directives"]["responsible_bodies"]:
                    fail(*place, f'nhiệm vụ {task["label"]}: không có cơ quan "{key}" (responsible_bodies)')
            for report in task.get("reports", ()):
                if report.get("article", next(iter(titles))) not in titles:
                    fail(*place, f'nhiệm vụ {task["label"]}: không có bài viết "{report["article"]}"')
                if "exemplar" in report and report["exemplar"] not in exemplar_titles:
                    fail(*place, f'nhiệm vụ {task["label"]}: không có điển hình "{report["exemplar"]}"')
                if "article" not in report and "date" not in report:
                    fail(*place, f'nhiệm vụ {task["label"]}: báo cáo cần "date" hoặc "article"')
        seen.add(spec["number"])
    localities, sectors = raw["exemplars"]["localities"], raw["exemplars"]["sectors"]
    for number, spec in enumerate(raw["exemplars"]["exemplars"], start=1):
        place = where("exemplars", f"exemplars › mục {number}", spec["title"])
        if spec["locality"] not in localities or spec["sector"] not in sectors:
            fail(*place, f'không có phường, xã "{spec["locality"]}" hoặc lĩnh vực "{spec["sector"]}"')
        for key in spec["directives"]:
            if key not in seen:
                fail(*place, f'không có văn bản "{key}" trong directives.yaml')
        for title in spec["articles"]:
            if title not in titles:
                fail(*place, f'không có bài viết "{title}" (articles.yaml)')
        if isinstance(spec["photo"], str) and spec["photo"] not in pictures:
            fail(*place, f'không có ảnh "{spec["photo"]}" trong media.yaml')
    for number, spec in enumerate(raw["exemplars"]["nominations"], start=1):
        if spec["locality"] not in localities:
            fail(*where("exemplars", f"nominations › mục {number}", spec["name"]), "không có phường, xã này")
