"""Member/Officer protocol pipeline: read -> segment -> tag -> render."""

__version__ = "0.1.0"
