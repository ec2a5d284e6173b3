"""URL configuration for the billing app (included under /billing/)."""
from django.urls import include, path, re_path

from . import views
from .api import views as api_views

app_name = "billing"

invoice_patterns = [
    path("", views.InvoiceListView.as_view(), name="invoice-list"),
    path("<int:pk>/", views.InvoiceDetailView.as_view(), name="invoice-detail"),
    path("<int:pk>/pdf/", views.invoice_pdf, name="invoice-pdf"),
    path("<int:pk>/void/", views.void_invoice, name="invoice-void"),
]

api_patterns = [
    path("invoices/", api_views.InvoiceList.as_view(), name="api-invoice-list"),
    path("invoices/<int:pk>/", api_views.InvoiceDetail.as_view(), name="api-invoice-detail"),
    path("payments/", api_views.PaymentList.as_view(), name="api-payment-list"),
    path("webhooks/stripe/", api_views.stripe_webhook, name="api-stripe-webhook"),
]

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("invoices/", include(invoice_patterns)),
    path("payment-methods/", views.payment_methods, name="payment-methods"),
    path("payment-methods/add/", views.add_payment_method, name="payment-method-add"),
    path("usage/", views.usage_report, name="usage"),
    path("usage/export/", views.usage_export, name="usage-export"),
    path("plans/", views.plan_picker, name="plans"),
    path("plans/<slug:plan>/checkout/", views.checkout, name="checkout"),
    # expect: duplicate-route
    path("usage/", views.usage_report_v2, name="usage-v2"),
    path("tax-ids/", views.tax_ids, name="tax-ids"),
    path("receipts/", views.receipts, name="receipts"),
    # expect: duplicate-route
    path("payment-methods/", views.payment_methods, name="payment-methods"),
    re_path(r"^legacy/invoice/(?P<number>[A-Z0-9-]+)/$", views.legacy_invoice_redirect),
    path("api/v1/", include(api_patterns)),
]
