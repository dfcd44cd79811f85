"""secrets at rest and login brake: wrapped shop data key, encrypted unlock secrets, failed logins

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

from db.types import UTCDateTime

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        'unlock_keys',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('created_at', UTCDateTime(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        _fk('unlock_keys', 'created_by_id', 'users'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_unlock_keys')),
    )
    op.create_table(
        'user_keys',
        sa.Column('user_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('salt', sa.String(length=40), nullable=False),
        sa.Column('wrapped_private', sa.String(length=200), nullable=False),
        sa.Column('shop_key', sa.String(length=300), nullable=True),
        sa.Column('granted_by_id', sa.Integer(), nullable=True),
        sa.Column('updated_at', UTCDateTime(), nullable=False),
        _fk('user_keys', 'user_id', 'users'),
        _fk('user_keys', 'granted_by_id', 'users'),
        sa.PrimaryKeyConstraint('user_id', name=op.f('pk_user_keys')),
    )
    op.create_table(
        'login_throttle',
        sa.Column('username', sa.String(length=64), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('locked_until', UTCDateTime(), nullable=True),
        sa.Column('last_failed_at', UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('username', name=op.f('pk_login_throttle')),
    )
    op.create_table(
        'failed_logins',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', UTCDateTime(), nullable=False),
        sa.Column('username', sa.String(length=64), nullable=False),
        sa.Column('known', sa.Boolean(), nullable=False),
        sa.Column('reason', sa.String(length=20), nullable=False),
        sa.Column('workstation', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_failed_logins')),
    )
    op.create_index('ix_failed_logins_at', 'failed_logins', ['at'])
    # Typed secrets stay readable until the first reading user's login seals them.
    with op.batch_alter_table('job_secrets') as batch:
        batch.add_column(sa.Column('sealed', sa.Text(), nullable=True))


def downgrade() -> None:
    # Sealed secrets cannot be opened without a user's password: they go, typed ones stay.
    op.execute("DELETE FROM job_secrets WHERE sealed IS NOT NULL")
    with op.batch_alter_table('job_secrets') as batch:
        batch.drop_column('sealed')
    op.drop_index('ix_failed_logins_at', table_name='failed_logins')
    op.drop_table('failed_logins')
    op.drop_table('login_throttle')
    op.drop_table('user_keys')
    op.drop_table('unlock_keys')
