"""Fast bulk INSERTs for the ingest: Django's bulk_create compiles every value of every row through the ORM
(and caps SQLite at 999 parameters a statement), which costs more than the database work at 100k rows.

PostgreSQL gets COPY, whose rows the server reads several times faster than a VALUES list it must parse, with
keys reserved from the table's sequence first so the new ids are known; SQLite gets multi-row INSERTs.
Values are adapted once per field type with Django's own adapters, so what is stored is exactly what the ORM
would store and reads back the same.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Collection, Sequence
from datetime import date
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


def _column(model: type[models.Model], name: str) -> models.Field:
    field = model._meta.get_field(name)
    assert isinstance(field, models.Field)  # a column of the table, never a reverse relation
    return field


def insert_rows(
    model: type[models.Model], columns: Sequence[str], rows: Sequence[Sequence[Any]], *, returning: str = "",
) -> list[tuple[Any, Any]]:
    """INSERT `rows` (values in `columns` order, attribute names) in as few statements as the database allows.

    With `returning` (one of `columns`), returns each new row's (primary key, value of that column).
    A unique constraint broken by any row raises IntegrityError, as the ORM would.
    """
    if not rows:
        return []
    fields = [_column(model, name) for name in columns]
    if connection.vendor == "postgresql":
        return _copy_rows(model, fields, rows, returning=returning)
    adapters = [_adapter(field) for field in fields]
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    per_statement = max(1, MAX_PARAMS.get(connection.vendor, 900) // len(fields))
    placeholder = "(" + ", ".join(["%s"] * len(fields)) + ")"
    tail = ""
    if returning:
        pk, column = model._meta.pk.column, _column(model, returning).column
        tail = f" RETURNING {connection.ops.quote_name(pk)}, {connection.ops.quote_name(column)}"
    out: list[tuple[Any, Any]] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            params = [value if adapt is None else adapt(value)
                      for row in chunk for adapt, value in zip(adapters, row, strict=True)]
            values = ", ".join([placeholder] * len(chunk))
            cursor.execute(f"INSERT INTO {table} ({names}) VALUES {values}{tail}", params)  # noqa: S608 - our names
            if returning:
                out.extend(cursor.fetchall())
    return out


def _copy_rows(
    model: type[models.Model], fields: list[models.Field], rows: Sequence[Sequence[Any]], *, returning: str,
) -> list[tuple[Any, Any]]:
    quote = connection.ops.quote_name
    table = model._meta.db_table
    names = [quote(field.column) for field in fields]
    formats = [_copy_format(field) for field in fields]
    out: list[tuple[Any, Any]] = []
    ids: list[Any] = []
    with connection.cursor() as cursor:
        if returning:
            pk = model._meta.pk
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                           [quote(table), pk.column, len(rows)])
            ids = [row[0] for row in cursor.fetchall()]
            if ids[0] is None:
                raise ValueError(f"{table}.{pk.column} has no sequence to take new keys from")
            names.insert(0, quote(pk.column))
            position = fields.index(_column(model, returning))
            out = [(pk_value, row[position]) for pk_value, row in zip(ids, rows, strict=True)]
        buffer = io.StringIO()
        write = buffer.write
        for index, row in enumerate(rows):
            line = "\t".join([fmt(value) for fmt, value in zip(formats, row, strict=True)])
            write(f"{ids[index]}\t{line}\n" if returning else f"{line}\n")
        buffer.seek(0)
        # COPY bypasses the cursor wrapper's execute(); its errors must still arrive as Django's (IntegrityError).
        with connection.wrap_database_errors:
            cursor.cursor.copy_expert(f"COPY {quote(table)} ({', '.join(names)}) FROM STDIN", buffer)
    return out


def _copy_text(text: str) -> str:
    """A value in COPY's text format: backslash, tab, newline and carriage return escaped."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if "\t" in text or "\n" in text or "\r" in text:
        text = text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return text


def _copy_format(field: models.Field) -> Callable[[Any], str]:
    """One field's value as COPY text: what the ORM's adapter would send, written as PostgreSQL reads it back."""
    null = "\\N"
    if isinstance(field, models.JSONField):
        return lambda value: null if value is None else _copy_text(
            value if isinstance(value, JsonText) else json.dumps(value, cls=field.encoder))
    if isinstance(field, models.BooleanField):
        return lambda value: null if value is None else "t" if value else "f"
    if isinstance(field, models.DateTimeField):
        adapt = _memo(lambda value: field.get_db_prep_save(value, connection).isoformat())
        return lambda value: null if value is None else adapt(value)
    if isinstance(field, models.DateField):
        return lambda value: null if value is None else date.isoformat(value)
    return lambda value: null if value is None else _copy_text(value if type(value) is str else str(value))


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


def select_in(sql: str, values: Collection[Any], *, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Run `sql`, whose `{in_}` stands for a parameter list, over `values` in as few statements as allowed;
    `params` fill the placeholders before it.

    For the ingest's lookups of thousands of keys at once, where compiling `__in` through the ORM costs more than
    the query.
    """
    values = list(values)
    per_statement = MAX_PARAMS.get(connection.vendor, 900) - len(params)
    rows: list[tuple[Any, ...]] = []
    with connection.cursor() as cursor:
        for start in range(0, len(values), per_statement):
            chunk = values[start : start + per_statement]
            cursor.execute(sql.format(in_=", ".join(["%s"] * len(chunk))), [*params, *chunk])
            rows.extend(cursor.fetchall())
    return rows


def planner_statistics_refresh(columns: dict[type[models.Model], Sequence[str]]) -> None:
    """ANALYZE these tables' columns (PostgreSQL): a big import into a small table otherwise leaves the planner
    believing the table is tiny, and it scans the whole table for each batch's lookups instead of using the
    indexes. Only the looked-up columns: statistics on the wide ones (payloads, descriptions) cost the most."""
    if connection.vendor != "postgresql":
        return  # SQLite's planner picks these indexes without statistics
    quote = connection.ops.quote_name
    tables = ", ".join(
        f"{quote(model._meta.db_table)} ({', '.join(quote(_column(model, name).column) for name in names)})"
        for model, names in columns.items()
    )
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")


def table_rows_estimate(model: type[models.Model]) -> int:
    """The planner's idea of the table's size (PostgreSQL; 0 elsewhere or never analysed)."""
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [model._meta.db_table])
        row = cursor.fetchone()
    return max(0, int(row[0])) if row else 0
