"""KPI arithmetic shared by the dashboards."""


def rate(part, whole):
    """A KPI ratio in percent; ``None`` when there is nothing to measure."""
    return round(100.0 * part / whole, 2) if whole else None
