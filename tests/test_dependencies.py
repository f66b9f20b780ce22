"""What CI tests is what a user gets: bounded ranges, and a lock that is installed."""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def _pyproject_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for items in project["optional-dependencies"].values():
        lines += [item for item in items if not item.startswith("deskeditor")]
    return [Requirement(line) for line in lines]


def _locked() -> dict[str, tuple[str, Marker | None]]:
    pins: dict[str, tuple[str, Marker | None]] = {}
    for raw in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        spec, _, marker = line.partition(";")
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([^\s]+)", spec.strip())
        assert match, f"constraints.txt: not an exact pin: {raw!r}"
        name = canonicalize_name(match[1])
        assert name not in pins, f"constraints.txt pins {name} twice"
        pins[name] = (match[2], Marker(marker) if marker.strip() else None)
    return pins


def test_every_dependency_has_an_upper_bound():
    unbounded = [
        str(req)
        for req in _pyproject_requirements()
        if not any(spec.operator in ("<", "<=", "==", "~=") for spec in req.specifier)
    ]
    assert unbounded == []


def test_every_dependency_is_locked_inside_its_range():
    pins = _locked()
    problems = []
    for req in _pyproject_requirements():
        name = canonicalize_name(req.name)
        if name not in pins:
            problems.append(f"{req.name} is not in constraints.txt")
        elif not req.specifier.contains(pins[name][0], prereleases=True):
            problems.append(f"{req.name}=={pins[name][0]} is outside {req.specifier}")
    assert problems == []


def test_no_program_dependency_can_resolve_newer_than_the_lock():
    """A plain `pip install .` takes the newest release a range allows: that must be the lock's."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = _locked()
    loose = []
    for line in project["dependencies"]:
        req = Requirement(line)
        locked = Version(pins[canonicalize_name(req.name)][0])
        highest_allowed = max(
            (Version(s.version) for s in req.specifier if s.operator in ("<=", "==")), default=None
        )
        if highest_allowed != locked:
            loose.append(f"{req} (locked {locked})")
    assert loose == []


def test_the_known_bad_pyside6_is_excluded():
    (pyside,) = [r for r in _pyproject_requirements() if r.name == "PySide6-Essentials"]
    assert not pyside.specifier.contains("6.12.0")


def test_installed_versions_are_the_locked_ones():
    """CI installs with -c constraints.txt, so a drift here means CI ran something else."""
    drift = []
    for name, (version, marker) in _locked().items():
        if marker is not None and not marker.evaluate():
            continue
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # an extra that this environment did not install (dev tools)
        if installed != version:
            drift.append(f"{name}: installed {installed}, locked {version}")
    assert drift == [], f"running on Python {sys.version_info[:2]}"


def test_the_build_backend_is_bounded_and_reads_an_spdx_licence():
    """The build backend gets a range like every dependency; `license` is an SPDX expression."""
    from packaging.licenses import canonicalize_license_expression

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    license_ = config["project"]["license"]
    assert isinstance(license_, str)  # a TOML table is deprecated (setuptools warns)
    assert canonicalize_license_expression(license_) == license_
    requires = [Requirement(line) for line in config["build-system"]["requires"]]
    unbounded = [
        str(req)
        for req in requires
        if not any(spec.operator in ("<", "<=", "==", "~=") for spec in req.specifier)
    ]
    assert unbounded == []
    (setuptools,) = [req for req in requires if req.name == "setuptools"]
    # Older setuptools refuse a string `license` outright.
    assert not setuptools.specifier.contains("76.1.0")
