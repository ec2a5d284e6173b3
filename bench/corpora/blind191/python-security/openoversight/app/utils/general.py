"""Small helpers shared by views."""
from flask import render_template
from markupsafe import Markup, escape

ALLOWED_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "webp"}


def allowed_file(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def display_name(officer):
    parts = [officer.first_name, officer.middle_initial, officer.last_name, officer.suffix]
    return " ".join(p for p in parts if p)


def officer_card_html(officer):
    # `description` is free text entered by contributors on the edit form.
    header = Markup("<h3>{}</h3>").format(display_name(officer))
    # expect: xss
    body = Markup(f"<div class='officer-notes'>{officer.description or ''}</div>")
    return header + body


def officer_badge_html(officer):
    badge = officer.assignments[0].star_no if officer.assignments else "n/a"
    return Markup("<span class='badge'>") + escape(badge) + Markup("</span>")


def render_officer_profile(officer, face_paths):
    return render_template(
        "officer.html",
        officer=officer,
        name=display_name(officer),
        faces=face_paths,
        notes=officer.description,
    )


def validate_state(state):
    return state if state in {"AK", "AL", "CA", "IL", "NY", "WA"} else None


def normalize_star_no(value):
    value = (value or "").strip()
    return value if value.isalnum() and len(value) <= 10 else None
