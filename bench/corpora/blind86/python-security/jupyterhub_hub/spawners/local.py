"""LocalProcessSpawner-style spawner with an options form."""
import shlex
import subprocess

IMAGES = {"minimal": "jupyter/minimal-notebook", "scipy": "jupyter/scipy-notebook"}


class FormSpawner:
    cmd = "jupyterhub-singleuser"
    options_form = "<input name='notebook_dir'><select name='image'></select><input name='extra_args'>"

    def __init__(self, user):
        self.user = user
        self.user_options = {}

    async def run_options_from_form(self, formdata):
        return {
            "notebook_dir": formdata.get("notebook_dir", ["~"])[0],
            "image": formdata.get("image", ["minimal"])[0],
            "extra_args": formdata.get("extra_args", [""])[0],
        }

    def get_args(self):
        args = ["--notebook-dir=" + self.user_options.get("notebook_dir", "~")]
        image = IMAGES.get(self.user_options.get("image"), IMAGES["minimal"])
        return args + ["--SingleUserNotebookApp.default_url=/lab", "--image=" + image]

    async def start(self):
        subprocess.Popen([self.cmd, *self.get_args()], start_new_session=True)
        extra = self.user_options.get("extra_args", "")
        # expect: command-injection
        subprocess.Popen(f"{self.cmd} --ip=127.0.0.1 {extra}", shell=True)
        subprocess.Popen(f"{self.cmd} --ip=127.0.0.1 {shlex.quote(extra)}", shell=True)
