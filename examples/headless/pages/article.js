// An article: /api/v2/pages/<id>/ (or a draft from /api/v2/page_preview/),
// its comments from /api/comments/?page=<id>, and the comment form (POST /api/comments/).
import { API_BASE } from "../config.js";
import { ApiError, apiGet, apiPost, mediaUrl, showError } from "../api.js";
import { fill, h, pageLink, richText, setTitle, time } from "../dom.js";
import { figure } from "../images.js";

// Wagtail's internal references, while the API still serves them unresolved
// (the API resolves them to real URLs in issue 13; then plain <a href> is used).
function resolveReference(node) {
  const id = node.getAttribute("id");
  if (node.localName === "a" && node.getAttribute("linktype") === "page" && id) {
    return h("a", { href: pageLink(id) });
  }
  if (node.localName === "a" && node.getAttribute("linktype") === "document" && id) {
    const link = h("a", { href: "#" });
    apiGet(`/api/v2/documents/${encodeURIComponent(id)}/`).then(
      (document) => (link.href = mediaUrl(document.meta.download_url)),
      () => link.removeAttribute("href")
    );
    return link;
  }
  if (node.localName === "embed" && node.getAttribute("embedtype") === "image" && id) {
    return figure({ image: id, alt: node.getAttribute("alt") || "" }, { className: "figure figure--inline" });
  }
  return null;
}

export function rich(html) {
  return richText(html, { base: API_BASE + "/", resolve: resolveReference });
}

function fileSize(bytes) {
  if (!bytes) return "";
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function documentLink(value) {
  // After issue 13: {title, url, size, type}; before: {document: <id>, title}.
  const title = value.title || "Tài liệu";
  const details = [value.type || value.file_extension, fileSize(value.size ?? value.file_size)].filter(Boolean);
  const link = h("a", { href: value.url ? mediaUrl(value.url) : "#" }, title);
  if (!value.url && value.document) {
    const id = typeof value.document === "object" ? value.document.id : value.document;
    apiGet(`/api/v2/documents/${encodeURIComponent(id)}/`).then(
      (document) => {
        link.href = mediaUrl(document.meta.download_url);
        if (!value.title) link.textContent = document.title;
      },
      () => link.removeAttribute("href")
    );
  }
  return h("p", { class: "document" }, "📄 ", link, details.length ? ` (${details.join(", ").toUpperCase()})` : "");
}

export function block(item) {
  const value = item.value;
  switch (item.type) {
    case "paragraph":
      return h("div", { class: "rich-text" }, rich(value));
    case "heading":
      return h("h2", {}, value);
    case "image":
      return figure(value);
    case "quote":
      return h("blockquote", {}, h("p", {}, value.text), value.attribution ? h("footer", {}, "— ", value.attribution) : null);
    case "callout":
      return h("aside", { class: "callout" }, value.title ? h("h3", {}, value.title) : null, rich(value.text));
    case "document":
      return documentLink(value);
    case "embed": {
      const url = typeof value === "string" ? value : value?.url;
      return url ? h("p", { class: "embed" }, h("a", { href: url, rel: "noopener" }, "Xem nội dung nhúng: ", url)) : null;
    }
    case "table":
      return table(value);
    default:
      return null; // a block type this example does not know yet
  }
}

function table(value) {
  const rows = Array.isArray(value?.data) ? value.data : [];
  if (!rows.length) return null;
  const [first, ...rest] = value.first_row_is_table_header ? rows : [null, ...rows];
  return h(
    "table",
    {},
    first ? h("thead", {}, h("tr", {}, first.map((cell) => h("th", { scope: "col" }, cell ?? "")))) : null,
    h("tbody", {}, rest.map((row) => h("tr", {}, row.map((cell) => h("td", {}, cell ?? "")))))
  );
}

function byline(authors) {
  if (!authors?.length) return null;
  return h("p", { class: "byline" }, authors.map((author, i) => [i ? ", " : "", h("span", { class: "byline__author" }, author.pen_name || author.name)]));
}

export function articleView(data, { preview = false } = {}) {
  // After issue 13 the hero image carries renditions and srcset itself; before, one rendition.
  const richHero = data.hero_image && (data.hero_image.srcset || data.hero_image.renditions);
  const hero = richHero ? data.hero_image : data.hero_image_rendition;
  const published = data.meta?.first_published_at || data.last_published_at;
  const tags = (Array.isArray(data.tags) && data.tags.length && typeof data.tags[0] === "object" ? data.tags : data.tag_names) || [];
  return h(
    "article",
    { class: "article" },
    preview ? h("p", { class: "preview-banner", role: "status" }, "Bản xem trước — bài chưa xuất bản, chỉ người biên tập thấy") : null,
    data.column ? h("p", { class: "kicker" }, h("a", { href: pageLink(data.column.id) }, data.column.title)) : null,
    h("h1", { class: "article__title" }, data.title),
    h("p", { class: "meta" }, published ? time(published) : null),
    byline(data.authors),
    data.lead ? h("p", { class: "lead" }, data.lead) : null,
    hero
      ? figure(
          { ...hero, caption: data.hero_caption, credit: data.hero_credit },
          { fallbackAlt: hero.alt || data.title, className: "figure article__hero" }
        )
      : null,
    h("div", { class: "article__body" }, (data.body || []).map(block)),
    data.attachments?.length
      ? h(
          "section",
          { class: "attachments", "aria-labelledby": "attachments-title" },
          h("h2", { id: "attachments-title" }, "File đính kèm"),
          h("ul", {}, data.attachments.map((doc) => h("li", {}, documentLink(doc))))
        )
      : null,
    tags.length
      ? h(
          "p",
          { class: "tags" },
          "Từ khóa: ",
          // ?tag= takes a slug (issue 13's tag objects) or a name (tag_names before).
          tags.map((tag) => {
            const name = tag.name || tag;
            const href = `#/chu-de/${encodeURIComponent(tag.slug || name)}?${new URLSearchParams({ ten: name })}`;
            return h("a", { class: "tag", href }, name);
          })
        )
      : null
  );
}

function commentItem(comment) {
  return h(
    "li",
    { class: "comment" },
    h("p", { class: "comment__author" }, h("strong", {}, comment.author_name), " · ", time(comment.created_at)),
    h("p", { class: "comment__body" }, comment.body),
    comment.official_reply
      ? h("p", { class: "comment__official" }, h("strong", {}, "Trả lời của ", comment.official_reply.by || "tòa soạn", ": "), comment.official_reply.text)
      : null,
    comment.replies?.length ? h("ul", { class: "comment__replies" }, comment.replies.map(commentItem)) : null
  );
}

async function loadComments(list, summary, pageId) {
  try {
    const data = await apiGet("/api/comments/", { page: pageId });
    summary.textContent = data.count ? `${data.count} bình luận` : "Chưa có bình luận nào. Hãy là người đầu tiên góp ý.";
    fill(list, ...data.results.map(commentItem));
  } catch (error) {
    showError(list, error);
  }
}

function field(label, name, attributes, tag = "input") {
  const id = `comment-${name}`;
  return h("p", { class: "field" }, h("label", { for: id }, label), h(tag, { id, name, ...attributes }));
}

function commentForm(pageId, onPosted) {
  const status = h("p", { class: "form-status", role: "status", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "comment-form", novalidate: true },
    field("Họ và tên", "author_name", { required: true, maxlength: 100, autocomplete: "name" }),
    field("Email (không hiển thị)", "author_email", { type: "email", required: true, autocomplete: "email" }),
    field("Ý kiến của bạn", "body", { required: true, rows: 5 }, "textarea"),
    h("p", {}, h("button", { type: "submit" }, "Gửi bình luận")),
    status
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button");
    const values = Object.fromEntries(new FormData(form));
    button.disabled = true;
    status.className = "form-status";
    status.textContent = "Đang gửi…";
    try {
      const answer = await apiPost("/api/comments/", { page: pageId, ...values });
      form.reset();
      status.className = "form-status form-status--ok";
      status.textContent =
        answer.status === "approved"
          ? "Cảm ơn bạn! Bình luận đã được đăng."
          : "Cảm ơn bạn! Bình luận đã được gửi và đang chờ kiểm duyệt; bình luận sẽ hiển thị sau khi được duyệt.";
      if (answer.status === "approved") onPosted();
    } catch (error) {
      status.className = "form-status form-status--error";
      const fields = error instanceof ApiError && error.errors ? Object.values(error.errors).flat() : [];
      status.textContent = fields.length ? fields.join(" ") : error.message;
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function commentsSection(pageId) {
  const summary = h("p", { class: "comments__summary" }, "Đang tải bình luận…");
  const list = h("ol", { class: "comments__list" });
  loadComments(list, summary, pageId);
  return h(
    "section",
    { class: "comments", "aria-labelledby": "comments-title" },
    h("h2", { id: "comments-title" }, "Bình luận"),
    summary,
    list,
    h("h3", {}, "Gửi bình luận"),
    commentForm(pageId, () => loadComments(list, summary, pageId))
  );
}

export function renderArticle(container, data) {
  setTitle(data.title);
  fill(container, articleView(data), commentsSection(data.id));
}

export async function renderPreview(container, params) {
  const data = await apiGet("/api/v2/page_preview/", {
    content_type: params.get("content_type"),
    token: params.get("token"),
  });
  setTitle("Xem trước", data.title);
  fill(container, articleView(data, { preview: true }));
}
