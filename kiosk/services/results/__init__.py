"""The frozen results the services hand to screens, one module per area.

Plain dataclasses over domain types: importing them loads neither SQLAlchemy nor Qt, so a
screen, a table model or its test can hold a queue row without the database layer. The
services fill them; nothing here reads or writes.
"""
