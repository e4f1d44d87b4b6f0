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

from .common import CITY, DISTRICT, age_range, local_minute, offset_days
from .validate import Block, DemoDataError, MapOf, OneOf, check, check_value, fail, iso_date, optional, rgb

DATA_DIR = Path(__file__).resolve().parent / "data"
OUTLET = OneOf(CITY, DISTRICT)
COMMENT_STATUSES = OneOf("approved", "pending", "rejected", "spam", "withdrawn")


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


# ---------------------------------------------------------------- rules, one per file

_PDF_TEXT = {
    "party": bool,
    "issuer": [str],
    "number": str,
    "place_date": str,
    "kind": str,
    "about": [str],
    "paragraphs": [str],
    "tasks_intro?": str,
    "tasks?": [str],
    "closing?": [str],
    "signer": [str],
    "recipients": [str],
    "footer": str,
}
_COLUMN = {"key": str, "title": str, "intro": str, "images": [str]}

SITE = {
    "outlets": MapOf(
        {
            "title": str,
            "slug": str,
            "hostname": str,
            "is_default_site": bool,
            "logo": str,
            "settings": MapOf(str),
        }
    ),
    "columns": MapOf([{**_COLUMN, "children?": [_COLUMN]}]),
    "thematic_pages": MapOf(
        {
            "title": str,
            "intro": str,
            "banner": str,
            "start": iso_date,
            "end": optional(iso_date),
            "tag": str,
            "column?": str,
            "document?": str,
        }
    ),
    "authors": MapOf({"name": str, "pen_name": str, "role": str, "bio": str, "portrait?": {"top": rgb, "bottom": rgb}}),
    "column_authors": MapOf([str]),
    "users": MapOf({"first_name": str, "last_name": str, "groups": [str]}),
}
MEDIA = {
    "hero_images": MapOf(
        {"title": str, "caption": str, "motif": str, "top": rgb, "bottom": rgb, "accent": rgb},
    ),
    "image_topics": MapOf(str),
    "logos": MapOf({"title": str, "outlet": OUTLET, "tagline": str, "color": rgb}),
    "hero_credits": [str],
    "documents": MapOf(
        {
            "title": str,
            "filename": str,
            "issuer": [str],
            "motto": [str],
            "number": str,
            "place_date": str,
            "kind": str,
            "title_long": str,
            "paragraphs": [str],
            "items?": [str],
            "signer": [str],
            "footer": str,
        }
    ),
}
ARTICLES = {
    "default_published": age_range,
    "articles": [
        {
            "column": str,
            "title": str,
            "lead": str,
            "details": [str],
            "quote?": {"text": str, "by": str},
            "topics?": str,
            "tags?": [str],
            "hero?": str,
            "caption?": str,
            "table?": str,
            "document?": str,
            "thematic?": [str],
            "published?": lambda value: age_range(value) if ".." in str(value) else local_minute(value),
            "updated?": bool,
            "featured?": bool,
            "custom?": str,
            "source?": str,
            "authors?": [str],
            "views?": int,
        }
    ],
}
_ENTRY = {"topics": str, "text": str}
POOLS = {
    "pools": MapOf(
        {
            "headings": [_ENTRY],
            "paragraphs": [_ENTRY],
            "quotes": [{"topics": str, "text": str, "by": str}],
            "callouts": [{"topics": str, "title": str, "html": str, "style": str}],
            "closings": [_ENTRY],
        }
    ),
    "tables": MapOf({"caption": str, "rows": [[str]]}),
}


def _date_or_offset(value):
    return offset_days(value) if isinstance(value, str) and value[:1] in "+-" else iso_date(value)


DIRECTIVES = {
    "issuers": MapOf({"name": str, "short_name": str, "code": str, "level": str}),
    "libraries": MapOf(str),
    "directives": [
        {
            "number": str,
            "outlet?": OUTLET,
            "kind": str,
            "issuer": str,
            "title": str,
            "summary": str,
            "issued": _date_or_offset,
            "published?": local_minute,
            "effective_from?": _date_or_offset,
            "effective_until?": iso_date,
            "signer?": {"name": str, "position": str},
            "tags?": [str],
            "relations?": [{"kind": str, "target": str}],
            "document?": str,
            "pdf_title?": str,
            "pdf?": _PDF_TEXT,
            "milestones?": [{"date?": iso_date, "kind": str, "title": str, "article?": str}],
        }
    ],
    "citations": MapOf([str]),
    "feature_blocks": [{"type": str, "value": MapOf(lambda value: value)}],
    "thematic_page": str,
}
_DRAWN_PHOTO = {"caption": str, "motif": str, "top": rgb, "bottom": rgb, "accent": rgb}
EXEMPLARS = {
    "localities": MapOf(OneOf("phuong", "xa")),
    "sectors": [str],
    "registries": MapOf(str),
    "exemplars": [
        {
            "title": str,
            "outlet?": OUTLET,
            "kind": str,
            "locality": str,
            "sector": str,
            "summary": str,
            "story": [str],
            "photo": lambda value: value if isinstance(value, str) else check_value(value, _DRAWN_PHOTO),
            "recognitions": [{"award": str, "body": str, "decision": str, "year": int}],
            "directives": [str],
            "articles": [str],
            "published": iso_date,
        }
    ],
    "nominations": [
        {
            "outlet": OUTLET,
            "name": str,
            "kind": str,
            "locality": str,
            "reason": str,
            "contact_name": str,
            "contact_phone?": str,
            "contact_email?": str,
            "status": str,
            "editor_note?": str,
            "submitted": offset_days,
        }
    ],
}


_REPLY = {
    "who": str,
    "at": float,
    "body": str,
    "status?": COMMENT_STATUSES,
    "reason?": str,
    "featured?": bool,
    "locality?": str,
    "organisation?": str,
    "section?": int,
    "stance?": str,
    "source?": str,
    "email?": str,
    "official?": {"text": str, "by": str, "after": float},
    "reports?": [{"reason": str, "note": str, "reporter": int, "after": float}],
}
_COMMENT = {**_REPLY, "replies?": [_REPLY]}
COMMENTS = {
    "articles": MapOf([_COMMENT]),
    "directives": MapOf([_COMMENT]),
    "exemplars": MapOf([_COMMENT]),
    "post_moderated": [str],
    "comments_closed": [str],
}
_SECTIONS = [{"title": str, "description": str}]
FORUMS = {
    "moderation_words": [{"word": str, "kind": OneOf("banned", "suspect"), "note": str}],
    "index": {"title": str, "published": offset_days, "slugs": [str], "intro": str},
    "open": {
        "title": str,
        "slug": str,
        "opens": offset_days,
        "days": int,
        "require_locality": bool,
        "directive": {"number": str, "text": str},
        "subject": [str],
        "original": str,
        "sections": _SECTIONS,
        "opinions": [_COMMENT],
    },
    "closed": {
        "title": str,
        "slug": str,
        "closes": offset_days,
        "days": int,
        "draft_title": str,
        "draft_filename": str,
        "subject": [str],
        "synthesis": [str],
        "sections": _SECTIONS,
        "draft": _PDF_TEXT,
        "opinions": [_COMMENT],
    },
    "upcoming": {"title": str, "slug": str, "opens": offset_days, "days": int, "subject": [str], "sections": _SECTIONS},
}

BODIES = {
    "articles": MapOf(
        [
            Block(
                paragraph=[str],
                heading=str,
                image={"picture": str, "caption": str, "credit": str},
                list={"intro": str, "items": [str]},
                quote={"text": str, "by": str},
                callout={"title": str, "html": str, "style": str},
                document=str,
            )
        ]
    ),
    "related_document": str,
    "thematic_pages": MapOf(
        {
            "lead?": str,
            "pages?": MapOf(str),
            "blocks": [
                Block(
                    rich_text=[str],
                    image_banner={"title": str, "link": str},
                    lead_story=str,
                    article_list={
                        "title": str,
                        "source": OneOf("manual", "tag", "column"),
                        "articles?": str,
                        "limit": int,
                    },
                    call_to_action={"title": str, "text": str, "button_text": str, "page": str},
                )
            ],
        }
    ),
}

FILES = {
    "site": SITE,
    "media": MEDIA,
    "articles": ARTICLES,
    "pools": POOLS,
    "directives": DIRECTIVES,
    "exemplars": EXEMPLARS,
    "comments": COMMENTS,
    "forums": FORUMS,
    "bodies": BODIES,
}


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
        if ("pdf" in spec) != ("pdf_title" in spec):
            fail(*place, 'cần cả "pdf" và "pdf_title"')
        seen.add(spec["number"])
    localities, sectors = raw["exemplars"]["localities"], raw["exemplars"]["sectors"]
    for number, spec in enumerate(raw["exemplars"]["exemplars"], start=1):
        place = where("exemplars", f"exemplars › mục {number}", spec["title"])
        if spec["locality"] not in localities or spec["sector"] not in sectors:
            fail(*place, f'không có phường, xã "{spec["locality"]}" hoặc lĩnh vực "{spec["sector"]}"')
        for key in spec["directives"]:
            if key not in seen:
                fail(*place, f'không có văn bản "{key}" trong directives.yaml')
        if isinstance(spec["photo"], str) and spec["photo"] not in pictures:
            fail(*place, f'không có ảnh "{spec["photo"]}" trong media.yaml')
    for number, spec in enumerate(raw["exemplars"]["nominations"], start=1):
        if spec["locality"] not in localities:
            fail(*where("exemplars", f"nominations › mục {number}", spec["name"]), "không có phường, xã này")
