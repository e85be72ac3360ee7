"""Migration helpers for indexes only PostgreSQL has (GIN over JSONB lists)."""

from __future__ import annotations

from typing import Any

from django.db import migrations


def postgres_only(forward_sql: list[str], reverse_sql: list[str]) -> migrations.RunPython:
    """A RunPython that executes SQL on PostgreSQL and does nothing on SQLite."""

    def run(sql: list[str]):
        def apply(apps: Any, schema_editor: Any) -> None:
            if schema_editor.connection.vendor == "postgresql":
                for statement in sql:
                    schema_editor.execute(statement)

        return apply

    return migrations.RunPython(run(forward_sql), run(reverse_sql))


def gin_indexes(table: str, columns: list[str]) -> migrations.RunPython:
    forward = [
        f'CREATE INDEX IF NOT EXISTS "{table}_{c}_gin" ON "{table}" USING gin (("{c}"::jsonb) jsonb_path_ops)'
        for c in columns
    ]
    reverse = [f'DROP INDEX IF EXISTS "{table}_{c}_gin"' for c in columns]
    return postgres_only(forward, reverse)
