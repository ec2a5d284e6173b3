"""Queue and executor: nodes are looked up by class_type and called by name."""
import queue

import nodes


def validate_prompt(prompt):
    for node_id, node in prompt.items():
        if node.get("class_type") not in nodes.NODE_CLASS_MAPPINGS:
            return False, "unknown node %s" % node_id
    return True, None


class PromptQueue(object):

    def __init__(self, server):
        self.server = server
        self.queue = queue.Queue()

    def put(self, item):
        self.queue.put(item)

    def get(self):
        return self.queue.get()


class PromptExecutor(object):

    def execute(self, prompt):
        outputs = {}
        for node_id, node in prompt.items():
            class_def = nodes.NODE_CLASS_MAPPINGS[node["class_type"]]
            obj = class_def()
            func = getattr(obj, class_def.FUNCTION)
            outputs[node_id] = func(**node.get("inputs", {}))
        return outputs


def prompt_worker(q, server):
    executor = PromptExecutor()
    while True:
        prompt_id, prompt = q.get()
        executor.execute(prompt)
