"""Routing rules: a condition on the event picks the workflow to run."""
from typing import Any, Dict, Optional
from uuid import uuid4

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from app.api.auth.permissions import Permissions
from app.config import server
from tracardi.domain.rule import Rule
from tracardi.process_engine.condition import ConditionEvaluator
from tracardi.process_engine.template_plugin import render_message, render_preview
from tracardi.service.storage.driver import storage

router = APIRouter(dependencies=[Depends(Permissions(roles=["admin", "developer", "marketer"]))])


class RulePayload(BaseModel):
    name: str
    event_type: str
    condition: str
    flow_id: str
    message_template: Optional[str] = None


class RuleTest(BaseModel):
    condition: str
    event: Dict[str, Any]
    profile: Dict[str, Any] = {}


class TemplateTest(BaseModel):
    template: str
    profile: Dict[str, Any] = {}


@router.post("/rule", tags=["rule"], include_in_schema=server.expose_gui_api)
async def save_rule(payload: RulePayload):
    rule = Rule(id=str(uuid4()), **payload.model_dump())
    await storage.driver.rule.save(rule)
    return {"id": rule.id}


@router.post("/rule/condition/test", tags=["rule"], include_in_schema=server.expose_gui_api)
async def test_condition(payload: RuleTest):
    evaluator = ConditionEvaluator()
    try:
        result = evaluator.evaluate(payload.condition, payload.event, payload.profile)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"result": bool(result)}


@router.post("/rule/condition/value", tags=["rule"], include_in_schema=server.expose_gui_api)
async def parse_value(payload: TemplateTest):
    return {"value": ConditionEvaluator().parse_literal(payload.template)}


@router.post("/rule/template/preview", tags=["rule"], include_in_schema=server.expose_gui_api)
async def preview_template(payload: TemplateTest):
    return {"text": render_preview(payload.template, payload.profile)}


@router.post("/rule/template/send-test", tags=["rule"], include_in_schema=server.expose_gui_api)
async def send_test_message(payload: TemplateTest):
    return {"text": render_message(payload.template, payload.profile)}
