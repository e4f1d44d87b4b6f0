// Router. Addresses (location.hash, so any static file server will do):
//   #/                      home page
//   #/trang/<id>[?p=2]      any page by its id: column, article, other
//   #/chu-de/<tag>[?p=2]    articles with a tag
//   #/tim-kiem?q=…[&p=2]    search
//   ?content_type=…&token=… a draft an editor previews (the link the admin's
//                           "Giao diện tách rời (headless)" preview opens)
import { apiGet, showError } from "./api.js";
import { chrome, markCurrent, renderChrome } from "./chrome.js";
import { fill, h, setTitle } from "./dom.js";
import { block, documentLink, renderArticle, renderPreview, rich } from "./pages/article.js";
import { figure } from "./images.js";
import { renderColumn, renderTag } from "./pages/column.js";
import { renderHome } from "./pages/home.js";
import { renderSearch } from "./pages/search.js";

const main = document.getElementById("main");
const header = document.getElementById("site-header");
const footer = document.getElementById("site-footer");

function parseHash() {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  return { parts: path.split("/").filter(Boolean), params: new URLSearchParams(query) };
}

// Pages this example has no module of their own for (directives, exemplars, forums,
// thematic pages…): the fields they share by name, and a link to the outlet's page.
function renderOther(container, page) {
  setTitle(page.title);
  const labels = [page.kind_label, page.status_label, page.number ? `Số ${page.number}` : ""].filter(Boolean);
  const stream = [page.story, page.body].find((value) => Array.isArray(value) && value.length) || [];
  const text = [page.subject, page.full_text, page.synthesis].filter((value) => typeof value === "string" && value);
  const files = Array.isArray(page.files) ? page.files : [];
  fill(
    container,
    h(
      "article",
      { class: "article" },
      labels.length ? h("p", { class: "kicker" }, labels.join(" · ")) : null,
      h("h1", { class: "article__title" }, page.title),
      page.summary || page.intro || page.lead ? h("p", { class: "lead" }, page.summary || page.intro || page.lead) : null,
      page.photo_rendition ? figure(page.photo_rendition, { fallbackAlt: page.title }) : null,
      h("div", { class: "article__body" }, stream.map(block), text.map((html) => h("div", { class: "rich-text" }, rich(html)))),
      files.length ? h("ul", { class: "attachments" }, files.map((file) => h("li", {}, documentLink(file)))) : null,
      page.meta?.html_url ? h("p", {}, h("a", { href: page.meta.html_url }, "Xem đầy đủ trên trang tin")) : null
    )
  );
}

async function renderPage(container, id, params, site) {
  const page = await apiGet(`/api/v2/pages/${encodeURIComponent(id)}/`);
  switch (page.meta.type) {
    case "news.HomePage":
      return renderHome(container, page, site);
    case "news.ColumnPage":
      return renderColumn(container, page, params);
    case "news.ArticlePage":
      return renderArticle(container, page);
    default:
      return renderOther(container, page);
  }
}

async function route() {
  main.setAttribute("aria-busy", "true");
  fill(main, h("p", { class: "loading" }, "Đang tải…"));
  try {
    const site = await chrome();
    if (!header.hasChildNodes()) renderChrome(header, footer, site);
    const search = new URLSearchParams(location.search);
    const { parts, params } = parseHash();
    let currentId = null;
    if (search.has("token") && !location.hash) {
      await renderPreview(main, search);
    } else if (parts[0] === "trang" && parts[1]) {
      currentId = parts[1];
      await renderPage(main, parts[1], params, site);
    } else if (parts[0] === "chu-de" && parts[1]) {
      await renderTag(main, decodeURIComponent(parts[1]), params);
    } else if (parts[0] === "tim-kiem") {
      await renderSearch(main, params);
    } else if (site.home) {
      await renderHome(main, await apiGet(`/api/v2/pages/${site.home.id}/`), site);
    } else {
      fill(main, h("p", { class: "error", role: "alert" }, "Máy chủ chưa có trang chủ nào."));
    }
    markCurrent(header, currentId);
  } catch (error) {
    showError(main, error);
  } finally {
    main.removeAttribute("aria-busy");
  }
}

window.addEventListener("hashchange", () => {
  if (location.hash && !location.hash.startsWith("#/")) return; // an in-page anchor (skip link)
  route().then(() => {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  });
});
route();
