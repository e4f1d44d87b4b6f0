// Search: GET /api/search/?q=<words>&page=<n>. Vietnamese-aware on the server:
// "dang bo" finds "Đảng bộ". Snippets come with the matched words in <mark>.
import { apiGet } from "../api.js";
import { fill, h, pageLink, setTitle, snippet, time } from "../dom.js";
import { picture } from "../images.js";

const TYPE_LABELS = { article: "Bài viết", directive: "Văn bản", exemplar: "Điển hình", forum: "Diễn đàn", thematic: "Chuyên trang" };

function result(item) {
  // Every kind of result is a page of the outlet: it opens here by its id.
  const href = pageLink(item.id);
  const label = item.type_label || TYPE_LABELS[item.type] || "";
  const column = item.column && (item.column.title || item.column);
  return h(
    "li",
    { class: "result" },
    item.image ? h("a", { href, class: "result__image", tabindex: "-1", "aria-hidden": "true" }, picture(item.image, "", { sizes: "160px" })) : null,
    h("p", { class: "kicker" }, [...new Set([label, typeof column === "string" ? column : ""].filter(Boolean))].join(" · ")),
    h("h2", { class: "result__title" }, h("a", { href }, item.title)),
    item.snippet ? h("p", { class: "result__snippet" }, snippet(item.snippet)) : item.lead ? h("p", {}, item.lead) : null,
    h("p", { class: "meta" }, item.number ? `Số ${item.number} · ` : "", item.published_at ? time(item.published_at) : null)
  );
}

// Facets: {"type": {"article": 28}} before issue 13, [{value, label, count}] after.
function facetValues(facet, labels = {}) {
  if (Array.isArray(facet)) return facet;
  return Object.entries(facet || {}).map(([value, count]) =>
    typeof count === "object" ? { value, ...count } : { value, label: labels[value], count }
  );
}

const FILTERS = ["type", "column"];

function searchHref(q, filters, page = 1) {
  const params = new URLSearchParams({ q, ...filters });
  if (page > 1) params.set("p", page);
  return `#/tim-kiem?${params}`;
}

// Links that narrow the results (by kind, by column); column names appear only when the API labels them.
function facetNav(data, q, filters) {
  const groups = [
    ["type", "Loại", facetValues(data.facets?.type, TYPE_LABELS)],
    ["column", "Chuyên mục", facetValues(data.facets?.column).filter((item) => item.label)],
  ].filter(([, , values]) => values.length);
  if (!groups.length) return null;
  return h(
    "nav",
    { class: "facets", "aria-label": "Lọc kết quả" },
    groups.map(([name, title, values]) => {
      const others = { ...filters };
      delete others[name];
      return h(
        "p",
        { class: "facet" },
        `${title}: `,
        filters[name] ? h("a", { href: searchHref(q, others) }, "Tất cả") : h("strong", {}, "Tất cả"),
        values.map((item) => [
          " · ",
          filters[name] === item.value
            ? h("strong", { "aria-current": "true" }, `${item.label || item.value} (${item.count})`)
            : h("a", { href: searchHref(q, { ...others, [name]: item.value }) }, `${item.label || item.value} (${item.count})`),
        ])
      );
    })
  );
}

export async function renderSearch(container, params) {
  const q = (params.get("q") || "").trim();
  const pageNumber = Math.max(1, parseInt(params.get("p") || "1", 10) || 1);
  const input = h("input", { id: "search-page-q", name: "q", type: "search", value: q, required: true });
  const form = h(
    "form",
    { class: "search-form", role: "search" },
    h("label", { for: "search-page-q" }, "Từ khóa (gõ có dấu hoặc không dấu)"),
    input,
    h("button", { type: "submit" }, "Tìm kiếm")
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `#/tim-kiem?q=${encodeURIComponent(input.value.trim())}`;
  });
  setTitle(q ? `Tìm kiếm: ${q}` : "Tìm kiếm");
  if (!q) {
    fill(container, h("h1", {}, "Tìm kiếm"), form);
    return;
  }
  const filters = Object.fromEntries(FILTERS.filter((name) => params.get(name)).map((name) => [name, params.get(name)]));
  const data = await apiGet("/api/search/", { q, page: pageNumber, ...filters });
  const more = (n) => searchHref(q, filters, n);
  fill(container,
    h("h1", {}, "Tìm kiếm"),
    form,
    h("p", { class: "search-summary", role: "status" }, data.count ? `${data.count} kết quả cho “${q}”` : `Không tìm thấy kết quả nào cho “${q}”.`),
    data.did_you_mean
      ? h("p", { class: "did-you-mean" }, "Có phải bạn muốn tìm: ", h("a", { href: searchHref(data.did_you_mean, {}) }, data.did_you_mean), "?")
      : null,
    facetNav(data, q, filters),
    h("ol", { class: "results" }, data.results.map(result)),
    data.pages > 1
      ? h(
          "nav",
          { class: "pager", "aria-label": "Phân trang" },
          pageNumber > 1 ? h("a", { href: more(pageNumber - 1), rel: "prev" }, "← Trang trước") : null,
          h("span", {}, `Trang ${pageNumber}/${data.pages}`),
          pageNumber < data.pages ? h("a", { href: more(pageNumber + 1), rel: "next" }, "Trang sau →") : null
        )
      : null
  );
}
