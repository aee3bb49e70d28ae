"""The township center on top of the sync server: audit chain, reports, deadlines, exports, public catalog.

Everything here reads the sync server's ``records`` and ``changes`` through a small projection of its own
(``index.py``) that catches up incrementally, so the sync code needs no knowledge of reports.
"""
