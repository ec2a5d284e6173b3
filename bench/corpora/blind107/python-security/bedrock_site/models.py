from django.db import models


class AdvisoryManager(models.Manager):
    def search(self, product, since):
        qs = self.filter(products__slug=product)
        if since:
            # expect: sql-injection
            qs = qs.extra(where=["announced >= '%s'" % since])
        return list(qs.values("id", "title", "impact"))

    def search_params(self, product, since):
        qs = self.filter(products__slug=product)
        if since:
            qs = qs.extra(where=["announced >= %s"], params=[since])
        return list(qs.values("id", "title", "impact"))


class SecurityAdvisory(models.Model):
    title = models.CharField(max_length=255)
    impact = models.CharField(max_length=32)
    announced = models.DateField()
    objects = AdvisoryManager()
