"""The demo's pictures: drawn once, stored with their renditions, one Image row per language.

The renditions are made on the spot, so nothing waits for a task worker.
"""

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from masthead.articles.models import Image
from masthead.core.images import make_renditions
from masthead.demo import newsroom
from masthead.demo.desks.caricature import CARTOONS
from masthead.demo.drawing import base, cartoons, scenes
from masthead.demo.writer import cartoonist_for

SCENE_CAPTION = ("Illustrative image", "صورة تعبيرية")
SCENE_CREDIT = ("Graphics desk", "قسم الغرافيك")

Job = tuple[str, Callable, tuple[int, int], str, str]  # name, painter, size, format, seed
Drawn = tuple[str, dict, int, int]  # stored name, renditions, width, height


class Pictures:
    """Draws each picture once, stores it with its renditions, and makes one Image row per language.

    Image has a single alt text, so each language gets its own row over the same file.
    """

    def __init__(self, seed: int, log: Callable[[str], None]):
        self.seed = seed
        self.log = log
        self.files: dict[tuple, Drawn] = {}
        self.rows: dict[tuple, int] = {}

    def prepare(self, keys: Iterable[tuple]) -> None:
        """Draw the pictures for `keys` that are not drawn yet, several at a time."""
        todo = {key: self._job(key) for key in sorted(set(keys)) if key not in self.files}
        for job in todo.values():
            self.log(f"Drawing {job[0]}")
        self.files.update(zip(todo, draw_all(list(todo.values())), strict=True))

    def image_id(self, key: tuple, language: str) -> int:
        if (key, language) not in self.rows:
            self.prepare([key])
            self.rows[key, language] = self._create_row(key, language)
        return self.rows[key, language]

    def _job(self, key: tuple) -> Job:
        if key[0] == "scene":
            _, kind, variant = key
            name = f"images/demo/scene-{kind}-{variant + 1}.jpg"
            return (name, scenes.SCENES[kind][0], scenes.SIZE, "JPEG", f"{self.seed}:{name}")
        name = f"images/demo/cartoon-{key[1].replace('_', '-')}.png"
        return (name, cartoons.CARTOONS[key[1]], cartoons.SIZE, "PNG", f"{self.seed}:{name}")

    def _create_row(self, key: tuple, language: str) -> int:
        i = 0 if language == "en" else 1
        if key[0] == "scene":
            alt, caption, credit = scenes.SCENES[key[1]][1 + i], SCENE_CAPTION[i], SCENE_CREDIT[i]
        else:
            cartoon = next(c for c in CARTOONS if c.drawing == key[1])
            author = next(a for a in newsroom.AUTHORS if a.slug == cartoonist_for(cartoon))
            alt, caption, credit = cartoon.alt[i], cartoon.caption[i], (author.name, author.name_ar)[i]
        name, renditions, width, height = self.files[key]
        image = Image(
            file=name,
            width=width,
            height=height,
            alt_text=alt,
            caption=caption,
            credit=credit,
            renditions=renditions,
        )
        # bulk_create skips Image.save(), which would queue a task to redo the renditions made above.
        Image.objects.bulk_create([image])
        return image.pk


def draw(job: Job) -> Drawn:
    """Paint, store and make the renditions of one picture. Touches no database."""
    name, painter, size, fmt, seed = job
    picture = base.paint(painter, seed, size)
    stored = store(name, base.encode(picture, fmt))
    return stored, make_renditions(stored), *picture.size


def draw_all(jobs: list[Job]) -> list[Drawn]:
    """`draw` each job, on threads: Pillow releases the GIL while it resizes and encodes."""
    if len(jobs) < 2:
        return [draw(job) for job in jobs]
    with ThreadPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 2)) as pool:
        return list(pool.map(draw, jobs))


def store(name: str, data: bytes) -> str:
    """Save under a fixed name, replacing an earlier run's file instead of piling up copies."""
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(data))
