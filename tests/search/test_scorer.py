"""The re-ranking's fast scorer (embedded.Scorer) gives exactly score_entry's figures:
same words, same phrases, same accent bonus, on real and awkward text."""

import unicodedata
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from cms.bench import corpus as bench_corpus
from cms.search.embedded import Scorer, score_entry
from cms.search.text import fold, query_words
from tests.search import corpus

NOW = datetime(2026, 12, 6, tzinfo=UTC)

AWKWARD = [
    ("Vĩnh Thạnh: uy tín của Thành ủy", "Thành ủy Cần Thơ; thạnh trị, UỶ BAN"),
    ("Quán triệt Chỉ thị 23-CT/TU về học tập", "ct 23 tu; 23/CT-TU. (quán_triệt) _ x"),
    (unicodedata.normalize("NFD", "Đà Nẵng nâng cấp xe buýt"), unicodedata.normalize("NFD", "đã nâng, Đà Nẵng")),
    ("Hòa bình và hoà bình, Thuỷ và Thủy", "İstanbul ﬁnal ǅ: chữ viết lạ"),
    ("a.b+c (d) [e]* ^f$ \\g", "?h| {i} a b c"),
    ("", ""),
    ("Mưa lớn, múa lân, mùa mua sắm", "mua mua mua"),
]
QUERIES = [
    "Thành ủy",
    "thanh uy",
    "Thành uỷ Cần Thơ",
    "23-CT/TU",
    "ct 23 tu",
    "quán_triệt",
    "Đà Nẵng",
    "đã nâng",
    "hoà bình",
    "a.b+c (d)",
    "^f$ \\g ?h|",
    "mua mua",
    "múa",
    "istanbul final",
    "İstanbul",
]


def texts():
    pairs = list(AWKWARD)
    for spec in corpus.ARTICLES + corpus.DIRECTIVES + corpus.EXEMPLARS:
        pairs.append((spec["title"], spec.get("lead") or spec.get("summary") or ""))
    pairs += [(doc.title, doc.lead) for doc in bench_corpus.documents(0, 60)]
    return pairs


def queries():
    typed = list(QUERIES)
    typed += [spec["q"] for spec in corpus.QUERIES + corpus.ACCENT_QUERIES]
    for query in bench_corpus.queries(5000)[:20]:
        typed += [query.accented, query.unaccented]
    return [text for text in dict.fromkeys(typed) if query_words(text)]


@pytest.mark.parametrize("text", queries())
def test_the_fast_scorer_gives_score_entrys_figures(text):
    folded = query_words(text)
    scorer = Scorer(text, folded, NOW)
    for n, (title, lead) in enumerate(texts()):
        published_at = NOW - timedelta(days=n * 7) if n % 5 else None
        database_score = (n % 7) / 7
        entry = SimpleNamespace(title=title, lead=lead, published_at=published_at)
        expected = score_entry(entry, text, folded, database_score, NOW)
        for folded_title in (None, fold(title)):  # folded here, or read from the index
            got = scorer.score(title, lead, published_at, folded_title, database_score)
            assert got == pytest.approx(expected, abs=1e-12), (title, lead)
