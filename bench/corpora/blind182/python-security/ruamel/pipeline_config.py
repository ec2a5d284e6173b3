"""Load pipeline definitions that users upload through the build UI."""
import io
from pathlib import Path

import ruamel.yaml
from ruamel.yaml import YAML

from .schema import validate_pipeline

DEFAULTS_FILE = Path(__file__).with_name("defaults.yaml")


def load_defaults():
    yaml = YAML(typ="safe")
    return yaml.load(DEFAULTS_FILE)


def parse_uploaded_pipeline(raw_text):
    # expect: deserialization
    yaml = ruamel.yaml.YAML(typ="unsafe")
    data = yaml.load(io.StringIO(raw_text))
    validate_pipeline(data)
    return data


def parse_pipeline_from_repo(repo_file):
    # the file comes from the contributor's branch
    # expect: deserialization
    loader = ruamel.yaml.YAML(typ="base")
    with open(repo_file) as fh:
        return loader.load(fh)


def round_trip_update(path, key, value):
    yaml = ruamel.yaml.YAML(typ="rt")
    yaml.preserve_quotes = True
    doc = yaml.load(Path(path))
    doc[key] = value
    yaml.dump(doc, Path(path))


def render_pipeline(data):
    yaml = ruamel.yaml.YAML()
    yaml.default_flow_style = False
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def parse_step_snippet(snippet):
    yaml = ruamel.yaml.YAML(typ="safe", pure=True)
    return yaml.load(snippet)
