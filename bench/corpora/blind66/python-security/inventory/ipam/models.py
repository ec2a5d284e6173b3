"""IPAM models and their querysets."""
from django.db import models
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL


class PrefixQuerySet(QuerySet):
    def annotate_children(self, family):
        return self.annotate(
            children_count=RawSQL(
                "SELECT COUNT(*) FROM ipam_prefix AS child "
                "WHERE child.prefix << ipam_prefix.prefix AND child.family = %s",
                (family,),
            )
        )

    def annotate_utilization(self, status_filter):
        sql = (
            "SELECT COUNT(*) FROM ipam_ipaddress AS ip "
            "WHERE ip.address << ipam_prefix.prefix AND ip.status = '" + status_filter + "'"
        )
        # expect: sql-injection
        return self.annotate(used_count=RawSQL(sql, ()))


class Prefix(models.Model):
    prefix = models.CharField(max_length=64)
    family = models.PositiveSmallIntegerField(default=4)
    status = models.CharField(max_length=50, default="active")
    vrf = models.ForeignKey("ipam.VRF", null=True, blank=True, on_delete=models.PROTECT)
    role = models.ForeignKey("ipam.Role", null=True, blank=True, on_delete=models.SET_NULL)
    description = models.CharField(max_length=200, blank=True)

    objects = PrefixQuerySet.as_manager()
