from django.urls import path

from masthead.articles import views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("tags/<str:slug>/", views.TagView.as_view(), name="tag"),
    # Before the sections: "pages" is thereby a reserved section slug (`validate_section_slug`).
    path("pages/<str:slug>/", views.PageView.as_view(), name="page"),
    path("<slug:section>/", views.SectionView.as_view(), name="section"),
    path("<slug:section>/<str:slug>/", views.ArticleDetailView.as_view(), name="detail"),
]
