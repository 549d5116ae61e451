"""The demo's pictures: drawn once, stored with their renditions, one Image row per caption.

A picture's caption is its story's (what the illustration stands for there), and Image has a
single alt text and caption, so each language and caption gets its own row over the same file.
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

SCENE_CREDIT = ("Graphics desk", "قسم الغرافيك")

Job = tuple[str, Callable, tuple[int, int], str, str]  # name, painter, size, format, seed
Drawn = tuple[str, dict, int, int]  # stored name, renditions, width, height
Use = tuple[tuple, str, str]  # picture key, language, caption


class Pictures:
    """Draws each picture once, stores it with its renditions, and makes its Image rows in bulk."""

    def __init__(self, seed: int, log: Callable[[str], None]):
        self.seed = seed
        self.log = log
        self.files: dict[tuple, Drawn] = {}
        self.rows: dict[Use, int] = {}

    def prepare(self, uses: Iterable[Use]) -> None:
        """Draw the pictures `uses` need, several at a time, then create their missing rows at once."""
        uses = [use for use in dict.fromkeys(uses) if use not in self.rows]
        todo = {key: self._job(key) for key in sorted({key for key, _, _ in uses}) if key not in self.files}
        for job in todo.values():
            self.log(f"Drawing {job[0]}")
        self.files.update(zip(todo, draw_all(list(todo.values())), strict=True))
        # bulk_create skips Image.save(), which would queue a task to redo the renditions made above.
        images = Image.objects.bulk_create([self._row(*use) for use in uses], batch_size=500)
        self.rows.update((use, image.pk) for use, image in zip(uses, images, strict=True))

    def image_id(self, key: tuple, language: str, caption: str) -> int:
        if (key, language, caption) not in self.rows:
            self.prepare([(key, language, caption)])
        return self.rows[key, language, caption]

    def _job(self, key: tuple) -> Job:
        kind, name, variant = key
        if kind == "scene":
            file = f"images/demo/scene-{name}-{variant + 1}.jpg"
            return (file, scenes.SCENES[name][0], scenes.SIZE, "JPEG", f"{self.seed}:{file}")
        file = f"images/demo/cartoon-{name.replace('_', '-')}-{variant + 1}.png"
        return (file, cartoons.CARTOONS[name], cartoons.SIZE, "PNG", f"{self.seed}:{file}")

    def _row(self, key: tuple, language: str, caption: str) -> Image:
        i = 0 if language == "en" else 1
        if key[0] == "scene":
            alt, credit = scenes.SCENES[key[1]][1 + i], SCENE_CREDIT[i]
        else:
            cartoon = next(c for c in CARTOONS if c.drawing == key[1])
            author = next(a for a in newsroom.AUTHORS if a.slug == cartoonist_for(cartoon))
            alt, credit = cartoon.alt[i], (author.name, author.name_ar)[i]
        name, renditions, width, height = self.files[key]
        return Image(
            file=name,
            width=width,
            height=height,
            alt_text=alt,
            caption=caption,
            credit=credit,
            renditions=renditions,
        )


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
