"""Elasticsearch queries: the scored match, the pinned directive number, facets with
their labels, highlighting. See the package docstring for the scoring."""

import re

from elasticsearch.dsl import (
    FacetedSearch,
    Q,
    TermsFacet,
)
from elasticsearch.dsl.function import SF

from cms.directives.kinds import KIND_CHOICES
from cms.directives.numbers import parse_query

from ..documents import TYPE_LABELS
from ..query import FACETS, FacetValue, SearchQuery
from ..text import exact_words, query_words
from .mapping import DOCUMENT_CLASSES, LABEL_SEPARATOR, VI_EXACT, compact_number, nfc

KIND_LABELS = dict(KIND_CHOICES)
SNIPPET_LENGTH = 240
PIN_BOOST = 1000.0  # a named directive number: above any text score
TITLE_PHRASE_BOOST = 2.0
EXACT_BOOST = 1.5
RECENCY_WEIGHT = 0.75
RECENCY_HALF_LIFE = "180d"

# ---------------------------------------------------------------- queries

# Every query word must be in one of these (cross_fields: the fields act as one).
MATCH_FIELDS = [
    "title^3",
    "number.text^3",
    "lead^1.5",
    "body",
    "column_title",
    "tag_names",
    "issuer_name",
]
HIGHLIGHT_FIELDS = ["title", "lead", "body"]


def text_match(folded: list[str]):
    return Q("multi_match", query=" ".join(folded), fields=MATCH_FIELDS, type="cross_fields", operator="and")


def number_pin(text: str):
    """A constant score far above any text score for the directives the query names by number."""
    parsed = parse_query(text)
    if parsed is None:
        return []
    parts = [Q("term", type="directive"), Q("term", number_digits=parsed.digits)]
    if parsed.kinds:
        parts.append(Q("terms", kind=sorted(parsed.kinds)))
    if parsed.issuer_key:
        parts.append(Q("term", number_issuer=parsed.issuer_key))
    return [
        Q("constant_score", filter=Q("bool", filter=parts), boost=PIN_BOOST),
        # Typed in full (`05/2023/QĐ-UBND`): that one above others with the same parts.
        Q("constant_score", filter=Q("term", number_key=compact_number(text)), boost=PIN_BOOST / 10),
    ]


def build_query(query: SearchQuery):
    folded = query_words(query.text)
    relevance = [
        # The words next to each other, in order (2–3 word shingles): title, and a little for the lead.
        Q(
            "multi_match",
            query=" ".join(folded),
            fields=[f"title.shingles^{TITLE_PHRASE_BOOST:g}", "lead.shingles^0.5"],
        ),
    ]
    if not query.text.isascii():
        typed = list(dict.fromkeys(query_words_as_typed(query.text)))
        relevance.append(
            Q(
                "multi_match",
                query=" ".join(typed),
                fields=[f"title^{EXACT_BOOST:g}", "lead^0.5"],
                analyzer=VI_EXACT._name,
            )
        )
    matched = Q("bool", must=[text_match(folded)], should=relevance)
    scored = Q(
        "function_score",
        query=Q("bool", should=[matched, *number_pin(query.text)], minimum_should_match=1),
        functions=[
            SF(
                "exp",
                published_at={"origin": "now", "scale": RECENCY_HALF_LIFE, "decay": 0.5},
                weight=RECENCY_WEIGHT,
            )
        ],
        score_mode="sum",
        boost_mode="sum",
    )
    if query.site_id:
        return Q("bool", must=[scored], filter=[Q("term", site_id=query.site_id)])
    return scored


def query_words_as_typed(text: str) -> list[str]:
    """The query's words with their accents (lower case, NFC), in order."""
    wanted = exact_words(text)
    return [word for word in re.findall(r"\w+", nfc(text).lower()) if word in wanted]


class LabelledFacet(TermsFacet):
    """Counts values with their labels: labels from a dict (type, kind), or from a
    `<field>_label` keyword holding `slug|label` (column, tag, issuer)."""

    def __init__(self, field, labels=None, labelled=False, size=20):
        self.filter_field = field
        self.labels = labels or {}
        self.labelled = labelled
        super().__init__(field=f"{field}_label" if labelled else field, size=size)

    def add_filter(self, filter_values):
        if not filter_values:
            return None
        return Q("terms", **{self.filter_field: [str(value) for value in filter_values]})

    def get_values(self, data, filter_values):
        chosen = {str(value) for value in filter_values}
        values = []
        for bucket in data.buckets:
            key = str(bucket["key"])
            if self.labelled:
                value, _separator, name = key.partition(LABEL_SEPARATOR)
            else:
                value, name = key, self.labels.get(key, key)
            values.append(FacetValue(value, name, bucket["doc_count"], value in chosen))
        return values


class PageSearch(FacetedSearch):
    """The readers' search as a FacetedSearch: facet filters go to `post_filter`, and
    each facet's aggregation applies the other facets' filters."""

    facets = {
        "type": LabelledFacet("type", labels=TYPE_LABELS),
        "column": LabelledFacet("column", labelled=True),
        "tag": LabelledFacet("tag", labelled=True),
        "issuer": LabelledFacet("issuer", labelled=True),
        "kind": LabelledFacet("kind", labels=KIND_LABELS),
        "year": LabelledFacet("year"),
    }
    fields = HIGHLIGHT_FIELDS

    def __init__(self, query: SearchQuery, *, using, index):
        self.search_query = query
        self.using = using
        self.index = index
        self.doc_types = list(DOCUMENT_CLASSES.values())
        filters = {name: value for name, value in query.filters.items() if name in FACETS and value not in (None, "")}
        super().__init__(query.text, filters=filters, sort=["_score", "-published_at", "-page_id"])

    def search(self):
        return (
            super()
            .search()
            .extra(track_total_hits=True)
            .source(["type", "page_id", "title", "url", "published_at", "number"])
        )

    def query(self, search, text):
        return search.query(build_query(self.search_query))

    def highlight(self, search):
        folded = " ".join(query_words(self.search_query.text))
        return (
            search.highlight_options(
                encoder="html",  # the text is escaped; only the <mark> tags are HTML
                pre_tags=["<mark>"],
                post_tags=["</mark>"],
                highlight_query=Q("multi_match", query=folded, fields=HIGHLIGHT_FIELDS).to_dict(),
            )
            .highlight("title", number_of_fragments=0)
            .highlight("lead", fragment_size=SNIPPET_LENGTH, number_of_fragments=1, no_match_size=SNIPPET_LENGTH)
            .highlight("body", fragment_size=SNIPPET_LENGTH, number_of_fragments=1, no_match_size=SNIPPET_LENGTH)
        )


def snippet_from(highlight: dict) -> str:
    """The lead's fragment if the query matched it, else the body's, else the start of either."""
    lead, body = highlight.get("lead", [""])[0], highlight.get("body", [""])[0]
    for fragment in (lead, body):
        if "<mark>" in fragment:
            return fragment
    return lead or body
