from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import BaseModel, Field


class InvoiceCreate(BaseModel):
    customer: str = Field(min_length=1, max_length=120)
    amount_cents: int = Field(gt=0)
    memo: Optional[str] = None
    webhook_url: Optional[str] = None


class InvoiceOut(BaseModel):
    id: int
    customer: str
    amount_cents: int
    status: str


class DocumentRender(BaseModel):
    invoice_id: int
    template: Optional[str] = None
    layout: Literal["classic", "compact"] = "classic"
    filename: str = "invoice.pdf"


@dataclass
class InvoiceFilter:
    status: str = ""
    customer: str = ""
    sort: str = "created_at"
    limit: int = 50
