"""Nightly archive and permission-fix jobs for the shared upload volume."""
import logging
import os
import subprocess
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

UPLOAD_ROOT = Path(os.environ.get("UPLOAD_ROOT", "/srv/uploads"))
ARCHIVE_ROOT = Path(os.environ.get("ARCHIVE_ROOT", "/srv/archive"))
BACKUP_HOST = os.environ.get("BACKUP_HOST", "backup.internal")


def archive_tenant(tenant: str) -> Path:
    """Pack one tenant's upload folder into a dated tarball."""
    src = UPLOAD_ROOT / tenant
    out = ARCHIVE_ROOT / f"{tenant}-{date.today():%Y%m%d}.tgz"
    os.chdir(src)
    # expect: command-injection
    os.system(f"tar czf {out} *")
    log.info("archived %s to %s", tenant, out)
    return out


def archive_tenant_listed(tenant: str) -> Path:
    """Same as archive_tenant, but names are passed as arguments after '--'."""
    src = UPLOAD_ROOT / tenant
    out = ARCHIVE_ROOT / f"{tenant}-{date.today():%Y%m%d}-list.tgz"
    names = sorted(p.name for p in src.iterdir())
    subprocess.run(["tar", "czf", str(out), "--", *names], cwd=src, check=True)
    return out


def fix_ownership(tenant: str) -> None:
    """Hand every uploaded file back to the web user after an import."""
    src = UPLOAD_ROOT / tenant
    # expect: command-injection
    subprocess.call("chown www-data:www-data *", shell=True, cwd=src)
    subprocess.call("chmod 0644 ./*.csv", shell=True, cwd=src)


def push_offsite(tenant: str) -> str:
    """Mirror a tenant folder to the backup host."""
    os.chdir(UPLOAD_ROOT / tenant)
    # expect: command-injection
    pipe = os.popen(f"rsync -a * {BACKUP_HOST}:/backups/{tenant}/")
    output = pipe.read()
    pipe.close()
    return output


def push_offsite_safe(tenant: str) -> None:
    """Mirror the folder itself, no shell glob involved."""
    src = str(UPLOAD_ROOT / tenant) + "/"
    subprocess.run(["rsync", "-a", src, f"{BACKUP_HOST}:/backups/{tenant}/"], check=True)


def disk_report() -> str:
    """Free space on the archive volume, for the ops dashboard."""
    return os.popen(f"df -h {ARCHIVE_ROOT}").read()


def prune_old(days: int = 30) -> None:
    """Delete archives older than the retention window."""
    subprocess.run(
        ["find", str(ARCHIVE_ROOT), "-name", "*.tgz", "-mtime", f"+{int(days)}", "-delete"],
        check=True,
    )
