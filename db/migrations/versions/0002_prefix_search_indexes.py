"""prefix indexes for search terms under three characters and for typed job numbers

On PostgreSQL the columns searched by prefix get the "C" collation, so that LIKE 'x%' and
ORDER BY both run on a plain B-tree (under a language collation neither can use it).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

C_COLUMNS = (("jobs", "number", "varchar(20)"), ("customers", "mobile", "varchar(20)"),
             ("customer_search", "doc", "text"))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column, kind in C_COLUMNS:
            op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE {kind} COLLATE "C"')
    op.execute("CREATE INDEX ix_customer_search_doc_prefix ON customer_search (doc)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_customer_search_doc_prefix")
    if op.get_bind().dialect.name == "postgresql":
        for table, column, kind in C_COLUMNS:
            op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE {kind} '
                       'COLLATE "default"')
