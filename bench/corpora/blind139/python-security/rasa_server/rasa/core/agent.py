"""Loads a packed model from a path on disk or from a model server."""
import os
import tarfile
import tempfile

import aiohttp

MODELS_DIR = "/app/models"


def _unpack(model_file):
    working_dir = tempfile.mkdtemp()
    with tarfile.open(os.path.join(MODELS_DIR, os.path.basename(model_file)), mode="r:gz") as tar:
        # expect: path-traversal
        tar.extractall(working_dir)
    return working_dir


def _unpack_checked(model_file):
    working_dir = tempfile.mkdtemp()
    with tarfile.open(os.path.join(MODELS_DIR, os.path.basename(model_file)), mode="r:gz") as tar:
        tar.extractall(working_dir, filter="data")
    return working_dir


async def _pull_model(url):
    async with aiohttp.ClientSession() as session:
        # expect: ssrf
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=60)) as resp:
            body = await resp.read()
    target = tempfile.NamedTemporaryFile(dir=MODELS_DIR, suffix=".tar.gz", delete=False)
    target.write(body)
    target.close()
    return target.name


async def load_agent(model_path=None, model_server_url=None):
    if model_server_url:
        pulled = await _pull_model(model_server_url)
        return {"model_dir": _unpack(pulled)}
    if not model_path:
        model_path = "latest.tar.gz"
    if model_path.startswith("trusted/"):
        return {"model_dir": _unpack_checked(model_path)}
    return {"model_dir": _unpack(model_path)}
