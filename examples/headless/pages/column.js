// A column (chuyên mục): its intro, then its articles newest first, 10 a page.
// GET /api/v2/pages/?type=news.ArticlePage&child_of=<id>&fields=…&order=-first_published_at&limit=10&offset=…
import { PAGE_SIZE } from "../config.js";
import { apiGet } from "../api.js";
import { fill, h, pageLink, setTitle } from "../dom.js";
import { CARD_FIELDS, card } from "./cards.js";

export async function renderColumn(container, column, params) {
  const pageNumber = Math.max(1, parseInt(params.get("p") || "1", 10) || 1);
  const listing = await apiGet("/api/v2/pages/", {
    type: "news.ArticlePage",
    child_of: column.id,
    fields: CARD_FIELDS,
    order: "-first_published_at",
    limit: PAGE_SIZE,
    offset: (pageNumber - 1) * PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(listing.meta.total_count / PAGE_SIZE));
  setTitle(column.title);
  const pager = h(
    "nav",
    { class: "pager", "aria-label": "Phân trang" },
    pageNumber > 1 ? h("a", { href: `${pageLink(column.id)}?p=${pageNumber - 1}`, rel: "prev" }, "← Trang trước") : null,
    h("span", {}, `Trang ${pageNumber}/${pages}`),
    pageNumber < pages ? h("a", { href: `${pageLink(column.id)}?p=${pageNumber + 1}`, rel: "next" }, "Trang sau →") : null
  );
  fill(container, 
    h("h1", {}, column.title),
    column.intro ? h("p", { class: "intro" }, column.intro) : null,
    listing.items.length
      ? h("div", { class: "article-list" }, listing.items.map((article) => card(article)))
      : h("p", {}, "Chuyên mục chưa có bài viết."),
    pager
  );
}
