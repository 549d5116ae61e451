"""The reporters' pages, under /<language>/authors/ (named "authors:…")."""

from django.urls import path

from masthead.articles import views

app_name = "authors"

urlpatterns = [
    path("<str:slug>/", views.AuthorView.as_view(), name="detail"),
]
