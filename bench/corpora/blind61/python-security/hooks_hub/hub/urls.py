from django.urls import path

from integrations import views

urlpatterns = [
    path("hooks/github/", views.github_webhook),
    path("hooks/stripe/", views.stripe_webhook),
    path("hooks/relay/", views.RelayView.as_view()),
    path("hooks/relay/partner/<str:partner>/", views.partner_relay),
    path("deliveries/", views.delivery_search),
    path("deliveries/by-source/", views.deliveries_by_source),
]
