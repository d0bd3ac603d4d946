"""Nurse widgets."""
