"""Commands registered on the dyads CLI (filled in by its room)."""
