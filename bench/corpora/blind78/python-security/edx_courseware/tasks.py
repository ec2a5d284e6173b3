"""Celery tasks of the instructor dashboard."""
import logging
import os
import subprocess

from celery import shared_task

log = logging.getLogger(__name__)

EXPORT_DIR = os.environ.get("OLX_EXPORT_DIR", "/edx/var/edxapp/export")


@shared_task(bind=True)
def export_olx(self, course_id: str, output_name: str) -> str:
    """Pack the course's exported OLX into ``output_name``.tar.gz."""
    course_dir = os.path.join(EXPORT_DIR, course_id.replace(":", "_").replace("/", "_"))
    archive = f"{EXPORT_DIR}/{output_name}.tar.gz"
    # expect: command-injection
    subprocess.run(f"tar czf {archive} -C {course_dir} .", shell=True, check=True)
    return archive


@shared_task(bind=True)
def export_olx_safe(self, course_id: str, output_name: str) -> str:
    safe_name = "".join(c for c in output_name if c.isalnum() or c in "-_") or "course"
    course_dir = os.path.join(EXPORT_DIR, course_id.replace(":", "_").replace("/", "_"))
    archive = os.path.join(EXPORT_DIR, safe_name + ".tar.gz")
    subprocess.run(["tar", "czf", archive, "-C", course_dir, "."], check=True)
    return archive
