from django.urls import path

from . import reports, views

app_name = "shop"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/orm/", views.search_orm, name="search-orm"),
    path("category/", views.by_category, name="by-category"),
    path("invoice/", views.invoice, name="invoice"),
    path("hello/", views.hello, name="hello"),
    path("hello/escaped/", views.hello_escaped, name="hello-escaped"),
    path("hello/manual/", views.hello_manual, name="hello-manual"),
    path("subscribe/", views.subscribe, name="subscribe"),
    path("subscribe/checked/", views.subscribe_checked, name="subscribe-checked"),
    path("reports/totals/", reports.RegionTotalsView.as_view(), name="totals"),
    path("reports/totals/safe/", reports.RegionTotalsSafeView.as_view(), name="totals-safe"),
    path("reports/render/", reports.ReportRenderView.as_view(), name="render"),
    path("reports/render/safe/", reports.ReportRenderSafeView.as_view(), name="render-safe"),
    path("reports/files/<path:name>", reports.ReportDownloadView.as_view(), name="download"),
    path("reports/safe/<path:name>", reports.ReportDownloadSafeView.as_view(), name="download-safe"),
    path("reports/count/", reports.CatalogCountView.as_view(), name="count"),
]
