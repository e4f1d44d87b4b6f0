"""Query-string filters of the directive library: ?kind= ?issuer= ?year= ?status= ?q=.

Hand-written rather than django-filter: a bad value must be ignored with a note
the reader sees (django-filter would drop the whole form or empty the list), and
each facet's counts are taken with the other filters applied.
"""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils import timezone

from cms.core.listing import ListingFilters, words_q

from .kinds import KINDS, STATUS_CHOICES, status_rule
from .numbers import number_q


class DirectiveFilters(ListingFilters):
    def __init__(self, params, queryset):
        super().__init__()
        self.base = queryset
        # The issuers the pages' own key points to (directives.Issuer): this module is
        # imported by the models, so it does not import them.
        Issuer = queryset.model._meta.get_field("issuer").related_model
        self.issuers = {issuer.slug: issuer for issuer in Issuer.objects.all()}
        self.read_choice(params, "kind", KINDS, "Loại văn bản “{value}” không có; đã bỏ qua bộ lọc này.")
        self.read_choice(params, "issuer", self.issuers, "Không có cơ quan ban hành “{value}”; đã bỏ qua bộ lọc này.")
        self.read_year(params)
        self.read_choice(params, "status", dict(STATUS_CHOICES), "Tình trạng “{value}” không có; đã bỏ qua bộ lọc này.")
        self.read_query(params)
        self.queryset = self.apply(queryset)

    def apply(self, queryset, skip=None):
        values = self.values
        if "kind" in values and skip != "kind":
            queryset = queryset.filter(kind=values["kind"])
        if "issuer" in values and skip != "issuer":
            queryset = queryset.filter(issuer=self.issuers[values["issuer"]])
        if "year" in values and skip != "year":
            queryset = queryset.filter(issued_on__year=values["year"])
        if "status" in values and skip != "status":
            queryset = queryset.with_status(values["status"])
        if "q" in values:
            # A number typed any way finds that directive; otherwise words of the
            # title and summary, with or without accents.
            by_number = number_q(values["q"])
            queryset = queryset.filter(by_number) if by_number is not None else queryset.filter(words_q(values["q"]))
        return queryset

    def count(self):
        return self.queryset.count()

    # --- facet counts (each with the other filters applied)

    def _grouped(self, field, skip):
        rows = self.apply(self.base, skip=skip).order_by().values(field).annotate(n=Count("pk"))
        return {row[field]: row["n"] for row in rows}

    def kind_counts(self):
        counts = self._grouped("kind", "kind")
        return [
            {
                "value": value,
                "label": label,
                "count": counts.get(value, 0),
                "selected": self.values.get("kind") == value,
            }
            for value, (label, _codes) in KINDS.items()
            if counts.get(value) or self.values.get("kind") == value
        ]

    def issuer_counts(self):
        counts = self._grouped("issuer_id", "issuer")
        return [
            {
                "value": issuer.slug,
                "label": issuer.short_name,
                "count": counts.get(issuer.pk, 0),
                "selected": self.values.get("issuer") == issuer.slug,
            }
            for issuer in self.issuers.values()
            if counts.get(issuer.pk) or self.values.get("issuer") == issuer.slug
        ]

    def year_counts(self):
        rows = (
            self.apply(self.base, skip="year")
            .order_by()
            .annotate(year=ExtractYear("issued_on"))
            .values("year")
            .annotate(n=Count("pk"))
        )
        counts = {row["year"]: row["n"] for row in rows}
        if "year" in self.values:
            counts.setdefault(self.values["year"], 0)
        return [
            {"value": year, "label": str(year), "count": n, "selected": self.values.get("year") == year}
            for year, n in sorted(counts.items(), reverse=True)
        ]

    def status_counts(self):
        # One query for the four counts (was one COUNT per status).
        base = self.apply(self.base, skip="status").with_replaced_flag()
        today = timezone.localdate()
        counts = base.aggregate(
            **{
                f"n{index}": Count("pk", distinct=True, filter=status_rule(value, today))
                for index, (value, _) in enumerate(STATUS_CHOICES)
            }
        )
        result = []
        for index, (value, label) in enumerate(STATUS_CHOICES):
            n = counts[f"n{index}"]
            if n or self.values.get("status") == value:
                result.append(
                    {"value": value, "label": label, "count": n, "selected": self.values.get("status") == value}
                )
        return result


class LateTaskFilters(ListingFilters):
    """?body=<slug> of the late-tasks page (issue 15); a bad value is ignored with a note,
    like the library's filters. The list runs from the longest overdue."""

    def __init__(self, params, queryset):
        super().__init__()
        self.base = queryset
        Body = queryset.model._meta.get_field("bodies").related_model
        self.bodies = {body.slug: body for body in Body.objects.all()}
        self.read_choice(params, "body", self.bodies, "Không có cơ quan phụ trách “{value}”; đã bỏ qua bộ lọc này.")
        self.queryset = self.apply(queryset)

    def apply(self, queryset):
        if "body" in self.values:
            queryset = queryset.filter(bodies=self.bodies[self.values["body"]])
        return (
            queryset.select_related("page", "page__issuer")
            .prefetch_related("bodies")
            .order_by("deadline", "page__issued_on", "sort_order", "pk")
            .distinct()
        )

    def body_counts(self):
        rows = self.base.order_by().values("bodies").annotate(n=Count("pk", distinct=True))
        counts = {row["bodies"]: row["n"] for row in rows if row["bodies"] is not None}
        return [
            {
                "value": body.slug,
                "label": body.label,
                "count": counts.get(body.pk, 0),
                "selected": self.values.get("body") == body.slug,
            }
            for body in self.bodies.values()
            if counts.get(body.pk) or self.values.get("body") == body.slug
        ]
