from enum import StrEnum


class ProductSortProperty(StrEnum):
    created_at = "created_at"
    name = "name"
    price_amount = "price_amount"
