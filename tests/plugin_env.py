"""Plugins as a user installs them, without touching the running environment.

``fake_distribution`` writes a module and its ``*.dist-info`` (metadata and entry points) into a folder
that is put on PYTHONPATH of a child ``python -m quarkcli``; ``ThrowawayVenv`` is a real virtual
environment under tmp_path that sees this one's packages and gets real ``pip install``s.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import textwrap
import venv
from pathlib import Path


def fake_distribution(folder: Path, dist: str, version: str, entry_points: dict[str, str],
                      modules: dict[str, str]) -> Path:
    """An importable, discoverable distribution: ``modules`` maps module name to source."""
    folder.mkdir(parents=True, exist_ok=True)
    for module, source in modules.items():
        (folder / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = folder / f"{dist.replace('-', '_')}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[quark]\n" + "".join(f"{name} = {target}\n" for name, target in entry_points.items()), encoding="utf-8")
    return folder


def plugin_env(**extra: str) -> dict[str, str]:
    """This process's environment with entry-point autoloading back on (conftest turns it off). Quark's cache
    folder stays the tests' own, so that what a child caches (judge answers, prototype vectors) is removed."""
    env = {k: v for k, v in os.environ.items() if k == "QUARK_CACHE_DIR" or not k.startswith("QUARK_")}
    return {**env, **extra}


def run_quark(*args, python: str = sys.executable, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([python, "-m", "quarkcli", *map(str, args)], capture_output=True, text=True,
                          env=plugin_env(**env), timeout=300)


class ThrowawayVenv:
    """A venv in ``path`` that also sees this environment's site-packages (quark and its dependencies)."""

    def __init__(self, path: Path):
        self.path = path
        venv.create(path, system_site_packages=True, with_pip=False)
        self.python = str(path / "bin" / "python")
        own = subprocess.run([self.python, "-c", "import site; print(site.getsitepackages()[0])"],
                             capture_output=True, text=True, check=True).stdout.strip()
        Path(own, "_outer_env.pth").write_text(
            "".join(f"import site; site.addsitedir({p!r})\n" for p in site.getsitepackages()), encoding="utf-8")

    def pip_install(self, package: Path) -> None:
        """Offline: no dependencies fetched, the build backend taken from the outer environment. The package
        is built from a copy, so its build/ and *.egg-info land under tmp_path, not in the source tree."""
        copy = shutil.copytree(package, self.path / "src" / package.name)
        subprocess.run([sys.executable, "-m", "pip", "--python", self.python, "install", "--quiet", "--no-deps",
                        "--no-build-isolation", "--no-cache-dir", "--disable-pip-version-check", str(copy)],
                       check=True, capture_output=True, text=True, timeout=300)

    def quark(self, *args, **env: str) -> subprocess.CompletedProcess:
        return run_quark(*args, python=self.python, **env)
