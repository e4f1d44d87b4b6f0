"""StreamField bodies of the demo articles and thematic pages, in Wagtail's raw
JSON form ({"type", "value", "id"}), with model instances given by primary key."""

import html
import uuid


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


def directive_23(data, spec, rng, images, doc=None):
    """The article on Directive 23-CT/TU (facts from the directive, wording our own)."""
    tasks = [
        "Soạn thảo quy định của thành phố về cách quán triệt và tổ chức thực hiện nghị quyết, chỉ thị của Đảng; "
        "chuẩn bị tài liệu học tập riêng cho từng loại tổ chức đảng và từng nhóm đối tượng; tổ chức hội nghị gọn, "
        "linh hoạt; kiểm tra mức độ nắm vững lý luận của cán bộ, đảng viên; tổng kết và phổ biến những cách làm "
        "hay, sáng tạo.",
        "Củng cố đội ngũ báo cáo viên của thành phố, của cấp ủy các cấp cùng lực lượng tuyên truyền viên ở cơ sở; "
        "chọn người trình bày theo đúng năng lực, kinh nghiệm; nội dung ngắn gọn, đi thẳng vào điểm cốt lõi, dễ "
        "hiểu, dễ làm và gắn với thực tế của thành phố.",
        "Định hướng báo chí, truyền thông thành phố đưa tin kịp thời mỗi khi nghị quyết, chỉ thị mới được ban "
        "hành; mở chuyên trang, chuyên mục phân tích những nội dung trọng tâm; giới thiệu mô hình mới, gương điển "
        "hình và tạo diễn đàn để người dân góp ý.",
        "Nắm tình hình, đôn đốc và kiểm tra các nơi trong quá trình thực hiện Chỉ thị; đề xuất việc sơ kết, tổng "
        "kết đúng thời hạn.",
    ]
    items = "".join(f"<li>{_text(task)}</li>" for task in tasks)
    hall = images["all"]["sinh-hoat-chi-bo"]
    return [
        paragraph(
            "Theo Chỉ thị số 23-CT/TU, Ban Thường vụ Thành ủy Cần Thơ muốn việc học tập nghị quyết trong toàn Đảng "
            "bộ thay đổi thực chất, từ cách chuẩn bị tài liệu, cách tổ chức hội nghị đến cách kiểm tra kết quả. "
            "Chỉ thị coi đây là việc quan trọng, phải làm thường xuyên, đồng thời là một khâu đột phá khi thực hiện "
            "Nghị quyết Hội nghị Trung ương 6 khóa XIII về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của "
            "Đảng đối với hệ thống chính trị trong giai đoạn mới."
        ),
        heading("Người đứng đầu cấp ủy phải trực tiếp vào cuộc"),
        paragraph(
            "Chỉ thị đề nghị cấp ủy các cấp giúp cán bộ, đảng viên hiểu vì sao việc học tập, quán triệt và tuyên "
            "truyền nghị quyết lại cần thiết; người học phải nghiêm túc, có trách nhiệm. Bí thư cấp ủy là người "
            "đứng ra chủ trì và trực tiếp chỉ đạo.",
            "Việc tổ chức học tập cần bài bản, khoa học và đúng quy trình. Trước khi ban hành chương trình, kế hoạch "
            "thực hiện một nghị quyết, mỗi nơi phải bàn kỹ để bám sát nhiệm vụ và hoàn cảnh riêng của mình. Cán bộ "
            "chủ chốt phải làm gương, cả khi học lý luận chính trị lẫn khi đưa nghị quyết vào thực tế.",
        ),
        image(hall, "Một buổi sinh hoạt chi bộ chuyên đề về triển khai nghị quyết ở cơ sở (ảnh tư liệu).", "Ảnh: PV."),
        heading("Kết quả học tập được tính khi xếp loại cuối năm"),
        paragraph(
            "Chỉ thị lưu ý phải giám sát chặt các buổi học tập, đặc biệt là hội nghị trực tuyến, và khảo sát mức độ "
            "nắm vững lý luận chính trị của cán bộ, đảng viên. Kết quả quán triệt, thực hiện nghị quyết trở thành "
            "một căn cứ khi xếp loại hằng năm đối với tập thể và cá nhân.",
            "Hình thức học tập được kết hợp linh hoạt: học trực tiếp, học trực tuyến và tuyên truyền miệng. Người dân "
            "cũng được tham gia với nội dung vừa sức, dễ tiếp nhận; công nghệ số được tận dụng để chủ trương của "
            "Đảng đến với nhiều người hơn, gắn với nhiệm vụ bảo vệ nền tảng tư tưởng của Đảng và phản bác những "
            "luận điệu xuyên tạc.",
            "Khối dân vận, Mặt trận Tổ quốc và các đoàn thể có nhiệm vụ đưa chủ trương, đường lối của Đảng đến với "
            "đoàn viên, hội viên và người dân bằng những cách làm mới, gọn, hợp với từng địa bàn.",
        ),
        heading("Bốn nhóm việc giao Ban Tuyên giáo Thành ủy"),
        _block(
            "paragraph",
            "<p>Ban Tuyên giáo Thành ủy là đầu mối; cùng các ban xây dựng Đảng và Văn phòng Thành ủy, cơ quan này "
            "sẽ đề xuất với Ban Thường vụ Thành ủy bốn nhóm việc:</p>"
            f"<ol>{items}</ol>",
        ),
        quote(
            "Nghị quyết chỉ thật sự đi vào cuộc sống khi mỗi cán bộ, đảng viên hiểu đúng, làm đúng và làm gương "
            "cho quần chúng noi theo.",
            "Ý kiến của một báo cáo viên Thành ủy",
        ),
        callout(
            "Văn bản",
            f"<p>Chỉ thị số 23-CT/TU ngày 15/5/2023 của Ban Thường vụ Thành ủy Cần Thơ. Bạn đọc xem bản tóm lược "
            f"{document_link(doc, 'tại đây')}.</p>",
            "box",
        ),
        document(doc, "Chỉ thị 23-CT/TU (bản tóm lược)"),
    ]


CUSTOM_BODIES = {"directive_23": directive_23}


def body_for(data, spec, rng, images, doc=None):
    builder = CUSTOM_BODIES.get(spec.custom, article_body)
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


def thematic_body(key, spec, ctx):
    """ctx: banner (Image), articles (list, oldest first), columns (key -> page),
    documents (key -> Document), find (title prefix -> article)."""
    articles = ctx["articles"]
    doc = ctx["documents"].get(spec.get("document"))
    doc_html = f"<p>Văn bản liên quan: {document_link(doc, doc.title)}.</p>" if doc else ""
    if key == "50-nam-thong-nhat":
        lead = ctx["find"]("Thành phố long trọng")
        others = [a for a in articles if a.pk != lead.pk]
        return [
            rich_text(
                "<p>Nửa thế kỷ qua, từ một đô thị chịu nhiều mất mát sau chiến tranh, thành phố đã vươn lên thành "
                "trung tâm kinh tế, văn hóa, giáo dục của vùng đồng bằng sông Cửu Long. Chuyên trang tập hợp tin, "
                "bài, ảnh về các hoạt động kỷ niệm và những câu chuyện của nhân chứng lịch sử.</p>",
                doc_html,
            ),
            image_banner(ctx["banner"], "Nửa thế kỷ non sông liền một dải", lead),
            lead_story(lead),
            article_list("Hoạt động kỷ niệm", "manual", articles=others, limit=6),
            article_list("Tin, bài cùng chủ đề", "tag", tag=spec["tag"], limit=8),
            call_to_action(
                "Gửi ảnh tư liệu",
                "Bạn đọc có ảnh, hiện vật về những ngày đầu giải phóng xin liên hệ Ban Biên tập để cùng lưu giữ.",
                "Xem chuyên mục Thời sự",
                ctx["columns"]["thoi-su"],
            ),
        ]
    if key == "dua-nghi-quyet-vao-cuoc-song":
        lead = articles[-1]
        directive = ctx["find"]("Thành ủy ban hành Chỉ thị")
        return [
            rich_text(
                "<p>Chuyên trang được mở theo tinh thần "
                f"{page_link(directive, 'Chỉ thị số 23-CT/TU của Ban Thường vụ Thành ủy')}, trong đó yêu cầu các cơ "
                "quan báo chí mở chuyên trang, chuyên mục giới thiệu cách làm hay và tạo diễn đàn để nhân dân góp "
                "ý.</p>",
            ),
            lead_story(lead),
            article_list("Tin, bài về nghị quyết", "tag", tag=spec["tag"], limit=6),
            article_list(
                "Mới trong chuyên mục Xây dựng Đảng", "column", column=ctx["columns"][spec["column"]], limit=4
            ),
            call_to_action(
                "Đọc lại Chỉ thị 23-CT/TU",
                "Những yêu cầu đổi mới công tác nghiên cứu, học tập, quán triệt chủ trương, đường lối của Đảng.",
                "Đọc bài",
                directive,
            ),
        ]
    # chuyen-doi-so-vi-nguoi-dan
    lead = articles[-1]
    opinion = [a for a in articles if a.get_parent().slug == "dien-dan"]
    return [
        image_banner(ctx["banner"], spec["title"], ctx["columns"][spec["column"]]),
        rich_text(
            "<p>Từ một cú chạm trên điện thoại, người dân đã có thể nộp hồ sơ, nộp phí hay tra cứu kết quả giải "
            "quyết thủ tục. Chuyên trang ghi lại những thay đổi ấy, cả những băn khoăn còn lại, để chuyển đổi số "
            "thật sự phục vụ người dân.</p>",
            doc_html,
        ),
        lead_story(lead),
        article_list("Chuyển đổi số qua các bài viết", "tag", tag=spec["tag"], limit=8),
        article_list("Chính quyền số", "column", column=ctx["columns"][spec["column"]], limit=4),
        article_list("Ý kiến bạn đọc", "manual", articles=opinion, limit=3),
        call_to_action(
            "Góp ý cho chính quyền số",
            "Bạn gặp khó khi làm thủ tục trực tuyến? Hãy chia sẻ với chúng tôi qua chuyên mục Diễn đàn.",
            "Đến Diễn đàn",
            ctx["columns"]["dien-dan"],
        ),
    ]
