import yaml


def load_config(body):
    # expect: deserialization
    return yaml.load(body, Loader=yaml.Loader)


def validate_config(body):
    config = yaml.safe_load(body)
    if not isinstance(config, dict):
        raise ValueError("config must be a mapping")
    return sorted(config)
