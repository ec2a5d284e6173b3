"""Spawns worker processes for the print server's job queue."""
import os
import shutil

SHELL = "/bin/sh"
CONVERTER = "/usr/bin/gs"


class JobSpawner:
    def __init__(self, config):
        self.program = config["worker_program"]
        self.pre_command = config.get("pre_command", "true")
        self.env = dict(os.environ, PRINT_SPOOL=config["spool"])

    def start_worker(self, queue_name):
        argv = [self.program, "--queue", queue_name]
        # expect: command-injection
        return os.spawnvpe(os.P_NOWAIT, self.program, argv, self.env)

    def prepare(self):
        # expect: command-injection
        return os.spawnl(os.P_WAIT, SHELL, "sh", "-c", self.pre_command)

    def run_filter(self, filter_script, job_path):
        # expect: command-injection
        return os.spawnve(os.P_WAIT, SHELL, [SHELL, "-c", filter_script, "filter", job_path], self.env)


def launch_tool(tool, *args):
    exe = shutil.which(tool) or tool
    # expect: command-injection
    return os.posix_spawn(exe, [exe, *args], os.environ)


def open_document(path):
    # expect: command-injection
    os.startfile(path, "print")


def convert(job_path, out_path):
    return os.spawnv(os.P_WAIT, CONVERTER, ["gs", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-o", out_path, job_path])


def cleanup():
    return os.spawnlp(os.P_WAIT, "find", "find", "/var/spool/print", "-mtime", "+7", "-delete")
