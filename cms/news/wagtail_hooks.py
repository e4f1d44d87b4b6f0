"""Admin hooks of the newsroom: each outlet's staff see their own outlet only."""

from django.db.models import Q
from wagtail import hooks

from cms.core.newsroom import outlet_root_paths


@hooks.register("construct_page_chooser_queryset")
def only_the_users_outlets(pages, request):
    """The page chooser (links, related articles, lead story…) lists the pages of
    the user's outlets, and the pages above them so the tree can be browsed: other
    outlets' titles, drafts included, are not shown. Superusers see every page."""
    roots = outlet_root_paths(request.user)
    if roots is None:
        return pages
    condition = Q(pk__in=[])
    for root in roots:
        ancestors = [root[:i] for i in range(4, len(root), 4)]
        condition |= Q(path__startswith=root) | Q(path__in=ancestors)
    return pages.filter(condition)
