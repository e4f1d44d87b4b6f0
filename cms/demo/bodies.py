"""StreamField bodies of the demo articles and thematic pages, in Wagtail's raw
JSON form ({"type", "value", "id"}), with model instances given by primary key."""

import html
import re
import uuid

# In the YAML's HTML: {document:text} links the article's document, {page:name|text} a page.
_DOCUMENT_LINK = re.compile(r"\{document:([^}]*)\}")
_PAGE_LINK = re.compile(r"\{page:(\w+)\|([^}]*)\}")


def fitting(entries, topics, *fields):
    """The pool entries (pools.yaml) that share one of the article's topics, as tuples of `fields`."""
    wanted = set(topics.split())
    return [tuple(entry[name] for name in fields) for entry in entries if wanted & set(entry["topics"].split())]


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _text(text):
    return html.escape(text, quote=False)


def paragraph(*texts):
    return _block("paragraph", "".join(f"<p>{_text(text)}</p>" for text in texts))


def heading(text):
    return _block("heading", text)


def image(image, caption="", credit="Ảnh: PV."):
    return _block("image", {"image": image.pk, "caption": caption, "credit": credit})


def quote(text, attribution=""):
    return _block("quote", {"text": text, "attribution": attribution})


def callout(title, rich_text, style="info"):
    return _block("callout", {"title": title, "text": rich_text, "style": style})


def document(doc, title=""):
    return _block("document", {"document": doc.pk, "title": title})


def table(spec):
    return _block(
        "table",
        {
            "data": spec["rows"],
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": spec["caption"],
        },
    )


def document_link(doc, text):
    return f'<a linktype="document" id="{doc.pk}">{_text(text)}</a>'


def page_link(page, text):
    return f'<a linktype="page" id="{page.pk}">{_text(text)}</a>'


# ---------------------------------------------------------------- articles


def article_body(data, spec, rng, images, doc=None):
    """Own paragraphs first, then sub-headings, pool paragraphs, a picture, a quote,
    a table, a call-out, the attached document and a closing line. Only pool entries
    that fit the article's topics are used, so some articles are shorter than others."""
    pool = data.pools[spec.column]
    paragraphs = [text for (text,) in fitting(pool["paragraphs"], spec.topics, "text")]
    paragraphs = rng.sample(paragraphs, k=min(3, len(paragraphs)))
    headings = [text for (text,) in fitting(pool["headings"], spec.topics, "text")]
    headings = rng.sample(headings, k=min(2, len(headings)))
    quotes = fitting(pool["quotes"], spec.topics, "text", "by")
    callouts = fitting(pool["callouts"], spec.topics, "title", "html", "style")
    closings = [text for (text,) in fitting(pool["closings"], spec.topics, "text")]

    blocks = [paragraph(text) for text in spec.details[:1]]
    wanted = set(spec.topics.split())
    other_images = [
        key for key, topics in data.image_topics.items() if key != images["hero_key"] and wanted & set(topics.split())
    ]
    if other_images and rng.random() < 0.7:
        key = rng.choice(other_images)
        blocks.append(
            image(images["all"][key], data.hero_images[key]["caption"] + ".", rng.choice(["Ảnh: PV.", "Ảnh: CTV."]))
        )
    blocks.extend(paragraph(text) for text in spec.details[1:])

    if paragraphs:
        if headings:
            blocks.append(heading(headings[0]))
        blocks.append(paragraph(*paragraphs[:2]))
    if spec.quote:
        blocks.append(quote(*spec.quote))
    elif quotes and rng.random() < 0.6:
        blocks.append(quote(*rng.choice(quotes)))
    if spec.table:
        blocks.append(table(data.tables[spec.table]))
    if len(paragraphs) > 2:
        if len(headings) > 1 and rng.random() < 0.6:
            blocks.append(heading(headings[1]))
        blocks.append(paragraph(paragraphs[2]))
    if doc is not None:
        blocks.append(
            _block(
                "paragraph",
                f"<p>Bạn đọc xem chi tiết văn bản {document_link(doc, doc.title)} trong tệp đính kèm dưới đây.</p>",
            )
        )
        blocks.append(document(doc, doc.title))
    elif callouts and rng.random() < 0.35:
        blocks.append(callout(*rng.choice(callouts)))
    if closings:
        blocks.append(paragraph(rng.choice(closings)))
    return blocks


def custom_body(data, spec, rng, images, doc=None):
    """A hand-written article body (bodies.yaml "articles")."""
    blocks = []
    for block in data.bodies["articles"][spec.custom]:
        (kind, value), *_ = block.items()
        if kind == "paragraph":
            blocks.append(paragraph(*value))
        elif kind == "heading":
            blocks.append(heading(value))
        elif kind == "image":
            blocks.append(image(images["all"][value["picture"]], value["caption"], value["credit"]))
        elif kind == "list":
            items = "".join(f"<li>{_text(item)}</li>" for item in value["items"])
            blocks.append(_block("paragraph", f"{value['intro']}<ol>{items}</ol>"))
        elif kind == "quote":
            blocks.append(quote(value["text"], value["by"]))
        elif kind == "callout":
            html_text = _DOCUMENT_LINK.sub(lambda match: document_link(doc, match.group(1)), value["html"])
            blocks.append(callout(value["title"], html_text, value["style"]))
        elif kind == "document":
            blocks.append(document(doc, value))
    return blocks


def body_for(data, spec, rng, images, doc=None):
    builder = custom_body if spec.custom else article_body
    return builder(data, spec, rng, images, doc)


# ---------------------------------------------------------------- thematic pages


def rich_text(*paragraphs_html):
    return _block("rich_text", "".join(paragraphs_html))


def lead_story(article):
    return _block("lead_story", {"article": article.pk})


def article_list(title, source, articles=(), tag="", column=None, limit=6):
    return _block(
        "article_list",
        {
            "title": title,
            "source": source,
            "articles": [{"type": "item", "value": a.pk, "id": str(uuid.uuid4())} for a in articles],
            "tag": tag,
            "column": column.pk if column is not None else None,
            "limit": limit,
        },
    )


def image_banner(banner, title, link=None):
    return _block("image_banner", {"image": banner.pk, "title": title, "link": link.pk if link else None})


def call_to_action(title, text, button_text, page):
    return _block(
        "call_to_action", {"title": title, "text": text, "button_text": button_text, "page": page.pk, "url": ""}
    )


def thematic_body(data, key, spec, ctx):
    """A thematic page's blocks (bodies.yaml "thematic_pages"). ctx: banner (Image), articles
    (the page's, oldest first), columns (key -> page), documents (key -> Document), find
    (title start -> article)."""
    layout = data.bodies["thematic_pages"][key]
    articles = ctx["articles"]
    lead = ctx["find"](layout["lead"]) if "lead" in layout else articles[-1]
    pages = {"lead": lead, **{name: ctx["find"](start) for name, start in layout.get("pages", {}).items()}}
    if spec.get("column"):
        pages["column"] = ctx["columns"][spec["column"]]
    doc = ctx["documents"].get(spec.get("document"))

    def page(name):
        return ctx["columns"][name.split(":", 1)[1]] if name.startswith("column:") else pages[name]

    def chosen(name):
        if name == "others":
            return [a for a in articles if a.pk != lead.pk]
        return [a for a in articles if a.get_parent().slug == name.split(":", 1)[1]]  # "column:<key>"

    def fill(text):
        text = text.replace("{title}", spec["title"])
        text = text.replace(
            "{document}", data.bodies["related_document"].format(link=document_link(doc, doc.title)) if doc else ""
        )
        return _PAGE_LINK.sub(lambda match: page_link(pages[match.group(1)], match.group(2)), text)

    blocks = []
    for block in layout["blocks"]:
        (kind, value), *_ = block.items()
        if kind == "rich_text":
            blocks.append(rich_text(*(fill(piece) for piece in value)))
        elif kind == "image_banner":
            blocks.append(image_banner(ctx["banner"], fill(value["title"]), page(value["link"])))
        elif kind == "lead_story":
            blocks.append(lead_story(page(value)))
        elif kind == "article_list":
            source = value["source"]
            blocks.append(
                article_list(
                    value["title"],
                    source,
                    articles=chosen(value["articles"]) if "articles" in value else (),
                    tag=spec["tag"] if source == "tag" else "",
                    column=ctx["columns"][spec["column"]] if source == "column" else None,
                    limit=value["limit"],
                )
            )
        elif kind == "call_to_action":
            blocks.append(call_to_action(value["title"], value["text"], value["button_text"], page(value["page"])))
    return blocks
