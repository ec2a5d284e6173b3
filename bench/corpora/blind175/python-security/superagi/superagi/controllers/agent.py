"""Creating agents; their configuration is stored row by row as strings."""
import json

from fastapi import APIRouter, Depends, HTTPException
from fastapi_jwt_auth import AuthJWT
from fastapi_sqlalchemy import db
from pydantic import BaseModel

from superagi.helper.auth import check_auth, get_user_organisation
from superagi.models.agent import Agent
from superagi.models.agent_config import AgentConfiguration
from superagi.worker import execute_agent

router = APIRouter()


class AgentConfigInput(BaseModel):
    name: str
    project_id: int
    description: str
    goal: list
    instruction: list
    constraints: list
    toolkits: list = []
    tools: list = []
    iteration_interval: int = 500
    max_iterations: int = 25
    model: str = "gpt-4"


@router.post("/create", status_code=201)
def create_agent(agent_with_config: AgentConfigInput, Authorize: AuthJWT = Depends(check_auth)):
    organisation = get_user_organisation(Authorize)
    agent = Agent(name=agent_with_config.name, description=agent_with_config.description,
                  project_id=agent_with_config.project_id, organisation_id=organisation.id)
    db.session.add(agent)
    db.session.flush()
    for key in ("goal", "instruction", "constraints", "tools"):
        value = getattr(agent_with_config, key)
        db.session.add(AgentConfiguration(agent_id=agent.id, key=key, value=str(value)))
    for key in ("iteration_interval", "max_iterations", "model"):
        db.session.add(AgentConfiguration(agent_id=agent.id, key=key, value=json.dumps(getattr(agent_with_config, key))))
    db.session.commit()
    return {"id": agent.id, "name": agent.name}


@router.put("/{agent_id}/config")
def update_config(agent_id: int, key: str, value: str, Authorize: AuthJWT = Depends(check_auth)):
    if key not in {"goal", "instruction", "constraints", "tools", "max_iterations", "model"}:
        raise HTTPException(status_code=400, detail="Unknown key")
    row = db.session.query(AgentConfiguration).filter_by(agent_id=agent_id, key=key).first()
    row.value = value
    db.session.commit()
    return {"updated": key}


@router.post("/{agent_id}/run")
def run_agent(agent_id: int, Authorize: AuthJWT = Depends(check_auth)):
    execute_agent.delay(agent_id)
    return {"queued": agent_id}
