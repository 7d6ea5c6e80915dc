"""Shared plumbing of the benchmarks: an Odoo environment from a plain script, and the figures' output.

Each benchmark module defines ``run(env, **sizes)`` returning figures ``(name, value, unit, target)``
(target ``None`` when there is none) and calls ``cli(__doc__, run, size=default, ...)`` from ``main``.
The test command imports the same ``run`` functions for a small-size smoke run.
"""

import argparse
import contextlib
import os
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ODOO_SRC = os.environ.get("ODOO_SRC", "/opt/odoo/18.0")


_configured = []


@contextlib.contextmanager
def environment(dbname):
    """Superuser environment on ``dbname``; everything done inside is rolled back."""
    import odoo
    from odoo.tools import config

    if not _configured:  # Odoo's configuration can be parsed once per process
        site = sysconfig.get_paths()["purelib"]
        addons = [f"{ROOT}/addons", f"{site}/odoo/addons", f"{ODOO_SRC}/addons", f"{ODOO_SRC}/odoo/addons"]
        config.parse_config(["-d", dbname, "--addons-path", ",".join(addons), "--log-level", "warn"])
        _configured.append(dbname)
    registry = odoo.modules.registry.Registry(dbname)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        try:
            yield env
        finally:
            cr.rollback()


def clone(env, model, template, count, overrides, rows="generate_series(1, %(count)s) AS n"):
    """``count`` copies of ``template`` (one record) by SQL, one per row of ``rows`` (a FROM item; by default
    the numbers ``n``); ``overrides``: column -> SQL expression of those rows."""
    env.flush_all()
    table = env[model]._table
    env.cr.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND column_name <> 'id'", [table]
    )
    columns = [name for (name,) in env.cr.fetchall()]
    expressions = [overrides.get(name, f'template."{name}"') for name in columns]
    query = f"""
        INSERT INTO "{table}" ({", ".join(f'"{name}"' for name in columns)})
        SELECT {", ".join(expressions)} FROM "{table}" AS template, {rows} WHERE template.id = %(template)s
    """  # table and column names come from the registry, the values are parameters
    env.cr.execute(query, {"count": count, "template": template.id})
    env.cr.execute(f'ANALYZE "{table}"')


def line(name, value, unit, target=None):
    text = f"{name:<56} {value:>12.3f} {unit}"
    if target is not None:
        text += f"   target {target:g} {unit}   {'OK' if value <= target else 'MISSED'}"
    return text


def cli(doc, run, **defaults):
    """Parse ``--db`` and the size options, run the benchmark and print its figures."""
    args = argparse.ArgumentParser(description=doc)
    args.add_argument("--db", default="aftersales_bench", help="database with our addons installed")
    for name, default in defaults.items():
        args.add_argument(f"--{name.replace('_', '-')}", type=type(default), default=default)
    options = vars(args.parse_args())
    dbname = options.pop("db")
    with environment(dbname) as env:
        for figure in run(env, **options):
            print(line(*figure), flush=True)
    sys.stdout.flush()
