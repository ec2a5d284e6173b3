"""Scheduled report e-mails: the dashboard's 'send me this every Monday' form."""
import logging
import smtplib
import sqlite3
from email.message import EmailMessage

from flask import Blueprint, current_app, jsonify, request

from ..utils.request import get_param, list_param
from .repository import get_db

bp = Blueprint("schedules", __name__)
log = logging.getLogger("dashboard.schedules")

FREQUENCIES = {"daily": 1, "weekly": 7, "monthly": 30}
SHOW_SQL_PREVIEW = False


@bp.post("/schedules")
def create_schedule():
    recipients = list_param("to")
    frequency = get_param("frequency", "weekly")
    try:
        days = int(get_param("days", "7"))
    except ValueError:
        days = 7
    columns = ""
    for col in list_param("column"):
        columns += col + ", "
    columns = columns.rstrip(", ") or "customer_name"
    db = get_db()
    try:
        db.execute(
            "INSERT INTO schedules (recipients, frequency, days) VALUES (?, ?, ?)",
            (",".join(recipients), FREQUENCIES.get(frequency, 7), days),
        )
        # expect: sql-injection
        db.execute("CREATE VIEW IF NOT EXISTS schedule_preview AS SELECT " + columns + " FROM orders")
        db.commit()
    except sqlite3.DatabaseError:
        db.rollback()
        log.exception("schedule not saved")
        return jsonify({"error": "not saved"}), 400
    finally:
        log.info("schedule request handled for %d recipients", len(recipients))
    if SHOW_SQL_PREVIEW:
        return jsonify({"sql": "SELECT " + columns + " FROM orders"})
    return jsonify({"ok": True, "days": days}), 201


@bp.post("/schedules/preview-count")
def preview_count():
    try:
        days = int(request.form.get("days", "7"))
    except ValueError:
        days = 7
    row = get_db().execute(f"SELECT COUNT(*) FROM orders WHERE created_at >= date('now', '-{days} days')").fetchone()
    return jsonify({"orders": row[0]})


@bp.post("/schedules/test-mail")
def test_mail():
    msg = EmailMessage()
    msg["Subject"] = "Test report"
    msg["From"] = current_app.config.get("MAIL_FROM", "reports@example.com")
    msg["To"] = ", ".join(list_param("to")[:5])
    msg.set_content("This is what your scheduled report will look like.")
    with smtplib.SMTP(current_app.config.get("SMTP_HOST", "localhost"), timeout=10) as smtp:
        smtp.send_message(msg)
    return jsonify({"sent": True})
