// Router. Addresses (location.hash, so any static file server will do):
//   #/                      home page
//   #/trang/<id>[?p=2]      any page by its id: column, article, other
//   #/chu-de/<tag>[?p=2]    articles with a tag
//   #/tim-kiem?q=…[&p=2]    search
//   ?content_type=…&token=… a draft an editor previews (the link the admin's
//                           "Giao diện tách rời (headless)" preview opens)
import { apiGet, showError } from "./api.js";
import { chrome, markCurrent, renderChrome } from "./chrome.js";
import { fill, h, richText, setTitle } from "./dom.js";
import { API_BASE } from "./config.js";
import { renderArticle, renderPreview } from "./pages/article.js";
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

// Pages this example has no module for (directives, thematic pages, forums…): their
// title, number, summary or intro, and a link to the outlet's own page.
function renderOther(container, page) {
  setTitle(page.title);
  const text = page.summary || page.intro || page.lead;
  fill(
    container,
    h("h1", {}, page.title),
    page.number ? h("p", { class: "meta" }, `Số ${page.number}`) : null,
    typeof text === "string" && text ? h("div", { class: "intro" }, richText(text, { base: API_BASE + "/" })) : null,
    page.meta?.html_url ? h("p", {}, h("a", { href: page.meta.html_url }, "Xem đầy đủ trên trang tin")) : null
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
