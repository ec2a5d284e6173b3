"""URL routes of the uMap app."""
from django.urls import path, re_path
from django.views.decorators.cache import cache_control

from umap import auth_views, views

i18n_urls = [
    path("login/popup/end/", auth_views.login_popup_end, name="login_popup_end"),
    path("logout/", auth_views.logout, name="logout"),
    path("lang/<str:lang>/", auth_views.switch_language, name="switch_language"),
    path("about/snippet/", auth_views.about_snippet, name="about_snippet"),
]

urlpatterns = [
    re_path(r"^ajax-proxy/$", cache_control(max_age=300)(views.ajax_proxy), name="ajax-proxy"),
    path("map/<int:map_id>/import/", views.import_from_url, name="map_import"),
    path("map/<int:map_id>/settings/", views.map_settings, name="map_settings"),
    path("map/<int:map_id>/title/", auth_views.map_title_snippet, name="map_title"),
    path(
        "datalayer/<int:map_id>/<int:pk>/versions/",
        views.datalayer_versions,
        name="datalayer_versions",
    ),
    re_path(
        r"^datalayer/(?P<map_id>\d+)/(?P<pk>\d+)/version/(?P<name>.+)$",
        views.datalayer_version,
        name="datalayer_version",
    ),
    path(
        "v2/datalayer/<int:map_id>/<int:pk>/version/<path:name>",
        views.datalayer_version_v2,
        name="datalayer_version_v2",
    ),
] + i18n_urls
