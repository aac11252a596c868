"""Parse each article once, with ``nlp.pipe``, and cache the Docs on disk.

The cache holds one DocBin file per article text, under
``cache_dir/<model>-<version>_spacy-<version>_framing-<n>/<hh>/<sha256>.spacy``.
A Doc is reused only while the text hash, the pipeline name and version, the
spaCy version and framing's own pipeline version all match; anything else is
a different key, so a stale Doc is never returned. Adding ten articles to a
corpus parses ten articles. With a warm cache the pipeline is not even loaded.

An entry is also checked against the text it is used for: the Doc read back
must spell exactly the text whose hash is its key (a Doc holds its text). A
file that cannot be read (truncated, garbage) or that holds another text's
Doc (copied or swapped by hand, a faulty sync) is reported once with a
:class:`framing.errors.CacheWarning` naming the file, never used, parsed
again and rewritten. Entries are written to a temporary file and renamed into
place, with the permissions the process's umask gives a new file (``0644``
under the usual ``022``, ``0664`` under ``002``), so a cache directory shared
by a group works.

Every other module gets its Docs from here: nothing else calls ``nlp``.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import sys
import threading
import uuid
import warnings
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
import platformdirs

from .errors import CacheWarning
from .nlp import MAX_SENTENCE_TOKENS, ModelInfo, load_model, load_pipeline, resolve_model, sentence_cuts

__all__ = [
    "CACHE_ENV_VAR",
    "DocCache",
    "ParsedCorpus",
    "default_cache_dir",
    "ensure_parsed",
    "iter_parsed",
    "parse",
    "parse_options",
    "text_hash",
]

#: Environment variable that sets the default cache directory.
CACHE_ENV_VAR = "FRAMING_CACHE_DIR"
#: Show a progress bar when at least this many articles need parsing
#: (below it, the parse takes about a second on one core).
PROGRESS_MIN_DOCS = 20
#: Texts per ``nlp.pipe`` batch. Measured (benchmarks/): a bare parse of 100
#: articles peaks at 857 MB with 64, 375 MB with 16 and 226 MB with 8, at the
#: same speed, so 8.
BATCH_SIZE = 8
#: Articles looked up in the cache and parsed together by :func:`iter_parsed`;
#: it bounds how many Docs a stream holds at once.
CHUNK_SIZE = 64
#: New strings a vocabulary may gain before the parser starts a fresh one.
#: spaCy adds every new word, name and number it meets to the vocabulary and
#: never removes one, so over millions of articles a process would grow with
#: the number of distinct strings (each string and its lexeme take a few
#: hundred bytes). Past this many, the pipeline (or the blank vocabulary cached
#: Docs are read into) is loaded afresh before the next chunk, which takes
#: about a second. The Docs do not change: a parse does not depend on what the
#: vocabulary has seen (tested).
MAX_NEW_STRINGS = 500_000

#: Longest text given to the pipeline in one piece, in characters. A longer
#: article is cut into pieces at paragraph breaks (:func:`split_text`), each
#: parsed on its own, one at a time, and the pieces joined into one Doc
#: (``Doc.from_docs``) whose text and offsets are the article's. spaCy refuses
#: a text above ``nlp.max_length`` (1,000,000), and its memory grows with the
#: text: measured once on a shared 2-core machine (issue 19), a whole parse
#: took 336 MB more at 100,000 characters and 1,288 MB more at 400,000
#: (about 3.2 MB per 1,000 characters, so some 3.2 GB for a
#: 1,000,000-character article), while a 1,200,000-character article in
#: pieces peaked at 843 MB of resident memory, the model's 278 MB included.
#: A paragraph already starts a sentence (``framing_paragraphs``), so a cut
#: there changes no sentence; a news article is rarely above 100,000
#: characters, so it is never cut.
MAX_PIECE_CHARS = 100_000

#: name -> (id of the vocabulary in use, its number of strings when first seen)
_VOCAB_SIZES: dict[str, tuple[int, int]] = {}


def default_cache_dir() -> Path:
    """``$FRAMING_CACHE_DIR`` if set, else the user's cache directory for framing.

    The user's cache directory is the platform's (``platformdirs.user_cache_dir``):
    ``~/.cache/framing`` on Linux (or ``$XDG_CACHE_HOME/framing``),
    ``~/Library/Caches/framing`` on macOS, ``%LOCALAPPDATA%\\framing\\Cache`` on
    Windows, so a parse is reused wherever framing is run from and no
    directory appears where the user happens to be. A project that keeps its
    cache with its data passes ``cache_dir=`` (this repository's Makefile and
    notebooks use ``data/processed/cache``).
    """
    env = os.environ.get(CACHE_ENV_VAR)
    if env:
        return Path(env)
    return Path(platformdirs.user_cache_dir("framing", appauthor=False))


def text_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text: the per-article part of the cache key."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=4)
def _blank_vocab(lang: str):
    import spacy

    return spacy.blank(lang).vocab


def _bounded(name: str, current, vocab_of, reload):
    """``current``, or what ``reload()`` returns once ``current``'s vocabulary has
    gained more than :data:`MAX_NEW_STRINGS` strings since this function first saw it."""
    vocab = vocab_of(current)
    seen = _VOCAB_SIZES.get(name)
    if seen is None or seen[0] != id(vocab):
        _VOCAB_SIZES[name] = (id(vocab), len(vocab.strings))
        return current
    if len(vocab.strings) - seen[1] <= MAX_NEW_STRINGS:
        return current
    fresh = reload()
    _VOCAB_SIZES[name] = (id(vocab_of(fresh)), len(vocab_of(fresh).strings))
    return fresh


def _cache_vocab(lang: str):
    """The blank vocabulary cached Docs are read into (bounded, see :data:`MAX_NEW_STRINGS`)."""

    def reload():
        _blank_vocab.cache_clear()
        return _blank_vocab(lang)

    return _bounded(f"blank:{lang}", _blank_vocab(lang), lambda vocab: vocab, reload)


def _pipeline(name: str):
    """:func:`framing.load_model`, loaded afresh once its vocabulary has grown by
    :data:`MAX_NEW_STRINGS` strings (earlier Docs keep the vocabulary they were made with)."""
    def reload():
        load_pipeline.cache_clear()
        return load_model(name)

    return _bounded(f"model:{name}", load_model(name), lambda nlp: nlp.vocab, reload)


#: zlib level of cache entries. DocBin.to_bytes uses the default (6); level 1
#: writes an entry in half the time for files about 25% larger, and any level
#: reads back the same.
CACHE_COMPRESSION = 1
#: String-valued token attributes a DocBin stores the strings of (as DocBin.add does).
_STRING_ATTRS = ("ORTH", "TAG", "LEMMA", "NORM", "MORPH", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID")


def docbin_bytes(doc) -> bytes:
    """``DocBin(docs=[doc], store_user_data=False).to_bytes()``, built faster.

    The same message, read by ``DocBin().from_bytes`` into the same Doc, but
    the strings are collected from the Doc's hash arrays in one call instead
    of nine attribute lookups per token (``DocBin.add``), and it is compressed
    at :data:`CACHE_COMPRESSION`. Writing cache entries was about 2.7 ms per
    article, a tenth of what the measures cost, for a step that adds no analysis.
    """
    import numpy
    from spacy.attrs import IDS, SPACY
    from spacy.tokens import DocBin

    template = DocBin(store_user_data=False)
    tokens = doc.to_array(template.attrs).reshape(len(doc), len(template.attrs))
    spaces = doc.to_array(SPACY).reshape(len(doc), 1).astype(bool)
    hashes = numpy.unique(doc.to_array([IDS[name] for name in _STRING_ATTRS])).tolist()
    strings = doc.vocab.strings
    found = {strings[key] for key in hashes}
    for group in doc.spans.values():  # span labels and ids, as DocBin.add keeps them
        for span in group:
            found.add(span.label_)
            found.update(name for key, name in ((span.kb_id, span.kb_id_), (span.id, span.id_)) if key in strings)
    message = {
        "version": template.version,
        "attrs": template.attrs,
        "tokens": tokens.tobytes("C"),
        "spaces": spaces.tobytes("C"),
        "lengths": numpy.asarray([len(doc)], dtype="int32").tobytes("C"),
        "strings": sorted(found),
        "cats": [doc.cats],
        "flags": [{"has_unknown_spaces": doc.has_unknown_spaces}],
        "span_groups": [doc.spans.to_bytes()],
    }
    return zlib.compress(_packer().pack(message), CACHE_COMPRESSION)


_PACKERS = threading.local()


def _packer():
    """A msgpack packer with srsly's extensions, as ``srsly.msgpack_dumps`` makes, but
    made once per thread: srsly builds a new one per call, and each build scans the
    installed packages' entry points (about 0.3 ms, more than packing a Doc)."""
    packer = getattr(_PACKERS, "packer", None)
    if packer is None:
        import srsly.msgpack

        packer = _PACKERS.packer = srsly.msgpack.Packer(use_bin_type=True)
    return packer


class DocCache:
    """On-disk store of parsed Docs for one pipeline, keyed by text hash.

    Writes go to a temporary file in the same directory and are renamed into
    place, so an interrupted run leaves no half-written entry.
    """

    def __init__(self, cache_dir: str | Path, model: ModelInfo):
        self.model = model
        self.root = Path(cache_dir) / model.cache_key

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.spacy"

    def get(self, key: str, vocab):
        """The Doc stored under ``key``, or None when there is none or it is unusable.

        ``key`` is the :func:`text_hash` of the text the Doc is wanted for; an
        entry that cannot be read, or whose Doc's text has another hash, is a
        miss, reported with a :class:`framing.errors.CacheWarning` naming the
        file (it is rewritten when the text is parsed again).
        """
        from spacy.tokens import DocBin

        path = self.path(key)
        if not path.is_file():
            return None
        try:
            docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(vocab))
        except Exception as err:  # noqa: BLE001 - any unreadable entry is a miss, and is rewritten
            _warn_entry(path, f"cannot be read ({type(err).__name__}: {str(err)[:80]})")
            return None
        if len(docs) != 1:
            _warn_entry(path, f"holds {len(docs)} Docs, not one")
            return None
        if text_hash(docs[0].text) != key:
            _warn_entry(path, "holds the parse of another text (its text does not have the hash it is filed under)")
            return None
        return docs[0]

    def put(self, key: str, doc) -> None:
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = docbin_bytes(doc)
        tmp = path.parent / f".{path.name}.{uuid.uuid4().hex}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), _FILE_MODE)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


#: Mode a cache file is created with; the kernel applies the umask to it, as for
#: any file ``open`` creates (``tempfile.mkstemp`` would force 0600 instead).
_FILE_MODE = 0o666


def _warn_entry(path: Path, problem: str) -> None:
    warnings.warn(
        f"parse cache entry {path} {problem}; it is not used, and the article is parsed again",
        CacheWarning,
        stacklevel=4,
    )


@dataclass
class ParsedCorpus:
    """A corpus table with one parsed Doc per row, in row order.

    Iterating yields ``(article, doc)`` pairs, where ``article`` is the row as
    a namedtuple (``article.article_id``, ``article.outlet``, ...).
    """

    articles: pd.DataFrame
    docs: list
    model: ModelInfo
    n_parsed: int = field(default=0)  # how many Docs this call parsed (not from cache)

    def __post_init__(self):
        if len(self.articles) != len(self.docs):
            raise ValueError("ParsedCorpus needs exactly one Doc per article")

    def __len__(self) -> int:
        return len(self.docs)

    def __iter__(self) -> Iterator[tuple]:
        return zip(self.articles.itertuples(index=False), self.docs, strict=False)

    def doc(self, article_id: str):
        """The Doc of one article."""
        matches = self.articles.index[self.articles["article_id"] == article_id]
        if len(matches) == 0:
            raise KeyError(f"no article {article_id!r} in this corpus")
        return self.docs[self.articles.index.get_loc(matches[0])]


def _progress(total: int, progress: bool | None, desc: str):
    show = progress if progress is not None else total >= PROGRESS_MIN_DOCS
    if not show:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="article", file=sys.stderr)


def split_text(text: str, limit: int = MAX_PIECE_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters that join back to it.

    Each cut is made after the last line break within the limit; in a
    paragraph longer than the limit, after the last sentence end (". ", "! ",
    "? ") within it, else after the last space, else at the limit.

    Parameters
    ----------
    text : str
    limit : int

    Returns
    -------
    list of str
        ``"".join(pieces) == text``; one piece when the text is within the limit.
    """
    if limit < 2:
        raise ValueError(f"limit must be at least 2 characters, got {limit}")
    pieces, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        cut = text.rfind("\n", start, end) + 1
        if cut <= start:
            cut = max(text.rfind(mark, start, end - 1) for mark in (". ", "! ", "? ")) + 2
        if cut <= start + 1:
            cut = text.rfind(" ", start, end) + 1
        if cut <= start:
            cut = end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _parse_texts(texts: list[str], *, model: ModelInfo, n_process: int, batch_size: int, bar):
    """The Doc of each text, in order; a text above :data:`MAX_PIECE_CHARS` is parsed
    piece by piece (one piece in memory at a time) and the pieces joined."""
    nlp = _pipeline(model.name)
    limit = min(MAX_PIECE_CHARS, nlp.max_length)
    pending: list[str] = []

    def flush():
        for doc in nlp.pipe(pending, batch_size=batch_size, n_process=n_process):
            if bar is not None:
                bar.update(1)
            yield cap_sentences(doc, nlp)
        pending.clear()

    for text in texts:
        if len(text) <= limit:
            pending.append(text)
            continue
        yield from flush()
        yield _joined([cap_sentences(doc, nlp) for doc in nlp.pipe(split_text(text, limit), batch_size=1)])
        if bar is not None:
            bar.update(1)
    yield from flush()


def cap_sentences(doc, nlp, *, limit: int = MAX_SENTENCE_TOKENS):
    """``doc``, or its text parsed again with no sentence longer than ``limit`` tokens.

    A Doc whose sentences all fit is returned as it is (so no news article's
    parse changes). Otherwise sentence starts are set at
    :func:`framing.nlp.sentence_cuts` of the over-long sentences and the text
    is run through the pipeline again, the parser keeping those starts. The
    tokens, and so every offset, are the same.

    Notes
    -----
    Every measure then costs time in proportion to the text, not to the
    square of its longest sentence; a cut sentence is measured as the
    clauses it was cut into (an agent before the cut is not linked to a verb
    after it).
    """
    cuts = sentence_cuts(doc, limit)
    if not cuts:
        return doc
    from spacy.attrs import SENT_START

    fresh = nlp.make_doc(doc.text)
    starts = fresh.to_array(SENT_START)  # the dtype from_array expects
    starts[0] = 1
    starts[cuts] = 1
    fresh.from_array([SENT_START], starts.reshape(-1, 1))
    for _, component in nlp.pipeline:
        fresh = component(fresh)
    return fresh


def _joined(parts):
    """One Doc of the pieces of a text, its text the pieces' text joined as it is."""
    from spacy.tokens import Doc

    return Doc.from_docs(parts, ensure_whitespace=False)


def iter_parsed(
    corpus: pd.DataFrame,
    *,
    model: str | None = None,
    cache_dir: str | Path | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    progress: bool | None = None,
    use_cache: bool = True,
) -> Iterator[tuple]:
    """Yield ``(article, doc)`` for every row, parsing only cache misses.

    Memory stays flat: Docs are produced :data:`CHUNK_SIZE` articles at a
    time and not kept. Use :func:`parse` to hold them all.

    Parameters
    ----------
    corpus : pandas.DataFrame
        A table from :func:`framing.load_corpus`.
    model : str, optional
        Pipeline name; see :func:`framing.resolve_model`.
    cache_dir : str or Path, optional
        Default :func:`default_cache_dir`.
    batch_size, n_process : int
        Passed to ``nlp.pipe``.
    progress : bool, optional
        Show a progress bar; by default only when at least
        :data:`PROGRESS_MIN_DOCS` articles need parsing.
    use_cache : bool, default True
        Read and write the on-disk cache.
    """
    info = resolve_model(model)
    cache = DocCache(cache_dir if cache_dir is not None else default_cache_dir(), info)
    rows = list(corpus.itertuples(index=False))
    for start in range(0, len(rows), CHUNK_SIZE):
        chunk = rows[start : start + CHUNK_SIZE]
        docs, _ = _parse_chunk(chunk, info, cache, batch_size, n_process, progress, use_cache)
        yield from zip(chunk, docs, strict=False)


def _parse_chunk(rows, info, cache, batch_size, n_process, progress, use_cache):
    """Docs for ``rows`` (cache hits read, misses parsed in one pipe) and the miss count."""
    keys = [text_hash(row.text) for row in rows]
    docs: list = [None] * len(rows)
    if use_cache:
        vocab = _cache_vocab(info.meta_name.split("_")[0] or "en")
        docs = [cache.get(key, vocab) for key in keys]
    missing = [i for i, doc in enumerate(docs) if doc is None]
    if missing:
        bar = _progress(len(missing), progress, f"parsing with {info.name}")
        try:
            texts = [rows[i].text for i in missing]
            parsed = _parse_texts(texts, model=info, n_process=n_process, batch_size=batch_size, bar=bar)
            for i, doc in zip(missing, parsed, strict=False):
                if use_cache:
                    cache.put(keys[i], doc)
                docs[i] = doc
        finally:
            if bar is not None:
                bar.close()
    return docs, len(missing)


def parse(
    corpus: pd.DataFrame | str | os.PathLike,
    *,
    model: str | None = None,
    cache_dir: str | Path | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    progress: bool | None = None,
    use_cache: bool = True,
) -> ParsedCorpus:
    """Parse every article once (cached) and keep the Docs.

    Parameters
    ----------
    corpus : pandas.DataFrame, str or Path
        A corpus table, or anything :func:`framing.load_corpus` accepts.
    model, cache_dir, batch_size, n_process, progress, use_cache
        As in :func:`iter_parsed`.

    Returns
    -------
    ParsedCorpus
        ``n_parsed`` says how many articles were parsed rather than read from
        the cache.

    Notes
    -----
    Docs are loaded from the cache into a blank vocabulary of the model's
    language, so a warm cache never loads the pipeline; token attributes
    (``pos_``, ``dep_``, ``lemma_``, ``head``, entities, sentences) are all kept.
    """
    if not isinstance(corpus, pd.DataFrame):
        from .corpus import load_corpus

        corpus = load_corpus(corpus)
    info = resolve_model(model)
    cache = DocCache(cache_dir if cache_dir is not None else default_cache_dir(), info)
    rows = list(corpus.itertuples(index=False))
    docs, n_parsed = [], 0
    for start in range(0, len(rows), 4096):
        chunk = rows[start : start + 4096]
        chunk_docs, chunk_parsed = _parse_chunk(chunk, info, cache, batch_size, n_process, progress, use_cache)
        docs.extend(chunk_docs)
        n_parsed += chunk_parsed
    return ParsedCorpus(corpus.reset_index(drop=True), docs, info, n_parsed)


def parse_options() -> tuple[str, ...]:
    """The keyword options of :func:`parse` (``model``, ``cache_dir`` ...)."""
    return tuple(
        name for name, param in inspect.signature(parse).parameters.items() if param.kind is param.KEYWORD_ONLY
    )


def check_parse_options(parse_kwargs) -> None:
    """Raise TypeError for a keyword that is not an option of :func:`parse`.

    :func:`ensure_parsed` calls it; so does a table function that can skip
    parsing (given a finished table instead of a corpus), so a misspelt
    option is refused on every path.
    """
    accepted = parse_options()
    unknown = sorted(set(parse_kwargs) - set(accepted))
    if unknown:
        raise TypeError(
            f"unexpected keyword argument(s) {', '.join(unknown)}; the parse options are "
            f"{', '.join(accepted)} (and the function's own options)"
        )


def ensure_parsed(corpus, **parse_kwargs) -> ParsedCorpus:
    """Return ``corpus`` if it is already a :class:`ParsedCorpus`, else :func:`parse` it.

    Every table function passes its ``**parse_kwargs`` here, so this is the one
    place they are checked: a keyword :func:`parse` does not take (say
    ``actor=`` for ``actors=``, which fell through to here) raises TypeError,
    whether or not the corpus is already parsed.

    Raises
    ------
    TypeError
        For a keyword that is not an option of :func:`parse`.
    """
    check_parse_options(parse_kwargs)
    if isinstance(corpus, ParsedCorpus):
        return corpus
    return parse(corpus, **parse_kwargs)


def docs_of(corpus: Iterable) -> Iterator:
    """Docs of a :class:`ParsedCorpus` in row order."""
    for _, doc in ensure_parsed(corpus):
        yield doc
