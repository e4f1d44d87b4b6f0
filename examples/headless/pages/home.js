// The home page: GET /api/v2/pages/<home>/ gives the lead story, the blocks (their items
// resolved) and, with issue 13, `front_page`: {lead_story, latest, sections: [{column,
// articles}]}, the lists the HTML home page shows, in that one answer. Servers without
// `front_page`: GET /api/v2/pages/<lead_story.id>/ and per column of the menu
// GET /api/v2/pages/?type=news.ArticlePage&child_of=<column>&order=-first_published_at&limit=<n>.
// Also, where the server has it, the most read of 7 days: GET /api/v2/most-read/.
import { apiGet, apiGetOptional } from "../api.js";
import { fill, h, pageLink, setTitle } from "../dom.js";
import { CARD_FIELDS, card } from "./cards.js";

// A page opens here by its id (the router picks the module by its type).
function itemLink(item) {
  const title = item.title || item.name || "";
  const id = item.page_id ?? item.id;
  if (Number.isInteger(id)) return h("a", { href: pageLink(id) }, title);
  return item.url ? h("a", { href: item.url, rel: "noopener" }, title) : title;
}

// A home block whose items the API resolved: any array of things with a title.
function feature(block) {
  const value = block.value || {};
  const items = Object.values(value).find((v) => Array.isArray(v) && v.length && typeof v[0] === "object" && v[0].title);
  if (!items) return null; // not resolved by this server yet, or empty
  return h(
    "section",
    { class: "home-block" },
    value.title ? h("h2", {}, value.title) : null,
    h("ul", {}, items.map((item) => h("li", {}, itemLink(item), item.number ? h("span", { class: "meta" }, ` (${item.number})`) : null)))
  );
}

function columnSection(column, articles) {
  if (!articles.length) return null;
  const [first, ...rest] = articles;
  return h(
    "section",
    { class: "home-column" },
    h("h2", {}, h("a", { href: pageLink(column.id) }, column.title)),
    card(first),
    rest.length ? h("ul", { class: "home-column__more" }, rest.map((a) => h("li", {}, h("a", { href: pageLink(a.id) }, a.title)))) : null
  );
}

async function columnArticles(entry, limit) {
  const listing = await apiGet("/api/v2/pages/", {
    type: "news.ArticlePage",
    child_of: entry.id,
    fields: CARD_FIELDS,
    order: "-first_published_at",
    limit,
  });
  return { column: entry, articles: listing.items };
}

// Older servers: the lead story and each column's latest articles, one request each.
async function frontPageFromListings(home, menu) {
  const limit = home.articles_per_column || 5;
  // Only pages of this outlet can be listed by id (external menu links have none).
  const columns = menu.filter((entry) => entry.id !== null && entry.id !== undefined && (!entry.type || entry.type === "news.ColumnPage"));
  const [lead, ...sections] = await Promise.all([
    home.lead_story ? apiGet(`/api/v2/pages/${home.lead_story.id}/`).catch(() => null) : null,
    ...columns.map((entry) => columnArticles(entry, limit).catch(() => null)),
  ]);
  return { lead_story: lead, latest: [], sections: sections.filter(Boolean) };
}

function mostRead(data) {
  const items = Array.isArray(data) ? data : data?.items || data?.results || [];
  if (!items.length) return null;
  return h(
    "section",
    { class: "home-block most-read" },
    h("h2", {}, "Đọc nhiều"),
    h("ol", {}, items.slice(0, 10).map((item) => h("li", {}, itemLink(item))))
  );
}

export async function renderHome(container, home, { menu }) {
  setTitle();
  const [front, popular] = await Promise.all([
    home.front_page || frontPageFromListings(home, menu),
    apiGetOptional("/api/v2/most-read/"),
  ]);
  const lead = front.lead_story;
  const latest = (front.latest || []).filter((article) => !lead || article.id !== lead.id);
  fill(
    container,
    h("h1", { class: "visually-hidden" }, home.title),
    lead ? h("section", { class: "lead-story", "aria-label": "Tin tiêu điểm" }, card(lead, { sizes: "(max-width: 700px) 100vw, 60vw" })) : null,
    latest.length
      ? h(
          "section",
          { class: "home-block latest" },
          h("h2", {}, "Tin mới"),
          h("ul", {}, latest.map((article) => h("li", {}, h("a", { href: pageLink(article.id) }, article.title))))
        )
      : null,
    h("div", { class: "home-blocks" }, (home.features || []).map(feature), mostRead(popular)),
    h("div", { class: "home-columns" }, front.sections.map((section) => columnSection(section.column, section.articles || [])))
  );
}
