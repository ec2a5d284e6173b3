"""Per-tenant attachment storage on a shared volume."""
import os
import shutil
from pathlib import Path

from .context import tenant_slug

STORAGE_ROOT = Path(os.environ.get("ATTACHMENT_ROOT", "/srv/attachments")).resolve()


def tenant_dir(slug: str) -> Path:
    return STORAGE_ROOT / slug


def attachment_path(name: str) -> Path:
    """Path of an attachment of the tenant of the current request."""
    return tenant_dir(tenant_slug()) / name


def safe_attachment_path(name: str) -> Path:
    base = tenant_dir(tenant_slug()).resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base):
        raise PermissionError(name)
    return candidate


def copy_template(template_name: str, dest_name: str) -> Path:
    src = STORAGE_ROOT / "_templates" / Path(template_name).name
    dest = safe_attachment_path(dest_name)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    return dest
