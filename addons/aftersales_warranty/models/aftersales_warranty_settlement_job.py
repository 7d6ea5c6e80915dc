from odoo import api, fields, models

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

# queue.job's states, as the settlement shows them.
JOB_STATES = [
    ("wait_dependencies", "Waiting"),
    ("pending", "Pending"),
    ("enqueued", "Enqueued"),
    ("started", "Running"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
    ("failed", "Failed"),
]


class AftersalesWarrantySettlement(models.Model):
    """A large settlement collects and posts as an OCA queue job (channel root.aftersales.settlement),
    so that thousands of claims never meet a worker's time limit; the form shows the job's state and
    its error, if any. Small ones, the daily case, stay immediate."""

    _inherit = "aftersales.warranty.settlement"

    job_uuid = fields.Char(string="Background Job UUID", copy=False, readonly=True)
    job_state = fields.Selection(JOB_STATES, compute="_compute_job", string="Background Job")
    job_message = fields.Text(compute="_compute_job", string="Background Job Error")

    def _compute_job(self):
        # Accountants do not read queue.job itself: what they see of it is read for them.
        uuids = [uuid for uuid in self.mapped("job_uuid") if uuid]
        jobs = {job.uuid: job for job in self.env["queue.job"].sudo().search([("uuid", "in", uuids)])}
        for settlement in self:
            job = jobs.get(settlement.job_uuid)
            settlement.job_state = job.state if job else False
            settlement.job_message = job.exc_message if job and job.state == "failed" else False

    def _workflow_fields(self):
        return dict(super()._workflow_fields(), job_uuid=self.env._("Collect or Post of a large settlement"))

    @api.model
    def _job_threshold(self):
        """Claims above which Collect and Post go to the background (system parameter)."""
        return int(self.env["ir.config_parameter"].sudo().get_param("aftersales.settlement_job_claims", 1000))

    def _in_background(self, method, claims):
        """Queue ``method`` as a job when ``claims`` is more than the threshold, unless this already runs
        as a job; True when queued. One job per settlement and action waits at a time."""
        if self.env.context.get("job_uuid") or claims <= self._job_threshold():
            return False
        _ = self.env._
        labels = {"action_collect": _("Collect claims"), "action_post": _("Post")}
        for settlement in self:
            job = settlement.with_delay(
                identity_key=f"{settlement._name},{settlement.id},{method}",
                description=_("%(action)s of %(settlement)s", action=labels[method], settlement=settlement.name),
            )
            job = getattr(job, method)()
            with workflow_writes():
                settlement.job_uuid = job.uuid
            settlement.message_post(
                body=_(
                    "%(action)s runs in the background (%(claims)s claims); this form shows when it is done.",
                    action=labels[method],
                    claims=claims,
                )
            )
        return True

    def action_collect(self):
        Claim = self.env["aftersales.warranty.claim"]
        claims = sum(Claim.search_count(settlement._claim_domain()) for settlement in self)
        return self._in_background("action_collect", claims) or super().action_collect()

    def action_post(self):
        return self._in_background("action_post", len(self.claim_ids)) or super().action_post()
