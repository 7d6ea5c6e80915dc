from odoo import fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

FUEL_LEVELS = [("empty", "Empty"), ("quarter", "1/4"), ("half", "1/2"), ("three_quarters", "3/4"), ("full", "Full")]
CERTIFIED_CLASSES = ("overhaul", "level2")  # 竣工出厂合格证 for 二级维护 and above (003)


class RepairOrder(models.Model):
    """Reception (预检单), quality control (自检/总检), release certificate and added-work authorisation."""

    _inherit = "repair.order"

    # Reception
    reception_date = fields.Datetime(default=fields.Datetime.now, copy=False)
    fuel_level = fields.Selection(FUEL_LEVELS)
    walkaround_notes = fields.Text(string="Walk-Around Findings", help="Scratches, dents, warning lights...")
    belongings = fields.Text(string="Belongings in the Vehicle")
    # Quality control
    self_check_user_id = fields.Many2one("res.users", string="Self-Checked By", copy=False, readonly=True)
    self_check_date = fields.Datetime(copy=False, readonly=True)
    inspection_state = fields.Selection(
        [("passed", "Passed"), ("failed", "Failed")], copy=False, readonly=True, tracking=True
    )
    inspector_id = fields.Many2one("res.users", string="Final Inspector", copy=False, readonly=True)
    inspection_date = fields.Datetime(copy=False, readonly=True)
    inspection_notes = fields.Text(copy=False)
    road_test_km = fields.Float(string="Road Test (km)", copy=False)
    road_test_notes = fields.Text(string="Road Test Record", copy=False, help="试车技术卡")
    internal_rework_count = fields.Integer(
        string="Internal Reworks", copy=False, readonly=True, help="Failed final inspections (内返)."
    )
    release_number = fields.Char(
        string="Release Certificate", copy=False, readonly=True, index="btree_not_null", tracking=True
    )
    needs_authorisation = fields.Boolean(compute="_compute_needs_authorisation")

    _sql_constraints = [
        ("release_number_uniq", "unique(company_id, release_number)", "This release certificate number is taken."),
    ]

    def _workflow_fields(self):
        inspection = self.env._("Final Inspection")
        return dict(
            super()._workflow_fields(),
            self_check_user_id=self.env._("Self-Check"),
            self_check_date=self.env._("Self-Check"),
            inspection_state=inspection,
            inspector_id=inspection,
            inspection_date=inspection,
            internal_rework_count=inspection,
            release_number=inspection,
            **dict.fromkeys(
                (
                    "aftersales_done_date",
                    "output_labour",
                    "output_parts",
                    "output_customer",
                    "output_warranty",
                    "output_goodwill",
                    "output_internal",
                    "output_total",
                ),
                self.env._("finishing the job"),
            ),
        )

    def _aftersales_check_printable(self, report_name):
        """A release certificate (竣工出厂合格证) certifies a passed final inspection of a class that gets one
        (level-2 maintenance, overhaul) and carries its number; a job whose class was lowered after its
        certificate was issued prints none."""
        if report_name != "aftersales_repair.report_release_certificate":
            return
        for repair in self:
            if (
                repair.repair_class not in CERTIFIED_CLASSES
                or repair.inspection_state != "passed"
                or not repair.release_number
            ):
                raise UserError(
                    self.env._(
                        "%(job)s has no release certificate: it is issued by a passed final inspection of a "
                        "level-2 maintenance or an overhaul.",
                        job=repair.name,
                    )
                )

    def _compute_needs_authorisation(self):
        for repair in self:
            repair.needs_authorisation = any(repair.labour_ids.mapped("needs_authorisation")) or any(
                repair.move_ids.mapped("needs_authorisation")
            )

    def action_self_check(self):
        for repair in self:
            if repair.state != "under_repair":
                raise UserError(self.env._("Start the repair of %(job)s before its self-check.", job=repair.name))
        with workflow_writes():
            self.write({"self_check_user_id": self.env.user.id, "self_check_date": fields.Datetime.now()})

    def _record_inspection(self, passed, notes=None, road_test_km=0.0, road_test_notes=None):
        """Final inspection by a final inspector; a failure sends the job back to repair as an internal rework."""
        if not self.env.user.has_group("aftersales_base.group_aftersales_inspector"):
            raise AccessError(self.env._("Only a final inspector may record the final inspection."))
        for repair in self:
            if repair.state != "under_repair" or not repair.self_check_date:
                raise UserError(
                    self.env._(
                        "%(job)s must be under repair and self-checked before its final inspection.", job=repair.name
                    )
                )
        values = {
            "inspector_id": self.env.user.id,
            "inspection_date": fields.Datetime.now(),
            "inspection_notes": notes,
            "road_test_km": road_test_km,
            "road_test_notes": road_test_notes,
        }
        if passed:
            with workflow_writes():
                self.write(dict(values, inspection_state="passed"))
                self.filtered(lambda r: r.repair_class in CERTIFIED_CLASSES and not r.release_number)._issue_release()
            return
        for repair in self:
            with workflow_writes():
                repair.write(
                    dict(
                        values,
                        inspection_state="failed",
                        internal_rework_count=repair.internal_rework_count + 1,
                        self_check_user_id=False,
                        self_check_date=False,
                    )
                )
            repair.message_post(
                body=self.env._("Final inspection failed, back to repair: %(notes)s", notes=notes or "-")
            )

    def _issue_release(self):
        sequence = self.env["ir.sequence"].with_company(self.company_id[:1])
        with workflow_writes():
            for repair in self:
                repair.release_number = sequence.next_by_code("aftersales.release.certificate")

    def _check_can_finish(self):
        result = super()._check_can_finish()
        for repair in self:
            if repair.needs_authorisation:
                raise UserError(
                    self.env._("%(job)s has added work the customer has not authorised yet.", job=repair.name)
                )
            if repair.repair_class in CERTIFIED_CLASSES and not repair.release_number:
                raise UserError(
                    self.env._(
                        "%(job)s needs a passed final inspection and its release certificate "
                        "before it can be finished.",
                        job=repair.name,
                    )
                )
        return result

    def action_open_authorisation(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Added work of %(job)s: customer's authorisation", job=self.display_name),
            "res_model": "aftersales.repair.authorisation",
            "view_mode": "form",
            "target": "new",
            "context": {"default_repair_id": self.id, "default_authorised_by": self.partner_id.name},
        }

    def action_open_inspection(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Inspection of %(job)s", job=self.display_name),
            "res_model": "aftersales.repair.inspection",
            "view_mode": "form",
            "target": "new",
            "context": {"default_repair_id": self.id},
        }

    def _authorise_added_work(self, authorised_by, method):
        """Record the customer's consent (who, how, when) on every pending added line."""
        if not authorised_by or not method:
            raise UserError(self.env._("Say who authorised the added work and how."))
        values = {"authorised_by": authorised_by, "authorised_method": method, "authorised_date": fields.Datetime.now()}
        pending_labour = self.labour_ids.filtered("needs_authorisation")
        pending_parts = self.move_ids.filtered("needs_authorisation")
        with workflow_writes():
            pending_labour.write(values)
            pending_parts.write(values)
        methods = dict(
            self.env["aftersales.repair.labour"]._fields["authorised_method"]._description_selection(self.env)
        )
        for repair in self:
            repair.message_post(
                body=self.env._("Added work authorised by %(who)s (%(how)s).", who=authorised_by, how=methods[method])
            )
