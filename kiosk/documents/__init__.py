"""Printed documents: the aftercare sheet and the signed consent record (reportlab).

Each document is built in two steps: its data is frozen into a dataclass (no database, no
clock), then rendered deterministically to PDF bytes with the shipped, embedded fonts.
"""
