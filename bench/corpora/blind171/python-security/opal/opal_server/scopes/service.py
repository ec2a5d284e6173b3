"""Clone and refresh the policy repository of each scope."""

import asyncio
import logging
import re
import shutil
from pathlib import Path

from opal_server.config import opal_server_config
from opal_server.scopes.scope_repository import ScopeRepository

logger = logging.getLogger("opal.scopes")

BRANCH_RE = re.compile(r"[A-Za-z0-9._/-]{1,100}")


class ScopesService:

    def __init__(self, base_dir: Path, scopes: ScopeRepository):
        self._base_dir = base_dir.resolve()
        self._scopes = scopes

    def _scope_dir(self, scope_id: str) -> Path:
        return self._base_dir / "scopes" / scope_id

    async def sync_scope(self, scope_id: str) -> None:
        scope = await self._scopes.get(scope_id)
        repo_dir = self._scope_dir(scope_id)
        source = scope.policy
        if not BRANCH_RE.fullmatch(source.branch) or source.branch.startswith("-"):
            raise ValueError(f"bad branch name {source.branch!r}")
        if repo_dir.exists():
            proc = await asyncio.create_subprocess_exec(
                "git", "-C", str(repo_dir), "pull", "--ff-only", "origin", source.branch,
            )
            await proc.wait()
            return
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(f"git clone --depth 1 --branch {source.branch} {source.url} {repo_dir}")
        if await proc.wait() != 0:
            shutil.rmtree(repo_dir, ignore_errors=True)
            raise RuntimeError(f"clone of {source.url} failed")

    async def sync_default_repo(self) -> None:
        """The server-wide repo comes from configuration only."""
        repo_dir = self._base_dir / "default"
        if repo_dir.exists():
            return
        proc = await asyncio.create_subprocess_exec(
            "git", "clone", "--depth", "1", "--", opal_server_config.POLICY_REPO_URL, str(repo_dir),
        )
        await proc.wait()

    def read_policy_file(self, scope_id: str, path: str) -> str:
        repo_dir = self._scope_dir(scope_id)
        # expect: path-traversal
        return open(repo_dir / path, encoding="utf-8").read()

    def read_policy_file_checked(self, scope_id: str, path: str) -> str:
        repo_dir = self._scope_dir(scope_id).resolve()
        target = (repo_dir / path).resolve()
        if not target.is_relative_to(repo_dir) or target.suffix not in (".rego", ".json"):
            raise FileNotFoundError(path)
        return target.read_text(encoding="utf-8")
