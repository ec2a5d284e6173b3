"""Source manager: sources, their uploaded files, and where the files live on disk."""
import os
from pathlib import Path

from letta.orm.file import FileMetadata as FileMetadataModel
from letta.orm.source import Source as SourceModel
from letta.schemas.source import SourceCreate
from letta.settings import settings


class SourceManager:
    def __init__(self, session_maker):
        self.session_maker = session_maker
        self.root = Path(settings.letta_dir) / "sources"

    def create_source(self, source_create: SourceCreate, actor):
        with self.session_maker() as session:
            source = SourceModel(name=source_create.name, description=source_create.description,
                                 organization_id=actor.organization_id)
            source.create(session, actor=actor)
            return source.to_pydantic()

    def get_source_by_id(self, source_id, actor):
        with self.session_maker() as session:
            return SourceModel.read(db_session=session, identifier=source_id, actor=actor).to_pydantic()

    def _record(self, source, file_name, path, size, actor):
        with self.session_maker() as session:
            record = FileMetadataModel(source_id=source.id, file_name=file_name, file_path=str(path),
                                       file_size=size, organization_id=actor.organization_id)
            record.create(session, actor=actor)
            return record.to_pydantic()

    def save_upload(self, source, file_name, content, actor):
        """Write an uploaded file under the source's folder and record it."""
        folder = self.root / source.id
        folder.mkdir(parents=True, exist_ok=True)
        path = os.path.join(folder, file_name)
        # expect: path-traversal
        with open(path, "wb") as out:
            out.write(content)
        return self._record(source, file_name, path, len(content), actor)

    def save_upload_checked(self, source, file_name, content, actor):
        folder = (self.root / source.id).resolve()
        folder.mkdir(parents=True, exist_ok=True)
        safe_name = Path(file_name or "upload.bin").name
        path = folder / safe_name
        with open(path, "wb") as out:
            out.write(content)
        return self._record(source, safe_name, path, len(content), actor)

    def read_file_text(self, source_id, file_id, actor):
        """Read a recorded file; the path comes from the database record, not the request."""
        with self.session_maker() as session:
            record = FileMetadataModel.read(db_session=session, identifier=file_id, actor=actor)
            if record.source_id != source_id:
                raise ValueError("file does not belong to source")
            with open(record.file_path, "r", encoding="utf-8", errors="replace") as handle:
                return handle.read()
