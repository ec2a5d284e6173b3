"""Upload form: the file is stored in the queue store and processing is queued."""
import os

from werkzeug.utils import secure_filename

from mediagoblin_media.processing.task import ProcessMedia
from mediagoblin_media.tools.decorators import require_active_login
from mediagoblin_media.tools.response import redirect

QUEUE_DIR = "/srv/mediagoblin/queue"


@require_active_login
def submit_start(request):
    upload = request.files["file"]
    filename = secure_filename(upload.filename) or "upload.bin"
    queued = os.path.join(QUEUE_DIR, filename)
    upload.save(queued)
    transcode = request.form.get("transcode_preset", "webm_480")
    ProcessMedia().apply_async([queued, transcode])
    return redirect(request, endpoint="mediagoblin.user_pages.user_home", user=request.user.username)
