from django.urls import path

from masthead.authors import views

app_name = "authors"

urlpatterns = [
    path("<str:slug>/", views.AuthorView.as_view(), name="detail"),
]
