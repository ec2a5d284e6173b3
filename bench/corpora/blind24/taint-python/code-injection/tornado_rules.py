"""Alert rule tester (Tornado)."""
import tornado.web


class RuleTestHandler(tornado.web.RequestHandler):
    def post(self):
        rule = self.get_body_argument("rule")
        scope = {"value": float(self.get_body_argument("value", "0"))}
        # expect: code-injection
        exec(f"matched = {rule}", scope)
        self.write({"matched": bool(scope.get("matched"))})
