"""The files a finished run holds besides its streamed tables: what ``manifest.json``
says, which names a run owns in ``out``, and :func:`write_tables` for a run kept in memory.

The publishing itself (run folder, switch, checks when reading back) is
:mod:`framing.pipeline.publish`; :func:`framing.pipeline.run.publish_run` calls both.
"""

from __future__ import annotations

import dataclasses
import shutil
from datetime import UTC, datetime
from pathlib import Path

from .._version import __version__
from .formats import TABLE_FORMATS, table_path
from .publish import MANIFEST, MANIFEST_FORMAT, file_sha256, make_run_dir, switch_in, write_table, writing_to
from .registry import TABLES

__all__ = ["EXTRA_FILES", "owned_files", "run_manifest", "write_tables"]


#: Files ``framing analyze`` writes beside the tables (through ``analyze(extra_files=)``).
EXTRA_FILES = ["removed_lines.csv", "removed_lines.parquet", "evidence.html"]


def owned_files() -> list[str]:
    """Every file name a run may write into ``out`` (a table in either format): a stale one
    is removed by the next run, with the files the previous manifest listed (figures)."""
    tables = [f"{spec.name}{ending}" for spec in TABLES for ending in TABLE_FORMATS.values()]
    return tables + ["skipped.csv", "report.md", *EXTRA_FILES]


def run_manifest(analysis, folder: Path, published: list[str]) -> dict:
    """What ``manifest.json`` holds for ``analysis`` (a :class:`framing.pipeline.Analysis`),
    whose files are in ``folder``; ``published`` are the tables written there."""
    ending = TABLE_FORMATS[analysis.format]
    files = [
        {
            "file": f"{name}{ending}",
            "table": name,
            "rows": int(analysis.n_rows[name]),
            "sha256": file_sha256(folder / f"{name}{ending}"),
        }
        for name in published
    ]
    files.append(
        {
            "file": "skipped.csv",
            "table": "skipped",
            "rows": len(analysis.skipped_articles),
            "sha256": file_sha256(folder / "skipped.csv"),
        }
    )
    if (folder / "report.md").exists():
        files.append({"file": "report.md", "sha256": file_sha256(folder / "report.md")})
    listed = {entry["file"] for entry in files} | {MANIFEST}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):  # removed_lines, figures, evidence.html
        name = path.relative_to(folder).as_posix()
        if name not in listed and not name.endswith(".pickles"):
            files.append({"file": name, "sha256": file_sha256(path)})
    asked = set(analysis.tables_asked) if analysis.tables_asked is not None else None
    not_made = dict(analysis.skipped)
    for spec in TABLES:
        if spec.write and spec.name not in published and spec.name not in not_made:
            not_made[spec.name] = "not asked for" if asked is not None and spec.name not in asked else "not made"
    return {
        "format": MANIFEST_FORMAT,
        "run_id": analysis.run_id,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "framing_version": __version__,
        "model": analysis.model,
        "model_version": analysis.model_version,
        "corpus_sha256": analysis.corpus_sha256,
        "n_articles": analysis.n_articles,
        "n_articles_skipped": len(analysis.skipped_articles),
        "tables_asked": analysis.tables_asked,
        "table_format": analysis.format,
        "formulas_escaped": analysis.escape_formulas,
        "files": files,
        "not_made": not_made,
    }


def write_tables(analysis, out: str | Path, *, format: str = "csv", escape_formulas: bool | None = None) -> list[Path]:
    """Write every table of ``analysis`` marked ``write`` as ``out/<name>.csv`` (or
    ``.parquet`` with ``format="parquet"``), published as one set.

    The tables and ``skipped.csv`` are written into a run folder in ``out``
    and switched in with a ``manifest.json``, as :func:`analyze` does with
    ``out=`` (:mod:`framing.pipeline.publish`); tables of an earlier run that
    ``analysis`` does not hold are removed. A run made with ``out=`` has written
    its files already: they are copied byte for byte (not read back and
    rewritten) when made in the same format and escaping, or left alone when
    ``out`` is that directory.

    Parameters
    ----------
    analysis : framing.pipeline.Analysis
    out : str or Path
    format : {"csv", "parquet"}, default "csv"
        File format of the tables (:mod:`framing.pipeline.formats`); ``skipped.csv`` is CSV.
    escape_formulas : bool, optional
        Escape formula-like text cells of CSV tables; default what ``analysis`` was made with.

    Returns
    -------
    list of Path
        The files written: the tables, then ``skipped.csv``.

    Raises
    ------
    framing.pipeline.publish.OutputError
        If ``out`` cannot be written.
    """
    writable = {spec.name for spec in TABLES if spec.write}
    out = Path(out)
    names = [name for name in analysis.tables if name in writable]
    paths = [table_path(out, name, format) for name in names] + [out / "skipped.csv"]
    same_format = getattr(analysis, "format", "csv") == format
    if analysis.out is not None and analysis.out.resolve() == out.resolve() and same_format:
        return paths
    escape = analysis.escape_formulas if escape_formulas is None else escape_formulas
    run_dir, created = make_run_dir(out)
    try:
        with writing_to(out):
            made = analysis.out is not None and analysis.manifest is not None
            if made and same_format and escape == analysis.escape_formulas:
                manifest = analysis.manifest
                for entry in manifest["files"]:
                    (run_dir / entry["file"]).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(analysis.out / entry["file"], run_dir / entry["file"])
            else:
                for name in names:
                    table = analysis.tables[name]
                    write_table(table, table_path(run_dir, name, format), format=format, escape=escape)
                write_table(analysis.skipped_articles, run_dir / "skipped.csv", escape=escape)
                copy = dataclasses.replace(analysis, escape_formulas=escape, format=format)
                copy.n_rows = {name: copy.n_rows.get(name, len(analysis.tables[name])) for name in names}
                manifest = run_manifest(copy, run_dir, names)
        switch_in(run_dir, out, manifest, owned=owned_files())
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)
        if created and out.is_dir() and not any(out.iterdir()):
            out.rmdir()
    return paths
