"""The use cases the screens call, one module per area.

Every function takes a session factory first and owns one transaction per call; it returns
frozen dataclasses (never models) and raises the errors in :mod:`kiosk.services.errors`.
"""
