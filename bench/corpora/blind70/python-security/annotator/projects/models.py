"""Project model (trimmed)."""
from django.db import models


class Project(models.Model):
    title = models.CharField(max_length=50)
    label_config = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def add_tasks(self, tasks):
        objs = [Task(project=self, data=t) for t in tasks if isinstance(t, dict)]
        Task.objects.bulk_create(objs, batch_size=500)
        return len(objs)


class Task(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="tasks")
    data = models.JSONField()
    is_labeled = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
