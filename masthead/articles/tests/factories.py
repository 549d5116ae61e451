"""Test data with defaults good enough that each test overrides only what it is about."""

from datetime import timedelta
from io import BytesIO

import factory
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image as PILImage

from masthead.articles.models import Article, ArticleAuthor, Image, Section, Tag
from masthead.authors.models import Author


def image_bytes(width: int = 800, height: int = 500, fmt: str = "JPEG", color="#2a6f97") -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, fmt)
    return buffer.getvalue()


def uploaded_image(name: str = "photo.jpg", **kwargs) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, image_bytes(**kwargs), content_type="image/jpeg")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@newsroom.test")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if extracted:
            self.groups.add(Group.objects.get(name=extracted))
        if create:
            self.save()


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Section {n}")
    name_ar = factory.Sequence(lambda n: f"قسم {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag

    name = factory.Sequence(lambda n: f"Tag {n}")
    name_ar = factory.Sequence(lambda n: f"وسم {n}")
    slug = factory.Sequence(lambda n: f"tag-{n}")


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Reporter {n}")
    name_ar = factory.Sequence(lambda n: f"مراسل {n}")
    slug = factory.Sequence(lambda n: f"reporter-{n}")


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Image

    file = factory.LazyFunction(uploaded_image)
    alt_text = "Fishing boats moored in Muharraq harbour at dawn"
    caption = "The harbour at dawn."
    credit = "Staff photographer"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    language = "en"
    headline = factory.Sequence(lambda n: f"Causeway traffic eases after new lanes open ({n})")
    slug = factory.Sequence(lambda n: f"causeway-traffic-eases-{n}")
    dek = "Commuters report shorter waits at the border crossing."
    body = "<p>Traffic on the causeway eased on Sunday.</p>"
    section = factory.SubFactory(SectionFactory, slug="news", name="News", name_ar="أخبار")
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if create and extracted:
            ArticleAuthor.objects.bulk_create(
                ArticleAuthor(article=self, author=a, order=i) for i, a in enumerate(extracted)
            )
