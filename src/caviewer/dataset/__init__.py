"""Build and validate the SQLite dataset from the reviewable CSV sources in data/.

Pure Python; never imported by the ui.
"""
