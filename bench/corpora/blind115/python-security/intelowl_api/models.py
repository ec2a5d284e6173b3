from django.db import models


class Job(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE, null=True)
    observable_name = models.CharField(max_length=512, blank=True)
    observable_classification = models.CharField(max_length=12, blank=True)
    analyzers_requested = models.JSONField(default=list)
    is_sample = models.BooleanField(default=False)
    file_name = models.CharField(max_length=512, blank=True)
    tlp = models.CharField(max_length=8, default="CLEAR")

    @classmethod
    def search_by_name(cls, name):
        # expect: sql-injection
        return cls.objects.extra(where=["observable_name LIKE '%%" + name + "%%'"])

    @classmethod
    def search_by_name_safe(cls, name):
        return cls.objects.extra(where=["observable_name LIKE %s"], params=["%" + name + "%"])


class PluginConfig(models.Model):
    plugin_name = models.CharField(max_length=128)
    attribute = models.CharField(max_length=128)
    value = models.JSONField()
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)

    @classmethod
    def value_for(cls, plugin_name, attribute, user):
        cfg = cls.objects.filter(plugin_name=plugin_name, attribute=attribute, owner=user).first()
        return cfg.value if cfg else None
