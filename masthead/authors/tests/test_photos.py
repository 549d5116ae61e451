"""Author photos get the same upload checks as every other picture."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import AuthorFactory, UserFactory
from masthead.authors.models import Author
from masthead.core.tests.images import BAD_UPLOADS, MAX_BYTES, good_upload, picture, use_test_limits

pytestmark = pytest.mark.django_db
ADD = reverse("admin:authors_author_add")


@pytest.fixture
def editor_client(db):
    return login(UserFactory(username="editor", role="Editor"))


def author_form(photo, **fields) -> dict:
    return {
        "name": "Layla Hassan",
        "name_ar": "ليلى حسن",
        "slug": "layla-hassan",
        "role": Author.Role.REPORTER,
        "bio": "",
        "bio_ar": "",
        "photo": photo,
        "user": "",
        "email": "",
        **fields,
    }


@pytest.mark.parametrize("kind", BAD_UPLOADS)
def test_bad_photo_is_refused_in_the_admin_with_its_message(kind, editor_client, settings):
    use_test_limits(settings)
    bad = BAD_UPLOADS[kind]
    response = editor_client.post(ADD, author_form(bad.upload()))
    assert response.status_code == 200
    assert bad.message in response.text
    assert not Author.objects.exists()


def test_good_photo_is_stored(editor_client, settings):
    use_test_limits(settings)
    response = editor_client.post(ADD, author_form(good_upload("face.jpg")))
    assert response.status_code == 302
    assert Author.objects.get().photo.name.endswith(".jpg")


@pytest.mark.parametrize("kind", BAD_UPLOADS)
def test_bad_photo_is_refused_by_full_clean_with_its_message(kind, settings):
    use_test_limits(settings)
    bad = BAD_UPLOADS[kind]
    author = Author(name="Layla Hassan", slug="layla-hassan", photo=bad.upload())
    with pytest.raises(ValidationError) as caught:
        author.full_clean()
    assert caught.value.message_dict["photo"][0].startswith(bad.message)


def test_good_photo_passes_full_clean(settings):
    use_test_limits(settings)
    Author(name="Layla Hassan", slug="layla-hassan", photo=good_upload("face.jpg")).full_clean()


def test_a_stored_photo_is_not_checked_again_when_the_author_is_edited(editor_client, settings):
    # Limits may be lowered after a photo was accepted: editing the bio must still work.
    author = AuthorFactory(photo=SimpleUploadedFile("face.jpg", picture(size=(1200, 900)), "image/jpeg"))
    settings.MASTHEAD_IMAGE_MAX_BYTES = MAX_BYTES
    settings.MASTHEAD_IMAGE_MAX_PIXELS = 100_000
    form = author_form("", name=author.name, slug=author.slug, bio="Covers energy.")
    response = editor_client.post(reverse("admin:authors_author_change", args=[author.pk]), form)
    assert response.status_code == 302
    author.refresh_from_db()
    assert author.bio == "Covers energy." and author.photo.name.endswith(".jpg")
