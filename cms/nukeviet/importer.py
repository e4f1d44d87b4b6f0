"""NukeViet 4 -> Tòa Soạn (issue 16).

Order: the target site, news categories (columns), news rows (articles), laws rows
(directives), comments (their pages must exist), then the search index. Rows are read
through server-side cursors and written in batches, one transaction per batch and a
savepoint per row: a bad row is rolled back alone, reported with its id and reason,
and the import goes on. Every object made is recorded in ImportedItem with a hash of
its row, so a second run skips what did not change, updates what did and adds what is
new. With dry_run the whole run is one transaction rolled back at the end, and no file
is copied into the media storage.
"""

import hashlib
import ipaddress
import json
import os
import re
import shutil
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler as search_post_save
from wagtail.log_actions import get_active_log_context
from wagtail.models import PageLogEntry, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from . import targets as t
from .models import ImportedItem
from .remote import RemoteImageError, fetch_image
from .remote import key_for as remote_key
from .source import NukeVietSource
from .text import body_blocks, clean_text, full_text, plain_text

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_REMOTE_IMG = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']?https?://", re.IGNORECASE)
# Bumped when the importer changes how a row becomes an object: every row is then updated once.
IMPORTER_VERSION = "1"
BATCH_SIZE = 200
# Wagtail's reference index (the admin's "usage") is rebuilt inline for at most this many
# pages; a bigger archive is told to run `manage.py rebuild_references_index` afterwards.
REFERENCE_INDEX_INLINE = 5000
KIND_LABELS = {
    "column": "Chuyên mục",
    "article": "Bài viết",
    "directive": "Văn bản",
    "comment": "Bình luận",
    "image": "Ảnh",
    "document": "Tài liệu",
    "redirect": "Chuyển hướng",
    "relation": "Quan hệ văn bản",
}
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}
PUBLISHED_STATUSES = {1, 2}  # Xuất bản, Hẹn giờ đăng (NukeViet news rows)


class RowError(Exception):
    """A row that cannot be imported; the message (Vietnamese) goes into the report."""


@dataclass
class Report:
    counts: dict = field(default_factory=lambda: {kind: Counter() for kind in KIND_LABELS})
    problems: list = field(default_factory=list)  # (kind, id, reason): failed rows
    notes: list = field(default_factory=list)  # (kind, id, note): imported, with a remark

    def count(self, kind, what, n=1):
        self.counts[kind][what] += n


def timestamp(value):
    """NukeViet's Unix timestamp (0: none) -> aware datetime."""
    value = int(value or 0)
    return datetime.fromtimestamp(value, tz=UTC) if value > 0 else None


def local_date(moment):
    return timezone.localtime(moment, LOCAL_TZ).date() if moment else None


def fingerprint(data) -> str:
    payload = json.dumps([IMPORTER_VERSION, data], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha1(payload.encode()).hexdigest()


def unique_slug(parent, wanted, exclude_pk=None, fallback="bai-viet"):
    base = (t.vn_slugify(wanted or "") or fallback)[:200].strip("-") or fallback
    siblings = parent.get_children()
    if exclude_pk:
        siblings = siblings.exclude(pk=exclude_pk)
    taken = set(siblings.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


class ChildPlacer:
    """Puts new pages under a parent page for the importer.

    Why not treebeard's add_child: it locks and re-reads the parent and asks the database for
    its last child on every insert, and Wagtail's unique_slug check asks for the siblings'
    slugs: three queries an article (a fifth of its time). The importer adds thousands of
    children to the same few columns, so it keeps each parent's last path in memory, and
    asks for the slugs a batch wants in one query on the slug index (keeping every sibling's
    slug instead made memory grow with the archive). A failed row calls forget(): what its
    savepoint rolled back is read again next time, and a page another user adds meanwhile
    only costs the row that collides (reported, not lost).
    """

    SUFFIXES = 4  # base, base-2 … base-4 asked at once; more only when all are taken

    def __init__(self):
        self._parents = {}

    def forget(self):
        self._parents.clear()

    def _state(self, parent):
        state = self._parents.get(parent.pk)
        if state is None:
            children = t.Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            state = {"last": children.order_by("-path").values_list("path", flat=True).first()}
            self._parents[parent.pk] = state
        return state

    def _taken(self, parent, candidates):
        taken = set()
        for chunk in _chunks(sorted(candidates), 500):
            taken.update(
                t.Page.objects.filter(slug__in=chunk, depth=parent.depth + 1, path__startswith=parent.path).values_list(
                    "slug", flat=True
                )
            )
        return taken

    def slugs(self, parent, wanted, fallback="bai-viet"):
        """A slug unique among `parent`'s children (and among themselves) for each of `wanted`."""
        bases = [_slug_base(w, fallback) for w in wanted]
        candidates = {base: [base] + [f"{base}-{n}" for n in range(2, self.SUFFIXES + 1)] for base in bases}
        taken = self._taken(parent, {c for names in candidates.values() for c in names})
        result = []
        for base in bases:
            slug = next((c for c in candidates[base] if c not in taken), None)
            n = self.SUFFIXES + 1
            while slug is None:  # all the usual ones taken: ask for the next few
                more = [f"{base}-{m}" for m in range(n, n + 20)]
                taken |= self._taken(parent, set(more))
                slug = next((c for c in more if c not in taken), None)
                n += 20
            taken.add(slug)
            result.append(slug)
        return result

    def slug(self, parent, wanted, fallback="bai-viet"):
        return self.slugs(parent, [wanted], fallback)[0]

    def place(self, parent, page):
        """Give the unsaved `page` the tree fields of the next child of `parent`, in memory
        (BulkPages writes it and the parent's child count)."""
        state = self._state(parent)
        page.depth = parent.depth + 1
        if state["last"] is None:
            page.path = t.Page._get_path(parent.path, page.depth, 1)
        else:
            page.path = t.Page(path=state["last"])._inc_path()
        page.numchild = 0
        page.set_url_path(parent)
        state["last"] = page.path

    def add(self, parent, page):
        """Save the new `page` as the last child of `parent`, without Wagtail's full clean
        (the caller validates what can be wrong in the row's savepoint; a failed row calls
        forget(), so the path placed here is read again)."""
        self.place(parent, page)
        page._cached_parent_obj = parent  # Wagtail's save reads the parent's url_path
        page.save(clean=False)
        t.Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)


def _slug_base(wanted, fallback="bai-viet"):
    return (t.vn_slugify(wanted or "") or fallback)[:200].strip("-") or fallback


@dataclass
class NewArticle:
    """A new article page prepared in its row's savepoint, written by BulkPages."""

    row: dict
    fingerprint: str
    page: object  # an unsaved ArticlePage; slug holds the wanted slug until it is placed
    parent: object
    column_alias: str
    why: str  # why it is not public ("" when it is)
    tags: list
    authors: list
    documents: list
    hits: int
    views_day: object


class BulkPages:
    """Writes a batch of new article pages in a few INSERTs, as Page.save would have.

    Why not Page.save for each: it costs about a dozen queries and most of an article's
    time (modelcluster asks each of the six child relations for existing rows, the page
    row and the article row are two INSERTs, the audit-log entry a third). A new imported
    page has no existing children, no revision and no other translation, so the rows are
    known in advance. What Page.save does for a new page, and how it is done here:
    - path, depth, numchild, url_path (parent's url_path + slug + "/"), a slug unique among
      the siblings: ChildPlacer.place, then the parent's numchild raised once a batch;
    - draft_title = title, locale = the parent's locale (Wagtail's get_default_locale),
      translation_key a fresh uuid4 (the field's default), content_type the specific type
      (Page.__init__): set when the page is built, as for any new page;
    - the wagtailcore_page rows with bulk_create (primary keys returned by the database),
      then the specific rows (Django's bulk_create refuses multi-table models, so the same
      internal _insert that Model.save_base uses, with the specific model's own columns);
    - child relations (tags, authors, attachments) with bulk_create;
    - the audit log: one "wagtail.create" PageLogEntry a page, as Page.save writes (user and
      uuid from the active log context, the page's draft title as label);
    - signals: post_save receivers of article pages are the search and reference indexes,
      which the importer defers and writes itself (update_search_index).
    tests/nukeviet/test_bulk_pages.py compares such a page with one saved by Wagtail.
    """

    def __init__(self, importer):
        self.importer = importer
        # bulk_create must give back the new primary keys (SQLite >= 3.35, PostgreSQL).
        self.available = connection.features.can_return_rows_from_bulk_insert
        self._page_fields = [f.attname for f in t.Page._meta.concrete_fields]

    def insert(self, new):
        placer = self.importer.placer
        now = timezone.now()
        by_parent = {}
        for item in new:
            by_parent.setdefault(item.parent.pk, []).append(item)
        for items in by_parent.values():
            parent = items[0].parent
            for item, slug in zip(items, placer.slugs(parent, [i.page.slug for i in items]), strict=True):
                page = item.page
                page.slug = slug
                page.draft_title = page.draft_title or page.title
                placer.place(parent, page)
        bases = [t.Page(**{name: getattr(item.page, name) for name in self._page_fields}) for item in new]
        t.Page.objects.bulk_create(bases)
        for item, base in zip(new, bases, strict=True):
            page = item.page
            page.id = page.page_ptr_id = base.pk
            page._state.adding = False
        pages = [item.page for item in new]
        local_fields = t.ArticlePage._meta.local_concrete_fields
        for chunk in _chunks(pages, 100):
            t.ArticlePage._base_manager._insert(chunk, fields=local_fields)
        children = Counter(item.parent.pk for item in new)
        for parent_id, n in children.items():
            t.Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + n)
        tag_through = t.ArticlePage._meta.get_field("tags").remote_field.through
        tag_through.objects.bulk_create(
            [tag_through(content_object_id=item.page.pk, tag=tag) for item in new for tag in item.tags]
        )
        t.ArticleAuthor.objects.bulk_create(
            [
                t.ArticleAuthor(article_id=item.page.pk, author=author, sort_order=i)
                for item in new
                for i, author in enumerate(item.authors)
            ]
        )
        t.ArticleAttachment.objects.bulk_create(
            [
                t.ArticleAttachment(article_id=item.page.pk, document_id=document_id, sort_order=i)
                for item in new
                for i, document_id in enumerate(item.documents)
            ]
        )
        t.PageViews.objects.bulk_create(
            [t.PageViews(page_id=item.page.pk, day=item.views_day, count=item.hits) for item in new if item.hits]
        )
        context = get_active_log_context()
        content_type = ContentType.objects.get_for_model(t.ArticlePage, for_concrete_model=False)
        PageLogEntry.objects.bulk_create(
            [
                PageLogEntry(
                    content_type=content_type,
                    label=item.page.get_admin_display_title(),
                    action="wagtail.create",
                    timestamp=now,
                    data={},
                    uuid=context.uuid,
                    user=context.user if getattr(context.user, "pk", None) else None,
                    content_changed=True,
                    page_id=item.page.pk,
                )
                for item in new
            ]
        )
        ImportedItem.objects.bulk_create(
            [
                ImportedItem(
                    source=self.importer.source.name,
                    kind="article",
                    source_id=str(item.row["id"]),
                    object_id=item.page.pk,
                    fingerprint=item.fingerprint,
                )
                for item in new
            ]
        )


def _valid_ip(value):
    try:
        return str(ipaddress.ip_address((value or "").strip()))
    except ValueError:
        return None


class Importer:
    def __init__(
        self,
        url,
        prefix="nv4",
        lang="vi",
        uploads=None,
        site=None,
        dry_run=False,
        out=None,
        progress=None,
        news_module="news",
        laws_module="laws",
        remote_images=False,
    ):
        self.source = NukeVietSource(url, prefix, lang)
        self.remote_images = remote_images  # fetch body pictures from other servers (remote.py)
        self._remote_folder = None
        self.lang = lang
        self.uploads = Path(uploads) if uploads else None
        self.site_spec = site
        self.dry_run = dry_run
        self.out = out or (lambda message: None)
        self.progress = progress if progress is not None else sys.stdout.isatty()
        self.news, self.laws = news_module, laws_module
        self.report = Report()
        self.now = timezone.now()
        self.authors = {}
        self.author_bios = {}  # NukeViet 4.5 author list: pseudonym -> description
        self.tags = {}  # name -> tag object, made or found once a run
        self.placer = ChildPlacer()
        self.bulk_pages = BulkPages(self)
        self.pending_redirects = {}  # old path -> page, written once a batch
        self.column_pages = {}
        self.issuers = {}
        self.site = None
        self.home = None
        self.columns = {}  # catid -> (page id, alias, hidden)
        self.topic_titles, self.topic_aliases = {}, {}
        self.reindex = set()  # pages written: indexed once a batch (_flush_index), not on each save
        self.indexed_pages = 0
        self.inline_references = True
        self._search_backends = None
        self.indexed_objects = []  # authors, issuers, images, documents made

    # ------------------------------------------------------------ running

    def run(self) -> Report:
        try:
            return self._run()
        finally:
            if self._remote_folder is not None:  # fetched pictures are in the media storage now
                shutil.rmtree(self._remote_folder, ignore_errors=True)

    def _run(self) -> Report:
        with transaction.atomic(), _indexing_deferred():
            self.site, self.home = self.target_site()
            self.inline_references = self._expected_pages() <= REFERENCE_INDEX_INLINE
            self.import_columns()
            if self.source.has(f"{self.news}_rows"):
                self.import_articles()
            if self.source.has(f"{self.laws}_row"):
                self.import_directives()
            self.import_comments()
            self.update_search_index()
            if self.dry_run:
                transaction.set_rollback(True)
            elif any(c["created"] or c["updated"] for c in self.report.counts.values()):
                # Pages were written without Wagtail's publish signals: cached pages are stale.
                transaction.on_commit(t.purge_all)
        self.source.close()
        return self.report

    def _expected_pages(self):
        s = self.source
        tables = [f"{self.news}_cat", f"{self.news}_rows", f"{self.laws}_row"]
        return sum(s.count(f"SELECT COUNT(*) FROM {s.table(name)}") for name in tables if s.has(name))

    def _bar(self, total, label):
        from tqdm import tqdm

        return tqdm(total=total, desc=label, unit=" dòng", disable=not self.progress, leave=False, file=sys.stderr)

    def _fail(self, kind, source_id, reason):
        self.report.count(kind, "failed")
        self.report.problems.append((kind, source_id, reason))
        self.out(f"Lỗi: {KIND_LABELS[kind].lower()} #{source_id}: {reason}")

    def _note(self, kind, source_id, note):
        self.report.notes.append((kind, source_id, note))

    def _mapping(self, kind, source_ids):
        rows = ImportedItem.objects.filter(
            source=self.source.name, kind=kind, source_id__in=[str(i) for i in source_ids]
        ).values_list("source_id", "object_id", "fingerprint")
        return {source_id: (object_id, print_) for source_id, object_id, print_ in rows}

    def _remember(self, kind, source_id, object_id, print_="", created=False):
        if created:  # no mapping yet: one INSERT instead of a look-up and an INSERT
            ImportedItem.objects.create(
                source=self.source.name, kind=kind, source_id=str(source_id), object_id=object_id, fingerprint=print_
            )
            return
        ImportedItem.objects.update_or_create(
            source=self.source.name,
            kind=kind,
            source_id=str(source_id),
            defaults={"object_id": object_id, "fingerprint": print_},
        )

    def _batches(self, rows, size=BATCH_SIZE):
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    # ------------------------------------------------------------ site

    def target_site(self):
        """The Site with --site's host (made with a home page if missing), else the default site."""
        if self.site_spec:
            host, _, port = self.site_spec.partition(":")
            port = int(port or 80)
            site = t.Site.objects.filter(hostname=host, port=port).select_related("root_page").first()
        else:
            host, port = "localhost", 80
            site = t.Site.objects.filter(is_default_site=True).select_related("root_page").first()
        title = clean_text(self.source.config("site_name")) or host
        if site is not None and isinstance(site.root_page.specific, t.HomePage):
            return site, site.root_page.specific
        root = t.Page.objects.get(depth=1)
        home = t.HomePage(title=title[:255], slug=unique_slug(root, host, fallback="trang-chu"), live=True)
        root.add_child(instance=home)
        home.first_published_at = home.last_published_at = self.now
        home.save(clean=False)
        if site is None:
            site = t.Site.objects.create(
                hostname=host,
                port=port,
                root_page=home,
                site_name=title[:255],
                is_default_site=not t.Site.objects.filter(is_default_site=True).exists(),
            )
            self.out(f"Tạo site {host}:{port} với trang chủ “{home.title}”.")
        else:  # the default site still on Wagtail's starter page: it gets a real home page
            site.root_page = home
            site.save()
            self.out(f"Site {site.hostname}:{site.port} nay dùng trang chủ mới “{home.title}”.")
        outlet = t.OutletSettings.for_site(site)
        outlet.name = title[:200]
        outlet.save()
        return site, home

    # ------------------------------------------------------------ redirects

    def _redirect(self, old_path, page, route=""):
        """Noted now, written by _write_redirects at the end of the batch (one look-up and one
        bulk INSERT a batch instead of two queries a redirect). `route`: a path the page
        serves itself (a tag page of the home page)."""
        self.pending_redirects[t.Redirect.normalise_path(old_path)] = (page.pk, route)

    def _redirect_old_urls(self, module, op, suffix, page, route=""):
        """Every form NukeViet gave one URL: rewritten (`/news/<op><suffix>`), with the
        language in the path as multilingual sites write it (`/vi/news/…`), and the query
        form (`/index.php?language=vi&nv=news&op=<op>`)."""
        self._redirect(f"/{module}/{op}{suffix}", page, route)
        self._redirect(f"/{self.lang}/{module}/{op}{suffix}", page, route)
        self._redirect(f"/index.php?language={self.lang}&nv={module}&op={op}", page, route)

    def _write_redirects(self):
        wanted, self.pending_redirects = self.pending_redirects, {}
        if not wanted:
            return
        existing = {}
        for chunk in _chunks(list(wanted), 500):
            existing.update(
                (redirect.old_path, redirect)
                for redirect in t.Redirect.objects.filter(site=self.site, old_path__in=chunk)
            )
        new = []
        for path, (page_id, route) in wanted.items():
            redirect = existing.get(path)
            if redirect is None:
                new.append(
                    t.Redirect(
                        site=self.site,
                        old_path=path,
                        redirect_page_id=page_id,
                        redirect_page_route_path=route,
                        is_permanent=True,
                    )
                )
            elif (
                redirect.redirect_page_id != page_id
                or redirect.redirect_page_route_path != route
                or not redirect.is_permanent
                or redirect.redirect_link
            ):
                redirect.redirect_page_id, redirect.redirect_page_route_path = page_id, route
                redirect.redirect_link, redirect.is_permanent = "", True
                redirect.save()
                self.report.count("redirect", "updated")
            else:
                self.report.count("redirect", "skipped")
        t.Redirect.objects.bulk_create(new, batch_size=500)
        self.report.count("redirect", "created", len(new))

    def _row_failed(self, mark):
        """A row's savepoint was rolled back: drop what it noted and what the caches learnt
        from rows written in it (an author or tag it made no longer exists)."""
        for path in list(self.pending_redirects)[mark:]:
            del self.pending_redirects[path]
        self.placer.forget()
        self.authors.clear()
        self.tags.clear()

    # ------------------------------------------------------------ files

    def _local_file(self, reference, module):
        """A NukeViet file reference (`2023_05/a.jpg` under uploads/<module>/, `/uploads/news/…`,
        or a URL on the old site) -> (key, path), or a RowError saying why not."""
        reference = (reference or "").strip()
        if not reference:
            raise RowError("đường dẫn tệp trống")
        parsed = urlparse(reference)
        path = parsed.path
        if "/uploads/" in f"/{path.lstrip('/')}":
            relative = f"/{path.lstrip('/')}".split("/uploads/", 1)[1]
        elif parsed.scheme or parsed.netloc:
            raise RowError(f"tệp ở máy chủ khác, không tải về (ảnh: dùng --remote-images): {reference}")
        else:
            relative = f"{module}/{path.lstrip('/')}"
        relative = os.path.normpath(relative).lstrip("/")
        if relative.startswith(".."):
            raise RowError(f"đường dẫn tệp không hợp lệ: {reference}")
        if self.uploads is None:
            raise RowError(f"chưa chỉ thư mục uploads (--uploads), bỏ qua tệp {relative}")
        full = self.uploads / relative
        if not full.is_file():
            raise RowError(f"không có tệp {full}")
        return relative, full

    def _file_object(self, kind, reference, module, title, description=""):
        """An image or document for a NukeViet file, made once per file (keyed on its path)."""
        relative, full = self._local_file(reference, module)
        return self._stored(kind, relative, lambda: full, title, description)

    def _remote_image(self, url, title, description):
        """A picture on another server, fetched once (keyed on its URL) when asked for."""
        from tempfile import mkdtemp

        def download():
            if self._remote_folder is None:
                self._remote_folder = Path(mkdtemp(prefix="toasoan-nukeviet-remote-"))
            try:
                return fetch_image(url, self._remote_folder)
            except RemoteImageError as error:
                raise RowError(str(error)) from error

        return self._stored("image", remote_key(url), download, title, description)

    def _stored(self, kind, key, get_file, title, description=""):
        known = self._mapping(kind, [key]).get(key)
        if known:
            self.report.count(kind, "skipped")
            return known[0]
        if self.dry_run:  # nothing is copied (or fetched) into the media storage on a dry run
            self.report.count(kind, "created")
            return None
        full = get_file()
        model = t.Image if kind == "image" else t.Document
        with full.open("rb") as handle:
            obj = model(title=(title or full.stem)[:255], file=File(handle, name=full.name))
            if kind == "image":
                obj.description = description[:255]
                obj._set_image_file_metadata()
            else:
                obj._set_document_file_metadata()
            obj.save()
        self.indexed_objects.append(obj)
        self._remember(kind, key, obj.pk, created=True)
        self.report.count(kind, "created")
        return obj.pk

    def _image(self, reference, module, title, alt, source_id, kind):
        suffix = Path(urlparse(reference or "").path).suffix.lower()
        if suffix and suffix not in IMAGE_EXTENSIONS:
            self._note(kind, source_id, f"bỏ ảnh không phải ảnh: {reference}")
            return None
        try:
            parsed = urlparse(reference or "")
            if self.remote_images and parsed.scheme in {"http", "https"} and "/uploads/" not in parsed.path:
                return self._remote_image(reference.strip(), title, alt)
            return self._file_object("image", reference, module, title, alt)
        except RowError as error:
            self._note(kind, source_id, f"ảnh: {error}")
            return None
        except Exception as error:  # an unreadable image file: the row goes on without it
            self._note(kind, source_id, f"ảnh {reference}: {error}")
            return None

    def _documents(self, files, module, title, source_id, kind):
        ids = []
        for reference in [f for f in (files or "").split(",") if f.strip()]:
            try:
                document_id = self._file_object("document", reference, module, f"{title} – {Path(reference).name}")
            except RowError as error:
                self._note(kind, source_id, f"tệp đính kèm: {error}")
                continue
            if document_id:
                ids.append(document_id)
        return ids

    # ------------------------------------------------------------ columns

    def import_columns(self):
        table = f"{self.news}_cat"
        if not self.source.has(table):
            return
        rows = self.source.rows(f"SELECT * FROM {self.source.table(table)} ORDER BY lev, sort, weight, catid")
        by_id = {row["catid"]: row for row in rows}
        known = self._mapping("column", by_id)
        done = {}
        remaining = list(rows)
        bar = self._bar(len(rows), "Chuyên mục")
        while remaining:
            progress = False
            for row in list(remaining):
                parent_id = row["parentid"]
                if parent_id and parent_id in by_id and parent_id not in done:
                    continue  # its parent first
                remaining.remove(row)
                progress = True
                bar.update(1)
                self.report.count("column", "read")
                parent = done.get(parent_id) if parent_id else None
                if parent_id and parent_id not in by_id:
                    self._note("column", row["catid"], f"chuyên mục cha {parent_id} không có, đặt dưới trang chủ")
                mark = len(self.pending_redirects)
                try:
                    with transaction.atomic():
                        done[row["catid"]] = self._column(row, parent, known.get(str(row["catid"])))
                except (RowError, ValidationError) as error:
                    self._row_failed(mark)
                    self._fail("column", row["catid"], _reason(error))
            if not progress:  # a loop in parentid: the rest cannot be placed
                for row in remaining:
                    self.report.count("column", "read")
                    self._fail("column", row["catid"], "vòng lặp chuyên mục cha – con")
                break
        bar.close()
        self._write_redirects()
        self._flush_index()
        self.columns = {catid: (info[0].pk, info[1], info[2]) for catid, info in done.items()}
        self.column_pages = {info[0].pk: info[0] for info in done.values()}

    def _column(self, row, parent, known):
        parent_page, parent_hidden = (parent[0], parent[2]) if parent else (self.home, False)
        title = clean_text(row["title"], 255)
        if not title:
            raise RowError("chuyên mục không có tên")
        alias = clean_text(row["alias"]) or t.vn_slugify(title)
        hidden = parent_hidden or int(row["status"]) == 0
        data = {k: row.get(k) for k in ("parentid", "title", "alias", "description", "status", "weight")}
        print_ = fingerprint([data, parent_page.pk])
        intro = plain_text(row.get("description"))
        page = None
        if known:
            page = t.ColumnPage.objects.filter(pk=known[0]).first()
        if page is not None and known[1] == print_:
            self.report.count("column", "skipped")
            return page, alias, hidden
        if page is None:
            page = t.ColumnPage(
                title=title,
                slug=unique_slug(parent_page, alias, fallback="chuyen-muc"),
                intro=intro,
                show_in_menus=int(row["status"]) == 1 and parent is None,
                live=False,
            )
            parent_page.add_child(instance=page)
            created = True
        else:
            if page.get_parent().pk != parent_page.pk:
                page.move(parent_page, pos="last-child")
                page.refresh_from_db()
            page.title, page.draft_title, page.intro = title, title, intro
            page.slug = unique_slug(parent_page, alias, exclude_pk=page.pk, fallback="chuyen-muc")
            created = False
        page.live = not hidden
        page.has_unpublished_changes = hidden
        if page.live and not page.first_published_at:
            page.first_published_at = timestamp(row.get("add_time")) or self.now
        page.last_published_at = timestamp(row.get("edit_time")) or page.first_published_at
        page.save(clean=False)
        self.reindex.add(page.pk)
        self._remember("column", row["catid"], page.pk, print_)
        self.report.count("column", "created" if created else "updated")
        self._redirect_old_urls(self.news, alias, "/", page)
        return page, alias, hidden

    # ------------------------------------------------------------ articles

    def _topics(self):
        table = f"{self.news}_topics"
        if not self.source.has(table):
            return {}
        rows = self.source.rows(f"SELECT * FROM {self.source.table(table)}")
        self.topic_aliases = {row["topicid"]: clean_text(row["alias"]) for row in rows}
        return {row["topicid"]: clean_text(row["title"], 100) for row in rows}

    def _topic_redirects(self):
        """A topic's page (`/news/topic/<alias>/`) -> the tag page of its tag (`/chu-de/<slug>/`,
        served by the home page), where its articles are listed."""
        for topic_id, title in self.topic_titles.items():
            alias = self.topic_aliases.get(topic_id)
            if not (title and alias):
                continue
            tag = self._tag_objects([title])[0]
            self._redirect_old_urls(self.news, f"topic/{alias}", "/", self.home, route=f"/chu-de/{tag.slug}/")
        self._write_redirects()

    def _sources(self):
        table = f"{self.news}_sources"
        if not self.source.has(table):
            return {}
        return {
            row["sourceid"]: clean_text(row["title"], 255)
            for row in self.source.rows(f"SELECT * FROM {self.source.table(table)}")
        }

    def import_articles(self):
        s = self.source
        rows_table = s.table(f"{self.news}_rows")
        detail = (
            f"LEFT JOIN {s.table(f'{self.news}_detail')} d ON d.id = r.id"
            if s.has(f"{self.news}_detail")
            else "LEFT JOIN (SELECT NULL AS id, '' AS bodyhtml, '' AS sourcetext, '' AS files) d ON 0"
        )
        tags = (
            f"(SELECT GROUP_CONCAT(t.title ORDER BY t.tid SEPARATOR '\\n') FROM {s.table(f'{self.news}_tags_id')} ti "
            f"JOIN {s.table(f'{self.news}_tags')} t ON t.tid = ti.tid WHERE ti.id = r.id)"
            if s.has(f"{self.news}_tags_id") and s.has(f"{self.news}_tags")
            else "NULL"
        )
        sql = (
            f"SELECT r.*, d.bodyhtml AS bodyhtml, d.sourcetext AS sourcetext, d.files AS files, "
            f"{tags} AS tag_titles FROM {rows_table} r {detail} ORDER BY r.id"
        )
        self.topic_titles, self.source_titles = self._topics(), self._sources()
        bar = self._bar(s.count(f"SELECT COUNT(*) FROM {rows_table}"), "Bài viết")
        self.author_bios = self._author_bios()
        for batch in self._batches(s.stream(sql)):
            known = self._mapping("article", [row["id"] for row in batch])
            self._add_internal_authors(batch)
            with transaction.atomic():
                new = []  # new pages prepared row by row, written together by _write_new_articles
                for row in batch:
                    self.report.count("article", "read")
                    self._article_in_savepoint(row, known.get(str(row["id"])), new)
                    bar.update(1)
                self._write_new_articles(new)
                self._write_redirects()
                self._flush_index()
        bar.close()
        with transaction.atomic():
            self._topic_redirects()

    def _article_in_savepoint(self, row, known, new=None):
        mark = len(self.pending_redirects)
        try:
            with transaction.atomic():
                self._article(row, known, new)
        except (RowError, ValidationError) as error:
            self._row_failed(mark)
            self._fail("article", row["id"], _reason(error))
        except Exception as error:  # reported, and the import goes on
            self._row_failed(mark)
            self._fail("article", row["id"], f"{type(error).__name__}: {error}")

    def _write_new_articles(self, new):
        """The batch's new articles in a few bulk INSERTs (see BulkPages). Should the bulk
        write fail (a constraint a row broke after all), it is rolled back whole and each of
        its rows goes through the one-page-at-a-time path, so the bad one is reported alone."""
        if not new:
            return
        try:
            with transaction.atomic():
                self.bulk_pages.insert(new)
        except Exception:
            self.placer.forget()
            for item in new:
                self._article_in_savepoint(item.row, None)
            return
        for item in new:
            page = item.page
            if item.why:
                self._note("article", item.row["id"], f"không công khai: {item.why}")
            self.reindex.add(page.pk)
            self.report.count("article", "created")
            self._article_redirects(item.row, item.column_alias, page)

    def _state(self, row, hidden_column):
        """(live, first published, go live at, expire at, expired, why not public)."""
        published = timestamp(row["publtime"]) or timestamp(row["addtime"]) or self.now
        expires = timestamp(row["exptime"])
        status = int(row["status"])
        if hidden_column:
            return False, None, None, None, False, "chuyên mục bị đình chỉ"
        if status not in PUBLISHED_STATUSES:
            return False, None, None, None, False, f"trạng thái {status} (không xuất bản)"
        if expires and expires <= self.now:
            return False, published, None, None, True, "đã hết hạn"
        if published > self.now:
            return False, None, published, expires, False, "hẹn giờ đăng"
        return True, published, None, expires, False, ""

    def _article(self, row, known, new=None):
        """Import one news row. A new page that needs no revision is only prepared and
        appended to `new` (when given), for _write_new_articles; the rest is written here."""
        article_id = row["id"]
        column = self.columns.get(row["catid"])
        if column is None:
            raise RowError(f"chuyên mục {row['catid']} không có hoặc không nhập được")
        column_id, column_alias, hidden_column = column
        data = {key: value for key, value in row.items()}
        fetches = self.remote_images and (
            _REMOTE_IMG.search(str(row.get("bodyhtml") or ""))
            or str(row.get("homeimgfile") or "").startswith(("http://", "https://"))
        )
        # A run with --remote-images after one without must bring the pictures in: the
        # articles that have some are not "unchanged" for it.
        print_ = fingerprint([data, column_id, column_alias, hidden_column] + (["remote-images"] if fetches else []))
        page = t.ArticlePage.objects.filter(pk=known[0]).first() if known else None
        if page is not None and known[1] == print_:
            self.report.count("article", "skipped")
            return
        if page is not None and _edited_here(page):
            self.report.count("article", "skipped")
            self._note("article", article_id, "đã được biên tập trong Tòa Soạn, giữ nguyên bản ở đây")
            return
        parent = self.column_pages.get(column_id) or t.ColumnPage.objects.get(pk=column_id)
        title = clean_text(row["title"], 255)
        if not title:
            raise RowError("bài không có tiêu đề")
        lead = plain_text(row["hometext"]) or title
        live, first, go_live, expire, expired, why = self._state(row, hidden_column)
        body = body_blocks(
            row.get("bodyhtml") or "",
            lambda src, alt: self._image(src, self.news, alt or title, alt or title, article_id, "article"),
        )
        hero_id = None
        if row.get("homeimgfile"):
            alt = clean_text(row.get("homeimgalt"), 255) or title
            hero_id = self._image(row["homeimgfile"], self.news, alt, alt, article_id, "article")
        source = self.source_titles.get(row.get("sourceid")) or clean_text(row.get("sourcetext"), 255)
        tags = [clean_text(tag, 100) for tag in (row.get("tag_titles") or "").split("\n")]
        if self.topic_titles.get(row.get("topicid")):
            tags.append(self.topic_titles[row["topicid"]])  # topics become tags (see README)
        tags = list(dict.fromkeys(tag for tag in tags if tag))
        # NukeViet 4.5's own journalists first (by pseudonym), then the free-text byline.
        authors = self._authors(", ".join([*row.get("_internal_authors", ()), row.get("author") or ""]))
        documents = self._documents(row.get("files"), self.news, title, article_id, "article")
        alias = clean_text(row["alias"]) or t.vn_slugify(title)

        created = page is None
        bulk = created and known is None and new is not None and not go_live and self.bulk_pages.available
        if bulk:
            page = t.ArticlePage(slug=_slug_base(alias), live=False, locale_id=parent.locale_id)
        elif created:
            page = t.ArticlePage(slug=self.placer.slug(parent, alias), live=False)
        elif page.get_parent().pk != parent.pk:
            page.move(parent, pos="last-child")
            page.refresh_from_db()
            self.placer.forget()  # the column's last child is now this page
            page.slug = unique_slug(parent, alias, exclude_pk=page.pk)
        page.title = page.draft_title = title
        page.lead = lead
        page.body = body
        page.hero_image_id = hero_id
        page.hero_caption = clean_text(row.get("homeimgalt"), 500) if hero_id else ""
        page.source = source
        tag_objects = self._tag_objects(tags)
        if not bulk:
            page.tags.set(tag_objects)
            page.article_authors = [t.ArticleAuthor(author=a, sort_order=i) for i, a in enumerate(authors)]
            page.attachments = [t.ArticleAttachment(document_id=d, sort_order=i) for i, d in enumerate(documents)]
        was_live = page.live
        page.live, page.expired = live, expired
        page.has_unpublished_changes = not live
        page.first_published_at = first
        edited = timestamp(row.get("edittime"))
        page.last_published_at = max(edited, first) if (first and edited) else first
        page.latest_revision_created_at = page.last_published_at or timestamp(row.get("addtime"))
        page.go_live_at, page.expire_at = go_live, expire
        hits = int(row.get("hitstotal") or 0)
        # NukeViet's total, kept as the views of the publication day (cms.core PageViews)
        views_day = local_date(first or timestamp(row.get("addtime")) or self.now) if hits else None
        if bulk:
            if live:  # the tree fields are given by BulkPages when the batch is written
                page.clean_fields(exclude=["path", "depth", "numchild", "url_path"])
            new.append(
                NewArticle(
                    row, print_, page, parent, column_alias, why, tag_objects, authors, documents, hits, views_day
                )
            )
            return
        if created:
            self.placer.add(parent, page)
        if live:  # checked in the row's savepoint: a page that fails is rolled back
            # Field by field (lengths, the body's blocks). Wagtail's own checks, a unique slug
            # among siblings and a fresh translation key, hold by construction (ChildPlacer).
            page.clean_fields()
        if not created:
            page.save(clean=False)
            # A schedule from an earlier run must not publish that run's content.
            page.revisions.filter(approved_go_live_at__isnull=False).update(approved_go_live_at=None)
        if go_live:  # scheduled: Wagtail publishes an approved revision at go_live_at
            revision = page.save_revision(clean=False)
            revision.approved_go_live_at = go_live
            revision.save(update_fields=["approved_go_live_at"])
        if was_live and not live and not created:
            t.search_service.remove_pages([page.pk], external=False)
        if why:
            self._note("article", article_id, f"không công khai: {why}")
        if hits:
            t.PageViews.objects.update_or_create(page_id=page.pk, day=views_day, defaults={"count": hits})
        self.reindex.add(page.pk)
        self._remember("article", article_id, page.pk, print_, created=known is None)
        self.report.count("article", "created" if created else "updated")
        self._article_redirects(row, column_alias, page)

    def _article_redirects(self, row, column_alias, page):
        # NukeViet finds an article by its id whichever of its categories (listcatid) the
        # link names: each of them is an old URL. The page lives in the main one (catid).
        aliases = [column_alias]
        for catid in str(row.get("listcatid") or "").split(","):
            column = self.columns.get(int(catid)) if catid.strip().isdigit() else None
            if column is not None and column[1] not in aliases:
                aliases.append(column[1])
        for alias in aliases:
            self._redirect_old_urls(self.news, f"{alias}/{row['alias']}-{row['id']}", ".html", page)

    def _tag_objects(self, names):
        """Tag rows for `names`, looked up or made once a run (taggit asks the database for
        every name of every article otherwise)."""
        tag_model = t.ArticlePage._meta.get_field("tags").remote_field.model
        missing = [name for name in names if name not in self.tags]
        if missing:
            for tag in tag_model.objects.filter(name__in=missing):
                self.tags[tag.name] = tag
            for name in missing:
                if name not in self.tags:
                    self.tags[name] = tag_model.objects.create(name=name)
        return [self.tags[name] for name in names]

    def _author_bios(self):
        """NukeViet 4.5's author list (`<news>_author`): pseudonym -> description, for the
        Author snippets made from it."""
        table = f"{self.news}_author"
        if not self.source.has(table):
            return {}
        rows = self.source.rows(f"SELECT pseudonym, description FROM {self.source.table(table)}")
        return {clean_text(row["pseudonym"], 150).casefold(): plain_text(row["description"] or "") for row in rows}

    def _add_internal_authors(self, batch):
        """The journalists each article of the batch names in `<news>_authorlist` (NukeViet
        4.5: article id, author id, pseudonym), in the row as `_internal_authors`: one query
        a batch, and a changed list changes the row's fingerprint."""
        table = f"{self.news}_authorlist"
        if not batch or not self.source.has(table):
            return
        ids = [row["id"] for row in batch]
        found = {}
        placeholders = ", ".join(["%s"] * len(ids))
        for link in self.source.rows(
            f"SELECT id, aid, pseudonym FROM {self.source.table(table)} WHERE id IN ({placeholders}) ORDER BY id, aid",
            ids,
        ):
            name = clean_text(link["pseudonym"], 150)
            if name:
                found.setdefault(link["id"], []).append(name)
        for row in batch:
            row["_internal_authors"] = found.get(row["id"], [])

    def _authors(self, text):
        names = [clean_text(part, 150) for part in re.split(r"[,;]", clean_text(text))]
        result = []
        for name in dict.fromkeys(name for name in names if name):
            key = name.casefold()
            author = self.authors.get(key)
            if author is None:
                author = (
                    t.Author.objects.filter(name__iexact=name).first()
                    or t.Author.objects.filter(pen_name__iexact=name).first()
                )
                if author is None:
                    author = t.Author(name=name, bio=self.author_bios.get(key, ""))
                    author.save()
                    self.indexed_objects.append(author)
                self.authors[key] = author
            result.append(author)
        return result

    # ------------------------------------------------------------ directives

    def _library(self):
        library = t.DirectiveIndexPage.objects.child_of(self.home).first()
        if library is None:
            library = t.DirectiveIndexPage(title="Văn bản chỉ đạo", slug=unique_slug(self.home, "van-ban"), live=False)
            self.home.add_child(instance=library)
            library.live, library.has_unpublished_changes = True, False
            library.first_published_at = library.last_published_at = self.now
            library.save(clean=False)
            self.reindex.add(library.pk)
        return library

    def _lookup(self, name, key="id", title="title"):
        table = f"{self.laws}_{name}"
        if not self.source.has(table):
            return {}
        return {row[key]: row for row in self.source.rows(f"SELECT * FROM {self.source.table(table)}")}

    def import_directives(self):
        s = self.source
        table = s.table(f"{self.laws}_row")
        self.law_cats, self.law_subjects = self._lookup("cat"), self._lookup("subject")
        self.law_signers, self.law_areas = self._lookup("signer"), self._lookup("area")
        area_links = {}
        if s.has(f"{self.laws}_row_area"):
            for link in s.rows(f"SELECT row_id, area_id FROM {s.table(f'{self.laws}_row_area')}"):
                area_links.setdefault(link["row_id"], []).append(link["area_id"])
        self.law_area_links = area_links
        self.library = self._library()
        bar = self._bar(s.count(f"SELECT COUNT(*) FROM {table}"), "Văn bản")
        for batch in self._batches(s.stream(f"SELECT * FROM {table} ORDER BY id")):
            known = self._mapping("directive", [row["id"] for row in batch])
            with transaction.atomic():
                for row in batch:
                    self.report.count("directive", "read")
                    mark = len(self.pending_redirects)
                    try:
                        with transaction.atomic():
                            self._directive(row, known.get(str(row["id"])))
                    except (RowError, ValidationError) as error:
                        self._row_failed(mark)
                        self._fail("directive", row["id"], _reason(error))
                    except Exception as error:
                        self._row_failed(mark)
                        self._fail("directive", row["id"], f"{type(error).__name__}: {error}")
                    bar.update(1)
                self._write_redirects()
                self._flush_index()
        bar.close()
        self.import_law_relations()

    def import_law_relations(self):
        """NukeViet's `replacement` (the laws that replace this one) and `relatement`
        (related laws), both lists of law ids, as relations between the imported pages:
        "R replaces X" is R's relation, "X relates to Y" is X's. A relation already there is
        left alone and none is removed, so a re-run adds nothing twice and keeps what
        editors added; a page an editor changed here is not touched."""
        s = self.source
        table = s.table(f"{self.laws}_row")
        wanted = []  # (source law id, kind, owner law id, target law id)
        rows = s.stream(f"SELECT id, replacement, relatement FROM {table} WHERE replacement <> '' OR relatement <> ''")
        for row in rows:
            for column, kind in (("replacement", "replaces"), ("relatement", "relates")):
                for value in str(row[column] or "").split(","):
                    value = value.strip()
                    if not value:
                        continue
                    if not value.isdigit() or int(value) == row["id"]:
                        self.report.count("relation", "read")
                        self.report.count("relation", "skipped")
                        self._note("relation", row["id"], f"bỏ qua mã văn bản “{value[:20]}” trong {column}")
                        continue
                    owner, target = (int(value), row["id"]) if kind == "replaces" else (row["id"], int(value))
                    wanted.append((row["id"], kind, owner, target))
        if not wanted:
            return
        pages = {
            int(source_id): object_id
            for source_id, (object_id, _print) in self._mapping(
                "directive", {law for _, _, owner, target in wanted for law in (owner, target)}
            ).items()
        }
        existing = set(
            t.DirectiveRelation.objects.filter(page_id__in=set(pages.values())).values_list(
                "page_id", "kind", "target_id"
            )
        )
        edited = {page.pk for page in t.DirectivePage.objects.filter(pk__in=set(pages.values())) if _edited_here(page)}
        orders = Counter(page_id for page_id, _kind, _target in existing)
        new = []
        for source_id, kind, owner, target in wanted:
            self.report.count("relation", "read")
            if owner not in pages or target not in pages:
                # NukeViet keeps the ids of deleted laws in these lists.
                missing = owner if owner not in pages else target
                self.report.count("relation", "skipped")
                self._note(
                    "relation", source_id, f"bỏ qua quan hệ với văn bản #{missing}: không có trong dữ liệu đã nhập"
                )
                continue
            key = (pages[owner], kind, pages[target])
            if key in existing or pages[owner] in edited:
                self.report.count("relation", "skipped")
                continue
            existing.add(key)
            new.append(t.DirectiveRelation(page_id=key[0], kind=kind, target_id=key[2], sort_order=orders[key[0]]))
            orders[key[0]] += 1
            self.report.count("relation", "created")
        t.DirectiveRelation.objects.bulk_create(new)
        # Both ends: "bị thay thế" changes the target's status too.
        self.reindex.update(page_id for relation in new for page_id in (relation.page_id, relation.target_id))

    def _kind(self, parsed, category_title):
        folded = t.fold_vietnamese(category_title or "")
        by_label = [value for value, (label, _codes) in t.KINDS.items() if t.fold_vietnamese(label) in folded]
        if parsed is not None:
            owners = t.kinds_for_code(parsed.kind_code)
            for value in owners:
                if value in by_label:
                    return value
            if owners:
                return owners[0]
        return by_label[0] if by_label else None

    def _issuer(self, subject_title, parsed):
        name = subject_title or (f"Cơ quan ban hành {parsed.issuer_code}" if parsed else "Chưa rõ cơ quan ban hành")
        key = name.casefold()
        if key in self.issuers:
            return self.issuers[key]
        issuer = t.Issuer.objects.filter(name__iexact=name).first()
        if issuer is None:
            issuer = t.Issuer(
                name=name[:255], short_name=name[:100], code=parsed.issuer_code if parsed else "", level="khac"
            )
            issuer.save()
            self.indexed_objects.append(issuer)
        elif not issuer.code and parsed is not None:
            issuer.code = parsed.issuer_code
            issuer.save(update_fields=["code"])
        self.issuers[key] = issuer
        return issuer

    def _directive(self, row, known):
        law_id = row["id"]
        data = {key: value for key, value in row.items() if key not in {"view_hits", "download_hits"}}
        category = self.law_cats.get(row["cid"]) or {}
        subject = self.law_subjects.get(row["sid"]) or {}
        signer = self.law_signers.get(row["sgid"]) or {}
        areas = [self.law_areas[a]["title"] for a in self.law_area_links.get(law_id, []) if a in self.law_areas]
        if not areas:
            areas = [
                self.law_areas[int(a)]["title"]
                for a in str(row.get("area_ids") or "").split(",")
                if a.strip().isdigit() and int(a) in self.law_areas
            ]
        print_ = fingerprint([data, category.get("title"), subject.get("title"), signer, areas])
        page = t.DirectivePage.objects.filter(pk=known[0]).first() if known else None
        if page is not None and known[1] == print_:
            self.report.count("directive", "skipped")
            return
        if page is not None and _edited_here(page):
            self.report.count("directive", "skipped")
            self._note("directive", law_id, "đã được biên tập trong Tòa Soạn, giữ nguyên bản ở đây")
            return
        title = clean_text(row["title"], 255)
        if not title:
            raise RowError("văn bản không có tên")
        number = clean_text(row["code"], 60)
        try:
            parsed = t.parse_number(number)
        except t.NumberError as error:
            parsed = None
            self._note("directive", law_id, f"số hiệu “{number}” giữ nguyên, không đọc được: {error}")
        kind = self._kind(parsed, clean_text(category.get("title")))
        if kind is None:
            kind = "cong-van"
            self._note(
                "directive",
                law_id,
                f"không xác định được loại văn bản (thể loại “{clean_text(category.get('title'))}”), ghi là Công văn",
            )
        issued = local_date(timestamp(row["publtime"]) or timestamp(row["addtime"])) or local_date(self.now)
        effective_from = local_date(timestamp(row.get("startvalid"))) or issued
        if effective_from < issued:
            effective_from = issued
        effective_until = local_date(timestamp(row.get("exptime")))
        if effective_until and effective_until <= effective_from:
            self._note("directive", law_id, "ngày hết hiệu lực không sau ngày có hiệu lực, bỏ qua")
            effective_until = None
        documents = self._documents(row.get("files"), self.laws, title, law_id, "directive")
        live = int(row["status"]) == 1
        alias = clean_text(row["alias"]) or t.vn_slugify(title)

        created = page is None
        if created:
            page = t.DirectivePage(slug=self.placer.slug(self.library, alias, fallback="van-ban"), live=False)
        page.title = page.draft_title = title
        page.number = number
        page.kind = kind
        page.issuer = self._issuer(clean_text(subject.get("title"), 255), parsed)
        page.signer = clean_text(signer.get("title"), 150)
        page.signer_position = clean_text(signer.get("positions"), 200)
        page.issued_on, page.effective_from, page.effective_until = issued, effective_from, effective_until
        page.summary = plain_text(row.get("introtext")) or title
        page.full_text = full_text(row.get("bodytext") or "")
        page.tags.set([clean_text(area, 100) for area in areas])
        page.files = [
            t.DirectiveFile(
                document_id=d, sort_order=i, is_original=i == 0, label="Bản gốc" if i == 0 else f"Tệp {i + 1}"
            )
            for i, d in enumerate(documents)
        ]
        page.live = live
        page.has_unpublished_changes = not live
        published = timestamp(row["publtime"]) or timestamp(row["addtime"])
        page.first_published_at = published if live else None
        page.last_published_at = (timestamp(row.get("edittime")) or published) if live else None
        if created:
            self.placer.add(self.library, page)
        try:
            page.clean()
        except ValidationError as error:  # kept as NukeViet had it, with the reason in the report
            if parsed is not None:
                self._note("directive", law_id, f"giữ nguyên dù không qua kiểm tra: {_reason(error)}")
        if not created:
            page.save(clean=False)
        if not live:
            self._note("directive", law_id, "không công khai: văn bản bị đình chỉ")
        self.reindex.add(page.pk)
        self._remember("directive", law_id, page.pk, print_, created=known is None)
        self.report.count("directive", "created" if created else "updated")
        self._redirect_old_urls(self.laws, f"detail/{row['alias']}", "/", page)

    # ------------------------------------------------------------ comments

    def import_comments(self):
        s = self.source
        if s.has("comment"):
            table = s.table("comment")
        elif s.has("comment", lang=False):  # older installations: one table for all languages
            table = s.table("comment", lang=False)
        else:
            return
        modules = {self.news: "article", self.laws: "directive"}
        where = "WHERE module IN (%s, %s)"
        args = (self.news, self.laws)
        bar = self._bar(s.count(f"SELECT COUNT(*) FROM {table} {where}", args), "Bình luận")
        self.comment_orphans = []  # (comment id, NukeViet parent id): the parent came later or failed
        for batch in self._batches(s.stream(f"SELECT * FROM {table} {where} ORDER BY cid", args), 1000):
            known = self._mapping("comment", [row["cid"] for row in batch])
            pages = {}
            for module, kind in modules.items():
                ids = [row["id"] for row in batch if row["module"] == module]
                pages[module] = {k: v[0] for k, v in self._mapping(kind, ids).items()} if ids else {}
            parents = {k: v[0] for k, v in self._mapping("comment", [r["pid"] for r in batch if r["pid"]]).items()}
            with transaction.atomic():
                self._comment_batch(batch, known, pages, parents)
            bar.update(len(batch))
        bar.close()
        for comment_id, pid in self.comment_orphans:
            parent = self._mapping("comment", [pid]).get(str(pid))
            if parent:
                t.Comment.objects.filter(pk=comment_id).update(parent_id=parent[0])
            else:
                self._note("comment", pid, "bình luận cha không nhập được, trả lời thành bình luận gốc")

    def _comment_batch(self, batch, known, pages, parents):
        """New comments in one bulk INSERT (a comment is small and the archive has many);
        changed ones one by one."""
        new = []  # (row, unsaved comment, fingerprint)
        for row in batch:
            self.report.count("comment", "read")
            cid = row["cid"]
            try:
                values = self._comment_values(row, pages, parents)
            except RowError as error:
                self._fail("comment", cid, str(error))
                continue
            if values is None:
                continue
            fields, print_ = values
            mapped = known.get(str(cid))
            if mapped is None:
                new.append((row, t.Comment(**fields), print_))
                continue
            if mapped[1] == print_:
                self.report.count("comment", "skipped")
                parents[str(cid)] = mapped[0]
                continue
            try:
                with transaction.atomic():
                    comment = t.Comment.objects.filter(pk=mapped[0]).first() or t.Comment()
                    for name, value in fields.items():
                        setattr(comment, name, value)
                    comment.save()
                    self._remember("comment", cid, comment.pk, print_)
                self.report.count("comment", "updated")
                parents[str(cid)] = comment.pk
            except Exception as error:
                self._fail("comment", cid, f"{type(error).__name__}: {error}")
        if not new:
            return
        try:
            with transaction.atomic():
                t.Comment.objects.bulk_create([comment for _row, comment, _print in new])
        except Exception:  # one bad row spoils a bulk INSERT: then one savepoint per row
            saved = []
            for row, comment, print_ in new:
                try:
                    with transaction.atomic():
                        comment.pk = None
                        comment.save()
                    saved.append((row, comment, print_))
                except Exception as error:
                    self._fail("comment", row["cid"], f"{type(error).__name__}: {error}")
            new = saved
        ImportedItem.objects.bulk_create(
            [
                ImportedItem(
                    source=self.source.name,
                    kind="comment",
                    source_id=str(row["cid"]),
                    object_id=comment.pk,
                    fingerprint=print_,
                )
                for row, comment, print_ in new
            ]
        )
        self.report.count("comment", "created", len(new))
        for row, comment, _print in new:
            parents[str(row["cid"])] = comment.pk
        # Replies to a comment of the same batch learn their parent's id now.
        fixed = []
        for row, comment, _print in new:
            if row["pid"] and comment.parent_id is None:
                if str(row["pid"]) in parents:
                    comment.parent_id = parents[str(row["pid"])]
                    fixed.append(comment)
                else:
                    self.comment_orphans.append((comment.pk, row["pid"]))
        if fixed:
            t.Comment.objects.bulk_update(fixed, ["parent"])

    def _comment_values(self, row, pages, parents):
        """(fields of the Comment, fingerprint), None for a comment of a page not imported."""
        cid = row["cid"]
        page_id = pages.get(row["module"], {}).get(str(row["id"]))
        if page_id is None:
            self.report.count("comment", "skipped")
            self._note("comment", cid, f"bỏ qua: {row['module']} #{row['id']} không được nhập")
            return None
        body = plain_text(row["content"])
        if not body:
            raise RowError("bình luận trống")
        data = {key: value for key, value in row.items() if key not in {"likes", "dislikes"}}
        email = clean_text(row.get("post_email"), 254)
        fields = {
            "page_id": page_id,
            "parent_id": parents.get(str(row["pid"])) if row["pid"] else None,
            "author_name": clean_text(row["post_name"], 100) or "Bạn đọc",
            # Kept for moderation and erasure requests; templates and APIs never show them.
            "author_email": email if "@" in email else "",
            "ip_address": _valid_ip(row.get("post_ip")),
            "body": body,
            "status": t.APPROVED if int(row["status"]) == 1 else t.PENDING,
            "status_reason": f"Nhập từ NukeViet (bình luận #{cid}, trạng thái {row['status']})"[:500],
            "created_at": timestamp(row["post_time"]) or self.now,
        }
        # The NukeViet parent id (in `data`), not ours: a reply made before its parent in a
        # batch must not look changed on the next run.
        return fields, fingerprint([data, page_id])

    # ------------------------------------------------------------ search

    def _flush_index(self):
        """The search indexes (and, for a small archive, the reference index) of the pages
        the batch wrote, in bulk: once a page is final, not on each of its saves, and a batch
        at a time, so that no list of every page imported is kept until the end.

        The readers' search (cms.search) indexes pages when they are published through
        Wagtail; imported pages are written directly, so they are indexed here too."""
        objects, self.indexed_objects = self.indexed_objects, []
        by_model = {}
        for obj in objects:
            by_model.setdefault(type(obj), {})[obj.pk] = obj
        for model, found in by_model.items():
            # Only what still exists: a row that failed rolled back the image it had made.
            for pk in model.objects.filter(pk__in=list(found)).values_list("pk", flat=True):
                obj = found[pk]
                if search_index.class_is_indexed(model):
                    search_index.insert_or_update_object(obj)
                if ReferenceIndex.is_indexed(model):
                    ReferenceIndex.create_or_update_for_object(obj)
        ids, self.reindex = sorted(self.reindex), set()
        if not ids:
            return
        if self._search_backends is None:
            self._search_backends = list(get_search_backends(with_auto_update=True))
        with t.restriction_memo():
            self._index_pages(ids, self._search_backends, self.inline_references)
        self.indexed_pages += len(ids)

    def update_search_index(self):
        """What is left to index at the end: pages not flushed yet, authors, issuers,
        images and documents made, and what to run afterwards for a big archive."""
        self._flush_index()
        ids = self.indexed_pages
        if not self.inline_references:
            self.out(
                f"{ids:,} trang đã nhập: chạy `manage.py rebuild_references_index` để Wagtail "
                "biết ảnh, tài liệu, tác giả nào được trang nào dùng."
            )
        if t.search_service.external_backend() is not None and ids:
            self.out("Elasticsearch: chạy `manage.py search_index update` để đưa các trang đã nhập vào chỉ mục ngoài.")

    def _index_pages(self, ids, backends, inline_references):
        for start in range(0, len(ids), 200):
            chunk = ids[start : start + 200]
            by_model = {}
            for pk, content_type_id in t.Page.objects.filter(pk__in=chunk).values_list("pk", "content_type_id"):
                by_model.setdefault(ContentType.objects.get_for_id(content_type_id).model_class(), []).append(pk)
            pages = []
            for model, model_ids in by_model.items():
                # get_indexed_objects prefetches what the search fields read (tags): a query a
                # chunk, not one a page.
                objects = model.get_indexed_objects().filter(pk__in=model_ids)
                if inline_references:  # the reference index reads every child relation of each page
                    objects = objects.prefetch_related(
                        *(relation.get_accessor_name() for relation in get_all_child_relations(model))
                    )
                objects = list(objects)
                for backend in backends:
                    backend.add_bulk(model, objects)
                pages.extend(objects)
            _cache_parents(pages)
            # Wagtail keeps the sites' root paths on the object asked for a URL, reading the
            # cache for each new object otherwise (the search document has the page's URL).
            root_paths = t.Site.get_site_root_paths()
            for page in pages:
                page._wagtail_cached_site_root_paths = root_paths
            if inline_references:
                for page in pages:
                    ReferenceIndex.create_or_update_for_object(page)
            t.search_service.index_pages([page for page in pages if page.live], external=False)
            hidden = [page.pk for page in pages if not page.live]
            if hidden:
                t.search_service.remove_pages(hidden, external=False)


def _edited_here(page):
    """An editor saved the page in Wagtail since it was imported (the import's own revisions
    have no user): a changed NukeViet row must not overwrite their work."""
    return page.revisions.filter(user__isnull=False).exists()


def _cache_parents(pages):
    """Each page's parent in one query (the search document shows an article's column)."""
    steplen = t.Page.steplen
    parents = t.Page.objects.in_bulk({page.path[:-steplen] for page in pages if page.depth > 1}, field_name="path")
    for page in pages:
        parent = parents.get(page.path[:-steplen])
        if parent is not None:
            page._cached_parent_obj = parent


def _chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


@contextmanager
def _indexing_deferred():
    """No search or reference indexing on each save (as cms.demo.loader does): a page is
    saved two or three times while it is built. update_search_index() does it once."""
    models = [m for m in search_index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(search_post_save, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(search_post_save, sender=model)


def _reason(error):
    if isinstance(error, ValidationError):
        if hasattr(error, "message_dict"):
            return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
        return " ".join(error.messages)
    return str(error)
