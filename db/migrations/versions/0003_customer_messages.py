"""customer messages: templates, outbox, inbound replies, alerts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

from db.types import UTCDateTime

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        'message_templates',
        sa.Column('event', sa.String(length=30), nullable=False),
        sa.Column('lang', sa.String(length=2), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('updated_at', UTCDateTime(), nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        _fk('message_templates', 'updated_by_id', 'users'),
        sa.PrimaryKeyConstraint('event', 'lang', name=op.f('pk_message_templates')),
    )
    op.create_table(
        'outbox',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('local_id', sa.String(length=40), nullable=False),
        sa.Column('job_id', sa.Integer(), nullable=True),
        sa.Column('customer_id', sa.Integer(), nullable=True),
        sa.Column('cause_event_id', sa.Integer(), nullable=True),
        sa.Column('event', sa.String(length=30), nullable=False),
        sa.Column('transactional', sa.Boolean(), nullable=False),
        sa.Column('to', sa.String(length=20), nullable=False),
        sa.Column('lang', sa.String(length=2), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('parts', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('created_at', UTCDateTime(), nullable=False),
        sa.Column('due_at', UTCDateTime(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('gateway', sa.String(length=40), nullable=True),
        sa.Column('claimed_by', sa.String(length=100), nullable=True),
        sa.Column('claimed_at', UTCDateTime(), nullable=True),
        sa.Column('provider_id', sa.String(length=100), nullable=True),
        sa.Column('sent_at', UTCDateTime(), nullable=True),
        sa.Column('delivered_at', UTCDateTime(), nullable=True),
        sa.Column('polled_at', UTCDateTime(), nullable=True),
        sa.Column('error', sa.Text(), nullable=False),
        sa.Column('updated_at', UTCDateTime(), nullable=False),
        _fk('outbox', 'cause_event_id', 'job_events'),
        _fk('outbox', 'customer_id', 'customers'),
        _fk('outbox', 'job_id', 'jobs'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
        sa.UniqueConstraint('local_id', name=op.f('uq_outbox_local_id')),
    )
    op.create_index('ix_outbox_customer', 'outbox', ['customer_id', 'created_at'])
    op.create_index('ix_outbox_job', 'outbox', ['job_id', 'id'])
    op.create_index('ix_outbox_status_due', 'outbox', ['status', 'due_at', 'id'])
    op.create_table(
        'inbound_messages',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('gateway', sa.String(length=40), nullable=False),
        sa.Column('provider_id', sa.String(length=100), nullable=False),
        sa.Column('sender', sa.String(length=30), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('received_at', UTCDateTime(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=True),
        sa.Column('job_id', sa.Integer(), nullable=True),
        sa.Column('outcome', sa.String(length=12), nullable=False),
        sa.Column('read_at', UTCDateTime(), nullable=True),
        sa.Column('read_by_id', sa.Integer(), nullable=True),
        _fk('inbound_messages', 'customer_id', 'customers'),
        _fk('inbound_messages', 'job_id', 'jobs'),
        _fk('inbound_messages', 'read_by_id', 'users'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_inbound_messages')),
    )
    op.create_index('ix_inbound_job', 'inbound_messages', ['job_id', 'id'])
    op.create_index('ix_inbound_unread', 'inbound_messages', ['read_at', 'id'])
    op.create_index('uq_inbound_gateway_provider', 'inbound_messages',
                    ['gateway', 'provider_id'], unique=True)
    op.create_table(
        'sms_alerts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', UTCDateTime(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('gateway', sa.String(length=40), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=True),
        sa.Column('resolved_at', UTCDateTime(), nullable=True),
        sa.Column('resolved_by_id', sa.Integer(), nullable=True),
        _fk('sms_alerts', 'message_id', 'outbox'),
        _fk('sms_alerts', 'resolved_by_id', 'users'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sms_alerts')),
    )
    op.create_index('ix_sms_alerts_open', 'sms_alerts', ['resolved_at', 'id'])


def downgrade() -> None:
    op.drop_table('sms_alerts')
    op.drop_table('inbound_messages')
    op.drop_table('outbox')
    op.drop_table('message_templates')
