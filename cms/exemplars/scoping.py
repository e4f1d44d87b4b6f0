"""Nominations belong to the outlet of the registry they were sent to: a user sees
and decides only those of the outlets they work for (cms.core.newsroom)."""

from django.db.models import Q

from cms.core.newsroom import outlet_root_paths

from .models import Nomination


def nominations_for(user, queryset=None):
    queryset = Nomination.objects.all() if queryset is None else queryset
    roots = outlet_root_paths(user)
    if roots is None:
        return queryset
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(registry__path__startswith=root)
    return queryset.filter(condition)
