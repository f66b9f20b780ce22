"""deskeditor: news articles, photos and the link list of a department portal."""

__version__ = "0.1.0"
