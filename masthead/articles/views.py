"""The reader's pages for stories, sections and tags, and the editors' shareable preview."""

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, TemplateView

from masthead.articles import selectors
from masthead.articles.models import Article, Section, Tag

PREVIEW_SALT = "masthead.articles.preview"


def root_redirect(request: HttpRequest) -> HttpResponse:
    from django.utils.translation import get_language_from_request

    return redirect(f"/{get_language_from_request(request)}/")


def preview_token(article: Article) -> str:
    """A signed token for an unpublished story's preview link; it expires (settings)."""
    return signing.dumps(article.pk, salt=PREVIEW_SALT, compress=True)


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["articles"] = selectors.latest(language=get_language(), limit=30)
        return context


class SectionView(ListView):
    template_name = "articles/section.html"
    paginate_by = 20

    def get_queryset(self):
        self.section = get_object_or_404(Section, slug=self.kwargs["section"])
        return Article.objects.published().in_language(get_language()).in_section(self.section).for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(section=self.section, **kwargs)


class TagView(ListView):
    template_name = "articles/tag.html"
    paginate_by = 20

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return Article.objects.published().in_language(get_language()).filter(tags=self.tag).for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get(self, request, *args, **kwargs):
        lookup = {
            "language": get_language(),
            "section_slug": kwargs["section"],
            "slug": kwargs["slug"],
        }
        self.object = selectors.published_article(**lookup)
        if self.object is None:
            moved = selectors.redirect_target(**lookup)
            if moved is None:
                raise Http404("No such story")
            return HttpResponsePermanentRedirect(moved.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))


class PreviewView(DetailView):
    """An unpublished story as readers will see it, for whoever holds the signed link."""

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_object(self, queryset=None) -> Article:
        pk = signing.loads(self.kwargs["token"], salt=PREVIEW_SALT, max_age=settings.ARTICLES_PREVIEW_MAX_AGE)
        return get_object_or_404(
            Article.objects.select_related("section", "featured_image").prefetch_related(
                "tags", "bylines__author"
            ),
            pk=pk,
        )

    def get(self, request, *args, **kwargs):
        from django.utils import translation

        try:
            self.object = self.get_object()
        except signing.SignatureExpired:
            return self.refuse(_("This preview link has expired; ask the editor for a new one."), 410)
        except signing.BadSignature:
            return self.refuse(_("This preview link is not valid; check that it was copied whole."), 403)
        request.LANGUAGE_CODE = self.object.language
        # Rendered in the story's language without changing the thread's active language.
        with translation.override(self.object.language):
            response = self.render_to_response(
                self.get_context_data(object=self.object, is_preview=True)
            ).render()
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def refuse(self, message: str, status: int) -> HttpResponse:
        response = render(self.request, "articles/preview_refused.html", {"message": message}, status=status)
        add_never_cache_headers(response)
        return response
