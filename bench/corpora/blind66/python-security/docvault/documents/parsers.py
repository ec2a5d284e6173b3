"""Calls to ImageMagick and friends."""
import logging
import subprocess

from django.conf import settings

logger = logging.getLogger("paperless.parsing")


def run_convert(input_file, output_file, density=300, comment=""):
    args = f"{settings.CONVERT_BINARY} -density {int(density)} -set comment '{comment}' {input_file} {output_file}"
    logger.debug("Execute: convert on %s", input_file.rsplit("/", 1)[-1])
    # expect: command-injection
    subprocess.run(args, shell=True, check=True, timeout=300)


def make_thumbnail(input_file, output_file):
    cmd = [settings.CONVERT_BINARY, "-density", str(settings.CONVERT_DENSITY), "-scale", "500x5000>", input_file + "[0]", output_file]
    subprocess.run(cmd, check=True, timeout=120)
