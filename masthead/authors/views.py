"""Author pages: who writes for the newsroom, and what they wrote."""

from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.views.generic import ListView

from masthead.authors.models import Author
from masthead.core.listing import PagedList, unsponsored_first
from masthead.core.pagecache import keys


class AuthorView(PagedList, ListView):
    template_name = "authors/author_detail.html"

    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        # Through the reverse relation, so this app need not import the articles app.
        return self.author.articles.published().in_language(get_language()).for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(author=self.author, **kwargs)
        page = context["page_obj"]
        context["object_list"] = page.object_list = list(page.object_list)
        if page.number == 1:
            context["object_list"] = page.object_list = unsponsored_first(page.object_list)
        keys.add(
            self.request,
            keys.NAV,
            self.author,
            keys.list_key(self.author),
            [keys.teaser_keys(a) for a in page.object_list],
        )
        if page.number > 1:  # each page of a list is its own canonical address
            context["canonical_query"] = f"?page={page.number}"
        return context
