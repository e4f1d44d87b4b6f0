"""Text from NukeViet: HTML entities decoded, Vietnamese in NFC, HTML through an allow-list."""

import html
import re
import unicodedata

import nh3
from bs4 import BeautifulSoup, NavigableString, Tag

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]*>")


def clean_text(value, max_length=None) -> str:
    """`23-CT&#x002F;TU` -> `23-CT/TU`; decomposed (NFD) letters composed (NFC); one line."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = html.unescape(str(value))
    # NukeViet escaped some fields twice (&amp;quot;): a second pass only when one is left.
    if re.search(r"&(#x?[0-9a-fA-F]+|quot|amp|lt|gt|apos|nbsp);", text):
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    text = _SPACES.sub(" ", text).strip()
    if max_length is not None and len(text) > max_length:
        text = text[: max_length - 1].rstrip() + "…"
    return text


def plain_text(markup, max_length=None) -> str:
    """HTML (a comment, a sapo) as plain text: tags dropped, line breaks kept as spaces."""
    if not markup:
        return ""
    markup = unicodedata.normalize("NFC", html.unescape(str(markup)) if "<" not in str(markup) else str(markup))
    text = nh3.clean(re.sub(r"(?i)<br\s*/?>", " ", markup), tags=set(), strip_comments=True)
    return clean_text(text, max_length)


# What survives of an article body: structure, emphasis, links, images, tables. No
# script, style, iframe, form, event handler or style attribute; links only http(s)/mailto.
BODY_TAGS = {
    "p", "br", "b", "strong", "i", "em", "u", "a", "ul", "ol", "li", "sup", "sub",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "img", "figure", "figcaption",
    "table", "thead", "tbody", "tr", "th", "td", "div", "span",
}  # fmt: skip
BODY_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "title"}}


def sanitise(markup: str) -> str:
    markup = unicodedata.normalize("NFC", markup or "")
    return nh3.clean(
        markup,
        tags=BODY_TAGS,
        attributes=BODY_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
        strip_comments=True,
        clean_content_tags={"script", "style"},
    )


# Inline markup a Wagtail rich-text paragraph keeps (its database format: <b>, <i>).
_RICH_RENAME = {"strong": "b", "em": "i"}
_RICH_KEEP = {"p", "br", "b", "i", "a", "ul", "ol", "li", "sup", "sub"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {"p", "div", "ul", "ol", "figure", "table", "blockquote", *_HEADINGS}


def _rich_tag(tag) -> bool:
    """Rename or strip one tag for Wagtail rich text; False when the tag is not kept."""
    name = _RICH_RENAME.get(tag.name, tag.name)
    if name not in _RICH_KEEP or (name == "a" and not tag.get("href")):
        return False
    tag.name = name
    tag.attrs = {"href": tag["href"]} if name == "a" and tag.get("href") else {}
    return True


def _rich(node) -> str:
    """A node's content as Wagtail rich text (only the kept tags; others unwrapped).

    Rewritten in place (the node is not used afterwards): parsing its HTML again took
    a third of an imported article's time."""
    if isinstance(node, NavigableString):
        return html.escape(str(node), quote=False).strip()
    for tag in node.find_all(True):
        if not _rich_tag(tag):
            tag.unwrap()
    if _rich_tag(node):
        return str(node).strip()
    return node.decode_contents().strip()


def _table_value(table: Tag):
    rows = [[clean_text(cell.get_text(" ")) for cell in row.find_all(["th", "td"])] for row in table.find_all("tr")]
    rows = [row for row in rows if row]
    if not rows:
        return None
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    header = bool(table.find("tr") and table.find("tr").find("th"))
    return {
        "data": rows,
        "first_row_is_table_header": header,
        "first_col_is_header": False,
        "table_header_choice": "row" if header else "",
        "cell": [],
        "mergeCells": [],
    }


def body_blocks(markup: str, resolve_image) -> list:
    """Sanitised NukeViet body HTML -> raw StreamField data for ArticleBodyBlock.

    resolve_image(src, alt) returns an image id or None (missing or remote file);
    a missing image is dropped, its caption kept in the text is not invented.
    """
    soup = BeautifulSoup(sanitise(markup), "html.parser")
    blocks, pending = [], []

    def flush():
        text = "".join(pending).strip()
        pending.clear()
        # Any text besides tags (entities decoded: a lone &nbsp; is no text)?
        if text and html.unescape(_TAGS.sub("", text)).strip():
            blocks.append({"type": "paragraph", "value": text})

    def image_blocks(node):
        for img in node.find_all("img") if isinstance(node, Tag) and node.name != "img" else [node]:
            alt = clean_text(img.get("alt"), 255)
            image_id = resolve_image(img.get("src") or "", alt)
            caption = ""
            figure = img.find_parent("figure")
            if figure is not None and figure.find("figcaption"):
                caption = clean_text(figure.find("figcaption").get_text(" "), 500)
            if image_id:
                blocks.append({"type": "image", "value": {"image": image_id, "caption": caption or alt, "credit": ""}})
            img.decompose()
        if isinstance(node, Tag):
            for caption in node.find_all("figcaption"):
                caption.decompose()

    for node in list(soup.children):
        if isinstance(node, NavigableString):
            if str(node).strip():
                pending.append(f"<p>{html.escape(clean_text(str(node)), quote=False)}</p>")
            continue
        if node.name in _HEADINGS:
            flush()
            text = clean_text(node.get_text(" "), 255)
            if text:
                blocks.append({"type": "heading", "value": text})
            continue
        if node.name == "blockquote":
            flush()
            text = clean_text(node.get_text(" "))
            if text:
                blocks.append({"type": "quote", "value": {"text": text, "attribution": ""}})
            continue
        if node.name == "table":
            flush()
            value = _table_value(node)
            if value:
                blocks.append({"type": "table", "value": value})
            continue
        if node.name == "img" or node.find("img"):
            flush()
            image_blocks(node)
            if node.name != "img" and node.get_text().strip():
                pending.append(_rich(node) if node.name in {"p", "ul", "ol"} else f"<p>{_rich(node)}</p>")
            continue
        if node.name in {"p", "ul", "ol"}:
            pending.append(_rich(node))
        else:  # div, span, inline text at the top level: a paragraph of its own
            inner = _rich(node)
            if inner:
                pending.append(inner if inner.startswith(("<p>", "<ul>", "<ol>")) else f"<p>{inner}</p>")
    flush()
    return blocks


_FULL_TEXT_TAGS = {"p", "br", "b", "i", "a", "ul", "ol", "li", "h3", "h4"}


def full_text(markup: str) -> str:
    """A directive's full text for its rich-text field (h3, h4, bold, italic, lists, links)."""
    soup = BeautifulSoup(sanitise(markup), "html.parser")
    for tag in soup.find_all(True):
        name = {"strong": "b", "em": "i", "h1": "h3", "h2": "h3", "h5": "h4", "h6": "h4", "div": "p"}.get(
            tag.name, tag.name
        )
        if name not in _FULL_TEXT_TAGS or (name == "a" and not tag.get("href")):
            tag.unwrap()
            continue
        tag.name = name
        tag.attrs = {"href": tag["href"]} if name == "a" and tag.get("href") else {}
    return str(soup).strip()
