from django.contrib.auth import get_user_model
from django.db import models

User = get_user_model()


class DomainManager(models.Manager):
    def get_for_admin(self, admin):
        return self.get_queryset().filter(admins=admin)


class Domain(models.Model):
    name = models.CharField(max_length=100, unique=True)
    quota = models.PositiveIntegerField(default=0)
    enabled = models.BooleanField(default=True)
    admins = models.ManyToManyField(User, blank=True)

    objects = DomainManager()
