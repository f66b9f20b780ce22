"""The compatibility suite: the exports in real editors and the browser (see conftest.py)."""
