def old_part_overdue(due_date, returned, on_date):
    """An old part not back by its due date is overdue (and deducted, 从信用账户扣除); the due day is in time."""
    return bool(due_date) and not returned and due_date < on_date
