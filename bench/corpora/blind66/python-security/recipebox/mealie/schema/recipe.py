from enum import Enum
from typing import Optional

from pydantic import BaseModel


class ScrapeRecipe(BaseModel):
    url: str
    include_tags: bool = False


class OrderDirection(str, Enum):
    asc = "asc"
    desc = "desc"


class PaginationQuery(BaseModel):
    page: int = 1
    per_page: int = 50
    order_by: Optional[str] = "created_at"
    order_direction: OrderDirection = OrderDirection.desc
    search: str = ""


class RecipeSummary(BaseModel):
    id: int
    slug: str
    name: str
