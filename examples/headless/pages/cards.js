// An article in a list (home page, column, most read): the fields a card needs.
import { h, pageLink, time } from "../dom.js";
import { picture } from "../images.js";

export const CARD_FIELDS = "lead,hero_image_rendition,authors,column";

export function card(article, { withImage = true } = {}) {
  const image = article.hero_image_rendition;
  const published = article.meta?.first_published_at;
  return h(
    "article",
    { class: "card" },
    withImage && image ? h("a", { href: pageLink(article.id), class: "card__image", tabindex: "-1", "aria-hidden": "true" }, picture(image, "")) : null,
    h(
      "div",
      { class: "card__text" },
      h("h3", { class: "card__title" }, h("a", { href: pageLink(article.id) }, article.title)),
      published ? h("p", { class: "meta" }, time(published)) : null,
      article.lead ? h("p", { class: "card__lead" }, article.lead) : null
    )
  );
}
