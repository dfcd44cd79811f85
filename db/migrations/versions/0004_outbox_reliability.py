"""outbox reliability: lost-answer leases, inbound replies de-duplicated on what identifies them

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""
import datetime as dt
import hashlib

from alembic import op
import sqlalchemy as sa

from db.types import UTCDateTime

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _fingerprint(provider_id: str, sender: str, body: str, received_at: dt.datetime) -> str:
    """Frozen copy of app.notify.replies.fingerprint as it was at this revision."""
    moment = received_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
    text = "\x1f".join((provider_id, sender, body, moment))
    return hashlib.sha256(text.encode()).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table('outbox') as batch:
        batch.add_column(sa.Column('lease_until', UTCDateTime(), nullable=True))
    with op.batch_alter_table('inbound_messages') as batch:
        batch.add_column(sa.Column('fingerprint', sa.String(length=64), nullable=True))
    inbound = sa.table('inbound_messages', sa.column('id', sa.Integer()),
                       sa.column('provider_id', sa.String()), sa.column('sender', sa.String()),
                       sa.column('body', sa.Text()), sa.column('received_at', UTCDateTime()),
                       sa.column('fingerprint', sa.String()))
    conn = op.get_bind()
    rows = conn.execute(sa.select(inbound.c.id, inbound.c.provider_id, inbound.c.sender,
                                  inbound.c.body, inbound.c.received_at)).all()
    for row in rows:
        conn.execute(inbound.update().where(inbound.c.id == row.id).values(
            fingerprint=_fingerprint(row.provider_id, row.sender, row.body, row.received_at)))
    with op.batch_alter_table('inbound_messages') as batch:
        batch.alter_column('fingerprint', existing_type=sa.String(length=64), nullable=False)
        batch.drop_index('uq_inbound_gateway_provider')
        batch.create_index('uq_inbound_gateway_fingerprint', ['gateway', 'fingerprint'],
                           unique=True)


def downgrade() -> None:
    # Replies sharing a provider id (numbered per request) all stay: the later ones get their
    # row id appended, so the old unique key holds.
    inbound = sa.table('inbound_messages', sa.column('id', sa.Integer()),
                       sa.column('gateway', sa.String()), sa.column('provider_id', sa.String()))
    conn = op.get_bind()
    first = sa.select(sa.func.min(inbound.c.id)).group_by(inbound.c.gateway,
                                                          inbound.c.provider_id)
    later = conn.execute(sa.select(inbound.c.id, inbound.c.provider_id).where(
        inbound.c.id.not_in(first.scalar_subquery()))).all()
    for row in later:
        conn.execute(inbound.update().where(inbound.c.id == row.id).values(
            provider_id=f"{row.provider_id[:80]}#{row.id}"))
    with op.batch_alter_table('inbound_messages') as batch:
        batch.drop_index('uq_inbound_gateway_fingerprint')
        batch.create_index('uq_inbound_gateway_provider', ['gateway', 'provider_id'],
                           unique=True)
        batch.drop_column('fingerprint')
    with op.batch_alter_table('outbox') as batch:
        batch.drop_column('lease_until')
