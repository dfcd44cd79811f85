"""customer care: consents, surveys, care tasks, and the indexes their rounds read by

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""
import sqlalchemy as sa
from alembic import op

from db.types import UTCDateTime

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        'consents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('purpose', sa.String(length=12), nullable=False),
        sa.Column('given', sa.Boolean(), nullable=False),
        sa.Column('how', sa.String(length=12), nullable=False),
        sa.Column('at', UTCDateTime(), nullable=False),
        sa.Column('by_id', sa.Integer(), nullable=True),
        sa.Column('inbound_id', sa.Integer(), nullable=True),
        _fk('consents', 'customer_id', 'customers'),
        _fk('consents', 'by_id', 'users'),
        _fk('consents', 'inbound_id', 'inbound_messages'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consents')),
    )
    op.create_index('ix_consents_customer', 'consents', ['customer_id', 'purpose', 'id'])
    op.create_table(
        'surveys',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('job_id', sa.Integer(), nullable=False),
        sa.Column('round', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('technician_id', sa.Integer(), nullable=True),
        sa.Column('scale', sa.String(length=4), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('skip_reason', sa.String(length=20), nullable=True),
        sa.Column('message_id', sa.Integer(), nullable=True),
        sa.Column('created_at', UTCDateTime(), nullable=False),
        sa.Column('score', sa.Integer(), nullable=True),
        sa.Column('answered_at', UTCDateTime(), nullable=True),
        sa.Column('reply_id', sa.Integer(), nullable=True),
        sa.Column('why_message_id', sa.Integer(), nullable=True),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.Column('commented_at', UTCDateTime(), nullable=True),
        _fk('surveys', 'job_id', 'jobs'),
        _fk('surveys', 'customer_id', 'customers'),
        _fk('surveys', 'technician_id', 'users'),
        _fk('surveys', 'message_id', 'outbox'),
        _fk('surveys', 'reply_id', 'inbound_messages'),
        _fk('surveys', 'why_message_id', 'outbox'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_surveys')),
    )
    op.create_index('uq_surveys_job_round', 'surveys', ['job_id', 'round'], unique=True)
    op.create_index('ix_surveys_customer', 'surveys', ['customer_id', 'created_at'])
    op.create_index('ix_surveys_answered', 'surveys', ['answered_at'])
    op.create_index('ix_surveys_created', 'surveys', ['created_at'])
    op.create_index('ix_surveys_customer_answered', 'surveys', ['customer_id', 'answered_at'])
    op.create_table(
        'care_tasks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('job_id', sa.Integer(), nullable=True),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('survey_id', sa.Integer(), nullable=True),
        sa.Column('inbound_id', sa.Integer(), nullable=True),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('about_date', sa.Date(), nullable=True),
        sa.Column('severity', sa.String(length=4), nullable=False),
        sa.Column('came_by', sa.String(length=10), nullable=False),
        sa.Column('assignee_id', sa.Integer(), nullable=True),
        sa.Column('due_at', UTCDateTime(), nullable=False),
        sa.Column('snoozed_until', UTCDateTime(), nullable=True),
        sa.Column('state', sa.String(length=6), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('escalated_to', sa.String(length=10), nullable=True),
        sa.Column('escalated_at', UTCDateTime(), nullable=True),
        sa.Column('created_at', UTCDateTime(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('closed_at', UTCDateTime(), nullable=True),
        sa.Column('closed_by_id', sa.Integer(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        _fk('care_tasks', 'job_id', 'jobs'),
        _fk('care_tasks', 'customer_id', 'customers'),
        _fk('care_tasks', 'survey_id', 'surveys'),
        _fk('care_tasks', 'inbound_id', 'inbound_messages'),
        _fk('care_tasks', 'assignee_id', 'users'),
        _fk('care_tasks', 'created_by_id', 'users'),
        _fk('care_tasks', 'closed_by_id', 'users'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_care_tasks')),
    )
    op.create_index('ix_care_tasks_open', 'care_tasks', ['state', 'due_at', 'id'])
    op.create_index('ix_care_tasks_job', 'care_tasks', ['job_id', 'kind', 'state'])
    op.create_index('ix_care_tasks_customer', 'care_tasks', ['customer_id', 'state'])
    op.create_index('ix_jobs_status_changed', 'jobs', ['status', 'status_changed_at'])
    op.create_index('ix_jobs_status_promised', 'jobs', ['status', 'promised_date'])
    op.create_index('ix_inbound_customer', 'inbound_messages', ['customer_id', 'id'])


def downgrade() -> None:
    op.drop_index('ix_inbound_customer', table_name='inbound_messages')
    op.drop_index('ix_jobs_status_promised', table_name='jobs')
    op.drop_index('ix_jobs_status_changed', table_name='jobs')
    op.drop_table('care_tasks')
    op.drop_table('surveys')
    op.drop_table('consents')
