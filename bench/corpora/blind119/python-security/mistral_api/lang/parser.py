"""Workbook spec parsing, shaped on mistral.lang.parser."""
import yaml


def parse_yaml(text):
    return yaml.safe_load(text)


def get_workbook_spec_from_yaml(text, legacy=False):
    if legacy:
        # expect: deserialization
        return yaml.load(text, Loader=yaml.Loader)
    return parse_yaml(text)


def get_workflow_list_spec_from_yaml(text):
    data = yaml.load(text, Loader=yaml.SafeLoader)
    return list(data.get("workflows", {}))
