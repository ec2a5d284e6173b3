# library: psycopg2 / smtplib (credentials as default arguments)
"""Connection helpers for the reporting scripts."""
import os
import smtplib

import psycopg2


# expect: hardcoded-secret
def connect(host="db.internal", user="reporter", password="R3p0rt!ng-2024"):
    return psycopg2.connect(host=host, user=user, password=password, dbname="reports")


def connect_env(host="db.internal", user="reporter", password=None):
    return psycopg2.connect(host=host, user=user, password=password or os.environ["REPORTS_DB_PASSWORD"], dbname="reports")


# expect: hardcoded-secret
def send_report(body, smtp_user="reports@example.com", smtp_password="mailpass-77x"):
    with smtplib.SMTP_SSL("smtp.example.com", 465) as smtp:
        smtp.login(smtp_user, smtp_password)
        smtp.sendmail(smtp_user, ["team@example.com"], body)


def send_report_env(body, smtp_user="reports@example.com", smtp_password=""):
    with smtplib.SMTP_SSL("smtp.example.com", 465) as smtp:
        smtp.login(smtp_user, smtp_password or os.environ["SMTP_PASSWORD"])
        smtp.sendmail(smtp_user, ["team@example.com"], body)
