"""Resolves pipeline component names to classes."""
import importlib

DEFAULT_COMPONENTS = {
    "WhitespaceTokenizer": "rasa.nlu.tokenizers.whitespace_tokenizer.WhitespaceTokenizer",
    "DIETClassifier": "rasa.nlu.classifiers.diet_classifier.DIETClassifier",
    "EntitySynonymMapper": "rasa.nlu.extractors.entity_synonyms.EntitySynonymMapper",
}


def _load_class(path):
    module_name, _, class_name = path.rpartition(".")
    # expect: code-injection
    module = importlib.import_module(module_name)
    return getattr(module, class_name)


def _load_default(name):
    module_name, _, class_name = DEFAULT_COMPONENTS[name].rpartition(".")
    return getattr(importlib.import_module(module_name), class_name)


def components_from_config(pipeline):
    classes = []
    for item in pipeline:
        name = item.get("name", "")
        if name in DEFAULT_COMPONENTS:
            classes.append(_load_default(name))
        else:
            classes.append(_load_class(name))
    return classes
