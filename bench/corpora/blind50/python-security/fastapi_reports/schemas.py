from typing import List, Optional

from pydantic import BaseModel, Field, HttpUrl


class ChartRequest(BaseModel):
    title: str = Field(max_length=120)
    expression: str
    series: List[float] = []


class WebhookIn(BaseModel):
    callback: str
    event: str = "report.ready"
    secret: Optional[str] = None


class ArchiveRequest(BaseModel):
    report_id: int
    folder: str = "default"
    compress: bool = True


class FetchRequest(BaseModel):
    url: HttpUrl
    label: str = ""
