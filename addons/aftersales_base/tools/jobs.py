def queue_rest(records, method, remaining, identity_key, **kwargs):
    """A scheduled job that ran as an OCA queue job and stopped at its batch size queues the rest as the
    next job of the same identity, so each job stays short and commits its batch. Run as a plain cron,
    the scheduler's progress (``_notify_progress``) calls it again instead.

    The identity key keeps one such job waiting at a time: the scheduler firing again while one waits
    adds nothing (a job already running does not count, so it can hand over to the next)."""
    if remaining and records.env.context.get("job_uuid"):
        getattr(records.with_delay(identity_key=identity_key), method)(**kwargs)
        return True
    return False
