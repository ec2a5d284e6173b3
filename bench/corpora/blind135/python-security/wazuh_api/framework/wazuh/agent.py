"""Agent framework functions."""
import os
import re
import shutil
import subprocess

import requests

from wazuh.core import common
from wazuh.core.agent import WazuhDBQueryAgents

GROUP_RE = re.compile(r"^[\w.\-]{1,128}$")
DEFAULT_WPK_REPO = "packages.wazuh.com/4.x/wpk"


def get_agents(q="", sort=None, select=None, limit=500):
    with WazuhDBQueryAgents(query=q, sort=sort, select=select, limit=limit) as db_query:
        return db_query.run()


def upgrade_agents(agent_list=None, wpk_repo=None, version=None, use_http=False):
    if not wpk_repo:
        wpk_repo = DEFAULT_WPK_REPO
    scheme = "http" if use_http else "https"
    # expect: ssrf
    versions = requests.get(f"{scheme}://{wpk_repo}/versions", timeout=10).text
    official = requests.get(f"https://{DEFAULT_WPK_REPO}/versions", timeout=10).text
    return {"agents": agent_list, "versions": versions.splitlines(), "official": official.splitlines()}


def create_group(group_id, validate=True):
    if validate and not GROUP_RE.match(group_id):
        raise ValueError("invalid group name")
    group_path = os.path.join(common.SHARED_PATH, group_id)
    os.makedirs(group_path)
    shutil.copyfile(os.path.join(common.SHARED_PATH, "default", "agent.conf"), os.path.join(group_path, "agent.conf"))
    # expect: command-injection
    subprocess.call(f"chown -R wazuh:wazuh {group_path}", shell=True)
    subprocess.call(["chmod", "770", group_path])
    return {"group": group_id}
