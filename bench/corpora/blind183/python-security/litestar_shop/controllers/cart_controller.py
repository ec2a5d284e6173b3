"""Cart and checkout endpoints."""
from urllib.parse import urlsplit

from litestar import Controller, Request, delete, get, post
from litestar.params import Parameter
from litestar.response import Redirect

from schemas.cart import CartItemCreate, CartRead
from services.cart_service import CartService

SHOP_HOST = "shop.example.org"


def _same_site(url: str) -> bool:
    if url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return True
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname == SHOP_HOST


class CartController(Controller):
    path = "/cart"

    @get("/")
    async def get_cart(self, request: Request, cart_service: CartService) -> CartRead:
        return await cart_service.get_for_session(request.session.get("cart_id"))

    @post("/items")
    async def add_item(self, request: Request, cart_service: CartService, data: CartItemCreate) -> CartRead:
        cart = await cart_service.add_item(request.session.get("cart_id"), data.product_id, data.quantity)
        request.set_session({"cart_id": cart.id})
        return cart

    @delete("/items/{item_id:int}")
    async def remove_item(self, request: Request, cart_service: CartService, item_id: int) -> None:
        await cart_service.remove_item(request.session.get("cart_id"), item_id)

    @post("/checkout")
    async def checkout(self, request: Request, cart_service: CartService,
                       return_url: str = Parameter(query="return", default="/orders")) -> Redirect:
        order = await cart_service.checkout(request.session.get("cart_id"))
        request.clear_session()
        # expect: open-redirect
        return Redirect(path=f"{return_url}?order={order.id}")

    @get("/continue")
    async def continue_shopping(self, next_url: str = Parameter(query="next", default="/products")) -> Redirect:
        return Redirect(path=next_url if _same_site(next_url) else "/products")
