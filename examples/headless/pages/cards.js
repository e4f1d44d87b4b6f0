// An article in a list (home page, column, most read): the fields a card needs.
import { h, pageLink, time } from "../dom.js";
import { picture } from "../images.js";

// hero_image: with issue 13 its renditions and srcset; before, only an id (then hero_image_rendition).
export const CARD_FIELDS = "lead,hero_image,hero_image_rendition,authors,column";
const CARD_SIZES = "(max-width: 700px) 100vw, 360px";

export function card(article, { withImage = true, sizes = CARD_SIZES } = {}) {
  const image = article.hero_image?.srcset || article.hero_image?.src ? article.hero_image : article.hero_image_rendition;
  const published = article.first_published_at || article.meta?.first_published_at;
  return h(
    "article",
    { class: "card" },
    withImage && image ? h("a", { href: pageLink(article.id), class: "card__image", tabindex: "-1", "aria-hidden": "true" }, picture(image, "", { sizes })) : null,
    h(
      "div",
      { class: "card__text" },
      h("h3", { class: "card__title" }, h("a", { href: pageLink(article.id) }, article.title)),
      published ? h("p", { class: "meta" }, time(published)) : null,
      article.lead ? h("p", { class: "card__lead" }, article.lead) : null
    )
  );
}
