"""Background tasks: fetch documents, run prompts over fragments."""
import hashlib
import logging
import os

import httpx
from jinja2 import Environment, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from . import Session, config
from .llm import complete
from .models import Analysis, Document, Fragment, Prompt
from .task_queue import task

logger = logging.getLogger(__name__)

UPLOAD_DIR = config.get("base", "upload_dir", fallback="/var/lib/claim_miner/uploads")
_sandbox = SandboxedEnvironment(undefined=StrictUndefined)
_plain = Environment(undefined=StrictUndefined)
SYSTEM_PREAMBLE = _plain.from_string("You are a careful analyst for the {{ collection }} collection.")


@task("fetch_document")
async def fetch_document(target_id: int):
    """Download a document that was added by URL, then queue processing."""
    async with Session() as session:
        doc = await session.get(Document, target_id)
        async with httpx.AsyncClient(timeout=60, follow_redirects=True) as client:
            # expect: ssrf
            resp = await client.get(doc.url, headers={"User-Agent": "ClaimMiner/1.0"})
        resp.raise_for_status()
        digest = hashlib.sha256(resp.content).hexdigest()
        path = os.path.join(UPLOAD_DIR, digest)
        with open(path, "wb") as fh:
            fh.write(resp.content)
        doc.file_path = path
        doc.mimetype = resp.headers.get("content-type", "text/html").split(";")[0]
        doc.return_code = resp.status_code
        await session.commit()


@task("run_prompt")
async def run_prompt(prompt_id: int, fragment_ids: list[int]):
    """Apply an editor-written prompt template to some fragments and store the answer."""
    async with Session() as session:
        prompt = await session.get(Prompt, prompt_id)
        fragments = [await session.get(Fragment, fid) for fid in fragment_ids]
        # expect: code-injection
        rendered = _plain.from_string(prompt.template).render(fragments=fragments, theme=prompt.theme)
        answer = await complete(prompt.model, rendered, system=SYSTEM_PREAMBLE.render(collection=prompt.collection_name))
        session.add(Analysis(prompt_id=prompt.id, fragment_ids=fragment_ids, result=answer))
        await session.commit()


@task("preview_prompt")
async def preview_prompt(prompt_id: int, fragment_ids: list[int]) -> str:
    """The preview button renders through the sandbox and never calls the model."""
    async with Session() as session:
        prompt = await session.get(Prompt, prompt_id)
        fragments = [await session.get(Fragment, fid) for fid in fragment_ids]
        return _sandbox.from_string(prompt.template).render(fragments=fragments, theme=prompt.theme)
