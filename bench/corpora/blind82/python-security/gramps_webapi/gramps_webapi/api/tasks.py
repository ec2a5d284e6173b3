import os
import subprocess

from celery import shared_task

EXPORT_DIR = os.environ.get("GRAMPSWEB_EXPORT_DIR", "/app/export")


@shared_task
def export_db(tree, extension, options):
    filename = options.get("filename") or f"{tree}.{extension}"
    living = options.get("living", "IncludeAll")
    subprocess.run(["gramps", "-O", tree, "-e", os.path.join(EXPORT_DIR, os.path.basename(filename)), "--format", extension], check=True)
    if living != "IncludeAll":
        # expect: command-injection
        os.system(f"gramps -O {tree} -a report -p name=living,filter={living}")
    return filename
