"""The reader's pages for stories, sections, tags and standing pages, and the editors' shareable preview."""

from collections.abc import Iterable

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, get_language_from_request
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, TemplateView

from masthead.articles import selectors
from masthead.articles.bodies import image_ids
from masthead.articles.context_processors import request_sections
from masthead.articles.models import Article, Tag
from masthead.authors.models import Author
from masthead.core.listing import PagedList, unsponsored_first
from masthead.core.pagecache import keys

PREVIEW_SALT = "masthead.articles.preview"


def root_redirect(request: HttpRequest) -> HttpResponse:
    """The bare domain: the home page in the reader's language."""
    return redirect(f"/{get_language_from_request(request)}/")


def preview_token(article: Article) -> str:
    """A signed token for an unpublished story's preview link; it expires (settings)."""
    return signing.dumps(article.pk, salt=PREVIEW_SALT, compress=True)


def show(request: HttpRequest, *items, teasers: Iterable[Article] = ()) -> None:
    """Record the page's surrogate keys: the nav, `items`, and each teaser card's story."""
    keys.add(request, keys.NAV, *items, *(keys.teaser_keys(article) for article in teasers))


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        sections = request_sections(self.request)
        front = selectors.front_page(language=get_language(), sections=sections)
        show(
            self.request,
            keys.HOME,
            [f"section-{section.pk}" for section, _ in front.sections],
            teasers=front.articles(),
        )
        return super().get_context_data(front=front, is_home=True, **kwargs)


class StoryListView(PagedList, ListView):
    """A paged list of teaser cards (section and tag pages)."""

    page_kind = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        # One evaluation, shared by the keys and the template (which indexes the first card).
        cards = selectors.as_cards(list(page.object_list), request_sections(self.request))
        context["object_list"] = page.object_list = cards
        if page.number == 1:
            context["object_list"] = page.object_list = unsponsored_first(page.object_list)
        show(self.request, teasers=page.object_list)
        if page.number > 1:  # each page of a list is its own canonical address
            context["canonical_query"] = f"?page={page.number}"
        return context


class SectionView(StoryListView):
    template_name = "articles/section.html"

    def get_queryset(self):
        # From the sections the nav fetched anyway: one query fewer.
        slug = self.kwargs["section"]
        self.section = next((s for s in request_sections(self.request) if s.slug == slug), None)
        if self.section is None:
            raise Http404("No such section")
        show(self.request, self.section)
        return selectors.section_articles(section=self.section, language=get_language())

    def get_template_names(self) -> list[str]:
        # Cartoons are shown as a grid, opinion as columns; other sections as a list.
        return [f"articles/section_{self.section.kind}.html", self.template_name]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(section=self.section, current_section=self.section, **kwargs)
        if self.section.kind == self.section.Kind.OPINION:
            # The columnists of this page, in the order their columns appear.
            authors = (a for article in context["object_list"] for a in article.byline[:1])
            context["columnists"] = list({a.pk: a for a in reversed(list(authors))}.values())[::-1]
        return context


class TagView(StoryListView):
    template_name = "articles/tag.html"

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        show(self.request, self.tag, keys.list_key(self.tag))
        return selectors.tag_articles(tag=self.tag, language=get_language())

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


class AuthorView(StoryListView):
    """A reporter's page: who they are, and their stories, newest first. It lives with the
    other lists of stories (the authors app below knows nothing of stories)."""

    template_name = "authors/author_detail.html"

    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        show(self.request, self.author, keys.list_key(self.author))
        return selectors.author_articles(author=self.author, language=get_language())

    def get_context_data(self, **kwargs):
        return super().get_context_data(author=self.author, **kwargs)


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get(self, request, *args, **kwargs):
        lookup = {
            "language": get_language(),
            "section_slug": kwargs["section"],
            "slug": kwargs["slug"],
        }
        self.object = selectors.published_article(**lookup, sections=request_sections(request))
        if self.object is None:
            moved = selectors.redirect_target(**lookup)
            if moved is None:
                raise Http404("No such story")
            return HttpResponsePermanentRedirect(moved.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        article = self.object
        show(self.request, *article.shown_tags, body_image_keys(article.body), teasers=[article])
        return super().get_context_data(**story_context(article), **kwargs)


def body_image_keys(body: str) -> list[str]:
    """The keys of the pictures a body shows: their renditions or alt text change the page."""
    return [f"image-{pk}" for pk in sorted(image_ids(body))]


def story_context(article: Article) -> dict:
    """What a story page adds to its context: its language versions and its layout."""
    other = article.translation
    if other is not None and not other.is_published:
        other = None
    versions = {article.language: article.get_absolute_url()}
    if other is not None:
        versions[other.language] = other.get_absolute_url()
    return {
        "translation": other,
        "language_versions": versions,
        "current_section": article.section,
    }


class PageView(TemplateView):
    """A standing page (About us, Privacy policy…) at /<language>/pages/<slug>/."""

    template_name = "articles/page_detail.html"

    def get_context_data(self, **kwargs):
        page = selectors.published_page(language=get_language(), slug=self.kwargs["slug"])
        if page is None:
            raise Http404("No such page")
        other = page.translation
        if other is not None and not other.is_published:
            other = None
        versions = {page.language: page.get_absolute_url()}
        if other is not None:
            versions[other.language] = other.get_absolute_url()
        # The translation's key even while it is a draft: its publication adds the hreflang here.
        linked = f"page-{page.translation_id}" if page.translation_id else None
        keys.add(self.request, keys.NAV, page, linked, body_image_keys(page.body))
        return super().get_context_data(page=page, translation=other, language_versions=versions, **kwargs)


class PreviewView(DetailView):
    """An unpublished story as readers will see it, for whoever holds the signed link."""

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_object(self, queryset=None) -> Article:
        pk = signing.loads(self.kwargs["token"], salt=PREVIEW_SALT, max_age=settings.ARTICLES_PREVIEW_MAX_AGE)
        return get_object_or_404(
            Article.objects.select_related(
                "section", "featured_image", "translation__section"
            ).prefetch_related("tags", "bylines__author"),
            pk=pk,
        )

    def get(self, request, *args, **kwargs):
        try:
            self.object = self.get_object()
        except signing.SignatureExpired:
            return self.refuse(_("This preview link has expired; ask the editor for a new one."), 410)
        except signing.BadSignature:
            return self.refuse(_("This preview link is not valid; check that it was copied whole."), 403)
        request.LANGUAGE_CODE = self.object.language
        # Rendered in the story's language without changing the thread's active language.
        with translation.override(self.object.language):
            context = self.get_context_data(object=self.object, is_preview=True)
            response = self.render_to_response({**context, **story_context(self.object)}).render()
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def refuse(self, message: str, status: int) -> HttpResponse:
        response = render(self.request, "articles/preview_refused.html", {"message": message}, status=status)
        add_never_cache_headers(response)
        return response
