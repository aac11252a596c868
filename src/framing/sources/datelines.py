"""Datelines: the place-and-agency line that opens wire copy.

"MOSCOW (TASS):", "KELDAR (Reuters) -", "GENEVA, March 3 (AFP) -",
"TARVIN, Northern Province (AP) —" name where a story was filed and by
which agency; they are not a source of what the sentence reports. They are
recognised by their form, not by agency name: at the start of a sentence, a
place in capitals, up to two comma-separated additions (a region, a date),
then a bracketed name followed by a dash or colon; the same with a place in
capitalised words ("Kyiv (Reuters) -") when a dash follows, since "The World
Health Organization (WHO): ..." opens a sentence, not a dateline; or a place
in capitals followed by a dash ("GAZA CITY —").
"""

from __future__ import annotations

import re

__all__ = ["dateline_end"]

_PLACE = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
_CAPS_PLACE = r"[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}"
_ADDITIONS = r"(?:\s*,\s*[^()\n,:]{1,30}){0,2}"
_DASH = "-\u2013\u2014"
_AGENCY = r"\s*\([^()\n]{1,40}\)\s*"
_DATELINE = re.compile(
    rf"\s*(?:{_CAPS_PLACE}{_ADDITIONS}{_AGENCY}[{_DASH}:]"
    rf"|{_PLACE}{_ADDITIONS}{_AGENCY}[{_DASH}]"
    rf"|{_CAPS_PLACE}{_ADDITIONS}\s+[{_DASH}]\s)"
)


def dateline_end(text: str) -> int:
    """Length of the dateline that opens ``text`` (a sentence), 0 when there is none.

    Examples
    --------
    >>> dateline_end("GENEVA, March 3 (AFP) - The agency said ...")
    23
    >>> dateline_end("The agency (WHO) said ...")
    0
    """
    found = _DATELINE.match(text)
    return found.end() if found else 0
