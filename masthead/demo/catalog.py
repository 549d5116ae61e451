"""The rows stories point at: the demo's sections, tags and authors (with drawn portraits)."""

from collections.abc import Callable
from functools import partial

from django.db.models import Model

from masthead.articles.models import Section, Tag
from masthead.authors.models import Author
from masthead.demo import newsroom
from masthead.demo.drawing import portraits
from masthead.demo.pictures import draw_all
from masthead.search.models import Synonym


def upsert(model: type[Model], slug: str, fields: dict) -> int:
    """Create or update the row with `slug`, without save() and the signals it sends.

    Every page-cache purge would queue its own task; the builder purges once at the end instead.
    """
    if model.objects.filter(slug=slug).update(**fields):
        return model.objects.get(slug=slug).pk
    return model.objects.bulk_create([model(slug=slug, **fields)])[0].pk


def ensure_sections() -> dict[str, int]:
    """The eight sections, in menu order; returns their ids by slug."""
    return {
        spec.slug: upsert(
            Section,
            spec.slug,
            {
                "name": spec.name,
                "name_ar": spec.name_ar,
                "kind": spec.kind,
                "order": order,
                "description": spec.description,
                "description_ar": spec.description_ar,
                "disclaimer": spec.disclaimer,
                "disclaimer_ar": spec.disclaimer_ar,
                "is_in_navigation": True,
            },
        )
        for order, spec in enumerate(newsroom.SECTIONS, start=1)
    }


def ensure_tags() -> dict[str, int]:
    """Every tag in both languages; returns their ids by slug."""
    return {
        slug: upsert(Tag, slug, {"name": name, "name_ar": name_ar})
        for slug, (name, name_ar) in newsroom.TAGS.items()
    }


# The synonyms a newsroom's editors would keep: abbreviations readers type for the words stories
# spell out, in both languages.
SYNONYMS = (
    "IPO, initial public offering",
    "UN, United Nations",
    "GCC, Gulf Cooperation Council",
    "GDP, gross domestic product",
    "AI, artificial intelligence",
    "الذكاء الاصطناعي, الذكاء الصناعي",
    "الطرح العام الأولي, الاكتتاب العام",
)


def ensure_synonyms() -> None:
    for words in SYNONYMS:
        Synonym.objects.get_or_create(words=words)


def ensure_authors(seed: int, log: Callable[[str], None]) -> dict[str, int]:
    """The bylines, each with a drawn portrait and its renditions; returns their ids by slug."""
    jobs = []
    for spec in newsroom.AUTHORS:
        name = f"authors/demo/{spec.slug}.png"
        log(f"Drawing {name}")
        painter = partial(portraits.paint_portrait, look=spec.look)
        jobs.append((name, painter, portraits.SIZE, "PNG", f"{seed}:{name}"))
    ids = {}
    for spec, (photo, renditions, _w, _h) in zip(newsroom.AUTHORS, draw_all(jobs), strict=True):
        fields = {
            "name": spec.name,
            "name_ar": spec.name_ar,
            "role": spec.role,
            "bio": spec.bio,
            "bio_ar": spec.bio_ar,
            "photo": photo,
            "photo_renditions": renditions,
        }
        # Not save(), which for a new photo would also empty the renditions just made and queue
        # a task to make them again. An author who already exists (say, with a login) is kept.
        ids[spec.slug] = upsert(Author, spec.slug, fields)
    return ids
