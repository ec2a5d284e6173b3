"""Artifact upload: YAML artifact definitions."""
import yaml

from grr_api.gui.api_plugins.base import ApiCallHandler


class ApiUploadArtifactHandler(ApiCallHandler):
    def Handle(self, args, token=None):
        text = args["artifact"]
        if args.get("loader") == "full":
            # expect: deserialization
            definitions = list(yaml.load_all(text, Loader=yaml.Loader))
        else:
            definitions = list(yaml.safe_load_all(text))
        return {"uploaded": [d.get("name") for d in definitions if isinstance(d, dict)]}
