"""Demo images (Pillow) and PDF documents (fpdf2), generated on the spot.

Nothing is downloaded: the press photos are drawn scenes (photos.py, no text in
them: the caption is the page's), the PDFs have a real text layer. Both use the DejaVu fonts
shipped in cms/core/fonts/, so they work on a machine without system fonts.
"""

import math
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db.models import Q
from django.utils import timezone
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.core.api_representations import rendition_specs
from cms.core.pictures import pregenerate
from cms.exemplars.models import ExemplarPage
from cms.news.models import ArticlePage

from .photos import draw_photo

FONTS_DIR = Path(__file__).resolve().parents[1] / "core" / "fonts"
FONT_REGULAR = FONTS_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONTS_DIR / "DejaVuSans-Bold.ttf"

AVATAR_SIZE = (400, 400)
LOGO_SIZE = (900, 180)

_font_cache = {}


def font(size, bold=False):
    key = (size, bold)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(str(FONT_BOLD if bold else FONT_REGULAR), size)
    return _font_cache[key]


# ---------------------------------------------------------------- drawing


def _gradient(size, top, bottom):
    mask = PILImage.linear_gradient("L").resize(size)
    return PILImage.composite(PILImage.new("RGB", size, bottom), PILImage.new("RGB", size, top), mask)


def _shade(color, factor):
    return tuple(max(0, min(255, int(c * factor))) for c in color)


def _wrap(draw, text, fnt, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=fnt) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _star(draw, cx, cy, r, color):
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=color)


def _jpeg(picture, quality=82):
    buffer = BytesIO()
    picture.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=False)
    buffer.seek(0)
    return buffer


def draw_hero(motif, top, bottom, accent, seed=0):
    """A 1600x1000 press photo of a scene (photos.SCENES), no caption burned in; JPEG bytes."""
    return draw_photo(motif, top, bottom, accent, seed=seed)


def draw_avatar(name, initials, top, bottom):
    """A square portrait placeholder: initials in a circle, the name below."""
    w, h = AVATAR_SIZE
    picture = _gradient(AVATAR_SIZE, top, bottom)
    draw = ImageDraw.Draw(picture)
    draw.ellipse([90, 40, 310, 260], fill=(255, 255, 255), outline=_shade(bottom, 0.7), width=6)
    big = font(92, bold=True)
    draw.text((200, 150), initials, font=big, fill=_shade(bottom, 0.8), anchor="mm")
    small = font(26, bold=True)
    draw.text((200, 320), name, font=small, fill=(255, 255, 255), anchor="mm")
    return _jpeg(picture, quality=85)


def draw_logo(name, tagline, color):
    """A transparent PNG masthead logo: an emblem and the outlet's name."""
    w, h = LOGO_SIZE
    picture = PILImage.new("RGBA", LOGO_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse([10, 10, 170, 170], fill=color + (255,))
    _star(draw, 90, 92, 58, (255, 221, 0))
    title_font = font(40, bold=True)
    lines = _wrap(draw, name.upper(), title_font, w - 220)[:2]
    y = 90 - 26 * len(lines) - 14
    for i, line in enumerate(lines):
        draw.text((200, y + i * 50), line, font=title_font, fill=color + (255,))
    draw.text((200, y + len(lines) * 50 + 6), tagline, font=font(24), fill=(90, 90, 90, 255))
    buffer = BytesIO()
    picture.save(buffer, "PNG", optimize=False)
    buffer.seek(0)
    return buffer


def pregenerate_renditions(out):
    """Make the renditions the reader pages use (cms/core/pictures.py) now, so the first
    view of a demo page does not pay for them (AVIF and WebP take 0.1–0.6 s each).
    settings.DEMO_PREGENERATE_RENDITIONS = False (the tests) leaves them to the first view."""
    if not getattr(settings, "DEMO_PREGENERATE_RENDITIONS", True):
        return 0
    started = timezone.now()
    Image = get_image_model()
    heroes = Image.objects.filter(pk__in=ArticlePage.objects.values("hero_image_id"))
    count = 0
    for image in heroes.prefetch_related("renditions"):
        count += len(pregenerate(image, kinds=("hero", "card")))
        count += len(image.get_renditions(*rendition_specs(image)))  # the API's (issue 13)
    # Pictures inside article bodies (StreamField "image" blocks) and exemplar photos.
    in_bodies = {
        block.value["image"].pk
        for page in ArticlePage.objects.only("pk", "body")
        for block in page.body
        if block.block_type == "image" and block.value["image"] is not None
    }
    photos = Q(pk__in=in_bodies) | Q(pk__in=ExemplarPage.objects.values("photo_id"))
    for image in Image.objects.filter(photos).prefetch_related("renditions"):
        count += len(pregenerate(image, kinds=("body",), structured_data=False))
        count += len(image.get_renditions(*rendition_specs(image)))
    out(f"Bản ảnh cho trang đọc: {count} ({(timezone.now() - started).total_seconds():.1f} giây)")
    return count


def save_image(title, buffer, filename):
    Image = get_image_model()
    image = Image(title=title, file=ImageFile(buffer, name=filename))
    image._set_image_file_metadata()
    image.save()
    return image


# ---------------------------------------------------------------- PDF documents


class _Pdf(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(120, 120, 120)
        self.cell(0, 6, f"{self.footer_text}   Trang {self.page_no()}/{{nb}}", align="C")


def make_pdf_bytes(spec):
    """A one- or two-page official-looking document with a Vietnamese text layer.

    spec: issuer (list of lines, left header), motto (list of lines, right header),
    number, place_date, kind (e.g. "CHỈ THỊ"), title, paragraphs, items (optional
    numbered list), signer (list of lines), footer.
    """
    pdf = _Pdf(format="A4")
    pdf.footer_text = spec.get("footer", "")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", str(FONT_REGULAR))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_title(f"{spec['kind'].capitalize()} {spec['number']}: {spec['title']}")
    pdf.set_author(spec["issuer"][-1])
    pdf.set_creator("Tòa Soạn")
    pdf.set_lang("vi")
    pdf.add_page()

    top = pdf.get_y()
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(20, top)
    pdf.multi_cell(78, 6, "\n".join(spec["issuer"]), align="C")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_x(20)
    pdf.multi_cell(78, 6, f"Số {spec['number']}", align="C")
    left_bottom = pdf.get_y()
    pdf.set_xy(100, top)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(90, 6, "\n".join(spec["motto"]), align="C")
    pdf.set_x(100)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(90, 6, spec["place_date"], align="C")
    pdf.set_y(max(left_bottom, pdf.get_y()) + 8)

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, spec["kind"], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6.5, spec["title"], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    pdf.set_font("DejaVu", "", 11)
    for paragraph in spec["paragraphs"]:
        pdf.multi_cell(0, 6, "      " + paragraph, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    for number, item in enumerate(spec.get("items", []), start=1):
        pdf.multi_cell(0, 6, f"      {number}. {item}", align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    pdf.ln(6)
    pdf.set_x(105)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(85, 6, "\n".join(spec["signer"]), align="C")
    return bytes(pdf.output())


def save_document(title, content, filename):
    Document = get_document_model()
    document = Document(title=title, file=ContentFile(content, name=filename))
    document._set_document_file_metadata()
    document.save()
    return document


def make_directive_pdf(spec):
    """The first page of a Vietnamese directive laid out the way the Party and the
    State print them: the issuing body and the number on the left, the national
    or Party heading on the right, place and date in italics, the kind of document
    in capitals with the "về …" line under it, the text, numbered tasks (1), (2) …,
    the signature block and the distribution list.

    spec: party (True: Party layout, False: State layout), issuer (left header
    lines, the last one in bold), number, place_date, kind ("CHỈ THỊ"), about
    (lines under the kind), paragraphs, tasks (optional), tasks_intro (optional,
    a paragraph before the tasks), closing (optional paragraphs after them),
    signer (lines: "T/M BAN THƯỜNG VỤ", "BÍ THƯ", …, the name last), recipients
    (lines of "Nơi nhận"), footer.
    """
    pdf = _Pdf(format="A4")
    pdf.footer_text = spec.get("footer", "")
    left, right = 25, 18
    pdf.set_margins(left, 15, right)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", str(FONT_REGULAR))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_title(f"{spec['kind'].capitalize()} số {spec['number']}")
    pdf.set_subject(" ".join(spec["about"]))
    pdf.set_author(spec["issuer"][-1])
    pdf.set_creator("Tòa Soạn")
    pdf.set_lang("vi")
    pdf.add_page()
    body_width = pdf.w - left - right
    column = 78  # width of each header column

    def centred(x, width, text, size, bold=False, underline=False, italic=False, height=5.6):
        pdf.set_font("DejaVu", "B" if bold else "", size)
        y = pdf.get_y()
        if italic:
            with pdf.skew(ax=12, x=x + width / 2, y=y + height / 2):
                pdf.set_xy(x, y)
                pdf.cell(width, height, text, align="C")
        else:
            pdf.set_xy(x, y)
            pdf.cell(width, height, text, align="C")
        if underline:
            length = pdf.get_string_width(text) if underline is True else underline
            middle = x + width / 2
            pdf.set_line_width(0.3)
            pdf.line(middle - length / 2, y + height, middle + length / 2, y + height)
        pdf.set_xy(x, y + height)

    # Left column: the issuing body, then the number.
    top = pdf.get_y()
    for index, line in enumerate(spec["issuer"]):
        last = index == len(spec["issuer"]) - 1
        centred(
            left - 6, column, line, 11.5, bold=last or not spec["party"], underline=last and not spec["party"] and 22
        )
    if spec["party"]:
        centred(left - 6, column, "*", 11.5, height=5)
    pdf.set_y(pdf.get_y() + 1.5)
    number_label = f"Số {spec['number']}" if spec["party"] else f"Số: {spec['number']}"
    centred(left - 6, column, number_label, 11)
    left_bottom = pdf.get_y()

    # Right column: the heading of the Party or of the State, then place and date.
    pdf.set_y(top)
    x = pdf.w - right - column - 4
    if spec["party"]:
        centred(x, column + 4, "ĐẢNG CỘNG SẢN VIỆT NAM", 12, bold=True, underline=True)
        pdf.set_y(pdf.get_y() + 6)
    else:
        centred(x, column + 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10.5, bold=True)
        centred(x, column + 4, "Độc lập - Tự do - Hạnh phúc", 11.5, bold=True, underline=True)
        pdf.set_y(pdf.get_y() + 4)
    centred(x, column + 4, spec["place_date"], 11, italic=True)
    pdf.set_y(max(left_bottom, pdf.get_y()) + 10)

    # The kind of document and what it is about.
    centred(left, body_width, spec["kind"], 15, bold=True, height=8)
    pdf.set_font("DejaVu", "B", 12)
    for line in spec["about"]:
        pdf.multi_cell(body_width, 6.2, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    middle = pdf.w / 2
    pdf.set_line_width(0.3)
    pdf.line(middle - 12, pdf.get_y() + 2, middle + 12, pdf.get_y() + 2)
    pdf.ln(8)

    # The text: justified paragraphs with an indented first line, then the numbered tasks.
    texts = list(spec["paragraphs"])
    if spec.get("tasks_intro"):
        texts.append(spec["tasks_intro"])
    texts += [f"({number}) {task}" for number, task in enumerate(spec.get("tasks", []), start=1)]
    texts += spec.get("closing", [])
    pdf.set_font("DejaVu", "", 11)
    with pdf.text_columns(text_align="J", line_height=1.55) as columns:
        for text in texts:
            with columns.paragraph(first_line_indent=10, bottom_margin=1.8) as paragraph:
                paragraph.write(text)

    # Distribution list on the left, signature block on the right, side by side.
    pdf.ln(5)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    block_top = pdf.get_y()
    pdf.set_xy(left, block_top)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(70, 5, "Nơi nhận:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9)
    for line in spec.get("recipients", []):
        pdf.set_x(left)
        pdf.multi_cell(72, 4.6, f"- {line}", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(block_top)
    x = pdf.w - right - 80
    for index, line in enumerate(spec["signer"]):
        is_name = index == len(spec["signer"]) - 1 and len(spec["signer"]) > 1
        if is_name:
            pdf.set_y(pdf.get_y() + 18)
        note = line.startswith("(")
        centred(x, 80, line, 10 if note else 11.5, bold=not note)
    return bytes(pdf.output())
