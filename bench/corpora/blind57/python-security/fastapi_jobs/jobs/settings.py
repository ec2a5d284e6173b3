import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class JobSettings:
    work_dir: str = os.environ.get("JOBS_WORK_DIR", "/srv/jobs")
    cleanup_cmd: str = os.environ.get("JOBS_CLEANUP_CMD", "find /srv/jobs/tmp -mtime +2 -delete")
    allowed_buckets: tuple = field(default_factory=lambda: ("reports", "exports", "tmp"))


SETTINGS = JobSettings()
