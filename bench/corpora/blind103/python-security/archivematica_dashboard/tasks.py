import shlex
import subprocess

from celery import shared_task


@shared_task
def normalize_file(file_path, command_template, output_dir):
    command = command_template.format(input=file_path, output=output_dir)
    # expect: command-injection
    return subprocess.check_output(command, shell=True)


@shared_task
def normalize_file_quoted(file_path, output_dir):
    command = "ffmpeg -i %s %s/out.mkv" % (shlex.quote(file_path), shlex.quote(output_dir))
    return subprocess.check_output(command, shell=True)


@shared_task
def identify_file(file_path):
    return subprocess.check_output(["sf", "-json", "--", file_path])
