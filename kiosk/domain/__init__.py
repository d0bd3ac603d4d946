"""Plain dataclasses and pure functions: no I/O, no clock, no database."""
