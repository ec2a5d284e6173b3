"""URL configuration for the shop app."""
from django.urls import include, path

from . import views

app_name = "shop"

urlpatterns = [
    path("", views.index, name="index"),
    path("products/", views.product_list, name="product-list"),
    path("products/<int:pk>/", views.product_detail, name="product-detail"),
    path("cart/", views.cart, name="cart"),
    # expect: duplicate-route
    path("products/", views.product_list, name="product-list"),
    path("checkout/", views.checkout, name="checkout"),
    # expect: duplicate-route
    path("cart/", views.cart_v2, name="cart-v2"),
    path("orders/", views.order_list, name="orders"),
    # expect: duplicate-route
    path("orders/history/", views.order_history, name="orders"),
    path("account/", include("accounts.urls")),
    path("api/", include("shop.api.urls")),
]

legacy_urlpatterns = [
    path("cart/", views.cart, name="legacy-cart"),
]
