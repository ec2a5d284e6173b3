"""URL configuration of the shop application."""
from django.urls import include, path

from . import views
from .api import views as api_views

app_name = "shop"

urlpatterns = [
    path("", views.home, name="home"),
    path("products/", views.product_list, name="product-list"),
    path("products/<int:pk>/", views.product_detail, name="product-detail"),
    path("basket/", views.basket, name="basket"),
    path("basket/add/<int:pk>/", views.basket_add, name="basket-add"),
    path("checkout/", views.checkout, name="checkout"),
    path("checkout/done/", views.checkout_done, name="checkout-done"),
    # expect: duplicate-route
    path("products/", views.product_list_v2, name="product-list-v2"),
    path("account/", views.account, name="account"),
    path("account/orders/", views.order_history, name="order-history"),
    # expect: duplicate-route
    path("basket/", views.basket, name="basket"),
    path("help/", views.help_page, name="help"),
    # expect: duplicate-route
    path("account/returns/", views.returns, name="order-history"),
    path("api/", include("shop.api.urls")),
]

api_urlpatterns = [
    path("items/", api_views.ItemList.as_view(), name="api-items"),
    path("items/<int:pk>/", api_views.ItemDetail.as_view(), name="api-item"),
    path("orders/", api_views.OrderList.as_view(), name="api-orders"),
    path("orders/<int:pk>/", api_views.OrderDetail.as_view(), name="api-order"),
]

legacy_urlpatterns = [
    path("catalogue/", views.product_list, name="legacy-catalogue"),
    path("cart/", views.basket, name="legacy-cart"),
]

urlpatterns += legacy_urlpatterns
