"""Raw SQL helpers used by the backoffice dashboards."""
from sqlalchemy import text

REGION_COLUMNS = {"name": "r.name", "beds": "free_beds", "updated": "last_update"}


def bed_counts_for_region(session, region_name, order="beds"):
    column = REGION_COLUMNS.get(order, "free_beds")
    return session.execute(
        text(
            "SELECT i.name, SUM(b.n_covid_free) AS free_beds, MAX(b.create_date) AS last_update "
            "FROM icus i JOIN regions r ON r.region_id = i.region_id "
            "JOIN bed_counts b ON b.icu_id = i.icu_id WHERE r.name = :region "
            f"GROUP BY i.name ORDER BY {column} DESC"
        ),
        {"region": region_name},
    ).fetchall()


def icus_matching(session, pattern):
    # expect: sql-injection
    return session.execute(text(f"SELECT icu_id, name, dept FROM icus WHERE name LIKE '%{pattern}%' ORDER BY name")).fetchall()


def icus_matching_bound(session, pattern):
    return session.execute(
        text("SELECT icu_id, name, dept FROM icus WHERE name LIKE :p ORDER BY name"), {"p": f"%{pattern}%"}
    ).fetchall()


def last_update(session, icu_id):
    return session.execute(
        text("SELECT MAX(create_date) FROM bed_counts WHERE icu_id = :id"), {"id": int(icu_id)}
    ).scalar()
