"""story aliases: merged stories keep resolving to the story that absorbed them

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 00:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('story_aliases',
    sa.Column('old_id', sa.String(length=40), nullable=False),
    sa.Column('story_id', sa.String(length=40), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('old_id')
    )
    with op.batch_alter_table('story_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_story_aliases_story_id'), ['story_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('story_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_story_aliases_story_id'))
    op.drop_table('story_aliases')
