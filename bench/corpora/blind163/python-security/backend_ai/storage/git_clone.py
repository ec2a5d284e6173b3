"""Clone a git repository into a virtual folder."""
import asyncio
import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)
BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


async def clone_into(mount_path, repo_url, branch):
    """Clone `repo_url` at `branch` into `<mount>/<repo name>`."""
    name = repo_url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git") or "repo"
    dest = Path(mount_path) / name
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"git clone --depth 1 -b {branch} {repo_url} '{dest}'", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        log.warning("git clone failed: %s", stderr.decode(errors="replace"))
        raise RuntimeError("clone failed")
    return dest


async def clone_into_checked(mount_path, repo_url, branch):
    if not BRANCH_RE.match(branch) or not repo_url.startswith("https://"):
        raise ValueError("invalid repository or branch")
    dest = Path(mount_path) / "repo"
    proc = await asyncio.create_subprocess_exec(
        "git", "clone", "--depth", "1", "-b", branch, "--", repo_url, str(dest),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError("clone failed")
    return dest


async def current_commit(repo_dir):
    proc = await asyncio.create_subprocess_shell("git rev-parse HEAD", cwd=str(repo_dir), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()
