"""Release helpers run from CI: tag, build wheels, upload docs."""
import logging
import subprocess
import subprocess as sp
from pathlib import Path
from subprocess import call as run_cmd

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
DIST = REPO / "dist"


def tag_release(version: str) -> None:
    log.info("tagging %s", version)
    # expect: unchecked-return
    subprocess.call(["git", "tag", "-a", f"v{version}", "-m", f"Release {version}"])
    subprocess.check_call(["git", "push", "origin", f"v{version}"])


def build_wheels() -> None:
    DIST.mkdir(exist_ok=True)
    # expect: unchecked-return
    sp.call(
        [
            "python", "-m", "build",
            "--wheel", "--outdir", str(DIST),
        ],
        cwd=REPO,
    )


def clean_build_dirs() -> None:
    for name in ("build", "dist", ".eggs"):
        # expect: unchecked-return
        run_cmd(["rm", "-rf", str(REPO / name)])


def docs_built() -> bool:
    return subprocess.call(["make", "-C", "docs", "html"]) == 0


def upload_docs(bucket: str) -> int:
    rc = subprocess.call(["aws", "s3", "sync", "docs/_build/html", f"s3://{bucket}/"])
    if rc != 0:
        log.error("docs upload failed with %d", rc)
    return rc


def lint_changed() -> int:
    return subprocess.call(["ruff", "check", "--diff", str(REPO)])


class Publisher:
    def __init__(self, index_url: str):
        self.index_url = index_url

    def publish(self) -> None:
        files = sorted(str(p) for p in DIST.glob("*.whl"))
        # expect: unchecked-return
        subprocess.call(["twine", "upload", "--repository-url", self.index_url, *files])
        log.info("published %d files", len(files))


async def notify_chat(channel: str, version: str) -> None:
    import asyncio

    loop = asyncio.get_running_loop()
    # expect: unchecked-return
    await loop.run_in_executor(None, subprocess.call, ["notify-send", channel, version])
