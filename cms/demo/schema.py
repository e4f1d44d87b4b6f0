"""The rules each demo data file (cms/demo/data/<name>.yaml) must pass; the checker is
validate.py, the reading content.py. Relative dates are converted here: "-2d..-30d" to
(2, 30) days, "-9d" to -9."""

from .common import CITY, DISTRICT, age_range, local_minute, offset_days
from .validate import Block, MapOf, OneOf, check_value, iso_date, optional, rgb

OUTLET = OneOf(CITY, DISTRICT)
COMMENT_STATUSES = OneOf("approved", "pending", "rejected", "spam", "withdrawn")

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
            "tasks?": [
                {
                    "label": str,
                    "title": str,
                    "description?": str,
                    "bodies": [str],
                    "deadline?": iso_date,
                    "status": OneOf("chua-trien-khai", "dang-thuc-hien", "hoan-thanh"),
                    "reports?": [
                        {
                            "date?": iso_date,
                            "kind?": OneOf("thuong", "so-ket", "tong-ket"),
                            "text": str,
                            "article?": str,
                            "exemplar?": str,
                        }
                    ],
                }
            ],
        }
    ],
    "responsible_bodies": MapOf({"name": str, "short_name?": str}),
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

_PART_OPINION = {
    "part": str,
    "who": str,
    "hours": float,
    "body": str,
    "stance": OneOf("dong-y", "khong-dong-y", "y-kien-khac"),
    "status?": COMMENT_STATUSES,
    "locality?": str,
    "organisation?": str,
    "proposed_wording?": str,
    "source?": OneOf("hoi-nghi", "thu", "dien-thoai"),
    "meeting?": str,
    "people?": int,
}
CONSULTATION = {
    "open": {"draft": str, "opinions": [_PART_OPINION]},
    "closed": {
        "draft": str,
        "opinions": [_PART_OPINION],
        "response": {
            "title": str,
            "issued_by": str,
            "intro": str,
            "published_after_close": offset_days,
            "items": [
                {
                    "part?": str,
                    "summary": str,
                    "accepted?": str,
                    "not_accepted?": str,
                    "final_text?": str,
                    "representatives?": [str],
                }
            ],
        },
        "subscribers": [str],
    },
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
    "consultation": CONSULTATION,
    "bodies": BODIES,
}
