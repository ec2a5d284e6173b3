from django.db import models


class ScriptVersion(models.Model):
    script_name = models.CharField(max_length=255)
    script_path = models.FileField()


class WooeyJob(models.Model):
    job_name = models.CharField(max_length=255)
    job_description = models.TextField(null=True, blank=True)
    script_version = models.ForeignKey(ScriptVersion, on_delete=models.CASCADE)
    save_path = models.CharField(max_length=255, blank=True)
    status = models.CharField(max_length=10, default="submitted")

    def get_parameters(self):
        return self.scriptparameters_set.order_by("pk")


class ScriptParameters(models.Model):
    job = models.ForeignKey(WooeyJob, on_delete=models.CASCADE)
    short_param = models.CharField(max_length=255)
    value = models.TextField()
