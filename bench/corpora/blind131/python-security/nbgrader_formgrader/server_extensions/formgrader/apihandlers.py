import json

from tornado import web
from tornado.escape import xhtml_escape

from nbgrader_formgrader.server_extensions.formgrader.base import BaseApiHandler


class SubmissionCollectionHandler(BaseApiHandler):
    @web.authenticated
    def get(self, assignment_id):
        self.write(json.dumps(self.gradebook.assignment_submissions(assignment_id)))


class AutogradeHandler(BaseApiHandler):
    @web.authenticated
    def post(self, assignment_id, student_id):
        force = self.get_argument("force", "") == "1"
        self.write(json.dumps(self.api.autograde(assignment_id, student_id, force=force)))


class GenerateFeedbackHandler(BaseApiHandler):
    @web.authenticated
    def post(self, assignment_id, student_id):
        self.write(json.dumps(self.api.generate_feedback(assignment_id, student_id)))


class ReleaseSummaryHandler(BaseApiHandler):
    @web.authenticated
    def get(self, assignment_id):
        count = len(self.gradebook.assignment_submissions(assignment_id))
        self.write("<p>%d submissions for %s</p>" % (count, xhtml_escape(assignment_id)))
        note = self.get_argument("note", "")
        # expect: xss
        self.write(f"<div class='release-note'>{note}</div>")
