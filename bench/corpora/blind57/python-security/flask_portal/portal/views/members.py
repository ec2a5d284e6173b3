from flask import abort, jsonify, request
from flask.views import MethodView

from ..services.members import MemberService, MemberUpdate

service = MemberService()


class MemberAPI(MethodView):
    def get(self, member_id=None):
        if member_id is not None:
            member = service.get(member_id)
            if member is None:
                abort(404)
            return jsonify(member)
        return jsonify(service.find(**request.args.to_dict()))

    def post(self):
        payload = request.get_json(force=True)
        member_id, nickname = payload["id"], payload.get("nickname", "")
        try:
            member_id = int(member_id)
        except (TypeError, ValueError):
            abort(400)
        service.update(MemberUpdate(member_id=member_id, nickname=nickname, bio=payload.get("bio", ""), city=payload.get("city", "")))
        return jsonify({"updated": member_id})

    def patch(self, member_id):
        nickname = (request.get_json(silent=True) or {}).get("nickname")
        if nickname is None:
            nickname = ""
        service.rename(member_id, nickname)
        return jsonify({"renamed": member_id})
