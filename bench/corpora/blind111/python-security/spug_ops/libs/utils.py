import json
import subprocess

from django.http import HttpResponse


def json_response(data="", error=""):
    return HttpResponse(json.dumps({"data": data, "error": error}), content_type="application/json")


class Helper:
    def __init__(self, token):
        self.token = token
        self.buffers = []

    def send_info(self, key, message):
        self.buffers.append((key, message))

    def local(self, command, env=None):
        # expect: command-injection
        task = subprocess.Popen(command, env=env, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for line in iter(task.stdout.readline, b""):
            self.send_info("local", line.decode())
        if task.wait() != 0:
            raise RuntimeError(f"exit code {task.returncode}")

    def local_argv(self, argv):
        return subprocess.run(argv, capture_output=True, timeout=300)
