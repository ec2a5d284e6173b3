from django.urls import path

from . import views

urlpatterns = [
    path("blocks/preview/", views.BlockPreviewView.as_view()),
    path("blocks/<str:name>/", views.NamedBlockView.as_view()),
    path("heading/", views.HeadingView.as_view()),
    path("heading/safe/", views.HeadingSafeView.as_view()),
    path("draft/", views.DraftView.as_view()),
    path("draft/json/", views.DraftJsonView.as_view()),
    path("theme/", views.ThemeView.as_view()),
    path("oembed/", views.OembedView.as_view()),
    path("oembed/fixed/", views.OembedFixedView.as_view()),
    path("publish/done/", views.publish_done),
    path("publish/done/local/", views.publish_done_local),
]
