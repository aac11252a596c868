"""The corpus of record is unchanged and documented."""

from __future__ import annotations

import hashlib
import re

import pandas as pd

from conftest import RAW


def test_raw_files_match_readme_hashes():
    readme = (RAW / "README.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|", readme))
    on_disk = {p.name for p in RAW.iterdir() if p.name != "README.md"}
    assert set(listed) == on_disk
    for name, digest in listed.items():
        assert hashlib.sha256((RAW / name).read_bytes()).hexdigest() == digest, name


def test_metadata_columns_and_files():
    meta = pd.read_csv(RAW / "metadata.csv", dtype=str, keep_default_na=False)
    assert list(meta.columns) == [
        "article_id",
        "outlet",
        "country",
        "date",
        "title",
        "url",
        "source_file",
        "outlet_evidence",
        "date_evidence",
    ]
    assert meta["article_id"].is_unique
    for row in meta.itertuples():
        assert (RAW / f"{row.article_id}.txt").is_file()
        assert row.outlet_evidence.split(":")[0] in {"stated", "inferred", "inferred from layout"}
