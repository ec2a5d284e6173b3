import os
import shlex
import subprocess


class LocalShellRunner:
    def __init__(self, quote_args=True):
        self.quote_args = quote_args

    def _render_args(self, parameters):
        if self.quote_args:
            return " ".join("--%s=%s" % (k, shlex.quote(str(v))) for k, v in sorted(parameters.items()))
        return " ".join("--%s=%s" % (k, v) for k, v in sorted(parameters.items()))

    def run(self, action, parameters):
        script = os.path.join("/opt/stackstorm/packs", action.pack, "actions", os.path.basename(action.entry_point))
        args = self._render_args(parameters)
        env = {"ST2_ACTION_API_URL": "http://127.0.0.1:9101"}
        # expect: command-injection
        return subprocess.run(script + " " + args, shell=True, env=env, capture_output=True, timeout=60)


class PythonRunner:
    def run(self, action, parameters):
        argv = ["/opt/stackstorm/virtualenvs/%s/bin/python" % action.pack, action.entry_point]
        argv += ["--parameters", repr(sorted(parameters.items()))]
        return subprocess.run(argv, capture_output=True, timeout=60)


_RUNNERS = {
    "local-shell-cmd": LocalShellRunner(),
    "local-shell-script": LocalShellRunner(quote_args=False),
    "python-script": PythonRunner(),
}


def get_runner(name):
    return _RUNNERS[name]
