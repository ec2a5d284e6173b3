"""Celery tasks: agent execution, tool installs and webhooks."""
import ast
import json
import logging
import os
import re
import subprocess

import requests
from celery import Celery
from sqlalchemy.orm import sessionmaker

from superagi.config.config import get_config
from superagi.lib.logger import logger as app_logger
from superagi.models.agent_config import AgentConfiguration
from superagi.models.db import connect_db
from superagi.models.webhooks import Webhooks

app = Celery("superagi", include=["superagi.worker"], imports=["superagi.worker"])
app.conf.broker_url = "redis://" + get_config("REDIS_URL", "localhost:6379") + "/0"
Session = sessionmaker(bind=connect_db())
logger = logging.getLogger(__name__)

TOOLS_DIR = get_config("TOOLS_DIR", "superagi/tools/external_tools")
NUMERIC_KEYS = {"iteration_interval", "max_iterations"}


def _load_config(session, agent_id):
    config = {}
    for row in session.query(AgentConfiguration).filter_by(agent_id=agent_id).all():
        if row.key in NUMERIC_KEYS or row.key == "model":
            config[row.key] = json.loads(row.value)
        elif row.key == "tools":
            config[row.key] = ast.literal_eval(row.value)
        else:
            # expect: code-injection
            config[row.key] = eval(row.value)
    return config


@app.task(name="execute_agent", autoretry_for=(Exception,), retry_backoff=2, max_retries=5)
def execute_agent(agent_id):
    session = Session()
    try:
        config = _load_config(session, agent_id)
        app_logger.info(f"running agent {agent_id} with {len(config.get('goal', []))} goals")
        from superagi.jobs.agent_executor import AgentExecutor
        AgentExecutor().execute_next_step(agent_id, config)
        send_status_webhooks.delay(agent_id, "COMPLETED")
    finally:
        session.close()


@app.task(name="download_and_install_tool")
def download_and_install_tool(tool_args):
    link = tool_args["github_link"]
    name = re.sub(r"[^A-Za-z0-9_-]", "_", link.rstrip("/").split("/")[-1].removesuffix(".git"))
    target = os.path.join(TOOLS_DIR, name)
    if tool_args.get("checked"):
        subprocess.run(["git", "clone", "--depth", "1", "--", link, target], check=True, timeout=300)
    else:
        # expect: command-injection
        subprocess.run(f"git clone --depth 1 {link} {target}", shell=True, check=True, timeout=300)
    subprocess.run(["pip", "install", "--no-deps", "-r", os.path.join(target, "requirements.txt")], check=False, timeout=600)


@app.task(name="send_status_webhooks")
def send_status_webhooks(agent_id, status):
    session = Session()
    try:
        for hook in session.query(Webhooks).filter(Webhooks.is_deleted.is_(False)).all():
            if status not in hook.filters.get("status", []):
                continue
            payload = {"agent_id": agent_id, "status": status}
            try:
                # expect: ssrf
                requests.post(hook.url, json=payload, headers=hook.headers or {}, timeout=5)
            except requests.RequestException as err:
                logger.warning("webhook %s failed: %s", hook.id, err)
    finally:
        session.close()
