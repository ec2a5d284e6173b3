import shlex
import subprocess


class LocalCommandRunner:
    def __init__(self, workdir):
        self.workdir = workdir

    def run_argv(self, argv):
        return subprocess.run(argv, cwd=self.workdir, capture_output=True, check=False)

    def run_shell(self, command_line):
        # expect: command-injection
        return subprocess.run(command_line, shell=True, cwd=self.workdir, capture_output=True, check=False)

    def run_quoted(self, program, *args):
        return subprocess.run(program + " " + " ".join(shlex.quote(a) for a in args), shell=True, cwd=self.workdir, capture_output=True, check=False)
