"""The accomplishments' item models: the table (`table`) and the filter proxy on it (`filter`)."""

from resume_builder.services.records import ANY_ROLE, NO_ROLE
from resume_builder.ui.models.accomplishments.filter import AccomplishmentFilterProxy
from resume_builder.ui.models.accomplishments.table import (
    AccomplishmentRoles,
    AccomplishmentTableModel,
    Column,
    RowInfo,
    period_of,
)

__all__ = [
    "ANY_ROLE",
    "NO_ROLE",
    "AccomplishmentFilterProxy",
    "AccomplishmentRoles",
    "AccomplishmentTableModel",
    "Column",
    "RowInfo",
    "period_of",
]
