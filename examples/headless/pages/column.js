// Lists of articles, newest first, PAGE_SIZE a page:
//   a column (chuyên mục): GET /api/v2/pages/?type=news.ArticlePage&child_of=<id>&fields=…&order=-first_published_at&limit=10&offset=…
//   a tag (chủ đề):        GET /api/v2/pages/?type=news.ArticlePage&tag=<slug or name>&fields=…&order=-first_published_at…
import { PAGE_SIZE } from "../config.js";
import { apiGet } from "../api.js";
import { fill, h, pageLink, setTitle } from "../dom.js";
import { CARD_FIELDS, card } from "./cards.js";

async function articleList(container, { heading, intro, filter, baseHref, pageParams = {}, params }) {
  const pageNumber = Math.max(1, parseInt(params.get("p") || "1", 10) || 1);
  const listing = await apiGet("/api/v2/pages/", {
    type: "news.ArticlePage",
    ...filter,
    fields: CARD_FIELDS,
    order: "-first_published_at",
    limit: PAGE_SIZE,
    offset: (pageNumber - 1) * PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(listing.meta.total_count / PAGE_SIZE));
  const pageHref = (n) => `${baseHref}?${new URLSearchParams({ ...pageParams, p: n })}`;
  setTitle(heading);
  fill(
    container,
    h("h1", {}, heading),
    intro ? h("p", { class: "intro" }, intro) : null,
    listing.items.length
      ? h("div", { class: "article-list" }, listing.items.map((article) => card(article)))
      : h("p", {}, "Chưa có bài viết nào."),
    pages > 1
      ? h(
          "nav",
          { class: "pager", "aria-label": "Phân trang" },
          pageNumber > 1 ? h("a", { href: pageHref(pageNumber - 1), rel: "prev" }, "← Trang trước") : null,
          h("span", {}, `Trang ${pageNumber}/${pages}`),
          pageNumber < pages ? h("a", { href: pageHref(pageNumber + 1), rel: "next" }, "Trang sau →") : null
        )
      : null
  );
}

export function renderColumn(container, column, params) {
  return articleList(container, {
    heading: column.title,
    intro: column.intro,
    filter: { child_of: column.id },
    baseHref: pageLink(column.id),
    params,
  });
}

// `tag`: the slug (or, before issue 13's tag objects, the name); ?ten= the name to show.
export function renderTag(container, tag, params) {
  const name = params.get("ten") || tag;
  return articleList(container, {
    heading: `Chủ đề: ${name}`,
    filter: { tag },
    baseHref: `#/chu-de/${encodeURIComponent(tag)}`,
    pageParams: { ten: name },
    params,
  });
}
