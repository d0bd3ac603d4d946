"""Widgets widgets."""
