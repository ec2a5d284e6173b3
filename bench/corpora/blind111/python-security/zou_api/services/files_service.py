from ..models import WorkingFile


def get_working_file_path(working_file_id):
    wf = WorkingFile.query.get(working_file_id)
    return {"path": wf.path, "name": wf.name}
