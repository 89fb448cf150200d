"""Packaging hook: a wheel (`pip install .`, `pipx install .`) carries the default content pack.

`content/` and `templates/` stay where the project keeps them; when a wheel is built they are
copied into the package as `cardgen/packs/default/` so that `cardgen init --from-default` works
from any installed copy. An editable install (`make`, `pip install -e .`) reads them in place.
Everything else about the package is in pyproject.toml.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DEFAULT_PACK = {"content": "content", "templates": "templates"}  # project folder -> packs/default/<name>


class BuildWithDefaultPack(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "cardgen" / "packs" / "default"
        for folder, name in DEFAULT_PACK.items():
            source = HERE / folder
            if not source.is_dir():  # an sdist without them: nothing to add
                continue
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", ".*"))


setup(cmdclass={"build_py": BuildWithDefaultPack})
