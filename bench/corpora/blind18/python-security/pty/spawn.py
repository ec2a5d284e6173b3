"""Web terminal bridge: starts an interactive process behind a websocket."""
import os
import pty
import shlex
import subprocess

ALLOWED_SHELLS = {"bash": "/bin/bash", "zsh": "/usr/bin/zsh"}


def attach_shell(shell_name):
    # safe: allow-listed binary, argument vector
    binary = ALLOWED_SHELLS.get(shell_name, "/bin/bash")
    pty.spawn([binary, "-l"])


def run_in_terminal(user_command):
    # expect: command-injection
    pty.spawn(["/bin/sh", "-c", user_command])


def open_editor(filename):
    pid, fd = pty.fork()
    if pid == 0:
        # expect: command-injection
        os.execlp("sh", "sh", "-c", "vim " + filename)
    return pid, fd


def run_ssh(host, remote_cmd):
    # safe: separate arguments, shell quoting for the remote side
    pty.spawn(["ssh", "-t", host, shlex.quote(remote_cmd)])


def start_repl(lang, snippet):
    master, slave = pty.openpty()
    # expect: command-injection
    proc = subprocess.Popen(f"{lang} -c \"{snippet}\"", shell=True, stdin=slave, stdout=slave, stderr=slave)
    os.close(slave)
    return proc, master


def start_python():
    master, slave = pty.openpty()
    # safe: fixed argv
    proc = subprocess.Popen(["python3", "-q"], stdin=slave, stdout=slave, stderr=slave)
    os.close(slave)
    return proc, master
