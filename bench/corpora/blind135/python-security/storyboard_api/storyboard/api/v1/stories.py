"""Stories and attachments of the v1 API (pecan + WSME)."""
import uuid

from pecan import request, response, rest
from pecan.secure import secure
import wsmeext.pecan as wsme_pecan

from storyboard.api.auth import authorization_checks as checks
from storyboard.api.v1 import wmodels
from storyboard.db.api import stories as stories_api
from storyboard.db.api import attachments as attachments_api


class AttachmentsController(rest.RestController):
    """Files attached to a story."""

    @secure(checks.authenticated)
    @wsme_pecan.wsexpose(wmodels.Attachment, int, body=wmodels.Attachment)
    def post(self, story_id, attachment):
        name = attachment.name
        data = attachment.content.encode("utf-8")
        attachments_api.save_attachment(story_id, name, data)
        return attachment

    @secure(checks.authenticated)
    @wsme_pecan.wsexpose(wmodels.Attachment, int, body=wmodels.Attachment)
    def put(self, story_id, attachment):
        stored_name = "%s.bin" % uuid.uuid4().hex
        attachments_api.save_attachment_as(story_id, stored_name, attachment.content.encode("utf-8"))
        return attachment


class StoriesController(rest.RestController):
    """Stories: listing, sorting, digest."""

    attachments = AttachmentsController()

    @secure(checks.guest)
    @wsme_pecan.wsexpose([wmodels.Story], str, str, str, int)
    def get_all(self, title=None, sort_field=None, sort_dir=None, limit=None):
        limit = int(limit or 100)
        stories = stories_api.story_get_all(title=title, sort_field=sort_field,
                                            sort_dir=sort_dir, limit=limit)
        response.headers["X-Total"] = str(len(stories))
        return [wmodels.Story.from_db_model(s) for s in stories]

    @secure(checks.guest)
    @wsme_pecan.wsexpose([wmodels.Story], str, int)
    def search(self, status=None, project_id=None):
        return [wmodels.Story.from_db_model(s)
                for s in stories_api.story_get_by_status(status, project_id)]

    @secure(checks.authenticated)
    @wsme_pecan.wsexpose(wmodels.Story, body=wmodels.Story)
    def post(self, story):
        values = story.as_dict()
        values["creator_id"] = request.current_user_id
        return wmodels.Story.from_db_model(stories_api.story_create(values))
