"""Fast multi-row INSERTs for the ingest: Django's bulk_create compiles every value of every row through the ORM
(and caps SQLite at 999 parameters a statement), which costs more than the database work at 100k rows.

Values are adapted once per field type with Django's own adapters, so what is stored is exactly what the ORM
would store and reads back the same.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from django.db import connection, models

# SQLite ≥ 3.32 accepts 32,766 parameters a statement, PostgreSQL 65,535.
MAX_PARAMS = {"sqlite": 32_000, "postgresql": 60_000}


class JsonText(str):
    """A value already serialised to JSON: stored as is instead of being encoded again."""


def _adapter(field: models.Field) -> Callable[[Any], Any] | None:
    """The database value for one field's Python value, through Django's own adapter for that type."""
    ops = connection.ops
    if isinstance(field, models.JSONField):
        return lambda value: (
            None if value is None else str(value) if isinstance(value, JsonText) else ops.adapt_json_value(
                value, field.encoder)
        )
    if isinstance(field, models.DecimalField):
        return lambda value: ops.adapt_decimalfield_value(value, field.max_digits, field.decimal_places)
    if isinstance(field, models.DateTimeField):
        return _memo(lambda value: field.get_db_prep_save(value, connection))  # one `now` in every row
    if isinstance(field, models.DateField):
        return ops.adapt_datefield_value
    return None


def _memo(adapt: Callable[[Any], Any]) -> Callable[[Any], Any]:
    last: list[Any] = [object(), None]

    def cached(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, adapt(value)
        return last[1]

    return cached


def insert_rows(
    model: type[models.Model], columns: Sequence[str], rows: Sequence[Sequence[Any]], *, returning: str = "",
    ignore_conflicts: bool = False,
) -> list[tuple[Any, ...]]:
    """INSERT `rows` (values in `columns` order, attribute names) in as few statements as the database allows.

    Returns the `returning` column's values with the second column given (e.g. "id, fingerprint"), when asked.
    """
    if not rows:
        return []
    fields = [model._meta.get_field(name) for name in columns]
    adapters = [_adapter(field) for field in fields]
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    per_statement = max(1, MAX_PARAMS.get(connection.vendor, 900) // len(fields))
    placeholder = "(" + ", ".join(["%s"] * len(fields)) + ")"
    verb = "INSERT OR IGNORE" if ignore_conflicts and connection.vendor == "sqlite" else "INSERT"
    tail = " ON CONFLICT DO NOTHING" if ignore_conflicts and connection.vendor == "postgresql" else ""
    tail += f" RETURNING {returning}" if returning else ""
    out: list[tuple[Any, ...]] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            params = [value if adapt is None else adapt(value)
                      for row in chunk for adapt, value in zip(adapters, row, strict=True)]
            sql = f"{verb} INTO {table} ({names}) VALUES {', '.join([placeholder] * len(chunk))}{tail}"
            cursor.execute(sql, params)
            if returning:
                out.extend(cursor.fetchall())
    return out


def row_factory(model: type[models.Model], *, now: Any) -> tuple[list[str], Callable[[dict[str, Any]], list[Any]]]:
    """Every column but the key, and a function making a full row from the values given (defaults for the rest,
    `now` for auto_now fields), since a raw INSERT gets none of the ORM's defaults."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    columns = [f.attname for f in fields]
    defaults = [now if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) else f.get_default()
                for f in fields]

    def make(values: dict[str, Any]) -> list[Any]:
        return [values.get(name, default) for name, default in zip(columns, defaults, strict=True)]

    return columns, make


def select_in(sql: str, values: Collection[Any]) -> list[tuple[Any, ...]]:
    """Run `sql`, whose `{in}` stands for a parameter list, over `values` in as few statements as allowed.

    For the ingest's lookups of thousands of keys at once, where compiling `__in` through the ORM costs more than
    the query.
    """
    values = list(values)
    per_statement = MAX_PARAMS.get(connection.vendor, 900)
    rows: list[tuple[Any, ...]] = []
    with connection.cursor() as cursor:
        for start in range(0, len(values), per_statement):
            chunk = values[start : start + per_statement]
            cursor.execute(sql.format(in_=", ".join(["%s"] * len(chunk))), chunk)
            rows.extend(cursor.fetchall())
    return rows
