"""Demo exemplar registries (điển hình tiên tiến) of both outlets: wards and communes,
sectors, exemplars with their photos, awards, directives and articles, and readers'
nominations. The texts are in data/exemplars.yaml. Made after the directive libraries
(directives.py), whose directives the exemplars carry out.

`load()` is idempotent: it does nothing if the city outlet already has its registry.
"""

import html
import uuid
from datetime import date, timedelta

from wagtail.images import get_image_model

from cms.core.text import vn_slugify
from cms.directives.models import DirectivePage
from cms.exemplars.models import (
    ExemplarArticle,
    ExemplarDirective,
    ExemplarIndexPage,
    ExemplarPage,
    Locality,
    Nomination,
    Recognition,
    Sector,
)

from . import media
from .common import CITY, SITE_LAUNCH, Articles, local_time, publish, slug


def is_loaded(pages):
    return ExemplarIndexPage.objects.child_of(pages[CITY]).exists()


def make_index(data, home, outlet):
    """The outlet's registry page ("Điển hình tiên tiến"), unless it has one (an editor may have made it)."""
    existing = ExemplarIndexPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    intro = data.exemplars["registries"][outlet]
    page = ExemplarIndexPage(title="Điển hình tiên tiến", slug="dien-hinh", intro=intro, show_in_menus=True)
    home.add_child(instance=page)
    return publish(page, SITE_LAUNCH)


def load(data, now, pages):
    """The wards and communes, sectors, exemplars and nominations, in the registries
    make_index made; after the directives, which the exemplars cite. Returns a summary dict."""
    return _Registry(data, now, pages).run()


class _Registry:
    def __init__(self, data, now, homes):
        self.spec = data.exemplars
        self.pictures = data.hero_images
        self.now = now
        self.homes = homes
        self.article = Articles(homes)
        self.localities = {}
        self.sectors = {}
        self.registries = {}
        self.slugs = {}
        self.images = 0
        self.directives = {
            page.number: page for home in homes.values() for page in DirectivePage.objects.descendant_of(home)
        }

    def run(self):
        for name, kind in self.spec["localities"].items():
            self.localities[name], _ = Locality.objects.get_or_create(name=name, defaults={"kind": kind})
        for name in self.spec["sectors"]:
            self.sectors[name], _ = Sector.objects.get_or_create(name=name)
        for outlet, home in self.homes.items():
            self.registries[outlet] = ExemplarIndexPage.objects.child_of(home).first()
        exemplars = [self.make_exemplar(spec) for spec in self.spec["exemplars"]]
        nominations = self.make_nominations()
        return {
            "localities": len(self.localities),
            "sectors": len(self.sectors),
            "exemplars": len(exemplars),
            "exemplar_images": self.images,
            "nominations": nominations,
        }

    def make_exemplar(self, spec):
        outlet = spec.get("outlet", CITY)
        registry = self.registries[outlet]
        page = ExemplarPage(
            title=spec["title"],
            slug=slug(spec["title"], self.slugs.setdefault(outlet, set())),
            kind=spec["kind"],
            locality=self.localities[spec["locality"]],
            sector=self.sectors[spec["sector"]],
            summary=spec["summary"],
            photo=self.photo(spec),
            story=[
                {"type": "paragraph", "value": f"<p>{html.escape(text, quote=False)}</p>", "id": str(uuid.uuid4())}
                for text in spec["story"]
            ],
        )
        for order, award in enumerate(spec["recognitions"]):
            page.recognitions.add(
                Recognition(
                    award=award["award"],
                    granting_body=award["body"],
                    decision_number=award["decision"],
                    year=award["year"],
                    sort_order=order,
                )
            )
        for order, key in enumerate(spec["directives"]):
            page.carried_directives.add(ExemplarDirective(directive=self.directives[key], sort_order=order))
        for order, title in enumerate(spec["articles"]):
            page.related_links.add(ExemplarArticle(article=self.article(title, outlet), sort_order=order))
        page.full_clean(exclude=["path", "depth", "numchild", "url_path"])
        registry.add_child(instance=page)
        publish(page, local_time(self.now, date.fromisoformat(spec["published"]), 9, 0))
        return page

    def photo(self, spec):
        if isinstance(spec["photo"], str):  # an existing demo picture
            return get_image_model().objects.filter(title=self.pictures[spec["photo"]]["title"]).first()
        photo = spec["photo"]
        buffer = media.draw_hero(
            photo["motif"],
            photo["top"],
            photo["bottom"],
            photo["accent"],
            seed=sum(map(ord, spec["title"])),
        )
        self.images += 1
        filename = "dien-hinh-" + vn_slugify(spec["title"])[:40].rstrip("-") + ".jpg"
        return media.save_image(photo["caption"], buffer, filename)

    def make_nominations(self):
        for spec in self.spec["nominations"]:
            days = -spec["submitted"]  # "-6d": six days (and three hours) ago
            nomination = Nomination.objects.create(
                registry=self.registries[spec["outlet"]],
                name=spec["name"],
                kind=spec["kind"],
                locality=self.localities[spec["locality"]],
                reason=spec["reason"],
                contact_name=spec["contact_name"],
                contact_phone=spec.get("contact_phone", ""),
                contact_email=spec.get("contact_email", ""),
                status=spec["status"],
                editor_note=spec.get("editor_note", ""),
                ip_address=f"203.0.113.{10 + days}",  # documentation range (RFC 5737)
            )
            Nomination.objects.filter(pk=nomination.pk).update(submitted_at=self.now - timedelta(days=days, hours=3))
        return len(self.spec["nominations"])
