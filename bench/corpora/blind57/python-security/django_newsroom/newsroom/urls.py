from django.urls import path

from articles import views

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/v2/", views.search_v2, name="search-v2"),
    path("region/", views.RegionArticleList.as_view(), name="region"),
    path("region/v2/", views.RegionArticleListV2.as_view(), name="region-v2"),
    path("ranked/", views.ranked, name="ranked"),
    path("headline/<slug:slug>/", views.headline, name="headline"),
    path("teaser/", views.TeaserPreview.as_view(), name="teaser"),
    path("snippet/", views.locale_snippet, name="snippet"),
    path("leave/", views.leave, name="leave"),
]
