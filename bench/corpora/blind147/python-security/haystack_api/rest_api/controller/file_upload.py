"""File upload and indexing endpoints."""
import json
import logging
import shutil
import uuid
from pathlib import Path
from typing import List, Optional

from fastapi import APIRouter, Depends, File, Form, UploadFile

from ..config import FILE_UPLOAD_PATH
from ..utils import get_app, get_pipelines

logger = logging.getLogger(__name__)
router = APIRouter()
app = get_app()


@router.post('/file-upload')
def upload_file(files: List[UploadFile] = File(...), meta: Optional[str] = Form('null'),
                pipelines: dict = Depends(get_pipelines)):
    indexing_pipeline = pipelines.get('indexing_pipeline')
    file_paths = []
    file_metas = []
    meta_form = json.loads(meta) or {}
    for file in files:
        try:
            file_path = Path(FILE_UPLOAD_PATH) / f'{uuid.uuid4().hex}_{Path(file.filename).name}'
            with file_path.open('wb') as buffer:
                shutil.copyfileobj(file.file, buffer)
            file_paths.append(file_path)
            meta_form['name'] = file.filename
            file_metas.append(dict(meta_form))
        finally:
            file.file.close()
    indexing_pipeline.run(file_paths=file_paths, meta=file_metas)


@router.post('/file-upload/named')
def upload_named_file(file: UploadFile = File(...), meta: Optional[str] = Form('null'),
                      pipelines: dict = Depends(get_pipelines)):
    meta_form = json.loads(meta) or {}
    target_name = meta_form.get('target_name') or f'{uuid.uuid4().hex}.txt'
    file_path = Path(FILE_UPLOAD_PATH) / target_name
    logger.info('storing upload as %s', file_path)
    # expect: path-traversal
    with file_path.open('wb') as buffer:
        shutil.copyfileobj(file.file, buffer)
    pipelines['indexing_pipeline'].run(file_paths=[file_path], meta=[meta_form])
    return {'stored_as': str(file_path)}
