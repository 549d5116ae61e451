"""The site's files in the back office: the newsroom's rules for /robots.txt."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy

from masthead.syndication import robots
from masthead.syndication.models import RobotsTxt


class RobotsTxtForm(forms.ModelForm):
    class Meta:
        model = RobotsTxt
        fields = ["content"]
        widgets = {
            "content": forms.Textarea(
                attrs={
                    "rows": 16,
                    "cols": 100,
                    "dir": "ltr",
                    "spellcheck": "false",
                    "class": "vLargeTextField",
                }
            )
        }


@admin.register(RobotsTxt)
class RobotsTxtAdmin(admin.ModelAdmin):
    """One row, edited in place: the list opens it; it is never added twice nor deleted."""

    form = RobotsTxtForm
    fields = ["content", "served", "saved_at"]
    readonly_fields = ["served", "saved_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return super().has_add_permission(request) and not RobotsTxt.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        # /robots.txt adds the first row's lines; with none it serves the standard file.
        row = RobotsTxt.objects.order_by("pk").first() or RobotsTxt.objects.create()
        return HttpResponseRedirect(reverse("admin:syndication_robotstxt_change", args=[row.pk]))

    @admin.display(description=gettext_lazy("served file"))
    def served(self, obj: RobotsTxt) -> str:
        """The whole file as crawlers get it with the saved lines: the standard part is not edited."""
        return format_html(
            '<pre dir="ltr" style="margin:0;white-space:pre-wrap">{}</pre>', robots.render(obj.content)
        )

    @admin.display(description=gettext_lazy("last saved"))
    def saved_at(self, obj: RobotsTxt) -> str:
        return date_format(timezone.localtime(obj.updated_at), "DATETIME_FORMAT") if obj.pk else "—"
