"""Pictures and embeds inside a body, as readers get them on story pages and standing pages."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from lxml import html as lxml_html

from masthead.articles.bodies import with_media
from masthead.articles.models import Article, Image, Page
from masthead.articles.tests.factories import ArticleFactory, ImageFactory, SectionFactory
from masthead.core.embeds import embed_markup
from masthead.core.kept import Kept

pytestmark = pytest.mark.django_db
RENDITIONS = {
    "320": "renditions/boats-320.webp",
    "640": "renditions/boats-640.webp",
    "1280": "renditions/boats-1280.webp",
}
VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def picture(**fields) -> Image:
    image = ImageFactory(**fields)
    Image.objects.filter(pk=image.pk).update(renditions=RENDITIONS)  # as the renditions task leaves them
    image.refresh_from_db()
    return image


def figure(image_id: int, src: str, caption: str = "Boats at dawn in Muharraq.") -> str:
    return (
        f'<figure data-image="{image_id}"><img src="{src}" alt="Moored boats" width="800" height="500">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def page_tree(url: str):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response, lxml_html.fromstring(response.content)


def test_a_body_picture_gets_its_renditions_and_loads_lazily():
    image = picture()
    story = ArticleFactory(body=f"<p>The harbour woke early.</p>{figure(image.pk, image.file.url)}")
    assert f'data-image="{image.pk}"' in story.body  # kept by the sanitizer as stored
    response, doc = page_tree(story.get_absolute_url())
    (img,) = doc.cssselect(f'.story__body figure[data-image="{image.pk}"] img')
    assert img.get("srcset") == (
        "/media/renditions/boats-320.webp 320w, /media/renditions/boats-640.webp 640w, "
        "/media/renditions/boats-1280.webp 1280w"
    )
    assert img.get("sizes") and img.get("src") == "/media/renditions/boats-1280.webp"
    assert (img.get("loading"), img.get("decoding")) == ("lazy", "async")
    assert (img.get("alt"), img.get("width"), img.get("height")) == ("Moored boats", "800", "500")
    assert doc.cssselect(".story__body figcaption")[0].text_content() == "Boats at dawn in Muharraq."
    assert f"image-{image.pk}" in response.wsgi_request.surrogate_keys  # new renditions purge the page
    story.refresh_from_db()
    assert "srcset" not in story.body  # feeds and newsletters keep the stored markup


def test_pictures_of_a_body_cost_one_query_however_many(django_assert_num_queries):
    images = [picture() for _ in range(5)]
    one = figure(images[0].pk, images[0].file.url)
    five = "".join(figure(image.pk, image.file.url) for image in images)
    for body in (one, five):
        Kept.forget_all()
        with django_assert_num_queries(1):
            html = with_media(body)
        assert html.count("srcset=") == body.count("<img")
    with django_assert_num_queries(0):  # kept by the process from then on
        with_media(five)


def test_a_story_page_costs_the_same_queries_for_one_and_five_pictures():
    images = [picture() for _ in range(5)]
    one = ArticleFactory(body=figure(images[0].pk, images[0].file.url))
    five = ArticleFactory(body="".join(figure(image.pk, image.file.url) for image in images))

    def count(story: Article) -> int:
        Kept.forget_all()
        Client().get("/en/")  # the sections, kept by the process
        with CaptureQueriesContext(connection) as queries:
            Client().get(story.get_absolute_url())
        return len(queries)

    assert count(one) == count(five)


def test_an_embed_becomes_a_card_that_loads_nothing_from_the_provider():
    story = ArticleFactory(body="<p>Watch the divers.</p>" + embed_markup(VIDEO, "Pearl divers at work"))
    response, doc = page_tree(story.get_absolute_url())
    (card,) = doc.cssselect('.story__body figure.embed.embed--youtube[data-embed="youtube"]')
    assert card.cssselect(".embed__provider")[0].text_content() == "YouTube"
    assert card.cssselect(".embed__title")[0].text_content() == "Pearl divers at work"
    (link,) = card.cssselect("a.embed__open")
    assert link.get("href") == VIDEO and link.get("target") == "_blank"
    assert "noopener" in link.get("rel").split()
    assert link.text_content().startswith("Open on YouTube")
    html = response.text
    assert "<iframe" not in html and "youtube.com/embed" not in html and "ytimg" not in html


def test_an_embed_without_a_title_shows_its_address():
    story = ArticleFactory(body=embed_markup("https://vimeo.com/76979871"))
    _, doc = page_tree(story.get_absolute_url())
    (card,) = doc.cssselect("figure.embed--vimeo")
    assert card.cssselect(".embed__title")[0].text_content() == "https://vimeo.com/76979871"
    assert card.cssselect(".embed__open")[0].text_content().startswith("Open on Vimeo")


def test_an_unknown_picture_is_left_harmless():
    story = ArticleFactory(body="<p>Before.</p>" + figure(987654, "/media/images/gone.jpg") + "<p>After.</p>")
    _, doc = page_tree(story.get_absolute_url())
    (img,) = doc.cssselect('.story__body figure[data-image="987654"] img')
    assert img.get("src") == "/media/images/gone.jpg" and img.get("srcset") is None
    assert img.get("loading") == "lazy" and img.get("alt") == "Moored boats"
    assert [p.text_content() for p in doc.cssselect(".story__body > p")] == ["Before.", "After."]


def test_the_in_article_ad_still_goes_between_paragraphs():
    image = picture()
    first, rest = ("".join(f"<p>Paragraph {n}.</p>" for n in numbers) for numbers in ((1, 2), (3, 4, 5)))
    body = first + figure(image.pk, image.file.url) + embed_markup(VIDEO, "Divers") + rest
    story = ArticleFactory(body=body)
    response, doc = page_tree(story.get_absolute_url())
    (ad,) = doc.cssselect('[data-ad-slot="in-article"]')
    assert ad.getparent().get("class") == "story__body prose body"  # never inside a figure or card
    html = response.text
    assert html.index("Paragraph 3.") < html.index('data-ad-slot="in-article"') < html.index("Paragraph 4.")
    assert doc.cssselect(".story__body img[srcset]") and doc.cssselect(".story__body .embed__card")


def test_a_report_has_both_its_outline_and_its_media():
    report = SectionFactory(slug="reports", name="Reports", kind="report")
    image = picture()
    body = f"<h2>The catch</h2><p>Nets came up full.</p>{figure(image.pk, image.file.url)}<h2>The market</h2>"
    story = ArticleFactory(section=report, body=body + embed_markup(VIDEO, "At the market"))
    _, doc = page_tree(story.get_absolute_url())
    assert [h.get("id") for h in doc.cssselect(".story__body h2")] == ["part-1", "part-2"]
    assert doc.cssselect(".story__body img[srcset]") and doc.cssselect(".story__body figure.embed--youtube")


def test_an_arabic_page_shows_its_picture_and_embed_card():
    image = picture(alt_text="قوارب راسية")
    body = (
        "<p>نبذة عن غرفة الأخبار.</p>"
        + figure(image.pk, image.file.url, caption="القوارب في المحرق.")
        + embed_markup(VIDEO, "غواصو اللؤلؤ")
    )
    page = Page.objects.create(
        language="ar", title="من نحن", slug="من-نحن", body=body, status=Page.Status.PUBLISHED
    )
    response, doc = page_tree(page.get_absolute_url())
    assert '<html lang="ar" dir="rtl">' in response.text
    (img,) = doc.cssselect(".prose figure[data-image] img")
    assert "640w" in img.get("srcset") and img.get("loading") == "lazy"
    assert doc.cssselect(".prose figcaption")[0].text_content() == "القوارب في المحرق."
    (card,) = doc.cssselect(".prose figure.embed--youtube")
    assert card.cssselect(".embed__title")[0].text_content() == "غواصو اللؤلؤ"
    assert card.cssselect(".embed__title")[0].get("dir") == "auto"
    assert card.cssselect(".embed__provider")[0].text_content() == "YouTube"
    assert f"image-{image.pk}" in response.wsgi_request.surrogate_keys
