from typing import List, Optional

from pydantic import BaseModel


class BlacklistPayload(BaseModel):
    blacklist: List[str]


class WebhookPayload(BaseModel):
    url: str
    format: str = "json"


class TradeQuery(BaseModel):
    pair: Optional[str] = None
    order_by: Optional[str] = None
    limit: int = 50
