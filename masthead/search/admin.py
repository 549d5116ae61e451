"""The back office's story search, on the search engine: headline, body, bylines, both languages.

Composed into the story admin by `masthead.backoffice`. Editors search every story, drafts
included; a slug pasted from an address still finds its story.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from masthead.core.models import Language
from masthead.search.backends import get_backend
from masthead.search.backends.base import Filters
from masthead.search.models import Synonym
from masthead.search.query import parse
from masthead.search.synonyms import expand

# Matches handed to the story list at most, best first; the list then sorts and pages them.
MAX_MATCHES = 1000


class StorySearchMixin:
    search_fields = ["headline"]  # shows Django's search box; the search itself is the engine's
    search_help_text = _("Words of the headline, body or byline, in either language; or a slug.")

    def get_search_results(self, request, queryset: QuerySet, search_term: str) -> tuple[QuerySet, bool]:
        """Stories whose words match `search_term`, or whose slug starts with it: one query more."""
        term = search_term.strip()
        if not term:
            return queryset, False
        parsed = parse(term)
        ids: list[int] = []
        if parsed.query.required:
            filters = Filters(languages=tuple(Language.values), now=None)
            found = get_backend().search(
                expand(parsed.query), filters, newest=False, offset=0, limit=MAX_MATCHES, counts=False
            )
            ids = found.ids
        return queryset.filter(Q(pk__in=ids) | Q(slug__istartswith=term[:200])), False


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    """Editors keep the newsroom's synonyms: a reader's word finds the stories that use another."""

    list_display = ["words"]
    search_fields = ["words"]
