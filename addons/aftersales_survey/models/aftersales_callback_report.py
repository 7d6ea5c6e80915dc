from odoo import fields, models, tools


class AftersalesCallbackReport(models.Model):
    """Callback KPIs as SQL rows: rates are 100 or 0 per row (NULL when the row does not count),
    so the pivot's average is the rate: callback rate = done / due, satisfaction = satisfied / done."""

    _name = "aftersales.callback.report"
    _description = "Callback Analysis"
    _auto = False
    _order = "date desc"

    callback_id = fields.Many2one("aftersales.callback", readonly=True)
    rule_id = fields.Many2one("aftersales.callback.rule", readonly=True)
    date = fields.Date(string="Due Date", readonly=True)
    station_id = fields.Many2one("res.partner", string="Service Station", readonly=True)
    technician_id = fields.Many2one("res.users", readonly=True)
    adviser_id = fields.Many2one("res.users", string="Service Adviser", readonly=True)
    user_id = fields.Many2one("res.users", string="Agent", readonly=True)
    model_id = fields.Many2one("product.product", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    state = fields.Selection(
        [("scheduled", "Scheduled"), ("done", "Done"), ("unreachable", "Unreachable")], readonly=True
    )
    due_count = fields.Integer(string="Due", readonly=True)
    done_count = fields.Integer(string="Done", readonly=True)
    satisfied_count = fields.Integer(string="Satisfied", readonly=True)
    callback_rate = fields.Float(string="Callback Rate (%)", readonly=True, aggregator="avg")
    satisfaction_rate = fields.Float(string="Satisfaction Rate (%)", readonly=True, aggregator="avg")
    score = fields.Float(readonly=True, aggregator="avg")
    satisfaction_target = fields.Float(string="Satisfaction Target (%)", readonly=True, aggregator="avg")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
                SELECT c.id AS id,
                       c.id AS callback_id,
                       c.rule_id,
                       c.deadline AS date,
                       c.station_id,
                       c.technician_id,
                       ro.user_id AS adviser_id,
                       c.user_id,
                       c.model_id,
                       c.company_id,
                       c.state,
                       CASE WHEN c.state <> 'scheduled' OR c.deadline < CURRENT_DATE THEN 1 ELSE 0 END AS due_count,
                       CASE WHEN c.state = 'done' THEN 1 ELSE 0 END AS done_count,
                       CASE WHEN c.state = 'done' AND c.outcome = 'satisfied' THEN 1 ELSE 0 END AS satisfied_count,
                       CASE WHEN c.state = 'done' THEN 100.0
                            WHEN c.state = 'unreachable' OR c.deadline < CURRENT_DATE THEN 0.0
                       END AS callback_rate,
                       CASE WHEN c.state = 'done' AND c.outcome = 'satisfied' THEN 100.0
                            WHEN c.state = 'done' AND c.outcome IS NOT NULL THEN 0.0
                       END AS satisfaction_rate,
                       CASE WHEN c.user_input_id IS NOT NULL AND c.score > 0 THEN c.score END AS score,
                       r.satisfaction_target
                  FROM aftersales_callback c
                  LEFT JOIN aftersales_callback_rule r ON r.id = c.rule_id
                  LEFT JOIN repair_order ro ON ro.id = c.repair_id
                 WHERE c.state <> 'cancel'
            )"""
        )
