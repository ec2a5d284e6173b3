"""Create backport branches when a merged PR carries a 'needs backport to X.Y' label."""
import asyncio
import re

from gidgethub import routing

router = routing.Router()

BACKPORT_LABEL = re.compile(r"^needs backport to (3\.\d{1,2})$")
SHA_RE = re.compile(r"^[0-9a-f]{40}$")
CLONE_DIR = "/srv/bedevere/cpython"


async def _git(*args):
    proc = await asyncio.create_subprocess_exec(
        "git", *args, cwd=CLONE_DIR, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode(errors="replace")[:500])
    return out.decode()


async def _commit_backport(title, number, target):
    message = f"[{target}] {title} (GH-{number})"
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f'git commit --amend -m "{message}"', cwd=CLONE_DIR)
    await proc.wait()
    return proc.returncode


async def _fetch_all():
    proc = await asyncio.create_subprocess_shell("git fetch --prune origin", cwd=CLONE_DIR)
    await proc.wait()


@router.register("pull_request", action="closed")
async def backport_merged(event, gh, *args, **kwargs):
    pr = event.data["pull_request"]
    if not pr["merged"]:
        return
    sha = pr["merge_commit_sha"]
    if not SHA_RE.match(sha or ""):
        return
    targets = [m.group(1) for m in (BACKPORT_LABEL.match(label["name"]) for label in pr["labels"]) if m]
    await _fetch_all()
    for target in targets:
        branch = f"backport-{sha[:7]}-{target}"
        await _git("checkout", "-B", branch, f"origin/{target}")
        await _git("cherry-pick", "-x", sha)
        await _commit_backport(pr["title"], int(pr["number"]), target)
        await _git("push", "bot", branch)
        await gh.post(
            f"/repos/python/cpython/issues/{int(pr['number'])}/comments",
            data={"body": f"Backport branch `{branch}` is ready."},
        )
