"""Shelf labels rendered from a per-store Jinja template."""
from uuid import UUID

from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment
from litestar import Controller, MediaType, get, post
from litestar.exceptions import NotFoundException
from pydantic import BaseModel

from src.services.products import ProductService

_sandbox = SandboxedEnvironment(autoescape=True)
_plain = Environment(autoescape=True)

DEFAULT_LABEL = "<div class='label'><b>{{ product.name }}</b> {{ '%.2f'|format(product.price) }} EUR</div>"


class LabelTemplate(BaseModel):
    template: str


class LabelController(Controller):
    path = "/labels"

    @get("/{product_id:uuid}", media_type=MediaType.HTML)
    async def default_label(self, product_id: UUID, product_service: ProductService) -> str:
        product = await product_service.get(product_id)
        if product is None:
            raise NotFoundException()
        return _sandbox.from_string(DEFAULT_LABEL).render(product=product)

    @post("/{product_id:uuid}/preview", media_type=MediaType.HTML)
    async def preview_label(self, product_id: UUID, data: LabelTemplate, product_service: ProductService) -> str:
        product = await product_service.get(product_id)
        if product is None:
            raise NotFoundException()
        return _sandbox.from_string(data.template).render(product=product)

    @post("/{product_id:uuid}/print", media_type=MediaType.HTML)
    async def print_label(self, product_id: UUID, data: LabelTemplate, product_service: ProductService) -> str:
        product = await product_service.get(product_id)
        if product is None:
            raise NotFoundException()
        # expect: code-injection
        return _plain.from_string(data.template).render(product=product)
