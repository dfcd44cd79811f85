"""initial schema: customers, devices, jobs, timeline, users, settings, search

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('mobile', sa.String(length=20), nullable=False),
    sa.Column('other_phones', sa.JSON(), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('referred_by_id', sa.Integer(), nullable=True),
    sa.Column('sms_opt_out', sa.Boolean(), nullable=False),
    sa.Column('sms_opt_out_at', sa.DateTime(), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['referred_by_id'], ['customers.id'], name=op.f('fk_customers_referred_by_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers')),
    sa.UniqueConstraint('mobile', name=op.f('uq_customers_mobile'))
    )
    op.create_table('job_counters',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_job_counters'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('customer_search',
    sa.Column('customer_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_search_customer_id_customers')),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_customer_search'))
    )
    op.create_table('devices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('brand', sa.String(length=100), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('colour', sa.String(length=50), nullable=False),
    sa.Column('imei', sa.String(length=15), nullable=True),
    sa.Column('serial', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_devices_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices'))
    )
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_devices_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_devices_imei'), ['imei'], unique=False)
        batch_op.create_index(batch_op.f('ix_devices_serial'), ['serial'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_settings_updated_by_id_users')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('condition', sa.JSON(), nullable=False),
    sa.Column('accessories', sa.JSON(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('promised_date', sa.Date(), nullable=True),
    sa.Column('technician_id', sa.Integer(), nullable=True),
    sa.Column('estimate_min', sa.BigInteger(), nullable=True),
    sa.Column('estimate_max', sa.BigInteger(), nullable=True),
    sa.Column('warranty_days', sa.Integer(), nullable=False),
    sa.Column('warranty_of_id', sa.Integer(), nullable=True),
    sa.Column('customer_note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_jobs_created_by_id_users')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_jobs_customer_id_customers')),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'], name=op.f('fk_jobs_device_id_devices')),
    sa.ForeignKeyConstraint(['technician_id'], ['users.id'], name=op.f('fk_jobs_technician_id_users')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_jobs_updated_by_id_users')),
    sa.ForeignKeyConstraint(['warranty_of_id'], ['jobs.id'], name=op.f('fk_jobs_warranty_of_id_jobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jobs')),
    sa.UniqueConstraint('number', name=op.f('uq_jobs_number'))
    )
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.create_index('ix_jobs_created', ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_jobs_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_jobs_device_id'), ['device_id'], unique=False)
        batch_op.create_index('ix_jobs_promised', ['promised_date'], unique=False)
        batch_op.create_index('ix_jobs_status_created', ['status', 'created_at'], unique=False)
        batch_op.create_index('ix_jobs_technician_status', ['technician_id', 'status'], unique=False)

    op.create_table('estimate_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('discount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_estimate_lines_job_id_jobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_estimate_lines'))
    )
    with op.batch_alter_table('estimate_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_estimate_lines_job_id'), ['job_id'], unique=False)

    op.create_table('job_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('customer_event', sa.String(length=30), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_job_events_actor_id_users')),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_job_events_job_id_jobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_events'))
    )
    with op.batch_alter_table('job_events', schema=None) as batch_op:
        batch_op.create_index('ix_job_events_job', ['job_id', 'id'], unique=False)

    op.create_table('job_search',
    sa.Column('job_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_job_search_job_id_jobs')),
    sa.PrimaryKeyConstraint('job_id', name=op.f('pk_job_search'))
    )
    op.create_table('job_secrets',
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('passcode', sa.String(length=64), nullable=False),
    sa.Column('pattern', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_job_secrets_job_id_jobs')),
    sa.PrimaryKeyConstraint('job_id', name=op.f('pk_job_secrets'))
    )
    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('is_deposit', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['by_id'], ['users.id'], name=op.f('fk_payments_by_id_users')),
    sa.ForeignKeyConstraint(['job_id'], ['jobs.id'], name=op.f('fk_payments_job_id_jobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_job_id'), ['job_id'], unique=False)




    if op.get_bind().dialect.name == "sqlite":
        _sqlite_search_and_guards()
    else:
        _postgres_search_and_guards()


SEARCH_TABLES = {"job_search": "job_id", "customer_search": "customer_id"}


def _sqlite_search_and_guards() -> None:
    for table, key in SEARCH_TABLES.items():
        op.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5(doc, content='{table}', "
                   f"content_rowid='{key}', tokenize='trigram')")
        op.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {table}_fts(rowid, doc) VALUES (new.{key}, new.doc); END")
        op.execute(f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {table}_fts({table}_fts, rowid, doc) "
                   f"VALUES ('delete', old.{key}, old.doc); END")
        op.execute(f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN "
                   f"INSERT INTO {table}_fts({table}_fts, rowid, doc) "
                   f"VALUES ('delete', old.{key}, old.doc); "
                   f"INSERT INTO {table}_fts(rowid, doc) VALUES (new.{key}, new.doc); END")
    for action in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER job_events_no_{action.lower()} BEFORE {action} ON job_events "
                   "BEGIN SELECT RAISE(ABORT, 'the job timeline is append-only'); END")


def _postgres_search_and_guards() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table in SEARCH_TABLES:
        op.execute(f"CREATE INDEX ix_{table}_doc_trgm ON {table} USING gin (doc gin_trgm_ops)")
    op.execute("""
        CREATE FUNCTION job_events_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'the job timeline is append-only'; END;
        $$ LANGUAGE plpgsql""")
    op.execute("CREATE TRIGGER job_events_append_only BEFORE UPDATE OR DELETE ON job_events "
               "FOR EACH ROW EXECUTE FUNCTION job_events_append_only()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in SEARCH_TABLES:
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    else:
        op.execute("DROP TRIGGER IF EXISTS job_events_append_only ON job_events")
        op.execute("DROP FUNCTION IF EXISTS job_events_append_only()")

    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_job_id'))

    op.drop_table('payments')
    op.drop_table('job_secrets')
    op.drop_table('job_search')
    with op.batch_alter_table('job_events', schema=None) as batch_op:
        batch_op.drop_index('ix_job_events_job')

    op.drop_table('job_events')
    with op.batch_alter_table('estimate_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_estimate_lines_job_id'))

    op.drop_table('estimate_lines')
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_jobs_technician_status')
        batch_op.drop_index('ix_jobs_status_created')
        batch_op.drop_index('ix_jobs_promised')
        batch_op.drop_index(batch_op.f('ix_jobs_device_id'))
        batch_op.drop_index(batch_op.f('ix_jobs_customer_id'))
        batch_op.drop_index('ix_jobs_created')

    op.drop_table('jobs')
    op.drop_table('settings')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_devices_serial'))
        batch_op.drop_index(batch_op.f('ix_devices_imei'))
        batch_op.drop_index(batch_op.f('ix_devices_customer_id'))

    op.drop_table('devices')
    op.drop_table('customer_search')
    op.drop_table('users')
    op.drop_table('job_counters')
    op.drop_table('customers')

