from django.db import models


class Flow(models.Model):
    slug = models.SlugField(unique=True)
    name = models.TextField()
    designation = models.CharField(max_length=100)
    default_redirect = models.TextField(blank=True, default="")
    denied_action = models.CharField(max_length=32, default="message_continue")

    class Meta:
        app_label = "authentik_flows"

    def stage_bindings(self):
        return self.flowstagebinding_set.order_by("order").select_related("stage")
