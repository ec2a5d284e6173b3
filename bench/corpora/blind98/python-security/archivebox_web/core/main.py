"""Running archive jobs for links added in the web UI."""
import shlex
import subprocess
import threading

DATA_DIR = "/data"


def add_in_background(urls, depth, tag):
    # expect: command-injection
    proc = subprocess.Popen(f"archivebox add --depth={depth} --tag='{tag}' {urls}", shell=True, cwd=DATA_DIR)
    threading.Thread(target=proc.wait, daemon=True).start()
    return proc.pid


def add_in_background_argv(urls, depth, tag):
    args = ["archivebox", "add", f"--depth={int(depth)}", f"--tag={tag}", "--", *urls.split()]
    proc = subprocess.Popen(args, cwd=DATA_DIR)
    return proc.pid


def add_quoted(urls, depth, tag):
    cmd = f"archivebox add --depth={int(depth)} --tag={shlex.quote(tag)} -- " + " ".join(shlex.quote(u) for u in urls.split())
    return subprocess.Popen(cmd, shell=True, cwd=DATA_DIR).pid
