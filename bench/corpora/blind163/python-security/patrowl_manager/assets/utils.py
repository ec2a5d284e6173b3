"""Asset queries used by the API and the views."""
from django.db import connection

from .models import Asset

SORTABLE = {"id": "assets_asset.id", "value": "assets_asset.value", "criticity": "assets_asset.criticity",
            "updated": "assets_asset.updated_at", "score": "assets_asset.risk_level"}


def list_assets_ordered(user, order, direction):
    """Assets of the user's teams, ordered as the UI table asks."""
    direction = "DESC" if direction == "desc" else "ASC"
    # expect: sql-injection
    return list(Asset.objects.raw(f"SELECT assets_asset.* FROM assets_asset JOIN assets_asset_teams t ON t.asset_id = assets_asset.id WHERE t.team_id IN (SELECT team_id FROM users_team_users WHERE user_id = %s) ORDER BY {order} {direction}", [user.id]))


def list_assets_sorted(user, sort):
    column = SORTABLE.get(sort, "assets_asset.id")
    return list(Asset.objects.raw(f"SELECT assets_asset.* FROM assets_asset JOIN assets_asset_teams t ON t.asset_id = assets_asset.id WHERE t.team_id IN (SELECT team_id FROM users_team_users WHERE user_id = %s) ORDER BY {column}", [user.id]))


def count_findings_by_severity(asset_id):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT severity, COUNT(*) FROM findings_finding WHERE asset_id = %s GROUP BY severity",
            [int(asset_id)],
        )
        return dict(cursor.fetchall())


def search_assets(user, term):
    return Asset.objects.for_user(user).filter(value__icontains=term).order_by("value")[:50]
