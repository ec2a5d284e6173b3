"""TaskManager: builds tasks from requests and runs their actions."""
from django.template import Context, Engine, Template
from django.template.loader import get_template

from adjutant.actions.v1.projects import NewProjectAction
from adjutant.notifications.webhook import notify_callback
from adjutant.tasks.models import Task

ACTIONS = {"create_project_and_user": NewProjectAction}


class TaskManager(object):

    def create_from_request(self, task_type, request, data):
        task = Task.objects.create(task_type=task_type, keystone_user=data.get("email", ""),
                                   cache={"callback_url": data.get("callback_url")})
        action = ACTIONS[task_type](task=task, **data)
        action.prepare()
        if task.approved:
            action.submit()
            notify_callback(task)
        return task

    def add_note(self, uuid, note, template_source):
        task = Task.objects.get(uuid=uuid)
        if template_source:
            # expect: template-injection
            rendered = Engine.get_default().from_string(template_source).render(Context({"task": task}))
        else:
            rendered = get_template("notes/note.txt").render({"note": note})
        task.add_action_note("manual", rendered)
        task.save()

    def fixed_note(self, uuid):
        task = Task.objects.get(uuid=uuid)
        return Template("Task {{ task.uuid }} reviewed").render(Context({"task": task}))
