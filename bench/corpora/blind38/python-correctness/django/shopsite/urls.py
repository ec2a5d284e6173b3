"""URL configuration of shopsite."""
from django.urls import include, path

from accounts import views as account_views

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", account_views.login_view, name="login"),
    path("profile/", account_views.profile, name="profile"),
    path("orders/", views.order_list, name="orders"),
    path("orders/<int:pk>/", views.order_detail, name="order-detail"),
    path("help/", views.help_page, name="help"),
    path("faq/", views.faq, name="faq"),
    # expect: duplicate-url-path
    path("login/", account_views.login_view, name="login"),
    # expect: duplicate-url-path
    path("profile/", account_views.ProfileView.as_view(), name="profile-edit"),
    # expect: duplicate-url-path
    path("orders/", views.order_list, name="order-list"),
    # expect: duplicate-url-path
    path("support/", views.contact, name="help"),
    path("contact/", views.contact, name="contact"),
    path("api/", include("api.urls")),
    path("shop/", include(("catalog.urls", "catalog"), namespace="catalog")),
]
