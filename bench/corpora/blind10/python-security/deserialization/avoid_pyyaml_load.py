# library: PyYAML (yaml.load / Loader choice)
"""Pipeline definition loading."""
import yaml


def load_pipeline(path):
    with open(path) as fh:
        # expect: deserialization
        return yaml.load(fh, Loader=yaml.Loader)


def load_pipeline_safe(path):
    with open(path) as fh:
        return yaml.safe_load(fh)


def load_overrides(text):
    # expect: deserialization
    return yaml.unsafe_load(text)


def load_fast(text):
    return yaml.load(text, Loader=yaml.CSafeLoader)


def load_all_docs(text):
    # expect: deserialization
    return list(yaml.load_all(text, Loader=yaml.FullLoader))


def load_all_safe(text):
    return list(yaml.safe_load_all(text))


def dump_pipeline(pipeline):
    return yaml.safe_dump(pipeline, sort_keys=False)
