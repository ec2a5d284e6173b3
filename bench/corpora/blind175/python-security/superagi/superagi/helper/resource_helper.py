"""Where agent input and output files live on disk."""
import os
import re
import uuid

from superagi.config.config import get_config

SAFE_NAME = re.compile(r"^[A-Za-z0-9._-]{1,120}$")


class ResourceHelper:
    @staticmethod
    def root():
        return os.path.realpath(get_config("RESOURCES_ROOT_DIR", "workspace"))

    @classmethod
    def input_dir(cls, agent_id):
        path = os.path.join(cls.root(), "input", str(int(agent_id)))
        os.makedirs(path, exist_ok=True)
        return path

    @classmethod
    def save_input_file(cls, agent_id, filename, contents):
        """Keep the uploaded name so the agent can refer to it."""
        path = os.path.join(cls.input_dir(agent_id), filename)
        # expect: path-traversal
        with open(path, "wb") as handle:
            handle.write(contents)
        return path

    @classmethod
    def save_tool_output(cls, agent_id, contents, extension=".txt"):
        """Tool outputs get a generated name."""
        if extension not in {".txt", ".csv", ".md", ".json"}:
            extension = ".txt"
        directory = os.path.join(cls.root(), "output", str(int(agent_id)))
        os.makedirs(directory, exist_ok=True)
        path = os.path.join(directory, f"{uuid.uuid4().hex}{extension}")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(contents)
        return path

    @classmethod
    def output_path(cls, agent_id, file_name):
        if not SAFE_NAME.match(file_name) or file_name.startswith("."):
            return None
        return os.path.join(cls.root(), "output", str(int(agent_id)), file_name)
