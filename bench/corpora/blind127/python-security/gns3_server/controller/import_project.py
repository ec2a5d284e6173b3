"""Project import: a portable project zip unpacked under the projects dir."""
import io
import os
import uuid
import zipfile


async def import_project(controller, project_id, stream, name=None):
    data = await stream.read()
    project_dir = os.path.join(controller.projects_dir, str(uuid.UUID(project_id)))
    os.makedirs(project_dir, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.namelist():
            if member.startswith("project-files/"):
                target = os.path.realpath(os.path.join(project_dir, member))
                if os.path.commonpath([target, project_dir]) != project_dir:
                    continue
                with open(target, "wb") as fh:
                    fh.write(archive.read(member))
            else:
                # expect: path-traversal
                with open(os.path.join(project_dir, member), "wb") as fh:
                    fh.write(archive.read(member))
    return {"project_id": project_id, "name": name or "imported"}
