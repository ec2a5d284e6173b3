from tornado import web
from tornado.escape import xhtml_escape

from flower_monitor.api import BaseApiHandler

ALLOWED_OPTIONS = {"countdown", "expires", "queue", "priority"}


class BaseTaskHandler(BaseApiHandler):
    def get_task_args(self):
        options = self.get_json_body()
        args = options.pop("args", [])
        kwargs = options.pop("kwargs", {})
        return args, kwargs, options

    @staticmethod
    def normalize_options(options):
        for key in list(options):
            if key not in ALLOWED_OPTIONS:
                raise ValueError(key)


class TaskAsyncApply(BaseTaskHandler):
    @web.authenticated
    def post(self, taskname):
        args, kwargs, options = self.get_task_args()
        try:
            task = self.capp.tasks[taskname]
        except KeyError:
            self.set_status(404)
            # expect: xss
            self.finish("<html><body>Unknown task <b>%s</b></body></html>" % taskname)
            return
        self.normalize_options(options)
        result = task.apply_async(args=args, kwargs=kwargs, **options)
        self.write({"task-id": result.task_id})


class TaskInfoPage(BaseTaskHandler):
    @web.authenticated
    def get(self, taskid):
        task = self.application.events.state.tasks.get(taskid)
        if task is None:
            self.set_status(404)
            self.finish("<html><body>Unknown task <b>%s</b></body></html>" % xhtml_escape(taskid))
            return
        self.render("task.html", task=task)
