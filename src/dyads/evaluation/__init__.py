"""Scoring dyads against the evaluation kit (third-party gold data, not shipped).

``kit`` reads the kit (its location, its sets' JSONL, its scorers) and holds the held-out rules;
one module per kit area (``events``, ``articles``, ``actors``, ``geo``, ``extract``) codes a set
and scores it. This package sits above the stages: the ``dyads eval`` commands and the training
scripts import it, no stage does.
"""
