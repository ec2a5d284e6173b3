from django.db import models


class Thread(models.Model):
    title = models.CharField(max_length=300)
    deleted = models.BooleanField(default=False)
    points = models.IntegerField(default=0)
    answer_count = models.IntegerField(default=0)
    added_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField(auto_now=True)


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE)
    text = models.TextField()

    def get_absolute_url(self):
        return f"/question/{self.thread_id}/"
