"""The web face: a read-only FastAPI app over a dyads store (``dyads serve --db FILE``)."""

from dyads.web.app import create_app

__all__ = ["create_app"]
