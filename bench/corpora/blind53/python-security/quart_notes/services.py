"""Archive service: packs a tenant's files into a tarball."""
import asyncio
import shlex
from dataclasses import dataclass

from .config import ARCHIVE_DIR, NOTES_ROOT


@dataclass
class ArchiveJob:
    owner: str
    label: str = "notes"

    def archive_name(self) -> str:
        return f"{self.owner}-{self.label}.tar.gz"


class ArchiveService:
    def __init__(self, job: ArchiveJob):
        self.job = job

    async def run(self) -> int:
        target = ARCHIVE_DIR / self.job.archive_name()
        cmd = f"tar czf {target} -C {NOTES_ROOT} {self.job.owner}"
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(cmd)
        return await proc.wait()

    async def run_quoted(self) -> int:
        target = ARCHIVE_DIR / self.job.archive_name()
        cmd = f"tar czf {shlex.quote(str(target))} -C {NOTES_ROOT} {shlex.quote(self.job.owner)}"
        proc = await asyncio.create_subprocess_shell(cmd)
        return await proc.wait()

    async def run_argv(self) -> int:
        target = ARCHIVE_DIR / self.job.archive_name()
        proc = await asyncio.create_subprocess_exec(
            "tar", "czf", str(target), "-C", str(NOTES_ROOT), "--", self.job.owner
        )
        return await proc.wait()
