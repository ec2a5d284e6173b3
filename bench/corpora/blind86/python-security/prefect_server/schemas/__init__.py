from typing import Any, Optional

from pydantic import BaseModel, Field


class FlowRunFilterName(BaseModel):
    any_: Optional[list[str]] = None
    like_: Optional[str] = None


class FlowRunFilter(BaseModel):
    name: Optional[FlowRunFilterName] = None
    work_queue_name: Optional[str] = None


class DeploymentFlowRunCreate(BaseModel):
    parameters: dict[str, Any] = Field(default_factory=dict)
    job_variables: Optional[dict[str, Any]] = None
