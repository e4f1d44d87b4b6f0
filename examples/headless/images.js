// Pictures from the API. Uses the ready `srcset` and renditions when the API
// gives them (issue 13); otherwise asks /api/v2/images/<id>/ for the file.
import { apiGet, mediaUrl } from "./api.js";
import { h } from "./dom.js";

// Column width of the article text: lets the browser pick from srcset.
const SIZES = "(max-width: 760px) 100vw, 720px";

function absoluteSrcset(srcset) {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.split(/\s+/);
      return [mediaUrl(url), ...descriptor].join(" ");
    })
    .join(", ");
}

// One candidate per width, WebP first (the API adds a JPEG/PNG fallback at one width).
function srcsetFromRenditions(renditions) {
  const byWidth = new Map();
  const ordered = [...renditions].sort((a, b) => (b.format === "webp") - (a.format === "webp"));
  for (const rendition of ordered) {
    if (rendition.url && rendition.width && !byWidth.has(rendition.width)) byWidth.set(rendition.width, rendition);
  }
  return [...byWidth.values()].map((rendition) => `${mediaUrl(rendition.url)} ${rendition.width}w`).join(", ");
}

// An <img> for an image value in any of the API's shapes; alt is the image's own
// description when there is one, else the given fallback (caption or title).
export function picture(value, fallbackAlt = "", { sizes = SIZES } = {}) {
  const img = h("img", { alt: value.alt || fallbackAlt, loading: "lazy", decoding: "async" });
  const renditions = Array.isArray(value.renditions) ? value.renditions : [];
  const srcset = value.srcset ? absoluteSrcset(value.srcset) : srcsetFromRenditions(renditions);
  const largest = renditions.reduce((best, r) => (!best || r.width > best.width ? r : best), null);
  const src = value.src || value.url || largest?.url;
  if (srcset) {
    img.srcset = srcset;
    img.sizes = sizes;
  }
  if (src) {
    img.src = mediaUrl(src);
    const size = value.src || value.url ? value : largest;
    if (size?.width && size?.height) {
      img.width = size.width;
      img.height = size.height;
    }
    return img;
  }
  const id = typeof value.image === "object" && value.image ? value.image.id : value.image ?? value.id;
  if (id !== undefined) {
    // Until the API serves renditions: the original file, one more request.
    apiGet(`/api/v2/images/${encodeURIComponent(id)}/`).then(
      (image) => {
        if (!img.alt) img.alt = image.title || "";
        img.width = image.width;
        img.height = image.height;
        img.src = mediaUrl(image.meta.download_url);
      },
      () => img.replaceWith(h("span", { class: "image-missing" }, "(Không tải được ảnh)"))
    );
  }
  return img;
}

export function figure(value, { fallbackAlt = "", className = "figure" } = {}) {
  const caption = value.caption || "";
  const credit = value.credit || "";
  return h(
    "figure",
    { class: className },
    picture(value, fallbackAlt || caption),
    caption || credit
      ? h("figcaption", {}, caption, caption && credit ? " " : "", credit ? h("span", { class: "credit" }, credit) : "")
      : null
  );
}
