"""The response page as a PDF, with fpdf2 (already the project's PDF library: the demo
makes its directives' PDFs with it) and the DejaVu fonts shipped in cms/core/fonts (so
it works on a machine without system fonts)."""

from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONTS = Path(settings.BASE_DIR) / "cms" / "core" / "fonts"


def _text(value):
    return " ".join(strip_tags(value or "").replace("\r", "").split(" ")).strip()


def response_pdf(page, request):
    forum = page.get_parent().specific
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_title(page.title)
    pdf.add_page()

    def line(text, size=10, bold=False, gap=2):
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(gap)

    line("BÁO CÁO TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý", 13, True)
    line(page.title, 12, True)
    line(f"Diễn đàn: {forum.title}")
    if page.issued_by:
        line(f"Cơ quan soạn thảo: {page.issued_by}")
    published = page.last_published_at or timezone.now()
    line(f"Công bố ngày {timezone.localtime(published):%d/%m/%Y} — {page.full_url or ''}", 9)
    if page.intro:
        line(_text(page.intro))
    for item in page.items.select_related("part__parent"):
        title = "Ý kiến chung về dự thảo"
        if item.part:
            title = item.part.full_label + (f". {item.part.heading}" if item.part.heading else "")
        line(title, 11, True)
        for label, value in (
            ("Tóm tắt ý kiến", item.summary),
            ("Nội dung tiếp thu", item.accepted),
            ("Nội dung không tiếp thu và lý do", item.not_accepted),
            ("Nội dung được thông qua", item.final_text),
        ):
            if value:
                line(label, 10, True, 1)
                line(_text(value))
        for opinion in item.representatives():
            line(f"Ý kiến tiêu biểu — {opinion.author_name}: “{_text(opinion.body)[:600]}”", 9)
    response = HttpResponse(bytes(pdf.output()), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="bao-cao-tiep-thu-{forum.pk}.pdf"'
    return response
