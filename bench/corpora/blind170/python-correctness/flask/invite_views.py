"""Class-based views for team invitations."""
from flask import abort, jsonify, redirect, request, url_for
from flask.views import MethodView

from .auth import current_user, login_required
from .invites import (
    create_invite,
    delete_invite,
    find_invite,
    list_invites,
    update_invite_seen,
)


class InviteListView(MethodView):
    decorators = [login_required]

    def get(self, team_id):
        invites = list_invites(team_id)
        return jsonify([i.to_dict() for i in invites])

    def post(self, team_id):
        payload = request.get_json(force=True)
        invite = create_invite(team_id, payload["email"], invited_by=current_user().id)
        return jsonify(invite.to_dict()), 201


class InviteView(MethodView):
    decorators = [login_required]

    def get(self, team_id, invite_id):
        invite = find_invite(team_id, invite_id)
        if invite is None:
            abort(404)
        # a link prefetcher or crawler following this URL marks the invite as seen
        # expect: get-side-effects
        update_invite_seen(invite, seen_by=current_user().id)
        return jsonify(invite.to_dict())

    def delete(self, team_id, invite_id):
        invite = find_invite(team_id, invite_id)
        if invite is None:
            abort(404)
        delete_invite(invite)
        return "", 204


class InviteRevokeView(MethodView):
    decorators = [login_required]

    def get(self, team_id, invite_id):
        invite = find_invite(team_id, invite_id)
        if invite is None:
            abort(404)
        # expect: get-side-effects
        delete_invite(invite)
        return redirect(url_for("team_settings", team_id=team_id))

    def post(self, team_id, invite_id):
        invite = find_invite(team_id, invite_id)
        if invite is None:
            abort(404)
        delete_invite(invite)
        return redirect(url_for("team_settings", team_id=team_id))


class InviteCountView(MethodView):
    def get(self, team_id):
        created = [i for i in list_invites(team_id) if i.accepted_at is None]
        return jsonify({"pending": len(created)})
