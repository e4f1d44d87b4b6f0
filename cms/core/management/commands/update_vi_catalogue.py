"""`make messages`: refresh cms/locale/vi against the installed Wagtail, compile
it, and list the strings still untranslated."""

import polib
import wagtail
from django.core.management.base import BaseCommand

from cms.core.i18n import DOMAINS, catalogue_path, wagtail_source_entries

HEADER = {
    "Project-Id-Version": "Tòa Soạn",
    "Language": "vi",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


class Command(BaseCommand):
    help = "Cập nhật bản dịch tiếng Việt của giao diện quản trị theo Wagtail đang cài, biên dịch và liệt kê chuỗi chưa dịch."

    def add_arguments(self, parser):
        parser.add_argument("--list", action="store_true", help="In toàn bộ các chuỗi chưa dịch.")

    def handle(self, *args, list=False, **options):
        for domain in DOMAINS:
            path = catalogue_path(domain)
            path.parent.mkdir(parents=True, exist_ok=True)
            current = polib.pofile(str(path)) if path.exists() else polib.POFile()
            translated = {
                (e.msgctxt or "", e.msgid, e.msgid_plural or ""): e for e in current if not e.obsolete and e.msgid
            }
            sources = wagtail_source_entries(domain)
            catalogue = polib.POFile(wrapwidth=0)
            catalogue.metadata = {**HEADER, "Report-Msgid-Bugs-To": f"wagtail {wagtail.__version__}"}
            missing = []
            for key, source in sources.items():
                old = translated.get(key)
                entry = polib.POEntry(
                    msgctxt=source.msgctxt,
                    msgid=source.msgid,
                    msgid_plural=source.msgid_plural or "",
                    occurrences=source.occurrences[:3],
                    comment=source.comment,
                )
                text = ""
                if old is not None:
                    text = old.msgstr_plural.get(0, "") if old.msgid_plural else old.msgstr
                if source.msgid_plural:
                    entry.msgstr_plural = {0: text}
                else:
                    entry.msgstr = text
                if not text:
                    missing.append(source.msgid)
                catalogue.append(entry)
            # The project's own strings (not Wagtail's) are kept as they are.
            for key, old in translated.items():
                if key not in sources and not old.obsolete:
                    catalogue.append(old)
            catalogue.save(str(path))
            catalogue.save_as_mofile(str(path.with_suffix(".mo")))
            total = len(sources)
            self.stdout.write(
                f"{domain}: {total - len(missing)}/{total} chuỗi của Wagtail {wagtail.__version__} đã dịch, "
                f"{len(missing)} chưa dịch."
            )
            for msgid in missing if list else missing[:20]:
                self.stdout.write(f"  - {msgid!r}")
            if missing and not list and len(missing) > 20:
                self.stdout.write(f"  … và {len(missing) - 20} chuỗi khác (dùng --list để xem hết).")
