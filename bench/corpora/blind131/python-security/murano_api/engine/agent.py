import re
import subprocess

SCRIPT = re.compile(r"^[a-z_]+$")


class Agent:
    def run_script(self, environment_id, script, args):
        if not SCRIPT.match(script):
            raise ValueError(script)
        # expect: command-injection
        subprocess.run(f"murano-agent-exec --env {environment_id} {script} {args}", shell=True, check=True)

    def report_status(self, environment_id, status):
        subprocess.run(["murano-agent-report", "--env", environment_id, "--status", status], check=True)
