"""The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): a document's content
must be what its extension says.

Wagtail checks only the extension against WAGTAILDOCS_EXTENSIONS, so PNG bytes named
`.pdf` were stored and served to readers as a PDF. The single upload, the multiple
uploader and the choosers all build their form from this base, so all are checked.
"""

import io
import zipfile

from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm

PDF, OLE, ZIP = b"%PDF-", bytes.fromhex("D0CF11E0A1B11AE1"), b"PK\x03\x04"
EMPTY_ZIP = b"PK\x05\x06"
SNIFF_BYTES = 8192

# Office Open XML: a zip whose central directory names the part that makes it that kind.
OOXML_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
ODF_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
KIND_LABELS = {
    "pdf": "PDF",
    "doc": "Word (.doc)",
    "xls": "Excel (.xls)",
    "ppt": "PowerPoint (.ppt)",
    "docx": "Word (.docx)",
    "xlsx": "Excel (.xlsx)",
    "pptx": "PowerPoint (.pptx)",
    "odt": "OpenDocument văn bản (.odt)",
    "ods": "OpenDocument bảng tính (.ods)",
    "txt": "văn bản thuần (.txt, UTF-8)",
    "zip": "ZIP",
}


def _zip(file):
    try:
        return zipfile.ZipFile(file)  # reads the central directory only
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def _looks_like_text(head):
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # The sample may end inside a multi-byte character.
        if exc.start < len(head) - 3:
            return False
    return not any(byte < 0x20 and byte not in b"\t\n\r\f" for byte in head)


def content_matches(extension, file):
    """True when `file`'s bytes are a document of kind `extension`; unknown extensions pass
    (WAGTAILDOCS_EXTENSIONS decides which are allowed)."""
    file.seek(0)
    head = file.read(SNIFF_BYTES)
    file.seek(0)
    if extension == "pdf":
        # Readers accept a few bytes of junk before the header; so do we (1 KB, as Acrobat does).
        return PDF in head[:1024]
    if extension in ("doc", "xls", "ppt"):
        return head.startswith(OLE)
    if extension == "txt":
        return _looks_like_text(head.removeprefix(b"\xef\xbb\xbf"))
    if extension == "zip":
        return head.startswith((ZIP, EMPTY_ZIP)) and _zip(file) is not None
    if extension in OOXML_PARTS or extension in ODF_MIMETYPES:
        if not head.startswith(ZIP):
            return False
        archive = _zip(file)
        file.seek(0)
        if archive is None:
            return False
        with archive:
            names = set(archive.namelist())
            if extension in OOXML_PARTS:
                return "[Content_Types].xml" in names and OOXML_PARTS[extension] in names
            if "mimetype" not in names:
                return False
            with archive.open("mimetype") as member:
                return member.read(100).strip() == ODF_MIMETYPES[extension].encode()
    return True


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:
            return file
        extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
        try:
            matches = content_matches(extension, file)
        except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, io.UnsupportedOperation):
            matches = False
        if not matches:
            raise ValidationError(
                f"Nội dung tệp không khớp với phần mở rộng .{extension}: tệp này không phải là "
                f"{KIND_LABELS.get(extension, extension.upper())}. Hãy kiểm tra lại tệp, hoặc đổi phần mở rộng cho đúng.",
                code="content_mismatch",
            )
        return file

    def save(self, commit=True):
        # Wagtail deletes the old file before the new one is written; on a full disk
        # that lost both. Keep the old one until the new one is stored.
        old_file = self.original_file if commit and "file" in self.changed_data else None
        if old_file:
            self.original_file = None
        instance = super().save(commit=commit)
        if old_file and old_file.name != instance.file.name:
            old_file.storage.delete(old_file.name)
        return instance
