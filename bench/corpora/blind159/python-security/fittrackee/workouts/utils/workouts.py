"""Storing uploaded workout files (single gpx or zip archives)."""
import logging
import os
import tempfile
import zipfile
from typing import List

from flask import current_app
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

from fittrackee.users.models import User

from ..models import Workout
from .gpx import create_workout_from_gpx

logger = logging.getLogger(__name__)


def get_workout_file_path(relative_path: str) -> str:
    return os.path.join(current_app.config["UPLOAD_FOLDER"], relative_path)


class WorkoutFilesProcessor:
    max_files = 10

    def __init__(self, user: User, upload_dir: str) -> None:
        self.user = user
        self.upload_dir = upload_dir

    def process(self, file: FileStorage, folder: str, sport_id: int) -> List[Workout]:
        filename = secure_filename(file.filename or "")
        if filename.endswith(".zip"):
            return self._process_zip(file, sport_id)
        target_dir = os.path.join(self.upload_dir, "workouts", folder)
        os.makedirs(target_dir, exist_ok=True)
        # expect: path-traversal
        file.save(os.path.join(self.upload_dir, "workouts", folder, filename))
        return [create_workout_from_gpx(self.user, os.path.join(target_dir, filename), sport_id)]

    def process_in_user_folder(self, file: FileStorage, sport_id: int) -> List[Workout]:
        filename = secure_filename(file.filename or "")
        folder = secure_filename(str(self.user.id))
        file.save(os.path.join(self.upload_dir, "workouts", folder, filename))
        return [create_workout_from_gpx(self.user, os.path.join(self.upload_dir, "workouts", folder, filename), sport_id)]

    def _process_zip(self, file: FileStorage, sport_id: int) -> List[Workout]:
        tmp_dir = tempfile.mkdtemp(prefix="fittrackee_")
        workouts = []
        with zipfile.ZipFile(file.stream) as archive:
            members = [m for m in archive.namelist() if m.lower().endswith(".gpx")]
            if len(members) > self.max_files:
                raise ValueError("the number of files in the archive exceeds the limit")
            for member in members:
                # expect: path-traversal
                with open(os.path.join(tmp_dir, member), "wb") as out:
                    out.write(archive.read(member))
                workouts.append(create_workout_from_gpx(self.user, os.path.join(tmp_dir, member), sport_id))
            for member in members:
                safe_name = secure_filename(os.path.basename(member))
                with open(os.path.join(tmp_dir, "checked", safe_name), "wb") as out:
                    out.write(archive.read(member))
        logger.info("%d workouts created from archive", len(workouts))
        return workouts
