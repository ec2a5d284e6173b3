"""HR queries on python-oracledb."""
import oracledb


def employees_in(conn: oracledb.Connection, dept: str):
    with conn.cursor() as cur:
        cur.execute("SELECT employee_id, last_name FROM employees WHERE department_id = :dept", dept=dept)
        return cur.fetchall()


def employees_named(conn: oracledb.Connection, last_name: str):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT employee_id FROM employees WHERE last_name = '{last_name}'")
        return cur.fetchall()


def salary_band(conn: oracledb.Connection, grade: str):
    with conn.cursor() as cur:
        sql = "SELECT min_salary, max_salary FROM jobs WHERE job_id = '{}'".format(grade)
        # expect: sql-injection
        cur.execute(sql)
        return cur.fetchone()


def salary_band_bound(conn: oracledb.Connection, grade: str):
    with conn.cursor() as cur:
        cur.execute("SELECT min_salary, max_salary FROM jobs WHERE job_id = :1", [grade])
        return cur.fetchone()
