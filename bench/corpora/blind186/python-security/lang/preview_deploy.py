"""Deploys a preview environment for each merge request (run by CI).

The CI system exports the merge request's branch name and title; both are chosen
by whoever opens the merge request, including contributors from forks.
"""
import asyncio
import os
import sys

PREVIEW_ROOT = "/srv/previews"


async def run(*argv: str) -> int:
    proc = await asyncio.create_subprocess_exec(*argv)
    return await proc.wait()


async def checkout(branch: str) -> int:
    return await run("git", "-C", PREVIEW_ROOT, "checkout", "--detach", f"origin/{branch}")


async def announce() -> int:
    title = os.environ.get("CI_MERGE_REQUEST_TITLE", "")
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("bash", "-c", f"./scripts/notify.sh 'Preview ready: {title}'")
    return await proc.wait()


async def build(branch: str) -> int:
    slug = "".join(ch if ch.isalnum() else "-" for ch in branch)[:40]
    proc = await asyncio.create_subprocess_exec("make", "preview", f"SLUG={slug}", cwd=PREVIEW_ROOT)
    return await proc.wait()


async def tag_image() -> int:
    branch = os.environ["CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"]
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("sh", "-c", "docker tag preview:latest registry.local/preview:" + branch)
    return await proc.wait()


async def cleanup() -> int:
    proc = await asyncio.create_subprocess_exec("sh", "-c", "docker image prune -f --filter until=72h")
    return await proc.wait()


async def main() -> int:
    branch = os.environ["CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"]
    for step in (checkout(branch), build(branch), tag_image(), announce(), cleanup()):
        code = await step
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
