from enum import StrEnum

from pydantic import BaseModel


class WebhookFormat(StrEnum):
    raw = "raw"
    discord = "discord"
    slack = "slack"


class WebhookEndpointCreate(BaseModel):
    url: str
    format: WebhookFormat = WebhookFormat.raw
    organization_id: str
