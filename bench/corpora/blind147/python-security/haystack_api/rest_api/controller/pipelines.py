"""Load pipeline definitions posted by administrators."""
import logging

import yaml
from fastapi import APIRouter, Body, Depends, HTTPException

from ..utils import get_pipelines, require_admin
from ...pipelines import Pipeline

logger = logging.getLogger(__name__)
router = APIRouter()


@router.post('/pipelines/validate', dependencies=[Depends(require_admin)])
def validate_pipeline(definition: str = Body(..., media_type='text/yaml')):
    config = yaml.safe_load(definition)
    if 'components' not in config or 'pipelines' not in config:
        raise HTTPException(status_code=422, detail='components and pipelines are required')
    return {'components': [c['name'] for c in config['components']]}


@router.post('/pipelines/load', dependencies=[Depends(require_admin)])
def load_pipeline(definition: str = Body(..., media_type='text/yaml'), pipelines: dict = Depends(get_pipelines)):
    # expect: deserialization
    config = yaml.load(definition, Loader=yaml.Loader)
    name = config.get('pipeline_name', 'query')
    pipelines[name] = Pipeline.load_from_config(config, pipeline_name=name)
    logger.info('loaded pipeline %s', name)
    return {'loaded': name}


@router.post('/pipelines/reload', dependencies=[Depends(require_admin)])
def reload_pipelines(pipelines: dict = Depends(get_pipelines)):
    with open(pipelines['yaml_path'], encoding='utf-8') as f:
        config = yaml.load(f, Loader=yaml.SafeLoader)
    for name in ('query', 'indexing'):
        pipelines[f'{name}_pipeline'] = Pipeline.load_from_config(config, pipeline_name=name)
    return {'reloaded': True}
