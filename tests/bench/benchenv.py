"""Open an Odoo environment on a benchmark database from a plain Python script (run with the venv's python)."""

import argparse
import contextlib
import os
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ODOO_SRC = os.environ.get("ODOO_SRC", "/opt/odoo/18.0")


def parser(description):
    args = argparse.ArgumentParser(description=description)
    args.add_argument("--db", default="aftersales_bench", help="database with our addons installed")
    return args


@contextlib.contextmanager
def environment(dbname):
    """Superuser environment on ``dbname``; everything done inside is rolled back."""
    import odoo
    from odoo.tools import config

    site = sysconfig.get_paths()["purelib"]
    addons = [f"{ROOT}/addons", f"{site}/odoo/addons", f"{ODOO_SRC}/addons", f"{ODOO_SRC}/odoo/addons"]
    config.parse_config(["-d", dbname, "--addons-path", ",".join(addons), "--log-level", "warn"])
    registry = odoo.modules.registry.Registry(dbname)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        try:
            yield env
        finally:
            cr.rollback()


def report(name, value, unit, target=None):
    line = f"{name:<48} {value:>12.3f} {unit}"
    if target is not None:
        line += f"   target {target} {unit}   {'OK' if value <= target else 'MISSED'}"
    print(line, flush=True)
    sys.stdout.flush()
