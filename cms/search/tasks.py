"""External-index updates as django-tasks tasks: run at once on the embedded
default (ImmediateBackend), by workers when the database backend is configured.

The embedded index is updated in the publishing transaction itself (see
signals.py), so it can never disagree with what is live."""

from django_tasks import task
from wagtail.models import Page

from . import service


@task()
def reindex_external(page_ids: list[int]) -> int:
    """Index these pages in the external backend as they are now (removing any no longer live and public)."""
    pages = Page.objects.filter(pk__in=page_ids).specific()
    found = {page.pk for page in pages}
    service.remove_pages([pk for pk in page_ids if pk not in found], embedded=False)
    return service.index_pages(pages, embedded=False)


@task()
def remove_external(page_ids: list[int]) -> None:
    service.remove_pages(page_ids, embedded=False)
