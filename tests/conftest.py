"""Shared fixtures. Reference data (../shared/data) is found through CHRONIST_REFERENCE_DATA."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLD = ROOT / "tests" / "data" / "gold"


def reference_data() -> Path:
    return Path(os.environ.get("CHRONIST_REFERENCE_DATA", ROOT.parent / "shared" / "data")).resolve()


@pytest.fixture(scope="session")
def ref_data() -> Path:
    path = reference_data()
    if not (path / "plover").is_dir():
        pytest.skip(f"reference data not found at {path} (set CHRONIST_REFERENCE_DATA)")
    return path


@pytest.fixture(scope="session")
def seed_path(ref_data: Path) -> Path:
    path = ref_data.parent / "seed" / "000_3c28752d9c3666c0.txt"
    if not path.exists():
        pytest.skip(f"seed page not found at {path}")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from chronist.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def pipeline_nogeo():
    from chronist.config import load_options
    from chronist.pipeline import Pipeline

    return Pipeline(load_options(geocode=False))
