"""Jobs finished before the output was stored get it now, so that past months do not read 0."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    jobs = env["repair.order"].search([("state", "=", "done"), ("output_total", "=", 0)])
    for batch in env.cr.split_for_in_conditions(jobs.ids, size=1000):
        env["repair.order"].browse(batch)._record_output()
        env.flush_all()
        env.invalidate_all()
