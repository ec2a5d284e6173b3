"""Alert rule tester (Tornado), fixed operators."""
import operator

import tornado.web

OPS = {"gt": operator.gt, "lt": operator.lt, "eq": operator.eq}


class RuleTestHandler(tornado.web.RequestHandler):
    def post(self):
        op = OPS.get(self.get_body_argument("op"), operator.gt)
        value = float(self.get_body_argument("value", "0"))
        threshold = float(self.get_body_argument("threshold", "0"))
        self.write({"matched": op(value, threshold)})
