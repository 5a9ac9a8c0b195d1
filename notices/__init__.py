"""The `notices` command and the functions behind it."""
