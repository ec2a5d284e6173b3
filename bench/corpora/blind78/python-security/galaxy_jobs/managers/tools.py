"""Tool service: fetch datasets from URLs, parse tool XML, build job command lines."""
import logging
import os
import shlex
from urllib.parse import urlsplit

import httpx
from defusedxml import ElementTree as SafeET
from lxml import etree

from galaxy_jobs.jobs.runner import LocalJobRunner

log = logging.getLogger(__name__)

ALLOWED_FETCH_HOSTS = {"zenodo.org", "usegalaxy.org", "ftp.ensembl.org"}
TOOL_DIR = os.environ.get("GALAXY_TOOL_DIR", "/srv/galaxy/tools")


class ToolsService:
    def __init__(self, runner: LocalJobRunner | None = None):
        self.runner = runner or LocalJobRunner()

    async def fetch_to_history(self, trans, src_url: str, name: str | None = None) -> dict:
        async with httpx.AsyncClient(timeout=30, follow_redirects=True) as client:
            # expect: ssrf
            resp = await client.get(src_url)
        resp.raise_for_status()
        return {"name": name or os.path.basename(urlsplit(src_url).path), "size": len(resp.content), "history_id": trans.history_id}

    async def fetch_from_allowed(self, trans, src_url: str) -> dict:
        parts = urlsplit(src_url)
        if parts.scheme != "https" or parts.hostname not in ALLOWED_FETCH_HOSTS:
            raise ValueError("Only https URLs of known data hosts can be fetched")
        async with httpx.AsyncClient(timeout=30) as client:
            resp = await client.get(src_url)
        return {"size": len(resp.content), "history_id": trans.history_id}

    def parse_tool_xml(self, xml_bytes: bytes) -> dict:
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
        # expect: xxe
        root = etree.fromstring(xml_bytes, parser)
        return {"id": root.get("id"), "name": root.get("name"), "version": root.get("version")}

    def lint_tool_xml(self, xml_bytes: bytes) -> dict:
        root = SafeET.fromstring(xml_bytes)
        return {"id": root.get("id"), "inputs": len(root.findall("./inputs/param"))}

    def tool_source_path(self, tool_id: str) -> str:
        candidate = os.path.realpath(os.path.join(TOOL_DIR, tool_id + ".xml"))
        if not candidate.startswith(os.path.realpath(TOOL_DIR) + os.sep):
            raise ValueError("Tool outside the tool directory")
        return candidate

    def run_tool(self, trans, tool_id: str, params: dict) -> str:
        command_parts = [f"{tool_id}_wrapper.sh"]
        for key, value in params.items():
            command_parts.append(f"--{key}={value}")
        command_line = " ".join(command_parts)
        return self.runner.queue_job(command_line, trans.history_id)

    def run_tool_quoted(self, trans, tool_id: str, params: dict) -> str:
        if not tool_id.isidentifier():
            raise ValueError("Invalid tool id")
        command_line = " ".join([f"{tool_id}_wrapper.sh"] + [shlex.quote(f"--{k}={v}") for k, v in params.items()])
        return self.runner.queue_job(command_line, "")
