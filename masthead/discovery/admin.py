"""Discovery's pieces of the back office: the editors' pins under "You May Also Like"."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from masthead.core.admin import NamedRowsFormSet
from masthead.discovery.models import PinnedStory


class PinnedStoryInline(admin.TabularInline):
    """Related stories an editor chooses: shown first under "You May Also Like"."""

    model = PinnedStory
    fk_name = "article"
    formset = NamedRowsFormSet
    autocomplete_fields = ["related"]
    extra = 0
    verbose_name = _("pinned related story")
    verbose_name_plural = _("“You May Also Like”: stories pinned first")
