"""Hand-written queries for the test history pages (the ORM version was slow)."""
from django.db import connection

HISTORY_LIMIT = 50


def test_history(project_id, suite_slug, test_name):
    """Result of one test across the last builds of a project."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT b.version, e.slug, t.result, t.has_known_issues
              FROM core_test t
              JOIN core_testrun r ON r.id = t.test_run_id
              JOIN core_build b ON b.id = r.build_id
              JOIN core_environment e ON e.id = r.environment_id
              JOIN core_suite s ON s.id = t.suite_id
             WHERE b.project_id = %s AND s.slug = %s AND t.name = %s
             ORDER BY b.datetime DESC
             LIMIT %s
            """,
            [project_id, suite_slug, test_name, HISTORY_LIMIT],
        )
        return cursor.fetchall()


def tests_matching(project_id, name_filter):
    """Tests of a project whose name contains the filter (search box)."""
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT DISTINCT s.slug, t.name FROM core_test t JOIN core_suite s ON s.id = t.suite_id WHERE s.project_id = {int(project_id)} AND t.name LIKE '%%{name_filter}%%' ORDER BY 1, 2 LIMIT 200")
        return cursor.fetchall()


def suites_by_prefix(project_id, prefix):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT slug FROM core_suite WHERE project_id = %s AND slug LIKE %s ORDER BY slug",
            [project_id, prefix.replace("%", r"\%") + "%"],
        )
        return [row[0] for row in cursor.fetchall()]


def failure_counts(build_ids):
    placeholders = ", ".join(["%s"] * len(build_ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT r.build_id, COUNT(*) FROM core_test t JOIN core_testrun r ON r.id = t.test_run_id "
            f"WHERE t.result = false AND r.build_id IN ({placeholders}) GROUP BY r.build_id",
            list(build_ids),
        )
        return dict(cursor.fetchall())
