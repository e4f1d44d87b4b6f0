"""The one query and result shape both backends take and give."""

from dataclasses import dataclass, field
from datetime import datetime

from .documents import TYPE_LABELS

FACETS = ("type", "column", "tag", "issuer", "kind", "year")
PER_PAGE = 10
MAX_PAGE = 1000


@dataclass
class SearchQuery:
    text: str
    filters: dict[str, str] = field(default_factory=dict)  # facet name -> value
    site_id: int | None = None
    page: int = 1
    per_page: int = PER_PAGE

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


@dataclass
class Hit:
    page_id: int
    type: str
    title: str
    url: str
    snippet: str  # escaped HTML with <mark>
    title_html: str  # escaped HTML with <mark>
    published_at: datetime | None
    number: str = ""
    score: float = 0.0

    @property
    def type_label(self) -> str:
        return TYPE_LABELS.get(self.type, self.type)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchResults:
    query: SearchQuery
    count: int = 0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    did_you_mean: str = ""
    backend: str = "embedded"
    degraded: bool = False
    # True when the facet counts were estimated from a sample of the matches (many matches).
    facets_approximate: bool = False

    @property
    def pages(self) -> int:
        return max(1, -(-self.count // self.query.per_page))
