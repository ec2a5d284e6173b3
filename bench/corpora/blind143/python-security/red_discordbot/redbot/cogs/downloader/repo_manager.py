import asyncio
import re
from pathlib import Path

NAME_RE = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")


class Repo:
    def __init__(self, name, url, branch, folder):
        self.name, self.url, self.branch, self.folder = name, url, branch, folder


class RepoManager:
    def __init__(self, repos_folder=Path("/data/cogs/RepoManager/repos")):
        self.repos_folder = repos_folder
        self._repos = {}

    async def add_repo(self, url, name, branch):
        if not NAME_RE.match(name):
            raise ValueError("invalid repo name")
        folder = self.repos_folder / name
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(f"git clone --recurse-submodules -b {branch} {url} {folder}")
        await proc.wait()
        self._repos[name] = Repo(name, url, branch, folder)
        return self._repos[name]

    async def update_repo(self, name):
        repo = self._repos[name]
        proc = await asyncio.create_subprocess_exec("git", "-C", str(repo.folder), "pull", "--ff-only")
        await proc.wait()
