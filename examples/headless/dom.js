// Building the page from API data without innerHTML: text always goes in as
// text (textContent / text nodes), so nothing an editor or a commenter typed
// can become markup or script here.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

const DATE_FORMAT = new Intl.DateTimeFormat("vi-VN", {
  weekday: "long",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
});

export function formatDate(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : DATE_FORMAT.format(date);
}

export function time(iso) {
  return h("time", { datetime: iso }, formatDate(iso));
}

export function pageLink(id) {
  return `#/trang/${encodeURIComponent(id)}`;
}

export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), window.outletName || "Tòa Soạn"].join(" - ");
}

// Rich text. The API serves what Wagtail's editor allowed (its whitelist runs on
// save), but a front-end should not trust markup it did not make: the HTML is
// parsed in an inert document (DOMParser runs no script, loads no image) and
// only the elements and attributes listed here are copied into the page.
const ALLOWED_TAGS = new Set(
  ("p br h2 h3 h4 h5 h6 b strong i em u s sub sup small mark code ul ol li blockquote hr " +
    "table caption thead tbody tfoot tr th td figure figcaption img a span div").split(" ")
);
const ALLOWED_ATTRIBUTES = { a: ["href", "title"], img: ["src", "alt", "width", "height"], th: ["colspan", "rowspan", "scope"], td: ["colspan", "rowspan"] };
const DROP_WITH_CONTENT = new Set(["script", "style", "iframe", "object", "template", "noscript", "svg", "math"]);

function safeUrl(value, base) {
  try {
    const url = new URL(value, base);
    return ["http:", "https:", "mailto:", "tel:"].includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

// `resolve` handles Wagtail's internal references (<a linktype="page" id>,
// <a linktype="document" id>, <embed embedtype="image" id>) while the API still
// serves them unresolved; it returns a node or null.
export function richText(html, { base, resolve } = {}) {
  const parsed = new DOMParser().parseFromString(`<body>${html || ""}</body>`, "text/html");
  const fragment = document.createDocumentFragment();
  copyChildren(parsed.body, fragment, base, resolve);
  return fragment;
}

function copyChildren(source, target, base, resolve) {
  for (const node of source.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      target.append(node.data);
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = node.localName;
    if (DROP_WITH_CONTENT.has(tag)) continue;
    const special = resolve && resolve(node);
    if (special) {
      if (special.childNodes.length === 0 && node.childNodes.length) copyChildren(node, special, base, resolve);
      target.append(special);
      continue;
    }
    if (!ALLOWED_TAGS.has(tag)) {
      copyChildren(node, target, base, resolve); // keep the text, drop the element
      continue;
    }
    const copy = document.createElement(tag);
    for (const name of ALLOWED_ATTRIBUTES[tag] || []) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      if (name === "href" || name === "src") {
        const url = safeUrl(value, base);
        if (url) copy.setAttribute(name, url);
      } else {
        copy.setAttribute(name, value);
      }
    }
    if (tag === "a" && copy.hasAttribute("href") && !copy.href.startsWith(location.origin)) copy.rel = "noopener";
    copyChildren(node, copy, base, resolve);
    target.append(copy);
  }
}

// Search snippets: escaped text with the matched words in <mark>; only those survive.
export function snippet(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html || ""}</body>`, "text/html");
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) fragment.append(node.data);
    else if (node.localName === "mark") fragment.append(h("mark", {}, node.textContent));
    else fragment.append(node.textContent);
  }
  return fragment;
}

// replaceChildren that, like h(), skips null/false and flattens arrays.
export function fill(container, ...children) {
  container.replaceChildren();
  append(container, children);
}
