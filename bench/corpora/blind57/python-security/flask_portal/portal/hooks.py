from flask import g, request, session


def register_hooks(app):
    @app.before_request
    def remember_view_prefs():
        # Prefs submitted on any page are kept for the rest of the visit.
        if "layout" in request.args:
            # expect: trust-boundary
            session["layout"] = request.args["layout"]
        if "greeting" in request.values:
            # expect: trust-boundary
            session["greeting"] = request.values["greeting"]
        g.city = request.cookies.get("city") or "Berlin"

    @app.context_processor
    def inject_prefs():
        return {"layout": session.get("layout", "wide")}
