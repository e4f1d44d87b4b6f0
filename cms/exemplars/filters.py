"""Query-string filters of the exemplar registry: ?kind= ?locality= ?field= ?year= ?q=.
Same rules as the directive library (cms/directives/filters.py): bad values are
ignored with a visible note."""

from cms.core.params import bounded_int
from cms.directives.filters import MAX_QUERY_LENGTH, MAX_YEAR, MIN_YEAR, words_q

from .models import EXEMPLAR_KINDS, Locality, Sector


class ExemplarFilters:
    def __init__(self, params, queryset):
        self.notes = []
        self.values = {}
        self.kinds = dict(EXEMPLAR_KINDS)
        self.localities = {item.slug: item for item in Locality.objects.all()}
        self.sectors = {item.slug: item for item in Sector.objects.all()}

        for key, known, label in (
            ("kind", self.kinds, "Loại điển hình"),
            ("locality", self.localities, "Phường, xã"),
            ("field", self.sectors, "Lĩnh vực"),
        ):
            value = params.get(key, "").strip()
            if value in known:
                self.values[key] = value
            elif value:
                self.notes.append(f"{label} “{value[:50]}” không có; đã bỏ qua bộ lọc này.")

        year = params.get("year", "").strip()
        number = bounded_int(year, MIN_YEAR, MAX_YEAR)  # int() of 5,000 digits raised (a 500)
        if number is not None:
            self.values["year"] = number
        elif year:
            self.notes.append(f"Năm “{year[:20]}” không hợp lệ; đã bỏ qua bộ lọc này.")

        query = " ".join(params.get("q", "").replace("\x00", " ").split())  # PostgreSQL refuses NUL in text
        if len(query) > MAX_QUERY_LENGTH:
            self.notes.append(f"Từ khóa dài quá {MAX_QUERY_LENGTH} ký tự nên đã được cắt bớt.")
            query = query[:MAX_QUERY_LENGTH]
        if query:
            self.values["q"] = query

        queryset = queryset.filter(words_q(query)) if query else queryset
        if "kind" in self.values:
            queryset = queryset.filter(kind=self.values["kind"])
        if "locality" in self.values:
            queryset = queryset.filter(locality=self.localities[self.values["locality"]])
        if "field" in self.values:
            queryset = queryset.filter(sector=self.sectors[self.values["field"]])
        if "year" in self.values:
            # The year an exemplar was recognised (khen thưởng, biểu dương).
            queryset = queryset.filter(recognitions__year=self.values["year"]).distinct()
        self.queryset = queryset

    @property
    def active(self):
        return bool(self.values)

    def options(self):
        """Choices for the filter form: (key, label, [(value, text)])."""
        return [
            ("kind", "Loại", list(self.kinds.items())),
            ("locality", "Phường, xã", [(slug, item.name) for slug, item in self.localities.items()]),
            ("field", "Lĩnh vực", [(slug, item.name) for slug, item in self.sectors.items()]),
        ]
