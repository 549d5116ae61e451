"""The story admin as the newsroom uses it: the articles app's `ArticleAdmin` with the pieces the
feature apps own. Registered in its place, so its addresses and names stay admin:articles_article_*."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from masthead.articles.admin import ArticleAdmin
from masthead.articles.models import Article
from masthead.discovery.admin import PinnedStoryInline
from masthead.readership.admin import StoryViewsMixin
from masthead.search.admin import StorySearchMixin
from masthead.suggestions.admin import SuggestTagsMixin

# The story, placement, publication and kind-specific fieldsets come before the readers' chart.
READERS_AFTER = 4

admin.site.unregister(Article)


@admin.register(Article)
class StoryAdmin(StorySearchMixin, SuggestTagsMixin, StoryViewsMixin, ArticleAdmin):
    """Pinned related stories (discovery), views per day (readership), the "Suggested tags" box
    (suggestions), the "Send as breaking alert" tool (newsletter) and the list's search (search)."""

    inlines = [*ArticleAdmin.inlines, PinnedStoryInline]
    readonly_fields = [*ArticleAdmin.readonly_fields, "views_per_day"]
    fieldsets = [
        *ArticleAdmin.fieldsets[:READERS_AFTER],
        (_("Readers"), {"fields": ["views_per_day"]}),
        *ArticleAdmin.fieldsets[READERS_AFTER:],
    ]
    object_tools_templates = [*ArticleAdmin.object_tools_templates, "admin/newsletter/_story_tools.html"]
