// The site chrome: outlet name, menu, footer.
// With issue 13: GET /api/v2/outlet/ (name, slogan, logo, menu, footer, licence, social).
// Until the server has it: the home page (GET /api/v2/pages/?type=news.HomePage) for the
// name and its children shown in menus (GET /api/v2/pages/?child_of=<home>&show_in_menus=true).
import { apiGet, apiGetOptional, mediaUrl } from "./api.js";
import { API_BASE } from "./config.js";
import { fill, h, pageLink, richText } from "./dom.js";
import { picture } from "./images.js";

let chromePromise = null;

async function loadChrome() {
  const [homes, outlet] = await Promise.all([
    apiGet("/api/v2/pages/", { type: "news.HomePage", fields: "articles_per_column", limit: 1 }),
    apiGetOptional("/api/v2/outlet/"),
  ]);
  const home = homes.items[0] || null;
  if (outlet && outlet.name) {
    return { home, outlet, menu: (outlet.menu || []).map(menuEntry) };
  }
  let menu = [];
  if (home) {
    const children = await apiGet("/api/v2/pages/", { child_of: home.id, show_in_menus: "true", limit: 20 });
    menu = children.items.map((page) => ({ title: page.title, id: page.id, type: page.meta.type, children: [] }));
  }
  return { home, outlet: { name: home ? home.title : "Tòa Soạn" }, menu };
}

function menuEntry(item) {
  return {
    title: item.title,
    id: item.page_id ?? null,
    url: item.url || "",
    children: (item.children || []).map(menuEntry),
  };
}

// Loaded once per visit; every page type needs it.
export function chrome() {
  chromePromise ||= loadChrome().catch((error) => {
    chromePromise = null;
    throw error;
  });
  return chromePromise;
}

function menuLink(item) {
  // A page of this outlet opens here; anything else (an external link) opens as a link.
  const href = item.id !== null && item.id !== undefined ? pageLink(item.id) : item.url;
  return h("a", { href, "data-page-id": item.id ?? undefined }, item.title);
}

function menuList(items) {
  return h(
    "ul",
    {},
    items.map((item) => h("li", {}, menuLink(item), item.children?.length ? menuList(item.children) : null))
  );
}

export function renderChrome(header, footer, { outlet, menu, home }) {
  window.outletName = outlet.name;
  // The logo is decorative (alt ""): the outlet's name is written beside it in the same link.
  const logo = outlet.logo?.src || outlet.logo?.url ? picture({ ...outlet.logo, alt: "" }, "", { sizes: `${outlet.logo.width || 240}px` }) : null;
  fill(header,
    h(
      "div",
      { class: "masthead" },
      h("a", { href: home ? pageLink(home.id) : "#/", class: "masthead__brand" }, logo, h("span", { class: "masthead__name" }, outlet.name)),
      outlet.slogan ? h("p", { class: "masthead__slogan" }, outlet.slogan) : null
    ),
    h("nav", { class: "site-nav", "aria-label": "Chuyên mục" }, menuList(menu)),
    h(
      "form",
      { class: "search-box", role: "search", action: "#/tim-kiem" },
      h("label", { for: "search-q", class: "visually-hidden" }, "Tìm kiếm"),
      h("input", { id: "search-q", name: "q", type: "search", placeholder: "Tìm bài viết, văn bản…" }),
      h("button", { type: "submit" }, "Tìm")
    )
  );
  header.querySelector("form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = event.target.elements.q.value.trim();
    location.hash = `#/tim-kiem?q=${encodeURIComponent(q)}`;
  });
  // /api/v2/outlet/'s footer: {name, licence, responsible_person(_label), contact_html, links}.
  const info = outlet.footer && typeof outlet.footer === "object" ? outlet.footer : {};
  const social = Array.isArray(outlet.social) ? outlet.social : [];
  const links = [...(Array.isArray(info.links) ? info.links : []), ...social];
  fill(
    footer,
    h("p", { class: "footer__name" }, info.name || outlet.name),
    outlet.licence || info.licence ? h("p", {}, outlet.licence || info.licence) : null,
    info.responsible_person ? h("p", {}, `${info.responsible_person_label || "Chịu trách nhiệm nội dung"}: ${info.responsible_person}`) : null,
    info.contact_html ? h("div", { class: "footer__text" }, richText(info.contact_html, { base: API_BASE + "/" })) : null,
    links.length
      ? h("p", { class: "social" }, links.map((link) => h("a", { href: mediaUrl(link.url), rel: "noopener" }, link.label || link.title || link.network || link.url)))
      : null,
    h("p", { class: "footer__note" }, "Giao diện mẫu dựng lại từ API của Tòa Soạn.")
  );
}

export function markCurrent(header, pageId) {
  for (const link of header.querySelectorAll(".site-nav a")) {
    if (pageId !== null && link.dataset.pageId === String(pageId)) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}
