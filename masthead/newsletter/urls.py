from django.urls import path

from masthead.newsletter import views

app_name = "newsletter"

urlpatterns = [
    path("newsletter/", views.signup, name="signup"),
    path("newsletter/subscribe/", views.subscribe, name="subscribe"),
    path("newsletter/confirm/<str:token>/", views.confirm, name="confirm"),
    path("newsletter/manage/<str:token>/", views.manage, name="manage"),
    path("newsletter/manage/<str:token>/data/", views.download, name="data"),
    path("newsletter/manage/<str:token>/delete/", views.delete, name="delete"),
    path("newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
