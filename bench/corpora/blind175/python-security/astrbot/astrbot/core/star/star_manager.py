"""Installs, updates and loads plugins ("stars")."""
import asyncio
import os
import re
import shlex
import zipfile

from astrbot.core import logger
from astrbot.core.utils.astrbot_path import get_astrbot_plugin_path, get_astrbot_temp_path

NAME = re.compile(r"[^A-Za-z0-9_-]")


class PluginManager:
    def __init__(self, context):
        self.context = context
        self.plugin_store_path = get_astrbot_plugin_path()
        self.temp_dir = get_astrbot_temp_path()

    def _target_dir(self, repo_url):
        name = NAME.sub("_", repo_url.rstrip("/").split("/")[-1].removesuffix(".git"))
        return os.path.join(self.plugin_store_path, name)

    async def _run(self, *args):
        process = await asyncio.create_subprocess_exec(*args, stdout=asyncio.subprocess.PIPE,
                                                       stderr=asyncio.subprocess.PIPE)
        stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=300)
        if process.returncode != 0:
            raise RuntimeError(stderr.decode(errors="replace")[-500:])
        return stdout.decode(errors="replace")

    async def install_plugin(self, repo_url):
        """GitHub repositories are cloned with an argument list."""
        target = self._target_dir(repo_url)
        await self._run("git", "clone", "--depth", "1", "--", repo_url, target)
        await self.context.load_star(target)

    async def install_plugin_from_mirror(self, repo_url, proxy):
        """Users in some regions install through a mirror prefix."""
        target = self._target_dir(repo_url)
        source = f"{proxy.rstrip('/')}/{repo_url}" if proxy else repo_url
        # expect: command-injection
        process = await asyncio.create_subprocess_shell(f"git clone --depth 1 {source} {shlex.quote(target)}")
        await asyncio.wait_for(process.wait(), timeout=300)
        await self.context.load_star(target)

    async def update_plugin(self, name):
        target = os.path.join(self.plugin_store_path, NAME.sub("_", name))
        await self._run("git", "-C", target, "pull", "--ff-only")
        await self.context.reload_star(target)

    async def install_plugin_from_file(self, zip_path):
        name = NAME.sub("_", os.path.splitext(os.path.basename(zip_path))[0])
        target = os.path.join(self.plugin_store_path, name)
        os.makedirs(target, exist_ok=True)
        with zipfile.ZipFile(zip_path) as archive:
            for member in archive.infolist():
                if member.is_dir():
                    continue
                destination = os.path.join(target, member.filename)
                os.makedirs(os.path.dirname(destination), exist_ok=True)
                # expect: path-traversal
                with open(destination, "wb") as out:
                    out.write(archive.read(member))
        logger.info(f"plugin extracted to {target}")
        await self.context.load_star(target)

    def unpack_bundled_assets(self, zip_path, target):
        """Assets shipped with AstrBot itself."""
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(target)
