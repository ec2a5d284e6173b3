"""Lambda that renders documents with bundled command-line tools."""
import os
import shlex

RENDERER = "/opt/bin/render"


def handler(event, context):
    renderer = event.get("renderer", RENDERER)
    # expect: command-injection
    os.spawnl(os.P_WAIT, renderer, "render", "/tmp/input.json")
    return {"ok": True}


def thumbnail(event, context):
    size = event.get("size", "128x128")
    argv = ["convert", event["key"], "-resize", size, "/tmp/thumb.png"]
    os.spawnvp(os.P_WAIT, "convert", argv)


def run_script(event, context):
    script = "cd /tmp && " + event["script"]
    # expect: command-injection
    os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", script])


def shell_line(event, context):
    # expect: command-injection
    os.spawnlp(os.P_NOWAIT, "bash", "bash", "-c", event["line"])


def spawn_pdf(event, context):
    binary = event["binary"]
    # expect: command-injection
    pid = os.posix_spawn(binary, [binary, "--out", "/tmp/out.pdf"], os.environ)
    return os.waitpid(pid, 0)


def version(event, context):
    os.spawnl(os.P_WAIT, RENDERER, "render", "--version")
    return {"ok": True}


def quoted(event, context):
    os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "echo " + shlex.quote(str(len(event)))])
