"""The gate of workflow fields: open while one of our actions runs, shut for any other writer."""

import contextlib
import contextvars

_gate_open = contextvars.ContextVar("aftersales_workflow_gate", default=False)


@contextlib.contextmanager
def workflow_writes():
    """Let the writes inside move workflow fields; a context key would not do (any RPC client sets one)."""
    token = _gate_open.set(True)
    try:
        yield
    finally:
        _gate_open.reset(token)


def workflow_writes_allowed():
    return _gate_open.get()
