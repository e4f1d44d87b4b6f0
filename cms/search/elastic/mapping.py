"""Elasticsearch index layout: analysis, the document class of each content type
(on a shared base mapping) and the index definition. See the package docstring."""

import re
import unicodedata
from datetime import date

from elasticsearch.dsl import (
    Completion,
    Date,
    Document,
    Integer,
    Keyword,
    Text,
    analyzer,
    token_filter,
)

from cms.directives.numbers import NumberError, parse_number

from ..documents import SearchDocument
from ..text import fold

MAX_BODY = 900_000  # characters of body text indexed (see PageDocument.fields_for)
SUGGEST_INPUT_LENGTH = 100
SUGGEST_SUFFIXES = 12  # a title is suggested from its first 12 words on: `tap nghi` finds `Học tập nghị quyết`
ALL_SITES = "all"
LABEL_SEPARATOR = "|"  # `<slug>|<label>` in the *_label fields; slugs have no `|`
RECENCY_EPOCH = date(2000, 1, 1)

# ---------------------------------------------------------------- analysis

fold_keep = token_filter("vi_fold_keep", "asciifolding", preserve_original=True)
fold_only = token_filter("vi_fold", "asciifolding", preserve_original=False)
shingle = token_filter("vi_shingle", "shingle", min_shingle_size=2, max_shingle_size=3, output_unigrams=False)

# Indexing: folded and original tokens at the same position (đảng + dang).
VI_INDEX = analyzer("vi_index", tokenizer="standard", filter=["lowercase", fold_keep])
# Searching: folded only, so either spelling in the index matches.
VI_SEARCH = analyzer("vi_search", tokenizer="standard", filter=["lowercase", fold_only])
# The exact-accent clause: not folded, so it matches only the preserved originals.
VI_EXACT = analyzer("vi_exact", tokenizer="standard", filter=["lowercase"])
# Word pairs and triples, folded: phrase relevance.
VI_SHINGLES = analyzer("vi_shingles", tokenizer="standard", filter=["lowercase", fold_only, shingle])


def vi_text(shingles=False, **kwargs) -> Text:
    if shingles:
        kwargs["fields"] = {"shingles": Text(analyzer=VI_SHINGLES)}
    return Text(analyzer=VI_INDEX, search_analyzer=VI_SEARCH, **kwargs)


def nfc(value) -> str:
    return unicodedata.normalize("NFC", str(value or ""))


def compact_number(text: str) -> str:
    """`23-CT/TU`, `23/CT-TU`, `23 ct tu` -> `23cttu`: a number's letters and digits, folded."""
    return re.sub(r"[\W_]+", "", fold(text))


def label(slug: str, name: str) -> str:
    return f"{slug}{LABEL_SEPARATOR}{nfc(name)}"


# ---------------------------------------------------------------- documents


class PageDocument(Document):
    """The mapping every content type shares; the subclasses add their own fields."""

    TYPE = ""

    type = Keyword()
    page_id = Integer()
    site_id = Integer()
    title = vi_text(shingles=True, copy_to="spell")
    lead = vi_text(shingles=True, copy_to="spell")
    body = vi_text()
    url = Keyword(index=False)
    published_at = Date()
    year = Integer()
    tag = Keyword(multi=True)
    tag_label = Keyword(multi=True)
    tag_names = vi_text()
    # Title and lead, folded: the vocabulary of "Có phải bạn muốn tìm" (term suggester).
    spell = Text(analyzer=VI_SEARCH)
    # Search-as-you-type; `site` context: the outlet, or `all`.
    suggest = Completion(
        analyzer=VI_SEARCH,
        max_input_length=SUGGEST_INPUT_LENGTH,
        contexts=[{"name": "site", "type": "category"}],
    )

    class Index:
        # A placeholder: the real names come from SEARCH_INDEX_PREFIX (see ElasticBackend).
        name = "pages"
        settings = {"number_of_shards": 1}
        analyzers = [VI_EXACT]  # used only at query time, so declared here

    @classmethod
    def _matches(cls, hit) -> bool:
        """Which class a search hit becomes: by its `type`, all types share one index."""
        source = hit["_source"] if "_source" in hit else {}
        return bool(cls.TYPE) and "type" in source and source["type"] == cls.TYPE

    @classmethod
    def fields_for(cls, document: SearchDocument) -> dict:
        published = document.published_at
        days = (published.date() - RECENCY_EPOCH).days if published else 0
        title_words = nfc(document.title).split()
        fields = {
            "type": document.type,
            "page_id": document.page_id,
            "site_id": document.site_id,
            "title": nfc(document.title),
            "lead": nfc(document.lead),
            # Highlighting fails on a field longer than index.highlight.max_analyzed_offset
            # (1,000,000 by default; the request option that avoids it is not portable).
            "body": nfc(document.body)[:MAX_BODY],
            "url": document.url,
            "published_at": published,
            "year": document.year,
            "suggest": {
                "input": [" ".join(title_words[start:]) for start in range(min(len(title_words), SUGGEST_SUFFIXES))],
                # Newer first among equal matches, as the embedded suggestions.
                "weight": max(0, days),
                "contexts": {"site": [ALL_SITES] + ([str(document.site_id)] if document.site_id else [])},
            },
        }
        if document.tags:
            tags = dict(document.tags)
            fields.update(
                tag=list(tags),
                tag_label=[label(slug, name) for slug, name in tags.items()],
                tag_names=" ".join(nfc(name) for name in tags.values()),
            )
        return fields

    @classmethod
    def build(cls, document: SearchDocument) -> "PageDocument":
        return cls(meta={"id": document.page_id}, **cls.fields_for(document))


class ArticleDocument(PageDocument):
    TYPE = "article"

    column = Keyword()
    column_label = Keyword()
    column_title = vi_text()

    @classmethod
    def fields_for(cls, document):
        fields = super().fields_for(document)
        if document.column_slug:
            fields.update(
                column=document.column_slug,
                column_label=label(document.column_slug, document.column_title),
                column_title=nfc(document.column_title),
            )
        return fields


class DirectiveDocument(PageDocument):
    TYPE = "directive"

    number = Keyword(fields={"text": vi_text()})  # as written; `.text` for word matching
    number_key = Keyword()  # compact and folded: 23cttu
    number_digits = Keyword()  # the parts, as cms.directives.numbers parses them
    number_issuer = Keyword()
    kind = Keyword()
    issuer = Keyword()
    issuer_label = Keyword()
    issuer_name = vi_text()

    @classmethod
    def fields_for(cls, document):
        fields = super().fields_for(document)
        fields.update(kind=document.directive_kind)
        if document.issuer_slug:
            fields.update(
                issuer=document.issuer_slug,
                issuer_label=label(document.issuer_slug, document.issuer_name),
                issuer_name=nfc(document.issuer_name),
            )
        if document.number:
            fields.update(number=nfc(document.number), number_key=compact_number(document.number))
            try:
                parsed = parse_number(document.number)
            except NumberError:
                pass  # an old, irregular number: still found by its words and compact key
            else:
                fields.update(number_digits=parsed.digits, number_issuer=parsed.issuer_key)
        return fields


class ExemplarDocument(PageDocument):
    TYPE = "exemplar"


class ForumDocument(PageDocument):
    TYPE = "forum"


DOCUMENT_CLASSES = {cls.TYPE: cls for cls in (ArticleDocument, DirectiveDocument, ExemplarDocument, ForumDocument)}


def es_document(document: SearchDocument) -> PageDocument:
    return DOCUMENT_CLASSES.get(document.type, PageDocument).build(document)


def index_definition() -> dict:
    """`{"settings": …, "mappings": …}`: every type's fields and the analysis they use."""
    return PageDocument._index.to_dict()
