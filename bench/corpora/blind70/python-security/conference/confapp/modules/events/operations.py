"""Operations on events, called by the controllers."""
import logging
import os
import subprocess
import tempfile

from sqlalchemy import text

from confapp.modules.events.models import db
from confapp.modules.events.latex import render_timetable_tex

logger = logging.getLogger(__name__)

BADGE_TEMPLATES = {"default": "badge_default.tex", "compact": "badge_compact.tex", "staff": "badge_staff.tex"}
LATEX_BIN = os.environ.get("CONFAPP_LATEX", "pdflatex")


def build_timetable_pdf(event, paper, jobname):
    workdir = tempfile.mkdtemp(prefix="timetable-")
    tex_path = os.path.join(workdir, "timetable.tex")
    with open(tex_path, "w") as f:
        f.write(render_timetable_tex(event, paper))
    cmd = f"{LATEX_BIN} -interaction=nonstopmode -jobname={jobname} timetable.tex"
    logger.info("building timetable for event %s", event.id)
    # expect: command-injection
    subprocess.run(cmd, shell=True, cwd=workdir, check=True, timeout=120)
    # expect: path-traversal
    with open(os.path.join(workdir, f"{jobname}.pdf"), "rb") as f:
        return f.read()


def print_badges(event, template_id, copies):
    template = BADGE_TEMPLATES.get(template_id)
    if template is None:
        raise ValueError("unknown badge template")
    workdir = tempfile.mkdtemp(prefix="badges-")
    args = [LATEX_BIN, "-interaction=nonstopmode", f"-output-directory={workdir}", template]
    for _ in range(max(1, min(copies, 5))):
        subprocess.run(args, check=True, timeout=120)
    with open(os.path.join(workdir, template.replace(".tex", ".pdf")), "rb") as f:
        return f.read()


def search_events(q, category):
    sql = "SELECT id, title FROM events WHERE is_deleted = false AND title ILIKE '%" + q + "%'"
    if category is not None:
        sql += " AND category_id = %d" % category
    # expect: sql-injection
    return db.session.execute(text(sql)).fetchall()


def search_events_bound(q, category):
    sql = "SELECT id, title FROM events WHERE is_deleted = false AND title ILIKE :q"
    params = {"q": f"%{q}%"}
    if category is not None:
        sql += " AND category_id = :cat"
        params["cat"] = category
    return db.session.execute(text(sql), params).fetchall()


def event_ical(event):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", f"UID:event-{event.id}@confapp"]
    lines += [f"SUMMARY:{event.title}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines)
