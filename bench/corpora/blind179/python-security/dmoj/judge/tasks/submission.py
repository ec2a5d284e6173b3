"""Background tasks over many submissions (rejudges, rescoring)."""
from celery import shared_task
from django.db import connection, transaction

from judge.models import Problem, Submission
from judge.utils.celery import Progress

VALID_RESULTS = {code for code, _ in Submission.RESULT}


def _result_clause(results):
    """Results come from a fixed list, so they are checked and bound."""
    wanted = [r for r in results if r in VALID_RESULTS]
    if not wanted:
        return "", []
    return " AND s.result IN (" + ", ".join(["%s"] * len(wanted)) + ")", wanted


@shared_task(bind=True)
def rejudge_problem_filter(self, problem_id, id_start=0, id_end=0, languages=(), results=()):
    """Collect matching submission ids, then rejudge them one by one."""
    sql = "SELECT s.id FROM judge_submission s WHERE s.problem_id = %s"
    params = [int(problem_id)]
    if id_start:
        sql += " AND s.id >= %s"
        params.append(int(id_start))
    if id_end:
        sql += " AND s.id <= %s"
        params.append(int(id_end))
    clause, values = _result_clause(results)
    sql += clause
    params.extend(values)
    with connection.cursor() as cursor:
        if languages:
            keys = "', '".join(languages)
            # expect: sql-injection
            cursor.execute(f"{sql} AND s.language_id IN (SELECT id FROM judge_language WHERE key IN ('{keys}'))", params)
        else:
            cursor.execute(sql, params)
        ids = [row[0] for row in cursor.fetchall()]
    with Progress(self, len(ids), stage="Rejudging") as progress:
        for i, sub_id in enumerate(ids):
            Submission.objects.get(id=sub_id).judge(rejudge=True, batch_rejudge=True)
            progress.did(1)
    return len(ids)


@shared_task(bind=True)
def rescore_problem(self, problem_id):
    """Recompute points after the problem's point value changed."""
    problem = Problem.objects.get(id=problem_id)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE judge_submission SET points = case_points / case_total * %s "
            "WHERE problem_id = %s AND case_total > 0",
            [problem.points, problem.id],
        )
    with transaction.atomic():
        problem.update_stats()
    return problem.id
