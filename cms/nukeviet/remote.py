"""Pictures an article body shows from another server (`<img src="https://…">`): fetched
once each, on request (`import_nukeviet --remote-images`), so the imported article keeps
them when the old server goes away.

The standard library's urllib, not a new dependency: one GET with a timeout, a size limit
read as it streams, and a content check (Pillow must open it as an image)."""

import hashlib
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from PIL import Image, UnidentifiedImageError

TIMEOUT_SECONDS = 10
MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "ToaSoan-NukeViet-import/1.0"
EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}


class RemoteImageError(Exception):
    """Why a remote picture was not fetched (Vietnamese, for the import's report)."""


def key_for(url: str) -> str:
    """The import's key for a fetched picture (ImportedItem.source_id, at most 255 characters)."""
    key = f"url:{url}"
    return key if len(key) <= 255 else f"url-sha1:{hashlib.sha1(url.encode()).hexdigest()}"


def fetch_image(url: str, folder: Path, timeout=TIMEOUT_SECONDS, max_bytes=MAX_BYTES) -> Path:
    """Download `url` into `folder` and return the file; RemoteImageError when it is not an
    http(s) URL, does not answer, is larger than `max_bytes` or is not a picture."""
    parts = urlparse(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise RemoteImageError(f"không phải địa chỉ http(s): {url}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked above)
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise RemoteImageError(f"ảnh quá lớn ({int(declared):,} byte, tối đa {max_bytes:,}): {url}")
            data = response.read(max_bytes + 1)
    except RemoteImageError:
        raise
    except urllib.error.HTTPError as error:
        raise RemoteImageError(f"máy chủ trả lời {error.code}: {url}") from error
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise RemoteImageError(f"không tải được ({reason}): {url}") from error
    if len(data) > max_bytes:
        raise RemoteImageError(f"ảnh quá lớn (hơn {max_bytes:,} byte): {url}")
    name = hashlib.sha1(url.encode()).hexdigest()[:16]
    path = folder / name
    path.write_bytes(data)
    try:
        with Image.open(path) as picture:
            picture.verify()
            kind = picture.format
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        path.unlink(missing_ok=True)
        raise RemoteImageError(f"không phải tệp ảnh: {url}") from error
    if kind not in EXTENSIONS:
        path.unlink(missing_ok=True)
        raise RemoteImageError(f"định dạng ảnh {kind} không nhận: {url}")
    stem = Path(parts.path).stem[:80] or name
    final = folder / f"{stem}-{name[:6]}{EXTENSIONS[kind]}"
    path.rename(final)
    return final
