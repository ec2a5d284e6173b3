"""Letter proofing: a code is sent by post to the address registered for a NIN."""
import os
import re

from flask import Blueprint, abort, current_app, request, send_file, send_from_directory

from eduid.webapp.common.api.decorators import require_user
from eduid.workers.msg.tasks import send_letter

letter_proofing_views = Blueprint("letter_proofing", __name__, url_prefix="/letter")
NIN_RE = re.compile(r"^(18|19|20)\d{10}$")


@letter_proofing_views.route("/proofing", methods=["POST"])
@require_user
def request_letter(user):
    nin = (request.get_json() or {}).get("nin", "")
    if not NIN_RE.match(nin):
        abort(400, "invalid nin")
    state = current_app.proofing_statedb.create(user.eppn, nin)
    send_letter.delay(user.eppn, nin, state.code)
    return {"letter_sent": True, "expires": state.expires.isoformat()}


@letter_proofing_views.route("/spool/<letter_id>", methods=["GET"])
@require_user
def download_spooled_letter(user, letter_id):
    """Debug helper for the staging environment: fetch a generated letter PDF."""
    if not current_app.conf.letter_debug:
        abort(404)
    path = os.path.join(current_app.conf.letter_spool_dir, letter_id)
    # expect: path-traversal
    return send_file(path, mimetype="application/pdf")


@letter_proofing_views.route("/spool/own/<letter_id>", methods=["GET"])
@require_user
def download_own_letter(user, letter_id):
    spool = current_app.conf.letter_spool_dir
    return send_from_directory(spool, f"{user.eppn}-{letter_id}.pdf", mimetype="application/pdf")


@letter_proofing_views.route("/verify-code", methods=["POST"])
@require_user
def verify_code(user):
    code = (request.get_json() or {}).get("code", "")
    state = current_app.proofing_statedb.get_by_eppn(user.eppn)
    if state is None or state.code != code:
        abort(400, "wrong code")
    current_app.proofing_statedb.remove(state)
    return {"verified": True}
