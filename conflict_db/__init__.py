"""conflict_db: turn news reports into a timeline database of conflict events."""

__version__ = "0.1.0"
