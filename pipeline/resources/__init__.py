"""Resources: the one place that loads the rule files (the YAML beside this module) and finds templates.

Rule files are read with ``load_rules(name)``; the Jinja2 templates of the report and the
drafts are found with ``templates_dir()``: an explicit folder, else ``$PROTOCOLS_TEMPLATES``,
else the templates shipped in the package (``pipeline/templates`` in a wheel), else the
project's top-level ``templates/`` (a source checkout or an editable install).
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

TEMPLATES_ENV = "PROTOCOLS_TEMPLATES"


@lru_cache(maxsize=None)
def load_rules(name: str) -> dict:
    """Load one of the YAML rule files shipped in pipeline/resources."""
    text = resources.files("pipeline.resources").joinpath(name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"pipeline/resources/{name}: expected a mapping at the top level")
    return data


def templates_dir(override: str | Path | None = None) -> Path:
    """The folder of the Jinja2 templates: ``override``, $PROTOCOLS_TEMPLATES, the package's own, or templates/."""
    if override:
        return Path(override)
    if os.environ.get(TEMPLATES_ENV):
        return Path(os.environ[TEMPLATES_ENV])
    packaged = resources.files("pipeline").joinpath("templates")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent.parent / "templates"
