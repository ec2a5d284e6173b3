"""Pydantic models of the pay-link extension."""
from dataclasses import dataclass
from typing import Optional

from pydantic import BaseModel


class CreatePayLinkData(BaseModel):
    description: str
    min: float = 1
    max: float = 1
    comment_chars: int = 0
    webhook_url: Optional[str] = None
    success_text: Optional[str] = None
    success_url: Optional[str] = None


@dataclass
class PayLink:
    id: str
    wallet: str
    description: str
    min: float
    max: float
    webhook_url: Optional[str]
    success_text: Optional[str]
