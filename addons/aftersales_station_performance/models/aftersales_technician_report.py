from odoo import fields, models, tools


class AftersalesTechnicianReport(models.Model):
    """Technicians' performance (002, 000#6): one row per technician and finished job, with the hours the
    technician sold on it, whether the job was ready when promised, whether it came back within its
    guarantee (外返) and what the customer said at the callback. Averages of the 0/100 columns are rates."""

    _name = "aftersales.technician.report"
    _description = "Technician Performance"
    _auto = False
    _order = "done_date desc"
    _rec_name = "repair_id"

    technician_id = fields.Many2one("res.users", readonly=True)
    repair_id = fields.Many2one("repair.order", string="Repair Job", readonly=True)
    station_id = fields.Many2one("res.partner", string="Service Station", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    done_date = fields.Date(string="Finished On", readonly=True)
    hours = fields.Float(string="Hours Sold", readonly=True)
    on_time_rate = fields.Float(
        string="On Time (%)",
        readonly=True,
        aggregator="avg",
        help="Jobs finished by the day promised to the customer, of the jobs with a promise.",
    )
    comeback_rate = fields.Float(
        string="Comebacks (%)",
        readonly=True,
        aggregator="avg",
        help="Jobs that came back within their repair-quality guarantee (外返).",
    )
    rework_rate = fields.Float(
        string="Internal Rework (%)",
        readonly=True,
        aggregator="avg",
        help="Jobs that failed their final inspection at least once (内返).",
    )
    satisfaction_rate = fields.Float(
        string="Satisfaction (%)", readonly=True, aggregator="avg", help="Callbacks about the job that were satisfied."
    )
    score = fields.Float(string="Callback Score", readonly=True, aggregator="avg")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        # The promise is compared on the company's calendar day (its partner's time zone, else Shanghai). No
        # window function: filters on the grouped columns (finishing day, station) then reach the tables.
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
                SELECT MIN(l.id) AS id,
                       l.technician_id,
                       r.id AS repair_id,
                       r.station_id,
                       r.company_id,
                       r.aftersales_done_date AS done_date,
                       SUM(l.std_hours) AS hours,
                       CASE WHEN r.estimated_completion IS NULL THEN NULL
                            WHEN r.aftersales_done_date <= (r.estimated_completion AT TIME ZONE 'UTC'
                                 AT TIME ZONE COALESCE(cp.tz, 'Asia/Shanghai'))::date THEN 100.0
                            ELSE 0.0
                       END AS on_time_rate,
                       CASE WHEN cb.comeback_of_id IS NULL THEN 0.0 ELSE 100.0 END AS comeback_rate,
                       CASE WHEN r.internal_rework_count > 0 THEN 100.0 ELSE 0.0 END AS rework_rate,
                       MAX(cbk.satisfaction_rate) AS satisfaction_rate,
                       MAX(cbk.score) AS score
                  FROM aftersales_repair_labour l
                  JOIN repair_order r ON r.id = l.repair_id
                  JOIN res_company c ON c.id = r.company_id
                  LEFT JOIN res_partner cp ON cp.id = c.partner_id
                  LEFT JOIN (SELECT DISTINCT comeback_of_id FROM repair_order WHERE comeback_of_id IS NOT NULL) cb
                         ON cb.comeback_of_id = r.id
                  LEFT JOIN (
                        SELECT repair_id,
                               AVG(CASE WHEN outcome = 'satisfied' THEN 100.0 ELSE 0.0 END) AS satisfaction_rate,
                               AVG(NULLIF(score, 0)) AS score
                          FROM aftersales_callback
                         WHERE state = 'done' AND repair_id IS NOT NULL
                         GROUP BY repair_id
                  ) cbk ON cbk.repair_id = r.id
                 WHERE r.state = 'done' AND l.technician_id IS NOT NULL
                 GROUP BY l.technician_id, r.id, cp.tz, cb.comeback_of_id
            )"""
        )
