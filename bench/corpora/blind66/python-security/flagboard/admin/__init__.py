"""Admin page editor."""
from flask import Blueprint, render_template, request

from flagboard.models import Pages, db
from flagboard.utils.decorators import admins_only
from flagboard.utils.formatters import build_custom_page, build_page_preview

admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.route("/pages/preview", methods=["POST"])
@admins_only
def pages_preview():
    data = request.form.to_dict()
    content = data.get("content", "")
    title = data.get("title") or "Preview"
    return build_page_preview(content, title)


@admin.route("/pages/render", methods=["POST"])
@admins_only
def pages_render():
    form = request.form
    content = form.get("content")
    if not content:
        content = ""
    return build_custom_page(content)


@admin.route("/pages/<int:page_id>", methods=["POST"])
@admins_only
def pages_save(page_id):
    page = Pages.query.get_or_404(page_id)
    page.content = request.form.get("content", page.content)
    db.session.commit()
    return render_template("admin/page.html", page=page)
