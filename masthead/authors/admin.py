"""The back office for the newsroom's authors."""

from django.contrib import admin

from masthead.authors.models import Author


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "name_ar", "role", "user"]
    list_filter = ["role"]
    search_fields = ["name", "name_ar", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
