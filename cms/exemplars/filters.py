"""Query-string filters of the exemplar registry: ?kind= ?locality= ?field= ?year= ?q=.
Same rules as the directive library (one base: cms.core.listing.ListingFilters):
bad values are ignored with a visible note."""

from cms.core.listing import ListingFilters, words_q


class ExemplarFilters(ListingFilters):
    def __init__(self, params, queryset):
        super().__init__()
        # Kinds, localities and sectors as the pages' own fields define them: this
        # module is imported by the models, so it does not import them.
        field = queryset.model._meta.get_field
        self.kinds = dict(field("kind").choices)
        self.localities = {item.slug: item for item in field("locality").related_model.objects.all()}
        self.sectors = {item.slug: item for item in field("sector").related_model.objects.all()}

        for key, known, label in (
            ("kind", self.kinds, "Loại điển hình"),
            ("locality", self.localities, "Phường, xã"),
            ("field", self.sectors, "Lĩnh vực"),
        ):
            self.read_choice(params, key, known, label + " “{value}” không có; đã bỏ qua bộ lọc này.")
        self.read_year(params)
        self.read_query(params)
        query = self.values.get("q", "")

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

    def options(self):
        """Choices for the filter form: (key, label, [(value, text)])."""
        return [
            ("kind", "Loại", list(self.kinds.items())),
            ("locality", "Phường, xã", [(slug, item.name) for slug, item in self.localities.items()]),
            ("field", "Lĩnh vực", [(slug, item.name) for slug, item in self.sectors.items()]),
        ]
