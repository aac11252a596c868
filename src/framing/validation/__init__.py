"""Accuracy of every measure on hand-written labelled sentences (data/validation/).

One module per area (``agency``, ``sources``, ``tone`` ...), each with
``evaluate_*`` functions that parse the labelled sentences through
:func:`framing.parse` and return a tidy table of metrics. Nothing here is
imported by the measures.
"""
