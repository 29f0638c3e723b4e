"""Dialogs. Each offers a classmethod that tests patch instead of clicking through a modal."""
