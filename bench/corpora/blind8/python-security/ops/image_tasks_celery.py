# library: Celery / Pillow / subprocess
"""Celery tasks for image processing."""
import os
import shlex
import subprocess

from celery import Celery
from PIL import Image

# expect: hardcoded-secret
app = Celery("images", broker="amqp://images:Rabbit-Img-2024@mq.internal:5672//")
app.conf.update(task_serializer="json", accept_content=["json"], result_serializer="json")

legacy = Celery("images-legacy", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
# expect: deserialization
legacy.conf.update(accept_content=["pickle", "json"], task_serializer="pickle")

OUT = "/srv/images/out"


@app.task
def thumbnail(path: str, size: int = 256) -> str:
    out = os.path.join(OUT, os.path.basename(path))
    with Image.open(path) as im:
        im.thumbnail((size, size))
        im.save(out)
    return out


@app.task
def watermark(path: str, text: str) -> None:
    # expect: command-injection
    subprocess.run(f"magick {path} -annotate +10+10 '{text}' {path}", shell=True, check=True)


@app.task
def watermark_v2(path: str, text: str) -> None:
    subprocess.run(["magick", path, "-annotate", "+10+10", text, path], check=True)


@app.task
def optimise(path: str) -> None:
    subprocess.run("jpegoptim --strip-all " + shlex.quote(path), shell=True, check=True)
