"""Read notice files of any common format and turn them into clean text with metadata."""
