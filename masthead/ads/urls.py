from django.urls import path

from masthead.ads import views

app_name = "ads"

urlpatterns = [
    path("ads/click/<str:token>/", views.click, name="click"),
    path("ads/frame/<str:token>/", views.frame, name="frame"),
    path("ads/decide/", views.decide, name="decide"),
    path("ads/seen/", views.seen, name="seen"),
    path("ads.txt", views.ads_txt, name="ads-txt"),
]
