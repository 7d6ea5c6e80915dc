"""Reading a pasted or imported VIN list: every line judged, nothing taken when one is wrong."""

from odoo.addons.aftersales_base.tools.vin import normalize_vin, vin_problem


def parse_vin_list(text):
    """``(entries, problems)`` of a VIN list, one VIN per line (blank lines skipped): ``entries`` as
    ``(line number, VIN)`` in order without repeats; ``problems`` as ``(line number, VIN, code)`` with the
    codes of ``vin_problem`` and ``duplicate``."""
    entries, problems, seen = [], [], set()
    for number, line in enumerate((text or "").splitlines(), start=1):
        vin = normalize_vin(line)
        if not vin:
            continue
        problem = vin_problem(vin)
        if problem:
            problems.append((number, vin, problem))
        elif vin in seen:
            problems.append((number, vin, "duplicate"))
        else:
            seen.add(vin)
            entries.append((number, vin))
    return entries, problems
