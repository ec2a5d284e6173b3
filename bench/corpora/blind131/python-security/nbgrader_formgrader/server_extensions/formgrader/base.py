from jupyter_server.base.handlers import JupyterHandler


class BaseApiHandler(JupyterHandler):

    @property
    def api(self):
        return self.settings["nbgrader_api"]

    @property
    def gradebook(self):
        return self.settings["nbgrader_gradebook"]
