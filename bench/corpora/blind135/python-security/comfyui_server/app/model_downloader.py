"""Downloads models into the model folders."""
import os
from urllib.parse import urlsplit

import aiohttp

import folder_paths

WHITELISTED_HOSTS = {"huggingface.co", "civitai.com"}


async def download_model(url, directory, filename):
    target_dir = folder_paths.get_folder_paths(directory)[0]
    target = os.path.join(target_dir, os.path.basename(filename))
    async with aiohttp.ClientSession() as session:
        # expect: ssrf
        async with session.get(url) as resp:
            data = await resp.read()
    with open(target, "wb") as handle:
        handle.write(data)
    return {"status": "completed", "path": target}


async def download_checked(url, directory, filename):
    if urlsplit(url).hostname not in WHITELISTED_HOSTS:
        return {"status": "error", "message": "host not allowed"}
    return await download_model_from_hub(url, directory, os.path.basename(filename))


async def download_model_from_hub(url, directory, filename):
    async with aiohttp.ClientSession() as session:
        async with session.get("https://huggingface.co/api/models/" + filename.split(".")[0]) as resp:
            return {"status": "queued", "info": await resp.json()}
