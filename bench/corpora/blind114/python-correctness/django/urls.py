"""URL configuration of the reports app."""
from django.urls import path, re_path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.ReportListView.as_view(), name="index"),
    path("<int:pk>/", views.ReportDetailView.as_view(), name="detail"),
    path("<int:pk>/download/", views.download, name="download"),
    path("export/", views.export_csv, name="export"),
    path("schedule/", views.ScheduleView.as_view(), name="schedule"),
    # expect: duplicate-route
    path("export/", views.export_csv, name="export"),
    path("archive/", views.archive, name="archive"),
    # expect: duplicate-route
    path("schedule/", views.schedule_legacy, name="schedule-legacy"),
    path("shared/<slug:token>/", views.shared, name="shared"),
    # expect: duplicate-route
    path("shared-links/", views.shared_links, name="shared"),
    path("legacy/export/", views.export_csv, name="legacy-export"),
    re_path(r"^v1/(?P<pk>\d+)/$", views.ReportDetailView.as_view(), name="detail-v1"),
]
