"""Row locks that answer at once: of two people deciding the same thing, the second is told."""

from psycopg2.errors import LockNotAvailable

from odoo.exceptions import UserError
from odoo.tools import mute_logger


def lock_rows_nowait(env, query, params, busy_message):
    """Run ``query`` (a ``SELECT ... FOR UPDATE NOWAIT``) and return its rows.

    When another transaction holds one of the rows, raise ``UserError(busy_message)`` instead of
    waiting for it; the savepoint keeps the current transaction usable.
    """
    try:
        with env.cr.savepoint(flush=False), mute_logger("odoo.sql_db"):
            env.cr.execute(query, params)
            return env.cr.fetchall()
    except LockNotAvailable as error:
        raise UserError(busy_message) from error
