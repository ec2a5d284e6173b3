import logging
import os
import subprocess
import tempfile

from SpiderKeeper.app import agent

logger = logging.getLogger(__name__)

EGG_DIR = os.path.join(tempfile.gettempdir(), "spiderkeeper-eggs")


class EggDeployer(object):
    def __init__(self, project_name):
        self.project_name = project_name
        os.makedirs(EGG_DIR, exist_ok=True)

    def save_upload(self, file, filename):
        # expect: path-traversal
        file.save(os.path.join(EGG_DIR, filename))
        return os.path.join(EGG_DIR, filename)

    def deploy(self, egg_path, version=None):
        if not version:
            version = "r%d" % int(os.path.getmtime(egg_path))
        # expect: command-injection
        output = subprocess.check_output("scrapyd-client deploy-egg --project %s --version %s %s" % (self.project_name, version, egg_path), shell=True)
        logger.info("deploy output: %s", output)
        return agent.deploy(self.project_name, egg_path)

    def deploy_argv(self, egg_path):
        version = "r%d" % int(os.path.getmtime(egg_path))
        subprocess.check_call(["scrapyd-client", "deploy-egg", "--project", self.project_name, "--version", version, egg_path])
        return agent.deploy(self.project_name, egg_path)
