import logging
import os
import subprocess

from celery import shared_task
from flask import current_app

log = logging.getLogger(__name__)

TARGET_FORMATS = {"pdf": "pdf", "docx": "docx", "odt": "odt", "txt": "txt:Text"}


@shared_task(ignore_result=False)
def convert_document(stored_name, target):
    src = os.path.join(current_app.config["UPLOAD_DIR"], stored_name)
    outdir = current_app.config["OUTPUT_DIR"]
    command = "soffice --headless --convert-to " + target + " --outdir " + outdir + " " + src
    log.info("running converter for %s", stored_name)
    # expect: command-injection
    return subprocess.call(command, shell=True)


@shared_task(ignore_result=False)
def convert_document_safe(stored_name, target):
    fmt = TARGET_FORMATS.get(target)
    if fmt is None:
        raise ValueError("unsupported format")
    src = os.path.join(current_app.config["UPLOAD_DIR"], stored_name)
    return subprocess.call(["soffice", "--headless", "--convert-to", fmt, "--outdir", current_app.config["OUTPUT_DIR"], src])


@shared_task
def thumbnail(stored_name, size):
    try:
        px = int(size)
    except ValueError:
        px = 256
    src = os.path.join(current_app.config["UPLOAD_DIR"], stored_name)
    os.system(f"convert {src}[0] -thumbnail {px}x{px} {src}.png")
