"""GraphQL types the app registers through ``graphql_types``."""
import graphene
from django.db import connection

from nautobot_plugin.circuit_maint.models import MaintenanceNotice


class MaintenanceNoticeType(graphene.ObjectType):
    id = graphene.ID()
    provider = graphene.String()
    summary = graphene.String()


class Query(graphene.ObjectType):
    maintenance_notices = graphene.List(MaintenanceNoticeType, provider=graphene.String(), status=graphene.String())
    notice_count = graphene.Int(provider=graphene.String())

    def resolve_maintenance_notices(self, info, provider=None, status="scheduled"):
        status = status or "scheduled"
        where = "status = '%s'" % status
        if provider:
            where += " AND provider_slug = '%s'" % provider
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute("SELECT id, provider_slug, summary FROM circuit_maint_notice WHERE " + where)
            return [MaintenanceNoticeType(id=r[0], provider=r[1], summary=r[2]) for r in cursor.fetchall()]

    def resolve_notice_count(self, info, provider=None):
        qs = MaintenanceNotice.objects.all()
        if provider:
            qs = qs.filter(provider_slug=provider)
        return qs.count()


graphql_types = [MaintenanceNoticeType]
