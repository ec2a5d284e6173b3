from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import views
from .api import views as api_views

app_name = "shop"

urlpatterns = [
    path("", views.home, name="home"),
    path("products/", views.ProductListView.as_view(), name="product-list"),
    path("products/<slug:slug>/", views.ProductDetailView.as_view(), name="product-detail"),
    path("cart/", views.cart, name="cart"),
    path("checkout/", views.checkout, name="checkout"),
    path("login/", auth_views.LoginView.as_view(template_name="shop/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    # expect: duplicate-route
    path("cart/", views.cart, name="cart"),
    # expect: duplicate-route
    path("checkout/", views.express_checkout, name="express-checkout"),
    path("orders/", views.order_history, name="orders"),
    path("orders/<int:pk>/", views.order_detail, name="order-detail"),
    # expect: duplicate-route
    path("orders/", views.order_history, name="order-history"),
    # expect: duplicate-route
    path("account/orders/<int:pk>/", views.account_order, name="order-detail"),
    path("account/", views.account, name="account"),
    path("account/settings/", views.account, name="account-settings"),
    path("api/", include("shop.api.urls")),
]

api_patterns = [
    path("products/", api_views.ProductList.as_view(), name="api-products"),
    path("products/<int:pk>/", api_views.ProductDetail.as_view(), name="api-product"),
    path("stock/", api_views.StockList.as_view(), name="api-stock"),
    # expect: duplicate-route
    path("stock/", api_views.LegacyStockList.as_view(), name="api-stock-legacy"),
]

v2_patterns = [
    path("products/", api_views.ProductListV2.as_view(), name="api-products-v2"),
]

urlpatterns += [
    path("api/v1/", include((api_patterns, "api"), namespace="v1")),
    path("api/v2/", include((v2_patterns, "api"), namespace="v2")),
]
