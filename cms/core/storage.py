"""File storage that never leaves half-written files, and the private storage for
what readers send before an editor has looked at it.

A write goes to a hidden temporary file next to its destination and is linked into
place only once every byte is down; on any error the temporary file is removed.
Views that save uploads run inside `storage_failure_guard()`, which also removes
the files the request had already written (an original whose thumbnail then failed)
and turns a full or read-only disk into `StorageFailure` with a message for people.
"""

import contextlib
import contextvars
import errno
import hashlib
import os
import secrets

from django.conf import settings
from django.core import checks
from django.core.files import File, locks
from django.core.files.move import file_move_safe
from django.core.files.storage import FileSystemStorage
from django.urls import reverse
from django.utils.deconstruct import deconstructible

STORAGE_FAILURE_MESSAGE = (
    "Không lưu được tệp: ổ đĩa đầy hoặc không ghi được. Xin thử lại sau; nội dung bạn nhập vẫn còn."
)

# Errors that mean "the disk cannot take this file now", as opposed to a bug.
DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO, errno.EFBIG}


class StorageFailure(Exception):
    """The media disk refused a write; the request's files have been removed."""

    message = STORAGE_FAILURE_MESSAGE


def is_disk_failure(exc):
    return isinstance(exc, OSError) and exc.errno in DISK_ERRNOS


_written = contextvars.ContextVar("cms_storage_written", default=None)


@contextlib.contextmanager
def storage_failure_guard():
    """Run an upload: on a disk failure delete every file this block wrote and raise StorageFailure.

    Database work inside should be in a transaction the caller rolls back (the
    exception propagates through it)."""
    written = []
    token = _written.set(written)
    try:
        yield
    except OSError as exc:
        if not is_disk_failure(exc):
            raise
        for storage, name in reversed(written):
            with contextlib.suppress(OSError):
                storage.delete(name)
        raise StorageFailure(str(exc)) from exc
    finally:
        _written.reset(token)


# Wagtail's upload folder for documents (AbstractDocument.file upload_to).
DOCUMENTS_FOLDER = "documents/"


def content_addressed_name(name, content):
    """documents/<first 12 hex of the content's SHA-256>/<file name>: the name the reader
    sees stays the one the editor uploaded (/documents/<id>/chi-thi-23-ct-tu.pdf, never
    chi-thi-23-ct-tu_4geziQc.pdf) and the same bytes always land on the same path."""
    digest = hashlib.sha256()
    if hasattr(content, "seek"):
        content.seek(0)
    for chunk in content.chunks():
        digest.update(chunk if isinstance(chunk, bytes) else chunk.encode())
    if hasattr(content, "seek"):
        content.seek(0)
    folder, filename = os.path.split(name)
    return f"{folder}/{digest.hexdigest()[:12]}/{filename}"


@deconstructible(path="cms.core.storage.AtomicFileSystemStorage")
class AtomicFileSystemStorage(FileSystemStorage):
    """FileSystemStorage whose files appear whole or not at all.

    Documents are stored by content (content_addressed_name), so their public address
    /documents/<id>/<file name> (WAGTAILDOCS_SERVE_METHOD = "serve_view") is stable and
    readable: Django's default would add a random suffix whenever the name is taken (a
    second upload of "bao-cao.pdf", every demo reload). Replacing a document's file keeps
    its address; the same file uploaded twice is stored once."""

    def save(self, name, content, max_length=None):
        name = str(name).replace("\\", "/")
        if name.startswith(DOCUMENTS_FOLDER) and content is not None:
            if not hasattr(content, "chunks"):
                content = File(content, name)
            name = content_addressed_name(self.generate_filename(name), content)
            if self.exists(name):  # the same bytes are already there
                return name
        return super().save(name, content, max_length=max_length)

    def _save(self, name, content):
        full_path = self.path(name)
        directory = os.path.dirname(full_path)
        os.makedirs(directory, exist_ok=True)
        if self.directory_permissions_mode is not None:
            os.chmod(directory, self.directory_permissions_mode)

        temp_path = os.path.join(directory, f".upload-{secrets.token_hex(8)}.part")
        try:
            if hasattr(content, "temporary_file_path"):
                file_move_safe(content.temporary_file_path(), temp_path)
            else:
                # 0o666 and the process umask, as FileSystemStorage does.
                fd = os.open(temp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
                handle = None
                try:
                    locks.lock(fd, locks.LOCK_EX)
                    for chunk in content.chunks():
                        if handle is None:
                            handle = os.fdopen(fd, "wb" if isinstance(chunk, bytes) else "wt")
                        handle.write(chunk)
                    if handle is not None:
                        handle.flush()
                        os.fsync(handle.fileno())
                finally:
                    locks.unlock(fd)
                    if handle is not None:
                        handle.close()
                    else:
                        os.close(fd)
            if self.file_permissions_mode is not None:
                os.chmod(temp_path, self.file_permissions_mode)
            name = self._link_into_place(temp_path, name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(temp_path)
            raise

        written = _written.get()
        if written is not None:
            written.append((self, name))
        return str(name).replace("\\", "/")

    def _link_into_place(self, temp_path, name):
        """Give the finished file its name without replacing an existing file."""
        while True:
            full_path = self.path(name)
            if self._allow_overwrite:
                os.replace(temp_path, full_path)
                return name
            try:
                os.link(temp_path, full_path)  # fails if the name is taken: no overwrite race
            except FileExistsError:
                name = self.get_available_name(name)
                continue
            except OSError as exc:
                if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
                    raise
                # A file system without hard links: check, then rename (a narrow race, as Django's own).
                if os.path.exists(full_path):
                    name = self.get_available_name(name)
                    continue
                os.replace(temp_path, full_path)
                return name
            os.remove(temp_path)
            return name


@deconstructible(path="cms.core.storage.PrivateMediaStorage")
class PrivateMediaStorage(AtomicFileSystemStorage):
    """Files kept outside MEDIA_ROOT (settings.PRIVATE_MEDIA_ROOT): never served by /media/
    nor by the web server; staff read them through a permission-checked admin view."""

    def __init__(self, url_name="exemplars_nomination_photo", **kwargs):
        self.url_name = url_name
        super().__init__(**kwargs)

    # Read on every use so a changed setting (tests) is honoured.
    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        return reverse(self.url_name, args=[name])


def private_storage():
    return PrivateMediaStorage()


def random_file_name(folder, filename):
    """A random name in a dated folder for a file from the public, keeping only the
    (lower-cased) extension. The sender's file name is not kept: it can carry a
    person's name, and the URL must not be guessable from the outside."""
    from django.utils import timezone

    extension = os.path.splitext(filename)[1].lower()
    if not extension[1:].isalnum() or len(extension) > 6:
        extension = ""
    return f"{folder}/{timezone.now():%Y/%m}/{secrets.token_urlsafe(16)}{extension}"


@checks.register(checks.Tags.security)
def check_private_media_root(app_configs=None, **kwargs):
    """PRIVATE_MEDIA_ROOT must not be inside MEDIA_ROOT: the web server serves all of that."""
    from pathlib import Path

    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    public = Path(settings.MEDIA_ROOT).resolve()
    if private == public or public in private.parents:
        return [
            checks.Error(
                "PRIVATE_MEDIA_ROOT nằm trong MEDIA_ROOT: ảnh đề cử chưa duyệt sẽ bị máy chủ web công khai.",
                hint="Đặt PRIVATE_MEDIA_ROOT ở một thư mục ngoài MEDIA_ROOT.",
                id="cms.E017",
            )
        ]
    return []
