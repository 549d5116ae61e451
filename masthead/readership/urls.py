from django.urls import path

from masthead.readership import views

app_name = "readership"

urlpatterns = [
    path("most-read/", views.most_read, name="most-read"),
    path("most-read/block/", views.popular_block, name="popular-block"),
]
