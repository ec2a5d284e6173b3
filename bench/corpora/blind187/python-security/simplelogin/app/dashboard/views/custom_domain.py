"""Custom domain pages: add a domain, then ask the job runner to verify its DNS."""
import re

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from app.dashboard.base import dashboard_bp
from app.db import Session
from app.models import CustomDomain, Job
from app.config import JOB_CHECK_CUSTOM_DOMAIN

_DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](-?[a-z0-9])*\.)+[a-z]{2,63}$")


@dashboard_bp.route("/custom_domain", methods=["GET", "POST"])
@login_required
def custom_domain():
    if request.method == "POST":
        new_domain = request.form.get("domain", "").strip().lower()
        if new_domain.startswith("http://") or new_domain.startswith("https://"):
            new_domain = new_domain.split("://", 1)[1]
        if CustomDomain.get_by(domain=new_domain):
            flash(f"{new_domain} already used", "error")
            return redirect(url_for("dashboard.custom_domain"))
        domain = CustomDomain.create(user_id=current_user.id, domain=new_domain)
        Session.commit()
        Job.create(
            name=JOB_CHECK_CUSTOM_DOMAIN,
            payload={"custom_domain_id": domain.id, "domain": new_domain},
            run_at=None,
        )
        Session.commit()
        flash(f"New domain {new_domain} is created", "success")
        return redirect(url_for("dashboard.domain_detail_dns", custom_domain_id=domain.id))

    domains = CustomDomain.filter_by(user_id=current_user.id).all()
    return render_template("dashboard/custom_domain.html", custom_domains=domains)


@dashboard_bp.route("/custom_domain/<int:custom_domain_id>/mx", methods=["POST"])
@login_required
def recheck_mx(custom_domain_id):
    domain = CustomDomain.get(custom_domain_id)
    if not domain or domain.user_id != current_user.id:
        flash("You cannot see this page", "warning")
        return redirect(url_for("dashboard.index"))
    if not _DOMAIN_RE.match(domain.domain):
        flash("Invalid domain name", "error")
        return redirect(url_for("dashboard.custom_domain"))
    Job.create(
        name="check_mx",
        payload={"custom_domain_id": domain.id, "domain": domain.domain, "checked": True},
        run_at=None,
    )
    Session.commit()
    return redirect(url_for("dashboard.domain_detail_dns", custom_domain_id=domain.id))
